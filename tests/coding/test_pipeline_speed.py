"""Faster pipeline, linker and cleaning steps give what the plain versions give."""

from __future__ import annotations

import random

import pyarrow as pa
import pyarrow.compute as pc

from analysis.coding import pipeline

_ALPHABET = ['a', 'b', ' ', ',', '"', '\n', '\r', ';', 'é', '€', '“', '\u2028', 'x']


def _random_cells(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 6))) for _ in range(n)]


def test_quote_mask_equals_the_regex_kernel():
    rng = random.Random(7)
    cases = [["plain", "a,b", 'q"q', "x\ny", "", "semi;colon", "car\rriage", "é,", "“quoted”"], [], [""], ["abc"]]
    cases += [_random_cells(rng, rng.randint(0, 40)) for _ in range(300)]
    for cells in cases:
        arr = pa.array(cells, type=pa.string())
        # one chunk, several chunks, and slices (an offset into shared buffers)
        for col in (pa.chunked_array([arr], type=pa.string()),
                    pa.chunked_array([arr[: len(cells) // 2], arr[len(cells) // 2:]], type=pa.string()),
                    pa.chunked_array([arr[1:], arr[:0]], type=pa.string())):
            mask, dquote = pipeline._quote_mask(col)
            want = pc.match_substring_regex(col, pipeline._NEEDS_QUOTES)
            assert mask.to_pylist() == want.to_pylist(), cells
            assert dquote == any('"' in c for c in col.to_pylist())


def test_quote_mask_leaves_missing_cells_to_the_kernel():
    assert pipeline._quote_mask(pa.chunked_array([pa.array(["a", None])])) is None
    assert pipeline._quote_mask(pa.chunked_array([pa.array(["a"], type=pa.large_string())])) is None


def test_linked_notes_open_with_the_summary_of_the_merged_fields():
    # The linker rewrites the notes' first sentence only when a field it tells may have changed
    # (speed); the notes must still open with the summary of the final fields, as when it was
    # rewritten on every merge.
    from analysis.coding import link as L
    from analysis.records import ArticleEvent, Event, event_summary

    rng = random.Random(5)
    places = [dict(location="Alpha", admin1="One", latitude=14.0, longitude=-4.0, geo_precision=1),
              dict(location="Beta", admin1="One", latitude=14.1, longitude=-3.95, geo_precision=1),
              dict(location="", admin1="One", latitude=None, longitude=None, geo_precision=3),
              dict(location="Alpha", admin1="One", latitude=14.0, longitude=-4.0, geo_precision=2)]
    types = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
             ("Violence against civilians", "Attack"), ("Battles", "Government regains territory")]
    for _ in range(40):
        events = []
        for k in range(rng.randint(2, 12)):
            et, sub = rng.choice(types)
            precision = rng.choice(["day", "day", "week", "month"])
            e = Event(event_id="", event_date=f"2022-07-{rng.randint(25, 28)}", date_precision=precision,
                      time_precision={"day": 1, "week": 2}.get(precision, 3), disorder_type="Political violence",
                      event_type=et, sub_event_type=sub,
                      actor1=rng.choice(["JNIM", "Unidentified armed group", "Islamic State Sahel"]),
                      actor2=rng.choice(["", "Malian armed forces"]), country="Mali", is_main=rng.random() < 0.6,
                      **rng.choice(places))
            e.notes = event_summary(e) + " The rest of the notes."
            events.append(ArticleEvent(f"a{rng.randint(0, 4)}", e))
        for out in L.link(events).events:
            assert out.notes == event_summary(out) + " The rest of the notes.", out


def test_days_compatible_equals_dates_compatible():
    from datetime import date, timedelta

    from analysis.coding import link as L

    rng = random.Random(9)
    base = [date(2022, 7, 27), date(1, 1, 1), date(9999, 12, 31)]
    for _ in range(4000):
        spans = []
        for _ in range(2):
            start = rng.choice(base)
            try:
                start += timedelta(days=rng.randint(-5, 5))
            except OverflowError:
                pass
            try:
                end = start + timedelta(days=rng.choice([0, 0, 1, 3, 6, 30]))
            except OverflowError:
                end = start
            spans.append((start, end, rng.choice(["day", "week", "month", "year"])))
        a, b = spans
        want = L.dates_compatible(a, b)
        got = L._days_compatible(a[0].toordinal(), a[1].toordinal(), a[2] == "day",
                                 b[0].toordinal(), b[1].toordinal(), b[2] == "day")
        assert got == want, (a, b)
