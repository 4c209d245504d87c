"""Event triggers: words and phrases that signal an ACLED event, and the rules that type them.

The lexicon is data (``data/reference/triggers.yaml``): every entry maps word forms and
phrases to a type key, and every type key to ACLED's ``(disorder_type, event_type,
sub_event_type)``. This module knows no Sahel name; it

* finds the word forms (single words and fixed expressions, on lower case, as token
  sequences) and the phrases (alternatives and gaps) with tables built once per vocabulary;
* keeps the longest match where matches overlap (``"suicide attack"`` beats ``"attack"``);
  before that rule, a match of an entry with ``preceded_by`` words needs one of them shortly
  before it ("instructors have arrived in"; "the delegation arrived in" is none), a match of
  an entry with ``followed_by_place`` needs a gazetteer place name right after it ("seized Ber
  on September 2"; "seized weapons" is none: :func:`_place_follows`), and a phrase
  with a context mark ``>>`` needs its context after it while the trigger ends at the mark
  ("took away >> * drivers": the drivers stay outside the trigger, the frame's victims);
  a ``not_events`` phrase ("an attack on one ... is an attack on all", "if any of them is
  attacked") wins over the triggers it covers and yields none;
* reads how each trigger is used: ``pos`` (``verb``/``noun``; a form listed as both, such as
  "attacks" or "killing", is a noun after a determiner or before "on/against/by/of") and
  ``passive`` (a participle after a form of *be*/*get*, or followed by "by": "were killed by");
* types a clause that holds several triggers (:func:`resolve_type`, rules below).

Rules for several triggers in one clause (ACLED codebook, "Event types"), applied in order:

1. Demonstrations stand apart: the demonstrators' own violence (protesters or rioters as the
   agent of an active violent verb, "protesters stormed the embassy and set fire to its
   gate"; with the agent unknown an active destruction verb or "stormed"; stone-throwing;
   barricades and burning tyres, unless an armed force is the agent; a crowd's destruction that
   forces dispersed, "youths torched a petrol station before police dispersed them with tear
   gas", with no protest word) is *Riots/Violent demonstration*; a protest trigger with an
   intervention word ("dispersed", "tear gas", "warning shots") or protesters arrested, or a
   crowd dispersed ("fired tear gas to disperse about 200 young people"), or a crowd gathered
   and met by force ("supporters gathered outside the camp before security forces dispersed
   them with tear gas": the ``gathering`` key, no event alone), is
   *Protest with intervention*; with protesters killed it is *Excessive force against
   protesters*. (Violence in the same clause joins the demonstration only when protesters are
   named in it; destruction alone joins a riot word or a dispersal: frames._split_families.)
2. A territorial verb ("took control of", "overran", "retook") wins over the fighting that
   produced it: *Government regains territory* with a state agent, *Non-state actor
   overtakes territory* otherwise. With the agent unknown a retake verb ("retook",
   "regained control", "retaken") is the state's (unless the place is taken from the state)
   and "overran" or a fight word the non-state side's. A town entered or secured ("entered
   Arbinda", "secured the town") is territorial only with a fight word or an armed group as the
   clause's target ("after clashes", "after an offensive against terrorist groups"), else no
   event (a movement: "a military convoy entered Diafarabe"). A state force "seizing" a place with no
   opposing armed actor in sight is a mutiny or coup (*Other*), and holding a leader in the
   same clause makes it *Arrests* (a fight word in the clause, "entered the town after
   fighting", is an enemy in sight: no mutiny); but taking over a base from a foreign or UN force (the
   other party has inter 8) or "took over the X camp" is a handover (*Non-violent transfer
   of territory*). "Retook" and "overran" always imply an enemy (never a mutiny), and so
   does a town taken by name ("seized Ber", "captured Anefis": a gazetteer place as the
   object of the one-word trigger, ``followed_by_place`` in the lexicon). An installation
   overrun ("overran the military base in Sebba", "an army post was overrun") is no
   territorial trigger: the lexicon reads it as an attack, an assault on the garrison typed by
   that target (ACLED: a raid that overruns a post and leaves is an Armed clash); a word of
   control in the clause ("... and seizing control of the site", "raised their flag over the
   town") is the territorial trigger that then wins.
3. An abduction wins over the attack that carried it out unless people were killed or the
   attack's target is armed ("ambushed an army-escorted convoy, abducting several drivers": a
   battle; the civilians it took are an abduction event of their own, :func:`civilians_taken`).
4. Remote violence during a battle is part of the battle: an explicit clash absorbs any
   remote means of its clause, a non-state agent killing or attacking armed forces a
   drone/air strike or a suicide bomb. Means the agent fires or plants itself (shelling, IED, grenade) are
   absorbed only by a ground-attack word ("stormed the camp after shelling it"), not by a
   consequence ("shelled the camp, killing two soldiers" stays shelling) nor by a word of
   impact ("shells hit the base"). Otherwise the means names the event: suicide bomb, IED,
   air/drone strike, shelling, grenade win over "attacked"/"killed"; an explosion word that
   names no device ("blast", "blew up") yields to any other means in the clause. An air strike
   that kills civilians stays an air strike (civilian targeting flags it). An air strike told
   only by the verb ("striking a water well") is a ground attack when its agent is a
   non-state actor ("JNIM fighters striking an army camp").
5. Gunfire told only as a sound or an outbreak ("shots rang out", "heavy gunfire was heard")
   with no target, victim or death in its clause is no event. An attack is *Battles/Armed clash* when its target is an armed organised actor (state
   forces, rebels, militias, peacekeepers, or armed-target words: troops, a military post,
   a patrol, an escorted convoy) or armed people are among its victims, else *Violence
   against civilians/Attack* (civilians killed in a battle add to its toll; they make an
   attack on civilians only when no armed victim is named: ``armed_victims``). An attack
   suffered ("came under attack", "come under fire", a clash phrase of the lexicon) is typed by
   its subject, the target: a clash for a patrol, an attack on civilians for a village or
   worshippers (civilian victims or target, no armed one). A state
   force's operation ("launched an offensive", "a sweep operation") with no named target and
   no civilian victims is a battle against an unidentified armed group.
6. Looting/property destruction stands alone only when nobody was attacked in the clause
   (ACLED: destruction during an attack is part of the attack); "burned the village and
   attacked the cattle", with no victim, no figure and no armed target, is the destruction.
7. Weapons found, seized or destroyed (*Disrupted weapons use*) are the forces' act: with a
   non-state agent ("JNIM said it killed 23 soldiers and seized a weapons cache") they are
   part of its raid and yield no event of their own; so are they with armed people killed in
   the clause ("dismantled a terrorist base, killing several terrorists and recovering
   weapons": the fight is the event).
8. A headquarters or base established by a state or foreign force ("the AES joint force's
   headquarters was inaugurated in Niamey") is a *Change to group/activity*: ACLED's
   *Headquarters or base established* is a non-state group's.

The matcher's phrase syntax (see the lexicon's header) is applied by a small anchored
backtracking matcher instead of spaCy's ``Matcher``, whose gap operators cost ~5 ms per
article; quotes inside a phrase are skipped (taken “complete control” of).

Speed (find_triggers runs on every article and every headline): one table of lower-cased
words gives both the word forms and the phrases' anchor words, looked up for every token at C
speed (:func:`_scan`; it replaced a spaCy ``PhraseMatcher``, same matches); a phrase is
tried only where one of the words it requires (or a quote) follows its anchor closely
enough; everything derived from the lexicon (match key -> entry, labels, tie-break rank,
each key's record fields, each anchor's union of required words) is built once with the
table; one set test per anchor rejects most anchors before any phrase is tried; only the
few matches longer than a token go through the longest-match sort (:func:`_longest`);
mentions have their dict filled at once, as :func:`analysis.records.filled` does, each one's
sentence found by bisection; after a gap the phrase matcher tries only the ends where the
word that must follow stands (:func:`_match_at`).
:func:`resolve_type` (once per frame) uses module-level key sets and helpers instead of set
literals and closures made per call, and builds its :class:`Resolution` the same way
(:func:`_resolution`).
"""

from __future__ import annotations

import functools
import re
from itertools import compress as _compress, count as _count
from bisect import bisect_right as _bisect_right
from dataclasses import dataclass, field


from analysis import paths, yamlfile
from analysis.coding import gazetteer as gz
from analysis.coding import text as text_mod
from analysis.errors import InputError
from analysis.records import Sentence, TriggerMention
from analysis.records import _dict_setter, _new_object

#: The trigger lexicon.
TRIGGERS_FILE = paths.REFERENCE / "triggers.yaml"

#: Families: triggers of one family in one clause describe one event.
VIOLENCE = frozenset(
    {
        "armed_clash", "attack", "kill", "abduction", "sexual_violence", "air_strike", "ied",
        "suicide_bomb", "shelling", "grenade", "territory", "gov_regains", "nsa_overtakes",
        "looting",
    }
)
PROTEST = frozenset(
    {"peaceful_protest", "protest_intervention", "excessive_force", "violent_demonstration", "mob_violence", "gathering"}
)
STRATEGIC = frozenset(
    {"transfer", "agreement", "arrests", "change_group", "base_established", "disrupted_weapons", "other"}
)
REMOTE = frozenset({"air_strike", "shelling", "ied", "suicide_bomb", "grenade"})

#: Words before a form listed as both noun and verb that make it a noun ("the attacks").
_NOUN_BEFORE = frozenset(
    "a an the this that these those its their his her our my your another other recent latest "
    "deadly deadliest fresh new similar such several multiple many two three four five series "
    "first second last previous coordinated simultaneous separate 's ’s of".split()
)
#: Words after such a form that make it a noun ("attacks on", "killing of").
_NOUN_AFTER = frozenset("on against of by in targeting".split())
_BE = frozenset("was were been being is are be am got get gets getting 're 's".split())
_ADVERB_SKIP = frozenset("also not reportedly allegedly later then all both being subsequently".split())
#: Irregular past participles of the lexicon's verbs (regular ones end in -ed).
_PARTICIPLES = frozenset(
    "struck hit overrun slain shot taken held seized burnt fought beheaded found left bundled "
    "snatched gunned withdrawn undertaken blown retaken set".split()
)


@dataclass(frozen=True)
class TypeInfo:
    """ACLED labels of one type key."""

    key: str
    disorder_type: str
    event_type: str
    sub_event_type: str


@dataclass(frozen=True)
class Entry:
    """One trigger family of the lexicon."""

    index: int
    type: str
    strength: float
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    note: str = ""
    not_followed_by: frozenset[str] = frozenset()
    #: words one of which must come shortly before a match ("instructors have arrived"):
    #: ``(words, within)`` or None
    preceded_by: tuple[frozenset[str], int] | None = None
    #: "noun" or "verb" for every phrase of the entry ("" = read off the phrase's first word)
    phrase_pos: str = ""
    #: a match counts only with a place name of the gazetteer right after it ("seized Ber on
    #: September 2"; "seized weapons" is none): :func:`_place_follows`
    followed_by_place: bool = False
    #: the phrases tell a vehicle or a person meeting a device ("a bus hit a mine"): see
    #: :func:`device_verbs`
    meets_device: bool = False
    #: person words one of which must end the subject of a passive match ("an aid worker was
    #: seized", "the man, a German national, was seized"): :func:`_passive_subject`; the match
    #: counts only passive
    passive_subject: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """The parsed trigger lexicon."""

    types: dict[str, TypeInfo]
    entries: tuple[Entry, ...]
    #: phrases that hold a trigger word but tell no event ("an attack on one of us is an attack
    #: on all of us"): matched like phrases, they cover their tokens and yield no trigger
    not_events: tuple[str, ...] = ()
    #: the lexicon's named word lists (``word_lists``: "people", "person", ...)
    word_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _as_list(value, where: str, lists: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """A list of strings; with ``lists`` (the lexicon's ``word_lists``) an item "@name" is that
    list's words and a phrase token's alternative "@name" their alternation (see
    :func:`_expand`)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(TRIGGERS_FILE, f"{where}: expected a list of strings")
    items = tuple(v.strip() for v in value if v.strip())
    if not lists:
        return items
    out: list[str] = []
    for v in items:
        if v.startswith("@") and " " not in v:
            out.extend(_named(v[1:], lists, where))
        else:
            out.append(_expand(v, lists, where))
    return tuple(out)


def _named(name: str, lists: dict[str, tuple[str, ...]], where: str) -> tuple[str, ...]:
    if name not in lists:
        raise InputError(TRIGGERS_FILE, f"{where}: unknown word list @{name}")
    return lists[name]


def _expand(phrase: str, lists: dict[str, tuple[str, ...]], where: str) -> str:
    """A phrase with every "@name" alternative of a token replaced by the named list's words
    ("seized >> a|an {0,2} @person|@national": one person noun after the article)."""
    if "@" not in phrase:
        return phrase
    return " ".join(
        "|".join(w for alt in tok.split("|") for w in (_named(alt[1:], lists, where) if alt.startswith("@") else (alt,)))
        for tok in phrase.split(" "))


def _word_lists(data: dict) -> dict[str, tuple[str, ...]]:
    """The lexicon's ``word_lists``: name -> words (a list may name another: "@people")."""
    raw = data.get("word_lists") or {}
    if not isinstance(raw, dict):
        raise InputError(TRIGGERS_FILE, "word_lists: expected a mapping of name -> list of words")
    lists: dict[str, tuple[str, ...]] = {}
    for name, words in raw.items():
        lists[str(name)] = _as_list(words, f"word list {name!r}", lists)
    return lists


def _preceded_spec(item: dict, where: str, lists: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], int] | None:
    """An entry's ``preceded_by`` words and ``preceded_within`` window (tokens), or None."""
    words = _as_list(item.get("preceded_by"), where, lists)
    if not words:
        return None
    within = item.get("preceded_within", 4)
    if not isinstance(within, int) or within < 1:
        raise InputError(TRIGGERS_FILE, f"{where}: preceded_within must be a positive integer")
    return frozenset(w.lower() for w in words), within


def _phrase_pos(item: dict, where: str) -> str:
    pos = item.get("phrase_pos", "")
    if pos not in ("", "noun", "verb"):
        raise InputError(TRIGGERS_FILE, f"{where}: phrase_pos must be noun or verb")
    return pos


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and validate ``data/reference/triggers.yaml`` (cached)."""
    data = yamlfile.read(TRIGGERS_FILE, "trigger lexicon")
    if not isinstance(data, dict) or "types" not in data or "triggers" not in data:
        raise InputError(TRIGGERS_FILE, "expected the keys 'types' and 'triggers'")
    types: dict[str, TypeInfo] = {}
    for key, labels in data["types"].items():
        if not isinstance(labels, list) or len(labels) != 3:
            raise InputError(TRIGGERS_FILE, f"type {key!r}: expected [disorder, event, sub-event]")
        types[key] = TypeInfo(key, *labels)
    lists = _word_lists(data)
    entries = []
    for i, item in enumerate(data["triggers"]):
        where = f"trigger entry {i + 1}"
        if not isinstance(item, dict) or item.get("type") not in types:
            raise InputError(TRIGGERS_FILE, f"{where}: unknown or missing type {item.get('type')!r}")
        entries.append(
            Entry(
                index=i,
                type=item["type"],
                strength=float(item.get("strength", 1.0)),
                verbs=_as_list(item.get("verb"), where),
                nouns=_as_list(item.get("noun"), where),
                phrases=_as_list(item.get("phrase"), where, lists),
                note=str(item.get("note", "")),
                not_followed_by=frozenset(w.lower() for w in _as_list(item.get("not_followed_by"), where)),
                preceded_by=_preceded_spec(item, where, lists),
                phrase_pos=_phrase_pos(item, where),
                followed_by_place=bool(item.get("followed_by_place", False)),
                meets_device=bool(item.get("meets_device", False)),
                passive_subject=frozenset(w.lower() for w in _as_list(item.get("passive_subject"), where, lists)),
            )
        )
    not_events = _as_list(data.get("not_events"), "not_events", lists)
    return Lexicon(types, tuple(entries), not_events, lists)


def type_info(key: str) -> TypeInfo:
    """ACLED labels of a lexicon type key."""
    return load_lexicon().types[key]


# ----------------------------------------------------------------------------- matching


@dataclass
class _Matchers:
    #: lower-cased token -> (single, multi, patterns, gate): what a token of that text starts
    #: (:func:`_scan`): ``single`` the match keys of the one-token word forms, ``multi`` the
    #: longer word forms as ``(following tokens, length, key)``, ``patterns`` the phrases
    #: anchored on it (as in ``anchored``; None if none) and ``gate`` its ``gate`` entry
    table: dict[str, tuple] = field(default_factory=dict)
    #: anchor match key -> [(phrase key, compiled pattern, required (:func:`_compiled`), context
    #: pattern or None)], in lexicon order
    anchored: dict[int, list[tuple]] = field(default_factory=dict)
    #: anchor words that spaCy's tokenizer does not make one token of (none today): word -> as
    #: above; tried wherever a token's lower case is the word, with no gate
    odd_anchors: dict[str, list[tuple]] = field(default_factory=dict)
    #: match key -> (entry, pos)  with pos "verb" | "noun" | "dual"
    keys: dict[int, tuple[Entry, str]] = field(default_factory=dict)
    #: match key -> (-strength, entry index): the tie-breaks of the longest-match rule
    rank: dict[int, tuple[float, int]] = field(default_factory=dict)
    #: match key -> (not_followed_by or None, pos, event_type, sub_event_type, disorder_type,
    #: type key, strength): a kept match's fields, unpacked in one step; None for a non-event
    #: phrase
    spec: dict[int, tuple] = field(default_factory=dict)
    #: anchor match key -> (words, span): no phrase of that anchor can match unless one of
    #: ``words`` (every phrase's first required word, and the quotes) is among the ``span``
    #: tokens after it; None when one of its phrases requires no word after the anchor
    gate: dict[int, tuple[frozenset[str], int] | None] = field(default_factory=dict)
    #: match key -> the entry's ``preceded_by`` (only entries that have one)
    preceded: dict[int, tuple[frozenset[str], int]] = field(default_factory=dict)
    #: match keys of entries with ``followed_by_place``
    place_object: set[int] = field(default_factory=set)
    #: match key -> the entry's ``passive_subject`` words (only entries that have them)
    passive_subject: dict[int, frozenset[str]] = field(default_factory=dict)
    #: the match keys of ``preceded``, ``place_object`` and ``passive_subject``
    checked: frozenset[int] = frozenset()


#: The phrase mark after which a phrase's words are context: they must match, but the trigger
#: ends before them ("took away >> * drivers": the trigger is "took away", the drivers its
#: victims, found by the frame after it).
_CONTEXT_MARK = ">>"


def _phrase_pattern(phrase: str) -> list[tuple]:
    """Compile the lexicon's phrase mini-syntax: a list of ``("tok", alternatives, optional)``
    and ``("gap", min, max)`` elements (the context mark ``>>`` is dropped: see
    :func:`_compiled`)."""
    pattern: list[tuple] = []
    for tok in phrase.split():
        if tok == _CONTEXT_MARK:
            continue
        gap = re.fullmatch(r"\{(\d*),(\d+)\}", tok)
        if gap:
            pattern.append(("gap", int(gap.group(1) or 0), int(gap.group(2))))
            continue
        if tok == "*":
            pattern.append(("gap", 0, 1))
            continue
        optional = tok.endswith("?") and len(tok) > 1
        tok = tok.rstrip("?") if optional else tok
        pattern.append(("tok", frozenset(a.lower() for a in tok.split("|") if a), optional))
    return pattern


def _compiled(phrase: str, what: str) -> tuple[list[tuple], tuple[frozenset[str], int, frozenset[str]] | None,
                                                list[tuple] | None]:
    """``(head, required, context)`` of a lexicon phrase: the pattern of the trigger's own
    words, :func:`_required_words` of the whole phrase with a third item, those words and the
    quotes (the cheap reject: a window of ``span`` tokens with none of them cannot match), and
    the pattern of the words after the context mark that must follow the trigger (None without
    a mark)."""
    full = _phrase_pattern(phrase)
    if not full or full[0][0] != "tok" or full[0][2]:
        raise InputError(TRIGGERS_FILE, f"{what} {phrase!r}: the first token must be a required word")
    required = _required_words(full)
    reject = None if required is None else (required[0], required[1], required[0] | _QUOTES)
    words = phrase.split()
    if _CONTEXT_MARK not in words:
        return full, reject, None
    cut = words.index(_CONTEXT_MARK)
    head = _phrase_pattern(" ".join(words[:cut]))
    context = _phrase_pattern(" ".join(words[cut + 1:]))
    if not context or len(head) + len(context) != len(full):
        raise InputError(TRIGGERS_FILE, f"{what} {phrase!r}: one context mark, with words after it")
    return head, reject, context


_QUOTES = frozenset('"“”‘’\'«»')


def _match_at(lowers: list[str], i: int, pattern: list[tuple], k: int) -> int:
    """Longest end index of ``pattern[k:]`` matched from token ``i`` (-1 if none).

    A tiny backtracking matcher: phrases are anchored on their first token, so it runs only
    where an anchor word occurs (spaCy's Matcher with gap operators costs ~5 ms per article).
    """
    if k == len(pattern):
        return i
    kind, a, b = pattern[k]  # ("tok", alternatives, optional) or ("gap", min, max)
    n = len(lowers)
    if kind == "tok":
        if k:
            # taken “complete control” of: quotes are skipped (in a loop, not by recursion: a
            # run of a thousand quote marks would exceed Python's recursion limit)
            while i < n and lowers[i] in _QUOTES:
                i += 1
        best = _match_at(lowers, i + 1, pattern, k + 1) if i < n and lowers[i] in a else -1
        if b:
            skip = _match_at(lowers, i, pattern, k + 1)
            if skip > best:
                best = skip
        return best
    best = -1
    # speed: when a required word follows the gap, a gap end where neither it nor a quote
    # (skipped before it) stands cannot lead to a match: not tried
    after = pattern[k + 1] if k + 1 < len(pattern) else None
    need = after[1] if after is not None and after[0] == "tok" and not after[2] else None
    for m in range(a, b + 1):
        j = i + m
        if j > n or (m and lowers[j - 1] in ".;"):
            break
        if need is not None and (j == n or (lowers[j] not in need and lowers[j] not in _QUOTES)):
            continue
        end = _match_at(lowers, j, pattern, k + 1)
        if end > best:
            best = end
    return best


def _required_words(pattern: list[tuple]) -> tuple[frozenset[str], int] | None:
    """``(words, span)``: a match of ``pattern`` has one of ``words`` (the first required word
    after the anchor) among the ``span`` tokens after its anchor, unless a quote comes between
    (the matcher skips quotes); None when every element after the anchor is optional.
    ``span`` is the most tokens the elements up to that word can take."""
    span = 0
    for kind, a, b in pattern[1:]:
        span += b if kind == "gap" else 1
        if kind == "tok" and not b:
            return a, span
    return None


def _anchor_gate(patterns: list[tuple]) -> tuple[frozenset[str], int] | None:
    """The union of the ``(words, span)`` of :func:`_required_words` over an anchor's
    phrases, with the quotes (which the matcher skips): a window of ``span`` tokens after the
    anchor that holds none of the words can match none of the phrases. None when a phrase
    needs no word after its anchor."""
    words: set[str] = set(_QUOTES)
    span = 0
    for _, _, required, _ in patterns:
        if required is None:
            return None
        words |= required[0]
        span = max(span, required[1])
    return frozenset(words), span


_CACHE: dict[int, _Matchers] = {}


def _matchers(vocab) -> _Matchers:
    """Matchers for a vocabulary, built once (module-level cache)."""
    cached = _CACHE.get(id(vocab))
    if cached is not None:
        return cached
    import spacy

    make_doc = spacy.blank("en", vocab=vocab).make_doc
    lex = load_lexicon()
    m = _Matchers()
    all_nouns = {n.lower() for e in lex.entries for n in e.nouns}
    by_anchor: dict[str, list[tuple]] = {}
    # word forms by their first token's lower case: one-token forms' keys, longer forms'
    # (following tokens, length, key); dicts as ordered sets (a form listed twice is one match)
    single: dict[str, dict[int, None]] = {}
    multi: dict[str, dict[tuple, None]] = {}
    for entry in lex.entries:
        verbs = {v.lower() for v in entry.verbs}
        nouns = {n.lower() for n in entry.nouns}
        for form in sorted(verbs | nouns):
            pos = "dual" if form in verbs and form in nouns else ("verb" if form in verbs else "noun")
            key = vocab.strings.add(f"trigger:{entry.index}:{pos}")
            m.keys[key] = (entry, pos)
            # the form as a token sequence (what spaCy's PhraseMatcher on LOWER would match)
            lowers = [t.lower_ for t in make_doc(form)]
            if len(lowers) == 1:
                single.setdefault(lowers[0], {})[key] = None
            elif lowers:
                multi.setdefault(lowers[0], {})[(tuple(lowers[1:]), len(lowers), key)] = None
        for j, text in enumerate(entry.phrases):
            first = text.split()[0].split("|")
            pos = entry.phrase_pos or (
                "noun" if any(f.lower() in nouns or f.lower() in all_nouns for f in first) else "verb")
            key = vocab.strings.add(f"trigger:{entry.index}:{pos}:p{j}")
            m.keys[key] = (entry, pos)
            head, required, context = _compiled(text, "phrase")
            for anchor in head[0][1]:
                by_anchor.setdefault(anchor, []).append((key, head, required, context))
    for j, text in enumerate(lex.not_events):
        # a non-event phrase: ranked above every entry (it wins a tie), yields no trigger (spec None)
        key = vocab.strings.add(f"not-event:{j}")
        m.rank[key] = (-99.0, -1)
        m.spec[key] = None
        head, required, context = _compiled(text, "not_events phrase")
        for anchor in head[0][1]:
            by_anchor.setdefault(anchor, []).append((key, head, required, context))
    anchor_keys: dict[str, int] = {}
    for anchor, patterns in by_anchor.items():
        tokens = make_doc(anchor)
        if len(tokens) == 1 and tokens[0].lower_ == anchor:
            key = vocab.strings.add(f"trigger-anchor:{anchor}")
            m.anchored[key] = patterns
            anchor_keys[anchor] = key
        else:
            m.odd_anchors[anchor] = patterns
    types = lex.types
    for key, (entry, pos) in m.keys.items():
        m.rank[key] = (-entry.strength, entry.index)
        if entry.preceded_by is not None:
            m.preceded[key] = entry.preceded_by
        if entry.followed_by_place:
            m.place_object.add(key)
        if entry.passive_subject:
            m.passive_subject[key] = entry.passive_subject
        labels = types[entry.type]
        m.spec[key] = (
            entry.not_followed_by or None, pos, labels.event_type, labels.sub_event_type,
            labels.disorder_type, entry.type, entry.strength,
        )
    for key, patterns in m.anchored.items():
        m.gate[key] = _anchor_gate(patterns)
    m.checked = frozenset(m.preceded) | m.place_object | frozenset(m.passive_subject)
    for word in {**single, **multi, **anchor_keys, **m.odd_anchors}:
        akey = anchor_keys.get(word)
        m.table[word] = (
            tuple(single.get(word, ())),
            tuple(sorted(multi.get(word, ()), key=_second)),  # (shorter first, as found by length)
            m.anchored[akey] if akey is not None else m.odd_anchors.get(word),
            m.gate[akey] if akey is not None else None,  # (an odd anchor is tried ungated)
        )
    _CACHE[id(vocab)] = m
    return m


def _second(item: tuple) -> int:
    return item[1]


def _scan(table: dict[str, tuple], lowers: list[str]) -> tuple[list[tuple[int, int, int]], list[tuple[int, list]]]:
    """``(raw, anchors)`` of a Doc's lower-cased tokens: ``raw`` the word forms' matches
    ``(start, end, key)``, ``anchors`` the ``(token, patterns)`` of each phrase anchor that
    passes its gate, in token order.

    Speed: the tokens that start anything are picked out at C speed (``map`` of the table's
    ``__contains__``, ``compress``); this replaced a spaCy ``PhraseMatcher`` (same matches:
    token sequences compared on their lower case) whose ~100 hits an article (anchor words
    such as "the") each cost a tuple and a second pass in Python to split and gate.
    """
    raw: list[tuple[int, int, int]] = []
    anchors: list[tuple[int, list]] = []
    for i in _compress(_count(), map(table.__contains__, lowers)):
        single, multi, patterns, gate = table[lowers[i]]
        for k in single:
            raw.append((i, i + 1, k))
        for rest, n, k in multi:
            if tuple(lowers[i + 1:i + n]) == rest:
                raw.append((i, i + n, k))
        # one set test per anchor (the union of its phrases' required words) rejects most
        # anchors before any phrase is tried
        if patterns is not None and (gate is None or not gate[0].isdisjoint(lowers[i + 1:i + 1 + gate[1]])):
            anchors.append((i, patterns))
    return raw, anchors


_VERB_BEFORE = frozenset("they it he she who which that , and to".split())


def _resolve_pos(tk: text_mod.Tokens, start: int, end: int) -> str:
    """Noun or verb for a form listed as both ("attacks", "killing", "raid").

    A noun by default (news uses "attacks" as a noun far more than as a present-tense verb);
    a verb after a pronoun, a comma or "to" ("they raid", ", killing 20", "to attack"), or
    before a number or a determiner ("killing 20", "attacks the town").
    ``tk`` is the Doc's :func:`~analysis.coding.text.token_arrays`.
    """
    lowers = tk.lower
    prev = lowers[start - 1] if start > 0 else ""
    has_next = end < len(lowers)
    nxt = lowers[end] if has_next else None
    if prev in _NOUN_BEFORE:
        return "noun"
    if has_next and nxt in _NOUN_AFTER:
        return "noun"
    if prev in _VERB_BEFORE:
        return "verb"
    if has_next and (nxt in ("the", "a", "an", "at", "dozens", "scores", "several") or tk.like_num[end]):
        return "verb"
    return "noun"


#: Participles of an armed escort: a "by" after them does not end the reduced-relative scan.
_ESCORTED = frozenset("escorted accompanied guarded protected".split())


#: What "by" names when it tells the means, not the agent ("by decree", "by a presidential
#: decree", "by force", "by a unanimous vote"), and the words that may stand before it.
_BY_MEANS = frozenset({"decree", "decrees", "ordinance", "ordinances", "law", "vote", "referendum", "force"})
_BY_MEANS_LEAD = frozenset({"a", "an", "the", "presidential", "ministerial", "executive", "government", "royal",
                            "unanimous", "special", "new", "armed"})


def _is_passive(tk: text_mod.Tokens, start: int, end: int) -> bool:
    lowers = tk.lower
    head = lowers[start]
    if not (head.endswith("ed") or head in _PARTICIPLES):
        return False
    i = start - 1
    while i >= 0 and (lowers[i] in _ADVERB_SKIP or lowers[i].endswith("ly")):
        i -= 1
    if i >= 0 and lowers[i] in _BE:
        return True
    # reduced relative: "civilians killed by drones", "a base vacated days earlier by"; a "by"
    # after another participle is that one's ("killed 15 civilians recruited by the army",
    # "ordered by", "requisitioned by": the army only set them to work, the killing is active;
    # not an escort's: "escorted by the army" puts the army at the scene, left to the frame)
    for j in range(end, min(end + 4, len(lowers))):
        w = lowers[j]
        if w == "by":
            # "dissolved all parties on Thursday by decree", "seized the town by force": the means,
            # no agent ("by presidential decree", "by a vote" too)
            k = j + 1
            while k < len(lowers) and lowers[k] in _BY_MEANS_LEAD:
                k += 1
            return not (k < len(lowers) and lowers[k] in _BY_MEANS)
        if tk.is_punct[j] or ((w.endswith("ed") or w in _PARTICIPLES) and w not in _ESCORTED
                              and lowers[j - 1] not in ("and", "or")):
            break  # (a participle joined by "and" shares the "by": "killed and wounded by jihadists")
    return False


def _phrase_matches(lowers: list[str], anchors: list[tuple[int, list]], raw: list[tuple[int, int, int]]) -> None:
    """Append to ``raw`` the phrase patterns matched at each ``(token, patterns)`` anchor."""
    for i, patterns in anchors:
        for key, pattern, required, context in patterns:
            # cheap reject (a set test in C): no required word and no quote close enough
            if required is not None and required[2].isdisjoint(lowers[i + 1:i + 1 + required[1]]):
                continue
            end = _match_at(lowers, i, pattern, 0)
            # a context after the mark must follow the trigger's (longest) words
            if end > i and (context is None or _match_at(lowers, end, context, 0) >= 0):
                raw.append((i, end, key))


def find_triggers(doc, sentences: list[Sentence]) -> list[TriggerMention]:
    """Every trigger of the lexicon in ``doc``, longest match first where they overlap.

    ``sentences`` (from :func:`analysis.coding.text.split_sentences`) give each trigger its
    ``sentence_index``. Matches are sorted by character offset.
    """
    m = _matchers(doc.vocab)
    tk = text_mod.token_arrays(doc)  # the Doc's shared token columns (no spaCy Token objects)
    lowers = tk.lower
    raw, anchors = _scan(m.table, lowers)
    if anchors:
        _phrase_matches(lowers, anchors, raw)
    if not raw:
        return []
    checked = m.checked
    if checked and not checked.isdisjoint([r[2] for r in raw]):
        # the entries' conditions, tested before the longest-match rule, so a match that fails
        # one leaves its tokens to shorter ones (speed: one pass, only over a Doc with such a
        # match; each condition reads the match alone, so their order does not matter):
        # "instructors have arrived in" (a force word before the match), "seized Ber on
        # September 2" (a place name as the object), "an aid worker was seized" (passive, a
        # person as the subject)
        preceded, place_object, ps = m.preceded, m.place_object, m.passive_subject
        raw = [r for r in raw if r[2] not in checked or (
            (r[2] not in preceded or _preceded(lowers, r[0], preceded[r[2]]))
            and (r[2] not in place_object or _place_follows(tk, r[1]))
            and (r[2] not in ps or (_is_passive(tk, r[0], r[1]) and _passive_subject(lowers, r[0], ps[r[2]])))
        )]
    kept = _longest(raw, m.rank, len(lowers))
    # each kept match's sentence: the last sentence starting at or before it (bisect in C);
    # the -1 at the end of the indexes is a match before the first sentence
    starts = [s.start for s in sentences]
    sentence_index = [s.index for s in sentences]
    sentence_index.append(-1)
    spec = m.spec
    set_fields = _MENTION_FIELDS
    idx, ends, text = tk.idx, tk.end, tk.text
    n_tok = len(lowers)
    out: list[TriggerMention] = []
    for s, e, k in kept:
        sp = spec[k]
        if sp is None:
            continue  # a non-event phrase ("an attack on one ... an attack on all"): no trigger
        not_followed_by, pos, event_type, sub_event_type, disorder_type, key, strength = sp
        if not_followed_by is not None and e < n_tok and lowers[e] in not_followed_by:
            continue  # "the drone base": a modifier, not an event
        if pos == "dual":
            pos = _resolve_pos(tk, s, e)
        start_char, end_char = idx[s], ends[e - 1]
        fields = {
            "start": start_char,
            "end": end_char,
            "text": text[start_char:end_char],
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "disorder_type": disorder_type,
            "sentence_index": sentence_index[_bisect_right(starts, start_char) - 1],
            "lemma": lowers[s],
            "passive": pos == "verb" and _is_passive(tk, s, e),
            "key": key,
            "pos": pos,
            "strength": strength,
        }
        if set_fields is None:
            out.append(TriggerMention(**fields))
        else:
            # speed: what analysis.records.filled does, without its call and keyword dict
            mention = _new_object(TriggerMention)
            set_fields(mention, fields)
            out.append(mention)
    return out


#: The setter of a TriggerMention's ``__dict__`` (None: built by the constructor), as
#: :func:`analysis.records.filled` finds it: every field given in field order makes an object
#: equal to the constructor's (tests/coding/test_speed_dates_triggers.py checks it).
_MENTION_FIELDS = _dict_setter(TriggerMention)


_CLAUSE_END = frozenset(".;:!?")


def _preceded(lowers: list[str], start: int, preceded_by: tuple[frozenset[str], int]) -> bool:
    """One of the entry's ``preceded_by`` words among the ``within`` tokens before ``start``
    in its sentence ("Russian military instructors have arrived", "a contingent touched down");
    a two-word entry ("air force") ends on one of those tokens."""
    words, within = preceded_by
    for i in range(start - 1, max(-1, start - 1 - within), -1):
        low = lowers[i]
        if low in words or (i and lowers[i - 1] + " " + low in words):
            return True
        if low in _CLAUSE_END:
            return False
    return False


_HAVE = frozenset("have has had having".split())


def _passive_subject(lowers: list[str], start: int, words: frozenset[str]) -> bool:
    """One of ``words`` ends the subject of the passive verb at ``start``: among the three
    tokens before its form of *be* ("an aid worker was seized", "two Chinese workers had been
    grabbed", "the man, a German national, was seized") or before the participle itself ("a
    Swiss woman seized by gunmen"), or among the three before an appositive or relative clause
    set off by commas that ends just before the form of *be* ("the man, who works for an aid
    group, was seized"). Runs only where such an entry's verb matched."""
    i = start - 1
    while i >= 0 and (lowers[i] in _ADVERB_SKIP or lowers[i].endswith("ly")):
        i -= 1
    if i >= 0 and lowers[i] in _BE:
        i -= 1
        if i >= 0 and lowers[i] in _HAVE:
            i -= 1
    for j in range(i, max(-1, i - 3), -1):
        if lowers[j] in words:
            return True
        if lowers[j] in _CLAUSE_END:
            return False
    if i >= 0 and lowers[i] == ",":
        # an appositive or a relative clause between the subject and the verb: its opening comma
        for j in range(i - 1, max(-1, i - 25), -1):
            low = lowers[j]
            if low in _CLAUSE_END:
                return False
            if low == ",":
                return any(lowers[k] in words for k in range(j - 1, max(-1, j - 4), -1))
    return False


#: Words that may follow a place name that is the object of a ``followed_by_place`` verb
#: ("seized Ber on September 2", "took Boni from the army", "captured Anefis after heavy
#: fighting"); any other word makes the name a modifier or a person ("captured Boko Haram
#: fighters", "took Gao residents hostage", "it took Djibo three years").
_AFTER_PLACE = frozenset(
    "on in from after before at last earlier this that the following during without and or near "
    "with since again back briefly when while which where until as yesterday overnight early late "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _place_follows(tk: text_mod.Tokens, end: int) -> bool:
    """A gazetteer place name (not a country) in title case starts at token ``end`` and ends
    its noun phrase: punctuation, the end of the text or one of :data:`_AFTER_PLACE` comes
    after it ("seized Ber on September 2", "captured Tin-Zaouatene,"). An acronym ("FLA") or
    a possessive ("Niger's uranium") is none. Runs only where a ``followed_by_place`` verb
    matched."""
    lowers, text, idx, ends = tk.lower, tk.text, tk.idx, tk.end
    n = len(lowers)
    first = text[idx[end]:ends[end]] if end < n else ""
    if not first[:1].isupper() or first.isupper():
        return False
    gaz = gz.load()
    best = -1
    j = end
    while j < n and j - end < 2 * gaz.max_words:
        tok = text[idx[j]:ends[j]]
        if j > end and not (tok[:1].isupper() or tok in ("-", "–")):
            break
        if tok[:1].isupper():
            entries = gaz.by_key.get(gz.name_key(text[idx[end]:ends[j]]), ())
            if any(not gaz.entries[e].is_country for e in entries):
                best = j
        j += 1
    if best < 0:
        return False
    nxt = best + 1
    return nxt >= n or tk.is_punct[nxt] or lowers[nxt] in _AFTER_PLACE


def _longest(raw: list[tuple[int, int, int]], rank: dict[int, tuple[float, int]], n_tok: int) -> list[tuple[int, int, int]]:
    """The ``(start, end, key)`` matches kept by the longest-match rule, in text order.

    Longest match wins; among equals the stronger entry, then the earlier entry, then the
    earlier start, then the order found (word forms before phrases): :func:`_longest_plain`.

    Speed: most matches are one token long and the few longer ones (phrases, "suicide
    attack") are tried first by that rule, so only they go through it; a one-token match is
    then kept unless a kept longer match covers its token. Where one-token matches share a
    token (a form of two entries: "attacked") the rule keeps the first of them in its order,
    the best rank, then the first found, whatever else it keeps.
    """
    singles = [r for r in raw if r[1] - r[0] == 1]
    all_single = len(singles) == len(raw)
    if len({r[0] for r in singles}) != len(singles):
        best: dict[int, tuple[int, int, int]] = {}
        for r in singles:
            b = best.get(r[0])
            if b is None or rank[r[2]] < rank[b[2]]:
                best[r[0]] = r
        singles = list(best.values())
    if all_single:
        return sorted(singles)  # one match per token: every match is kept
    multi = [r for r in raw if r[1] - r[0] > 1]
    kept = multi
    if len(multi) > 1:
        by_start = sorted(multi)
        for a, b in zip(by_start, by_start[1:]):
            if b[0] < a[1]:  # two longer matches overlap: the plain rule picks among them
                kept = _longest_plain(multi, rank, n_tok)  # (in the order found: its tie-break)
                break
    taken: set[int] = set()
    for s, e, _ in kept:
        taken.update(range(s, e))
    kept += [r for r in singles if r[0] not in taken]
    kept.sort()
    return kept


def _longest_plain(raw: list[tuple[int, int, int]], rank: dict[int, tuple[float, int]], n_tok: int) -> list[tuple[int, int, int]]:
    """The longest-match rule as stated (see :func:`_longest`): matches in the order of the
    rule, each kept unless it overlaps one kept before. Plain tuples compared in C instead of
    a key function per match."""
    order = sorted([(s - e, rank[k], s, n, e, k) for n, (s, e, k) in enumerate(raw)])
    taken = bytearray(n_tok + 1)
    kept = []
    for _, _, s, _, e, k in order:
        if taken.find(1, s, e) >= 0:
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append((s, e, k))
    kept.sort()
    return kept


# ------------------------------------------------------------------------ type resolution

#: ACLED inter codes of armed organised actors (1 state forces, 2 rebels, 3 political
#: militias, 4 identity militias, 8 external/other forces) vs 5 rioters, 6 protesters,
#: 7 civilians.
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
STATE_INTER = frozenset({1, 8})

#: Territorial verbs that say the place had been lost to an enemy (never a mutiny) and is
#: taken back: with no agent in sight the state is the one taking it back (rule 2).
_RETAKE = frozenset(
    "retook retaking retaken retake retakes recaptured recapturing recapture liberated reclaimed regained regaining"
    " reconquered reconquering reconquer reconquers".split()
)
#: Territorial verbs of a place taken by force from someone holding it (never a mutiny), in
#: either direction: "militants overran an army post", "the army overran a rebel base".
_OVERRUN = frozenset("overran overrun overrunning".split())
#: Kill verbs that tell people killed (not "to kill", "threatened to kill"): with an abduction in
#: the clause they make it an attack even without a figure (rule 3).
_KILLED_TOLD = frozenset({"killing", "killed", "shot dead", "shooting dead", "gunned down", "gunning down",
                          "executed", "massacred", "massacring", "murdered", "murdering", "slaughtered",
                          "beheaded", "slain"})
#: Territorial verbs that tell a change of control only with an enemy in the clause (a fight
#: word or an offensive: "entered Arbinda after clashes", "secured the town after a week-long
#: offensive"); alone they tell a movement or a patrol ("a military convoy entered Diafarabe",
#: "soldiers entered the town"): no event, never a mutiny (rule 2).
NEEDS_ENEMY = frozenset("entered entering enters secured securing secures".split())
_ARMED_GROUPS = frozenset({2, 3})  # inter codes of rebels and political militias


@functools.lru_cache(maxsize=1)
def _capture() -> frozenset[str]:
    """Verbs whose one-word trigger takes a place name as its object (the lexicon's territorial
    ``followed_by_place`` entries: "seized Ber", "captured Anefis", "took Boni"): a named town
    taken from someone holding it, in either direction like :data:`_OVERRUN` (never a mutiny);
    the retake verbs among them ("regained Ber") keep their own reading."""
    return frozenset(v for e in load_lexicon().entries if e.followed_by_place and e.type == "territory"
                     for v in e.verbs) - _RETAKE - NEEDS_ENEMY


@functools.lru_cache(maxsize=1)
def place_object_words() -> frozenset[tuple[str, str]]:
    """``(type key, verb)`` of the one-word triggers that count only with a place as their object
    (``followed_by_place`` entries, less the verbs another entry of the type also has). Matching
    sees only a gazetteer name after the verb; whether that name is a place there (not "Moussa"
    or "Issa" in "police seized Moussa", names places.yaml lists as ``needs_cue``) is the place
    finder's call: :func:`analysis.coding.extract.code_articles` keeps such a trigger only
    when a place mention starts right after it."""
    entries = load_lexicon().entries
    other = {(e.type, v) for e in entries if not e.followed_by_place for v in e.verbs}
    return frozenset((e.type, v) for e in entries if e.followed_by_place for v in e.verbs) - other


#: Installations whose taking over by a state force, with no enemy in sight, is a handover
#: ("the army took over the Tessalit camp") rather than a mutiny (rule 2).
_INSTALLATIONS = frozenset("camp camps base bases garrison barracks airstrip airport".split())
#: Explosion words that name no device (rule 4: a specific means in the clause names the
#: event; these alone are Remote explosive/landmine/IED). First tokens of the lexicon's forms.
_BLAST = frozenset(
    "explosion explosions blast blasts detonation detonations blew blown blow blows blowing detonated "
    "detonating detonate exploded exploding explodes dynamited".split()
)


@functools.lru_cache(maxsize=1)
def device_verbs() -> frozenset[str]:
    """The finite verbs of a vehicle meeting a device ("a bus hit a mine", "the truck drove onto
    a mine", "struck an IED"): the first words of the lexicon's ``meets_device`` phrases, less
    the -ing forms and the participles in -en ("a bus driven by ...": never the verb of its
    subject) and the explosion words (:data:`_BLAST`: "a car exploded" met no device)."""
    return frozenset(
        w for e in load_lexicon().entries if e.meets_device for ph in e.phrases
        for w in _phrase_pattern(ph)[0][1] if not w.endswith(("ing", "en"))
    ) - _BLAST


#: Attack verbs that say only that something hit a target: with a remote means in the clause
#: they tell the means' impact ("shells hit the base"), not a ground attack (rule 4).
_IMPACT = frozenset("hit struck targeted targeting".split())
#: Last words of an attack trigger that name a military operation ("launched an offensive",
#: "carried out a sweep operation"): a state force's operation with no named target (rule 5).
_OPERATION = frozenset(
    "offensive offensives counter-offensive counteroffensive operation operations sweep sweeps".split()
)
#: Attack and destruction verbs that are a crowd's own violence when a demonstration's agent
#: is unknown ("hundreds of protesters ransacked the party's offices"); with protesters or
#: rioters named as the agent every violent verb counts (rule 1).
_CROWD_ACTS = frozenset("stormed storming".split())

#: Means a non-state agent fires or plants itself (rule 4: its killing of forces with them is
#: still remote violence, unless a ground-attack word says the place was assaulted).
FIRED_BY_AGENT = frozenset({"ied", "shelling", "grenade"})

#: First words of air-strike triggers that tell a strike by its verb, not its means ("accused
#: the army of striking a water well"): a non-state agent's striking is a ground attack (rule 4).
_STRIKE_WORDS = frozenset({"striking"})
_AIR_STRIKE = frozenset({"air_strike"})
_ATTACK = frozenset({"attack"})

#: First words of the lexicon's gunfire phrases ("shots rang out", "gunfire erupted", "heavy
#: gunfire was heard", "residents heard gunfire"): weak attack triggers that tell a sound, not
#: who fired on whom (rule 5: alone, with no target, victim or death, they tell no event).
_GUNFIRE = frozenset("shots gunshots gunfire shooting shot gunshot detonations heard hear hearing".split())


#: The lexicon's clash phrase of an attack suffered ("came|come|coming under fire|attack"): its
#: subject is the target (frames._suffered_at), so the attack is typed by that target (rule 5).
CAME_UNDER = ("came under", "come under", "coming under")
_CLASH = frozenset({"armed_clash"})


def _suffered_only(triggers: list[TriggerMention]) -> bool:
    """Every clash trigger is an attack suffered ("came under attack", "come under fire")."""
    return all(t.text.lower().startswith(CAME_UNDER) for t in triggers if t.key == "armed_clash")


def _gunfire_only(triggers: list[TriggerMention]) -> bool:
    """Every trigger is a weak gunfire phrase (:data:`_GUNFIRE`)."""
    return all(t.key == "attack" and t.strength < 1.0 and t.lemma in _GUNFIRE for t in triggers)


#: Order in which the means of an attack names the event (rule 4).
_REMOTE_ORDER = ("suicide_bomb", "ied", "air_strike", "shelling", "grenade")


@dataclass(frozen=True)
class Resolution:
    """The type a clause's triggers resolve to, and the trigger that names it."""

    key: str
    info: TypeInfo
    head: TriggerMention
    civilian_targeting: bool = False
    rule: str = ""


def _first_of(triggers: list[TriggerMention], *wanted: str) -> TriggerMention:
    """The first trigger whose key is one of ``wanted``."""
    for t in triggers:
        if t.key in wanted:
            return t
    raise StopIteration  # (as next() on an empty generator: callers ask only for present keys)




def _resolution(types: dict[str, TypeInfo], key: str, head: TriggerMention, rule: str, civ: bool = False) -> Resolution:
    """``Resolution(key, types[key], head, civ, rule)``; speed: the instance dict is given at
    once instead of through the frozen dataclass's per-field ``object.__setattr__`` (an equal
    object: same fields in the same order), directly rather than through ``records.filled``
    (its class lookup and keyword dict each call)."""
    res = _new_object(Resolution)
    _RESOLUTION_FIELDS(res, {"key": key, "info": types[key], "head": head, "civilian_targeting": civ, "rule": rule})
    return res


#: The setter of a Resolution's ``__dict__`` (see :func:`analysis.records.filled`).
_RESOLUTION_FIELDS = _dict_setter(Resolution)
assert _RESOLUTION_FIELDS is not None

# Key sets of resolve_type's rules (speed: built once, not as set literals per call).
_RIOT_KEYS = frozenset({"attack", "kill", "looting", "armed_clash"})
_DESTRUCTION_KEYS = frozenset({"looting", "attack", "kill"})
_HARM_KEYS = frozenset({"attack", "kill"})
_FIGHT_KEYS = frozenset({"attack", "armed_clash", "kill"})
_ASSAULT_KEYS = frozenset({"attack", "armed_clash"})
_EVENT_KEYS = frozenset({"armed_clash", "attack", "kill", "abduction"})


def _attack_head(triggers: list[TriggerMention]) -> TriggerMention:
    """The trigger that names an attack or clash (rule 5): the first full-strength "clash" or
    "attack", else the first violent or remote trigger, else the first trigger."""
    for t in triggers:
        if t.key in ("armed_clash", "attack") and t.strength >= 1.0:
            return t
    for t in triggers:
        if t.key in _EVENT_KEYS or t.key in REMOTE:
            return t
    return triggers[0]


def _crowd_violence(triggers: list[TriggerMention], agent_inter: int | None) -> bool:
    """Rule 1: the demonstrators' own violence (ACLED Riots/Violent demonstration): protesters
    or rioters as the agent of an active violent verb ("protesters stormed the embassy and set
    fire to its gate"), or, with the agent unknown, an active destruction verb or "stormed"
    ("hundreds of protesters ransacked the offices"). Protesters as the victims (passive, or a
    force as the agent) are left to the intervention rules."""
    if agent_inter is not None and agent_inter not in (5, 6):
        return False
    for t in triggers:
        if t.pos != "verb" or t.passive:
            continue
        if agent_inter is not None and t.key in _RIOT_KEYS:
            return True
        if t.key == "looting" or (t.key == "attack" and t.lemma in _CROWD_ACTS):
            return True
    return False


#: A protest trigger that is itself the dispersal of a crowd ("police dispersed the crowd"):
#: a protest with intervention (rule 1).
_DISPERSAL = frozenset("dispersed disperse dispersing".split())

#: Last words of the violent-demonstration phrases that tell a street blocked with barricades
#: or burning tyres (rule 1: a crowd's act, but not when an armed force is the agent).
_STREET_BLOCKS = frozenset("barricade barricades tyres tires tyre tire".split())


def _street_block(t: TriggerMention) -> bool:
    """A violent-demonstration trigger that tells barricades or burning tyres."""
    words = t.text.lower().split()
    return bool(words) and words[-1] in _STREET_BLOCKS


def _takes_over_installation(head: TriggerMention) -> bool:
    """"took over the Tessalit camp", "taken over the former UN base": a territorial phrase
    that takes over an installation (rule 2: a state force doing so with no enemy is a handover)."""
    words = head.text.lower().split()
    return len(words) > 2 and words[1] == "over" and words[-1] in _INSTALLATIONS


#: Armed people: a taking of them in a battle is part of the battle ("kidnapping two soldiers").
_ARMED_TAKEN = frozenset("soldiers soldier troops gendarmes gendarme policemen policeman officers officer "
                         "militiamen fighters vdp".split())
_TAKEN_REACH = 8  # words after an abduction trigger that may name who was taken
_TAKEN_WORD = re.compile(r"[\w'’-]+|[,;:.!?()]")


@functools.lru_cache(maxsize=1)
def _taken_people() -> frozenset[str]:
    lists = load_lexicon().word_lists
    return frozenset(w.lower() for name in ("people", "person") for w in lists.get(name, ()))


def civilians_taken(text: str, t: TriggerMention) -> bool:
    """People who are no armed force are the object of the abduction trigger ``t``: a people
    or person word of the lexicon (``word_lists``) among the few words after it, before the
    clause ends, and no armed people word ("abducting several drivers", "took away nine truck
    drivers", "kidnapped two teachers"; not "kidnapping two soldiers", "abducted two VDP
    volunteers", "took away their weapons"). Asked by extract for a battle that took people."""
    people = _taken_people()
    seen = False
    for i, m in enumerate(_TAKEN_WORD.finditer(text, t.end, min(len(text), t.end + 80))):
        w = m.group().lower()
        if i >= _TAKEN_REACH or w in ",;:.!?()":
            break
        if w in _ARMED_TAKEN:
            return False
        seen = seen or w in people
    return seen


def _operation(triggers: list[TriggerMention]) -> bool:
    """An attack trigger naming a military operation ("launched a major offensive", "carried
    out a sweep operation", "the offensive")."""
    for t in triggers:
        if t.key == "attack":
            words = t.text.lower().split()
            if words and words[-1] in _OPERATION:
                return True
    return False


def resolve_type(
    triggers: list[TriggerMention],
    *,
    agent_inter: int | None = None,
    target_inter: int | None = None,
    armed_target_word: bool = False,
    civilian_victims: bool = False,
    armed_victims: bool = False,
    deaths: bool = False,
    enemy_present: bool = False,
    leader_held: bool = False,
) -> Resolution | None:
    """Type one event from the triggers of one family in one clause (module rules 1-8).

    ``agent_inter``/``target_inter`` are the inter codes of actor1/actor2 when known;
    ``armed_target_word`` says the clause names an armed target (troops, post, patrol);
    ``civilian_victims`` that the victims are civilians; ``armed_victims`` that members of an
    armed force or group are among the clause's victims ("killing 12 soldiers and three
    civilians": civilian victims then make no attack on civilians, they add to the battle's
    toll); ``deaths`` that people were killed;
    ``enemy_present`` that an actor opposed to the agent is in sight (territorial rule);
    ``leader_held`` that an arrest trigger holds a leader in the same clause.
    """
    if not triggers:
        return None
    types = load_lexicon().types
    # (speed: most clauses hold one trigger, a one-key set then)
    keys = {triggers[0].key} if len(triggers) == 1 else {t.key for t in triggers}
    if "air_strike" in keys and agent_inter is not None and agent_inter not in STATE_INTER and all(
            t.lemma in _STRIKE_WORDS for t in triggers if t.key == "air_strike"):
        # rule 4: "JNIM fighters striking an army camp": a non-state agent strikes on the ground
        keys = (keys - _AIR_STRIKE) | _ATTACK
    if "armed_clash" in keys and (civilian_victims or target_inter == 7) and not armed_victims \
            and target_inter not in ARMED_INTER and not armed_target_word and _suffered_only(triggers):
        # rule 5: "the village came under attack", "worshippers came under fire": an attack
        # suffered by its subject is typed by that target like any attack (a clash only when
        # the subject is armed: "a patrol came under fire")
        keys = (keys - _CLASH) | _ATTACK
    # speed: module-level helpers (_first_of, _resolution) instead of two closures made per
    # call; a Resolution is built without the frozen dataclass's per-field __setattr__

    # 1. demonstrations
    if not PROTEST.isdisjoint(keys):  # (speed: no intersection set built)
        if "violent_demonstration" in keys and agent_inter in ARMED_INTER and all(
                _street_block(t) for t in triggers if t.key == "violent_demonstration"):
            # "soldiers erected barricades around the palace": a force's roadblock, no crowd's
            # (with no other protest word left, the other triggers are typed by the one
            # recursion below)
            triggers = [t for t in triggers if t.key != "violent_demonstration"]
            keys = {t.key for t in triggers}
        base = [t for t in triggers if t.key in PROTEST]
        if "violent_demonstration" in keys:
            return _resolution(types, "violent_demonstration", _first_of(triggers, "violent_demonstration"), "riot")
        if "mob_violence" in keys:
            return _resolution(types, "mob_violence", _first_of(triggers, "mob_violence"), "mob", True)
        if "peaceful_protest" in keys:
            head = _first_of(triggers, "peaceful_protest")
            if _crowd_violence(triggers, agent_inter):
                return _resolution(types, "violent_demonstration", head, "protesters' own violence")
            if deaths and "kill" in keys:
                return _resolution(types, "excessive_force", head, "protesters killed")
            if "protest_intervention" in keys or "arrests" in keys or head.lemma in _DISPERSAL:
                return _resolution(types, "protest_intervention", head, "protest dispersed or protesters arrested")
            return _resolution(types, "peaceful_protest", head, "protest")
        if "gathering" in keys:
            # "dozens of his supporters gathered outside the camp before security forces dispersed
            # them with tear gas": a crowd met by force; a crowd alone tells no demonstration
            if "protest_intervention" in keys or "arrests" in keys:
                return _resolution(types, "protest_intervention", _first_of(triggers, "gathering"), "crowd gathered, met by force")
            triggers = [t for t in triggers if t.key != "gathering"]
            if not triggers:
                return None
            keys = {t.key for t in triggers}
            base = [t for t in triggers if t.key in PROTEST]
        if "protest_intervention" in keys and "looting" in keys and _crowd_violence(
                triggers, None if agent_inter == 7 else agent_inter):
            # "angry youths torched a petrol station before police dispersed them with tear gas",
            # "residents ransacked the town hall before police fired tear gas": a crowd's
            # destruction (its agent unknown, civilians, protesters or rioters) that forces had
            # to disperse is a violent demonstration (ACLED Riots), not looting
            return _resolution(types, "violent_demonstration", _first_of(triggers, "looting"), "crowd's destruction dispersed")
        return None if len(base) == len(triggers) else resolve_type(
            [t for t in triggers if t.key not in PROTEST],
            agent_inter=agent_inter, target_inter=target_inter, armed_target_word=armed_target_word,
            civilian_victims=civilian_victims, armed_victims=armed_victims, deaths=deaths, enemy_present=enemy_present,
            leader_held=leader_held,
        )
    if keys <= STRATEGIC:
        # "arrested in mutiny": the arrest is the event; a coup word only names the context
        order = ("arrests", "transfer", "base_established", "agreement", "disrupted_weapons", "other", "change_group")
        for key in order:
            if key in keys:
                if key == "disrupted_weapons" and agent_inter is not None and agent_inter not in STATE_INTER:
                    # "JNIM said it killed 23 soldiers and seized a weapons cache": weapons a
                    # group takes in its raid are part of the raid, no disruption of weapons use
                    continue
                if key == "disrupted_weapons" and deaths and armed_victims:
                    # "dismantled a terrorist base on Jan. 9, killing several terrorists and
                    # recovering weapons": fighters killed in the clause make it a fight (the
                    # clause's violence is the event); what was seized or destroyed is part of it
                    continue
                if key == "base_established" and agent_inter in STATE_INTER:
                    # "the AES force's headquarters was inaugurated in Niamey": ACLED's
                    # Headquarters or base established is a non-state group's; a state or
                    # intergovernmental force's new base is a change to its activity
                    return _resolution(types, "change_group", _first_of(triggers, key), "state force's base")
                return _resolution(types, key, _first_of(triggers, key), "strategic")
    # civilian victims make an attack on civilians only when no armed victim is among them
    # (ACLED: civilians killed in a battle add to its toll)
    civ_only = civilian_victims and not armed_victims
    armed_target = (target_inter in ARMED_INTER) or armed_victims or (armed_target_word and not civilian_victims)
    state_agent = agent_inter in STATE_INTER
    if agent_inter == 5 and not _RIOT_KEYS.isdisjoint(keys):
        # rioters' violence and destruction is a riot (ACLED Riots/Violent demonstration)
        return _resolution(types, "violent_demonstration", triggers[0], "rioters")
    # 2. territory
    for key in ("gov_regains", "nsa_overtakes"):
        if key in keys:
            return _resolution(types, key, _first_of(triggers, key), "territory (explicit)")
    if "territory" in keys:
        head = _first_of(triggers, "territory")
        retake, overrun = head.lemma in _RETAKE, head.lemma in _OVERRUN
        if not overrun and head.end - head.start == len(head.lemma) and head.lemma in _capture():
            overrun = True  # "seized Ber" (one word: the place is the object, see _capture)
        held_by_enemy = enemy_present  # (the caller's: an opponent of the agent is in sight)
        if head.lemma in NEEDS_ENEMY and all(t.lemma in NEEDS_ENEMY for t in triggers if t.key == "territory"):
            if _FIGHT_KEYS.isdisjoint(keys) and target_inter not in _ARMED_GROUPS:
                # "a military convoy entered Diafarabe", "soldiers entered the town": a movement
                rest = [t for t in triggers if t.key != "territory"]
                return resolve_type(rest, agent_inter=agent_inter, target_inter=target_inter,
                                    armed_target_word=armed_target_word, civilian_victims=civilian_victims,
                                    armed_victims=armed_victims, deaths=deaths, enemy_present=enemy_present,
                                    leader_held=leader_held) if rest else None
            # "entered Arbinda after clashes", "secured the town after an offensive against
            # terrorist groups" (an armed group the clause's target; "a convoy with armed men
            # entered Diafarabe" names none)
            enemy_present = True
        if retake or overrun or "armed_clash" in keys:
            # "retook", "overran": the place was held by someone else; so was a place entered or
            # taken "after fighting", "after heavy clashes" (a fight has an enemy: no mutiny)
            enemy_present = True
        if state_agent and leader_held:
            return _resolution(types, "arrests", head, "leader held while seizing a place")
        if state_agent and not enemy_present:
            if target_inter == 8 or _takes_over_installation(head):
                # "soldiers took control of the camp after UN peacekeepers pulled out", "the army
                # took over the Tessalit camp": a base handed over, not a mutiny
                return _resolution(types, "transfer", head, "state force taking over a base without an enemy: handover")
            return _resolution(types, "other", head, "state force seizing a place without an enemy: mutiny/coup")
        if state_agent:
            return _resolution(types, "gov_regains", head, "territory, state agent")
        if agent_inter is not None:
            return _resolution(types, "nsa_overtakes", head, "territory, non-state agent")
        if retake:
            # "its units had regained control ... after intense combat", "since they retook
            # Kidal": taking back is the state's unless the place is taken from the state
            if target_inter in STATE_INTER:
                return _resolution(types, "nsa_overtakes", head, "retaken from the state, agent unknown")
            return _resolution(types, "gov_regains", head, "retake verb, agent unknown")
        if overrun or armed_target or not _FIGHT_KEYS.isdisjoint(keys):
            # "the group briefly overran Diapaga", "seized the town after fighting"
            return _resolution(types, "nsa_overtakes", head, "territory taken by force, agent unknown")
        return _resolution(types, "gov_regains" if held_by_enemy and target_inter not in STATE_INTER else "nsa_overtakes",
                           head, "territory, agent unknown")
    # rule 6, checked early: property destruction with nobody harmed
    if "looting" in keys and keys <= _DESTRUCTION_KEYS and not deaths and target_inter is None and not armed_target and not civilian_victims and "kill" not in keys:
        return _resolution(types, "looting", _first_of(triggers, "looting"), "property destruction, no one harmed")
    # 3. abduction (an assault on an armed target that took people is a battle: "ambushed an
    # army-escorted convoy ..., abducting several drivers", "attacked a patrol, kidnapping two
    # soldiers"; the civilians taken are an event of their own, extract._split_abductions)
    if "abduction" in keys and not deaths and "kill" in keys and any(
            t.key == "kill" and t.text.lower() in _KILLED_TOLD for t in triggers):
        # "killing drivers and abducting others", "shot dead some passengers and kidnapped the
        # rest": people killed, told without a figure, are deaths all the same (ACLED: the
        # killings make the event an attack)
        deaths = True
    if "abduction" in keys and not deaths and not (armed_target and not _ASSAULT_KEYS.isdisjoint(keys)):
        return _resolution(types, "abduction", _first_of(triggers, "abduction"), "abduction without deaths", not armed_target or civ_only)
    if "sexual_violence" in keys:
        return _resolution(types, "sexual_violence", _first_of(triggers, "sexual_violence"), "sexual violence", True)
    # 4. remote violence vs battle
    remote = [k for k in _REMOTE_ORDER if k in keys] if not REMOTE.isdisjoint(keys) else []  # (speed: most have none)
    if len(remote) > 1 and remote[0] == "ied" and all(t.lemma in _BLAST for t in triggers if t.key == "ied"):
        remote.pop(0)  # "the suicide bomber's blast", "an air strike caused an explosion": the means names it
    battle_words = "armed_clash" in keys
    # a non-state agent attacking armed forces: a battle. When the means is one the agent fires
    # or plants itself (shells, rockets, a device, a grenade) only a ground-attack word does
    # that ("shelled the camp, killing two soldiers" stays shelling, "stormed the camp after
    # shelling it" is a battle), not a consequence word nor a word of impact ("shells hit the
    # base"). A non-state agent killing forces in a clause with an air or drone strike is
    # fighting, the strikes are the state's answer ("witnessed air attacks ... when the rebels
    # claimed to have killed soldiers"); and a suicide attacker comes to the place: car bombs
    # "used to breach the military camp, killing dozens of soldiers" open a ground assault
    # (ACLED: a complex attack is a battle): there the killing of forces still makes a battle
    nonstate_on_forces = (
        agent_inter is not None and agent_inter not in STATE_INTER and armed_target and (
            any(t.key == "attack" and t.lemma not in _IMPACT for t in triggers)
            if remote and remote[0] in FIRED_BY_AGENT else not _HARM_KEYS.isdisjoint(keys))
    )
    if remote and not battle_words and not nonstate_on_forces:
        key = remote[0]
        civ = civ_only or (target_inter == 7 and not armed_victims)
        return _resolution(types, key, _first_of(triggers, key), "means names the event", civ)
    # 5. attack vs clash
    if not _EVENT_KEYS.isdisjoint(keys) or remote:
        if not (deaths or armed_target or civilian_victims or target_inter is not None) and _gunfire_only(triggers):
            # "gunfire was heard in the capital", "shots rang out in Kati": a sound with no
            # target, victim or death names no attack (a coup's or a celebration's gunfire)
            return None
        head = _attack_head(triggers)
        if battle_words or armed_target or nonstate_on_forces:
            return _resolution(types, "armed_clash", head, "armed organised target")
        if "abduction" in keys and not deaths:
            return _resolution(types, "abduction", _first_of(triggers, "abduction"), "abduction", True)
        if state_agent and target_inter is None and not civilian_victims and _operation(triggers):
            # "the army launched an offensive in the Soum province": a state force's operation
            # is fought against armed groups, named or not (ACLED: Battles vs an unidentified
            # armed group), never an attack on civilians unless civilians are its victims
            return _resolution(types, "armed_clash", head, "state operation, no named target")
        return _resolution(types, "attack", head, "attack on civilians", True)
    # 6. looting alone
    if "looting" in keys:
        return _resolution(types, "looting", _first_of(triggers, "looting"), "property destruction")
    return None
