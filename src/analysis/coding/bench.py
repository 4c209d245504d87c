"""Coder benchmark for ``make bench``: throughput on one core and peak memory.

:func:`run_benchmarks` (called by :mod:`analysis.bench`) codes, each in a fresh Python process
pinned to one CPU (``os.sched_setaffinity``) with ``jobs=1``:

- the seed corpus (``data/raw``);
- stacked corpora of 1,000 and 10,000 articles, built in a temporary folder from copies of
  the seed articles under new ids (the manifest keeps each original's publication date).

Throughput is articles per second of the whole ``code_corpus`` run (reading, coding, linking,
review, validation and writing), after one warm-up article so that building the spaCy
pipeline and loading the lexicons are not charged to the corpus. Memory is the process's peak
resident set (``resource.getrusage(...).ru_maxrss``) at the end of the run, and its growth
over the warm-up baseline: flat growth between 1,000 and 10,000 articles means the pipeline
streams (the linker keeps one summary per event; claim and mention rows are spooled to disk
and written in chunks of ``pipeline.CHUNK_ROWS``). The resident set also holds what the
allocators keep after transient peaks (pandas, pyarrow's pool), so it rises a little with the
corpus even when the Python heap does not: measured with ``tracemalloc`` and a cached coder,
the heap peak of the writing phase is 13 MB at 1,000 articles and 18 MB at 10,000, the
difference being the article ids each event lists.
Target: at least 300 articles per second on one core.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from analysis import paths

TARGET_RATE = 300.0

_CHILD = r"""
import json, os, resource, sys, time
cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
if cpus:
    os.sched_setaffinity(0, {cpus[0]})
from analysis.corpus import iter_articles
from analysis.coding.extract import code_article
from analysis.coding.pipeline import code_corpus
corpus, out = sys.argv[1], sys.argv[2]
code_article(next(iter(iter_articles(corpus))))  # warm-up: pipeline and lexicons
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
summary = code_corpus(corpus, out, review_file=None, quiet=True)
dt = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"articles": summary["articles"], "events": summary["events"], "seconds": dt,
                  "base_kb": base, "peak_kb": peak}))
"""


def stack_corpus(source: Path, target: Path, n: int) -> Path:
    """A corpus of ``n`` articles in ``target``: copies of ``source``'s articles under new ids."""
    with open(source / "manifest.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    (target / "articles").mkdir(parents=True, exist_ok=True)
    texts = {r["id"]: (source / "articles" / f"{r['id']}.txt").read_bytes() for r in rows}
    with open(target / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "outlet", "url", "published", "title"])
        for i in range(n):
            r = rows[i % len(rows)]
            new_id = f"{r['id']}--copy{i:05d}"
            writer.writerow([new_id, r.get("outlet", ""), r.get("url", ""), r.get("published", ""), r.get("title", "")])
            (target / "articles" / f"{new_id}.txt").write_bytes(texts[r["id"]])
    return target


def measure(corpus: Path, out: Path) -> dict:
    """Code ``corpus`` in a fresh one-CPU process; returns articles, seconds, base and peak RSS (kB)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(paths.ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(out)], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"coder benchmark failed on {corpus}: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _mb(kb: float) -> str:
    return f"{kb / 1024:.0f} MB"


def run_benchmarks(sizes: tuple[int, ...] = (1_000, 10_000)) -> list[tuple[str, str]]:
    """Rows ``(measure, value)`` for ``make bench`` (see the module docstring)."""
    rows: list[tuple[str, str]] = []
    tmp = Path(tempfile.mkdtemp(prefix="sahel-coder-bench-"))
    try:
        runs = [("seeds", paths.RAW)]
        for n in sizes:
            runs.append((f"{n:,} stacked", stack_corpus(paths.RAW, tmp / f"corpus-{n}", n)))
        results = {}
        for label, corpus in runs:
            r = measure(corpus, tmp / f"out-{label.split()[0]}")
            results[label] = r
            rate = r["articles"] / r["seconds"] if r["seconds"] else float("inf")
            flag = "ok" if rate >= TARGET_RATE else f"below target {TARGET_RATE:.0f}"
            rows.append((f"coder throughput, {label} ({r['articles']} articles, 1 core)", f"{rate:,.0f} articles/s ({flag})"))
            rows.append((f"coder peak memory, {label}", f"{_mb(r['peak_kb'])} (+{_mb(r['peak_kb'] - r['base_kb'])} over start-up)"))
        if len(sizes) >= 2:
            a, b = results[f"{sizes[0]:,} stacked"], results[f"{sizes[-1]:,} stacked"]
            growth = (b["peak_kb"] - b["base_kb"]) - (a["peak_kb"] - a["base_kb"])
            rows.append((f"coder memory growth {sizes[0]:,} -> {sizes[-1]:,} articles", f"{growth / 1024:+.0f} MB"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":  # pragma: no cover - manual use: python -m analysis.coding.bench
    for k, v in run_benchmarks():
        print(f"{k}: {v}")
