"""Human review: ``data/reviewed/review.yaml`` applied to the linked events.

The coder never writes the review file; a researcher does (see ``data/reviewed/README.md``
and the commented template). Entries are applied in file order, after linking and before the
tables are validated and written, so a correction survives every re-coding as long as its
event keeps its id (:func:`analysis.coding.link.event_id_for`).

Actions (one entry each, ``event_id`` names the row):

``confirm``
    the row is right as coded: ``review_status`` becomes ``reviewed``.
``correct``
    ``set: {field: value, ...}`` overrides fields. Fields are the columns of events.csv except
    ``event_id`` and ``review_status``; values are checked against the schema
    (:mod:`analysis.coding.schema`). Derived fields follow unless set explicitly:
    ``time_precision`` from ``date_precision``, ``disorder_type`` from ``event_type``,
    ``inter1``/``inter2`` from a corrected ``actor1``/``actor2`` (the actor dictionary's code, 0
    when emptied), ``interaction`` from ``inter1``/``inter2``.
``merge``
    ``event_ids: [a, b, ...]`` become one row that keeps the first id; article ids, sources,
    foreign and associated actors and evidence are united, ``is_main`` is true if any is;
    claims and mentions of the others point at the kept id. The toll stays the first event's
    (the claims of all are kept in claims.csv); an optional ``set`` corrects the merged row,
    e.g. its ``fatalities``/``fatalities_low``/``fatalities_high``.
``split``
    ``parts: [{field: value}, ...]`` (at least two) replace the row by copies with those
    overrides. The first part keeps the id and the claims and mentions; part *k* gets
    ``<id>-s<k>``.
``drop``
    removes the row, its claims and its mentions (say why in ``reason``).
``add``
    ``set: {...}`` describes an event the coder missed (``event_date``, ``date_precision``,
    ``event_type``, ``sub_event_type``, ``actor1`` and ``country`` required); its id is
    ``event_id`` if given, else ``R<date>-<hash of the entry>``.

Every entry may carry ``comment`` / ``reason`` / ``reviewer`` / ``date`` for the record.

Errors the researcher must fix (unknown action, unknown field, a value outside the
vocabulary, a malformed id) raise :class:`~analysis.errors.InputError` naming the file, the
line of the entry and its index. An entry whose event *no longer exists* (a well-formed id
absent from this coding, e.g. after the coder changed the event's date) is **reported**: a
warning on stderr and a line in :attr:`ReviewResult.report`; it is neither applied nor fatal,
and the file is left as it is.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from analysis.coding import actors as actors_mod
from analysis.coding import schema
from analysis.errors import InputError
from analysis.yamlfile import FAST_LOADER

ACTIONS = ("confirm", "correct", "merge", "split", "drop", "add")
_META_KEYS = {"comment", "reason", "reviewer", "date", "note"}
_KEYS = {
    "confirm": {"action", "event_id"},
    "correct": {"action", "event_id", "set"},
    "merge": {"action", "event_ids", "set"},
    "split": {"action", "event_id", "parts"},
    "drop": {"action", "event_id"},
    "add": {"action", "event_id", "set"},
}
_READ_ONLY = {"event_id", "review_status"}
EDITABLE = [c for c in schema.EVENT_COLUMNS if c not in _READ_ONLY]
_ADD_REQUIRED = ("event_date", "date_precision", "event_type", "sub_event_type", "actor1", "country")
#: Ids the coder and this module produce: coder ``YYYYMMDD-hash[-n]``, split parts ``-s<k>``,
#: reviewer additions ``R<date>-hash`` or a reviewer-chosen id (letters, digits, ``._-``).
_CODER_ID = re.compile(r"^R?\d{8}-[0-9a-f]{8}(-\d+)?(-s\d+)*$")
_USER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


@dataclass
class ReviewResult:
    """The reviewed events, where each original id went, and what could not be applied."""

    events: pd.DataFrame
    id_map: dict[str, str | None] = field(default_factory=dict)  # old id -> new id (None = dropped)
    report: list[str] = field(default_factory=list)
    applied: int = 0
    orphaned: int = 0

    def resolve(self, event_id: str) -> str | None:
        """The id an original event ends up with (following merges), or None if dropped."""
        seen = set()
        while event_id in self.id_map and event_id not in seen:
            seen.add(event_id)
            nxt = self.id_map[event_id]
            if nxt is None:
                return None
            if nxt == event_id:
                break
            event_id = nxt
        return event_id


# ------------------------------------------------------------------------------ loading


@dataclass
class _Entry:
    index: int  # 1-based position in the list
    line: int | None
    data: dict
    key_lines: dict[str, int]


def _node_value(node, key: str):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k, v
    return None, None




def load_entries(path: str | Path) -> list[_Entry]:
    """Parse the review file into entries with their line numbers; [] if absent or empty."""
    path = Path(path)
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text ({exc.reason})") from None
    try:
        try:
            # libyaml when available: the file is mostly comments, which the pure-Python
            # scanner reads slowly, and it is read twice per run (check_file, apply_review).
            root = yaml.compose(text, Loader=FAST_LOADER)
            data = yaml.load(text, Loader=FAST_LOADER)
        except yaml.YAMLError:
            # A broken file: the pure-Python parser gives the messages users are shown.
            root = yaml.compose(text, Loader=yaml.SafeLoader)
            data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(path, f"not valid YAML: {problem}", mark.line + 1 if mark else None) from None
    if data is None:
        return []
    if isinstance(data, list):
        seq_node, items = root, data
    elif isinstance(data, dict):
        unknown = set(data) - {"entries"}
        if unknown:
            k, _ = _node_value(root, sorted(unknown)[0])
            raise InputError(path, f"unknown top-level key {sorted(unknown)[0]!r}; the file holds `entries:` (a list)",
                             k.start_mark.line + 1 if k is not None else None)
        items = data.get("entries") or []
        _, seq_node = _node_value(root, "entries")
        if not isinstance(items, list):
            raise InputError(path, "`entries:` must be a list of review entries", seq_node.start_mark.line + 1 if seq_node else None)
    else:
        raise InputError(path, "the review file must hold `entries:` (a list of review entries)", 1)
    nodes = seq_node.value if isinstance(seq_node, yaml.SequenceNode) else [None] * len(items)
    out = []
    for i, (item, node) in enumerate(zip(items, nodes), start=1):
        line = node.start_mark.line + 1 if node is not None else None
        if not isinstance(item, dict):
            raise InputError(path, f"entry {i}: must be a mapping with an `action:`", line)
        key_lines = {}
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                key_lines[str(k.value)] = k.start_mark.line + 1
                if isinstance(v, yaml.MappingNode):
                    for k2, _ in v.value:
                        key_lines[f"{k.value}.{k2.value}"] = k2.start_mark.line + 1
                if isinstance(v, yaml.SequenceNode):
                    for j, part in enumerate(v.value):
                        key_lines[f"{k.value}[{j}]"] = part.start_mark.line + 1
                        if isinstance(part, yaml.MappingNode):
                            for k2, _ in part.value:
                                key_lines[f"{k.value}[{j}].{k2.value}"] = k2.start_mark.line + 1
        out.append(_Entry(i, line, item, key_lines))
    return out


# ---------------------------------------------------------------------------- validation


class _Ctx:
    def __init__(self, path: Path, entry: _Entry):
        self.path, self.entry = path, entry

    def error(self, message: str, key: str | None = None) -> InputError:
        line = self.entry.key_lines.get(key, self.entry.line) if key else self.entry.line
        action = self.entry.data.get("action", "?")
        return InputError(self.path, f"review entry {self.entry.index} ({action}): {message}", line)


def _check_keys(ctx: _Ctx) -> str:
    data = ctx.entry.data
    action = data.get("action")
    if action not in ACTIONS:
        raise ctx.error(f"action must be one of {', '.join(ACTIONS)}, got {action!r}", "action")
    unknown = set(data) - _KEYS[action] - _META_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise ctx.error(f"unknown key {k!r} (allowed: {', '.join(sorted(_KEYS[action] | _META_KEYS))})", k)
    return action


def _check_id(ctx: _Ctx, value, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ctx.error(f"{key} must be an event id (text), got {value!r}", key)
    value = value.strip()
    if not _USER_ID.match(value):
        raise ctx.error(f"{value!r} is not an event id", key)
    return value


def _coerce(ctx: _Ctx, column: str, value, key: str):
    """A reviewer's value as the column's type; raises InputError naming the field."""
    if column not in schema.DTYPES["events"] or column in _READ_ONLY:
        raise ctx.error(f"unknown or read-only field {column!r} (editable: {', '.join(EDITABLE)})", key)
    dtype = schema.DTYPES["events"][column]
    if dtype == "str":
        if value is None:
            return ""
        if isinstance(value, list) and column in ("foreign_actors", "assoc_actor_1", "assoc_actor_2", "article_ids", "sources"):
            return "; ".join(sorted(str(v) for v in value))
        if hasattr(value, "isoformat"):  # YAML reads 2022-07-27 as a date
            return value.isoformat()
        if isinstance(value, (int, float, bool)):
            raise ctx.error(f"{column} must be text, got {value!r}", key)
        return str(value)
    if dtype == "bool":
        if not isinstance(value, bool):
            raise ctx.error(f"{column} must be true or false, got {value!r}", key)
        return value
    if dtype in ("int64", "Int64"):
        if value is None and dtype == "Int64":
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ctx.error(f"{column} must be a whole number{' or null' if dtype == 'Int64' else ''}, got {value!r}", key)
        return value
    if dtype == "float64":
        if value is None and column in ("latitude", "longitude"):
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ctx.error(f"{column} must be a number, got {value!r}", key)
        return float(value)
    return value  # pragma: no cover


def _overrides(ctx: _Ctx, mapping, key: str) -> dict:
    if mapping is None:
        return {}
    if not isinstance(mapping, dict) or not mapping:
        raise ctx.error(f"`{key}` must be a mapping of field: value", key)
    return {str(k): _coerce(ctx, str(k), v, f"{key}.{k}") for k, v in mapping.items()}


def _derive(row: dict, overrides: dict) -> dict:
    """Fields that follow from others, unless the reviewer set them too."""
    row = dict(row)
    row.update(overrides)
    if "date_precision" in overrides and "time_precision" not in overrides:
        row["time_precision"] = schema.TIME_PRECISION.get(row["date_precision"], row.get("time_precision"))
    if "event_type" in overrides and "disorder_type" not in overrides:
        allowed = schema.DISORDER_OF_EVENT_TYPE.get(row["event_type"])
        if allowed and row.get("disorder_type") not in allowed:
            row["disorder_type"] = allowed[0]
    for n in (1, 2):
        # a corrected actor brings its own ACLED code (dictionary, event country); 0 when emptied
        # or unknown to the dictionary, so the reviewer sets inter<n> for an actor not in it
        if f"actor{n}" in overrides and f"inter{n}" not in overrides:
            actor = row.get(f"actor{n}") or ""
            row[f"inter{n}"] = actors_mod.inter_code(actor, row.get("country") or None) if actor else 0
    if ({"inter1", "inter2", "actor1", "actor2"} & set(overrides)) and "interaction" not in overrides:
        row["interaction"] = schema.interaction_code(row.get("inter1", 0), row.get("inter2", 0))
    return row


def _validate_row(ctx: _Ctx, row: dict, key: str | None) -> dict:
    df = schema.frame("events", [row])
    try:
        schema.validate_events(df)
    except InputError as exc:
        raise ctx.error(exc.message.replace("invalid events table: ", "the corrected event is invalid: "), key) from None
    return row


def check_file(review_file: str | Path | None) -> int:
    """Validate what can be checked without the events (syntax, actions, keys, fields, types).

    Run before coding so that a broken review file fails in a second, not after the whole
    corpus has been coded. Returns the number of entries.
    """
    if review_file is None:
        return 0
    path = Path(review_file)
    entries = load_entries(path)
    for entry in entries:
        ctx = _Ctx(path, entry)
        action = _check_keys(ctx)
        data = entry.data
        if action == "merge":
            ids = data.get("event_ids")
            if not isinstance(ids, list) or len(ids) < 2:
                raise ctx.error("`event_ids` must list at least two event ids", "event_ids")
            for x in ids:
                _check_id(ctx, x, "event_ids")
        elif action != "add" or data.get("event_id") is not None:
            _check_id(ctx, data.get("event_id"), "event_id")
        if "set" in data:
            _overrides(ctx, data.get("set"), "set")
        if action == "correct" and "set" not in data:
            raise ctx.error("a correction needs `set: {field: value}`", "action")
        if action == "split":
            parts = data.get("parts")
            if not isinstance(parts, list) or len(parts) < 2:
                raise ctx.error("`parts` must list at least two mappings of field overrides", "parts")
            for j, part in enumerate(parts):
                _overrides(ctx, part, f"parts[{j}]") if part else None
    return len(entries)


# ------------------------------------------------------------------------------- applying


def _union(*cells: str) -> str:
    items = {p.strip() for c in cells for p in str(c or "").split(";") if p.strip()}
    return "; ".join(sorted(items))


def apply_review(events: pd.DataFrame, review_file: str | Path | None, quiet: bool = False) -> ReviewResult:
    """Apply the review file to ``events`` (a DataFrame with the events columns).

    Returns the reviewed events (same column order, coder row order, added rows at the end),
    the id map for claims and mentions, and a report of entries that could not be applied.
    """
    result = ReviewResult(events=events)
    if review_file is None:
        return result
    path = Path(review_file)
    entries = load_entries(path)
    if not entries:
        return result
    rows: dict[str, dict] = {}
    order: list[str] = []
    for rec in events.to_dict("records"):
        rec = {k: (None if (not isinstance(v, str) and pd.isna(v)) else v) for k, v in rec.items()}
        rows[rec["event_id"]] = rec
        order.append(rec["event_id"])
    extra_cols = [c for c in events.columns if c not in schema.EVENT_COLUMNS]

    def orphan(ctx: _Ctx, eid: str, key: str) -> None:
        line = ctx.entry.key_lines.get(key, ctx.entry.line)
        msg = (f"{path}:{line}: review entry {ctx.entry.index} ({ctx.entry.data.get('action')}): event {eid} "
               "no longer exists in this coding; entry kept in the file but not applied")
        result.report.append(msg)
        result.orphaned += 1
        if not quiet:
            print(f"warning: {msg}", file=sys.stderr)

    for entry in entries:
        ctx = _Ctx(path, entry)
        action = _check_keys(ctx)
        data = entry.data
        if action in ("confirm", "correct", "split", "drop"):
            eid = _check_id(ctx, data.get("event_id"), "event_id")
            if action == "correct" and "set" not in data:
                raise ctx.error("a correction needs `set: {field: value}`", "action")
            overrides = _overrides(ctx, data.get("set"), "set") if action == "correct" else {}
            parts = []
            if action == "split":
                raw_parts = data.get("parts")
                if not isinstance(raw_parts, list) or len(raw_parts) < 2:
                    raise ctx.error("`parts` must list at least two mappings of field overrides", "parts")
                parts = [_overrides(ctx, p, f"parts[{j}]") if p else {} for j, p in enumerate(raw_parts)]
            if eid not in rows:
                if not _CODER_ID.match(eid) and eid not in result.id_map:
                    raise ctx.error(f"{eid!r} is not an event id of the coder (YYYYMMDD-xxxxxxxx)", "event_id")
                orphan(ctx, eid, "event_id")
                continue
            if action == "confirm":
                rows[eid]["review_status"] = "reviewed"
            elif action == "correct":
                new = _derive(rows[eid], overrides)
                new["review_status"] = "reviewed"
                rows[eid] = _validate_row(ctx, new, "set")
            elif action == "drop":
                del rows[eid]
                order.remove(eid)
                result.id_map[eid] = None
            else:  # split
                base = rows[eid]
                pos = order.index(eid)
                new_ids = []
                for j, ov in enumerate(parts):
                    pid = eid if j == 0 else f"{eid}-s{j + 1}"
                    if j and (pid in rows):
                        raise ctx.error(f"split part id {pid} already exists", "parts")
                    new = _derive(base, ov)
                    new["event_id"], new["review_status"] = pid, "reviewed"
                    rows[pid] = _validate_row(ctx, new, f"parts[{j}]")
                    new_ids.append(pid)
                order[pos:pos + 1] = new_ids
            result.applied += 1
        elif action == "merge":
            ids = data.get("event_ids")
            if not isinstance(ids, list) or len(ids) < 2:
                raise ctx.error("`event_ids` must list at least two event ids", "event_ids")
            ids = [_check_id(ctx, x, "event_ids") for x in ids]
            overrides = _overrides(ctx, data.get("set"), "set")
            missing = [x for x in ids if x not in rows]
            for x in missing:
                if not _CODER_ID.match(x) and x not in result.id_map:
                    raise ctx.error(f"{x!r} is not an event id of the coder (YYYYMMDD-xxxxxxxx)", "event_ids")
            if missing:
                for x in missing:
                    orphan(ctx, x, "event_ids")
                continue
            keep = dict(rows[ids[0]])
            for other in ids[1:]:
                o = rows[other]
                for col in ("article_ids", "sources", "foreign_actors", "assoc_actor_1", "assoc_actor_2"):
                    keep[col] = _union(keep.get(col, ""), o.get(col, ""))
                keep["is_main"] = bool(keep.get("is_main")) or bool(o.get("is_main"))
                ev = [e for e in (keep.get("evidence", ""), o.get("evidence", "")) if e]
                keep["evidence"] = " | ".join(dict.fromkeys(ev))
                keep["confidence"] = max(float(keep.get("confidence") or 0), float(o.get("confidence") or 0))
                del rows[other]
                order.remove(other)
                result.id_map[other] = ids[0]
            new = _derive(keep, overrides)
            new["review_status"] = "reviewed"
            rows[ids[0]] = _validate_row(ctx, new, "set" if overrides else "event_ids")
            result.applied += 1
        else:  # add
            overrides = _overrides(ctx, data.get("set"), "set")
            absent = [k for k in _ADD_REQUIRED if k not in overrides]
            if absent:
                raise ctx.error(f"an added event needs {', '.join(absent)}", "set")
            given = data.get("event_id")
            if given is not None:
                eid = _check_id(ctx, given, "event_id")
            else:
                digest = hashlib.sha1(repr(sorted((k, str(v)) for k, v in overrides.items())).encode()).hexdigest()[:8]
                eid = f"R{str(overrides['event_date']).replace('-', '')}-{digest}"
            if eid in rows:
                raise ctx.error(f"event id {eid} already exists; choose another `event_id`", "event_id" if given else "set")
            base = {c: None for c in schema.EVENT_COLUMNS}
            base.update({"actor2": "", "assoc_actor_1": "", "assoc_actor_2": "", "inter1": 0, "inter2": 0,
                         "civilian_targeting": False, "admin1": "", "admin2": "", "location": "", "geo_precision": 3,
                         "fatalities": 0, "foreign_actors": "", "is_main": True, "article_ids": "", "sources": "",
                         "notes": "", "evidence": "", "confidence": 1.0})
            new = _derive(base, overrides)
            new.setdefault("time_precision", None)
            if "time_precision" not in overrides:
                new["time_precision"] = schema.TIME_PRECISION.get(new["date_precision"], 0)
            if "disorder_type" not in overrides:
                new["disorder_type"] = (schema.DISORDER_OF_EVENT_TYPE.get(new["event_type"]) or ("",))[0]
            if "interaction" not in overrides:
                new["interaction"] = schema.interaction_code(new.get("inter1") or 0, new.get("inter2") or 0)
            new["event_id"], new["review_status"] = eid, "reviewed"
            for c in extra_cols:
                new.setdefault(c, None)
            rows[eid] = _validate_row(ctx, new, "set")
            order.append(eid)
            result.applied += 1

    out = schema.frame("events", [rows[i] for i in order]) if order else schema.empty_frame("events")
    result.events = out[list(events.columns)] if set(events.columns) <= set(out.columns) else out
    return result
