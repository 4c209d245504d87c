"""Linking: the same event told by several articles becomes one row of events.csv.

Articles are coded one at a time (:mod:`analysis.coding.extract`); each gives
:class:`~analysis.records.ArticleEvent` records without ids. The :class:`Linker` receives them
in corpus order and merges an incoming event into an existing one when **all** of these hold:

- **Dates compatible with both precisions**: two day-precision dates at most one day apart
  (overnight attacks are dated differently by outlets), otherwise the spans overlap (a week is
  the seven days around its middle date or the given range, a month the calendar month, a year
  the calendar year).
- **Same or nearby place**: same country, and the same location (accent/case/hyphen
  insensitive), or both points within ``near_km`` (25 km: ACLED's "near X" radius), or one is a
  region (no location, or geo precision 3) that contains the other (same admin1, or a
  country-level event).
- **Compatible types**: the same event type; or a Battles and an Explosions/Remote violence
  event (ACLED: remote violence during a battle is part of the battle, coded as the battle); or
  an Explosions/Remote violence and a Violence against civilians event (a strike that killed
  civilians, which one outlet calls an attack on civilians: coded as the strike with
  ``civilian_targeting``). Strategic developments, protests and riots merge only within their
  own type *and* sub-event type: a handover and an agreement at one place and day are two
  events (ACLED: one event per type per place per day).
- **Compatible actors**: the specific actors (anything but empty or ``Unidentified armed
  group``) of one side are a subset of the other's: "gunmen attacked soldiers" links with "JNIM
  attacked soldiers", but "JNIM attacked soldiers" does not link with "ISGS attacked soldiers".
- **Not two main events of one article**: the article coder already applied "one event per
  place per day"; if it kept two main events apart, linking does not undo that. A background
  mention (``is_main`` false) does attach to a compatible main event, of its own article or of
  another one, but not to an event of its own article told at another named place (two towns
  of a list, "in Nodin and Soro", are two events even when the gazetteer puts them at one point
  or a few kilometres apart; a region holding the place still takes it).

Among several candidates the best-scoring one wins (same sub-event type, same place name,
same day, shared actors, main event); ties go to the older row, so the result depends only on
the corpus order, which is deterministic.

Merging keeps the most precise date and place, the more specific actors, the union of
article ids, outlets, foreign and associated actors, is_main if any, up to five distinct
evidence sentences, and a combined confidence ``1 - prod(1 - c)`` over the articles (capped at
0.99). Casualty claims are merged and deduplicated (the same claimant's same figure repeated
by two outlets is one claim, not two). When one article already gave every merged claim, that
article's toll stands (the article coder may have split a multi-town toll, which the claims
alone cannot show); otherwise the toll is recomputed from the merged claims with
:func:`analysis.coding.claims.fatality_range` (per claimant, all sides' deaths added; low and
high the smallest and largest totals) and its note is appended to ``notes``.

Memory: the linker keeps one summary per *event* (fields, a set of article ids, deduplicated
claims, at most five evidence strings) in a temporal index keyed by ``(country, month)``
(candidates are then filtered by place); article texts, mentions and claim rows are never
held, so memory grows with distinct events and with the ids of the articles each event lists
(output that ``article_ids`` needs anyway), not with the articles' content (see
:mod:`analysis.coding.pipeline`, which spools claim and mention rows to disk).

Event ids (:func:`event_id_for`): ``YYYYMMDD-<8 hex>``, the event date followed by a hash of
country, event date, date precision, location (admin1 when no location) and sub-event type.
Choice and trade-off: the id is derived from the event's content, not from the articles, so
adding articles to a corpus (even one that is older than every current report) never moves an
existing id and a review entry keeps pointing at its row. The price: if re-coding changes the
date, place or sub-event type of an event, its id changes and its review entry is reported as
orphaned (which is wanted: the row now says something else and deserves a second look). Two
unlinked events with the same key (e.g. two clashes in one town on one day between different
actors) get ``-2``, ``-3``... in the order of their earliest article id, then actors.
"""

from __future__ import annotations

import hashlib
from hashlib import sha1 as _sha1
import math
import unicodedata
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Iterable

from analysis.coding.dates import compatible as _dates_compatible
from analysis.records import ArticleEvent, CasualtyClaim, Claim, Event, MentionRow, event_summary, resummarise

#: Actor names that say nothing about who acted (ACLED's unidentified armed group).
GENERIC_ACTORS = frozenset({"", "unidentified armed group"})
NEAR_KM = 25.0
MAX_EVIDENCE = 5
MAX_CONFIDENCE = 0.99

_COMPATIBLE_TYPES = {
    frozenset({"Battles", "Explosions/Remote violence"}): "Battles",
    frozenset({"Explosions/Remote violence", "Violence against civilians"}): "Explosions/Remote violence",
}
_STRICT_SUBTYPE = {"Strategic developments", "Protests", "Riots"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


# ------------------------------------------------------------------------------ helpers


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Casefold, strip accents, hyphens, apostrophes and spaces: ``Anéfis`` == ``anefis``."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def split_list(value: str) -> list[str]:
    """Items of a ``; ``-separated cell."""
    if not value:
        return []
    if ";" not in value:  # speed: the usual single item (same result as the general case)
        value = value.strip()
        return [value] if value else []
    return [p.strip() for p in value.split(";") if p.strip()]


def _iso(value: str) -> date:
    return date.fromisoformat(value[:10])


def _shifted(d: date, days: int) -> date:
    """``d`` moved by ``days``, held at the calendar's ends: the span of an event dated at
    0001-01-01 or 9999-12-31 (a placeholder publication date) stops where the calendar does."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


@lru_cache(maxsize=16384)  # asked once per linked event; a corpus has few distinct dates
def date_span(event_date: str, precision: str, end_date: str = "") -> tuple[date, date]:
    """First and last day an event dated ``event_date`` at ``precision`` may fall on.

    ``event_date`` is the middle of a week span (ACLED); with ``end_date`` (a range) the span is
    symmetric around the middle and ends on ``end_date``.
    """
    d = _iso(event_date)
    if precision == "day":
        return d, (_iso(end_date) if end_date and _iso(end_date) >= d else d)
    if precision == "week":
        if end_date:
            e = _iso(end_date)
            if e >= d:
                return _shifted(d, -(e - d).days), e
        return _shifted(d, -3), _shifted(d, 3)
    if precision == "month":
        return d.replace(day=1), d.replace(day=monthrange(d.year, d.month)[1])
    return date(d.year, 1, 1), date(d.year, 12, 31)


def dates_compatible(a: tuple[date, date, str], b: tuple[date, date, str]) -> bool:
    """Two (start, end, precision) spans may be the same event (:func:`analysis.coding.dates.compatible`):
    the spans overlap, a single day widened by one day on each side (overnight attacks)."""
    if a[2] == "day" and b[2] == "day":
        # Two day dates: at most one day apart (the helper widens each side, which would allow two).
        # (as differences: a day minus one day would leave the calendar at 0001-01-01)
        return (a[0] - b[1]).days <= 1 and (b[0] - a[1]).days <= 1
    return _dates_compatible((a[0], a[1]), (b[0], b[1]))


def _days_compatible(a0: int, a1: int, a_day: bool, b0: int, b1: int, b_day: bool) -> bool:
    """:func:`dates_compatible` of two spans given as day numbers (``date.toordinal()`` of their
    first and last days) and whether each is of day precision: the same verdict in integer
    arithmetic (``(x - y).days == x.toordinal() - y.toordinal()``), no timedelta per candidate."""
    gap = max(b0 - a1, a0 - b1)  # <= 0 when the spans overlap
    if a_day and b_day:
        return gap <= 1
    return gap <= 0 or ((a0 == a1 or b0 == b1) and gap <= 1)  # (analysis.coding.dates.compatible)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


#: :func:`haversine_km` memoised (speed: the linker compares the same gazetteer points again
#: and again, one pair per candidate event; a pure function of four floats, bounded cache).
_distance_km = lru_cache(maxsize=65536)(haversine_km)


def _is_region(ev: Event) -> bool:
    return not ev.location or ev.geo_precision >= 3


def place_score(a: Event, b: Event, near_km: float = NEAR_KM) -> float:
    """0 when the places cannot be one event's; higher = closer (3 same name, 2 near, 1 contains)."""
    return _place_score(a, b, _place_keys(a), _place_keys(b), near_km)


def _place_keys(ev: Event) -> tuple[str, str, str]:
    """The normalised country, location and admin1 of ``ev`` (what :func:`place_score` compares)."""
    return normalise_name(ev.country), normalise_name(ev.location), normalise_name(ev.admin1)


def _place_score(a: Event, b: Event, ka: tuple[str, str, str], kb: tuple[str, str, str], near_km: float) -> float:
    """:func:`place_score` given both events' :func:`_place_keys` (speed: the linker keeps a
    cluster's keys and computes an incoming event's once, not once per candidate)."""
    if a.country and b.country and ka[0] != kb[0]:
        return 0.0
    la, lb = ka[1], kb[1]
    if la and la == lb:
        return 3.0
    if (a.latitude is not None and b.latitude is not None and a.longitude is not None
            and b.longitude is not None and not _is_region(a) and not _is_region(b)):
        if _distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= near_km:
            return 2.0
    for region, other, ra, ro in ((a, b, ka[2], kb[2]), (b, a, kb[2], ka[2])):
        if _is_region(region):
            # A region whose location names a place (e.g. "Tinzaouaten region") contains the
            # events at that place; an admin1-level or national event contains its region.
            if not ra or ra == ro:
                if _is_region(other) and ra == ro:
                    return 2.0
                return 1.0
    return 0.0


def merged_type(a: Event, b: Event) -> tuple[str, str] | None:
    """The (event_type, sub_event_type) of two compatible events, or None when incompatible."""
    if a.event_type == b.event_type:
        if a.event_type in _STRICT_SUBTYPE and a.sub_event_type != b.sub_event_type:
            return None
        return a.event_type, a.sub_event_type
    winner = _COMPATIBLE_TYPES.get(frozenset({a.event_type, b.event_type}))
    if winner is None:
        return None
    return (winner, a.sub_event_type) if a.event_type == winner else (winner, b.sub_event_type)


def _specific(ev: Event) -> frozenset[str]:
    return _specific_names(ev.actor1, ev.actor2)


@lru_cache(maxsize=65536)  # asked for every candidate pair while linking; few distinct actor pairs
def _specific_names(actor1: str, actor2: str) -> frozenset[str]:
    return frozenset(normalise_name(x) for x in (actor1, actor2) if x.strip().casefold() not in GENERIC_ACTORS)


def actors_compatible(a: Event, b: Event) -> bool:
    """Same actors, or the specific actors of one are a subset of the other's (generic = wildcard)."""
    sa, sb = _specific(a), _specific(b)
    return not sa or not sb or sa <= sb or sb <= sa


def event_id_for(ev: Event) -> str:
    """``YYYYMMDD-<8 hex>`` from the event's content (see the module docstring)."""
    place = ev.location or ev.admin1
    key = "|".join([normalise_name(ev.country), ev.event_date, ev.date_precision, normalise_name(place), ev.sub_event_type])
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{ev.event_date.replace('-', '')}-{digest}"


def claim_key(c: CasualtyClaim) -> tuple:
    """What makes two claims the same statement, whichever article repeats it."""
    return (normalise_name(c.claimant), c.claim_kind, normalise_name(c.victim_group), c.count,
            c.qualifier, c.killed_or_other, c.superseded)


@lru_cache(maxsize=16384)  # a corpus has few distinct spans; called twice per linked event
def _months(start: date, end: date) -> tuple[str, ...]:
    start, end = _shifted(start, -1), _shifted(end, 1)
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def _join(items: Iterable[str]) -> str:
    return "; ".join(sorted({i for i in items if i}))


# ------------------------------------------------------------------------------ clusters


@dataclass
class _Cluster:
    index: int
    event: Event
    span: tuple[date, date, str]
    end_date: str
    place_keys: tuple[str, str, str] = ("", "", "")  # _place_keys(event), kept up to date
    articles: set[str] = field(default_factory=set)
    main_articles: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    claims: dict[tuple, CasualtyClaim] = field(default_factory=dict)
    # distinct per-article claim sets -> the toll (fatalities, low, high) the article coder gave
    claim_sets: dict[frozenset, tuple] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    miss: float = 1.0  # prod(1 - confidence) over contributing articles
    min_article: str = ""
    days: tuple[int, int] = (0, 0)  # span's first and last day as day numbers (toordinal), kept up to date


@dataclass
class LinkResult:
    """Linked events with their claim and mention rows (in-memory form, for small corpora and tests)."""

    events: list[Event]
    claims: list[Claim]
    mentions: list[MentionRow]


FatalityFn = Callable[[list[CasualtyClaim]], object]


def _default_fatality_range() -> FatalityFn | None:
    try:
        from analysis.coding.claims import fatality_range
    except ImportError:  # pragma: no cover - the claims module ships with the coder
        return None
    return fatality_range


class Linker:
    """Streaming linker: :meth:`add` each ArticleEvent in corpus order, then :meth:`finish`."""

    def __init__(self, near_km: float = NEAR_KM, fatality_range: FatalityFn | None = None):
        self.near_km = near_km
        self.fatality_range = fatality_range if fatality_range is not None else _default_fatality_range()
        self.clusters: list[_Cluster] = []
        self._index: dict[tuple[str, str], list[int]] = {}
        self._ids: list[str] | None = None

    # -- matching

    def _candidates(self, country: str, span) -> list[int]:
        country = normalise_name(country)
        months = _months(span[0], span[1])
        if len(months) == 1:  # speed: one bucket holds no cluster twice (see add)
            return sorted(self._index.get((country, months[0]), ()))
        seen: set[int] = set()
        out: list[int] = []
        for month in months:
            for ci in self._index.get((country, month), ()):
                if ci not in seen:
                    seen.add(ci)
                    out.append(ci)
        return sorted(out)

    def _score(self, cl: _Cluster, ae: ArticleEvent, span, keys: tuple[str, str, str] | None = None,
               days: tuple[int, int] | None = None) -> float:
        ev, cev = ae.event, cl.event
        if ev.is_main and ae.article_id in cl.main_articles:
            return 0.0
        if days is None:
            days = (span[0].toordinal(), span[1].toordinal())
        if not _days_compatible(cl.days[0], cl.days[1], cl.span[2] == "day", days[0], days[1], span[2] == "day"):
            return 0.0  # (= not dates_compatible(cl.span, span))
        ps = _place_score(cev, ev, cl.place_keys, keys or _place_keys(ev), self.near_km)
        if ps == 0 or (ps < 3 and ae.article_id in cl.articles and not _is_region(ev) and not _is_region(cev)):
            # (one article's events at two named places are two events, however near: the article
            # coder told them apart, "in Nodin and Soro", "Tchoma Bangou and Zaroumdareye")
            return 0.0
        mt = merged_type(cev, ev)
        if mt is None or not actors_compatible(cev, ev):
            return 0.0
        score = ps
        score += 2.0 if cev.sub_event_type == ev.sub_event_type else (1.0 if cev.event_type == ev.event_type else 0.5)
        if cl.span[2] == span[2] == "day":
            score += 2.0 if cl.span[0] == span[0] else 1.0
        else:
            score += 0.5
        score += 0.5 * len(_specific(cev) & _specific(ev))
        score += 0.5 if cev.is_main else 0.0
        return score

    # -- merging

    def _merge(self, cl: _Cluster, ae: ArticleEvent, span, end_date: str) -> None:
        old, new = cl.event, ae.event
        ev = old  # the cluster's own copy (made when the cluster was created): update in place
        old_type, old_sub, old_main = old.event_type, old.sub_event_type, old.is_main
        old_prec, old_loc, old_geo = old.date_precision, old.location, old.geo_precision
        old_specific = len(_specific(old))
        et, st = merged_type(old, new) or (old_type, old_sub)
        if old_type == new.event_type and old_sub != new.sub_event_type and new.is_main and not old_main:
            st = new.sub_event_type
        if et != old_type:
            ev.disorder_type = new.disorder_type if new.event_type == et else ev.disorder_type
        ev.civilian_targeting = ev.civilian_targeting or new.civilian_targeting or (
            {old_type, new.event_type} == {"Explosions/Remote violence", "Violence against civilians"})
        # The most precise date wins; on a tie a main event's date beats a background mention's.
        r_old, r_new = _PRECISION_RANK.get(old_prec, 3), _PRECISION_RANK.get(new.date_precision, 3)
        new_date = r_new < r_old or (r_new == r_old and new.is_main and not old_main)
        # The most precise place wins (a named town beats a region).
        new_place = (new.location and not old_loc) or (bool(new.location) == bool(old_loc) and new.geo_precision < old_geo)
        # More specific actors win (a named group beats "unidentified armed group").
        new_actors = len(_specific(new)) > old_specific
        # The notes' first sentence follows the merged fields. Speed: it is rewritten only when
        # a field it tells may change (rewriting it from unchanged fields gives the same notes).
        retold = new_date or new_place or new_actors or st != old_sub
        before = event_summary(ev) if retold else ""
        ev.event_type, ev.sub_event_type = et, st
        if new_date:
            ev.event_date, ev.date_precision, ev.time_precision = new.event_date, new.date_precision, new.time_precision
            cl.span, cl.end_date = span, end_date
            cl.days = (span[0].toordinal(), span[1].toordinal())
        if new_place:
            for f in ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"):
                setattr(ev, f, getattr(new, f))
        if new_actors:
            for f in ("actor1", "actor2", "inter1", "inter2", "interaction"):
                setattr(ev, f, getattr(new, f))
        for f in ("assoc_actor_1", "assoc_actor_2", "foreign_actors"):
            extra = getattr(new, f)
            if extra and extra != getattr(ev, f):
                setattr(ev, f, _join(split_list(getattr(ev, f)) + split_list(extra)))
        ev.is_main = old_main or new.is_main
        if not ev.notes and new.notes:
            ev.notes = new.notes
        elif retold:
            resummarise(ev, before)
        cl.event = ev

    def _absorb(self, cl: _Cluster, ae: ArticleEvent, source: str) -> None:
        ev = ae.event
        new_article = ae.article_id not in cl.articles
        cl.articles.add(ae.article_id)
        if ev.is_main:
            cl.main_articles.add(ae.article_id)
        cl.sources.update(split_list(ev.sources) or ([source] if source else []))
        cl.min_article = min(cl.min_article or ae.article_id, ae.article_id)
        keys = []
        for c in ae.claims:
            k = claim_key(c)
            keys.append(k)
            cl.claims.setdefault(k, c)
        if keys:  # (no frozenset built for an event without claims)
            ks = frozenset(keys)
            if ks not in cl.claim_sets:
                cl.claim_sets[ks] = (ev.fatalities, ev.fatalities_low, ev.fatalities_high)
        if ev.evidence and ev.evidence not in cl.evidence and len(cl.evidence) < MAX_EVIDENCE:
            cl.evidence.append(ev.evidence)
        if new_article:
            cl.miss *= 1.0 - min(max(float(ev.confidence), 0.0), 1.0)
        elif ev.confidence > 1.0 - cl.miss:
            cl.miss = 1.0 - float(ev.confidence)

    def add(self, ae: ArticleEvent, source: str = "") -> int:
        """Link one ArticleEvent; returns the index of the event row it joined or created."""
        self._ids = None
        ev = ae.event
        span3 = (*date_span(ev.event_date, ev.date_precision, ae.end_date), ev.date_precision)
        best, best_score = None, 0.0
        keys = _place_keys(ev)
        days = (span3[0].toordinal(), span3[1].toordinal())  # once, not per candidate
        for ci in self._candidates(ev.country, span3):
            s = self._score(self.clusters[ci], ae, span3, keys, days)
            if s > best_score:
                best, best_score = ci, s
        if best is None:
            cl = _Cluster(len(self.clusters), replace(ev, event_id=""), span3, ae.end_date, keys, days=days)
            self.clusters.append(cl)
            best = cl.index
            indexed = None
        else:
            cl = self.clusters[best]
            indexed = (cl.event.country, cl.span)  # what the index holds the cluster under
            self._merge(cl, ae, span3, ae.end_date)
            cl.place_keys = _place_keys(cl.event)  # the merge may have moved the place
        self._absorb(cl, ae, source)
        if indexed == (cl.event.country, cl.span):
            # Speed: the merge kept the country and the span, so the cluster is already in
            # the bucket of each of its months (buckets only grow): nothing to add.
            return best
        country = normalise_name(cl.event.country)
        for month in _months(cl.span[0], cl.span[1]):
            bucket = self._index.setdefault((country, month), [])
            if best not in bucket:
                bucket.append(best)
        return best

    # -- output

    def _finish_event(self, cl: _Cluster) -> Event:
        ev = replace(cl.event)
        ev.article_ids = _join(cl.articles)
        ev.sources = _join(cl.sources)
        ev.evidence = " | ".join(cl.evidence)
        ev.confidence = round(min(MAX_CONFIDENCE, 1.0 - cl.miss), 3) if len(cl.articles) > 1 else round(float(ev.confidence), 3)
        merged = frozenset(cl.claims)
        if merged in cl.claim_sets:
            # One article already gave every claim: its toll stands (it may split a joint toll).
            ev.fatalities, ev.fatalities_low, ev.fatalities_high = cl.claim_sets[merged]
        elif merged and self.fatality_range is not None:
            fr = self.fatality_range(list(cl.claims.values()))
            ev.fatalities = int(getattr(fr, "fatalities", ev.fatalities) or 0)
            ev.fatalities_low = getattr(fr, "low", ev.fatalities_low)
            ev.fatalities_high = getattr(fr, "high", ev.fatalities_high)
            note = getattr(fr, "note", "") or ""
            if note and note not in ev.notes:
                ev.notes = f"{ev.notes} {note}".strip()
        return ev

    def event_ids(self) -> list[str]:
        """The final id of every cluster (index-aligned); unique, deterministic."""
        if self._ids is not None:
            return self._ids
        finished = [self._finish_event(cl) for cl in self.clusters]
        base = [event_id_for(ev) for ev in finished]
        groups: dict[str, list[int]] = {}
        for i, b in enumerate(base):
            groups.setdefault(b, []).append(i)
        ids = list(base)
        for b, members in groups.items():
            if len(members) == 1:
                continue
            members.sort(key=lambda i: (self.clusters[i].min_article, finished[i].actor1, finished[i].actor2,
                                        finished[i].latitude or 0.0, finished[i].longitude or 0.0, i))
            for n, i in enumerate(members[1:], start=2):
                ids[i] = f"{b}-{n}"
        self._ids = ids
        self._finished = finished
        return ids

    def finish(self) -> list[Event]:
        """Every linked event, with its id, in cluster order."""
        ids = self.event_ids()
        out = []
        for ev, eid in zip(self._finished, ids):
            ev = replace(ev, event_id=eid)
            out.append(ev)
        return out


# --------------------------------------------------------------------------- row helpers


def claim_rows(ae: ArticleEvent, event_id: str) -> list[Claim]:
    """The claims.csv rows of one ArticleEvent once its event id is known."""
    rows = []
    for c in ae.claims:
        rows.append(make_claim(ae.article_id, event_id, c))
    return rows


def claim_id_for(article_id: str, event_id: str, c: CasualtyClaim) -> str:
    """``C<12 hex>``: a hash of the article, the event and where/what the claim says."""
    return claim_id_of(article_id, event_id, c.start, c.end, c.count, c.claimant, c.claim_kind,
                       c.victim_group, c.qualifier, c.killed_or_other)


def claim_id_of(*fields) -> str:
    """:func:`claim_id_for` from the fields themselves (article id, event id, start, end, count,
    claimant, claim kind, victim group, qualifier, killed_or_other), for the pipeline, which
    spools claims as plain tuples."""
    return "C" + _sha1("|".join(map(str, fields)).encode("utf-8")).hexdigest()[:12]


def claim_dict(article_id: str, event_id: str, c: CasualtyClaim) -> dict:
    """One claims.csv row as a dict (the pipeline's fast path; same fields as :class:`Claim`)."""
    return {
        "claim_id": claim_id_for(article_id, event_id, c), "event_id": event_id, "article_id": article_id,
        "claimant": c.claimant, "claim_kind": c.claim_kind, "victim_group": c.victim_group, "count": int(c.count),
        "qualifier": c.qualifier, "killed_or_other": c.killed_or_other, "quote": c.quote,
        "superseded": bool(c.superseded),
    }


def make_claim(article_id: str, event_id: str, c: CasualtyClaim) -> Claim:
    """One claims.csv row; ``claim_id`` hashes the article, the event and the claim's words."""
    return Claim(**claim_dict(article_id, event_id, c))


def link(article_events: Iterable[ArticleEvent], sources: dict[str, str] | None = None,
         near_km: float = NEAR_KM, fatality_range: FatalityFn | None = None) -> LinkResult:
    """Link ArticleEvents held in memory (tests, small corpora); the pipeline streams instead.

    ``sources`` maps article id -> outlet for events whose ``sources`` field is empty.
    """
    linker = Linker(near_km=near_km, fatality_range=fatality_range)
    pending: list[tuple[int, ArticleEvent]] = []
    for ae in article_events:
        pending.append((linker.add(ae, (sources or {}).get(ae.article_id, "")), ae))
    events = linker.finish()
    ids = [e.event_id for e in events]
    claims: dict[str, Claim] = {}
    mentions: dict[tuple, MentionRow] = {}
    for ci, ae in pending:
        for cl in claim_rows(ae, ids[ci]):
            claims.setdefault(cl.claim_id, cl)
        for m in ae.mentions:
            row = replace(m, event_id=ids[ci], article_id=m.article_id or ae.article_id)
            mentions.setdefault((row.article_id, row.event_id, row.sentence_index, row.start_char, row.end_char, row.role), row)
    return LinkResult(events, list(claims.values()), list(mentions.values()))
