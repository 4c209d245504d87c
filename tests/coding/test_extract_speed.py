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


#: Words before and between places: the last words of the route, flight, evacuation, road, cargo,
#: siege and source patterns and their hint words, and words that end none of them.
ROUTE_WORDS = ["travelling", "heading", "bound", "en route", "on their way", "driving", "returning", "flew",
               "from", "to", "for", "towards", "toward", "into", "in", "at", "of", "and", "with", "the", "fled",
               "escaped", "sought refuge", "evacuated", "taken", "treated", "hospital", "road", "highway", "axis",
               "linking", "connecting", "between", "carrying", "supplying", "destined", "blockade", "siege", "on",
               "around", "sources", "officials", "said", "told", "reporters", "according", "speaking", "capital",
               "town", "city", ",", "-", "near", "northern", "boat", "named", '"', "region", "district", "x", "y"]
TOWNS = ["Gao", "Mopti", "Djibo", "Kaya", "Mali", "Bamako"]


def _random_places(rng: random.Random):
    """A text of route words and towns, and its places (some countries, some qualified)."""
    from analysis.records import PlaceMention

    parts, places, pos = [], [], 0
    for _ in range(rng.randint(1, 16)):
        if rng.random() < 0.3:
            name = rng.choice(TOWNS)
            country = name == "Mali"
            places.append(PlaceMention(pos, pos + len(name), name, name, "Mali", None, None, 0.0, 0.0,
                                       3 if country else rng.choice([1, 2, 3]), sentence_index=rng.randint(0, 1),
                                       feature="country" if country else "P.PPL",
                                       qualifier=rng.choice(["", "", "region", "border", "near"])))
            w = name
        else:
            w = rng.choice(ROUTE_WORDS)
        sp = rng.choice(SPACES)
        parts.append(w + sp)
        pos += len(w) + len(sp)
    return "".join(parts), places


def test_route_places_equal_the_plain_patterns():
    # without the lower-cased text every pattern runs before every place (the plain rule); the
    # prefilters (hint words, last words, road nouns, source ends) only skip where none can match
    rng = random.Random(13)
    dropped = 0
    for _ in range(4000):
        text, places = _random_places(rng)
        low = E._plain_lower(text)
        fast = E._route_places(text, places, low)
        assert fast == E._route_places(text, places, None), text
        dropped += bool(fast)
        for p in places:
            j = p.start
            while j > 0 and text[j - 1].isspace():
                j -= 1
            j = max(j, p.start - 60 if p.start > 60 else 0)
            assert E._source_place(text, p, low, j) == E._source_place(text, p, None), (text, p.start)
    assert dropped > 300


def test_span_bound_and_founded_before_equal_their_patterns():
    rng = random.Random(17)
    words = ["until", "till", "through", "by", "from", "as of", "early", "late", "mid", "mid-", "the end of", "since",
             "the UN left on", ", which took power in", ", who", "formed", "founded", "set up", "launched", "in", "on",
             "In", "ON", "x", ".", ";", "Oct.", "2012"]
    for _ in range(3000):
        text = _random_text(rng, words, rng.randint(0, 14))
        low = E._plain_lower(text)
        for start in range(len(text) + 1):
            assert E._span_bound_before(text, low, start) == (
                E._SPAN_BOUND_BEFORE.search(text, max(0, start - 70), start) is not None), (text, start)
            assert E._founded_before(text, low, start) == (
                E._FOUNDED_BEFORE.search(text, max(0, start - 30), start) is not None), (text, start)
    assert E._span_bound_before("fighting since 2012", E._plain_lower("fighting since 2012"), 15)
    assert E._founded_before("the FLA, formed in 2024", E._plain_lower("the FLA, formed in 2024"), 19)
    assert not E._founded_before("killed in 2024", E._plain_lower("killed in 2024"), 10)


def _background_scopes_plain(st, main, main_date):
    """extract._background_scopes as written before its speed-ups (every sentence's hint words,
    its paragraph start from the text's start, every report date asked)."""
    text, published = st.text, st.published
    by_sent = {}
    for d in st.dates:
        if d.sentence_index > main.sentence_index:
            by_sent.setdefault(d.sentence_index, []).append(d)
    low = st.low
    out, cur, last = {}, None, None
    para = E._para_start(text, main.start)
    for s in st.sentences:
        si = s.index
        if si <= main.sentence_index:
            continue
        p0 = E._para_start(text, s.start)
        if p0 != para:
            para, cur = p0, None
        same, other = False, []
        for d in by_sent.get(si, ()):
            if d.tense == "future" or (published is not None and d.date > published) \
                    or E._FOUNDED_BEFORE.search(text, max(0, d.start - 30), d.start) \
                    or E._SPAN_BOUND_BEFORE.search(text, max(0, d.start - 70), d.start):
                continue
            if E._date_compatible(d, main_date):
                same = True
            elif (d.kind in E._CALENDAR_KINDS or (d.kind in E._COUNTED_KINDS and d.precision in ("month", "year"))) \
                    and not E.frames_mod.is_report_date(st.doc, d):
                other.append(d)
        sl = s.text.lower() if low is None else low[s.start:s.end]
        cue = E._RECALL.search(s.text) if E._has_any(sl, E._RECALL_HINTS) else None
        if cue is not None:
            cur = (s.start + cue.start(), other[0] if other else None, False)
        elif same:
            cur = None
        elif other:
            cur = (s.start, other[0], True)
        elif last is not None and E._has_any(sl, E._AT_THE_TIME_HINTS) and E._AT_THE_TIME.search(s.text):
            cur = (s.start, last[1], False)
        elif cur is not None:
            cur = (s.start, cur[1], False)
        if cur is not None:
            out[si] = cur
            last = cur
    return out


def _earlier_circumstance_plain(text, fr):
    """extract._earlier_circumstance as written before its speed-up (a copy of the window)."""
    if not fr.triggers:
        return False
    t = min(fr.triggers, key=E._START)
    lo = max(0, t.start - 120)
    before = text[lo : t.start]
    if " after " in before and (m := E._LAPSE_AFTER.search(before)) is not None:
        anchor = lo + m.start()
    elif t.pos == "verb" and "had " in before[-30:] and (m := E._PLUPERFECT_TIME.search(text, max(0, t.start - 80), t.start)):
        anchor = m.start()
    else:
        return False
    if fr.date is not None and fr.date.start > anchor:
        return False
    return not any(p.start > anchor and p.feature != E._COUNTRY_FEATURE for p in fr.places)


def test_background_scopes_and_earlier_circumstance_equal_the_plain_rules(monkeypatch):
    # every call the coder makes on the seeds and the robustness fixtures (also with the
    # lower-cased text withheld, the plain path) gives what the plain version gives
    from analysis.corpus import iter_articles
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    arts = list(iter_articles(root / "data" / "raw")) + list(iter_articles(root / "tests" / "fixtures" / "robustness"))
    fast_scopes, fast_earlier = E._background_scopes, E._earlier_circumstance
    calls = {"scopes": 0, "earlier": 0, "scoped": 0}

    def scopes(st, main, main_date):
        got = fast_scopes(st, main, main_date)
        assert got == _background_scopes_plain(st, main, main_date), st.article.id
        low, st.low = st.low, None
        assert fast_scopes(st, main, main_date) == got, st.article.id
        st.low = low
        calls["scopes"] += 1
        calls["scoped"] += bool(got)
        return got

    def earlier(text, fr):
        got = fast_earlier(text, fr)
        assert got == _earlier_circumstance_plain(text, fr)
        calls["earlier"] += 1
        return got

    monkeypatch.setattr(E, "_background_scopes", scopes)
    monkeypatch.setattr(E, "_earlier_circumstance", earlier)
    E.code_articles(arts)
    assert calls["scopes"] > 100 and calls["scoped"] > 20 and calls["earlier"] > 500, calls


def test_lapse_patterns_searched_from_the_clause_tail():
    rng = random.Random(23)
    words = ["days", "weeks", "a few", "two", "day", "shortly", "just", "only", "after", "After", "before", "the",
             "attack", "gunmen", "killed", ",", ".", ";", "!", "?", "x"]
    for _ in range(5000):
        before = _random_text(rng, words, rng.randint(0, 14))
        tail = E._clause_tail(before)
        for pat in (E._LAPSE_AFTER, E._DAYS_LAPSE):
            assert _span(pat.search(before, tail)) == _span(pat.search(before)), before
    assert E._clause_tail("In May, days after gunmen") == len("In May,")
    assert E._clause_tail("days after gunmen") == 0
