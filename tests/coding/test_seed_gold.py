"""The coder reproduces the hand-coded seed gold (tests/gold) through the evaluator's matcher.

One test per gold event (found?), per field of a found event, and per article (no false
positives), so that a gap of the coder shows exactly where it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import paths
from analysis.coding import evaluate as E
from analysis.coding.pipeline import code_corpus
from analysis.coding.schema import read_events

GOLD_DIR = Path(__file__).parents[1] / "gold"
GOLD = E.load_gold(GOLD_DIR)
EVENTS = [(a, i) for a in sorted(GOLD) for i in range(len(GOLD[a]))]
FIELDS = [f for f in E.FIELDS if f != "date_exact"]


#: Gaps of the article coder at the hand-over, by test id -> what is wrong (strict xfail: a
#: fixed gap makes the test fail until its entry is removed here). Never weaken the gold.
KNOWN_GAPS: dict[str, str] = {}


def _cases(cases, ids):
    out = []
    for case in cases:
        tid = ids(case)
        reason = KNOWN_GAPS.get(tid)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, id=tid, marks=marks))
    return out


def _id(case) -> str:
    article, i = case[:2]
    ev = GOLD[article][i]
    tail = f"-{case[2]}" if len(case) > 2 else ""
    return f"{article[:24]}-{ev['location'] or ev['admin1'] or ev['country']}-{i}{tail}"


@pytest.fixture(scope="module")
def matched(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    code_corpus(paths.RAW, out, review_file=None, quiet=True)
    return E.match_articles(GOLD, read_events(out))


@pytest.mark.parametrize("case", _cases(EVENTS, _id))
def test_gold_event_found(matched, case):
    article, i = case
    preds, pairs = matched[article]
    problem = E.missing_event(GOLD[article][i], preds, pairs, i)
    assert problem is None, problem


@pytest.mark.parametrize("case", _cases([(a, i, f) for a, i in EVENTS for f in FIELDS], _id))
def test_gold_event_field(matched, case):
    article, i, name = case
    preds, pairs = matched[article]
    if i not in pairs:
        pytest.skip("event not found (see test_gold_event_found)")
    problem = E.wrong_field(GOLD[article][i], preds[pairs[i]], name)
    assert problem is None, problem


@pytest.mark.parametrize("article", _cases(sorted(GOLD), lambda a: f"fp-{a[:30]}"))
def test_no_false_positives(matched, article):
    extra = E.false_positives(*matched[article])
    assert not extra, f"predictions without gold: {extra}"
