"""``drafter requests``: the 征求材料清单 read back from written drafts — every 【待…】 still in a
draft's body, grouped by the unit that must supply it (【待X提供：…】 → X, the rest → the bureau),
with where it stands, what it asks for and the reply's deadline where a list or a batch knows it;
on the terminal, as --json and as an .xlsx; bad files said in one line each."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from collections import Counter
from pathlib import Path

import docx
import openpyxl
from click.testing import CliRunner

from drafter.cli import cli
from helpers import DEMO_LIST, PLAN_MARK, TEXT_1288, TITLE_1288, edit_docx, part_two_items, run_1288

MARK = re.compile(r"【待[^】]*】")
OTHER_UNIT = re.compile(r"【待([^：】]+?)提供：")
CONSULTED = re.compile(r"【待补充：[^】]*可商请([^；）】]+?)提供")  # the bureau's gap naming a unit to consult
ORDINAL_HEADING = re.compile(r"^（[一二三四五六七八九十]+）")
PART_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
ORG = "泉州市科学技术局"  # the demo workspace's organisation (drafter.yaml)


def run(root: Path, *args):
    return CliRunner().invoke(cli, ["-w", str(root), "requests", *map(str, args)])


def body_marks(path: Path) -> list[tuple[str, str]]:
    """(the heading a mark stands under, the mark) for every 【待…】 of the draft's body — after the
    opening (…答复如下：) and before the closing (…感谢…) — in order, and of drafter's comments opening
    on one (a section's points owed, on its heading)."""
    from drafter.docx.read import read_draft
    from drafter.docx.review import open_points

    paragraphs = [p for p in read_draft(path) if p.text.strip()]
    start = next(i for i, p in enumerate(paragraphs) if "答复如下" in p.text) + 1
    end = next(i for i, p in enumerate(paragraphs) if i > start and "感谢" in p.text)
    out, heading = [], ""
    for p in paragraphs[start:end]:
        text = p.text.strip()
        if ORDINAL_HEADING.match(text):
            heading = text
        elif PART_HEADING.match(text):
            heading = ""
        out += [(heading, mark) for mark, _ in open_points(p.notes)] + [(heading, m.group()) for m in MARK.finditer(text)]
    return out


def by_unit(data: dict) -> dict[str, list[dict]]:
    return {u["unit"]: u["asks"] for u in data["units"]}


def as_json(root: Path, *args) -> dict:
    result = run(root, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------------------------
# the leave-one-out 1288 draft
# ---------------------------------------------------------------------------------------------


def test_the_1288_sheet_groups_each_gap_under_the_unit_that_supplies_it(loo, loo_draft):
    data = as_json(loo, loo_draft)
    units = by_unit(data)
    # the co-handler's part: one item naming the points of its IP ask, then the local work under
    # 国家知识产权局's power, in part one, each asked once
    ip = [a for a in units["市市场监管局"] if a["part"].startswith("一、")]
    assert [(a["item"], a["need"][:8]) for a in ip] == [("一是", "加大知识产权维权"), ("二是", "专利审查和确权（")], ip
    assert "推动专利转化运用和质押融资" in ip[0]["need"]
    assert all(a["kind"] == "待提供" and not a["own"] for a in units["市市场监管局"])
    # a point in the field of a unit not co-handling (企业技术中心, 市工业和信息化局's): the bureau's own gap, the unit
    # named as the one to consult (a reply asks no unit that does not co-handle for material) — listed under that
    # unit, as the clerk writes it one 商请函 (hd22a fault 7), never under the bureau
    assert not any("企业技术中心" in a["need"] for a in units[ORG])
    [centre] = units["市工业和信息化局"]
    assert centre["placeholder"] == "【待补充：企业技术中心方面的工作情况及数据（注明年份；可商请市工业和信息化局提供）】"
    assert centre["kind"] == "待补充" and not centre["own"] and centre["consult"]
    assert "市工业和信息化局（商请）：1 项" in run(loo, loo_draft).output
    # the bureau's own: every other mark of the body, none of another unit's; the bureau comes last
    assert [u["unit"] for u in data["units"]][-1] == ORG and data["units"][-1]["own"]
    marks = body_marks(loo_draft)
    own = [m for _, m in marks if not OTHER_UNIT.match(m) and not CONSULTED.match(m)]
    assert Counter(a["placeholder"] for a in units[ORG]) == Counter(own)
    assert any(m.startswith("【待补充：建议所提") for m in own) and any(m.startswith("【待更新") for m in own)
    def unit_of(mark: str) -> str:
        said = OTHER_UNIT.match(mark) or CONSULTED.match(mark)
        return said.group(1) if said else ORG

    # each unit's asks in the draft's order, each under the heading the draft puts it under
    for unit, asks in units.items():
        placed = [(h, m) for h, m in marks if unit_of(m) == unit]
        assert [a["placeholder"] for a in asks] == [m for _, m in placed]
        for a, (heading, _) in zip(asks, placed):
            # (part two's lead-in asking a co-handler for its next steps, cm57, is under no heading: its part names it)
            assert (a["heading"] and heading.startswith(a["heading"])) or a["part"] == "二、下一步工作计划", a
            assert a["number"] == "1288" and not a["proposal"] and a["due"] is None
    # the letter's frame (its 发文字号) is no material to ask for
    assert data["total"] == len(marks) and "【待补充：发文字号】" not in {a["placeholder"] for a in units[ORG]}
    assert "创新平台" in centre["heading"] and centre["item"].startswith(("一是", "二是", "三是", "四是"))


def test_a_flag_carries_its_sentence_figures_comment_and_source(loo, loo_draft):
    """A 【待更新：…】 says what to update: the sentence it stands in, the highlighted figures of that
    sentence, drafter's comment on it and the paragraph's sources; a gap carries none of these."""
    from drafter.docx.read import read_draft

    asks = by_unit(as_json(loo, loo_draft))[ORG]
    read = read_draft(loo_draft)
    comments = {n.text for p in read for n in p.notes}
    cyan = {h.text for p in read for h in p.highlights if h.color != "yellow"}
    updates = [a for a in asks if a["kind"] == "待更新" and a["figures"]]
    assert updates
    for a in updates:
        assert a["placeholder"] in a["sentence"]
        assert all(f in a["sentence"] and f in cyan for f in a["figures"])
        assert any(a["note"] in c for c in comments) and a["sources"]
        assert all(any(s in c for c in comments) for s in a["sources"])
        assert any(re.search(r"〔20\d\d〕\d+号", s) for s in a["sources"])
    for a in asks:
        if a["kind"] == "待补充":  # (a section's points owed carry their comment on its heading: what to do)
            assert (a["sentence"], a["figures"], a["sources"]) == ("", [], [])
            assert not a["note"] or (a["placeholder"].startswith("【待补充：建议所提") and "删去本批注" in a["note"]), a


def test_last_years_plan_to_confirm_is_the_bureaus_own_with_the_plan_it_confirms(loo, loo_draft):
    """Part two's last year's plans in the text (``earlier_plans: text``): each 【待核实：2025年计划，是否仍列入2026年】
    is the bureau's own to confirm, not the co-handler's (--with 市市场监管局), and carries as its sentence the
    highlighted plan before it (the mark alone after its full stop), its comment naming the plan's source."""
    from drafter.docx.read import read_draft

    plans = [(unit, a) for unit, asks in by_unit(as_json(loo, loo_draft)).items() for a in asks
             if PLAN_MARK.fullmatch(a["placeholder"])]
    items = [p for p in part_two_items(read_draft(loo_draft)) if PLAN_MARK.search(p.text)]
    assert len(plans) == len(items) == 4
    for (unit, a), p in zip(plans, items):
        assert unit == ORG, (unit, a)
        assert [h.text for h in p.highlights if h.color == "cyan"] == [a["sentence"]], (p.highlights, a)
        assert p.text.endswith(a["sentence"] + a["placeholder"]), (p.text, a)
        assert re.search(r"取自2025年的工作计划（泉科函〔2025〕81号", a["note"]), a["note"]


def test_the_terminal_list_is_per_unit_and_fits_80_columns(loo, loo_draft):
    result = run(loo, loo_draft)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("征求材料清单：1 份答复稿")
    heads = [line for line in lines if re.match(r"^\S.*：\d+ 项$", line)]
    data = as_json(loo, loo_draft)
    assert heads == [f"{u['unit']}{'（本局）' if u['own'] else '（商请）' if all(a['consult'] for a in u['asks']) else ''}："
                     f"{len(u['asks'])} 项" for u in data["units"]]
    assert heads[-1].startswith(f"{ORG}（本局）：")
    assert any("待提供：加大知识产权维权援助力度、推动专利转化运用和质押融资" in line for line in lines)
    from drafter.textutil import display_width

    assert max(display_width(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout  # plain when piped


def test_a_path_is_never_broken_across_lines(loo, loo_draft, tmp_path, monkeypatch):
    """qa16: piped, wrapped at 80 columns, drafts/2025交办清单/1150.docx was cut before /1150.docx: no path to copy."""
    folder = tmp_path / "drafts" / "2025交办清单"
    folder.mkdir(parents=True)
    names = ["1150.docx", "1021.docx", "1088.docx", "提案-0456.docx", "提案-0512.docx"]
    for name in names:
        shutil.copy(loo_draft, folder / name)
    monkeypatch.chdir(tmp_path)
    lines = run(loo, "drafts/2025交办清单").stdout.splitlines()
    for name in names:
        assert any(f"drafts/2025交办清单/{name}" in line for line in lines), name
    from drafter.textutil import display_width

    assert max(display_width(line) for line in lines) <= 80


def test_two_drafts_of_one_item_read_together_name_their_files(loo, loo_draft, tmp_path):
    """Two drafts of 1288 (from its text and from its title, say) listed together: each ask says which file it
    is in (hd3: 第64号建议 一、基本情况 第10段 twice, from 64.docx and 64-title.docx, could not be told apart);
    one draft alone is named by its number only."""
    a, b = tmp_path / "1288-text.docx", tmp_path / "1288-title.docx"
    shutil.copy(loo_draft, a)
    shutil.copy(loo_draft, b)
    lines = run(loo, a, b).stdout.splitlines()
    assert any("第1288号建议（1288-text.docx） 一、基本情况" in line for line in lines)
    assert any("第1288号建议（1288-title.docx） 一、基本情况" in line for line in lines)
    assert not any("（1288-text.docx）" in line for line in run(loo, a).stdout.splitlines())


# ---------------------------------------------------------------------------------------------
# what a clerk did: a mark filled, another unit's short name
# ---------------------------------------------------------------------------------------------


# A mark of the bureau's own in the leave-one-out 1288 draft (part one's 数字化平台: its progress since 2025).
OWN_MARK = "【待核实：最新进展】"


def _replace_mark(path: Path, start: str, new: str) -> None:
    def change(document):
        runs = [r for p in document.paragraphs for r in p.runs if r.text.startswith(start)]
        assert runs, start
        runs[0].text = new

    edit_docx(path, change)


def test_a_mark_the_clerk_filled_is_no_longer_listed(loo, loo_draft, tmp_path):
    edited = tmp_path / "1288-改.docx"
    shutil.copy(loo_draft, edited)
    before = as_json(loo, edited)
    _replace_mark(edited, "【待市市场监管局提供：专利", "市市场监管局开通专利预审绿色通道。")
    _replace_mark(edited, OWN_MARK, "")
    after = as_json(loo, edited)
    assert [a["need"][:6] for a in by_unit(after)["市市场监管局"]] == ["加大知识产权", "强化知识产权"]  # (its next steps: cm57)
    assert after["total"] == before["total"] - 2
    gone = next(a for a in by_unit(before)[ORG] if a["placeholder"].startswith(OWN_MARK))
    left = [a["placeholder"] for a in by_unit(after)[ORG]]
    assert left.count(gone["placeholder"]) == [a["placeholder"] for a in by_unit(before)[ORG]].count(
        gone["placeholder"]) - 1


def test_two_names_of_one_unit_are_one_group_and_the_bureaus_own_name_is_the_bureau(loo, loo_draft, tmp_path):
    full, short = tmp_path / "全称.docx", tmp_path / "短名.docx"
    for path, mark in ((full, "【待市工业和信息化局提供：企业技术中心方面的工作情况】"), (short, "【待市工信局提供：企业技术中心认定情况】")):
        shutil.copy(loo_draft, path)  # (the clerk asks the unit after all, under either of its names)
        _replace_mark(path, "【待补充：企业技术中心", mark)
    _replace_mark(short, OWN_MARK, "【待市科技局提供：本局处室的材料】")
    data = as_json(loo, full, short)
    units = by_unit(data)
    assert [a["placeholder"] for a in units["市工业和信息化局"]] == [
        "【待市工业和信息化局提供：企业技术中心方面的工作情况】", "【待市工信局提供：企业技术中心认定情况】"]
    assert "市工信局" not in units and "市科技局" not in units
    assert "【待市科技局提供：本局处室的材料】" in [a["placeholder"] for a in units[ORG]]
    assert [d["path"] for d in data["drafts"]] == [str(full), str(short)]


# ---------------------------------------------------------------------------------------------
# the workbook, the JSON, the deadlines
# ---------------------------------------------------------------------------------------------


def test_the_workbook_has_a_sheet_per_unit_and_is_never_overwritten_without_force(loo, loo_draft, tmp_path):
    from drafter.check import read_paragraphs

    out = tmp_path / "征求材料清单.xlsx"
    out.write_bytes(b"old")
    refused = run(loo, loo_draft, "-o", out)
    assert refused.exit_code == 2 and out.read_bytes() == b"old"
    assert refused.stderr.strip() == f"错误：{out}: 文件已存在，未覆盖（如需覆盖请加 --force）"
    result = run(loo, loo_draft, "-o", out, "--force")
    assert result.exit_code == 0, result.output
    assert f"已写出 {out}" in result.stdout
    data = as_json(loo, loo_draft)
    book = openpyxl.load_workbook(out)
    labels = [u["unit"] + ("（本局）" if u["own"] else "（商请）" if all(a["consult"] for a in u["asks"]) else "")
              for u in data["units"]]  # (a unit only consulted, 市工业和信息化局, is asked by a 商请函)
    assert book.sheetnames == ["汇总", *labels, "说明"] and "市工业和信息化局（商请）" in labels
    summary = [[c.value for c in row] for row in book["汇总"].iter_rows()]
    assert summary[0] == ["单位", "项数", "涉及建议（提案）", "最早办理期限", "工作表"]
    assert [(r[0], r[1], r[2], r[3]) for r in summary[1:]] == [
        (label, len(u["asks"]), "第1288号建议", None) for label, u in zip(labels, data["units"])]
    sheet = book["市市场监管局"]
    header = [c.value for c in sheet[1]]
    assert header == ["序号", "建议（提案）", "办理期限", "位置", "需提供的材料", "说明", "答复稿中的标记", "答复稿", "段落"]
    row = dict(zip(header, [c.value for c in sheet[2]]))
    need = "加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份）"
    mark = f"【待市市场监管局提供：{need}】"
    where = next(p.number for p in read_paragraphs(loo_draft) if mark in p.text)
    assert row == {"序号": 1, "建议（提案）": "第1288号建议", "办理期限": None, "位置": row["位置"],
                   "需提供的材料": f"待提供：{need}", "说明": None,
                   "答复稿中的标记": mark, "答复稿": loo_draft.name, "段落": where}
    assert row["位置"].startswith("一、基本情况 （") and "知识产权" in row["位置"]
    own = [[c.value for c in r] for r in book[f"{ORG}（本局）"].iter_rows(min_row=2)]
    assert len(own) == len(by_unit(data)[ORG])
    flagged = next(r for r in own if r[4].startswith("待更新") and "涉及数字" in r[4])
    assert "原句：" in flagged[5] and "批注：" in flagged[5] and "出处：" in flagged[5]
    assert sheet.freeze_panes == "A2"


def test_the_json_fields_and_the_deadline_from_the_assignment_list(loo, loo_draft):
    data = as_json(loo, loo_draft, "--list", DEMO_LIST)
    assert set(data) == {"organisation", "own_word", "total", "drafts", "units", "errors", "warnings", "out"}
    assert data["organisation"] == ORG and data["own_word"] == "本局" and data["errors"] == [] and data["out"] is None
    # 1288 was assigned on 2026-03-20 to the bureau as lead unit: three months, to Saturday 20 June,
    # moved to the next working day
    assert data["drafts"] == [{"path": str(loo_draft), "number": "1288", "proposal": False, "due": "2026-06-22",
                               "asks": data["total"]}]
    ask = by_unit(data)["市市场监管局"][0]
    assert set(ask) == {"unit", "own", "draft", "number", "proposal", "due", "paragraph", "part", "heading",
                        "item", "placeholder", "kind", "need", "sentence", "figures", "note", "first_note", "sources", "consult"}
    assert all(a["due"] == "2026-06-22" for u in data["units"] for a in u["asks"])
    assert {(u["unit"], u["own"], u["count"]) for u in data["units"]} == {
        (u["unit"], u["own"], len(u["asks"])) for u in data["units"]}


def test_a_batch_records_each_reply_deadline_for_the_sheet(loo_copy, tmp_path):
    """drafter batch records each draft's 办理期限 beside it; the sheet of its folder says it — a
    会办意见 due in one month, a reply in three."""
    listed = tmp_path / "交办清单.csv"
    listed.write_text("\n".join([
        "建议号,标题,领衔代表,届次,承办方式,主办单位,会办单位,交办日期",
        f"1288,{TITLE_1288},林永红,市十七届人大五次会议,主办,市科技局,市市场监管局,2026-03-20",
        "1310,关于加强新型研发机构建设的建议,王某某,市十七届人大五次会议,会办,市工信局,市科技局,2026-03-20",
    ]), encoding="utf-8")
    out = tmp_path / "drafts"
    batch = CliRunner().invoke(cli, ["-w", str(loo_copy), "batch", str(listed), "-o", str(out), "--jobs", "1"])
    assert batch.exit_code == 0, batch.output
    data = as_json(loo_copy, out)
    assert {(Path(d["path"]).name, d["number"], d["due"]) for d in data["drafts"]} == {
        ("1288.docx", "1288", "2026-06-22"), ("1310.docx", "1310", "2026-04-20")}
    # listed by deadline, the earliest first, as batch lists them — not by file name (hd12)
    assert [Path(d["path"]).name for d in data["drafts"]] == ["1310.docx", "1288.docx"]
    own = next(u for u in data["units"] if u["own"])
    numbers = [a["number"] for a in own["asks"]]
    assert set(numbers) == {"1288", "1310"} and numbers == sorted(numbers, key=lambda n: n == "1288"), numbers
    # a draft moved out of the batch's folder: nothing says its deadline, none is guessed
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(out / "1288.docx", alone / "1288.docx")
    assert [d["due"] for d in as_json(loo_copy, alone / "1288.docx")["drafts"]] == [None]


def test_part_one_says_whom_the_draft_asks_for_material_as_the_sheet_does(loo, loo_draft, quick_start_1350):
    """A reader of the .docx alone sees whom to write to (rv26, rv27 asked for the list by unit): the
    comment on 一、基本情况 names each other unit the sheet lists, with as many items, in its order."""
    from drafter.docx.read import read_draft

    heading = next(p for p in read_draft(loo_draft) if p.text == "一、基本情况")
    line = next(n.text for n in heading.notes if "需向有关单位征求的材料" in n.text)
    said = re.findall(r"([^：；（）]+?)(\d+)项（", line.split("需向有关单位征求的材料：", 1)[1])
    asked = [(u["unit"], [a for a in u["asks"] if not a["consult"]]) for u in as_json(loo, loo_draft)["units"] if not u["own"]]
    sheet = [(unit, len(asks)) for unit, asks in asked if asks]  # (a unit consulted, not asked, is the sheet's alone)
    assert [(unit, int(n)) for unit, n in said] == sheet, (line, sheet)
    assert "加大知识产权维权援助力度" in line and "企业技术中心" not in line  # (a unit not co-handling is not asked)
    # an item of several points apart from the next: 2项 over three names read as a miscount
    # (and its next steps on the IP ask part two has no item for, asked in a comment: cm57)
    assert ("市市场监管局3项（加大知识产权维权援助力度、推动专利转化运用和质押融资；专利审查和确权（国家知识产权局事权）；"
            "强化知识产权保护和运用方面的下一步举措）") in line, line
    # a draft that asks no other unit says nothing of the kind
    assert not any("需向有关单位" in n.text for p in read_draft(quick_start_1350) for n in p.notes)


def test_the_draft_command_says_how_to_list_what_its_marks_ask_of_whom(loo, tmp_path):
    out = tmp_path / "有 空格" / "1288.docx"  # a folder name a shell must quote
    out.parent.mkdir()
    hint = [line for line in run_1288(loo, out).stderr.splitlines() if "征求材料清单" in line]
    assert len(hint) == 1 and hint[0].startswith("提示：")
    command = shlex.split(hint[0].split("：", 2)[-1])
    assert command[:2] == ["drafter", "requests"] and Path(command[2]) == out
    listed = run(loo, *command[2:])
    assert listed.exit_code == 0 and "市市场监管局：" in listed.stdout and "泉州市科学技术局（本局）：" in listed.stdout


# ---------------------------------------------------------------------------------------------
# bad input: one line each, naming the file; the others still listed
# ---------------------------------------------------------------------------------------------


def test_bad_files_are_one_line_each_and_the_good_draft_is_still_listed(loo, loo_draft, tmp_path):
    suggestion = tmp_path / "1288建议.docx"  # a .docx, but the suggestion's text, not a draft
    document = docx.Document()
    for line in TEXT_1288.read_text("utf-8").splitlines()[:6]:
        document.add_paragraph(line)
    document.save(str(suggestion))
    old = tmp_path / "1288.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old word")
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    missing = tmp_path / "没有.docx"
    result = run(loo, missing, suggestion, loo_draft, old, broken, empty, TEXT_1288)
    assert result.exit_code == 2
    assert "征求材料清单：1 份答复稿" in result.stdout and "市市场监管局" in result.stdout
    errors = result.stderr.strip().splitlines()
    assert errors[:-1] == [
        f"错误：{empty}: 文件夹中没有 .docx 答复稿",
        f"错误：{missing}: 找不到答复稿",
        f"错误：{suggestion}: 不是本工具起草的答复稿（没有答复稿的样式和出处记录），读不出待补充项",
        f"错误：{old}: 是旧版格式（.doc），请在 Word/WPS 中另存为 .docx",
        errors[4],
        f"错误：{TEXT_1288}: 不是 .docx 答复稿",
    ]
    assert errors[4].startswith(f"错误：{broken}: ") and "不是有效的 .docx" in errors[4]
    assert errors[-1] == "6 个文件未能读取，其余 1 份已列出"
    assert "Traceback" not in result.output

    alone = run(loo, suggestion)
    assert alone.exit_code == 2 and alone.stdout == ""
    assert alone.stderr.count("\n") == 1 and str(suggestion) in alone.stderr
    wrong = run(loo, loo_draft, "-o", tmp_path / "清单.csv")
    assert wrong.exit_code == 2 and wrong.stderr.strip() == f"错误：{tmp_path / '清单.csv'}: 征求材料清单须保存为 .xlsx 文件"
    nowhere = run(loo, loo_draft, "-o", tmp_path / "无此目录" / "清单.xlsx")
    assert nowhere.exit_code == 2 and nowhere.stderr.strip() == f"错误：{tmp_path / '无此目录'}: 输出目录不存在"
    assert not (tmp_path / "清单.csv").exists()


def test_help_is_in_chinese_and_says_what_goes_where():
    result = CliRunner().invoke(cli, ["requests", "--help"])
    assert result.exit_code == 0
    text = "".join(line.strip() for line in result.output.splitlines())  # the help as wrapped, joined
    for words in ("征求材料清单", "【待X提供：…】由X单位提供", "--list", "--out", "--force", "--json", "退出码"):
        assert words in text


def test_inline_headings_name_the_section_too(loo_copy, loo_draft, tmp_path):
    """A bureau whose 小标题 run on at the start of the paragraph (headings: inline): each ask still
    names the section it stands in, the same as in the separate-heading draft."""
    from helpers import run_1288

    config = loo_copy / "drafter.yaml"
    config.write_text(config.read_text("utf-8").replace("headings: separate", "headings: inline"), "utf-8")
    inline = tmp_path / "1288-接排.docx"
    run_1288(loo_copy, inline)
    texts = [p.text for p in docx.Document(str(inline)).paragraphs]
    assert any(ORDINAL_HEADING.match(t) and "。一是" in t for t in texts)  # the heading runs on into its items

    def placed(data):
        return [(a["placeholder"], a["part"], a["heading"]) for u in data["units"] for a in u["asks"]]

    assert placed(as_json(loo_copy, inline)) == placed(as_json(loo_copy, loo_draft))


def test_a_comment_that_refers_back_carries_the_note_it_refers_to(loo, loo_draft, tmp_path):
    """The draft says a kind of note in full once and refers back to it later (同前注…); a unit's
    list is read apart from the draft, so each such row carries the full note as 前注 too — in the
    terminal list, --json and the workbook."""
    from drafter.docx.read import read_draft

    notes = [c for p in read_draft(loo_draft) for c in p.comments]
    # said once, in the comment of the first paragraph so flagged: 【待更新：统计期】“27家”…：原文未注明统计期…
    full = next(line.split("：", 2)[2] for c in notes for line in c.splitlines()
                if line.startswith("【待更新：统计期】“") and "：原文未注明统计期" in line)
    rows = [a for a in by_unit(as_json(loo, loo_draft))[ORG] if a["note"].startswith("同前注（原文未注明统计期，")]
    assert len(rows) >= 2 and all(a["first_note"] == full for a in rows), rows
    assert all(a["first_note"] == "" for a in by_unit(as_json(loo, loo_draft))[ORG]
               if not a["note"].startswith("同前注"))
    said = run(loo, loo_draft).stdout
    assert said.count("前注：原文未注明统计期") == len(rows), said
    out = tmp_path / "清单.xlsx"
    assert run(loo, loo_draft, "-o", out).exit_code == 0
    cells = [c.value for sheet in openpyxl.load_workbook(out).worksheets for row in sheet.iter_rows() for c in row]
    assert sum("前注：原文未注明统计期" in str(v) for v in cells) == len(rows)


def test_a_committees_own_list_is_headed_by_its_self_name(tmp_path):
    """qa18: 上海市科学技术委员会's list was headed 上海市科学技术委员会（本局）; a 委 says 本委 (its self name, 我委), on the
    terminal, in the workbook's sheets and in its notes."""
    root = tmp_path / "sh"
    assert CliRunner().invoke(cli, ["init", str(root), "--name", "上海市科学技术委员会"]).exit_code == 0
    out = tmp_path / "0023.docx"
    drafted = CliRunner().invoke(cli, ["-w", str(root), "draft", "0023", "关于提升远郊新城科普场馆服务能级的建议",
                                       "--date", "2026-05-20", "-o", str(out)])
    assert drafted.exit_code == 0, drafted.output
    listed = run(root, out, "-o", tmp_path / "list.xlsx")
    assert listed.exit_code == 0, listed.output
    heads = [line for line in listed.stdout.splitlines() if re.match(r"^\S.*：\d+ 项$", line)]
    assert heads and heads[-1].startswith("上海市科学技术委员会（本委）：") and "本局" not in listed.stdout
    book = openpyxl.load_workbook(tmp_path / "list.xlsx")
    assert "上海市科学技术委员会（本委）" in book.sheetnames
    notes = " ".join(str(c.value) for row in book["说明"].iter_rows() for c in row)
    assert "由本委有关处室" in notes and "本局" not in notes
