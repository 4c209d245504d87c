"""analysis.paths: the one module that owns paths."""

from analysis import paths


def test_display_is_relative_inside_and_beside_the_project(tmp_path):
    assert paths.display(paths.RAW) == "data/raw"
    # a sibling folder that is no symlink (the shared folder may be one on some machines)
    assert paths.display(paths.ROOT.parent / "no-such-sibling" / "devset") == "../no-such-sibling/devset"
    assert paths.display(tmp_path) == str(tmp_path.resolve()) or paths.display(tmp_path).startswith("../")


def test_corpus_slug_is_stable_and_distinguishes_folders_of_the_same_name(tmp_path):
    a, b = tmp_path / "x" / "corpus", tmp_path / "y" / "corpus"
    assert paths.corpus_slug(a) == paths.corpus_slug(a)
    assert paths.corpus_slug(a) != paths.corpus_slug(b)
    assert paths.corpus_slug(a).startswith("corpus-")
    assert paths.processed_dir(a).parent == paths.PROCESSED
