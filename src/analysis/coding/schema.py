"""Pandera schemas of the three coded tables; they double as the codebook.

The contract is ``../shared/spec/event-table.md``: column names and vocabularies are fixed
there, and this module is their executable form. Every output table is validated here before
it is written, and every downstream reader loads the tables through :func:`read_events`,
:func:`read_claims` and :func:`read_mentions`, so a malformed file fails with one
:class:`~analysis.errors.InputError` line naming the file and the CSV line, never deep inside
a notebook.

Codebook rules implemented once, here (ACLED codebook 2023 and UCDP GED):

- ACLED's six event types and twenty-five sub-event types; a sub-event type belongs to exactly
  one event type (``sub_event_type_of_event_type``).
- ``disorder_type`` follows the event type: Battles, Explosions/Remote violence and Violence
  against civilians are ``Political violence``; Protests are ``Demonstrations`` (ACLED also
  files excessive force against protesters under political violence, so both are allowed);
  Riots are ``Demonstrations`` or ``Political violence`` (mob violence); Strategic
  developments are ``Strategic developments``.
- ``time_precision`` is ACLED's 1 (day), 2 (week), 3 (month or coarser), and must agree with
  ``date_precision``.
- ``inter1``/``inter2`` are ACLED actor codes 0-8 (0 = no actor). ``interaction`` is the two
  codes lowest first (``10*min + max``); with one actor ACLED writes the code followed by 0
  (``10*inter1``), see :func:`interaction_code`.
- ``fatalities_low <= fatalities <= fatalities_high`` whenever a range is given (UCDP's
  low/best/high); a reviewer who sets a figure outside the range must widen the range too.
- ``geo_precision`` is 1 (the town), 2 (near it / part of a region), 3 (a larger region).

CSV conventions (byte-stable output): booleans are written ``true``/``false``, a missing number
is an empty cell, coordinates have five decimals (about 1 m) and ``confidence`` three.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

from analysis.errors import InputError

# ------------------------------------------------------------------------- vocabularies

#: ACLED event type -> its sub-event types (ACLED codebook, "Event types and sub-event types").
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_EVENT_TYPES: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}
DISORDER_TYPES = ("Political violence", "Demonstrations", "Strategic developments")
#: event type -> allowed disorder types (the first is the default).
DISORDER_OF_EVENT_TYPE: dict[str, tuple[str, ...]] = {
    "Battles": ("Political violence",),
    "Explosions/Remote violence": ("Political violence",),
    "Violence against civilians": ("Political violence",),
    "Protests": ("Demonstrations", "Political violence"),
    "Riots": ("Demonstrations", "Political violence"),
    "Strategic developments": ("Strategic developments",),
}
DATE_PRECISIONS = ("day", "week", "month", "year")
TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}
#: ACLED inter codes.
INTER_CODES: dict[int, str] = {
    0: "no actor", 1: "state forces", 2: "rebel groups", 3: "political militias",
    4: "identity militias", 5: "rioters", 6: "protesters", 7: "civilians",
    8: "external/other forces",
}
GEO_PRECISIONS: dict[int, str] = {1: "the town itself", 2: "near a town / part of a region", 3: "a larger region"}
REVIEW_STATUSES = ("auto", "reviewed")
CLAIM_KINDS = ("official", "claimed", "estimated", "reported")
QUALIFIERS = ("exact", "at least", "about", "up to")
KILLED_OR_OTHER = ("killed", "wounded", "missing", "combined")
MENTION_ROLES = ("trigger", "date", "place", "actor", "casualties")

_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes lowest first (``10*min + max``).

    With a single actor (``inter2 == 0``) ACLED writes the code followed by a zero, e.g. 60 for
    protesters alone; with no actor at all the code is 0.
    """
    a, b = int(inter1 or 0), int(inter2 or 0)
    if a == 0 or b == 0:
        return 10 * max(a, b)
    return 10 * min(a, b) + max(a, b)


# --------------------------------------------------------------------------- columns

# (column, dtype, nullable, meaning, allowed values as text for the codebook)
_EVENT_COLS: list[tuple[str, str, bool, str, str]] = [
    ("event_id", "str", False, "Stable id derived from the event's content (date, place, sub-event type); the same on every run", "unique; YYYYMMDD-<hash>[-n]"),
    ("event_date", "str", False, "ISO date of the event; for week/month/year precision the middle of the span (ACLED; a month: its 15th)", "YYYY-MM-DD"),
    ("date_precision", "str", False, "How precisely the text dates the event", ", ".join(DATE_PRECISIONS)),
    ("time_precision", "int64", False, "ACLED time precision, agreeing with date_precision", "1 day, 2 week, 3 month or coarser"),
    ("disorder_type", "str", False, "ACLED disorder type, follows event_type", ", ".join(DISORDER_TYPES)),
    ("event_type", "str", False, "ACLED event type", ", ".join(EVENT_TYPES)),
    ("sub_event_type", "str", False, "ACLED sub-event type, belongs to event_type", "; ".join(f"{k}: {', '.join(v)}" for k, v in EVENT_TYPES.items())),
    ("actor1", "str", False, "Canonical name of the acting side (project actor dictionary)", "data/reference actor dictionary"),
    ("actor2", "str", False, "Canonical name of the other side; empty when none", "actor dictionary or empty"),
    ("assoc_actor_1", "str", False, "Actors associated with actor1", "'; '-separated"),
    ("assoc_actor_2", "str", False, "Actors associated with actor2", "'; '-separated"),
    ("inter1", "int64", False, "ACLED inter code of actor1", "; ".join(f"{k} {v}" for k, v in INTER_CODES.items())),
    ("inter2", "int64", False, "ACLED inter code of actor2 (0 when no actor2)", "0-8"),
    ("interaction", "int64", False, "Two-digit ACLED interaction, lowest code first; 10*inter1 with one actor", "10*min+max"),
    ("civilian_targeting", "bool", False, "True when civilians were the target", "true, false"),
    ("country", "str", False, "Country where the event happened", "gazetteer country name"),
    ("admin1", "str", False, "First-level region (empty for national-level events)", "gazetteer admin1 or empty"),
    ("admin2", "str", False, "Second-level unit (cercle/province/department), empty if unknown", "gazetteer admin2 or empty"),
    ("location", "str", False, "Most specific place named (gazetteer name), empty if none", "gazetteer name or empty"),
    ("latitude", "float64", True, "WGS84 latitude of location", "-90..90, empty if unknown"),
    ("longitude", "float64", True, "WGS84 longitude of location", "-180..180, empty if unknown"),
    ("geo_precision", "int64", False, "ACLED geo precision", "; ".join(f"{k} {v}" for k, v in GEO_PRECISIONS.items())),
    ("fatalities", "int64", False, "Conservative ACLED figure: official/independent if any, else the lowest credible claim; 0 when none", ">= 0, within [fatalities_low, fatalities_high]"),
    ("fatalities_low", "Int64", True, "Lowest figure any source gives (UCDP low)", ">= 0 or empty"),
    ("fatalities_high", "Int64", True, "Highest figure any source gives (UCDP high)", ">= fatalities_low or empty"),
    ("foreign_actors", "str", False, "Foreign states, forces and companies involved", "'; '-separated"),
    ("is_main", "bool", False, "True when a main subject of an article, false for a background mention", "true, false"),
    ("article_ids", "str", False, "Every article reporting the event", "'; '-separated, sorted"),
    ("sources", "str", False, "Outlets of those articles", "'; '-separated, sorted"),
    ("notes", "str", False, "One generated sentence, ACLED style, incl. disputed tolls", "free text"),
    ("evidence", "str", False, "Sentence(s) the row was coded from, verbatim", "free text"),
    ("confidence", "float64", False, "How sure the coder is", "0..1"),
    ("review_status", "str", False, "auto, or reviewed when a review entry changed/confirmed the row", ", ".join(REVIEW_STATUSES)),
]
_CLAIM_COLS: list[tuple[str, str, bool, str, str]] = [
    ("claim_id", "str", False, "Stable id of the claim", "unique"),
    ("event_id", "str", False, "The event the figure is about", "an event_id of events.csv"),
    ("article_id", "str", False, "The article stating the figure", "corpus article id"),
    ("claimant", "str", False, "Who states the figure (army, armed group, local official, NGO, the outlet...)", "free text"),
    ("claim_kind", "str", False, "Kind of figure", ", ".join(CLAIM_KINDS)),
    ("victim_group", "str", False, "Whose casualties (soldiers, civilians, militants, Wagner, people...)", "free text"),
    ("count", "int64", False, "The figure", ">= 0"),
    ("qualifier", "str", False, "How the figure is hedged", ", ".join(QUALIFIERS)),
    ("killed_or_other", "str", False, "Deaths, or wounded/missing/combined", ", ".join(KILLED_OR_OTHER)),
    ("quote", "str", False, "The sentence stating the figure, verbatim", "free text"),
    ("superseded", "bool", False, "True when a later figure of the same claimant replaced it ('updated to')", "true, false"),
]
_MENTION_COLS: list[tuple[str, str, bool, str, str]] = [
    ("article_id", "str", False, "The article", "corpus article id"),
    ("event_id", "str", False, "The event the sentence refers to", "an event_id of events.csv"),
    ("sentence_index", "int64", False, "0-based sentence number in the cleaned article text", ">= 0"),
    ("start_char", "int64", False, "Start offset of the mention in the cleaned text", ">= 0"),
    ("end_char", "int64", False, "End offset (exclusive)", ">= start_char"),
    ("role", "str", False, "What the words give the event", ", ".join(MENTION_ROLES)),
    ("text", "str", False, "The words themselves", "free text"),
]

EVENT_COLUMNS = [c[0] for c in _EVENT_COLS]
CLAIM_COLUMNS = [c[0] for c in _CLAIM_COLS]
MENTION_COLUMNS = [c[0] for c in _MENTION_COLS]
TABLE_COLUMNS = {"events": _EVENT_COLS, "claims": _CLAIM_COLS, "mentions": _MENTION_COLS}
DTYPES = {name: {c[0]: c[1] for c in cols} for name, cols in TABLE_COLUMNS.items()}


# ----------------------------------------------------------------------------- checks


@dataclasses.dataclass(frozen=True)
class _String(pandas_engine.STRING):
    """pandera's ``str`` dtype (pandas' string dtype), with a whole-column dtype check.

    On pandas 3, pandera's ``STRING.check`` answers a column that already has the string dtype
    with an element-wise array of ``True``; pandera then builds (empty) failure cases for it,
    on every string column of every validation: most of the cost of validating a small table.
    Answering ``True`` once for the whole column is the same verdict. Anything else (object
    columns, numbers) goes through pandera's own check and coercion unchanged.
    """

    def check(self, pandera_dtype, data_container=None):  # noqa: D102 - see the class docstring
        try:
            if pandas_engine.Engine.dtype(pandera_dtype).type == self.type:
                return True
        except TypeError:
            return False
        return super().check(pandera_dtype, data_container)


_STR = _String()


def _c(fn, name: str, error: str, element_wise: bool = False) -> pa.Check:
    return pa.Check(fn, name=name, error=f"{name}: {error}", element_wise=element_wise)


def _isin(values, name: str) -> pa.Check:
    allowed = tuple(values)
    return _c(lambda s: s.isin(allowed), name, "must be one of " + ", ".join(map(str, allowed)))


def _nonneg(name: str) -> pa.Check:
    return _c(lambda s: s.isna() | (s >= 0), name, "must be >= 0")


def _column_checks_events() -> dict[str, list[pa.Check]]:
    return {
        "event_id": [
            _c(lambda s: s.str.len() > 0, "event_id_nonempty", "event_id must not be empty"),
            _c(lambda s: ~s.duplicated(keep=False), "event_id_unique", "event_id must be unique"),
        ],
        "event_date": [
            _c(lambda s: s.str.match(_ISO_DATE) & pd.to_datetime(s, errors="coerce", format="%Y-%m-%d").notna(),
               "event_date_iso", "must be an ISO date YYYY-MM-DD"),
        ],
        "date_precision": [_isin(DATE_PRECISIONS, "date_precision_vocab")],
        "time_precision": [_isin((1, 2, 3), "time_precision_vocab")],
        "disorder_type": [_isin(DISORDER_TYPES, "disorder_type_vocab")],
        "event_type": [_isin(EVENT_TYPES, "event_type_vocab")],
        "sub_event_type": [_isin(SUB_EVENT_TYPES, "sub_event_type_vocab")],
        "actor1": [_c(lambda s: s.str.strip().str.len() > 0, "actor1_nonempty", "actor1 must name an actor")],
        "inter1": [_isin(range(0, 9), "inter1_code")],
        "inter2": [_isin(range(0, 9), "inter2_code")],
        "geo_precision": [_isin((1, 2, 3), "geo_precision_vocab")],
        "latitude": [_c(lambda s: s.isna() | s.between(-90, 90), "latitude_range", "must be within -90..90")],
        "longitude": [_c(lambda s: s.isna() | s.between(-180, 180), "longitude_range", "must be within -180..180")],
        "fatalities": [_nonneg("fatalities_nonnegative")],
        "fatalities_low": [_nonneg("fatalities_low_nonnegative")],
        "fatalities_high": [_nonneg("fatalities_high_nonnegative")],
        "confidence": [_c(lambda s: s.between(0, 1), "confidence_range", "must be within 0..1")],
        "review_status": [_isin(REVIEW_STATUSES, "review_status_vocab")],
        "country": [_c(lambda s: s.str.strip().str.len() > 0, "country_nonempty", "country must not be empty")],
    }


def _event_frame_checks() -> list[pa.Check]:
    # Vectorised (no per-row DataFrame.apply): these run on every table written.
    def pairing(df):
        parent = [SUB_EVENT_TYPES.get(s) for s in df["sub_event_type"]]
        return pd.Series([p == e for p, e in zip(parent, df["event_type"])], index=df.index, dtype=bool)

    def disorder(df):
        ok = [d in DISORDER_OF_EVENT_TYPE.get(e, ()) for d, e in zip(df["disorder_type"], df["event_type"])]
        return pd.Series(ok, index=df.index, dtype=bool)

    def precision(df):
        return df["date_precision"].map(TIME_PRECISION) == df["time_precision"]

    def interaction(df):
        want = [interaction_code(a, b) for a, b in zip(df["inter1"], df["inter2"])]
        return df["interaction"] == pd.Series(want, index=df.index)

    def fat_range(df):
        low, high, best = df["fatalities_low"], df["fatalities_high"], df["fatalities"]
        ok_low = low.isna() | (low <= best)
        ok_high = high.isna() | (best <= high)
        return (ok_low & ok_high).fillna(False).astype(bool)

    def coords(df):
        return df["latitude"].isna() == df["longitude"].isna()

    return [
        _c(pairing, "event_type_sub_event_type_pairing", "sub_event_type does not belong to event_type"),
        _c(disorder, "disorder_type_matches_event_type", "disorder_type does not fit event_type"),
        _c(precision, "time_precision_matches_date_precision", "time_precision must be 1 for day, 2 week, 3 month/year"),
        _c(interaction, "interaction_code", "interaction must be 10*min(inter1, inter2)+max (10*inter1 with one actor)"),
        _c(fat_range, "fatalities_within_range", "fatalities_low <= fatalities <= fatalities_high must hold"),
        _c(coords, "coordinates_pairs", "latitude and longitude must both be given or both empty"),
    ]


def _schema(table: str, col_checks: dict[str, list[pa.Check]], frame_checks: list[pa.Check], unique: list[str] | None) -> pa.DataFrameSchema:
    columns = {}
    for name, dtype, nullable, meaning, allowed in TABLE_COLUMNS[table]:
        columns[name] = pa.Column(
            _STR if dtype == "str" else dtype, checks=col_checks.get(name, []), nullable=nullable, coerce=True,
            description=meaning, title=allowed,
        )
    return pa.DataFrameSchema(columns, checks=frame_checks, unique=unique, strict=False, coerce=True, name=table)


EVENTS_SCHEMA = _schema("events", _column_checks_events(), _event_frame_checks(), None)

CLAIMS_SCHEMA = _schema(
    "claims",
    {
        "claim_id": [
            _c(lambda s: s.str.len() > 0, "claim_id_nonempty", "claim_id must not be empty"),
            _c(lambda s: ~s.duplicated(keep=False), "claim_id_unique", "claim_id must be unique"),
        ],
        "event_id": [_c(lambda s: s.str.len() > 0, "claim_event_id_nonempty", "event_id must not be empty")],
        "claim_kind": [_isin(CLAIM_KINDS, "claim_kind_vocab")],
        "count": [_nonneg("count_nonnegative")],
        "qualifier": [_isin(QUALIFIERS, "qualifier_vocab")],
        "killed_or_other": [_isin(KILLED_OR_OTHER, "killed_or_other_vocab")],
    },
    [],
    None,
)

MENTIONS_SCHEMA = _schema(
    "mentions",
    {
        "event_id": [_c(lambda s: s.str.len() > 0, "mention_event_id_nonempty", "event_id must not be empty")],
        "sentence_index": [_nonneg("sentence_index_nonnegative")],
        "start_char": [_nonneg("start_char_nonnegative")],
        "role": [_isin(MENTION_ROLES, "role_vocab")],
    },
    [_c(lambda df: df["end_char"] >= df["start_char"], "mention_span_order", "end_char must be >= start_char")],
    None,
)

SCHEMAS = {"events": EVENTS_SCHEMA, "claims": CLAIMS_SCHEMA, "mentions": MENTIONS_SCHEMA}


# ---------------------------------------------------------------------------- codebook


def codebook() -> pd.DataFrame:
    """The codebook of the three tables: ``table, column, type, meaning, allowed``.

    Built from the schemas themselves, so documentation and validation cannot drift apart.
    """
    rows = []
    for table, schema in SCHEMAS.items():
        for name, col in schema.columns.items():
            rows.append({
                "table": table, "column": name, "type": str(col.dtype),
                "meaning": col.description, "allowed": col.title,
                "nullable": bool(col.nullable),
                "checks": ", ".join(c.name for c in col.checks),
            })
        for check in schema.checks:
            rows.append({"table": table, "column": "(row)", "type": "", "meaning": check.error,
                         "allowed": "", "nullable": False, "checks": check.name})
    return pd.DataFrame(rows)


# -------------------------------------------------------------------------- validation


def _first_failures(exc: pa.errors.SchemaErrors, line_offset: int | None, limit: int = 3) -> tuple[str, int | None]:
    """Summarise pandera's failure cases: the first few distinct problems, with CSV lines."""
    fc = exc.failure_cases
    parts: list[str] = []
    seen: set[tuple] = set()
    first_line = None
    for _, row in fc.iterrows():
        frame_level = row.get("schema_context") == "DataFrameSchema"
        idx = row.get("index")
        key = (row.get("check"), idx) if frame_level else (row.get("check"), row.get("column"), idx)
        if key in seen:
            continue
        seen.add(key)
        if len(parts) >= limit:
            continue
        where = ""
        if idx is not None and not pd.isna(idx):
            try:
                if line_offset is not None:
                    line = int(idx) + line_offset
                    first_line = line if first_line is None else min(first_line, line)
                    where = f" (line {line})"
                else:
                    where = f" (row {int(idx)})"
            except (TypeError, ValueError):
                pass
        col = row.get("column")
        col = "" if frame_level or col is None or pd.isna(col) else f"{col}: "
        case = row.get("failure_case")
        show = not frame_level and case is not None and (isinstance(case, str) or not pd.isna(case))
        case_txt = f", got {str(case)[:60]!r}" if show else ""
        parts.append(f"{col}{row.get('check')}{case_txt}{where}")
    more = len(seen) - len(parts)
    text = "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
    return text, first_line


def _validate(table: str, df: pd.DataFrame, source, line_offset: int | None) -> pd.DataFrame:
    schema = SCHEMAS[table]
    missing = [c for c in schema.columns if c not in df.columns]
    if missing:
        raise InputError(source, f"{table} table lacks column(s) {', '.join(missing)}", 1 if line_offset else None)
    if _checks_pass(table, df):
        return df.copy(deep=False)  # (speed: pandera would return these values; see _checks_pass)
    try:
        return schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        text, line = _first_failures(exc, line_offset)
        raise InputError(source, f"invalid {table} table: {text}", line) from None
    except pa.errors.SchemaError as exc:  # pragma: no cover - lazy=True reports SchemaErrors
        raise InputError(source, f"invalid {table} table: {exc}") from None


def _check_refs(table: str, df: pd.DataFrame, event_ids, source, line_offset: int | None) -> None:
    if event_ids is None:
        return
    known = set(event_ids)
    bad = ~df["event_id"].isin(known)
    if bad.any():
        idx = df.index[bad][0]
        line = int(idx) + line_offset if line_offset is not None else None
        raise InputError(source, f"invalid {table} table: event_id {df.loc[idx, 'event_id']!r} is not in the events table "
                                 f"({int(bad.sum())} row(s) point at missing events)", line)


def validate_events(df: pd.DataFrame, source: str | Path | None = None, line_offset: int | None = None) -> pd.DataFrame:
    """Validate (and coerce) an events table; raise InputError naming ``source`` on bad data.

    ``line_offset`` maps the DataFrame index to a file line (2 for a CSV read with a header).
    """
    return _validate("events", df, source, line_offset)


def validate_claims(df: pd.DataFrame, source: str | Path | None = None, event_ids=None, line_offset: int | None = None) -> pd.DataFrame:
    """Validate a claims table; with ``event_ids``, every claim must point at one of them."""
    out = _validate("claims", df, source, line_offset)
    _check_refs("claims", out, event_ids, source, line_offset)
    return out


def validate_mentions(df: pd.DataFrame, source: str | Path | None = None, event_ids=None, line_offset: int | None = None) -> pd.DataFrame:
    """Validate a mentions table; with ``event_ids``, every mention must point at one of them."""
    out = _validate("mentions", df, source, line_offset)
    _check_refs("mentions", out, event_ids, source, line_offset)
    return out


_NATIVE = {"str": pd.StringDtype, "int64": np.dtype("int64"), "bool": np.dtype(bool), "float64": np.dtype("float64"),
           "Int64": pd.Int64Dtype}


def _checks_pass(table: str, df: pd.DataFrame) -> bool:
    """True when pandera's validation of ``df`` surely passes: every column has its schema
    type natively (a string dtype, ``int64``, ``bool``, ``float64``, ``Int64``), missing
    values only in nullable columns, and every check of the schema (the same functions, columns' and the frame's) answers all-true.
    False means "not sure": the caller then asks pandera itself. Speed: pandera's own
    machinery (schema copies, coercion, failure-case bookkeeping) costs ~10 ms per call
    whatever the number of rows, while the checks themselves take well under a millisecond.
    """
    schema = SCHEMAS[table]
    if (schema.unique or schema.strict or schema.ordered or schema.parsers or schema.add_missing_columns
            or schema.drop_invalid_rows or getattr(schema, "index", None) is not None):
        return False  # (features the shortcut does not implement: pandera decides)
    for name, col in schema.columns.items():
        series = df.get(name)
        native = _NATIVE.get(DTYPES[table][name])
        if series is None or native is None or col.regex or col.unique or col.parsers or col.drop_invalid_rows:
            return False
        dtype = series.dtype
        if not (isinstance(dtype, native) if isinstance(native, type) else dtype == native):
            return False
        if series.isna().any() and not col.nullable:
            return False
        if not all(_check_passes(check, series) for check in col.checks):
            return False
    return all(_check_passes(check, df) for check in schema.checks)


def _check_passes(check: pa.Check, data) -> bool:
    """Whether the vectorised ``check`` answers True for every row of ``data`` (no missing
    values); False also when the check is not a plain one this shortcut understands."""
    if check.element_wise or check.groupby is not None or getattr(check, "_check_kwargs", True) or check.raise_warning:
        return False
    try:
        out = check._check_fn(data)
    except Exception:  # a check that fails to run, or a pandera without _check_fn: pandera reports it
        return False
    if isinstance(out, pd.Series):
        if out.dtype == bool:
            return bool(out.all())
        # a nullable column's check ("missing, or within range"): pandas' boolean dtype
        return isinstance(out.dtype, pd.BooleanDtype) and not out.isna().any() and bool(out.all())
    return out is True or out is np.True_


# ------------------------------------------------------------------------ frames and CSV


def empty_frame(table: str) -> pd.DataFrame:
    """An empty table with the schema's columns and dtypes."""
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in DTYPES[table].items()})


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame of ``rows`` (dicts) with the table's columns, in order, and dtypes."""
    if not rows:
        return empty_frame(table)
    df = pd.DataFrame(rows)
    out = {}
    for name, dtype in DTYPES[table].items():
        col = df[name] if name in df.columns else pd.Series([None] * len(df))
        if dtype == "str":
            out[name] = col.where(col.notna(), "").astype(str)
        elif dtype == "Int64":
            out[name] = pd.array([None if v is None or (isinstance(v, float) and pd.isna(v)) else int(v) for v in col], dtype="Int64")
        elif dtype == "float64":
            out[name] = pd.to_numeric(col, errors="coerce").astype("float64")
        elif dtype == "bool":
            out[name] = col.fillna(False).astype(bool)
        else:
            out[name] = pd.to_numeric(col, errors="coerce").fillna(0).astype(dtype)
    extra = [c for c in df.columns if c not in out]
    result = pd.DataFrame(out)
    for c in extra:
        result[c] = df[c].values
    return result


def frame_from_columns(table: str, columns: dict[str, list]) -> pd.DataFrame:
    """Like :func:`frame`, from column lists (``name -> values``, all of one length).

    The writer's hot path: a column whose values already have the column's Python type
    (``str``, ``int``, ``bool``) becomes a Series directly; any other column takes
    :func:`frame`'s conversion, so the result is the same as ``frame(table, rows)``.
    """
    n = len(next(iter(columns.values()))) if columns else 0
    if n == 0:
        return empty_frame(table)
    out = {}
    for name, dtype in DTYPES[table].items():
        vals = columns.get(name)
        if vals is None:
            vals = [None] * n
        kind = {"str": str, "int64": int, "bool": bool}.get(dtype)
        if kind is not None and set(map(type, vals)) == {kind}:
            out[name] = pd.Series(vals, dtype=dtype)
        else:
            out[name] = frame(table, [{name: v} for v in vals])[name]
    result = pd.DataFrame(out)
    for c in columns:
        if c not in out:
            result[c] = pd.Series(columns[c]).values
    return result


_FLOAT_FORMAT = {"latitude": "{:.5f}", "longitude": "{:.5f}", "confidence": "{:.3f}"}


def csv_frame(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every cell rendered as the CSV text the project writes (byte-stable)."""
    out = {}
    for name in df.columns:
        dtype = DTYPES[table].get(name, "str")
        col = df[name]
        if dtype == "bool":
            out[name] = col.astype(bool).map({True: "true", False: "false"})
        elif dtype == "float64":
            fmt = _FLOAT_FORMAT.get(name, "{:.6g}")
            out[name] = col.map(lambda v, f=fmt: "" if pd.isna(v) else f.format(float(v)))
        elif dtype == "Int64":
            out[name] = col.map(lambda v: "" if pd.isna(v) else str(int(v)))
        elif dtype == "int64":
            out[name] = col.astype("int64").astype(str)
        else:
            out[name] = col.astype(object).where(col.notna(), "").astype(str)
    return pd.DataFrame(out, columns=list(df.columns))


def _missing(v) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)


def csv_columns(table: str, df: pd.DataFrame) -> list[list[str]]:
    """The cells of :func:`csv_frame`, column by column, as plain Python strings.

    The same rendering as :func:`csv_frame` without building a DataFrame of strings (the
    writer's hot path: every claim and mention row passes here).
    """
    out: list[list[str]] = []
    for name in df.columns:
        dtype = DTYPES[table].get(name, "str")
        col = df[name]
        if dtype == "bool":
            out.append(["true" if v else "false" for v in col.astype(bool).tolist()])
        elif dtype == "float64":
            fmt = _FLOAT_FORMAT.get(name, "{:.6g}").format
            out.append(["" if _missing(v) else fmt(float(v)) for v in col.tolist()])
        elif dtype == "Int64":
            out.append(["" if _missing(v) else str(int(v)) for v in col.tolist()])
        elif dtype == "int64":
            out.append(list(map(str, col.astype("int64").tolist())))
        else:
            vals = col.tolist()
            if set(map(type, vals)) != {str}:  # missing cells or non-string objects
                vals = ["" if _missing(v) else (v if type(v) is str else str(v)) for v in vals]
            out.append(vals)
    return out


def _probe_csv_specials() -> frozenset[str] | None:
    """The characters that make :mod:`csv` quote a field (QUOTE_MINIMAL, ``\\n`` line ends).

    Probed once on this interpreter's writer, so the fast path below cannot drift from it:
    None (use the writer itself) if the writer quotes anything beyond ``, " \\n``.
    """
    candidates = ',"\n\r\t \x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\'\\;|'
    found = set()
    for ch in candidates:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([f"a{ch}b", "x"])
        if buf.getvalue() != f"a{ch}b,x\n":
            found.add(ch)
    return frozenset(found) if found == {",", '"', "\n"} else None


_CSV_SPECIALS = _probe_csv_specials()
_NEEDS_QUOTES = re.compile('[,"\n]')


def _quoted(cells: list[str]) -> list[str]:
    # One search over the joined column finds whether any cell needs quotes (the usual answer
    # for ids, numbers and names is no); only then is each cell looked at.
    if not _NEEDS_QUOTES.search("\x00".join(cells)):
        return cells
    search = _NEEDS_QUOTES.search
    return ['"' + c.replace('"', '""') + '"' if search(c) else c for c in cells]


def to_csv_text(table: str, df: pd.DataFrame, header: bool = True) -> str:
    """The CSV text of ``df`` (``\\n`` line ends, fixed number formats).

    Byte for byte what ``csv_frame(table, df).to_csv(index=False, lineterminator="\\n")``
    writes: pandas writes through :mod:`csv` with minimal quoting, which quotes a field that
    holds a comma, a double quote or a line feed and doubles its quotes. Rows are joined
    directly when the interpreter's writer follows exactly that rule (probed at import),
    else written by the writer itself.
    """
    names = [str(c) for c in df.columns]
    cols = csv_columns(table, df) if len(df) and names else []
    if _CSV_SPECIALS is None or len(names) < 2:  # a lone empty field is written '""'
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if header:
            writer.writerow(names)
        if cols:
            writer.writerows(zip(*cols))
        return buf.getvalue()
    parts = []
    if header:
        parts.append(",".join(_quoted(names)) + "\n")
    if cols:
        parts.append("\n".join(map(",".join, zip(*[_quoted(c) for c in cols]))) + "\n")
    return "".join(parts)


def read_table(table: str, path: str | Path) -> pd.DataFrame:
    """Read one table's CSV with its dtypes (booleans ``true``/``false``, empty = missing)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, f"no {table} table here; run `python -m analysis code --corpus <corpus> --out <dir>` first")
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the {table} table: {str(exc).splitlines()[0]}") from None
    dtypes = DTYPES[table]
    missing = [c for c in dtypes if c not in raw.columns]
    if missing:
        raise InputError(path, f"{table} table lacks column(s) {', '.join(missing)}", 1)
    out = {}
    for name in raw.columns:
        dtype = dtypes.get(name, "str")
        col = raw[name]
        if dtype == "str":
            out[name] = col.astype(str)
            continue
        if dtype == "bool":
            low = col.str.strip().str.lower()
            bad = ~low.isin(["true", "false"])
            if bad.any():
                i = int(col.index[bad][0])
                raise InputError(path, f"{name}: expected true or false, got {col.iloc[i]!r}", i + 2)
            out[name] = low == "true"
            continue
        num = pd.to_numeric(col.where(col.str.strip() != "", None), errors="coerce")
        bad = num.isna() & (col.str.strip() != "")
        if bad.any():
            i = int(col.index[bad][0])
            raise InputError(path, f"{name}: expected a number, got {col.iloc[i]!r}", i + 2)
        if dtype == "float64":
            out[name] = num.astype("float64")
        elif dtype == "Int64":
            out[name] = num.astype("Int64")
        else:
            if num.isna().any():
                i = int(col.index[num.isna()][0])
                raise InputError(path, f"{name}: a number is required", i + 2)
            out[name] = num.astype("int64")
    return pd.DataFrame(out, columns=list(raw.columns))


def read_events(folder: str | Path) -> pd.DataFrame:
    """``<folder>/events.csv`` loaded with the schema's dtypes and validated."""
    path = Path(folder) / "events.csv"
    return validate_events(read_table("events", path), source=path, line_offset=2)


def read_claims(folder: str | Path) -> pd.DataFrame:
    """``<folder>/claims.csv``, validated; claims must point at events of ``events.csv`` when present."""
    path = Path(folder) / "claims.csv"
    ev_path = Path(folder) / "events.csv"
    ids = read_table("events", ev_path)["event_id"] if ev_path.is_file() else None
    return validate_claims(read_table("claims", path), source=path, event_ids=ids, line_offset=2)


def read_mentions(folder: str | Path) -> pd.DataFrame:
    """``<folder>/mentions.csv``, validated; mentions must point at events of ``events.csv`` when present."""
    path = Path(folder) / "mentions.csv"
    ev_path = Path(folder) / "events.csv"
    ids = read_table("events", ev_path)["event_id"] if ev_path.is_file() else None
    return validate_mentions(read_table("mentions", path), source=path, event_ids=ids, line_offset=2)


def event_id_pattern() -> re.Pattern:
    """The form of ids the linker and the review file use: ``YYYYMMDD-<8 hex>`` plus suffixes."""
    return re.compile(r"^\d{8}-[0-9a-f]{8}(-\d+)*$")
