"""How the command line shows a report: part of the CLI (with :mod:`drafter.cli`), never used by
the library.

A listing is a table on a terminal wide enough for it, and otherwise (piped, redirected, or a
narrow window) plain aligned lines: each row's short fields on one line, its long text indented
below and wrapped at the window's width, counting a Chinese character as two columns.
"""

from __future__ import annotations

import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .lazyre import lazy
from .model import FACT_KIND_NAMES
from .reply import GARBLED_WHAT
from .textutil import display_width

if TYPE_CHECKING:
    from .api import FactsReport
    from .batch import BatchReport
    from .check import CheckReport
    from .distill import DistillReport
    from .refresh import RefreshReport
    from .requests import RequestsReport
    from .sources import SourcesReport
    from .withdraw import WithdrawReport

QUOTE_CHARS = 60  # at most this much of a paragraph is quoted in a finding

Echo = Callable[[str], None]


# ------------------------------------------------------------------ widths and wrapping


width_of = display_width  # columns on a terminal (the CLI's name)


# What becomes of an undated source's facts of no year that state neither a figure nor a result: none is drafted.
UNDATED_UNUSED = "（其中既无数字、也未写明办成事项的，不写入正文）"


def terminal_width() -> int:
    """The window's width (``COLUMNS`` when set); 80 when the output is not a terminal."""
    return shutil.get_terminal_size((80, 24)).columns


# A path to a file (drafts/2025交办清单/1150.docx, 材料\1.xlsx) stays whole, so that it can be copied, as does a run of
# printable ASCII (a word, a number). Not the words around it: its first folder opens on ASCII or is all Chinese (请改正
# facts/…) and its extension is ASCII (….yaml中来源): else it moved down whole, a line left half empty (hd23b).
_PATH_STOPS = r"\s，。、；：？！（）()《》【】「」“”/\\"
_PATH_PART = rf"[^{_PATH_STOPS}]+"
_PATH_FIRST = rf"(?:[^{_PATH_STOPS}\u0080-\U0010ffff][^{_PATH_STOPS}]*|[^{_PATH_STOPS}!-~]+)"
# A short mark for the clerk (【待补充：发文字号】, 【待补充：具体举措】) stays whole too: a line never ends inside it (hd24d).
_MARK_WHOLE = 20
_TOKEN = lazy(rf"[/\\]?{_PATH_FIRST}[/\\](?:{_PATH_PART}[/\\])*{_PATH_PART}\.[A-Za-z][A-Za-z0-9]*|[!-~]+|\s+"
              rf"|【[^【】\n]{{1,{_MARK_WHOLE}}}】|.", re.S)
_HANGS = set("，。、；：？！）》】」』”’…,.;:?!)")  # never starts a line: hangs at the end instead
_OPENS = set("“‘（《【「『(")  # never ends a line: goes down with what it opens


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """``text`` in lines of at most ``width`` columns (each starting with ``indent``), breaking
    between characters in Chinese and at spaces between Latin words or numbers; a comma or full
    stop never starts a line (the character before it moves down with it)."""
    room = max(width - width_of(indent), 10)
    lines: list[str] = []
    line: list[str] = []  # the tokens of the line being filled

    def used() -> int:
        return sum(map(width_of, line))

    for token in _TOKEN.findall(text.replace("\n", " ")):
        if used() + width_of(token) > room and line:
            carried = []  # (and the marks before it that never start a line either: 号】” moves down whole)
            while token in _HANGS and len(line) > 1 and (not carried or carried[0] in _HANGS):
                carried.insert(0, line.pop())
            while len(line) > 1 and line[-1] in _OPENS:  # (nor does a line end on an opening mark: “ moves down)
                carried.insert(0, line.pop())
            lines.append("".join(line).rstrip())
            line = carried
            if token.isspace():
                continue
        while width_of(token) > room:  # a single token longer than the line (a long URL)
            cut = ""
            for c in token:
                if width_of(cut + c) > room:
                    break
                cut += c
            lines.append(cut)
            token = token[len(cut):]
        line.append(token)
    if "".join(line).strip() or not lines:
        lines.append("".join(line).rstrip())
    return [indent + each for each in lines]


def wrapping(echo: Echo) -> Echo:
    """``echo`` that wraps each line at the window's width, continuing at the line's indent."""
    width = terminal_width()

    def say(text: str) -> None:
        for line in text.split("\n"):
            body = line.lstrip(" ")
            for part in wrap(body, width, line[: len(line) - len(body)]) if body else [""]:
                echo(part)

    return say


def hang(echo: Echo, lead: str, text: str, width: int, indent: str | None = None) -> None:
    """``text`` wrapped at ``width`` after ``lead`` (1. at the left), its other lines at ``indent``
    (default: under its text)."""
    indent = " " * width_of(lead) if indent is None else indent
    for k, line in enumerate(wrap(text, width, indent)):
        echo(lead + line[len(indent):] if k == 0 else line)


def pad(text: str, width: int) -> str:
    return text + " " * max(width - width_of(text), 0)


def aligned(rows: list[list[str]], gap: str = "  ") -> list[str]:
    """Rows of cells with every column padded to its widest cell (the last one is not padded)."""
    if not rows:
        return []
    widths = [max(width_of(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows)))]
    return [gap.join(pad(cell, widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)).rstrip()
            for row in rows]


def brief(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------ tables


@dataclass
class Column:
    name: str
    wide: bool = False  # long text: its own indented line(s) in the plain form
    style: str | None = None


def show_table(title: str, columns: list[Column], rows: list[list[str]], echo: Echo,
               min_width: int = 100) -> None:
    """A table on a terminal at least ``min_width`` wide, else plain aligned lines.

    In the plain form the short columns of a row share one line (aligned across rows) and each
    wide column follows on its own indented line(s), labelled by its name after the first.
    """
    width = terminal_width()
    if sys.stdout.isatty() and width >= min_width:
        _rich_table(title, columns, rows, width)
        return
    echo(title)
    short = [i for i, c in enumerate(columns) if not c.wide]
    wide = [i for i, c in enumerate(columns) if c.wide]
    heads = aligned([[" ".join(row[i].split("\n")) for i in short] for row in rows])
    for head, row in zip(heads, rows):
        echo(head)
        for n, i in enumerate(wide):
            if not row[i]:
                continue
            label = "" if n == 0 else f"{columns[i].name}："
            for line in row[i].split("\n"):
                for part in wrap(label + line, width, "    "):
                    echo(part)
                label = ""


def _rich_table(title: str, columns: list[Column], rows: list[list[str]], width: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=any(c.wide for c in columns), expand=True)
    for c in columns:
        table.add_column(c.name, overflow="fold", style=c.style, ratio=3 if c.wide else None)
    for row in rows:
        table.add_row(*row)
    Console(width=width, soft_wrap=False, highlight=False).print(table)


# ------------------------------------------------------------------ the reports


def _figure_shown(g) -> str:
    """A figure with its own year and its history marks (superseded, or a copy of an older fact)."""
    line = f"{g.counts or '—'} {g.raw}" + (f"（{g.year}{f'–{g.until}' if g.until else ''}年）" if g.year is not None else "")
    if g.superseded_by:
        line += f"〔已被 {g.superseded_by} 取代〕"
    elif g.same_as:
        line += f"〔同 {g.same_as}〕"
    return line


def show_facts(report: FactsReport, echo: Echo, more_hint: str = "") -> None:
    """Facts with their kind, year, place, figures and source; then how many were left out."""
    rows = []
    for fact, _ in report.found:
        source = report.sources.get(fact.source_id)
        where = " ".join(x for x in (source.label() if source else fact.source_id,
                                     source.date if source else None,
                                     fact.section[-1] if fact.section else None) if x)
        text = brief(fact.text, 120)
        if fact.superseded_by:
            text += f"（已被 {fact.superseded_by} 取代）"
        place = (fact.jurisdiction or "—") + ("（外地）" if fact.external else "")
        figures = "；".join(_figure_shown(g) for g in fact.figures)
        rows.append([fact.id, FACT_KIND_NAMES.get(fact.kind, fact.kind), (f"{fact.period.year}–{fact.period.until}" if fact.period.until else str(fact.period.year or "—")),
                     place, text, figures, where])
    columns = [Column("编号", style="dim"), Column("类型"), Column("年份"), Column("地区"),
               Column("内容", wide=True), Column("数字", wide=True, style="cyan"),
               Column("来源", wide=True, style="green")]
    title = f"共 {report.total} 条事实" + (f"，列出前 {len(report.found)} 条" if report.more else "")
    show_table(title, columns, rows, echo, min_width=120)
    if report.more:
        echo(f"另有 {report.more} 条未列出{more_hint}")


# An item of a kind a reply's title names after its number (第8号议事原案, 第3号议案): neither 建议 nor 提案.
TITLED_ITEM = lazy(r"第([^第号]{1,8})号(议事原案|议案)")


def show_sources(report: SourcesReport, echo: Echo) -> None:
    from .compose.suggestion import item_name

    rows = []
    for meta in report.sources:
        label = meta.label()
        if meta.kind == "reply" and meta.suggestion_number:
            titled = TITLED_ITEM.search(meta.title or "")
            label += (f" 第{meta.suggestion_number}号{titled.group(2)}" if titled and titled.group(1) == meta.suggestion_number
                      else f" {item_name(meta.suggestion_number, meta.proposal)}")
            if meta.deputy:
                label += f" {meta.deputy}"
        rows.append([meta.id, meta.kind_name(), meta.date or "—",
                     meta.jurisdiction or "—", f"{report.counts.get(meta.id, 0)}条", label,
                     meta.issuer or "—"])
    columns = [Column("编号"), Column("类型"), Column("日期"), Column("地区"), Column("事实数"),
               Column("文号/标题", wide=True), Column("发文单位", wide=True)]
    show_table(f"共 {len(report.sources)} 份来源文件", columns, rows, echo)


def show_withdraw(report: WithdrawReport, echo: Echo) -> None:
    if report.withdrawn:
        echo(f"已撤回：{report.label}（{report.source}，{report.facts} 条事实）")
        echo(f"  已移到 {report.kept}/，撤回错了可从那里放回原处")
        return
    echo(f"撤回 {report.label}（{report.source}）将移走：")
    curated = f"，其中 {report.curated} 条经人工核实或修改（须加 --edited）" if report.curated else ""
    echo(f"  事实文件 {report.fact_file}：{report.facts} 条事实{curated}")
    echo(f"  原文件 {report.seed}" if report.seed else "  seeds/ 中没有它的原文件")
    if report.cited_by:
        echo(f"不能撤回：其他来源的 {report.cited_by} 条事实引用了本来源的事实（新数值取代、照抄往年）")
    else:
        echo("未作改动（--dry-run）")


# A source whose date or place distill could not read: what to fill in its fact file's source.
UNREAD_NOTE = "提醒：{label}（{path}）未能读出{what}：请在 {file} 的 source 中填写 {keys} 后重新提炼；未填时{meanwhile}"
UNREAD = {"成文日期": ("date（成文日期，如 2025-01-15）", "其年份按标题所述期间计"),
          "所属地区": ("jurisdiction（所属地区）", "其事实按本地区的计")}


# A place that may be one of the workspace's own areas, which drafter.yaml lists none of: what the clerk does.
OWN_AREA = "本地下辖的地方"
LIST_AREA = "请核实后列入 drafter.yaml 的 areas"
UNDER_NOTE = (f"提示：材料中写在本地地名之后的{{places}}，按{OWN_AREA}处理（其事实作为本地的例子，不作外地）："
              f"{LIST_AREA}；不属本地的，在事实文件中改正其地区")


def show_distill(report: DistillReport, echo: Echo) -> None:
    """Per source: facts, figures and what the merge did; then kept/dropped ids and totals."""
    echo = wrapping(echo)
    rows = []
    for s in report.sources:
        c = s.merge.counts()
        merged = (f"新增{c['added']}，更新{c['updated']}，人工保留{c['curated'] + c['orphaned']}，"
                  f"删除{c['dropped']}")
        rows.append([s.id, s.kind_name, f"{s.facts}条事实", f"{s.figures}个数字",
                     s.label, merged, s.merge.path + ("" if s.merge.written else "（无变化）")])
    columns = [Column("来源"), Column("类型"), Column("事实"), Column("数字"), Column("文号/标题", wide=True),
               Column("事实库", wide=True), Column("文件", wide=True)]
    if rows:
        show_table("提炼结果", columns, rows, echo, min_width=120)
    under = list(dict.fromkeys(p for s in report.sources for p in s.under))
    if under:  # (rs8 hd52d: 石城镇 of 平顺县石城镇 was 外地 with areas empty)
        echo(UNDER_NOTE.format(places="、".join(under)))
    for s in report.sources:
        m = s.merge
        if m.orphaned:
            echo(f"{m.path}：本次未再提炼出、因人工修改或已审核而保留：{'、'.join(m.orphaned)}")
        if m.dropped:
            echo(f"{m.path}：本次未再提炼出、未经人工修改而删除：{'、'.join(m.dropped)}")
        if m.source_curated:
            echo(f"{m.path}：source 信息经人工修改，保持不变")
        if s.elsewhere:  # (hd14: 家城市 read from 21家城市书房 took a whole source out of every draft, unsaid)
            echo(elsewhere_note(s.label, s.elsewhere, m.path, s.area))
        if s.issued_by:  # (hd16: 惠州市发展和改革局's 会办意见, its 我局 the 发改局, offered as the bureau's plan, unsaid)
            echo(issued_by_note(s.label, s.issued_by, m.path))
        if s.renamed and s.renamed.changed:  # (hd44b: a typo corrected in a seed left its old source beside the new one)
            echo(f"{s.path}：内容已修改，按新内容重新提炼，取代此前的 {s.renamed.id}（现记为 {s.id}）：未改动段落的事实照旧，"
                 f"人工修改或已审核的事实保留；原事实文件移至 {s.renamed.kept}")
        elif s.renamed:  # (hd19b: an undated seed renamed by its date stayed in the base as a source of no file, repeated)
            was = "此前" if s.renamed.path == s.path else f"原来源（{s.renamed.path}，该文件已不存在）"
            echo(f"{s.path}：与{was}的 {s.renamed.id} 是同一份文件，现记为 {s.id}：其事实改记到 {s.id} 名下，"
                 f"人工修改保留；原事实文件移至 {s.renamed.kept}")
        if s.unread:  # (hd33b: 市数据局2024年工作总结, no date nor place read, shown — — by sources, unsaid)
            echo(UNREAD_NOTE.format(label=s.label, path=s.path, what="、".join(s.unread), file=m.path,
                                    keys="、".join(UNREAD[w][0] for w in s.unread), meanwhile="，".join(UNREAD[w][1] for w in s.unread)))
        if s.undated:  # (qa16: 市六届人大一次会议's reply, 03_…_2023.txt, gave every draft 【待核实：年份】, the file unnamed)
            # (hd26a: a summary undated whose text dates its facts, 2023年，…, has no facts of no year — or only some)
            # (hd29b: its facts of no figure nor result are drafted nowhere — select's _says_nothing — said so)
            said = (f"其事实的年份暂按{s.estimated}年估计，请核实" if s.estimated else
                    f"其事实没有年份，起草时标【待核实：年份】{UNDATED_UNUSED}" if s.yearless == s.facts else
                    f"其中{s.yearless}条事实（共{s.facts}条）没有年份，起草时标【待核实：年份】{UNDATED_UNUSED}" if s.yearless else
                    "其事实的年份按文中所写计，文中的“目前”“今年”等无从确定年份")
            rename = "文件名中的日期不止一个，请只保留成文日期" if s.named_dates else dated_name_note(Path(s.path).name, s.estimated)
            echo(f"提醒：{s.label}（{s.path}）未写明成文日期，{said}；{rename}后重新提炼")
        if s.bodyless:  # (hd69a: a page of one phrase a line gave 0 facts, unsaid)
            echo(f"提醒：{s.label}（{s.path}）未读出正文：文中没有成段的文字，未提炼出事实；请核对文件内容，整理成段落后重新提炼")
        if s.garbled:  # (hd26a: a mirror's mojibake, ！笆濉逼陂g年均开展各类创业培训2.5万人次, kept in a fact unsaid)
            echo(f"提醒：{s.label}（{s.path}）的事实中有{GARBLED_WHAT}：{'、'.join(f'“{g}”' for g in s.garbled)}；"
                 f"起草时高亮，请对照原文改正{s.merge.path}中的文字")
        if s.dated_apart:  # (hd19b: 109号's page dated 2020-10-20, its number 天文旅函字〔2019〕54号, unsaid)
            echo(f"提醒：{s.label}（{s.path}）的日期为{s.dated_apart}，而文号的年份为{s.number_year}年，两者不一致："
                 f"其事实按日期的年份计，请核实成文日期；起草时用到其事实的，请一并核实所述年份")
    totals = report.to_dict()["totals"]
    if not totals["documents"] and not totals["errors"] and report.errors:  # only folders holding no source (hd30b)
        echo(f"没有可提炼的文件：所给文件夹中没有来源文件；跳过 {len(report.skipped)} 个")
        return
    echo(f"共 {totals['documents']} 份文件，{totals['facts']} 条事实，{totals['figures']} 个数字；"
         f"失败 {totals['errors']} 份，跳过 {len(report.skipped)} 个")


# A file name opening on a year, or a year and a month, its day left out (2023-12_龙南交通_….txt, 2022_总结.docx: hd34c).
_NAMED_PART_DATE = lazy(r"^((?:19|20)\d{2})(?:[-_.]?(0[1-9]|1[0-2]))?(?![\d])")


def dated_name_note(name: str, estimated: int | None) -> str:
    """How to name an undated source's file by its date: the date put before ``name`` (of the year ``estimated``, else a
    sample one), or — a name opening on a year or a year and month already — the date completed in it (2023-12-DD_…),
    never a second date before it (2023-06-30_2023-12_…)."""
    m = _NAMED_PART_DATE.match(name)
    if not m:
        return f"请按成文日期命名文件（如 {estimated or 2025}-06-30_{name}）"
    rest = name[m.end():]
    return (f"请在文件名开头的年月后补上成文的日（如 {m.group(1)}-{m.group(2)}-DD{rest}，DD为日）" if m.group(2) else
            f"请在文件名开头的年份后补上成文的月、日（如 {m.group(1)}-MM-DD{rest}，MM为月、DD为日）")


def elsewhere_note(label: str, place: str, fact_file: str, area: bool = False) -> str:
    """The reminder on a source distilled or filed whose facts are all another place's (the web pages say it too); of a
    place that may be one of the bureau's own areas (``area``: :func:`~.distill.run.unlisted_area`), to list it under areas."""
    if area:  # (hd55c: 易门县 of 玉溪市, areas empty: told to correct the source's place)
        return (f"提示：{label}的地区记为“{place}”，drafter.yaml 的 areas 未列出，其事实暂按外地处理、不作本单位的工作写入答复；"
                f"“{place}”可能是{OWN_AREA}：{LIST_AREA}，再重新提炼该文件")
    return (f"提醒：{label}的地区记为“{place}”，不是本单位的地区，其事实不作本单位的工作写入答复；"
            f"地区有误的，请改正{fact_file}中来源（source）的地区（jurisdiction），再重新提炼该文件")


def issued_by_note(label: str, issuer: str, fact_file: str) -> str:
    """The reminder on a source distilled whose issuer is another unit of the bureau's place (a 会办意见 sent to it)."""
    return (f"提醒：{label}的发文单位记为“{issuer}”，不是本单位，其事实是该单位的工作和计划，不作本单位的写入答复；"
            f"发文单位有误的，请改正{fact_file}中的 issuer")


def days_left_text(days: int) -> str:
    """A deadline's days left as a clerk says them: 剩12天, 今天到期, 超期3天."""
    return f"剩{days}天" if days > 0 else "今天到期" if days == 0 else f"超期{-days}天"


def show_batch_items(report: BatchReport, echo: Echo) -> None:
    """The list's items by deadline, the earliest first (as the tracking workbook): deadline, days left,
    item, role, gaps to fill and draft (or what happened to it); beneath, an item the base already holds a
    reply to (drafting it again may be a mistake); a draft failed or kept says so (why, after the table)."""
    from .batch import DRAFTED
    from .compose.suggestion import item_name

    rows = []
    for i in report.items:
        done = f"待补充{i.placeholders}处" if i.placeholders is not None else ""
        if i.status != DRAFTED:  # its reason follows the table, with its place in the list
            done = i.status_word
        note = "；".join(filter(None, (i.note, f"事实库中已有本件的答复：{i.answered}，请核实是否重复起草" if i.answered else "")))
        rows.append([i.due.isoformat(), days_left_text(i.days_left), item_name(i.number, i.proposal), i.role,
                     done, i.file, note])
    columns = [Column("办理期限"), Column("剩余"), Column("建议/提案"), Column("承办"), Column("待补充"),
               Column("草稿"), Column("注意", wide=True)]
    if rows:
        show_table("按办理期限排列（期限早的在前）：", columns, rows, echo)


def show_check(report: CheckReport, echo: Echo) -> None:
    """A finding a line, wrapped at the window's width (80 columns when piped) and its further
    lines indented, quoting at most 60 characters."""
    say, width = wrapping(echo), terminal_width()
    if report.clean:
        echo(f"{report.path}：未发现问题")  # the file named whole, to be copied
        return
    say(f"需处理 {len(report.findings)} 项：{report.summary_text}")
    for f in report.findings:
        where = f"第{f.paragraph}段" if f.paragraph else "全文"
        shown = f"“{brief(f.snippet)}”" if f.paragraph and f.snippet else ""
        hang(echo, "", f"{where} [{f.code}] {f.message} {shown}".rstrip(), width, "    ")
    say(f"共 {len(report.findings)} 处问题")


def show_requests(report: RequestsReport, echo: Echo) -> None:
    """The 征求材料清单: a line on the drafts read, then each unit with its asks, numbered: where
    the ask stands, what is needed and (a flag's) sentence, comment and sources, indented below;
    wrapped at the window's width (80 columns when piped)."""
    say = wrapping(echo)
    width = terminal_width()

    def hanging(number: str, text: str) -> None:  # 1. at the left, its lines wrapped under its text
        hang(echo, number, text, width)

    if not report.drafts:
        return
    drafts = "、".join(f"{d.path}" + (f"（办理期限 {d.due}）" if d.due else "") for d in report.drafts)
    say(f"征求材料清单：{len(report.drafts)} 份答复稿，待提供或核实 {report.total} 项：{drafts}")
    if not report.total:
        say("答复稿中已没有【待…】标记，无需征求材料。")
    for unit in report.units:
        echo("")
        say(f"{report.label(unit)}：{len(unit.asks)} 项")
        for n, ask in enumerate(unit.asks, start=1):
            due = f"（办理期限 {ask.due}）" if ask.due else ""
            number = f"  {n}. "
            hanging(number, " ".join(x for x in (f"{ask.suggestion}{due}", ask.place, f"第{ask.paragraph}段") if x))
            for line in (ask.asked, *ask.explained):
                hanging(" " * width_of(number), line)
    if report.out is not None:
        echo("")
        echo(f"已写出 {report.out}（{len(report.units)} 个单位，{report.total} 项）")


def show_refresh(report: RefreshReport, echo: Echo) -> None:
    """Whether the report was refreshed before (applied again: the sources whose older figures it
    now supersedes); else each old figure the update marks superseded (old → new) and the facts it adds — what the dry run says the update will do is what the
    update did — then ambiguous items, stale facts and where the report was filed."""
    from .facts.measure import AMBIGUOUS, UPDATED

    say = wrapping(echo)  # prose is wrapped at the window's width; lines naming files are not

    def shown(h) -> str:
        return "—" if h is None else f"{h.figure.raw}（{h.year or '年份不详'}）"

    names = "、".join(s.label() for s in report.sources)
    if report.already_applied:
        echo(f"此前已用 {names} 更新过事实库，本次不再改动。")
    if report.recovered:
        echo(f"已恢复上次中断的更新：{len(report.recovered)} 个文件还原为更新前的内容")
    for skipped in report.skipped:
        echo(f"跳过：{skipped}")
    will = report.dry_run
    if report.applied_before and not report.already_applied:
        since = "、".join(dict.fromkeys(h.label() for h, _ in report.superseded_figures))
        said = (f"其后收入或改动的 {since} 中有该报告已有更新值的较旧数字，本次{'将' if will else '已'}把它们标为已被取代："
                if since else f"其后事实库有改动，本次{'将' if will else '已'}重新写入该报告的事实。")
        say(f"此前已用 {names} 更新过事实库；{said}")
    if not report.already_applied:
        rows = [[m.new.figure.counts or h.figure.counts or "",
                 f"{shown(h)} {'→' if m.outcome == UPDATED else '＝'} {shown(m.new)}",
                 f"{h.label()} → {m.new.label()}"] for h, m in report.superseded_figures]
        title = f"事实更新：{names}" + ("（试运行，未写入）" if will else "")
        show_table(title, [Column("测量项"), Column("原值（年份） → 新值（年份）"), Column("来源", wide=True)],
                   rows, echo)
        updated = sum(m.outcome == UPDATED for _, m in report.superseded_figures)
        say(f"{'确认更新后将' if will else '已'}把 {len(report.superseded_figures)} 个旧数字标为已被取代"
            f"（数值更新 {updated} 个，数值未变、年份更新 {len(report.superseded_figures) - updated} 个；"
            f"逐个数字标记，同段其他数字不受影响），其中 {len(report.superseded)} 条旧事实的数字全部被取代；"
            f"{'将' if will else '已'}新增事实 {len(report.added)} 条。")
    for source, place, fact_file, area in report.elsewhere:  # as distill says it (qa18 #1: 天津's reply refreshed in, unsaid)
        say(elsewhere_note(source.label(), place, fact_file, area))
    sections = [
        ("无法确定对应关系（请人工确认，未改动）：", [
            f"{m.new.figure.counts} {shown(m.new)} 可能对应："
            + "；".join(f"{h.figure.counts} {shown(h)}〔{h.label()}〕" for h in m.candidates)
            for m in report.by_outcome(AMBIGUOUS)
        ]),
        (f"{'将' if will else '已'}新增的事实：", [
            f"{fact.period.year or '年份不详'}年｜{fact.id}｜{brief(fact.text, 30)}" for fact, _ in report.added
        ]),
        ("未获更新且已超出时效的事实：", [
            f"{fact.period.year}年｜{source.label()}｜{fact.id}｜{brief(fact.text, 24)}"
            for fact, source in report.stale
        ]),
    ]
    for title, lines in sections:
        if lines:
            echo("")
            echo(title)
            for line in lines:
                say(f"  {line}")
    for path in report.copied:
        echo(f"\n报告已存入来源目录：{path}")
    if report.dry_run:
        for path in report.filed:
            if not path.exists():
                echo(f"\n确认更新时，报告将存入来源目录：{path}")
    if report.written:
        echo(f"\n已写入 {len(report.written)} 个事实文件。")
    elif not report.dry_run:
        echo("\n事实库无需改动。")
