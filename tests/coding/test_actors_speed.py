"""The shortcuts of analysis.coding.actors (speed) agree with the plain rules they stand for.

Each fast helper is compared with a plain version of the same rule on hand-made and random
inputs; the expected values of the hand-made cases were checked by reading them.
"""

from __future__ import annotations

import random
import re
import sys

from analysis.coding import actors as A

#: Characters of random texts: ASCII words and separators, and the non-ASCII ones news has
CHARS = list("abcXYZ019_ '-.,()\n") + ["\u2019", "\u201c", "\u2014", "\u00e9", "\u00a0", "\u0130", "\u03a3"]


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CHARS) for _ in range(n))


def test_ascii_split_is_the_unicode_split_on_ascii_text():
    rng = random.Random(3)
    ascii_chars = [c for c in CHARS if c.isascii()]
    for _ in range(3000):
        text = "".join(rng.choice(ascii_chars) for _ in range(rng.randint(0, 40)))
        assert A._ASCII_WORD_SPLIT.split(text) == A._WORD_SPLIT.split(text)
        assert A._ASCII_TOKEN_SPLIT.split(text) == A._TOKEN_SPLIT.split(text)


def test_tokenize_ascii_and_unicode_texts():
    toks = A._tokenize("U.S. troops and Mali's army_unit")
    assert toks.surface == ["U", "S", "troops", "and", "Mali", "s", "army", "unit"]
    toks = A._tokenize("S\u00e9gou\u2019s \u201carmy\u201d")  # non-ASCII: the Unicode patterns
    assert toks.surface == ["S\u00e9gou", "s", "army"]
    assert toks.norm == ["segou", "s", "army"]


def _plain_company_regex(table: dict) -> re.Pattern:
    # the alternation of the words, longest first, that _company_words factored into a trie
    return re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)))


def test_company_trie_finds_what_the_alternation_finds():
    d = A.load_dictionary()
    fast, table = A._company_words(id(d))
    plain = _plain_company_regex(table)
    words = sorted(table)
    rng = random.Random(11)
    hand = ["Canada's Semafo", "a Nigerien and a Nigerian firm", "Niger-based", "Malians", "the Chinese-owned",
            "RussiaFrance", "Xinjiang", "Burkina Faso's", ""]
    for clause in hand:
        assert [m.span() for m in fast.finditer(clause)] == [m.span() for m in plain.finditer(clause)], clause
    for _ in range(3000):
        parts = [rng.choice(words)[: rng.randint(1, 12)] if rng.random() < 0.6 else _random_text(rng, 3)
                 for _ in range(rng.randint(1, 8))]
        clause = rng.choice(["", " ", "-"]).join(parts)
        assert [m.span() for m in fast.finditer(clause)] == [m.span() for m in plain.finditer(clause)], clause



def test_only_the_listed_characters_lower_case_to_ascii():
    # find_actors' prefilters lower-case a text as UTF-8 bytes unless one of these is in it
    found = tuple(chr(cp) for cp in range(128, sys.maxunicode + 1) if any(ord(x) < 128 for x in chr(cp).lower()))
    assert found == A._LOWER_TO_ASCII
    assert all(h.isascii() for h in A._KIN_HINTS + A._AGREE_STEMS)


def test_bytes_lower_finds_the_words_str_lower_finds():
    rng = random.Random(5)
    words = list(A._KIN_HINTS + A._AGREE_STEMS)
    chars = [c for c in CHARS if c not in A._LOWER_TO_ASCII] + ["\u00c9", "\u212b", "\u03a3"]
    for _ in range(3000):
        text = "".join(rng.choice(words).upper() if rng.random() < 0.3 else rng.choice(chars)
                       for _ in range(rng.randint(0, 12)))
        low, blow = text.lower(), text.encode("utf-8", "surrogatepass").lower()
        for h in words:
            assert (h in low) == (h.encode() in blow), (text, h)
