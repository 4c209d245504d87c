"""Every notebook executes end to end with papermill on the fast profile (project corpus).

The corpus is coded first, as ``make report`` does (analysis.report.ensure_coded), so the
notebooks find their tables through analysis.paths.processed_dir. Executed copies go to a
temporary folder; a failure shows the one-line message the report build would print.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from analysis import paths
from analysis import report as rep

pytestmark = pytest.mark.slow

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob(rep.NOTEBOOK_GLOB))


@pytest.fixture(scope="module")
def fast_parameters() -> dict:
    profile = rep.load_profile("fast")
    corpus = paths.DEFAULT_CORPUS.resolve()
    chash = rep.compute_corpus_hash(corpus)
    src = rep.source_hash()
    ref = rep._json_key([rep.tree_hash(paths.REFERENCE), rep.tree_hash(paths.REVIEWED)])
    rep.ensure_coded(corpus, chash, rep._json_key([src, ref]))
    return {**profile.parameters, "corpus": str(corpus), "_timeout": profile.cell_timeout}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_the_fast_profile(path: Path, tmp_path: Path, fast_parameters: dict):
    params = {k: v for k, v in fast_parameters.items() if not k.startswith("_")}
    page = rep.Page(name=path.stem, source=path)
    dest = tmp_path / path.name
    try:
        rep.execute(page, dest, params, paths.NOTEBOOKS, fast_parameters["_timeout"], tmp_path / "failed")
    except rep.ReportError as exc:
        pytest.fail(str(exc), pytrace=False)
    nb = nbformat.read(dest, as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    shown = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert shown, f"{path.stem} produced no output at all"
