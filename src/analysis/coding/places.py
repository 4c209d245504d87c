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
:func:`_unlisted`).

How a mention is resolved
-------------------------
Homonyms are scored by feature (country > capital > region seat > ... > populated place >
administrative unit > camp/airport > well), population, a news alias, the name itself over an
alternate name (GeoNames lists "Boni" as an alternate name of Bouani; news writing "Boni" means
a place called Boni), the country and region named in the same sentence (also "central/northern
Mali"; a region may be named by its seat: "the Timbuktu region"), those named beside another
mention of the same name in the article, somewhat less (one sense per article: "the town of
Lere ... Lere lies in the Timbuktu region"), the countries of the article, the country most of
its unambiguous places lie in (the dateline's city counts: an article datelined Bamako that
never writes "Mali"), and closeness to those places (a second pass). A region word ("the Ménaka
region", "region of Tahoua") makes administrative units win.

Geo precision (ACLED): 1 the named town; 2 "near X", "outskirts of X", "X area", "km from X",
"X district/commune", and a town named with a region word ("the Tinzaouaten region": not an
administrative unit, so the area around the town); 3 a first- or second-level unit
("Ménaka region": admin1 set, the unit's GeoNames point) or a country ("northern Mali": admin1
None, the country's point, qualifier = the direction).

"X district of Y" / "X neighbourhood of Y": X is a part of Y; a homonym of X farther than 30 km
from Y is not it, and the mention is dropped (neighbourhoods are not in the gazetteer).

Speed: regular expressions and dictionary lookups over the capitalised words only; no spaCy
pipeline call (only its English stop-word list), no geometry (admin units are precomputed in the
gazetteer), one resolution per name and context, no cue search on a strong name (it is accepted
anyway). About 0.4 ms of CPU for a 2 kB article (most of it Python glue per candidate, not the
regular expressions).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache


from analysis import paths, yamlfile
from analysis.coding import gazetteer as gz
from analysis.errors import InputError
from analysis.records import PlaceMention, Sentence

_PIECE = re.compile(r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
# A piece starting with a capital at the start of a word (not "McCain", "d'Ivoire"): one scan
# instead of a Python test at every capital letter. Matches never overlap a word start, so it
# finds the same pieces as _PIECE.match at each such capital. The capital comes first and the
# word-start test after it (a lookbehind over it and the character before), so that sre skips
# to the capitals instead of trying every position (3x faster).
_CAP_PIECE = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024f](?<![^\W_].)(?<!['’].)[^\W\d_]*(?:['’](?![sS]\b)[^\W\d_]+)*")
_ELIDED_CAP = re.compile(r"[a-z]{1,2}['’][^\W\d_a-z]")  # "d'Ivoire", "N'Djamena" is capitalised anyway
_SEP = re.compile(r" |-|‐|['’] ?")  # what may join the pieces of one name
_NEXT = re.compile(r"([^\w]*)([^\W\d_]+)")
_PART_OF = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|area|part)\s+of\s+(?:the\s+)?"
                      r"(?:(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)
_REGION_IN_NAME = re.compile(r"(?i)\b(?:region|province|cercle|department)$")
_POSSESSIVE_DIR = re.compile(r"^['’]s\s+(?P<d>[a-z-]+)\b", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:town|village|city|locality|commune|"
                         r"hamlet|settlement|capital)\b", re.IGNORECASE)
_COORD = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)\s*")
_APPOS_GATE = re.compile(r",\s+(?i:an?)\s+")  # a necessary part of _Lexicon.unlisted_appos
_OF_BEFORE = re.compile(r"([^\W\d_]+)\s+of\s+(?:the\s+)?$")

_FEATURE_RANK = {
    "country": 100, "P.PPLC": 40, "P.PPLA": 34, "P.PPLA2": 28, "P.PPLA3": 22, "P.PPL": 16,
    "A.ADM1": 18, "A.ADM2": 14, "A.ADM3": 10,
    "S.AIRP": 9, "S.AIRF": 9, "S.MILB": 9, "S.INSM": 9, "S.CMP": 7, "S.MN": 7,
    "H.WLL": 4,
}
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


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    path = paths.REFERENCE / "places.yaml"
    d = yamlfile.read(path, "place lexicon")

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
                acc.append(f"(?P<q{i}>{q[side]})")
    dirs = sorted(words("directions"), key=len, reverse=True)
    nouns = "|".join(sorted((re.escape(w) for w in words("place_nouns")), key=len, reverse=True))
    settle = "|".join(sorted((re.escape(w) for w in words("settlement_nouns")), key=len, reverse=True)) or "(?!)"
    name = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’][^\W\d_]+)?(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2}"
    sep = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    return _Lexicon(
        never=keys("never"), needs_cue=keys("needs_cue"), region_only=keys("region_words_only"),
        titles=words("titles"), neighbours=words("neighbours_allowed"),
        locative=words("locative_before"), strong_locative=words("strong_locative_before"),
        not_locative=tuple(sorted(words("not_locative"))), place_nouns=words("place_nouns"), qualifiers=tuple(quals),
        qual_before=re.compile("|".join(befores) or "(?!)", re.IGNORECASE),
        qual_after=re.compile("|".join(afters) or "(?!)", re.IGNORECASE),
        qual_hints=tuple(sorted(str(h).casefold() for h in d.get("qualifier_hints") or [])),
        list_of=re.compile(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?(?:{name}{sep})+$", re.IGNORECASE),
        settlement_hint=re.compile(rf"\b(?i:{_word_trie(words('settlement_nouns')) or settle})\b"),
        unlisted_of=re.compile(rf"\b(?i:{settle})\s+of\s+(?P<names>{name}(?:{sep}{name})*)"),
        unlisted_appos=re.compile(rf"\b(?i:in|at|near|from)\s+(?P<names>{name}),\s+(?i:an?)\s+"
                                  rf"(?:[a-z]+\s+)?(?i:{settle})\b"),
        directions=frozenset(dirs),
        not_country_after=words("not_country_after"), not_country_before=words("not_country_before"),
        settlement_stems=_stems(words("settlement_nouns")),
        qual_hint_rx=re.compile("|".join(re.escape(str(h).casefold()) for h in d.get("qualifier_hints") or []) or "(?!)"),
    )


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
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@dataclass
class _Cand:
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


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return gz.name_key(word)


_STRONG_CACHE: dict[tuple[int, str], bool] = {}


def _strong(gaz: gz.Gazetteer, key: str) -> bool:
    """A name that needs no cue: a country, a unit, a seat, a town of 1,000+, a news alias."""
    ck = (id(gaz), key)
    hit = _STRONG_CACHE.get(ck)
    if hit is None:
        ents = gaz.entries
        hit = _STRONG_CACHE[ck] = key in gaz.alias_keys or any(
            ents[k].feature in _STRONG_FEATURES or ents[k].population >= 1000 for k in gaz.by_key[key])
    return hit


_COUNTRY_IDS: list = [None, frozenset()]  # [gazetteer, indices of its country entries]


def _country_ids(gaz: gz.Gazetteer) -> frozenset[int]:
    """Indices of the gazetteer's country entries (built once per gazetteer; the last one kept)."""
    if _COUNTRY_IDS[0] is not gaz:
        _COUNTRY_IDS[:] = [gaz, frozenset(k for k, e in enumerate(gaz.entries) if e.is_country)]
    return _COUNTRY_IDS[1]


_BASE_SCORES: list = [None, {}]  # [gazetteer, entry index -> _base_score]


def _base_scores(gaz: gz.Gazetteer) -> dict[int, float]:
    """The cache of :func:`_base_score` by entry index for ``gaz`` (the last gazetteer only)."""
    if _BASE_SCORES[0] is not gaz:
        _BASE_SCORES[:] = [gaz, {}]
    return _BASE_SCORES[1]


def _base_score(e: gz.Entry) -> float:
    """The part of a homonym's score that depends on the entry alone: feature and population."""
    s = _FEATURE_RANK.get(e.feature, 12 if e.feature_class == "P" else 3)
    if not e.is_admin:  # a unit's population says nothing about how often news names it
        s += 3 * math.log10(e.population + 1)
    return s


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
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]

    # candidates: from each capitalised word, the longest run of pieces that is a gazetteer name
    cands: list[_Cand] = []
    by_key = gaz.by_key
    max_words = gaz.max_words
    prefixes = gaz.prefixes
    pos_done = 0
    for m in _CAP_PIECE.finditer(text):
        p = m.start()
        if p < pos_done:
            continue
        w0 = m.group()
        if not w0[0].isupper():
            continue  # a lowercase Latin Extended-A letter
        if 1 < len(w0) <= 3 and w0.isupper():  # UN, AP, AFP, CSP
            continue
        k0 = _key(w0)
        if k0 not in by_key and k0 not in prefixes:
            continue  # most capitalised words: neither a name nor the start of one
        key, found, end = "", None, 0
        for _ in range(max_words):
            if m is None:
                break
            w = m.group()
            key += _key(w)
            if (w[0].isupper() or _ELIDED_CAP.match(w)) and key in by_key:
                found, end = key, m.end()
            if key not in prefixes:
                break
            sep = _SEP.match(text, m.end())
            if sep is None:
                break
            m = _PIECE.match(text, sep.end())
        if found is None:
            continue
        si = _sentence_of(starts, p)
        cands.append(_Cand(start=p, end=end, key=found, sent=si, entries=by_key[found]))
        pos_done = end

    # sentence-level context: countries and regions named
    ents = gaz.entries
    country_ids = _country_ids(gaz)
    kept: list[_Cand] = []
    for c in cands:
        if c.key in lex.never:
            continue
        before = text[max(0, c.start - 60):c.start]
        after = text[c.end:c.end + 60]
        sent_start, sent_end = starts[c.sent], max(ends[c.sent], c.end)
        prev_w, prev_gap, _ = _prev_word(text, c.start, sent_start)
        nm = _NEXT.match(text, c.end, min(sent_end, c.end + 40))
        next_w, next_gap = (nm.group(2), nm.group(1)) if nm else ("", "")
        is_country = not country_ids.isdisjoint(c.entries)
        # "the Niger river", "River Niger"
        if is_country:
            if next_w.casefold() in lex.not_country_after and next_gap.strip() in ("", "-"):
                c.entries = tuple(k for k in c.entries if not ents[k].is_country)
            elif prev_w.casefold() in lex.not_country_before and prev_gap.strip() == "":
                c.entries = tuple(k for k in c.entries if not ents[k].is_country)
            if not c.entries:
                continue
            is_country = not country_ids.isdisjoint(c.entries)
        # person names and titles
        if not is_country:
            if prev_w and prev_w.casefold().rstrip(".") in lex.titles and prev_gap.strip() in ("", "."):
                continue
            possessive = prev_w[-2:] in ("'s", "’s") or prev_w[-1:] in ("'", "’")  # "Mali's Timbuktu region"
            if (prev_w and _is_cap(prev_w) and prev_gap == " " and not possessive
                    and not _allowed_neighbour(prev_w, lex)):
                continue
            if next_w and _is_cap(next_w) and next_gap == " " and not _allowed_neighbour(next_w, lex):
                continue
        # qualifiers (a country takes a direction instead)
        if not is_country:
            tail = before[-45:].casefold()
            qm = lex.qual_after.match(after) or (
                lex.qual_before.search(before) if lex.qual_hint_rx.search(tail) else None)
            if qm:
                c.qualifier, c.precision = lex.qualifiers[int(qm.lastgroup[1:])]
        c.region_word = c.qualifier == "region" or bool(_REGION_IN_NAME.search(text, c.start, c.end))
        if c.region_word and not c.qualifier:
            c.qualifier, c.precision = "region", 3
        if is_country:
            c.direction = _direction_before(before, lex.directions)
            if not c.direction:
                m2 = _POSSESSIVE_DIR.match(after)
                if m2 and m2.group("d").casefold() in lex.directions:
                    c.direction = m2.group("d").casefold()
        if c.key in lex.region_only:
            if not c.region_word:
                continue
        c.strong = _strong(gaz, c.key) and c.key not in lex.needs_cue
        # cue evidence. Not looked for on a strong name (speed): it is accepted anyway, and
        # its cue could only confirm other mentions of its key, which are strong too.
        if not c.strong:
            c.cue = _has_cue(text, c, before, after, prev_w, prev_gap, next_w, next_gap, lex)
        kept.append(c)

    # coordination: "Sokolo and Kalumba", "Intezayane, Bakorat, Woursanat"
    for a, b in zip(kept, kept[1:]):
        gap = text[a.end:b.start]
        if a.sent == b.sent and _COORD.fullmatch(gap) \
                and (a.cue or a.strong) and b.key not in lex.needs_cue:
            b.cue = True
    # a cue anywhere in the article confirms the name elsewhere (not for first names/surnames)
    cued = {c.key for c in kept if c.cue}
    accepted = [c for c in kept if c.cue or c.strong
                or (c.key in cued and c.key not in lex.needs_cue)]

    # region words and countries named per sentence
    sent_countries: dict[int, set[str]] = {}
    sent_admin1: dict[int, set[tuple[str, str]]] = {}
    art_countries: dict[str, int] = {}
    key_sents: dict[str, set[int]] = {}  # name -> the sentences that name it
    for c in accepted:
        key_sents.setdefault(c.key, set()).add(c.sent)
        if c.region_word:
            # "the Mopti region", "the Timbuktu region": the unit, or a seat naming its region
            seats = [ents[k] for k in c.entries if ents[k].feature_code == "ADM1"] or [
                ents[k] for k in c.entries if ents[k].feature in ("P.PPLA", "P.PPLC") and ents[k].admin1]
            for e in seats:
                sent_admin1.setdefault(c.sent, set()).add((e.country, e.admin1))
        for k in c.entries:
            e = ents[k]
            if e.is_country:
                sent_countries.setdefault(c.sent, set()).add(e.country)
                art_countries[e.country] = art_countries.get(e.country, 0) + 1
    out_c: list[tuple[_Cand, int]] = []
    country_spans = [(c.start, c.end, ents[c.entries[0]].country) for c in accepted
                     if ents[c.entries[0]].is_country]
    for c in accepted:
        if c.key in lex.region_only and not _country_attached(text, c, country_spans, ents):
            continue
        out_c.append((c, -1))

    most = max(art_countries.values()) if art_countries else 0  # not "top": pass 1 reuses that name
    base = _base_scores(gaz)

    def best_of(c: _Cand, anchors: list[tuple[float, float]]) -> int:
        """The entry of ``c`` with the highest score, the smallest id among equals."""
        # what depends on the candidate only is looked up once, not once per homonym
        region_word, district, key = c.region_word, c.qualifier == "district", c.key
        aliases = gaz.alias_ids.get(key, ())
        countries = sent_countries.get(c.sent, ())
        admin1s = sent_admin1.get(c.sent, ())
        # one sense per article: a country or region named beside another mention of the name
        # ("Lere lies in the Timbuktu region") counts for this one too, a little less
        others = key_sents.get(key, ())
        o_countries = {x for si in others if si != c.sent for x in sent_countries.get(si, ())}
        o_admin1s = {x for si in others if si != c.sent for x in sent_admin1.get(si, ())}

        def score(k: int) -> float:
            e = ents[k]
            s = base.get(k)
            if s is None:
                s = base[k] = _base_score(e)
            is_admin = e.feature_class == "A"
            if region_word and is_admin:
                s += 60 if e.feature_code == "ADM1" else 40
            if district and e.feature_code in ("ADM3", "ADM2"):
                s += 20
            if e.id in aliases:
                s += 40
            if _key(e.name) == key:
                s += 4  # the name itself, not one of its alternate names ("Boni", not Bouani)
            if e.admin2 and _key(e.admin2) == key:
                s += 8
            if e.country in countries:
                s += 25
            elif e.country in o_countries:
                s += 15
            if (e.country, e.admin1) in admin1s:
                s += 25
            elif (e.country, e.admin1) in o_admin1s:
                s += 15
            if anchor_country and e.country == anchor_country:
                s += 8  # the country of the article's other places (also the dateline's)
            if art_countries:
                if art_countries.get(e.country) == most:
                    s += 12
                elif e.country in art_countries:
                    s += 6
            if anchors and e.feature_class != "country":
                d = near.get(k)
                if d is None:
                    d = near[k] = min(_km(e.lat, e.lon, la, lo) for la, lo in anchors)
                s += 15 if d < 60 else 10 if d < 150 else 5 if d < 400 else 0
            return s

        return min(c.entries, key=lambda k: (-score(k), ents[k].id))

    # pass 1 without proximity; anchors = unambiguous non-country places
    anchor_country = ""  # set after pass 1: the country most of the anchors lie in
    anchors = []
    anchor_countries: dict[str, int] = {}
    chosen1: dict[tuple, int] = {}
    for idx, (c, _) in enumerate(out_c):
        if len(c.entries) == 1:
            out_c[idx] = (c, c.entries[0])
            if not ents[c.entries[0]].is_country:
                anchors.append((ents[c.entries[0]].lat, ents[c.entries[0]].lon))
                anchor_countries[ents[c.entries[0]].country] = anchor_countries.get(ents[c.entries[0]].country, 0) + 1
            continue
        ctx = (c.key, c.region_word, c.qualifier, frozenset(sent_countries.get(c.sent, ())),
               frozenset(sent_admin1.get(c.sent, ())))
        first = chosen1.get(ctx)
        if first is None:
            first = chosen1[ctx] = best_of(c, [])
        out_c[idx] = (c, first)
        top = ents[first]
        if not top.is_country and (top.feature in _STRONG_FEATURES or top.population >= 1000) \
                and not c.region_word:
            anchors.append((top.lat, top.lon))  # a clear winner (a town with a population) anchors too
            anchor_countries[top.country] = anchor_countries.get(top.country, 0) + 1
    if anchor_countries:
        ranked = sorted(anchor_countries.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:  # a tie says nothing
            anchor_country = ranked[0][0]
    # "the Fada district of Agadez": a part of the next place; a homonym far away is not it
    part_of = {}
    for (a, _), (b, bb) in zip(out_c, out_c[1:]):
        if _PART_OF.match(text, a.end, b.start) and b.start - a.end < 50:
            part_of[id(a)] = ents[bb]
    anchors = sorted(set(anchors))
    near: dict[int, float] = {}  # entry -> km to the nearest anchor
    chosen: dict[tuple, int] = {}  # the same name in the same context resolves the same way
    mentions = []
    for c, best in out_c:
        if len(c.entries) > 1:
            ctx = (c.key, c.region_word, c.qualifier, frozenset(sent_countries.get(c.sent, ())),
                   frozenset(sent_admin1.get(c.sent, ())))
            best = chosen.get(ctx)
            if best is None:
                best = chosen[ctx] = best_of(c, anchors)
        e = ents[best]
        whole = part_of.get(id(c))
        if whole is not None and not e.is_country and _km(e.lat, e.lon, whole.lat, whole.lon) > 30:
            continue
        prec, qual = c.precision, c.qualifier
        admin1, admin2 = e.admin1, e.admin2
        if e.is_country:
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
        si = sentences[c.sent].index
        mentions.append(PlaceMention(
            start=c.start, end=c.end, text=text[c.start:c.end], name=e.name, country=e.country,
            admin1=admin1, admin2=admin2, latitude=e.lat, longitude=e.lon, geo_precision=prec,
            sentence_index=si, feature=e.feature, gazetteer_id=e.id, qualifier=qual,
        ))
    mentions.extend(_unlisted(text, sentences, starts, mentions, gaz, lex))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _has_cue(text: str, c: _Cand, before: str, after: str, prev_w: str, prev_gap: str,
             next_w: str, next_gap: str, lex: _Lexicon) -> bool:
    """Is candidate ``c`` cued as a place: a locative before it, a place noun after it, "the
    <place noun> of X", an apposition, a qualifier, or a list after "<place noun> of"?"""
    pw = prev_w.casefold()
    noun_after = next_w.casefold() in lex.place_nouns and next_gap in (" ",)
    om = _OF_BEFORE.search(before) if pw in ("of", "the") else None
    of_after_noun = bool(om) and om.group(1).casefold() in lex.place_nouns
    appos = _APPOSITION.match(after)
    locative = lex.strong_locative if c.key in lex.needs_cue else lex.locative
    tail = before[-20:].casefold()
    loc_before = pw in locative and prev_gap.strip() == "" and not any(
        tail.rstrip().endswith(x) for x in lex.not_locative)
    in_list = pw == "and" or prev_gap.strip() == ","
    listed = in_list and c.key not in lex.needs_cue and lex.list_of.search(text, max(0, c.start - 120), c.start)
    return bool(loc_before or noun_after or of_after_noun or appos or c.qualifier or listed)


def _unlisted(text: str, sentences: list[Sentence], starts: list[int], mentions: list[PlaceMention],
              gaz: gz.Gazetteer, lex: _Lexicon) -> list[PlaceMention]:
    """Places the gazetteer lacks, named as such: "the village of X", "in X, a locality ...".

    Small villages are often missing from GeoNames. Such a name is kept with the location of
    the nearest place named in the same sentence (geo precision 2 beside a town, 3 beside a
    region or a country; ``feature="unlisted"``, no gazetteer id), as ACLED codes an unknown
    village at the nearest known place. Without any place in the sentence it is not coded.
    """
    hits = _settlement_hits(text, lex)
    if not hits:
        return []
    taken = [(m.start, m.end) for m in mentions]
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
            local = anchor.feature != "country" and anchor.geo_precision <= 2
            out.append(PlaceMention(
                start=start, end=end, text=surface, name=surface, country=anchor.country,
                admin1=anchor.admin1, admin2=anchor.admin2 if local else None,
                latitude=anchor.latitude, longitude=anchor.longitude, geo_precision=2 if local else 3,
                sentence_index=sentences[si].index, feature="unlisted", gazetteer_id="",
                qualifier="unlisted",
            ))
            taken.append((start, end))
    return out


# Non-ASCII characters that case-insensitive matching equates with an ASCII letter ("ſ" = "s",
# Kelvin sign = "k", dotted/dotless i) or whose lower case is longer: with none of them in a
# text, ``text.lower()`` keeps offsets and finds exactly what ``(?i:ascii words)`` finds.
_FOLD_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")


def _settlement_hits(text: str, lex: _Lexicon) -> list[int]:
    """Start offsets of ``lex.settlement_hint.finditer(text)`` (speed).

    The regex has no literal prefix, so sre tries it at every position (~0.1 ms for 2 kB);
    instead the nouns are found with ``str.find`` in the lower-cased text and the regex is
    tried only there. Its matches are whole words, so they never overlap and every match
    starts where a noun starts. Falls back to the plain scan when the trick is not exact.
    """
    stems = lex.settlement_stems
    if not stems or _FOLD_SPECIAL.search(text):
        return [h.start() for h in lex.settlement_hint.finditer(text)]
    low = text.lower()
    found = set()
    for stem in stems:
        i = low.find(stem)
        while i >= 0:
            found.add(i)
            i = low.find(stem, i + 1)
    if not found:
        return []
    match = lex.settlement_hint.match
    return [p for p in sorted(found) if match(text, p)]


@lru_cache(maxsize=4)
def _dir_gate(directions: frozenset[str]) -> re.Pattern:
    """Finds any direction word that contains no other one ("north", not "northern")."""
    words = sorted(d for d in directions if not any(o != d and o in d for o in directions))
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _direction_before(before: str, directions: frozenset[str]) -> str:
    """ "northern Mali", "north-eastern Mali", "the north of Mali", "the northern part of Mali" -> the direction."""
    if not _dir_gate(directions).search(before[-40:].casefold()):
        return ""  # speed: a direction word is a substring of the case-folded window
    words = [w.strip(".,;:()\"“”'’").casefold() for w in before[-40:].split()]
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
    """The word before ``pos`` (not before ``floor``), the text between, and the word's start."""
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


def _allowed_neighbour(word: str, lex: _Lexicon) -> bool:
    """May ``word`` (capitalised) stand next to a place name without making it a person's name?"""
    w = word.casefold()
    return w in lex.neighbours or w in _STOP_WORDS  # "In Mopti", "The Gao region", "Near Kidal"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
