"""The pipeline's fast writing path (CSV cells rendered a column at a time, Parquet from Arrow)
gives the same bytes as writing through pandas; corpus file helpers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.coding import pipeline, schema
from analysis.coding.pipeline import code_corpus
from analysis.corpus import _files_in, _read_bytes

FILES = ["events.csv", "claims.csv", "mentions.csv", "events.parquet", "claims.parquet", "mentions.parquet"]


def test_columns_are_written_like_the_frame(tmp_path):
    # write_columns renders cells a column at a time; write goes through pandas (to_csv_text).
    values = ["plain", "a,b", 'q"q', "x\ny", "", "semi;colon", "car\rriage"]
    n = len(values)
    columns = {"claim_id": [f"C{i}" for i in range(n)], "event_id": values, "article_id": ["a1"] * n,
               "claimant": values[::-1], "claim_kind": ["official"] * n, "victim_group": values,
               "count": list(range(n)), "qualifier": ["exact"] * n, "killed_or_other": ["killed"] * n,
               "quote": values, "superseded": [i % 2 == 0 for i in range(n)]}
    out = {}
    for how in ("columns", "frame"):
        (tmp_path / how).mkdir()
        writer = pipeline._TableWriter(tmp_path / how, "claims")
        assert writer.exact_types(columns)
        if how == "columns":  # two chunks: the header only once
            for part in ({k: v[:3] for k, v in columns.items()}, {k: v[3:] for k, v in columns.items()}):
                writer.write_columns(part, writer.arrow_table(part))
        else:
            df = schema.frame_from_columns("claims", columns)
            writer.write(df.iloc[:3].reset_index(drop=True))
            writer.write(df.iloc[3:].reset_index(drop=True))
        writer.close()
        writer.commit()
        out[how] = _files(tmp_path / how, ("claims.csv", "claims.parquet"))
    assert out["columns"] == out["frame"]
    assert '"a,b"' in out["columns"]["claims.csv"].decode() and ',true\n' in out["columns"]["claims.csv"].decode()


def _files(folder: Path, names=FILES) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in names}


def test_fast_and_pandas_paths_write_the_same_bytes(tmp_path, monkeypatch):
    code_corpus(paths.RAW, tmp_path / "fast", review_file=None, quiet=True)
    # small chunks, and every batch through pandas
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 7)
    code_corpus(paths.RAW, tmp_path / "small", review_file=None, quiet=True)
    monkeypatch.setattr(pipeline._TableWriter, "exact_types", lambda self, columns: False)
    code_corpus(paths.RAW, tmp_path / "pandas", review_file=None, quiet=True)
    fast = _files(tmp_path / "fast")
    assert len(pd.read_csv(tmp_path / "fast" / "mentions.csv")) > 7  # several chunks really
    for name in ("claims.csv", "mentions.csv"):
        assert _files(tmp_path / "small")[name] == fast[name], name
    small = _files(tmp_path / "small")
    assert _files(tmp_path / "pandas") == small  # same chunks (row groups): same bytes


def test_file_helpers(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"caf\xc3\xa9\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "sub.txt").mkdir()
    assert _read_bytes(str(tmp_path / "a.txt")) == b"caf\xc3\xa9\n"
    assert _read_bytes(str(tmp_path / "empty.txt")) == b""
    assert _files_in(str(tmp_path)) == frozenset({"a.txt", "empty.txt"})  # not the folder
    assert _files_in(str(tmp_path / "missing")) == frozenset()


def _mention_rows_plain(entries, resolved):
    """The rule of pipeline._mention_rows written plainly (the pipeline's former code)."""
    seen, kept = set(), []
    for ci, ms in entries:
        for si, s, e, role, text in ms:
            if (ci, si, s, e, role) not in seen:
                seen.add((ci, si, s, e, role))
                kept.append((ci, si, s, e, role, text))
    rows = [(si, s, e, role, resolved[ci], text) for ci, si, s, e, role, text in kept if resolved[ci] is not None]
    return [((si, s, e, role, text), eid) for si, s, e, role, eid, text in sorted(set(rows))]


def test_mention_rows_equal_the_plain_rule():
    import random

    rng = random.Random(7)
    for trial in range(3000):
        n_events = rng.randint(1, 4)
        # resolved ids: some dropped (None), some merged into one id by the review
        resolved = [rng.choice(["e1", "e2", "e3", None]) for _ in range(n_events)]
        width = rng.choice([2, 5, 50])  # small ranges: many ties on (sentence, start, end, role)
        entries = []
        for _ in range(rng.randint(0, 4)):
            ci = rng.randrange(n_events)
            ms = [(rng.randrange(3), rng.randrange(width), rng.randrange(width), rng.choice(["place", "actor"]),
                   rng.choice(["Mopti", "Gao", "x"])) for _ in range(rng.randint(1, 6))]
            entries.append((ci, ms))
        want = _mention_rows_plain(entries, resolved)
        assert pipeline._mention_rows(entries, resolved) == want, (trial, entries, resolved)
