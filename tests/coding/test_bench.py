"""The stacked benchmark corpus is a valid corpus of new ids over the same texts."""

from __future__ import annotations

from analysis import paths
from analysis.coding.bench import stack_corpus
from analysis.corpus import iter_articles


def test_stack_corpus(tmp_path):
    corpus = stack_corpus(paths.RAW, tmp_path / "stack", 12)
    arts = list(iter_articles(corpus))
    assert len(arts) == 12 and len({a.id for a in arts}) == 12
    originals = {a.id: a for a in iter_articles(paths.RAW)}
    for a in arts:
        orig = originals[a.id.split("--copy")[0]]
        assert a.text == orig.text and a.published == orig.published
