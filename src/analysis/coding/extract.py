"""The per-article event builder: one article in, its ACLED-style events out.

:func:`code_article` parses the article once, finds every mention (dates, places, actors,
casualty claims, triggers), builds frames (:mod:`analysis.coding.frames`), and turns them
into events by the codebook rules below. Ids stay empty: :mod:`analysis.coding.link` assigns
them once the same event told by several articles has been merged.

Rules (ACLED codebook and the dev set's conventions), in the order they are applied:

1. **The headline incident.** Every frame gets a score (title: the manifest title's trigger
   types when the cleaned text does not carry the title; lead position; trigger strength; a
   place; a date; a casualty figure; violence over strategic developments; minus for a
   reference back, "the attack", or a pattern, "attacks have surged", and for a frame whose own
   date starts more than a month before publication, an incident of another time told as
   background: "the junta, which seized power in a coup in July last year", "In March, 23
   soldiers were killed" in an April story); the best one is the
   *main frame*. Its date is the article's *main date*; without one, the date of a frame of the
   same type in the lead that is not of another time (a date starting more than a month before
   publication: "In October, 23 soldiers were killed" does not date an undated clash in a
   November story) (its first four sentences of prose: page furniture such as "Issued on:
   ...", "Text by: RFI", "Le Monde with AFP", a headline or a line without a full stop does not
   count), else the first date of the lead that is not a report date, else a
   report date of the lead ("announced on Wednesday night a coup"), else the week ending on the
   publication day (precision week). Without a publication date, the latest fully dated
   expression of the text (or of the raw page) stands in for it. The title block is the
   headline and its standfirst (a second headline-style line before the lead: "One soldier
   killed in clashes as air force strikes hideouts, army says"); a crosshead (a short line of
   the body without closing punctuation between lines of prose: "Lakurawa attack in Tahoua";
   heading or prose is :func:`analysis.coding.text.ends_prose`, shared with dates: a line ending
   in ":" introduces a list or quote and is prose)
   is never the headline incident and opens no event: it may only join one told in the body.
2. **One event per location per day and type.** Frames merge into one event when they belong to
   the same family (violence, demonstrations, strategic developments), have compatible types (a
   battle absorbs the strike, killings, looting or abduction that were part of it; strategic
   developments merge only with their own sub-event type), compatible dates (a frame without a
   date of its own belongs to the main day; a coarser own date, "raids in June killed 40", is a
   summary of other incidents) and compatible places (the same name, or one is a region holding
   the other, or one has none; a lead that tells the headline incident undated near a district's
   town, "near the southern town of Gaya", and a body that dates it at a village of that district,
   "late on Sunday near the village of Bengou", tell one incident: the village is its place).
   "The attack" without a date of its own refers back to the event
   already told and only lends its place when that event has no town yet. The merged type is
   the headline frame's, upgraded to Armed clash by a frame that tells fighting itself (a clash
   word, or a named agent against an armed target; not a reference back naming the attacker,
   "JNIM said its fighters had carried out the attack") and to a territorial Battles sub-type by a
   frame telling the change of control at the same place or with its own date. A state force's
   "attack" told only as air or drone strikes is the Air/drone strike (the title block, which
   may tell clashes and strikes at once, does not count; the body's strike then gives the roles).
   An attack whose frames tell people taken and no one killed (no killing frame, no standing
   death claim) is an Abduction/forced disappearance, also when the taking is told in another
   clause than the attack ("Gunmen stormed the mine site ... They took away five workers").
   An exchange of fire in a kidnapping that names no force ("a security guard was wounded in an
   exchange of fire") is the guards' resistance, part of the abduction (:func:`_kidnap_resistance`);
   civilians taken in a battle that killed no civilians ("ambushed an army-escorted convoy ...,
   abducting several drivers") are an abduction event of their own beside it, at its place and
   day (:func:`_split_abductions`).
3. **An attack on several towns is one event per town**: places coordinated in one clause ("in
   Mopti, a city in central Mali, as well as in Sokolo and Kalumba") give one event each, on
   the same day; the figures told of any of them are pooled and split evenly (remainder to the
   first, :func:`analysis.coding.claims.split_toll`), and the split is noted, unless the text gives
   towns their own figures ("29 people were killed in Gomboro and 19 in Kassan": each town's, the
   joint figures split no more; an event of its own told at a town of the list on its day is that
   town's, :func:`_absorb_same_place`, :func:`_placed_tolls`); so are a background
   or a separate incident's ("On July 1, its fighters attacked army positions in Kayes, Nioro du
   Sahel and several other towns": Kayes and Nioro), a background list's joint toll going to its
   first-named place (dev-set README; the others have none). Only a conjunction makes a list ("X, Y and
   Z", "X and Y", "X, Y and several other towns"): a comma alone locates a town ("near Ouallam,
   also in Tillaberi"). Several countries named as one actor of a national-level strategic
   development ("Burkina Faso, Mali and Niger have withdrawn from ECOWAS") give one event per
   country, each by its government (not an agreement they sign together: one event between them).
   A reference back to fighting of another kind than the headline ("the most recent fighting",
   "the group involved in the previous combat" after a story about air strikes) belongs to the
   latest earlier background event of its type, and so do the undated sentences right after it
   that go on about that fighting ("bloggers estimated 20 dead", "JNIM claimed 50"). An incident
   placed "along the same road", "in the same area" happened at the place of the event told
   before it. A frame with no date, no place and no reference back of its own, in a sentence
   that tells nothing dated or placed, right after a sentence telling a dated or placed event of
   its family ("... killed 31 fighters near Bosso on Thursday. Four soldiers were killed, it
   said.") goes on about that event, whichever it is (not the main day's), looking back over the
   sentences of its paragraph that tell nothing dated or placed ("... near Bagaroua on Sunday.
   The fighters also made off with cattle. A local NGO said 13 people had died."); a sentence
   that only gives the toll again ("According to a new toll obtained this Wednesday morning
   from medical sources at the Bankass health centre, 11 ...") goes on about the event told
   before it, its date and place being the report's. Such a frame right after a sentence that
   tells no event but sets the scene for one of its actors with a date and a town ("On February
   3, a convoy of soldiers entered Diafarabe." + "Residents said the soldiers shot dead 12 men.")
   happened then and there. A sentence telling where the headline incident happened, a definite
   noun with a verb of happening ("The strike happened Sunday evening in Wakara, a village west
   of Douentza", "The attack took place about 30 km north of Diabaly", "the ambush occurred near
   X"), on its day or undated, places it at its town, over a place the lead or another account
   gave it ("a blockade on the town of Lere", "an operation in the Douentza area"). A clause's
   place is the town bound to its event word ("came under fire near Koalou", "attacked ... 15
   km north of Bourzanga"), not a town named before it that
   only tells who or what was there ("troops conducting a sweep around Pama", "residents of
   Djibo"), a cargo's destination ("a convoy carrying food to Djibo", when another town is
   named), a journey's end ("a boat sailing from Mopti to Timbuktu": both ends), a place people
   fled to ("villagers fled toward the town of Bankass", "sought refuge in Mopti"; not "fled
   from X"; the verbs: places.yaml ``flight_verbs``, which also make a country fled to a
   reference), where the wounded or captives were taken ("wounded and taken to Douentza for
   treatment", "evacuated to Mopti", "being treated at the hospital in Gao"), a vessel's name
   ('the boat "Tombouctou"', "the ferry named Timbuktu"), a road's far end ("the road
   between Gao and Ansongo", "the
   Gao-Ansongo road": Gao; "..., a few kilometres from the village of Kani-Bonzon": Kani-Bonzon)
   or a town's area named after it ("Makalondi, in the Torodi department", "the Kantchari area of
   Tapoa province"), nor a place of a clause telling what the event led to ("..., causing long
   queues at petrol stations in Bamako", "..., sparking shortages in the capital"; an event told
   inside that clause keeps it: "..., prompting protests in Kati"). A journey's end may be told
   with time words between ("traveling Sunday afternoon back to Djibo"). A headline incident the
   lead places only in a country or region ("kidnapped a Spanish nun in southwestern Niger")
   happened at the town of the next sentence, within two, that goes on telling it (its day again
   or its perpetrator, no event or other day of its own: "The nun was taken late Sunday from the
   mission in Makalondi"; :func:`_detail_town`). A looting event that
   takes in an attack, a strike or a bomb of the same place and day is coded as that attack.
4. **Main vs background.** Events on the main date (within its precision) that are not marked
   as a separate incident ("Separately, ...", "another attack"; at another place, a sentence
   opening "Also on Sunday," / "Also Tuesday," / "Also in the Sahel region,": not "Also killed
   was ...") and are not at another place on
   another day named in words (``_other_day``: "a roadside bomb hit a vehicle near Bourem the
   following day" after the Anefis ambush; the one-day night tolerance holds only for one kind of
   act: a clash near Dosso on Monday after a pipeline bombing late on Sunday near Bengou is
   another incident) are ``is_main``, and so is a violent event of the
   main date's week whose toll the headline gives, or whose body frame tells the headline's
   second incident again ("Niger junta arrests ex-minister; army says it killed 31 Boko Haram
   fighters": the Bosso clash told "Separately" is main; the title's own frame is not an event
   of its own then). A lead clause that sums up incidents the story goes on to tell ("executed
   at least 32 civilians in three villages since January", "reprisals have left 26 dead in less
   than a week", "attacks on four villages this week killed 60", "dozens were neutralized during
   air strikes and ground operations over the weekend and on Monday") is no event and its toll
   no event's toll, nor are the violent frames of the title block without a date of their own;
   the incidents dated inside the days it covers are main, and so are the forces' arrests and
   weapons seizures it dates there at a town (an army communique's operations: "security forces
   arrested four suspected suppliers in Fada N'Gourma on Jan. 6"). A digest of the period's news (a
   roundup with no single headline incident: a weekly brief, a monthly CrisisWatch entry, a
   newsletter's "fortnight in review") names the period it covers in its title or in a heading
   line of its page head ("CrisisWatch October 2025", "October 2025 | Africa / Sahel", "THE
   FORTNIGHT IN REVIEW (13-26 October)", "covers the period 3-9 June"): a range of days or a
   calendar month that ended at most a week before publication (:func:`_digest_period`), inside
   which it dates incidents to two days or more. Every incident it dates inside that period is
   its news (main), of any family: the bullets of a roundup are equals. A factbox of history
   names no such period ("Major attacks in Burkina Faso since 2022": a bound, years back) and
   its items stay background; nor is a lead ranking its incident among others ("in one of the
   deadliest assaults since ...", "among the worst attacks on the army") a sum of the incidents
   listed below it. A single-incident wire story names no period (its dateline and byline give
   a day), so nothing changes for it. A lead summary counts only when the text tells, after it,
   an incident with a town and a date of its own inside those days (two for a single day), and
   not when it compares an incident with others ("the latest in a series of attacks",
   "the second attack in less than a week", "its deadliest attack on civilians since March"); an
   incident told "Separately" inside those days is one of them (main). A second incident the lead
   tells without a date or a town, by another named group than the lead's first ("... overran an
   army base. IS Sahel conducted its deadliest attack on civilians in western Niger."), is main
   where the body tells it with a date and a town. A sentence introducing a list ("... shows at least
   five significant attacks since late December:") is prose of the lead. Others are
   background and are kept only when the text gives a place below country level *and* a date of
   their own (dev-set README: vaguer mentions are skipped). Besides the main frame, a frame
   opens a new event only with a place below country level; a demonstration told in the main
   story without a place happened at the main story's place (when the main story has none, a
   national decree, at the dateline's place if it is in the story's country); a demonstration
   and the force met by it ("around 60 people gathered ... to demand the men's release. Police
   fired tear gas to break up the gathering") are one event of the severer sub-type (peaceful <
   with intervention < excessive force); a demonstration on another day than the headline
   incident it answers is background unless the headline tells it too. A year in the first
   sentence that tells an incident, after "since" ("..., the latest in a string of arrests since the
   army seized power in 2023"), bounds its context: it does not make that incident one of another
   time ("In 2012, rebels seized Kidal" is of another time). Looting at the place and day of an
   attack is part of the attack; a national-level main event ("a coup d'etat in the country")
   is the umbrella of the located events of its family and day, not an event of its own.
   An older incident told at "the town" ("The Tillia area has a grim history. In October 2024,
   militants killed 11 soldiers in an attack on the town's military post", "gunmen raided the
   village"), with a date of its own, happened at the town named last before those words, in its
   sentence or the one before. A factbox or timeline item (a line opening with its date) ends at
   a heading line below it ("ANALYSIS" after a newsletter's last bullet): the prose after the
   heading is no item's and takes no item's date.
   A sentence that sets the news told before it against earlier incidents ("The announcement
   comes after a string of deadly attacks", "The move follows a series of raids") makes the
   incidents told from there on background: none of them is the headline incident. A
   demonstration on another day than the violent incident it answers ("On Wednesday, residents
   marched to demand the hostages' release" after Monday night's kidnapping) is background (the
   one-day tolerance is for one incident dated on adjacent days), unless the headline names a
   demonstration, whatever force met it ("police break up protest"). An incident told in a
   relative clause with its own date (", which had already lost some 160 inhabitants in an
   assault in March 2019") happened at the place of the event told before it in its sentence.
5. **Country** of an event: its place's country; without a place, the country named in the
   clause or sentence (not one named as a reference: "near the border with Burkina Faso", "the
   tri-border area with Mali and Niger", "fled towards Niger"), else the nationality of the
   clause's state forces when it is a country of the study ("killed 18 Nigerien soldiers near the
   Burkina Faso border": Niger), else the article's country (the dateline's when the story names
   no other place), at geo precision 3. Datelines ("BAMAKO (Reuters) -", "Ouagadougou, 13 January 2024
   (AIB) -", "Bamako (AMAP) -": a place at the start of a line, an optional country or date, an
   agency in brackets followed by a dash or an acronym in brackets) are where the story was
   filed: never an event place, except for a national-level strategic development that has no
   other place.
6. **Missing roles** (ACLED practice): an unnamed perpetrator is ``Unidentified armed group``; an
   air/drone strike without a named author is the event country's state forces (only states fly
   strike aircraft and armed drones in this theatre); an armed target without an actor word is
   the event country's forces, unless the agent is itself a state or foreign force ("French
   soldiers came under fire", "Senegalese troops repelled an attack on their camp"): its unnamed
   enemy is an ``Unidentified armed group``; a battle whose dead include soldiers is fought with
   the state's forces, not the civilians also killed ("an attack on the boat killed 49 civilians
   and 15 soldiers"); victims are ``Civilians`` (also when the headline
   frame counts civilian dead); a sitting leader held is the government, but not a former, ex-,
   ousted or deposed one, an opposition leader or a leader's relative or aide ("the son of ousted
   President Bazoum": ``Civilians``), and only a leader among the detainees (the words after the
   arrest word up to a reason or a purpose, or the subject of a passive): not the speaker
   ("Interior Minister X said police arrested 12 protesters") nor a purpose ("on suspicion of
   plotting to kill political leaders"); the side held is never the arresting side (the government
   held by the junta: the state's forces hold it; the army's officers held: the government
   holds them). An agreement signed by countries coordinated before the agreement word or after
   "between" ("The military leaders of Mali, Burkina Faso and Niger signed a pact") is between
   their governments: the first is actor1, the second actor2, the others associated. A
   withdrawal's receiver is the host's forces, never the host's government that ordered it ("His
   government ordered French troops to leave, and the last French soldiers pulled out of their
   base"); a side named in a circumstance clause after it
   ("left their base in Gao after relations with the junta broke down", "amid tensions with the
   junta") is no party; unnamed soldiers leaving are the force another clause of the event names
   ("French forces left the country, when the last soldiers pulled out of their base in Gao"). A
   coup's makers ("soldiers toppled President X", "the military seized power", "X was overthrown")
   are the country's forces, the government they overthrew actor2 when the text names it (the
   government acting on its own members, "the junta ousted the prime minister", stays the
   government; the event's own verb is no "ousted" of a former leader). A generic attacker left
   unidentified ("Islamist militants", "terrorists") is the one named group credited with the event: the group named as the agent of one of its
   clauses, a claim or reference back however far from the attack ("JNIM claimed the attack in a
   statement on Monday") or a role phrase of the story; else, when the phrase names the group's
   kind ("jihadists", not "gunmen"), the one group of that kind the whole story names, unless the
   text says no group claimed an attack. "The group", "the al-Qaeda affiliate" as the agent of a
   clause is the one group named just before it (its sentence or the one before). Role phrases of the story ("X claimed
   responsibility", "blamed the army", "residents blame X") name a missing or generic agent of
   the main violent event they follow: the closest after its sentence, none told after another
   main violent event's sentence (a digest's "- 9 May: ... blamed on Islamic State" is that
   item's; a headline's, before any incident, is the first's). Territorial Battles put the side
   that now holds the place as actor1, against the side its clauses name, else the one armed
   group a main story names ("Soldiers retook Arbinda ... The town had been cut off by fighters
   of JNIM"). Events of one raid
   share its named perpetrator; an incident told with no perpetrator word at all in a story
   about one named group is that group's (not another item of a list than the group's event's), if it happened within two weeks of the headline
   event and the text does not say that no group claimed it ("No group had claimed
   responsibility by Thursday" in its sentences or the next). Each default lowers the confidence.
7. **Fatalities** follow :func:`analysis.coding.claims.fatality_range` over the claims of the
   event's sentences (per claimant, deaths of all sides are added up); casualty figures in
   sentences without a trigger ("we lost six men") belong to the main violent event when they
   carry no date of another day. Vague campaign tolls ("thousands have been killed") are never
   an event's; nor is a campaign's toll, which is no event either: a killing whose subject is a
   campaign noun ("the conflict has killed more than 20,000 people", "the insurgency has claimed
   10,000 lives", "jihadist violence has left thousands dead"), a bare plural of incidents in the
   perfect ("attacks have killed 5,000 people this year"), or one told over a span of years or
   months ("since 2015", "over the past three years", "so far this year" with the perfect),
   unless a day or week is told in the clause. A sentence whose only frames are strategic
   developments (which take no figures) gives its figures to the main event too, and a date
   that says when a group was founded ("the FLA, formed in late 2024, ... acknowledged losing
   three of its fighters") does not keep them out.
8. **Foreign actors**: foreign actors among the event's actors and associated actors (partners,
   "working with troops from Burkina Faso"; co-targets, "soldiers and Wagner mercenaries"), the
   foreign forces named with an agent blamed by a role phrase (only for the main story's events,
   at a place the sentence names if it names one: "its Russian mercenaries" in JNIM's claim of
   the Gao attack are no party to JNIM's shelling of Timbuktu a year before), and foreign forces
   said to be at the event's place in a sentence that tells no incident ("Wagner and the FAMa are
   in Anefis"; not a presence that is over, "Gao once hosted UN peacekeepers", "have since left",
   nor one told in a sentence dated on another day or month),
   foreign forces that are a side in one of the event's clauses ("20 Wagner personnel had
   perished"; not a generic army, "attacked an army post", which is the event country's), and the
   countries of foreign civilian victims ("three Chinese nationals and two
   Mauritanians were kidnapped": ACLED's "Civilians (China)"), from the nationality adjectives of
   the actor dictionary; a foreigner taken in an event that is also a fight is as involved, told
   in the abduction's own clause ("kidnapped an Indian engineer ... a guard was wounded in an
   exchange of fire").

Confidence starts at 0.9 and drops for each guess: a default actor (-0.15 actor1, -0.05
actor2), a date taken from the publication day (-0.2) or coarser than a day (-0.1), a place
only at country level (-0.15) or taken from the article rather than the clause (-0.05), only
weak triggers (-0.1), a disputed toll (-0.05), a background mention (-0.1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter, itemgetter
from datetime import date, timedelta
from typing import Sequence

from analysis.cleaning import LIST_MARKS
from analysis.coding import actors as actors_mod
from analysis.coding import claims as claims_mod
from analysis.coding import dates as dates_mod
from analysis.coding import places as places_mod
from analysis.coding import text as text_mod
from analysis.coding import triggers as trig
from analysis.coding import frames as frames_mod
from analysis.coding.frames import Frame, build_frames, family_of
from analysis.records import (
    ActorMention,
    Article,
    ArticleEvent,
    CasualtyClaim,
    DateMention,
    Event,
    MentionRow,
    PlaceMention,
    TriggerMention,
    event_summary,
    resummarise,
)

#: Violence types that a battle absorbs when told as part of it (ACLED: remote violence during
#: a battle is part of the battle; civilians killed in a battle add to its toll).
_BATTLE_ABSORBS = frozenset({"armed_clash", "attack", "kill", "air_strike", "shelling", "ied", "grenade", "looting", "abduction"})
#: Strength below which a lone frame needs a figure or a named actor to be an event.
_WEAK = 0.75
_COUNTRY_FEATURE = "country"
_COORD_WORDS = frozenset("and , as well in or also the of".split()) | places_mod.settlement_nouns()
#: A settlement noun or "city" (places' lexicon), as a pattern: "the town of", "the village of".
_TOWN = places_mod.alternation(places_mod.TOWN_NOUNS)
#: Characters that ``(?i)`` matches to an ASCII letter although ``str.lower()`` does not lower
#: them to it (dotless i, long s, dotted capital I, Kelvin sign).
_FOLD_TRAPS = text_mod.FOLD_CHARS


#: "thousands have been killed": a campaign's toll, never one event's ("hundreds" is a count
#: of one incident, "killed hundreds of villagers in Barsalogho in August 2024": ACLED 100; a
#: campaign's "hundreds" is told as one, see _CAMPAIGN_SUBJ).
_VAGUE_BIG = re.compile(r"(?i)\b(thousands|millions|tens of thousands)\b")
#: Every match of _VAGUE_BIG holds one of these in the lower-cased text (see _plain_lower).
_VAGUE_BIG_HINTS = ("thousands", "millions")


def _event_claims(text: str, low: str | None, claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """The claims that can be an event's: not a campaign's vague toll (:data:`_VAGUE_BIG`).
    ``low``: :func:`_plain_lower` of ``text`` (without a hint word in the article no claim's
    quote can match: one scan of the article instead of a search per claim). A toll counted over
    many incidents is left out with its clause (:data:`_CAMPAIGN_TALLY`)."""
    if low is not None and all(low.find(w) < 0 for w in _VAGUE_BIG_HINTS):
        return claims
    return [c for c in claims if not _VAGUE_BIG.search(text[c.start : c.end])]


_MONTHS = "|".join(text_mod.MONTH_NAMES)
#: A killing verb of a toll ("has killed", "claimed ... lives", "left ... dead", "cost").
_TOLL_VERB = r"(?:killed|kills|claimed|claims|left|leaves|cost|costs|caused|causes)"
#: Text between a toll verb and what follows it inside one clause (a figure's "20,000" kept).
_IN_CLAUSE = r"(?:[^.;:,!?]|(?<=\d)[,.](?=\d))"
#: A campaign's toll (rule 7): a killing told of a conflict as a whole, not of one incident.
#: (a) the subject is a campaign noun ("the conflict has killed more than 20,000 people", "a war
#: that has claimed 10,000 lives", "Jihadist violence has left thousands dead"); (b) a bare
#: plural of incidents in the perfect ("Attacks have killed 5,000 people this year", "Jihadist
#: attacks by the two groups have claimed ..."); (c) a span of years or months after a perfect
#: killing, or after any killing when it names years ("has killed 300 people since 2015", "killed
#: more than 1,000 civilians over the past three years"); (d) such a span opening the clause
#: ("Since 2012, jihadists have killed ..."). A day or week told in the clause makes it an
#: incident again (see :func:`_campaign_spans`). (e) a perfect passive death in a campaign
#: noun ("hundreds of civilians have been killed in the violence").
_CAMPAIGN_SUBJ = re.compile(
    r"(?i)\b(?:conflicts?|violence|insurgenc(?:y|ies)|insurrection|rebellion|wars?|crisis|unrest|instability)\b"
    r"(?:\s+(?:in|across|of|by|between|against|involving|throughout|from)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"\s*,?\s+(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?(?:(?:already|so far|now|reportedly|also)\s+)?"
    + _TOLL_VERB + r"\b")
_CAMPAIGN_PLURAL = re.compile(
    r"(?i)(?:^|[,:;]\s+|\b(?:says?|said|that|and)\s+)(?:(?:such|these|the|repeated|recurring|frequent|deadly|"
    r"similar|jihadist|jihadi|terrorist|militant|armed|insurgent)\s+)*"
    r"(?:attacks|raids|clashes|killings|massacres|ambushes)"
    r"(?:\s+(?:in|across|of|by|between|against|on|from)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"\s*,?\s+(?:have|has)\s+(?:(?:already|so far|now|reportedly|also)\s+)?" + _TOLL_VERB + r"\b")
_CAMPAIGN_PASSIVE = re.compile(
    r"(?i)\b(?:have|has)\s+(?:(?:already|so far|now|reportedly|also)\s+)?(?:been\s+killed|died|lost their lives)\b"
    + _IN_CLAUSE + r"{0,40}?\b(?:in|by|during)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:conflicts?|violence|insurgenc(?:y|ies)|insurrection|rebellion|wars?|crisis|unrest)\b")
_SPAN_YEARS = (r"since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + _MONTHS + r")\s+)?(?:19|20)\d\d\b|since\s+the\s+(?:start|beginning|"
               r"outbreak|onset)\b|(?:over|in|during|within|across)\s+the\s+(?:past|last)\s+(?:(?:\w+|\d+)\s+)?"
               r"(?:years?|decades?|months?)\b|in\s+recent\s+(?:years|months)\b")
_SPAN_PERFECT = r"since\s+(?:" + _MONTHS + r")\b|(?<!earlier )(?<!later )(?<!early )(?<!late )(?:so\s+far\s+)?this\s+year\b"
_CAMPAIGN_SPAN_AFTER = re.compile(
    r"(?i)\b(?P<perf>(?:has|have)\s+(?:(?:already|so far|now|reportedly|also)\s+)?)?" + _TOLL_VERB + r"\b"
    + _IN_CLAUSE + r"{0,80}?\b(?:(?P<years>" + _SPAN_YEARS + r")|(?P<since>" + _SPAN_PERFECT + r"))")
_CAMPAIGN_SPAN_BEFORE = re.compile(
    r"(?i)(?:^|[,:;]\s+|\b(?:says?|said|that)\s+)(?:" + _SPAN_YEARS + r"|" + _SPAN_PERFECT + r")"
    + r"[^.;:!?]{0,80}?\b(?:have|has)\s+(?:(?:already|so far|now|reportedly|also)\s+)?" + _TOLL_VERB + r"\b")
#: (f) a toll counted over a number of incidents ("312 civilians were killed in 187 security
#: incidents recorded between January and March", "killed in 45 attacks this year"): a tally, no
#: incident (two digits at least: "killed in two attacks on Sunday" is two incidents).
_CAMPAIGN_TALLY = re.compile(
    r"(?i)\b(?:killed|died|dead|deaths|lost\s+their\s+lives)\b" + _IN_CLAUSE + r"{0,20}?\b(?:in|during|across)\s+(?:(?:at\s+least|more\s+than|some|"
    r"about|around|over|nearly)\s+)?\d{2,}(?:,\d{3})*\s+(?:[\w-]+\s+){0,2}?(?:incidents|attacks|raids|clashes|events)\b")
#: Where a campaign clause ends: the next clause joined by "and"/"but"/"while" or a semicolon.
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s")


#: Per pattern, words every one of its matches holds (lower-cased): all of each group must be
#: met by one of its words (a prefilter, exact only when the text has no :data:`_FOLD_TRAPS`).
_TOLL_WORDS = ("kill", "claim", "left", "leave", "cost", "caus")
#: Every sentence a campaign pattern can match holds one of these (a toll verb, or the passive's
#: death) and a hint word (:func:`_campaign_hint`): the sentences searched at all.
_CAMPAIGN_VERB_HINTS = _TOLL_WORDS + ("died", "lost their", "dead")
_CAMPAIGN_NOUNS = ("conflict", "violence", "insurgenc", "insurrection", "rebellion", "war", "crisis", "unrest")
_SPAN_WORDS = ("since", "past", "last", "recent", "year")
_PLURAL_WORDS = ("attacks", "raids", "clashes", "killings", "massacres", "ambushes")
_CAMPAIGN_NEEDS_PATS = (
    (_CAMPAIGN_SUBJ, (_CAMPAIGN_NOUNS + ("instability",), _TOLL_WORDS)),
    (_CAMPAIGN_PLURAL, (_PLURAL_WORDS, ("ha",), _TOLL_WORDS)),
    (_CAMPAIGN_SPAN_AFTER, (_TOLL_WORDS, _SPAN_WORDS)),
    (_CAMPAIGN_SPAN_BEFORE, (_SPAN_WORDS, ("ha",), _TOLL_WORDS)),
    (_CAMPAIGN_PASSIVE, (("ha",), ("kill", "died", "lost"), _CAMPAIGN_NOUNS)),
    (_CAMPAIGN_TALLY, (("kill", "died", "dead", "death", "lost their"), ("incidents", "attacks", "raids", "clashes", "events"))),
)
#: The campaign patterns, in the order they are tried.
_CAMPAIGN_PATS = tuple(p for p, _ in _CAMPAIGN_NEEDS_PATS)


def _campaign_spans(text: str, sentences, dates: list[DateMention], claims: list[CasualtyClaim],
                    triggers, low: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the clauses that tell a campaign's toll (:data:`_CAMPAIGN_SUBJ` and
    the patterns after it): not an event, and their figures are no event's toll (rule 7).

    Speed: only sentences holding a casualty claim or a killing trigger are read, and only
    those with a hint word (:func:`_campaign_hint`, :data:`_CAMPAIGN_VERB_HINTS`) are searched;
    with ``low`` (the article's :func:`_plain_lower`, not None: no fold traps), a pattern runs
    only on a sentence holding the words of :data:`_CAMPAIGN_NEEDS_PATS`."""
    wanted = {cl.sentence_index for cl in claims}
    wanted.update(t.sentence_index for t in triggers if t.key == "kill")
    if not wanted:
        return []
    spans: list[tuple[int, int]] = []
    for s in sentences:
        if s.index not in wanted:
            continue
        st = s.text
        sl = low[s.start : s.end] if low is not None else st.lower()
        if not _has_any(sl, _CAMPAIGN_VERB_HINTS) or not _campaign_hint(sl):
            continue
        for pat in (_campaign_patterns(sl) if low is not None else _CAMPAIGN_PATS):
            for m in pat.finditer(st):
                if pat is _CAMPAIGN_SPAN_AFTER and m.group("since") and not m.group("perf"):
                    continue  # "killed 12 people in Djibo this year": "this year" dates an incident
                a = s.start + m.start()
                if pat is _CAMPAIGN_PASSIVE or pat is _CAMPAIGN_TALLY:  # the dead are told before: from the clause's start
                    a = s.start + max((x.end() for x in _CLAUSE_END.finditer(st, 0, m.start())), default=0)
                e = _CLAUSE_END.search(st, m.end())
                b = s.start + (e.start() if e else len(st))
                # a day or a week told in the clause: an incident ("the fighting since Sunday")
                if any(d.sentence_index == s.index and a <= d.start < b and d.precision in ("day", "week") for d in dates):
                    continue
                spans.append((a, b))
    return spans


#: The hint words (lower-cased, found by ``in``: a regex alternation of literals is tried at
#: every position by sre, ~5 us a sentence), and two with word boundaries ("war", "last").
_CAMPAIGN_HINT_WORDS = ("conflict", "violence", "insurgen", "insurrection", "rebellion", "crisis", "unrest", "instability",
                        "attacks", "raids", "clashes", "killings", "massacres", "ambushes", "since", "past", "recent",
                        "this year", "incidents")
_CAMPAIGN_HINT_WAR = re.compile(r"\bwars?\b")
_CAMPAIGN_HINT_LAST = re.compile(r"\blast\b")


def _campaign_hint(sl: str) -> bool:
    """Whether a lower-cased sentence holds a campaign hint word (a campaign, a plural of
    incidents or a span of time)."""
    return _has_any(sl, _CAMPAIGN_HINT_WORDS) or ("war" in sl and _CAMPAIGN_HINT_WAR.search(sl) is not None) \
        or ("last" in sl and _CAMPAIGN_HINT_LAST.search(sl) is not None)


def _campaign_patterns(sl: str) -> list[re.Pattern]:
    """The campaign patterns that may match a lower-cased sentence ``sl`` (each group of words
    of :data:`_CAMPAIGN_NEEDS_PATS` met), in the order of :data:`_CAMPAIGN_PATS`."""
    return [p for p, needs in _CAMPAIGN_NEEDS_PATS if all(_has_any(sl, g) for g in needs)]


def _has_any(low: str, words) -> bool:
    """Whether one of ``words`` occurs in ``low``."""
    for w in words:
        if w in low:
            return True
    return False


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


# -------------------------------------------------------------------- lead summaries (rule 4)

_FEW = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous|\d{1,2}"
#: A count of places or incidents ("in three villages", "attacks on four villages", "in two
#: separate attacks", "a series of raids"): a toll told of it is the sum of several incidents.
_SUMMARY_MANY = re.compile(
    r"(?i)\b(?:a\s+(?:new\s+)?(?:series|wave|spate|string|succession|cycle)\s+of|(?:" + _FEW + r")\s+(?:[\w'’-]+\s+)?"
    r"(?:" + places_mod.alternation(places_mod.settlement_nouns("many")) + r"|districts|sites|locations|attacks|raids|ambushes|"
    r"incidents|assaults|massacres|strikes|operations))\b")
#: A plural of incidents: with a span of several days ("during air strikes and ground operations
#: ... over the weekend and on Monday", "a series of raids over the weekend") a sum too.
_SUMMARY_PLURAL = re.compile(r"(?i)\b(?:attacks|raids|strikes|operations|clashes|ambushes|assaults|offensives|"
                             r"killings|massacres|reprisals)\b")
#: A toll gathered over a span up to the publication day ("in less than a week", "over the past
#: ten days", "in recent weeks", "since January"): ``n``/``unit`` give the span, ``since`` opens it.
_SUMMARY_ACCUM = re.compile(
    r"(?i)\b(?:(?:in|within)\s+(?:less\s+than|under|barely|just(?:\s+over)?)\s+(?P<n1>a|one|two|three|four|five|six|seven|ten|"
    r"\d{1,2})\s+(?P<u1>days?|weeks?)|(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<n2>few|several|two|"
    r"three|four|five|six|seven|ten|\d{1,2})\s+)?(?P<u2>days?|weeks?)|in\s+recent\s+(?P<u3>days|weeks)|(?P<since>since)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r")\b)")
#: An operation of several days the lead reports the end of ("after a week-long offensive", "at the
#: end of a three-day operation", "during a two-week military sweep", "following a 10-day campaign"):
#: the incidents the story dates inside those days up to publication are its operations (rule 4).
_LONG_OPERATION = re.compile(
    r"(?i)\b(?:after|during|in|following|at\s+the\s+end\s+of|concluding|wrapping\s+up)\s+(?:a|an|the|its|their)\s+"
    r"(?:(?P<n>two|three|four|five|six|seven|ten|\d{1,2})[\s-]+(?P<u>days?|weeks?)(?:[\s-]+long)?|(?P<u2>day|week)[\s-]+long)\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:offensive|operation|campaign|sweep|assault)\b")
_SUMMARY_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
              "few": 4, "several": 5}
#: Words before a cue that make it a comparison, not the subject of the toll ("the latest in a
#: series of attacks", "one of three attacks", "the second attack in less than a week").
_SUMMARY_PART_OF = re.compile(r"(?i)\b(?:latest|newest|recent|second|third|fourth|fifth|one|part|amid)\b[^.;,]{0,14}$")
#: A superlative before "since" ranks one incident against the time since ("its deadliest attack on
#: civilians in western Niger since March", "the worst massacre in the region since January", "the
#: heaviest loss for the army since early December", "the first attack on the capital since June"):
#: a comparison, no toll gathered over that span.
_SUMMARY_RANKED = re.compile(r"(?i)\b(?:deadliest|worst|bloodiest|heaviest|largest|biggest|costliest|most\s+(?:deadly|"
                             r"serious|violent|lethal|significant)|first)\b[^.;:]{0,60}$")
#: A superlative right before a plural of incidents ranks the one incident told among others ("in
#: one of the deadliest assaults since Captain Traore seized power in September 2022", "among the
#: worst attacks on civilians this year"): a comparison, not a sum of the incidents told.
_RANKED_PLURAL = re.compile(r"(?i)\b(?:deadliest|worst|bloodiest|heaviest|largest|biggest|costliest|fiercest|"
                            r"most\s+(?:deadly|serious|violent|lethal|significant))\s+(?:[\w'’-]+\s+)?$")
#: Literal prefilters (lower-cased sentence): an accumulation needs "since", or a day or week
#: word and one of :data:`_ACCUM_HINTS`; a count or a plural needs a word of :data:`_MANY_HINTS`.
_ACCUM_HINTS = ("less than", "under", "barely", "just", "past", "last", "previous", "recent")
_MANY_HINTS = ("series", "wave", "spate", "string", "succession", "cycle", *sorted(places_mod.settlement_nouns("many")),
               "districts", "sites", "locations", "attacks", "raids", "ambushes", "incidents",
               "assaults", "massacres", "strikes", "operations", "clashes", "offensives", "killings", "reprisals")


def _summary_span(s, sl: str, doc, told: list[DateMention], published: date | None,
                  violent: list[Frame]) -> tuple[int, int, date, date] | None:
    """A lead sentence's clause that sums up several incidents (rule 4): a count of places or
    incidents (:data:`_SUMMARY_MANY`), a toll gathered over a span up to the publication day
    (:data:`_SUMMARY_ACCUM`), or a plural of incidents (:data:`_SUMMARY_PLURAL`) told over
    several days (a weekend, "over the weekend and on Monday"). Returns the clause's character
    span and the days it covers (its dates, report dates left out), or None. ``sl``: the
    sentence lower-cased; ``told``: its dates (not years, not future); ``violent``: the violent frames of the sentence
    (one must tell the clause)."""
    st = s.text
    if published is not None and ("-long" in sl or " long " in sl or "-day " in sl or "-week " in sl):
        long_op = _LONG_OPERATION.search(st)
        if long_op is not None:
            n, unit = long_op.group("n"), (long_op.group("u") or long_op.group("u2")).lower()
            days = (_SUMMARY_N.get(n.lower(), 1) if not n.isdigit() else max(1, int(n))) if n else 1
            if unit.startswith("week"):
                days *= 7
            # (from the words opening it to the clause's end; the day before the first day for
            # the report's lag: "said on Monday ... after a week-long offensive" published Tuesday)
            e = _CLAUSE_END.search(st, long_op.end())
            return s.start + long_op.start(), s.start + (e.start() if e else len(st)), \
                published - timedelta(days=days + 1), published
    accum = _SUMMARY_ACCUM.search(st) if "since" in sl or ((" day" in sl or " week" in sl) and _has_any(sl, _ACCUM_HINTS)) \
        else None
    many = plural = None
    if accum is None:
        if not told or not _has_any(sl, _MANY_HINTS):
            return None
        many = _SUMMARY_MANY.search(st)
        plural = _SUMMARY_PLURAL.search(st) if many is None else None
    cue = accum or many or plural
    if cue is None or _SUMMARY_PART_OF.search(st, max(0, cue.start() - 30), cue.start()):
        return None  # "the latest in a series of attacks", "the second attack in less than a week"
    if accum is not None and accum.group("since") and _SUMMARY_RANKED.search(st, max(0, cue.start() - 80), cue.start()):
        return None  # "its deadliest attack on civilians since March": a comparison
    if accum is None and _RANKED_PLURAL.search(st, max(0, cue.start() - 40), cue.start()):
        return None  # "in one of the deadliest assaults since ...", "among the worst attacks": a comparison
    a = max((x.end() for x in _CLAUSE_END.finditer(st, 0, cue.start())), default=0)
    e = _CLAUSE_END.search(st, cue.end())
    b = e.start() if e else len(st)
    a, b = s.start + a, s.start + b
    if not any(a <= f.head.start < b and all(a <= t.start < b for t in f.triggers) for f in violent) \
            and (many is None or not many.group(0).lower().endswith("incidents")):
        return None  # no violent frame tells the clause ("several security incidents were recorded" needs none)
    told = [d for d in told if a <= d.start < b and not frames_mod.is_report_date(doc, d)]
    if accum is not None:
        if published is None:
            return None
        if accum.group("since"):
            # (the date may take in "since" itself: "since late December")
            after = [d for d in told if d.start >= s.start + accum.start("since")]
            if not after:
                return None
            return a, b, dates_mod.span(after[0])[0], published
        if any(d.precision == "day" for d in told):
            return None  # a day told in the clause: an incident ("killed 12 on Sunday, in less than a week ...")
        n = accum.group("n1") or accum.group("n2")
        unit = accum.group("u1") or accum.group("u2") or accum.group("u3")
        if n:
            days = _SUMMARY_N.get(n.lower(), 1) if not n.isdigit() else max(1, int(n))
        else:  # "the past week": one; "the past weeks", "in recent days": a few
            days = 3 if unit.lower().endswith("s") else 1
        if unit.lower().startswith("week"):
            days *= 7
        elif not n and unit.lower().endswith("s"):
            days = 7
        return a, b, published - timedelta(days=days), published
    if not told:
        return None
    first = min(dates_mod.span(d)[0] for d in told)
    last = max(dates_mod.span(d)[1] for d in told)
    if many is None and first == last:
        return None  # "air strikes killed 20 fighters on Sunday": one day, maybe one incident
    if published is not None and last > published:
        last = published
    return a, b, first, last


#: A report stating the span it covers: "It covers the period from 10 to 16 March 2025", "This
#: update covers 3-9 June", "Reporting period: 1 - 7 July 2024", "covering the week of 3 to 9 June":
#: the incidents it dates inside that span are its news (rule 4).
_REPORT_PERIOD = re.compile(r"(?i)\b(?:cover(?:s|ed|ing)?\s+(?:the\s+(?:period|week|days)\s+(?:of\s+)?)?|"
                            r"reporting\s+period\s*:?\s*|period\s+under\s+review\s*:?\s*)$")


#: A title naming a span of days ("Weekly Brief No. 87: 8-14 September 2025", "Sahel security
#: update, 1-7 July", "Situation report 3 – 9 June 2025"): prefilter of :func:`_title_period`.
_TITLE_RANGE = re.compile(r"\d\s*(?:[-–—]|to)\s*\d")
#: The longest span a title's range may cover to be the report's period (a week, a fortnight, a month).
_TITLE_PERIOD_DAYS = 31


def _title_period(st) -> tuple[date, date] | None:
    """The span of days a report's title says it covers (a weekly brief, a situation report):
    a range date of the title ending by the publication day and starting at most
    :data:`_TITLE_PERIOD_DAYS` before it, or a digest's period (:func:`_digest_period`:
    "CrisisWatch October 2025"); None when none. (The incidents of such a brief inside the span
    are all its news, rule 4.)"""
    title = _manifest_title(st.article)
    if st.published is None or not title or not (_TITLE_RANGE.search(title) or _MONTH_WORD.search(title)):
        return None
    doc = text_mod.parse(title)
    for d in dates_mod.find_dates(title, st.published, text_mod.split_sentences(doc)):
        if d.kind not in _PERIOD_KINDS or d.tense == "future":
            continue
        first, last = dates_mod.span(d)
        if d.kind == "range" and first < last <= st.published and (st.published - first).days <= _TITLE_PERIOD_DAYS:
            return first, last
        if _digest_period(title, d, st.published) and _days_told(st, first, last):
            return first, last
    return None


def _days_told(st, first: date, last: date) -> bool:
    """Whether the frames date incidents to at least two days inside ``first`` .. ``last`` (a
    digest lists several; a page label naming a month, "Archives: October 2025", above one story
    does not make it one)."""
    days = {f.date.date for f in st.frames if f.date is not None and f.date.precision == "day" and first <= f.date.date <= last}
    return len(days) >= 2


#: The date kinds that name a digest's period: a range of days ("13-26 October") or a calendar
#: month ("October 2025").
_PERIOD_KINDS = frozenset({"range", "month"})
#: How many days before publication a digest's period may end ("CrisisWatch October 2025" out on
#: 3 November, a fortnight's review of 13-26 October sent on the 28th): a week.
_DIGEST_LAG_DAYS = 7
#: A month name (prefilter of a title's dates: most titles name none; speed).
_MONTH_WORD = re.compile(r"(?i)\b(?:" + _MONTHS + r")\b")
#: Words before a date that make it a bound or an incident's time, not the period a page covers
#: ("Major attacks since 2022", "attacks in the year to October 2025").
_NOT_PERIOD_BEFORE = re.compile(r"(?i)\b(?:since|until|till|from|to|before|after|by)\s+(?:(?:early|late|mid)[\s-]+)?$")


def _digest_period(text: str, d: DateMention, published: date) -> bool:
    """Whether the date ``d`` of a title or heading names the period a digest covers: a range of
    days or a calendar month, at most a month long, that ended by the publication day and at
    most :data:`_DIGEST_LAG_DAYS` before it ("CrisisWatch October 2025" out on 3 November, "THE
    FORTNIGHT IN REVIEW (13-26 October)" sent on the 28th), not a bound ("since 2022")."""
    if d.kind not in _PERIOD_KINDS or d.tense == "future":
        return False
    first, last = dates_mod.span(d)
    return first < last <= published and (published - last).days <= _DIGEST_LAG_DAYS \
        and (last - first).days <= _TITLE_PERIOD_DAYS \
        and _NOT_PERIOD_BEFORE.search(text, max(0, d.start - 20), d.start) is None


def _heading_period(st) -> tuple[date, date] | None:
    """The period a digest's page head names in a heading line before the first incident it
    tells ("October 2025 | Africa / Sahel", "MALI: THE FORTNIGHT IN REVIEW (13-26 October)",
    "Weekly security brief, 8-14 September"): a line without closing punctuation
    (:func:`analysis.coding.text.ends_prose`) holding a date of :func:`_digest_period`. A
    factbox of history names no such period ("Major attacks in Burkina Faso since 2022"); nor
    does a news story's dateline or byline (a day, not a period). None when none."""
    published = st.published
    if published is None or not st.frames:
        return None
    told = min(f.start for f in st.frames)
    text = st.text
    for d in st.dates:
        if d.start >= told or d.kind not in _PERIOD_KINDS or not _digest_period(text, d, published):
            continue
        a = text.rfind("\n", 0, d.start) + 1
        b = text.find("\n", d.end)
        if not text_mod.ends_prose(text[a : len(text) if b < 0 else b]) and _days_told(st, *dates_mod.span(d)):
            return dates_mod.span(d)
    return None


def _report_period(st) -> tuple[date, date] | None:
    """The span a report says it covers (:data:`_REPORT_PERIOD`), from a range or week date told
    right after the words, else the period its title names (:func:`_title_period`), else the
    period a heading of its page head names (:func:`_heading_period`); None when none."""
    low = st.low if st.low is not None else st.text.lower()
    if "cover" in low or "period" in low:
        for d in st.dates:
            if d.kind == "range" and d.tense != "future" and _REPORT_PERIOD.search(st.text, max(0, d.start - 48), d.start):
                return dates_mod.span(d)
    return _title_period(st) or _heading_period(st)


def _town(f: Frame) -> PlaceMention | None:
    """A frame's place when it is below region level (a town, a village, "near X")."""
    p = _best_place(f.places)
    return p if p is not None and p.geo_precision <= 2 else None


def _lead_summaries(st) -> tuple[list[tuple[int, int]], tuple[date, date] | None]:
    """The clauses of the lead that sum up incidents the story goes on to tell (rule 4), and the
    days they cover: "Soldiers executed at least 32 civilians in three villages since January"
    before the three executions, "reprisals have left 26 dead in less than a week" before the
    two raids. Such a clause is no event, its toll no event's toll, and the incidents inside
    its days are the story's (main). A clause counts only when a violent frame tells it and the
    text tells, after it, at least one violent incident with a town and a date of its own
    inside those days (else the summary is all the story says: it stays the event).

    Speed: only articles telling such an incident are read, and in them only the lead's
    sentences before it holding a violent frame and the hint words of :func:`_summary_span`."""
    violent = [f for f in st.frames if f.family == "violence"]
    if len(violent) < 2:
        return [], None
    later = [f for f in violent if f.date is not None and f.date.precision != "year" and not (f.definite or f.generic)
             and _town(f) is not None]
    if not later:
        return [], None
    last_start = max(f.start for f in later)
    framed = {f.sentence_index for f in violent if f.start < last_start}
    if not framed:
        return [], None
    low = st.low if st.low is not None else st.text.lower()
    if " incidents" in low[:last_start]:
        # (a count of incidents tells a sum without a trigger: "several security incidents were
        # recorded between Friday and Sunday")
        framed |= {s.index for s in st.sentences if s.start < last_start and " incidents" in low[s.start : s.end]}
    dated: dict[int, list[DateMention]] = {}  # sentence -> its dates (not years, not future)
    for d in st.dates:
        if d.sentence_index in framed and d.precision != "year" and d.tense != "future":
            dated.setdefault(d.sentence_index, []).append(d)
    lead_idx = None  # (the lead, found when a sentence passes the hint words)
    lead_last = 0
    spans: list[tuple[int, int]] = []
    first = last = None
    for s in st.sentences:
        if s.start >= last_start:
            break
        if s.index not in framed:
            continue
        if lead_idx is not None and s.index > lead_last:
            break
        sl = st.low[s.start : s.end] if st.low is not None else s.text.lower()
        told = dated.get(s.index, ())
        # (a count or a plural needs a date of the sentence; an accumulation a span word)
        if not ((told and _has_any(sl, _MANY_HINTS)) or "since" in sl or "-long" in sl or " long " in sl or "-day " in sl or "-week " in sl
                or ((" day" in sl or " week" in sl) and _has_any(sl, _ACCUM_HINTS))):
            continue
        if lead_idx is None:
            lead_idx = _lead_of(st)
            lead_last = max(lead_idx)
        if s.index not in lead_idx and s.end > st.headline_end:
            continue  # (a headline summing up the weekend's incidents is a summary too)
        found = _summary_span(s, sl, st.doc, told, st.published, [f for f in violent if f.sentence_index == s.index])
        if found is None:
            continue
        a, b, d0, d1 = found
        # (one day: the incidents of several places that day, at least two of them told)
        if sum(f.start >= b and d0 <= dates_mod.span(f.date)[0] and dates_mod.span(f.date)[1] <= d1
               for f in later) < (2 if d0 == d1 else 1):
            continue
        spans.append((a, b))
        first = d0 if first is None else min(first, d0)
        last = d1 if last is None else max(last, d1)
    return spans, ((first, last) if spans else None)


def _plain_lower(text: str) -> str | None:
    """The article lower-cased (:func:`analysis.coding.text.lowered`, same offsets) when a word
    found in it is exactly what a case-insensitive pattern finds (no :data:`_FOLD_TRAPS`), else
    None.

    Speed: the case-insensitive patterns below start with ``\\b`` and an alternation, which sre
    tries at every position of the clause or window (~5 us each, run for every frame and place);
    a ``str.find`` (or a case-sensitive hint pattern with a literal start) of a word that every
    match holds skips them where they cannot match. The hints are written next to each use.
    """
    if not text.isascii() and any(c in text for c in _FOLD_TRAPS):  # (the traps are not ASCII: an ASCII text is not scanned)
        return None
    return text_mod.lowered(text)


# ------------------------------------------------------------------------------- helpers


def _best_place(ps: list[PlaceMention]) -> PlaceMention | None:
    """The event place among a clause's places: the first below region level, else the first."""
    first = None  # one pass, no lists (speed: asked for every frame several times)
    for p in ps:
        if p.feature != _COUNTRY_FEATURE:
            if p.geo_precision <= 2:
                return p
            if first is None:
                first = p
    return first


_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s[^,;.]{1,60},")
#: The end of a list of towns that goes on unnamed: "Kayes, Nioro du Sahel and several other
#: towns", "Djibo, Arbinda and surrounding villages", "Mopti, Sevare or other localities".
_AND_OTHERS = re.compile(r",?\s+(?:and|or|as\s+well\s+as)\s+(?:(?:several|many|some|two|three|four|five|a\s+few|a\s+number\s+of|"
                         r"dozens\s+of|other|nearby|neighbou?ring|surrounding|outlying|smaller)\s+){1,3}"
                         rf"(?:{places_mod.alternation(places_mod.settlement_nouns('many'))}|cities|places|areas|locations)\b")
_GAP_WORDS = re.compile(r"[\w']+|,")


def _coordinated(text: str, ps: list[PlaceMention]) -> list[PlaceMention]:
    """Places of a clause joined by commas/"and"/"as well as" into a list ("X, Y and Z"), towns or,
    when fewer than two towns, units ("the Segou and Mopti regions")."""
    if len(ps) < 2:
        return []  # speed: asked for every frame; most clauses name fewer than two places
    towns = [p for p in ps if p.feature != _COUNTRY_FEATURE and p.geo_precision <= 2]
    if len(towns) < 2:
        # else a list of units ("in the Segou and Mopti regions"; places' plural unit words)
        towns = [p for p in ps if p.qualifier == "region" and p.feature in _UNIT_FEATURES]
        if len(towns) < 2:
            return []
    run = [towns[0]]
    closed = 0  # the items of ``run`` up to its last conjunction ("and", "or", "as well as")
    for p in towns[1:]:
        gap = text[run[-1].end : p.start]
        gap = _APPOSITIVE.sub(",", gap)  # "Mopti, a city in central Mali, as well as in Sokolo"
        words = _GAP_WORDS.findall(gap.lower())
        if len(words) <= 6 and words and all(w in _COORD_WORDS for w in words) and ("and" in words or "," in words):
            if p.name != run[-1].name:
                run.append(p)
                if "and" in words or "or" in words or "well" in words:
                    closed = len(run)  # a conjunction: "X and Y", "X, as well as in Y"
        elif len(run) >= 2:
            break
        else:
            run, closed = [p], 0
    if len(run) >= 2 and closed < len(run) and _AND_OTHERS.match(text, run[-1].end):
        closed = len(run)  # "Kayes, Nioro du Sahel and several other towns": the list ends on its last name
    # a comma alone joins no list: "Ouallam, also in Tillaberi", "Lerneb, in the Goundam area"
    # locate a town (only a conjunction closes a list: "X, Y and Z")
    return run[:closed] if closed >= 2 else []


#: A place named as the end of a journey ("a bus travelling from Gao to Mopti", "a convoy bound
#: for Bamako"): where the victims came from or went, not where the event happened.
#: Words that may stand between the verb and "to"/"from": "traveling Sunday afternoon back to Djibo",
#: "heading home to Kaya", "returning late on Monday from Gao", "travelling north from Anefis"
#: (time words, a direction and "back"/"home" only:
#: "coming under fire close to Boni", "moving on to attack X" are no journey's end).
_ROUTE_FILL = (r"(?:(?:back|home|together|late|early|last|this|overnight|"
               r"(?:north|south)(?:-?(?:east|west))?(?:wards?)?|(?:east|west)(?:wards?)?|"
               r"(?:on\s+)?(?:" + "|".join(text_mod.WEEKDAY_NAMES) + r")|morning|afternoon|evening|night|"
               r"(?:by|on)\s+(?:car|road|bus|truck|lorry|motorbikes?|motorcycles?|boat|vehicle|foot|convoy))\s+){0,4}")
#: The end of a journey named by its kind of town ("travelling by car to the provincial capital
#: Tougan", "heading to the regional capital, Dori", "returning to the town of Kaya", "heading to
#: the besieged northern town of Djibo": up to two words before the town noun).
_ROUTE_TOWN = (r"(?:the\s+(?:(?:provincial|regional|departmental|district|local|nearby|national|"
               rf"garrison|border|mining)\s+|(?:[a-z][a-z'’-]*\s+){{1,2}}(?={_TOWN}|capital))?(?:{_TOWN}|capital)(?:\s+of)?,?\s+)?")
_ROUTE_END = re.compile(r"(?i)\b(?:travell?(?:ing|ed)|heading|headed|bound|en route|on (?:its|their|his|her) way|driving|"
                        r"going|returning|coming|sail(?:ing|ed)|fl(?:ying|ew)|moving|plying)\s+" + _ROUTE_FILL +
                        r"(?:(?:from|to|for|towards?)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+" + _ROUTE_FILL + r")?"
                        r"(?:from|to|for|towards?)\s+" + _ROUTE_TOWN + "$")
#: A place people fled to ("hundreds of villagers fled toward the town of Bankass", "residents
#: fled their homes for Djibo", "families sought refuge in Mopti"): where they went, not where the
#: event happened ("fled from Kani" names where it happened: not taken).
_FLED_TO = re.compile(rf"(?i)\b(?:{places_mod.alternation(places_mod.flight_verbs())})"
                      r"(?:\s+(?:their|his|her)\s+(?:homes?|villages?))?\s+(?:(?:to|towards?|into|for|in)\s+)"
                      rf"(?:the\s+(?:[\w'’-]+\s+)?(?:{_TOWN}|capital)\s+of\s+)?$")
#: Every match of _FLED_TO holds one of these in the lower-cased text (see _plain_lower) ...
_FLED_HINT = re.compile(r"fle[de]|escaped|refuge")
#: ... and ends with one of these words and the spaces before the place.
_FLED_LAST = ("to", "for", "toward", "towards", "into", "in", "of")
#: Where the wounded, the dead or captives were taken ("more than a dozen others were wounded and
#: taken to Douentza for treatment", "the injured were evacuated to Mopti", "airlifted to the
#: hospital in Gao", "are being treated in Bankass", "the hostages were taken to Kidal"): where
#: they went afterwards, not where the event happened (as a place people fled to).
_TAKEN_TO = re.compile(r"(?i)\b(?:(?:evacuat(?:ed|ing)|airlifted|air-lifted|medevaced|rushed|taken|transferred|admitted)"
                       r"\s+(?:(?:by\s+\w+|urgently|later|then)\s+)?(?:to|into)|"
                       r"(?:treated|hospitali[sz]ed|receiving\s+(?:medical\s+)?(?:care|treatment))\s+(?:at|in))\s+"
                       r"(?:(?:the|a)\s+(?:[\w'’-]+\s+)?(?:hospital|health\s+cent(?:re|er)|clinic|infirmary|"
                       r"town|city|capital)\s+(?:of|in|at)\s+|hospital\s+in\s+)?$|"
                       # "three of the wounded died in hospital in Diéma", "succumbed to their injuries
                       # at the regional hospital of Mopti": where the wounded died later
                       r"\b(?:died|succumbed(?:\s+to\s+(?:their|his|her)\s+(?:wounds|injuries))?)\s+(?:later\s+)?(?:in|at)\s+"
                       r"(?:(?:the|a)\s+(?:[\w'’-]+\s+)?)?(?:hospital|health\s+cent(?:re|er)|clinic)\s+(?:of|in|at)\s+$")
#: Every match of _TAKEN_TO holds one of these in the lower-cased text (see _plain_lower) ...
_TAKEN_HINT = re.compile(r"evacuat|lifted|medevac|rushed|taken|transferred|admitted|treated|hospitali|receiving|died|succumbed")
#: ... and ends with one of these words and the spaces before the place.
_TAKEN_LAST = ("to", "into", "in", "at", "of")
#: A vessel's or vehicle's name that is also a town's: 'the boat "Tombouctou"', "the ferry named
#: Timbuktu", "a vessel called Kankou Moussa": a name, not where the event happened.
_VESSEL_NAME = re.compile(r"(?i)\b(?:boat|ship|vessel|ferry|barge|steamer|steamship|pinasse|pirogue|plane|aircraft|airliner)"
                          r"\s+(?:(?:named|called|christened)\s+)?[\"“'‘]?$")
_VESSEL_HINTS = ("boat", "ship", "vessel", "ferry", "barge", "steamer", "pinasse", "pirogue", "plane", "aircraft", "airliner")
_QUOTES = frozenset("\"“'‘")
_NAMED = ("named ", "called ", "christened ")
#: "the road between X and Y", "the X-Y road" told with "between": the second town only names
#: the road's other end (the event is placed at the first, as ACLED places it at a named town).
_ROAD = places_mod.alternation(places_mod.road_nouns())  # "road", "axis", ... (places' lexicon)
_ROAD_BETWEEN = re.compile(rf"(?i)\b(?:{_ROAD})\s+(?:linking\s+|connecting\s+)?between\s+"
                           rf"(?:the\s+(?:{places_mod.alternation(places_mod.settlement_nouns())}|cities)\s+of\s+)?$")
#: ... or any place told by the two towns it lies between ("ambushed on Monday between Hombori and
#: Douentza", "in the area between X and Y"): one place near them, not a list of places (as a road).
_BETWEEN = re.compile(rf"(?i)\bbetween\s+(?:the\s+(?:{places_mod.alternation(places_mod.settlement_nouns())}|cities)\s+of\s+)?$")
#: "the road linking Senegal to Bamako", "the highway connecting Gao and Ansongo", "the road that
#: links Mopti with Sévaré", "the highway from Dakar to Bamako": a road named by its two ends, as
#: with "between" (the second end goes; the first too when a place on the road is named after them
#: or when one end is a country: a country at one end says the road crosses a border, and its
#: other end is only where the road leads).
_ROAD_LINK_HEAD = (rf"(?i)\b(?:{_ROAD})s?\s+(?:(?:that|which)\s+)?(?:link(?:ing|s)?|connect(?:ing|s)?|"
                   r"join(?:ing|s)?|(?:(?:running|leading|going)\s+)?from)\s+(?:the\s+)?")
_ROAD_LINKING = re.compile(_ROAD_LINK_HEAD + "$")
#: ... the far end when the first is a name the gazetteer lacks ("the highway from Dakar to Bamako")
_ROAD_LINKING_FAR = re.compile(_ROAD_LINK_HEAD + r"(?-i:[A-Z][\w'’-]*)(?:\s(?-i:[A-Z][\w'’-]*))?\s+(?:to|and|with)\s+(?:the\s+)?$")
#: ... every match ends with one of these words (and the spaces before the place: speed)
_ROAD_LINKING_LAST = ("linking", "links", "link", "connecting", "connects", "connect", "joining", "joins", "join",
                      "from", "the")
#: ... and the two ends are joined by "to", "and" or "with"
_LINK_LAST = ("to", "and", "with", "the")
_LINK_GAP = re.compile(r"\s+(?:(?:north|south)(?:-?(?:east|west))?(?:wards?)?\s+|(?:east|west)(?:wards?)?\s+)?"
                       r"(?:to|and|with)\s+(?:the\s+)?")  # (a heading too: "the road from Kidal north to Aguelhok")
#: ... and the far ends listed after the first ("the road from Kidal north to Aguelhok and Tessalit")
_FAR_LIST_GAP = re.compile(r"\s+and\s+|,\s+and\s+|,\s+(?=[A-Z][^,.;:]{0,40}\s+and\s)")


#: After "the road between X and Y": ", near (the village of) Z" names the event's place on it
#: (also ", a few kilometres from Z", ", 15 km north of Z", ", about 12 km (7 miles) from Z").
_NEAR_AFTER_ROAD = re.compile(r",?\s+(?:(?:just\s+|some\s+\d+\s*(?:km|kilometres|kilometers)\s+)?(?:near|outside|close\s+to)|"
                              r"(?:just|slightly|immediately|shortly)\s+(?:(?:north|south|east|west)\w*|before|after)\s+(?:of\s+)?|"
                              r"(?:(?:about|some|around|only|just)\s+)?(?:a\s+few|several|\d+)\s*"
                              r"(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{1,30}\)\s+)?"
                              r"(?:(?:(?:north|south|east|west)\w*|away)\s+)?(?:from|of))\s+"
                              rf"(?:the\s+(?:{places_mod.alternation(places_mod.settlement_nouns('one'))})\s+of\s+)?")
#: Every match of _ROUTE_END holds one of these in the lower-cased text (see _plain_lower).
_ROUTE_END_HINT = re.compile(r"travel|head|bound|en route|way|driving|going|returning|coming|sail|flying|flew|moving|plying")
#: ... and ends with one of these words and the spaces before the place (_ROAD_BETWEEN: "between").
_ROUTE_END_LAST = ("from", "to", "for", "toward", "towards", "capital", "capital,", "of")
#: The places the victims or the people of a place went to, not where the event happened: each
#: pattern with the hint words every match holds and the words it ends with (speed: the pattern
#: runs only where both are found).
_WENT_TO = ((_ROUTE_END, _ROUTE_END_HINT, _ROUTE_END_LAST), (_FLED_TO, _FLED_HINT, _FLED_LAST),
            (_TAKEN_TO, _TAKEN_HINT, _TAKEN_LAST))
#: ... the words any of them ends with
_WENT_LAST = tuple(sorted({w for _, _, last in _WENT_TO for w in last}))
#: "on the Bandiagara-Bankass road", "the Gao–Ansongo axis": a road named by its two ends, as
#: "the road between X and Y" (the word after the second town; the towns joined by a dash).
_ROAD_AFTER = re.compile(rf"(?i)\s*(?:{_ROAD})\b")
_DASHES = frozenset("-–—")
#: A cargo's destination: "a convoy carrying food, fuel and medicine to Djibo", "trucks supplying
#: Djibo", "aid destined for Djibo": where the goods were going, not where the convoy was hit.
_CARGO_TO = re.compile(r"(?i)(?:\b(?:carry|carri|transport|deliver|ferry|ferri|convey|bring|brought|ship|truck|suppl)\w*\b"
                       r"[^.;:!?]{0,60}?\s(?:to|towards?|for)|\b(?:re)?suppl(?:y|ying|ied|ies)|"
                       r"\b(?:destined|intended|meant)\s+for)"
                       rf"\s+(?:the\s+(?:\w+\s+)?(?:{_TOWN}|garrison|base|camp)\s+of\s+)?$")
#: Every match of _CARGO_TO holds one of these in the lower-cased text (see _plain_lower).
_CARGO_HINT = re.compile(r"carr|transport|deliver|ferr|convey|bring|brought|ship|truck|suppl|destined|intended|meant")
#: ... and ends with one of these words and the spaces before the place.
_CARGO_LAST = ("to", "for", "toward", "towards", "of", "supply", "supplying", "supplied", "supplies")
#: A road named by where it leads ("seized on the road to Tougan", "ambushed on the highway
#: leading to Djibo", "along the route towards the regional capital, Dori"), and the target of a
#: blockade or siege ("as the group tightens its fuel blockade on the capital Bamako", "amid the
#: siege of Djibo", "JNIM's blockade of the town of Kayes"): the act happened on the road or
#: outside the besieged town, so such a place goes when its sentence names another place of the
#: act (a town for a road's end, a town or a region for a siege's target); alone it stays, the
#: only clue.
_ROAD_TO = re.compile(rf"(?i)\b(?:{_ROAD})\s+(?:(?:leading|going|heading|running)\s+)?(?:to|towards?)\s+" + _ROUTE_TOWN + "$")
_ROAD_TO_HINT = re.compile("|".join(sorted(places_mod.road_nouns())))
_SIEGE_OF = re.compile(r"(?i)\b(?:blockade|siege|encirclement|embargo|stranglehold)\s+(?:on|of|around|against)\s+" + _ROUTE_TOWN + "$")
_SIEGE_HINT = re.compile(r"blockad|siege|encircl|embargo|stranglehold")
_DEST_LAST = ("to", "toward", "towards", "on", "of", "around", "against", "capital", "capital,", "town", "city")
#: "Makalondi, in the Torodi department": a town's administrative area (named by a town the
#: gazetteer holds), not a second place of the event.
_ADMIN_QUALIFIERS = ("region", "district")  # (places' qualifiers of "X department", "X commune", ...)
#: ... also "the Kantchari area of Tapoa province", "Makalondi, Torodi department".
_ADMIN_GAP = re.compile(r"(?:,\s+(?:(?:a|an|the)\s+[^,;.]{0,60}?\s+)?(?:(?:in|of)\s+)?|"
                        r"\s+(?:area|district|zone|part|outskirts|surroundings)\s+of\s+)(?:the\s+)?")


#: Where a story's sources speak from ("officials in Niamey said", "a security source in Djibo,
#: 90 km to the west, told AFP", "according to a local official in Bankass", "diplomats in Bamako
#: say", "a Bamako-based analyst", "told reporters in Niamey", "speaking from Gao"): where the
#: story is told, like a dateline, not where the event happened. A source noun needs its speech
#: verb right after the place (an apposition between: "officials in X, 90 km away, said"), or
#: "according to" before it: "gunmen killed two officials in Djibo, the army said" names the
#: event's place. "Residents of X said gunmen attacked" names the event's own place: not taken.
#: Also "an aid worker in Djibo who helped evacuate the wounded said", "a doctor in Gao said", "a
#: community leader in Tchintabaraden said by phone".
_SOURCE_NOUNS = r"(?:sources?|officials?|authorities|diplomats?|spokes(?:man|woman|person|people)|analysts?|" \
                r"researchers?|journalists?|correspondents?|reporters?|observers?|experts?|workers?|doctors?|medics?|nurses?|" \
                r"leaders?|elders?|notables?|chiefs?|councill?ors?|activists?|lawmakers?)"
_SOURCE_IN = re.compile(rf"(?i)\b{_SOURCE_NOUNS}\s+(?:(?:based|reached|contacted|interviewed)\s+)?(?:in|from|at)\s+"
                        r"(?:the\s+(?:capital|town|city)(?:\s+of|,)?\s+)?$")
#: ... the speech verb after the place (an optional apposition and adverb between).
_SOURCE_SAID = re.compile(r"(?:\s*,[^,.;:!?]{1,70},|\s+who\s+[^,.;:!?]{1,60}?)?\s+(?:(?:also|later|earlier|separately|on\s+condition\s+of\s+anonymity)\s+)?"
                          r"(?:said|says|told|tells|confirmed|reported|added|declined|insisted|stated|explained)\b")
#: ... or "according to" before the source noun, in its phrase.
_ACCORDING_SOURCE = re.compile(rf"(?i)\baccording\s+to\s+(?:[\w'’-]+\s+){{0,4}}?{_SOURCE_NOUNS}\s+"
                               r"(?:(?:based|reached|contacted)\s+)?(?:in|from|at)\s+(?:the\s+(?:capital|town|city)(?:\s+of|,)?\s+)?$")
#: The speaker's own place: "told reporters in X", "told AFP in X", "told state television in X",
#: "speaking from X", "said in X".
_SPOKE_IN = re.compile(r"(?i)\b(?:told\s+(?:reporters|journalists|the\s+press|AFP|Reuters|AP|[A-Z][\w-]*|"
                       r"(?:the\s+)?(?:(?:state|national|public|local)\s+)?(?:television|TV|radio|media|broadcaster))|speaking|said|says|"
                       r"addressing\s+(?:reporters|journalists|a\s+news\s+conference))\s+"
                       r"(?:(?:by\s+(?:tele)?phone|on\s+condition\s+of\s+anonymity)\s+)?(?:in|from)\s+(?:the\s+capital,?\s+)?$")
#: Every match of those patterns holds one of these in the lower-cased text (speed).
_SOURCE_HINTS = ("source", "official", "authorit", "diplomat", "spokes", "analyst", "researcher", "journalist",
                 "correspondent", "reporter", "observer", "expert", "worker", "doctor", "medic", "nurse", "told", "speaking",
                 "said", "says", "addressing", "leader", "elder", "notable", "chief", "councill", "councilor", "activist",
                 "lawmaker")
_BASED = ("-based", "‐based", "–based")
#: ... and ends, past the spaces before the place, with one of these (_SOURCE_IN, _SPOKE_IN).
_SOURCE_ENDS = ("in", "from", "at", "of", "capital", "town", "city", ",")


#: Where a statement was issued ("the army said in a statement issued in Niamey", "a communique
#: read out in Bamako", "a press release published in Ouagadougou"): where the story is told, as a
#: dateline, even when the event has no other place.
_ISSUED_IN = re.compile(r"(?i)\b(?:statement|communiqu[eé]|press\s+release)\s+(?:(?:was|that\s+was)\s+)?"
                        r"(?:issued|released|read(?:\s+out)?|published|broadcast|posted|sent)"
                        r"(?:\s+(?:on|late|early)\s+\w+)?\s+(?:in|from)\s+$")
_ISSUED_HINTS = ("statement", "communiqu", "release")
#: A national capital named for its government ("Ouagadougou's grievance is political", "Bamako has
#: accused Algeria", "Niamey insists"): no place of what is told.
_CAPITAL_AS_GOVERNMENT = re.compile(
    r"(?:['’]s\s+(?:grievances?|decisions?|position|stance|demands?|accusations?|relations|ties|response|reaction|"
    r"refusal|requests?|complaints?|policy|strategy|ambitions?|allies|partners?|rulers?|junta|government|regime|"
    r"diplomacy|anger|frustration)|\s+(?:has\s+|had\s+)?(?:said|says|accused|accuses|announced|announces|rejected|"
    r"rejects|denied|denies|wants|wanted|insisted|insists|demanded|demands|responded|responds|retorted|decided|"
    r"decides|recalled|recalls|expelled|expels|suspended|suspends|ordered|orders|blamed|blames|condemned|condemns))\b")
#: ... or the capital where it speaks, fronted ("In Bamako, the government said gunmen had killed ...").
_CAPITAL_SPEAKS = re.compile(r",\s+[^,.;:!?]{1,60}?\s(?:said|says|announced|announces|told|confirmed|reported|stated|"
                             r"insisted|claimed|declared)\b(?!\s*,)")  # (not an aside: "In Bamako, police said, gunmen ...")
_CAPITAL_FEATURE = "P.PPLC"
#: A place a distance is compared with ("one of the deadliest attacks this close to the capital",
#: "rarely have jihadists struck so close to Bamako", "as near to Niamey as ever"): a yardstick,
#: not where the event happened.
_COMPARED_NEAR = re.compile(r"(?i)\b(?:this|so|as)\s+(?:close|near)\s+to\s+(?:the\s+)?$")
#: ... the words it ends with (speed)
_COMPARED_LAST = ("to", "the")


def _source_place(text: str, p: PlaceMention, low: str | None, j: int | None = None) -> bool:
    """Is ``p`` where a source of the story speaks from (:data:`_SOURCE_IN`)? ``j``: where the
    white space right before the place starts (:func:`_route_places` has it), if known."""
    start = p.start
    if text.startswith(_BASED, p.end):
        return True  # "a Bamako-based analyst"
    lo = start - 60 if start > 60 else 0
    if low is not None and ((j is not None and (j == start or not low.endswith(_SOURCE_ENDS, lo, j)))
                            or not _has_any(low[lo:start], _SOURCE_HINTS)):
        return False
    if _SOURCE_IN.search(text, lo, start):
        return _SOURCE_SAID.match(text, p.end) is not None or _ACCORDING_SOURCE.search(text, lo, start) is not None
    return _SPOKE_IN.search(text, lo, start) is not None


#: Qualifiers of a spot told by its distance from a town ("a few kilometres south of Titao", "near Titao").
_NEAR_QUALIFIERS = frozenset(("km", "near"))


def _near_far_end(places: list[PlaceMention], k: int, far: PlaceMention) -> bool:
    """Does the sentence after ``far``'s name the spot by its distance from ``far`` ("... on the
    road between Ouahigouya and Titao. The gunmen stopped the bus a few kilometres south of Titao"),
    naming no other town (``places[k:]`` follow ``far``)?"""
    si = far.sentence_index
    found = False
    for q in places[k:]:
        if q.sentence_index > si + 1:
            break
        if q.sentence_index <= si or q.feature == _COUNTRY_FEATURE or q.geo_precision > 2:
            continue
        if q.gazetteer_id != far.gazetteer_id or q.qualifier not in _NEAR_QUALIFIERS:
            return False  # another town, or the far end told as the event's own place
        found = True
    return found


#: An unnamed settlement located by a town ("a village near the town of Diffa", "a hamlet outside Djibo").
_UNNAMED_NEAR = re.compile(r"(?i)\b(?:a|an)\s+(?:[\w'’-]+\s+)?(?:village|hamlet|locality|settlement|community)\s+"
                           r"(?:near|outside|close\s+to)\s+(?:the\s+(?:town|city)\s+of\s+)?$")
_NEAR_LAST = ("near ", "outside ", "to ", "of ")
_LANDMARK_QUALIFIERS = ("near", "outside")


#: A journey's end told by no name ("travelling from Ayorou toward a site for displaced people",
#: "returning from Gao to their village"): the start is then the journey's one named place.
_UNNAMED_END = re.compile(r"\s+(?:to|towards?|for)\s+(?:a|an|their|his|her|its)\s+(?-i:[a-z])")


def _spot_next(places: list[PlaceMention], k: int, end: PlaceMention, out: set[int]) -> bool:
    """Is ``end`` (a road's one named end) the only town of its sentence, and does the next
    sentence name a spot near another town ("ambushed a military convoy near Aguelhok")?
    (``places[k:]`` follow ``end``.)"""
    si = end.sentence_index
    spot = False
    for q in places[k:]:
        if q.sentence_index > si + 1:
            break
        if q.feature == _COUNTRY_FEATURE or q.geo_precision > 2 or id(q) in out:
            continue
        if q.sentence_index == si:
            return False  # another town in its sentence: the road's rules above decide
        if q.gazetteer_id != end.gazetteer_id and q.qualifier in _NEAR_QUALIFIERS:
            spot = True
    return spot


def _near_spot_after(places: list[PlaceMention], dest: PlaceMention, out: set[int]) -> bool:
    """Does the sentence after a cargo's destination ("attacked a convoy carrying food to Djibo")
    name the spot by another town and measure it from the destination ("The convoy was ambushed
    near Tongomayel, about 20 kilometres from Djibo")? Then the destination is no clue left."""
    si = dest.sentence_index
    other = measured = False
    for q in places:
        if q.sentence_index != si + 1 or q.feature == _COUNTRY_FEATURE or q.geo_precision > 2:
            continue
        if q.gazetteer_id == dest.gazetteer_id:
            if q.qualifier != "km":
                return False  # the destination told again as a place of its own
            measured = True
        elif id(q) not in out:
            other = True
    return other and measured


def _route_places(text: str, places: list[PlaceMention], low: str | None) -> set[int]:
    """Ids of places that are not where an event happened (see above): a journey's end, a road's
    far end (both ends when a place on the road is named), a cargo's destination (when the
    sentence names another town), a country named as a reference ("the border with X") and a
    town's administrative area named after it.

    ``low``: :func:`_plain_lower` of ``text`` (the patterns are then only run before places
    where their hint words occur); None: every pattern is run before every place.
    """
    out = set()
    cargo: list[PlaceMention] = []
    sieged: list[PlaceMention] = []
    sources: list[PlaceMention] = []
    between: list[PlaceMention] = []
    origins: list[PlaceMention] = []
    last = len(places) - 1
    refs = places_mod.reference_qualifiers()
    for k, p in enumerate(places):
        start = p.start
        # the patterns below end with spaces before the place: one scan back over them (the
        # windows of the patterns lie inside 60 characters but the cargo's)
        lo = lo60 = start - 60 if start > 60 else 0
        j = start
        while j > lo and text[j - 1].isspace():
            j -= 1
        if p.feature != _COUNTRY_FEATURE and _source_place(text, p, low, j):
            sources.append(p)
            continue
        if j > lo and (low is None or (low.endswith(("in", "from"), lo, j) and _has_any(low[lo:j], _ISSUED_HINTS))) \
                and _ISSUED_IN.search(text, lo, start):
            out.add(id(p))  # "the army said in a statement issued in Niamey": where it was issued
            continue
        if p.feature == _CAPITAL_FEATURE and (_CAPITAL_AS_GOVERNMENT.match(text, p.end) or (
                text.endswith("In ", 0, start) and _CAPITAL_SPEAKS.match(text, p.end))):
            out.add(id(p))  # "Ouagadougou's grievance", "Bamako has accused Paris": the government
            continue
        if j > lo and (low is None or low.endswith(_COMPARED_LAST, lo, j)) and _COMPARED_NEAR.search(text, lo, start):
            out.add(id(p))  # "the deadliest attack this close to the capital": a yardstick
            continue
        if p.feature == _COUNTRY_FEATURE and p.qualifier in refs:
            # a country named as a reference ("near the border with Burkina Faso", "the tri-border
            # area with Mali and Niger", "fled towards Niger": places' qualifier) is no place of it
            out.add(id(p))
            continue
        if k < last and places[k + 1].start - p.end == 1 and text[p.end] in _DASHES:
            nxt = places[k + 1]
            m = _ROAD_AFTER.match(text, nxt.end)
            if m is not None:
                out.add(id(nxt))  # "the Bandiagara-Bankass road": Bankass only names its far end
                if k + 1 < last and _NEAR_AFTER_ROAD.fullmatch(text, m.end(), places[k + 2].start):
                    out.add(id(p))  # "..., a few kilometres from the village of Kani-Bonzon"
        if k > 0 and p.qualifier in _ADMIN_QUALIFIERS and places[k - 1].sentence_index == p.sentence_index \
                and (not sources or sources[-1] is not places[k - 1]) and _ADMIN_GAP.fullmatch(text, places[k - 1].end, start):
            out.add(id(p))
            continue
        if start and (text[start - 1] in _QUOTES or text.endswith(_NAMED, 0, start)) and (
                low is None or _has_any(low[start - 40 if start > 40 else 0 : start], _VESSEL_HINTS)) \
                and _VESSEL_NAME.search(text, start - 40 if start > 40 else 0, start):
            out.add(id(p))  # 'an attack on the boat "Tombouctou"': the vessel's name
            continue
        if j == start:
            continue  # no space before the place: none of the patterns can end here
        if low is None:
            went = any(pattern.search(text, lo, start) for pattern, _, _ in _WENT_TO)
        else:  # (speed: the words that end them all first)
            went = low.endswith(_WENT_LAST, lo, j) and any(
                low.endswith(last, lo, j) and hint.search(low, lo, start) and pattern.search(text, lo, start)
                for pattern, hint, last in _WENT_TO)
        if went:
            if (low.endswith("from", lo, j) if low is not None else text[lo:j].lower().endswith("from")) \
                    and _UNNAMED_END.match(text, p.end) and _ROUTE_END.search(text, lo, start):
                origins.append(p)  # "it was travelling from Ayorou toward a site": decided below
                continue
            out.add(id(p))  # "a bus travelling from Gao to", "fled toward", "wounded and taken to"
            continue
        lo = start - 40 if start > 40 else 0
        if k < last and j > lo and (low is None or low.endswith(("between", "of"), lo, j)) and (
                _ROAD_BETWEEN.search(text, lo, start) or (p.feature != _COUNTRY_FEATURE and _BETWEEN.search(text, lo, start))):
            nxt = places[k + 1]
            if text_mod._AND_GAP.fullmatch(text, p.end, nxt.start):
                out.add(id(nxt))
                if k + 1 < last and _NEAR_AFTER_ROAD.fullmatch(text, nxt.end, places[k + 2].start):
                    # "on the road between Kayes and Diema, near the village of Sandare": the
                    # place the road passes names where it happened, both ends only the road
                    out.add(id(p))
                elif _near_far_end(places, k + 2, nxt):
                    # "on the road between Ouahigouya and Titao" + "... a few kilometres south of
                    # Titao": the next sentence measures the spot from the far end: it is the place
                    out.discard(id(nxt))
                    out.add(id(p))
                else:
                    between.append(p)  # "In Boni, ... stormed a camp on the road between X and Y"
        if k < last and j > lo and (low is None or low.endswith(_ROAD_LINKING_LAST, lo, j)) \
                and _ROAD_LINKING.search(text, lo, start):
            nxt = places[k + 1]
            if _LINK_GAP.fullmatch(text, p.end, nxt.start):
                out.add(id(nxt))  # "the road linking Senegal to Bamako": Bamako only names its far end
                for i in range(k + 2, last + 1):
                    if not _FAR_LIST_GAP.fullmatch(text, places[i - 1].end, places[i].start):
                        break
                    out.add(id(places[i]))  # "... north to Aguelhok and Tessalit": both far ends
                if p.feature == _COUNTRY_FEATURE or nxt.feature == _COUNTRY_FEATURE or (
                        k + 1 < last and _NEAR_AFTER_ROAD.fullmatch(text, nxt.end, places[k + 2].start)):
                    out.add(id(p))
            elif _spot_next(places, k + 1, p, out):
                # "fighting for control of the road linking Kidal to the Algerian border" + "its
                # fighters ambushed a convoy near Aguelhok": the road's one named end is no spot
                out.add(id(p))
        elif j > lo and (low is None or (low.endswith(_LINK_LAST, lo, j) and _ROAD_TO_HINT.search(low, lo, j))) \
                and _ROAD_LINKING_FAR.search(text, lo, start):
            out.add(id(p))  # "the highway from Dakar to Bamako": Bamako only names its far end
        lo = start - 90 if start > 90 else 0
        if (low is None or ((j == lo60 or low.endswith(_CARGO_LAST, lo60, j)) and _CARGO_HINT.search(low, lo, j))) \
                and _CARGO_TO.search(text, lo, start):
            cargo.append(p)
        elif p.feature != _COUNTRY_FEATURE and (low is None or low.endswith(_DEST_LAST, lo60, j)):
            if (low is None or _ROAD_TO_HINT.search(low, lo60, j)) and _ROAD_TO.search(text, lo60, start):
                cargo.append(p)  # "on the road to Tougan": goes beside another town, as a cargo's end
            elif (low is None or _SIEGE_HINT.search(low, lo60, j)) and _SIEGE_OF.search(text, lo60, start):
                sieged.append(p)
    if origins:
        # where a journey started goes when its sentence names another town ("a bus travelling
        # from Gao to Mopti"); alone ("the vehicle was travelling from Ayorou toward a camp for
        # displaced people when the device exploded") it is the one clue to where it happened
        for p in origins:
            if any(q.sentence_index == p.sentence_index and q is not p and q.feature != _COUNTRY_FEATURE
                   and q.geo_precision <= 2 for q in places):
                out.add(id(p))
    if between:
        # a road's first end goes too when its sentence names another town (a place on the road)
        for p in between:
            if any(q.sentence_index == p.sentence_index and q is not p and id(q) not in out
                   and q.feature != _COUNTRY_FEATURE and q.geo_precision <= 2 for q in places):
                out.add(id(p))
    if sieged:
        # a siege's target goes when its sentence names another place below country level
        gone = {id(p) for p in sieged}
        for p in sieged:
            if any(q.sentence_index == p.sentence_index and id(q) not in gone and id(q) not in out
                   and q.feature != _COUNTRY_FEATURE for q in places):
                out.add(id(p))
    if cargo:
        # the destination goes only when the sentence names another town (else it is the only clue)
        gone = {id(p) for p in cargo}
        for p in cargo:
            if any(q.sentence_index == p.sentence_index and id(q) not in gone and id(q) not in out
                   and q.feature != _COUNTRY_FEATURE and q.geo_precision <= 2 for q in places):
                out.add(id(p))
            elif _near_spot_after(places, p, out):
                out.add(id(p))
    for p in places:
        # "a raid on a village near the town of Diffa" + "raided Gueskerou, about 25 km east of
        # Diffa": the unnamed village is the one the next sentence names, Diffa only a landmark
        if p.qualifier in _LANDMARK_QUALIFIERS and id(p) not in out and text.endswith(_NEAR_LAST, 0, p.start) \
                and _UNNAMED_NEAR.search(text, p.start - 60 if p.start > 60 else 0, p.start) \
                and _near_spot_after(places, p, out):
            out.add(id(p))
    if sources:
        # a source's place goes when the story names another place below country level (else it
        # is the only clue to where it happened: "gunmen killed 8, a source in Djibo told AFP")
        gone = {id(p) for p in sources}
        if any(id(q) not in gone and id(q) not in out and q.feature != _COUNTRY_FEATURE for q in places):
            out |= gone
        else:
            # the national capital, where governments, agencies and their officials speak, is no
            # clue ("killed 20 civilians in central Mali, the government said in Bamako")
            out |= {id(p) for p in sources if p.feature == _CAPITAL_FEATURE}
    return out


#: A place bound to an event word of its clause: right after it ("attacked Boni", "stormed the
#: Dogon village of Kani") or after a locator a few words on, in the same phrase (no comma, no
#: source: "came under fire near the locality of Koalou", "was attacked on 26 June about 15
#: kilometres north of Bourzanga"; not "..., according to an official in Bankass").
_ATTACHED = re.compile(rf"(?i)\s+(?:the\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_TOWN})\s+of\s+)?|"
                       r"\s(?:(?:(?!according\b|said\b|says\b|told\b)[^,;:!?]){0,60}?\s)?"
                       r"(?:near|at|in|outside|around|close\s+to|on\s+the\s+outskirts\s+of|"
                       r"(?:north|south|east|west)\w*\s+of|(?:km|kilomet(?:re|er)s?|miles)\s+(?:from|of))\s+"
                       rf"(?:the\s+(?:{_TOWN}|area)\s+of\s+)?")


def _bound(text: str, triggers: list[TriggerMention], places: list[PlaceMention], p: PlaceMention) -> bool:
    """Whether the place ``p`` is bound to one of the event words ``triggers`` (:data:`_ATTACHED`
    fills the gap between them, and no other place of ``places`` lies in it)."""
    for t in triggers:
        if t.end <= p.start and not any(t.end <= q.start < p.start for q in places) \
                and _ATTACHED.fullmatch(text, t.end, p.start):
            return True
    return False


def _event_place_first(text: str, frames: list[Frame]) -> None:
    """A clause naming two towns happened at the one bound to its event word (:data:`_ATTACHED`),
    not at a town named before it that only tells who or what was there ("troops conducting a
    sweep around Pama came under fire near Koalou", "residents of Djibo said gunmen attacked
    Arbinda"): such earlier towns leave the frame's places. Nothing changes when the first town
    is bound to an event word itself or none is."""
    for fr in frames:
        places = fr.places
        if len(places) < 2:
            continue  # (speed: most frames)
        towns = sorted((p for p in places if p.feature != _COUNTRY_FEATURE and p.geo_precision <= 2), key=_START)
        if len(towns) < 2:
            continue

        if _bound(text, fr.triggers, places, towns[0]):
            continue
        at = next((p for p in towns[1:] if _bound(text, fr.triggers, places, p)), None)
        if at is None:
            continue
        drop = {id(q) for q in towns if q.start < at.start and not _bound(text, fr.triggers, places, q)}
        fr.places = [q for q in places if id(q) not in drop]


#: A clause telling what an event led to ("..., causing long queues at petrol stations in Bamako",
#: "..., sparking fuel shortages in the capital", "..., forcing schools in Djibo to close",
#: "..., prompting protests in Kati"): the places it names are where the consequences were felt,
#: not where the event told before it happened. (Not "..., killing 12 people in Boni": a killing
#: told so is the event itself.) The cue and the place share a clause (no comma between).
_CONSEQUENCE_CUE = (r",\s+(?:and\s+)?(?:causing|prompting|forcing|sparking|triggering|fuell?ing|leading\s+to|"
                    r"resulting\s+in|disrupting|crippling|paraly[sz]ing)")
_CONSEQUENCE = re.compile(_CONSEQUENCE_CUE + r"\b[^,;:.!?]{0,100}$")
#: Every match of _CONSEQUENCE holds one of these in the lower-cased text (see _plain_lower).
_CONSEQUENCE_HINTS = ("causing", "prompting", "forcing", "sparking", "triggering", "fuelling", "fueling", "leading",
                      "resulting", "disrupting", "crippling", "paralysing", "paralyzing")
#: Every match of _CONSEQUENCE starts with a match of this (its head, up to the cue word): one scan
#: of the article from comma to comma, cheaper than looking for each hint word.
_CONSEQUENCE_HEAD = re.compile(_CONSEQUENCE_CUE)


def _consequence_places(text: str, frames: list[Frame], low: str | None) -> None:
    """A place named in a clause telling what the frame's event led to (:data:`_CONSEQUENCE`)
    leaves the frame's places when the frame's event word comes before that clause (an event
    told inside it, "..., prompting protests in Kati", keeps its place)."""
    if _CONSEQUENCE_HEAD.search(text) is None:
        return  # (speed: few articles write any of the cues)
    for fr in frames:
        places = fr.places
        if not places:
            continue
        drop = None
        for p in places:
            start = p.start
            lo = start - 140 if start > 140 else 0
            if low is not None and not _has_any(low[lo:start], _CONSEQUENCE_HINTS):
                continue
            m = _CONSEQUENCE.search(text, lo, start)
            if m is not None and any(t.end <= m.start() for t in fr.triggers) \
                    and not any(m.start() < t.start < start for t in fr.triggers):
                drop = (drop or set()) | {id(p)}
        if drop:
            fr.places = [q for q in places if id(q) not in drop]


def _scene_setting(st: _Art) -> None:
    """A violent clause without a date, a place or a reference back of its own, in a sentence
    naming none, right after a sentence of its paragraph that tells no event but sets the scene
    with an actor of the clause, a date and a place ("On February 3, a convoy of soldiers entered
    Diafarabe." + "Residents said the soldiers shot dead 12 men."): the clause happened then and
    there (the scene's date when it is not a report's, its places when one is a town)."""
    frames, sentences = st.frames, st.sentences
    framed = {f.sentence_index for f in frames}
    wanted = [f for f in frames if f.date is None and not f.places and f.sentence_index >= 1 and f.family == "violence"
              and f.sentence_index - 1 not in framed and not (f.definite or f.generic or f.separate)
              and (f.actor1 is not None or f.actor2 is not None)]
    if not wanted:
        return
    for f in wanted:
        si = f.sentence_index
        prev = si - 1
        if "\n" in st.text[sentences[prev].end : sentences[si].start]:
            continue  # another paragraph
        if any(d.sentence_index == si for d in st.dates) or any(p.sentence_index == si for p in st.places):
            continue
        who = {m.actor for m in (f.actor1, f.actor2) if m is not None}
        if not any(m.sentence_index == prev and m.actor in who for m in st.actors):
            continue  # the scene is set for someone else
        ds = [d for d in st.dates if d.sentence_index == prev and d.precision in ("day", "week", "month") and d.tense != "future"
              and (st.published is None or d.date <= st.published) and not frames_mod.is_report_date(st.doc, d)]
        ps = [p for p in st.places if p.sentence_index == prev and id(p) not in st.route]
        town = any(p.feature != _COUNTRY_FEATURE and p.geo_precision <= 2 for p in ps)
        if not (ds and town):
            continue
        f.date, f.date_how = ds[0], "scene"
        f.places, f.place_how = ps, "scene"


def _region_only(c: _Cand | None) -> PlaceMention | None:
    """The place of candidate ``c`` when it is only a region (an administrative unit at geo
    precision 3: "in Burkina Faso's Boucle du Mouhoun region"), else None."""
    p = c.place if c is not None else None
    return p if p is not None and p.geo_precision >= 3 and p.feature.startswith("A.") else None


def _place_compatible(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.country != b.country:
        return False
    if a.name == b.name:
        return True
    if a.geo_precision == 3 or b.geo_precision == 3:
        region, other = (a, b) if a.geo_precision == 3 else (b, a)
        return region.admin1 is None or region.admin1 == other.admin1
    return False


def _in_district(seat: PlaceMention | None, spot: PlaceMention | None) -> bool:
    """Whether ``spot`` is a village of the district whose seat is the town ``seat`` ("near the
    southern town of Gaya" in the lead, "near the village of Bengou" of the Gaya department in
    the body): the lead names the district's town, the body the spot."""
    return seat is not None and spot is not None and seat.feature == "P.PPLA2" and spot.feature.startswith("P.") \
        and spot.feature != "P.PPLA2" and seat.admin2 is not None and seat.admin2 == spot.admin2 \
        and seat.admin1 == spot.admin1 and seat.country == spot.country and seat.name != spot.name


_NIGHT = re.compile(r"(?i)\b(?:night|overnight|nightfall|midnight|dawn|late on)\b")


_DAY_IN_WORDS = frozenset({"weekday", "explicit", "anaphoric"})

#: The type keys of a raid's words ("attack", "kill", "looting", "abduction"): one kind of act,
#: where a clash, a bombing, a strike or shelling are each their own (an overnight incident's
#: second day is the same act, :func:`_other_day`'s ``night``; a clash against a raid's target).
_RAID_KEYS = frozenset({"attack", "kill", "looting", "abduction"})


def _other_day(a: DateMention | None, b: DateMention | None, text: str, night: bool = True) -> bool:
    """Two day-precise dates the text gives in words for different days (ACLED: one event per
    day); the one-day tolerance of :func:`_date_compatible` stays for overnight attacks (unless
    ``night`` is False: the caller knows the two are not one act)."""
    if a is None or b is None or a.precision != "day" or b.precision != "day" or a.date == b.date:
        return False
    # ("the next day", "a day earlier": a different day told in words, counted from another date)
    if a.kind not in _DAY_IN_WORDS or b.kind not in _DAY_IN_WORDS:
        return False
    if a.end_date is not None or b.end_date is not None:
        return False
    return not night or not any(_NIGHT.search(text, max(0, d.start - 40), d.end + 40) for d in (a, b))


def _date_compatible(a: DateMention | None, b: DateMention | None) -> bool:
    """``dates.compatible(a, b)``; True when either is None (no date contradicts the other)."""
    if a is None or b is None or a is b:  # a span overlaps itself (speed: often the main date)
        return True
    if a.precision == "day" and b.precision == "day" and a.end_date is None and b.end_date is None:
        # speed: two single days (most pairs asked) are compatible when at most a day apart,
        # the overnight tolerance of dates.compatible (no spans built)
        return -1 <= (a.date - b.date).days <= 1
    return dates_mod.compatible(a, b)


def _better_date(a: DateMention | None, b: DateMention | None) -> DateMention | None:
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    if a is None:
        return b
    if b is None:
        return a
    return b if order.get(b.precision, 9) < order.get(a.precision, 9) else a


#: What follows the place of a dateline: an optional country and/or date (", Mali", ", March
#: 12", ", 13 January 2024", ", Jan. 13, 2024"), then the agency in brackets followed by a dash
#: ("(AIB) -", "(Anadolu) -"), or an agency acronym in brackets ("(AFP)", "(AMAP)"), or a dash
#: alone ("BAMAKO —"). A bracket of prose ("Djibo (Soum province) was attacked") is neither.
_DATELINE_AGENCY = re.compile(r"^\s*(?:,\s*(?:[A-Z][\w.]*|\d{1,2}(?:st|nd|rd|th)?)(?:[\s,]+(?:[A-Z][\w.]*|\d{1,4}(?:st|nd|rd|th)?)){0,3}\s*)?"
                              r"\s*(?:\([A-Z][\w.&'’ -]{0,29}\)\s*(?:-{1,2}|—|–)|\([A-Z][A-Za-z]?[A-Z.]{1,6}\)|\((?:Reuters|Xinhua|dpa)\)|—|–|--)")
#: ... or a full date with its year and a plain hyphen ("Niamey, 22 March 2025 - ", "Bamako, March
#: 3, 2024 - "): a place, a day, a month and a year before a dash open only a dateline.
_DATELINE_DATE_DASH = re.compile(r"^,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s+-\s")


def _place_objects_found(text: str, triggers: list[TriggerMention], places: list[PlaceMention]) -> list[TriggerMention]:
    """``triggers`` without a "seized/captured/took <place>" trigger
    (:func:`analysis.coding.triggers.place_object_words`) whose object the place finder did not
    take for a place: "police seized Moussa at his home" is an arrest, not a town taken."""
    words = trig.place_object_words()
    if not any((t.key, t.lemma) in words for t in triggers):
        return triggers  # (speed: most articles)
    starts = {p.start for p in places}
    keep = []
    for t in triggers:
        if (t.key, t.lemma) in words and t.end - t.start == len(t.lemma):
            j = t.end
            while j < len(text) and text[j].isspace():
                j += 1
            if j == t.end or j not in starts:
                continue
        keep.append(t)
    return keep


def _split_datelines(text: str, found: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """``found`` split into datelines (:func:`_is_dateline`) and the other places, in order."""
    datelines, places = [], []
    for p in found:
        (datelines if _is_dateline(text, p) else places).append(p)
    return datelines, places


def _is_dateline(text: str, p: PlaceMention) -> bool:
    """A dateline ("BAMAKO (Reuters) -", "NIAMEY, Dec. 22 (Xinhua) --") says where the story was
    filed, not where the event happened."""
    word = text[p.start : p.end]
    if len(word) >= 4 and word.isupper():
        return True
    line_start = text.rfind("\n", 0, p.start) + 1
    if p.start - line_start > 30:
        return False
    after = text[p.end : p.end + 50]
    return bool(_DATELINE_AGENCY.match(after) or _DATELINE_DATE_DASH.match(after))


def _article_country(places: list[PlaceMention], title_end: int) -> str | None:
    """The country the article is about: places weighted by position (title counts double)."""
    score: dict[str, float] = {}
    for k, p in enumerate(places):
        if not p.country:
            continue
        w = 2.0 if p.start < title_end else 1.0 / (1 + 0.1 * k)
        if p.feature != _COUNTRY_FEATURE:
            w *= 1.5
        score[p.country] = score.get(p.country, 0.0) + w
    return max(sorted(score), key=score.__getitem__) if score else None


def _government_of(country: str | None) -> str:
    if not country:
        return ""
    entry = actors_mod.load_dictionary().countries.get(country)
    return entry.government if entry and entry.government else ""


def _forces_of(country: str | None, when: date | None) -> str:
    if not country:
        return ""
    d = actors_mod.load_dictionary()
    return actors_mod._force_of(d, country, country, when) or ""


def _headline_end(article: Article) -> int:
    """End offset of the headline inside the text (0: the text does not carry it)."""
    text = article.text
    if article.title:
        head = _manifest_title(article).strip()
        k = text.find(head[:60]) if head else -1
        if 0 <= k < 600:
            return k + len(head)
    return 0


#: How far after the headline (characters) a standfirst may start, and its length in words.
_STANDFIRST_REACH = 300
_STANDFIRST_WORDS = (6, 45)
_PROSE_LINE_END = re.compile(r"[.!?…][\"'”’»)\]]*[ \t]*(?:\n|$)")


def _standfirst_end(text: str, end: int) -> int:
    """``end`` (the headline's end, 0 when the text starts after it) moved past a standfirst: a
    second headline-style line (6-45 words, no closing punctuation: "One soldier killed in
    clashes as air force strikes hideouts, army says") before the first line of prose, after at
    most two short lines of page furniture (a site name, a section, a place), and followed by
    prose. A line of prose first, a byline or a date line ("By ...", "Kamal Ali | 16.10.2024")
    or no prose after it: ``end`` as it is."""
    pos = end
    short = 0
    limit = min(len(text), end + _STANDFIRST_REACH)
    while pos < limit:
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        if stop - pos > 400:
            return end  # a paragraph, longer than any standfirst
        line = text[pos:stop].strip()
        if line:
            if text_mod.ends_prose(line) or "|" in line or _FURNITURE.match(line) \
                    or line.startswith(("By ", "BY ")):
                return end  # prose, or page furniture that ends the title block
            n = len(line.split())
            if n < _STANDFIRST_WORDS[0]:
                short += 1
                if short > 2:
                    return end
            else:
                if n > _STANDFIRST_WORDS[1]:
                    return end
                # (prose must follow: a text without full stops has no standfirst)
                return stop if _PROSE_LINE_END.search(text, stop, stop + 800) else end
        if nl < 0:
            break
        pos = nl + 1
    return end


# ---------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    """An event under construction: merged frames and their resolved fields."""

    frames: list[Frame]
    family: str
    type_key: str
    head: Frame
    place: PlaceMention | None
    date: DateMention | None
    country: str | None
    countries_split: str | None = None  # country of a per-country split (no place)
    split_n: int = 1
    split_i: int = 0
    is_main: bool = False
    separate: bool = False
    extra_claims: list[CasualtyClaim] = field(default_factory=list)
    main_day: bool = False  # dated by the main date (frames without a date of their own join it)
    # ids of claims that are not this list member's: figures told of another town of its list, or
    # the list's joint figures when the text gives the towns' own ones (:func:`_placed_tolls`)
    not_claims: frozenset[int] = frozenset()


def _counter_action(fr: Frame, c: _Cand) -> bool:
    """Whether ``fr`` tells the state forces' own violence (agent in its clause, no civilian
    victim) in another sentence than ``c``'s head, an attack on civilians by a non-state armed
    group: "Gunmen killed nine villagers ... Troops pursued the assailants, killing 12 of them",
    "soldiers intercepted the attackers and neutralised 15": the response is a battle of its own."""
    a1, h = fr.actor1, c.head
    if a1 is None or a1.inter != 1 or fr.actor1_how != "clause" or fr.sentence_index == h.sentence_index:
        return False
    if fr.actor2 is not None and fr.actor2.inter == 7:
        return False
    return h.actor1 is not None and h.actor1.inter in (2, 3) and h.actor2 is not None and h.actor2.inter == 7


def _strikes_back(fr: Frame, c: _Cand) -> bool:
    """Whether ``fr``, an air strike with the state's forces as its clause's agent and no place of
    its own, told after the head of ``c``, the headline's violence of another type at a town by
    an agent who is not the state's ("Several rockets were fired early Wednesday at the airport
    of Timbuktu ... air force aircraft subsequently struck the firing positions"), is the forces'
    answer: an event of its own at the attack's place (ACLED: one event per type, place and day)."""
    a1, h = fr.actor1, c.head
    return (a1 is not None and a1.inter == 1 and fr.actor1_how == "clause" and not fr.generic and not fr.definite
            and c.family == "violence" and c.type_key != "air_strike" and c.place is not None and c.place.geo_precision <= 2
            and fr.sentence_index > h.sentence_index and (h.actor1 is None or h.actor1.inter not in trig.STATE_INTER))


@lru_cache(maxsize=None)
def _types_compatible(a: str, b: str) -> bool:
    """Whether frames of types ``a`` and ``b`` can be one event (rule 2 of the module docstring);
    remembered per pair (speed: asked for every frame and candidate)."""
    fa, fb = family_of(a), family_of(b)
    if fa != fb:
        return False
    if fa == "violence":
        if a == b:
            return True
        territory = {"gov_regains", "nsa_overtakes"}
        if a in territory or b in territory:
            return (b if a in territory else a) in _BATTLE_ABSORBS | territory
        if a == "armed_clash" or b == "armed_clash":
            return (b if a == "armed_clash" else a) in _BATTLE_ABSORBS
        weak = {"kill", "attack", "looting"}
        return a in weak or b in weak or {a, b} <= {"attack", "abduction", "kill", "looting"}
    if fa == "protest":
        # a demonstration and the force met by it are one event ("around 60 people gathered ... to
        # demand the men's release. Police fired tear gas to break up the gathering"): the most
        # severe sub-type (_PROTEST_RANK); a riot is another event type
        return a == b or (a in _PROTEST_RANK and b in _PROTEST_RANK)
    return a == b


#: The protest sub-types by severity: merged frames of one demonstration take the highest.
_PROTEST_RANK = {"peaceful_protest": 0, "protest_intervention": 1, "excessive_force": 2}


_PREC = {"day": 0, "week": 1, "month": 2, "year": 3}


#: The components of text.nlp() that only set sentence boundaries.
def _tokens_only() -> bool:
    """Whether text.nlp() only sets sentence boundaries, which text.parse writes itself
    (spaCy's ``pipe_names`` is costly: a batch asks once)."""
    return set(text_mod.nlp().pipe_names) <= text_mod._DONE_BY_PARSE


def _title_keys(article: Article, title_end: int, tokens_only: bool) -> tuple[set[str], str]:
    """Trigger types of a manifest title that the cleaned text does not start with, and the
    family of the event it names first ("" without one). ``tokens_only``: :func:`_tokens_only`."""
    if title_end > 0:
        return set(), ""  # (before the title's copy: speed)
    title = _manifest_title(article).strip()
    if not title:
        return set(), ""
    if tokens_only:
        # the trigger search reads tokens only: the sentence boundaries parse() would write
        # into the Doc (about a third of a headline's cost) are not needed
        doc = text_mod.tokens_doc(title)
    else:
        doc = text_mod.parse(title)
    keys = set()
    found = trig.find_triggers(doc, text_mod.split_sentences(doc))
    strong = [t for t in found if t.strength >= 0.75] or found
    best = max((t.strength for t in strong), default=0)
    for t in strong:
        if t.strength < best and t.key in ("attack", "kill"):
            continue  # "drone strikes kill civilians": the strike is the headline event
        keys.add(t.key)
        if t.key == "territory":
            keys |= {"gov_regains", "nsa_overtakes", "other", "arrests"}
        if t.key == "attack":
            keys |= {"armed_clash"}
    return keys, (family_of(strong[0].key) if strong else "")


#: Page furniture that opens a line: labels of the page ("Issued on:", "Modified:", "Text by:",
#: "Published On", "Updated", "By ...", "Le Monde with AFP", "FILE -", "Photo:"), not prose.
_FURNITURE = re.compile(r"(?i)\s*(?:issued on\b|modified\s*:|updated\s*[:\d]|last updated\b|published (?:on|at)\b|"
                        r"posted (?:on|at)\b|text by\b|[\w .]{0,30}\bwith (?:AFP|Reuters|AP)\b|file\s*[-–—:]|"
                        r"photo\s*:|read (?:more|also)\b|save articles\b)")
_LEAD_SIZE = 4


def _lead(sentences) -> set[int]:
    """The indices of the lead: the first :data:`_LEAD_SIZE` sentences of prose (a sentence
    introducing a list, "... shows at least five attacks since late December:", is prose), passing over
    the page furniture (a line without closing punctuation, "Issued on: 22/10/2023", "Text by:
    RFI", "Le Monde with AFP") that a page puts before the story. The headline is not prose
    (no full stop) and does not count."""
    out: set[int] = set()
    for s in sentences:
        t = s.text.rstrip()
        if text_mod.ends_prose(t) and t.count(" ") >= 3 and not _FURNITURE.match(t):
            out.add(s.index)
            if len(out) == _LEAD_SIZE:
                break
    # (no line of prose at all, a text without full stops: its first sentences)
    return out or {s.index for s in sentences[:_LEAD_SIZE]}


def _lead_of(st: _Art) -> set[int]:
    """:func:`_lead` of the article's sentences, found once (speed: several rules ask; the
    callers only read the set)."""
    lead = st.lead
    if lead is None:
        lead = st.lead = _lead(st.sentences)
    return lead


#: The longest crosshead (words): "Lakurawa attack in Tahoua", "Fighting insurgency".
_CROSSHEAD_WORDS = 10


def _crossheads(text: str, frames: list[Frame], title_end: int) -> set[int]:
    """The frames (``id``) told in a crosshead: a short line of the body (up to
    :data:`_CROSSHEAD_WORDS` words, not a list item) without closing punctuation, between two
    lines of prose after the title block ("Lakurawa attack in Tahoua" before the paragraph telling
    that attack). A crosshead announces what the body tells: it may confirm an event, never
    create one. Speed: one look at the line of each frame (the lines of prose end in a full stop)."""
    out: set[int] = set()
    lines: dict[int, bool] = {}  # line start -> a crosshead
    for f in frames:
        if f.start < title_end:
            continue
        a = text.rfind("\n", 0, f.start) + 1
        r = lines.get(a)
        if r is None:
            b = text.find("\n", f.start)
            b = len(text) if b < 0 else b
            r = lines[a] = b - a <= 120 and a >= title_end and _crosshead_line(text, a, b, title_end)
        if r:
            out.add(id(f))
    return out


def _crosshead_line(text: str, a: int, b: int, title_end: int) -> bool:
    """Whether the short line ``text[a:b]`` is a crosshead (:func:`_crossheads`)."""
    t = text[a:b].strip()
    if not t or text_mod.ends_prose(t) or t[0] in "-–—•*·" or len(t.split()) > _CROSSHEAD_WORDS:
        return False
    # the lines of prose around it (blank lines passed over)
    k = a - 1
    while k > title_end and text[k - 1].isspace():
        k -= 1
    if k <= title_end:
        return False  # no prose before it
    prev = text[max(title_end, text.rfind("\n", title_end, k) + 1) : k]
    m = b
    while m < len(text) and text[m].isspace():
        m += 1
    e = text.find("\n", m)
    return text_mod.ends_prose(prev) and text_mod.ends_prose(text[m : len(text) if e < 0 else e])


def _strong_battle(fr: Frame) -> bool:
    """A frame that tells fighting itself: a clash word other than an attack suffered ("came
    under fire"), or a named agent acting against an armed target in its own clause (not a
    reference back, "the attack", "carried out the raid"; not a pattern). An attack suffered
    counts only through the second test: "Places of worship have increasingly come under
    attack" (no armed target) tells no fighting (triggers rule 5), nor does "a patrol came
    under fire" with no agent named."""
    if fr.definite or fr.generic:
        return False
    if any(t.key == "armed_clash" and not t.text.lower().startswith(trig.CAME_UNDER) for t in fr.triggers):
        return True
    # "JNIM said its fighters had carried out the attack": a reference back that names the
    # attacker (and its "fighters") tells no fighting of its own
    return fr.actor1 is not None and fr.actor1_how in ("clause", "cue") and fr.armed_target \
        and not all(_BACK_REF.search(t.text) for t in fr.triggers)


def _kidnap_resistance(fr: Frame, frames: list[Frame]) -> bool:
    """An exchange of fire told in a kidnapping that names no force of its own ("A security guard
    was wounded in an exchange of fire", "his bodyguards exchanged fire with the kidnappers",
    "the abductors traded fire with the guards"): the victims' guards resisting the abductors,
    part of the abduction, not a battle (rule 2). Its only sides are unnamed or the generic
    attackers; a force or an armed target told in it ("gendarmes exchanged fire with the
    kidnappers", "a soldier was wounded in an exchange of fire") makes it a battle."""
    return any(f.type_key == "abduction" and not f.definite and not f.generic for f in frames) \
        and not fr.armed_target and all(a is None or (a.generic and a.actor == _UNIDENTIFIED) for a in (fr.actor1, fr.actor2))


#: Victim groups of casualty claims that are armed people (the others are civilians).
_ARMED_DEAD = frozenset(("soldiers", "troops", "police", "VDP", "militiamen", "peacekeepers", "Wagner", "militants"))


def _split_abductions(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Civilians taken in a battle are an abduction event of their own, at the battle's place
    and day (ACLED: the clash with the convoy's escort and the drivers carried off are two
    events): from an Armed clash go its frames telling civilians taken ("At least nine drivers
    were taken away by the gunmen"), and a clash frame that also took civilians in its clause
    ("ambushed an army-escorted convoy ..., abducting several drivers") lends its abduction
    trigger to a copy (:func:`analysis.coding.triggers.civilians_taken`). Soldiers captured in
    the fight stay part of it ("attacked a patrol, kidnapping two soldiers"), and so do civilians
    taken in a battle that also killed civilians ("two soldiers and three drivers were killed
    ... more than fifteen are missing, taken away": one event, its toll tells their fate)."""
    out: list[_Cand] = []
    for c in cands:
        out.append(c)
        if c.family != "violence" or c.type_key != "armed_clash" or c.split_n > 1 or c.countries_split:
            continue
        taken: list[Frame] = []
        for f in c.frames:
            if f.definite or f.generic or f.date_how == "account":
                continue
            if f.type_key == "abduction":
                if not f.armed_target and ((f.actor2 is not None and f.actor2.actor == "Civilians")
                                           or (f.actor2 is None and trig.civilians_taken(text, f.head))):
                    taken.append(f)
            elif f.type_key == "armed_clash" and f.strength >= 1.0:
                t = next((t for t in f.triggers if t.key == "abduction" and trig.civilians_taken(text, t)), None)
                if t is not None:
                    info = trig.type_info("abduction")
                    taken.append(replace(f, head=t, triggers=[t], type_key="abduction", event_type=info.event_type,
                                         sub_event_type=info.sub_event_type, disorder_type=info.disorder_type,
                                         actor2=None, actor2_how="", assoc2=[], armed_target=False, claims=[],
                                         civilian_targeting=True, rule="civilians taken in a battle"))
        if not taken or any(cl.killed_or_other == "killed" and not cl.superseded and cl.victim_group not in _ARMED_DEAD
                            for f in c.frames for cl in f.claims):
            continue  # (civilians also killed in the battle: their fate is told with its toll, one event)
        kept = [f for f in c.frames if not any(f is x for x in taken)]
        if not any(f.type_key != "abduction" for f in kept):
            continue  # (an abduction the battle only upgraded: nothing else is told)
        c.frames = kept
        if any(c.head is x for x in taken):
            c.head = next(f for f in kept if f.type_key != "abduction")
        out.append(_Cand(taken, "violence", "abduction", taken[0], c.place, c.date, c.country,
                         is_main=c.is_main, separate=c.separate, main_day=c.main_day))
    return out


#: How long before the publication day (days) a frame's own date may start and still be the
#: headline incident's: older incidents ("the junta, which seized power in a coup in July last
#: year", "In March, 23 soldiers were killed" in a story of 12 April) are background, told to
#: explain the news (rule 1). A lone old incident stays the headline (nothing outscores it).
_STALE_DAYS = 31


def _stale_before(published: date | None) -> date | None:
    """The day before which a date starts too long before publication (:data:`_STALE_DAYS`),
    computed once per article; None without a publication date (or one too close to the
    calendar's first day to go back from: a placeholder date, nothing is stale then)."""
    return published - timedelta(days=_STALE_DAYS) if published is not None and published.toordinal() > _STALE_DAYS else None


def _is_stale(d: DateMention | None, stale_before: date | None) -> bool:
    """A date that starts before ``stale_before`` (:func:`_stale_before`)."""
    # (speed: the first day of dates.span without the span: the date, or an earlier end of a range)
    return stale_before is not None and d is not None and (
        d.date if d.end_date is None or d.end_date >= d.date else d.end_date) < stale_before


def _manifest_title(article: Article) -> str:
    """The article's title as the manifest gives it, without the cleaner's "(title
    reconstructed ...)" note."""
    return article.title.split("(title reconstructed")[0]


def _frame_score(fr: Frame, title_end: int, order: int, stale_before: date | None, text: str,
                 earlier: dict[int, bool] | None = None) -> float:
    """The headline score of a frame (rule 1). ``stale_before``: :func:`_stale_before` of the
    publication date. ``earlier``: where :func:`_earlier_circumstance` of the frame is kept (by
    ``id``; speed: :func:`_code_frames` asks it again of each frame)."""
    s = fr.strength
    if _is_stale(fr.date, stale_before) and not (
            order == 0 and fr.date.precision == "year" and "since" in text[max(0, fr.date.start - 40) : fr.date.start]):
        # an incident of another time, told as background (a "since" year in the first sentence
        # that tells an incident bounds its context, not its time: "have detained a journalist
        # ..., the latest in a string of arrests since the army seized power in 2023"; "In 2012,
        # rebels seized Kidal" is of another time)
        s -= 1.0
    if fr.in_title or fr.start < title_end:
        s += 1.5
    s += 1.2 / (1 + order)
    if fr.family == "violence":
        s += 0.3
    if _best_place(fr.places) is not None:
        s += 0.3
    if fr.date is not None:
        s += 0.2
    for c in fr.claims:
        if c.killed_or_other == "killed":
            s += 0.3
            break
    if fr.actor1 is not None:
        s += 0.2
    if fr.definite or fr.generic:
        s -= 0.6  # a reference back ("the attack") or a pattern is not the headline telling
    elif _earlier_circumstance(text, fr) if earlier is None else _earlier_of(text, fr, earlier):
        s -= 1.0  # "... arrived the morning after jihadists had attacked a nearby army position"
    return s


def _earlier_of(text: str, fr: Frame, earlier: dict[int, bool]) -> bool:
    """:func:`_earlier_circumstance` of ``fr``, found once (kept in ``earlier`` by its ``id``)."""
    r = earlier.get(id(fr))
    if r is None:
        r = earlier[id(fr)] = _earlier_circumstance(text, fr)
    return r


#: A pluperfect time clause: "after jihadists had attacked", "a day after gunmen had ambushed",
#: "when militants had already stormed", "since rebels had seized" (the earlier circumstance of the
#: event the sentence tells); matched right before the trigger.
_PLUPERFECT_TIME = re.compile(r"(?i)\b(?:after|before|since|once|when)\s+(?:[\w'’-]+\s+){1,5}?had\s+(?:been\s+)?"
                              r"(?:(?:already|just|earlier|previously|also)\s+)?$")


def _clause_tail(before: str) -> int:
    """Where the text after the last stop or comma of ``before`` starts: a match of the lapse
    patterns (:data:`_LAPSE_AFTER`, :data:`_DAYS_LAPSE`: words, white space and no such mark up
    to the end) starts there or later, so their search starts there (speed)."""
    return max(before.rfind("."), before.rfind(";"), before.rfind("!"), before.rfind("?"), before.rfind(",")) + 1


def _earlier_circumstance(text: str, fr: Frame) -> bool:
    """Whether frame ``fr`` is only the earlier circumstance of another event: its first trigger a
    verb in a pluperfect time clause ("the soldiers arrived the morning after jihadists had attacked a
    nearby army position", "a day after gunmen had ambushed a patrol", "once the rebels had seized
    the post"), or any trigger after a span of time and "after" ("arrested two journalists Tuesday,
    days after their newspaper published a report saying dozens of soldiers had been killed in an
    attack"), and the clause gives the frame neither a date nor a town of its own (what the frame
    took from before the clause is the other event's). Such a clause opens no event and is never
    the headline (an own date or town makes it an incident told in full)."""
    trs = fr.triggers
    if not trs:
        return False
    t = trs[0] if len(trs) == 1 else min(trs, key=_START)
    ts = t.start
    lo = ts - 120 if ts > 120 else 0
    # (speed: the literal tests on the text itself, the 120 characters before the trigger copied
    # only for the lapse pattern, whose ``\b`` and ``$`` read that copy)
    if text.find(" after ", lo, ts) >= 0 and (m := _LAPSE_AFTER.search(before := text[lo:ts], _clause_tail(before))) is not None:
        anchor = lo + m.start()
    elif t.pos == "verb" and text.find("had ", ts - 30 if ts - 30 > lo else lo, ts) >= 0 \
            and (m := _PLUPERFECT_TIME.search(text, ts - 80 if ts > 80 else 0, ts)):
        anchor = m.start()
    else:
        return False
    if fr.date is not None and fr.date.start > anchor:
        return False
    return not any(p.start > anchor and p.feature != _COUNTRY_FEATURE for p in fr.places)


#: A span of days before "after"/"before" opening a clause about another incident, up to the trigger
#: within its sentence ("days after hundreds of people protested", "a few days before gunmen struck").
_DAYS_LAPSE = re.compile(r"(?i)\b(?:days|hours|(?:a|one|two|three|four|five|six|a\s+few|few|several)\s+(?:day|days)|"
                         r"shortly|just|only\s+days)\s+(?:after|before)\b[^.;!?,]*$")


def _lapse_month(st: _Art, fr: Frame) -> DateMention | None:
    """The month of the incident an undated frame is dated from by a span of days: "The junta dissolved
    all political parties in May 2025, days after hundreds of people protested in Bamako", "In March,
    the army retook the town, a few days after jihadists overran its camp", "... in June, shortly
    before gunmen killed the mayor": the month told before the lapse in its sentence (a few days
    seldom leave it: ACLED codes the month). Only a month: a day needs the lapse counted."""
    if not fr.triggers:
        return None
    t = min(fr.triggers, key=_START)
    lo = max(0, t.start - 120)
    before = st.text[lo : t.start]
    if " after " not in before and " before " not in before:
        return None  # (speed: a literal test first)
    m = _DAYS_LAPSE.search(before, _clause_tail(before))
    if m is None:
        return None
    anchor = lo + m.start()
    told = [d for d in st.dates if d.sentence_index == fr.sentence_index and d.end <= anchor and d.tense != "future"]
    return told[-1] if told and told[-1].precision == "month" else None


#: A span of time before "after" opening a clause about an earlier incident, up to the trigger within
#: its sentence: "days after their newspaper published a report saying ...", "two weeks after gunmen
#: killed", "shortly after militants stormed" (:func:`_earlier_circumstance`); not a fronted phrase
#: closed by a comma ("Shortly after the blast, armed men took away the driver": the main clause).
_LAPSE_AFTER = re.compile(r"(?i)\b(?:days|weeks|months|hours|(?:a|one|two|three|four|five|six|several|a\s+few|few)\s+"
                          r"(?:day|days|week|weeks|month|months)|shortly|soon|just|only)\s+after\b[^.;!?,]*$")


#: The news told so far set against earlier incidents: "The announcement comes after a string of
#: deadly attacks", "The move follows a series of jihadist raids", "The deal came amid a surge in
#: violence", "It comes days after gunmen killed 20 soldiers", "The announcement comes as insecurity
#: spreads" (not "comes as a surprise"): what is told from there on is background (the subject is the news, not a violent incident: "the attack comes after" is not).
_CONTEXT_AFTER = re.compile(r"(?i)\b(?:the|this|that|their|its)\s+(?:(?:new|latest|joint|surprise|decision|government's|"
                            r"junta's|army's)\s+)?(?:announcement|move|decision|agreement|deal|pact|accord|meeting|"
                            r"summit|talks|launch|deployment|creation|statement|visit|step|measure|declaration|"
                            r"initiative|plan|reform|appointment|withdrawal|decree)s?\s+"
                            r"(?:(?:comes?|came)\s+(?:(?:just|only|barely|two|three|a\s+few|few|several|days|weeks|"
                            r"months|a\s+day|a\s+week|a\s+month)\s+)*(?:after|amid|as(?!\s+(?:a|an|no|the\s+first|part)\b)|in\s+the\s+wake\s+of|"
                            r"on\s+the\s+heels\s+of)|"
                            r"follows?|followed)\s")
_CONTEXT_HINTS = ("comes ", "came ", "follow ", "follows", "followed")  # (not "following": most articles)
#: ... every match holds one of these verbs after its noun (and white space), and opens on one of
#: these words, at most three runs of non-space characters before the verb (:func:`_context_search`)
_CONTEXT_VERBS = ("come", "came", "follow")
_CONTEXT_DETS = ("the", "this", "that", "their", "its")


def _context_search(text: str, low: str | None) -> re.Match | None:
    """``_CONTEXT_AFTER.search(text)``, found without trying the pattern at every position.

    Speed: sre tries the pattern (``\\b`` and an alternation) at every position of the article,
    ~0.1 ms a kilobyte. With ``low`` (:func:`_plain_lower`: a case-insensitive word is found in
    it as it is), a match can only start at a determiner of :data:`_CONTEXT_DETS` lying within
    the three runs of non-space characters before a verb of :data:`_CONTEXT_VERBS` that follows
    white space (determiner, optional adjective, noun); the pattern is matched at those
    positions only, in order: the first match is the search's, the leftmost."""
    if low is None:
        return _CONTEXT_AFTER.search(text)
    starts: set[int] = set()
    n = len(low)
    for verb in _CONTEXT_VERBS:
        v = low.find(verb)
        while v >= 0:
            j = v
            while j > 0 and low[j - 1].isspace():
                j -= 1
            e = v + len(verb)
            # (the verb follows white space and is one of the pattern's forms, "comes", "came",
            # "follows", "followed" or the stem itself before white space: not "following")
            if j < v and e < n and (low[e].isspace() or (low[e] == "s" and verb != "came")
                                    or (verb == "follow" and low.startswith("ed", e))):
                for run in range(3):  # back over three runs of non-space characters
                    while j > 0 and not low[j - 1].isspace():
                        j -= 1
                    if run < 2:
                        while j > 0 and low[j - 1].isspace():
                            j -= 1
                starts.update(k for k in range(j, v) if low.startswith(_CONTEXT_DETS, k))
            v = low.find(verb, v + 1)
    for k in sorted(starts):
        m = _CONTEXT_AFTER.match(text, k)
        if m is not None:
            return m
    return None


#: An incident told as the direct sequel of the one told before: "a day after the assault", "in
#: retaliation for the attack", "pursued the attackers", "a column of assailants fleeing north",
#: "the retreating assailants", "engaged a group of the assailants near Tiloa": the same story's
#: next move (the headline's, when that one is).
_SEQUEL = re.compile(r"(?i)\b(?:(?:a|one|the)\s+day\s+after\s+the\s+(?:attack|assault|raid|ambush)|in\s+(?:response|"
                     r"retaliation|reprisal)\s+(?:to|for)\s+the\s+(?:attack|assault|raid|ambush|killings?)|"
                     r"(?:pursu|chas|track)\w*\s+(?:down\s+)?the\s+(?:attackers|assailants)|"
                     r"(?:of|among)\s+the\s+(?:attackers|assailants)|"
                     r"(?:attackers|assailants)\s+(?:who\s+(?:were\s+)?)?(?:fleeing|retreating|fled|withdrawing)|"
                     r"(?:fleeing|retreating|withdrawing)\s+(?:attackers|assailants))\b")
_SEQUEL_HINTS = ("after the", "attackers", "assailants", "response", "retaliation", "reprisal")


#: A definite incident noun as the time of what follows: "Following the attack,", "After the raids,",
#: "In the wake of the assault,", "Since the attack," (the incident told before, not a new one).
_AFTER_REF = re.compile(r"(?i)\b(?:following|after|since|in\s+the\s+(?:wake|aftermath)\s+of)\s+(?:the|this|that|these|those)"
                        r"\s+(?:[a-z]+\s+)?$")


def _after_ref(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start:end`` is a definite noun told as a time ("Following the
    attack, ..."): :data:`_AFTER_REF` before it and a comma right after."""
    return text[end:end + 1] == "," and _AFTER_REF.search(text, max(0, start - 40), start) is not None


def _dated_there(fr: Frame, frames: list[Frame]) -> DateMention | None:
    """An undated incident at a town where the article dates one incident of the same type ("Three
    passengers killed when a vehicle struck an explosive device near Kandadji" in the highlights,
    "13 March: ... struck an IED north of Kandadji" in the body): the summary of that incident, its
    date. None when the text dates no such incident there, or several days."""
    p = _town(fr)
    if p is None:
        return None
    days = {}
    for g in frames:
        if g is fr or g.date is None or g.date.precision != "day" or g.type_key != fr.type_key:
            continue
        q = _town(g)
        if q is not None and q.name == p.name:
            days.setdefault(g.date.date, g.date)
    return next(iter(days.values())) if len(days) == 1 else None


#: Cues of a witness's account in a sentence: a reporting verb or a quotation.
_ACCOUNT_HINTS = (" said", " says", " told", " recalled", " recounted", " described", "according to", '"', "\u201c")


def _witnessed_there(st: _Art, fr: Frame) -> DateMention | None:
    """The date of the incident a witness's account tells ("A 45-year-old farmer from Tibikoro said
    soldiers shot the men", "Another resident said he counted 30 dead in the village", "'They
    burned the granaries,' a woman from Rabala told us"): an undated violent frame of an attributed
    sentence, at a town where the article has already dated one violent incident or round-up (of
    any kind: the account tells it in its own words), takes that incident's day. None when the town has no
    such incident told before, or several days."""
    p = _town(fr)
    if p is None or fr.family != "violence":
        return None
    sl = st.sentences[fr.sentence_index].text.lower()
    if not any(h in sl for h in _ACCOUNT_HINTS):
        return None
    days = {}
    for g in st.frames:
        if g.start >= fr.start or g.date is None or g.date.precision != "day" or (g.family != "violence" and g.type_key != "arrests"):
            continue
        q = _town(g)
        if q is not None and q.name == p.name:
            days.setdefault(g.date.date, g.date)
    return next(iter(days.values())) if len(days) == 1 else None


def _para_start(text: str, pos: int) -> int:
    """The offset where the paragraph holding ``pos`` starts (after the last line break)."""
    return text.rfind("\n", 0, pos) + 1


def _told_in_paragraph(st: _Art, fr: Frame, main: Frame) -> DateMention | None:
    """The date a roundup paragraph gives its own incident ("In Burkina Faso, JNIM ambushed a
    convoy near Sebba, in the Yagha province, on Sept. 15", "Amaq on Tuesday claimed an IED attack
    near Ansongo", "On Saturday, gunmen raided Tessit. ... Residents said the militants burnt the
    market"): for an undated frame told in another paragraph than the main frame, the day (or
    week) its own sentence tells, not owned by another of its frames (a report date too: the
    incident is then dated by the day it was made known), else the one day its paragraph's lead
    sentence tells as an event's. A date carried from an earlier paragraph is another incident's.
    None when the paragraph tells no such day (or several)."""
    text, published = st.text, st.published
    p0 = _para_start(text, fr.start)
    if p0 <= main.start or not st.dates:
        return None  # (the main frame's paragraph: its date is the story's)
    si = fr.sentence_index
    sents = st.sentences
    owned = {id(g.date) for g in st.frames if g.sentence_index == si and g.date is not None}
    own, reported = [], []
    lead_si = si
    while lead_si > 0 and sents[lead_si - 1].start >= p0:
        lead_si -= 1
    lead = []
    for d in st.dates:
        if d.sentence_index < lead_si or d.sentence_index > si:
            continue
        if d.precision not in ("day", "week") or d.tense == "future" or (published is not None and d.date > published):
            continue
        if d.sentence_index == si:
            if id(d) in owned:
                continue
            (reported if frames_mod.is_report_date(st.doc, d) else own).append(d)
        elif d.sentence_index == lead_si and not frames_mod.is_report_date(st.doc, d):
            lead.append(d)
    if reported and not own and _retells(st, fr, main, p0):
        reported = []  # "The patrol was attacked near Didieni, the gendarmerie said in a statement Wednesday"
    for told in (own, reported, lead):
        if told:
            return told[0] if len({d.date for d in told}) == 1 else None
    return None


def _retells(st: _Art, fr: Frame, main: Frame, p0: int) -> bool:
    """Whether undated frame ``fr``, in the paragraph right after the main frame's, tells the
    main incident again: its sentence opens on "The" and a noun the main frame's sentence holds
    ("Gunmen ambushed a gendarmerie patrol ... on Tuesday. // The patrol was attacked near
    Didieni, the gendarmerie said in a statement Wednesday"): the statement's day is when it was
    said, not a day of its own."""
    text = st.text
    s = st.sentences[fr.sentence_index]
    if not text.startswith("The ", s.start) or fr.family != main.family:
        return False
    if _para_start(text, max(0, p0 - 2)) > main.start or any(main.end <= g.start < s.start for g in st.frames):
        return False  # (another paragraph or another incident between)
    word = text[s.start + 4 : s.start + 40].split(" ", 1)[0].strip(",.;:").lower()
    ms = st.sentences[main.sentence_index]
    return len(word) > 3 and re.search(r"\b" + re.escape(word) + r"\b", text[ms.start : ms.end].lower()) is not None


#: "during a similar incursion", "in a similar attack", "another similar raid": the incident is
#: likened to one told before
_SIMILAR_BEFORE = re.compile(r"(?i)\bsimilar\s+$")


#: ", where" after a place (an apposition between: "Moura, about 30 miles away, where"): a
#: relative clause telling what happened at that place (:func:`_where_dated`).
_WHERE_AFTER = re.compile(r"(?:\s*,[^,.;:!?]{1,60})?,\s+where\s")


#: How many sentences further the lead may tell a headline's news again (:func:`_told_next`).
_LEAD_GAP = 5


def _told_next(st: _Art, fr: Frame) -> DateMention | None:
    """The day the sentence right after an undated news frame gives when that sentence tells no
    incident of its own (no frame): the same news told again with its day and its source ("Niger's
    junta has nationalised the refinery. In a decree read on state television on Thursday, the
    government said ...", "Mali has expelled the French ambassador. The decision, announced on
    Monday, ...", "The junta has suspended the party. A statement on Tuesday said ..."). A report
    date counts: the news is the day it was made known. None when that sentence gives no such day
    or several, or when the frame's own sentence gives a date (not one another frame of it has as
    its own: "have imposed a curfew after an attack killed seven soldiers last week. The governor
    announced the measures Sunday")."""
    si = fr.sentence_index
    if any(d.sentence_index == si and not any(g.date is d and g.sentence_index == si and g is not fr and g.date_how == "own"
                                               for g in st.all_frames) for d in st.dates) \
            or any(g.sentence_index == si + 1 for g in st.all_frames):
        return None
    published = st.published
    days = [d for d in st.dates if d.sentence_index == si + 1 and d.precision == "day" and d.tense != "future"
            and (published is None or d.date <= published)]
    return days[0] if days and len({d.date for d in days}) == 1 else None


def _where_dated(text: str, fr: Frame, frames: list[Frame], main_date: DateMention) -> DateMention | None:
    """An undated incident named at a place whose relative clause dates it to another time: "the
    allegations recall the massacre in Moura, where soldiers killed 500 people in March 2022",
    "the attack on Solhan, where gunmen killed 160 villagers in June 2021", "the raid on the
    Inata base, where 53 gendarmes died in November 2021". The clause's date (of a frame of the
    same sentence with no place of its own, right after ", where") when it is not the main
    event's: the place is that incident's, not the main event's. None otherwise (the main event
    told again at its own place keeps it)."""
    for p in fr.places:
        if p.end <= fr.start or p.start >= fr.end + 80:
            continue
        m = _WHERE_AFTER.match(text, p.end)
        if m is None:
            continue
        for g in frames:
            if g is not fr and g.sentence_index == fr.sentence_index and g.date is not None and not g.places \
                    and g.triggers and g.triggers[0].start >= m.end() and not _date_compatible(g.date, main_date):
                return g.date
    return None


#: A sentence that likens the story's incident to an older one ("The killings recall an attack in
#: X, where ...", "echoes the 2019 massacre", "is reminiscent of the raid on Y"): what follows the
#: cue is that incident's, not the story's.
_RECALL = re.compile(r"(?i)\b(?:recall(?:s|ed|ing)?|echo(?:es|ed|ing)?|(?:is|was) reminiscent of|evok(?:es|ed|ing)|"
                     r"brings? (?:back )?to mind|(?:is|was) the (?:deadliest|worst|bloodiest) since)\b")
_RECALL_HINTS = ("recall", "echo", "reminiscent", "evok", "to mind", "deadliest", "worst", "bloodiest")
#: "The government said at the time that ...", "Officials then said ...", "back then": the
#: sentence goes on with the older incident told before.
_AT_THE_TIME = re.compile(r"(?i)\b(?:at (?:the|that) time|back then|then (?:said|told|reported|claimed|announced|put)|"
                          r"(?:said|told|reported|claimed|announced) then)\b")
_AT_THE_TIME_HINTS = ("at the time", "at that time", "then")
_CALENDAR_KINDS = frozenset({"explicit", "month", "year", "decade", "range"})
#: A month or year counted from now or from the incident told before ("last month", "three
#: months later": :mod:`analysis.coding.dates`), which dates another time like a calendar date.
_COUNTED_KINDS = frozenset({"relative", "anaphoric"})
#: A date that bounds a span ("since 2012", "until March") rather than dating an incident.
#: ("since the UN left on Oct. 31": a since-clause bounds the span too)
_SPAN_BOUND_BEFORE = re.compile(r"(?i)\b(?:(?:until|till|through|by|from|as of)\s+(?:(?:early|late|mid|the end of)[\s-]+)?"
                                r"|since\b[^.;:!?]{0,60}"
                                # ("the junta, which took power in a coup in September 2022, ...": the date tells of the actor)
                                r"|,\s+(?:which|who)\b[^,.;:!?]{0,60})$")
#: ... a match of its first kind ends, past the spaces and hyphens before the date, on one of
#: these; one of the others holds "since" or "wh" (speed: :func:`_span_bound_before`)
_SPAN_BOUND_ENDS = ("until", "till", "through", "by", "from", "of", "early", "late", "mid")


def _span_bound_before(text: str, low: str | None, start: int) -> bool:
    """Whether the date at ``start`` bounds a span (:data:`_SPAN_BOUND_BEFORE` in the 70
    characters before it). ``low``: :func:`_plain_lower` of ``text``: the pattern runs only
    when the window holds what every match holds (:data:`_SPAN_BOUND_ENDS`)."""
    lo = start - 70 if start > 70 else 0
    if low is not None:
        j = start
        while j > lo and (low[j - 1].isspace() or low[j - 1] == "-"):
            j -= 1
        if not (low.endswith(_SPAN_BOUND_ENDS, lo, j) or low.find("since", lo, start) >= 0 or low.find("wh", lo, start) >= 0):
            return False
    return _SPAN_BOUND_BEFORE.search(text, lo, start) is not None


def _founded_before(text: str, low: str | None, start: int) -> bool:
    """Whether the date at ``start`` says when a body was founded (:data:`_FOUNDED_BEFORE` in the
    30 characters before it). ``low``: :func:`_plain_lower` of ``text``: the pattern runs only
    when "in" or "on" and white space end the window, as they end every match."""
    lo = start - 30 if start > 30 else 0
    if low is not None:
        j = start
        while j > lo and low[j - 1].isspace():
            j -= 1
        if j == start or not low.endswith(("in", "on"), lo, j):
            return False
    return _FOUNDED_BEFORE.search(text, lo, start) is not None


def _background_scopes(st: _Art, main: Frame, main_date: DateMention) -> dict[int, tuple[int, DateMention | None, bool]]:
    """The background scopes of an article: sentence -> (offset, date) where the text from
    ``offset`` on tells an older incident, not the story's ("In March 2021, ... 141 people were
    killed", "The killings recall an attack in X in March 2019, where gunmen killed 80 people.
    The government said at the time that 40 militants had been killed."). A sentence after the
    main frame's opens one when it dates itself only to another time than the main date (not a
    date of saying, of founding, nor a bound: "since 2012"), or from a cue that likens the
    incident to another (:data:`_RECALL`); the undated sentences of its paragraph go on with it,
    and so does a later sentence "at the time" / "back then". A sentence dated to the main date
    ends it. The date is the older incident's (None when the text gives none): its figures belong
    to that incident, never to the main event. Only a calendar date opens one ("in March 2019",
    "in 2021", "on 12 June 2022"), not a day counted from the story's ("the next day"). The flag
    says the sentence opened it with its own date: a definite noun there ("The ambush ... is the
    latest in a campaign that began in early September") is still the story's incident."""
    text, published = st.text, st.published
    by_sent: dict[int, list[DateMention]] = {}
    for d in st.dates:
        if d.sentence_index > main.sentence_index:
            by_sent.setdefault(d.sentence_index, []).append(d)
    low = st.low
    out: dict[int, tuple[int, DateMention | None, bool]] = {}
    cur: tuple[int, DateMention | None, bool] | None = None
    last: tuple[int, DateMention | None, bool] | None = None
    para = _para_start(text, main.start)
    recall = at_time = None  # (a hint word of the cues in the rest of the article: looked for once)
    rest = 0
    seen = main.start  # (the paragraph start of the text up to here, ``para``, found incrementally)
    for s in st.sentences:
        si = s.index
        if si <= main.sentence_index:
            continue
        if recall is None:
            # speed: with ``low``, a sentence holds a hint word only when the rest of the
            # article does (most articles hold none of the recall words)
            recall = low is None or any(low.find(w, s.start) >= 0 for w in _RECALL_HINTS)
            rest = s.start
        if s.start >= seen:  # (speed: the line breaks since the sentence before, not back to the paragraph's start)
            k = text.rfind("\n", seen, s.start)
            p0 = k + 1 if k >= 0 else para
        else:
            p0 = _para_start(text, s.start)
        seen = s.start
        if p0 != para:
            para, cur = p0, None
        sl = (s.text.lower() if low is None else low[s.start:s.end]) if recall or at_time else ""
        cue = _RECALL.search(s.text) if recall and _has_any(sl, _RECALL_HINTS) else None
        # the sentence's dates: one of the main date (``same``; not a date of founding nor a
        # bound), or of another time (``maybe``, the candidates of ``other``). Speed: a date's
        # founding and bound tests are run only when its answer counts: for a date of the main
        # date only without a cue (a cue opens a scope whatever the dates) and until one is
        # found; for another time's date, in ``other`` below (a date of neither kind counts never)
        same, maybe = False, []
        for d in by_sent.get(si, ()):
            if d.tense == "future" or (published is not None and d.date > published):
                continue
            if _date_compatible(d, main_date):
                if cue is None and not _founded_before(text, low, d.start) and not _span_bound_before(text, low, d.start):
                    same = True
                    break  # (no other time is asked then)
            elif d.kind in _CALENDAR_KINDS or (d.kind in _COUNTED_KINDS and d.precision in ("month", "year")):
                maybe.append(d)
        # the first date of another time (not a report date: "the next day", "six days later" are
        # days of the story's own incident), asked only when it counts (speed: a report date is
        # costly to tell)
        other = next((d for d in maybe if not _founded_before(text, low, d.start) and not _span_bound_before(text, low, d.start)
                      and not frames_mod.is_report_date(st.doc, d)), None) \
            if maybe and (cue is not None or not same) else None
        if cue is None and not same and other is None and last is not None and at_time is None:
            # (likewise the at-the-time words, looked for when first asked)
            at_time = low is None or any(low.find(w, rest) >= 0 for w in _AT_THE_TIME_HINTS)
            if at_time:
                sl = s.text.lower() if low is None else low[s.start:s.end]
        if cue is not None:
            cur = (s.start + cue.start(), other, False)
        elif same:
            cur = None
        elif other is not None:
            cur = (s.start, other, True)
        elif last is not None and at_time and _has_any(sl, _AT_THE_TIME_HINTS) and _AT_THE_TIME.search(s.text):
            cur = (s.start, last[1], False)
        elif cur is not None:
            cur = (s.start, cur[1], False)
        if cur is not None:
            out[si] = cur
            last = cur
    return out


_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|until|till|before|after|by|from)\b(?:\s+(?:on|early|late|last))?\s+$")


def _clause_day(st: _Art, fr: Frame, frames: list[Frame], days=None) -> DateMention | None:
    """The day named in a frame's own clause that no other frame of the sentence took ("air
    strikes on Feb. 3 destroyed a base near X, while on Feb. 5 a drone strike hit a column near
    Y. On Feb. 7, troops entered Z": Feb. 5 dates the drone strike, not the next sentence's day);
    None when the clause names no such day, or several, or only the report's ("said on Monday").
    ``days``: the day-precise dates of the frame's sentence, in text order, if the caller has
    them (speed: else all the article's dates are looked at)."""
    if fr.definite or fr.generic:
        return None  # "The strikes appear to be the first since the U.N. left on Oct. 31": the incident told before
    found = None
    for d in (st.dates if days is None else days):
        if d.sentence_index != fr.sentence_index or not fr.start <= d.start < fr.end or d.precision != "day":
            continue
        if _BOUND_BEFORE.search(st.text, max(fr.start, d.start - 25), d.start):
            continue  # "since ... on Oct. 31", "before Monday": a bound, not the incident's day
        if found is not None or any(g.date is d for g in frames if g is not fr) or frames_mod.is_report_date(st.doc, d):
            return None
        found = d
    return found


def _sentenced(items: list[tuple[int, int, DateMention]], sentences) -> list[tuple[int, int, DateMention]]:
    """``items`` with each heading date's sentence index: the heading's own sentence, else the
    first sentence of its item (a heading the sentencizer left out of every sentence), so that
    the date's mention points at a sentence like every other."""
    out = []
    for a, b, d in items:
        si = text_mod.sentence_index_at(sentences, d.start)
        if si < 0:
            si = next((s.index for s in sentences if s.start >= d.start), sentences[-1].index if sentences else 0)
        out.append((a, b, replace(d, sentence_index=si)))
    return out


def _item_date(text: str, items: list[tuple[int, int, DateMention]], fr: Frame, own: DateMention | None) -> DateMention | None:
    """The date of the factbox item that tells ``fr`` ("* SEYTENGA - JUNE 11-12, 2022" above
    "Gunmen killed 86 civilians in Seytenga"), unless the frame is dated inside its item; a
    date from outside the item (the lead's "on Sunday") never dates an item's incident. An item
    ends at a heading line below it (a crosshead: "ANALYSIS", "Background" after a newsletter's
    last bullet): the prose after that heading is no item's."""
    pos = fr.triggers[0].start if fr.triggers else fr.start
    for a, b, d in items:
        if a <= pos < b:
            if own is not None and a <= own.start < b:
                return None
            k = text.find("\n", a, pos)
            if k >= 0 and dates_mod.heading_between(text, k + 1, pos):
                return None  # a heading between the item's line and the frame (not the frame's own line)
            return d
    return None


def _likened(text: str, fr: Frame, cands: list[_Cand]) -> _Cand | None:
    """The violent event told last before a frame whose trigger is said to be "similar" to it
    ("In January, four people were killed there during a similar incursion" after an attack on
    the village): its kind is that one's (an attack on civilians stays one, whatever the noun)."""
    if not any(_SIMILAR_BEFORE.search(text, max(0, t.start - 12), t.start) for t in fr.triggers):
        return None
    return _told_last(fr, [c for c in cands if c.family == "violence"])


def _told_last(fr: Frame, cands: list[_Cand]) -> _Cand | None:
    """The event among ``cands`` told last before frame ``fr`` (by its last frame before ``fr``:
    a summary's event is also told again further down), None when none is told before it."""
    told = [(max(f.start for f in c.frames if f.start < fr.start), c) for c in cands if c.head.start < fr.start]
    return max(told, key=_FIRST)[1] if told else None


#: A sentence that opens on an incident told in addition to the story's ("Also on Sunday, suspected
#: jihadis killed five members of the VDP ... near Aribinda", "Also Tuesday, ...", "Also in the
#: Sahel region, ..."): like "Separately," a second incident, not the headline story. A subject or
#: a verb after "Also" goes on with the incident told ("Also killed was a police officer").
_ALSO_OPENER = re.compile(r"\s*[\"“]?Also(?:\s*,|\s+(?:on|in|at|near|during|that|this|last|earlier|later|late|early|"
                          r"overnight|the\s+same|" + "|".join(text_mod.WEEKDAY_NAMES) + r")\b)")
#: The headline incident's perpetrators named again: the same raid going on at another place.
_SAME_RAIDERS = re.compile(r"(?i)\b(?:the|these|those)\s+(?:same\s+)?(?:attackers|assailants|raiders)\b|\bthe\s+same\s+"
                           r"(?:gunmen|militants|jihadists|jihadis|fighters|group|armed\s+men)\b")
#: The strategic developments that are the forces' operations (arrests, weapons seized or
#: destroyed): a lead summing up the operations of some days ("neutralized more than 50
#: terrorists during a series of operations from Jan. 5 to 9") tells them too.
_OPERATION_KEYS = frozenset({"arrests", "disrupted_weapons"})


def _sequel(sentence: str) -> bool:
    """Whether the sentence tells its incident as the sequel of the one told before (:data:`_SEQUEL`)."""
    low = sentence.lower()
    return _has_any(low, _SEQUEL_HINTS) and _SEQUEL.search(sentence) is not None


def _context_start(st: _Art, frames: list[Frame]) -> int | None:
    """Where a sentence setting the news told before it against earlier incidents starts
    (:data:`_CONTEXT_AFTER`), when a frame of another family (the news: an agreement, a
    deployment) is told before it and a violent frame at or after it; else None. Also when no
    frame is told before it: the news its subject names ("the announcement", "the launch") is
    then one the coder has no frame for, and the incidents told after it are still background."""
    low = st.low
    # (the hint words, a prefilter of the search, are looked for once a match is found: most
    # articles have none, and the match's verb is most often a hint word)
    m = _context_search(st.text, low)
    if m is None or (low is not None and not _has_any(low, _CONTEXT_HINTS)):
        return None
    at = m.start()
    for s in st.sentences:
        if s.start <= at < s.end:
            at = s.start
            break
    news = [f for f in frames if f.end <= at]
    if news and all(f.family == "violence" for f in news):
        return None
    if not any(f.start >= at and f.family == "violence" for f in frames):
        return None
    return at


def _eventful(fr: Frame) -> bool:
    """A frame that tells an event, not a word in passing ("victims", "dead" alone)."""
    if fr.strength >= _WEAK:
        return True
    # "killed", "dead", "losses": an event when a figure, a named perpetrator, or both sides are
    # told, or when it has a place and a date of its own ("reported losses between July 22 and
    # July 27 in the Tinzaouaten region")
    if fr.date is not None and _best_place(fr.places) is not None:
        return True
    return bool(fr.claims) or (fr.actor1 is not None and (not fr.actor1.generic or fr.actor2 is not None))


#: "foiled an attempted coup", "a coup plot was thwarted": a coup that did not happen is no
#: event of its own (the arrests that foiled it are).
_FOILED_BEFORE = re.compile(r"(?i)\b(?:foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|avert(?:ed|s|ing)?|prevent(?:ed|s|ing)?|"
                            r"uncover(?:ed|s|ing)?|dismantl(?:ed|es|ing)|plott(?:ed|ing)|planned|planning)\b[^.;:]{0,40}$")
_FOILED_AFTER = re.compile(r"(?i)^\S*\s+(?:plot|plots|plan|plans|conspiracy)\b|^[^.;:]{0,40}\b(?:was|were|had been|has been) "
                           r"(?:foiled|thwarted|averted|prevented)\b")


#: "Niger is also battling armed groups ... in its western Tillaberi region", "the army is still
#: fighting jihadists in the centre", "Mali is now facing": a present progressive of a conflict
_ONGOING_BEFORE = re.compile(r"(?i)\b(?:is|are|['’]s|['’]re)\s+(?:(?:also|still|now|currently|increasingly|already)\s+){0,2}$")


#: "JNIM ... has since attacked hundreds of tankers", "the group has since killed dozens", "militants
#: have since repeatedly struck": a present perfect over the time since an event told before
_SINCE_PERFECT = re.compile(r"(?i)\b(?:has|have|['’]s|['’]ve)\s+(?:also\s+)?since\s+(?:(?:then|repeatedly|regularly|"
                            r"also|frequently|often)\s+)?$")


def _since_perfect(text: str, fr: Frame) -> bool:
    """A frame whose head is a present perfect over the time since an event told before ("has since
    attacked hundreds of tankers"): the incidents of a span up to now, a pattern, no incident."""
    t = fr.head
    lo = max(fr.start, t.start - 40)
    return text.find("since", lo, t.start) >= 0 and _SINCE_PERFECT.search(text, lo, t.start) is not None


#: A perfect before a violent verb ("have fought", "had battled", "has been fighting") and a
#: "since" after it that opens a span longer than days ("since 2012", "since the collapse of the
#: 2015 peace deal", "since independence"; not "since Sunday", "since dawn", "since last night").
_PERFECT_BEFORE = re.compile(r"(?i)\b(?:has|have|had|['’]ve|['’]d)\s+(?:(?:been|also|long|repeatedly|previously|"
                             r"often|regularly)\s+){0,2}$")
_SINCE_SPAN = re.compile(r"(?i)\bsince\s+(?!(?:early\s+|late\s+|last\s+|this\s+|the\s+)?(?:monday|tuesday|wednesday|"
                         r"thursday|friday|saturday|sunday|dawn|daybreak|morning|afternoon|evening|night|overnight|"
                         r"yesterday|weekend)\b)")


def _fought_since(text: str, fr: Frame) -> bool:
    """A frame whose head is a perfect over a span longer than days ("groups that had fought
    Bamako since the collapse of a 2015 peace deal", "rebels who have battled the army since
    2012", "JNIM, which has been attacking convoys since 2022"): a campaign told as background,
    no incident (its own date, if any, is another event's: "formed in November 2024")."""
    t = fr.head
    if text.find("since", t.end, fr.end) < 0 or not _PERFECT_BEFORE.search(text, max(fr.start, t.start - 40), t.start):
        return False
    return _SINCE_SPAN.search(text, t.end, fr.end) is not None


def _ongoing(text: str, fr: Frame) -> bool:
    """A statement of a conflict going on ("Niger is also battling armed groups in its western
    Tillaberi region"): its head is a present progressive ("is battling", "are fighting", "is
    facing"). Told outside the lead without a date of its own, it describes the country's
    situation, no incident (the perfect and habitual forms, "has been fighting", "faces attacks",
    are patterns in frames already)."""
    t = fr.head
    if not text.endswith("ing", t.start, t.end):
        return False
    return _ONGOING_BEFORE.search(text, max(fr.start, t.start - 40), t.start) is not None


def _foiled(text: str, fr: Frame) -> bool:
    """A coup frame whose every trigger names a coup that was foiled or only plotted."""
    if fr.type_key != "other" or not fr.triggers:
        return False
    return all(_FOILED_BEFORE.search(text, max(0, t.start - 50), t.start) or _FOILED_AFTER.search(text[t.start : t.end + 50])
               for t in fr.triggers)


# ------------------------------------------------------------------------------- coding


def code_article(article: Article) -> list[ArticleEvent]:
    """The events of one article (ids empty), with their claims and mentions.

    Deterministic; the spaCy pipeline runs once. See the module docstring for the rules.
    Same as ``code_articles([article])[0]``.
    """
    return code_articles([article])[0]


def code_text(text: str, published: date | None = None, *, title: str = "", outlet: str = "",
              article_id: str = "text") -> list[Event]:
    """The events coded from one text, as :func:`code_article` codes an article with these
    fields (a notebook cell trying a paragraph; the unit tests' short texts). ``published``
    dates its weekdays and relative expressions; without it they stay unresolved."""
    article = Article(id=article_id, text=text, published=published, outlet=outlet, title=title)
    return [ae.event for ae in code_article(article)]


class _Art:
    """One article's state between the stages of :func:`code_articles`."""

    __slots__ = ("article", "text", "doc", "sentences", "triggers", "published", "dates", "report_dates",
                 "datelines", "places", "title_end", "country", "title_keys", "actors", "claims", "low", "all_frames", "frames",
                 "campaign", "headline_end", "summary", "route", "digest", "title_first", "lead")

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.lead: set[int] | None = None  # (:func:`_lead_of`)


def code_articles(articles: Sequence[Article]) -> list[list[ArticleEvent]]:
    """``[code_article(a) for a in articles]``, same results, computed stage by stage.

    Speed: each finder (sentences, triggers, dates, places, actors, claims, frames, the
    titles' triggers) runs over the whole batch before the next one starts, so its lexicons,
    gazetteer tables and code stay in the CPU caches (~15% less CPU than article by article at
    ~100 articles a batch). The batch's Docs are held here and passed on (``text.parse``
    caches only the last few: a stage calling it again would re-tokenise). Memory grows with
    the batch: callers stream articles in batches of a bounded size
    (:func:`analysis.coding.pipeline.coded_articles`). Building the events
    (:func:`_code_frames`) gathers the article's context only for what its events read, and
    remembers what it asks again and again (type compatibility).
    """
    out: list[list[ArticleEvent]] = [[] for _ in articles]
    # (a text with a character that is not white space; speed: no stripped copy of the text)
    live = [(k, _Art(a)) for k, a in enumerate(articles) if not a.text.isspace() and a.text]
    # parse, sentences, triggers; an article without a trigger tells no event
    for _, st in live:
        st.doc = text_mod.parse(st.text)
    for _, st in live:
        st.sentences = text_mod.split_sentences(st.doc)
    for _, st in live:
        st.triggers = trig.find_triggers(st.doc, st.sentences)
    live = [(k, st) for k, st in live if st.triggers]
    # dates: a dateline's date ("BAMAKO, Oct 3 (Reuters) -", "Updated 7 June") dates the
    # report: never an event's own date, only the last resort of _fallback_date
    for _, st in live:
        published = st.article.published
        st.published = published if published is not None else _reference_date(st.article, st.sentences)
    for _, st in live:
        dates = dates_mod.find_dates(st.text, st.published, st.sentences)
        st.report_dates = [d for d in dates if d.kind == "dateline"]
        st.dates = [d for d in dates if d.kind != "dateline"]
    for _, st in live:
        st.datelines, st.places = _split_datelines(st.text, places_mod.find_places(st.text, st.sentences))
        st.triggers = _place_objects_found(st.text, st.triggers, st.places)
        st.headline_end = _headline_end(st.article)
        st.title_end = _standfirst_end(st.text, st.headline_end)
        # (no place in the story but the dateline's: the country it was filed from)
        st.country = _article_country(st.places, st.title_end) or _article_country(st.datelines, st.title_end)
    for _, st in live:
        st.actors = actors_mod.find_actors(st.text, st.sentences, country=st.country, when=st.published, places=st.places)
        if " News" in st.text:
            # an outlet named after a body ("local sources told UN News") is no actor of the story
            st.actors = [m for m in st.actors if not st.text.startswith(" News", m.end)]
    for _, st in live:
        text = st.text
        claims = claims_mod.find_casualty_claims(text, st.sentences, st.actors, outlet=st.article.outlet, published=st.published)
        st.low = _plain_lower(text)
        st.claims = _event_claims(text, st.low, claims)
        # a campaign's toll ("the conflict has killed more than 20,000 people") is no event's
        st.campaign = _campaign_spans(text, st.sentences, st.dates, st.claims, st.triggers, st.low)
        if st.campaign:
            st.claims = [c for c in st.claims if not _in_spans(c.start, st.campaign)]
    for _, st in live:
        text = st.text
        route = st.route = _route_places(text, st.places, st.low)
        frame_places = [p for p in st.places if id(p) not in route] if route else st.places[:]
        st.all_frames = build_frames(st.doc, st.sentences, st.triggers, st.actors, frame_places, st.dates, st.claims)
        # (the first tests of _eventful and _foiled inline: most frames pass them; speed)
        st.frames = [f for f in st.all_frames if (f.strength >= _WEAK or _eventful(f))
                     and (f.type_key != "other" or not _foiled(text, f))]
        if st.campaign:
            st.frames = [f for f in st.frames if not all(_in_spans(t.start, st.campaign) for t in f.triggers)]
        # a lead clause summing up the incidents the story tells is no event, nor its toll (rule 4)
        spans, st.summary = _lead_summaries(st)
        st.digest = False
        if st.summary is None:
            st.summary = _report_period(st)
            st.digest = st.summary is not None
        if spans:
            # (so do the headline and standfirst of such a story: their violent frames without a
            # date of their own, and their figures)
            summed = spans[:]  # (a headline's own summing clause: its frames go, dated or not)
            if st.title_end:
                spans.append((0, st.title_end))
            st.frames = [f for f in st.frames if not all(_in_spans(t.start, spans) for t in f.triggers)
                         or (f.start < st.title_end and (f.date is not None or f.family != "violence")
                             and not (f.start < st.headline_end and all(_in_spans(t.start, summed) for t in f.triggers)))]
            st.claims = [c for c in st.claims if not _in_spans(c.start, spans)]
            for f in st.frames:
                if any(_in_spans(c.start, spans) for c in f.claims):
                    f.claims = [c for c in f.claims if not _in_spans(c.start, spans)]
    live = [(k, st) for k, st in live if st.frames]
    if live:
        # the trigger types of the titles the texts do not carry, title after title (a stage of
        # its own, as above: the tokenizer and the trigger matcher stay in the caches)
        tokens_only = _tokens_only()
        for _, st in live:
            # (the headline's end: a standfirst in the text does not carry the headline)
            st.title_keys, st.title_first = _title_keys(st.article, st.headline_end, tokens_only)
    for k, st in live:
        _event_place_first(st.text, st.all_frames)
        _consequence_places(st.text, st.all_frames, st.low)
        _scene_setting(st)
        out[k] = _code_frames(st)
    return out


def _detail_town(st: _Art, main: Frame, main_cand: _Cand, frames: list[Frame], cands: list[_Cand]) -> PlaceMention | None:
    """The town of a headline incident the lead places only in a country or region ("Gunmen
    kidnapped a Spanish nun in southwestern Niger" + "The nun was taken late Sunday from the
    mission in Makalondi, about 100 km south of Niamey", "... in northern Burkina Faso." + "The
    victims were travelling near Kaya when ...", "Residents said the gunmen arrived in Boni on
    motorcycles"): the first sentence after the incident's that names a town, within two, goes on
    telling it when it tells no event of its own (its frames, if any, are the incident's) and no
    date of another day (a report date aside). Its first town of the incident's country is the
    place; a town a distance is measured from ("15 km north of Y") only when it is the one named.
    A town a route, a flight, a source or a consequence names is none (``st.route``)."""
    hi = main.sentence_index
    route, places = st.route, st.places
    towns = [p for p in places if hi < p.sentence_index <= hi + 2 and p.feature != _COUNTRY_FEATURE and p.geo_precision <= 2
             and id(p) not in route]
    if not towns and main_cand.place is None:
        # no town, but the unit the village lies in ("... in a village in western Niger" + "A local
        # official in the Banibangou department said 41 people had been buried in the village"):
        # the unit, not the country (ACLED codes the smallest unit the text gives)
        towns = [p for p in places if hi < p.sentence_index <= hi + 2 and p.feature in _UNIT_FEATURES
                 and id(p) not in route]
    if not towns:
        return None  # (speed: most stories)
    si = towns[0].sentence_index
    towns = [p for p in towns if p.sentence_index == si]
    mine = {id(f) for f in main_cand.frames}
    if any(f.sentence_index == si and id(f) not in mine for f in frames) \
            or any(c is not main_cand and c.head.sentence_index == si for c in cands):
        return None  # the sentence tells an incident of its own
    day = False
    for d in st.dates:
        if d.sentence_index == si and not frames_mod.is_report_date(st.doc, d):
            if not _date_compatible(d, main_cand.date):
                return None  # another day's
            day = True
    # it goes on about the incident: it tells its day again ("was taken late Sunday") or names its
    # perpetrator ("when armed men stopped their vehicles"), not a town's description ("Kaya hosts
    # thousands of displaced people")
    who = main.actor1.actor if main.actor1 is not None else None
    if not day and (who is None or who == "Civilians" or not any(
            m.sentence_index == si and m.actor == who for m in st.actors)) and not _same_subject(st, main, si) \
            and not _settlement_back(st, si):
        return None
    if main_cand.country is not None:
        towns = [p for p in towns if p.country == main_cand.country]
    plain = [p for p in towns if p.qualifier != "km"]
    return (plain or towns or [None])[0]


#: A sentence opening on a definite noun ("The tankers, travelling without escort, were stopped near
#: the village of Kassaro", "The convoy was ambushed near Boni", "The victims were travelling near
#: Kaya when", "The hostages were seized at a checkpoint outside Ansongo").
_DEF_SUBJECT = re.compile(r"\s*[\"“]?(?:The|These|Those|Both)\s+(?:[a-z]+-)?([a-z]+)\b(?:\s+([a-z]+)\b)?")


def _same_subject(st: _Art, main: Frame, si: int) -> bool:
    """Does sentence ``si`` go on about the incident of ``main`` by its subject: a definite noun
    (:data:`_DEF_SUBJECT`) that the incident's sentence names ("... set fire to at least 16 fuel
    tankers ..." + "The tankers ... were stopped near the village of Kassaro")? Not "The town
    hosts thousands of displaced people" after a lead that never says "town"."""
    s = st.sentences[si]
    m = _DEF_SUBJECT.match(s.text)
    if m is None:
        return False
    told = st.sentences[main.sentence_index].text
    for noun in m.groups():  # the noun, or the noun after an adjective ("The burned tankers")
        if noun is None or (len(noun) < 4 and noun not in _SHORT_SUBJECTS) or noun in _STOP_NOUNS:
            continue
        i = told.find(noun)
        while i >= 0:  # the noun as a whole word (no pattern built per call: speed)
            j = i + len(noun)
            if (i == 0 or not told[i - 1].isalpha()) and (j == len(told) or not told[j].isalpha()):
                return True
            i = told.find(noun, j)
    return False


def _settlement_back(st: _Art, si: int) -> bool:
    """Does sentence ``si`` refer back to the incident's settlement ("41 people had been buried in
    the village", "gunmen surrounded the town at dawn"; :data:`_TOWN_REF`)? The lead placed the
    incident in "a village" of a country or region, so "the village" is that one."""
    s = st.sentences[si]
    low = st.low[s.start:s.end] if st.low is not None else s.text.lower()
    return _has_any(low, _TOWN_REF_HINTS) and _TOWN_REF.search(s.text) is not None


_UNIT_FEATURES = frozenset(("A.ADM1", "A.ADM2", "A.ADM3"))
#: Definite subjects that say nothing of the incident ("The government", "The army said").
_STOP_NOUNS = frozenset("""government army ministry military country region area town village city capital
    group groups country's junta authorities statement report attack attacks incident incidents
    were have said says could would will been being also after with from that this then there their""".split())


#: Subjects of three letters that name the incident's target as longer ones do ("opened fire on a
#: passenger bus" + "The bus, travelling from Kayes, was stopped near the village of X").
_SHORT_SUBJECTS = frozenset(("bus", "car", "van"))


#: A frame opened by a relative clause about the place told before (", which had already lost").
_RELATIVE_OPENER = re.compile(r"\s*,?\s*(?:which|where)\b")


def _town_referred(st: _Art, fr: Frame) -> PlaceMention | None:
    """The town a frame's "the town" / "the village's" (:data:`_TOWN_REF`) refers to: the last town
    named before the words, in the frame's sentence or the one before ("The Tillia area has a grim
    history. In October 2024, militants killed 11 soldiers in an attack on the town's military
    post": Tillia); not a place a route, a flight or a source names (``st.route``). Further back, the
    one town the story has named before it ("regained control of the town of Lere ... JNIM had
    seized the town on Saturday", two sentences on), for a frame that names its act itself
    (strength 1: "buried in the town on Sunday" gives a toll, no act). None when none."""
    m = _TOWN_REF.search(st.text, fr.start, fr.end)
    if m is None:
        return None
    told = None
    names = set()
    for p in st.places:
        if p.start >= m.start():
            break
        if p.feature != _COUNTRY_FEATURE and p.geo_precision <= 2 and id(p) not in st.route:
            names.add(p.name)
            if p.sentence_index >= fr.sentence_index - 1:
                told = p
            elif len(names) == 1 and fr.strength >= 1.0:
                told = p  # (a frame naming an act itself, not a toll's "buried in the town")
    if told is not None and told.sentence_index < fr.sentence_index - 1 and len(names) > 1:
        return None
    return told


#: The victims of a killing named as the people detained or abducted just before ("the bodies of
#: 14 of them", "six men they had detained", "whose bodies were found", "the hostages were
#: executed"): the killing of the same victims.
_SAME_VICTIMS = re.compile(
    r"(?i)\b(?:of them|whose bodies|their bodies|the bodies|(?:they|who) had (?:been )?(?:detained|arrested|abducted|"
    r"kidnapped|seized|taken)|(?:had been|were) (?:detained|arrested|abducted|kidnapped|seized)|the (?:detainees|"
    r"captives|hostages|abductees|prisoners|detained men))\b")
_SAME_VICTIMS_HINTS = ("them", "bodies", "had ", "were ", "detainee", "captive", "hostage", "abductee",
                       "prisoner", "detained men")
_HELD = ("arrests", "abduction")


#: Words that tie a detention to the violence done next in its sentence ("before opening fire").
_THEN_SEQUEL = re.compile(r"(?i)\b(?:before|then|and)\b")


def _absorb_detentions(frames: list[Frame], st: _Art) -> list[Frame]:
    """An arrest or abduction followed by the killing of the same victims is one violent event
    (ACLED: the killing, with its toll), not an arrest plus a killing: "soldiers executed six men
    they had detained" (same sentence), "soldiers ... detained about 20 men. Witnesses said the
    bodies of 14 of them were found" (the next sentence of the same paragraph, a killing at no
    other place). The killing takes the detention's place and perpetrator (its date when it has
    none of its own) and is told where the detention was; the detention frame goes. A detention
    with no killing of its victims stays an arrest."""
    held = [f for f in frames if f.type_key in _HELD]
    if not held:
        return frames
    text, sentences = st.text, st.sentences
    drop: set[int] = set()
    for a in held:
        for k in frames:
            if k is a or id(k) in drop or k.family != "violence" or k.type_key in _HELD or k.generic \
                    or not (k.sentence_index == a.sentence_index or k.sentence_index == a.sentence_index + 1):
                continue
            if not k.claims:
                # "rounded up the men of the hamlet before opening fire", "seized the villagers and
                # then shot them": the detention's sequel in its own sentence, no figure needed
                if k.sentence_index != a.sentence_index or k.type_key not in ("attack", "kill") \
                        or not 0 <= k.head.start - a.head.end <= 80 \
                        or _THEN_SEQUEL.search(text, a.head.end, k.head.start) is None:
                    continue
            kp = _best_place(k.places)
            if k.sentence_index != a.sentence_index and (
                    (kp is not None and not any(p.name == kp.name for p in a.places))
                    or "\n" in text[sentences[a.sentence_index].end : sentences[k.sentence_index].start]):
                continue  # the next sentence tells an incident elsewhere, or another paragraph
            sent = sentences[k.sentence_index]
            low = st.low[sent.start : sent.end] if st.low is not None else text[sent.start : sent.end].lower()
            if k.claims and (not any(w in low for w in _SAME_VICTIMS_HINTS)
                             or not _SAME_VICTIMS.search(text, sent.start, sent.end)):
                continue
            if k.date is None and a.date is not None:
                k.date, k.date_how = a.date, a.date_how
            if not k.places and a.places:
                k.places, k.place_how = a.places, a.place_how
            if k.actor1 is None or k.actor1_how == "default":
                k.actor1, k.actor1_how, k.assoc1 = a.actor1, a.actor1_how, a.assoc1
            if k.actor2 is None:
                k.actor2, k.actor2_how = a.actor2, a.actor2_how
            if k.sentence_index != a.sentence_index:
                # the killing is told as the detention's sequel: it is that incident, told where it began
                k.sentence_index, k.start, k.end = a.sentence_index, a.start, max(a.end, k.end)
            k.definite = False
            k.strength = max(k.strength, a.strength)
            k.in_title = k.in_title or a.in_title
            drop.add(id(a))
            break
    return [f for f in frames if id(f) not in drop] if drop else frames


#: A live page's label ("Africa Live: ...", "Live: Mali junta ...", "Sahel crisis live updates",
#: "Niger coup - as it happened", "LIVE BLOG"): a page of timestamped entries, each its own short
#: story with its own headline line (rule 4: each entry's incident is one of the page's news).
_LIVE_PAGE = re.compile(r"(?i)(?:^|[\s:|–—-])live(?:\s*:|\s+(?:updates?|blog|reporting|coverage|page)\b)|"
                        r"^live\b|\bas\s+it\s+happened\b")
#: How far before publication a live page's entries may date their incidents (a page runs a day or
#: a few; an older date is background told in an entry).
_LIVE_DAYS = 7


def _live_page(article: Article, text: str) -> bool:
    """A live page (:data:`_LIVE_PAGE` in the manifest title or the text's first line)."""
    nl = text.find("\n")
    head = _manifest_title(article) + "\n" + (text[:nl] if nl >= 0 else text[:200])
    low = head.lower()
    return ("live" in low or "happened" in low) and _LIVE_PAGE.search(head) is not None


#: A headline naming its event's cause after it ("suspends channel over coverage of attack").
_TITLE_CAUSE = re.compile(r"(?i)\b(?:over|after|following|in\s+response\s+to)\b")
#: ... of which "after"/"following" name an incident before the act, news too.
#: (not a text about it: "suspends radio station after report on Djibo attack")
_TITLE_AFTER = re.compile(r"(?i)\b(?:after|following)\s+(?!(?:[\w'’-]+\s+){0,2}(?:reports?|reporting|coverage|articles?|"
                          r"comments?|remarks|criticism|broadcasts?|interviews?|statements?|claims?|posts?)\b)")


def _code_frames(st: _Art) -> list[ArticleEvent]:
    """The events of an article from its mentions and frames (the rules of the module docstring)."""
    article, text, doc, sentences, triggers = st.article, st.text, st.doc, st.sentences, st.triggers
    published, dates, report_dates, datelines, places = st.published, st.dates, st.report_dates, st.datelines, st.places
    title_end, country, actors, claims, low = st.title_end, st.country, st.actors, st.claims, st.low
    all_frames, frames = st.all_frames, st.frames
    title_keys, summary = st.title_keys, st.summary
    live_page = published is not None and _live_page(article, text)
    frames = st.frames = _absorb_detentions(frames, st)
    # (a demonstration the headline names is its kind whatever force met it: "police break up
    # protest" names the protest the body tells as tear-gassed)
    title_protest = bool(title_keys) and not title_keys.isdisjoint(trig.PROTEST)
    for f in frames:
        f.in_title = f.start < title_end or f.type_key in title_keys or (title_protest and f.type_key in trig.PROTEST)
    days: dict[int, list[DateMention]] | None = None  # sentence -> its day-precise dates, in order (for _clause_day)
    for f in frames:
        if f.date is None and not (f.definite or f.generic):
            if days is None:
                days = {}
                for d in dates:
                    if d.precision == "day":
                        days.setdefault(d.sentence_index, []).append(d)
            d = _clause_day(st, f, frames, days.get(f.sentence_index, ()))  # "..., while on Feb. 5 a drone strike hit a column near Gorgadji"
            if d is not None:
                f.date, f.date_how = d, "clause"
    sent_text = dict(zip(map(_INDEX, sentences), map(_TEXT, sentences)))  # (speed: no Python loop)
    stale_before = _stale_before(published)
    echoed = _headline_echoes(frames, title_end) if title_end else {}
    if not echoed and len(frames) >= 3:
        echoed = _lead_echoes(frames, _lead_of(st), stale_before)
    if echoed:
        # a second incident of the headline told again in the body: the body's telling is it
        frames = [f for f in frames if id(f) not in echoed]
        echoed = {id(g) for g in echoed.values()}
    frame_sents = sorted({f.sentence_index for f in frames})
    order = {si: k for k, si in enumerate(frame_sents)}
    earlier: dict[int, bool] = {}  # frame id -> _earlier_circumstance (asked in the scores and in the queue)
    scored = sorted(frames, key=lambda f: (-_frame_score(f, title_end, order[f.sentence_index], stale_before, text, earlier),
                                           f.start))
    context = _context_start(st, frames)
    # no frame before the context sentence: the news it sets is not coded, every incident is background
    headless = context is not None and all(f.start >= context for f in frames)
    if context is not None and scored[0].start >= context:
        # "The announcement comes after a string of deadly attacks. On February 11, ...": the
        # incidents told from there on are the news's background, never its headline
        scored.sort(key=lambda f: f.start >= context)
    # a crosshead ("Lakurawa attack in Tahoua") may confirm an event told before it, never open
    # one: its frames come last and are never the main frame (unless all are)
    crossheads = _crossheads(text, frames, title_end)
    if crossheads:
        scored.sort(key=lambda f: id(f) in crossheads)
    first_fam = st.title_first
    if first_fam and scored[0].family != first_fam and ((scored[0].start < title_end and scored[0].date is None) or (
            # "Niger suspends TV channel over coverage of Tassia attack": the act the headline names
            # first is the news, the incident named after "over"/"after" its cause
            _TITLE_CAUSE.search(_manifest_title(article)) is not None)):
        # "Niger junta suspends TV5Monde, supporters rally in Niamey" over the standfirst "Hundreds
        # gather in capital to back decision": the event the headline names first heads the story,
        # told in the lead; the standfirst's undated telling of its second event does not outrank it
        lead_idx = _lead_of(st)
        first = next((f for f in scored if f.family == first_fam and f.in_title and f.start >= title_end
                      and f.sentence_index in lead_idx and not (f.definite or f.generic or f.separate)), None)
        if first is not None:
            scored.remove(first)
            scored.insert(0, first)
    main = scored[0]
    if main.date is None and not main.places and not main.claims and not main.separate and published is not None \
            and main.family == "violence" and not headless:
        # a feature whose opening tells no incident ("women who fled the besieged town say the
        # violence has not stopped"): its news peg is the most recent incident it dates to a day
        # at a town within weeks of publication ("The latest blow came on March 29, when gunmen ...")
        pegs = [f for f in frames if f.family == "violence" and f.date is not None and f.date.precision == "day"
                and not (f.generic or f.definite or f.separate) and _town(f) is not None
                and stale_before is not None and stale_before <= f.date.date <= published]
        if pegs:
            # (an opening that tells an incident with its dead, "Fighters set fire to dozens of
            # tankers, killing at least three drivers", is no feature's scene: that incident is the news)
            lead_idx = _lead_of(st)
            told = next((f for f in frames if f.family == "violence" and f.sentence_index in lead_idx and f.start < main.start
                         and not (f.generic or f.definite) and any(c.killed_or_other == "killed" for c in f.claims)), None)
            if told is not None:
                main, pegs = told, []
        if pegs:
            main = max(pegs, key=lambda f: (f.date.date, -f.start))
            # (the undated, unplaced violence told before the peg is the feature's scene: the
            # siege the women fled, "we fought for a bag of rice": not the peg's incident)
            scene = {id(f) for f in frames if f.start < main.start and f.family == "violence" and f.date is None
                     and not f.places and not f.claims}
            frames = [f for f in frames if id(f) not in scene]
            scored = [f for f in scored if id(f) not in scene]

    lead_of = None  # (the lead, computed once when asked)
    if not headless and main.date is not None and main.date_how == "own" and not main.in_title \
            and _is_stale(main.date, stale_before):
        # "Niger's junta said on Thursday it was nationalising Somair ... Relations collapsed after
        # army officers toppled President Bazoum on July 26, 2023": the only incident coded is an old
        # one told in the body while the lead dates its own news (a day in the last weeks) the coder
        # tells no event of: that news is the headline, the old incident background
        lead_of = _lead_of(st)
        # (or told in the lead after a sentence of it dating the news: "... the minister announced
        # Tuesday. ... The three states formed the AES as a pact in September 2023")
        if any(d.sentence_index in lead_of and d.precision == "day" and not _is_stale(d, stale_before)
               and d.date <= published and (main.sentence_index not in lead_of or d.sentence_index < main.sentence_index)
               for d in dates):
            headless = True
    # 1. main date ("the second coup this year": a year names no day; the lead may)
    main_date = main.date if main.date is None or main.date.precision != "year" else None
    date_fallback = False
    main_date_fallback = False
    if main_date is None:
        lead_idx = lead_of = _lead_of(st)
        lead = [f for f in frames if f.family == main.family and f.date is not None and f.type_key == main.type_key
                and f.date.precision != "year" and (f.sentence_index in lead_idx or f.definite)
                and (f is main or not _is_stale(f.date, stale_before))]  # (an old incident does not date the news)
        main_date = lead[0].date if lead else None
        if main_date is None:
            main_date = _dated_there(main, frames)  # a summary's incident dated further down
            if _is_stale(main_date, stale_before):
                main_date = None  # (not an old incident told below: "after officers toppled Bazoum on July 26, 2023")
    if main_date is None:
        # the first day-precise date of the lead (even "announced on Wednesday": the day news
        # gives for the event), else the week ending on the publication day
        lead_sents = lead_of | {main.sentence_index}  # (set above: this runs only after it)
        lead_dates = [d for d in dates if d.sentence_index in lead_sents and d.precision in ("day", "week")
                      and (published is None or d.date <= published) and d.tense != "future"]
        # (a day another incident of the lead owns, of another kind or at another town, dates that
        # incident, not this one: "The decision, announced late Thursday, ... Hundreds rallied in
        # Niamey on Saturday in support"; "retook Arbinda ... air strikes on Feb. 3 near Tongomayel")
        main_town = _town(main)
        owned = {id(f.date) for f in frames if f.date is not None and f.date_how in ("own", "clause") and f is not main and (
            f.family != main.family or (main_town is not None and _town(f) is not None and _town(f).name != main_town.name))}
        if owned:
            lead_dates = [d for d in lead_dates if id(d) not in owned] or lead_dates
        # (nor does an old incident's day: "... had nationalised the miner" + "after officers toppled
        # Bazoum on July 26, 2023", when the lead also gives a day of its own news)
        lead_dates = [d for d in lead_dates if not _is_stale(d, stale_before)] or lead_dates
        told = [d for d in lead_dates if not frames_mod.is_report_date(doc, d)]
        main_date = (told or [d for d in lead_dates if d.precision == "day"] or [None])[0]
        main_date_fallback = main_date is not None
    if main_date is None and main.date is not None:
        main_date = main.date
    if main_date is None:
        main_date = _fallback_date(text, published, dates or report_dates)
        date_fallback = True
    if main_date is None:
        return []
    if main_date.precision == "week" and not date_fallback:
        # "over the weekend" ... "the force wrote on Sunday": when the lead's day-precise dates
        # inside the span all name one day, that is the day
        first, last = dates_mod.span(main_date)
        lead_idx = lead_of if lead_of is not None else _lead_of(st)
        # (not a report's day: "OCHA said in a report published on Thursday, as a fresh attack
        # earlier this week killed ...")
        days = {d.date for d in dates if d.sentence_index in lead_idx and d.precision == "day" and first <= d.date <= last
                and not frames_mod.is_report_date(doc, d)}
        if len(days) == 1:
            day = days.pop()
            main_date = next(d for d in dates if d.sentence_index in lead_idx and d.precision == "day" and d.date == day)
            main_date_fallback = True

    # "had been arrested since Sunday in Bamako": the headline's acts go on from that day to the
    # report; an act of its kind told on a day of that span ("further arrests were made on Monday
    # at the camp in Kati") is part of the story, not an incident elsewhere on another day
    since_span = None
    if main_date.precision == "day" and published is not None and main_date.date <= published \
            and text[max(0, main_date.start - 6) : main_date.start].lower() == "since ":
        since_span = (main_date.date, published)
    # 2-3. merge frames into candidates
    cands: list[_Cand] = []
    main_cand = None
    refs_back: list[Frame] = []  # "the previous combat": kept for _reattach_references
    follows = _follow_ups([f for f in frames if id(f) not in crossheads] if crossheads else frames, main, st)
    queue = scored if not follows else scored[:]
    requeued: set[int] = set()
    scopes = _background_scopes(st, main, main_date)
    items = _sentenced(dates_mod.dated_items(text, published), st.sentences)  # factbox / timeline items, each dated in its heading
    for fr in queue:  # (a follow-up is put back at the end of the queue, once)
        if fr.generic and fr is not main and (fr.date is None or _best_place(fr.places) is None):
            if fr.definite and fr.date is None:
                refs_back.append(fr)
            continue  # "attacks have surged": a pattern, not an event
        if fr is not main and (_since_perfect(text, fr) or _fought_since(text, fr)):
            continue  # "the group has since attacked hundreds of tankers", "had fought Bamako since 2015": a pattern
        if fr is not main and fr.date is None and _ongoing(text, fr):
            if lead_of is None:
                lead_of = _lead_of(st)
            if fr.sentence_index not in lead_of:
                continue  # "Niger is also battling armed groups in Tillaberi": the country's situation
        if follows and id(fr) in follows and id(fr) not in requeued:
            requeued.add(id(fr))
            queue.append(fr)  # goes with the event told just before it, once that one is built
            continue
        # "Following the attack, 4,200 people fled to X": the incident told before, as a time: it may
        # join that incident, never open an event at the places of its sentence
        told_as_time = fr is not main and fr.definite and bool(fr.triggers) \
            and all(_after_ref(text, t.start, t.end) for t in fr.triggers)
        if fr is not main and _earlier_of(text, fr, earlier):
            continue  # "arrived the morning after jihadists had attacked a nearby army position": no event
        ffam = fr.family  # (once per frame)
        own_date = fr.date if (fr.date is not None and fr.date.precision != "year") or fr is main else None
        sc = scopes.get(fr.sentence_index) if fr is not main and scopes else None
        named = fr.triggers[0].start if fr.triggers else fr.start  # (where the frame's incident is named)
        if sc is not None and sc[2] and fr.definite and sc[1] is not None and sc[1].start > named:
            sc = None  # "The ambush ... is the latest blow in a campaign that began in September": the story's
        # a continuation sentence: a definite noun there ("died in the fighting") is the story's
        # incident, and a date the frame finds itself comes first ("the same evening")
        going_on = sc is not None and not sc[2] and sc[0] == sentences[fr.sentence_index].start
        if going_on and fr.definite:
            sc = None
        scoped = sc is not None and named >= sc[0]
        if scoped and own_date is None and sc[2] and sc[1] is not None \
                and any(g.date is sc[1] for g in frames if g.sentence_index == fr.sentence_index):
            scoped = False  # "On July 30 last year, supporters rallied ... and set fire to a door": that frame's date
        if own_date is None and fr is not main and not fr.definite and (not scoped or going_on):
            own_date = _dated_there(fr, frames)
            if own_date is None and fr.date is None and not fr.separate:
                own_date = _witnessed_there(st, fr)
                if own_date is not None:
                    fr.date, fr.date_how = own_date, "account"
        if scoped and own_date is None:
            # told in a background scope ("In March 2021, ...", "recall an attack in X, where ...",
            # "said at the time"): the older incident's, never the main event's
            if sc[1] is None:
                continue
            own_date = sc[1]
            if fr.date is None:
                fr.date, fr.date_how = own_date, "background"
        if fr.date is not None and fr.date.precision == "year" and fr is not main:
            own_date = fr.date  # "in 2013": background, its own coarse date
        if items and fr is not main:
            item_date = _item_date(text, items, fr, own_date)
            if item_date is not None:
                own_date = item_date
                fr.date, fr.date_how = item_date, "item"
        if own_date is None and fr is not main and fr.date is None and ffam != main.family and not fr.definite \
                and not fr.generic and not scoped:
            own_date = _told_next(st, fr)  # "X has nationalised Y. In a decree read on Thursday, ..."
            if own_date is None:
                if lead_of is None:
                    lead_of = _lead_of(st)
                if fr.sentence_index in lead_of or fr.in_title or fr.start < title_end:
                    # the headline's news told again in the lead: the day the lead's telling finds
                    own_date = next((d for g in frames if fr.sentence_index < g.sentence_index <= fr.sentence_index + _LEAD_GAP
                                     and g.type_key == fr.type_key
                                     and g.date is None and not g.definite and not g.generic
                                     and (d := _told_next(st, g)) is not None), None)
            if own_date is not None:
                fr.date, fr.date_how = own_date, "next"
        if own_date is None and fr is not main and not fr.definite and not fr.generic:
            own_date = _lapse_month(st, fr)  # "dissolved all parties in May 2025, days after hundreds protested"
            if own_date is not None:
                fr.date, fr.date_how = own_date, "lapse"
        if fr is main:
            own_date = main_date  # the main date, refined above
        elif own_date is None and fr.places and fr.definite:
            own_date = _where_dated(text, fr, frames, main_date)  # "the massacre in Moura, where ... in March 2022"
        fdate = own_date or main_date
        on_main_day = _date_compatible(fdate, main_date)
        if on_main_day and fr is not main and own_date is not None and own_date.precision != "day" \
                and main_date is not None and main_date.precision == "day" and own_date.text[:8].lower() == "earlier " \
                and own_date.date <= main_date.date:
            # "Earlier this month, the mission also withdrew from X": told as before the story's
            # day, not on it (background)
            on_main_day = False
        place = _best_place(fr.places)
        if sc is not None:
            if scoped:
                if place is None and ffam == "violence" and not sc[2]:
                    # "recall an attack in X in March 2019, where gunmen killed 80 people": the
                    # place the likening names before it in the sentence (one town)
                    told = [p for p in places if p.sentence_index == fr.sentence_index and sc[0] <= p.start < fr.start
                            and p.feature != _COUNTRY_FEATURE]
                    if told and all(p.name == told[0].name for p in told):
                        place = told[-1]
            elif own_date is None:
                # "The killings recall an attack in X": the places after the cue are the older incident's
                place = _best_place([p for p in fr.places if p.start < sc[0]])
        if place is None and ffam == "violence" and fr is not main \
                and (low is None or low.find("same ", fr.start, fr.end) >= 0 or low.find("there", fr.start, fr.end) >= 0
                     or (own_date is not None and (low.find(" area", fr.start, fr.end) >= 0
                                                   or low.find(" vicinity", fr.start, fr.end) >= 0))) \
                and (_SAME_PLACE.search(text, fr.start, fr.end) or _THERE.search(text, fr.start, fr.end)
                     or (own_date is not None and _IN_THE_AREA.search(text, fr.start, fr.end))):
            # "another attack on October 13 along the same road": the place of the event told before
            # (the place told last before it: a summary's event is also told again further down)
            told = _told_last(fr, [c for c in cands if c.place is not None and c.family == "violence"])
            place = told.place if told is not None else None
        if place is None and ffam == "violence" and fr is not main and own_date is not None and own_date is not main_date \
                and _INSTALLATION_REF.search(text, fr.start, fr.end) and _ALREADY.search(text, fr.start, fr.end):
            # "The base had already been targeted in March 2023": the camp told before, attacked
            # earlier (its place by reference, a date of its own)
            told = _told_last(fr, [c for c in cands if c.place is not None and c.family == "violence"])
            place = told.place if told is not None else None
        if place is None and ffam == "violence" and fr is not main and own_date is not None \
                and (low is None or _has_any(low[fr.start:fr.end], _TOWN_REF_HINTS)):
            # "The Tillia area has a grim history. In October 2024, militants killed 11 soldiers in an
            # attack on the town's military post": an older incident told at "the town" happened at
            # the town named last before it, in its sentence or the one before
            place = _town_referred(st, fr)
        if place is None and ffam == "violence" and fr is not main and own_date is not None \
                and fr.start <= own_date.start < fr.end and _RELATIVE_OPENER.match(text, fr.start, fr.end) is not None:
            # "31 villagers were killed in an attack on the village of Ogossagou, near Bankass, which
            # had already lost some 160 inhabitants in an assault in March 2019": a relative clause
            # telling an incident of its own time happened at the place of the event told before it
            prev = [f for f in frames if f.sentence_index == fr.sentence_index and f.start < fr.start and f.family == ffam]
            told = _best_place(prev[-1].places) if prev else None
            if told is not None and told.feature != _COUNTRY_FEATURE and told.geo_precision <= 2:
                place = told
        coord = _coordinated(text, fr.places) if ffam != "strategic" else []
        target = None
        if follows and id(fr) in requeued:
            # "Four soldiers were killed, it said." after the sentence telling that fight
            told_before = follows[id(fr)]
            target = next((c for c in cands if any(x is told_before for x in c.frames)), None)
            if target is not None and scoped and not _date_compatible(target.date, own_date):
                target = None  # "... said at the time": not the event the sentence before went on to
            if target is None and not fr.definite:
                continue  # the event told before was a vague mention, skipped: so is this
        if target is None and own_date is None and not fr.separate and main_cand is not None and (fr.definite or (
                (low is None or _BACK_REF_HINT.search(low, fr.start, fr.end)) and _BACK_REF.search(text, fr.start, fr.end))):
            # "The army said it had repelled the assault": a definite noun points back to the
            # incident told in the sentence before, also when that is another day of the
            # headline incident (same place); a background incident elsewhere does not take it
            prev = [c for c in cands if c is not main_cand and c.family == ffam and _types_compatible(c.type_key, fr.type_key)
                    and c.place is not None and main_cand.place is not None and c.place.name == main_cand.place.name
                    and c.head.sentence_index == fr.sentence_index - 1 and c.date is not None and c.date.precision == "day"
                    and _place_compatible(c.place, place) and c.split_n == 1 and not c.countries_split]
            target = prev[-1] if prev else None
        told_where = False
        if target is None and place is not None and fr.definite and not fr.separate and main_cand is not None \
                and fr is not main and ffam == main_cand.family and _types_compatible(main_cand.type_key, fr.type_key) \
                and (own_date is None or _date_compatible(main_cand.date, own_date)) and place.geo_precision <= 2 \
                and place.feature != _COUNTRY_FEATURE and not coord \
                and (low is None or _HAPPENED_HINT.search(low, fr.start, fr.end)) and _HAPPENED.search(text, fr.start, fr.end):
            # "The strike happened Sunday evening in Wakara, a village west of Douentza", "The attack
            # took place about 30 km north of Diabaly": the sentence telling where the headline
            # incident happened places it (over a town the lead names only as a setting)
            target, told_where = main_cand, True
        if target is None and own_date is None and not fr.separate \
                and (low is None or low.find(" days", fr.start, fr.end) >= 0) and _DAYS_TOTAL.search(text, fr.start, fr.end):
            # "killed 22 soldiers in the two days of fighting": a total over the days of one
            # incident goes to its first day (ACLED: an aggregate toll to the first event)
            days = [c for c in cands if c.family == ffam and c.date is not None and c.date.precision == "day"
                    and _place_compatible(c.place, place) and c.split_n == 1 and not c.countries_split]
            target = min(days, key=lambda c: c.date.date) if len({c.date.date for c in days}) >= 2 else None
        if target is None and own_date is None and place is None and not fr.separate and main_cand is not None \
                and ffam != main_cand.family:
            # "Meanwhile, residents of Kati marched on Wednesday ... The demonstrators walked to the
            # prefecture": a sentence with neither place nor date of its own, of another kind
            # than the headline incident, goes on with the event of its kind told just before it
            near = [c for c in cands if c is not main_cand and c.family == ffam and c.place is not None
                    and 0 < fr.sentence_index - c.head.sentence_index <= 2]
            target = max(near, key=lambda c: c.head.start) if near else None
        for c in ([] if fr.separate or target is not None else cands):
            if c.family != ffam or not _types_compatible(c.type_key, fr.type_key):
                continue
            if not _date_compatible(c.date, fdate):
                continue
            if _other_day(c.date, own_date, text):
                continue  # "fighting raged for a second day on Wednesday" after Tuesday's attack: one event per day
            if _counter_action(fr, c):
                continue  # "Troops pursued the assailants, killing 12 of them": the army's response is its own battle
            if own_date is None and not c.main_day and not fr.definite:
                continue  # a frame without a date of its own belongs to the main day
            if own_date is not None and not fr.definite and _PREC.get(own_date.precision, 9) > _PREC.get(c.date.precision, 9):
                continue  # "raids in June killed 40": a summary of other incidents, not this one
            if fr.definite and own_date is None and c is main_cand:
                target = c
                break
            if c.countries_split or c.split_n > 1:
                if place is not None and c.place is not None and place.name == c.place.name:
                    target = c
                    break
                continue
            if _place_compatible(c.place, place) and not coord:
                target = c
                break
            if c is main_cand and not coord and (
                    (c.head.date is None and own_date is not None and len(c.frames) == 1 and _in_district(c.place, place))
                    or (own_date is None and fr.sentence_index <= c.head.sentence_index and _in_district(place, c.place))):
                # the lead tells the headline incident undated near a district's town, the body
                # dates it at a village of that district: one incident told twice (the spot wins)
                target, told_where = c, own_date is not None
                break
        if target is not None and not fr.definite and _counter_action(fr, target):
            # (the follow-up of the attack's sentence too: "..., killing 12 of them, he added"):
            # without a place of its own, the response is where the attack was
            place = place or target.place
            target = None
        if target is not None and not coord:
            target.frames.append(fr)
            if ffam == "protest" and _PROTEST_RANK.get(fr.type_key, -1) > _PROTEST_RANK.get(target.type_key, 3):
                target.type_key = fr.type_key  # "... Police fired tear gas to break up the gathering"
            if ffam == "violence" and fr.type_key == "armed_clash" and target.type_key in _RAID_KEYS \
                    and _strong_battle(fr) and fr.date_how != "account" and not _kidnap_resistance(fr, target.frames):
                target.type_key = "armed_clash"  # "overpowered the convoy despite a military escort"
            elif ffam == "violence" and target.head.date_how == "account" and fr.date is not None and fr.date_how != "account" \
                    and not fr.definite:
                # an account's words ("set fire to granaries", "neutralised 21 terrorists") do not retype
                # the incident told: its own telling heads the event
                target.type_key, target.head = fr.type_key, fr
            elif ffam == "violence" and target.type_key == "looting" and fr.type_key not in ("looting", "kill") \
                    and not fr.definite and not fr.generic and fr.strength >= 1.0:
                target.type_key = fr.type_key  # looting in an attack is part of the attack (rule 4)
            if ffam == "violence" and fr.type_key in ("gov_regains", "nsa_overtakes") and not fr.definite \
                    and ((place is not None and target.place is not None and place.name == target.place.name) or own_date is not None):
                target.type_key = fr.type_key  # the battle ended in a change of control
            if told_where:
                target.place = place
            elif place is not None and (target.place is None or (target.place.geo_precision > place.geo_precision and _place_compatible(target.place, place))):
                if not (fr.definite and target.place is not None and target.place.geo_precision <= 2):
                    target.place = place
            if own_date is not None and _date_compatible(target.date, own_date):
                if target.main_day and target.date is main_date and (main_date_fallback or date_fallback) and own_date.precision == "day":
                    target.date = own_date  # "Thursday's attack" dates it better than "said on Friday"
                else:
                    target.date = _better_date(target.date, own_date)
            continue
        if own_date is None and fr is not main and not fr.definite and place is not None:
            # an incident of a roundup's later paragraph: the day its paragraph tells, not the main's
            told_day = _told_in_paragraph(st, fr, main)
            if told_day is not None:
                own_date = fdate = told_day
                if fr.date is None:
                    fr.date, fr.date_how = told_day, "paragraph"
                on_main_day = _date_compatible(fdate, main_date)
        # a demonstration told in the main story without a place of its own happened there; at
        # a national decree's (no place), where the story is filed from, when that is in the
        # story's country ("BAMAKO, May 13 (Reuters) - ... dissolved all parties. Hundreds
        # protested against the decision": in Bamako; not "DAKAR, ..." for a story about Mali)
        if place is None and ffam == "protest" and on_main_day and any(t.pos == "verb" for t in fr.triggers):
            placed = next((c.place for c in cands if c.place is not None and c.is_main), None)
            if placed is None and country:
                placed = next((p for p in datelines if p.country == country and p.feature != _COUNTRY_FEATURE), None)
            place = placed or place
        if place is None and own_date is None and fr.type_key == "air_strike" and main_cand is not None \
                and _strikes_back(fr, main_cand):
            place = main_cand.place  # "air force aircraft subsequently struck the firing positions"
        # a new event: besides the main frame, only with a place below country level
        if fr is not main and ((place is None and not _decreed(fr)) or (not on_main_day and own_date is None)):
            continue  # background without a place and a time of its own: skipped
        if crossheads and fr is not main and id(fr) in crossheads:
            continue  # a crosshead opens no event
        if told_as_time:
            continue
        if fr is not main and ffam == "violence" and fr.definite and own_date is None and main_cand is not None and main_cand.family == "violence":
            main_cand.frames.append(fr)
            continue
        country_of = (place.country if place else None) or _clause_country(fr) or country
        n_before = len(cands)
        if coord:
            for i, p in enumerate(coord):
                cands.append(_Cand([fr], ffam, fr.type_key, fr, p, fdate, p.country, split_n=len(coord), split_i=i))
        elif place is None and ffam == "strategic" and fr.type_key != "agreement" and len(_clause_countries(fr)) >= 2:
            # "X, Y and Z have withdrawn from ...": one national-level event per country (an
            # agreement the countries sign together is one event between them)
            for cn in _clause_countries(fr):
                cands.append(_Cand([fr], ffam, fr.type_key, fr, None, fdate, cn, countries_split=cn))
        else:
            cands.append(_Cand([fr], ffam, fr.type_key, fr, place, fdate, country_of))
            if ffam == "violence" and fr is not main and low is not None and low.find("similar", fr.start, fr.end) >= 0:
                like = _likened(text, fr, cands[:-1])
                if like is not None:
                    cands[-1].type_key = like.type_key
        # another place on an adjacent day ("a roadside bomb hit an army vehicle the following
        # day" near another town): an incident of its own, not the headline story (rule 4)
        elsewhere_other_day = fr is not main and main_cand is not None and own_date is not None \
            and main_cand.place is not None and place is not None and place.name != main_cand.place.name \
            and _other_day(own_date, main_cand.date, text, fr.type_key == main_cand.type_key
                          or (fr.type_key in _RAID_KEYS and main_cand.type_key in _RAID_KEYS)) and not _sequel(sent_text.get(fr.sentence_index, ""))
        # "Also on Sunday, ... in an ambush near Aribinda" after the headline's bus bomb outside
        # Tongomayel: an incident at another place told in addition, not the headline story (rule 4)
        # (not the same raid going on: "Also on Sunday, the assailants attacked the nearby hamlet of X")
        also_elsewhere = fr is not main and main_cand is not None and main_cand.place is not None \
            and place is not None and place.name != main_cand.place.name \
            and _ALSO_OPENER.match(sent_text.get(fr.sentence_index, "")) is not None \
            and _SAME_RAIDERS.search(sent_text.get(fr.sentence_index, "")) is None
        # an incident inside the days a lead summary covers is one of the story's (rule 4)
        # (a digest's period, :func:`_report_period`: every incident of it is its news, of any family)
        # (and a forces' arrest or weapons seizure at a town inside those days: one of the
        # operations an army communique lists, "security forces arrested four suppliers in Fada
        # N'Gourma on Jan. 6")
        summed = summary is not None and own_date is not None \
            and (ffam == "violence" or st.digest or (fr.type_key in _OPERATION_KEYS and _town(fr) is not None)) \
            and summary[0] <= dates_mod.span(own_date)[0] and dates_mod.span(own_date)[1] <= summary[1]
        # an incident a live page's entry dates to the page's days is that entry's news (rule 4)
        summed = summed or (live_page and own_date is not None and ffam in ("violence", "protest")
                            and own_date.precision == "day" and not scoped
                            and 0 <= (published - own_date.date).days <= _LIVE_DAYS)
        # "Niger junta suspends TV5Monde, supporters rally in Niamey": the headline's second event,
        # of another kind, told in the lead on a day of its own in the days after the headline's
        # first (the answer the headline reports with it) is news too
        if not summed and st.title_first and fr is not main and fr.in_title and ffam != main.family \
                and not (fr.definite or fr.separate or fr.generic) and own_date is not None and own_date.precision == "day" \
                and fr.date is own_date and fr.date_how == "own" and (0 <= (own_date.date - main_date.date).days <= _SHARE_DAYS or (
                    # "Niger imposes curfew in Tillaberi after deadly village attack": the incident the
                    # headline names as the act's occasion, told in the lead in the days before it
                    -_SHARE_DAYS <= (own_date.date - main_date.date).days < 0
                    and _TITLE_AFTER.search(_manifest_title(article)) is not None)):
            if lead_of is None:
                lead_of = _lead_of(st)
            summed = fr.sentence_index in lead_of
        # the lead's news of another kind dated by the sentence telling it again (:func:`_told_next`)
        # in the days around the headline's: news too ("... has nationalised the refinery" on
        # Thursday, "On Saturday, thousands rallied in support")
        summed = summed or (fr.date_how == "next" and own_date is fr.date and abs((own_date.date - main_date.date).days) <= _SHARE_DAYS)
        summed = summed or (since_span is not None and fr.type_key == main.type_key and own_date is not None
                            and own_date.precision == "day" and since_span[0] <= own_date.date <= since_span[1])
        for new in cands[n_before:]:
            new.main_day = fdate is main_date
            new.separate = fr.separate
            # (an incident told "Separately" inside the days a lead summary covers is still one
            # of the series the lead tells: "condemned a series of killings this month")
            new.is_main = not headless and (
                (fr is main) or summed or (not fr.separate and on_main_day and not elsewhere_other_day and not also_elsewhere))
            if new.is_main and fr is not main and ffam == "protest" and main.family != "protest" and own_date is not None \
                    and not fr.in_title and not (summed and live_page) \
                    and not dates_mod.compatible(own_date, main_date, tolerance_days=0):
                # "On Wednesday, residents marched to demand the hostages' release" after Monday
                # night's kidnapping: a demonstration on another day than the incident it answers
                # is a reaction, background (the one-day tolerance is for one incident dated on
                # adjacent days), unless the headline tells it too ("Niger junta detains journalist
                # ...; police fire tear gas at protesters")
                new.is_main = False
        if fr is main:
            main_cand = cands[n_before]
    _reattach_references(cands, main_cand, frames, refs_back, title_end)
    # "executed 18 civilians in a village in central Mali ... soldiers arrived in the village of X
    # ... and shot them": an unlocated headline incident takes the town of the violent detail told
    # in the next two sentences (a detail too weak to be an event of its own)
    if main_cand is not None and main_cand.place is None and main_cand.family == "violence" and not main_cand.split_n > 1:
        hi = main.sentence_index
        for fr in all_frames:
            # (the cheap tests first: ``fr in frames`` compares Frames field by field)
            if not hi < fr.sentence_index <= hi + 2 or fr.family != "violence" or fr in frames:
                continue
            p = _best_place(fr.places)
            if p is not None and p.geo_precision <= 2 and (fr.date is None or _date_compatible(fr.date, main_cand.date)) \
                    and (main_cand.country is None or p.country == main_cand.country):
                main_cand.place = p
                break
    # "The soldiers came when the weekly market in Sofara was at its busiest. ... rounded up men at
    # the market on 4 November", "Gunmen arrived in Boni at dawn. ... They killed 12 villagers on
    # Monday": a headline incident still unlocated happened in the one town the story names before
    # its date is told (its setting; none when it names two), named in the headline or in the
    # paragraph that tells the date (a scene in another paragraph lends no place)
    # (placed only in a region so far, "in Burkina Faso's Boucle du Mouhoun region": a town of that region)
    region = _region_only(main_cand)
    if main_cand is not None and (main_cand.place is None or region is not None) and main_cand.family == "violence" \
            and not main_cand.split_n > 1 and not main_cand.countries_split:
        route = st.route
        told = main.start if date_fallback or main_cand.date is None else max(main.start, main_cand.date.start)
        towns = [p for p in places if p.start < told and p.feature != _COUNTRY_FEATURE and p.geo_precision <= 2
                 and id(p) not in route and (main_cand.country is None or p.country == main_cand.country)
                 and (region is None or p.admin1 == region.admin1)]
        if towns and all(p.name == towns[0].name for p in towns):
            para = text.rfind("\n", 0, told)
            # (or the story's first sentence of prose when it tells the incident starting: "The first
            # shots rang out ... at the brigade in Tougan" + "The attack took place on Thursday,
            # Sept. 12."; not a scene without an event word: "a convoy entered Diafarabe")
            first = min(_lead_of(st), default=-1)
            # ("entered"/"secured" without a fight tells no event: trig.NEEDS_ENEMY)
            if not any(t.sentence_index == first and not (t.key == "territory" and t.lemma in trig.NEEDS_ENEMY)
                       for t in st.triggers) and not any(f.sentence_index == first for f in st.frames):
                first = -1
            here = [p for p in towns if p.start < title_end or p.start > para or p.sentence_index == first]
            if here:
                main_cand.place = here[-1]
    region = _region_only(main_cand)
    if main_cand is not None and (main_cand.place is None or region is not None) and main_cand.family in ("violence", "protest") \
            and not main_cand.split_n > 1 and not main_cand.countries_split:
        town = _detail_town(st, main, main_cand, frames, cands)
        if town is None and main.start < title_end:
            # a headline incident the lead tells again: the town of the sentences after the lead
            lead = min((f for f in main_cand.frames if f.start >= title_end), key=_START, default=None)
            if lead is not None:
                town = _detail_town(st, lead, main_cand, frames, cands)
        if town is not None and (region is None or town.admin1 == region.admin1):
            main_cand.place = town
    # an incident unfolding at the main place over a few days is part of the headline story
    if main_cand is not None and main_cand.place is not None and not headless:
        m0 = dates_mod.span(main_cand.date)[0]
        for c in cands:
            if not c.is_main and not c.separate and c.place is not None and c.place.name == main_cand.place.name \
                    and (c.family != "protest" or main_cand.family == "protest") \
                    and c.date.precision == "day" and abs((dates_mod.span(c.date)[0] - m0).days) <= 3:
                c.is_main = True
    # one incident told first on the publication day, then on the day before at the same town
    # ("gave accounts on Thursday of a battle near Tinzaouaten ... ambushed a column on Wednesday
    # about 30 km south of the town"): the day before is its day, the publication day the report's
    # (not a second attack told after the first: "On Monday, militants attacked the post again")
    if published is not None and not headless:
        for c in [c for c in cands if c.is_main and c.family == "violence" and not c.separate and c.place is not None
                  and c.date is not None and c.date.precision == "day" and c.date.date == published]:
            prev = next((o for o in cands if o is not c and o.is_main and not o.separate and o.family == c.family
                         and o.place is not None and o.place.name == c.place.name and o.date is not None
                         and o.date.precision == "day" and (published - o.date.date).days == 1
                         and c.head.start < o.head.start and _types_compatible(o.type_key, c.type_key)), None)
            if prev is not None:
                c.frames.extend(f for f in prev.frames if f not in c.frames)
                c.extra_claims.extend(prev.extra_claims)
                c.date = prev.date
                cands.remove(prev)
    # looting during an attack at the same place and day is part of the attack
    cands = _fold_looting(cands)
    # a national-level mention ("a coup d'etat in the country") is the umbrella of the located
    # events of its day and family (the palace seized, the president held): not an event of its own
    kept = []
    for c in cands:
        if c.place is None and not c.countries_split and c.is_main:
            host = next((o for o in cands if o is not c and o.place is not None and o.family == c.family
                         and o.is_main and _date_compatible(o.date, c.date)), None)
            if host is not None:
                host.frames.extend(c.frames)
                continue
        kept.append(c)
    cands = kept
    # an incident named in the headline is a main event, even when told "Separately" in the body:
    # the body's telling of the headline's second incident, or an event of the headline story's
    # week whose death toll the headline gives ("...; army says it killed 31 Boko Haram fighters")
    # (the headline's figures only matter when a violent event is not main yet: speed)
    title_counts = _title_counts((_manifest_title(article) if not st.headline_end else "") + "\n" + text[:title_end]) \
        if echoed or any(not c.is_main and c.family == "violence" for c in cands) else set()
    if echoed or title_counts:
        m0 = dates_mod.span(main_date)[0]
        for c in cands:
            if c.is_main or c.family != "violence":
                continue
            if any(id(f) in echoed for f in c.frames) or (
                    c.date is not None and c.date.precision == "day" and abs((c.date.date - m0).days) <= 7
                    and any(cl.count in title_counts and cl.killed_or_other == "killed" for f in c.frames for cl in f.claims)):
                c.is_main = True
    # a headline naming violence over a story whose news the coder has no frame for ("Sahel juntas
    # announce joint force as attacks continue in Niger"), the incident told as its context ("The
    # announcement came two days after an attack ..."): the latest incident dated to a day at a
    # town in the week before publication is the violence the headline names (main)
    if headless and published is not None and cands and not any(c.is_main and c.family == "violence" for c in cands):
        recent = [c for c in cands if c.family == "violence" and not c.separate and c.place is not None
                  and c.place.geo_precision <= 2 and c.date is not None and c.date.precision == "day"
                  and 0 <= (published - c.date.date).days <= 7]
        if recent and (not title_keys.isdisjoint(trig.VIOLENCE) if not st.headline_end else any(
                t.start < st.headline_end and family_of(t.key) == "violence" for t in triggers)):
            max(recent, key=lambda c: (c.date.date, -c.head.start)).is_main = True
    # background events need a place below country level and a date of their own (a government's
    # decree told on its day is national: "On Friday, the government suspended France 24", no town)
    cands = [c for c in cands if c.is_main or (c.place is not None and any(f.date is not None for f in c.frames))
             or (c.place is None and not c.countries_split and _decreed(c.head))]

    # a national-level strategic development filed from a capital: the dateline place
    for c in cands:
        if c.place is None and c.family == "strategic" and not c.countries_split:
            dl = next((p for p in datelines if p.country == c.country and p.feature != _COUNTRY_FEATURE), None)
            if dl is not None:
                c.place = dl
    # "attacked ... in Mali's capital early Tuesday" with no other place: the capital, which the
    # dateline names when the story is filed from it ("BAMAKO, Mali (AP) -")
    for c in cands:
        if c.place is None and c.is_main and not c.countries_split \
                and any(_CAPITAL.search(sent_text.get(f.sentence_index, "")) for f in c.frames):
            dl = next((p for p in datelines if p.country == c.country and p.feature.endswith("PPLC")), None)
            if dl is not None:
                c.place = dl

    cands = _split_abductions(text, cands)
    # 7. orphan claims -> the main violent event
    used = {id(cl) for c in cands for f in c.frames for cl in f.claims}
    frame_sent_ids = {f.sentence_index for f in frames}
    # (a sentence whose only frames are strategic developments, which take no figures, keeps
    # them for the main event: "The FLA, formed in late 2024 from the merger of ..., acknowledged
    # losing three of its fighters")
    figure_sent_ids = {f.sentence_index for f in frames if f.family != "strategic" or f.type_key == "looting"}
    target = next((c for c in cands if c.is_main and c.family == "violence"), None)
    dates_by_sent: dict[int, list[DateMention]] = {}
    for d in dates:
        dates_by_sent.setdefault(d.sentence_index, []).append(d)
    if target is not None:
        for cl in claims:
            if id(cl) in used or cl.sentence_index in figure_sent_ids:
                continue
            if any(not _date_compatible(d, main_date) and not _founded_before(text, low, d.start)
                   for d in dates_by_sent.get(cl.sentence_index, ())):
                continue  # (a date of another day, not the founding date of a group named: "formed in 2024")
            if cl.count >= 1000:
                continue
            if _RUNNING_TOTAL.search(sent_text.get(cl.sentence_index, "")):
                continue  # "Hundreds of civilians have been killed in the region since the start of the year"
            if (sc := scopes.get(cl.sentence_index)) is not None and cl.start >= sc[0]:
                continue  # a figure of an older incident told as background
            (_told_just_before(st, cl, cands, target) or target).extra_claims.append(cl)

    # article context: who is said to be where, and agents named by role phrases. Speed: asked
    # only for what the events read (the places of the events, the sentences of cue agents)
    cues = frames_mod.find_agent_cues(doc, sentences, actors)
    violent_sents = {t.sentence_index for t in triggers if family_of(t.key) == "violence"}
    cue_agents = []
    for si, m in sorted(cues.items()):
        # a role phrase names the agent of this story's event only in a sentence about an event
        # ("claimed responsibility", "blamed the attack on"); "abuses carried out by X" does not;
        # nor does a sentence dated on another day than the story's
        if si not in violent_sents and not ((told_in := sent_text.get(si)) is not None and _BLAME.search(told_in)):
            continue
        if any(d.precision != "year" and not _date_compatible(d, main_date) for d in dates_by_sent.get(si, ())):
            continue
        cue_agents.append(m)
    # places of events: only sentences that tell no incident themselves ("Wagner and the FAMa
    # are in Anefis"); a sentence about another fight at the same place ("as recently as July
    # when ... Wagner") says nothing about who took part in this one
    event_places = {c.place.name for c in cands if c.place is not None and c.family != "protest"}
    past: dict[int, bool] = {}  # sentence -> it tells a presence that is over (once per sentence; speed)

    def _past(si: int) -> bool:
        r = past.get(si)
        if r is None:
            told = sent_text.get(si, "")
            r = past[si] = (low is None or _has_any(told.lower(), _PAST_PRESENCE_HINTS)) and _PAST_PRESENCE.search(told) is not None
        return r

    place_sents = [p for p in places if p.name in event_places and p.sentence_index not in violent_sents
                   and (p.sentence_index in frame_sent_ids or not _past(p.sentence_index))]
    wanted = {p.sentence_index for p in place_sents} | {m.sentence_index for m in cue_agents}
    acts_by_sent: dict[int, list[ActorMention]] = {}
    if wanted:
        for m in actors:
            if m.sentence_index in wanted:
                acts_by_sent.setdefault(m.sentence_index, []).append(m)
    place_actors: dict[str, list[ActorMention]] = {}
    for p in place_sents:
        place_actors.setdefault(p.name, []).extend(acts_by_sent.get(p.sentence_index, []))
    places_by_sent: dict[int, set[str]] = {}
    if cue_agents:
        cue_sents = {m.sentence_index for m in cue_agents}
        for p in places:
            if p.feature != _COUNTRY_FEATURE and p.sentence_index in cue_sents:
                places_by_sent.setdefault(p.sentence_index, set()).add(p.name)
    cue_assoc = {m.start: acts_by_sent.get(m.sentence_index, []) for m in cue_agents}
    ctx = _Ctx(sent_text, country, published, place_actors, cue_agents, cue_assoc, places_by_sent, dates_by_sent,
               title_end=title_end)
    if any(c.family == "violence" or c.type_key == "agreement" for c in cands):  # (only these ask for the groups: speed)
        group_actors = actors_mod.load_dictionary().group_actors
        ctx.groups = [m for m in actors if not m.generic and m.actor in group_actors]
    if cue_agents or ctx.groups:  # (the sentences of each violent event, for :func:`_event_cues`)
        ctx.event_sents = [(f.sentence_index, id(c), c.is_main) for c in cands if c.family == "violence" for f in c.frames]
    if ctx.groups and (low is None or _has_any(low, _NO_CLAIM_HINTS)):
        ctx.no_claim = None  # (found when first asked, :func:`_no_claim`: most articles never ask)
    _absorb_area(cands)
    # an attack on several towns: the members share the figures told of any of them (split later)
    groups: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.split_n > 1:
            groups.setdefault(id(c.head), []).append(c)
    for members in groups.values():
        _absorb_same_place(cands, members)
        pooled = [cl for m in members for f in m.frames for cl in f.claims] + [cl for m in members for cl in m.extra_claims]
        for m in members:
            m.extra_claims = list(pooled)
        _placed_tolls(text, places, members, pooled)
    _summary_repeats(cands, places)
    out = [(c, _to_event(article, c, ctx, date_fallback and c.date is main_date)) for c in cands]
    cand_of = {id(e): c for c, e in out if e is not None}
    out = [e for _, e in out if e is not None]
    _share_perpetrator(out, cand_of, sent_text)
    out.sort(key=lambda e: (not e.event.is_main, e.event.event_date, e.event.location, e.event.sub_event_type))
    return out


def _summary_repeats(cands: list[_Cand], places: list[PlaceMention]) -> None:
    """A figure a headline or lead tells before the story reaches an event's town, which a later
    sentence tells again of another event ("Army says 4 soldiers killed in fighting this week" /
    "... while losing four soldiers" over a list of operations, the one at Sebba where "four
    soldiers lost their lives"; "killing at least three drivers" over "Three drivers who tried to
    flee were shot dead" at the town of the tanker attack) is that event's: not this one's too
    (``not_claims``). Only a death figure of the same count and victims, told in a sentence that
    names none of this event's town and comes before the first sentence naming it, and held by
    another event from a later sentence of its own frames; not for a list of towns (split)."""
    owners: dict[tuple, list[tuple[int, _Cand]]] = {}
    for c in cands:
        if c.family == "violence":
            for f in c.frames:
                for cl in f.claims:
                    if cl.killed_or_other == "killed":
                        owners.setdefault((cl.count, cl.victim_group), []).append((cl.sentence_index, c))
    if not owners or len(cands) < 2:
        return  # (speed: no event's own death figure, or one event: nothing told twice across events)
    first_named: dict[str, int] = {}
    for p in places:
        if p.sentence_index < first_named.get(p.name, p.sentence_index + 1):
            first_named[p.name] = p.sentence_index
    for c in cands:
        if c.family != "violence" or c.split_n > 1 or c.place is None:
            continue
        named = first_named.get(c.place.name, -1)
        drop = {id(cl) for cl in [cl for f in c.frames for cl in f.claims] + c.extra_claims
                if cl.killed_or_other == "killed" and cl.sentence_index < named
                and any(o is not c and si > cl.sentence_index for si, o in owners.get((cl.count, cl.victim_group), ()))}
        if drop:
            c.not_claims = c.not_claims | drop


def _told_just_before(st: _Art, cl: CasualtyClaim, cands: list[_Cand], target: _Cand) -> _Cand | None:
    """The main violent event of another day than ``target`` that the paragraph told just before a
    figure of a sentence with no incident of its own: "Residents gave a different account of
    Sunday's strike. 'They struck people at the pond.' 'We buried eleven people,' an official said"
    (Sunday's dead, not the first day's), "The second raid, on Monday, hit Tessit. 'We counted nine
    bodies,' a resident said". The nearest earlier sentence of the paragraph (up to two back) that
    tells an incident decides; None when that is the target's, another kind's or none."""
    p0 = _para_start(st.text, cl.start)
    for si in (cl.sentence_index - 1, cl.sentence_index - 2):
        if si < 0 or st.sentences[si].start < p0 and si != cl.sentence_index - 1:
            return None
        told = [c for c in cands if c.family == "violence" and any(f.sentence_index == si for f in c.frames)]
        if told:
            c = told[0]
            return c if len(told) == 1 and c is not target and c.is_main and c.place is not None and target.place is not None \
                and c.place.name == target.place.name else None
    return None


#: How far from the town that names an area ("the Bankass area") a town of that area may lie.
_AREA_KM = 50.0
#: ... a village of it, not a unit's seat (a seat names a unit of its own: "a civil society group in
#: Torodi said" after "a village in the Makalondi area, in Torodi department": nor the seat of the
#: unit the area lies in).
_AREA_TOWNS = frozenset(("P.PPL", "unlisted"))


def _absorb_area(cands: list[_Cand]) -> None:
    """An incident placed in an area ("gunmen raided two villages in the Bankass area on Sunday")
    that the story tells again at a village of that area (within :data:`_AREA_KM`) on its day
    ("Nineteen people were killed in Wol-Maoundé") happened there: the area's event goes into the town's (one incident, the town
    the most precise place; main when either is)."""
    areas = [c for c in cands if c.place is not None and c.place.qualifier == "area"
             and c.split_n == 1 and not c.countries_split and c.date is not None]
    for c in areas:
        a = c.place
        t = next((t for t in cands if t is not c and t.place is not None and t.place.geo_precision == 1
                  and t.place.feature in _AREA_TOWNS and t.place.admin1 == a.admin1 and t.place.name != a.name
                  and (not a.admin2 or places_mod._key(t.place.name) != places_mod._key(a.admin2))
                  and places_mod._km(a.latitude, a.longitude, t.place.latitude, t.place.longitude) <= _AREA_KM
                  and t.family == c.family
                  and t.split_n == 1 and not t.separate and t.date is not None and t.date.date == c.date.date
                  and _types_compatible(t.type_key, c.type_key)), None)
        if t is None:
            continue
        t.frames.extend(f for f in c.frames if f not in t.frames)
        t.extra_claims.extend(c.extra_claims)
        t.is_main = t.is_main or c.is_main
        cands.remove(c)


def _absorb_same_place(cands: list[_Cand], members: list[_Cand]) -> None:
    """One event per town and day: an event of its own at a town of a list of towns attacked
    together ("Soldiers entered Gomboro, Kassan and Toeni on March 11 ... Witnesses said 29 people
    were killed in Gomboro") is that town's member of the list, on its day (the frames and claims
    move over; main when either is)."""
    by_place = {m.place.name: m for m in members if m.place is not None}
    for c in [c for c in cands if c.split_n == 1 and not c.countries_split and c.place is not None]:
        m = by_place.get(c.place.name)
        if m is None or c.family != m.family or not _types_compatible(m.type_key, c.type_key) \
                or c.date is None or m.date is None or c.date.date != m.date.date or c.separate:
            continue
        m.frames.extend(f for f in c.frames if f not in m.frames)
        m.extra_claims.extend(c.extra_claims)
        m.is_main = m.is_main or c.is_main
        cands.remove(c)


#: The words between a figure and the town it is told of: "29 people were killed in Gomboro",
#: "and 19 in Kassan", "12 died at Soro" (the clause goes on to the town, no other figure).
_TOLL_AT_PLACE = re.compile(r"[^;:.,()0-9]{0,40}\b(?:in|at|near)\s+(?:the\s+(?:village|town|locality)\s+of\s+)?$")


def _placed_tolls(text: str, places: list[PlaceMention], members: list[_Cand], pooled: list[CasualtyClaim]) -> None:
    """The figures of a list of towns told town by town ("29 people were killed in Gomboro and 19
    in Kassan", "some 70 people in Tchoma Bangou and about 30 in Zaroumdareye") are each its town's,
    not split: a figure whose clause goes on to one town of the list (:data:`_TOLL_AT_PLACE`)
    belongs to that town's event only, and when the text gives any town its own figure, the
    list's joint figures are split no more (a town without its own has none: "In Toeni, the
    number of dead could not be established")."""
    names = {m.place.name for m in members if m.place is not None}
    # the towns' spellings in the text (a sentence's places hold each town once: the words after
    # a figure are searched for them)
    spelt = {p.text: p.name for p in [*places, *(m.place for m in members if m.place is not None)] if p.name in names}
    own: dict[str, set[int]] = {}
    for cl in pooled:
        hits = [(i, name) for w, name in spelt.items() if (i := text.find(w, cl.end, cl.end + 60 + len(w))) >= 0]
        if hits:
            i, name = min(hits)
            if _TOLL_AT_PLACE.fullmatch(text, cl.end, i):
                own.setdefault(name, set()).add(id(cl))
    if not own:
        return
    every = {id(cl) for cl in pooled}
    for m in members:
        mine = own.get(m.place.name, set()) if m.place is not None else set()
        m.not_claims = frozenset(every - mine)


_UNIDENTIFIED = "Unidentified armed group"
#: Strategic types a government decrees for the whole country (a suspension, a ban, a dissolution)
_DECREE_KEYS = frozenset(("other", "change_group"))


def _decreed(fr: Frame) -> bool:
    """A national decree told on its own day ("On Friday, the government suspended France 24"):
    a verb of a decreed type dated to a day in its own clause. It needs no town (ACLED: a
    national-level development). A day the next sentence gives it ("... has nationalised the refinery.
    In a decree read on Thursday, ...", :func:`_told_next`) is its own day too."""
    return fr.type_key in _DECREE_KEYS and fr.date is not None and fr.date_how in ("own", "next") and fr.date.precision == "day" \
        and fr.head.pos == "verb" and not (fr.generic or fr.definite)
_START = attrgetter("start")
_INDEX = attrgetter("index")
_TEXT = attrgetter("text")
_HEAD_START = attrgetter("head.start")
#: "Malian soldiers and foreign fighters": an "and" before the next actor, within the clause.
_AND_AHEAD = re.compile(r"[^.;:]*\band\b")
#: A figure for several days of one incident ("in the two days of fighting", "over three days").
_DAYS_TOTAL = re.compile(r"(?i)\b(?:in|over|during|across) (?:the )?(?:two|three|four|five|several|\d+) days\b")
#: A definite noun that points back to an incident just told ("repelled the assault").
_BACK_REF = re.compile(r"(?i)\b(?:the|this|that) (?:attack|assault|raid|ambush|offensive|incursion)\b")
#: Every match of _BACK_REF is this in the lower-cased text (see _plain_lower).
_BACK_REF_HINT = re.compile(r"(?:the|this|that) (?:attack|assault|raid|ambush|offensive|incursion)")
#: A place named by reference to the one told before ("along the same road", "in the same area").
#: "four people were killed there", "gunmen struck there again in May": "there" points back to
#: the place told before (not "there were", "there has been": the existential "there").
_THERE = re.compile(r"(?<=[a-z,] )there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|"
                    r"should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|being|been)\b)")
_FIRST = itemgetter(0)
#: "The attack took place near X", "the strike happened on Sunday in X", "the ambush occurred
#: 15 km from X": a definite noun and a verb of happening, telling where the incident told was.
_HAPPENED = re.compile(r"(?i)\b(?:the|this|that|" + "|".join(w.lower() + "'s" for w in text_mod.WEEKDAY_NAMES) + r")\s+"
                       r"(?:(?:latest|deadly|drone|air|suicide|bomb)\s+)?(?:attack|assault|raid|ambush|strike|"
                       r"bombing|explosion|blast|massacre|killings|incident|clash|clashes|fighting)\s+"
                       r"(?:(?:reportedly|also|actually)\s+)?(?:took\s+place|happened|occurred|unfolded)\b")
_HAPPENED_HINT = re.compile(r"took|happened|occurred|unfolded")
#: The forces' installations a text refers back to ("the same camp", "the base").
_INSTALLATIONS = "camp|base|post|outpost|garrison|barracks"
_SAME_PLACE = re.compile(rf"(?i)\b(?:the same|that same) (?:{_ROAD}|{places_mod.alternation(places_mod.settlement_nouns('one'))}|"
                         rf"area|district|region|place|spot|location|zone|(?:(?:military|army)\s+)?(?:{_INSTALLATIONS}|"
                         r"position|checkpoint|market|mine|site))\b")
#: "hit fleeing fighters in the area on Sunday", "struck again in the surrounding area": an incident
#: of a day of its own placed only by "the area" happened where the event told before did
_IN_THE_AREA = re.compile(r"(?i)\b(?:in|around|across) (?:the|that) (?:surrounding |same )?(?:area|vicinity)\b"
                          r"(?!\s+(?:of|around|near)\b)")
#: "the base", "the military camp" (not "the base of", "the camp in X"): an installation told before
_INSTALLATION_REF = re.compile(rf"(?i)\bthe\s+(?:(?:military|army)\s+)?(?:{_INSTALLATIONS})\b"
                               r"(?!\s+(?:of|in|at|near)\b)")
#: Its earlier attack: "had already been targeted", "was previously attacked", "was also hit before"
_ALREADY = re.compile(r"(?i)\b(?:already|previously|before|earlier|once)\b")
#: "the town's military post", "overran the village", "the town" (a settlement named by its noun alone,
#: not "the town of X" nor "the town Djibo"): the town named just before (:func:`_town_referred`).
_TOWN_REF = re.compile(rf"(?i)\bthe\s+(?:{places_mod.alternation(places_mod.settlement_nouns('one'))})(?:['’]s)?\b"
                       r"(?!\s+of\b|-|\s+(?-i:[A-Z]))")
_TOWN_REF_HINTS = tuple(f"the {w}" for w in sorted(places_mod.settlement_nouns("one")))
#: "the capital", "Mali's capital", "the country's capital" (a place named by its role).
_CAPITAL = re.compile(r"\b(?:the|its|[A-Z][\w-]*['’]s|country['’]s|nation['’]s) capital\b(?!\s+(?:punishment|city of|of))")
#: A date that says when a group or body was founded ("the FLA, formed in late 2024 ..."),
#: not when the figures of its sentence happened.
_FOUNDED_BEFORE = re.compile(r"(?i)\b(?:formed|founded|created|established|set up|launched)\s+(?:in|on)\s+$")
#: A running total over a span longer than a day ("have been killed ... since the start of the
#: year", "since January", "so far this year", "over the past year"): its figures are no one
#: incident's.
_RUNNING_TOTAL = re.compile(
    r"(?i)\b(?:since\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\b|(?:early|late|mid-?)\s*(?:19|20)\d\d\b|"
    r"(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|June|July|August|September|October|November|"
    r"December)\b(?!\s+\d)|(?:19|20)\d\d\b|last\s+(?:year|month)\b)|so\s+far\s+this\s+year|this\s+year\s+alone|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?:few|several|\w+)\s+)?(?:years?|months|weeks)\b)")
_BLAME = re.compile(r"(?i)\b(blamed|blames|blame|blaming|responsibility|responsible|(?:it|they) (?:had )?targeted)\b")
_LEADER = re.compile(r"(?i)\b(president|prime minister|head of state|ministers?|leaders)\b"
                    # not the speaker of the news ("the Minister of Communication said that ...")
                    r"(?!(?:\s+(?:of|for)(?:\s+[A-Z][\w'’-]*|\s+and){1,4})?,?\s+(?:said|says|told|announced|stated|declared|added|confirmed)\b)")
#: A leader word that names no sitting leader: "former minister", "ex-prime minister", "ousted
#: President Bazoum", "opposition leaders", "the son of the president" (one of these before it).
_NOT_SITTING_WORDS = (r"former|ex|ousted|deposed|toppled|overthrown|exiled|erstwhile|late|opposition|then|outgoing|"
                      r"one-time|onetime")
_NOT_SITTING = re.compile(r"(?i)(?:\b(?:" + _NOT_SITTING_WORDS + r")\b[\s-]+(?:[\w'’.-]+\s+){0,2}"
                          r"|\b(?:sons?|daughters?|wife|wives|husband|brothers?|sisters?|relatives?|family|aides?|"
                          r"associates?|supporters?|allies|bodyguards?|guards?|advis[eo]rs?|lawyers?|spokes(?:man|woman|person)|"
                          r"members?|staff|cousins?|nephews?)\s+(?:of|to)\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3})$")

#: ... or inside the actor mention itself ("ex-President Bazoum", "former President Issoufou").
_NOT_SITTING_IN = re.compile(r"(?i)^(?:the\s+)?(?:" + _NOT_SITTING_WORDS + r")\b")

#: The trigger words of a coup ("toppled", "ousted", "overthrew", "deposed", "seized power", "a
#: coup", "a putsch", "mutinied"): not of a state leaving a bloc or expelling an envoy.
_COUP = re.compile(r"(?i)\b(?:mutin|oust|overthr|toppl|depos|coup|putsch|\w+\s+power\b)")
#: ... those that tell the takeover itself, whoever is named with it ("General X seized power")
_TAKEOVER = re.compile(r"(?i)\b(?:mutin|coup|putsch|\w+\s+power\b)")


#: Where the detainee phrase after an arrest word ends: the clause's end, or what tells why,
#: where or by whom ("over a plot", "on suspicion of working ... to recruit political leaders").
_DETAINEE_END = re.compile(r"(?i)[.;:!?\"“”]|\s(?:on suspicion|suspected|accused|for|to|over|after|because|in connection|"
                           r"who|which|that|while|as|when|since|said|says|according)\b")
#: An arrest word told in the passive: the detainees are named before it ("the prime minister was
#: arrested", "two ministers have been detained").
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+)?$")


def _detainee_text(text: str, frames: list[Frame]) -> str:
    """The detainee phrases of an event's arrest words, not their whole sentences (rule 6): the
    words after each arrest word up to :data:`_DETAINEE_END` ("arrested two ministers", "Among
    those detained are Gen. X"), and for a passive the clause before it ("the president was
    detained"). The speaker ("Security Minister X said police arrested 12 protesters") and the
    purpose ("to recruit political leaders") are not the detainees."""
    parts = []
    for f in frames:
        for t in f.triggers:
            if f.type_key != "arrests" or t.key != "arrests":
                continue
            lo = t.end
            hi = min(f.end, lo + 120) if f.end > lo else lo + 120
            m = _DETAINEE_END.search(text, lo, hi)
            parts.append(text[lo : m.start() if m else hi])
            a = max(f.start, t.start - 120)
            if _PASSIVE_BEFORE.search(text, a, t.start):
                b = max((x.end() for x in _CLAUSE_START.finditer(text, a, t.start)), default=a)
                parts.append(text[b : t.start])
    return " | ".join(parts)


#: Where the clause before a passive arrest word starts (after a comma, "that" or a speaker).
_CLAUSE_START = re.compile(r"(?i)[,;:]\s|\b(?:that|said|says)\s")


#: Detainees who are members of the armed forces: "arrested several officers and a civilian",
#: "detained four soldiers", "two colonels were arrested" (the country's forces are the side held).
_MILITARY_HELD = re.compile(r"(?i)^\W*(?:[\w'’-]+\W+){0,5}?(?:army\s+|military\s+|senior\s+|junior\s+)?"
                            r"(?:officers|officer|soldiers|servicemen|generals|general|colonels|colonel|"
                            r"commanders|non-commissioned\s+officers|military\s+personnel|troops|gendarmes)\b(?!['’]s)")


#: Detainees who escaped from custody: "14 escapees", "nine escaped inmates", "fugitive prisoners".
_ESCAPEES = re.compile(r"(?i)\b(?:escapees|escapee|fugitives|(?:escaped|fugitive|fleeing)\s+(?:inmates|prisoners|detainees|convicts)"
                       r"|(?:inmates|prisoners|detainees|convicts)\s+who\s+(?:had\s+)?(?:escaped|fled|broke\s+out))\b")


def _military_held(detainees: str) -> bool:
    """Whether one of the detainee phrases (:func:`_detainee_text`, "|"-separated) opens with
    soldiers or officers within its first words; not a police officer ("police officers", "a
    police officer") nor a victim of another phrase."""
    for part in detainees.split(" | "):
        m = _MILITARY_HELD.search(part)
        if m is not None and not re.search(r"(?i)\bpolice\s+(?:officers?|commanders?)\b", m.group()):
            return True
    return False


def _leader_held(told: str) -> bool:
    """Whether a sentence of an arrest names a sitting leader (:data:`_LEADER`, not
    :data:`_NOT_SITTING`): then the government is the side held (rule 6)."""
    for m in _LEADER.finditer(told):
        if not _NOT_SITTING.search(told, max(0, m.start() - 50), m.start()):
            return True
    return False


_CIVILIAN_GROUPS = frozenset({"civilians", "people", "children", "women", "villagers", "residents"})


#: "No group claimed responsibility", "no one has so far claimed the attack", "there was no
#: immediate claim of responsibility", "the attack has not (yet) been claimed", "unclaimed".
_NO_CLAIM = re.compile(r"(?i)\b(?:no|none|nobody)\b(?:\s+(?:one|group|organi[sz]ation|faction|side))?(?:\s+\w+){0,3}?\s+"
                       r"(?:claimed|claims\s+responsibility)\b|\bno\s+(?:immediate\s+)?claims?\s+of\s+responsibility\b|"
                       r"\b(?:not|never)\s+(?:yet\s+|immediately\s+|been\s+)*(?:been\s+)?claimed\b|\bunclaimed\b|"
                       # the source says it does not know who: "the communique did not identify the
                       # groups targeted", "the army did not say which group the fighters belonged
                       # to", "without naming the attackers"
                       r"\b(?:not|n['’]t)\s+(?:identify|name|say|specify|indicate|know)\s+(?:which|what|the|who)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:groups?|attackers|assailants|perpetrators|fighters|gunmen|militants|"
                       r"was\s+behind|were\s+behind|carried\s+out)\b|"
                       r"\bwithout\s+(?:identifying|naming|specifying)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                       r"(?:groups?|attackers|assailants|perpetrators|fighters|gunmen|militants)\b|"
                       # the group named is silent: "The X group, which is active in the area, has not
                       # commented", "the group did not comment" (named, not credited)
                       r"\bgroup\b[^.;]{0,80}?\b(?:has|have|had|did)\s*(?:not|n['’]t)\s+(?:yet\s+|immediately\s+|"
                       r"publicly\s+)?comment(?:ed)?\b")
#: Every match of _NO_CLAIM holds one of these (lower-cased; a prefilter).
_NO_CLAIM_HINTS = ("claim", "identif", "specif", "indicat", "t name", "t say", "t know", "without nam", "comment")
#: How far from the headline event (days) an unnamed incident can still be its perpetrator's:
#: two weeks, the span of a series of raids told together ("a week earlier, ... abducted");
#: older incidents are background of another time.
_SHARE_DAYS = 14


#: A sentence telling who WAS at a place ("Gao once hosted the main base of France's force",
#: "French troops were based in Menaka until 2022", "UN peacekeepers have since left"): the
#: forces it names are no party to an event there (rule 8).
_PAST_PRESENCE = re.compile(r"(?i)\b(?:once|formerly|former|used to|until|previously|no longer|since (?:left|departed|withdrawn|"
                            r"pulled out)|(?:left|departed|withdrew|withdrawn|pulled out|expelled|ousted)\b)")
#: Every match of _PAST_PRESENCE holds one of these (lower-cased; a prefilter, exact for a text
#: without :data:`_FOLD_TRAPS`).
_PAST_PRESENCE_HINTS = ("once", "former", "used to", "until", "previously", "no longer", "left", "departed", "withdr",
                        "pulled out", "expelled", "ousted")


#: The noun of an abduction ("the abduction", "the kidnapping"): a sentence saying no group claimed
#: it names the abduction's perpetrator unknown wherever it stands.
_ABDUCTION_NOUN = re.compile(r"(?i)\b(?:abduction|kidnapping)s?\b")


def _share_perpetrator(events: list[ArticleEvent], cand_of: dict[int, _Cand], sent_text: dict[int, str]) -> None:
    """One raid told as several events (one per place): an unnamed perpetrator of a main event
    is the named perpetrator of the headline event ("the attackers went on to another village").
    An incident told with no perpetrator word at all (a violent event none of whose frames
    names an agent: "two soldiers abducted on October 9") in a story about one named group is
    that group's.

    Only within the headline story's span (:data:`_SHARE_DAYS` either side: "in February 2023,
    50 soldiers were killed near Deou" in a 2025 story is not the group's), and never for an
    incident the text says no group claimed (:data:`_NO_CLAIM` in one of the sentences of its
    frames, or the sentence right after them). Nor for an item of a list (a factbox, a digest)
    other than the items that tell the named group's event: each item tells its own incident
    ("- 9 May: ... an attack blamed on Islamic State" says nothing of who struck on 11 May).
    ``cand_of``: ``id(event)`` -> its candidate (read only for the events asked about; speed:
    most articles return at once)."""
    main_ae = next((e for e in events if e.event.is_main and e.event.disorder_type == "Political violence"
                    and e.event.actor1 not in ("", _UNIDENTIFIED) and e.event.inter1 != 1), None)
    if main_ae is None:
        return
    main = main_ae.event
    main_day = None
    main_items: set[int] | None = None  # the list items telling the main event (found when first asked)
    for ae in events:
        ev = ae.event
        if ev is main or ev.actor1 != _UNIDENTIFIED:
            continue
        same_story = ev.is_main and ev.event_date == main.event_date
        c = cand_of.get(id(ae))
        if not same_story and (c is None or c.family != "violence" or any(f.actor1 is not None for f in c.frames)):
            continue  # (not told without a perpetrator word)
        if not same_story:
            main_day = main_day or date.fromisoformat(main.event_date)
            if abs((date.fromisoformat(ev.event_date) - main_day).days) > _SHARE_DAYS:
                continue  # an old incident told as background
        if c is not None and (sis := {f.sentence_index for f in c.frames}):
            near = sis | {max(sis) + 1}
            if any(_says_no_claim(sent_text.get(si, "")) for si in near):
                continue  # "No group claimed responsibility": the text says who did it is unknown
            if ev.sub_event_type == "Abduction/forced disappearance" and any(
                    _says_no_claim(t) and _ABDUCTION_NOUN.search(t) for t in sent_text.values()):
                continue  # "No group has claimed responsibility for the abduction", further on
            items = {_item_of(si, sent_text) for si in sis}
            if -1 not in items:
                if main_items is None:
                    mc = cand_of.get(id(main_ae))
                    main_items = {_item_of(f.sentence_index, sent_text) for f in mc.frames} if mc is not None else set()
                if main_items and -1 not in main_items and not items & main_items:
                    continue  # another item of a list: an incident of its own
        if ev.disorder_type == "Political violence" or ev.sub_event_type == "Looting/property destruction":
            before = event_summary(ev)
            ev.actor1 = main.actor1
            ev.inter1 = actors_mod.inter_code(ev.actor1, ev.country)
            ev.interaction = actors_mod.interaction(ev.inter1, ev.inter2)
            resummarise(ev, before)




def _item_of(si: int, sent_text: dict[int, str]) -> int:
    """The sentence opening the list item that sentence ``si`` belongs to (itself or one of the
    few before it that opens with a list mark); -1 outside a list."""
    for k in range(si, max(-1, si - 6), -1):
        t = sent_text.get(k)
        if t is not None and t.lstrip().startswith(LIST_MARKS):
            return k
    return -1


_TITLE_COUNT = re.compile(r"(?<![\d,.])\d{1,3}(?![\d,.])")


def _title_counts(title: str) -> set[int]:
    """The figures a headline gives (2 to 999: not a year, not "one attack")."""
    if not title:
        return set()
    return {n for n in map(int, _TITLE_COUNT.findall(title)) if n >= 2}


def _headline_echoes(frames: list[Frame], title_end: int) -> dict[int, Frame]:
    """A second incident of a headline ("Niger junta arrests ex-minister; army says it killed 31
    Boko Haram fighters", "... as rebels claim pipeline attack") told again in the body: a title
    frame after another title frame of another type, with no date and no place below country
    level, and the first body frame of its family and a compatible type, with a date or a place,
    that repeats its figure (else its named non-state actor). Maps ``id(title frame)`` to that
    body frame."""
    heads = [f for f in frames if f.start < title_end]
    if len(heads) < 2:
        return {}
    heads.sort(key=_START)
    body = [f for f in frames if f.start >= title_end and (f.date is not None or _best_place(f.places) is not None)]
    out: dict[int, Frame] = {}
    for f in heads[1:]:
        if f.date is not None or _best_place(f.places) is not None or all(h.type_key == f.type_key for h in heads):
            continue
        counts = {cl.count for cl in f.claims}
        # (the named non-state side: the state's forces are named in most stories)
        names = {m.actor for m in (f.actor1, f.actor2) if m is not None and not m.generic and m.actor != _UNIDENTIFIED
                 and m.inter not in (1, 8)}
        like = [b for b in body if b.sentence_index > f.sentence_index and b.family == f.family
                and _types_compatible(b.type_key, f.type_key)]
        g = next((b for b in like if counts & {cl.count for cl in b.claims}), None) if counts else None
        if g is None and names:
            g = next((b for b in like if names & {m.actor for m in (b.actor1, b.actor2) if m is not None}), None)
        if g is not None:
            out[id(f)] = g
    return out


def _lead_echoes(frames: list[Frame], lead_idx: set[int], stale_before: date | None) -> dict[int, Frame]:
    """A second incident told in the lead without a date or a town, by another named non-state
    group than an incident told before it in the lead ("Al Qaeda's affiliate overran a major army
    base ... The Islamic State's Sahel Province conducted its deadliest attack on civilians in
    western Niger", "JNIM fighters ambushed a convoy ... Meanwhile, IS Sahel militants raided a
    village"), then told in the body with a date and a town by the same group: the body's telling
    is a headline incident (main) and the lead's no event of its own (rule 4). An old incident
    (:data:`_STALE_DAYS`) is no headline; a body incident that names no group is the lead's when
    it is the only one of its type in those days. Maps ``id(lead frame)`` to that body frame.
    ``lead_idx``: the lead's sentences (:func:`_lead`)."""
    lead = sorted((f for f in frames if f.sentence_index in lead_idx), key=_START)
    if len(lead) < 2:
        return {}
    body = [f for f in frames if f.sentence_index > lead[1].sentence_index and f.date is not None
            and f.date.precision != "year" and _town(f) is not None and not _is_stale(f.date, stale_before)]
    out: dict[int, Frame] = {}
    seen: set[str] = set()
    for k, f in enumerate(lead):
        names = {m.actor for m in (f.actor1, f.actor2) if m is not None and not m.generic and m.actor != _UNIDENTIFIED
                 and m.inter not in (1, 7, 8)}
        told_before, seen_before = k > 0, set(seen)
        seen |= names
        if not told_before or not names or not seen_before or names & seen_before or f.date is not None or _town(f) is not None:
            continue
        like = [b for b in body if b.sentence_index > f.sentence_index and b.family == f.family
                and _types_compatible(b.type_key, f.type_key)]
        g = next((b for b in like if names & {m.actor for m in (b.actor1, b.actor2) if m is not None}), None)
        same = [b for b in like if b.type_key == f.type_key] if g is None else ()
        if len(same) == 1 and not any(m is not None and not m.generic and m.inter in (2, 3, 4)
                                      and m.actor != _UNIDENTIFIED for m in (same[0].actor1, same[0].actor2)):
            g = same[0]  # the one such incident of the news's days, told without naming its group
        if g is not None:
            out[id(f)] = g
    return out


#: A sentence giving a toll again: "According to a new toll obtained this Wednesday morning from
#: medical sources at the Bankass health centre, 11 ...", "the death toll rose to 11", "bringing
#: the toll to 11", "The provisional toll ... was 7 dead". The words are the claims lexicon's
#: (claims.yaml: revision adjectives and initial words before a toll noun, revision verbs after
#: it or before "the toll"): one list for the claim that revises and the sentence that joins.
@lru_cache(maxsize=1)
def _toll_update_rx() -> re.Pattern:
    lex = claims_mod.load_lexicon()

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    adjectives, verbs = alt(lex.revision_adjectives | lex.initial), alt(lex.revision_verbs)
    return re.compile(rf"(?i)\b(?:{adjectives})\s+(?:death\s+|casualty\s+|human\s+)?(?:toll|tally)s?\b|"
                      rf"\b(?:toll|tally)\s+(?:(?:has|had|later|then|now|since|subsequently)\s+)*(?:{verbs})\b|"
                      rf"\b(?:{verbs})\s+the\s+(?:death\s+)?toll\b")


_TOLL_UPDATE_HINTS = ("toll", "tally")
#: How far back a sentence going on about an event looks for it (sentences).
_FOLLOW_BACK = 4


def _toll_update(text: str, low: str | None, sentence_start: int, f: Frame) -> bool:
    """A frame that only gives a toll again (no event word of its own, a toll-update phrase in its
    sentence up to the frame's end): its date and place are the report's and its source's."""
    if f.strength >= 1.0:
        return False
    if low is not None and all(low.find(w, sentence_start, f.end) < 0 for w in _TOLL_UPDATE_HINTS):
        return False
    return _toll_update_rx().search(text, sentence_start, f.end) is not None


#: The past perfect of an incident told in passing ("had clashed"): background to the story.
_HAD = re.compile(r"(?i)\bhad\b")


def _follow_ups(frames: list[Frame], main: Frame, st: _Art) -> dict[int, Frame]:
    """Frames that go on about the event told just before them (rule 3): a
    frame with no date, no place and no reference back of its own ("Four soldiers were killed and seven
    wounded, it said in a statement." after "the army said its troops had killed 31 fighters near
    Bosso on Thursday") in a sentence that tells nothing dated or placed, after a sentence
    whose last frame has a date or a place, of the same family and a compatible type: the
    sentence just before, or the nearest one before it in the paragraph, over
    sentences that tell nothing dated or placed ("... near Bagaroua on Sunday. The fighters also
    made off with cattle. A local NGO said 13 people had died."). A frame that only gives the
    toll again ("According to a new toll obtained this Wednesday morning from medical sources at
    the Bankass health centre, 11 ...") goes on about the event told before it, also across a
    paragraph: its date and place are the report's and the source's, and are dropped.
    Maps ``id(frame)`` to that frame told before."""
    told: dict[int, Frame] = {}  # sentence -> its last frame with a date or a place
    bare: list[Frame] = []
    updates: set[int] = set()  # ids of frames that only give a toll again
    sentences = st.sentences
    # (no toll word in the article: no frame can give a toll again; speed)
    tolls = st.low is None or any(st.low.find(w) >= 0 for w in _TOLL_UPDATE_HINTS)
    for f in frames:
        if tolls and f is not main and not (f.separate or f.generic) \
                and _toll_update(st.text, st.low, sentences[f.sentence_index].start, f):
            bare.append(f)
            updates.add(id(f))
        elif f.date is not None or f.places:
            if f.sentence_index not in told or told[f.sentence_index].start < f.start:
                told[f.sentence_index] = f
        elif f is not main and not (f.separate or f.generic):
            bare.append(f)  # (a reference back, "the fighting", goes to the incident told just before it too)
    out: dict[int, Frame] = {}
    marked: dict[int, bool] = {}  # sentence -> it has a date (not a report's) or a place of its own
    place_sents: set[int] | None = None
    for f in bare:
        si = f.sentence_index
        if si in told:
            continue
        g = told.get(si - 1)
        if g is not None and f.definite and "\n" in st.text[sentences[si - 1].end : sentences[si].start]:
            continue  # a reference back opening a paragraph: its own rules (the headline event)
        if g is None and si >= 2:
            if place_sents is None:  # (once, when a sentence has to look further back: rare)
                place_sents = {p.sentence_index for p in st.places}
                for x in frames:
                    if id(x) in updates:
                        marked[x.sentence_index] = False  # (a toll given again names the report's day)
            update = id(f) in updates
            for k in range(si - 1, max(-1, si - 1 - _FOLLOW_BACK), -1):
                if f.definite and "\n" in st.text[sentences[k].end : sentences[k + 1].start]:
                    break  # a reference back looks within its paragraph only
                if k < si - 1 and not update and ("\n" in st.text[sentences[k].end : sentences[k + 1].start]
                                                  or "\n" in st.text[sentences[si - 1].end : sentences[si].start]):
                    break  # the paragraph ends: a bare sentence goes on about its own paragraph only
                if k in told:
                    g = told[k]
                    break
                m = marked.get(k)
                if m is None:
                    m = marked[k] = k in place_sents or any(
                        d.sentence_index == k and not frames_mod.is_report_date(st.doc, d) for d in st.dates)
                if m:
                    break  # a sentence telling something dated or placed without an event frame
        if g is not None and f.definite and _HAD.search(st.text, g.start, g.head.start):
            continue  # "troops had clashed in X on October 20": background told in passing, not the story going on
        if g is not None and g.family == f.family and _types_compatible(g.type_key, f.type_key):
            out[id(f)] = g
            if id(f) in updates:
                f.date, f.date_how, f.places, f.place_how = None, "", [], ""
    return out


def _reattach_references(cands: list[_Cand], main_cand: _Cand | None, frames: list[Frame], refs_back: list[Frame],
                         title_end: int = 0) -> None:
    """A reference back to fighting of another kind than the headline event ("Mali launched
    airstrikes ... the army reported losses between July 22 and 27 ... Mali has not disclosed
    its losses in the most recent fighting") is the latest earlier background event of its own
    type, not the headline event; so are the undated sentences right after it that go on
    about that fighting ("bloggers estimated 20 dead", "JNIM claimed to have killed 50"), until
    a frame with a date, a place or a new incident of its own.

    Only violent frames without a date of their own move, and only out of the headline event
    (or from the skipped references, ``refs_back``: "the group involved in the previous
    combat", which names a party to it). ``title_end``: :func:`_strikes_only`."""
    if main_cand is None or main_cand.family != "violence":
        return
    background = [c for c in cands if c is not main_cand and c.family == "violence" and not c.is_main and not c.separate]
    if not background:
        return
    head = main_cand.head
    if not any(f.date is None and f is not head and f.family == "violence"
               for fs in (main_cand.frames, refs_back) for f in fs):
        return  # no frame that could move (speed: most articles)
    # the headline's type as it will be coded: a state force's "attack" told only as strikes
    main_key = "air_strike" if main_cand.type_key == "armed_clash" and _strikes_only(main_cand.frames, title_end) else main_cand.type_key
    where = {id(f): c for c in cands for f in c.frames}
    skipped = {id(f) for f in refs_back}
    moved: dict[int, _Cand] = {}
    prev = None
    by_start = sorted(frames, key=_HEAD_START)
    by_start.sort(key=_START)  # (stable: by start, then head start; no key tuples)
    for f in by_start:
        src = where.get(id(f))
        tgt = None
        if f.date is None and f is not head and (src is main_cand or id(f) in skipped) and f.family == "violence":
            if f.definite and f.type_key != main_key:
                earlier = [c for c in background if c.type_key == f.type_key and c.head.start < f.start]
                tgt = earlier[-1] if earlier else None
            elif prev is not None and id(prev) in moved and not f.definite and not f.separate and src is main_cand \
                    and f.type_key != main_key \
                    and f.sentence_index - prev.sentence_index <= 1 and _best_place(f.places) is None \
                    and _types_compatible(moved[id(prev)].type_key, f.type_key):
                tgt = moved[id(prev)]
        if tgt is not None:
            if src is not None:
                _remove_frame(src.frames, f)
            tgt.frames.append(f)
            moved[id(f)] = tgt
        prev = f


def _remove_frame(frames: list[Frame], f: Frame) -> None:
    """``frames.remove(f)``: the first frame that is ``f`` or equal to it. Speed: Frame's
    dataclass ``__eq__`` compares all its fields (mentions and lists included); frames at other
    offsets cannot be equal and are passed over without it."""
    for i, x in enumerate(frames):
        if x is f or (x.start == f.start and x.end == f.end and x == f):
            del frames[i]
            return
    raise ValueError("frame not in list")


def _fold_looting(cands: list[_Cand]) -> list[_Cand]:
    out = []
    for c in cands:
        if c.type_key == "looting":
            host = next(
                (o for o in cands if o is not c and o.family == "violence" and o.type_key != "looting"
                 and _date_compatible(o.date, c.date) and c.place is not None and o.place is not None
                 and o.place.name == c.place.name),
                None,
            )
            if host is None and c.place is None:
                host = next((o for o in cands if o is not c and o.family == "violence" and o.type_key != "looting" and _date_compatible(o.date, c.date)), None)
            if host is not None:
                host.frames.extend(c.frames)
                continue
        out.append(c)
    return out


def _clause_countries(fr: Frame) -> list[str]:
    seen: list[str] = []
    for p in fr.places:
        if p.feature == _COUNTRY_FEATURE and p.country not in seen and fr.start <= p.start < fr.end:
            seen.append(p.country)
    return seen


#: What may stand between coordinated countries ("Mali, Burkina Faso and Niger").
_COUNTRY_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)\s*")
#: ... and what may stand between the last of them and the agreement word ("signed", "have
#: agreed"), or before the first ("an accord between ...").
_SIGNATORY_TAIL = re.compile(r"(?:\s+(?:have|has|had|on \w+|jointly|formally|officially|also)){0,3}\s+$")
_SIGNATORY_BETWEEN = re.compile(r"(?i)\b(?:between|among)\s+(?:the\s+(?:governments?|leaders|juntas)\s+of\s+)?$")


#: The countries named by their number or their alliance as the subject of an agreement word
#: ("the three countries signed", "the two juntas have agreed", "the Sahel states signed", "the
#: defence ministers of the AES states signed"): the countries listed together before.
_LISTED_SUBJECT = re.compile(r"(?i)\bthe\s+(?:(?P<n>" + "|".join(actors_mod.LIST_COUNTS) + r")\s+|(?:Sahel|AES|alliance['’]s|member)\s+)"
                             r"(?:member\s+)?(?:countries|nations|states|juntas|governments|military\s+governments|"
                             r"members|neighbou?rs|allies)\b")


def _listed_signatories(text: str, fr: Frame) -> list[str]:
    """The countries of :data:`_LISTED_SUBJECT` right before the agreement word of ``fr`` (over
    :data:`_SIGNATORY_TAIL`): "The AES was created in 2023, when the three countries signed the
    Liptako-Gourma Charter" names the countries last listed together before it."""
    trig_at = fr.head.start
    if text.startswith("They ", fr.start):
        # "They" opening the agreement's sentence: the countries of the sentence before, named by
        # their number ("... when the three countries signed the Liptako-Gourma Charter. They
        # turned the alliance into a confederation") or listed there ("Mali, Burkina Faso and
        # Niger signed the charter in Bamako. They later agreed ...")
        lo = max(0, fr.start - 400)
        # (the end of the sentence before that one, else the window's start: the text's first sentence)
        prev = max(text.rfind(". ", lo, fr.start - 2), text.rfind(".\n", lo, fr.start - 2), lo)
        if _LISTED_SUBJECT.search(text, prev, fr.start) is not None:
            return actors_mod.countries_listed_before(text, fr.start)
        return actors_mod.countries_listed_before(text[prev : fr.start], fr.start - prev)
    m = None
    for m in _LISTED_SUBJECT.finditer(text, max(fr.start, trig_at - 80), trig_at):
        pass
    if m is None or not (_SIGNATORY_TAIL.fullmatch(text, m.end(), trig_at) or text[m.end() : trig_at].isspace()):
        return []
    return actors_mod.countries_listed_before(text, m.start(), actors_mod.LIST_COUNTS.get((m.group("n") or "").lower()))


def _signatories(text: str, fr: Frame) -> list[str]:
    """The countries that sign or agree together in an agreement's clause: two or more countries
    coordinated right before the agreement word ("Mali, Burkina Faso and Niger signed", "The
    military leaders of Mali and Niger have agreed") or after "between" ("an accord between Mali
    and Niger"), or named by their number as the subject ("the three countries signed":
    :func:`_listed_signatories`); [] otherwise ("Mali signed a pact with Russia" names one
    signatory)."""
    cs = [p for p in fr.places if p.feature == _COUNTRY_FEATURE and fr.start <= p.start < fr.end]
    if len(cs) < 2:
        if "the " in text[max(fr.start, fr.head.start - 80) : fr.head.start].lower() or text.startswith("They ", fr.start):
            return _listed_signatories(text, fr)
        return []
    cs.sort(key=_START)
    trig_at = fr.head.start
    run = [cs[0]]
    for p in cs[1:]:
        if _COUNTRY_GAP.fullmatch(text, run[-1].end, p.start) and p.country != run[-1].country:
            run.append(p)
            continue
        if len(run) >= 2:
            break
        run = [p]
    if len(run) < 2:
        return []
    if run[-1].end <= trig_at and (_SIGNATORY_TAIL.fullmatch(text, run[-1].end, trig_at) or text[run[-1].end : trig_at].isspace()):
        return [p.country for p in run]
    if run[0].start >= trig_at and _SIGNATORY_BETWEEN.search(text, max(trig_at, run[0].start - 60), run[0].start):
        return [p.country for p in run]
    return []


def _clause_country(fr: Frame) -> str | None:
    """The country a clause names (a country named as a reference, "near the border with
    Burkina Faso", is no place of its frame: :func:`_route_places`), else the nationality of the
    state forces of the clause when it is a country of the study ("Islamist militants killed 18
    Nigerien soldiers near the border": Niger; not "French soldiers": a foreign force abroad)."""
    cs = _clause_countries(fr)
    if cs:
        return cs[0]
    for m in fr.actors:
        if m.inter == 1 and not m.generic and fr.start <= m.start < fr.end and m.country in places_mod._STUDY \
                and not m.actor.startswith("Government"):
            return m.country
    return None


def _reference_date(article: Article, sentences) -> date | None:
    """No publication date: the page's own date line ("Date 18.02.2025", "Published On 26 Aug
    2024", "Kamal Ali Hassan |16.10.2024 - Update : 16.10.2024"; the first one of the text, else
    of the raw page) stands in for it, so that "on Friday, October 17" can be resolved; the
    first, as a page prints its publication date before any update. Without one, or when the
    text tells something in the past that starts after it (the line dates another page: a
    related article's), the latest fully dated expression of the text (or, failing that, of
    the raw page, e.g. a screenshot file name): the article is at least as recent as anything
    it dates, though a background date ("in July 2023") may be much older than the page."""
    latest = []
    for text in (article.text, article.raw_text):
        if not text:
            continue
        sents = sentences if text is article.text else text_mod.split_sentences(text)
        found = [d for d in dates_mod.find_dates(text, None, sents) if d.precision in ("day", "month")]
        page = next((d for d in found if d.kind == "dateline"), None)
        if page is not None and not any(d.date > page.date for d in found if d.kind != "dateline" and d.tense == "past"):
            return page.date
        # a forward-looking date ("distributions from 18 March") is not yet past: it does not
        # bound the page's date
        past = [d for d in found if d.tense != "future"]
        if past:
            latest.append(max(dates_mod.span(d)[1] for d in past))
    if latest and article.text:
        # a page label without its year ("Published on 16/02 at 19:32"): that day, the first on
        # or after the latest the text dates (the page is at least as recent as what it tells)
        m = _PAGE_DAY_MONTH.search(article.text)
        if m is not None:
            d, mo, ref = int(m.group("d")), int(m.group("m")), latest[0]
            for y in (ref.year, ref.year + 1):
                try:
                    day = date(y, mo, d)
                except ValueError:
                    break
                if day >= ref:
                    return day
    return latest[0] if latest else None


#: A page's date label giving day and month in digits without a year: "Published on 16/02 at
#: 19:32", "Updated: 03.11 - 14:05" (day first, as the outlets of the region print it).
_PAGE_DAY_MONTH = re.compile(r"(?im)^[ \t]*(?:published|updated|posted|issued|last\s+updated|modified)(?:\s+on)?:?[ \t]+"
                             r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})(?![/.]?\d)")


def _fallback_date(text: str, published: date | None, dates: list[DateMention]) -> DateMention | None:
    """No event date in the text: the week ending on the publication day (ACLED week precision)."""
    if published is not None:
        # (a placeholder publication date in the calendar's first week, 0001-01-01: the week
        # is cut short there, as no date precedes it)
        first = published - timedelta(days=min(6, published.toordinal() - 1))
        return DateMention(0, 0, "", first, "week", end_date=published, kind="publication")
    days = [d for d in dates if d.precision == "day"]
    if days:
        d = days[0]
        return DateMention(d.start, d.end, d.text, d.date, "month", d.sentence_index, kind="fallback")
    return None


# --------------------------------------------------------------------------------- events


def _resolve_actor(m: ActorMention | None, country: str | None, when: date | None) -> ActorMention | None:
    # the actor of the event's date and country, not the publication's ("Russian mercenaries" of
    # 2024 told in 2025 are Wagner; "Wagner" after its exit is Africa Corps; "the army" is the
    # event country's)
    return actors_mod.resolve_at(m, when, country)


@dataclass
class _Ctx:
    """Article-level facts the event builder consults."""

    sent_text: dict[int, str]
    article_country: str | None
    published: date | None
    place_actors: dict[str, list[ActorMention]]  # place name -> actors of sentences naming it
    cue_agents: list[ActorMention]  # agents named by role phrases in the main story
    cue_assoc: dict[int, list[ActorMention]]  # cue agent start -> actors of its sentence
    places_by_sent: dict[int, set[str]] = field(default_factory=dict)  # sentence -> place names
    dates_by_sent: dict[int, list[DateMention]] = field(default_factory=dict)  # sentence -> its dates
    groups: list[ActorMention] = field(default_factory=list)  # named non-state groups of the article
    no_claim: bool | None = False  # the text says no group claimed an attack (_NO_CLAIM); None: not found yet
    title_end: int = 0  # end of the title block (_standfirst_end)
    event_sents: list[tuple[int, int, bool]] = field(default_factory=list)  # (sentence, id of its violent event, main?)


def _no_claim(ctx: _Ctx) -> bool:
    """``ctx.no_claim``, found on first use: a sentence of the text says that no group claimed an
    attack (:data:`_NO_CLAIM`)."""
    if ctx.no_claim is None:
        ctx.no_claim = any(_says_no_claim(t) for t in ctx.sent_text.values())
    return ctx.no_claim


def _says_no_claim(sentence: str) -> bool:
    """Whether a sentence says that no group claimed the attack (:data:`_NO_CLAIM`)."""
    return _has_any(sentence.lower(), _NO_CLAIM_HINTS) and _NO_CLAIM.search(sentence) is not None


@lru_cache(maxsize=512)
def _names_kind(phrase: str) -> bool:
    """Whether a generic phrase names the kind of its group ("jihadists", "Islamist militants",
    "terrorists": one group kind in the actor dictionary), not only an armed man ("gunmen",
    "assailants", "militants": a jihadist, a separatist or a militiaman alike)."""
    d = actors_mod.load_dictionary()
    toks = actors_mod._tokenize(phrase)
    for i in range(len(toks.norm)):
        gen = actors_mod._generic_at(d, toks, i)
        if gen is not None:
            return any(g.role == "group" and len(g.group_kinds) == 1 for g in gen[1].entries)
    return False


def _credited_group(m: ActorMention | None, frames: list[Frame], ctx: _Ctx, country: str | None,
                    when: date | None, main: bool, cues: list[ActorMention]) -> ActorMention | None:
    """A generic mention left unidentified ("Islamist militants", "terrorists") that is the one
    named group credited with the event (rule 6): the group named as the agent of one of the
    event's clauses, a claim or a reference back ("JNIM claimed the attack in a statement on
    Monday, saying its fighters had killed ..."), or a role phrase of the story; else, when the
    phrase names the group's kind ("jihadists", not "gunmen"), the one group of that kind the
    whole story names ("Jihadists attacked a convoy ... JNIM declared a blockade on fuel
    imports"), unless the text says no group claimed the attack or that its source does not know
    which group it was (:data:`_NO_CLAIM`: "the communique did not identify the groups"), and
    not from a group named only in the sentences of a background incident ("In June, ... an
    attack later claimed by JNIM" is June's). That last fallback holds for
    the story's own incidents (``main``) only: a background incident of another time or place
    ("In September 2023, jihadists ambushed a convoy near Kantchari") is not credited to the group
    today's story is about. The kind must fit
    (:func:`analysis.coding.actors.resolve_generic`: "jihadists" are never the VDP). ``cues``: the
    role phrases told of this event (:func:`_event_cues`)."""
    if m is None or not m.generic or m.actor != _UNIDENTIFIED:
        return m
    group_actors = actors_mod.load_dictionary().group_actors
    agents = {f.actor1.actor for f in frames if f.actor1 is not None and not f.actor1.generic and f.actor1.actor in group_actors}
    agents.update(cue.actor for cue in cues if cue.actor in group_actors)
    if agents:
        r = actors_mod.resolve_generic(m, country, when, context_groups=agents)
        if r.actor != _UNIDENTIFIED:
            return r
    if not main or _no_claim(ctx) or not _names_kind(m.text):
        return m
    # (a group named only in the sentences of another incident, a background one, is that
    # incident's: "In June, 100 soldiers died in an attack on Mansila, claimed by JNIM")
    bg = {s for s, _, mn in ctx.event_sents if not mn}
    if bg:
        bg -= {s for s, _, mn in ctx.event_sents if mn}
    r = actors_mod.resolve_generic(m, country, when, context_groups={g.actor for g in ctx.groups if g.sentence_index not in bg})
    return r if r.actor != _UNIDENTIFIED else m


#: A group's claim of a ground attack by its noun ("JNIM claimed the attack", "claims the deadly ambush").
_CLAIMED_GROUND = re.compile(r"(?i)\bclaim(?:ed|s|ing)\s+the\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|raid|killings?|massacre)s?\b")


def _claims_a_ground_attack(sentence: str) -> bool:
    """Whether a sentence claims "the attack" (:data:`_CLAIMED_GROUND`): a claim of that noun
    names no blast or strike ("A minibus hit a landmine ... // The Islamic State claimed the
    attack in a statement" may be of another incident)."""
    return "claim" in sentence and _CLAIMED_GROUND.search(sentence) is not None


#: "the group", "the jihadist group", "the al-Qaeda affiliate", "the movement": a group named by
#: reference back to one named before.
_GROUP_ANAPHOR = re.compile(r"(?i)\b(?:the|this)\s+(?:[\w'’-]+\s+){0,2}?(?:group|affiliate|organi[sz]ation|movement|faction)\b")


#: A sentence opening on its event noun told as known ("The Sept. 17 assault", "That attack"):
#: everything before the noun (capitalised: not the conjunction of "claimed that a strike").
_EVENT_ANAPHOR = re.compile(r"\W*(?:The|This|That)\s+(?!an?\s)(?:[\w.'’-]+\s+){0,3}$")


def _anaphor_group(text: str, head: Frame, ctx: _Ctx) -> ActorMention | None:
    """The agent of a clause told by reference back ("Last month, the group briefly overran
    Diapaga"): the one named group of its sentence before the reference, or of the sentence
    before it ("... a series of brazen raids by JNIM."); None when there is none or several."""
    a = head.start
    b = head.head.start
    si = head.sentence_index
    if head.head.pos == "noun" and _EVENT_ANAPHOR.match(text, a, b) is not None:
        # "JNIM fighters struck the capital itself. The Sept. 17 assault on a gendarmerie school
        # killed ...": a sentence opening on the event told by the sentence before, whose one
        # named group did it
        near = [g for g in ctx.groups if g.sentence_index == si - 1]
        if near and len({g.actor for g in near}) == 1 and not any(g.sentence_index == si for g in ctx.groups):
            return near[-1]
    if b - a < 9 or text.find("the", a, b) < 0 and text.find("The", a, b) < 0 and text.find("this", a, b) < 0:
        return None
    m = _GROUP_ANAPHOR.search(text, a, b)
    if m is None:
        return None
    near = [g for g in ctx.groups if (g.sentence_index == si and g.end <= m.start()) or g.sentence_index == si - 1]
    return near[-1] if near and len({g.actor for g in near}) == 1 else None


#: The two groups a story named, told again by reference ("between the two groups", "both
#: factions", "the rival groups clashed again", "the two jihadist organisations").
_TWO_GROUPS = re.compile(r"(?i)\b(?:the\s+two|both)\s+(?:rival\s+)?(?:[a-z-]+\s+)?(?:groups|factions|movements|organi[sz]ations|rivals)\b"
                         r"|\bthe\s+rival\s+(?:[a-z-]+\s+)?(?:groups|factions|movements|organi[sz]ations)\b")


def _two_groups(text: str, frames: list[Frame], ctx: _Ctx) -> tuple[ActorMention, ActorMention] | None:
    """The sides of a violent event whose clause names none but "the two groups" (:data:`_TWO_GROUPS`):
    the two non-state groups the story named up to that clause, in the order first named ("JNIM
    attacked positions held by the Islamic State ... A second clash between the two groups was
    reported on Monday"); None when it named fewer or more than two."""
    for f in frames:
        if f.actor1 is not None or f.actor2 is not None:
            continue
        clause = text[f.start:f.end]
        low = clause.lower()
        if ("two" not in low and "both" not in low and "rival" not in low) or _TWO_GROUPS.search(clause) is None:
            continue
        first: dict[str, ActorMention] = {}
        for g in ctx.groups:
            if g.start < f.end and g.actor not in first:
                first[g.actor] = g
        if len(first) == 2:
            a, b = first.values()
            return a, b
    return None


#: A clause that tells the circumstances of a withdrawal, not who takes over ("amid tensions with
#: the junta", "after relations with the junta broke down", "following a row with Bamako").
_CIRCUMSTANCE = re.compile(r"(?i)\b(?:amid|amidst|after|following|because of|despite|due to|in protest at|"
                           r"over (?:tensions|relations|a row|a dispute|differences|disagreements))\b")


#: The host's forces told taking a base over as their own act: "the army took possession of the
#: camp", "Malian troops have taken control of the base" (the receiver as the subject).
_TOOK_POSSESSION = re.compile(r"(?i)\b(?:army|armed forces|forces|troops|soldiers|military|FAMa|FAN|FDS)\b[^.;]{0,80}?"
                              r"\b(?:took|taken|take|takes|taking|assumed|assume|assumes)\s+(?:possession|control|charge|over)\b")


def _host_receives(c: _Cand, ctx: _Ctx, country: str | None, when: date | None) -> bool:
    """Whether the text tells the host's forces taking over, as their own act, the base or town
    a foreign force left, in a sentence of the event or one naming its place and naming those
    forces: "the army said it had taken possession of the X camp" (the subject of the told
    takeover is actor1, as for any act). A departure or a handover told with the foreign force
    as the subject ("MINUSMA handed over its camp to the army", "the last French soldiers left")
    keeps the leaving force first."""
    forces = _forces_of(country, when)
    if not forces:
        return False
    named = [a for f in c.frames for a in f.actors]  # actors of the event's sentences
    if c.place is not None:
        named += ctx.place_actors.get(c.place.name, [])  # and of other sentences naming its place
    told = {a.sentence_index for a in named if a.actor == forces}
    return any(_TOOK_POSSESSION.search(ctx.sent_text.get(i, "")) is not None for i in told)


def _told_as_circumstance(text: str, frames: list[Frame], m: ActorMention) -> bool:
    """Whether ``m`` is named in a circumstance clause (:data:`_CIRCUMSTANCE`) after the last
    trigger of the event before it in its sentence (rule 6: a withdrawal's receiver is the
    host's forces, never the side it fell out with)."""
    tend = max((t.end for f in frames for t in f.triggers if t.sentence_index == m.sentence_index and t.end <= m.start),
               default=None)
    return tend is not None and _CIRCUMSTANCE.search(text, tend, m.start) is not None


def _taken_not_killed(frames: list[Frame], claims: list[CasualtyClaim]) -> bool:
    """An attack whose outcome is people taken and no one killed: one of its frames (not a
    pattern, not a reference back) is an abduction, none is a killing, and no standing claim of
    its frames or of ``claims`` (the event's claims from elsewhere) counts deaths. ACLED codes it as an abduction; with deaths, the attack stands."""
    return (any(f.type_key == "abduction" and not f.definite and not f.generic for f in frames)
            and not any(f.type_key == "kill" for f in frames)
            and not any(cl.killed_or_other == "killed" and not cl.superseded
                        for cl in [cl for f in frames for cl in f.claims] + claims))


#: An armed escort named in the attack's clause ("a supply convoy escorted by soldiers", "trucks
#: under military escort", "the convoy and its escort", "accompanied by troops").
_ESCORT = re.compile(r"(?i)\bescort(?:ed|s|ing)?\b|\baccompanied by (?:an? |the |their )?(?:army|military|soldiers|troops|"
                     r"gendarmes|police|security forces|armed forces)\b")


def _escort_attacked(text: str, frames: list[Frame]) -> bool:
    """An attack on a target its clause says was under armed escort, with no civilian target
    named (triggers rule 5: an escorted convoy is an armed target; the escort is attacked, the
    people killed add to the battle's toll, not an attack on civilians): one of its frames (not
    a pattern, not a reference back) has an armed target, no civilian actor2 and an escort word
    in its clause."""
    for f in frames:
        # (the escort named as the passive's target is the armed target: "The convoy, escorted by
        # gendarmes, was attacked about 25 km from the town")
        if (f.armed_target or (f.actor2 is not None and f.actor2.inter in trig.STATE_INTER)) \
                and not f.definite and not f.generic and (f.actor2 is None or f.actor2.inter != 7):
            clause = text[f.start:f.end]
            if ("escort" in clause or "accompanied by" in clause) and _ESCORT.search(clause):
                return True
    return False


#: What a force hands over when the handover is territorial: an installation, a town, control.
_HANDED_TERRITORY = re.compile(r"(?i)\b(?:camps?|bases?|posts?|outposts?|garrisons?|barracks|positions?|airport|airstrip|"
                               r"town|city|locality|village|territory|area|region|zone|control|keys|checkpoints?|"
                               r"facilit(?:y|ies)|installations?|premises|site)\b")


def _person_handed_over(text: str, fr: Frame) -> bool:
    """A "transfer" frame told only by a passive "handed over" whose clause names no installation,
    town or control and no place before the verb: its subject is a person ("Thomas Berger, 61,
    was handed over to Malian security forces near Gao", "the two Italians were handed over to
    the authorities"): a release (ACLED Agreement), no territory changing hands ("the camp was
    handed over to the army", "Kidal was handed over" stay transfers)."""
    ts = [t for t in fr.triggers if t.key == "transfer"]
    if not ts or not all(t.passive and t.lemma in ("handed", "hands", "handing") for t in ts):
        return False
    if any(p.start < ts[0].start for p in fr.places if fr.start <= p.start):
        return False
    return _HANDED_TERRITORY.search(text, fr.start, fr.end) is None


def _event_cues(c: _Cand, ctx: _Ctx) -> list[ActorMention]:
    """The role phrases ("claimed responsibility", "blamed the attack on") that tell of main event
    ``c``, the closest after its own sentence first, then the closest before it: a cue belongs
    to the incident told last before it, so none told after another main violent event's
    sentence (a factbox or digest: "- 9 May: ... an attack blamed on Islamic State" credits that
    item, not the items before or after it); a cue told before any incident (a headline's) is
    the first's. Other events (background, another day): only a cue told in one of their own
    sentences or in the sentence right after them, before any other violent event's sentence
    ("In June, 40 soldiers died in an attack on Mansila. JNIM claimed it."): the story's claim
    ("Islamic State's Sahel affiliate claimed responsibility") is not of the older attack told
    further on ("In June, ... fighters attacked an army base in Bankilare"), nor of the other
    incident told after it ("Separately, militants attacked a gendarmerie post")."""
    cues = ctx.cue_agents
    if not cues or not ctx.event_sents:
        return cues
    me = id(c)
    own = {f.sentence_index for f in c.frames}
    own.add(c.head.sentence_index)
    if not c.is_main:
        last = max(own)
        if last + 1 in {s for s, k, _ in ctx.event_sents if k != me}:
            return [m for m in cues if m.sentence_index in own]
        return [m for m in cues if m.sentence_index in own or m.sentence_index == last + 1]
    others = {s for s, k, main in ctx.event_sents if k != me and main} - own
    # (after it, a background incident told between also takes the cue: "On Nov. 26, jihadis
    # stormed the town ... in the attack, which was claimed by JNIM")
    told = {s for s, k, _ in ctx.event_sents if k != me} - own
    s0 = c.head.sentence_index
    after, before = [], []
    for m in cues:
        si = m.sentence_index
        if si >= s0:
            ref = max(s for s in own if s <= si)
            if not any(ref < o <= si for o in told):
                after.append(m)
        elif not any(o < s0 for o in others):
            before.append(m)  # (a cue before every incident told: the headline's)
    return after + before[::-1]


#: A crowd physically stopping a force: "blocked a French military convoy", "surrounded the
#: convoy of French troops", "stopped a MINUSMA convoy" (the force's mention follows).
_BLOCK_VERB = re.compile(r"(?i)\b(?:blocked|blockaded|blocking|stopped|halted|surrounded|encircled)\s+(?:an?|the)\s+")


def _blocked_force(text: str, frames: list[Frame], country: str | None, when: date | None) -> ActorMention | None:
    """The state or foreign force a demonstration's crowd stopped (:data:`_BLOCK_VERB` right
    before the force's mention, in one of the demonstration's clauses), else None."""
    for f in frames:
        if "block" not in text[f.start:f.end] and not _has_any(text[f.start:f.end].lower(), ("stopped", "halted", "surrounded", "encircled")):
            continue
        for m in _BLOCK_VERB.finditer(text, f.start, f.end):
            e = m.end()
            k = next((a for a in f.actors if e <= a.start <= e + 20 and a.inter in (1, 8)
                      and not a.actor.startswith("Government")), None)
            if k is not None and text.find(",", e, k.start) < 0:
                return actors_mod.resolve_at(k, when, country)
    return None


def _to_event(article: Article, c: _Cand, ctx: _Ctx, date_from_publication: bool) -> ArticleEvent | None:
    sent_text, article_country = ctx.sent_text, ctx.article_country
    place_sentence_actors, cue_agents, cue_assoc = ctx.place_actors, ctx.cue_agents, ctx.cue_assoc
    frames = sorted(c.frames, key=_START)
    head = c.head
    strikes_only = c.type_key == "armed_clash" and _strikes_only(frames, ctx.title_end)
    if strikes_only and head.start < ctx.title_end:
        # a headline or standfirst telling clashes and strikes at once does not retype the
        # body's air strike, nor give its roles: the body's strike does
        head = next(f for f in frames if f.start >= ctx.title_end and f.type_key == "air_strike")
    info = trig.type_info(c.type_key if c.type_key != "kill" else "attack")
    country = c.countries_split or (c.place.country if c.place else None) or _clause_country(head) or article_country
    if not country:
        return None
    d = c.date
    first, last = dates_mod.span(d)
    when = first
    # (a one-day span is its own middle: no date arithmetic for most events)
    event_date = (first if first == last else dates_mod.acled_event_date(first, last)).isoformat()
    precision = d.precision

    # actors: the head frame first, then the other frames of the event
    a1 = head.actor1
    a2 = head.actor2
    own_cues = _event_cues(c, ctx)
    head_civilian_deaths = head.type_key != "armed_clash" and any(
        cl.killed_or_other == "killed" and cl.victim_group in _CIVILIAN_GROUPS for cl in head.claims)
    if a1 is None and a2 is None and c.family == "violence":
        # a head naming neither side ("Several rockets were fired early Wednesday at the airport"):
        # a clause of the event naming both ("JNIM ... claimed the bombardment, saying it had
        # targeted the military camp") gives the pair, before a clause naming one side only
        # ("several terrorists were neutralized": the attackers killed, no target of theirs)
        pair = next((f for f in frames if f.actor1 is not None and f.actor2 is not None and not f.generic
                     and f.actor1_how in ("clause", "speaker", "cue") and f.actor2_how in ("clause", "speaker")
                     and f.actor1.actor != f.actor2.actor), None)
        if pair is not None:
            a1, a2 = pair.actor1, pair.actor2
    for f in frames:
        if a1 is None and f.actor1 is not None and (a2 is None or f.actor1.actor != a2.actor):
            a1 = f.actor1
        if a2 is None and head_civilian_deaths and c.family == "violence":
            break  # "21 people killed in drone attacks": the headline's victims are the target
        if a2 is None and f.actor2 is not None and (a1 is None or f.actor2.actor != a1.actor):
            if f is not head and c.family == "violence" and (f.generic or f.actor2.actor.startswith("Government")):
                continue  # "a company they had targeted over ties to the government": not this fight
            a2 = f.actor2
    for f in frames:  # a named actor beats a generic one for the same role (told of this event)
        if f.definite and f.actor1_how != "cue":
            continue
        if a1 is not None and a1.generic and a1.actor == "Unidentified armed group" and f.actor1 is not None and not f.actor1.generic and f.actor1.inter in trig.ARMED_INTER and (a2 is None or f.actor1.actor != a2.actor):
            a1 = f.actor1
    if c.family == "strategic" and c.type_key in ("transfer", "change_group") and a1 is not None and a1.generic \
            and a1.inter in (1, 8):
        # "French forces left the country in August 2022, when the last soldiers pulled out of
        # their base in Gao": unnamed soldiers are the force another clause of the event names
        # doing it (not the host's army the bare word defaults to); only a withdrawal's ("mutinous
        # soldiers detained Bazoum ..., despite calls from the United Nations for his release":
        # the soldiers, not the UN)
        a1 = next((f.actor1 for f in frames if f.actor1 is not None and not f.actor1.generic and f.actor1.inter in (1, 8)
                   and (a2 is None or f.actor1.actor != a2.actor)), a1)
    if c.family == "violence" and c.is_main and (a1 is None or (a1.generic and a1.actor == _UNIDENTIFIED)):
        # "IS claimed responsibility for the Arbinda attack" names no agent for Seytenga
        here = c.place.name if c.place is not None else None
        cue = next((m for m in own_cues if m.inter in trig.ARMED_INTER and (a2 is None or m.actor != a2.actor)
                    and (not ctx.places_by_sent.get(m.sentence_index) or here in ctx.places_by_sent[m.sentence_index])
                    and not (c.type_key in trig.REMOTE and _claims_a_ground_attack(ctx.sent_text.get(m.sentence_index, "")))),
                   None)
        if cue is not None:
            a1 = cue
    if c.family == "violence" and ctx.groups:
        # an unidentified attacker in a story naming the one group that claims or is credited
        # with the attack is that group (rule 6)
        if a1 is None:
            a1 = _anaphor_group(article.text, head, ctx)
        if a1 is None and a2 is None and (pair := _two_groups(article.text, frames, ctx)):
            a1, a2 = pair  # "a second clash between the two groups": the two the story named
        a1 = _credited_group(a1, frames, ctx, country, when, c.is_main, own_cues)
        a2 = _credited_group(a2, frames, ctx, country, when, c.is_main, own_cues)
    a1 = _resolve_actor(a1, country, when)
    a2 = _resolve_actor(a2, country, when)
    if a2 is not None and a2.actor.startswith("Government") and (
            ((ns := _NOT_SITTING.search(article.text, max(0, a2.start - 50), a2.start)) is not None
             and not any(t.start <= ns.start() < t.end for f in frames for t in f.triggers))
            or _NOT_SITTING_IN.search(a2.text)):
        # "the son of ousted President Bazoum", "ex-minister X": no sitting government (rule 6);
        # not the event's own word ("soldiers toppled President Bazoum": the coup's target)
        a2 = None
    actor1 = a1.actor if a1 else ""
    actor2 = a2.actor if a2 else ""
    defaulted1 = defaulted2 = False
    parties: list[str] = []  # further signatories of an agreement (associated with actor2)
    blocked = None  # the force a demonstration's crowd stopped (:func:`_blocked_force`)
    key = c.type_key
    if strikes_only:
        key = "air_strike"
        info = trig.type_info(key)
    elif key == "attack" and _taken_not_killed(frames, c.extra_claims):
        key = "abduction"  # rule 2: told across clauses ("Gunmen stormed the mine ... They took away five workers")
        info = trig.type_info(key)
    elif key == "transfer" and _person_handed_over(article.text, head):
        key = "agreement"  # a hostage released: "X, 61, was handed over to Malian security forces"
        info = trig.type_info(key)
    elif key == "nsa_overtakes" and actor1 and actors_mod.kind(actor1) == "progov_militia":
        key = "gov_regains"  # ACLED: a town taken by the state's forces "or its affiliates" (the VDP)
        info = trig.type_info(key)
    elif key == "transfer" and c.place is None:
        key = "change_group"  # a force leaving a country, no town or base named: its activity ends there
        info = trig.type_info(key)
    elif key in ("attack", "kill") and _escort_attacked(article.text, frames):
        key = "armed_clash"  # "ambushed a supply convoy escorted by soldiers, killing 20 people"
        info = trig.type_info(key)
    event_type = info.event_type
    sub = info.sub_event_type
    civ = any(f.civilian_targeting for f in frames if f.type_key == key) or head.civilian_targeting
    armed_target = any(f.armed_target for f in frames)
    if c.family == "violence":
        if not actor1:
            # (an air strike in a country the dictionary names no forces for: by whom is unknown)
            actor1 = (_forces_of(country, when) or "Unidentified armed group") if key == "air_strike" else "Unidentified armed group"
            if key == "armed_clash" and actor2 and actors_mod.inter_code(actor2, country) in (2, 3) \
                    and actors_mod.kind(actor2) != "progov_militia":
                # "Jihadists came under fire near Kidal": an armed group fought by an unnamed
                # side fights the host country's forces (as the enemy of the army, below); not
                # the army's own auxiliaries ("an attack against a post of the VDP": by an
                # unidentified armed group)
                actor1 = _forces_of(country, when) or actor1
            defaulted1 = True
        if key == "air_strike" and actor1 == "Unidentified armed group" and not (a1 and not a1.generic):
            actor1 = _forces_of(country, when) or actor1
            defaulted1 = True
        if actor1 == "Civilians" and key != "armed_clash":
            actor1, actor2 = "Unidentified armed group", actor2 or "Civilians"
            defaulted1 = True
        if not actor2:
            if event_type == "Battles" or (armed_target and not civ):
                forces = _forces_of(country, when)
                # a state or foreign force that fought an unnamed enemy ("Senegalese troops repelled
                # an attack on their camp", "French soldiers came under fire"): the enemy is an
                # unidentified armed group, not the host country's army
                actor2 = forces if actor1 != forces and actors_mod.inter_code(actor1, country) not in (1, 8) \
                    else "Unidentified armed group"
            elif key in ("attack", "kill", "abduction", "sexual_violence", "looting") or civ:
                actor2 = "Civilians"  # looting: civilian property unless an armed target is named
            defaulted2 = bool(actor2)
        if event_type == "Battles" and actor2 == "Civilians" and actor1 != "Civilians" \
                and any(cl.victim_group == "soldiers" for f in frames for cl in f.claims):
            # "an attack on the boat ... killed 49 civilians and 15 soldiers": a battle is fought
            # with the armed side whose dead are counted (the state's forces; ACLED: civilians
            # killed in a battle add to its toll)
            forces = _forces_of(country, when)
            if forces and forces != actor1 and actors_mod.inter_code(actor1, country) not in (1, 8):
                actor2, defaulted2 = forces, True
        if key in ("gov_regains", "nsa_overtakes"):
            # (a town retaken from the one group the story says had seized it, in the background:
            # "the army regained control of Lere ... JNIM had seized the town on Saturday")
            actor1, actor2, defaulted1 = _territory_roles(key, actor1, actor2, frames, country, when, defaulted1,
                                                          (_story_group(ctx) or (key == "gov_regains" and _story_group(ctx, True)) or "")
                                                          if c.is_main else "")
        if key in ("attack", "kill") and event_type == "Violence against civilians" and actor2 \
                and actors_mod.inter_code(actor2, country) in trig.STATE_INTER \
                and actors_mod.inter_code(actor1, country) not in trig.STATE_INTER:
            # "JNIM ambushed it near Namounou ... Dozens of soldiers escorting the trucks were
            # killed": an attack on the state's forces is a battle (triggers rule 5; ACLED:
            # violence against civilians has civilian targets). (Not people a force killed and
            # called militants: "soldiers executed 24 men ... the army said they were terrorists")
            key, info = "armed_clash", trig.type_info("armed_clash")
            event_type, sub = info.event_type, info.sub_event_type
        if key in ("attack", "kill", "abduction", "sexual_violence") and actor2 == "Civilians":
            civ = True
        if event_type == "Battles":
            civ = False
    elif c.family == "strategic":
        if key in ("other", "arrests") and (forces := _forces_of(country, when)) \
                and any(_COUP.search(t.text) for f in frames for t in f.triggers):
            # a coup ("soldiers toppled President Bazoum", "the military seized power", "Bazoum
            # was overthrown by his guard", "General X seized power"): the coup-makers are the
            # country's forces (actor1), the government they overthrew actor2 when the text
            # names it (dev-set convention); a government acting on its own members ("the junta
            # ousted the prime minister") stays the government
            gov = _government_of(country)
            if not actor1 or (actor1 == gov and actor2 != gov and any(
                    t.passive or _TAKEOVER.search(t.text) or _PASSIVE_BEFORE.search(article.text, max(0, t.start - 30), t.start)
                    for f in frames for t in f.triggers if _COUP.search(t.text))):
                actor1, actor2 = forces, actor2 or (gov if actor1 == gov else "")
                defaulted1 = True
        if key == "agreement" and not c.countries_split:
            # "The military leaders of Mali, Burkina Faso and Niger signed a pact": the signatories
            # are the parties, by their governments (first actor1, second actor2, the rest associated)
            govs = [_government_of(cn) for cn in _signatories(article.text, head)]
            if (host_gov := _government_of(country)) in govs[1:] and len(_clause_countries(head)) < 2:
                # signatories named by reference ("the three countries signed ... in Niamey"): the
                # host leads (countries the clause lists keep their order)
                govs.remove(host_gov)
                govs.insert(0, host_gov)
            if len(govs) >= 2 and all(govs):
                actor1, actor2, parties = govs[0], govs[1], govs[2:]
        if key == "agreement" and actor1 == "Civilians" and not c.countries_split and _government_of(country):
            # "the hostages were handed over to a delegation near Niono": the people released are
            # no party to their release; the parties are the government and the captors, the one
            # group the story names (ACLED Agreement of a negotiated release)
            actor1, defaulted1 = _government_of(country), True
            if not actor2 or actor2 == "Civilians":
                actor2 = _story_group(ctx) if c.is_main else ""
        if c.countries_split:
            actor1 = _government_of(c.countries_split) or actor1
            if a1 is not None and a1.inter == 7:
                actor1 = _government_of(c.countries_split)
        if not actor1:
            # "France set up a base", "Mali signed": a country named as the subject acts
            subj = next((p for p in head.places if p.feature == _COUNTRY_FEATURE and p.start < head.head.start), None)
            who = subj.country if subj is not None else country
            forces_key = key in ("arrests", "transfer", "base_established", "change_group", "disrupted_weapons") or (
                key == "other" and any(_COUP.search(t.text) for f in frames for t in f.triggers))
            # (a coup or mutiny is the forces'; any other national act, a transition charter, a
            # decree, leaving a bloc, is the government's)
            actor1 = _forces_of(who, when) if forces_key else _government_of(who)
            defaulted1 = subj is None
            if not actor1:
                # a country the actor dictionary names no government or forces for ("Ivory
                # Coast's foreign ministry summoned ..."): ACLED needs an actor1, and a row
                # without one fails the events table's schema
                return None
        if key == "arrests" and (not actor2 or actor2 == "Civilians") \
                and _leader_held(_detainee_text(article.text, frames)):
            actor2 = _government_of(country)  # a president or ministers held: the government
        if key == "arrests" and (not actor2 or actor2 == "Civilians") and (forces := _forces_of(country, when)) \
                and _military_held(_detainee_text(article.text, frames)):
            actor2 = forces  # "security services arrested several officers": the forces are held
        if key == "arrests" and actor2 and actor2 == actor1:
            # never the arresting side itself: "the junta arrested the prime minister" is the
            # government held by its forces; "the army arrested two generals" is its forces held
            # by the government
            other = _forces_of(country, when) if actor1.startswith("Government") else (
                _government_of(country) if actor1 == _forces_of(country, when) else "")
            actor1, actor2 = (other, actor2) if other else (actor1, "")
        if key == "arrests" and not actor2 and _ESCAPEES.search(_detainee_text(article.text, frames)):
            pass  # escaped inmates caught again ("14 escapees were arrested"): no side held (actor2 empty)
        elif key == "arrests" and not actor2:
            actor2 = "Civilians"
            defaulted2 = True
        if key == "transfer" and a2 is not None and actor2 == a2.actor and _told_as_circumstance(article.text, frames, a2):
            actor2 = ""  # "left their base in Gao after relations with the junta broke down": no party
        if key == "transfer" and actor1 and (not actor2 or actor2 == _government_of(country)) \
                and actors_mod.is_foreign(actor1, country, when):
            # a foreign force leaves: the host's forces take over (its base), never the host's
            # government, whether it ordered the departure ("His government ordered French troops
            # to leave, and the last French soldiers pulled out of their base") or is named as
            # the receiver ("handed over their base in Gao to the junta"): a base goes to an army
            # (the dev set's French and US exits from Niger)
            actor2 = _forces_of(country, when)
            defaulted2 = True
        if key == "transfer" and actor1 and actor2 and actor2 == _forces_of(country, when) \
                and actors_mod.is_foreign(actor1, country, when) and _host_receives(c, ctx, country, when):
            # the host's forces told taking the base over (their own act): they come first
            actor1, actor2, defaulted1, defaulted2 = actor2, actor1, defaulted2, defaulted1
        if c.countries_split and actor2 == actor1:
            actor2 = ""
        if c.countries_split and not actor2:
            others = [m for f in frames for m in f.actors if m.inter == 8 or (m.country is None and m.inter not in (7, 3))]
            actor2 = others[0].actor if others else ""
    else:  # demonstrations
        if not actor1 or (a1 is not None and a1.inter not in (5, 6)):
            if a1 is not None and a1.inter in trig.STATE_INTER and not actor1.startswith("Government"):
                actor2 = actor1  # the force that dispersed or arrested them
            actor1 = "Protesters" if event_type == "Protests" else "Rioters"
        # "protesters blocked a French military convoy in Tera": the force the crowd stopped is
        # the protest's target (a foreign one is involved, below), unless a force intervened
        blocked = _blocked_force(article.text, frames, country, when)
        if sub == "Peaceful protest":
            actor2 = blocked.actor if blocked is not None else ""  # ACLED: none unless one is targeted
        elif event_type == "Riots":
            actor2 = "" if actor2 in (actor1, "Civilians") else actor2  # only a named target
            actor2 = actor2 or (blocked.actor if blocked is not None else "")
        elif blocked is not None and (not actor2 or actor2 == actor1):
            actor2 = blocked.actor
        elif not actor2 or actor2 == actor1:
            actor2 = _forces_of(country, when)  # the force that intervened
            defaulted2 = True
    if actor2 == actor1 and event_type != "Battles":
        actor2 = ""
    inter1 = actors_mod.inter_code(actor1, country)
    inter2 = actors_mod.inter_code(actor2, country) if actor2 else 0
    # ACLED: unidentified armed groups keep code 3; civilians are 7 even when defaulted
    interaction = actors_mod.interaction(inter1, inter2)

    # associated and foreign actors
    assoc1, assoc2 = [], []
    at = actors_mod.resolve_at
    for f in frames:
        for m in f.assoc1:
            m = at(m, when, country)
            if m.actor not in (actor1, actor2) and m.actor not in assoc1:
                assoc1.append(m.actor)
        for m in f.assoc2:
            m = at(m, when, country)
            if m.actor not in (actor1, actor2) and m.actor not in assoc2 and m.actor not in assoc1:
                assoc2.append(m.actor)
    for g in parties:
        if g not in (actor1, actor2) and g not in assoc2:
            assoc2.append(g)
    if parties:
        # (a signatory told by the actor finder too is a party of the agreement, listed once)
        assoc1 = [a for a in assoc1 if a not in parties]
    if key == "agreement" and not actor2 and (other := next((g for g in assoc1 if g.startswith("Government")), None)):
        # "the junta and Russia signed a pact": the other signatory is a party (actor2, ACLED)
        assoc1.remove(other)
        actor2 = other
        inter2 = actors_mod.inter_code(actor2, country)
        interaction = actors_mod.interaction(inter1, inter2)
    host = _forces_of(country, when)
    if a1 is not None and a1.inter in (1, 8) and host:
        # a joint force ("aircraft from Mali, Burkina Faso and Niger", "the armies of Mali and
        # Niger", "aircraft from the three countries", a headline's "Malian troops and Russian
        # fighters accused of killings"): the other state or foreign forces listed with the agent,
        # in any clause of the event where it is not the target, are its partners; the host
        # country's leads (ACLED), the others are associated (foreign_actors).
        agents = [(head.actors, a1)] + [(f.actors, m) for f in frames for m in f.actors if m.actor == a1.actor
                                        and m.start != a1.start and (f.actor2 is None or f.actor2.start != m.start)]
        for acts, agent in agents:
            if all(m.actor == agent.actor for m in acts):
                continue  # (speed: as below)
            for m in actors_mod.listed_with(article.text, acts, agent):
                m = at(m, when, country)  # (named by the publication's date: the event's decides)
                if m.actor not in (actor1, actor2) and m.actor not in assoc1 and m.inter in (1, 8) and not m.generic \
                        and not m.actor.startswith("Government") and (m.actor == host or actors_mod.is_foreign(m.actor, country, when)):
                    assoc1.append(m.actor)
    if actor2 and actor2 == host:
        # the same on the target's side: "clashed with a column of Malian troops and Russian
        # paramilitaries from the Africa Corps": the foreign force is the army's partner
        for f in frames:
            if all(m.actor == actor2 for m in f.actors):
                continue  # (speed: listed_with gives only mentions of another actor than the agent's)
            for agent in [m for m in f.actors if m.actor == actor2 and (f.actor1 is None or f.actor1.start != m.start)]:
                for m in actors_mod.listed_with(article.text, f.actors, agent):
                    m = at(m, when, country)
                    if m.actor not in (actor1, actor2) and m.actor not in assoc2 and m.actor not in assoc1 \
                            and m.inter in (1, 8) and not m.generic and not m.actor.startswith("Government") \
                            and actors_mod.is_foreign(m.actor, country, when):
                        assoc2.append(m.actor)
    coagent = a1 is not None and any(
        m.actor == host and m.start < a1.start and a1.start - m.end <= 80
        and _AND_AHEAD.match(article.text[m.end : a1.start]) for m in head.actors)
    if host and actor1 != host and (host in assoc1 or coagent) and actors_mod.is_foreign(actor1, country, when):
        # "Malian soldiers and foreign fighters believed to be from Wagner executed ...": the
        # host state's forces lead (ACLED), the foreign force is associated (foreign_actors)
        assoc1 = [actor1 if a == host else a for a in assoc1] if host in assoc1 else [actor1] + assoc1
        actor1 = host
        inter1 = actors_mod.inter_code(actor1, country)
        interaction = actors_mod.interaction(inter1, inter2)
    foreign: list[str] = []
    involved = [actor1, actor2] + assoc1 + assoc2
    # foreign forces said to be at the event's place ("Wagner and the FAMa are in Anefis"), or
    # named with the event's agent in its sentences ("blamed the army and Russian mercenaries")
    if (p_name := (c.place.name if c.place is not None else "")) and c.family != "protest":
        for m in place_sentence_actors.get(p_name, []):
            if m.actor not in involved and m.inter in (1, 8) and not m.actor.startswith("Government") \
                    and actors_mod.is_foreign(m.actor, country, when) \
                    and not any((x.precision != "year" or x.date.year < when.year) and not _date_compatible(x, d)
                                for x in ctx.dates_by_sent.get(m.sentence_index, ())):
                # (a sentence dated on another day or month tells of another time: not this event;
                # so does one dated to an earlier year: "where the army has stepped up operations
                # with the help of Russian paramilitaries since 2022" tells a standing state)
                involved.append(m.actor)
    # a foreign force that is a side in one of the event's clauses ("20 Wagner personnel had
    # perished", "claimed to have killed 50 Russians") took part, whoever holds the main roles
    # (not for a demonstration: "demanded the departure of French troops" names what the crowd
    # wants, not a party to the protest)
    for f in (frames if c.family != "protest" else []):
        for m in (f.actor1, f.actor2):
            if m is not None and m.generic:
                continue  # "attacked an army post in Diapaga": the army of the event's country, never foreign
            m = at(m, when, country)
            if m is not None and m.actor not in involved and m.inter in (1, 8) and not m.actor.startswith("Government") \
                    and actors_mod.is_foreign(m.actor, country, when):
                involved.append(m.actor)
    here = c.place.name if c.place is not None else None
    for cue in (cue_agents if c.is_main else ()):
        # the claim or blame is of the headline story (cue_agents are dated on its day): only
        # its events, and only those at a place the sentence names, if it names one ("JNIM said
        # it targeted the Malian army and its Russian mercenaries" says nothing of JNIM's older raids)
        if (cue.actor == actor1 or cue.actor in assoc1) and (  # blamed as the agent, not the target
                not ctx.places_by_sent.get(cue.sentence_index) or here in ctx.places_by_sent[cue.sentence_index]):
            for m in cue_assoc.get(cue.start, []):
                # (an unnamed "army" or "soldiers" is the event country's, never a foreign force)
                if m.actor not in involved and not m.generic and actors_mod.is_foreign(m.actor, country, when):
                    involved.append(m.actor)
    if c.type_key == "agreement":
        # the states that sign in another state ("the defence ministers of Mali, Burkina Faso and
        # Niger signed in Niamey", "a pact signed in Bamako by the leaders of the three
        # countries"): each government named in the agreement's clause is a party
        for f in frames:
            for m in f.actors:
                if f.start <= m.start < f.end and m.actor.startswith("Government") and m.actor not in involved \
                        and actors_mod.is_foreign(m.actor, country, when):
                    involved.append(m.actor)
    if c.family == "protest" and blocked is not None and blocked.actor not in involved:
        involved.append(blocked.actor)
    for name in involved:
        if name and actors_mod.is_foreign(name, country, when):
            label = actors_mod.foreign_label(name)
            if label not in foreign:
                foreign.append(label)
    if c.family == "violence":
        # foreign civilian victims ("three Chinese nationals and two Mauritanians were kidnapped"):
        # ACLED codes them "Civilians (<country>)"; the dev set lists the country (also when no
        # target was resolved: "gunmen seized a Swiss woman" is an act on her); a foreigner taken
        # in an event that is a fight too ("kidnapped an Indian engineer ... a guard was wounded
        # in an exchange of fire") is as involved, told in the abduction's own clause
        for f in (frames if actor2 in ("Civilians", "") else [f for f in frames if f.type_key == "abduction"
                                                               and (f.actor2 is None or f.actor2.inter == 7)]):
            for label in victim_nationalities(article.text[f.start : f.end], country):
                if label not in foreign:
                    foreign.append(label)
        if actor2 == "Civilians":
            # the victims' nationalities told in a next sentence, which points back to them:
            # "Three aid workers were abducted ... The three - two Nigeriens and a Cameroonian
            # national - were travelling ...", "The hostages, a German and an Austrian, ..."
            told = {f.sentence_index for f in frames}
            for i in sorted(told):
                nxt = ctx.sent_text.get(i + 1)
                if nxt and i + 1 not in told and _BACK_TO_VICTIMS.match(nxt) is not None:
                    for label in victim_nationalities(nxt, country):
                        if label not in foreign:
                            foreign.append(label)
    if c.family != "protest":
        # a foreign company hit by the event ("a convoy carrying workers of Canada's Semafo Inc.",
        # "guards working for the Chinese-owned firm"): its country is involved (dev-set gold)
        for f in frames:
            for label in actors_mod.company_nationalities(article.text[f.start : f.end], country):
                if label not in foreign:
                    foreign.append(label)

    # claims and fatalities
    seen: set[tuple[int, int]] = set()
    ev_claims: list[CasualtyClaim] = []
    for cl in [cl for f in frames for cl in f.claims] + c.extra_claims:
        if (cl.start, cl.end) in seen or id(cl) in c.not_claims:
            continue
        seen.add((cl.start, cl.end))
        ev_claims.append(cl)
    ev_claims.sort(key=_START)
    fatalities, low, high, fat_note = 0, None, None, ""
    if ev_claims and (c.family != "strategic" or key == "looting"):
        # (no claim: no figure, 0 and no range; speed: most events of a story have none)
        fr = claims_mod.fatality_range(ev_claims)
        fatalities, low, high, fat_note = fr.fatalities, fr.low, fr.high, fr.note or ""
        if c.not_claims:
            pass  # the town's own figures ("29 people were killed in Gomboro and 19 in Kassan"): no split
        elif c.split_n > 1 and (low is not None or fatalities) and not c.is_main:
            # a background list of towns: the joint toll at the first-named place (dev-set README)
            total = fatalities
            if c.split_i:
                fatalities, low, high = 0, None, None
            fat_note = (fat_note + " " if fat_note else "") + (
                f"A toll of {total} was reported for {c.split_n} locations together, given to the first named.")
        elif c.split_n > 1 and (low is not None or fatalities):
            total = fatalities
            parts = [claims_mod.split_toll(v, c.split_n)[c.split_i] if v is not None else None for v in (fatalities, low, high)]
            fatalities, low, high = parts[0] or 0, parts[1], parts[2]
            fat_note = (fat_note + " " if fat_note else "") + (
                f"A toll of {total} was reported for {c.split_n} locations together and split evenly ({fatalities} here).")

    # an air or drone strike reported to have killed civilians: they are its victims (ACLED
    # civilian targeting), whatever target the force claims ("precision strikes on terrorists")
    # (a figure of "people" counts the armed target an event's clause names: "targeted a column of
    # fighters ... More than 20 of them were killed"; only a civilian noun overrides that target)
    armed_named = a2 is not None and a2.inter in trig.ARMED_INTER and a2.actor == actor2 \
        and any(f.actor2 is a2 and f.actor2_how == "clause" for f in frames)
    if key == "air_strike" and any(cl.killed_or_other == "killed" and cl.victim_group in _CIVILIAN_GROUPS
                                   and not (armed_named and cl.victim_group == "people")
                                   and not cl.superseded for cl in ev_claims):
        if actor2 != "Civilians":
            actor2 = "Civilians"
            inter2 = actors_mod.inter_code(actor2, country)
            interaction = actors_mod.interaction(inter1, inter2)
        civ = True
    if key == "ied" and c.family == "violence" and actors_mod.inter_code(actor1, country) in trig.STATE_INTER \
            and actor2 in ("", _UNIDENTIFIED):
        # "soldiers were killed when their vehicle struck a roadside bomb": the force that hit the
        # device is its target; the one who planted it is unnamed (ACLED: actor1 the planter)
        actor1, actor2 = _UNIDENTIFIED, actor1
        inter1 = actors_mod.inter_code(actor1, country)
        inter2 = actors_mod.inter_code(actor2, country)
        interaction = actors_mod.interaction(inter1, inter2)
        civ = False
    elif key in ("air_strike", "shelling") and not actor2 and actor1 and actors_mod.inter_code(actor1, country) in trig.STATE_INTER \
            and any(cl.victim_group == "militants" and not cl.superseded for cl in ev_claims):
        # "killed 30 terrorists in air strikes": a state force's strike on fighters no one names
        actor2 = _UNIDENTIFIED
        inter2 = actors_mod.inter_code(actor2, country)
        interaction = actors_mod.interaction(inter1, inter2)

    # place
    p = c.place
    if p is not None:
        admin1, admin2 = p.admin1 or "", p.admin2 or ""
        lat, lon, geo = p.latitude, p.longitude, p.geo_precision
        # a region or a part of the country ("the Menaka region", "northern Mali") names no
        # location more specific than its admin unit (dev-set convention: location null)
        region_only = p.feature == _COUNTRY_FEATURE or (p.geo_precision == 3 and p.feature[:1] == "A")
        location = "" if region_only else p.name
        if region_only and p.feature == "A.ADM2":
            seat = places_mod.seat_of(p.gazetteer_id, p.text)  # "in the Ouallam department": Ouallam
            if seat is not None:
                location, admin2 = seat.name, seat.admin2 or admin2
    else:
        admin1 = admin2 = location = ""
        lat = lon = None
        geo = 3

    # confidence
    conf = 0.9
    conf -= 0.15 if defaulted1 else 0
    conf -= 0.05 if defaulted2 else 0
    conf -= 0.2 if date_from_publication else 0
    conf -= 0.1 if precision != "day" else 0
    conf -= 0.15 if p is None else (0.05 if head.place_how != "clause" else 0)
    conf -= 0.1 if max(f.strength for f in frames) < 1.0 else 0
    conf -= 0.05 if (low is not None and high is not None and low != high) else 0
    conf -= 0.1 if not c.is_main else 0
    conf = round(min(0.99, max(0.05, conf)), 2)

    evidence_sents: list[str] = []
    done = set()  # (a sentence told by several frames is looked at once)
    for f in [head] + frames:
        si = f.sentence_index
        if si in done:
            continue
        done.add(si)
        t = sent_text.get(si, "").strip()
        if t and t not in evidence_sents:
            evidence_sents.append(t)
            if len(evidence_sents) == 3:
                break  # (the evidence is the first three)
    evidence = " ".join(evidence_sents)

    notes = ""  # (its first sentence, records.event_summary, is written once the event is built)
    if fat_note:
        notes += " " + fat_note.strip()
    if date_from_publication:
        notes += " Date not given in the text; taken from the publication date."

    event = Event(
        event_id="",
        event_date=event_date,
        date_precision=precision,
        time_precision=int(dates_mod.time_precision(precision)),
        disorder_type=info.disorder_type,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1="; ".join(assoc1),
        assoc_actor_2="; ".join(assoc2),
        inter1=inter1,
        inter2=inter2,
        interaction=interaction,
        civilian_targeting=bool(civ),
        country=country,
        admin1=admin1,
        admin2=admin2,
        location=location,
        latitude=lat,
        longitude=lon,
        geo_precision=geo,
        fatalities=int(fatalities or 0),
        fatalities_low=low,
        fatalities_high=high,
        foreign_actors="; ".join(foreign),
        is_main=c.is_main,
        article_ids=article.id,
        sources=article.outlet,
        notes=notes,
        evidence=evidence,
        confidence=conf,
    )
    event.notes = event_summary(event) + notes
    mentions = _mentions(article.id, frames, c, ev_claims)
    end_date = last.isoformat() if d.end_date is not None and last != first else ""
    return ArticleEvent(article.id, event, ev_claims, mentions, end_date)


@lru_cache(maxsize=1)
def _nationality_patterns():
    """(adjective regex, adjective -> country, person words) from the actor dictionary's country
    adjectives and the civilian victim words of the claims lexicon (data, no names in code)."""
    adjs: dict[str, str] = {}
    for entry in actors_mod.load_dictionary().countries.values():
        for adj in entry.adjectives:
            if len(adj) > 3 and adj[:1].isupper() and adj.isalpha():
                adjs[adj] = entry.name
    persons: set[str] = set()
    # (a phrase's first word names a person only with its second: "a French aid worker", "a
    # French security guard", not "a French security assessment")
    seconds: dict[str, set[str]] = {}
    for bucket in claims_mod.load_lexicon().victims.table.values():
        for key, group in bucket:
            if group in ("civilians", "people") and key[0].isalpha():
                if len(key) == 1:
                    persons.add(key[0])
                else:
                    seconds.setdefault(key[0], set()).add(key[1])
    persons |= _PERSONS
    for first, nexts in _PERSON_PHRASES.items():
        seconds.setdefault(first, set()).update(nexts)
    alt = "|".join(re.escape(a) for a in sorted(adjs, key=len, reverse=True))
    # (no leading ``\b``: a pattern that opens with the alternation is scanned by sre for its
    # first letters, ~3x faster than one tried at every position; :func:`victim_nationalities`
    # checks the word boundary before a match itself)
    return (re.compile(rf"({alt})(s?)\b[\s,.;]*(\w*)"), adjs, frozenset(persons),
            {k: frozenset(v) for k, v in seconds.items() if k not in persons})


_NEXT_WORD = re.compile(r"\s+(\w+)")
#: Two-word words for a foreign employee besides the claims lexicon's ("a Romanian security officer").
_PERSON_PHRASES = {"security": frozenset("officer officers agent agents contractor contractors consultant consultants".split())}
#: Words for foreigners besides the claims lexicon's civilian victim words.
_PERSONS = frozenset("""tourist tourists engineer engineers missionary missionaries priest nun journalist
    worker national citizen employee employees contractor contractors expatriate expatriates hostage
    doctor nurse couple""".split())
_COUNTS = frozenset("""a an one two three four five six seven eight nine ten eleven twelve several some
    dozens scores hundreds many the""".split())
_CLAUSE_GO_ON = frozenset("and were was had have are is".split())


#: A sentence opening with a reference back to an event's victims ("The three", "The hostages",
#: "Both men", "The two aid workers"): its nationalities are theirs.
_BACK_TO_VICTIMS = re.compile(
    r"(?i)\W*(?:the|these|those|all|both)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"(?:[\w-]+\s+){0,2}?(?:hostages|victims|captives|abductees|workers|employees|staff|men|women|foreigners))\b")


def victim_nationalities(clause: str, event_country: str | None) -> list[str]:
    """Countries of foreign civilians named in a clause: a nationality before a word for people
    ("an Austrian woman", "three Chinese nationals", "a French aid worker") or a counted plural
    demonym ("two Mauritanians", "three Chinese were"). The event country's own nationals are
    not foreign. Used only for events whose target is civilians."""
    pat, adjs, persons, seconds = _nationality_patterns()
    out: list[str] = []
    pos = 0
    while (m := pat.search(clause, pos)) is not None:
        # ``\b`` before the adjective (which starts with a letter): no word character before
        # it; else the search goes on from the next character, as ``\b(...)`` would
        k = m.start()
        if k > 0 and ((c := clause[k - 1]).isalnum() or c == "_"):
            pos = k + 1
            continue
        pos = m.end()  # (never empty: an adjective has more than three letters)
        name = adjs[m.group(1)]
        if name == event_country or name in out or clause.startswith("-", m.end(1)):
            continue  # (a compound adjective names no person: "the Chinese-operated project")
        nxt = m.group(3).lower()
        if not m.group(2) and (nxt in persons or (
                nxt in seconds and (w2 := _NEXT_WORD.match(clause, m.end(3))) is not None and w2.group(1).lower() in seconds[nxt])):
            out.append(name)  # "an Austrian woman", "Chinese nationals", "a French aid worker"
            continue
        before = clause[max(0, m.start() - 12) : m.start()].split()
        counted = bool(before) and (before[-1].lower() in _COUNTS or before[-1].isdigit())
        # a plural in -s, or an invariable demonym ("Chinese", "Swiss") that ends the noun phrase
        if counted and (m.group(2) or ((m.group(1).endswith(("ese", "ss")) or before[-1].lower() in ("a", "an", "one"))
                                       and (not nxt or nxt in _CLAUSE_GO_ON))):
            out.append(name)  # "two Mauritanians", "three Chinese were", "a Cameroonian and a Nigerien"
    return out


def _strikes_only(frames: list[Frame], title_end: int = 0) -> bool:
    """A state force's "attack" told as air or drone strikes, with no ground fighting named
    (no clash word, no non-state attacker): coded as the Air/drone strike it was (ACLED). The
    title block (before ``title_end``) does not retype the body's event: a headline or standfirst
    telling several incidents at once ("One soldier killed in clashes as air force strikes
    hideouts") is left out."""
    if title_end:
        frames = [f for f in frames if f.start >= title_end]
    strikes = [f for f in frames if f.type_key == "air_strike" and (f.actor1 is None or f.actor1.inter in trig.STATE_INTER)]
    if not strikes:
        return False
    for f in frames:
        if f.definite or f.generic or f.strength < 1.0:
            continue  # "the most recent fighting", "claimed to have killed": told of, not fought here
        if any(t.key == "armed_clash" for t in f.triggers):
            return False
        if f.type_key == "armed_clash" and f.actor1 is not None and f.actor1.inter not in trig.STATE_INTER:
            return False
    return True


def _story_group(ctx: _Ctx, background_too: bool = False) -> str:
    """The one armed group the story names outside the sentences of its background incidents
    (not a pro-government militia: the state's auxiliaries), else "". ``background_too``: the
    one group it names anywhere."""
    bg = set() if background_too else {s for s, _, mn in ctx.event_sents if not mn} - {s for s, _, mn in ctx.event_sents if mn}
    named = {g.actor for g in ctx.groups if g.sentence_index not in bg and actors_mod.kind(g.actor) != "progov_militia"}
    return next(iter(named)) if len(named) == 1 else ""


def _territory_roles(key, actor1, actor2, frames, country, when, defaulted1, story_group=""):
    """Territorial Battles: the side that now holds the place is actor1 (ACLED). Government
    regains: the state force, against the non-state actor named in the story; non-state actor
    overtakes: the group, against the state force. The side its clauses leave unnamed ("the army
    retook Arbinda"; "... the town had been cut off since mid-2025 by fighters of JNIM") is
    ``story_group``, the one group the story names (:func:`_story_group`, main events only)."""
    forces = _forces_of(country, when)
    named = [m for f in frames for m in ([f.actor1, f.actor2] + f.actors) if m is not None]
    # the state side's partners ("with the support of the VDP") are not the side it fought
    allies = {m.actor for f in frames for side, assoc in ((f.actor1, f.assoc1), (f.actor2, f.assoc2))
              if side is not None and side.inter in (1, 8) for m in assoc}
    nonstate = next((m.actor for m in named if m.inter in (2, 3, 4) and m.actor != _UNIDENTIFIED
                     and m.actor not in allies
                     and (key != "gov_regains" or actors_mod.kind(m.actor) != "progov_militia")), "")
    state = next((m.actor for m in named if m.inter == 1 and not m.actor.startswith("Government")), "")
    if key == "gov_regains":
        a1 = actor1 if actors_mod.inter_code(actor1, country) == 1 and not actor1.startswith("Government") else (state or forces)
        if not state and actor1 and actors_mod.kind(actor1) == "progov_militia":
            a1 = actor1  # "VDP fighters retook the village": the affiliate alone took it
        a2 = nonstate or (actor2 if actor2 and actor2 not in (a1, _UNIDENTIFIED) else (story_group or _UNIDENTIFIED))
        return a1, a2, defaulted1 or a1 != actor1
    a1 = actor1 if actor1 and actor1 != _UNIDENTIFIED and actors_mod.inter_code(actor1, country) in (2, 3, 4) \
        else (nonstate or story_group or _UNIDENTIFIED)
    a2 = actor2 if actor2 and actors_mod.inter_code(actor2, country) in (1, 8) else (state or forces)
    return a1, a2, defaulted1 or a1 != actor1


def _mentions(article_id: str, frames: list[Frame], c: _Cand, ev_claims: list[CasualtyClaim]) -> list[MentionRow]:
    """The mentions.csv rows of an event: its triggers, actors, dates, place and casualty
    figures, one row per (start, end, role), the first told kept, in offset order."""
    # speed: (sentence, text) per key first, rows built once per kept key (no closure calls)
    seen: dict[tuple, tuple] = {}
    keep = seen.setdefault  # (the first told of a key is kept)
    for f in frames:
        for t in f.triggers:
            keep((t.start, t.end, "trigger"), (t.sentence_index, t.text))
        for m in (f.actor1, f.actor2):
            if m is not None:
                keep((m.start, m.end, "actor"), (m.sentence_index, m.text))
        d = f.date
        if d is not None and d.end > d.start:
            keep((d.start, d.end, "date"), (d.sentence_index, d.text))
    p = c.place
    if p is not None:
        keep((p.start, p.end, "place"), (p.sentence_index, p.text))
    for cl in ev_claims:
        keep((cl.start, cl.end, "casualties"), (cl.sentence_index, cl.quote[:200]))
    rows = []
    for key in sorted(seen):  # (sorting the keys alone: int comparisons)
        si, text = seen[key]
        # (the constructor: for a dataclass that is not frozen it is cheaper than records.filled)
        rows.append(MentionRow(article_id, "", si, key[0], key[1], key[2], text))
    return rows
