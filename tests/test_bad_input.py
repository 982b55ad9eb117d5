"""Bad input, command by command: one line in Chinese naming the file (and line or row) and what is
wrong, a non-zero exit, never a traceback or a parser's English; a batch goes on past a bad row."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from helpers import REPO

from drafter.cli import cli

# An English word of three letters or more: a parser's or library's own message let through.
ENGLISH = re.compile(r"[A-Za-z]{3,}")


def run(root: Path, *args, **kw):
    return CliRunner().invoke(cli, ["-w", str(root), *[str(a) for a in args]], **kw)


def one_error_line(result, *wanted: str) -> str:
    """The single stderr line of a refused command (exit 2), holding each of ``wanted``."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), result.stderr
    for text in wanted:
        assert text in lines[0], lines[0]
    assert "Traceback" not in result.output
    return lines[0]


def chinese(line: str, *names: str) -> None:
    """No English word in ``line`` but the file names and words given (YAML, .docx…)."""
    for name in names:
        line = line.replace(name, "")
    assert not ENGLISH.search(line), line


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


@pytest.fixture
def ws(empty_root) -> Path:
    """The demo settings and one real fact file (1071's reply)."""
    shutil.copy(REPO / "facts" / "2025-reply-1071.yaml", empty_root / "facts")
    return empty_root


# ------------------------------------------------------------------ YAML the clerk edits


@pytest.mark.parametrize("date", ["2025-13-40", "2025-02-30"])
def test_a_fact_file_date_that_is_no_date_names_its_line(ws, date):
    path = ws / "facts" / "2025-reply-1071.yaml"
    edit(path, "  date: 2025-05-20", f"  date: {date}")
    for args in (["sources"], ["facts", "高新技术企业"]):
        line = one_error_line(run(ws, *args), f"facts/2025-reply-1071.yaml:{line_of(path, date)}:", date)
        assert "内部错误" not in line


@pytest.mark.parametrize("old, new, said", [
    ("freshness_years: 2", "freshness_years: 2\n\tx: 1", "制表符"),
    ("  short_name: 市科技局", "  short_name: [市科技局", "方括号"),
    ("disclosure: 主动公开", "disclosure: @主动公开", "引号"),
    ("contact: 谢惠阳", "contact: 谢惠阳\ncontact: 张三", "重复"),
    ("phone: 0595-22579329", "phone: 电话: 0595", "引号"),
])
def test_yaml_syntax_errors_say_what_to_fix_in_chinese(ws, old, new, said):
    config = ws / "drafter.yaml"
    edit(config, old, new)
    line = one_error_line(run(ws, "sources"), "drafter.yaml:", "YAML 语法错误", said)
    chinese(line, str(config), "YAML", "Tab", "contact")
    assert re.search(r"drafter\.yaml:\d+: ", line)


def test_a_figure_value_that_is_no_number_is_said_in_chinese(ws):
    path = ws / "facts" / "2025-reply-1071.yaml"
    edit(path, "{value: 3122,", "{value: 三千,")
    line = one_error_line(run(ws, "facts"), f"facts/2025-reply-1071.yaml:{line_of(path, '三千')}:", "三千")
    chinese(line, "facts/2025-reply-1071.yaml", "figures", "value", "f-2025-reply-1071-")


# ------------------------------------------------------------------ files that are not what they say

TITLE = "关于加大科技金融支持科创企业的建议"


def _docx_without_its_parts(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document garbage")


def _broken_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\nstream\x00\x01")


def _broken_xlsx(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a workbook")


@pytest.mark.parametrize("name, make, args", [
    ("回复.docx", _docx_without_its_parts, ["check"]),
    ("回复.docx", _docx_without_its_parts, ["distill"]),
    ("建议.docx", _docx_without_its_parts, ["draft", "12", TITLE, "--text"]),
    ("报告.pdf", _broken_pdf, ["distill"]),
    ("报告.pdf", _broken_pdf, ["harvest"]),
    ("清单.xlsx", _broken_xlsx, ["batch"]),
])
def test_a_broken_file_is_said_in_chinese_without_the_library_words(ws, tmp_path, name, make, args):
    path = tmp_path / name
    make(path)
    line = one_error_line(run(ws, *args, path), f"{path}: ")
    chinese(line, str(path), ".docx", "Word", "WPS", "XML", "PDF", "Excel", ".xlsx", "zip")
    assert not (ws / "drafts").exists()


@pytest.mark.parametrize("args, wanted", [
    (["draft", "12", TITLE, "--text"], "是文件夹"),
    (["batch"], "是文件夹"),
    (["check"], "是文件夹，不是答复稿"),
])
def test_a_folder_given_for_a_file_is_said_so(ws, tmp_path, args, wanted):
    folder = tmp_path / "材料"
    folder.mkdir()
    one_error_line(run(ws, *args, folder), f"{folder}: {wanted}")
    assert not (ws / "drafts").exists()


@pytest.mark.parametrize("content", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \r\n\r\n", "\u3000\n".encode()])
def test_a_suggestion_text_with_no_text_is_refused_not_drafted_as_none(ws, tmp_path, content):
    path = tmp_path / "建议.txt"
    path.write_bytes(content)
    one_error_line(run(ws, "draft", "12", TITLE, "--text", path), f"{path}: ", "为空")
    assert not (ws / "drafts").exists()


def test_an_empty_list_workbook_is_said_empty(ws, tmp_path):
    path = tmp_path / "清单.xlsx"
    path.write_bytes(b"")
    one_error_line(run(ws, "batch", path), f"{path}: 文件为空")


def test_a_file_name_the_system_refuses_is_one_line_before_any_work(ws, tmp_path):
    out = tmp_path / ("长" * 100 + ".docx")  # 300 bytes: over the 255 a file name may have
    line = one_error_line(run(ws, "draft", "12", TITLE, "-o", out), "文件名过长")
    assert "内部错误" not in line and "Errno" not in line


def test_a_refused_write_says_why_in_chinese(ws, monkeypatch):
    import errno
    import tempfile

    def refuse(*a, **kw):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    line = one_error_line(run(ws, "draft", "12", TITLE), "drafts/12.docx: 无法写入：没有权限")
    chinese(line, str(ws / "drafts" / "12.docx"))


def test_a_draft_another_run_wrote_meanwhile_is_not_replaced(tmp_path, monkeypatch):
    """Two runs drafting one number: the check before writing passes for both; the second to
    finish must not rename its file over the first's."""
    import os

    from drafter.errors import DrafterError
    from drafter.fileio import atomic_write

    target = tmp_path / "12.docx"
    real_fsync = os.fsync

    def other_run_finishes(fd):  # while this run writes its temporary file
        target.write_bytes(b"the other run's draft")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", other_run_finishes)
    with pytest.raises(DrafterError, match="已存在"):
        atomic_write(target, b"this run's draft", overwrite=False)
    assert target.read_bytes() == b"the other run's draft"
    assert [p.name for p in tmp_path.iterdir()] == ["12.docx"]  # no temporary file left


# ------------------------------------------------------------------ folders and lists


@pytest.mark.parametrize("command", ["distill", "harvest"])
@pytest.mark.parametrize("inside", [[], ["旧答复.doc"]])
def test_a_folder_with_nothing_to_read_is_an_error_not_a_silent_success(ws, tmp_path, command, inside):
    folder = tmp_path / "资料"
    folder.mkdir()
    for name in inside:
        (folder / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    result = run(ws, command, folder)
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("错误：")]
    assert errors == [f"错误：{folder}: 文件夹中没有可读取的来源文件（支持 .docx .htm .html .markdown .md .pdf .text .txt）"]
    assert [p.name for p in (ws / "facts").iterdir()] == ["2025-reply-1071.yaml"]


def test_a_list_row_whose_number_is_no_number_is_a_problem_row_and_the_batch_goes_on(ws, tmp_path):
    listing = tmp_path / "清单.csv"
    listing.write_text("建议号,标题,交办日期\n"
                       "../../外面,关于加大科技金融支持科创企业的建议,2026-03-01\n"
                       "第三号,关于加大科技金融支持科创企业的建议,2026-03-01\n"
                       "abc,关于加大科技金融支持科创企业的建议,2026-03-01\n"
                       f"{'1' * 300},关于加大科技金融支持科创企业的建议,2026-03-01\n"
                       "第1350号,关于加大科技金融支持科创企业的建议,2026-03-01\n", encoding="utf-8")
    out = tmp_path / "草稿"
    result = run(ws, "batch", listing, "-o", out, "--jobs", "1")
    assert result.exit_code == 1, result.output
    for row, typed in ((2, "../../外面"), (3, "第三号"), (4, "abc"), (5, "1" * 300)):
        assert f"{listing}:第{row}行: 建议号应为数字（至多10位，可带字母前缀和年份，如 1288、B003、202302B46、B(2024)182、〔2024〕182、第1288号），而不是“{typed}”" \
            in result.stdout.splitlines(), result.stdout
    assert sorted(p.name for p in out.glob("*.docx")) == ["1350.docx"]
    assert not (tmp_path / "外面.docx").exists() and "Traceback" not in result.output


# ------------------------------------------------------------------ wording templates a clerk edits


@pytest.mark.parametrize("body, line, said", [
    ("您好。\n{{ 落款.单位 }}\n", 2, "用到了不存在的变量“落款”"),
    ("{{ title.单位.名称 }}\n", 1, "用到了不存在的属性“单位”"),
    ("{{ 1 / 0 }}\n", 1, "其中的表达式无法计算"),
    ("{% if %}\n", 1, "语法错误"),
    (None, None, "不是 UTF-8 编码的文本"),
])
def test_a_broken_wording_template_is_one_line_naming_it(ws, body, line, said):
    template = ws / "templates" / "wording" / "closing.j2"
    if body is None:
        template.write_bytes("此致敬礼".encode("gb18030"))
    else:
        template.write_text(body, encoding="utf-8")
    where = f"{template}:{line}: " if line else f"{template}: "
    error = one_error_line(run(ws, "draft", "12", TITLE), where, said)
    chinese(error, str(template), "UTF", "drafter")
    assert not (ws / "drafts").exists()


@pytest.mark.parametrize("old, new, said", [
    ("freshness_years: 2", "freshnes_years: 2", "未知的配置项“freshnes_years”（是否要写 freshness_years？）"),
    ("  length: 2700", "  lenght: 2700", "未知的配置项“draft.lenght”（是否要写 length？）"),
    ("  short_name: 市科技局", "  称呼: 市科技局", "未知的配置项“organisation.称呼”（可用：name、short_name"),
    ("  A: 所提问题已经解决或基本解决", "  A: [所提问题已经解决]", "classes 的 A 须为"),
    ("    - [市政府督查室]", "    - {市政府督查室: 1}", "cc.suggestion 的每一组须为单位名称"),
    ("  jurisdiction: 泉州市", "  jurisdiction: true", "jurisdiction 须为文本"),
    ("  earlier_plans:", "  earlier_plans: 正文  #", "draft.earlier_plans 须为 text 或 comment"),  # (either value before)
    ("  old_figures: keep", "  old_figures: 空出", "draft.old_figures 须为 keep、blank 或 frame"),
    ("  asked_measures: comment", "  asked_measures: 照录", "draft.asked_measures 须为 comment 或 text"),
    ("  standing_measures: comment", "  standing_measures: 续写", "draft.standing_measures 须为 comment 或 text"),
])
def test_a_setting_misspelt_or_of_the_wrong_kind_is_refused_naming_its_line(ws, old, new, said):
    config = ws / "drafter.yaml"
    edit(config, old, new)
    one_error_line(run(ws, "sources"), f"{config}:{line_of(config, new.splitlines()[0].strip())}: {said}")


# ------------------------------------------------------------------ options


def test_a_date_option_in_the_wrong_form_names_the_form_as_a_clerk_writes_it(ws):
    result = run(ws, "batch", "清单.xlsx", "--today", "明天")
    line = one_error_line(result, "--today", "明天", "YYYY-MM-DD")
    assert "%" not in line
    # a day of that form that does not exist says why, as --date does
    one_error_line(run(ws, "batch", "清单.xlsx", "--today", "2026-13-01"), "--today", "2026-13-01", "月份应为1–12")


def test_a_title_with_control_characters_is_drafted_without_them(ws):
    result = run(ws, "draft", "12", "关于加大科技金融\x07支持科创企业\x0b的建议", "--deputy", "张\x1b三")
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(ws / "drafts" / "12.docx").paragraphs)
    assert "关于加大科技金融支持科创企业的建议" in text and "张三" in text


def test_a_list_date_far_from_today_is_a_problem_row_and_the_batch_goes_on(ws, tmp_path):
    import datetime as dt

    year = dt.date.today().year
    listing = tmp_path / "清单.csv"
    listing.write_text("建议号,标题,交办日期\n"
                       f"1301,关于加大科技金融支持科创企业的建议,{year + 73}-03-01\n"
                       f"1302,关于加大科技金融支持科创企业的建议,{year}年3月1日\n", encoding="utf-8")
    result = run(ws, "batch", listing, "-o", tmp_path / "草稿", "--jobs", "1")
    assert result.exit_code == 1, result.output
    assert (f"{listing}:第2行: 交办日期「{year + 73}-03-01」不在合理范围内（应在{year - 10}年至{year + 1}年之间），"
            "请核对年份") in result.stdout.splitlines()
    assert [p.name for p in (tmp_path / "草稿").glob("*.docx")] == ["1302.docx"]


def test_a_reply_date_years_back_is_drafted_with_a_warning_naming_it(ws):
    """A date typed years back (hd6: --date 2019-05-24 in 2026) is taken — a past reply drafted again —
    but said on stderr before the other warnings; last year's is drafted without a word."""
    import datetime as dt

    year = dt.date.today().year
    result = run(ws, "draft", "12", "关于加大科技金融支持科创企业的建议", "--date", f"{year - 7}-05-24")
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if line.startswith("提醒：")]
    assert warned[0].startswith(f"提醒：成文日期为{year - 7}年5月24日，是7年前的日期："), warned
    result = run(ws, "draft", "13", "关于加大科技金融支持科创企业的建议", "--date", f"{year - 1}-05-24")
    assert result.exit_code == 0 and "年前的日期" not in result.stderr, result.output


def test_a_deadline_past_the_holiday_calendar_is_said_once_in_chinese_not_as_a_python_warning(ws, tmp_path):
    import chinese_calendar
    import datetime as dt

    year = dt.date.today().year
    while True:  # the first year the installed calendar does not cover
        try:
            chinese_calendar.is_workday(dt.date(year, 3, 1))
        except NotImplementedError:
            break
        year += 1
    listing = tmp_path / "清单.csv"
    listing.write_text(f"建议号,标题,交办日期\n1301,关于加大科技金融支持科创企业的建议,{year - 1}-12-01\n",
                       encoding="utf-8")
    import os
    import subprocess
    import sys

    # the command as a clerk runs it: Python's own display of warnings is a real interpreter's
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONWARNINGS", "DRAFTER_DEBUG"))}
    result = subprocess.run([sys.executable, "-m", "drafter", "-w", str(ws), "batch", str(listing), "-o",
                             str(tmp_path / "草稿"), "--jobs", "1", "--today", f"{year - 1}-12-01"],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    said = [line for line in result.stderr.splitlines() if "节假日历" in line]
    assert said == [f"注意：节假日历未覆盖{year}年，该年期限只顺延周末，法定节假日和调休请人工核对"], result.stderr
    assert "Warning" not in result.stderr and ".py:" not in result.stderr


def test_a_file_where_the_drafts_folder_should_be_is_said_so(ws):
    (ws / "drafts").write_text("不是文件夹", encoding="utf-8")
    one_error_line(run(ws, "draft", "12", TITLE), f"drafts/12.docx: 无法写入：{ws / 'drafts'} 是文件，不是文件夹")
    assert (ws / "drafts").read_text(encoding="utf-8") == "不是文件夹"


@pytest.mark.parametrize("prefix, value, escaped", [
    ("    text: ", "一是强化专项扶持政策引领。", '"一是强化专项\\a扶持政策引领。'),
    ("    section: ", "[一、大力培育科技创新主体，推动创新主体“提能”“扩面”]", '["一、大力\\a培育科技创新主体，推动创新主体“提能”“扩面”"]'),
])
def test_a_control_character_in_a_fact_file_is_refused_naming_its_line(ws, prefix, value, escaped):
    """One typed as a YAML escape (\\a): no draft could be written with it (python-docx refuses it)."""
    path = ws / "facts" / "2025-reply-1071.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(k for k, line in enumerate(lines) if line.startswith(prefix + value))
    rest = lines[n][len(prefix + value):].rstrip("\n")
    lines[n] = prefix + escaped + (rest + '"' if prefix.strip() == "text:" else "") + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    one_error_line(run(ws, "draft", "12", TITLE), f"facts/2025-reply-1071.yaml:{n + 1}:", "控制字符 '\\x07'")
    assert not (ws / "drafts").exists()


def test_a_fact_edited_on_the_web_with_a_pasted_control_character_is_saved_without_it(ws):
    import warnings

    from drafter.web.app import create_app

    warnings.filterwarnings("ignore", message=".*httpx.*")  # starlette's TestClient prefers httpx2
    from starlette.testclient import TestClient

    fact = next(line.split("id: ")[1] for line in (ws / "facts" / "2025-reply-1071.yaml").read_text("utf-8").splitlines()
                if line.startswith("  - id: "))
    with TestClient(create_app(ws), base_url="http://127.0.0.1:8765") as client:
        r = client.post(f"/api/facts/{fact}", data={"text": "全市新增国家高新技术企业\x0b320家\x07。"})
        assert r.status_code == 200, r.text
    assert "全市新增国家高新技术企业320家。" in (ws / "facts" / "2025-reply-1071.yaml").read_text("utf-8")
    result = run(ws, "draft", "12", "关于支持高新技术企业扩量提质的建议")
    assert result.exit_code == 0, result.output


def test_an_address_not_of_this_computer_names_the_option_for_the_address(ws):
    import socket

    with socket.socket() as probe:  # a machine that binds any address (ip_nonlocal_bind) would serve
        try:
            probe.bind(("192.0.2.1", 0))
        except OSError:
            pass
        else:
            pytest.skip("这台机器允许绑定非本机地址")
    line = one_error_line(run(ws, "serve", "--host", "192.0.2.1", "--port", "0", "--password", "口令",
                              "--no-browser"), "192.0.2.1", "--host")
    assert "--port" not in line and "系统错误" not in line


def test_a_number_too_long_for_a_file_name_is_refused_before_any_work(ws):
    one_error_line(run(ws, "draft", "1" * 300, TITLE), "至多10位")
    assert not (ws / "drafts").exists()


def test_a_bug_drafting_one_row_does_not_stop_the_batch_drafted_in_this_process(ws, tmp_path, monkeypatch):
    from drafter import draft as draft_module

    real = draft_module.compose_reply

    def fails_on_1301(ws_, suggestion, *a, **kw):
        if suggestion.number == "1301":
            raise RuntimeError("一个错误")
        return real(ws_, suggestion, *a, **kw)

    monkeypatch.setattr(draft_module, "compose_reply", fails_on_1301)
    listing = tmp_path / "清单.csv"
    listing.write_text("建议号,标题,交办日期\n1301,关于加大科技金融支持科创企业的建议,2026-03-01\n"
                       "1302,关于加大科技金融支持科创企业的建议,2026-03-01\n", encoding="utf-8")
    result = run(ws, "batch", listing, "-o", tmp_path / "草稿", "--jobs", "1")
    assert result.exit_code == 1, result.output
    assert [p.name for p in (tmp_path / "草稿").glob("*.docx")] == ["1302.docx"]
    assert any(line.startswith(f"{listing}:第2行: 1301.docx 失败：起草失败：") for line in result.stdout.splitlines())


@pytest.mark.parametrize("typed", ["b", "Ｂ类", "B类"])
def test_a_class_typed_as_a_list_writes_it_is_taken_by_draft_and_check(ws, typed):
    result = run(ws, "draft", "12", TITLE, "--type", typed, "--json")
    assert result.exit_code == 0, result.output
    assert '"class": "B"' in result.stdout
    checked = run(ws, "check", ws / "drafts" / "12.docx", "--type", typed, "--json")
    assert '"reply_class": "B"' in checked.stdout and "class-unknown" not in checked.stdout


@pytest.mark.parametrize("period", ["20255", "25", "2024-20255"])
def test_a_period_that_is_no_year_is_refused_not_an_empty_listing(ws, period):
    line = one_error_line(run(ws, "facts", "--period", period), "--period", period, "1900–2100")
    assert "共 0 条" not in line


@pytest.mark.parametrize("lead", ["泉州市科学技术局", "市科技局", "我局"])
def test_a_co_handling_opinion_addressed_to_the_bureau_itself_is_refused(ws, lead):
    one_error_line(run(ws, "draft", "12", TITLE, "--role", "会办", "--lead", lead), f"“{lead}”是本单位", "--lead")
    assert not (ws / "drafts").exists()


@pytest.mark.parametrize("rows, wanted", [
    ('1301,"关于加大科技金融支持科创企业的建议,2026-03-01\n1302,关于完善科技金融服务体系的建议,2026-03-01\n',
     "第2行：引号没有配对"),
    ('1301,关于加大科技金融支持科创企业的建议,2026-03-01,"' + "很长" * 70000 + '"\n', "第2行：单元格内容过长"),
])
def test_a_csv_list_that_cannot_be_parsed_names_the_row_and_why(ws, tmp_path, rows, wanted):
    listing = tmp_path / "清单.csv"
    listing.write_text("建议号,标题,交办日期\n" + rows, encoding="utf-8")
    line = one_error_line(run(ws, "batch", listing, "-o", tmp_path / "草稿"), f"{listing}: {wanted}")
    assert "内部错误" not in line and not (tmp_path / "草稿").exists()


def test_a_list_workbook_with_a_password_or_an_old_xls_renamed_is_said_so(ws, tmp_path):
    listing = tmp_path / "清单.xlsx"
    listing.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)  # Office's OLE container
    one_error_line(run(ws, "batch", listing), f"{listing}: ", "密码", "另存为 .xlsx")


def test_a_page_nested_thousands_deep_is_refused_at_once_not_read_for_minutes(ws, tmp_path):
    import time

    page = tmp_path / "网页.html"
    page.write_text("<html><body>" + "<div>" * 3000 + "2025年，全市新增高新技术企业120家。" + "</div>" * 3000
                    + "</body></html>", encoding="utf-8")
    start = time.monotonic()
    one_error_line(run(ws, "distill", page), f"{page}: 网页的标签嵌套超过 500 层")
    assert time.monotonic() - start < 5  # it took 8 s, then ended in 内部错误：RecursionError


def test_a_draft_given_to_distill_is_refused_not_put_back_into_the_base(ws, tmp_path):
    drafted = run(ws, "draft", "12", TITLE, "-o", tmp_path / "12.docx")
    assert drafted.exit_code == 0, drafted.output
    result = run(ws, "distill", tmp_path / "12.docx")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("错误：")]
    assert len(errors) == 1 and errors[0].startswith(f"错误：{tmp_path / '12.docx'}: 仍有 ")
    assert "是起草中的答复稿，不是来源文件" in errors[0]
    assert [p.name for p in (ws / "facts").iterdir()] == ["2025-reply-1071.yaml"]


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(path).paragraphs]


@pytest.mark.parametrize("given, same_as", [
    (["--with", "市财政局", "--with", "市财政局", "--with", ""], ["--with", "市财政局"]),
    (["--with", "市财政局、市税务局"], ["--with", "市财政局", "--with", "市税务局"]),
    (["--with", ""], []),
])
def test_co_handlers_typed_twice_empty_or_in_one_option_draft_as_listed_once(ws, tmp_path, given, same_as):
    for name, args in (("given", given), ("same", same_as)):
        result = run(ws, "draft", "12", TITLE, "--date", "2026-05-20", *args, "-o", tmp_path / f"{name}.docx")
        assert result.exit_code == 0, result.output
    text = _paragraphs(tmp_path / "given.docx")
    assert text == _paragraphs(tmp_path / "same.docx")
    assert not any("会同研究" in p or "、、" in p or "、研究" in p or "、提供" in p for p in text), text


@pytest.mark.parametrize("old, new, under", [
    ("  areas:                          # county-level", "areas:                          # county-level", "organisation"),
    ("  max_age: 3", "max_age: 3", "draft"),
])
def test_a_setting_written_outside_its_section_says_where_it_belongs(ws, old, new, under):
    config = ws / "drafter.yaml"
    edit(config, old, new)
    key = new.split(":")[0]
    one_error_line(run(ws, "sources"), f"未知的配置项“{key}”（应写在 {under}: 下，缩进两格）")


def test_a_batch_folder_under_a_folder_that_does_not_exist_is_refused_not_made(ws, tmp_path):
    listing = tmp_path / "清单.csv"
    listing.write_text("建议号,标题,交办日期\n1301,关于加大科技金融支持科创企业的建议,2026-03-01\n", encoding="utf-8")
    out = tmp_path / "没有" / "这个" / "草稿"
    one_error_line(run(ws, "batch", listing, "-o", out), f"{out.parent}: 草稿目录的上级目录不存在")
    assert not (tmp_path / "没有").exists()
    made = run(ws, "batch", listing, "-o", tmp_path / "草稿", "--jobs", "1")  # one new folder is made
    assert made.exit_code == 0, made.output
    default = run(ws, "batch", listing, "--jobs", "1")  # drafts/ itself is made when missing
    assert default.exit_code == 0 and (ws / "drafts" / "清单" / "1301.docx").is_file(), default.output
