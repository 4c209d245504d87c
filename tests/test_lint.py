"""Static checks: pyflakes-class mistakes (unused or undefined names) fail the suite."""

import shutil
import subprocess
import sys
from pathlib import Path

from analysis import paths


def test_ruff_finds_no_mistakes():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is a pinned dependency: run make setup"
    result = subprocess.run(
        [ruff, "check", "--no-cache", "--output-format", "concise", "src", "tests", "notebooks"],
        cwd=paths.ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
