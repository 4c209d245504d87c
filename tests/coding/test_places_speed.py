"""The speed shortcuts of places.py decide exactly as the plain tests they stand in for.

Each test compares a shortcut with the expression it replaces (kept here as the reference) on
strings written for the test, corner cases included.
"""

from __future__ import annotations

import re

from analysis.coding import places as P


def test_start_info_same_as_the_plain_tests():
    gaz = P.gz.load()
    words = ["Mali", "Burkina", "Faso", "The", "UN", "AFP", "CSP", "Gao", "Ménaka", "Côte", "ā",
             "Ti", "Zzzqx", "Kidal", "In", "I", "A", "Say", "Niger", "Boucle", "Bamako"]
    cache: dict = {}
    for w in words:
        k = P.gz.name_key(w)
        plain = (w[0].isupper() and not (1 < len(w) <= 3 and w.isupper())
                 and (k in gaz.by_key or k in gaz.prefixes))
        want = (k, k in gaz.by_key, k in gaz.prefixes) if plain else False
        assert P._start_info(w, cache, gaz.by_key, gaz.prefixes) == want, w
        assert cache[w] == want
    assert cache["Mali"] == ("mali", True, False) and cache["Burkina"][0::2] == ("burkina", True)
    assert cache["Bamako"] == ("bamako", True, True)
    assert not cache["UN"] and not cache["ā"] and not cache["Zzzqx"]


def test_piece_info_and_sep_piece_same_as_the_plain_tests():
    cache: dict = {}
    for w in ["Faso", "du", "Mouhoun", "d'Ivoire", "d’Ivoire", "n", "Zaouâtene", "de", "N'Djamena"]:
        want = (P.gz.name_key(w), bool(w[0].isupper() or P._ELIDED_CAP.match(w)))
        assert P._piece_info(w, cache) == want and cache[w] == want, w
    assert cache["du"][1] is False and cache["d'Ivoire"][1] is True
    # one match of _SEP_PIECE == _SEP.match, then _PIECE.match where it ends
    for text in ["Burkina Faso's", "Côte d'Ivoire", "Ti-n-Zaouâtene", "Gao' s", "Gao'  x", "Gao ' x", "Gao’ Kidal",
                 "Gao‐Kidal", "Gao- Kidal", "Gao 12", "Gao's", "Gao ’s way", "Gao's' x", "Gao'", "Gao  Kidal"]:
        pos = 3
        sep = P._SEP.match(text, pos)
        plain = P._PIECE.match(text, sep.end()) if sep else None
        got = P._SEP_PIECE.match(text, pos)
        assert (got and (got.group(1), got.end())) == (plain and (plain.group(), plain.end())), text


def test_region_in_name_last_letters():
    # every character the regex accepts as the last one of a region word is in the cheap test
    pattern = re.compile(r"(?i)(?:region|province|cercle|department)\Z")
    lasts = {w[-1] for w in ("region", "province", "cercle", "department")}
    for ch in map(chr, range(0x250)):
        if any(re.fullmatch(f"(?i){last}", ch) for last in lasts):
            assert ch in P._REGION_IN_NAME_LAST, ch
    assert pattern.search("Mopti Region") and "Mopti Region"[-1] in P._REGION_IN_NAME_LAST


def test_reach_covers_the_word_before_and_its_gap():
    assert P._reach(frozenset({"river", "lake"})) == 16
    assert P._reach(frozenset()) == 11
    words = frozenset({"river", "lake"})
    for text in ["the River Niger", "the river  \t Niger", "Lake, Niger", "a lake          Niger",
                 "ß river Niger", "the riverine Niger"]:
        pos = text.index("Niger")
        prev_w, gap, _ = P._prev_word(text, pos, 0)
        if prev_w.casefold() in words and gap.strip() == "":
            assert P._dir_gate(words).search(text[max(0, pos - P._reach(words)):pos].casefold()), text


def test_qualifier_hint_regex_same_as_plain_alternation():
    lex = P._lexicon()
    plain = re.compile("|".join(re.escape(h) for h in lex.qual_hints))
    for text in ["some 20 km north of", "in the vicinity of", "surroundings of", "surrounding",
                 "kilometres from", "the outskirts of", "nothing here", "", "farm", "mileage"]:
        assert bool(lex.qual_hint_rx.search(text)) == bool(plain.search(text)), text



def _brute_best(scored, pending, anchors):
    """Every entry's full score (closeness by _km), then the highest score, smallest id."""
    rows = list(scored)
    for neg, _, k, eid, p1, _cos1, lon in pending:
        lat = P.math.degrees(p1)
        d = min(P._km(lat, lon, la, lo) for la, lo, _, _ in anchors)
        rows.append((-neg + (15 if d < 60 else 10 if d < 150 else 5 if d < 400 else 0), eid, k))
    return min(rows, key=lambda r: (-r[0], r[1]))[2]


def _pend(i, k, eid, score, lat, lon):
    p1 = P.math.radians(lat)
    return (-score, i, k, eid, p1, P.math.cos(p1), lon)


def test_closest_best_hand_checked():
    anchors = [(la, lo, P.math.radians(la), P.math.cos(P.math.radians(la))) for la, lo in [(14.5, -4.2)]]
    # 40 near the anchor (+15 = 55) beats 50 far away (+0) and a scored-out 30 (+15 = 45 < 55)
    pending = [_pend(0, 1, "b", 50.0, 20.0, 5.0), _pend(1, 2, "a", 40.0, 14.6, -4.2),
               _pend(2, 3, "c", 30.0, 14.5, -4.2)]
    near: dict[int, float] = {}
    assert P._closest_best(-1, 0.0, "", pending, anchors, near) == 2
    assert 3 not in near  # pruned: 30 + 15 < 55
    # a tie on the total goes to the smaller id
    pending = [_pend(0, 1, "z", 40.0, 14.6, -4.2), _pend(1, 2, "y", 40.0, 14.6, -4.2)]
    assert P._closest_best(-1, 0.0, "", pending, anchors, {}) == 2
    # an entry scored without closeness (a country) competes as it is
    assert P._closest_best(7, 60.0, "m", [_pend(0, 1, "a", 45.0, 14.6, -4.2)], anchors, {}) == 1
    assert P._closest_best(7, 61.0, "m", [_pend(0, 1, "a", 45.0, 14.6, -4.2)], anchors, {}) == 7


def test_closest_best_same_as_brute_force():
    import random
    rnd = random.Random(7)
    for _ in range(300):
        anchors = [(la, lo, P.math.radians(la), P.math.cos(P.math.radians(la)))
                   for la, lo in [(rnd.uniform(10, 20), rnd.uniform(-10, 5)) for _ in range(rnd.randint(1, 4))]]
        n = rnd.randint(1, 6)
        pending = [_pend(i, i + 10, f"id{rnd.randint(0, 5)}{i}", float(rnd.choice([20, 25, 30, 35, 40])),
                         rnd.uniform(10, 20), rnd.uniform(-10, 5)) for i in range(n)]
        scored = []
        best, best_s, best_id = -1, 0.0, ""
        if rnd.random() < 0.5:
            best, best_s, best_id = 99, float(rnd.choice([30, 40, 50])), "id99"
            scored = [(best_s, best_id, best)]
        want = _brute_best(scored, list(pending), anchors)
        assert P._closest_best(best, best_s, best_id, list(pending), anchors, {}) == want


def test_settlement_hits_on_non_latin1_text_same_as_regex_scan():
    lex = P._lexicon()
    texts = [
        "The “VILLAGE” of Kéra — the towns’ Émile, “Town” and the Ville; a ViLlAgE… ÀTOWN",
        "Ségou’s communes: hamlet—settlement, localities “municipality” 村 village 村",
        "A Τown in Greek letters and a tοwn with an omicron are not towns; Ǆvillage, ǅtown",
    ]
    for text in texts:
        assert P._settlement_hits(text, lex) == [m.start() for m in lex.settlement_hint.finditer(text)], text
    assert P._settlement_hits(texts[0], lex)  # found at all (the curly quotes keep the offsets)


def test_fast_place_equals_the_dataclass_constructor():
    """_place fills the instance dict directly (speed): same fields, same object."""
    import dataclasses

    args = (3, 7, "Gao", "Gao", "Mali", "07", None, 16.27, -0.04, 1, 2, "P.PPLA", "2457163", "near")
    template = P._place_parts(*args[3:10], *args[11:])
    m = P._place(3, 7, "Gao", 2, template)
    assert template["start"] is None and vars(m) is not template  # the template stays as it was
    ref = P.PlaceMention(*args)
    assert m == ref and hash(m) == hash(ref) and repr(m) == repr(ref)
    assert list(vars(m)) == [f.name for f in dataclasses.fields(P.PlaceMention)]
    assert dataclasses.replace(m, qualifier="") == dataclasses.replace(ref, qualifier="")


def test_new_cand_equals_the_namedtuple_constructor():
    """_new_cand builds a _Cand from every field in order (speed): the same as _Cand(...)."""
    fields = (3, 7, "gao", 2, (5, 9), True, False, "near", 2, True, "north")
    c = P._new_cand(P._Cand, fields)
    ref = P._Cand(*fields)
    assert type(c) is P._Cand and c == ref and c._asdict() == ref._asdict()
    assert len(fields) == len(P._Cand._fields)
    assert c._replace(cue=False).cue is False and c[7:] == ("near", 2, True, "north")
    # the mention fields key takes the last four fields: the qualifier facts, in this order
    assert P._Cand._fields[7:] == ("qualifier", "precision", "region_word", "direction")


def test_factor_boundary_hand_checked():
    f = P._factor_boundary
    assert f([("q0", r"\bnear\s+$"), ("q1", r"\bkm\s+of\s+$")]) == r"\b(?:(?P<q0>near\s+$)|(?P<q1>km\s+of\s+$))"
    assert f([("q0", r"\bfoo|bar")]) == r"(?P<q0>\bfoo|bar)"  # the boundary governs one branch only
    assert f([("q0", r"\bfoo"), ("q1", r"bar")]) == r"(?P<q0>\bfoo)|(?P<q1>bar)"
    assert f([]) == "(?!)"


def test_factored_qualifier_patterns_same_as_plain_alternation():
    """The lexicon's "before" qualifier regex (boundary factored out) finds what the plain
    alternation of its patterns finds: same span, same group."""
    import random

    lex = P._lexicon()
    d = P.yamlfile.read(P.paths.REFERENCE / "places.yaml", "place lexicon")
    plain = re.compile("|".join(f"(?P<q{i}>{q['before']})" for i, q in enumerate(d["qualifiers"]) if q.get("before")),
                       re.IGNORECASE)
    words = ("near nearby close to not far from in the vicinity of outskirts of outside around between "
             "towns villages km kms kilometres miles (north) 12 north-east of from the town village city "
             "area zone district commune region province de du rural urban a , . Kati x’s").split()
    rnd = random.Random(5)
    texts = ["attacking Kati, a town just 15 kilometers from ", "in the vicinity of the village of ",
             "the rural commune of ", "fighting near", "", "a region of the "]
    texts += [" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 10))) + rnd.choice(["", " ", "\n"])
              for _ in range(3000)]
    for text in texts:
        a, b = plain.search(text), lex.qual_before.search(text)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), text


def test_country_that_needs_a_cue_gets_its_cue_windows(monkeypatch):
    """Only strong names skip the cue search; a country in needs_cue (none today; "Chad"
    is a first name too) is filtered on the same 60-character windows as any other name."""
    import dataclasses

    lex = dataclasses.replace(P._lexicon(), needs_cue=P._lexicon().needs_cue | {"chad"})
    monkeypatch.setattr(P, "_lexicon", lambda: lex)
    assert [(m.text, m.feature) for m in P.find_places("Fighting in Chad killed 3.", [])] == [("Chad", "country")]
    assert [m.text for m in P.find_places("the Chad area was hit", [])] == ["Chad"]
    assert P.find_places("Chad said on Monday that", []) == []


def test_folded_windows_same_as_folding_each_window():
    """find_places searches the article's case fold between a window's bounds (_folded) instead of
    folding each window, and ref_hint_low there instead of the case-insensitive ref_hint."""
    import random
    import sys

    # the premises of _folded, over all of Unicode: casefold works one character at a time, and
    # a character that folds to one character, not one of FOLD_CHARS, folds to an ASCII
    # character only if it is one, and case-insensitively matches an ASCII letter only if it is one
    ascii_letter = re.compile("(?i)[a-z]")
    for cp in range(128, sys.maxunicode + 1):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or len(c.casefold()) != 1 or c in P._FOLD_CHARS:
            continue
        assert not c.casefold().isascii() and not ascii_letter.fullmatch(c), hex(cp)
    lex = P._lexicon()
    assert lex.ref_hint_low is not None and lex.ref_hint_low.pattern == lex.ref_hint.pattern
    gates = [P._dir_gate(lex.directions), P._either_gate(lex.directions, lex.not_country_before),
             P._dir_gate(lex.not_country_before), lex.qual_hint_rx]
    pieces = ["North", "RIVER", "lake", " ", "Border", "FLE", "fled", "toward", "Mali", "ß", "ſ", "İ", "ı", "K",
              "é", "’", "-", "ern", "km", "Near", "ﬆ", "Vicinity", "sHaReD", "x", "\u212aM", "escaped", "Ke"]
    rng = random.Random(7)
    texts = ["fled towards Mali", "near the border with Niger", "the ſhared zone of Mali", "north-eastern Mali",
             "Straße toward Mali", "the Lake Chad", "RIVER Niger"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        low, exact = P._folded(text)
        if low is None:
            assert len(text.casefold()) != len(text)
            continue
        assert exact == (not any(ch in text for ch in P._FOLD_CHARS))
        for a in range(len(text) + 1):
            for b in (a, a + 1, a + 5, a + 20, len(text), len(text) + 3):
                if b < a:
                    continue
                for g in gates:
                    assert bool(g.search(low, a, b)) == bool(g.search(text[a:b].casefold())), (text, a, b)
                if exact:
                    assert bool(lex.ref_hint_low.search(low, a, b)) == bool(lex.ref_hint.search(text, a, b)), \
                        (text, a, b)


def test_prev_word_fast_path_same_as_the_plain_loop():
    import random

    rng = random.Random(11)
    pieces = ["Mali", " ", "  ", "in", "'s", "’", "'", "x", "2", "é", ",", ".", "-", "_", "Ag", "ß", "\u0301", "²", "\t"]
    texts = ["in Gao", " Gao", "Gao", "attack in  Gao", "Mali's Gao", "in\tGao", "12 Gao", "a-b Gao", "x’y Gao"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(1500)]
    for text in texts:
        for pos in range(len(text) + 1):
            for floor in {0, 1, 3, pos // 2, pos}:
                if floor <= pos:
                    assert P._prev_word(text, pos, floor) == P._prev_word_plain(text, pos, floor), (text, pos, floor)
