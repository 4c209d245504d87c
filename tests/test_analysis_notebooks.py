"""Notebooks 01-05 on the hand-made tables of tests/fixtures/tables: they run, show what they
should, and cope with an empty selection (a start_date after every event): a clear sentence,
no error, no figure.

The fixture tables are placed where the notebooks look for a corpus's tables
(``analysis.paths.processed_dir(corpus)``, for a one-article corpus in a temporary folder) and
removed afterwards. Executed with the report's own runner (:func:`analysis.report.execute`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from analysis import paths
from analysis import report as rep

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "fixtures" / "tables"
NOTEBOOKS = ["01_code_events", "02_trends", "03_actors", "04_foreign_involvement", "05_briefing"]
ARTICLE = "Gunmen attacked the camp at Sokolo on Wednesday. The army said 12 soldiers died; JNIM claimed 15.\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    (root / "articles").mkdir()
    (root / "manifest.csv").write_text("id,outlet,url,published,title\nart-a1,Voice of America,,2022-07-28,Camp attacked\n", encoding="utf-8")
    (root / "articles" / "art-a1.txt").write_text(ARTICLE, encoding="utf-8")
    out = paths.processed_dir(root)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("events", "claims", "mentions"):
        shutil.copy(FIXTURE / f"{name}.csv", out / f"{name}.csv")
    yield root
    shutil.rmtree(out, ignore_errors=True)


def _run(name: str, corpus: Path, tmp_path: Path, **params) -> nbformat.NotebookNode:
    base = {"corpus": str(corpus), "start_date": "", "end_date": "", "admin1": "all",
            "min_date_precision": "year", "include_background": True}
    page = rep.Page(name=name, source=paths.NOTEBOOKS / f"{name}.ipynb")
    dest = tmp_path / f"{name}.ipynb"
    try:
        rep.execute(page, dest, {**base, **params}, paths.NOTEBOOKS, 300, tmp_path / "failed")
    except rep.ReportError as exc:
        pytest.fail(str(exc), pytrace=False)
    return nbformat.read(dest, as_version=4)


def _outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_empty_selection(name, corpus, tmp_path):
    nb = _run(name, corpus, tmp_path, start_date="2030-01-01")
    outs = _outputs(nb)
    assert not [o for o in outs if o.output_type == "error"]
    images = [o for o in outs if "image/png" in o.get("data", {})]
    # 04 always shows the context timeline (reference data, not the selection); nothing else is drawn
    assert len(images) == (1 if name == "04_foreign_involvement" else 0), "an empty selection must not draw a chart"
    text = " ".join(o.get("data", {}).get("text/plain", "") for o in outs)
    assert "No events match the selection" in text


#: notebook -> (figures drawn on the full fixture, text its HTML must contain)
FULL = {
    "01_code_events": (0, ['<mark class="role-place"', ">Sokolo</mark>"]),
    "02_trends": (4, []),
    "03_actors": (4, []),
    "04_foreign_involvement": (3, []),
    "05_briefing": (4, ["The corpus records 9 events from 27 July 2022 to 25 August 2024",
                        "Kidal (Mali) is the deadliest region: 68 of the 182 deaths (37%)"]),
}


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_full_fixture(name, corpus, tmp_path):
    figures, texts = FULL[name]
    outs = _outputs(_run(name, corpus, tmp_path))
    assert not [o for o in outs if o.output_type == "error"]
    assert len([o for o in outs if "image/png" in o.get("data", {})]) == figures
    html = " ".join(o.get("data", {}).get("text/html", "") for o in outs)
    for text in texts:
        assert text in html
