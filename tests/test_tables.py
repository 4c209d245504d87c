"""analysis.tables on the hand-made tables in tests/fixtures/tables (9 events, 13 claims).

Fixture, by hand: events E1 (2022-07-27, Ségou), E2 (2022-08-07, Gao), E3 (2022-08-10, Bamako,
background), E9 (2023-02-20, Burkina Faso), E8 (2023-07-01, year precision, background),
E4 (2023-08-03, Ménaka), E5 (2024-07-27, Kidal, 2 articles), E7 (2024-08-16, month precision,
background), E6 (2024-08-25, Kidal). Articles art-a1..art-a6; outlets AFP, Al Jazeera,
Reuters, Voice of America.
"""

from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis import tables as tb
from analysis.errors import InputError

FIXTURE = Path(__file__).parent / "fixtures" / "tables"


@pytest.fixture(scope="module")
def t():
    return tb.read_dir(FIXTURE)


def test_read_dir_types(t):
    ev = t.events
    assert len(ev) == 9 and len(t.claims) == 13 and len(t.mentions) == 4
    assert list(ev["event_id"]) == ["E1", "E2", "E3", "E9", "E8", "E4", "E5", "E7", "E6"]  # by date
    assert pd.api.types.is_datetime64_any_dtype(ev["event_date"])
    assert ev["is_main"].dtype == bool and ev["civilian_targeting"].sum() == 2
    assert ev.loc[ev.event_id == "E3", "fatalities_low"].isna().all()
    assert ev["fatalities"].sum() == 182


def test_missing_tables_name_the_folder(tmp_path):
    with pytest.raises(InputError) as err:
        tb.read_dir(tmp_path)
    msg = err.value.one_line()
    assert str(tmp_path) in msg and "events.csv" in msg and "python -m analysis code" in msg


def test_load_tables_uses_processed_dir(tmp_path):
    with pytest.raises(InputError) as err:
        tb.load_tables(tmp_path / "corpus")
    assert str(paths.processed_dir(tmp_path / "corpus")) in err.value.one_line()


def test_select_dates_inclusive(t):
    got = tb.select(t.events, start_date="2022-08-07", end_date="2023-08-03")
    assert list(got["event_id"]) == ["E2", "E3", "E9", "E8", "E4"]


def test_select_admin1_case_insensitive(t):
    assert list(tb.select(t.events, admin1="kidal")["event_id"]) == ["E5", "E6"]
    assert len(tb.select(t.events, admin1="all")) == 9


def test_select_precision(t):
    # month keeps day/week/month: drops only E8 (year); day drops E7 (month) too
    assert "E8" not in set(tb.select(t.events, min_date_precision="month")["event_id"])
    assert len(tb.select(t.events, min_date_precision="month")) == 8
    assert len(tb.select(t.events, min_date_precision="day")) == 7
    with pytest.raises(InputError):
        tb.select(t.events, min_date_precision="decade")


def test_select_background(t):
    got = tb.select(t.events, include_background=False)
    assert set(got["event_id"]) == {"E1", "E2", "E9", "E4", "E5", "E6"}


def test_select_bad_date(t):
    with pytest.raises(InputError, match="start_date"):
        tb.select(t.events, start_date="last year")


def test_select_tables_filters_claims(t):
    sub = tb.select_tables(t, admin1="Kidal")
    assert set(sub.claims["event_id"]) == {"E5", "E6"} and len(sub.claims) == 3
    assert sub.mentions.empty


def test_describe_selection(t):
    assert tb.describe_selection(t.events) == "9 events from 6 articles by 4 outlets, 27 Jul 2022 to 25 Aug 2024."
    kidal = tb.select(t.events, admin1="Kidal")
    # E5 (art-a4, art-a5; Reuters, Al Jazeera) and E6 (art-a5; Al Jazeera)
    assert tb.describe_selection(kidal, admin1="Kidal") == "2 events in Kidal from 2 articles by 2 outlets, 27 Jul 2024 to 25 Aug 2024."
    one = tb.select(t.events, start_date="2022-07-01", end_date="2022-07-31")
    assert tb.describe_selection(one, "2022-07-01", "2022-07-31") == "1 event from 1 article by 1 outlet, 1 Jul 2022 to 31 Jul 2022."


def test_describe_empty_selection(t):
    empty = tb.select(t.events, start_date="2030-01-01")
    assert empty.empty
    assert tb.describe_selection(empty, "2030-01-01") == "No events match the selection (from 1 Jan 2030)."


def test_toll_range_brackets_best(t):
    r = tb.toll_range(t.events)
    assert (r["low"] <= r["best"]).all() and (r["best"] <= r["high"]).all()
    assert r["low"].sum() == 182 and r["high"].sum() == 251  # 15+42+0+70+0+10+84+9+21
    # a reviewed figure outside the claims widens the range
    ev = t.events.copy()
    ev.loc[0, "fatalities"] = 20
    assert tb.toll_range(ev).loc[0, "high"] == 20


def test_normalise_minimal_hand_table():
    ev = tb.normalise_events(pd.DataFrame({"event_id": ["x"], "event_date": ["2024-01-02"], "fatalities": [3]}))
    assert bool(ev.loc[0, "is_main"]) and ev.loc[0, "actor2"] == "" and ev.loc[0, "date_precision"] == "day"


def test_open_view_applies_the_parameters_and_describes_the_selection(tmp_path, monkeypatch):
    """The one call every notebook opens with: the tables of a corpus, selected and described."""
    import shutil

    corpus = tmp_path / "corpus"
    processed = paths.processed_dir(corpus)
    monkeypatch.setattr(paths, "processed_dir", lambda c: tmp_path / "processed")
    shutil.copytree(FIXTURE, tmp_path / "processed")
    whole = tb.open_view(corpus)
    assert whole.corpus_dir == corpus
    assert len(whole.events) == len(tb.read_dir(FIXTURE).events)
    assert whole.selection.startswith(f"{len(whole.events)} events from ")
    assert whole.source.startswith("Source: ")
    later = tb.open_view(corpus, start_date="2100-01-01")
    assert later.events.empty and later.claims.empty and later.mentions.empty
    assert later.selection.startswith("No events match the selection")
    assert processed != tmp_path / "processed"  # the real processed folder was never used
