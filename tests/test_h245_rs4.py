"""h245: findings of the blind re-score rs4 (hd45b 邢台市林业局, hd46b 威海市环翠区文旅局, hd45c 常德市住建局), on their real lines.

A notice's decision (经…评审，决定授予…等50个社区“…”称号（名单见附件）) drafted in a reply is a past act: dated by its
document (2021年，…授予…), its pointer to the notice's attachment dropped, its counts a one-off batch no newer year's value
replaces — never a 【待更新：统计期】 flag mid-sentence nor a comment asking for this year's figures.
"""

from __future__ import annotations

import docx
from helpers import comments_on, part_one_of, seeds_draft, unit_workspace

from drafter.compose.sentences import as_done, is_policy_count, year_position
from drafter.model import Figure

# seeds/2021-05-14_森林村庄称号通报.txt of hd45b (邢绿字[2021]4号), its head and decision.
NOTICE = ("邢绿字[2021]4号\n邢台市绿化委员会\n邢台市林业局\n关于授予信都区滨江社区等单位邢台市\n"
          "“森林社区”、“森林单位”、“森林乡镇”、“森林村庄”、“森林人家”称号的通报\n"
          "各县(市、区)政府、开发区管委会、邢东新区管委会:\n"
          "为深入贯彻落实习近平生态文明思想,加快推进我市国家森林城市创建,根据《关于印发《邢台市“森林社区、森林单位、森林乡镇、"
          "森林村庄、森林人家”评选活动实施方案》的通知》(邢绿办字[2021]10号),经各县(市、区)推荐申报,市绿化委员会评审,决定授予"
          "信都区滨江社区等50个社区“邢台市森林社区”称号、信都区国有苏村苗圃等50个单位“邢台市森林单位”称号、信都区白岸乡等30个乡镇"
          "“邢台市森林乡镇”称号、信都区禅林寺村等100个村庄“邢台市森林村庄”称号、信都区星宿民俗等30个个体单位“邢台市森林人家”称号"
          "(名单见附件)。\n附件:1.邢台市森林社区名单\n2.邢台市森林单位名单\n2021年5月14日\n")
DECIDED = ("经各县（市、区）推荐申报，市绿化委员会评审，决定授予信都区滨江社区等50个社区“邢台市森林社区”称号、"
           "信都区星宿民俗等30个个体单位“邢台市森林人家”称号（名单见附件）。")


def test_a_decisions_counts_are_no_statistic():
    assert is_policy_count(DECIDED, "50个") and is_policy_count(DECIDED, "30个")
    assert year_position(DECIDED, []) == 0
    # its date opens the sentence, not the clause of its first count (市绿化委员会评审，2021年，授予…)
    assert year_position(DECIDED, [Figure(value=50, unit="个", raw="50个")]) == 0
    assert as_done(DECIDED) == ("经各县（市、区）推荐申报，市绿化委员会评审，授予信都区滨江社区等50个社区“邢台市森林社区”称号、"
                                "信都区星宿民俗等30个个体单位“邢台市森林人家”称号。")
    # a count of work done is a statistic still (the year's afforestation), and so is a decision's after a ；
    assert not is_policy_count("全年完成造林5万亩。", "5万亩")
    assert not is_policy_count("决定授予10个村庄称号；全年完成造林5万亩。", "5万亩")
    assert as_done("共下达资金200万元（详见附件2）。") == "共下达资金200万元。"


def test_a_notices_decision_is_drafted_as_a_dated_act(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    _, out = seeds_draft(tmp_path, ws, {"2021-05-14_森林村庄称号通报.txt": NOTICE}, "634", "关于深入实施乡村绿化美化的建议",
                         "关于深入实施乡村绿化美化的建议\n\n建议深入实施乡村绿化美化，开展森林村庄、森林乡镇创建。\n",
                         "--deputy", "张丽芳", "--type", "A", "--proposal", "--date", "2024-05-20")
    document = docx.Document(out)
    said = next(p.text for p in part_one_of(document.paragraphs) if "滨江社区" in p.text)
    assert "2021年，为深入贯彻落实习近平生态文明思想" in said, said
    assert "市绿化委员会评审，授予信都区滨江社区等50个社区" in said, said
    assert "决定" not in said and "附件" not in said and "【待更新" not in said, said
    # its comment dates it, asking no newer value of a one-off batch
    notes = "".join(comments_on(out, said[:8]))
    assert "按来源日期写作“2021年”" in notes, notes
    assert "最新数值" not in notes and "全年" not in notes, notes
