"""mt61: findings of the held-out test hd74a (怀远县城市管理局), each on its seed's real lines.

1. A page's headline is its title, not the deck under it (a figure said of the whole of the level whose place the headline names:
   全省已建成23.47万个公共停车泊位 under 安徽城市停车场建设三年行动提前“收官”, over the byline).
2. A reprint's outlet city (来源: 合肥晚报) does not make the article the city's where its text speaks of its province as its own
   (全省…, 省住建厅): 安徽省's. A city's paper on its city (巴中日报's 健康巴中, test_h308_hd56a) stays the city's.
3. A site's link to its notices run into the item's editor's credit (怀远热线版权及免责声明责任编辑：怀论舒漫) is chrome, no fact.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

from drafter.distill.metadata import _deck
from drafter.read.clean import is_chrome

HUAIYUAN = ("怀远县城市管理局", "县城管局", "怀远县", "榴城镇, 荆山镇, 褚集镇")
# seeds/2021-11-10_安徽城市停车场建设三年行动提前收官.txt of hd74a: its head, its first two paragraphs and its last.
PARKING = (
    "当前位置: 安徽新闻网 > 安徽\n安徽城市停车场建设三年行动提前“收官”\n全省已建成23.47万个公共停车泊位\n"
    "来源: 合肥晚报 2021-11-10 11:05:49 责编: 徐文娟\n\n"
    "11月9日,记者从省住建厅获悉,已经提前完成安徽省城市停车场建设三年行动任务,建成公共停车泊位23.47万个,超过2019-2021新增"
    "公共停车泊位17.2万个的目标。根据规划,“十四五”期间,全省设区市预计将再新增城市公共停车泊位20万个。\n\n"
    "提前完成停车场建设三年行动任务\n\n"
    "近年来,安徽居民生活水平不断提升,城市汽车保有量大幅提高,城市停车设施需求日益增加。省住房城乡建设厅高度重视城市停车问题,"
    "联合相关省直单位印发《安徽省城市停车场建设行动方案》,计划2019-2021三年全省设区的城市新增公共停车泊位17.2万个。\n\n"
    "为确保规范有序停车,全省加大城市停车监管,对擅自改变使用性质,挪用、占用停车场(位)的,依法责令限期整改;积极探索运行智能停车"
    "管理信息系统,提高停车场(位)管理能力和水平,提高公共停车场利用效率。截至目前,全省已经提前超额完成城市停车场建设三年行动任务,"
    "建成公共停车泊位23.47万个。\n"
)
# A 合肥晚报 item on 合肥's own parking (a mirror's copy, its pinyin notes dropped): the city's.
CITY_PARKING = (
    "合肥再建万个公共车位破解停车难\n"
    "近日，记者从市城乡建设局获悉，按照2020年合肥市政府为民办实事工作方案要求，今年合肥的目标是在主城区新建1万个公共停车泊位。\n"
    "值得一提的是，长丰路停车场在建筑节能上也有“绝活”，成为全市典范。\n"
    "今年合肥的目标是在主城区新建1万个公共停车泊位，建成5000个停车泊位。\n来源:合肥晚报 编辑:普通管理员\n"
)
# seeds/2021-01-12_怀远县两会审议政府工作报告.txt of hd74a: its head, its last paragraph and the site's footer.
SESSION_NEWS = (
    "您的位置:怀远热线 > 聚焦 > 正文\n\n怀远县领导与代表委员共同审议讨论“两会”工作报告\n\n"
    "1月11日至12日,汪若怀、高东升、邹运飞、郭长富、崔兴浩等领导同志分别来到人大代表团和政协界别,与参会的代表委员共同讨论审议两会"
    "工作报告。\n\n"
    "在讨论《2020年度民生实事候选项目实施情况和2021年度民生实事候选项目形成情况的报告》中,代表和委员们认为:去年民生实事项目进展"
    "顺利,解决了一批群众最关心、最直接、最现实的问题。今年的民生实事候选项目贴近实际,统筹兼顾,合民心、顺民意。(县融媒体中心)\n\n\n"
    "怀远热线版权及免责声明责任编辑:怀论舒漫\n学习宣传贯彻党的二十大精神\n怀远人才网\n"
)


def test_1_the_headline_not_its_deck_is_the_title(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUAIYUAN), PARKING, "2021-11-10_安徽城市停车场建设三年行动提前收官.txt")
    assert ff.source.title == "安徽城市停车场建设三年行动提前“收官”"  # (was 全省已建成23.47万个公共停车泊位)
    assert not any("全省已建成" in f.text for f in ff.facts)  # (the deck is the page's head, no statement)
    # (a site's column naming its city over a line on 全市 is no headline: 承德市新闻头条新闻, the column of hd58a's 承德 page)
    assert not _deck("全市已建成23.47万个公共停车泊位", "承德市新闻头条新闻")
    assert not _deck("全省加大城市停车监管", "安徽城市停车场建设三年行动提前“收官”")  # (no figure: no deck)


def test_2_a_city_papers_reprint_speaking_of_its_province_is_the_provinces(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUAIYUAN), PARKING, "2021-11-10_安徽城市停车场建设三年行动提前收官.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("合肥晚报", "安徽省")  # (was 合肥市, the outlet's city)
    assert {f.jurisdiction for f in ff.facts} == {"安徽省"} and all(f.external for f in ff.facts)
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws2", *HUAIYUAN), CITY_PARKING, "2020-06-01_合肥再建万个公共车位.txt")
    assert ff.source.jurisdiction == "合肥市"


def test_3_a_sites_notice_link_run_into_an_editors_credit_is_no_fact(tmp_path):
    assert is_chrome("怀远热线版权及免责声明责任编辑：怀论舒漫")
    assert not is_chrome("加强版权声明管理，要求各单位遵守。")  # (a sentence about notices is none)
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUAIYUAN), SESSION_NEWS, "2021-01-12_怀远县两会审议政府工作报告.txt")
    assert not any("免责声明" in f.text or "怀论舒漫" in f.text for f in ff.facts)  # (was a fact of 怀远县)
    assert any(f.text.startswith("1月11日至12日") for f in ff.facts) and any("民生实事" in f.text for f in ff.facts)
