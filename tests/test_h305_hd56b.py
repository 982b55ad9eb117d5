"""h305: findings of the held-out test hd56b (吕梁市生态环境局交城分局, 交城县), each on its seed's real lines.

a. A county's 政府工作报告 opening 我代表县人民政府向大会报告工作 (and 各位代表, 人民代表大会) was filed as 代表县's (外地) and
   left out: 代表 (and 代理) before a level word is a verb of acting for its body, no place's name (代表县, 代表市, 代表区),
   and 受 before one is 被's kin, the body entrusting (受…人民政府委托): the report is 交城县's.
b. A rank's move (全市排名第6，比2016年前移2位) is the rank's move (全市排名前移), never a second rank (was 全市排名 twice).
c. 食用菌110万棒 keeps its measure word (棒; was none); 打造500万吨的新型肥料产业园 counts the park (was 打造, a verb), 打造总产值50亿元
   the 总产值; a grade (600万吨级, 10万吨级) stays no figure (grammar.figure_matches: 级 after a figure is a class).
"""

from __future__ import annotations

from helpers import JIAOCHENG_REPORT, distil, first_saying, unit_workspace

from drafter.distill.figures import find_figures
from drafter.distill.metadata import _repeated_places
from drafter.distill.places import is_place, places_in

JIAOCHENG = ("吕梁市生态环境局交城分局", "市生态环境局交城分局", "交城县")
# seeds/2024-01-30_珠海市政府工作报告.txt of hd56c: its opening, a city's.
ZHUHAI_OPENING = ("  ——2024年1月30日在珠海市第十届人民代表大会第四次会议上\n\n  市长 黄志豪\n\n  各位代表:\n\n"
                  "  现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n")
# seeds/2018-05-16_交城县2018年政府工作报告.txt of hd56b (a page in traditional characters): its paragraph of the main
# indicators, as distilled (simplified), to its fourth rank.
INDICATORS_2018 = ("——发展速度稳步提升。全县地区生产总值完成72.2亿元，同比增长7.8%，全市排名第6，比2016年前移2位；规模以上企业工业增加值"
                   "完成50.2亿元，同比增长10.5%，全市排名第5，比2016年前移2位；一般公共预算收入完成5.2亿元，同比增长26.6%，"
                   "是经济下行以来全市财政收入唯一连续正增长的县；固定资产投资完成37.4亿元，同比增长45.4%，全市排名第2，比2016年前移6位；"
                   "社会消费品零售总额完成19.2亿元，同比增长6.6%，全市排名第5；")
# seeds/2021-04-23_交城县2021年工作安排.txt of hd56b: its second line's paragraph on industry, to its 建材 sentence, and its last.
INDUSTRY_2021 = ("推动工业转型升级。焦化行业,打造600万吨级的绿色焦化产业园。肥料行业,打造500万吨的新型肥料产业园。"
                 "建材行业,打造总产值50亿元的绿色建材产业园。白酒行业,打造10万吨级白酒基地。")


def test_a_a_county_report_spoken_for_its_government_is_the_countys(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JIAOCHENG), JIAOCHENG_REPORT, "2023-04-25_交城县政府工作报告.txt")
    assert ff.source.jurisdiction == "交城县"  # (was 代表县)
    assert {f.jurisdiction for f in ff.facts} == {"交城县"} and not any(f.external for f in ff.facts)
    crops = {f.raw: (f.counts, f.unit) for f in first_saying(ff.facts, "食用菌").figures}
    assert crops["110万棒"] == ("食用菌", "棒")  # (was 110万, no unit)
    assert crops["1100万株"] == ("种植花卉", "株")


def test_a_acting_for_a_levels_body_names_no_place():
    assert not any(is_place(w) for w in ("代表县", "代表市", "代表区", "代理县"))
    assert is_place("交城县") and is_place("珠海市")
    assert "代表市" not in _repeated_places(ZHUHAI_OPENING)  # (代表 said three times: was read as a name said again)
    assert "代表县" not in _repeated_places(JIAOCHENG_REPORT)
    # the body entrusting a report (受区人民政府委托,现将广元市利州区… of 利州区's budget report), its body named in full: its
    # places, no 受广元市
    assert [name for _, _, name in places_in("受广元市利州区人民政府委托,现将广元市利州区2024年预算执行情况")] == ["广元市", "利州区"] * 2


def test_b_a_ranks_move_is_no_second_rank():
    ranks = [(f.raw, f.counts) for f in find_figures(INDICATORS_2018) if f.unit == "位"]
    assert ranks == [("第6", "全市排名"), ("2位", "全市排名前移"), ("第5", "全市排名"), ("2位", "全市排名前移"),
                     ("第2", "全市排名"), ("6位", "全市排名前移"), ("第5", "全市排名")]


def test_c_a_thing_built_is_counted_not_its_verb_and_a_grade_is_no_figure():
    figures = [(f.raw, f.counts) for f in find_figures(INDUSTRY_2021)]
    assert figures == [("500万吨", "新型肥料产业园"), ("50亿元", "总产值")]  # (were 打造, 打造总产值)
