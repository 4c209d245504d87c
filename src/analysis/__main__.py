"""Command line: ``python -m analysis <command> ...``.

Commands are implemented in their own modules and imported lazily, so ``--help`` is fast and
one broken area does not break the others. Every user-fixable problem surfaces as a one-line
``error: file:line: message`` with exit status 2 (see :mod:`analysis.errors`).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from analysis.errors import InputError

#: command -> (module, help). Each module exposes ``add_arguments(parser)`` and ``run(args)``.
COMMANDS: dict[str, tuple[str, str]] = {
    "code": ("analysis.coding.pipeline", "code a corpus into events.csv, claims.csv, mentions.csv"),
    "evaluate": ("analysis.coding.evaluate", "score the coder against gold events"),
    "gazetteer": ("analysis.coding.gazetteer", "rebuild data/reference/gazetteer from shared/reference"),
    "report": ("analysis.report", "execute the notebooks and render the HTML site and briefing PDF"),
    "bench": ("analysis.bench", "time the report build and the coder"),
    "corpus": ("analysis.corpus", "validate a corpus folder and print a summary"),
    "native": ("analysis.native", "compile the coder's modules into faster copies (build) or say which run compiled (status)"),
}


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run the command; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    argv = sys.argv[1:] if argv is None else argv
    wanted = next((a for a in argv if not a.startswith("-")), None)
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if name == wanted:
            module = importlib.import_module(module_name)
            module.add_arguments(p)
            p.set_defaults(_run=module.run)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except InputError as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
