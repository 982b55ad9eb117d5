"""General reading rules found on held-out round 17 (units the earlier rounds did not hold — 云南 屏边's
农业农村和科学技术局, 山东 威海 环翠区's answer on village roads, 云南 马关's 交通运输局 and 新疆 博乐's 财政局; and pages an
earlier round had read, 云南 元谋's 交通运输局 and 浙江 龙游's 农业农村局 (round 16) and 陕西 宁陕's 农水局 (round 7), for
what they had left).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil


def test_a_plans_later_year_is_not_the_year_of_the_work_reported(tmp_path, workspace):
    """屏边县农业农村和科学技术局's reply (hhpb.gov.cn/info/156811/530401.htm), dated 2025, reports 自2020年以来…实施高标准
    农田建设项目8个 and then plans to 将项目包装纳入2026年项目库: the fact was dated 2026, a plan's year."""
    text = ("李正乔等代表:\n\n你们在屏边县十七届人大四次会议提出的《关于将湾塘乡毛家牛碑小河边片区农田整体纳入高标准农田建设的建议》"
            "的第99号建议,已转交我局研究办理,现将办理情况答复如下:\n\n"
            "自2020年以来,县农科局实施高标准农田建设项目8个,覆盖全县7个乡镇20个村委会4.27万亩高标准农田,概算投资5290万元。"
            "由于湾塘乡毛家牛碑小河边片区农田坡度大于25度角,不集中连片,不符合高标准农田建设选址要求,因此,将积极协调乡镇将项目包装"
            "纳入2026年项目库,待每年县级分配项目资金乡镇自行纳入当年度项目,方可以实施。\n\n2025年9月22日\n")
    fact = next(f for f in distil(tmp_path, workspace, text, "plan_year.txt").facts if "8个" in f.text)
    assert (fact.period.year, fact.period.until) == (2020, 2025)
    assert {g.year for g in fact.figures} == {2020}


# 威海市环翠区's reply on village roads (huancui.gov.cn/art/2025/6/20/art_57709_5617347.html).
ROADS = ("夏元任代表:\n您提出的《关于加大对农村道路硬化资金扶持的建议》的建议已收悉,现答复如下:\n"
         "一、乡村振兴领域内农村道路建设情况\n2024年投资334.6万元用于桥头村南桥梁新建工程项目,新建5-13米钢筋混凝土板桥一座。\n"
         "三、巩固脱贫攻坚成果领域内农村道路建设情况\n"
         "2024年累计拨付区级衔接资金316.28万元用于山路硬化整修,其中温泉镇栾家店村70万元,小庄村55万元,罗家村98万元。\n")


def test_a_village_a_clause_opens_on_or_money_is_used_for_is_the_figures_place(tmp_path, workspace):
    """环翠区's reply spends 334.6万元用于桥头村南桥梁… and breaks 316.28万元 down by village, 其中温泉镇栾家店村70万元，小庄村
    55万元…: no village was read as a place (小庄村's 55万元 was the district's, 70万元 温泉镇's) and each village was read as
    what its money counts."""
    figures = {g.raw: g for f in distil(tmp_path, workspace, ROADS, "villages.txt").facts for g in f.figures}
    assert [figures[raw].place for raw in ("334.6万元", "316.28万元", "70万元", "55万元", "98万元")] == [
        "桥头村", None, "温泉镇栾家店村", "小庄村", "罗家村"]
    assert (figures["55万元"].counts, figures["316.28万元"].counts) == (None, "拨付区级衔接资金")


def test_a_signatory_written_without_a_colon(tmp_path, workspace):
    """宁陕县农水局's reply page (round 7's excerpt of it, tests/test_heldout_round7.py) heads its reply with a row of fields without
    colons, 签发人 张某 签发日期 2023-09-07 17:16 …: the date was read, the signatory not (nor from 签发人张某)."""
    text = ("标题 对宁陕县第十九届人大二次会议 第247号建议的复函\n编号 247 办理部门 农水局 处理状态\n"
            "签发人 张某 签发日期 2023-09-07 17:16 发布日期 2023-09-08 10:16 类别 B\n\n杨某代表：\n\n"
            "您提出的《关于建设瓦南沟、红岩山高标准农田的建议》收悉，现答复如下：\n\n"
            "近年来，我县大力推进高标准农田项目建设，全县现有永久基本农田内高标准农田3.3万亩。\n")
    for page in (text, text.replace("签发人 张某", "签发人张某")):
        m = distil(tmp_path, workspace, page, "signed.txt").source
        assert (m.signatory, m.date, m.reply_class) == ("张某", "2023-09-07", "B")


@pytest.mark.parametrize("text", [
    ("熊林花代表:\n你提出的“关于修建方山村委会中嗄达至新发寨村小组连接道路的建议”,已交我们研究办理,现答复如下:\n"
     "“十三五”期间,全县农村公路建设任务主要是2017年通建制村路面硬化、全县50户以上自然村道路硬化、部分经济干线、"
     "边境乡镇20户以上自然村道路硬化建设。\n马关县交通运输局\n2020年9月18日\n"),
    ("肖亚军委员:\n你提出的《关于实施全县30户以上自然村通村公路硬化工程的提案》已交我们研究办理,现答复如下:\n"
     "2021年,县交通运输局对全县30户以上未硬化的自然村进村道路提前开展勘察设计工作,编制了项目库。"
     "据统计,我县30户以上未硬化自然村进村道路共计84个228公里。\n元谋县交通运输局\n2022年8月1日\n"),
])
def test_a_threshold_classing_what_is_counted_is_no_figure(tmp_path, workspace, text):
    """马关县交通运输局's reply (ynmg.gov.cn/info/2089/67562.htm) names the roads of 全县50户以上自然村 and 边境乡镇20户以上
    自然村, 元谋县交通运输局's (yncxym.gov.cn/info/egovinfo/1007/overt_centent/11532328015177503N-/2022-0824027.htm) those of
    全县30户以上未硬化的自然村: each threshold was read as a figure, households counted by the roads."""
    raws = [g.raw for f in distil(tmp_path, workspace, text, "threshold.txt").facts for g in f.figures]
    assert not any("户" in raw for raw in raws)
    assert raws == ([] if "马关" in text else ["84个", "228公里"])


def test_the_suggestion_restated_is_no_work_of_the_bureau(tmp_path, workspace):
    """龙游县农业农村局's reply (longyou.gov.cn/art/2025/8/11/art_1229838623_5565564.html) opens its answer 建议中提到的横路祝村
    下畈自然村因…导致约108亩耕地存在抛荒现象，并要求…。我局高度重视…: the deputy's words and the bureau's answer were one fact
    of its work, the 108 acres of waste land among its results."""
    text = ("姜xx代表:\n\n您在县十四届人大四次会议上提出的《关于建设横路祝村高标准农田整治项目的建议》已转至我局办理。"
            "现将有关情况答复如下:\n\n建议中提到的横路祝村下畈自然村因农田基础设施薄弱导致约108亩耕地存在抛荒现象,"
            "并要求在横路祝村开展高标准农田项目建设。我局高度重视,组织专业人员通过现场勘察和图斑对比,该地块近年已开展高标准农田建设。\n")
    facts = distil(tmp_path, workspace, text, "restated.txt").facts
    said, answer = [(f.kind, f.text) for f in facts]
    assert said[0] == "context" and said[1].startswith("建议中提到的") and said[1].endswith("项目建设。")
    assert answer == ("done", "我局高度重视，组织专业人员通过现场勘察和图斑对比，该地块近年已开展高标准农田建设。")


def test_a_list_number_run_into_its_items_year(tmp_path, workspace):
    """博乐市财政局's reply (xjbl.gov.cn/info/1290/71409.htm) lists 1.2017-2021年安排上级专项资金共计454万元；
    2.2020-2021年本级财力安排资金37.61万元；3.2017年之前，…: the list number's dot was read as a decimal point (a figure
    3.2017年, the spans lost: 454万元 was 2021's alone), and a span before 安排 or 本级 was no span."""
    text = ("冬花委员:\n您在博乐市政协十届一次会议上提出的“关于合理拨付文物保护专项经费的提案”(第10号建议)收悉,现答复如下:\n"
            "二.建议办理情况\n1.2017-2021年安排上级专项资金共计454万元;\n2.2020-2021年本级财力安排资金37.61万元;\n"
            "3.2017年之前,博乐市每年预算安排5-10万元专项用于文物保护工作经费。\n博乐市财政局\n2021年11月19日\n")
    facts = distil(tmp_path, workspace, text, "numbered.txt").facts
    spans = {g.raw: (f.period.year, f.period.until) for f in facts for g in f.figures}
    assert (spans["454万元"], spans["37.61万元"]) == ((2017, 2021), (2020, 2021))
    assert sorted(spans) == ["37.61万元", "454万元", "5-10万元"]
