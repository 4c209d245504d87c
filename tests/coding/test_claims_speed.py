"""The shortcuts of analysis.coding.claims (speed) agree with the plain rules they stand for.

Each fast helper is compared with the plain version it replaces on hand-made and random input.
"""

from __future__ import annotations

import random

from analysis.coding import claims as C
from analysis.coding import text as T
from analysis.records import ActorMention


def _mention(si: int, n: int) -> ActorMention:
    return ActorMention(start=n, end=n + 1, text="x", actor=f"a{n}", inter=1, sentence_index=si)


def _agree(ms: list[ActorMention], indexes) -> None:
    plain = T.by_sentence(ms)
    fast = C._mentions_by_sentence(ms)
    for si in indexes:
        got, want = fast(si), plain.get(si)
        assert got == want, (si, got, want)
        assert got is None or [id(m) for m in got] == [id(m) for m in want]  # the same mentions, in order


def test_mentions_by_sentence_hand_checked():
    ms = [_mention(0, 0), _mention(0, 1), _mention(2, 2), _mention(5, 3), _mention(5, 4)]
    fast = C._mentions_by_sentence(ms)
    assert fast(0) == ms[:2] and fast(2) == [ms[2]] and fast(5) == ms[3:]
    assert fast(1) is None and fast(3) is None and fast(6) is None and fast(-1) is None
    assert C._mentions_by_sentence([])(0) is None
    # out of sentence order (not what find_actors gives): grouped as by_sentence groups them
    ms = [_mention(2, 0), _mention(0, 1), _mention(2, 2)]
    assert C._mentions_by_sentence(ms)(2) == [ms[0], ms[2]]
    _agree(ms, range(-1, 4))


def test_mentions_by_sentence_is_by_sentence_get():
    rng = random.Random(11)
    for _ in range(2000):
        sis = [rng.randint(-1, 6) for _ in range(rng.randint(0, 12))]
        if rng.random() < 0.6:
            sis.sort()
        ms = [_mention(si, n) for n, si in enumerate(sis)]
        _agree(ms, range(-2, 8))


def test_phrase_index_firsts_are_the_table_keys():
    """_PhraseIndex.firsts (the frozenset the first-word pre-checks test) is always the set of
    ``table``'s keys: for every index of the lexicon, and while phrases are added."""
    lex = C.load_lexicon()
    for name, value in vars(lex).items():
        if isinstance(value, C._PhraseIndex):
            assert value.firsts == frozenset(value.table), name
    idx = C._PhraseIndex()
    assert idx.firsts == frozenset()
    for phrase in ["the source", "the same source", "source", "a witness", "the source", ""]:
        idx.add(phrase, phrase)
        assert idx.firsts == frozenset(idx.table)
    assert idx.firsts == {"the", "source", "a"}


def _claim(rng: random.Random, **fixed) -> C.CasualtyClaim:
    count = rng.choice([-1, 0, 1, 2, 3, 9, 10, 12, 20, 100, 1000, 15])
    fields = dict(
        start=rng.randint(0, 50), end=rng.randint(50, 90), quote=rng.choice(["q1", "q2"]), count=count,
        claimant=rng.choice(["Malian armed forces", "JNIM", "the outlet", "local official", "residents"]),
        claim_kind=rng.choice(C.KINDS), victim_group=rng.choice(["soldiers", "civilians", "people", "Wagner", "militants"]),
        qualifier=rng.choice(["exact", "at least", "about", "more than"]),
        killed_or_other=rng.choice(["killed", "killed", "killed", "wounded", "missing"]),
        superseded=rng.random() < 0.3, high=rng.choice([None, None, count + 5, count - 1]),
        vague=rng.random() < 0.3,
    )
    fields.update(fixed)
    return C.CasualtyClaim(**fields)


def test_one_claim_range_is_the_general_rule():
    # A lone claim takes a shortcut (_one_claim_range); beside a claim the rule ignores (not a
    # death figure) it takes the general path: both answers must be the same.
    rng = random.Random(11)
    for _ in range(4000):
        c = _claim(rng)
        ignored = _claim(rng, killed_or_other=rng.choice(["wounded", "missing"]))
        zero = _claim(rng, killed_or_other="killed", count=0)
        one = C.fatality_range([c])
        assert one == C.fatality_range((c,)) == C.fatality_range(iter([c]))
        assert one == C.fatality_range([c, ignored]) == C.fatality_range([zero, c]), c


def test_one_claim_range_hand_checked():
    base = dict(start=0, end=5, quote="q", claimant="JNIM", claim_kind="claimed", victim_group="soldiers")
    assert C.fatality_range([C.CasualtyClaim(count=12, **base)]) == C.FatalityRange(
        12, 12, 12, "JNIM claimed 12 soldiers were killed.")
    assert C.fatality_range([C.CasualtyClaim(count=12, high=15, qualifier="at least", **base)]) == C.FatalityRange(
        12, 12, 15, "JNIM claimed at least 12-15 soldiers were killed.")
    assert C.fatality_range([C.CasualtyClaim(count=12, vague=True, **base)]) == C.FatalityRange(
        12, 12, 12, "JNIM claimed dozens of soldiers were killed.")
    assert C.fatality_range([C.CasualtyClaim(count=3, vague=True, **base)]) == C.FatalityRange(
        0, None, None, "JNIM claimed several soldiers were killed.")
    assert C.fatality_range([C.CasualtyClaim(count=3, killed_or_other="wounded", **base)]) == C.FatalityRange(0, None, None, "")
    assert C.fatality_range([C.CasualtyClaim(count=4, superseded=True, **base)]).fatalities == 4
