"""The pipeline's fast writing path (CSV lines rendered while buffering, Parquet from Arrow)
gives the same bytes as writing through pandas; corpus file helpers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.coding import pipeline, schema
from analysis.coding.pipeline import _csv_cell, code_corpus
from analysis.corpus import _files_in, _read_bytes

FILES = ["events.csv", "claims.csv", "mentions.csv", "events.parquet", "claims.parquet", "mentions.parquet"]


def test_csv_cell_quotes_like_the_csv_writer():
    assert _csv_cell("plain text") == "plain text"
    assert _csv_cell("") == ""
    assert _csv_cell("a,b") == '"a,b"'
    assert _csv_cell('say "hi"') == '"say ""hi"""'
    assert _csv_cell("two\nlines") == '"two\nlines"'
    assert _csv_cell(None) == ""  # not a string: such a batch is written through pandas
    values = ["plain", "a,b", 'q"q', "x\ny", "", "semi;colon"]
    df = pd.DataFrame({"quote": pd.Series(values, dtype="str"), "claim_id": pd.Series(values, dtype="str")})
    text = schema.to_csv_text("claims", df, header=False)
    assert text == "".join(f"{_csv_cell(v)},{_csv_cell(v)}\n" for v in values)


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES}


def test_fast_and_pandas_paths_write_the_same_bytes(tmp_path, monkeypatch):
    code_corpus(paths.RAW, tmp_path / "fast", review_file=None, quiet=True)
    # small chunks, one chunk per validation, and every batch through pandas
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 7)
    monkeypatch.setattr(pipeline, "VALIDATE_CHUNKS", 1)
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
