"""Events and fatalities over time, by event type and by region.

Domain rules and caveats:

- Months are calendar months of ``event_date``. An event dated only to the week, month or
  year sits at the middle of its span (ACLED), so it is counted in the month holding that
  middle day; notebooks can drop such events with ``min_date_precision``.
- Fatalities come as a low-best-high band: *best* is the conservative ACLED figure
  (``fatalities``), *low*/*high* the lowest and highest figure any source gave (UCDP style,
  see :func:`analysis.tables.toll_range`). Sums of lows and of highs are bounds under the
  assumption that sources err the same way; they are not confidence intervals.
- Every month between the first and last month of the selection appears, with zeros, so a
  quiet month is visible as such (it may also be a month the corpus does not cover: a news
  corpus is not a census).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import plots
from analysis import tables as tb

UNKNOWN_REGION = "(region unknown)"


def _months(events: pd.DataFrame, start_date: str = "", end_date: str = "") -> pd.DatetimeIndex:
    """Month starts from the first to the last month of the events (or the parameters)."""
    dates = events["event_date"].dropna()
    start = pd.Timestamp(start_date) if start_date else dates.min()
    end = pd.Timestamp(end_date) if end_date else dates.max()
    return pd.date_range(start.to_period("M").to_timestamp(), end.to_period("M").to_timestamp(), freq="MS")


def monthly(events: pd.DataFrame, start_date: str = "", end_date: str = "") -> pd.DataFrame:
    """Per calendar month: ``events``, ``fatalities`` (best), ``fatalities_low``, ``fatalities_high``.

    Indexed by the first day of each month, every month of the span present (zeros included).
    Empty events give an empty frame with the same columns.
    """
    cols = ["events", "fatalities", "fatalities_low", "fatalities_high"]
    ev = events.dropna(subset=["event_date"])
    if ev.empty:
        return pd.DataFrame(columns=cols, index=pd.DatetimeIndex([], name="month"), dtype=int)
    tolls = tb.toll_range(ev)
    frame = pd.DataFrame(
        {
            "month": ev["event_date"].dt.to_period("M").dt.to_timestamp(),
            "events": 1,
            "fatalities": tolls["best"],
            "fatalities_low": tolls["low"],
            "fatalities_high": tolls["high"],
        }
    )
    out = frame.groupby("month")[cols].sum()
    out = out.reindex(_months(ev, start_date, end_date), fill_value=0).astype(int)
    out.index.name = "month"
    return out


def active_months(events: pd.DataFrame) -> pd.DataFrame:
    """:func:`monthly` without the months with no events, indexed by "Mon YYYY" labels."""
    m = monthly(events)
    m = m[m["events"] > 0]
    return m.set_axis(pd.Index(m.index.strftime("%b %Y"), name="month"))


def by_type_monthly(events: pd.DataFrame, value: str = "events", start_date: str = "", end_date: str = "") -> pd.DataFrame:
    """Months x event types: the number of events (``value="events"``) or best fatalities.

    Columns follow :data:`analysis.plots.EVENT_TYPES` (only the types present); every month
    of the span is a row.
    """
    ev = events.dropna(subset=["event_date"])
    if ev.empty:
        return pd.DataFrame(index=pd.DatetimeIndex([], name="month"))
    month = ev["event_date"].dt.to_period("M").dt.to_timestamp()
    weights = 1 if value == "events" else ev["fatalities"]
    table = pd.DataFrame({"month": month, "event_type": ev["event_type"], "n": weights})
    pivot = table.pivot_table(index="month", columns="event_type", values="n", aggfunc="sum", fill_value=0)
    order = [t for t in plots.EVENT_TYPES if t in pivot.columns] + sorted(set(pivot.columns) - set(plots.EVENT_TYPES))
    pivot = pivot.reindex(columns=order).reindex(_months(ev, start_date, end_date), fill_value=0).astype(int)
    pivot.index.name = "month"
    pivot.columns.name = None
    return pivot


def by_type(events: pd.DataFrame) -> pd.DataFrame:
    """Per event type: ``events``, ``fatalities`` (best), ``fatalities_low``, ``fatalities_high``."""
    return _group(events, "event_type", order=list(plots.EVENT_TYPES))


def by_admin1(events: pd.DataFrame) -> pd.DataFrame:
    """Per region (``country`` and ``admin1``): events and the fatality band, most events first."""
    ev = events.assign(admin1=events["admin1"].replace("", UNKNOWN_REGION))
    out = _group(ev, ["country", "admin1"])
    return out


def _group(events: pd.DataFrame, key, order: list[str] | None = None) -> pd.DataFrame:
    cols = ["events", "fatalities", "fatalities_low", "fatalities_high"]
    if events.empty:
        return pd.DataFrame(columns=cols, dtype=int)
    tolls = tb.toll_range(events)
    frame = events[[key] if isinstance(key, str) else key].assign(
        events=1, fatalities=tolls["best"], fatalities_low=tolls["low"], fatalities_high=tolls["high"]
    )
    out = frame.groupby(key, sort=True)[cols].sum().astype(int)
    if order is not None:
        out = out.reindex([o for o in order if o in out.index] + sorted(set(out.index) - set(order)))
    else:
        out = out.sort_values(["events", "fatalities"], ascending=False, kind="stable")
    return out


# ------------------------------------------------------------------------------ figures


def plot_monthly(events: pd.DataFrame, source: str, timeline: pd.DataFrame | None = None, selection: str = ""):
    """Two panels sharing a date axis: events per month (bars) and fatalities per month
    (best as a line, low-high as a band), with the context timeline's milestones as markers.

    Returns a Figure, or a :class:`analysis.plots.Note` when there is nothing to draw.
    """
    data = monthly(events)
    if data.empty:
        return plots.empty_note("events and fatalities per month", selection)
    with plots.style():
        fig, (ax1, ax2) = plots.new_figure("tall", 2, 1, sharex=True)
        x = data.index + pd.Timedelta(days=14)  # bar centred on mid-month
        width = 24 if len(data) > 1 else 20
        ax1.bar(x, data["events"], width=width, color=plots.EVENTS_COLOUR, label="events")
        ax1.set_ylabel("events per month")
        ax1.set_ylim(0, data["events"].max() * 1.35)  # headroom for the milestone numbers
        ax1.yaxis.get_major_locator().set_params(integer=True)
        ax1.set_title("Events", fontsize=9.5, loc="left", fontweight="bold")
        ax2.fill_between(
            x, data["fatalities_low"], data["fatalities_high"], step="mid", color=plots.FATALITIES_COLOUR,
            alpha=0.25, lw=0, label="range of reported figures (low-high)",
        )
        ax2.step(x, data["fatalities"], where="mid", color=plots.FATALITIES_COLOUR, lw=1.6, label="conservative count (best)")
        ax2.set_ylabel("fatalities per month")
        ax2.set_ylim(bottom=0)
        ax2.set_title("Fatalities", fontsize=9.5, loc="left", fontweight="bold")
        # Above the panel, right of its title: inside it the legend sat on the lines it explains.
        ax2.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, borderaxespad=0.2)
        pad = pd.Timedelta(days=20)
        ax2.set_xlim(data.index.min() - pad, data.index.max() + pd.Timedelta(days=31) + pad)
        key = plots.draw_milestones([ax1, ax2], timeline, data.index.min() - pad, data.index.max() + pd.Timedelta(days=31) + pad)
        plots.date_axis(ax2)
        ax2.set_xlabel("month of event")
        plots.finish(fig, ax1, "Events and fatalities per month", (key + "\n" if key else "") + source)
        return fig


def plot_by_type_monthly(events: pd.DataFrame, source: str, selection: str = ""):
    """Stacked bars: events per month by ACLED event type, in the report's fixed colours."""
    data = by_type_monthly(events)
    if data.empty:
        return plots.empty_note("events per month by type", selection)
    with plots.style():
        fig, ax = plots.new_figure("wide")
        x = data.index + pd.Timedelta(days=14)
        bottom = np.zeros(len(data))
        for col in data.columns:
            ax.bar(x, data[col], width=24, bottom=bottom, color=plots.event_type_colour(col), label=col)
            bottom += data[col].to_numpy()
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
        plots.date_axis(ax)
        plots.finish(fig, ax, "Events per month by event type", source, xlabel="month of event", ylabel="events per month")
        return fig


def plot_by_admin1(events: pd.DataFrame, source: str, selection: str = "", top: int = 15):
    """Horizontal bars per region: events, coloured by event type, with best fatalities written
    beside each bar (the low-high range in brackets when sources disagree)."""
    if events.empty:
        return plots.empty_note("events by region", selection)
    ev = events.assign(admin1=events["admin1"].replace("", UNKNOWN_REGION))
    regions = by_admin1(ev).head(top)
    labels = [f"{a} ({c})" if c and c != "Mali" else a for c, a in regions.index]
    counts = (
        ev.assign(n=1).pivot_table(index=["country", "admin1"], columns="event_type", values="n", aggfunc="sum", fill_value=0)
        .reindex(regions.index)
    )
    with plots.style():
        height = max(2.4, 0.9 + 0.32 * len(regions))
        fig, ax = plots.new_figure("wide")
        fig.set_size_inches(plots.WIDTH, height)
        y = np.arange(len(regions))[::-1]
        left = np.zeros(len(regions))
        for etype in [t for t in plots.EVENT_TYPES if t in counts.columns] + sorted(set(counts.columns) - set(plots.EVENT_TYPES)):
            vals = counts[etype].to_numpy()
            ax.barh(y, vals, left=left, color=plots.event_type_colour(etype), label=etype, height=0.7)
            left += vals
        for yi, (_, row) in zip(y, regions.iterrows()):
            toll = f"{row['fatalities']} killed"
            if row["fatalities_low"] != row["fatalities_high"]:
                toll += f" ({row['fatalities_low']}-{row['fatalities_high']})"
            ax.text(row["events"] + 0.05 * max(1, regions["events"].max()), yi, toll, va="center", fontsize=8, color="#333333")
        ax.set_yticks(y, labels)
        ax.set_xlim(0, regions["events"].max() * 1.45 + 0.5)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2 * 3.6 / height), ncols=3, fontsize=7.5)
        plots.finish(fig, ax, "Events and fatalities by region (admin1)", source, xlabel="number of events")
        return fig
