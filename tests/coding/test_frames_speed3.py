"""Speed shortcuts of frames.is_report_date and triggers.resolve_type give the plain results.

is_report_date reuses the verdicts build_frames reached on the dates of its sentences; each
call the coder makes is compared here with the plain computation (``_report_date`` on the
sentence start and sentence dates found from the Doc), on the seed articles and the robustness
fixtures. resolve_type builds its Resolution without the dataclass constructor: compared with it.
"""

from __future__ import annotations

import bisect
from datetime import date
from pathlib import Path

from analysis.coding import dates as D
from analysis.coding import extract as E
from analysis.coding import frames as F
from analysis.coding import text as T
from analysis.coding import triggers as TR
from analysis.corpus import iter_articles
from analysis.records import TriggerMention

ROOT = Path(__file__).resolve().parents[2]


def _plain_is_report_date(doc, d) -> bool:
    """is_report_date before the shortcut: always through _report_date."""
    tk = T.token_arrays(doc)
    cached = doc.user_data.get("_frames_dates")
    sa = trig_tok = None
    sentence_dates: list[int] | tuple = ()
    if cached is not None:
        starts, trig_tok, date_starts = cached[:3]
        k = bisect.bisect_right(starts, d.start) - 1
        if k >= 0:
            sa = tk.at(starts[k])
            end = starts[k + 1] if k + 1 < len(starts) else len(tk.text) + 1
            sentence_dates = date_starts[bisect.bisect_left(date_starts, starts[k]) : bisect.bisect_left(date_starts, end)]
    return F._report_date(tk, d, None, sa, trig_tok, sentence_dates)


def _check_corpus(corpus: Path, monkeypatch) -> tuple[int, int, int]:
    fast = F.is_report_date
    seen = {"calls": 0, "reused": 0, "true": 0}

    def checked(doc, d):
        got = fast(doc, d)
        assert got == _plain_is_report_date(doc, d), (d.text, d.start)
        seen["calls"] += 1
        seen["true"] += got
        cached = doc.user_data.get("_frames_dates")
        seen["reused"] += cached is not None and (d.start, d.end) in cached[4]
        return got

    monkeypatch.setattr(F, "is_report_date", checked)
    E.code_articles(list(iter_articles(corpus)))
    return seen["calls"], seen["reused"], seen["true"]


def test_is_report_date_equals_the_plain_test_on_the_seeds_and_fixtures(monkeypatch):
    calls, reused, true = _check_corpus(ROOT / "data" / "raw", monkeypatch)
    assert calls and reused
    calls, reused, true = _check_corpus(ROOT / "tests" / "fixtures" / "robustness", monkeypatch)
    assert calls > 100 and reused > calls // 2 and 0 < true < calls


def test_is_report_date_ignores_a_verdict_found_with_other_arguments():
    text = "On Monday, the army said it had regained control of Boni on Sunday."
    doc = T.parse(text)
    sents = T.split_sentences(doc)
    dates = D.find_dates(text, date(2023, 11, 8), sents)
    F.build_frames(doc, sents, TR.find_triggers(doc, sents), [], [], dates, [])
    cached = doc.user_data["_frames_dates"]
    monday = dates[0]
    assert F.is_report_date(doc, monday) and (monday.start, monday.end) in cached[4]
    sa, sd, verdict = cached[4][monday.start, monday.end]
    # a verdict told for another sentence start, or for other sentence dates, is not reused
    cached[4][monday.start, monday.end] = (sa + 1, sd, not verdict)
    assert F.is_report_date(doc, monday) == verdict
    cached[4][monday.start, monday.end] = (sa, [0, 1, 2], not verdict)
    assert F.is_report_date(doc, monday) == verdict
    # ... nor one found on other tokens
    doc.user_data["_frames_dates"] = cached[:3] + (object(), {(monday.start, monday.end): (sa, sd, not verdict)})
    assert F.is_report_date(doc, monday) == verdict


def test_resolution_is_the_constructors():
    types = TR.load_lexicon().types
    head = TriggerMention(0, 8, "attacked", "Violence against civilians", "Attack", "Political violence",
                          sentence_index=0, lemma="attacked", key="attack", pos="verb")
    for key in ("attack", "looting", "armed_clash"):
        for civ in (False, True):
            fast = TR._resolution(types, key, head, "rule", civ)
            plain = TR.Resolution(key, types[key], head, civ, "rule")
            assert fast == plain and repr(fast) == repr(plain) and hash(fast) == hash(plain)
            assert list(vars(fast)) == list(vars(plain))
