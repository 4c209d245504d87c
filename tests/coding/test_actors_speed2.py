"""Second speed wave of analysis.coding.actors: each shortcut agrees with the plain rule it
stands for, on hand-made and random inputs (the style of test_actors_speed)."""

from __future__ import annotations

import bisect
import random
from itertools import compress

import pytest

from analysis.coding import actors as A
from analysis.coding import text as T
from analysis.records import PlaceMention

#: random text characters: ASCII, curly quotes and dashes, and non-ASCII letters and digits
#: (accents, a dotted capital I, sharp s, superscript two, an Arabic-Indic digit, the Kelvin
#: sign, a CJK letter) and a combining accent (no letter by itself)
CHARS = list("abZ9_ .,-'\n") + ["\u00e9", "\u2019", "\u0130", "\u00df", "\u00b2", "\u0663", "\u0301", "\u2014",
                                  "\u00c9", "\u212a", "\u4e2d", "\u00a0", "\u201c"]


def _plain_split(text: str) -> list[str]:
    return (A._TOKEN_SPLIT if "_" in text else A._WORD_SPLIT).split(text)


@pytest.mark.parametrize("text", ["", "Mali\u2019s army \u2014 \u201cJNIM\u201d", "S\u00e9gou\u2019s army",
                                  "x_y \u2019 z", "\u00b2 and \u0663", "\u212aidal", "\u00e9", "a\u0301b"])
def test_split_words_is_the_unicode_split(text):
    parts, ascii_words = A._split_words(text)
    assert parts == _plain_split(text)
    assert not ascii_words or "".join(parts[1::2]).isascii()


def test_split_words_on_random_texts():
    rng = random.Random(7)
    fast = 0
    for _ in range(20000):
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 16)))
        parts, ascii_words = A._split_words(text)
        assert parts == _plain_split(text), text
        if ascii_words:
            fast += 1
            assert "".join(parts[1::2]).isascii(), text
    assert fast > 1000  # the shortcut is taken


# ------------------------------------------------------------- agreement parties

def _plain_agreement_parties(d, text, toks, out, described, sentences, sent_starts):
    """_agreement_parties before the speed wave: the match first, the whole taken list at once."""
    norm, n = toks.norm, len(toks.norm)
    table = d.country_names.table
    taken = [(m.start, m.end) for m in out]
    for k in compress(range(n), map(table.__contains__, norm)):
        hit = A._match(d.country_names, toks, k)
        if hit is None:
            continue
        end, country = hit
        before = norm[k - 1] if k else ""
        after = norm[end] if end < n else ""
        s, e = toks.starts[k], toks.ends[end - 1]
        if (end < n and norm[end] == "s" and toks.apos(end - 1)) or any(a < e and s < b for a, b in taken):
            continue
        if before in ("with", "between"):
            if A._AGREE_RX.search(text, toks.starts[max(0, k - 5)], toks.starts[k - 1]) is None:
                continue
        elif before == "and" or (after == "and" and toks.joined[end - 1]):
            other = k - 2 if before == "and" else end + 1
            if not 0 <= other < n:
                continue
            o_s, o_e = toks.starts[other], toks.ends[other]
            country_side = any(norm[j] in table and (h := A._match(d.country_names, toks, j)) is not None
                               and h[0] == other + 1 for j in range(max(0, other - 2), other + 1)) \
                if before == "and" else norm[other] in table
            if not country_side and not any(
                    m.actor.startswith("Government") and (m.end == o_e or m.start == o_s) for m in out):
                continue
            tail = max(e, o_e)
            if A._AGREE_RX.search(text, tail, tail + 40) is None:
                continue
        else:
            continue
        entry = d.countries.get(country)
        if entry is None or entry.government is None or entry.government not in d.actors:
            continue
        si = bisect.bisect_right(sent_starts, s) - 1
        if si < 0 or A._AGREE_RX.search(text, sentences[si].start, sentences[si].end) is None:
            continue
        at = bisect.bisect_left([m.start for m in out], s)
        out.insert(at, A._mention(d, s, e, text, entry.government, sentences[si].index, False))
        described.insert(at, False)


AGREE_WORDS = ("Mali", "Russia", "Niger", "Republic of Mali", "Burkina Faso", "Cote d'Ivoire", "and", "with",
               "between", "signed", "an", "agreement", "a", "deal", "the", "junta", "Russia's", "Africa Corps",
               "army", ",", ".", "pact", "border", "Algeria", "government", "of")


@pytest.mark.parametrize("text", [
    "The junta and Russia signed a defence pact.", "Mali signed an agreement with Russia on Monday.",
    "A deal between Mali and Algeria was signed.", "Mali and Algeria signed a deal.",
    "The border with Burkina Faso is closed. Russia's Africa Corps signed nothing.",
    "Niger and the Republic of Mali signed a pact with Cote d'Ivoire and Russia."])
def test_agreement_parties_hand_made(text, monkeypatch):
    _same_with_plain_agreement(text, monkeypatch)


def test_agreement_parties_random(monkeypatch):
    rng = random.Random(11)
    for _ in range(400):
        text = " ".join(rng.choice(AGREE_WORDS) for _ in range(rng.randint(3, 30)))
        _same_with_plain_agreement(text, monkeypatch)


def _same_with_plain_agreement(text, monkeypatch):
    sentences = T.split_sentences(text)
    fast = A.find_actors(text, sentences, country="Mali")
    with monkeypatch.context() as m:
        m.setattr(A, "_agreement_parties", _plain_agreement_parties)
        plain = A.find_actors(text, sentences, country="Mali")
    assert fast == plain, text


# ------------------------------------------------------------- local country

def _place(text: str, word: str, country: str, feature: str, sentences) -> PlaceMention:
    start = text.index(word)
    si = max(s.index for s in sentences if s.start <= start)
    return PlaceMention(start, start + len(word), word, word, country, None, None, 0.0, 0.0, 1, si, feature)


def test_no_local_country_without_a_place_of_another_country():
    """find_actors skips _local_country when every place is of the event's country: it could
    only answer None then."""
    rng = random.Random(5)
    pieces = ["Niger", "\n\n", "In Niger, soldiers killed five.", "The army said.", "Tera", "BURKINA FASO\n",
              "Gao was hit.", "In Gao, the army.", "Djibo"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 10)))
        sentences = T.split_sentences(text)
        if not sentences:
            continue
        places = [_place(text, w, c, f, sentences) for w, c, f in
                  (("Niger", "Mali", "country"), ("Tera", "Mali", "P.PPL"), ("Gao", "", "P.PPL"),
                   ("Djibo", "Mali", "P.PPL")) if w in text]
        sp = A._SentencePlaces(text, places)
        for k in range(len(sentences)):
            assert A._local_country(text, sentences, k, sp, "Mali", {}) is None


def test_country_name_tokens_is_the_longest_name():
    d = A.load_dictionary()
    assert d.country_name_tokens == max(len(k.norm) for v in d.country_names.table.values() for k, _ in v)
    assert d.country_name_tokens >= 3  # "Republic of Mali"


def test_punctuation_passed_over_holds_no_letter_or_digit():
    # _NOT_ASCII_OR_PUNCT passes over these characters as never part of a word
    assert not any(chr(c).isalnum() for c in [0xA0, *range(0x2010, 0x2028)])
    assert A._NOT_ASCII_OR_PUNCT.search("\u2019\u201c\u201d\u2014\u2013\u00a0\u2022\u2026") is None
    assert A._NOT_ASCII_OR_PUNCT.search("S\u00e9gou") is not None


def test_phrases_with_the_same_entries_share_one_entries_object():
    """(speed: find_actors memoises a resolution by the entries' id) sharing is by content: the
    shared object holds the phrase's own entries, with the flags a fresh _Entries has."""
    d = A.load_dictionary()
    by_ids: dict = {}
    for bucket in d.phrases.table.values():
        for _key, entries in bucket:
            ids = tuple(map(id, entries))
            assert by_ids.setdefault(ids, entries) is entries
            fresh = A._Entries(list(entries))
            assert (fresh.group_only, fresh.state_any, fresh.state_only, fresh.has_group) == (
                entries.group_only, entries.state_any, entries.state_only, entries.has_group)
    by_phrase = {k.norm: p for bucket in d.phrases.table.values() for k, p in bucket}
    assert by_phrase[("army",)] is by_phrase[("soldiers",)] or tuple(by_phrase[("army",)]) != tuple(
        by_phrase[("soldiers",)])
    assert len(by_ids) < sum(len(b) for b in d.phrases.table.values())


# ------------------------------------------------------------- tokens of a lower-cased text

def _plain_tokenize(text: str) -> tuple:
    """_tokenize's fields by the plain rules: the Unicode split of the text as written, each
    word's normal form by _norm, each gap's flags by _gap_join."""
    import bisect
    from itertools import accumulate

    parts = _plain_split(text)
    surface = parts[1::2]
    acc = list(accumulate(map(len, parts)))
    starts, ends = acc[0:-1:2], acc[1::2]
    gaps = parts[2:-1:2]
    joined = [A._gap_join(g)[0] for g in gaps]
    for m in A._INITIAL_DOT.finditer(text):
        k = bisect.bisect_left(ends, m.start())
        if k < len(gaps):
            joined[k] = A._gap_join(gaps[k])[1]
    return starts, ends, surface, [A._norm(w) for w in surface], joined + [False], gaps


def _same_tokens(text: str) -> None:
    toks = A._tokenize(text)
    starts, ends, surface, norm, joined, gaps = _plain_tokenize(text)
    assert (toks.starts, toks.ends, toks.norm, toks.joined, toks.gaps) == (starts, ends, norm, joined, gaps), text
    assert [toks.word(i) for i in range(len(surface))] == surface, text
    assert [toks.apos(i) for i in range(len(surface))] == [
        i < len(gaps) and A._gap_join(gaps[i])[3 if len(surface[i]) == 1 else 2] for i in range(len(surface))]
    assert toks.surface == surface, text


@pytest.mark.parametrize("text", ["U.S. troops and Mali's army_unit", "Mali\u2019s \u201cJNIM\u201d \u2014 IS",
                                  "S\u00e9gou\u2019s army", "\u2126 \u24b6 x", "\u0130stanbul K\u212a", ""])
def test_tokenize_hand_made(text):
    _same_tokens(text)


def test_tokenize_random():
    rng = random.Random(17)
    chars = CHARS + list("ABCU") + ["\u2026", "\u2022", "\u24b6", "\u2013"]
    for _ in range(6000):
        _same_tokens("".join(rng.choice(chars) for _ in range(rng.randint(0, 20))))


def test_case_sensitive_names_read_the_words_as_written():
    d = A.load_dictionary()
    for text in ("IS fighters attacked.", "This is what the UN said.", "the un said"):
        found = A.find_actors(text, [], country="Mali")
        assert all(m.text == text[m.start:m.end] for m in found)
    assert [m.text for m in A.find_actors("IS fighters attacked.", [], country="Mali")][:1] in (["IS fighters"],
                                                                                              ["IS"])
    assert not any(m.text == "is" for m in A.find_actors("This is what the army said.", [], country="Mali"))
    assert d is A.load_dictionary()
