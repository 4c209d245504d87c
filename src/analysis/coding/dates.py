"""Time expressions of news, resolved against the publication date.

:func:`find_dates` returns every time expression of an article as a
:class:`~analysis.records.DateMention` with its offsets, the date it resolves to, its precision
and the rule that produced it (``kind``). The rules, written for the way agency copy states
time (AP, AFP, Reuters style: the weekday name for anything within a week of publication):

Weekdays (kind ``weekday``)
    "on Wednesday", "Wednesday's attack", "late on Tuesday", "early Thursday", "Saturday
    night", "since Monday": the publication day itself when it has that name, else the most
    recent such day before it. "last Friday" is the most recent Friday strictly before the
    publication day. "on Tuesday last week" / "Friday of next week" is that day of that week.
    Forward-looking phrases look forward (``tense="future"``): "starting
    Thursday", "from Monday", "until Sunday", "next Tuesday", or a future marker ("will", "is
    due to", "scheduled", ...) shortly before the weekday in the same sentence; "by Friday" looks
    forward unless its clause is past or perfect ("40 bodies had been recovered by Wednesday
    evening", "By Monday, hundreds had fled": a cut-off already passed). "overnight
    Friday to Saturday" / "Friday-Saturday night" is the first day, ``end_date`` the second.

Relative (kind ``relative``, ``weekend``)
    "yesterday", "today", "tonight", "last night", "N days/weeks/months/years ago";
    "last weekend" = the last Saturday-Sunday that ended before the publication day; "at/over
    the weekend", "this weekend" = the current weekend if published on one, else the last one
    (the next one in future tense); "last week" = the previous Monday-Sunday; "this week",
    "earlier this week" = Monday of the publication week to the publication day; "last/this/
    next month", "earlier this month"; "last/this/next year", "earlier this year".

Months (kind ``month``)
    A month name alone counts only after a word that makes it a time ("in July", "since
    March", "last July", "early/mid/late July", "the end of July", "until May"): the most
    recent such month not after the publication month ("last July": strictly before it; future
    tense: the next one). "early" = days 1-10, "mid" = 11-20, "late"/"end of" = 21 to the end
    (precision ``month`` with that narrower span). "July 2024" carries its own year; "in March
    last year", "January of this year", "between March and May last year" take that year.

Explicit dates (kind ``explicit``)
    "July 22", "22 July 2024", "Aug. 25", "August 25, 2024", "Tuesday, Aug. 25", "on the 22nd",
    ISO "2024-08-26", slashed "25/08/2024" and dotted "18.02.2025" (four-digit year). Numeric
    dates are read day first ("03/04/2024" is 3 April) unless the second number cannot be a
    month ("04/13/2024" is 13 April): the outlets that cover the Sahel (French, African,
    German, Turkish, British pages) write the day first, and the US month-first order is rare
    in this news, so an ambiguous one is taken day first. A missing year is the most
    recent one that puts the date on or before the publication day (future tense: on or after).
    "July 30 last year", "3 March of this year", "March 3 next year", "Last year on March 3",
    "Earlier this year, on 3 March" take that year (the tense then follows the date; without a
    publication date the expression is skipped); "March 3, last year's deadliest attack" does
    not ("last year's" opens a noun phrase).

Ranges (kind ``range``)
    "between July 22 and July 27", "from 22 to 27 July", "July 22-27", "on the night of 30-31
    July", "2012-2013", "between March and May": ``date`` is the first day, ``end_date`` the
    last. Precision comes from the span: up to 2 days ``day`` (a night across two dates is one
    ACLED day, coded on its first day), up to 7 ``week``, up to 92 ``month``, else ``year``.
    "killed on July 22 and July 27" (no "between") is two dates.

Years (kind ``year``, ``decade``)
    Any year 1800-2100 written as a time: "in 2013", "since 2012", "in two coups in 2020 and
    2021", and also a year used as an adjective ("Mali's 2020 coup", "the 2012 rebellion"):
    it dates a background event, which the coder may record with year precision. A four-digit
    number that counts ("some 2000 people") is not a year. "the 2010s" is a decade. "early
    2024", "mid-2023", "late 2022" are a third of the year (Jan-Apr, May-Aug, Sep-Dec), still
    with precision ``year`` and that narrower span as ``end_date``.

For week, month and year precision ``date`` is the FIRST day of the span (``end_date`` is set
only when the span is narrower or wider than the precision implies: ranges, weekends, "this
week", "early July"); :func:`span` gives the first and last day, :func:`acled_event_date` the
middle of the span as ACLED codes it (a whole calendar month: its 15th, whatever its length).

No publication date (kind ``inferred``)
    When ``published`` is None, expressions that carry their own year resolve as usual;
    weekdays and relative expressions are skipped; a day-month without a year ("March 17",
    "Saturday, May 1", "between December 29 and 30") takes its year from the text's other
    dates (see :func:`_resolve_undated`: the latest full date as a stand-in publication date,
    else the latest year as a lower bound, with a stated weekday required to match), or stays
    unresolved when the text dates nothing. The result never depends on the day of the run.

Days after a day (kind ``anaphoric``)
    "the next day", "the following day", "the day after", "a day later", "two days later", "the
    previous day", "the day before", "two days earlier", "the same day", "that day", parts
    of a day ("the next morning", "the same evening", "later that night") and hours after it
    ("hours later", "a few hours later", "minutes later": that day; "48 hours later": two days
    on; "36 hours later" stays undated): counted from the incident told before, the nearest date before the phrase (a dateline skipped) in its own
    sentence or up to three sentences back, with day precision. The sentences passed over have
    no date of their own (a quote, a toll, a comment: a reporter puts them between an incident
    and "A day earlier"); a sentence that dates something else is itself the nearest date, so
    the look-back never passes it; nor does it pass a crosshead (a line that does not end as
    prose, :func:`analysis.coding.text.ends_prose`, as extract decides) or a page date line. Left
    undated (never the publication day by default) when that date is coarser ("in July"), a
    night across two dates, or says when something was said ("the army said on Tuesday ...
    the previous day"; but a same-day phrase in the statement's own sentence is the statement's
    day: "the army said on Monday it had repelled an ambush earlier that day"); a day before is
    also left undated when a report date follows in its sentence. "The day after, Thursday 11
    January": the stated date dates it. "the day after the attack" (its own reference), "in
    the next day or two" (from now), "the same day as the
    vote" are not dated; "the day before yesterday", "the day after tomorrow" count from
    publication (kind ``relative``). See :func:`_resolve_anaphoric`.

A date alone on a short line or after "Published On", "Updated" (the page's own date line) has
kind ``dateline``: it dates the article, not an event. So has a date on a line opened by a page
label ("Issued on: 22/10/2023 - 11:40", "Modified:", "Last updated", "Updated 11:04 AM GMT,
August 16, 2025", "Publication date:", "Publié le 03/03/2024") when the line holds no sentence
(page furniture; "Issued on March 3, the decree bans ..." is prose), and a date after a "|" or
right after such a label on a line that holds no sentence (a byline: "Kamal Ali Hassan
|16.10.2024 - Update : 16.10.2024"). So is an agency dateline's date, with its place or without
("BAMAKO, Oct 3 (Reuters) -", "May 13 (Reuters) - ...": a date opening its line, then the
agency in brackets and a dash): it dates the report.

Months and years after (kind ``anaphoric``, month precision): "three months later", "a year
later", "two years later" count from the date told before (a day, a month or a year, as the
days after a day: its sentence or up to three back, not a date of saying): the month of that
date shifted ("In March 2019, ... Three months later": June 2019), a year when the date names
only a year ("in 2020 ... Two years later": 2022). A count is needed ("a few months later",
"months later" are not dated), and a date after publication is dropped.

Not dated: "recently", "in recent months", "a decade" (relative to another
event or too vague to be a time point).

Speed (find_dates runs on every article): the text is scanned once for month names and once
for runs of digits (:class:`_Cues`; the digits through a byte mask, :func:`_digit_runs`);
weekday names and the relative keys are found with ``str.find``; each rule's regex is then
tried only where one of its matches can start (:func:`_matches_at`, same matches as
``finditer``): a relative key only where no letter precedes it, a day-month ("22 July") once
per run of digits that ends before the last month name, and a rule with no possible start (no
digit before "-"/"/", no ordinal suffix) is skipped. The look-behind patterns (the word
before a date, a future marker, a count before a year) run only when a quick ``str`` test
says they can match, and from the last words that can (:func:`_lead_bound`, with word budgets
for common last words, :func:`_may_contain`). Each such shortcut is checked against its
regex in tests/coding/test_speed_dates_triggers.py. Records are built by
:func:`analysis.records.filled`, not the frozen dataclass's per-field ``__setattr__``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Literal

from analysis.cleaning import LIST_MARKS
from analysis.coding import text as text_mod
from analysis.records import DateMention, DatePrecision, Sentence, filled

__all__ = ["find_dates", "span", "acled_event_date", "time_precision", "compatible", "precision_for_span"]

Tense = Literal["past", "future", "present"]

_MONTH_NUM = text_mod.MONTH_NUMBER
_WEEKDAY_NUM = text_mod.WEEKDAY_NUMBER

# (calendar names from text.MONTH_NAMES etc.) Capitalised month names only: "may" and "march"
# are also verbs; full names also in capitals (a page's date line "12 AUGUST 2024").
# abbreviations in capitals ("SEPT. 26, 2022" in a factbox item's heading) only as a whole word
_M = "(?:" + "|".join(text_mod.MONTH_NAMES + text_mod.MONTH_ABBREVIATIONS + tuple(m.upper() for m in text_mod.MONTH_NAMES)
                      # (the word start is tested after the first letter: a branch that opens with a
                      # letter keeps sre's first-character scan, which a leading \b disables: 3x slower)
                      + tuple(a[0].upper() + rf"(?<![A-Za-z]{a[0].upper()})" + a[1:].upper() + r"\b"
                              for a in text_mod.MONTH_ABBREVIATIONS)) + ")"
_W = "(?:" + "|".join(text_mod.WEEKDAY_NAMES) + ")"
_ORD = r"(?:st|nd|rd|th)?"
_DOT = r"(?:(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.|(?<=\b[A-Z]{3})\.|(?<=\bSEPT)\.)?"  # the full stop of "Aug." but not of "July."
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_RANGE_SEP = r"\s*(?:-|–|—|to|and|until|till|through)\s*"

# month day [- [month] day] [, year]      "July 22", "Aug. 25, 2024", "July 22-27", "Dec. 31 to Jan. 2"
_MD = re.compile(
    rf"(?P<m1>{_M})\.?\s+(?P<d1>\d{{1,2}}){_ORD}(?!\d)"
    rf"(?:(?P<sep>{_RANGE_SEP})(?:(?P<m2>{_M})\.?\s+)?(?P<d2>\d{{1,2}}){_ORD}(?![\d:]))?"
    rf"(?:,?\s*(?P<y>{_YEAR})(?!\d))?"
)
# day [- day] [of] month [year]           "22 July 2024", "30-31 July", "22nd of July", "26 Aug 2024"
# (``\d\d?`` rather than ``\d{1,2}``, and below ``\d\d{0,3}``: a pattern that opens with a
# character class lets the regex engine skip to the next digit in C instead of trying a match
# at every character; same matches)
_DM = re.compile(
    rf"(?P<d1>\d\d?){_ORD}(?:(?P<sep>{_RANGE_SEP})(?P<d2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?"
    rf"(?P<m1>{_M})\b{_DOT}(?:,?\s*(?P<y>{_YEAR})(?!\d))?"
)
# month [year], month - month [year]      "July 2024", "in July", "between March and May 2023"
_MY = re.compile(rf"(?P<m1>{_M})\b{_DOT}(?:(?P<sep>\s+(?:and|to|until|through)\s+|\s*[-–]\s*)(?P<m2>{_M})\b)?(?:,?\s*(?P<y>{_YEAR})(?!\d))?")
# ISO "2024-08-26" and slashed "25/08/2024" in one pass (checked apart in _numeric)
_NUMDATE = re.compile(r"\d\d{0,3}[-/]\d{1,2}[-/]\d{2,4}(?![\d/])")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_SLASH = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
# dotted "18.02.2025" (German, Turkish, French pages; a four-digit year only: "1.5.3" is no date)
_DOTTED = re.compile(rf"(?<![\d.])(?P<a>\d\d?)\.(?P<b>\d\d?)\.(?P<y>{_YEAR})(?!\d|\.\d)")
_YEARS = re.compile(rf"(?P<y1>{_YEAR})(?P<dec>s)?(?:(?P<sep>\s*[-–]\s*|\s+(?:to|and)\s+)(?P<y2>{_YEAR}|\d\d)(?!\d))?(?![\d%])")
_WD = re.compile(
    rf"(?P<w1>{_W})(?P<pos>['’]s)?(?:\s+(?P<part>morning|afternoon|evening|night))?"
    rf"(?:(?:\s*[-–]\s*|\s+(?:to|into|and)\s+)(?P<w2>{_W})(?:\s+(?P<part2>morning|night))?)?"
)
# relative expressions are found from their head word in the lower-cased text, then the
# words before it (a flat case-insensitive alternation over the whole text is ~10x slower)
_REL_KEY = re.compile(r"(?:yesterday|today|tonight|week(?:end|s)?|months?|years?|days?|night|morning|afternoon|evening)\b")
_REL_MOD = re.compile(
    r"\b(?P<mod>last|this|next|earlier\s+this|later\s+this|at\s+the|over\s+the|the\s+past|the\s+previous"
    r"|the\s+coming|the\s+following|during\s+the|on\s+the|by\s+the)\s+$"
)
_REL_NUM = re.compile(r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+$")
_REL_AGO = re.compile(r"\s+ago\b")
_DOM_ON = re.compile(r"\b[Oo]n\s+$")
_REL_PART = re.compile(r"\b(?P<mod>last|this)\s+$")
_DOM = re.compile(r"[Tt]he\s+(?P<d>\d{1,2})(?:st|nd|rd|th)(?!\s*(?:of\s+)?" + _M + r")(?=\s*(?:[,.;]|$|of\s+the\s+month))")

# Words right before a month name that make it a time ("in July").
_MONTH_LEAD = re.compile(
    r"(?i:\b(?P<lead>in|since|last|this|next|early|mid|late|until|till|by|through|throughout|during|of|from|the|"
    r"between|before|after|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end|"
    r"beginning|start|in\s+early|in\s+mid|in\s+late|since\s+early|since\s+mid|since\s+late|until\s+early|"
    r"until\s+late|by\s+early|by\s+late|as\s+recently\s+as|as\s+early\s+as|as\s+late\s+as|as\s+of)"
    r"(?:\s+|-))$"
)
_WEEKDAY_LEAD = re.compile(
    r"(?i:\b(?P<lead>late\s+on|early\s+on|late|early|on|last|next|this|since|by|until|till|from|starting|"
    r"beginning|as\s+of|effective|overnight|overnight\s+from|the\s+night\s+of|on\s+the\s+night\s+of|"
    r"between|before|after|through)\s+)$"
)
_RANGE_LEAD = re.compile(r"(?i:\b(?P<lead>between|from|on\s+the\s+night\s+of|the\s+night\s+of|overnight|overnight\s+from)\s+)$")
_FUTURE_MARK = re.compile(
    r"(?i:\b(?:will|shall|won['’]t|is\s+due|are\s+due|due\s+to|scheduled|set\s+to|expected\s+to|plans?\s+to|"
    r"planned|going\s+to|to\s+be\s+held|to\s+take\s+place|intends?\s+to|upcoming|ahead\s+of)\b)"
)
_FUTURE_LEAD = frozenset({"next", "starting", "from", "until", "till", "beginning", "as of", "effective", "by"})
_SENT_BREAK = re.compile(r"[.!?]\s|\n")
# A four-digit number followed by one of these is a count, not a year ("2000 soldiers").
_COUNT_AFTER = re.compile(
    r"\s*(?:km\b|kilomet|miles?\b|people|persons|soldiers|troops|men\b|women|children|civilians|fighters|"
    r"militants|%|percent|per\s+cent|dollars|euros|francs|cfa|metres|meters|tonnes|households|families|"
    r"refugees|displaced|students|schools|villages|homes|houses|vehicles|hectares|gmt\b|utc\b|hrs?\b|h\b|local\s+time)",
    re.I,
)
_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:some|about|around|over|nearly|almost|approximately|roughly|at\s+least|more\s+than|fewer\s+than|"
    r"less\s+than|up\s+to|as\s+many\s+as|an\s+estimated|no\.|number|resolution|flight|article|decree|law)\s*|[$€£#]\s*)$"
)


# --------------------------------------------------------------------------------- helpers


def precision_for_span(first: date, last: date) -> DatePrecision:
    """Precision of a span of days: <= 2 days ``day`` (a night across two dates), <= 7
    ``week``, <= 92 ``month`` (up to a quarter), else ``year``."""
    n = (last - first).days + 1
    if n <= 2:
        return "day"
    if n <= 7:
        return "week"
    if n <= 92:
        return "month"
    return "year"


#: Days of each month in a common year (index 0 unused).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_end(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y`` (``calendar.monthrange`` without its
    weekday: speed)."""
    if m == 2 and calendar.isleap(y):
        return date(y, 2, 29)
    return date(y, m, _MONTH_DAYS[m])


def span(m: DateMention | tuple[date, date]) -> tuple[date, date]:
    """First and last day a date mention covers (a tuple is returned as it is)."""
    if isinstance(m, tuple):
        return m
    if m.end_date is not None:
        return (m.date, m.end_date) if m.end_date >= m.date else (m.end_date, m.date)
    return _natural_span(m.date, m.precision)


def _natural_span(first: date, precision: str) -> tuple[date, date]:
    """The days a mention starting on ``first`` covers at ``precision`` (no end date)."""
    if precision == "day":
        return first, first
    if precision == "week":
        try:
            return first, first + timedelta(days=6)
        except OverflowError:
            return first, date.max  # a week begun in the calendar's last six days ends with it
    if precision == "month":
        return first, _month_end(first.year, first.month)
    return first, date(first.year, 12, 31)


def acled_event_date(first: date, last: date) -> date:
    """The date ACLED codes for a span: the day itself, else the middle of the span
    (ACLED codebook, time precision 2 and 3: "the middle of the week / month"). A whole calendar
    month is dated on its 15th whatever its length (the 16th of a 31-day month is as much its
    middle, but the hand-coded golds here read "in March" as 15 March, 130 events to 11)."""
    if last < first:
        first, last = last, first
    if first.day == 1 and last == _month_end(first.year, first.month):
        return first.replace(day=15)  # a whole calendar month: the 15th (see above)
    return first + timedelta(days=(last - first).days // 2)


def time_precision(precision: str) -> int:
    """ACLED's time_precision code: 1 day, 2 week, 3 month or coarser."""
    return {"day": 1, "week": 2}.get(precision, 3)


def compatible(a: DateMention | tuple[date, date], b: DateMention | tuple[date, date], tolerance_days: int = 1) -> bool:
    """Whether two dates can be the same event: their spans overlap, or one is a single day
    at most ``tolerance_days`` from the other (an overnight attack is reported on either
    date). A tuple ``(first, last)`` of one day counts as day precision."""
    a0, a1 = span(a)
    b0, b1 = span(b)
    gap = max((b0 - a1).days, (a0 - b1).days)  # <= 0 when the spans overlap
    if gap <= 0:
        return True
    return (a0 == a1 or b0 == b1) and gap <= tolerance_days


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date, future: bool) -> int | None:
    """The year that puts month/day on or before publication (on or after in future tense)."""
    y = published.year
    d = _safe_date(y, month, day)
    if future:
        if d is None or d < published:
            y += 1
    elif d is None or d > published:
        y -= 1
    return y if _safe_date(y, month, day) else (y - 1 if _safe_date(y - 1, month, day) else None)


def _month_year(month: int, published: date, mode: str) -> int:
    """Year of a bare month: ``recent`` (not after the publication month), ``before``
    (strictly before it, "last July") or ``future`` (not before it)."""
    y = published.year
    if mode == "future":
        return y if month >= published.month else y + 1
    if mode == "before":
        return y if month < published.month else y - 1
    return y if month <= published.month else y - 1


# --------------------------------------------------------------------------------- context


def _lead(text: str, start: int, pattern: re.Pattern, width: int = 40) -> re.Match | None:
    lo = max(0, start - width)
    # (keyed by id: hashing a compiled pattern hashes its whole code, ~2 us a call)
    shape = _LEAD_SHAPES_BY_ID.get(id(pattern))
    if shape is not None:
        # speed: the regex tries every offset of the window; skip it when the window cannot
        # end like a match, else start it where the last words that can match begin
        lo = _lead_bound(text, lo, start, *shape, _LEAD_BUDGETS_BY_ID.get(id(pattern)))
        if lo < 0:
            return None
    return pattern.search(text, lo, start)


def _lead_bound(
    text: str, lo: int, start: int, finals: tuple[str, ...], words: int, space: bool = True,
    budgets: dict[str, int] | None = None,
) -> int:
    """Where a match of a lead pattern in ``text[lo:start]`` can start at the earliest, or -1
    when none can: every match is at most ``words`` whitespace-separated words, the last of
    them ending with one of ``finals`` (ASCII, any case) and followed by whitespace or a
    hyphen (``space=False``: by optional whitespace) up to ``start``. When the last word is
    one of ``budgets`` (lower case), the match is at most that many words ("on": "late on")."""
    window = text[lo:start]
    if window.endswith("-"):
        core = window[:-1]
    else:
        core = window.rstrip()
        if space and len(core) == len(window):
            return -1
    # (isascii is O(1) on a str: the odd folds are looked for only in a non-ASCII window)
    if core.isascii() or not (_ODD_FOLDS[0] in core or _ODD_FOLDS[1] in core or _ODD_FOLDS[2] in core):
        if not core.lower().endswith(finals):
            return -1
    parts = core.rsplit(None, words)
    if budgets is not None and parts:
        # speed: the fewer words, the fewer offsets the regex tries
        n = budgets.get(parts[-1].lower())
        if n is not None and n < words:
            words = n
            parts = core.rsplit(None, n)
    return lo + len(parts[0]) if len(parts) > words else lo


#: A word of each _FUTURE_MARK phrase (lower case): a window with none of them has no marker.
_FUTURE_WORDS = (
    "will", "shall", "won", "due", "scheduled", "set", "expected", "plan", "going", "held", "place", "intend",
    "upcoming", "ahead",
)
#: The characters that a case-insensitive pattern matches with an ASCII letter although
#: str.lower() does not turn them into it (İ, dotless ı, long ſ; tests/coding/test_speed_dates_triggers.py).
#: (text.FOLD_CHARS without the Kelvin sign, which str.lower() turns into "k".)
_ODD_FOLDS = tuple(text_mod.FOLD_CHARS[:3])


def _may_contain(window: str, words: tuple[str, ...]) -> bool:
    """False only when no case-insensitive pattern of ASCII words can match in ``window``
    unless it contains one of ``words`` (a quick test before the regex: speed)."""
    if not window.isascii() and (_ODD_FOLDS[0] in window or _ODD_FOLDS[1] in window or _ODD_FOLDS[2] in window):
        return True
    return any(map(window.lower().__contains__, words))  # (a loop in C)


def _is_future(text: str, start: int, lead: str) -> bool:
    if lead in _FUTURE_LEAD:
        return True
    lo = max(0, start - 70)
    window = text[lo:start]
    if not _may_contain(window, _FUTURE_WORDS):
        return False  # speed: no marker word, no regex passes
    cut = 0
    for m in _SENT_BREAK.finditer(window):
        cut = m.end()
    return bool(_FUTURE_MARK.search(window, cut))


#: A past or perfect verb in the clause of "by <weekday>": the day is a cut-off already passed
#: ("more than 40 bodies had been recovered by Wednesday evening", "By Monday, hundreds had fled",
#: "the toll has risen to 12 by Tuesday"), not a deadline ahead ("must leave by Friday").
_BY_PASSED = re.compile(r"(?i)\b(?:had|has\s+been|have\s+been|has\s+risen|have\s+risen|was|were)\b")


def _by_passed(text: str, s: int, e: int) -> bool:
    """Whether "by <weekday>" at ``text[s:e]`` is told in a past or perfect clause (the sentence's
    words before it, or the words after it up to the sentence's end)."""
    before = text[max(0, s - 90) : s]
    cut = 0
    for m in _SENT_BREAK.finditer(before):
        cut = m.end()
    before = before[cut:]
    after = text[e : e + 90]
    m = _SENT_BREAK.search(after)
    if m is not None:
        after = after[: m.start()]
    if _FUTURE_MARK.search(before) or _FUTURE_MARK.search(after):
        return False
    return _BY_PASSED.search(before) is not None or _BY_PASSED.search(after) is not None


def _norm_lead(m: re.Match | None) -> str:
    return " ".join(m.group("lead").lower().split()) if m else ""


# ----------------------------------------------------------------------------------- rules


# ------------------------------------------------------------------------------------ cues
#
# Speed: each rule family used to scan the whole text with its own regex; the regex engine
# tries a match at every character (or every character of a class), ~20-50 us per pass over a
# 3 kB article. Now the text is scanned once for each kind of cue (digits, month names; the
# weekday and relative words through str.find, at C speed) and each family's regex is tried
# only where one of its matches can start (see _matches_at), which yields the same matches.

_MONTH_NAME = re.compile(_M)  # no month name starts inside another: the starts are all found
_DIGIT_RUN = re.compile(r"\d\d*")  # not \d+: an opening class lets the engine skip in C
#: Above this many runs of digits, trying the regexes run by run costs more than a scan.
_MAX_RUNS = 100
#: "day" at the end of each weekday name: the three letters before it -> offset of the name.
_WEEKDAY_STEM = {"Mon": 3, "ues": 4, "nes": 6, "urs": 5, "Fri": 3, "tur": 5, "Sun": 3}
#: Literal parts of the relative keys (_REL_KEY): a key starts at the literal, or the given
#: prefix before it ("yesterday", "today", "tonight").
_REL_LITERALS = (
    ("day", ("yester", "to")), ("night", ("to",)), ("week", ()), ("month", ()), ("year", ()),
    ("morning", ()), ("afternoon", ()), ("evening", ()),
)


#: ``bytes.translate`` table: an ASCII digit -> "0", any other byte -> " ".
_DIGIT_MASK = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
#: Above this many non-ASCII characters _digit_runs leaves the text to the regex.
_MAX_ODD = 64


def _digit_runs(text: str) -> list[tuple[int, int]] | None:
    """The spans of ``_DIGIT_RUN.finditer(text)`` (runs of decimal digits), or None when
    there are more than ``_MAX_RUNS``.

    Speed: a regex scan for a digit class costs ~10 ns per character; encoding the text to
    one byte per character ("?" for non-ASCII), masking the digits with ``bytes.translate``
    and finding the runs' ends with ``bytes.find`` (memchr) costs a third of that. A decimal
    digit of another script (``\\d`` matches it, the mask would not) sends the text to the
    regex, as does a text with many non-ASCII characters (each one is checked).
    """
    enc = text.encode("ascii", "replace")
    if not text.isascii():
        if enc.count(b"?") > _MAX_ODD:
            return _regex_runs(text)
        i = enc.find(b"?")
        while i >= 0:
            if text[i].isdecimal():
                return _regex_runs(text)
            i = enc.find(b"?", i + 1)
    find = enc.translate(_DIGIT_MASK).find
    n = len(enc)
    runs = []
    i = find(48)
    while i >= 0:
        j = find(32, i)
        if j < 0:
            j = n
        runs.append((i, j))
        if len(runs) > _MAX_RUNS:
            return None
        i = find(48, j)
    return runs


def _regex_runs(text: str) -> list[tuple[int, int]] | None:
    """:func:`_digit_runs` by the regex (the plain definition)."""
    runs = [m.span() for m in _DIGIT_RUN.finditer(text)]
    return runs if len(runs) <= _MAX_RUNS else None


class _Cues:
    """Where matches can start in one text: month names and digits (found once per text).

    ``runs`` are the ``(start, end)`` offsets of the runs of digits, or None when there are
    too many to try one by one (then each family scans the text). The candidate starts that
    follow from a family's pattern are the properties below.
    """

    __slots__ = ("months", "runs", "_month_end")

    def __init__(self, text: str):
        found = list(_MONTH_NAME.finditer(text))
        self.months = [m.start() for m in found]
        self._month_end = found[-1].end() if found else 0  # end of the last month name found
        self.runs: list[tuple[int, int]] | None = _digit_runs(text)

    @property
    def digits(self) -> list[int] | None:
        """Every digit's offset."""
        return None if self.runs is None else [i for a, b in self.runs for i in range(a, b)]

    @property
    def day_starts(self) -> list[int] | None:
        """Where _DM can match: its day (one or two digits) ends a run of digits, and a month
        name follows, so the run ends before the end of the last month name found (a month
        name starts where one was found or, were that possible, inside one). One start per
        run, its last two digits: the pattern after the day only reads the text after the run,
        so the last digit alone matches only where the last two do (and lies inside that match)."""
        if self.runs is None:
            return None
        bound = self._month_end
        return [max(a, b - 2) for a, b in self.runs if b < bound]

    @property
    def year_starts(self) -> list[int] | None:
        """Where _YEARS can match: its year is the last four digits of a run (a fifth digit
        right after it fails every branch of the pattern)."""
        return None if self.runs is None else [b - 4 for a, b in self.runs if b - a >= 4]

    def digit_before(self, text: str, suffixes: tuple[str, ...]) -> bool:
        """Whether a digit is followed by one of ``suffixes`` (True when unknown)."""
        return self.runs is None or any(map(text.startswith, repeat(suffixes), map(_SECOND, self.runs)))


def _matches_at(rx: re.Pattern, text: str, starts: list[int] | None) -> list[re.Match]:
    """``list(rx.finditer(text))``, given every offset at which a match of ``rx`` can start
    (ascending; None: scan the text). Tries ``rx`` only there, skipping offsets inside the
    previous match as finditer does (no pattern here matches the empty string)."""
    if starts is None:
        return list(rx.finditer(text))
    found = []
    end = 0
    match = rx.match
    for i in starts:
        if i >= end:
            m = match(text, i)
            if m is not None:
                end = m.end()
                found.append(m)
    return found


def _literal_starts(text: str, literals) -> list[int]:
    """Sorted offsets where one of ``(literal, prefixes)`` occurs, or one of its prefixes
    right before it (the start of the prefix)."""
    starts = []
    find = text.find
    for lit, prefixes in literals:
        i = find(lit)
        while i >= 0:
            starts.append(i)
            for pre in prefixes:
                if i >= len(pre) and text.startswith(pre, i - len(pre)):
                    starts.append(i - len(pre))
            i = find(lit, i + 1)
    starts.sort()
    return starts


def _weekday_starts(text: str) -> list[int]:
    """Offsets of the weekday names (_W) in ``text``: each ends in "day"."""
    starts = []
    find = text.find
    stems = _WEEKDAY_STEM
    i = find("day", 3)
    while i >= 0:
        off = stems.get(text[i - 3:i])
        if off is not None and i >= off:
            starts.append(i - off)
        i = find("day", i + 1)
    return starts


class _Cand:
    __slots__ = ("start", "end", "first", "last", "precision", "tense", "kind", "explicit_end")

    def __init__(self, start, end, first, last, precision, tense, kind, explicit_end=False):
        self.start, self.end = start, end
        self.first, self.last = first, last
        self.precision, self.tense, self.kind = precision, tense, kind
        self.explicit_end = explicit_end  # keep last as end_date even for a regular span


class _AnaCand(_Cand):
    """"the next day", "two days later": ``shift`` days from the date of the incident told just
    before; "three months later", "a year later": ``months`` months from it, a month (``first``
    is None until :func:`_resolve_anaphoric` finds it)."""

    __slots__ = ("shift", "months")

    def __init__(self, start, end, shift, months=0):
        super().__init__(start, end, None, None, "month" if months else "day", "past", "anaphoric")
        self.shift = shift
        self.months = months


def find_dates(text: str, published: date | None, sentences: list[Sentence] | None = None) -> list[DateMention]:
    """Every time expression in ``text`` resolved against ``published`` (see the module doc).

    Returns :class:`DateMention` records sorted by offset; ``sentence_index`` comes from
    ``sentences`` (as from :func:`analysis.coding.text.split_sentences`), -1 without them.
    """
    cands: list[_Cand] = []
    undated: list[_Undated] | None = [] if published is None else None
    cues = _Cues(text)
    _explicit(text, published, cands, undated, cues=cues)
    _months(text, published, cands, cues)
    _numeric(text, cands, cues)
    _years(text, cands, cues)
    if undated:
        _resolve_undated(text, undated, cands)
    if published is not None:
        _weekdays(text, published, cands)
        _relative(text, published, cands)
        _day_of_month(text, published, cands, cues)
    ana = _anaphoric(text, published, cands)
    # longest expression wins where two overlap. Speed: two stable sorts on C-level keys
    # give the order of the key (start, -length): by start, then the longest, then as found
    cands.sort(key=_END, reverse=True)
    cands.sort(key=_START)
    chosen: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start < last_end:
            continue
        chosen.append(c)
        last_end = c.end
    chosen = _merge_weekday_dates(text, chosen)
    for c in chosen:
        if c.kind == "explicit" and _is_dateline(text, c.start, c.end):
            c.kind = "dateline"
    if ana:
        chosen = _resolve_anaphoric(text, published, chosen, sentences)
    # each mention's sentence: the last one starting at or before it, if it ends after it
    # (sentence_index_at's answer; speed: bisect in C)
    out = []
    for c in chosen:
        first, last, kind, start = c.first, c.last, c.kind, c.start
        end_date = None
        if last != first:
            if c.explicit_end or kind in ("range", "weekend"):
                end_date = last
            elif _natural_span(first, c.precision) != (first, last):
                # a span narrower or other than the precision implies ("early July", "this week")
                end_date = last
        idx = text_mod.sentence_index_at(sentences, start) if sentences else -1
        out.append(filled(
            DateMention, start=start, end=c.end, text=text[start:c.end], date=first, precision=c.precision,
            sentence_index=idx, end_date=end_date, tense=c.tense, kind=kind,
        ))
    return out


_START = attrgetter("start")
_END = attrgetter("end")
_SECOND = itemgetter(1)


_DATELINE_PREFIX = re.compile(
    r"(?i:\s*(?:date|dated|published|posted|updated|last\s+updated|first\s+published|modified)(?:\s+on)?[:\s]*)"
)
#: The page's own date labels of news sites, opening a line: "Issued on: 22/10/2023 - 11:40",
#: "Last modified on 3 March 2024", "Publication date: ...", "Updated 11:04 AM GMT, August 16, 2025".
#: The words of a page's date label ("Published", "Updated on:"), shared by the two patterns below.
_LABEL_WORDS = r"issued|published|posted|updated|modified|released|created"
_PAGE_LABEL = re.compile(
    r"(?i:\s*(?:" + _LABEL_WORDS + r"|last\s+(?:updated|modified|update)"
    r"|first\s+(?:published|posted|issued)|originally\s+published|publication\s+date|date\s+of\s+publication"
    r"|publi[ée]\s+le|mis\s+[àa]\s+jour\s+le|modifi[ée]\s+le"
    r"|(?:situation(?:\s+report)?\s+)?as\s+(?:of|at)|situation\s+(?:on|at|au)|en\s+date\s+du)\b)"
)
#: The lower-case words (3 letters or more) a page label's line may hold besides its label, dates,
#: hours and names: "Published on August 21, 2025, at 5:32 pm (Paris)", "Published 3 March 2024,
#: updated 4 March 2024", "Posted by A. Diallo on 3 March 2024". Any other word makes it prose
#: ("Issued on March 3, the decree bans ...").
_PAGE_LINE_WORDS = frozenset(
    """updated published modified posted issued released created last first originally update publication
    date publi modifi jour mis gmt utc hours hour ago min mins minutes read""".split()
)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A date alone on a short line, or after "Published On"/"Updated", or an agency dateline
    with or without its place ("BAMAKO, Oct 3 (Reuters) -", "May 13 (Reuters) -"): the page's
    or the report's own date."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    before = text[ls:start]
    if before.strip():
        # "BAMAKO, Oct 3 (Reuters) -", "Ouagadougou, 28 September 2023 (AIB) -": an agency
        # dateline (place, date, agency in brackets, dash) dates the report, not the event
        if _AGENCY_PLACE.fullmatch(text, ls, start) and (
                _AGENCY_AFTER.match(text, end)
                # "BAMAKO, March 12 — ...": a place in capitals and a dash, no agency; "Niamey,
                # 22 March 2025 - ...": any place, a full date with its year and a dash
                or (_DASH_AFTER.match(text, end) and (before.split(",", 1)[0].strip().isupper()
                                                      or _YEAR_DIGITS.search(text, start, end) is not None))):
            return True
        # "Published On 26 Aug 2024", " date 2024-08-26 <headline>": a date label opens the line
        if _DATELINE_PREFIX.fullmatch(text, ls, start) is not None:
            return True
        # "Issued on: 22/10/2023 - 11:40", "Updated 11:04 AM GMT, August 16, 2025": a page label
        # opens a line that holds no sentence (page furniture; "Issued on March 3, the decree
        # bans ..." is prose)
        lab = _PAGE_LABEL.match(text, ls, start)
        if lab is not None:
            return _no_sentence(text, lab.end(), le)
        # "Kamal Ali Hassan |16.10.2024 - Update : 16.10.2024", "Politics | 3 March 2024": a
        # date after a "|" separator or right after a page label, on a line that holds no
        # sentence (a byline or section line)
        return _LABEL_BEFORE.search(before, max(0, len(before) - 24)) is not None and _no_sentence(text, ls, le)
    # "May 13 (Reuters) - Islamist militants attacked ...": a date opening a line, then the
    # agency in brackets and a dash (the dateline of a factbox or a rewrite, with no place)
    if text.find("(", end, end + 3) >= 0 and _AGENCY_AFTER.match(text, end):
        return True
    # "July 1, 2019World News": a short line that starts with the date and has no sentence
    return le - ls <= 60 and not text[start].islower() and not _LOWER_WORD.search(text, end, le)


def _no_sentence(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds no lower-case word but the page labels' (no prose)."""
    return all(w.group().lower() in _PAGE_LINE_WORDS for w in _LOWER_WORD.finditer(text, lo, hi))


_LOWER_WORD = re.compile(r"\b[a-z]{3,}")
#: The end of a page line's text before its date: a "|" separator or a page label ("Update :",
#: "- Updated", "Published on").
_LABEL_BEFORE = re.compile(
    r"(?i:(?:\||\b(?:" + _LABEL_WORDS + r"|update|dated?)(?:\s+on)?\s*:?)\s*)$"
)
#: The place of an agency dateline: capitalised words then a comma ("NIAMEY, ", "Bamako, Mali, ").
_AGENCY_PLACE = re.compile(r"\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},(?: [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?,)? ?")
#: What follows the date of an agency dateline: the agency in brackets and a dash.
_AGENCY_AFTER = re.compile(r",? ?\([A-Z][^()\n]{0,30}\) ?(?:-{1,2}|—|–)")
#: ... or, after a place in capitals, a dash alone ("BAMAKO, March 12 — Gunmen ...").
_DASH_AFTER = re.compile(r" ?(?:-{1,2}|—|–) ")
#: A year in a date's text (the dateline "Niamey, 22 March 2025 - ").
_YEAR_DIGITS = re.compile(r"\d{4}")


def _boundary_ok(text: str, s: int, e: int) -> bool:
    """The match is a whole word run: no letter or digit glued to either end."""
    return (s == 0 or not text[s - 1].isalnum()) and (e >= len(text) or not text[e].isalnum())


class _Undated:
    """A day-month without a year in an article without a publication date."""

    __slots__ = ("start", "end", "m1", "d1", "m2", "d2", "future", "weekday")

    def __init__(self, start, end, m1, d1, m2, d2, future, weekday):
        self.start, self.end, self.m1, self.d1, self.m2, self.d2 = start, end, m1, d1, m2, d2
        self.future, self.weekday = future, weekday


# "Saturday, May 1", "Saturday May 1", "Sunday evening, June 30": the weekday that names the date
_WD_BEFORE = re.compile(rf"(?P<w>{_W})(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:on\s+)?(?:the\s+)?$")


def _explicit(
    text: str, published: date | None, out: list[_Cand], undated: list[_Undated] | None = None, *, cues: _Cues
) -> None:
    # _MD starts with a month name, _DM with a digit and needs a month name
    for rx, starts in ((_MD, cues.months), (_DM, cues.day_starts if cues.months else [])):
        for m in _matches_at(rx, text, starts):
            s, e = m.start(), m.end()
            if not (s == 0 or not text[s - 1].isalnum()):
                continue
            if e < len(text) and text[e].isdigit():
                continue
            m1 = _MONTH_NUM[m.group("m1").lower()]
            m2 = _MONTH_NUM[m.group("m2").lower()] if rx is _MD and m.group("m2") else m1
            d1 = int(m.group("d1"))
            d2 = int(m.group("d2")) if m.group("d2") else None
            sep = (m.group("sep") or "").strip().lower()
            # "July 30 last year", "3 March of this year", "Last year on March 3": the day of
            # that year (no publication date: no year to count from, the date is skipped)
            rel_year = None
            that = _that_year(text, s, e) if not m.group("y") else None
            if that is not None:
                # "on 12 June that year": the year told just before
                rel_year, e = that
            elif not m.group("y"):
                rel = _REL_YEAR_AFTER_DAY.match(text, e) if _may_be_rel_after(text, e) else None
                if rel is not None:
                    e = rel.end()
                elif text.find("year", max(0, s - 24), s) >= 0:
                    rel = _REL_YEAR_BEFORE_DAY.search(text, max(0, s - 32), s)
                    if rel is not None:
                        s = rel.start()
                if rel is not None:
                    if published is None:
                        continue
                    rel_year = published.year + _REL_SHIFT[rel.group("mod").lower()]
            # the range lead ("between", "from") is read only for a range (speed: a single
            # date skips the regex)
            lead_m = _lead(text, s, _RANGE_LEAD) if d2 is not None else None
            lead = _norm_lead(lead_m)
            if d2 is not None and sep == "and" and lead != "between":
                # "on July 22 and July 27": two dates, the second added here as its own mention
                y = int(m.group("y")) if m.group("y") else rel_year
                if y is None and published is not None:
                    y = _year_for(m2, d2, published, False)
                second = _safe_date(y, m2, d2) if y else None
                if y is None and undated is not None:
                    s2 = (m.start("m2") if m.group("m2") else m.start("d2")) if rx is _MD else m.start("d2")
                    e2 = m.end("d2") if rx is _MD else e
                    undated.append(_Undated(s2, e2, m2, d2, m2, None, False, None))
                if second is not None:
                    if rx is _MD:
                        s2 = m.start("m2") if m.group("m2") else m.start("d2")
                        e2 = e if m.group("y") or rel_year is not None else m.end("d2")
                    else:
                        s2, e2 = m.start("d2"), e
                    out.append(_Cand(s2, e2, second, second, "day", "past", "explicit"))
                e = m.start("sep")
                d2 = None
            wlead = _norm_lead(_lead(text, s, _WEEKDAY_LEAD))
            if d2 is not None and wlead in ("from", "between"):
                wlead = ""  # "from July 22 to 27" is a span, not a start
            future = _is_future(text, s, wlead)
            year = int(m.group("y")) if m.group("y") else rel_year
            if rel_year is not None:
                # the year is stated: the tense follows the date ("on March 3 next year")
                day1 = _safe_date(rel_year, m1, d1)
                future = day1 is not None and published is not None and day1 > published
            if year is None:
                if published is None:
                    if undated is not None:
                        wm = _WD_BEFORE.search(text, max(0, s - 30), s) if d2 is None else None
                        if wm is not None:
                            s = wm.start()
                        elif d2 is not None and lead_m and lead in ("between", "from", "on the night of", "the night of", "overnight", "overnight from"):
                            s = lead_m.start("lead")
                        w = _WEEKDAY_NUM[wm.group("w").lower()] if wm is not None else None
                        undated.append(_Undated(s, e, m1, d1, m2, d2, future, w))
                    continue
                year = _year_for(m1, d1, published, future)
                if year is None:
                    continue
            first = _safe_date(year, m1, d1)
            if first is None:
                continue
            if d2 is None:
                out.append(_Cand(s, e, first, first, "day", "future" if future else "past", "explicit"))
                continue
            y2 = year + 1 if m2 < m1 else year
            last = _safe_date(y2, m2, d2)
            if last is None or last < first or (last - first).days > 62:
                continue
            if m.group("y") and m2 < m1:  # "Dec. 31 to Jan. 2, 2024": the year is the last day's
                first = _safe_date(year - 1, m1, d1) or first
                last = _safe_date(year, m2, d2) or last
            if lead_m and lead in ("between", "from", "on the night of", "the night of", "overnight", "overnight from"):
                s = lead_m.start("lead")
            out.append(_Cand(s, e, first, last, precision_for_span(first, last), "future" if future else "past", "range"))


def _months(text: str, published: date | None, out: list[_Cand], cues: _Cues) -> None:
    for m in _matches_at(_MY, text, cues.months):
        s, e = m.start(), m.end()
        if not _boundary_ok(text, s, e):
            continue
        if text[e:e + 1] == " " and text[e + 1:e + 2].isdigit() and not m.group("y"):
            continue  # "July 22": an explicit date, found by _explicit
        m1 = _MONTH_NUM[m.group("m1").lower().rstrip(".")]
        m2 = _MONTH_NUM[m.group("m2").lower()] if m.group("m2") else None
        lead_m = _lead(text, s, _MONTH_LEAD)
        lead = _norm_lead(lead_m)
        year = int(m.group("y")) if m.group("y") else None
        rel = _REL_YEAR_AFTER.match(text, e) if year is None and _may_be_rel_after(text, e) else None
        that = _that_year(text, s, e) if year is None and rel is None else None
        if that is not None:
            # "In June that year", "in March of the same year": the year told just before
            year, e = that
        elif rel is not None:
            # "in March last year", "January of this year": the month of that year
            if published is None:
                continue
            year = published.year + _REL_SHIFT[rel.group("mod").lower()]
            e = rel.end()
            if lead == "last":
                lead = ""
        if not lead and year is None:
            continue  # a bare month name: "May" the verb, "March" the noun
        if m.group("m1") in ("May", "MAY", "March", "MARCH") and lead in ("of", "by", "end", "start", "beginning", "the") and year is None:
            continue  # "of May", "by March" are too often not dates
        future = lead in ("next", "until", "till", "by") or _is_future(text, s, lead)
        if rel is not None:
            future = rel.group("mod").lower() == "next"
        if year is None:
            if published is None:
                continue
            mode = "before" if lead == "last" else ("future" if future else "recent")
            year = _month_year(m1, published, mode)
        try:
            first = date(year, m1, 1)
            last = _month_end(year, m1)
            kind = "month"
            if m2 is not None:
                y2 = year if m2 >= m1 else year + 1
                if m.group("y") and m2 < m1:
                    first, y2 = date(year - 1, m1, 1), year
                last = _month_end(y2, m2)
                kind = "range"
            part = lead.split()[-1] if lead else ""
            if m2 is None and part in ("early", "beginning", "start"):
                last = date(year, m1, 10)
            elif m2 is None and part in ("mid", "middle"):
                first, last = date(year, m1, 11), date(year, m1, 20)
            elif m2 is None and (part in ("late",) or lead.startswith("the end") or lead == "end"):
                first = date(year, m1, 21)
        except (ValueError, OverflowError):
            continue  # a month outside the calendar ("last January" published in year 1): no date
        if lead_m and (
            part in ("early", "mid", "late", "middle", "beginning", "start", "last", "next", "this")
            or lead in ("the end of", "end")
            or (kind == "range" and lead in ("between", "from"))
        ):
            s = lead_m.start("lead")
        prec = "month" if kind == "month" else precision_for_span(first, last)
        if prec in ("day", "week"):
            prec = "month"
        out.append(_Cand(s, e, first, last, prec, "future" if future else "past", kind))


def _numeric(text: str, out: list[_Cand], cues: _Cues) -> None:
    _dotted(text, out, cues)
    if not cues.digit_before(text, ("-", "/")):
        return  # no digit followed by a separator: no numeric date
    for n in _matches_at(_NUMDATE, text, cues.digits):
        if not _boundary_ok(text, n.start(), n.end()):
            continue
        m = _ISO.fullmatch(n.group())
        if m:
            d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d is not None:
                out.append(_Cand(n.start(), n.end(), d, d, "day", "past", "explicit"))
            continue
        m = _SLASH.fullmatch(n.group())
        if not m:
            continue
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if y < 100:
            y += 2000
        d = _day_first(a, b, y)
        if d is not None:
            out.append(_Cand(n.start(), n.end(), d, d, "day", "past", "explicit"))


def _day_first(a: int, b: int, y: int) -> date | None:
    """The date of "a/b/y" or "a.b.y": day first ("03/04/2024" is 3 April), unless the second
    number cannot be a month ("04/13/2024", the US order, is 13 April)."""
    return _safe_date(y, b, a) if b <= 12 else _safe_date(y, a, b)


def _dotted_starts(text: str, runs: list[tuple[int, int]] | None) -> list[int] | None:
    """Where _DOTTED can match: a run of one or two digits, ".", one or two, ".", four (None:
    scan the text). Speed: a walk over the runs of digits, no regex."""
    if runs is None:
        return None
    starts = []
    for k in range(2, len(runs)):
        a3, b3 = runs[k]
        if b3 - a3 != 4:
            continue
        a2, b2 = runs[k - 1]
        a1, b1 = runs[k - 2]
        if a3 == b2 + 1 and a2 == b1 + 1 and b2 - a2 <= 2 and b1 - a1 <= 2 and text[b1] == "." and text[b2] == ".":
            starts.append(a1)
    return starts


def _dotted(text: str, out: list[_Cand], cues: _Cues) -> None:
    """"18.02.2025", "Date 18.02.2025": day first (see :func:`_day_first`)."""
    starts = _dotted_starts(text, cues.runs)
    if starts == []:
        return
    for m in _matches_at(_DOTTED, text, starts):
        s, e = m.start(), m.end()
        if not _boundary_ok(text, s, e):
            continue
        d = _day_first(int(m.group("a")), int(m.group("b")), int(m.group("y")))
        if d is not None:
            out.append(_Cand(s, e, d, d, "day", "past", "explicit"))


# "early 2024", "mid-2023", "late 2022": a third of the year (Jan-Apr, May-Aug, Sep-Dec)
_PART_YEAR = re.compile(r"(?i:\b(?P<part>early|mid|late|the\s+end\s+of)(?:-|\s+))$")
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "the end of": (9, 12)}


def _years(text: str, out: list[_Cand], cues: _Cues) -> None:
    for m in _matches_at(_YEARS, text, cues.year_starts):
        s, e = m.start(), m.end()
        part_m = _lead(text, s, _PART_YEAR, 16) if s > 0 and text[s - 1] in " -" else None
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "$€£#.,/:-") and part_m is None:
            continue
        if e < len(text) and (text[e].isalnum() or (text[e] in ",." and text[e + 1:e + 2].isdigit())):
            continue
        if _lead(text, s, _COUNT_BEFORE, 16) or _COUNT_AFTER.match(text, e):
            continue
        y1 = int(m.group("y1"))
        if not 1800 <= y1 <= 2100:
            continue
        if m.group("dec"):
            out.append(_Cand(s, e, date(y1, 1, 1), date(min(y1 + 9, 9999), 12, 31), "year", "past", "decade", True))
            continue
        y2s = m.group("y2")
        if y2s:
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            sep = m.group("sep").strip().lower()
            lead_m = _lead(text, s, _RANGE_LEAD)
            if sep == "and" and _norm_lead(lead_m) != "between":
                e = m.start("sep")  # "in 2020 and 2021": two years
                if len(y2s) == 4:
                    out.append(_Cand(m.start("y2"), m.end("y2"), date(y2, 1, 1), date(y2, 12, 31), "year", "past", "year"))
                y2s = None
            elif y2 <= y1 or y2 - y1 > 50:
                e = m.start("sep")
                y2s = None
            else:
                if lead_m:
                    s = lead_m.start("lead")
                out.append(_Cand(s, e, date(y1, 1, 1), date(y2, 12, 31), "year", "past", "range"))
                continue
        if part_m is not None and not m.group("dec"):
            m_lo, m_hi = _PART_MONTHS[" ".join(part_m.group("part").lower().split())]
            out.append(_Cand(part_m.start(), e, date(y1, m_lo, 1), _month_end(y1, m_hi), "year", "past", "year", True))
            continue
        out.append(_Cand(s, e, date(y1, 1, 1), date(y1, 12, 31), "year", "past", "year"))


#: After a day-month: "July 30 last year", "3 March, this year", "March 3 of next year" (not
#: "last year's": a year's noun phrase that follows the date).
_REL_YEAR_AFTER_SRC = r",?\s+(?:of\s+)?(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b"
_REL_YEAR_AFTER_DAY = re.compile(_REL_YEAR_AFTER_SRC + r"(?!['’]s\b)")
#: Before a day-month: "Last year on March 3", "Earlier this year, on 3 March" (not "since last
#: year, on March 3" nor "than last year on March 3": the year is not the date's).
_REL_YEAR_BEFORE_DAY = re.compile(
    r"(?<![Ss]ince )(?<![Tt]han )(?<![Uu]ntil )(?<![Ff]rom )\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+year,?\s+(?:on\s+)?(?:the\s+)?$"
)
#: "last / this / next" year or week, in years or weeks from the publication's
_REL_SHIFT = {"last": -1, "this": 0, "next": 1}
#: Counts written as words: "two days ago", "a day later"
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_REL_YEAR_AFTER = re.compile(_REL_YEAR_AFTER_SRC)
_REL_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+week\b")


#: "June that year", "March of the same year", "12 June that same year": the year is the one told before
_THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b(?!['’]s\b)")
#: A year as a time in the text before such a phrase ("In March 2019, ...", "the 2012 rebellion")
_YEAR_BACK = re.compile(rf"(?<![\d,.$€£])(?P<y>{_YEAR})(?![\d%]|,\d)")
#: How far back "that year" looks for its year (a few sentences: the reporter's preceding incident)
_THAT_YEAR_BACK = 600


def _that_year(text: str, s: int, e: int) -> tuple[int, int] | None:
    """ "In June that year", "in March of the same year": the year of the last year written
    before the phrase (within a few sentences), and the end of the phrase; None when no year is
    told before it (the phrase is not resolved from the publication date: "that" points back)."""
    rest = text[e:e + 24]
    if "year" not in rest:
        return None
    m = _THAT_YEAR_AFTER.match(text, e)
    if m is None:
        return None
    last = None
    for y in _YEAR_BACK.finditer(text, max(0, s - _THAT_YEAR_BACK), s):
        last = y
    if last is None:
        return None
    return int(last.group("y")), m.end()


def _may_be_rel_after(text: str, e: int) -> bool:
    """False only when ``_REL_WEEK_AFTER`` or ``_REL_YEAR_AFTER`` cannot match at ``e``: they
    need whitespace (after an optional comma), then "of" or one of their modifiers (speed: a
    str test, not a regex)."""
    rest = text[e:e + 24]
    if rest[:1] == ",":
        rest = rest[1:]
    body = rest.lstrip()
    if len(body) == len(rest):
        return False
    return not body or body[0] in "oLlTtNn"


def _weekdays(text: str, published: date, out: list[_Cand]) -> None:
    pw = published.weekday()
    for m in _matches_at(_WD, text, _weekday_starts(text)):
        try:
            _weekday_cand(text, published, pw, m, out)
        except (ValueError, OverflowError):
            # an expression whose date falls outside the calendar is skipped (published
            # within days of 0001-01-01 or 9999-12-31)
            continue


def _weekday_cand(text: str, published: date, pw: int, m: re.Match[str], out: list[_Cand]) -> None:
    s, e = m.start(), m.end()
    if not _boundary_ok(text, s, e):
        return
    lead_m = _lead(text, s, _WEEKDAY_LEAD, 30)
    lead = _norm_lead(lead_m)
    w1 = _WEEKDAY_NUM[m.group("w1").lower()]
    w2_name = m.group("w2")
    # "from Monday" starts something; "from Thursday's attack" / "from Friday to Sunday" do not
    plain_lead = "" if (w2_name or m.group("pos")) and lead in _FUTURE_LEAD and lead != "next" else lead
    if plain_lead == "by" and _by_passed(text, s, e):
        plain_lead = ""  # "had been recovered by Wednesday evening": a deadline already past
    future = _is_future(text, s, plain_lead)
    if future:
        delta = (w1 - pw) % 7
        if delta == 0 and lead == "next":
            delta = 7
        first = published + timedelta(days=delta)
    else:
        delta = (pw - w1) % 7
        if delta == 0 and lead == "last":
            delta = 7
        first = published - timedelta(days=delta)
    week = _REL_WEEK_AFTER.match(text, e) if not w2_name and _may_be_rel_after(text, e) else None
    if week is not None:
        # "on Tuesday last week", "Friday of next week": that weekday of that week
        monday = published - timedelta(days=pw) + timedelta(days=7 * _REL_SHIFT[week.group("mod").lower()])
        first = monday + timedelta(days=w1)
        future = first > published
        e = week.end()
    last = first
    if w2_name:
        w2 = _WEEKDAY_NUM[w2_name.lower()]
        gap = (w2 - w1) % 7
        if gap == 0:
            e = m.end("w1") + (len(m.group("pos") or ""))
        else:
            last = first + timedelta(days=gap)
            if not future and last > published:  # "Friday to Saturday" read on Saturday
                first -= timedelta(days=7 * ((last - published).days // 7 + 1))
                last = first + timedelta(days=gap)
    if lead_m and lead not in ("on", "since", "by", "until", "till", "from", "starting", "between", "before", "after", "through", "as of", "effective", "beginning"):
        s = lead_m.start("lead")  # "late on Tuesday", "last Friday", "overnight Friday"
    elif lead_m and lead in ("between", "from") and w2_name:
        s = lead_m.start("lead")
    prec = "day" if last == first else precision_for_span(first, last)
    out.append(_Cand(s, e, first, last, prec, "future" if future else "past", "weekday" if last == first else "range"))


def _relative(text: str, published: date, out: list[_Cand]) -> None:
    pw = published.weekday()
    monday = published - timedelta(days=pw)  # (0001-01-01 is a Monday: never before it)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    # a key glued to a letter or digit before it ("Monday") is no key: such starts are
    # dropped before the regex is tried (speed; a start inside a key's match follows a letter
    # too, so the matches kept are those of finditer that no letter or digit precedes)
    starts = [i for i in _literal_starts(low, _REL_LITERALS) if not (i and low[i - 1].isalnum())]
    for k in _matches_at(_REL_KEY, low, starts):
        try:
            _relative_cand(text, low, published, pw, monday, k, out)
        except (ValueError, OverflowError):
            # an expression whose date falls outside the calendar is skipped ("2024 years
            # ago", "a million days ago", "last week" published in the first days of year 1,
            # "next year" in 9999)
            continue


def _relative_cand(text: str, low: str, published: date, pw: int, monday: date, k: re.Match[str], out: list[_Cand]) -> None:
    s, e = k.start(), k.end()
    key = k.group()
    tense: Tense = "past"
    if key == "yesterday":
        d = published - timedelta(days=1)
        out.append(_Cand(s, e, d, d, "day", "past", "relative"))
        return
    if key in ("today", "tonight"):
        out.append(_Cand(s, e, published, published, "day", "present", "relative"))
        return
    if key in ("night", "morning", "afternoon", "evening"):
        pm = _REL_PART.search(low, max(0, s - 8), s)
        if not pm:
            return
        if pm.group("mod") == "this":
            out.append(_Cand(pm.start(), e, published, published, "day", "present", "relative"))
        elif key == "night":
            d = published - timedelta(days=1)
            out.append(_Cand(pm.start(), e, d, published, "day", "past", "relative", True))
        return
    ago = _REL_AGO.match(low, e)
    if ago:
        nm = _REL_NUM.search(low, max(0, s - 12), s)
        if not nm:
            return
        s, e = nm.start(), ago.end()
        n_word = " ".join(nm.group("n").split())
        unit = key
    else:
        if key.endswith("s") and key != "weekends":
            return
        mm = _lead(low, s, _REL_MOD, 16)
        if not mm:
            return
        s = mm.start()
        unit = ""
        mod = " ".join(mm.group("mod").split())
        what = key
        if what == "day":
            return  # "the following day", "this day": relative to another event
    if unit:
        n = _NUM_WORDS.get(n_word)
        if n is None:
            if not n_word.isdigit():
                return  # "several days ago": no point in time
            n = int(n_word)
        unit = unit.rstrip("s")
        if unit == "day":
            d = published - timedelta(days=n)
            out.append(_Cand(s, e, d, d, "day", "past", "relative"))
        elif unit == "week":
            d = published - timedelta(days=7 * n)
            wk = d - timedelta(days=d.weekday())
            out.append(_Cand(s, e, wk, wk + timedelta(days=6), "week", "past", "relative"))
        elif unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            out.append(_Cand(s, e, date(y, mo + 1, 1), _month_end(y, mo + 1), "month", "past", "relative"))
        else:
            y = published.year - n
            out.append(_Cand(s, e, date(y, 1, 1), date(y, 12, 31), "year", "past", "relative"))
        return
    if mod in ("the following", "the previous", "during the", "by the") and what != "weekend":
        return  # relative to another event, not to publication
    if mod == "on the" and what != "weekend":
        return
    future = mod in ("next", "the coming") or (mod not in ("last", "the past", "earlier this") and _is_future(text, s, ""))
    if future:
        tense = "future"
    elif mod in ("this", "later this") or (mod == "earlier this"):
        tense = "present" if mod == "this" else "past"
    if what == "weekend":
        if mod == "last" or mod == "the previous":
            sun = published - timedelta(days=(pw + 1) % 7 or 7)  # the last Sunday before publication
            if pw == 6:
                sun = published - timedelta(days=7)
        elif future:
            sat = published + timedelta(days=(5 - pw) % 7)
            sun = sat + timedelta(days=1)
        elif pw >= 5:
            sun = published + timedelta(days=6 - pw)  # published on the weekend: this one
        else:
            sun = published - timedelta(days=pw + 1)
        sat = sun - timedelta(days=1)
        out.append(_Cand(s, e, sat, sun, "week", tense, "weekend"))
        return
    if what == "week":
        if mod in ("last", "the previous"):
            first = monday - timedelta(days=7)
            out.append(_Cand(s, e, first, first + timedelta(days=6), "week", "past", "week"))
        elif mod == "the past":
            out.append(_Cand(s, e, published - timedelta(days=6), published, "week", "past", "week", True))
        elif future:
            first = monday + timedelta(days=7) if mod in ("next", "the coming") else monday
            out.append(_Cand(s, e, first, first + timedelta(days=6), "week", "future", "week"))
        else:
            out.append(_Cand(s, e, monday, published, "week", tense, "week", True))
        return
    if what == "month":
        if mod in ("last", "the previous", "the past"):
            y, mo = divmod(published.year * 12 + published.month - 2, 12)
            out.append(_Cand(s, e, date(y, mo + 1, 1), _month_end(y, mo + 1), "month", "past", "relative"))
        elif future and mod in ("next", "the coming"):
            y, mo = divmod(published.year * 12 + published.month, 12)
            out.append(_Cand(s, e, date(y, mo + 1, 1), _month_end(y, mo + 1), "month", "future", "relative"))
        else:
            first = published.replace(day=1)
            out.append(_Cand(s, e, first, published, "month", tense, "relative", True))
        return
    # year
    if mod in ("last", "the previous", "the past"):
        y = published.year - 1
        out.append(_Cand(s, e, date(y, 1, 1), date(y, 12, 31), "year", "past", "relative"))
    elif future and mod in ("next", "the coming"):
        y = published.year + 1
        out.append(_Cand(s, e, date(y, 1, 1), date(y, 12, 31), "year", "future", "relative"))
    else:
        out.append(_Cand(s, e, date(published.year, 1, 1), published, "year", tense, "relative", True))


def _day_of_month(text: str, published: date, out: list[_Cand], cues: _Cues) -> None:
    if not cues.digit_before(text, ("st", "nd", "rd", "th")):
        return  # "the 22nd" needs a digit followed by an ordinal suffix
    for m in _DOM.finditer(text):
        if not _boundary_ok(text, m.start(), m.end()):
            continue
        on = _DOM_ON.search(text, max(0, m.start() - 4), m.start())
        if not on:
            continue  # "the 22nd" alone may be a unit; "on the 22nd" is a day
        start = on.start()
        day = int(m.group("d"))
        y, mo = published.year, published.month
        for _ in range(3):  # the most recent month that has that day, on or before publication
            d = _safe_date(y, mo, day)
            if d is not None and d <= published:
                out.append(_Cand(start, m.end(), d, d, "day", "past", "explicit"))
                break
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)


_YEAR_FUTURE_LEAD = re.compile(r"(?i:\b(?:by|until|till|before|to|through)\s+(?:the\s+end\s+of\s+)?)$")

#: The shape of each lead pattern's matches, for _lead_bound: how their last word ends (every
#: alternative's last word), how many words they have at most, and whether whitespace must
#: follow (checked in tests/coding/test_speed_dates_triggers.py).
_LEAD_SHAPES: dict[re.Pattern, tuple[tuple[str, ...], int, bool]] = {
    _MONTH_LEAD: (
        tuple(
            "in since last this next early mid late until till by through throughout during of from the "
            "between before after end beginning start as".split()
        ),
        3,
        True,
    ),
    _WEEKDAY_LEAD: (
        tuple(
            "on late early last next this since by until till from starting beginning of effective "
            "overnight between before after through".split()
        ),
        4,
        True,
    ),
    _RANGE_LEAD: (("between", "from", "of", "overnight"), 4, True),
    _YEAR_FUTURE_LEAD: (("by", "until", "till", "before", "to", "through", "of"), 4, True),
    _PART_YEAR: (("early", "mid", "late", "of"), 3, True),
    _REL_MOD: (("last", "this", "next", "the", "past", "previous", "coming", "following"), 2, True),
    _COUNT_BEFORE: (
        tuple(
            "some about around over nearly almost approximately roughly least than to as estimated no. "
            "number resolution flight article decree law $ € £ #".split()
        ),
        3,
        False,
    ),
}

#: For the common last words of a lead pattern's matches, the most words a match ending
#: with that word has (fewer than the pattern's ``words`` above; checked in
#: tests/coding/test_speed_dates_triggers.py).
_LEAD_BUDGETS: dict[re.Pattern, dict[str, int]] = {
    _MONTH_LEAD: {
        **dict.fromkeys(
            "in since last this next until till by through throughout during from the between before "
            "after end beginning start".split(), 1
        ),
        **dict.fromkeys("early mid late".split(), 2),
    },
    _WEEKDAY_LEAD: {
        **dict.fromkeys(
            "late early last next this since by until till starting beginning effective overnight "
            "between before after through".split(), 1
        ),
        "on": 2,
        "from": 2,
    },
    _RANGE_LEAD: {"between": 1, "overnight": 1, "from": 2},
    _YEAR_FUTURE_LEAD: dict.fromkeys("by until till before to through".split(), 1),
    _PART_YEAR: dict.fromkeys("early mid late".split(), 1),
    _REL_MOD: {"last": 1, "next": 1},
}
#: _LEAD_SHAPES and _LEAD_BUDGETS by ``id`` of the pattern (module constants, never freed).
_LEAD_SHAPES_BY_ID = {id(p): shape for p, shape in _LEAD_SHAPES.items()}
_LEAD_BUDGETS_BY_ID = {id(p): b for p, b in _LEAD_BUDGETS.items()}


def _resolve_undated(text: str, undated: list[_Undated], out: list[_Cand]) -> None:
    """Day-months without a year in an article without a publication date (kind ``inferred``).

    The year comes from the other dates of the text, since an article is at least as recent as
    anything it tells in the past tense:

    * with a fully dated expression (day or month with its year: "Oct. 10, 2023", "March
      2024"), the latest one stands in for the publication date, as the coder's extractor
      does: the most recent year that puts the day on or before it;
    * else with years only ("in 2021", "coups in 2020 and 2021", "from mid-2023"), the latest
      one is a lower bound: the first occurrence of the day on or after the start of that year
      (or part of a year); a weekday given with the date ("Saturday, May 1") must match, looking
      up to six years on (weekday and date repeat after 5, 6 or 11 years, so the first match is
      the one nearest the anchor);
    * without any dated expression the day-month stays unresolved: nothing else in the text
      fixes the year, and today's date must not (results would change with the day of the run).

    Risk: a text whose only years are background ("since 2012") gives too early a year; a
    weekday narrows that down but cannot rule it out. Such dates have kind ``inferred`` so a
    reader can tell them from stated ones.
    """
    full = [c.last for c in out if c.precision in ("day", "month") and c.tense != "future"]
    years = [
        c.first for c in out
        if c.kind in ("year", "range") and c.precision == "year" and c.tense != "future"
        and not _lead(text, c.start, _YEAR_FUTURE_LEAD, 24) and not _is_future(text, c.start, "")
    ]
    ref = max(full) if full else None
    low = max(years) if years and ref is None else None
    if ref is None and low is None:
        return
    for u in undated:
        first = None
        if ref is not None:
            y = _year_for(u.m1, u.d1, ref, u.future)
            first = _safe_date(y, u.m1, u.d1) if y else None
            if first is not None and u.weekday is not None and first.weekday() != u.weekday:
                # "Sunday, February 14": the weekday fixes the year, the nearest one within
                # three years (the later on a tie: the article is at least as recent as what it
                # dates); none that near: a slip of the weekday, the year stays
                first = next((d for d in (_safe_date(y + k, u.m1, u.d1) for k in (1, -1, 2, -2, 3, -3))
                              if d is not None and d.weekday() == u.weekday), first)
            if first is not None and u.weekday is not None and years and first.year < max(years).year:
                # a year the text names as past ("seized power in coups in 2020 and 2021") is
                # before the news: the weekday's year is the first on or after the latest of them
                floor = max(years).year
                first = next((d for d in (_safe_date(y2, u.m1, u.d1) for y2 in range(floor, floor + 12))
                              if d is not None and d.weekday() == u.weekday), first)
        elif u.weekday is None:
            first = _safe_date(low.year, u.m1, u.d1)
            if first is None or first < low:
                first = _safe_date(low.year + 1, u.m1, u.d1)
        else:
            for y in range(low.year, low.year + 7):
                d = _safe_date(y, u.m1, u.d1)
                if d is not None and d >= low and d.weekday() == u.weekday:
                    first = d
                    break
        if first is None:
            continue
        tense = "future" if u.future else "past"
        if u.d2 is None:
            out.append(_Cand(u.start, u.end, first, first, "day", tense, "inferred"))
            continue
        last = _safe_date(first.year + 1 if u.m2 < u.m1 else first.year, u.m2, u.d2)
        if last is None or last < first or (last - first).days > 62:
            continue
        out.append(_Cand(u.start, u.end, first, last, precision_for_span(first, last), tense, "inferred"))


_WEEKDAY_JOIN = re.compile(r",?\s+(?:on\s+)?(?:the\s+)?")


#: The apposition of a finer date after a coarser one: "Earlier this month, on Aug. 16,", "Last
#: week, on Tuesday", "In March, on the 12th".
_APPOSED_JOIN = re.compile(r"\s*,\s*(?:on\s+)?(?:the\s+)?")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _merge_weekday_dates(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """"Sunday evening, June 30" / "Tuesday, Aug. 25": one mention, the explicit date wins. A
    coarser date followed, after a comma, by a finer one inside its span ("Earlier this month, on
    Aug. 16, gunmen killed ...", "Last week, on Tuesday,"): one mention, the finer date wins."""
    merged: list[_Cand] = []
    for c in chosen:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == "weekday"
            and c.kind in ("explicit", "range")
            and _WEEKDAY_JOIN.fullmatch(text, prev.end, c.start)
        ):
            merged[-1] = _Cand(prev.start, c.end, c.first, c.last, c.precision, c.tense, c.kind, c.explicit_end)
            continue
        if (
            prev is not None
            and prev.first is not None and c.first is not None and prev.last is not None and c.last is not None
            and _PRECISION_RANK.get(c.precision, 9) < _PRECISION_RANK.get(prev.precision, -1)
            and prev.first <= c.first and c.last <= prev.last
            and _APPOSED_JOIN.fullmatch(text, prev.end, c.start)
        ):
            merged[-1] = _Cand(prev.start, c.end, c.first, c.last, c.precision, c.tense, c.kind, c.explicit_end)
            continue
        merged.append(c)
    return merged


# ------------------------------------------------------------------------ days after a day

#: The words before " day" of a phrase dated from another event: "the next", "the following",
#: "the previous", "the same", "that", "the" ("the day after"), a count ("a day later", "two
#: days earlier").
_ANA_HEAD = re.compile(
    r"(?i:\b(?P<w>(?:the\s+)?(?:next|following|previous|preceding)|the\s+same|that|the|an?|one|two|three|four"
    r"|five|six|seven|\d{1,2})\s+)$"
)
#: The words before " evening" (" morning", " afternoon", " night") of a part of a day dated
#: from another event: "the next morning", "the following night", "the same evening", "that
#: night" ("later that day" and "earlier that evening" end in "that").
_ANA_PART_HEAD = re.compile(r"(?i:\b(?P<w>(?:the\s+)?(?:next|following|previous|preceding)|the\s+same|that)\s+)$")
_ANA_PARTS = (" evening", " night", " morning", " afternoon")
#: What follows " day": a plural, then the direction ("later", "after", ...); no word glued on
#: ("a day-long siege", "the next daylight hours").
_ANA_TAIL = re.compile(r"(?P<pl>s)?(?:\s+(?P<dir>later|earlier|afterwards?|after|before|prior))?(?![\w-])")
#: After "the day after" / "two days before": the phrase ends there (punctuation, end of the
#: text), else it names its own reference ("the day after the attack": not dated) or the day
#: of publication ("the day before yesterday").
_ANA_STOP = re.compile(r"\s*(?:[,.;:)!?\"”’—–]|-\s|$)|\s+(?P<rel>yesterday|tomorrow)\b")
#: "in the next day", "over the following day": the coming day, counted from now.
_ANA_AHEAD = re.compile(r"(?i:\b(?:in|within|over|during|for|into)\s+)$")

#: Units of a time shorter than a day, counted from the incident before ("hours later": that
#: day; "48 hours later": two days on): the word before " later" (found with ``str.find``).
_ANA_SHORT = ("hours", "Hours", "hour", "minutes", "Minutes", "minute", "moments", "Moments")
_ONE_UNIT = frozenset(("a", "an", "one", "half an"))
#: The count before such a unit: "a few", "several", "some", "a couple of", "two", "48", "an",
#: "half an" (none: "Hours later, ...").
_ANA_COUNT = re.compile(
    r"(?i:\b(?P<n>a\s+few|several|some|a\s+couple\s+of|half\s+an|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve|\d{1,3})\s+)$"
)
#: Units of a time longer than a day ("three months later", "a year later"): the word before
#: " later", and the count before it (a number: "a few months later" says no date).
_ANA_LONG = ("months", "month", "years", "year")
_ANA_LONG_COUNT = re.compile(
    r"(?i:(?<![\w-])(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)$"
)
_ANA_SHIFT = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0, "that": 0}
#: How each _ANA_PART_HEAD word ends (lower case): a quick test before the regex (speed).
_ANA_PART_FINALS = tuple(_ANA_SHIFT)
#: A date in apposition right after the phrase: "The day after, Thursday 11 January" (the
#: stated date dates it).
_ANA_APPOS = re.compile(r"\s*[,(—–-]?\s*(?:on\s+)?(?:the\s+)?")
_REPORT_WORDS = (
    r"said|says|say|told|tells|stated|states|announced|announces|reported|reports|confirmed|confirms|added|adds"
    r"|wrote|writes|posted|posts|declared|declares|indicated|indicates|noted|notes|explained|explains|quoted"
    r"|warned|warns|recounted|recounts|issued|issues|denied|denies|tweeted|informed|informs|alleged|alleges"
)
#: A date that says when something was said (frames.is_report_date, on the text): "said on
#: Tuesday", "in a statement on Monday", "claimed responsibility on Friday", "Wednesday confirmed".
_REPORT_BEFORE = re.compile(
    rf"(?i:\b(?:{_REPORT_WORDS}|statement|responsibility)(?:\s*,\s*|\s+)(?:(?:on|late|early|last|this|in|its)(?:\s*,\s*|\s+)){{0,2}})$"
)
_REPORT_AFTER = re.compile(rf"(?i:\s*(?:[,;]|[a-z'’]+)?\s*\b(?:{_REPORT_WORDS}|claimed|claims)\b)")


def _anaphoric(text: str, published: date | None, out: list[_Cand]) -> bool:
    """Phrases dated from the incident told before them ("the next day", "the following day",
    "the day after", "a day later", "two days later", "the previous day", "the day before",
    "two days earlier"), added as :class:`_AnaCand` to be resolved once the other dates are
    known; "the day before yesterday" / "the day after tomorrow" count from publication.
    Returns whether any was added. Speed: every phrase has " day" (a weekday name has no
    space before its "day"), found with ``str.find``."""
    added = False
    i = text.find(" day")
    while i >= 0:
        j = i + 4
        head = _ANA_HEAD.search(text, max(0, i - 24), i + 1)
        tail = _ANA_TAIL.match(text, j) if head is not None else None
        i = text.find(" day", j)
        if tail is None:
            continue
        w = " ".join(head.group("w").lower().split()).removeprefix("the ")
        pl, way = tail.group("pl"), tail.group("dir")
        end = tail.end()
        shift = _ANA_SHIFT.get(w)
        if shift is not None:
            if pl or way or _ANA_AHEAD.search(text, max(0, head.start() - 8), head.start("w")) or text.startswith(" or ", end):
                continue  # "the next days", "the next day after the vote", "within the next day or two"
            if shift == 0 and text.startswith(" as ", end):
                continue  # "the same day as the vote": dated from what it names
        else:
            if way is None:
                continue  # "the day", "a day", "two days"
            n = 1 if w == "the" else _NUM_WORDS.get(w) or (int(w) if w.isdigit() else 0)
            if n < 1 or bool(pl) != (n > 1) or (w == "the" and way not in ("after", "before")):
                continue  # "a days later", "two day later", "the day later"
            shift = -n if way in ("earlier", "before", "prior") else n
            if way in ("after", "before", "prior"):
                stop = _ANA_STOP.match(text, end)
                if stop is None:
                    continue  # "the day after the attack": dated from what it names
                rel = stop.group("rel")
                if rel is not None:
                    if published is None or w != "the" or (rel == "yesterday") != (way == "before"):
                        continue
                    # "the day before yesterday", "the day after tomorrow"
                    try:
                        d = published + timedelta(days=-2 if rel == "yesterday" else 2)
                    except OverflowError:
                        continue
                    out.append(_Cand(head.start("w"), stop.end(), d, d, "day",
                                     "past" if rel == "yesterday" else "future", "relative"))
                    continue
        out.append(_AnaCand(head.start("w"), end, shift))
        added = True
    # parts of a day: "the next morning", "the same evening", "that night" (speed: str.find)
    for part in _ANA_PARTS:
        i = text.find(part)
        while i >= 0:
            j = i + len(part)
            i = text.find(part, j)
            if j < len(text) and (text[j].isalnum() or text[j] == "-"):
                continue  # "the next nights", "that evening-long vigil"
            k = j - len(part)
            while k > 0 and text[k - 1].isspace():
                k -= 1
            word = text[max(0, k - 9):k]
            if word.isascii() and not word.lower().endswith(_ANA_PART_FINALS):
                continue  # (speed: the regex cannot match; a non-ASCII word is left to it)
            head = _ANA_PART_HEAD.search(text, max(0, j - len(part) - 24), j - len(part) + 1)
            if head is None:
                continue
            w = " ".join(head.group("w").lower().split()).removeprefix("the ")
            if _ANA_AHEAD.search(text, max(0, head.start() - 8), head.start("w")) or text.startswith(" as ", j):
                continue  # "over the next night", "the same evening as the vote"
            out.append(_AnaCand(head.start("w"), j, _ANA_SHIFT[w]))
            added = True
    # hours after the incident: "hours later", "a few hours later", "minutes later", "48 hours
    # later" (speed: one str.find of " later", then the unit before it)
    i = text.find(" later")
    while i >= 0:
        j = i
        i = text.find(" later", j + 6)
        if j + 6 < len(text) and (text[j + 6].isalnum() or text[j + 6] == "-"):
            continue  # "later-than-planned", "laterally"
        unit = next((u for u in _ANA_SHORT if text.endswith(u, 0, j)), None)
        if unit is None:
            long = next((u for u in _ANA_LONG if text.endswith(u, 0, j)), None)
            if long is None:
                continue  # "two days later" (above), "much later"
            # "three months later", "a year later", "two years later": counted in months
            head = _ANA_LONG_COUNT.search(text, max(0, j - len(long) - 16), j - len(long))
            if head is None:
                continue  # "months later", "a few months later", "many years later": how long?
            w = head.group("n").lower()
            n = _NUM_WORDS.get(w) or (int(w) if w.isdigit() else 0)
            if n < 1 or (n > 1) != (long[-1] == "s"):
                continue  # "a years later", "two month later"
            out.append(_AnaCand(head.start("n"), j + 6, 0, n if long[0] == "m" else 12 * n))
            added = True
            continue
        u0 = j - len(unit)
        if u0 > 0 and not text[u0 - 1].isspace() and text[u0 - 1] not in "\"“(—–":
            continue  # a word glued on ("man-hours later")
        head = _ANA_COUNT.search(text, max(0, u0 - 24), u0)
        n = head.group("n").lower() if head is not None else None
        shift = 0
        if n is None or not n[0].isdigit():
            if (n in _ONE_UNIT) == (unit[-1] == "s"):
                continue  # "an hours later", "two hour later", "hour later"
        elif unit[0] in "hH" and int(n) >= 24:
            if int(n) % 24:
                continue  # "36 hours later": which day?
            shift = int(n) // 24  # "48 hours later": two days on
        out.append(_AnaCand(head.start("n") if n is not None else u0, j + 6, shift))
        added = True
    return added


#: A date after a medium noun over a medium phrase (the words of data/reference/media.yaml, as
#: frames' _MEDIUM and _MEDIUM_GAP; names of outlets are capitalised words): "in a statement
#: broadcast on state television on Monday", "in a video posted on its Telegram channel on
#: Saturday", "in a communique read on RTB on Tuesday" (no comma between).
_MEDIUM_BEFORE = re.compile(
    r"\b(?:" + text_mod.trie_pattern(sorted(text_mod.media_lexicon()["nouns"])) + r")(?:[ \t]+(?:"
    + text_mod.trie_pattern(sorted(text_mod.media_lexicon()["phrase_words"]))
    + r"|[A-Z][\w'’-]*)){0,7}[ \t]+$"
)


def _report_like(text: str, c: _Cand) -> bool:
    """Whether a date says when something was said rather than happened (as
    frames.is_report_date, on the text): "said on Tuesday", "Wednesday confirmed", "in a
    statement broadcast on state television on Monday"."""
    if _REPORT_AFTER.match(text, c.end):
        return True
    if _REPORT_BEFORE.search(text, max(0, c.start - 48), c.start) is not None:
        return True
    return _MEDIUM_BEFORE.search(text, max(0, c.start - 90), c.start) is not None


def _report_after(text: str, chosen: list[_Cand], k: int, sentences) -> bool:
    """Whether a date later in the sentence of ``chosen[k]`` says when something was said."""
    c = chosen[k]
    here = text_mod.sentence_index_at(sentences, c.start) if sentences else -1
    for nxt in chosen[k + 1:]:
        if sentences:
            if text_mod.sentence_index_at(sentences, nxt.start) != here:
                return False
        elif _SENT_BREAK.search(text, c.end, nxt.start):
            return False
        if nxt.first is not None and _report_like(text, nxt):
            return True
    return False


#: How many sentences back a phrase of :func:`_anaphoric` looks for its date: the sentences
#: between (a quote, a toll, a comment) have no date of their own.
_ANA_BACK = 3
#: The precisions a count of months or years after (:class:`_AnaCand` ``months``) counts from.
_LONG_ANCHORS = frozenset(("day", "month", "year"))
#: A sentence break, for counting sentences without a sentence list ("\n\n" is one).
_SENT_GAP = re.compile(r"[.!?][\"”’)]*\s+|\n\s*")


def heading_between(text: str, lo: int, hi: int) -> bool:
    """Whether a line between ``lo`` and ``hi`` is a heading, not prose
    (:func:`analysis.coding.text.ends_prose`: "Withdrawal of the Blue Helmets": a crosshead
    opens another story)."""
    i = text.find("\n", lo, hi)
    while i >= 0:
        line = text[max(lo, text.rfind("\n", lo, i) + 1) : i]
        if line.strip() and not text_mod.ends_prose(line):
            return True
        i = text.find("\n", i + 1, hi)
    return False


def _resolve_anaphoric(text: str, published: date | None, chosen: list[_Cand], sentences) -> list[_Cand]:
    """Dates the phrases of :func:`_anaphoric` from the incident told just before them: the
    nearest date before the phrase (a dateline skipped), in its own sentence or up to
    ``_ANA_BACK`` sentences back (the sentences between have no date: a quote, a toll, "The
    figures could not be verified."; any date in them is the nearest one, so the look-back
    never passes a sentence that dates something else), not across a crosshead or a page date
    line, if it is one day (not a night across two dates), not when something was said ("the
    army said on Tuesday ... the previous day"; a same-day phrase of that sentence is that
    day: "said on Monday ... earlier that day") and not coarser ("in March"); else the phrase
    stays undated (never the publication day by default). A stated date right after the phrase
    dates it instead ("The day after, Thursday 11 January"). A day before ("the previous
    day") is also left undated when a date later in its sentence says when something was said
    ("... the previous day, the army said on Tuesday": often counted from the statement). The
    result is a day, in the anchor's tense; a past one after publication is dropped."""
    kept: list[_Cand] = []
    seen: list[_Cand] = []  # every date before, undated phrases too (they hide what precedes)
    page_at = -1  # start of the last dateline before
    n = len(chosen)
    for k, c in enumerate(chosen):
        if c.first is not None:
            kept.append(c)
            if c.kind != "dateline":
                seen.append(c)
            else:
                page_at = c.start
            continue
        seen.append(c)
        nxt = chosen[k + 1] if k + 1 < n else None
        if nxt is not None and nxt.precision == "day" and _ANA_APPOS.fullmatch(text, c.end, nxt.start):
            continue
        anchor = seen[-2] if len(seen) > 1 else None
        months = c.months
        if anchor is None or anchor.first is None:
            continue
        if months:
            # "In March 2019 ... Three months later": a day, month or year told before (not a span)
            if anchor.precision not in _LONG_ANCHORS or anchor.kind in ("range", "weekend") or anchor.explicit_end \
                    or (anchor.precision == "day" and anchor.last != anchor.first):
                continue
        elif anchor.precision != "day" or anchor.last != anchor.first:
            continue
        if sentences:
            here = text_mod.sentence_index_at(sentences, c.start)
            there = text_mod.sentence_index_at(sentences, anchor.start)
            if here < 0 or there < 0 or here - there > _ANA_BACK:
                continue
            back = here - there
        else:
            back = len(_SENT_GAP.findall(text, anchor.end, c.start))
            if back > _ANA_BACK:
                continue
        if back > 1 and (page_at > anchor.start or heading_between(text, anchor.end, c.start)):
            continue  # a page date line or a crosshead between: another story
        if _report_like(text, anchor) and (c.shift != 0 or back != 0):
            # (a same-day phrase after a report date of its own sentence is that day: "the army
            # said on Monday it had repelled an ambush earlier that day")
            continue
        if c.shift < 0 and _report_after(text, chosen, k, sentences):
            continue  # "... attacked the previous day, the army said on Tuesday": counted from when?
        if months:
            # the anchor's month shifted, a month (a year when the anchor names only a year)
            m = anchor.first.year * 12 + anchor.first.month - 1 + months
            if m // 12 > 9999:
                continue
            first = date(m // 12, m % 12 + 1, 1)
            if published is not None and first > published:
                continue  # an older incident's "a year later" after publication: a misread date
            if anchor.precision == "year" and months % 12 == 0:
                c.first, c.last, c.precision = first, date(first.year, 12, 31), "year"
            else:
                c.first, c.last = first, _month_end(first.year, first.month)
            c.tense = "past" if anchor.tense == "past" or published is not None else anchor.tense
            kept.append(c)
            continue
        try:
            d = anchor.first + timedelta(days=c.shift)
        except OverflowError:
            continue
        if published is None:
            tense = "future" if anchor.tense == "future" else "past"
        elif d > published:
            if anchor.tense == "past":
                continue  # a past incident's "next day" after publication: a misread date
            tense = "future"
        else:
            tense = "present" if d == published and anchor.tense != "past" else "past"
        c.first = c.last = d
        c.tense = tense
        kept.append(c)
    return kept


# ---------------------------------------------------------------------------------------------
# Dated items (factboxes, timelines)

#: What may follow an item's date on its heading line: nothing, or a separator before the prose.
_ITEM_AFTER = re.compile(r"\s*(?:$|[:—–]|-\s)")
#: How far into the line (after the bullet) an item's date may start: "SEYTENGA - " is a place.
_ITEM_DATE_WITHIN = 48
#: A line that may open an item: a bullet with a digit soon after, capitals up to a digit
#: ("SEYTENGA - JUNE 11"), or a month name first ("Feb. 17, 2023:").
_ITEM_LINE = re.compile(rf"[ \t]*(?:[*•–—-][ \t]+[^\n\d]{{0,{_ITEM_DATE_WITHIN}}}\d|[A-Z][^a-z\n\d]{{0,{_ITEM_DATE_WITHIN}}}\d|{_M})")


def dated_items(text: str, published: date | None) -> list[tuple[int, int, DateMention]]:
    """The dated items of a factbox or timeline: ``(start, end, date)`` per item, the item
    running from its heading line to the next item's (the last one to the end of the text).

    Agency factboxes and timelines list older incidents, each opened by a line that gives its
    date, the prose below it undated: "* SEYTENGA - JUNE 11-12, 2022" (place, dash, date in
    capitals), "* June 2022: Gunmen killed ...", "- 24 August 2024 — ...", "Feb. 17, 2023:".
    Such a line opens an item when it starts with a bullet or, before its date, is written in
    capitals (a place), its date starts within the first few words, and after the date comes
    the end of the line or a separator (":", "—", "–", " - "). Only a list of two items or more
    counts: one such line is a dateline ("BAMAKO, Oct 3 - ...") or a lone crosshead. A date in
    the item's heading dates its prose; a weekday there ("on Sunday") is the lead's day."""
    if "\n" not in text:
        return []
    starts = []  # (lines that may open an item; matching line by line costs half a MULTILINE scan)
    pos = 0
    opens = _ITEM_LINE.match
    for line in text.split("\n"):
        if line and opens(line):
            starts.append(pos)
        pos += len(line) + 1
    if len(starts) < 2:
        return []
    heads: list[tuple[int, DateMention]] = []
    n = len(text)
    for pos in starts:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        body = line.lstrip()
        skip = len(line) - len(body)
        bulleted = body.startswith(LIST_MARKS)
        if bulleted:
            skip += 2
            body = body[2:]
        snippet = body[:_ITEM_DATE_WITHIN + 48]  # (the date and what follows it: not the whole paragraph)
        for d in find_dates(snippet, published):
            if d.start > _ITEM_DATE_WITHIN or d.kind in ("weekday", "relative", "weekend", "year", "decade") \
                    or (d.end >= len(snippet) and len(body) > len(snippet)):
                break
            before = body[:d.start]
            # ("- On Jan. 9, six gendarmes ...": a bulleted item may open with "On <date>,")
            if (bulleted or not any(c.islower() for c in before)) and (
                    _ITEM_AFTER.match(snippet, d.end)
                    or (bulleted and before.strip().lower() in ("on", "") and snippet.startswith(",", d.end))):
                off = pos + skip
                heads.append((pos, filled(DateMention, start=d.start + off, end=d.end + off, text=d.text,
                                          date=d.date, precision=d.precision, sentence_index=-1,
                                          end_date=d.end_date, tense=d.tense, kind=d.kind)))
            break
    if len(heads) < 2:
        return []
    return [(a, heads[k + 1][0] if k + 1 < len(heads) else n, d) for k, (a, d) in enumerate(heads)]
