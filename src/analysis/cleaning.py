"""Cleaning: keep the article prose of a stored news page, record everything removed and why.

Domain rules and caveats
------------------------
- A line of the raw file is one paragraph of the page copy. Cleaning decides line by line;
  it never edits inside a line, with one exception: the page store's ``" date YYYY-MM-DD "``
  marker prepended to some copies is cut off the start of its line (the rest of that line is
  the headline or the first paragraph and is cleaned like any other line).
- What is removed is page furniture, recognised by *general shapes* listed as data in
  ``data/reference/cleaning_rules.yaml`` (site navigation, comment forms, photo captions and
  credits, bylines, source lines) plus a few structural rules decided here:

  * **date lines**: a line that is essentially a date, optionally with "Published",
    "Updated", a clock time or one or two stray labels; not one that opens with a list bullet
    ("* GASKINDE - SEPT. 26, 2022": the heading of an item of a factbox, which dates it). The best of them (a "published" date
    beats a bare date, which beats an "updated" date) is returned as ``text_date``: the
    publication date used when the manifest gives none. A byline or source line of the page
    head (before the first paragraph) printing a date competes the same way ("Source: Xinhua
    | 2026-02-18 03:12:45 | Editor: huaxia", "By AFP | Published February 18, 2026").
  * **headline**: a line equal to the manifest title (after normalisation), or a shortened
    copy of it before the first paragraph; the title reaches the coder as ``Article.title``.
  * **header furniture**: before the first prose paragraph, a line of one or two words with no
    sentence ending ("International", a site name).
  * **caption twins**: the alt text printed next to a caption, which repeats the caption's
    opening words and does not end a sentence.
  * **duplicated lines**: a line repeating an earlier one (a headline or caption printed twice).

- Conservative by design: every rule is limited to short lines, to lines without a sentence
  ending, or to a fixed caption/credit shape at the end of a line. A sentence of the story
  must survive; subheadings inside the story ("Fighting insurgency") are kept, and so is a
  last line cut mid-sentence by a truncated page copy.
- Paragraph breaks are kept: kept lines are joined by a newline, and by a blank line where the
  raw text had one between them, so a sentence splitter sees paragraph boundaries.
- The cleaned text is final: every evidence offset downstream points into it.

Performance: the rules are compiled once per process (module-level cache); a 3 kB article is
cleaned in ~0.15 ms of CPU. Most lines are prose that no rule removes, so each bucket of
rules (those admitted by a line's word count and sentence ending, cached) has a *gate*: a
cheap necessary condition for any of its rules to match (one set lookup for every phrase,
one regex for every "contains", the start-anchored patterns merged into one regex tried once
at the start of the line, literal pre-checks before the other patterns). Only a line that
passes the gate is tried against the rules one by one, in YAML order, exactly as the rules
say; the gate never changes a result, it only skips work. Date lines skip the date and
time regexes when a line has no digit (or no four-digit year), and the words of a line are
only counted up to the largest limit any rule compares them with. Before the lines, the
whole text is checked once (``in``, at C speed) for every substring a rule or gate check
requires ("[", "/", "|", "By" ...): the rules and checks needing one the text lacks are
dropped for all its lines (:meth:`Rules.narrowed`, cached per set of missing substrings), the
start-anchored checks left are tried as one regex, and the store's date marker is only
looked for when the text holds its literal ("date"). Each shortcut is exact (a line is part
of the text) and covered by tests/test_cleaning.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path


from analysis import paths, yamlfile
from analysis.errors import InputError
from analysis.records import Removal, filled

RULES_FILE = paths.REFERENCE / "cleaning_rules.yaml"

# ------------------------------------------------------------------------------ dates

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_RE = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_ORD = r"(?:st|nd|rd|th)?"
#: A calendar date in the shapes news pages print (ISO, "26 Aug 2024", "August 5, 2024",
#: "15 August,2023", "JUL 18, 2021", "Aug. 8, 2023"). The year may be glued to a following
#: label ("July 1, 2019World News"), hence ``(?!\d)`` rather than ``\b``.
DATE_RE = re.compile(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}})(?!\d)"
    rf"|\b(?P<d1>\d{{1,2}}){_ORD}\s+(?P<m1>{_MONTH_RE})\.?,?\s*(?P<y1>\d{{4}})(?!\d)"
    rf"|\b(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}){_ORD},?\s*(?P<y2>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
#: The same shapes without named groups, for embedding in caption patterns (``{DATE}``).
_DATE_PLAIN = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}{_ORD}\s+(?i:{_MONTH_RE})\.?,?\s*\d{{4}}"
    rf"|(?i:{_MONTH_RE})\.?\s+\d{{1,2}}{_ORD},?\s*\d{{4}})(?!\d)"
)
_TIME_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:GMT|UTC|WAT|CET|CEST|EST|EDT|ET))?",
    re.IGNORECASE,
)


class _NormTable(dict):
    """str.translate table: ASCII letters and digits kept, everything else a space (cached)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = ch if ("a" <= ch <= "z" or "0" <= ch <= "9") else " "
        self[code] = value
        return value


_NORM_TABLE = _NormTable()
#: The words of a normalised text: runs of the characters _NORM_TABLE keeps.
_ALNUM_RUNS = re.compile(r"[a-z0-9]+").findall
_WORD_SPLIT = re.compile(r"[\s,;:|·•–—-]+")
#: The marks that open a list item ("* GASKINDE - SEPT. 26, 2022", "- 9 May - Tahoua region: ...",
#: "• Jan. 3: ..."), the one list for every module: a line opening with one is an item of the
#: story's own list, never page furniture; dates reads a factbox item's heading after it, and
#: extract and actors take each item for an incident of its own.
LIST_MARKS = ("* ", "• ", "- ", "– ", "— ")
#: A date line is at most this long (a longer line is prose or another kind of furniture).
DATE_LINE_MAX_CHARS = 90
#: The removal reasons of the page-head lines that may print the publication date beside a
#: name ("Source: Xinhua | 2026-02-18 03:12:45", "By AFP | Published February 18, 2026").
_STAMP_REASONS = frozenset({"byline", "source line"})
_DIGIT = re.compile(r"\d")  # the digits DATE_RE and _TIME_RE's ``\d`` accept (any script)
_YEAR_DIGITS = re.compile(r"\d{4}")  # every DATE_RE shape holds a four-digit year
#: The pieces of a line between _WORD_SPLIT separators that hold a word character (no word
#: character is a separator, so a match is always one whole piece).
_WORDS = re.compile(r"[^\s,;:|·•–—-]*\w[^\s,;:|·•–—-]*")
_HAS_WORD = re.compile(r"\w")


def parse_date(text: str) -> date | None:
    """The first calendar date written in ``text`` (ISO or English month names), else None."""
    for m in DATE_RE.finditer(text):
        try:
            if m.group("iso"):
                return date.fromisoformat(m.group("iso"))
            if m.group("m1"):
                return date(int(m.group("y1")), _MONTHS[m.group("m1").lower()], int(m.group("d1")))
            return date(int(m.group("y2")), _MONTHS[m.group("m2").lower()], int(m.group("d2")))
        except ValueError:  # "31 February": not a date, look further
            continue
    return None


def normalise(text: str) -> str:
    """Casefold, fold curly quotes, turn every run of non-alphanumerics into one space."""
    # = " ".join(text.casefold().translate(_NORM_TABLE).split()): the words are the runs of
    # ASCII letters and digits (everything else becomes a space); one findall is faster.
    return " ".join(_ALNUM_RUNS(text.casefold()))


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence-final punctuation (closing quotes allowed)."""
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _FINAL


_CLOSERS = "\"'”’)]"
_FINAL = (".", "!", "?", "…")


# ------------------------------------------------------------------------------ rules


@dataclass(frozen=True)
class Rule:
    """One line rule from the YAML (see the header of ``cleaning_rules.yaml``)."""

    name: str
    reason: str
    comment: str
    pattern: re.Pattern[str] | None = None
    phrases: frozenset[str] = frozenset()
    contains: tuple[str, ...] = ()
    max_words: int | None = None
    not_sentence: bool = False
    credit_group: str | None = None
    requires: tuple[str, ...] = ()
    tail: int | None = None

    def matches(self, line: str, norm: str, n_words: int, rules: Rules, sentence: bool | None = None) -> bool:
        """Whether this rule removes ``line`` (stripped) whose normalised form is ``norm``.

        ``sentence`` (whether the line ends a sentence) may be passed when already known.
        """
        if self.max_words is not None and n_words > self.max_words:
            return False
        if self.not_sentence and (ends_sentence(line) if sentence is None else sentence):
            return False
        if self.phrases and norm not in self.phrases:
            return False
        if self.contains:
            padded = f" {norm} "
            if not any(f" {c} " in padded for c in self.contains):
                return False
        if self.requires and not any(r in line for r in self.requires):
            return False
        if self.pattern is not None:
            m = self.pattern.search(line if self.tail is None else line[-self.tail :])
            if m is None:
                return False
            if self.credit_group and not rules.is_credit(m.group(self.credit_group)):
                return False
        return True


@dataclass(frozen=True)
class Rules:
    """All cleaning rules, compiled."""

    rules: tuple[Rule, ...]
    credit_words: tuple[str, ...]  # normalised, longest first
    date_keywords: dict[str, int]
    date_bare_rank: int
    date_max_other_words: int
    relative_date: re.Pattern[str]
    marker: re.Pattern[str]
    header_max_words: int = 2
    prose_min_words: int = 6
    prose_long_words: int = 15
    headline_prefix_min_words: int = 4
    caption_twin_words: int = 3
    #: Label lines heading a list of links to other stories (normalised; ``structure.link_labels``).
    link_labels: frozenset[str] = frozenset()
    _keyword_re: re.Pattern[str] = field(default=re.compile("$^"), repr=False)
    _buckets: dict = field(default_factory=dict, repr=False, compare=False)
    word_limit: int = field(default=0, repr=False, compare=False)  # set from the rules
    #: Every substring a rule or a gate check requires (see :meth:`narrowed`).
    required_strings: tuple[str, ...] = field(default=(), repr=False, compare=False)
    _narrowed: dict = field(default_factory=dict, repr=False, compare=False)
    _marker_literal: str | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Word counts above every rule's max_words all admit the same rules: one cache key.
        limit = max((r.max_words or 0) for r in self.rules) + 1 if self.rules else 0
        object.__setattr__(self, "word_limit", limit)
        strings: set[str] = set()
        for r in self.rules:
            strings.update(r.requires)
        for requires, _pattern, _tail, lead, _at_start in _Gate.build(self.rules).others:
            strings.update((requires,) if type(requires) is str else requires or ())
            if lead:
                strings.add(lead)
        object.__setattr__(self, "required_strings", tuple(sorted(strings)))
        object.__setattr__(self, "_marker_literal", _literal_core(self.marker))

    def marker_may_occur(self, text: str) -> bool:
        """False only when no line of ``text`` can start with the store's date marker: the
        text lacks the literal every marker holds (one ``in`` test instead of a match per line)."""
        return self._marker_literal is None or self._marker_literal in text

    def absent_strings(self, text: str) -> frozenset[str]:
        """The :attr:`required_strings` that ``text`` does not contain (nor any line of it)."""
        return frozenset(s for s in self.required_strings if s not in text)

    def narrowed(self, n_words: int, sentence: bool, absent: frozenset[str]) -> tuple[tuple[Rule, ...], _Gate]:
        """:meth:`bucket` for the lines of one text that lacks the substrings ``absent``.

        Speed: most articles have no "[", "/", "|" or ")" at all, so the rules and gate
        checks that require one cannot match any of their lines. Checking each required
        substring once in the whole text and dropping those rules and checks (a rule's
        "requires", a gate check's required substring or literal opening) gives the same
        verdicts with less work per line. Cached per (bucket, absent set); the number of
        distinct sets is bounded by the rules' required substrings (the cache is reset if
        a corpus ever produces very many).
        """
        key = (n_words if n_words < self.word_limit else self.word_limit, sentence, absent)
        found = self._narrowed.get(key)
        if found is None:
            admitted, gate = self.bucket(n_words, sentence)
            if absent:
                admitted = tuple(r for r in admitted if not r.requires or not absent.issuperset(r.requires))
            gate = gate.without(absent)
            if len(self._narrowed) >= 4096:
                self._narrowed.clear()
            found = self._narrowed[key] = (admitted, gate)
        return found

    def applicable(self, n_words: int, sentence: bool) -> tuple[Rule, ...]:
        """The rules whose word limit and sentence condition admit such a line (cached):
        a long line of prose is only tried against the few rules that can match it."""
        return self.bucket(n_words, sentence)[0]

    def bucket(self, n_words: int, sentence: bool) -> tuple[tuple[Rule, ...], _Gate]:
        """:meth:`applicable` and its :class:`_Gate` (cached; at most two entries per word
        count up to the largest ``max_words``, so the cache is bounded)."""
        key = (n_words if n_words < self.word_limit else self.word_limit, sentence)
        found = self._buckets.get(key)
        if found is None:
            admitted = tuple(
                r
                for r in self.rules
                if (r.max_words is None or n_words <= r.max_words) and not (r.not_sentence and sentence)
            )
            found = self._buckets[key] = (admitted, _Gate.build(admitted))
        return found

    def first_match(self, line: str, norm: str, n_words: int, sentence: bool) -> Rule | None:
        """The first rule (in YAML order) that removes ``line``, or None.

        Same result as trying every :meth:`applicable` rule in order; a cheap necessary
        condition (:class:`_Gate`) rejects first the lines no rule can match (most prose).
        """
        admitted, gate = self.bucket(n_words, sentence)
        if not admitted or not gate.could_match(line, norm):
            return None
        for rule in admitted:
            if rule.matches(line, norm, n_words, self, sentence):
                return rule
        return None

    def is_credit(self, credit: str) -> bool:
        """A photo credit: a "Name/Agency" group naming a credit word, or only credit words."""
        norm = f" {normalise(credit)} "
        has_word = any(f" {w} " in norm for w in self.credit_words)
        if "/" in credit:
            return has_word
        rest = norm
        for w in self.credit_words:
            rest = rest.replace(f" {w} ", " ")
        return has_word and not rest.strip()

    def date_line(self, line: str) -> tuple[bool, date | None, int]:
        """Whether ``line`` is a date line; its date (or None) and the rank of that date."""
        spaces = line.count(" ")
        # A date line is short; a line of several words ending a sentence is prose.
        if len(line) > DATE_LINE_MAX_CHARS or spaces > 12 or (spaces > 4 and ends_sentence(line)):
            return False, None, 0
        low = line.casefold().strip()
        if self.relative_date.match(low):
            return True, None, 99
        # Every date and clock-time shape holds a digit, and every date a four-digit year:
        # without them, skip those (slow) regexes.
        if _DIGIT.search(line) is None:
            m, rest = None, line
        else:
            m = DATE_RE.search(line) if _YEAR_DIGITS.search(line) else None
            rest = f"{line[: m.start()]} {line[m.end() :]}" if m else line  # = DATE_RE.sub(count=1)
            rest = _TIME_RE.sub(" ", rest)
        found: list[str] = []  # the keywords, collected while they are blanked out (one pass)
        rest = self._keyword_re.sub(lambda k: found.append(k.group(0)) or " ", rest)
        keywords = [" ".join(k.casefold().split()) for k in found]
        words = _WORDS.findall(rest)  # the pieces between separators that hold a letter or digit
        if len(words) > self.date_max_other_words:
            return False, None, 0
        # Labels glued to a date are page furniture, written capitalised ("World News",
        # "LISTEN"); a lower-case word means a sentence ("It happened on July 1, 2019").
        if any(w[0].islower() for w in words):
            return False, None, 0
        if words and ends_sentence(line):
            return False, None, 0
        if m is None:
            # "Published on:" / "Updated": the label of a date the page did not keep.
            return (bool(self._label_ranks(keywords)) and not words), None, 99
        return True, parse_date(m.group(0)), self._keyword_rank(keywords)

    def _label_ranks(self, keywords: list[str]) -> list[int]:
        """The ranks the labels beside a date give it (normalised labels; rank 1: no rank)."""
        return [r for r in (self.date_keywords.get(k, 1) for k in keywords) if r != 1]

    def _keyword_rank(self, keywords: list[str]) -> int:
        """The rank of a date by the labels beside it: the best of theirs ("Published" before
        "Updated"), else that of a bare date."""
        ranks = self._label_ranks(keywords)
        return min(ranks) if ranks else self.date_bare_rank

    def stamp_date(self, line: str) -> tuple[date | None, int]:
        """The date printed in a byline or source line of the page head ("Source: Xinhua |
        2026-02-18 03:12:45 | Editor: huaxia", "By AFP | Published February 18, 2026", "By Baba
        Ahmed - Associated Press - Tuesday, January 16, 2024") and its rank, as for a date line
        (a "Published" label beats a bare date, which beats "Updated"); (None, 0) without one."""
        if _YEAR_DIGITS.search(line) is None:
            return None, 0
        m = DATE_RE.search(line)
        d = parse_date(m.group(0)) if m else None
        if d is None:
            return None, 0
        return d, self._keyword_rank([" ".join(k.casefold().split()) for k in self._keyword_re.findall(line)])


@lru_cache(maxsize=256)
def _parse(pattern: re.Pattern[str]):
    """The parsed form of ``pattern`` (``re``'s own parser), or None if that fails."""
    try:
        from re import _parser

        return _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001  (an internal module: any surprise means "unknown")
        return None


def _start_anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` must begin at the start of the string (``^`` or
    ``\\A`` first in every alternative, no MULTILINE): then ``search`` equals ``match``.
    Unsure (an unknown construct, a parser change) means False, which is always safe."""
    parsed = _parse(pattern)
    if parsed is None or pattern.flags & re.MULTILINE:
        return False
    from re import _constants as c

    def anchored(seq) -> bool:
        if not len(seq):
            return False
        op, av = seq[0]
        if op is c.AT:
            return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
        if op is c.BRANCH:
            return all(anchored(alt) for alt in av[1])
        if op is c.SUBPATTERN:
            return not (av[1] & re.MULTILINE) and anchored(av[-1])
        if op is getattr(c, "ATOMIC_GROUP", None):
            return anchored(av)
        return False

    try:
        return anchored(parsed)
    except Exception:  # noqa: BLE001
        return False


def _literal_core(pattern: re.Pattern[str]) -> str | None:
    """The longest run of literal characters in ``pattern``'s top-level sequence (case
    respected), which every match contains ("date" in ``^\\s*date\\s+...``); None when there
    is none or case is ignored."""
    parsed = _parse(pattern)
    if parsed is None or pattern.flags & re.IGNORECASE:
        return None
    from re import _constants as c

    best, run = "", ""
    try:
        for op, av in parsed:
            run = run + chr(av) if op is c.LITERAL else ""
            best = max(best, run, key=len)
    except Exception:  # noqa: BLE001
        return None
    return best or None


def _combinable(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` can be embedded unchanged as one alternative of a larger regex:
    no named group (names would clash), no back-reference (group numbers shift), only the
    IGNORECASE flag (re-applied as a scoped flag)."""
    parsed = _parse(pattern)
    if parsed is None or pattern.flags & ~(re.IGNORECASE | re.UNICODE) or parsed.state.groupdict:
        return False
    from re import _constants as c

    refs = {c.GROUPREF, c.GROUPREF_EXISTS, getattr(c, "GROUPREF_IGNORE", None)}

    def has_ref(node) -> bool:  # any reference to a group (by number), however nested
        if hasattr(node, "data"):  # a parsed sub-pattern
            node = node.data
        if isinstance(node, tuple) and len(node) == 2 and node[0] in refs:
            return True
        return isinstance(node, (list, tuple)) and any(has_ref(part) for part in node)

    try:
        if has_ref(parsed):
            return False
    except Exception:  # noqa: BLE001
        return False
    return True


def _literal_opening(pattern: re.Pattern[str]) -> str | None:
    """The literal text every match of ``pattern`` starts with, after zero-width anchors such
    as ``\\b`` or ``^`` (e.g. "in " for ``\\bin [A-Z]...``); None when there is none or case is
    ignored. Every match then starts at an occurrence of that text, so ``search`` can be
    replaced by ``match`` tried only at those occurrences, with the same verdict."""
    parsed = _parse(pattern)
    if parsed is None or pattern.flags & re.IGNORECASE:
        return None
    from re import _constants as c

    chars: list[str] = []
    try:
        items = list(parsed)
        k = 0
        while k < len(items) and items[k][0] is c.AT:
            k += 1
        while k < len(items) and items[k][0] is c.LITERAL:
            chars.append(chr(items[k][1]))
            k += 1
    except Exception:  # noqa: BLE001
        return None
    return "".join(chars) or None


def _required_char(pattern: re.Pattern[str]) -> str | None:
    """A character every match of ``pattern`` contains (a literal of its top-level sequence;
    punctuation only when case is ignored), or None."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    from re import _constants as c

    try:
        for op, av in parsed:
            if op is c.LITERAL:
                ch = chr(av)
                if not (pattern.flags & re.IGNORECASE) or (ch.isascii() and ch.isprintable() and not ch.isalnum()):
                    return ch
    except Exception:  # noqa: BLE001
        return None
    return None


def _alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """The top-level alternatives of ``pattern`` ("a|^b" -> "a", "^b"), each compiled with the
    pattern's flags: ``pattern`` matches somewhere exactly when one of them does. Patterns
    with group references or names are kept whole (splitting could change them)."""
    if not _combinable(pattern):
        return [pattern]
    src, parts, depth, start, i, in_class = pattern.pattern, [], 0, 0, 0, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1
            if src[i : i + 1] == "^":
                i += 1
            if src[i : i + 1] == "]":  # a "]" first in a class is literal
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(src[start:i])
            start = i + 1
        i += 1
    parts.append(src[start:])
    if len(parts) == 1:
        return [pattern]
    try:
        return [re.compile(part, pattern.flags) for part in parts]
    except re.error:
        return [pattern]


def _embedded(pattern: re.Pattern[str]) -> str | None:
    """``pattern`` as a group that keeps its IGNORECASE flag, for a union; None if it cannot be."""
    if not _combinable(pattern):
        return None
    text = f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"
    try:
        re.compile(text)
    except re.error:
        return None
    return text


@lru_cache(maxsize=1024)
def _union(parts: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching where any of ``parts`` (embedded patterns) matches (compiled once)."""
    return re.compile("|".join(parts))


@lru_cache(maxsize=256)
def _pattern_gate(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[tuple[str | tuple[str, ...] | None, re.Pattern[str], None, str | None, bool], ...]]:
    """A whole-line pattern split for a gate (cached: analysed once, not once per bucket):
    its start-anchored alternatives as union members, the others as (required character,
    pattern, no tail, literal opening) checks."""
    anchored: list[str] = []
    others: list[tuple[str | tuple[str, ...] | None, re.Pattern[str], None, str | None, bool]] = []
    for part in _alternatives(pattern):
        at_start = _start_anchored(part)
        embedded = _embedded(part) if at_start else None
        required = _required_chars(part)
        if embedded is not None and not (required and _opens_with_repeat(part)):
            anchored.append(embedded)
        elif at_start and required:
            # A repeat first ("[\w ]{1,30}(?:[|>]...)+") backtracks on every line: test
            # for the character it needs first, and match only lines that have one.
            others.append((required if len(required) > 1 else required[0], part, None, None, True))
        else:
            others.append((_required_char(part), part, None, _literal_opening(part), False))
    return tuple(anchored), tuple(others)


def _required_chars(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Characters of which every match of ``pattern`` holds at least one: from the first
    item of its top-level sequence (looking inside groups, alternatives and repeats of at least
    one) that is a literal or a set of literals; only uncased characters when case is ignored.
    () if none."""
    parsed = _parse(pattern)
    if parsed is None:
        return ()
    from re import _constants as c

    ignore = bool(pattern.flags & re.IGNORECASE)

    def usable(ch: str) -> bool:
        return not ignore or (ch.isascii() and ch.isprintable() and not ch.isalnum()) or ch.lower() == ch.upper() == ch

    def from_seq(seq) -> tuple[str, ...]:
        for op, av in seq:
            found: tuple[str, ...] = ()
            if op is c.LITERAL:
                found = (chr(av),) if usable(chr(av)) else ()
            elif op is c.IN:
                if all(o is c.LITERAL for o, _ in av):
                    chars = tuple(chr(v) for _, v in av)
                    found = chars if all(usable(ch) for ch in chars) else ()
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                found = from_seq(av[2])
            elif op is c.SUBPATTERN and not (av[1] & re.IGNORECASE) and not av[2]:
                found = from_seq(av[3])
            elif op is c.BRANCH:  # every alternative needs one of its characters: any of them
                alts = [from_seq(alt) for alt in av[1]]
                if all(alts):
                    found = tuple(dict.fromkeys(ch for alt in alts for ch in alt))
            if found:
                return found
        return ()

    try:
        return from_seq(parsed)
    except Exception:  # noqa: BLE001
        return ()


def _opens_with_repeat(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (after its anchors) opens with a repeat, which backtracks."""
    parsed = _parse(pattern)
    if parsed is None:
        return False
    from re import _constants as c

    items = [item for item in parsed if item[0] is not c.AT]
    return bool(items) and items[0][0] in (c.MAX_REPEAT, c.MIN_REPEAT)


@dataclass(frozen=True)
class _Gate:
    """A cheap *necessary* condition for any rule of a bucket to remove a line.

    Each rule contributes one of its own conditions: its whole-line phrases (one set lookup
    for all rules), its "contains" phrases (one regex), its start-anchored pattern (all of
    them merged into one regex tried once at the start of the line), else its required
    substrings and pattern tried on their own. When no contribution holds, no rule of the
    bucket can match and the rule loop is skipped; when one holds, every rule is tried in
    order as before, so the result never changes.
    """

    always: bool = False
    phrases: frozenset[str] = frozenset()
    contains: re.Pattern[str] | None = None
    anchored: re.Pattern[str] | None = None
    #: (required substring(s) or None, pattern or None, tail, literal opening or None, whether
    #: the pattern is start-anchored and tried with match) of the remaining rules and parts
    others: tuple[tuple[str | tuple[str, ...] | None, re.Pattern[str] | None, int | None, str | None, bool], ...] = ()

    def without(self, absent: frozenset[str]) -> _Gate:
        """This gate for lines that contain none of the substrings ``absent``: the checks that
        need one of them (as their required substring or literal opening) are dropped, and
        the start-anchored patterns left join the union tried once at the start of a line
        (speed: one regex call instead of a substring test and a call each; only the gate's
        speed depends on where a pattern is tried, never its verdict)."""
        if self.always:
            return self
        others = []
        merged: list[str] = []
        for requires, pattern, tail, lead, at_start in self.others:
            if lead is not None and lead in absent:
                continue  # the match must start at an occurrence of lead
            if requires is not None:
                if type(requires) is str:
                    if requires in absent:
                        continue
                else:
                    kept = tuple(r for r in requires if r not in absent)
                    if not kept:
                        continue
                    requires = kept[0] if len(kept) == 1 else kept
            embedded = _embedded(pattern) if at_start and pattern is not None else None
            if embedded is not None:
                merged.append(embedded)
                continue
            others.append((requires, pattern, tail, lead, at_start))
        anchored = self.anchored
        if merged:
            anchored = _union(((anchored.pattern,) if anchored is not None else ()) + tuple(merged))
        return replace(self, anchored=anchored, others=tuple(others))

    @classmethod
    def build(cls, rules: tuple[Rule, ...]) -> _Gate:
        phrases: set[str] = set()
        contains: set[str] = set()
        anchored: list[str] = []
        others: list[tuple[str | tuple[str, ...] | None, re.Pattern[str] | None, int | None, str | None, bool]] = []
        for r in rules:
            if r.phrases:
                phrases |= r.phrases
            elif r.contains:
                contains.update(r.contains)
            elif r.pattern is not None and r.tail is None and not r.requires:
                # Searched in the whole line: each top-level alternative on its own.
                whole_line_anchored, whole_line_others = _pattern_gate(r.pattern)
                anchored += whole_line_anchored
                others += whole_line_others
            elif r.pattern is not None or r.requires:
                # (a rule without "requires": the characters its pattern needs, e.g. "(" or "©"
                # for a copyright credit, so that a text without them drops the check)
                requires = r.requires or (_required_chars(r.pattern) if r.pattern is not None else ())
                requires = (requires[0] if len(requires) == 1 else requires) if requires else None
                lead = _literal_opening(r.pattern) if r.pattern is not None else None
                others.append((requires, r.pattern, r.tail, lead, False))
            else:
                return cls(always=True)  # a rule with no condition to test cheaply
        try:
            anchored_re = re.compile("|".join(anchored)) if anchored else None
        except re.error:  # pragma: no cover  (each part compiled on its own: be safe anyway)
            return cls(always=True)
        contains_re = (
            re.compile(" (?:" + "|".join(re.escape(c) for c in sorted(contains, key=len, reverse=True)) + ") ")
            if contains
            else None
        )
        return cls(False, frozenset(phrases), contains_re, anchored_re, tuple(others))

    def could_match(self, line: str, norm: str) -> bool:
        """False only when no rule of the bucket can remove ``line`` (normalised ``norm``)."""
        if self.always or norm in self.phrases:
            return True
        if self.contains is not None and self.contains.search(f" {norm} "):
            return True
        if self.anchored is not None and self.anchored.match(line):
            return True
        for requires, pattern, tail, lead, at_start in self.others:
            if requires is not None:
                if type(requires) is str:  # the usual single required substring
                    if requires not in line:
                        continue
                else:  # any of several (a loop: no generator object per line)
                    for r in requires:
                        if r in line:
                            break
                    else:
                        continue
            if pattern is None:
                return True
            if at_start:  # a start-anchored pattern: search is match
                if pattern.match(line):
                    return True
                continue
            target = line if tail is None else line[-tail:]
            if lead is None:
                if pattern.search(target):
                    return True
                continue
            # A match starts where its literal opening occurs: try only there (str.find is
            # far faster than the regex engine's scan when the pattern opens with "\b").
            at = target.find(lead)
            while at >= 0:
                if pattern.match(target, at):
                    return True
                at = target.find(lead, at + 1)
        return False


def _compile_rules(data: dict, source: Path) -> Rules:
    rules = []
    for i, spec in enumerate(data.get("rules") or []):
        try:
            pattern = spec.get("pattern")
            if pattern is not None:
                flags = re.IGNORECASE if spec.get("ignore_case") else 0
                pattern = re.compile(pattern.replace("{DATE}", _DATE_PLAIN), flags)
            rules.append(
                Rule(
                    name=spec["name"],
                    reason=spec["reason"],
                    comment=" ".join(str(spec.get("comment", "")).split()),
                    pattern=pattern,
                    phrases=frozenset(normalise(p) for p in spec.get("phrases") or ()),
                    contains=tuple(normalise(p) for p in spec.get("contains") or ()),
                    max_words=spec.get("max_words"),
                    not_sentence=bool(spec.get("not_sentence", False)),
                    credit_group=spec.get("credit_group"),
                    requires=tuple(spec.get("requires") or ()),
                    tail=spec.get("tail"),
                )
            )
        except (KeyError, re.error, TypeError, AttributeError) as exc:
            raise InputError(source, f"rule #{i + 1} ({spec.get('name', '?')}): {exc}") from None
    dl = data.get("date_lines") or {}
    st = data.get("structure") or {}
    keywords = {str(k).casefold(): int(v) for k, v in (dl.get("keywords") or {}).items()}
    kw_alt = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(keywords, key=len, reverse=True))
    return Rules(
        rules=tuple(rules),
        credit_words=tuple(sorted({normalise(w) for w in data.get("photo_credit_words") or ()}, key=len, reverse=True)),
        date_keywords=keywords,
        date_bare_rank=int(dl.get("bare_rank", 1)),
        date_max_other_words=int(dl.get("max_other_words", 2)),
        relative_date=re.compile(dl.get("relative_pattern", "$^"), re.IGNORECASE),
        marker=re.compile(dl.get("marker_pattern", "$^")),
        header_max_words=int(st.get("header_max_words", 2)),
        prose_min_words=int(st.get("prose_min_words", 6)),
        prose_long_words=int(st.get("prose_long_words", 15)),
        headline_prefix_min_words=int(st.get("headline_prefix_min_words", 4)),
        caption_twin_words=int(st.get("caption_twin_words", 3)),
        link_labels=frozenset(normalise(str(w)) for w in st.get("link_labels") or ()),
        _keyword_re=re.compile(rf"\b(?:{kw_alt})\b", re.IGNORECASE) if kw_alt else re.compile("$^"),
    )


@lru_cache(maxsize=4)
def load_rules(path: str | Path = RULES_FILE) -> Rules:
    """The compiled cleaning rules of ``path`` (cached: the YAML is read once per process)."""
    path = Path(path)
    data = yamlfile.read(path, "cleaning rules file") or {}
    return _compile_rules(data, path)


# ------------------------------------------------------------------------------ cleaning


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning one article."""

    text: str
    removed: tuple[Removal, ...]
    text_date: date | None = None  # publication date read from a date line, if any


def _head(text: str, k: int) -> list[str]:
    """The first ``k`` normalised words of ``text``."""
    return normalise(" ".join(text.split()[: k + 2])).split()[:k]


def _is_prose(line: str, n_words: int, rules: Rules) -> bool:
    return n_words >= rules.prose_long_words or (n_words >= rules.prose_min_words and ends_sentence(line))


def clean_article(raw_text: str, title: str = "", rules: Rules | None = None) -> Cleaned:
    """Clean one raw article; see the module docstring for the rules.

    ``title`` (the manifest title) lets the headline line be recognised and kept out of the
    prose. Returns the cleaned text, every removal (1-based raw line, text, reason) in line
    order, and the publication date stated in a date line, if any.
    """
    rules = rules or load_rules()
    # (speed: most files have no carriage return; then there is nothing to replace)
    joined = raw_text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw_text else raw_text
    raw_lines = joined.split("\n")
    n = len(raw_lines)
    body: list[str] = list(map(str.strip, raw_lines))  # the part of each line still in play
    reason: list[str | None] = [None] * n
    removals: list[Removal] = []
    dates: list[tuple[int, int, date]] = []  # (rank, line index, date)
    stamps: list[tuple[int, int, date]] = []  # the same, of bylines and source lines (page head only)
    # Normalised form of each line, computed once and only where a rule can use it: long
    # paragraphs are never compared to phrases or the title (normalising them costs time).
    norms: list[str | None] = [None] * n
    words: list[int] = [0] * n
    sentences: list[bool] = [False] * n  # ends_sentence of each line still in play
    title_norm = normalise(title) if title else ""
    norm_limit = max(20, len(title_norm.split()) + 4)
    # Words are only ever compared with small limits: counting up to just past the largest
    # one gives the same answers without splitting a long paragraph into all its words.
    cap = max(
        rules.word_limit, norm_limit + 1, rules.prose_long_words, rules.prose_min_words,
        rules.headline_prefix_min_words, rules.header_max_words + 1,
    )  # fmt: skip

    # Pass 1: the store's date marker, date lines, headline copies, the YAML rules.
    # (Hot loop: methods bound to locals; Rules.first_match and ends_sentence inlined.)
    headline_seen = False
    caption_seen = False  # whether a rule removed a photo caption (pass 3 grows from them)
    link_labels: list[int] = []  # the "site navigation" lines that are link-list labels (pass 1b)
    marker_match, narrowed, date_line = rules.marker.match, rules.narrowed, rules.date_line
    if not rules.marker_may_occur(joined):
        marker_match = None  # speed: no line has the marker (one search, not one per line)
    absent = rules.absent_strings(raw_text)  # the rules this text cannot trigger are dropped
    buckets, word_limit = rules._narrowed, rules.word_limit  # Rules.narrowed's cache, read directly
    alnum_runs = _ALNUM_RUNS
    for i, text in enumerate(body):
        if not text:
            continue
        m = marker_match(raw_lines[i]) if marker_match is not None else None
        if m:
            removals.append(Removal(i + 1, m.group(0).strip(), "date line"))
            d = parse_date(m.group("date"))
            if d is not None:
                dates.append((0, i, d))
            text = body[i] = raw_lines[i][m.end() :].strip()
            if not text:
                continue
        n_words = words[i] = len(text.split(None, cap))  # min(words, cap + 1)
        # normalise(text), for short lines only
        norm = norms[i] = " ".join(alnum_runs(text.casefold())) if n_words <= norm_limit else ""
        if title_norm and norm == title_norm:
            reason[i] = "duplicated headline" if headline_seen else "headline"
            headline_seen = True
            continue
        sentence = sentences[i] = text.rstrip(_CLOSERS)[-1:] in _FINAL  # ends_sentence (text is stripped)
        admitted, gate = buckets.get((n_words if n_words < word_limit else word_limit, sentence, absent)) or narrowed(
            n_words, sentence, absent
        )
        if admitted and gate.could_match(text, norm):
            rule = next((r for r in admitted if r.matches(text, norm, n_words, rules, sentence)), None)
            if rule is not None:
                reason[i] = rule.reason
                if rule.reason == "photo caption":
                    caption_seen = True
                elif rule.reason == "site navigation":
                    if norm in rules.link_labels:
                        link_labels.append(i)
                elif rule.reason in _STAMP_REASONS:
                    d, rank = rules.stamp_date(text)
                    if d is not None:
                        stamps.append((rank, i, d))
                continue
        if len(text) <= DATE_LINE_MAX_CHARS and not text.startswith(LIST_MARKS):  # (longer: date_line says no)
            is_date, d, rank = date_line(text)
            if is_date:
                reason[i] = "date line"
                if d is not None:
                    dates.append((rank, i, d))

    # Pass 1b: the list of links under a "Related" / "Read also" label line ("Related" then
    # "- Burkina: jihadists claim attack on army post in the north"): other stories' headlines,
    # one list item each, without a sentence ending. (Speed: only the label lines pass 1 found
    # are visited, not every line; a list item this marks never starts a list of its own: its
    # scan would stop at the next item, already marked, or where the label's scan stopped.)
    for i in link_labels:
        j = i + 1
        while j < n and (not body[j] or (reason[j] is None and body[j].startswith(LIST_MARKS) and not sentences[j])):
            if body[j]:
                reason[j] = "site navigation"
            j += 1

    # Pass 2: header furniture and shortened headline copies before the first paragraph.
    prose_long, prose_min = rules.prose_long_words, rules.prose_min_words
    first_prose = next(
        (
            i
            for i, t in enumerate(body)
            if t and reason[i] is None and (words[i] >= prose_long or (words[i] >= prose_min and sentences[i]))
        ),
        n,
    )  # the first line that _is_prose
    for i in range(first_prose):
        text = body[i]
        if not text or reason[i] is not None:
            continue
        norm, n_words = norms[i] or "", words[i]
        if (
            norm
            and title_norm
            and n_words >= rules.headline_prefix_min_words
            and (title_norm.startswith(norm + " ") or norm.startswith(title_norm + " "))
        ):
            reason[i] = "duplicated headline" if headline_seen else "headline"
            headline_seen = True
        elif n_words <= rules.header_max_words and not sentences[i]:
            reason[i] = "site navigation"

    # A byline or source line dates the page only in its head, before the first paragraph (a
    # source line after the story credits a figure or a chart: "Source: UNHCR, 31 January 2026").
    dates.extend(st for st in stamps if st[1] < first_prose)

    # Pass 3: alt text beside a caption (same opening words, no sentence ending). A line
    # joins a caption next to it, which may in turn pull in its other neighbour: grow from
    # every caption until nothing changes (the result does not depend on the order).
    k = rules.caption_twin_words
    # (only pass 1's rules give "photo caption": without one, nothing grows)
    grow = [j for j in range(n) if reason[j] == "photo caption"] if caption_seen else []
    while grow:
        j = grow.pop()
        for i in (j - 1, j + 1):  # directly adjacent raw lines: no blank line between
            if 0 <= i < n and reason[i] is None and body[i] and not sentences[i]:
                head = _head(body[i], k)
                if len(head) == k and _head(body[j], k) == head:
                    reason[i] = "photo caption"
                    grow.append(i)

    # Pass 4: a line repeating an earlier one.
    # Short lines compare by normalised form, long paragraphs (no norm) by exact text: two
    # dicts (speed: no "\0"-prefixed copy of every paragraph as its key).
    seen: dict[str, int] = {}
    seen_long: dict[str, int] = {}
    for i, text in enumerate(body):
        if not text:
            continue
        norm = norms[i]
        if norm:
            where = seen
        else:
            norm, where = text, seen_long
        if reason[i] is None and norm in where:
            first = reason[where[norm]]
            reason[i] = "duplicated headline" if first in ("headline", "duplicated headline") else "duplicated line"
            if reason[i] == "duplicated headline":
                headline_seen = True
        where.setdefault(norm, i)

    # The first headline copy in reading order is "the headline", later ones are duplicates.
    # (a headline reason is only ever given with headline_seen set: else there is none)
    headline_lines = [i for i in range(n) if reason[i] in ("headline", "duplicated headline")] if headline_seen else []
    for rank, i in enumerate(headline_lines):
        reason[i] = "duplicated headline" if rank else "headline"

    # Assemble: kept lines in order, a blank line where the raw text had one between them.
    out: list[str] = []
    blank_since_last = False
    for i, text in enumerate(body):
        if not text:
            if not raw_lines[i].strip():
                blank_since_last = True
            continue
        if reason[i] is not None:
            removals.append(filled(Removal, line=i + 1, text=text, reason=reason[i]))  # = Removal(...), cheaper
            continue
        if out:
            out.append("\n\n" if blank_since_last else "\n")
        out.append(text)
        blank_since_last = False
    removals.sort(key=lambda r: r.line)  # stable: a marker precedes the rest of its line
    text_date = min(dates)[2] if dates else None
    return filled(Cleaned, text="".join(out), removed=tuple(removals), text_date=text_date)  # = Cleaned(...), cheaper


def clean(raw_text: str, title: str = "") -> tuple[str, tuple[Removal, ...]]:
    """Cleaned prose of ``raw_text`` and what was removed and why (see :func:`clean_article`)."""
    result = clean_article(raw_text, title)
    return result.text, result.removed
