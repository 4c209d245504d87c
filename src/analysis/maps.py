"""A map of events on Mali's regions (and on Burkina Faso and Niger when events fall there).

Drawn from the boundary files in ``data/reference/boundaries/`` (OCHA COD-AB, geoBoundaries;
provenance in ``data/reference/README.md``) with geopandas; no web tiles, nothing downloaded.

Rules and caveats:

- Mali is drawn with its eleven first-level regions (the units ACLED and GeoNames use,
  including Ménaka and Taoudénit) when ``mali_adm1_regions11.geojson`` is present, else with
  the nine regions of the 2015 OCHA frame.
- A neighbouring country is drawn (outline and regions, lighter) only when a selected event
  lies in it, so the map stays on Mali unless the selection says otherwise.
- Points are sized by the conservative fatality count (area grows with the square root of the
  toll so a large massacre does not hide everything else) and coloured by event type with
  the report's fixed palette. Events located only to a region (ACLED geo precision 3) are
  drawn hollow: their dot marks the region, not a place.
- Events without coordinates cannot be drawn; the subtitle says how many were left out.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from shapely.geometry import box

from analysis import paths, plots

BOUNDARIES = paths.REFERENCE / "boundaries"

#: country (as in the events' ``country`` column) -> (outline file, region file, region name field).
#: The first file that exists in each tuple slot is used; Burkina Faso has no outline file, so
#: its regions are dissolved into one.
COUNTRY_FILES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "Mali": (
        ("mali_adm0_ocha_cod_simplified.geojson",),
        ("mali_adm1_regions11.geojson", "mali_adm1_ocha_cod_simplified.geojson"),
        "admin1Name",
    ),
    "Burkina Faso": ((), ("bfa_adm1_geoboundaries_simplified.geojson",), "adm1_name"),
    "Niger": (("ner_adm0_ocha_cod_simplified.geojson",), ("ner_adm1_ocha_cod_simplified.geojson",), "ADM1_FR"),
}
HOME = "Mali"

LAND = "#F4F1EA"
NEIGHBOUR_LAND = "#FAF9F6"
BORDER = "#6B6B6B"
REGION_LINE = "#B8B2A7"


def _first(folder: Path, names: tuple[str, ...]) -> Path | None:
    return next((folder / n for n in names if (folder / n).is_file()), None)


@lru_cache(maxsize=8)
def _load_country(country: str, folder: str) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    outline_names, region_names, field = COUNTRY_FILES[country]
    region_file = _first(Path(folder), region_names)
    if region_file is None:
        from analysis.errors import InputError

        raise InputError(Path(folder), f"no boundary file for {country} ({', '.join(region_names)})")
    regions = gpd.read_file(region_file).to_crs(4326)
    name_field = field if field in regions.columns else next(c for c in regions.columns if c != "geometry")
    regions = regions.assign(name=regions[name_field].astype(str))[["name", "geometry"]]
    outline_file = _first(Path(folder), outline_names)
    outline = gpd.read_file(outline_file).to_crs(4326) if outline_file else regions.dissolve()
    return outline[["geometry"]], regions


def countries_to_draw(events: pd.DataFrame) -> list[str]:
    """Mali first, then every other known country where a selected event lies (sorted)."""
    others = sorted(set(events["country"]) - {HOME, ""} & set(COUNTRY_FILES))
    return [HOME] + others


def event_points(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """Events with coordinates as points (EPSG:4326), largest tolls first so small ones stay on top."""
    ev = events.dropna(subset=["latitude", "longitude"])
    ev = ev.sort_values(["fatalities", "event_id"], ascending=[False, True], kind="stable")
    return gpd.GeoDataFrame(ev, geometry=gpd.points_from_xy(ev["longitude"], ev["latitude"]), crs=4326)


def marker_area(fatalities) -> np.ndarray:
    """Marker area in pt² for a toll: 14 for none, growing with the square root of the toll."""
    f = np.asarray(fatalities, dtype=float)
    return 14 + 28 * np.sqrt(np.clip(f, 0, None))


def _size_legend_values(max_toll: int) -> list[int]:
    steps = [1, 5, 10, 25, 50, 100, 250, 500, 1000]
    if max_toll <= 0:
        return [0]
    bigger = [s for s in steps if s <= max_toll]
    return sorted({0, *(bigger[-3:] if len(bigger) >= 3 else bigger)})


def plot_event_map(events: pd.DataFrame, source: str, selection: str = "", boundaries: str | Path | None = None):
    """Map of Mali's regions with event points sized by fatalities and coloured by event type.

    Returns a Figure, or a :class:`analysis.plots.Note` when no selected event has coordinates.
    """
    folder = str(Path(boundaries) if boundaries else BOUNDARIES)
    pts = event_points(events)
    if pts.empty:
        return plots.empty_note("the map", selection if events.empty else "no event has coordinates")
    countries = countries_to_draw(pts)
    with plots.style():
        fig, ax = plots.new_figure("map")
        for country in countries:
            outline, regions = _load_country(country, folder)
            home = country == HOME
            regions.plot(ax=ax, color=LAND if home else NEIGHBOUR_LAND, edgecolor=REGION_LINE, linewidth=0.5)
            outline.boundary.plot(ax=ax, color=BORDER, linewidth=1.1 if home else 0.8)
            if home:
                for _, r in regions.iterrows():
                    p = r.geometry.representative_point()
                    ax.annotate(r["name"], (p.x, p.y), ha="center", va="center", fontsize=7.5, color="#7A7367", style="italic")
        # Extent: Mali plus every drawn point, padded; neighbours are shown only as far as needed.
        home_outline, _ = _load_country(HOME, folder)
        minx, miny, maxx, maxy = home_outline.total_bounds
        minx, maxx = min(minx, pts.geometry.x.min()), max(maxx, pts.geometry.x.max())
        miny, maxy = min(miny, pts.geometry.y.min()), max(maxy, pts.geometry.y.max())
        pad = 0.6
        ax.set_xlim(minx - pad, maxx + pad)
        ax.set_ylim(miny - pad, maxy + pad)
        frame = box(minx - pad, miny - pad, maxx + pad, maxy + pad)
        for country in countries[1:]:
            outline, _ = _load_country(country, folder)
            visible = outline.geometry.union_all().intersection(frame)  # label the part on the map
            if not visible.is_empty and visible.area > 0.5:
                c = visible.representative_point()
                ax.annotate(country.upper(), (c.x, c.y), ha="center", fontsize=8, color="#8C8C8C")
        types = [t for t in plots.EVENT_TYPES if t in set(pts["event_type"])] + sorted(set(pts["event_type"]) - set(plots.EVENT_TYPES))
        for etype in types:
            sub = pts[pts["event_type"] == etype]
            colour = plots.event_type_colour(etype)
            solid = sub[sub["geo_precision"] < 3]
            vague = sub[sub["geo_precision"] >= 3]
            ax.scatter(solid.geometry.x, solid.geometry.y, s=marker_area(solid["fatalities"]), color=colour, alpha=0.8, edgecolor="white", linewidth=0.6, zorder=3)
            ax.scatter(vague.geometry.x, vague.geometry.y, s=marker_area(vague["fatalities"]), facecolor="none", edgecolor=colour, linewidth=1.4, zorder=3)
        type_handles = [Line2D([], [], ls="", marker="o", markersize=7, color=plots.event_type_colour(t), label=t) for t in types]
        size_handles = [
            Line2D([], [], ls="", marker="o", markersize=math.sqrt(marker_area(v)), color="#9A9A9A", alpha=0.7, label=f"{v} killed")
            for v in _size_legend_values(int(pts["fatalities"].max()))
        ]
        if (pts["geo_precision"] >= 3).any():
            size_handles.append(Line2D([], [], ls="", marker="o", markersize=7, markerfacecolor="none", markeredgecolor="#555555", label="located to a region only"))
        # Mali's shape leaves both top corners of the frame empty (Mauritania, Algeria): legends go there.
        leg1 = ax.legend(handles=type_handles, title="Event type", loc="upper right", title_fontsize=8.5, alignment="left")
        ax.add_artist(leg1)
        ax.legend(handles=size_handles, title="Fatalities (best)", loc="upper left", title_fontsize=8.5, labelspacing=1.0, alignment="left")
        aspect = 1 / math.cos(math.radians((miny + maxy) / 2))
        ax.set_aspect(aspect)
        map_w = plots.WIDTH - 0.8
        fig.set_size_inches(plots.WIDTH, min(9.5, map_w * aspect * (maxy - miny + 2 * pad) / (maxx - minx + 2 * pad) + 1.3))
        ax.grid(False)
        ax.set_xlabel("longitude (degrees east)")
        ax.set_ylabel("latitude (degrees north)")
        missing = len(events) - len(pts)
        subtitle = f"{len(pts)} events with coordinates"
        if missing:
            subtitle += f"; {missing} without coordinates not shown"
        plots.finish(fig, ax, "Where the events happened", source, subtitle=subtitle + ". Boundaries: OCHA COD-AB, geoBoundaries.")
        return fig
