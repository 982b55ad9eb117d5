"""The command line: thin click commands over the library (:mod:`drafter.api`).

Every command parses its options, calls one :class:`~drafter.api.Workspace` method and shows the
report (:mod:`drafter.cli_output`). Errors the user can fix (:class:`~drafter.errors.DrafterError`)
print as one line on stderr, naming the option that fixes them, and exit 2; ``drafter check``
exits 1 when it has findings. click's own messages and help headings are in Chinese, and help text
is wrapped counting a Chinese character as two columns.
"""

from __future__ import annotations

import gc

# A command runs once and exits: the objects it makes (modules, the fact index, the document) live to
# its end, so the collector's young-generation passes find little to free; fewer of them (a draft:
# ~15 instead of ~90) save a few percent of its time — set before the imports below (click, drafter's
# own modules), whose objects live to the end as well. `serve` goes back to Python's own thresholds.
# At its exit the interpreter's last collection walks every object still alive (~15 ms of a draft's
# ~250, more with a large fact base) to free what the process's end frees anyway: they are frozen
# first (gc.freeze), out of its reach. (Files are closed and written before; atexit handlers still run.)
SHORT_RUN_GC = (100_000, 50, 100)
PYTHON_GC = gc.get_threshold()  # as the interpreter set them
gc.set_threshold(*SHORT_RUN_GC)

import atexit
import re
from contextlib import ExitStack, contextmanager
import os
import sys
import warnings
from pathlib import Path

from typing import TYPE_CHECKING

from . import __version__, errors
from .compose.suggestion import ROLES
from .errors import DrafterError
from .lazyre import lazy, remembered
from .model import FACT_KINDS

with remembered():  # (the patterns click and the standard modules compile on import)
    import json
    import shlex

    import click

if TYPE_CHECKING:
    from .api import Workspace

EXIT_ERROR = 2
FACTS_SHOWN = 20  # facts listed by default


# ------------------------------------------------------------------ click in Chinese

# click's own messages (usage errors, help headings), keyed by click's English text.
CLICK_MESSAGES = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "Aborted!": "已中止。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "用法见 {command} {option}。",
    "Invalid value: {message}": "值无效：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing command.": "缺少命令。",
    "No such option {name!r}.": "没有选项 {name!r}。",
    "No such option: {name}": "没有选项 {name}。",
    "No such command {name!r}.": "没有命令 {name!r}。",
    "Option {name!r} does not take a value.": "选项 {name!r} 不带值。",
    "Argument {name!r} takes {nargs} values.": "参数 {name!r} 需要 {nargs} 个值。",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件，应为目录。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是目录，应为文件。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 不可写。",
    "file": "文件",
    "directory": "目录",
    "path": "路径",
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("是否要用 {possibility}？", "（是否要用其中之一：{possibilities}？）"),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("多余的参数（{args}）", "多余的参数（{args}）"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("选项 {name!r} 需要一个值。", "选项 {name!r} 需要 {nargs} 个值。"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} 不是可选值 {choice}。", "{value!r} 不是可选值 {choices} 之一。"),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."):
        ("{value!r} 不符合格式 {format}。", "{value!r} 不符合格式 {formats}。"),
}
# Type names click puts into messages without translating them.
CLICK_TYPE_NAMES = {"integer range": "整数", "integer": "整数", "float range": "数", "float": "数"}


def _gettext(message: str) -> str:
    return CLICK_MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    one, many = CLICK_MESSAGES.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def _speak_chinese() -> None:
    """Route click's gettext calls through :data:`CLICK_MESSAGES` (click's documented i18n hook
    is gettext; its modules bind ``_``/``ngettext`` at import, so those bindings are replaced)."""
    import importlib

    for name in ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext


_speak_chinese()


class HelpFormatter(click.HelpFormatter):
    """click's help layout, wrapping by display width (a Chinese character is two columns) and
    joining a docstring's broken lines without a space between Chinese characters."""

    def write_text(self, text: str) -> None:
        from . import cli_output as show

        indent = " " * self.current_indent
        for n, (verbatim, lines) in enumerate(_paragraphs(text)):
            if n:
                self.write("\n")
            for line in (lines if verbatim else show.wrap(_join(lines), self.width, indent)):
                self.write(f"{indent}{line}\n" if verbatim else f"{line}\n")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        from . import cli_output as show

        rows = list(rows)
        first = min(max((show.width_of(term) for term, _ in rows), default=0), col_max)
        indent = " " * (self.current_indent + first + col_spacing)
        for term, text in rows:
            self.write(" " * self.current_indent + term)
            if not text:
                self.write("\n")
                continue
            if show.width_of(term) <= first:
                self.write(" " * (first - show.width_of(term) + col_spacing))
            else:
                self.write("\n" + indent)
            lines = show.wrap(_join(text.splitlines()), self.width, indent)
            self.write(lines[0][len(indent):] + "\n")
            for line in lines[1:]:
                self.write(line + "\n")


def _paragraphs(text: str) -> list[tuple[bool, list[str]]]:
    """Blank-line separated paragraphs; one opened by a ``\\b`` line is kept as written."""
    out: list[tuple[bool, list[str]]] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if lines and lines[0].strip() == "\b":
            out.append((True, lines[1:]))
        elif lines:
            out.append((False, [line.strip() for line in lines]))
    return out


def _join(lines: list[str]) -> str:
    """Lines of one paragraph as one: no space where both sides are Chinese (or full-width)."""
    from . import cli_output as show

    text = ""
    for line in (line.strip() for line in lines):
        if text and line and not (show.width_of(text[-1]) == 2 and show.width_of(line[0]) == 2):
            text += " "
        text += line
    return text


# How an option's value is named in --help, by its click type (choices list themselves).
METAVARS = {"StringParamType": "文本", "Path": "路径", "DateTime": "日期", "IntRange": "整数",
            "IntParamType": "整数"}


class Context(click.Context):
    formatter_class = HelpFormatter


def _set_workspace(ctx: click.Context, param, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(State).path = value


class DrafterCommand(click.Command):
    """A command that also takes ``-w/--workspace`` after its name, with Chinese help."""

    context_class = Context

    def __init__(self, *args, help_factory=None, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        self._help_factory = help_factory  # help made only when shown (it may need a heavy import)
        super().__init__(*args, **kwargs)
        for param in self.params:  # value names in Chinese where the option names none
            if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
                param.metavar = METAVARS.get(type(param.type).__name__, param.metavar)
        self.params.append(click.Option(
            ["--workspace", "-w"], type=click.Path(file_okay=False), expose_value=False,
            is_eager=True, callback=_set_workspace, metavar="目录",
            help="工作区目录（含 drafter.yaml）；默认从当前目录向上查找。"))

    @property
    def help(self):
        if self._help_factory is not None:
            self._help, self._help_factory = self._help_factory(), None
        return self._help

    @help.setter
    def help(self, value):
        self._help = value


class DrafterGroup(click.Group):
    """A click group that turns :class:`DrafterError` and click's usage errors (bad option value,
    missing argument, unknown command) into a one-line message and exit code 2 (a command run with ``--json`` also prints
    the message as ``{"error": …}`` on stdout)."""

    context_class = Context
    command_class = DrafterCommand

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["json"] = "--json" in args  # (a command asked for JSON: its refusal is JSON on stdout too)
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            _usage_error(ctx, exc)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            click.echo(f"错误：{error_line(exc)}", err=True)
            if ctx.meta.get("json"):  # (hd18b: draft --json -o onto a file there printed nothing a script could read)
                echo_json({"error": error_line(exc)})
            ctx.exit(EXIT_ERROR)
        except click.UsageError as exc:
            _usage_error(ctx, exc)


# The option that fixes a library error (DrafterError.fix), in the library's own words.
FIX_HINTS = {
    errors.FORCE: "如需覆盖请加 --force",
    errors.LEAD: "用 --lead 指明",
    errors.WORKSPACE: "可用 --workspace 指定",
    errors.EDITED: "确要一并撤回请加 --edited",
}


def error_line(exc: DrafterError) -> str:
    """The one line a library error prints as, with the option that fixes it."""
    hint = FIX_HINTS.get(exc.fix)
    return f"{exc}（{hint}）" if hint else str(exc)


def _usage_error(ctx: click.Context, exc: click.UsageError):
    """Print a usage error as one line pointing at ``--help`` (bare ``drafter`` still shows help)."""
    if type(exc).__name__ == "NoArgsIsHelpError":  # click ≥ 8.2: no arguments → the help text
        raise exc
    where = (exc.ctx or ctx).command_path
    message = exc.format_message()
    for english, chinese in CLICK_TYPE_NAMES.items():
        message = message.replace(f"valid {english}", f"valid {chinese}").replace(f"有效的{english}", f"有效的{chinese}")
    # a date option's format as a clerk writes it ('%Y-%m-%d' → YYYY-MM-DD)
    message = re.sub(r"'(%[^']*)'", lambda m: _DATE_FIELDS.sub(lambda f: _DATE_WORDS[f.group()], m.group(1)), message)
    message = _RANGE.sub(_range_words, message)  # click's x>=1 as a clerk says it
    if message.endswith("."):
        message = message[:-1] + "。"
    click.echo(f"错误：{message}（用法见 {where} --help）", err=True)
    ctx.exit(exc.exit_code)


# click's range of a number (x>=1, x<=9, 1<=x<=9) in its message: 0 不在范围 x>=1 内
_RANGE = lazy(r"不在范围 (?:(-?[\d.]+)<=?)?x(?:<=?(-?[\d.]+))?(?:>=?(-?[\d.]+))? 内")


def _range_words(m: re.Match) -> str:
    """``不在范围 x>=1 内`` → ``应不小于1``; ``1<=x<=9`` → ``应在1到9之间``."""
    low, high = m.group(1) or m.group(3), m.group(2)
    if low and high:
        return f"应在{low}到{high}之间"
    return f"应不小于{low}" if low else f"应不大于{high}"


_DATE_WORDS = {"%Y": "YYYY", "%m": "MM", "%d": "DD"}
_DATE_FIELDS = lazy("|".join(_DATE_WORDS))


class State:
    """Per-invocation state: the workspace folder (``-w`` before or after the command), and the
    workspace, opened on first use."""

    def __init__(self, path: str | None = None):
        self.path = path
        self._ws: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        if self._ws is None:
            from .api import open_workspace

            self._ws = open_workspace(self.path)
        return self._ws


pass_state = click.make_pass_decorator(State)


def echo_json(data) -> None:
    """Print ``data`` as pretty JSON with CJK characters kept readable."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.group(cls=DrafterGroup, context_settings={"help_option_names": ["-h", "--help"]},
             options_metavar="[选项]", subcommand_metavar="命令 [参数]...")
@click.option(
    "--workspace", "-w", type=click.Path(file_okay=False), envvar="DRAFTER_WORKSPACE", metavar="目录",
    help="工作区目录（含 drafter.yaml）；默认从当前目录向上查找。",
)
@click.version_option(__version__, prog_name="drafter")
@click.pass_context
def cli(ctx: click.Context, workspace: str | None) -> None:
    """drafter：人大代表建议、政协提案答复起草助手。

    从往年答复和工作总结中提炼带出处的事实库，按主题起草符合 GB/T 9704 的 .docx 答复稿，
    每个数字都注明来源，缺失之处以【待补充：…】标出。
    """
    ctx.ensure_object(State).path = workspace
    if not os.environ.get("DRAFTER_DEBUG"):
        # what the library warns of it says in the report, in Chinese (注意：节假日历未覆盖…); Python's
        # own display (…/deadlines.py:77: CalendarWarning: … and the line of code) is for debugging
        warnings.simplefilter("ignore")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: no traceback for anything, unless DRAFTER_DEBUG is set."""
    gc.set_threshold(*SHORT_RUN_GC)
    atexit.unregister(gc.freeze)  # (registered once however often main runs in one process, as in the tests)
    atexit.register(gc.freeze)
    try:
        cli.main(args=argv, prog_name="drafter")
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(130)
    except Exception as exc:  # a bug, not a user error: still one line unless debugging
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        click.echo(f"内部错误：{type(exc).__name__}: {exc}（设 DRAFTER_DEBUG=1 查看详情）", err=True)
        sys.exit(EXIT_ERROR)


@contextmanager
def progress_bar(label: str, always: bool = False):
    """A progress callback drawing a bar on stderr (on a terminal, for more than three items,
    unless ``always``); the bar is closed when the block ends. ``always`` off a terminal (a log,
    a pipe) writes one plain line per item instead (起草 2/3：1288)."""
    with ExitStack() as stack:
        bar = None

        def progress(done: int, total: int, what: str) -> None:
            nonlocal bar
            if not sys.stderr.isatty():
                if always:
                    click.echo(f"{label} {done}/{total}：{what}", err=True)
                return
            if not always and total <= 3:
                return
            if bar is None:
                bar = stack.enter_context(
                    click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True))
            bar.update(1)

        yield progress


# Commands are added below, one per step of the flow.


def _day(ctx, param, value: str | None):
    """A ``--today`` as a clerk types it (2025-06-01, 2025年6月1日); a day that does not exist says
    why, as ``--date`` does (2025年2月只有28天，没有30日)."""
    from .textutil import digit_date

    if value is None:
        return None
    day, fault = digit_date(value)
    if day is None:
        raise click.BadParameter(f"“{value}”有误：{fault}" if fault else f"“{value}”无法识别，应为年月日（YYYY-MM-DD），如 2025-06-01")
    return day


@cli.command("batch")
@click.argument("list_path", metavar="LIST.xlsx|LIST.csv", type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="草稿目录；默认 drafts/<清单文件名>/。")
@click.option("--force", is_flag=True, help="覆盖已被修改的草稿和非本工具生成的同名文件。")
@click.option("--today", callback=_day, metavar="日期",
              help="输出中剩余天数的基准日（YYYY-MM-DD），默认今天；只影响剩余天数，不影响草稿的选材和成文日期。"
                   "跟踪表中的剩余天数是公式，打开时按当天计算。")
@click.option("--date", "date_", help="各草稿的成文日期，如 2026-05-20 或 2026年5月20日，选材和时效按该日期；"
                                      "不填则成文日期留待补充，按今天（办理期限已过的按期限当日）选材。")
@click.option("--jobs", "-j", type=click.IntRange(min=1),
              help="并行起草的进程数，默认每个 CPU 核一个；1 为单进程。草稿内容与并行无关。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@pass_state
def batch_command(state: State, list_path: Path, out_dir: Path | None, force: bool, today, date_: str | None,
                  jobs: int | None, as_json: bool) -> None:
    """按交办清单（.xlsx，或 UTF-8/GB18030 编码的 .csv）批量起草答复，每行一份草稿，并生成跟踪表.xlsx。

    按表头识别列：序号、建议号/提案号、标题/案由、领衔代表/提出人、届次、承办方式（主办/会办/协办）、
    主办单位、会办单位（或一列“主办/会办单位”：县农业农村局（主办）；县水利局（会办）），交办日期、
    类别（建议/提案）、答复类型、是否延期；其他列原样带入跟踪表。
    办理期限：主办3个月，会办/协办1个月，延期最长6个月，遇周末和法定节假日顺延。
    输出和跟踪表都按办理期限排列，期限早的在前。
    建议草稿名为“<建议号>.docx”，提案为“提案-<提案号>.docx”。重新运行时，已被人工修改的草稿
    不会被覆盖（除非 --force）；另一标题的草稿（另一份同名清单所起草的）从不覆盖：本清单改写入
    <草稿目录>-2（-3…），并说明。同一草稿目录同时只有一个批量起草在写，后来的等前一个完成后再开始。

    退出码：每一行都有草稿时为 0；有无法起草的行（问题行或起草失败）时为 1；清单本身无法读取时为 2。
    """
    from . import cli_output as show

    def waiting(folder: str) -> None:
        click.echo(f"另一个批量起草正在写入 {folder}，等它完成后开始…", err=True)

    with progress_bar("起草", always=True) as progress:
        report = state.workspace.batch(list_path, out_dir, force=force, jobs=jobs, progress=progress,
                                       today=today, waiting=waiting, date=date_)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(f"已起草 {report.count('drafted')} 份，未覆盖（已修改）{report.count('skipped')} 份，"
                   f"失败 {report.count('failed')} 份；问题行 {len(report.problems)} 行")
        click.echo(f"草稿目录：{report.out_dir}")
        click.echo(f"跟踪表：{report.workbook}")
        show.show_batch_items(report, click.echo)
        lines = [(p.row, p.line(list_path)) for p in report.problems] + [
            (i.row, f"{list_path}:{i.place}: {i.file} {i.status_text}"
                    + (f"（{FIX_HINTS[errors.FORCE]}）" if i.status == "skipped" else ""))
            for i in report.items if i.status != "drafted"]
        for _, line in sorted(lines):
            click.echo(line)
        for warning in report.warnings:
            click.echo(f"注意：{warning}", err=True)
    if not report.complete:
        click.get_current_context().exit(1)


@cli.command("refresh")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="只显示将会发生的更新，不写入事实库。")
@click.option("--today", callback=_day, metavar="日期", help="判断时效的基准日（YYYY-MM-DD），默认今天。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@pass_state
def refresh_command(state: State, paths: tuple[Path, ...], dry_run: bool, today, as_json: bool) -> None:
    """用新的工作总结或报告（文件或文件夹）更新事实库。

    提炼新文件中的数字，按“同一统计口径、同一单位、同一地区”与事实库中较早的数字对应：
    有新值的旧数字逐个标记为被取代（superseded_by，同段其他数字不受影响，旧事实保留不删）；
    无法确定对应哪个旧数字的，列出请人工确认，不作改动。随后列出未获更新且已超出时效的事实。
    报告存入 seeds/harvested/（同一内容只存一份）；已用过的报告再次更新时先说明，不作改动。
    写入要么全部完成，要么完全不变。
    """
    from . import cli_output as show

    report = state.workspace.refresh(paths, dry_run=dry_run, today=today)
    if as_json:
        echo_json(report.to_dict())
    else:
        show.show_refresh(report, click.echo)


@cli.command("harvest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="仍有【待…】标记或发文字号为空的答复也归档（标记所在句子不进入事实库）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@pass_state
def harvest_command(state: State, paths: tuple[Path, ...], force: bool, as_json: bool) -> None:
    """归档已签发的答复（.docx/.pdf/.txt/.md/.html）并提炼入事实库，供来年起草引用。

    文件复制到 seeds/harvested/，按内容命名为“年份-类型-编号.扩展名”（如 2025-reply-1288.docx）；
    同一文件重复归档不会产生副本，不同文件同名时加内容哈希，从不覆盖。
    答复中照抄往年事实的句子或数字沿用原事实的年份（repeats/same_as 指明原事实），不算作今年的数据。
    仍有【待补充】【待更新】等标记或发文字号为空的答复（多半是草稿）不予归档，确为签发稿时加 --force；
    标记所在的句子和答复的固定用语（已收悉、再次感谢……）不进入事实库。
    同一答复再次归档时替换此前的归档，并予说明。
    无法读取或未归档的文件逐个报错，其余照常归档；有错误时退出码为 2。
    """
    from . import cli_output as show

    report = state.workspace.harvest(paths, force=force)
    if as_json:
        echo_json(report.to_dict())
    else:
        for item in report.items:
            how = "已归档" if item.copied else "已在资料库中"
            again = f"；{item.repeats} 处照抄往年事实，沿用原年份" if item.repeats else ""
            click.echo(f"{how}：{state.workspace.relpath(item.stored)}（{item.label}，{item.facts} 条事实{again}）")
            if item.replacement:
                click.echo(f"  {item.replacement}")
            if item.elsewhere:
                click.echo(show.elsewhere_note(item.label, item.elsewhere, item.fact_file, item.area))
        for skipped in report.skipped:
            click.echo(f"跳过：{skipped}")
    for error in report.errors:
        click.echo(f"错误：{error}", err=True)
    for refused in report.unfinished:
        click.echo(f"错误：{refused.message}（确为签发稿请加 --force）", err=True)
    if not report.ok:
        click.get_current_context().exit(EXIT_ERROR)


@cli.command("draft")
@click.argument("number")
@click.argument("topic")
@click.option("--deputy", help="领衔代表（或提案委员）姓名，如“林永红”。")
@click.option("--session", help="会议届次，如“市十七届人大五次会议”。")
@click.option("--type", "reply_class", help="答复类型代码（含义见 drafter.yaml 的 classes，默认 A/B/C）。")
@click.option(
    "--role", type=click.Choice(ROLES), default="主办", show_default=True,
    help="承办角色：主办出答复；会办/协办出写给主办单位的会办意见。",
)
@click.option("--lead", help="主办单位（会办/协办时必填，会办意见写给它；主办时不用）。")
@click.option("--with", "co_handlers", multiple=True, help="会同办理单位，可重复，如 --with 市财政局。")
@click.option("--proposal", is_flag=True, help="政协提案（称“委员”“提案”），默认人大建议。")
@click.option("--date", "date_", help="成文日期，如 2026-05-20 或 2026年5月20日；不填则留待补充，时效按今天计算。")
@click.option("--doc-number", help="发文字号，如“泉科函〔2026〕102号”；不填则留待补充。")
@click.option("--text", "text_file", metavar="文件",
              help="建议（提案）原文 .txt/.docx/.pdf，“-”为标准输入：答复按其所提事项逐条组织。")
@click.option("-o", "--out", type=click.Path(dir_okay=False), metavar="文件",
              help="输出的 .docx 路径（所在目录须已存在），默认 drafts/<编号>.docx，提案为 drafts/提案-<编号>.docx。")
@click.option("--force", is_flag=True, help="覆盖已存在的答复稿（默认不覆盖，以免丢失人工修改）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出报告：文件、所用事实及出处、待补充项、提醒。")
@pass_state
def draft_command(state: State, number, topic, deputy, session, reply_class, role, lead,
                  co_handlers, proposal, date_, doc_number, text_file, out, force, as_json) -> None:
    """起草第 NUMBER 号（数字，可带字母前缀和年份，如 B003、202302B46；写作“第1350号”亦可）建议或提案的答复稿，TOPIC 为建议标题。

    按主题从事实库选取本地区最新事实，套用 templates/wording/ 的措辞模板，写出带出处批注、
    待补充项高亮的 .docx。
    """
    from .compose.asks import read_suggestion_text

    result = state.workspace.draft(
        number, topic, deputy=deputy, session=session, type=reply_class, role=role, lead=lead,
        with_=co_handlers, proposal=proposal, date=date_, doc_number=doc_number, output=out,
        force=force, text=read_suggestion_text(text_file) if text_file else None)
    if as_json:
        echo_json(result.to_dict())
        return
    reply = result.reply
    click.echo(f"已写出 {result.path}（引用事实 {len(reply.facts_used)} 条，待补充 {len(reply.placeholders)} 处）")
    for warning in reply.warnings:
        click.echo(f"提醒：{warning}", err=True)
    if reply.placeholders:
        click.echo(f"提示：按单位列出稿中待提供、待补充、待更新的材料（征求材料清单）：drafter requests {shlex.quote(str(result.path))}",
                   err=True)


CHECK_HELP = """送签前检查答复稿（Word 修改过的答复稿 .docx）。

逐条列出问题及段落号（非空段落从 1 数起）和原文片段。问题代码：

\b
{rules}

无问题退出码 0，有问题 1，文件无法读取 2。
"""


def _check_help() -> str:
    from .check import rules_help  # the rules load with check, not with every command

    return CHECK_HELP.format(rules=rules_help())


@cli.command("check", help_factory=_check_help)
@click.argument("draft", metavar="答复稿.docx")
@click.option("--type", "reply_class", help="按此答复类型检查内容（默认读稿中的“答复类型：X类”）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出检查结果（findings 列表）。")
@pass_state
def check_command(state: State, draft, reply_class, as_json) -> None:
    from . import cli_output as show

    report = state.workspace.check(draft, type=reply_class)
    if as_json:
        echo_json(report.to_dict())
    else:
        show.show_check(report, click.echo)
    if not report.clean:
        click.get_current_context().exit(1)


@cli.command("requests")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="答复稿.docx|文件夹...")
@click.option("--list", "list_path", type=click.Path(dir_okay=False, path_type=Path), metavar="交办清单.xlsx",
              help="交办清单（.xlsx 或 .csv）：按建议号算出各答复的办理期限，写进清单。")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), metavar="文件.xlsx",
              help="另存为 Excel 表（所在目录须已存在）：一张汇总表，每个单位一张表，可直接转发。")
@click.option("--force", is_flag=True, help="覆盖已存在的 --out 文件（默认不覆盖）。")
@click.option("--json", "as_json", is_flag=True,
              help="以 JSON 输出：读了哪些答复稿（建议号、办理期限），按单位分组的各项（位置、标记、所需材料、批注、出处）和读不了的文件。")
@pass_state
def requests_command(state: State, paths: tuple[Path, ...], list_path: Path | None, out: Path | None,
                     force: bool, as_json: bool) -> None:
    """征求材料清单：把答复稿里仍未补全的【待…】标记按应提供材料的单位分组列出，用于发商请函或向本局处室征求材料。

    可给多份答复稿，或含答复稿的文件夹（读其中的 .docx）。【待X提供：…】由X单位提供（同一单位的简称
    和全称合为一组）；其余【待补充】【待更新】【待核实】归本局（drafter.yaml 的发文单位）。只列正文中
    仍在的标记：已改写为正文的不再列出；发文字号等公文格式中的标记不列。每项注明建议号、所在部分、
    小标题和“一是”等条目、所需材料；【待更新】【待核实】另附原句、涉及的数字、批注和出处。
    办理期限取自 --list 给出的交办清单，或批量起草（drafter batch）时记下的期限；都没有的不写。

    有读不了的文件（不存在、不是 .docx、不是本工具起草的答复稿）时逐个说明，其余照常列出，退出码为 2。
    """
    from . import cli_output as show

    with progress_bar("读取") as progress:
        report = state.workspace.requests(paths, list_path=list_path, out=out, force=force, progress=progress)
    if as_json:
        echo_json(report.to_dict())
    else:
        show.show_requests(report, click.echo)
    for error in report.errors:
        click.echo(f"错误：{error}", err=True)
    for warning in report.warnings:
        click.echo(f"注意：{warning}", err=True)
    if report.errors:
        if report.drafts:
            click.echo(f"{len(report.errors)} 个文件未能读取，其余 {len(report.drafts)} 份已列出", err=True)
        click.get_current_context().exit(EXIT_ERROR)


@cli.command("init")
@click.argument("folder", required=False, metavar="[目录]", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", required=True, help="本单位全称（如福州市教育局），用于发文机关标志和落款。")
@click.option("--short-name", help="简称（如市教育局）；不写时由全称得出。")
@click.option("--jurisdiction", help="所属地区（如福州市）；不写时由全称得出。")
@click.option("--area", "areas", multiple=True, help="下辖的县（市、区）或乡镇，可多次给出：--area 鼓楼区 --area 台江区。")
def init_command(folder: Path | None, name: str, short_name: str | None, jurisdiction: str | None,
                 areas: tuple[str, ...]) -> None:
    """为一个新单位建立工作区（drafter.yaml 和 seeds/ 文件夹）。

    drafter.yaml 中单位名称、简称、地区已按全称填好，签发人、联系人、抄送等留待填写。目录默认为
    当前目录（或 -w 所指）；已有 drafter.yaml 时不覆盖。
    """
    from .api import create_workspace

    root = folder or Path(click.get_current_context().find_object(State).path or ".")
    ws = create_workspace(root, name, short_name=short_name, jurisdiction=jurisdiction, areas=areas)
    click.echo(f"已建立工作区：{ws.root / 'drafter.yaml'}（{ws.name}，{ws.short_name}，{ws.jurisdiction}）")
    click.echo("下一步：打开 drafter.yaml 填写签发人、联系人、抄送单位；把本单位往年的答复、工作总结等放进 "
               f"{ws.seeds_dir}，再运行 drafter distill {ws.seeds_dir}")


@cli.command("distill")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出每份来源的结果、错误和跳过的文件。")
@pass_state
def distill_command(state: State, paths: tuple[Path, ...], as_json: bool) -> None:
    """把往年答复、工作总结等来源文件（或整个文件夹）提炼进事实库 facts/。

    支持 .txt/.md/.docx/.html/.pdf；每份来源写成 facts/<编号>.yaml。重新提炼时，人工修改过或
    标记 reviewed: true 的事实原样保留，未修改的事实更新为新结果；不再提炼出的事实，人工改过的
    保留、未改过的删除，两者都会列出。无法读取的文件逐个报错，其余照常处理，有错误时退出码为 2；
    事实库中已有格式错误的文件时，直接报错，不写入任何文件。
    """
    from . import cli_output as show

    with progress_bar("提炼") as progress:
        report = state.workspace.distill(paths, progress=progress)
    if as_json:
        echo_json(report.to_dict())
    else:
        show.show_distill(report, click.echo)
        for item in report.skipped:
            click.echo(f"跳过：{item.message}", err=True)
    for item in report.errors:
        click.echo(f"错误：{item.message}", err=True)
    if report.errors:
        click.get_current_context().exit(EXIT_ERROR)


def _years(ctx, param, value: str | None) -> tuple[int, int] | None:
    """``2024`` or ``2023-2025`` → an inclusive (low, high) range."""
    from .api import parse_period

    try:
        return parse_period(value)
    except DrafterError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.command("facts")
@click.argument("words", nargs=-1)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(FACT_KINDS),
              help="只列此类事实（可重复）：done 已做、plan 计划、problem 问题、context 背景。")
@click.option("--period", "years", callback=_years, metavar="YEAR[-YEAR]",
              help="只列此年份（或范围，如 2023-2025）的事实：事实的年份或其中某个数字的年份在内即可。")
@click.option("--jurisdiction", help="只列此地区的事实（如泉州市、鲤城区；“泉州”可匹配“泉州市”）。")
@click.option("--current", is_flag=True,
              help="只列现行事实：隐藏已被新事实取代（superseded_by）的旧事实。默认都列出，旧事实注明取代者。")
@click.option("--limit", type=click.IntRange(min=1), metavar="N",
              help=f"最多列出N条（默认{FACTS_SHOWN}条；--json默认全部）。")
@click.option("--all", "show_all", is_flag=True, help="列出全部匹配的事实。")
@click.option("--json", "as_json", is_flag=True,
              help="以 JSON 列表输出，每条含 id、text、kind、period、jurisdiction、figures、superseded_by、source。")
@pass_state
def facts_command(state: State, words: tuple[str, ...], kinds: tuple[str, ...], years, jurisdiction: str | None,
                  current: bool, limit: int | None, show_all: bool, as_json: bool) -> None:
    """查询事实库。给出查询词 WORDS（可用空格隔开几个词）时按相关度（字二元组 BM25）排序，否则按来源顺序列出全部事实。

    已被取代的旧事实也列出（JSON 中 superseded_by 指明取代它的事实）；加 --current 只看现行事实。
    默认列出前20条并说明还有多少条，--all 列出全部，--limit N 列出N条。
    """
    from . import cli_output as show

    if show_all and limit is not None:
        raise click.UsageError("--limit 与 --all 互相冲突：--all 列出全部，--limit N 只列N条，请只用其一",
                               click.get_current_context())
    if show_all or (as_json and limit is None):
        limit = None
    elif limit is None:
        limit = FACTS_SHOWN
    query = " ".join(words) or None  # 连江 深远海养殖 规划: the words as one query, as a search box takes them
    report = state.workspace.facts(query, kind=kinds, period=years, jurisdiction=jurisdiction,
                                   current=current, limit=limit)
    if as_json:
        echo_json(report.to_dict())
    else:
        show.show_facts(report, click.echo, "（--all 列出全部，--limit N 列出N条）")


@cli.command("sources")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 列表输出每份来源的全部元数据和事实数。")
@pass_state
def sources_command(state: State, as_json: bool) -> None:
    """列出事实库的来源文件：类型、文号、日期、地区、代表和建议号等元数据，以及各提炼出多少条事实。"""
    from . import cli_output as show

    report = state.workspace.sources()
    if as_json:
        echo_json(report.to_dict())
    else:
        show.show_sources(report, click.echo)


@cli.command("withdraw")
@click.argument("source", metavar="来源")
@click.option("--dry-run", is_flag=True, help="只显示撤回会移走什么，不作改动。")
@click.option("--edited", is_flag=True, help="其中有经人工核实或修改的事实时，确认一并撤回。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@pass_state
def withdraw_command(state: State, source: str, dry_run: bool, edited: bool, as_json: bool) -> None:
    """把提炼错了或不该入库的来源移出事实库，起草时不再引用。

    来源可写 `drafter sources` 列出的编号，或它在 seeds/ 中的文件路径。它的事实文件和 seeds/ 中的原文件
    移到 withdrawn/ 文件夹（不删除，撤回错了可从那里放回原处）。其中有经人工核实或修改的事实时，须加
    --edited 确认；其他来源的事实引用了它的事实（新数值取代、照抄往年）时不能撤回。
    """
    from . import cli_output as show

    report = state.workspace.withdraw(source, dry_run=dry_run, edited=edited)
    if as_json:
        echo_json(report.to_dict())
    else:
        show.show_withdraw(report, click.echo)
    if dry_run and report.cited_by:
        click.get_current_context().exit(1)


@cli.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="端口。")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="监听地址；非本机地址（如 0.0.0.0）须设口令。")
@click.option("--password", envvar="DRAFTER_PASSWORD",
              help="登录口令（也可写在 drafter.yaml 的 serve.password）；在非本机地址上提供服务时必填。")
@click.option("--no-browser", is_flag=True, help="不自动打开浏览器。")
@pass_state
def serve_command(state: State, port: int, host: str, password: str | None, no_browser: bool) -> None:
    """在浏览器中使用：起草、批量起草、核稿、事实库、年度更新和归档。

    默认只接受本机访问（http://127.0.0.1:8765/），启动后自动打开浏览器。按 Ctrl+C 停止。
    """
    from .web.server import serve

    gc.set_threshold(*PYTHON_GC)
    serve(state.workspace.root, host=host, port=port, password=password, open_browser=not no_browser,
          say=click.echo)
