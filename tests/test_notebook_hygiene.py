"""Notebook hygiene: every committed notebook is clean, paired, and shaped the same way.

- committed without outputs or execution counts (outputs belong in report/build/);
- paired with jupytext (``jupytext.toml``: ipynb + py:percent) and the pair in sync;
- opens with a title markdown cell ``# NN · Title``;
- has exactly one cell tagged ``parameters``, declaring the project's parameter set;
- runs on the project kernel ``sahel-brief``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jupytext
import nbformat
import pytest

from analysis import paths
from analysis.report import NOTEBOOK_GLOB, PARAMETERS

IPYNBS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
PYS = sorted(p for p in paths.NOTEBOOKS.glob("*.py"))


def _ids(files):
    return [f.name for f in files]


def test_jupytext_config_pairs_ipynb_with_py_percent():
    text = (paths.ROOT / "jupytext.toml").read_text(encoding="utf-8")
    assert 'formats = "ipynb,py:percent"' in text


def test_every_numbered_notebook_is_in_the_report_glob():
    # A notebook named otherwise would silently be left out of `make report`.
    stray = [p.name for p in IPYNBS if not p.match(NOTEBOOK_GLOB)]
    assert stray == [], f"notebooks not matching {NOTEBOOK_GLOB}: {stray}"


def dirty_cells(nb) -> list[int]:
    """Indices of code cells that carry outputs or an execution count."""
    return [i for i, c in enumerate(nb.cells)
            if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count") is not None)]


def pair_in_sync(ipynb: Path, py: Path) -> bool:
    """Same cells (type, source, tags) in the .ipynb and its py:percent twin."""

    def cells(nb):
        return [(c.cell_type, c.source.strip(), tuple(c.metadata.get("tags", ()))) for c in nb.cells]

    return cells(nbformat.read(ipynb, as_version=4)) == cells(jupytext.read(py))


@pytest.mark.parametrize("path", IPYNBS, ids=_ids(IPYNBS))
def test_committed_without_outputs(path: Path):
    dirty = dirty_cells(nbformat.read(path, as_version=4))
    assert dirty == [], (f"{path.name}: cells {dirty} carry outputs or execution counts; "
                         f"clear them (jupytext --to ipynb --update {path.with_suffix('.py').name})")


@pytest.mark.parametrize("path", IPYNBS, ids=_ids(IPYNBS))
def test_pair_exists_and_is_in_sync(path: Path):
    py = path.with_suffix(".py")
    assert py.is_file(), f"{path.name} has no py:percent twin {py.name}"
    assert pair_in_sync(path, py), f"{path.name} and {py.name} differ: run `jupytext --sync {py}`"


def test_the_checks_catch_outputs_and_drift(tmp_path: Path):
    # The checks above must be able to fail: an executed notebook and an edited twin.
    py = tmp_path / "00_x.py"
    py.write_text("# %% [markdown]\n# # 00 · X\n\n# %%\nprint(1)\n", encoding="utf-8")
    nb = jupytext.read(py)
    ipynb = tmp_path / "00_x.ipynb"
    nbformat.write(nb, ipynb)
    assert dirty_cells(nb) == [] and pair_in_sync(ipynb, py)
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    nb.cells[1].execution_count = 1
    assert dirty_cells(nb) == [1]
    py.write_text(py.read_text(encoding="utf-8").replace("print(1)", "print(2)"), encoding="utf-8")
    assert not pair_in_sync(ipynb, py)


@pytest.mark.parametrize("path", PYS, ids=_ids(PYS))
def test_every_py_notebook_has_its_ipynb(path: Path):
    assert path.with_suffix(".ipynb").is_file(), f"{path.name} has no .ipynb twin: jupytext --to ipynb {path}"


@pytest.mark.parametrize("path", IPYNBS, ids=_ids(IPYNBS))
def test_opens_with_a_title_cell(path: Path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0] if nb.cells else None
    assert first is not None and first.cell_type == "markdown", f"{path.name}: first cell must be markdown"
    title = first.source.lstrip().splitlines()[0]
    number = path.name[:2]
    assert title.startswith(f"# {number} "), f"{path.name}: first line should be '# {number} · Title', got {title!r}"


@pytest.mark.parametrize("path", IPYNBS, ids=_ids(IPYNBS))
def test_exactly_one_parameters_cell_with_the_shared_parameters(path: Path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: {len(tagged)} cells tagged 'parameters', expected exactly 1"
    tree = ast.parse(tagged[0].source)
    declared = {node.target.id: node.annotation.id for node in tree.body
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(node.annotation, ast.Name)}
    expected = {k: t.__name__ for k, t in PARAMETERS.items()}
    assert declared == expected, f"{path.name}: parameters {declared} != the shared set {expected}"


@pytest.mark.parametrize("path", IPYNBS, ids=_ids(IPYNBS))
def test_runs_on_the_project_kernel(path: Path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.get("kernelspec", {}).get("name") == "sahel-brief", f"{path.name}: kernelspec is not sahel-brief"
