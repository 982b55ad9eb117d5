"""dx61: distillation faults of the held-out rounds hd72a (蓬溪县交通运输局) and hd71a (平陆县), each on its seed's real lines.

1. A reply's date whose 年 and 月 the page lost (2021716日, signed 2021年7月16日) is its date where its digits read one way as a
   day not after the page's posting (was the posting day, 2021-08-30); an ambiguous run (2021111日) or a day after is none.
2. A forum's anti-scraping strings (…交通网。8 o1 _1 N& M3 z: r, }$ z: {3 m' Z1 l) are no words of the text: gone from its facts'
   texts and labels (was [全长), a line of them alone no fact; Latin terms (PM2.5, GDP, 5G, G318) stay. A bullet run into a line
   parts a figure's label from a photo's credit before it (全程票价, was 何飞摄●全程票价).
3. A short line holding a figure (途经遂宁市、潼南区14个乡镇) or opening on a plan by its year (计划2024年开通…, 力争2025年之前建成)
   is a statement, no heading.
4. A count closing a list of towns with its total (…张店镇、圣人涧镇共7个乡镇121个行政村, hd71a) is the county's, no place of the
   listed towns' (was 常乐镇、张村镇、…、圣人涧镇); a figure after a list of places it is theirs (雷牙镇、杜康镇划定…2000亩) still is.
5. A year opening a sentence (2008年12月第八届村民委员会换届之后，…) reaches no sentence after one saying time went on since
   (短短的两年时间，…): the later figures (4800余亩小麦, 1300余亩桃…) take no year from it (were 2008's), only their page's date, whose
   basis says the text named none; a figure before such a sentence keeps it.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.figures import normalise
from drafter.distill.places import figure_places
from drafter.read.clean import strip_jammer

PENGXI = ("蓬溪县交通运输局", "县交通运输局", "蓬溪县")
# seeds/2021-07-16_蓬溪县交通运输局政协46号提案答复农村客运站.txt of hd72a: its head, first paragraph and signature.
COACH_STATIONS = (
    "政府信息公开\n\n关于县政协十届六次会议第46号提案答复的函\n\n来源:蓬溪县交通运输局 发布时间:2021-08-30 17:23 浏览次数: 字体: [ ] 打印\n\n"
    "蓬溪县交通运输局\n\n关于县政协十届六次会议第46\n\n提案答复的函\n\n \n\n邓碧蓉、蒲文常、杜林等县政协委员:\n\n"
    "你们在县政协十届六次会议上提出的《关于加强农村客运站建设的建议》(第46号提案)已转交我们办理,现将办理情况复函如下:\n\n"
    " 目前,我县有乡镇客运站3个,分别是任隆、高升、文井3个乡镇,多数乡镇无客运站,存在部分农村客运车辆乱停乱放问题,存在一定安全隐患。"
    "针对你们提出的加强农村客运站建设问题,我局从以下几个方面开展工作。\n\n"
    "感谢你们对我县交通运输工作的关注和支持,同时也真诚欢迎对交通运输工作提出宝贵意见和建议。\n\n此复\n\n谢谢!\n\n \n\n"
    "     蓬溪县交通运输局        \n\n2021716日    \n\n扫一扫在手机打开当前页\n"
)
COACH_NAME = "2021-07-16_蓬溪县交通运输局政协46号提案答复农村客运站.txt"

# seeds/2021-01-14_遂潼两地共同规划建设112344交通网.txt of hd72a: a forum's thread, its post's lines as the page printed them.
FORUM_POST = (
    "[发展新步伐] 遂潼两地共同规划建设“112344”交通网\n\n[复制链接]\n"
    "清风丶小筑 发表于 2021-1-14 10:29:51 | 显示全部楼层 |阅读模式\n\n马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。\n\n"
    "您需要 登录 才可以下载或查看,没有账号?立即注册\n\n×\n"
    "为加快落实四川省、重庆市支持遂潼建设川渝毗邻地区一体化发展先行区的决策部署,遂宁、潼南两地交通运输部门共同规划建设“112344”交通网。"
    "8 o1 _1 N& M3 z: r\n                                  一环\n% h, {7 g+ c6 q3 d) C遂潼一体化大环线\n"
    "  X1 w$ |3 |0 ]; v0 U/ w  m* m由省道207、省道209、省道540、$ E+ U& r8 A2 k4 L$ F\n涪江沿江通道等道路组成\n"
    "* R& {6 R8 \\6 N2 O; [全长约180公里5 V. L/ ~( l* }# r8 Y\n途经遂宁市、潼南区14个乡镇\n"
    ") ^; K( a, B8 [/ O& m, H9 B规划按二级及以上公路技术标准建设\n, L) k8 _( g& X+ L* H+ H, G$ b* {力争2025年之前建成9 X4 l& [/ E! M0 H6 s$ L\n"
    "                                   一水\n0 J\" H) U3 R& E; M6 r; }- K涪江复航0 }% L6 \\7 U( {\n计划2024年开通遂宁至重庆货运水上穿梭巴士\n"
    ") O& Q* w6 }9 u9 ?5 v0 ], Y: R; v! F二机. G1 l$ Z- g7 Y\n"
    "计划到2025年规划内高速建成通车\n+ }$ z: {3 m' Z1 l             \n"
)
FORUM_NAME = "2021-01-14_遂潼两地共同规划建设112344交通网.txt"

# seeds/2020-04-24_遂潼两地首条城际公交线路开行.txt of hd72a: its headline and first line.
BUS_LINE = ("遂潼两地首条城际公交线路开行\n"
            "4月 23日,遂潼两地首条跨省城际公交线路开行。何飞摄●全程票价最高5元,对老年人、学生等群体实施减免票价●目前,蓬溪蓬南与潼南古溪,"
            "蓬溪蓬南、群利与合川二郎跨省公交开行事宜已基本谈妥。\n")

PINGLU = ("平陆县农业农村局", "县农业农村局", "平陆县", "圣人涧镇, 常乐镇, 张店镇, 张村镇, 洪池乡, 杜马乡, 部官乡")
# seeds/2012-01-01_平陆苹果.txt of hd71a: its head, its page's tags and the line of the county's towns.
APPLES = ("好口特产\n\n好口特产 > 山西 > 运城\n\n平陆苹果\n\n平陆苹果.jpg\n\n平陆苹果\n\n"
          "平陆是我省重要的水果生产基地,全县共种植水果35万亩,其中苹果面积达25万亩。\n\n果品\n\n山西\n\n平陆县果业局\n\n"
          "平陆县所辖洪池乡、常乐镇、张村镇、杜马乡、部官乡、张店镇、圣人涧镇共7个乡镇121个行政村。"
          "地理坐标为东经110°55′~111°15′,北纬34°45′~34°59′\n")

# seeds/2010-12-01_张店村介绍.txt of hd71a: its breadcrumb, title and the paragraph's first sentences.
VILLAGE = ("导航 : 首页 山西 运城 平陆县 张店镇 张店村\n\n张店村介绍\n\n"
           "张店村是张店镇政府所在地,位于平陆县城北14公里处,距运城市区18公里。张店村地域面积12平方公里,11个村民小组,862户,3319口人。 "
           "2008年12月第八届村民委员会换届之后,党支部、村委会经过认真研究,结合我村的实际情况,提出了以“新农村建设——改善民生为重点,"
           "稳定粮农生产——进一步深加工,提升桃果品质,加快露地西红柿发展”的战略目标。 在县委、县政府及张店镇党委、政府的正确领导和大力支持下,"
           "很快确立了“扶贫移民搬迁的新农村建设工程”。短短的两年时间,通过支、村委一班人的努力,村级组织活动场所和三幢居民楼拔地而起。 "
           "小麦生产稳中有升。4800余亩小麦面粉销往全国各地,独特的气候条件造就了张店的馒头别有风味(小麦生长期比其他小麦长40天),销售网络初具规模。 "
           "闻名三晋的“红不软”桃1300余亩,年产量800万斤,销往港、澳一带,无公害桃果生产基地日趋走上正规之路。\n")


def _facts(tmp_path, bureau: tuple, page: str, name: str, ws: str = "ws"):
    """``page`` (a seed's lines) distilled as ``name`` in a workspace of ``bureau``: its facts."""
    return distil(tmp_path, unit_workspace(tmp_path / ws, *bureau), page, name).facts


def test_1_a_signature_date_run_together_is_read_where_one_day_not_after_the_posting(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *PENGXI)
    assert distil(tmp_path, ws, COACH_STATIONS, COACH_NAME).source.date == "2021-07-16"  # (was 2021-08-30, the posting)
    ambiguous = COACH_STATIONS.replace("2021716日", "2021111日")  # (1月11日 or 11月1日)
    assert distil(tmp_path, ws, ambiguous, COACH_NAME).source.date == "2021-08-30"
    later = COACH_STATIONS.replace("2021716日", "2021916日")  # (after the page was posted: no signing day)
    assert distil(tmp_path, ws, later, COACH_NAME).source.date == "2021-08-30"


def test_2_a_forums_anti_scraping_strings_are_no_words_of_its_facts(tmp_path):
    facts = _facts(tmp_path, PENGXI, FORUM_POST, FORUM_NAME)
    said = [f.text for f in facts] + [g.counts or "" for f in facts for g in f.figures] + [h for f in facts for h in f.section]
    assert not [t for t in said if any(j in t for j in ("z:", "N&", "$", "{", "[", "]"))]
    assert first_saying(facts, "共同规划建设").text.endswith("“112344”交通网。")
    assert first_saying(facts, "省道207").text.startswith("由省道207")  # (was % h, {7 g+ c6 q3 d) C遂潼一体化大环线X1 w$ …由省道207)
    assert strip_jammer("推进PM2.5 GDP 5G APP G318 a b治理") == "推进PM2.5 GDP 5G APP G318 a b治理"
    assert strip_jammer("| 1 | 23 | 45 | 67 | 89 |") == "| 1 | 23 | 45 | 67 | 89 |"  # (a table's row of figures)


def test_3_a_short_line_with_a_figure_or_a_dated_plan_is_a_statement_no_heading(tmp_path):
    facts = _facts(tmp_path, PENGXI, FORUM_POST, FORUM_NAME)
    towns = first_saying(facts, "14个乡镇")
    assert towns.text == "途经遂宁市、潼南区14个乡镇" and [g.raw for g in towns.figures] == ["14个"]
    boat = first_saying(facts, "水上穿梭巴士")
    assert boat.text == "计划2024年开通遂宁至重庆货运水上穿梭巴士" and (boat.kind, boat.period.year) == ("plan", 2024)
    assert first_saying(facts, "力争2025年之前建成").section == ["规划按二级及以上公路技术标准建设"]
    headings = {h for f in facts for h in f.section}
    assert not headings & {"途经遂宁市、潼南区14个乡镇", "计划到2025年规划内高速建成通车", "计划2024年开通遂宁至重庆货运水上穿梭巴士"}


def test_2b_a_bullet_run_into_a_line_parts_a_label_from_the_photo_credit_before_it(tmp_path):
    facts = _facts(tmp_path, PENGXI, BUS_LINE, "2020-04-24_遂潼两地首条城际公交线路开行.txt")
    fare = next(g for f in facts for g in f.figures if g.raw == "5元")
    assert fare.counts == "全程票价"


def test_4_a_list_of_towns_totalled_is_the_countys_count_no_towns(tmp_path):
    facts = _facts(tmp_path, PINGLU, APPLES, "2012-01-01_平陆苹果.txt")
    towns = first_saying(facts, "121个行政村")
    assert {g.raw: g.place for g in towns.figures} == {"7个": None, "121个": None} and towns.jurisdiction == "平陆县"
    listed = normalise("在雷牙镇、杜康镇划定建设2000亩核心区")  # (hd51b's: the two towns', still)
    assert figure_places(listed, [listed.index("2000")], "孟州市", "孟州市") == ["雷牙镇、杜康镇"]


def test_5_a_year_reaches_no_sentence_after_one_saying_time_went_on(tmp_path):
    facts = _facts(tmp_path, PINGLU, VILLAGE, "2010-12-01_张店村介绍.txt")
    wheat = first_saying(facts, "4800余亩")
    later = {g.raw: g.year for f in facts for g in f.figures if g.raw in ("4800余亩", "40天", "1300余亩", "800万斤")}
    assert later == dict.fromkeys(("4800余亩", "40天", "1300余亩", "800万斤"))  # (were 2008)
    assert (wheat.period.year, wheat.period.basis) == (2010, "document date")
    moved = VILLAGE.replace("短短的两年时间,", "")  # (no word of the time gone by: the year's setting reaches on, as before)
    facts = _facts(tmp_path, PINGLU, moved, "2010-12-01_张店村介绍.txt", "ws2")
    assert {g.year for f in facts for g in f.figures if g.raw == "1300余亩"} == {2008}
