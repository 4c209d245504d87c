"""Errors a user can act on.

Anything the user can fix (a bad manifest row, a broken review file, a missing corpus) is
raised as :class:`InputError` carrying the file and, where known, the line. The command line
prints it as one line, ``error: <file>:<line>: <message>``, and exits with status 2, never
with a traceback.
"""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A problem with user-supplied input, reported as one line naming the file and line."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None):
        self.path = None if path is None else str(path)
        self.line = line
        self.message = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """The error as a single line: ``<file>:<line>: <message>``."""
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}".replace("\n", " ")
