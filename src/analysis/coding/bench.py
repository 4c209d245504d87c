"""Coder benchmark for ``make bench``: throughput on one core and peak memory.

:func:`run_benchmarks` (called by :mod:`analysis.bench`) codes three corpora, each in a fresh
Python process pinned to one CPU (``os.sched_setaffinity``, where the OS has it) with
``jobs=1`` and no review file:

- the seed corpus (``data/raw``, five articles);
- stacked corpora of 1,000 and 10,000 articles, built in a temporary folder from copies of
  the seed articles under new ids (the manifest keeps each original's outlet and date).

How it is measured, and why:

- **CPU time** (``time.process_time``) is the measure: it is what one core spends, whatever
  else the machine runs. Wall time is printed next to it; a wall time well above the CPU time
  means the machine was busy, not that the coder is slow.
- **Warm-up first**: each process imports the coder, loads the gazetteer and lexicons, builds
  the spaCy pipeline and codes a one-article corpus end to end before anything is timed, so
  one-off start-up is not charged to the corpus (it is reported separately).
- **Fixed cost and marginal cost apart**: a run costs ``fixed + n * marginal``. The marginal
  cost per article is ``(t_10k - t_1k) / 9,000``. Five seed articles would give a
  meaningless "articles per second" dominated by the fixed cost, so for the seeds the table
  gives the run's CPU time, its fixed cost (the run minus the time spent coding:
  validation and writer set-up, review file, linking's final pass) and the coder's CPU time
  per article (averaged over repeated passes over the five seeds, coded as one batch by
  ``code_articles`` like the run does).
- **Where an article's time goes**: the coding is clocked inside each run: the run passes
  ``code_articles`` wrapped in a clock as ``batch_coder``, which with ``jobs=1`` is what
  ``code_corpus`` calls anyway (a batch of ``pipeline.CODE_BATCH`` articles at a time, stage
  by stage: the path a real run takes, not ``code_article`` one by one); reading and cleaning
  (``iter_articles``) is timed in a separate pass over the same corpus; the pipeline's own
  share (linking, spooling, validation, writing) is the rest of the marginal cost.
- **What runs**: the rule modules run from their compiled copies when ``make native`` built
  them from the source as it is (:mod:`analysis.native`); the table's first coder row says
  how many did, so a figure always says what it measured.
- **Memory**: the process's peak resident set (``resource.getrusage(...).ru_maxrss``) after
  the run, and its growth over the warmed-up process. Flat from 1,000 to 10,000 articles
  means the pipeline streams: the linker keeps one summary per event, claim and mention rows
  are spooled to disk and written in chunks of ``pipeline.CHUNK_ROWS``. What still grows is
  the list of article ids of each event (the output needs it) and what the allocators keep
  after transient peaks.

Target: at least 300 articles per second on one core, judged on the whole 10,000-article run
(fixed cost included).
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
SIZES = (1_000, 10_000)
#: Passes of code_articles over the seed articles for the coder's per-article CPU time.
SEED_REPEATS = 8

_CHILD = r"""
import json, os, resource, sys, time
cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
if cpus:
    os.sched_setaffinity(0, {cpus[-1]})
t0, w0 = time.process_time(), time.perf_counter()
from analysis.corpus import iter_articles
from analysis.coding.extract import code_articles
from analysis.coding.pipeline import code_corpus
from analysis.native import summary as native_summary
corpus, out, warm, repeats = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
code_corpus(warm, out + "-warm", review_file=None, quiet=True)  # warm-up: caches, pipeline, lexicons
startup = (time.process_time() - t0, time.perf_counter() - w0)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t, w = time.process_time(), time.perf_counter()
n_read = sum(1 for _ in iter_articles(corpus))
read = (time.process_time() - t, time.perf_counter() - w)
coding = [0.0]
def timed_code_articles(articles, _clock=time.process_time):
    t = _clock()
    events = code_articles(articles)
    coding[0] += _clock() - t
    return events
t, w = time.process_time(), time.perf_counter()
# code_corpus with jobs=1 calls code_articles on batches in this process; the wrapper only adds a clock.
summary = code_corpus(corpus, out, review_file=None, quiet=True, batch_coder=timed_code_articles)
run = (time.process_time() - t, time.perf_counter() - w)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
coder = None
if repeats:
    arts = list(iter_articles(corpus))
    t = time.process_time()
    for _ in range(repeats):
        code_articles(arts)
    coder = (time.process_time() - t) / (repeats * len(arts))
print(json.dumps({"articles": summary["articles"], "events": summary["events"], "read_articles": n_read,
                  "cpu": run[0], "wall": run[1], "coding_cpu": coding[0], "read_cpu": read[0], "read_wall": read[1],
                  "startup_cpu": startup[0], "startup_wall": startup[1], "code_article_cpu": coder,
                  "base_kb": base, "peak_kb": peak, "pinned": bool(cpus), "native": native_summary()}))
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


def measure(corpus: Path, out: Path, warm: Path, repeats: int = 0) -> dict:
    """Code ``corpus`` in a fresh one-CPU process after a warm-up run on ``warm``.

    Returns the run's CPU and wall seconds, the read-only pass's, start-up's, peak and
    warmed-up resident set (kB) and, with ``repeats``, the coder's CPU seconds per article
    over ``repeats`` passes (``code_articles`` on the whole corpus as one batch).
    """
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(paths.ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(out), str(warm), str(repeats)],
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"coder benchmark failed on {corpus}: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def split_cost(n_small: int, t_small: float, n_large: int, t_large: float) -> tuple[float, float]:
    """``(fixed, marginal)`` seconds of a run costing ``fixed + n * marginal``, from two runs."""
    marginal = (t_large - t_small) / (n_large - n_small)
    return t_small - n_small * marginal, marginal


def _mb(kb: float) -> str:
    return f"{kb / 1024:.0f} MB"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def report_rows(seeds: dict, small: dict, large: dict, target: float = TARGET_RATE) -> list[tuple[str, str]]:
    """The table rows from the three measurements (seeds, 1k and 10k stacked corpora).

    The marginal cost per article is split into coding (``code_articles``, clocked inside the
    run), reading and cleaning (the separate read pass) and the pipeline's own share (the
    rest: linking, spooling, validation, writing). The fixed cost per run is the seed run
    minus its coding time: on five articles that is the per-run cost plus five articles'
    reading and pipeline share (a fraction of a millisecond each); two long runs' intercept
    would drown it in their noise.
    """
    n1, n2 = small["articles"], large["articles"]
    _, marginal = split_cost(n1, small["cpu"], n2, large["cpu"])
    _, coding = split_cost(n1, small["coding_cpu"], n2, large["coding_cpu"])
    _, read = split_cost(n1, small["read_cpu"], n2, large["read_cpu"])
    fixed = seeds["cpu"] - seeds["coding_cpu"]
    rate_marginal = 1.0 / marginal if marginal > 0 else float("inf")
    rate_large = n2 / large["cpu"] if large["cpu"] else float("inf")
    rows = [
        ("coder modules (analysis.native: compiled copies of the unchanged .py)", seeds.get("native", "n/a")),
        ("coder start-up (imports, gazetteer, lexicons, spaCy, one-article run; once per process)",
         f"{seeds['startup_cpu']:.2f} s CPU ({seeds['startup_wall']:.2f} s wall); "
         + ("pinned to one CPU" if seeds.get("pinned") else "not pinned (no sched_setaffinity)")),
        (f"coder, seeds ({seeds['articles']} articles): whole run",
         f"{_ms(seeds['cpu'])} CPU ({_ms(seeds['wall'])} wall), of which coding {_ms(seeds['coding_cpu'])}"),
        ("coder, seeds: coding per article (code_articles, repeated passes)",
         f"{_ms(seeds['code_article_cpu'])} CPU" if seeds.get("code_article_cpu") else "n/a"),
        ("coder fixed cost per run (seed run minus its coding time)", f"{_ms(fixed)} CPU"),
    ]
    for label, r in ((f"{n1:,}", small), (f"{n2:,}", large)):
        rows.append((f"coder, {label} stacked articles: whole run",
                     f"{r['cpu']:.2f} s CPU ({r['wall']:.2f} s wall) = {r['articles'] / r['cpu']:,.0f} articles/s"))
    rows += [
        (f"coder marginal cost per article ((t_{n2 // 1000}k - t_{n1 // 1000}k) / {n2 - n1:,})",
         f"{_ms(marginal)} CPU = {rate_marginal:,.0f} articles/s on one core"),
        ("  of which coding (code_articles, in batches)", f"{_ms(coding)} CPU"),
        ("  of which reading + cleaning (iter_articles)", f"{_ms(read)} CPU"),
        ("  of which pipeline (linking, spool, validation, writing)", f"{_ms(marginal - coding - read)} CPU"),
    ]
    rows += [
        (f"coder peak memory, {n1:,} articles",
         f"{_mb(small['peak_kb'])} (+{_mb(small['peak_kb'] - small['base_kb'])} over the warmed-up process)"),
        (f"coder peak memory, {n2:,} articles",
         f"{_mb(large['peak_kb'])} (+{_mb(large['peak_kb'] - large['base_kb'])} over the warmed-up process)"),
        (f"coder memory growth, {n1:,} -> {n2:,} articles",
         f"{(large['peak_kb'] - small['peak_kb']) / 1024:+.0f} MB for {n2 - n1:,} more articles "
         f"({(large['peak_kb'] - small['peak_kb']) / (n2 - n1):+.2f} kB per article)"),
        (f"target {target:.0f} articles/s on one core ({n2:,}-article run)",
         f"{'met' if rate_large >= target else 'NOT met'}: {rate_large:,.0f} articles/s"),
    ]
    return rows


def run_benchmarks(sizes: tuple[int, int] = SIZES) -> list[tuple[str, str]]:
    """Rows ``(measure, value)`` for ``make bench`` (see the module docstring)."""
    tmp = Path(tempfile.mkdtemp(prefix="sahel-coder-bench-"))
    try:
        warm = stack_corpus(paths.RAW, tmp / "warm", 1)
        print("==> coder benchmark: seeds ...", flush=True)
        seeds = measure(paths.RAW, tmp / "out-seeds", warm, repeats=SEED_REPEATS)
        results = []
        for n in sizes:
            corpus = stack_corpus(paths.RAW, tmp / f"corpus-{n}", n)
            print(f"==> coder benchmark: {n:,} stacked articles ...", flush=True)
            results.append(measure(corpus, tmp / f"out-{n}", warm))
            shutil.rmtree(corpus, ignore_errors=True)
        rows = report_rows(seeds, results[0], results[-1])
        if hasattr(os, "getloadavg"):
            # CPU time is inflated too when other processes share the core's caches: say so.
            rows.insert(0, ("machine load during the coder benchmark (1-min load average)",
                            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"))
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover - manual use: python -m analysis.coding.bench
    for k, v in run_benchmarks():
        print(f"{k}: {v}")
