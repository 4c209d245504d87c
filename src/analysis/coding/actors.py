"""Actors: find who is named in an article and map each mention to the actor dictionary.

The dictionary is data (``data/reference/actors.yaml``): canonical names, aliases, ACLED inter
codes, home countries, dated validity, how news refers to countries, and the generic
descriptions that need context. This module knows no Sahel name.

Domain rules implemented here (each documented where it is applied):

* **Named actors** match their aliases case-insensitively and ignoring accents, hyphens and
  apostrophes ("al-Qaeda" = "al Qaeda"); acronyms (and any alias written in capitals of up to
  six letters) match case-sensitively, so "IS" never matches "is" and "US" never "us".
  The longest alias wins ("Islamic State Sahel Province" over "Islamic State").
* **Components** (``part_of``) are coded as their parent (Katiba Macina -> JNIM).
* **Dated validity**: a DESCRIPTION resolves to the actor of its date: "Russian mercenaries" in
  Mali are Wagner until its exit (June 2025), Africa Corps after; "the UN mission" in Mali is
  MINUSMA until its withdrawal (end of 2023). find_actors uses the date it is given (the
  publication's); :func:`resolve_at` re-resolves a mention for its event's date. An explicit
  NAME is renamed to its ``successor`` only by the EVENT's date ("Wagner Group fighters" of July
  2024 told in a 2025 article stay Wagner; "Wagner" in Mali in September 2025 is Africa Corps,
  as ACLED codes it); find_actors, which knows only the publication date, never renames one.
* **Appositions and possessives**: in "the UN mission, MINUSMA" the specific name wins (a
  description next to a name of the same class of actor, not in a list); "France's Barkhane
  force, whose last soldiers left", "Niger's junta said its troops" give the soldiers to the
  owner named before them; "its" never points back to a person named with a title ("the front,
  formed after the coup that toppled president Mohamed Bazoum, said its fighters").
* **Nationality + fighters / mercenaries / rebels** is no state army ("Chadian fighters",
  "Libyan mercenaries" are rebels or hired gunmen; soldiers / troops / army still are), except
  for a country whose force abroad is a mercenary one (Russia) or at home.
* **Generic descriptions** ("the army", "the junta", "gunmen", "Russian mercenaries") are resolved
  by context: a nationality in the phrase ("Malian soldiers", "Niger's army", "troops from Burkina
  Faso") fixes the country, and so does a capital next to a government or force phrase ("the
  junta in Niamey", "Bamako's military rulers"; a capital alone is a place, never an actor);
  otherwise the event's country is used and the mention is flagged ``generic=True``.
  Coordinated nationalities share the noun ("Malian and Russian troops": two mentions).
  "Gunmen", "militants", "jihadists" become the one non-state group named in the same sentence or
  the few before it (a group named only later is usually another incident's, unless that later
  sentence attributes the act: "JNIM claimed the attack", "the army blamed JNIM", and neither it
  nor a sentence between opens another incident: "In June, 40 soldiers died in an attack on
  Mansila, claimed by JNIM" is June's claim), else
  ``Unidentified armed group`` (ACLED: unnamed perpetrators are coded as an unidentified armed
  group). A group named in an EARLIER sentence does not count for an indefinite description
  ("gunmen", not "the gunmen") whose sentence opens another incident: a separator (the
  dictionary's ``incident_separators``, which frames reads too) or a distance
  ("Elsewhere,", "In a separate attack,", "Some 200 km to the east,"), another time ("Four days
  later,", "Last week,", "Later that year,"), or a date or place the earlier sentence does not
  name ("In November 2023, JNIM stormed X. In February 2024, gunmen killed 15 in Y."; a month of
  a year told before: "In June that year,", "In August of the same year,"); a headline (no final full
  stop) still names the group of the story its lead tells. "Gunmen from the Lakurawa group" with
  a group the dictionary lacks are never the group named before. A bare plural of time units
  ("Days earlier,", "Weeks later,") opens another incident too, and an opener set off by its
  comma governs every description of its sentence ("Days earlier, gunmen attacked ..., the army
  said, blaming terrorists"). A description tied to a named group is that group ("jihadi fighters
  linked to al-Qaeda", "gunmen loyal to the Islamic State"; a tie to a state force is none).
* **Not actors**: "civilian" as the adjective of an armed body ("a state-backed civilian
  militia", "civilian self-defence groups": the dictionary's ``armed_after_civilian``) names no
  civilians; a description hyphened to "ruled", "run", "governed" ("the junta-ruled country",
  "military-run Mali") describes a country.
* **A predecessor in apposition** is no actor: "the Africa Corps, the successor to the Wagner
  Group", "the Africa Corps, which replaced Wagner", "the Africa Corps (formerly Wagner)" name one
  force; the predecessor's mention is dropped (never a description's, never in a list).
* **A group's kin in apposition** is no actor: "ISWAP, a splinter faction of Boko Haram", "ISWAP,
  a Boko Haram offshoot", "ISWAP, which broke away from Boko Haram", "the Boko Haram splinter
  group ISWAP", "IS Sahel, a rival of JNIM" name one group; the kin's mention is dropped before
  descriptions are resolved (never in a list: "a faction of Boko Haram and JNIM").
* **A state force's unnamed partners** ("the army said it struck with its partners") are the
  foreign force (mercenaries, a mission, another country's army) named beside that force in the
  same sentence or the one before or after ("Russian fighters of the Africa Corps have backed
  Malian troops"); the mention takes its possessive ("with its partners": a partner, not a target).
* **A nationality said after a description** counts as one before it: "foreign fighters,
  apparently Russian", "soldiers believed to be Russian" are "Russian fighters / soldiers" (the
  Russian force of the date: Wagner Group, then Africa Corps); so do foreigners described by look
  or language in the dictionary ("white foreign fighters", "Russian-speaking gunmen": such a
  word is written once, before every noun of the dictionary's ``armed_men``). A
  nationality whose force abroad is a mercenary one also names it for words that otherwise mean
  an armed group ("armed men, reportedly Russians"); "Chadian gunmen" stay a group.
* **Inter codes** (ACLED): state forces 1, rebels 2, political militias 3, identity militias 4,
  rioters 5, protesters 6, civilians 7, external/other forces 8; a state force or government
  acting outside its home country is 8. Interaction: the two codes lowest first, a lone actor
  X gives X0.
* **Foreign involvement**: a state force or government outside its country, mercenaries and
  foreign-run forces (Wagner Group, Africa Corps), deployed international missions (MINUSMA).
  Labels follow the dev-set gold: a state actor by its country ("France"), others by name.

Speed: matching runs over a light token list (no spaCy Doc needed), made by one regex split and
list-level passes at C speed (apostrophe flags are read only where a possessive "s" is asked
about). Everything that depends only on the lexicon is worked out once per dictionary: a token is
visited only if it can begin something where it stands (a one-token name or description, or the
first two tokens of a longer phrase: "the" is visited only before "Platform"), phrases are looked
up by length (one dict lookup per length), and the facts asked about a description's entries
are precomputed. Within an article, a description without a group role is resolved once.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import accumulate, compress
from operator import attrgetter, not_
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from analysis import paths, yamlfile
from analysis.cleaning import LIST_MARKS
from analysis.coding import text as text_mod
from analysis.errors import InputError
from analysis import records as records_mod
from analysis.records import ActorMention, PlaceMention, Sentence, filled

ACTORS_FILE = paths.REFERENCE / "actors.yaml"

KINDS = frozenset(
    {
        "state_force",
        "government",
        "pmc",
        "mission",
        "international",
        "jihadist",
        "separatist",
        "militia",
        "progov_militia",
        "civilians",
        "protesters",
        "rioters",
        "unidentified",
    }
)
ROLES = frozenset({"forces", "government", "actor", "group"})
UNIDENTIFIED = "Unidentified armed group"
# kinds of the named groups that a "gunmen"/"militants" of the same or a nearby sentence may be
_GROUP_KINDS = frozenset({"jihadist", "separatist", "militia", "progov_militia"})

# ------------------------------------------------------------------------------ records


@dataclass(frozen=True)
class DatedName:
    name: str
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class ActorEntry:
    """One entry of the actor dictionary (see the header of ``actors.yaml``)."""

    name: str
    inter: int
    country: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    part_of: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = None
    names: tuple[DatedName, ...] = ()
    note: str = ""
    line: int | None = None


@dataclass(frozen=True)
class ForceRule:
    """Which actor is a country's force, in which event countries and dates."""

    actor: str
    in_countries: frozenset[str] | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def applies(self, event_country: str | None, when: date | None) -> bool:
        if self.in_countries is not None and event_country not in self.in_countries:
            return False
        if when is not None:
            if self.valid_from and when < self.valid_from:
                return False
            if self.valid_to and when > self.valid_to:
                return False
        return True


@dataclass(frozen=True)
class CountryEntry:
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    forces: tuple[ForceRule, ...] = ()
    government: str | None = None
    capitals: tuple[str, ...] = ()  # "the junta in Niamey", "Bamako's military rulers"
    # its forces fight the region's armed groups: a group's claim to have killed "30 Beninese"
    # counts soldiers (analysis.coding.claims); false for a neighbour not at war ("Mauritanians")
    at_war: bool = True


@dataclass(frozen=True)
class GenericEntry:
    """A description resolved by context (``generic:`` in ``actors.yaml``)."""

    role: str
    phrases: tuple[str, ...]
    needs_country: bool = False
    of: str | None = None
    actor: str | None = None
    in_countries: frozenset[str] | None = None
    otherwise: str | None = None
    group_kinds: frozenset[str] = frozenset()
    # role actor: the date window of `actor` (`from`/`to`); outside it, `otherwise`
    valid_from: date | None = None
    valid_to: date | None = None
    # role forces: the country's force counts only if of these kinds ("Russian fighters" are
    # mercenaries; "Chadian fighters" in Sahel news are rebels or hired gunmen, not Chad's army)
    force_kinds: frozenset[str] = frozenset()


class _Entries(tuple):
    """The generic entries of one phrase (the payload of ``ActorDictionary.phrases``).

    Speed: what find_actors asks about them is worked out once, when the dictionary is built.
    """

    group_only: bool  # each can follow a group's name ("JNIM fighters", "Wagner mercenaries")
    state_any: bool  # one is a government or a force ("the junta in Niamey")
    state_only: bool  # all are ("Malian and Russian troops")
    has_group: bool  # one is resolved from the groups named nearby ("gunmen")

    def __new__(cls, entries: Iterable[GenericEntry]) -> "_Entries":
        self = super().__new__(cls, entries)
        self.group_only = all(_describes_group(g) for g in self)
        self.state_any = any(g.role in ("government", "forces") for g in self)
        self.state_only = all(g.role in ("forces", "government") for g in self)
        self.has_group = any(g.role == "group" for g in self)
        return self


# A lexicon key: normalised tokens, plus the exact surface tokens when it is case-sensitive.
@dataclass(frozen=True)
class _Key:
    norm: tuple[str, ...]
    surface: tuple[str, ...] | None  # None = case-insensitive


@dataclass
class _Index:
    """First-token index of multi-token phrases: norm token -> [(key, payload)], longest first."""

    table: dict[str, list[tuple[_Key, Any]]] = field(default_factory=dict)
    # Speed: per first token, the same phrases as _match reads them: the longer ones as
    # (length, {norm tokens: [(key, payload)]}), longest first (one dict lookup per length
    # instead of comparing every phrase), the second tokens of these, and the one-token phrases
    by_first: dict[str, tuple[list[tuple[int, dict[tuple[str, ...], list[tuple[_Key, Any]]]]],
                              frozenset[str], list[tuple[_Key, Any]]]] = field(default_factory=dict)

    def add(self, key: _Key, payload: Any) -> None:
        first = key.norm[0]
        bucket = self.table.setdefault(first, [])
        bucket.append((key, payload))
        bucket.sort(key=lambda kp: -len(kp[0].norm))
        groups: dict[int, dict[tuple[str, ...], list[tuple[_Key, Any]]]] = {}
        for kp in bucket:  # in bucket order, so equal phrases keep their order
            groups.setdefault(len(kp[0].norm), {}).setdefault(kp[0].norm, []).append(kp)
        single = groups.pop(1, {}).get((first,), [])
        seconds = frozenset(kp[0].norm[1] for kp in bucket if len(kp[0].norm) > 1)
        self.by_first[first] = (sorted(groups.items(), key=lambda lg: -lg[0]), seconds, single)


@dataclass
class ActorDictionary:
    """The validated actor dictionary with its lookup indexes."""

    actors: dict[str, ActorEntry]
    countries: dict[str, CountryEntry]
    generic: tuple[GenericEntry, ...]
    group_context_sentences: int = 2
    path: str = ""
    named: _Index = field(default_factory=_Index)
    country_names: _Index = field(default_factory=_Index)  # payload: country name
    country_adjs: _Index = field(default_factory=_Index)
    capitals: _Index = field(default_factory=_Index)  # payload: country name
    phrases: _Index = field(default_factory=_Index)  # payload: _Entries (a tuple of GenericEntry)
    starters: frozenset[str] = frozenset()  # first tokens of every phrase above
    # Speed: lexicon facts worked out once, in _build_indexes
    generic_starters: frozenset[str] = frozenset()  # first tokens of country refs and descriptions
    ref_starters: frozenset[str] = frozenset()  # first tokens of country names, adjectives, capitals
    country_name_tokens: int = 1  # the most tokens of a country name ("Republic of Mali": 3)
    # Speed: ``alone`` and ``pairs`` by starter, as _candidates reads them: None for a token in
    # ``alone`` (always visited), else the next tokens it may begin something with
    visit: dict[str, frozenset[str] | None] = field(default_factory=dict)
    group_actors: frozenset[str] = frozenset()  # non-state groups: context for "gunmen"
    undated: dict[str, str] = field(default_factory=dict)  # _dated's answer when no date matters
    not_before: frozenset[str] = frozenset()  # "military bloggers" is no actor
    armed_after_civilian: frozenset[str] = frozenset()  # "a civilian militia" names no civilians
    # words of a later sentence that let its group name an earlier "gunmen" ("JNIM claimed it")
    claim_rx: re.Pattern | None = None
    # a sentence's opener on another incident (:func:`_opener_regex`), and the separator words
    # that tell one alone: ``incident_separators``' adverbs and nouns ("elsewhere", "another attack")
    opener_rx: re.Pattern = re.compile("(?!)")
    separator_adverbs: frozenset[str] = frozenset()
    incident_nouns: frozenset[str] = frozenset()
    # actors a description may resolve to differently on another date (a dated force rule or a
    # dated `actor` rule, and the successors): the only ones resolve_at re-resolves
    date_sensitive: frozenset[str] = frozenset()
    # is_foreign's answers by (actor, event country, date): they depend on the dictionary only
    foreign_memo: dict[tuple[str, str | None, date | None], bool] = field(default_factory=dict)

    def entry(self, actor: str) -> ActorEntry | None:
        return self.actors.get(actor)


# ----------------------------------------------------------------------------- tokens

_TOKEN = re.compile(r"[^\W_]+")
_TOKEN_SPLIT = re.compile(r"([^\W_]+)")
_WORD_SPLIT = re.compile(r"(\w+)")  # the same split for a text without "_", a little faster
# the same two for an ASCII text (re.ASCII changes nothing there; its \w is a table look-up, faster)
_ASCII_TOKEN_SPLIT = re.compile(r"([^\W_]+)", re.ASCII)
_ASCII_WORD_SPLIT = re.compile(r"(\w+)", re.ASCII)
# Characters that may join the tokens of one phrase ("al-Qaeda", "Mali's", "Dan Na Ambassagou").
# (and a scare quote opening on the phrase's last word: 'Russian "mercenaries"', "Russian “mercenaries”")
_JOIN = re.compile(r"[ \t\u00a0\-\u2010\u2011\u2013'\u2019]{0,3}|[ \t\u00a0][\"\u201c]")
_JOIN_DOT = re.compile(r"\.[ \t\u00a0\-\u2010\u2011\u2013'\u2019]{0,2}")  # after an initial: "U.S. troops"
_APOS = re.compile(r"['\u2019]")
# The only characters but ASCII letters whose lower case holds an ASCII letter ("\u0130" -> "i\u0307",
# the Kelvin sign -> "k"; test_actors_speed checks every character)
_LOWER_TO_ASCII = ("\u0130", "\u212a")


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    low = token.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


@dataclass(slots=True)  # Speed: not frozen, so __init__ assigns directly (never modified)
class _Tokens:
    starts: list[int]
    ends: list[int]
    norm: list[str]
    joined: list[bool]  # joined[i]: token i and i+1 may belong to one phrase
    gaps: list[str]  # gaps[i]: the text between token i and i+1
    text: str
    # the tokens as written (``surface``), None until asked for (speed: a text whose words are
    # ASCII is split lower-cased, and its few case-sensitive look-ups slice the text: ``word``)
    words: list[str] | None = None

    @property
    def surface(self) -> list[str]:
        """The tokens as written."""
        if self.words is None:
            self.words = [self.text[a:b] for a, b in zip(self.starts, self.ends)]
        return self.words

    def word(self, i: int) -> str:
        """``surface[i]``, without building ``surface``."""
        return self.text[self.starts[i]:self.ends[i]] if self.words is None else self.words[i]

    def apos(self, i: int) -> bool:
        """Whether token i+1 follows an apostrophe that joins it to token i (possessive "s").

        Speed: computed on demand, as only a possessive "s" after a country asks for it.
        """
        if i >= len(self.gaps):
            return False
        flags = _gap_join(self.gaps[i])
        return flags[3] if self.ends[i] - self.starts[i] == 1 else flags[2]


@lru_cache(maxsize=4096)
def _gap(gap: str) -> tuple[bool, bool, bool]:
    """(joins two words, joins after an initial as in "U.S. troops", contains an apostrophe)."""
    return (
        _JOIN.fullmatch(gap) is not None,
        _JOIN_DOT.fullmatch(gap) is not None,
        _APOS.search(gap) is not None,
    )


@lru_cache(maxsize=4096)
def _gap_join(gap: str) -> tuple[bool, bool, bool, bool]:
    """:func:`_gap` as (joined after a longer word, joined after a one-letter word, and the same
    two with an apostrophe in the gap)."""
    plain, dot, ap = _gap(gap)
    short = plain or dot
    return plain, short, plain and ap, short and ap


_JOINED_SEEN: dict[str, bool] = {}  # gap -> joins after a longer word (_gap_join(gap)[0])
# A one-letter token followed by a full stop ("U.S."): the only place where joining after a
# one-letter word differs from joining after a longer one (a gap that starts with "." never
# joins after a longer word). Speed: the literal "." first lets the regex engine skip ahead.
_INITIAL_DOT = re.compile(r"\.(?<=(?<![^\W_])[^\W_]\.)")


def _mapped(seen: dict, keys: list[str], make: Callable[[str], Any], cap: int) -> list:
    """``[make(k) for k in keys]`` through the memo ``seen`` (cleared past ``cap`` entries).

    Speed: a KeyError (a key not seen before) sends the list through the filling path, which
    is cheaper than looking for None in every list.
    """
    try:
        return list(map(seen.__getitem__, keys))
    except KeyError:
        if len(seen) > cap:
            seen.clear()
        out = list(map(seen.get, keys))
        for k in compress(range(len(out)), map(_is_none, out)):
            out[k] = seen[keys[k]] = make(keys[k])
        return out


def _gap_joins(gap: str) -> bool:
    """Whether ``gap`` joins the tokens around it into one phrase (see :func:`_gap_join`)."""
    return _gap_join(gap)[0]


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# a character neither ASCII nor a no-break space, dash, quote, bullet or ellipsis (U+2010-U+2027,
# none a letter or digit): news' usual non-ASCII characters, which one search passes over
_NOT_ASCII_OR_PUNCT = re.compile(r"[^\x00-\x7f\u00a0\u2010-\u2027]")


def _split_words(text: str) -> tuple[list[str], bool]:
    """``(_TOKEN_SPLIT if "_" in text else _WORD_SPLIT).split(text)`` (gap, word, ..., word, gap),
    and True when every word is known to be ASCII.

    Speed: the ASCII split (``re.ASCII``: a table look-up per character, faster) is the Unicode
    one when no non-ASCII letter or digit is in the text (Unicode ``\\w`` adds exactly those,
    str.isalnum's characters), as in a text whose only non-ASCII characters are curly quotes
    and dashes (test_actors_speed compares the two on random texts).
    """
    if text.isascii() or _NOT_ASCII_OR_PUNCT.search(text) is None \
            or not any(map(str.isalnum, _NOT_ASCII.findall(text))):
        return (_ASCII_TOKEN_SPLIT if "_" in text else _ASCII_WORD_SPLIT).split(text), True
    return (_TOKEN_SPLIT if "_" in text else _WORD_SPLIT).split(text), False


def _tokenize(text: str) -> _Tokens:
    # Speed: one regex split, then list-level passes at C speed (map, accumulate, compress);
    # gap flags come from a dict filled on first sight.
    surface: list[str] | None
    if text.isascii() or _NOT_ASCII_OR_PUNCT.search(text) is None:
        # speed: a text whose only non-ASCII characters are no-break spaces, dashes and quotes
        # (none has a case) is split lower-cased: its lower case has the same length, the same
        # words lower-cased (the normal form of an ASCII word) and the same gaps, so its split
        # gives the tokens' offsets, normal forms and gaps at once (no per-token lower call);
        # the words as written are sliced from the text when asked for (_Tokens.word)
        parts = (_ASCII_TOKEN_SPLIT if "_" in text else _ASCII_WORD_SPLIT).split(text.lower())
        norm = parts[1::2]
        surface = None
    else:
        parts, ascii_words = _split_words(text)  # gap, word, ..., word, gap
        surface = parts[1::2]
        # the normal form of an ASCII token is its lower case (one C-level map, no memo lookup
        # of every fresh token string: speed); only a token whose lower case is not ASCII needs _norm
        norm = list(map(str.lower, surface))
        # speed: the words of a text whose only non-ASCII characters are quotes and dashes are
        # ASCII (_split_words or one join tells it; no per-token test)
        if not ascii_words and not "".join(surface).isascii():
            for k in compress(range(len(norm)), map(not_, map(str.isascii, norm))):
                norm[k] = _norm(surface[k])
    acc = list(accumulate(map(len, parts)))  # acc[j]: end offset of parts[j]
    starts = acc[0:-1:2]
    ends = acc[1::2]
    gaps = parts[2:-1:2]  # the text between consecutive tokens
    joined = _mapped(_JOINED_SEEN, gaps, _gap_joins, 4096)
    # after a one-letter word (an initial) a full stop may join too: "U.S. troops"
    for m in _INITIAL_DOT.finditer(text):
        k = bisect.bisect_left(ends, m.start())  # the initial ends where the full stop starts
        if k < len(gaps):
            joined[k] = _gap_join(gaps[k])[1]
    joined.append(False)
    return _Tokens(starts, ends, norm, joined, gaps, text, surface)


def _is_none(x: Any) -> bool:
    return x is None


def _phrase_key(phrase: str, force_case: bool = False) -> _Key:
    surface = tuple(_TOKEN.findall(phrase))
    if not surface:
        raise ValueError("empty phrase")
    letters = "".join(surface)
    # Capitalised short forms (UN, US, IS, MNLA) are acronyms: exact case only.
    case_sensitive = force_case or (letters.isupper() and len(letters) <= 6)
    return _Key(tuple(_norm(s) for s in surface), surface if case_sensitive else None)


def _match(index: _Index, toks: _Tokens, i: int) -> tuple[int, Any] | None:
    """Longest phrase of ``index`` starting at token ``i``: (end token index, payload)."""
    norm = toks.norm
    entry = index.by_first.get(norm[i])
    if entry is None:
        return None
    longer, seconds, single = entry
    # a longer phrase needs the next token joined to this one and among its second tokens
    if longer and toks.joined[i] and norm[i + 1] in seconds:
        n = len(norm)
        for k, by_norm in longer:
            if i + k > n:
                continue
            # the phrases of this length whose tokens are those of the text (two phrases of
            # one length with different tokens cannot both match)
            same = by_norm.get(tuple(norm[i:i + k]))
            if same is None or not all(toks.joined[i:i + k - 1]):
                continue
            for key, payload in same:
                if key.surface is not None and tuple(map(toks.word, range(i, i + k))) != key.surface:
                    continue
                return i + k, payload
    for key, payload in single:
        if key.surface is None or toks.word(i) == key.surface[0]:
            return i + 1, payload
    return None


# --------------------------------------------------------------------------- loading


class _LineLoader(yamlfile.FAST_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader (libyaml's when available) that records the line of every mapping as
    ``__line__``."""


class _PureLineLoader(yaml.SafeLoader):
    """:class:`_LineLoader` on the pure-Python parser, whose error messages users are shown."""


def _construct_mapping(loader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


for _loader in (_LineLoader, _PureLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

_ACTOR_KEYS = {
    "name", "inter", "country", "kind", "aliases", "acronyms", "part_of", "valid_from",
    "valid_to", "successor", "names", "note", "__line__",
}  # fmt: skip
_COUNTRY_KEYS = {"name", "names", "adjectives", "forces", "government", "capitals", "at_war", "__line__"}
_GENERIC_KEYS = {
    "role", "phrases", "needs_country", "of", "actor", "in", "otherwise", "group_kinds", "from", "to",
    "force_kinds", "before_armed_men", "__line__",
}  # fmt: skip


def _date(value: Any, where: str, path: Path, line: int | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(path, f"{where}: not an ISO date: {value!r}", line) from None


def _strings(value: Any, where: str, field_name: str, path: Path, line: int | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(path, f"{where}: '{field_name}' must be a list of non-empty strings", line)
    return tuple(value)


def _parse(data: Any, path: Path) -> ActorDictionary:
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise InputError(path, "expected a mapping with an 'actors' list")
    actors: dict[str, ActorEntry] = {}
    for raw in data["actors"]:
        line = raw.get("__line__") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise InputError(path, "actor entry without a 'name'", line)
        name = raw["name"]
        where = f"actor {name!r}"
        unknown = set(raw) - _ACTOR_KEYS
        if unknown:
            raise InputError(path, f"{where}: unknown field(s) {sorted(unknown)}", line)
        if name in actors:
            raise InputError(path, f"{where}: duplicate name", line)
        inter = raw.get("inter")
        if not isinstance(inter, int) or isinstance(inter, bool) or not 0 <= inter <= 8:
            raise InputError(path, f"{where}: 'inter' must be an ACLED code 0-8, got {inter!r}", line)
        kind = raw.get("kind")
        if kind not in KINDS:
            raise InputError(path, f"{where}: 'kind' must be one of {sorted(KINDS)}, got {kind!r}", line)
        if "country" not in raw:
            raise InputError(path, f"{where}: 'country' is required (null for transnational)", line)
        names = []
        for dn in raw.get("names") or []:
            if not isinstance(dn, dict) or not isinstance(dn.get("name"), str):
                raise InputError(path, f"{where}: 'names' entries need a 'name'", line)
            names.append(
                DatedName(
                    dn["name"],
                    _date(dn.get("valid_from"), where, path, line),
                    _date(dn.get("valid_to"), where, path, line),
                )
            )
        actors[name] = ActorEntry(
            name=name,
            inter=inter,
            country=raw.get("country"),
            kind=kind,
            aliases=_strings(raw.get("aliases"), where, "aliases", path, line),
            acronyms=_strings(raw.get("acronyms"), where, "acronyms", path, line),
            part_of=raw.get("part_of"),
            valid_from=_date(raw.get("valid_from"), where, path, line),
            valid_to=_date(raw.get("valid_to"), where, path, line),
            successor=raw.get("successor"),
            names=tuple(names),
            note=str(raw.get("note") or ""),
            line=line,
        )
    for e in actors.values():
        where = f"actor {e.name!r}"
        for ref, label in ((e.part_of, "part_of"), (e.successor, "successor")):
            if ref is not None and ref not in actors:
                raise InputError(path, f"{where}: {label} names unknown actor {ref!r}", e.line)
        if e.valid_from and e.valid_to and e.valid_from > e.valid_to:
            raise InputError(path, f"{where}: valid_from is after valid_to", e.line)

    countries: dict[str, CountryEntry] = {}
    for raw in data.get("countries") or []:
        line = raw.get("__line__") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise InputError(path, "country entry without a 'name'", line)
        where = f"country {raw['name']!r}"
        unknown = set(raw) - _COUNTRY_KEYS
        if unknown:
            raise InputError(path, f"{where}: unknown field(s) {sorted(unknown)}", line)
        rules = []
        for rule in raw.get("forces") or []:
            if not isinstance(rule, dict) or rule.get("actor") not in actors:
                raise InputError(path, f"{where}: force rule names an unknown actor: {rule!r}", line)
            rules.append(
                ForceRule(
                    rule["actor"],
                    frozenset(rule["in"]) if rule.get("in") else None,
                    _date(rule.get("from"), where, path, line),
                    _date(rule.get("to"), where, path, line),
                )
            )
        gov = raw.get("government")
        if gov is not None and gov not in actors:
            raise InputError(path, f"{where}: government names unknown actor {gov!r}", line)
        at_war = raw.get("at_war", True)
        if not isinstance(at_war, bool):
            raise InputError(path, f"{where}: 'at_war' must be true or false, got {at_war!r}", line)
        countries[raw["name"]] = CountryEntry(
            raw["name"],
            _strings(raw.get("names"), where, "names", path, line) or (raw["name"],),
            _strings(raw.get("adjectives"), where, "adjectives", path, line),
            tuple(rules),
            gov,
            _strings(raw.get("capitals"), where, "capitals", path, line),
            at_war,
        )

    # the nouns of armed men: a generic entry's `before_armed_men` words go before each of them
    armed_men = _strings(data.get("armed_men"), "top level", "armed_men", path, None)
    generic = []
    for raw in data.get("generic") or []:
        line = raw.get("__line__") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or raw.get("role") not in ROLES:
            raise InputError(path, f"generic entry: 'role' must be one of {sorted(ROLES)}", line)
        where = f"generic entry ({raw['role']})"
        unknown = set(raw) - _GENERIC_KEYS
        if unknown:
            raise InputError(path, f"{where}: unknown field(s) {sorted(unknown)}", line)
        for ref in ("actor", "otherwise"):
            if raw.get(ref) is not None and raw[ref] not in actors:
                raise InputError(path, f"{where}: {ref} names unknown actor {raw[ref]!r}", line)
        if raw["role"] == "actor" and not raw.get("actor"):
            raise InputError(path, f"{where}: role 'actor' needs 'actor'", line)
        if raw.get("of") is not None and raw["of"] not in countries:
            raise InputError(path, f"{where}: 'of' names unknown country {raw['of']!r}", line)
        kinds = frozenset(raw.get("group_kinds") or ())
        if not kinds <= KINDS:
            raise InputError(path, f"{where}: unknown group_kinds {sorted(kinds - KINDS)}", line)
        force_kinds = frozenset(raw.get("force_kinds") or ())
        if not force_kinds <= KINDS:
            raise InputError(path, f"{where}: unknown force_kinds {sorted(force_kinds - KINDS)}", line)
        generic.append(
            GenericEntry(
                role=raw["role"],
                phrases=_strings(raw.get("phrases"), where, "phrases", path, line) + tuple(
                    f"{adj} {noun}" for adj in _strings(raw.get("before_armed_men"), where, "before_armed_men", path, line)
                    for noun in armed_men),
                needs_country=bool(raw.get("needs_country", False)),
                of=raw.get("of"),
                actor=raw.get("actor"),
                in_countries=frozenset(raw["in"]) if raw.get("in") else None,
                otherwise=raw.get("otherwise"),
                group_kinds=kinds,
                valid_from=_date(raw.get("from"), where, path, line),
                valid_to=_date(raw.get("to"), where, path, line),
                force_kinds=force_kinds,
            )
        )

    not_before = _strings(data.get("not_before"), "top level", "not_before", path, None)
    ctx = data.get("group_context_sentences", 2)
    if not isinstance(ctx, int) or ctx < 0:
        raise InputError(path, "'group_context_sentences' must be a non-negative integer")
    d = ActorDictionary(actors, countries, tuple(generic), ctx, str(path))
    d.not_before = frozenset(_norm(w) for w in not_before)
    armed_after = _strings(data.get("armed_after_civilian"), "top level", "armed_after_civilian", path, None)
    d.armed_after_civilian = frozenset(_norm(w) for w in armed_after)
    seps = data.get("incident_separators") or {}
    if not isinstance(seps, dict):
        raise InputError(path, "'incident_separators' must map adverbs, adjectives and nouns to words")
    adverbs, adjectives, nouns = (
        [w.lower() for w in _strings(seps.get(k), "incident_separators", k, path, None)]
        for k in ("adverbs", "adjectives", "nouns"))
    d.opener_rx = _opener_regex(adverbs, adjectives, nouns)
    d.separator_adverbs = frozenset(adverbs)
    d.incident_nouns = frozenset(nouns) | frozenset(n + "s" for n in nouns)  # as the pattern's "s?"
    claim_words = _strings(data.get("group_claim_words"), "top level", "group_claim_words", path, None)
    if claim_words:
        alts = "|".join(sorted((re.escape(w) for w in claim_words), key=len, reverse=True))
        d.claim_rx = re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])", re.IGNORECASE)
    _build_indexes(d, path)
    return d


def _build_indexes(d: ActorDictionary, path: Path) -> None:
    seen: dict[_Key, str] = {}
    for e in d.actors.values():
        target = e.name
        for alias, force in [(a, False) for a in (e.name, *e.aliases)] + [(a, True) for a in e.acronyms]:
            key = _phrase_key(alias, force_case=force)
            if key in seen:
                if seen[key] != e.name:
                    raise InputError(
                        path, f"actor {e.name!r}: alias {alias!r} already belongs to {seen[key]!r}", e.line
                    )
                continue
            seen[key] = e.name
            d.named.add(key, target)
    for c in d.countries.values():
        for nm in c.names:
            d.country_names.add(_phrase_key(nm), c.name)
        for adj in c.adjectives:
            d.country_adjs.add(_phrase_key(adj), c.name)
        for cap in c.capitals:
            d.capitals.add(_phrase_key(cap), c.name)
    by_key: dict[_Key, list[GenericEntry]] = {}
    for g in d.generic:
        for ph in g.phrases:
            by_key.setdefault(_phrase_key(ph), []).append(g)
    # Speed: phrases with the same entries ("army", "soldiers", "troops") share one _Entries, so
    # find_actors' per-article memo of resolutions (keyed by its id) serves them all
    shared: dict[tuple[int, ...], _Entries] = {}
    for key, entries in by_key.items():
        ids = tuple(map(id, entries))
        if ids not in shared:
            shared[ids] = _Entries(entries)
        d.phrases.add(key, shared[ids])
    d.starters = frozenset(
        set(d.named.table) | set(d.country_names.table) | set(d.country_adjs.table) | set(d.phrases.table)
        | set(d.capitals.table)
    )
    d.generic_starters = frozenset(
        set(d.country_names.table) | set(d.country_adjs.table) | set(d.phrases.table) | set(d.capitals.table)
    )
    # Speed: most starters ("the", "military", "Mali") lead nowhere where they stand, so
    # find_actors visits a token only when it can begin something: a one-token name or
    # description, the first two tokens of a longer one, or a one-token country reference
    # followed by what may follow it in _generic_at (a description, a possessive "s", or
    # "and"/"or" as in "Malian and Russian troops").
    alone: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for ix in (d.named, d.phrases):
        for key_list in ix.table.values():
            for key, _ in key_list:
                if len(key.norm) == 1:
                    alone.add(key.norm[0])
                else:
                    pairs.add(key.norm[:2])
    after_ref = set(d.phrases.table) | {"s", "and", "or"}
    for ix in (d.country_adjs, d.country_names, d.capitals):
        for key_list in ix.table.values():
            for key, _ in key_list:
                if len(key.norm) == 1:
                    pairs.update((key.norm[0], w) for w in after_ref)
                else:
                    pairs.add(key.norm[:2])
    for name in d.actors:
        chain, cur = [], name
        while cur in d.actors and cur not in chain:  # the names _dated may visit
            chain.append(cur)
            cur = d.actors[cur].part_of or d.actors[cur].successor or ""
        if not any(d.actors[c].valid_to and d.actors[c].successor for c in chain):
            d.undated[name] = _dated(d, name, None)
    d.group_actors = frozenset(e.name for e in d.actors.values() if e.kind in _GROUP_KINDS)
    sensitive: set[str] = set()
    for c in d.countries.values():
        if any(r.valid_from or r.valid_to for r in c.forces):
            sensitive.update(r.actor for r in c.forces)
    for g in d.generic:
        if g.valid_from or g.valid_to:
            sensitive.update(a for a in (g.actor, g.otherwise) if a)
    for name in list(sensitive):
        cur = d.actors.get(name)
        while cur is not None and cur.successor and cur.successor not in sensitive:
            sensitive.add(cur.successor)
            cur = d.actors.get(cur.successor)
    d.date_sensitive = frozenset(sensitive)
    seconds: dict[str, set[str]] = {w: set() for w in d.starters}
    for a, b in pairs:
        if a in seconds:
            seconds[a].add(b)
    d.visit = {w: None if w in alone else frozenset(nx) for w, nx in seconds.items()}
    d.ref_starters = frozenset(set(d.country_names.table) | set(d.country_adjs.table) | set(d.capitals.table))
    d.country_name_tokens = max((len(k.norm) for v in d.country_names.table.values() for k, _ in v), default=1)


def load_dictionary(path: str | Path | None = None) -> ActorDictionary:
    """Load and validate ``data/reference/actors.yaml`` (cached per path).

    Raises :class:`~analysis.errors.InputError` naming the file, the entry and its line when an
    entry is malformed (unknown field, bad inter code or date, an alias claimed by two actors,
    a reference to an unknown actor).
    """
    if path is None:
        # Speed: called dozens of times per article; str() of a Path is cached by the Path
        return _load(str(ACTORS_FILE))
    return _load(str(Path(path)))


@lru_cache(maxsize=8)
def _load(path_str: str) -> ActorDictionary:
    path = Path(path_str)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot read the actor dictionary: {exc.strerror or exc}") from None
    try:
        try:
            data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
        except yaml.YAMLError:
            data = yaml.load(text, Loader=_PureLineLoader)  # noqa: S506 - for its message
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(path, f"invalid YAML: {getattr(exc, 'problem', exc)}",
                         mark.line + 1 if mark else None) from None  # fmt: skip
    return _parse(data, path)


# ------------------------------------------------------------------------- resolution


def _dated(d: ActorDictionary, name: str, when: date | None) -> str:
    """Follow ``part_of`` and, after ``valid_to``, the ``successor`` chain."""
    fixed = d.undated.get(name)
    if fixed is not None:  # Speed: most actors come out the same on every date
        return fixed
    seen = set()
    while name not in seen:
        seen.add(name)
        e = d.actors.get(name)
        if e is None:
            return name
        if e.part_of:
            name = e.part_of
            continue
        if when is not None and e.valid_to and when > e.valid_to and e.successor:
            name = e.successor
            continue
        break
    return name


def _force_of(d: ActorDictionary, country: str | None, event_country: str | None, when: date | None) -> str | None:
    c = d.countries.get(country) if country else None
    if c is None:
        return None
    for rule in c.forces:
        if rule.applies(event_country, when):
            return _dated(d, rule.actor, when)
    return None


# speed: what records.filled does for ActorMention, without its keyword call and class lookup
# (a new instance given its __dict__ at once; test_actors checks it equals the constructor's)
_NEW_MENTION = object.__new__
_SET_MENTION_DICT = records_mod._dict_setter(ActorMention)


def _mention(d: ActorDictionary, start: int, end: int, text: str, actor: str, sent: int, generic: bool) -> ActorMention:
    e = d.actors[actor]
    if _SET_MENTION_DICT is None:  # (not a plain dataclass any more: its constructor)
        return filled(ActorMention, start=start, end=end, text=text[start:end], actor=actor, inter=e.inter,
                      country=e.country, sentence_index=sent, generic=generic)
    m = _NEW_MENTION(ActorMention)
    _SET_MENTION_DICT(m, {"start": start, "end": end, "text": text[start:end], "actor": actor, "inter": e.inter,
                          "country": e.country, "sentence_index": sent, "generic": generic})
    return m


@dataclass(slots=True)
class _Pending:
    """A generic phrase found in the text, before its context is known."""

    start: int
    end: int
    entries: _Entries
    ref: str | None  # country named in the phrase
    poss: bool = False  # after "whose" / "its" / "their": the owner is named before it
    tok: int = -1  # its first token
    unknown_group: bool = False  # "gunmen from the Lakurawa group" with a group the dictionary lacks
    group_ref: bool = False  # "fighters of the group", "the group's fighters": the group told before
    # the other countries of "aircraft from Mali, Burkina Faso and Niger" / "from the three
    # countries": (first token, end token, country) each, told after the phrase's own
    more: tuple[tuple[int, int, str], ...] = ()


def _generic_at(d: ActorDictionary, toks: _Tokens, i: int) -> tuple[int, _Pending] | None:
    """A generic phrase at token i: [country ref] noun [of/from country]."""
    # Speed: most tokens start no generic phrase; the membership tests below only skip calls
    # of _match that would find nothing.
    norm = toks.norm
    w = norm[i]
    if w not in d.generic_starters:
        return None
    n = len(norm)
    ref = None
    j = i
    if w in d.ref_starters:
        hit = (_match(d.country_adjs, toks, i) if w in d.country_adjs.table else None) or (
            _match(d.country_names, toks, i) if w in d.country_names.table else None)
        if hit is None and w in d.capitals.table:
            # a capital names its country only as a possessive: "Bamako's junta"
            cap = _match(d.capitals, toks, i)
            if cap is not None and cap[0] < n and norm[cap[0]] == "s" and toks.apos(cap[0] - 1):
                hit = cap
        if hit is not None:
            j, ref = hit
            # possessive "Mali's army": the "s" token after an apostrophe
            if j < n and norm[j] == "s" and toks.apos(j - 1):
                j += 1
            if j >= n or not toks.joined[j - 1]:
                ref, j = None, i
    phrases = d.phrases.table
    noun = _match(d.phrases, toks, j) if norm[j] in phrases else None
    if noun is None and ref is not None:
        ref, j = None, i
        noun = _match(d.phrases, toks, i) if w in phrases else None
    if noun is None:
        return None
    end, entries = noun
    if end >= n:
        return end, _Pending(toks.starts[i], toks.ends[end - 1], entries, ref)
    after = norm[end]
    if toks.joined[end - 1] and after in d.not_before:
        return None
    if after in _RULED and toks.gaps[end - 1] in _HYPHENS:
        return None  # "the junta-ruled country", "military-run Mali": a country described, no actor
    if ref is None and end + 1 < n and after in ("of", "from"):
        # "the army of Mali", "troops from Burkina Faso"
        tail = _match(d.country_names, toks, end + 1)
        if tail is not None:
            end, ref = tail
            more = _listed_countries(d, toks, end)
            if more:
                # "aircraft from Mali, Burkina Faso and Niger": each country's force
                p = _Pending(toks.starts[i], toks.ends[end - 1], entries, ref, more=more)
                return more[-1][1], p
        elif norm[end + 1] == "the" and end + 3 < n and norm[end + 2] in LIST_COUNTS \
                and norm[end + 3] in _LIST_NOUNS and entries.state_only:
            # "aircraft from the three countries": the countries last listed together before
            listed = _last_list(d, toks, i, LIST_COUNTS[norm[end + 2]])
            if listed:
                at = (end + 1, end + 4)
                p = _Pending(toks.starts[i], toks.ends[end + 3], entries, listed[0],
                             more=tuple((at[0], at[1], c) for c in listed[1:]))
                return end + 4, p
    elif ref is None and end + 1 < n and after == "in" and entries.state_any:
        # "the junta in Niamey", "the authorities in Bamako": the capital names the country; the
        # mention stays the phrase itself (the capital is still a place of the sentence)
        tail = _match(d.capitals, toks, end + 1)
        if tail is not None:
            ref = tail[1]
    return end, _Pending(toks.starts[i], toks.ends[end - 1], entries, ref)


# "junta-ruled", "military-run", "army-governed": a description hyphened to one of these
# participles describes a country, not an actor of the sentence
_RULED = frozenset({"ruled", "run", "governed", "dominated"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

#: The count words of "the three countries", "both states" (how many listed before).
LIST_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_LIST_NOUNS = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "members", "allies",
                         "juntas", "governments", "partners"})


def _listed_countries(d: ActorDictionary, toks: _Tokens, k: int) -> tuple[tuple[int, int, str], ...]:
    """The countries that continue a list from token k: ", Burkina Faso and Niger"."""
    norm, n = toks.norm, len(toks.norm)
    out: list[tuple[int, int, str]] = []
    while k < n:
        gap = toks.gaps[k - 1].strip()
        last = False
        j = k
        if norm[k] in ("and", "or") and gap in ("", ","):
            j, last = k + 1, True
        elif gap != ",":
            break
        hit = _match(d.country_names, toks, j) if j < n and norm[j] in d.country_names.table else None
        if hit is None:
            break
        out.append((j, hit[0], hit[1]))
        k = hit[0]
        if last:
            break
    return tuple(out) if out and out[-1][0] > 0 and norm[out[-1][0] - 1] in ("and", "or") else ()


def _last_list(d: ActorDictionary, toks: _Tokens, before: int, count: int) -> list[str]:
    """The ``count`` countries last named as one list ("Mali, Burkina Faso and Niger") before
    token ``before``, for "the three countries"; [] when no such list is told."""
    norm = toks.norm
    table = d.country_names.table
    found: list[str] = []
    k = 0
    while k < before:
        if norm[k] in table and (hit := _match(d.country_names, toks, k)) is not None and hit[0] <= before:
            rest = _listed_countries(d, toks, hit[0])
            if len(rest) + 1 == count:
                found = [hit[1]] + [c for _, _, c in rest]
            k = rest[-1][1] if rest else hit[0]
        else:
            k += 1
    return found if len(set(found)) == count else []


def _resolve(
    d: ActorDictionary,
    p: _Pending,
    country: str | None,
    when: date | None,
    groups_near: set[str] | None,
) -> tuple[str, bool] | None:
    """(actor, generic?) for a generic phrase, or None when it cannot be resolved."""
    for g in p.entries:
        c = p.ref or g.of
        if g.needs_country and c is None:
            continue
        if g.role == "forces":
            actor = _force_of(d, c or country, country, when)
            if actor and g.force_kinds and c != country and d.actors[actor].kind not in g.force_kinds:
                # "Chadian fighters" in Mali are no army of Chad (the next entry may fit); at
                # home the nationality only tells them from foreign forces ("Malian fighters
                # and Russian mercenaries")
                continue
            return (actor, c is None) if actor else None
        if g.role == "government":
            entry = d.countries.get(c or country or "")
            if entry is None or entry.government is None:
                return None
            return entry.government, c is None
        if g.role == "actor":
            # a nationality in the phrase is where the actor is from ("Chadian rebels" are not
            # Mali's separatists), else the event's country
            where = c or country
            if (g.in_countries is not None and where not in g.in_countries) or (when is not None and (
                    (g.valid_from and when < g.valid_from) or (g.valid_to and when > g.valid_to))):
                return (_dated(d, g.otherwise, when), True) if g.otherwise else None
            return _dated(d, g.actor, when), True
        if g.role == "group":
            if c is not None and c != country:
                # "armed men, apparently Russian", "Russian gunmen": a nationality whose force
                # abroad is a mercenary one (Wagner, Africa Corps) names it; "Chadian gunmen" stay a group
                f = _force_of(d, c, country, when)
                if f is not None and d.actors[f].kind == "pmc":
                    return f, False
            named = {a for a in (groups_near or ()) if d.actors[a].kind in g.group_kinds}
            if len(named) == 1:
                return next(iter(named)), True
            return UNIDENTIFIED, True
    return None


def _describes_group(g: GenericEntry) -> bool:
    """A description that can follow a group's name ("JNIM fighters", "Wagner mercenaries")."""
    return g.role == "group" or (g.role == "forces" and g.needs_country)


def _candidates(d: ActorDictionary, toks: _Tokens) -> list[int]:
    """The tokens worth visiting: those that can begin a match (``alone`` or ``pairs``).

    A token left out would only advance the scan by one token in find_actors (no name, no
    description and no coordination can start there), so leaving it out changes nothing.
    """
    # Speed: one dict test per token at C speed, then for each starter one lookup of what it
    # may begin (no (token, next token) pair built and hashed)
    norm = toks.norm
    joined = toks.joined
    visit = d.visit
    return [k for k in compress(range(len(norm)), map(visit.__contains__, norm))
            if (nx := visit[norm[k]]) is None or (joined[k] and norm[k + 1] in nx)]


def _sentence_of_index(sentences: list[Sentence], k: int) -> Sentence | None:
    """The sentence of index ``k``: at position ``k``, unless sentences were dropped before it."""
    if 0 <= k < len(sentences) and sentences[k].index == k:
        return sentences[k]
    return next((x for x in sentences if x.index == k), None)


def _names_none(text: str, keys: frozenset[str], st: Sentence) -> bool:
    """Whether an opener's keys ("In June", "Separately") name none of the words of sentence ``st``."""
    return keys.isdisjoint(map(str.lower, _TOKEN.findall(text, st.start, st.end)))


def find_actors(
    text: str,
    sentences: list[Sentence],
    *,
    country: str | None = None,
    when: date | None = None,
    places: list[PlaceMention] | None = None,
) -> list[ActorMention]:
    """All actor mentions of ``text``, with character offsets, sorted by position.

    ``country`` is the country where the event happens (resolves "the army", "the junta");
    ``places`` (the article's place mentions, optional) let an unnamed state force take the
    country of its own sentence or section instead (:func:`_local_country`);
    ``when`` the date that resolves dated descriptions ("Russian mercenaries": Wagner Group, then
    Africa Corps after June 2025); names are not renamed by it (:func:`resolve_at` does that by
    the event's date). Named actors come out with ``generic=False``; descriptions resolved from context
    ("the army", "gunmen", "rebels") with ``generic=True``. Non-overlapping, longest match first.
    """
    d = load_dictionary()
    toks = _tokenize(text)
    sent_starts = [s.start for s in sentences]
    found: list[tuple[int, int, str | _Pending]] = []  # (start, end, actor or pending)
    n = len(toks.norm)
    cands = _candidates(d, toks)
    norm = toks.norm
    named_table = d.named.table
    generic_starters = d.generic_starters
    i = 0  # the scan position: candidates before it lie inside a phrase already found
    for cand in cands:
        if cand < i:
            continue
        i = cand
        w = norm[i]
        named = _match(d.named, toks, i) if w in named_table else None
        gen = _generic_at(d, toks, i) if w in generic_starters else None
        if named is not None and (end_n := named[0]) < n and toks.joined[end_n - 1] \
                and norm[end_n] in d.armed_after_civilian and d.actors[named[1]].kind == "civilians":
            named = None  # "a state-backed civilian militia": an armed body, not the civilians
        if named is not None and (gen is None or named[0] >= gen[0]):
            end, actor = named
            # "JNIM fighters", "CSP militants": the description belongs to the named group, also
            # after an acronym in brackets ("Islamic State Sahel Province (IS Sahel) fighters")
            tail = _match(d.phrases, toks, end) if end < n and (toks.joined[end - 1] or toks.gaps[end - 1] == ") ") \
                and norm[end] in d.phrases.table else None
            if tail is not None and tail[1].group_only:
                end = tail[0]
            elif tail is None and end + 1 < n and norm[end] in _AFFILIATED and toks.gaps[end - 1] in _HYPHENS \
                    and toks.joined[end] and norm[end + 1] in d.phrases.table:
                # "al-Qaida-linked fighters", "Islamic State-affiliated gunmen": the description is
                # a member of the named group (a group only: "Russian-backed" is no name here)
                tied = _match(d.phrases, toks, end + 1)
                if tied is not None and tied[1].has_group and d.actors[_dated(d, actor, None)].kind in _GROUP_KINDS:
                    found.append((toks.starts[i], toks.ends[end - 1], _dated(d, actor, None)))
                    found.append((toks.starts[end + 1], toks.ends[tied[0] - 1], _dated(d, actor, None)))
                    i = tied[0]
                    continue
            # an explicit name keeps its identity whatever the date ("Wagner Group fighters" of
            # July 2024 told in a 2025 article): only components become their parent
            found.append((toks.starts[i], toks.ends[end - 1], _dated(d, actor, None)))
            i = end
        elif gen is not None:
            end, pending = gen
            # "fighters of the CSP", "militants from JNIM": the named group follows
            k = end + 2 if end + 2 < n and toks.norm[end + 1] == "the" else end + 1
            if (
                end < n
                and norm[end] in ("of", "from")
                and pending.entries.group_only
                and k < n
                and _match(d.named, toks, k) is not None
            ):
                i = k
                continue
            if pending.entries.has_group and pending.ref is None and end + 2 < n and norm[end] in _AFFILIATED \
                    and norm[end + 1] in ("to", "with"):
                # "jihadi fighters linked to al-Qaeda", "gunmen loyal to the Islamic State": the
                # description is a member of the named group (a state force is no such tie:
                # "militiamen allied with the army" stay a group)
                k = end + 3 if end + 3 < n and norm[end + 2] == "the" else end + 2
                tie = _match(d.named, toks, k) if norm[k] in named_table else None
                if tie is not None and d.actors[(actor := _dated(d, tie[1], None))].kind in _GROUP_KINDS:
                    found.append((pending.start, toks.ends[tie[0] - 1], actor))
                    i = tie[0]
                    continue
            pending.tok = i
            if pending.entries.has_group and end + 1 < n and norm[end] in ("of", "from"):
                # "gunmen from the Lakurawa group": a group the dictionary does not know is still
                # their own, never the one named before
                pending.unknown_group = _unknown_group(toks, end + 1)
                # "fighters of the group": the group named before, even across an opener
                pending.group_ref = end + 2 < n and norm[end + 1] == "the" and norm[end + 2] in _GROUP_NOUNS
            elif pending.entries.has_group and i > 2 and norm[i - 1] == "s" and norm[i - 2] in _GROUP_NOUNS \
                    and norm[i - 3] == "the" and toks.apos(i - 2):
                pending.group_ref = True  # "the group's fighters"
            if pending.ref is None and end < n and norm[end] in _NATION_CUES:
                # "foreign fighters, apparently Russian": the nationality said after the phrase
                pending.ref = _nationality_after(d, toks, end)
                if pending.ref is not None and i and norm[i - 1] == "foreign" and toks.joined[i - 1]:
                    pending.start, pending.tok = toks.starts[i - 1], i - 1  # the mention is "foreign fighters"
            # speed: the word before decides at once unless it is a filler or a number
            if pending.ref is None and i and ((pw := norm[i - 1]) in _POSSESSIVES or (
                    (pw in _POSS_FILLERS or pw.isdigit()) and _possessed(norm, i))):
                pending.poss = True
            found.append((pending.start, pending.end, pending))
            for a, b, c in pending.more:
                # the other countries of the list, each its force (same entries)
                found.append((toks.starts[a], toks.ends[b - 1], _Pending(toks.starts[a], toks.ends[b - 1],
                                                                         pending.entries, c, tok=a)))
            i = end
        else:
            # "Malian and Russian troops": the first nationality shares the noun of the second
            adj = _match(d.country_adjs, toks, i) if toks.norm[i] in d.country_adjs.table else None
            k = adj[0] if adj is not None else n
            if k + 1 < n and toks.norm[k] in ("and", "or") and toks.joined[k - 1] and toks.joined[k]:
                second = _generic_at(d, toks, k + 1)
                if second is not None and second[1].ref is not None and second[1].entries.state_only:
                    found.append((toks.starts[i], toks.ends[k - 1],
                                  _Pending(toks.starts[i], toks.ends[k - 1], second[1].entries, adj[1])))
                    i = k + 1
                    continue
            i += 1

    # the prefilters below look for ASCII words in the lower-cased text. Speed: a text with other
    # characters (curly quotes) is lower-cased as UTF-8 bytes, ASCII letters only (no Unicode case
    # tables), which holds the same ASCII words unless one of _LOWER_TO_ASCII is in it
    if text.isascii() or any(map(text.__contains__, _LOWER_TO_ASCII)):
        low, kin_hints, agree_stems = text.lower(), _KIN_HINTS, _AGREE_STEMS
    else:
        low, kin_hints, agree_stems = text.encode("utf-8", "surrogatepass").lower(), _KIN_HINTS_B, _AGREE_STEMS_B
    # speed: a kin apposition needs two different names close together, and one of its words
    if len(found) > 1 and _close_names(found) and any(map(low.__contains__, kin_hints)):
        _kin_appositions(text, found)
    # Named non-state groups per sentence, for "militants"/"gunmen" (see group_context_sentences).
    # the sentence of each mention: the last one starting at or before it (-1: none)
    sent_k = [bisect.bisect_right(sent_starts, s) - 1 for s, _, _ in found]
    sent_of = [sentences[k].index if k >= 0 else -1 for k in sent_k]
    groups_by_sent: dict[int, set[str]] = {}
    group_actors = d.group_actors
    first_group: dict[int, int] = {}  # sentence -> start of its first named group
    for (s, _, a), si in zip(found, sent_of):
        if isinstance(a, str) and a in group_actors:
            groups_by_sent.setdefault(si, set()).add(a)
            first_group.setdefault(si, s)
    w = d.group_context_sentences
    claim_rx = d.claim_rx
    claims_memo: dict[int, bool] = {}

    def claim_sents(k: int) -> bool:
        hit = claims_memo.get(k)
        if hit is None:
            st = _sentence_of_index(sentences, k)
            hit = claims_memo[k] = bool(st is not None and claim_rx is not None
                                        and claim_rx.search(text, st.start, st.end))
        return hit

    item_memo: dict[int, bool] = {}

    def list_item(k: int) -> bool:
        # whether sentence k opens a list item ("- ", "• ", "* ")
        hit = item_memo.get(k)
        if hit is None:
            st = _sentence_of_index(sentences, k)
            hit = item_memo[k] = bool(st is not None and st.text.lstrip().startswith(LIST_MARKS))
        return hit

    opener_memo: dict[int, tuple[bool, frozenset[str]] | None] = {}

    def new_incident(k: int, a: _Pending, prior: int) -> bool:
        # whether the sentence (position k in sentences) of the indefinite description ``a``
        # opens another incident than the earlier sentence ``prior`` that names a group
        if a.group_ref or (a.tok > 0 and norm[a.tok - 1] in _ANAPHORIC):
            return False  # "the gunmen", "these assailants", "fighters of the group": the ones told before
        st = sentences[k]
        if a.start not in opener_memo:
            opener_memo[a.start] = _opener(d.opener_rx, text, st.start, a.start)
        op = opener_memo[a.start]
        if op is None:
            return False
        always, keys = op
        before = _sentence_of_index(sentences, prior)
        if before is None or not text_mod.ends_prose(before.text):
            return False  # a headline names the story's group; its lead is the same story
        return always or not keys or _names_none(text, keys, before)

    def later_incident(k: int, here: int, claim: bool) -> bool:
        # whether the later sentence k opens another incident than sentence ``here`` ("In June,
        # 40 soldiers died in an attack on Mansila, claimed by JNIM": its claim is of June's
        # attack, not of the gunmen told before it; nor is a claim told after such a sentence).
        # ``claim``: k is the claim sentence itself, whose opener counts only when the group is
        # named after the claim word ("..., claimed by JNIM"), not before it: "On Monday, JNIM
        # claimed the attack" dates the claim
        st = _sentence_of_index(sentences, k)
        if st is not None and claim:
            cm = claim_rx.search(text, st.start, st.end) if claim_rx is not None else None
            if cm is None or first_group.get(k, st.end) < cm.start():
                return False
        op = _opener(d.opener_rx, text, st.start, st.end) if st is not None else None
        if op is None:
            return False
        always, keys = op
        if always or not keys:
            return True
        own = _sentence_of_index(sentences, here)
        return own is not None and _names_none(text, keys, own)

    # speed: the places by sentence are gathered when an unnamed state force first asks for them
    places_by_sent: _SentencePlaces | bool | None = None  # (False: no place of another country)
    headings: dict[int, bool] = {}  # _local_country's memo
    local_memo: dict[int, str | None] = {}
    out: list[ActorMention] = []
    described: list[bool] = []  # out[k] comes from a description (not a name)
    # Speed: a description without a group role resolves the same wherever it stands, so its
    # resolution is worked out once per article ("the army" comes back several times)
    resolved: dict[tuple[int, str | None], tuple[str, bool] | None] = {}
    allies: list[int] = []  # positions in out of a state force's "its partners" (_partners)
    for (s, e, a), si, sk in zip(found, sent_of, sent_k):
        if isinstance(a, str):
            out.append(_mention(d, s, e, text, a, si, False))
            described.append(False)
            continue
        if not a.entries.has_group:
            memo_key = (id(a.entries), a.ref)  # the entries live in the dictionary: ids are stable
            res = resolved.get(memo_key, False)
            if res is False:
                res = resolved[memo_key] = _resolve(d, a, country, when, None)
            if places and a.ref is None and res is not None and res[1] and sk >= 0:
                # "the army", "soldiers" in a roundup's Niger section or in "In neighbouring
                # Niger, soldiers ...": the country of their own sentence or section
                e_res = d.actors[res[0]]
                if e_res.kind in ("state_force", "government") and e_res.country == country:
                    if sk not in local_memo:
                        if places_by_sent is None:
                            # speed: _local_country only ever answers with the country of a place
                            # that is not ``country``: without one in the article, never (False)
                            places_by_sent = _SentencePlaces(text, places) if any(
                                p.country and p.country != country for p in places) else False
                            if not places_by_sent:
                                places = None  # (so the next descriptions skip this block at once)
                        local_memo[sk] = _local_country(text, sentences, sk, places_by_sent, country, headings) \
                            if places_by_sent else None
                    local = local_memo[sk]
                    if local is not None:
                        local_key = (id(a.entries), None, local)  # speed: as memo_key, for the local country
                        res2 = resolved.get(local_key, False)
                        if res2 is False:
                            res2 = resolved[local_key] = _resolve(d, a, local, when, None)
                        if res2 is not None:
                            res = res2
        else:
            near: set[str] = set()
            if si >= 0 and not a.unknown_group:
                # the sentence itself and the ones before it: a group named later is usually the
                # next incident's ("Gunmen killed five ... In a separate attack, JNIM ambushed ..."),
                # unless that later sentence attributes the act ("JNIM claimed the attack"); an
                # earlier one is not when the description's sentence opens another incident ("In
                # November, JNIM stormed X. In February, gunmen killed 15 in Y.")
                # A list item ("- 7 May: ...", "• ...") is an incident of its own: the window
                # ends at an item's start
                for k in range(si - w, si):
                    if k in groups_by_sent and not new_incident(sk, a, k) and not any(
                            list_item(j) for j in range(k + 1, si + 1)):
                        near |= groups_by_sent[k]
                near |= groups_by_sent.get(si, set())
                for k in range(si + 1, si + w + 1):
                    if k in groups_by_sent and claim_sents(k) and not any(
                            list_item(j) for j in range(si + 1, k + 1)) and not any(
                            later_incident(j, si, j == k) for j in range(si + 1, k + 1)):
                        near |= groups_by_sent[k]
            res = _resolve(d, a, country, when, near)
        if a.poss:
            # "whose soldiers", "its troops": the owner named before, when it is another actor
            # (named by the text, so not re-resolved for another country later)
            owner = _owner(d, a, out, si, toks, sentences, sent_starts, country, when)
            if owner is not None and (res is None or owner != res[0]):
                res = (owner, False)
                if text[s:e].rsplit(None, 1)[-1].lower() in _ALLY_WORDS and d.actors[owner].kind == "state_force":
                    allies.append(len(out))
        if res is not None:
            out.append(_mention(d, s, e, text, res[0], si, res[1]))
            described.append(True)
    for k in allies:
        _partners(d, text, out, k)
    if any(map(low.__contains__, agree_stems)):  # speed: literal prefilter, then the regex
        _agreement_parties(d, text, toks, out, described, sentences, sent_starts)
    if len(out) > 1:
        _appositions(d, text, out, described)
        _predecessors(text, out, described)
    # The two helpers called inside generator expressions live in this call's closure, which
    # they hold: unbinding them breaks that reference cycle, so the call's locals (the article's
    # sentences, memos) are freed when it returns, not at the collector's next pass
    # (tests/coding/test_garbage.py).
    list_item = later_incident = None
    return out




# a country named as where things happen ("in Niger", "in neighbouring Niger", a "Niger" heading),
# not as a party ("talks with Niger", "Niger's junta")
_WHERE_BEFORE = re.compile(
    r"(?i)(?:^|\W)(?:(?:in|inside|across)\s+(?:(?:neighbou?ring|northern|southern|eastern|western|central|"
    r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)?|neighbou?ring\s+)$")


def _where_country(text: str, start: int) -> bool:
    """Whether the country name at ``start`` says where things happen: after "in" (a direction
    word allowed) or "neighbouring", or at the start of a line (a heading "Niger")."""
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - 32):start]
    return not before.strip() or _WHERE_BEFORE.search(before) is not None


class _SentencePlaces:
    """The places that tell where things happen, by sentence index, for :func:`_local_country`:
    those with a country, a country itself only where it says where (:func:`_where_country`).
    ``get(index)``: the sentence's places in text order, None for none (as a dict's ``get``).

    Speed: a sentence's country places are tested (:func:`_where_country`) when it is first
    asked for; most sentences never are.
    """

    __slots__ = ("text", "by_sent", "memo")

    def __init__(self, text: str, places: Iterable[PlaceMention]) -> None:
        self.text = text
        self.by_sent: dict[int, list[PlaceMention]] = {}
        for p in places:
            if p.country:
                self.by_sent.setdefault(p.sentence_index, []).append(p)
        self.memo: dict[int, list[PlaceMention] | None] = {}

    def get(self, index: int) -> list[PlaceMention] | None:
        try:
            return self.memo[index]
        except KeyError:
            text = self.text
            kept = [p for p in self.by_sent.get(index, ())
                    if p.feature != "country" or _where_country(text, p.start)]
            got = self.memo[index] = kept or None
            return got


def _local_country(text: str, sentences: list[Sentence], k: int, places_by_sent: "_SentencePlaces",
                   country: str | None, headings: dict[int, bool] | None = None) -> str | None:
    """The country of sentence ``k`` (a position in ``sentences``) when it is not ``country``.

    An unnamed state force ("the army", "soldiers") is the force of the country where it acts:
    in a roundup or digest ("Niger\nISSP militants attacked an army post in Tera") and in "In
    neighbouring Burkina Faso, soldiers ...", that is the country of the places named in its
    own sentence; a sentence naming none takes its section's: the latest heading line
    ("Niger", "BURKINA FASO") of its paragraph or just before it, or the paragraph's opening
    "In Niger, ..." sentence. None (keep ``country``): no such place, places of several
    countries, or the article's country among them ("near Djibo, days after an attack in
    neighbouring Niger").

    ``headings``: whether the sentence at each position is a heading line, filled as they are
    tested (speed: one memo per article, as successive calls walk back over the same sentences).
    """
    st = sentences[k]

    def one(ps: list[PlaceMention] | None) -> str | None | bool:
        # the one country of the places (False: none named)
        if not ps:
            return False
        cs = {p.country for p in ps}
        if country in cs or len(cs) != 1:
            return None
        return next(iter(cs))

    own = one(places_by_sent.get(st.index))
    if own is not False:
        return own
    para = text.rfind("\n\n", 0, st.start)
    if headings is None:
        headings = {}
    j = k - 1
    while j >= 0:
        prev = sentences[j]
        heading = headings.get(j)
        if heading is None:  # "Niger", "In Burkina Faso"
            heading = headings[j] = not text_mod.ends_prose(prev.text) and len(prev.text.split()) <= 4
        if prev.start < para and not (heading and text.count("\n", prev.end, st.start)):
            break  # before the paragraph (a heading right before it still counts)
        # the paragraph's opening "In Niger, ..." sentence (tested only when no heading)
        if heading or (prev.start >= para and (j == 0 or sentences[j - 1].start < para)
                       and prev.text.lstrip()[:3].lower() == "in "):
            got = one(places_by_sent.get(prev.index))
            if got is not False:
                return got
        if prev.start < para:
            break
        j -= 1
    return None


# "X, the successor to Y", "X, which replaced Y", "X (formerly Y)", "X, heir to Y": the words
# between two names that make the second a description of what the first was, not a party
_PREDECESSOR_GAP = re.compile(
    r"(?i)\s*(?:,|\(|\u2013|\u2014|-)\s*(?:"
    r"(?:the\s+|a\s+|its\s+)?(?:de facto\s+|official\s+)?(?:successor|heir|replacement|rebranding|reincarnation)\s+(?:to|of)"
    r"|(?:which|that|who)\s+(?:has\s+|have\s+|had\s+)?(?:replaced|succeeded|superseded|took over from|absorbed)"
    r"|(?:formerly|previously|once)(?:\s+(?:known\s+as|called|named))?|(?:the\s+)?former"
    r"|(?:set up|created|formed|founded)\s+to\s+(?:replace|succeed|take over from))\s+(?:the\s+)?")
_PREDECESSOR_WORDS = ("success", "heir", "replac", "rebrand", "reincarnat", "supersed", "took over", "absorb",
                      "former", "previous", "once")


def _predecessors(text: str, out: list[ActorMention], described: list[bool]) -> None:
    """A name told as what the name before it was or replaced is no actor of the sentence:
    "the Africa Corps, the successor to the Wagner Group, arrived", "Africa Corps (formerly
    Wagner)", "the Africa Corps, which replaced Wagner" name one force, the Africa Corps; the
    second mention is dropped (else the predecessor would be coded as a party, or listed as a
    foreign actor of the event). Only the second of two names of one sentence, of two actors,
    with nothing but the succession words between them: a list ("the Africa Corps, the army and
    the Wagner Group") or a partner ("backed by the Wagner Group") keeps both; a description
    ("Russian mercenaries") is never dropped.

    Speed: a substring test on the few characters between two names of one sentence."""
    k = 1
    while k < len(out):
        a, b = out[k - 1], out[k]
        gap = b.start - a.end
        if 0 < gap <= 48 and not described[k - 1] and not described[k] and a.actor != b.actor \
                and a.sentence_index == b.sentence_index:
            between = text[a.end:b.start].lower()
            if any(w in between for w in _PREDECESSOR_WORDS) and _PREDECESSOR_GAP.fullmatch(text, a.end, b.start):
                del out[k]
                del described[k]
                continue
        k += 1


# A group named to say what another named group is a part, a branch or an offshoot of, or whom
# it broke from or is linked to: "ISWAP, a splinter faction of Boko Haram", "JNIM, al-Qaeda's
# Sahel branch", "ISWAP, which broke away from Boko Haram in 2016", "ISWAP, a Boko Haram
# offshoot", "the Boko Haram splinter group ISWAP", "the Islamic State-linked ISWAP".
_KIN = (r"(?:splinter\s+(?:faction|group|cell)|breakaway\s+(?:faction|group)|faction|splinter|offshoot|off-shoot|"
        r"spin-?off|branch|affiliate|franchise|wing|arm|province|rival|subsidiary|component|subgroup|"
        r"(?:part|member|members)(?=\s+of\b))")
# the words between the described name (first) and its kin (second)
_KIN_BEFORE = re.compile(
    r"(?i)\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,|\(|\u2013|\u2014)\s*(?:"
    r"(?:(?:a|an|the|its|another)\s+)?(?:[\w'\u2019-]+\s+){0,3}?" + _KIN + r"\s+(?:of|to|from|within|in)"
    r"|(?:which|that|who)\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+)?(?:"
    r"(?:split|broke|broken|splintered|emerged|defected|separated)(?:\s+(?:away|off))?\s+from"
    r"|(?:pledged|swore|sworn|pledges)\s+(?:its\s+|their\s+)?(?:allegiance|loyalty)\s+to"
    r"|(?:linked|affiliated|aligned|loyal|tied)\s+(?:to|with))"
    r"|(?:linked|affiliated|aligned|loyal|tied)\s+(?:to|with))\s+(?:the\s+)?")
# ", a " + the kin + " offshoot" / "'s Sahel branch" (the kin named inside the description)
_KIN_OPEN = re.compile(r"(?i)\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,|\(|\u2013|\u2014)\s*(?:a|an|the)\s+")
_KIN_AFTER = re.compile(r"(?i)(?:-linked|-affiliated|['\u2019]s)?\s+(?:[\w'\u2019-]+\s+){0,2}?" + _KIN + r"\b")
# the kin before the name it describes: "the Boko Haram splinter group ISWAP"
_KIN_AHEAD = re.compile(r"(?i)(?:(?:-linked|-affiliated|-aligned)\s+|(?:['\u2019]s)?\s+(?:(?:splinter|breakaway|"
                        r"rival|regional|local|sahel|sahelian|west\s+african|african|main)\s+){0,2}" + _KIN +
                        r"(?:\s+group)?\s*,?\s*(?:the\s+)?)")
_KIN_HINTS = ("faction", "splinter", "offshoot", "off-shoot", "spin", "branch", "affiliate", "franchise", "wing",
              "arm ", "province", "rival", "subsidiary", "component", "subgroup", "part of", "member", "split",
              "broke", "emerged", "defected", "separated", "allegiance", "linked", "aligned", "loyal",
              "tied")  # ("loyalty" holds "loyal")
_KIN_HINTS_B = tuple(h.encode() for h in _KIN_HINTS)  # (all ASCII) to look for in lower-cased bytes
_KIN_LIST = re.compile(r"(?i)\s+(?:and|or|as well as)\s")


def _close_names(found: list) -> bool:
    """Whether two names in a row of ``found`` could be a kin apposition (the first test of
    :func:`_kin_appositions`; without such a pair it drops nothing)."""
    for (_, e1, a), (s2, _, b) in zip(found, found[1:]):
        if 0 < s2 - e1 <= 60 and isinstance(a, str) and isinstance(b, str) and a != b:
            return True
    return False


def _kin_appositions(text: str, found: list) -> None:
    """A group named only to say what another named group is a branch, a faction or an offshoot
    of, or whom it broke from or is tied to, is no actor of the sentence: "claimed by ISWAP, a
    splinter faction of Boko Haram" is ISWAP's claim; so are "ISWAP, a Boko Haram offshoot",
    "ISWAP, which broke away from Boko Haram", "the Boko Haram splinter group ISWAP", "JNIM,
    al-Qaeda's Sahel branch" and "IS Sahel, a rival of JNIM". The kin's mention is dropped (else
    it would be credited with the act, or make the story name two groups). Only two names in a
    row (``found``: the scan's (start, end, actor or description) in text order) with nothing
    but those words between them; not in a list ("a rival of JNIM and ..."), and never a
    description."""
    k = 1
    while k < len(found):
        (_, e1, a), (s2, e2, b) = found[k - 1], found[k]
        if isinstance(a, str) and isinstance(b, str) and a != b and 0 < s2 - e1 <= 60:
            if _KIN_LIST.match(text, e2) is None and (
                    _KIN_BEFORE.fullmatch(text, e1, s2) is not None
                    or (_KIN_OPEN.fullmatch(text, e1, s2) is not None and _KIN_AFTER.match(text, e2) is not None)):
                del found[k]  # the second names the first's kin
                continue
            if _KIN_AHEAD.fullmatch(text, e1, s2) is not None:
                del found[k - 1]  # the first names the second's kin
                continue
        k += 1


# "its partners", "their allies": a state force's partners are not the force itself
_ALLY_WORDS = frozenset({"partners", "partner", "allies", "ally"})


def _partners(d: ActorDictionary, text: str, out: list[ActorMention], k: int) -> None:
    """A state force's unnamed partners ("the army said it struck with its partners") are the
    foreign force the text names beside that force in the same sentence or the one before or
    after it ("Russian fighters of the Africa Corps have backed Malian troops"; "Mali's army,
    backed by Wagner mercenaries, ... with its allies"): a mercenary force, a deployed mission or
    another country's army, the nearest one. None named: the mention stays the owner's force."""
    m = out[k]
    home = d.actors[m.actor].country
    best: ActorMention | None = None
    for x in out:
        if abs(x.sentence_index - m.sentence_index) > 1 or x is m:
            continue
        e = d.actors[x.actor]
        if e.kind in ("pmc", "mission") or (e.kind == "state_force" and e.country != home):
            if best is None or abs(x.start - m.start) < abs(best.start - m.start):
                best = x
    if best is not None:
        out[k] = replace(m, actor=best.actor, inter=best.inter, country=best.country)
        # the mention takes its possessive and an opening quote ('with "its partners"'): the word
        # before it then says how the partners take part ("with", "alongside"), as for a named one
        p = text.rfind(" ", 0, m.start - 1) + 1
        if text[p:m.start].rstrip().lstrip(_QUOTES).lower() in ("its", "their"):
            out[k] = replace(out[k], start=p, text=text[p:m.end])


_QUOTES = "\"'\u201c\u2018"


# ------------------------------------------------------------ nationality and incident cues

# "foreign fighters, apparently Russian", "soldiers believed to be Russian", "armed men
# identified as Russians": the words that may introduce a nationality said after a description,
# with the words each needs before it ("The soldiers said Russian troops ..." says none)
_NATION_CUES = {
    **dict.fromkeys(("apparently", "reportedly", "presumably", "probably", "likely", "possibly", "seemingly",
                     "allegedly"), ((), ("from",))),
    **dict.fromkeys(("believed", "thought", "said", "presumed"), (("to", "be"), ("to", "be", "from"))),
    **dict.fromkeys(("identified", "described"), (("as",),)),
}
_NATION_LINK = frozenset({"to", "be", "as", "from"})


def _nationality_after(d: ActorDictionary, toks: _Tokens, end: int) -> str | None:
    """The country of a nationality said right after a description ("foreign fighters,
    apparently Russian"; ``end`` is the cue word's token), else None. Only a comma, a
    parenthesis, a dash or a space may separate the description and the cue."""
    gap = toks.gaps[end - 1] if end - 1 < len(toks.gaps) else ""
    if gap.strip(" ,(\u2013\u2014-\u00a0") != "":
        return None
    norm = toks.norm
    n = len(norm)
    k = end + 1
    while k < n and k - end <= 3 and norm[k] in _NATION_LINK:
        k += 1
    if k >= n or tuple(norm[end + 1:k]) not in _NATION_CUES[norm[end]] or (
            not toks.joined[k - 1] and toks.gaps[k - 1].strip() != ""):
        return None
    hit = (_match(d.country_adjs, toks, k) if norm[k] in d.country_adjs.table else None) or (
        _match(d.country_names, toks, k) if norm[k] in d.country_names.table else None)
    if hit is None and norm[k] in d.phrases.table:
        # "apparently Russians": a description that names its country
        gen = _match(d.phrases, toks, k)
        of = next((g.of for g in gen[1] if g.of), None) if gen is not None else None
        return of
    return hit[1] if hit is not None else None


# "fighters linked to al-Qaeda", "militants affiliated with the Islamic State": a tie to a named group
_AFFILIATED = frozenset({"linked", "affiliated", "allied", "loyal", "tied", "aligned", "belonging", "connected"})

# "gunmen from the Lakurawa group", "fighters of the little-known Ansaru faction": the words that
# end the name of a group the dictionary does not know
_GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction", "organisation", "organization", "network",
                          "sect", "brigade", "battalion", "katiba", "front", "coalition", "cell"})


def _unknown_group(toks: _Tokens, k: int) -> bool:
    """Whether tokens from ``k`` (after "of"/"from") name a group the dictionary lacks: [the/a]
    [little-known/new/...] Capitalised words, then a group noun ("the Lakurawa group"). A known
    group never gets here (find_actors jumps to its name)."""
    norm = toks.norm
    n = len(norm)
    if k < n and norm[k] in ("the", "a", "an"):
        k += 1
    caps = 0
    for j in range(k, min(k + 5, n)):
        w = toks.word(j)
        if norm[j] in _GROUP_NOUNS:
            return caps > 0
        if w[:1].isupper():
            caps += 1
        elif caps:
            return False  # a lower-case word after the name: no group noun follows it
    return False


# a description after these words points back to actors already told ("the gunmen", "these assailants")
_ANAPHORIC = frozenset({"the", "these", "those", "same", "its", "their", "his", "her", "our", "such"})
_MONTHS = "|".join(text_mod.MONTH_NAMES + text_mod.MONTH_ABBREVIATIONS).lower()
_WEEKDAYS = "|".join(text_mod.WEEKDAY_NAMES).lower()
# An adverbial that opens a sentence on another incident: a separator ("Elsewhere,", "In a separate
# attack,"), a distance or a relative time (another day than the one told: "Later that year,"), an
# absolute date ("In February 2024,", "On Sunday,"; a month of a year told before: "In June that
# year,", "In August of the same year,") or a place ("In Essakane,"). Only the first two kinds say
# so alone; a date or a place does when the earlier sentence does not name it.
# (the separators come from the dictionary's incident_separators: _opener_regex puts them first)
_OPENER_REST = (
    r"|(?P<far>(?:some|about|around|roughly|nearly|approximately|more than|over)?\s*\d[\d,.]*\s*(?:km|kms|kilomet(?:er|re)s?"
    r"|miles?)\b|(?:further|farther) (?:north|south|east|west)|"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) |(?:only |just |barely )?(?=[dwmy]\w+s ))"
    r"(?:days?|weeks?|months?|years?) (?:earlier|later|before|after|ago|previously)|(?:the )?(?:previous|following|next) (?:day|week|month|year|morning|night)"
    r"|a (?:day|week|month|year) (?:earlier|later|before)|(?:later|earlier) (?:that|the same) (?:month|year))"
    r"|(?P<date>(?:in|during|on|by|last|since|earlier this|late|early) (?:(?:early|mid|late)[\s-]+|the (?:night|morning|"
    r"evening|afternoon) of |the (?:first|second|third|last) (?:week|days?) of )?(?:(?:" + _MONTHS + r")\b\.?(?:\s+\d{1,2}(?!\d))?"
    r"(?:,?\s+\d{4})?(?:\s+(?:of\s+)?(?:that|the same|the following|the next|the previous|last|this)\s+year)?|" + _WEEKDAYS + r"|\d{1,2}\s+(?:" + _MONTHS + r")\b(?:\s+\d{4})?|(?:19|20)\d\d\b|week|month|year|weekend))"
    r"|(?P<place>(?:in|near|at|around|outside) (?:the )?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)*)"
    r")"
)


def _opener_regex(adverbs: Iterable[str], adjectives: Iterable[str], nouns: Iterable[str]) -> re.Pattern:
    """The incident-opener pattern: a separator of ``incident_separators`` ("Elsewhere,", "In a
    separate attack,", "In an unrelated ...") as group ``sep``, then the distances, relative
    times, dates and places of :data:`_OPENER_REST`."""
    def alt(words: Iterable[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    sep = (rf"(?P<sep>{alt(adverbs)}|in (?:a|an|another) (?:(?:{alt(adjectives)})\s+)?(?:{alt(nouns)})s?"
           r"|in an unrelated)\b")
    return re.compile(r"(?i)\s*(?:" + sep + _OPENER_REST)


# after the opener (and more adverbials), the description follows a comma, with at most three words
# between ("In May, a group of gunmen")
_OPENER_TAIL = re.compile(r",\s*(?:[\w'\u2019-]+\s+){0,3}$")
_DATE_WORD = re.compile(r"(?i)^(?:" + _MONTHS + "|" + _WEEKDAYS + r"|(?:19|20)\d\d)$")


def _opener(rx: re.Pattern, text: str, start: int, at: int) -> tuple[bool, frozenset[str]] | None:
    """The incident opener of the sentence starting at ``start`` before the description at
    ``at``: (says another incident alone, the date and place words it names), or None. An
    opener set off by its comma ("Days earlier, on February 7, gunmen attacked ..., the army
    said, blaming terrorists") governs every description of its sentence; one without a comma
    only the description right after it ("In a separate attack on Monday, gunmen ...")."""
    m = rx.match(text, start, min(at, start + 120))
    if m is None:
        return None
    if text.startswith(",", m.end()):
        pass  # a fronted adverbial ("Days earlier, ..."): it sets the incident of the whole sentence
    elif at - start > 120 or _OPENER_TAIL.search(text, m.end(), at) is None:
        return None
    if m.group("sep") or m.group("far"):
        return True, frozenset()
    words = _TOKEN.findall(m.group())
    if m.group("date"):
        keys = frozenset(w.lower() for w in words if _DATE_WORD.match(w))
        return (not keys), keys  # "last week", "earlier this month": another time than told
    return False, frozenset(w.lower() for w in words[1:] if w[:1].isupper())


# "whose last soldiers", "its own troops", "their 1,500 fighters": words allowed between the
# possessive and the description
_POSSESSIVES = frozenset({"whose", "its", "their"})
_POSS_FILLERS = frozenset({"last", "remaining", "own", "few", "first", "new", "former", "elite", "other",
                           "additional", "final", "some"})


def _possessed(norm: list[str], i: int) -> bool:
    """Whether the description at token ``i`` follows a possessive ("whose", "its", "their"),
    with at most two filler words between ("whose last soldiers", "its own troops")."""
    for k in range(i - 1, max(i - 4, -1), -1):
        w = norm[k]
        if w in _POSSESSIVES:
            return True
        if w not in _POSS_FILLERS and not w.isdigit():
            return False
    return False


_STATE_KINDS = frozenset({"state_force", "pmc", "mission"})
#: Titles before a person's name ("president Mohamed Bazoum", "junta leader Ibrahim Traore",
#: "General Tiani"): the mention is a person, whom "its" never points back to.
PERSON_TITLES = frozenset("""president leader captain capt general gen colonel col lieutenant lt commander
    premier minister mr mrs ms dr""".split())


def _titled_person(toks: _Tokens, m: ActorMention) -> bool:
    """Whether the mention ``m`` is a person's name with a title before it or in it."""
    i = bisect.bisect_left(toks.starts, m.start)
    norm = toks.norm
    return (i < len(norm) and norm[i] in PERSON_TITLES) or (i > 0 and norm[i - 1] in PERSON_TITLES)


#: Verbs whose subject harms their object ("JNIM ambushed a convoy, killing its fighters").
_HARM_VERBS = frozenset("""ambushed attacked raided stormed struck overran targeted killed shot massacred
    executed bombed besieged assaulted""".split())
#: Words that may stand between a subject and its verb ("the rebels and JNIM fighters later attacked").
_SUBJECT_GAP = frozenset("and the later also then had have has reportedly allegedly jointly".split())


def _harms_before(toks: _Tokens, m: ActorMention, before: list[ActorMention], tok: int) -> bool:
    """Whether the mention ``m`` is the subject (alone or coordinated with other mentions) of a
    verb of harm that comes before token ``tok``: "Tuareg rebels and JNIM fighters ambushed"."""
    norm, starts = toks.norm, toks.starts
    k = bisect.bisect_left(starts, m.end)
    spans = [(x.start, x.end) for x in before if x.start >= m.end]
    while k < tok:
        w = norm[k]
        if w in _HARM_VERBS:
            return True
        if toks.gaps[k - 1].strip() not in ("", ",") or not (
                w in _SUBJECT_GAP or any(a <= starts[k] < b for a, b in spans)):
            return False
        k += 1
    return False


def _owner(d: ActorDictionary, p: _Pending, before: list[ActorMention], si: int, toks: _Tokens,
           sentences: list[Sentence], sent_starts: list[int], country: str | None,
           when: date | None) -> str | None:
    """The actor a possessive description belongs to: "France's Barkhane force, whose last
    soldiers left" -> French armed forces; "Niger's junta said its troops" -> Nigerien forces;
    "the FLA said its fighters" -> the FLA. The owner is the nearest earlier actor of the same
    sentence that can own it (a force, mission or mercenary group owns soldiers or troops; a
    government its country's force; an armed group its fighters), or a country named there
    ("France said its troops"). None: no owner (resolved as without the possessive).

    Speed: only for descriptions after a possessive, a few per article.
    """
    forces = any(g.role == "forces" for g in p.entries)
    group = p.entries.group_only
    best: tuple[int, str] | None = None
    its = p.tok > 0 and "its" in toks.norm[max(0, p.tok - 3) : p.tok]
    for m in reversed(before):
        if m.sentence_index != si:
            break
        e = d.actors.get(m.actor)
        if e is None:
            continue
        if _harms_before(toks, m, before, p.tok):
            continue  # "X and JNIM fighters ambushed a convoy, killing dozens of its fighters": no
            # one kills their own men; the owner is named before the attackers (Wagner)
        if its and _titled_person(toks, m):
            continue  # "its" owns nothing of a person: "the front, formed after the coup that
            # toppled president Mohamed Bazoum, said its fighters" are the front's
        if forces and e.kind in _STATE_KINDS:
            best = (m.start, m.actor)
        elif forces and e.kind == "government" and e.country:
            f = _force_of(d, e.country, country, when)
            best = (m.start, f) if f else None
        elif group and e.kind in _GROUP_KINDS:
            best = (m.start, m.actor)
        if best is not None:
            break
    if forces:
        # a country named in the sentence before the phrase ("France said its troops")
        k = bisect.bisect_right(sent_starts, p.start) - 1
        lo = sentences[k].start if k >= 0 else 0
        lo = max(lo, best[0]) if best is not None else lo
        a = bisect.bisect_left(toks.starts, lo)
        b = bisect.bisect_left(toks.starts, p.start)
        norm = toks.norm
        table = d.country_names.table
        for j in range(b - 1, a - 1, -1):
            if norm[j] in table:
                hit = _match(d.country_names, toks, j)
                if hit is not None and hit[0] <= b:
                    f = _force_of(d, hit[1], country, when)
                    if f:
                        return f
    return best[1] if best is not None else None


# an apposition: "A, B" or "A, the B", where B is not the next item of a list ("A, B and C")
_APPOS_GAP = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)
_LIST_NEXT = re.compile(r"\s*,?\s*(?:and|or|as well as)\b", re.IGNORECASE)


def _appos_class(kind: str) -> str:
    if kind in ("mission", "international"):
        return "international"
    if kind in ("jihadist", "separatist", "militia", "unidentified"):
        return "group"
    return kind


def _appositions(d: ActorDictionary, text: str, out: list[ActorMention], described: list[bool]) -> None:
    """A description next to a name in apposition takes the name: "the UN mission, MINUSMA",
    "MINUSMA, the UN mission", "the jihadist group, JNIM": the specific name wins. Only when
    the two are of one class of actor (two forces, two international bodies, two armed groups),
    so a list ("the army, MINUSMA and Barkhane") or a speaker ("the FLA, the army said") is left
    alone."""
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if described[k - 1] == described[k] or a.actor == b.actor or a.sentence_index != b.sentence_index:
            continue
        if b.start - a.end > 8 or _APPOS_GAP.fullmatch(text, a.end, b.start) is None:
            continue
        if _LIST_NEXT.match(text, b.end) is not None:
            continue
        ea, eb = d.actors[a.actor], d.actors[b.actor]
        if _appos_class(ea.kind) != _appos_class(eb.kind):
            continue
        name, k_desc = (b, k - 1) if described[k - 1] else (a, k)
        out[k_desc] = replace(out[k_desc], actor=name.actor, inter=name.inter, country=name.country, generic=False)


def resolve_generic(
    mention: ActorMention,
    country: str | None,
    when: date | None = None,
    *,
    context_groups: Iterable[str] = (),
) -> ActorMention:
    """Re-resolve a generic mention ("the army", "gunmen") for another event country or date.

    ``context_groups`` are canonical names of groups named near the mention (a "militants"
    mention becomes the one group of a suitable kind among them). A mention that is not generic
    (a named actor, or a phrase with its own nationality) comes back unchanged.
    """
    if not mention.generic:
        return mention
    d = load_dictionary()
    toks = _tokenize(mention.text)
    for i in range(len(toks.norm)):
        gen = _generic_at(d, toks, i)
        if gen is None:
            continue
        res = _resolve(d, gen[1], country, when, set(context_groups))
        if res is None:
            return mention
        e = d.actors[res[0]]
        return replace(mention, actor=e.name, inter=e.inter, country=e.country, generic=res[1])
    return mention


def resolve_at(mention: ActorMention | None, when: date | None, country: str | None = None) -> ActorMention | None:
    """A description resolved for the EVENT's date (and country) instead of the publication's.

    find_actors resolves descriptions by the date it is given (the publication's): "Russian
    mercenaries" in a 2025 article are Africa Corps, "the UN mission" after 2023 the UN. For an
    event of another time the same words mean the actor of that time: "Russian mercenaries" of
    July 2024 in Mali are the Wagner Group, "the UN mission" of 2022 in Mali is MINUSMA. Call
    it on each mention an event is coded from, with the event's first day and country.

    An explicit name ("Wagner Group fighters", "MINUSMA", "the UN") keeps its identity, except
    that an event after the name's ``valid_to`` is coded as its successor (ACLED practice: Wagner
    in Mali after June 2025 is Africa Corps): by the event's date, so that a 2025 article telling
    a 2024 battle keeps Wagner. A description whose actor does not depend on the date ("the
    army", "gunmen", "its soldiers" resolved to their owner) comes back unchanged, except that a
    state's force or government told without a nationality ("the army", "the junta": generic)
    and resolved for another country than ``country`` is the event country's ("the army" means
    the armed forces of the country where the event happens).
    """
    if mention is None:
        return mention
    if mention.generic and country and mention.inter == 1 and mention.country and mention.country != country:
        # "the army", "gendarmes" resolved for the article's country: the event's is another
        # ("the army post in Diapaga" of a story filed from Niamey is Burkina Faso's)
        mention = resolve_generic(mention, country, when)
    if when is None:
        return mention
    d = load_dictionary()
    if mention.actor not in d.date_sensitive:  # Speed: one set test for almost every mention
        return mention
    res = _resolve_text(mention.text, country, when)
    fixed = res is not None and res[1] and not mention.generic  # fixed by its context ("its fighters")
    if (res is None or fixed) and d.actors[mention.actor].kind == "pmc" and not _names_actor(mention.text):
        # a description whose nationality stands outside it ("foreign military personnel,
        # believed to be Russian", "white foreign fighters"): the country's force of the EVENT's
        # date (Moura, March 2022: Wagner, even in an article written after Africa Corps took over)
        home = d.actors[mention.actor].country
        f = _force_of(d, home, country, when) if home else None
        if f is not None and f != mention.actor:
            e = d.actors[f]
            return replace(mention, actor=e.name, inter=e.inter, country=e.country)
        return mention
    if fixed:
        return mention  # "its peacekeepers" owned by the mission named before stay its own
    if res is None:
        # a name: its successor after its valid_to, by the event's date
        name = _dated(d, mention.actor, when)
        if name == mention.actor:
            return mention
        e = d.actors[name]
        return replace(mention, actor=e.name, inter=e.inter, country=e.country)
    if res[0] == mention.actor:
        return mention
    e = d.actors[res[0]]
    return replace(mention, actor=e.name, inter=e.inter, country=e.country, generic=res[1])


@lru_cache(maxsize=4096)
def _resolve_text(text: str, country: str | None, when: date) -> tuple[str, bool] | None:
    """(actor, generic?) of a description standing alone as ``text``; None for a name."""
    d = load_dictionary()
    toks = _tokenize(text)
    n = len(toks.norm)
    if not n:
        return None
    named = _match(d.named, toks, 0) if toks.norm[0] in d.named.table else None
    gen = _generic_at(d, toks, 0)
    if gen is None or (named is not None and named[0] >= gen[0]):
        return None
    if gen[1].entries.has_group and not any(g.role != "group" for g in gen[1].entries):
        return None
    return _resolve(d, gen[1], country, when, set())


@lru_cache(maxsize=1024)
def _names_actor(text: str) -> bool:
    """Whether ``text`` (a mention's words) holds a name of the dictionary ("Africa Corps",
    "Wagner fighters"), not only a description ("foreign military personnel")."""
    d = load_dictionary()
    toks = _tokenize(text)
    table = d.named.table
    return any(w in table and _match(d.named, toks, i) is not None for i, w in enumerate(toks.norm))


# ---------------------------------------------------------------------------- codes


def _entry(actor: str) -> ActorEntry | None:
    return load_dictionary().actors.get(actor)


def kind(actor: str) -> str:
    """The actor dictionary's kind of ``actor`` ("progov_militia", ...); "" for an unknown name."""
    e = _entry(actor)
    return e.kind if e else ""


def home_country(actor: str) -> str | None:
    """The actor's home country, None for transnational groups or unknown actors."""
    e = _entry(actor)
    return e.country if e else None


def inter_code(actor: str, country: str | None = None) -> int:
    """ACLED inter code of ``actor``; 0 for an empty or unknown actor.

    With the event ``country``, a state force or government acting outside its home country is
    coded 8 (ACLED: "state forces active outside their main country of operation" are
    External/Other forces).
    """
    e = _entry(actor) if actor else None
    if e is None:
        return 0
    if country and e.kind in ("state_force", "government") and e.country and e.country != country:
        return 8
    return e.inter


def interaction(inter1: int, inter2: int = 0) -> int:
    """ACLED interaction code: the two inter codes, lowest first (1 and 2 -> 12; 7 and 3 -> 37).

    An event with no second actor is the lone actor's code followed by 0 (ACLED: "sole
    military action" = 10, "sole protester action" = 60); no actor at all gives 0.
    """
    if not inter1 and not inter2:
        return 0
    if not inter1 or not inter2:
        return 10 * (inter1 or inter2)
    lo, hi = sorted((inter1, inter2))
    return 10 * lo + hi


def is_foreign(actor: str, event_country: str | None, when: date | None = None) -> bool:
    """Whether ``actor`` is a foreign actor of an event in ``event_country``.

    Foreign: a state force or government outside its home country, mercenaries and foreign-run
    forces (kind ``pmc``: Wagner Group, Africa Corps), and deployed international missions (kind
    ``mission``: MINUSMA). Not foreign: transnational armed groups (JNIM), regional bodies the
    country belongs to (ECOWAS, AES), local actors. A foreign government that only comments is
    not an actor of the event at all, so it never reaches this test. ``when`` applies dated
    names before the test (Wagner after June 2025 is Africa Corps, foreign all the same).
    """
    d = load_dictionary()
    # Speed: called many times per event with the same few arguments; the answer depends on
    # the dictionary and the arguments only, so it is remembered per dictionary
    memo = d.foreign_memo
    ask = (actor, event_country, when)
    hit = memo.get(ask)
    if hit is None:
        if len(memo) >= 4096:
            memo.clear()
        hit = memo[ask] = _is_foreign(d, actor, event_country, when)
    return hit


def _is_foreign(d: ActorDictionary, actor: str, event_country: str | None, when: date | None) -> bool:
    """:func:`is_foreign` for dictionary ``d``, without its memo."""
    e = d.actors.get(_dated(d, actor, when)) if actor else None
    if e is None:
        return False
    if e.kind in ("pmc", "mission"):
        return e.country is None or e.country != event_country
    if e.kind in ("state_force", "government"):
        return e.country is not None and event_country is not None and e.country != event_country
    return False


def foreign_label(actor: str) -> str:
    """How ``actor`` appears in ``foreign_actors``: a state actor as its country, else its name.

    Follows the dev-set gold: French armed forces -> "France", US armed forces -> "United
    States", Burkinabe troops in Mali -> "Burkina Faso"; Wagner Group and MINUSMA by name.
    """
    e = _entry(actor)
    if e is not None and e.kind in ("state_force", "government") and e.country:
        return e.country
    return actor


def name_in_force(actor: str, when: date | None) -> str:
    """The actor's name in force on ``when`` (CSP/FLA -> "CSP-PSD" in 2023), for notes."""
    e = _entry(actor)
    if e is None or when is None:
        return actor
    for dn in e.names:
        if (dn.valid_from is None or when >= dn.valid_from) and (dn.valid_to is None or when <= dn.valid_to):
            return dn.name
    return actor


def canonical(name: str, when: date | None = None) -> str | None:
    """The canonical actor for a name or alias ("FAMa" -> "Malian armed forces"), else None."""
    d = load_dictionary()
    toks = _tokenize(name)
    if not toks.norm:
        return None
    hit = _match(d.named, toks, 0)
    if hit is not None and hit[0] == len(toks.norm):
        return _dated(d, hit[1], when)
    return None


# ------------------------------------------------------------------ foreign companies
# A company's nationality as news writes it: an adjective ("a Chinese company", "the Canadian
# mining firm Semafo"), the country's possessive ("Canada's Semafo Inc."), or a hyphenated
# compound of ownership ("the Chinese-owned firm", "a Chinese-run gold mine", "a Canada-based
# miner"). "-made"/"-built" say where a thing was made, not whose it is ("Chinese-made weapons").
_OWNED = ("owned", "run", "operated", "managed", "controlled")
_BASED = ("based", "headquartered", "registered")
# the noun that makes the phrase a company (after at most three lower-case modifiers: "Chinese oil
# company", "Canadian gold mining firm"), or a corporate suffix after a name ("Canada's Semafo Inc.")
_COMPANY_NOUNS = frozenset("""company companies firm firms miner miners corporation corp inc ltd plc llc sa
    limited operator operators contractor contractors subcontractor conglomerate multinational enterprise
    enterprises""".split())
# a firm that is itself an armed force ("a Russian private military company"): the actor
# dictionary names it (Wagner), it is no company hit by the event
_FORCE_MODIFIERS = frozenset("military paramilitary security mercenary".split())
# a company's people and goods ("workers of Canada's Semafo", "a convoy of China's CNPC")
_COMPANY_OWN = frozenset("""workers employees staff engineers guards contractors convoy convoys trucks lorries
    vehicles site sites mine premises offices facility facilities installations""".split())
# a company named as where the event was, not what it hit ("15 km east of a Chinese-run mine")
_PLACE_WORDS = frozenset("near nearby outside around close toward towards beyond past".split())
_COMPASS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west km kilometres kilometers miles metres meters""".split())
# a company named as what the perpetrators protest against ("to protest against the Chinese
# company"): their grievance, not their target
_GRIEVANCE = frozenset("protest protesting protested denounce denouncing oppose opposing demand demanding".split())
# the company speaks ("the Canadian firm said"), it is not hit by the clause's act
_SPEECH = frozenset("""said says told tells stated announced reported confirmed denied added spokesman
    spokeswoman spokesperson statement""".split())
_WORDS = re.compile(r"[\w'\u2019.&-]+")
_PUNCT = ".,;:()[]\"\u201c\u201d"


# the first word of a country's name or adjective (then the names and adjectives it begins)
_CAP_RX = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f]*")
_SUFFIX_RX = re.compile(r"-([a-z]+)\b")


@lru_cache(maxsize=4)
def _company_words(d_id: int) -> tuple[re.Pattern, dict[str, list[tuple[str, str, bool]]]]:
    """(regex of their first words, first word -> [(name or adjective, country, is a name)],
    longest first), from the dictionary's countries."""
    d = load_dictionary()
    table: dict[str, list[tuple[str, str, bool]]] = {}
    for entry in d.countries.values():
        for words, is_name in ((entry.names, True), (entry.adjectives, False)):
            for w in words:
                if (m := _CAP_RX.match(w)) is not None:
                    table.setdefault(m.group(), []).append((w, entry.name, is_name))
    for v in table.values():
        v.sort(key=lambda x: -len(x[0]))
    # (no leading ``\b``: sre scans for the first letters; company_nationalities checks the word
    # boundaries itself). Speed: the words factored by common prefixes (text.trie_pattern), which
    # finds what the alternation of the words longest first finds (the longest word at the
    # leftmost place; test_actors_speed compares the two), trying each place once, not per word
    return re.compile(text_mod.trie_pattern(table)), table


@lru_cache(maxsize=64)
def _foreign_company_words(d_id: int, event_country: str | None) -> tuple[re.Pattern, dict[str, list[tuple[str, str, bool]]]]:
    """:func:`_company_words` without the first words whose every name or adjective is
    ``event_country``'s ("Mali", "Malian" for an event in Mali): company_nationalities drops
    their hits anyway (the event country's own firms), and they are most of what it finds.

    Speed, and the same hits: every first word is letters only, so a place where a word may
    start (after no letter or digit) is never inside a match; there, the full pattern finds
    the longest word, and this one the same word when it is kept, else none or a shorter word
    that a letter follows (a prefix of the dropped one), which company_nationalities skips.
    (test_actors_speed3 compares the two on hand-made and random clauses.)"""
    first_rx, table = _company_words(d_id)
    drop = {w for w, options in table.items() if all(c == event_country for _, c, _ in options)}
    if not drop or not all(w.isalpha() for w in table):
        return first_rx, table
    return re.compile(text_mod.trie_pattern([w for w in table if w not in drop])), table


def _nationality_at(clause: str, k: int, options: list[tuple[str, str, bool]]) -> tuple[int, str, bool, str] | None:
    """(end, country, is a name, ownership suffix or "") of a company nationality at ``k``:
    "Canada's", "Canada-based", "Chinese-owned", "Chinese" (a plain adjective), else None."""
    for w, country, is_name in options:
        if not clause.startswith(w, k):
            continue
        e = k + len(w)
        nxt = clause[e : e + 1]
        if nxt == "-":
            m = _SUFFIX_RX.match(clause, e)
            if m is not None and (m.group(1) in _OWNED or (is_name and m.group(1) in _BASED)):
                return m.end(), country, is_name, m.group(1)
            return None  # "Chinese-made", "Russian-speaking"
        if is_name:
            if clause[e : e + 2] in ("'s", "\u2019s") and not clause[e + 2 : e + 3].isalnum():
                return e + 2, country, True, ""
            continue
        if not (nxt.isalnum() or nxt in ("'", "\u2019", "_")):
            return e, country, False, ""
    return None


def company_nationalities(clause: str, event_country: str | None) -> list[str]:
    """Countries of foreign companies that a clause tells as hit by its act: a firm, its site or
    its convoy with a nationality ("a convoy carrying workers of Canada's Semafo Inc.", "guards
    working for the Chinese-owned firm", "kidnapped two employees of a Turkish construction
    company"). The dev set lists foreign companies involved in an event among its
    foreign_actors, by their country. Not counted: the event country's own firms, a thing made
    abroad ("Chinese-made weapons"), a foreign person who is no company ("a Canadian analyst
    said"), a company's property alone ("blew up the Chinese-operated pipeline": its operator is
    no party), a company that speaks ("the Chinese company said"), one named as where the event
    was ("near a Chinese company's mine", "15 km east of it") or as a grievance ("to protest
    against the Chinese company")."""
    if not clause:
        return []
    d = load_dictionary()
    # speed: without the event country's own words (whose hits are dropped below)
    first_rx, table = _foreign_company_words(id(d), event_country)
    out: list[str] = []
    for cap in first_rx.finditer(clause):
        k = cap.start()
        if (k and (clause[k - 1].isalnum() or clause[k - 1] in "_.-")) or clause[cap.end() : cap.end() + 1].isalpha():
            continue
        options = table[cap.group()]
        if (hit := _nationality_at(clause, k, options)) is None:
            continue
        m_end, name, is_name, suffix = hit
        if name == event_country or name in out:
            continue
        # speed: a split of the few characters after it (no regex)
        after = [w.strip(_PUNCT).removesuffix("'s").removesuffix("\u2019s")
                 for w in clause[m_end : m_end + 60].lower().split(None, 5)[:5]]
        if suffix in _OWNED:
            # "the Chinese-owned firm", "a Chinese-run company": the company itself (its
            # property alone is no party: "sabotaged the Chinese-operated pipeline", whose
            # operator is not an actor of the event)
            noun_at = next((i for i, w in enumerate(after[:3]) if w in _COMPANY_NOUNS), None)
            if noun_at is None:
                continue
        else:
            # an adjective or "X-based": a company noun after at most three modifiers; a
            # possessive: a company name, then a company noun or a corporate suffix
            limit = 4 if is_name and not suffix else 3
            noun_at = next((i for i, w in enumerate(after[: limit + 1]) if w in _COMPANY_NOUNS), None)
            if noun_at is None and is_name and not suffix and after and after[0][:1].isalpha():
                # "workers of Canada's Semafo": a name owned by the country, after the company's
                # people or goods (never its soldiers: "fighters of Russia's Wagner" are a force)
                pre = _WORDS.findall(clause, max(0, k - 30), k)[-2:]
                if len(pre) == 2 and pre[1].lower() == "of" and pre[0].lower() in _COMPANY_OWN \
                        and clause[m_end:].lstrip()[:1].isupper():
                    noun_at = 0
            if noun_at is None:
                continue
            words = clause[m_end : m_end + 60].split(None, 5)[:noun_at]
            if not is_name and any(w[:1].isupper() for w in words):
                continue  # "Chinese President Xi's firm", "French Barkhane company": not one phrase
        if any(w in _SPEECH for w in after[noun_at + 1 : noun_at + 4]):
            continue
        if any(w in _FORCE_MODIFIERS for w in after[:noun_at]):
            continue  # "the Russian private military firm Wagner": a force (an actor), not a firm hit
        before = [w.lower() for w in _WORDS.findall(clause, max(0, k - 40), k)][-3:]
        if any(w in _PLACE_WORDS or w in _GRIEVANCE for w in before) or any(
                w == "of" and i and before[i - 1] in _COMPASS for i, w in enumerate(before)):
            continue
        if before[-2:] == ["according", "to"] or before[-3:-1] == ["according", "to"]:
            continue
        out.append(name)
    return out


# (a description before the second name: "Malian troops and Russian paramilitaries from the
# Africa Corps", "soldiers and fighters of the Wagner Group")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or|as well as))\s*(?:(?:the\s+)?(?:[A-Za-z-]+\s+){1,3}(?:from|of)\s+)?"
                       r"(?:the\s+)?")


def countries_listed_before(text: str, pos: int, count: int | None = None) -> list[str]:
    """The countries last named together as one list ("Mali, Burkina Faso and Niger") before
    character ``pos``, for "the three countries", "the two juntas" told later (``count``: how
    many the phrase says; None: a list of three, else of two); [] when no such list is told."""
    d = load_dictionary()
    toks = _tokenize(text[:pos])
    n = len(toks.norm)
    for k in ((count,) if count else (3, 2)):
        found = _last_list(d, toks, n, k)
        if found:
            return found
    return []


_START_END = attrgetter("start", "end")  # (start, end) of a mention, as a sort key
_START = attrgetter("start")


def listed_with(text: str, mentions: list[ActorMention], agent: ActorMention) -> list[ActorMention]:
    """The mentions told in one list with ``agent`` ("Mali, Burkina Faso and Niger", "the armies
    of Mali and Niger"): neighbours joined by a comma or "and"/"or", or sharing the words of one
    phrase ("aircraft from the three countries" gives each country's force), ``agent`` excluded."""
    ms = sorted(mentions, key=_START_END)
    n = len(ms)
    # the first mention (in that order) at the agent's start with its actor: speed, by a binary
    # search for the mentions at that start (contiguous), not a scan of all of them
    start, actor = agent.start, agent.actor
    k = bisect.bisect_left(ms, start, key=_START)
    while k < n and ms[k].start == start:
        if ms[k].actor == actor:
            break
        k += 1
    else:
        return []
    gap = _LIST_GAP.fullmatch
    # (neighbours joined: overlapping, or a list's gap between them)
    out: list[ActorMention] = []
    j = k
    while j > 0 and ((a := ms[j - 1]).end > ms[j].start or gap(text, a.end, ms[j].start) is not None):
        j -= 1
        out.append(a)
    j = k
    while j + 1 < n and ((b := ms[j + 1]).start < ms[j].end or gap(text, ms[j].end, b.start) is not None):
        j += 1
        out.append(b)
    return [m for m in out if m.actor != actor]


# A state named as a party to an agreement: "the junta and Russia signed a defence pact", "signed
# an agreement with Russia", "a deal between Mali and Algeria": the country's government (ACLED
# codes agreements between governments); a country named elsewhere is a place, never an actor.
_AGREE_STEMS = ("sign", "agreement", "accord ", "accords", "pact", "deal", "treat", "memorandum")
_AGREE_STEMS_B = tuple(h.encode() for h in _AGREE_STEMS)  # (all ASCII) to look for in lower-cased bytes
_AGREE_RX = re.compile(r"(?i)\b(?:sign(?:ed|s|ing)?|agreements?|accords?|pacts?|deals?|treaty|treaties|memorandum)\b")


def _agreement_parties(d: ActorDictionary, text: str, toks: _Tokens, out: list[ActorMention],
                       described: list[bool], sentences: list[Sentence], sent_starts: list[int]) -> None:
    """Add the government of each country named as a party in a sentence about an agreement."""
    norm, n = toks.norm, len(toks.norm)
    table = d.country_names.table
    longest = d.country_name_tokens
    # speed: built when first asked for (which is before anything is inserted in ``out``)
    taken: list[tuple[int, int]] | None = None
    for k in compress(range(n), map(table.__contains__, norm)):
        before = norm[k - 1] if k else ""
        if before not in ("with", "between", "and") and "and" not in norm[k + 1:k + 1 + longest]:
            # speed: the test below, before the match: a name ends at most ``longest`` tokens on,
            # so no "and" within them means none after it (most countries are places)
            continue
        hit = _match(d.country_names, toks, k)
        if hit is None:
            continue
        end, country = hit
        after = norm[end] if end < n else ""
        if before not in ("with", "between", "and") and not (after == "and" and toks.joined[end - 1]):
            continue  # speed: the test of the last branch below, first (most countries are places)
        s, e = toks.starts[k], toks.ends[end - 1]
        if taken is None:
            taken = [(m.start, m.end) for m in out]
        if (end < n and norm[end] == "s" and toks.apos(end - 1)) or any(a < e and s < b for a, b in taken):
            continue  # "Russia's Africa Corps": the possessor of a named actor
        if before in ("with", "between"):
            # "signed an agreement with Russia", "a deal between Mali and Algeria" (not "the
            # border with Burkina Faso"): the agreement word within the few words before
            if _AGREE_RX.search(text, toks.starts[max(0, k - 5)], toks.starts[k - 1]) is None:
                continue
        elif before == "and" or (after == "and" and toks.joined[end - 1]):
            # "the junta and Russia signed", "Mali and Algeria signed": the other side of the pair
            # is a government or a country, and the agreement is told right after the pair
            other = k - 2 if before == "and" else end + 1
            if not 0 <= other < n:
                continue
            o_s, o_e = toks.starts[other], toks.ends[other]
            country_side = any(norm[j] in table and (h := _match(d.country_names, toks, j)) is not None
                               and h[0] == other + 1 for j in range(max(0, other - 2), other + 1)) \
                if before == "and" else norm[other] in table
            if not country_side and not any(
                    m.actor.startswith("Government") and (m.end == o_e or m.start == o_s) for m in out):
                continue
            tail = max(e, o_e)
            if _AGREE_RX.search(text, tail, tail + 40) is None:
                continue
        else:
            continue
        entry = d.countries.get(country)
        if entry is None or entry.government is None or entry.government not in d.actors:
            continue
        si = bisect.bisect_right(sent_starts, s) - 1
        if si < 0 or _AGREE_RX.search(text, sentences[si].start, sentences[si].end) is None:
            continue
        at = bisect.bisect_left([m.start for m in out], s)
        out.insert(at, _mention(d, s, e, text, entry.government, sentences[si].index, False))
        described.insert(at, False)
