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
    assert P._facts_cache(P.gz.load()) is P._facts_cache(P.gz.load())
    e = ents[0]
    f = P._entry_facts(e)
    assert f[0] == P._base_score(e) and f[3] == e.id and f[4] == P.gz.name_key(e.name)
    assert f[9] == P.math.radians(e.lat) and f[10] == P.math.cos(P.math.radians(e.lat))


# --------------------------------------------------------------- text.py: tokenizer rules


def _plain_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


_AFFIX_CASES = [
    "message", "message,", "Mali’s", "Mali's", "MALI'S", "5km", "10km/h", "3.5mph", "US$5", "$5", "5$",
    "20°C.", "(AFP)", "«Bamako»", "“Yes.”", "....", "end...", "a..b", "…", "x…", "U.N.", "Oct.", "p.m.",
    "co-operate", "2-3", "a/b", "e-mail", "http://example.com/a?b=1", "www.x.org", "1.2.3.4", "x@y.z",
    "--", "—", "‘quoted’", ":)", "<3", "5'", "A.", "ſ", "x\n", "\n\n", " \n", "km\n", "¥", "℃", "🙂.",
    "Ménaka.", "can't", "doesn’t", "10%", "#tag", "a+b", "1+2", "-5", "+5", "~5", "5+", "Eh?!", "",
]


def test_fast_affix_rules_find_what_spacys_patterns_find():
    import random

    plain = _plain_tokenizer()
    fast = T.nlp().tokenizer
    assert fast.suffix_search is not plain.suffix_search  # the fast rules are in use

    def spans(f, s):
        m = f(s)
        return None if m is None else m.span()

    rnd = random.Random(3)
    pool = list(".'’s0123456789kmhKM°FC$¥-–—…,:/\n @(\")]?!“”") + ["US$", "km/h", "...", "'s", "http://", ".com"]
    strings = _AFFIX_CASES + ["".join(rnd.choice(pool + ["a", "Z", "é"]) for _ in range(rnd.randint(1, 8))) for _ in range(20000)]
    for s in strings:
        assert spans(fast.prefix_search, s) == spans(plain.prefix_search, s), s
        assert spans(fast.suffix_search, s) == spans(plain.suffix_search, s), s
        assert spans(fast.url_match, s) == spans(plain.url_match, s), s
        assert [m.span() for m in fast.infix_finditer(s)] == [m.span() for m in plain.infix_finditer(s)], s
    # hand-checked: the suffixes spaCy splits off
    assert fast.suffix_search("Mali’s").group() == "’s"
    assert fast.suffix_search("5km").group() == "km"
    assert fast.suffix_search("end...").group() == "..."
    assert fast.suffix_search("message") is None and fast.url_match("message") is None
    assert list(fast.infix_finditer("message")) == []


def test_fast_affix_rules_keep_spacys_tokens_and_settings():
    from spacy.attrs import IDX, NORM, ORTH, SPACY

    plain = _plain_tokenizer()
    fast = T.nlp().tokenizer
    text = ("Mali’s army said: “We killed 20 militants…” — it's 10km/h, US$5, 20°C. See www.x.org or "
            "x@y.z!\nThree days’ mourning (Oct. 3, 5 p.m.) in Ménaka. Don't, can't... the U.N.'s 2-3 co-op.\n\n")
    for t in (text, text * 3, " ".join(_AFFIX_CASES)):
        a, b = plain(t), fast(t)
        assert [x.text for x in a] == [x.text for x in b]
        assert (a.to_array([ORTH, NORM, IDX, SPACY]) == b.to_array([ORTH, NORM, IDX, SPACY])).all()
    assert fast.rules == plain.rules
    assert fast.to_bytes(exclude=["vocab"]) == plain.to_bytes(exclude=["vocab"])  # same patterns saved


def test_prev_word_is_what_the_pattern_finds():
    cases = ["said. The", "U.S. The", "No. 3", "e.g. x", ".. x", "12. x", "a\n. x", "Lt.Col. x",
             "x" * 50 + ". x", "word" * 12 + ". y", "...A. x", "", "é. x"]
    for s in cases:
        for end in range(len(s) + 1):
            m = T._PREV_WORD_RE.search(s, max(0, end - 40), end)
            assert T._prev_word(s, end) == (m.group(1) if m else None), (s, end)
    assert T._prev_word("said. The", 4) == "said"
    assert T._prev_word("U.S. The", 3) == "U.S"
    assert T._prev_word("12. x", 2) is None


def test_number_scan_starts_match_the_single_pattern():
    lex = T._lex()
    texts = ["one two 3 ten-12 a hundred 2one one2 ١٢three at 40", "Twenty-one people, some 2,000 and dozens",
             "x", "", "an   dozen a-hundred score1 ONE"]
    for s in texts:
        low = T.lowered(s)
        for a in range(len(s) + 1):
            for b in range(a, len(s) + 1):
                ref = [m.start() for m in lex.scan.finditer(low, a, b)]
                assert T._scan_starts(lex, s, a, b) == ref, (s, a, b)
    assert T._scan_starts(lex, "one two 3", 0, 9) == [0, 4, 8]


def test_tokens_doc_gives_the_same_tokens_and_sentences_as_parse():
    title = "Mali drone strikes kill civilians in Kidal: officials. Army denies"
    doc, ref = T.tokens_doc(title), T.parse(title)
    a, b = T.token_arrays(doc), T.token_arrays(ref)
    assert (a.idx, a.end, a.lower, a.is_punct, a.is_space, a.like_num) == (b.idx, b.end, b.lower, b.is_punct, b.is_space, b.like_num)
    assert T.split_sentences(doc) == T.split_sentences(ref)


def test_tail_test_rejects_only_windows_the_pattern_cannot_end():
    lex = T._lex()
    windows = ["the flight", "the Flight ", "the FLIGHT\n", "no. ", "Nos.", "in room\t", "aged between ",
               "Age of ", "age  ", "a paragraph", "a height ", "US$ ", "us$", "€", "£ ", "CFA ", "fcfa",
               "usd", "euro ", "at least ", "at least-", "AT LEAST - ", "close to ", "some", "awesome ",
               "more than\n", "fléight ", "ſome ", "Kelvin K ", "", " ", "x", "between ", "from  ", "fro"]
    for pat, tail, need_space in (
        (lex.label_before, lex.label_tail, False), (lex.age_before, lex.age_tail, True),
        (lex.prefix_before, lex.prefix_tail, False), (lex.between_before, lex.between_tail, True),
    ):
        for w in windows:
            if pat.search(w):  # a filter never rejects a window the pattern matches
                assert tail.may_end(w.rstrip()), (pat.pattern[:40], w)
                assert not need_space or w[-1:].isspace()
    for w in windows:
        if lex.qual_before.search(w):
            assert (w[-1:].isspace() or w[-1:] == "-") and lex.qual_tail.may_end(w.replace("-", " ").rstrip()), w
    # hand-checked: a window whose last word ends no phrase is rejected, a non-ASCII tail passes
    assert not lex.label_tail.may_end("the height")
    assert lex.label_tail.may_end("the FLIGHT")
    assert not lex.qual_tail.may_end("they were")
    assert lex.qual_tail.may_end("at leasť")  # non-ASCII: the pattern decides
    empty = T._TailTest([])
    assert empty.may_end("anything")  # no phrase: the pattern "()\s*$" matches anywhere


def test_years_old_and_iso_date_filters_match_the_patterns():
    lex = T._lex()
    for after in [" years old", "-year-old", "  YEAR-OLD", "year", " yr old", "", " -- years", "\nyears old",
                  " yéars", " people", "s old"]:
        if lex.age_after.match(after):
            assert T._may_be_years_old(after), after
    assert not T._may_be_years_old(" people were")
    for text in ["2024-08-26", "on 2024-8-", "2024-\n26", "in 2024 -26", "12-25", "x-\n"]:
        for s in range(len(text) + 1):
            assert T._iso_date_before(text, s) == bool(T._ISO_DATE_BEFORE.search(text, max(0, s - 8), s)), (text, s)


def test_records_filled_directly_equal_the_constructed_ones():
    from analysis.records import Quantity, Sentence

    s = T._sentence(3, 10, 20, "Ten killed.")
    assert s == Sentence(3, 10, 20, "Ten killed.") and hash(s) == hash(Sentence(3, 10, 20, "Ten killed."))
    assert repr(s) == repr(Sentence(3, 10, 20, "Ten killed."))
    q = T._quantity(1, 3, "10", 10, "about", False, "", None)
    assert q == Quantity(1, 3, "10", 10, "about", False, "", None)
    assert repr(q) == repr(Quantity(1, 3, "10", 10, "about", False, "", None))
    assert list(T.find_quantities("about 12 soldiers"))[0] == Quantity(0, 8, "about 12", 12, "about", False, "", None)


def test_head_tests_reject_only_texts_the_patterns_cannot_start():
    lex = T._lex()
    afters = [" km from", "-km", " - KM ", "km", " per cent", " PERCENT of", "% of", " %", " people", " years",
              "-year-old", " or more", " OR SO", "-odd", " plus", " and more than", " and 5", " orphans",
              " kilómetres", "", "   ", " men", " mph"]
    for after in afters:
        if lex.unit_after.match(after):
            assert T._unit_after(lex, after), after
        else:
            assert T._unit_after(lex, after) is None, after
        if lex.qual_after.match(after):
            assert lex.qual_head.may_start(after.replace("-", " ").lstrip()), after
    # hand-checked: a noun that starts no unit or trailing qualifier is rejected at once
    assert not lex.unit_head.may_start("people were")
    assert not lex.qual_head.may_start("soldiers")
    assert lex.qual_head.may_start("Or So")
