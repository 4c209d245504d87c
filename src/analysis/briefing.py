"""The briefing: key judgments computed from the tables, the methods box and the event annex.

Every key judgment is data: a sentence template plus the values filled into it, each value
computed here from the event and claims tables (nothing typed by hand), so a test can recompute
every number independently. A judgment that does not apply to a selection (no civilian
targeting, no foreign actor, no disputed toll) is left out rather than stated with zeros.

Judgments, in order (each computed on the selected events):

1. ``scale``: events, period, conservative deaths and the range of reported figures.
2. ``deadliest_region``: the first-level region with the most deaths (best count).
3. ``event_types``: the most frequent event type, and the deadliest one.
4. ``civilians``: events targeting civilians, their deaths, the perpetrator most often coded.
5. ``foreign``: events in which a foreign force took part, the foreign force most often
   involved and, when there are any, the events whose victims included foreign nationals (the
   rule that tells forces from nationals is in :mod:`analysis.foreign`). With nationals but no
   force, ``foreign_nationals`` states the nationals alone.
6. ``disputed``: events with conflicting death tolls (same victim group, different figures) and
   the widest gap, with who said what.

Percentages are rounded to whole numbers (half away from zero), so a reader can redo them.
"""

from __future__ import annotations

import html
import string
from dataclasses import dataclass, field

import pandas as pd

from analysis import actors, foreign, plots, trends
from analysis import tables as tb


def percent(part: int, whole: int) -> int:
    """``part`` as a whole-number percentage of ``whole`` (half rounds up; 0 when whole is 0)."""
    return int((200 * part + whole) // (2 * whole)) if whole else 0


class _Formatter(string.Formatter):
    """``{n:event}`` writes "1 event" or "3 events": a word as format spec pluralises the count."""

    def format_field(self, value, format_spec):
        if format_spec.isalpha():
            return f"{value} {format_spec}" + ("" if value == 1 else "s")
        return super().format_field(value, format_spec)


_FORMAT = _Formatter()


@dataclass
class Judgment:
    """A key judgment: ``template`` filled with ``values`` (every value computed from the tables)."""

    key: str
    template: str
    values: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return _FORMAT.format(self.template, **self.values)


def _leaders(counts: pd.Series) -> tuple[str, int, str]:
    """The names sharing the top count (joined with "and"), the count, and " each" for a tie."""
    top = int(counts.max())
    names = sorted(str(n) for n in counts[counts == top].index)
    return _joined(names), top, " each" if len(names) > 1 else ""


class Judgments(list):
    """A list of :class:`Judgment` that a notebook shows as a numbered list (escaped HTML)."""

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(j.text)}</li>" for j in self)
        return f'<ol class="key-judgments">{items}</ol>'

    def __str__(self) -> str:
        return "\n".join(f"{i}. {j.text}" for i, j in enumerate(self, 1))


def _joined(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _day(ts) -> str:
    return f"{ts.day} {ts:%B %Y}"


def key_judgments(events: pd.DataFrame, claims: pd.DataFrame, start_date: str = "", end_date: str = "") -> Judgments:
    """The 4-6 key judgments that apply to the selected events (see the module docstring)."""
    out = Judgments()
    if events.empty:
        out.append(Judgment("empty", "No events match the selection ({period}); there is nothing to judge.",
                            {"period": tb.period_label(events, start_date, end_date)}))
        return out
    tolls = tb.toll_range(events)
    n = len(events)
    total = int(tolls["best"].sum())
    out.append(Judgment(
        "scale",
        "The corpus records {events:event} from {start} to {end}, in which {fatalities} people were killed by the "
        "conservative count; the figures sources gave add up to between {low} and {high}.",
        {"events": n, "start": _day(events["event_date"].min()), "end": _day(events["event_date"].max()),
         "fatalities": total, "low": int(tolls["low"].sum()), "high": int(tolls["high"].sum())},
    ))

    regions = trends.by_admin1(events).sort_values(["fatalities", "events"], ascending=False, kind="stable")
    regions = regions[[a != trends.UNKNOWN_REGION for _, a in regions.index]]
    if total > 0 and len(regions) and regions.iloc[0]["fatalities"] > 0:
        (country, region), row = regions.index[0], regions.iloc[0]
        out.append(Judgment(
            "deadliest_region",
            "{region} ({country}) is the deadliest region: {region_fatalities} of the {fatalities} deaths "
            "({share}%) in {region_events} of the {events:event}.",
            {"region": region, "country": country, "region_fatalities": int(row["fatalities"]), "fatalities": total,
             "share": percent(int(row["fatalities"]), total), "region_events": int(row["events"]), "events": n},
        ))

    types = trends.by_type(events)
    name, count, each = _leaders(types["events"])
    values = {"type": name, "type_events": count, "each": each, "share": percent(count, n)}
    template = "The most frequent event type: {type} ({type_events:event}{each}, {share}% of all)"
    deadly = types[types["fatalities"] == types["fatalities"].max()]
    if total > 0 and name not in deadly.index:
        dname, dcount, deach = _leaders(types["fatalities"])
        values.update({"deadly_type": dname, "deadly_fatalities": dcount, "deadly_each": deach})
        template += "; the deadliest: {deadly_type} ({deadly_fatalities:death}{deadly_each})."
    else:
        template += "."
    out.append(Judgment("event_types", template, values))

    civ = actors.civilian_targeting(events)
    if len(civ):
        civ_events = int(civ["events"].sum())
        name, count, each = _leaders(civ["events"])
        out.append(Judgment(
            "civilians",
            "Civilians were the target in {civ_events:event} ({share}% of all), in which {civ_fatalities} people were "
            "killed by the conservative count; perpetrator coded most often: {perpetrator} ({perpetrator_events:event}{each}).",
            {"civ_events": civ_events, "share": percent(civ_events, n), "civ_fatalities": int(civ["fatalities"].sum()),
             "perpetrator": name, "perpetrator_events": count, "each": each},
        ))

    n_foreign, _ = foreign.share_foreign(events)
    nationals = foreign.foreign_nationals(events)
    nat_values = {"nationals_events": len(nationals), "nationals": _joined(foreign.nationals_countries(events)) if len(nationals) else ""}
    if n_foreign:
        fs = foreign.foreign_summary(events)
        name, count, each = _leaders(fs["events"])
        template = ("Foreign forces took part in {foreign_events} of the {events:event} ({share}%); the foreign force "
                    "involved most often: {actor} ({actor_events:event}{each})")
        values = {"foreign_events": n_foreign, "events": n, "share": percent(n_foreign, n), "actor": name,
                  "actor_events": count, "each": each}
        if len(nationals):
            template += "; foreign nationals (from {nationals}) were among the victims of {nationals_events:event}"
            values.update(nat_values)
        out.append(Judgment("foreign", template + ".", values))
    elif len(nationals):
        out.append(Judgment(
            "foreign_nationals",
            "No foreign force took part in the selected events; foreign nationals (from {nationals}) were among the "
            "victims of {nationals_events} of the {events:event} ({share}%).",
            {**nat_values, "events": n, "share": percent(len(nationals), n)},
        ))

    disputed = actors.disputed_tolls(claims, events)
    if len(disputed):
        dc = actors.death_claims(claims)
        with_claims = int(dc.loc[dc["event_id"].isin(events["event_id"]), "event_id"].nunique())
        top = disputed.iloc[0]
        out.append(Judgment(
            "disputed",
            "Sources disagree on the death toll of {disputed} of the {with_claims:event} with reported figures; "
            "the widest gap is at {place} on {date}: {lowest} {victims} killed according to {lowest_by}, {highest} "
            "according to {highest_by}.",
            {"disputed": int(disputed["event_id"].nunique()), "with_claims": with_claims, "place": top["location"],
             "date": _day(pd.Timestamp(top["date"])), "victims": top["victims"],
             "lowest": int(top["lowest"]), "lowest_by": top["lowest_by"], "highest": int(top["highest"]), "highest_by": top["highest_by"]},
        ))
    return out


# ------------------------------------------------------------------------------- annex


def _date_cell(row) -> str:
    d = row["event_date"]
    if pd.isna(d):
        return ""
    return {"day": f"{d:%Y-%m-%d}", "week": f"week of {d:%Y-%m-%d}", "month": f"{d:%b %Y}", "year": f"{d:%Y}"}.get(row["date_precision"], f"{d:%Y-%m-%d}")


def _actors_cell(row) -> str:
    side1 = row["actor1"] + (f" (with {row['assoc_actor_1']})" if row["assoc_actor_1"] else "")
    if not row["actor2"]:
        return side1
    side2 = row["actor2"] + (f" (with {row['assoc_actor_2']})" if row["assoc_actor_2"] else "")
    return f"{side1} vs {side2}"


def _toll_cell(best: int, low: int, high: int) -> str:
    return str(best) if low == high == best else f"{best} ({low}-{high})"


def _unnamed_sources(n_articles: int) -> str:
    """The Sources cell of an event whose articles name no outlet."""
    return "an article whose outlet is not recorded" if n_articles == 1 else f"{n_articles} articles whose outlet is not recorded"


def annex(events: pd.DataFrame) -> pd.DataFrame:
    """Every selected event, oldest first: date (as precise as known), place, type, actors,
    fatalities (conservative, with the range when sources disagree) and sources."""
    cols = ["Date", "Place", "Type", "Actors", "Fatalities", "Sources"]
    if events.empty:
        return pd.DataFrame(columns=cols, index=pd.RangeIndex(1, 1, name="#"))
    tolls = tb.toll_range(events)
    rows = []
    for idx, row in events.sort_values(["event_date", "event_id"], kind="stable").iterrows():
        rows.append({
            "Date": _date_cell(row),
            "Place": tb.place(row) + (" (area)" if row["geo_precision"] >= 3 else ""),
            "Type": f"{row['event_type']}: {row['sub_event_type']}" if row["sub_event_type"] else row["event_type"],
            "Actors": _actors_cell(row),
            "Fatalities": _toll_cell(int(tolls.loc[idx, "best"]), int(tolls.loc[idx, "low"]), int(tolls.loc[idx, "high"])),
            "Sources": "; ".join(tb.split_list(row["sources"])) or _unnamed_sources(len(tb.split_list(row["article_ids"]))),
        })
    return pd.DataFrame(rows, columns=cols, index=pd.RangeIndex(1, len(rows) + 1, name="#"))


# ------------------------------------------------------------------------------ methods


class HTMLBlock(str):
    """Trusted HTML built here from escaped parts; shown as HTML in a notebook."""

    def _repr_html_(self) -> str:
        return str(self)


def methods_box(events: pd.DataFrame) -> HTMLBlock:
    """The methods-and-caveats box (a blockquote, styled as a box by the print stylesheet),
    with the figures about the selection computed from it."""
    n = len(events)
    day = int((events["date_precision"] == "day").sum()) if n else 0
    coords = int(events["latitude"].notna().sum()) if n else 0
    reviewed = int((events["review_status"] == "reviewed").sum()) if n else 0
    n_art, n_out = len(tb.articles(events)), len(tb.outlets(events))
    items = [
        "<b>How events are coded.</b> Each article is read by a rule-based coder: sentences are searched for event "
        "words, dates, places, actors and casualty figures, using word lists and a gazetteer kept with the project, and "
        "one row is written per event following ACLED's rule (one place, one day, one set of actors). Reports of "
        "the same event in several articles are merged. Each row keeps the sentence it was coded from.",
        f"<b>This selection.</b> {n} events from {n_art} articles by {n_out} outlets; {day} dated to the day, "
        f"{coords} placed on the map, {reviewed} checked by a human reviewer.",
        "<b>Disputed tolls.</b> The fatality figure is ACLED's conservative one (an official or independent figure "
        "if any, else the lowest credible claim); the range beside it runs from the lowest to the highest figure any "
        "source gave, and the claims table records who said what.",
        "<b>What the corpus cannot tell.</b> A news corpus is not a census: it holds what the collected articles "
        "reported. Remote areas, quiet periods and events a government or armed group keeps quiet are "
        "under-counted; counts over time follow press attention as much as violence. Involvement that articles "
        "only allege is counted as reported.",
    ]
    body = "".join(f"<p>{i}</p>" for i in items)
    return HTMLBlock(f'<blockquote class="methods"><h3>Methods and caveats</h3>{body}</blockquote>')


def cover_line(events: pd.DataFrame, start_date: str = "", end_date: str = "", admin1: str = "all") -> plots.Note:
    """The period and corpus covered, as one sentence for the top of the briefing."""
    text = tb.describe_selection(events, start_date, end_date, admin1)
    return plots.Note(text if events.empty else "This briefing covers " + text)
