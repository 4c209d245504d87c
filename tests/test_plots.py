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


def test_full_table_shows_every_row_and_whole_cells_escaped():
    long_actor = "Unidentified armed group vs Burkinabe armed forces (with Volunteers for the Defence of the Homeland)"
    frame = pd.DataFrame({"Actors": [long_actor] * 70 + ["<script>alert(1)</script>"]},
                         index=pd.RangeIndex(1, 72, name="#"))
    out = plots.full_table(frame, "annex")._repr_html_()
    assert out.startswith('<div class="sahel-table annex">')
    assert out.count(long_actor) == 70 and "..." not in out  # pandas would cut at 50 characters and 60 rows
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    # the named index is the first column, in the single header row
    header = out[out.index("<thead>"):out.index("</thead>")]
    assert header.count("<tr") == 1 and header.index("<th>#</th>") < header.index("<th>Actors</th>")
    assert "<td>71</td>" in out


def test_full_table_drops_a_plain_row_number():
    out = plots.full_table(pd.DataFrame({"a": ["x", None], "n": [3, 4]}))._repr_html_()
    assert "<th>a</th>" in out and "<td>0</td>" not in out and out.count("<th>") == 2
    assert "None" not in out and "<td></td>" in out and "<td>3</td>" in out
    assert len(plots.full_table(pd.DataFrame({"a": ["x", "y"]}))) == 2


def test_date_ticks_carry_the_year_on_short_spans():
    fig, ax = plots.new_figure("wide")
    ax.plot(pd.to_datetime(["2024-07-01", "2024-08-20"]), [0, 1])
    ax.set_xlim(pd.Timestamp("2024-07-01"), pd.Timestamp("2024-08-20"))
    plots.date_axis(ax)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig.draw(FigureCanvasAgg(fig).get_renderer())
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "Aug 2024" in labels  # matplotlib's concise default writes "Aug" and hides the year
    assert all(("2024" in label) or label[:2].strip().isdigit() for label in labels)


def test_milestone_rows_counts_staggered_numbers():
    tl = pd.DataFrame({"date": pd.to_datetime(["2023-06-30", "2023-07-26", "2023-08-30", "2024-07-06"])})
    start, end = pd.Timestamp("2023-01-01"), pd.Timestamp("2024-12-31")
    # span 730 days, 3% = 21.9 days: the gaps of 26 and 35 days are wider -> one row
    assert plots.milestone_rows(tl, start, end) == 1
    # span 7304 days, 3% = 219 days: 30 Jun, 26 Jul and 30 Aug 2023 step down a row each -> 3 rows
    assert plots.milestone_rows(tl, pd.Timestamp("2005-01-01"), end) == 3
    assert plots.milestone_rows(tl, pd.Timestamp("2030-01-01"), pd.Timestamp("2031-01-01")) == 0
    assert plots.milestone_rows(None, start, end) == 0
