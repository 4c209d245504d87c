"""The second wave of frames shortcuts (speed) agrees with the plain rules they stand for.

Each reordered or pre-checked helper is compared with its former, plain version (kept here) on
hand-made and random token sequences, parsed by the coder's own tokenizer.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

from analysis.coding import frames as F
from analysis.coding import text as T

#: Words the perfect, span, toll and role rules look at, so random sequences hit them often.
WORDS = sorted(
    F._SPAN_MARKS | F._HAVE | F._SINCE_BREAKS | F._TOLL_NOUNS | F._TOLL_REVISE | F._TOLL_OBJECTS
    | F._COUNTED_BY | F._PERFECT | F._SUFFER_VERBS
    | {"killed", "attacks", "past", "months", "years", "two", "12", "2024", "monday", "march", "the", "soldiers",
       "army", ".", ",", ";", "in", "on", "to", "x", "y", "said", "decade", "fighting", "toll", "rose"}
)


def _tokens(rng: random.Random, n: int):
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    return T.token_arrays(T.parse(text))


def _perfect_span_plain(tk, t, a: int) -> bool:
    """_perfect_span before the second wave: the window first, every span mark scanned."""
    low = tk.lower
    n = len(low)
    part = F._perfect_participle(low, a, t)
    perfect = 0 <= part < n
    if not perfect:
        part = a
    lo, hi = F._sentence_window(low, a)
    found = False
    for j in range(part + 1, min(part + 14, n)):
        w = low[j]
        if w in F._SINCE_BREAKS:
            break
        if w in F._SPAN_MARKS and F._span_at(low, j, perfect):
            if w == "for" and (low[part] in F._MEASURE_VERBS or low[a] in F._MEASURE_VERBS):
                continue
            found = True
            break
    if not perfect:
        if not (found and F._toll_phrase(tk, a, j)):
            return False
    elif not found and lo + 2 < a and F._opening_span(low, lo, a):
        found = True
    k = min(a, part) - 1
    while k >= lo and low[k] not in (",", ";"):
        k -= 1
    if found:
        return not F._event_day_in(low, k + 1, hi)
    if lo < 2 or low[lo - 1] not in F._STOPS or low[lo].isspace() or F._event_day_in(low, lo, hi) \
            or F._tells_specifics(tk, lo, hi):
        return False
    plo = F._sentence_window(low, lo - 2)[0]
    return not F._HAVE.isdisjoint(low[plo : lo - 1]) and F._opening_span(low, plo, lo - 1)


def _toll_revised_plain(low: list[str], a: int, b: int) -> bool:
    """_toll_revised before the second wave: the toll-noun test last."""
    k = a - 1
    while k >= 0 and a - k <= 5 and (low[k] in F._TOLL_REVISE_GAP or low[k] in F._TOLL_NEW_FIGURE or low[k].isdigit()):
        k -= 1
    before = k >= 0 and k < a - 1 and low[k] in F._TOLL_REVISE
    if before and F._TOLL_OBJECTS.isdisjoint(low[k + 1 : a]):
        j = k - 1
        while j >= 0 and k - j <= 3 and low[j] in ("was", "were", "has", "had", "been", "have"):
            j -= 1
        before = j >= 0 and low[j] in F._TOLL_OBJECTS
    if not before:
        j = b
        while j < len(low) and j - b <= 7 and (low[j] in F._TOLL_REVISE_GAP or low[j] in (
                ",", "the", "was", "has", "had", "been", "official", "provisional")):
            j += 1
        if not (j < len(low) and j > b and low[j] in F._TOLL_REVISE and "toll" in low[b:j]):
            return False
    lo = a - 14 if a > 14 else 0
    return not F._TOLL_NOUNS.isdisjoint(low[lo : b + 14])


def _count_said_plain(low: list[str], b: int) -> bool:
    for k in range(b, min(len(low), b + 25)):
        w = low[k]
        if w in F._SENTENCE_END:
            return False
        if w in F._COUNTED_BY and not F._PERFECT.isdisjoint(low[k - 3 if k > 3 else 0 : k]):
            return True
    return False


def test_perfect_span_equals_the_plain_rule():
    rng = random.Random(23)
    hits = 0
    for _ in range(400):
        tk = _tokens(rng, rng.randint(1, 40))
        for a in range(len(tk.lower)):
            for pos in ("verb", "noun"):
                t = SimpleNamespace(pos=pos)
                got = F._perfect_span(tk, t, a)
                assert got == _perfect_span_plain(tk, t, a), (tk.lower, a, pos)
                hits += got
    assert hits > 0  # (the random sequences do reach the True cases)


def test_perfect_span_hand_checked():
    tk = T.token_arrays(T.parse("Attacks have killed 300 civilians over the past two years."))
    assert F._perfect_span(tk, SimpleNamespace(pos="verb"), 2) is True
    tk = T.token_arrays(T.parse("Gunmen killed 12 villagers on Monday."))
    assert F._perfect_span(tk, SimpleNamespace(pos="verb"), 1) is False


def test_toll_revised_and_count_said_equal_the_plain_rules():
    rng = random.Random(5)
    for _ in range(1500):
        low = _tokens(rng, rng.randint(1, 30)).lower
        for a in range(len(low)):
            for b in range(a + 1, min(len(low), a + 3) + 1):
                assert F._toll_revised(low, a, b) == _toll_revised_plain(low, a, b), (low, a, b)
            assert F._count_said(low, a) == _count_said_plain(low, a), (low, a)
    low = "the toll rose to 15 on monday".split()
    assert F._toll_revised(low, 6, 7) is True


def test_roles_of_a_sentence_without_actors_are_empty():
    # _frame skips _roles when the sentence names no actor (F._NO_ROLES): every path of _roles
    # then finds nothing
    rng = random.Random(3)
    for _ in range(300):
        tk = _tokens(rng, rng.randint(2, 30))
        n = len(tk.lower)
        for a in range(n):
            for pos in ("verb", "noun"):
                head = SimpleNamespace(start=tk.idx[a], end=tk.idx[a] + 1, text=tk.lower[a], lemma=tk.lower[a],
                                       pos=pos, passive=rng.random() < 0.3, key=rng.choice(("kill", "attack", "arrests")))
                tsp = {id(head): (a, a + 1)}
                got = F._roles(tk, head, [], 0, n, 0, [head], (), tsp, [], [], [head])
                assert got[:4] == F._NO_ROLES[:4] and not got[4], (tk.lower, a, pos)
