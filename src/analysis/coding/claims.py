"""Casualty claims: every figure of an article tied to who states it, and the toll rule.

A claim is a number (:func:`analysis.coding.text.find_quantities`), the group it counts, what
happened to them and who says so. The lexicon is ``data/reference/claims.yaml``; actors come
from :func:`analysis.coding.actors.find_actors`. No Sahel name is known here.

Rules, as news writes tolls:

* **The number and its noun**: the victim group is the noun the number counts, up to a few
  words after it ("ten Malian soldiers", "42 of its troops"); a number followed by another
  noun ("five pick-up trucks", "1,500 troops ... deployed" without a casualty word) is no claim.
  "15 troops and three civilians" are two claims; "21 people, including 11 children": the
  children are a subset and are not a claim of their own. "Others" / no noun takes the group of
  the previous figure in the sentence ("three peacekeepers were killed and five others
  wounded"), else the victim noun told before it ("a soldier was killed and two others
  wounded"), else ``people``. "We lost six men" counts the speaker's own side, "the army lost 11
  men" the side of the actor before "lost", "ten of its men" / "dozens of its fighters" the side
  of the actor named last before the figure (not the agent of the killing: "gunmen killed 12 of
  their men"; else the actor who speaks). "N members of <a body>" counts the body's group, its
  most specific word deciding ("34 members of the army's civilian auxiliary force": VDP; "15
  members of a self-defence militia": militiamen; lexicon ``member_groups``, or a named force's
  actor kind). A figure without its own noun after "the toll among <group>" counts that group
  ("put the toll among the soldiers at ten dead"). A figure without a noun after "and" or ","
  whose verb is left out, followed by a preposition of place or time its previous figure's clause
  holds too, repeats that clause ("29 people were killed in Gomboro and 19 in Kassan":
  :func:`_gapped`). A victim word that is as often an adjective ("military", "civilian", "Fulani")
  before another noun that is no person counts nothing ("several military positions").
* **One victim told with "a"/"an"** counts 1 (:func:`_lone_victims`): as the subject of its toll
  ("a soldier was killed"), or, when its noun phrase ends there, as the object of a casualty verb
  ("killing a child"), coordinated with a victim noun before it ("two soldiers and a civilian",
  "as well as a child") or with a figure after it ("a soldier and two civilians were killed").
* **Nationals**: a warring state's nationals ("several Malians", "dozens of Burkinabe") are
  that state's forces when an armed group claims to have killed or wounded them (communiqués
  count enemy losses by nationality; "Russians" -> Wagner / Africa Corps), and civilians
  otherwise (a state or a witness speaking, abductions, a civilian word close by). Nationals of
  a country without forces in the actor dictionary ("three Chinese") are civilians.
* **What happened**: a cue after the noun ("were killed", "dead", "missing") or before the
  number in the same clause ("killed 15", "a death toll of 17", "the bodies of 28"); a figure
  coordinated with the previous one ("killed 15 troops and three civilians") shares its cue,
  also after a noun coordinator that follows its noun or its predicate ("killing 11 soldiers as
  well as four VDP", "40 soldiers were killed as well as ten civilians", "twelve soldiers died,
  along with three civilians"; not "while" or "and" + a clause: "... and 20 civilians fled");
  a predicate after "and" belongs to the next object ("killed 12 villagers and wounded others":
  the 12 were killed; "killing two soldiers and a civilian and wounding 11": the verb before the
  first figure governs both coordinated ones).
  "Dead and missing", "killed or wounded", "casualties", a "toll" that "encompasses injured and
  missing" give ``combined``. Communiqués' own-side euphemisms are deaths ("fell with their
  weapons in hand", "fell on the field of honour", "paid the ultimate price").
  A figure whose predicate after its noun is a fate that is no casualty (lexicon
  ``other_fates``: "displaced", "fled", "homeless", "in need of aid"), told before any cue, is
  no claim, even after a cue before it across "and" ("thousands have been killed and more than
  two million people displaced"); the object of a casualty verb stays one ("killed 20 civilians
  fleeing the village"), as does a noun with a relative clause ("12 people who had fled").
* **Who says so**: the speaker of a reporting verb (before it, "the army said"; after it,
  "said the mayor"; after "by" in the passive, "it was estimated by analysts"), "according to
  X", or a headline's trailing ": X". A trailing attribution (", X said." / ", according to
  X.") covers the whole sentence; otherwise the nearest cue before the number, else after it.
  Pronouns continue the previous speaker ("he added"), or the speaker told before them in their
  own sentence ("JNIM claimed the attack ..., saying it had killed 150"), and so does a claimant phrase after
  "same", "this", "these" ("according to the same source"; the phrase's own claimant when nobody
  spoke before). An agency named after a contact participle is no speaker: it reached the one
  before it ("a local source reached by AFP", "a resident who spoke to Reuters"). "The
  statement", "the communique" continue its author: the last earlier speaker who is no medium
  (state television reading "a communique", an agency relaying it), else the previous speaker.
  A ministry or minister speaks for its state's government: the state told
  with it ("the Nigerien Ministry of ...", "Niger's defence ministry"), else the government, then
  the state force, named last before it in the article, else the first named after it.
  A sentence without attribution between two sentences attributed to one speaker, the second
  going on ("the statement added", "he continued"), is that speaker's account too.
  A figure in a sentence without attribution is the outlet's own reporting
  (``reported``): news attributes every figure it does not vouch for.
* **Kind**: an actor's kind decides (state forces, governments, the UN -> ``official``; armed
  groups -> ``claimed``, including their claims about enemy losses); non-actor claimants come
  from the lexicon (local officials ``official``, NGOs and analysts ``estimated``, residents
  and agencies ``reported``).
* **Revisions**: a figure introduced as "initial", "first", "preliminary" is superseded by a
  later figure of the same claimant given as an update ("updated to", "rose to", "a total of";
  the lexicon's update words include its revision verbs and adjectives, listed once).
  A revised toll ("the toll later rose to 11", "has climbed to 20", "according to a new toll
  ..., 11") supersedes the figures of its class told up to three sentences before it, whoever
  gave them: of its victim group, or of any group when it counts ``people``.
* **Long victim phrases**: the cue after a figure is looked for past a coordinated victim noun
  with its complement ("12 soldiers and members of the Volunteers for the Defence of the
  Homeland (VDP) were killed") and past a relative clause on the noun ("who were escorting the
  trucks"), whose own verbs are not the figure's predicate, and past an apposition set off by
  commas ("nine members of the VDP, the civilian auxiliary force that fights alongside the army,
  had been killed"). A speaker may stand before such an apposition ("Kisal, a rights group that
  documents abuses, said"). A quotation running on into the next sentence is attributed where it
  closes ('"We buried 21 people. There were no armed men," he told AP'). Quotation marks around a
  figure ('12 soldiers and "several" Russian fighters') do not break its coordination. A
  statement quoted at length ("According to the communique:" and paragraphs in quotes) is its
  speaker's in every sentence of the quotation without an attribution of its own: the speaker of
  the sentence that opens it, else of the sentence before it ending in ":".
* **Not speakers**: a reporting verb after a determiner is an adjective ("an estimated 500": in
  the outlet's own voice, the outlet's estimate, kind ``estimated``); the object of "blamed
  (on)" is the accused, and a passive "was blamed on X" names no speaker. An association
  speaks under the proper name set beside it ("Tabital Pulaaku, the main Fulani cultural
  association, put the toll at 17").

:func:`fatality_range` is the one place of the toll rule (see its docstring);
:func:`split_toll` splits a toll given for several places.

Speed (the coder runs on every article): one regex scan of the lower-cased article (as bytes,
one per character) finds the sentences with a whole cue or toll phrase (:func:`_cue_sentences`);
only those are searched for numbers, with one :func:`~analysis.coding.text.find_quantities`
call each, and only those with a number, or an "a"/"an" that may tell a lone victim, are
tokenised. A sentence is tokenised, and its possible speakers found, at most once per article,
whether it holds figures or is the antecedent of a pronoun. Phrase look-ups
(:class:`_PhraseIndex`) visit only the tokens where a phrase can start and try one dictionary
look-up per phrase length; what depends only on the lexicons (speakers of actors and
claimants, the cue pattern, the demonyms) is built once. A sentence with no word that can
start an attribution and no ":" is not searched for one; claim records are filled directly (no
frozen ``__init__``); :func:`fatality_range`, run for every event, makes one dict per claimant
and one pass over its groups. Work grows with a sentence's length, not its square: a sentence
may name an actor thousands of times, or hold as many figures and cues (a hostile or garbled
page), so no step compares each mention, pronoun, cue word or figure with all the candidates,
cues, figures or mentions of the sentence; past a few (``_FEW``) these are found by bisection in
sorted indexes built once per sentence (:func:`_actor_cands`, :func:`_cand_finders`,
:func:`_picker`, :class:`_Mentions`, :func:`_supersede_many`), with the same answers. A
ministry's state is found by bisection in the article's state mentions, sorted once at the first
ministry; the tests that join a lone victim or a figure to its neighbours look at a bounded
number of tokens around it (:func:`_lone_joined`, :func:`_coordinated`).
"""

from __future__ import annotations

import bisect
import operator
import re
from itertools import accumulate, compress, islice, product
from operator import attrgetter
from dataclasses import dataclass, field as dataclasses_field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable


from analysis import paths, yamlfile
from analysis.coding import actors as actors_mod
from analysis.coding import text as text_mod
from analysis.errors import InputError
from analysis.records import ActorMention, CasualtyClaim, Quantity, Sentence, filled

CLAIMS_FILE = paths.REFERENCE / "claims.yaml"
THE_OUTLET = "the outlet"
KINDS = ("official", "claimed", "estimated", "reported")
CLASSES = ("killed", "wounded", "missing", "combined")

# How an actor's kind (actors.yaml) makes its statements a claim kind.
ACTOR_KIND_CLAIM = {
    "state_force": "official",
    "government": "official",
    "international": "official",
    "mission": "official",
    "pmc": "claimed",
    "jihadist": "claimed",
    "separatist": "claimed",
    "militia": "claimed",
    "progov_militia": "claimed",
    "unidentified": "claimed",
    "civilians": "reported",
    "protesters": "reported",
    "rioters": "reported",
}
_STATE_KINDS = ("state_force", "government")
# Actor kinds that are counted, not quoted (residents who speak are in the claimant lexicon).
_NOT_SPEAKERS = frozenset({"civilians", "protesters", "rioters"})
# Victim groups that are totals of several sides (a "people" figure is not added to the specific ones).
GENERIC_VICTIMS = frozenset({"people"})

_TOK = re.compile(r"[^\W_]+|[^\w\s]")
_START = attrgetter("start")
_CUE_A = attrgetter("a")
_WORD = re.compile(r"[^\W_]+")
_QUOTES = frozenset("\"'“”‘’«»")
_CLAUSE_PUNCT = frozenset(",;:()[]")
_CLOSING_QUOTES = frozenset(("”", "\"", "»"))
_STOP_PUNCT = frozenset(";:()[]")


def _toks(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _TOK.findall(phrase))


# ------------------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class _Claimant:
    label: str
    kind: str
    use_text: bool = False
    state: bool = False  # the government of the state told with it or named before it ("the ministry")
    named: bool = False  # labelled with the proper name set beside it ("Tabital Pulaaku, the ... association")


_NO_PHRASE = object()


class _PhraseIndex:
    """Token-tuple phrases -> payload, longest match first."""

    def __init__(self) -> None:
        self.table: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.maxlen = 1
        # first word -> [(length, {phrase: payload})], longest first: match() tries one dict
        # lookup per phrase length instead of comparing every phrase of the first word's bucket
        # (speed: "the" starts over a dozen pronoun phrases)
        self._probe: dict[str, list[tuple[int, dict[tuple[str, ...], Any]]]] = {}
        # first word -> the second words of its phrases, for a first word without a one-word
        # phrase: "the" (a dozen phrases) is rejected by one set look-up at most places
        self._second: dict[str, frozenset[str]] = {}
        # the first words (``table``'s keys) as a frozenset: "does the sentence hold a first
        # word" is then a set-to-set test (speed: dict_keys.isdisjoint goes through the generic
        # iterator and containment protocols, about twice as slow)
        self.firsts: frozenset[str] = frozenset()

    def add(self, phrase: str | tuple[str, ...], payload: Any) -> None:
        key = phrase if isinstance(phrase, tuple) else _toks(phrase)
        if not key:
            return
        bucket = self.table.setdefault(key[0], [])
        if any(k == key for k, _ in bucket):
            return
        self.firsts = self.firsts | {key[0]}
        bucket.append((key, payload))
        bucket.sort(key=lambda kp: -len(kp[0]))
        self.maxlen = max(self.maxlen, len(key))
        by_len = dict(self._probe.get(key[0], ()))
        by_len.setdefault(len(key), {})[key] = payload
        self._probe[key[0]] = sorted(by_len.items(), key=lambda lp: -lp[0])
        if 1 in by_len:
            self._second.pop(key[0], None)
        else:
            self._second[key[0]] = frozenset(k[1] for k, _ in bucket)

    def starts(self, low: list[str], among: Iterable[int] | None = None) -> list[int]:
        """Token indices of ``low`` where a phrase may start: its first word, and its second word
        when every phrase of that first word has one (a superset of where :meth:`match` hits).

        ``among``, if given, is a superset of the indices whose word starts a phrase, in order
        (e.g. the hits of a pass for the first words of several indexes): only those are tried.

        Speed: one C-level pass for the first words, then a set look-up, so that the many "the"
        of a sentence cost no call of :meth:`match`.
        """
        second = self._second
        n = len(low)
        out = []
        table = self.table
        for i in [i for i, w in enumerate(low) if w in table] if among is None else [i for i in among if low[i] in table]:
            sec = second.get(low[i])
            if sec is None or (i + 1 < n and low[i + 1] in sec):
                out.append(i)
        return out

    def match(self, low: list[str], i: int) -> tuple[int, Any] | None:
        """``(end, payload)`` of the longest phrase starting at token ``i`` of ``low``, else None."""
        w = low[i]
        probe = self._probe.get(w)
        if probe is None:
            return None
        second = self._second.get(w)
        if second is not None and (i + 1 >= len(low) or low[i + 1] not in second):
            return None  # every phrase of w has a second word, and none is this one
        for k, phrases in probe:
            # two phrases of one length that both match are the same phrase: one lookup per length
            payload = phrases.get(tuple(low[i : i + k]), _NO_PHRASE)
            if payload is not _NO_PHRASE:
                return i + k, payload
        return None


@dataclass
class ClaimsLexicon:
    claimants: _PhraseIndex
    pronouns: _PhraseIndex
    verbs: frozenset[str]
    according: _PhraseIndex
    negations: frozenset[str]
    victims: _PhraseIndex  # payload: group name (or "inherit")
    lookahead: int
    demonym_suffixes: tuple[str, ...]
    cues: _PhraseIndex  # payload: class
    bridge: frozenset[str]
    tolls: _PhraseIndex
    toll_reach: int
    subset: _PhraseIndex
    no_noun: frozenset[str]
    initial: frozenset[str]
    update: _PhraseIndex
    statement_nouns: frozenset[str]
    cue_words: frozenset[str]  # the first word of each cue or toll noun: a sentence without one has no claim
    # every cue and toll phrase (token tuples): a sentence without one has no claim either
    cue_phrases: frozenset[tuple[str, ...]] = frozenset()
    # tokens where an attribution can start (an "according to" phrase's first word, a statement
    # noun, a reporting verb): _cues visits only these
    cue_triggers: frozenset[str] = frozenset()
    # the first words of claimant and pronoun phrases: _candidates finds both in one pass
    speaker_firsts: frozenset[str] = frozenset()
    # the patterns finding the cues in a lower-cased text (see _cue_regex)
    cue_rx: tuple[re.Pattern | None, re.Pattern, re.Pattern] = (None, re.compile("(?!)"), re.compile("(?!)"))
    # claimants that relay others' statements (lower-cased labels and phrases): "the statement"
    # does not point back to them
    media: frozenset[str] = frozenset()
    # verbs after which "a"/"an" + a victim noun is their object ("killing a child")
    object_verbs: frozenset[str] = frozenset()
    # the last words of victim nouns (not "others"): "two soldiers and a civilian"
    victim_last: frozenset[str] = frozenset()
    # "as well as", "along with": a figure after one shares the previous figure's cue
    noun_coordinators: frozenset[tuple[str, ...]] = frozenset()
    # a sentence without a number holds a lone victim only if this finds something (see
    # _lone_parts): (patterns, sep pattern or None, nouns)
    lone_parts: tuple = ((re.compile("(?!)"),), None, ())
    # a revised toll: an adjective before a toll noun ("a new toll", "the revised death toll") or
    # a verb before "to" + the figure ("rose to 11", "raised the toll to 11")
    revision_adjectives: frozenset[str] = frozenset()
    revision_verbs: frozenset[str] = frozenset()
    # "N members of <a body>": the body's words -> (rank, victim group), the lowest rank winning
    member_groups: _PhraseIndex = dataclasses_field(default_factory=_PhraseIndex)
    member_rank: dict[str, int] = dataclasses_field(default_factory=dict)
    # a fate that is no casualty ("displaced", "fled", "in need"): a figure whose predicate it is
    # counts no dead or wounded (_other_fate)
    other_fates: _PhraseIndex = dataclasses_field(default_factory=_PhraseIndex)
    # victim words that are adjectives before another noun ("military positions"), and the person
    # nouns after them that keep them victims ("military officials"): see _modifies
    modifiers: frozenset[str] = frozenset()
    modifier_people: frozenset[str] = frozenset()


def _words(data: dict, key: str, path: Path) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(path, f"'{key}' must be a list of non-empty strings")
    return value


def _spellings(entry: str) -> list[str]:
    """The phrases a lexicon entry spells (the ``cues`` lists, see the header of claims.yaml): each
    word "a|b" is either word, "(w)" the word or none ("fell|fallen (with) arms in hand" gives four
    phrases); an entry without "|" or "(" is its own phrase."""
    if "|" not in entry and "(" not in entry:
        return [entry]
    choices = []
    for word in entry.split():
        if word.startswith("(") and word.endswith(")") and len(word) > 2:
            choices.append((word[1:-1], ""))
        else:
            choices.append(tuple(word.split("|")))
    return [" ".join(w for w in combo if w) for combo in product(*choices)]


def _flag_index(phrases: list[str]) -> _PhraseIndex:
    """An index that only says whether a phrase of the list starts at a token."""
    index = _PhraseIndex()
    for phrase in phrases:
        index.add(phrase, True)
    return index


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> ClaimsLexicon:
    """``data/reference/claims.yaml``, validated and indexed (cached)."""
    p = Path(path) if path else CLAIMS_FILE
    data = yamlfile.read(p, "claims lexicon")
    if not isinstance(data, dict):
        raise InputError(p, "expected a mapping at top level")

    claimants = _PhraseIndex()
    media: set[str] = set()
    for n, entry in enumerate(data.get("claimants") or [], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
            raise InputError(p, f"claimant entry {n} needs a 'label'")
        if entry.get("kind") not in KINDS:
            raise InputError(p, f"claimant {entry['label']!r}: kind must be one of {list(KINDS)}")
        c = _Claimant(entry["label"], entry["kind"], entry["label"] == "news agency", bool(entry.get("state")),
                      bool(entry.get("named")))
        for ph in _words(entry, "phrases", p):
            claimants.add(ph, c)
        if entry.get("medium"):
            media.add(entry["label"].lower())
            media.update(" ".join(_toks(ph)) for ph in entry["phrases"])

    # payload: True for a statement told before ("the communique"), False for a person ("he")
    pronouns = _PhraseIndex()
    for ph in _words(data, "statement_pronouns", p):
        pronouns.add(ph, True)
    for ph in _words(data, "pronoun_speakers", p):
        pronouns.add(ph, False)
    according = _flag_index(_words(data, "according_to", p))

    victims = _PhraseIndex()
    vdata = data.get("victims")
    if not isinstance(vdata, dict):
        raise InputError(p, "'victims' must map a victim group to its words")
    for group, words in vdata.items():
        if not isinstance(words, list):
            raise InputError(p, f"victims {group!r}: expected a list of words")
        for w in words:
            victims.add(str(w), str(group))

    cues = _PhraseIndex()
    cdata = data.get("cues")
    if not isinstance(cdata, dict) or set(cdata) - set(CLASSES):
        raise InputError(p, f"'cues' must map {list(CLASSES)} to words")
    for cls in ("combined", "killed", "wounded", "missing"):  # multi-word combined phrases first
        for w in cdata.get(cls) or []:
            for phrase in _spellings(str(w)):
                cues.add(phrase, cls)

    tolls = _flag_index(_words(data, "toll_nouns", p))
    subset = _flag_index(_words(data, "subset_words", p))
    # the update words: the list's own, the revision verbs that tell an update wherever they
    # stand, and each revision adjective before a toll noun (the revision words, listed once)
    revision_adjectives = [w.lower() for w in _words(data, "revision_adjectives", p)]
    revision_verbs = [w.lower() for w in _words(data, "revision_verbs", p)]
    update = _flag_index([*_words(data, "update_words", p), *revision_verbs,
                          *(f"{adj} {toll}" for adj in revision_adjectives for toll in _words(data, "toll_nouns", p))])
    lex = ClaimsLexicon(
        claimants=claimants,
        pronouns=pronouns,
        verbs=frozenset(w.lower() for w in _words(data, "reporting_verbs", p)),
        according=according,
        negations=frozenset(w.lower() for w in _words(data, "negations", p)) | {"didn", "doesn", "hasn", "haven", "wasn"},
        victims=victims,
        lookahead=int(data.get("victim_lookahead", 4)),
        demonym_suffixes=tuple(_words(data, "demonym_suffixes", p)),
        cues=cues,
        bridge=frozenset(w.lower() for w in _words(data, "cue_bridge", p)),
        tolls=tolls,
        toll_reach=int(data.get("toll_reach", 16)),
        subset=subset,
        no_noun=frozenset(w.lower() for w in _words(data, "no_noun_words", p)),
        initial=frozenset(w.lower() for w in _words(data, "initial_words", p)),
        update=update,
        statement_nouns=frozenset(w.lower() for w in _words(data, "statement_nouns", p)),
        cue_words=frozenset(t for ph in [*cues.table, *tolls.table] for t in [ph]),
    )
    lex.cue_phrases = frozenset(k for index in (cues, tolls) for bucket in index.table.values() for k, _ in bucket)
    lex.cue_triggers = frozenset(lex.according.table) | lex.statement_nouns | lex.verbs
    lex.speaker_firsts = frozenset(lex.claimants.table) | frozenset(lex.pronouns.table)
    lex.cue_rx = _cue_regex(lex)
    lex.media = frozenset(media)
    lex.object_verbs = frozenset(w.lower() for w in _words(data, "object_verbs", p))
    lex.victim_last = frozenset(k[-1] for bucket in victims.table.values() for k, g in bucket if g != "inherit")
    lex.noun_coordinators = frozenset(_toks(w) for w in _words(data, "noun_coordinators", p))
    lex.lone_parts = _lone_parts(lex)
    lex.revision_adjectives = frozenset(revision_adjectives)
    lex.revision_verbs = frozenset(revision_verbs) | frozenset(w.lower() for w in _words(data, "revision_to_verbs", p))
    lex.other_fates = _flag_index(_words(data, "other_fates", p))
    lex.modifiers = frozenset(w.lower() for w in _words(data, "modifier_victims", p))
    lex.modifier_people = frozenset(w.lower() for w in _words(data, "modifier_people", p))
    mdata = data.get("member_groups") or {}
    if not isinstance(mdata, dict):
        raise InputError(p, "'member_groups' must map a victim group to its words")
    for rank, (group, words) in enumerate(mdata.items()):
        if not isinstance(words, list):
            raise InputError(p, f"member_groups {group!r}: expected a list of words")
        for w in words:
            lex.member_groups.add(str(w), (rank, str(group)))
        lex.member_rank[str(group)] = rank
    return lex


# ------------------------------------------------------------------------- speakers


@dataclass(frozen=True)
class Speaker:
    """Who states a figure: the claims.csv ``claimant`` and ``claim_kind``."""

    claimant: str
    kind: str


@dataclass(slots=True)  # slots: built by the dozen per article (speed)
class _Cand:
    """A possible speaker in a sentence (token span)."""

    a: int
    b: int
    speaker: Speaker | None  # None = a pronoun: the previous speaker
    doc: bool = False  # a statement told before ("the communique"): its author, not a medium
    fallback: Speaker | None = None  # a pronoun's speaker when nobody spoke before ("the same source")
    definite: bool = False  # "the source", "the official": the previous speaker only if of the fallback's kind


@dataclass(slots=True)  # slots: built by the dozen per article (speed)
class _Cue:
    """An attribution in a sentence: a reporting verb or "according to" at tokens [a, b)."""

    a: int
    b: int
    speaker: Speaker | None
    trailing: bool = False


@lru_cache(maxsize=1024)
def _speaker(claimant: str, kind: str) -> Speaker:
    """``Speaker(claimant, kind)`` of a lexicon claimant or a dictionary actor, built once (speed:
    a frozen dataclass is slow to build; speakers are immutable and compared by value)."""
    return Speaker(claimant, kind)


def _actor_speaker(actor: str, kind: str) -> Speaker:
    """The speaker of an actor of the dictionary kind ``kind``."""
    return _speaker(actor, ACTOR_KIND_CLAIM.get(kind, "reported"))


# ------------------------------------------------------------------------ main entry


@dataclass(slots=True)  # slots: built by the dozen per article (speed)
class _Sent:
    s: Sentence
    low: list[str]
    surf: list[str]
    ends: list[int]  # end offset of each token; a start is end - len(surf) (few are asked for)
    # the set of ``low``: the tests "does the sentence hold any of these words" made once per
    # sentence as set look-ups instead of a pass over the token list per test (speed)
    words: set[str]

    @property
    def starts(self) -> list[int]:
        """Start offset of each token."""
        return [e - len(w) for e, w in zip(self.ends, self.surf)]

    def start(self, i: int) -> int:
        """Start offset of token ``i``."""
        return self.ends[i] - len(self.surf[i])


_TOK_SPLIT = re.compile(f"({_TOK.pattern})")  # no anchors or look-arounds: splitting the slice = scanning the range
# _TOK_SPLIT for an ASCII-only text, ~30% faster (sre tests ASCII classes without the Unicode
# database): a letter or digit run, else one character that is neither a word character nor
# Unicode white space (which, in ASCII, includes the separators \x1c-\x1f)
_TOK_SPLIT_ASCII = re.compile(r"([0-9A-Za-z]+|[^0-9A-Za-z_\s\x1c-\x1f])", re.ASCII)
# a non-ASCII word character or white space: the characters that the two patterns above treat
# differently (any other non-ASCII character is a one-character token to both)
_NON_ASCII_WORD_OR_SPACE = re.compile(r"[^\W\x00-\x7f]|[^\S\x00-\x7f]")
# runs of non-ASCII characters: found at C speed (a one-range class), they are all that
# _NON_ASCII_WORD_OR_SPACE needs to look at (its per-character Unicode tests are slow)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _sent_tokens(text: str, s: Sentence) -> _Sent:
    # one split of the sentence (gap, token, gap, ..., gap) and running offsets: no Match objects
    a, b = max(s.start, 0), max(s.end, 0)  # clamped as finditer(text, pos, endpos) clamps them
    seg = text[a:b]
    if seg.isascii() or _NON_ASCII_WORD_OR_SPACE.search("".join(_NON_ASCII.findall(seg))) is None:
        # curly quotes and dashes are the only non-ASCII characters of most news sentences:
        # the ASCII pattern splits them off as _TOK_SPLIT does (neither word nor space)
        parts = _TOK_SPLIT_ASCII.split(seg)
        surf = parts[1::2]
        # speed: lower-case the tokens in one go (join, lower, split: C speed) instead of one
        # str.lower call per token; exact when the separator is in no token and lower() maps
        # character by character (it does but for two letters: final sigma, "İ")
        low = "\x00".join(surf).lower().split("\x00") if surf and "\x00" not in seg else list(map(str.lower, surf))
    else:
        parts = _TOK_SPLIT.split(seg)
        surf = parts[1::2]
        low = list(map(str.lower, surf))
    # running offsets: parts[2i + 1] is token i, so its end is the sum of the lengths up to it
    return _Sent(s, low, surf, list(islice(accumulate(map(len, parts), initial=a), 2, None, 2)), set(low))


def _tok_span(ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Token range ``[a, b)`` of the characters ``start:end``, given the tokens' end offsets:
    ``a`` the first token ending after ``start``, ``b`` one past the last token ending at or
    before ``end`` (at least the first token)."""
    # Tokens are non-empty and in order: both are bisections on the end offsets.
    return bisect.bisect_right(ends, start), max(bisect.bisect_right(ends, end) - 1, 0) + 1


@lru_cache(maxsize=4)
def _actor_speakers(actors_path: str) -> dict[str, Speaker | None]:
    """Actor name -> the speaker it makes, None for actors that are counted, not quoted
    (civilians, protesters), for the actor dictionary at ``actors_path``.

    Built once per dictionary (speed: one look-up per actor mention instead of three).
    """
    known = actors_mod.load_dictionary(actors_path).actors
    return {
        name: None if entry.kind in _NOT_SPEAKERS else _actor_speaker(name, entry.kind)
        for name, entry in known.items()
    }


#: Words that make a claimant phrase point back to the speaker told before ("according to the
#: same source", "this official said").
_ANAPHORIC = frozenset({"same", "this", "these"})
#: Claimant phrases that are as often an adjective: before a statement or toll noun they name no
#: speaker ("gave an official toll of six": the army's; "official figures show").
_ADJ_CLAIMANTS = frozenset({"official"})


def _candidates(lex: ClaimsLexicon, st: _Sent, actors: list[ActorMention], speakers: dict, state_speaker=None) -> list[_Cand]:
    """Possible speakers of a sentence: claimant phrases, actor mentions, pronouns.

    ``speakers`` is :func:`_actor_speakers` of the actor dictionary; ``state_speaker(st, a, b)``,
    if given, is the speaker of a ``state`` claimant phrase at tokens [a, b) ("the ministry").

    Speed (a sentence may hold thousands of mentions): no step compares a mention or a pronoun
    with every candidate (see :func:`_actor_cands`; a pronoun is tested on a prefix maximum).
    """
    cands: list[_Cand] = []
    low = st.low
    # Speed: visit only the tokens where some phrase may start (_PhraseIndex.starts) instead of
    # stepping through every token; a match still skips the tokens it covers. One pass finds
    # the first words of claimant and pronoun phrases both; most sentences have none.
    firsts = [] if lex.speaker_firsts.isdisjoint(st.words) else [i for i, w in enumerate(low) if w in lex.speaker_firsts]
    nxt = 0
    for i in lex.claimants.starts(low, firsts) if firsts else ():
        if i < nxt:
            continue
        hit = lex.claimants.match(low, i)
        if hit is not None and hit[0] == i + 1 and low[i] in _ADJ_CLAIMANTS and hit[0] < len(low) and (
                low[hit[0]] in lex.statement_nouns or lex.tolls.match(low, hit[0]) is not None):
            continue  # an adjective before a statement or toll noun: "an official toll", "official figures"
        if hit is not None and hit[1].kind == "estimated" and i and (low[i - 1] in _CHANNEL_PREPS or (
                i > 1 and low[i - 1] in _CHANNEL_DETS and low[i - 2] in _CHANNEL_PREPS)):
            continue  # where a statement went out, no speaker: "a statement shared on Telegram channels"
        if hit is not None:
            end, c = hit
            if c.use_text:
                speaker = Speaker(" ".join(st.surf[i:end]), c.kind)
            elif c.state and state_speaker is not None:
                speaker = state_speaker(st, i, end)
            elif c.named:
                name = _name_beside(st, i, end, nxt, lambda w: w in lex.speaker_firsts or w in lex.victims.table)
                if name is not None:
                    i, end = min(i, name[0]), max(end, name[1])
                    speaker = Speaker(" ".join(st.surf[name[0] : name[1]]), c.kind)
                else:
                    speaker = _speaker(c.label, c.kind)
            else:
                speaker = _speaker(c.label, c.kind)
            if i > nxt and not c.use_text and (low[i - 1] in _ANAPHORIC or (
                    low[i - 1] == "the" and (p := lex.pronouns.match(low, i - 1)) is not None and p[0] == end)):
                # "the same source": the speaker told before (this phrase's own if none; an
                # agency's name is no anaphor: "this AFP tally" is AFP's); so is a pronoun
                # phrase of the lexicon that is a claimant phrase after "the" ("a security
                # source told AFP ... the source said": not any source)
                a = i - 2 if i - 2 >= nxt and low[i - 1] == "same" and low[i - 2] == "the" else i - 1
                cands.append(_Cand(a, end, None, False, speaker, low[i - 1] == "the"))
            else:
                cands.append(_Cand(i, end, speaker))
            nxt = end
    ends = st.ends
    spans: list[tuple[int, int, Speaker]] = []
    for m in actors:
        speaker = speakers.get(m.actor, _UNKNOWN)
        if speaker is None:
            continue  # "four civilians announced ..." are victims, not a source
        if speaker is _UNKNOWN:
            speaker = _actor_speaker(m.actor, "")
        a, b = _tok_span(ends, m.start, m.end)
        spans.append((a, b, speaker))
    cands = _actor_cands(cands, spans)
    pron = lex.pronouns.starts(low, firsts) if firsts else ()
    if pron and len(cands) <= _FEW:
        # speed (few candidates): the plain test on them; the pronouns kept start before this
        # one, so the furthest end of them decides for them (as below)
        fixed_c = tuple(cands)
        pron_reach = None
        for i in pron:
            hit = lex.pronouns.match(low, i)
            if hit is None:
                continue
            e = hit[0]
            if (pron_reach is not None and pron_reach > i) or any(c.a < e and i < c.b for c in fixed_c):
                continue
            cands.append(_Cand(i, e, None, hit[1]))
            pron_reach = e if pron_reach is None else max(pron_reach, e)
    elif pron:
        # a pronoun overlapping a candidate is none: the candidates before it (by start) are a
        # prefix of them sorted, the one reaching furthest decides (and the pronouns kept,
        # which start before this one: the furthest end of them)
        fixed = sorted((c.a, c.b) for c in cands)
        fixed_a = [a for a, _ in fixed]
        reach = list(accumulate((b for _, b in fixed), max))
        pron_reach = None
        for i in pron:
            hit = lex.pronouns.match(low, i)
            if hit is None:
                continue
            k = bisect.bisect_left(fixed_a, hit[0])
            if (k and reach[k - 1] > i) or (pron_reach is not None and pron_reach > i):
                continue
            cands.append(_Cand(i, hit[0], None, hit[1]))
            pron_reach = hit[0] if pron_reach is None else max(pron_reach, hit[0])
    cands.sort(key=lambda c: (c.a, -c.b))
    if len(cands) > 1 and not _CONTACTS.isdisjoint(st.words):
        cands = _drop_contacts(low, cands)
    return cands


#: Prepositions of a channel (and a determiner after them): an analysts' phrase after them is
#: where a statement went out ("shared on Telegram channels", "posted via its Telegram channel").
_CHANNEL_PREPS = frozenset({"on", "via", "through", "across"})
_CHANNEL_DETS = frozenset({"its", "their", "the", "his", "her", "several", "various"})


#: Participles that name who reached a speaker ("a local source reached by AFP", "a resident
#: contacted by Reuters", "a witness quoted by the BBC", "an official speaking to AP"): the
#: agency after them relays the speaker before them and is no speaker of its own.
_CONTACTS = frozenset({"reached", "contacted", "interviewed", "quoted", "cited", "spoke", "speaking", "talking",
                       "talked", "interrogated", "joined"})


def _drop_contacts(low: list[str], cands: list[_Cand]) -> list[_Cand]:
    """``cands`` (sorted) without a candidate told after a contact participle and "by"/"to"
    right after another candidate ("a local source reached by AFP": not AFP); a comma, "who",
    "by phone"/"by telephone" may sit between ("A resident, reached by telephone by AFP, said")."""
    ends = set()
    out = []
    for c in cands:
        j = c.a - 1
        if j >= 1 and low[j] in ("by", "to"):
            k = j - 1
            while k >= 0 and low[k] not in _CONTACTS and k >= j - 3 and low[k] in ("by", "phone", "telephone", ","):
                k -= 1  # "reached by telephone by AFP"
            if k >= 0 and low[k] in _CONTACTS:
                k -= 1
                while k >= 0 and low[k] in (",", "who"):
                    k -= 1
                if k + 1 in ends:
                    continue  # the medium that reached the speaker before it
        ends.add(c.b)
        out.append(c)
    return out


#: Words of a proper name that need no capital ("Collective Against Impunity and Stigmatization
#: of Communities").
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "-", "'", "’"})


def _name_run(st: _Sent, a: int, b: int, step: int) -> int:
    """From token ``a`` towards ``b`` (``step`` +1 or -1): the index one step past the last
    capitalised word of a run of them (joiners inside it), at most 8 tokens; ``a`` when none."""
    surf, low = st.surf, st.low
    k, last = a, a
    while k != b and abs(k - a) < 8:
        w = surf[k]
        if w[:1].isupper() and w.isalnum():
            last = k + step
        elif low[k] not in _NAME_JOINERS:
            break
        k += step
    return last


def _name_beside(st: _Sent, a: int, b: int, floor: int, common=lambda w: True) -> tuple[int, int] | None:
    """The proper name set beside an organisation noun at tokens [a, b): in apposition before it
    ("Tabital Pulaaku, the main Fulani cultural association, ...": a capitalised run ending at a
    comma before "the"/"a" and at most four words) or right after it ("the association Tabital
    Pulaaku"). Its token span, else None. Not before ``floor`` (an earlier candidate's end);
    ``common(word)`` says whether a capitalised sentence-initial word alone is a common word."""
    low, surf = st.low, st.surf
    j = a - 1
    while j >= floor and a - j <= 5 and low[j] not in ("the", "a", "an", ","):
        j -= 1
    if j >= floor and low[j] in ("the", "a", "an"):
        j -= 1
    if j - 1 >= floor and low[j] == ",":
        start = _name_run(st, j - 1, floor - 1, -1) + 1
        # a name of capitalised words, not a lexicon word opening the sentence ("Residents, a ...")
        if start <= j - 1 and surf[j - 1][:1].isupper() and not (start == 0 and j - 1 == 0 and common(low[0])):
            return start, j
    if b < len(low) and surf[b][:1].isupper():
        return b, _name_run(st, b, len(low), 1)
    return None


def _actor_cands(cands: list[_Cand], spans: list[tuple[int, int, Speaker]]) -> list[_Cand]:
    """``cands`` (the claimant phrases, in order, apart) with the actor mentions' token spans
    ``(a, b, speaker)`` added in order: a claimant phrase that covers a mention wins ("military
    source", "UN official"), a mention that covers one replaces it.

    The rule, mention by mention: a mention is dropped if a candidate present ends at or after
    its end and holds its first token or starts inside it; else the candidates inside it are
    removed and it is added.

    Speed: mentions come in text order, apart (find_actors): then no mention drops or removes
    another, and a claimant phrase that holds or starts inside a mention is found by bisection
    (the phrases are apart, in order), so that the work grows with the mentions, not with their
    square. Other input is worked the plain way.
    """
    if not spans:
        return cands
    prev_b = -1
    ordered = True
    for a, b, _ in spans:
        if not prev_b <= a < b:
            ordered = False
            break
        prev_b = b
    if ordered:
        if not cands:
            return [_Cand(a, b, speaker) for a, b, speaker in spans]  # speed: no claimant phrase
        # the claimant phrases are apart and in order
        phrases = cands
        starts = [c.a for c in phrases]
        removed: set[int] = set()
        added: list[_Cand] = []
        for a, b, speaker in spans:
            # the phrase holding token a (the last starting at or before it), the last one
            # starting before b (only it can reach b: the others end before the next starts)
            k = bisect.bisect_right(starts, a) - 1
            if k >= 0 and phrases[k].b > a and phrases[k].b >= b:
                continue
            j = bisect.bisect_left(starts, b) - 1
            if j >= 0 and starts[j] >= a and phrases[j].b >= b:
                continue
            # the phrases inside the mention: those starting in it but the one reaching past it
            # (mentions are apart: each phrase is visited for one mention at most)
            for i in range(bisect.bisect_left(starts, a), j + 1):
                if phrases[i].b <= b:
                    removed.add(i)
            added.append(_Cand(a, b, speaker))
        if removed:
            phrases = [c for i, c in enumerate(phrases) if i not in removed]
        return phrases + added
    for a, b, speaker in spans:
        if not cands:
            cands.append(_Cand(a, b, speaker))
            continue
        # a claimant phrase that covers the actor wins ("military source", "UN official");
        # one pass: does a candidate cover it, is one inside it (to be replaced)?
        inside = False
        for c in cands:
            if c.b >= b and (c.a <= a < c.b or a <= c.a < b):
                break
            inside = inside or (a <= c.a and c.b <= b)
        else:
            if inside:
                cands = [c for c in cands if not (a <= c.a and c.b <= b)]
            cands.append(_Cand(a, b, speaker))
    return cands


#: Up to this many candidates, cues or figures a plain pass over them is cheapest; past it the
#: look-ups go through sorted indexes (bisection), so that a sentence's work does not grow with
#: the square of its mentions.
_FEW = 8


def _cand_finders(cands: list[_Cand], low: list[str]):
    """``(cand_after, cand_before)`` of :func:`_cues` for many candidates, by bisection.

    ``cand_after(k, reach)``: the first candidate (in list order) starting in [k, k + reach);
    ``cand_before(k, reach)``: of the candidates ending in (k - reach, k] with no closing quote
    between their end and k, the one ending last, the first in list order of a tie.
    """
    starts = [c.a for c in cands]
    if all(map(int.__le__, starts, islice(starts, 1, None))):
        # sorted by start (as :func:`_candidates` returns them): the first starting at or
        # after k is the first in list order

        def cand_after(k: int, reach: int) -> _Cand | None:
            i = bisect.bisect_left(starts, k)
            return cands[i] if i < len(cands) and starts[i] < k + reach else None

    else:

        def cand_after(k: int, reach: int) -> _Cand | None:
            for c in cands:
                if k <= c.a < k + reach:
                    return c
            return None

    # by end, latest first, list order within an end: the first that passes wins
    by_b = sorted(range(len(cands)), key=lambda i: (-cands[i].b, i))
    neg_b = [-cands[i].b for i in by_b]

    def cand_before(k: int, reach: int) -> _Cand | None:
        for p in range(bisect.bisect_left(neg_b, -k), bisect.bisect_left(neg_b, reach - k)):
            c = cands[by_b[p]]
            # a closing quote between the speaker and the verb: the quote is the content
            if _CLOSING_QUOTES.isdisjoint(low[c.b : k]):
                return c
        return None

    return cand_after, cand_before


#: A reporting verb after one of these is an adjective ("an estimated 500", "the reported toll").
_DETERMINERS = frozenset({"a", "an", "the"})
#: Verbs whose object is the accused, not the speaker.
_BLAME = frozenset({"blamed", "blames", "blame", "blaming"})
#: What a group claims responsibility for: "an attack claimed by JNIM", "the ambush, later
#: claimed by ISGS", "a bombing that was claimed by the Islamic State" name the perpetrator, not
#: who states the toll.
_ATTACK_NOUNS = frozenset({
    "attack", "attacks", "ambush", "ambushes", "assault", "assaults", "raid", "raids", "bombing", "bombings",
    "strike", "strikes", "massacre", "massacres", "killing", "killings", "kidnapping", "kidnappings",
    "abduction", "abductions", "explosion", "explosions", "blast", "blasts", "incursion", "incursions",
    "offensive", "operation", "operations", "violence",
})
#: Words between such a noun and "claimed by": a relative pronoun, an auxiliary, an adverb of time.
_CLAIMED_GAP = frozenset({
    ",", "which", "that", "was", "were", "is", "are", "has", "have", "had", "been", "being", "later",
    "subsequently", "since", "quickly", "swiftly", "immediately", "also", "already", "soon", "afterwards",
    "promptly", "then",
})
#: Prepositions of the place or target between an attack noun and its claim ("an attack on the
#: Inates military camp claimed by the Islamic State group").
_ATTACK_PREPS = frozenset({"on", "against", "in", "near", "at"})


def _claimed_attack(low: list[str], i: int) -> bool:
    """Is "claimed" at token ``i`` a claim of responsibility for an attack noun before it ("in an
    attack claimed by the Islamic State group", "an attack later claimed by JNIM", "the
    ambush, which was claimed by ISGS"), also past the attack's target or place ("an attack on the
    Inates military camp claimed by ...")? Its "by" names the perpetrator, not a speaker."""
    j = i - 1
    while j >= 0 and i - j <= 6 and low[j] in _CLAIMED_GAP:
        j -= 1
    if j < 0:
        return False
    if low[j] in _ATTACK_NOUNS:
        return True
    # "<attack noun> on|against|in <a few words of a noun phrase> claimed by"
    for k in range(j - 1, max(0, j - 7), -1):
        w = low[k]
        if w in _ATTACK_PREPS:
            return low[k - 1] in _ATTACK_NOUNS
        if not (w.isalpha() or w == "-") or w in _CLAIMED_GAP:
            return False
    return False
#: Participles that tie a statement noun to its source ("the toll given by", "a new toll
#: obtained this morning from").
_SOURCE_PARTICIPLES = frozenset({
    "given", "obtained", "communicated", "provided", "released", "issued", "published", "compiled",
    "established", "announced", "reported", "received", "collected", "gathered", "sent", "shared",
    "drawn", "made", "put", "confirmed", "relayed", "cited", "quoted", "seen",
})


def _source_after(low: list[str], j: int) -> int | None:
    """After a statement noun ending at ``j``: the "from"/"by" that names its source behind a
    participle and a few words of time ("a new toll obtained this Wednesday morning from medical
    sources", "the toll communicated yesterday evening by the municipal authorities"), else None."""
    if j >= len(low) or low[j] not in _SOURCE_PARTICIPLES:
        return None
    for k in range(j + 1, min(len(low), j + 7)):
        w = low[k]
        if w == "from" or w == "by":
            return k
        if not w.isalpha() or w in _SOURCE_STOP:
            return None
    return None


#: Words after which a participle's "from"/"by" no longer names a statement's source.
_SOURCE_STOP = frozenset({"and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "of", "to"})


_AS_PREV = Speaker("<as the previous speaker>", "reported")  # a sentinel (compared by identity)


def _cues(lex: ClaimsLexicon, st: _Sent, cands: list[_Cand], prev: Speaker | None,
          prev_doc: Speaker | None = _AS_PREV) -> list[_Cue]:
    """Attributions of a sentence, each with its speaker (None when unresolved).

    A pronoun stands for ``prev``, a statement told before ("the communique") for ``prev_doc``
    (its author: :func:`find_casualty_claims`), by default ``prev`` too; either, when None, for
    the pronoun's own fallback ("the same source" with nobody before: a source)."""
    triggers = lex.cue_triggers
    words = st.words
    if triggers.isdisjoint(words) and ":" not in words:
        return []  # speed: no word can start a cue and there is no ":" (one C-level test)
    n = len(st.low)
    cues: list[_Cue] = []
    if prev_doc is _AS_PREV:
        prev_doc = prev

    def resolve(c: _Cand | None) -> Speaker | None:
        if c is None:
            return None
        if c.speaker is not None:
            return c.speaker
        if not c.doc and cues and cues[-1].speaker is not None and cues[-1].speaker is not _PRONOUN \
                and c.a >= cues[-1].b:
            # a pronoun after a speaker of its own sentence is that speaker ("JNIM claimed the
            # attack in a statement, saying it had killed 150 of them")
            return cues[-1].speaker
        p = prev_doc if c.doc else prev
        if c.definite and p is not None and c.fallback is not None and p.kind != c.fallback.kind:
            return c.fallback  # "JNIM said ... The official said": not JNIM
        return p if p is not None else c.fallback

    def cand_after(k: int, reach: int) -> _Cand | None:
        """The first candidate starting in tokens [k, k + reach)."""
        for c in cands:
            if k <= c.a < k + reach:
                return c
        return None

    def cand_before(k: int, reach: int) -> _Cand | None:
        """The candidate ending last in tokens (k - reach, k], the first of a tie; not one
        followed by a closing quote before k."""
        best = None
        for c in cands:
            if c.b <= k and c.b > k - reach:
                # a closing quote between the speaker and the verb: the quote is the content
                if not _CLOSING_QUOTES.isdisjoint(st.low[c.b : k]):
                    continue
                if best is None or c.b > best.b:
                    best = c
        return best

    if len(cands) > _FEW:
        # Speed: many candidates (a sentence can name an actor thousands of times): bisections
        # instead of a pass over all of them for each cue word (same answers as above)
        cand_after, cand_before = _cand_finders(cands, st.low)

    according = lex.according.table
    # Speed: only an "according to" word, a statement noun or a reporting verb starts a cue, so
    # visit those tokens (found by a C-level comprehension), not every token; "according to X"
    # still skips the tokens it covers.
    nxt = 0
    for i in [i for i, w in enumerate(st.low) if w in triggers]:
        if i < nxt:
            continue
        w = st.low[i]
        hit = lex.according.match(st.low, i) if w in according else None
        if hit is not None:
            end = hit[0]
            if w == "per":
                # "per security sources", "per the defence ministry" (not "per day", "per cent")
                c = cand_after(end, 2)
                if c is None:
                    continue
            else:
                c = cand_after(end, 4)
            cues.append(_Cue(i, end, resolve(c)))
            nxt = end
            continue
        if w in lex.statement_nouns and i + 1 < n:
            # "a statement from the army", "the toll given on Monday by the mayor"
            by = i + 1 if st.low[i + 1] in ("from", "by") else _source_after(st.low, i + 1)
            if by is not None:
                c = cand_after(by + 1, 3)
                if c is not None and c.speaker is not None:
                    cues.append(_Cue(i, by + 1, c.speaker))
        if w in lex.verbs:
            if w in ("claimed", "claims", "claiming", "claim") and i + 1 < n and st.low[i + 1] in ("responsibility", "credit"):
                continue
            if w == "claimed" and i + 1 < n and st.low[i + 1] == "by" and _claimed_attack(st.low, i):
                continue  # "an attack claimed by JNIM": the perpetrator, not who states the toll
            if i >= 1 and st.low[i - 1] in _DETERMINERS:
                continue  # an adjective: "an estimated 500 people", "the reported toll"
            if lex.negations.isdisjoint(st.low[max(0, i - 3) : i]):  # not negated
                if i + 1 < n and st.low[i + 1] == "by":
                    c = cand_after(i + 2, 4)
                elif i >= 1 and st.low[i - 1] == "as":
                    c = None  # "as stated on Friday": no speaker named
                elif w in _BLAME:
                    # the accused follows "blamed" ("residents blamed fighters of ...", "which
                    # was blamed on militiamen"): only a subject before it speaks, and a passive
                    # without "by" names none
                    if i >= 1 and st.low[i - 1] in _AUX:
                        continue
                    c = cand_before(i, 10)
                else:
                    c = cand_before(i, 10) or cand_after(i + 1, 6)
                    if i >= 2 and st.low[i - 1] == ",":
                        # a speaker set off by a long apposition ("Kisal, a rights group that
                        # documents abuses against herders, said"): look back to its opening comma;
                        # a relative clause's own words never speak ("A local official, who asked
                        # not to be named because he feared reprisals, told AP": not "he", nor AP)
                        k = _apposition_start(st.low, i - 1)
                        if k is not None and c is None:
                            c = cand_before(i, i - k + 10)
                        elif k is not None and st.low[k + 1] in _RELATIVE and c.a > k:
                            c = cand_before(k, 10) or c
                        if w.endswith("ing") and not cues and (c is None or (c.speaker is None and not c.doc)):
                            # a participle after a comma hangs on the clause's subject, who says it
                            # ("JNIM claimed responsibility for the raid, saying it had killed 40")
                            c = next((d for d in cands if d.a < i and d.speaker is not None), c)
                cues.append(_Cue(i, i + 1, resolve(c)))

    # a source opening a parenthesis before ":" ("killing 22 civilians (local sources: 27)")
    if ":" in words and "(" in words:
        added = len(cues)
        for k in [k for k, w in enumerate(st.low) if w == ":"]:
            c = cand_before(k, k)
            if c is not None and c.b == k and c.a >= 1 and st.low[c.a - 1] == "(" and c.speaker is not None:
                cues.append(_Cue(k, k + 1, c.speaker))
        if len(cues) > added:
            cues.sort(key=_CUE_A)
    # a headline's trailing ": X" ("Drone strike kills 20: Amnesty")
    if ":" in words:
        k = len(st.low) - 1 - st.low[::-1].index(":")
        if 0 < n - k - 1 <= 6:
            c = cand_after(k + 1, n - k)
            if c is not None and c.speaker is not None:
                cues.append(_Cue(k, n, c.speaker, trailing=True))
    return cues


#: Prefix of a provisional victim group: the nationals of a country at war ("several Malians"),
#: resolved once the claimant is known (see :func:`_nationals`).
_NATIONALS = "@"


@lru_cache(maxsize=4)
def _demonym_countries(actors_path: str) -> dict[str, str]:
    """Plural nationality noun -> country, for countries with forces in the actor dictionary
    that are at war with the region's armed groups ("Malians" -> Mali, "Burkinabe" -> Burkina
    Faso; not "Mauritanians", ``at_war: false``): the states whose nationals an armed group's
    claim can mean soldiers."""
    d = actors_mod.load_dictionary(actors_path)
    out: dict[str, str] = {}
    for name, c in d.countries.items():
        if not c.forces or not c.at_war:
            continue
        for adj in c.adjectives:
            a = actors_mod._norm(adj)
            out.setdefault(a + "s", name)
            if not a.endswith("n"):  # "Burkinabe" is its own plural; "Malian" is not
                out.setdefault(a, name)
    return out


@lru_cache(maxsize=4)
def _country_words(actors_path: str) -> dict[tuple[str, ...], str]:
    """Lower-cased token tuple of a country's name or adjective -> the country ("nigerien",
    ("burkina", "faso")), for every country of the actor dictionary at ``actors_path``."""
    d = actors_mod.load_dictionary(actors_path)
    out: dict[tuple[str, ...], str] = {}
    for name, c in d.countries.items():
        for w in (name, *c.names, *c.adjectives):
            key = _toks(w)
            if key:
                out.setdefault(key, name)
    return out


def _country_before(low: list[str], a: int, words: dict[tuple[str, ...], str]) -> str | None:
    """The country named right before token ``a`` ("the Nigerien ministry", "Niger's ministry"),
    also over up to two title words ("France's foreign minister", "French Foreign Minister",
    "Burkina Faso's security ministry"), else None; ``words`` is :func:`_country_words`."""
    for skip in range(3):
        end = a - skip
        if skip and (end < 1 or not low[end].isalpha() or low[end] in _NOT_TITLE_WORDS):
            return None  # only title words stand between the country and the phrase
        if end >= 3 and low[end - 1] == "s" and low[end - 2] in ("'", "’"):
            end -= 2  # a possessive
        for k in (3, 2, 1):
            if end - k >= 0:
                country = words.get(tuple(low[end - k : end]))
                if country is not None:
                    return country
    return None


#: Words that end a title rather than belong to it ("the ministry", "its minister"): no country
#: before them is the minister's.
_NOT_TITLE_WORDS = frozenset({"the", "a", "an", "its", "his", "her", "their", "and", "or", "of", "said", "says"})


def _victim_at(lex: ClaimsLexicon, st: _Sent, i: int, demonyms: dict[str, str]) -> tuple[int, str] | None:
    """The victim noun at token ``i`` (``(end, group)``); ``demonyms`` is :func:`_demonym_countries`."""
    if st.low[i] in lex.victims.table:  # speed: most words start no victim noun
        hit = lex.victims.match(st.low, i)
        # "national" alone is a victim only after a nationality ("an Indian national", "a Swiss
        # national"): "three national army soldiers", "12 national guardsmen" name a force
        if hit is not None and (hit[0] != i + 1 or st.low[i] != "national" or (i and st.surf[i - 1][:1].isupper())):
            return hit
    w = st.surf[i]
    if not w[:1].isupper():
        return None
    country = demonyms.get(actors_mod._norm(w))
    if country is not None or (len(w) > 4 and w.lower().endswith(lex.demonym_suffixes)):
        if i + 1 < len(st.low):
            nxt = lex.victims.match(st.low, i + 1)  # "three Chinese nationals", "two Malian soldiers"
            if nxt is not None and nxt[1] != "inherit":
                return nxt
        if country is not None:
            return i + 1, _NATIONALS + country  # "several Malians": soldiers or civilians, by claimant
        return i + 1, "civilians"  # "two Mauritanians", "three Chinese"
    return None


def _nationals(lex: ClaimsLexicon, st: _Sent, f: _Fig, speaker: Speaker, when) -> str:
    """The victims of "several Malians", "30 Burkinabe": an armed group claiming to have killed
    or wounded a warring state's nationals means that state's forces (its soldiers, or its
    mercenaries: "Russians" -> Wagner), as jihadist and rebel communiqués count enemy losses by
    nationality. Otherwise (a state, the outlet, residents speaking; abductions; a civilian word
    within a few words: "Malians, mostly women") they are civilians."""
    country = (f.victim or "")[len(_NATIONALS):]
    if f.cls in ("killed", "wounded", "combined"):
        d = actors_mod.load_dictionary()
        entry = d.actors.get(speaker.claimant)
        if entry is not None and entry.kind in ("jihadist", "separatist", "militia", "unidentified"):
            lo, hi = max(0, f.a - 6), min(len(st.low), f.vend + 6)
            civil = any(
                (h := lex.victims.match(st.low, j)) is not None and h[1] == "civilians" for j in range(lo, hi)
            )
            force = None if civil else actors_mod._force_of(d, country, country, when)
            if force is not None:
                fe = d.actors.get(force)
                if fe is not None and fe.kind == "state_force":
                    return "soldiers"
                hit = lex.victims.match(list(_toks(force)), 0)
                return hit[1] if hit is not None and hit[1] != "inherit" else "soldiers"
    return "civilians"


def _cue_class(lex: ClaimsLexicon, st: _Sent, i: int) -> tuple[int, str] | None:
    if st.low[i] not in lex.cues.table:
        return None  # speed: the common case, without a call to match()
    hit = lex.cues.match(st.low, i)
    if hit is None:
        return None
    end, cls = hit
    # "killed and wounded", "dead or missing": two classes joined make one combined figure
    if end + 1 < len(st.low) and st.low[end] in ("and", "or"):
        other = lex.cues.match(st.low, end + 1)
        if other is not None and other[1] != cls:
            return other[0], "combined"
    return end, cls


@dataclass(slots=True)  # slots: built by the dozen per article (speed)
class _Fig:
    q: Quantity
    a: int  # first token of the number
    b: int  # token after the number
    vend: int  # token after the victim noun (= b when none)
    victim: str | None
    cls: str | None = None
    initial: bool = False
    update: bool = False
    speaker: Speaker | None = None
    cue_end: int = -1  # token after the cue found after the figure (its predicate)
    revision: bool = False  # a revised toll ("the toll later rose to 11", "a new toll ..., 11")
    other: bool = False  # its predicate is a fate that is no casualty ("displaced", "fled")


#: Words that follow a lone victim noun when it is the subject of its own toll ("a soldier was
#: killed", "a civilian died"): anything else ("a civilian vehicle", "a soldier said") is no toll.
_LONE_VICTIM_NEXT = frozenset({"was", "is", "has", "had", "died", "dies", "were", "reportedly", "also"})
_A_AN = frozenset({"a", "an"})
# one relative of a lone civilian victim told with a possessive: "a village chief and his son", "a
# farmer and her husband were killed" count one more (a singular kin noun; "his children" no number)
_KIN_POSSESSIVES = frozenset({"his", "her", "their"})
_SINGULAR_KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child",
                           "baby", "nephew", "niece", "cousin", "uncle", "grandson", "granddaughter"})
# what may follow a lone victim that is an object or coordinated ("killing a child, ...", "two
# soldiers and a civilian were ..."): the end of its noun phrase (with the lexicon's no_noun words)
_LONE_END = _CLAUSE_PUNCT | _QUOTES | _LONE_VICTIM_NEXT | frozenset({".", "!", "?", "-", "–", "—", "…"})


def _lone_parts(lex: ClaimsLexicon) -> tuple:
    """The prefilter of :func:`_may_hold_figure` (searched in " " + the lower-cased sentence) as
    ``(patterns, sep, nouns)`` (see :func:`_lone_search`): it finds every place where
    :func:`_lone_victims` may count one: "a" ... a word following a lone victim (one pattern); a
    verb taking it as object or a noun coordinator right before "a"/"an" (one pattern: all
    start with a non-alphanumeric character); a victim noun and "and"/"," before it (a search of
    the separator + article whose start must end one of the nouns: a trie without a literal
    start is tried at every position). Only ever a false "maybe" (a non-ASCII letter may stand
    for a word's start). Speed: a sentence without a number is tested with it."""
    article = r"[\s_]*an?(?![^\W_])"
    # a word following a lone victim: "was", "died", ... or a passive participle without "was"
    # ("A village chief abducted in ...")
    nexts = sorted(_LONE_VICTIM_NEXT | {w for w in lex.object_verbs if w.endswith("ed") and _WORD.fullmatch(w)})
    first = rf"[^a-z0-9]an?(?![^\W_]).*?[^a-z0-9](?:{'|'.join(nexts)})(?![^\W_])"
    words = []
    verbs = sorted(w for w in lex.object_verbs if _WORD.fullmatch(w))
    if verbs:
        words.append(f"(?:{text_mod.trie_pattern(verbs)})")
    words += [r"[\s_]*".join(map(re.escape, co)) for co in sorted(lex.noun_coordinators)]
    rxs = [re.compile(first, re.S)]
    if words:
        rxs.append(re.compile(rf"[^a-z0-9](?:{'|'.join(words)}){article}", re.S))
    nouns = sorted(lex.victim_last)
    if nouns and all(_ASCII_WORD.fullmatch(w) for w in nouns):
        # a noun (ASCII letters or digits) ends where the separator starts: never after white space
        sep = re.compile(rf"(?<![\s_])(?:[\s_]*,|[\s_]+and){article}", re.S)
        return tuple(rxs), sep, tuple(nouns)
    rxs.append(re.compile(rf"(?:,|[^a-z0-9]and){article}", re.S))  # looser: any word before
    return tuple(rxs), None, ()


def _lone_search(lex: ClaimsLexicon, s: str) -> bool:
    """Whether the prefilter ``lex.lone_parts`` (:func:`_lone_parts`) finds something in ``s``."""
    rxs, sep, nouns = lex.lone_parts
    for rx in rxs:
        if rx.search(s) is not None:
            return True
    if sep is not None:
        m = sep.search(s)
        while m is not None:
            p = m.start()
            if s.endswith(nouns, 0, p):
                return True
            m = sep.search(s, p + 1)
    return False


def _lone_joined(lex: ClaimsLexicon, low: list[str], i: int) -> bool:
    """Is the "a"/"an" at token ``i`` the object of a casualty verb ("killing a child") or
    coordinated with a victim noun before it ("two soldiers and a civilian", "... as well as a
    child")?"""
    if i == 0:
        return False
    w = low[i - 1]
    if w in lex.object_verbs:
        return True
    if w == "and":
        return i >= 2 and low[i - 2] in lex.victim_last
    if w == ",":
        # a list ("two soldiers, a civilian and a child"), not a speaker set off by a comma
        # ("killed 15 soldiers, a teacher in the town told Reuters")
        return i >= 2 and low[i - 2] in lex.victim_last and _list_goes_on(low, i)
    for co in lex.noun_coordinators:
        if co[-1] == w and i >= len(co) and tuple(low[i - len(co) : i]) == co:
            return True
    return False


def _closed_apposition(low: list[str], i: int) -> bool:
    """The list opened by the "a"/"an" at ``i`` after a comma closes with a comma before the
    subject's verb: an apposition naming the figure's own victims ("two civilians, a woman and her
    son, were killed"), not more of them ("killed two soldiers, a civilian and a child, the army said")."""
    for k in range(i + 1, min(len(low), i + 9)):
        w = low[k]
        if w == ",":
            return k + 1 < len(low) and low[k + 1] in _LONE_VICTIM_NEXT
        if w in (".", ";", ":"):
            return False
    return False


def _list_goes_on(low: list[str], i: int) -> bool:
    """After the "a"/"an" at ``i`` and its noun (at most one adjective), the list goes on with
    "and" (or ", and")."""
    for k in (i + 2, i + 3):
        if k < len(low) and (low[k] == "and" or (low[k] == "," and k + 1 < len(low) and low[k + 1] == "and")):
            return True
    return False


def _participle(w: str) -> bool:
    """A participle that opens a reduced relative clause after a noun ("kidnapped an Indian
    national working for a construction company", "killing a man employed by the mine")."""
    return len(w) > 4 and w.isalpha() and (w.endswith("ing") or w.endswith("ed"))


def _lone_victims(lex: ClaimsLexicon, text: str, st: _Sent, qs: list[Quantity], demonyms: dict[str, str]) -> list[Quantity]:
    """One person told with an article instead of a number: "a soldier was killed" counts 1.

    News states single deaths this way far more often than with "one"; ACLED counts them. Only
    "a"/"an" (at most one adjective: "a Malian soldier") directly before a victim noun that is
    the subject of what follows ("a soldier was killed"), or whose noun phrase ends there (a
    punctuation mark or a function word follows) and which is the object of a casualty verb
    ("killing a child"), coordinated with a victim noun before it ("two soldiers and a
    civilian", "as well as a child") or with a figure after it ("a soldier and two civilians").
    So "a soldier said", "a civilian vehicle" and "killing a soldier's wife" count nothing.
    """
    low = st.low
    if _A_AN.isdisjoint(st.words):
        # speed: no article (one C-level test); a possessive item needs a figure before it
        return _possessive_items(lex, st, qs, [], demonyms) if qs and not _ITEM_POSSESSIVES.isdisjoint(st.words) else []
    out: list[Quantity] = []
    n = len(low)
    spans = q_start = q_reach = None
    q_starts = None
    vtable = lex.victims.table
    surf = st.surf
    for i in list(compress(range(n), map(_A_AN.__contains__, low))):  # speed: C-level filter
        for j in (i + 1, i + 2):
            # speed: a word that starts no victim noun and is not capitalised (no demonym) is
            # no victim (what _victim_at would find), without the call
            if j >= n or (low[j] not in vtable and not surf[j][:1].isupper()):
                continue
            hit = _victim_at(lex, st, j, demonyms)
            if hit is None or hit[1] == "inherit":
                continue
            end = hit[0]
            after = low[end] if end < n else "."
            ok = after in _LONE_VICTIM_NEXT
            if not ok and after in lex.object_verbs and after.endswith("ed"):
                # a headline's or a bullet's passive without "was": "A village chief abducted in
                # X", "a soldier killed by a mine"; not "a gunman killed three people"
                nxt = low[end + 1] if end + 1 < n else "."
                if (nxt in _LONE_END or nxt in lex.no_noun) and not (
                        nxt in ("and", "or") and end + 2 < n and low[end + 2] in lex.object_verbs):  # "killed and wounded 12"
                    if qs and q_starts is None:
                        q_starts = {q.start for q in qs}
                    ok = not (q_starts and end + 1 < n and st.start(end + 1) in q_starts)  # "killed at least 12"
            if not ok and (after in _LONE_END or after in lex.no_noun or _participle(after)) \
                    and not (after in _QUOTES and end + 1 < n and low[end + 1] == "s"):  # "a soldier's wife"
                ok = _lone_joined(lex, low, i)
                if not ok and (after == "and" or after == ",") and end + 1 < n:
                    # coordinated with the next figure: "a soldier and two civilians were killed"
                    nxt = low[end + 1]
                    if nxt == "a" or nxt == "an" or (
                            nxt in _KIN_POSSESSIVES and end + 2 < n and low[end + 2] in _SINGULAR_KIN
                            and hit[1] in ("civilians", "people")):
                        ok = True
                    elif qs:
                        if q_starts is None:
                            q_starts = {q.start for q in qs}
                        ok = st.start(end + 1) in q_starts
            if ok and i >= 2 and low[i - 1] == "," and low[i - 2] in lex.victim_last and _closed_apposition(low, i):
                ok = False  # "two civilians, a woman and her son, were killed": the two named again
            if ok:
                # not an "a" inside a number ("a dozen", "a total of"); tested last (speed: few
                # "a" get this far)
                start = st.start(i)
                if len(qs) <= _FEW:
                    inside = any(q.start <= start < q.end for q in qs)
                else:
                    if spans is None:
                        # speed (many numbers): of the numbers starting at or before ``start``
                        # (a prefix of them sorted), the one ending last decides
                        spans = sorted((q.start, q.end) for q in qs)
                        q_start = [a for a, _ in spans]
                        q_reach = list(accumulate((e for _, e in spans), max))
                    p = bisect.bisect_right(q_start, start)
                    inside = bool(p) and q_reach[p - 1] > start
                if not inside:
                    # "a village chief and his son": two civilians, one figure (the toll rule adds
                    # no two figures of one group and claimant)
                    kin = hit[1] in ("civilians", "people") and end + 2 < n and low[end] == "and" \
                        and low[end + 1] in _KIN_POSSESSIVES and low[end + 2] in _SINGULAR_KIN
                    out.append(Quantity(start, st.ends[i], st.surf[i], 2 if kin else 1))
            break
    if (qs or out) and not _ITEM_POSSESSIVES.isdisjoint(st.words):
        out += _possessive_items(lex, st, qs, out, demonyms)
    return out


#: Possessives that open an item of a victim list ("six aid workers, their guide and their driver")
_ITEM_POSSESSIVES = _KIN_POSSESSIVES | frozenset({"its"})


def _possessive_items(lex: ClaimsLexicon, st: _Sent, qs: list[Quantity], lone: list[Quantity],
                      demonyms: dict[str, str]) -> list[Quantity]:
    """One person told with a possessive as an item of a list of figures: "killed six aid
    workers, their guide and their driver" counts 6 + 1 + 1, "five passengers and its driver" 5 +
    1. Only a possessive (at most one adjective) before a singular victim noun whose noun phrase
    ends there, after "and", a listing comma or a noun coordinator that follows a victim noun, with
    a figure (a number, "a"/"an" + a noun, or an item before) at most eight tokens back: "killed
    villagers and their chief" (no figure), "their vehicles", "his son's house" count nothing; "a
    farmer and his son" is counted by :func:`_lone_victims` (2), and an apposition closed by a
    comma names the figure's victims again ("two civilians, a woman and her son, were killed")."""
    low, surf, n = st.low, st.surf, len(st.low)
    vtable = lex.victims.table
    out: list[Quantity] = []
    for i in compress(range(n), map(_ITEM_POSSESSIVES.__contains__, low)):
        if i < 2 or i + 1 >= n:
            continue
        w = low[i - 1]
        if w == "and" or w == ",":
            if low[i - 2] not in lex.victim_last or (w == "," and not _list_goes_on(low, i)):
                continue
        elif not any(co[-1] == w and i > len(co) and tuple(low[i - len(co) : i]) == co for co in lex.noun_coordinators):
            continue
        hit = None
        for j in (i + 1, i + 2):
            if j < n and (low[j] in vtable or surf[j][:1].isupper()):
                hit = _victim_at(lex, st, j, demonyms)
                if hit is not None:
                    break
        if hit is None or hit[1] == "inherit":
            continue
        end = hit[0]
        last = low[end - 1]
        if not (last in _SINGULAR_KIN or (not last.endswith("s") and last + "s" in lex.victim_last)):
            continue  # "their children", "its staff": no count
        after = low[end] if end < n else "."
        if not (after in _LONE_END or after in lex.no_noun or _participle(after)) \
                or (after in _QUOTES and end + 1 < n and low[end + 1] == "s"):
            continue  # "his son's house", "their driver training"
        if _closed_apposition(low, i) and "," in low[max(0, i - 6) : i]:
            continue  # "two civilians, a woman and her son, were killed": the two named again
        lo, hi = st.start(max(0, i - 8)), st.start(i - 1)
        before = [q for q in (*qs, *lone, *out) if lo <= q.start < hi]
        if not before or (w == "and" and low[i + 1] in _SINGULAR_KIN and any(q.value == 2 for q in before if q in lone)):
            continue  # no figure it adds to; "a farmer and his son": counted with the farmer
        out.append(Quantity(st.start(i), st.ends[i], surf[i], 1))
    return out


#: More than the world's population: a larger number is no casualty figure (and one past 2**63
#: would not fit the tables' 64-bit integer columns).
_MAX_COUNT = 10**10


def _counts(text: str, s: Sentence) -> list[Quantity]:
    """The numbers of sentence ``s`` that count (no unit: not a year, an age, a distance, ...;
    not above :data:`_MAX_COUNT`, nor a range reaching above it)."""
    return [q for q in text_mod.find_quantities(text, s.start, s.end)
            if not getattr(q, "unit", "") and q.value <= _MAX_COUNT and (getattr(q, "high", None) or 0) <= _MAX_COUNT]


def _may_hold_figure(text: str, s: Sentence, counts: list[Quantity], lex: ClaimsLexicon | None = None) -> bool:
    """False only if sentence ``s`` (with these ``counts``) can hold no figure: no number that
    counts and no "a"/"an" where :func:`_lone_victims` may count one (``lex.lone_parts``, see
    :func:`_lone_parts`; ``lex`` defaults to :func:`load_lexicon`).

    Speed: tested before the sentence is tokenised (some sentences with a casualty phrase tell
    no number: "killed in 2012", "the attack killed civilians").
    """
    if counts:
        return True
    return _lone_search(lex or load_lexicon(), " " + text[max(s.start, 0) : max(s.end, 0)].lower())


def _figures(lex: ClaimsLexicon, text: str, st: _Sent, demonyms: dict[str, str], counts: list[Quantity],
             mentions: list[ActorMention] | None = None, known: dict | None = None) -> list[_Fig]:
    """The figures of a sentence, given its ``counts`` (:func:`_counts`); ``mentions`` (the
    sentence's actor mentions) and ``known`` (the actor dictionary's entries) name the force of
    "members of <a body>" (:func:`_members_of`)."""
    low = st.low
    n = len(low)
    figs: list[_Fig] = []
    lone = _lone_victims(lex, text, st, counts, demonyms)
    # speed: find_quantities gives the counts in text order (strictly increasing starts), so
    # only lone victims need a sort
    qs = sorted(counts + lone, key=_START) if lone else counts
    ends = st.ends
    qtok = [_tok_span(ends, q.start, q.end) for q in qs]
    number_starts = {a for a, _ in qtok}
    subset = lex.subset.table
    # speed: a word that starts no cue is rejected by one set test here, not a call of match()
    cues, cue_firsts = lex.cues, lex.cues.table
    no_noun = lex.no_noun
    sub_b = -1  # token after the number of the last subset figure
    for (a, b), q in zip(qtok, qs):
        if a >= n or b <= a:
            continue
        # a subset of the previous figure ("including 11 children")
        j = a - 1
        while j >= 0 and low[j] in _QUOTES:
            j -= 1
        if j >= 0 and (
            (low[j] in subset and lex.subset.match(low, j))
            or (j >= 1 and low[j - 1] in subset and lex.subset.match(low, j - 1))
        ):
            sub_b = b
            continue
        if 0 <= sub_b < a and _in_subset_list(lex, low, sub_b, a):
            sub_b = b  # "among them two women and a child": the child is in the subset too
            continue
        if figs and j >= 0 and low[j] == "," and _of_them_subset(lex, low, b):
            continue  # "killing 21 people, 11 of them children", "two patients, one of them a child"
        if j >= 0 and low[j] == "how" and q.vague:
            continue  # a question, no count: "did not say how many militants died"
        # the noun the number counts
        victim, vend = None, b
        k = b
        while k < n and low[k] in _QUOTES:
            k += 1
        thing = False
        if k < n and low[k] not in no_noun and low[k] not in _CLAUSE_PUNCT and low[k] != "." \
                and (low[k] not in cue_firsts or cues.match(low, k) is None):
            inherit_hit = None
            if low[k] in _MEMBERS and k + 1 < n and low[k + 1] == "of":
                # "34 members of the army's civilian auxiliary force": the body tells the group
                body = _members_of(lex, st, k, number_starts, mentions, known)
                if body is not None:
                    vend, victim = body
            for j in range(k, min(n, k + lex.lookahead)) if victim is None else ():
                if low[j] in _CLAUSE_PUNCT or low[j] == "." or j in number_starts:
                    break
                if low[j] in _MEMBERS and j > k and mentions and known:
                    # "more than 40 JNIM members", "12 VDP elements": the force named before the noun
                    group = _named_members(lex, st, j, mentions, known)
                    if group is not None:
                        vend, victim = j + 1, group
                        break
                hit = _victim_at(lex, st, j, demonyms)
                if hit is not None and low[hit[0] - 1] in lex.modifiers and _modifies(lex, low, hit[0]):
                    continue  # "several military positions", "two civilian vehicles": another noun
                if hit is not None:
                    if hit[1] == "inherit":
                        inherit_hit = inherit_hit or hit
                        continue
                    vend, victim = hit
                    break
            if victim is None and inherit_hit is not None:
                vend, victim = inherit_hit
            thing = victim is None
        if thing:
            continue  # "five pick-up trucks": counts no person
        figs.append(_Fig(q, a, b, vend, victim))
        # a victim word that is itself a cue ("20 dead", "25 bodies", "12 civilian deaths")
        if victim is not None and low[vend - 1] in cue_firsts:
            cue = cues.match(low, vend - 1)
            if cue is not None and cue[0] == vend:
                figs[-1].cls = cue[1]

    # the first update word of the sentence ("rose to", "a total of"): a figure after it is an
    # update (speed: one scan of the sentence, not one per figure)
    upd = lex.update.table
    first_update = n
    words = st.words
    if figs and not lex.update.firsts.isdisjoint(words):
        first_update = next((j for j in [j for j, w in enumerate(low) if w in upd] if lex.update.match(low, j)), n)
    # speed: one C-level test; only a sentence with a revision word has a revised toll
    revising = bool(figs) and not (lex.revision_adjectives.isdisjoint(words) and lex.revision_verbs.isdisjoint(words))
    new_toll = _new_toll(lex, low) if revising else n
    among = bool(figs) and "among" in words  # speed: "the toll among the soldiers" needs the word
    # speed: one C-level test; only a sentence with a word of a fate that is no casualty is searched
    fates = bool(figs) and not lex.other_fates.firsts.isdisjoint(words)
    # speed: only a sentence with an initial-toll word has an initial figure (the window of
    # each figure is a part of the sentence)
    initials = bool(figs) and not lex.initial.isdisjoint(words)
    for idx, f in enumerate(figs):
        prev = figs[idx - 1] if idx else None
        if fates and f.cls is None and _other_fate(lex, low, f.vend, number_starts) and not _object_of_cue(lex, low, f.a):
            f.other = True  # "and more than two million people displaced": no dead, whatever came before
            continue
        if f.cls is None:
            fwd = _forward_cue(lex, st, f, number_starts)
            if fwd is not None:
                f.cls, f.cue_end = fwd[0], fwd[1]
                if fwd[2]:
                    # "killed 12 soldiers and wounded others": a predicate after "and" is the next
                    # object's; the verb before the number is this figure's own
                    own = _backward_cue(lex, st, f, prev)
                    if (own is None and prev is not None and prev.cls is not None and prev.cue_end < 0
                            and _coordinated(lex, low, prev.vend, f.a)):
                        # "killing two soldiers and a civilian and wounding 11": the verb before
                        # the previous figure governs both
                        own = prev.cls
                    if own is not None:
                        f.cls, f.cue_end = own, -1
        if f.cls is None:
            f.cls = _backward_cue(lex, st, f, prev)
        if f.cls is None and prev is not None and prev.cls is not None:
            gap = low[prev.vend : f.a]
            # quotation marks around a figure ('and "several" Russian fighters') join nothing
            if (gap and all(w in (",", "and", "or", "while", "another") or w in _QUOTES for w in gap)) \
                    or _noun_coordinated(lex, low, prev.vend, f.a) \
                    or (prev.cue_end > prev.vend and _noun_coordinated(lex, low, prev.cue_end, f.a)):
                # "killed 15 troops and three civilians", "killing 11 soldiers as well as four
                # VDP", "40 soldiers were killed as well as ten civilians"
                f.cls = prev.cls
            elif f.victim is None and _counter_figure(lex, low, prev.vend, f):
                f.cls = prev.cls  # "(six soldiers killed per the army; JNIM claims 21)"
            elif f.victim in (None, "inherit") and _gapped(low, prev.vend, f):
                f.cls = prev.cls  # "29 people were killed in Gomboro and 19 in Kassan"
            elif f.victim is None and revising and _revised_to(lex, low, f.a):
                f.cls = prev.cls  # "put the death toll at 12, before raising it on Monday to 15"
        if f.victim == "inherit" or f.victim is None:
            if prev is not None and prev.victim not in (None, "inherit"):
                f.victim = prev.victim
            elif f.victim == "inherit":
                # "A soldier was killed and two others wounded": the noun told before "others"
                f.victim = _noun_before(lex, st, f.a) or "people"
            else:
                f.victim = "people"
        if f.victim == "people" and among:
            f.victim = _toll_among(lex, low, f.a, number_starts) or "people"
        f.initial = initials and not lex.initial.isdisjoint(low[max(0, f.a - 8) : f.a])
        f.update = first_update < f.a
        if revising:
            f.revision = new_toll < f.a or _revised_to(lex, low, f.a)
    for idx in range(len(figs) - 2, -1, -1):
        f, nxt = figs[idx], figs[idx + 1]
        if f.cls is None and not f.other and nxt.cls is not None and _coordinated(lex, low, f.vend, nxt.a):
            f.cls = nxt.cls  # "three Chinese nationals and two Mauritanians were kidnapped"
    return [f for f in figs if f.cls is not None]


#: The victim group of a force of the actor dictionary by its kind, when the force's name is no
#: group of ``member_groups`` ("members of JNIM" -> militants, "members of the FAMa" -> soldiers,
#: "the army lost 11 men" -> soldiers; a government's side are its forces, as ACLED codes it):
#: read by :func:`_side_group` only.
_MEMBER_KINDS = {"state_force": "soldiers", "government": "soldiers", "pmc": "Wagner", "mission": "peacekeepers",
                 "jihadist": "militants", "separatist": "militants", "unidentified": "militants",
                 "militia": "militiamen", "progov_militia": "militiamen", "civilians": "civilians"}


def _side_group(lex: ClaimsLexicon, name: str, entry) -> str | None:
    """The victim group of the people of actor ``name`` (its dictionary ``entry``): the name
    itself when it is a group of ``member_groups`` ("VDP"), else its kind's
    (:data:`_MEMBER_KINDS`: "Wagner Group" -> Wagner, "JNIM" -> militants); None for none."""
    if name in lex.member_rank:
        return name
    return _MEMBER_KINDS.get(getattr(entry, "kind", ""))
#: What ends the body of "members of <a body>" besides an auxiliary, :data:`_NP_END`, a cue, a
#: stop or a new figure: "and"/"or" before a new figure or victim noun ("34 members of the
#: civilian auxiliary force and six soldiers", "members of a militia and a child").
_BODY_AND = frozenset({"and", "or"})
#: After "and"/"or", a determiner or possessive opens a second body: the first one tells the group
#: ("32 members of the army and its militias": soldiers).
_BODY_NEXT = frozenset({"a", "an", "the", "its", "their", "his", "her"})
#: Words that may follow the body's group word inside it: "the Volunteers for the Defence of the
#: Homeland", "a militia from the village" (names, capitalised, also go on).
_BODY_JOINERS = frozenset({"of", "for", "from", "the", "-"})


def _members_of(lex: ClaimsLexicon, st: _Sent, k: int, number_starts: set[int],
                mentions: list[ActorMention] | None, known: dict | None) -> tuple[int, str] | None:
    """For "members of <a body>" at token ``k``: ``(token after the body, victim group)``, the
    group being the first of ``member_groups`` that a word of the body names or, for a force of
    the actor dictionary named in it, its kind's (:data:`_MEMBER_KINDS`); None when the body
    names none, or does not end within reach (the victim noun is then looked for as usual)."""
    low = st.low
    n = len(low)
    mg = lex.member_groups
    first_words = mg.table
    cue_firsts = lex.cues.table
    vtable = lex.victims.table
    best: tuple[int, str] | None = None
    j = k + 2
    reach = j + _SKIP_REACH
    end = None
    while j < n and j < reach:
        w = low[j]
        if w == "(":
            e = _paren_end(low, j)  # a short name in parentheses: "(VDP)"
            if e is None:
                end = j
                break
            reach += e - j
            for x in range(j + 1, e - 1):
                hit = mg.match(low, x) if low[x] in first_words else None
                if hit is not None and (best is None or hit[1] < best):
                    best = hit[1]
            j = e
            continue
        if w in ("'", "’") and j > k + 2 and (j + 1 < n and low[j + 1] == "s" or low[j - 1].endswith("s")):
            j += 2 if j + 1 < n and low[j + 1] == "s" else 1  # a possessive: "the army's", "the hunters'"
            continue
        if w in _AUX or w in _NP_END or w in _FORWARD_STOP or j in number_starts or w in _QUOTES \
                or (w in cue_firsts and lex.cues.match(low, j) is not None):
            end = j
            break
        if w in _BODY_AND and j + 1 < n and (
                j + 1 in number_starts or low[j + 1] in _BODY_NEXT
                or (low[j + 1] in vtable and lex.victims.match(low, j + 1) is not None)):
            end = j
            break
        hit = mg.match(low, j) if w in first_words else None
        if hit is not None:
            if best is None or hit[1] < best:
                best = hit[1]
            j = hit[0]
            continue
        if best is not None and w not in _BODY_JOINERS and w not in _BODY_AND and not st.surf[j][:1].isupper():
            return None  # a word of its own after the body ("12 members of the council resigned")
        j += 1
    if end is None:
        if j < n:
            return None  # the body runs past reach
        end = n
    if mentions and known:
        a0, b0 = st.start(k + 2), st.ends[end - 1] if end > k + 2 else st.start(k + 2)
        for m in mentions:
            if a0 <= m.start and m.end <= b0:
                group = _side_group(lex, m.actor, known.get(m.actor))
                rank = lex.member_rank.get(group) if group else None
                if rank is not None and (best is None or (rank, group) < best):
                    best = rank, group
    return None if best is None else (end, best[1])


def _named_members(lex: ClaimsLexicon, st: _Sent, j: int, mentions: list[ActorMention], known: dict) -> str | None:
    """For "members"/"elements" at token ``j`` right after a force of the actor dictionary ("40
    JNIM members", "the Islamic State members"): the force's victim group (:func:`_side_group`);
    else None."""
    end = st.ends[j - 1]
    for m in mentions:
        if m.end == end:
            return _side_group(lex, m.actor, known.get(m.actor))
    return None


def _toll_among(lex: ClaimsLexicon, low: list[str], a: int, number_starts: set[int]) -> str | None:
    """The group of a toll told "among" it before the figure at token ``a`` ("put the toll among
    the soldiers at ten dead", "the death toll among civilians rose to 12"), else None; not past
    another figure or the clause's end."""
    for j in range(a - 1, max(0, a - lex.toll_reach) - 1, -1):
        w = low[j]
        if w in (";", ".") or j in number_starts:
            return None
        if w != "among" or j < 1 or not any(
                low[t] in lex.tolls.table and lex.tolls.match(low, t) is not None for t in range(max(0, j - 2), j)):
            continue
        k = j + 1
        while k < a and low[k] in ("the", "its", "their"):
            k += 1
        hit = lex.victims.match(low, k) if k < a else None
        return hit[1] if hit is not None and hit[1] not in ("inherit", "people") else None
    return None


def _in_subset_list(lex: ClaimsLexicon, low: list[str], lo: int, a: int) -> bool:
    """Is the figure at token ``a`` the next item of the subset list whose last number ends at
    ``lo``: only that number's noun (a few words, no cue) and one "and" or "," between
    ("including two women and a child", "among them three soldiers, four civilians")? Not after
    ", and" (a new clause: "..., among them a child, and 23 others are wounded")."""
    gap = low[lo:a]
    if not 1 <= len(gap) <= lex.lookahead + 1 or gap[-1] not in ("and", ","):
        return False
    cue_firsts = lex.cues.table
    return all(w.isalpha() and w != "and" and w not in cue_firsts for w in gap[:-1])


#: "N of them" / "N of whom" after a comma: a part of the figure told before it.
_OF_WHOM = frozenset({"them", "whom"})


def _of_them_subset(lex: ClaimsLexicon, low: list[str], b: int) -> bool:
    """Is the figure ending at token ``b`` (after a comma and a figure told before) a part of that
    figure: "of them"/"of whom" follows and no cue of its own before the clause ends ("killing 21
    people, 11 of them children", "two patients, one of them a child", "..., five of whom were
    women")? Not "..., three of them later died", whose own cue makes it a figure of its own."""
    n = len(low)
    if b + 1 >= n or low[b] != "of" or low[b + 1] not in _OF_WHOM:
        return False
    cue_firsts = lex.cues.table
    for k in range(b + 2, min(n, b + 2 + lex.lookahead + 1)):
        w = low[k]
        if w in _CLAUSE_PUNCT or w == ".":
            break
        if w in cue_firsts and lex.cues.match(low, k) is not None:
            return False
    return True


def _new_toll(lex: ClaimsLexicon, low: list[str]) -> int:
    """Token of the first revision adjective before a toll noun in the sentence ("According to
    a new toll obtained ... from medical sources, 11 people ...", "the revised death toll stands
    at 11"; a figure after it is a revised toll), else ``len(low)``."""
    adjectives, tolls = lex.revision_adjectives, lex.tolls
    for j in [j for j, w in enumerate(low) if w in adjectives]:
        if any(low[k] in tolls.table and tolls.match(low, k) for k in range(j + 1, min(j + 3, len(low)))):
            return j
    return len(low)


def _revised_to(lex: ClaimsLexicon, low: list[str], a: int) -> bool:
    """Is the figure at token ``a`` the object of a revision verb + "to" ("the toll later rose
    to 11", "has climbed to at least 20", "raised the death toll to 11"), over bridge words and a
    toll noun? Not "rose from 7 to 11"'s 7."""
    j = a - 1
    while j >= 0 and low[j] != "to" and low[j] in lex.bridge and a - j <= 5:
        j -= 1
    if j < 1 or low[j] != "to":
        return False
    for k in range(j - 1, max(-1, j - 7), -1):
        if low[k] in lex.revision_verbs:
            return True
        if low[k] not in lex.bridge and low[k] not in _REVISED_GAP \
                and not (low[k] in lex.tolls.table or low[k] in lex.cues.table):
            return False
    return False


#: Words between a revision verb and "to" besides the bridge words: the toll as a pronoun and the
#: day it was revised ("before raising it on Monday to 15", "revised it later on Tuesday to 20").
_REVISED_GAP = frozenset("""it on later again late early this then further monday tuesday wednesday thursday
    friday saturday sunday morning afternoon evening night""".split())


_COUNTER_OPEN = frozenset({"(", "[", ";"})
_COUNTER_CLOSE = frozenset({")", "]", ";", ".", ","})
_COUNTER_REACH = 8


def _counter_figure(lex: ClaimsLexicon, low: list[str], lo: int, f: _Fig) -> bool:
    """Whether the figure ``f``, a bare number without a noun, is another source's count of the
    previous figure (whose words end at ``lo``): told in a parenthesis or after ";", a few words
    after it, by a reporting verb ("(six soldiers killed per the army; JNIM claims 21)", "killing
    12 civilians (residents say 30)", "; the rebels claimed 40.") or after a source and ":" opening
    a parenthesis ("(local sources: 27)"), the number closing its clause."""
    if f.b < len(low) and low[f.b] not in _COUNTER_CLOSE:
        return False
    k = f.a - 1
    while k >= lo and f.a - k <= _COUNTER_REACH and low[k] not in _COUNTER_OPEN:
        if low[k] == ".":
            return False
        k -= 1
    if k < lo or low[k] not in _COUNTER_OPEN:
        return False
    if low[k] == "(" and f.a >= 2 and low[f.a - 1] == ":":
        # "(local sources: 27)": a source phrase right after the opening parenthesis
        return lex.claimants.match(low, k + 1) is not None and lex.claimants.match(low, k + 1)[0] == f.a - 1
    return ":" not in low[k + 1 : f.a] and not lex.verbs.isdisjoint(low[k + 1 : f.a])


def _modifies(lex: ClaimsLexicon, low: list[str], k: int) -> bool:
    """Whether the victim word before token ``k`` (one of the lexicon's ``modifier_victims``) is
    an adjective of the noun at ``k``: a word that is no function word, cue, victim noun or
    person noun ("several military positions", "two civilian vehicles", "12 Fulani villages";
    not "12 military were killed", "two military officials", "ten civilian deaths")."""
    if k >= len(low):
        return False
    w = low[k]
    return (w.isalpha() and w not in lex.no_noun and w not in lex.modifier_people and w not in lex.verbs
            and (w not in lex.cues.table or lex.cues.match(low, k) is None)
            and (w not in lex.victims.table or lex.victims.match(low, k) is None))


#: Prepositions of place or time that open the adjunct of a gapped figure (:func:`_gapped`).
_GAP_PREPS = frozenset({"in", "at", "near", "on", "around", "outside", "inside", "from", "during"})
_GAP_STOP = frozenset({";", ":", "(", ")", ".", "while", "but", "whereas"})
_GAP_REACH = 12


def _gapped(low: list[str], lo: int, f: _Fig) -> bool:
    """A figure without a noun of its own after "and" or "," that repeats the previous figure's
    clause with another place or time, its verb left out ("29 people were killed in Gomboro and
    19 in Kassan", "killing some 70 people in X and about 30 in Y", "eight soldiers died on
    Monday and four others on Tuesday"): the previous figure's noun and cue are its. The figure
    is followed by a preposition of place or time that the previous clause (``low[lo:f.a]``,
    from the end of the previous figure's noun) also holds; "and 30 were wounded" has a cue of
    its own, "and 19 houses" a noun."""
    gap = low[lo : f.a]
    if not gap or gap[-1] not in ("and", ",") or len(gap) > _GAP_REACH or not _GAP_STOP.isdisjoint(gap):
        return False
    k = f.vend if f.victim == "inherit" else f.b
    return k < len(low) and low[k] in _GAP_PREPS and low[k] in gap


def _noun_coordinated(lex: ClaimsLexicon, low: list[str], lo: int, hi: int) -> bool:
    """Are tokens [lo, hi) one noun coordinator ("as well as", ", along with"), commas aside?"""
    if not 0 < hi - lo <= 6:
        return False  # speed: the longest coordinator with its commas
    return tuple(w for w in low[lo:hi] if w != ",") in lex.noun_coordinators


def _coordinated(lex: ClaimsLexicon, low: list[str], lo: int, hi: int) -> bool:
    """Do tokens [lo, hi) join two figures' nouns ("and", ", or", "as well as")?"""
    gap = low[lo:hi] if hi - lo <= 6 else None
    return bool(gap) and (all(w in (",", "and", "or") or w in _QUOTES for w in gap) or _noun_coordinated(lex, low, lo, hi))


def _noun_before(lex: ClaimsLexicon, st: _Sent, a: int) -> str | None:
    """The nearest victim noun before token ``a`` in the sentence (not across a semicolon)."""
    for j in range(a - 1, max(-1, a - 12), -1):
        if st.low[j] in (";", ":"):
            return None
        hit = lex.victims.match(st.low, j)
        if hit is not None and hit[1] not in ("inherit", "people") and hit[0] <= a:
            return hit[1]
    return None


# words that end the search for a cue after a figure: the clause ends or turns
_FORWARD_STOP = frozenset({",", ";", ":", ".", "(", ")", "while", "but", "whereas"})
# a relative pronoun after the victim noun opens a clause that is not the figure's predicate
_RELATIVE = frozenset({"who", "that", "which"})
# auxiliaries: the first one after a relative clause's own verb starts the figure's predicate
# ("12 soldiers who were escorting the trucks were killed"); one also ends a coordinated noun
# phrase ("12 soldiers and members of a militia were killed")
_AUX = frozenset({"was", "were", "is", "are", "had", "have", "has", "been", "be"})
# what ends a coordinated victim noun's complement besides an auxiliary, a cue or a stop
_NP_END = _RELATIVE | frozenset({"died", "dies", "perished", "in", "on", "at", "during", "when", "after", "near"})
# intransitive casualty verbs: after a relative clause's own verb, one starts the main predicate
# ("30 civilians who were travelling on the road died")
_MAIN_VERBS = frozenset({"died", "dies", "perished", "succumbed"})
# "members of ...", "elements of ...": a victim noun whatever force the complement names
_MEMBERS = frozenset({"members", "member", "elements"})
# how far a coordinated noun's complement or a relative clause may reach (tokens)
_SKIP_REACH = 12


def _paren_end(low: list[str], j: int) -> int | None:
    """Token after the ")" closing the "(" at ``j`` when it holds a short name ("(VDP)",
    "(FAMa)"): one to three words, no number; else None."""
    for k in range(j + 1, min(len(low), j + 5)):
        if low[k] == ")":
            return k + 1 if k > j + 1 else None
        if not low[k].isalpha():
            return None
    return None


def _complement_end(lex: ClaimsLexicon, low: list[str], j: int, number_starts: set[int]) -> int | None:
    """After a coordinated victim noun ending at ``j``: the token ending its complement ("of the
    Volunteers for the Defence of the Homeland (VDP)", "of a pro-government militia"), i.e. the
    first auxiliary, cue, relative pronoun or preposition of place/time after it; None when
    none comes within reach or the clause ends first."""
    n = len(low)
    k = j
    cue_firsts = lex.cues.table
    reach = j + _SKIP_REACH
    while k < n and k < reach:
        w = low[k]
        if w == "(":
            e = _paren_end(low, k)
            if e is None:
                return None
            reach += e - k  # a short name in parentheses does not count
            k = e
            continue
        if w in _AUX or w in _NP_END or (w in cue_firsts and lex.cues.match(low, k) is not None):
            return k
        if w in _FORWARD_STOP or k in number_starts:
            return None
        k += 1
    return None


def _relative_end(low: list[str], j: int, number_starts: set[int]) -> int | None:
    """For the relative pronoun at ``j`` ("who were escorting the trucks were killed"): the
    auxiliary that starts the main predicate after the clause's own verb, else None (the clause
    runs on, or the sentence ends or turns first). A clause set off by commas (", who ..., were
    killed") ends at its closing comma."""
    n = len(low)
    own = False  # the clause's own verb group has started
    k = j + 1
    while k < n and k < j + _SKIP_REACH:
        w = low[k]
        if k in number_starts or w in (";", ":", ".", "(", ")"):
            return None
        if w == ",":
            return k + 1 if low[j - 1] == "," else None
        if w in _AUX or w in _MAIN_VERBS:
            if own and low[k - 1] not in _AUX:
                return k
            own = own or w in _MAIN_VERBS
        else:
            own = True
        k += 1
    return None


# an apposition after the victim noun opens with a determiner ("..., the civilian auxiliary force, ...")
_APPOSITION_DET = frozenset({"the", "a", "an"})
# how far an apposition set off by commas may reach (tokens), its own relative clause included
_APPOSITION_REACH = 25


def _apposition_end(lex: ClaimsLexicon, low: list[str], j: int, number_starts: set[int]) -> int | None:
    """For the comma at ``j`` right after a victim noun phrase: when it opens an apposition ("nine
    members of the VDP, the civilian auxiliary force that fights alongside the army, had been
    killed"; "three members of Dan Na Ambassagou, a Dogon militia, were killed"), the token after
    its closing comma, if an auxiliary or a cue starts there (the figure's predicate); else None."""
    n = len(low)
    if j + 1 >= n or low[j + 1] not in _APPOSITION_DET:
        return None
    for k in range(j + 2, min(n - 1, j + _APPOSITION_REACH)):
        w = low[k]
        if k in number_starts or w in _STOP_PUNCT or w == ".":
            return None
        if w == ",":
            nxt = low[k + 1]
            if nxt in _AUX or nxt in _MAIN_VERBS or (nxt in lex.cues.table and lex.cues.match(low, k + 1) is not None):
                return k + 1
            return None
    return None


def _apposition_start(low: list[str], j: int) -> int | None:
    """For the comma at ``j`` closing an apposition or a relative clause on the noun before it
    ("Kisal, a rights group that documents abuses, said"; "HRW, which documented the killings,
    said"): the opening comma, within reach and followed by a determiner or relative pronoun;
    else None."""
    for k in range(j - 1, max(0, j - _APPOSITION_REACH) - 1, -1):
        w = low[k]
        if w == ",":
            return k if k + 1 < j and (low[k + 1] in _APPOSITION_DET or low[k + 1] in _RELATIVE) else None
        if w in _STOP_PUNCT or w == "." or w in _QUOTES:
            return None
    return None


def _forward_cue(lex: ClaimsLexicon, st: _Sent, f: _Fig, number_starts: set[int]) -> tuple[str, int, bool] | None:
    """(class, token after the cue, whether a conjunction came before the cue).

    The search covers up to 8 tokens after the victim noun, not counting a coordinated victim
    noun with its complement ("12 soldiers and members of the Volunteers for the Defence of the
    Homeland (VDP) were killed") nor a restrictive relative clause ("12 soldiers who were
    escorting the trucks were killed": a cue inside the clause is not the figure's).
    """
    low = st.low
    n = len(low)
    j = f.vend
    steps = 0
    crossed = False
    cue_firsts = lex.cues.table  # speed: _cue_class is called only where a cue may start
    vtable = lex.victims.table
    while j < n and steps < 8:
        w = low[j]
        if w in _QUOTES:
            j += 1
            continue
        if w == "," and j + 1 < n and low[j + 1] in lex.subset.table and lex.subset.match(low, j + 1):
            # ", including 11 children," belongs to the figure: skip to its closing comma
            close = next((k for k in range(j + 1, min(n, j + 12)) if low[k] == ","), None)
            if close is not None:
                j = close + 1
                continue
        if j == f.vend and w in lex.subset.table and lex.subset.match(low, j) is not None:
            # "six people including two children were killed": the subset told without commas
            # belongs to the figure; its predicate starts at the first auxiliary or cue after it
            e = next((k for k in range(j + 1, min(n, j + 10)) if low[k] in _AUX or low[k] in _FORWARD_STOP
                      or (low[k] in cue_firsts and lex.cues.match(low, k) is not None)), None)
            if e is not None and low[e] not in _FORWARD_STOP:
                j = e
                continue
        if w in _RELATIVE and j == f.vend or (w == "," and j == f.vend and j + 1 < n and low[j + 1] == "who"):
            # a relative clause on the victim noun: its verbs are not the figure's predicate
            e = _relative_end(low, j + (w == ","), number_starts)
            if e is None:
                return None
            j = e
            continue
        if w == "and" and j + 1 < n and (low[j + 1] in vtable or low[j + 1] in _MEMBERS):
            hit = lex.victims.match(low, j + 1)
            if hit is None and low[j + 1] in _MEMBERS and j + 2 < n and low[j + 2] == "of":
                hit = (j + 2, "members")  # "members of <a named force>": its complement follows
            if hit is not None and hit[1] != "inherit" and low[hit[0] - 1] not in cue_firsts:
                # a coordinated victim noun ("soldiers and members of ..."): skip its complement
                e = _complement_end(lex, low, hit[0], number_starts)
                if e is not None:
                    crossed = True
                    j = e
                    if j < n and low[j] in _RELATIVE:
                        e = _relative_end(low, j, number_starts)
                        if e is None:
                            return None
                        j = e
                    continue
        if w == "(" and j == f.vend:
            e = _paren_end(low, j)  # "12 soldiers (FAMa) were killed"
            if e is not None:
                j = e
                continue
        if w == "," and (j == f.vend or low[j - 1] == ")"):
            e = _apposition_end(lex, low, j, number_starts)  # "N members of X, the ... force, were killed"
            if e is not None:
                j = e
                continue
        if w in _FORWARD_STOP or j in number_starts:
            return None
        hit = _cue_class(lex, st, j) if w in cue_firsts else None
        if hit is not None:
            return hit[1], hit[0], crossed
        crossed = crossed or w in ("and", "or")
        j += 1
        steps += 1
    return None


def _other_fate(lex: ClaimsLexicon, low: list[str], vend: int, number_starts: set[int]) -> bool:
    """Whether the predicate after a figure's noun is a fate that is no casualty (lexicon
    ``other_fates``: "more than two million people displaced", "5,000 others were forced to
    flee", "300,000 are in need of aid"), told before any casualty cue ("15 were killed as they
    fled" is a toll). A relative clause on the noun ("12 people who had fled ... were killed") or a
    clause break ends the search; it looks at a few tokens only."""
    n = len(low)
    fates, cue_firsts = lex.other_fates.table, lex.cues.table
    for j in range(vend, min(n, vend + 6)):
        w = low[j]
        if w in _QUOTES:
            continue
        if w in _FORWARD_STOP or w in _RELATIVE or j in number_starts:
            return False
        if w in cue_firsts and lex.cues.match(low, j) is not None:
            return False
        if w in fates and lex.other_fates.match(low, j) is not None:
            return True
    return False


def _object_of_cue(lex: ClaimsLexicon, low: list[str], a: int) -> bool:
    """Whether the figure at token ``a`` is the object of a casualty verb right before it, with
    only bridge words between ("killing 20 civilians fleeing the village": the participle tells
    who they were); across "and" or a comma it is not ("... have been killed and more than two
    million people displaced")."""
    cue_firsts = lex.cues.table
    j = a - 1
    while j >= 0 and a - j <= 6:
        w = low[j]
        if w in _QUOTES:
            j -= 1
            continue
        if w in cue_firsts and lex.cues.match(low, j) is not None:
            return True
        if w == "and" or w not in lex.bridge:
            return False
        j -= 1
    return False


def _backward_cue(lex: ClaimsLexicon, st: _Sent, f: _Fig, prev: _Fig | None) -> str | None:
    # not across the previous figure or its predicate ("people have been killed and hundreds ... fled")
    floor = max(prev.vend, prev.cue_end) if prev is not None else 0
    low = st.low
    cue_firsts = lex.cues.table  # speed: _cue_class is called only where a cue may start
    j = f.a - 1
    while j >= floor:
        w = low[j]
        if w in _QUOTES:
            j -= 1
            continue
        for back in (2, 1, 0):  # multi-word cues ending at j ("death toll", "shot dead")
            if j - back >= floor and low[j - back] in cue_firsts:
                hit = _cue_class(lex, st, j - back)
                if hit is not None and hit[0] >= j + 1:
                    return _toll_class(lex, st, j - back, f.a) if lex.tolls.match(low, j - back) else hit[1]
        if w not in lex.bridge:
            break
        j -= 1
    # a "toll" further back in the sentence ("the toll ..., encompassing ..., could amount to 20")
    tolls = lex.tolls.table
    for j in range(f.a - 1, max(floor, f.a - lex.toll_reach) - 1, -1):
        if st.low[j] in (";", ".") :
            break
        if st.low[j] in tolls and lex.tolls.match(st.low, j):  # speed: most words start no toll
            return _toll_class(lex, st, j, f.a)
    return None


def _toll_class(lex: ClaimsLexicon, st: _Sent, a: int, b: int) -> str:
    """A toll is of deaths unless it says it includes wounded or missing."""
    classes = set()
    cues = lex.cues.table
    for j in range(a, b):
        hit = lex.cues.match(st.low, j) if st.low[j] in cues else None
        if hit is not None and hit[1] != "killed":
            classes.add(hit[1])
    return "combined" if classes else "killed"


_LOSS_VERBS = frozenset({"lost", "lose", "loses", "losing"})


class _Mentions:
    """A sentence's actor mentions, indexed for :func:`_own_side` (speed: a sentence with many
    mentions and many figures; the plain list is scanned once per figure)."""

    __slots__ = ("mentions", "starts")

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.mentions = mentions
        starts = [m.start for m in mentions]
        ok = all(map(int.__le__, starts, islice(starts, 1, None))) and all(m.start <= m.end for m in mentions)
        self.starts = starts if ok else None  # None: not sorted by start, searched plainly

    def last_within(self, lo: int, hi: int) -> str | None:
        """The actor of the last mention (in list order) inside characters [lo, hi], else None."""
        m = self.last_mention_within(lo, hi)
        return None if m is None else m.actor

    def last_mention_within(self, lo: int, hi: int) -> ActorMention | None:
        """The last mention (in list order) inside characters [lo, hi], else None."""
        ms = self.mentions
        if self.starts is None:
            subj = [m for m in ms if lo <= m.start and m.end <= hi]
            return subj[-1] if subj else None
        # sorted by start, each ending at or after its start: a mention inside [lo, hi] starts
        # in it, and the last of those in list order that ends by hi is the answer
        first = bisect.bisect_left(self.starts, lo)
        for i in range(bisect.bisect_right(self.starts, hi) - 1, first - 1, -1):
            if ms[i].end <= hi:
                return ms[i]
        return None


#: A possessive in a victim phrase ("ten of its men") and the nouns it turns into its owner's side.
_POSSESSIVES = frozenset({"its", "their"})
_GENERIC_FIGHTERS = frozenset({"fighters", "fighter", "combatants", "men", "elements", "members", "personnel"})


def _own_side(
    lex: ClaimsLexicon, st: _Sent, f: _Fig, speaker: Speaker, actors: list[ActorMention] | _Mentions | None, known: dict,
    prev: _Fig | None = None,
) -> str | None:
    """'we lost six men': the speaker's own side; 'the army lost 11 men': the subject's; "ten of
    its men", "dozens of its fighters": the side of the actor named last, up to 16 tokens, before
    the figure (not one the previous figure counts: "killed 20 soldiers and lost five of its
    fighters")."""
    if f.vend == f.b:
        return None
    name = None
    if (f.victim == "people" or st.low[f.vend - 1] in _GENERIC_FIGHTERS) \
            and not _POSSESSIVES.isdisjoint(st.low[f.b : f.vend]):
        lo, hi = st.start(max(0, f.a - 16)), st.start(f.a)
        if prev is not None and prev.vend > prev.b and st.start(prev.a) >= lo:
            lo = max(lo, st.ends[prev.vend - 1])  # after the previous figure's victims
        if isinstance(actors, _Mentions):
            owner = actors.last_mention_within(lo, hi)
        else:
            subj = [m for m in actors or () if lo <= m.start and m.end <= hi]
            owner = subj[-1] if subj else None
        if owner is not None:
            # the agent of a killing owns none of its victims ("gunmen killed 12 of their men")
            verbs = st.low[bisect.bisect_right(st.ends, owner.end - 1) : f.a]
            name = None if any(w in lex.object_verbs and w not in _LOSS_VERBS for w in verbs) else owner.actor
        elif speaker.claimant in known:
            name = speaker.claimant  # "the FLA said it killed 20 soldiers and lost five of its men"
    elif (f.victim == "people" or st.low[f.vend - 1] in _GENERIC_FIGHTERS) and "our" in st.low[f.b : f.vend]:
        name = speaker.claimant  # '"Twenty of our men fell," the army said': the speaker's own side
    elif f.victim != "people":
        return None
    elif any(w in ("we", "our", "us") for w in st.low[max(0, f.a - 5) : f.a]):
        name = speaker.claimant
    else:
        # an actor right before "lost" ("the army has lost 11 men", "JNIM lost about 20 fighters")
        k = next((j for j in range(f.a - 1, max(-1, f.a - 4), -1) if st.low[j] in _LOSS_VERBS), None)
        if k is not None:
            lo = st.start(max(0, k - 3))
            hi = st.start(k)
            if isinstance(actors, _Mentions):
                name = actors.last_within(lo, hi)
            else:
                subj = [m for m in actors or () if lo <= m.start and m.end <= hi]
                name = subj[-1].actor if subj else None
    entry = known.get(name) if name else None
    return None if entry is None else _side_group(lex, name, entry)


def find_casualty_claims(
    text: str,
    sentences: list[Sentence],
    actors: list[ActorMention],
    *,
    outlet: str = "",
    published=None,  # dates which force a state's nationals are ("Russians": Wagner, then Africa Corps)
) -> list[CasualtyClaim]:
    """Every casualty figure of the article with its claimant, kind, victims and revision state.

    ``actors`` are the article's actor mentions (:func:`analysis.coding.actors.find_actors`);
    ``outlet`` names the outlet for unattributed figures (else ``"the outlet"``). Claims are in
    text order. See the module docstring for the rules.
    """
    lex = load_lexicon()
    adict = actors_mod.load_dictionary()  # looked up once: the helpers get what they need of it
    known = adict.actors
    demonyms = _demonym_countries(adict.path)
    speakers = _actor_speakers(adict.path)
    outlet_speaker = _speaker(outlet or THE_OUTLET, "reported")
    outlet_estimate = _speaker(outlet or THE_OUTLET, "estimated")
    mentions_in = _mentions_by_sentence(actors)
    memo: dict[int, list[_Cue]] = {}
    # per-call memos (this article only): a sentence is tokenised, and its candidate speakers
    # found, once, whether it holds figures, is a pronoun's antecedent sentence, or both
    sts: dict[int, _Sent] = {}
    cand_memo: dict[int, list[_Cand]] = {}

    def tokens(k: int) -> _Sent:
        st = sts.get(k)
        if st is None:
            st = sts[k] = _sent_tokens(text, sentences[k])
        return st

    def speakers_before(k: int, depth: int) -> Speaker | None:
        """The last speaker of the nearest earlier sentence (up to 3 back) that has one."""
        for j in range(k - 1, max(-1, k - 4), -1):
            earlier = attributions(j, depth + 1)
            if earlier:
                return earlier[-1].speaker
        return None

    def author_before(k: int, depth: int) -> Speaker | None:
        """The author of a statement told before ("the communique said"): the last speaker of
        the earlier sentences (up to 3 back) who is no medium (state television reading it, an
        agency relaying it), else :func:`speakers_before`."""
        media = lex.media
        for j in range(k - 1, max(-1, k - 4), -1):
            for cue in reversed(attributions(j, depth + 1)):
                if cue.speaker.claimant.lower() not in media:
                    return cue.speaker
        return speakers_before(k, depth)

    # the governments, then the state forces, named in the article: (start offsets, countries),
    # sorted (built at the first "ministry")
    state_marks: list[tuple[list[int], list[str]]] | None = None

    def state_speaker(st: _Sent, a: int, b: int) -> Speaker:
        """The government of a ministry or minister at tokens [a, b) of ``st``: of the state
        told right before it ("the Nigerien Ministry of ...", "Niger's defence ministry"), else
        of the government named last before its end in the article, else of the state force
        named last before it ("the army said ... the ministry said"), else of the first
        government, then state force, named after it; else plain "government"."""
        nonlocal state_marks
        country = _country_before(st.low, a, _country_words(adict.path))
        if country is None:
            if state_marks is None:
                by_kind: dict[str, list[tuple[int, str]]] = {k: [] for k in _STATE_KINDS}
                for m in actors:
                    e = known.get(m.actor)
                    if e is not None and e.kind in by_kind and (m.country or e.country):
                        by_kind[e.kind].append((m.start, m.country or e.country))
                state_marks = []
                for kind in ("government", "state_force"):
                    marks = sorted(by_kind[kind])
                    state_marks.append(([p for p, _ in marks], [c for _, c in marks]))
            end = st.ends[b - 1]
            for starts, countries in state_marks:
                p = bisect.bisect_left(starts, end)
                if p:
                    country = countries[p - 1]
                    break
            else:
                country = next((countries[0] for _, countries in state_marks if countries), None)
        entry = adict.countries.get(country) if country else None
        gov = entry.government if entry is not None else None
        if gov:
            sp = speakers.get(gov)
            return sp if sp is not None and sp is not _UNKNOWN else _actor_speaker(gov, "government")
        return _GOVERNMENT

    def sentence_cands(k: int) -> list[_Cand]:
        cands = cand_memo.get(k)
        if cands is None:
            cands = cand_memo[k] = _candidates(lex, tokens(k), mentions_in(sentences[k].index) or [], speakers,
                                               state_speaker)
        return cands

    def attributions(k: int, depth: int) -> list[_Cue]:
        """Resolved attributions of sentence k (pronouns resolved from earlier sentences).

        Memoised as first computed: at depth 4 a pronoun is left unresolved, and that value
        stays in ``memo`` for later searches too.
        """
        if k in memo:
            return memo[k]
        cands = sentence_cands(k)
        prev = prev_doc = None
        if depth < 4 and any(c.speaker is None for c in cands):
            prev = speakers_before(k, depth)
            if any(c.doc for c in cands):
                prev_doc = author_before(k, depth)
        resolved = memo[k] = [c for c in _cues(lex, tokens(k), cands, prev, prev_doc) if c.speaker is not None]
        return resolved

    # Speed: the search of earlier sentences for a pronoun's speaker (tokenising them, finding
    # their speakers and attributions) is put off until a figure's attribution uses a pronoun,
    # which few do. Since ``memo`` keeps what a search computed first, the searches put off
    # (``pending``) are still all run, in their order, before the first one that matters.
    pending: list[int] = []

    def figure_attributions(k: int, figs: list[_Fig]) -> list[_Cue]:
        """Resolved attributions of figure sentence k, whose counted nouns are no speakers."""
        st = tokens(k)
        low = st.low
        words = st.words
        if lex.cue_triggers.isdisjoint(words) and ":" not in words and (
                lex.pronouns.firsts.isdisjoint(words) or not lex.pronouns.starts(low)):
            # speed: no word starts an attribution (_cues finds none) and no pronoun can be put
            # off (``pending``): the candidates are not needed (an unattributed toll)
            return []
        # the counted nouns ("17 soldiers", "four civilians") are not speakers; a candidate
        # outside the span of all the figures overlaps none (tested first: most are)
        lo, hi = min(f.a for f in figs), max(f.vend for f in figs)
        if len(figs) <= _FEW:
            cands = [c for c in sentence_cands(k)
                     if c.b <= lo or c.a >= hi or not any(c.a < f.vend and f.a < c.b for f in figs)]
        else:
            # speed: a candidate overlaps a figure iff, of the figures starting before its end
            # (a prefix of them sorted by start), one ends after its start (a prefix maximum)
            spans = sorted((f.a, f.vend) for f in figs)
            fig_a = [a for a, _ in spans]
            reach = list(accumulate((e for _, e in spans), max))
            cands = []
            for c in sentence_cands(k):
                p = bisect.bisect_left(fig_a, c.b)
                if c.b <= lo or c.a >= hi or not (p and reach[p - 1] > c.a):
                    cands.append(c)
        if not any(c.speaker is None for c in cands):
            return [c for c in _cues(lex, st, cands, None) if c.speaker is not None]
        cues = _cues(lex, st, cands, _PRONOUN)
        if not any(c.speaker is _PRONOUN for c in cues):
            pending.append(k)  # no attribution uses the pronoun: the earlier speaker cannot matter
            return [c for c in cues if c.speaker is not None]
        for p in pending:
            speakers_before(p, 0)
        pending.clear()
        prev = speakers_before(k, 0)
        prev_doc = author_before(k, 0) if any(c.doc for c in cands) else None
        return [c for c in _cues(lex, st, cands, prev, prev_doc) if c.speaker is not None]

    # the quotation marks counted in the text before ``quote_at[0]`` (straight, opening curly,
    # closing curly): moved forward sentence by sentence, so the article is counted once
    quote_at = [0, 0, 0, 0]

    def inside_quote(pos: int) -> bool:
        """Is ``pos`` inside a quotation: an odd number of straight double quotes before it, or
        more opening than closing curly ones? (counted from where the last call stopped; a
        position before it, at most a few sentences back, by the counts in between)"""
        at = quote_at[0]
        if pos >= at:
            quote_at[:] = [pos, *_quote_counts(text, at, pos, quote_at[1:])]
            n, o, c = quote_at[1:]
        else:
            n, o, c = _quote_counts(text, pos, at, (0, 0, 0))
            n, o, c = quote_at[1] - n, quote_at[2] - o, quote_at[3] - c
        return n % 2 == 1 or o > c

    def _quote_opener(k: int) -> Speaker | None:
        """The speaker of the quotation sentence k is in: the attribution of the sentence that
        opened it (up to 8 back), else of the sentence before that one when it ends in ":"."""
        for j in range(k, max(-1, k - 9), -1):
            if _opens_quote(sentences[j].text) and not inside_quote(sentences[j].start):
                cues = attributions(j, 0)
                if not cues and j and sentences[j - 1].text.rstrip().endswith(":"):
                    cues = attributions(j - 1, 0)
                return cues[-1].speaker if cues else None
        return None

    claims: list[CasualtyClaim] = []
    all_figs: list[_Fig] = []
    maybe = _cue_sentences(lex, text, sentences)
    quotes = '"' in text or "“" in text  # speed: an article without quotes has no quoted statement
    for k, s in enumerate(sentences):
        # cheap tests first: most sentences hold no cue phrase at all, and some of the others
        # no number (a sentence is tokenised only if it can hold a figure)
        if not maybe[k]:
            continue
        counts = _counts(text, s)
        if not _may_hold_figure(text, s, counts, lex):
            continue
        st = tokens(k)
        subjects = mentions_in(s.index)
        figs = _figures(lex, text, st, demonyms, counts, subjects, known)
        if not figs:
            continue
        resolved = figure_attributions(k, figs)
        quoted = None
        if not resolved and _opens_quote(s.text):
            # a quotation running on into the next sentences is attributed where it closes
            # ('"We buried 21 people. There were no armed men," he told AP.')
            for p in pending:
                speakers_before(p, 0)
            pending.clear()
            for j in range(k + 1, min(len(sentences), k + 3)):
                if _closes_quote(sentences[j].text):
                    cues = attributions(j, 0)
                    quoted = cues[0].speaker if cues else None
                    break
        if not resolved and quoted is None and quotes and (_opens_quote(s.text) or inside_quote(s.start)):
            # a statement quoted at length after its introduction ("According to the
            # communique:", "The statement read:"): its speaker holds across the paragraphs
            # of the quotation, up to where it closes
            for p in pending:
                speakers_before(p, 0)
            pending.clear()
            quoted = _quote_opener(k)
        if not resolved and quoted is None and 0 < k < len(sentences) - 1 \
                and _CONTINUED.search(sentences[k + 1].text) is not None:
            # a statement's account told between two of its attributions ("..., the statement said.
            # Two days later, ... where 22 assailants were neutralized. Three soldiers lost their
            # lives ..., the statement added."): the sentences between are the statement's too
            for p in pending:
                speakers_before(p, 0)
            pending.clear()
            after, before = attributions(k + 1, 0), attributions(k - 1, 0)
            if after and before and after[-1].speaker == before[-1].speaker:
                quoted = after[-1].speaker
        pick = _picker(resolved) if len(resolved) > _FEW else None
        if subjects is not None and len(subjects) > _FEW and len(figs) > 1:
            subjects = _Mentions(subjects)
        prev_fig = None
        for f in figs:
            speaker = f.speaker = (
                (_pick(resolved, f, st) if pick is None else pick(f)) or _official_toll(st, f) or quoted
                # "an estimated 500" in the outlet's own voice is its estimate
                or (outlet_estimate if "estimated" in f.q.text else outlet_speaker)
            )
            side = _own_side(lex, st, f, speaker, subjects, known, prev_fig)
            prev_fig = f
            if side:
                f.victim = side
            elif f.victim and f.victim.startswith(_NATIONALS):
                f.victim = _nationals(lex, st, f, speaker, published)
            q = f.q
            claims.append(_claim({
                "start": q.start,
                "end": _claim_end(f, st),
                "quote": s.text,
                "count": int(q.value),
                "claimant": speaker.claimant,
                "claim_kind": speaker.kind,
                "victim_group": f.victim or "people",
                "qualifier": q.qualifier,
                "killed_or_other": f.cls,
                "sentence_index": s.index,
                "superseded": False,
                "high": getattr(q, "high", None),
                "vague": bool(q.vague),
            }))
        all_figs += figs
    # The helpers above share one closure that holds them (they call one another): unbinding
    # them breaks that reference cycle, so this call's locals are freed when it returns, not
    # at the collector's next pass (speed: no cyclic garbage per article).
    tokens = speakers_before = author_before = state_speaker = sentence_cands = None  # noqa: F811 (Cython cannot del them)
    attributions = figure_attributions = inside_quote = _quote_opener = None
    return _supersede(claims, all_figs)


def _mentions_by_sentence(actors: list[ActorMention]):
    """A function of a sentence index giving its mentions in input order, None when it has none:
    ``text_mod.by_sentence(actors).get``.

    Speed: find_actors gives the mentions sorted by sentence (checked here): then a sentence's
    mentions are one slice, found by bisection when asked for (a few sentences hold figures),
    instead of grouping every sentence's mentions into a dict of lists up front.
    """
    sis = list(map(_SENTENCE_INDEX, actors))
    try:
        ordered = all(map(operator.le, sis, islice(sis, 1, None)))
    except TypeError:  # indexes that do not compare: grouped by equality only
        ordered = False
    if not ordered:
        return text_mod.by_sentence(actors).get

    def mentions_in(si: int) -> list[ActorMention] | None:
        lo = bisect.bisect_left(sis, si)
        hi = bisect.bisect_right(sis, si, lo)
        return actors[lo:hi] if hi > lo else None

    return mentions_in


_SENTENCE_INDEX = attrgetter("sentence_index")


#: A reporting verb that goes on with a statement ("the statement added", "he continued").
_CONTINUED = re.compile(r"\b(?:added|adding|continued|went on to say)\b")


def _opens_quote(text: str) -> bool:
    """Does the sentence open a quotation it does not close (an odd number of straight double
    quotes, or more opening than closing curly or angle quotes)?"""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("«") > text.count("»")


def _quote_counts(text: str, a: int, b: int, base) -> tuple[int, int, int]:
    """``base`` plus the straight, opening curly and closing curly double quotes of ``text[a:b]``."""
    return (base[0] + text.count('"', a, b), base[1] + text.count("“", a, b), base[2] + text.count("”", a, b))


def _closes_quote(text: str) -> bool:
    """Does the sentence close a quotation opened before it?"""
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“") or text.count("»") > text.count("«")


def _claim(fields: dict[str, Any]) -> CasualtyClaim:
    """``CasualtyClaim(**fields)``, given every field in field order, through
    :func:`analysis.records.filled` (speed; test_claims checks the two agree)."""
    return filled(CasualtyClaim, fields)


# One byte per character of a lower-cased text: an ASCII letter or digit stays, any other byte
# (space, punctuation, and the "?" that ``encode("ascii", "replace")`` puts for a non-ASCII
# character) becomes a space (see _cue_hits).
_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_ASCII_WORD = re.compile(r"[0-9a-z]+")


def _cue_regex(lex: ClaimsLexicon) -> tuple[re.Pattern | None, re.Pattern, re.Pattern]:
    """Patterns finding the lexicon's cues in a lower-cased text (built once, by
    :func:`load_lexicon`: its ``cue_rx``).

    ``(phrases, scan, head)``. ``phrases`` finds a cue or toll phrase after a space in the bytes
    of :func:`_cue_hits` (group 1 is the phrase; its words apart by one or more spaces); it is
    None unless every phrase is made of ASCII words. ``scan`` finds the first word of a phrase
    with the character before it in the text itself, ``head`` one at the very start.

    Speed: sre jumps from one space to the next at C speed (a literal first character) and tries
    the phrases there, about twice as fast as ``scan``, whose class (``[^a-z0-9]``, itself faster
    than a look-behind evaluated at every position) it tests at every character; and a whole
    phrase passes fewer sentences than its first word ("held talks", "taken control", "final
    base" hold none). ``scan``'s class lets a non-ASCII letter through ("é"), the bytes see any
    non-ASCII character as a space: the caller drops a hit after a letter or digit
    (``str.isalnum``: a ``_WORD`` character).
    """
    phrases = None
    if lex.cue_phrases and all(_ASCII_WORD.fullmatch(t) for ph in lex.cue_phrases for t in ph):
        body = text_mod.trie_pattern(sorted(" ".join(ph) for ph in lex.cue_phrases))
        phrases = re.compile(rb" (" + body.encode("ascii") + rb")(?![0-9A-Za-z])")
    words = sorted(w for w in lex.cue_words if _WORD.fullmatch(w))
    body = text_mod.trie_pattern(words) if words else ""
    if body:
        return (phrases, re.compile(rf"[^a-z0-9]((?:{body}))(?![^\W_])"), re.compile(rf"(?:{body})(?![^\W_])"))
    return (phrases, re.compile("(?!)"), re.compile("(?!)"))


def _cue_hits(lex: ClaimsLexicon, low: str) -> list[int]:
    """Offsets in the lower-cased text ``low``, in order, such that a sentence whose tokens hold
    a cue or toll phrase (``cues``, ``tolls``) has one where the phrase starts.

    With the ``phrases`` pattern of :func:`_cue_regex`: where a phrase starts after a character
    that is no letter or digit; the bytes see punctuation and non-ASCII characters as spaces, so
    a few hits have no phrase in the tokens ("taken. Hostage", "killedé"), never the reverse.
    Else where a first word of a phrase is a whole ``_WORD`` token.
    """
    phrases, scan, head = lex.cue_rx
    if phrases is not None:
        # one byte per character, offsets kept (+1 for the space put first: a word at the start)
        padded = b" " + low.encode("ascii", "replace").translate(_WORD_BYTES)
        hits = []
        pos = 0
        search = phrases.search
        while (m := search(padded, pos)) is not None:
            p = m.start(1) - 1
            if p == 0 or not low[p - 1].isalnum():  # a space in the bytes may be "é" in the text
                hits.append(p)
            # the next search from the phrase's second character: a phrase that starts inside
            # this one is found too ("death" ends a sentence, "toll" starts the next)
            pos = m.start(1)
        return hits
    # a hit's match starts at the character before the word (see _cue_regex); a rejected hit
    # (after a letter) covers only word characters, so it hides no hit of its own
    hits = [m.start(1) for m in scan.finditer(low) if not low[m.start()].isalnum()]
    if head.match(low):
        hits.insert(0, 0)
    return hits


def _cue_sentences(lex: ClaimsLexicon, text: str, sentences: list[Sentence]) -> list[bool]:
    """Per sentence: may it hold a claim? False only if its tokens hold no cue or toll phrase
    (every figure takes its class from one, see :func:`_figures`).

    Speed: one regex scan of the lower-cased article (:func:`_cue_hits`) instead of tokenising
    every sentence. A sentence where the scan could miss a phrase (its text is not
    ``text[start:end]``, a boundary inside a word, a lower-casing that is not character by
    character: "İ", "Σ") is tested on its own words: does one of them (``_WORD`` tokens,
    lower-cased) start a phrase (``cue_words``)?
    """
    # str.lower is character by character but for final sigma and "İ" (the one character whose
    # lower case is two characters long): without them text.lower() is lowered(text), which the
    # number finder lower-cases (and caches) for this article anyway
    if "\u0130" in text or "Σ" in text:
        return [not lex.cue_words.isdisjoint(_WORD.findall(s.text.lower())) for s in sentences]
    hits = _cue_hits(lex, text_mod.lowered(text))
    out = []
    size = len(text)
    nhits = len(hits)
    for s in sentences:
        a, b = s.start, s.end
        t = s.text
        # the sentence is text[a:b] (tested without copying the slice when the offsets are in
        # range) and no boundary is inside a word (a letter or digit on both sides)
        if (
            (len(t) == b - a and a >= 0 and b <= size and text.startswith(t, a) if 0 <= a <= b else t == text[a:b])
            and not (0 < a < size and text[a - 1].isalnum() and text[a].isalnum())
            and not (0 < b < size and text[b - 1].isalnum() and text[b].isalnum())
        ):
            k = bisect.bisect_left(hits, a)
            out.append(k < nhits and hits[k] < b)
        else:
            out.append(not lex.cue_words.isdisjoint(_WORD.findall(t.lower())))
    return out


def _claim_end(f: _Fig, st: _Sent) -> int:
    """End offset of a claim: the end of its victim noun, else of its number."""
    # the sentence's tokens are _TOK's over text[start:end] (see _sent_tokens): their end
    # offsets are at hand, no second scan of the sentence
    if f.vend > f.b and f.vend - 1 < len(st.ends):
        return st.ends[f.vend - 1]
    return f.q.end


def _pick(cues: list[_Cue], f: _Fig, st: _Sent) -> Speaker | None:
    """The attribution that covers figure ``f``: trailing, else nearest before, else after."""
    if not cues:
        return None
    before = [c for c in cues if c.b <= f.a and not c.trailing]
    if before:
        return before[-1].speaker
    after = [c for c in cues if c.a >= f.vend]
    return after[0].speaker if after else cues[-1].speaker


def _picker(cues: list[_Cue]):
    """:func:`_pick` for many cues (not empty), as a function of the figure: the last
    non-trailing cue ending by the figure's start, else the first starting at or after the end
    of its victim noun, else the last cue, found by bisection (speed: a sentence of many cues
    and figures)."""
    # by end: the latest list position among the non-trailing cues ending at or before a token
    before = sorted((c.b, i) for i, c in enumerate(cues) if not c.trailing)
    before_b = [b for b, _ in before]
    latest = list(accumulate((i for _, i in before), max))
    # by start: the earliest list position among the cues starting at or after a token
    after = sorted((c.a, i) for i, c in enumerate(cues))
    after_a = [a for a, _ in after]
    earliest = list(accumulate((i for _, i in reversed(after)), min))[::-1]
    last = cues[-1].speaker

    def pick(f: _Fig) -> Speaker | None:
        p = bisect.bisect_right(before_b, f.a)
        if p:
            return cues[latest[p - 1]].speaker
        p = bisect.bisect_left(after_a, f.vend)
        return cues[earliest[p]].speaker if p < len(after) else last

    return pick


_OFFICIALS = Speaker("officials", "official")
_GOVERNMENT = Speaker("government", "official")  # a ministry in an article that names no state
_UNKNOWN = Speaker("<not in the actor dictionary>", "reported")  # a sentinel (compared by identity)
# stands for "the previous speaker" while it is not known yet (compared by identity)
_PRONOUN = Speaker("<previous speaker>", "reported")


def _official_toll(st: _Sent, f: _Fig) -> Speaker | None:
    """An unattributed "official death toll of 141" / "official figures" is an official figure."""
    window = st.low[max(0, f.a - 6) : f.a]
    if "official" not in window:
        return None  # speed: the common case, one C-level test
    for j, w in enumerate(window[:-1]):
        if w == "official" and window[j + 1] in ("toll", "death", "figures", "figure", "tally", "count", "casualty"):
            return _OFFICIALS
    return None


def _key(claimant: str, kind: str) -> str:
    """Claimants that speak for one side: a state's army and government are one official voice."""
    if kind == "official":
        entry = actors_mod.load_dictionary().actors.get(claimant)
        if entry is not None and entry.kind in _STATE_KINDS and entry.country:
            return f"state:{entry.country}"
    return claimant


#: How many sentences back a revised toll reaches for the figures it revises.
_REVISION_REACH = 3


def _supersede(claims: list[CasualtyClaim], figs: list[_Fig]) -> list[CasualtyClaim]:
    """``claims`` with each figure that a later one revises marked ``superseded``: an initial
    figure revised by a later update of its claimant (:func:`_supersede_initial`), and any figure
    that a revised toll told within a few sentences after it revises (:func:`_supersede_revised`)."""
    out = _supersede_initial(claims, figs)
    if any(f.revision for f in figs):
        out = _supersede_revised(out, figs)
    return out


def _supersede_revised(claims: list[CasualtyClaim], figs: list[_Fig]) -> list[CasualtyClaim]:
    """A revised toll ("the toll later rose to 11", "according to a new toll ..., 11") replaces
    the earlier figures of its class told up to :data:`_REVISION_REACH` sentences before it,
    whoever gave them (spec: a revised toll supersedes the first): those of its victim group, or
    of any group when it counts ``people`` (a total), and earlier totals not larger than it when
    it counts one group ("killing seven people ... bringing the toll of passengers to 11"). Figures revised together in one sentence
    ("a new toll: 11 people, 5 of them soldiers") do not revise each other.

    Speed: one pass; the earlier figures wait in a list per (class, group), each leaves it once
    (revised, or out of reach), so the work grows with the figures, not their square."""
    out = list(claims)
    waiting: dict[str, dict[str, list[int]]] = {}  # class -> group -> figure positions, in order
    held: list[int] = []  # the revisions of the current sentence, joining ``waiting`` after it
    sent = None
    for j, (c, f) in enumerate(zip(claims, figs)):
        if c.sentence_index != sent:
            for i in held:
                waiting.setdefault(claims[i].killed_or_other, {}).setdefault(claims[i].victim_group, []).append(i)
            held = []
            sent = c.sentence_index
        if f.revision:
            groups = waiting.get(c.killed_or_other, {})
            for g in list(groups) if c.victim_group in GENERIC_VICTIMS else [c.victim_group]:
                # each waiting figure is revised, or out of reach of this and every later
                # revision: the list is emptied
                for i in groups.pop(g, ()):
                    if sent - claims[i].sentence_index <= _REVISION_REACH and not out[i].superseded:
                        out[i] = _claim({**vars(out[i]), "superseded": True})
            if c.victim_group not in GENERIC_VICTIMS:
                # an earlier total ("killing seven people") is revised by a specific revision
                # that is not smaller ("four more passengers died, bringing the toll to 11")
                for g in [g for g in groups if g in GENERIC_VICTIMS]:
                    keep = []
                    for i in groups[g]:
                        if sent - claims[i].sentence_index > _REVISION_REACH:
                            continue  # out of reach of every later revision too
                        if claims[i].count <= c.count:
                            if not out[i].superseded:
                                out[i] = _claim({**vars(out[i]), "superseded": True})
                        else:
                            keep.append(i)
                    groups[g] = keep
            held.append(j)
        else:
            waiting.setdefault(c.killed_or_other, {}).setdefault(c.victim_group, []).append(j)
    return out


def _supersede_initial(claims: list[CasualtyClaim], figs: list[_Fig]) -> list[CasualtyClaim]:
    """``claims`` with each initial figure that a later update of its claimant (or of its
    sentence) revises marked ``superseded``."""
    initial = [i for i, f in enumerate(figs) if f.initial and not f.update]
    if not initial:
        return claims  # speed: most articles give no initial toll
    out = list(claims)
    if len(initial) > _FEW:
        return _supersede_many(claims, figs, initial, out)
    for i in initial:
        c = claims[i]
        k = _key(c.claimant, c.claim_kind)
        for c2, f2 in zip(claims[i + 1 :], figs[i + 1 :]):
            if f2.initial and not f2.update:
                continue
            same = _key(c2.claimant, c2.claim_kind) == k or c2.sentence_index == c.sentence_index
            if same and c2.killed_or_other == c.killed_or_other and (f2.update or c2.victim_group == c.victim_group):
                out[i] = _claim({**vars(c), "superseded": True})  # replace(c, superseded=True), faster
                break
    return out


def _supersede_many(
    claims: list[CasualtyClaim], figs: list[_Fig], initial: list[int], out: list[CasualtyClaim]
) -> list[CasualtyClaim]:
    """:func:`_supersede` for many initial figures: an initial figure is superseded iff a later
    revising figure matches it, so each way of matching (same claimant key or same sentence;
    same class; an update, or the same victims) keeps the last position of such a figure, and
    one look-up per initial figure replaces a pass over the later ones (speed)."""
    last: dict[tuple, int] = {}
    for j, (c2, f2) in enumerate(zip(claims, figs)):
        if f2.initial and not f2.update:
            continue  # an initial figure revises none
        cls = c2.killed_or_other
        ways = (("k", _key(c2.claimant, c2.claim_kind), cls, c2.victim_group),
                ("s", c2.sentence_index, cls, c2.victim_group))
        if f2.update:
            ways += (("k", ways[0][1], cls), ("s", c2.sentence_index, cls))
        for w in ways:
            last[w] = j  # in order: the last position wins
    for i in initial:
        c = claims[i]
        k = _key(c.claimant, c.claim_kind)
        cls = c.killed_or_other
        ways = (("k", k, cls, c.victim_group), ("s", c.sentence_index, cls, c.victim_group),
                ("k", k, cls), ("s", c.sentence_index, cls))
        if any(last.get(w, -1) > i for w in ways):
            out[i] = _claim({**vars(c), "superseded": True})  # replace(c, superseded=True), faster
    return out


# ------------------------------------------------------------------------------ the toll


@dataclass(frozen=True)
class FatalityRange:
    """The toll of one event: ACLED's conservative figure and the UCDP-style range."""

    fatalities: int
    low: int | None
    high: int | None
    note: str = ""


_TIERS = ("official", "estimated", "reported", "claimed")
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}


def _kind_rank(kind: str) -> int:
    """``KINDS.index(kind)`` (the same ValueError for a kind that is none of KINDS)."""
    r = _KIND_RANK.get(kind)
    return KINDS.index(kind) if r is None else r
_VERB = {"official": "said", "reported": "reported", "estimated": "estimated", "claimed": "claimed"}


def _display(group: str) -> str:
    return {"Wagner": "Wagner personnel"}.get(group, group)


# How a conventional count reads in a note (numbers.yaml gives "tens" 10, "dozens" 12, ...).
# a vague count of at least this names a scale ("tens", "dozens", "hundreds"); below, an
# unquantified plural ("several", "many": numbers.yaml gives them 3)
_SCALE_COUNT = 10
_VAGUE_WORDS = {3: "several", 10: "tens of", 12: "dozens of", 20: "scores of", 100: "hundreds of", 1000: "thousands of"}


#: The most characters between two coordinated figures of one group (" as well as ", " along with ").
_COORD_GAP = 14


def fatality_range(claims: Iterable[CasualtyClaim]) -> FatalityRange:
    """The toll rule of the events table, applied to the claims of one event.

    Spec (``shared/spec/event-table.md``; issue 3, part 6): "per claimant, deaths of all sides
    are added up; low and high are the smallest and largest of those totals"; ``fatalities`` is
    "ACLED-style conservative figure: an official or independent figure if any, else the lowest
    credible claim; 0 when none is reported".

    Here:

    * deaths = claims with ``killed_or_other == "killed"`` that are not ``superseded`` (all of
      them when every one is: the revision was coded to another event);
    * a claimant's statements are one voice: the army and the government of the same state are
      one official claimant; a claimant's figures for the same victim group are not added (the
      largest counts: a headline and a body repeat one figure), its figures for different groups
      are; a ``people`` figure is a total of all sides, so the claimant's total is the larger of
      it and the sum of its specific groups;
    * ``low``/``high`` = the smallest / largest claimant total (a range's upper end counts for
      ``high``); both None when no death figure is given; a claimant whose every figure another
      one gives too, beside figures of other groups, told a part of that toll, no rival total: it
      is left out (:func:`_without_parts`);
    * ``fatalities`` = the smallest official total; else the smallest independent one, an
      estimate (NGOs, analysts) before a report (local sources, the outlet); else the smallest
      armed-group claim; 0 when none;
    * a claimant who gives only vague counts of a scale ("dozens" = 12, "hundreds" = 100: ACLED's
      conventional values) counts for ``fatalities``, ``low`` and ``high`` only when nobody
      states a figure; an unquantified plural ("several", "many", "a few", "numerous": no scale)
      states no number: alone it gives no figure (``low``/``high`` None: "killing 'several' of
      them", "many villagers died"); its words stay in the claims and the note; likewise a claimant's
      unquantified plural ("several", "many", "a few": no scale) for a group beside a figure it
      states for another adds nothing to its total ("nine soldiers were killed and several
      terrorists neutralized": 9), while a plural of a scale adds its conventional count to the
      claimant's high total only ("four soldiers died and dozens of terrorists were neutralised":
      4, range 4-16): the conservative figure is the stated one; so is a claimant's stated toll of
      a group (10 or more) beside its vague count of that group ("neutralised several dozen" and
      "around twenty terrorists": 20, range 20-36);
    * ``note`` = one sentence listing each claimant's death figures ("Malian armed forces said
      15 soldiers and 3 civilians were killed; JNIM claimed 50 Wagner personnel were killed.").
    """
    # Speed (called for every event): one dict per claimant, made when first seen; the kind
    # ranks from a dict; each claimant's groups summed in one loop.
    totals: dict[str, dict[str, Any]] = {}
    claims = claims if isinstance(claims, (list, tuple)) else list(claims)
    if len(claims) == 1:
        return _one_claim_range(claims[0])  # speed: most events have one claim
    # a superseded figure counts unless a standing death figure of the event can have revised it
    # (one of its victims, a total, its claimant's own update, or any figure when it was a
    # total itself, see _supersede_revised): else the revision that
    # replaced it was coded to another event (a revised toll told as news of its own, or another
    # incident's revision within reach)
    # (speed: these are only read for a superseded claim; without one, nothing to compute)
    standing: set[str] | tuple[()] = ()
    revisers: set[str] | tuple[()] = ()
    live: list[CasualtyClaim] = []
    any_total = False
    for c in claims:
        if c.superseded:
            live = [c for c in claims if c.killed_or_other == "killed" and not c.superseded and c.count > 0]
            standing = {c.victim_group for c in live}
            revisers = {c.claimant for c in live}
            any_total = not standing.isdisjoint(GENERIC_VICTIMS)
            break
    for c in claims:
        if c.killed_or_other != "killed" or c.count <= 0 or (
                c.superseded and (any_total or c.victim_group in standing or c.claimant in revisers
                                  or (live and c.victim_group in GENERIC_VICTIMS))):
            continue
        kind = c.claim_kind
        key = _key(c.claimant, kind)
        t = totals.get(key)
        if t is None:
            t = totals[key] = {"label": c.claimant, "kind": kind, "groups": {}, "precise": False, "stated": set(),
                               "scaled": set(), "counted": False}
        vague = getattr(c, "vague", False)
        t["precise"] = t["precise"] or not vague
        if not vague:
            t["stated"].add(c.victim_group)
        elif c.count >= _SCALE_COUNT:
            t["scaled"].add(c.victim_group)
        t["counted"] = t["counted"] or not vague or c.count >= _SCALE_COUNT
        if _kind_rank(kind) < _kind_rank(t["kind"]):
            t["kind"] = kind
        groups = t["groups"]
        lo, hi, qual = groups.get(c.victim_group, (0, 0, "exact"))
        count = c.count
        high = c.high if c.high is not None and c.high > count else count
        if not vague:
            # two figures of one group coordinated in one statement are different people ("killed
            # five herders and two children", "three farmers as well as four traders": a short
            # gap of a coordinator between them): summed; a figure told again elsewhere, or by
            # another voice of the sentence ("put the toll at 60, while residents said 136"), is not
            sums = t.get("sums")
            if sums is None:
                sums = t["sums"] = {}
            prev = sums.get(c.victim_group)
            if prev is not None and prev[0] == c.quote and 0 <= c.start - prev[1] <= _COORD_GAP:
                count, high = prev[2] + count, prev[3] + high
            sums[c.victim_group] = (c.quote, c.end, count, high)
            # the claimant's stated figures of the group, apart (see below)
            plo = t.get("plo")
            if plo is None:
                plo = t["plo"] = {}
            if count > plo.get(c.victim_group, 0):
                plo[c.victim_group] = count
        if count > lo:
            vague_word = _VAGUE_WORDS.get(count) if vague else None
            lo, qual = count, (f"~{vague_word}" if vague_word else c.qualifier)
        groups[c.victim_group] = (lo, hi if hi >= high else high, qual)  # max(hi, high)
    if not totals:
        return FatalityRange(0, None, None, "")
    lows: dict[str, int] = {}
    highs: dict[str, int] = {}
    for key, t in totals.items():
        spec_lo = spec_hi = gen_lo = gen_hi = 0
        stated, scaled = t["stated"], t["scaled"]
        # a claimant's vague count of a group beside a toll it states for that group ("neutralised
        # several dozen fighters" in the lead, "around twenty terrorists" in its communique): the
        # stated toll is its low, the vague one reaches the high end only; a stated figure below
        # a scale ("a resident who lost two brothers" beside "dozens of civilians") is a part
        plo = t.get("plo") or {}
        for k, v in t["groups"].items():
            if k in plo and _SCALE_COUNT <= plo[k] < v[0]:
                v = (plo[k], v[1], v[2])
            if stated and k not in stated:
                if k in scaled and k in GENERIC_VICTIMS:
                    gen_hi = max(gen_hi, v[1])  # "killed dozens" beside its stated figures: the same dead
                elif k in scaled:
                    spec_hi += v[1]  # "dozens of terrorists" beside a stated figure: the high end only
                continue  # "nine soldiers were killed and several terrorists neutralized": no figure
            if k in GENERIC_VICTIMS:
                gen_lo = max(gen_lo, v[0])
                gen_hi = max(gen_hi, v[1])
            else:
                spec_lo += v[0]
                spec_hi += v[1]
        lows[key] = max(spec_lo, gen_lo)
        highs[key] = max(spec_hi, gen_hi)
    # a claimant who gives only vague counts ("several", "dozens") yields to stated figures; an
    # unquantified plural alone ("several", "many", "a few": no scale) is no figure at all
    keys = [k for k, t in totals.items() if t["precise"]] or [k for k, t in totals.items() if t["counted"]]
    if len(keys) > 1:
        keys = _without_parts(totals, keys)
    fatalities = 0
    for tier in _TIERS:
        tier_totals = [lows[k] for k in keys if totals[k]["kind"] == tier]
        if tier_totals:
            fatalities = min(tier_totals)
            break
    parts = []
    for key, t in totals.items():
        g = t["groups"]
        figures = [
            f"{q[1:]} {_display(k)}" if q.startswith("~")
            else f"{'' if q == 'exact' else q + ' '}{lo}{'-' + str(hi) if hi > lo else ''} {_display(k)}"
            for k, (lo, hi, q) in g.items()
        ]
        listing = figures[0] if len(figures) == 1 else ", ".join(figures[:-1]) + " and " + figures[-1]
        parts.append(f"{t['label']} {_VERB[t['kind']]} {listing} were killed")
    note = "; ".join(parts)
    note = note[:1].upper() + note[1:] + "."
    if not keys:
        return FatalityRange(0, None, None, note)
    return FatalityRange(fatalities, min(lows[k] for k in keys), max(highs[k] for k in keys), note)


def _one_claim_range(c: CasualtyClaim) -> FatalityRange:
    """:func:`fatality_range` of the one claim ``c`` (same result, without the per-claimant
    tables: one claimant, one group, no sums, no rival totals; a lone superseded figure
    counts, as nothing standing revised it). tests/coding/test_claims_speed.py compares both."""
    count = c.count
    if c.killed_or_other != "killed" or count <= 0:
        return FatalityRange(0, None, None, "")
    kind = c.claim_kind
    _kind_rank(kind)  # the same ValueError as fatality_range for a kind that is none of KINDS
    vague = getattr(c, "vague", False)
    high = c.high if c.high is not None and c.high > count else count
    vague_word = _VAGUE_WORDS.get(count) if vague else None
    q = f"~{vague_word}" if vague_word else c.qualifier
    group = _display(c.victim_group)
    figure = (
        f"{q[1:]} {group}" if q.startswith("~")
        else f"{'' if q == 'exact' else q + ' '}{count}{'-' + str(high) if high > count else ''} {group}"
    )
    note = f"{c.claimant} {_VERB[kind]} {figure} were killed"
    note = note[:1].upper() + note[1:] + "."
    if vague and count < _SCALE_COUNT:  # an unquantified plural alone: no figure
        return FatalityRange(0, None, None, note)
    return FatalityRange(count if kind in _TIERS else 0, count, high, note)


def _without_parts(totals: dict[str, dict[str, Any]], keys: list[str]) -> list[str]:
    """``keys`` without a claimant whose every figure another one gives too, beside figures of
    other groups ("an attack on an army post killed seven soldiers, officials said" in the lead;
    "the ministry said seven soldiers were killed ... Twenty attackers were neutralized"): it told
    a part of that toll again, no rival total (its smaller sum would be the low end). A total of
    people ("21 people") is a rival total, never a part."""
    figs = {k: {g: v[0] for g, v in totals[k]["groups"].items()
                if not totals[k]["stated"] or g in totals[k]["stated"]} for k in keys}
    drop = set()
    for a in keys:
        fa = figs[a]
        if fa and GENERIC_VICTIMS.isdisjoint(fa) and any(b not in drop and b != a and len(figs[b]) > len(fa) and all(figs[b].get(g) == c for g, c in fa.items())
                      for b in keys):
            drop.add(a)
    return [k for k in keys if k not in drop] if drop else keys


def split_toll(total: int, places: int) -> list[int]:
    """Split a toll given for several places together evenly, the remainder to the first place.

    ``split_toll(141, 3) == [47, 47, 47]``, ``split_toll(10, 3) == [4, 3, 3]``. The first-named
    place is usually the main one (and the dev set attaches aggregate tolls to it), so it takes
    the remainder; the parts always add up to ``total``. ``places < 1`` is treated as one place.
    """
    places = max(1, int(places))
    total = max(0, int(total))
    base, rem = divmod(total, places)
    return [base + rem] + [base] * (places - 1)
