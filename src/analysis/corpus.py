"""Load, validate and clean a corpus folder into :class:`~analysis.records.Article` records.

A corpus folder (``../shared/spec/event-table.md``, "Input")::

    <corpus>/manifest.csv          id,outlet,url,published,title   (extra columns allowed)
    <corpus>/articles/<id>.txt     UTF-8 plain text, one article per file

Domain rules and caveats
------------------------
- The manifest is validated with pandera (:data:`MANIFEST_SCHEMA`); every problem is an
  :class:`~analysis.errors.InputError` naming the file and the 1-based line of the manifest
  (the header is line 1; a quoted field spanning lines counts every physical line).
- Bad input answered with a one-line error: missing corpus folder or manifest, missing
  required column, a row with too many fields, a row without id, an id that would escape
  the articles folder (``../x``, ``/abs``, any path separator), duplicate ids, an
  unparseable ``published`` date, a missing article file, an empty article (or one that is
  empty once cleaned).
- A file that is not valid UTF-8 is *not* an error: it is decoded as cp1252 (the usual
  culprit: Windows "smart quotes"), else latin-1 (which decodes any bytes), and a warning is
  recorded in ``Article.warnings`` and printed as one line on stderr.
- Publication date: the manifest's ``published`` when given (``published_source="manifest"``),
  else the date of a date line found in the text (``"text"``, see :mod:`analysis.cleaning`),
  else None (``"none"``): relative dates in such an article cannot be resolved to a day.
- The manifest may carry ``published_basis`` (how a date was established, "inferred: ..." or
  "stated in the article"); :func:`dates_table` reports it.
- :func:`iter_articles` streams: the manifest (small) is read once, then one article file at a
  time is read, cleaned and yielded, so memory stays flat for any corpus size.
- Performance: the manifest checks are vectorised (pandas string methods and array
  arithmetic over whole columns, ~6 us per row for a 10,000-row manifest, pandera included);
  articles are read through plain lists and path strings, not per-row pandas or pathlib
  objects, their presence checked against one directory listing (not a stat per file) and
  their bytes read with ``os.read``, so reading adds ~0.015 ms per article to cleaning.
- ``data/raw`` is read-only: nothing here writes into a corpus folder.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from analysis import paths
from analysis.cleaning import clean, clean_article, load_rules  # noqa: F401  (clean is public API here too)
from analysis.errors import InputError
from analysis.records import Article, Removal, filled

MANIFEST_NAME = "manifest.csv"
ARTICLES_DIR = "articles"
REQUIRED_COLUMNS = ("id", "outlet", "url", "published", "title")
#: Column added by :func:`load_manifest`: the 1-based manifest line of each row.
LINE_COLUMN = "manifest_line"

Warn = Callable[[str, str], None]  # (file, message)


# ------------------------------------------------------------------------------ schema


def _id_present(ids: pd.Series) -> pd.Series:
    return ids.str.strip() != ""


#: Characters an id may not hold: path separators, a drive/stream colon, control characters.
_UNSAFE_ID_CHARS = r"[/\\:\x00-\x1f]"
_ISO_SHAPE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _id_is_plain_name(ids: pd.Series) -> pd.Series:
    """An id must name a file *inside* articles/: no separators, no '..', not absolute.

    Vectorised: no path separator ('/' or '\\'), no ':' (a Windows drive as in "C:x", or an
    alternate stream), no control character (NUL included), no leading '.' (".", "..",
    "../x" and hidden files). An empty id passes here (reported by id_present).
    """
    bad = ids.str.contains(_UNSAFE_ID_CHARS, regex=True) | ids.str.startswith(".")
    return ~bad.astype(bool)


def _id_unique(ids: pd.Series) -> pd.Series:
    return ~(ids.duplicated(keep="first") & (ids.str.strip() != ""))


def _published_ok(value: str) -> bool:
    """Empty, or a real calendar date written YYYY-MM-DD (surrounding spaces allowed)."""
    if not value.strip():
        return True  # may be empty: a date line in the text is used instead
    text = value.strip()
    if len(text) != 10:
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _published_is_date(values: pd.Series) -> pd.Series:
    """:func:`_published_ok` for a whole column, vectorised.

    The usual values (empty, or exactly ``YYYY-MM-DD`` in ASCII digits) are decided with
    array arithmetic (month 1-12, day within the month, leap years, year >= 1, as
    ``date.fromisoformat`` rules); any other value (spaces around it, another shape) goes
    through :func:`_published_ok` itself, so the verdict is always that function's.
    """
    text = values.astype(str)
    empty = (text == "").to_numpy(dtype=bool)
    shaped = text.str.fullmatch(_ISO_SHAPE).to_numpy(dtype=bool)
    ok = empty.copy()
    if shaped.any():
        iso = text[shaped]
        y = iso.str.slice(0, 4).astype(int).to_numpy()
        m = iso.str.slice(5, 7).astype(int).to_numpy()
        d = iso.str.slice(8, 10).astype(int).to_numpy()
        leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
        valid_month = (m >= 1) & (m <= 12)
        days = _DAYS_IN_MONTH[np.where(valid_month, m, 0)] + ((m == 2) & leap)
        ok[shaped] = (y >= 1) & valid_month & (d >= 1) & (d <= days)
    other = ~(empty | shaped)
    if other.any():
        ok[other] = [_published_ok(v) for v in values[other].tolist()]
    return pd.Series(ok, index=values.index)


#: The manifest schema. Checks are named; ``error`` is the message the user sees.
MANIFEST_SCHEMA = pa.DataFrameSchema(
    columns={
        "id": pa.Column(
            str,
            checks=[
                pa.Check(_id_present, name="id_present", error="row without id"),
                pa.Check(
                    _id_is_plain_name,
                    name="id_plain_name",
                    error="id would escape the articles folder (no path separators, '..' or leading '.')",
                ),
                pa.Check(_id_unique, name="id_unique", error="duplicate id"),
            ],
        ),
        "outlet": pa.Column(str),
        "url": pa.Column(str),
        "published": pa.Column(
            str,
            checks=pa.Check(
                _published_is_date,
                name="published_iso_date",
                error="unparseable published date (expected YYYY-MM-DD or empty)",
            ),
        ),
        "title": pa.Column(str),
    },
    strict=False,  # extra columns (published_basis, notes, ...) are allowed
    name="manifest",
)
_CHECK_ORDER = ("id_present", "id_plain_name", "id_unique", "published_iso_date")


# ------------------------------------------------------------------------------ reading


def _print_warning(path: str, message: str) -> None:
    print(f"warning: {path}: {message}", file=sys.stderr)


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Text of ``data``: UTF-8 (a BOM is dropped), else cp1252, else latin-1.

    Returns the text and a warning (None when the bytes were valid UTF-8).
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), f"not valid UTF-8 ({where}); decoded as {encoding}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _corpus_paths(corpus_dir: str | Path) -> tuple[Path, Path]:
    corpus = Path(corpus_dir)
    if not corpus.is_dir():
        raise InputError(corpus, "corpus folder not found" if not corpus.exists() else "not a folder")
    manifest = corpus / MANIFEST_NAME
    if not manifest.is_file():
        raise InputError(manifest, "manifest not found (expected id,outlet,url,published,title)")
    return corpus, manifest


def _read_rows(manifest: Path, warn: Warn) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line, fields) rows of the manifest, with physical line numbers."""
    text, warning = decode_bytes(manifest.read_bytes())
    if warning:
        warn(str(manifest), warning)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    last = 0
    try:
        for fields in reader:
            start, last = last + 1, reader.line_num
            if not fields or not "".join(fields).strip():
                continue  # blank line (every field empty or spaces)
            if header is None:
                header = [f.strip() for f in fields]
                header_line = start
                continue
            rows.append((start, fields))
    except csv.Error as exc:
        raise InputError(manifest, f"malformed CSV: {exc}", reader.line_num) from None
    if header is None:
        raise InputError(manifest, "empty manifest (no header line)", 1)
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(manifest, f"missing required column(s): {', '.join(missing)}", header_line)
    dupes = sorted({c for c in header if header.count(c) > 1 and c})
    if dupes:
        raise InputError(manifest, f"duplicate column(s): {', '.join(dupes)}", header_line)
    for line, fields in rows:
        if len(fields) > len(header):
            raise InputError(manifest, f"row has {len(fields)} fields, the header has {len(header)}", line)
    return header, rows


def load_manifest(corpus_dir: str | Path, *, on_warning: Warn | None = None) -> pd.DataFrame:
    """The validated manifest of ``corpus_dir``, one row per article in file order.

    Columns: the manifest's own (``id, outlet, url, published, title`` and any extra ones,
    all stripped strings) with ``published`` parsed to a ``datetime.date`` or None, plus
    ``manifest_line`` (the 1-based line of the row, for error messages).
    Raises :class:`InputError` naming the manifest and line on any bad row.
    """
    warn = on_warning or _print_warning
    _, manifest = _corpus_paths(corpus_dir)
    header, rows = _read_rows(manifest, warn)
    # Column by column (one list per column, not one dict per row): a missing trailing field
    # is "" (a row never has more fields than the header: _read_rows rejects it).
    width = len(header)
    padded = [fields if len(fields) == width else fields + [""] * (width - len(fields)) for _, fields in rows]
    transposed = list(zip(*padded)) if padded else [()] * width
    columns = {name: [v.strip() for v in transposed[k]] for k, name in enumerate(header) if name}
    frame = pd.DataFrame(columns, columns=[c for c in header if c])
    frame = frame.astype({c: str for c in frame.columns})
    lines = [line for line, _ in rows]
    try:
        MANIFEST_SCHEMA.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        raise _first_failure(exc, frame, lines, manifest) from None
    frame["published"] = [date.fromisoformat(v) if v else None for v in frame["published"].tolist()]
    frame[LINE_COLUMN] = lines
    return frame


def _first_failure(exc: pa.errors.SchemaErrors, frame: pd.DataFrame, lines: list[int], manifest: Path) -> InputError:
    """The first problem in file order as an InputError naming the manifest line."""
    # pandera reports a check under its ``error`` text when it has one, else under its name.
    known = {}
    for column_name, column in MANIFEST_SCHEMA.columns.items():
        for check in column.checks:
            if check.name in _CHECK_ORDER:
                known[str(check.error)] = known[check.name] = (column_name, check)
    cases = exc.failure_cases
    cases = cases[cases["check"].isin(list(known)) & cases["index"].notna()]
    if cases.empty:  # a schema-level failure (e.g. a column of the wrong type)
        first = exc.failure_cases.iloc[0]
        return InputError(manifest, f"invalid manifest: {first['check']} {first['failure_case']!r}", 1)
    cases = cases.assign(
        _order=[_CHECK_ORDER.index(known[c][1].name) for c in cases["check"]],
        _index=cases["index"].astype(int),
    )
    first = cases.sort_values(["_index", "_order"]).iloc[0]
    row = int(first["_index"])
    column_name, check = known[first["check"]]
    value = frame.iloc[row][column_name]
    message = f"{check.error}: {value!r}" if value else str(check.error)
    if check.name == "id_unique":
        first_row = int((frame["id"] == value).to_numpy().nonzero()[0][0])
        message += f" (first on line {lines[first_row]})"
    return InputError(manifest, message, lines[row])


def _article_path(corpus: Path, article_id: str) -> Path:
    return corpus / ARTICLES_DIR / f"{article_id}.txt"


def _article_file(folder: str, article_id: str) -> str:
    """``str(_article_path(corpus, article_id))`` for ``folder = str(corpus / ARTICLES_DIR)``,
    without building Path objects per article: a validated id holds no path separator, so
    joining the strings gives exactly what pathlib would."""
    return f"{folder}{os.sep}{article_id}.txt"


def _files_in(folder: str) -> frozenset[str]:
    """Names of the regular files in ``folder`` (symlinks followed, as ``os.path.isfile``
    does); empty when the folder cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return frozenset(e.name for e in entries if e.is_file())
    except OSError:
        return frozenset()


def _read_bytes(path: str) -> bytes:
    """The bytes of the file at ``path`` (``os.read`` on a descriptor: about half the cost of
    ``open(path, "rb").read()``, whose buffered file object is not needed for one read)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def iter_articles(corpus_dir: str | Path = paths.DEFAULT_CORPUS, *, on_warning: Warn | None = None) -> Iterator[Article]:
    """Stream the articles of ``corpus_dir`` in manifest order, validated and cleaned.

    One article file is read at a time (memory stays flat). The manifest is validated and
    every article file checked to exist *before* the first article is yielded, so a bad
    corpus fails fast. Decoding warnings go to ``on_warning(file, message)`` (default: one
    line on stderr) and into ``Article.warnings``.
    """
    warn = on_warning or _print_warning
    corpus, manifest = _corpus_paths(corpus_dir)
    frame = load_manifest(corpus, on_warning=warn)
    # Plain lists, read once: per-row pandas access costs more than cleaning an article.
    ids = frame["id"].tolist()
    lines = frame[LINE_COLUMN].tolist()
    folder = str(corpus / ARTICLES_DIR)
    present = _files_in(folder)
    for article_id, line in zip(ids, lines):
        # One directory listing answers for most ids (a stat per article costs more); any
        # other id is asked of the file system itself (e.g. a case-insensitive one).
        if f"{article_id}.txt" not in present and not os.path.isfile(_article_file(folder, article_id)):
            raise InputError(manifest, f"article {article_id!r}: file {ARTICLES_DIR}/{article_id}.txt not found", line)
    del present
    rows = zip(ids, lines, frame["published"].tolist(), frame["outlet"].tolist(), frame["url"].tolist(), frame["title"].tolist())
    del frame
    rules = load_rules()
    for article_id, line, published, outlet, url, title in rows:
        yield _load_article(manifest, folder, article_id, line, published, outlet, url, title, warn, rules)


def _load_article(
    manifest: Path, folder: str, article_id: str, line: int, published, outlet: str, url: str, title: str, warn: Warn, rules
) -> Article:
    path = _article_file(folder, article_id)
    raw, warning = decode_bytes(_read_bytes(path))
    warnings: tuple[str, ...] = ()
    if warning:
        warn(path, warning)
        warnings = (warning,)
    if not raw or raw.isspace():  # = not raw.strip(), without copying the text
        raise InputError(manifest, f"article {article_id!r}: {ARTICLES_DIR}/{article_id}.txt is empty", line)
    cleaned = clean_article(raw, title, rules)
    if not cleaned.text or cleaned.text.isspace():
        raise InputError(
            manifest,
            f"article {article_id!r}: {ARTICLES_DIR}/{article_id}.txt is empty once page furniture is removed",
            line,
        )
    source = "manifest"
    if published is None:
        published, source = cleaned.text_date, ("text" if cleaned.text_date else "none")
    return filled(  # = Article(...) given every field, cheaper (see records.filled)
        Article,
        id=article_id,
        text=cleaned.text,
        published=published,
        outlet=outlet,
        url=url,
        title=title,
        published_source=source,
        removed=cleaned.removed,
        raw_text=raw,
        path=path,
        warnings=warnings,
    )


def load_corpus(corpus_dir: str | Path = paths.DEFAULT_CORPUS, *, on_warning: Warn | None = None) -> list[Article]:
    """All articles of ``corpus_dir`` as a list (see :func:`iter_articles`)."""
    return list(iter_articles(corpus_dir, on_warning=on_warning))


def corpus_hash(corpus_dir: str | Path = paths.DEFAULT_CORPUS) -> str:
    """sha256 (hex) over the manifest bytes and, in manifest order, each article's id and bytes.

    Stable across runs and machines (no timestamps or absolute paths); changes when the
    manifest or any listed article changes. Files not listed in the manifest do not count.
    """
    corpus, manifest = _corpus_paths(corpus_dir)
    frame = load_manifest(corpus, on_warning=lambda *_: None)
    digest = hashlib.sha256()
    data = manifest.read_bytes()
    digest.update(b"manifest\0" + len(data).to_bytes(8, "big") + data)
    for article_id, line in zip(frame["id"], frame[LINE_COLUMN]):
        path = _article_path(corpus, article_id)
        try:
            size = path.stat().st_size
            digest.update(b"article\0" + article_id.encode("utf-8") + b"\0" + size.to_bytes(8, "big"))
            with path.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 16), b""):
                    digest.update(chunk)
        except FileNotFoundError:
            raise InputError(manifest, f"article {article_id!r}: file {ARTICLES_DIR}/{article_id}.txt not found", line) from None
    return digest.hexdigest()


# ------------------------------------------------------------------------------ tables


ARTICLE_COLUMNS = [
    "id", "outlet", "published", "published_source", "title", "n_chars_raw", "n_chars_clean",
    "n_removed", "removed_reasons", "n_warnings",
]  # fmt: skip


def articles_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article: id, outlet, publication date and its source, title, text length
    before/after cleaning, number of removed lines with a per-reason summary, warnings."""
    rows = []
    for a in articles:
        reasons = Counter(r.reason for r in a.removed)
        rows.append(
            {
                "id": a.id,
                "outlet": a.outlet,
                "published": a.published,
                "published_source": a.published_source,
                "title": a.title,
                "n_chars_raw": len(a.raw_text),
                "n_chars_clean": len(a.text),
                "n_removed": len(a.removed),
                "removed_reasons": "; ".join(f"{k} ×{v}" for k, v in sorted(reasons.items())),
                "n_warnings": len(a.warnings),
            }
        )
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def removals_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per removed line: article_id, line (1-based in the raw file), reason, text."""
    rows = [
        {"article_id": a.id, "line": r.line, "reason": r.reason, "text": r.text}
        for a in articles
        for r in a.removed
    ]
    return pd.DataFrame(rows, columns=["article_id", "line", "reason", "text"])


def warnings_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per decoding warning: article_id, warning."""
    rows = [{"article_id": a.id, "warning": w} for a in articles for w in a.warnings]
    return pd.DataFrame(rows, columns=["article_id", "warning"])


def removal_reasons(articles: Iterable[Article]) -> pd.DataFrame:
    """How many lines each cleaning reason removed, over the corpus (most frequent first)."""
    counts = Counter(r.reason for a in articles for r in a.removed)
    frame = pd.DataFrame(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), columns=["reason", "lines_removed"])
    return frame


def outlet_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet from an :func:`articles_table` (empty outlet shown as "(not given)")."""
    outlets = table["outlet"].fillna("").replace("", "(not given)")
    counts = outlets.value_counts()
    frame = counts.rename_axis("outlet").reset_index(name="articles")
    return frame.sort_values(["articles", "outlet"], ascending=[False, True], ignore_index=True)


def dates_table(articles: Iterable[Article], manifest: pd.DataFrame | None = None) -> pd.DataFrame:
    """Where each publication date comes from: id, published, published_source, status, basis.

    ``status`` is "stated" (manifest date whose ``published_basis`` does not say inferred),
    "inferred" (``published_basis`` starts with "inferred"), "manifest (basis not given)"
    (no ``published_basis`` column or value), "from text" (a date line in the article) or
    "unknown" (no date). ``basis`` is the manifest's ``published_basis`` text, if any.
    """
    basis: dict[str, str] = {}
    if manifest is not None and "published_basis" in manifest.columns:
        basis = dict(zip(manifest["id"], manifest["published_basis"].fillna("")))
    rows = []
    for a in articles:
        note = basis.get(a.id, "")
        if a.published_source == "manifest":
            if not note:
                status = "manifest (basis not given)"
            elif note.strip().casefold().startswith("inferred"):
                status = "inferred"
            else:
                status = "stated"
        elif a.published_source == "text":
            status = "from text"
        else:
            status = "unknown"
        rows.append({"id": a.id, "published": a.published, "published_source": a.published_source, "status": status, "basis": note})
    return pd.DataFrame(rows, columns=["id", "published", "published_source", "status", "basis"])


def corpus_summary(articles: Iterable[Article]) -> dict[str, object]:
    """Headline figures: articles, outlets, dated articles, first/last date, characters, removals."""
    articles = list(articles)
    dated = sorted(a.published for a in articles if a.published)
    return {
        "articles": len(articles),
        "outlets": len({a.outlet for a in articles if a.outlet}),
        "dated": len(dated),
        "first_date": dated[0] if dated else None,
        "last_date": dated[-1] if dated else None,
        "chars_raw": sum(len(a.raw_text) for a in articles),
        "chars_clean": sum(len(a.text) for a in articles),
        "lines_removed": sum(len(a.removed) for a in articles),
        "warnings": sum(len(a.warnings) for a in articles),
    }


def _figure(height: float):
    """A figure of the report's width and style (built without pyplot: shown once in a notebook)."""
    from matplotlib.figure import Figure

    from analysis import plots

    with plots.style():
        fig = Figure(figsize=(plots.WIDTH, height), layout="constrained")
        ax = fig.subplots()
    return fig, ax


def plot_publication_timeline(table: pd.DataFrame):
    """A dot chart: one dot per dated article, outlets on the y axis, publication date on x,
    marker by where the date comes from. Returns a matplotlib Figure, or None when no article
    has a date (the caller then says so instead of drawing an empty chart)."""
    import matplotlib.dates as mdates

    from analysis import plots

    dated = table[table["published"].notna()].copy()
    if dated.empty:
        return None
    dated["outlet"] = dated["outlet"].fillna("").replace("", "(not given)")
    dated["when"] = pd.to_datetime(dated["published"].astype(str))
    outlets = sorted(dated["outlet"].unique(), reverse=True)
    with plots.style():
        fig, ax = _figure(max(2.6, 0.32 * len(outlets) + 1.6))
        styles = {
            "manifest": ("o", "#0072B2", "date from the manifest"),
            "text": ("s", "#D55E00", "date read from the article text"),
        }
        for source, (marker, colour, label) in styles.items():
            part = dated[dated["published_source"] == source]
            if not part.empty:
                ax.scatter(part["when"], part["outlet"].map(outlets.index), marker=marker, s=46, color=colour, label=label, zorder=3)
        ax.set_yticks(range(len(outlets)), outlets)
        ax.set_ylim(-0.7, len(outlets) - 0.3)
        ax.set_xlabel("publication date")
        ax.set_ylabel("outlet")
        # The title goes above the whole figure and the legend between it and the axes (a legend
        # anchored above the axes would otherwise sit on an axes title).
        fig.suptitle(f"Articles by outlet and publication date ({len(dated)} of {len(table)} articles dated)",
                     x=0.01, ha="left", fontsize=plots.STYLE["axes.titlesize"], fontweight="bold")
        ax.grid(axis="x", alpha=0.4)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(plots.date_formatter(locator))  # ticks that carry the year
        first, last = dated["when"].min(), dated["when"].max()
        pad = max(pd.Timedelta(days=20), (last - first) * 0.05)
        ax.set_xlim(first - pad, last + pad)
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.01), ncols=2, frameon=False)
    return fig


def plot_lengths(table: pd.DataFrame):
    """Horizontal bars: characters per article before and after cleaning. None when empty."""
    from analysis import plots

    if table.empty:
        return None
    data = table.sort_values("id", ascending=False)
    y = list(range(len(data)))
    with plots.style():
        fig, ax = _figure(max(2.6, 0.34 * len(data) + 1.6))
        ax.barh([i + 0.2 for i in y], data["n_chars_raw"], height=0.4, color="#BBBBBB", label="raw page copy")
        ax.barh([i - 0.2 for i in y], data["n_chars_clean"], height=0.4, color="#0072B2", label="cleaned prose")
        ax.set_yticks(y, data["id"])
        ax.set_ylim(-0.7, len(data) - 0.3)
        ax.set_xlabel("characters")
        ax.set_ylabel("article")
        fig.suptitle("Article length before and after cleaning", x=0.01, ha="left",
                     fontsize=plots.STYLE["axes.titlesize"], fontweight="bold")
        ax.grid(axis="x", alpha=0.4)
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.01), ncols=2, frameon=False)
    return fig


def describe(articles: Iterable[Article], corpus_dir: str | Path) -> str:
    """One plain-text paragraph summing up a loaded corpus (for the notebook's opening)."""
    s = corpus_summary(articles)
    if not s["articles"]:
        return f"The corpus {paths.display(corpus_dir)} lists no article: there is nothing to describe."
    span = f"published between {s['first_date']} and {s['last_date']}" if s["dated"] else "none of them dated"
    removed = s["chars_raw"] - s["chars_clean"]
    n, outlets, fixed = s["articles"], s["outlets"], s["warnings"]
    return (
        f"The corpus {paths.display(corpus_dir)} holds {_count(n, 'article')} from {_count(outlets, 'named outlet')}, "
        f"{span} ({s['dated']} of {n} have a publication date). Cleaning removed "
        f"{_count(s['lines_removed'], 'line')} of page furniture, {removed:,} of {s['chars_raw']:,} characters; "
        f"{_count(fixed, 'file')} needed a decoding fallback. Corpus hash (sha256): {corpus_hash(corpus_dir)[:16]}."
    )


def _count(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``, ``no file``: counts written as a reader would."""
    if n == 0:
        return f"no {noun}"
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


# ------------------------------------------------------------------------------ CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m analysis corpus``."""
    parser.add_argument("--corpus", default=str(paths.DEFAULT_CORPUS), help="corpus folder (default: data/raw)")


def run(args: argparse.Namespace) -> int:
    """Validate a corpus; print one line per article and a total line."""
    n = chars = removed = warned = 0
    outlets: set[str] = set()
    for a in iter_articles(args.corpus):
        when = a.published.isoformat() if a.published else "no date"
        print(f"{a.id}\t{when} ({a.published_source})\t{len(a.raw_text)} -> {len(a.text)} chars\t{len(a.removed)} lines removed" + (f"\t{len(a.warnings)} warning(s)" if a.warnings else ""))
        n, chars, removed, warned = n + 1, chars + len(a.text), removed + len(a.removed), warned + len(a.warnings)
        if a.outlet:
            outlets.add(a.outlet)
    print(f"total: {n} articles, {len(outlets)} outlets, {chars} chars of prose, {removed} lines removed, {warned} warnings; corpus sha256 {corpus_hash(args.corpus)[:16]}")
    return 0


__all__ = [
    "MANIFEST_SCHEMA", "Removal", "articles_table", "clean", "corpus_hash", "dates_table",
    "describe", "iter_articles", "load_corpus", "load_manifest", "outlet_counts",
    "plot_lengths", "plot_publication_timeline", "removal_reasons", "removals_table",
    "warnings_table",
]  # fmt: skip
