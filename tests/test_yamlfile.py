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
