"""The command line: thin click commands over the library.

Every command parses its options, calls one library function and prints the result. Errors the
user can fix (:class:`~drafter.errors.DrafterError`) print as one line on stderr and exit 2;
``drafter check`` exits 1 when it has findings.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import DrafterError
from .workspace import Workspace, find_workspace

EXIT_ERROR = 2


class DrafterGroup(click.Group):
    """A click group that turns :class:`DrafterError` into a one-line message and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            click.echo(f"错误：{exc}", err=True)
            ctx.exit(EXIT_ERROR)


class State:
    """Per-invocation state: the workspace, loaded on first use."""

    def __init__(self, workspace: str | None):
        self._path = workspace
        self._ws: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        if self._ws is None:
            self._ws = find_workspace(self._path)
        return self._ws


pass_state = click.make_pass_decorator(State)


def echo_json(data) -> None:
    """Print ``data`` as pretty JSON with CJK characters kept readable."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.group(cls=DrafterGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--workspace", "-w", type=click.Path(file_okay=False), envvar="DRAFTER_WORKSPACE",
    help="工作区目录（含 drafter.yaml）；默认从当前目录向上查找。",
)
@click.version_option(__version__, prog_name="drafter")
@click.pass_context
def cli(ctx: click.Context, workspace: str | None) -> None:
    """drafter：人大代表建议、政协提案答复起草助手。

    从往年答复和工作总结中提炼带出处的事实库，按主题起草符合 GB/T 9704 的 .docx 答复稿，
    每个数字都注明来源，缺失之处以【待补充：…】标出。
    """
    ctx.obj = State(workspace)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: no traceback for anything, unless DRAFTER_DEBUG is set."""
    try:
        cli.main(args=argv, prog_name="drafter")
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(130)
    except Exception as exc:  # a bug, not a user error: still one line unless debugging
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        click.echo(f"内部错误：{type(exc).__name__}: {exc}（设 DRAFTER_DEBUG=1 查看详情）", err=True)
        sys.exit(EXIT_ERROR)


# Commands are added below, one per step of the flow.
