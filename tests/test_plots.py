"""analysis.plots: palette, source line, notes for empty selections."""

from pathlib import Path

import pandas as pd

from analysis import plots
from analysis import tables as tb

FIXTURE = Path(__file__).parent / "fixtures" / "tables"


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_palette_covers_event_types_distinctly():
    assert set(plots.EVENT_TYPE_COLOURS) == set(plots.EVENT_TYPES)
    assert len(set(plots.EVENT_TYPE_COLOURS.values())) == 6
    assert len(set(plots.INTER_COLOURS.values())) == len(plots.INTER_COLOURS)
    assert plots.event_type_colour("Unknown") == plots.OTHER_COLOUR
    # Okabe-Ito colours, not black/white: every colour visible on white paper
    assert all(_luminance(c) < 0.9 for c in plots.EVENT_TYPE_COLOURS.values())


def test_actor_categories_from_events():
    ev = tb.read_dir(FIXTURE).events
    cats = plots.actor_categories(ev)
    assert cats["JNIM"] == 2 and cats["Malian armed forces"] == 1 and cats["Civilians"] == 7 and cats["MINUSMA"] == 8
    assert "" not in cats
    assert plots.actor_colour("JNIM", cats) == plots.INTER_COLOURS[2]
    assert plots.actor_colour("nobody", cats) == plots.OTHER_COLOUR


def test_source_line_counts_articles_and_outlets():
    t = tb.read_dir(FIXTURE)
    assert plots.source_line(t) == (
        "Source: 6 articles from 4 outlets, coded by sahel-brief; period 27 Jul 2022 to 25 Aug 2024."
    )
    one = t.events[t.events.event_id == "E1"]
    assert plots.source_line(one, "2022") == "Source: 1 article from 1 outlet, coded by sahel-brief; period 2022."


def test_empty_note_is_text_and_escaped_html():
    note = plots.empty_note("the map", "<script>")
    assert isinstance(note, str) and note.startswith("No events to show for the map (<script>)")
    assert plots.empty_note("x", "No events match the selection.") == "No events to show for x. Widen the selection (dates, region, precision) to see it."
    assert "<script>" not in note._repr_html_() and "&lt;script&gt;" in note._repr_html_()


def test_new_figure_is_a4_readable():
    fig, ax = plots.new_figure("wide")
    w, h = fig.get_size_inches()
    assert w <= 8.0 and h <= 11.0
    plots.finish(fig, ax, "Title", "Source: x", xlabel="month", ylabel="events per month")
    assert ax.get_ylabel() == "events per month"
    assert fig.get_suptitle() == "Title"
