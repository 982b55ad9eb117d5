"""Shared test set-up."""

from __future__ import annotations

from importlib.metadata import version

import click.testing

# Python 3.9 gets click 8.1 (8.2 needs 3.10), whose CliRunner mixes stderr into stdout unless told
# not to, and then leaves ``output`` without stderr. The tests are written against 8.2: separate
# ``stdout``/``stderr`` and ``output`` holding both. On 8.1, give every CliRunner those streams.
if tuple(int(p) for p in version("click").split(".")[:2]) < (8, 2):  # pragma: no cover - 3.9 only

    class _Result(click.testing.Result):
        @property
        def output(self) -> str:
            return self.stdout + (self.stderr if self.stderr_bytes is not None else "")

    class _CliRunner(click.testing.CliRunner):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("mix_stderr", False)
            super().__init__(*args, **kwargs)

        def invoke(self, *args, **kwargs):
            result = super().invoke(*args, **kwargs)
            result.__class__ = _Result
            return result

    click.testing.CliRunner = _CliRunner
