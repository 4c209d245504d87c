"""analysis.coding.text speed paths of find_quantities and of the per-Doc records agree with
the plain rules.

* find_quantities (and its _unit) try each qualifier, unit, label, age and prefix pattern only
  where a cheap test on the window says it can match: the results must equal those of the same
  rules with every pattern searched plainly (_find_quantities_plain below), on hand-made
  sentences, the seed articles' sentences and random texts of the lexicon's words, digits,
  month names, hyphens, odd spaces and non-ASCII letters.
* The per-Doc records (_DOC_INFO) are keyed by id(doc): a Doc's record goes when it is freed, and
  a new Doc that gets a freed Doc's id never sees the old record.
"""

from __future__ import annotations

import gc
import random

import pytest

from analysis import paths
from analysis.corpus import iter_articles
from analysis.coding import text as T


def _unit_plain(lex: T._Lex, text: str, s: int, e: int, value: int, atom, sfx: str) -> str:
    """text._unit with every search run plainly (no cheap prefilter before a pattern)."""
    raw = text[atom[0]:atom[1]]
    before = text[max(0, s - 30):s]
    after = text[e:e + 30]
    is_digits = raw[:1].isdigit()
    if is_digits and sfx == "s" and T._DECADE.fullmatch(raw):
        return "year"  # "the 1990s"
    if sfx in ("st", "nd", "rd", "th"):
        if lex.month_after.match(text, atom[1] - len(sfx), min(len(text), e + 30)) or lex.month_before.search(before):
            return "date"
        return "ordinal"
    if is_digits and lex.label_before.search(before):
        return "label"
    if is_digits and 1800 <= value <= 2100 and T._FOUR_DIGITS.fullmatch(raw):
        um = lex.unit_after.match(after)
        if um and lex.unit_words[T._norm(um.group(1))] == "time":
            return "time"  # "1900 GMT"
        return "year"
    if is_digits and value <= 31 and (
        lex.month_before.search(before)
        or lex.month_after.match(after)
    ):
        return "date"
    if (before[-1:].isspace() and lex.age_before.search(before)) or (
        lex.age_after.match(after)
    ):
        return "age"
    pm = lex.prefix_before.search(before)
    if pm:
        return lex.unit_prefixes[T._norm(pm.group(1) or pm.group(2))]
    um = lex.unit_after.match(after)
    if um:
        return lex.unit_words[T._norm(um.group(1))]
    return ""



def _find_quantities_plain(text: str, start: int = 0, end: int | None = None) -> list[T.Quantity]:
    """find_quantities with every search run plainly (no cheap prefilter before a pattern)."""
    lex = T._lex()
    if end is None:
        end = len(text)
    atoms = T._atoms(lex, text, start, end)
    out: list[T.Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        s, e, value, vague, sfx = a
        high = None
        qual_floor = False
        # a range: "20-25", "20 to 25", "two or three", "between 20 and 25"
        if i + 1 < len(atoms) and not vague and not sfx:
            b = atoms[i + 1]
            if not b[3] and b[2] > value and not b[4]:
                gap = text[e:b[0]]
                between = lex.between_before.search(text, max(0, s - 12), s)
                if lex.range_between.match(gap) or (between and T._AND_GAP.fullmatch(gap)):
                    if between and between.group(1).lower() == "between":
                        s = between.start(1)
                    high, e = b[2], b[1]
                    qual_floor = True
                    i += 1
        # one figure written twice, in words and in digits ("ten (10) terrorists", "one (1)
        # soldier", "42 (forty-two)"): communiqués spell counts out so; the second is no figure
        # of its own, and the qualifier before the first covers both ("about ten (10)")
        if high is None and i + 1 < len(atoms) and atoms[i + 1][2] == value and not atoms[i + 1][4]:
            b = atoms[i + 1]
            cm = T._PAREN_CLOSE.match(text, b[1]) if T._PAREN_OPEN.fullmatch(text, e, b[0]) else None
            if cm is not None:
                e = cm.end()
                i += 1
        unit = _unit_plain(lex, text, s, e, value, a, sfx)
        qualifier = "exact"
        qs = s
        qm = lex.qual_before.search(text, max(start, s - 30), s)
        if qm and high is None:
            qualifier = lex.qualifiers[T._norm(qm.group(1))]
            qs = qm.start(1)
            if unit == "year" and qualifier != "exact":
                unit = ""  # "some 2000 people": a qualified count, not a year
        tm = lex.qual_after.match(text, e, min(len(text), e + 20))
        if tm and qualifier == "exact" and high is None:
            qualifier = lex.trailing[T._norm(tm.group(1))]
            e = tm.end(1)
        if qual_floor:
            qualifier = "at least"
        while out and out[-1].end > qs:
            out.pop()  # "as many as 40": "many" belongs to the qualifier
        out.append(T._quantity(qs, e, text[qs:e], int(value), qualifier, vague, unit, high))
        i += 1
    return out




_HAND = [
    "At least 15 soldiers were killed and about twenty others wounded on 3 March 2024.",
    "Between 20 and 25 civilians died, some 2000 people fled, the 1990s were calmer.",
    "Gunmen killed 12 people at 1900 GMT on Route 7, 30 km from Gao; a 45-year-old man died.",
    "Dozens of attackers, as many as 40, hit the 3rd battalion. Ten (10) terrorists were neutralised.",
    "More than a hundred people, 20 to 25 of them children, and two or three hundred cattle.",
    "Up to 1,200 displaced, US$ 5 million in aid, 30% of the town; article 12 of the law.",
    "nearly 50-odd fighters, 100 plus others, in March, 23 soldiers were killed, aged 16.",
    "ALMOST ＴＷＯ 13 Approximately  \n 14\u00a0km, roughly-15 miles, from 3 to 9, İ 4, ſome 5, 6 \u212am",
    "On Aug. 25 and Sept. 3 the 2024-08-26 raid left 7 dead; no one died; one another; one day.",
]

_PIECES = [
    "one", "two", "three", "ten", "twenty", "forty-two", "hundred", "thousand", "million", "a", "an",
    "dozen", "dozens", "scores", "several", "few", "a few", "many", "some", "and", "or", "to", "-", "–",
    "15", "1,200", "2024", "1990s", "3rd", "12th", "1900", "0.5", "7", "31", "2000", "1 200",
    "at least", "about", "more than", "nearly", "up to", "as many as", "or so", "odd", "plus", "over",
    "km", "years old", "year-old", "%", "GMT", "hours", "$", "CFA", "francs", "US$", "€", "miles",
    "article", "No.", "route", "zone", "aged", "age of", "between", "from", "March", "Aug.", "Sept",
    "May", "soldiers", "people", "killed", "the", "(", ")", ",", ".", ";", "'", "é", "İ", "\u212a", "ſ",
    "ONE", "Ten", "Dozens", "AT LEAST", "About",
]
_SEPS = [" ", " ", " ", "", "-", "\n", "  ", "\u00a0", ", "]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(_SEPS) for _ in range(rng.randint(1, 25)))
        for _ in range(n)
    ]


def _outcome(f, *args):
    """What ``f(*args)`` gives, or the type of the error it raises (the plain rules and the fast
    path must fail alike, should either fail)."""
    try:
        return f(*args)
    except Exception as exc:  # noqa: BLE001 -- compared, not hidden
        return type(exc)


def _check(text: str, rng: random.Random) -> None:
    assert _outcome(T.find_quantities, text) == _outcome(_find_quantities_plain, text), text
    for _ in range(3):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert _outcome(T.find_quantities, text, a, b) == _outcome(_find_quantities_plain, text, a, b), (text, a, b)


def test_find_quantities_equals_the_plain_rules_on_hand_made_sentences():
    rng = random.Random(1)
    for text in _HAND:
        _check(text, rng)


def test_find_quantities_hand_checked():
    def seen(text):
        return [(q.text, q.value, q.qualifier, q.unit, q.high) for q in T.find_quantities(text)]

    assert seen(_HAND[0]) == [
        ("At least 15", 15, "at least", "", None), ("about twenty", 20, "about", "", None),
        ("3", 3, "exact", "date", None), ("2024", 2024, "exact", "year", None),
    ]
    assert seen("Between 20 and 25 civilians died, some 2000 people fled.") == [
        ("Between 20 and 25", 20, "at least", "", 25), ("some 2000", 2000, "about", "", None)
    ]
    assert [(q.value, q.unit) for q in T.find_quantities("Gunmen killed 12 people 30 km away.")] == [(12, ""), (30, "km")]


def test_find_quantities_equals_the_plain_rules_on_article_sentences():
    rng = random.Random(2)
    for art in iter_articles(paths.RAW):
        for s in T.split_sentences(art.text):
            assert T.find_quantities(art.text, s.start, s.end) == _find_quantities_plain(art.text, s.start, s.end)
        _check(art.text, rng)


def test_find_quantities_equals_the_plain_rules_on_random_texts():
    rng = random.Random(3)
    for text in _random_texts(3000, 4):
        _check(text, rng)


def test_doc_records_go_with_their_docs_and_ids_reused_see_none():
    texts = [f"Doc number {i} has {i} words." for i in range(50)]
    seen_ids = set()
    for round_ in range(20):
        docs = [T.tokens_doc(t + " x" * round_) for t in texts]
        for d, t in zip(docs, texts):
            seen_ids.add(id(d))
            assert T._info(d).text == t + " x" * round_
            tk = T.token_arrays(d)
            assert tk.text == t + " x" * round_ and len(tk) == len(d)
        keys = [id(d) for d in docs]
        del d, docs
        gc.collect()
        assert not set(keys) & set(T._DOC_INFO), "records outlived their Docs"
    # Docs made without this module's knowledge get a fresh record of their own text
    for t in texts:
        d = T.nlp().make_doc(t)
        assert T._info(d).text == t
        assert T.token_arrays(d).lower == [w.lower_ for w in d]


_DIGITS_NEAR = ["1", "12", "2024", "1,200", "3.5", "١٢", "٣", "x", "é", "\u212a", "Mi-", "-", ".", ",", "/", ":",
                "one", "two", "a dozen", "an", "hundred", "_", "²", "½", "Ⅻ", " ", "(", "1990s", "3rd", "K"]


def test_atoms_from_the_one_scan_equal_those_from_the_two_scans(monkeypatch):
    """_number_starts (one pass) gives _atoms the same numbers as _scan_starts (the plain scan's
    starts), also with digits next to letters, non-ASCII digits and window ends mid-number."""
    lex = T._lex()
    assert lex.start_scan is not None
    rng = random.Random(5)
    texts = _HAND + _random_texts(1500, 6) + [
        "".join(rng.choice(_DIGITS_NEAR) + rng.choice(["", "", " ", "-"]) for _ in range(rng.randint(1, 12)))
        for _ in range(3000)
    ]
    for text in texts:
        windows = [(0, len(text))]
        for _ in range(4):
            a = rng.randint(0, len(text))
            windows.append((a, rng.randint(a, len(text))))
        for a, b in windows:
            fast = _outcome(T._atoms, lex, text, a, b)
            with monkeypatch.context() as m:
                m.setattr(T, "_number_starts", T._scan_starts)
                plain = _outcome(T._atoms, lex, text, a, b)
            assert fast == plain, (text, a, b)


def _by_sentence_plain(ms: list) -> dict[int, list]:
    """by_sentence as first written: the runs of one sentence (itertools.groupby), joined."""
    import itertools

    out: dict[int, list] = {}
    for si, run in itertools.groupby(ms, key=lambda m: m.sentence_index):
        out.setdefault(si, []).extend(run)
    return out


def test_by_sentence_equals_the_grouped_runs():
    from types import SimpleNamespace

    rng = random.Random(8)
    for _ in range(3000):
        n = rng.randint(0, 30)
        sis = sorted(rng.randint(0, 8) for _ in range(n)) if rng.random() < 0.5 else [rng.randint(0, 8) for _ in range(n)]
        ms = [SimpleNamespace(sentence_index=si, k=k) for k, si in enumerate(sis)]
        got, want = T.by_sentence(ms), _by_sentence_plain(ms)
        assert got == want and list(got) == list(want)
        assert all(type(v) is list for v in got.values())


@pytest.mark.parametrize("sep", [" ", "\u00a0", "\u202f", "-", " - ", "\n"])
def test_a_scale_word_after_any_white_space_is_read(sep):
    # "15\u00a0thousand" (a no-break space, common in copy pasted from web pages) used to raise a
    # KeyError: the separators were stripped as ASCII white space only
    [q] = T.find_quantities(f"Some 15{sep}thousand people fled the town.")
    assert q.value == 15_000


def test_trie_alternatives_join_to_the_trie_pattern():
    rng = random.Random(11)
    letters = "abcde -"
    for _ in range(2000):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 6))).strip(" ") or "a"
                 for _ in range(rng.randint(2, 12))}
        alts = T._trie_alternatives(words)
        if len(alts) > 1:
            assert "(?:" + "|".join(alts) + ")" == T.trie_pattern(words), sorted(words)
        else:
            assert alts == [T.trie_pattern(words)], sorted(words)


def test_flat_start_scan_equals_the_nested_one():
    """_Lex.start_scan (the number words' trie flattened, "(?![a-z])" on each alternative) finds
    the same matches as the pattern it stands for (word_scan's, with the digit branch), on
    hand-made and random texts, in whole texts and in windows."""
    import re

    lex = T._lex()
    nested = re.compile(lex.word_scan.pattern.replace("[^a-z0-9]", "[^a-z0-9](?:", 1) + r"|(?=\d))")
    rng = random.Random(12)
    texts = _HAND + _random_texts(1500, 13) + [
        "".join(rng.choice(_DIGITS_NEAR) + rng.choice(["", "", " ", "-"]) for _ in range(rng.randint(1, 12)))
        for _ in range(2000)
    ] + ["a dozens", "dozensx", "tens of", "a-hundred", "an eighty", "eighteenth", "twentyfold", " few5"]
    for text in texts:
        low = " " + T.lowered(text)
        windows = [(0, len(low))]
        for _ in range(3):
            a = rng.randint(0, len(low))
            windows.append((a, rng.randint(a, len(low))))
        for a, b in windows:
            assert [m.span() for m in lex.start_scan.finditer(low, a, b)] == \
                [m.span() for m in nested.finditer(low, a, b)], (text, a, b)
