"""Foreign involvement in the conflict, and the context timeline it is read against.

**What counts as foreign involvement.** An event involves a foreign force when the coder lists
it in the event's ``foreign_actors`` column (``../shared/spec/event-table.md``) and the label is
a force by the rule below, following the rule written at the top of
``data/reference/actors.yaml``:

- a state force or government acting outside its own country (French troops in Mali,
  Burkinabe troops or drones in Mali, US forces in Niger, the Russian state in Mali), labelled
  by the country's name ("France", "Burkina Faso");
- foreign mercenaries and private military companies (Wagner Group) and the Russian Defence
  Ministry's Africa Corps, labelled by their canonical name;
- international military missions (MINUSMA, the G5 Sahel joint force, EU training missions).

A foreign government that only comments, condemns or announces is not an actor of the event
and is not counted. Involvement that the text only *alleges* (e.g. "Russian mercenaries",
according to a rebel group) is counted as coded: read such counts as reported involvement.

**Foreign forces and foreign nationals.** ``foreign_actors`` also lists, as the dev-set gold
does, the home countries (or names) of foreign civilians and firms an event affected: an
abduction of two foreign engineers lists their countries, though no foreign state took part.
Each (event, foreign label) pair is therefore classified, from the event's own row and the
actor dictionary (read through :mod:`analysis.coding.actors`, never edited here):

- a foreign **force** (:data:`FORCE`) when the label names an actor of ``actors.yaml`` whose
  kind makes it an external armed or state actor (:data:`FORCE_KINDS`: mercenaries and
  foreign-run forces such as Wagner Group and Africa Corps, deployed missions such as MINUSMA,
  a state force or government written by its name), or when the label is the home country
  (``country`` in ``actors.yaml``) of one of the event's armed actors in ``actor1``,
  ``actor2``, ``assoc_actor_1`` or ``assoc_actor_2`` -- "Burkina Faso" beside Burkinabe armed
  forces in Mali, "France" beside French armed forces, "Russia" beside Wagner Group. Actors of
  the kinds in :data:`UNARMED_KINDS` (civilians, protesters, rioters, international political
  bodies) never make their country a force;
- foreign **nationals** affected (:data:`NATIONALS`) otherwise: the countries of foreign
  victims, hostages or firms (the country of an abducted aid worker whose kidnappers are
  unnamed).

"Foreign involvement" -- every count, chart and judgment about foreign actors, the Russian and
AES views included -- uses forces only; foreign nationals affected are shown apart
(:func:`foreign_nationals`). The rule relies on the coder naming the foreign actor among the
event's actors: a foreign country listed without any actor of that country (troops the coder
missed) counts as nationals, which under-counts forces rather than inventing them.

**Groups.** A foreign label belongs to the *Russian* group when it is "Russia" or an actor
whose home country in ``actors.yaml`` is Russia (Wagner Group, Africa Corps). The AES partners
are the three signatories of the Liptako-Gourma Charter (:data:`AES_MEMBERS`); a member's
forces acting in another member's territory is *AES participation*.

**The context timeline** (``data/reference/context_timeline.csv``) lists the milestones of
foreign involvement, one per line with its date, precision, actor, category, a short label for
figures, the milestone and its source. It is validated on loading: every line needs an ISO date,
a precision of day, month or year, an actor, a milestone and a source.

**Caveat for before/after comparisons.** A news corpus is not a census: the number of events
found in a window depends on which articles were collected and on how much the press covered the
period, not only on what happened. Windows around a milestone compare equal lengths of time and
are marked incomplete when they reach beyond the period the selection covers; differences are
descriptive, never evidence that a milestone caused a change.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from analysis import paths, plots
from analysis import tables as tb
from analysis.errors import InputError

TIMELINE = paths.REFERENCE / "context_timeline.csv"
TIMELINE_COLUMNS = ["date", "precision", "actor", "category", "label", "milestone", "source"]
TIMELINE_REQUIRED = ["date", "precision", "actor", "milestone", "source"]
TIMELINE_PRECISIONS = ("day", "month", "year")

#: Signatories of the Liptako-Gourma Charter (16 Sep 2023), founding the Alliance of Sahel States.
AES_MEMBERS = ("Mali", "Burkina Faso", "Niger")
RUSSIA = "Russia"

CAVEAT = (
    "A news corpus is not a census: how many events it holds in a window depends on which "
    "articles were collected and how closely the press followed the period. Before/after "
    "differences describe the corpus; they do not show that a milestone caused a change."
)


# ------------------------------------------------------------------------- timeline


def load_timeline(path: str | Path | None = None) -> pd.DataFrame:
    """The context timeline, validated, sorted by date, ``date`` as a Timestamp.

    Raises :class:`InputError` naming the file and line for a missing column, an empty
    required cell, a date that is not ISO (YYYY-MM-DD) or an unknown precision.
    """
    path = Path(path) if path else TIMELINE
    if not path.is_file():
        raise InputError(path, "context timeline not found")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        header = rows[0].keys() if rows else []
    if not rows:
        raise InputError(path, "context timeline is empty", 1)
    missing = [c for c in TIMELINE_REQUIRED if c not in header]
    if missing:
        raise InputError(path, f"missing column(s): {', '.join(missing)}", 1)
    out = []
    for line, row in enumerate(rows, start=2):
        for col in TIMELINE_REQUIRED:
            if not (row.get(col) or "").strip():
                raise InputError(path, f"empty {col}", line)
        try:
            date = pd.Timestamp(row["date"].strip()) if len(row["date"].strip()) == 10 else None
        except ValueError:
            date = None
        if date is None:
            raise InputError(path, f"date {row['date']!r} is not an ISO date (YYYY-MM-DD)", line)
        if row["precision"].strip() not in TIMELINE_PRECISIONS:
            raise InputError(path, f"precision {row['precision']!r} must be one of {', '.join(TIMELINE_PRECISIONS)}", line)
        rec = {c: (row.get(c) or "").strip() for c in TIMELINE_COLUMNS}
        rec["date"] = date
        rec["label"] = rec["label"] or rec["milestone"][:30]
        out.append(rec)
    frame = pd.DataFrame(out, columns=TIMELINE_COLUMNS)
    return frame.sort_values(["date", "actor"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------- foreign actors


def is_russian(label: str) -> bool:
    """True for "Russia" and for actors whose home country in actors.yaml is Russia."""
    from analysis.actors import reference_actors

    return label == RUSSIA or reference_actors().get(label, {}).get("country") == RUSSIA


#: Roles of a foreign label in an event (see the module docstring).
FORCE = "force"
NATIONALS = "nationals"
#: Dictionary kinds whose actors, when named as a foreign label, are foreign forces.
FORCE_KINDS = frozenset({"pmc", "mission", "state_force", "government"})
#: Dictionary kinds that are no armed actor: their home country never makes a label a force.
UNARMED_KINDS = frozenset({"civilians", "protesters", "rioters", "international"})
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def event_actors(row) -> list[str]:
    """The actors of one event row: actor1, actor2 and both associate lists, in that order."""
    out: list[str] = []
    for col in ACTOR_COLUMNS:
        out.extend(tb.split_list(row.get(col, "")))
    return out


def _dictionary_entry(name: str):
    """The actor dictionary's entry for a canonical name or an alias, else None."""
    from analysis.coding import actors as dictionary

    d = dictionary.load_dictionary()
    entry = d.entry(name)
    if entry is None:
        canonical = dictionary.canonical(name)
        entry = d.entry(canonical) if canonical else None
    return entry


def label_role(label: str, actors: list[str]) -> str:
    """:data:`FORCE` or :data:`NATIONALS` for a foreign label of an event with these ``actors``.

    A force when the label names an external armed or state actor (:data:`FORCE_KINDS`), or
    when it is the home country of one of the event's armed actors; nationals otherwise.
    """
    entry = _dictionary_entry(label)
    if entry is not None and entry.kind in FORCE_KINDS:
        return FORCE
    for name in actors:
        e = _dictionary_entry(name)
        if e is not None and e.kind not in UNARMED_KINDS and e.country and e.country == label:
            return FORCE
    return NATIONALS


def classify_foreign(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, foreign label), with its ``role`` (force or nationals): event_id,
    event_date, country, admin1, location, event_type, civilian_targeting, foreign_actor, role,
    fatalities (best), fatalities_low/high."""
    cols = ["event_id", "event_date", "country", "admin1", "location", "event_type", "civilian_targeting"]
    tolls = tb.toll_range(events) if len(events) else pd.DataFrame(columns=["low", "best", "high"])
    rows = []
    for idx, ev in events.iterrows():
        labels = tb.split_list(ev["foreign_actors"])
        if not labels:
            continue
        actors = event_actors(ev)
        for label in labels:
            rows.append({**{c: ev[c] for c in cols}, "foreign_actor": label, "role": label_role(label, actors),
                         "fatalities": int(tolls.loc[idx, "best"]), "fatalities_low": int(tolls.loc[idx, "low"]),
                         "fatalities_high": int(tolls.loc[idx, "high"])})
    out = pd.DataFrame(rows, columns=cols + ["foreign_actor", "role", "fatalities", "fatalities_low", "fatalities_high"])
    return out.sort_values(["event_date", "event_id", "foreign_actor"], kind="stable").reset_index(drop=True)


def foreign_long(events: pd.DataFrame, role: str | None = FORCE) -> pd.DataFrame:
    """One row per (event, foreign force) -- or per (event, label) of ``role``, None for every
    label: the columns of :func:`classify_foreign`."""
    long = classify_foreign(events)
    if role is not None:
        long = long[long["role"] == role].reset_index(drop=True)
    return long


def foreign_summary(events: pd.DataFrame) -> pd.DataFrame:
    """Per foreign force: events, fatalities (best, low, high), first and last event date.

    An event with two foreign forces counts once for each; most events first. Foreign nationals
    affected are not forces: see :func:`foreign_nationals`.
    """
    long = foreign_long(events)
    if long.empty:
        return pd.DataFrame(columns=["events", "fatalities", "fatalities_low", "fatalities_high", "first", "last"])
    g = long.groupby("foreign_actor")
    out = pd.DataFrame({
        "events": g.size(),
        "fatalities": g["fatalities"].sum(),
        "fatalities_low": g["fatalities_low"].sum(),
        "fatalities_high": g["fatalities_high"].sum(),
        "first": g["event_date"].min().dt.date,
        "last": g["event_date"].max().dt.date,
    })
    out.index.name = "foreign force"
    return out.sort_values(["events", "fatalities"], ascending=False, kind="stable")


def share_foreign(events: pd.DataFrame) -> tuple[int, int]:
    """(events with at least one foreign force, all events)."""
    return int(foreign_long(events)["event_id"].nunique()), len(events)


def foreign_nationals(events: pd.DataFrame) -> pd.DataFrame:
    """Events in which foreign nationals (victims, hostages, firms) were affected, oldest first.

    One row per event: event_id, date, place, event type, actors ("actor1 vs actor2"), the
    foreign nationals' labels (``; ``-separated, sorted) and fatalities (conservative count).
    """
    cols = ["event_id", "date", "place", "event type", "actors", "foreign nationals", "fatalities"]
    long = foreign_long(events, NATIONALS)
    if long.empty:
        return pd.DataFrame(columns=cols)
    labels = long.groupby("event_id")["foreign_actor"].agg(lambda s: "; ".join(sorted(s)))
    sel = events[events["event_id"].isin(labels.index)].sort_values(["event_date", "event_id"], kind="stable")
    tolls = tb.toll_range(sel)
    out = pd.DataFrame({
        "event_id": sel["event_id"], "date": sel["event_date"].dt.date, "place": [tb.place(r) for _, r in sel.iterrows()],
        "event type": sel["event_type"],
        "actors": [" vs ".join(a for a in (r["actor1"], r["actor2"]) if a) for _, r in sel.iterrows()],
        "foreign nationals": sel["event_id"].map(labels), "fatalities": tolls["best"].astype(int),
    }, columns=cols)
    return out.reset_index(drop=True)


def nationals_countries(events: pd.DataFrame) -> list[str]:
    """The distinct labels of foreign nationals affected in the selection, sorted."""
    return sorted(set(foreign_long(events, NATIONALS)["foreign_actor"]))


def foreign_by_period(events: pd.DataFrame, freq: str = "Q") -> pd.DataFrame:
    """Periods (quarters by default) x foreign forces: number of events, every period present."""
    long = foreign_long(events)
    if long.empty:
        return pd.DataFrame()
    period = long["event_date"].dt.to_period(freq)
    pivot = long.assign(period=period, n=1).pivot_table(index="period", columns="foreign_actor", values="n", aggfunc="sum", fill_value=0)
    full = pd.period_range(period.min(), period.max(), freq=freq)
    pivot = pivot.reindex(full, fill_value=0)
    pivot.index.name = "period"
    pivot.columns.name = None
    return pivot.astype(int)


# ------------------------------------------------------------------------- windows


def windows(
    events: pd.DataFrame,
    timeline: pd.DataFrame,
    days: int = 180,
    coverage: tuple[str, str] = ("", ""),
) -> pd.DataFrame:
    """Events and fatalities in equal windows before and after each milestone.

    ``before`` is ``[date - days, date)`` and ``after`` is ``[date, date + days)``. ``coverage``
    is the period the selection covers (start, end as ISO dates; "" = the first/last event);
    ``complete`` is False when either window reaches outside it, so the numbers are not
    comparable. Read with :data:`CAVEAT`.
    """
    dates = events["event_date"].dropna()
    start = pd.Timestamp(coverage[0]) if coverage[0] else (dates.min() if len(dates) else None)
    end = pd.Timestamp(coverage[1]) if coverage[1] else (dates.max() if len(dates) else None)
    tolls = tb.toll_range(events) if len(events) else None
    span = pd.Timedelta(days=days)
    rows = []
    for _, m in timeline.iterrows():
        d = m["date"]
        before = (events["event_date"] >= d - span) & (events["event_date"] < d)
        after = (events["event_date"] >= d) & (events["event_date"] < d + span)
        rows.append({
            "date": d.date(), "label": m.get("label") or m["milestone"], "actor": m["actor"],
            "events_before": int(before.sum()), "events_after": int(after.sum()),
            "fatalities_before": int(tolls.loc[before, "best"].sum()) if tolls is not None else 0,
            "fatalities_after": int(tolls.loc[after, "best"].sum()) if tolls is not None else 0,
            "complete": bool(start is not None and end is not None and d - span >= start and d + span - pd.Timedelta(days=1) <= end),
        })
    cols = ["date", "label", "actor", "events_before", "events_after", "fatalities_before", "fatalities_after", "complete"]
    return pd.DataFrame(rows, columns=cols)


# ---------------------------------------------------------------------- AES and Russia


def aes_participation(events: pd.DataFrame, members: tuple[str, ...] = AES_MEMBERS, charter: str = "2023-09-16") -> pd.DataFrame:
    """Events where one AES member's forces act in another member's territory (forces only: a
    member's nationals kidnapped in another member's territory are no participation).

    One row per (event, partner): event_id, event_date, partner (the foreign member), country
    (where), event_type, fatalities, and ``after_charter`` (on or after the Liptako-Gourma
    Charter date).
    """
    long = foreign_long(events)
    long = long[long["foreign_actor"].isin(members) & long["country"].isin(members) & (long["foreign_actor"] != long["country"])]
    out = long.rename(columns={"foreign_actor": "partner"})[["event_id", "event_date", "partner", "country", "admin1", "event_type", "fatalities"]]
    out = out.assign(after_charter=out["event_date"] >= pd.Timestamp(charter))
    return out.reset_index(drop=True)


def russian_events(events: pd.DataFrame) -> pd.DataFrame:
    """Per Russian force (Russia, Wagner Group, Africa Corps...) and year: events and fatalities."""
    long = foreign_long(events)
    long = long[long["foreign_actor"].map(is_russian)]
    if long.empty:
        return pd.DataFrame(columns=["events", "fatalities", "fatalities_high"])
    long = long.assign(year=long["event_date"].dt.year)
    return long.groupby(["foreign_actor", "year"])[["fatalities", "fatalities_high"]].agg("sum").join(
        long.groupby(["foreign_actor", "year"]).size().rename("events")
    )[["events", "fatalities", "fatalities_high"]]


def russian_support(timeline: pd.DataFrame) -> pd.DataFrame:
    """Timeline lines on Russian material, military and diplomatic support (Russian actors)."""
    mask = timeline["actor"].map(is_russian)
    return timeline.loc[mask, ["date", "actor", "category", "milestone", "source"]].reset_index(drop=True)


# ------------------------------------------------------------------------- figures


def plot_timeline(timeline: pd.DataFrame, source: str = "Source: the project's context timeline; each milestone checked against the public source listed in the table below."):
    """The context timeline, one row per milestone (oldest at the top) so no label overlaps:
    the label and actor on the left, a marker on the date coloured by category."""
    if timeline.empty:
        return plots.empty_note("the context timeline")
    tl = timeline.sort_values("date", kind="stable").reset_index(drop=True)
    cat_colours = {"deployment": "#0072B2", "withdrawal": "#D55E00", "alliance": "#009E73", "political": "#CC79A7", "support": "#E69F00"}
    with plots.style():
        fig, ax = plots.new_figure("tall")
        fig.set_size_inches(plots.WIDTH, 1.5 + 0.26 * len(tl))
        y = np.arange(len(tl))[::-1]
        for yi, m in zip(y, tl.itertuples()):
            colour = cat_colours.get(m.category, plots.OTHER_COLOUR)
            ax.hlines(yi, tl["date"].min(), m.date, color="#E4E4E4", lw=0.6, zorder=1)
            ax.scatter([m.date], [yi], s=36, color=colour, zorder=3, marker="o" if m.precision == "day" else "s")
            ax.annotate(f"{m.date:%d %b %Y}" if m.precision == "day" else f"{m.date:%b %Y}", (m.date, yi), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=7, color="#555555")
        ax.set_yticks(y, [m.label if m.label.startswith(m.actor) else f"{m.label} ({m.actor})" for m in tl.itertuples()])
        ax.set_ylim(-0.8, len(tl) - 0.2)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.set_xlim(tl["date"].min() - pd.Timedelta(days=150), tl["date"].max() + pd.Timedelta(days=500))
        plots.date_axis(ax)
        handles = [Line2D([], [], ls="", marker="o", color=c, label=k) for k, c in cat_colours.items() if k in set(tl["category"])]
        if (tl["precision"] != "day").any():
            handles.append(Line2D([], [], ls="", marker="s", color="#777777", label="dated to the month"))
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.06), ncols=min(3, len(handles)), fontsize=7.5)
        plots.finish(fig, ax, "Foreign involvement: the context timeline", source)
        return fig


def plot_foreign_over_time(events: pd.DataFrame, source: str, timeline: pd.DataFrame | None = None, selection: str = ""):
    """One lane per foreign force: each event a dot on its date, sized by fatalities (best),
    coloured by event type; milestones of the timeline as dashed lines."""
    long = foreign_long(events)
    if long.empty:
        return plots.empty_note("events involving foreign forces", selection)
    from analysis.maps import marker_area  # one size scale for fatalities across figures

    summary = foreign_summary(events)
    lanes = list(summary.index)[::-1]
    with plots.style():
        fig, ax = plots.new_figure("wide")
        lo, hi = long["event_date"].min(), long["event_date"].max()
        pad = max(pd.Timedelta(days=30), (hi - lo) * 0.05)
        # About 0.45 in (32 pt) per lane, plus a band above the top lane for the rows of milestone
        # numbers (11 pt each), so that no number sits on an event.
        rows = plots.milestone_rows(timeline, lo - pad, hi + pad)
        head = 0.8 + 0.35 * max(rows - 1, 0)
        fig.set_size_inches(plots.WIDTH, 1.9 + 0.45 * (len(lanes) + head - 0.8))
        y_of = {a: i for i, a in enumerate(lanes)}
        for etype in [t for t in plots.EVENT_TYPES if t in set(long["event_type"])]:
            sub = long[long["event_type"] == etype]
            ax.scatter(sub["event_date"], sub["foreign_actor"].map(y_of), s=marker_area(sub["fatalities"]),
                       color=plots.event_type_colour(etype), alpha=0.75, edgecolor=plots.event_type_colour(etype), linewidth=0.9,
                       label=etype, zorder=3)  # a solid rim keeps events with no deaths (the smallest dots) visible
        ax.set_xlim(lo - pad, hi + pad)
        key = plots.draw_milestones([ax], timeline, lo - pad, hi + pad)
        ax.set_yticks(range(len(lanes)), [f"{a} ({summary.loc[a, 'events']})" for a in lanes])
        ax.set_ylim(-0.6, len(lanes) - 0.4 + head)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        plots.date_axis(ax)
        handles = [Line2D([], [], ls="", marker="o", markersize=7, color=plots.event_type_colour(t), label=t)
                   for t in plots.EVENT_TYPES if t in set(long["event_type"])]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncols=3, fontsize=7.5)
        plots.finish(fig, ax, "Events involving foreign forces", (key + "\n" if key else "") + source, xlabel=None,
                     subtitle="Dot size: fatalities (best estimate); number of events in brackets.")
        return fig


def plot_windows(win: pd.DataFrame, source: str, days: int, selection: str = ""):
    """Paired bars: events in the window before and after each milestone (complete windows only)."""
    data = win[win["complete"]]
    if data.empty:
        return plots.empty_note(f"before/after windows of {days} days (no milestone has both windows inside the period covered)", selection)
    with plots.style():
        fig, ax = plots.new_figure("wide")
        fig.set_size_inches(plots.WIDTH, 1.6 + 0.42 * len(data))
        y = np.arange(len(data))[::-1]
        before = ax.barh(y + 0.18, data["events_before"], height=0.34, color="#999999", label=f"{days} days before")
        after = ax.barh(y - 0.18, data["events_after"], height=0.34, color=plots.EVENTS_COLOUR, label=f"{days} days after")
        # Counts at the bar ends: a window with no event then reads "0" instead of a missing bar.
        for bars in (before, after):
            ax.bar_label(bars, padding=3, fontsize=7.5, color="#333333")
        top = max(int(data["events_before"].max()), int(data["events_after"].max()), 1)
        ax.set_xlim(0, top * 1.12 + 0.3)
        ax.set_yticks(y, [f"{r.label} ({r.date:%d %b %Y})" for r in data.itertuples()])
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        # Above the axes, never on the bars.
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2)
        plots.finish(fig, ax, "Events before and after each milestone", source, xlabel="number of events in the window")
        return fig
