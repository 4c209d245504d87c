"""The shortcuts of analysis.coding.triggers and analysis.coding.text (speed) agree with the
plain versions they stand for, on hand-made and random inputs."""

from __future__ import annotations

import random

import pytest

from analysis.coding import text as T
from analysis.coding import triggers as TR


def _plain_matcher(vocab):
    """The spaCy ``PhraseMatcher`` that find_triggers used before :func:`TR._scan`: every
    word form under its match key, every anchor word under ``trigger-anchor:<word>``."""
    import spacy
    from spacy.matcher import PhraseMatcher

    make_doc = spacy.blank("en", vocab=vocab).make_doc
    m = TR._matchers(vocab)
    pm = PhraseMatcher(vocab, attr="LOWER")
    for key, (entry, pos) in m.keys.items():
        name = vocab.strings[key]
        if name.count(":") == 2:  # a word form key (phrases' keys end in ":p<j>")
            verbs = {v.lower() for v in entry.verbs}
            nouns = {n.lower() for n in entry.nouns}
            forms = [f for f in sorted(verbs | nouns)
                     if ("dual" if f in verbs and f in nouns else ("verb" if f in verbs else "noun")) == pos]
            pm.add(name, [make_doc(f) for f in forms])
    for key in m.anchored:
        name = vocab.strings[key]
        pm.add(name, [make_doc(name.split(":", 1)[1])])
    return pm


def _plain_scan(pm, m, doc, lowers):
    """``(raw, anchors)`` as the PhraseMatcher version computed them (raw in its order)."""
    hits = pm(doc)
    raw = [(s, e, k) for k, s, e in hits if k in m.keys]
    anchors = []
    for k, s, _ in hits:
        if k in m.keys:
            continue
        g = m.gate[k]
        if g is None or not g[0].isdisjoint(lowers[s + 1:s + 1 + g[1]]):
            anchors.append((s, m.anchored[k]))
    anchors += [(i, m.odd_anchors[low]) for i, low in enumerate(lowers) if low in m.odd_anchors]
    anchors.sort(key=lambda a: a[0])
    return raw, anchors


HAND = [
    "Gunmen attacked the army post on Tuesday. Five soldiers were killed by a suicide attack.",
    "Rebels have taken “complete control” of the town. Five were found dead. a suicide",
    "They launched a deadly attack. They launched, on Friday, “a new” offensive; left 3 people dead.",
    "The 2015 peace agreement; the 1960 accord. The hostages were freed, were set free, handed over.",
    "ATTACKS attacks Attack suicide attack suicide",
    "",
    "attack",
]


@pytest.fixture(scope="module")
def plain():
    vocab = T.nlp().vocab
    return _plain_matcher(vocab), TR._matchers(vocab)


def _words(m) -> list[str]:
    """Words that hit the table often: its first words, the rest of the longer forms, gate
    words, quotes and fillers."""
    words = set(m.table)
    for single, multi, _, gate in m.table.values():
        for rest, _, _ in multi:
            words.update(rest)
        if gate is not None:
            words.update(list(gate[0])[:20])
    words.update(["x", "y", ".", ",", ";", "the", "a", "of", "2015"])
    return sorted(words)


def test_scan_equals_the_phrase_matcher(plain):
    pm, m = plain
    rng = random.Random(11)
    words = _words(m)
    forms = [" ".join((w, *rest)) for w, (_, multi, _, _) in m.table.items() for rest, _, _ in multi]
    texts = list(HAND)
    for _ in range(1500):
        # random words, with whole longer forms and their beginnings mixed in
        texts.append(" ".join(
            rng.choice(words) if rng.random() < 0.8 else rng.choice(forms)[:rng.choice((-4, 200))]
            for _ in range(rng.randint(1, 30))))
    found_multi = found_anchor = 0
    for text in texts:
        doc = T.parse(text)
        lowers = T.token_arrays(doc).lower
        raw, anchors = TR._scan(m.table, lowers)
        plain_raw, plain_anchors = _plain_scan(pm, m, doc, lowers)
        # the same matches; their order differs only among matches of one token by different
        # entries, which the longest-match rule orders by entry (see the next test)
        assert sorted(raw) == sorted(plain_raw), text
        assert len(raw) == len(set(raw))
        assert anchors == plain_anchors, text
        found_multi += any(e - s > 1 for s, e, _ in raw)
        found_anchor += bool(anchors)
    assert found_multi > 50 and found_anchor > 50


def test_no_entry_has_two_keys_for_one_token_sequence(plain):
    """The longest-match rule breaks a tie between matches of one span and one entry by the
    order found: the scan finds the word forms in another order than the PhraseMatcher did
    only among those of one token, and no two keys of one entry match one token sequence."""
    _, m = plain
    seen: dict[tuple, int] = {}
    for word, (single, multi, _, _) in m.table.items():
        for key in single:
            entry = m.keys[key][0].index
            assert seen.setdefault((entry, (word,)), key) == key
        for rest, _, key in multi:
            entry = m.keys[key][0].index
            assert seen.setdefault((entry, (word, *rest)), key) == key


def test_find_triggers_hand_checked():
    doc = T.parse("Gunmen attacked the army post. Five soldiers were killed in a suicide attack.")
    found = TR.find_triggers(doc, T.split_sentences(doc))
    assert [(t.text, t.key) for t in found] == [
        ("attacked", "attack"), ("killed", "kill"), ("suicide attack", "suicide_bomb")]
    assert TR.find_triggers(T.parse("Nothing here."), T.split_sentences(T.parse("Nothing here."))) == []


def test_sentence_and_quantity_records_equal_the_constructed_ones():
    """text fills Sentence and Quantity records' dicts directly (speed): every field, in field
    order, equal to the constructor's objects."""
    import dataclasses

    from analysis.records import Quantity, Sentence

    text = "Gunmen attacked Gao. About 12 soldiers died.\nSome 2000 people fled on 3 May 2024."
    sents = T._sentence_records(text, T._spans(text))
    assert [(s.start, s.end) for s in sents] == T.sentence_spans(text)
    for s in sents:
        assert list(vars(s)) == [f.name for f in dataclasses.fields(Sentence)]
        assert s == Sentence(s.index, s.start, s.end, text[s.start:s.end])
        assert repr(s) == repr(Sentence(**vars(s))) and hash(s) == hash(Sentence(**vars(s)))
    quantities = T.find_quantities(text)
    assert len(quantities) >= 3
    for q in quantities:
        assert list(vars(q)) == [f.name for f in dataclasses.fields(Quantity)]
        assert q == Quantity(**vars(q)) and repr(q) == repr(Quantity(**vars(q))) and hash(q) == hash(Quantity(**vars(q)))


def _match_plain(lowers, i, pattern, k):
    """The phrase matcher without its look-ahead after a gap (TR._match_at as first written)."""
    if k == len(pattern):
        return i
    kind, a, b = pattern[k]
    n = len(lowers)
    if kind == "tok":
        if k:
            while i < n and lowers[i] in TR._QUOTES:
                i += 1
        best = _match_plain(lowers, i + 1, pattern, k + 1) if i < n and lowers[i] in a else -1
        if b:
            best = max(best, _match_plain(lowers, i, pattern, k + 1))
        return best
    best = -1
    for m in range(a, b + 1):
        if i + m > n or (m and lowers[i + m - 1] in ".;"):
            break
        best = max(best, _match_plain(lowers, i + m, pattern, k + 1))
    return best


def test_match_at_equals_the_plain_matcher(plain):
    """The look-ahead after a gap changes no match: every phrase and context pattern of the
    lexicon, at every token of random texts made of its words, quotes, "." and ";"."""
    _, m = plain
    rng = random.Random(17)
    patterns = [p for pats in m.anchored.values() for _, head, _, ctx in pats for p in (head, ctx) if p]
    patterns += [TR._phrase_pattern(t) for t in ("a {0,2} b c", "a {1,3} b? “ c", "a b? {0,2} c")]
    words = sorted({w for p in patterns for kind, alts, _ in p if kind == "tok" for w in alts})
    extra = ["“", "”", '"', ".", ";", "x", "a", "b", "c"]
    hits = 0
    for _ in range(400):
        pattern = rng.choice(patterns)
        own = sorted({w for kind, alts, _ in pattern if kind == "tok" for w in alts})
        lowers = [rng.choice(own if rng.random() < 0.5 else (extra if rng.random() < 0.5 else words))
                  for _ in range(rng.randint(0, 16))]
        for i in range(len(lowers) + 1):
            for k in range(len(pattern)):
                got = TR._match_at(lowers, i, pattern, k)
                assert got == _match_plain(lowers, i, pattern, k), (lowers, i, pattern, k)
                hits += got >= 0 and k == 0
    assert hits > 100


@pytest.mark.parametrize("text", ["", "x", "42", "  ", "Hi!", "U.N. troops", "At least 42 soldiers, Col. Diarra said."])
def test_token_columns_of_short_and_long_docs_match_the_tokens(text):
    """token_arrays' lexeme look-up (one itemgetter call; a Doc of one token apart) gives
    spaCy's token attributes, for Docs parsed (offsets handed over) or only tokenised."""
    for doc in (T.parse(text), T.tokens_doc(text)):
        tk = T.token_arrays(doc)
        assert tk.idx == [t.idx for t in doc]
        assert tk.end == [t.idx + len(t.text) for t in doc]
        assert tk.lower == [t.lower_ for t in doc]
        assert tk.is_punct == [t.is_punct for t in doc]
        assert tk.like_num == [t.like_num for t in doc]
        assert all(type(c) is list for c in (tk.idx, tk.end, tk.lower, tk.is_punct, tk.like_num))
