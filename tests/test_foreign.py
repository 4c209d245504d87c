"""analysis.foreign and data/reference/context_timeline.csv; numbers worked out by hand from
tests/fixtures/tables (foreign actors: E8 MINUSMA, E4 and E5 Wagner Group)."""

from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import foreign, plots
from analysis import tables as tb
from analysis.errors import InputError

FIXTURE = Path(__file__).parent / "fixtures" / "tables"


@pytest.fixture(scope="module")
def ev():
    return tb.read_dir(FIXTURE).events


@pytest.fixture(scope="module")
def timeline():
    return foreign.load_timeline()


def test_timeline_has_the_checked_milestones(timeline):
    dates = {(r.actor, r.label): r.date.strftime("%Y-%m-%d") for r in timeline.itertuples()}
    assert dates[("France", "Serval")] == "2013-01-11"
    assert dates[("France", "Barkhane")] == "2014-08-01"
    assert dates[("France", "French exit announced")] == "2022-02-17"
    assert dates[("France", "French exit complete")] == "2022-08-15"
    assert dates[("MINUSMA", "MINUSMA ended")] == "2023-06-30"
    assert dates[("MINUSMA", "MINUSMA exit deadline")] == "2023-12-31"
    assert dates[("Niger", "Niger coup")] == "2023-07-26"
    assert dates[("AES", "Liptako-Gourma Charter")] == "2023-09-16"
    assert dates[("AES", "AES confederation")] == "2024-07-06"
    assert dates[("AES", "ECOWAS exit announced")] == "2024-01-28"
    assert dates[("AES", "ECOWAS exit effective")] == "2025-01-29"
    assert dates[("Wagner Group", "Wagner leaves")].startswith("2025-06")
    assert timeline["date"].is_monotonic_increasing
    assert (timeline["source"].str.len() > 10).all()  # every line names its source
    assert set(timeline["precision"]) <= {"day", "month", "year"}


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("date,precision,actor,milestone,source\n2023-13-01,day,X,m,s\n", 2, "ISO date"),
        ("date,precision,actor,milestone,source\n2023-01-01,day,X,m,s\n23 Jan 2023,day,X,m,s\n", 3, "ISO date"),
        ("date,precision,actor,milestone,source\n2023-01-01,hour,X,m,s\n", 2, "precision"),
        ("date,precision,actor,milestone,source\n2023-01-01,day,X,m,\n", 2, "empty source"),
        ("date,precision,milestone,source\n2023-01-01,day,m,s\n", 1, "actor"),
    ],
)
def test_timeline_errors_name_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "tl.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        foreign.load_timeline(path)
    assert err.value.line == line and message in err.value.message and str(path) in err.value.one_line()


def test_foreign_summary_and_share(ev):
    s = foreign.foreign_summary(ev)
    assert list(s.index) == ["Wagner Group", "MINUSMA"]
    assert s.loc["Wagner Group", ["events", "fatalities", "fatalities_high"]].tolist() == [2, 51, 94]  # E4 4 (10), E5 47 (84)
    assert str(s.loc["Wagner Group", "first"]) == "2023-08-03" and str(s.loc["Wagner Group", "last"]) == "2024-07-27"
    assert foreign.share_foreign(ev) == (3, 9)


def test_foreign_by_quarter(ev):
    q = foreign.foreign_by_period(ev, "Q")
    assert [str(p) for p in q.index] == ["2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3"]
    assert q.loc[pd.Period("2023Q3"), "MINUSMA"] == 1 and q.loc[pd.Period("2023Q3"), "Wagner Group"] == 1
    assert q.loc[pd.Period("2024Q3"), "Wagner Group"] == 1 and q.to_numpy().sum() == 3


def test_windows(ev):
    tl = pd.DataFrame({"date": [pd.Timestamp("2024-08-01")], "label": ["m"], "actor": ["X"], "milestone": ["m"]})
    w = foreign.windows(ev, tl, days=30).iloc[0]
    # before: [2 Jul, 1 Aug) holds E5 (47); after: [1 Aug, 31 Aug) holds E7 (5) and E6 (21)
    assert (w["events_before"], w["events_after"], w["fatalities_before"], w["fatalities_after"]) == (1, 2, 47, 26)
    assert not w["complete"]  # the after window runs past the last event (25 Aug 2024)
    assert foreign.windows(ev, tl, days=30, coverage=("2022-01-01", "2024-12-31")).iloc[0]["complete"]


def test_aes_participation(ev):
    ev2 = ev.copy()
    ev2.loc[ev2.event_id == "E9", "foreign_actors"] = "Niger"  # Nigerien forces in Burkina Faso
    ev2.loc[ev2.event_id == "E6", "foreign_actors"] = "Burkina Faso; France"  # Burkinabe forces in Mali
    a = foreign.aes_participation(ev2)
    assert list(zip(a["event_id"], a["partner"], a["country"], a["after_charter"])) == [
        ("E9", "Niger", "Burkina Faso", False), ("E6", "Burkina Faso", "Mali", True)]
    assert foreign.aes_participation(ev).empty


def test_russian_involvement(ev, timeline):
    assert foreign.is_russian("Russia") and not foreign.is_russian("France")
    if not foreign.is_russian("Wagner Group"):
        pytest.skip("actors.yaml does not give Wagner Group's country")
    r = foreign.russian_events(ev)
    assert r.loc[("Wagner Group", 2023)].tolist() == [1, 4, 10] and r.loc[("Wagner Group", 2024)].tolist() == [1, 47, 84]
    support = foreign.russian_support(timeline)
    assert {"Russia", "Wagner Group", "Africa Corps"} == set(support["actor"])
    assert "veto" in " ".join(support["milestone"])


def test_figures(ev, timeline, tmp_path):
    src = plots.source_line(ev)
    for f in (foreign.plot_timeline(timeline), foreign.plot_foreign_over_time(ev, src, timeline)):
        assert isinstance(f, Figure)
        plots.save(f, tmp_path / "f.png")
    w = foreign.windows(ev, timeline, days=90)
    assert isinstance(foreign.plot_windows(w, src, 90), Figure)  # e.g. the Niger coup: both windows inside
    assert isinstance(foreign.plot_windows(w.assign(complete=False), src, 90), plots.Note)
    assert isinstance(foreign.plot_foreign_over_time(ev.iloc[:0], src, timeline), plots.Note)
    assert foreign.CAVEAT.startswith("A news corpus is not a census")


def test_window_bars_carry_their_counts_and_the_legend_stays_off_them(ev, timeline):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    w = foreign.windows(ev, timeline, days=90)
    fig = foreign.plot_windows(w, plots.source_line(ev), 90)
    ax = fig.axes[0]
    complete = w[w["complete"]]
    labels = [t.get_text() for t in ax.texts]
    # one count per bar, zeros included, before then after
    assert labels == [str(int(v)) for v in complete["events_before"]] + [str(int(v)) for v in complete["events_after"]]
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    assert ax.get_legend().get_window_extent(renderer).y0 >= ax.get_window_extent(renderer).y1 - 1


def test_timeline_source_line_is_a_sentence():
    fig = foreign.plot_timeline(foreign.load_timeline())
    assert "data/reference" not in fig._supxlabel.get_text()
    assert fig._supxlabel.get_text().startswith("Source: the project's context timeline")
