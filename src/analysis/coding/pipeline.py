"""``python -m analysis code``: a corpus folder into events.csv, claims.csv, mentions.csv.

Steps (``../shared/spec/event-table.md`` is the contract):

1. stream the articles (:func:`analysis.corpus.iter_articles`), never holding the corpus;
2. code each one (:func:`analysis.coding.extract.code_article`), in a process pool when
   ``jobs > 1``; results come back in corpus order, so the output does not depend on ``jobs``;
3. link across articles (:class:`analysis.coding.link.Linker`), which keeps one summary per
   event; claim and mention rows are spooled to a temporary file meanwhile, so memory stays
   flat in the number of articles;
4. apply the human review (:mod:`analysis.coding.review`);
5. build the tables, validate them (:mod:`analysis.coding.schema`) and write CSV + Parquet to
   temporary files in the output folder, then ``os.replace`` them into place: a failure
   leaves the previous outputs intact.

Cost (``make bench`` measures it): besides ``code_article``, a run has a fixed cost (review
file, events validation, writer set-up: the Arrow schemas are built once per process) and a
per-article share (linking, spooling plain tuples, validating and writing claim and mention
rows chunk by chunk from column lists, never one dict per row).

Order and bytes are deterministic: events sorted by ``event_date`` then ``event_id``; claims
and mentions in corpus order, within an article by position in the text; fixed number formats,
no timestamps. Same input, same output, byte for byte.
"""

from __future__ import annotations

import argparse
import os
import pickle
import tempfile
from collections import namedtuple
from dataclasses import asdict
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis import paths
from analysis.coding import schema
from analysis.coding.link import Linker, claim_dict
from analysis.coding.review import apply_review, check_file
from analysis.errors import InputError
from analysis.records import Article, ArticleEvent

CHUNK_ROWS = 5_000
TABLES = ("events", "claims", "mentions")
_CLAIM_ROWS = ("claim_id", "event_id", "article_id", "claimant", "claim_kind", "victim_group", "count",
               "qualifier", "killed_or_other", "quote", "superseded")
_claim_row = itemgetter(*_CLAIM_ROWS)  # a claim_dict's values in column order, as a tuple
_MENTION_ROWS = ("article_id", "event_id", "sentence_index", "start_char", "end_char", "role", "text")
#: What the spool keeps of a casualty claim: the fields :func:`claim_dict` reads, as a tuple
#: (pickling a plain tuple is several times cheaper than pickling the frozen dataclass).
_SpooledClaim = namedtuple("_SpooledClaim", "start end count claimant claim_kind victim_group qualifier "
                                            "killed_or_other quote superseded")

_ARROW = {"str": pa.string(), "int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}


def _default_coder() -> Callable[[Article], list[ArticleEvent]]:
    from analysis.coding.extract import code_article

    return code_article


def _code_one(article: Article) -> tuple[str, str, list[ArticleEvent]]:
    return article.id, article.outlet, _default_coder()(article)


def coded_articles(articles: Iterable[Article], jobs: int = 1,
                   coder: Callable[[Article], list[ArticleEvent]] | None = None) -> Iterator[tuple[str, str, list[ArticleEvent]]]:
    """``(article_id, outlet, events)`` per article, in corpus order; a process pool when ``jobs > 1``."""
    if jobs <= 1 or coder is not None:
        code = coder or _default_coder()
        for art in articles:
            yield art.id, art.outlet, code(art)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs) as pool:
        # imap keeps the input order: the output is the same for any number of jobs.
        yield from pool.imap(_code_one, articles, chunksize=8)


@lru_cache(maxsize=None)
def _arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``, built once per process (pyarrow schemas are immutable)."""
    # The pandas metadata lets pandas read nullable integers back as Int64, not float.
    meta = pa.Schema.from_pandas(schema.empty_frame(table), preserve_index=False).metadata
    return pa.schema([(name, _ARROW[dtype]) for name, dtype in schema.DTYPES[table].items()], metadata=meta)


class _TableWriter:
    """Writes one table as CSV and Parquet temp files, chunk by chunk."""

    def __init__(self, out_dir: Path, table: str):
        self.table = table
        self.final = {"csv": out_dir / f"{table}.csv", "parquet": out_dir / f"{table}.parquet"}
        self.tmp = {k: out_dir / f".{v.name}.tmp-{os.getpid()}" for k, v in self.final.items()}
        self.csv = open(self.tmp["csv"], "w", encoding="utf-8", newline="")
        self.schema = _arrow_schema(table)
        self.parquet = pq.ParquetWriter(self.tmp["parquet"], self.schema, compression="zstd")
        self.rows = 0
        self.header = True

    def write(self, df: pd.DataFrame) -> None:
        if df.empty and not self.header:
            return
        self.csv.write(schema.to_csv_text(self.table, df, header=self.header))
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


def _sort_events(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


def code_corpus(corpus_dir: str | Path, out_dir: str | Path, review_file: str | Path | None = paths.REVIEW_FILE,
                jobs: int = 1, coder: Callable[[Article], list[ArticleEvent]] | None = None,
                quiet: bool = False) -> dict:
    """Code ``corpus_dir`` into ``out_dir`` (events/claims/mentions CSV + Parquet); returns a summary.

    ``review_file=None`` codes without human review. ``coder`` replaces the article coder
    (tests); it runs in this process.
    """
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
        for article_id, outlet, aes in coded_articles(iter_articles(corpus_dir), jobs=jobs, coder=coder):
            n_articles += 1
            claims, mentions = [], []
            seen_c, seen_m = set(), set()
            for ae in aes:
                n_article_events += 1
                ci = linker.add(ae, outlet)
                for c in ae.claims:
                    k = (ci, c.start, c.end, c.count, c.claimant, c.victim_group, c.killed_or_other, c.claim_kind, c.qualifier)
                    if k not in seen_c:
                        seen_c.add(k)
                        claims.append((ci, (c.start, c.end, c.count, c.claimant, c.claim_kind, c.victim_group,
                                            c.qualifier, c.killed_or_other, c.quote, c.superseded)))
                for m in ae.mentions:
                    k = (ci, m.sentence_index, m.start_char, m.end_char, m.role)
                    if k not in seen_m:
                        seen_m.add(k)
                        mentions.append((ci, m.sentence_index, m.start_char, m.end_char, m.role, m.text))
            pickle.dump((article_id, claims, mentions), spool, protocol=pickle.HIGHEST_PROTOCOL)

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
        spool.seek(0)
        # Rows are buffered as tuples and turned into columns once per chunk: no dict per row.
        buf_c: list[tuple] = []
        buf_m: list[tuple] = []

        def columns(names: tuple[str, ...], rows: list[tuple]) -> dict[str, list]:
            return {name: list(col) for name, col in zip(names, zip(*rows))}

        def flush(force: bool = False) -> None:
            if buf_c and (force or len(buf_c) >= CHUNK_ROWS):
                df = schema.frame_from_columns("claims", columns(_CLAIM_ROWS, buf_c))
                w_cl.write(schema.validate_claims(df, source=out_dir / "claims.csv", event_ids=final_ids))
                buf_c.clear()
            if buf_m and (force or len(buf_m) >= CHUNK_ROWS):
                df = schema.frame_from_columns("mentions", columns(_MENTION_ROWS, buf_m))
                w_mn.write(schema.validate_mentions(df, source=out_dir / "mentions.csv", event_ids=final_ids))
                buf_m.clear()

        while True:
            try:
                article_id, claims, mentions = pickle.load(spool)
            except EOFError:
                break
            rows_c = []
            for ci, c in claims:
                eid = resolved[ci]
                if eid is not None:
                    rows_c.append((c[0], c[1], eid, claim_dict(article_id, eid, _SpooledClaim(*c))))
            seen = set()
            for *_, row in sorted(rows_c, key=lambda r: r[:3]):
                if row["claim_id"] not in seen:
                    seen.add(row["claim_id"])
                    buf_c.append(_claim_row(row))
            rows_m = []
            for ci, si, s, e, role, text in mentions:
                eid = resolved[ci]
                if eid is not None:
                    rows_m.append((si, s, e, role, eid, text))
            for si, s, e, role, eid, text in sorted(set(rows_m)):
                buf_m.append((article_id, eid, si, s, e, role, text))
            flush()
        flush(force=True)
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
