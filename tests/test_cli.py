"""The command line as a new user meets it: options where they are typed, Chinese messages,
output readable at 80 columns, refusals before anything is written."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import REPO, TITLE_1288
from drafter.cli import cli
from drafter.cli_output import brief, show_check, show_table, width_of, Column
from drafter.check import CheckReport, Finding

COMMANDS = ["init", "distill", "facts", "sources", "draft", "batch", "check", "refresh", "harvest"]
CLICK_ENGLISH = ("Usage", "Options", "Commands", "Invalid value", "Missing", "No such", "Show this",
                 "is not", "Error", "Try ")
ID_LINE = re.compile(r"^f-\S+\s", re.M)


def run(*args, columns: int = 80, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], env={"COLUMNS": str(columns)}, **kw)


def one_error_line(result, *wanted: str) -> str:
    """The single stderr line of a refused command (exit 2), containing each of ``wanted``."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), result.stderr
    for text in wanted:
        assert text in lines[0]
    assert "Traceback" not in result.output
    return lines[0]


# ------------------------------------------------------------------ where options go


def test_workspace_option_is_accepted_after_the_command(seeded_root, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no drafter.yaml here or above
    after = run("facts", "高新技术企业", "-w", seeded_root, "--limit", "1")
    assert after.exit_code == 0, after.output
    before = run("-w", seeded_root, "facts", "高新技术企业", "--limit", "1")
    assert after.output == before.output and ID_LINE.search(after.output)
    # given twice, the one after the command wins
    both = run("-w", tmp_path, "sources", "--workspace", seeded_root)
    assert both.exit_code == 0 and "共 5 份来源文件" in both.output
    missing = run("sources")
    one_error_line(missing, "drafter.yaml", "--workspace")  # the CLI names the option that fixes it


# ------------------------------------------------------------------ draft refusals


@pytest.mark.parametrize("args, wanted", [
    (["draft", "abc", TITLE_1288], ["应为数字", "abc"]),
    (["draft", "12", TITLE_1288, "-o", "/nonexistent/dir/x.docx"], ["目录不存在", "/nonexistent/dir"]),
    (["draft", "12", TITLE_1288, "-o", "out.txt"], [".docx", "out.txt"]),
    (["draft", "12", TITLE_1288, "--lead", "市工信局"], ["主办", "市工信局"]),
    (["draft", "12", TITLE_1288, "--role", "会办"], ["主办单位", "--lead"]),
])
def test_draft_refuses_before_writing(seeded_ws, tmp_path, monkeypatch, args, wanted):
    monkeypatch.chdir(tmp_path)
    result = run("-w", seeded_ws.root, *args)
    one_error_line(result, *wanted)
    assert not (seeded_ws.root / "drafts").exists() and not (tmp_path / "out.txt").exists()
    assert not Path("/nonexistent").exists()


def test_existing_draft_names_the_force_option(seeded_ws):
    args = ["-w", seeded_ws.root, "draft", "1288", TITLE_1288, "--type", "A"]
    assert run(*args).exit_code == 0
    one_error_line(run(*args), "未覆盖", "--force")


def test_single_proposal_draft_is_named_like_batch(seeded_ws):
    result = run("-w", seeded_ws.root, "draft", "45", "关于加快科技成果转化的提案", "--proposal")
    assert result.exit_code == 0, result.output
    assert (seeded_ws.root / "drafts" / "提案-45.docx").is_file()
    assert not (seeded_ws.root / "drafts" / "45.docx").exists()


# ------------------------------------------------------------------ click in Chinese


@pytest.mark.parametrize("args, wanted", [
    (["facts", "--kind", "bogus"], ["--kind", "bogus", "无效"]),
    (["draft"], ["缺少参数", "NUMBER"]),
    (["draft", "12"], ["缺少参数", "TOPIC"]),
    (["facts", "--bogus"], ["没有选项", "--bogus"]),
    (["bogus"], ["没有命令", "bogus"]),
    (["batch", "x.xlsx", "--jobs", "0"], ["--jobs", "0 应不小于1"]),  # not click's x>=1 (qa18 F16)
    (["serve", "--port", "70000"], ["--port", "70000 应在0到65535之间"]),
    (["draft", "12", "x", "--role", "主"], ["--role", "主办"]),
    (["facts", "--limit", "many"], ["--limit", "不是有效的整数"]),
    (["refresh"], ["缺少参数"]),
    # qa18 F16: a day that does not exist says why, as --date does; two options that conflict say so
    (["batch", "x.xlsx", "--today", "2025-02-30"], ["--today", "2025年2月只有28天，没有30日"]),
    (["refresh", "x.txt", "--today", "2025-13-01"], ["--today", "月份应为1–12"]),
    (["facts", "--limit", "5", "--all"], ["--limit 与 --all 互相冲突", " facts --help"]),
])
def test_click_usage_errors_are_chinese(empty_root, args, wanted):
    line = one_error_line(run("-w", empty_root, *args), *wanted)
    assert not any(word in line for word in CLICK_ENGLISH), line


def test_an_old_doc_given_as_the_suggestion_text_is_said_to_be_saved_as_docx(empty_root, tmp_path):
    """qa18 F16: draft --text old.doc said only that the type is not supported; now the hint other .doc refusals give."""
    old = tmp_path / "建议.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    one_error_line(run("-w", empty_root, "draft", "12", "关于科技创新的建议", "--text", old),
                   str(old), "“.doc”不支持", "请在 Word/WPS 中另存为 .docx")


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_chinese_and_fits_80_columns(command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    text = result.output
    assert text.startswith("用法：") and "选项：" in text and "显示本帮助并退出" in text
    assert not any(word in text for word in CLICK_ENGLISH), text
    for line in text.splitlines():
        assert width_of(line) <= 80, line
        # no space between two Chinese characters (a docstring's line break joined with a space)
        assert not re.search(r"[\u4e00-\u9fff，。；、：）“”] [\u4e00-\u9fff（“”]", line.strip()), line
        assert not re.match(r"\s*[，。、；：）]", line), line  # punctuation never starts a line


# ------------------------------------------------------------------ output at 80 columns


def test_facts_show_20_and_say_how_many_more(seeded_root):
    default = run("-w", seeded_root, "facts", "高新技术企业")
    assert default.exit_code == 0
    everything = run("-w", seeded_root, "facts", "高新技术企业", "--all")
    total = len(ID_LINE.findall(everything.output))
    assert total > 40 and f"共 {total} 条事实" in everything.output and "未列出" not in everything.output
    assert len(ID_LINE.findall(default.output)) == 20
    assert f"另有 {total - 20} 条未列出" in default.output and "--all" in default.output
    five = run("-w", seeded_root, "facts", "高新技术企业", "--limit", "5")
    assert len(ID_LINE.findall(five.output)) == 5 and f"另有 {total - 5} 条" in five.output
    assert ID_LINE.findall(five.output) == ID_LINE.findall(default.output)[:5]


@pytest.mark.parametrize("args", [["facts", "高新技术企业"], ["sources"], ["facts", "--all"]])
def test_listings_are_plain_lines_within_80_columns(seeded_root, args):
    result = run("-w", seeded_root, *args)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert not re.search(r"[│┃━─┏┗╇]", result.output)  # no table drawn when not on a terminal
    assert all(width_of(line) <= 80 for line in lines), max(lines, key=width_of)
    if args[0] == "facts":  # a fact takes its header line and a few lines, not ~50
        facts = len(ID_LINE.findall(result.output))
        assert len(lines) <= 8 * facts + 3


def test_sources_names_a_report_that_also_plans_by_both(seeded_root):
    """泉科〔2017〕28号 is a 2016 summary and a 2017 plan in one (工作总结及2017年工作安排), and a 工作要点 is
    a plan alone: the listing's type says 总结/计划 for either, never 工作总结 for a plan."""
    rows = run("-w", seeded_root, "sources").output.splitlines()
    row = next(line for line in rows if line.startswith("2017-work_report-"))
    assert "总结/计划" in row and "工作总结" not in row
    assert any(line.startswith("2025-reply-1071") and " 答复 " in line for line in rows)


@pytest.mark.parametrize("args", [["distill", "seeds/001_fa2a5beafb4408f4.txt"],
                                  ["refresh", "--dry-run", "seeds/000_60a5176dfe2077e9.txt"]])
def test_distill_and_refresh_reports_within_80_columns(seeded_ws, monkeypatch, args):
    monkeypatch.chdir(seeded_ws.root)
    result = run(*args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) > 3 and all(width_of(line) <= 80 for line in lines), max(lines, key=width_of)
    assert not re.search(r"[│┃━─┏┗╇]", result.output)


def test_a_table_on_a_wide_terminal_and_lines_on_a_narrow_one(monkeypatch, capsys):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    rows = [["f-1", "已做", "全市高新技术企业达3122家。" * 6]]
    columns = [Column("编号"), Column("类型"), Column("内容", wide=True)]
    for width, table in ((160, True), (80, False)):
        monkeypatch.setenv("COLUMNS", str(width))
        lines: list[str] = []
        show_table("共 1 条事实", columns, rows, lines.append)
        printed = capsys.readouterr().out
        assert bool(re.search(r"[┃│]", printed)) is table
        if not table:
            assert lines[1].startswith("f-1  已做") and all(width_of(x) <= 80 for x in lines)


def test_check_quotes_at_most_60_characters():
    long = "全市高新技术企业达3122家，" * 50  # a 700-character paragraph
    report = CheckReport("x.docx", "A", 2026, [Finding("number-untraced", 7, long, "数字在事实库中找不到出处")])
    lines: list[str] = []
    show_check(report, lines.append)
    assert lines[0] == "需处理 1 项：占位符 0 处 · 无出处数字 1 处 · 格式 0 处"  # the summary on top
    quoted = re.search(r"“(.*)”", "".join(line.strip() for line in lines[1:-1])).group(1)
    assert len(quoted) == 60 and quoted.endswith("…") and quoted[:-1] == long[:59]
    assert brief("短句") == "短句"


def test_check_on_an_edited_seed_draft_quotes_briefly(seeded_ws, tmp_path):
    from docx import Document

    path = tmp_path / "1288.docx"
    assert run("-w", seeded_ws.root, "draft", "1288", TITLE_1288, "--type", "A", "-o", path).exit_code == 0
    document = Document(str(path))
    body = next(p for p in document.paragraphs if "家" in p.text and len(p.text) > 60)
    body.add_run("此外办理贷款9999笔，" + "持续推进科技创新，" * 60 + "累计达到77亿元。")
    document.save(str(path))
    result = run("-w", seeded_ws.root, "check", path)
    assert result.exit_code == 1
    findings = re.sub(r"\n {4}", "", result.output)  # a finding's further lines joined to its first
    quotes = re.findall(r"“([^”]*)”\s*$", findings, re.M)
    assert quotes and all(len(q) <= 60 for q in quotes)
    assert any("77亿元" in line for line in findings.splitlines())
    # piped, as requests and facts: wrapped at 80 columns (qa18 F16: lines of 270), a finding's further lines indented
    lines = result.output.splitlines()
    assert all(width_of(line) <= 80 for line in lines)
    assert len(lines) > len(findings.splitlines()) and all(re.match(r"第\d+段 \[|全文 \[| {4}\S|需处理|共 ", line)
                                                            for line in lines)


# ------------------------------------------------------------------ batch list header


def test_a_list_without_its_date_column_is_one_header_error(empty_root, tmp_path):
    lines = ["建议号,标题,领衔代表,承办方式"] + [f"{1500 + i},关于科技创新的建议{i},某代表,主办" for i in range(20)]
    path = tmp_path / "交办清单.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run("-w", empty_root, "batch", path)
    line = one_error_line(result, "交办日期", "第1行", str(path))
    assert "--" not in line.split("（")[0]
    assert not (empty_root / "drafts").exists()


# ------------------------------------------------------------------ the CLI stays on top


def test_no_module_below_the_cli_imports_click_or_rich():
    cli_modules = {"cli.py", "cli_output.py"}
    offenders = []
    for path in sorted((REPO / "drafter").rglob("*.py")):
        if path.relative_to(REPO / "drafter").as_posix() in cli_modules:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(r"\s*(import|from)\s+(click|rich)\b", line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_a_reminder_is_not_broken_before_the_path_it_names():
    """hd23b's distill printed 地区有误的，⏎请改正facts/2018-reply-36.yaml中来源…: the path kept whole took the Chinese words
    around it (请改正…中来源) as part of it, and the whole moved down, leaving a line half empty mid-sentence."""
    from drafter.cli_output import elsewhere_note, wrap

    note = elsewhere_note("关于区七届人大三次会议第36号建议的答复", "昭化区", "facts/2018-reply-36.yaml")
    lines = wrap(note, 80)
    assert "".join(lines) == note and any("facts/2018-reply-36.yaml" in line for line in lines), lines
    assert all(width_of(line) >= 76 for line in lines[:-1]), lines  # every line but the last filled
