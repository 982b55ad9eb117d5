"""hx70b1: findings of the held-out test hd70b (内蒙古自治区卫生健康委员会, a reply to a 集体提案), each on its seed's real lines.

1. "2019年，要加快…建设。启动…二期建设，…建成…并通过国家验收。" of a work meeting's report of 2019-01-15 is that year's plan, its
   items after it too (was done work, and drafted as 一是启动自治区国际蒙医医院二期建设… under 基本情况).
2. A ；-part referring back (另有3所…) keeps the part it refers to when the rest is cut off the topic (was 二是…，另有3所…).
3. A count of a programme's parts (…是健康内蒙古17个专项行动之一; 10大工程、35项任务) is no figure for a period: no 统计期 flag.
4. A proposal's placeholders name its proposer a 委员 (【待补充：委员姓名】委员：, was 代表姓名) and the item a 提案.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.compose.sentences import bigrams, is_policy_count, is_term, on_topic_parts
from drafter.compose.wording import Wording

BUREAU = ("内蒙古自治区卫生健康委员会", "自治区卫生健康委", "内蒙古自治区")
# seeds/2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt of hd70b: its first two lines and its plan for 2019 (shortened).
MEETING = ("会议现场\n\n15日上午,全区蒙医药中医药工作会议在呼和浩特召开。本次会议是自治区卫生健康委组建以来,召开的第一次全区蒙医药中医药工作会议。\n\n"
           "2019年,要加快蒙医中医医院基础设施建设。启动自治区国际蒙医医院二期建设,每个盟市级蒙医中医医院至少1所达到三级甲等,"
           "其他盟市级蒙医中医医院达到三级标准。全面完成55个旗县蒙医中医医院建设任务,80%以上达到二级甲等水平。同时,加强蒙医药中医药"
           "信息化建设。建成自治区蒙医药中医药数据中心并通过国家验收。所有盟市、旗县蒙医中医医院纳入自治区蒙医药中医药远程医疗平台。\n")
# Its paragraph on the year past, the sentence after 目前 (as distilled: full-width marks).
HOSPITALS = ("目前，55所旗县级蒙医中医医院建设项目有27所已投入使用、25所完成主体工程，3所在建；另有3所自治区级蒙医中医医院纳入国家中医药"
             "传承创新项目储备库，6所旗县级蒙医中医医院列入国家全民健康保障工程建设项目。")
# seeds/2020-08-07_mengyiyao-zhenxing-xingdong.txt of hd70b: the programme's place among the region's.
ONE_OF = "蒙医药中医药振兴行动是健康内蒙古17个专项行动之一，该行动的总体目标是实现人人享有蒙医药中医药服务。"


def test_1_a_years_must_in_a_work_meeting_is_that_years_plan(tmp_path):
    facts = distil(tmp_path, unit_workspace(tmp_path / "ws", *BUREAU), MEETING, "2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt").facts
    # (the plan's lead and its items, each as the base keeps it: its opening words, kind and year — was done)
    items = ("启动自治区国际蒙医医院二期建设", "全面完成55个旗县", "建成自治区蒙医药中医药数据中心")
    kept = {item: (f.text[:9], f.kind, f.period.year) for item in items for f in [first_saying(facts, item)]}
    assert set(kept.values()) == {("2019年，要加快", "plan", 2019)}


def test_2_a_part_referring_back_keeps_the_part_it_refers_to():
    words = bigrams("国家中医药传承创新项目储备库全民健康保障工程")  # (the second part's matter, not the first's)
    kept = on_topic_parts(HOSPITALS, words)
    assert kept == HOSPITALS  # (was 另有3所自治区级蒙医中医医院纳入…, its count's other half cut)
    # (a part that does not refer back is still cut: the same sentence without 另有)
    alone = HOSPITALS.replace("另有3所", "3所")
    assert on_topic_parts(alone, words).startswith("3所自治区级蒙医中医医院纳入")


def test_3_a_programmes_parts_are_no_figures_for_a_period():
    assert is_term(ONE_OF, "17个")  # (was flagged 【待更新：统计期】)
    assert is_term("全面实施10大工程、35项任务，推动蒙医药中医药振兴发展。", "35项")
    # (tasks carried out are a result; a plan's tasks issued are its history, dated by the year it was issued)
    assert not is_term("全年完成12项任务。", "12项")
    issued = "印发《蒙医药中医药振兴行动实施方案》，明确13项重点任务。"
    assert not is_term(issued, "13项") and is_policy_count(issued, "13项")


def test_4_a_proposals_placeholders_name_a_member_and_a_proposal(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *BUREAU)
    wording = Wording.of(ws)
    said = {p: wording.render("addressee", role="主办", proposal=p, collective=False) for p in (True, False)}
    assert said[True] == "【待补充：委员姓名】委员："  # (was 【待补充：代表姓名】委员：)
    assert said[False] == "【待补充：代表姓名】代表："
    opened = wording.render("opening", proposal=True, role="协办", lead="自治区发展改革委", self_name="我委")
    assert "提案标题" in opened and "提案编号" in opened and "建议" not in opened
