"""Whose figure a fact is (h210, from rv3's leftovers): a county named as the owner of the statement's subject after 是/在/由
(花生产业是滦州市…, in 唐山市's news filed by 丰南区's bureau); a visit by the assembly's deputies or committee as a group, and the bureau's own handling of their items; 作为 before a rank
in the whole (作为全市重点工程…), a status asked for, no purpose."""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.distill.facts import VISITORS, owner_place

# 唐山广播电视台's 农民丰收节丨唐山农民的“丰收乐” (2022-10-08; hd41a's seed 2022-10-08_唐山农民丰收乐.txt), its opening and the
# paragraphs on 曹妃甸区's rice and 滦州市's peanuts.
TANGSHAN = ("农民丰收节丨唐山农民的“丰收乐”\n\n2022-10-08 14:37:57 来源:唐山广播电视台\n\n"
            "2022年9月23日,秋分,中国第五个农民丰收节如期而至。日前,驻唐媒体记者兵分五路,深入农村、田间地头和农民中间,"
            "用笔和镜头记录了唐山农民的丰收乐。\n\n曹妃甸 城市与稻田交相辉映\n\n"
            "曹妃甸区种植水稻历史悠久,是“唐山大米”(唐海大米、柏各庄大米)的主产区和核心产区。据了解,这区今年共种植水稻32万亩,"
            "按亩产500公斤稻谷测算,预计全区总产量将达16万吨。9月16日,曹妃甸区第一农场喜开水稻收割第一镰。\n\n"
            "迁西栗农正在收获板栗\n\n"
            "花生产业是滦州市传统的优势产业,所产花生具有荚果洁白、籽粒饱满、口感细腻、风味独特等优点,尤以“东路花生”驰名海内外,"
            "深受国内外消费者的青睐。眼下正是花生喜获丰收\n")


def _tangshan(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    return distil(tmp_path, ws, TANGSHAN, "2022-10-08_唐山农民丰收乐.txt")


def test_a_county_owning_the_subject_after_shi_makes_it_the_countys(tmp_path):
    """花生产业是滦州市传统的优势产业 was 唐山市's, the page's place: the peanuts are 滦州市's."""
    ff = _tangshan(tmp_path)
    assert ff.source.jurisdiction == "唐山市"
    assert fact_saying(ff, "花生产业是滦州市").jurisdiction == "滦州市"


def test_a_thing_of_the_whole_held_in_a_county_is_not_the_countys():
    """全市工业经济运行现场推进会在溧阳市召开 (常州市's news of 2016-04-22, hd39a's seed; its date left off): the city's meeting,
    溧阳市 only its venue."""
    assert owner_place("全市工业经济运行现场推进会在溧阳市召开，李小平副市长出席会议。") is None
    assert owner_place("花生产业是滦州市传统的优势产业，所产花生具有荚果洁白、籽粒饱满、口感细腻、风味独特等优点。") == "滦州市"


def test_a_whole_of_the_areas_own_level_stays_the_areas(tmp_path):
    """预计全区总产量将达16万吨 after 曹妃甸区…: 全区 is the district the paragraph is on (hd41a), as before the owner's rule."""
    ff = _tangshan(tmp_path)
    assert fact_saying(ff, "预计全区总产量").jurisdiction == "曹妃甸区"


def test_the_assemblys_deputies_or_committee_as_a_group_visit():
    """市政协联络工作委一行先在区政协委员工作站现场调研 (光明区政协's news, szzx.gov.cn/szzx/gqzx/content/post_1538169.html) and
    市人大代表一行到我局视察 were no visit once 一行 needed a leader's post; the deputies coming to open an event still are
    (市人大代表来我县开展“双联系月”活动, bhrd.gov.cn/detailed/news/2010-08-11/509.html)."""
    assert VISITORS.match("市政协联络工作委一行先在区政协委员工作站现场调研，随后前往多功能厅举行政协委员工作室集中授牌活动。")
    assert VISITORS.match("市人大代表一行到我局视察，听取了代表建议办理情况汇报。")
    assert VISITORS.match("8月10日，市人大代表来我县开展“双联系月”活动。")
    assert VISITORS.match("为解决好老年人就餐难题，今年市政协提案委将全市老年助餐服务工作列入年度民主监督议题。")


def test_the_bureaus_handling_of_the_assemblys_items_is_no_visit():
    """市人大代表建议办理工作开展以来… (rv3) is the bureau's own work on the deputies' suggestions, taken by the branch of the
    assembly 开展-ing something."""
    assert not VISITORS.match("市人大代表建议办理工作开展以来，我局共承办建议12件，均已按期办结。")
    assert not VISITORS.match("市政协委员、市水利局局长王某一行到某镇调研。")


def test_a_rank_in_the_whole_is_a_status_asked_for_no_purpose():
    """作为全市重点工程优先推进 was read as a purpose clause (作为…, as 作为区中医医院发展业务用房 is), and dropped from the
    points asked (rv3)."""
    asks = parse_asks("建议:一、加快城区雨污分流管网改造,作为全市重点工程优先推进。二、加大老旧小区改造资金投入。")
    assert "作为全市重点工程优先推进" in asks[0].points_asked
    asks = parse_asks("建议:一、购买临街商铺,作为区中医医院发展业务用房。")
    assert "作为区中医医院发展业务用房" not in asks[0].points_asked


# wikiwand.com/zh-hant/articles/中山路_(厦门), its title and its first paragraphs: a road of 厦门市思明区.
ZHONGSHAN_ROAD = ("中山路 (厦门)\n\n中山路位於廈門島西南部,是廈門市思明區中華街道的一條東西走向的道路。其長約1公里,寬約15米,西起鷺江道,"
                  "中跨思明南路,東達新華路和公園南路的叉口。中山路以古城東路、古城西路為界,可分為兩個路段。\n\n"
                  "中山路西段於1928年6月動工,1929年竣工。為紀念孫中山,此路段被命名為中山路。原中山路長893米,寬15.2米。\n\n"
                  "2006年,中山路被闢為步行街。\n")


def test_a_citys_short_name_opening_another_word_in_the_title_is_no_city(tmp_path):
    """中山路 opening the title, 中山 said again in 孫中山, filed the page and its facts as 中山市's (rv3): a short name the title
    goes on into a road, a cup or a tea (中山路, 安康杯, 普洱茶) is no city."""
    ws = unit_workspace(tmp_path / "ws", "厦门市思明区市政园林局", "区市政园林局", "思明区")
    ff = distil(tmp_path, ws, ZHONGSHAN_ROAD, "2021-02-09_中山路.txt")
    assert ff.source.jurisdiction != "中山市"
    assert not [f.text for f in ff.facts if f.jurisdiction == "中山市"]
