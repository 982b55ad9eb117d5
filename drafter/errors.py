"""One error type for everything the user can get wrong: printed as a single line, no traceback."""

from __future__ import annotations

from pathlib import Path


# What fixes an error, for a front end to name its own control (the CLI: --force, --lead…).
FORCE = "force"  # allow overwriting an existing file
LEAD = "lead"  # name the lead unit (会办/协办)
WORKSPACE = "workspace"  # name the workspace folder


class DrafterError(Exception):
    """A user-facing error naming the file (and line or row) and what is wrong.

    ``str(err)`` gives ``path:line: message`` (or ``path: message`` / ``message``), which the
    command line prints as one line before exiting non-zero.
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None,
                 fix: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.fix = fix  # what setting fixes it (one of the constants above); a front end names its own control

    def __reduce__(self):  # whole across processes (a drafting worker's error reaches the server intact)
        return type(self), (self.message, self.path, self.line, self.fix)

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class SourceError(DrafterError):
    """A source document cannot be read (empty, binary, wrong format, undecodable, hostile)."""


class FactFileError(DrafterError):
    """A fact file is malformed; ``line`` points at the offending YAML line."""


class WorkspaceError(DrafterError):
    """The workspace (drafter.yaml and its folders) is missing or invalid."""
