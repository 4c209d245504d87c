"""analysis.maps: which countries are drawn, marker sizes, points, and the rendered map."""

from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure

from analysis import maps, plots
from analysis import tables as tb

FIXTURE = Path(__file__).parent / "fixtures" / "tables"
HAVE_BOUNDARIES = (maps.BOUNDARIES / "mali_adm0_ocha_cod_simplified.geojson").is_file()


@pytest.fixture(scope="module")
def ev():
    return tb.read_dir(FIXTURE).events


def test_countries_to_draw(ev):
    assert maps.countries_to_draw(ev) == ["Mali", "Burkina Faso"]  # E9 lies in Burkina Faso
    assert maps.countries_to_draw(ev[ev.country == "Mali"]) == ["Mali"]
    assert maps.countries_to_draw(ev.assign(country="Niger")) == ["Mali", "Niger"]


def test_event_points_skip_missing_coordinates(ev):
    ev2 = ev.copy()
    ev2.loc[0, "latitude"] = np.nan
    pts = maps.event_points(ev2)
    assert len(pts) == 8 and pts.crs.to_epsg() == 4326
    assert pts["fatalities"].iloc[0] == 51  # largest toll drawn first, under the others


def test_marker_area_grows_with_sqrt():
    a = maps.marker_area([0, 4, 16])
    assert a[0] == 14 and a[1] - a[0] == pytest.approx(56) and a[2] - a[0] == pytest.approx(112)


@pytest.mark.skipif(not HAVE_BOUNDARIES, reason="boundary files not yet in data/reference/boundaries")
def test_map_renders(ev, tmp_path):
    fig = maps.plot_event_map(ev, plots.source_line(ev))
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_xlim()[0] < -12 and ax.get_xlim()[1] > 4  # Mali's extent
    labels = {t.get_text() for t in ax.texts}
    assert {"Kidal", "Gao", "BURKINA FASO"} <= labels
    plots.save(fig, tmp_path / "map.png")
    assert (tmp_path / "map.png").stat().st_size > 20_000


@pytest.mark.skipif(not HAVE_BOUNDARIES, reason="boundary files not yet in data/reference/boundaries")
def test_map_empty_and_without_coordinates(ev):
    assert isinstance(maps.plot_event_map(ev.iloc[:0], "s"), plots.Note)
    no_coords = ev.assign(latitude=np.nan)
    note = maps.plot_event_map(no_coords, "s", selection="9 events from 6 articles")
    assert isinstance(note, plots.Note) and "coordinates" in note
    fig = maps.plot_event_map(ev.assign(latitude=[np.nan] + list(ev.latitude[1:])), "s")
    assert "1 without coordinates" in fig.axes[0].get_title(loc="left")
