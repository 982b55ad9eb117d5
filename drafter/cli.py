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

from . import __version__, errors
from .check import rules_help
from .errors import DrafterError
from .workspace import Workspace, find_workspace

EXIT_ERROR = 2


class DrafterGroup(click.Group):
    """A click group that turns :class:`DrafterError` and click's usage errors (bad option value,
    missing argument, unknown command) into a one-line message and exit code 2."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            _usage_error(ctx, exc)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            click.echo(f"错误：{error_line(exc)}", err=True)
            ctx.exit(EXIT_ERROR)
        except click.UsageError as exc:
            _usage_error(ctx, exc)


# The option that fixes a library error (DrafterError.fix), in the library's own words.
FIX_HINTS = {
    errors.FORCE: "如需覆盖请加 --force",
    errors.LEAD: "用 --lead 指明",
    errors.WORKSPACE: "可用 --workspace 指定",
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
    click.echo(f"错误：{exc.format_message()}（用法见 {where} --help）", err=True)
    ctx.exit(exc.exit_code)


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


@cli.command("batch")
@click.argument("list_path", metavar="LIST.xlsx|LIST.csv", type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="草稿目录；默认 drafts/<清单文件名>/。")
@click.option("--force", is_flag=True, help="覆盖已被修改的草稿和非本工具生成的同名文件。")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]),
              help="计算剩余天数的基准日（YYYY-MM-DD），默认今天。")
@click.option("--jobs", "-j", type=click.IntRange(min=1),
              help="并行起草的进程数，默认每个 CPU 核一个；1 为单进程。草稿内容与并行无关。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@pass_state
def batch_command(state: State, list_path: Path, out_dir: Path | None, force: bool, today,
                  jobs: int | None, as_json: bool) -> None:
    """按交办清单（.xlsx，或 UTF-8/GB18030 编码的 .csv）批量起草答复，每行一份草稿，并生成跟踪表.xlsx。

    按表头识别列：建议号/提案号、标题/案由、领衔代表/提出人、届次、承办方式（主办/会办/协办）、
    主办单位、会办单位、交办日期、类别（建议/提案）、答复类型、是否延期。办理期限：主办3个月，
    会办/协办1个月，延期最长6个月，遇周末和法定节假日顺延。建议草稿名为 <建议号>.docx，
    提案为 提案-<提案号>.docx。重新运行时，已被人工修改的草稿不会被覆盖（除非 --force）。

    退出码：每一行都有草稿时为 0；有无法起草的行（问题行或起草失败）时为 1；清单本身无法读取时为 2。
    """
    from contextlib import ExitStack

    from .batch import run_batch

    with ExitStack() as stack:
        bar = None

        def progress(done: int, total: int, item) -> None:
            nonlocal bar
            if bar is None:
                bar = stack.enter_context(
                    click.progressbar(length=total, label="起草", file=sys.stderr, show_pos=True))
            bar.update(1)

        report = run_batch(state.workspace, list_path, out_dir, force=force,
                           today=today.date() if today else None, progress=progress, jobs=jobs)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(f"已起草 {report.count('drafted')} 份，未覆盖（已修改）{report.count('skipped')} 份，"
                   f"失败 {report.count('failed')} 份；问题行 {len(report.problems)} 行")
        click.echo(f"草稿目录：{report.out_dir}")
        click.echo(f"跟踪表：{report.workbook}")
        lines = [(p.row, p.line(list_path)) for p in report.problems] + [
            (i.row, f"{list_path}:第{i.row}行: {i.file} {i.status_text}"
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
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]),
              help="判断时效的基准日（YYYY-MM-DD），默认今天。")
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
    from .refresh import print_report, refresh

    report = refresh(state.workspace, list(paths), dry_run=dry_run, today=today.date() if today else None)
    if as_json:
        echo_json(report.to_dict())
    else:
        print_report(report)


@cli.command("harvest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果。")
@pass_state
def harvest_command(state: State, paths: tuple[Path, ...], as_json: bool) -> None:
    """归档已签发的答复（.docx/.pdf/.txt/.md/.html）并提炼入事实库，供来年起草引用。

    文件复制到 seeds/harvested/，按内容命名为“年份-类型-编号.扩展名”（如 2025-reply-1288.docx）；
    同一文件重复归档不会产生副本，不同文件同名时加内容哈希，从不覆盖。
    答复中照抄往年事实的句子或数字沿用原事实的年份（repeats/same_as 指明原事实），不算作今年的数据。
    无法读取的文件逐个报错，其余照常归档；有错误时退出码为 2。
    """
    from .harvest import harvest

    report = harvest(state.workspace, list(paths))
    if as_json:
        echo_json(report.to_dict())
    else:
        for item in report.items:
            how = "已归档" if item.copied else "已在资料库中"
            click.echo(f"{how}：{state.workspace.relpath(item.stored)}（{item.label}，{item.facts} 条事实）")
        for skipped in report.skipped:
            click.echo(f"跳过：{skipped}")
    for error in report.errors:
        click.echo(f"错误：{error}", err=True)
    if report.errors:
        click.get_current_context().exit(EXIT_ERROR)


@cli.command("draft")
@click.argument("number")
@click.argument("topic")
@click.option("--deputy", help="领衔代表（或提案委员）姓名，如 林永红。")
@click.option("--session", help="会议届次，如 市十七届人大五次会议。")
@click.option("--type", "reply_class", help="答复类型代码（含义见 drafter.yaml 的 classes，默认 A/B/C）。")
@click.option(
    "--role", type=click.Choice(["主办", "会办", "协办"]), default="主办", show_default=True,
    help="承办角色：主办出答复；会办/协办出写给主办单位的会办意见。",
)
@click.option("--lead", help="主办单位（会办/协办时必填，会办意见写给它）。")
@click.option("--with", "co_handlers", multiple=True, help="会同办理单位，可重复，如 --with 市财政局。")
@click.option("--proposal", is_flag=True, help="政协提案（称“委员”“提案”），默认人大建议。")
@click.option("--date", "date_", help="成文日期 YYYY-MM-DD；不填则留待补充，时效按今天计算。")
@click.option("--doc-number", help="发文字号，如 泉科函〔2026〕102号；不填则留待补充。")
@click.option("-o", "--out", type=click.Path(dir_okay=False), help="输出 .docx 路径，默认 drafts/<编号>.docx。")
@click.option("--force", is_flag=True, help="覆盖已存在的答复稿（默认不覆盖，以免丢失人工修改）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出报告：文件、所用事实及出处、待补充项、提醒。")
@pass_state
def draft_command(state: State, number, topic, deputy, session, reply_class, role, lead,
                  co_handlers, proposal, date_, doc_number, out, force, as_json) -> None:
    """起草第 NUMBER 号建议（提案）的答复稿，TOPIC 为建议标题。

    按主题从事实库选取本地区最新事实，套用 templates/wording/ 的措辞模板，写出带出处批注、
    待补充项高亮的 .docx。
    """
    from .compose.suggestion import Suggestion
    from .draft import make_draft, parse_date

    suggestion = Suggestion(
        number=number.strip(), title=topic.strip(), deputy=deputy, session=session,
        reply_class=reply_class, role=role, lead=lead, co_handlers=list(co_handlers),
        proposal=proposal, date=parse_date(date_) if date_ else None, doc_number=doc_number,
    )
    result = make_draft(state.workspace, suggestion, out=out, force=force)
    if as_json:
        echo_json(result.report())
        return
    reply = result.reply
    click.echo(f"已写出 {result.path}（引用事实 {len(reply.facts_used)} 条，待补充 {len(reply.placeholders)} 处）")
    for warning in reply.warnings:
        click.echo(f"提醒：{warning}", err=True)


CHECK_HELP = """送签前检查 DRAFT（Word 修改过的答复稿 .docx）。

逐条列出问题及段落号（非空段落从 1 数起）和原文片段。问题代码：

\b
{rules}

无问题退出码 0，有问题 1，文件无法读取 2。
"""


@cli.command("check", help=CHECK_HELP.format(rules=rules_help()))
@click.argument("draft", type=click.Path(dir_okay=False))
@click.option("--type", "reply_class", help="按此答复类型检查内容（默认读稿中的“答复类型：X类”）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出检查结果（findings 列表）。")
@pass_state
def check_command(state: State, draft, reply_class, as_json) -> None:
    from .check import check_draft

    report = check_draft(state.workspace, draft, reply_class=reply_class)
    if as_json:
        echo_json(report.to_dict())
    elif report.clean:
        click.echo(f"{draft}：未发现问题")
    else:
        for f in report.findings:
            where = f"第{f.paragraph}段" if f.paragraph else "全文"
            shown = f"“{f.snippet}”" if f.paragraph and f.snippet else ""
            click.echo(f"{where} [{f.code}] {f.message} {shown}".rstrip())
        click.echo(f"共 {len(report.findings)} 处问题")
    if not report.clean:
        click.get_current_context().exit(1)


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
    from contextlib import ExitStack

    from .facts.show import print_ingest
    from .ingest import ingest_paths

    with ExitStack() as stack:
        bar = None

        def progress(done: int, total: int, path: Path) -> None:
            nonlocal bar
            if total <= 3 or not sys.stderr.isatty():
                return
            if bar is None:
                bar = stack.enter_context(
                    click.progressbar(length=total, label="提炼", file=sys.stderr, show_pos=True))
            bar.update(1)

        report = ingest_paths(state.workspace, list(paths), progress=progress)
    if as_json:
        echo_json(report.to_dict())
    else:
        print_ingest(report)
        for item in report.skipped:
            click.echo(f"跳过：{item.message}", err=True)
    for item in report.errors:
        click.echo(f"错误：{item.message}", err=True)
    if report.errors:
        click.get_current_context().exit(EXIT_ERROR)


def _years(ctx, param, value: str | None) -> tuple[int, int] | None:
    """``2024`` or ``2023-2025`` → an inclusive (low, high) range."""
    if value is None:
        return None
    parts = value.replace("~", "-").replace("～", "-").split("-")
    if len(parts) in (1, 2) and all(p.strip().isdigit() for p in parts):
        low, high = int(parts[0]), int(parts[-1])
        if low <= high:
            return low, high
    raise click.BadParameter(f"应为年份（如 2024）或年份范围（如 2023-2025），而不是 {value!r}")


@cli.command("facts")
@click.argument("query", required=False)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["done", "plan", "problem", "context"]),
              help="只列此类事实（可重复）：done 已做、plan 计划、problem 问题、context 背景。")
@click.option("--period", "years", callback=_years, metavar="YEAR[-YEAR]",
              help="只列此年份（或范围，如 2023-2025）的事实：事实的年份或其中某个数字的年份在内即可。")
@click.option("--jurisdiction", help="只列此地区的事实（如 泉州市、鲤城区；“泉州”可匹配“泉州市”）。")
@click.option("--current", is_flag=True,
              help="只列现行事实：隐藏已被新事实取代（superseded_by）的旧事实。默认都列出，旧事实注明取代者。")
@click.option("--limit", type=click.IntRange(min=1), help="最多列出多少条。")
@click.option("--json", "as_json", is_flag=True,
              help="以 JSON 列表输出，每条含 id、text、kind、period、jurisdiction、figures、superseded_by、source。")
@pass_state
def facts_command(state: State, query: str | None, kinds: tuple[str, ...], years, jurisdiction: str | None,
                  current: bool, limit: int | None, as_json: bool) -> None:
    """查询事实库。给出 QUERY 时按相关度（字二元组 BM25）排序，否则按来源顺序列出全部事实。

    已被取代的旧事实也列出（JSON 中 superseded_by 指明取代它的事实）；加 --current 只看现行事实。
    """
    from .facts.index import FactIndex
    from .facts.show import fact_record, print_facts

    index = FactIndex.load(state.workspace)
    found = index.find(query, kinds=kinds or None, years=years, jurisdiction=jurisdiction,
                       include_superseded=not current, limit=limit)
    if as_json:
        echo_json([fact_record(f, index.sources.get(f.source_id), score) for f, score in found])
    else:
        print_facts(index, found)


@cli.command("sources")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 列表输出每份来源的全部元数据和事实数。")
@pass_state
def sources_command(state: State, as_json: bool) -> None:
    """列出事实库的来源文件：类型、文号、日期、地区、代表和建议号等元数据，以及各提炼出多少条事实。"""
    from .facts.index import FactIndex
    from .facts.show import print_sources, source_record

    index = FactIndex.load(state.workspace)
    if as_json:
        counts = index.count_by_source()
        echo_json([source_record(meta, counts.get(meta.id, 0)) for meta in index.sources.values()])
    else:
        print_sources(index)
