"""Held-out round hd24 (西安市生态环境局, 南京市江宁区卫生健康委员会, 红河州农业农村局, 济南市市场监督管理局): pages' dates,
statements' periods and figures' labels.

Each test distils a short excerpt of a real page the testers saved (its words as the page prints them, half-width commas and
traditional characters kept) through the public path a user's ``drafter distill`` takes, in a workspace of the bureau that
tested it.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_saying, unit_workspace


def _xian(tmp_path):
    return unit_workspace(tmp_path / "ws", "西安市生态环境局", "市生态环境局", "西安市")


def _jinan(tmp_path):
    return unit_workspace(tmp_path / "ws", "济南市市场监督管理局", "市市场监管局", "济南市")


def _figure(ff, raw: str):
    return next(g for f in ff.facts for g in f.figures if g.raw == raw)


# 陕西建筑报's page of 2025-04-10 in traditional characters, its posting line and its lede.
SHAANXI_BUILDING = """內容詳情

副標題

事關生態保護、水利建設、鄉村振興 西安三部門發布今年重點工作

 二維碼 11
發表時間:2025-04-10 09:09來源:陜西建筑報網址:https://mp.weixin.qq.com/s/-mJkGxnJlSgJqRunJOyy7g

4月8日,西安市委宣傳部、市政府新聞辦舉行“‘深化六個改革’創新推進中國式現代化西安實踐”系列新聞發布會,西安市生態環境局督察專員劉長宏、市水務局副局長魏鵬、市農業農村局副局長趙向軍介紹了有關情況并回答媒體提問。
"""


def test_a_posting_time_in_traditional_characters_dates_the_page(tmp_path):
    """發表時間:2025-04-10 (simplified 发表时间) was no field read: the page was undated, its facts without a year."""
    ff = distil(tmp_path, _xian(tmp_path), SHAANXI_BUILDING, "2025-04_西安三部门发布今年重点工作.txt")
    assert ff.source.date == "2025-04-10"


# 江宁区人民政府's answer on its 2025 民生实事 in health (its page prints no date).
JIANGNING_HEALTH = """江宁区今年关于医疗卫生方面的民生实事有哪些?
一是开设急诊社区卫生服务中心。推进方山和上坊2个社区卫生服务中心开设急诊,实现全区23家社区卫生服务中心急诊(科)全覆盖,更好满足群众急诊服务需求。
二是建设基层慢病筛防中心。年内建成2家市级及以上基层慢病筛防中心,并针对目标群体强化管理,提供个性化运动建议,以点带面提高基层慢病管理服务水平。
"""


def test_a_compact_date_between_words_of_a_file_name_dates_the_page(tmp_path):
    """jiangning_hdjl_20250214_ylws.txt was undated: eight digits run together between other words are its day."""
    ws = unit_workspace(tmp_path / "ws", "南京市江宁区卫生健康委员会", "区卫健委", "江宁区")
    ff = distil(tmp_path, ws, JIANGNING_HEALTH, "jiangning_hdjl_20250214_ylws.txt")
    assert ff.source.date == "2025-02-14"
    # (and a level with those above it, 市级及以上, is no count of its own: the centres are counted, not 市级)
    assert "基层慢病筛防中心" in _figure(ff, "2家").counts


# 经济导报's item of June 2023 (its page prints no date), citing 商务部令2012年第9号 and 济政字〔2022〕83号.
JINGJI_DAOBAO = """經濟導報記者 吳淑娟
經濟導報記者從濟南市商務局獲悉,濟南市商務局會同市市場監管局、市公安局決定,在全市開展為期3個月的單用途商業預付卡備案專項整治行動。重點圍繞商務領域三大行業開展集中檢查整治,督促相關應備案未備案的企業及時登錄山東省商務廳單用途商業預付卡備案管理服務平臺進行備案。
據了解,近年來,零售業、住餐業、居民服務業等領域違規發行預付卡的行為侵害了消費者的權益,甚至出現惡意圈錢跑路等現象,擾亂了市場秩序,造成不良社會影響。為進一步規范單用途商業預付卡市場秩序,有效整治企業違法違規行為,督促有關發卡企業及時備案,按照《單用途商業預付卡管理辦法(試行)》(商務部令2012年第9號)和《濟南市人民政府關于進一步加強單用途商業預付卡規范管理的實施意見》(濟政字〔2022〕83號)等相關文件規定,濟南決定開展此次專項行動。
"""


def test_a_year_and_month_a_file_is_named_by_date_its_page_not_a_cited_number(tmp_path):
    """2023-06_经济导报_….txt was filed under 2022, the year of 济政字〔2022〕83号 it cites, and a statement citing 商务部令2012年第9号
    was dated 2012: the clerk's year in the name dates an undated page, and a year numbering a document names no time."""
    ff = distil(tmp_path, _jinan(tmp_path), JINGJI_DAOBAO, "2023-06_经济导报_济南单用途商业预付卡备案专项整治.txt")
    assert ff.source.period == 2023 and ff.source.id.startswith("2023-")
    assert {f.period.year for f in ff.facts} == {2023}


# 315online's page of 2023-03-14 on the bureau's 2022, its paragraph on safety.
JINAN_2022 = """济南市市场监管局:高效能助力全市经济社会高质量发展

2023-03-14   济南市市场监管局      点击:

  2022年,济南市市场监督管理局坚持“市场监管部门既是监管部门也是发展部门”这一定位,高效统筹疫情防控和市场监管工作,强监管、优服务、守底线、保安全,以高效能市场监管助力全市经济社会高质量发展。

  坚持底线思维,市场安全防线守紧守牢。市区两级进口冷链食品集中监管专仓圆满完成“外防输入”疫情防控任务,三年来累计消杀货物23.5万余吨,检出阳性货物19批573.79吨,实现阳性货物不出仓、从业人员零感染,重要物资不断供。组织食品安全“守查保”专项行动,查处食品案件1595件。特种设备监管效能持续提升,全市7800余条7690公里城镇燃气压力管道法定检验率实现从零到全覆盖的突破。
"""


def test_a_run_of_recent_years_dates_its_own_sentence_s_figures(tmp_path):
    """三年来累计消杀货物23.5万余吨 was 2022's, the report's year: a run of recent years counts back from it, and reaches no
    further than its sentence (查处食品案件1595件 is the year's)."""
    ff = distil(tmp_path, _jinan(tmp_path), JINAN_2022, "2023-03-14_315online_济南市市场监管局_2022年工作.txt")
    assert fact_saying(ff, "三年来").period.year == 2022
    assert (_figure(ff, "23.5万余吨").year, _figure(ff, "23.5万余吨").until) == (2020, 2022)
    assert _figure(ff, "1595件").year is None
    # (a count right before another, 7800余条7690公里城镇燃气压力管道, counts the pipes too; their 法定检验率 is no count)
    assert _figure(ff, "7800余条").counts == _figure(ff, "7690公里").counts == "城镇燃气压力管道"


# 西安市生态环境局's news of 2022-02-15: its headline, lede and a part of its paragraph on the air.
XIAN_EXCELLENT = """西安市生态环境局连续3年荣获市级年度目标责任考核优秀单位
近日,陕西省西安市召开2021年度目标责任考核总结表彰大会,西安市生态环境局荣获优秀单位,这是自2019年以来连续3年该局获此殊荣。
在空气质量方面,2021年优良天数达到265天,同比增加15天;PM2.5浓度为41微克每立方米,同比改善19.6%;6项指标“五降一平”。
"""


def test_a_run_since_a_year_ends_where_its_count_of_years_does(tmp_path):
    """自2019年以来连续3年 ran to 2022, the page's year, and the headline was glued onto the lede (…考核优秀单位近日，…)."""
    ff = distil(tmp_path, _xian(tmp_path), XIAN_EXCELLENT, "2022-02-15_西安市生态环境局连续3年考核优秀.txt")
    lede = fact_saying(ff, "获此殊荣")
    assert lede.text.startswith("近日，") and (lede.period.year, lede.period.until) == (2019, 2021)
    assert ff.source.title == "西安市生态环境局连续3年荣获市级年度目标责任考核优秀单位"
    # (a change said after a concentration, 同比改善19.6%, is the concentration's: 41微克每立方米 is a figure)
    assert _figure(ff, "19.6%").counts == "PM2.5浓度改善" and _figure(ff, "41微克每立方米").counts == "PM2.5浓度"


# 陕工网's page of 2021-03-12 on the year before.
SHAANXI_WORKERS = """您当前的位置:首页 > 图片 > 新闻 生活优良天数250天 “西安蓝”刷屏朋友圈
2021-03-12 16:16:34来源:陕工网—陕西工人报

这一年,我省13个市(区)空气质量均有所改善,其中西安市PM2.5平均浓度51微克/立方米,同比下降10.5%;优良天数250天,同比增加25天。

全省河流总体水质优,与上年同期的良好相比,水质有所提升。监测的27个城市集中式饮用水源所测项目均达标,水源达标率100%。新建、提标改造污水处理厂35座,完成主城区雨污水混接点改造2049处;全市新增生态水面1695亩,成功创建国家节水型城市。
"""


def test_a_year_in_review_holds_for_the_statements_after_it(tmp_path):
    """这一年 in a page of March 2021 is 2020, and the next paragraph, naming no time, reports that year too (it was 2021's)."""
    ff = distil(tmp_path, _xian(tmp_path), SHAANXI_WORKERS, "2021-03_陕工网_西安优良天数250天.txt")
    assert fact_saying(ff, "这一年").period.year == 2020
    assert fact_saying(ff, "污水处理厂35座").period.year == 2020


# 西安市生态环境局's reply of 2020 to 市政协十四届四次会议第81号提案, its sentence on 优良天数.
XIAN_81 = "一是优良天数明显增多。2019年,我市优良天数225天(其中优级蓝天41个),同比2013年增加87天;二是主要指标明显改善。\n"

# 红河州's news of 2022-03-22 on its 州委农村工作会议.
HONGHE_2021 = ("3月21日,云南省红河州委农村工作会议在蒙自市召开。据会议消息,2021年,红河州特色农业竞争力不断增强,水果、蔬菜产量全省第一,"
               "粮食产量达185.1万吨,位居全省第3位,猪牛羊肉产量达41.39万吨,稳居全省第2位。创建省级美丽乡村10个、州级82个、县级436个。\n")


def test_labels_of_a_change_after_an_aside_and_of_a_prefecture_s_level(tmp_path):
    """87天 counted 优级蓝天增加, the aside's (其中优级蓝天41个) before it; 436个 counted 县级州级: 州级 is a level as 市级 is."""
    ff = distil(tmp_path, _xian(tmp_path), XIAN_81, "2020_市政协十四届四次会议第81号提案复函.txt")
    assert _figure(ff, "87天").counts == "优良天数增加"
    ws = unit_workspace(tmp_path / "hh", "红河州农业农村局", "州农业农村局", "红河州")
    ff = distil(tmp_path, ws, HONGHE_2021, "2022-03-22_红河州州委农村工作会议.txt")
    assert [_figure(ff, raw).counts for raw in ("10个", "82个", "436个")] == ["省级美丽乡村", "州级美丽乡村", "县级美丽乡村"]


@pytest.mark.parametrize("name", ["jiangning_hdjl_编号20250214_ylws.txt", "jiangning_hdjl#20250214_ylws.txt",
                                  "jiangning-hdjl-20250214-ylws.txt", "jiangning_hdjl_20250231_ylws.txt"])
def test_eight_digits_after_other_words_or_no_day_date_no_page(tmp_path, name):
    """Eight digits after other words (编号20250214, #20250214, -20250214: a number's) or making no day (20250231) do not date
    the page (jiangning_hdjl_20250214_ylws.txt does, above)."""
    ws = unit_workspace(tmp_path / "ws", "南京市江宁区卫生健康委员会", "区卫健委", "江宁区")
    ff = distil(tmp_path, ws, JIANGNING_HEALTH, name)
    assert ff.source.date is None, ff.source.date
