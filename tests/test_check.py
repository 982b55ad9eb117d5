"""drafter check: findings on drafts written by drafter and edited the way Word does."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx.shared import Mm

from helpers import REPO, TITLE_1288, edit_docx, paragraph_with

from drafter.check import (
    RULES, Para, check_class, check_draft, check_numbering, check_parts,
    figure_tokens, read_paragraphs, recognise_parts, snippet,
)
from drafter.cli import cli
from drafter.compose.suggestion import Suggestion
from drafter.docx import ooxml
from drafter.docx.read import read_draft
from drafter.draft import make_draft
from drafter.facts.index import FactIndex
from drafter.facts.store import mark_superseded, save_fact_file
from drafter.grammar import figure_key
from drafter.model import DONE, PLAN, REPLY, WORK_REPORT, Fact, FactFile, Figure, Period, SourceMeta
from drafter.reply import PLAN_MARK_RE
from drafter.textutil import cn_number
from drafter.workspace import load_workspace

TOPIC = TITLE_1288
# The marks on a figure's date a fresh draft writes where it cannot state it (a figure of no known
# year: 【待核实：年份】; a year of the draft's own with no month: 【待补充：月份】): placeholders to fill.
DATE_MARK = re.compile(r"【待补充：月份】|【待核实：年份】")


# ---------------------------------------------------------------------------------------------
# a small hand-made fact base in a copy of the demo workspace
# ---------------------------------------------------------------------------------------------


def _workspace(tmp_path: Path):
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


def _fact(fid, text, kind, year, source_id, figures=(), section=("一、大力培育科技创新主体",)):
    return Fact(id=fid, text=text, kind=kind, period=Period(year, "document date"),
                jurisdiction="泉州市", source_id=source_id, section=list(section),
                figures=list(figures), topics=["科技创新", "产业创新"])


def _base(ws):
    """A 1071 reply filed as 2025 ended (its figures are the full year's: current in a 2026 draft),
    a 2026 work plan (this year's plans) and a 2016 report (old figures)."""
    reply = SourceMeta(id="2025-reply-1071", path="seeds/000.txt", sha256="0" * 64, kind=REPLY,
                       title="关于第1071号建议的答复", number="泉科函〔2025〕81号", date="2025-12-20",
                       issuer="泉州市科技局", jurisdiction="泉州市")
    plan = SourceMeta(id="2026-plan", path="seeds/002.txt", sha256="2" * 64, kind=WORK_REPORT,
                      title="泉州市科技局2026年工作要点", number="泉科〔2026〕5号", date="2026-02-10",
                      issuer="泉州市科技局", jurisdiction="泉州市", period=2026)
    report = SourceMeta(id="2017-report", path="seeds/001.txt", sha256="1" * 64, kind=WORK_REPORT,
                        title="泉州市科技局2016年工作总结", number="泉科〔2017〕28号", date="2017-02-15",
                        issuer="泉州市科技局", jurisdiction="泉州市", period=2016)
    save_fact_file(FactFile(reply, [
        _fact("f-1071-01", "截至目前，全市培育科技型中小企业1614家，推动科技创新与产业创新深度融合。", DONE,
              2025, reply.id, [Figure(1614, "家", "1614家", "科技型中小企业")]),
        _fact("f-1071-02", "兑现高企认定奖补资金1.17亿元，支持科技创新与产业创新深度融合。", DONE, 2025,
              reply.id, [Figure(1.17, "元", "1.17亿元", "高企认定奖补资金", scale="亿")]),
    ]), ws)
    save_fact_file(FactFile(plan, [
        _fact("f-2026-03", "推动科技创新和产业创新深度融合，力争再引建1-2个高能级创新平台。", PLAN,
              2026, plan.id, section=("二、2026年工作思路",)),
    ]), ws)
    save_fact_file(FactFile(report, [
        _fact("f-2016-01", "2016年全市新增高新技术企业98家，科技创新与产业创新融合推进。", DONE, 2016,
              report.id, [Figure(98, "家", "98家", "新增高新技术企业")]),
    ]), ws)
    return FactIndex.load(ws)


def _suggestion(**over):
    values = dict(number="1288", title=TOPIC, deputy="林永红", session="市十七届人大五次会议",
                  reply_class="A", date=dt.date(2026, 5, 20), doc_number="泉科函〔2026〕102号")
    values.update(over)
    return Suggestion(**values)


@pytest.fixture
def small(tmp_path):
    """(workspace, index, path of a clean draft made from the small base)."""
    ws = _workspace(tmp_path)
    index = _base(ws)
    path = make_draft(ws, _suggestion(), out=tmp_path / "1288.docx", index=index).path
    return ws, index, path


# ---------------------------------------------------------------------------------------------
# editing a .docx the way Word does (raw XML: tests only)
# ---------------------------------------------------------------------------------------------


def _text_runs(p):
    return [r for r in p._p.iter(qn("w:r")) if r.find(qn("w:t")) is not None]


def _rewrite(p, old: str = "", new: str = "", pieces: int = 4) -> None:
    """Replace ``old`` by ``new`` in the paragraph's text and spread it over ``pieces`` runs with
    the first run's formatting, as Word leaves a paragraph after editing (comment marks kept)."""
    runs = _text_runs(p)
    text = "".join(r.find(qn("w:t")).text or "" for r in runs)
    assert old in text
    text = text.replace(old, new, 1)
    first = runs[0]
    for r in runs[1:]:
        r.getparent().remove(r)
    size = -(-len(text) // pieces)
    chunks = [text[i:i + size] for i in range(0, len(text), size)]
    first.find(qn("w:t")).text = chunks[0]
    anchor = first
    for chunk in chunks[1:]:
        run = copy.deepcopy(first)
        t = run.find(qn("w:t"))
        t.text = chunk
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        anchor.addnext(run)
        anchor = run
    assert len(_text_runs(p)) == len(chunks) > 1


def _delete(p) -> None:
    p._p.getparent().remove(p._p)


def _drop_comment_marks(document) -> None:
    """What deleting every comment in Word leaves in document.xml: no anchors, no references."""
    body = document.element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        for element in list(body.iter(qn(tag))):
            element.getparent().remove(element)


def _retype(p) -> None:
    """The paragraph typed again (or pasted as text): same text, runs and style, no bookmarks."""
    fresh = copy.deepcopy(p._p)
    for tag in ("w:bookmarkStart", "w:bookmarkEnd"):
        for element in list(fresh.iter(qn(tag))):
            element.getparent().remove(element)
    p._p.addnext(fresh)
    _delete(p)


def _codes(report) -> list[str]:
    return [f.code for f in report.findings]


# ---------------------------------------------------------------------------------------------
# figures and small helpers
# ---------------------------------------------------------------------------------------------


def test_figure_tokens_skip_dates_numbers_phones_ordinals():
    text = ("泉科函〔2026〕102号 关于第1288号建议 2026年5月20日 2024 年度 第二批 第3批 联系电话：0595-22579329 "
            "《关于2025年12条措施》 【待补充：2025年数据】 从1到10 “1+X”")
    assert figure_tokens(text) == []
    found = [t.text for t in figure_tokens("培育1614家，资金1.17亿元、13.2亿元，增长3.4%，超 1000 项，50余场，12个月")]
    assert found == ["1614家", "1.17亿元", "13.2亿元", "3.4%", "1000 项", "50余场", "12个月"]


def test_figure_keys_compare_amounts_across_scales():
    (a,), (b,), (c,) = figure_tokens("3300万元"), figure_tokens("0.33亿元"), figure_tokens("3300万人")
    assert a.key == b.key == ("33000000", "元")
    assert c.key != a.key


def test_cn_number_and_snippet():
    assert [cn_number(x) for x in ("一", "十", "十三", "二十", "九十九", "是")] == [1, 10, 13, 20, 99, None]
    text = "甲" * 50 + "1614家" + "乙" * 50
    shown = snippet(text, 50, 55)
    assert "1614家" in shown and shown.startswith("…") and shown.endswith("…")
    assert 28 <= len(shown) <= 34


# ---------------------------------------------------------------------------------------------
# rules on paragraphs (parts recognised by their text, as after a clerk replaced the styles)
# ---------------------------------------------------------------------------------------------

FRAME_HEAD = [
    "泉州市科学技术局", "泉科函〔2026〕102号", "答复类型：A类", "关于市十七届人大五次会议第1288号建议的答复",
    "林永红代表：", "您提出的《关于…的建议》收悉，感谢您的关注。该建议由我局主办。现将有关情况答复如下：",
]
FRAME_TAIL = [
    "再次感谢您对我市科技创新工作的支持与理解。", "领导署名：史思泉", "联系人：谢惠阳", "联系电话：0595-22579329",
    "泉州市科学技术局", "2026年5月20日", "（此件主动公开）", "抄送：市人大常委会代表工委；市政府督查室。",
]


def _paras(body: list[str], head=FRAME_HEAD, tail=FRAME_TAIL) -> list[Para]:
    return [Para(n, text) for n, text in enumerate([*head, *body, *tail], start=1)]


def _numbering(body):
    paras = _paras(body)
    return check_numbering(paras, recognise_parts(paras))


def test_numbering_clean_with_restarts():
    body = ["一、基本情况", "（一）加强研发。一是组织攻关。二是协同攻关。", "三是加大研发。",
            "（二）推进平台建设。", "一是引建大院大所。二是培育技术中心。",
            "二、下一步工作计划", "（一）支持企业研发。", "（二）建设平台。", "1.推广模式。", "2.强化服务。"]
    assert _numbering(body) == []


def test_numbering_skips_and_repeats():
    body = ["一、基本情况", "（一）加强研发。一是组织攻关。二是协同攻关。", "四是加大研发。",
            "（二）推进平台。", "（四）加强人才。", "二、做法", "四、下一步工作计划",
            "（一）支持研发。一是甲。一是乙。二是丙。二是丁。"]
    found = _numbering(body)
    assert [(f.code, f.paragraph) for f in found] == [
        ("numbering-skip", 9),    # 四是 after 二是
        ("numbering-skip", 11),   # （四） after （二）
        ("numbering-skip", 13),   # 四、 after 二、
        ("numbering-repeat", 14),  # 二是 twice
    ]
    assert "四是" in found[0].message and "四是" in found[0].snippet
    assert "（四）" in found[1].snippet


def test_numbering_half_width_and_arabic():
    body = ["一、基本情况", "(一)加强研发。", "(三)推进平台。", "1.组织攻关。", "3.协同攻关。", "（1）甲。", "（2）乙。"]
    found = _numbering(body)
    assert [(f.code, f.snippet) for f in found] == [("numbering-skip", "(三)推进平台。"), ("numbering-skip", "3.协同攻关。")]


def test_numbering_up_to_twenty():
    items = "".join(f"{n}是做法。" for n in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                           "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八",
                                           "十九", "二十"])
    assert _numbering([items]) == []
    found = _numbering([items.replace("十七是", "十八是", 1)])
    assert [f.code for f in found] == ["numbering-skip", "numbering-repeat"]


def test_missing_parts_each():
    full = _paras(["一、基本情况", "截至目前，全市培育科技型中小企业1614家。"])
    assert check_parts(full, recognise_parts(full)) == []
    expect = {
        "missing-opening": FRAME_HEAD[5], "missing-closing": FRAME_TAIL[0],
        "missing-signature": FRAME_TAIL[1], "missing-contact": FRAME_TAIL[3],
        "missing-note": FRAME_TAIL[6], "missing-cc": FRAME_TAIL[7],
    }
    for code, text in expect.items():
        paras = [p for p in full if p.text != text]
        found = check_parts(paras, recognise_parts(paras))
        assert [f.code for f in found] == [code], code


def test_parts_recognised_with_half_width_punctuation_and_spaces():
    paras = _paras(["截至目前，全市培育科技型中小企业1614家。"], tail=[
        "衷心感谢您长期以来对我局科技工作的关心支持。", "领导署名:史思泉", "联 系 人:陈坚议",
        "联系电话:0595-22579329", "(此件主动公开)", "抄送:市政府督查室。"])
    assert check_parts(paras, recognise_parts(paras)) == []


def test_a_co_handlers_views_close_with_yi_shang_yi_jian(seeds_ws, tmp_path):
    """A 会办意见 ends with 以上意见，供参考。 — a closing, not a missing one."""
    path = _seed_draft(seeds_ws, tmp_path / "1288-会办.docx", role="会办", lead="市工业和信息化局",
                       **{"doc-number": "泉科函〔2026〕103号", "date": "2026-04-10"})
    texts = [p.text for p in read_draft(path)]
    assert "以上意见，供参考。" in texts
    codes = [f.code for f in check_draft(seeds_ws, path).findings]
    assert "missing-closing" not in codes
    paras = _paras(["截至目前，全市培育科技型中小企业1614家。"], tail=["以上意见，供参考。", *FRAME_TAIL[1:]])
    assert check_parts(paras, recognise_parts(paras)) == []


def _class(body, code, ws):
    paras = _paras(body)
    kinds = recognise_parts(paras)
    return check_class(paras, kinds, code, ws.classes, paras[2])


def test_class_a_with_only_plans(tmp_path):
    ws = _workspace(tmp_path)
    plans = ["一、下一步工作计划", "根据您的建议，下一步我局将加强科技创新。", "（一）支持企业研发创新。"]
    found = _class(plans, "A", ws)
    assert [f.code for f in found] == ["class-content"]
    assert found[0].paragraph == 3 and "只有计划" in found[0].message
    done = ["一、基本情况", "截至目前，全市培育科技型中小企业1614家。", *plans]
    assert _class(done, "A", ws) == []
    # plans written in the done part without figures or achievements still do not count as done
    assert [f.code for f in _class(["我局将加强科技创新，力争培育更多企业。"], "A", ws)] == ["class-content"]


def test_class_c_needs_a_reason_and_b_a_plan(tmp_path):
    ws = _workspace(tmp_path)
    no_reason = ["一、基本情况", "截至目前，全市培育科技型中小企业1614家。"]
    found = _class(no_reason, "C", ws)
    assert [f.code for f in found] == ["class-content"] and "原因" in found[0].message
    reason = [*no_reason, "您提出的设立专项基金一事，受当前财力条件限制，暂不具备实施条件，我局将留作参考。"]
    assert _class(reason, "C", ws) == []
    assert [f.code for f in _class(no_reason, "B", ws)] == ["class-content"]
    assert _class([*no_reason, "二、下一步工作计划", "下一步，我局将逐步推进。"], "B", ws) == []


def test_class_rules_follow_the_workspace_scheme(tmp_path):
    ws = _workspace(tmp_path)
    ws.classes = {"甲": "所提问题已经解决", "乙": "已列入计划逐步解决", "丙": "因条件限制留作参考"}
    plans = ["一、下一步工作计划", "下一步我局将加强科技创新。"]
    assert [f.code for f in _class(plans, "甲", ws)] == ["class-content"]
    assert _class(plans, "乙", ws) == []
    assert [f.code for f in _class(plans, "A", ws)] == ["class-unknown"]


# ---------------------------------------------------------------------------------------------
# drafts written by drafter, then edited
# ---------------------------------------------------------------------------------------------


def test_fresh_draft_is_clean(small):
    ws, index, path = small
    report = check_draft(ws, path, index=index)
    assert report.findings == [] and report.clean
    assert report.reply_class == "A" and report.year == 2026


def test_word_edits_give_exactly_their_findings(small):
    ws, index, path = small

    def word(document):
        _rewrite(paragraph_with(document, "1.17亿元"), "1.17亿元", "1.27亿元")  # a figure in no fact
        _rewrite(paragraph_with(document, "1614家"), "全市", "全市【待补充：最新统计】")
        _rewrite(paragraph_with(document, "一如既往"))  # runs split, nothing else
        _delete(paragraph_with(document, "此件"))
        _drop_comment_marks(document)
        added = document.add_paragraph("此外，全市科技型中小企业已达1614家。", style="公文正文")
        paragraph_with(document, "一如既往")._p.addprevious(added._p)  # a paragraph the clerk added
        document.add_paragraph("")  # an empty paragraph does not shift the numbering

    edit_docx(path, word)
    report = check_draft(ws, path, index=index)
    # the placeholder typed in also leaves the A closing (已基本解决) claiming what is not written
    assert sorted(_codes(report)) == ["closing-gaps", "missing-note", "number-untraced", "placeholder"]
    by_code = {f.code: f for f in report.findings}
    assert "仍有1处" in by_code["closing-gaps"].message
    texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    assert "1.27亿元" in by_code["number-untraced"].snippet
    assert "1.27亿元" in texts[by_code["number-untraced"].paragraph - 1]
    # the bureau's own new figure is no fault: the message says how it passes (a comment naming its source, hd7)
    assert "插入批注写明出处" in by_code["number-untraced"].message
    assert "【待补充：最新统计】" in texts[by_code["placeholder"].paragraph - 1]
    assert by_code["missing-note"].paragraph is None


def test_leftover_highlight(tmp_path):
    ws = _workspace(tmp_path)
    index = _base(ws)
    path = make_draft(ws, _suggestion(doc_number=None), out=tmp_path / "d.docx", index=index).path
    # (numbered as the base's reply 泉科函〔2025〕81号 is, its serial to fill: hd45b)
    assert [(f.code, f.snippet) for f in check_draft(ws, path, index=index).findings] == [
        ("placeholder", "泉科函〔2026〕【待补充：序号】号")]

    def fill(document):  # the clerk types the serial over the placeholder; the highlight stays
        run = next(r for r in _text_runs(paragraph_with(document, "【待补充：序号】")) if r.find(qn("w:t")).text == "【待补充：序号】")
        assert run.find(qn("w:rPr")).find(qn("w:highlight")) is not None
        run.find(qn("w:t")).text = "102"

    edit_docx(path, fill)
    report = check_draft(ws, path, index=index)
    found = report.findings
    assert [(f.code, f.paragraph) for f in found] == [("highlight", 2)]
    assert "“102”" in found[0].message and found[0].snippet == "泉科函〔2026〕102号"
    # counted as what it is, not as a placeholder (hd6: 占位符 12 处 held a 残留高亮)
    assert report.summary["highlights"] == 1 and report.summary["placeholders"] == 0
    assert report.summary_text.startswith("占位符 0 处 · 残留高亮 1 处 · ")


def test_styles_replaced_by_normal_still_recognised(small):
    ws, index, path = small

    def restyle(document):
        normal = document.styles["Normal"]
        for p in document.paragraphs:
            if p.style.name in ("领导署名", "联系人", "附注", "抄送", "开头语", "结束语", "公文正文"):
                p.style = normal

    edit_docx(path, restyle)
    report = check_draft(ws, path, index=index)
    assert [f for f in report.findings if not f.code.startswith("layout")] == []


def test_layout_drift(small):
    ws, index, path = small

    def drift(document):
        document.sections[0].left_margin = Mm(35)
        document.sections[0].top_margin = Mm(37.5)  # within ±1 mm
        run = _text_runs(paragraph_with(document, "1614家"))[-1]
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = run.makeelement(qn("w:rPr"), {})
            run.insert(0, rpr)
        fonts = rpr.makeelement(qn("w:rFonts"), {qn("w:eastAsia"): "宋体"})
        rpr.append(fonts)
        document.styles["一级标题"].element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
        grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
        grid.set(qn("w:linePitch"), "312")

    edit_docx(path, drift)
    report = check_draft(ws, path, index=index)
    found = [(f.code, f.paragraph) for f in report.findings]
    texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    heading = next(n for n, t in enumerate(texts, 1) if t.startswith("一、"))
    body = next(n for n, t in enumerate(texts, 1) if "1614家" in t)
    assert sorted(found, key=str) == sorted([
        ("layout-page", None), ("layout-grid", None), ("layout-style", heading), ("layout-run", body),
    ], key=str)
    by_code = {f.code: f for f in report.findings}
    assert "左边距" in by_code["layout-page"].message and "35.0毫米" in by_code["layout-page"].message
    assert "宋体" in by_code["layout-run"].message and "宋体" in by_code["layout-style"].message


def _newer_count(ws) -> None:
    """A 2025 work report in the base giving a newer count of 科技型中小企业 (1802家, f-2026-01)."""
    newer = SourceMeta(id="2026-report", path="seeds/new.txt", sha256="2" * 64, kind=WORK_REPORT,
                       title="2025年工作总结", date="2026-01-20", issuer="泉州市科技局",
                       jurisdiction="泉州市", period=2025)
    save_fact_file(FactFile(newer, [
        _fact("f-2026-01", "全市培育科技型中小企业1802家。", DONE, 2025, newer.id,
              [Figure(1802, "家", "1802家", "科技型中小企业")])]), ws)


def test_superseded_and_stale_numbers(small):
    ws, index, path = small
    # After the draft was made, a refresh replaced 1614家 by a newer count; the draft also quotes
    # a 2016 figure a clerk pasted in.
    _newer_count(ws)
    mark_superseded(ws, {"f-1071-01": "f-2026-01"})
    edit_docx(path, lambda d: _rewrite(paragraph_with(d, "1614家"), "1614家", "1614家，新增高新技术企业98家"))
    report = check_draft(ws, path)
    assert sorted(_codes(report)) == ["number-stale", "number-superseded"]
    by_code = {f.code: f for f in report.findings}
    assert "1614家" in by_code["number-superseded"].message
    assert "f-2026-01" in by_code["number-superseded"].message
    assert "98家" in by_code["number-stale"].message and "2016" in by_code["number-stale"].message


def test_a_new_value_is_asked_for_only_where_the_base_holds_one(small):
    from drafter.facts.store import plan_supersede, write_updates

    ws, index, path = small
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "1614家" in body and "1.17亿元" in body
    _newer_count(ws)
    # 1614家 carries a figure mark (as refresh writes it); the 1.17亿元 fact is marked whole by
    # hand with a fact that holds no new value of that measure
    write_updates(plan_supersede(ws, {"f-1071-02": "f-2026-01"}, {"f-1071-01": {0: "f-2026-01"}}))
    report = check_draft(ws, path)
    (found,) = [f for f in report.findings if f.code.startswith("number-")]
    assert found.code == "number-superseded" and "1614家" in found.message
    assert "1802家" in found.message and "f-2026-01" in found.message


def test_stale_figure_in_a_fresh_draft_is_reported_once(tmp_path):
    ws = _workspace(tmp_path)
    index = _base(ws)
    # a suggestion only the 2016 fact answers: in a workspace that lets a ten-year-old fact fill a
    # draft (draft.max_age), compose uses it, flagged and highlighted
    path = make_draft(dataclasses.replace(ws, max_age=10), _suggestion(title="关于新增高新技术企业的建议"),
                      out=tmp_path / "old.docx", index=index).path
    report = check_draft(ws, path, index=index)
    # one finding: its sentence's 【待更新：…】 flag, which names the figure to update (hd16: each figure reported again)
    assert [f.code for f in report.findings if "98家" in f.message] == ["placeholder"]
    assert not [f for f in report.findings if f.code in ("highlight", "number-stale")]
    # the clerk deletes the 【待更新：…】 flag and keeps the figure: still that one finding, not also
    # number-not-current (the figure older than last year is already reported as stale)
    unflagged = shutil.copy(path, tmp_path / "unflagged.docx")
    edit_docx(unflagged, lambda d: _rewrite(paragraph_with(d, "【待更新："), re.search(r"【待更新：[^】]*】",
                                                                         paragraph_with(d, "【待更新：").text).group()))
    report = check_draft(ws, unflagged, index=index)
    assert "【待更新" not in "".join(p.text for p in read_paragraphs(unflagged))
    assert [f.code for f in report.findings if "98家" in f.message] == ["number-stale"]

    # the same count in an unrelated current fact does not clear it while the paragraph cites the
    # 2016 fact (the file keeps the fact ids, deleted comments or not); once the clerk retypes the
    # paragraph, it cites nothing and the whole base is searched
    other = SourceMeta(id="2025-news", path="seeds/n.txt", sha256="3" * 64, kind=WORK_REPORT,
                       title="科技特派员工作简报", date="2025-03-01", jurisdiction="泉州市")
    save_fact_file(FactFile(other, [_fact("f-n-01", "全市建成科技特派员服务站98家。", DONE, 2025, other.id,
                                          [Figure(98, "家", "98家")])]), ws)
    index = FactIndex.load(ws)
    assert "number-stale" in _codes(check_draft(ws, unflagged, index=index))
    edit_docx(unflagged, _drop_comment_marks)
    assert "number-stale" in _codes(check_draft(ws, unflagged, index=index))
    edit_docx(unflagged, lambda d: _retype(paragraph_with(d, "98家")))
    assert "number-stale" not in _codes(check_draft(ws, unflagged, index=index))
    # in the draft still flagged, retyped, its highlight is left: the flag's one finding names it
    edit_docx(path, _drop_comment_marks)
    edit_docx(path, lambda d: _retype(paragraph_with(d, "98家")))
    after = check_draft(ws, path, index=index)
    assert "number-stale" not in _codes(after)
    (left,) = [f for f in after.findings if "98家" in f.message]
    assert left.code == "placeholder" and "【待更新：" in left.message and "“98家”" in left.message


def test_provenance_tells_apart_two_sources_with_the_same_label(tmp_path):
    """Two replies titled alike (no document number): the file says which fact each paragraph
    cites, so the one citing the old source's fact is stale and the other is not (its figure, of
    2025 as of May, is only not current in a 2026 reply: it carries no 【待更新】 flag)."""
    from drafter import reply as R
    from drafter.draft import write_draft

    ws = _workspace(tmp_path)
    label = "关于第1071号建议的答复"
    old = SourceMeta(id="2017-reply", path="seeds/a.txt", sha256="a" * 64, kind=REPLY, title=label,
                     date="2017-05-20", jurisdiction="泉州市")
    new = SourceMeta(id="2025-reply", path="seeds/b.txt", sha256="b" * 64, kind=REPLY, title=label,
                     date="2025-05-20", jurisdiction="泉州市")
    assert old.label() == new.label()
    for meta, fid, year in ((old, "f-old", 2017), (new, "f-new", 2025)):
        fact = _fact(fid, "全市培育科技型中小企业1614家。", DONE, year, meta.id,
                     [Figure(1614, "家", "1614家", "科技型中小企业")])
        fact.paragraph = 3
        save_fact_file(FactFile(meta, [fact]), ws)
    index = FactIndex.load(ws)
    text = "全市培育科技型中小企业1614家。"
    blocks = [R.ReplyBlock(R.BODY, [R.Span(text)], [R.Citation(fid, label, meta.date, None, 3)])
              for fid, meta in (("f-old", old), ("f-new", new))]
    path = write_draft(ws, R.Reply("1288", blocks), tmp_path / "same-label.docx").path
    paras = read_paragraphs(path)
    assert [p.fact_ids for p in paras] == [["f-old"], ["f-new"]]
    assert [p.comments for p in paras] == [[f"{label}（2017-05-20） · 第3段"], [f"{label}（2025-05-20） · 第3段"]]
    numbers = [(f.paragraph, f.code) for f in check_draft(ws, path, index=index, today=dt.date(2026, 1, 1))
               .findings if f.code.startswith("number-")]
    assert numbers == [(1, "number-stale"), (2, "number-not-current")]


def test_provenance_survives_edits_in_word(seeds_ws, tmp_path):
    """The fact ids read back are those the composer cited, after runs are split, comments
    deleted and a cited paragraph split in two."""
    from drafter.compose.reply import compose_reply

    path = _seed_draft(seeds_ws, tmp_path / "1288.docx")
    cited = [p for p in read_paragraphs(path) if p.fact_ids]
    reply = compose_reply(seeds_ws, _suggestion(date=None, doc_number=None), FactIndex.load(seeds_ws),
                          dt.date.today())
    composed = [list(dict.fromkeys(c.fact_id for c in b.citations)) for b in reply.blocks if b.citations]
    assert [p.fact_ids for p in cited] == composed and len(composed) >= 3
    target = cited[1]

    def edit(document):
        _drop_comment_marks(document)
        p = paragraph_with(document, target.text)
        _rewrite(p, "", "")
        tail = copy.deepcopy(p._p)  # Enter in the middle: the second half is a new paragraph
        for element in list(tail.iter(qn("w:bookmarkStart"))):
            element.getparent().remove(element)
        for element in list(p._p.iter(qn("w:bookmarkEnd"))):
            element.getparent().remove(element)
        p._p.addnext(tail)

    edit_docx(path, edit)
    after = read_paragraphs(path)
    assert all(not p.comments for p in after)
    assert [p.fact_ids for p in after if p.text == target.text] == [target.fact_ids] * 2
    assert [p.fact_ids for p in after if p.fact_ids and p.text != target.text] == [
        p.fact_ids for p in cited if p is not target]


# ---------------------------------------------------------------------------------------------
# acceptance: the real pipeline on the seeds
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_ws(seeded_root):
    """The demo workspace with every seed distilled into its fact base (conftest; read-only)."""
    return load_workspace(seeded_root)


@pytest.fixture
def status_ws(seeded_status):
    """``seeds_ws`` closing as the class has it (``draft.closing: status``), not only thanking as the bureau does."""
    return load_workspace(seeded_status)


def _seed_draft(ws, path, **over):
    result = CliRunner().invoke(cli, [
        "-w", str(ws.root), "draft", "1288", TOPIC, "--deputy", "林永红", "--session", "市十七届人大五次会议",
        "--type", "A", "-o", str(path), *(x for k, v in over.items() for x in (f"--{k}", v))])
    assert result.exit_code == 0, result.output
    return path


def test_seed_draft_complete_is_clean(seeds_ws, tmp_path):
    path = _seed_draft(seeds_ws, tmp_path / "1288.docx", **{"doc-number": "泉科函〔2026〕102号",
                                                            "date": "2026-05-20"})
    report = check_draft(seeds_ws, path)
    assert len([t for p in docx.Document(str(path)).paragraphs for t in figure_tokens(p.text)]) >= 5
    # the only findings on a fresh, complete draft are the 【待更新：…】 flags, one per flagged
    # sentence naming the figures compose highlighted there, and the figures highlighted for the
    # clerk to verify elsewhere, each reported once
    flagged = _flagged(path)
    markers = _update_markers(path)
    loose = _flagged(path, in_flagged_sentence=False)
    # its figures that only their source's number dates (〔2026〕) state no guessed 截至2026年: their
    # period is a 【待更新：统计期】 flag (among the markers), no month to write in
    dates = []
    assert sum(len(DATE_MARK.findall(p.text)) for p in read_draft(path)) == len(dates)
    assert any("【待更新：统计期】，全市共引建大院大所30家" in p.text for p in read_draft(path))
    assert not any("截至2026年" in p.text for p in read_draft(path))
    steps = _next_step_gaps(path)  # part two's items the base holds no plan for: the clerk's to write
    assert sorted(f.code for f in report.findings) == sorted(
        ["highlight"] * len(loose) + ["placeholder"] * (len(markers) + len(dates) + len(steps))
        )  # part two's gaps are next steps to write: no closing-gaps against 已基本解决
    assert sorted(f.snippet for f in report.findings if DATE_MARK.search(f.message)) == sorted(dates)
    # each highlighted figure named once (13个 of two sentences, in two findings)
    assert sorted(t for f in report.findings for t in re.findall(r"“([^”]+)”", f.message) if t in flagged) == flagged
    result = _run(seeds_ws, path)
    assert result.exit_code == (1 if flagged or dates or steps else 0)
    assert ("未发现问题" in result.output) == (not flagged and not dates and not steps)


def test_seed_draft_reports_only_its_placeholders(status_ws, tmp_path):
    path = _seed_draft(status_ws, tmp_path / "1288.docx")
    found = check_draft(status_ws, path).findings
    steps = _next_step_gaps(path)
    assert [(f.code, f.snippet) for f in found if f.code != "highlight" and "【待更新：" not in f.message
            and not DATE_MARK.search(f.message)] == [("placeholder", "【待补充：发文字号】")] + [
        ("placeholder", s) for s in steps] + [("placeholder", "【待补充：成文日期】")]
    # the A closing says 已基本解决 (part one holds no gap) while part two still has next steps to
    # write: check agrees with it (no closing-gaps: a missing plan is no problem left unsolved)
    assert any("所提问题已基本解决" in p.text for p in read_draft(path))
    assert steps and not [f for f in found if f.code == "closing-gaps"]
    _assert_date_marks_shown(path, [f for f in found if DATE_MARK.search(f.message)])
    assert len([f for f in found if f.code == "highlight"]) == len(_flagged(path, in_flagged_sentence=False))
    assert len([f for f in found if "【待更新：" in f.message]) == len(_update_markers(path))


def _flagged(path, in_flagged_sentence: bool | None = None) -> list[str]:
    """Texts the draft highlights for checking (not the yellow placeholders), sorted; only those of
    a sentence carrying a 【待更新：…】 flag (True) or only the others (False)."""
    from drafter.compose.sentences import sentence_spans

    out = []
    for p in read_draft(path):
        cursor = 0
        for h in p.highlights:
            at = p.text.find(h.text, cursor)
            cursor = at + len(h.text)
            if h.color == "yellow" or PLAN_MARK_RE.match(p.text, cursor):
                continue  # (a part-two item's sentence before its mark: named in the mark's finding)
            sentence = next(m.group() for m in sentence_spans(p.text) if m.start() <= at < m.end())
            if in_flagged_sentence is None or ("【待更新：" in sentence) == in_flagged_sentence:
                out.append(h.text)
    return sorted(out)


def _next_step_gaps(path) -> list[str]:
    """The snippets check shows for the 【待补充：…】 gaps of part two's items (a next step the base
    holds no plan for) and the marks of its items to confirm (last year's plan, part one's work carried
    on), one per mark."""
    from drafter.check import snippet

    paras = read_draft(path)
    start = next(n for n, p in enumerate(paras) if p.text.startswith("二、"))
    return [snippet(p.text, m.start(), m.end()) for p in paras[start:] if re.match(r"^（[一二三四五六七]）", p.text)
            for m in re.finditer(r"【待[^】]*】", p.text)
            if m.group().startswith("【待补充：") or PLAN_MARK_RE.fullmatch(m.group())]


def _assert_date_marks_shown(path, found) -> None:
    """``found`` (check's findings on date marks) are the draft's date marks (:data:`DATE_MARK`), one
    finding per mark, each named in its message and shown in its snippet: a piece of the paragraph
    holding it (… where cut) of at most 30 characters."""
    marks = [(m.group(), p.text) for p in read_draft(path) for m in DATE_MARK.finditer(p.text)]
    assert sorted(f.message for f in found) == sorted(f"占位符未补全：{mark}" for mark, _ in marks)
    for f in found:
        shown = f.snippet.strip("…")
        assert len(shown) <= 30 and any(mark in shown and shown in text for mark, text in marks), f.snippet


def _update_markers(path) -> list[str]:
    """The highlighted 【待更新：…】 markers after sentences with old figures."""
    return [h.text for p in read_draft(path) for h in p.highlights
            if h.color == "yellow" and h.text.startswith("【待更新：")]


def test_seed_draft_edited_in_word(seeds_ws, tmp_path):
    """Split runs, one figure changed to a number in no fact, the date placeholder left,
    附注 deleted: exactly those findings."""
    path = _seed_draft(seeds_ws, tmp_path / "1288.docx", **{"doc-number": "泉科函〔2026〕102号"})
    index = FactIndex.load(seeds_ws)
    known = {t.key for f in index.facts.values() for t in figure_tokens(f.text)}
    known |= {figure_key(g.value, g.scale, g.unit) for f in index.facts.values() for g in f.figures}
    document = docx.Document(str(path))
    target = next(p for p in document.paragraphs if p.style.name == "公文正文" and figure_tokens(p.text))
    figure = figure_tokens(target.text)[0]
    number = re.match(r"\d+(?:\.\d+)?", figure.text).group()
    rest = figure.text[len(number):]
    changed = next(c for c in (f"{Decimal(number) + k}{rest}" for k in range(1, 1000))
                   if figure_tokens(c)[0].key not in known)

    def word(document):
        for p in document.paragraphs:
            if p.style.name == "公文正文" and len(p.text) > 40 and p.text != target.text:
                _rewrite(p)  # Word splits runs everywhere it has been
        _rewrite(paragraph_with(document, target.text), figure.text, changed)
        _delete(paragraph_with(document, "（此件"))

    edit_docx(path, word)
    steps = _next_step_gaps(path)
    found = [f for f in check_draft(seeds_ws, path).findings if "【待更新：" not in f.message
             and not DATE_MARK.search(f.message) and f.snippet not in steps]
    assert sorted(f.code for f in found) == ["missing-note", "number-untraced", "placeholder"]
    by_code = {f.code: f for f in found}
    assert by_code["placeholder"].snippet == "【待补充：成文日期】"
    assert changed in by_code["number-untraced"].snippet
    result = _run(seeds_ws, path, "--json")
    assert result.exit_code == 1
    assert sorted(f["code"] for f in json.loads(result.output)["findings"]
                  if "【待更新：" not in f["message"] and not DATE_MARK.search(f["message"])
                  and f["snippet"] not in steps) == sorted(by_code)


@pytest.mark.parametrize("added, shown", [
    ("办理贷款9999笔，引进外资300万欧元。", ["9999笔", "300万欧元"]),
    ("办理贷款９９９９笔，引进外资３００万欧元。", ["９９９９笔", "３００万欧元"]),  # full width
])
def test_seed_draft_counters_and_currencies_are_traced(seeds_ws, tmp_path, added, shown):
    """Figures with a counter (笔) or a scaled currency (万欧元), also typed full width, are
    found by check as the distiller finds them, and reported when no fact states them."""
    from drafter.distill.figures import find_figures

    path = _seed_draft(seeds_ws, tmp_path / "1288.docx", **{"doc-number": "泉科函〔2026〕102号",
                                                            "date": "2026-05-20"})
    before = check_draft(seeds_ws, path).findings

    def add(document):
        p = next(p for p in document.paragraphs if p.style.name == "公文正文" and figure_tokens(p.text))
        _rewrite(p, "。", "。" + added)

    edit_docx(path, add)
    # a placeholder's snippet may take in the added text, and a flag's finding names no figures once
    # the retyped paragraph lost its highlights: a finding is known by its code and first clause
    def known(f):
        return f.code, f.message.split("；")[0]

    seen = {known(f) for f in before}
    found = [f for f in check_draft(seeds_ws, path).findings if known(f) not in seen]
    assert [f.code for f in found] == ["number-untraced", "number-untraced"]
    assert [next(t for t in shown if f"“{t}”" in f.message) for f in found] == shown
    distilled = {figure_key(g.value, g.scale, g.unit) for g in find_figures(added)}
    assert distilled == {t.key for t in figure_tokens(added)} == {("9999", "笔"), ("3000000", "欧元")}


@pytest.mark.parametrize("code", ["A", "B", "C"])
def test_seed_drafts_closing_fits_their_class(status_ws, tmp_path, code):
    """A fresh draft's closing fits its class; once a clerk changes the class mark, the
    closing no longer does (class-closing on the closing paragraph)."""
    path = _seed_draft(status_ws, tmp_path / "d.docx", type=code)
    assert "class-closing" not in _codes(check_draft(status_ws, path))
    other = {"A": "C", "B": "A", "C": "B"}[code]
    edit_docx(path, lambda d: _rewrite(paragraph_with(d, "答复类型："), f"{code}类", f"{other}类"))
    report = check_draft(status_ws, path)
    found = [f for f in report.findings if f.code == "class-closing"]
    assert report.reply_class == other and len(found) == 1
    closing = next(p for p in read_paragraphs(path) if "再次感谢" in p.text)
    assert found[0].paragraph == closing.number and f"{other}类" in found[0].message
    assert f"是{code}类的说法" in found[0].message


def test_seed_draft_closing_reworded_against_its_class(seeds_ws, tmp_path):
    path = _seed_draft(seeds_ws, tmp_path / "a.docx", type="A")
    edit_docx(path, lambda d: _rewrite(paragraph_with(d, "再次感谢"), "。", "。您提出的建议已列入我局工作计划，将逐步解决。"))
    assert [f.message for f in check_draft(seeds_ws, path).findings if f.code == "class-closing"] == [
        "结束语与A类（所提问题已经解决或基本解决）不符，是B类的说法，请改结束语或答复类型；"
        "结束语也可只致谢、不写办理状态（类型见文首答复类型），各类答复均适用；起草时如此写，可在 drafter.yaml 的 draft 中设 closing: thanks"]


def test_closing_claiming_solved_while_parts_are_still_to_come(status_ws, tmp_path):
    """A class-A draft with a co-handler whose part the base lacks closes with 已采纳 only; a
    clerk who makes it say 已基本解决 while the 【待…提供】 part is still in the body gets
    closing-gaps on the closing; once the part is written in, the same closing is no finding."""
    path = _seed_draft(status_ws, tmp_path / "a.docx", type="A", text=str(REPO / "examples" / "1288建议.txt"),
                       **{"with": "市档案局"})
    paras = read_paragraphs(path)
    holes = [p.text for p in paras if "【待市档案局提供：" in p.text]
    closing = next(p for p in paras if "再次感谢" in p.text)
    assert holes and "已采纳" in closing.text and "解决" not in closing.text
    assert "closing-gaps" not in _codes(check_draft(status_ws, path))

    edit_docx(path, lambda d: _rewrite(paragraph_with(d, "再次感谢"), "已采纳，", "已采纳，所提问题已基本解决，"))
    report = check_draft(status_ws, path)
    found = [f for f in report.findings if f.code == "closing-gaps"]
    opening = next(p.number for p in paras if "收悉" in p.text)
    plans = next(p.number for p in paras if p.text.startswith("二、下一步"))
    left = [p for p in read_paragraphs(path) if opening < p.number < plans]
    assert len(found) == 1 and found[0].paragraph == closing.number
    assert "市档案局承办部分尚待提供" in found[0].message
    # counted: part one's gaps (part two's are next steps to write, no problem left unsolved), not a
    # figure flagged for a newer value (【待更新：…】) or for its date (DATE_MARK)
    gaps = sum(len(re.findall("【待(?!更新)", DATE_MARK.sub("", p.text))) for p in left)
    assert f"仍有{gaps}处" in found[0].message
    assert "class-closing" not in _codes(report)  # the words fit class A: only the gaps do not

    def fill(document):  # the clerk writes every part in and deletes the placeholders
        for p in document.paragraphs:
            if "【待" in p.text and "发文字号" not in p.text and "成文日期" not in p.text:
                for m in re.findall(r"【待[^】]*】", p.text):
                    _rewrite(p, m, "已按要求开展相关工作。")

    edit_docx(path, fill)
    assert "closing-gaps" not in _codes(check_draft(status_ws, path))


def test_rules_registry_is_the_help(seeds_ws):
    from drafter.check import CHECKS

    assert RULES == {code: text for rule in CHECKS for code, text in rule.codes.items()}
    result = CliRunner().invoke(cli, ["check", "--help"], terminal_width=80)
    assert result.exit_code == 0
    for code, text in RULES.items():
        assert f"{code}：{text}" in result.output


def test_each_rule_says_what_to_do_and_the_check_page_shows_it(small):
    """What a clerk does about a finding stands next to its rule (CHECKS); the 核稿 page reads it
    from there for every finding of a real edited draft."""
    from drafter.check import ADVICE, CHECKS
    from drafter.web.views import findings_by_paragraph

    assert set(ADVICE) == set(RULES) and all(re.search("[\u4e00-\u9fff]", text) for text in ADVICE.values())
    placeholder = next(rule for rule in CHECKS if "placeholder" in rule.codes)
    assert ADVICE["placeholder"] == placeholder.advice("placeholder") != ADVICE["number-untraced"]
    ws, _, path = small
    edit_docx(path, lambda d: (_delete(paragraph_with(d, "抄送")), _rewrite(paragraph_with(d, "1614家"), "1614家", "1615家")))
    findings = check_draft(ws, path).to_dict()["findings"]
    shown = [f for group in findings_by_paragraph(findings, {}) for f in group["findings"]]
    assert {f["code"] for f in shown} == {"missing-cc", "number-untraced"}
    assert all(f["advice"] == ADVICE[f["code"]] for f in shown)


# ---------------------------------------------------------------------------------------------
# the command
# ---------------------------------------------------------------------------------------------


def _run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws.root), "check", *map(str, args)])


def test_cli_exit_codes_and_json(small, tmp_path):
    ws, _, path = small
    clean = _run(ws, path)
    assert clean.exit_code == 0, clean.output
    assert "未发现问题" in clean.output

    edit_docx(path, lambda d: _delete(paragraph_with(d, "抄送")))
    human = _run(ws, path)
    assert human.exit_code == 1
    assert "[missing-cc]" in human.output and "全文" in human.output

    edit_docx(path, lambda d: _rewrite(paragraph_with(d, "1614家"), "1614家", "1615家"))
    result = _run(ws, path, "--json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["clean"] is False and data["reply_class"] == "A" and data["year"] == 2026
    assert {f["code"] for f in data["findings"]} == {"missing-cc", "number-untraced"}
    for f in data["findings"]:
        assert set(f) == {"code", "paragraph", "snippet", "message"} and f["code"] in RULES
    untraced = next(f for f in data["findings"] if f["code"] == "number-untraced")
    assert isinstance(untraced["paragraph"], int) and "1615家" in untraced["snippet"]
    assert "第{}段".format(untraced["paragraph"]) in _run(ws, path).output


@pytest.mark.parametrize("content, words", [
    (b"not a zip at all", "不是有效的"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "加密"),
    (None, "找不到"),
])
def test_cli_bad_files_one_line(small, tmp_path, content, words):
    ws, _, _ = small
    bad = tmp_path / "bad.docx"
    if content is not None:
        bad.write_bytes(content)
    result = _run(ws, bad)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and words in lines[0]
    assert "Traceback" not in result.output


def test_a_class_left_open_is_one_placeholder_finding_not_an_unknown_class(tmp_path):
    """A draft made without --type marks 答复类型 as 【待补充：答复类型】: check reports that gap once,
    as a placeholder; it is no class "【待补充：答复" outside the scheme."""
    ws = _workspace(tmp_path)
    index = _base(ws)
    path = make_draft(ws, _suggestion(reply_class=None), out=tmp_path / "open.docx", index=index).path
    found = check_draft(ws, path, index=index).findings
    on_class = [f for f in found if "答复类型" in (f.snippet or "")]
    assert [f.code for f in on_class] == ["placeholder"]


def test_a_part_one_item_naming_a_plan_does_not_end_part_one(status_ws, tmp_path):
    """An item of part one that names a plan early on (…列入年度工作计划…) is no start of the plan
    part when the draft has its heading (二、下一步工作计划): a gap typed into a later item of part
    one still leaves the A closing's 已基本解决 claiming what is not written (read8's finding)."""
    path = _seed_draft(status_ws, tmp_path / "a.docx", date="2026-05-20")

    def word(document):
        texts = [p.text for p in document.paragraphs]
        start = next(i for i, t in enumerate(texts) if t.startswith("一、"))
        end = next(i for i, t in enumerate(texts) if t.startswith("二、下一步"))
        items = [document.paragraphs[i] for i in range(start + 1, end) if re.match("[一二三四]是", texts[i])]
        assert len(items) >= 2
        _rewrite(items[0], items[0].text[:2], items[0].text[:2] + "全市科技工作列入年度工作计划，")
        _rewrite(items[-1], items[-1].text[-1], items[-1].text[-1] + "【待补充：最新统计】")

    assert "closing-gaps" not in _codes(check_draft(status_ws, path))
    edit_docx(path, word)
    found = [f for f in check_draft(status_ws, path).findings if f.code == "closing-gaps"]
    assert len(found) == 1 and "仍有1处" in found[0].message, found


def test_an_undated_draft_is_checked_as_of_the_date_it_was_written_for(seeds_ws, tmp_path):
    """A past year's list is drafted as of each item's deadline (batch), its date line left to fill: check,
    run later, judged it by today's year and called its figures of 2024 out of date for a reply of 2026
    (noticed at stop 35). The draft keeps the date it was written as of; check reads it where the draft
    says no date or document number of its own."""
    path = make_draft(seeds_ws, _suggestion(number="1190", date=None, doc_number=None, session="市十七届人大四次会议"),
                      out=tmp_path / "1190.docx", today=dt.date(2025, 6, 30)).path
    assert not any(re.search(r"\d", p.text) for p in read_draft(path) if p.kind == "date")  # 【待补充：成文日期】
    assert ooxml.read_provenance_as_of(docx.Document(str(path))) == "2025-06-30"
    stale = "不是2025年全年或2026年的数值"
    own = check_draft(seeds_ws, path)  # as of its own date: the 2024 and May 2025 figures it states are current
    assert own.year == 2025 and not [f for f in own.findings if stale in f.message], own.findings
    later = check_draft(seeds_ws, path, today=dt.date(2026, 12, 4))  # a day the clerk names still rules
    assert later.year == 2026 and [f for f in later.findings if stale in f.message]


def test_the_proposers_head_count_in_the_addressee_is_no_figure_to_trace(seeds_ws, tmp_path):
    """hd10: a suggestion of several deputies (--deputy 杨文强等3名代表) gave 杨文强等3名代表：, and check called
    3名 a figure with no source in the base. The addressee is the list's, as the document number is."""
    path = _seed_draft(seeds_ws, tmp_path / "1288.docx", deputy="杨文强等3名代表", date="2026-05-20",
                       **{"doc-number": "泉科函〔2026〕102号"})
    assert any(p.text == "杨文强等3名代表：" for p in read_draft(path))
    report = check_draft(seeds_ws, path)
    assert not [f for f in report.findings if "3名" in f.message], report.findings
    assert report.findings  # the rest of the draft is still checked (its 【待…】 flags)


def test_check_says_a_file_of_another_kind_is_one(seeds_ws, tmp_path):
    """hd11: check on the suggestion's .txt said 不是有效的 .docx（不是 zip 文件或已损坏） where requests said 不是 .docx 答复稿;
    both say what the file is now, a .doc asked to be saved again as .docx, a broken .docx still called broken."""
    doc = tmp_path / "1288.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0old word")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    said = {}
    for path in (REPO / "examples" / "1350建议.txt", doc, broken):
        result = CliRunner().invoke(cli, ["-w", str(seeds_ws.root), "check", str(path)])
        assert result.exit_code == 2 and "Traceback" not in result.output
        said[path.suffix] = result.stderr.strip()
    assert said[".txt"].endswith("1350建议.txt: 不是 .docx 答复稿")
    assert said[".doc"].endswith("1288.doc: 是旧版格式（.doc），请在 Word/WPS 中另存为 .docx")
    assert "不是有效的 .docx" in said[".docx"]


def test_class_a_results_saying_a_plan_word_are_results(chongqing, tmp_path):
    """重庆's A-class draft on 川渝 cooperation: part one's items of work done say 合作计划项目 and
    成功争取…落地 — results all the same (qa16), so check finds no A reply without results."""
    out = tmp_path / "1088.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(chongqing), "draft", "1088", "关于深化川渝科技创新合作的建议", "--deputy", "陈某某等3名代表",
        "--session", "市六届人大三次会议", "--type", "A", "--date", "2025-06-10", "-o", str(out)])
    assert result.exit_code == 0, result.output
    part_one = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any(re.search(r"计划项目\d+个|成功争取\d+个", t) for t in part_one), part_one
    checked = CliRunner().invoke(cli, ["-w", str(chongqing), "check", str(out), "--json"])
    codes = [f["code"] for f in json.loads(checked.output)["findings"]]
    assert "class-content" not in codes, checked.output
