"""The 跟踪表 of a batch: the list's columns carried over (主办单位, 会办单位, 届次, 是否延期, 序号 and
any column drafter does not read), 剩余天数 as a formula of 办理期限 and TODAY(), a tracking workbook
sent back as a list refused in one line, and the list's 序号 naming each item in the CLI and the web."""

from __future__ import annotations

import datetime as dt
import time
import warnings

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.utils import get_column_letter

import drafter
from drafter.cli import cli
from web_helpers import DEMO_LIST, csrf_of, make_workspace

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

TODAY = dt.date(2026, 4, 1)


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return make_workspace(tmp_path_factory.mktemp("tracking") / "ws")


@pytest.fixture(scope="module")
def demo(root):
    """The demo list drafted once (as of 2026-04-01), its list read back with openpyxl."""
    report = drafter.open_workspace(root).batch(DEMO_LIST, jobs=1, today=TODAY)
    listed = openpyxl.load_workbook(DEMO_LIST).active
    header = [c.value for c in listed[2]]
    rows = {str(r[header.index("建议号")]): dict(zip(header, r)) for r in listed.iter_rows(min_row=3, values_only=True)}
    return report, rows


def sheet_rows(path, data_only=False):
    sheet = openpyxl.load_workbook(path, data_only=data_only)["跟踪表"]
    header = [c.value for c in sheet[1]]
    return header, [dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_list_columns_are_carried_over(demo):
    report, listed = demo
    header, rows = sheet_rows(report.workbook)
    for name in ("序号", "主办单位", "会办单位", "届次", "是否延期", "办理期限", "剩余天数"):
        assert name in header
    assert len(rows) == len(listed) == 20
    for row in rows:
        source = listed[str(row["建议号"])]
        assert row["序号"] == source["序号"]
        assert row["主办单位"] == source["主办单位"] and row["会办单位"] == source["会办单位"]
        assert row["届次"] == source["届次"] and row["标题"] == source["标题"]
        assert row["是否延期"] == ("是" if source["是否延期"] else "否")
    huiban = [r for r in rows if r["承办方式"] == "会办"]
    assert huiban and all(r["主办单位"] and "科技局" not in r["主办单位"] for r in huiban)  # whom the opinion goes to
    (extended,) = [r for r in rows if r["是否延期"] == "是"]
    # assigned 03-20, extended: six months, 09-20 (a Sunday worked before National Day)
    assert extended["建议号"] == "1156" and extended["办理期限"].date() == dt.date(2026, 9, 20)


def test_days_left_is_a_formula_of_the_due_date_and_the_export_day_is_stated(demo):
    report, _ = demo
    header, rows = sheet_rows(report.workbook)
    due = get_column_letter(header.index("办理期限") + 1)
    assert [r["剩余天数"] for r in rows] == [f"={due}{n}-TODAY()" for n in range(2, len(rows) + 2)]
    book = openpyxl.load_workbook(report.workbook)
    assert book.calculation.fullCalcOnLoad
    sheet = book["跟踪表"]
    days = get_column_letter(header.index("剩余天数") + 1)
    (rule_range,) = [str(r.sqref) for r in sheet.conditional_formatting]
    assert rule_range == f"{days}2:{days}{len(rows) + 1}"
    # a reader that computes no formulas: 剩余天数 empty, the due dates plain, the day in 说明
    plain_header, plain = sheet_rows(report.workbook, data_only=True)
    assert {r["剩余天数"] for r in plain} == {None}
    assert all(isinstance(r["办理期限"], dt.datetime) for r in plain)
    notes = [r[0] for r in openpyxl.load_workbook(report.workbook, data_only=True)["说明"].iter_rows(values_only=True)]
    overdue = sum(1 for i in report.items if i.days_left < 0)
    # the day it was made, and the base date of 剩余天数 (--today) apart (qa18 F16: 本表生成于 the --today value)
    made = dt.date.today().isoformat()
    assert any(n.startswith(f"本表生成于 {made}，按基准日 2026-04-01 计已超期 {overdue} 项。剩余天数是公式") for n in notes)
    # the order is said, and it is the due dates' (the list's own order is by 序号)
    assert any(n.startswith("跟踪表按办理期限排列") and "按序号或建议号排列" in n for n in notes)
    assert [r["办理期限"] for r in rows] == sorted(r["办理期限"] for r in rows)
    assert [r["序号"] for r in rows] != sorted(r["序号"] for r in rows)


def test_columns_drafter_does_not_read_are_carried_over(tmp_path, root):
    book = openpyxl.load_workbook(DEMO_LIST)
    sheet = book.active
    sheet.delete_cols(1)  # no 序号: the row numbers stand in
    sheet["K2"], sheet["L2"], sheet["M2"] = "备注", "联系人", "办理期限"
    sheet["K3"], sheet["L3"], sheet["L4"] = "需市财政局数据", "王科员", dt.datetime(2026, 3, 25)
    sheet["M3"] = dt.datetime(2026, 5, 31)  # the office's own deadline, beside the one drafter works out
    path = tmp_path / "带备注的清单.xlsx"
    book.save(path)
    report = drafter.open_workspace(root).batch(path, tmp_path / "out", jobs=1, today=TODAY)
    header, rows = sheet_rows(report.workbook)
    assert header[0] == "行号" and header[-3:] == ["备注", "联系人", "清单·办理期限"]
    by_number = {r["建议号"]: r for r in rows}
    assert by_number["1288"]["行号"] == 3 and by_number["1288"]["备注"] == "需市财政局数据"
    assert by_number["1084"]["联系人"] == dt.datetime(2026, 3, 25)
    assert by_number["1288"]["清单·办理期限"] == dt.datetime(2026, 5, 31)
    assert by_number["1288"]["办理期限"] == dt.datetime(2026, 6, 22)  # 03-20 + 3 months, a Saturday → Monday
    assert report.to_dict()["extra_columns"] == ["备注", "联系人", "清单·办理期限"]


def test_a_tracking_workbook_sent_as_the_list_is_refused_in_one_line(demo, root):
    report, _ = demo
    result = CliRunner().invoke(cli, ["-w", str(root), "batch", str(report.workbook)])
    assert result.exit_code == 2
    assert result.output.strip() == f"错误：{report.workbook}: 这是起草生成的跟踪表，不是交办清单（请上传交办的清单原表）"
    from drafter.web.app import create_app

    with TestClient(create_app(root), base_url="http://127.0.0.1:8765") as client:
        r = client.post("/api/batch", files={"file": ("跟踪表.xlsx", report.workbook.read_bytes())})
        assert r.status_code == 400
        assert r.json()["error"] == "跟踪表.xlsx: 这是起草生成的跟踪表，不是交办清单（请上传交办的清单原表）"


def test_a_tracking_workbook_of_an_older_drafter_is_refused_too(tmp_path, root):
    """The 跟踪表 drafter wrote before it carried the list's columns over (no 序号, 届次 …)."""
    book = openpyxl.Workbook()
    book.active.append(["建议号", "类别", "标题", "领衔代表", "承办方式", "交办日期", "办理期限", "剩余天数",
                        "答复类型", "引用事实数", "待补充数", "草稿文件", "状态"])
    book.active.append([1288, "建议", "关于推动科技成果转化的建议", "林永红", "主办", dt.datetime(2026, 3, 20),
                        dt.datetime(2026, 6, 22), -162, None, 5, 3, "1288.docx", "已起草"])
    book.save(tmp_path / "跟踪表.xlsx")
    with pytest.raises(drafter.DrafterError, match="这是起草生成的跟踪表，不是交办清单"):
        drafter.open_workspace(root).batch(tmp_path / "跟踪表.xlsx", tmp_path / "out", jobs=1)
    assert not (tmp_path / "out").exists()


def test_items_are_named_by_the_list_serial_in_the_cli_and_the_web(tmp_path, root):
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["-w", str(root), "batch", str(DEMO_LIST), "-o", str(out), "-j", "1"]
    assert runner.invoke(cli, args).exit_code == 0
    (out / "1084.docx").write_bytes(b"edited")  # the demo list's 序号 2, on its row 4
    result = runner.invoke(cli, args)
    assert result.exit_code == 0
    assert f"{DEMO_LIST}:序号2: 1084.docx 未覆盖：同名文件已被修改，未覆盖（如需覆盖请加 --force）" in \
        result.output.splitlines()

    from drafter.web.app import create_app

    with TestClient(create_app(root), base_url="http://127.0.0.1:8765") as client:
        token = csrf_of(client.get("/batch").text)
        r = client.post("/batch", data={"csrf": token}, files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())})
        html = r.text
        for _ in range(600):
            if "批量起草完成" in html:
                break
            time.sleep(0.1)
            html = client.get(str(r.url)).text
        head = html[html.index("<h2>办理情况"):]
        assert "<th>序号</th><th>编号</th>" in head
        firsts = [row.split("<td>", 1)[1].split("</td>")[0] for row in head.split('<tr class="')[1:]]
        assert sorted(map(int, firsts)) == list(range(1, 21))  # the list's 序号, not its rows 3–22
