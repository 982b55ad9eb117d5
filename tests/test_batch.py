"""Batch drafting from an assignment list: reading it, drafts, re-runs, tracking workbook, CLI."""

import datetime as dt
import hashlib
import json
import re
import shutil
import types
import zipfile
from dataclasses import asdict
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from helpers import REPO

from drafter.batch import MANIFEST_NAME, read_assignment_list, run_batch
from drafter.cli import cli
from drafter.errors import DrafterError
from drafter.facts.store import save_fact_file
from drafter.model import Fact, FactFile, Figure, Period, SourceMeta
from drafter.textutil import display_width
from drafter.workspace import load_workspace

TODAY = dt.date(2026, 4, 1)
HEADER = ["序号", "建议号", "建议标题", "领衔代表", "届次", "承办方式", "主办单位", "会办单位", "交办日期",
          "类别", "答复类型"]
SESSION = "市十七届人大五次会议"


def good_rows():
    """Rows for the sheet (title row 1, header row 2, items from row 3)."""
    return [
        [1, 1288, "关于推动科技成果转化的建议", "林永红", SESSION, "主办", "泉州市科学技术局",
         "市财政局、市工信局", dt.datetime(2026, 1, 31), "建议", "A"],
        [2, "第1301号", "关于加强知识产权保护的建议", "王某", SESSION, "会办", "市市场监管局",
         "市科技局", "2026年3月15日", "建议", ""],
        [3, 1302, "关于建设中试平台的建议", "李某", SESSION, "主办", "泉州市科学技术局", "",
         "2026/7/1", "建议", "B类"],
        [4, 12, "关于发展科技金融的提案", "陈委员", "市政协十三届五次会议", "主办", "市科技局", "",
         "2026.2.10", "提案", ""],
        [5, 1310, "关于科技特派员的建议", "张某", SESSION, "协办", "市农业农村局", "市科技局",
         "2026-03-01", "建议", "C"],
    ]


def bad_rows():
    """Rows 8–12 of the sheet: each with one thing wrong (row 7 is left empty on purpose)."""
    return [
        [6, None, "关于人才引进的建议", "赵某", SESSION, "主办", "", "", "2026-03-01", "建议", ""],
        [7, 1288, "关于研发投入的建议", "钱某", SESSION, "主办", "", "", "2026-03-01", "建议", ""],
        [8, 1320, "关于高新技术企业的建议", "孙某", SESSION, "督办", "", "", "2026-03-01", "建议", ""],
        [9, 1321, "关于科技创新的建议", "周某", SESSION, "主办", "", "", "2026-13-01", "建议", ""],
        [10, 1322, "关于科技服务的建议", "吴某", SESSION, "主办", "", "", "2026-03-01", "建议", "D"],
    ]


def write_xlsx(path: Path, rows, title="2026年市人大代表建议交办清单"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([title])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


TINY_SOURCE = SourceMeta(id="city-2025-reply", path="seeds/city.txt", sha256="0" * 64, kind="reply",
                         title="关于第1071号建议的答复", issuer="泉州市科学技术局", jurisdiction="泉州市",
                         number="泉科函〔2025〕81号", date="2025-05-20")
TINY_FACTS = [
    ("f-transfer", "推动科技成果转化，全市技术合同成交额达120亿元。", "科技成果转化",
     Figure(120, "元", "120亿元", "技术合同成交额", "亿")),
    ("f-ip", "强化知识产权保护，全市有效发明专利达1.5万件。", "知识产权",
     Figure(1.5, "件", "1.5万件", "有效发明专利", "万")),
    ("f-pilot", "建设中试平台，全市累计建成中试平台12家。", "中试平台",
     Figure(12, "家", "12家", "中试平台")),
]


@pytest.fixture
def ws(tmp_path):
    """A workspace with the demo configuration and templates and a three-fact base."""
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    workspace = load_workspace(root)
    facts = [Fact(id=id_, text=text, kind="done", period=Period(2025, "text"), jurisdiction="泉州市",
                  source_id=TINY_SOURCE.id, section=["一、主要做法"], paragraph=n, figures=[figure],
                  topics=[topic]) for n, (id_, text, topic, figure) in enumerate(TINY_FACTS, 1)]
    save_fact_file(FactFile(TINY_SOURCE, facts), workspace)
    return workspace


@pytest.fixture
def drafting(monkeypatch):
    """Spies on the real make_draft and FactIndex.load: records each call and its reply; a title
    containing 失败 makes drafting fail the way a broken template would."""
    import drafter.draft
    from drafter.facts.index import FactIndex

    calls, replies, index_loads = [], {}, []
    real_make_draft, real_load = drafter.draft.make_draft, FactIndex.load.__func__

    def make_draft(ws, suggestion, out=None, force=False, index=None, today=None):
        calls.append((suggestion, force, index))
        if "失败" in suggestion.title:
            raise DrafterError("模板渲染失败", ws.templates_dir / "reply.j2", 3)
        result = real_make_draft(ws, suggestion, out=out, force=force, index=index, today=today)
        replies[(suggestion.proposal, suggestion.number)] = result.reply
        return result

    def load(cls, ws):
        index_loads.append(ws)
        return real_load(cls, ws)

    monkeypatch.setattr(drafter.draft, "make_draft", make_draft)
    monkeypatch.setattr(FactIndex, "load", classmethod(load))
    return types.SimpleNamespace(calls=calls, replies=replies, index_loads=index_loads)


def docx_text(path: Path) -> str:
    """The document's text, a long title's line break (before its 第N号) left out."""
    return "\n".join(p.text.replace("\n", "") for p in docx.Document(str(path)).paragraphs)


# ---------------------------------------------------------------------------------------------
# Reading the list


def test_xlsx_with_title_row_items_and_problem_rows(tmp_path, ws):
    rows = good_rows() + [[None] * len(HEADER)] + bad_rows()
    items, problems = read_assignment_list(write_xlsx(tmp_path / "交办清单.xlsx", rows), ws)
    assert [i.row for i in items] == [3, 4, 5, 6, 7]
    by_number = {(i.suggestion.proposal, i.suggestion.number): i for i in items}
    lead = by_number[(False, "1288")]
    assert lead.suggestion.role == "主办" and lead.assigned == dt.date(2026, 1, 31)
    assert lead.suggestion.co_handlers == ["市财政局", "市工信局"]
    assert lead.suggestion.reply_class == "A" and lead.suggestion.session == SESSION
    co = by_number[(False, "1301")]
    assert co.suggestion.role == "会办" and co.suggestion.lead == "市市场监管局"
    assert co.assigned == dt.date(2026, 3, 15) and co.suggestion.co_handlers == []
    assert by_number[(False, "1302")].suggestion.reply_class == "B"
    assert by_number[(False, "1310")].suggestion.role == "协办"
    proposal = by_number[(True, "12")]
    assert proposal.assigned == dt.date(2026, 2, 10) and proposal.suggestion.deputy == "陈委员"

    assert [(p.row, p.message) for p in problems] == [
        (9, "缺少建议号"),
        (10, "建议号 1288 与第3行重复"),
        (11, "承办方式无法识别：「督办」（应为主办、会办或协办）"),
        (12, "交办日期「2026-13-01」有误：月份应为1–12，不是13"),
        (13, "答复类型无法识别：「D」（工作区分类为A、B、C）"),
    ]
    assert problems[3].line("交办清单.xlsx") == "交办清单.xlsx:第12行: 交办日期「2026-13-01」有误：月份应为1–12，不是13"


def test_header_variants_and_role_from_lead_unit(tmp_path, ws):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["编 号", "案由", "提出人", "主办单位", "会办单位（协办单位）", "交办时间", "是否延期"])
    sheet.append(["1400", "关于人才的建议", "甲", "泉州市科技局", "", 46082, "否"])  # serial date
    sheet.append(["1401", "关于专利的建议", "乙", "市市场监管局", "市科技局；市财政局", "20260301", "是"])
    book.save(tmp_path / "list.xlsx")
    items, problems = read_assignment_list(tmp_path / "list.xlsx", ws)
    assert problems == []
    first, second = items
    assert first.suggestion.role == "主办" and first.assigned == dt.date(2026, 3, 1)
    assert not first.extended and second.extended
    assert second.suggestion.role == "会办" and second.suggestion.lead == "市市场监管局"
    assert second.suggestion.co_handlers == ["市财政局"]


def test_one_column_of_units_with_their_roles(tmp_path, ws):
    """A county's list (龙游县, hd5) has one column 主办/会办单位: each unit tagged with its role, or the bureau's
    role alone. The column had been read as 会办单位 whole: 会同主办研究, 【待县农业农村局（主办）提供：…】 for the
    bureau itself, and a 会办 item drafted as a 主办 reply."""
    lines = [
        "编号,标题,代表,届次,主办/会办单位,答复类型,交办日期",
        "31,关于建设横路祝村高标准农田整治项目的建议,姜某某,县十四届人大四次会议,泉州市科技局（主办）；县水利局（会办）,A,2025-04-20",
        "52,关于加强农产品质量安全监管的建议,周某某,县十四届人大四次会议,县市场监管局（主办）；泉州市科技局（会办）,B,2025-04-20",
        "45,关于加快发展农村集体经济的建议,徐某某,县十四届人大四次会议,主办,B,2025-04-20",
        "53,关于农技推广的建议,吴某某,县十四届人大四次会议,会办,B,2025-04-20",
        "54,关于农机补贴的建议,郑某某,县十四届人大四次会议,泉州市科技局；县财政局,B,2025-04-20",
    ]
    path = tmp_path / "交办清单.csv"
    path.write_text("\n".join(lines), "utf-8")
    items, problems = read_assignment_list(path, ws)
    by = {i.suggestion.number: i.suggestion for i in items}
    assert (by["31"].role, by["31"].lead, by["31"].co_handlers) == ("主办", None, ["县水利局"])
    assert (by["52"].role, by["52"].lead, by["52"].co_handlers) == ("会办", "县市场监管局", [])
    assert (by["45"].role, by["45"].co_handlers) == ("主办", [])
    assert (by["54"].role, by["54"].co_handlers) == ("主办", ["县财政局"])  # untagged: the first leads
    assert [(p.row, p.message) for p in problems] == [(5, "会办事项缺少主办单位（会办意见须报送主办单位）")]
    unit_cells = {i.suggestion.number: (i.lead, i.co_handlers) for i in items}  # the 跟踪表's columns
    assert unit_cells["52"] == ("县市场监管局", "泉州市科技局")

def test_list_on_a_later_sheet_and_a_note_under_the_table(tmp_path, ws):
    book = openpyxl.Workbook()
    book.active.append(["填表说明：承办方式填主办或会办"])
    sheet = book.create_sheet("清单")
    sheet.append(["建议编号", "建议标题", "交办日期"])
    sheet.append([1600, "关于科技创新券的建议", "2026-03-02"])
    sheet.append([None, None, None])
    sheet.append(["注：以上建议请于期限内答复。"])
    book.save(tmp_path / "list.xlsx")
    items, problems = read_assignment_list(tmp_path / "list.xlsx", ws)
    assert [(i.row, i.suggestion.number, i.suggestion.role) for i in items] == [(2, "1600", "主办")]
    assert problems == []


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_encodings_and_row_numbers(tmp_path, ws, encoding):
    lines = [
        "建议号,标题,领衔代表,承办方式,主办单位,交办日期",
        "1500,关于研发投入加计扣除的建议,郑某,主办,,2026-03-10",
        ",关于科技馆建设的建议,冯某,主办,,2026-03-10",
        "1501,关于科技型中小企业的建议,陈某,会办,市工信局,2026年2月30日",
        "1502,关于中试平台的建议,褚某,协办,市工信局,2026.3.10",
        "1503,关于科技人才的建议,卫某,会办,泉州市科技局,2026.3.10",
    ]
    path = tmp_path / "交办清单.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    items, problems = read_assignment_list(path, ws)
    assert [(i.row, i.suggestion.number, i.suggestion.title) for i in items] == [
        (2, "1500", "关于研发投入加计扣除的建议"), (5, "1502", "关于中试平台的建议")]
    assert items[1].suggestion.lead == "市工信局"
    assert [(p.row, p.message) for p in problems] == [
        (3, "缺少建议号"), (4, "交办日期「2026年2月30日」有误：2026年2月只有28天，没有30日"),
        (6, "会办事项缺少主办单位（会办意见须报送主办单位）")]


def test_suggestion_text_column_holds_the_text_or_a_file_beside_the_list(tmp_path, ws):
    (tmp_path / "texts").mkdir()
    shutil.copy(REPO / "examples" / "1288建议.txt", tmp_path / "texts" / "1288建议.txt")
    lines = [
        "建议号,标题,领衔代表,交办日期,建议内容",
        "1288,关于推动科技创新与产业创新深度融合的建议,林永红,2026-03-10,texts/1288建议.txt",
        "1500,关于研发投入的建议,郑某,2026-03-10,一是加大研发投入奖补；二是落实加计扣除。",
        "1501,关于人才的建议,陈某,2026-03-10,",
        "1502,关于平台的建议,褚某,2026-03-10,texts/缺少.docx",
    ]
    path = tmp_path / "交办清单.csv"
    path.write_text("\n".join(lines), "utf-8")
    items, problems = read_assignment_list(path, ws)
    texts = {i.suggestion.number: i.suggestion.text for i in items}
    assert "强化知识产权保护和运用" in texts["1288"] and texts["1500"].startswith("一是加大")
    assert texts["1501"] is None
    assert [p.row for p in problems] == [5] and problems[0].message.startswith("建议内容文件无法读取：")
    assert "缺少.docx" in problems[0].message


def test_a_file_beside_the_list_named_by_the_rows_number_is_its_text(tmp_path, ws):
    """qa18: spring/0023.txt beside 交办清单.xlsx was used only when 建议内容 named it: a row with no 建议内容 takes the
    file of its number beside the list (.txt/.docx/.pdf/.md), saying so under the item; a 建议内容 naming a file that
    is not there names it as the cell does, not by the list's folder."""
    shutil.copy(REPO / "examples" / "1350建议.txt", tmp_path / "1350.txt")
    shutil.copy(REPO / "examples" / "1288.docx", tmp_path / "1351.docx")  # a draft's name: no suggestion's text
    lines = ["建议号,标题,领衔代表,交办日期,建议内容",
             "1350,关于加快中试验证平台建设促进科技成果就地转化的建议,陈某某,2026-03-10,",
             "1351,关于人才的建议,陈某,2026-03-10,",
             "1352,关于平台的建议,褚某,2026-03-10,缺少.txt"]
    path = tmp_path / "交办清单.csv"
    path.write_text("\n".join(lines), "utf-8")
    items, problems = read_assignment_list(path, ws)
    by_number = {i.suggestion.number: i for i in items}
    from drafter.compose.asks import read_suggestion_text

    assert by_number["1350"].suggestion.text == read_suggestion_text(REPO / "examples" / "1350建议.txt")
    assert by_number["1350"].note == "建议原文取自清单旁的 1350.txt"
    assert by_number["1351"].suggestion.text is None and by_number["1351"].note == ""
    assert [p.message for p in problems] == ["建议内容文件无法读取：缺少.txt：文件不存在"]
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "batch", str(path), "--date", "2026-05-20"])
    assert result.exit_code == 1 and "建议原文取自清单旁的 1350.txt" in result.output, result.output
    assert any(line.endswith("第4行: 建议内容文件无法读取：缺少.txt：文件不存在") for line in result.output.splitlines())


def test_unreadable_list_is_one_error_naming_the_file(tmp_path, ws):
    book = openpyxl.Workbook()
    book.active.append(["随便写的表"])
    book.active.append(["姓名", "电话"])
    book.save(tmp_path / "x.xlsx")
    with pytest.raises(DrafterError, match="找不到表头"):
        read_assignment_list(tmp_path / "x.xlsx", ws)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(DrafterError) as err:
        read_assignment_list(bad, ws)
    assert str(bad) in str(err.value)
    with pytest.raises(DrafterError, match="找不到交办清单文件"):
        read_assignment_list(tmp_path / "missing.csv", ws)


def test_a_list_that_would_unpack_too_large_is_refused_in_one_line(tmp_path, ws):
    # an .xlsx is a zip: one of 65 MB of zeros (a few KB packed) is refused before openpyxl
    # builds its rows, by the library (the web's batch upload reads lists through it) and the CLI
    bomb = tmp_path / "清单.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (65 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    with pytest.raises(DrafterError, match="拒绝读取：解压后 65 MB，超过上限 64 MB（疑似 zip 炸弹）"):
        read_assignment_list(bomb, ws)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "batch", str(bomb)])
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [f"错误：{bomb}: 拒绝读取：解压后 65 MB，超过上限 64 MB（疑似 zip 炸弹）"]


def test_example_list_reads_cleanly():
    items, problems = read_assignment_list(REPO / "examples" / "交办清单.xlsx", load_workspace(REPO))
    assert problems == [] and len(items) == 20 and items[0].row == 3
    assert {i.suggestion.role for i in items} == {"主办", "会办", "协办"}
    assert sum(i.suggestion.proposal for i in items) == 2 and sum(i.extended for i in items) == 1
    assert all(i.suggestion.lead for i in items if i.suggestion.role != "主办")


# ---------------------------------------------------------------------------------------------
# Running the batch


def test_batch_drafts_good_rows_and_writes_tracking_workbook(tmp_path, ws, drafting):
    rows = good_rows() + bad_rows()
    list_path = write_xlsx(tmp_path / "交办清单.xlsx", rows)
    report = run_batch(ws, list_path, today=TODAY, jobs=1)

    out = ws.drafts_dir / "交办清单"
    assert report.out_dir == out
    assert sorted(p.name for p in out.glob("*.docx")) == sorted(
        ["1288.docx", "1301.docx", "1302.docx", "1310.docx", "提案-12.docx"])
    assert f"关于{SESSION}第1301号建议的会办意见" in docx_text(out / "1301.docx")
    assert "第12号提案的答复" in docx_text(out / "提案-12.docx")
    assert "120亿元" in docx_text(out / "1288.docx")  # the one fact on 科技成果转化
    assert len(drafting.index_loads) == 1 and len(drafting.calls) == 5
    assert [p.row for p in report.problems] == [8, 9, 10, 11, 12]
    assert not report.complete

    book = openpyxl.load_workbook(report.workbook)
    sheet = book["跟踪表"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["序号", "建议号", "类别", "标题"] and "剩余天数" in header
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}11"
    col = {name: i for i, name in enumerate(header)}
    table = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    # qa16: the rows not drafted were left off, the sheet no longer tracking every item assigned
    table, refused = table[:5], table[5:]
    assert [(r[col["序号"]], r[col["建议号"]], r[col["标题"]], r[col["状态"]]) for r in refused] == [
        (6, None, "关于人才引进的建议", "未起草（清单第8行有误）：缺少建议号"),
        (7, "1288", "关于研发投入的建议", "未起草（清单第9行有误）：建议号 1288 与第3行重复"),
        (8, "1320", "关于高新技术企业的建议", "未起草（清单第10行有误）：承办方式无法识别：「督办」（应为主办、会办或协办）"),
        (9, "1321", "关于科技创新的建议", "未起草（清单第11行有误）：交办日期「2026-13-01」有误：月份应为1–12，不是13"),
        (10, "1322", "关于科技服务的建议", "未起草（清单第12行有误）：答复类型无法识别：「D」（工作区分类为A、B、C）")]
    assert [r[col["交办日期"]] for r in refused][-2:] == ["2026-13-01", "2026-03-01"]
    assert all(r[col["剩余天数"]] is None for r in refused)
    due = [r[col["办理期限"]] for r in table]
    assert due == sorted(due) and all(isinstance(d, dt.datetime) for d in due)
    by_number = {(r[col["类别"]], r[col["建议号"]]): r for r in table}
    # 1310 协办 assigned 03-01 → 04-01; 1301 会办 03-15 → 04-15; proposal 主办 02-10 → 05-11 (05-10 is
    # a Sunday); 1288 主办 01-31 → 04-30; 1302 主办 07-01 → 10-01 National Day → 10-08
    expected = {("建议", "1310"): dt.date(2026, 4, 1), ("建议", "1301"): dt.date(2026, 4, 15),
                ("建议", "1288"): dt.date(2026, 4, 30), ("提案", "12"): dt.date(2026, 5, 11),
                ("建议", "1302"): dt.date(2026, 10, 8)}
    due_letter = openpyxl.utils.get_column_letter(col["办理期限"] + 1)
    for n, row in enumerate(table, 2):  # counted by the spreadsheet on the day it is opened
        assert row[col["剩余天数"]] == f"={due_letter}{n}-TODAY()"
    for key, day in expected.items():
        row = by_number[key]
        assert row[col["办理期限"]].date() == day
        reply = drafting.replies[(key[0] == "提案", str(key[1]))]
        assert row[col["引用事实数"]] == len(reply.facts_used)
        assert row[col["待补充数"]] == len(reply.placeholders) > 0
        assert row[col["状态"]] == "已起草"
    assert by_number[("提案", "12")][col["草稿文件"]] == "提案-12.docx"
    assert by_number[("建议", "1301")][col["承办方式"]] == "会办"
    assert by_number[("建议", "1288")][col["答复类型"]] == "A"
    assert by_number[("建议", "1288")][col["引用事实数"]] >= 1
    title, kind = (openpyxl.utils.get_column_letter(col[name] + 1) for name in ("标题", "类别"))
    assert sheet.column_dimensions[title].width > sheet.column_dimensions[kind].width

    problem_sheet = book["问题行"]
    assert next([c.value for c in row] for row in problem_sheet.iter_rows(min_row=2)) == [
        8, "缺少建议号"]
    assert problem_sheet.freeze_panes == "A2"


def test_tracking_workbook_keeps_a_number_as_the_list_writes_it(tmp_path, ws, drafting):
    """qa16: 提案号 "0512", text in the list, was stored as the integer 512 (its draft named 提案-0512.docx)."""
    rows = [[1, "0512", "关于知识产权质押融资的提案", "钱某", SESSION, "主办", "", "", "2026-03-01", "提案", ""]]
    report = run_batch(ws, write_xlsx(tmp_path / "l.xlsx", rows), tmp_path / "out", today=TODAY, jobs=1)
    sheet = openpyxl.load_workbook(report.workbook)["跟踪表"]
    header = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert (row[header.index("序号")], row[header.index("建议号")], row[header.index("草稿文件")]) == (
        1, "0512", "提案-0512.docx")


def test_a_row_whose_units_name_no_unit_of_the_bureau_says_so(tmp_path, ws, monkeypatch):
    """qa16: a typo 市科枝局 (the bureau as its only unit) was flagged nowhere; drafted or refused, the row says so."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "清单.csv").write_text(
        "建议号,标题,主办单位,交办日期,答复类型\n1288,关于推动科技成果转化的建议,市科枝局,2026-03-01,B\n"
        "1289,关于建设中试平台的建议,市科枝局,2026-03-01,X\n1290,关于加强知识产权保护的建议,市科技局,2026-03-01,B\n",
        "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "batch", "清单.csv", "-o", "out", "--today", "2026-04-01",
                                      "-j", "1"])
    said = "清单所列承办单位（市科枝局）中没有本局，请核对单位名称是否有误"
    lines = result.stdout.splitlines()
    item = next(n for n, line in enumerate(lines) if "1288.docx" in line)
    assert lines[item + 1].strip() == said  # beneath its item
    assert f"清单.csv:第3行: 答复类型无法识别：「X」（工作区分类为A、B、C）；{said}" in "".join(lines)
    sheet = openpyxl.load_workbook(tmp_path / "out" / "跟踪表.xlsx")["跟踪表"]
    header = [c.value for c in sheet[1]]
    status = {r[header.index("建议号")]: r[header.index("状态")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert status["1288"] == f"已起草；{said}" and status["1290"] == "已起草"
    assert status["1289"].endswith(said)


def test_a_reply_dated_before_its_item_was_assigned_is_said_on_its_row(tmp_path, ws, monkeypatch):
    """qa18 F20: a row assigned 2025-07-01 drafted with --date 2025-05-20 passed silently. Each row whose
    交办日期 is after the 成文日期 says so beneath its item and in the 跟踪表's 状态; the others say nothing."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "清单.csv").write_text(
        "建议号,标题,主办单位,交办日期\n1288,关于推动科技成果转化的建议,市科技局,2026-03-01\n"
        "1302,关于建设中试平台的建议,市科技局,2026-07-01\n", "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "batch", "清单.csv", "-o", "out", "--date", "2026-05-20",
                                      "--today", "2026-04-01", "-j", "1"])
    assert result.exit_code == 0, result.output
    said = "成文日期2026-05-20早于交办日期2026-07-01，请核对成文日期"
    lines = result.stdout.splitlines()
    item = next(n for n, line in enumerate(lines) if "1302.docx" in line)
    assert lines[item + 1].strip() == said and result.stdout.count("早于交办日期") == 1
    sheet = openpyxl.load_workbook(tmp_path / "out" / "跟踪表.xlsx")["跟踪表"]
    header = [c.value for c in sheet[1]]
    status = {r[header.index("建议号")]: r[header.index("状态")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert status == {"1288": "已起草", "1302": f"已起草；{said}"}


def test_rerun_keeps_edited_draft_and_regenerates_untouched_ones(tmp_path, ws, drafting):
    list_path = write_xlsx(tmp_path / "交办清单.xlsx", good_rows())
    out = tmp_path / "out"
    first = run_batch(ws, list_path, out, today=TODAY, jobs=1)
    assert first.complete and first.count("drafted") == 5
    assert (out / MANIFEST_NAME).is_file()

    edited = docx.Document(str(out / "1288.docx"))
    edited.add_paragraph("科员补充的一段")
    edited.save(str(out / "1288.docx"))
    (out / "1302.docx").unlink()
    drafting.calls.clear()
    second = run_batch(ws, list_path, out, today=TODAY, jobs=1)
    assert "科员补充的一段" in docx_text(out / "1288.docx")
    assert (out / "1302.docx").is_file()
    status = {i.number: i.status for i in second.items}
    assert status == {"1288": "skipped", "1301": "drafted", "1302": "drafted", "12": "drafted",
                      "1310": "drafted"}
    assert second.complete  # a kept edited draft is still a draft
    assert sorted(s.number for s, _, _ in drafting.calls) == ["12", "1301", "1302", "1310"]  # not 1288

    third = run_batch(ws, list_path, out, force=True, today=TODAY, jobs=1)
    assert third.count("skipped") == 0
    assert "科员补充的一段" not in docx_text(out / "1288.docx")
    assert "第1288号建议的答复" in docx_text(out / "1288.docx")


def test_a_second_list_of_the_same_name_gets_a_folder_of_its_own(tmp_path, ws, drafting):
    """Two lists of one file name (hd5: a/交办清单 and b2/交办清单; qa18: 2025交办清单 and
    other/2025交办清单) share the default folder: the second replaced the first's 1288.docx, the draft
    of another title, and its 跟踪表. Now a list holding a number whose draft in the folder was made
    for another title goes to a folder of its own (交办清单-2), saying so; the first's files stay."""
    first = write_xlsx((tmp_path / "a").mkdir() or tmp_path / "a" / "交办清单.xlsx", good_rows()[:3])
    rows = [good_rows()[0][:2] + ["关于加快培育专精特新企业的建议"] + good_rows()[0][3:], good_rows()[3]]
    second = write_xlsx((tmp_path / "b2").mkdir() or tmp_path / "b2" / "交办清单.xlsx", rows)
    out = tmp_path / "交办清单"
    assert run_batch(ws, first, out, today=TODAY, jobs=1).warnings == []
    kept = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    report = run_batch(ws, second, out, today=TODAY, jobs=1)
    assert report.out_dir == tmp_path / "交办清单-2"
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == kept
    assert "关于推动科技成果转化的建议" in docx_text(out / "1288.docx")
    assert "关于加快培育专精特新企业的建议" in docx_text(report.out_dir / "1288.docx")
    assert sorted(p.name for p in report.out_dir.glob("*.docx")) == ["1288.docx", "提案-12.docx"]
    assert report.warnings == [f"{out} 中的1288.docx是另一标题的草稿（另一份同名清单），未覆盖；"
                               f"本清单的草稿写入 {report.out_dir}：两份清单请用不同的文件名，或分别指定草稿目录"]
    # the same list again finds its own folder; the first list again, its own
    again = run_batch(ws, second, out, today=TODAY, jobs=1)
    assert again.out_dir == report.out_dir and again.count("drafted") == 2
    assert run_batch(ws, first, out, today=TODAY, jobs=1).out_dir == out


def test_drafts_of_numbers_the_list_no_longer_holds_are_said(tmp_path, ws, drafting):
    """A row taken out of the list: its draft stays in the folder, and the run says its 跟踪表 leaves it out."""
    out = tmp_path / "交办清单"
    run_batch(ws, write_xlsx(tmp_path / "交办清单.xlsx", good_rows()[:3]), out, today=TODAY, jobs=1)
    report = run_batch(ws, write_xlsx(tmp_path / "交办清单.xlsx", good_rows()[:1]), out, today=TODAY, jobs=1)
    assert report.out_dir == out and (out / "1301.docx").is_file()
    assert report.warnings == ["草稿目录中另有2份草稿不在本清单中（1301.docx、1302.docx），跟踪表未列出："
                               "两份清单请用不同的文件名，或分别指定草稿目录"]


def test_a_past_years_list_is_drafted_as_of_each_items_deadline(tmp_path, ws, monkeypatch):
    """A list of 2019 run in 2026 (hd7) was drafted as of today: its 2018 material was called 3 years older than
    the reply. Each item is drafted as of its deadline once that is past (the facts then known, their age then);
    an item still to answer, as of today."""
    import drafter.draft

    seen = {}
    real = drafter.draft.make_draft

    def make_draft(ws, suggestion, out=None, force=False, index=None, today=None):
        seen[suggestion.number] = today
        return real(ws, suggestion, out=out, force=force, index=index, today=today)

    monkeypatch.setattr(drafter.draft, "make_draft", make_draft)
    listing = tmp_path / "清单.csv"
    listing.write_text("建议号,标题,交办日期\n2118,关于尽快更换老城区老化供暖管网的建议,2019-02-10\n"
                       f"1288,关于推动科技成果转化的建议,{dt.date.today().isoformat()}\n", "utf-8")
    report = run_batch(ws, listing, tmp_path / "out", today=TODAY, jobs=1)
    due = {i.number: i.due for i in report.items}
    assert due["2118"].year == 2019 and seen["2118"] == due["2118"]
    assert due["1288"] > dt.date.today() and seen["1288"] == dt.date.today()


def test_the_base_date_of_days_left_leaves_the_drafts_as_they_are(tmp_path, ws):
    """qa16: --today 2025-04-01, the base date of 剩余天数 by its help, drafted as of it: a 2025-05 reply's
    facts were left out and the draft was all placeholders. It moves 剩余天数 alone; --date dates every draft."""
    assigned = dt.date.today()
    listing = tmp_path / "清单.csv"
    listing.write_text(f"建议号,标题,交办日期\n1288,关于推动科技成果转化的建议,{assigned.isoformat()}\n", "utf-8")
    runner = CliRunner()

    def batch(out: str, *options: str):
        result = runner.invoke(cli, ["-w", str(ws.root), "batch", str(listing), "-o", str(tmp_path / out), "-j", "1",
                                     "--json", *options])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["items"][0], docx_text(tmp_path / out / "1288.docx")

    (plain, text), (early, early_text) = batch("plain"), batch("early", "--today", "2025-04-01")
    assert "120亿元" in text and early_text == text
    assert early["days_left"] - plain["days_left"] == (assigned - dt.date(2025, 4, 1)).days
    dated = f"{assigned.year}-01-05"
    _, dated_text = batch("dated", "--date", dated)
    assert f"{assigned.year}年1月5日" in dated_text and f"{assigned.year}年1月5日" not in text


def test_file_drafter_did_not_write_is_kept(tmp_path, ws, drafting):
    list_path = write_xlsx(tmp_path / "交办清单.xlsx", good_rows()[:1])
    out = tmp_path / "out"
    out.mkdir()
    (out / "1288.docx").write_text("别人放的文件", "utf-8")
    report = run_batch(ws, list_path, out, today=TODAY, jobs=1)
    assert report.items[0].status == "skipped" and "不是本工具生成" in report.items[0].message
    assert (out / "1288.docx").read_text("utf-8") == "别人放的文件"


def test_edited_tracking_workbook_is_not_overwritten(tmp_path, ws, drafting):
    list_path = write_xlsx(tmp_path / "交办清单.xlsx", good_rows()[:2])
    out = tmp_path / "out"
    first = run_batch(ws, list_path, out, today=TODAY, jobs=1)
    book = openpyxl.load_workbook(first.workbook)
    book["跟踪表"]["N2"] = "已电话联系代表"
    book.save(first.workbook)
    second = run_batch(ws, list_path, out, today=TODAY, jobs=1)
    assert second.workbook.name == "跟踪表(2).xlsx"
    assert openpyxl.load_workbook(first.workbook)["跟踪表"]["N2"].value == "已电话联系代表"
    assert any("跟踪表已被修改" in w for w in second.warnings)


def test_failing_item_is_reported_and_batch_goes_on(tmp_path, ws, drafting):
    rows = good_rows()
    rows[1][2] = "关于让起草失败的建议"
    report = run_batch(ws, write_xlsx(tmp_path / "l.xlsx", rows), tmp_path / "out", today=TODAY, jobs=1)
    failed = [i for i in report.items if i.status == "failed"]
    assert [(i.number, i.row) for i in failed] == [("1301", 4)]
    assert failed[0].message == "templates/reply.j2:3: 模板渲染失败"  # named in the workspace
    assert report.count("drafted") == 4 and not report.complete


# ---------------------------------------------------------------------------------------------
# Command line


def test_parallel_workers_write_the_same_drafts_and_report_failures(tmp_path, ws, drafting):
    rows = good_rows()
    rows[2][2] = "关于模板失败的建议"  # drafting this one fails, in a worker too
    list_path = write_xlsx(tmp_path / "交办清单.xlsx", rows)
    serial = run_batch(ws, list_path, tmp_path / "serial", today=TODAY, jobs=1)
    parallel = run_batch(ws, list_path, tmp_path / "parallel", today=TODAY, jobs=2)
    assert [asdict(i) for i in parallel.items] == [asdict(i) for i in serial.items]
    assert parallel.count("failed") == 1 and "模板渲染失败" in next(
        i.message for i in parallel.items if i.status == "failed")
    names = sorted(p.name for p in (tmp_path / "serial").glob("*.docx"))
    assert names == sorted(p.name for p in (tmp_path / "parallel").glob("*.docx")) and len(names) == 4
    for name in names:
        assert docx_text(tmp_path / "parallel" / name) == docx_text(tmp_path / "serial" / name)
    recorded = json.loads((tmp_path / "parallel" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(f for f in recorded["files"] if f.endswith(".docx")) == names
    for name in names:  # the hash of the bytes each worker wrote is the file's as it lies on disk
        assert recorded["files"][name]["sha256"] == hashlib.sha256((tmp_path / "parallel" / name).read_bytes()).hexdigest()


def test_cli_summary_problem_lines_and_exit_codes(tmp_path, ws, drafting, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "交办清单.xlsx", good_rows() + bad_rows())
    runner = CliRunner()
    result = runner.invoke(cli, ["-w", str(ws.root), "batch", "交办清单.xlsx", "-o", "out",
                                 "--today", "2026-04-01"])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert "已起草 5 份，未覆盖（已修改）0 份，失败 0 份；问题行 5 行" in lines
    assert "交办清单.xlsx:第8行: 缺少建议号" in lines
    assert "交办清单.xlsx:第11行: 交办日期「2026-13-01」有误：月份应为1–12，不是13" in lines
    assert (tmp_path / "out" / "跟踪表.xlsx").is_file()
    # off a terminal (a pipe, a log) progress is one plain line per drafted item, never a bare label (hd6)
    said = [line for line in result.stderr.splitlines() if line.startswith("起草")]
    assert [line.split("：")[0] for line in said] == [f"起草 {n}/5" for n in range(1, 6)], said
    assert all(line.split("：")[1].isdigit() for line in said), said  # the suggestion's number

    write_xlsx(tmp_path / "clean.xlsx", good_rows())
    result = runner.invoke(cli, ["-w", str(ws.root), "batch", "clean.xlsx", "-o", "out2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["drafted"] == 5 and data["problems"] == []
    assert data["items"][0]["due"] <= data["items"][-1]["due"]

    result = runner.invoke(cli, ["-w", str(ws.root), "batch", "missing.xlsx"])
    assert result.exit_code == 2 and "找不到交办清单文件" in result.output
    assert "Traceback" not in result.output


def test_cli_help_explains_exit_codes():
    result = CliRunner().invoke(cli, ["batch", "--help"])
    assert result.exit_code == 0
    assert "退出码" in result.output and "--force" in result.output


@pytest.mark.parametrize("jobs", [1, 2])
def test_two_batches_at_once_in_threads(tmp_path, ws, jobs):
    """Two Workspace.batch calls running at the same time in threads (as a server would run
    them) each get their own complete set of drafts: the drafting pools share nothing."""
    from concurrent.futures import ThreadPoolExecutor

    import drafter

    workspace = drafter.open_workspace(ws.root)
    second = [[n, number + 1000 if isinstance(number, int) else "第2301号", *rest]
              for n, number, *rest in good_rows()]
    lists = [write_xlsx(tmp_path / "a.xlsx", good_rows()), write_xlsx(tmp_path / "b.xlsx", second)]

    def run(i):
        return workspace.batch(lists[i], tmp_path / f"out{i}", jobs=jobs, today=TODAY)

    with ThreadPoolExecutor(2) as threads:
        reports = list(threads.map(run, [0, 1]))
    for i, (report, rows) in enumerate(zip(reports, (good_rows(), second))):
        assert report.count("drafted") == len(rows) and report.complete
        drafted = sorted(p.name for p in (tmp_path / f"out{i}").glob("*.docx"))
        assert drafted == sorted(item.file for item in report.items)
        for item in report.items:
            text = docx_text(tmp_path / f"out{i}" / item.file)
            assert item.title in text and f"第{item.number}号" in text
    assert {i.number for i in reports[0].items}.isdisjoint({i.number for i in reports[1].items})


def test_a_workspace_that_cannot_travel_is_drafted_in_the_thread(tmp_path, ws):
    """From a thread the pool starts fresh worker processes, which need the workspace pickled;
    one holding something that cannot be (a lock, say) is drafted in the calling thread."""
    import threading

    from drafter.batch import run_batch

    ws.lock = threading.Lock()
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(ws)
    result = []
    thread = threading.Thread(target=lambda: result.append(
        run_batch(ws, write_xlsx(tmp_path / "l.xlsx", good_rows()), tmp_path / "out", today=TODAY, jobs=2)))
    thread.start()
    thread.join()
    (report,) = result
    assert report.count("drafted") == len(good_rows()) and report.complete
    assert len(list((tmp_path / "out").glob("*.docx"))) == len(good_rows())


def test_cli_lists_each_item_by_deadline_and_an_item_already_answered(seeded_ws, tmp_path):
    """hd8: the command said only how many drafts it wrote — the deadlines and days left were in the
    workbook alone, and a row whose reply the base already holds (1288: 泉科函〔2026〕102号) was drafted
    again without a word. Now each item has a line, the earliest deadline first, and that row a note."""
    result = CliRunner().invoke(cli, ["-w", str(seeded_ws.root), "batch", str(REPO / "examples" / "交办清单.xlsx"),
                                      "-o", str(tmp_path / "out"), "--today", "2026-05-20", "-j", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    items = [line for line in lines if re.match(r"\d{4}-\d\d-\d\d  ", line)]
    assert len(items) == 20 and items == sorted(items, key=lambda line: line[:10]), items
    listed = lines[lines.index(items[0]) - 1:]  # its title, the items and their notes
    assert all(display_width(line) <= 80 for line in listed), listed  # readable piped, at 80 columns
    row = next(n for n, line in enumerate(lines) if "第1288号建议" in line)
    assert re.search(r"^2026-06-22  剩33天  +第1288号建议  主办  待补充\d+处  +1288\.docx$", lines[row]), lines[row]
    assert "事实库中已有本件的答复：泉科函〔2026〕102号" in lines[row + 1]
    assert re.search(r"^2026-04-20  超期30天  第1194号建议  会办", items[0]), items[0]  # a 会办 item's one month
    assert sum("已有本件的答复" in line for line in lines) == 1


def test_a_committee_says_itself_in_the_unit_note(tmp_path, monkeypatch):
    """qa18 (h57's note): a 委 read "中没有本局" when its list named no unit of its own; it says 本委, as its requests do."""
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["init", "ws", "--name", "上海市科学技术委员会"]).exit_code == 0
    (tmp_path / "清单.csv").write_text(
        "建议号,标题,主办单位,交办日期\n0023,关于加强科普志愿服务的建议,市科协,2026-03-01\n", "utf-8")
    result = CliRunner().invoke(cli, ["-w", "ws", "batch", "清单.csv", "-o", "out", "--today", "2026-04-01", "-j", "1"])
    assert "清单所列承办单位（市科协）中没有本委，请核对单位名称是否有误" in result.stdout
    assert "本局" not in result.stdout


def test_a_run_reads_its_folders_record_once(tmp_path, ws, monkeypatch):
    """The folder's .drafter-batch.json is read once under the lock (for another list's drafts, then for the drafts
    kept), and the second run still keeps the draft a clerk edited."""
    from drafter.tracking import Manifest

    list_path = write_xlsx(tmp_path / "交办清单.xlsx", good_rows()[:2])
    out = tmp_path / "out"
    run_batch(ws, list_path, out, today=TODAY, jobs=1)
    edited = docx.Document(str(out / "1288.docx"))
    edited.add_paragraph("科员补充的一段")
    edited.save(str(out / "1288.docx"))
    reads = []
    real = Manifest.__init__
    monkeypatch.setattr(Manifest, "__init__", lambda self, folder, *a: reads.append(folder) or real(self, folder, *a))
    again = run_batch(ws, list_path, out, today=TODAY, jobs=1)
    assert reads == [out]
    assert {i.number: i.status for i in again.items}["1288"] == "skipped"
