"""Errors a user can cause, carrying where in their input the trouble is."""

from __future__ import annotations


class ClecgraphError(Exception):
    """Base for errors shown to the user as one line, with exit code 2."""

    exit_code = 2


class InputError(ClecgraphError):
    """An input file that cannot be read at all, or not at a given line."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class UsageError(ClecgraphError):
    """A request that cannot be carried out as asked (bad option, unknown name)."""
