"""The speed helpers of places.py and text.py give exactly what the plain code they replace gives.

Each helper stands in for a simpler expression (kept here as the reference): the tests compare
both on strings written for the tests, including the corner cases the shortcut must handle
(case, non-ASCII letters, words inside words).
"""

from __future__ import annotations

import re

from analysis.coding import places as P
from analysis.coding import text as T


_CAPWORD = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024f]")


def _old_capital_pieces(text: str) -> list[tuple[int, str]]:
    """The loop places.py used: every capital, then the word-start and upper-case tests."""
    out = []
    for m0 in _CAPWORD.finditer(text):
        p = m0.start()
        if not text[p].isupper() or (p and (text[p - 1].isalnum() or text[p - 1] in "'’")):
            continue
        m = P._PIECE.match(text, p)
        if m is not None:
            out.append((p, m.group()))
    return out


def _new_capital_pieces(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in P._CAP_PIECE.finditer(text) if m.group()[0].isupper()]


def test_capital_pieces_same_as_the_per_capital_loop():
    text = ("McCain met Côte d'Ivoire's envoy in N'Djamena; Ōsaka, ŉ ā Ā UN AFP Burkina Faso's "
            "army_Gao 3Gao Ti-n-Zaouâtene O’Brien l’Est x'Y Ménaka.")
    new = _new_capital_pieces(text)
    assert new == _old_capital_pieces(text)
    assert (0, "McCain") in new and all(w != "Cain" for _, w in new)  # no capital inside a word
    assert all(w != "Ivoire" for _, w in new)  # "d'Ivoire" is one piece, started lower-case
    assert any(w == "Ā" for _, w in new) and all(w != "ā" for _, w in new)


def test_stems_drop_words_that_extend_another():
    assert P._stems(["towns", "town", "village", "villages", "commune", "communes"]) == (
        "commune", "town", "village")
    assert P._stems(["town", "villàge"]) == ()  # not ASCII: the caller scans with the regex
    assert P._stems([]) == ()


def test_settlement_hits_same_as_regex_scan():
    lex = P._lexicon()
    texts = [
        "The VILLAGE of Kera and the towns of A, B. Townships are not towns; downtown is not.",
        "Hamlets, a Locality, the commune, municipalities and villagers.",
        "No settlement noun at all here.",
        "A ſettlement with a long s and an İstanbul town.",  # the exact fallback
        "The K town (Kelvin sign) and the vıllage with a dotless i.",
        "",
    ]
    for text in texts:
        assert P._settlement_hits(text, lex) == [m.start() for m in lex.settlement_hint.finditer(text)], text
    t0 = texts[0]  # VILLAGE, "towns of", "towns;" (not Townships, not downtown)
    assert P._settlement_hits(t0, lex) == [t0.index("VILLAGE"), t0.index("towns of"), t0.index("towns;")]


def test_direction_gate_and_directions():
    dirs = P._lexicon().directions
    gate = P._dir_gate(dirs)
    assert gate.search("attacks in northern") and gate.search("the centre of")
    assert not gate.search("nothing to see in")
    assert P._direction_before("attacks in northern ", dirs) == "northern"
    assert P._direction_before("in the north of ", dirs) == "north"
    assert P._direction_before("in the north-eastern part of ", dirs) == "north-eastern"
    assert P._direction_before("the army of ", dirs) == ""
    assert P._direction_before("the Northerners from ", dirs) == ""  # gate passes, the word does not


def test_base_score_is_feature_rank_plus_population():
    ents = P.gz.load().entries
    for e in ents[:500]:
        s = P._FEATURE_RANK.get(e.feature, 12 if e.feature_class == "P" else 3)
        if not e.is_admin:
            s += 3 * P.math.log10(e.population + 1)
        assert P._base_score(e) == s
    assert P._base_scores(P.gz.load()) is P._base_scores(P.gz.load())


def test_strings_of_same_as_string_store():
    doc = T.nlp()("Gunmen KILLED 12 soldiers near Gao, officials said. Énorme ‘quote’.")
    strings = doc.vocab.strings
    hashes = [t.lower for t in doc]
    T._STRINGS.clear()
    assert T._strings_of(strings, hashes) == [t.lower_ for t in doc]  # filled from the store
    assert T._strings_of(strings, hashes) == [t.lower_ for t in doc]  # served from the cache
    assert T.token_arrays(doc).lower == [t.lower_ for t in doc]
    assert T._strings_of(strings, []) == []
    assert re.fullmatch(r"[a-z]+", T._strings_of(strings, hashes)[0])
