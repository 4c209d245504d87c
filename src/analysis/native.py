"""Compiled copies of the coder's modules, used only while they match their source.

The coder is some 25,000 lines of pure-Python rules, and its cost is the interpreter's: many
small calls, dict and set look-ups and string tests, each about a microsecond. Cython compiles
those same ``.py`` files, unchanged, into C extension modules that run the same code about 12%
faster on the seed corpus (the interpreter's dispatch and frame set-up go away; every
operation keeps Python's semantics, so the output is the same byte for byte, and a test
checks that). Nothing in ``src/`` is written for Cython: the source stays the one place the
rules live, and a machine without a C compiler runs it as it is.

How a stale copy is never run:

- :func:`build` (``make native``, i.e. ``python -m analysis native build``, a prerequisite of
  ``make report``, ``make test``, ``make bench`` and ``make code``) compiles each module of
  :data:`MODULES` into ``<venv>/share/sahel-brief/native/`` and records the sha256 of the
  source it compiled in ``manifest.json``, with the interpreter's version and extension
  suffix. The copies belong to that virtual environment: removing ``.venv`` removes them, and
  a git checkout never holds one.
- :func:`install` (run when the :mod:`analysis` package is first imported) puts a finder in
  front of the import system. For a module of the manifest it hashes the source file that
  would be imported (the package's own path: a worktree's, a notebook kernel's) and loads the
  compiled copy only when the hash is the one compiled. A rule edited in JupyterLab therefore
  runs as edited, from its ``.py``, until the next ``make`` compiles it again. Hashing the
  files costs about 3 ms once per process.
- ``SAHEL_BRIEF_PURE_PYTHON=1`` turns the finder off: every module runs from source.
- :func:`status` says which modules the process actually runs compiled; ``make bench`` prints
  it beside its figures, so a benchmark always says what it measured.

A build that fails (no C compiler, no Python headers) leaves the previous manifest as it was
and the coder runs from source: slower, never wrong.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
import tempfile
from pathlib import Path

#: The modules compiled: the rule stages, which take about 90% of the coder's time, then reading
#: and cleaning, the records they pass on, and the pipeline's linking and writing.
MODULES: tuple[str, ...] = tuple(
    f"analysis.coding.{m}" for m in ("text", "dates", "places", "actors", "triggers", "claims", "frames", "extract",
                                     "link", "pipeline")
) + ("analysis.cleaning", "analysis.corpus", "analysis.records")
PURE_ENV = "SAHEL_BRIEF_PURE_PYTHON"
#: Cython directives: the source's annotations are documentation, not C types (``x: set`` must
#: keep accepting whatever Python accepts), and functions stay introspectable like Python's.
DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}
#: C compiler flags added to Python's own (the last -O wins): without debug information (-g0)
#: the eight rule modules compiled in 4 minutes of CPU instead of 7, in far less memory.
CFLAGS = ["-O2", "-g0"]
_EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"


def native_dir() -> Path:
    """Where the compiled copies of this interpreter's environment live."""
    return Path(sys.prefix) / "share" / "sahel-brief" / "native"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest(folder: Path) -> dict:
    """The manifest in ``folder``, or ``{}`` when there is none or another interpreter made it."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if manifest.get("ext_suffix") != _EXT_SUFFIX or manifest.get("python") != sys.version:
        return {}
    return manifest


def _recipe() -> dict:
    """How copies are made: a copy made another way is compiled again."""
    import Cython

    return {"cython": Cython.__version__, "directives": DIRECTIVES, "cflags": CFLAGS}


class _CompiledFinder(importlib.abc.MetaPathFinder):
    """Loads a module's compiled copy when its source is the one that was compiled."""

    def __init__(self, folder: Path, modules: dict):
        self.folder = folder
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        entry = self.modules.get(fullname)
        if entry is None or not path:
            return None
        name = fullname.rpartition(".")[2]
        for base in path:
            source = Path(base) / f"{name}.py"
            if source.is_file():
                break
        else:
            return None
        compiled = self.folder / entry["file"]
        if not compiled.is_file() or _sha256(source) != entry["sha256"]:
            return None  # edited since it was compiled (or never built): the normal import runs the .py
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(compiled))
        return importlib.util.spec_from_file_location(fullname, compiled, loader=loader)


def install() -> None:
    """Put the finder of compiled copies in front of the import system (idempotent)."""
    if os.environ.get(PURE_ENV) == "1" or any(isinstance(f, _CompiledFinder) for f in sys.meta_path):
        return
    folder = native_dir()
    modules = _manifest(folder).get("modules")
    if modules:
        sys.meta_path.insert(0, _CompiledFinder(folder, modules))


def status() -> dict[str, str]:
    """For each module of :data:`MODULES`: ``compiled``, ``source`` or ``not imported`` (as loaded now)."""
    out = {}
    for name in MODULES:
        module = sys.modules.get(name)
        if module is None:
            out[name] = "not imported"
        else:
            out[name] = "compiled" if str(getattr(module, "__file__", "")).endswith(_EXT_SUFFIX) else "source"
    return out


def summary() -> str:
    """One line for a log or a benchmark table, e.g. ``13 of 13 modules compiled``."""
    states = status()
    done = sum(s == "compiled" for s in states.values())
    line = f"{done} of {len(states)} modules compiled"
    if 0 < done < len(states):
        line += " (from source: " + ", ".join(n.removeprefix("analysis.") for n, s in states.items() if s == "source") + ")"
    return line


def build(source_dir: Path | None = None, folder: Path | None = None, modules: tuple[str, ...] = MODULES,
          jobs: int = 2, quiet: bool = True) -> list[str]:
    """Compile every module of ``modules`` whose source changed since its copy was built.

    ``source_dir`` is the ``src`` folder (default: the one this package is imported from).
    Returns the modules compiled this time. The manifest is replaced atomically after the
    compiled files are in place, and copies no module needs any more are removed. Raises
    whatever Cython or the C compiler raises; the previous manifest then still holds.
    """
    from Cython.Build import cythonize  # (a build tool: imported only to build)
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    from analysis.coding.gazetteer import atomic_write_text

    source_dir = Path(source_dir or Path(__file__).resolve().parents[1])
    folder = Path(folder or native_dir())
    folder.mkdir(parents=True, exist_ok=True)
    recipe, manifest = _recipe(), _manifest(folder)
    old = manifest.get("modules", {}) if manifest.get("recipe") == recipe else {}  # (new flags: compile all again)
    entries, todo = {}, []
    for fullname in modules:
        source = source_dir.joinpath(*fullname.split(".")).with_suffix(".py")
        digest = _sha256(source)
        name = f"{fullname}.{digest[:16]}{_EXT_SUFFIX}"
        entries[fullname] = {"file": name, "sha256": digest}
        if not (old.get(fullname) == entries[fullname] and (folder / name).is_file()):
            todo.append((fullname, source, name))
    if todo:
        with tempfile.TemporaryDirectory(prefix="native-") as tmp, contextlib.chdir(source_dir):
            # (each Extension is named after its module, so that its classes and functions keep
            # their qualified names: pickling, reprs and error messages do not change; the
            # sources are given relative to src/ so that the C files go to build_dir, not
            # beside the .py)
            exts = [Extension(fullname, [str(source.relative_to(source_dir))], extra_compile_args=CFLAGS)
                    for fullname, source, _ in todo]
            exts = cythonize(exts, compiler_directives=DIRECTIVES, build_dir=tmp, quiet=quiet, nthreads=jobs)
            dist = Distribution({"name": "sahel-brief-native", "ext_modules": exts})
            cmd = build_ext(dist)
            cmd.build_lib, cmd.build_temp, cmd.parallel = str(Path(tmp, "lib")), str(Path(tmp, "temp")), jobs
            cmd.ensure_finalized()
            cmd.run()
            for fullname, _, name in todo:
                built = Path(cmd.get_ext_fullpath(fullname))
                os.replace(built, folder / name)
    manifest = {"python": sys.version, "ext_suffix": _EXT_SUFFIX, "recipe": recipe, "modules": entries}
    atomic_write_text(folder / "manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
    keep = {e["file"] for e in entries.values()}
    for path in folder.iterdir():
        if path.name.endswith(_EXT_SUFFIX) and path.name not in keep:
            path.unlink()  # a copy of a source that is no more
    return [fullname for fullname, _, _ in todo]


def add_arguments(parser) -> None:
    """``python -m analysis native build|status``."""
    parser.add_argument("action", choices=("build", "status"), nargs="?", default="status",
                        help="build: compile the modules whose source changed; status: which modules run compiled")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="C compilers run at once")


def run(args) -> int:
    """Run ``python -m analysis native``: a failed build is a warning, never an error (see above)."""
    if args.action == "build":
        try:
            done = build(jobs=max(1, args.jobs))
        except Exception as exc:  # noqa: BLE001 -- any build failure leaves the pure-Python coder
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"warning: the coder's modules were not compiled ({first}); they run from source, slower",
                  file=sys.stderr)
            return 0
        print(f"compiled: {', '.join(n.removeprefix('analysis.') for n in done)}" if done else "compiled copies up to date")
        return 0
    for name in MODULES:
        importlib.import_module(name)
    print(summary())
    return 0
