"""The seed gold files are well-formed and every evidence string is verbatim in its article."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis import paths
from analysis.coding import schema

GOLD = Path(__file__).parent / "gold"
FILES = sorted(GOLD.glob("*.yaml"))
KEYS = {"date", "date_precision", "country", "admin1", "location", "event_type", "sub_event_type", "actor1",
        "actor2", "fatalities_low", "fatalities_high", "foreign_actors", "main", "evidence"}


def test_every_seed_article_has_gold():
    articles = sorted(p.stem for p in (paths.RAW / "articles").glob("*.txt"))
    assert [p.stem for p in FILES] == articles


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["article"] == path.stem
    text = (paths.RAW / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert data["events"], "a seed article without events"
    for ev in data["events"]:
        assert set(ev) == KEYS
        assert ev["evidence"] in text, f"evidence not verbatim: {ev['evidence']!r}"
        assert schema.SUB_EVENT_TYPES[ev["sub_event_type"]] == ev["event_type"]
        assert ev["date_precision"] in schema.DATE_PRECISIONS
        low, high = ev["fatalities_low"], ev["fatalities_high"]
        assert (low is None) == (high is None)
        if low is not None:
            assert 0 <= low <= high
        assert isinstance(ev["foreign_actors"], list)
        assert isinstance(ev["main"], bool)
    assert any(ev["main"] for ev in data["events"])
