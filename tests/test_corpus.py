"""Loading a corpus folder: the seed corpus, every bad input of the spec one by one, the CLI."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import tracemalloc
import types
import weakref
from datetime import date
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pytest

from analysis import corpus, paths
from analysis.__main__ import main
from analysis.corpus import (
    MANIFEST_SCHEMA,
    articles_table,
    corpus_hash,
    dates_table,
    iter_articles,
    load_corpus,
    load_manifest,
    outlet_counts,
    removals_table,
)
from analysis.errors import InputError

HEADER = "id,outlet,url,published,title"
PROSE = "Gunmen attacked a village in the north on Sunday, killing nine people, officials said.\n"


def make_corpus(root: Path, manifest: str, articles: dict[str, str | bytes] | None = None) -> Path:
    """A corpus folder under ``root``: manifest text and articles (id -> text or bytes)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "manifest.csv").write_text(manifest, encoding="utf-8")
    (root / "articles").mkdir(exist_ok=True)
    for article_id, body in (articles or {}).items():
        target = root / "articles" / f"{article_id}.txt"
        target.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return root


def good_rows() -> tuple[str, dict[str, str]]:
    manifest = f"{HEADER}\na1,Outlet A,https://example.org/a1,2024-05-02,First title\na2,Outlet B,,,Second title\n"
    return manifest, {"a1": PROSE, "a2": PROSE}


# ------------------------------------------------------------------------------ the seed corpus


def test_seed_corpus_loads_in_manifest_order_with_manifest_dates():
    articles = load_corpus(paths.RAW)
    manifest = pd.read_csv(paths.RAW / "manifest.csv", dtype=str, keep_default_na=False)
    assert [a.id for a in articles] == list(manifest["id"])
    assert [a.published for a in articles] == [date.fromisoformat(d) for d in manifest["published"]]
    assert {a.published_source for a in articles} == {"manifest"}
    assert [a.title for a in articles] == list(manifest["title"])
    assert all(a.text and a.raw_text and not a.warnings for a in articles)
    assert articles[0].path.endswith("2022-07-28_mopti-sokolo-kalumba_voa.txt")


def test_iter_articles_is_a_lazy_stream():
    stream = iter_articles(paths.RAW)
    assert not isinstance(stream, list)
    first = next(stream)
    assert first.id == "2022-07-28_mopti-sokolo-kalumba_voa"
    assert first.text.startswith("Mali's military government says coordinated insurgent attacks")


def test_manifest_schema_is_pandera_with_named_checks_and_extra_columns_allowed():
    assert isinstance(MANIFEST_SCHEMA, pa.DataFrameSchema)
    assert set(MANIFEST_SCHEMA.columns) == {"id", "outlet", "url", "published", "title"}
    names = {c.name for col in MANIFEST_SCHEMA.columns.values() for c in col.checks}
    assert {"id_present", "id_plain_name", "id_unique", "published_iso_date"} <= names
    assert all(c.error for col in MANIFEST_SCHEMA.columns.values() for c in col.checks)
    frame = load_manifest(paths.RAW)
    assert "published_basis" in frame.columns  # the seed's extra column survives
    assert list(frame["manifest_line"]) == [2, 3, 4, 5, 6]
    assert frame["published"].iloc[0] == date(2022, 7, 28)


def test_corpus_hash_is_stable_location_independent_and_content_sensitive(tmp_path):
    h = corpus_hash(paths.RAW)
    assert len(h) == 64 and h == corpus_hash(paths.RAW)
    copy = tmp_path / "copy"
    shutil.copytree(paths.RAW, copy)
    for f in copy.rglob("*"):
        f.chmod(0o644 if f.is_file() else 0o755)  # the seed files are read-only
    assert corpus_hash(copy) == h
    (copy / "README.md").write_text("not part of the corpus")
    assert corpus_hash(copy) == h
    target = copy / "articles" / "2022-08-10_tessit-mourning_voa.txt"
    target.write_bytes(target.read_bytes() + b" ")
    assert corpus_hash(copy) != h


def test_tables_for_the_notebook():
    articles = load_corpus(paths.RAW)
    table = articles_table(articles)
    assert list(table["id"]) == [a.id for a in articles]
    assert {"outlet", "published", "published_source", "title", "n_chars_raw", "n_chars_clean", "n_removed"} <= set(table.columns)
    assert (table["n_chars_clean"] <= table["n_chars_raw"]).all()
    assert list(table["n_removed"]) == [4, 0, 2, 3, 8]  # counted by hand in test_cleaning
    removals = removals_table(articles)
    assert list(removals.columns) == ["article_id", "line", "reason", "text"]
    assert len(removals) == 17
    assert removals.iloc[0].to_dict() == {
        "article_id": "2022-07-28_mopti-sokolo-kalumba_voa",
        "line": 1,
        "reason": "site navigation",
        "text": "Accessibility links",
    }
    dates = dates_table(articles, load_manifest(paths.RAW))
    assert list(dates["status"]) == ["inferred", "inferred", "inferred", "inferred", "stated"]
    outlets = outlet_counts(table)
    assert outlets.to_dict("records") == [
        {"outlet": "(not given)", "articles": 2},
        {"outlet": "Voice of America", "articles": 2},
        {"outlet": "Al Jazeera", "articles": 1},
    ]
    empty = articles_table([])
    assert empty.empty and "n_chars_clean" in empty.columns
    assert removals_table([]).empty and dates_table([]).empty


# ------------------------------------------------------------------------------ good small corpora


def test_date_from_the_text_when_the_manifest_has_none(tmp_path):
    manifest = f"{HEADER}\nx1,O,,,A title\nx2,O,,,Another title\nx3,O,,2024-01-05,Third\n"
    corpus = make_corpus(
        tmp_path / "c",
        manifest,
        {
            "x1": f"Published On 26 Aug 2024\n\n{PROSE}",
            "x2": PROSE,
            "x3": f"Updated 07 June 2025\n\n{PROSE}",
        },
    )
    a1, a2, a3 = load_corpus(corpus)
    assert (a1.published, a1.published_source) == (date(2024, 8, 26), "text")
    assert a1.removed[0].reason == "date line" and a1.text == PROSE.strip()
    assert (a2.published, a2.published_source) == (None, "none")
    assert (a3.published, a3.published_source) == (date(2024, 1, 5), "manifest")  # manifest wins
    assert a3.text == PROSE.strip()  # the date line is still removed from the prose


def test_headline_is_removed_when_it_equals_the_manifest_title(tmp_path):
    manifest = f'{HEADER}\nh1,O,,2024-01-01,"Nine killed in village attack, officials say"\n'
    corpus = make_corpus(tmp_path / "c", manifest, {"h1": f"Nine killed in village attack, officials say\n\n{PROSE}"})
    (article,) = load_corpus(corpus)
    assert article.title == "Nine killed in village attack, officials say"
    assert article.text == PROSE.strip()
    assert [(r.line, r.reason) for r in article.removed] == [(1, "headline")]


def test_extra_columns_blank_lines_bom_and_quoted_newlines(tmp_path):
    manifest = "\ufeff" + f'{HEADER},notes\n\nq1,O,,,"A title",plain\nq2,O,,,"Two\nline title",x\n'
    corpus = make_corpus(tmp_path / "c", manifest, {"q1": PROSE, "q2": PROSE})
    frame = load_manifest(corpus)
    assert list(frame["id"]) == ["q1", "q2"]
    assert list(frame["manifest_line"]) == [3, 4]
    assert list(frame["notes"]) == ["plain", "x"]


def test_empty_manifest_gives_an_empty_corpus(tmp_path):
    corpus = make_corpus(tmp_path / "c", HEADER + "\n")
    assert load_corpus(corpus) == []
    assert articles_table(load_corpus(corpus)).empty


def test_not_utf8_is_decoded_with_a_fallback_and_warned(tmp_path, capsys):
    manifest = f"{HEADER}\nw1,O,,2024-01-01,T\nw2,O,,2024-01-01,T2\n"
    cp1252 = "The army said \u201cneutralized\u201d 48 militants near the caf\u00e9.\n".encode("cp1252")
    weird = b"Officials said 12 people were killed \x81 in the attack on the market.\n"
    corpus = make_corpus(tmp_path / "c", manifest, {"w1": cp1252, "w2": weird})
    a1, a2 = load_corpus(corpus)
    assert a1.text == "The army said \u201cneutralized\u201d 48 militants near the caf\u00e9."
    assert a1.warnings and "decoded as cp1252" in a1.warnings[0]
    assert "decoded as latin-1" in a2.warnings[0]  # 0x81 is undefined in cp1252
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert err[0].startswith("warning: ") and "w1.txt" in err[0] and "not valid UTF-8" in err[0]


def test_a_manifest_that_is_not_utf8_is_decoded_and_warned(tmp_path, capsys):
    corpus = make_corpus(tmp_path / "c", "", {"m1": PROSE})
    (corpus / "manifest.csv").write_bytes(f"{HEADER}\nm1,Le Caf\u00e9,,2024-01-01,\u201cQuoted\u201d title\n".encode("cp1252"))
    (article,) = load_corpus(corpus)
    assert (article.outlet, article.title) == ("Le Caf\u00e9", "\u201cQuoted\u201d title")
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "manifest.csv" in err[0] and "decoded as cp1252" in err[0]


def test_memory_stays_flat_while_streaming(tmp_path):
    """Streaming holds one article at a time: what stays allocated does not grow with the
    number of articles read (1,500 here, ~1.5 MB of text; the same holds for 10,000, which is
    too slow to run under tracemalloc in the test suite)."""
    n = 1_500
    body = "\n\n".join([PROSE.strip() * 3] * 4)  # ~1 kB in four paragraphs
    articles = tmp_path / "big" / "articles"
    articles.mkdir(parents=True)
    lines = [HEADER] + [f"b{i:05d},O,,2024-01-01,T" for i in range(n)]
    (tmp_path / "big" / "manifest.csv").write_text("\n".join(lines) + "\n")
    for i in range(n):
        (articles / f"b{i:05d}.txt").write_text(body)
    stream = iter_articles(tmp_path / "big")
    first = weakref.ref(next(stream))
    next(stream)
    gc.collect()
    assert first() is None, "the stream keeps a reference to articles already yielded"
    tracemalloc.start()
    try:
        count = 2
        for _ in stream:
            count += 1
            if count == 200:
                baseline = tracemalloc.get_traced_memory()[0]
        current = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert count == n
    assert current - baseline < 200_000, f"grew by {(current - baseline) / 1e6:.2f} MB over {n - 200} articles"


# ------------------------------------------------------------------------------ bad input, one by one


def _error(corpus: Path) -> InputError:
    with pytest.raises(InputError) as info:
        load_corpus(corpus)
    message = str(info.value)
    assert "\n" not in message
    return info.value


def test_missing_corpus_folder(tmp_path):
    err = _error(tmp_path / "nowhere")
    assert err.path.endswith("nowhere") and "corpus folder not found" in err.message


def test_missing_manifest(tmp_path):
    (tmp_path / "c").mkdir()
    err = _error(tmp_path / "c")
    assert err.path.endswith("manifest.csv") and "manifest not found" in err.message


def test_missing_required_column(tmp_path):
    corpus = make_corpus(tmp_path / "c", "id,outlet,url,title\na1,O,,T\n", {"a1": PROSE})
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 1)
    assert "missing required column(s): published" in err.message


def test_row_with_too_many_fields(tmp_path):
    manifest, articles = good_rows()
    corpus = make_corpus(tmp_path / "c", manifest + "a3,O,,,T,extra\n", {**articles, "a3": PROSE})
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 4)
    assert "6 fields" in err.message


def test_row_without_id(tmp_path):
    manifest, articles = good_rows()
    corpus = make_corpus(tmp_path / "c", manifest + ",O,,2024-01-01,No id here\n", articles)
    err = _error(corpus)
    assert (Path(err.path).name, err.line, err.message) == ("manifest.csv", 4, "row without id")


def test_duplicate_ids(tmp_path):
    manifest, articles = good_rows()
    corpus = make_corpus(tmp_path / "c", manifest + "a1,O,,2024-01-03,Again\n", articles)
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 4)
    assert err.message == "duplicate id: 'a1' (first on line 2)"


@pytest.mark.parametrize("bad", ["2024-13-01", "26/08/2024", "yesterday", "2024-8-26", "2024-02-30"])
def test_unparseable_date(tmp_path, bad):
    manifest = f"{HEADER}\na1,O,,2024-01-01,T\na2,O,,{bad},T2\n"
    corpus = make_corpus(tmp_path / "c", manifest, {"a1": PROSE, "a2": PROSE})
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 3)
    assert "unparseable published date" in err.message and repr(bad) in err.message


def test_missing_article_file(tmp_path):
    manifest, articles = good_rows()
    del articles["a2"]
    corpus = make_corpus(tmp_path / "c", manifest, articles)
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 3)
    assert "articles/a2.txt not found" in err.message


def test_missing_article_file_is_reported_before_any_article_is_yielded(tmp_path):
    manifest, articles = good_rows()
    del articles["a2"]
    corpus = make_corpus(tmp_path / "c", manifest, articles)
    with pytest.raises(InputError):
        next(iter_articles(corpus))


@pytest.mark.parametrize("body", ["", "   \n\n\t\n"])
def test_empty_article(tmp_path, body):
    manifest, articles = good_rows()
    corpus = make_corpus(tmp_path / "c", manifest, {**articles, "a2": body})
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 3)
    assert "articles/a2.txt is empty" in err.message


def test_article_empty_once_cleaned(tmp_path):
    manifest, articles = good_rows()
    furniture = "Accessibility links\n\nSecond title\n\nScroll to Top\n"
    corpus = make_corpus(tmp_path / "c", manifest, {**articles, "a2": furniture})
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 3)
    assert "empty once page furniture is removed" in err.message


@pytest.mark.parametrize("bad_id", ["../x", "../../etc/passwd", "/etc/passwd", "sub/x", "a\\b", "..", ".hidden", "C:x"])
def test_id_that_would_escape_the_folder(tmp_path, bad_id):
    manifest, articles = good_rows()
    quoted = '"' + bad_id + '"'
    corpus = make_corpus(tmp_path / "c", manifest + f"{quoted},O,,2024-01-01,T\n", articles)
    (tmp_path / "x.txt").write_text(PROSE)  # what "../x" would reach
    err = _error(corpus)
    assert (Path(err.path).name, err.line) == ("manifest.csv", 4)
    assert "would escape the articles folder" in err.message


def test_line_numbers_count_physical_lines_of_quoted_fields(tmp_path):
    manifest = f'{HEADER}\na1,O,,2024-01-01,"A title\nover two lines"\na1,O,,2024-01-01,T\n'
    corpus = make_corpus(tmp_path / "c", manifest, {"a1": PROSE})
    err = _error(corpus)
    assert err.line == 4 and "first on line 2" in err.message


# ------------------------------------------------------------------------------ the command line


def test_cli_summary_one_line_per_article_and_a_total(capsys):
    assert main(["corpus", "--corpus", str(paths.RAW)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 6
    assert out[0].startswith("2022-07-28_mopti-sokolo-kalumba_voa\t2022-07-28 (manifest)")
    assert out[-1].startswith("total: 5 articles, 2 outlets,") and corpus_hash(paths.RAW)[:16] in out[-1]


@pytest.mark.parametrize(
    "setup, expected",
    [
        (lambda root: root / "missing", "corpus folder not found"),
        (lambda root: make_corpus(root / "c", good_rows()[0] + "a1,O,,2024-01-03,T\n", good_rows()[1]), "manifest.csv:4: duplicate id"),
        (lambda root: make_corpus(root / "c", good_rows()[0] + "../x,O,,,T\n", good_rows()[1]), "manifest.csv:4: id would escape"),
        (lambda root: make_corpus(root / "c", good_rows()[0], {"a1": PROSE}), "manifest.csv:3: article 'a2'"),
    ],
)
def test_cli_bad_input_is_one_line_without_traceback(tmp_path, capsys, setup, expected):
    corpus = setup(tmp_path)
    assert main(["corpus", "--corpus", str(corpus)]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and expected in err[0]
    assert "Traceback" not in captured.err + captured.out


def test_cli_in_a_subprocess_prints_one_error_line_and_exits_2(tmp_path):
    manifest, articles = good_rows()
    corpus = make_corpus(tmp_path / "c", manifest.replace("2024-05-02", "2024-99-02"), articles)
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert lines == [f"error: {corpus / 'manifest.csv'}:2: unparseable published date (expected YYYY-MM-DD or empty): '2024-99-02'"]


def test_run_accepts_a_plain_namespace(capsys):
    from analysis import corpus

    assert corpus.run(types.SimpleNamespace(corpus=str(paths.RAW))) == 0
    assert capsys.readouterr().out.count("\n") == 6


def test_manifest_checks_are_vectorised_and_agree_with_the_per_value_rules():
    from analysis.corpus import _id_is_plain_name, _published_is_date, _published_ok

    values = ["", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "0001-01-01",
              "2024-13-01", "2024-04-31", "2024-4-30", " 2024-04-30 ", "20240430", "2024/04/30", "soon"]  # fmt: skip
    got = _published_is_date(pd.Series(values, dtype="str")).tolist()
    assert got == [_published_ok(v) for v in values]
    # checked by hand: leap days only in leap years, year 0 does not exist, spaces are stripped
    assert got[:7] == [True, True, False, False, True, False, True] and got[10] is True
    ids = ["a1", "", ".x", "../x", "a/b", "a\\b", "C:x", "a\x00b", "a\tb", "a b", "é-1", "a..b"]
    assert _id_is_plain_name(pd.Series(ids, dtype="str")).tolist() == [
        True, True, False, False, False, False, False, False, False, True, True, True,
    ]  # fmt: skip


def test_describe_the_seed_corpus_as_a_reader_reads_it():
    # manifest: two VOA rows, two without outlet, one Al Jazeera: 2 named outlets; all dated
    text = corpus.describe(corpus.load_corpus(paths.RAW), paths.RAW)
    assert text.startswith("The corpus data/raw holds 5 articles from 2 named outlets, published between 2022-07-28 and 2024-08-26")
    assert "(5 of 5 have a publication date)" in text and "no file needed a decoding fallback" in text
    assert str(paths.ROOT) not in text
