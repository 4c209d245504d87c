"""Build the report: execute the notebooks, render the HTML site and the briefing PDF.

``python -m analysis report [--corpus DIR] [--profile full|fast|FILE.yaml] [--out DIR]``

Steps, each announced by a ``==>`` line:

1. **Code the corpus** into :func:`analysis.paths.processed_dir` when its inputs changed
   (``analysis.coding.pipeline.code_corpus``). While that module is not in the tree the step is
   skipped with a note: notebooks that do not read the event tables still build, the others
   fail with their own message. Nothing is faked.
2. **Execute** every ``notebooks/NN_*.ipynb`` in order with papermill (kernel ``sahel-brief``),
   parameters from ``report/params/<profile>.yaml`` plus ``corpus``, into ``<out>/build/``.
3. **Render** each executed notebook to ``<out>/html/NN_name.html`` with nbconvert and our
   template (``analysis/templates/sahel``: code hidden, outputs kept, images embedded, a table of
   contents, previous/next navigation, a provenance footer) plus ``index.html``, the landing page.
4. **Print** the briefing notebook named in the profile to ``<out>/briefing.pdf`` with
   WeasyPrint and ``templates/print.css`` (title page, running header, page numbers, A4 figures).

Incremental by content, not by modification time
------------------------------------------------
A fresh clone gives every file a new mtime, so Make's timestamps would re-run everything and a
``touch`` would too. Each notebook instead gets an *execution key*: the SHA-256 of its ``.ipynb``,
the parameters, the corpus hash, the coded tables, ``src/analysis/**/*.py`` (except the build's
own modules, ``report.py`` and ``bench.py``, which no notebook imports), ``data/reference/**``
and ``data/reviewed/**``. A notebook whose key matches the one recorded in
``<out>/build/.manifest.json`` is not executed again; a page whose render key (execution key,
templates, neighbours' titles for the navigation) matches is copied, not rendered; the PDF
likewise. When the key of the whole site matches, the build stops after hashing, well under a
second. The coder's own stamp (``processed_dir/.coded-from``) works the same way. The one
cache keyed by file size and mtime is the corpus hash's (``<out>/.stamps/``): computing it
imports pandas and pandera, which alone would cost a no-op build seconds; a changed size or
mtime (a fresh clone) simply recomputes it.

Safe
----
Everything is built in ``<out>/.tmp-build-<pid>/`` and moved into place only when every step
succeeded: ``build/`` and ``html/`` are swapped whole (``renameat2(RENAME_EXCHANGE)`` where the
kernel offers it), ``briefing.pdf`` is replaced with ``os.replace``. A failing notebook stops the
build with one line naming the notebook, the cell (index in the source notebook and its first
line) and the exception; the executed copy, with the traceback, is kept in
``<out>/.tmp-failed/`` for the analyst. The last good report is left untouched.

Provenance
----------
Every page states the git commit it was executed from (short hash, ``+dirty`` when the working
tree had changes, ``no git`` outside a repository), the corpus hash, the parameters and the
date; the landing page and the PDF's title page state the same for the whole build. A page that
was not re-executed keeps the provenance of the run that produced it, which is the truth.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import hashlib
import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths, yamlfile
from analysis.errors import InputError

KERNEL = "sahel-brief"
TEMPLATES = Path(__file__).resolve().parent / "templates"
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
MANIFEST = ".manifest.json"
CODER_STAMP = ".coded-from"
#: Bump when the build logic changes in a way that must invalidate every stamp.
BUILD_FORMAT = 1

#: The parameters every notebook declares (see notes/notebooks.md), with their types.
PARAMETERS: dict[str, type] = {
    "corpus": str,
    "start_date": str,
    "end_date": str,
    "admin1": str,
    "min_date_precision": str,
    "include_background": bool,
}
PRECISIONS = ("day", "week", "month", "year")


class ReportError(Exception):
    """The build failed for a reason that is not the user's input (e.g. a notebook raised)."""


# --------------------------------------------------------------------------------------------
# Profiles


@dataclass(frozen=True)
class Profile:
    """A parameter profile: ``report/params/<name>.yaml``."""

    name: str
    path: Path
    title: str
    lede: str
    briefing: str
    notebooks: tuple[str, ...] | None  # None = every notebooks/NN_*.ipynb
    parameters: dict[str, Any]
    cell_timeout: int


def load_profile(profile: str | Path) -> Profile:
    """Read and validate a profile, given by name (``full``) or as a path to a YAML file."""

    path = Path(profile) if str(profile).endswith((".yaml", ".yml")) else paths.params_file(str(profile))
    if not path.is_file():
        known = sorted(p.stem for p in paths.PARAMS.glob("*.yaml"))
        raise InputError(path, f"no such profile; known profiles: {', '.join(known) or 'none'}")
    data = yamlfile.read(path, "profile") or {}
    if not isinstance(data, dict):
        raise InputError(path, "a profile is a mapping (notebooks, briefing, parameters, ...)")
    known_keys = {"title", "lede", "briefing", "notebooks", "parameters", "cell_timeout"}
    unknown = sorted(set(data) - known_keys)
    if unknown:
        raise InputError(path, f"unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(known_keys))}")
    params = data.get("parameters") or {}
    if not isinstance(params, dict):
        raise InputError(path, "'parameters' must be a mapping")
    for key, value in params.items():
        if key not in PARAMETERS or key == "corpus":
            allowed = ", ".join(k for k in PARAMETERS if k != "corpus")
            raise InputError(path, f"unknown parameter {key!r} (corpus comes from --corpus); expected {allowed}")
        if not isinstance(value, PARAMETERS[key]):
            raise InputError(path, f"parameter {key!r} must be a {PARAMETERS[key].__name__}, got {value!r}")
    for key in ("start_date", "end_date"):
        value = params.get(key, "")
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise InputError(path, f"parameter {key!r} must be an ISO date (YYYY-MM-DD) or empty, got {value!r}")
    if params.get("min_date_precision", "year") not in PRECISIONS:
        raise InputError(path, f"parameter 'min_date_precision' must be one of {', '.join(PRECISIONS)}")
    notebooks = data.get("notebooks", "all")
    if notebooks in (None, "all"):
        chosen = None
    elif isinstance(notebooks, list) and all(isinstance(n, str) for n in notebooks):
        chosen = tuple(notebooks)
    else:
        raise InputError(path, "'notebooks' must be 'all' or a list of notebook names")
    briefing = data.get("briefing")
    if not isinstance(briefing, str) or not briefing:
        raise InputError(path, "'briefing' must name the notebook printed to briefing.pdf (e.g. 00_corpus)")
    timeout = data.get("cell_timeout", 600)
    if not isinstance(timeout, int) or timeout <= 0:
        raise InputError(path, "'cell_timeout' must be a positive number of seconds")
    return Profile(
        name=path.stem,
        path=path,
        title=str(data.get("title") or "sahel-brief report"),
        lede=str(data.get("lede") or ""),
        briefing=briefing.removesuffix(".ipynb"),
        notebooks=chosen,
        parameters=dict(params),
        cell_timeout=timeout,
    )


# --------------------------------------------------------------------------------------------
# Hashing


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _visible_files(root: Path, pattern: str = "**/*") -> list[Path]:
    """Files under ``root`` matching ``pattern``, skipping hidden parts and caches, sorted."""
    if not root.is_dir():
        return []
    out = []
    for p in root.glob(pattern):
        rel = p.relative_to(root).parts
        if any(part.startswith(".") or part == "__pycache__" for part in rel) or not p.is_file():
            continue
        out.append(p)
    return sorted(out)


def tree_hash(root: Path, pattern: str = "**/*") -> str:
    """SHA-256 over the relative paths and contents of the visible files under ``root``."""
    h = hashlib.sha256()
    for p in _visible_files(root, pattern):
        h.update(p.relative_to(root).as_posix().encode("utf-8") + b"\0" + _file_sha(p).encode() + b"\n")
    return h.hexdigest()


#: Modules of the build itself: the notebooks never import them, so editing them re-renders
#: (the templates are hashed separately) but does not re-execute anything.
BUILD_MODULES = ("report.py", "bench.py")


def source_hash() -> str:
    """Hash of the analysis package's ``*.py`` the notebooks and the coder may import."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in _visible_files(root, "**/*.py"):
        rel = p.relative_to(root).as_posix()
        if rel not in BUILD_MODULES:
            h.update(rel.encode("utf-8") + b"\0" + _file_sha(p).encode() + b"\n")
    return h.hexdigest()


def _json_key(obj: Any) -> str:
    return _sha(json.dumps(obj, sort_keys=True, default=str).encode("utf-8"))


def cached_corpus_hash(corpus_dir: Path, stamps: Path) -> str:
    """:func:`compute_corpus_hash`, remembered in ``stamps/`` against the files' size and mtime.

    Importing :mod:`analysis.corpus` (pandas, pandera) costs seconds; a no-op build must not.
    When any file's size or mtime differs (e.g. a fresh clone) the real hash is recomputed;
    the cache only ever saves time, the value is always analysis.corpus's.
    """
    h = hashlib.sha256()
    for p in [corpus_dir / "manifest.csv", *_visible_files(corpus_dir / "articles")]:
        try:
            st = p.stat()
        except OSError:
            continue
        h.update(f"{p.relative_to(corpus_dir).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    stat_key = h.hexdigest()
    cache = stamps / f"corpus-{paths.corpus_slug(corpus_dir)}.json"
    cached = _read_json(cache)
    if cached.get("stat_key") == stat_key and cached.get("hash"):
        return str(cached["hash"])
    value = compute_corpus_hash(corpus_dir)
    stamps.mkdir(parents=True, exist_ok=True)
    _write_json(cache, {"stat_key": stat_key, "hash": value, "corpus": str(corpus_dir)})
    return value


def compute_corpus_hash(corpus_dir: Path) -> str:
    """The corpus hash from :func:`analysis.corpus.corpus_hash` (helper A's definition).

    Until that module is in the tree, a hash of the manifest and article files stands in, so
    the report can be built; it is marked ``files:`` so nobody mistakes it for the real one.
    """
    try:
        from analysis.corpus import corpus_hash  # type: ignore[attr-defined]
    except ImportError:
        return "files:" + tree_hash(corpus_dir)
    return str(corpus_hash(corpus_dir))


# --------------------------------------------------------------------------------------------
# Provenance


def git_commit(root: Path = paths.ROOT) -> str:
    """Short commit hash of ``root``, ``+dirty`` when the working tree has changes; ``no git``."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=10", "HEAD"],
                              capture_output=True, text=True, timeout=10)
        if head.returncode != 0:
            return "no git"
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain"],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "no git"
    dirty = "+dirty" if status.returncode == 0 and status.stdout.strip() else ""
    return head.stdout.strip() + dirty


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def corpus_facts(corpus_dir: Path) -> tuple[int, int, str]:
    """(articles, outlets, publication period) read from the manifest, for the title page."""
    manifest = corpus_dir / "manifest.csv"
    rows: list[dict[str, str]] = []
    try:
        with open(manifest, newline="", encoding="utf-8-sig", errors="replace") as fh:
            rows = list(csv.DictReader(fh))
    except OSError:
        pass
    dates = sorted(r.get("published", "").strip() for r in rows
                   if re.fullmatch(r"\d{4}-\d{2}-\d{2}", (r.get("published") or "").strip()))
    outlets = {(r.get("outlet") or "").strip() for r in rows} - {""}
    period = f"articles published {dates[0]} to {dates[-1]}" if dates else "publication dates not stated"
    return len(rows), len(outlets), period


# --------------------------------------------------------------------------------------------
# Notebooks


@dataclass
class Page:
    """One notebook of the report and what the build knows about it."""

    name: str  # e.g. 00_corpus
    source: Path
    title: str = ""
    purpose: str = ""
    exec_key: str = ""
    render_key: str = ""
    executed: bool = False
    meta: dict[str, Any] = field(default_factory=dict)  # provenance of its execution

    @property
    def number(self) -> str:
        return self.name[:2]

    @property
    def file(self) -> str:
        return f"{self.name}.html"


def discover(notebooks_dir: Path, profile: Profile) -> list[Page]:
    """The report's notebooks, in order: ``NN_*.ipynb`` (or the profile's list)."""
    found = {p.stem: p for p in sorted(notebooks_dir.glob(NOTEBOOK_GLOB))}
    if profile.notebooks is None:
        names = list(found)
    else:
        missing = [n for n in profile.notebooks if n.removesuffix(".ipynb") not in found]
        if missing:
            raise InputError(profile.path, f"notebook(s) not found in {paths.display(notebooks_dir)}: {', '.join(missing)}")
        names = [n.removesuffix(".ipynb") for n in profile.notebooks]
    if not names:
        raise InputError(notebooks_dir, f"no notebooks matching {NOTEBOOK_GLOB}")
    if profile.briefing not in names:
        raise InputError(profile.path, f"briefing notebook {profile.briefing!r} is not among the notebooks ({', '.join(names)})")
    return [Page(name=n, source=found[n]) for n in names]


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _plain(md: str) -> str:
    """Markdown inline text to plain text (titles and purposes are shown escaped)."""
    text = _MD_LINK.sub(r"\1", md)
    return re.sub(r"[*_`]", "", text).strip()


def title_and_purpose(nb: Any, fallback: str) -> tuple[str, str]:
    """The first markdown cell's ``# NN · Title`` (number dropped) and its first prose line."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = [ln.strip() for ln in cell.source.splitlines()]
        title, purpose = fallback, ""
        for i, ln in enumerate(lines):
            if ln.startswith("# "):
                title = re.sub(r"^\d{2}\s*[·.:\-–—]\s*", "", _plain(ln[2:])) or fallback
                rest = lines[i + 1:]
                break
        else:
            rest = lines
        # The purpose is the first paragraph after the title (it may wrap over several lines).
        para: list[str] = []
        for ln in rest:
            if not ln or ln.startswith("#") or re.match(r"^[*_]*(inputs|outputs)\b", ln, re.I):
                if para:
                    break
                continue
            para.append(ln)
        purpose = _plain(" ".join(para))
        return title, purpose
    return fallback, ""


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)


def _failure_message(page: Page, exc: Exception, executed_path: Path) -> str:
    """One line: notebook, cell (index in the source notebook and first line), exception."""
    import nbformat

    cell_index = getattr(exc, "cell_index", None)
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = _strip_ansi(str(getattr(exc, "evalue", exc))).strip().splitlines()
    evalue = evalue[-1] if evalue else ""
    source_line, shown_index = "", cell_index
    try:
        executed = nbformat.read(executed_path, as_version=4)
        # The cell that holds the error output is the one that failed (papermill's own index
        # is not always that cell's position once the parameters cell is injected).
        cell = next((c for c in executed.cells if c.cell_type == "code"
                     and any(o.get("output_type") == "error" for o in c.get("outputs", []))), None)
        if cell is None and cell_index is not None and cell_index < len(executed.cells):
            cell = executed.cells[cell_index]
        if cell is not None:
            source_line = next((ln.strip() for ln in cell.source.splitlines() if ln.strip()), "")
            original = nbformat.read(page.source, as_version=4)
            ids = [c.get("id") for c in original.cells]
            if cell.get("id") in ids:
                shown_index = ids.index(cell.get("id"))
    except Exception:  # the message must come out even if the failed copy is unreadable
        pass
    where = f"cell {shown_index}" if shown_index is not None else "a cell"
    if source_line:
        where += f" ({source_line[:80]!s})"
    kept = paths.display(executed_path) if executed_path.exists() else ""
    tail = f" [executed copy: {kept}]" if kept else ""
    return f"notebook {page.name} failed at {where}: {ename}: {evalue}{tail}"


def execute(page: Page, dest: Path, parameters: dict[str, Any], notebooks_dir: Path,
            timeout: int, failed_dir: Path) -> float:
    """Run ``page`` with papermill into ``dest``; raise :class:`ReportError` with one line."""
    import logging

    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    logging.getLogger("papermill").setLevel(logging.ERROR)
    start = time.perf_counter()
    saved = _set_env(KERNEL_ENV)  # the kernel inherits this process's environment
    try:
        pm.execute_notebook(
            str(page.source), str(dest), parameters=parameters, kernel_name=KERNEL,
            cwd=str(notebooks_dir), progress_bar=False, log_output=False,
            request_save_on_cell_execute=False, execution_timeout=timeout,
            # The kernel's own log (e.g. ipykernel's "running over TCP" notice) is noise on the
            # build's terminal; cell outputs and errors are unaffected.
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
    except PapermillExecutionError as exc:
        failed_dir.mkdir(parents=True, exist_ok=True)
        kept = failed_dir / dest.name
        if dest.exists():
            os.replace(dest, kept)
        raise ReportError(_failure_message(page, exc, kept)) from None
    except Exception as exc:  # kernel missing, died, timed out: still one line
        name = type(exc).__name__
        hint = " (run `make setup` to register the kernel)" if name == "NoSuchKernel" else ""
        msg = _strip_ansi(str(exc)).strip().splitlines()
        raise ReportError(f"notebook {page.name} could not be executed: {name}: {msg[-1] if msg else ''}{hint}") from None
    finally:
        _restore_env(saved)
    return time.perf_counter() - start


#: Environment of the kernels. The Makefile exports MPLBACKEND=Agg for scripts and tests, but a
#: kernel under Agg shows no figure at all: notebooks need the inline backend.
KERNEL_ENV = {
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "PYTHONHASHSEED": "0",
    "JUPYTER_PLATFORM_DIRS": "1",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}


def _set_env(values: dict[str, str]) -> dict[str, str | None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    return saved


def _restore_env(saved: dict[str, str | None]) -> None:
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


# --------------------------------------------------------------------------------------------
# Rendering


_HEADING = re.compile(r"<h([23])\b[^>]*\bid=\"([^\"]+)\"[^>]*>(.*?)</h\1>", re.S | re.I)


def headings(body: str) -> list[dict[str, Any]]:
    """Level-2/3 headings of a rendered page, for the table of contents."""
    toc = []
    for level, hid, inner in _HEADING.findall(body):
        inner = re.sub(r"<a\b[^>]*class=\"anchor-link\"[^>]*>.*?</a>", "", inner, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        if text:
            toc.append({"level": int(level), "id": html.unescape(hid), "text": text})
    return toc


def _toc_html(toc: list[dict[str, Any]]) -> str:
    if not toc:
        return '<p class="empty">No sections.</p>'
    items = "".join(
        f'<li class="lvl{t["level"]}"><a href="#{html.escape(t["id"])}">{html.escape(t["text"])}</a></li>' for t in toc
    )
    return f"<ol>{items}</ol>"


def _exporter():
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    cfg = Config()
    cfg.TemplateExporter.exclude_input = True
    cfg.TemplateExporter.exclude_input_prompt = True
    cfg.TemplateExporter.exclude_output_prompt = True
    cfg.TagRemovePreprocessor.enabled = True
    cfg.TagRemovePreprocessor.remove_cell_tags = ("remove-cell", "remove_cell", "hide")
    cfg.TagRemovePreprocessor.remove_all_outputs_tags = ("remove-output", "remove_output", "hide-output")
    return HTMLExporter(config=cfg, template_name="sahel", extra_template_basedirs=[str(TEMPLATES)])


def _prov_items(parameters: dict[str, Any]) -> list[tuple[str, str]]:
    items = []
    for k in PARAMETERS:
        if k in parameters:
            v = parameters[k]
            if k == "corpus":
                v = paths.display(Path(v))
            items.append((k, json.dumps(v) if isinstance(v, str) else str(v).lower()))
    return items


def render_page(exporter: Any, nb: Any, page: Page, site: dict[str, Any], nav: dict[str, Any],
                mode: str = "screen") -> str:
    """HTML of one executed notebook, with table of contents and provenance."""
    css = (TEMPLATES / ("site.css" if mode == "screen" else "print.css")).read_text(encoding="utf-8")
    prov = {
        "commit": page.meta.get("commit", "unknown"),
        "corpus_hash": page.meta.get("corpus_hash", ""),
        "date": page.meta.get("date", ""),
        "seconds": page.meta.get("seconds", ""),
        "parameters": _prov_items(page.meta.get("parameters", {})),
    }
    if mode == "print":
        nb = _without_title_cell(nb)
        body, _ = exporter.from_notebook_node(nb, resources={"sahel": {
            "mode": "print", "css": css, "page": _page_dict(page), "site": site, "nav": nav,
            "prov": prov, "toc": []}})
        toc = headings(body)
        body, _ = exporter.from_notebook_node(nb, resources={"sahel": {
            "mode": "print", "css": css, "page": _page_dict(page), "site": site, "nav": nav,
            "prov": prov, "toc": toc}})
        return body
    body, _ = exporter.from_notebook_node(nb, resources={"sahel": {
        "mode": "screen", "css": css, "page": _page_dict(page), "site": site, "nav": nav, "prov": prov}})
    article = body.split('<article class="notebook">', 1)[-1]
    return body.replace("<!--sahel:toc-->", _toc_html(headings(article)), 1)


def _page_dict(page: Page) -> dict[str, Any]:
    return {"name": page.name, "file": page.file, "number": page.number, "title": page.title,
            "purpose": page.purpose, "date": page.meta.get("date", ""), "seconds": page.meta.get("seconds", ""),
            "commit": page.meta.get("commit", "")}


def _without_title_cell(nb: Any) -> Any:
    """The briefing without its opening title cell: the title page says it."""
    import copy

    nb = copy.deepcopy(nb)
    if nb.cells and nb.cells[0].cell_type == "markdown" and nb.cells[0].source.lstrip().startswith("# "):
        nb.cells = nb.cells[1:]
    return nb


def render_landing(site: dict[str, Any], prov: dict[str, Any]) -> str:
    """``index.html``: every page with its one-line purpose, the PDF link and the provenance."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)
    css = (TEMPLATES / "site.css").read_text(encoding="utf-8")
    return env.get_template("landing.html.j2").render(site=site, prov=prov, css=css)


def write_pdf(html_text: str, dest: Path) -> int:
    """Print ``html_text`` to ``dest`` with WeasyPrint; returns the number of pages."""
    import logging

    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    document = weasyprint.HTML(string=html_text, base_url=str(dest.parent)).render()
    document.write_pdf(str(dest))
    return len(document.pages)


# --------------------------------------------------------------------------------------------
# Files


def _link_or_copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return rc == 0


def replace_dir(new: Path, dest: Path) -> None:
    """Put directory ``new`` at ``dest``, replacing what is there, without a half state."""
    if dest.exists() and _exchange(new, dest):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now holds the old tree
        return
    old = dest.with_name(f".tmp-old-{dest.name}-{os.getpid()}")
    if dest.exists():
        os.replace(dest, old)
    os.replace(new, dest)
    shutil.rmtree(old, ignore_errors=True)


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _clean_stale_tmp(out_root: Path) -> None:
    """Remove build folders left by killed builds (their process is gone)."""
    for d in [*out_root.glob(".tmp-build-*"), *out_root.glob(".tmp-old-*")]:
        pid = d.name.rsplit("-", 1)[-1]
        alive = False
        if pid.isdigit():
            try:
                os.kill(int(pid), 0)
                alive = int(pid) != os.getpid()
            except OSError:
                alive = False
        if not alive:
            shutil.rmtree(d, ignore_errors=True)


@contextlib.contextmanager
def _step(what: str):
    """Turn any failure inside a rendering step into a one-line :class:`ReportError`."""
    try:
        yield
    except (ReportError, InputError, KeyboardInterrupt):
        raise
    except Exception as exc:
        _say(" failed")
        msg = _strip_ansi(str(exc)).strip().splitlines()
        raise ReportError(f"{what} failed: {type(exc).__name__}: {msg[-1] if msg else ''}") from None


def _say(msg: str, end: str = "\n") -> None:
    print(msg, end=end, flush=True)


# --------------------------------------------------------------------------------------------
# The coder step


def ensure_coded(corpus_dir: Path, corpus_hash: str, code_inputs: str, force: bool = False) -> str:
    """Code the corpus into ``paths.processed_dir(corpus)`` unless its inputs are unchanged.

    Returns ``"coded"``, ``"up to date"`` or ``"unavailable"`` (the coder is not in the tree).
    """
    if importlib.util.find_spec("analysis.coding.pipeline") is None:
        _say("==> coding skipped: analysis.coding.pipeline is not in the tree yet "
             "(notebooks that read the event tables will fail)")
        return "unavailable"
    out = paths.processed_dir(corpus_dir)
    stamp = out / CODER_STAMP
    key = _json_key({"corpus": corpus_hash, "inputs": code_inputs, "format": BUILD_FORMAT})
    if not force and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == key:
        _say(f"==> coding {paths.display(corpus_dir)}: up to date")
        return "up to date"
    try:
        from analysis.coding.pipeline import code_corpus  # type: ignore[import-not-found]
    except ImportError as exc:
        # A coder that is present but cannot be imported is reported, not hidden; the notebooks
        # that need its tables then fail with their own message.
        _say(f"==> coding skipped: analysis.coding.pipeline cannot be imported ({type(exc).__name__}: {exc})")
        return "unavailable"

    _say(f"==> coding {paths.display(corpus_dir)} into {paths.display(out)} ...", end="")
    start = time.perf_counter()
    if stamp.exists():
        stamp.unlink()
    out.mkdir(parents=True, exist_ok=True)
    try:
        import inspect

        quiet = {"quiet": True} if "quiet" in inspect.signature(code_corpus).parameters else {}
        code_corpus(corpus_dir, out, **quiet)
    except InputError:
        _say(" failed")
        raise
    except Exception as exc:
        _say(" failed")
        msg = _strip_ansi(str(exc)).strip().splitlines()
        raise ReportError(f"coding {paths.display(corpus_dir)} failed: {type(exc).__name__}: {msg[-1] if msg else ''}") from None
    tmp = stamp.with_name(stamp.name + ".tmp")
    tmp.write_text(key + "\n", encoding="utf-8")
    os.replace(tmp, stamp)
    _say(f" {time.perf_counter() - start:.1f} s")
    return "coded"


# --------------------------------------------------------------------------------------------
# The build


@dataclass
class BuildResult:
    """What a build did (for tests and the benchmark)."""

    out_root: Path
    pages: list[Page]
    executed: list[str]
    rendered: list[str]
    pdf_rendered: bool
    up_to_date: bool
    seconds: float
    timings: dict[str, float]  # notebook -> execution seconds (of the run that produced it)


def build_report(corpus: str | Path | None = None, profile: str | Path = "full",
                 out_root: str | Path | None = None, notebooks_dir: str | Path | None = None,
                 force: bool = False) -> BuildResult:
    """Build the report for ``corpus`` into ``out_root`` (default ``report/``).

    ``out_root`` receives ``build/``, ``html/`` and ``briefing.pdf``; tests pass a temporary
    folder. Raises :class:`InputError` for bad input and :class:`ReportError` when a step fails;
    in both cases nothing under ``out_root`` changed except ``.tmp-failed/``.
    """
    t0 = time.perf_counter()
    prof = load_profile(profile)
    corpus_dir = Path(corpus).resolve() if corpus else paths.DEFAULT_CORPUS.resolve()
    if not (corpus_dir / "manifest.csv").is_file():
        raise InputError(corpus_dir, "not a corpus folder (no manifest.csv)")
    out = Path(out_root).resolve() if out_root else paths.REPORT
    nb_dir = Path(notebooks_dir).resolve() if notebooks_dir else paths.NOTEBOOKS
    pages = discover(nb_dir, prof)
    out.mkdir(parents=True, exist_ok=True)
    _clean_stale_tmp(out)

    chash = cached_corpus_hash(corpus_dir, out / ".stamps")
    src_hash = source_hash()
    ref_hash = _json_key([tree_hash(paths.REFERENCE), tree_hash(paths.REVIEWED)])
    coder = ensure_coded(corpus_dir, chash, _json_key([src_hash, ref_hash]), force=force)
    tables = paths.processed_dir(corpus_dir)
    tables_hash = tree_hash(tables) if coder != "unavailable" else "none"
    tmpl_hash = tree_hash(TEMPLATES)
    parameters = {**{k: v for k, v in prof.parameters.items()}, "corpus": str(corpus_dir)}

    for page in pages:
        page.exec_key = _json_key({
            "format": BUILD_FORMAT, "notebook": _file_sha(page.source), "parameters": parameters,
            "corpus": chash, "tables": tables_hash, "src": src_hash, "reference": ref_hash,
            "kernel": KERNEL, "timeout": prof.cell_timeout,
        })
    pdf_name = "briefing.pdf"
    site_key = _json_key({"pages": [(p.name, p.exec_key) for p in pages], "templates": tmpl_hash,
                          "profile": [prof.title, prof.lede, prof.briefing], "format": BUILD_FORMAT})

    old_build = _read_json(out / "build" / MANIFEST)
    old_html = _read_json(out / "html" / MANIFEST)
    complete = (out / pdf_name).is_file() and (out / "html" / "index.html").is_file() and all(
        (out / "build" / f"{p.name}.ipynb").is_file() and (out / "html" / p.file).is_file() for p in pages)
    if not force and complete and old_html.get("site_key") == site_key:
        _say(f"==> report up to date: {len(pages)} page(s) and {pdf_name} in {paths.display(out)}")
        timings = {p.name: float(old_build.get("pages", {}).get(p.name, {}).get("meta", {}).get("seconds", 0.0)) for p in pages}
        return BuildResult(out, pages, [], [], False, True, time.perf_counter() - t0, timings)

    import nbformat

    tmp = out / f".tmp-build-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "build").mkdir(parents=True)
    (tmp / "html").mkdir(parents=True)
    failed_dir = out / ".tmp-failed"
    commit = git_commit()
    try:
        # 1. execute
        old_pages = old_build.get("pages", {})
        for page in pages:
            dest = tmp / "build" / f"{page.name}.ipynb"
            prev = old_pages.get(page.name, {})
            old_nb = out / "build" / f"{page.name}.ipynb"
            if not force and prev.get("exec_key") == page.exec_key and old_nb.is_file():
                _link_or_copy(old_nb, dest)
                page.meta = dict(prev.get("meta", {}))
                _say(f"==> {page.name}: up to date")
                continue
            _say(f"==> running {page.name} ...", end="")
            try:
                seconds = execute(page, dest, parameters, nb_dir, prof.cell_timeout, failed_dir)
            except ReportError:
                _say(" failed")
                raise
            _say(f" {seconds:.1f} s")
            page.executed = True
            page.meta = {"commit": commit, "corpus_hash": chash, "date": _now(), "seconds": f"{seconds:.1f}",
                         "parameters": parameters, "profile": prof.name}
            nb = nbformat.read(dest, as_version=4)
            nb.metadata["sahel_brief"] = {**page.meta, "exec_key": page.exec_key}
            nbformat.write(nb, dest)

        # 2. render HTML
        n_articles, n_outlets, period = corpus_facts(corpus_dir)
        notebooks_cache: dict[str, Any] = {}
        for page in pages:
            nb = nbformat.read(tmp / "build" / f"{page.name}.ipynb", as_version=4)
            notebooks_cache[page.name] = nb
            page.title, page.purpose = title_and_purpose(nb, page.name)
        corpus_label = (f"{paths.display(corpus_dir)} ({n_articles} articles from {n_outlets} outlet"
                        f"{'s' if n_outlets != 1 else ''})")
        site = {
            "title": prof.title, "lede": prof.lede, "profile": prof.name, "pdf": f"../{pdf_name}",
            "corpus_label": corpus_label, "period": _period_label(period, prof.parameters),
            "pages": [_page_dict(p) for p in pages],
        }
        exporter = None
        rendered = []
        old_render = old_html.get("pages", {})
        for i, page in enumerate(pages):
            nav = {"prev": _page_dict(pages[i - 1]) if i > 0 else None,
                   "next": _page_dict(pages[i + 1]) if i + 1 < len(pages) else None}
            # Only what this page shows of the others (titles, files) goes into its key, so a
            # re-executed neighbour does not re-render every page.
            shown_site = {**site, "pages": [(p["file"], p["number"], p["title"]) for p in site["pages"]]}
            shown_nav = {k: v and (v["file"], v["title"]) for k, v in nav.items()}
            page.render_key = _json_key({"exec": page.exec_key, "templates": tmpl_hash, "site": shown_site,
                                         "nav": shown_nav, "format": BUILD_FORMAT})
            old_page = out / "html" / page.file
            if not force and old_render.get(page.name) == page.render_key and old_page.is_file():
                _link_or_copy(old_page, tmp / "html" / page.file)
                continue
            if exporter is None:
                _say("==> rendering HTML", end="")
                exporter = _exporter()
            _say(f" {page.name}", end="")
            with _step(f"rendering {page.name} to HTML"):
                text = render_page(exporter, notebooks_cache[page.name], page, site, nav)
            (tmp / "html" / page.file).write_text(text, encoding="utf-8")
            rendered.append(page.name)
        if exporter is not None:
            _say("")
        build_prov = {"commit": commit, "corpus_hash": chash, "date": _now(),
                      "parameters": _prov_items(parameters)}
        (tmp / "html" / "index.html").write_text(render_landing(site, build_prov), encoding="utf-8")

        # 3. the briefing PDF
        briefing = next(p for p in pages if p.name == prof.briefing)
        pdf_key = _json_key({"render": briefing.render_key, "templates": tmpl_hash})
        pdf_rendered = False
        if force or old_html.get("pdf_key") != pdf_key or not (out / pdf_name).is_file():
            _say(f"==> printing {prof.briefing} to {pdf_name} ...", end="")
            start = time.perf_counter()
            exporter = exporter or _exporter()
            with _step(f"rendering {prof.briefing} for print"):
                print_html = render_page(exporter, notebooks_cache[briefing.name], briefing, site, {}, mode="print")
            with _step(f"printing {prof.briefing} to {pdf_name}"):
                n_pages = write_pdf(print_html, tmp / pdf_name)
            _say(f" {n_pages} pages, {time.perf_counter() - start:.1f} s")
            pdf_rendered = True

        # 4. move into place: build/, then the PDF, then html/ whose manifest vouches for both
        _write_json(tmp / "build" / MANIFEST, {"pages": {p.name: {"exec_key": p.exec_key, "meta": p.meta} for p in pages}})
        _write_json(tmp / "html" / MANIFEST, {"site_key": site_key, "pdf_key": pdf_key,
                                               "pages": {p.name: p.render_key for p in pages}})
        replace_dir(tmp / "build", out / "build")
        if pdf_rendered:
            os.replace(tmp / pdf_name, out / pdf_name)
        replace_dir(tmp / "html", out / "html")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(failed_dir, ignore_errors=True)
    seconds = time.perf_counter() - t0
    executed = [p.name for p in pages if p.executed]
    _say(f"==> report written to {paths.display(out / 'html' / 'index.html')} and {paths.display(out / pdf_name)}"
         f" ({len(executed)} notebook(s) executed, {seconds:.1f} s)")
    timings = {p.name: float(p.meta.get("seconds", 0.0)) for p in pages}
    return BuildResult(out, pages, executed, rendered, pdf_rendered, False, seconds, timings)


def _period_label(period: str, params: dict[str, Any]) -> str:
    start, end = params.get("start_date", ""), params.get("end_date", "")
    if start or end:
        return f"events from {start or 'the first'} to {end or 'the last'}; {period}"
    return period


# --------------------------------------------------------------------------------------------
# Command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m analysis report``."""
    parser.add_argument("--corpus", default=None,
                        help="corpus folder (manifest.csv + articles/); default: data/raw")
    parser.add_argument("--profile", default="full",
                        help="parameter profile: a name in report/params/ (full, fast) or a YAML file")
    parser.add_argument("--out", default=None, help="output root for build/, html/ and briefing.pdf; default: report/")
    parser.add_argument("--notebooks", default=None, help="notebook folder; default: notebooks/")
    parser.add_argument("--force", action="store_true", help="ignore every stamp: re-code, re-execute, re-render")


def run(args: argparse.Namespace) -> int:
    """Build the report; a failed step prints one ``error:`` line and returns 1."""
    try:
        build_report(corpus=args.corpus, profile=args.profile, out_root=args.out,
                     notebooks_dir=args.notebooks, force=args.force)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
