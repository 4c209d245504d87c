"""analysis.foreign and data/reference/context_timeline.csv; numbers worked out by hand from
tests/fixtures/tables (foreign actors: E8 MINUSMA, E4 and E5 Wagner Group) and from
tests/fixtures/tables/foreign, six events built to tell foreign forces from foreign nationals:

    F1 2024-02-10 Mali   JNIM vs Malian armed forces (with Burkinabe armed forces)  "Burkina Faso"  9 (9-12)
    F2 2024-03-05 Mali   Unidentified armed group vs Civilians, abduction          "India; Niger"  0
    F3 2024-05-20 Mali   CSP/FLA vs Malian armed forces (with Wagner Group)   "Russia; Wagner Group" 14 (14-30)
    F6 2024-07-30 Mali   Malian armed forces (with Wagner Group) vs Civilians      "Wagner Group"  6 (6-11)
    F5 2024-08-01 Burkina Faso  JNIM vs Burkinabe armed forces                     ""             20
    F4 2025-07-15 Mali   JNIM vs Malian armed forces (with Africa Corps)   "Africa Corps; Canada"  5

Forces: Burkina Faso (F1, home country of the Burkinabe armed forces in the event), Russia (F3,
home country of Wagner Group), Wagner Group (F3, F6), Africa Corps (F4). Nationals: India and
Niger (F2: no Indian or Nigerien actor), Canada (F4: no Canadian actor).
"""

from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import foreign, plots
from analysis import tables as tb
from analysis.errors import InputError

FIXTURE = Path(__file__).parent / "fixtures" / "tables"
FOREIGN_FIXTURE = FIXTURE / "foreign"


@pytest.fixture(scope="module")
def ev():
    return tb.read_dir(FIXTURE).events


@pytest.fixture(scope="module")
def fev():
    return tb.read_dir(FOREIGN_FIXTURE).events


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
    ev2.loc[ev2.event_id == "E9", "assoc_actor_2"] = "Nigerien armed forces"
    ev2.loc[ev2.event_id == "E6", "foreign_actors"] = "Burkina Faso; France"  # Burkinabe forces in Mali
    ev2.loc[ev2.event_id == "E6", "assoc_actor_1"] = "Burkinabe armed forces; French armed forces"
    a = foreign.aes_participation(ev2)
    assert list(zip(a["event_id"], a["partner"], a["country"], a["after_charter"])) == [
        ("E9", "Niger", "Burkina Faso", False), ("E6", "Burkina Faso", "Mali", True)]
    assert foreign.aes_participation(ev).empty
    # The same labels without any Nigerien or Burkinabe actor are nationals affected: no participation.
    ev3 = ev.copy()
    ev3.loc[ev3.event_id == "E9", "foreign_actors"] = "Niger"
    ev3.loc[ev3.event_id == "E6", "foreign_actors"] = "Burkina Faso"
    assert foreign.aes_participation(ev3).empty


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


# ----------------------------------------------------------- foreign forces vs foreign nationals


@pytest.mark.parametrize(
    "label, actors, role",
    [
        ("Wagner Group", [], foreign.FORCE),  # mercenaries: a force whoever else is coded
        ("MINUSMA", ["Unidentified armed group"], foreign.FORCE),  # a deployed mission
        ("Africa Corps", ["JNIM", "Malian armed forces"], foreign.FORCE),
        ("Burkina Faso", ["JNIM", "Malian armed forces", "Burkinabe armed forces"], foreign.FORCE),
        ("France", ["French armed forces", "Nigerien armed forces"], foreign.FORCE),
        ("Russia", ["CSP/FLA", "Malian armed forces", "Wagner Group"], foreign.FORCE),  # Wagner's home country
        ("United States", ["Government of the United States"], foreign.FORCE),  # a government acting
        ("Austria", ["Unidentified armed group", "Civilians"], foreign.NATIONALS),  # a hostage's country
        ("France", ["Unidentified armed group", "Civilians"], foreign.NATIONALS),  # no French actor coded
        ("Burkina Faso", ["JNIM", "Malian armed forces"], foreign.NATIONALS),
        ("Niger", ["JNIM"], foreign.NATIONALS),  # JNIM has no home country
        ("Acme Mining Ltd", ["JNIM", "Civilians"], foreign.NATIONALS),  # a firm
    ],
)
def test_label_role(label, actors, role):
    assert foreign.label_role(label, actors) == role


def test_unarmed_actors_never_make_a_force():
    for kind in ("civilians", "protesters", "rioters", "international"):
        assert kind in foreign.UNARMED_KINDS
    assert foreign.label_role("Mali", ["Protesters", "Civilians", "ECOWAS"]) == foreign.NATIONALS


def test_event_actors_reads_all_four_columns(fev):
    f1 = fev[fev.event_id == "F1"].iloc[0]
    assert foreign.event_actors(f1) == ["JNIM", "Malian armed forces", "Burkinabe armed forces"]


def test_classify_foreign_on_the_fixture(fev):
    c = foreign.classify_foreign(fev)
    assert list(zip(c["event_id"], c["foreign_actor"], c["role"])) == [
        ("F1", "Burkina Faso", "force"),
        ("F2", "India", "nationals"), ("F2", "Niger", "nationals"),
        ("F3", "Russia", "force"), ("F3", "Wagner Group", "force"),
        ("F6", "Wagner Group", "force"),
        ("F4", "Africa Corps", "force"), ("F4", "Canada", "nationals"),
    ]
    assert foreign.foreign_long(fev)["role"].eq("force").all() and len(foreign.foreign_long(fev)) == 5
    assert len(foreign.foreign_long(fev, None)) == 8 and len(foreign.foreign_long(fev, foreign.NATIONALS)) == 3


def test_forces_only_in_counts_and_summary(fev):
    # forces in F1, F3, F6, F4 of 6 events; F2 (hostages only) is not foreign involvement
    assert foreign.share_foreign(fev) == (4, 6)
    s = foreign.foreign_summary(fev)
    assert list(s.index) == ["Wagner Group", "Russia", "Burkina Faso", "Africa Corps"]
    assert s.loc["Wagner Group", ["events", "fatalities", "fatalities_low", "fatalities_high"]].tolist() == [2, 20, 20, 41]  # F3 14 (30) + F6 6 (11)
    assert s.loc["Burkina Faso", ["events", "fatalities", "fatalities_high"]].tolist() == [1, 9, 12]
    assert not {"India", "Niger", "Canada"} & set(s.index)
    q = foreign.foreign_by_period(fev, "Q")
    assert list(q.columns) == ["Africa Corps", "Burkina Faso", "Russia", "Wagner Group"]
    assert [str(p) for p in q.index][0] == "2024Q1" and [str(p) for p in q.index][-1] == "2025Q3"
    assert q.to_numpy().sum() == 5 and q.loc[pd.Period("2024Q3"), "Wagner Group"] == 1


def test_foreign_nationals_table(fev):
    n = foreign.foreign_nationals(fev)
    assert list(n.columns) == ["event_id", "date", "place", "event type", "actors", "foreign nationals", "fatalities"]
    assert n["event_id"].tolist() == ["F2", "F4"]
    assert n["foreign nationals"].tolist() == ["India; Niger", "Canada"]
    assert n["actors"].tolist() == ["Unidentified armed group vs Civilians", "JNIM vs Malian armed forces"]
    assert n["fatalities"].tolist() == [0, 5] and str(n.loc[0, "date"]) == "2024-03-05"
    assert foreign.nationals_countries(fev) == ["Canada", "India", "Niger"]
    ev_main = tb.read_dir(FIXTURE).events  # the main fixture lists forces only
    assert foreign.foreign_nationals(ev_main).empty and foreign.nationals_countries(ev_main) == []
    assert foreign.foreign_nationals(fev.iloc[:0]).empty


def test_aes_and_russian_views_use_forces_only(fev):
    a = foreign.aes_participation(fev)  # F1 Burkinabe forces in Mali; F2's Nigerien hostage is no participation
    assert list(zip(a["event_id"], a["partner"], a["country"], a["after_charter"])) == [("F1", "Burkina Faso", "Mali", True)]
    r = foreign.russian_events(fev)
    assert r.loc[("Russia", 2024)].tolist() == [1, 14, 30]
    assert r.loc[("Wagner Group", 2024)].tolist() == [2, 20, 41]
    assert r.loc[("Africa Corps", 2025)].tolist() == [1, 5, 5]
    hostages = fev.copy()
    hostages.loc[hostages.event_id == "F2", "foreign_actors"] = "Russia"  # a Russian national abducted
    r2 = foreign.russian_events(hostages)
    assert r2.loc[("Russia", 2024)].tolist() == [1, 14, 30]  # still only F3


def test_figure_lanes_are_forces(fev, timeline):
    fig = foreign.plot_foreign_over_time(fev, plots.source_line(fev), timeline)
    lanes = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert lanes == ["Africa Corps (1)", "Burkina Faso (1)", "Russia (1)", "Wagner Group (2)"]
    only_hostages = fev[fev.event_id == "F2"]
    assert isinstance(foreign.plot_foreign_over_time(only_hostages, "s", timeline), plots.Note)
