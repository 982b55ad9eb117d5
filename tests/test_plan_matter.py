"""A part-two item of a draft by its title alone says its section's matter: last year's plan
sentence left once the year's one-offs go (加快建设国家技术转移东部中心泉州分中心… is built; 培育壮大
技术转移机构和技术经理人队伍… is left) is weighed again, and under （二）持续强化成果转化激励 it says
nothing of 成果转化激励 — the item is its heading and what to write there, not another matter's plan."""

from helpers import draft_title


def test_the_1156_draft_plans_no_other_matter_under_a_sections_heading(seeded_root, tmp_path):
    document = draft_title(seeded_root, tmp_path / "1156.docx", "1156", "关于建设共性技术中试平台的建议")
    paras = [p.text for p in document.paragraphs]
    part_two = paras[paras.index("二、下一步工作计划"):]
    item = next(p for p in part_two if p.startswith("（二）持续强化成果转化激励。"))
    assert "技术经理人" not in item, item
    assert item == "（二）持续强化成果转化激励。【待补充：具体举措】", item
    # the section whose matter the 2026 plan says keeps it
    assert any(p.startswith("（一）持续加快中试验证发展。鼓励企业建设中试、验证平台") for p in part_two), part_two


def test_the_warning_on_asks_without_a_plan_says_what_part_two_holds_for_them(seeded_root, tmp_path):
    # 1350's 加大科技金融支持: no plan in the base; part two carries on the running 三年行动方案, flagged —
    # not 已留待补充项, which it is not
    from click.testing import CliRunner
    from helpers import TEXT_1350, TITLE_1350

    from drafter.cli import cli

    result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "1350", TITLE_1350, "--text", str(TEXT_1350),
                                      "--date", "2026-05-20", "--type", "B", "-o", str(tmp_path / "1350.docx")])
    assert result.exit_code == 0, result.output
    assert ("事实库中没有以下建议事项的工作计划，下一步部分的相应各项只写了标题或续行第一部分所述，请补写或核实：加大科技金融支持"
            in result.output), result.output
    assert "已留待补充项：加大科技金融支持" not in result.output
