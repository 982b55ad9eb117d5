"""h323: findings of the code review rv20 on metadata, reading and structure.

1. A city paper's page on one of its counties (巴中日报 on 平昌县's tea, its title naming no place) is that county's: the outlet's
   city is the last fallback, after the place below the city's level the text names most — never a county's figures as 我市's.
2. A forum's button words are chrome only as a short line of their own: a bureau's summary saying 实现电梯直达各楼层 is no forum
   post (was news), nor a numbered item saying 全部配备电梯直达地下车库 chrome.
3. 推广 is a verb of asking (grammar.ASKING_VERBS), no word one pattern adds for itself: a two-part report's task said bare
   (全面推广…) is still of its plan part, and an ask's thing is named without it (推广绿色种养循环技术 → 绿色种养循环技术, as
   扩大种植面积 → 种植面积), a unit's name holding it kept whole (农业技术推广中心).
4. A place's profile is one title (grammar.PLACE_PROFILE) for the reader of a page's class and for the selection's reports of the
   place as a whole: a town's 概况 background (was done: no 镇/乡 in the reader's), a county's 简介 the county's own document (was
   the bureau's: no 简介 in the selection's); 县情况 and 浓浓乡情 neither.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.compose.asks import matters
from drafter.compose.select import place_issued
from drafter.distill.structure import default_class, in_plan_part
from drafter.model import SourceMeta
from drafter.read.clean import is_chrome, normalize_space
from helpers import HUOQIU

BAZHONG = ("巴中市农业农村局", "市农业农村局", "巴中市", "巴州区, 恩阳区, 通江县, 南江县, 平昌县")
COUNTY_NEWS = ("茶产业铺就致富路\n2023-05-10 来源：巴中日报\n近年来，平昌县大力发展茶产业，全县茶园面积达到30万亩。\n"
               "2022年，新建标准化茶园2万亩，实现综合产值18亿元，带动2.1万户农户增收。\n")


def test_a_city_papers_page_on_a_county_is_the_countys(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *BAZHONG), COUNTY_NEWS, "2023-05-10_news.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("巴中日报", "平昌县")  # (was 巴中市)
    assert first_saying(ff.facts, "新建标准化茶园2万亩").jurisdiction == "平昌县"
    # (a page speaking of the city as its own, naming a district's deed once, stays the city's: test_h246_rv8's 邢台日报 page)
    city = distil(tmp_path, unit_workspace(tmp_path / "ws2", "邢台市林业局", "市林业局", "邢台市"),
                  "我市国土绿化工作取得新进展\n\n2024-01-10 来源：邢台日报\n\n2023年，全市新增国家级森林乡村15个，"
                  "任泽区新增省级森林乡村120个。\n", "2024-01-10_国土绿化.txt")
    assert city.source.jurisdiction == "邢台市"


# /tmp/rv20/t12: a county bureau's year summary (its heading, its paragraph of results, its signature).
LIFTS = ("霍邱县住房和城乡建设局2023年工作总结\n一、工作成效\n2023年，我局完成老旧小区改造12个，为既有住宅加装电梯36部，"
         "实现电梯直达各楼层，惠及居民1200户，改造燃气管道15公里，新建停车位800个。\n霍邱县住房和城乡建设局\n2023年12月20日\n")


def test_a_forums_button_words_inside_a_sentence_are_no_forum(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "霍邱县住房和城乡建设局", "县住建局", "霍邱县", "城关镇, 孟集镇")
    ff = distil(tmp_path, ws, LIFTS, "2023-12-20_summary.txt")
    assert ff.source.kind == "work_report"  # (was news: 电梯直达 read as a forum's button)
    assert first_saying(ff.facts, "加装电梯36部").kind == "done"
    assert not is_chrome("2. 新建住宅楼12栋，全部配备电梯直达地下车库，总投资3.2亿元。")  # (was chrome: a numbered button)
    for line in ("楼主| 只看该作者 |倒序浏览", "电梯直达", "不甚了了 楼主回复", "  2. 倒序看帖"):  # (a line of buttons still is)
        assert is_chrome(normalize_space(line)), line


def test_to_spread_is_a_verb_of_asking():
    assert matters("建议加强基层农技推广体系建设，推广绿色种养循环技术。") == ["建议加强基层农技推广体系建设", "绿色种养循环技术"]
    assert matters("加强农业技术推广中心队伍建设") == ["农业技术推广中心队伍建设"]
    assert in_plan_part([], "全面推广“田长制”管理模式，持续推进高标准农田建设。", [], 2024)


def test_a_place_profile_is_one_title_for_reading_and_selecting(tmp_path):
    assert default_class("work_report", "孟集镇概况") == "context"  # (was done)
    assert default_class("work_report", "霍邱县情2022年城市建设") == "context"
    for title in ("霍邱县城市管理工作情况", "浓浓乡情暖人心"):
        assert default_class("work_report", title) == "done", title
    ws = unit_workspace(tmp_path / "ws", *HUOQIU)

    def report(title: str) -> SourceMeta:
        return SourceMeta(id="a", path="a.txt", sha256="", kind="work_report", title=title, jurisdiction="霍邱县")

    assert place_issued(report("霍邱县简介"), ws)  # (was the bureau's own)
    assert place_issued(report("霍邱县情2022年城市建设"), ws)
    assert not place_issued(report("霍邱县城市管理工作情况"), ws)
