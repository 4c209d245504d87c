"""Small typed records passed between the stages (see ``../shared/design/architecture.md``).

Every record that comes from text keeps its evidence: character offsets ``start``/``end`` into
the *cleaned* article text (``Article.text``) and the ``sentence_index`` of the sentence they
fall in. Precision travels with every value: a date carries day/week/month/year, a place its
ACLED geo precision, a figure its qualifier and claimant.

Records are frozen dataclasses: stages are pure functions from one list of records to the
next. Extend a record only by adding a field *with a default* at its end, so that every
existing constructor call keeps working.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

DatePrecision = Literal["day", "week", "month", "year"]
Qualifier = Literal["exact", "at least", "about", "up to"]
KilledOrOther = Literal["killed", "wounded", "missing", "combined"]
ClaimKind = Literal["official", "claimed", "estimated", "reported"]


# --------------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Removal:
    """A line cleaning removed from an article, and the rule that removed it."""

    line: int  # 1-based line number in the raw file
    text: str
    reason: str  # rule name, e.g. "site navigation", "photo caption", "photo credit"


@dataclass(frozen=True)
class Article:
    """One article of a corpus, validated and cleaned.

    ``text`` is the cleaned prose that the coder reads; every offset elsewhere points into it.
    ``published`` comes from the manifest, else from a date line in the text
    (``published_source`` says which), else is None.
    """

    id: str
    text: str
    published: date | None
    outlet: str = ""
    url: str = ""
    title: str = ""
    published_source: Literal["manifest", "text", "none"] = "none"
    removed: tuple[Removal, ...] = ()
    raw_text: str = ""
    path: str = ""  # the article file, for error messages
    warnings: tuple[str, ...] = ()  # e.g. "not valid UTF-8: decoded as cp1252"


# ------------------------------------------------------------------------------- mentions


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DateMention:
    """A time expression resolved against the publication date.

    For a range (``between July 22 and July 27``) ``date`` is the first day and ``end`` the
    last; ``precision`` is that of the span (``week`` for a range of up to 7 days, etc.).
    ``tense`` is ``future`` for forward-looking phrases ("starting Thursday").
    """

    start: int
    end: int
    text: str
    date: date
    precision: DatePrecision
    sentence_index: int = -1
    end_date: date | None = None
    tense: Literal["past", "future", "present"] = "past"
    kind: str = ""  # rule that produced it: "weekday", "explicit", "relative", "month", "year", "range", ...


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in the text, resolved to one gazetteer entry."""

    start: int
    end: int
    text: str
    name: str  # gazetteer name (location column)
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    geo_precision: int  # ACLED 1 town, 2 near/part of region, 3 larger region
    sentence_index: int = -1
    feature: str = ""  # GeoNames feature class.code, e.g. "P.PPL", "A.ADM1", "country"
    gazetteer_id: str = ""
    qualifier: str = ""  # "near", "outskirts", "area", "region", "northern", ... ("" = the place itself)


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text, mapped to the actor dictionary."""

    start: int
    end: int
    text: str
    actor: str  # canonical name from data/reference/actors.yaml
    inter: int  # ACLED inter code 0-8
    country: str | None = None  # home country of the actor, None for transnational groups
    sentence_index: int = -1
    generic: bool = False  # "the army", "gunmen": resolved by context


@dataclass(frozen=True)
class Quantity:
    """A number in the text: "42", "forty-two", "a dozen", "dozens" (ACLED vague counts)."""

    start: int
    end: int
    text: str
    value: int
    qualifier: Qualifier = "exact"
    vague: bool = False
    # "" = a count of people or things; else what the number measures and why it is no toll:
    # "year", "date", "time", "age", "duration", "km", "mile", "m", "percent", "money",
    # "measure", "ordinal", "label" (see analysis.coding.text and data/reference/numbers.yaml).
    unit: str = ""
    high: int | None = None  # upper end of a range ("20 to 25", "between 20 and 25"); value is the low end


@dataclass(frozen=True)
class TriggerMention:
    """A word or phrase that signals an event of an ACLED type."""

    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    sentence_index: int = -1
    lemma: str = ""
    passive: bool = False
    key: str = ""  # the lexicon type key (data/reference/triggers.yaml), e.g. "attack", "air_strike"
    pos: str = ""  # "verb" or "noun": how the trigger is used in its sentence
    strength: float = 1.0  # 1.0 names the event itself; lower = a consequence ("killed")


@dataclass(frozen=True)
class CasualtyClaim:
    """A casualty figure, attributed to who states it."""

    start: int
    end: int
    quote: str  # the sentence (or clause) that states it
    count: int
    claimant: str  # e.g. "Malian armed forces", "CSP/FLA", "local official", "the outlet"
    claim_kind: ClaimKind
    victim_group: str  # soldiers, civilians, militants, Wagner, people, ...
    qualifier: Qualifier = "exact"
    killed_or_other: KilledOrOther = "killed"
    sentence_index: int = -1
    superseded: bool = False  # an initial toll replaced by a revised one
    high: int | None = None  # upper end of a range ("between 12 and 15 deaths"); count is the low end
    vague: bool = False  # a conventional count ("several", "dozens"), not a stated figure


# ---------------------------------------------------------------------------------- output


@dataclass
class Event:
    """One row of events.csv; field names are the columns of ``../shared/spec/event-table.md``."""

    event_id: str
    event_date: str
    date_precision: str
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str = ""
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    inter1: int = 0
    inter2: int = 0
    interaction: int = 0
    civilian_targeting: bool = False
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    foreign_actors: str = ""
    is_main: bool = True
    article_ids: str = ""
    sources: str = ""
    notes: str = ""
    evidence: str = ""
    confidence: float = 0.5
    review_status: str = "auto"


@dataclass
class Claim:
    """One row of claims.csv."""

    claim_id: str
    event_id: str
    article_id: str
    claimant: str
    claim_kind: str
    victim_group: str
    count: int
    qualifier: str
    killed_or_other: str
    quote: str
    superseded: bool = False  # extra column: a figure its claimant later revised


@dataclass
class MentionRow:
    """One row of mentions.csv."""

    article_id: str
    event_id: str
    sentence_index: int
    start_char: int
    end_char: int
    role: str  # trigger | date | place | actor | casualties
    text: str = field(default="")


@dataclass
class ArticleEvent:
    """An event as coded from one article, before linking across articles.

    ``event.event_id`` is empty here; :mod:`analysis.coding.link` assigns stable ids once the
    same event told by several articles has been merged. ``mentions`` carry ``event_id=""``
    and ``claims`` every casualty figure the article ties to this event.
    """

    article_id: str
    event: Event
    claims: list[CasualtyClaim] = field(default_factory=list)
    mentions: list[MentionRow] = field(default_factory=list)
    end_date: str = ""  # last day of a date range, ISO; "" when the date is a single day/span


_new_object = object.__new__
#: record class -> the setter of its instances' ``__dict__`` (None: the class goes through its
#: constructor), found once per class by :func:`_dict_setter`.
_SETTERS: dict[type, Any] = {}


def event_summary(ev: Event) -> str:
    """The first sentence of an event's ``notes``, written from its own fields ("On 2024-07-24
    (week), armed clash: CSP/FLA against Malian armed forces in Ti-n-Zaouâtene, Kidal, Mali.").
    Rewritten whenever a later step (a perpetrator shared within a story, a link across
    articles) changes the fields it tells, so the notes never contradict the row."""
    who = ev.actor1 + (f" against {ev.actor2}" if ev.actor2 else "")
    where = ", ".join(x for x in (ev.location, ev.admin1, ev.country) if x)
    return f"On {ev.event_date} ({ev.date_precision}), {ev.sub_event_type.lower()}: {who} in {where}."


def resummarise(ev: Event, before: str) -> None:
    """Put :func:`event_summary` of ``ev`` in place of ``before`` (its summary before a change)
    at the start of its notes."""
    if ev.notes.startswith(before):
        ev.notes = event_summary(ev) + ev.notes[len(before):]


def _dict_setter(cls) -> Any:
    """``__dict__``'s setter for instances of ``cls`` when :func:`filled` may use it: a
    dataclass with an instance dict and no ``__post_init__``; else None."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        return None
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get("__dict__")
        if descriptor is not None:
            return descriptor.__set__
    return None


def filled(cls, fields=(), /, **named):
    """``cls(**fields, **named)`` for a record class given EVERY field, in field order.

    Speed (the coder builds tens of thousands of records per second): a frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__``; giving the new instance its
    ``__dict__`` at once (the keyword dict itself, which no one else holds; a mapping or pairs
    given positionally are copied) costs under half of that and gives an equal object (same
    fields in the same order, same repr, hash and pickle). That holds for a dataclass with an
    instance dict and no ``__post_init__`` (checked once per class); any other class goes
    through its constructor. A dataclass that is not frozen is cheaper to build by its own
    constructor with positional arguments. Defaults are not filled in: a caller that misses a
    field gets an incomplete object, so each caller's records are compared with the
    constructor's in tests.
    """
    try:
        setter = _SETTERS[cls]
    except KeyError:
        setter = _SETTERS[cls] = _dict_setter(cls)
    if setter is None:
        return cls(**dict(fields, **named))
    obj = _new_object(cls)
    # ``named`` is a fresh dict of this call; ``fields`` may be the caller's: copied (a dict
    # by a display, which is cheaper than the dict() call and gives the same dict)
    if fields:
        named = {**fields, **named} if type(fields) is dict else dict(fields, **named)
    setter(obj, named)
    return obj
