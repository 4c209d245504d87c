"""The pandera schemas of events, claims and mentions: named checks, file/line errors, codebook."""

from __future__ import annotations

from dataclasses import asdict

import pandas as pd
import pytest

from analysis.coding import schema
from analysis.errors import InputError
from analysis.records import Claim, Event, MentionRow


def _event(**kw) -> dict:
    base = Event(
        event_id="20220727-0a1b2c3d", event_date="2022-07-27", date_precision="day", time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="JNIM", actor2="Malian armed forces", inter1=2, inter2=1, interaction=12, country="Mali",
        admin1="Mopti", location="Mopti", latitude=14.4843, longitude=-4.18296, geo_precision=1,
        fatalities=15, fatalities_low=15, fatalities_high=63, article_ids="a1", sources="VOA", confidence=0.8,
    )
    row = asdict(base)
    row.update(kw)
    return row


def _events(*rows) -> pd.DataFrame:
    return schema.frame("events", list(rows) or [_event()])


def test_valid_event_passes():
    out = schema.validate_events(_events())
    assert out.loc[0, "interaction"] == 12


@pytest.mark.parametrize("change, check", [
    ({"event_type": "Battle"}, "event_type_vocab"),
    ({"sub_event_type": "Attack"}, "event_type_sub_event_type_pairing"),
    ({"sub_event_type": "Shooting"}, "sub_event_type_vocab"),
    ({"disorder_type": "Strategic developments"}, "disorder_type_matches_event_type"),
    ({"date_precision": "week"}, "time_precision_matches_date_precision"),
    ({"date_precision": "fortnight"}, "date_precision_vocab"),
    ({"inter1": 9}, "inter1_code"),
    ({"interaction": 21}, "interaction_code"),
    ({"geo_precision": 4}, "geo_precision_vocab"),
    ({"fatalities": 70}, "fatalities_within_range"),
    ({"fatalities": 10}, "fatalities_within_range"),
    ({"latitude": 95.0}, "latitude_range"),
    ({"longitude": None}, "coordinates_pairs"),
    ({"event_date": "27/07/2022"}, "event_date_iso"),
    ({"event_date": "2022-02-30"}, "event_date_iso"),
    ({"confidence": 1.5}, "confidence_range"),
    ({"review_status": "checked"}, "review_status_vocab"),
    ({"actor1": ""}, "actor1_nonempty"),
])
def test_each_named_check_fires(change, check):
    with pytest.raises(InputError) as err:
        schema.validate_events(_events(_event(**change)), source="events.csv", line_offset=2)
    assert check in err.value.message
    assert err.value.path == "events.csv" and err.value.line == 2


def test_unique_event_id_and_line_of_second_row():
    with pytest.raises(InputError) as err:
        schema.validate_events(_events(_event(), _event()), source="x.csv", line_offset=2)
    assert "event_id_unique" in err.value.message


def test_error_line_points_at_the_bad_row():
    rows = [_event(event_id=f"20220727-0000000{i}") for i in range(3)]
    rows[2]["sub_event_type"] = "Attack"
    with pytest.raises(InputError) as err:
        schema.validate_events(_events(*rows), source="events.csv", line_offset=2)
    assert err.value.line == 4  # header is line 1, the third row is line 4
    assert err.value.one_line().startswith("events.csv:4: ")


def test_single_actor_interaction_and_empty_range():
    row = _event(actor2="", inter2=0, interaction=20, fatalities=0, fatalities_low=None, fatalities_high=None,
                 latitude=None, longitude=None, location="", geo_precision=3)
    schema.validate_events(_events(row))
    assert schema.interaction_code(2, 0) == 20
    assert schema.interaction_code(7, 3) == 37
    assert schema.interaction_code(0, 0) == 0


def _claim(**kw) -> dict:
    row = asdict(Claim("C1", "20220727-0a1b2c3d", "a1", "Malian armed forces", "official", "soldiers", 15,
                       "exact", "killed", "killed 15 troops"))
    row.update(kw)
    return row


@pytest.mark.parametrize("change, check", [
    ({"claim_kind": "rumour"}, "claim_kind_vocab"),
    ({"qualifier": "roughly"}, "qualifier_vocab"),
    ({"killed_or_other": "dead"}, "killed_or_other_vocab"),
    ({"count": -1}, "count_nonnegative"),
])
def test_claim_vocabularies(change, check):
    with pytest.raises(InputError) as err:
        schema.validate_claims(schema.frame("claims", [_claim(**change)]))
    assert check in err.value.message


def test_claims_and_mentions_point_at_existing_events():
    schema.validate_claims(schema.frame("claims", [_claim()]), event_ids={"20220727-0a1b2c3d"})
    with pytest.raises(InputError, match="not in the events table"):
        schema.validate_claims(schema.frame("claims", [_claim(event_id="nope")]), event_ids={"20220727-0a1b2c3d"})
    m = asdict(MentionRow("a1", "nope", 0, 5, 10, "trigger", "attack"))
    with pytest.raises(InputError, match="not in the events table"):
        schema.validate_mentions(schema.frame("mentions", [m]), event_ids={"20220727-0a1b2c3d"})
    bad = dict(m, event_id="20220727-0a1b2c3d", role="verb")
    with pytest.raises(InputError, match="role_vocab"):
        schema.validate_mentions(schema.frame("mentions", [bad]))
    bad = dict(m, event_id="20220727-0a1b2c3d", end_char=2)
    with pytest.raises(InputError, match="mention_span_order"):
        schema.validate_mentions(schema.frame("mentions", [bad]))


def test_csv_round_trip_and_readers(tmp_path):
    events = _events(_event(), _event(event_id="20220727-ffffffff", actor2="", inter2=0, interaction=20,
                                      fatalities=0, fatalities_low=None, fatalities_high=None, is_main=False))
    (tmp_path / "events.csv").write_text(schema.to_csv_text("events", events), encoding="utf-8")
    (tmp_path / "claims.csv").write_text(schema.to_csv_text("claims", schema.frame("claims", [_claim()])), encoding="utf-8")
    m = asdict(MentionRow("a1", "20220727-0a1b2c3d", 0, 5, 10, "trigger", "attack"))
    (tmp_path / "mentions.csv").write_text(schema.to_csv_text("mentions", schema.frame("mentions", [m])), encoding="utf-8")
    back = schema.read_events(tmp_path)
    assert list(back.columns) == schema.EVENT_COLUMNS
    assert back.loc[1, "is_main"] is False or back.loc[1, "is_main"] == False  # noqa: E712
    assert pd.isna(back.loc[1, "fatalities_low"]) and back.loc[0, "fatalities_high"] == 63
    assert back.loc[0, "latitude"] == pytest.approx(14.4843)
    text = (tmp_path / "events.csv").read_text()
    assert ",true," in text and ",false," in text and "14.48430" in text
    assert schema.read_claims(tmp_path).loc[0, "count"] == 15
    assert schema.read_mentions(tmp_path).loc[0, "end_char"] == 10


def test_reader_reports_file_and_line(tmp_path):
    events = _events(_event(), _event(event_id="20220727-ffffffff"))
    text = schema.to_csv_text("events", events).replace("Armed clash", "Attack", 2)
    (tmp_path / "events.csv").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        schema.read_events(tmp_path)
    assert err.value.path.endswith("events.csv") and err.value.line == 2
    (tmp_path / "events.csv").write_text(schema.to_csv_text("events", events).replace(",true,", ",yes,", 1))
    with pytest.raises(InputError, match="expected true or false"):
        schema.read_events(tmp_path)
    with pytest.raises(InputError, match="no claims table"):
        schema.read_claims(tmp_path / "empty")


def test_codebook_documents_every_column():
    book = schema.codebook()
    events = book[(book["table"] == "events") & (book["column"] != "(row)")]
    assert list(events["column"]) == schema.EVENT_COLUMNS
    assert events["meaning"].str.len().min() > 10
    row = book[book["column"] == "sub_event_type"].iloc[0]
    assert "Air/drone strike" in row["allowed"]
    assert sum(len(v) for v in schema.EVENT_TYPES.values()) == 25
    assert set(book["table"]) == {"events", "claims", "mentions"}
    assert "interaction_code" in set(book["checks"])


def _tricky_frames() -> dict[str, pd.DataFrame]:
    events = _events(
        _event(notes='He said "42, maybe"\nthen left', evidence=" leading space; 'single'"),
        _event(event_id="20220727-0a1b2c3e", notes="", evidence="carriage\rreturn, tab\there",
               latitude=None, longitude=None, fatalities_low=None, fatalities_high=None),
    )
    claims = schema.frame("claims", [_claim(quote='"We lost 12," he said.'), _claim(claim_id="C2", quote="")])
    mentions = schema.frame("mentions", [
        asdict(MentionRow("a1", "20220727-0a1b2c3d", 0, 0, 5, "place", "Mopti, Mali")),
        asdict(MentionRow("a1", "20220727-0a1b2c3d", 1, 6, 9, "actor", 'the "army"')),
    ])
    return {"events": events, "claims": claims, "mentions": mentions}


def test_csv_text_is_what_pandas_writes():
    # to_csv_text joins rows itself; it must stay byte-identical to pandas' writer.
    for table, df in _tricky_frames().items():
        for header in (True, False):
            want = schema.csv_frame(table, df).to_csv(index=False, header=header, lineterminator="\n")
            assert schema.to_csv_text(table, df, header=header) == want, table
        one = df[[df.columns[-1]]]
        assert schema.to_csv_text(table, one) == schema.csv_frame(table, one).to_csv(index=False, lineterminator="\n")
        empty = schema.empty_frame(table)
        assert schema.to_csv_text(table, empty) == ",".join(empty.columns) + "\n"
    text = schema.to_csv_text("claims", _tricky_frames()["claims"])
    assert '"""We lost 12,"" he said."' in text


def test_frame_from_columns_equals_frame():
    rows = [asdict(MentionRow("a1", "e1", 0, 0, 5, "place", "Mopti")),
            asdict(MentionRow("a2", "e1", 2, 7, 9, "date", "July 2"))]
    cols = {k: [r[k] for r in rows] for k in rows[0]}
    pd.testing.assert_frame_equal(schema.frame_from_columns("mentions", cols), schema.frame("mentions", rows))
    # values of other types take frame()'s conversion: None -> "", 3.0 -> 3
    rows[1].update(text=None, start_char=3.0)
    cols = {k: [r[k] for r in rows] for k in rows[0]}
    out = schema.frame_from_columns("mentions", cols)
    pd.testing.assert_frame_equal(out, schema.frame("mentions", rows))
    assert out.loc[1, "text"] == "" and out.loc[1, "start_char"] == 3


def test_passing_validation_builds_no_failure_cases(monkeypatch):
    # pandera's failure-case formatter is only for failures: a valid table must not reach it
    # (it used to run once per string column of every table written).
    import pandera.backends.pandas.array as array_backend
    import pandera.backends.pandas.base as base_backend

    calls = []
    for module in (array_backend, base_backend):
        real = module.reshape_failure_cases
        monkeypatch.setattr(module, "reshape_failure_cases", lambda *a, _real=real, **k: calls.append(1) or _real(*a, **k))
    frames = _tricky_frames()
    schema.validate_events(frames["events"])
    schema.validate_claims(frames["claims"])
    schema.validate_mentions(frames["mentions"])
    assert calls == []
    with pytest.raises(InputError, match="event_type_vocab"):
        schema.validate_events(_events(_event(event_type="Battle")))
    assert calls  # ...while a failing check still reports its cases


def test_string_columns_are_still_coerced_and_checked():
    df = _events(_event(actor2="Malian armed forces"))
    df["actor2"] = pd.Series([7], dtype=object)  # a number where a name belongs: coerced to text
    out = schema.validate_events(df)
    assert out.loc[0, "actor2"] == "7" and pd.api.types.is_string_dtype(out["actor2"])
    with pytest.raises(InputError, match="actor1_nonempty"):
        schema.validate_events(_events(_event(actor1="  ")))


# The validators' fast path (schema._checks_pass) runs the schema's own check functions without
# pandera's machinery: it must never vouch for a table pandera rejects, and the validators must
# raise what pandera raises.

_BAD_EVENTS = [({"sub_event_type": "Shooting"}, "sub_event_type_vocab"), ({"inter1": 9}, "inter1_code"),
               ({"fatalities": 70}, "fatalities_within_range"), ({"longitude": None}, "coordinates_pairs"),
               ({"event_date": "2022-02-30"}, "event_date_iso"), ({"actor1": ""}, "actor1_nonempty")]


def test_shortcut_vouches_only_for_valid_tables():
    assert schema._checks_pass("events", schema.validate_events(_events(_event())))
    for change, check in _BAD_EVENTS:
        bad = _events(_event(), _event(event_id="20220727-ffffffff", **change))
        assert not schema._checks_pass("events", bad), check
        with pytest.raises(InputError, match=check):
            schema.validate_events(bad)


@pytest.mark.parametrize("change, check", [
    ({"claim_kind": "rumour"}, "claim_kind_vocab"),
    ({"qualifier": "roughly"}, "qualifier_vocab"),
    ({"count": -1}, "count_nonnegative"),
    ({"event_id": "nope"}, "not in the events table"),
])
def test_validator_raises_the_same_with_or_without_the_shortcut(monkeypatch, change, check):
    ids = {"20220727-0a1b2c3d"}
    good = schema.frame("claims", [_claim(), _claim(claim_id="C2")])
    assert schema._checks_pass("claims", good)
    bad = schema.frame("claims", [_claim(), _claim(claim_id="C2", **change)])
    with pytest.raises(InputError) as fast:
        schema.validate_claims(bad, source="claims.csv", event_ids=ids)
    monkeypatch.setattr(schema, "_checks_pass", lambda table, df: False)
    with pytest.raises(InputError) as slow:
        schema.validate_claims(bad, source="claims.csv", event_ids=ids)
    assert check in fast.value.message
    assert fast.value.message == slow.value.message


def _mentions_frame() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a", "a"], "event_id": ["e", "e"], "sentence_index": [0, 0], "start_char": [0, 0],
                         "end_char": [1, 1], "role": ["actor", "actor"], "text": ["x", "x"]})


def _schema_variants() -> dict:
    import pandera.pandas as pa
    b = schema.MENTIONS_SCHEMA
    parsed, raising = dict(b.columns), dict(b.columns)
    parsed["role"] = pa.Column(schema._STR, checks=b.columns["role"].checks, parsers=[pa.Parser(lambda s: s + "!")], coerce=True)
    raising["text"] = pa.Column(schema._STR, checks=[pa.Check(lambda s: s.map(lambda v: v[5]) != "q", name="t")], coerce=True)
    return {"column unique": b.update_column("text", unique=True),
            "frame unique": pa.DataFrameSchema(b.columns, checks=b.checks, unique=["text"], coerce=True),
            "ordered": pa.DataFrameSchema(b.columns, checks=b.checks, ordered=True, coerce=True),
            "parser": pa.DataFrameSchema(parsed, checks=b.checks, coerce=True),
            "check that raises": pa.DataFrameSchema(raising, checks=b.checks, coerce=True)}


@pytest.mark.parametrize("feature", list(_schema_variants()))
def test_shortcut_never_vouches_where_pandera_rejects(monkeypatch, feature):
    # (a schema edited later with a feature the shortcut does not implement: pandera decides)
    df = _mentions_frame()
    if feature == "ordered":
        df = df[list(reversed(df.columns))]
    monkeypatch.setitem(schema.SCHEMAS, "mentions", _schema_variants()[feature])
    with pytest.raises(Exception):
        schema.SCHEMAS["mentions"].validate(df, lazy=True)
    assert schema._checks_pass("mentions", df) is False


def test_csv_lines_never_drop_a_row_with_a_missing_cell(tmp_path):
    import pyarrow as pa_arrow

    from analysis.coding import pipeline
    w = pipeline._TableWriter(tmp_path, "mentions")
    t = w.arrow_table({"article_id": ["a", "b"], "event_id": ["e", "e"], "sentence_index": [0, 1], "start_char": [0, 0],
                       "end_char": [1, 1], "role": ["actor", "actor"], "text": ["x", "y"]})
    w.discard()
    t = t.set_column(6, "text", pa_arrow.array([None, "y"], pa_arrow.string()))
    with pytest.raises(ValueError, match="missing cell"):
        pipeline._csv_lines(t, schema.DTYPES["mentions"])
