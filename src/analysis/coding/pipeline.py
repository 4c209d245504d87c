"""``python -m analysis code``: a corpus folder into events.csv, claims.csv, mentions.csv.

Steps (``../shared/spec/event-table.md`` is the contract):

1. stream the articles (:func:`analysis.corpus.iter_articles`), never holding the corpus;
2. code each one (:func:`analysis.coding.extract.code_articles`: a batch of ``CODE_BATCH``
   articles at a time, stage by stage, same events as ``code_article``), in a process pool
   when ``jobs > 1``; results come back in corpus order, so the output does not depend on
   ``jobs``;
3. link across articles (:class:`analysis.coding.link.Linker`), which keeps one summary per
   event; claim and mention rows are spooled to a temporary file meanwhile, so memory stays
   flat in the number of articles;
4. apply the human review (:mod:`analysis.coding.review`);
5. build the tables, validate them (:mod:`analysis.coding.schema`) and write CSV + Parquet to
   temporary files in the output folder, then ``os.replace`` them into place: a failure
   leaves the previous outputs intact.

Cost (``make bench`` measures it): besides ``code_article``, a run has a fixed cost (review
file, events validation, writer set-up: the Arrow schemas are built once per process) and a
per-article share (linking; spooling plain tuples, a batch of articles per pickle call;
then one tuple per claim row, never a dict, and mention rows added a whole article at a
time, see :func:`_mention_rows`). Claim and mention rows are written in chunks of
``CHUNK_ROWS`` (one Parquet row group each), their CSV text rendered from the chunk's Arrow
table by Arrow compute kernels (:func:`_csv_lines`). Every table is validated against its
pandera schema before it is written; claim and mention chunks are turned into pandas frames
from the Arrow table built for Parquet (``to_pandas``, far cheaper than building the frame
from Python lists) for the validator, which runs the schema's own checks directly when the frame already has the
schema's dtypes, pandera itself only when they cannot vouch for it (``schema._checks_pass``,
inside every validator: pandera's fixed cost per call was most of the validation time).

Order and bytes are deterministic: events sorted by ``event_date`` then ``event_id``; claims
and mentions in corpus order, within an article by position in the text; fixed number formats,
no timestamps. Same input, same output, byte for byte.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import tempfile
from contextlib import contextmanager
from dataclasses import asdict
from functools import lru_cache
from itertools import islice, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pandas as pd
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis import paths
from analysis.coding import schema
from analysis.coding.link import Linker, claim_id_of
from analysis.coding.review import apply_review, check_file
from analysis.errors import InputError
from analysis.records import Article, ArticleEvent

#: Claim or mention rows validated and written together, one chunk (see :class:`_RowBuffer`).
CHUNK_ROWS = 5_000
#: Articles' claim and mention rows pickled to the spool in one call.
SPOOL_ARTICLES = 256
#: Articles coded in one :func:`analysis.coding.extract.code_articles` call (stage by stage;
#: see :func:`coded_articles`), and per task of the process pool when ``jobs > 1``.
CODE_BATCH = 128
POOL_BATCH = 16
#: gen0 threshold of the garbage collector during a run (see :func:`_gc_tuned`). A batch keeps
#: its articles' Docs, mentions and frames alive from stage to stage, so each young collection
#: walks them again: 100,000 was ~4-7% less CPU than 10,000 (bench: 278 -> 289 articles/s);
#: 300,000 was slower again (caches). Since coding leaves no reference cycles
#: (tests/coding/test_garbage.py), a run's allocations are freed as it goes and this threshold
#: is seldom reached: no collection at all in 2,000 stacked seed articles.
GC_GEN0_THRESHOLD = 100_000
TABLES = ("events", "claims", "mentions")
_CLAIM_ROWS = ("claim_id", "event_id", "article_id", "claimant", "claim_kind", "victim_group", "count",
               "qualifier", "killed_or_other", "quote", "superseded")
_first3 = itemgetter(0, 1, 2)
#: What the spool keeps of a casualty claim and of a mention, as plain tuples read in one C
#: call (pickling a tuple is several times cheaper than pickling the frozen dataclass).
_claim_fields = attrgetter("start", "end", "count", "claimant", "claim_kind", "victim_group", "qualifier",
                           "killed_or_other", "quote", "superseded")
_mention_fields = attrgetter("sentence_index", "start_char", "end_char", "role", "text")
_MENTION_ROWS = ("article_id", "event_id", "sentence_index", "start_char", "end_char", "role", "text")
#: (sentence_index, start_char, end_char, role) of a spooled mention: with its event, what rows are deduplicated on.
_mention_key = itemgetter(0, 1, 2, 3)

_ARROW = {"str": pa.string(), "int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
_PY_TYPE = {"str": str, "int64": int, "bool": bool}


def _batch_coder() -> Callable[[Sequence[Article]], list[list[ArticleEvent]]]:
    from analysis.coding.extract import code_articles

    return code_articles


class CoderFailure(InputError):
    """The coder itself failed on an article (a bug in a rule, not bad input).

    Reported like bad input, as one line naming the article file, so that a run over thousands of
    articles never ends in a traceback; the writes are atomic, so nothing already written is lost
    or half-written. The message says what to do: report the article, or drop its manifest row
    to code the rest.
    """

    def __init__(self, article: Article | None, exc: BaseException, hint: str = ""):
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        where = f" in {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb is not None else ""
        what = f"{type(exc).__name__}: {exc}"[:200]
        if article is None:
            super().__init__(None, f"the coder failed on an article of the corpus ({what}{where}); "
                                   f"this is a bug in the coder: please report it{hint}")
        else:
            super().__init__(article.path or article.id,
                             f"the coder failed on this article ({what}{where}); this is a bug in the "
                             "coder: please report it with the article, or drop its manifest row to code the rest")


def _culprit(batch: Sequence[Article], code: Callable, exc: Exception) -> CoderFailure:
    """The :class:`CoderFailure` naming the article of ``batch`` that makes ``code`` fail (each
    coded alone; the batch's own error if none fails alone)."""
    for art in batch:
        try:
            code([art])
        except Exception as one:  # noqa: BLE001 -- turned into a one-line error
            return CoderFailure(art, one)
    return CoderFailure(batch[0] if len(batch) == 1 else None, exc)


def _code_batch(articles: list[Article]) -> list[tuple[str, str, list[ArticleEvent]]]:
    return [(a.id, a.outlet, aes) for a, aes in zip(articles, _batch_coder()(articles))]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` in lists of ``size`` (the last may be shorter), read lazily."""
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def coded_articles(articles: Iterable[Article], jobs: int = 1,
                   coder: Callable[[Article], list[ArticleEvent]] | None = None,
                   batch_coder: Callable[[Sequence[Article]], list[list[ArticleEvent]]] | None = None,
                   ) -> Iterator[tuple[str, str, list[ArticleEvent]]]:
    """``(article_id, outlet, events)`` per article, in corpus order; a process pool when ``jobs > 1``.

    By default the articles are coded ``CODE_BATCH`` at a time by
    :func:`analysis.coding.extract.code_articles` (same events as ``code_article`` one by one,
    less CPU: see there); only a batch is held, so memory stays flat. ``coder`` (one article in,
    its events out) or ``batch_coder`` (a list of articles in, their events out, like
    ``code_articles``) replaces it and runs in this process.
    """
    if coder is not None:
        for art in articles:
            try:
                events = coder(art)
            except InputError:
                raise
            except Exception as exc:
                raise CoderFailure(art, exc) from exc
            yield art.id, art.outlet, events
        return
    if jobs <= 1 or batch_coder is not None:
        code = batch_coder or _batch_coder()
        for batch in _batches(articles, CODE_BATCH):
            try:
                coded = code(batch)
            except InputError:
                raise
            except Exception as exc:
                raise _culprit(batch, code, exc) from exc
            yield from zip((a.id for a in batch), (a.outlet for a in batch), coded)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs) as pool:
        # imap keeps the input order: the output is the same for any number of jobs. Smaller
        # batches than with one process, so that a short corpus still keeps every worker busy.
        try:
            for coded in pool.imap(_code_batch, _batches(articles, POOL_BATCH)):
                yield from coded
        except InputError:
            raise
        except Exception as exc:
            raise CoderFailure(None, exc, " (run with --jobs 1 to name the article)") from exc


@lru_cache(maxsize=None)
def _arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``, built once per process (pyarrow schemas are immutable)."""
    # The pandas metadata lets pandas read nullable integers back as Int64, not float.
    meta = pa.Schema.from_pandas(schema.empty_frame(table), preserve_index=False).metadata
    return pa.schema([(name, _ARROW[dtype]) for name, dtype in schema.DTYPES[table].items()], metadata=meta)


#: A cell that holds one of these is quoted (the csv module's minimal quoting with ``\n`` line
#: ends: the rule of :func:`schema._quoted`; the fast path runs only when the interpreter's
#: writer follows it, see ``schema._CSV_SPECIALS``).
_NEEDS_QUOTES = schema._NEEDS_QUOTES.pattern  # the one quoting rule (schema.to_csv_text's)
_QUOTE_BYTES = tuple(c.encode() for c in _NEEDS_QUOTES[1:-1])  # (a character class: its characters)


def _may_need_quotes(col: pa.ChunkedArray) -> bool:
    """False only when no cell of the string column ``col`` holds a comma, a double quote or
    a line feed: its data buffers lack those bytes (speed: one byte search each instead of
    the quoting kernels; ids, names and vocabularies never need quotes)."""
    for chunk in col.chunks:
        data = chunk.buffers()[2]
        if data is not None:
            raw = data.to_pybytes()
            if any(b in raw for b in _QUOTE_BYTES):
                return True
    return False


def _quote_mask(col: pa.ChunkedArray) -> tuple[pa.ChunkedArray, bool] | None:
    """Whether each cell of the string column ``col`` holds a comma, a double quote or a line
    feed, as ``pc.match_substring_regex(col, _NEEDS_QUOTES)`` answers, and whether any cell
    holds a double quote; None when a chunk has missing cells or is not plain ``string``
    (then the caller runs the kernels themselves).

    Speed: the three bytes are found in each chunk's data buffer at once (numpy) and mapped to
    their cells by the offsets, instead of a regex run over every cell. Exact in UTF-8: those
    ASCII bytes never occur inside a multi-byte character.
    """
    masks, dquote = [], False
    for chunk in col.chunks:
        if chunk.null_count or chunk.type != pa.string():
            return None
        n = len(chunk)
        offsets = np.frombuffer(chunk.buffers()[1], dtype=np.int32, count=n + 1, offset=chunk.offset * 4)
        data = chunk.buffers()[2]
        mask = np.zeros(n, dtype=bool)
        if data is not None and n:
            raw = np.frombuffer(data, dtype=np.uint8)[int(offsets[0]):int(offsets[-1])]
            quotes = raw == 34  # "
            dquote = dquote or bool(quotes.any())
            hits = np.flatnonzero(quotes | (raw == 44) | (raw == 10)) + int(offsets[0])  # " , \n
            if len(hits):
                mask[np.searchsorted(offsets, hits, side="right") - 1] = True
        masks.append(pa.array(mask))
    return pa.chunked_array(masks, type=pa.bool_()), dquote


def _csv_lines(table: pa.Table, dtypes: dict[str, str]) -> memoryview:
    """The CSV lines of ``table`` (no header), UTF-8, as :func:`schema.to_csv_text` writes them.

    Rendered by Arrow compute kernels, a column at a time: integers in decimal, booleans
    ``true``/``false`` (Arrow's casts to string write exactly ``str(int)`` and the project's
    boolean text), a string cell quoted (its quotes doubled) when it holds a comma, a double
    quote or a line feed; then the cells joined by commas, each line ended by ``\n``. The
    result is the data buffer of the array of lines (its values back to back), no copy.
    Speed: the Python loop over every cell and row cost ~45 ms per 5,000-row chunk.
    """
    cells = []
    for name, dtype in dtypes.items():
        col = table.column(name)
        if dtype == "str":
            if _may_need_quotes(col):
                found = _quote_mask(col)
                mask, dquote = found if found is not None else (pc.match_substring_regex(col, _NEEDS_QUOTES), True)
                # (no double quote in the column: doubling them would change nothing)
                inner = pc.replace_substring(col, '"', '""') if dquote else col
                quoted = pc.binary_join_element_wise('"', inner, '"', "")
                col = pc.if_else(mask, quoted, col)
            cells.append(col)
        else:  # int64, bool (the only other types of an exact-types chunk)
            cells.append(pc.cast(col, pa.string()))
    lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, ","), "", "\n")
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    if lines.null_count:  # (a missing cell makes its whole line null: never drop a row silently)
        raise ValueError("a chunk of exact types has a missing cell: write it with schema.to_csv_text")
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int32 if lines.type == pa.string() else np.int64,
                            count=len(lines) + 1, offset=lines.offset * (4 if lines.type == pa.string() else 8))
    return memoryview(lines.buffers()[2])[int(offsets[0]):int(offsets[-1])]


class _TableWriter:
    """Writes one table as CSV and Parquet temp files, chunk by chunk."""

    def __init__(self, out_dir: Path, table: str):
        self.table = table
        self.final = {"csv": out_dir / f"{table}.csv", "parquet": out_dir / f"{table}.parquet"}
        self.tmp = {k: out_dir / f".{v.name}.tmp-{os.getpid()}" for k, v in self.final.items()}
        self.csv = open(self.tmp["csv"], "wb")  # UTF-8 text, written as bytes (see write_columns)
        self.schema = _arrow_schema(table)
        self.parquet = pq.ParquetWriter(self.tmp["parquet"], self.schema, compression="zstd")
        self.rows = 0
        self.header = True

    def write(self, df: pd.DataFrame) -> None:
        if df.empty and not self.header:
            return
        self.csv.write(schema.to_csv_text(self.table, df, header=self.header).encode("utf-8"))
        self.header = False
        if not df.empty:
            cols = {}
            for name, dtype in schema.DTYPES[self.table].items():
                col = df[name]
                if dtype == "Int64":
                    cols[name] = pa.array(col.to_numpy(dtype=object, na_value=None), type=pa.int64())
                elif dtype == "str":
                    cols[name] = pa.array(col.tolist(), type=pa.string())
                else:
                    cols[name] = pa.array(col.to_numpy(), type=_ARROW[dtype], from_pandas=True)
            self.parquet.write_table(pa.Table.from_pydict(cols, schema=self.schema))
        self.rows += len(df)

    def exact_types(self, columns: dict[str, list]) -> bool:
        """Whether every column of ``columns`` holds exactly its Python type (``str``, ``int``,
        ``bool``), the case in which :func:`schema.frame_from_columns` takes the values as they
        are: then :meth:`arrow_table` holds the same table."""
        for name, dtype in schema.DTYPES[self.table].items():
            kind = _PY_TYPE.get(dtype)
            if kind is None or name not in columns or set(map(type, columns[name])) != {kind}:
                return False
        return len(columns) == len(schema.DTYPES[self.table])

    def arrow_table(self, columns: dict[str, list]) -> pa.Table:
        """``columns`` (see :meth:`exact_types`) as an Arrow table of the table's schema."""
        return pa.Table.from_pydict({name: pa.array(columns[name], type=_ARROW[dtype])
                                     for name, dtype in schema.DTYPES[self.table].items()}, schema=self.schema)

    def write_columns(self, columns: dict[str, list], table: pa.Table) -> None:
        """Write validated rows given as ``columns`` (every column of exactly its Python type,
        see :meth:`exact_types`) as one chunk (one Parquet row group).

        Same bytes as :meth:`write` of the frame: the CSV text is rendered from ``table``
        (:meth:`arrow_table` of ``columns``, the same values) by :func:`_csv_lines`, the
        Parquet row group is ``table`` itself. Speed: no DataFrame and no Python call per
        cell or per row (the writer's hot path).
        """
        if self.header:
            self.csv.write((",".join(schema._quoted(list(schema.DTYPES[self.table]))) + "\n").encode("utf-8"))
            self.header = False
        self.csv.write(_csv_lines(table, schema.DTYPES[self.table]))
        self.parquet.write_table(table)
        self.rows += table.num_rows

    def close(self) -> None:
        if self.header:
            self.write(schema.empty_frame(self.table))
        self.csv.close()
        self.parquet.close()

    def discard(self) -> None:
        for f in (self.csv,):
            if not f.closed:
                f.close()
        try:
            self.parquet.close()
        except Exception:  # noqa: BLE001 - best effort cleanup
            pass
        for p in self.tmp.values():
            p.unlink(missing_ok=True)

    def commit(self) -> None:
        for k in ("parquet", "csv"):
            os.replace(self.tmp[k], self.final[k])


class _RowBuffer:
    """Claim or mention rows on their way to a :class:`_TableWriter`, as plain tuples.

    The rows are validated and written as one chunk (one Parquet row group) at the end of an
    article once they number ``CHUNK_ROWS``, and what is left at :meth:`close`. Every row is
    validated before it is written. One chunk per validation keeps memory flat: validating 8
    chunks per call held ~70 MB more rows at the peak (measured on 10,000 stacked articles),
    for only pandera's fixed cost per call saved (a few milliseconds).
    """

    def __init__(self, writer: _TableWriter, names: tuple[str, ...], validate: Callable, source: Path, event_ids: set[str]):
        self.writer, self.names, self.validate = writer, names, validate
        self.source, self.event_ids = source, event_ids
        self.rows: list[tuple] = []

    def end_article(self) -> None:
        """Write the rows as a chunk once they number ``CHUNK_ROWS``."""
        if len(self.rows) >= CHUNK_ROWS:
            self._flush()

    def close(self) -> None:
        """Write what is left (the last chunk may be short)."""
        if self.rows:
            self._flush()

    def _flush(self) -> None:
        columns = self._columns()
        writer = self.writer
        if schema._CSV_SPECIALS is not None and writer.exact_types(columns):
            # The Arrow table is needed for Parquet and the CSV text anyway, and pandas reads
            # it (same dtypes and values as frame_from_columns) for a fraction of building the
            # frame anew. The rows written are these columns, so the check need not return a
            # frame: the validator's result is not needed, only its verdict.
            table = writer.arrow_table(columns)
            self.validate(table.to_pandas(), source=self.source, event_ids=self.event_ids)
            writer.write_columns(columns, table)
        else:
            df = schema.frame_from_columns(writer.table, columns)
            writer.write(self.validate(df, source=self.source, event_ids=self.event_ids))  # raises on bad rows
        self._clear()

    def _columns(self) -> dict[str, list]:
        """The buffered rows as ``name -> values``."""
        return dict(zip(self.names, map(list, zip(*self.rows))))

    def _clear(self) -> None:
        self.rows.clear()  # in place: the caller appends to this list


class _MentionBuffer(_RowBuffer):
    """The mention rows of :class:`_RowBuffer`, buffered as ``((sentence_index, start_char,
    end_char, role, text), event_id)`` pairs (as spooled, plus the event) and one article id
    per row in :attr:`article_ids`: speed, no tuple built per row in Python (see
    :func:`_mention_rows`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_ids: list[str] = []

    def add_article(self, article_id: str, pairs: list[tuple]) -> None:
        """Append one article's rows (pairs in output order)."""
        self.rows += pairs
        self.article_ids += repeat(article_id, len(pairs))

    def _columns(self) -> dict[str, list]:
        spooled, event_ids = zip(*self.rows)
        si, start, end, role, text = map(list, zip(*spooled))
        return dict(zip(self.names, (self.article_ids[:], list(event_ids), si, start, end, role, text)))

    def _clear(self) -> None:
        super()._clear()
        self.article_ids.clear()


def _mention_rows(entries: list[tuple[int, list[tuple]]], resolved: list[str | None]) -> list[tuple]:
    """One article's mention rows in output order, as ``(spooled mention, event_id)`` pairs.

    ``entries`` holds ``(event row, [(sentence_index, start_char, end_char, role, text), ...])``
    per article event, in coding order. The rows: the first of each (event row, sentence,
    start, end, role), those of events that were kept (``resolved`` to an id), without exact
    repeats, sorted by (sentence, start, end, role, event id, text). Speed: when no two rows
    share (sentence, start, end, role), as in most articles, none is dropped and that key
    alone decides the order, so the pairs are built and sorted in C (``zip``, ``sorted``);
    otherwise the rule above is applied row by row.
    """
    pairs: list[tuple] = []
    keys: set[tuple] = set()
    for ci, ms in entries:
        eid = resolved[ci]
        if eid is not None:
            pairs += zip(ms, repeat(eid))
            keys.update(map(_mention_key, ms))
    if len(keys) == len(pairs):
        pairs.sort()
        return pairs
    seen, rows = set(), []
    for ci, ms in entries:
        eid = resolved[ci]
        for si, s, e, role, text in ms:
            k = (ci, si, s, e, role)
            if k not in seen:
                seen.add(k)
                if eid is not None:
                    rows.append((si, s, e, role, eid, text))
    return [((si, s, e, role, text), eid) for si, s, e, role, eid, text in sorted(set(rows))]


def _sort_events(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


@contextmanager
def _gc_tuned() -> Iterator[Callable[[], None]]:
    """Garbage collection tuned for a coding run, restored afterwards; yields ``settle``, to be
    called once the coder's lexicons are loaded (after the first batch).

    Speed (measured on 2,000 stacked seed articles): coding allocates millions of short-lived
    objects, so with the default gen0 threshold (700) young collections run every few hundred
    allocations, and they drive the older generations' collections, the full ones traversing
    the process's long-lived objects (spaCy, the gazetteer, lexicons: hundreds of thousands).
    A higher gen0 threshold (:data:`GC_GEN0_THRESHOLD`) makes all of them rarer, and
    ``gc.freeze()`` moves the objects alive at the start (and, by ``settle``, after the first
    batch, when the lexicons have been loaded) out of every collection's reach: together
    ~10-20% of a 2,000-article run's CPU. Memory stays flat: coding leaves no reference cycles
    (tests/coding/test_garbage.py), so its garbage is freed by reference counting as it goes, and
    should a future rule leave some, a collection still comes within the threshold's allocations
    (a bigger gen0 holds some tens of MB at most; what is frozen is alive anyway). Restored in
    ``finally`` because ``code_corpus`` also runs inside notebook kernels and other long-lived
    processes, whose collector must not stay changed; a freeze made by the caller is left alone
    (we then neither freeze nor unfreeze).
    """
    threshold = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0

    def settle() -> None:
        if freeze:
            gc.freeze()

    try:
        gc.set_threshold(max(threshold[0], GC_GEN0_THRESHOLD), *threshold[1:])
        settle()
        yield settle
    finally:
        gc.set_threshold(*threshold)
        if freeze:
            gc.unfreeze()


def code_corpus(corpus_dir: str | Path, out_dir: str | Path, review_file: str | Path | None = paths.REVIEW_FILE,
                jobs: int = 1, coder: Callable[[Article], list[ArticleEvent]] | None = None,
                quiet: bool = False,
                batch_coder: Callable[[Sequence[Article]], list[list[ArticleEvent]]] | None = None) -> dict:
    """Code ``corpus_dir`` into ``out_dir`` (events/claims/mentions CSV + Parquet); returns a summary.

    ``review_file=None`` codes without human review. ``coder`` (one article at a time) or
    ``batch_coder`` (a batch at a time, as :func:`analysis.coding.extract.code_articles`)
    replaces the article coder (tests, the benchmark's clock); it runs in this process.
    Garbage collection is tuned during the run and restored afterwards (see :func:`_gc_tuned`).
    """
    with _gc_tuned() as settle:
        return _code_corpus(corpus_dir, out_dir, review_file, jobs, coder, quiet, batch_coder, settle)


def _code_corpus(corpus_dir, out_dir, review_file, jobs, coder, quiet, batch_coder, settle) -> dict:
    from analysis.corpus import iter_articles

    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    if not corpus_dir.is_dir():
        raise InputError(corpus_dir, "corpus folder not found")
    check_file(review_file)  # a broken review file fails before the corpus is coded
    out_dir.mkdir(parents=True, exist_ok=True)
    linker = Linker()
    n_articles = n_article_events = 0
    spool = tempfile.TemporaryFile(dir=out_dir, prefix=".spool-")
    writers: list[_TableWriter] = []
    try:
        # Spooled a batch of articles per pickle call: one call per article cost more than the
        # pickling itself (and a batch shares the memo of repeated strings: roles, claimants).
        batch: list[tuple] = []
        for article_id, outlet, aes in coded_articles(iter_articles(corpus_dir), jobs=jobs, coder=coder,
                                                      batch_coder=batch_coder):
            n_articles += 1
            if n_articles == 1:
                settle()  # the first batch is coded: lexicons, gazetteer, pipeline are loaded
            claims, mentions = [], []
            seen_c = set()
            for ae in aes:
                n_article_events += 1
                ci = linker.add(ae, outlet)
                for c in map(_claim_fields, ae.claims):  # (start, end, count, claimant, kind, victims, ...)
                    k = (ci, c[:8])  # all but quote and superseded
                    if k not in seen_c:
                        seen_c.add(k)
                        claims.append((ci, c))
                if ae.mentions:  # deduplicated on the second pass (see _mention_rows)
                    mentions.append((ci, list(map(_mention_fields, ae.mentions))))
            batch.append((article_id, claims, mentions))
            if len(batch) >= SPOOL_ARTICLES:
                pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
                batch = []
        if batch:
            pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
        del batch

        # events: link, review, sort, validate
        ids = linker.event_ids()
        events = linker.finish()
        ev_df = schema.frame("events", [asdict(e) for e in events])
        reviewed = apply_review(ev_df, review_file, quiet=quiet)
        ev_df = _sort_events(reviewed.events)
        ev_df = schema.validate_events(ev_df, source=out_dir / "events.csv", line_offset=2)
        final_ids = set(ev_df["event_id"])
        resolved = [reviewed.resolve(i) for i in ids]

        w_ev = _TableWriter(out_dir, "events")
        writers.append(w_ev)
        w_ev.write(ev_df)
        w_cl, w_mn = _TableWriter(out_dir, "claims"), _TableWriter(out_dir, "mentions")
        writers += [w_cl, w_mn]
        rows_cl = _RowBuffer(w_cl, _CLAIM_ROWS, schema.validate_claims, out_dir / "claims.csv", final_ids)
        rows_mn = _MentionBuffer(w_mn, _MENTION_ROWS, schema.validate_mentions, out_dir / "mentions.csv", final_ids)
        # Rows are appended as plain tuples (no dict per row); their CSV cells are rendered a
        # column at a time when written (_TableWriter.write_columns).
        buf_c = rows_cl.rows
        spool.seek(0)
        while True:
            try:
                batch = pickle.load(spool)
            except EOFError:
                break
            for article_id, claims, mentions in batch:
                rows_c = []
                for ci, c in claims:
                    eid = resolved[ci]
                    if eid is not None:
                        rows_c.append((c[0], c[1], eid, c))
                seen = set()
                for start, end, eid, c in sorted(rows_c, key=_first3):
                    # claims.csv row (the fields of link.claim_dict, in column order)
                    cid = claim_id_of(article_id, eid, start, end, *c[2:8])
                    if cid not in seen:
                        seen.add(cid)
                        count, superseded = int(c[2]), bool(c[9])
                        buf_c.append((cid, eid, article_id, c[3], c[4], c[5], count, c[6], c[7], c[8], superseded))
                if mentions:
                    rows_mn.add_article(article_id, _mention_rows(mentions, resolved))
                rows_cl.end_article()
                rows_mn.end_article()
        rows_cl.close()
        rows_mn.close()
        for w in writers:
            w.close()
        for w in writers:
            w.commit()
    except BaseException:
        for w in writers:
            w.discard()
        raise
    finally:
        spool.close()
    summary = {
        "articles": n_articles, "article_events": n_article_events, "events": len(ev_df),
        "main_events": int(ev_df["is_main"].sum()), "claims": w_cl.rows, "mentions": w_mn.rows,
        "review_applied": reviewed.applied, "review_orphaned": reviewed.orphaned,
        "review_report": reviewed.report, "out": str(out_dir),
    }
    return summary


def summary_line(summary: dict) -> str:
    """The one-line summary the command prints."""
    return (f"coded {summary['articles']} articles: {summary['events']} events ({summary['main_events']} main), "
            f"{summary['claims']} claims, {summary['mentions']} mentions; review: {summary['review_applied']} applied, "
            f"{summary['review_orphaned']} orphaned -> {summary['out']}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m analysis code``."""
    parser.add_argument("--corpus", default=str(paths.DEFAULT_CORPUS), help="corpus folder (manifest.csv + articles/)")
    parser.add_argument("--out", default=None, help="output folder (default: data/processed/<corpus slug>/)")
    parser.add_argument("--review", default=str(paths.REVIEW_FILE), help="review file, or 'none' (default: data/reviewed/review.yaml)")
    parser.add_argument("--jobs", type=int, default=1, help="processes coding articles in parallel (default 1)")


def run(args: argparse.Namespace) -> int:
    """Run the command; prints the one-line summary."""
    out = Path(args.out) if args.out else paths.processed_dir(args.corpus)
    review = None if str(args.review).lower() in ("none", "") else Path(args.review)
    if args.jobs < 1:
        raise InputError(None, f"--jobs must be at least 1, got {args.jobs}")
    summary = code_corpus(args.corpus, out, review_file=review, jobs=args.jobs)
    print(summary_line(summary))
    return 0
