"""The .docx writer and reader: open the written file's XML and check layout, styles, review marks."""

from __future__ import annotations

import copy
import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from drafter import reply as R
from drafter.docx import read_draft, read_layout
from drafter.draft import write_draft
from drafter.docx import ooxml
from drafter.docx.reference import build_reference, main as reference_main
from drafter.docx.styles import LEAD_STYLE, STALE_NOTE, STYLE_BY_KIND
from drafter.errors import DrafterError, SourceError
from drafter.workspace import load_workspace
from helpers import REPO, forget_templates, letter_head

LEGEND = "本稿标记说明"  # the title's comment saying what the colours mean

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


# --------------------------------------------------------------------------------------------
# fixtures: a workspace with the committed reference, and a reply with every kind of block
# --------------------------------------------------------------------------------------------


@pytest.fixture
def ws(tmp_path):
    root = tmp_path / "ws"
    (root / "templates").mkdir(parents=True)
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copy(REPO / "templates" / "reference.docx", root / "templates" / "reference.docx")
    return load_workspace(root)


CITE_81 = R.Citation("f-81-12", "泉科函〔2025〕81号", "2025-05-20", "一、大力培育科技型企业", paragraph=12)
CITE_LC = R.Citation("f-lc-3", "鲤城区科技局2024年工作总结", "2025-01-10", "二、科技创新平台", paragraph=3)
STALE_ASK = "2016年数据，请核实是否有更新的数值。"


def make_reply() -> R.Reply:
    T = R.Span
    blocks = [
        *letter_head("您提出的《关于推动科技创新与产业创新深度融合的建议》收悉。现将有关情况答复如下："),
        R.ReplyBlock(R.HEADING1, [T("一、基本情况")]),
        R.ReplyBlock(R.HEADING2, [T("（一）培育创新主体")]),
        R.ReplyBlock(R.BODY, [
            T("（一）加强企业培育。", R.LEAD),
            T("一是2024年全市科技型中小企业达", fact_ids=["f-81-12"]),
            T("1614家", fact_ids=["f-81-12"]),
            T("；二是鲤城区新增省级平台"),
            T("3个", fact_ids=["f-lc-3"]),
            T("，研发投入"),
            T(R.placeholder_text("2025年研发投入"), R.PLACEHOLDER),
            T("。"),
        ], [CITE_81, CITE_LC, CITE_81]),
        R.ReplyBlock(R.BODY, [
            T("全市高新技术企业"),
            T("312家", R.STALE, ["f-old"], note=STALE_ASK),
            T("，技术合同成交额"),
            T("9.8亿元", R.STALE, ["f-old2"]),
            T("。"),
        ], [R.Citation("f-old", "泉科〔2017〕28号", "2017-02-15", None)]),
        R.ReplyBlock(R.HEADING1, [T("二、下一步工作")]),
        R.ReplyBlock(R.BODY, [T("根据您的建议，下一步我局将继续支持企业研发创新。")]),
        R.ReplyBlock(R.CLOSING, [T("再次感谢您对我市科技创新工作的支持与理解。")]),
        R.ReplyBlock(R.SIGNATURE, [T("领导署名：史思泉")]),
        R.ReplyBlock(R.CONTACT, [T("联系人：谢惠阳")]),
        R.ReplyBlock(R.CONTACT, [T("联系电话：0595-22579329")]),
        R.ReplyBlock(R.ISSUER, [T("泉州市科学技术局")]),
        R.ReplyBlock(R.DATE, [T("2026年5月20日")]),
        R.ReplyBlock(R.NOTE, [T("（此件主动公开）")]),
        R.ReplyBlock(R.CC, [T("抄送：市人大常委会代表工委、市人大常委会教科文卫工委；市政府督查室。")]),
    ]
    return R.Reply("1288", blocks, reply_class="A")


@pytest.fixture
def reply():
    return make_reply()


@pytest.fixture
def draft(ws, reply, tmp_path):
    return write_draft(ws, reply, tmp_path / "drafts" / "1288.docx").path


def xml(path: Path, part: str):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(part))


def has_part(path: Path, part: str) -> bool:
    with zipfile.ZipFile(path) as z:
        return part in z.namelist()


def body_paragraphs(path: Path):
    return xml(path, "word/document.xml").findall(".//w:body/w:p", NS)


def run_text(r) -> str:
    return "".join(t.text or "" for t in r.findall("w:t", NS))


def para_text(p) -> str:
    return "".join(run_text(r) for r in p.iter(w("r")))


class Styles:
    """styles.xml of a .docx, with effective East Asian font / size lookup through basedOn."""

    def __init__(self, path: Path):
        self.root = xml(path, "word/styles.xml")
        self.by_id = {s.get(w("styleId")): s for s in self.root.findall("w:style", NS)}
        self.id_by_name = {s.find("w:name", NS).get(w("val")): i for i, s in self.by_id.items()}

    def style(self, name):
        return self.by_id[self.id_by_name[name]]

    def _lookup(self, style, path, attr):
        while style is not None:
            found = style.find(path, NS)
            if found is not None and found.get(w(attr)) is not None:
                return found.get(w(attr))
            based = style.find("w:basedOn", NS)
            style = self.by_id.get(based.get(w("val"))) if based is not None else None
        default = self.root.find(f"w:docDefaults/w:rPrDefault/{path}", NS)
        return default.get(w(attr)) if default is not None else None

    def east_asia(self, name):
        return self._lookup(self.style(name), "w:rPr/w:rFonts", "eastAsia")

    def size(self, name):
        return int(self._lookup(self.style(name), "w:rPr/w:sz", "val"))

    def char_spacing(self, name):
        """Effective character spacing in 1/20 pt (0 when nothing sets it)."""
        return int(self._lookup(self.style(name), "w:rPr/w:spacing", "val") or 0)

    def ppr(self, name, path, attr):
        return self._lookup(self.style(name), f"w:pPr/{path}", attr)


# --------------------------------------------------------------------------------------------
# page setup, grid, footers
# --------------------------------------------------------------------------------------------


def test_page_size_margins_and_grid_follow_gbt9704(draft):
    sect = xml(draft, "word/document.xml").find(".//w:body/w:sectPr", NS)
    size = sect.find("w:pgSz", NS)
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")
    margins = sect.find("w:pgMar", NS)
    assert {k: margins.get(w(k)) for k in ("top", "bottom", "left", "right")} == {
        "top": "2098", "bottom": "1984", "left": "1588", "right": "1474"}
    # A line grid only (a char grid breaks LibreOffice's line width): 22 lines in 225 mm.
    grid = sect.find("w:docGrid", NS)
    assert grid.get(w("type")) == "lines"
    assert grid.get(w("linePitch")) == "579"
    assert (16838 - 2098 - 1984) // 579 == 22
    # 28 characters in the 156 mm line: 3号 text is condensed just enough for 28 to fit.
    styles = Styles(draft)
    type_width_pt = (11906 - 1588 - 1474) / 20
    defaults = styles.root.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:spacing", NS) is not None
    for kind in (R.BODY, R.OPENING, R.HEADING1, R.HEADING2, R.CLOSING, R.ADDRESSEE):
        name = STYLE_BY_KIND[kind]
        pitch = styles.size(name) / 2 + styles.char_spacing(name) / 20
        assert int(type_width_pt // pitch) == 28, (name, pitch)
    # other sizes are off the 28-character measure and keep the font's own width
    for kind in (R.LETTERHEAD, R.TITLE, R.CC):
        assert styles.char_spacing(STYLE_BY_KIND[kind]) == 0
    assert sect.find("w:titlePg", NS) is not None  # no number on page 1 of a letter


def test_even_and_odd_footers_carry_page_fields(draft):
    assert xml(draft, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    rels = xml(draft, "word/_rels/document.xml.rels")
    target = {r.get("Id"): r.get("Target") for r in rels}
    sect = xml(draft, "word/document.xml").find(".//w:body/w:sectPr", NS)
    footers = {f.get(w("type")): xml(draft, "word/" + target[f.get(f"{{{NS['r']}}}id")])
               for f in sect.findall("w:footerReference", NS)}
    assert set(footers) == {"default", "even", "first"}
    for kind, side in (("default", "right"), ("even", "left")):
        footer = footers[kind]
        instr = "".join(i.text for i in footer.iter(w("instrText")))
        simple = [f.get(w("instr")) for f in footer.iter(w("fldSimple"))]
        assert "PAGE" in instr or any("PAGE" in s for s in simple)
        text = "".join(t.text or "" for t in footer.iter(w("t")))
        assert text.startswith("—") and text.endswith("—")
        p = footer.find("w:p", NS)
        assert p.find("w:pPr/w:jc", NS).get(w("val")) == side
        assert p.find("w:pPr/w:ind", NS).get(w(f"{side}Chars")) == "100"  # one character in
    assert "PAGE" not in "".join(i.text for i in footers["first"].iter(w("instrText")))
    assert not "".join(t.text or "" for t in footers["first"].iter(w("t")))


def test_page_number_style_is_songti_14pt(draft):
    styles = Styles(draft)
    footer_style = styles.by_id["GwPageNumber"].find("w:name", NS).get(w("val"))
    assert styles.east_asia(footer_style) == "宋体"
    assert styles.size(footer_style) == 28


# --------------------------------------------------------------------------------------------
# styles and paragraphs
# --------------------------------------------------------------------------------------------


def test_every_block_becomes_a_paragraph_in_the_style_of_its_kind(draft, reply):
    styles = Styles(draft)
    paragraphs = body_paragraphs(draft)
    assert len(paragraphs) == len(reply.blocks)
    for p, block in zip(paragraphs, reply.blocks):
        style_id = p.find("w:pPr/w:pStyle", NS).get(w("val"))
        name = styles.by_id[style_id].find("w:name", NS).get(w("val"))
        assert name == STYLE_BY_KIND[block.kind]
        assert para_text(p) == block.text
    assert not any(p.find(".//w:rPr/w:rFonts", NS) is not None for p in paragraphs), \
        "fonts come from styles, never from direct formatting"


def test_every_east_asian_style_font_has_the_alternate_an_office_pc_has(draft):
    """Windows 10 and later ship 仿宋 and 楷体, not 仿宋_GB2312/楷体_GB2312 (gbt9704.md: "or 仿宋"):
    the written draft's font table names, for each font its styles use, the one Word shows instead."""
    styles = Styles(draft)
    used = {f.get(w("eastAsia")) for f in styles.root.iter(w("rFonts")) if f.get(w("eastAsia"))}
    with zipfile.ZipFile(draft) as z:
        table = etree.fromstring(z.read("word/fontTable.xml"))
    declared = {f.get(w("name")): f for f in table.findall("w:font", NS)}
    assert {"仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体"} <= used
    alternates = {}
    for name in used:
        assert name in declared, f"{name} is not in the font table"
        alt = declared[name].find("w:altName", NS)
        assert alt is not None, f"{name} has no alternate"
        assert declared[name].find("w:charset", NS).get(w("val")) == "86"  # GB2312
        alternates[name] = alt.get(w("val"))
    assert alternates["仿宋_GB2312"] == "仿宋" and alternates["楷体_GB2312"] == "楷体"
    assert alternates["方正小标宋简体"] == "宋体"


def test_style_fonts_are_set_in_east_asia_with_gbt9704_sizes(draft):
    s = Styles(draft)
    defaults = s.root.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:rFonts", NS).get(w("eastAsia")) == "仿宋_GB2312"
    assert defaults.find("w:rFonts", NS).get(w("eastAsiaTheme")) is None
    assert defaults.find("w:sz", NS).get(w("val")) == "32"
    # no widow/orphan control: a full page keeps its 22 lines
    assert s.root.find("w:docDefaults/w:pPrDefault/w:pPr/w:widowControl", NS).get(w("val")) == "0"
    # punctuation overflow stated explicitly (LibreOffice reads it inverted; see ooxml)
    assert s.root.find("w:docDefaults/w:pPrDefault/w:pPr/w:overflowPunct", NS).get(w("val")) == "1"
    name = STYLE_BY_KIND
    assert (s.east_asia(name[R.TITLE]), s.size(name[R.TITLE])) == ("方正小标宋简体", 44)
    assert s.ppr(name[R.TITLE], "w:jc", "val") == "center"
    for kind in (R.OPENING, R.BODY, R.CLOSING):
        assert (s.east_asia(name[kind]), s.size(name[kind])) == ("仿宋_GB2312", 32)
        assert s.ppr(name[kind], "w:ind", "firstLineChars") == "200"
    assert (s.east_asia(name[R.HEADING1]), s.size(name[R.HEADING1])) == ("黑体", 32)
    assert (s.east_asia(name[R.HEADING2]), s.size(name[R.HEADING2])) == ("楷体_GB2312", 32)
    assert (s.east_asia(name[R.CC]), s.size(name[R.CC])) == ("仿宋_GB2312", 28)
    # 抄送: one character in on each side, wrapped lines aligned after "抄送：" (3 characters)
    left, hanging, right = (int(s.ppr(name[R.CC], "w:ind", a)) for a in
                            ("leftChars", "hangingChars", "rightChars"))
    assert (left - hanging, left - 100 * len("抄送："), right) == (100, 100, 100)
    assert s.east_asia(name[R.LETTERHEAD]) == "方正小标宋简体"
    assert s.style(name[R.LETTERHEAD]).find("w:rPr/w:color", NS).get(w("val")) == "FF0000"
    assert s.ppr(name[R.LETTERHEAD], "w:pBdr/w:bottom", "val") == "thickThinSmallGap"
    # the rule spans the paragraph: 170 mm, centred on the 156 mm type area (±1 mm)
    outdents = [int(s.ppr(name[R.LETTERHEAD], "w:ind", side)) for side in ("left", "right")]
    assert outdents[0] == outdents[1]
    assert abs((11906 - 1588 - 1474 - 2 * outdents[0]) / 1440 * 25.4 - 170) <= 1
    assert s.ppr(name[R.LETTERHEAD], "w:jc", "val") == "center"
    assert s.ppr(name[R.ADDRESSEE], "w:ind", "firstLineChars") is None
    assert s.ppr(name[R.DOC_NUMBER], "w:jc", "val") == "right"
    # sealed (7.3.5.1): the date 4 characters in, the name centred over it (its indent set per draft)
    assert s.ppr(name[R.DATE], "w:ind", "rightChars") == s.ppr(name[R.ISSUER], "w:ind", "rightChars") == "400"
    assert s.ppr(name[R.NOTE], "w:ind", "firstLineChars") == "200"
    assert s.east_asia(LEAD_STYLE) == "楷体_GB2312"


def test_lead_heading_runs_use_the_character_style(draft):
    styles = Styles(draft)
    lead_id = styles.id_by_name[LEAD_STYLE]
    body = body_paragraphs(draft)[8]
    first = body.find("w:r", NS)
    assert first.find("w:rPr/w:rStyle", NS).get(w("val")) == lead_id
    assert run_text(first) == "（一）加强企业培育。"


# --------------------------------------------------------------------------------------------
# review marks: highlights and comments
# --------------------------------------------------------------------------------------------


def highlighted(p) -> list[tuple[str, str]]:
    out = []
    for r in p.iter(w("r")):
        h = r.find("w:rPr/w:highlight", NS)
        if h is not None:
            out.append((run_text(r), h.get(w("val"))))
    return out


def test_placeholders_are_highlighted_yellow_and_stale_figures_cyan(draft):
    paragraphs = body_paragraphs(draft)
    assert highlighted(paragraphs[1]) == [("【待补充：文号】", "yellow")]
    assert highlighted(paragraphs[8]) == [("【待补充：2025年研发投入】", "yellow")]
    assert highlighted(paragraphs[9]) == [("312家", "cyan"), ("9.8亿元", "cyan")]
    assert all(not highlighted(p) for i, p in enumerate(paragraphs) if i not in (1, 8, 9))


def comments_by_id(path: Path, legend: bool = False) -> dict[str, tuple[str, etree._Element]]:
    """A draft's comments by id (text, element); the title's legend of the colours only with ``legend``."""
    root = xml(path, "word/comments.xml")
    out = {}
    for c in root.findall("w:comment", NS):
        text = "\n".join("".join(t.text or "" for t in p.iter(w("t"))) for p in c.findall("w:p", NS))
        if legend or not text.startswith(LEGEND):
            out[c.get(w("id"))] = (text, c)
    return out


def anchored_ids(p) -> set[str]:
    starts = {e.get(w("id")) for e in p.findall("w:commentRangeStart", NS)}
    ends = {e.get(w("id")) for e in p.findall("w:commentRangeEnd", NS)}
    refs = {e.get(w("id")) for e in p.iter(w("commentReference"))}
    assert starts == ends == refs, "every comment has start, end and reference in one paragraph"
    return starts


def test_cited_paragraphs_carry_a_comment_listing_each_source(draft):
    assert has_part(draft, "word/comments.xml")
    comments = comments_by_id(draft)
    paragraphs = body_paragraphs(draft)
    ids = anchored_ids(paragraphs[8])
    assert len(ids) == 1
    text, element = comments[ids.pop()]
    assert text.split("\n") == [CITE_81.line(), CITE_LC.line()]  # duplicate citation listed once
    # (cm57: a locator read once: the document, its date and the heading — no paragraph number where a heading finds it)
    assert "泉科函〔2025〕81号（2025-05-20） · 一、大力培育科技型企业" in text and "第12段" not in text
    assert element.get(w("author")) == "drafter"
    assert element.get(w("date")) is None  # no clock in the draft
    # the range covers the whole paragraph: starts before the first run, ends after the last text
    children = list(paragraphs[8])
    tags = [c.tag for c in children]
    assert tags.index(w("commentRangeStart")) < tags.index(w("r"))
    last_text_run = max(i for i, c in enumerate(children) if c.tag == w("r") and run_text(c))
    assert tags.index(w("commentRangeEnd")) > last_text_run
    uncited = [i for i, b in enumerate(make_reply().blocks) if not b.citations and b.kind != R.TITLE]  # (its legend)
    assert all(not paragraphs[i].findall("w:commentRangeStart", NS) for i in uncited)


def test_a_cited_paragraphs_figures_are_said_in_its_one_comment(draft):
    """A cited paragraph has one comment over the whole of it (rv24 on 1288: a source comment and,
    beside it, a comment per figure or flag saying nearly the same thing): its source, then a line
    per note naming the figures it is about (a figure of no note of its own gets the default)."""
    comments = comments_by_id(draft)
    p = body_paragraphs(draft)[9]
    ids = anchored_ids(p)
    assert len(ids) == 1
    assert comments[ids.pop()][0].split("\n") == [
        "泉科〔2017〕28号（2017-02-15）", f"“312家”：{STALE_ASK}", f"“9.8亿元”：{STALE_NOTE}"]


def test_a_gap_keeps_its_own_comment_and_equal_notes_are_one_line(ws, tmp_path):
    """In a cited paragraph, the figures and flags of one note are one line of its comment, naming
    them all; a gap (【待补充：…】) keeps a comment of its own, on it: what to write there (read back
    by check when the gap is deleted from a draft without its placeholders' context)."""
    T = R.Span
    old, ask = "该数据为2024年数据，早于上年，请核实是否已有新的数值", "请补充2025年的研发投入"
    blocks = [
        R.ReplyBlock(R.TITLE, [T("关于第1288号建议的答复")]),
        R.ReplyBlock(R.BODY, [T("全市高新技术企业"), T("312家", R.STALE, ["f-1"], old), T("，技术合同成交额"),
                              T("9.8亿元", R.STALE, ["f-1"], old), T("，研发投入"),
                              T(R.placeholder_text("2025年研发投入"), R.PLACEHOLDER, note=ask), T("。")],
                     [R.Citation("f-1", "泉科〔2025〕8号", "2025-02-15", None)]),
    ]
    path = write_draft(ws, R.Reply("1288", blocks), tmp_path / "gap.docx").path
    said = {text for text, _ in comments_by_id(path).values()}
    assert said == {f"泉科〔2025〕8号（2025-02-15）\n“312家”“9.8亿元”：{old}", ask}
    assert _comment_spans(path, ask) == ["【待补充：2025年研发投入】"]


def _comment_spans(path: Path, note: str) -> list[str]:
    """The text each comment with ``note`` covers in its paragraph (its range, start to end)."""
    comments = comments_by_id(path)
    covered = []
    for p in body_paragraphs(path):
        for cid in sorted(anchored_ids(p)):
            if cid not in comments or comments[cid][0] != note:
                continue
            start = p.find(f"w:commentRangeStart[@w:id='{cid}']", NS)
            text, el = "", start.getnext()
            while el is not None and not (el.tag == w("commentRangeEnd") and el.get(w("id")) == cid):
                text += run_text(el) if el.tag == w("r") else ""
                el = el.getnext()
            covered.append(text)
    return covered


def test_equal_notes_of_unrelated_spans_are_two_comments_a_group_is_one(ws, tmp_path):
    """Two figures of one paragraph that happen to have the same note get a comment each, over
    its own figure (never one comment from the first to the last over the words between); spans
    of one group (a sentence's 【待更新：…】 flag and the figures under it) share one comment from
    the flag to the last figure, whatever their notes say."""
    T = R.Span
    old, flag_note = "该数据为2024年数据，早于上年，请核实是否已有新的数值", "截至2025年5月的情况，请更新后删去本标记"
    blocks = [
        R.ReplyBlock(R.TITLE, [T("关于第1288号建议的答复")]),
        R.ReplyBlock(R.BODY, [T("全市高新技术企业"), T("312家", R.STALE, ["f-1"], old), T("，技术合同成交额"),
                              T("9.8亿元", R.STALE, ["f-2"], old), T("。")]),
        R.ReplyBlock(R.BODY, [T("【待更新：截至2025年5月】", R.PLACEHOLDER, ["f-3"], flag_note, "f-3#0"),
                              T("，科技贷放款"), T("13.2亿元", R.STALE, ["f-3"], flag_note, "f-3#0"),
                              T("，惠及企业"), T("183家", R.STALE, ["f-3"], None, "f-3#0"), T("。")]),
    ]
    path = write_draft(ws, R.Reply("1288", blocks), tmp_path / "groups.docx").path
    assert _comment_spans(path, old) == ["312家", "9.8亿元"]
    assert _comment_spans(path, flag_note) == ["【待更新：截至2025年5月】，科技贷放款13.2亿元，惠及企业183家"]
    assert len(comments_by_id(path)) == 3


def _content_runs(p) -> list:
    """The ``w:r`` children of a paragraph that are not a comment's reference mark."""
    return [r for r in p.findall("w:r", NS) if r.find("w:commentReference", NS) is None]


def _anchor(p, comment_id: str) -> tuple[int, int]:
    """Indexes (among ``_content_runs``) of the first and last run of a comment's range."""
    runs = _content_runs(p)
    start = p.find(f"w:commentRangeStart[@w:id='{comment_id}']", NS)
    end = p.find(f"w:commentRangeEnd[@w:id='{comment_id}']", NS)
    first = next(e for e in start.itersiblings() if e in runs)
    last = next(e for e in end.itersiblings(preceding=True) if e in runs)
    return runs.index(first), runs.index(last)


def test_comments_of_a_real_draft_are_what_python_docx_writes_and_reads(tmp_path):
    """A demo draft's comments (many, some nested in a cited paragraph's range) read back through
    python-docx's own API with their author, initials, no date and text; and re-adding them with
    python-docx's ``add_comment`` on the same runs of the stripped draft gives the same XML."""
    import drafter
    from drafter.docx.review import AUTHOR, INITIALS

    from helpers import TITLE_1288

    root = tmp_path / "ws"
    root.mkdir()
    shutil.copy(REPO / "drafter.yaml", root)
    for folder in ("templates", "facts"):
        shutil.copytree(REPO / folder, root / folder)
    out = tmp_path / "1288.docx"
    drafter.open_workspace(root).draft(1288, TITLE_1288, deputy="林永红", type="A",
                                       date="2026-05-20", output=out)
    written = comments_by_id(out, legend=True)
    assert len(written) >= 10
    read_back = docx.Document(str(out)).comments
    assert [str(c.comment_id) for c in read_back] == list(written)
    for c in read_back:
        assert (c.author, c.initials, c.timestamp) == (AUTHOR, INITIALS, None)
        assert "\n".join(p.text for p in c.paragraphs) == written[str(c.comment_id)][0]
        assert c.text.strip()

    body = body_paragraphs(out)
    anchors = {}  # comment id -> (paragraph index, first run index, last run index)
    for i, p in enumerate(body):
        for cid in anchored_ids(p):
            anchors[cid] = (i, *_anchor(p, cid))
    assert set(anchors) == set(written)

    again = docx.Document(str(out))  # stripped of comments, then commented through python-docx
    ooxml.clear_comments(again)
    for p in again.element.body.iter(w("p")):
        for e in list(p):
            if e.tag in (w("commentRangeStart"), w("commentRangeEnd")) or \
                    e.find("w:commentReference", NS) is not None:
                p.remove(e)
    runs_of = [p.runs for p in again.paragraphs if p._p.getparent() is again.element.body]
    for cid, (i, first, last) in sorted(anchors.items(), key=lambda item: int(item[0])):
        runs = runs_of[i]  # the content runs, as before any comment mark was added
        lines = written[cid][0]
        comment = again.add_comment([runs[first], runs[last]], text=lines, author=AUTHOR,
                                    initials=INITIALS)
        for paragraph in comment.paragraphs:
            paragraph._p.get_or_add_pPr().style = "CommentText"
        comment._comment_elm.attrib.pop(w("date"))
    buffer = io.BytesIO()
    again.save(buffer)
    for part in ("word/comments.xml", "word/document.xml"):
        assert etree.tostring(xml(buffer, part)) == etree.tostring(xml(out, part)), part


def test_same_reply_gives_the_same_document(ws, reply, tmp_path):
    a = write_draft(ws, reply, tmp_path / "a.docx").path
    b = write_draft(ws, reply, tmp_path / "b.docx").path
    for part in ("word/document.xml", "word/comments.xml", "word/styles.xml"):
        with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
            assert za.read(part) == zb.read(part)


def test_a_draft_is_dated_when_it_is_written_not_when_the_reference_was(ws, reply, tmp_path):
    from datetime import datetime, timedelta, timezone

    before = datetime.now(timezone.utc).replace(microsecond=0)
    props = docx.Document(str(write_draft(ws, reply, tmp_path / "a.docx").path)).core_properties
    reference = docx.Document(str(REPO / "templates" / "reference.docx")).core_properties
    assert reference.created.year < before.year  # the committed reference is an old file
    for when in (props.created, props.modified):
        assert before - timedelta(seconds=1) <= when.replace(tzinfo=timezone.utc) <= datetime.now(timezone.utc) + timedelta(seconds=1)
    assert props.revision == 1 and props.title.startswith("关于")


# --------------------------------------------------------------------------------------------
# the reference drives the look
# --------------------------------------------------------------------------------------------


def test_restyled_reference_changes_the_output(ws, reply, tmp_path):
    from docx.shared import Pt, Twips

    reference = docx.Document(str(ws.reference_docx))
    body = reference.styles[STYLE_BY_KIND[R.BODY]]
    ooxml.set_style_fonts(body, "华文仿宋")
    body.font.size = Pt(15)
    reference.sections[0].left_margin = Twips(1701)
    reference.save(str(ws.reference_docx))

    out = write_draft(ws, reply, tmp_path / "restyled.docx").path
    styles = Styles(out)
    assert styles.east_asia(STYLE_BY_KIND[R.BODY]) == "华文仿宋"
    assert styles.size(STYLE_BY_KIND[R.BODY]) == 30
    assert styles.east_asia(STYLE_BY_KIND[R.OPENING]) == "华文仿宋"  # based on the body style
    assert styles.east_asia(STYLE_BY_KIND[R.TITLE]) == "方正小标宋简体"
    margins = xml(out, "word/document.xml").find(".//w:body/w:sectPr/w:pgMar", NS)
    assert margins.get(w("left")) == "1701"


def test_a_reference_restyled_while_drafting_is_read_again(ws, reply, tmp_path):
    """The reference is parsed once and kept while its file is unchanged; a clerk who restyles it
    in Word (saved over the same file) gets the new look in the next draft, without a restart."""
    from docx.shared import Pt

    before = write_draft(ws, reply, tmp_path / "before.docx").path
    assert Styles(before).size(STYLE_BY_KIND[R.BODY]) == 32
    reference = docx.Document(str(ws.reference_docx))
    ooxml.set_style_fonts(reference.styles[STYLE_BY_KIND[R.BODY]], "华文仿宋")
    reference.styles[STYLE_BY_KIND[R.BODY]].font.size = Pt(15)
    reference.save(str(ws.reference_docx))
    after = write_draft(ws, reply, tmp_path / "after.docx").path
    assert Styles(after).size(STYLE_BY_KIND[R.BODY]) == 30
    assert Styles(after).east_asia(STYLE_BY_KIND[R.BODY]) == "华文仿宋"


WRITTEN_AT = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def _parts(path: Path | io.BytesIO) -> dict[str, bytes]:
    """Every part of a .docx, but for when it was written (docProps/core.xml's two dates)."""
    with zipfile.ZipFile(path) as z:
        return {name: WRITTEN_AT.sub(b"", z.read(name)) for name in z.namelist()}


def plain_reply() -> R.Reply:
    """A fresh reply of a title and one sentence: no comments, no citations."""
    return R.Reply("9", [R.ReplyBlock(R.TITLE, [R.Span("关于第9号建议的答复")]),
                         R.ReplyBlock(R.BODY, [R.Span("正文。")])])


def test_a_draft_carries_nothing_of_the_draft_written_before_it(ws, reply, tmp_path):
    """Every draft is written into the one parsed reference in turn: a draft without comments or
    citations written after one with many has exactly the parts (and order) it has when written
    first, in a process that never drafted before (no comments part, an empty provenance), and the
    first draft written again is what it was."""
    plain = plain_reply()
    first = write_draft(ws, reply, tmp_path / "first.docx").path
    after = write_draft(ws, plain, tmp_path / "after.docx").path
    again = write_draft(ws, reply, tmp_path / "again.docx").path
    forget_templates()  # as in a new process
    alone = write_draft(ws, plain, tmp_path / "alone.docx").path
    assert "word/comments.xml" in _parts(first) and "word/comments.xml" not in _parts(alone)
    assert list(_parts(after)) == list(_parts(alone)) and _parts(after) == _parts(alone)
    assert _parts(again) == _parts(first)


def _provenance_parts(path: Path) -> list[str]:
    """The custom XML parts of the .docx at ``path`` that are drafter's provenance."""
    parts = _parts(path)
    return [name for name, blob in parts.items() if name.startswith("customXml/item")
            and b"<" in blob and etree.fromstring(blob).tag == f"{{{ooxml.PROVENANCE_NS}}}provenance"]


def test_a_draft_has_one_provenance_part_even_from_a_reference_carrying_one(ws, reply, tmp_path):
    """A reference saved with a provenance part of its own (a draft restyled into the reference)
    gives drafts with exactly one, their own: the first draft's facts, and again for the next."""
    reference = docx.Document(str(ws.reference_docx))
    ooxml.set_provenance(reference, {"_drafter_old": ["旧事实"]})
    reference.save(str(ws.reference_docx))
    for name in ("one.docx", "two.docx"):
        out = write_draft(ws, reply, tmp_path / name).path
        provenance = _provenance_parts(out)
        assert len(provenance) == 1
        facts = ooxml.read_provenance(docx.Document(str(out)))
        assert facts and "旧事实" not in str(facts)


def test_the_reference_holds_no_part_of_an_earlier_draft(ws, reply, tmp_path):
    """After two drafts (the second without comments) the parsed reference's relationships (and their ``related_parts``, which
    python-docx keeps beside them) point at no part the first draft added: its comments and
    provenance went with it."""
    from drafter.docx import write

    def parts(template):
        return [(rels, dict(rels.related_parts)) for rels in
                (template.document.part.package.rels, template.document.part.rels)]

    forget_templates()
    before = parts(write.open_reference(ws.reference_docx, set()))
    write_draft(ws, reply, tmp_path / "one.docx")
    template = write.open_reference(ws.reference_docx, set())
    first = {id(part) for (_, now), (_, was) in zip(parts(template), before)
             for rid, part in now.items() if was.get(rid) is not part}
    assert len(first) >= 2  # its comments and provenance at least
    plain = plain_reply()
    write_draft(ws, plain, tmp_path / "two.docx")  # no comments: nothing takes the first's place
    for rels, related in parts(template):
        assert not first & {id(part) for part in related.values()}
        assert set(related) == {rid for rid, rel in rels.items() if not rel.is_external}


def test_drafts_written_at_once_from_threads_are_each_as_written_alone(ws, reply):
    """A server without drafting processes writes drafts from several threads into the one parsed
    reference: each comes out exactly as it does written alone."""
    from concurrent.futures import ThreadPoolExecutor

    from drafter.docx import render_reply

    replies = []
    for n in range(8):
        variant = copy.deepcopy(reply)
        variant.blocks[3].spans[0].text = f"关于第{1288 + n}号建议的答复"
        # blocks 8 and 9 carry the comments: some drafts have them all, some fewer, some none
        variant.blocks = variant.blocks[: 10 - n % 3] + variant.blocks[10:]
        replies.append(variant)
    alone = [_parts(io.BytesIO(render_reply(r, ws.reference_docx))) for r in replies]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(lambda r: _parts(io.BytesIO(render_reply(r, ws.reference_docx))), replies * 3))
    assert together == alone * 3


def test_reference_samples_and_comments_do_not_leak_into_the_draft(ws, reply, tmp_path):
    reference = docx.Document(str(ws.reference_docx))
    reference.add_comment(reference.paragraphs[0].runs, text="样式说明", author="clerk")
    reference.save(str(ws.reference_docx))
    out = write_draft(ws, reply, tmp_path / "clean.docx").path
    texts = [para_text(p) for p in body_paragraphs(out)]
    assert texts == [b.text for b in reply.blocks]
    assert "样式说明" not in [t for t, _ in comments_by_id(out).values()]


def test_committed_reference_is_what_the_builder_makes(tmp_path):
    built = tmp_path / "built.docx"
    assert reference_main([str(built)]) == 0
    committed = REPO / "templates" / "reference.docx"
    for part in ("word/document.xml", "word/styles.xml", "word/settings.xml"):
        with zipfile.ZipFile(built) as zb, zipfile.ZipFile(committed) as zc:
            assert zb.read(part) == zc.read(part), f"{part}: run python -m drafter.docx.reference"


def test_reference_shows_a_sample_of_every_style(tmp_path):
    document = build_reference()
    names = [p.style.name for p in document.paragraphs]
    assert names == [STYLE_BY_KIND[k] for k in R.BLOCK_KINDS]


# --------------------------------------------------------------------------------------------
# bad input and overwrite rules
# --------------------------------------------------------------------------------------------


def test_existing_draft_is_kept_unless_forced(ws, reply, draft):
    before = draft.read_bytes()
    changed = copy.deepcopy(reply)
    changed.blocks[4].spans[0].text = "王五代表："
    with pytest.raises(DrafterError, match="未覆盖") as err:
        write_draft(ws, changed, draft)
    assert err.value.fix == "force" and "--" not in str(err.value)  # the CLI names its option
    assert str(draft) in str(err.value)
    assert draft.read_bytes() == before
    write_draft(ws, changed, draft, force=True)
    assert [p.text for p in read_draft(draft)][4] == "王五代表："


# (a missing reference is no error: drafter's own is used, test_template_fallback.py)
@pytest.mark.parametrize("damage", ["garbage", "truncated", "no_style"])
def test_unusable_reference_is_a_one_line_error_naming_it(ws, reply, tmp_path, damage):
    ref = ws.reference_docx
    if damage == "garbage":
        ref.write_bytes(b"this is not a zip file")
    elif damage == "truncated":
        ref.write_bytes(ref.read_bytes()[:2000])
    else:
        document = docx.Document(str(ref))
        style = document.styles[STYLE_BY_KIND[R.CC]]
        style.element.getparent().remove(style.element)
        document.save(str(ref))
    out = tmp_path / "out.docx"
    with pytest.raises(DrafterError) as err:
        write_draft(ws, reply, out)
    message = str(err.value)
    assert "\n" not in message and str(ref) in message
    if damage == "no_style":
        assert STYLE_BY_KIND[R.CC] in message
    assert not out.exists()


def test_output_under_a_file_is_an_error_and_leaves_nothing(ws, reply, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(DrafterError) as err:
        write_draft(ws, reply, blocker / "x.docx")
    assert "\n" not in str(err.value) and "x.docx" in str(err.value)
    assert blocker.read_text() == "x"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_is_an_error_and_leaves_nothing(ws, reply, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DrafterError):
            write_draft(ws, reply, folder / "x.docx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


# --------------------------------------------------------------------------------------------
# reading drafts back (for drafter check)
# --------------------------------------------------------------------------------------------


def test_read_draft_round_trip(draft, reply):
    paragraphs = read_draft(draft)
    assert [p.kind for p in paragraphs] == [b.kind for b in reply.blocks]
    # the same text; a long title has a line break before its 第N号 (GB/T 9704: words kept whole)
    assert [p.text for p in paragraphs] == [b.text.replace("会议第", "会议\n第") if b.kind == "title" else b.text
                                            for b in reply.blocks]
    assert [p.index for p in paragraphs] == list(range(1, len(reply.blocks) + 1))
    assert paragraphs[3].style == "公文标题"
    assert [(h.text, h.color) for h in paragraphs[8].highlights] == [("【待补充：2025年研发投入】", "yellow")]
    assert paragraphs[8].comments == [f"{CITE_81.line()}\n{CITE_LC.line()}"]
    assert paragraphs[9].comments == [f"泉科〔2017〕28号（2017-02-15）\n“312家”：{STALE_ASK}\n“9.8亿元”：{STALE_NOTE}"]
    assert paragraphs[0].comments == [] and paragraphs[0].fonts == [] and paragraphs[0].sizes == []


def split_runs_like_word(path: Path) -> None:
    """Rewrite document.xml so every text run is split into one-character runs (as Word does)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    for r in list(root.iter(w("r"))):
        t = r.find("w:t", NS)
        if t is None or len(t.text or "") < 2:
            continue
        for ch in t.text[:-1]:
            clone = copy.deepcopy(r)
            clone.find("w:t", NS).text = ch
            r.addprevious(clone)
        t.text = t.text[-1]
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_read_draft_after_word_splits_runs_and_the_clerk_edits(draft, reply):
    split_runs_like_word(draft)
    document = docx.Document(str(draft))
    body = document.paragraphs[8]
    assert len(body.runs) > 20
    # the clerk adds a paragraph in Normal style and a directly formatted run in another font
    added = document.paragraphs[10].insert_paragraph_before("新增一段说明。")
    run = added.add_run("（补）")
    fonts = etree.SubElement(run._r.get_or_add_rPr(), w("rFonts"))
    fonts.set(w("eastAsia"), "宋体")
    buffer = io.BytesIO()
    document.save(buffer)
    draft.write_bytes(buffer.getvalue())

    paragraphs = read_draft(draft)
    assert paragraphs[8].text == reply.blocks[8].text
    assert [(h.text, h.color) for h in paragraphs[8].highlights] == [("【待补充：2025年研发投入】", "yellow")]
    assert [(h.text, h.color) for h in paragraphs[9].highlights] == [("312家", "cyan"), ("9.8亿元", "cyan")]
    assert paragraphs[10].text == "新增一段说明。（补）"
    assert paragraphs[10].kind is None and paragraphs[10].fonts == ["宋体"]
    assert [(r.text, r.east_asia) for r in paragraphs[10].runs] == [("新增一段说明。", None), ("（补）", "宋体")]
    assert [p.kind for p in paragraphs[11:]] == [b.kind for b in reply.blocks[10:]]


def test_read_draft_ignores_tracked_deletions_and_keeps_insertions(draft):
    with zipfile.ZipFile(draft) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    p = next(p for p in root.findall(".//w:body/w:p", NS)
             if p.find("w:pPr/w:pStyle", NS).get(w("val")) == "GwClosing")  # 结束语
    r = p.find("w:r", NS)
    deleted = etree.SubElement(p, w("del"))
    dr = etree.SubElement(deleted, w("r"))
    etree.SubElement(dr, w("delText")).text = "删掉的字"
    inserted = etree.SubElement(p, w("ins"))
    ir = etree.SubElement(inserted, w("r"))
    etree.SubElement(ir, w("t")).text = "新加的字"
    parts["word/document.xml"] = etree.tostring(root)
    with zipfile.ZipFile(draft, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert read_draft(draft)[12].text == run_text(r) + "新加的字"


def test_read_draft_of_a_broken_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(SourceError) as err:
        read_draft(bad)
    assert str(bad) in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(SourceError, match="找不到"):
        read_draft(tmp_path / "absent.docx")


def test_read_layout_reports_page_grid_fonts_and_sizes(draft, ws):
    layout = read_layout(draft)
    assert (layout.page_width, layout.page_height) == (11906, 16838)
    assert layout.margins == {"top": 2098, "bottom": 1984, "left": 1588, "right": 1474}
    assert layout.grid == {"type": "lines", "linePitch": "579"}
    assert (layout.default_font, layout.default_size) == ("仿宋_GB2312", 32)
    assert layout.title_page and layout.even_and_odd
    title = layout.styles["公文标题"]
    assert (title.kind, title.east_asia, title.half_points) == (R.TITLE, "方正小标宋简体", 44)
    assert layout.styles["公文正文"].indent_chars == {"firstLineChars": 200}
    assert (layout.styles["抄送"].east_asia, layout.styles["抄送"].half_points) == ("仿宋_GB2312", 28)
    assert layout.styles["开头语"].east_asia == "仿宋_GB2312"  # inherited from 公文正文 / defaults
    assert read_layout(ws.reference_docx) == layout


def test_the_title_says_what_each_colour_of_the_draft_means(ws, tmp_path):
    """A clerk opening the .docx sees what yellow and cyan mean (rv33: "黄色、青色两种高亮没有说明各表示什么"),
    as the web page's 图例 says it: a comment on the title naming the colours the draft uses, and
    none on a draft with nothing highlighted."""
    T = R.Span
    title = R.ReplyBlock(R.TITLE, [T("关于第1288号建议的答复")])
    gap = R.ReplyBlock(R.BODY, [T("研发投入"), T(R.placeholder_text("2025年研发投入"), R.PLACEHOLDER, note="请补充"), T("。")])
    old = R.ReplyBlock(R.BODY, [T("全市高新技术企业"), T("312家", R.STALE, ["f-1"], "较早"), T("。")],
                       [R.Citation("f-1", "泉科〔2025〕8号", "2025-02-15", None)])
    for name, blocks, colours in (("both", [title, gap, old], ["黄色", "青色"]), ("gap", [title, gap], ["黄色"]),
                                  ("plain", [title, R.ReplyBlock(R.BODY, [T("正文。")])], [])):
        path = write_draft(ws, R.Reply("1288", blocks), tmp_path / f"{name}.docx").path
        paragraphs = body_paragraphs(path)
        on_title = [comments_by_id(path, legend=True)[i][0] for i in anchored_ids(paragraphs[0])] if colours else []
        if not colours:
            assert not has_part(path, "word/comments.xml") or not comments_by_id(path, legend=True)
            assert not paragraphs[0].findall("w:commentRangeStart", NS)
            continue
        assert len(on_title) == 1 and on_title[0].startswith(LEGEND), on_title
        lines = on_title[0].split("\n")
        assert [line[:2] for line in lines[1:-1]] == colours, lines
        assert "【待…】" in lines[1] and "删除全部批注" in lines[0]
        # the colours said are those the runs have
        highlights = {h.get(w("val")) for h in xml(path, "word/document.xml").iter(w("highlight"))}
        assert highlights == {{"黄色": "yellow", "青色": "cyan"}[c] for c in colours}
