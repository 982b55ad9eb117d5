"""What the clerk of 上海市科学技术委员会 found in part two of the drafts (qa18): a plan sentence listing several measures
pasted whole, with no lead, under asks it does not answer; its lead under a C class promised what the reply declines."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import draft_1350, part_two_of, part_two_texts, unit_workspace

from drafter.cli import cli
from drafter.compose.sentences import is_lead

# The bureau's 2025 year-end report (the tester's), whose last part plans 2026 in one sentence of five measures.
REPORT_2025 = """上海市科学技术委员会2025年工作总结
沪科〔2026〕5号
2026年1月20日

一、科普工作
（一）完善科普工作格局。截至2025年底，市科普工作联席会议成员单位达到40家，16个区均建立区级科普工作联席会议制度。
（二）提升公民科学素质。2025年，上海具备科学素质的公民比例达到30.15%，继续保持全国前列。
（三）加强科普基础设施建设。2025年，新认定市级科普基地30家，“五个新城”新建科普场馆7座，全年接待观众150万人次。
（四）加强科普人才队伍建设。2025年，培训科普讲解员1000人次，注册科普志愿者达到3.6万人。

二、科技成果转化
2025年，全市技术合同成交额达到5200亿元，同比增长12%。

三、2026年工作安排
2026年，市科委将继续推动“五个新城”科普场馆建设，深入实施全民科学素质行动，加强科普人才队伍建设，完善技术转移服务体系，培育技术经理人队伍。
"""
PROPOSAL_0201 = """关于加强知识产权保护促进科技成果转化的提案
为此建议：
一、加强科技成果知识产权保护，推动专利转化运用和质押融资。
二、完善技术转移服务体系，培育技术经理人队伍。
三、提高技术合同登记服务效率，落实技术合同税收优惠。
"""
SUGGESTION_0023 = """关于提升远郊新城科普场馆服务能级的建议
为此建议：
一、加强“五个新城”科普场馆规划布局，推动每个新城至少建成一座综合性科普场馆。
二、完善科普工作联席会议机制，推动各区建立健全区级科普工作联席会议制度，形成市区联动。
三、加大科普基地和科普项目支持力度，鼓励高校、科研院所和企业向公众开放实验室。
四、加强科普人才队伍建设，培育专兼职科普讲解员和科普志愿者。
五、提升公民科学素质，开展面向老年人和农村居民的科普活动。
"""
SUGGESTION_0156 = """关于加强中小学科学教育的建议
为此建议：
一、在中小学开齐开足科学课程，配齐科学教师。
二、推动科普基地、科普场馆向中小学生免费开放，开展研学活动。
三、组织科学家进校园，加强科普人才参与学校科学教育。
"""


def _shanghai(tmp_path):
    """A workspace of 上海市科学技术委员会 holding its 2025 report."""
    root = unit_workspace(tmp_path / "sh", "上海市科学技术委员会", "市科委", "上海市").root
    (tmp_path / "2025年工作总结.txt").write_text(REPORT_2025, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(tmp_path / "2025年工作总结.txt")])
    assert result.exit_code == 0, result.output
    return root


def _part_two(root, tmp_path, number, title, text=None, *options) -> list[str]:
    """Part two's items of ``number`` drafted from ``root`` (from ``text`` when given), dated 2026-05-20."""
    args = ["-w", str(root), "draft", number, title, "--date", "2026-05-20", "-o", str(tmp_path / f"{number}.docx"), *options]
    if text:
        (tmp_path / f"{number}.txt").write_text(text, "utf-8")
        args += ["--text", str(tmp_path / f"{number}.txt")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return part_two_texts(docx.Document(str(tmp_path / f"{number}.docx")))


def test_a_plan_sentence_gives_each_ask_its_own_measures_only(tmp_path):
    """qa18 item 8: 0201's 技术转移 item was the whole plan sentence (科普场馆, 全民科学素质, 科普人才… too), and 0023's
    科普人才 item read 2026年，加强科普人才队伍建设，完善技术转移服务体系，培育技术经理人队伍。 — no subject, another matter's
    measures after it. Each ask keeps the measures on its own matter, the sentence's date and its subject's will before
    them; a measure of no ask goes nowhere."""
    root = _shanghai(tmp_path)
    items = _part_two(root, tmp_path, "0201", "关于加强知识产权保护促进科技成果转化的提案", PROPOSAL_0201, "--proposal", "--type", "B")
    (transfer,) = [t for t in items if "技术转移" in t]
    assert transfer.endswith("2026年，我委将继续培育技术经理人队伍。"), items
    assert not any("科普" in t or "科学素质" in t for t in items), items
    items = _part_two(root, tmp_path, "0023", "关于提升远郊新城科普场馆服务能级的建议", SUGGESTION_0023, "--type", "B")
    assert not any("技术转移" in t or "技术经理人" in t for t in items), items
    assert sum("2026年，我委将继续" in t for t in items) == 2, items  # 科普场馆, 科学素质 (科普人才: its lead says it all)


def test_each_next_step_opens_on_its_lead_said_once(tmp_path):
    """qa18 item 8 (after the cut): 0201's 技术转移 item read （二）2026年，我委将继续完善技术转移服务体系，培育技术经理人队伍。
    — no lead, the rule that drops a lead its sentence says again having dropped the ask's; and 0023's 科普人才 item
    likewise. Every item of the bureau's part two opens on its lead phrase, as the others do, said once: the sentence
    after it goes on with what the lead does not say (its date and will kept), or is left out when it says nothing more."""
    root = _shanghai(tmp_path)
    items = _part_two(root, tmp_path, "0201", "关于加强知识产权保护促进科技成果转化的提案", PROPOSAL_0201, "--proposal", "--type", "B")
    assert items[1] == "（二）完善技术转移服务体系。2026年，我委将继续培育技术经理人队伍。", items
    items += _part_two(root, tmp_path, "0023", "关于提升远郊新城科普场馆服务能级的建议", SUGGESTION_0023, "--type", "B")
    assert "（四）持续加强科普人才队伍建设。" in items, items
    for item in items:
        lead, dot, said = item.partition("。")
        assert is_lead(lead + dot), items
        phrase = lead.split("）", 1)[1].removeprefix("持续").removeprefix("进一步")
        assert phrase not in said, items  # never the lead again right after it


def test_part_two_carries_on_only_work_part_one_reports(tmp_path):
    """qa18 item 8: the 会办意见 0156, whose part one reports nothing on 组织科学家进校园 (its placeholder), read
    （一）持续组织科学家进校园。 — 持续 of work never reported. Its lead now says the ask as a first step."""
    root = _shanghai(tmp_path)
    with (root / "drafter.yaml").open("a", encoding="utf-8") as f:  # as the clerk's: schools are the lead's field
        f.write("other_fields:\n  市教委: [中小学, 课后服务, 学校]\n")
    _part_two(root, tmp_path, "0156", "关于加强中小学科学教育的建议", SUGGESTION_0156, "--role", "会办", "--lead", "市教委")
    # a 会办意见's next steps run on after 下一步，… (as the bureau's real ones: no 二、下一步工作计划 of its own)
    (steps,) = [p.text for p in docx.Document(str(tmp_path / "0156.docx")).paragraphs if p.text.startswith("下一步")]
    assert "重点做好以下工作：组织科学家进校园。" in steps and "持续组织科学家进校园" not in steps, steps


def test_a_title_drafts_plan_on_its_sections_matter_is_that_sections_item(tmp_path):
    """qa18 item 8: 0601 (title only) read （一）持续加强科普场馆建设。【待补充：具体举措】 then （二）the whole plan sentence,
    whose 科普场馆 measure is （一）'s very matter. That measure is （一）'s plan, cut from the sentence; no second item."""
    items = _part_two(_shanghai(tmp_path), tmp_path, "0601", "关于加强科普场馆建设的建议")
    assert items == ["持续加强科普场馆建设。2026年，我委将继续推动“五个新城”科普场馆建设。"], items


def test_a_c_class_part_two_promises_no_asked_measure(seeded_root, tmp_path):
    """qa18 item 9: a C reply (复审高企奖励, closing 暂难落实) led part two with 根据您们的建议，下一步我委将继续对复审通过的
    高新技术企业给予资金奖励 — the measure it declines, as going on. Under a C class the lead names no asked measure, and an ask
    the base holds no plan for is not the ask's own words as the bureau's next step: a programme part one reports still
    running carried on, else its placeholder (1350 --type C had lost B's 深入实施《…方案》 line for its placeholder)."""
    def part_two(reply_type):
        return [p.text for p in part_two_of(draft_1350(seeded_root, tmp_path / f"{reply_type}.docx", reply_type).paragraphs)]

    planned, declined = part_two("B"), part_two("C")
    assert "继续加快中试验证平台建设" in planned[0] and planned[-1].startswith("（三）进一步加大科技金融支持。"), planned
    assert declined[0] == "下一步，我局将结合工作职责，重点做好以下工作：", declined
    # a programme running in the year carried on commits to nothing new: kept under C too, without the ask's words as
    # its lead (1350's 加大科技金融支持 ask, its part one reporting the 三年行动方案（2024-2026年）)
    carry_on = "深入实施《泉州市科技金融服务能力提升三年行动方案（2024-2026年）》。【待核实：是否列入2026年计划】"
    assert planned[-1].endswith(carry_on) and declined[-1] == f"（三）{carry_on}", declined
