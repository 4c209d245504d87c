"""The shortcuts of analysis.coding.extract (speed) agree with the plain rules they stand for.

Each fast helper is compared with the plain search or loop it replaces on hand-made and random
texts built from the words the patterns look for; the hand-made cases were checked by reading them.
"""

from __future__ import annotations

import random

from analysis.coding import extract as E

#: Words around the context pattern (_CONTEXT_AFTER): its determiners, adjectives, nouns and
#: verbs, look-alikes ("become", "following", "income"), punctuation and other words.
CONTEXT_WORDS = ["the", "The", "this", "that", "their", "its", "It's", "new", "latest", "government's", "junta's",
                 "announcement", "move", "moves", "decision", "deal", "comes", "come", "came", "became", "become",
                 "follows", "follow", "followed", "following", "income", "after", "amid", "as", "a", "the first",
                 "part", "in the wake of", "days", "just", "weeks", "attack", "attacks", "\"the", "(the", "x", "y",
                 ",", ".", "Mali", "\u00e9t\u00e9", "\u2019s"]
SPACES = [" ", " ", " ", "  ", "\n", "\t", "\n\n", ""]
#: ... and the parts of a match in their order, to build texts shaped like one.
CONTEXT_PARTS = [["the", "The", "this", "that", "their", "its", "x", ","], ["new", "latest", "government's", "x"],
                 ["announcement", "move", "moves", "decision", "deal", "income"],
                 ["comes", "come", "came", "became", "follows", "follow", "followed", "following"],
                 ["after", "amid", "as", "as a", "as part", "in the wake of", "days", "just", "weeks after"]]


def _random_text(rng: random.Random, words: list[str], n: int) -> str:
    return "".join(rng.choice(words) + rng.choice(SPACES) for _ in range(n))


def _span(m):
    return None if m is None else m.span()


def test_context_search_equals_the_plain_search():
    rng = random.Random(5)
    found = 0
    for k in range(4000):
        if k % 2:
            text = _random_text(rng, CONTEXT_WORDS, rng.randint(0, 30))
        else:  # (phrases shaped like a match, some broken)
            text = "".join(_random_text(rng, part, 1) for _ in range(rng.randint(1, 3)) for part in CONTEXT_PARTS
                           if rng.random() < 0.85)
        plain = E._CONTEXT_AFTER.search(text)
        found += plain is not None
        assert _span(E._context_search(text, E._plain_lower(text))) == _span(plain), text
        assert _span(E._context_search(text, None)) == _span(plain), text
    assert found > 200  # (the random texts do hit the pattern)


def test_context_search_hand_checked():
    text = "Mali left ECOWAS. The move comes after a string of attacks. Its decision follows raids."
    low = E._plain_lower(text)
    assert E._context_search(text, low).start() == text.index("The move")
    text = "It became clear. Their\n\nannouncement   came   just days after the attack"
    assert E._context_search(text, E._plain_lower(text)).start() == text.index("Their")
    text = "The announcement comes as a surprise; income follows the deal, which became law."
    assert E._context_search(text, E._plain_lower(text)) is None
    # a fold trap ("\u212a", the Kelvin sign, is a "k" to a case-insensitive pattern): no lower-cased text
    assert E._plain_lower("\u212aidal: the move came after raids") is None


def test_consequence_head_finds_every_consequence_clause():
    # _consequence_places skips an article where the head is nowhere: every match of the clause
    # pattern, in any window, starts with a match of the head
    rng = random.Random(9)
    words = [",", ", and", "causing", "Causing", "prompting", "fuelling", "fueling", "leading to", "leading",
             "resulting in", "paralysing", "paralyzing", "queues", "in", "Bamako", ".", ";", "x"]
    for _ in range(3000):
        text = _random_text(rng, words, rng.randint(0, 14))
        if E._CONSEQUENCE_HEAD.search(text) is None:
            for lo in range(len(text) + 1):
                for hi in range(lo, len(text) + 1):
                    assert E._CONSEQUENCE.search(text, lo, hi) is None, (text, lo, hi)
    assert E._CONSEQUENCE_HEAD.search("the blast, causing queues in Bamako") is not None
    assert E._CONSEQUENCE_HEAD.search("the blast caused queues in Bamako") is None
