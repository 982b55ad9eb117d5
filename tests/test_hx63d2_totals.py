"""hx63d2: findings of the held-out tests hd63a (重庆市南川区林业局) and hd63b (金华市医疗保障局), each on its seed's real lines.

ID1. A count whose name runs straight into another count of the same unit (10项涉林任务顺利销号4项) counts the thing (涉林任务), the
     second the state between them (顺利销号); a clause after them that is a state alone (正按程序开展销号6项) is that state.
J2.  A paragraph opening on the centre (习近平总书记…指出) whose later sentence's actor is a lower government (省委、省政府认真贯彻落实
     中央决策部署，…试点探索) is cut there: that government's work, not 全国.
J1.  A place named only as a sub-venue (论坛在宁波市政协、嘉兴市政协设分会场) sets no page's place; a province's page naming its province
     nowhere short names it by its outlet (浙江日报 → 浙江省).
-    A level word closing words before a list of levels (稳定运行区、乡镇（街道）、村（社区）“三级…”) names no place.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.facts import place_split
from drafter.distill.figures import find_figures
from drafter.distill.places import places_in

# seeds/2023-01-18_重庆市林业局新春干部大会总结2022年工作.txt of hd63a: a clause of its second paragraph.
TASKS = "第二轮中央环保督察10项涉林任务顺利销号4项，正按程序开展销号6项；林长制工作获国务院督查激励"
# seeds/2023-04-20_黔江区林业局三防并举森林防火.txt of hd63a: its third line's opening.
LEVELS = "人防打基础。稳定运行区、乡镇（街道）、村（社区）“三级林长和网格护林员”责任体系，落实464名林长和1424名网格护林员，共开展巡林护林1万余人次"
# seeds/2022-10-28_zjrb-changhuxian-forum.txt of hd63b: its page head and its first three paragraphs.
FORUM = ("浙江日报 数字报纸\n\n\n00001版:一版要闻\n\n健全长期护理保险制度\n\n省政协举行民生协商论坛 黄莉新主持\n\n"
         "  本报讯 (记者 万笑影) 10月25日下午,省政协举行民生协商论坛,围绕“健全长期护理保险制度”协商议政。省政协主席黄莉新主持。\n\n"
         "  习近平总书记在党的二十大报告中指出,增进民生福祉,提高人民生活品质。黄莉新说,建立长期护理保险制度,是党中央为应对人口老龄化、"
         "健全社会保障体系作出的重要部署。省委、省政府认真贯彻落实中央决策部署,连续多年开展长期护理保险制度试点探索,取得阶段性成效。"
         "要认真贯彻落实党的二十大精神,围绕省委、省政府决策部署,坚持以人民为中心的发展思想,紧扣“两个先行”目标任务,抓好关键环节,强化联动协同,"
         "着力提升保障效能和管理水平,加快形成多元参与良好格局。全省各级政协组织和广大政协委员要持续关注,积极建言献策,为稳步推行长期护理保险制度贡献智慧力量。\n\n"
         "  省政协社会和法制委员会负责人汇报前期调研情况,部分政协委员、专家、界别群众代表在主会场或通过远程视频连线方式参加。"
         "论坛在宁波市政协、嘉兴市政协设分会场,并通过数字政协“协商在线”网络直播,访问量17.6万人次。\n")
JINHUA = ("金华市医疗保障局", "市医保局", "金华市", "婺城区, 金东区, 兰溪市, 东阳市, 义乌市, 永康市, 武义县, 浦江县, 磐安县")


def test_id1_a_total_running_into_its_part_counts_the_thing_the_part_its_state():
    labels = [(f.raw, f.counts) for f in find_figures(TASKS)]
    assert labels == [("10项", "涉林任务"), ("4项", "顺利销号"), ("6项", "正按程序开展销号")]


def test_id1_a_count_not_running_into_one_keeps_its_name():
    # (the state after the thing, its figure after a comma: no total, 涉林任务顺利销号 whole; nor a figure of another unit)
    assert find_figures("10项涉林任务顺利销号，共4项")[0].counts == "涉林任务顺利销号"
    assert find_figures("建成10个涉林项目顺利投用4万元")[0].counts == "涉林项目顺利投用"


def test_j2_a_lower_government_carrying_out_the_centres_policy_is_cut_from_the_central_opening():
    paragraph = next(p for p in FORUM.split("\n\n") if "习近平" in p).strip().replace(",", "，")
    pieces = place_split(paragraph)
    assert len(pieces) == 2 and pieces[0].startswith("习近平总书记") and pieces[1].startswith("省委、省政府认真贯彻落实中央决策部署")


def test_j1_j2_the_provincial_forum_is_the_provinces_its_sub_venues_and_the_centre_set_no_place(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JINHUA), FORUM, "2022-10-28_zjrb-changhuxian-forum.txt")
    assert ff.source.jurisdiction == "浙江省"  # (was 宁波市, the sub-venue's)
    assert first_saying(ff.facts, "设分会场").jurisdiction == "浙江省"
    assert first_saying(ff.facts, "习近平总书记").jurisdiction == "全国"
    pilot = first_saying(ff.facts, "连续多年开展长期护理保险制度试点探索")
    assert pilot.jurisdiction == "浙江省" and "习近平" not in pilot.text  # (was in the 全国 statement)


def test_a_level_word_before_a_list_of_levels_names_no_place():
    assert places_in(LEVELS) == []
    assert [name for _, _, name in places_in("宜昌市、县两级财政")] == ["宜昌市"]  # (a known city before its levels is one)
