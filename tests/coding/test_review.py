"""The human review file: every action, validation errors with lines, orphaned entries."""

from __future__ import annotations

from dataclasses import asdict
from textwrap import dedent

import pytest

from analysis import paths
from analysis.coding import schema
from analysis.coding.review import apply_review, load_entries
from analysis.errors import InputError
from analysis.records import Event

A, B, C = "20220727-aaaaaaaa", "20220727-bbbbbbbb", "20220807-cccccccc"


def _events():
    rows = []
    for eid, loc, date in ((A, "Mopti", "2022-07-27"), (B, "Sokolo", "2022-07-27"), (C, "Tessit", "2022-08-07")):
        rows.append(asdict(Event(
            event_id=eid, event_date=date, date_precision="day", time_precision=1,
            disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
            actor1="Unidentified armed group", actor2="Malian armed forces", inter1=2, inter2=1, interaction=12,
            country="Mali", admin1="Mopti", location=loc, latitude=14.0, longitude=-4.0, geo_precision=1,
            fatalities=22, fatalities_low=22, fatalities_high=22, article_ids=f"art-{loc}", sources="VOA",
            evidence=f"attack in {loc}", confidence=0.7)))
    return schema.validate_events(schema.frame("events", rows))


def _apply(tmp_path, text, quiet=True):
    path = tmp_path / "review.yaml"
    path.write_text(dedent(text), encoding="utf-8")
    return apply_review(_events(), path, quiet=quiet), path


def _row(df, eid):
    return df[df["event_id"] == eid].iloc[0]


def test_template_has_no_active_entries_and_documents_every_action():
    assert load_entries(paths.REVIEW_FILE) == []
    text = paths.REVIEW_FILE.read_text(encoding="utf-8")
    for action in ("confirm", "correct", "merge", "split", "drop", "add"):
        assert f"action: {action}" in text
    res = apply_review(_events(), paths.REVIEW_FILE)
    assert res.applied == 0 and list(res.events["review_status"]) == ["auto"] * 3


def test_missing_file_means_no_review(tmp_path):
    res = apply_review(_events(), tmp_path / "absent.yaml")
    assert res.applied == 0 and len(res.events) == 3


def test_confirm_and_correct_with_derived_fields(tmp_path):
    res, _ = _apply(tmp_path, f"""
        entries:
          - event_id: {A}
            action: confirm
            reviewer: AB
          - event_id: {C}
            action: correct
            set:
              fatalities: 42
              fatalities_low: 42
              fatalities_high: 42
              date_precision: week
              event_type: Explosions/Remote violence
              sub_event_type: Remote explosive/landmine/IED
              actor2: ""
            reason: revised toll
        """)
    assert res.applied == 2
    assert _row(res.events, A)["review_status"] == "reviewed"
    c = _row(res.events, C)
    assert (c["fatalities"], c["time_precision"], c["inter2"], c["interaction"]) == (42, 2, 0, 20)
    assert c["disorder_type"] == "Political violence" and c["review_status"] == "reviewed"
    assert _row(res.events, B)["review_status"] == "auto"


def test_merge_split_drop_add(tmp_path):
    res, _ = _apply(tmp_path, f"""
        entries:
          - action: merge
            event_ids: [{A}, {B}]
            set: {{fatalities: 18, fatalities_low: 18, fatalities_high: 66}}
          - event_id: {A}
            action: split
            parts:
              - {{location: Mopti}}
              - {{location: Sevare, latitude: 14.53, longitude: -4.10, fatalities: 0, fatalities_low: null, fatalities_high: null}}
          - event_id: {C}
            action: drop
            reason: duplicate
          - action: add
            set:
              event_date: 2022-07-22
              date_precision: day
              event_type: Battles
              sub_event_type: Armed clash
              actor1: JNIM
              actor2: Malian armed forces
              inter1: 2
              inter2: 1
              country: Mali
              admin1: Koulikoro
              location: Kati
        """)
    ids = list(res.events["event_id"])
    assert ids[:2] == [A, f"{A}-s2"] and C not in ids and len(ids) == 3
    a = _row(res.events, A)
    assert a["article_ids"] == "art-Mopti; art-Sokolo" and a["fatalities_high"] == 66
    assert _row(res.events, f"{A}-s2")["location"] == "Sevare"
    added = res.events.iloc[2]
    assert added["event_id"].startswith("R20220722-") and added["interaction"] == 12 and added["time_precision"] == 1
    assert set(res.events["review_status"]) == {"reviewed"}
    assert res.resolve(B) == A and res.resolve(C) is None and res.resolve(A) == A
    schema.validate_events(res.events)


def test_entry_for_a_vanished_event_is_reported_not_fatal(tmp_path, capsys):
    res, path = _apply(tmp_path, f"""
        entries:
          - event_id: 20200101-0badf00d
            action: correct
            set: {{fatalities: 3}}
          - event_id: {A}
            action: confirm
        """, quiet=False)
    assert res.orphaned == 1 and res.applied == 1
    assert "20200101-0badf00d no longer exists" in res.report[0] and f"{path}:3:" in res.report[0]
    assert "warning:" in capsys.readouterr().err


@pytest.mark.parametrize("body, message, line", [
    ("  - event_id: {A}\n    action: correct\n    set:\n      casualties: 3\n", "unknown or read-only field 'casualties'", 5),
    ("  - event_id: {A}\n    action: correct\n    set:\n      event_type: Battle\n", "event_type_vocab", 4),
    ("  - event_id: {A}\n    action: correct\n    set:\n      fatalities: many\n", "fatalities must be a whole number", 5),
    ("  - event_id: {A}\n    action: correct\n    set:\n      event_id: x\n", "read-only field 'event_id'", 5),
    ("  - event_id: {A}\n    action: rename\n", "action must be one of", 3),
    ("  - event_id: {A}\n    action: confirm\n    sett: 1\n", "unknown key 'sett'", 4),
    ("  - event_id: 'bad id!'\n    action: drop\n", "is not an event id", 2),
    ("  - event_id: {A}\n    action: split\n    parts: [{{location: X}}]\n", "at least two", 4),
    ("  - action: add\n    set: {{event_date: 2022-01-01}}\n", "an added event needs", 3),
    ("  - event_id: {A}\n    action: correct\n    set:\n      fatalities: 99\n", "fatalities_within_range", 4),
])
def test_errors_name_file_entry_and_line(tmp_path, body, message, line):
    with pytest.raises(InputError) as err:
        _apply(tmp_path, "entries:\n" + body.format(A=A))
    assert message in err.value.message
    assert err.value.path.endswith("review.yaml")
    assert err.value.line == line
    assert "review entry 1" in err.value.message or "review entry" not in message


def test_yaml_syntax_error_has_a_line(tmp_path):
    with pytest.raises(InputError) as err:
        _apply(tmp_path, "entries:\n  - event_id: [unclosed\n    action: drop\n")
    assert "not valid YAML" in err.value.message and err.value.line is not None


def test_a_corrected_actor_brings_its_own_inter_code(tmp_path):
    # ACLED codes: Dozo militia 4 (identity militia); Burkinabe armed forces in Mali 8 (a state
    # force outside its country); an inter code the reviewer sets explicitly wins
    res, _ = _apply(tmp_path, f"""
        entries:
          - event_id: {A}
            action: correct
            set:
              actor1: Dozo militia
              actor2: Burkinabe armed forces
          - event_id: {B}
            action: correct
            set:
              actor1: Dozo militia
              inter1: 3
        """)
    a, b = _row(res.events, A), _row(res.events, B)
    assert (a["inter1"], a["inter2"], a["interaction"]) == (4, 8, 48)
    assert (b["inter1"], b["inter2"], b["interaction"]) == (3, 1, 13)
