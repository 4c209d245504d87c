"""analysis.yamlfile: every editable YAML file fails with one line naming the file and line."""

import pytest

from analysis import yamlfile
from analysis.errors import InputError


def test_reads_a_mapping(tmp_path):
    p = tmp_path / "ok.yaml"
    p.write_text("a: 1\nb: [x, y]\n", encoding="utf-8")
    assert yamlfile.read(p, "lexicon") == {"a": 1, "b": ["x", "y"]}


def test_a_syntax_error_names_the_file_and_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("a: 1\nb: [x, y\nc: 3\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        yamlfile.read(p, "lexicon")
    assert err.value.path == str(p) and err.value.line == 3
    assert err.value.message.startswith("not valid YAML: ")
    assert "\n" not in err.value.one_line()


def test_missing_and_undecodable_files(tmp_path):
    with pytest.raises(InputError, match="trigger lexicon not found"):
        yamlfile.read(tmp_path / "absent.yaml", "trigger lexicon")
    p = tmp_path / "latin.yaml"
    p.write_bytes(b"a: caf\xe9\n")
    with pytest.raises(InputError, match="not UTF-8"):
        yamlfile.read(p, "lexicon")


def test_fast_loader_reads_every_reference_file_as_the_pure_python_loader():
    # yamlfile.read uses libyaml when PyYAML has it; the lexicons must come out the same
    import yaml

    from analysis import paths, yamlfile

    files = sorted(paths.REFERENCE.glob("*.yaml"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yamlfile.FAST_LOADER) == yaml.safe_load(text), f.name  # noqa: S506
