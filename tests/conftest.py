"""Shared fixtures: small, generic helpers (a corpus writer). Area-specific fixtures live in
their own test modules."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest


def write_corpus(root: Path, articles: list[dict[str, str]]) -> Path:
    """Write a corpus folder (``manifest.csv`` + ``articles/<id>.txt``, the spec's input format).

    Each article is a dict with ``id``, ``outlet``, ``url``, ``published``, ``title`` and
    ``text``; returns ``root``.
    """
    (root / "articles").mkdir(parents=True, exist_ok=True)
    with open(root / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "outlet", "url", "published", "title"])
        for a in articles:
            writer.writerow([a["id"], a.get("outlet", ""), a.get("url", ""), a.get("published", ""), a.get("title", "")])
            (root / "articles" / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def corpus_writer():
    """:func:`write_corpus`, for module-scoped fixtures (tests import no conftest: importlib mode)."""
    return write_corpus


@pytest.fixture
def make_corpus(tmp_path: Path):
    """Factory: ``make_corpus(articles, name="corpus")`` writes a corpus under ``tmp_path``."""

    def _make(articles: list[dict[str, str]], name: str = "corpus") -> Path:
        return write_corpus(tmp_path / name, articles)

    return _make
