"""Coding one article, shown step by step (notebook 01): the article's sentences with what the
coder found highlighted, its events and claims, the rows most in need of review, and what the
review file changed.

Rules kept here:

- Highlights come from ``mentions.csv``: character offsets into the *cleaned* article text
  (``Article.text`` from :mod:`analysis.corpus`), one span per role (trigger, date, place,
  actor, casualties). Sentences are cut with the coder's own splitter
  (:func:`analysis.coding.text.split_sentences`), so ``sentence_index`` matches.
- Article text is never trusted as HTML: every piece is passed through :func:`html.escape`
  before it is wrapped in a ``<mark>``; an article containing ``<script>`` shows the tag as text.
- Overlapping mentions (a casualty clause containing an actor) are cut into segments; each
  segment carries the most specific role (trigger, then date, place, actor, casualties) and a
  tooltip listing every role it belongs to.
- A row needs review when its confidence is low, its date or place is coarse, or sources
  disagree on its toll; rows with more reasons come first.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from analysis import actors, paths
from analysis import tables as tb

#: Display order and colours (light Okabe-Ito tints, dark text stays readable).
ROLE_COLOURS = {
    "trigger": "#F5C9A8",  # vermillion tint
    "date": "#B9DDF1",  # sky-blue tint
    "place": "#B3E0D2",  # bluish-green tint
    "actor": "#E9C9DF",  # reddish-purple tint
    "casualties": "#F6E3A1",  # yellow tint
}
ROLE_PRIORITY = list(ROLE_COLOURS)
LOW_CONFIDENCE = 0.5


class HTMLBlock(str):
    """HTML assembled here from escaped pieces; displayed as HTML in a notebook."""

    def _repr_html_(self) -> str:
        return str(self)


# ------------------------------------------------------------------------------ article


def load_article(corpus_dir: str | Path, article_id: str):
    """The cleaned :class:`~analysis.records.Article` ``article_id`` of the corpus (None if absent)."""
    from analysis.corpus import iter_articles

    for article in iter_articles(corpus_dir, on_warning=lambda *_: None):
        if article.id == article_id:
            return article
    return None


def pick_article(events: pd.DataFrame, mentions: pd.DataFrame, article_id: str = "") -> str:
    """``article_id`` if given, else the article of the selection with the most mentions
    (ties: the smallest id), or "" when there is none."""
    if article_id:
        return article_id
    ids = set(tb.articles(events))
    counts = mentions[mentions["article_id"].isin(ids)].groupby("article_id").size()
    if counts.empty:
        return min(ids) if ids else ""
    top = counts.max()
    return sorted(counts[counts == top].index)[0]


def highlight(text: str, mentions: pd.DataFrame, only_mentioned: bool = True) -> HTMLBlock:
    """The article's sentences as HTML paragraphs with each mention wrapped in a coloured
    ``<mark>`` (title: its roles). Offsets outside the text are ignored."""
    from analysis.coding.text import split_sentences

    spans = []
    for m in mentions.itertuples():
        start, end = max(0, int(m.start_char)), min(len(text), int(m.end_char))
        if start < end and m.role in ROLE_COLOURS:
            spans.append((start, end, m.role))
    parts = []
    for sent in split_sentences(text):
        inside = [s for s in spans if s[0] < sent.end and s[1] > sent.start]
        if only_mentioned and not inside:
            continue
        cuts = sorted({sent.start, sent.end, *(max(s[0], sent.start) for s in inside), *(min(s[1], sent.end) for s in inside)})
        html_parts = []
        for a, b in zip(cuts, cuts[1:]):
            roles = sorted({r for s0, s1, r in inside if s0 <= a and s1 >= b}, key=ROLE_PRIORITY.index)
            piece = html.escape(text[a:b])
            if roles:
                html_parts.append(f'<mark class="role-{roles[0]}" title="{", ".join(roles)}" '
                                  f'style="background:{ROLE_COLOURS[roles[0]]};padding:0 1px">{piece}</mark>')
            else:
                html_parts.append(piece)
        parts.append(f'<p><small style="color:#777">[{sent.index}]</small> {"".join(html_parts)}</p>')
    legend = " ".join(f'<mark style="background:{c};padding:0 3px">{r}</mark>' for r, c in ROLE_COLOURS.items())
    body = "".join(parts) or "<p><em>No sentence of this article refers to a coded event.</em></p>"
    return HTMLBlock(f'<div class="walkthrough"><p><small>Highlighted: {legend}</small></p>{body}</div>')


def article_events(events: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The events coded from ``article_id``: the columns a reader checks against the text."""
    mask = events["article_ids"].map(lambda cell: article_id in tb.split_list(cell))
    cols = ["event_id", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2",
            "location", "admin1", "fatalities", "fatalities_low", "fatalities_high", "foreign_actors", "is_main", "confidence", "notes"]
    out = events.loc[mask, cols].copy()
    out["event_date"] = out["event_date"].dt.date
    return out.reset_index(drop=True)


def article_claims(claims: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """Every casualty figure stated in ``article_id``: who said what, for which event."""
    cols = ["event_id", "claimant", "claim_kind", "victim_group", "count", "qualifier", "killed_or_other", "quote"]
    return claims.loc[claims["article_id"] == article_id, cols].reset_index(drop=True)


# ------------------------------------------------------------------------------- review


def review_queue(events: pd.DataFrame, claims: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` rows most in need of review, with the reasons: low confidence (below
    :data:`LOW_CONFIDENCE`), a date coarser than a day, a place known only to a region (geo
    precision 3) or no coordinates, and a disputed toll. More reasons first, then lower confidence."""
    cols = ["event_id", "date", "place", "event_type", "confidence", "reasons"]
    if events.empty:
        return pd.DataFrame(columns=cols)
    disputed = set(actors.disputed_tolls(claims, events)["event_id"])
    rows = []
    for _, e in events.iterrows():
        reasons = []
        if e["confidence"] < LOW_CONFIDENCE:
            reasons.append(f"low confidence ({e['confidence']:.2f})")
        if e["date_precision"] != "day":
            reasons.append(f"dated to the {e['date_precision']}")
        if pd.isna(e["latitude"]):
            reasons.append("no coordinates")
        elif e["geo_precision"] >= 3:
            reasons.append("placed only to a region")
        if e["event_id"] in disputed:
            reasons.append("disputed toll")
        if reasons and e["review_status"] != "reviewed":
            rows.append({"event_id": e["event_id"], "date": e["event_date"].date() if pd.notna(e["event_date"]) else None,
                         "place": tb.place(e), "event_type": e["event_type"], "confidence": round(float(e["confidence"]), 2),
                         "reasons": "; ".join(reasons), "_n": len(reasons)})
    out = pd.DataFrame(rows, columns=cols + ["_n"])
    out = out.sort_values(["_n", "confidence", "event_id"], ascending=[False, True, True], kind="stable")
    return out.drop(columns="_n").head(n).reset_index(drop=True)


def review_changes(events: pd.DataFrame, review_file: str | Path | None = None) -> pd.DataFrame:
    """What the review file does: one row per entry (action, event, fields set, reason) and
    whether its effect is visible in this table (``applied``) or its event is missing."""
    from analysis.coding.review import load_entries

    cols = ["entry", "action", "event_id", "fields set", "reason", "status"]
    entries = load_entries(review_file or paths.REVIEW_FILE)
    ids = set(events["event_id"])
    rows = []
    for entry in entries:
        d = entry.data
        action = d.get("action", "")
        event_ids = d.get("event_ids") or ([d["event_id"]] if d.get("event_id") else [])
        fields = sorted((d.get("set") or {}).keys()) or sorted({k for part in d.get("parts") or [] for k in part})
        first = str(event_ids[0]) if event_ids else ""
        if action == "drop":
            status = "applied (row removed)" if first not in ids else "not applied"
        elif action == "add" and not first:
            status = "added"
        else:
            status = "applied" if first in ids else "event not in this table (orphaned or outside the selection)"
        rows.append({"entry": entry.index, "action": action, "event_id": ", ".join(map(str, event_ids)),
                     "fields set": ", ".join(fields), "reason": str(d.get("reason") or d.get("comment") or ""), "status": status})
    return pd.DataFrame(rows, columns=cols)
