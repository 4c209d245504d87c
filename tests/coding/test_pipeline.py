"""Acceptance of ``python -m analysis code``: valid tables, byte-identical reruns, review, errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.coding import schema
from analysis.coding.pipeline import code_corpus
from analysis.errors import InputError
from analysis.records import ArticleEvent, Event

FILES = ["events.csv", "claims.csv", "mentions.csv", "events.parquet", "claims.parquet", "mentions.parquet"]


def _code(out: Path, *extra: str) -> int:
    return main(["code", "--corpus", str(paths.RAW), "--out", str(out), *extra])


@pytest.fixture(scope="module")
def coded(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("coded")
    assert _code(out, "--review", "none") == 0
    return out


def test_writes_the_three_tables_valid_against_the_schemas(coded, capsys):
    for name in FILES:
        assert (coded / name).is_file()
    events = schema.read_events(coded)
    assert list(events.columns) == schema.EVENT_COLUMNS
    assert len(events) > 0 and events["event_id"].is_unique
    claims, mentions = schema.read_claims(coded), schema.read_mentions(coded)
    assert set(claims["event_id"]) <= set(events["event_id"])
    assert set(mentions["event_id"]) <= set(events["event_id"])
    assert list(events["event_date"]) == sorted(events["event_date"])
    # the Parquet twins hold the same tables with the same dtypes
    for table, frame in (("events", events), ("claims", claims), ("mentions", mentions)):
        assert pd.read_parquet(coded / f"{table}.parquet").equals(frame), table
    assert not list(coded.glob(".*tmp*")) and not list(coded.glob(".spool*"))


def test_running_twice_and_in_parallel_gives_identical_files(coded, tmp_path):
    assert _code(tmp_path / "again", "--review", "none") == 0
    assert _code(tmp_path / "jobs", "--review", "none", "--jobs", "2") == 0
    for name in FILES:
        first = (coded / name).read_bytes()
        assert (tmp_path / "again" / name).read_bytes() == first, name
        assert (tmp_path / "jobs" / name).read_bytes() == first, name


def test_review_correction_survives_recoding(coded, tmp_path, capsys):
    events = schema.read_events(coded)
    target = events.iloc[0]["event_id"]
    review = tmp_path / "review.yaml"
    review.write_text(f"entries:\n  - event_id: {target}\n    action: correct\n    set:\n"
                      f"      notes: Checked against the source by a test.\n", encoding="utf-8")
    for run in ("first", "second"):
        out = tmp_path / run
        assert _code(out, "--review", str(review)) == 0
        row = schema.read_events(out).set_index("event_id").loc[target]
        assert row["notes"] == "Checked against the source by a test."
        assert row["review_status"] == "reviewed"
    assert "1 applied, 0 orphaned" in capsys.readouterr().out


def test_unknown_id_is_reported_not_fatal(tmp_path, capsys):
    review = tmp_path / "review.yaml"
    review.write_text("entries:\n  - event_id: 19990101-0000abcd\n    action: confirm\n", encoding="utf-8")
    assert _code(tmp_path / "out", "--review", str(review)) == 0
    captured = capsys.readouterr()
    assert "warning:" in captured.err and "19990101-0000abcd no longer exists" in captured.err
    assert "0 applied, 1 orphaned" in captured.out


def test_broken_review_file_gives_one_line_error_without_traceback(tmp_path):
    review = tmp_path / "review.yaml"
    review.write_text("entries:\n  - event_id: 20220727-0a1b2c3d\n    action: correct\n    set:\n      deaths: 3\n",
                      encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(paths.ROOT / "src"))
    proc = subprocess.run([sys.executable, "-m", "analysis", "code", "--corpus", str(paths.RAW), "--out",
                           str(tmp_path / "out"), "--review", str(review)], capture_output=True, text=True, env=env)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert lines[0].startswith(f"error: {review}:5: review entry 1 (correct): unknown or read-only field 'deaths'")


def _event(article_id: str) -> Event:
    return Event(event_id="", event_date="2022-07-27", date_precision="day", time_precision=1,
                 disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
                 actor1="JNIM", actor2="Malian armed forces", inter1=2, inter2=1, interaction=12,
                 country="Mali", admin1="Mopti", location=article_id[:12], evidence="x", confidence=0.5)


def test_failure_leaves_previous_outputs_intact(tmp_path):
    out = tmp_path / "out"
    code_corpus(paths.RAW, out, review_file=None, coder=lambda a: [ArticleEvent(a.id, _event(a.id))])
    before = {n: (out / n).read_bytes() for n in FILES}
    calls = []

    def failing(article):
        calls.append(article.id)
        if len(calls) == 3:
            raise InputError(article.path, "simulated failure")
        return [ArticleEvent(article.id, _event(article.id + "x"))]

    with pytest.raises(InputError, match="simulated failure"):
        code_corpus(paths.RAW, out, review_file=None, coder=failing)
    assert {n: (out / n).read_bytes() for n in FILES} == before
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)


def test_missing_corpus_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="corpus folder not found"):
        code_corpus(tmp_path / "nope", tmp_path / "out", review_file=None)


def test_chunked_writing_gives_the_same_tables(coded, tmp_path, monkeypatch):
    # Claims and mentions are buffered as tuples and written in chunks: chunks of three rows
    # must give the same CSV bytes and the same Parquet tables as one chunk.
    import analysis.coding.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 3)
    assert _code(tmp_path / "small", "--review", "none") == 0
    for table in ("events", "claims", "mentions"):
        assert (tmp_path / "small" / f"{table}.csv").read_bytes() == (coded / f"{table}.csv").read_bytes(), table
        small = pd.read_parquet(tmp_path / "small" / f"{table}.parquet")
        assert small.equals(pd.read_parquet(coded / f"{table}.parquet")), table
    assert len(pd.read_csv(coded / "mentions.csv")) > 3  # really several chunks


def test_batches_keep_corpus_order_and_custom_coders(tmp_path, monkeypatch):
    # articles are coded CODE_BATCH at a time: batches of two over the five seeds (the last one
    # short) give the same files as one batch, a batch coder sees bounded batches in corpus
    # order, and a per-article coder still gets every article once, in order
    import gc

    import analysis.coding.pipeline as pipeline
    from analysis.corpus import iter_articles

    ids = [a.id for a in iter_articles(paths.RAW)]
    code_corpus(paths.RAW, tmp_path / "one", review_file=None)
    monkeypatch.setattr(pipeline, "CODE_BATCH", 2)
    seen = []

    def batch_coder(articles):
        from analysis.coding.extract import code_articles

        seen.append([a.id for a in articles])
        return code_articles(articles)

    threshold = gc.get_threshold()
    code_corpus(paths.RAW, tmp_path / "two", review_file=None, batch_coder=batch_coder)
    assert seen == [ids[0:2], ids[2:4], ids[4:5]]
    for name in FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    # the collector is restored after the run (notebook kernels keep running)
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == 0
    calls = []
    code_corpus(paths.RAW, tmp_path / "three", review_file=None,
                coder=lambda a: calls.append(a.id) or [ArticleEvent(a.id, _event(a.id))])
    assert calls == ids
