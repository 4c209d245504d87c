"""Place mentions: find the places an article names and resolve each to one gazetteer entry.

How a mention is found
----------------------
From every capitalised word, the longest run of up to ``Gazetteer.max_words`` word pieces
joined by one space, hyphen or apostrophe whose :func:`~analysis.coding.gazetteer.name_key` is a
gazetteer name, ending on a capitalised piece, is a candidate ("Ti-n-Zaouâtene", "Boucle du
Mouhoun", "Côte d'Ivoire"; "Burkina Faso's" gives "Burkina Faso"). All-capital words of two or
three letters (UN, AP, CSP) never start one.

GeoNames holds ~44k names for the three countries, many of them English words, first names or
surnames, so precision comes first (lexicon in ``data/reference/places.yaml``):

- ``never`` names are skipped; ``needs_cue`` names (first names, surnames, "Say", "Macina") need
  a strong locative cue ("in X", "near X", "village of X") or a place noun after them
  ("X area"); ``region_words_only`` (Burkina Faso's regions "Sahel", "Nord", "Est", ...) need a
  region word and their country named right next to them ("the Sahel region of Burkina Faso");
- a candidate right after a title ("Colonel", "President", "Ag") or standing next to another
  capitalised word that is not a place word ("Assimi Goita", "Katiba Macina") is part of a
  person's or organisation's name and is dropped (countries excepted: "Mali Fulani Village";
  a possessive before it is fine: "Mali's Timbuktu region");
- *strong* names (countries, administrative units, seats of units PPLC/PPLA/PPLA2/PPLA3, places
  with a population of 1,000 or more, news spellings from ``place_aliases.csv``) are accepted
  anywhere; *weak* names (small villages, camps, wells) need a locative cue before them ("in",
  "at", "from", "attacked", ...; not "according to"), a place noun after them, an apposition
  (", a village in ..."), coordination with an accepted place ("Sokolo and Kalumba",
  "X, Y and Z"), or such a cue at another mention of the same name in the article.
- "Niger" next to "river", "River", "Delta", "State" is not the country.

Places the gazetteer lacks: a capitalised name after a settlement noun ("the village of X",
"the towns of X, Y and Z") or before one in an apposition ("in X, a locality ...") is kept with
``feature="unlisted"`` and the location of the nearest gazetteer place of its sentence (see
:func:`_unlisted`). The settlement nouns (lexicon ``settlement_nouns``) and road nouns
(``road_nouns``) are the one list of every pattern that names a settlement or a road, here and
in :mod:`analysis.coding.extract` and :mod:`analysis.coding.frames` (:func:`settlement_nouns`,
:data:`TOWN_NOUNS`, :func:`road_nouns`, :func:`alternation`). So is a one-word name in a place
slot right before a unit named with its unit word ("executed 223 villagers in Nondin and Soro in
the northern Yatenga province"): at the unit, or at the one populated place of that name inside
it when the gazetteer has it (:func:`_unlisted_in_unit`).

A department, commune or cercle named without its unit word is its seat town ("clashed with
terrorists at Matiacoali": GeoNames spells the department Matiacoali, the town Matiakoali): the
one populated place of the unit, near its point, whose name has the unit's transliteration
skeleton (:func:`_seat_town`); "the Matiacoali department" stays the unit.

Spelling variants of villages the gazetteer holds (news transliterates French spellings freely:
Ouenkoro/Ouankoro, Dinangourou/Dinangorou, Ogossogu/Ogossogou): a capitalised word of six or more
letters in a place slot ("in X", "at X", "near X", "the village/town/locality of X") that is no
gazetteer name is matched by its transliteration skeleton (ou/w = u, c/k/q = k, y = i, dj = j,
gu = g before e/i, silent h, doubled letters; else one vowel may differ) to exactly one populated
place of the three countries; two candidates, a homonym, a following capitalised word (a person's
name), a title or a ``never``/``needs_cue`` name leave it alone (:func:`_variant_cands`). The
mention keeps the article's spelling as its name and takes the place's point, units and id.

The national capital named by its title ("a protest in the capital", "the Malian capital", "Niger's
capital", "the capital of Burkina Faso") is a mention of that capital (:func:`_capital`): the
country its phrase names, else the one its sentence names, else the article's; not a regional
capital, "the capital, Niamey" (the name is the mention), nor a journey's end ("fled to the capital").

Countries named as a reference point ("near the border with Burkina Faso", "the Mali-Niger border",
"the tri-border area of Mali, Niger and Burkina Faso", "fled towards Niger", "the zone shared by
Mali and Niger"; lexicon ``country_references``) take the qualifier "border", "towards" or "zone"
instead of a direction, and are
not their sentence's country when homonyms are scored ("Boni, near the border with Burkina Faso,
in Mali"). An event should not be placed at such a mention (:mod:`analysis.coding.extract`).

How a mention is resolved
-------------------------
Homonyms are scored by feature (country > capital > region seat > ... > populated place >
administrative unit > camp/airport > well), population, a news alias, the name itself over an
alternate name (GeoNames lists "Boni" as an alternate name of Bouani; news writing "Boni" means
a place called Boni), the country and region named in the same sentence (also "central/northern
Mali"; a region may be named by its seat: "the Timbuktu region"), those named beside another
mention of the same name in the article, somewhat less (one sense per article: "the town of
Lere ... Lere lies in the Timbuktu region"), the countries of the article (also its adjectives:
"the Malian army", "Burkinabe soldiers", lexicon ``demonyms``), the country most of its
unambiguous places lie in (the dateline's city counts: an article datelined Bamako that never
writes "Mali"), and closeness to those places (a second pass). A region word ("the Ménaka
region", "region of Tahoua") makes administrative units win.

Units are weighed like the region: a province/cercle/department named with a unit word ("the
province of Soum", "Douentza cercle") counts for the homonyms inside it (its sentence, another
mention's sentence, or anywhere in the article: "an offensive in the province of Soum ... strikes
in the Koutougou area"). A province/cercle/department that holds two or more of the article's
unambiguous places is the article's area and counts a little less (+10: "Nassoumbou and
Tongomayel ... the Koutougou area"; one place alone is not an area). A unit named anywhere in the
article, or the article's area, outweighs the feature rank of places without a population
(village over camp or well), not a town's population.

Homonyms of exactly equal score (the text says nothing of either: "the village of Boni", four
Bonis without a population) are ordered by a documented prior, never a score term: the conflict
regions of the focus country first, then those of the other countries, then the focus country
(places.yaml ``conflict_regions``, ``focus_country``), then the smallest GeoNames id.

The capital anchors closeness only as a reference point ("60 km from Niamey", "near Bamako"):
named as the seat of government or in the dateline it says where the story was filed, and would
pull every homonym towards the densely settled centre. It still counts for the country.

A country or unit in the place's own phrase locates it, and outweighs population: "Koudougou,
in Soum province" (the Soum camp, not the Centre-Ouest city), "Dori, in Mali's Mopti region",
"Dori, Niger" (:func:`_locators`). A place located so in another country ("Karimama in northern
Benin", "Benin's Karimama", "Kafolo, a village in northern Côte d'Ivoire") is not one of ours: the
gazetteer holds Mali, Burkina Faso and Niger only, so the mention and the other mentions of its
name are dropped rather than resolved to a homonym ("near the border with Benin" locates nothing).

Geo precision (ACLED): 1 the named town; 2 "near X", "outskirts of X", "X area", "km from X",
"X district/commune", and a town named with a region word ("the Tinzaouaten region": not an
administrative unit, so the area around the town); 3 a first- or second-level unit
("Ménaka region": admin1 set, the unit's GeoNames point) or a country ("northern Mali": admin1
None, the country's point, qualifier = the direction).

"X district of Y" / "X neighbourhood of Y": X is a part of Y; a homonym of X farther than 30 km
from Y is not it, and the mention is dropped (neighbourhoods are not in the gazetteer). When Y is
a region or province ("the Kantchari area of Tapoa province") X lies in it, however far from its
point.
"X, about 30 km from Y" / "X, some 40 kilometres north of the town of Y": X lies within reach of
Y (the distance and half again, plus 25 km); a homonym of X out of reach is not it: another one
within reach is taken, else X is a place the gazetteer lacks, kept as ``unlisted`` at Y (geo
precision 2). Y must be a town with a population or a seat (news measures from known towns).

Speed: regular expressions and dictionary lookups over the capitalised words only; the words
that may start a name are picked by C-level loops (finditer, map over a per-word cache,
compress), so Python runs per candidate, not per capitalised word, and each candidate is
filtered as it is found (one pass, a record only for a kept one). No spaCy pipeline call (only
its English stop-word list), no geometry (admin units are precomputed in the gazetteer), one
resolution per name and context, no cue search on a strong name (it is accepted anyway), one
substring test for the words a country's direction or "River Niger" need. What depends only on
the gazetteer and lexicon is computed once per process: per name key (entries, country, strong,
never, region-only), per entry (homonym scoring facts and tie key), per entry and qualifier (a
mention's fields), per capitalised word (whether it may start a name; if not, whether it passes
the tests of a spelling variant that read the word alone). Homonym scoring starts pass 2 from
pass 1's partial scores and computes distances only for homonyms that can still win. The
"before" qualifier patterns test their shared word boundary once (3x faster); a weak name's cue
tests stop at the first that holds, cheapest first. What remains is mostly the scan for
capitalised words (sre's character-class loop over the whole text) and Python glue per
candidate.
"""

from __future__ import annotations

import bisect
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import Any, NamedTuple


from analysis import paths, yamlfile
from analysis.coding import gazetteer as gz
from analysis.coding import text as text_mod
from analysis.errors import InputError
from analysis.records import PlaceMention, Sentence, filled

_PIECE = re.compile(r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
# A piece starting with a capital at the start of a word (not "McCain", "d'Ivoire"): one scan
# instead of a Python test at every capital letter. Matches never overlap a word start, so it
# finds the same pieces as _PIECE.match at each such capital. The capital comes first and the
# word-start test after it (a lookbehind over it and the character before), so that sre skips
# to the capitals instead of trying every position (3x faster).
# Possessive repeats (*+, ++): what follows a run of letters is an apostrophe, never a letter,
# so giving letters back cannot help; sre then keeps no backtracking state (fewer instructions).
_CAP_PIECE = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024f](?<![^\W_].)(?<!['’].)[^\W\d_]*+(?:['’](?![sS]\b)[^\W\d_]++)*+")
_GROUP = re.Match.group
_START, _END = attrgetter("start"), attrgetter("end")
_ELIDED_CAP = re.compile(r"[a-z]{1,2}['’][^\W\d_a-z]")  # "d'Ivoire", "N'Djamena" is capitalised anyway
_SEP = re.compile(r" |-|‐|['’] ?")  # what may join the pieces of one name
# a separator and the piece after it, in one match (speed; atomic: the separator _SEP.match
# takes, then _PIECE.match after it)
_SEP_PIECE = re.compile(rf"(?>{_SEP.pattern})({_PIECE.pattern})")
_NEXT = re.compile(r"([^\w]*)([^\W\d_]+)")


@lru_cache(maxsize=1)
def _lexicon_data() -> dict:
    """places.yaml as read (once per process; :func:`_lexicon` and the noun lists share it)."""
    return yamlfile.read(paths.REFERENCE / "places.yaml", "place lexicon")


@lru_cache(maxsize=1)
def _tie_prior() -> tuple[dict[tuple[str, str], str], str]:
    """(country, admin1) -> the prefix of a homonym's tie key (places.yaml ``conflict_regions``,
    ``focus_country``): "00" a conflict region of the focus country, "01" one of another
    country; elsewhere "10" in the focus country (the second item), else "11". Among
    homonyms of exactly equal score the smallest key wins (then the smallest id, as before):
    a prior for names the text says nothing of, never a score term."""
    d = _lexicon_data()
    focus = d.get("focus_country", "")
    out = {}
    for country, regions in (d.get("conflict_regions") or {}).items():
        for r in regions:
            out[(country, r)] = "00" if country == focus else "01"
    return out, focus


def _tie_key(tie: tuple[dict[tuple[str, str], str], str], country_admin1: tuple[str, str], eid: str) -> str:
    """The order of a homonym among equal scores: the prior of :func:`_tie_prior`, then its id."""
    pre = tie[0].get(country_admin1)
    if pre is None:
        pre = "10" if country_admin1[0] == tie[1] else "11"
    return pre + eid


@lru_cache(maxsize=1024)
def seat_of(unit_id: str, text: str) -> gz.Entry | None:
    """The town a department or cercle is named after, told by the unit's name ("in the Ouallam
    department": Ouallam, its seat): a populated place of that name in the unit. None when none
    (a Burkina province is named for its land, not its seat: "Soum province", seat Djibo, holds a
    village Soum)."""
    gaz = gz.load()
    k = gaz.by_id.get(unit_id)
    if k is None:
        return None
    unit = gaz.entries[k]
    if unit.country == "Burkina Faso":
        return None
    key = gz.name_key(text)
    for e in gaz.lookup(text):
        # (in the unit, or in an admin2 of the unit's name: GeoNames puts the Say department's
        # point in Torodi's)
        if e.feature_class == "P" and e.country == unit.country and e.admin1 == unit.admin1 and (
                e.admin2 == unit.admin2 or (e.admin2 is not None and gz.name_key(e.admin2) == key)):
            return e
    return None


@lru_cache(maxsize=None)
def settlement_nouns(number: str = "both") -> frozenset[str]:
    """places.yaml ``settlement_nouns`` ("village", "towns", "locality", ...), lower-cased: "one"
    the singulars, "many" the plurals (a word with its singular listed: "towns", "localities")."""
    every = frozenset(str(w).casefold() for w in _lexicon_data().get("settlement_nouns") or [])
    many = frozenset(w for w in every if w.endswith("s") and (w[:-1] in every or w[:-3] + "y" in every))
    return {"both": every, "one": every - many, "many": many}[number]


@lru_cache(maxsize=1)
def flight_verbs() -> frozenset[str]:
    """places.yaml ``flight_verbs`` ("fled", "sought refuge", ...), lower-cased: what people fled
    to is where they went, not where the event happened (a country: ``country_references``; a
    town: :mod:`analysis.coding.extract`)."""
    return frozenset(str(w).casefold() for w in _lexicon_data().get("flight_verbs") or [])


@lru_cache(maxsize=1)
def road_nouns() -> frozenset[str]:
    """places.yaml ``road_nouns`` ("road", "axis", "highway", ...), lower-cased."""
    return frozenset(str(w).casefold() for w in _lexicon_data().get("road_nouns") or [])


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, for the patterns built at import from the
    lists above (never per call): factored by common prefixes when every word is letters ("town|
    towns|village" -> "town(?:s)?|village": sre tries it once per position, not once per word;
    the longer word first, as the plain alternation), else escaped, longest first (a space in a
    phrase matches any white space)."""
    words = sorted(set(words))
    if words and all(w.isalpha() for w in words):
        return text_mod.trie_pattern(words)
    return "|".join(sorted((re.escape(w).replace("\\ ", r"\s+") for w in words), key=lambda w: (-len(w), w))) or "(?!)"


#: A settlement noun or "city", singular: "the town/village/city of X", "stormed the village"
#: (extract and frames use it too).
TOWN_NOUNS = settlement_nouns("one") | {"city"}
_TOWN = alternation(TOWN_NOUNS)
_PART_OF = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|area|part)\s+of\s+(?:the\s+)?"
                      rf"(?:(?:{_TOWN})\s+of\s+)?$", re.IGNORECASE)
_REGION_IN_NAME = re.compile(r"(?i)\b(?:region|province|cercle|department)$")
_REGION_IN_NAME_LAST = "nNeEtT"  # the last letters of those words, in either case (a cheap test first)
_POSSESSIVE_DIR = re.compile(r"^['’]s\s+(?P<d>[a-z-]+)\b", re.IGNORECASE)
_APPOSITION = re.compile(rf"^\s*,\s+(?:a|an|the)\s+(?:\w+\s+){{0,3}}?(?:{_TOWN}|capital)\b", re.IGNORECASE)
_COORD = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)\s*")
# "X, in the Nord region", "X, also in the Tahoua region", "X (Sourou province)", "X, Niono
# district", "X, in the Niono area" (a town's area: its cercle must hold X): a name located in a
# unit named with its unit word is a place (a cue for weak names;
# the unit is checked by the place matcher like any other name)
_IN_UNIT_APPOS = re.compile(
    r"\s*(?:,\s+(?:(?:also|likewise|both)\s+)?(?:(?:located|situated)\s+)?(?:in\s+)?|\(\s*)(?:the\s+)?"
    r"(?:(?:far[ -])?(?i:north|south|east|west|central)[a-z-]*\s+)?"
    r"(?P<unit>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:du|de|des|la)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})\s+"
    r"(?P<word>(?i:region|province|department|cercle|district|commune|prefecture|area|zone))\b")
_APPOS_GATE = re.compile(r",\s+(?i:an?)\s+")  # a necessary part of _Lexicon.unlisted_appos
_BEARINGS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"))
_OF_BEFORE = re.compile(r"([^\W\d_]+)\s+of\s+(?:the\s+)?$")
# The words between a place name and the country or unit that locates it, in the same phrase:
# "Karimama in northern Benin", "Kafolo, a village in the north of Côte d'Ivoire", "Boni (Mali)",
# "Koutougou, in the province of", "Kaya, Mali", "the Boungou mine in the Est region" (a place
# noun after the name); names the gazetteer lacks may stand between
# ("Karimama and Malanville in northern Benin"). Not "near"/"on the border with" (a place in
# Mali near Benin), nor a list ("in Djibo, Mali and Niger": see _LOCATOR_END).
_LOCATOR_GAP = re.compile(
    r"(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+)*"
    r"(?:\s+(?:(?:gold|military|army)\s+)?(?:mine|camp|base|village|town|locality|commune|site))?"
    r"(?:\s*[,(]\s*|\s+)"
    rf"(?:(?:an?|the)\s+(?:[a-z-]+\s+){{0,3}}?(?:{_TOWN}|camp|base|area|district|neighbou?rhood|municipality)s?\s+)?"
    r"(?:(?:also|likewise)\s+)?(?:(?:located|situated|lying|which\s+lies|lies)\s+)?"
    r"(?:(?:in|of|inside)\s+(?:the\s+)?(?:(?:far[ -])?(?:north|south|east|west|centre|center|central)[a-z-]*\s+"
    r"(?:(?:part|region)\s+)?(?:of\s+(?:the\s+)?)?)?"
    r"(?:(?:province|region|cercle|department|prefecture|state|county)\s+of\s+(?:the\s+)?)?)?",
    re.IGNORECASE)
# a country or unit right before the name: "Benin's Karimama", "Mali's northern town of Boni"
_LOCATOR_BEFORE = re.compile(
    r"['’]s?\s+(?:(?:far[ -])?(?:north|south|east|west|central)[a-z-]*\s+)?(?:(?:border|rural|remote|small|"
    rf"mining|frontier)\s+)?(?:(?:{_TOWN}|camp|base|area|region|province|department)\s+(?:of\s+(?:the\s+)?)?)?")
# "... Mopti region of Mali": a unit's own country after it
_UNIT_OF_COUNTRY = re.compile(r"\s+(?:region|province|cercle|department|prefecture)\s+(?:of|in)\s+(?:the\s+)?",
                              re.IGNORECASE)
# a locator after a bare comma, bracket or space must end its phrase ("Karimama, Benin, on",
# "Kafolo (Côte d'Ivoire)"): not a list ("in Djibo, Mali and Niger"), nor a compound ("Kidal,
# Algeria-brokered ...")
_LOCATOR_END = re.compile(r"\s*(?:[,.;:)!?](?!\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z])|$|\s+(?!and\s|or\s)[a-z]|\s*[—–]\s)")

_FEATURE_RANK = {
    "country": 100, "P.PPLC": 40, "P.PPLA": 34, "P.PPLA2": 28, "P.PPLA3": 22, "P.PPL": 16,
    "A.ADM1": 18, "A.ADM2": 14, "A.ADM3": 10,
    "S.AIRP": 9, "S.AIRF": 9, "S.MILB": 9, "S.INSM": 9, "S.CMP": 7, "S.MN": 7,
    "H.WLL": 4,
}
_HAS_LOWER = re.compile(r"[a-z]")
_STUDY = frozenset(gz.COUNTRIES.values())  # the countries the gazetteer holds places of
_NOT_LOCATED = (frozenset(), frozenset())
_STRONG_FEATURES = {"country", "A.ADM1", "A.ADM2", "P.PPLC", "P.PPLA", "P.PPLA2", "P.PPLA3"}

from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS  # noqa: E402  (no model, a word list)


@dataclass(frozen=True)
class _Lexicon:
    never: frozenset[str]
    needs_cue: frozenset[str]
    region_only: frozenset[str]
    titles: frozenset[str]
    neighbours: frozenset[str]
    locative: frozenset[str]
    strong_locative: frozenset[str]
    not_locative: tuple[str, ...]
    place_nouns: frozenset[str]
    office_nouns: frozenset[str]  # "the mayor of X": X is a place (weak names only)
    qualifiers: tuple[tuple[str, int], ...]  # by group index q0, q1, ...
    qual_before: re.Pattern  # every "before" pattern as one alternation of named groups
    qual_after: re.Pattern
    qual_hints: tuple[str, ...]  # one of these must occur before a name for a "before" pattern to match
    list_of: re.Pattern  # "<place noun> of A, B and " before a name: a cue for every name of the list
    unlisted_of: re.Pattern  # "<settlement noun> of A, B and C": names the gazetteer may lack
    unlisted_appos: re.Pattern  # "in A, a village ...": idem
    settlement_hint: re.Pattern  # any settlement noun
    directions: frozenset[str]
    not_country_after: frozenset[str]
    not_country_before: frozenset[str]
    qual_hint_rx: re.Pattern = re.compile("(?!)")  # finds any of qual_hints (one C-level scan)
    # settlement nouns none of which starts with another (ASCII letters; empty: not usable)
    settlement_stems: tuple[str, ...] = ()
    # "Malian", "Burkinabe", "Nigerien": the study countries' adjectives (as written -> country)
    demonyms: tuple[tuple[str, str], ...] = ()
    # a country named as a reference point ("near the border with Niger", "the Mali border"):
    # patterns before/after it (named groups r0, r1, ... by country_refs index), their hint words
    country_refs: tuple[str, ...] = ()
    ref_before: re.Pattern = re.compile("(?!)")
    ref_after: re.Pattern = re.compile("(?!)")
    ref_hint: re.Pattern = re.compile("(?!)")
    # names never matched as spelling variants of villages ("France", "Cotonou")
    not_variants: frozenset[str] = frozenset()
    # ref_hint without IGNORECASE, for the case-folded text (None: a hint is not lower-case
    # ASCII, so the two could differ; see _folded)
    ref_hint_low: re.Pattern | None = None
    # "in the X giraffe reserve", "at the X manganese mine": one or two lower-case words, then a
    # place noun, after a name written right after "in/at/near the"
    site_after: re.Pattern = re.compile("(?!)")


def reference_qualifiers() -> frozenset[str]:
    """The qualifiers of a country named as a reference point, not as the place ("border",
    "towards", "zone": places.yaml ``country_references``)."""
    return frozenset(_lexicon().country_refs)


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    """The study countries' demonyms, lower-cased ("malian", "burkinabè", "nigerien": places.yaml
    ``demonyms``)."""
    return frozenset(w.lower() for w, _ in _lexicon().demonyms)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    path = paths.REFERENCE / "places.yaml"
    d = _lexicon_data()

    def keys(name):
        return frozenset(gz.name_key(str(w)) for w in d.get(name) or [])

    def words(name):
        return frozenset(str(w).casefold() for w in d.get(name) or [])

    quals, befores, afters = [], [], []
    for i, q in enumerate(d.get("qualifiers") or []):
        quals.append((q["qualifier"], int(q["precision"])))
        for side, acc in (("before", befores), ("after", afters)):
            if q.get(side):
                try:
                    re.compile(q[side])
                except re.error as exc:
                    raise InputError(path, f"qualifier {q['qualifier']!r}: bad {side} pattern: {exc}") from None
                acc.append((f"q{i}", q[side]))
    refs, ref_befores, ref_afters = [], [], []
    flight = alternation(flight_verbs())
    for i, q in enumerate(d.get("country_references") or []):
        refs.append(str(q["qualifier"]))
        for side, acc in (("before", ref_befores), ("after", ref_afters)):
            if q.get(side):
                q = {**q, side: q[side].replace("{flight_verbs}", flight)}
                try:
                    re.compile(q[side])
                except re.error as exc:
                    raise InputError(path, f"country reference {q['qualifier']!r}: bad {side} pattern: {exc}") from None
                acc.append(f"(?P<r{i}>{q[side]})")
    dirs = sorted(words("directions"), key=len, reverse=True)
    nouns = "|".join(sorted((re.escape(w) for w in words("place_nouns")), key=len, reverse=True))
    settle = "|".join(sorted((re.escape(w) for w in words("settlement_nouns")), key=len, reverse=True)) or "(?!)"
    name = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’][^\W\d_]+)?(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2}"
    sep = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    ref_hints = [str(h).casefold() for h in d.get("country_reference_hints") or []]
    # factored by common prefixes when it can be (speed, as qual_hint_rx; only found or not)
    ref_hint = re.compile(_word_trie(ref_hints) or "|".join(re.escape(h) for h in ref_hints) or "(?!)",
                          re.IGNORECASE)
    return _Lexicon(
        never=keys("never"), needs_cue=keys("needs_cue"), region_only=keys("region_words_only"),
        not_variants=keys("not_variants"),
        titles=words("titles"), neighbours=words("neighbours_allowed"),
        locative=words("locative_before"), strong_locative=words("strong_locative_before"),
        not_locative=tuple(sorted(words("not_locative"))), place_nouns=words("place_nouns"),
        office_nouns=words("office_nouns") | words("people_nouns"), qualifiers=tuple(quals),
        qual_before=re.compile(_factor_boundary(befores), re.IGNORECASE),
        qual_after=re.compile("|".join(f"(?P<{g}>{x})" for g, x in afters) or "(?!)", re.IGNORECASE),
        qual_hints=tuple(sorted(str(h).casefold() for h in d.get("qualifier_hints") or [])),
        list_of=re.compile(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?(?:{name}{sep})+$", re.IGNORECASE),
        settlement_hint=re.compile(rf"\b(?i:{_word_trie(words('settlement_nouns')) or settle})\b"),
        unlisted_of=re.compile(rf"\b(?i:{settle})\s+of\s+(?P<names>{name}(?:{sep}{name})*)"),
        unlisted_appos=re.compile(rf"\b(?i:in|at|near|from)\s+(?P<names>{name}),\s+(?i:an?)\s+"
                                  rf"(?:[a-z]+\s+)?(?i:{settle})\b"),
        directions=frozenset(dirs),
        not_country_after=words("not_country_after"), not_country_before=words("not_country_before"),
        settlement_stems=_stems(words("settlement_nouns")),
        demonyms=tuple((str(k), str(v)) for k, v in (d.get("demonyms") or {}).items()),
        country_refs=tuple(refs),
        ref_hint_low=re.compile(ref_hint.pattern) if all(
            h.isascii() and h == h.lower() for h in ref_hints) else None,
        ref_before=re.compile("|".join(ref_befores) or "(?!)", re.IGNORECASE),
        ref_after=re.compile("|".join(ref_afters) or "(?!)", re.IGNORECASE),
        ref_hint=ref_hint,
        site_after=re.compile(rf"\s[a-z][a-z-]*(?:\s[a-z][a-z-]*)?\s(?:{nouns})\b"),
        # factored by common prefixes when it can be (speed: sre tries one alternation per position)
        qual_hint_rx=re.compile(_word_trie(str(h).casefold() for h in d.get("qualifier_hints") or [])
                                or "|".join(re.escape(str(h).casefold()) for h in d.get("qualifier_hints") or [])
                                or "(?!)"),
    )


def _factor_boundary(alternatives: list[tuple[str, str]]) -> str:
    """The alternation of named groups ``(?P<name>pattern)|...``, with a ``\\b`` that starts every
    pattern taken out in front: ``\\b(?:(?P<q0>near...)|(?P<q1>outskirts...))``.

    Same matches, same groups (``\\b`` is zero-width), but sre tests the boundary once per
    position and tries the patterns only where it holds: about a third of the time of the
    plain alternation on a 60-character window (speed). The plain alternation when a pattern
    does not start with a ``\\b`` that governs all of it ("\\bfoo|bar").
    """
    plain = "|".join(f"(?P<{name}>{pat})" for name, pat in alternatives) or "(?!)"
    if not alternatives:
        return plain
    for _, pat in alternatives:
        if not pat.startswith("\\b"):
            return plain
        items = re._parser.parse(pat, re.IGNORECASE).data  # type: ignore[attr-defined]
        if not items or items[0] != (re._constants.AT, re._constants.AT_BOUNDARY):  # type: ignore[attr-defined]
            return plain  # the boundary is in one branch only
    return "\\b(?:" + "|".join(f"(?P<{name}>{pat[2:]})" for name, pat in alternatives) + ")"


def _stems(words) -> tuple[str, ...]:
    """The ASCII-letter ``words`` that have no other word as a prefix; () if any word is not ASCII letters."""
    words = sorted(set(words))
    if not all(w.isascii() and w.isalpha() for w in words):
        return ()
    out: list[str] = []
    for w in words:  # sorted: a prefix comes right before the words it starts
        if not out or not w.startswith(out[-1]):
            out.append(w)
    return tuple(out)


def _word_trie(words) -> str:
    """The alternation of ``words`` factored by common prefixes ("town|towns" -> "town(?:s)?").

    Same matches as the plain alternation between word boundaries (a word of letters matches
    exactly the letters up to the next boundary), but sre tries it once per position instead
    of once per word: about half the time on an article. Empty when a word holds anything but
    letters (then the caller keeps the plain alternation).
    """
    words = sorted(set(words))
    if not words or not all(w.isalpha() for w in words):
        return ""
    return text_mod.trie_pattern(words)


class _Cand(NamedTuple):
    """A candidate mention that passed the filters (built with ``_new_cand``: see there)."""

    start: int
    end: int
    key: str
    sent: int
    entries: tuple[int, ...]
    cue: bool = False
    strong: bool = False
    qualifier: str = ""
    precision: int = 1
    region_word: bool = False
    direction: str = ""


# ``_new_cand(_Cand, (fields in order))``: a _Cand without the Python-level ``__new__`` that
# NamedTuple generates (speed: about a fifth of a slots dataclass's ``__init__``); every field
# is given, so no default is missed (test_places_speed checks it equals ``_Cand(...)``).
_new_cand = tuple.__new__


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return gz.name_key(word)


def _strong(gaz: gz.Gazetteer, key: str) -> bool:
    """A name that needs no cue: a country, a unit, a seat, a town of 1,000+, a news alias."""
    ents = gaz.entries
    return key in gaz.alias_keys or any(
        ents[k].feature in _STRONG_FEATURES or ents[k].population >= 1000 for k in gaz.by_key[key])


_GAZ_CACHES: list = [None, None, {}]  # [gazetteer, lexicon, cache name -> that cache]


def _gaz_cache(gaz: gz.Gazetteer, name: str, make: Any = dict) -> Any:
    """The cache ``name`` for ``gaz`` and the place lexicon, made by ``make()`` on first use.

    All the caches are dropped when either changes (the last ones only). The names:
    "key_facts" (name key -> :func:`_key_facts`), "fields" ((entry index, (qualifier,
    precision, region word, direction)) -> :func:`_mention_fields`), "entry_countries" (entries
    -> :func:`_entry_countries`), "country_ids" (:func:`_country_ids`), "facts" (entry index ->
    :func:`_entry_facts`), "starters" (first piece -> :func:`_start_info`), "pieces" (next
    piece -> :func:`_piece_info`), "capitals" (country -> :func:`_capitals`), "seats" (unit id
    -> :func:`_seat_town`), "unit_towns" (:func:`_unit_towns`).
    """
    lex = _lexicon()
    if _GAZ_CACHES[0] is not gaz or _GAZ_CACHES[1] is not lex:
        _GAZ_CACHES[:] = [gaz, lex, {}]
    caches = _GAZ_CACHES[2]
    cache = caches.get(name)
    if cache is None:
        cache = caches[name] = make()
    return cache


def _key_facts(gaz: gz.Gazetteer, lex: _Lexicon, key: str) -> Any:  # a 4-tuple or False
    """What the candidate filters need of a gazetteer name key, remembered per key (speed: one
    dict lookup per candidate instead of several set tests and :func:`_strong`).

    False for a ``never`` name, else (its entries, is one of them a country, is it strong and
    not ``needs_cue``, is it ``region_words_only``).
    """
    cache = _gaz_cache(gaz, "key_facts")
    facts: Any = False  # a never name
    if key not in lex.never:
        entries = gaz.by_key[key]
        facts = (entries, not _country_ids(gaz).isdisjoint(entries),
                 _strong(gaz, key) and key not in lex.needs_cue, key in lex.region_only)
    cache[key] = facts
    return facts


def _entry_countries(gaz: gz.Gazetteer, entries: tuple[int, ...]) -> tuple[str, ...]:
    """The country of each country entry among ``entries``, in order, remembered per tuple
    (speed: no loop over the homonyms and no property call per candidate; the tuples are
    gazetteer keys' entries, or those without the countries, so the cache stays bounded)."""
    ids = _country_ids(gaz)
    out = _gaz_cache(gaz, "entry_countries")[entries] = tuple(gaz.entries[k].country for k in entries if k in ids)
    return out


def _country_ids(gaz: gz.Gazetteer) -> frozenset[int]:
    """Indices of the gazetteer's country entries (built once per gazetteer; the last one kept)."""
    return _gaz_cache(gaz, "country_ids",
                      lambda: frozenset(k for k, e in enumerate(gaz.entries) if e.is_country))


def _facts_cache(gaz: gz.Gazetteer) -> dict[int, tuple]:
    """The cache of :func:`_entry_facts` by entry index for ``gaz`` (the last gazetteer only)."""
    return _gaz_cache(gaz, "facts")


def _entry_facts(e: gz.Entry) -> tuple:
    """What homonym scoring needs of an entry, computed once per process (speed).

    (base score, is an administrative unit, feature code, id, key of its name, key of its
    admin2 or None, country, (country, admin1), is a country, latitude in radians, its cosine,
    longitude, (country, admin1, admin2) or None, tie key: :func:`_tie_key`).
    """
    p1 = math.radians(e.lat)
    return (_base_score(e), e.feature_class == "A", e.feature_code, e.id, _key(e.name),
            _key(e.admin2) if e.admin2 else None, e.country, (e.country, e.admin1),
            e.feature_class == "country", p1, math.cos(p1), e.lon,
            (e.country, e.admin1, e.admin2) if e.admin2 else None,
            _tie_key(_tie_prior(), (e.country, e.admin1), e.id))


def _base_score(e: gz.Entry) -> float:
    """The part of a homonym's score that depends on the entry alone: feature and population."""
    s = _FEATURE_RANK.get(e.feature, 12 if e.feature_class == "P" else 3)
    if not e.is_admin:  # a unit's population says nothing about how often news names it
        s += 3 * math.log10(e.population + 1)
    return s


#: What :func:`_start_info` gives a word that starts no candidate but may be a spelling variant
#: of a village (:func:`_may_vary`): falsy like False, told apart by identity (``is``).
_MAY_VARY = 0


def _start_info(w0: str, cache: dict, by_key, prefixes, lex: _Lexicon | None = None) -> Any:
    """May the piece ``w0`` (found by ``_CAP_PIECE``) start a candidate? Remembered in ``cache``.

    Not a lower-case Latin Extended-A letter, not an all-capital word of two or three letters
    (UN, AP, AFP, CSP), and its key a gazetteer name or the first piece of one. If so, (its key,
    is the key a name, is it the first piece of a longer name); if not, ``_MAY_VARY`` when
    ``lex`` is given and the word passes the word-only tests of a spelling variant
    (:func:`_may_vary`), else False. Speed: one dict lookup per capitalised word instead of
    these tests and the key; the answer depends on the word, the gazetteer and the lexicon only,
    and the cache is bounded like :func:`_key`'s.
    """
    k0 = _key(w0)
    ok = (w0[0].isupper() and not (1 < len(w0) <= 3 and w0.isupper())
          and (k0 in by_key or k0 in prefixes))
    if ok:
        info = (k0, k0 in by_key, k0 in prefixes)
    else:
        info = _MAY_VARY if lex is not None and _may_vary(w0, k0, by_key, prefixes, lex) else False
    if len(cache) >= 65536:
        cache.clear()
    cache[w0] = info
    return info


def _may_vary(word: str, key: str, by_key, prefixes, lex: _Lexicon) -> bool:
    """The tests of :func:`_variant_cands` that read the word alone (``key``: its name key): six
    letters or more, lower case after the first, no gazetteer name nor the start of one, no
    ``never``/``needs_cue`` name, title, stop word or ``not_variants`` name."""
    if len(word) < _VARIANT_MIN or not word[1:].islower():
        return False
    low = word.casefold()
    return not (key in by_key or key in prefixes or key in lex.never or key in lex.needs_cue
                or low in lex.titles or low in _STOP_WORDS or key in lex.not_variants)


def _piece_info(w: str, cache: dict) -> tuple[str, bool]:
    """(key, may end a name) of a piece after the first of a name, remembered in ``cache``.

    A name ends on a capitalised piece ("Boucle du Mouhoun", not "Boucle du") or an elided one
    ("Côte d'Ivoire"). Speed: one dict lookup per piece instead of these tests; bounded cache.
    """
    info = (_key(w), bool(w[0].isupper() or _ELIDED_CAP.match(w)))
    if len(cache) >= 65536:
        cache.clear()
    cache[w] = info
    return info


def _closest_best(best: int, best_s: float, best_id: str, pending: list[tuple],
                  anchors: list[tuple[float, float, float, float]], near: dict[int, float]) -> int:
    """The winner of homonym scoring once closeness to the anchors is added to ``pending``.

    ``best``/``best_s``/``best_id``: the best entry so far (-1 if none), its score and tie key;
    ``pending``: (-score without closeness, position, entry, tie key, latitude in radians, its cosine,
    longitude) of the entries that get a closeness bonus; ``near``: entry -> km to the nearest
    anchor (filled here). The winner has the highest score, the smallest id among equals.

    Closeness adds at most 15, so the distances are computed best score first and not at all
    for an entry that cannot reach the best total any more (speed: the same winner, as the
    winner is the maximum of a total order whatever order the entries are scored in).
    """
    pending.sort()
    for neg, _, k, eid, p1, cos1, lon in pending:
        s = -neg
        if best >= 0 and s + 15 < best_s:
            break
        d = near.get(k)
        if d is None:
            # _km to each anchor, with the radians and cosines computed once (speed)
            d = near[k] = min(6371.0 * 2 * math.asin(math.sqrt(
                math.sin((p2 - p1) / 2) ** 2 + cos1 * cos2 * math.sin(math.radians(lo - lon) / 2) ** 2))
                for _, lo, p2, cos2 in anchors)
        s += 15 if d < 60 else 10 if d < 150 else 5 if d < 400 else 0
        if best < 0 or s > best_s or (s == best_s and eid < best_id):
            best, best_s, best_id = k, s, eid
    return best


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(bisect.bisect_right(starts, pos) - 1, 0)


def find_places(text: str, sentences: list[Sentence]) -> list[PlaceMention]:
    """Every place mention in ``text``, each resolved to one gazetteer entry (see module doc).

    ``sentences`` come from the text stage (offsets into ``text``); mentions carry the
    ``sentence_index`` of the sentence they fall in (-1 when ``sentences`` is empty).
    """
    gaz = gz.load()
    lex = _lexicon()
    if not sentences:
        sentences = [Sentence(index=-1, start=0, end=len(text), text=text)]
    starts = list(map(_START, sentences))  # (map with attrgetter: a C-level loop, speed)
    ends = list(map(_END, sentences))

    # candidates: from each capitalised word, the longest run of pieces that is a gazetteer name,
    # filtered as found (one pass)
    kept: list[_Cand] = []
    by_key = gaz.by_key
    ents = gaz.entries
    country_ids = _country_ids(gaz)
    key_facts = _gaz_cache(gaz, "key_facts")
    directions = lex.directions
    dir_gate = _dir_gate(directions)
    not_after = lex.not_country_after
    not_before = lex.not_country_before
    not_before_span = _reach(not_before)
    not_before_rx = _dir_gate(not_before)  # finds any of them (a substring test, one regex)
    country_gate = _either_gate(directions, not_before)  # finds any of both
    country_span = max(40, not_before_span)  # the window the two tests look at
    max_words = gaz.max_words
    prefixes = gaz.prefixes
    starters = _gaz_cache(gaz, "starters")
    pieces = _gaz_cache(gaz, "pieces")
    bisect_right = bisect.bisect_right
    # Speed: the capitalised words, what each may start and the ones that may start a name are
    # found by C-level loops (finditer, map, compress); Python code runs only per possible start
    # (most capitalised words are neither a name nor the start of one).
    matches = list(_CAP_PIECE.finditer(text))
    words = list(map(_GROUP, matches))
    infos: list[Any] = list(map(starters.get, words))
    if None in infos:  # words not in the cache yet
        for i, w0 in enumerate(words):
            if infos[i] is None:
                infos[i] = _start_info(w0, starters, by_key, prefixes, lex)
    pos_done = 0
    ref_seen = False  # a country named as a reference point was found
    # speed: the window tests for hint words search the article's case fold, folded once,
    # between the window's bounds, instead of folding a slice per candidate (and ref_hint
    # without IGNORECASE, several times faster); the plain tests when that is not exact
    low, fold_exact = _folded(text)
    hint_low = lex.ref_hint_low if fold_exact else None
    qual_hint = lex.qual_hint_rx.search
    for i in compress(range(len(infos)), infos):
        m, info = matches[i], infos[i]
        p = m.start()
        if p < pos_done:
            continue
        key, found, more = info
        end = m.end()
        found = key if found else None
        if more:  # the first piece of a longer name: extend the run piece by piece
            pe = end
            for _ in range(max_words - 1):
                m = _SEP_PIECE.match(text, pe)
                if m is None:
                    break
                w = m.group(1)
                pk = pieces.get(w)
                if pk is None:
                    pk = _piece_info(w, pieces)
                key += pk[0]
                pe = m.end()
                if pk[1] and key in by_key:
                    found, end = key, pe
                if key not in prefixes:
                    break
        if found is None:
            continue
        pos_done = end
        kf = key_facts.get(found)
        if kf is None:
            kf = _key_facts(gaz, lex, found)
        if kf is False:
            continue  # a "never" name, dropped (its span is still taken)
        entries, is_country, strong, region_only = kf
        si = bisect_right(starts, p) - 1  # _sentence_of, inline (speed)
        if si < 0:
            si = 0
        # the filters, on locals; a _Cand is built only for a kept candidate (speed)
        sent_end = ends[si]
        if end > sent_end:
            sent_end = end
        # the word before is looked for only when needed (speed: most candidates are countries,
        # which need it only after "river", "lake")
        prev_w = prev_gap = None
        nm = _NEXT.match(text, end, min(sent_end, end + 40))
        next_gap, next_w = nm.groups() if nm else ("", "")
        qualifier, precision, direction = "", 1, ""
        # "the Niger river", "River Niger"
        if is_country:
            # one test for the two windows before a country (speed): is a direction word or a
            # not_country_before word in the case-folded text before it? Without one, neither
            # test below can pass (a substring of a window's case fold is one of the longer's).
            words_before = (country_gate.search(low, max(0, p - country_span), p) if low is not None
                            else country_gate.search(text[max(0, p - country_span):p].casefold()))
            if next_w.casefold() in not_after and next_gap.strip() in ("", "-"):
                entries = tuple(k for k in entries if k not in country_ids)
            elif words_before:
                # the word before can be one of not_before only if its case-folded form is in
                # the case-folded text just before (the word and a gap of at most 10)
                if (not_before_rx.search(low, max(0, p - not_before_span), p) if low is not None
                        else not_before_rx.search(text[max(0, p - not_before_span):p].casefold())):
                    prev_w, prev_gap, _ = _prev_word(text, p, starts[si])
                    if prev_w.casefold() in not_before and prev_gap.strip() == "":
                        entries = tuple(k for k in entries if k not in country_ids)
            if not entries:
                continue
            if entries is not kf[0]:
                is_country = not country_ids.isdisjoint(entries)
        if is_country:
            # a country named as a reference point ("near the border with Niger", "the Mali
            # border", "fled towards Mali") takes that qualifier; else it takes a direction, not a
            # qualifier; only the 40 characters before and the 20 after it are read (speed: one
            # substring scan for the hint words first, no 60-character slices)
            if (hint_low.search(low, max(0, p - 40), p) if hint_low is not None
                    else lex.ref_hint.search(text, max(0, p - 40), p)):
                rm = lex.ref_before.search(text[max(0, p - 40):p])
                if rm:
                    direction = lex.country_refs[int(rm.lastgroup[1:])]
            if not direction and (hint_low.search(low, end, end + 20) if hint_low is not None
                                  else lex.ref_hint.search(text, end, end + 20)):
                rm = lex.ref_after.match(text[end:end + 30])  # (a slice: the patterns start with "^")
                if rm:
                    direction = lex.country_refs[int(rm.lastgroup[1:])]
            if direction:
                ref_seen = True
            if not direction and words_before:
                # _direction_before's first test, inline
                if (dir_gate.search(low, max(0, p - 40), p) if low is not None
                        else dir_gate.search(text[max(0, p - 40):p].casefold())):
                    direction = _direction_words(text[max(0, p - 40):p], directions)
            if not direction and text.startswith(("'", "’"), end):  # _POSSESSIVE_DIR's first character
                m2 = _POSSESSIVE_DIR.match(text[end:end + 60])
                if m2 and m2.group("d").casefold() in directions:
                    direction = m2.group("d").casefold()
        else:
            before = text[max(0, p - 60):p]
            after = text[end:end + 60]
            # person names and titles
            if prev_w is None:
                prev_w, prev_gap, _ = _prev_word(text, p, starts[si])
            if prev_w and prev_w.casefold().rstrip(".") in lex.titles and prev_gap.strip() in ("", "."):
                continue
            possessive = prev_w[-2:] in ("'s", "’s") or prev_w[-1:] in ("'", "’")  # "Mali's Timbuktu region"
            if (prev_w and _is_cap(prev_w) and prev_gap == " " and not possessive
                    and not _allowed_neighbour(prev_w, lex)):
                continue
            if next_w and _is_cap(next_w) and next_gap == " " and not _allowed_neighbour(next_w, lex):
                continue
            # qualifiers
            # (the hint test on before[-45:]'s case fold)
            qm = lex.qual_after.match(after) or (
                lex.qual_before.search(before) if (qual_hint(low, max(0, p - 45), p) if low is not None
                                                   else qual_hint(before[-45:].casefold())) else None)
            if qm:
                qualifier, precision = lex.qualifiers[int(qm.lastgroup[1:])]
        # the region words end in n, e or t (case-insensitively only these letters): one character
        # test spares the regex search on most names (speed)
        region_word = qualifier == "region" or (
            text[end - 1] in _REGION_IN_NAME_LAST and bool(_REGION_IN_NAME.search(text, p, end)))
        if region_word and not qualifier:
            qualifier, precision = "region", 3
        if region_only and not region_word:
            continue
        # cue evidence. Not looked for on a strong name (speed): it is accepted anyway, and
        # its cue could only confirm other mentions of its key, which are strong too.
        cue = False
        if not strong:
            if is_country:  # (a country in needs_cue: its windows were not cut above)
                before, after = text[max(0, p - 60):p], text[end:end + 60]
            if prev_w is None:
                prev_w, prev_gap, _ = _prev_word(text, p, starts[si])
            cue = _has_cue(text, p, found, qualifier, before, after, prev_w, prev_gap, next_w, next_gap, lex)
            if not cue and after[:1] in ",(" and found not in lex.needs_cue:
                cue = _in_named_unit(gaz, entries, after)  # "Thiou, in the Nord region"
        kept.append(_new_cand(_Cand, (p, end, found, si, entries, cue, strong, qualifier, precision,
                                      region_word, direction)))

    # a spelling variant of a village the gazetteer holds, in a place slot ("in Ouenkorou")
    variant_at: set[int] = set()  # their starts: the mention keeps the article's spelling as its name
    extra_c = _variant_cands(text, starts, gaz, lex, matches, words, infos)
    if extra_c:
        kept = sorted(kept + extra_c, key=_START)
        variant_at = {c.start for c in extra_c}
    # a reference country's coordinated countries are references too: "the border between Mali
    # and Niger", "the Mali-Niger border", "the tri-border area of Mali, Niger and Burkina Faso"
    if ref_seen:
        _share_references(text, kept, country_ids, lex)
    # coordination: "Sokolo and Kalumba", "Intezayane, Bakorat, Woursanat"
    for i in range(1, len(kept)):
        a, b = kept[i - 1], kept[i]  # a: as updated by the step before ("X, Y and Z")
        # the cheap tests first, and the regex on the gap in place (speed: no slice)
        if a.sent == b.sent and (a.cue or a.strong) and b.key not in lex.needs_cue \
                and _COORD.fullmatch(text, a.end, b.start):
            kept[i] = b._replace(cue=True)
    # a cue anywhere in the article confirms the name elsewhere (not for first names/surnames)
    cued = {c.key for c in kept if c.cue}
    accepted = [c for c in kept if c.cue or c.strong
                or (c.key in cued and c.key not in lex.needs_cue)]
    # "the Sahel region of Burkina Faso": a region_words_only name needs its country next to it
    # (dropped before the context is read, so that "the broader Sahel region" names no unit)
    region_only = lex.region_only
    country_spans = None  # built when a region_words_only name needs it (rare: speed)
    if region_only.intersection(c.key for c in accepted):
        country_spans = [(a.start, a.end, ents[a.entries[0]].country) for a in accepted
                         if a.entries[0] in country_ids]  # ents[..].is_country (speed)
        accepted = [c for i, c in enumerate(accepted)
                    if c.key not in region_only or _country_attached(text, c, country_spans, ents)
                    or _region_of_previous(text, accepted, i, ents)]
    # the country or unit named in a place's own phrase ("Koutougou, in the province of Soum");
    # a place of another country ("Karimama in northern Benin") is not a homonym of ours: dropped
    located, foreign = _locators(text, accepted, gaz)
    located_at = {accepted[i].start: v for i, v in located.items()}
    if foreign:
        # one sense per article: "Karimama in northern Benin ... the attack on Karimama" (a
        # mention located in one of our countries stays)
        gone = {accepted[i].key for i in foreign}
        accepted = [c for i, c in enumerate(accepted)
                    if i not in foreign and (c.key not in gone or c.start in located_at)]

    # region words and countries named per sentence; units named anywhere in the article
    sent_countries: dict[int, set[str]] = {}
    sent_admin1: dict[int, set[tuple]] = {}  # (country, admin1) and (country, admin1, admin2)
    art_units: set[tuple] = set()
    art_countries: dict[str, int] = {}
    key_sents: dict[str, set[int]] = {}  # name -> the sentences that name it
    entry_countries = _gaz_cache(gaz, "entry_countries")
    for c in accepted:
        ks = key_sents.get(c.key)  # (not setdefault: no set built and thrown away per candidate)
        if ks is None:
            key_sents[c.key] = {c.sent}
        else:
            ks.add(c.sent)
        if c.region_word:
            units = _units_named(c, ents)
            sent_admin1.setdefault(c.sent, set()).update(units)
            art_units.update(units)
        cs = entry_countries.get(c.entries)
        if cs is None:
            cs = _entry_countries(gaz, c.entries)
        for country in cs:
            # a reference country ("near the border with Burkina Faso") is not its sentence's
            if not c.direction or c.direction not in lex.country_refs:
                sc = sent_countries.get(c.sent)
                if sc is None:
                    sent_countries[c.sent] = {country}
                else:
                    sc.add(country)
            art_countries[country] = art_countries.get(country, 0) + 1
    # "the Malian army", "Burkinabe soldiers": the article's country without its name
    for prefix, group in _demonym_groups(lex.demonyms):
        if prefix not in text:
            continue  # speed: one scan for "Burkinabe", "Burkinabè", "Burkinabé" absent
        for word, country in group:
            n = _count_word(text, word)
            if n:
                art_countries[country] = art_countries.get(country, 0) + n
    most = max(art_countries.values()) if art_countries else 0  # not "top": pass 1 reuses that name
    # the article's area: a province/cercle/department holding two or more of its unambiguous
    # places (not the capital, see below) counts like one named anywhere in the article
    area_units: set[tuple] = set()
    seen_units: dict[tuple, int] = {}
    for c in accepted:
        if len(c.entries) == 1 and c.entries[0] not in country_ids:
            e = ents[c.entries[0]]
            if e.admin2 and e.feature_code != "PPLC":
                u = (e.country, e.admin1, e.admin2)
                first = seen_units.setdefault(u, c.entries[0])
                if first != c.entries[0]:
                    area_units.add(u)
    facts = _facts_cache(gaz)

    def best_of(c: _Cand, anchors: list[tuple[float, float, float, float]],
                partial: list[float] | None = None) -> tuple[int, list[float]]:
        """The entry of ``c`` with the highest score, the smallest tie key among equals, and the
        partial scores (the terms that do not change between the passes) of ``c.entries``.

        ``anchors`` are (lat, lon, lat in radians, its cosine). ``partial``: the partial scores
        pass 1 returned for the same context (pass 2 starts from them: speed). The score adds
        the terms in a fixed order (the same floats every time, so that ties stay ties); what
        depends on the entry alone comes from :func:`_entry_facts` (speed: no attribute,
        property or key call per homonym, one loop instead of ``min`` over a key function).
        """
        # what depends on the candidate only is looked up once, not once per homonym
        region_word, district, key = c.region_word, c.qualifier == "district", c.key
        if partial is None:
            aliases = gaz.alias_ids.get(key, ())
            countries = sent_countries.get(c.sent, ())
            admin1s = sent_admin1.get(c.sent, ())
            # one sense per article: a country or region named beside another mention of the name
            # ("Lere lies in the Timbuktu region") counts for this one too, a little less
            others = key_sents.get(key, ())
            o_countries = {x for si in others if si != c.sent for x in sent_countries.get(si, ())}
            o_admin1s = {x for si in others if si != c.sent for x in sent_admin1.get(si, ())}
            a_units = art_units
            l_countries, l_units = located_at.get(c.start, _NOT_LOCATED)
        best, best_s, best_id = -1, 0.0, ""
        parts: list[float] = []
        pending: list[tuple] = []  # (-score so far, position, entry, id, lat rad, cos lat, lon)
        for i, k in enumerate(c.entries):
            f = facts.get(k)
            if f is None:
                f = facts[k] = _entry_facts(ents[k])
            (s, is_admin, code, eid, name_k, admin2_k, country, country_admin1, is_country, p1, cos1, lon,
             country_admin2, tk) = f
            if partial is not None:
                s = partial[i]
            else:
                if region_word and is_admin:
                    s += 60 if code == "ADM1" else 40
                if district and code in ("ADM3", "ADM2"):
                    s += 20
                if eid in aliases:
                    s += 40
                if name_k == key:
                    s += 4  # the name itself, not one of its alternate names ("Boni", not Bouani)
                if admin2_k == key:
                    s += 8
                if country in countries:
                    s += 25
                elif country in o_countries:
                    s += 15
                # the region (admin1) and the province/cercle/department (admin2) it lies in,
                # each: named in its sentence, beside another mention of the name, or anywhere in
                # the article ("an offensive in the province of Soum ... strikes near Koutougou")
                if country_admin1 in admin1s:
                    s += 25
                elif country_admin1 in o_admin1s:
                    s += 15
                elif country_admin1 in a_units:
                    s += 10
                if country_admin2 is not None:
                    if country_admin2 in admin1s:
                        s += 25
                    elif country_admin2 in o_admin1s:
                        s += 15
                    elif country_admin2 in a_units:
                        s += 15  # a province or cercle is a small area: more than a region says
                    elif country_admin2 in area_units:
                        s += 10
                # named in the place's own phrase ("Koudougou, in Soum province", "Kaya, in Mali"):
                # what the writer says of this place, stronger than a town's population
                if l_countries and country in l_countries:
                    s += 40
                if l_units and (country_admin1 in l_units or country_admin2 in l_units):
                    s += 40
                parts.append(s)
            if anchor_country and country == anchor_country:
                s += 8  # the country of the article's other places (also the dateline's)
            if art_countries:
                if art_countries.get(country) == most:
                    s += 12
                elif country in art_countries:
                    s += 6
            if anchors and not is_country:
                pending.append((-s, i, k, tk, p1, cos1, lon))  # closeness to the anchors: below
            elif best < 0 or s > best_s or (s == best_s and tk < best_id):
                best, best_s, best_id = k, s, tk
        if pending:
            best = _closest_best(best, best_s, best_id, pending, anchors, near)
        return best, parts

    # pass 1 without proximity; anchors = unambiguous non-country places
    anchor_country = ""  # set after pass 1: the country most of the anchors lie in
    anchors = []
    anchor_countries: dict[str, int] = {}
    chosen1: dict[tuple, int] = {}
    partial1: dict[tuple, list[float]] = {}  # context -> partial scores of its entries (pass 2 reuses them)
    ctx_of: dict[int, tuple] = {}  # position in out_c -> the context of an ambiguous name (pass 2 reuses it)
    sent_ctx: dict[int, tuple] = {}  # sentence -> (its countries, its regions), frozen
    out_c: list[tuple[_Cand, int]] = []  # the candidates kept, each with its pass-1 entry
    for c in accepted:
        idx = len(out_c)
        if len(c.entries) == 1:
            out_c.append((c, c.entries[0]))
            if c.entries[0] not in country_ids:  # not ents[..].is_country (speed: no property call)
                e0 = ents[c.entries[0]]
                # the capital: the seat of government and the usual dateline, which says where
                # the story was filed, not where its villages lie; it anchors only as a
                # reference point ("60 km from Niamey", "near Bamako"). It counts for the country.
                if e0.feature_code != "PPLC" or c.precision == 2:
                    anchors.append((e0.lat, e0.lon))
                anchor_countries[e0.country] = anchor_countries.get(e0.country, 0) + 1
            continue
        sctx = sent_ctx.get(c.sent)
        if sctx is None:  # speed: the sentence's part of the context, built once per sentence
            sctx = sent_ctx[c.sent] = (frozenset(sent_countries.get(c.sent, ())),
                                       frozenset(sent_admin1.get(c.sent, ())))
        ctx = ctx_of[idx] = (c.key, c.region_word, c.qualifier, *sctx, located_at.get(c.start))
        first = chosen1.get(ctx)
        if first is None:
            first, partial1[ctx] = best_of(c, [])
            chosen1[ctx] = first
        out_c.append((c, first))
        top = ents[first]
        if first not in country_ids and (top.feature in _STRONG_FEATURES or top.population >= 1000) \
                and not c.region_word:
            if top.feature_code != "PPLC" or c.precision == 2:
                anchors.append((top.lat, top.lon))  # a clear winner (a town with a population) anchors too
            anchor_countries[top.country] = anchor_countries.get(top.country, 0) + 1
    if anchor_countries:
        ranked = sorted(anchor_countries.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:  # a tie says nothing
            anchor_country = ranked[0][0]
    # "the Fada district of Agadez": a part of the next place; a homonym far away is not it
    part_of = {}  # position in out_c -> the entry of the place it is a part of
    for i in range(1, len(out_c)):
        a, (b, bb) = out_c[i - 1][0], out_c[i]
        if b.start - a.end < 50 and _PART_OF.match(text, a.end, b.start):
            part_of[i - 1] = ents[bb]
    # "near Kobe, about 30km from the city of Gao": the place lies about that far from the next one
    km_from = {}  # position in out_c -> the distance (km) the text gives from the next place
    for i in range(1, len(out_c)):
        a, b = out_c[i - 1][0], out_c[i][0]
        if b.start - a.end < 100 and text.startswith(",", a.end):
            m = _KM_FROM.match(text, a.end + 1, b.start)
            if m is not None:
                km_from[i - 1] = float(m.group("n").replace(",", "")) * (1.609 if m.group("u")[0] in "mM" else 1.0)
    pos_of: dict[int, tuple[int, int]] = {}  # position in out_c -> (its mention's, its entry), for km_from
    anchors = [(la, lo, math.radians(la), math.cos(math.radians(la))) for la, lo in sorted(set(anchors))]
    near: dict[int, float] = {}  # entry -> km to the nearest anchor
    chosen: dict[tuple, int] = {}  # the same name in the same context resolves the same way
    mentions = []
    # Speed: a mention's fields but its span and sentence depend only on the entry chosen and
    # the candidate's qualifier facts, so they are worked out once per such combination and
    # process (gazetteer-derived, like _entry_facts); no Entry property is read per mention.
    fields_of = _gaz_cache(gaz, "fields")
    for idx, (c, best) in enumerate(out_c):
        if len(c.entries) > 1:
            ctx = ctx_of[idx]
            best = chosen.get(ctx)
            if best is None:
                best = chosen[ctx] = best_of(c, anchors, partial1[ctx])[0]
        if part_of:
            whole = part_of.get(idx)
            if whole is not None and best not in country_ids:
                e = ents[best]
                if whole.feature_class == "A" and whole.feature_code in _UNIT_LEVEL:
                    # "the Kantchari area of Tapoa province": inside the unit, however large
                    if (e.country, getattr(e, _UNIT_LEVEL[whole.feature_code])) != \
                            (whole.country, getattr(whole, _UNIT_LEVEL[whole.feature_code])):
                        continue
                elif _km(e.lat, e.lon, whole.lat, whole.lon) > 30:
                    continue
        # (best, (qualifier, precision, region_word, direction)): the tail of the _Cand tuple,
        # one C-level slice (speed)
        fkey = (best, c[7:])
        f = fields_of.get(fkey)
        if f is None:
            if len(fields_of) >= 65536:  # bounded (a long run meets many entries)
                fields_of.clear()
            f = fields_of[fkey] = _mention_fields(gaz, ents[best], best in country_ids, c)
        if variant_at and c.start in variant_at:
            f = {**f, "name": text[c.start:c.end]}  # "Ouenkorou", located at Ouankoro
        if km_from:
            pos_of[idx] = (len(mentions), best)
        mentions.append(_place(c.start, c.end, text[c.start:c.end], sentences[c.sent].index, f))
    for i, km in km_from.items():
        _km_check(gaz, out_c[i][0], pos_of.get(i), pos_of.get(i + 1), km, mentions, country_ids)
    extra = _unlisted(text, sentences, starts, mentions, gaz, lex)
    if any(m.qualifier == "region" and m.feature in _UNIT_FEATURES for m in mentions):  # (speed: a unit word is rare)
        extra += _unlisted_in_unit(text, sentences, starts, mentions, gaz, lex)
    if "capital" in text:  # (speed: a substring test; most texts never write it)
        extra += _capital(text, starts, sentences, mentions, sent_countries, art_countries, gaz, lex)
    if extra:  # the candidates are in text order already
        mentions.extend(extra)
        mentions.sort(key=lambda m: m.start)
    return mentions


#: "the capital", "the Malian capital", "Mali's capital", "the capital of Mali": the national
#: capital named by its title (the noun is matched at "capital"; the words before it here).
_CAPITAL_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+(?:(?P<dem>[A-Z][a-zéè]+)\s+)?|\b(?P<cty>Mali|Niger|Burkina\s+Faso)['’]s\s+)$")
#: What may follow "capital" for the national capital to be meant: the end of the phrase, a verb
#: or a preposition ("the capital, Niamey" and "the capital Bamako" name it themselves; "capital
#: punishment", "the capital of the Mopti region" are no place of ours).
_CAPITAL_AFTER = re.compile(r"(?:['’]s\b|(?P<of>\s+of\s+(?:the\s+)?)|(?=\s*[,.;:!?)\"”—–]|\s+[a-z]|\s*$))")
#: A journey's end or start, not where something happened ("fled to the capital", "the roads to
#: the capital", "a convoy bound for the capital", "reinforcements sent from the capital").
_CAPITAL_WAY = re.compile(r"\b(?:to|towards?|into|for|from)\s+$", re.IGNORECASE)
_CAPITAL_NOT_AFTER = frozenset("punishment punishments gains flight flows goods expenditure expenditures investment "
                               "investments market markets letter letters increase injection spending".split())


def _capitals(gaz: gz.Gazetteer) -> dict[str, int]:
    """Country -> its capital's entry (the GeoNames PPLC of Mali, Burkina Faso, Niger), worked
    out once per gazetteer (:func:`_gaz_cache` "capitals")."""
    out = _gaz_cache(gaz, "capitals")
    if not out:
        for i, e in enumerate(gaz.entries):
            if e.feature_code == "PPLC" and e.feature_class == "P":
                if e.country not in out or e.population > gaz.entries[out[e.country]].population:
                    out[e.country] = i
    return out


def _capital(text: str, starts: list[int], sentences: list[Sentence], mentions: list[PlaceMention],
             sent_countries: dict[int, set[str]], art_countries: dict[str, int], gaz: gz.Gazetteer,
             lex: _Lexicon) -> list[PlaceMention]:
    """The national capital named by its title: "a protest in the capital", "a blast in the
    Malian capital", "Niger's capital", "in the capital of Burkina Faso". The country is the
    one its phrase names (a demonym, a possessive, "of X"), else the one country of ours its
    sentence names (not as a reference point), else the article's (most named, demonyms
    counted). The mention spans the phrase ("the Malian capital"; "capital" after "Mali's")
    and takes the capital's point, units and id; qualifiers as for a name ("30 km from the
    capital", "near the capital": precision 2). Not a capital named in its own phrase ("the
    capital, Niamey", "the capital Bamako": the name is the mention), a regional or provincial
    capital ("the regional capital": only a demonym may stand between "the" and "capital"),
    "the capital of the Mopti region", "capital punishment", nor a journey's end or start ("fled to
    the capital", "the roads to the capital": :data:`_CAPITAL_WAY`)."""
    caps = _capitals(gaz)
    out: list[PlaceMention] = []
    taken = [(m.start, m.end) for m in mentions]
    ours = [c for c in ("Mali", "Burkina Faso", "Niger") if c in caps]
    i = text.find("capital")
    while i >= 0:
        j = i + 7
        at, i = i, text.find("capital", j)
        if at and (text[at - 1].isalnum() or text[at - 1] == "-"):
            continue
        b = _CAPITAL_BEFORE.search(text, max(0, at - 30), at)
        a = _CAPITAL_AFTER.match(text, j) if b is not None else None
        if a is None:
            continue
        nw = _NEXT.match(text, j, j + 40)
        if nw is not None and nw.group(2).casefold() in _CAPITAL_NOT_AFTER:
            continue
        country = None
        if b.group("dem"):
            country = dict(lex.demonyms).get(b.group("dem"))
            if country is None:
                continue  # "the Senegalese capital", "the former capital"
        elif b.group("cty"):
            country = " ".join(b.group("cty").split())
        end = j
        if a.group("of"):
            nxt = next((m for m in mentions if m.start >= a.end()), None)
            if nxt is None or nxt.start != a.end() or nxt.feature != "country":
                continue  # "the capital of the Mopti region"
            if country is None:
                country = nxt.country
        elif nw is not None and nw.group(1).strip(" ,") == "" and nw.group(2)[:1].isupper() \
                and any(m.start == nw.start(2) and m.feature != "country" for m in mentions):
            continue  # "the capital, Niamey": named ("the capital, Mali's army said" is not)
        si = _sentence_of(starts, at)
        if country is None:
            here = [c for c in sent_countries.get(si, ()) if c in ours]
            if len(here) == 1:
                country = here[0]
            else:
                ranked = sorted(((n, c) for c, n in art_countries.items() if c in ours), reverse=True)
                if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
                    continue  # the text says nothing of which country
                country = ranked[0][1]
        if country not in caps:
            continue
        start = at if b.group("cty") else b.start()
        if any(s0 < end and start < e0 for s0, e0 in taken):
            continue
        e = gaz.entries[caps[country]]
        qualifier, precision = "", 1
        before = text[max(0, start - 60):start]
        qm = lex.qual_before.search(before) if lex.qual_hint_rx.search(before[-45:].casefold()) else None
        if qm:
            qualifier, precision = lex.qualifiers[int(qm.lastgroup[1:])]
            if precision > 2:
                continue  # "the region of the capital"
        elif _CAPITAL_WAY.search(before):
            continue  # "fled to the capital", "the roads to the capital", "flown in from the capital"
        out.append(PlaceMention(
            start=start, end=end, text=text[start:end], name=e.name, country=e.country, admin1=e.admin1,
            admin2=e.admin2, latitude=e.lat, longitude=e.lon, geo_precision=precision,
            sentence_index=sentences[si].index, feature=e.feature, gazetteer_id=e.id, qualifier=qualifier,
        ))
    return out


# ", about 30km from the northern Malian city of", ", some 40 kilometres (25 miles) north of", ", located
# 20 km from": the distance a place lies from the next one (matched after the comma)
_KM_FROM = re.compile(
    r"\s*(?:(?:located|situated|lying|which\s+is|which\s+lies|about|some|around|roughly|nearly|approximately|"
    r"almost|more\s+than|less\s+than|over|under|just|only)\s+){0,2}(?P<n>\d[\d,.]*)\s*-?\s*"
    r"(?P<u>km|kms|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^)]{0,30}\))?\s+"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)\s+)?(?:of|from)\s+(?:the\s+)?"
    rf"(?:(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_TOWN}|capital|hub)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def _km_check(gaz: gz.Gazetteer, c: _Cand, at: tuple[int, int] | None, ref: tuple[int, int] | None, km: float,
              mentions: list[PlaceMention], country_ids: frozenset[int]) -> None:
    """A place said to lie ``km`` from the next one ("near Kobe, about 30km from the city of Gao")
    is within about that distance of it (half again, plus 25 km for the road and the points): a
    homonym farther away is not it. Another homonym within reach is taken; none: the gazetteer
    lacks the place, which is kept as unlisted at the reference town (geo precision 2), as
    ACLED codes an unknown village at the nearest known place. Only a town with a population or
    an administrative seat is a reference (news measures from towns readers know)."""
    if at is None or ref is None or at[1] in country_ids:
        return
    ents = gaz.entries
    r = ents[ref[1]]
    if ref[1] in country_ids or not (r.feature in _STRONG_FEATURES or r.population >= 1000):
        return
    reach = 1.5 * km + 25
    if _km(ents[at[1]].lat, ents[at[1]].lon, r.lat, r.lon) <= reach:
        return
    x = mentions[at[0]]
    fits = sorted((abs(_km(ents[k].lat, ents[k].lon, r.lat, r.lon) - km), ents[k].id, k) for k in c.entries
                  if k not in country_ids and _km(ents[k].lat, ents[k].lon, r.lat, r.lon) <= reach)
    if fits:
        f = _mention_fields(gaz, ents[fits[0][2]], False, c)
        mentions[at[0]] = _place(x.start, x.end, x.text, x.sentence_index, f)
        return
    y = mentions[ref[0]]
    mentions[at[0]] = PlaceMention(
        start=x.start, end=x.end, text=x.text, name=x.text, country=y.country, admin1=y.admin1, admin2=y.admin2,
        latitude=y.latitude, longitude=y.longitude, geo_precision=2, sentence_index=x.sentence_index,
        feature="unlisted", gazetteer_id="", qualifier="unlisted")


# Spelling variants. A capitalised word in a place slot ("in X", "at X", "near X", "the village of X")
# that is no gazetteer name is matched, by its transliteration skeleton, to the one populated place of
# the study countries written alike (see _skeleton).
# the text before the word: a locative or a settlement noun's "of" ("in", "near the village of")
_SETTLEMENT_ONE = alternation(settlement_nouns("one"))
# ... also the people or a building of a place ("residents of X", "the mosque of X": places.yaml
# ``people_nouns``)
_PEOPLE_NOUNS = alternation(str(w).casefold() for w in _lexicon_data().get("people_nouns") or [])
_SLOT_BEFORE = re.compile(rf"(?:\b(?i:in|at|near)|\b(?i:{_SETTLEMENT_ONE}|outskirts|vicinity|{_PEOPLE_NOUNS})\s+of)\s+"
                          rf"(?:the\s+)?(?:(?:{_SETTLEMENT_ONE})\s+of\s+)?$")
_SLOT_ENDS = ("in ", "at ", "near ", "of ", "In ", "At ", "Near ")  # how _SLOT_BEFORE can end (speed)
_C_SOFT = re.compile(r"c(?=[eiy])")  # "c" before e, i, y sounds "s"
_SKELETON_LETTERS = str.maketrans("wycq", "uikk")
_GU = re.compile(r"gu(?=[ei])")
_SILENT_H = re.compile(r"h(?![aeiou])|(?<=[^cs])h")  # not "ch", "sh", nor an "h" before a vowel at the start
_DOUBLE = re.compile("|".join(c + c + "+" for c in "abcdefghijklmnopqrstuvwxyz"))  # (no backreference: speed)
_VOWEL_SWAPS = {v: tuple(w for w in "aeiou" if w != v) for v in "aeiou"}
#: the shortest name key a variant may have (shorter names are too often other words)
_VARIANT_MIN = 6


def _skeleton(key: str) -> str:
    """The transliteration skeleton of a name key: "ou"/"w" = "u", "dj" = "j", "y" = "i",
    "c"/"k"/"q"/"ck"/"qu" = "k" ("c" before e, i = "s"), "gu" before e, i = "g", a silent "h"
    dropped, doubled letters single (keys have no accents already): "ouenkoro" -> "uenkoro",
    "dinangourou" -> "dinangur" + "u", "ogossagou" -> "ogosagu".

    Speed: ``str.replace``/``str.translate`` for the plain rewrites ("ck" -> "kk" -> "k"), a
    regex only when its letters occur.
    """
    k = key.replace("ou", "u").replace("dj", "j").replace("qu", "k")
    if "c" in k:
        k = _C_SOFT.sub("s", k)
    k = k.translate(_SKELETON_LETTERS)
    if "gu" in k:
        k = _GU.sub("g", k)
    if "h" in k:
        k = _SILENT_H.sub("", k)
    return _DOUBLE.sub(_first_letter, k)


def _first_letter(m: re.Match) -> str:
    return m.group()[0]


def _variant_index(gaz: gz.Gazetteer) -> dict[str, int]:
    """Skeleton -> the one populated place of the study countries with a name of that skeleton
    (-1: several places share it). Built once per gazetteer (see _gaz_cache), from the name keys
    (each skeleton computed once; speed)."""
    ents = gaz.entries
    study = _STUDY
    index: dict[str, int] = {}
    for key, ks in gaz.by_key.items():
        if len(key) < _VARIANT_MIN - 1:
            continue
        for k in ks:
            e = ents[k]
            if e.feature_class == "P" and e.country in study:
                sk = _skeleton(key)
                index[sk] = k if index.get(sk, k) == k else -1
    return index


def _variant_hits(sk: str, index: dict[str, int]) -> set[int]:
    """The entries (-1: an ambiguous skeleton) whose skeleton is ``sk``, else those whose
    skeleton differs from it in one vowel after the first letter ("ogosagu" / "ogosogu",
    "uenkoro" / "uankoro"): the same skeleton is the stronger evidence."""
    exact = index.get(sk)
    if exact is not None:
        return {exact}
    hits = set()
    for i in range(1, len(sk)):
        swaps = _VOWEL_SWAPS.get(sk[i])
        if swaps:
            head, tail = sk[:i], sk[i + 1:]
            for v in swaps:
                hits.add(index.get(head + v + tail))
    hits.discard(None)
    return hits


def _variant_cands(text: str, starts: list[int], gaz: gz.Gazetteer, lex: _Lexicon, matches: list[re.Match],
                   words: list[str], infos: list[Any]) -> list[_Cand]:
    """Candidates for the spelling variants of villages the gazetteer holds ("in Dinangorrou" for
    Dinangorou, "the village of Wankorro" for Ouankoro/Wankoro).

    Conservative: a capitalised word of 6+ letters (lower case after the first) in a place slot
    ("in", "at", "near", "the village/town/locality of" right before it), not followed by another
    capitalised word, a hyphen or an apostrophe, not a gazetteer name or the start of one, not a
    ``never``/``needs_cue`` name, a title or a stop word, whose skeleton (:func:`_skeleton`) is that
    of exactly one populated place of Mali, Burkina Faso or Niger, or, when no place has that
    skeleton, whose skeleton with one vowel changed is that of exactly one (two places or a
    homonym: skipped). The candidate is cued (the slot) and resolves to that place (its point,
    units and id; the mention's name is the article's spelling, as for a place the gazetteer
    lacks); its qualifier comes from the slot as for any name.

    ``matches``, ``words``, ``infos``: the capitalised pieces of :func:`find_places` and their
    start infos (``_MAY_VARY``: no gazetteer name starts there, and the word passes the tests
    that read it alone, :func:`_may_vary`). Speed: only those pieces are visited (C-level
    compress; the word's own tests were done once per word, when it was first seen), and a
    suffix test on the text spares the slot regex on most of them.
    """
    out = []
    index = None
    endswith = text.endswith
    for i in compress(range(len(infos)), map(is_, infos, repeat(_MAY_VARY))):
        p = matches[i].start()
        if not endswith(_SLOT_ENDS, p - 6 if p > 6 else 0, p):  # the most selective test first
            continue
        if not _SLOT_BEFORE.search(text, max(0, p - 50), p):
            continue
        word = words[i]
        end = p + len(word)
        nm = _NEXT.match(text, end, end + 40)
        if nm and ((nm.group(1) == " " and nm.group(2)[0].isupper()) or nm.group(1) in ("-", "'", "’")):
            continue  # "in Ouenkorro Traore's house", "Ouenkorro-Dogon"
        key = _key(word)
        if index is None:
            index = _gaz_cache(gaz, "variants", lambda: _variant_index(gaz))
        hits = _variant_hits(_skeleton(key), index)
        if len(hits) != 1 or -1 in hits:
            continue
        k = hits.pop()
        before, after = text[max(0, p - 60):p], text[end:end + 60]
        qm = lex.qual_after.match(after) or lex.qual_before.search(before)
        qualifier, precision = lex.qualifiers[int(qm.lastgroup[1:])] if qm else ("", 1)
        out.append(_new_cand(_Cand, (p, end, _key(gaz.entries[k].name), _sentence_of(starts, p), (k,), True,
                                     False, qualifier, precision, False, "")))
    return out


_REF_COORD = re.compile(r"\s*[-–/]\s*|" + _COORD.pattern)  # _COORD, or a dash ("the Mali-Niger border")


def _share_references(text: str, kept: list[_Cand], country_ids: frozenset[int], lex: _Lexicon) -> None:
    """Give a reference country's qualifier ("border", "towards") to the countries coordinated
    with it in its sentence, forwards ("the border between Mali and Niger") and backwards ("the
    Mali-Niger border", "Mali and Niger's border"); ``kept`` is changed in place."""
    refs = lex.country_refs

    def country(c: _Cand) -> bool:
        return not country_ids.isdisjoint(c.entries)

    for order in (range(1, len(kept)), range(len(kept) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            a, b = kept[j], kept[i]  # a: the neighbour that may give its qualifier to b
            if a.direction in refs and a.sent == b.sent and b.direction not in refs and country(a) and country(b):
                lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
                if _REF_COORD.fullmatch(text, lo, hi) and not (
                        a.start < b.start and text.startswith(("'s", "’s"), b.end) and "and" not in text[lo:hi]
                        and "or" not in text[lo:hi]):
                    # (a possessive after a bare comma opens the next clause, no list: "the border
                    # with Mali, Niger's defence ministry said")
                    kept[i] = b._replace(direction=a.direction)


#: The field of an entry naming the unit of each level ("X area of Y province": X lies in Y).
_UNIT_LEVEL = {"ADM1": "admin1", "ADM2": "admin2"}
#: Units named after their seat town (a department, commune or cercle: "Matiacoali Department").
_SEAT_UNITS = frozenset({"ADM2", "ADM3"})
#: How far (km) from a unit's point its seat town may lie.
_SEAT_KM = 30.0


def _seat_town(gaz: gz.Gazetteer, e: gz.Entry) -> gz.Entry | None:
    """The town a department/commune/cercle is named after, when the name resolved to the unit
    and the text gives no unit word ("clashed with a group of terrorists at Matiacoali": GeoNames
    lists "Matiacoali" as a name of the department only, the town is spelt Matiakoali). News names
    a town there: the populated place of the same unit (country, region, province/cercle), within
    :data:`_SEAT_KM` of the unit's point, whose name has the unit's bare name's transliteration
    skeleton (:func:`_skeleton`); exactly one such place, else None (the unit stays). "Matiacoali
    department", "the commune of X" keep the unit (a region word or the "district" qualifier).
    Worked out once per unit and process."""
    seats = _gaz_cache(gaz, "seats")
    if e.id in seats:
        return seats[e.id]
    sk = _skeleton(_key(gz.bare_admin_name(e.name)))
    found = []
    if len(sk) >= 3:
        for t in _gaz_cache(gaz, "unit_towns", lambda: _unit_towns(gaz)).get((e.country, e.admin1, e.admin2), ()):
            if (_skeleton(_key(t.name)) == sk or any(_skeleton(_key(a)) == sk for a in t.alternate_names)) \
                    and _km(t.lat, t.lon, e.lat, e.lon) <= _SEAT_KM:
                found.append(t)
    seats[e.id] = out = found[0] if len(found) == 1 else None
    return out


def _unit_towns(gaz: gz.Gazetteer) -> dict[tuple, list[gz.Entry]]:
    """(country, admin1, admin2) -> the populated places of that unit (built once per gazetteer:
    :func:`_seat_town` then reads one unit's places, not the whole gazetteer)."""
    out: dict[tuple, list[gz.Entry]] = {}
    for t in gaz.entries:
        if t.feature_class == "P":
            out.setdefault((t.country, t.admin1, t.admin2), []).append(t)
    return out


def _mention_fields(gaz: gz.Gazetteer, e: gz.Entry, is_country: bool, c: _Cand) -> dict:
    """The fields of the mention of candidate ``c`` resolved to entry ``e`` but its span,
    text and sentence, as the template of :func:`_place_parts` (name, country, admin1, admin2,
    latitude, longitude, geo precision, feature, gazetteer id, qualifier). Depends only on ``e``
    and ``c``'s precision, qualifier, region word and direction."""
    prec, qual = c.precision, c.qualifier
    if e.feature_code in _SEAT_UNITS and e.feature_class == "A" and not c.region_word and qual != "district":
        seat = _seat_town(gaz, e)
        if seat is not None:
            e = seat  # "clashed with terrorists at Matiacoali": the town, not the department
    admin1, admin2 = e.admin1, e.admin2
    if is_country:
        prec, qual = 3, c.direction
    elif e.feature_code == "ADM1":
        prec, qual, admin2 = 3, qual or "region", None
    elif e.feature_code == "ADM2" and c.region_word:
        prec = 3
    elif c.region_word and e.feature_code in ("PPLA", "PPLC") and gaz.admin1_of(e.country, e.admin1 or ""):
        # "the Timbuktu region": the seat's name for its region
        e = gaz.admin1_of(e.country, e.admin1)
        prec, qual, admin1, admin2 = 3, "region", e.admin1, None
    elif c.region_word:
        prec, qual = 2, "region"  # a town named with a region word: the area around it
    return _place_parts(e.name, e.country, admin1, admin2, e.lat, e.lon, prec, e.feature, e.id, qual)


def _place_parts(name: str, country: str, admin1: str | None, admin2: str | None, latitude: float,
                 longitude: float, geo_precision: int, feature: str, gazetteer_id: str,
                 qualifier: str) -> dict:
    """The fields of a ``PlaceMention`` but its span, text and sentence, as the template dict
    :func:`_place` copies: every field in field order, those four set to None."""
    return {"start": None, "end": None, "text": None, "name": name, "country": country, "admin1": admin1,
            "admin2": admin2, "latitude": latitude, "longitude": longitude, "geo_precision": geo_precision,
            "sentence_index": None, "feature": feature, "gazetteer_id": gazetteer_id, "qualifier": qualifier}


def _place(start: int, end: int, text: str, sentence_index: int, template: dict) -> PlaceMention:
    """``PlaceMention(start, end, text, ..., sentence_index, ...)`` with the other fields from
    ``template = _place_parts(...)``.

    Speed: the template is worked out once per entry and qualifier (a country named ten times);
    :func:`analysis.records.filled` gives the new instance a copy of it with those four values
    replaced as its ``__dict__`` (test_places_speed checks it agrees with the constructor).
    """
    return filled(PlaceMention, template, start=start, end=end, text=text, sentence_index=sentence_index)


@lru_cache(maxsize=4)
def _demonym_groups(demonyms: tuple[tuple[str, str], ...]) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """``demonyms`` in order, in runs of words sharing their first four characters, each with
    the run's common prefix: a text without the prefix holds none of its words (speed: one
    scan instead of one per word)."""
    runs: list[list[tuple[str, str]]] = []
    for item in demonyms:
        if runs and runs[-1][0][0][:4] == item[0][:4] and len(item[0]) >= 4:
            runs[-1].append(item)
        else:
            runs.append([item])
    return tuple((os.path.commonprefix([w for w, _ in run]), tuple(run)) for run in runs)


def _count_word(text: str, word: str) -> int:
    """How often ``word`` (or its plural in "s") stands in ``text`` as a whole word, case as
    written ("Malian", "Malians", not "Somalian"). Speed: ``str.find`` (C), no regex scan."""
    i = text.find(word)
    n = 0
    while i >= 0:
        j = i + len(word)
        if j < len(text) and text[j] == "s":
            j += 1
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            n += 1
        i = text.find(word, j)
    return n


def _units_named(c: _Cand, ents) -> set[tuple]:
    """The units a candidate with a region word names: "the Mopti region", "the Timbuktu region"
    (the region, or the one its seat heads: (country, admin1)); else "the province of Soum",
    "Douentza cercle" (a second-level unit: (country, admin1, admin2)). "The Tahoua region" names
    the region, not its department of the same name."""
    seats = [ents[k] for k in c.entries if ents[k].feature_code == "ADM1"] or [
        ents[k] for k in c.entries if ents[k].feature in ("P.PPLA", "P.PPLC") and ents[k].admin1]
    if seats:
        return {(e.country, e.admin1) for e in seats}
    return {(e.country, e.admin1, e.admin2) for e in map(ents.__getitem__, c.entries)
            if e.feature_code == "ADM2" and e.admin1 and e.admin2}


def _locators(text: str, accepted: list[_Cand], gaz: gz.Gazetteer) -> tuple[dict[int, tuple[frozenset, frozenset]], set[int]]:
    """The country and units that locate a place in its own phrase, by position in ``accepted``,
    and the positions of the places located in another country than the study countries
    (``_STUDY``).

    "Koutougou, in the province of Soum", "Kaya, in Mali's Mopti region", "Mali's Boni",
    "Boni (Mali)": the homonym there is meant. "Karimama in northern Benin", "Benin's Karimama",
    "Kafolo, a village in northern Côte d'Ivoire": a place of that country, which the gazetteer
    (Mali, Burkina Faso and Niger) cannot hold; its homonym in a study country is not it.

    Speed: what each candidate is (a country, a unit named with a unit word, or neither) is
    looked up once (the per-entries cache of :func:`_entry_countries`), and the regular
    expressions run only beside a country or a unit of the same sentence.
    """
    out: dict[int, tuple[frozenset, frozenset]] = {}
    foreign: set[int] = set()
    ents = gaz.entries
    cache = _gaz_cache(gaz, "entry_countries")
    # per candidate: its countries (a country), True (a unit word), or () (neither)
    kinds: list[Any] = []
    for d in accepted:
        cs = cache.get(d.entries)
        if cs is None:
            cs = _entry_countries(gaz, d.entries)
        kinds.append(cs or (True if d.region_word else ()))
    n = len(accepted)
    for i in range(n):
        if kinds[i] and kinds[i] is not True:
            continue  # a country is located by nothing
        k_d = kinds[i + 1] if i + 1 < n else ()
        k_b = kinds[i - 1] if i > 0 else ()
        if not (k_d or k_b):
            continue  # (most candidates: no regex)
        c = accepted[i]
        countries: set[str] = set()
        units: set[tuple] = set()
        is_foreign = False
        if k_d:
            d = accepted[i + 1]
            if d.sent == c.sent and d.start - c.end <= 90 and _LOCATOR_GAP.fullmatch(text, c.end, d.start) \
                    and (_HAS_LOWER.search(text, c.end, d.start) or _LOCATOR_END.match(text, d.end)):
                e = accepted[i + 2] if i + 2 < n else None
                if e is not None and e.sent != c.sent:
                    e = None
                if k_d is not True:
                    if all(x not in _STUDY for x in k_d):
                        is_foreign = True
                    countries.update(k_d)
                    if e is not None and e.region_word and _LOCATOR_BEFORE.fullmatch(text, d.end, e.start):
                        units |= _units_named(e, ents)  # "in Mali's Mopti region"
                else:
                    units |= _units_named(d, ents)
                    if e is not None and kinds[i + 2] and kinds[i + 2] is not True \
                            and _UNIT_OF_COUNTRY.fullmatch(text, d.end, e.start):
                        countries.update(kinds[i + 2])  # "in the Mopti region of Mali"
        if k_b and not is_foreign:
            b = accepted[i - 1]
            if b.sent == c.sent and c.start - b.end <= 60 and _LOCATOR_BEFORE.fullmatch(text, b.end, c.start):
                if k_b is not True:
                    if all(x not in _STUDY for x in k_b):
                        is_foreign = True
                    countries.update(k_b)
                else:
                    units |= _units_named(b, ents)
        if is_foreign:
            foreign.add(i)
        elif countries or units:
            out[i] = (frozenset(countries), frozenset(units))
    return out, foreign


#: "in the ", "at the ", "near the " right before a name (see _Lexicon.site_after).
_IN_THE = re.compile(r"\b(?i:in|at|near|inside|outside|around)\s+the\s+$")


def _has_cue(text: str, start: int, key: str, qualifier: str, before: str, after: str, prev_w: str,
             prev_gap: str, next_w: str, next_gap: str, lex: _Lexicon) -> bool:
    """Is the candidate at ``start`` (name key ``key``, qualifier ``qualifier``) cued as a place:
    a locative before it, a place noun after it, "the <place noun> of X", an apposition, a
    qualifier, or a list after "<place noun> of"?

    Speed: the tests are pure, so they run one at a time, cheapest first, up to the first that
    holds (the regular expressions, the list's above all, only when nothing cheaper has)."""
    if qualifier:
        return True
    if next_gap == " " and next_w.casefold() in lex.place_nouns:
        return True  # "X area"
    pw = prev_w.casefold()
    locative = lex.strong_locative if key in lex.needs_cue else lex.locative
    if pw in locative and prev_gap.strip() == "":
        tail = before[-20:].casefold().rstrip()
        if not any(tail.endswith(x) for x in lex.not_locative):
            return True  # "in X", not "according to X"
    if pw in ("of", "the"):
        om = _OF_BEFORE.search(before)
        # "the village of X"; "just east of X", "20 km north of X" (a bearing from X: a locative)
        if om and (om.group(1).casefold() in lex.place_nouns or om.group(1).casefold() in _BEARINGS
                   or (om.group(1).casefold() in lex.office_nouns and key not in lex.needs_cue)):
            return True
    if pw == "the" and next_gap == " " and next_w[:1].islower() and key not in lex.needs_cue \
            and lex.site_after.match(after) and _IN_THE.search(before, max(0, len(before) - 16)):
        return True  # "in the X giraffe reserve", "at the X manganese mine"
    if _APPOSITION.match(after):
        return True  # "X, a village ..."
    if (pw == "and" or prev_gap.strip() == ",") and key not in lex.needs_cue:
        return bool(lex.list_of.search(text, max(0, start - 120), start))
    return False


def _in_named_unit(gaz: gz.Gazetteer, entries: tuple[int, ...], after: str) -> bool:
    """Is a weak name located, right after it, in a unit named with its unit word that holds one
    of its homonyms ("Thiou, in the Nord region", "Karma, also in the Nord region", "Dogofry, in
    the Niono district", "Toeni (Sourou province)"; :data:`_IN_UNIT_APPOS`)? Then it is a place
    (a cue). A unit that holds none of them says the name is another place ("Soro, in Yatenga
    province" when the gazetteer's Soro lie elsewhere: a village it lacks, see
    :func:`_unlisted_in_unit`)."""
    m = _IN_UNIT_APPOS.match(after)
    if m is None:
        return False
    units = gaz.by_key.get(_key(m.group("unit")))
    if not units:
        return False
    region = m.group("word").casefold() == "region"
    ents = gaz.entries
    for k in units:
        u = ents[k]
        for e in map(ents.__getitem__, entries):
            if e.country == u.country and e.admin1 == u.admin1 and (region or (u.admin2 and e.admin2 == u.admin2)):
                return True
    return False


def _unlisted(text: str, sentences: list[Sentence], starts: list[int], mentions: list[PlaceMention],
              gaz: gz.Gazetteer, lex: _Lexicon) -> list[PlaceMention]:
    """Places the gazetteer lacks, named as such: "the village of X", "in X, a locality ...".

    Small villages are often missing from GeoNames. Such a name is kept with the location of
    the nearest place named in the same sentence (geo precision 2 beside a town or a province,
    cercle or department, 3 beside a region or a country; ``feature="unlisted"``, no gazetteer id), as ACLED codes an unknown
    village at the nearest known place. Without any place in the sentence it is not coded.
    """
    hits = _settlement_hits(text, lex)
    if not hits:
        return []
    found = {}
    for h in hits:  # the patterns are tried only around a settlement noun (speed)
        m = lex.unlisted_of.match(text, h)
        if m:
            found[m.start()] = m
        # the apposition needs ", a"/", an" in the window: test that first (a literal scan)
        m = (lex.unlisted_appos.search(text, max(0, h - 90), h + 20)
             if _APPOS_GATE.search(text, max(0, h - 90), h + 20) else None)
        if m:
            found[m.start()] = m
    if not found:
        return []
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for _, m in sorted(found.items()):
        for nm in re.finditer(r"[^,]+?(?=\s*,|\s+(?:and|or)\s+|$)", m.group("names")):
            surface = re.sub(r"^(?:and|or)\s+", "", nm.group().strip())
            if not surface:
                continue
            start = m.start("names") + m.group("names").index(surface, nm.start())
            end = start + len(surface)
            key = gz.name_key(surface)
            if (key in gaz.by_key or key in lex.never or key in lex.needs_cue or surface.casefold() in lex.titles
                    or any(s0 < end and start < e0 for s0, e0 in taken)):
                continue
            si = _sentence_of(starts, start)
            same = [p for p in mentions if p.sentence_index == sentences[si].index and p.gazetteer_id]
            towns = [p for p in same if p.feature != "country"]
            pool = towns or same
            if not pool:
                continue
            anchor = min(pool, key=lambda p: (abs(p.start - start), p.start))
            # (a province, cercle or department is a small area: precision 2 in it, as beside a town)
            local = anchor.feature != "country" and (anchor.geo_precision <= 2 or anchor.feature in _SMALL_UNITS)
            out.append(PlaceMention(
                start=start, end=end, text=surface, name=surface, country=anchor.country,
                admin1=anchor.admin1, admin2=anchor.admin2 if local else None,
                latitude=anchor.latitude, longitude=anchor.longitude, geo_precision=2 if local else 3,
                sentence_index=sentences[si].index, feature="unlisted", gazetteer_id="",
                qualifier="unlisted",
            ))
            taken.append((start, end))
    return out


#: Units small enough for a village in them to be coded at geo precision 2 (province, cercle, department).
_SMALL_UNITS = frozenset({"A.ADM2", "A.ADM3"})
#: The units a village list may be located in ("in Nondin and Soro in the northern Yatenga province").
_UNIT_FEATURES = frozenset({"A.ADM1", "A.ADM2", "A.ADM3"})
_NAME1 = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,}(?:-[A-Za-zÀ-ÖØ-Þà-öø-ÿ]+)*"  # one word ("Nondin", "Kani-Bonzon")
#: "(in|at|near) A, B and C (,) (in) (the) (northern) <unit>": the names before the unit mention
_IN_UNIT = re.compile(rf"\b(?:[Ii]n|at|near)\s+(?P<names>{_NAME1}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME1}){{0,5}})"
                      r"(?:\s*,)?\s+(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west|centr)[a-z-]*\s+)?$")
_IN_UNIT_NAME = re.compile(_NAME1)
_CALENDAR = frozenset(w.casefold() for w in text_mod.MONTH_NAMES + text_mod.WEEKDAY_NAMES) | {"ramadan"}


def _unlisted_in_unit(text: str, sentences: list[Sentence], starts: list[int], mentions: list[PlaceMention],
                      gaz: gz.Gazetteer, lex: _Lexicon) -> list[PlaceMention]:
    """Villages the gazetteer lacks, located by the unit named right after them: "soldiers executed
    223 villagers in Nondin and Soro in the northern Yatenga province", "an attack at Ibogo, in
    Seno province", "near Kodiogo and Bouro, Soum province". A one-word capitalised name in the
    place slot (after "in", "at", "near"; a list of them) before a unit named with its unit word
    (qualifier "region": province, region, cercle, department) that no mention has taken is a
    place: the one populated place of that name inside the unit when the gazetteer has it (its
    point, a weak name that lacked a cue), else ``unlisted`` at the unit (its units and point; geo
    precision 2 in a province, cercle or department, 3 in a region), as ACLED codes an unknown
    village at the nearest known unit. A name whose homonyms
    all lie elsewhere is such an unknown village (the text locates it). Not: stop words, titles,
    ``never``/``needs_cue`` names, month and day names, countries and demonyms."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    ents = gaz.entries
    for u in mentions:
        if u.qualifier != "region" or u.feature not in _UNIT_FEATURES:
            continue
        m = _IN_UNIT.search(text, u.start - 160 if u.start > 160 else 0, u.start)
        if m is None:
            continue
        level = "admin1" if u.feature == "A.ADM1" else "admin2"
        for nm in _IN_UNIT_NAME.finditer(text, m.start("names"), m.end("names")):
            start, end, word = nm.start(), nm.end(), nm.group()
            if any(s0 < end and start < e0 for s0, e0 in taken):
                continue  # a place found already ("in Djibo and Arbinda in Soum province")
            low, key = word.casefold(), _key(word)
            if (low in _STOP_WORDS or low in _CALENDAR or low in lex.directions or low in lex.titles or key in lex.never or key in lex.needs_cue
                    or low in demonym_words()):
                continue
            inside = [ents[k] for k in gaz.by_key.get(key, ()) if ents[k].feature_class == "P"
                      and ents[k].country == u.country and getattr(ents[k], level) == getattr(u, level)]
            si = sentences[_sentence_of(starts, start)].index
            if len(inside) == 1:
                e = inside[0]
                out.append(PlaceMention(start=start, end=end, text=word, name=e.name, country=e.country,
                                        admin1=e.admin1, admin2=e.admin2, latitude=e.lat, longitude=e.lon,
                                        geo_precision=1, sentence_index=si, feature=e.feature, gazetteer_id=e.id,
                                        qualifier=""))
            elif not inside:
                out.append(PlaceMention(start=start, end=end, text=word, name=word, country=u.country,
                                        admin1=u.admin1, admin2=u.admin2 if level == "admin2" else None,
                                        latitude=u.latitude, longitude=u.longitude,
                                        geo_precision=2 if u.feature in _SMALL_UNITS else 3,
                                        sentence_index=si, feature="unlisted", gazetteer_id="", qualifier="unlisted"))
            else:
                continue
            taken.append((start, end))
    return out


# Non-ASCII characters that case-insensitive matching equates with an ASCII letter ("ſ" = "s",
# Kelvin sign = "k", dotted/dotless i) or whose lower case is longer: with none of them in a
# text, ``text.lower()`` keeps offsets and finds exactly what ``(?i:ascii words)`` finds.
_FOLD_CHARS = text_mod.FOLD_CHARS


def _folded(text: str) -> tuple[str | None, bool]:
    """(``text.casefold()``, is ``_Lexicon.ref_hint_low`` exact on it), or (None, False) when the case
    fold is longer than ``text`` (speed: one fold per article for the window tests of
    :func:`find_places`).

    ``str.casefold`` folds one character at a time, with no context; when it keeps the length,
    every character folds to exactly one, so ``low[a:b] == text[a:b].casefold()`` for every
    window and a pattern without anchors, boundaries or lookarounds finds in ``low`` between
    ``a`` and ``b`` what it finds in the window's case fold. Without the ``_FOLD_CHARS`` as
    well, a non-ASCII character neither folds to nor case-insensitively matches an ASCII
    letter (test_places_speed checks both over all of Unicode), so ASCII hint words are found
    in ``low`` exactly where the case-insensitive ``ref_hint`` finds them in ``text``.
    """
    low = text.casefold()
    if len(low) != len(text):
        return None, False
    return low, not any(ch in text for ch in _FOLD_CHARS)


def _settlement_hits(text: str, lex: _Lexicon) -> list[int]:
    """Start offsets of ``lex.settlement_hint.finditer(text)`` (speed).

    The regex has no literal prefix, so sre tries it at every position (~0.1 ms for 2 kB);
    instead the nouns are found with ``bytes.find`` in the lower-cased text and the regex is
    tried only there. Its matches are whole words, so they never overlap and every match
    starts where a noun starts. Falls back to the plain scan when the trick is not exact.

    The lower-cased text is ``text.encode("latin-1", "replace").lower()``: one byte per
    character (a character beyond Latin-1 becomes "?"), ASCII letters lower-cased. The stems
    are ASCII letters, and no character but those of ``_FOLD_CHARS`` lower-cases to an ASCII
    letter, so a stem is found at the same offsets as in ``text.lower()``; several times
    cheaper than ``str.lower`` and ``str.find`` on a text with curly quotes (speed).
    """
    stems = lex.settlement_stems
    # four substring tests instead of the regex: sre tries a character class at every position
    if not stems or any(ch in text for ch in _FOLD_CHARS):
        return [h.start() for h in lex.settlement_hint.finditer(text)]
    low = text.encode("latin-1", "replace").lower()
    found = set()
    for stem in _ascii_bytes(stems):
        i = low.find(stem)
        while i >= 0:
            found.add(i)
            i = low.find(stem, i + 1)
    if not found:
        return []
    match = lex.settlement_hint.match
    return [p for p in sorted(found) if match(text, p)]


@lru_cache(maxsize=4)
def _ascii_bytes(words: tuple[str, ...]) -> tuple[bytes, ...]:
    """``words`` (ASCII) as bytes, for ``bytes.find``."""
    return tuple(w.encode("ascii") for w in words)


@lru_cache(maxsize=4)
def _reach(words: frozenset[str]) -> int:
    """How far before a name :func:`_prev_word` can find one of ``words`` (case-folded): the
    longest word and a gap of up to 10 characters (a word is never longer than its case fold)."""
    return max((len(w) for w in words), default=0) + 11


@lru_cache(maxsize=8)
def _dir_gate(directions: frozenset[str]) -> re.Pattern:
    """Finds any direction word that contains no other one ("north", not "northern").

    (It finds a string holding any of a set of words: also used for ``not_country_before``.)
    """
    words = sorted(d for d in directions if not any(o != d and o in d for o in directions))
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


@lru_cache(maxsize=4)
def _either_gate(words: frozenset[str], more: frozenset[str]) -> re.Pattern:
    """``_dir_gate(words | more)``, remembered for the two sets (speed: no union per call)."""
    return _dir_gate(words | more)


def _direction_before(before: str, directions: frozenset[str], gate: re.Pattern | None = None) -> str:
    """ "northern Mali", "north-eastern Mali", "the north of Mali", "the northern part of Mali" -> the direction.

    ``gate`` is ``_dir_gate(directions)`` when the caller has it at hand (speed).
    """
    if not (gate or _dir_gate(directions)).search(before[-40:].casefold()):
        return ""  # speed: a direction word is a substring of the case-folded window
    return _direction_words(before, directions)


def _direction_words(before: str, directions: frozenset[str]) -> str:
    """:func:`_direction_before` once its first test has passed (a direction word is in the
    case fold of ``before[-40:]``)."""
    # only the last three words matter: rsplit gives them (and whether there are three) without
    # splitting the whole window (speed; the same words as split()[-3:])
    words = [w.strip(".,;:()\"“”'’").casefold() for w in before[-40:].rsplit(None, 3)[-3:]]
    if not words:
        return ""
    if words[-1] in directions:
        return words[-1]
    if len(words) >= 3 and words[-1] == "of" and words[-2] in directions and words[-3] == "the":
        return words[-2]
    if len(words) >= 3 and words[-2:] == ["part", "of"] and words[-3] in directions:
        return words[-3]
    return ""


def _prev_word(text: str, pos: int, floor: int) -> tuple[str, str, int]:
    """The word before ``pos`` (not before ``floor``), the text between, and the word's start.

    Speed: the usual case, one space after a word of letters that follows a space (or
    ``floor``), is read with ``rfind`` and ``isalpha`` (C) instead of a loop per character: the
    loops below stop at that space, as they stop at any character neither a letter nor an
    apostrophe after one (test_places_speed compares the two on random strings).
    """
    j = pos - 1
    if j > floor and text[j] == " ":
        s = text.rfind(" ", floor, j) + 1
        if s == 0:
            s = floor
        if s < j:
            word = text[s:j]
            if word.isalpha():
                return word, " ", s
    return _prev_word_plain(text, pos, floor)


def _prev_word_plain(text: str, pos: int, floor: int) -> tuple[str, str, int]:
    """:func:`_prev_word`, a character at a time (the reference, and every case but the usual)."""
    j = pos
    while j > floor and not text[j - 1].isalnum():
        j -= 1
        if pos - j > 10:
            return "", "", pos
    k = j
    while k > floor and (text[k - 1].isalpha() or (text[k - 1] in "'’" and k - 2 >= floor and text[k - 2].isalpha())):
        k -= 1
    if k == j:
        return "", "", pos
    return text[k:j], text[j:pos], k


def _country_attached(text: str, c: _Cand, country_spans, ents) -> bool:
    """Is one of the candidate's countries named right next to it, in the same clause?

    "the Sahel region of Burkina Faso", "Burkina Faso's Sahel region": yes;
    "the broader Sahel region, as ... in Burkina Faso and Mali": no.
    """
    countries = {ents[k].country for k in c.entries}
    for s0, e0, country in country_spans:
        if country not in countries:
            continue
        gap = text[e0:c.start] if e0 <= c.start else text[c.end:s0]
        if len(gap) <= 40 and not re.search(r"[,;:.()]|\b(?:and|or|as|while|but)\b", gap):
            return True
    return False


def _region_of_previous(text: str, accepted: list[_Cand], i: int, ents) -> bool:
    """Does the region_words_only candidate ``accepted[i]`` name the region of the place right
    before it, in that place's own phrase ("Boungou, in the Est region", "the Boungou mine in the
    Est region", "Solhan (Sahel region)")? Then it is the unit, not a general area: the place has
    a homonym in that region. "Gao, in the broader Sahel region": no homonym there, not a unit.
    """
    c = accepted[i]
    if not c.region_word or i == 0:
        return False
    b = accepted[i - 1]
    if b.sent != c.sent or c.start - b.end > 60 or not _LOCATOR_GAP.fullmatch(text, b.end, c.start) \
            or not (_HAS_LOWER.search(text, b.end, c.start) or "(" in text[b.end:c.start]):
        return False
    units = _units_named(c, ents)
    return any((e.country, e.admin1) in units for e in map(ents.__getitem__, b.entries))


def _allowed_neighbour(word: str, lex: _Lexicon) -> bool:
    """May ``word`` (capitalised) stand next to a place name without making it a person's name?"""
    w = word.casefold()
    return w in lex.neighbours or w in _STOP_WORDS  # "In Mopti", "The Gao region", "Near Kidal"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
