"""analysis.trends on tests/fixtures/tables; expected numbers worked out by hand from events.csv."""

from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import plots, trends
from analysis import tables as tb

FIXTURE = Path(__file__).parent / "fixtures" / "tables"


@pytest.fixture(scope="module")
def ev():
    return tb.read_dir(FIXTURE).events


def test_monthly_counts_and_band(ev):
    m = trends.monthly(ev)
    assert len(m) == 26  # Jul 2022 .. Aug 2024, quiet months included
    assert m.index[0] == pd.Timestamp("2022-07-01") and m.index[-1] == pd.Timestamp("2024-08-01")
    assert m["events"].sum() == 9 and m["fatalities"].sum() == 182 and m["fatalities_high"].sum() == 251
    assert m.loc["2022-08-01"].tolist() == [2, 42, 42, 42]  # E2 + E3 (no toll)
    assert m.loc["2022-09-01"].tolist() == [0, 0, 0, 0]
    assert m.loc["2023-02-01"].tolist() == [1, 51, 51, 70]  # E9
    assert m.loc["2024-08-01"].tolist() == [2, 26, 26, 30]  # E6 21 + E7 5 (5-9)
    assert (m["fatalities_low"] <= m["fatalities"]).all() and (m["fatalities"] <= m["fatalities_high"]).all()


def test_monthly_respects_parameter_span(ev):
    sub = tb.select(ev, start_date="2022-06-15", end_date="2022-09-30")
    m = trends.monthly(sub, "2022-06-15", "2022-09-30")
    assert list(m.index.month) == [6, 7, 8, 9] and m["events"].tolist() == [0, 1, 2, 0]


def test_monthly_empty(ev):
    assert trends.monthly(ev.iloc[:0]).empty


def test_by_type(ev):
    t = trends.by_type(ev)
    assert list(t.index) == ["Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"]
    assert t.loc["Battles"].tolist() == [5, 156, 156, 221]  # E1 E2 E9 E4 E5
    assert t.loc["Violence against civilians"].tolist() == [1, 5, 5, 9]
    assert t.loc["Strategic developments"].tolist() == [2, 0, 0, 0]


def test_by_type_monthly(ev):
    t = trends.by_type_monthly(ev)
    assert t.loc["2024-08-01", "Explosions/Remote violence"] == 1 and t.loc["2024-08-01", "Violence against civilians"] == 1
    assert t.loc["2024-08-01", "Battles"] == 0 and t.to_numpy().sum() == 9
    f = trends.by_type_monthly(ev, value="fatalities")
    assert f.loc["2024-07-01", "Battles"] == 47 and f.to_numpy().sum() == 182


def test_by_admin1(ev):
    r = trends.by_admin1(ev)
    assert r.index[0] == ("Mali", "Kidal") and r.iloc[0].tolist() == [2, 68, 68, 105]
    assert r.loc[("Burkina Faso", "Sahel")].tolist() == [1, 51, 51, 70]
    assert r["events"].sum() == 9
    ev2 = ev.copy()
    ev2.loc[0, "admin1"] = ""
    assert ("Mali", trends.UNKNOWN_REGION) in trends.by_admin1(ev2).index


def test_plots_return_figures_or_notes(ev, tmp_path):
    src = plots.source_line(ev)
    timeline = pd.DataFrame({"date": pd.to_datetime(["2022-08-15", "2030-01-01"]), "label": ["in range", "out of range"]})
    fig = trends.plot_monthly(ev, src, timeline)
    assert isinstance(fig, Figure)
    foot = fig._supxlabel.get_text()  # milestone key above the source line
    assert "1 in range (15 Aug 2022)" in foot and "out of range" not in foot and foot.endswith(src)
    assert [t.get_text() for t in fig.axes[0].texts] == ["1"]
    assert fig.axes[1].get_ylabel() == "fatalities per month"
    for f in (fig, trends.plot_by_type_monthly(ev, src), trends.plot_by_admin1(ev, src)):
        plots.save(f, tmp_path / "x.png")
        assert (tmp_path / "x.png").stat().st_size > 10_000
    empty = ev.iloc[:0]
    for f in (trends.plot_monthly(empty, src), trends.plot_by_type_monthly(empty, src), trends.plot_by_admin1(empty, src)):
        assert isinstance(f, plots.Note) and f.startswith("No events to show")
