"""Frames: one event trigger with its who / whom / where / when / how many, inside one clause.

A frame is built per clause and trigger family (violence, demonstrations, strategic
developments): the triggers of one family in one clause tell one event, typed by
:func:`analysis.coding.triggers.resolve_type`. Roles come from the clause, never from word
order alone (token-level rules over the blank spaCy Doc; no parser model is available):

* **Clauses.** A sentence is cut at ";", at a contrast or "where" after a comma, after a
  preposed adverbial ("Following the deaths of ..., Mali launched airstrikes", "Shortly after
  the blast, armed men took away the driver": an event told right after an incident the
  adverbial refers back to, with no place of its own, happened where and when that one did,
  :func:`_after_the_event`) and before the
  reported clause of a reporting verb ("said on Monday that the drones hit ...", also without
  "that": "the rebels said 15 civilians were killed"). A clause that
  tells several dated incidents of one kind ("kidnapped on October 3, and two soldiers abducted
  on October 9") or a new indefinite incident ("... and an Islamist attack on the base in Kati",
  "the ambush follows another attack on October 13") is cut into one frame each, as is one whose
  later incident opens with a date in a coordinated clause (", and in January 2022 the army camp
  was attacked", "and on 5 May (they) ambushed a patrol"): that date, the places inside the
  segment and its figures are its own, and a segment with no subject of its own (or a pronoun)
  has the first incident's agent. So is a clause opened by a lapse of time before
  "after"/"before" with its own incident verb (", three months after an Austrian woman was
  seized in the same city in January"; not "days after being seized"): its date, when it has
  one, and its places are its own; "in the same city" is the last place named with that noun.
  So is a coordinated clause with a subject and a finite verb of its own and a date of its own
  of another day or month (", and in February 2020 another 31 were killed in Sobane-Da", ", and a
  Swiss woman was abducted in the same city in April"), or told as simultaneous at a place of
  its own (", and the same day dozens were killed at a mosque in Natiaboani"), and a relative
  clause with its own date (", which had already lost some 160 inhabitants in an assault in
  March 2019"): its date (not the sentence's opening one) and its figures are its own.
* **Voice.** Active verb: the agent (actor1) is the nearest actor before the verb that is not
  inside a prepositional phrase nor a modifier ("on the U.N. base"), the target (actor2) the
  first actor after it; a pronoun subject of a reported clause ("the army said it had
  launched") is the speaker. Passive ("were killed by", "was attacked by"; headline style "21
  civilians killed in ..."): the subject is the target and "by X" right after the verb the
  agent; so is a victim before a reduced relative with no object ("French journalist Olivier
  Dubois, abducted in Gao in April 2021, was freed"). Participles and second verbs (", killing
  107 soldiers", "overran a post and seized")
  take the subject of the sentence; after an object they take the first verb's subject, never
  its object ("gunmen killed 12 villagers and torched their homes", "its fighters had killed
  31 soldiers and set fire to dozens of vehicles"); a verb right after "and" whose first verb is
  no trigger has the clause's subject too ("the army tracked down the attackers and killed
  several of them"), and its object "them" ("six of them") is the first verb's object ("engaged a
  group of the assailants and neutralised six of them"). The object ends at a relative clause
  or a by-phrase ("shot dead people who had been ordered by the army", "killed 500 people ...,
  in what the UN called"), or at a participle of suspicion ("arrested four people suspected of
  supplying fuel to armed groups") or of saying after a comma ("dissolved all parties by
  decree, saying they had weakened the fight against jihadists"): an actor there is no target.
  A demonstration's crowd ("fired tear gas to disperse a small crowd") is no target. A passive verb's subject is never an
  actor before ", and" ("gunmen seized a woman, and in October a pilot was kidnapped"). A
  pronoun subject ("... killed 14 soldiers when they ambushed an army patrol") is the actor of
  its clause not on the target's side; with no actor before it in its clause and no reporting
  verb ("No group has said it carried out"), it is the armed actor the story last named ("in
  December 2019, they overran the army camp"). The words before an active verb with its agent
  are the agent's ("JNIM fighters shot dead people"): no armed target word. A reciprocal
  verb's "with" phrase is the other side ("soldiers clashed with jihadists"). Consequence words ("20 people died",
  "reported losses")
  have victims, never an agent. An instrument subject ("the drones hit") leaves the agent open.
* **Nouns.** "attack on/against X" -> target X; "attack by/from X" -> agent X; a pre-modifier
  ("jihadist attack", "JNIM's attack") -> agent; "the withdrawal of US forces" -> agent; the
  subject of a launch verb up to 12 tokens back, over a date or a participle phrase ("the FDS,
  supported by the VDP, have conducted from 8 to 12 January a vast offensive") -> agent.
* **Role words** in the clause: "X claimed responsibility" (for the whole sentence), "X said
  they were responsible", "blamed the attack on X", "attributed to X", "carried out by X", "at
  the hands of X" name the agent; they beat a generic agent found by position, and the actor
  they name is never the target ("the massacre, blamed on a militia, killed 160 villagers").
  A claim in the passive names the non-state group after it ("an attack later claimed by JNIM",
  "..., which was also claimed by IS Sahel"; not "a toll claimed by the army").
  Captivity names the captor, never a victim ("after two years in JNIM captivity", "his
  captors, JNIM", "held by JNIM"): a named group right next to the word is the agent.
  Who blames is a speaker, no party ("an attack the government blamed on IS Sahel"; not
  "JNIM, blamed for the attack"); "residents blame X" names X. A sentence that claims or
  blames and tells no incident of its own ("JNIM claimed the attack.", "Islamic State later
  claimed responsibility.") credits the incidents of the paragraph at most two sentences
  before it whose agent is unnamed or civilians taken for it (:func:`_credit_back`); over one
  paragraph break only the incident of the kind its noun names ("JNIM claimed responsibility
  for the blast" in a paragraph of its own: the explosion told just before).
* **Speakers are not actors**: an actor that says something ("the army said", "the government
  Wednesday confirmed", "said the mayor,", "according to the army", "an army spokesman", "a
  spokesperson of X", "the army, which rarely communicates tolls, said"; not "JNIM, which took
  part in the fighting, said") is skipped, except as the author of a claim of responsibility and as the
  owner of "their forces" ("rebels said the army attacked their forces").
* **Parties and owners**: "the rebel group involved in / which took part in the fighting" is
  its agent; a reciprocal verb with a coordinated subject ("soldiers and jihadists clashed")
  has both sides; a possessive ("Wagner's greatest defeat") is no subject; "its convoy", "their
  positions" belong to the sentence's speaker, else to the last named armed actor at most three
  sentences back ("MINUSMA ... the force said that its convoy was attacked").
* **Generic + named**: "fighters from the Katiba Macina", "militants of JNIM" are the named
  group (only membership words and determiners between them: "gunmen killed dozens of
  villagers" keeps its gunmen; civilians are nobody's members); two mentions of one actor in a
  row ("the Russian mercenary group Wagner") are one. "its units", "their fighters" as the
  subject of a reported clause ("the army said its units had retaken ...") are the speaker.
* **Victims**: armed men among the victims ("20 soldiers and a civilian were killed") make the
  frame's victims no civilians-only group (``armed_victims`` of :func:`triggers.resolve_type`).
  Coordinated victims: the first conjunct leads ("12 soldiers and members of the VDP were
  killed": the army is the target, the VDP its associate), but the state's forces always lead a
  foreign force beside them ("dozens of its [Wagner's] fighters and Malian soldiers were
  killed"). "X suffered (heavy) losses": X is the victim; "X inflicted (heavy) losses on Y",
  "causing heavy casualties among Y": X is the agent, Y the victim (one toll, not a pattern). A vehicle that hits a device ("a
  passenger bus hit an IED", "a minibus carrying traders struck a landmine"; the verbs are the
  trigger lexicon's ``meets_device`` phrases), as is a unit ("a reinforcement detachment struck
  an IED", "an army patrol hit a landmine": an armed target), is the target, never
  the agent: civilians unless it is a military one or an armed actor rides it ("an army truck");
  who laid the device is then the group a claim of the clause names ("soldiers were killed when
  their patrol vehicle struck a mine, in an attack later claimed by ISWAP").
  A town retaken with no loser named ("the army retook Ber") is retaken from the group another
  sentence says seized it ("FLA fighters seized Ber on September 2").
* **Associated actors**: coordinated agents ("the army and Wagner attacked", "FLA fighters and
  militants of JNIM seized", "the rebels, then known as the CSP, and fighters of JNIM": the
  first is actor1), partners ("working with troops from Burkina Faso"; a supporter, "with
  decisive support from the air force", "backed by the VDP", is never the target, and a state
  or foreign supporter names the side of an unnamed agent), co-targets ("soldiers
  and Wagner mercenaries"; "killed Wagner fighters and Malian soldiers": the state's forces are
  the target, the foreign force beside them its associate; "a Malian and Wagner convoy": the
  state's forces, filled in by :mod:`analysis.coding.extract`). The "with" phrase of a clash noun
  names the other side ("soldiers were killed in fighting with rebels and jihadists": the
  rebels are actor1, the jihadists associated; over a modifier the actor leaves out: "with
  Tuareg separatist rebels"). An actor after "without (any) contact with" is no party
  ("destroyed a workshop ..., without any contact with the enemy").
* **Armed targets without an actor word**: "a military post", "a patrol", "an escorted convoy",
  "their forces" make the event a battle against the forces of the event's country (filled in
  by :mod:`analysis.coding.extract`, which knows that country).
* **Suffering an attack**: the subject of "came under (fire/attack)", "reacted/responded to",
  "fell/ran into" an attack noun is its target, never its agent ("a FAMa patrol reacted
  vigorously to an ambush by armed terrorist groups", "an army convoy fell into an ambush": a
  battle with the army) (:func:`_suffered_at`); the force that "repelled" an attack stays its
  agent (the trigger lexicon's clash phrase), whatever adjective stands before the noun.
* **Perpetrators told before**: "a similar unit", "the same men" as the subject of a violent
  frame with no agent take the agent of the last violent frame at most three sentences back
  (:func:`_same_perpetrators`); a detention in one sentence and, in the next, the passive killing
  of those held ("Soldiers rounded up residents ... The men were shot near the well") are one
  attack with the detention's roles, place and date (:func:`_held_then_killed`). "Entered the
  village" with a killing in its clause is the way in to the violence, no taking of the place.
  Joined agents over "foreign", "white", "allied" ("soldiers and foreign fighters killed"): the
  state's forces lead and the unnamed foreign fighters are no armed group of their own; a group
  the victims are accused of working with ("accused of collaborating with JNIM") is no partner
  of the killers. A possessor over its noun's modifiers is the agent ("JNIM's brazen September
  2024 assault").
* **Not events**: a captive's release ("German hostage freed", "soldiers freed 12 hostages");
  hypothetical, habitual or trend triggers ("have increasingly come under attack", "could
  attack", "regularly strike", "have
  long fought", "has been fighting", "groups fighting for independence", "an offensive ...
  could be"); a trigger in a condition ("if any of them is attacked", "unless", "in case of",
  "in the event of", "should X be attacked"; not an indirect question, "unclear if"); an
  indefinite noun trigger in a statement of what an attack is ("an attack on one is an attack
  on all", "would be treated as an attack"; "an attack ... was repelled" is an event); a
  violent verb whose subject is the whole conflict ("the insurgency has killed thousands", "the
  war killed 2,000 last year"; with a day or month in its clause it is an event); a violent trigger in a purpose clause ("an operation to flush out and kill
  militants", "in a bid to seize", "with the aim of destroying"); an allegation with no place,
  day or count ("accused the army of killing civilians"; "accused soldiers of killing 20
  villagers in Tonou on Tuesday" is an event); a present perfect over a "since" span and no
  day ("clashes have intensified since August"), or over a span of months or years up to now
  with no day or month in its own comma clause ("dozens of soldiers have died in ambushes over the
  past year", "in recent months"; its figures are no event's); a strategic or territorial verb in a reduced
  relative ("a base vacated by the
  UN"), unless it has its own agent and date and is said of a named place ("Ber was one of
  the first bases handed over by MINUSMA in August 2023": an event). Bare plurals ("attacks
  have surged") and earlier events ("the previous combat") are
  flagged ``generic``; "the attack", "Thursday's attack" are flagged ``definite`` (a reference
  back; not after a copula's "the target/scene of": "were the target of simultaneous attacks"; not
  when a verb of the noun's kind tells the event before it: "shot them ... witnessed the
  killings"), but not a ranked one ("the deadliest massacre ... in March 2019", "the worst attack, in
  2019 at Sobane Da": an event of its own) unless it is ranked against a span ("..., the
  deadliest attack since 2019", "the worst in years": the event just told). A noun in
  apposition after a verb of its frame renames the event the verb tells (", the deadliest
  attack in Mali's recent history", ", one of the bloodiest assaults on the army this year"):
  it is not the head, and the frame is no reference back (it keeps its sentence's date).

Where and when (:func:`_share_out`): a sentence-initial date dates every frame of the sentence,
as does the only date of a comma-closed opening adverbial ("The day after, Thursday 11
January, ...", "In the early hours of Sunday 12 May, ..."); otherwise a date, place or figure
belongs to the nearest trigger before it (within 20 tokens), else the nearest after it (within
12); the only frame of a sentence also takes a date further before it ("in July 2024, when the
rebels ... killed"), and a dateless frame told as simultaneous ("in August amid fighting") takes
its clause sibling's date and place. A date after ", and" and a subject of its own dates the
coordinated clause's verb ("have arrested a journalist ..., and police on Monday fired tear
gas"). A date right before "when" dates the when-clause's first
frame, even the start of a span ("since August 2020, when soldiers ... detained the president";
a plain "since 2015" dates nothing). A reference back takes a day or a week ("the arrests were
carried out earlier this week"), not a month or year after its noun. A date attached to a reporting verb or a medium phrase
("the government said on Tuesday", "claimed responsibility on Friday", "in a statement
broadcast on state television on Monday"), or opening a sentence whose speaker and reporting
verb come before any trigger and before the event's own date ("On Monday, the army said it had
retaken X on Sunday") says when it was said and is skipped, as is a span up to now ("since
2015"). A place is not the event's when it is an office holder's
("mayor of nearby Ouenkoro", "the Ségou regional council", "a former governor of the central
Mopti region", "the junta in Niamey"; but with no other place, the office holder who is the
victim names it: "gunmen abducted the mayor of Dargol", "the village chief of X was abducted"),
a place inside a relative clause about another noun ("an ambush ... shows the cost of a rupture
that brought Russian troops to Niamey"; not the trigger's own nor a place's: "a village that lies
near Tera"), a destination ("a stopover towards Kidal") or a country
describing a zone ("the tri-border zone shared by Mali, Burkina Faso and Niger": places'
qualifier "zone", its lexicon's ``country_references``); "the attack"
takes only places
after it, or after a verb of its frame before it ("Gunmen killed 12 villagers in Djibo on
Sunday, the deadliest attack since 2019"). A frame left without a place whose clause says
"around the town", "stormed the village" (no name after it) took place in the town the
article is about (:func:`_the_town`). A ", where ..." clause tells what happened at the place
right before it, over an apposition that situates it ("then raided the village of Dinara, a few
kilometres east of the town, where four villagers were killed": Dinara's toll). A figure inside a frame's own
clause is that frame's. Figures go to violent frames (a
demonstration's only when protesters are the victims). The article's main place and date are
filled in later by ``extract``.

Caveats: no parser: long appositions and nested relative clauses can still put an actor of
another clause into a role; pronouns other than a reported-clause subject and the owner of an
armed target ("its convoy") are not resolved.

Speed: the mentions are indexed by sentence once per article, the triggers' token spans
once; per sentence, the actor items (which are speakers: a set test first, see
:func:`_may_speak`), the non-speakers, the trigger token spans, the clauses, the event dates
and the lower-cased text (for the duration test) are computed once and shared by its frames.
Mentions are kept in text order, so a clause's triggers, actors and places are slices found
by bisection, not filters. Token scans that look for a few cue words start with a C-level set
test (``isdisjoint``/``intersection``) and visit only the positions of those words; sentences
without a complete role phrase skip the role-phrase search (and, in :func:`find_agent_cues`,
their actor items); a sentence without a word that makes a trigger hypothetical or habitual
(:data:`_GENERIC_CUES`) tests only its "-ing" triggers with :func:`_is_generic`. One clause
with one trigger skips the family and dated-segment splits; a sentence with one frame gives it
its figures at once. A :class:`Frame` is given its instance dict at once (as
:func:`analysis.records.filled` does), not built by its 29-field ``__init__``.
"""

from __future__ import annotations

import bisect
import dataclasses
import operator
import re
from dataclasses import dataclass, field

from analysis.coding import actors as actors_mod
from analysis.coding.dates import compatible
from analysis.coding import places as places_mod
from analysis.coding import text as text_mod
from analysis.coding import triggers as trig
from analysis.records import (
    ActorMention,
    CasualtyClaim,
    DateMention,
    PlaceMention,
    Sentence,
    TriggerMention,
)

#: Reporting verbs: their subject/object is a speaker, and a date next to them is a report date.
REPORT_VERBS = frozenset(
    """said say says told tells stated states announced announces reported reports confirmed
    confirms added adds wrote writes posted posts declared declares indicated indicates noted
    notes explained explains quoted warned warns recounted recounts issued issues denied denies
    tweeted according claimed claims alleged alleges informed informs statement""".split()
)
#: Words after a reporting verb that keep "claimed" a perpetrator cue.
_RESPONSIBILITY = frozenset("responsibility responsible".split())
#: Words between a speaker and its reporting verb ("the government Wednesday confirmed").
_SPEAKER_SKIP = frozenset(
    """has had have also later on in a its , ) " ” ' ’ late early earlier this last
    night evening morning""".split()
) | frozenset(text_mod.WEEKDAY_NUMBER)
#: Nouns for one's own fighters or bases ("attacked their positions").
_OWN_SIDE = frozenset("forces fighters positions men bases base camp camps troops combatants".split())
#: Consequence words whose subject is the victim, never the agent ("20 people died").
INTRANSITIVE = frozenset("died perished fell dead deaths death toll casualties fatalities bodies victims lost losses".split())
#: Clause boundaries (besides ";"): a contrast or a new proposition.
_CLAUSE_WORDS = frozenset("while whereas although though but meanwhile where".split())
#: Nouns after an actor that make it a person or text speaking for the actor.
_SPEAKER_NOUNS = frozenset(
    """official officials spokesman spokesmen spokeswoman spokesperson source sources statement
    statements communique communiqué press release memo chief minister ministry""".split()
)
#: Words that mark the target of a nominal trigger.
_TARGET_PREP = frozenset("on against targeting upon at into".split())
_AGENT_PREP = frozenset("by from".split())
#: Words between a generic actor and the named group it belongs to ("fighters from JNIM").
_MEMBER_OF = frozenset("from of linked loyal affiliated belonging to with".split())
#: The only words that may stand between a generic actor and its named group (membership
#: words, determiners, a few group nouns): any other word (a verb) ends the generic's phrase.
_MEMBER_GAP = _MEMBER_OF | frozenset(
    """the a an its their armed jihadist jihadi islamist terrorist extremist rebel group groups
    movement coalition so-called so - called""".split())
#: Words that name an armed target without an actor mention.
ARMED_TARGET_WORDS = frozenset(
    """post posts outpost outposts base bases camp camps barracks garrison checkpoint checkpoints
    patrol patrols convoy escort escorted positions position military troops soldiers detachment forces fighters
    unit units peacekeepers brigade battalion gendarmerie police station""".split()
)
#: Determiners that make a nominal trigger refer back to an event already told.
DEFINITE = frozenset("the this that these those its their".split())
#: Cue phrases naming an agent anywhere in the sentence: (cue words, where the agent is).
AGENT_CUES = (
    (("claimed", "responsibility"), "before"),
    (("claims", "responsibility"), "before"),
    (("claim", "responsibility"), "before"),
    (("claim", "of", "responsibility"), "sentence"),
    (("responsible", "for"), "before"),
    (("were", "responsible"), "before"),
    (("blamed",), "after_on"),
    (("attributed",), "after_to"),
    (("carried", "out", "by"), "after"),
    (("perpetrated", "by"), "after"),
    (("committed", "by"), "after"),
    (("hands", "of"), "after"),
    (("claimed", "to", "have"), "before"),
    # a claim told in the passive, often in a trailing clause: "an attack later claimed by JNIM",
    # "..., which was also claimed by IS Sahel", "the ambush, claimed by the Katiba Macina" (a
    # non-state group only: "a toll claimed by the army" credits no attack)
    (("claimed", "by"), "group_after"),
    # "residents blame Katiba Macina", "the government blames the attack on JNIM"
    (("blame",), "after_on"),
    (("blames",), "after_on"),
    (("blaming",), "after_on"),

    # a group's own word for its act: "JNIM said in a statement that it had targeted
    # 'militiamen'", "IS Sahel said it targeted a military post", "the group said they had targeted"
    # (a non-state group only: "the army said it had targeted a JNIM base" credits no attack)
    # captivity names the captor, never a victim: "after two years in JNIM captivity", "in the
    # captivity of JNIM", "his captors, JNIM", "his JNIM kidnappers", "held (hostage) by JNIM"
    # (a named non-state group next to the word)
    (("captivity",), "group_near"),
    (("captors",), "group_near"),
    (("kidnappers",), "group_near"),
    (("abductors",), "group_near"),
    (("held", "by"), "group_after"),
    (("hostage", "by"), "group_after"),
    # who the attackers said they were: "the attackers presented themselves as mujahideen of
    # JNIM", "the gunmen identified themselves as members of the Islamic State" (a named group)
    (("presented", "themselves", "as"), "group_after"),
    (("identified", "themselves", "as"), "group_after"),
    (("introduced", "themselves", "as"), "group_after"),
    (("captive", "by"), "group_after"),
    # an accusation of the act: "residents accuse members of the VDP of carrying out the
    # killings", "accusing soldiers of the massacre" (the accused, then "of" + the act; not
    # "men accused of collaborating with JNIM", nor "accused the army of failing to protect them")
    (("accuse",), "accused_of"),
    (("accuses",), "accused_of"),
    (("accused",), "accused_of"),
    (("accusing",), "accused_of"),
    # a group's claim of the act told with its noun: "JNIM ... claimed the attack in a statement",
    # "IS Sahel claims the ambush" (a named non-state group before it; :data:`_CLAIMED_ACTS`)
    (("claimed", "the"), "claimed_act"),
    (("claims", "the"), "claimed_act"),
    (("claiming", "the"), "claimed_act"),
    (("it", "had", "targeted"), "group_before"),
    (("it", "targeted"), "group_before"),
    (("they", "had", "targeted"), "group_before"),
)


_CUE_FIRST = frozenset(w[0] for w, _ in AGENT_CUES)
#: The words of each cue phrase: a sentence that lacks some word of every phrase has no cue.
_CUE_WORDSETS = tuple(dict.fromkeys(frozenset(w) for w, _ in AGENT_CUES))


def _may_hold_cue(words: list[str] | set[str]) -> bool:
    """False when no phrase of AGENT_CUES can occur in ``words`` (each lacks some word);
    ``words`` may be a set (then it is not copied)."""
    # (speed: the subset tests at C level, map instead of a generator)
    ws = words if isinstance(words, (set, frozenset)) else frozenset(words)
    return any(map(ws.issuperset, _CUE_WORDSETS))
#: A duration makes a clause tell a pattern, not an incident ("left thousands dead for a decade").
_DURATION_PATTERN = (
    r"\b(for (?:a|the past|the last|more than a|over a|nearly a|almost a)? ?(?:decade|decades|years|months)"
    r"|for (?:\w+ )?(?:years|decades)|over the (?:past|last) (?:\w+ )?(?:decade|years|months)"
    # "held hostage for more than two years", "for nearly 18 months"
    r"|for (?:more than|nearly|almost|over) (?:\w+ )?(?:years|decades|months)"
    r"|in recent (?:years|months|weeks)|consecutive year)\b"
)
_DURATION = re.compile("(?i)" + _DURATION_PATTERN)
#: _DURATION for a lower-cased text (see _tells_duration): the same matches, without the cost
#: of case folding
_DURATION_LOWER = re.compile(_DURATION_PATTERN)
#: Every match of _DURATION holds one of these words (same flags): a sentence without any of
#: them has no clause that _DURATION can match.
_DURATION_WORDS = re.compile(r"(?i)decade|year|month|recent|consecutive")


#: Characters that ``(?i)`` matches to an ASCII letter although ``str.lower()`` does not
#: lower them to it (dotless i, long s, dotted capital I, Kelvin sign): without them, a
#: lower-cased text holds a word exactly when the case-insensitive regex finds it.
_FOLD_TRAPS = re.compile(f"[{text_mod.FOLD_CHARS}]")
#: Every match of _DURATION starts with one of these (lower-cased, see _FOLD_TRAPS).
_DURATION_LEADS = ("for ", "over the ", "in recent ", "consecutive year")


def _may_tell_duration(text: str, low: str | None) -> bool:
    """Whether _DURATION can match somewhere in ``text`` (False: it cannot); ``low``:
    ``_duration_lower(text)``."""
    if low is None:
        return _DURATION_WORDS.search(text) is not None
    return "decade" in low or "year" in low or "month" in low or "recent" in low or "consecutive" in low


def _duration_lower(text: str) -> str | None:
    """``text.lower()`` when substring tests on it agree with ``(?i)`` regex matching (an ASCII
    text, or one without :data:`_FOLD_TRAPS`), else None. Speed: a case-insensitive regex
    alternation costs about 5 us per sentence, ``lower()`` and ``in`` well under 1 us."""
    if text.isascii() or _FOLD_TRAPS.search(text) is None:
        return text.lower()
    return None


def _tells_duration(text: str, low: str | None) -> bool:
    """``_DURATION.search(text)`` as a bool; ``low``: ``_duration_lower(text)`` (or a slice of
    the sentence's), which lets most texts be rejected without the regex.

    On ``low`` (lower-cased, no :data:`_FOLD_TRAPS`) the case-sensitive :data:`_DURATION_LOWER`
    matches where ``_DURATION`` matches on ``text`` (same length, same word characters), and
    every match starts with one of :data:`_DURATION_LEADS`: the pattern is tried only there
    (speed: ``match`` at a few positions instead of a case-insensitive ``search``)."""
    if low is None:
        return _DURATION.search(text) is not None
    if not _may_tell_duration(text, low):
        return False
    for lead in _DURATION_LEADS:
        p = low.find(lead)
        while p >= 0:
            if _DURATION_LOWER.match(low, p) is not None:
                return True
            p = low.find(lead, p + 1)
    return False


_first = operator.itemgetter(0)
_new_object = object.__new__
_EMPTY: tuple = ()
#: ``m.start`` as a C-level key function (speed: sorted() calls it once per item)
_start_of = operator.attrgetter("start")


def _positions(seq: list[str], w: str) -> list[int]:
    """The indices of ``w`` in ``seq``, in increasing order (speed: found by ``list.index``,
    at C level, instead of a Python loop over every item)."""
    out = []
    j = -1
    for _ in range(seq.count(w)):  # (count, then index: no ValueError to catch)
        j = seq.index(w, j + 1)
        out.append(j)
    return out


def _by_start(ms: list) -> list:
    """``sorted(ms, key=start)`` (the same list when it has fewer than two items)."""
    return ms if len(ms) < 2 else sorted(ms, key=_start_of)


_inter_of = operator.attrgetter("inter")
_key_of = operator.attrgetter("key")
_second = operator.itemgetter(1)
_third = operator.itemgetter(2)
_strength_of = operator.attrgetter("strength")
_bisect_left, _bisect_right = bisect.bisect_left, bisect.bisect_right


def _span_items(tk: _Toks, ms) -> list[tuple]:
    """``[(*tk.span(m.start, m.end), m) for m in ms]``.

    Speed: ``Tokens.span`` inlined (one method call less per mention); its clamps (a mention
    before the first token, an empty one) are left to it."""
    idx = tk.idx
    out = []
    for m in ms:
        a = _bisect_right(idx, m.start) - 1
        b = _bisect_left(idx, m.end)
        if a < 0 or b <= a:
            a, b = tk.span(m.start, m.end)
        out.append((a, b, m))
    return out


@dataclass
class Frame:
    """One event as told by one clause: trigger(s), type, roles, place, date and claims."""

    sentence_index: int
    start: int  # clause character span
    end: int
    head: TriggerMention
    triggers: list[TriggerMention]
    type_key: str
    disorder_type: str
    event_type: str
    sub_event_type: str
    civilian_targeting: bool = False
    rule: str = ""
    actor1: ActorMention | None = None
    actor1_how: str = ""  # clause | cue | sentence | default
    actor2: ActorMention | None = None
    actor2_how: str = ""
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)  # several when coordinated
    place_how: str = ""  # clause | sentence
    date: DateMention | None = None
    date_how: str = ""
    claims: list[CasualtyClaim] = field(default_factory=list)
    armed_target: bool = False
    definite: bool = False  # "the attack": refers back to an event already told
    in_title: bool = False  # set by extract: the headline tells this kind of event
    generic: bool = False  # a bare plural ("attacks have surged"): a pattern, not one event
    separate: bool = False  # "Separately, ...", "another attack"
    strength: float = 1.0
    actors: list[ActorMention] = field(default_factory=list)  # every actor of the sentence

    @property
    def family(self) -> str:
        """violence | protest | strategic."""
        return family_of(self.type_key)


_FRAME_FIELDS = tuple(f.name for f in dataclasses.fields(Frame))


def family_of(key: str) -> str:
    """The trigger family of a type key."""
    if key in trig.PROTEST:
        return "protest"
    if key in trig.STRATEGIC:
        return "strategic"
    return "violence"


# --------------------------------------------------------------------------- token helpers


def _Toks(doc) -> text_mod.Tokens:  # noqa: N802 (kept for callers of the former class)
    """A Doc's token columns (:class:`analysis.coding.text.Tokens`, built once per Doc and
    shared with the other mention finders): ``lower``, ``idx``, ``like_num`` lists, ``at``,
    ``span``. Prefer :func:`analysis.coding.text.token_arrays`."""
    return text_mod.token_arrays(doc)

#: Verbs of saying after which a reported clause may start without "that".
_SAY = frozenset("said says added stated".split())
#: First words of such a reported clause ("said the attackers ...", "said 15 civilians ...").
_REPORTED_START = frozenset("the a an at more some dozens scores several its their his her it they he she we".split())


#: The words at which _clauses may cut, or after which (_SAY) it may cut.
_CUT_CUES = frozenset((";", "that", "when")) | _CLAUSE_WORDS | _SAY
#: Last words of a date before ", when" after "since" ("the deadliest since last October, when an
#: ambush ... killed 29 soldiers"): the when-clause tells the incident of that date, not the
#: clause's own ("were overthrown on September 30, 2022, when Captain Traore seized power" is one).
_DATE_LAST = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
year month week""".split())


def _clauses(tk: _Toks, s: Sentence, ab: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Character spans of the clauses of a sentence (split at ";" and contrast words).
    ``ab``: the sentence's token span, when the caller has it."""
    a, b = ab if ab is not None else tk.span(s.start, s.end)
    cuts = _clause_cuts(tk, s, a, b, tk.lower[a:b])
    return list(zip(cuts, cuts[1:]))


#: First words of a preposed adverbial clause.
_PREPOSED = frozenset(("following", "after", "despite", "amid", "since"))
#: Words of a time measure before "after"/"following" that open a preposed adverbial ("Shortly
#: after the blast,", "Minutes after the attack,", "A day after the ambush,", "Two hours after").
_SOON = frozenset("shortly soon just immediately moments minutes hours days weeks a day an hour two three few "
                  "several only barely".split())


def _preposed_after(lows: list[str], a: int, b: int) -> bool:
    """Whether the sentence opens with a time measure and "after"/"following" ("Shortly after
    the blast, ...", "Hours after the attack, ...", "A day after the assault, ...")."""
    for i in range(a, min(a + 3, b)):
        w = lows[i]
        if w in ("after", "following"):
            return i > a
        if w not in _SOON:
            return False
    return False


def _clause_cuts(tk: _Toks, s: Sentence, a: int, b: int, sent: list[str],
                 words: set[str] | None = None) -> list[int]:
    """The sentence's clause bounds in increasing order (``s.start``, the cuts, ``s.end``):
    clause ``k`` is ``[cuts[k], cuts[k + 1])``. ``a, b``: the sentence's token span; ``sent``:
    ``tk.lower[a:b]``, and ``words`` the set of its words when the caller has it. Every cut falls at or after a token after the first one, and at most at
    the end of the last, so the bounds strictly increase (when ``s.start < s.end``)."""
    lows, idx, num = tk.lower, tk.idx, tk.like_num
    cuts = [s.start]
    # a preposed adverbial ("Following the deaths of ..., Mali has launched airstrikes", "Shortly
    # after the blast, gunmen took away the driver", "Hours after the attack, ...") is a clause
    # (speed: _preposed_after needs a time measure first: one set test before the call)
    if a < b and (lows[a] in _PREPOSED or (lows[a] in _SOON and _preposed_after(lows, a, b))):
        for i in range(a + 1, b):
            if lows[i] == ",":
                cuts.append(idx[i] + 1)
                break
    # speed: only the tokens that can cut (or follow a verb of saying) are visited, found with
    # C-level set and list operations instead of a Python loop over every token
    for w in _CUT_CUES.intersection(sent if words is None else words):
        for j in _positions(sent, w):
            i = a + j
            if w in _SAY:
                # "the rebels said 15 civilians were killed": no "that"
                i += 1
                if i < b and (lows[i] in _REPORTED_START or num[i]):
                    cuts.append(idx[i])
            elif i > a:
                if w == ";" or (w in _CLAUSE_WORDS and (lows[i - 1] == "," or w in ("whereas", "meanwhile"))):
                    cuts.append(idx[i])
                elif w == "that" and not REPORT_VERBS.isdisjoint(lows[i - 5 if i - 5 > a else a : i]):
                    cuts.append(idx[i])
                elif w == "when" and i - 2 > a and lows[i - 1] == "," and (
                        lows[i - 2] in _DATE_LAST or (num[i - 2] and len(lows[i - 2]) == 4)) \
                        and "since" in lows[i - 6 if i - 6 > a else a : i - 1]:
                    cuts.append(idx[i])
    if len(cuts) == 1 and s.start < s.end:
        return [s.start, s.end]  # no cut (the common case)
    cuts.append(s.end)
    return sorted(set(cuts))


#: Verbs of blaming: their subject says who did it ("the government blamed the attack on X").
_BLAME_SAY = frozenset(("blamed", "blames", "blame", "attributed", "attributes", "attribute"))
#: Every True of _is_speaker reads one of these words within 3 tokens before the actor (further
#: back only over a run of _SPEAKER_BACK words) or 4 after it.
_SPEAKER_CUES = REPORT_VERBS | _SPEAKER_NOUNS | {"according"} | _BLAME_SAY
#: Relative pronouns opening a clause between a speaker and its reporting verb, the words that
#: end that clause, and its longest reach (tokens).
_RELATIVE_WHO = frozenset(("which", "who"))
_RELATIVE_END = frozenset((",", ".", ";", ":", "!", "?"))
_RELATIVE_REACH = 12
#: The words _is_speaker skips backwards from an actor ("said the mayor", "told by X").
_SPEAKER_BACK = frozenset(("the", "a", "an", "to", "by", "'s", "’s"))


def _may_speak(low: list[str], a: int, b: int) -> bool:
    """False when ``_is_speaker`` is False for the actor at tokens [a, b) (True: it may be).

    _is_speaker reads only the words from 3 before the actor (further back only over a run of
    _SPEAKER_BACK words) to 4 after it, and is True only with a word of _SPEAKER_CUES there.
    Speed: one C-level set test instead of the call for most actors."""
    lo = a - 3
    return not _SPEAKER_CUES.isdisjoint(low[lo if lo > 0 else 0 : b + 5]) or (
        a >= 2 and low[a - 1] in _SPEAKER_BACK and low[a - 2] in _SPEAKER_BACK) or (
        b + 1 < len(low) and low[b] == "," and low[b + 1] in _RELATIVE_WHO)


def _is_speaker(tk: _Toks, m: ActorMention, a: int, b: int) -> bool:
    """An actor that says something: "the army said", "said the mayor", "according to X"."""
    low = tk.lower
    n = len(low)
    # "an army spokesman", "a Malian army official", "military sources": a person speaking for X
    if b < n and low[b] in _SPEAKER_NOUNS:
        return True
    # X said / X has said / X, the mayor, said
    j = b
    while j < n and j < b + 4 and (low[j] in _SPEAKER_SKIP):
        j += 1
    if j < n and low[j] in REPORT_VERBS:
        if low[j] in ("claimed", "claims") and j + 1 < n and (low[j + 1] in _RESPONSIBILITY or low[j + 1] == "to"):
            return False
        return True
    if b + 1 < n and low[b] == "," and low[b + 1] in _RELATIVE_WHO:
        # "the army, which rarely communicates tolls, said ...", "JNIM, which has not given a
        # toll, said": a relative clause between the speaker and its reporting verb
        k = b + 2
        end = min(n, k + _RELATIVE_REACH)
        while k < end and low[k] not in _RELATIVE_END:
            k += 1
        if k < end and low[k] == "," and "lost" not in low[b + 2 : k] and not any(
                (low[j], low[j + 1]) in _PARTY_OF for j in range(b + 2, k - 1)):
            # (not "JNIM, which took part in the fighting, said", "the army, which lost 12 men,
            # said": a party to the event the clause tells)
            k += 1
            while k < n and k < b + 2 + _RELATIVE_REACH and low[k] in _SPEAKER_SKIP:
                k += 1
            if k < n and low[k] in REPORT_VERBS and not (
                    low[k] in ("claimed", "claims") and k + 1 < n and (low[k + 1] in _RESPONSIBILITY or low[k + 1] == "to")):
                return True
    if j < n and low[j] in _BLAME_SAY and not (j + 1 < n and low[j + 1] in ("for", "by")):
        # "an attack the government blamed on IS Sahel", "the army attributed it to JNIM": who
        # blames says who did it; it takes no part ("JNIM, blamed for the attack" does)
        return True
    # said X / according to X / , X said
    # "said the mayor," / "said Harouna Sankare, mayor of": an actor closing the report
    # (not "confirmed Islamist militants killed ...", where it opens the reported clause)
    k = a - 1
    while k >= 0 and low[k] in _SPEAKER_BACK:
        k -= 1
    closes = b >= n or low[b] in (",", ".", "(", ";", "who", "quoted", '"', "”")
    if k >= 0 and low[k] in REPORT_VERBS and low[k] not in ("claimed", "claims") and closes:
        return True
    if a >= 2 and low[a - 2] == "according" and low[a - 1] == "to":
        return True
    # "a spokesperson of the rebel movement", "an official of the army"
    k = a - 1
    while k >= 0 and low[k] in ("the", "a", "an"):
        k -= 1
    if k >= 1 and low[k] in ("of", "for") and low[k - 1] in _SPEAKER_NOUNS:
        return True
    if a >= 3 and low[a - 3] == "according" and low[a - 2] == "to":
        return True
    return False


def _named_member(tk: _Toks, items: list[tuple[int, int, ActorMention]], k: int) -> ActorMention:
    """"fighters from the Katiba Macina", "militants of JNIM", "fighters loyal to the FLA" ->
    the named group rather than the generic word.

    Only membership words and determiners may stand between the two mentions (a verb
    between them ends the subject: "gunmen killed dozens of villagers"), and civilians are
    never the group a generic armed actor belongs to ("militants killed two of the herders")."""
    a, b, m = items[k]
    if not m.generic or k + 1 >= len(items):
        return m
    a2, _, m2 = items[k + 1]
    if m2.generic or a2 - b > 4 or a2 <= b or m2.inter == 7:
        return m
    between = tk.lower[b:a2]
    if not _MEMBER_OF.isdisjoint(between) and _MEMBER_GAP.issuperset(between):
        return m2
    return m


# ------------------------------------------------------------------------------ roles


def _actor_items(tk: _Toks, ms: list[ActorMention]) -> list[tuple[int, int, ActorMention, bool]]:
    """The items ``(token start, token end, member, speaks)`` of a sentence's actor mentions
    ``ms`` (in text order): ``member`` is :func:`_named_member`'s, ``speaks`` :func:`_is_speaker`'s."""
    low = tk.lower
    raw_items = _span_items(tk, ms)
    items = []
    for k, (a, b, m) in enumerate(raw_items):
        speaks = _may_speak(low, a, b) and _is_speaker(tk, m, a, b)
        # (a named mention is its own member: no call for it)
        items.append((a, b, _named_member(tk, raw_items, k) if m.generic else m, speaks))
    return items


def _agent_cue(tk: _Toks, items: list[tuple[int, int, ActorMention]], a: int, b: int) -> ActorMention | None:
    """An agent named by a role phrase anywhere in the token range [a, b)."""
    found = _agent_cue_at(tk, items, a, b)
    return found[0] if found else None


#: The act an accusation names after "of" ("of carrying out the killings", "of the massacre",
#: "of killing herders"); "the", "carrying out", "committing" may come before it.
_ACCUSED_ACTS = frozenset("""killing killings killed massacre massacres massacring murder murders murdering executing
    executions executed shooting attacking attack attacks raid raids abducting abduction abductions kidnapping
    kidnappings burning atrocities abuses""".split())
#: The act a group claims ("claimed the attack", "claims the deadly ambush").
_CLAIMED_ACTS = frozenset("""attack attacks assault assaults ambush ambushes raid raids killing killings bombing
    bombings blast abduction abductions kidnapping kidnappings strike operation massacre""".split())
_ACCUSED_FILL = frozenset("the carrying carried out committing perpetrating having".split())
#: Words before an accusation that make it a standing charge, not the telling of one act.
_STANDING = frozenset("have has had long often regularly repeatedly frequently routinely".split())


def _accused_act(low: list[str], k: int, end: int) -> bool:
    """Whether an "of" in [k, end) names an act of violence (:data:`_ACCUSED_ACTS`)."""
    while k < end:
        if low[k] == "of":
            j = k + 1
            while j < end and (low[j] in _ACCUSED_FILL or (low[j].endswith("ly") and len(low[j]) > 4)):
                j += 1  # (and an adverb: "of summarily executing villagers", "of deliberately killing")
            if j < end and low[j] in _ACCUSED_ACTS:
                return True
        k += 1
    return False


def _agent_cue_at(tk: _Toks, items, a: int, b: int, sent: list[str] | None = None,
                  words: set[str] | None = None) -> tuple[ActorMention, int] | None:
    """(agent, token index of the cue) of the first role phrase in [a, b); ``sent``:
    ``tk.lower[a:b]``, when the caller has it, and ``words`` the set of its words."""
    low = tk.lower
    if sent is None:
        sent = low[a:b]
    if words is None:
        words = set(sent)
    present = _CUE_FIRST.intersection(words)
    if not present or not _may_hold_cue(words):
        return None  # the common case, at C speed
    # speed: visit only the positions of cue words (found by list.index), in text order
    starts = [a + j for w in present for j in _positions(sent, w)]
    starts.sort()
    for i in starts:
        for words, where in AGENT_CUES:
            if low[i] != words[0] or tuple(low[i : i + len(words)]) != words:
                continue
            end = i + len(words)
            if where == "before":
                # the claimant of responsibility is the speaker itself: "X said they were responsible"
                before = [it for it in items if it[1] <= i and it[2].inter in trig.ARMED_INTER]
                if before:
                    return before[-1][2], i
            elif where == "group_before":
                # the nearest armed actor, if it is a named group ("the army said it had
                # targeted" after a group named earlier credits no group)
                before = [it for it in items if it[1] <= i and it[2].inter in trig.ARMED_INTER]
                if before and before[-1][2].inter in (2, 3) and not before[-1][2].generic:
                    return before[-1][2], i
            elif where == "group_near":
                # a named group right before the word ("JNIM captivity", "JNIM's captivity") or
                # right after it ("captivity of JNIM", "his captors, JNIM")
                near = [it for it in items if (i - 2 <= it[1] <= i or end <= it[0] <= end + 3)
                        and it[2].inter in (2, 3) and not it[2].generic]
                if near:
                    return near[0][2], i
            elif where == "group_after":
                if i > a and low[i - 1] in _HELD_PLACES:
                    continue  # "positions held by IS": who holds a place, no captor (see _place_held_by)
                after = [it for it in items if end <= it[0] <= end + 4]
                if after and after[0][2].inter in (2, 3):
                    return after[0][2], i
            elif where == "claimed_act":
                # (the act's noun right after "the", or after one adjective: "the deadly attack")
                if (end < b and low[end] in _CLAIMED_ACTS) or (end + 1 < b and low[end + 1] in _CLAIMED_ACTS):
                    before = [it for it in items if it[1] <= i and it[2].inter in trig.ARMED_INTER]
                    if before and before[-1][2].inter in (2, 3) and not before[-1][2].generic:
                        return before[-1][2], i
            elif where == "accused_of":
                after = [it for it in items if end <= it[0] <= end + 4 and it[2].inter in trig.ARMED_INTER]
                # (not a standing charge: "rights groups have accused the army of killing
                # hundreds since 2022", "have long accused", "repeatedly accuse")
                if after and low[end] != "of" and low[i - 1] not in _STANDING \
                        and _accused_act(low, after[0][1], min(b, after[0][1] + 14)):
                    return after[0][2], i
            elif where == "sentence":
                cands = [it for it in items if not _is_speaker_item(tk, it) and it[2].inter in trig.ARMED_INTER]
                if cands:
                    return cands[0][2], i
            else:
                prep = {"after_on": "on", "after_to": "to"}.get(where)
                start = end
                if prep:
                    k = end
                    while k < b and low[k] != prep and k < end + 8:
                        k += 1
                    # "blamed the attack on X" -> X; "blamed the army" -> the army
                    start = k + 1 if k < b and low[k] == prep else end
                after = [it for it in items if it[0] >= start and it[0] <= start + 4]
                if after:
                    return after[0][2], i
    return None


def _is_speaker_item(tk: _Toks, it) -> bool:
    return it[3] if len(it) > 3 else False


_PREPS = frozenset("on in at of from to with near against for by into onto inside outside around toward towards".split())
#: Titles before a person's name, and their abbreviations (the name is the actor's mention).
_TITLES = frozenset("general gen president colonel col lieutenant lt captain capt commander .".split())
#: Adjectives before an actor noun that its mention leaves out ("by foreign fighters", "with allied
#: militiamen", "by unidentified gunmen"): skipped to find the preposition before the phrase.
_PP_ADJ = frozenset("foreign allied unidentified unknown suspected other several some heavily lightly".split())
_MODIFIED = frozenset("base bases camp camps convoy convoys position positions post posts headquarters mission patrol".split())


#: Nouns for members of an armed group: "fighters of JNIM", "militants from the Katiba Macina"
#: (actors finds only the named group there; the phrase is still the subject).
_MEMBER_NOUNS = frozenset(
    """fighters militants members elements gunmen combatants jihadists rebels insurgents men
    soldiers troops mercenaries terrorists militiamen operatives units""".split())
#: Words that count the members before "of": "hundreds of JNIM fighters", "dozens of ISSP
#: militants", "scores of jihadists" (the phrase is still the subject, unless the count is itself
#: inside a phrase: "the deaths of dozens of soldiers"). Not "a group of": "a joint group of Africa
#: Corps instructors and Malian soldiers came under attack" keeps its own reading.
_COUNT_OF = frozenset("hundreds dozens scores thousands tens".split())


def _in_pp(tk: _Toks, it) -> bool:
    """Whether the actor item ``it`` is inside a prepositional phrase ("on the U.N. base") or
    modifies a noun ("army convoy"); "fighters of JNIM" is no phrase of another noun."""
    low = tk.lower
    k = it[0] - 1
    while k >= 0 and (low[k] in ("the", "a", "an", "(", "former", "its", "their") or low[k] in _TITLES
                      or low[k] in _PP_ADJ):
        k -= 1  # (and a title not part of the name: "army officers led by General Abdourahamane Tiani";
        # an adjective the mention leaves out: "soldiers accompanied by foreign fighters")
    if k >= 0 and low[k] in _PREPS:
        if low[k] == "of" and k >= 1 and low[k - 1] in _COUNT_OF:
            return k >= 2 and low[k - 2] in _PREPS
        if low[k] in ("of", "from") and k >= 1 and low[k - 1] in _MEMBER_NOUNS:
            # "fighters of JNIM" is no phrase of another noun, unless the members are inside one
            # themselves ("soldiers accompanied by members of the VDP")
            j = k - 2
            while j >= 0 and low[j] in ("the", "a", "an", "its", "their", "armed", "some", "several"):
                j -= 1
            return j >= 0 and low[j] in _PREPS and low[j] not in ("of", "from")
        if low[k] in ("of", "from") and k >= 2 and low[k - 1] == "and":
            # "fighters of the Islamic State and of JNIM": the members' noun is left out before
            # the second "of"; the phrase is as the first one (a few words back)
            for j in range(k - 2, max(0, k - 10), -1):
                if low[j] in ("of", "from") and low[j - 1] in _MEMBER_NOUNS:
                    return _in_pp(tk, (j + 1, j + 2))
        return True
    j = it[1]
    while j < len(low) and low[j] in (")", "."):
        j += 1
    return j < len(low) and low[j] in _MODIFIED


#: A determiner between an actor and a noun trigger: the actor is no pre-modifier of it ("the
#: army denounced the attack", unlike "the jihadist attack", "JNIM's assault").
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
#: Verbs whose object is a toll noun and whose subject is the agent ("inflicted heavy losses on").
_INFLICT = frozenset("inflicted inflicting inflict inflicts caused causing cause causes".split())
#: Adjectives between such a verb and its toll noun ("inflicted severe casualties").
_TOLL_ADJ = frozenset("heavy severe serious significant considerable huge major many".split())


def _state_beside(low: list[str], it, tb: int) -> bool:
    """Whether the foreign force of actor item ``it`` (after the trigger ending at ``tb``) is
    coordinated after a state's adjective (places' demonyms: "on a Malian and Wagner convoy",
    "killed Burkinabe and Russian soldiers"): a joint force, whose lead is the state's, the target."""
    k = it[0] - 1
    return it[2].inter == 8 and k - 1 >= tb and low[k] == "and" and low[k - 1] in places_mod.demonym_words()


def _inflicted(low: list[str], ta: int, ca: int) -> bool:
    """Whether the toll noun at token ``ta`` is the object of an infliction verb in its clause
    (from ``ca``): "inflicted losses", "causing heavy casualties"."""
    k = ta - 1
    if k > ca and low[k] in _TOLL_ADJ:
        k -= 1
    return k >= ca and low[k] in _INFLICT


#: Verbs whose coordinated subject names both sides ("the army and jihadists clashed").
#: Places and positions a side holds: "attacked positions held by the Islamic State", "a town
#: controlled by JNIM", "areas occupied by the rebels".
_HELD_PLACES = frozenset("""positions position areas area territory territories zones zone town towns village villages
    bases base camps camp localities locality strongholds stronghold outposts outpost enclave enclaves""".split())
_HOLD_VERBS = frozenset("held controlled occupied".split())


def _place_held_by(low: list[str], k: int, tb: int) -> bool:
    """Whether the "by" at token ``k`` (after the verb, which ends at ``tb``) names who holds the
    place the verb hits ("attacked positions held by the Islamic State", "shelled areas controlled
    by the rebels"): the owner of the target is the target, not an agent."""
    return k - 2 >= tb and low[k] == "by" and low[k - 1] in _HOLD_VERBS and low[k - 2] in _HELD_PLACES


_RECIPROCAL = frozenset("clashed clash clashes fought fight battled exchanged skirmished".split())
#: Words between coordinated targets ("Wagner fighters and Malian soldiers").
_COTARGET_GAP = frozenset(("and", ",", "the", "its", "their"))
#: Words between the mentions of one actor in apposition ("the rebels, then known as the CSP,").
_APPOSITION_GAP = frozenset(", then now also known as called later formerly the ( ) a an".split())
#: Words between coordinated agents ("the army and its allies", "FLA fighters and militants of
#: JNIM", "the rebels ... and fighters of the al-Qaeda-linked JNIM").
_CONJUNCT_GAP = frozenset(("and", ",", "the", "its", "allies", "with", "russian", "mercenary", "group", "a",
                           "of", "from", "foreign", "white", "allied", "rival")) | _MEMBER_NOUNS
#: Words right before a verb that make it a second verb of the subject before ("killed 12 and
#: torched", "and then set fire to").
_COORD_ADVERBS = frozenset("then also later subsequently".split())


def _coordinated_verb(low: list[str], ta: int, head: TriggerMention) -> bool:
    """Whether the verb trigger at token ``ta`` is coordinated with a verb before it: right after
    "and" ("and torched", "and then set fire to") or a participle after a comma (", killing")."""
    p = low[ta - 1] if ta > 0 else ""
    if p in _COORD_ADVERBS and ta > 1:
        p = low[ta - 2]
    return p == "and" or (p == "," and head.lemma.endswith("ing"))


def _possessive(tk: _Toks, it) -> bool:
    """"Wagner's greatest defeat": the actor modifies a noun; it is no subject or object."""
    return it[1] < len(tk.lower) and tk.lower[it[1]] in ("'s", "’s", "'", "’")


#: Word pairs after an actor that make it a party to the event noun that follows.
_PARTY_OF = frozenset({("involved", "in"), ("participated", "in"), ("part", "in"), ("engaged", "in"),
                       ("participating", "in"), ("fought", "in")})


_RELATIVE = frozenset(("which", "who", "whose"))
_SUBJECT_PRONOUNS = frozenset(("it", "they", "we"))
#: Verbs whose subject witnesses, judges or records violence others committed ("the UN
#: condemned the killing", "Amnesty documented the killings", "the ministry deplored the
#: attack", "HRW called for an inquiry into the massacre"): their subject is the claim's source,
#: never the agent of a trigger after them in the clause. (Not "announced" / "reported": "the
#: army announced the killing of 20 terrorists" is the army's own act.)
_WITNESS_VERBS = frozenset(
    """condemned condemns condemn condemning denounced denounces denounce denouncing decried
    decries deplored deplores documented documents document documenting recorded records
    lamented laments mourned mourns investigated investigates investigating criticised
    criticized regretted regrets""".split()
)
#: Words after a witness verb that open another verb of its subject ("the army condemned the
#: ambush and launched an offensive": the army is the offensive's agent).
_WITNESS_END = frozenset("and then ; but before after while , who which".split())


def _witnessed(low: list[str], a: int, ta: int) -> bool:
    """Whether a witness verb governs the trigger at ``ta`` from the tokens [a, ta): one of
    _WITNESS_VERBS with no word of _WITNESS_END between it and the trigger."""
    window = low[a:ta]
    if _WITNESS_VERBS.isdisjoint(window):
        return False  # (speed: the common case)
    k = ta - 1
    while k >= a and low[k] not in _WITNESS_VERBS:
        if low[k] in _WITNESS_END:
            return False
        k -= 1
    return True
_BLAME_WORDS = frozenset(("blamed", "blames", "blaming", "pinned", "attributed"))


def _parentheticals(tk: _Toks, a: int, b: int) -> list[tuple[int, int]]:
    """Token spans of relative clauses set off by commas (", which is assisting X,")."""
    low = tk.lower
    out: list[tuple[int, int]] = []
    if b - 1 <= a + 1:
        return out  # no token between the first and the last
    window = low[a + 1 : b - 1]
    present = _RELATIVE.intersection(window)
    if not present:
        return out  # no relative pronoun: no parenthetical (speed: skips the token loop)
    # speed: only the positions of the pronouns are visited (found by list.index), in order
    # (low[a + j] is the token before a + 1 + j)
    starts = [a + 1 + j for w in present for j in _positions(window, w) if low[a + j] == ","]
    starts.sort()
    for i in starts:
        # up to the next "," or ";" (else the end of the range)
        rest = low[i + 1 : b]
        j = b
        if "," in rest:
            j = i + 1 + rest.index(",")
        if ";" in rest:
            j = min(j, i + 1 + rest.index(";"))
        out.append((i, j))
    return out


#: Words between "contact with" and the actor ("the enemy", "any of the assailants").
_CONTACT_GAP = frozenset("the any a an of armed".split())


def _no_contact(low: list[str], k: int) -> bool:
    """Whether the actor at token ``k`` follows "without (any) contact with" or "(with) no
    contact with" ("without any contact with the enemy", "with no direct contact with the
    jihadists"): an actor the event never met."""
    j = k - 1
    while j > 0 and low[j] in _CONTACT_GAP:
        j -= 1
    if j < 2 or low[j] != "with" or low[j - 1] != "contact":
        return False
    j -= 2
    while j > 0 and low[j] in ("any", "direct", "physical", "real"):
        j -= 1
    return j >= 0 and low[j] in ("without", "no")


#: A copula before "the target/scene of": the subject suffered a new event ("the post was the
#: target of an attack", "the villages were the scene of attacks", "has become the target of").
_BE_COME = frozenset("was were is are been be became become becomes".split())


#: Relative pronouns that open a clause about a thing before them (not "who": "killed residents
#: who had been ordered to dig trenches around Barsalogho" tells the victims' place).
_REL_OPEN = frozenset(("that", "which"))
#: Antecedents whose relative clause still says where the event was ("a village that lies near
#: Tera", "the camp which houses troops in Boni"): places and armed targets.
_REL_KEEP = places_mod.settlement_nouns() | frozenset(
    "city district region area zone locality base bases camp camps post posts convoy convoys position positions "
    "patrol patrols road axis market mosque church school".split())


#: Words before "that"/"which" that are no antecedent noun: conjunctions, adverbs, prepositions.
_REL_NOT_NOUN = _PREPS | frozenset("and or but so than such now then also even said says is was were are".split())


def _relative_places(tk: _Toks, places, ta: int, ca: int, cb: int, triggers, tsp) -> list:
    """``places`` (of a clause whose head trigger is at token ``ta``) without those inside a
    relative clause about another noun that tells no trigger ("A deadly ambush near the border
    shows the cost of a rupture that brought Russian troops to Niamey's airport", "an attack
    that exposed a policy which sent soldiers to Niamey"): the clause runs from "that"/"which"
    after the head to the next punctuation. The relative clause of the trigger itself
    ("an attack that killed 12 people in Dargol", ", which took place in Dargol") or of a place
    ("a village that lies near Tera") keeps its places; "that" after a verb ("shows that") is no
    relative pronoun (a determiner must lead its noun phrase: "a rupture that")."""
    low = tk.lower
    spans = None
    window = low[ta + 2 : cb]
    present = _REL_OPEN.intersection(window)
    if not present:
        return places  # (speed: no relative pronoun after the head, no token loop)
    for i in sorted(ta + 2 + j for w in present for j in _positions(window, w)):
        w = low[i]
        prev = low[i - 1]
        if not prev.isalpha() or prev in _REL_KEEP or prev in _DETERMINERS or prev in _REL_NOT_NOUN \
                or prev in REPORT_VERBS:
            continue  # ("responsible for the attack and that they have begun ... in Bourem")
        if w == "that" and not (low[i - 2] in _DETERMINERS or (i - 3 >= ca and low[i - 3] in _DETERMINERS)):
            continue  # "shows that ...": a complement clause, not a relative one
        j = i + 1
        while j < cb and low[j] not in _RELATIVE_END:
            j += 1
        if any(i < tsp[id(t)][0] < j or tsp[id(t)][0] == i - 1 for t in triggers):
            continue  # the relative clause tells a trigger, or is the trigger's own
        spans = (spans or []) + [(i, j)]
    if not spans:
        return places
    out = []
    for p in places:
        a = tk.at(p.start)
        if not any(i < a < j for i, j in spans):
            out.append(p)
    return out


#: Nouns for a speaker's own fighting units or arms ("its units", "their troops", "its aircraft").
_OWN_UNITS = frozenset(
    """units unit forces troops soldiers men fighters combatants elements personnel aircraft planes
    jets helicopters""".split())


def _owned(low: list[str], k: int) -> bool:
    """Whether the noun at token ``k`` is owned by a pronoun: "its fighters", "their own troops"."""
    if k >= 1 and low[k - 1] == "own":
        k -= 1
    return k >= 1 and low[k - 1] in ("its", "their")


def _owned_subject(low: list[str], ca: int, ta: int) -> bool:
    """Whether "its/their (own) units|forces|troops ..." stands before the trigger at ``ta`` in
    the clause starting at ``ca``, within 12 tokens and outside a prepositional phrase ("after
    an attack on its positions" is no subject)."""
    lo = ca if ca > ta - 12 else ta - 12
    window = low[lo:ta]
    if "its" not in window and "their" not in window:
        return False  # (speed: the common case)
    for k in range(lo, ta - 1):
        if low[k] in ("its", "their") and (k == 0 or low[k - 1] not in _PREPS):
            j = k + 2 if low[k + 1] == "own" else k + 1
            if j < ta and low[j] in _OWN_UNITS:
                return True
    return False


#: Participles of guarding: what follows them is escorted, not the subject ("troops escorting a convoy").
_ESCORTING = frozenset("escorting guarding protecting accompanying securing".split())


def _passive_target(tk: _Toks, before: list) -> ActorMention:
    """The target of a passive verb among the actors ``before`` it (in text order): the last one,
    unless it closes a coordinated subject that names armed men ("20 soldiers and a civilian
    were killed": the soldiers, the side a battle is fought against)."""
    low, like_num = tk.lower, tk.like_num
    if len(before) > 1 and not _ESCORTING.isdisjoint(low[before[0][1] : before[-1][0]]):
        # "soldiers escorting a convoy of traders were ambushed", "gendarmes guarding the school
        # were attacked": the escorted are the participle's object; the subject is named before it
        k = len(before) - 1
        while k > 0 and _ESCORTING.isdisjoint(low[before[k - 1][1] : before[k][0]]):
            k -= 1
        before = before[:k] or before
    last = before[-1]
    if len(before) < 2:
        return last[2]
    last_armed = last[2].inter in trig.ARMED_INTER
    armed = None
    nxt = last
    for it in reversed(before[:-1]):
        gap = range(it[1], nxt[0])
        if last_armed and (it[2].actor == nxt[2].actor or (it[2].generic and low[it[1] : nxt[0]] == ["("])) \
                and _APPOSITION_GAP.issuperset(low[it[1] : nxt[0]]):
            # "the Volunteers for the Defence of the Homeland (VDP)", "volunteer militiamen
            # (VDP)": one actor
            nxt = it
            continue
        if not gap or len(gap) > (5 if last_armed else 4) or "and" not in low[it[1] : nxt[0]] or not all(
                low[k] in ("and", ",", "a", "an", "the") or like_num[k]
                or (last_armed and (low[k] == "of" or low[k] in _MEMBER_NOUNS)) for k in gap):
            break
        if it[2].inter in trig.ARMED_INTER and not (last_armed and (
                it[2].inter == 8 or (it[2].inter == 3 and last[2].inter in trig.STATE_INTER))):
            # "12 soldiers and members of the VDP were killed": the first conjunct leads (a
            # foreign force or the army's auxiliaries named first fight beside the state's:
            # "Wagner fighters and Malian soldiers were killed", "34 members of the army's
            # civilian auxiliary force and six soldiers were killed" keep the soldiers)
            armed = it
        nxt = it
    return armed[2] if armed is not None else last[2]


#: Words right after a verb that show it has no object (a preposition, a time word, a stop):
#: "abducted in Gao", "kidnapped by gunmen", "killed last week".
_NO_OBJECT = frozenset("""in near at on from during last by outside around inside while earlier early late this
    since , . ;""".split())


def _named_gap(tk: _Toks, a: int, b: int) -> bool:
    """Whether the tokens [a, b) are only a person's name or age in apposition (capitalised
    words, a number, commas): "journalist Olivier Dubois", "aid worker Thomas Berger, 61"."""
    if b - a > 6:
        return False
    text, idx = tk.text, tk.idx
    for k in range(a, b):
        w = tk.lower[k]
        if w == "," or tk.like_num[k] or text[idx[k]].isupper():
            continue
        return False
    return True


def _armed_speaker(items, ta: int, low: list[str] | None = None) -> ActorMention | None:
    """The last armed actor that speaks before the token ``ta`` ("the army said ..."); with
    ``low`` (the owner of "its fighters"), not a person named with a title ("the front, formed
    after the coup that toppled president Mohamed Bazoum, said its fighters": a person owns no
    fighters of "its")."""
    spk = [it for it in items if it[3] and it[0] < ta and it[2].inter in trig.ARMED_INTER]
    if low is not None and spk:
        titles = actors_mod.PERSON_TITLES
        spk = [it for it in spk if low[it[0]] not in titles and (it[0] == 0 or low[it[0] - 1] not in titles)]
    return spk[-1][2] if spk else None


def _roles(
    tk: _Toks,
    head: TriggerMention,
    items: list[tuple[int, int, ActorMention, bool]],
    ca: int,
    cb: int,
    sa: int,
    others: tuple | list,
    paren: list[tuple[int, int]] | tuple,
    tsp: dict[int, tuple[int, int]],
    nonspk: list,
    nstarts: list[int],
    coord: tuple | list,
) -> tuple[ActorMention | None, str, ActorMention | None, str, list[ActorMention]]:
    """(actor1, how, actor2, how, associated actors of actor1) for the head trigger.
    ``paren``: ``_parentheticals(tk, ca, cb)`` (empty when the sentence has no relative
    pronoun); ``tsp``: token spans of the sentence's triggers by ``id`` (see build_frames);
    ``nonspk``: the items that are not speakers, and ``nstarts`` their first tokens;
    ``coord``: the clause's triggers (a verb among them may be the first of coordinated verbs)."""
    low = tk.lower
    ta, tb = tsp[id(head)]
    if paren:
        usable = [it for it in items if not it[3] and not any(pa <= it[0] < pb for pa, pb in paren if not pa <= ta < pb)]
        starts = list(map(_first, usable))
    else:
        usable = nonspk
        starts = nstarts
    # the clause's actors before and after the trigger: the items are in text order, so both
    # are slices (speed: bisections instead of a loop over the sentence's actors)
    lo = bisect.bisect_left(starts, ca)
    hi = bisect.bisect_left(starts, cb, lo)
    before = usable[lo : bisect.bisect_left(starts, ta, lo, hi)]  # (starting before the trigger)
    if before and max(map(_second, before)) > ta:
        before = [it for it in before if it[1] <= ta]  # (ending before it)
    after = usable[bisect.bisect_left(starts, tb, lo, hi) : hi]
    a1 = a2 = None
    h1 = h2 = ""
    assoc: list[ActorMention] = []
    head_low = head.text.lower()
    if " " in head_low and head_low.rsplit(" ", 1)[1] in ("losses", "casualties"):
        head_low = head_low.rsplit(" ", 1)[1]  # "suffered heavy losses": the losses' owner is the victim
    intransitive = head.lemma in INTRANSITIVE or head_low in INTRANSITIVE
    inflicted = intransitive and head.pos == "noun" and _inflicted(low, ta, ca)
    if inflicted:
        # "JNIM inflicted heavy losses on the army", "causing heavy casualties among the
        # soldiers": the losses are the object of a transitive verb, read as an active verb
        # (subject the agent, the actor after it the victim)
        intransitive = False
    passive = head.passive or intransitive
    if head.pos == "noun" and intransitive:
        # "20 people dead", "civilian deaths": the word before names the victims
        if before and ta - before[-1][1] <= 1:
            return None, "", before[-1][2], "clause", assoc
        if head_low in ("losses", "lost"):
            # "the army ... reported losses": the subject, which is neither a possessive ("In
            # Wagner's greatest defeat, the army reported losses") nor inside a phrase
            subj = [it for it in before if not _in_pp(tk, it) and not _possessive(tk, it)]
            if subj and subj[0][2].inter in trig.ARMED_INTER:
                return None, "", subj[0][2], "clause", assoc
        return None, "", None, "", assoc
    if not passive and head.pos == "verb" and before and head.lemma.endswith("ed"):
        # headline style "21 civilians killed in ...": a counted subject right before the verb
        b_it = before[-1]
        # (not a second verb of the subject: "soldiers rounded up residents and executed them")
        near = ta - b_it[1] <= 1 and (ta == b_it[1] or low[ta - 1] not in ("and", ","))
        counted = b_it[0] > 0 and ((tk.like_num[b_it[0] - 1] and not _is_year(low[b_it[0] - 1]))
                                   or low[b_it[0] - 1] in ("civilians", "people"))
        if near and (counted or b_it[2].inter == 7) and head.key in ("kill", "attack", "abduction"):
            passive = True
        elif b_it[2].inter == 7 and head.key in ("kill", "attack", "abduction") and tb < len(low) \
                and low[tb] in _NO_OBJECT and low[ta - 1] == "," and _named_gap(tk, b_it[1], ta - 1):
            # a reduced relative after a victim and its name: "French journalist Olivier Dubois,
            # abducted in Gao in April 2021, was freed", "an Italian priest, kidnapped by gunmen
            # in 2022,", "the village chief, killed last week": the victim is the verb's target
            # (the verb has no object; not "gunmen rounded up villagers, killed 12 of them")
            passive = True

    active = (head.pos == "verb" or inflicted) and not passive
    if active:
        # a subject is not inside a prepositional phrase ("on the U.N. base") nor a modifier
        # of another noun ("the U.N. base", "army convoy"), nor an acronym in brackets right
        # after a name inside one ("accompanied by members of the Volunteers for the Defence of
        # the Homeland (VDP)"; not after a bare "of": "the unified force of the Alliance of Sahel
        # States (AES) has launched" keeps the acronym as the force's)
        kept, last_pp = [], -1
        for it in before:
            if (last_pp >= 0 and it[0] == last_pp + 1 and low[last_pp] == "(") or _in_pp(tk, it):
                j = it[0] - 1
                while j > 0 and low[j] in ("the", "a", "an"):
                    j -= 1
                last_pp = it[1] if low[j] != "of" or (j >= 1 and low[j - 1] in _MEMBER_NOUNS) else -1
            else:
                kept.append(it)
        before = kept
    # (speed: a family of one trigger holds no other noun: the head itself, or in the call for
    # a coordinated verb the later head, never ends before the verb)
    if active and before and len(others) > 1 and any(
        before[-1][1] <= tsp[id(t)][0]
        and tsp[id(t)][1] <= ta
        for t in others if t.pos == "noun"
    ):
        # "the drones hit a pharmacy": the instrument is the subject; an actor before it belongs
        # to another clause
        before = []
    if active and before and _witnessed(low, before[-1][1], ta):
        # "the UN condemned the killing of ...", "Amnesty documented the killings": the subject
        # of a witness verb reports the violence; the trigger is that verb's object
        before = []
        witnessed = True
    else:
        witnessed = False
    shared = None
    if active and before and coord and _coordinated_verb(low, ta, head):
        # "gunmen killed 12 villagers and torched their homes", ", killing ...": a second verb
        # of the subject; the actor right before it is the object of the first verb, never
        # the agent of the second: the agent is the first verb's
        b0 = before[-1][0]
        v = None
        for t in coord:
            if t is not head and t.pos == "verb":
                sp = tsp.get(id(t))
                if sp is not None and ca <= sp[0] and sp[1] <= b0 and (v is None or sp[0] > tsp[id(v)][0]):
                    v = t
        if v is not None:
            v1, vh1, _, _, vassoc = _roles(tk, v, items, ca, cb, sa, others, paren, tsp, nonspk, nstarts, coord)
            shared = (v1, vh1, vassoc)
    if active:
        if shared is not None:
            a1, h1, assoc = shared
            assoc = list(assoc)
        elif before and (_second_verb(low, ta) or (ta > 0 and low[ta - 1] == "," and low[ta].endswith("ing"))) \
                and (first := next(
                (it for it in before if it[2].inter != 7), None)) is not None and first is not before[-1]:
            # "the army tracked down the attackers and killed several of them": a verb right after
            # "and" has no subject of its own; the actor before "and" is the object of the first
            # verb (no trigger here), the clause's subject the agent; so with a participle after
            # a comma ("soldiers pursued the attackers, killing 12 of them")
            a1, h1 = first[2], "clause"
        elif len(before) >= 2 and _participle_object(low, before[-2][1], before[-1][0]) \
                and before[-2][2].actor != before[-1][2].actor:
            # "Soldiers pursuing the militants clashed with them": the actor after a participle
            # of the subject is that participle's object, never the subject; the verb's "them"
            # (or a reciprocal verb with no object of its own) is that object
            a1, h1 = before[-2][2], "clause"
            if tb < cb and _them_object(low, tk.like_num, tb + (low[tb] == "with"), cb):
                a2, h2 = before[-1][2], "clause"
        elif before:
            # coordinated agents ("the army and the Russian mercenary group Wagner attacked"):
            # the first named is actor1, the others associated actors ("FLA fighters and
            # militants of JNIM seized", "the rebels, then known as the CSP, and fighters of JNIM")
            run = [before[-1]]
            for it in reversed(before[:-1]):
                gap = low[it[1] : run[-1][0]]
                if it[2].actor == run[-1][2].actor and (len(gap) <= 2 or _APPOSITION_GAP.issuperset(gap)):
                    run[-1] = it  # "the Russian mercenary group Wagner": one actor, two mentions
                    continue
                if gap and len(gap) <= 6 and "and" in gap and _CONJUNCT_GAP.issuperset(gap):
                    run.append(it)
                else:
                    break
            a1, h1 = run[-1][2], "clause"
            assoc = [it[2] for it in reversed(run[:-1]) if it[2].actor != a1.actor
                     # "soldiers and foreign fighters killed": an unnamed foreign force beside
                     # the state's is no armed group of its own
                     and not (a1.inter in trig.STATE_INTER and it[2].generic and low[it[0] - 1] == "foreign")]
            if a1.generic and _owned(low, run[-1][0]):
                # "JNIM said its fighters had killed ...": the speaker's own men
                spk = _armed_speaker(items, ta, low if "its" in low[ca:ta] else None)
                if spk is not None:
                    a1, h1 = spk, "speaker"
        elif witnessed:
            # the witness is no agent, and neither is a pronoun for it; the trigger is a noun
            # phrase, whose agent follows "by": "condemned the killing of 30 villagers by soldiers"
            by = next((it for it in after if low[it[0] - 1] == "by" and it[2].inter != 7), None)
            if by is not None:
                a1, h1 = by[2], "clause"
        elif not _SUBJECT_PRONOUNS.isdisjoint(low[ca if ca > ta - 4 else ta - 4 : ta]) and not _witnessed(
                low, ca if ca > ta - 4 else ta - 4, ta):
            # (not "OHCHR said it had documented the killing of ...": the pronoun witnesses)
            # "the army said that it had launched an attack": the pronoun is the speaker
            spk = [it for it in items if it[3] and it[0] < ta and it[2].inter in trig.ARMED_INTER]
            if spk:
                a1, h1 = spk[-1][2], "speaker"
        elif _owned_subject(low, ca, ta):
            # "the army said that its units, backed by drones, had regained control of X": the
            # speaker's own units are the subject
            spk = _armed_speaker(items, ta)
            if spk is not None:
                a1, h1 = spk, "speaker"
        elif head.lemma.endswith("ing") or (ta > 0 and low[ta - 1] in (",", "and", "before", "after")):
            # a participle (", killing 107 soldiers", "after raiding") or a second verb of the
            # subject ("overran a post and seized"): the sentence's subject
            prior = [it for it in usable if sa <= it[0] < ta and it[2].inter != 7]
            if prior:
                a1, h1 = prior[0][2], "sentence"
        obj = None
        reciprocal = low[ta] in _RECIPROCAL
        # the object ends where a relative clause begins ("shot dead people who had been
        # ordered by the army to dig trenches", "killed 500 people in Moura, in what the UN
        # called ..."): an actor after it is no object of this verb
        obj_end = _object_end(low, tb, cb) if after else cb
        for it in after:
            if it[0] >= obj_end:
                break
            # "clashed with jihadists": the other side of a reciprocal verb ("fought alongside X",
            # "attacked with X" name partners)
            if it[0] - 2 >= tb and low[it[0] - 2] == "by" and low[it[0] - 1] in ("the", "a", "an") \
                    and not _place_held_by(low, it[0] - 2, tb):
                continue  # "people ordered by the army to dig trenches": a by-phrase names no object
            if not (it[0] > tb and low[it[0] - 1] in ("with", "alongside", "by")) or _place_held_by(low, it[0] - 1, tb) or (
                    reciprocal and low[it[0] - 1] == "with" and it[0] - tb <= 3):
                obj = it
                break
        if obj is None and _them_object(low, tk.like_num, tb, cb) and (
                _second_verb(low, ta) or (ta > 0 and low[ta - 1] == "," and low[ta].endswith("ing"))):
            # "an FDS unit engaged a group of the assailants ... and neutralised six of them",
            # "soldiers rounded up residents and executed them": the pronoun object of a second
            # verb is the first verb's object, the last actor of the clause before it that is not
            # the agent (inside a phrase too: "a group of the assailants")
            obj = next((it for it in reversed(usable[lo : bisect.bisect_left(starts, ta, lo, hi)])
                        if it[1] <= ta and (a1 is None or it[2].actor != a1.actor)), None)
        if obj is None and low[ta] in _RECIPROCAL and a1 is not None and h1 == "clause":
            # "soldiers and rebels clashed": the coordinated subject holds both sides
            foe = next((m for m in assoc if (m.inter in trig.STATE_INTER) != (a1.inter in trig.STATE_INTER)
                        and m.inter in trig.ARMED_INTER), None)
            if foe is None and a1.inter in trig.ARMED_INTER and a1.inter not in trig.STATE_INTER:
                # "fighters of the Islamic State and of JNIM clashed", "FLA and JNIM fought": two
                # named non-state groups as the subject of a verb with no object fought each other
                foe = next((m for m in assoc if m.inter in trig.ARMED_INTER and m.inter not in trig.STATE_INTER
                            and not m.generic and not a1.generic and m.actor != a1.actor), None)
            if foe is not None:
                assoc = [m for m in assoc if m is not foe]
                a2, h2 = foe, "clause"
        if obj is not None and obj[2].inter == 8:
            # "killed dozens of Wagner Group fighters and Malian soldiers": the foreign force
            # fights beside the state's, which is the target (the foreign one its associate)
            k = after.index(obj) + 1
            if k < len(after) and after[k][2].inter == 1 and "and" in low[obj[1] : after[k][0]] \
                    and _COTARGET_GAP.issuperset(low[obj[1] : after[k][0]]):
                obj = after[k]
        if obj is not None and _state_beside(low, obj, tb):
            obj = None  # "on a Malian and Wagner convoy": the state's forces (filled in by extract)
        if obj is not None and obj[2].actor != (a1.actor if a1 else None):
            a2, h2 = obj[2], "clause"
        elif tb + 1 < cb and low[tb] in ("their", "our") and low[tb + 1] in _OWN_SIDE:
            # "X said the army attacked their positions": the speaker's own side
            spk = [it for it in items if it[3] and it[2].inter in trig.ARMED_INTER and it[0] < ta]
            if not spk and a1 is not None:
                spk = [it for it in items if it[0] < ta and it[2].inter in trig.ARMED_INTER
                       and it[2].actor != a1.actor and (it[2].inter in trig.STATE_INTER) != (a1.inter in trig.STATE_INTER)]
                spk = spk[:1]
            if spk:
                a2, h2 = spk[-1][2], "speaker"
        if before and shared is None and a1 is not None and h1 == "clause" and _pronoun_subject(low, before[-1][1], ta):
            # "Islamic State militants killed 14 soldiers on Sunday when they ambushed an army
            # patrol": a pronoun subject of its own names an actor of the clause before it, the
            # one that is not of the side the verb's target is on (never the nearest by default)
            side = _target_side(low, a2, tb, cb)
            if side is not None and (a1.inter in trig.STATE_INTER) == side:
                alt = next((it[2] for it in reversed(before) if it[2].inter in trig.ARMED_INTER
                            and (it[2].inter in trig.STATE_INTER) != side), None)
                if alt is not None:
                    a1, assoc = alt, []
    elif head.pos == "verb":
        if before and not _clause_between(low, before[-1][1], ta):
            # (not "gunmen seized a Swiss woman, also in Agadez, and in October an American
            # pilot was kidnapped": an actor of another clause, before ", and", is no subject)
            a2, h2 = _passive_target(tk, before), "clause"
        # the agent follows "by" right after the verb: "were killed by X", "killed on Sunday by X"
        for k in range(tb, min(tb + 4, cb)):
            if low[k] == "by":
                agent = next((it for it in after if k < it[0] <= k + 5), None)
                if agent is not None:
                    a1, h1 = agent[2], "clause"
                break
            if low[k] in (",", ";", "including", "and"):
                break
        if a1 is None and a2 is not None and a2.inter == 7 and after:
            # "13 herders were executed near X during an army patrol", "were shot dead during a
            # military operation": the state force whose operation it was is the agent
            for it in after:
                if it[0] - tb > 12:
                    break
                if it[2].inter == 1 and it[0] >= 2 and low[it[0] - 2] == "during" \
                        and low[it[0] - 1] in ("a", "an", "the") and it[1] < len(low) and low[it[1]] in _OPERATION_NOUNS:
                    a1, h1 = it[2], "clause"
                    break
    else:  # noun
        if head.key in trig.STRATEGIC:
            # "the withdrawal of US forces", "departure of the French troops": the actor of the noun
            inside = [it for it in usable if ta <= it[0] < tb]
            of_actor = inside[0] if inside else _first_after(low, after, tb, _OF, 3)
            if of_actor is not None:
                a1, h1 = of_actor[2], "clause"
        blamed = not _BLAME_WORDS.isdisjoint(low[ca if ca > ta - 3 else ta - 3 : ta])
        tgt = None if blamed else _first_after(low, after, tb, _TARGET_PREP)
        if blamed:
            agt0 = _first_after(low, after, tb, _ON_TO)
            if agt0 is not None:
                return agt0[2], "cue", None, "", assoc
        if tgt is not None and not _state_beside(low, tgt, tb):
            a2, h2 = tgt[2], "clause"
        agt = _first_after(low, after, tb, _AGENT_PREP)
        if agt is not None and agt is not tgt and a1 is None:
            a1, h1 = agt[2], "clause"
        if a1 is None and before and ta - before[-1][1] <= 2 and head.key not in trig.STRATEGIC \
                and not any(w in _DETERMINERS or (w in _PREPS and not (w == "of" and head_low.endswith("ing")))
                            for w in low[before[-1][1] : ta]):
            # pre-modifier or possessive: "jihadist attack", "JNIM's assault", the subject of a
            # gerund ("accused the army of bombing"); not "killed 31 Boko Haram fighters in
            # clashes" (the object of another verb)
            a1, h1 = before[-1][2], "clause"
        if a1 is None and before and head.key not in trig.STRATEGIC and 2 < ta - before[-1][1] <= 6 \
                and _possessive(tk, before[-1]) and all(
                    (w.isalpha() or tk.like_num[k]) and w not in _DETERMINERS and w not in _PREPS
                    for k, w in enumerate(low[before[-1][1] + 1 : ta], before[-1][1] + 1)):
            # the possessor over the noun's modifiers: "JNIM's brazen September 2024 assault",
            # "Islamic State's deadliest raid this year" (not "JNIM's fighters in the attack")
            a1, h1 = before[-1][2], "clause"
        if a1 is None and before:
            # "militants launched an attack" is a phrase trigger; "X carried out the attack"
            k = before[-1][1]
            gap = low[k:ta]
            if len(gap) <= 5 and any(w in ("launched", "carried", "staged", "mounted", "conducted", "claimed", "fired",
                                           "used") for w in gap):
                # (the subject of a weapon fired or used: "police on Monday fired tear gas",
                # "security forces used live ammunition")
                a1, h1 = before[-1][2], "clause"
            elif len(gap) <= 6 and before[-1][2].inter in trig.ARMED_INTER and any(
                    tuple(gap[j : j + 2]) in _PARTY_OF for j in range(len(gap) - 1)):
                # "the rebel group involved in the previous combat", "JNIM, which took part in the
                # fighting": a party to it (the side that is not the target)
                if a2 is None or before[-1][2].actor != a2.actor:
                    a1, h1 = before[-1][2], "clause"
        if a1 is None and before and head.key not in trig.STRATEGIC:
            # "the FDS, supported by the VDP, have conducted from 8 to 12 January a vast
            # offensive": the subject of a launch verb further back
            subj = _launch_subject(tk, before, ta, ca)
            if subj is not None and (a2 is None or subj[2].actor != a2.actor):
                a1, h1 = subj[2], "clause"
    return a1, h1, a2, h2, assoc


_OF = frozenset(("of",))
#: A force's operations in which victims die ("killed during an army patrol").
_OPERATION_NOUNS = frozenset("patrol patrols operation operations raid raids sweep sweeps offensive".split())
_ON_TO = frozenset(("on", "to"))
#: Words that open a relative clause after a verb's object ("people who had been ordered by the
#: army", "in what the UN called"): the object ends there.
_OBJECT_RELATIVE = frozenset(("who", "whom", "whose", "which", "what", "that"))
#: Words between a verb and its pronoun object "them" ("killed six of them", "all of them").
_THEM_GAP = frozenset("of all most some several many dozens scores a few number".split())


#: Participles of suspicion that open a reduced relative after the object ("arrested four people
#: suspected of supplying fuel to armed groups", "detained men accused of links to JNIM"):
#: followed by "of", they end the object (not "arrested suspected jihadists").
_OBJECT_SUSPECT = frozenset(("suspected", "accused"))
#: Conjunctions that open a clause of its own after the object ("... before gunmen opened fire").
_OBJECT_SUBORDINATE = frozenset(("before", "while", "until", "whereas"))


#: Participles of saying or giving a reason after a comma: the subject's words, no object
#: ("dissolved all parties by decree, saying they had weakened the fight against jihadists",
#: "banned the broadcaster, accusing it of siding with the rebels").
_OBJECT_SAYING = frozenset("""saying adding citing accusing arguing explaining claiming insisting noting stating
    alleging describing calling""".split())


def _object_end(low: list[str], tb: int, cb: int) -> int:
    """The token at which the object phrase of the verb ending at ``tb`` ends within its clause
    (ending at ``cb``): a relative pronoun ("people who had been ordered by the army", "in what
    the UN called", "tankers ..., and the shortages that followed"), a participle of suspicion
    before "of" (:data:`_OBJECT_SUSPECT`) or one of saying after a comma (:data:`_OBJECT_SAYING`);
    else ``cb``."""
    window = low[tb:cb]
    rel = _OBJECT_RELATIVE.intersection(window)
    end = min(tb + window.index(w) for w in rel) if rel else cb
    say = _OBJECT_SAYING.intersection(window)
    if say:
        for w in say:
            j = tb + window.index(w)
            if j < end and low[j - 1] == ",":
                end = j
    said = _SAY.intersection(window)
    if said:
        # ", his family and lawyer said, the latest detention of a critic of the government": an
        # attribution after a comma closes the object (an actor past it is no target)
        for w in said:
            j = tb + window.index(w)
            k = next((k for k in range(j - 1, max(tb, j - 6), -1) if low[k] == ","), None)
            if k is not None and k < end:
                end = k
    sub = _OBJECT_SUBORDINATE.intersection(window)
    if sub:
        # "the vehicle blew up at the entrance of the camp before gunmen opened fire on the
        # position": a clause of its own opens (not a participle: "before fleeing with cattle")
        for w in sub:
            j = tb + window.index(w)
            if j < end and j + 1 < cb and not low[j + 1].endswith("ing"):
                end = j
    if not _OBJECT_SUSPECT.isdisjoint(window):  # (rare: the positions only then)
        for j in range(tb + 1, end - 1):
            if low[j] in _OBJECT_SUSPECT and low[j + 1] == "of":
                return j
    return end


#: Words before a pronoun subject that make it no actor's: a reported clause's ("No group has
#: said it carried out the attack": the pronoun is the speaker's, here no actor) or a negated
#: or quantified subject's.
_REPORT_OR_NONE = REPORT_VERBS | frozenset(("no", "nobody", "none", "any", "whether", "if"))
#: Words between a subject pronoun and its verb ("they had ambushed", "it then killed").
_PRONOUN_GAP = frozenset("had have has then also later reportedly allegedly".split())


def _pronoun_subject(low: list[str], a: int, ta: int) -> bool:
    """Whether "they" or "it" stands right before the verb at ``ta`` (over auxiliaries and
    adverbs of _PRONOUN_GAP), after the token ``a``: the verb's own subject."""
    for k in range(ta - 1, (a if a > ta - 4 else ta - 4) - 1, -1):
        w = low[k]
        if w in ("they", "it"):
            return True
        if w not in _PRONOUN_GAP:
            return False
    return False


#: Nouns by which a story names again the armed group it has named ("the group ambushed", "the
#: movement claimed", "the al Qaeda affiliate attacked"), with "the" or "this" before them.
_GROUP_INTER = frozenset((2, 3, 4))
_GROUP_BACK = frozenset("group movement organisation organization outfit faction affiliate".split())


def _group_subject(low: list[str], a: int, ta: int) -> bool:
    """Whether "the group" ("this movement", "the al Qaeda affiliate") stands right before the
    verb at ``ta`` (over auxiliaries and adverbs of _PRONOUN_GAP), after the token ``a``: a
    subject that names again the group told before."""
    k = ta - 1
    while k > a and low[k] in _PRONOUN_GAP:
        k -= 1
    if k <= a or low[k] not in _GROUP_BACK:
        return False
    # "the group", "the al Qaeda affiliate", "the jihadist movement": a determiner at most three
    # words back, with no verb or comma between
    for j in range(k - 1, max(a, k - 4) - 1, -1):
        if low[j] in ("the", "this"):
            return True
        if low[j] in _STOPS or low[j] in (",", "and", "a", "an", "another", "one", "rival", "other"):
            return False
    return False


def _target_side(low: list[str], a2, tb: int, cb: int) -> bool | None:
    """True when the target of the verb ending at ``tb`` is on the state's side (a state actor,
    or an armed target word right after the verb with no actor: "ambushed a patrol"), False
    for a non-state armed actor, None when unknown or civilians."""
    if a2 is not None:
        return (a2.inter in trig.STATE_INTER) if a2.inter in trig.ARMED_INTER else None
    return True if not ARMED_TARGET_WORDS.isdisjoint(low[tb : cb if cb < tb + 5 else tb + 5]) else None


def _is_year(w: str) -> bool:
    """"2022" in "In March 2022 Malian troops killed ...": a year, no count of the subject."""
    return len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")


def _clause_between(low: list[str], a: int, b: int) -> bool:
    """Whether a coordinated clause opens between the tokens ``a`` and ``b`` (", and", ", but",
    ", while", ";"): an actor before it is no subject of a verb after it."""
    window = low[a:b]
    if ";" in window:
        return True
    if "," not in window:
        return False
    return any(low[a + j + 1] in ("and", "but", "while", "whereas") for j in _positions(window, ",") if a + j + 1 < b)


def _second_verb(low: list[str], ta: int) -> bool:
    """Whether the verb at token ``ta`` follows "and" or "then" (over a quote: 'and "neutralised"')."""
    k = ta - 1
    while k > 0 and low[k] in ('"', "“", "”", "'", "then", "also"):
        k -= 1
    return k >= 0 and low[k] == "and"


#: Participles of a subject's pursuit or search ("soldiers pursuing the militants", "troops chasing
#: the attackers"): the actor after one is its object.
_PURSUIT_PARTICIPLES = frozenset("pursuing chasing tracking hunting tracing following searching".split())


def _participle_object(low: list[str], e: int, s: int) -> bool:
    """Whether the words between a subject ending at ``e`` and an actor starting at ``s`` are a
    participle of pursuit and a determiner ("pursuing the", "chasing", "hunting down the")."""
    gap = low[e:s]
    return 1 <= len(gap) <= 4 and gap[0] in _PURSUIT_PARTICIPLES and all(
        w in ("the", "a", "an", "down", "for", "after") for w in gap[1:])


def _them_object(low: list[str], like_num: list[bool], tb: int, cb: int) -> bool:
    """Whether the object of the verb ending at ``tb`` is "them" ("executed them", "killed six of
    them", "neutralised several of them"), over counts and "of" only."""
    for k in range(tb, min(tb + 5, cb)):
        w = low[k]
        if w == "them":
            return True
        if w not in _THEM_GAP and not like_num[k] and w not in ('"', "“", "”"):
            return False
    return False


def _first_after(low: list[str], after: list, tb: int, preps: frozenset, window: int = 6):
    """The first actor item of ``after`` (in text order) at most ``window`` tokens after the
    noun trigger ending at token ``tb`` that follows one of ``preps`` (over determiners and
    small counts: "attack on the base", "an attack against two villages"); else None."""
    for it in after:
        if it[0] - tb > window:
            break
        k = it[0] - 1
        while k >= tb and low[k] in ("the", "a", "an", "its", "their", "two", "three", "several"):
            k -= 1
        if k >= tb and low[k] in preps:
            if k > tb and low[k - 1] in _SUPPORT_WORDS:
                continue  # "fighting, backed by the VDP": a supporter, not the noun's agent
            return it
    return None


#: Verbs whose subject is the agent of the noun trigger they take ("launched an offensive").
_LAUNCH = frozenset("launched launch launches carried staged mounted conducted conduct conducts led waged began started".split())
#: How far (tokens) before a noun trigger its launch verb may stand.
_LAUNCH_BACK = 12


def _launch_subject(tk: _Toks, before: list, ta: int, ca: int):
    """The subject (an actor item of ``before``) of a launch verb at most ``_LAUNCH_BACK`` tokens
    before the noun trigger at ``ta`` within its clause (from ``ca``), over a date or a
    participle phrase ("the FDS, supported by the VDP, have conducted from 8 to 12 January a
    vast offensive"): the nearest actor before the verb that is in no prepositional phrase
    ("supported by the VDP") and no abbreviation in brackets (the name before it decides)."""
    low = tk.lower
    lo = ta - _LAUNCH_BACK if ta - _LAUNCH_BACK > ca else ca
    if _LAUNCH.isdisjoint(low[lo:ta]):
        return None  # (speed: no launch verb in reach, the common case; C-level test first)
    v = -1
    for k in range(ta - 1, lo - 1, -1):
        w = low[k]
        if w in _STOPS:
            return None
        if w in _LAUNCH:
            if low[k + 1] == "to":
                return None  # "tensions led to clashes": a consequence, not a launch
            v = k
            break
    if v < 0:
        return None
    for it in reversed(before):
        if it[1] > v:
            continue
        if it[0] > 0 and low[it[0] - 1] == "(":
            continue  # "(FDS)", "(VDP)": the name before it decides
        if _in_pp(tk, it):
            continue
        return it
    return None


# ------------------------------------------------------------------------------ frames


#: Words before a trigger that make it hypothetical or habitual, not an event that happened.
_MODALS = frozenset("will would could may might can must should shall".split())
_HABITUAL = frozenset("regularly often frequently routinely repeatedly usually long increasingly".split())
#: Present-tense verbs of a trend after an event noun ("as fighting intensifies", "as attacks continue").
_TREND_VERBS = frozenset("intensifies intensify escalates escalate rages rage continues continue persists persist "
                         "spreads spread grows grow mounts mount worsens worsen".split())
#: Words ending the noun's phrase before such a verb (another clause's subject follows).
_TREND_STOP = frozenset((",", ":", "as", "while", "when", "after", "that", "which", "who", "where", "but"))
#: Subjects that name no one in particular ("anyone attacking civilian vehicles"): a threat, no event.
_ANYONE = frozenset("anyone anybody whoever whomever".split())
#: ... those that are only adverbs ("long" is also an adjective: "a long convoy").
_HABITUAL_ADV = _HABITUAL - {"long"}
#: Adjectives before a plural event noun that make it a pattern ("frequent attacks", "repeated
#: raids", "near-daily ambushes").
_PATTERN_ADJ = frozenset("""frequent repeated regular recurrent recurring persistent incessant constant
    near-daily daily weekly sporadic periodic""".split())


_ACCUSE = frozenset(("accused", "accusing", "accuses", "accuse", "accusation", "accusations", "allegations"))

#: Words before "to" that make it an implicative verb ("managed to kill": the killing happened)
#: or a preposition ("due to", "led to"), not the mark of a purpose or an intention.
_TO_NOT_PURPOSE = frozenset(
    """managed manage manages went go goes began begin begins started start starts proceeded
    proceed came helped help forced returned due according prior owing thanks addition response
    return related linked led leading close next exposed subjected vulnerable prone opposed""".split())
#: Nouns and verbs of purpose before "of"/"at"/"to" ("with the aim of destroying", "aimed at
#: destroying", "with a view to attacking").
_PURPOSE = frozenset("aim aims aimed aiming goal objective purpose intention intent view".split())
#: Verbs of the present perfect ("attacks have multiplied since January").
_HAVE = frozenset(("has", "have", "'ve"))
#: Words between "has/have" and its participle, or before a trigger after it.
_PERFECT_SKIP = frozenset("also been already again steadily sharply further increasingly".split())
#: Clause ends for the token windows of _is_generic.
_STOPS = frozenset((".", ";", "!", "?"))
_WEEKDAYS = frozenset(text_mod.WEEKDAY_NUMBER)
#: Month names and abbreviations, lower case ("may" among them: where it is a verb, the user says so).
_MONTHS = frozenset(text_mod.MONTH_NUMBER)
#: Day-level time words: a date of one incident, never a span ("since Tuesday" still dates one).
_DAY_WORDS = _WEEKDAYS | frozenset(("yesterday", "overnight", "weekend", "dawn", "morning", "night", "evening", "today"))
#: Words after "since" before the date or event it names ("since early August").
_SINCE_SKIP = frozenset("early late mid mid- the at least last".split())
#: Capitalised words after "in"/"near" that name a country or the whole region, not the place of
#: an incident ("accused the army of killing civilians in Mali").
_WIDE_PLACES = frozenset(
    """mali niger burkina sahel africa west nigeria algeria mauritania chad libya guinea senegal
    ghana togo benin ivory france russia north south east centre center""".split())
_PLACE_PREPS = frozenset(("in", "near", "at", "around", "outside"))
_PLACE_NOUNS = places_mod.settlement_nouns() | {"city", "district"}  # (places' lexicon)
#: Counts that are no specific figure of one incident.
_VAGUE_COUNTS = frozenset(("one",))
#: Words after which the allegation's details end: attribution and contrast.
_ACCUSE_END = (REPORT_VERBS - {"alleged", "alleges"}) | frozenset(("but", "while", "whereas", "although"))


#: Nouns for a whole conflict: as the subject of a violent verb they tell a toll of years, not
#: an incident ("the insurgency has killed thousands", "jihadist violence killed 2,000 people").
_CAMPAIGN = frozenset("insurgency insurgencies conflict conflicts violence war wars crisis rebellion unrest".split())


def _sentence_window(low: list[str], a: int, reach: int = 40) -> tuple[int, int]:
    """The token range around ``a`` up to the nearest ".", ";", "!" or "?" on each side (at most
    ``reach`` tokens each way): the clause of the trigger at ``a``, as far as tokens tell.

    Speed: the nearest stops are found in the two windows by C-level set tests and
    ``list.index`` (most windows hold none, or one) instead of a token loop each way
    (test_frames_speed compares the two); no index of the whole Doc (few triggers ask)."""
    lo = a - reach if a > reach else 0
    n = len(low)
    hi = a + reach if a + reach < n else n
    k = lo - 1
    before = low[lo:a]
    if not _STOPS.isdisjoint(before):
        before.reverse()  # (the nearest stop before ``a`` is the first in the reversed window)
        k = a - 1 - min([before.index(w) for w in _STOPS.intersection(before)])
    after = low[a + 1 : hi]
    if not _STOPS.isdisjoint(after):
        return k + 1, a + 1 + min([after.index(w) for w in _STOPS.intersection(after)])
    return k + 1, (hi if hi > a else a + 1)


def _tells_specifics(tk: _Toks, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) name a place, a day-level date or a count of one incident
    ("of killing 20 villagers in Tonou on Tuesday"); a span ("since 2022", "in 2023") and a
    country ("in Mali") do not. The scan stops at an attribution or a contrast ("..., the UN
    said on Monday")."""
    low, like_num, text, idx = tk.lower, tk.like_num, tk.text, tk.idx
    for k in range(lo, hi):
        w = low[k]
        if w in _ACCUSE_END:
            break
        if like_num[k]:
            if not (len(w) == 4 and w.isdigit()) and w not in _VAGUE_COUNTS:
                return True  # a count (or a day of the month)
            continue
        if w in _DAY_WORDS or w in _MONTHS:
            if w == "may" or (k > 0 and (low[k - 1] in ("since", "for", "until") or
                                        (k > 1 and low[k - 2] == "since"))):
                continue  # "may" is a modal too; "since January" is a span
            return True
        p = k - 1
        if p >= lo and low[p] == "the":
            p -= 1
        if p >= lo and (low[p] in _PLACE_PREPS or (low[p] == "of" and p > lo and low[p - 1] in _PLACE_NOUNS)):
            if text[idx[k]].isupper() and w not in _WIDE_PLACES and w not in _MONTHS:
                return True  # "in Tonou", "near the Mopti region", "the village of Ogossagou"
    return False


def _perfect_since(tk: _Toks, t: TriggerMention, a: int) -> bool:
    """"Clashes have intensified since August", "jihadists have killed 300 people since January":
    a present perfect running over a "since" span (a month, a year, an event) and no day-level
    date in its clause tells a pattern, not one incident. "since Tuesday" dates one; a "since"
    after a comma belongs to another phrase ("the town of Boni, under blockade since 2022")."""
    low = tk.lower
    if "since" not in low[a - 40 if a > 40 else 0 : a + 22]:
        return False  # (speed: a linked "since" lies in this range, see below; C-level test first)
    n = len(low)
    part = _perfect_participle(low, a, t)
    since = -1
    if part < 0:
        # no perfect: a count or a noun over a "since" span in the trigger's own phrase ("had
        # documented the killing of 140 civilians in the Mopti region since October", "300
        # civilians killed since January"); "the deadliest attack since 2019" ranks one incident
        after = low[a + 1 : a + 17]
        if "since" not in after:
            return False
        s = a + 1 + after.index("since")
        if not (_SINCE_BREAKS.isdisjoint(after[: s - a - 1]) and _HOST_BREAKS.isdisjoint(after[: s - a - 1])
                and _toll_phrase(tk, a, s) and _told_toll(tk, t, a)):
            return False
        since = part = s
    if part >= n:
        return False
    # "since" linked to the perfect: after it in the same phrase (no comma between), or opening
    # the sentence ("Since January, attacks have multiplied")
    after = low[part + 1 : part + 11]
    if since < 0 and "since" in after:
        s = part + 1 + after.index("since")
        if _SINCE_BREAKS.isdisjoint(low[part + 1 : s]):
            since = s
    if since < 0:
        back = low[a - 40 if a > 40 else 0 : a]
        if "since" not in back:
            return False
        s = (a - len(back)) + back.index("since")
        if not (s == 0 or low[s - 1] in _STOPS or low[s - 1] in ('"', "“")) or not _STOPS.isdisjoint(low[s:a]):
            return False
        since = s
    j = since + 1
    while j < n and low[j] in _SINCE_SKIP:
        j += 1
    if j >= n or low[j] in _DAY_WORDS:
        return False  # "since Tuesday": the start of one incident
    # no day-level date elsewhere in the clause ("have killed 12 soldiers in Boni on Sunday")
    lo, hi = _sentence_window(low, a)
    return not _event_day_in(low, lo, hi, since, j)


def _perfect_participle(low: list[str], a: int, t: TriggerMention) -> int:
    """The token of the participle of a present perfect that the trigger at ``a`` belongs to,
    else -1: the trigger itself ("have killed"), the verb of a noun subject ("fighting ... has
    resumed", also a verb form read as one: "attacks have multiplied") or of a noun object
    ("have staged attacks")."""
    n = len(low)
    part = -1
    k = a - 1
    while k >= 0 and low[k] in _PERFECT_SKIP:
        k -= 1
    if k >= 0 and low[k] in _HAVE:
        part = a
    else:
        if not _HAVE.isdisjoint(low[a + 1 : a + 11]):
            for j in range(a + 1, min(a + 11, n)):
                if low[j] in (",", ";", ".", "which", "that", "who"):
                    break
                if low[j] in _HAVE:
                    j += 1
                    while j < n and low[j] in _PERFECT_SKIP:
                        j += 1
                    part = j
                    break
        if part < 0 and t.pos == "noun":
            for k in range(a - 1, (a - 7 if a > 7 else 0) - 1, -1):
                if low[k] in (",", ";", "."):
                    break
                if low[k] in _HAVE:
                    part = a
                    break
        if part < 0 and low[a].endswith("ing") and a > 1 and low[a - 1] in (",", "and"):
            part = _participle_host(low, a)
    return part


def _participle_host(low: list[str], a: int) -> int:
    """The participle of the present perfect that a chain of "-ing" phrases ending at the
    trigger ``a`` hangs off, else -1: "Armed groups have cut the roads, laying mines, burning
    trucks and kidnapping drivers" ("laying", "burning", "kidnapping" tell how the roads were
    cut, not incidents of their own). Every comma between the perfect and the trigger must open
    an "-ing" phrase (", and" too); a stop, a ";" or another clause ends the walk."""
    lo = a - 30 if a > 30 else 0
    comma = False
    for k in range(a - 1, lo - 1, -1):
        w = low[k]
        if w in _STOPS or w in _HOST_BREAKS:
            return -1
        if (w == "that" or w == "which") and k > 0 and (low[k - 1] in REPORT_VERBS or low[k - 1].endswith("ed")):
            return -1  # a clause of its own ("have warned that gunmen attacked Boni, killing 12");
            # "the roads that tie the town to Fada, laying mines" is the perfect's object
        if w == ",":
            j = k + 1
            if j < a and low[j] == "and":
                j += 1
            if j >= len(low) or not low[j].endswith("ing"):
                return -1
            comma = True
        elif w in _HAVE and comma:
            j = k + 1
            while j < a and low[j] in _PERFECT_SKIP:
                j += 1
            return j if j < a and (low[j].endswith("ed") or low[j] in _IRREGULAR_PARTS) else -1
    return -1


def _may_hang(low: list[str], a: int) -> bool:
    """Speed: whether the trigger at ``a`` may be an "-ing" phrase after a comma hanging off a
    perfect (:func:`_participle_host`): ", laying mines", ", and burning trucks"."""
    return a > 1 and low[a].endswith("ing") and (low[a - 1] == "," or low[a - 1] == "and") \
        and not _HAVE.isdisjoint(low[a - 30 if a > 30 else 0 : a])


#: Words that end the walk of :func:`_participle_host` (another clause or an attribution).
_HOST_BREAKS = frozenset(("who", "while", "but", "whereas", "although", "when", "after", "before", ":"))
#: Participles that do not end in "-ed" ("have cut the roads", "have seized", "have shot").
_IRREGULAR_PARTS = frozenset(
    "cut shot hit struck fought taken seized stolen burnt burned held set laid driven overrun beaten made kept".split())


#: Words that open a span up to now after a present perfect ("over the past year").
_SPAN_OPEN = frozenset("over in during throughout for".split())
#: Units of a span long enough to tell a pattern ("the past two years", "recent months").
_SPAN_UNITS = frozenset("month months year years decade decades".split())
#: First words of such a span after its preposition and article: "past", "last", "recent".
_SPAN_WORDS = frozenset(("past", "last", "recent"))
#: Words between "past"/"last"/"recent" and the unit ("the past two years", "the last few months").
_SPAN_COUNT = frozenset("few several couple of two three four five six ten twelve 12 18".split())


def _span_unit(low: list[str], j: int) -> int:
    """The token of the unit of a span whose "past"/"last"/"recent" is at ``j`` ("over the past
    two years", "in recent months"), else -1."""
    if not (j >= 2 and low[j - 1] == "the" and low[j - 2] in _SPAN_OPEN
            or j >= 1 and low[j] == "recent" and low[j - 1] in _SPAN_OPEN):
        return -1
    k = j + 1
    while k < len(low) and k <= j + 3 and low[k] in _SPAN_COUNT:
        k += 1
    return k if k < len(low) and low[k] in _SPAN_UNITS else -1


def _perfect_span(tk: _Toks, t: TriggerMention, a: int) -> bool:
    """"Dozens of soldiers have died in ambushes in the area over the past year", "attacks have
    killed 300 civilians in recent months": a present perfect over a span up to now of a month
    or more ("over/in/during the past/last [two] months/years/decade", "in recent months",
    "this year", "so far", "to date", "for nearly two years", "in 2024 alone", see
    :func:`_span_at`), with no day or month named in its own clause, tells a pattern, like the
    "since" span of :func:`_perfect_since`. Its clause starts after the last comma before the
    perfect ("In December 2024, fighters killed 21 civilians ..., and dozens of soldiers have
    died in ambushes over the past year": December dates the killing, not the deaths); "in the
    past week" or "over the last few days" may tell one incident and is no pattern here.

    The span may open the sentence ("For two years, jihadists have cut the roads") or the
    sentence before, when this one names no day, place or count of its own ("For nearly two
    years, the town has been under blockade. Armed groups have cut the roads, laying mines and
    burning trucks."). Without a perfect, only a running toll is a pattern: "killed 300 people
    in 2024 alone", "have been killed so far", "to date"."""
    low = tk.lower
    n = len(low)
    part = _perfect_participle(low, a, t)
    perfect = 0 <= part < n
    if not perfect:
        part = a
    found = False
    # (speed: no mark of a span in reach, no loop)
    for j in (range(part + 1, min(part + 14, n)) if not _SPAN_MARKS.isdisjoint(low[part + 1 : part + 14]) else ()):
        w = low[j]
        if w in _SINCE_BREAKS:
            break
        if w in _SPAN_MARKS and _span_at(low, j, perfect):
            if w == "for" and (low[part] in _MEASURE_VERBS or low[a] in _MEASURE_VERBS):
                continue  # "has suspended TV5Monde for three months": how long the measure lasts
            found = True
            break
    if not perfect:
        if not (found and _toll_phrase(tk, a, j)):
            return False
    # (speed: the window only now, most triggers without a perfect being out above)
    lo, hi = _sentence_window(low, a)
    if perfect and not found and lo + 2 < a and _opening_span(low, lo, a):
        found = True  # opening the sentence: "Over the past two years, jihadists have killed hundreds"
    if found:
        # the perfect's own clause: from the last comma, ";" or stop before it
        k = min(a, part) - 1
        while k >= lo and low[k] not in (",", ";"):
            k -= 1
        return not _event_day_in(low, k + 1, hi)
    # the span of the sentence before, carried over by a perfect that names nothing of its own
    if lo < 2 or low[lo - 1] not in _STOPS or low[lo].isspace() or _event_day_in(low, lo, hi) \
            or _tells_specifics(tk, lo, hi):  # (a new paragraph does not carry the span over)
        return False
    plo = _sentence_window(low, lo - 2)[0]
    return not _HAVE.isdisjoint(low[plo : lo - 1]) and _opening_span(low, plo, lo - 1)


#: Words that may mark a span up to now (see :func:`_span_at`).
_SPAN_MARKS = _SPAN_WORDS | frozenset(("this", "far", "date", "alone", "for"))
#: Of them, the ones that tell a running toll with any tense ("in 2024 alone", "so far", "to date").
_TOLL_WORDS = frozenset(("alone", "far", "date"))
#: Words between "for" and the count of a span ("for nearly two years", "for more than a year").
_FOR_SKIP = frozenset("nearly almost more than over about some around the past last a few several".split())
#: Counts of such a span in words.
_FOR_COUNTS = frozenset("two three four five six seven eight nine ten twelve eighteen many".split())
#: Verbs of a measure decreed for a time: their "for three months" is how long it lasts, no span
#: up to now ("has suspended the channel for three months", "has extended the state of emergency
#: for six months", "has banned demonstrations for a year", "has imposed a curfew for two weeks").
_MEASURE_VERBS = frozenset("""suspended suspends suspending banned bans banning imposed imposes imposing extended
extends extending prolonged prolongs renewed renews closed closes shut shuts barred bars prohibited prohibits
declared declares ordered orders decreed decrees""".split())


def _span_at(low: list[str], j: int, perfect: bool = True) -> bool:
    """Whether the word at ``j`` marks a span up to now of a month or more: "(over) the past two
    years", "in recent months" (see :func:`_span_unit`), "this year" (not "earlier this year"),
    "so far", "to date", "in 2024 alone" / "last year alone", "for nearly two years"; with
    ``perfect`` False only the running tolls "so far", "to date", "... alone"."""
    w = low[j]
    if w == "far":
        return j > 0 and low[j - 1] == "so"
    if w == "date":
        return j > 0 and low[j - 1] == "to"
    if w == "alone":
        p = low[j - 1] if j > 0 else ""
        return p in _SPAN_UNITS or p == "year" or (len(p) == 4 and p.isdigit())
    if not perfect:
        return False
    if w in _SPAN_WORDS:
        return _span_unit(low, j) >= 0
    if w == "this":
        return j + 1 < len(low) and low[j + 1] == "year" and (j == 0 or low[j - 1] not in ("earlier", "later", "early", "late"))
    if w == "for":
        k = j + 1
        while k < len(low) and k <= j + 4 and low[k] in _FOR_SKIP:
            k += 1
        if k < len(low) and (low[k] in _FOR_COUNTS or low[k].isdigit() or low[k - 1] == "a"):
            k += 0 if low[k - 1] == "a" else 1
            return k < len(low) and (low[k] in _SPAN_UNITS or low[k] == "year")
    return False


def _opening_span(low: list[str], lo: int, hi: int) -> bool:
    """Whether the sentence at ``lo`` opens with a span phrase up to its first comma (within
    eight tokens, before ``hi``): "For nearly two years,", "Over the past six months,", "So far
    this year,", "In 2024 alone,", "Since 2022," (not "Since Sunday,")."""
    c = lo
    while c < hi and c < lo + 9:
        w = low[c]
        if w == ",":
            if low[lo] == "since":  # "Since 2022,", "Since early August," (not "Since Sunday,")
                j = lo + 1
                while j < c and low[j] in _SINCE_SKIP:
                    j += 1
                return j < c and low[j] not in _DAY_WORDS
            return any(low[j] in _SPAN_MARKS and _span_at(low, j) for j in range(lo, c))
        if w in _STOPS:
            return False
        if w.isspace():
            lo = c + 1  # a paragraph break: the sentence starts after it (a headline before it)
        c += 1
    return False


def _event_day_in(low: list[str], lo: int, hi: int, skip_lo: int = -1, skip_hi: int = -1) -> bool:
    """Whether tokens [lo, hi) (but [skip_lo, skip_hi]) name a day or a month that is not a
    report date ("..., the army said on Monday") nor the modal "may"."""
    for k in range(lo, hi):
        if skip_lo <= k <= skip_hi:
            continue
        if (low[k] in _DAY_WORDS or (low[k] in _MONTHS and low[k] != "may")) \
                and REPORT_VERBS.isdisjoint(low[k - 3 if k > 3 else 0 : k]):
            return True
    return False


def _toll_phrase(tk: _Toks, a: int, m: int) -> bool:
    """Whether the trigger at ``a`` and its span word at ``m`` (a "since", "so far", "alone")
    make a toll with no perfect: a count in the phrase (from four tokens before the trigger:
    "140 civilians killed since October", "the killing of at least 140 civilians ... since
    October") and no ranking word, which makes the span a yardstick of one incident ("the
    deadliest attack since 2019", "the raids follow the deadliest strike so far")."""
    low, like_num = tk.lower, tk.like_num
    lo = a - 4 if a > 4 else 0
    if not _RANKS.isdisjoint(low[lo:m]):
        return False
    for k in range(lo, m):
        if like_num[k] and not (len(low[k]) == 4 and low[k].isdigit()) and low[k] not in _VAGUE_COUNTS:
            return True
    return False


def _told_toll(tk: _Toks, t: TriggerMention, a: int) -> bool:
    """Whether the trigger at ``a`` is a toll's own word, not a verb with a subject: a noun
    with its victims after "of" ("the killing of at least 140 civilians", "the abduction of 50
    people") or a participle right after its counted victims ("140 civilians killed", "some 300
    people abducted"). A lead's "soldiers executed 32 civilians in three villages since January"
    or "five attacks since December" sums up the incidents the story tells next (the lead
    summaries of extract) and stays a frame."""
    low = tk.lower
    if t.pos == "noun" or low[a].endswith("ing"):  # ("the killing of": a gerund read as a verb)
        return a + 1 < len(low) and low[a + 1] == "of"
    if a < 2 or not (low[a].endswith("ed") or low[a].endswith("en")):
        return False
    lo = a - 4 if a > 4 else 0
    return any(tk.like_num[k] for k in range(lo, a - 1)) and low[a - 1].isalpha() and low[a - 1] not in _HAVE


#: Words that rank one incident against a span ("the deadliest attack since 2019").
_RANKS = frozenset(
    "deadliest worst bloodiest biggest largest first last latest major heaviest most serious fiercest".split())
#: Words that end the phrase of a perfect before a "since" ("..., under blockade since 2022").
_SINCE_BREAKS = frozenset((",", ";", ".", "but", "while", "whereas", "although"))


def _purpose(tk: _Toks, t: TriggerMention, a: int) -> bool:
    """A violent trigger in a purpose or intention clause: "an operation to flush out and kill
    militants", "in a bid to seize the town", "with the aim of destroying the sanctuaries",
    "aimed at destroying terrorist bases". The clause it serves tells the event; an implicative
    "managed to kill" or a prepositional "led to clashes" does not make one."""
    if a < 2 or family_of(t.key) != "violence":
        return False
    low = tk.lower
    w = low[a]
    p1, p2 = low[a - 1], low[a - 2]
    if p1.endswith("ly") and p2 == "to" and a >= 3:  # "to effectively combat"
        p1, p2 = p2, low[a - 3]
    if p1 == "to":
        if w.endswith("ing"):
            return p2 in _PURPOSE  # "with a view to destroying" ("committed to fighting" is no purpose)
        # an infinitive: a base form, neither a participle nor a plural ("led to clashes")
        return not (w.endswith("ed") or w.endswith("s")) and p2 not in _TO_NOT_PURPOSE
    return p1 in ("of", "at") and p2 in _PURPOSE and w.endswith("ing")


def _month_may(tk: _Toks, k: int) -> bool:
    """Whether "may" at token ``k`` is the month: after a day number ("on 5 May ambushed a
    patrol") or capitalised after a word that does not end a sentence (the modal is capitalised
    only at a sentence's start: "May attacks ..." stays ambiguous)."""
    if k > 0 and tk.like_num[k - 1]:
        return True
    return k > 0 and tk.text[tk.idx[k]] == "M" and tk.lower[k - 1] not in (".", "!", "?", '"', "“", ":")


#: Words announcing a decision whose "that ... would" clause tells it ("announced that they would
#: leave ECOWAS", "the announcement on Sunday that the three states would withdraw").
_ANNOUNCE = frozenset("announced announces announcing announcement declared declares declaration decided decision".split())


def _announced_decision(low: list[str], m: int, t: TriggerMention) -> bool:
    """Whether the modal at token ``m`` opens a decision announced ("announced on Sunday that
    Burkina Faso, Mali and Niger would leave ECOWAS"): a strategic act (a withdrawal, a
    suspension), "that" before the modal and an announcing word before "that", in the sentence.
    The announcement is the event; a threat of violence ("announced it would attack") is not."""
    if family_of(t.key) != "strategic":
        return False
    for k in range(m - 1, m - 16 if m > 16 else -1, -1):
        w = low[k]
        if w in _STOPS:
            return False
        if w == "that":
            return not _ANNOUNCE.isdisjoint(low[k - 6 if k > 6 else 0 : k])
    return False


def _is_generic(tk: _Toks, t: TriggerMention, a: int | None = None) -> bool:
    """A trigger that tells no particular event: "could attack", "regularly strike",
    "have long fought", "have increasingly come under attack", "has been fighting", "continue to
    attack", a purpose ("an operation to
    destroy their bases", see :func:`_purpose`), an allegation without a place, day or count
    ("accused the army of killing civilians"), a present perfect over a "since" span ("attacks
    have multiplied since January", see :func:`_perfect_since`)."""
    if a is None:
        a, _ = tk.span(t.start, t.end)
    low = tk.lower
    prev = low[a - 3 if a > 3 else 0 : a]
    if prev and prev[-1] in _MODALS and not (prev[-1] == "may" and _month_may(tk, a - 1)) \
            and not (prev[-1] in ("would", "will") and _announced_decision(low, a - 1, t)):
        return True
    if len(prev) >= 2 and prev[-1] in trig._QUOTES and prev[-2] in _MODALS and prev[-2] != "may":
        return True  # (a quoted verb: it would "neutralise" anyone ...)
    if t.pos == "noun" and not _TREND_VERBS.isdisjoint(low[a + 1 : a + 11]):
        # "as fighting between the army and the rebels intensifies", "attacks continue": a trend
        for k in range(a + 1, min(a + 11, len(low))):
            w = low[k]
            if w in _TREND_VERBS:
                return True
            if w in _STOPS or w in _TREND_STOP:
                break
    if prev and prev[-1] in _ANYONE:
        return True  # "anyone attacking civilian vehicles", "whoever attacks the convoys": no one yet
    if len(prev) >= 2 and prev[-2] in _MODALS and prev[-1] in ("be", "have", "not"):
        return True
    if prev and (prev[-1] in _HABITUAL or (len(prev) >= 2 and prev[-1] == "been" and prev[-2] in _HABITUAL)):
        return True  # (a trend: "have increasingly come under attack", "have long been targeted")
    if prev and prev[-1] == "and" and t.pos == "verb":
        # a verb coordinated with a habitual one shares its adverb ("has since repeatedly attacked
        # convoys and burned vehicles"): a trend too
        for k in range(a - 2, a - 10 if a > 10 else -1, -1):
            w = low[k]
            if w in (".", ";", ",", ":", "and", "but"):
                break
            if w in _HABITUAL_ADV:
                return True
    if low[a].endswith("ing") and a + 1 < len(low) and low[a + 1] in ("for", "against") and t.key == "armed_clash":
        return True  # "groups fighting for independence", "fighting against terrorism"
    if prev and prev[-1] in _BODY_NOUNS and low[a].endswith("ing") and t.key == "armed_clash":
        return True  # "a regional coalition fighting the jihadists": what the body does, no event
    if low[a].endswith("ing") and prev and (prev[-1] in ("is", "are", "am") or prev[-2:] in (["has", "been"], ["have", "been"], ["had", "been"])):
        return True
    if prev[-2:] in (["continue", "to"], ["continues", "to"], ["continued", "to"], ["used", "to"]):
        return True
    if prev and prev[-1] in ("have", "has") and t.pos == "verb" and _kinds_listed(low, tk.span(t.start, t.end)[1]):
        return True  # "jihadists ... have targeted churches, priests and catechists": whom they target, a pattern
    if prev and (prev[-1] == "to" or prev[-1] in ("of", "at") or prev[-1].endswith("ly")) and _purpose(tk, t, a):
        return True
    # "have accused the army of killing civilians during operations": an allegation about a
    # pattern, not the telling of an incident; "accused soldiers of killing 20 villagers in Tonou
    # on Tuesday" tells one (a place, a day or a count after the accusation)
    back8 = low[a - 8 if a > 8 else 0 : a]
    if "of" in back8 and not _ACCUSE.isdisjoint(back8):
        k = a - 1
        while low[k] not in _ACCUSE:
            k -= 1
        if not _tells_specifics(tk, k + 1, _sentence_window(low, a)[1]):
            return True
    if t.pos == "noun" and not _MODALS.isdisjoint(low[a + 1 : a + 10]):  # (speed: no modal, no loop)
        # "an offensive on rebel bases ... could be a turning point"
        for k in range(a + 1, min(a + 10, len(low))):
            if low[k] in (".", ";", ",") and k > a + 1:
                break
            if low[k] in _MODALS:
                return True
    # (speed: a present perfect needs "has"/"have" near the trigger, which most lack)
    # ... or, with no perfect near, a "since" or a running toll in the trigger's own phrase ("the
    # killing of 140 civilians since October", "killed 300 people in 2024 alone"): each test once
    near = not _HAVE.isdisjoint(low[a - 7 if a > 7 else 0 : a + 11]) or _may_hang(low, a)
    if (near or "since" in low[a + 1 : a + 17]) and _perfect_since(tk, t, a):
        return True
    if (near or not _TOLL_WORDS.isdisjoint(low[a + 1 : a + 15])) and _perfect_span(tk, t, a):
        return True
    if t.pos == "noun" and a > 0 and low[a - 1] in _INDEFINITE_DET and _general_statement(low, a):
        return True  # "an attack against one of us is an attack against all of us"
    if t.pos == "verb" and not _CAMPAIGN.isdisjoint(prev) and _campaign_subject(low, a):
        return True  # "the insurgency has killed thousands": a toll of the whole conflict
    # (speed: a condition needs one of its words right before the trigger)
    if not _CONDITIONAL.isdisjoint(low[a - _CONDITION_BACK if a > _CONDITION_BACK else 0 : a]) and _conditional(low, a):
        return True
    return False


def _kinds_listed(low: list[str], b: int) -> bool:
    """Whether the object after the verb ending at token ``b`` is a bare list of plural kinds
    ("churches, priests and catechists", "schools and clinics"): at least two plural nouns with
    no determiner or number, joined by commas and "and"/"or"."""
    n = 0
    k = b
    while k < len(low) and k < b + 12:
        w = low[k]
        if not (w.isalpha() and w.endswith("s") and len(w) > 3) or w in _DETERMINERS:
            return False
        n += 1
        k += 1
        if k < len(low) and low[k] in (",", "and", "or"):
            k += 1
            if k < len(low) and low[k] in ("and", "or"):
                k += 1
            continue
        break
    return n >= 2


#: Collective bodies whose description may tell what they do ("a coalition fighting jihadists").
_BODY_NOUNS = frozenset("coalition alliance force mission operation partnership bloc countries states nations".split())
#: Words between such a subject and its verb ("the conflict has already killed").
_CAMPAIGN_GAP = frozenset("has have had already also so far".split())


#: Determiners of a noun trigger that names no particular event ("an attack", "any attack").
_INDEFINITE_DET = frozenset(("a", "an", "any"))
#: Present and hypothetical copulas: with an indefinite noun trigger they tell what an attack
#: is, not that one happened ("an attack on one is an attack on all", "would be treated as an
#: attack"); "was" / "were" tell an event ("an attack on the base was repelled").
_COPULA_NOW = frozenset(("is", "are", "be"))
_AS_VERBS = frozenset("treated considered regarded seen deemed viewed".split())


def _general_statement(low: list[str], a: int) -> bool:
    """Whether the noun trigger at token ``a`` after "a"/"an"/"any" is the predicate of a present
    or hypothetical copula ("is an attack", "would be treated as an attack") or the subject of
    a present copula in its clause ("an attack against one of us is ..."), over at most eight
    tokens and no punctuation."""
    k = a - 2  # (the word before the determiner)
    if k >= 0:
        w = low[k]
        if w in _COPULA_NOW:
            return True
        if w == "as" and k >= 1 and low[k - 1] in _AS_VERBS and _COPULA_NOW.intersection(low[k - 3 if k > 2 else 0 : k - 1]):
            return True
    for j in range(a + 1, min(a + 9, len(low))):
        w = low[j]
        if w in _COPULA_NOW:
            return w != "be"
        if not w.isalpha() or w in ("was", "were", "and", "but"):
            return False
    return False


def _campaign_subject(low: list[str], a: int) -> bool:
    """Whether the verb trigger at token ``a`` has a conflict noun (:data:`_CAMPAIGN`) as its
    subject, over auxiliaries and a few adverbs only, and tells a toll: a present perfect ("The
    insurgency has killed thousands"), or a past with no day or month in its clause ("the war
    killed 2,000 civilians last year"); "soldiers killed 12 in the conflict zone" has no such
    subject."""
    k = a - 1
    while k >= 0 and low[k] in _CAMPAIGN_GAP:
        k -= 1
    if not (k >= 0 and low[k] in _CAMPAIGN):
        return False
    if not _HAVE.isdisjoint(low[k + 1 : a]):
        return True  # "the insurgency has killed": a toll up to now
    # a past verb tells one incident when its clause names a day or a month ("communal violence
    # killed 30 people in Ouenkoro on Tuesday"), a toll otherwise ("the war killed 2,000 last year")
    lo, hi = _sentence_window(low, a)
    return not _event_day_in(low, lo, hi)


#: Words that open a condition ("if any of them is attacked", "unless the army strikes first",
#: "in case of an attack", "in the event of an assault", "should any member be attacked").
_CONDITIONAL = frozenset(("if", "unless", "case", "event", "should"))
#: Words before "if" that make it an indirect question, not a condition ("unclear if").
_IF_QUESTION = frozenset(
    "asked ask asks know knew known unclear clear sure certain see determine confirm confirmed wondered even as".split())
#: How far (tokens) before a trigger the word opening its condition may stand.
_CONDITION_BACK = 8
_CONDITION_STOP = frozenset((".", ";", ",", ":", "!", "?", "\"", "“", "”", "but", "then", "when", "after", "and"))


#: Speed (build_frames): _is_generic can hold only when the trigger is an "-ing" form after
#: "is"/"has been" or before "for"/"against" (see :func:`_may_progress`), one of these words
#: lies within 8 tokens before it or 10 after it, the word right before it opens a purpose or
#: a definition (see :func:`_may_purpose_or_define`), or "has"/"have" is near it with a
#: "since" in the range :func:`_perfect_since` reads first (each of its tests needs one of them).
_GENERIC_NEAR = _MODALS | _HABITUAL | _ACCUSE | _CAMPAIGN | _CONDITIONAL | _TREND_VERBS | _ANYONE | frozenset(
    ("continue", "continues", "continued", "used"))
#: Every test of _is_generic that does not need an "-ing" trigger needs one of these words in
#: the sentence of the trigger, within 8 tokens before it or 9 after it (the words of
#: _GENERIC_NEAR, the purpose words, and those of the purpose, perfect-since and definition tests).
_GENERIC_CUES = _GENERIC_NEAR | _PURPOSE | frozenset(("to", "since", "is", "are", "be")) | _SPAN_MARKS
_GENERIC_PREV = frozenset(("to", "of", "at")) | _INDEFINITE_DET


def _may_progress(low: list[str], a: int, t: TriggerMention) -> bool:
    """False when neither test of :func:`_is_generic` that reads the "-ing" of the trigger ``t``
    at token ``a`` can hold: "groups fighting for independence" (an armed clash), "is fighting",
    "has been fighting" (its other tests need a word of :data:`_GENERIC_NEAR`, "has"/"have" or
    a word of :func:`_may_purpose_or_define`). Speed (build_frames' prefilter): most "-ing"
    triggers (", killing 12 soldiers") skip the call."""
    if not low[a].endswith("ing"):
        return False
    if t.key == "armed_clash" and ((a + 1 < len(low) and low[a + 1] in ("for", "against"))
                                   or (a > 0 and low[a - 1] in _BODY_NOUNS)):
        return True
    if _may_hang(low, a):
        return True  # ", laying mines" after a perfect (see _participle_host)
    if a > 0:
        p = low[a - 1]
        return p in ("is", "are", "am") or (p == "been" and a > 1 and low[a - 2] in ("has", "have", "had"))
    return False


def _may_purpose_or_define(low: list[str], a: int, t: TriggerMention) -> bool:
    """False when neither :func:`_purpose` nor the definition test of :func:`_is_generic`
    (an indefinite noun trigger, :func:`_general_statement`) can hold for the trigger ``t`` at
    token ``a`` (> 0): the purpose needs a violent trigger after "to", "of", "at" or after an
    "-ly" word after "to" ("to effectively combat"); the definition a noun trigger after "a",
    "an" or "any". Speed (build_frames' prefilter): a verb after "a", a demonstration or a
    strategic trigger after "to" skip the call."""
    p = low[a - 1]
    if p in _INDEFINITE_DET:
        return t.pos == "noun"
    if p in _GENERIC_PREV or (p.endswith("ly") and a >= 3 and low[a - 2] == "to"):  # ("to effectively combat")
        return t.key not in trig.PROTEST and t.key not in trig.STRATEGIC  # (family_of(...) == "violence")
    return False


def _conditional(low: list[str], a: int) -> bool:
    """Whether the trigger at token ``a`` stands in a condition opened in its own clause at most
    ``_CONDITION_BACK`` tokens before it: "come to each other's aid if any of them is attacked",
    "unless the army attacks first", "in case of an attack", "in the event of an assault",
    "should any member state be attacked" ("should" only with "be" right before the trigger).
    An indirect question ("it was unclear if soldiers killed them") is no condition."""
    lo = a - _CONDITION_BACK if a > _CONDITION_BACK else 0
    for k in range(a - 1, lo - 1, -1):
        w = low[k]
        if w in _CONDITION_STOP:
            return False
        if w == "if" or w == "unless":
            return not (w == "if" and k > 0 and low[k - 1] in _IF_QUESTION)
        if w == "case" and k > 0 and low[k - 1] == "in":
            return True
        if w == "event" and k > 1 and low[k - 1] == "the" and low[k - 2] == "in":
            return True
        if w == "should" and low[a - 1] == "be":
            return True
    return False


def _dated_segments(tk: _Toks, fam: list[TriggerMention], dates, ca: int, cb: int, tsp=None, cab=None):
    """Cut a clause that tells several dated incidents of one kind ("X, kidnapped on October 3,
    and two soldiers abducted on October 9 in the Timbuktu region") into one segment each.

    A cut falls before a verb trigger when a date stands between it and the previous trigger
    and another date follows it; it is placed at the last ", and" / "and" / "," before the
    trigger. Yields (triggers, (start_char, end_char)). ``tsp``: the triggers' token spans by
    ``id`` and ``cab`` the clause's token span, when the caller has them (speed).
    """
    if len(fam) < 2:
        return [(fam, (ca, cb))]  # one trigger: nothing to cut between
    if tsp is None:
        tsp = {id(t): tk.span(t.start, t.end) for t in fam}
    if cab is None:
        cab = tk.span(ca, cb)
    ds = sorted(d.start for d in dates if ca <= d.start < cb) if dates else []
    # a cut between verbs needs a date before the later verb and another after it, or a date
    # opening a coordinated clause before it (speed: with no date, no verb is looked at)
    verbs = sorted((t for t in fam if t.pos == "verb" and t.strength >= 0.9), key=_start_of) if ds else []
    cuts = []
    # "several attacks against civilian targets and an Islamist attack on the base in Kati":
    # an indefinite event noun coordinated after another trigger opens a new incident
    by_start = sorted(fam, key=_start_of)
    first = by_start[0].start  # (the smallest start)
    for t in by_start:
        if t.pos != "noun" or t.strength < 1.0 or t.start == first:
            continue
        b = tsp[id(t)][0]
        window = tk.lower[b - 4 if b > 4 else 0 : b]
        if "another" in window[-2:] and cab[0] < b - 2:
            # "the ambush follows another attack on October 13": a second incident
            k = b - 1 if window[-1] == "another" else b - 2
            cuts.append(tk.idx[k])
        elif "and" in window:
            k = b - 4 + window.index("and") if b >= 4 else window.index("and")
            if any(w in ("a", "an", "another") for w in tk.lower[k + 1 : b]):
                cuts.append(tk.idx[k])
    for t in verbs:
        # "In October 2020 the village was besieged by armed men, and in January 2022 the army
        # camp was attacked", "gunmen killed five villagers, and on Wednesday a patrol was
        # ambushed": a date opening a coordinated clause ("and in January 2022", ", and on
        # Wednesday") after another trigger starts a new incident told by its own finite verb (a
        # participle, "..., and on Sunday, killing ...", goes on telling the same one)
        if t.start == first:
            continue
        prev_end = max(x.end for x in fam if x.start < t.start)
        between = [d for d in ds if prev_end <= d < t.start]
        if between and not tk.lower[tsp[id(t)][0]].endswith("ing"):
            pe = tk.span(prev_end - 1, prev_end)[1]
            for d in between:
                k = _coordinated_date(tk.lower, tk.span(d, d + 1)[0], pe)
                if k is not None:
                    cuts.append(tk.idx[k])
                    break
    if "after" in (low := tk.lower)[(sp := cab)[0] : sp[1]] or "before" in low[sp[0] : sp[1]]:
        # "a Swiss woman was kidnapped in Agadez in April, three months after an Austrian woman
        # was seized in the same city in January", "..., two weeks before gunmen abducted a
        # priest in Niamey": a span of time before "after"/"before" and a clause with its own
        # incident verb tell another incident, of its own place and date
        for t in fam:
            if t.pos != "verb" or t.strength < 0.9 or t.start == first:
                continue
            b = tsp[id(t)][0]
            prev_end = max(x.end for x in fam if x.start < t.start)
            pe = tk.span(prev_end - 1, prev_end)[1]  # (the token after the previous trigger)
            k = next((k for k in range(b - 2, max(pe, b - 12) - 1, -1) if low[k] in _AFTER_BEFORE
                      and low[k - 1] in _LAPSE_UNITS), None)
            if k is None or low[k + 1] in _AFTER_BEFORE_NOT or low[k + 1].endswith("ing"):
                continue  # ("days after that", "weeks after being seized": the same incident)
            j = k - 1
            while j - 1 > pe and (low[j - 1] in _LAPSE_COUNTS or tk.like_num[j - 1]):
                j -= 1
            cuts.append(tk.idx[j - 1] if low[j - 1] == "," and j - 1 > pe else tk.idx[j])
    if ds and len(by_start) >= 2:
        # "..., and in February 2020 another 31 were killed in Sobane-Da", "..., and a Swiss woman
        # was abducted in the same city in April": a coordinated clause with a subject of its own,
        # a finite verb and a date of its own (of another day or month than the first incident's)
        # tells another incident, its figures and places its own
        low = tk.lower
        for t in by_start[1:]:
            b = tsp[id(t)][0]
            prev_end = max(x.end for x in fam if x.start < t.start)
            pe = tk.span(prev_end - 1, prev_end)[1]
            # (or a relative clause of a place told of another time: "..., which had already lost
            # some 160 inhabitants in an assault in March 2019")
            k = next((k for k in range(b - 1, pe - 1, -1) if low[k] in _RELATIVE_PLACE and low[k - 1] == ","), None)
            if k is None or b - k > 12:
                if t.pos != "verb":
                    continue
                k = next((k for k in range(b - 2, pe - 1, -1) if low[k] == "and" and low[k - 1] == ","), None)
                if k is None or b - k > 12 or low[b - 1] not in _FINITE_BEFORE and not _subject_gap(low, k + 1, b):
                    continue
            nxt = min((x.start for x in fam if x.start > t.start), default=cb)
            own = [d for d in dates if tk.idx[k] <= d.start < nxt]
            before = [d for d in dates if ca <= d.start < tk.idx[k]]
            if own and before and all(o.date != d.date or o.precision != d.precision for o in own for d in before):
                cuts.append(tk.idx[k - 1])
            elif before and low[k] == "and" and (tuple(low[k + 1 : k + 4]) in _SAME_DAY or tuple(low[k + 1 : k + 3]) in _SAME_DAY):
                # "..., and the same day dozens of Muslims were killed at a mosque in Natiaboani": an
                # incident told as simultaneous, at a place of its own (the date it shares is the first's)
                cuts.append(tk.idx[k - 1])
    for prev, t in zip(verbs, verbs[1:]):
        between = [d for d in ds if prev.end <= d < t.start]
        after = [d for d in ds if d >= t.end]
        if not between or not after:
            continue
        a, _ = tk.span(between[-1], between[-1] + 1)
        b = tsp[id(t)][0]
        cut = next((k for k in range(b - 1, a, -1) if tk.lower[k] in ("and", ",", ";")), None)
        if cut is not None:
            while cut - 1 > a and tk.lower[cut - 1] in (",", "and"):
                cut -= 1
            cuts.append(tk.idx[cut])
    if not cuts:
        return [(fam, (ca, cb))]
    bounds = [ca] + sorted(set(c for c in cuts if ca < c < cb)) + [cb]
    out = []
    for x, y in zip(bounds, bounds[1:]):
        seg = [t for t in fam if x <= t.start < y]
        if seg:
            out.append((seg, (x, y)))
    return out


#: The word before a finite passive verb of a coordinated clause ("and another 31 were killed").
_FINITE_BEFORE = frozenset("was were been".split())
#: "the same day" after ", and": a second incident told as simultaneous (:func:`_dated_segments`).
_SAME_DAY = frozenset({("the", "same", "day"), ("that", "same", "day"), ("the", "same", "night"), ("that", "day"),
                       ("that", "night")})
#: Relative words opening a clause about a place or time told before (", which had already lost").
_RELATIVE_PLACE = frozenset("which where".split())
_AND_RELATIVE = _RELATIVE_PLACE | {"and"}
#: Words after "and" that go on with the first clause's subject ("..., and then torched the houses").
_GO_ON = frozenset("then also later subsequently again afterwards thereafter".split())


def _subject_gap(low: list[str], a: int, b: int) -> bool:
    """Whether the words from token ``a`` to the verb at ``b`` hold a subject of their own (not
    only adverbs going on with the first clause's: "and then torched", "and also killed")."""
    return any(w not in _GO_ON and w != "," for w in low[a:b])


#: "N days after / weeks before" another incident (:func:`_dated_segments`).
_AFTER_BEFORE = frozenset(("after", "before"))
_LAPSE_UNITS = frozenset("hours day days week weeks month months year years".split())
_LAPSE_COUNTS = frozenset("a an one two three four five six seven eight nine ten eleven twelve few several some just only barely "
                         "about nearly almost around".split())
#: Words after "after"/"before" that refer back to the incident told (no other incident).
_AFTER_BEFORE_NOT = frozenset("that this it the their its his her they he she".split())


def _coordinated_date(low: list[str], d: int, lo: int) -> int | None:
    """The token to cut at ("," or "and") when the date starting at token ``d`` opens a
    coordinated clause: "and" (after a comma or not) right before it, over at most three words
    of :data:`_DATE_LEAD` ("..., and in January 2022 the army camp ...", "... and on Wednesday a
    patrol ..."); None otherwise, when that "and" is not after token ``lo`` (the end of the
    previous trigger), or when it joins two days of one span ("between Sunday and Monday")."""
    k = d - 1
    while k > lo and d - k <= 3 and low[k] in _DATE_LEAD:
        k -= 1
    if k <= lo or low[k] != "and":
        return None
    if k == d - 1 and low[d] not in _DATE_LEAD and (low[k - 1] in _WEEKDAYS or low[k - 1] in _MONTHS or low[k - 1].isdigit()):
        return None  # "between Sunday and Monday", "on 3 and 4 May": one span of days, no new clause
    return k - 1 if low[k - 1] == "," and k - 1 > lo else k


def _pattern_claims_dropped(tk: _Toks, claims, before, kept, sa: int, sb: int, tsp):
    """The sentence's figures but those told in a comma-delimited stretch that holds a trigger
    dropped as generic and no kept one ("..., and dozens of soldiers have died in ambushes over
    the past year": the dozens are the pattern's, not the killing told before)."""
    low = tk.lower
    dropped = [tsp[id(t)][0] for t in before if not any(t is k for k in kept)]
    kept_at = [tsp[id(t)][0] for t in kept]
    out = []
    for c in claims:
        i = tk.at(c.start)
        lo = i
        while lo > sa and low[lo - 1] not in (",", ";"):
            lo -= 1
        hi = i
        while hi < sb and low[hi] not in (",", ";"):
            hi += 1
        if any(lo <= x < hi for x in dropped) and not any(lo <= x < hi for x in kept_at):
            continue
        out.append(c)
    return out


#: Demonstration keys that let a clause's destruction join the demonstration: a riot word or
#: a dispersal with no protest word (a named protest keeps its own rule, ``victims_protesters``).
_CROWD_KEYS = frozenset(("violent_demonstration", "protest_intervention"))
#: Violence done to people (see :func:`_split_families`: "entered the village and killed").
_HARM_KEYS = frozenset(("kill", "attack", "abduction", "sexual_violence"))


def _split_families(trs: list[TriggerMention], victims_protesters: bool = False) -> list[list[TriggerMention]]:
    """Triggers of one clause grouped by family; a protest absorbs the violence of the clause
    when the protesters are its victims ("security forces killed three protesters")."""
    if len(trs) == 1:
        return [list(trs)]  # one trigger, one family (the common case)
    fams: dict[str, list[TriggerMention]] = {}
    for t in trs:
        fams.setdefault(family_of(t.key), []).append(t)
    if "protest" in fams and any(t.key == "peaceful_protest" for t in fams["protest"]) and victims_protesters:
        fams["protest"] = fams["protest"] + fams.pop("violence", [])
        # "police arrested 12 protesters": the arrest is the intervention in the protest
        if "strategic" in fams and any(t.key == "arrests" for t in fams["strategic"]):
            fams["protest"] += [t for t in fams["strategic"] if t.key == "arrests"]
            fams["strategic"] = [t for t in fams["strategic"] if t.key != "arrests"]
    if "protest" in fams and "violence" in fams and all(t.key == "looting" for t in fams["violence"]) \
            and all(t.key in _CROWD_KEYS for t in fams["protest"]):
        # "angry youths put up barricades and torched a petrol station", "youths ransacked the
        # offices before police dispersed them with tear gas": the destruction is the crowd's
        # own violence, one violent demonstration (ACLED), not a looting event beside it
        fams["protest"] = sorted(fams["protest"] + fams.pop("violence"), key=_start_of)
    if "violence" in fams and len(fams["violence"]) > 1:
        # "soldiers entered the village and shot dead 12 residents", "gunmen entering the town
        # opened fire on worshippers": entering is the way in to the violence against the people
        # there, no taking of the place (a place taken is seized, overrun, taken control of)
        vio = fams["violence"]
        if any(t.key in _HARM_KEYS for t in vio):
            fams["violence"] = [t for t in vio if not (t.key == "territory" and t.lemma.startswith("enter"))]
    if "violence" in fams and "strategic" in fams:
        # "rounded up the men and shot them", "detained and executed": a detention ending in a
        # killing is the violence against the detained, not an arrest of its own
        kills = [t for t in fams["violence"] if t.key == "kill" and t.pos == "verb"]
        held = [t for t in fams["strategic"] if t.key == "arrests" and t.pos == "verb"
                and any(k.start > t.start and k.start - t.end <= 80 for k in kills)]
        if held:
            fams["strategic"] = [t for t in fams["strategic"] if t not in held]
    return [v for v in fams.values() if v]


def build_frames(
    doc,
    sentences: list[Sentence],
    triggers: list[TriggerMention],
    actors: list[ActorMention],
    places: list[PlaceMention],
    dates: list[DateMention],
    claims: list[CasualtyClaim],
) -> list[Frame]:
    """Frames of an article: one per clause and trigger family that holds a head trigger.

    Inputs are the article's mentions (any order); the output is in text order. Place and
    date are those of the clause, else of the sentence (``place_how``/``date_how`` say which);
    roles follow the module rules. Nothing is inferred from other sentences here.
    """
    tk = text_mod.token_arrays(doc)
    low = tk.lower
    cues_seen: dict[int, ActorMention | None] = {}
    named: list[ActorMention] | None = None  # built on first need (few articles ask)
    named_starts: list[int] = []

    def topic(char: int, here: int, group: bool = False) -> ActorMention | None:
        """The last named armed actor before ``char`` (in sentence ``here``), at most three
        sentences back; ``group``: the last named non-state armed group or mercenary group
        ("the group ambushed": never the army named in between)."""
        nonlocal named, named_starts
        if named is None:
            named = sorted((m for m in actors if not m.generic and m.inter in trig.ARMED_INTER), key=_start_of)
            named_starts = [m.start for m in named]
        k = bisect.bisect_left(named_starts, char) - 1
        if group:
            while k >= 0 and here - named[k].sentence_index <= 3 and not (
                    named[k].inter in _GROUP_INTER or actors_mod.kind(named[k].actor) == "pmc"):
                k -= 1
        return named[k] if k >= 0 and here - named[k].sentence_index <= 3 else None

    # the mentions of each sentence, indexed once (not filtered per sentence), each in text
    # order: one stable sort per list (speed: not five sorts per sentence); ties keep the input
    # order, as a stable sort of each sentence's mentions would
    trs_sorted = _by_start(triggers)
    dts_sorted = _by_start(dates)
    trs_by, acts_by = text_mod.by_sentence(trs_sorted), text_mod.by_sentence(_by_start(actors))
    # find_agent_cues reuses the role phrases found here and the actors by sentence (same Doc,
    # same actor list; speed: its own grouping is not made again)
    doc.user_data["_frames_cues"] = (id(actors), cues_seen, acts_by)
    pls_sorted = _by_start(places)
    pls_by, dts_by = text_mod.by_sentence(pls_sorted), text_mod.by_sentence(dts_sorted)
    cls_by = text_mod.by_sentence(_by_start(claims))
    # token spans of the triggers by ``id``, once (speed: each is asked for several times)
    span = tk.span
    # (speed: _span_items inlined, the dict filled without its list of items)
    tsp = {}
    idx = tk.idx
    for m in trs_sorted:
        a = _bisect_right(idx, m.start) - 1
        b = _bisect_left(idx, m.end)
        tsp[id(m)] = (a, b) if a >= 0 and b > a else span(m.start, m.end)
    # the triggers' first tokens in order, for the report-date and opening-phrase tests (also
    # left on the Doc for is_report_date)
    trig_tok = sorted(map(_first, tsp.values()))
    # (the dates in text order: their starts are sorted)
    doc.user_data["_frames_dates"] = (list(map(_start_of, sentences)), trig_tok, list(map(_start_of, dts_sorted)))
    intervention = "protest_intervention" in set(map(_key_of, trs_sorted))
    # the actor dictionary's incident separators ("Elsewhere, ...", "another attack")
    adict = actors_mod.load_dictionary()
    sep_adverbs, incident_nouns = adict.separator_adverbs, adict.incident_nouns
    frames: list[Frame] = []
    for s in sentences:
        si = s.index
        strs = trs_by.get(si)
        if not strs:
            if frames and si - frames[-1].sentence_index <= 2 and si in acts_by:
                # "JNIM claimed the attack.", "Islamic State later claimed responsibility." after
                # the incident: the claim credits it (speed: a set test first)
                sa, sb = span(s.start, s.end)
                sent = low[sa:sb]
                may_cue = not _CUE_FIRST.isdisjoint(sent) and _may_hold_cue(sent)
                if may_cue or not _CLAIM_VERBS.isdisjoint(sent):
                    items = _actor_items(tk, acts_by[si])
                    cue = _agent_cue_at(tk, items, sa, sb, sent) if may_cue else None
                    cues_seen[si] = cue[0] if cue is not None else None
                    claimer = cue[0] if cue is not None else _claim_of_incident(tk, items, sa, sb)
                    if claimer is not None:
                        _credit_back(frames, claimer, s, tk.text)
            continue
        spl = pls_by.get(si, _EMPTY)
        sdt = dts_by.get(si, _EMPTY)
        scl = cls_by.get(si, _EMPTY)
        sa, sb = span(s.start, s.end)
        sent = low[sa:sb]  # the sentence's words, sliced once
        # speed: and as a set, for the set tests below (a test against a set visits the
        # smaller side only, a test against the list every word)
        sws = set(sent)
        sacts = acts_by.get(si)
        if sacts:
            items = _actor_items(tk, sacts)
            inters = set(map(_inter_of, map(_third, items)))
            protesters = 6 in inters
            nonstate = not inters.isdisjoint((2, 3, 4))
            nonspk = [it for it in items if not it[3]]  # the actors that are not speakers
            sent_actors = list(map(_third, nonspk))
        else:
            items, nonspk, sent_actors = [], [], []
            protesters = nonstate = False
        cue = _agent_cue_at(tk, items, sa, sb, sent, sws)
        cues_seen[si] = cue[0] if cue is not None else None
        sep = (sent[0] if sent else "") in sep_adverbs or ("another" in sws and any(
            sent[i] == "another" and sent[i + 1] in incident_nouns
            for i in range(len(sent) - 1)
        ))
        strs0 = strs
        if _GENERIC_CUES.isdisjoint(sws) and _GENERIC_CUES.isdisjoint(low[sa - 8 if sa > 8 else 0 : sa]) \
                and _GENERIC_CUES.isdisjoint(low[sb : sb + 9]):
            # speed: no word of _GENERIC_CUES within reach of any trigger of the sentence (the
            # windows _is_generic reads): only an "-ing" trigger can be generic
            for t in strs:
                if low[tsp[id(t)][0]].endswith("ing"):  # (rare: filter only then)
                    strs = [t for t in strs if not (_may_progress(low, (ta := tsp[id(t)][0]), t) and _is_generic(tk, t, ta))]
                    break
        else:
            # speed: a per-trigger prefilter (see _GENERIC_NEAR) skips most triggers of a
            # sentence that holds a common cue ("to", "is"); its window tests are first made once
            # over the union of the triggers' windows (in text order: the first's to the last's)
            # (one trigger: its own windows are the union, tested once below)
            if len(strs) == 1:
                near = have = since = toll = True
            else:
                t0, t1 = tsp[id(strs[0])][0], tsp[id(strs[-1])][0]
                near = not _GENERIC_NEAR.isdisjoint(low[t0 - 8 if t0 > 8 else 0 : t1 + 11])
                have = not _HAVE.isdisjoint(low[t0 - 7 if t0 > 7 else 0 : t1 + 11])
                since = "since" in low[t0 + 1 : t1 + 17]
                toll = not _TOLL_WORDS.isdisjoint(low[t0 + 1 : t1 + 15])
            strs = [t for t in strs if not (
                (_may_progress(low, (ta := tsp[id(t)][0]), t)
                 or (near and not _GENERIC_NEAR.isdisjoint(low[ta - 8 if ta > 8 else 0 : ta + 11]))
                 or (ta > 0 and _may_purpose_or_define(low, ta, t))
                 or (have and not _HAVE.isdisjoint(low[ta - 7 if ta > 7 else 0 : ta + 11]))
                 or (since and "since" in low[ta + 1 : ta + 17])
                 or (toll and not _TOLL_WORDS.isdisjoint(low[ta + 1 : ta + 15])))
                and _is_generic(tk, t, ta))]
        if not strs:
            continue
        if scl and len(strs) < len(strs0):
            scl = _pattern_claims_dropped(tk, scl, strs0, strs, sa, sb, tsp)
        sent_frames: list[Frame] = []
        # per sentence, once: the dates that can date an event, whether a duration can occur
        sd_starts = list(map(_start_of, sdt)) if len(sdt) > 1 else _EMPTY  # (one date: no later one)
        dts = [d for d in sdt if not _report_date(tk, d, ab := span(d.start, d.end), sa, trig_tok, sd_starts)
               and not _since(tk, d, ab[0])] \
            if sdt else []
        # lower-cased once per sentence for the duration test of every frame (None: use the regex)
        dur_low = _duration_lower(s.text)
        may_last = _may_tell_duration(s.text, dur_low)
        has_rel = not _RELATIVE.isdisjoint(sws)  # else no clause has a parenthetical
        pstarts = list(map(_start_of, spl)) if spl else None
        nstarts = list(map(_first, nonspk))
        cuts = _clause_cuts(tk, s, sa, sb, sent, sws)
        if len(cuts) == 2 and s.start <= strs[0].start and strs[-1].start < s.end:
            tstarts = None  # one clause holding every trigger (the common case)
        else:
            # the triggers are in text order: a clause's are a slice (speed: no filter per clause)
            tstarts = list(map(_start_of, strs))
        for k in range(len(cuts) - 1):
            ca_char, cb_char = cuts[k], cuts[k + 1]
            if tstarts is None:
                ctrs = strs
            else:
                ctrs = strs[bisect.bisect_left(tstarts, ca_char) : bisect.bisect_left(tstarts, cb_char)]
            if not ctrs:
                continue
            # (one clause: the sentence's own token span)
            ca, cb = (sa, sb) if ca_char == s.start and cb_char == s.end else span(ca_char, cb_char)
            vp = protesters and any(it[2].inter == 6 for it in items if ca_char <= it[2].start < cb_char) and not any(
                it[2].inter == 7 for it in items if ca_char <= it[2].start < cb_char
            )
            if len(ctrs) == 1:
                segments = ((ctrs, (ca_char, cb_char)),)  # one trigger: one family, one segment
            else:
                segments = [seg for fam0 in _split_families(ctrs, vp)
                            for seg in _dated_segments(tk, fam0, sdt, ca_char, cb_char, tsp, (ca, cb))]
            for fam, (xa, xb) in segments:
                # a role phrase names the agent of its own clause ("claimed responsibility"
                # is said of the whole sentence's event)
                cue_agent = None
                sa2, sb2 = (ca, cb) if xa == ca_char and xb == cb_char else span(xa, xb)
                if cue is not None:
                    ci = cue[1]
                    if sa2 <= ci < sb2 or low[ci] in ("claimed", "claims", "claim", "responsible"):
                        cue_agent = cue[0]
                # (speed: every argument positional; with keywords after this many positional
                # arguments a call costs several times as much)
                seg_cl = scl
                if scl and (xa != ca_char or xb != cb_char):
                    # one incident of a clause cut into several: a figure told in a sibling
                    # segment is not its own ("besieged ..., and in January 2022 the camp was
                    # attacked, killing several soldiers": the soldiers are the camp's)
                    seg_cl = [c for c in scl if not ca_char <= c.start < cb_char or xa <= c.start < xb]
                fr = _frame(tk, s, fam, items, sa2, sb2, sa, sb, xa, xb, spl, seg_cl, cue_agent, ctrs, topic,
                            may_last, dur_low, tsp, nonstate, sep, sent_actors, nonspk, has_rel, pstarts, nstarts,
                            sws)
                if fr is not None:
                    if fr.actor1 is None and xa != ca_char and sent_frames and sent_frames[-1].actor1 is not None \
                            and _elided_subject(tk, sa2, fr.head, tsp):
                        # "Jihadists attacked Tessit on 3 May and on 5 May (they) ambushed a
                        # patrol": the second incident's verb has the first one's subject
                        fr.actor1, fr.actor1_how = sent_frames[-1].actor1, "sentence"
                    sent_frames.append(fr)
        if frames and (cue is not None or not _CLAIM_VERBS.isdisjoint(sws)) and all(
                f.definite or f.generic or f.family != "violence" for f in sent_frames):
            # "... JNIM claimed the attack.": a claim that tells no incident of its own credits
            # the incident told just before
            claimer = cue[0] if cue is not None else _claim_of_incident(tk, items, sa, sb)
            if claimer is not None:
                # (the kinds of incident it refers back to by a noun: "the blast" an explosion)
                _credit_back(frames, claimer, s, tk.text,
                             {f.type_key for f in sent_frames if f.definite and f.family == "violence"})
        if sent_frames:
            _share_out(tk, sent_frames, spl, scl, sa, dts, tsp, trig_tok)
            if len(sent_frames) > 1:
                _toll_of_sentence(sent_frames)
            if not _ANAPHOR_PLACE.isdisjoint(sws):  # (speed: "the town" is rare)
                _the_town(tk, sent_frames, pls_sorted, s)
            if intervention:
                _intervened(sent_frames, strs)
            if frames and len(sent_frames) > 1 and sent[0] not in _PREPOSED and _preposed_after(sent, 0, len(sent)):
                _after_the_event(sent_frames, frames, s)
            if frames and frames[-1].type_key == "arrests" and frames[-1].sentence_index == s.index - 1:
                _held_then_killed(tk, sent_frames, frames, tsp)
            if frames and not _BACK_SAME.isdisjoint(sws):  # (speed: "a similar unit" is rare)
                _same_perpetrators(tk, sent_frames, frames, tsp)
            frames.extend(sent_frames)
    if len(frames) > 1:
        _held_by(frames)
    return frames


def _toll_of_sentence(frames: list[Frame]) -> None:
    """A definite toll noun of the sentence told after its incident, with no date, place or agent
    of its own ("at least 60 people were killed in Karma ..., according to the prosecutor;
    residents later put the toll at more than 130", "..., and the bodies of 12 villagers were
    found"): its figures are that incident's, and it tells no event of its own (it would point
    back to the story's headline incident). The incident is the last violent frame before it,
    not a pattern nor a reference itself."""
    for k in range(len(frames) - 1, 0, -1):
        g = frames[k]
        h = g.head
        if h.key != "kill" or h.pos != "noun" or not g.definite or g.date is not None or g.places or g.actor1 is not None:
            continue
        prev = next((f for f in reversed(frames[:k]) if f.family == "violence" and not (f.generic or f.definite)), None)
        if prev is not None:
            prev.claims.extend(c for c in g.claims if c not in prev.claims)
            del frames[k]


#: Nouns of an incident claimed as such ("JNIM claimed the attack", "IS claimed the ambush"): a
#: claim of the incident told just before (see :func:`_credit_back`; not an article-wide role
#: phrase: "claimed the raid the next day" says nothing of the article's other incidents).
_CLAIMED_NOUNS = frozenset("""attack attacks ambush ambushes assault assaults raid raids killing killings abduction
    kidnapping bombing bombings massacre blast blasts explosion explosions""".split())


_CLAIM_VERBS = frozenset(("claimed", "claims"))


def _claim_of_incident(tk: _Toks, items, sa: int, sb: int) -> ActorMention | None:
    """The named armed group that claims an incident noun in the sentence at tokens [sa, sb)
    ("JNIM claimed the attack", "Islamic State claimed the ambush"): the nearest armed actor
    before "claimed"/"claims the <noun>"; else None."""
    low = tk.lower
    for i in range(sa, sb - 2):
        if low[i] in ("claimed", "claims") and low[i + 1] in ("the", "an", "a", "this", "that") \
                and low[i + 2] in _CLAIMED_NOUNS:
            before = [it for it in items if it[1] <= i and it[2].inter in trig.ARMED_INTER]
            return before[-1][2] if before else None
    return None


#: How many sentences back a claim sentence credits an incident ("Militants ambushed a convoy
#: near X. The army said 27 soldiers were killed. JNIM claimed the attack.").
_CREDIT_BACK = 2
#: A paragraph break (a newline and the blank lines after it).
_PARA_BREAK = re.compile(r"\n\s*")


def _credit_back(frames: list[Frame], cue: ActorMention, s: Sentence, text: str,
                 refs: frozenset | set = frozenset()) -> None:
    """Credit ``cue``, the named armed group a claim or blame sentence ``s`` names ("JNIM claimed
    the attack", "Islamic State later claimed responsibility", "residents blame Katiba Macina"),
    with the violent incidents told in the paragraph just before it (at most _CREDIT_BACK
    sentences back) whose agent is unnamed ("militants", "gunmen", none). Going back stops at a
    paragraph break and at an incident whose agent is named (a claim is of the last incident).
    ``refs``: the type keys of the incidents the claim sentence refers back to by a noun ("claimed
    responsibility for the blast"): the claim credits the last incident of that type before it
    over one paragraph break too (wire copy gives the claim a paragraph of its own)."""
    if cue.generic or cue.inter not in (2, 3):
        return
    for f in reversed(frames):
        if f.sentence_index >= s.index:
            continue
        if s.index - f.sentence_index > _CREDIT_BACK:
            return
        if "\n" in text[f.end : s.start] and (f.type_key not in refs
                                              or len(_PARA_BREAK.findall(text, f.end, s.start)) > 1):
            # (over a paragraph break only to the incident of the kind its noun names: "JNIM
            # claimed the attack." in a paragraph of its own may be of another incident)
            return
        if f.family != "violence" or f.definite or f.generic:
            continue
        a1 = f.actor1
        if a1 is not None and not (a1.generic and a1.actor == "Unidentified armed group") and a1.inter != 7:
            return
        if f.actor2 is None or f.actor2.actor != cue.actor:
            if a1 is not None and a1.inter == 7 and f.actor2 is None:
                # civilians are no agent: the victims ("a truck carrying traders hit a bomb")
                f.actor2, f.actor2_how = a1, f.actor1_how
            f.actor1, f.actor1_how = cue, "cue"


#: Subjects that refer back to people just named ("the men were shot", "they were executed").
_HELD_REFS = frozenset("the they those these their all most some".split())


#: Verbs whose subject suffers the attack noun after them ("a patrol reacted to an ambush",
#: "fell into an ambush"), and the words that may stand between. (Not "repelled/foiled an
#: attack": the trigger lexicon's clash phrase makes the force that repels it the agent, and a
#: word between, "repelled a complex attack", must not turn the roles round.)
_SUFFER_VERBS = frozenset("""reacted responded fell ran walked drove caught""".split())
_SUFFER_GAP = frozenset("""to into in off back an a the another heavy deadly major complex coordinated
    jihadist terrorist enemy""".split())
_CAME_UNDER = trig.CAME_UNDER  # (the lexicon's "came|come|coming under")
#: Words that end the phrase of an attack noun before a by-phrase could name its agent.
_CLAUSE_STOPS = frozenset((",", ";", "and", "which", "who", "that", "when", "as"))
assert all(p.startswith("c") for p in _CAME_UNDER)  # (_suffered_at's pre-test reads the "c")


def _suffered_at(low: list[str], head: TriggerMention, ta: int, ca: int) -> int:
    """The token of the verb whose subject suffers the attack ``head`` ("a FAMa patrol reacted
    vigorously to an ambush by X", "an army convoy fell into an ambush", "the escort came under
    fire"), else -1."""
    if head.pos == "verb":
        # (speed: every phrase of _CAME_UNDER starts with "c", and no character but "c" and
        # "C" lower-cases to a text that starts with "c": the copy only for those)
        return ta if head.text[:1] in ("c", "C") and head.text.lower().startswith(_CAME_UNDER) else -1
    for j in range(ta - 1, max(ca, ta - 5) - 1, -1):
        w = low[j]
        if w in _SUFFER_VERBS:
            return j
        if not (w in _SUFFER_GAP or w.endswith("ly")):
            return -1
    return -1


#: "a similar unit", "the same unit(s)", "the same men": the perpetrators told before.
_BACK_SAME = frozenset(("similar", "same"))
_BACK_UNITS = frozenset("unit units group men soldiers troops fighters gunmen assailants attackers squad patrol".split())


def _same_perpetrators(tk: _Toks, sent_frames: list[Frame], frames: list[Frame], tsp) -> None:
    """"Six days later, a similar unit went to Rabala and killed 17 people", "the same men
    returned the next day and burned the market": a violent frame with no agent whose clause
    names its subject as "a similar / the same" unit before the trigger has the agent of the
    last violent frame told before (at most three sentences back)."""
    low = tk.lower
    for f in sent_frames:
        if f.actor1 is not None or f.family != "violence":
            continue
        ta = tsp[id(f.head)][0]
        lo = max(0, ta - 14)
        if not any(low[j] in _BACK_SAME and (low[j + 1] in _BACK_UNITS or low[j + 2] in _BACK_UNITS)
                   for j in range(lo, ta - 1) if j + 2 < len(low)):
            continue
        prev = next((g for g in reversed(frames) if g.family == "violence" and g.actor1 is not None
                     and f.sentence_index - g.sentence_index <= 3), None)
        if prev is not None:
            f.actor1, f.actor1_how, f.assoc1 = prev.actor1, "anaphor", list(prev.assoc1)


def _held_then_killed(tk: _Toks, sent_frames: list[Frame], frames: list[Frame], tsp) -> None:
    """"Soldiers rounded up residents ... Witnesses said the men were shot near the well",
    "Gunmen abducted 12 villagers. They were later executed": a detention told in one sentence
    and, in the next, the passive killing of those held (a subject referring back, no agent,
    no date of its own) is one event, the violence against the detained (as "rounded up the men
    and shot them" in one clause, :func:`_split_families`): the killing takes the detention's
    roles, place and date, and the detention frames of the sentence before are dropped."""
    low = tk.lower
    k = next((f for f in sent_frames if f.family == "violence" and f.head.key == "kill" and f.head.passive
              and f.actor1 is None and f.date is None and not f.armed_target), None)
    if k is None:
        return
    ta = tsp[id(k.head)][0]
    if ta < 3 or low[ta - 1] not in ("were", "was") or _HELD_REFS.isdisjoint(low[ta - 3 : ta - 1]) \
            or tk.like_num[ta - 2]:
        return
    si = frames[-1].sentence_index
    told = [f for f in frames if f.sentence_index == si]
    if any(f.family == "violence" for f in told):
        return
    held = [f for f in told if f.type_key == "arrests" and f.actor1 is not None]
    if not held:
        return
    arr = held[0]
    k.actor1, k.actor1_how, k.assoc1 = arr.actor1, arr.actor1_how, list(arr.assoc1)
    if k.actor2 is None and arr.actor2 is not None:
        k.actor2, k.actor2_how = arr.actor2, arr.actor2_how
    if arr.places:
        k.places, k.place_how = arr.places, arr.place_how
    if arr.date is not None:
        k.date, k.date_how = arr.date, arr.date_how
    if k.actor2 is not None and k.actor2.inter == 7:
        k.civilian_targeting = True
    for f in held:
        frames.remove(f)


def _after_the_event(sent_frames: list[Frame], frames: list[Frame], s: Sentence) -> None:
    """"Shortly after the blast, armed men took away the driver", "Hours after the attack,
    gunmen abducted two teachers": an event told right after an incident named by a reference
    back in a preposed adverbial, with no place of its own, happened where that incident did
    (and, undated, when it did): the latest earlier frame with a place that holds a trigger of
    the reference's kind (else of its type)."""
    ref = next((f for f in sent_frames if f.definite and f.start == s.start), None)
    if ref is None:
        return
    for f in sent_frames:
        if f is ref or f.places or f.start <= ref.start:
            continue
        told = next((g for g in reversed(frames) if g.places and any(t.key == ref.head.key for t in g.triggers)), None) \
            or next((g for g in reversed(frames) if g.places and g.type_key == ref.type_key), None)
        if told is None:
            return
        f.places, f.place_how = told.places, "anaphor"
        if f.date is None and told.date is not None:
            f.date, f.date_how = told.date, "anaphor"


def _held_by(frames: list[Frame]) -> None:
    """A town retaken with no one named to lose it ("the army retook Ber") is retaken from the
    group the article says seized it ("FLA fighters seized Ber on September 2"): the non-state
    agent of a seizure of the same place, told in another sentence and not dated after the
    retaking (the nearest such sentence)."""
    seized = [g for g in frames if g.type_key == "nsa_overtakes" and g.actor1 is not None and g.places
              and g.actor1.inter in trig.ARMED_INTER and g.actor1.inter not in trig.STATE_INTER]
    if not seized:
        return
    for f in frames:
        if f.type_key != "gov_regains" or f.actor2 is not None or not f.places:
            continue
        names = {p.name for p in f.places}
        best = None
        for g in seized:
            if g.sentence_index == f.sentence_index or names.isdisjoint(p.name for p in g.places):
                continue
            if f.date is not None and g.date is not None and g.date.date > f.date.date:
                continue
            if f.actor1 is not None and g.actor1.actor == f.actor1.actor:
                continue
            if best is None or abs(g.sentence_index - f.sentence_index) < abs(best.sentence_index - f.sentence_index):
                best = g
        if best is not None:
            f.actor2, f.actor2_how = best.actor1, "clause"


#: Nouns that stand for a place already named ("drones struck rebel positions around the town").
_ANAPHOR_PLACE = places_mod.TOWN_NOUNS  # (places' lexicon)
#: Words before "the town" that make it the place of the event ("around the town", "stormed the
#: village" is a trigger's object); "towards the town" is a destination.
_ANAPHOR_PREPS = frozenset(("in", "near", "at", "around", "outside", "into", "inside", "on", "across", "within"))


def _the_town(tk: _Toks, frames: list[Frame], places: list[PlaceMention], s: Sentence) -> None:
    """A frame without a place whose clause says "around the town", "in the village" (no name
    after it) took place in the town the article is about: among the populated places named
    before the sentence (``places``: the article's, in text order) and introduced with the
    same noun ("the northern town of Ber", "Ber, a town ..."), the one named most often (the
    latest among equals; a place named as a distance point, "60 km east of Timbuktu", is not
    counted). No such place: no place."""
    low = tk.lower
    towns: dict[str, PlaceMention | None] = {}
    for f in frames:
        if f.places:
            continue
        a, b = tk.span(f.start, f.end)
        ends = {tk.span(t.start, t.end)[1] for t in f.triggers}
        noun = None
        same = False
        for k in range(a + 1, b - 1):
            if low[k] == "the" and low[k + 1] in _ANAPHOR_PLACE and (k + 2 >= len(low) or low[k + 2] != "of") \
                    and (low[k - 1] in _ANAPHOR_PREPS or k in ends):
                noun = low[k + 1]
                break
            if low[k] == "the" and low[k + 1] == "same" and k + 2 < b and low[k + 2] in _ANAPHOR_PLACE \
                    and low[k - 1] in _ANAPHOR_PREPS:
                noun, same = low[k + 2], True
                break
        if noun is None:
            continue
        if same:
            # "in the same city", "in the same village": the last place named with that noun,
            # in this sentence too ("kidnapped in the northern city of Agadez, three months
            # after an Austrian woman was seized in the same city")
            last = None
            for p in places:
                if p.start >= f.start:
                    break
                if p.feature.startswith("P.") and not p.qualifier:
                    pa, pb = tk.span(p.start, p.end)
                    near = low[pa - 4 if pa > 4 else 0 : pa] + low[pb : pb + 3]
                    if noun in near or noun + "s" in near:
                        last = p
            if last is not None:
                f.places, f.place_how = [last], "anaphor"
            continue
        if noun not in towns:
            counts: dict[str, list] = {}  # name -> [mentions, latest mention, introduced as a <noun>]
            for p in places:
                if p.start >= s.start:
                    break
                if p.feature.startswith("P.") and not p.qualifier:
                    c = counts.setdefault(p.name, [0, p, False])
                    c[0] += 1
                    c[1] = p
                    if not c[2]:
                        pa, pb = tk.span(p.start, p.end)
                        near = low[pa - 4 if pa > 4 else 0 : pa] + low[pb : pb + 3]
                        c[2] = noun in near or noun + "s" in near
            cands = [c for c in counts.values() if c[2]]
            towns[noun] = max(cands, key=lambda c: (c[0], c[1].start))[1] if cands else None
        town = towns[noun]
        if town is not None:
            f.places, f.place_how = [town], "anaphor"


#: Victim groups (claims.yaml) of armed men: soldiers, militias, peacekeepers, mercenaries, militants.
#: The armed victim groups of data/reference/claims.yaml
_ARMED_VICTIMS = frozenset(("soldiers", "VDP", "militiamen", "peacekeepers", "Wagner", "militants"))
#: Victim groups of civilians killed, and of soldiers (killed or not), as _frame reads a figure.
_CIVILIAN_GROUPS = frozenset(("civilians", "people", "children", "women"))
_SOLDIER_GROUPS = frozenset(("soldiers", "troops", "peacekeepers", "Wagner", "police"))


#: Superlatives and ordinals that, after "the", rank an event rather than point back to one.
_RANKING = frozenset(
    """deadliest bloodiest worst largest biggest heaviest fiercest greatest costliest deadlier
    first second third fourth fifth""".split())
#: Words after "most" that keep a reference back ("the most recent fighting").
_MOST_BACK = frozenset(("recent", "latest"))
#: Words after a ranked noun that make it rank the event just told ("the deadliest since 2019",
#: "the worst ever", "the largest this year", "the deadliest in years", "in the country's history").
_RANK_SCOPE = frozenset(
    "since ever yet history recorded week weeks month months year years decade decades days date".split())
#: How far (tokens) after the noun a ranking's scope may stand.
_RANK_SCOPE_REACH = 8


def _ranked(low: list[str], k: int, ta: int) -> bool:
    """Whether the words between "the" (token ``k``) and the noun (token ``ta``) rank the event
    ("the deadliest massacre", "the first raid", "the most serious attack") and no scope word in
    the few tokens after the noun (up to a sentence end) makes it rank the event just told."""
    mods = low[k + 1 : ta]
    if _RANKING.isdisjoint(mods):
        if "most" not in mods:
            return False
        i = mods.index("most")
        if i + 1 < len(mods) and mods[i + 1] in _MOST_BACK:
            return False
    n = len(low)
    for j in range(ta + 1, min(n, ta + 1 + _RANK_SCOPE_REACH)):
        w = low[j]
        if w in _STOPS:
            break
        if w in _RANK_SCOPE or (w == "far" and j > 0 and low[j - 1] == "so"):
            return False
    return True


#: Words before an actor that make it a partner of the agent ("working with troops from ...").
_PARTNER_WORDS = frozenset(("with", "alongside", "backed", "supported", "assisted", "accompanied"))
#: Words of an accusation before "with" ("residents they accused of collaborating with JNIM",
#: "suspected of links with jihadists"): the actor is what the victims are accused of, no partner.
_COLLUSION = frozenset(("collaborating", "colluding", "cooperating", "links", "ties", "complicity", "sympathising",
                        "sympathizing", "collaboration", "collusion"))
#: Keys of the strategic and territorial triggers (see _frame).
_STRATEGIC_OR_TERRITORY = trig.STRATEGIC | {"territory"}


#: How far (tokens) after "by" the date of a reduced relative may stand ("handed over by the UN
#: peacekeeping mission MINUSMA in August 2023").
_RELATIVE_DATE_REACH = 10


def _told_relative(low: list[str], ab: tuple[int, int], t: TriggerMention, spl, ca_char: int) -> bool:
    """Whether the reduced relative of the passive trigger ``t`` (tokens ``ab``) tells an event:
    its agent follows ("handed over by MINUSMA"), then its own date ("in August 2023", "on
    Sunday"; not "since 2012") before any comma, and a named place of the sentence (``spl``)
    stands before it in its clause (from ``ca_char``): "Ber was one of the first bases handed
    over by MINUSMA in August 2023". "A base vacated by the UN" (no date) describes a noun."""
    a, b = ab
    if not spl or b >= len(low) or low[b] != "by":
        return False
    n = len(low)
    for k in range(b + 2, min(n, b + 1 + _RELATIVE_DATE_REACH)):
        w = low[k]
        if w in _STOPS or w == ",":
            return False
        if (w in _MONTHS and w != "may") or w in _WEEKDAYS:
            p = low[k - 1]
            if p in ("in", "on") or (p.isdigit() and low[k - 2] == "on"):
                return any(ca_char <= pl.start < t.start for pl in spl)
    return False


#: Vehicles that hit a device ("a passenger bus hit an IED", "a truck ran over a mine").
_VEHICLES = frozenset("""bus buses minibus minibuses coach truck trucks lorry lorries vehicle vehicles car cars van vans
    pickup pick-up taxi tricycle motorbike motorcycle motorcycles ambulance convoy convoys""".split())
#: Verbs of a vehicle meeting a device ("hit", "struck", "ran over", "drove onto", "sauted on"):
#: the trigger lexicon's (:func:`triggers.device_verbs`), and the one explosion word whose
#: subject sets the device off ("the truck detonated a mine").
_VEHICLE_HIT = trig.device_verbs() | {"detonated"}
#: The verbs of _VEHICLE_HIT that are no noun ("strikes" is also the noun of air strikes).
_HIT_VERBS = _VEHICLE_HIT - {"strikes"}
#: Armed units that meet a device themselves ("a reinforcement detachment heading to Tassara
#: struck an IED", "an army patrol hit a landmine", "a gendarmerie unit ran over a mine"): the
#: target, as a vehicle is (never a civilian one).
_UNIT_SUBJECTS = frozenset("patrol patrols detachment detachments unit units column columns squad reinforcements".split())
#: Words that make a vehicle a military one ("an army truck", "a military vehicle", "a patrol").
_MILITARY_VEHICLE = frozenset("army military armoured armored convoy escort troops soldiers their its our".split()) | _UNIT_SUBJECTS


def _vehicle_hit(tk: _Toks, ca: int, cb: int, tsp, fam) -> tuple[int, int] | None:
    """The token span of the vehicle phrase that is the subject of a verb meeting the device
    ("a minibus carrying traders struck a landmine": "a minibus carrying traders"), or None. The
    vehicle comes first in the clause, at most 12 tokens before the verb ("a truck carrying
    traders and their goods to the weekly market hit a homemade bomb"); the device follows."""
    low = tk.lower
    dev = min((tsp[id(t)][1] for t in fam if t.key == "ied" and id(t) in tsp), default=None)
    if dev is None:
        return None
    for c in range(ca, min(dev, cb)):
        if low[c] in _VEHICLE_HIT:
            for v in range(c - 1, max(ca, c - 13) - 1, -1):
                if low[v] in _VEHICLES or low[v] in _UNIT_SUBJECTS:
                    a = v
                    while a > ca and low[a - 1] not in (",", ";", "and", "when", "after", "as") and v - a < 4:
                        a -= 1
                    if "by" in low[v:c]:
                        return None  # "a bus carried by ..." (no subject)
                    return a, c
            return None
    return None


#: Words that end the with-phrase of a clash noun before an actor ("fighting with others and
#: the army"): no modifier of the actor.
_CLASH_WITH_STOP = frozenset("and or but between who which that while as than what".split())


def _clash_with(low: list[str], fam, clause_items, tsp):
    """The armed actor item of ``clause_items`` that follows "with" right after a clash noun
    of ``fam`` ("in fighting with rebels", "clashes with the army", "heavy fighting with JNIM
    fighters"), else None."""
    for t in fam:
        if t.pos != "noun" or t.key != "armed_clash":
            continue
        tb = tsp[id(t)][1]
        if tb < len(low) and low[tb] == "with":
            for it in clause_items:
                if it[0] > tb and it[0] - tb <= 3 and it[2].inter in trig.ARMED_INTER and all(
                        w in ("the", "a", "an", "its", "their", "armed", "suspected", "heavily")
                        or (w.isalpha() and w not in _PREPS and w not in _CLASH_WITH_STOP)
                        for w in low[tb + 1 : it[0]]):
                    # (a modifier the actor's span leaves out may come between: "in fighting
                    # with Tuareg separatist rebels", "clashes with rival Fulani militiamen")
                    return it
    return None


#: Words of support before an armed actor that make it a supporter of the agent ("with air
#: support from the army", "backed by the VDP", "with the backing of Wagner").
_SUPPORT_WORDS = frozenset("support supported backing backed assisted assistance reinforced".split())
#: Words between the support word and the supporter ("support from the", "backing of its").
_SUPPORT_GAP = frozenset(("from", "of", "by", "the", "its", "their", "a", "an", '"', "“", "”", "'"))


def _supported(low: list[str], k: int, ca: int) -> bool:
    """Whether the actor at token ``k`` is told as the agent's supporter: a support word followed
    by "from"/"of"/"by" within three tokens before it, over determiners and quotes only, in a
    phrase of the clause opened by "with" or a comma ("with 'decisive support' from the air force",
    ", backed by the VDP"; not "fighting with the army", nor "attacked a patrol supported by
    Wagner": the target's supporter)."""
    by = False
    for j in range(k - 1, max(ca, k - 4) - 1, -1):
        w = low[j]
        if w in _SUPPORT_WORDS:
            return by and j > ca and (low[j - 1] == "," or "with" in low[max(ca, j - 3) : j])
        if w not in _SUPPORT_GAP:
            return False
        by = by or w in ("from", "of", "by")
    return False


#: First words of a noun phrase in apposition that renames the event told before it (", the
#: deadliest attack ...", ", one of the bloodiest assaults ...", ", an attack the government
#: blamed on ...", ", in what was the worst massacre ...").
_RENAME_LEAD = frozenset(("the", "a", "an", "one", "another", "in"))
#: Words that end the apposition's modifiers (a new phrase or clause before the noun).
_RENAME_STOP = (_PREPS - {"of"}) | frozenset(
    "and or but that which who when after before since following during amid than ahead prior as".split())
#: Most words between the comma and the renaming noun.
_RENAME_REACH = 7


def _renames(low: list[str], ta: int, lo: int) -> bool:
    """Whether the noun trigger at token ``ta`` heads a noun phrase in apposition after a comma
    that comes after token ``lo`` (the end of a verb trigger of its clause): ", the deadliest
    attack", ", one of the bloodiest assaults", ", in what was the worst massacre"."""
    stop = ta - _RENAME_REACH - 1 if ta - _RENAME_REACH - 1 > lo else lo
    for k in range(ta - 1, stop - 1, -1):
        w = low[k]
        if w == ",":
            if k + 1 >= ta or low[k + 1] not in _RENAME_LEAD:
                return False
            return low[k + 1] != "in" or (k + 2 < ta and low[k + 2] == "what")
        if w in _RENAME_STOP and not (w == "in" and low[k + 1] == "what"):
            return False
        if not (w.isalpha() or w in ("'s", "’s", "-")):
            return False
    return False


#: Words of a captive's release, and the abduction words that name the captives (not the act).
_RELEASE = frozenset("""freed free frees freeing released release releases releasing rescued rescue rescues
    liberated liberation""".split())
_HELD_WORDS = frozenset(("hostage", "hostages", "captive", "captives"))


_LABEL_NOUNS = frozenset({"attack", "attacks"})
#: Words after "an attack" that make it the label of an incident told otherwise ("a roadside bomb
#: killed six soldiers, an attack claimed by JNIM"): the claim or blame, not a ground assault.
_LABEL_AFTER = frozenset({"claimed", "blamed", "attributed"})
_LABEL_SKIP = frozenset({"later", "since", "subsequently", "quickly", "swiftly", "that", "which", "was", "has", "been",
                         "had", "widely", "also"})


def _without_label_attacks(low: list[str], tk, fam: list) -> list:
    """``fam`` less the nouns "attack(s)" that only label an incident whose means is a planted or
    fired device (``trig.FIRED_BY_AGENT``: "struck a landmine near Boni, an attack claimed by
    JNIM", "a roadside bomb killed six soldiers in an attack blamed on jihadists"): such a noun is
    no ground assault, so it does not turn the blast into a battle (triggers.resolve_type rule 4);
    a ground attack told as such ("before launching a ground attack") keeps it."""
    if len(fam) < 2 or trig.FIRED_BY_AGENT.isdisjoint(t.key for t in fam):
        return fam  # (speed: most frames)
    return [t for t in fam if not (t.key == "attack" and t.pos == "noun" and t.lemma in _LABEL_NOUNS
                                   and _labels_a_claim(low, tk.at(t.start)))]


def _labels_a_claim(low: list[str], i: int) -> bool:
    """Is the word after token ``i``, past a few adverbs and auxiliaries, "claimed", "blamed" or
    "attributed" ("an attack later claimed by", "an attack that was blamed on")?"""
    j = i + 1
    while j < len(low) and j - i <= 4 and low[j] in _LABEL_SKIP:
        j += 1
    return j < len(low) and low[j] in _LABEL_AFTER


#: What _roles gives for a sentence without actors (its assoc list is copied before any change).
_NO_ROLES = (None, "", None, "", _EMPTY)


def _frame(tk, s, fam, items, ca, cb, sa, sb, ca_char, cb_char, spl, scl, cue_agent, clause_triggers,
           topic, may_last, dur_low, tsp, nonstate, separate, sent_actors, nonspk, has_rel,
           pstarts, nstarts, sws) -> Frame | None:
    """The frame of one clause segment, undated (the caller dates it with :func:`_share_out`).
    ``may_last``: False when the sentence holds no word that _DURATION can match (then no
    clause of it can); ``dur_low``: the sentence's :func:`_duration_lower`; ``tsp``: token
    spans of the sentence's triggers by ``id``; ``nonstate``: whether the sentence names a
    non-state armed group (inter 2-4); ``separate`` and ``sent_actors``: the frame's
    ``separate`` and (copied) ``actors``; ``nonspk``: the items that are not speakers;
    ``has_rel``: False when the sentence holds no relative pronoun (then the clause has no
    parenthetical); ``pstarts``: the starts of the places ``spl`` (in text order; None when
    there is none); ``nstarts``: the first tokens of the ``nonspk`` items; ``sws``: the set of
    the sentence's lower-case words (speed: a word absent from it is in no window of the clause,
    so the window tests below are skipped without slicing)."""
    low = tk.lower
    # a strategic or territorial verb in a reduced relative ("a base vacated by the UN",
    # "areas seized by") describes a noun; it tells no event of its own
    # ("Ber was one of the first bases handed over by MINUSMA in August 2023": with its own agent
    # and date, said of a named place, it tells when the place changed hands; see _told_relative)
    if len(fam) == 1:
        t = fam[0]  # (speed: the common case without a list comprehension)
        if t.key in _STRATEGIC_OR_TERRITORY and t.passive and not _be_before(tk, t) \
                and not _told_relative(low, tsp[id(t)], t, spl, ca_char):
            return None
        fam = [t]
    else:
        fam = [t for t in fam if not (t.key in _STRATEGIC_OR_TERRITORY and t.passive and not _be_before(tk, t)
                                      and not _told_relative(low, tsp[id(t)], t, spl, ca_char))]
        if not fam:
            return None
    if fam[0].key == "abduction" and not _RELEASE.isdisjoint(sws) and not _RELEASE.isdisjoint(low[ca:cb]) and all(
            t.key == "abduction" and t.text.lower().rsplit(None, 1)[-1] in _HELD_WORDS for t in fam):
        # "German hostage freed after two years", "soldiers freed 12 hostages", "an aid worker
        # held hostage in Mali has been released": the captives' release is told, not their
        # abduction (told, if at all, by its own verb: "kidnapped in April 2023")
        return None
    # the items are in text order: the clause's are a slice (speed: no test per item)
    lo = bisect.bisect_left(nstarts, ca)
    clause_items = nonspk[lo : bisect.bisect_left(nstarts, cb, lo)]
    # head: the strongest trigger (earliest among equals) names the roles; the other triggers
    # of the clause fill the roles it leaves empty ("civilians were killed by drone strikes")
    head = fam[0] if len(fam) == 1 else max(fam, key=lambda t: (t.strength, -t.start))
    if head.pos == "noun" and len(fam) > 1:
        # "160 villagers were killed in Ogossagou, the deadliest attack in Mali's history": a
        # noun in apposition after a verb of the frame renames the event the verb tells; it
        # is no head of its own (nor a reference back)
        v0 = min((tsp[id(t)][1] for t in fam if t.pos == "verb"), default=-1)
        if v0 >= 0:
            named = [t for t in fam if not (t.pos == "noun" and _renames(low, tsp[id(t)][0], v0))]
            if named and len(named) < len(fam):
                head = max(named, key=lambda t: (t.strength, -t.start))
    # a demonstration's roles come from the intervention ("the military dispersed ...")
    role_head = head
    for t in fam:
        if t.key == "protest_intervention" and t.pos == "verb":
            role_head = t
            break
    fam_t = fam  # (read only by _roles)
    paren = _parentheticals(tk, ca, cb) if has_rel and items else _EMPTY
    # (speed: with no actor in the sentence every role of every trigger is empty: no calls)
    a1, h1, a2, h2, assoc = _roles(tk, role_head, items, ca, cb, sa, fam_t, paren, tsp, nonspk, nstarts,
                                   clause_triggers) if items else _NO_ROLES
    # (speed: a noun's verb of suffering is a word of its clause, so of the sentence)
    suffered = _suffered_at(low, role_head, tsp[id(role_head)][0], ca) \
        if role_head.pos == "verb" or not _SUFFER_VERBS.isdisjoint(sws) else -1
    if suffered >= 0:
        # "a patrol reacted to / fell into an ambush by X", "the convoy came under attack",
        # "the convoy came under attack": the subject of the verb is the target, never the agent
        tb0 = tsp[id(role_head)][1]
        if "by" in low[tb0 : min(cb, tb0 + 8)]:
            # "came under attack by several hundred assailants", "came under attack on Monday by
            # dozens of gunmen", "reacted to an ambush by X": the by-phrase after the attack
            # names its agent, never its target
            by = next((it for it in clause_items if tb0 < it[0] <= tb0 + 8), None)
            if by is not None and by[2].inter != 7 and "by" in low[tb0 : by[0]] \
                    and _CLAUSE_STOPS.isdisjoint(low[tb0 : by[0]]):
                if a2 is by[2]:
                    a2, h2 = None, ""
                a1, h1, assoc = by[2], "clause", []
        subj = [it for it in clause_items if it[1] <= suffered and not _in_pp(tk, it)]
        if subj:
            if a1 is subj[-1][2]:
                a1, h1, assoc = None, "", []
            if a2 is None and subj[-1][2].inter != 7:
                a2, h2 = subj[-1][2], "clause"
    pverb = role_head if role_head.pos == "verb" else next((t for t in fam if t.pos == "verb"), None) \
        if a1 is None and len(fam) > 1 else None
    if a1 is None and pverb is not None and not pverb.passive and suffered < 0:
        ta0 = tsp[id(pverb)][0]
        if _pronoun_subject(low, ca, ta0) and not any(it[0] < ta0 for it in clause_items) \
                and _REPORT_OR_NONE.isdisjoint(low[sa:ta0]):
            # "Farther west, in December 2019, they overran the army camp at Inates", "since it
            # killed 44 worshippers": a pronoun subject with no actor before it in its clause
            # (and no speaker it stands for) is the armed actor the story last named, unless
            # that one is on the side of the verb's target
            ante = topic(pverb.start, s.index)
            side = _target_side(low, a2, tsp[id(pverb)][1], cb)
            if ante is not None and (a2 is None or ante.actor != a2.actor) and (
                    side is None or (ante.inter in trig.STATE_INTER) != side):
                a1, h1 = ante, "pronoun"
        elif _group_subject(low, ca, ta0) and not any(it[0] < ta0 for it in clause_items):
            # "In mid-September, the group ambushed a convoy", "the movement later attacked":
            # the non-state armed group (or mercenary group) the story last named, at most
            # three sentences back, never the verb's target
            ante = topic(pverb.start, s.index, True)
            if ante is not None and (a2 is None or ante.actor != a2.actor):
                a1, h1 = ante, "pronoun"
    if a2 is not None and a2 is cue_agent and (a1 is None or a1.generic or a1.inter == 7):
        # "the massacre, blamed on a militia, killed 160 villagers": the actor a role phrase
        # names is the agent, never the target (the victims come from another trigger; civilians
        # taken for the agent are the target: "a priest, abducted ..., freed from JNIM captivity")
        a2, h2 = (a1, h1) if a1 is not None and a1.inter == 7 else (None, "")
    for other in (sorted(fam, key=lambda t: (-t.strength, t.start)) if len(fam) > 1 and items else ()):
        if other is head or (a1 is not None and a2 is not None):
            continue
        o1, oh1, o2, oh2, oassoc = _roles(tk, other, items, ca, cb, sa, fam_t, paren, tsp, nonspk, nstarts, clause_triggers)
        if a1 is None and o1 is not None and (a2 is None or o1.actor != a2.actor):
            a1, h1, assoc = o1, oh1, assoc or oassoc
        if a2 is None and o2 is not None and (a1 is None or o2.actor != a1.actor):
            a2, h2 = o2, oh2
    if a2 is not None and a2 is cue_agent and (a1 is None or a1.generic or a1.inter == 7):
        # (as above: a role of another trigger of the clause)
        a2, h2 = (a1, h1) if a1 is not None and a1.inter == 7 else (None, "")
    if a1 is None or a2 is None:
        # "soldiers were killed in fighting with rebels and jihadists": the with-phrase of a
        # clash noun names the other side (the first conjunct leads, the others are associated
        # by the partner rule below); the side it meets is the other role
        w_it = _clash_with(low, fam, clause_items, tsp)
        if w_it is not None:
            wm = w_it[2]
            if a1 is None and (a2 is None or a2.actor != wm.actor):
                a1, h1 = wm, "clause"
            elif a2 is None and a1 is not None and a1.actor != wm.actor:
                a2, h2 = wm, "clause"
    if a2 is not None and a2.inter in trig.ARMED_INTER and not _SUPPORT_WORDS.isdisjoint(sws) \
            and not _SUPPORT_WORDS.isdisjoint(low[ca:cb]):
        # "ground units entered the town ... with 'decisive support' from the air force", "backed
        # by the VDP", "with the support of Wagner": the supporter fights on the agent's side,
        # never the target (a state or foreign force names the side when the agent is unnamed)
        k2 = next((it[0] for it in clause_items if it[2] is a2), -1)
        if k2 > 0 and _supported(low, k2, ca):
            if a1 is None:
                if a2.inter in trig.STATE_INTER:
                    a1, h1 = a2, "clause"
            elif a1.actor != a2.actor:
                assoc = [*assoc, a2]
            a2, h2 = None, ""
    if cue_agent is not None and (a1 is None or a1.generic or a1.inter == 7) and cue_agent is not a2:
        if a1 is not None and a1.inter == 7 and a2 is None:
            a2, h2 = a1, "clause"
        a1, h1 = cue_agent, "cue"
    civ_vehicle = mil_vehicle = veh_owned = False
    layer = None
    if "ied" in map(_key_of, fam):  # (speed: no generator expression)
        hit = _vehicle_hit(tk, ca, cb, tsp, fam)
        if hit is not None:
            # "a passenger bus hit an explosive device", "an army truck struck a mine": the
            # vehicle and those it carries are the target, never the agent (who laid the device
            # is unknown); a vehicle of no armed actor carries civilians
            ha, hb = hit
            inside = [it for it in clause_items if ha <= it[0] < hb]
            if a1 is not None and any(it[2] is a1 for it in inside):
                a1, h1 = None, ""
                if cue_agent is not None and cue_agent is not a2 and not any(it[2] is cue_agent for it in inside):
                    # the device's layer is the one a claim names ("soldiers were killed when their
                    # patrol vehicle struck a mine, in an attack later claimed by ISWAP"), given
                    # once the event is typed (a device's blast, as when the claim comes after)
                    layer = cue_agent
            armed = next((it[2] for it in inside if it[2].inter in trig.ARMED_INTER), None)
            if armed is not None and armed.generic:
                # "the convoy carrying the departing troops struck an IED, wounding four
                # peacekeepers": the victims named after the device say whose troops they were
                # (the first victims told: "killing two soldiers and wounding a Wagner instructor"
                # keeps the army)
                first = next((it[2] for it in clause_items if it[0] >= hb and not it[3]
                              and it[2].inter in trig.ARMED_INTER), None)
                armed = first if first is not None and not first.generic else armed
            if armed is not None:
                a2, h2 = armed, "clause"
            elif not _MILITARY_VEHICLE.isdisjoint(low[ha:hb]):
                mil_vehicle = True  # "a vehicle of the logistic convoy": an armed target
                # "one of its armoured vehicles was hit": whose, as for "its convoy" (below)
                # (the possessive on the vehicle itself, not "a truck carrying traders and their goods")
                veh_owned = any(low[k] in ("its", "their") and (low[k + 1] in _VEHICLES or low[k + 2] in _VEHICLES)
                                for k in range(ha, hb - 2))
            elif a2 is None or a2.inter == 7:
                # (not "soldiers were killed when their vehicle struck a bomb": an owner named
                # before, whom the possessive points back to)
                civ_vehicle = True
                civm = next((it[2] for it in inside if it[2].inter == 7), None)
                if civm is not None:
                    a2, h2 = civm, "clause"
    if a1 is not None and a2 is not None and a1.actor == a2.actor:
        a2, h2 = None, ""
    assoc, assoc2 = list(assoc), []
    # (without actor1 and actor2 no actor is a partner nor a co-target: no loop)
    for it in (clause_items if a1 is not None or a2 is not None else _EMPTY):  # (the clause's non-speakers)
        m = it[2]
        if m is a1 or m is a2 or (a1 is not None and m.actor == a1.actor) or (a2 is not None and m.actor == a2.actor):
            continue
        prev = low[ca if ca > it[0] - 3 else it[0] - 3 : it[0]]
        if a1 is not None and not _PARTNER_WORDS.isdisjoint(prev) and m.inter in trig.ARMED_INTER \
                and _COLLUSION.isdisjoint(prev):
            assoc.append(m)  # "working with troops from Burkina Faso": a partner of the agent
        elif a2 is not None and it[0] > 0 and "and" in prev and it[0] - _end_of(items, a2) <= 4 and m.inter == a2.inter or (
            a2 is not None and "and" in prev and it[0] - _end_before(items, a2, it[0]) <= 4 and {m.inter, a2.inter} <= {1, 8}
        ):
            if a2.inter == 8 and m.inter == 1:
                # "dozens of its [Wagner's] fighters and Malian soldiers were killed": the state's
                # forces lead the foreign force beside them, whichever is told first (ACLED codes
                # Wagner as the army's associate), as in "killed Wagner fighters and Malian soldiers"
                assoc2.append(a2)
                a2, h2 = m, "clause"
                continue
            assoc2.append(m)  # "killed Malian soldiers and Russian Wagner mercenaries"
        elif a2 is not None and m.inter == 8 and a2.inter == 1 and m.end <= a2.start \
                and "and" in (gap := low[it[1] : tk.at(a2.start)]) and _COTARGET_GAP.issuperset(gap):
            assoc2.append(m)  # "killed Wagner fighters and Malian soldiers": the foreign co-target
        elif a2 is not None and a2.inter == 1 and m.inter in (1, 3) and a2.end <= m.start \
                and "between" not in low[max(ca, tk.at(a2.start) - 3) : tk.at(a2.start)] \
                and "and" in low[(e2 := _end_of(items, a2)) : it[0]] and 0 < it[0] - e2 <= 5 \
                and all(low[k] in _COTARGET_GAP or low[k] == "of" or low[k] in _MEMBER_NOUNS or tk.like_num[k]
                        for k in range(e2, it[0])):
            # "12 soldiers and members of the VDP were killed": the second conjunct, a militia
            # beside the state's forces (not "fighting between the army and the rebels")
            assoc2.append(m)
    cclaims = ([c for c in scl if ca_char <= c.start < cb_char] or scl) if scl else scl
    deaths = civ_victims = soldier_victims = armed_victims = False
    # (speed: the four tests in one loop over the figures, not four generator expressions)
    for c in cclaims:
        g = c.victim_group
        if c.killed_or_other == "killed":
            if c.count > 0:
                deaths = True
            if g in _CIVILIAN_GROUPS:
                civ_victims = True
        if g in _SOLDIER_GROUPS:
            soldier_victims = True
        # "20 soldiers and a civilian were killed": armed men among the victims (killed, wounded
        # or missing) make the victims no civilians-only group (resolve_type's armed_victims)
        if g in _ARMED_VICTIMS and (c.count > 0 or c.vague):
            armed_victims = True
    ta, tb = tsp[id(head)]
    k0 = ca if ca > ta - 3 else ta - 3
    if a1 is not None and h1 in ("clause", "speaker") and head.pos == "verb" and not head.passive and suffered < 0 \
            and a1.inter in trig.ARMED_INTER and tk.at(a1.end - 1) < ta:
        # an active verb with its agent before it: the words before the verb are the agent's
        # ("JNIM fighters shot dead people ...", "soldiers killed villagers", the speaker's "the
        # group said its fighters had destroyed"), no armed target
        k0 = ta
    window = low[k0 : cb if cb < tb + 8 else tb + 8]
    if a1 is not None and h1 == "clause" and head.pos == "verb" and window and "by" in window:
        # a passive verb's agent after "by" is no target: "two Chinese workers were kidnapped by
        # JNIM fighters", "a priest, abducted by jihadist fighters in 2022"
        a1a, a1b = tk.at(a1.start), tk.at(a1.end - 1) + 1
        if tb < a1a and (low[a1a - 1] == "by" or (low[a1a - 1] in _DETERMINERS and low[a1a - 2] == "by")):
            hi = cb if cb < tb + 8 else tb + 8
            if a1a < hi:
                window = low[k0:a1a] + low[a1b:hi]
    armed_word = not ARMED_TARGET_WORDS.isdisjoint(window) or soldier_victims or mil_vehicle or (
        suffered >= 0 and not ARMED_TARGET_WORDS.isdisjoint(low[max(ca, suffered - 4) : suffered]))
    if a2 is None and (veh_owned or "its" in window or "their" in window):
        # "the force said that its convoy was attacked": the owner of the armed target is the
        # speaker of the sentence, else the armed actor the story is about (the last one named)
        owned = veh_owned or any(w in ("its", "their") and k0 + j + 1 < cb and low[k0 + j + 1] in ARMED_TARGET_WORDS
                                 for j, w in enumerate(window))
        if owned:
            spk = [it[2] for it in items if it[3] and it[0] < ta and it[2].inter in trig.ARMED_INTER]
            owner = spk[-1] if spk else topic(ca_char, s.index)
            if owner is not None and (a1 is None or owner.actor != a1.actor):
                a2, h2 = owner, "pronoun"
    if a2 is not None and a2.inter == 7:
        armed_word = soldier_victims
    if head.key == "base_established":
        # a base has an owner, no target: "in the presence of Niger's leader" is a witness;
        # "its headquarters ... was inaugurated", "inaugurated their new base": the owner the
        # possessive points back to (the sentence's armed speaker, else the armed actor the
        # story is about) set it up
        if a2 is not None and "presence" in sws and "presence" in low[ca:cb]:
            a2, h2 = None, ""
        if a1 is None and ("its" in low[ta - 1 : tb] or "their" in low[ta - 1 : tb]):
            spk = [it[2] for it in items if it[3] and it[0] < ta and it[2].inter in trig.ARMED_INTER]
            owner = spk[-1] if spk else topic(ca_char, s.index)
            if owner is not None:
                a1, h1 = owner, "pronoun"
    if "contact" in sws and "contact" in low[ca:cb]:
        # "destroyed a workshop ..., without any contact with the enemy", "with no contact with
        # the assailants": the actor the unit never met is no party of the event
        if a1 is not None and _no_contact(low, tk.at(a1.start)):
            a1, h1, assoc = None, "", []
        if a2 is not None and _no_contact(low, tk.at(a2.start)):
            a2, h2 = None, ""
        if nonstate:
            nonstate = any(it[2].inter in (2, 3, 4) and not _no_contact(low, it[0]) for it in items)
    enemy = (a1 is None or a1.inter in trig.STATE_INTER) and nonstate
    # "took control of the palace and held the president": one arrest (an arrest trigger after
    # the territorial one in the same clause)
    leader, terr = False, None
    for t in clause_triggers:
        if t.key == "arrests":
            if terr is None:
                terr = [x for x in fam if x.key == "territory"]
            if not terr or t.start > terr[0].start:
                leader = True
                break
    agent_inter = a1.inter if a1 else None
    if role_head is not head and role_head.key == "protest_intervention" and any(t.key == "looting" for t in fam):
        # the crowd's destruction has its own agent, not the force that dispersed the crowd
        # ("youths torched a petrol station before police dispersed them")
        d1 = _roles(tk, next(t for t in fam if t.key == "looting"), items, ca, cb, sa, fam_t, paren, tsp, nonspk,
                    nstarts, clause_triggers)[0]
        agent_inter = d1.inter if d1 is not None else None
    res = trig.resolve_type(
        _without_label_attacks(low, tk, fam),
        agent_inter=agent_inter,
        target_inter=a2.inter if a2 else None,
        armed_target_word=armed_word,
        civilian_victims=civ_victims or (a2 is not None and a2.inter == 7),
        armed_victims=armed_victims,
        deaths=deaths,
        enemy_present=enemy,
        leader_held=leader,
    )
    if res is None:
        return None
    if layer is not None:
        a1, h1 = layer, "cue"
    # places: the clause, else the sentence
    if not spl:
        cpl = []
    else:  # (places in text order: the clause's are a slice)
        k = bisect.bisect_left(pstarts, ca_char)
        cpl = spl[k : bisect.bisect_left(pstarts, cb_char, k)]
    if cpl and (has_rel or ("that" in sws and "that" in low[ca:cb])):
        # "an ambush near the border shows the cost of a rupture that brought Russian troops to
        # Niamey": a place inside a relative clause about another noun is not the event's
        kept = _relative_places(tk, cpl, ta, ca, cb, clause_triggers, tsp)
        if len(kept) < len(cpl):
            gone = {id(p) for p in cpl} - {id(p) for p in kept}
            cpl, spl = kept, [p for p in spl if id(p) not in gone]
    places, place_how = (cpl, "clause") if cpl else (spl, "sentence" if spl else "")
    # no date: _share_out gives the dates out (it resets every frame's date)
    date, date_how = None, ""
    definite = False
    noun = head.pos == "noun"
    if noun and " " in head.text and head.text.split(" ", 1)[0].lower() in _HIT_VERBS:
        # a phrase that opens with its verb ("a minibus carrying traders to the weekly market hit
        # a landmine") is told by that verb: a determiner before it is its subject's, no
        # reference back
        noun_ref = False
    else:
        noun_ref = noun
    if noun_ref:
        # "the attack", "the most recent fighting", "Thursday's attack": a determiner before the
        # noun, over up to three modifiers
        k = ta - 1
        k_stop = ta - 4 if ta > 4 else 0
        like_num = tk.like_num
        while k >= k_stop:
            w = low[k]
            if w in DEFINITE or w in ("'s", "’s"):
                # "the deadliest massacre ... in March 2019", "the first raid, in May": a ranking
                # picks out an event of its own, unless it ranks the one just told against a
                # span ("..., the deadliest attack since 2019", "the worst in years"); the
                # object of a verb of phase ("France completed the withdrawal of its troops in
                # December 2023", "began the handover") is the event told, not a reference back
                definite = not (w == "the" and k + 1 < ta and _ranked(low, k, ta)) \
                    and not (k > 0 and low[k - 1] in _PHASE_VERBS)  # (no word between: no ranking)
                break
            if w in ("a", "an", "another") or like_num[k] or not w.isalpha():
                break
            if w in _PREPS and k >= 3 and low[k - 2] in DEFINITE and low[k - 3] in _BE_COME:
                break  # "were the target of simultaneous attacks": "the" is the target's
            k -= 1
        if definite and any(t.pos == "verb" and tsp[id(t)][0] < ta and (t.key == head.key or (
                t.key in _HARM_KEYS and head.key in _HARM_KEYS)) for t in fam):
            # "Jihadists shot 12 civilians in Tera in the killings denounced by ...": a verb of
            # the frame tells the event of the noun's kind before it: no reference back
            definite = False
    # "has wracked Mali for a decade"
    generic = may_last and _tells_duration(
        s.text[ca_char - s.start : cb_char - s.start],
        dur_low[ca_char - s.start : cb_char - s.start] if dur_low is not None else None)
    if noun and ta > 0 and low[ta - 1] in ("previous", "earlier", "past", "former", "prior"):
        generic = True  # "the previous combat": an earlier event, told elsewhere if at all
    elif noun and head.text.lower().endswith("s") and all(t.pos == "noun" for t in fam):
        prev = low[ta - 1] if ta > 0 else ""
        generic = not (prev in DEFINITE or prev in ("a", "an", "two", "three", "several", "coordinated", "simultaneous", "twin", "both")
                       or (ta > 0 and tk.like_num[ta - 1])
                       or (ta > ca and _inflicted(low, ta, ca)))  # "inflicted heavy losses on": one toll
    # (speed: the word before a trigger is the sentence's, or the one before its first token)
    if not generic and (not _PATTERN_ADJ.isdisjoint(sws) or (sa > 0 and low[sa - 1] in _PATTERN_ADJ)) and any(t.pos == "noun" and t.text[-1:] in ("s", "S") and (k := tsp[id(t)][0]) > 0
                           and low[k - 1] in _PATTERN_ADJ for t in fam):
        # "the region has been hit by frequent attacks by militants linked to IS", "villages
        # suffer repeated raids": a pattern of attacks, no one event (nor its agent)
        generic = True
    if definite:
        # "the attack took place in X" lends X; "the mayor of nearby X blamed the attack" does not;
        # a verb of the frame tells the event where it stands ("Gunmen killed 12 villagers in
        # Djibo on Sunday, the deadliest attack since 2019": Djibo is the killing's)
        told = min((t.start for t in fam if t.pos == "verb"), default=head.start)
        told = told if told < head.start else head.end
        places = [p for p in places if p.start > told]
    if a2 is not None and a2.inter == 7 and res.key in trig.PROTEST:
        # a demonstration's crowd are the demonstrators themselves ("police fired tear gas to
        # disperse a small crowd", "dispersed hundreds of residents"), never its target: ACLED
        # codes the protesters alone, or against the force that intervened
        a2, h2 = None, ""
    info = res.info
    # speed: the instance dict given at once (as records.filled does, without its call and
    # keyword dict), not Frame.__init__ (29 setattrs, five default lists replaced); every field,
    # in field order
    fr = _new_object(Frame)
    fr.__dict__ = {
        "sentence_index": s.index,
        "start": ca_char,
        "end": cb_char,
        "head": res.head,
        "triggers": list(fam),
        "type_key": res.key,
        "disorder_type": info.disorder_type,
        "event_type": info.event_type,
        "sub_event_type": info.sub_event_type,
        "civilian_targeting": res.civilian_targeting or civ_vehicle,
        "rule": res.rule,
        "actor1": a1,
        "actor1_how": h1,
        "actor2": a2,
        "actor2_how": h2,
        "assoc1": assoc,
        "assoc2": assoc2,
        "places": list(places),
        "place_how": place_how,
        "date": date,
        "date_how": date_how,
        "claims": list(cclaims),
        "armed_target": armed_word,
        "definite": bool(definite),
        "in_title": False,
        "generic": generic,
        "separate": separate,
        "strength": fam[0].strength if len(fam) == 1 else max(map(_strength_of, fam)),
        "actors": list(sent_actors),
    }
    return fr


#: How far (tokens) a date or place may sit after a trigger and still be its own.
_OWN_AFTER = 20
_OWN_BEFORE = 12
_SENTENCE_INITIAL = 4


#: Words before a far date that make it a comparison point, not the event's date ("the
#: deadliest attack since the start of the insurgency in 2012").
_SINCE_WORDS = frozenset(("since", "before", "until", "till"))
#: How far (tokens) before a far date a "since" may stand.
_SINCE_BACK = 8


def _may_date(tk: _Toks, f: Frame, d: DateMention, b: int) -> bool:
    """Whether date ``d`` (ending at token ``b``) may date frame ``f``: a reference back ("the
    attack") takes only a day, a week or a date right before its noun ("the July attacks")."""
    if not f.definite or d.precision == "day" or d.precision == "week":
        return True  # ("the arrests were carried out earlier this week": a week is never a span's end)
    return any(tk.span(t.start, t.end)[0] - b in (0, 1) for t in f.triggers)


def _date_from_afar(tk: _Toks, f: Frame, unowned, tsp, sa: int) -> None:
    """Date the sentence's only frame ``f`` with the nearest of the dates before its triggers
    and out of their reach (``unowned``: ``(a, b, date)`` in text order): "... in July 2024, when
    the rebels ... killed dozens". A year or a date after "since" in the few tokens before it is
    a comparison point, not the event's ("the deadliest since the start of the insurgency in
    2012")."""
    if f.definite or f.generic:
        return  # a reference back or a pattern: not dated from afar ("the attack perpetrated in X")
    low = tk.lower
    head = min(tsp[id(t)][0] for t in f.triggers)
    best = None
    for a, b, d in unowned:
        if a > head:
            break  # far after the event the sentence tells something else
        if d.precision == "year" or not _SINCE_WORDS.isdisjoint(low[a - _SINCE_BACK if a - _SINCE_BACK > sa else sa : a]):
            continue
        if _may_date(tk, f, d, b):
            best = d  # (in text order: the last is the nearest)
    if best is not None:
        f.date, f.date_how = best, "sentence"


#: Words that tie a frame to the time of its clause's other frame: "amid/during fighting" (a
#: noun), "stormed the town on Sunday and looted the market" (a coordinated verb).
_AT_THE_TIME = frozenset(("amid", "amidst", "during", "in", "with", "under"))
#: Words that put it before or after ("after gunmen massacred", "to denounce an attack").
_NOT_AT_THE_TIME = frozenset(("after", "following", "before", "since", "prior", "to", "against", "over", "for"))


def _at_the_time(tk: _Toks, f: Frame, tsp) -> bool:
    """Whether frame ``f`` is told as happening when its clause's other event did: its head noun
    right after "amid", "during", "in" ... (over up to two modifiers: "amid heavy fighting"),
    or its head verb at most three words after "and" ("and rebels took control")."""
    h = tsp[id(f.head)][0]
    low = tk.lower
    if f.head.pos == "noun":
        for k in range(h - 1, h - 4 if h > 3 else -1, -1):
            w = low[k]
            if w in _AT_THE_TIME:
                return True
            if w in _NOT_AT_THE_TIME or not w.isalpha() or w in DEFINITE:
                return False
        return False
    for k in range(h - 1, h - 5 if h > 4 else -1, -1):
        w = low[k]
        if w == "and":
            return True  # "stormed X on Sunday and looted", "withdrew on Sunday and rebels took"
        if w in _NOT_AT_THE_TIME or not w.isalpha():
            return False
    return False


def _clause_own_date(f: Frame, d: DateMention, frames: list[Frame], tsp) -> bool:
    """Whether the later date ``d`` that frame ``f``'s trigger reaches is the frame's own rather
    than the sentence-initial date: "In October 2023, rebels attacked the camp in Ler, a few weeks
    after the UN mission handed over its camp in Goundam in August 2023", "On Sunday, gunmen
    killed five people in X, two days after soldiers shot ten in Y on Friday". The frame is not
    the sentence's first (another frame's trigger comes before all of its own: the first clause
    is the one the opening date dates) and the date is another period than the opening one."""
    if f.date is None or d.precision == "year" or compatible(f.date, d, tolerance_days=0):
        return False
    h = min(tsp[id(t)][0] for t in f.triggers)
    return any(g is not f and min(tsp[id(t)][0] for t in g.triggers) < h for g in frames)


def _date_siblings(tk: _Toks, frames: list[Frame], tsp) -> list[tuple[Frame, Frame]]:
    """Date each frame left without a date with the nearest dated frame of its own clause (same
    span) when it is told as happening at that time (:func:`_at_the_time`; not a reference back
    nor a generic mention): "left their camp at Ber in August amid fighting" dates the fighting,
    "demonstrated on Tuesday after gunmen massacred 30 villagers" does not date the massacre.
    Returns the ``(frame, sibling)`` pairs dated so."""
    out = []
    for f in frames:
        if f.date is not None or f.definite or f.generic:
            continue
        dated = [g for g in frames if g is not f and g.date is not None and g.date_how == "own"
                 and g.start == f.start and g.end == f.end]
        if dated and _at_the_time(tk, f, tsp):
            hs = f.head.start
            g = min(dated, key=lambda g: abs(g.head.start - hs))
            f.date, f.date_how = g.date, "sibling"
            out.append((f, g))
    return out


def _intervened(frames: list[Frame], sentence_triggers: list[TriggerMention]) -> None:
    """"Protesters rallied in X; police fired tear gas": an intervention anywhere in the sentence
    makes its peaceful protest a protest with intervention."""
    if not any(t.key == "protest_intervention" for t in sentence_triggers):
        return
    info = trig.type_info("protest_intervention")
    for f in frames:
        if f.type_key == "peaceful_protest":
            f.type_key, f.sub_event_type = "protest_intervention", info.sub_event_type
            f.triggers += [t for t in sentence_triggers if t.key == "protest_intervention" and t not in f.triggers]


def _share_out(tk: _Toks, frames: list[Frame], places, claims, sa: int, event_dates, tsp,
               trig_tok: list[int] | None = None) -> None:
    """Give each date, place and figure of a sentence to the frame it belongs to.

    A sentence-initial date ("On Friday, ...", "Last March, ...") dates every frame of the
    sentence (but a reference back in a later clause: "..., where they regrouped after the
    fighting"), and so does the sentence's only date when it sits in a comma-closed opening
    adverbial ("The day after, Thursday 11 January, ...", "In the early hours of Sunday 12 May,
    ...", see :func:`_opening_comma`). Otherwise a date, place or figure belongs to the nearest
    trigger before it (within ``_OWN_AFTER`` tokens), else to the nearest trigger after it
    (within ``_OWN_BEFORE``), else to no frame: "the strikes ... since the U.N. left on Oct. 31"
    does not date the strikes. With one frame in the sentence (not a reference back nor
    generic), a date before its triggers and out of their reach is still its own when no date is
    ("in July 2024, when the rebels ... killed dozens"), unless it is a year or follows "since".
    A frame left without a date (not a reference back nor generic) takes the date of a dated
    frame of its own clause told as happening at that time ("amid fighting"), and when it has no
    place, that frame's places ("left their camp at Ber in August amid fighting").
    Demonstration frames take figures only when protesters are the victims; strategic frames
    take none. With one frame in the sentence, places and figures of the sentence are its own.
    ``event_dates``: the sentence's dates that are neither report dates nor "since" spans, in
    order; ``tsp``: token spans of the sentence's triggers by ``id``; ``trig_tok``: the sorted
    first tokens of the article's triggers. Each frame's places are among ``places`` (as
    :func:`_frame` picks them).
    """
    if not frames:
        return
    # every trigger of a frame anchors it ("a total of 42 soldiers killed during the attack")
    heads = None  # (token index, frame) of every trigger, by position; built on first need

    def owner(char: int, frs=None, coord=False):
        # the nearest head before (the first among equals), else the nearest after; ``frs`` is
        # tested by identity (speed: a Frame's == compares every field)
        nonlocal heads
        if heads is None:
            heads = sorted([(tsp[id(t)][0], f) for f in frames for t in f.triggers], key=_first)
        if frs is None:
            pool = heads
        else:
            ids = {id(f) for f in frs}
            pool = [hf for hf in heads if id(hf[1]) in ids]
        if not pool:
            return None
        i = tk.at(char)
        best, gap = None, _OWN_AFTER + 1
        for h, f in pool:
            if h <= i and i - h < gap:
                best, gap = f, i - h
        if best is not None and coord:
            # "have arrested a journalist ..., and police on Monday fired tear gas": a date after
            # ", and" and a subject of its own dates the coordinated clause's verb, not the first's
            # (speed: the scan back only when the words it reads hold an "and")
            k = next((k for k in range(i - 1, i - gap, -1) if tk.lower[k] == "and" and tk.lower[k - 1] == ","), None) \
                if "and" in tk.lower[i - gap + 1 : i] else None
            nxt = None if k is None else min(((h, f) for h, f in pool if i < h <= i + _OWN_BEFORE and f is not best),
                                             key=_first, default=None)
            if nxt is not None and k + 1 < i and tk.lower[k + 1] not in _DATE_LEAD \
                    and not any(k < h < i for h, _ in pool) and any(t.pos == "verb" for t in nxt[1].triggers):
                return nxt[1]
        if best is not None:
            return best
        gap = _OWN_BEFORE + 1
        for h, f in pool:
            if h > i and h - i < gap:
                best, gap = f, h - i
        return best

    # (once per frame; Frame.family, without the property call)
    families = [family_of(frames[0].type_key)] if len(frames) == 1 else [family_of(f.type_key) for f in frames]
    # frames that open with a date of their own in a coordinated clause ("..., and in January
    # 2022 the army camp at Sokolo was attacked", see _coordinated_date): that date and the
    # places inside the frame are its own, and the sentence's opening date is not
    opened = _opened_by_date(tk, frames, event_dates, sa) if len(frames) > 1 and event_dates else None
    if opened:
        plain = [f for f in frames if id(f) not in opened]

        def owner(char: int, frs=None, coord=False, _owner=owner):  # noqa: F811 (the segment-aware owner)
            for f in frames:
                if id(f) in opened and f.start <= char < f.end and (frs is None or any(g is f for g in frs)):
                    return f
            return _owner(char, plain if frs is None else [g for g in frs if id(g) not in opened], coord)
    # dates
    for f in frames:
        f.date, f.date_how = None, ""
    unowned = None  # the dates no trigger reaches, when the sentence has one frame
    initial = None  # ids of the frames the sentence-initial date dated (several frames only)
    older = None  # frames in a pluperfect relative clause the opening date does not reach
    for d in event_dates:
        a, b = tk.span(d.start, d.end)
        if a - sa < _SENTENCE_INITIAL or (
                a - sa <= _OPENING_MAX and len(event_dates) == 1 and _opening_comma(tk, a, b, sa, trig_tok) >= 0):
            # (a reference back in a later clause keeps its own time: "..., where the
            # terrorists were regrouping after the fighting")
            targets = [f for f in frames if (not f.definite or f.start <= d.start < f.end)
                       and not (opened and id(f) in opened and not f.start <= d.start < f.end)]
            if len(targets) > 1 and (earlier := [f for f in targets if _earlier_relative(tk, f, tsp, b)]):
                # an earlier event told in a relative clause of the dated one: not of that date,
                # and no event of its own without a date of its own (below)
                targets = [f for f in targets if f not in earlier]
                older = (older or []) + earlier
            if len(frames) > 1:
                initial = (initial or set()) | {id(f) for f in targets}
        elif b < len(tk.lower) and tk.lower[b] in ("'s", "’s"):
            # "over its coverage of last week's attack": a possessive date is the noun's after it,
            # not the clause's (the suspension), and no frame's when no trigger follows
            targets = [f2 for f2 in frames if any(b < tsp[id(t)][0] <= b + 4 for t in f2.triggers)][:1]
        else:
            f = owner(d.start, None, True)
            w = _when_after(tk.lower, b)
            if w >= 0:
                # "since August 2020, when soldiers ... detained the president", "in July 2024,
                # when the rebels killed ...": the date is the when-clause's (its first frame);
                # a span's start ("since") dates nothing before it
                fw = None
                for f2 in frames:
                    h = min(tsp[id(t)][0] for t in f2.triggers)
                    if w < h <= w + _OWN_AFTER and (fw is None or h < fw[0]):
                        fw = (h, f2)
                if fw is not None:
                    targets = [fw[1]] if tk.lower[a - 1] == "since" or f is None or f is fw[1] else [f, fw[1]]
                    for f in targets:
                        if f.date is None or f.date_how != "own" or f.date.start > d.start:
                            f.date, f.date_how = d, "own"
                    continue
            if f is None and len(frames) == 1:
                unowned = (unowned or []) + [(a, b, d)]
            targets = [f]
        for f in targets:
            if f is None or (f.date is not None and f.date.start < d.start and f.date_how == "own"
                             and not (initial and id(f) in initial and _clause_own_date(f, d, frames, tsp))):
                continue
            if not _may_date(tk, f, d, b):
                continue  # "the attack ... since 2015": the event is already dated ("the July attacks" is)
            f.date, f.date_how = d, "own"
    if unowned is not None and frames[0].date is None:
        _date_from_afar(tk, frames[0], unowned, tsp, sa)
    if older:
        for f in older:
            if f.date is None:
                f.generic = True  # "..., which had been set up after a massacre of 160 villagers"
    siblings = _date_siblings(tk, frames, tsp) if len(frames) > 1 else None
    # an office holder's place is not the event's ("president of the Ségou regional council",
    # "the mayor of nearby Ouenkoro")
    # (each place tested once: a frame's places are the sentence's)
    office = None
    if places:
        office = {}
        for a, b, p in _span_items(tk, places):
            if _office_place(tk, p, a, b):
                office[id(p)] = (a, b)
        if office and not any(id(p) not in office and p.feature.startswith("P.") for p in places):
            # but with no other town, the office holder who is the victim names the event's
            # place ("gunmen abducted the mayor of Dargol", "the village chief of Zanvalena was
            # abducted", "the mayor of Dargol, a rural commune in Niger's Tillabéri region close
            # to the border with Burkina Faso"; not "arrested the governor of Tillaberi in Niamey")
            office = {k for k, (a, b) in office.items() if not _office_victim(tk, a, b, frames, tsp)}
        else:
            office = set(office)
    # "the tri-border zone shared by Mali, Burkina Faso and Niger": the countries describe the
    # zone (places' qualifier "zone", lexicon country_references), not where the event happened
    zone = {id(p) for p in places if p.qualifier == "zone" and p.feature == "country"} if places else None
    if zone:
        office = (office or set()) | zone
    if office:
        places = [p for p in places if id(p) not in office]
        for f in frames:
            if f.places:
                f.places = [p for p in f.places if id(p) not in office]
    # places
    if len(frames) > 1:
        for f in frames:
            f.places = []
        for p in places:
            f = owner(p.start)
            if f is not None and f.definite and p.start < f.head.start:
                f = owner(p.start, [g for g in frames if not g.definite])
            if f is not None:
                f.places.append(p)
        if not _REL_OPEN.isdisjoint(tk.lower[sa : tk.at(frames[-1].end - 1) + 1]):
            # (a place in a relative clause about another noun is no frame's, see _frame and
            # _relative_places, which reads "that"/"which" clauses only)
            sent_trs = [t for g in frames for t in g.triggers]
            for f in frames:
                if f.places:
                    f.places = _relative_places(tk, f.places, tsp[id(f.head)][0], tk.at(f.start),
                                                tk.at(f.end - 1) + 1, sent_trs, tsp)
        # a ", where ..." clause tells what happened at the place right before it ("then raided
        # the village of Dinara, where four villagers were killed"): its place, not the
        # sentence's first event's
        if "where" in tk.lower[sa : tk.at(frames[-1].end - 1) + 1]:
            for f in frames:
                if not f.places and not f.definite and not f.generic:
                    p = _where_place(tk, f, places)
                    # (not at a gathering: "rallied outside the embassy in Niamey, where some
                    # set fire to a door" tells the demonstration's own acts)
                    if p is not None and not any(family_of(g.type_key) == "protest" and any(q is p for q in g.places)
                                                 for g in frames):
                        f.places = [p]
        # a frame dated by its clause's sibling happened where that one did ("left their camp
        # at Ber, near Timbuktu, in August amid fighting": the fighting at Ber)
        for f, g in siblings or ():
            if not f.places:
                f.places = list(g.places)
        # violence with no place of its own happened where the sentence says
        # ("its convoy was attacked twice as it withdrew from Ber")
        strategic_places = [p for g, fam in zip(frames, families) if fam == "strategic" for p in g.places]
        if strategic_places:
            for f, fam in zip(frames, families):
                if fam == "violence" and not f.places:
                    hs = f.head.start
                    f.places = [min(strategic_places, key=lambda p: abs(p.start - hs))]
    # figures
    if len(frames) == 1:
        # one frame: the sentence's figures are its own when it takes figures at all (speed)
        f, fam = frames[0], families[0]
        f.claims = list(claims) if fam == "violence" or (fam == "protest" and f.type_key == "excessive_force") else []
        return
    takers = [f for f, fam in zip(frames, families) if fam == "violence" or (fam == "protest" and f.type_key == "excessive_force")]
    for f in frames:
        f.claims = []
    for c in claims:
        if len(takers) > 1:
            # a figure inside a frame's own clause is that frame's ("the rebels denounced the
            # airstrikes and claimed that 20 civilians had been killed by a drone": the drone's)
            inside = [f for f in takers if f.start <= c.start < f.end]
            f = (owner(c.start, inside) or inside[0]) if inside else owner(c.start, takers)
        else:
            f = takers[0] if takers else None
        if f is not None:
            f.claims.append(c)


#: Words between a place and the ", where" that tells what happened there ("the village of
#: Dinara, where", "Dinara village, where", "Dinara commune (Tillaberi region), where").
_WHERE_GAP = _PLACE_NOUNS | frozenset(("region", "province", "commune", "department", "area", "(", ")"))


def _where_place(tk: _Toks, f: Frame, places) -> PlaceMention | None:
    """The place a frame's ", where ..." clause is about: the last place before the comma, over
    settlement words and a parenthesis ("raided the village of Dinara, where four villagers were
    killed"); over an apposition that situates it ("Dinara, in the Tillaberi region, where",
    "the hamlet of Dinara, a few kilometres east of the town, where", "Dinara, a village near
    Tera, where") the place the apposition describes."""
    low = tk.lower
    k = tk.at(f.start)
    if k < 2 or low[k] != "where" or low[k - 1] != ",":
        return None
    ends = None

    def ending_at(j: int):
        nonlocal ends
        while j > 0 and low[j] in _WHERE_GAP:
            j -= 1
        if ends is None:
            ends = {tk.span(p.start, p.end)[1] - 1: p for p in places}
        return ends.get(j)

    # an apposition between two commas (no clause of its own: no trigger, no other punctuation)
    c = k - 2
    while c > k - 2 - _APPOSITION_REACH and c > 0 and low[c] not in _RELATIVE_END:
        c -= 1
    if c > 0 and low[c] == "," and (low[c + 1] in _APPOSITION_OPEN or tk.like_num[c + 1]):
        p = ending_at(c - 1)
        if p is not None:
            return p
    return ending_at(k - 2)


#: Words that open an apposition situating a place ("Dinara, a village near Tera,", "Dinara, in
#: the Tillaberi region,", "Dinara, some 20 km from the town,", "Dinara, located ...").
_APPOSITION_OPEN = frozenset("a an some about around nearly almost in near outside located situated".split())
#: How far back the comma that opens such an apposition may stand.
_APPOSITION_REACH = 10


#: Verbs of phase whose object is the event itself, told now ("completed the withdrawal").
_PHASE_VERBS = frozenset("completed completes completing complete began begun begins beginning started starts "
                         "starting finished finishes finalised finalized concluded".split())
#: Rulers whose seat names no event's place ("the junta in Niamey", "the government in Bamako").
_RULERS = frozenset(("junta", "juntas", "government", "regime"))
_OFFICE = frozenset("mayor governor president prefect chief head minister official officials council councillor lawmaker deputy mp".split())
#: Words between "of" and an office holder's place: determiners and descriptive adjectives
#: ("governor of the restive north-eastern Tillaberi region").
_OFFICE_PLACE_SKIP = frozenset(
    """the nearby neighbouring neighboring central northern southern eastern western north south east
    west northeastern northwestern southeastern southwestern north-eastern north-western south-eastern
    south-western far - restive troubled volatile remote vast sprawling neighbouring border
    conflict-hit""".split())
_OFFICE_AFTER = frozenset("regional council governor mayor prefect municipal".split())


#: Subjects that point back to the agent of the incident told before ("and on 5 May they ...").
_BACK_SUBJECTS = frozenset(("they", "it", "he", "she"))


def _elided_subject(tk: _Toks, a: int, head: TriggerMention, tsp) -> bool:
    """Whether the segment starting at token ``a`` reaches its head verb over only the words that
    open it (",", "and", a date and its lead words) and at most a pronoun subject: "..., and on
    5 May ambushed a patrol", "and in early May they attacked a convoy"."""
    if head.pos != "verb" or head.passive:
        return False
    low, num = tk.lower, tk.like_num
    h = tsp[id(head)][0]
    k = h - 1
    if k >= a and low[k] in _BACK_SUBJECTS:
        k -= 1
    while k >= a and (low[k] in (",", "and") or low[k] in _DATE_LEAD or low[k] in _WEEKDAYS
                      or low[k] in _MONTHS or num[k] or low[k] in ("last", "next", "this", "following")):
        k -= 1
    return k < a


def _opened_by_date(tk: _Toks, frames: list[Frame], event_dates, sa: int) -> set[int]:
    """The ids of the frames (after the sentence's first) whose span opens with "," or "and"
    followed by a date that opens a coordinated clause (:func:`_coordinated_date`), or with a
    span of time before "after"/"before" (", three months after an Austrian woman was seized
    ... in January": another incident, of its own time, see :func:`_dated_segments`)."""
    low = tk.lower
    out = set()
    for f in frames:
        k = tk.at(f.start)
        if k > sa and low[k] in _RELATIVE_PLACE and any(f.start <= d.start < f.end for d in event_dates):
            out.add(id(f))  # "..., where 160 people had been massacred in March 2019": its own date
            continue
        if k <= sa or low[k] not in (",", "and"):
            if k > sa and (low[k] in _LAPSE_COUNTS or tk.like_num[k]):
                j = k + 1
                while j < len(low) - 1 and (low[j] in _LAPSE_COUNTS or tk.like_num[j]):
                    j += 1
                if low[j] in _LAPSE_UNITS and low[j + 1] in _AFTER_BEFORE and any(f.start <= d.start < f.end for d in event_dates):
                    out.add(id(f))
            continue
        for d in event_dates:
            a = tk.at(d.start)
            if k < a <= k + 5 and _coordinated_date(low, a, k - 1) is not None:
                out.add(id(f))
                break
        else:
            j = k + 1
            while j < len(low) - 1 and (low[j] in _LAPSE_COUNTS or tk.like_num[j]):
                j += 1
            if j > k + 1 and low[j] in _LAPSE_UNITS and low[j + 1] in _AFTER_BEFORE \
                    and any(f.start <= d.start < f.end for d in event_dates):
                out.add(id(f))  # (with a date of its own: else the sentence's, near enough)
            elif low[k] == "," and low[k + 1] in _AND_RELATIVE and any(f.start <= d.start < f.end for d in event_dates):
                out.add(id(f))  # ", and a Swiss woman was abducted ... in April": its own date
    return out


def _end_of(items, m) -> int:
    return next((it[1] for it in items if it[2] is m), -99)


def _end_before(items, m, k: int) -> int:
    """The last token end, at or before token ``k``, of a mention of ``m``'s actor ("Wagner ...
    its fighters and Malian soldiers": the fighters are Wagner's too), else ``_end_of``."""
    best = -99
    for it in items:
        if it[1] <= k and it[1] > best and (it[2] is m or it[2].actor == m.actor):
            best = it[1]
    return best if best > -99 else _end_of(items, m)


def _office_place(tk: _Toks, p: PlaceMention, a: int | None = None, b: int | None = None) -> bool:
    """A place named as an office holder's ("mayor of nearby X") or as a destination ("towards
    X"), not as where something happened. ``a, b``: the place's token span, when the caller has it."""
    if a is None or b is None:
        a, b = tk.span(p.start, p.end)
    low = tk.lower
    k = a - 1
    while k >= 0 and low[k] in _OFFICE_PLACE_SKIP:
        k -= 1  # "a former governor of the central Mopti region", "mayor of nearby X"
    w = low[k] if k >= 0 else ""  # (speed: the word read once, one test per case)
    if w == "of":
        if k >= 1 and low[k - 1] in _OFFICE:
            return True
    elif w == "in":
        if k >= 1 and low[k - 1] in _RULERS:
            return True  # "after the junta in Niamey demanded their departure": the rulers' seat
    elif w in ("towards", "toward") or (w == "for" and k >= 1 and low[k - 1] in ("left", "bound", "heading")):
        return True  # a destination ("a stopover towards Kidal", "left Gao for Kidal")
    return b < len(low) and low[b] in _OFFICE_AFTER


#: Words between a violent verb and the office holder it harms ("abducted the deputy mayor of",
#: "killed a former village chief of").
_OFFICE_LEAD = frozenset("the a an its their his her local former deputy village district municipal "
                         "regional traditional customary two three".split())
#: Words between an office holder's place and the passive verb that harms him ("the mayor of
#: Dargol was abducted", "... has reportedly been killed").
_OFFICE_PASSIVE = frozenset("was were is are has have had been reportedly also allegedly himself".split())


def _office_victim(tk: _Toks, a: int, b: int, frames: list[Frame], tsp) -> bool:
    """Whether the office holder whose place is tokens ``a:b`` ("mayor of X") is the victim of a
    trigger of ``frames``: the object of its verb or noun ("gunmen abducted the mayor of Dargol",
    "the kidnapping of the mayor of Dargol", "killed the prefect of Tongomayel") or the subject
    of its passive ("the village chief of Zanvalena was abducted"); not a speaker ("the mayor of
    nearby Dargol said")."""
    low = tk.lower
    k = a - 1
    while k >= 0 and low[k] in _OFFICE_PLACE_SKIP:
        k -= 1
    if k < 1 or low[k] != "of" or low[k - 1] not in _OFFICE:
        return False  # (a ruler's seat, a destination: never the victim's)
    j = k - 2
    while j >= 0 and (low[j] in _OFFICE or low[j] in _OFFICE_LEAD):
        j -= 1  # "abducted the deputy mayor of", "killed a former village chief of"
    if j > 0 and low[j] == "of":
        j -= 1  # "the kidnapping of the mayor of X"
    i = b
    while i < len(low) and low[i] in _OFFICE_PASSIVE:
        i += 1
    for f in frames:
        for t in f.triggers:
            ta, tb = tsp[id(t)]
            if tb - 1 == j or (t.passive and ta == i > b):
                return True
    return False


def _be_before(tk: _Toks, t: TriggerMention) -> bool:
    a, _ = tk.span(t.start, t.end)
    k = a - 1
    while k >= 0 and (tk.lower[k] in ("also", "not", "reportedly", "allegedly", "already", "just") or tk.lower[k].endswith("ly")):
        k -= 1
    return k >= 0 and tk.lower[k] in ("was", "were", "been", "being", "is", "are", "be", "had", "has", "have")


def find_agent_cues(doc, sentences: list[Sentence], actors: list[ActorMention]) -> dict[int, ActorMention]:
    """Per sentence, the agent named by a role phrase ("X claimed responsibility", "blamed the
    attack on X", "carried out by X"), whether or not the sentence holds a trigger."""
    tk = text_mod.token_arrays(doc)
    out: dict[int, ActorMention] = {}
    cached = doc.user_data.get("_frames_cues")
    if cached is not None and cached[0] == id(actors):
        seen, by_sent = cached[1], cached[2]  # (build_frames' grouping of this very list)
    else:
        seen, by_sent = {}, text_mod.by_sentence(_by_start(actors))  # (each sentence's in text order)
    low = tk.lower
    for s in sentences:
        if s.index in seen:
            if seen[s.index] is not None:
                out[s.index] = seen[s.index]
            continue
        ms = by_sent.get(s.index)
        if not ms:
            continue
        sa, sb = tk.span(s.start, s.end)
        if _CUE_FIRST.isdisjoint(low[sa:sb]) or not _may_hold_cue(low[sa:sb]):
            continue  # no cue phrase: nothing to find (speed: skips the actor items of most sentences)
        cue = _agent_cue(tk, _actor_items(tk, ms), sa, sb)
        if cue is not None:
            out[s.index] = cue
    return out


def _since(tk: _Toks, d: DateMention, a: int | None = None) -> bool:
    """"since 2015", "for years": a span running up to now, not the date of one incident.
    ``a``: the date's first token, when the caller has it."""
    if a is None:
        a, _ = tk.span(d.start, d.end)
    if not (a > 0 and tk.lower[a - 1] in ("since", "for") and d.precision in ("year", "month")):
        return False
    # "since August 2020, when soldiers ... detained the president": the start of the span is
    # the date of the when-clause's event
    return _when_after(tk.lower, tk.span(d.start, d.end)[1]) < 0


#: Relative words that open a clause about a noun told before ("the camp, which had been set up
#: after a massacre"); not "that", which also opens reported speech ("said that jihadists had").
_RELATIVE_OPEN = frozenset(("which", "where", "who", "whom", "whose"))


def _earlier_relative(tk: _Toks, f: Frame, tsp, b: int) -> bool:
    """Whether every trigger of ``f`` stands in a relative clause in the pluperfect after the
    sentence's opening date (ending at token ``b``): "Earlier this month, the mission withdrew
    from its camp in X, which had been set up after a massacre of 160 villagers" tells an earlier
    time than the date, which dates the main clause only."""
    low = tk.lower
    for t in f.triggers:
        a = tsp[id(t)][0]
        k, had = a - 1, False
        while k >= b and low[k] not in _RELATIVE_OPEN:
            if low[k] in (".", ";", ","):
                return False  # (a comma closes the relative clause: "where fighters had regrouped, neutralizing")
            if low[k] == "had":
                had = True
            k -= 1
        if k < b or not had:
            return False
    return bool(f.triggers)


def _when_after(low: list[str], b: int) -> int:
    """The token index of a "when" right after a date ending at token ``b`` ("in August 2020,
    when ...", "since 2012 when ..."), else -1."""
    if b < len(low):
        if low[b] == "when":
            return b
        if low[b] == "," and b + 1 < len(low) and low[b + 1] == "when":
            return b + 1
    return -1


_REPORT_GAP = frozenset("on late early last this , in a its the".split())
#: Reporting verbs that are also common nouns ("attacked two army posts on Monday"): they make
#: the date after them a report date only right after (see :func:`_report_date`).
_REPORT_NOUNLIKE = frozenset("posts reports states notes issues quotes".split())
#: Nouns for a text or broadcast (data/reference/media.yaml, shared with dates): a date after them
#: ("in a statement broadcast on state television on Monday") says when it was published.
_MEDIUM = text_mod.media_lexicon()["nouns"]
#: Words that may stand between a reporting verb or medium noun and its date: the medium
#: phrase of media.yaml ("posted on its Telegram channel", "read on national television", "told
#: reporters").
_MEDIUM_GAP = _REPORT_GAP | text_mod.media_lexicon()["phrase_words"]
#: How a text went out: the verb after its medium noun and the speaker ("a statement from the
#: general staff read on ..."), and how many tokens back that noun may be; a comma or a clause
#: word stops the search.
_ISSUED = text_mod.media_lexicon()["issue_verbs"]
_SPEAKER_SPAN = 7
_CLAUSE_STOP = frozenset(", ; : . that which who and".split())
#: Medium words a station's name follows right before a date ("on state broadcaster RTN late Friday").
_OUTLET_WORDS = text_mod.media_lexicon()["stations"]
#: Reporting verbs whose object is the hearer ("told AFP on Friday").
_TOLD = frozenset(("told", "tells", "informed"))
#: Verbs of a count of the dead that a perfect and "by <date>" tell as standing by then ("nine
#: bodies had been recovered by Friday morning", "the toll had risen to 20 by Sunday"): that
#: date is when the count was made, not the incident's day.
_COUNTED_BY = frozenset("""recovered found counted buried retrieved collected identified risen climbed rose reached
    increased""".split())
_PERFECT = frozenset(("had", "has", "have"))
#: How far (tokens) a date may sit after a reporting verb or medium noun (over medium words).
_REPORT_BACK = 10
#: Reporting verbs that make a sentence-opening date a report date ("On Monday, the army said").
_OPENING_SAY = REPORT_VERBS - frozenset("according claimed claims alleged alleges statement".split()) - _REPORT_NOUNLIKE
#: Words before a reporting verb that make it passive ("were reported killed"): no speaker.
_BE = frozenset("was were is are been be being".split())
#: First words of a sentence-opening adverbial that can hold a date ("In the early hours of
#: Sunday 12 May,", "The day after, Thursday 11 January,", "Two days later, on Thursday,").
_OPENING_LEAD = frozenset(
    """on in at during late early earlier later the a one two three four five six several some by
    around overnight last this shortly just according then and but""".split()
)
#: Words between a comma or a coordinating "and" and the date that opens a phrase or a new clause
#: ("According to X, on Tuesday 9 January", "and in early May", "and on the night of"). (It was
#: also defined, with "mid" and without "afternoon hours dawn", before the coordination rules that
#: read it; the later definition was the one in force, so that one stays.)
_DATE_LEAD = frozenset("on in at early late the of night morning evening afternoon hours dawn during".split())
#: Longest opening adverbial before its date (tokens), and the most tokens between the date and
#: the comma that closes it ("On Thursday at dawn,").
_OPENING_MAX = 10
_OPENING_TAIL = 3
#: How far after an opening date's comma its reporting verb may come ("the army's general staff said").
_OPENING_SAY_MAX = 10
_SENTENCE_END = frozenset(".!?")  # (tokens that end a sentence)


def is_report_date(doc, d: DateMention) -> bool:
    """Whether a date says when something was said ("said on Tuesday") rather than happened.

    Uses the sentence starts, trigger positions and dates :func:`build_frames` left on ``doc``
    when it ran on it (else no sentence-opening date is a report date)."""
    tk = text_mod.token_arrays(doc)
    cached = doc.user_data.get("_frames_dates")
    sa = trig_tok = None
    sentence_dates: list[int] | tuple = _EMPTY
    if cached is not None:
        starts, trig_tok, date_starts = cached
        k = bisect.bisect_right(starts, d.start) - 1
        if k >= 0:
            sa = tk.at(starts[k])
            end = starts[k + 1] if k + 1 < len(starts) else len(tk.text) + 1
            sentence_dates = date_starts[bisect.bisect_left(date_starts, starts[k]) : bisect.bisect_left(date_starts, end)]
    return _report_date(tk, d, None, sa, trig_tok, sentence_dates)


#: Verbs of a toll revised ("raised the toll on Monday to 15", "the toll was revised on Monday").
_TOLL_REVISE = frozenset("""raised raising raises revised revising revises updated updating updates lowered
    lowering lowers increased increasing rose risen climbed""".split())
#: Words between such a verb and its date ("raising it on Monday", "revised the death toll late on Monday").
_TOLL_REVISE_GAP = frozenset("it the its death toll figure on by late early".split())
_TOLL_OBJECTS = frozenset(("it", "toll", "figure"))
_TOLL_NOUNS = frozenset(("toll", "tolls", "figure", "figures", "dead", "deaths", "bodies"))
#: The new figure told between such a verb and its date ("rose to nine on Wednesday", "raised it to 15 on Monday").
_TOLL_NEW_FIGURE = frozenset("to at three four five six seven eight nine ten eleven twelve".split())


def _toll_revised(low: list[str], a: int, b: int) -> bool:
    """Whether the date at tokens ``[a, b)`` says when a toll was revised, in a sentence that
    speaks of a toll: after the verb ("initially put the death toll at 12, before raising it on
    Monday to 15", "the toll was revised on Monday") or before it ("On Monday, the toll rose to
    15"). That day is when the figure was given, not when the event happened."""
    lo = a - 14 if a > 14 else 0
    if _TOLL_NOUNS.isdisjoint(low[lo : b + 14]):
        return False  # (speed: the last test first, one C-level test for most dates)
    k = a - 1
    # (the new figure may come between: "the toll rose to nine on Wednesday")
    while k >= 0 and a - k <= 5 and (low[k] in _TOLL_REVISE_GAP or low[k] in _TOLL_NEW_FIGURE or low[k].isdigit()):
        k -= 1
    before = k >= 0 and k < a - 1 and low[k] in _TOLL_REVISE
    if before and _TOLL_OBJECTS.isdisjoint(low[k + 1 : a]):
        # the verb's subject must be the toll ("the toll was raised on Monday"; not "fighting
        # rose on Monday")
        j = k - 1
        while j >= 0 and k - j <= 3 and low[j] in ("was", "were", "has", "had", "been", "have"):
            j -= 1
        before = j >= 0 and low[j] in _TOLL_OBJECTS
    if not before:
        j = b
        while j < len(low) and j - b <= 7 and (low[j] in _TOLL_REVISE_GAP or low[j] in (",", "the", "was", "has", "had",
                                                                                      "been", "official", "provisional")):
            j += 1
        if not (j < len(low) and j > b and low[j] in _TOLL_REVISE and "toll" in low[b:j]):
            return False
    return True  # (a toll noun is near: tested first)


def _report_date(tk: _Toks, d: DateMention, ab: tuple[int, int] | None = None, sa: int | None = None,
                 trig_tok: list[int] | None = None, sentence_dates=_EMPTY) -> bool:
    """A date that says when something was said, not when the event happened:

    * right after a reporting verb or a medium noun, over a medium phrase ("said on Tuesday",
      "in a statement broadcast on state television on Monday", "said in a message posted on its
      Telegram channel on Saturday", "told AFP on Friday");
    * right before a reporting verb ("the government Wednesday confirmed");
    * "claimed responsibility on Friday";
    * opening the sentence, when its subject and a reporting verb follow before any trigger and
      the sentence dates the event itself after the verb ("On Monday, the army said it had
      regained control of X on Sunday", "Earlier this week, a security source told AFP that ...
      on Saturday"; not "On Monday, gunmen killed 12 villagers, officials said"). Without a
      later date the opening date stays the event's, the only day the text gives for it ("Late
      on Tuesday, the army said that it had launched an attack").

    ``ab``: the date's token span, ``sa`` the sentence's first token, ``trig_tok`` the sorted
    first tokens of the article's triggers, ``sentence_dates`` the sorted start characters of
    the sentence's dates, when the caller has them (without ``sa`` or ``sentence_dates`` no
    opening date is a report date; without ``trig_tok`` a comma ends the speaker phrase)."""
    a, b = ab if ab is not None else tk.span(d.start, d.end)
    low = tk.lower
    if a > 0 and low[a - 1] in ("the", "a", "this", "that"):
        return False  # "said the Sunday attack": the date modifies the event noun
    if "responsibility" in low[a - 3 if a > 3 else 0 : a]:
        return True  # "claimed responsibility on Friday for an attack"
    if a >= 4 and low[a - 1] == "on" and low[a - 2] in _CLAIMED_NOUNS and low[a - 3] in ("the", "this", "that") \
            and low[a - 4] in _CLAIM_VERBS and trig_tok and trig_tok[0] < a - 4:
        return True  # "JNIM claimed the attack on Tuesday, saying ..." after the incident was told: the claim's day
    if a >= 3 and low[a - 1] == "by" and not _COUNTED_BY.isdisjoint(low[a - 5 if a > 5 else 0 : a - 1]) \
            and not _PERFECT.isdisjoint(low[a - 6 if a > 6 else 0 : a - 1]):
        return True  # "nine bodies had been recovered by Friday morning": when the count stood
    if _toll_revised(low, a, b):
        return True  # "before raising it on Monday to 15": when the figure was given

    # back over the medium phrase to a reporting verb or medium noun ("said in a statement
    # broadcast on state television on Monday"); not "reported losses between July 22 and 27"
    k, stop = a - 1, (a - _REPORT_BACK if a > _REPORT_BACK else 0)
    text, idx = tk.text, tk.idx
    comma = False
    while k >= stop:
        w = low[k]
        if w in REPORT_VERBS:
            if w not in ("according", "claimed", "claims") and (w not in _REPORT_NOUNLIKE or k == a - 1):
                return True
            break
        if w in _MEDIUM:
            return not comma  # not "According to the communique, on Tuesday 9 January, ..."
        if w == ",":
            comma = True
        if w in _MEDIUM_GAP or (k > 0 and text[idx[k]].isupper() and (
                low[k - 1] in _OUTLET_WORDS or (k < a - 1 or low[k - 1] in _MEDIUM_GAP) and (
                    low[k - 1] in _MEDIUM_GAP or low[k - 1] in _TOLD or text[idx[k - 1]].isupper()))):
            # a medium word, or a name after one ("national television RTB", "told AFP", "state
            # broadcaster RTN"; not "said JNIM on Monday attacked")
            k -= 1
            continue
        if k + 1 < a and low[k + 1] in _ISSUED and not comma:
            # a speaker between the medium noun and how it went out ("a statement from the
            # general staff read on national television on Monday evening", "a communique by
            # the army issued on Friday")
            for j in range(k, max(-1, k - _SPEAKER_SPAN), -1):
                w = low[j]
                if w in _CLAUSE_STOP:
                    break
                if w in _MEDIUM or (w in REPORT_VERBS and w not in ("according", "claimed", "claims")):
                    return True
        break
    for k in range(b, min(len(low), b + 2)):
        if low[k] in REPORT_VERBS and low[k] not in ("according", "statement"):
            return True
    if len(sentence_dates) < 2 or sentence_dates[-1] <= d.start:
        # no later date: the opening date is the event's (speed: most sentences), unless what is
        # said is a count of the dead standing by then, after the incident was told ("On Monday,
        # the governor said that 19 bodies had been recovered")
        return sa is not None and a - sa <= _OPENING_MAX and bool(trig_tok) and trig_tok[0] < sa \
            and _count_said(low, b) and _opening_report(tk, a, b, sa, trig_tok, sentence_dates, True)
    return _opening_report(tk, a, b, sa, trig_tok, sentence_dates)


def _count_said(low: list[str], b: int) -> bool:
    """Whether the sentence after token ``b`` tells a count of the dead in a perfect ("19
    bodies had been recovered", "they had counted 25 dead", "the toll has risen to 20")."""
    if _COUNTED_BY.isdisjoint(low[b : b + 25]):
        return False  # (speed: no count word in reach, no loop)
    for k in range(b, min(len(low), b + 25)):
        w = low[k]
        if w in _SENTENCE_END:
            return False
        if w in _COUNTED_BY and not _PERFECT.isdisjoint(low[k - 3 if k > 3 else 0 : k]):
            return True
    return False


def _opening_comma(tk: _Toks, a: int, b: int, sa: int, trig_tok: list[int] | None) -> int:
    """When the date at tokens ``[a, b)`` is in the sentence's opening adverbial, the token after
    it where the sentence goes on (its closing comma, else ``b`` for a date among the first
    ``_SENTENCE_INITIAL`` tokens); else -1.

    An opening adverbial further in starts with an adverbial word ("In the early hours of Sunday
    12 May,", "The day after, Thursday 11 January,", "Two days later, on Thursday,"), holds no
    trigger nor reporting verb, at most one comma (right before the date's preposition) and is
    closed by a comma at most ``_OPENING_TAIL`` tokens after the date."""
    low = tk.lower
    n = len(low)
    comma = -1
    for k in range(b, b + _OPENING_TAIL + 1 if b + _OPENING_TAIL < n else n):
        if low[k] == ",":
            comma = k
            break
        if low[k] in _SENTENCE_END:
            break
    if a - sa >= _SENTENCE_INITIAL:
        if comma < 0 or a - sa > _OPENING_MAX or low[sa] not in _OPENING_LEAD:
            return -1
        seen_comma = False
        for k in range(a - 1, sa - 1, -1):
            w = low[k]
            if w == ",":
                if seen_comma:
                    return -1
                seen_comma = True
            elif not seen_comma and w not in _DATE_LEAD:
                return -1  # "The army, which arrived on Sunday,": a clause, not an adverbial
            elif w in REPORT_VERBS and w != "according":
                return -1
    end = comma if comma >= 0 else b
    if trig_tok is not None:
        i = bisect.bisect_left(trig_tok, sa)
        if i < len(trig_tok) and trig_tok[i] < end:
            return -1  # a trigger opens the sentence: its date ("Jihadists attacked on Sunday, ...")
    return comma + 1 if comma >= 0 else b


def _opening_report(tk: _Toks, a: int, b: int, sa: int | None, trig_tok: list[int] | None, sentence_dates,
                    counted: bool = False) -> bool:
    """A date opening the sentence, followed by a speaker and a reporting verb before any
    trigger ("On Monday, the army said ...", "Late on Friday, the junta announced ..."), and by
    another date of the sentence after that verb (``sentence_dates``: sorted start characters),
    or by a count of the dead (``counted``, see :func:`_count_said`)."""
    if sa is None or a - sa > _OPENING_MAX:
        return False
    low = tk.lower
    if "," not in low[b : b + _OPENING_TAIL + 1] and a - sa >= _SENTENCE_INITIAL:
        return False  # (speed: most dates are neither first nor closed by a comma)
    c = _opening_comma(tk, a, b, sa, trig_tok)
    if c < 0:
        return False
    n = len(low)
    stop = c + _OPENING_SAY_MAX if c + _OPENING_SAY_MAX < n else n
    nxt = bisect.bisect_left(trig_tok, c) if trig_tok is not None else 0
    if trig_tok is not None and nxt < len(trig_tok) and trig_tok[nxt] < stop:
        stop = trig_tok[nxt]  # the speaker phrase ends at the first trigger
    for k in range(c, stop):
        w = low[k]
        if w in _OPENING_SAY or (w in ("claimed", "claims") and k + 1 < n and low[k + 1] == "responsibility"):
            # "On Sunday, the army said, jihadists attacked ...": a parenthetical, not the speaker's
            # verb; "were reported killed": passive, no speaker
            return k > c and low[k - 1] not in _BE and (k + 1 >= n or low[k + 1] != ",") \
                and (counted or sentence_dates[-1] > tk.idx[k])
        if w in _SENTENCE_END or w == ";" or (trig_tok is None and w == ","):
            return False
    return False
