"""analysis.coding.text speed paths give what the plain ways give.

* parse()/tokens_doc() let spaCy's tokenizer cache each new chunk first (``_prime_chunk_cache``):
  the Docs must hold exactly the tokens of a plain ``spacy.blank("en")`` tokenizer, on the seed
  and dev articles and on many random strings mixing the tokenizer's special cases, affixes,
  whitespace runs and non-ASCII characters (the same chunk before and after a special case).
* split_sentences(doc) reuses the spans that parse() computed: same records as from the text,
  also when the Docs are split long after they were parsed (the coder's batch order).
"""

from __future__ import annotations

import random

import pytest

from analysis import paths
from analysis.corpus import iter_articles
from analysis.coding import text as T



def _articles() -> list[str]:
    """The seed articles and, where shared/ is beside the checkout, the dev set's."""
    texts = [a.text for a in iter_articles(paths.RAW)]
    if paths.DEVSET.is_dir():
        texts += [a.text for a in iter_articles(paths.DEVSET)]
    return texts


@pytest.fixture(scope="module")
def plain():
    """spaCy's own English tokenizer: default rules, no priming, no faster affix matchers."""
    import spacy

    return spacy.blank("en").tokenizer


def _tokens(doc) -> list[tuple]:
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.norm, t.lex_id, t.is_space) for t in doc]


# pieces that exercise every path of spaCy's tokenizer: special cases (whole chunk, after a
# prefix, before a suffix, multi-token ones), affixes, infixes, URLs, emoticons, whitespace
_PIECES = [
    "U.S.", "U.N.", "Oct.", "Aug.", "Lt.", "Col.", "a.m.", "p.m.", "etc.", "Inc.", "No.", "St.",
    "’s", "'s", "n't", "don't", "can't", "Mali’s", "army's", "it’s", "I'm", "y'all", "o'clock",
    "—", "–", "-", "--", "...", "…", ".", ",", ";", ":", "!", "?", "?!", "(", ")", "[", "]",
    "“", "”", '"', "'", "‘", "’", "«", "»", "$", "€", "%", "#", "@", "&", "/", "*", "+",
    ":)", ":-)", ";)", "<3", ":(", "=)", "xD", "^_^", "(:", ":p",
    "http://www.example.com/a?b=1", "www.reuters.com", "e-mail", "info@x.org", "10.5.3.1",
    "1,200", "1.5", "10:30", "25/08/2024", "2024-08-26", "3rd", "km2", "5km", "$5", "20%",
    "Gao", "BAMAKO", "soldiers", "killed", "the", "a", "é", "naïve", "İstanbul", "Straße",
    "MINUSMA", "al-Qaeda", "Ansar", "Dine", "Mr", "Gen", "jihadists", "two-day", "self-defence",
    "C++", "E.U", "Ph.D.", "vs.", "i.e.", "e.g.", "A.", "J.K.", "mid-2023", "1990s", "0.5%",
]
_SPACES = [" ", " ", " ", " ", "", "\n", "\n\n", "  ", "\t", " \n", "\n ", " \n\n ", "\u00a0", "\u2003", "\r\n"]


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 30)):
            parts.append(rnd.choice(_PIECES))
            parts.append(rnd.choice(_SPACES))
        text = "".join(parts)
        if rnd.random() < 0.3:
            text = rnd.choice(_SPACES) + text
        out.append(text)
    return out


def _perturbed(text: str, rnd: random.Random) -> str:
    """``text`` with a few words glued, doubled spaces, new lines and pieces inserted."""
    words = text.split(" ")
    for _ in range(max(1, len(words) // 20)):
        k = rnd.randrange(len(words))
        words[k] = words[k] + rnd.choice(_PIECES + _SPACES)
    return " ".join(words)


def test_parse_tokens_are_plain_spacy_tokens_on_articles(plain):
    texts = _articles()
    rnd = random.Random(7)
    texts += [_perturbed(t, rnd) for t in texts]
    texts += [s.text for t in texts[:10] for s in T.split_sentences(t)]
    for text in texts:
        for _ in range(2):  # first time (chunks shown to the tokenizer first) and again (cached)
            assert _tokens(T.parse(text)) == _tokens(plain(text))
            assert _tokens(T.tokens_doc(text)) == _tokens(plain(text))
            T._parse_cached.cache_clear()


def test_parse_tokens_are_plain_spacy_tokens_on_random_strings(plain):
    texts = _random_texts(3000, seed=11)
    for text in texts:
        assert _tokens(T.tokens_doc(text)) == _tokens(plain(text)), text
    # again, now that every chunk has been shown to the tokenizer (most of them cached)
    assert T._PRIMED  # the speed path ran
    for text in texts[:1000]:
        assert _tokens(T.parse(text)) == _tokens(plain(text)), text
        T._parse_cached.cache_clear()


def test_new_words_shown_together_keep_plain_spacy_tokens(plain):
    # words of letters never seen by this process (shown to the tokenizer in one Doc), mixed
    # with letter-only special cases ("Gonna", "Cannot", "Im": each shown alone) and chunks
    # around special cases
    rnd = random.Random(13)
    letters = "abcdefghijklmnopqrstuvwxyzéüßİ"
    specials = [k for k in T.nlp().tokenizer.rules if k.isalpha()][:60]
    for _ in range(300):
        words = ["".join(rnd.choice(letters) for _ in range(rnd.randint(1, 9))).capitalize() for _ in range(12)]
        words += rnd.sample(specials, 3) + rnd.sample(_PIECES, 6)
        rnd.shuffle(words)
        text = "".join(w + rnd.choice(_SPACES) for w in words)
        assert _tokens(T.tokens_doc(text)) == _tokens(plain(text)), text
        assert _tokens(T.tokens_doc(text)) == _tokens(plain(text)), text  # now cached


def test_primed_chunks_are_the_chunks_and_the_set_is_bounded(monkeypatch):
    monkeypatch.setattr(T, "_PRIMED", set())
    tok = T.nlp().tokenizer
    T._prime_chunk_cache(tok, "Gao’s army\n\nkilled  two (U.S.) soldiers.")
    assert T._PRIMED == {"Gao’s", "army", "killed", "two", "(U.S.)", "soldiers."}
    # never past the tokenizer's own bound (spaCy's cache stops growing there too)
    monkeypatch.setattr(T, "_PRIMED", {str(i) for i in range(tok.max_cache_size - 2)})
    T._prime_chunk_cache(tok, "brand new words")
    assert len(T._PRIMED) == tok.max_cache_size
    T._prime_chunk_cache(tok, "other fresh chunks")
    assert len(T._PRIMED) == tok.max_cache_size


def test_split_sentences_of_docs_parsed_long_before_match_the_text():
    texts = _articles()[:30] + ["", " \n ", "One. Two.", "He said \"no.\" Then left."]
    docs = [T.parse(t) for t in texts]  # more Docs than the text-keyed caches hold
    T._spans.cache_clear()
    T._sentences.cache_clear()
    for doc, text in zip(docs, texts):
        got = T.split_sentences(doc)
        assert got == list(T._sentence_records(text, tuple(T._sentence_spans(text))))
        assert got == T.split_sentences(text)
        assert T.split_sentences(doc) is not got  # a fresh list each call
        assert T.split_sentences(doc) == got
    # a Doc this module did not parse (its spans unknown) is split from its text
    doc = T.nlp().make_doc("First one. Second one.")
    assert [s.text for s in T.split_sentences(doc)] == ["First one.", "Second one."]


def _plain_sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentence splitter as first written (plain patterns, a stripped copy per sentence)."""
    cuts: set[int] = set()
    for m in T._LINEBREAK_RE.finditer(text):
        start, pos = m.start(), m.end()
        if pos >= len(text):
            continue
        if text[pos].islower() and text.count("\n", start, pos) == 1:
            before = text[max(0, start - 3):start].rstrip()
            if not before or before[-1] not in ".!?:\"”’":
                continue
        cuts.add(pos)
    for m in T._END_RE.finditer(text):
        pos = m.end()
        if pos >= len(text) or pos in cuts:
            continue
        if T._ends_sentence(text, m, pos):
            cuts.add(pos)
    spans = []
    bounds = [0, *sorted(cuts), len(text)]
    for a, b in zip(bounds, bounds[1:]):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            spans.append((a + lead, a + trail))
    return spans


_BOUNDARY_PIECES = [
    "Gen.", "U.S.", "a.m.", "The", "the", "he", "He", "killed", "near", "one", "x", "é", "É", "3",
    "25", "No.", "Aug.", "J.", ".", "!", "?", "?!", "...", "…", '"', "“", "”", "’", ")", "(", "«",
    ":", "\n", "\n\n", " \n", "\t\n", "\n ", "\r\n", "  ", "\u00a0", "\u2003", " \u00a0\n",
]


def test_sentence_spans_match_the_plain_splitter():
    rnd = random.Random(5)
    texts = _articles()
    texts += [s.text for t in texts for s in T.split_sentences(t)]
    for t in _articles()[:10]:  # articles with pieces inserted anywhere
        for _ in range(10):
            chars = list(t)
            for _ in range(30):
                chars.insert(rnd.randrange(len(chars) + 1), rnd.choice(_BOUNDARY_PIECES))
            texts.append("".join(chars))
    texts += [
        "".join(rnd.choice(_BOUNDARY_PIECES) + rnd.choice(["", " ", " ", "\n"]) for _ in range(rnd.randint(0, 40)))
        for _ in range(10000)
    ]
    texts += ["", " ", "\n", "a", " a ", "\n\na\n\n", "  \n  lead", "end.\n", "x\nnear y", "One.  \t\nTwo",
              "a\r\n\r\nB \u00a0\n c", 'Wait...?! "Yes."\u201d) Next…  x', "..  .. !", "A. \u00a0 \nnear"]
    for text in texts:
        assert T._sentence_spans(text) == _plain_sentence_spans(text), text
