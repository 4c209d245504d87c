"""The third wave of actors shortcuts (speed) agrees with the plain rules it stands for.

company_nationalities looks only for the words of countries other than the event's
(_foreign_company_words), and listed_with finds the agent among the sorted mentions by a binary
search: each is compared with the plain version on hand-made and random inputs.
"""

from __future__ import annotations

import random
from operator import attrgetter

import pytest

from analysis.coding import actors as A
from analysis.records import ActorMention

_COUNTRIES = ["Mali", "Niger", "Guinea", "Burkina Faso", "United States", "China", "Nowhere", None]


def _plain_nationalities(clause: str, event_country: str | None, monkeypatch) -> list[str]:
    # company_nationalities as it was: every country's words, the event country's dropped after
    with monkeypatch.context() as m:
        m.setattr(A, "_foreign_company_words", lambda d_id, _country: A._company_words(d_id))
        return A.company_nationalities(clause, event_country)


@pytest.mark.parametrize("clause", [
    "workers of Mali's Sotelma company and of a Malian firm, then a Chinese company",
    "Malians and a Nigerien firm; the Niger-based company; Nigeria's Dangote company",
    "the Guinea-Bissau company, Guinea's firm, a Guinean miner, a Guinea-Conakry firm",
    "MaliChinese company, Mali-Chinese company, Mali.Chinese company, Malian-owned firm",
    "a U.S. firm, the United States' company, the United Kingdom-based firm, Burkina Faso's firm",
    "the Republic of Mali's company and the Republic of Niger's firm",
    "", "Mali", "Chinese",
])
def test_foreign_words_find_what_all_words_find_hand_made(clause, monkeypatch):
    for country in _COUNTRIES:
        assert A.company_nationalities(clause, country) == _plain_nationalities(clause, country, monkeypatch), \
            (clause, country)


def test_foreign_words_find_what_all_words_find_random(monkeypatch):
    d = A.load_dictionary()
    _, table = A._company_words(id(d))
    words = sorted({w for options in table.values() for w, _, _ in options})
    after = ["'s", "-owned", "-based", "-made", "", "", "n", "s", "ian", ".", "_"]
    nouns = ["company", "firm", "mining", "Semafo", "military", "said", "workers of", "near", "the", "Inc."]
    seps = [" ", " ", ", ", "-", "", "(", "."]
    rng = random.Random(17)
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 7)):
            r = rng.random()
            if r < 0.5:
                w = rng.choice(words)
                parts.append((w[: rng.randint(1, len(w))] if rng.random() < 0.2 else w) + rng.choice(after))
            else:
                parts.append(rng.choice(nouns))
        clause = "".join(p + rng.choice(seps) for p in parts)
        country = rng.choice(_COUNTRIES)
        assert A.company_nationalities(clause, country) == _plain_nationalities(clause, country, monkeypatch), \
            (clause, country)


def _kept_hits(rx, table, clause: str, event_country: str | None) -> list[tuple[int, str]]:
    # the words company_nationalities goes on to read: at a word's start, not followed by a
    # letter, and not only the event country's
    out = []
    for cap in rx.finditer(clause):
        k = cap.start()
        if (k and (clause[k - 1].isalnum() or clause[k - 1] in "_.-")) or clause[cap.end() : cap.end() + 1].isalpha():
            continue
        if all(c == event_country for _, c, _ in table[cap.group()]):
            continue
        out.append((k, cap.group()))
    return out


def test_foreign_words_pattern_keeps_every_hit_read():
    d = A.load_dictionary()
    full, table = A._company_words(id(d))
    keys = sorted(table)
    rng = random.Random(29)
    for country in _COUNTRIES:
        fast, _ = A._foreign_company_words(id(d), country)
        if country in ("Mali", "Niger", "China"):
            assert fast.pattern != full.pattern  # (their words are dropped)
        for _ in range(800):
            clause = "".join((rng.choice(keys)[: rng.randint(1, 14)] if rng.random() < 0.7 else "")
                             + rng.choice([" ", "", "-", "'s ", ".", "x", "\u00e9", "1 "]) for _ in range(rng.randint(1, 8)))
            assert _kept_hits(fast, table, clause, country) == _kept_hits(full, table, clause, country), \
                (clause, country)


def _plain_listed_with(text: str, mentions: list[ActorMention], agent: ActorMention) -> list[ActorMention]:
    # listed_with as it was: a scan for the agent, a nested test for the joins
    ms = sorted(mentions, key=attrgetter("start", "end"))
    k = next((i for i, m in enumerate(ms) if m.start == agent.start and m.actor == agent.actor), None)
    if k is None:
        return []

    def joined(a: ActorMention, b: ActorMention) -> bool:
        return b.start < a.end or A._LIST_GAP.fullmatch(text, a.end, b.start) is not None

    out: list[ActorMention] = []
    j = k
    while j > 0 and joined(ms[j - 1], ms[j]):
        j -= 1
        out.append(ms[j])
    j = k
    while j + 1 < len(ms) and joined(ms[j], ms[j + 1]):
        j += 1
        out.append(ms[j])
    return [m for m in out if m.actor != agent.actor]


def test_listed_with_hand_made():
    text = "the armies of Mali, Burkina Faso and Niger struck, said Russia"
    spans = [(14, 18, "Mali"), (20, 32, "Burkina Faso"), (37, 42, "Niger"), (56, 62, "Russia")]
    ms = [ActorMention(s, e, text[s:e], "Military Forces of " + a, 1) for s, e, a in spans]
    for agent in ms:
        for order in (ms, ms[::-1]):
            assert A.listed_with(text, order, agent) == _plain_listed_with(text, order, agent)
    assert [m.text for m in A.listed_with(text, ms[::-1], ms[0])] == ["Burkina Faso", "Niger"]
    assert A.listed_with(text, ms, ms[3]) == []
    stranger = ActorMention(14, 18, "Mali", "Wagner Group", 8)
    assert A.listed_with(text, ms, stranger) == [] == _plain_listed_with(text, ms, stranger)


def test_listed_with_random():
    rng = random.Random(23)
    pieces = ["Mali", "Niger", ", ", " and ", " or ", " as well as ", " the ", "troops of ", " said ", "x", " "]
    actors = ["A", "B", "C"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        ms = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randint(0, len(text))
            e = min(len(text), s + rng.randint(0, 8))
            ms.append(ActorMention(s, e, text[s:e], rng.choice(actors), rng.choice([1, 8])))
        agents = ms + [ActorMention(rng.randint(0, len(text)), len(text), "", rng.choice(actors), 1)]
        for agent in agents:
            assert A.listed_with(text, ms, agent) == _plain_listed_with(text, ms, agent), (text, ms, agent)
