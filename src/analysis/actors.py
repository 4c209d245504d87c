"""Who fights whom: events and fatalities by actor, interactions, the actor network, civilian
targeting, and who claims which tolls.

Domain rules and caveats:

- An actor is *involved* in an event as ``actor1``, ``actor2`` or an associated actor
  (``assoc_actor_1``/``assoc_actor_2``, e.g. Wagner Group beside the Malian army). Fatalities
  of an event are counted for every actor involved: they are the event's toll, not deaths
  caused by or suffered by that actor, so the column does not sum to the total.
- The ACLED interaction puts the two actor categories (``inter`` codes) lowest first; an event
  with a single actor (e.g. a strategic development) pairs its category with "no second actor".
- The network joins actors on opposite sides of an event (actor1 and its associates against
  actor2 and its associates). Edge weights are the number of events and their fatalities.
- Civilian targeting follows the ``civilian_targeting`` flag and is credited to ``actor1``,
  the perpetrator in ACLED's coding of violence against civilians.
- Claims: only death tolls (``killed_or_other = killed``) that were not superseded by a later
  figure of the same claimant are compared; a toll is *disputed* when sources give at least
  two different figures for the same victim group of the same event.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import yaml
from matplotlib.lines import Line2D

from analysis import paths, plots
from analysis import tables as tb

NO_SECOND = "no second actor"
ACTORS = paths.REFERENCE / "actors.yaml"


@lru_cache(maxsize=4)
def reference_actors(path: str = str(ACTORS)) -> dict[str, dict]:
    """The actor dictionary (``data/reference/actors.yaml``): name -> {"inter", "country", "kind"}.

    Empty when the file is missing, so the analysis still runs on tables alone.
    """
    p = Path(path)
    if not p.is_file():
        return {}
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return {
        a["name"]: {"inter": a.get("inter"), "country": a.get("country") or "", "kind": a.get("kind") or ""}
        for a in data.get("actors", []) if isinstance(a, dict) and "name" in a
    }


def categories(events: pd.DataFrame) -> dict[str, int]:
    """Actor -> ACLED inter code: from the events (actor1/actor2), else from the actor dictionary
    (for actors that only appear as associates, e.g. Wagner Group beside the army)."""
    cats = plots.actor_categories(events)
    ref = reference_actors()
    for cell in list(events["assoc_actor_1"]) + list(events["assoc_actor_2"]):
        for name in tb.split_list(cell):
            if name not in cats and isinstance(ref.get(name, {}).get("inter"), int):
                cats[name] = ref[name]["inter"]
    return cats


# ------------------------------------------------------------------------------ tables


def involvement(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, actor, role) with role ``actor1``, ``actor2`` or ``associate``."""
    tolls = tb.toll_range(events) if len(events) else pd.DataFrame(columns=["low", "best", "high"])
    rows = []
    for idx, ev in events.iterrows():
        sides = [("actor1", [ev["actor1"]]), ("actor2", [ev["actor2"]]),
                 ("associate", tb.split_list(ev["assoc_actor_1"]) + tb.split_list(ev["assoc_actor_2"]))]
        seen = set()
        for role, names in sides:
            for name in names:
                if name and name not in seen:
                    seen.add(name)
                    rows.append({"event_id": ev["event_id"], "actor": name, "role": role,
                                 "fatalities": int(tolls.loc[idx, "best"]), "fatalities_low": int(tolls.loc[idx, "low"]),
                                 "fatalities_high": int(tolls.loc[idx, "high"]),
                                 "civilian_targeting": bool(ev["civilian_targeting"]) and role == "actor1"})
    return pd.DataFrame(rows, columns=["event_id", "actor", "role", "fatalities", "fatalities_low", "fatalities_high", "civilian_targeting"])


def actor_table(events: pd.DataFrame) -> pd.DataFrame:
    """Per actor: category, events involved in (as actor1 / actor2 / associate), fatalities of
    those events (best, low, high) and events targeting civilians (as actor1); most events first."""
    inv = involvement(events)
    cols = ["category", "events", "as_actor1", "as_actor2", "as_associate", "fatalities", "fatalities_low", "fatalities_high", "civilian_targeting"]
    if inv.empty:
        return pd.DataFrame(columns=cols)
    cats = categories(events)
    g = inv.groupby("actor")
    out = pd.DataFrame({
        "events": g.size(),
        "as_actor1": g["role"].apply(lambda r: int((r == "actor1").sum())),
        "as_actor2": g["role"].apply(lambda r: int((r == "actor2").sum())),
        "as_associate": g["role"].apply(lambda r: int((r == "associate").sum())),
        "fatalities": g["fatalities"].sum(),
        "fatalities_low": g["fatalities_low"].sum(),
        "fatalities_high": g["fatalities_high"].sum(),
        "civilian_targeting": g["civilian_targeting"].sum().astype(int),
    })
    out.insert(0, "category", [plots.INTER_LABELS.get(cats.get(a, -1), "unknown") for a in out.index])
    out.index.name = "actor"
    return out.sort_values(["events", "fatalities"], ascending=False, kind="stable")[cols]


#: Reader-facing headers of :func:`actor_table` (two levels, so the page table stays narrow).
TABLE_HEADERS: dict[str, tuple[str, str]] = {
    "category": ("", "ACLED category"),
    "events": ("events", "all"),
    "as_actor1": ("events", "as actor 1"),
    "as_actor2": ("events", "as actor 2"),
    "as_associate": ("events", "alongside"),
    "fatalities": ("fatalities of those events", "best"),
    "fatalities_low": ("fatalities of those events", "low"),
    "fatalities_high": ("fatalities of those events", "high"),
    "civilian_targeting": ("", "targeting civilians"),
}


def actor_table_view(events: pd.DataFrame) -> pd.DataFrame:
    """:func:`actor_table` for readers: the same numbers under grouped, plain-language headers."""
    table = actor_table(events)
    view = table.copy()
    view.columns = pd.MultiIndex.from_tuples([TABLE_HEADERS[c] for c in table.columns])
    view.index.name = "actor"
    return view


def interaction_matrix(events: pd.DataFrame, value: str = "events") -> pd.DataFrame:
    """ACLED interaction as a matrix: rows the lower actor category, columns the higher one (or
    :data:`NO_SECOND`); cells count events (``value="events"``) or sum best fatalities.

    Only categories that occur are kept; cells below the diagonal stay empty (NaN).
    """
    if events.empty:
        return pd.DataFrame()
    a = events[["inter1", "inter2"]].astype(int)
    low = np.where((a.inter1 == 0) | (a.inter2 == 0), a.max(axis=1), a.min(axis=1))
    high = np.where((a.inter1 == 0) | (a.inter2 == 0), 0, a.max(axis=1))
    weights = np.ones(len(events), dtype=int) if value == "events" else events["fatalities"].to_numpy()
    frame = pd.DataFrame({"low": low, "high": high, "w": weights})
    present = sorted(set(frame["low"]) | set(frame["high"]) - {0})
    cols = present + ([0] if (frame["high"] == 0).any() else [])
    mat = pd.DataFrame(np.nan, index=present, columns=cols)
    for r in present:
        for c in cols:
            if c == 0 or c >= r:
                mat.loc[r, c] = frame.loc[(frame["low"] == r) & (frame["high"] == c), "w"].sum()
    mat.index = [plots.INTER_LABELS[i] for i in mat.index]
    mat.columns = [NO_SECOND if c == 0 else plots.INTER_LABELS[c] for c in mat.columns]
    return mat


def network(events: pd.DataFrame) -> nx.Graph:
    """Actors as nodes, events between opposite sides as edges.

    Node attributes: ``events`` (events involved in), ``inter`` (ACLED category).
    Edge attributes: ``events`` and ``fatalities`` (best) between the two actors.
    """
    g = nx.Graph()
    cats = categories(events)
    for _, ev in events.iterrows():
        side1 = [ev["actor1"], *tb.split_list(ev["assoc_actor_1"])]
        side2 = [ev["actor2"], *tb.split_list(ev["assoc_actor_2"])] if ev["actor2"] else []
        for name in dict.fromkeys(n for n in side1 + side2 if n):
            if name not in g:
                g.add_node(name, events=0, inter=cats.get(name, -1))
            g.nodes[name]["events"] += 1
        for x in side1:
            for y in side2:
                if not x or not y or x == y:
                    continue
                if not g.has_edge(x, y):
                    g.add_edge(x, y, events=0, fatalities=0)
                g.edges[x, y]["events"] += 1
                g.edges[x, y]["fatalities"] += int(ev["fatalities"])
    return g


def civilian_targeting(events: pd.DataFrame) -> pd.DataFrame:
    """Per perpetrator (actor1) of civilian-targeting events: events, fatalities (best, low,
    high) and the share of that actor's actor1 events that targeted civilians (percent)."""
    civ = events[events["civilian_targeting"]]
    cols = ["events", "fatalities", "fatalities_low", "fatalities_high", "share_of_actor_events"]
    if civ.empty:
        return pd.DataFrame(columns=cols)
    tolls = tb.toll_range(civ)
    frame = civ[["actor1"]].assign(events=1, fatalities=tolls["best"], fatalities_low=tolls["low"], fatalities_high=tolls["high"])
    out = frame.groupby("actor1")[cols[:-1]].sum()
    totals = events.groupby("actor1").size()
    out["share_of_actor_events"] = (100 * out["events"] / totals.reindex(out.index)).round(0).astype(int)
    out.index.name = "perpetrator (actor1)"
    return out.sort_values(["events", "fatalities"], ascending=False, kind="stable")


# ------------------------------------------------------------------------------ claims


def death_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims of deaths that were not superseded (the figures compared across sources)."""
    keep = claims["killed_or_other"] == "killed"
    if "superseded" in claims.columns:
        keep &= ~claims["superseded"].astype(bool)
    return claims[keep]


def claims_by_claimant(claims: pd.DataFrame) -> pd.DataFrame:
    """Per claimant and victim group: claims made, events concerned, kinds of claim, and the
    smallest and largest figure given (death tolls only)."""
    cl = death_claims(claims)
    cols = ["claims", "events", "kinds", "smallest", "largest"]
    if cl.empty:
        return pd.DataFrame(columns=cols)
    g = cl.groupby(["claimant", "victim_group"])
    out = pd.DataFrame({
        "claims": g.size(),
        "events": g["event_id"].nunique(),
        "kinds": g["claim_kind"].agg(lambda k: ", ".join(sorted(set(k)))),
        "smallest": g["count"].min(),
        "largest": g["count"].max(),
    })
    return out.sort_values(["claims", "largest"], ascending=False, kind="stable")


def _claim_text(row) -> str:
    q = "" if row["qualifier"] == "exact" else f"{row['qualifier']} "
    return f"{row['claimant']}: {q}{row['count']} {row['victim_group']} ({row['claim_kind']})"


def disputed_tolls(claims: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Death tolls that sources give differently, claims side by side.

    A toll is disputed when *different sources* give different figures for the *same victim
    group* of an event ("47 soldiers and 84 Wagner fighters" is two tolls, not a dispute). A
    source that gives several figures for one group is represented by its largest, as in
    :func:`analysis.coding.claims.fatality_range` (a vague "many people" told beside "at least
    20 people" by the same residents is no dispute). One row per event and
    victim group: date, location, event type, victim group, the lowest figure and who gave it,
    the highest and who gave it, and every claim ("who said what"). Widest gap first.
    """
    cl = death_claims(claims)
    cols = ["event_id", "date", "location", "event_type", "victims", "lowest", "lowest_by", "highest", "highest_by", "who said what"]
    if cl.empty:
        return pd.DataFrame(columns=cols)
    ev = events.set_index("event_id")
    rows = []
    for (event_id, victims), group in cl.groupby(["event_id", "victim_group"], sort=True):
        own = group.sort_values(["count", "claim_id"], kind="stable").groupby("claimant", sort=False).tail(1)
        if own["count"].nunique() < 2 or event_id not in ev.index:
            continue
        g = own.sort_values(["count", "claim_id"], kind="stable")
        lo, hi = g.iloc[0], g.iloc[-1]
        e = ev.loc[event_id]
        rows.append({
            "event_id": event_id, "date": e["event_date"].date() if pd.notna(e["event_date"]) else None,
            "location": tb.place(e), "event_type": e["event_type"], "victims": victims,
            "lowest": int(lo["count"]), "lowest_by": lo["claimant"], "highest": int(hi["count"]), "highest_by": hi["claimant"],
            "who said what": "; ".join(_claim_text(r) for _, r in g.iterrows()),
        })
    out = pd.DataFrame(rows, columns=cols)
    gap = out["highest"] - out["lowest"]
    return out.assign(_gap=gap).sort_values(["_gap", "event_id", "victims"], ascending=[False, True, True], kind="stable").drop(columns="_gap").reset_index(drop=True)


# ----------------------------------------------------------------------------- figures


def plot_actors(events: pd.DataFrame, source: str, selection: str = "", top: int = 12):
    """Horizontal bars: events per actor (top ``top``), coloured by ACLED category, with the
    fatalities of those events written beside each bar."""
    table = actor_table(events).head(top)
    if table.empty:
        return plots.empty_note("events by actor", selection)
    cats = categories(events)
    with plots.style():
        fig, ax = plots.new_figure("wide")
        fig.set_size_inches(plots.WIDTH, 1.3 + 0.3 * len(table))
        y = np.arange(len(table))[::-1]
        colours = [plots.actor_colour(a, cats) for a in table.index]
        ax.barh(y, table["events"], color=colours, height=0.7)
        span = max(1, table["events"].max())
        for yi, (name, row) in zip(y, table.iterrows()):
            toll = f"{row['fatalities']} killed" + (f" ({row['fatalities_low']}-{row['fatalities_high']})" if row["fatalities_low"] != row["fatalities_high"] else "")
            ax.text(row["events"] + 0.02 * span, yi, toll, va="center", fontsize=7.5, color="#333333")
        ax.set_yticks(y, table.index)
        ax.set_xlim(0, span * 1.4 + 0.3)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        used = sorted({cats.get(a, -1) for a in table.index})
        handles = [Line2D([], [], ls="", marker="s", markersize=8, color=plots.inter_colour(c), label=plots.INTER_LABELS.get(c, "unknown")) for c in used]
        ax.legend(handles=handles, loc="lower right", title="ACLED actor category", title_fontsize=8)
        plots.finish(fig, ax, "Events by actor", source, xlabel="number of events involving the actor",
                     subtitle="Fatalities are those of the events the actor took part in, on any side.")
        return fig


def plot_interactions(events: pd.DataFrame, source: str, selection: str = ""):
    """Heatmap of the ACLED interaction matrix (events), cells annotated with the number of
    events and, below, their best fatalities."""
    mat = interaction_matrix(events)
    if mat.empty:
        return plots.empty_note("the interaction matrix", selection)
    fat = interaction_matrix(events, "fatalities")
    with plots.style():
        fig, ax = plots.new_figure("square")
        fig.set_size_inches(plots.WIDTH, 1.8 + 0.55 * len(mat))
        data = mat.to_numpy(dtype=float)
        masked = np.ma.masked_invalid(data)
        cmap = plots.sequential_cmap()
        im = ax.imshow(masked, cmap=cmap, vmin=0, vmax=max(1, np.nanmax(data)), aspect="auto")
        for i in range(data.shape[0]):
            for j in range(data.shape[1]):
                if not math.isnan(data[i, j]):
                    dark = data[i, j] > 0.6 * np.nanmax(data)
                    ax.text(j, i, f"{int(data[i, j])}\n{int(fat.iat[i, j])} killed" if data[i, j] else "0",
                            ha="center", va="center", fontsize=7.5, color="white" if dark else "#222222")
        ax.set_xticks(range(len(mat.columns)), mat.columns, rotation=30, ha="right")
        ax.set_yticks(range(len(mat.index)), mat.index)
        ax.grid(False)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fig.colorbar(im, ax=ax, label="events", shrink=0.8)
        plots.finish(fig, ax, "Who fights whom: ACLED interactions", source, xlabel="the other actor's category",
                     ylabel="actor category (lower ACLED code)", subtitle="Number of events and their fatalities (best) per pair of actor categories.")
        return fig


def plot_network(events: pd.DataFrame, source: str, selection: str = "", max_nodes: int = 25):
    """The actor network: node size by events, colour by ACLED category, edge width by events
    between the two actors; deterministic layout (fixed seed)."""
    g = network(events)
    if g.number_of_edges() == 0:
        return plots.empty_note("the actor network", selection if events.empty else "no event with two opposing actors")
    # Actors without an opponent (e.g. a government announcing a decision) have no edge: leave
    # them out rather than let them push the connected actors into a corner.
    isolated = [n for n in g.nodes if g.degree(n) == 0]
    g.remove_nodes_from(isolated)
    if g.number_of_nodes() > max_nodes:
        keep = sorted(g.nodes, key=lambda n: (-g.nodes[n]["events"], n))[:max_nodes]
        g = g.subgraph(keep).copy()
    pos = nx.spring_layout(g, seed=7, k=2.2 / math.sqrt(max(1, g.number_of_nodes())), iterations=300)
    with plots.style():
        fig, ax = plots.new_figure("square")
        max_ev = max(d["events"] for _, _, d in g.edges(data=True))
        for u, v, d in g.edges(data=True):
            (x1, y1), (x2, y2) = pos[u], pos[v]
            ax.plot([x1, x2], [y1, y2], color="#9A9A9A", lw=0.8 + 5 * d["events"] / max_ev, alpha=0.7, zorder=1, solid_capstyle="round")
            label = f"{d['events']}" + (f" / {d['fatalities']}" if d["fatalities"] else "")
            ax.annotate(label, ((x1 + x2) / 2, (y1 + y2) / 2), ha="center", va="center", fontsize=6.5, color="#555555",
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}, zorder=2)
        for n, d in g.nodes(data=True):
            x, y = pos[n]
            ax.scatter([x], [y], s=120 + 90 * math.sqrt(d["events"]), color=plots.inter_colour(d["inter"]), edgecolor="white", linewidth=1.0, zorder=3)
            ax.annotate(n, (x, y), xytext=(0, -11 - 2 * math.sqrt(d["events"])), textcoords="offset points", ha="center", va="top", fontsize=8, zorder=4)
        xs, ys = zip(*pos.values())
        padx, pady = 0.18 * (max(xs) - min(xs) or 1), 0.15 * (max(ys) - min(ys) or 1)
        ax.set_xlim(min(xs) - padx, max(xs) + padx)
        ax.set_ylim(min(ys) - pady, max(ys) + pady)
        ax.set_axis_off()
        used = sorted({d["inter"] for _, d in g.nodes(data=True)})
        handles = [Line2D([], [], ls="", marker="o", markersize=8, color=plots.inter_colour(c), label=plots.INTER_LABELS.get(c, "unknown")) for c in used]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncols=min(4, len(handles)), title="ACLED actor category", title_fontsize=8)
        subtitle = "Lines join opposing sides of events; width: events; label: events / fatalities (best)."
        if isolated:
            subtitle += f"\n{len(isolated)} actor(s) without an opponent not shown."
        plots.finish(fig, ax, "The actor network", source, subtitle=subtitle)
        return fig


def plot_civilian_targeting(events: pd.DataFrame, source: str, selection: str = ""):
    """Bars per perpetrator: events targeting civilians, with their fatalities."""
    table = civilian_targeting(events)
    if table.empty:
        return plots.empty_note("civilian targeting", selection if events.empty else "no event targeting civilians")
    cats = plots.actor_categories(events)
    with plots.style():
        fig, ax = plots.new_figure("wide")
        fig.set_size_inches(plots.WIDTH, 1.4 + 0.32 * len(table))
        y = np.arange(len(table))[::-1]
        ax.barh(y, table["events"], color=[plots.actor_colour(a, cats) for a in table.index], height=0.65)
        span = max(1, table["events"].max())
        for yi, (name, row) in zip(y, table.iterrows()):
            toll = f"{row['fatalities']} civilians killed" + (f" ({row['fatalities_low']}-{row['fatalities_high']})" if row["fatalities_low"] != row["fatalities_high"] else "")
            ax.text(row["events"] + 0.02 * span, yi, toll, va="center", fontsize=7.5, color="#333333")
        ax.set_yticks(y, table.index)
        ax.set_xlim(0, span * 1.6 + 0.3)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        plots.finish(fig, ax, "Civilian targeting by perpetrator", source, xlabel="events targeting civilians")
        return fig
