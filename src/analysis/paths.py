"""Every path the project uses. Notebooks and modules ask this module; nothing else holds a literal path.

Layout (cookiecutter-data-science style):

- ``data/raw/``: the corpus the report is built from (read-only, with provenance).
- ``data/reference/``: gazetteer, boundaries, actor and trigger lexicons, context timeline.
- ``data/reviewed/review.yaml``: human corrections to coded events (never written by code).
- ``data/processed/<corpus>/``: disposable outputs rebuilt by code (event tables).
- ``report/``: parameters, build area, HTML site and the briefing PDF.

``SAHEL_BRIEF_ROOT`` overrides the project root (tests build reports in temporary folders).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

ROOT = Path(os.environ.get("SAHEL_BRIEF_ROOT", Path(__file__).resolve().parents[2])).resolve()

DATA = ROOT / "data"
RAW = DATA / "raw"
REFERENCE = DATA / "reference"
REVIEWED = DATA / "reviewed"
REVIEW_FILE = REVIEWED / "review.yaml"
PROCESSED = DATA / "processed"

NOTEBOOKS = ROOT / "notebooks"
REPORT = ROOT / "report"
PARAMS = REPORT / "params"
REPORT_BUILD = REPORT / "build"
REPORT_HTML = REPORT / "html"
BRIEFING_PDF = REPORT / "briefing.pdf"

#: Material shared with the team beside the repository (dev set, original reference data).
#: Only build scripts and evaluation read it; the package never needs it at run time.
SHARED = Path(os.environ.get("SAHEL_BRIEF_SHARED", ROOT.parent / "shared")).resolve()
DEVSET = SHARED / "devset"
SHARED_REFERENCE = SHARED / "reference"

DEFAULT_CORPUS = RAW


def params_file(profile: str) -> Path:
    """The YAML parameter profile ``report/params/<profile>.yaml``."""
    return PARAMS / f"{profile}.yaml"


def corpus_slug(corpus: str | Path) -> str:
    """A stable folder name for a corpus: its name plus a short hash of its resolved path.

    ``data/raw`` -> ``raw-1a2b3c4d``; two corpora with the same folder name never collide.
    """
    resolved = Path(corpus).resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", resolved.name).strip("-") or "corpus"
    return f"{name}-{digest}"


def processed_dir(corpus: str | Path = DEFAULT_CORPUS) -> Path:
    """Where the coded tables of ``corpus`` are written: ``data/processed/<slug>/``."""
    return PROCESSED / corpus_slug(corpus)


def display(path: str | Path) -> str:
    """``path`` as a reader should see it: relative to the project when it lies inside it or
    beside it (``data/raw``, ``../shared/devset``), absolute otherwise. Never used to open files."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(ROOT).as_posix()
    except ValueError:
        pass
    try:
        return "../" + resolved.relative_to(ROOT.parent).as_posix()
    except ValueError:
        return str(resolved)
