"""The stacked benchmark corpus is a valid corpus of new ids over the same texts."""

from __future__ import annotations

from analysis import paths
from analysis.coding.bench import report_rows, split_cost, stack_corpus
from analysis.corpus import iter_articles


def test_stack_corpus(tmp_path):
    corpus = stack_corpus(paths.RAW, tmp_path / "stack", 12)
    arts = list(iter_articles(corpus))
    assert len(arts) == 12 and len({a.id for a in arts}) == 12
    originals = {a.id: a for a in iter_articles(paths.RAW)}
    for a in arts:
        orig = originals[a.id.split("--copy")[0]]
        assert a.text == orig.text and a.published == orig.published


def test_split_cost_separates_fixed_and_marginal():
    # 0.1 s per run plus 3 ms per article
    fixed, marginal = split_cost(1_000, 0.1 + 3.0, 10_000, 0.1 + 30.0)
    assert abs(fixed - 0.1) < 1e-9 and abs(marginal - 0.003) < 1e-12


def _m(n, cpu, coding, read, peak, base=100_000):
    return {"articles": n, "cpu": cpu, "wall": cpu * 1.1, "coding_cpu": coding, "read_cpu": read,
            "peak_kb": peak, "base_kb": base, "startup_cpu": 2.0, "startup_wall": 2.5,
            "code_article_cpu": 0.002, "pinned": True}


def test_report_rows_split_the_marginal_cost_and_judge_the_target():
    seeds = _m(5, 0.06, 0.01, 0.001, 120_000)
    small = _m(1_000, 3.1, 2.0, 0.3, 150_000)
    large = _m(10_000, 30.1, 20.0, 3.0, 160_240)
    rows = dict(report_rows(seeds, small, large))
    marginal = next(v for k, v in rows.items() if k.startswith("coder marginal"))
    assert marginal.startswith("3.00 ms CPU = 333 articles/s")
    assert rows["  of which coding (code_articles, in batches)"] == "2.00 ms CPU"
    assert rows["  of which reading + cleaning (iter_articles)"] == "0.30 ms CPU"
    assert rows["  of which pipeline (linking, spool, validation, writing)"] == "0.70 ms CPU"
    assert rows["coder fixed cost per run (seed run minus its coding time)"] == "50.00 ms CPU"
    growth = rows["coder memory growth, 1,000 -> 10,000 articles"]
    assert growth.startswith("+10 MB for 9,000 more articles")
    verdict = rows["target 300 articles/s on one core (10,000-article run)"]
    assert verdict == "met: 332 articles/s"
    slow = dict(report_rows(seeds, small, _m(10_000, 40.0, 29.0, 3.0, 160_000)))
    assert slow["target 300 articles/s on one core (10,000-article run)"].startswith("NOT met: 250")
