"""h230: figures and page reading left undone at the last stop, each on a real line of a tester's saved page.

A list item's doer and verb name what it counts (量子雷达推送热点62处); a percentage-point change is what narrowed
(较一季度收窄22.6个百分点); a lede trailing off in …… stops before a photo's label line; an item's heading sentence
(● 实施科技重大支持项目。) is no fact; a person's post in the city government (市政府党组成员) makes no issuer of it.
"""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.figures import find_figures
from drafter.read import read_document


def _counts(line: str, raw: str) -> str | None:
    return next(f.counts for f in find_figures(line) if f.raw == raw)


# hd42b: 宿州市砀山县坚持“统源管面”推进环境空气质量持续改善 (2024-09-29), its dust item.
DUST = "今年以来,共检查建筑工地55处、量子雷达推送热点62处、扬尘源38个,责令落实管控措施。"


def test_a_list_items_doer_and_verb_name_what_it_counts():
    """The list's verb (检查) opens its first item; the second's own verb after its doer (量子雷达推送) is part of the name
    of the hot spots inspected, not where their name opens (热点 alone lost which hot spots)."""
    assert _counts(DUST, "62处") == "量子雷达推送热点"
    assert _counts(DUST, "38个") == "扬尘源"


def test_an_item_opening_on_a_preposition_has_no_doer():
    """为企业解决技术难题457项 (seeds/000_…: 推动科研院所服务企业2089家、为企业解决技术难题457项、…): 为企业 is no doer."""
    line = ("组织举办6场大院大所赋能产业高质量发展专场活动,推动科研院所服务企业2089家、为企业解决技术难题457项、"
            "与企业合作研发及技术成果转化项目297项。")
    assert _counts(line, "457项") == "技术难题"


# hd42c: 黄石 2020-08-02 外贸百强 page.
EXPORTS = ("1—6月,全市累计完成外贸进出口107亿元,同比下降27.3%,总量居全省第三,其中完成出口44.3亿元,总量居全省第五,"
           "但较一季度收窄22.6个百分点。")


def test_a_percentage_point_narrowing_counts_what_narrowed():
    """22.6个百分点 counted nothing (or 但, stored): it is how far the exports' fall narrowed since the first quarter."""
    figure = next(f for f in find_figures(EXPORTS) if f.raw == "22.6个百分点")
    assert (figure.unit, figure.counts) == ("个百分点", "出口收窄")


# 中国青年报 2020-04-17 (news.cyol.com, a stored page): 国家统计局's first quarter.
INDUSTRY = ("其中,3月份规模以上工业增加值同比下降1.1%,降幅较1-2月份收窄12.4个百分点;环比增长32.13%,"
            "工业产出规模接近去年同期水平。")


def test_a_fall_narrowed_is_the_fall_of_what_fell_and_a_change_is_of_no_change():
    """降幅…收窄12.4个百分点 counted 降幅 (whose?), and 环比增长32.13% counted 长 (比增 read as its stop): both are of the
    output that fell, 规模以上工业增加值."""
    assert _counts(INDUSTRY, "12.4个百分点") == "规模以上工业增加值降幅收窄"
    assert _counts(INDUSTRY, "32.13%") == "规模以上工业增加值增长"


def test_a_rise_after_a_count_added_is_of_the_thing_counted():
    """hd45a's 2021年工作总结: 事故起数增加1起,上升2.17% counted 事故起数增加上升, a change of a change."""
    line = "领域共发生亡人事故46起、死亡51人,与2020年同期比,事故起数增加1起,上升2.17%;死亡人数同比增加5人,上升10.90%。"
    assert _counts(line, "2.17%") == "事故起数上升"


# hd43a: 薛城农贸市场整治提升 (2018-07-30), the lede before the photos of each market, each under its label line.
MARKETS = """创建国家卫生城市号角吹响后,今年年初开始,薛城区广筹资金整治市场市容环境,全面提升环境品质,擦亮“菜篮子”新招牌,让“美丽薛城”更加名副其实,老百姓购物更加放心、舒心。

近日,记者来到这几个市场,薛城几代人记忆中的这几个市场,已不是旧模样……

北批市场

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

薛城区将农贸市场改造纳入惠民工程,围绕治脏,增加市场保洁人员、管理人员多名,在活禽售卖区,建设了活禽售卖板房区域,隔离售卖,不断加大市场卫生保洁的频次和管理力量。
"""


def test_a_lede_trailing_off_stops_before_a_label_line(tmp_path):
    """The lede's …… ends it: the market's name on the next line was glued on (…已不是旧模样……，北批市场。)."""
    path = tmp_path / "2018-07-30_薛城农贸市场整治提升.txt"
    path.write_text(MARKETS, "utf-8")
    paragraphs = read_document(path).text.split("\n")
    assert "近日，记者来到这几个市场，薛城几代人记忆中的这几个市场，已不是旧模样……" in paragraphs
    assert "北批市场" in paragraphs


# hd44a: 浙江日报 2007-06-08 温岭市 以区域为重点强化创新体系建设, its bulleted items.
INNOVATION = """温岭市
以区域为重点强化创新体系建设

  ● 建设国家可持续发展实验区。

  温岭是我省首家县级国家可持续发展实验区。自2004年以来,该市财政每年安排生态专项资金300万元,重点用于补助生态示范点建设。

  ● 实施科技重大支持项目。

  近几年来,温岭市做到科技经费与科技资源的综合集成,有力地促进了高新技术产业的发展。这项政策实施七年来,三项经费及其回收资金6110万元
"""


def test_an_items_heading_sentence_is_no_fact(tmp_path):
    """● 实施科技重大支持项目。 over its item's paragraph was stored as work done: it is the item's heading."""
    ws = unit_workspace(tmp_path / "ws", "温岭市科学技术局", "市科学技术局", "温岭市")
    ff = distil(tmp_path, ws, INNOVATION, "2007-06-08_区域科技创新体系建设.txt")
    texts = [f.text for f in ff.facts]
    assert not any(t.startswith(("实施科技重大支持项目", "建设国家可持续发展实验区")) for t in texts), texts
    assert fact_saying(ff, "温岭是我省首家县级国家可持续发展实验区")


# hd42c: 黄石 2023-02-06 元宵嘉年华促消费, as the tester saved it (a mirror's traditional characters and pinyin).
LANTERN = """5日,元宵佳節(jié),團城山萬達廣場,人氣十足,熱鬧非凡。掛起紅燈籠,鋪開紅地毯,主題展位貨品琳瑯滿目,節(jié)日氛圍濃厚。
當日上午9時25分,湖北省“新春歡樂購·荊彩消費季”暨黃石市“新春購物季·元宵嘉年華”活動正式開始。此次活動是湖北省政府舉辦的全省元宵促消費活動,活動在武漢市設立主會場,襄陽、宜昌、黃石、黃岡設立分會場,各地現場連線匯報春節(jié)期間促消費情況,紛紛曬出“成績單”,煙火氣重燃,消費活力大幅提升。
記者從活動中獲悉,春節(jié)期間,全市消費市場強勢回暖,購銷兩旺。截至目前,全市已有4.2萬名工會會員參與“愛心消費券”活動,帶動各類消費7100余萬元。舉辦對接花湖機場臨空消費展、首屆鄂東精品酒類展、鐘樓煙火美食街開街、商圈年貨節(jié)、網上年貨節(jié)等各類美食展、消費展、車展、房展30余場,拉動全市消費近82億元,同比增長18%。春節(jié)假期,全市共接待游客110.86萬人次,同比增長20.25%,實現旅游收入1.79億元,同比增長26.05%。
市政府黨組成員隆剛現場直播匯報了黃石春節(jié)促消費情況。(胡靖)?
"""


def test_a_post_in_the_city_government_makes_no_issuer(tmp_path):
    """市政府党组成员隆刚 is a person's title: the reporter's news names no unit that wrote it (it kept 黄石市政府)."""
    ws = unit_workspace(tmp_path / "ws", "黄石市商务局", "市商务局", "黄石市")
    ff = distil(tmp_path, ws, LANTERN, "2023-02-06_元宵嘉年华促消费.txt")
    assert ff.source.kind == "news"
    assert ff.source.issuer != "黄石市政府"
