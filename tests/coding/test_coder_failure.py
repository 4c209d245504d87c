"""A bug in a rule that raises on one article ends the run with one line naming that article's
file (exit status 2, no traceback), and leaves the outputs already written untouched."""

from __future__ import annotations

import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.coding import pipeline
from analysis.coding.extract import code_articles
from analysis.corpus import iter_articles
from analysis.errors import InputError

FILES = ["events.csv", "claims.csv", "mentions.csv", "events.parquet", "claims.parquet", "mentions.parquet"]
ARTICLES = list(iter_articles(paths.RAW))
BAD = ARTICLES[2]


def _failing(articles):
    """code_articles, but a rule 'breaks' on the third seed article (as a KeyError would)."""
    if any(a.id == BAD.id for a in articles):
        raise KeyError("\xa0thousand")
    return code_articles(articles)


def test_the_failing_article_is_named_and_nothing_is_lost(tmp_path):
    out = tmp_path / "out"
    pipeline.code_corpus(paths.RAW, out, review_file=None, quiet=True)
    before = {n: (out / n).read_bytes() for n in FILES}
    with pytest.raises(pipeline.CoderFailure) as err:
        pipeline.code_corpus(paths.RAW, out, review_file=None, quiet=True, batch_coder=_failing)
    line = err.value.one_line()
    assert line.startswith(f"{BAD.path}: the coder failed on this article (KeyError: ")
    assert "\n" not in line and "please report it" in line
    assert {n: (out / n).read_bytes() for n in FILES} == before


def test_one_article_coder_failure_is_named_too(tmp_path):
    def coder(article):
        if article.id == BAD.id:
            raise ValueError("boom")
        return []

    with pytest.raises(pipeline.CoderFailure, match="boom") as err:
        pipeline.code_corpus(paths.RAW, tmp_path / "out", review_file=None, quiet=True, coder=coder)
    assert err.value.path == BAD.path


def test_an_input_error_of_the_coder_is_not_rewrapped(tmp_path):
    def coder(article):
        raise InputError(article.path, "simulated bad input", line=3)

    with pytest.raises(InputError) as err:
        pipeline.code_corpus(paths.RAW, tmp_path / "out", review_file=None, quiet=True, coder=coder)
    assert not isinstance(err.value, pipeline.CoderFailure)
    assert err.value.one_line().endswith(":3: simulated bad input")


def test_the_command_line_prints_one_line_and_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "_batch_coder", lambda: _failing)
    assert main(["code", "--corpus", str(paths.RAW), "--out", str(tmp_path / "out"), "--review", "none"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {BAD.path}: the coder failed on this article")
    assert not (tmp_path / "out" / "events.csv").exists()
