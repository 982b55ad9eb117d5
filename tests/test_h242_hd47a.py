"""h242: held-out tester hd47a (厦门市翔安区民政局, a CPPCC proposal on rural old age care), on its real lines.

A title's second clause opening on a word of how before its verb (…，精准提升老人养老幸福感) is an ask of its own, not the
purpose of the first: the matter said after 围绕 is whole, never cut to a dangling 精准.
"""

from __future__ import annotations

from helpers import draft_title, part_two_of, unit_workspace

from drafter.compose.asks import concern_matter, short_topic

TITLE = "关于翔安区乡村积极应对“银发浪潮”，精准提升老人养老幸福感的建议"


def test_a_clause_opening_on_a_word_of_how_is_no_purpose_cut():
    """The title's matter is whole (积极应对“银发浪潮”、精准提升老人养老幸福感), not …“银发浪潮”、精准 (its verb cut off)."""
    assert concern_matter(short_topic(TITLE)) == "翔安区乡村积极应对“银发浪潮”、精准提升老人养老幸福感"
    # a purpose run on from its matter is still cut off (hd27b, hd37b)
    assert short_topic("关于加大标准化菜市场建设力度提升市民幸福指数的建议") == "加大标准化菜市场建设力度"
    assert short_topic("关于深入推进城市更新进一步提升城市品质的建议") == "深入推进城市更新"


def test_part_two_lead_says_the_whole_matter(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "厦门市翔安区民政局", "区民政局", "翔安区")
    text = tmp_path / "suggestion.txt"
    text.write_text(f"{TITLE}\n\n我区乡村老年人口增多，“银发浪潮”下农村养老服务仍有短板。建议：\n"
                    "一、在乡村培育打造公益互助长者食堂，解决农村老年人吃饭难问题。\n"
                    "二、积极开展农村特殊困难老年人（孤寡、高龄独居、空巢、留守等）关爱服务。\n", "utf-8")
    document = draft_title(ws.root, tmp_path / "draft.docx", "1", TITLE, "--type", "B", "--proposal",
                           "--text", str(text))
    lead = next(p.text for p in part_two_of(document.paragraphs) if "围绕" in p.text)
    assert "围绕我区乡村积极应对“银发浪潮”、精准提升老人养老幸福感，" in lead, lead
