"""The report build (analysis.report), end to end, into temporary output roots.

Two builds, each shared by its tests through a module-scoped fixture:

- ``site``: the project's notebooks on the fast profile, for a small corpus written here whose
  articles carry HTML/JS payloads: pages, PDF, provenance and escaping are checked on it.
- ``tiny``: two tiny notebooks of this module's own (no dependence on the analysis), to check
  that the build is incremental and that a failing notebook leaves the last report in place.

``report/`` of the project is never touched; tables coded for the temporary corpora are
removed from data/processed/ afterwards.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import time
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from analysis import paths
from analysis import report as rep
from analysis.__main__ import main as cli

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"

ARTICLES = [
    {"id": "2024-03-02_attack-village_testwire", "outlet": "Test Wire", "url": "https://example.org/a",
     "published": "2024-03-02", "title": f"Gunmen attack village {SCRIPT}",
     "text": ("Gunmen attack village in central Mali\n\n"
              "Gunmen on motorbikes attacked a village in the Mopti region of Mali on Friday, killing at "
              f"least 12 civilians, a local official said. {SCRIPT} The army said it had sent troops.\n\n"
              f"Residents said the attackers burned granaries {IMG} before leaving towards the border.\n")},
    {"id": "2024-05-10_convoy-ambush_otherdesk", "outlet": f"Other Desk {IMG}", "url": "",
     "published": "2024-05-10", "title": "Soldiers killed in convoy ambush",
     "text": ("Soldiers killed in convoy ambush\n\n"
              "Suspected jihadists ambushed an army convoy near Menaka in north-eastern Mali on Thursday, "
              "the army said, adding that five soldiers were killed and that 20 attackers died.\n")},
]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): _sha(p) for p in sorted(root.rglob("*")) if p.is_file()}


# ----------------------------------------------------------------------------------------------
# The real notebooks on a hostile little corpus


@pytest.fixture(scope="module")
def site(tmp_path_factory, corpus_writer):
    root = tmp_path_factory.mktemp("site")
    corpus = corpus_writer(root / "hostile-corpus", ARTICLES)
    out = root / "out"
    try:
        result = rep.build_report(corpus=corpus, profile="fast", out_root=out)
        yield {"corpus": corpus, "out": out, "result": result, "profile": rep.load_profile("fast")}
    finally:
        shutil.rmtree(paths.processed_dir(corpus), ignore_errors=True)


def test_every_page_and_the_pdf_exist(site):
    out = site["out"]
    names = [p.stem for p in sorted(paths.NOTEBOOKS.glob(rep.NOTEBOOK_GLOB))]
    assert names, "no notebooks in notebooks/"
    assert (out / "html" / "index.html").is_file()
    for name in names:
        assert (out / "html" / f"{name}.html").is_file(), name
        assert (out / "build" / f"{name}.ipynb").is_file(), name
    assert (out / "briefing.pdf").stat().st_size > 1000
    assert not list(out.glob(".tmp-*")), "temporary build folders left behind"


def test_landing_page_lists_every_page_with_its_purpose(site):
    index = (site["out"] / "html" / "index.html").read_text(encoding="utf-8")
    shown = rep.html.unescape(index)
    for page in site["result"].pages:
        assert f'href="{page.file}"' in index
        assert page.title and page.title in shown
        if page.purpose:
            assert page.purpose in shown
    assert 'href="../briefing.pdf"' in index


def test_pages_hide_code_and_have_toc_and_navigation(site):
    pages = site["result"].pages
    for i, page in enumerate(pages):
        text = (site["out"] / "html" / page.file).read_text(encoding="utf-8")
        assert 'class="toc"' in text and "<!--sahel:toc-->" not in text
        assert 'class="input_area"' not in text, f"{page.name}: code input rendered"
        if i + 1 < len(pages):
            assert f'href="{pages[i + 1].file}"' in text
        if i > 0:
            assert f'href="{pages[i - 1].file}"' in text


def test_provenance_on_every_page_and_the_pdf(site):
    commit = rep.git_commit().split("+")[0]
    chash = rep.compute_corpus_hash(site["corpus"])
    date = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")
    for f in sorted((site["out"] / "html").glob("*.html")):
        text = f.read_text(encoding="utf-8")
        assert commit in text, f"{f.name}: no commit"
        assert chash in text, f"{f.name}: no corpus hash"
        assert "min_date_precision=" in text and "include_background=" in text, f"{f.name}: no parameters"
        assert date.search(text), f"{f.name}: no build date"
    first = PdfReader(site["out"] / "briefing.pdf").pages[0].extract_text()
    assert commit in first and chash[:12] in first and date.search(first)


def test_pdf_reads_as_a_briefing(site):
    reader = PdfReader(site["out"] / "briefing.pdf")
    n = len(reader.pages)
    assert n >= 2
    first = " ".join(reader.pages[0].extract_text().split())
    briefing = next(p for p in site["result"].pages if p.name == site["profile"].briefing)
    assert briefing.title in first
    assert "Period" in first and "articles published 2024-03-02 to 2024-05-10" in first
    assert "hostile-corpus" in first and "2 articles from 2 outlets" in first
    second = " ".join(reader.pages[1].extract_text().split())
    assert f"Page 2 of {n}" in second
    assert briefing.title in second  # running header


def test_article_markup_is_escaped_never_rendered(site):
    texts = {f.name: f.read_text(encoding="utf-8") for f in (site["out"] / "html").glob("*.html")}
    for name, text in texts.items():
        assert re.search(r"<script\b", text, re.I) is None, f"{name}: a <script> element"
        assert re.search(r"<img\b[^>]*onerror", text, re.I) is None, f"{name}: an <img onerror>"
        assert SCRIPT not in text and IMG not in text, f"{name}: a payload as markup"
    shown = "".join(texts.values())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown, "the payload should appear, escaped, in some page"
    assert "default-src 'none'" in shown  # and no page would run a script even if one slipped through


# ----------------------------------------------------------------------------------------------
# Incremental and safe, on tiny notebooks

PARAMS = '''corpus: str = ""                  # corpus folder
start_date: str = ""              # ISO date
end_date: str = ""                # ISO date
admin1: str = "all"               # region
min_date_precision: str = "year"  # precision
include_background: bool = True   # background rows'''


def tiny_notebook(number: str, title: str, body: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "sahel-brief", "display_name": "Python (sahel-brief)", "language": "python"}
    params = nbformat.v4.new_code_cell(PARAMS)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {number} · {title}\nA tiny page for the build tests.\n\n**Inputs**: none."),
        params,
        nbformat.v4.new_markdown_cell("## Numbers"),
        nbformat.v4.new_code_cell(body),
    ]
    return nb


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, corpus_writer):
    root = tmp_path_factory.mktemp("tiny")
    nbdir = root / "notebooks"
    nbdir.mkdir()
    nbformat.write(tiny_notebook("00", "Alpha", "print(sum(range(5)))"), nbdir / "00_alpha.ipynb")
    nbformat.write(tiny_notebook("01", "Beta", "print('beta', 6 * 7)"), nbdir / "01_beta.ipynb")
    profile = root / "tiny.yaml"
    profile.write_text("title: Tiny\nbriefing: 00_alpha\ncell_timeout: 60\nparameters: {}\n", encoding="utf-8")
    corpus = corpus_writer(root / "corpus", ARTICLES[1:])
    out = root / "out"
    args = dict(corpus=corpus, profile=profile, out_root=out, notebooks_dir=nbdir)
    try:
        first = rep.build_report(**args)
        yield {"args": args, "out": out, "nbdir": nbdir, "first": first}
    finally:
        shutil.rmtree(paths.processed_dir(corpus), ignore_errors=True)


def test_first_build_executes_everything(tiny):
    assert tiny["first"].executed == ["00_alpha", "01_beta"]
    page = (tiny["out"] / "html" / "00_alpha.html").read_text(encoding="utf-8")
    assert "10" in page and "Alpha" in page


def test_second_build_executes_nothing_and_is_quick(tiny):
    before = _tree(tiny["out"])
    start = time.perf_counter()
    again = rep.build_report(**tiny["args"])
    assert again.up_to_date and again.executed == []
    assert time.perf_counter() - start < 5
    assert _tree(tiny["out"]) == before


def test_one_changed_notebook_reexecutes_only_it(tiny):
    nbdir, out = tiny["nbdir"], tiny["out"]
    alpha_html = _sha(out / "html" / "00_alpha.html")
    pdf = _sha(out / "briefing.pdf")
    nbformat.write(tiny_notebook("01", "Beta", "print('beta', 6 * 9)"), nbdir / "01_beta.ipynb")
    result = rep.build_report(**tiny["args"])
    assert result.executed == ["01_beta"]
    assert result.rendered == ["01_beta"] and not result.pdf_rendered  # 00_alpha is the briefing
    assert "beta 54" in (out / "html" / "01_beta.html").read_text(encoding="utf-8")
    assert _sha(out / "html" / "00_alpha.html") == alpha_html
    assert _sha(out / "briefing.pdf") == pdf


def test_a_failing_notebook_names_the_cell_and_keeps_the_last_report(tiny, capsys):
    nbdir, out = tiny["nbdir"], tiny["out"]
    before = {k: v for k, v in _tree(out).items() if not k.startswith(".tmp-failed/")}
    nbformat.write(tiny_notebook("01", "Beta", "ratio = 1 / 0\nprint(ratio)"), nbdir / "01_beta.ipynb")
    a = tiny["args"]
    status = cli(["report", "--corpus", str(a["corpus"]), "--profile", str(a["profile"]),
                  "--out", str(out), "--notebooks", str(nbdir)])
    err = capsys.readouterr().err
    assert status == 1
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("error: notebook 01_beta failed at cell 3 (ratio = 1 / 0)")
    assert "ZeroDivisionError: division by zero" in line
    assert "Traceback" not in err
    after = {k: v for k, v in _tree(out).items() if not k.startswith(".tmp-failed/")}
    assert after == before, "the last good report changed"
    assert not list(out.glob(".tmp-build-*"))
    assert (out / ".tmp-failed" / "01_beta.ipynb").is_file()  # kept for the analyst
