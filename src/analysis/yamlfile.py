"""Reading the project's YAML files (lexicons, profiles, rules) with one-line errors.

Every YAML file a user may edit (``data/reference/*.yaml``, ``report/params/*.yaml``) is read
through :func:`read`, so a typo anywhere gives the same kind of message: the file, the line
and what is wrong (see :mod:`analysis.errors`), never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from analysis.errors import InputError

#: libyaml's safe loader when PyYAML was built with it (same documents, ~8x faster: start-up
#: reads ~90 kB of lexicons), else the pure-Python one.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read(path: str | Path, what: str) -> Any:
    """The parsed content of the YAML file ``path`` (``what`` names it in errors: "trigger lexicon")."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, f"{what} not found") from None
    except UnicodeDecodeError as exc:
        raise InputError(path, f"{what} is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the {what}: {exc.strerror or exc}") from None
    try:
        try:
            return yaml.load(text, Loader=FAST_LOADER)  # noqa: S506 - a SafeLoader
        except yaml.YAMLError:
            # a broken file: the pure-Python parser gives the messages users are shown
            return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(path, f"not valid YAML: {problem}", None if mark is None else mark.line + 1) from None
