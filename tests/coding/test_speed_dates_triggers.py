"""The speed helpers of analysis.coding.dates and analysis.coding.triggers give the same
answers as the plain regex passes / constructors they replace (hand-checked cases, plus
equivalence checks against the regexes themselves)."""

from __future__ import annotations

import re

import pytest

from analysis.coding import dates as D
from analysis.coding import text as T
from analysis.coding import triggers as TR
from analysis.records import TriggerMention

TRICKY = [
    "On Tuesday, Aug. 25, 2024, and 22-27 July 2024 (the 3rd), Dec. 31 to Jan. 2, 2024.",
    "The Mayor said 12024 people; 2012-2013, 2020 and 2021; the 2010s; mid-2023; 25/08/2024 2024-08-26.",
    "between March and May 2023, 30-31 July, 22nd of July, JULY 4, 1/2/24, 123 July, 2000 soldiers",
    "yesterdays today TODAY tonight weekday weekends last week, 3 days ago, Wednesday's attack",
    "overnight Friday to Saturday; SUNDAY; Sundays; Monday-Tuesday night; 19999 Sept 11 2001",
    "x" * 50 + " 7 March " + " " * 60 + "8th of   April\n9\tMay 2020",
]


@pytest.mark.parametrize("text", TRICKY)
def test_matches_at_is_finditer(text):
    cues = D._Cues(text)
    low = text.lower()
    cases = [
        (D._MD, text, cues.months),
        (D._MY, text, cues.months),
        (D._DM, text, cues.day_starts),
        (D._YEARS, text, cues.year_starts),
        (D._NUMDATE, text, cues.digits),
        (D._WD, text, D._weekday_starts(text)),
        (D._REL_KEY, low, D._literal_starts(low, D._REL_LITERALS)),
    ]
    for rx, s, starts in cases:
        assert [m.span() for m in D._matches_at(rx, s, starts)] == [m.span() for m in rx.finditer(s)], rx.pattern
        assert [m.span() for m in D._matches_at(rx, s, None)] == [m.span() for m in rx.finditer(s)]


def test_cue_offsets_by_hand():
    text = "On Monday and Tuesday, 12 March 2024"
    cues = D._Cues(text)
    assert cues.months == [26]
    assert cues.runs == [(23, 25), (32, 36)]
    # days of a day-month: the runs that end before the last month name ("12", not "2024")
    assert cues.day_starts == [23]
    assert D._Cues("2 May and 3 June, 2024 and 7").day_starts == [0, 10]
    assert D._Cues("On 123 July").day_starts == [4]
    assert D._Cues("no month 12 here").day_starts == []
    assert cues.year_starts == [32]
    assert D._weekday_starts(text) == [3, 14]
    assert D._literal_starts("yesterday and today", D._REL_LITERALS) == [0, 6, 14, 16]


def test_odd_folds_complete():
    """The only characters a case-insensitive regex matches with an ASCII letter although
    str.lower() does not turn them into that letter."""
    rx = re.compile(r"(?i)[a-z]")
    odd = [
        c for c in map(chr, range(128, 0x110000))
        if rx.match(c) and not (c.lower().isascii() and len(c.lower()) == 1)
    ]
    assert sorted(odd) == sorted(D._ODD_FOLDS)


def _alternatives(pattern: re.Pattern) -> list[str]:
    """The words of the first alternation group of a lead pattern, ``\\s+`` as a space."""
    src = pattern.pattern
    inner = re.search(r"\(\?(?:P<\w+>|:)((?:[a-z]|\\s\+|\\\.|\|)+)\)", src).group(1)
    return [a.replace(r"\s+", " ").replace("\\.", ".") for a in inner.split("|")]


@pytest.mark.parametrize("pattern", list(D._LEAD_SHAPES))
def test_lead_shortcut_is_search(pattern):
    alts = _alternatives(pattern)
    assert len(alts) >= 4
    finals, words, _ = D._LEAD_SHAPES[pattern]
    extra = {D._YEAR_FUTURE_LEAD: ["by the end of", "until the end of"]}.get(pattern, [])
    for alt in alts + extra:
        assert alt.split()[-1] in finals and len(alt.split()) <= words, alt
    tails = [" ", "  \n ", "-", ""]
    for alt in alts + extra + ["ON THE NIGHT OF", "Late  On", "xon", "no", "the", "US$", "€", "#", "as   of", "(on"]:
        for pre in ["", "word ", "(", "said the", "x" * 45 + " "]:
            for tail in tails:
                text = pre + alt + tail + "2024"
                start = len(text) - 4
                for width in (16, 24, 30, 40):
                    got = D._lead(text, start, pattern, width)
                    want = pattern.search(text, max(0, start - width), start)
                    assert (got and got.span()) == (want and want.span()), (text, width)


def test_future_words_cover_every_marker():
    phrases = ["will", "shall", "won't", "won’t", "is due", "are  due", "due to", "scheduled", "set to",
               "expected to", "plan to", "plans to", "planned", "going to", "to be held", "to take place",
               "intend to", "intends to", "upcoming", "ahead of"]
    for p in phrases:
        for variant in (p, p.upper(), p.title()):
            window = "They said it " + variant + " "
            assert D._FUTURE_MARK.search(window), variant
            assert D._may_contain(window, D._FUTURE_WORDS), variant
    assert not D._may_contain("Gunmen attacked the village on ", D._FUTURE_WORDS)
    assert D._may_contain("it \u017fhall", D._FUTURE_WORDS)  # long s: left to the regex


def test_required_words_by_hand():
    req = TR._required_words
    assert req(TR._phrase_pattern("were|was found dead")) == ({"found"}, 1)
    assert req(TR._phrase_pattern("repelled|repulsed an|the? attack|assault")) == ({"attack", "assault"}, 2)
    assert req(TR._phrase_pattern("left {0,3} dead")) == ({"dead"}, 4)
    assert req(TR._phrase_pattern("pull out? of|from {0,12} ecowas")) == ({"of", "from"}, 2)
    assert req(TR._phrase_pattern("set {0,3} ablaze|alight|on fire")) == ({"ablaze", "alight", "on"}, 4)
    assert req(TR._phrase_pattern("launched|carried out? {0,3} strikes")) == ({"strikes"}, 5)
    assert req(TR._phrase_pattern("lost their|his?")) is None


def test_phrases_match_as_without_the_reject():
    """Every phrase found with the cheap reject is found without it, on texts with gaps,
    quotes and near misses."""
    m = TR._matchers(T.nlp().vocab)
    by_word = {T.nlp().vocab.strings[key].split(":", 1)[1]: pats for key, pats in m.anchored.items()}
    texts = [
        "They launched a deadly attack. They launched, on Friday, “a new” offensive; left 3 people dead.",
        "Jihadists set the camp and the village ablaze. They set it on fire. Were found dead, was found “dead”.",
        "Mali announced the withdrawal. It announced its “immediate” and total withdrawal from ECOWAS.",
        "The army took “complete control” of Kidal. Rebels took over the town. held the president",
        "left with hostages; made off with four of their hostages; withdrawal of French troops",
    ]
    for text in texts:
        lowers = T.token_arrays(T.parse(text)).lower
        anchors = [(i, by_word[low]) for i, low in enumerate(lowers) if low in by_word]
        fast: list = []
        TR._phrase_matches(lowers, anchors, fast)
        # (a phrase's context after its ">>" mark must follow, reject or not)
        slow = [(i, end, key) for i, pats in anchors for key, pattern, _, context in pats
                if (end := TR._match_at(lowers, i, pattern, 0)) > i
                and (context is None or TR._match_at(lowers, end, context, 0) >= 0)]
        assert fast == slow and fast, text


def test_found_mentions_equal_the_constructors():
    """find_triggers and find_dates fill their records' dicts directly (speed): every field,
    in field order, the same object as the constructor's."""
    import dataclasses

    from analysis.records import DateMention

    text = "Gunmen attacked the army post on Tuesday. Five soldiers were killed by a suicide attack on 3 May 2024."
    doc = T.parse(text)
    sents = T.split_sentences(doc)
    found = TR.find_triggers(doc, sents) + D.find_dates(text, D.date(2024, 5, 9), sents)
    assert len(found) >= 5
    for fast in found:
        cls = type(fast)
        assert cls in (TriggerMention, DateMention)
        names = [f.name for f in dataclasses.fields(cls)]
        assert list(vars(fast)) == names
        plain = cls(**vars(fast))
        assert fast == plain and repr(fast) == repr(plain) and hash(fast) == hash(plain)


def test_phrase_after_quote_and_anchor_in_matcher():
    doc = T.parse("Rebels have taken “complete control” of the town. Five were found dead.")
    found = TR.find_triggers(doc, T.split_sentences(doc))
    assert [t.text for t in found] == ["taken “complete control” of", "were found dead"]


def test_resolution_shortcut_equals_constructor():
    types = TR.load_lexicon().types
    head = TriggerMention(start=1, end=5, text="kill", event_type="a", sub_event_type="b", disorder_type="c",
                          sentence_index=3, lemma="kill", passive=False, key="kill", pos="verb", strength=0.5)
    fast = TR._resolution(types, "attack", head, "attack on civilians", True)
    plain = TR.Resolution("attack", types["attack"], head, True, "attack on civilians")
    assert fast == plain and repr(fast) == repr(plain) and hash(fast) == hash(plain)
    assert TR._resolution(types, "looting", head, "x") == TR.Resolution("looting", types["looting"], head, False, "x")


def test_first_of_is_the_first_trigger_with_a_wanted_key():
    def t(key, start):
        return TriggerMention(start=start, end=start + 1, text="x", event_type="a", sub_event_type="b",
                              disorder_type="c", sentence_index=0, lemma="x", passive=False, key=key,
                              pos="verb", strength=1.0)
    trs = [t("kill", 0), t("attack", 5), t("kill", 9)]
    assert TR._first_of(trs, "kill") is trs[0]
    assert TR._first_of(trs, "abduction", "attack") is trs[1]
    with pytest.raises(StopIteration):
        TR._first_of(trs, "looting")


def test_trigger_sentence_index_by_pointer_walk():
    text = "Gunmen attacked a village. Nothing happened here. Soldiers killed three. The army attacked."
    doc = T.parse(text)
    sents = T.split_sentences(doc)
    found = TR.find_triggers(doc, sents)
    starts = [s.start for s in sents]
    import bisect
    assert [t.sentence_index for t in found] == [sents[bisect.bisect_right(starts, t.start) - 1].index for t in found]
    assert [t.sentence_index for t in found] == [0, 2, 3]


def test_digit_runs_by_hand_and_as_the_regex():
    """The byte-mask digit runs equal the regex's, also with non-ASCII digits (which only the
    regex sees), many non-ASCII characters and past the run limit."""
    assert D._digit_runs("On 12 March 2024, 3rd") == [(3, 5), (12, 16), (18, 19)]
    assert D._digit_runs("“12” 2024’s") == [(1, 3), (5, 9)]
    assert D._digit_runs("no digits ’here’") == []
    assert D._digit_runs("in ٢٠٢٣ and 5") == [(3, 7), (12, 13)]  # Arabic-Indic digits: \d
    assert D._digit_runs("1 " * (D._MAX_RUNS + 1)) is None
    import random
    rng = random.Random(3)
    alphabet = "ab 0123456789?’“é٣３\n-/"
    cases = ["x’" * 70 + "12 ١", "’" * 70 + "7 8"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)
    ]
    for text in cases:
        assert D._digit_runs(text) == D._regex_runs(text) == (
            [m.span() for m in D._DIGIT_RUN.finditer(text)] if len(D._DIGIT_RUN.findall(text)) <= D._MAX_RUNS else None
        ), text


def test_relative_keys_after_a_letter_are_dropped_before_the_regex():
    """"Monday", "weekday", "birthday": no relative key; "today", "last week" are."""
    pub = D.date(2024, 8, 26)
    found = [(m.text, m.kind) for m in D.find_dates("Monday's birthday weekday; today, last week.", pub)]
    assert ("today", "relative") in found and ("last week", "week") in found
    assert not any(t in ("day", "week") for t, _ in found)


def test_longest_equals_the_plain_rule():
    """The shortcut of the longest-match rule keeps what the plain rule keeps, on random
    matches with overlaps, equal spans and ties."""
    import random
    rng = random.Random(5)
    rank = {k: (-rng.choice([1.0, 0.8, 0.5]), rng.randint(0, 3)) for k in range(8)}
    for _ in range(5000):
        raw = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 30)
            raw.append((s, s + rng.choice([1, 1, 1, 2, 3, 5]), rng.randrange(8)))
        assert TR._longest(list(raw), rank, 40) == TR._longest_plain(list(raw), rank, 40), raw
    # by hand: "suicide attack" (2 tokens) beats "attack"; separate matches all kept
    assert TR._longest([(3, 4, 1), (2, 4, 2), (7, 8, 3)], rank, 10) == [(2, 4, 2), (7, 8, 3)]


@pytest.mark.parametrize("pattern", list(D._LEAD_BUDGETS))
def test_lead_budgets_on_random_word_runs(pattern):
    """_lead with the word budgets finds what the regex finds, on runs of the pattern's own
    words (so that longer alternatives end in a budgeted word) in any case and spacing."""
    import random
    rng = random.Random(11)
    vocab = sorted({w for alt in _alternatives(pattern) for w in alt.split()}) + ["x", "(on", "mid-", "On", "IN"]
    for _ in range(4000):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 6))]
        words = [w.upper() if rng.random() < 0.1 else w for w in words]
        text = rng.choice(["", "(", "x "]) + rng.choice([" ", "  ", "\n"]).join(words) + rng.choice([" ", "-", "  "]) + "2024"
        start = len(text) - 4
        for width in (16, 24, 30, 40):
            got = D._lead(text, start, pattern, width)
            want = pattern.search(text, max(0, start - width), start)
            assert (got and got.span()) == (want and want.span()), (text, width)
    for final, n in D._LEAD_BUDGETS[pattern].items():
        assert final in D._LEAD_SHAPES[pattern][0] and n < D._LEAD_SHAPES[pattern][1]


def test_week_after_shortcut_is_the_regex():
    """_may_be_rel_after says False only where _REL_WEEK_AFTER / _REL_YEAR_AFTER cannot match."""
    import random
    rng = random.Random(13)
    pieces = [",", " ", "  ", "\n", "\u00a0", "of", "last", "Last", "this", "next", "Next", "week", "weeks", "year", "x", "o", "."]
    texts = ["Tuesday last week", "Friday, of next week", "Monday,last week", "Monday" + " " * 30 + "last week"]
    texts += ["Monday" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for text in texts:
        if D._REL_WEEK_AFTER.match(text, 6) or D._REL_YEAR_AFTER.match(text, 6):
            assert D._may_be_rel_after(text, 6), text
    assert not D._may_be_rel_after("Monday morning", 6) and not D._may_be_rel_after("Monday's", 6)
