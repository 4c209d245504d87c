"""The second wave of extract's shortcuts (speed) agrees with the plain rules they stand for:
the single-day fast path of ``_date_compatible`` and the first day of ``_is_stale``, compared
with :func:`analysis.coding.dates.compatible` and :func:`analysis.coding.dates.span` on
hand-made and random dates."""

from __future__ import annotations

import random
from datetime import date, timedelta

from analysis.coding import dates as dates_mod
from analysis.coding import extract as E
from analysis.records import DateMention

PRECISIONS = ["day", "day", "day", "week", "month", "year"]


def _mention(rng: random.Random) -> DateMention:
    first = date(2024, 1, 1) + timedelta(days=rng.randint(0, 90))
    end = None
    if rng.random() < 0.25:  # a range, sometimes written backwards
        end = first + timedelta(days=rng.randint(-5, 10))
    return DateMention(start=0, end=1, text="x", date=first, precision=rng.choice(PRECISIONS), end_date=end)


def _is_stale_plain(d, stale_before):
    return stale_before is not None and d is not None and dates_mod.span(d)[0] < stale_before


def test_date_compatible_equals_dates_compatible():
    rng = random.Random(11)
    for _ in range(20000):
        a, b = _mention(rng), _mention(rng)
        assert E._date_compatible(a, b) == dates_mod.compatible(a, b), (a, b)
    day = DateMention(start=0, end=1, text="x", date=date(2024, 3, 1), precision="day")
    for k, want in ((-2, False), (-1, True), (0, True), (1, True), (2, False)):
        other = DateMention(start=2, end=3, text="y", date=date(2024, 3, 1) + timedelta(days=k), precision="day")
        assert E._date_compatible(day, other) is want
        assert dates_mod.compatible(day, other) is want
    assert E._date_compatible(None, day) and E._date_compatible(day, None) and E._date_compatible(day, day)


def test_is_stale_equals_the_span_rule():
    rng = random.Random(12)
    for _ in range(20000):
        d = _mention(rng)
        before = date(2024, 1, 1) + timedelta(days=rng.randint(-3, 95))
        assert E._is_stale(d, before) == _is_stale_plain(d, before), (d, before)
    assert not E._is_stale(None, date(2024, 1, 1)) and not E._is_stale(_mention(rng), None)
