"""drafter check on what a clerk leaves out or uploads by mistake: a 发文字号 line blanked, an item
emptied, a marked gap deleted with nothing written, a file that is no reply, layout in a clerk's
words, the summary on top, and a figure whose source the clerk names in a Word comment.

The drafts are written by drafter from the demo workspace (suggestion 1350 with its text) and
edited with python-docx the way a clerk edits in Word; each is checked through the library, the
command (exit code, text, --json) and the 核稿 route."""

from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from drafter.api import open_workspace
from drafter.check import ADVICE, GROUPS, RULES, read_paragraphs
from drafter.cli import cli
from drafter.docx.read import read_draft
from drafter.docx.review import open_points
from drafter.web.app import create_app
from helpers import REPO, edit_docx, paragraph_with
from web_helpers import csrf_of

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

NEW_CODES = {"doc-number-missing", "empty-item", "gap-deleted", "not-a-reply"}


@pytest.fixture
def draft(seeded_ws, quick_start_1350_comment, tmp_path):
    """(this test's own copy of the seeded workspace, its copy of the README's 1350 draft made with last
    year's plans in comments (``earlier_plans: comment``), its 技术转移 item a commented 【待补充：具体举措】: conftest)."""
    copy = tmp_path / "1350-改.docx"
    shutil.copy(quick_start_1350_comment, copy)
    return seeded_ws, copy


def _texts(p):
    return [t for t in p._p.iter(qn("w:t"))]


def _number(path: Path, starts: str) -> int:
    """The paragraph number (as a person counts non-empty paragraphs) of the one starting so."""
    return next(p.number for p in read_paragraphs(path) if p.text.startswith(starts))


def _commented_gap(path: Path) -> tuple[str, str]:
    """(the paragraph's opening words, the 【待补充：…】 placeholder) of a body paragraph where
    drafter's comment is anchored on a gap placeholder that is not the paragraph's only text."""
    for p in read_draft(path):
        for note in p.notes:
            marked = p.text[note.start:note.end] if note.end is not None else ""
            if p.kind == "body" and marked.startswith("【待补充：") and note.start > 10:
                return p.text[:12], marked
    raise AssertionError("the draft has no commented gap")


def _codes(report, codes=NEW_CODES) -> list[tuple[str, int | None]]:
    return sorted(((f.code, f.paragraph) for f in report.findings if f.code in codes), key=str)


def _run(root, *args):
    return CliRunner().invoke(cli, ["-w", str(root), "check", *map(str, args)])


# ---------------------------------------------------------------------------------------------
# P2b: gaps that used to pass
# ---------------------------------------------------------------------------------------------


def test_fresh_draft_has_none_of_the_gap_findings(draft):
    ws, path = draft
    report = ws.check(path)
    assert _codes(report) == []
    # its gaps (a section's points owed asked in a comment on its heading too), and the addressee's placeholder
    # name (陈某某: typed so by the operator)
    placeholders = sum(len(re.findall(r"【待[^】]*】|陈某某", p.text)) + len(open_points(p.notes)) for p in read_paragraphs(path))
    assert report.summary["placeholders"] == placeholders > 0
    assert report.summary["gaps"] == 0


def test_blanked_doc_number_emptied_item_and_deleted_gap_each_found(draft):
    """The clerk deletes the 发文字号 placeholder typing nothing, deletes a gap's text (its comment
    stays), and deletes the text of the last plan item but its numeral: three findings, each on
    its paragraph, and the placeholders they were no longer counted as placeholders."""
    ws, path = draft
    before = ws.check(path)
    head, gap = _commented_gap(path)

    def clerk(document):
        for t in _texts(paragraph_with(document, "【待补充：序号】")):
            t.text = ""
        next(t for t in _texts(paragraph_with(document, gap)) if t.text == gap).text = ""
        plan = [p for p in document.paragraphs if re.match(r"（[一二三四五六七八九十]+）", p.text)
                and p.style.name == "公文正文"]
        last = plan[-1]
        numeral = re.match(r"（[一二三四五六七八九十]+）", last.text).group()
        texts = _texts(last)
        texts[0].text = numeral
        for t in texts[1:]:
            t.text = ""

    edit_docx(path, clerk)
    numeral = next(p.text for p in read_paragraphs(path) if re.fullmatch(r"（[一二三四五六七八九十]+）", p.text))
    report = ws.check(path)
    assert _codes(report) == sorted([
        ("doc-number-missing", 1),  # on the letterhead, the line above the blanked one
        ("empty-item", next(p.number for p in read_paragraphs(path) if p.text == numeral)),
        ("gap-deleted", _number(path, head)),
    ], key=str)
    by_code = {f.code: f for f in report.findings}
    assert "发文字号一行是空的" in by_code["doc-number-missing"].message
    assert f"编号“{numeral}”后面没有内容" in by_code["empty-item"].message
    assert "二、下一步工作计划" in by_code["empty-item"].message
    assert by_code["gap-deleted"].message == f"▲处原有{gap}，已删去却没有写入内容"  # the placeholder named
    gap_para = next(p.text for p in read_paragraphs(path) if p.text.startswith(head))
    assert by_code["gap-deleted"].snippet.replace("▲", "").strip("…") in gap_para and "▲" in by_code["gap-deleted"].snippet
    for f in by_code.values():
        assert re.search("[\u4e00-\u9fff]", ADVICE[f.code]) and f.code in RULES
    # three placeholders gone from the count, three gaps in their place
    assert report.summary["placeholders"] == before.summary["placeholders"] - 3
    assert report.summary["gaps"] == 3 and sum(report.summary.values()) == len(report.findings)

    # the command: exit code, the summary on top, the same findings as --json
    human = _run(ws.root, path)
    assert human.exit_code == 1
    lines = human.output.splitlines()
    assert lines[0] == f"需处理 {len(report.findings)} 项：{report.summary_text}"
    assert "漏填 3 处" in lines[0] and "占位符" in lines[0] and "格式 0 处" in lines[0]
    assert any(line.startswith("第1段 [doc-number-missing]") for line in lines)
    data = json.loads(_run(ws.root, path, "--json").output)
    assert data["summary"] == report.summary and data["summary_text"] == report.summary_text
    assert [(f["code"], f["paragraph"]) for f in data["findings"]] == [(f.code, f.paragraph) for f in report.findings]
    assert [key for key, _, _ in GROUPS] == list(data["summary"])


def _delete_gap(document, gap: str) -> None:
    next(t for t in _texts(paragraph_with(document, gap)) if t.text == gap).text = ""


def _drop_empty_comments(document, head: str) -> None:
    """What Word does to a comment whose text was all deleted: the comment goes with it."""
    p = paragraph_with(document, head)
    ends = {e.get(qn("w:id")): e for e in p._p.iter(qn("w:commentRangeEnd"))}
    empty = {cid for cid, s in ((s.get(qn("w:id")), s) for s in p._p.iter(qn("w:commentRangeStart")))
             if cid in ends and not any(t.text for r in _between(s, ends[cid]) for t in r.iter(qn("w:t")))}
    assert empty
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        for element in list(p._p.iter(qn(tag))):
            if element.get(qn("w:id")) in empty:
                element.getparent().remove(element)


def test_a_gap_deleted_in_word_with_its_comment_is_still_found(draft):
    """Word drops a comment with all of its text: the gap is found by what the file keeps of the
    placeholders drafter wrote (the words around each), and named."""
    ws, path = draft
    head, gap = _commented_gap(path)
    edit_docx(path, lambda d: (_delete_gap(d, gap), _drop_empty_comments(d, head)))
    assert all(gap not in c for p in read_draft(path) for c in p.comments)
    found = [f for f in ws.check(path).findings if f.code == "gap-deleted"]
    assert [(f.paragraph, f.message) for f in found] == [(_number(path, head), f"▲处原有{gap}，已删去却没有写入内容")]


def test_words_written_in_place_pass_and_a_clerks_reason_dismisses_a_gap(draft):
    """Words written where the gap stood are no finding; a gap the clerk finds needs no words is
    dismissed by a comment of the clerk's own at that spot saying why (what the advice says)."""
    ws, path = draft
    head, gap = _commented_gap(path)
    edit_docx(path, lambda d: setattr(next(t for t in _texts(paragraph_with(d, gap)) if t.text == gap), "text",
                                  "我局已就此组织专题调研，相关工作正在推进。"))
    assert _codes(ws.check(path)) == []

    edit_docx(path, lambda d: setattr(next(t for t in _texts(paragraph_with(d, "我局已就此组织专题调研")) if "专题调研" in t.text),
                                  "text", ""))
    assert [code for code, _ in _codes(ws.check(path))] == ["gap-deleted"]
    assert "插入批注写明原因" in ADVICE["gap-deleted"]

    def reason(document):
        run = [r for r in paragraph_with(document, head).runs if r.text][-1]  # the words before the spot
        document.add_comment(run, text="此事项不属本局职责，不再答复", author="张科员", initials="ZKY")

    edit_docx(path, reason)
    assert _codes(ws.check(path)) == []


def _retype(paragraph, text: str) -> None:
    """What a clerk who selects a whole line and types over it leaves: one run of the new text,
    the comments' range marks kept where they stood (anchored on no words)."""
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)
    paragraph.runs[0].text = text


def test_a_gap_retyped_over_with_its_whole_line_is_filled(draft):
    """A line selected and typed over, its placeholder now words (qa16): no gap left, though
    drafter's comment on the placeholder now stands on no words; the same line retyped without
    those words is still found."""
    ws, path = draft
    head, gap = _commented_gap(path)
    written = "我局已就此组织专题调研，相关工作正在推进。"
    edit_docx(path, lambda d: _retype(paragraph_with(d, gap), paragraph_with(d, gap).text.replace(gap, written)))
    assert any(not p.text[n.start:n.end] for p in read_draft(path) if written in p.text for n in p.notes)
    assert _codes(ws.check(path)) == []
    edit_docx(path, lambda d: _retype(paragraph_with(d, written), paragraph_with(d, written).text.replace(written, "")))
    assert _codes(ws.check(path)) == [("gap-deleted", _number(path, head))]


def test_a_draft_written_before_gaps_were_kept_is_read_by_drafters_comments(draft):
    """A draft whose file keeps no placeholders (written by an earlier drafter): a gap deleted
    with its comment left on nothing is found by the comment, saying what it asked; deleting
    drafter's comment too dismisses it."""
    import zipfile

    ws, path = draft
    head, gap = _commented_gap(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    kept = [name for name, blob in parts.items() if name.startswith("customXml/item") and b"<gap " in blob]
    assert kept
    for name in kept:
        parts[name] = re.sub(rb"<gap [^>]*>[^<]*</gap>", b"", parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in parts.items():
            z.writestr(name, blob)
    assert all(not p.gaps for p in read_draft(path))
    edit_docx(path, lambda d: _delete_gap(d, gap))
    found = [f for f in ws.check(path).findings if f.code == "gap-deleted"]
    assert [f.paragraph for f in found] == [_number(path, head)]
    assert "已删去却没有写入文字" in found[0].message and "请写明2026年的具体举措" in found[0].message
    edit_docx(path, lambda d: _drop_empty_comments(d, head))
    assert _codes(ws.check(path)) == []


def _between(start, end):
    """The sibling elements from ``start`` to ``end``."""
    out, element = [], start.getnext()
    while element is not None and element is not end:
        out.append(element)
        element = element.getnext()
    return out


def test_heading_with_nothing_under_it(draft):
    """The clerk deletes everything under a （N） heading of part one: the heading is reported."""
    ws, path = draft
    document = docx.Document(str(path))
    headings = [p for p in document.paragraphs if p.style.name == "二级标题"]
    assert len(headings) >= 2
    target = headings[1]

    def empty_section(document):
        paragraphs = document.paragraphs
        at = next(k for k, p in enumerate(paragraphs) if p.text == target.text)
        for p in paragraphs[at + 1:]:
            if p.style.name != "公文正文":
                break
            p._p.getparent().remove(p._p)

    edit_docx(path, empty_section)
    number = _number(path, target.text)
    found = [f for f in ws.check(path).findings if f.code == "empty-item"]
    assert [(f.paragraph, f.snippet) for f in found] == [(number, target.text)]
    assert "下面没有内容" in found[0].message


def test_doc_number_line_deleted_altogether(draft):
    ws, path = draft

    def delete(document):
        p = paragraph_with(document, "【待补充：序号】")
        p._p.getparent().remove(p._p)

    edit_docx(path, delete)
    found = [f for f in ws.check(path).findings if f.code == "doc-number-missing"]
    assert [(f.paragraph, f.message.startswith("缺少发文字号")) for f in found] == [(None, True)]


def test_a_single_item_marker_left_empty():
    """三是 with nothing before the next 四是 (or the end) is an empty item; 一是 followed by text is not."""
    from drafter.check import Para, check_empty_items, recognise_parts

    paras = [Para(1, "一、基本情况"), Para(2, "一是加强研发。二是。三是推进平台建设。"), Para(3, "再次感谢您的关心。")]
    found = check_empty_items(paras, recognise_parts(paras))
    assert [(f.code, f.paragraph, f.snippet) for f in found] == [("empty-item", 2, "一是加强研发。二是。三是推进平台建设。")]
    assert "“二是”后面没有内容" in found[0].message


# ---------------------------------------------------------------------------------------------
# P11: a file that is no reply; layout in a clerk's words
# ---------------------------------------------------------------------------------------------


def _suggestion_docx(path: Path) -> Path:
    """The deputy's suggestion (examples/1350建议.txt) saved as a plain Word file."""
    document = docx.Document()
    for line in (REPO / "examples" / "1350建议.txt").read_text("utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    document.save(str(path))
    return path


def test_the_suggestion_uploaded_by_mistake_is_one_finding(seeded_root, tmp_path):
    root = seeded_root
    path = _suggestion_docx(tmp_path / "1350建议.docx")
    report = open_workspace(root).check(path)
    assert [(f.code, f.paragraph) for f in report.findings] == [("not-a-reply", None)]
    assert report.findings[0].message.startswith("这不像是一份答复稿")
    assert report.summary["structure"] == 1 and report.summary["layout"] == 0
    result = _run(root, path)
    assert result.exit_code == 1
    assert "not-a-reply" in result.output and "layout" not in result.output
    assert "docGrid" not in result.output and "None" not in result.output


def test_a_reply_typed_in_a_plain_word_file_gets_layout_in_plain_words(seeded_root, quick_start_1350, tmp_path):
    """A reply written in Word's own blank document (not the bureau's template): its text is a
    reply, so it is checked; its layout findings speak of 页边距, 行距网格 and 仿宋, not of XML."""
    root, fresh = seeded_root, quick_start_1350
    document = docx.Document()
    for p in read_paragraphs(fresh):
        document.add_paragraph(p.text.replace("\n", ""))
    path = tmp_path / "手写答复.docx"
    document.save(str(path))
    report = open_workspace(root).check(path)
    codes = [f.code for f in report.findings]
    assert "not-a-reply" not in codes
    layout = [f for f in report.findings if f.code.startswith("layout-")]
    messages = [f.message for f in layout]
    # python-docx's blank document is a Letter page with Word's margins: one finding each
    assert sorted(f.snippet for f in layout if f.code == "layout-page") == ["纸张大小", "页边距"]
    assert any(m.startswith("页边距与公文格式不符：上边距25.4毫米（应为37.0毫米）") for m in messages)
    assert any(m.startswith("页面行距网格与公文格式不符") for m in messages)
    assert any(m.startswith("中文字体不是仿宋_GB2312") for m in messages)
    for f in layout:
        assert not re.search(r"[A-Za-z]{3,}|None|w:|docGrid", f.message.replace("_GB2312", "")), f.message
        assert "templates/reference.docx" in ADVICE[f.code] or f.code == "layout-run"
    assert report.summary["layout"] == len(layout)


# ---------------------------------------------------------------------------------------------
# P2a: a figure the clerk vouches for in a Word comment
# ---------------------------------------------------------------------------------------------


def _new_figure(document) -> str:
    """The first cited figure of part one changed to a value in no fact; returns the new text."""
    from drafter.check import figure_tokens

    for p in document.paragraphs:
        if p.style.name != "公文正文":
            continue
        for t in _texts(p):
            tokens = figure_tokens(t.text or "")
            if tokens and re.match(r"\d+", tokens[0].text):
                old = tokens[0].text
                new = str(int(re.match(r"\d+", old).group()) + 7777) + old[len(re.match(r"\d+", old).group()):]
                t.text = t.text.replace(old, new, 1)
                return new
    raise AssertionError("no figure to change")


def _comment_on(document, figure: str, words: str) -> None:
    run = next(r for p in document.paragraphs for r in p.runs if figure in r.text)
    document.add_comment(run, text=words, author="张科员", initials="ZKY")


@pytest.mark.parametrize("words, vouched", [
    ("据市统计局2026年3月提供", True),
    ("来源：泉科〔2026〕12号文件", True),
    ("这个数对吗？", False),
])
def test_a_figure_the_clerk_sources_in_a_comment(draft, words, vouched):
    ws, path = draft
    figures = {}

    def change(document):
        figures["new"] = _new_figure(document)

    edit_docx(path, change)
    untraced = [f for f in ws.check(path).findings if f.code == "number-untraced"]
    assert [figures["new"] in f.message for f in untraced] == [True]
    assert "批注" in ADVICE["number-untraced"] and "年度更新" in ADVICE["number-untraced"]

    edit_docx(path, lambda d: _comment_on(d, figures["new"], words))
    untraced = [f for f in ws.check(path).findings if f.code == "number-untraced"]
    assert len(untraced) == (0 if vouched else 1)


# ---------------------------------------------------------------------------------------------
# the 核稿 page and /api/check
# ---------------------------------------------------------------------------------------------


def test_check_route_shows_the_summary_and_the_gaps(draft):
    ws, path = draft

    def clerk(document):
        for t in _texts(paragraph_with(document, "【待补充：序号】")):
            t.text = ""

    edit_docx(path, clerk)
    expected = json.loads(_run(ws.root, path, "--json").output)
    with TestClient(create_app(ws.root), base_url="http://127.0.0.1:8765") as client:
        api = client.post("/api/check", files={"file": ("1350-改.docx", path.read_bytes())}).json()
        assert api["summary"] == expected["summary"] and api["summary_text"] == expected["summary_text"]
        assert api["findings"] == expected["findings"]
        csrf = csrf_of(client.get("/check").text)
        html = client.post("/check", data={"csrf": csrf}, files={"file": ("1350-改.docx", path.read_bytes())}).text
    assert api["summary"]["gaps"] == 1
    assert expected["summary_text"] in html
    assert "发文字号一行是空的" in html and ADVICE["doc-number-missing"] in html


def test_a_date_flag_deleted_with_no_time_written(draft):
    """Every 【待更新：截至…】 or 【待更新：统计期】 flag (where a sentence says when its figures held)
    deleted in Word with nothing typed there: each is reported, as the date left out or by its
    figures' own finding."""
    ws, path = draft
    flags = [(p.text[:12], h.text) for p in read_draft(path) for h in p.highlights
             if h.text.startswith("【待更新：截至") or h.text == "【待更新：统计期】"]
    assert flags

    def clerk(document):
        for head, flag in flags:
            next(t for t in _texts(paragraph_with(document, head)) if t.text == flag).text = ""
        body = document.element.body
        for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
            for element in list(body.iter(qn(tag))):
                element.getparent().remove(element)  # Word drops every comment whose text went

    edit_docx(path, clerk)
    report = ws.check(path)
    dated = [f for f in report.findings if f.code == "gap-deleted"]
    figures = {f.paragraph for f in report.findings if f.code == "number-not-current"}
    assert {_number(path, head) for head, _ in flags} <= {f.paragraph for f in dated} | figures
    assert all("（数据的统计时间），已删去却没有写明时间" in f.message for f in dated)
    assert all(flag in "".join(f.message for f in dated) for head, flag in flags
               if _number(path, head) not in figures)


def test_a_date_flag_whose_figures_hold_is_reported_when_deleted():
    """Where no finding on the figures says it (they hold for the reply's year), a date flag
    deleted with nothing typed in its place is reported itself, naming the flag."""
    from drafter.check import Para, check_deleted_gaps, recognise_parts
    from drafter.compose.sentences import sentence_spans

    written = "在全省率先实施中试验证平台建设专项行动，【待更新：截至2026年】，推动41个中试验证平台申报入库培育。"
    flag = "【待更新：截至2026年】"
    before, after = written.split(flag)
    left = before + after  # the flag deleted, the commas around it left
    para = Para(2, left, "body", gaps=[(before[-8:], flag, after[:8])])
    paras = [Para(1, "一、基本情况"), para]
    kinds = recognise_parts(paras)
    found = check_deleted_gaps(paras, kinds, {}, {n.number: sentence_spans(n.text) for n in paras}, set())
    assert [(f.code, f.paragraph, f.message) for f in found] == [
        ("gap-deleted", 2, f"▲处原有{flag}（数据的统计时间），已删去却没有写明时间")]
    assert "专项行动，▲，推动41个" in found[0].snippet
    # the sentence's figures reported (not current): left to that finding
    reported = {2: [(left.index("41个"), left.index("41个") + 3)]}
    assert check_deleted_gaps(paras, kinds, reported, {n.number: sentence_spans(n.text) for n in paras}, set()) == []
    # a time written in its place: no finding
    para.text = before + "截至2026年4月" + after
    assert check_deleted_gaps(paras, kinds, {}, {n.number: sentence_spans(n.text) for n in paras}, set()) == []


def test_punctuation_left_doubled_by_a_deleted_flag_is_found(draft):
    """A clerk deletes the 【待更新：统计期】 standing between two commas of 1350's first item and
    writes no date: besides the deleted date, ``check`` finds the ，， it leaves, with the words around
    it; the fresh draft has no such place."""
    ws, path = draft
    assert not [f for f in ws.check(path).findings if f.code == "punctuation-doubled"]
    flagged = "专项行动，【待更新：统计期】，推动"
    edit_docx(path, lambda d: _delete_gap(d, "【待更新：统计期】") if flagged in paragraph_with(d, "专项行动").text
              else pytest.fail("the 1350 draft's first item no longer reads " + flagged))
    found = [f for f in ws.check(path).findings if f.code == "punctuation-doubled"]
    assert [f.paragraph for f in found] == [_number(path, "一是加快中试验证发展")]
    assert "专项行动，，推动" in found[0].snippet and found[0].message == "标点重复：“，，”"
    assert "删去多余的标点" in ADVICE["punctuation-doubled"]


def test_a_deleted_period_flag_names_its_highlighted_figures_once(draft):
    """1350's 推动41个…认定5个…培育4个 (of an unstated period, highlighted as figures to update): the
    clerk deletes 【待更新：统计期】 and writes no time. One finding says so and names the figures still
    highlighted — not a finding for the flag and one more per figure (check says one thing once)."""
    ws, path = draft
    flag = "【待更新：统计期】"

    def drop_flag(document):
        p = paragraph_with(document, "41个中试验证平台")
        run = next(r for r in p.runs if r.text == flag)
        run._r.getparent().remove(run._r)

    edit_docx(path, drop_flag)
    number = next(p.number for p in read_paragraphs(path) if "41个中试验证平台" in p.text)
    found = [f for f in ws.check(path).findings if f.paragraph == number and f.code != "punctuation-doubled"]  # the ，， left
    assert [f.code for f in found] == ["gap-deleted"], found
    assert flag in found[0].message and all(f"“{n}”" in found[0].message for n in ("41个", "5个", "4个")), found


@pytest.mark.parametrize("code, added, message, said, advice", [
    # 滕州's draft ended an item on …连续7年蝉联全国县域旅游综合实力百？, from a mirror that lost a character (hd13): a ? right
    # after a Chinese character at a paragraph's end, or a tone-marked letter or ? run into letters, once a paragraph
    ("garbled", "，连续7年蝉联全国县域旅游综合实力百？", "疑似乱码：“？”", "综合实力百？", "对照来源原文"),
    # 仙居县民政局's draft carried a city's news as its own, 这也是我市首家村级居家养老服务中心 (hd14): a jurisdiction of another
    # level than the bureau's named as its own (this 泉州市 bureau's 我市: 我县); 我省, the province any bureau is in, is not
    ("place-word", "，这也是我县首家村级居家养老服务中心，我省首批试点。", "“我县”与本单位所在的泉州市（我市）不符", "我县首家",
     "核对该段出处"),
])
def test_text_no_reply_of_the_bureau_says_is_found(draft, code, added, message, said, advice):
    """What check was silent on in an item of the body: the fresh 1350 draft has none; pasted into its first item, one finding
    on that paragraph, with the advice for its code."""
    ws, path = draft
    assert not [f for f in ws.check(path).findings if f.code == code]

    def paste(d):
        p = paragraph_with(d, "专项行动")
        p.runs[-1].text = p.runs[-1].text.rstrip("。") + added

    edit_docx(path, paste)
    found = [f for f in ws.check(path).findings if f.code == code]
    assert [f.paragraph for f in found] == [_number(path, "一是加快中试验证发展")], found
    assert found[0].message == message and said in found[0].snippet
    assert advice in ADVICE[code]
