"""Part two promises nothing the bureau has not decided (hd62a, 温州市洞头区交通运输局's 15301): with no plan of the bureau's
on the asks and no class A, its lead-in says no goal the title sets as the bureau's step (下一步我局将实现…全覆盖, which the
real reply could not promise) — the work the title asks it still says, a promise to confirm (hd32c), and a title that is a
goal alone gets the neutral lead-in (hx62w2); an ask only for information (摸清…设施现状) is answered in part one, headed by
its matter, and gets no part-two item."""
import docx
import pytest
from drafter.compose.asks import unreached
from helpers import page_draft, part_one, part_two_of, part_two_texts, unit_workspace

# the real suggestion's asks (as the real reply restates them) and a line of the bureau's place's work report, off topic
SUGGESTION = """关于实现偏远村居港湾式公交车站点全覆盖的建议

大门镇等偏远海岛村居的城乡公交停靠站大多只有站牌，没有候车亭，群众候车日晒雨淋、在路边上下车不安全。建议：
一、摸清大门镇等偏远村居公交停靠站的设施现状；
二、加快对偏远村居公交站点进行改造提升，建设港湾式公交停靠站和候车亭，逐步实现偏远村居港湾式公交车站点全覆盖；
三、持续完善公交站点配套设施（站牌等），提升群众公共交通出行的舒适度和安全性。
"""
TITLE = SUGGESTION.splitlines()[0]
PAGE = """2023年温州市洞头区政府工作报告
——2023年2月14日在温州市洞头区第十五届人民代表大会第二次会议上
一、2022年工作回顾
实现地区生产总值137.2亿元(含海经区),同比增长5.4%;一般公共预算收入10.62亿元。
"""
NEUTRAL = "下一步，我局将结合工作职责，重点做好以下工作："
# drafter's next_step.j2 before ``pledged`` (a workspace's own copy of it)
OLDER_TEMPLATE = """{%- if role == "主办" and status == "reference" -%}
下一步，{{ self_name }}将结合工作职责，重点做好以下工作：
{%- elif role == "主办" -%}
根据{{ you }}的{{ "提案" if proposal else "建议" }}，下一步{{ self_name }}将{% if carry_on %}{{ carry_on }}，{% elif concern %}围绕{{ concern }}，{% endif %}重点做好以下工作：
{%- else -%}
下一步，{{ self_name }}将积极配合{{ lead }}，重点做好以下工作：
{%- endif %}
"""


def _draft(tmp_path, *options, older=False, title=TITLE):
    ws = unit_workspace(tmp_path / "ws", "温州市洞头区交通运输局", "区交通运输局", "洞头区", "北岙街道, 大门镇, 鹿西乡")
    if older:
        (ws.root / "templates" / "wording" / "next_step.j2").write_text(OLDER_TEMPLATE, "utf-8")
    _, document = page_draft(tmp_path, ws, PAGE, SUGGESTION.replace(TITLE, title), "15301", title, "--date", "2024-06-05", *options,
                             name="2023-02-14_洞头区政府工作报告2023.txt")
    return document


def _lead_in(document) -> str:
    return next(p.text for p in part_two_of(document.paragraphs) if "重点做好以下工作" in p.text)


@pytest.mark.parametrize("options", [(), ("--type", "B"), ("--type", "C")])
def test_with_no_plan_and_no_class_a_the_lead_in_promises_no_goal(tmp_path, options):
    """No plan in the base, no class or B or C, and a title that is a goal alone: the neutral lead-in, not 根据您的建议，下一步我局
    将实现偏远村居港湾式公交车站点全覆盖 (G1)."""
    assert _lead_in(_draft(tmp_path, *options)) == NEUTRAL


def test_class_a_keeps_the_titles_ask_as_a_step_to_confirm(tmp_path):
    """Class A (所提问题已经解决或基本解决) may say the title's ask as the next step, highlighted as a promise to confirm."""
    document = _draft(tmp_path, "--type", "A")
    lead = next(p for p in part_two_of(document.paragraphs) if "重点做好以下工作" in p.text)
    assert lead.text == "根据您的建议，下一步我局将实现偏远村居港湾式公交车站点全覆盖，重点做好以下工作：", lead.text
    assert any(r.text == "实现偏远村居港湾式公交车站点全覆盖" and r.font.highlight_color for r in lead.runs)


def test_a_workspaces_older_template_promises_no_goal_either(tmp_path):
    """A workspace's own next_step.j2 from before ``pledged`` still drafts, and says no title's ask as the bureau's step."""
    assert _lead_in(_draft(tmp_path, older=True)) == "根据您的建议，下一步我局将重点做好以下工作："


def test_an_ask_only_for_information_is_answered_in_part_one_headed_by_its_matter(tmp_path):
    """一、摸清…设施现状 is headed by the matter (G2: the real reply's 大门镇公交站点设施基本情况), and part two has no
    （一）摸清…设施现状。【待补充：具体举措】 (G3): its items are the two other asks'."""
    document = _draft(tmp_path)
    assert "（一）大门镇等偏远村居公交停靠站的设施现状" in part_one(document), part_one(document)
    assert not any("摸清" in p for p in part_one(document))
    items = part_two_texts(document)
    assert items == ["（一）加快对偏远村居公交站点进行改造提升。【待补充：具体举措】",
                     "（二）完善公交站点配套设施（站牌等）。【待补充：具体举措】"], items
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "draft.docx")).paragraphs)
    assert "设施现状。" not in text


# ask 二 of the real suggestion: the work asked (改造提升, 建设…), then the goal it leads to (逐步实现…全覆盖)
WORK_AND_GOAL = "加快对偏远村居公交站点进行改造提升，建设港湾式公交停靠站和候车亭，逐步实现偏远村居港湾式公交车站点全覆盖"


def test_a_goal_is_told_from_the_work_toward_it():
    """The clauses stating a goal to reach go (逐步实现…全覆盖, the pace word before the verb too), the work stays; a title of a
    goal alone leaves nothing; one of work alone (h309's 完善乡镇文体设施) is as it is."""
    assert unreached(WORK_AND_GOAL) == "加快对偏远村居公交站点进行改造提升，建设港湾式公交停靠站和候车亭"
    assert unreached("实现偏远村居港湾式公交车站点全覆盖") == ""
    assert unreached("完善乡镇文体设施") == "完善乡镇文体设施"


def test_a_title_of_work_and_goal_keeps_the_work_as_a_step_to_confirm_not_the_goal(tmp_path):
    """A title asking work and the goal it reaches (ask 二's first and last clauses), no plan, no class: the lead-in says the
    work as the bureau's step, highlighted as a promise to confirm (hd32c), and not the goal (hx62w2); class A says both."""
    title = "关于加快偏远村居公交站点改造提升，逐步实现港湾式公交车站点全覆盖的建议"
    (tmp_path / "none").mkdir(), (tmp_path / "a").mkdir()
    lead = next(p for p in part_two_of(_draft(tmp_path / "none", title=title).paragraphs) if "重点做好以下工作" in p.text)
    assert lead.text == "根据您的建议，下一步我局将加快偏远村居公交站点改造提升，重点做好以下工作：", lead.text
    assert any(r.text == "加快偏远村居公交站点改造提升" and r.font.highlight_color for r in lead.runs)
    pledged = _lead_in(_draft(tmp_path / "a", "--type", "A", title=title))
    assert pledged == "根据您的建议，下一步我局将加快偏远村居公交站点改造提升、逐步实现港湾式公交车站点全覆盖，重点做好以下工作：", pledged
