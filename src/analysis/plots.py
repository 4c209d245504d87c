"""Shared figure styling: one palette, one set of sizes, one way to title and source a chart.

Rules every figure of the report follows:

- **Colour-blind-safe palette** (Okabe & Ito 2008, "Color Universal Design"). Each of ACLED's
  six event types has one fixed colour in every chart (:data:`EVENT_TYPE_COLOURS`). Actors are
  coloured by their ACLED actor category (the ``inter`` code: state forces, rebel groups,
  militias, civilians, external forces...) from Paul Tol's "muted" scheme
  (:data:`INTER_COLOURS`), so the same actor has the same colour in bar charts and in the
  network, and colours keep meaning when the actor list changes.
- **Sizes read on A4 and on screen**: figures are at most :data:`WIDTH` inches wide (the text
  width of an A4 page with 2.5 cm margins is about 6.3 in; the PDF scales down a little),
  fonts are 9-11 pt at that size.
- **Every chart** carries a title, axis labels with units, dates on time axes, and the source
  line ``Source: N articles from M outlets, coded by sahel-brief; period ...``.
- **No empty charts**: plotting functions return an :class:`Note` (a sentence) instead of a
  figure when the selection is empty; notebooks display whichever comes back.

Figures are built with :class:`matplotlib.figure.Figure` (not pyplot), so nothing is drawn
twice in a notebook: the returned figure is displayed once, as the cell's value.
"""

from __future__ import annotations

import html
from contextlib import contextmanager

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure

from analysis import tables as tb

#: ACLED's six event types, in the order legends list them.
EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

#: Okabe-Ito colours, one per event type (fixed across every chart).
EVENT_TYPE_COLOURS = {
    "Battles": "#D55E00",  # vermillion
    "Explosions/Remote violence": "#0072B2",  # blue
    "Violence against civilians": "#CC79A7",  # reddish purple
    "Protests": "#009E73",  # bluish green
    "Riots": "#E69F00",  # orange
    "Strategic developments": "#56B4E9",  # sky blue
}
OTHER_COLOUR = "#999999"

#: ACLED actor categories (the ``inter1``/``inter2`` codes).
INTER_LABELS = {
    0: "No actor",
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}
#: Paul Tol "muted" colours, one per actor category.
INTER_COLOURS = {
    0: "#DDDDDD",
    1: "#332288",  # indigo
    2: "#CC6677",  # rose
    3: "#DDCC77",  # sand
    4: "#117733",  # green
    5: "#882255",  # wine
    6: "#44AA99",  # teal
    7: "#88CCEE",  # cyan
    8: "#999933",  # olive
}

#: Series colours for a single measure (events vs fatalities) in Okabe-Ito.
EVENTS_COLOUR = "#0072B2"
FATALITIES_COLOUR = "#D55E00"
MARKER_COLOUR = "#555555"

WIDTH = 7.5  # inches; fits an A4 text column once the PDF scales it
SIZES = {
    "wide": (WIDTH, 3.6),
    "tall": (WIDTH, 5.2),
    "square": (WIDTH, 6.2),
    "map": (WIDTH, 6.8),
}
DPI = 110
#: The source line and milestone key at the foot of a figure: 8 pt at WIDTH prints at about 7 pt
#: on A4 (the smallest size that stays legible on paper); SOURCE_WRAP characters fill WIDTH.
SOURCE_FONTSIZE = 8
SOURCE_WRAP = 115

STYLE = {
    "font.size": 9.5,
    "axes.titlesize": 11.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "figure.dpi": DPI,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "font.family": "DejaVu Sans",
}


class Note(str):
    """A sentence shown in place of a chart or table (e.g. for an empty selection).

    It is a ``str`` (tests compare it as text) that renders as an escaped paragraph in a notebook.
    """

    def _repr_html_(self) -> str:
        return f'<p class="note"><em>{html.escape(str(self))}</em></p>'

    def _repr_markdown_(self) -> str:  # pragma: no cover - front-ends prefer HTML
        return f"*{self}*"


class Table:
    """A table shown in full, for tables a reader reads line by line (the briefing's annex,
    who-said-what, the context timeline): every row and every character of every cell.

    pandas' notebook display cuts cells at 50 characters ("...") and long tables to their first
    and last rows, which drops actors, quotes and whole events. Cells are escaped as in any
    pandas table (article text never becomes markup). A named index becomes the first column,
    under its name, in the same header row as the others; an unnamed 0, 1, 2... index (a
    programmer's row number) is left out. ``css_class`` names the table for the stylesheets
    (e.g. the print column widths of the annex).
    """

    def __init__(self, frame: pd.DataFrame, css_class: str = ""):
        self.frame = frame
        self.css_class = css_class

    def __len__(self) -> int:
        return len(self.frame)

    def __repr__(self) -> str:  # the plain-text view (consoles, text/plain outputs)
        return repr(self.frame)

    def _display(self) -> tuple[pd.DataFrame, bool]:
        """The frame to render and whether to render its index."""
        index = self.frame.index
        if any(name is not None for name in index.names):
            return self.frame.reset_index(), False
        return self.frame, not isinstance(index, pd.RangeIndex)

    def _repr_html_(self) -> str:
        frame, show_index = self._display()
        frame = frame.astype(object).where(frame.notna(), "")  # a missing value is an empty cell, not "None"
        with pd.option_context("display.max_colwidth", None):
            body = frame.to_html(index=show_index, escape=True, border=0, na_rep="", max_rows=None, max_cols=None)
        css = " ".join(["sahel-table", *html.escape(self.css_class).split()])
        return f'<div class="{css}">{body}</div>'


def full_table(frame: pd.DataFrame, css_class: str = "") -> Table:
    """``frame`` as a :class:`Table`: shown in full, escaped, without a programmer's row index."""
    return Table(frame, css_class)


def empty_note(what: str, reason: str = "") -> Note:
    """The sentence shown instead of an empty chart or table.

    ``reason`` adds why (e.g. "no event has coordinates"); a selection summary that already
    says "No events match ..." is not repeated, since each notebook states it at the top.
    """
    text = f"No events to show for {what}"
    if reason and not reason.startswith("No events"):
        text += f" ({reason.rstrip('.')})"
    return Note(text + ". Widen the selection (dates, region, precision) to see it.")


@contextmanager
def style():
    """The report's matplotlib style, applied only inside the ``with`` block."""
    with mpl.rc_context(STYLE):
        yield


def new_figure(size: str = "wide", nrows: int = 1, ncols: int = 1, **kwargs) -> tuple[Figure, object]:
    """A figure of one of :data:`SIZES` with its axes, in the report style (constrained layout)."""
    with style():
        fig = Figure(figsize=SIZES[size], layout="constrained")
        axes = fig.subplots(nrows, ncols, **kwargs)
    return fig, axes


def sequential_cmap():
    """White to the report's blue: a single-hue scale that reads in grey and for colour-blind readers."""
    from matplotlib.colors import LinearSegmentedColormap

    return LinearSegmentedColormap.from_list("sahel_blue", ["#F5F9FC", "#9CC7E3", EVENTS_COLOUR, "#023858"])


def event_type_colour(event_type: str) -> str:
    """The fixed colour of an ACLED event type (grey for anything else)."""
    return EVENT_TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def inter_colour(inter: int) -> str:
    """The colour of an ACLED actor category (``inter`` code)."""
    return INTER_COLOURS.get(int(inter), OTHER_COLOUR)


def actor_categories(events: pd.DataFrame) -> dict[str, int]:
    """Actor name -> its ACLED ``inter`` code, read from the events (actor1/inter1, actor2/inter2).

    When an actor carries several codes the most frequent wins (ties: the lowest code).
    """
    pairs = pd.concat(
        [
            events[["actor1", "inter1"]].set_axis(["actor", "inter"], axis=1),
            events[["actor2", "inter2"]].set_axis(["actor", "inter"], axis=1),
        ]
    )
    pairs = pairs[pairs["actor"] != ""]
    out: dict[str, int] = {}
    for actor, group in pairs.groupby("actor", sort=True):
        counts = group["inter"].astype(int).value_counts()
        out[str(actor)] = int(min(counts[counts == counts.max()].index))
    return out


def actor_colour(actor: str, categories: dict[str, int]) -> str:
    """The colour of an actor: that of its ACLED category (grey when unknown)."""
    return inter_colour(categories.get(actor, -1)) if actor in categories else OTHER_COLOUR


def source_line(data, period: str = "") -> str:
    """``Source: N articles from M outlets, coded by sahel-brief; period <period>``.

    ``data`` is an events DataFrame or a :class:`analysis.tables.Tables`; articles and outlets
    are those reporting the events in it. ``period`` defaults to the events' date range.
    """
    events = data.events if isinstance(data, tb.Tables) else data
    n_art, n_out = len(tb.articles(events)), len(tb.outlets(events))
    period = period or tb.period_label(events)
    art = "article" if n_art == 1 else "articles"
    out = "outlet" if n_out == 1 else "outlets"
    return f"Source: {n_art} {art} from {n_out} {out}, coded by sahel-brief; period {period}."


def finish(fig: Figure, ax, title: str, source: str, xlabel: str | None = None, ylabel: str | None = None, subtitle: str = "") -> Figure:
    """Title (with an optional subtitle), axis labels and the source line at the foot of ``fig``."""
    with style():
        if subtitle:
            fig.suptitle(title, x=0.01, ha="left", fontsize=STYLE["axes.titlesize"], fontweight="bold")
            ax.set_title(subtitle, fontsize=9, fontweight="normal", color="#444444", loc="left")
        else:
            fig.suptitle(title, x=0.01, ha="left", fontsize=STYLE["axes.titlesize"], fontweight="bold")
        if xlabel is not None:
            ax.set_xlabel(xlabel)
        if ylabel is not None:
            ax.set_ylabel(ylabel)
        add_source(fig, source)
    return fig


def add_source(fig: Figure, source: str) -> None:
    """The source line, small and grey, at the bottom left of the figure."""
    with style():
        fig.supxlabel(source, x=0.01, ha="left", fontsize=SOURCE_FONTSIZE, color="#444444")


def date_axis(ax, span_days: float | None = None) -> None:
    """Readable dates on the x axis: concise month/year ticks, never overlapping."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_formatter(locator))


def date_formatter(locator) -> mdates.ConciseDateFormatter:
    """Concise date ticks that always carry the year: "2023" for year ticks, "Jan 2023" for
    month ticks, "15 Jan" for days between them (the year then shows on the month ticks).
    matplotlib's default concise ticks ("Jul", "15", "Aug") leave the year to an offset label,
    which a chart spanning a few weeks then never shows."""
    fmt = mdates.ConciseDateFormatter(locator, show_offset=False)
    fmt.formats = ["%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M", "%S.%f"]
    fmt.zero_formats = ["", "%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M"]
    return fmt


def _milestone_levels(dates, start, end) -> list[int]:
    """The row (0 = top) of each milestone number: a milestone within 3% of the time span of the
    previous one goes one row lower (at most 4 rows), so close numbers never sit on each other."""
    span = (end - start).days or 1
    levels, level, last = [], 0, None
    for date in dates:
        level = level + 1 if last is not None and (date - last).days / span < 0.03 and level < 3 else 0
        last = date
        levels.append(level)
    return levels


def milestone_rows(timeline, start, end) -> int:
    """How many rows of milestone numbers :func:`draw_milestones` draws between ``start`` and
    ``end`` (0 when none): a chart keeps that much room above its data."""
    if timeline is None or len(timeline) == 0:
        return 0
    dates = timeline.loc[(timeline["date"] >= start) & (timeline["date"] <= end), "date"].sort_values(kind="stable")
    return max(_milestone_levels(dates, start, end), default=-1) + 1


def draw_milestones(axes, timeline, start, end) -> str:
    """Dashed vertical lines for the timeline's milestones between ``start`` and ``end`` on every
    axis of ``axes``, numbered at the top of the first one; returns the key ("1 Label (date) ·
    2 ...") for the foot of the figure. Numbers of milestones close in time are staggered so
    they never sit on each other, and labels stay readable however many milestones there are.
    """
    import textwrap

    if timeline is None or len(timeline) == 0:
        return ""
    marks = timeline[(timeline["date"] >= start) & (timeline["date"] <= end)].sort_values("date", kind="stable")
    if marks.empty:
        return ""
    first = axes[0]
    key = []
    for i, (m, level) in enumerate(zip(marks.itertuples(), _milestone_levels(marks["date"], start, end)), start=1):
        for ax in axes:
            ax.axvline(m.date, color=MARKER_COLOUR, lw=0.8, ls="--", zorder=1)
        first.annotate(str(i), xy=(m.date, 1.0), xycoords=("data", "axes fraction"), xytext=(0, -7 - 11 * level),
                       textcoords="offset points", ha="center", va="center", fontsize=7, color="#222222", zorder=5,
                       bbox={"boxstyle": "circle,pad=0.2", "fc": "white", "ec": MARKER_COLOUR, "lw": 0.6})
        label = getattr(m, "label", "") or m.milestone
        key.append(f"{i} {label} ({m.date.day} {m.date:%b %Y})")
    return "\n".join(textwrap.wrap("Milestones: " + " · ".join(key), SOURCE_WRAP))


def save(fig: Figure, path) -> None:
    """Write ``fig`` as PNG (used by tests and to look at figures outside a notebook)."""
    with style():
        fig.savefig(path)
