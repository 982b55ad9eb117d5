"""Build ``templates/reference.docx``: the GB/T 9704 letter layout every draft is poured into.

The reference holds the page setup (A4, margins, a 22-line grid, 3号 text condensed to 28
characters a line — see ``CHAR_SPACING``), the paragraph style of every block
kind (names from :mod:`drafter.docx.styles`), the inline lead-heading character style and the
footers (``— N —``: odd pages right, even pages left; on page 1 none, but the letter format's second
red double rule). A clerk may restyle it in
Word; drafts take everything from it. Regenerate with::

    python -m drafter.docx.reference [OUT]      # default: templates/reference.docx
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Twips

from .. import reply as R
from ..fileio import atomic_write
from . import ooxml
from .styles import LEAD_STYLE, PAGE_NUMBER_STYLE, STYLE_BY_KIND

# GB/T 9704 page setup, in twips (1/20 pt); see gbt9704.md.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2098, 1984, 1588, 1474
HEADER_DISTANCE = 851  # 15 mm (no header is used)
# The footers end 20 mm above the page's bottom edge, where the letter format's second red double
# rule lies on page 1 (GB/T 9704 10.1); the page numbers stand 3 mm higher (space after them), their
# line about 7 mm below the type area as before.
FOOTER_DISTANCE = 1134  # 20 mm
NUMBER_RAISE = 170  # 3 mm
LINE_PITCH = 579  # 28.95 pt: 22 lines in the 225 mm type height (a line grid, "lines")
# 28 characters a line: the 156 mm type width is 442.2 pt, 28 × 16 pt = 448 pt is too wide, so
# 3号 runs are condensed by 0.25 pt (docDefaults w:spacing, in 1/20 pt): 28 × 15.75 = 441 pt fits;
# −0.2 pt would give 28 × 15.8 = 442.4 pt, one character short. Word and LibreOffice both lay out
# 22 × 28 this way. The grid GB/T 9704 guides often name, "linesAndChars" with charSpace −849
# (15.79 pt cells), is Word-only: LibreOffice gives each 16 pt character two cells narrower than
# it, leaving about 14 characters a line. Sizes other than 3号 (title, 抄送, letterhead, page
# number, comments) are off the 28-character measure and reset the spacing to 0.
CHAR_SPACING = -5

# Fonts (GB/T 9704 §7; the names Windows/WPS offices install).
FANGSONG, XIAOBIAOSONG, HEITI, KAITI, SONGTI = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"
# What Word shows where a style's font is missing (gbt9704.md: 仿宋_GB2312 "or 仿宋", 楷体_GB2312 "or 楷体");
# 方正小标宋简体 is rarely installed outside typesetting offices: 宋体 is on every PC.
FONT_ALTERNATES = {FANGSONG: "仿宋", KAITI: "楷体", XIAOBIAOSONG: SONGTI, HEITI: "SimHei", SONGTI: "SimSun"}
SAN_HAO, ER_HAO, SI_HAO = 32, 44, 28  # 3号 16 pt, 2号 22 pt, 4号 14 pt, in half-points
LETTERHEAD_SIZE = 72  # 36 pt red 小标宋
# The letterhead's red rule is 170 mm, centred: 7 mm past each side of the 156 mm type area.
RULE_OUTDENT = -397
RED = "FF0000"


@dataclass(frozen=True)
class StyleSpec:
    """The look of one paragraph style; indents in 1/100 character, spacing in 1/100 line."""

    style_id: str
    font: str | None = None  # None: inherit 仿宋_GB2312
    half_points: int | None = None
    align: str = "justify"  # left | center | right | justify
    base: str | None = None  # block kind whose style this one is based on
    first_line: int | None = None
    hanging: int | None = None
    left: int | None = None
    right: int | None = None
    before: int | None = None
    after: int | None = None
    color: str | None = None
    snap: bool = True
    outline: int | None = None
    keep_next: bool = False
    keep_lines: bool = False  # never split across pages (a paragraph of the tail)
    outdent: int | None = None  # twips each side (negative: wider than the type area)


SPECS: dict[str, StyleSpec] = {
    R.LETTERHEAD: StyleSpec("GwLetterhead", XIAOBIAOSONG, LETTERHEAD_SIZE, "center", color=RED,
                            snap=False, after=50, outdent=RULE_OUTDENT),
    R.DOC_NUMBER: StyleSpec("GwDocNumber", align="right", before=50),
    R.CLASS_MARK: StyleSpec("GwClassMark", align="right"),
    R.TITLE: StyleSpec("GwTitle", XIAOBIAOSONG, ER_HAO, "center", before=100, after=100, snap=False,
                       keep_next=True),
    R.ADDRESSEE: StyleSpec("GwAddressee", align="left"),
    R.BODY: StyleSpec("GwBody", first_line=200),
    R.OPENING: StyleSpec("GwOpening", base=R.BODY),
    R.CLOSING: StyleSpec("GwClosing", base=R.BODY, keep_next=True, keep_lines=True),
    R.HEADING1: StyleSpec("GwHeading1", HEITI, base=R.BODY, outline=0, keep_next=True),
    R.HEADING2: StyleSpec("GwHeading2", KAITI, base=R.BODY, outline=1, keep_next=True),
    # the tail (closing to 抄送) is kept together on the last page: no signature without body text
    # on its page, no 抄送 alone on a last page, nor its second line (抄送 is never split), nor
    # a closing split from the signature
    R.SIGNATURE: StyleSpec("GwSignature", base=R.BODY, before=100, keep_next=True),
    R.CONTACT: StyleSpec("GwContact", base=R.BODY, keep_next=True),
    # sealed (GB/T 9704 7.3.5.1): the date 4 characters from the margin, the unit name centred over it
    # (each draft sets the name's indent from the two strings' widths)
    R.ISSUER: StyleSpec("GwIssuer", align="right", right=400, before=100, keep_next=True),
    R.DATE: StyleSpec("GwDate", align="right", right=400, keep_next=True),
    R.NOTE: StyleSpec("GwNote", align="left", first_line=200, keep_next=True),
    # 1 character in on each side; wrapped lines align after "抄送：" (GB/T 9704 §7.4.2); in the
    # letter format the 版记 has no rules; it is the letter's last paragraph, after the 附注
    R.CC: StyleSpec("GwCc", half_points=SI_HAO, align="left", left=400, hanging=300, right=100,
                    keep_lines=True),
}

# Sample text per kind, so a clerk opening the reference sees every style at work.
SAMPLES: dict[str, str] = {
    R.LETTERHEAD: "××××××局",
    R.DOC_NUMBER: "××函〔2026〕×号",
    R.CLASS_MARK: "答复类型：A类",
    R.TITLE: "关于××届×次会议第××号建议的答复",
    R.ADDRESSEE: "××代表：",
    R.OPENING: "您提出的《关于××的建议》收悉。现将有关情况答复如下：",
    R.HEADING1: "一、基本情况",
    R.HEADING2: "（一）××××",
    R.BODY: "正文，3号仿宋，首行缩进2字，每页22行、每行28字。",
    R.CLOSING: "再次感谢您对我们工作的支持。",
    R.SIGNATURE: "领导署名：×××",
    R.CONTACT: "联系人：×××",
    R.ISSUER: "××××××局",
    R.DATE: "2026年1月1日",
    R.NOTE: "（此件主动公开）",
    R.CC: "抄送：××××、××××。",
}


def _align(name: str):
    from docx.enum.text import WD_PARAGRAPH_ALIGNMENT as A

    return {"left": A.LEFT, "center": A.CENTER, "right": A.RIGHT, "justify": A.JUSTIFY}[name]


def _set_size(style, half_points: int) -> None:
    """A style's own size; off 3号 it leaves the 28-character measure, so it is not condensed."""
    from docx.shared import Pt

    style.font.size = Pt(half_points / 2)
    if half_points != SAN_HAO:
        ooxml.set_style_char_spacing(style, 0)


def _add_paragraph_style(document, kind: str, spec: StyleSpec):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    style = document.styles.add_style(STYLE_BY_KIND[kind], WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = spec.style_id
    style.base_style = document.styles[STYLE_BY_KIND[spec.base] if spec.base else "Normal"]
    style.quick_style = True
    style.paragraph_format.alignment = _align(spec.align)
    style.paragraph_format.keep_with_next = spec.keep_next or None
    style.paragraph_format.keep_together = spec.keep_lines or None
    if spec.font:
        ooxml.set_style_fonts(style, spec.font)
    if spec.half_points:
        _set_size(style, spec.half_points)
    if spec.color:
        style.font.color.rgb = RGBColor.from_string(spec.color)
    char_twips = (spec.half_points or SAN_HAO) * 10
    if any(v is not None for v in (spec.first_line, spec.hanging, spec.left, spec.right)):
        ooxml.set_indent_chars(style.element, first_line=spec.first_line, hanging=spec.hanging,
                               left=spec.left, right=spec.right, char_twips=char_twips)
    if spec.outdent is not None:
        ooxml.set_indent_twips(style.element, left=spec.outdent, right=spec.outdent)
    if spec.before is not None or spec.after is not None:
        ooxml.set_spacing_lines(style.element, before=spec.before, after=spec.after,
                                line_twips=LINE_PITCH)
    if not spec.snap:
        ooxml.set_snap_to_grid(style.element, False)
    if spec.outline is not None:
        ooxml.set_outline_level(style.element, spec.outline)
    return style


def _add_styles(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    for kind in (R.BODY, *[k for k in R.BLOCK_KINDS if k != R.BODY]):
        _add_paragraph_style(document, kind, SPECS[kind])
    letterhead = document.styles[STYLE_BY_KIND[R.LETTERHEAD]]
    ooxml.set_bottom_border(letterhead.element, style="thickThinSmallGap", eighths=24, color=RED,
                            space=6)

    lead = document.styles.add_style(LEAD_STYLE, WD_STYLE_TYPE.CHARACTER)
    lead.style_id = "GwLead"
    lead.quick_style = True
    ooxml.set_style_fonts(lead, KAITI)

    page = document.styles.add_style(PAGE_NUMBER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    page.style_id = "GwPageNumber"
    page.base_style = document.styles["Normal"]
    ooxml.set_style_fonts(page, SONGTI)
    _set_size(page, SI_HAO)
    ooxml.set_snap_to_grid(page.element, False)

    # Word's comment styles, so review comments are small 宋体 rather than 16 pt on the grid.
    comment = document.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
    comment.style_id = "CommentText"
    comment.base_style = document.styles["Normal"]
    ooxml.set_style_fonts(comment, SONGTI)
    _set_size(comment, 20)
    ooxml.set_snap_to_grid(comment.element, False)
    reference = document.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
    reference.style_id = "CommentReference"
    _set_size(reference, 16)


def _page_footer(footer, *, side: str) -> None:
    """``— N —`` in 4号 宋体, one character in from ``side`` (right on odd pages, left on even)."""
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = PAGE_NUMBER_STYLE
    paragraph.alignment = _align(side)
    ooxml.set_indent_chars(paragraph._p, char_twips=SI_HAO * 10, **{side: 100})
    paragraph.add_run("— ")
    ooxml.add_page_field(paragraph)
    paragraph.add_run(" —")
    paragraph.paragraph_format.space_after = Twips(NUMBER_RAISE)


def _first_page_rule(footer) -> None:
    """Page 1 of a letter has no page number but its second red double rule (thin over thick),
    170 mm long and centred, 20 mm above the bottom edge: the bottom border of an empty footer
    line one point high, at the footer's foot."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(1)
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Twips(0)
    ooxml.set_snap_to_grid(paragraph._p, False)
    ooxml.set_indent_twips(paragraph._p, left=RULE_OUTDENT, right=RULE_OUTDENT)
    ooxml.set_bottom_border(paragraph._p, style="thinThickSmallGap", eighths=24, color=RED, space=0)


def _page_setup(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Twips(PAGE_WIDTH), Twips(PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = Twips(MARGIN_TOP), Twips(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Twips(MARGIN_LEFT), Twips(MARGIN_RIGHT)
    section.header_distance = Twips(HEADER_DISTANCE)
    section.footer_distance = Twips(FOOTER_DISTANCE)
    section.gutter = Twips(0)
    ooxml.set_doc_grid(section, line_pitch=LINE_PITCH, grid_type="lines")
    document.settings.odd_and_even_pages_header_footer = True
    section.different_first_page_header_footer = True
    _first_page_rule(section.first_page_footer)  # page 1 of a letter: no number, its red rule
    _page_footer(section.footer, side="right")
    _page_footer(section.even_page_footer, side="left")


def build_reference():
    """A new python-docx Document holding the reference layout, styles, footers and samples."""
    import docx

    document = docx.Document()
    ooxml.drop_thumbnail(document)
    ooxml.set_doc_defaults(document, font=FANGSONG, half_points=SAN_HAO,
                           char_spacing=CHAR_SPACING)
    _add_styles(document)
    _page_setup(document)
    used = {document.styles[name].style_id for name in (*STYLE_BY_KIND.values(), LEAD_STYLE, PAGE_NUMBER_STYLE,
                                                        "annotation text", "annotation reference")}
    ooxml.prune_styles(document, used)
    ooxml.drop_unused_parts(document)
    ooxml.set_font_alternates(document, FONT_ALTERNATES)
    for kind in R.BLOCK_KINDS:
        paragraph = document.add_paragraph(style=STYLE_BY_KIND[kind])
        if kind == R.BODY:
            paragraph.add_run("（一）段首标题用楷体。", style=LEAD_STYLE)
        paragraph.add_run(SAMPLES[kind])
    props = document.core_properties
    props.title = "公文格式参考（GB/T 9704 信函格式）"
    props.author = props.last_modified_by = "drafter"
    props.comments = "drafter 的答复稿从此文件取样式、页面设置和页脚；可在 Word 中修改样式。"
    return document


def write_reference(out: str | Path) -> Path:
    """Build the reference and write it atomically to ``out`` (replacing an older one)."""
    buffer = io.BytesIO()
    build_reference().save(buffer)
    return atomic_write(out, buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    """``python -m drafter.docx.reference [OUT]``: regenerate the reference (default templates/)."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    out = Path(args[0]) if args else Path("templates") / "reference.docx"
    print(write_reference(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
