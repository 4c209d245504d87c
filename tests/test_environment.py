"""The three dependency lists agree: pyproject.toml (top level), requirements.lock (pins),
environment.yml (conda users)."""

from __future__ import annotations

import re
import tomllib

import yaml

from analysis import paths


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock() -> dict[str, str]:
    pins = {}
    for line in (paths.ROOT / "requirements.lock").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"requirements.lock: unpinned line {line!r}"
            pins[_norm(name)] = version
    return pins


def _pyproject() -> list[str]:
    with open(paths.ROOT / "pyproject.toml", "rb") as fh:
        deps = tomllib.load(fh)["project"]["dependencies"]
    return [_norm(re.split(r"[<>=!~ \[;]", d, maxsplit=1)[0]) for d in deps]


def _conda() -> dict[str, str]:
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    out = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str) and "=" in dep and not dep.startswith("python="):
            name, _, version = dep.partition("=")
            out[_norm(name)] = version.lstrip("=")
    return out


def test_every_top_level_dependency_is_pinned_in_the_lock():
    lock = _lock()
    missing = [d for d in _pyproject() if d not in lock]
    assert not missing, f"in pyproject.toml but not in requirements.lock: {missing}"


def test_environment_yml_lists_the_same_packages_as_pyproject():
    assert sorted(_conda()) == sorted(_pyproject())


def test_environment_yml_versions_match_the_lock():
    lock = _lock()
    wrong = {n: (v, lock.get(n)) for n, v in _conda().items() if lock.get(n) != v}
    assert not wrong, f"environment.yml vs requirements.lock: {wrong}"


def test_ci_runs_the_readme_test_command():
    readme = (paths.ROOT / "README.md").read_text()
    ci = (paths.ROOT / ".ci" / "run").read_text()
    assert "make test" in readme.split("\n## ", 1)[0]
    assert re.search(r"^make test$", ci, flags=re.M)
