"""analysis.walkthrough (notebook 01): highlighting from mention offsets, escaping, the review queue."""

from pathlib import Path

import pandas as pd

from analysis import tables as tb
from analysis import walkthrough as wt

FIXTURE = Path(__file__).parent / "fixtures" / "tables"
TEXT = "Gunmen attacked the camp at Sokolo on Wednesday. <script>alert(1)</script> said nobody. Twelve soldiers died."


def _mentions(rows):
    return pd.DataFrame(rows, columns=["article_id", "event_id", "sentence_index", "start_char", "end_char", "role"])


def test_highlight_marks_each_role_and_escapes():
    t = tb.read_dir(FIXTURE)
    out = wt.highlight(TEXT, t.mentions)  # fixture offsets: Gunmen 0-6, attacked 7-15, Sokolo 28-34, Wednesday 38-47
    for role, word in [("actor", "Gunmen"), ("trigger", "attacked"), ("place", "Sokolo"), ("date", "Wednesday")]:
        assert f'class="role-{role}"' in out and f">{word}</mark>" in out
    assert "alert" not in out  # only sentences with a mention are shown
    full = wt.highlight(TEXT, t.mentions, only_mentioned=False)
    assert "<script>" not in full and "&lt;script&gt;alert(1)&lt;/script&gt;" in full


def test_overlapping_mentions_are_segmented():
    text = "Twelve soldiers died in Sokolo."
    m = _mentions([["a", "E", 0, 0, 20, "casualties"], ["a", "E", 0, 7, 15, "actor"], ["a", "E", 0, 16, 20, "trigger"]])
    out = wt.highlight(text, m)
    assert '>Twelve </mark>' in out and 'title="actor, casualties"' in out and 'title="trigger, casualties"' in out
    # segments: "Twelve " | "soldiers" | " " | "died" (all inside the casualty span), plus the legend
    assert out.count("<mark") == 4 + len(wt.ROLE_COLOURS)


def test_pick_article_and_tables():
    t = tb.read_dir(FIXTURE)
    assert wt.pick_article(t.events, t.mentions) == "art-a1"  # the only article with mentions
    assert wt.pick_article(t.events, t.mentions.iloc[:0]) == "art-a1"  # smallest id
    assert wt.pick_article(t.events, t.mentions, "art-a5") == "art-a5"
    ev = wt.article_events(t.events, "art-a5")
    assert list(ev["event_id"]) == ["E5", "E7", "E6"]
    cl = wt.article_claims(t.claims, "art-a5")
    assert list(cl["count"]) == [84, 21, 5, 9]  # claims sorted by event id: E5, E6, E7


def test_review_queue_reasons():
    t = tb.read_dir(FIXTURE)
    q = wt.review_queue(t.events, t.claims, n=20)
    reasons = dict(zip(q["event_id"], q["reasons"]))
    # E7: confidence 0.4, month precision, geo precision 3, disputed (5 vs 9) -> 4 reasons, first
    assert q.iloc[0]["event_id"] == "E7"
    assert reasons["E7"] == "low confidence (0.40); dated to the month; placed only to a region; disputed toll"
    assert reasons["E8"] == "dated to the year; placed only to a region"
    assert "E2" not in reasons  # reviewed
    assert "E6" not in reasons and "E3" not in reasons  # nothing to check
    assert reasons["E1"] == "disputed toll"


def test_review_changes(tmp_path):
    t = tb.read_dir(FIXTURE)
    f = tmp_path / "review.yaml"
    f.write_text(
        "entries:\n"
        "  - event_id: E2\n    action: correct\n    set: {fatalities: 42}\n    reason: revised toll\n"
        "  - event_id: E99\n    action: confirm\n"
        "  - event_id: E98\n    action: drop\n    reason: duplicate\n",
        encoding="utf-8",
    )
    r = wt.review_changes(t.events, f)
    assert list(r["status"]) == ["applied", "event not in this table (orphaned or outside the selection)", "applied (row removed)"]
    assert r.iloc[0]["fields set"] == "fatalities" and r.iloc[0]["reason"] == "revised toll"
    assert wt.review_changes(t.events, tmp_path / "absent.yaml").empty


def test_load_article(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "manifest.csv").write_text("id,outlet,url,published,title\nx1,AP,,2024-01-02,T\n", encoding="utf-8")
    (tmp_path / "articles" / "x1.txt").write_text(TEXT + "\n", encoding="utf-8")
    art = wt.load_article(tmp_path, "x1")
    assert art is not None and "Gunmen attacked" in art.text
    assert wt.load_article(tmp_path, "nope") is None
