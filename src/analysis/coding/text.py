"""Text basics for the coder: the spaCy pipeline, sentences and numbers.

Sentences
    News copy reaches us as plain text from web pages: headlines and photo captions without a
    final full stop, titles and abbreviations with full stops ("Lt. Col.", "U.N.", "Aug. 25",
    "St. Louis", "No. 3"), quotes that end a sentence inside the quotation marks. The rules:

    * a line break is always a sentence boundary (a headline is a sentence), except a single
      line break followed by a lower-case word, which is a hard-wrapped line;
    * ``.``, ``!``, ``?`` and ``…`` (with closing quotes/brackets) end a sentence when the next
      word starts with a capital, a digit or an opening quote, never before a lower-case word;
    * titles and a single capital initial ("Col.", "Gen.", "St.", "J.") never end a sentence;
      a month abbreviation does not before a day number ("Aug. 25"), "No." not before a number;
    * initialisms and abbreviations that can close a sentence ("U.N.", "U.S.", "a.m.", "etc.",
      "Inc.", "Jr.") end one only when the next word is a usual sentence opener ("The", "He",
      "In", ...): "U.N. troops" and "U.S. President" stay in one sentence.

    The same function serves a string and a spaCy Doc: the pipeline's first component writes
    these boundaries into the Doc, so ``doc.sents`` and :func:`split_sentences` agree.

Speed
    The coder's budget is ~3 ms of CPU per article. :func:`parse` tokenises once and writes
    the boundaries as one array (no Python work per token); the last few Docs, sentence lists
    and lower-cased texts are cached by their text, so asking twice costs a dictionary look-up.
    spaCy's tokenizer is shown each chunk it has not seen on its own first, so that its chunk
    cache holds it (spaCy stops caching in a Doc after its first special case, see
    ``_prime_chunk_cache``), and gets its affix rules as exact but cheaper matchers for what it
    still splits (``_faster_affix_rules``): same tokens, a third of the cost. A parsed Doc keeps
    its sentence spans, so :func:`split_sentences` of it computes nothing again.
    :func:`token_arrays` gives other modules a Doc's tokens as plain lists, built once per Doc,
    instead of spaCy ``Token`` objects; :func:`tokens_doc` tokenises a headline without the
    boundaries; :func:`lowered` and :func:`words_regex` scan a whole article for a word list at
    C speed. Shared Docs are read-only for their callers. :func:`find_quantities` tries its
    context patterns ("at least" before a number, "km" after it, "aged" ...) only where a str
    test on the words next to the number lets them match (``_TailTest``, ``_HeadTest``: exact
    filters); Sentence and Quantity records are filled directly (no frozen ``__init__``).

Shared vocabulary
    Knowledge of news writing that several coder modules read lives here once, so the copies
    cannot drift: the calendar (``MONTH_NAMES``, ``MONTH_ABBREVIATIONS`` such as "Aug." and
    "Sept.", ``WEEKDAY_NAMES``, ``MONTH_NUMBER``, ``WEEKDAY_NUMBER``), from which dates,
    actors, extract and frames build their patterns and word sets (each keeps its own special
    cases where it uses them: "may" is a month only in some places); :func:`ends_prose`, the
    one test of whether a line is prose or a heading (headline, standfirst, crosshead, page
    furniture; a line ending in ":" is prose, it introduces a list or a quote); and
    :func:`media_lexicon`, the medium and channel words of ``data/reference/media.yaml``
    ("in a statement broadcast on state television on Monday") that dates and frames read to
    tell a report date from an incident date.

Numbers
    :func:`find_quantities` is regular-expression based (no spaCy needed) and reads its lexicon
    from ``data/reference/numbers.yaml`` once per process: number words, ACLED's vague counts
    ("tens" = 10, "dozens" = 12, "hundreds" = 100), qualifiers ("at least", "about", "up to")
    and the words that make a number something else than a count (years, dates, times, ages,
    distances, money, percentages, durations, labels such as "No. 3"). Such numbers are still
    returned, with ``Quantity.unit`` set, so that a caller can skip them; ISO and slashed dates
    ("2024-08-26", "25/08/2024") and clock times ("10:30") are not returned at all, and a
    number glued to letters ("G5", "Mi-24", "COVID-19") is a name, not a number.

    Caveats: "one" is returned as 1 wherever it is a number word (except "no one", "one
    another"); the caller decides whether it is tied to a victim noun. A bare four-digit number
    from 1800 to 2100 is a year unless a qualifier says it is a count ("some 2000 people").
"""

from __future__ import annotations

import re
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
import weakref
from operator import add as _add, attrgetter, itemgetter as _itemgetter
from functools import lru_cache
from typing import Any


from analysis import paths, yamlfile
from analysis.errors import InputError
from analysis.records import Quantity, Sentence, filled
from analysis.records import _dict_setter, _new_object

__all__ = [
    "nlp",
    "parse",
    "tokens_doc",
    "token_arrays",
    "Tokens",
    "split_sentences",
    "sentence_spans",
    "sentence_index_at",
    "parse_number",
    "find_quantities",
    "numbers_lexicon",
    "lowered",
    "words_regex",
    "trie_pattern",
]

# ----------------------------------------------------------------------------------- spaCy
#
# Speed (the coder's budget is ~3 ms of CPU per article for everything): nothing here creates
# a spaCy ``Token`` object per token. Sentence boundaries are computed on the raw string
# (:func:`sentence_spans`), mapped to token indices with ``Doc.to_array(IDX)`` and written in
# one ``Doc.from_array(SENT_START)`` call (setting ``token.is_sent_start`` one token at a time
# rescans the whole Doc for a parse on every call: quadratic). Per-token columns for the other
# modules come from :func:`token_arrays`, built once per Doc.


@lru_cache(maxsize=1)
def nlp():
    """The shared pipeline: ``spacy.blank("en")`` with news-aware sentence boundaries.

    The first component (``news_sentences``) sets ``is_sent_start`` on every token from
    :func:`sentence_spans`; spaCy's ``sentencizer`` follows (it never overwrites a boundary
    already set) so the pipeline stays standard for anyone adding matchers to it.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory("news_sentences"):

        @Language.component("news_sentences")
        def _news_sentences(doc):  # noqa: ANN001 - spaCy component signature
            _mark_sentence_starts(doc, doc.text)
            return doc

    pipeline = spacy.blank("en")
    # spaCy refuses texts over 1,000,000 characters to spare the memory of a parser or NER
    # (~1 GB per 100,000 characters); this pipeline has neither (tokenizer and sentence
    # boundaries, memory linear in the text), so any article, however long, is coded
    pipeline.max_length = 2**63 - 1
    _faster_affix_rules(pipeline)  # same tokens, see below
    pipeline.add_pipe("news_sentences")
    pipeline.add_pipe("sentencizer")
    return pipeline


# Components that parse() runs itself: news_sentences from the string it already has (Doc.text
# re-joins every token), and the sentencizer not at all, because news_sentences sets a boundary
# value on every token and the sentencizer only fills unset ones (a no-op that still builds a
# Token per token). Any other component added to nlp() runs as usual, in order.
_DONE_BY_PARSE = frozenset({"news_sentences", "sentencizer"})


# ------------------------------------------------------------------ tokenizer rules, faster
#
# Speed: spaCy's tokenizer caches the tokens of every whitespace-separated chunk, but a Doc stops
# adding to that cache after its first special case (a newline, "—", "’s", "Oct.": the guard for
# spaCy issue #1250 is one flag per Doc, not per chunk). So most words of an article after its
# first line are split afresh on every article, through the affix rules (parse() now shows each
# new chunk to the tokenizer first, see _prime_chunk_cache: what is left to split is the chunks
# seen for the first time and those that involve a special case). The suffix rules are 82
# alternatives each anchored at the end ("...$"), which sre tries at every position of the word
# (~7 us a word, more than half of parse()); the infix, prefix and URL patterns cost ~3 us more.
# nlp() hands the tokenizer the same rules as objects that find the same matches without trying
# what cannot match (each is exact by construction, see the classes; tests compare them with the
# plain patterns): the tokenisation is spaCy's, unchanged. The analysis reads the patterns with
# the standard library's regex parser (``re._parser``); a rule it cannot read keeps spaCy's
# plain pattern.

def _class_chars(items) -> set[int] | None:
    """The code points of a parsed character class (None if negated or a category like ``\\w``)."""
    from re import _constants as C

    out: set[int] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(av)
        elif op is C.RANGE:
            out.update(range(av[0], av[1] + 1))
        else:
            return None
    return out


def _edge_chars(items, last: bool) -> set[int] | None:
    """Code points that the first (``last`` False) or the last consumed character of a match of
    the parsed sequence ``items`` can be; None when this analysis cannot tell."""
    from re import _constants as C

    seq = list(items)
    for op, av in reversed(seq) if last else seq:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width
        if op is C.LITERAL:
            return {av}
        if op is C.IN:
            return _class_chars(av)
        if op is C.BRANCH:
            out: set[int] = set()
            for alt in av[1]:
                sub = _edge_chars(alt, last)
                if sub is None:
                    return None
                out |= sub
            return out
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            return _edge_chars(av[3], last)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            return _edge_chars(av[2], last)
        return None
    return None


def _consumed_chars(items) -> set[int] | None:
    """Code points any consumed character of a match of ``items`` can be (None: cannot tell)."""
    from re import _constants as C

    out: set[int] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            sub: set[int] | None = {av}
        elif op is C.IN:
            sub = _class_chars(av)
        elif op is C.BRANCH:
            sub = set()
            for alt in av[1]:
                more = _consumed_chars(alt)
                if more is None:
                    return None
                sub |= more
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            sub = _consumed_chars(av[3])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            sub = _consumed_chars(av[2])
        else:
            return None
        if sub is None:
            return None
        out |= sub
    return out


def _required_chars(items) -> set[int]:
    """Code points that every match of ``items`` consumes (a safe subset: maybe empty)."""
    from re import _constants as C

    out: set[int] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(av)
        elif op is C.IN and len(av) == 1 and av[0][0] is C.LITERAL:
            out.add(av[0][1])
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            out |= _required_chars(av[3])
        elif op is C.BRANCH:
            out |= set.intersection(*(_required_chars(alt) for alt in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            out |= _required_chars(av[2])
    return out


def _parsed(pattern: str, flags: int):
    """``pattern`` parsed by the standard library; None when case-insensitive (the char sets
    above would need case folding) or unreadable."""
    from re import _parser

    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    return None if tree.state.flags & (re.IGNORECASE | re.MULTILINE) else tree


# re._parser reports an unbounded width as MAXREPEAT (2**64 on CPython 3.11)
_UNBOUNDED_WIDTH = 2**32


def _first_chars(pieces: list[str], kind: str) -> frozenset[str]:
    """Every character that can start a match of one of the rule ``pieces`` (each consumes at
    least one character); ValueError when a rule cannot be analysed (the caller then keeps
    spaCy's own pattern)."""
    first: set[int] = set()
    for p in pieces:
        tree = _parsed(p, 0)
        chars = None if tree is None or tree.getwidth()[0] < 1 else _edge_chars(tree, False)
        if chars is None:
            raise ValueError(f"{kind} rule not analysable: {p!r}")
        first |= chars
    return frozenset(map(chr, first))


class _PrefixSearch:
    """``re.compile("^a|^b|...").search`` (spaCy's prefix rules ``a``, ``b``, ...), answering
    None at once when the first character can start no rule (most words)."""

    def __init__(self, pieces: list[str]):
        pieces = [p for p in pieces if p.strip()]
        self.pattern = "|".join("^" + p for p in pieces)  # the text spaCy serialises
        self._search = re.compile(self.pattern).search
        self._first = _first_chars(pieces, "prefix")

    def search(self, s: str):
        """Same match as the plain pattern's ``search``: ``^`` anchors every rule at 0 and each
        rule consumes its first character there."""
        if not s or s[0] not in self._first:
            return None
        return self._search(s)


class _SuffixSearch:
    """``re.compile("a$|b$|...").search`` (spaCy's suffix rules), trying only the rules that
    can end with the word's last character, and only from where such a match can start.

    Exact: without a newline in the word every match ends at its end, so the match found is
    the one starting leftmost (which rule matched there does not change the span); a rule that
    cannot end with the last character cannot match; a bounded rule of at most ``w`` characters
    cannot start before ``len - w``, an unbounded one (``\\.\\.+$``) only inside the trailing
    run of the characters it consumes. The lookbehinds still see the characters before the
    start position (``search(s, pos)`` is not ``search(s[pos:])``).
    """

    def __init__(self, pieces: list[str]):
        pieces = [p for p in pieces if p.strip()]
        self.pattern = "|".join(p + "$" for p in pieces)  # the text spaCy serialises
        self._search = re.compile(self.pattern).search
        rules = []
        for p in pieces:
            tree = _parsed(p, 0)
            if tree is None:
                raise ValueError(f"suffix rule not analysable: {p!r}")
            low, high = tree.getwidth()
            last = _edge_chars(tree, True) if low >= 1 else None
            run = _consumed_chars(tree) if high >= _UNBOUNDED_WIDTH else set()
            if last is None or run is None:
                raise ValueError(f"suffix rule not analysable: {p!r}")
            rules.append((p + "$", last, high, run))
        by_rules: dict[tuple[int, ...], list[int]] = {}
        for i, (_, last, _, _) in enumerate(rules):
            for c in last:
                by_rules.setdefault(c, []).append(i)  # type: ignore[arg-type]
        groups: dict[tuple[int, ...], tuple] = {}
        self._by_last: dict[str, tuple] = {}
        for c, ids in by_rules.items():
            key = tuple(ids)
            if key not in groups:
                bounded = [rules[i][2] for i in key if not rules[i][3]]
                run_chars = set().union(*(rules[i][3] for i in key))
                groups[key] = (
                    re.compile("|".join(rules[i][0] for i in key)).search,
                    max(bounded, default=0),
                    "".join(map(chr, sorted(run_chars))),
                )
            self._by_last[chr(c)] = groups[key]  # type: ignore[index]

    def search(self, s: str):
        """Same span as the plain pattern's ``search`` (spaCy reads only the span)."""
        if not s or "\n" in s:
            return self._search(s)  # "$" also matches before a final newline: the plain way
        group = self._by_last.get(s[-1])
        if group is None:
            return None
        search, width, run = group
        start = len(s) - width
        if run:
            start = min(start, len(s.rstrip(run)))
        return search(s, start if start > 0 else 0)



class _InfixFinditer:
    """``re.compile("a|b|...").finditer`` (spaCy's infix rules), empty at once when no character
    of the word can start a rule (every rule consumes at least its first character)."""

    def __init__(self, pieces: list[str]):
        pieces = [p for p in pieces if p.strip()]
        self.pattern = "|".join(pieces)  # the text spaCy serialises
        self._finditer = re.compile(self.pattern).finditer
        self._first = _first_chars(pieces, "infix")

    def finditer(self, s: str):
        """The plain pattern's ``finditer(s)`` (spaCy makes a list of it)."""
        if self._first.isdisjoint(s):
            return iter(())
        return self._finditer(s)


class _UrlMatch:
    """spaCy's URL pattern's ``match``, None at once when the word lacks a character that every
    URL has (the dot before the top-level domain or in an IP address)."""

    def __init__(self, regex: re.Pattern):
        self.pattern = regex.pattern
        self._match = regex.match
        tree = _parsed(regex.pattern, regex.flags)
        self._required = "".join(map(chr, sorted(_required_chars(tree)))) if tree is not None else ""

    def match(self, s: str):
        """The plain pattern's ``match(s)``."""
        for c in self._required:
            if c not in s:
                return None
        return self._match(s)


def _faster_affix_rules(pipeline) -> None:
    """Give ``pipeline``'s tokenizer the affix rules above in place of its plain patterns, for
    each rule set whose pattern is exactly the one built from the language's defaults (a
    customised tokenizer keeps its own)."""
    tok = pipeline.tokenizer
    defaults = pipeline.Defaults
    fast_rules = {}
    for attr, make, method in (
        ("prefix_search", lambda: _PrefixSearch(list(defaults.prefixes or [])), "search"),
        ("suffix_search", lambda: _SuffixSearch(list(defaults.suffixes or [])), "search"),
        ("infix_finditer", lambda: _InfixFinditer(list(defaults.infixes or [])), "finditer"),
        ("url_match", lambda: _UrlMatch(getattr(tok.url_match, "__self__")), "match"),
    ):
        plain = getattr(getattr(tok, attr), "__self__", None)
        if not isinstance(plain, re.Pattern) or plain.flags != re.UNICODE:
            continue
        try:
            fast = make()
        except (ValueError, re.error):
            continue
        if fast.pattern == plain.pattern:
            fast_rules[attr] = getattr(fast, method)
    if not fast_rules:
        return
    # each setter re-adds the ~1,300 special cases (~0.1 s): set the rules while there are none,
    # then give the special cases back, so that they are added once
    special_cases = tok.rules
    tok.rules = {}
    for attr, fast in fast_rules.items():
        setattr(tok, attr, fast)
    tok.rules = special_cases


def parse(text: str):
    """The spaCy Doc of a whole article (tokenised, sentence boundaries set).

    Same result as ``nlp()(text)``. The last few Docs are cached by their text, so that two
    calls for the same article (the coder and a helper, the title twice) tokenise it once;
    the cache is tiny (see :func:`_parse_cached`) so a long run keeps no more than a few Docs.
    The Doc may be shared by such callers: treat it as read-only (no retokenising, no
    ``doc.ents = ...``); call ``nlp()(text)`` for a private Doc to change.
    """
    return _parse_cached(text)


# maxsize 4: the coder parses an article and its title, each possibly twice (code_article,
# the title check, a caller's own look); more entries would only keep dead Docs alive.
@lru_cache(maxsize=4)
def _parse_cached(text: str):
    pipeline = nlp()
    doc = _make_doc(pipeline, text)
    idx = _mark_sentence_starts(doc, text)
    ran = False
    for proc in _other_components(pipeline):
        doc = proc(doc)
        ran = True
    if not ran and idx is not None:
        # speed: the token offsets read for the boundaries serve token_arrays too (one
        # Doc.to_array(IDX) per article instead of two); kept only while no component has
        # had the Doc (one could retokenise it)
        _DOC_INFO[id(doc)].idx = idx
    return doc


def _other_components(pipeline) -> list:
    """The enabled components of ``pipeline`` that :func:`parse` does not do itself, in order:
    ``[p for n, p in pipeline.pipeline if n not in _DONE_BY_PARSE]``.

    Speed: spaCy's ``Language.pipeline`` builds a frozen list and formats its error message on
    every read (~7 us an article); the list it copies (``_components``, less ``_disabled``) is
    read directly when this spaCy has it.
    """
    comps, disabled = getattr(pipeline, "_components", None), getattr(pipeline, "_disabled", None)
    if not isinstance(comps, list) or not isinstance(disabled, set):
        return [p for n, p in pipeline.pipeline if n not in _DONE_BY_PARSE]
    return [p for n, p in comps if n not in disabled and n not in _DONE_BY_PARSE]


def tokens_doc(text: str):
    """The tokenizer's Doc of ``text``, without sentence boundaries or pipeline components.

    For a caller that reads only tokens (:func:`token_arrays`) and the sentences of
    :func:`split_sentences` (not ``doc.sents``), e.g. a headline: cheaper than :func:`parse`,
    which writes the boundaries, and than ``nlp().make_doc(text)``, whose Doc this module would
    have to re-join into its text (``Doc.text`` builds a Token per token). Not cached.
    """
    doc = _make_doc(nlp(), text)
    _set_info(doc, _DocInfo(text))
    return doc


def _make_doc(pipeline, text: str):
    """The tokenizer's Doc of ``text`` (its chunk cache primed, surrogates made tokenizable)."""
    spacy_text = _tokenizable(text)
    _prime_chunk_cache(pipeline.tokenizer, spacy_text)
    return pipeline.make_doc(spacy_text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _tokenizable(text: str) -> str:
    """``text`` as spaCy's tokenizer can take it: a lone surrogate (possible in a ``str``,
    never in decoded UTF-8) has no UTF-8 form, which spaCy's string store needs, so it becomes
    U+FFFD, one character for one: every offset into ``text`` still holds."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # speed: fails exactly on a surrogate, ~4x faster than the search
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


# ------------------------------------------------------------------ tokenizer's chunk cache
#
# Speed: spaCy's tokenizer keeps the tokens of each whitespace-separated chunk in a cache, but
# stops adding to it for the rest of a Doc at the Doc's first special case (a newline, "—",
# "’s", "Oct.": the guard for spaCy issue #1250 is one flag per Doc). So most chunks of an
# article, however common, are split afresh through the affix rules on every article (~5 us a
# chunk, ~2/3 of make_doc). _prime_chunk_cache tokenises each chunk not seen before on its own
# first (its own Doc, so the flag is that chunk's alone): spaCy then caches it exactly as it
# would in a Doc without an earlier special case, and a chunk that itself involves a special
# case stays uncached, as spaCy's guard wants. The Docs are still made by spaCy's tokenizer
# (its cache only saves work: a cached chunk gives the tokens that splitting it gives), so the
# tokens are spaCy's whatever this set holds (if the tokenizer's rules change, spaCy empties its
# cache and the chunks listed here are merely split again: slower, never different).
# _PRIMED holds the chunks shown to nlp()'s tokenizer, cached or not (one involving a special
# case is not shown again: it would stay uncached).
_PRIMED: set[str] = set()


def _prime_chunk_cache(tokenizer, text: str) -> None:
    """Let ``tokenizer`` cache the chunks of ``text`` it has not been shown yet (see above).

    Bounded like spaCy's cache, which stops adding entries at ``max_cache_size``: at most as
    many chunks are ever shown, and past that this does nothing (no check either).
    """
    primed = _PRIMED
    limit = getattr(tokenizer, "max_cache_size", 0)
    if len(primed) >= limit:
        return
    chunks = text.split()  # str.isspace runs: the tokenizer's chunks, less its whitespace ones
    if primed.issuperset(chunks):
        return
    new = list(set(chunks).difference(primed))[: limit - len(primed)]
    # speed (the first articles of a run are mostly new chunks): the words of letters only
    # that are no special case themselves go in one Doc, one after the other (no affix, infix
    # or URL rule takes a letter, so none of them sets the Doc's flag: all are cached); every
    # other chunk gets a Doc of its own
    rules = getattr(tokenizer, "rules", None) or {}
    words = [c for c in new if c.isalpha() and c not in rules]
    if words:
        tokenizer(" ".join(words))
    for chunk in new:
        if not chunk.isalpha() or chunk in rules:
            tokenizer(chunk)
    primed.update(new)


class _DocInfo:
    """What this module knows of one Doc: its text, and its token columns and sentences once
    built (speed: the coder asks for each once per stage, after the whole batch is parsed,
    when the text-keyed caches no longer hold that article)."""

    __slots__ = ("text", "tokens", "spans", "sentences", "idx")

    def __init__(self, text: str, spans: tuple[tuple[int, int], ...] | None = None):
        self.text = text
        self.tokens: Tokens | None = None
        self.spans = spans  # _spans(text), when parse() has computed them
        self.sentences: tuple[Sentence, ...] | None = None
        # Doc.to_array(IDX) (a list) as parse() read it for the boundaries, until Tokens takes it
        self.idx = None


# The _DocInfo of each live Doc, keyed by ``id(doc)``; nothing outlives its Doc: a weak
# reference's callback (_DOC_REFS) drops the entry when the Doc is freed, before its id can be
# reused. Speed: a plain dict lookup by id, about half the cost of a WeakKeyDictionary's, which
# makes a weak reference and runs Python code on every lookup. Not in Doc.user_data: that is
# written by Doc.to_bytes and pickling, which cannot serialise these objects.
_DOC_INFO: dict[int, _DocInfo] = {}
_DOC_REFS: dict[int, weakref.ref] = {}


def _forget(key: int, ref: weakref.ref) -> None:
    """The callback of a Doc's weak reference: drop its entries (if they are still this Doc's)."""
    if _DOC_REFS.get(key) is ref:
        del _DOC_REFS[key]
        _DOC_INFO.pop(key, None)


def _set_info(doc, info: _DocInfo) -> _DocInfo:
    """Make ``info`` the record of ``doc`` (replacing any it had)."""
    key = id(doc)
    if key not in _DOC_REFS:
        _DOC_REFS[key] = weakref.ref(doc, lambda ref, key=key: _forget(key, ref))
    _DOC_INFO[key] = info
    return info


def _info(doc) -> _DocInfo:
    info = _DOC_INFO.get(id(doc))
    if info is None:
        info = _set_info(doc, _DocInfo(doc.text))
    return info


@lru_cache(maxsize=1)
def _array_modules():
    """``(numpy, IDX, ORTH, SENT_START)``, imported once (speed: not an import statement per Doc)."""
    import numpy
    from spacy.attrs import IDX, ORTH, SENT_START

    return numpy, IDX, ORTH, SENT_START


def _mark_sentence_starts(doc, text: str):
    """Write :func:`sentence_spans` of ``text`` (the Doc's text) into ``doc``'s SENT_START.

    Every token gets a value: the first token and each token starting a later sentence start
    one, all others (leading whitespace tokens included) do not. A sentence start that falls
    inside a token (never seen: spans start after whitespace, where spaCy always splits) is
    ignored. Returns the tokens' offsets (``doc.to_array(IDX)`` as a list) read for this, None
    for an empty Doc.
    """
    spans = _spans(text)
    _set_info(doc, _DocInfo(text, spans))
    n = len(doc)
    if n == 0:
        return None
    np, IDX, _, SENT_START = _array_modules()

    idx = doc.to_array(IDX).tolist()
    # the first sentence starts at the first non-space character, inside token 0's sentence;
    # each later one at the token starting at its first character (speed: a bisection per
    # sentence on the offsets as a list, which token_arrays takes over, instead of numpy
    # calls of a few us each on arrays of ~20 sentences)
    pos = [0]
    for start, _ in spans[1:]:
        k = _bisect_left(idx, start)
        if k < n and idx[k] == start:
            pos.append(k)
    col = np.full(n, np.uint64(2**64 - 1), dtype=np.uint64)  # -1: not a sentence start
    col[pos] = 1
    doc.from_array([SENT_START], col)
    return idx


class Tokens:
    """A Doc's tokens as plain columns (index ``i`` is ``doc[i]``), see :func:`token_arrays`.

    ``idx``/``end`` are character offsets into ``text`` (``text[idx[i]:end[i]]`` is the token),
    ``lower`` the lower-cased token texts, ``is_punct``/``is_space``/``like_num`` spaCy's
    lexical flags as bools.
    """

    __slots__ = ("_doc", "text", "idx", "end", "lower", "is_punct", "_is_space", "like_num")

    def __init__(self, doc, text: str, idx=None):
        _, IDX, ORTH, _ = _array_modules()

        self._doc = weakref.ref(doc)
        self.text = text
        # speed: Doc.to_array costs about as much per column as the rest of this together, so
        # only the offsets and the token strings' ids are read (the offsets as parse() read
        # them, ``idx``, when given: a Doc's ``to_array(IDX)`` of these tokens, or its list);
        # the lexical attributes (length, lower case, flags) are the lexeme's, looked up per
        # distinct string (_lexeme_columns); is_space, which no coder module reads, is made from
        # the token texts when asked for
        if len(doc):
            if idx is not None and len(idx) == len(doc):
                self.idx: list[int] = idx if isinstance(idx, list) else idx.tolist()
                orths = doc.to_array(ORTH).tolist()
            else:
                cols = doc.to_array([IDX, ORTH])
                self.idx = cols[:, 0].tolist()
                orths = cols[:, 1].tolist()
            lengths, lower, punct, num = _lexeme_columns(doc.vocab, orths)
        else:
            self.idx = []
            lengths = lower = punct = num = ()
        self.end: list[int] = list(map(_add, self.idx, lengths))
        self.lower: list[str] = list(lower)
        self.is_punct: list[bool] = list(punct)
        self.like_num: list[bool] = list(num)
        self._is_space: list[bool] | None = None

    @property
    def is_space(self) -> list[bool]:
        """spaCy's ``is_space`` of each token: its text is all whitespace (``str.isspace``, the
        lexical attribute's definition)."""
        if self._is_space is None:
            text = self.text
            self._is_space = [text[a:b].isspace() for a, b in zip(self.idx, self.end)]
        return self._is_space

    @property
    def doc(self):
        """The Doc (held weakly: the columns never keep a Doc alive)."""
        return self._doc()

    def __len__(self) -> int:
        return len(self.idx)

    def at(self, char: int) -> int:
        """Index of the token containing ``char`` (or the last one starting before it; 0 if none)."""
        k = _bisect_right(self.idx, char) - 1
        return k if k > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[a, b)`` covering characters ``[start, end)`` (at least one token)."""
        # hot (frames asks for every mention's span): bisect inlined, no max() calls
        idx = self.idx
        a = _bisect_right(idx, start) - 1
        if a < 0:
            a = 0
        b = _bisect_left(idx, end)
        return a, (b if b > a else a + 1)

    def token_text(self, i: int) -> str:
        """The text of token ``i`` (``doc[i].text``)."""
        return self.text[self.idx[i]:self.end[i]]


# (vocab, {ORTH id: (length, lower, is_punct, like_num)}) of the last vocabulary Tokens were
# built for (one vocabulary at a time: the coder has one; a Vocab cannot be held weakly).
# Invariant: a lexeme's attributes are set when spaCy creates it and never changed by the coder
# (a changed flag would not reach this cache; tests/coding/test_text.py guards it).
_LEXEMES: list = [None, {}]
_LEXEMES_MAX = 50_000  # (bounded: cleared when it grows past this)


def _lexeme_columns(vocab, orths: list[int]) -> tuple[tuple, ...]:
    """``(lengths, lower, is_punct, like_num)`` of the tokens with these ORTH ids, each a
    tuple: what ``Doc.to_array([LENGTH, LOWER, IS_PUNCT, LIKE_NUM])`` and the strings of the
    LOWER ids give, through a dict per distinct string (speed)."""
    if _LEXEMES[0] is not vocab:
        _LEXEMES[0], _LEXEMES[1] = vocab, {}
    cache = _LEXEMES[1]
    # speed: one itemgetter call looks up every token's row at C speed (a fifth less than a
    # map of the dict's __getitem__)
    if len(orths) > 1:
        rows_of = _itemgetter(*orths)
    else:  # (itemgetter of one key gives that row, not a tuple of rows; of none, an error)
        def rows_of(c):
            return tuple(map(c.__getitem__, orths))
    try:
        rows = rows_of(cache)
    except KeyError:
        if len(cache) > _LEXEMES_MAX:
            cache.clear()
        for o in orths:
            if o not in cache:
                lex = vocab[o]
                cache[o] = (len(lex.orth_), lex.lower_, bool(lex.is_punct), bool(lex.like_num))
        rows = rows_of(cache)
    return tuple(zip(*rows))  # type: ignore[return-value]


def token_arrays(doc) -> Tokens:
    """The :class:`Tokens` columns of ``doc``, built once per Doc (about 0.1 ms for 3 kB).

    Use them instead of iterating ``doc`` or indexing ``doc[i]`` in Python: each of those
    builds a spaCy ``Token`` object, about ten times the cost of a list lookup. The columns
    reflect the Doc's tokens when first asked for; they are rebuilt if the number of tokens
    has changed since (a retokenised Doc).
    """
    info = _info(doc)
    tokens = info.tokens
    if tokens is None or len(tokens) != len(doc):
        tokens = info.tokens = Tokens(doc, info.text, info.idx)
        info.idx = None  # taken (a rebuild after retokenising reads the Doc afresh)
    return tokens


# ------------------------------------------------------------------------------- sentences

# Titles and words that are never the last word of a sentence when abbreviated.
_STRONG_ABBREV = frozenset(
    """mr mrs ms mme mlle messrs dr prof gen lt col maj capt cpt sgt cpl pvt pte adm cmdr cdr
    cdt brig gov sen rep rev hon amb pres supt insp lieut st ste mt ft vs v cf approx dept
    fig figs vol vols art arts ch para sec e.g i.e ca""".split()
)
# Abbreviations that may close a sentence ("... in the U.S. The ...").
_WEAK_ABBREV = frozenset(
    """etc inc ltd co corp bros jr sr plc llc mon tue tues wed thu thur thurs fri sat sun
    a.m p.m""".split()
)
_MONTH_ABBREV = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words that open a sentence often enough to let a weak abbreviation end the previous one.
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    in on at but and however meanwhile after before when while since according last earlier
    later on if as according so yet also one two three four five six seven eight nine ten
    some many most several no none both all each another other such what who why how where
    for from by with during among""".split()
)

_END_RE = re.compile(r"(\.{2,}|…|[.!?]+)([\"'”’)\]»]*)(\s+)")
_NEXT_RE = re.compile(r"[\"'“‘(«\[]*(\S)(\S*)")
_PREV_WORD_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LINEBREAK_RE = re.compile(r"[ \t\r\f\v\u00a0]*\n\s*")
# Both patterns above open with a repeat or an optional run, which keeps sre from skipping
# ahead to where a match can start: it tries every position (~90 us for 3 kB, most of the
# sentence splitter's time). _END_SCAN is _END_RE with its first group spelled so that every
# alternative opens with a literal ("[.!?]+" is ".[.!?]*", "![.!?]*" or "?[.!?]*": the same
# strings, the same groups): sre then jumps from one "." "!" "?" "…" to the next at C speed.
# _sentence_spans finds _LINEBREAK_RE's matches from each newline (_NEWLINE_RE: same ends).
_END_SCAN = re.compile(r"(\.\.+|…|\.[.!?]*|![.!?]*|\?[.!?]*)([\"'”’)\]»]*)(\s+)")
_NEWLINE_RE = re.compile(r"\n\s*")
_HSPACE = frozenset(" \t\r\f\v\u00a0")


def _end_marks(text: str):
    """The matches of ``_END_RE.finditer(text)`` (same spans and groups)."""
    return _END_SCAN.finditer(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, whitespace trimmed."""
    return list(_spans(text))


# maxsize 4: the spans of an article are asked for by parse() and split_sentences() (and the
# title's likewise) in turn; a handful of entries covers that without keeping old texts.
@lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_sentence_spans(text))


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    # Speed (one call per article): the line breaks come from _NEWLINE_RE alone; where a
    # _LINEBREAK_RE match would start (back over the spaces before the newline) matters only
    # before a lower-case word, and is found there. Every cut is the end of a whole run of
    # whitespace (``\n\s*``, ``(\s+)``), so a sentence never starts with whitespace except at
    # the start of the text, and its end is found by walking back over the run before the next
    # cut instead of stripping a copy of each sentence.
    n = len(text)
    cuts: set[int] = set()
    for m in _NEWLINE_RE.finditer(text):
        pos = m.end()
        if pos >= n:
            continue
        if text[pos].islower() and text.count("\n", m.start(), pos) == 1:
            # a hard-wrapped line continues the sentence unless the line before ended one
            start = m.start()
            while start > 0 and text[start - 1] in _HSPACE:
                start -= 1
            before = text[max(0, start - 3):start].rstrip()
            if not before or before[-1] not in ".!?:\"”’":
                continue
        cuts.add(pos)
    for m in _end_marks(text):
        pos = m.end()
        if pos >= n or pos in cuts:
            continue
        if _ends_sentence(text, m, pos):
            cuts.add(pos)
    spans: list[tuple[int, int]] = []
    a = len(text) - len(text.lstrip())  # the first sentence starts after leading whitespace
    for b in (*sorted(cuts), n):
        e = b
        while e > a and text[e - 1].isspace():
            e -= 1
        if e > a:
            spans.append((a, e))
        a = b
    return spans


def _ends_sentence(text: str, m: re.Match, pos: int) -> bool:
    nxt = _NEXT_RE.match(text, pos)
    if not nxt:
        return False
    first = nxt.group(1)
    if first.islower():
        return False  # "?" he asked / "e.g. the ..." / an abbreviation inside a sentence
    if not (first.isupper() or first.isdigit() or first in "\"'“‘(«["):
        return True
    punct = m.group(1)
    if punct != ".":
        return True  # "!", "?", "...", "…"
    if m.group(2):
        return True  # ... the end." The next  /  (AFP). The next
    word = _prev_word(text, m.start())
    if not word:
        return True  # a number or a symbol before the full stop
    low = word.lower()
    if low in _STRONG_ABBREV:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy", "A. Goita"
    if low == "no" or low == "nos":
        return not first.isdigit()  # "No. 3"; a bare "No." ends a sentence
    if low in _MONTH_ABBREV:
        return False if first.isdigit() else _opener(nxt)
    if "." in word or low in _WEAK_ABBREV:
        return _opener(nxt)  # "U.N. troops" / "... the U.S. The ..."
    return True


def _opener(nxt: re.Match) -> bool:
    """The word after a full stop (``_NEXT_RE``'s match) is a usual sentence opener (speed:
    looked at only after an abbreviation, the one case that asks)."""
    next_word = (nxt.group(1) + nxt.group(2)).strip("\"'“‘”’(),;:")
    return next_word.lower() in _OPENERS


_WORD_RUN = re.compile(r"[A-Za-z.]*")


def _prev_word(text: str, end: int) -> str | None:
    """The word before ``end``: ``_PREV_WORD_RE.search(text, max(0, end - 40), end).group(1)``.

    Speed: that search tries every position of the 40 characters and backtracks through each
    word (~5 us, most of _ends_sentence); here one match runs back over the letters and dots
    before ``end`` (on the reversed window), and the word is that run without its leading dots.
    """
    start = max(0, end - 40)
    if end > start and text[end - 1] == "\n":  # "$" may match before it: the plain search
        prev = _PREV_WORD_RE.search(text, start, end)
        return prev.group(1) if prev else None
    run = _WORD_RUN.match(text[start:end][::-1]).end()  # type: ignore[union-attr]
    return text[end - run:end].lstrip(".") or None


def split_sentences(text_or_doc: Any) -> list[Sentence]:
    """The sentences of an article as :class:`Sentence` records, indexed from 0.

    Accepts the article text or its spaCy Doc (``doc.text`` is used, so offsets are always
    character offsets into the article text).
    """
    if isinstance(text_or_doc, str):
        text = text_or_doc
    elif _is_doc(text_or_doc):
        info = _info(text_or_doc)  # no re-tokenising, no Doc.text re-join
        if info.sentences is None:
            text = info.text
            spans = info.spans if info.spans is not None else _spans(text)
            info.sentences = _sentence_records(text, spans)
        return list(info.sentences)
    else:
        text = text_or_doc.text  # a Span or any object with a text
    return list(_sentences(text))


@lru_cache(maxsize=4)  # same reuse as _spans; Sentence records are frozen, safe to share
def _sentences(text: str) -> tuple[Sentence, ...]:
    return _sentence_records(text, _spans(text))


def _sentence_records(text: str, spans) -> tuple[Sentence, ...]:
    """The :class:`Sentence` records of ``text`` given its :func:`_spans` (speed: each
    :func:`_sentence` inlined)."""
    setter = _SET_SENTENCE
    if setter is None:
        return tuple(_sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans))
    out = []
    for i, (a, b) in enumerate(spans):
        sentence = _new_object(Sentence)
        setter(sentence, {"index": i, "start": a, "end": b, "text": text[a:b]})
        out.append(sentence)
    return tuple(out)


# Speed: the setters of a Sentence's and a Quantity's ``__dict__`` (None: the class goes through
# its constructor), as :func:`analysis.records.filled` finds them; given every field in field
# order they make an object equal to the constructor's (test_speed_helpers checks it), without
# filled's call and keyword dict.
_SET_SENTENCE = _dict_setter(Sentence)
_SET_QUANTITY = _dict_setter(Quantity)


def _sentence(index: int, start: int, end: int, text: str) -> Sentence:
    """``Sentence(index, start, end, text)``.

    Speed: its ``__dict__`` filled at once (see ``_SET_SENTENCE``), not the frozen constructor
    (test_speed_helpers checks the two agree).
    """
    if _SET_SENTENCE is None:
        return filled(Sentence, index=index, start=start, end=end, text=text)
    sentence = _new_object(Sentence)
    _SET_SENTENCE(sentence, {"index": index, "start": start, "end": end, "text": text})
    return sentence


def _quantity(start: int, end: int, text: str, value: int, qualifier: str, vague: bool, unit: str, high) -> Quantity:
    """``Quantity(start, end, text, value, qualifier, vague, unit, high)``, built as
    :func:`_sentence` builds a Sentence (speed; test_speed_helpers checks they agree)."""
    if _SET_QUANTITY is None:
        return filled(Quantity, start=start, end=end, text=text, value=value, qualifier=qualifier, vague=vague,
                      unit=unit, high=high)
    quantity = _new_object(Quantity)
    _SET_QUANTITY(quantity, {"start": start, "end": end, "text": text, "value": value, "qualifier": qualifier,
                             "vague": vague, "unit": unit, "high": high})
    return quantity


def _is_doc(obj: Any) -> bool:
    from spacy.tokens import Doc

    return isinstance(obj, Doc)


#: Closing quotes and brackets, passed over at the end of a line by :func:`ends_prose`.
CLOSERS = "\"'”’»)]"
#: The punctuation that ends a line of prose (:func:`ends_prose`).
_PROSE_END = frozenset(".!?…:;")


def ends_prose(line: str) -> bool:
    """Whether a line (or a sentence) ends as prose does in news layout, rather than as a
    heading: a headline, standfirst, crosshead or line of page furniture ends without closing
    punctuation ("Withdrawal of the Blue Helmets", "Lakurawa attack in Tahoua", "Text by: RFI").
    The one test of "heading or prose" for extract (title block, crossheads, lead) and dates
    (no look-back across a crosshead).

    Prose ends in ".", "!", "?" or "…", closing quotes and brackets passed over ('... he
    said."', "(AFP)."), and also in ":" or ";": a line ending in a colon introduces a list or
    a quote ("... shows at least five attacks since late December:", "The army said in a
    statement:") and one ending in a semicolon is an item of such a list, both part of the
    story; a heading puts its colon inside ("Mali: army says ..."), never at its end. A line
    ending in a closing quote without punctuation inside it is a heading ('Army chief: "We
    will retake Kidal"'). An empty line ends nothing (False)."""
    return line.rstrip().rstrip(CLOSERS)[-1:] in _PROSE_END


def sentence_index_at(sentences: list[Sentence], pos: int) -> int:
    """Index of the sentence containing character ``pos`` (-1 if between sentences).

    ``sentences`` in text order, as :func:`split_sentences` gives them."""
    j = _bisect_right(sentences, pos, key=_SENTENCE_START) - 1
    return sentences[j].index if j >= 0 and pos < sentences[j].end else -1


_SENTENCE_START = attrgetter("start")


# --------------------------------------------------------------------------------- numbers


@lru_cache(maxsize=1)
def numbers_lexicon() -> dict:
    """``data/reference/numbers.yaml``, loaded once per process."""
    path = paths.REFERENCE / "numbers.yaml"
    data = yamlfile.read(path, "numbers lexicon")
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping at top level")
    return data


@lru_cache(maxsize=1)
def media_lexicon() -> dict[str, frozenset[str]]:
    """``data/reference/media.yaml``, loaded once per process: ``nouns`` (a text or broadcast:
    "statement", "video"), ``phrase_words`` (the medium phrase between such a noun and its
    date: "broadcast on state television", the union of the file's three phrase lists),
    ``issue_verbs`` ("read", "posted") and ``stations`` ("broadcaster", "radio"), lower case. The
    one home of these words for :mod:`analysis.coding.dates` and :mod:`analysis.coding.frames`."""
    path = paths.REFERENCE / "media.yaml"
    data = yamlfile.read(path, "media lexicon")
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping at top level")
    out = {}
    for key in ("nouns", "issue_verbs", "stations", "phrase_words"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise InputError(path, f"{key}: expected a list of words")
        out[key] = frozenset(w.lower() for w in words)
    out["phrase_words"] |= out["issue_verbs"] | out["stations"]
    return out


def _alt(words) -> str:
    """A regex matching any of the phrases (lower case; spaces match any space/hyphen run)."""
    return trie_pattern(" ".join(str(w).lower().split()) for w in words)


#: The calendar vocabulary of English news, the one home of month and weekday names for every
#: module that reads dates (dates, actors, extract, frames build their patterns and word sets
#: from it; each keeps its own special cases where it uses them, e.g. "may" and "march" are also
#: verbs). Full month names, then the abbreviations news writes ("Aug. 25", "Sept. 3" and
#: "Sep. 3"; "May", "June", "July" have none): in a regex alternation the longer spelling comes
#: first ("Sept" before "Sep").
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The month number (1-12) of each lower-cased month name and abbreviation ("sept" = 9).
MONTH_NUMBER = {**{m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)},
                **{a.lower(): next(i for i, m in enumerate(MONTH_NAMES, 1) if m.startswith(a))
                   for a in MONTH_ABBREVIATIONS}}
#: The weekday number (Monday = 0, as :meth:`datetime.date.weekday`) of each lower-cased name.
WEEKDAY_NUMBER = {w.lower(): i for i, w in enumerate(WEEKDAY_NAMES)}

_MONTHS = "(?:" + "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS) + ")"


class _Lex:
    """Compiled patterns built from numbers.yaml (built once, see :func:`_lex`)."""

    def __init__(self, data: dict):
        self.units = {k.lower(): int(v) for k, v in data.get("units", {}).items()}
        self.teens = {k.lower(): int(v) for k, v in data.get("teens", {}).items()}
        self.tens = {k.lower(): int(v) for k, v in data.get("tens", {}).items()}
        self.scales = {k.lower(): int(v) for k, v in data.get("scales", {}).items()}
        self.groups = {k.lower(): int(v) for k, v in data.get("groups", {}).items()}
        self.phrases = {_norm(k): int(v) for k, v in data.get("phrases", {}).items()}
        self.vague = {_norm(k): int(v) for k, v in data.get("vague", {}).items()}
        self.vague_mult = [_norm(k) for k in data.get("vague_multipliers", [])]
        self.qualifiers = {_norm(k): v for k, v in data.get("qualifiers", {}).items()}
        self.trailing = {_norm(k): v for k, v in data.get("trailing_qualifiers", {}).items()}
        self.unit_words: dict[str, str] = {}
        for unit, words in data.get("unit_words", {}).items():
            for w in words:
                self.unit_words[_norm(str(w))] = unit
        self.unit_prefixes: dict[str, str] = {}
        for unit, words in data.get("unit_prefixes", {}).items():
            for w in words:
                self.unit_prefixes[_norm(str(w))] = unit
        labels = [_norm(str(w)) for w in data.get("label_words", [])]
        ages = [_norm(str(w)) for w in data.get("age_prefixes", [])]

        self.word_value = {**self.units, **self.teens, **self.tens, **self.scales, **self.groups}
        # the value of a number word standing alone, as _word_segments reads it (see _kind): a
        # unit, teen or ten is a number, "a"/"an"/"and" or a scale or group alone is none
        self.word_alone = {
            w: self.word_value[w] for w in (*self.units, *self.teens, *self.tens) if w not in ("a", "an", "and")
        }
        real = _alt(self.word_value)
        scale_or_group = _alt([*self.scales, *self.groups])
        I = re.IGNORECASE
        # one pass over the text: vague x scale, fixed phrases, vague words, digits, word runs
        self.atom = re.compile(
            rf"(?P<vm>\b(?:{_alt(self.vague_mult)})(?:\s+of)?\s+(?:{scale_or_group})s?\b)"
            rf"|(?P<ph>\b(?:{_alt(self.phrases)})\b)"
            rf"|(?P<vg>\b(?:{_alt(self.vague)})\b)"
            r"|(?P<dg>(?<![\w.,/:])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d+)(?:\.\d+)?)"
            rf"(?:(?P<dgs>[\s\-]+(?:{_alt(self.scales)})\b)|(?P<sfx>st|nd|rd|th|s)?(?![\w]|[.,/:]\d))"
            rf"|(?P<wd>\b(?:an?[\s\-]+)?(?:{real})(?:(?:[\s\-]+|\s+and\s+)(?:{real}))*\b)",
            I,
        )
        self.word_token = re.compile(r"[^\s\-]+")
        # a cheap scan finds the few places where a number can start; the big pattern is
        # only tried there (an unanchored alternation over every position is ~10x slower)
        firsts: set[str] = set()
        after_a = {*self.scales, *self.groups}  # "a hundred", "a dozen"
        for group in (self.word_value, self.phrases, self.vague, self.vague_mult):
            for k in group:
                parts = k.split()
                if parts[0] in ("a", "an") and len(parts) > 1:
                    after_a.add(parts[1])  # "a few", "a number of"
                else:
                    firsts.add(parts[0])
        self.first_words = frozenset(firsts)
        # run on the lower-cased text (same length, so offsets hold); trie-shaped patterns
        # because sre tries a flat alternation word by word at every position, and "a"/"an"
        # only where a number word follows (they are the commonest words of English)
        self.scan = re.compile(
            rf"(?<![a-z0-9])(?:{trie_pattern(self.first_words)}|an?[\s\-]+(?:{trie_pattern(after_a)}))(?![a-z])|\d+"
        )
        # The same scan in two patterns that open with a character class, so that sre jumps at
        # C speed to where a match can start instead of trying every position (the lookbehind
        # above keeps it from doing so; ~3x faster): number words, matched with the character
        # before them ("[^a-z0-9]" for the lookbehind; run on " " + the lower-cased text, so
        # that a word at the start has one too), and digit runs. A word match holds letters,
        # spaces and hyphens, a digit match digits, so the two never overlap and their starts,
        # merged, are those of ``scan.finditer`` (see _scan_starts). Only when every word of
        # the scan is plain a-z (else the plain scan is used).
        plain = re.compile("[a-z]+")
        self.word_scan = (
            re.compile(rf"[^a-z0-9](?:{trie_pattern(self.first_words)}|an?[\s\-]+(?:{trie_pattern(after_a)}))(?![a-z])")
            if all(plain.fullmatch(w) for w in (*self.first_words, *after_a))
            else None
        )
        self.digit_scan = re.compile(r"\d\d*")
        # Both scans in one pass, for _number_starts: a number word as in word_scan, or a digit
        # after a character that is no ASCII letter or digit (the digits a number can start
        # with: see _number_starts)
        # Speed: written flat, the same pattern as
        #     word_scan.pattern.replace("[^a-z0-9]", "[^a-z0-9](?:", 1) + r"|(?=\d))"
        # with "(?![a-z])" distributed over the number words' trie (one alternative per first
        # letter: (A|B)C is AC|BC, same matches in the same order of preference), so that sre
        # rejects a place by one test of the next character per alternative instead of entering
        # three nested groups (~10% of the scan; test_text_quantities_speed compares the two)
        self.start_scan = (
            re.compile(
                "[^a-z0-9](?:"
                + "|".join(alt + "(?![a-z])" for alt in _trie_alternatives(self.first_words))
                + rf"|an?[\s\-]+(?:{trie_pattern(after_a)})(?![a-z])|(?=\d))"
            )
            if self.word_scan is not None
            else None
        )
        self.qual_before = re.compile(rf"(?<![\w])({_alt(self.qualifiers)})[\s\-]+$", I)
        self.qual_after = re.compile(rf"[\s\-]*({_alt(self.trailing)})\b", I)
        self.range_between = re.compile(r"\s*(?:-|–|—|to|or)\s*$", I)
        self.between_before = re.compile(r"(?<![\w])(between|from)\s+$", I)
        unit_alt = _alt(self.unit_words)
        self.unit_after = re.compile(rf"\s*(?:-\s*)?({unit_alt})(?![\w])", I)
        symbols = [w for w in self.unit_prefixes if not w[-1].isalnum()]
        words = [w for w in self.unit_prefixes if w[-1].isalnum()]
        self.prefix_before = re.compile(
            rf"(?:({_alt(symbols) or '(?!)'})|(?<![\w])({_alt(words) or '(?!)'}))\s*$", I
        )
        self.label_before = re.compile(rf"(?<![\w])({_alt(labels)})\s*$", I)
        self.age_before = re.compile(rf"(?<![\w])(?:{_alt(ages)})(?:\s+of)?(?:\s+between)?\s+$", I)
        # Speed: the "...$" patterns above are tried at every position of their window (~2 us
        # a search, most of find_quantities' time); these tests reject at once a window whose
        # last word cannot end one of their phrases (see _TailTest)
        self.qual_tail = _TailTest(self.qualifiers)
        self.between_tail = _TailTest(["between", "from"])
        self.prefix_tail = _TailTest(self.unit_prefixes)
        self.label_tail = _TailTest(labels)
        self.age_tail = _TailTest([*ages, "of", "between"])
        self.unit_head = _HeadTest(self.unit_words)
        # _unit's tail tests in one: the window's tail lower-cased once, each test an endswith
        # (a test that is not exact has the word "", which every tail ends with)
        self.tail_width = max(t.width for t in (self.label_tail, self.age_tail, self.prefix_tail))
        self.label_words = self.label_tail.words if self.label_tail.exact else ("",)
        self.age_words = self.age_tail.words if self.age_tail.exact else ("",)
        self.prefix_words = self.prefix_tail.words if self.prefix_tail.exact else ("",)
        self.qual_head = _HeadTest(self.trailing)
        # (width, words) of the tail and head tests inlined in find_quantities and _unit, as above
        self.qual_tail_test = (self.qual_tail.width, self.qual_tail.words if self.qual_tail.exact else ("",))
        self.qual_head_test = (self.qual_head.width, self.qual_head.words if self.qual_head.exact else ("",))
        self.unit_head_test = (self.unit_head.width, self.unit_head.words if self.unit_head.exact else ("",))
        self.age_after = re.compile(r"[\s\-]*years?[\s\-]*olds?\b", I)
        # no comma between month and day: English writes "March 23", never "March, 23"; "In
        # March, 23 soldiers were killed" is a count after a month
        self.month_before = re.compile(
            rf"\b{_MONTHS}\.?\s+(?:(?:\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?$"
        )
        self.month_after = re.compile(
            rf"(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s*(?:of\s+)?{_MONTHS}\b"
        )
        

class _TailTest:
    """A cheap necessary condition for ``(?i)(?:phrase1|phrase2|...)\\s*$`` (the phrases as
    :func:`_alt` spells them, anything before them, whitespace after them) to match a window:
    the window, trailing whitespace stripped, ends with a phrase's last word, compared in lower
    case.

    Exact as a filter: ``\\s`` is ``str.isspace`` (both are ``Py_UNICODE_ISSPACE``), so the
    stripped window ends where the phrase ends, also when ``$`` matches before a final newline;
    the last word of a phrase is plain characters (``_alt`` turns only spaces into a pattern).
    Case: for an ASCII tail, ``str.lower`` equals the pattern's case-insensitive comparison
    unless a phrase has a non-ASCII character that matches an ASCII one case-insensitively
    (the Kelvin sign, "ſ": then the test always passes); a tail with a non-ASCII character
    always passes (the pattern decides).
    """

    __slots__ = ("words", "width", "exact")

    def __init__(self, phrases):
        words = {" ".join(str(p).lower().split()).rsplit(" ", 1)[-1] for p in phrases}
        self.words = tuple(sorted(words))
        self.width = max(map(len, words), default=0)
        ascii_chars = [chr(c) for c in range(128)]
        self.exact = bool(words) and "" not in words and not any(
            re.fullmatch(re.escape(ch), a, re.IGNORECASE)
            for w in words for ch in w if not ch.isascii() for a in ascii_chars
        )

    def may_end(self, stripped: str) -> bool:
        """False only if no phrase can end ``stripped`` (a window with trailing spaces removed)."""
        tail = stripped[-self.width:]
        if not self.exact or not tail.isascii():
            return True
        return tail.lower().endswith(self.words)


class _HeadTest(_TailTest):
    """The mirror of :class:`_TailTest` for a pattern that starts with one of the phrases: a text
    (leading spaces stripped) where a phrase can start begins with a phrase's first word."""

    __slots__ = ()

    def __init__(self, phrases):
        super().__init__([" ".join(str(p).lower().split()[:1]) for p in phrases])

    def may_start(self, stripped: str) -> bool:
        """False only if no phrase can start ``stripped`` (a text with leading spaces removed)."""
        head = stripped[: self.width]
        if not self.exact or not head.isascii():
            return True
        return head.lower().startswith(self.words)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def trie_pattern(words) -> str:
    """A regex matching exactly ``words`` (lower case), factored by common prefixes.

    ``"town|towns|township"`` becomes ``"town(?:s|ship)?"``: sre tries it once per position
    instead of once per word. A space in a word matches any run of spaces or hyphens.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [
            (r"[\s\-]+" if ch == " " else re.escape(ch)) + build(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _trie_alternatives(words) -> list[str]:
    """The top-level alternatives of :func:`trie_pattern` ``(words)``, one per first character
    (``"(?:" + "|".join(them) + ")"`` is that pattern when there are two or more and no word is
    empty)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
    out = []
    for ch, rests in sorted(by_first.items()):
        tails = [r for r in rests if r]
        body = trie_pattern(tails) if tails else ""
        if tails and "" in rests:
            body = f"(?:{body})?"
        out.append((r"[\s\-]+" if ch == " " else re.escape(ch)) + body)
    return out


#: Letters that a case-insensitive pattern matches as an ASCII letter although ``lower()`` does
#: not give that letter (dotted and dotless i, long s, Kelvin sign): where they occur, a word
#: found in the lower-cased text is not what the pattern finds (the prefilters of places,
#: dates, frames and extract check for them). ``_norm`` folds them, so that a phrase found by a
#: pattern ("at leaſt") is the lexicon's key ("at least").
FOLD_CHARS = "\u0130\u0131\u017f\u212a"
_FOLD_ASCII = str.maketrans(dict(zip(FOLD_CHARS, "iisk")))


# speed: find_quantities looks up each qualifier and unit it finds by its normal form; they
# are a few short phrases ("at least", "km"), memoised (bounded)
@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    return " ".join(str(s).translate(_FOLD_ASCII).lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex(numbers_lexicon())


# number-word token kinds for the run parser
_A, _UNIT, _TEEN, _TEN, _HUNDRED, _BIG, _GROUP, _AND = range(8)


def _kind(lex: _Lex, tok: str) -> int | None:
    t = tok.lower()
    if t in ("a", "an"):
        return _A
    if t == "and":
        return _AND
    if t in lex.units:
        return _UNIT
    if t in lex.teens:
        return _TEEN
    if t in lex.tens:
        return _TEN
    if t in lex.scales:
        return _HUNDRED if lex.scales[t] == 100 else _BIG
    if t in lex.groups:
        return _GROUP
    return None


_NEXT_OK = {
    None: {_A, _UNIT, _TEEN, _TEN},
    _A: {_HUNDRED, _BIG, _GROUP},
    _UNIT: {_HUNDRED, _BIG, _GROUP},
    _TEEN: {_HUNDRED, _BIG, _GROUP},
    _TEN: {_UNIT, _BIG},
    _HUNDRED: {_UNIT, _TEEN, _TEN, _BIG, _AND},
    _BIG: {_UNIT, _TEEN, _TEN, _AND},
    _GROUP: set(),
    _AND: {_UNIT, _TEEN, _TEN},
}


def _word_segments(lex: _Lex, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    """Split a run of number-word tokens into numbers: ``(first_tok, last_tok, value)``.

    "two and three" is two numbers; "one hundred and five" is one; "a" alone is none.
    """
    out: list[tuple[int, int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        total = group = 0
        prev = None
        has_hundred = False
        last_good = -1
        value_at_good = 0
        j = i
        while j < n:
            kind = _kind(lex, toks[j][2])
            if kind is None or kind not in _NEXT_OK[prev]:
                break
            if kind == _HUNDRED and (has_hundred or group >= 100):
                break
            w = toks[j][2].lower()
            if kind == _A:
                group = 1
            elif kind in (_UNIT, _TEEN, _TEN):
                group += lex.word_value[w]
            elif kind == _HUNDRED:
                group = (group or 1) * 100
                has_hundred = True
            elif kind == _BIG:
                total += (group or 1) * lex.scales[w]
                group = 0
                has_hundred = False
            elif kind == _GROUP:
                group = (group or 1) * lex.groups[w]
            prev = kind
            if kind not in (_A, _AND):
                last_good = j
                value_at_good = total + group
            j += 1
        if last_good >= i:
            out.append((i, last_good, value_at_good))
            i = last_good + 1
        else:
            i += 1
    return out


# compiled once (re's own cache costs a lookup per call on this hot path)
_GROUP_SEP = re.compile(r"[,\u00a0\u202f ]")
_AND_GAP = re.compile(r"\s+and\s+")
_NO_ONE = re.compile(r"(?:^|\W)(?:no|any|every|some)\s+$", re.I)
_ONE_ANOTHER = re.compile(r"\s+another\b", re.I)
_DECADE = re.compile(r"\d{4}s")
_MONTH_PREFIX = re.compile("|".join(m[:3] for m in MONTH_NAMES))
_FOUR_DIGITS = re.compile(r"\d{4}")
_PAREN_OPEN = re.compile(r"[ \u00a0]?\([ \u00a0]?")  # the "(" between a number and its digits
_PAREN_CLOSE = re.compile(r"[ \u00a0]?\)")

_NUMERIC_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+)(?:\.(\d+))?$")


def _digits_value(s: str) -> float | None:
    m = _NUMERIC_RE.match(s)
    if not m:
        return None
    whole = _GROUP_SEP.sub("", m.group(1))
    return float(f"{whole}.{m.group(2)}") if m.group(2) else float(whole)


def parse_number(s: str) -> int | None:
    """The integer value of a whole number expression, or None if ``s`` is not one.

    "42", "1,200", "1.5 million", "forty-two", "twenty one", "a dozen" (12), "two dozen" (24),
    "one hundred and five", "a hundred"; the vague counts of numbers.yaml ("dozens" = 12,
    "tens" = 10, "hundreds" = 100, "several" ...); a leading qualifier is ignored
    ("at least 5" = 5).
    """
    lex = _lex()
    t = _norm(s.strip().strip(".,;:"))
    if not t:
        return None
    for q in sorted(lex.qualifiers, key=len, reverse=True):  # "at least 5" -> "5"
        if t.startswith(q + " "):
            t = t[len(q) + 1:]
            break
    if t in lex.vague:
        return lex.vague[t]
    if t in lex.phrases:
        return lex.phrases[t]
    m = lex.atom.fullmatch(t) or lex.atom.fullmatch(s.strip())
    if not m:
        return None
    return _atom_value(lex, m)


def _atom_value(lex: _Lex, m: re.Match) -> int | None:
    if m.group("vm"):
        parts = _norm(m.group("vm")).split()
        head = parts[-1].rstrip("s") if parts[-1] not in lex.word_value else parts[-1]
        scale = lex.scales.get(head) or lex.groups.get(head) or 1
        mult = " ".join(p for p in parts[:-1] if p != "of")
        return lex.vague.get(mult, 1) * scale
    if m.group("ph"):
        return lex.phrases[_norm(m.group("ph"))]
    if m.group("vg"):
        return lex.vague[_norm(m.group("vg"))]
    if m.group("dg"):
        v = _digits_value(m.group("dg"))
        if v is None:
            return None
        if m.group("dgs"):
            # (the separators are any white space, a no-break space included, or hyphens)
            v *= lex.scales[m.group("dgs").replace("-", " ").strip().lower()]
        if v == float("inf"):
            return None  # over ~1e308 ("9" * 400): beyond a float, and no count of anything
        return int(round(v))
    if m.group("wd"):
        toks = [(t.start(), t.end(), t.group()) for t in lex.word_token.finditer(m.group("wd"))]
        segs = _word_segments(lex, toks)
        if len(segs) == 1 and segs[0][0] == 0 and segs[0][1] == len(toks) - 1:
            return segs[0][2]
        return None
    return None


# digits that belong to an ISO date are no number; slashed dates ("25/08/2024") and clock
# times ("10:30", "10h30") never match the digit pattern (it refuses digits next to "/", ":"
# or a letter)
_ISO_DATE_AFTER = re.compile(r"-\d{1,2}-\d{1,2}\b")
_ISO_DATE_BEFORE = re.compile(r"\b\d{4}-(?:\d{1,2}-)?$")


def _iso_date_before(text: str, s: int) -> bool:
    """``_ISO_DATE_BEFORE.search(text, max(0, s - 8), s)``, searched only when the window ends
    with "-" (or "-" and the newline that ``$`` may stand before): every match does."""
    lo = max(0, s - 8)
    if text.endswith("-", lo, s) or text.endswith("-\n", lo, s):
        return _ISO_DATE_BEFORE.search(text, lo, s) is not None
    return False


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number in ``text[start:end]``, with absolute offsets into ``text``.

    Each :class:`Quantity` has its value, its qualifier (``exact``, ``at least``, ``about``,
    ``up to``; the offsets then cover the qualifier too), ``vague`` for conventional values
    ("dozens" = 12), ``high`` for a range ("20 to 25", "between 20 and 25": value 20, high 25,
    qualifier "at least") and ``unit``: ``""`` for a count, else why it is no count
    ("year", "date", "age", "km", "percent", "money", "duration", "ordinal", "label", ...).
    """
    lex = _lex()
    if end is None:
        end = len(text)
    atoms = _atoms(lex, text, start, end)
    out: list[Quantity] = []
    # (speed: qual_tail.may_end and qual_head.may_start inlined, see _Lex)
    qt_width, qt_words = lex.qual_tail_test
    qh_width, qh_words = lex.qual_head_test
    i = 0
    while i < len(atoms):
        a = atoms[i]
        s, e, value, vague, sfx = a
        high = None
        qual_floor = False
        # a range: "20-25", "20 to 25", "two or three", "between 20 and 25"
        # speed: the cheap tests first; the gap and the "between"/"from" before the number are
        # looked at only for a candidate range (a larger plain number follows)
        if i + 1 < len(atoms) and not vague and not sfx:
            b = atoms[i + 1]
            if not b[3] and b[2] > value and not b[4]:
                gap = text[e:b[0]]
                # the search only where a window ending in a space can end with the word
                w = text[max(0, s - 12):s]
                between = (
                    lex.between_before.search(text, max(0, s - 12), s)
                    if w[-1:].isspace() and lex.between_tail.may_end(w.rstrip())
                    else None
                )
                if lex.range_between.match(gap) or (between and _AND_GAP.fullmatch(gap)):
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
            cm = _PAREN_CLOSE.match(text, b[1]) if _PAREN_OPEN.fullmatch(text, e, b[0]) else None
            if cm is not None:
                e = cm.end()
                i += 1
        unit = _unit(lex, text, s, e, value, a, sfx)
        qualifier = "exact"
        qs = s
        # (speed: the qualifiers are looked for only where they would be used, with no range)
        if high is None:
            # speed: the search only where the window ends in a space or hyphen after a word
            # that can end a qualifier (exact: see _TailTest; "-" counts as a space here, as in
            # the pattern)
            lo = s - 30 if s - 30 > start else start
            last = text[s - 1:s] if s > lo else ""
            if last == " " or last == "-" or last.isspace():
                w = text[lo:s].replace("-", " ").rstrip()[-qt_width:]
                qm = lex.qual_before.search(text, lo, s) if not w.isascii() or w.lower().endswith(qt_words) else None
                if qm:
                    qualifier = lex.qualifiers[_norm(qm.group(1))]
                    qs = qm.start(1)
                    if unit == "year" and qualifier != "exact":
                        unit = ""  # "some 2000 people": a qualified count, not a year
            # speed: matched only where a trailing qualifier's first word follows (see _HeadTest)
            if qualifier == "exact":
                w = text[e:e + 20].replace("-", " ").lstrip()[:qh_width]
                tm = lex.qual_after.match(text, e, min(len(text), e + 20)) if not w.isascii() or w.lower().startswith(qh_words) else None
                if tm:
                    qualifier = lex.trailing[_norm(tm.group(1))]
                    e = tm.end(1)
        if qual_floor:
            qualifier = "at least"
        while out and out[-1].end > qs:
            out.pop()  # "as many as 40": "many" belongs to the qualifier
        out.append(_quantity(qs, e, text[qs:e], int(value), qualifier, vague, unit, high))
        i += 1
    return out


# maxsize 2: callers ask for the numbers of one article window by window (a sentence or a
# clause at a time); lower-casing the whole article once instead of per window saves ~10 us
# per call on a 2-4 kB article.
@lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    """``text`` lower-cased with its length kept (so that offsets hold)."""
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lower-cased
        low = text.translate(_ASCII_LOWER)
    return low


def lowered(text: str) -> str:
    """``text`` lower-cased with its length kept, so offsets into it are offsets into ``text``.

    Plain ``str.lower()`` unless that changes the length (a few non-ASCII letters such as
    "İ"), then ASCII letters only. The last two texts are cached: modules that scan the same
    article lower-case it once.
    """
    return _lowered(text)


def words_regex(words) -> re.Pattern:
    """A compiled pattern finding any of ``words`` as whole words in a :func:`lowered` text.

    ``words`` are phrases, matched in lower case; a space in a phrase matches any run of
    spaces or hyphens. The alternation is trie-shaped ("town|towns|township" becomes
    "town(?:s|ship)?"), which sre tries once per position instead of once per word: on a
    3 kB article ``words_regex(nouns).finditer(lowered(text))`` takes about 40% of the time
    of ``re.compile(r"\\b(?i:noun1|noun2|...)\\b").finditer(text)``, same matches for ASCII
    words.
    """
    body = _alt(words)
    return re.compile(rf"\b(?:{body})\b" if body else "(?!)")


# maxsize 2: as _lowered
@lru_cache(maxsize=2)
def _lowered_after_space(text: str) -> str:
    """``" " + lowered(text)``: offset ``i`` of ``text`` is ``i + 1`` here."""
    return " " + _lowered(text)


def _scan_starts(lex: _Lex, text: str, start: int, end: int) -> list[int]:
    """``[m.start() for m in lex.scan.finditer(lowered(text), start, end)]``, faster (see _Lex)."""
    low = _lowered(text)
    if lex.word_scan is None:
        return [m.start() for m in lex.scan.finditer(low, start, end)]
    # a match of word_scan at i in " " + low is the character before a word at i in low
    words = [m.start() for m in lex.word_scan.finditer(_lowered_after_space(text), start, end + 1)]
    digits = [m.start() for m in lex.digit_scan.finditer(low, start, end)]
    if not digits:
        return words
    if not words:
        return digits
    return sorted(words + digits)


def _number_starts(lex: _Lex, text: str, start: int, end: int) -> list[int]:
    """The places in ``text[start:end]`` where ``_atoms`` tries ``lex.atom``, in order: the
    starts of :func:`_scan_starts` but for a digit run's start after an ASCII letter or digit
    (of the lower-cased text), plus a digit inside a run of digits after a non-ASCII digit.

    Same atoms (test_text_quantities_speed compares them): at a digit only the pattern's digit
    branch can match (every other branch opens with a number word, plain a-z: ``start_scan``
    exists only then), and it cannot match after a letter or a digit (its lookbehind refuses
    ``\\w``; a letter lower-cased to a-z is one, an ASCII digit is itself) nor inside a run of
    digits (the digit before it is ``\\w``); a start that fails changes nothing. Speed: one
    scan (``start_scan``) instead of two and a merge.
    """
    if lex.start_scan is None:
        return _scan_starts(lex, text, start, end)
    # a match at i in " " + low is the character before a word or digit at i in low
    return [m.start() for m in lex.start_scan.finditer(_lowered_after_space(text), start, end + 1)]


def _atoms(lex: _Lex, text: str, start: int, end: int) -> list[tuple[int, int, int, bool, str]]:
    """Raw numbers in text[start:end]: (start, end, value, vague, digit suffix)."""
    atoms: list[tuple[int, int, int, bool, str]] = []
    last = start
    for w_start in _number_starts(lex, text, start, end):
        if w_start < last:
            continue
        m = lex.atom.match(text, w_start, end)
        if not m:
            continue
        s, e = m.start(), m.end()
        last = e
        dg = m.group("dg")
        # (speed: the date pattern after the digits opens with "-", every date before them ends
        # with "-" or "-" and a newline)
        if dg and (
            (text.startswith("-", e) and _ISO_DATE_AFTER.match(text, e))
            or (s and text[s - 1] in "-\n" and _iso_date_before(text, s))
        ):
            continue  # 2024-08-26: a date, not three numbers
        wd = m.group("wd")
        if wd:
            base = m.start("wd")
            if wd.isalpha():
                # speed: one word (no space or hyphen: one word_token), the common case; what
                # _word_segments gives for it: a unit, teen or ten alone is a number, any other
                # word ("a", "hundred", "dozen") none
                w = wd.lower()
                value = lex.word_alone.get(w)
                if value is None or (w == "one" and (
                    _NO_ONE.search(text[max(0, base - 8):base])
                    or _ONE_ANOTHER.match(text[base + len(wd):base + len(wd) + 10])
                )):
                    continue
                atoms.append((base, base + len(wd), value, False, ""))
                continue
            toks = [(base + t.start(), base + t.end(), t.group()) for t in lex.word_token.finditer(wd)]
            for i0, i1, value in _word_segments(lex, toks):
                ws, we = toks[i0][0], toks[i1][1]
                low = text[ws:we].lower()
                if low == "one" and (
                    _NO_ONE.search(text[max(0, ws - 8):ws])
                    or _ONE_ANOTHER.match(text[we:we + 10])
                ):
                    continue
                atoms.append((ws, we, value, False, ""))
            continue
        if dg:
            ds = m.start("dg")
            if ds >= 2 and text[ds - 1] == "-" and text[ds - 2].isalpha():
                continue  # "Mi-24", "COVID-19": a name
            sfx = (m.group("sfx") or "").lower()
            if len(dg) <= 15 and dg.isascii() and dg.isdigit() and not m.group("dgs"):
                value = int(dg)  # speed: plain digits, as _atom_value reads them (a float is exact here)
            else:
                value = _atom_value(lex, m)
            if value is None:
                continue
            atoms.append((s, e, value, False, sfx))
            continue
        value = _atom_value(lex, m)
        if value is None:
            continue
        vague = bool(m.group("vm") or m.group("vg"))
        atoms.append((s, e, value, vague, ""))
    return atoms


def _unit(lex: _Lex, text: str, s: int, e: int, value: int, atom, sfx: str) -> str:
    a0, a1 = atom[0], atom[1]
    before = text[s - 30 if s > 30 else 0:s]
    is_digits = text[a0:a0 + 1].isdigit()  # (the atom's first character)
    if sfx:
        if is_digits and sfx == "s" and _DECADE.fullmatch(text, a0, a1):
            return "year"  # "the 1990s"
        if sfx in ("st", "nd", "rd", "th"):  # (not "ſt": the pattern's case folding lets it in)
            if lex.month_after.match(text, a1 - len(sfx), min(len(text), e + 30)) or lex.month_before.search(before):
                return "date"
            return "ordinal"
    after = text[e:e + 30]
    # speed: each "...$" search below runs only when the window's tail (its last characters,
    # trailing spaces stripped, lower-cased once for the label, age and prefix tests) can end
    # one of its phrases (see _TailTest; a non-ASCII tail lets every search through)
    stripped = before.rstrip()
    tail = stripped[-lex.tail_width:]
    tail = tail.lower() if tail.isascii() else None
    if is_digits:
        if (tail is None or tail.endswith(lex.label_words)) and lex.label_before.search(before):
            return "label"
        if 1800 <= value <= 2100 and a1 - a0 == 4 and _FOUR_DIGITS.fullmatch(text, a0, a1):
            um = _unit_after(lex, after)
            if um and lex.unit_words[_norm(um.group(1))] == "time":
                return "time"  # "1900 GMT"
            return "year"
        # speed: both month patterns (case-sensitive) hold a month name, and every month name
        # starts with one of _MONTH_PREFIX's words: a window without one is not searched (first
        # one search over before, number and after: a month name in either is in it)
        if value <= 31 and _MONTH_PREFIX.search(text, s - 30 if s > 30 else 0, e + 30) is not None and (
            (_MONTH_PREFIX.search(before) is not None and lex.month_before.search(before))
            or (_MONTH_PREFIX.search(after) is not None and lex.month_after.match(after))
        ):
            return "date"
    # what follows, hyphens read as spaces and leading spaces stripped: where "years old" or a
    # unit word can start (see _may_be_years_old and _unit_after)
    head = after.replace("-", " ").lstrip()
    if (before[-1:].isspace() and (tail is None or tail.endswith(lex.age_words)) and lex.age_before.search(before)) or (
        (not head[:4].isascii() or head[:4].lower() == "year") and lex.age_after.match(after)
    ):
        return "age"
    if tail is None or tail.endswith(lex.prefix_words):
        pm = lex.prefix_before.search(before)
        if pm:
            return lex.unit_prefixes[_norm(pm.group(1) or pm.group(2))]
    # (the test of _unit_after on ``head``: hyphens read as spaces pass every place where the
    # unit pattern's "\s*(?:-\s*)?" can end, and more)
    width, words = lex.unit_head_test
    um = lex.unit_after.match(after) if not head[:width].isascii() or head[:width].lower().startswith(words) else None
    if um:
        return lex.unit_words[_norm(um.group(1))]
    return ""


def _may_be_years_old(after: str) -> bool:
    """False only if ``age_after`` (``[\\s\\-]*years?...``, case-insensitive) cannot match
    ``after``: its first characters past spaces and hyphens are ASCII and not "year"."""
    head = after.replace("-", " ").lstrip()[:4]
    return not head.isascii() or head.lower() == "year"


def _unit_after(lex: _Lex, after: str):
    """``lex.unit_after.match(after)`` (``\\s*(?:-\\s*)?UNIT...``), tried only where a unit word's
    first word starts after the spaces, or after the spaces, a hyphen and spaces (speed: most
    numbers are followed by a noun that is no unit; see _HeadTest)."""
    head = after.lstrip()
    test = lex.unit_head.may_start
    if test(head) or (head[:1] == "-" and test(head[1:].lstrip())):
        return lex.unit_after.match(after)
    return None




def by_sentence(ms: list) -> dict[int, list]:
    """Mentions (anything with a ``sentence_index``) grouped by sentence index, in input order."""
    # speed: one plain loop (a dict lookup and an append a mention) takes about half the time
    # of itertools.groupby on the coder's lists (~20 mentions in ~10 sentences: a group object
    # and a list() call a sentence cost more than the loop)
    out: dict[int, list] = {}
    for m in ms:
        si = m.sentence_index
        lst = out.get(si)
        if lst is None:
            out[si] = [m]
        else:
            lst.append(m)
    return out
