"""Content → look: the paragraph style name for each block kind, and back.

The names are those of ``templates/reference.docx`` (Chinese, as a clerk sees them in Word's
style gallery). The look of each style lives in the reference, not here.
"""

from __future__ import annotations

from .. import reply as R

STYLE_BY_KIND: dict[str, str] = {
    R.LETTERHEAD: "发文机关标志",
    R.DOC_NUMBER: "发文字号",
    R.CLASS_MARK: "答复类型",
    R.TITLE: "公文标题",
    R.ADDRESSEE: "主送机关",
    R.OPENING: "开头语",
    R.HEADING1: "一级标题",
    R.HEADING2: "二级标题",
    R.BODY: "公文正文",
    R.CLOSING: "结束语",
    R.SIGNATURE: "领导署名",
    R.CONTACT: "联系人",
    R.ISSUER: "发文机关署名",
    R.DATE: "成文日期",
    R.NOTE: "附注",
    R.CC: "抄送",
}
KIND_BY_STYLE: dict[str, str] = {name: kind for kind, name in STYLE_BY_KIND.items()}

LEAD_STYLE = "段首标题"  # character style of an inline lead heading (span kind "lead")
PAGE_NUMBER_STYLE = "页码"  # paragraph style of the footers' `— N —`

# Highlight colours (w:highlight values) by span kind.
HIGHLIGHT_BY_SPAN: dict[str, str] = {R.PLACEHOLDER: "yellow", R.STALE: "cyan"}

STALE_NOTE = "此数据较早，请核实是否有更新的数值。"
# What each colour means, said once in a comment on the title of a draft that uses it (rv33: "黄色、青色两种高亮
# 没有说明各表示什么"), as the web page's 图例 says it.
COLOUR_NAMES = {"yellow": "黄色", "cyan": "青色"}
HIGHLIGHT_MEANS: dict[str, str] = {
    R.PLACEHOLDER: "【待…】标记：需要补全、提供、更新或核实的内容，改好后删去标记",
    R.STALE: "较旧的数字及其时间，或待核实后才能采用的文字（如上年计划）：请按批注核实更新",
}
LEGEND_HEAD = "本稿标记说明（发文前请清除高亮、删除全部批注）："
LEGEND_SOURCES = "其余批注：各段内容及数字的出处和处理办法"


def style_for(kind: str) -> str:
    """The paragraph style name for a block kind (KeyError names an unknown kind)."""
    return STYLE_BY_KIND[kind]


def kind_for(style) -> str | None:
    """The block kind of a python-docx paragraph style, following ``based on`` to one of ours.

    A style a clerk derived from ours (e.g. a copy of 公文正文) still maps to ours; Word's
    ``name,alias`` form is accepted.
    """
    seen = set()
    while style is not None and id(style) not in seen:
        seen.add(id(style))
        name = (style.name or "").split(",")[0].strip()
        if name in KIND_BY_STYLE:
            return KIND_BY_STYLE[name]
        style = style.base_style
    return None
