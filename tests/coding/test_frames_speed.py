"""The shortcuts of analysis.coding.frames (speed) agree with the plain rules they stand for.

Each fast helper is compared with a plain version of the same rule on hand-made and random
token sequences; the expected values of the hand-made cases were checked by reading them.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

from analysis.coding import frames as F
from analysis.coding import text as T
from analysis.records import ActorMention

#: Words the frame rules look at, to build random token sequences that hit them often.
WORDS = sorted(
    F._SPEAKER_CUES | F._SPEAKER_BACK | F._SPEAKER_SKIP | F._RELATIVE
    | {"army", "jihadists", "mayor", "of", "for", ",", ";", ".", "the", "x", "y", "z", "that", "while"}
)


def _actor(a: int, b: int) -> ActorMention:
    return ActorMention(start=a, end=b, text="x", actor="x", inter=1)


def test_may_speak_is_false_only_where_is_speaker_is():
    rng = random.Random(7)
    for _ in range(3000):
        low = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
        tk = SimpleNamespace(lower=low)
        for a in range(len(low)):
            for b in range(a + 1, min(len(low), a + 3) + 1):
                if F._is_speaker(tk, _actor(a, b), a, b):
                    assert F._may_speak(low, a, b), (low, a, b)


def test_may_speak_hand_checked():
    # "said to the the the army ." : _is_speaker skips back over the run to "said"
    low = "said to the the the army .".split()
    assert F._is_speaker(SimpleNamespace(lower=low), _actor(5, 6), 5, 6)
    assert F._may_speak(low, 5, 6)
    low = "x y z army attacked the base .".split()  # no cue word near: not a speaker
    assert not F._may_speak(low, 3, 4)
    low = "x y army spokesman z".split()
    assert F._may_speak(low, 2, 3)


def _parentheticals_plain(low: list[str], a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for i in range(a + 1, b - 1):
        if low[i - 1] == "," and low[i] in ("which", "who", "whose"):
            j = i + 1
            while j < b and low[j] not in (",", ";"):
                j += 1
            out.append((i, j))
    return out


def test_parentheticals_equal_the_token_loop():
    rng = random.Random(11)
    words = [",", ";", "which", "who", "whose", "x", "y"]
    for _ in range(3000):
        low = [rng.choice(words) for _ in range(rng.randint(0, 16))]
        a = rng.randint(0, len(low))
        b = rng.randint(a, len(low))
        tk = SimpleNamespace(lower=low)
        assert F._parentheticals(tk, a, b) == _parentheticals_plain(low, a, b), (low, a, b)
    low = "the army , which is assisting x , attacked".split()
    assert F._parentheticals(SimpleNamespace(lower=low), 0, len(low)) == [(3, 7)]


def test_by_sentence_keeps_input_order_and_joins_runs():
    ms = [SimpleNamespace(sentence_index=i, k=k) for k, i in enumerate([0, 0, 2, 1, 2, 2])]
    got = T.by_sentence(ms)
    assert {si: [m.k for m in run] for si, run in got.items()} == {0: [0, 1], 2: [2, 4, 5], 1: [3]}
    assert list(got) == [0, 2, 1]
    assert T.by_sentence([]) == {}


def test_clause_cuts_bound_the_clauses():
    text = "Jihadists attacked the base, while the army was away; 20 soldiers died."
    doc = T.parse(text)
    s = T.split_sentences(doc)[0]
    tk = T.token_arrays(doc)
    a, b = tk.span(s.start, s.end)
    cuts = F._clause_cuts(tk, s, a, b, tk.lower[a:b])
    assert [text[x:y] for x, y in zip(cuts, cuts[1:])] == [
        "Jihadists attacked the base, ", "while the army was away", "; 20 soldiers died."]
    assert F._clauses(tk, s) == list(zip(cuts, cuts[1:]))
    plain = "Jihadists attacked the base."
    doc = T.parse(plain)
    s = T.split_sentences(doc)[0]
    tk = T.token_arrays(doc)
    a, b = tk.span(s.start, s.end)
    assert F._clause_cuts(tk, s, a, b, tk.lower[a:b]) == [s.start, s.end]


def test_span_items_equal_token_spans():
    text = "  The army said: jihadists attacked Gao on Monday."
    doc = T.parse(text)
    tk = T.token_arrays(doc)
    ms = [SimpleNamespace(start=a, end=b) for a in range(len(text) + 2) for b in range(a, len(text) + 3)]
    assert F._span_items(tk, ms) == [(*tk.span(m.start, m.end), m) for m in ms]


def _sentence_window_plain(low: list[str], a: int, reach: int = 40) -> tuple[int, int]:
    lo = a - reach if a > reach else 0
    k = a - 1
    while k >= lo and low[k] not in F._STOPS:
        k -= 1
    hi = a + reach if a + reach < len(low) else len(low)
    j = a + 1
    while j < hi and low[j] not in F._STOPS:
        j += 1
    return k + 1, j


def test_sentence_window_equals_the_token_loop():
    rng = random.Random(11)
    words = ["x", "y", "the", ",", ".", ";", "!", "?", "said"]
    for _ in range(1500):
        low = [rng.choice(words) for _ in range(rng.randint(1, 120))]
        for a in range(len(low)):
            for reach in (40, 3, 1):
                assert F._sentence_window(low, a, reach) == _sentence_window_plain(low, a, reach), (low, a, reach)
    # a new token list (another Doc) is indexed afresh, and one without stops
    low = "a b c d".split()
    assert F._sentence_window(low, 2) == (0, 4)
    low = "a . b c ; d".split()
    assert F._sentence_window(low, 3) == (2, 4)
    assert F._sentence_window(low, 1) == (0, 4)
