"""rs8 (河南省应急管理厅, hd52c's base): the province's work meeting, news on 新乡's site, was titled by the site's breadcrumb
(安全生产综合协调科), owned by 新乡市 and dated 2022 though it reviews 2021; a slogan of loyalty (一是坚决贯彻落实…精神。) and a
page cut inside an item's lead (三是根据…考核情况，进一步整合…议事协) were results; a reply's transmittal sentence (现根据…，将提案
答复内容如下：) was glued to the fact before it."""

from __future__ import annotations

from helpers import distil, unit_workspace

# seeds/2022-01-14_2022年全省应急管理工作会议.txt, its lines as the store returned them (its last paragraph cut).
MEETING = """安全生产综合协调科

2022年全省应急管理工作会议精神

发布日期:2022-01-14      浏览量:9451次

111下午2022年全省应急管理工作会议以视频会议形式召开,回顾总结去年成绩,分析研判当前形势,安排部署今年重点工作。省应急管理厅党委书记、厅长吴忠华参加会议,并提出要求。我市应急局围绕作为6个发言省辖市在会上交流经验做法。新乡市应急管理局、各县(市、应急管理局(部门)在分会场认真组织收听收看。

图片1_看图王.jpg

会议指出,回顾总结,全省应急管理工作取得新成效。面对有史以来极值暴雨肆虐来袭、新冠疫情反复袭扰等不利因素的多重夹击,全省应急管理系统坚持人民至上、生命至上,稳基本、抓综合、防疫情、战洪水、保安全,为“十四五”开好局、起好步履职尽责、保驾护航。一是坚决贯彻落实习近平总书记重要指示精神。二是全力以赴抓好防灾减灾救灾。全力抗击“21·7”特大暴雨洪水。全省应急管理系统闻令而动,迅速启动防汛一级响应,调派11.8万人、8000余台(套)装备投入抗洪抢险救援,果断处置郭家咀、常庄、五星等水库和卫河、共渠、贾鲁河等流域重大险情,启用崔家桥等8个蓄滞洪区,紧急避险转移160.7万人次,紧急转移安置224万人次。鹤壁、安阳、新乡等地及早部署、严密防范,把人员伤亡降到最低水平。全力保障黄河秋汛安澜。全力做好灾后重建和救灾救助。积极做好应急期救助、灾情核查统计和政府帮建农户认定,组织对10.85万名因灾房屋倒损群众实施过渡期救助。积极争取支持,累计下达中央和省级救灾救助资金72.54亿元、捐赠款物97.38亿元,下拨救灾物资41.84万件(套)全力支持地方救助。及早将4万件防寒衣被下拨受灾地区,快速下拨中央冬春救灾资金和省级财政匹配资金共8.54亿"""

# seeds/2022-12-29_1250905王著提案答复.txt, its head and its first part (the page cut there).
REPLY_1250905 = """河南省应急管理厅
对政协第十二届河南省委员会第五次会议
第1250905号(关于树牢安全发展理念 提升我省防灾减灾能力建设)提案的答复
尊敬的王著委员:
非常感谢您对应急管理工作的关心与支持。党中央国务院历来高度重视应急管理工作,在2018年实施机构改革后,整合相关职责组建应急管理部门,对进一步完善我国应急管理体制、集中管理应急救援力量、相对集中应急救援指挥权和提升我国应急管理水平具有重要意义。现根据我厅工作职能,将提案答复内容如下:
一、关于提升防灾减灾应急组织协调能力。一是2019年,我省出台了《河南省人民政府关于改革完善应急管理体系的通知》(豫政〔2019〕11号),明确了“统”与“分”、“防”与“救”、“上”与“下”等原则,完善应急管理标准、组织、责任、预案、服务五个体系,提高应急基础、救援、协同、保障等四种能力,健全应急预警、会商、联动、协调、调查评估制度,建立“1+11”应急指挥体系。2021年,我省印发了《河南省人民政府关于印发<河南省突发事件总体应急预案(试行)>的通知》(豫政〔2021〕23号)。2022年,我省以省防汛应急指挥部名义修订完善了《河南省防汛专项应急预案》明确书记、省长为总指挥长。二是印发《河南省减灾委员会2022年工作要点》,明确了2022年全省防灾减灾救灾工作总体目标和要求,对2022年防灾减灾救灾重点工作作出安排部署结,针对郑州“7.20”特大暴雨救灾救助实际情况,围绕省减灾委各成员单位职责分工,修订了《河南省减灾委员会成员单位工作职责》,已征求各成员单位意见建议,并进一步修改完善,待省减灾委全体会议通过后印发实施。三是根据2021年度防灾减灾救灾工作考核情况,进一步整合乡镇(街道)安委会、减灾委等议事协"""


def _henan(tmp_path):
    return unit_workspace(tmp_path / "ws", "河南省应急管理厅", "省应急管理厅", "河南省")


def _meeting(tmp_path):
    return distil(tmp_path, _henan(tmp_path), MEETING, "2022-01-14_2022年全省应急管理工作会议.txt")


def test_a_column_name_over_the_headline_is_no_title(tmp_path):
    assert _meeting(tmp_path).source.title == "2022年全省应急管理工作会议精神"


def test_the_provinces_meeting_on_a_city_site_is_the_provinces_and_reviews_the_year_before(tmp_path):
    ff = _meeting(tmp_path)
    rescue = next(f for f in ff.facts if "11.8万人" in f.text)
    assert rescue.jurisdiction == "河南省" and not rescue.external
    assert rescue.period.year == 2021 and all(g.year in (2021, None) for g in rescue.figures)
    city = next(f for f in ff.facts if "我市应急局" in f.text)  # (only what the city did there is 新乡's)
    assert city.jurisdiction == "新乡市" and city.external


def test_a_garbled_day_opens_no_fact(tmp_path):
    assert any(f.text.startswith("2022年全省应急管理工作会议以视频会议形式召开") for f in _meeting(tmp_path).facts)


def test_a_slogan_of_loyalty_is_no_result(tmp_path):
    loyal = [f for f in _meeting(tmp_path).facts if f.text.startswith("一是坚决贯彻落实")]
    assert all(f.kind != "done" for f in loyal)


def test_a_cut_items_lead_alone_and_the_transmittal_are_no_fact(tmp_path):
    ff = distil(tmp_path, _henan(tmp_path), REPLY_1250905, "2022-12-29_1250905王著提案答复.txt")
    texts = [f.text for f in ff.facts]
    assert not any("考核情况" in t for t in texts)
    background = next(t for t in texts if "组建应急管理部门" in t)
    assert background.endswith("具有重要意义。") and not any("如下" in t for t in texts)
