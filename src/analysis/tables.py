"""Load the coded tables of a corpus and apply the notebook parameters.

Every analysis notebook starts here: :func:`load_tables` reads ``events``, ``claims`` and
``mentions`` (``../shared/spec/event-table.md``) from ``analysis.paths.processed_dir(corpus)``,
and :func:`select` applies the six notebook parameters (``start_date``, ``end_date``,
``admin1``, ``min_date_precision``, ``include_background``) the same way in every notebook.

Domain rules kept here:

- ``event_date`` of a week/month/year-precision event is the middle of its span (ACLED), so a
  date filter keeps or drops such an event by that middle day. ``min_date_precision="day"``
  removes every event whose date is only approximate.
- ``fatalities`` is the conservative ACLED figure; ``fatalities_low``/``fatalities_high`` the
  UCDP-style range of what sources claim, empty when no figure was reported. :func:`toll_range`
  gives a range that always brackets the conservative figure.
- Articles and outlets are counted from the ``article_ids`` / ``sources`` columns (``; ``
  separated), i.e. the articles that report the selected events.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import InputError

#: Date precisions from the finest to the coarsest (``min_date_precision`` keeps a prefix).
PRECISIONS = ("day", "week", "month", "year")

EVENT_COLUMNS = [
    "event_id", "event_date", "date_precision", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1", "inter2",
    "interaction", "civilian_targeting", "country", "admin1", "admin2", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
    "foreign_actors", "is_main", "article_ids", "sources", "notes", "evidence", "confidence",
    "review_status",
]
CLAIM_COLUMNS = [
    "claim_id", "event_id", "article_id", "claimant", "claim_kind", "victim_group", "count",
    "qualifier", "killed_or_other", "quote",
]
MENTION_COLUMNS = ["article_id", "event_id", "sentence_index", "start_char", "end_char", "role"]

_TEXT_EVENT = [
    "event_id", "date_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "actor2", "assoc_actor_1", "assoc_actor_2", "country", "admin1", "admin2", "location",
    "foreign_actors", "article_ids", "sources", "notes", "evidence", "review_status",
]
_HINT = "run `make report` or `python -m analysis code --corpus <corpus> --out <dir>` first"


@dataclass
class Tables:
    """The three coded tables of one corpus (pandas DataFrames with the spec's columns)."""

    events: pd.DataFrame
    claims: pd.DataFrame
    mentions: pd.DataFrame


# ----------------------------------------------------------------------------- loading


def _bool(series: pd.Series) -> pd.Series:
    """``true``/``false`` (any case), 1/0 or real booleans -> bool; empty counts as false."""
    if series.dtype == bool:
        return series
    text = series.astype("string").str.strip().str.lower().fillna("false")
    return text.isin(["true", "1", "yes"]).astype(bool)


def normalise_events(events: pd.DataFrame) -> pd.DataFrame:
    """Give an events table the dtypes the analysis relies on.

    Text columns become ``str`` with ``""`` for missing values, ``event_date`` a datetime,
    ``fatalities`` an int, ``fatalities_low``/``high`` nullable ints, booleans real bools.
    Missing optional columns are added empty, so hand-made tables stay short.
    """
    ev = events.copy()
    for col in EVENT_COLUMNS:
        if col not in ev.columns:
            ev[col] = pd.NA
    for col in _TEXT_EVENT:
        ev[col] = ev[col].astype("string").fillna("").astype(str).str.strip()
    ev["event_date"] = pd.to_datetime(ev["event_date"], errors="coerce")
    ev["civilian_targeting"] = _bool(ev["civilian_targeting"])
    # A table without is_main values (hand-made) treats every row as a main event.
    ev["is_main"] = _bool(ev["is_main"]) if ev["is_main"].notna().any() else True
    for col in ("inter1", "inter2", "interaction", "time_precision", "geo_precision"):
        ev[col] = pd.to_numeric(ev[col], errors="coerce").fillna(0).astype(int)
    ev["fatalities"] = pd.to_numeric(ev["fatalities"], errors="coerce").fillna(0).astype(int)
    for col in ("fatalities_low", "fatalities_high"):
        ev[col] = pd.to_numeric(ev[col], errors="coerce").astype("Int64")
    for col in ("latitude", "longitude", "confidence"):
        ev[col] = pd.to_numeric(ev[col], errors="coerce").astype(float)
    ev["date_precision"] = ev["date_precision"].str.lower().replace("", "day")
    return ev.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


def normalise_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with text columns as ``str`` and ``count`` as int."""
    cl = claims.copy()
    for col in CLAIM_COLUMNS:
        if col not in cl.columns:
            cl[col] = pd.NA
    for col in CLAIM_COLUMNS:
        if col != "count":
            cl[col] = cl[col].astype("string").fillna("").astype(str)
    cl["count"] = pd.to_numeric(cl["count"], errors="coerce").fillna(0).astype(int)
    # The coder marks a figure replaced by a later one of the same claimant ("updated to").
    cl["superseded"] = _bool(cl["superseded"]) if "superseded" in cl.columns else False
    return cl.sort_values(["event_id", "claim_id"], kind="stable").reset_index(drop=True)


def normalise_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions with integer offsets and text ids."""
    mn = mentions.copy()
    for col in MENTION_COLUMNS:
        if col not in mn.columns:
            mn[col] = pd.NA
    for col in ("article_id", "event_id", "role"):
        mn[col] = mn[col].astype("string").fillna("").astype(str)
    for col in ("sentence_index", "start_char", "end_char"):
        mn[col] = pd.to_numeric(mn[col], errors="coerce").fillna(-1).astype(int)
    return mn.reset_index(drop=True)


def read_dir(folder: str | Path) -> Tables:
    """Read, validate (pandera, :mod:`analysis.coding.schema`) and normalise the three tables.

    Raises :class:`InputError` naming the folder when a table is missing, and the coder's
    one-line validation error (file and line) when a table is malformed.
    """
    from analysis.coding.schema import read_claims, read_events, read_mentions

    folder = Path(folder)
    missing = [f"{n}.csv" for n in ("events", "claims", "mentions") if not (folder / f"{n}.csv").is_file()]
    if missing:
        raise InputError(folder, f"no {', '.join(missing)} here: the corpus has not been coded yet; {_HINT}")
    return Tables(
        normalise_events(read_events(folder)),
        normalise_claims(read_claims(folder)),
        normalise_mentions(read_mentions(folder)),
    )


def load_tables(corpus: str | Path = "") -> Tables:
    """The coded tables of ``corpus`` ("" = the project corpus) from ``paths.processed_dir``."""
    corpus_dir = Path(corpus) if corpus else paths.DEFAULT_CORPUS
    return read_dir(paths.processed_dir(corpus_dir))


# --------------------------------------------------------------------------- selection


def _parse_date(value: str, name: str) -> pd.Timestamp | None:
    if value in ("", None):
        return None
    try:
        return pd.Timestamp(str(value))
    except ValueError as exc:
        raise InputError(None, f"parameter {name}={value!r} is not an ISO date (YYYY-MM-DD)") from exc


def select(
    events: pd.DataFrame,
    start_date: str = "",
    end_date: str = "",
    admin1: str = "all",
    min_date_precision: str = "year",
    include_background: bool = True,
) -> pd.DataFrame:
    """Events matching the notebook parameters (same semantics in every notebook).

    - ``start_date``/``end_date``: ISO dates, both inclusive; "" leaves that side open.
    - ``admin1``: a first-level region compared case-insensitively, or ``"all"``.
    - ``min_date_precision``: keep events dated at least this precisely (``"month"`` keeps
      day, week and month precision and drops year precision).
    - ``include_background``: False keeps only main events (``is_main``).
    """
    if min_date_precision not in PRECISIONS:
        raise InputError(None, f"parameter min_date_precision={min_date_precision!r} must be one of {', '.join(PRECISIONS)}")
    start = _parse_date(start_date, "start_date")
    end = _parse_date(end_date, "end_date")
    ev = events
    keep = pd.Series(True, index=ev.index)
    if start is not None:
        keep &= ev["event_date"] >= start
    if end is not None:
        keep &= ev["event_date"] <= end
    if admin1 and admin1.strip().lower() != "all":
        keep &= ev["admin1"].str.casefold() == admin1.strip().casefold()
    allowed = PRECISIONS[: PRECISIONS.index(min_date_precision) + 1]
    keep &= ev["date_precision"].isin(allowed)
    if not include_background:
        keep &= ev["is_main"].astype(bool)
    return ev[keep].reset_index(drop=True)


def select_tables(tables: Tables, **params) -> Tables:
    """:func:`select` applied to the events, with the claims and mentions of those events."""
    events = select(tables.events, **params)
    ids = set(events["event_id"])
    return Tables(
        events,
        tables.claims[tables.claims["event_id"].isin(ids)].reset_index(drop=True),
        tables.mentions[tables.mentions["event_id"].isin(ids)].reset_index(drop=True),
    )


@dataclass
class View:
    """What every notebook starts from: the selected tables of a corpus, and how to describe them.

    Built once by :func:`open_view` from the notebook parameters, so the opening cell of each
    notebook is one call instead of the same six lines copied into every notebook.
    """

    corpus_dir: Path
    events: pd.DataFrame
    claims: pd.DataFrame
    mentions: pd.DataFrame
    selection: str  # one sentence: "N events from M articles by K outlets, <period>"
    source: str  # the source line printed under every figure


def open_view(
    corpus: str | Path = "",
    start_date: str = "",
    end_date: str = "",
    admin1: str = "all",
    min_date_precision: str = "year",
    include_background: bool = True,
) -> View:
    """Load the coded tables of ``corpus`` ("" = the project corpus) and apply the parameters."""
    from analysis.plots import source_line  # plots imports this module: import here, not at the top

    corpus_dir = Path(corpus) if corpus else paths.DEFAULT_CORPUS
    data = select_tables(
        load_tables(corpus_dir), start_date=start_date, end_date=end_date, admin1=admin1,
        min_date_precision=min_date_precision, include_background=include_background,
    )
    return View(
        corpus_dir=corpus_dir,
        events=data.events,
        claims=data.claims,
        mentions=data.mentions,
        selection=describe_selection(data.events, start_date, end_date, admin1),
        source=source_line(data.events, period_label(data.events, start_date, end_date)),
    )


# ------------------------------------------------------------------------------ counting


def split_list(value: str) -> list[str]:
    """Split a ``; ``-separated cell into its non-empty items."""
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def articles(events: pd.DataFrame) -> list[str]:
    """Sorted ids of every article reporting at least one of ``events``."""
    return sorted({a for cell in events["article_ids"] for a in split_list(cell)})


def outlets(events: pd.DataFrame) -> list[str]:
    """Sorted outlets that report at least one of ``events`` (empty outlet names skipped)."""
    return sorted({s for cell in events["sources"] for s in split_list(cell)})


def toll_range(events: pd.DataFrame) -> pd.DataFrame:
    """Per event: ``low``, ``best`` (the conservative ``fatalities``) and ``high``.

    Missing low/high fall back to the conservative figure, and the range is widened so that
    ``low <= best <= high`` always holds (a reviewed figure may lie outside the claims).
    """
    best = events["fatalities"].astype(int)
    low = events["fatalities_low"].astype("Int64").fillna(best).astype(int)
    high = events["fatalities_high"].astype("Int64").fillna(best).astype(int)
    return pd.DataFrame(
        {"low": low.where(low <= best, best), "best": best, "high": high.where(high >= best, best)},
        index=events.index,
    )


def place(row) -> str:
    """``location, admin1, country`` without repeats or empty parts (e.g. "Bamako, Mali")."""
    parts = []
    for part in (row["location"], row["admin1"], row["country"]):
        if part and part not in parts:
            parts.append(part)
    return ", ".join(parts)


def _fmt_day(ts: pd.Timestamp) -> str:
    return f"{ts.day} {ts:%b %Y}"


def period_label(events: pd.DataFrame, start_date: str = "", end_date: str = "") -> str:
    """The period covered: the parameters when given, else the first and last event dates."""
    start = _parse_date(start_date, "start_date")
    end = _parse_date(end_date, "end_date")
    dates = events["event_date"].dropna()
    if start is None and len(dates):
        start = dates.min()
    if end is None and len(dates):
        end = dates.max()
    if start is None and end is None:
        return "no dated events"
    if start is None:
        return f"up to {_fmt_day(end)}"
    if end is None:
        return f"from {_fmt_day(start)}"
    if start == end:
        return _fmt_day(start)
    return f"{_fmt_day(start)} to {_fmt_day(end)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def describe_selection(events: pd.DataFrame, start_date: str = "", end_date: str = "", admin1: str = "all") -> str:
    """One sentence: ``N events from M articles by K outlets, <period>`` (or why there are none)."""
    where = "" if not admin1 or admin1.lower() == "all" else f" in {admin1}"
    if events.empty:
        return f"No events match the selection{where} ({period_label(events, start_date, end_date)})."
    n_art, n_out = len(articles(events)), len(outlets(events))
    return (
        f"{_plural(len(events), 'event')}{where} from {_plural(n_art, 'article')} "
        f"by {_plural(n_out, 'outlet')}, {period_label(events, start_date, end_date)}."
    )
