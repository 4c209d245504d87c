"""Benchmark of the report build: ``python -m analysis bench`` (``make bench``; not a test).

Measures, into a temporary output root (``report/`` is never touched):

- a **cold** ``make report``: ``--force`` re-codes the corpus and re-executes every notebook;
- a **no-op** ``make report`` right after it: nothing to do, the time is hashing plus Make's own
  checks (acceptance: under 5 s);
- the **execution time of each notebook**, as recorded by the cold build.

Times are wall-clock seconds of whole ``make`` invocations, so they include Python start-up and
Make's check of the virtual environment, which is what a user waits for.

Hook: when ``analysis.coding.bench`` exists and exposes ``run_benchmarks() -> list[tuple[str,
str]]`` (the coder's throughput and memory, by the coder's owner), its rows are appended.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths


def _make_report(corpus: str, profile: str, out: Path, force: bool) -> tuple[float, int, str]:
    cmd = ["make", "--no-print-directory", "-C", str(paths.ROOT), "report",
           f"CORPUS={corpus}", f"PROFILE={profile}", f"REPORT_DIR={out}"]
    if force:
        cmd.append("REPORT_FLAGS=--force")
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - start, proc.returncode, (proc.stdout + proc.stderr)


def coder_rows() -> list[tuple[str, str]]:
    """Rows from ``analysis.coding.bench.run_benchmarks()`` when that module exists (hook)."""
    # --- hook for the coder's benchmark (helper C4): keep this the only coupling ----------------
    if importlib.util.find_spec("analysis.coding") is None or \
            importlib.util.find_spec("analysis.coding.bench") is None:
        return [("coder benchmark", "not available (analysis.coding.bench missing)")]
    module = importlib.import_module("analysis.coding.bench")
    run_benchmarks = getattr(module, "run_benchmarks", None)
    if run_benchmarks is None:
        return [("coder benchmark", "analysis.coding.bench has no run_benchmarks()")]
    return [(str(k), str(v)) for k, v in run_benchmarks()]
    # ---------------------------------------------------------------------------------------------


def table(rows: list[tuple[str, str]], header: tuple[str, str] = ("measure", "value")) -> str:
    """A plain-text two-column table."""
    width = max(len(r[0]) for r in [header, *rows])
    lines = [f"{header[0]:<{width}}  {header[1]}", f"{'-' * width}  {'-' * max(len(header[1]), 12)}"]
    lines += [f"{k:<{width}}  {v}" for k, v in rows]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m analysis bench``."""
    parser.add_argument("--corpus", default=str(paths.DEFAULT_CORPUS), help="corpus folder; default: data/raw")
    parser.add_argument("--profile", default="full", help="parameter profile (full, fast) or YAML file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary output root and print it")


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print the table; 1 when a build failed."""
    out = Path(tempfile.mkdtemp(prefix="sahel-bench-"))
    rows: list[tuple[str, str]] = []
    try:
        print("==> cold make report (forced: re-code, re-execute every notebook) ...", flush=True)
        cold, rc, log = _make_report(args.corpus, args.profile, out, force=True)
        if rc != 0:
            print(log, file=sys.stderr)
            print("error: the cold build failed; see the log above", file=sys.stderr)
            return 1
        # A no-op is only a no-op if nothing changed in between: when the log shows executed
        # notebooks (someone edited src/ or data/ meanwhile), measure once more.
        for attempt in (1, 2):
            print("==> no-op make report ...", flush=True)
            noop, rc, log2 = _make_report(args.corpus, args.profile, out, force=False)
            if rc != 0:
                print(log2, file=sys.stderr)
                return 1
            reran = [ln.split()[2] for ln in log2.splitlines() if ln.startswith("==> running ")]
            if not reran:
                break
            print(f"==> inputs changed meanwhile, re-executed {', '.join(reran)}; measuring again", flush=True)
        rows.append(("cold make report", f"{cold:.1f} s"))
        note = f"  (not a no-op: re-executed {', '.join(reran)})" if reran else ("" if noop < 5 else "  (over the 5 s budget)")
        rows.append(("no-op make report", f"{noop:.2f} s{note}"))
        manifest = json.loads((out / "build" / ".manifest.json").read_text(encoding="utf-8"))
        for name, entry in sorted(manifest.get("pages", {}).items()):
            rows.append((f"notebook {name}", f"{float(entry.get('meta', {}).get('seconds', 0)):.1f} s"))
        for line in log.splitlines():
            if line.startswith("==> coding ") and line.rstrip().endswith(" s"):
                rows.append(("coding the corpus", line.rsplit("...", 1)[-1].strip()))
            if line.startswith("==> printing "):
                rows.append(("briefing PDF", line.rsplit("...", 1)[-1].strip()))
        pdf = out / "briefing.pdf"
        rows.append(("briefing.pdf size", f"{pdf.stat().st_size / 1024:.0f} kB" if pdf.exists() else "missing"))
        rows.extend(coder_rows())
    finally:
        if args.keep:
            print(f"==> kept {out}")
        else:
            shutil.rmtree(out, ignore_errors=True)
    print()
    print(table(rows))
    return 0
