"""analysis.native: compiled copies run only while they match their source, and give the same tables."""

from __future__ import annotations

import filecmp
import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import native, paths

pytest.importorskip("Cython", reason="Cython is not installed: nothing can be compiled")

_MODULE = '''"""A module to compile."""


def tally(words):
    counts = {}
    for w in words:
        counts[w.lower()] = counts.get(w.lower(), 0) + 1
    return sorted(counts.items())


WHERE = __name__
'''


def _package(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "toypkg").mkdir(parents=True)
    (src / "toypkg" / "__init__.py").write_text("")
    (src / "toypkg" / "counts.py").write_text(_MODULE)
    return src


def _load(spec):
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A toy package compiled once (a few seconds of Cython and C compiler)."""
    tmp = tmp_path_factory.mktemp("native")
    src, folder = _package(tmp), tmp / "native"
    try:
        done = native.build(source_dir=src, folder=folder, modules=("toypkg.counts",), jobs=1)
    except Exception as exc:  # no C compiler here: the coder runs from source, nothing to test
        pytest.skip(f"cannot compile on this machine: {exc}")
    return src, folder, done


def test_build_compiles_the_module_and_records_its_source_hash(built):
    src, folder, done = built
    assert done == ["toypkg.counts"]
    manifest = json.loads((folder / "manifest.json").read_text())
    entry = manifest["modules"]["toypkg.counts"]
    assert entry["sha256"] == native._sha256(src / "toypkg" / "counts.py")
    assert (folder / entry["file"]).is_file() and entry["file"].endswith(native._EXT_SUFFIX)
    assert manifest["python"] == sys.version
    assert not list((src / "toypkg").glob("*.c")), "the C file must not be written beside the source"


def test_the_compiled_copy_is_loaded_and_computes_what_the_source_does(built):
    src, folder, _ = built
    finder = native._CompiledFinder(folder, native._manifest(folder)["modules"])
    spec = finder.find_spec("toypkg.counts", [str(src / "toypkg")])
    assert isinstance(spec.loader, importlib.machinery.ExtensionFileLoader)
    compiled = _load(spec)
    plain = _load(importlib.util.spec_from_file_location("toypkg.counts", src / "toypkg" / "counts.py"))
    words = ["Gao", "gao", "Kidal", "GAO", "Ménaka"]
    assert compiled.tally(words) == plain.tally(words) == [("gao", 3), ("kidal", 1), ("ménaka", 1)]
    assert compiled.WHERE == "toypkg.counts"  # the qualified name survives compilation
    assert compiled.__file__.endswith(native._EXT_SUFFIX)


def test_an_edited_source_runs_from_its_py_not_from_the_stale_copy(built, tmp_path):
    src, folder, _ = built
    edited = tmp_path / "toypkg"
    edited.mkdir()
    (edited / "counts.py").write_text(_MODULE.replace("counts.get(w.lower(), 0) + 1", "counts.get(w.lower(), 0) + 2"))
    finder = native._CompiledFinder(folder, native._manifest(folder)["modules"])
    assert finder.find_spec("toypkg.counts", [str(edited)]) is None
    assert finder.find_spec("toypkg.counts", [str(src / "toypkg")]) is not None
    assert finder.find_spec("toypkg.other", [str(src / "toypkg")]) is None  # not compiled: not ours


def test_another_interpreters_copies_are_ignored(built, tmp_path):
    _, folder, _ = built
    manifest = json.loads((folder / "manifest.json").read_text())
    other = tmp_path / "other"
    other.mkdir()
    (other / "manifest.json").write_text(json.dumps(dict(manifest, ext_suffix=".cpython-39-x86_64-linux-gnu.so")))
    assert native._manifest(other) == {}
    (other / "manifest.json").write_text("{not json")
    assert native._manifest(other) == {}


def test_a_rebuild_compiles_only_what_changed_and_drops_the_old_copy(tmp_path):
    src, folder = _package(tmp_path), tmp_path / "native"
    try:
        assert native.build(source_dir=src, folder=folder, modules=("toypkg.counts",), jobs=1) == ["toypkg.counts"]
    except Exception as exc:
        pytest.skip(f"cannot compile on this machine: {exc}")
    first = json.loads((folder / "manifest.json").read_text())["modules"]["toypkg.counts"]["file"]
    assert native.build(source_dir=src, folder=folder, modules=("toypkg.counts",), jobs=1) == []
    (src / "toypkg" / "counts.py").write_text(_MODULE + "\nEXTRA = 1\n")
    assert native.build(source_dir=src, folder=folder, modules=("toypkg.counts",), jobs=1) == ["toypkg.counts"]
    second = json.loads((folder / "manifest.json").read_text())["modules"]["toypkg.counts"]["file"]
    assert second != first
    assert sorted(p.name for p in folder.iterdir()) == sorted([second, "manifest.json"])


def _code(corpus: Path, out: Path, pure: bool) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(paths.ROOT / "src"))
    env.pop(native.PURE_ENV, None)
    if pure:
        env[native.PURE_ENV] = "1"
    script = ("import sys; from analysis.__main__ import main; from analysis import native; rc = main(sys.argv[1:]); "
              "print(native.summary()); sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", script, "code", "--corpus", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, env=env)


@pytest.mark.slow
def test_the_compiled_coder_writes_the_same_tables_as_the_source(tmp_path):
    """The 224 fixture articles coded by the compiled rule modules and by their .py: same bytes."""
    corpus = paths.ROOT / "tests" / "fixtures" / "robustness"
    compiled = _code(corpus, tmp_path / "compiled", pure=False)
    assert compiled.returncode == 0, compiled.stderr
    if f"0 of {len(native.MODULES)}" in compiled.stdout:
        pytest.skip("no compiled copy is current here (make native has not run): nothing to compare")
    plain = _code(corpus, tmp_path / "plain", pure=True)
    assert plain.returncode == 0, plain.stderr
    assert f"0 of {len(native.MODULES)} modules compiled" in plain.stdout
    for name in ("events.csv", "claims.csv", "mentions.csv"):
        assert filecmp.cmp(tmp_path / "compiled" / name, tmp_path / "plain" / name, shallow=False), name
