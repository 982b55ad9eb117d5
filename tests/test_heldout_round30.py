"""General reading rules found on held-out round 30 (two bureaus the earlier rounds did not hold — 本溪市住房和城乡建设局, whose
base is the city's replies on gas and heating, and 荔波县民政局, whose base is the province's and the prefecture's news).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace

from drafter.distill.figures import find_figures


@pytest.fixture
def benxi(tmp_path):
    """A workspace of 本溪市住房和城乡建设局 (its city and districts)."""
    return unit_workspace(tmp_path / "ws_bx", "本溪市住房和城乡建设局", "市住房和城乡建设局", "本溪市",
                          "平山区, 溪湖区, 明山区, 南芬区, 本溪满族自治县, 桓仁满族自治县")


@pytest.fixture
def libo(tmp_path):
    """A workspace of 荔波县民政局 (its county and towns)."""
    return unit_workspace(tmp_path / "ws_lb", "荔波县民政局", "县民政局", "荔波县", "玉屏街道, 甲良镇, 佳荣镇, 黎明关水族乡, 茂兰镇")


# benxi.gov.cn/publicity/szfxx/jyta/srdjy1/sljrmdbdhdychy2018n/36229: the reply to suggestion 1192 (2018).
HEATING = ("本溪市住房和城乡建设委员会关于对本溪市第十六届人民代表大会第一次会议第1192号建议办理情况的答复\n"
           "发布日期：2018-05-30\n"
           "关于对本溪市第十六届人民代表大会第一次会议第1192号建议办理情况的答复\n"
           "孙立国代表：\n"
           "您提出的《关于在全市农村集中居住地推广天然气取暖的建议》收悉，现答复如下：\n"
           "清洁取暖是未来取暖的主要发展方向，天然气取暖是清洁取暖的方式之一，是我市重点推广的供暖方式之一，"
           "我委作为供热、天然气行政主管部门将从以下几个方面配合县区做好农村集中居住地天然气取暖工作。\n"
           "一、加强组织领导\n"
           "结合《本溪市加快推进清洁取暖工作实施方案》和自身工作实际，做好天然气取暖推广工作，加强对县区天然气取暖工作指导。\n"
           "二、统筹协调推进\n"
           "严格按照《本溪市加快推进清洁取暖工作实施方案》，加强同相关部门协调，积极帮助县区解决天然气取暖推进过程中的困难。\n"
           "三、拓宽融资渠道\n"
           "帮助县区相关部门，积极向国家、省对口部门争取中央预算内及省本级资金，支持清洁取暖项目建设。\n"
           "感谢您对供暖工作的关注和支持！\n"
           "本溪市住房和城乡建设委员会\n"
           "2018年3月1日\n")


def test_the_list_after_a_lead_announcing_what_will_be_done_is_of_plans(tmp_path, benxi):
    """我委…将从以下几个方面配合县区做好农村集中居住地天然气取暖工作。 / 一、加强组织领导 / 结合…: the measures under the headings
    that lead announces were work done; they are what the bureau will do, plans of the reply's year."""
    ff = distil(tmp_path, benxi, HEATING, "1192.txt")
    kinds = {f.text[:4]: (f.kind, f.period.year) for f in ff.facts}
    assert kinds["结合《本"] == kinds["严格按照"] == kinds["帮助县区"] == ("plan", 2018)


def test_items_after_a_lead_saying_what_was_done_stay_done(tmp_path, benxi):
    """The same list after a lead of work done (我委主要开展了以下工作。) stays done; a transmittal (现将…答复如下) is no plan."""
    done = HEATING.replace("将从以下几个方面配合县区做好农村集中居住地天然气取暖工作", "主要开展了以下几个方面工作")
    ff = distil(tmp_path, benxi, done, "1192.txt")
    assert {f.kind for f in ff.facts if f.section} == {"done"}


# benxi.gov.cn/publicity/szfxx/jyta/srdjy1/sljrmdbdhdychy2018n/37188: 市国资委's reply to suggestion 1254 (2018).
GAS = ("对本溪市人大十六届大会一次会议《关于在彩屯部门地区铺设燃气管道的建议》(第1254号)的答复\n"
       "发布日期：2018-07-19\n"
       "仇登伟代表：\n"
       "您提出的《关于在彩屯部门地区铺设燃气管道的建议》收悉。现答复如下：\n"
       "关于溪湖区彩屯、彩北地区居民使用燃气问题，长期以来该公司一直关注，并于2016年将该项工作列入其公司重点燃气设施安装规划中。"
       "截止2017年，该区域民现户新安装并供气2000余户。\n"
       "本溪市国资委\n"
       "2018年3月6日\n")


def test_a_place_named_in_a_statements_matter_is_its_place(tmp_path, benxi):
    """关于溪湖区彩屯、彩北地区居民使用燃气问题，长期以来该公司一直关注，…截止2017年，该区域民现户新安装并供气2000余户。 was filed
    as the city's: the district the statement's matter (关于…问题) names is its place, one of the workspace's areas."""
    [fact] = distil(tmp_path, benxi, GAS, "1254.txt").facts
    assert fact.jurisdiction == "溪湖区" and not fact.external
    assert fact.figures[0].value == 2000 and fact.figures[0].year == 2017


# news.520etj.com/detail/135423.html (人民网, 2025-12-10): the province's 十四五 summary of its civil affairs.
PROVINCE = ("聚焦四大领域！贵州“十四五”民政工作迈上新台阶\n"
            "发布时间：2025-12-10\n"
            "人民网贵阳12月10日电 12月10日，贵州省“十四五”时期民政事业发展成就新闻发布会在贵阳召开。会议介绍，“十四五”时期，"
            "贵州民政事业着力推进普惠性、基础性、兜底性民生建设，聚焦四大领域，各项工作取得了新进展、新成效。\n"
            "聚焦弱有所扶，着力织密筑牢基本民生保障网。贵州健全社会救助体系，动态保障城乡低保对象216.4万人、特困人员13.4万人，"
            "将134.8万建档立卡脱贫人口和47.1万防止返贫监测对象纳入保障，全省城乡低保平均标准，比“十三五”末分别增长24.2%和67.3%，"
            "特困人员基本生活平均标准达1090元/月，比“十三五”末增长18.4%。儿童福利方面，修订实施《贵州省未成年人保护条例》，"
            "增设“特殊保护”专章。孤儿集中养育和社会散居保障标准、孤独症儿童康复救助标准较“十三五”末分别提高25%、43%和52.6%，"
            "实现孤儿和事实无人抚养儿童医保全额保障，优化提质18家儿童福利机构。残疾人福利上，“两项补贴”实现跨省通办，"
            "一、二级重度残疾人护理补贴分别提高至110元/月/人和90元/月/人，通过公益项目为1.5万余名困难残疾人配备辅助器具。\n"
            "聚焦提质增效，着力提升老龄工作和养老服务水平。推进县、乡、村三级养老服务网络建设，已建成标准化养老机构261个、"
            "社区养老服务站2360个，护理型床位占比提升至73.43%。\n")


def test_changes_are_named_by_what_changed(tmp_path, libo):
    """全省城乡低保平均标准，比“十三五”末分别增长24.2%和67.3% gave both rises the name 防止返贫监测对象纳入保障增长 (the figure
    before's): what changed is the clause before the comparison, the town's standard and the country's; a comparison closing the
    things listed (…孤独症儿童康复救助标准较“十三五”末分别提高25%、43%和52.6%) is no part of the last, each is a rise, and a standard
    named once for the things joined by 和 (孤儿集中养育和社会散居保障标准) is each one's; grades listed by their numerals
    (一、二级重度残疾人护理补贴分别提高至110元/月/人和90元/月/人) are each one's grade of the noun."""
    named = {g.raw: g.counts for f in distil(tmp_path, libo, PROVINCE, "guizhou.txt").facts for g in f.figures}
    assert (named["24.2%"], named["67.3%"]) == ("城镇低保平均标准增长", "农村低保平均标准增长")
    assert named["18.4%"] == "特困人员基本生活平均标准增长"
    assert (named["25%"], named["43%"], named["52.6%"]) == (
        "孤儿集中养育保障标准提高", "社会散居保障标准提高", "孤独症儿童康复救助标准提高")
    assert (named["110元/月/人"], named["90元/月/人"]) == ("一级重度残疾人护理补贴", "二级重度残疾人护理补贴")


def test_a_change_listed_after_its_things_names_each_change():
    """A list of things before a list of rises (…A、B较上年分别增长P、Q) names each rise by its thing; the same list after 达 names
    the things themselves (高新技术企业、科技型中小企业达4210家、5375家)."""
    named = [g.counts for g in find_figures("高新技术企业、科技型中小企业较上年分别增长18.2%、25.6%。")]
    assert named == ["高新技术企业增长", "科技型中小企业增长"]
    named = [g.counts for g in find_figures("高新技术企业、科技型中小企业达4210家、5375家，分别增长18.2%、25.6%。")]
    assert named == ["高新技术企业", "科技型中小企业", "高新技术企业增长", "科技型中小企业增长"]


def test_a_five_year_summarys_undated_statements_are_of_its_span(tmp_path, libo):
    """The same page dated its opening statement (“十四五”时期，贵州民政事业…) 2021–2025 and the next ones, naming no time, 2025:
    a page whose title sums up a five-year span (贵州“十四五”民政工作迈上新台阶) speaks of that span throughout."""
    ff = distil(tmp_path, libo, PROVINCE, "guizhou.txt")
    assert {(f.period.year, f.period.until) for f in ff.facts} == {(2021, 2025)}
    assert {f.jurisdiction for f in ff.facts} == {"贵州省"} and all(f.external for f in ff.facts)
    # (a summary in the span's third year speaks of its years so far)
    ff = distil(tmp_path, libo, PROVINCE.replace("2025-12-10", "2023-12-10"), "guizhou.txt")
    assert {(f.period.year, f.period.until) for f in ff.facts if f.period.basis == "report period"} == {(2021, 2023)}


# qdnwm.gov.cn/jujiaoqdn/4742.html: the prefecture's news of its 2025 government work report.
PREFECTURE = ("黔东南州政府工作报告：今年扎实办好“十件民生实事”\n"
              "1月31日上午，黔东南苗族侗族自治州第十五届人民代表大会第四次会议在凯里隆重开幕。州长杨光杰代表州人民政府向大会作政府工作报告。\n"
              "报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。\n"
              "（一）促进群众就业增收，开展职业技能培训2.5万人次，县、乡级就业公共服务机构覆盖率达100%，村级就业公共服务覆盖率达80%左右。\n"
              "（二）办好人民满意教育，新建、改扩建公办幼儿园、小学、初中20所。\n"
              "（三）提高卫生健康水平，对全州65岁及以上老年人免费体检一次。\n"
              "（四）完善养老服务体系和儿童福利机构，对2000户特殊困难老年人家庭适老化改造，打造16个示范性社区老年助餐点，"
              "对州儿童福利院进行优化提质。\n")


def test_a_prefectures_page_is_of_its_prefecture(tmp_path, libo):
    """黔东南苗族侗族自治州第十五届人民代表大会第四次会议…对全州65岁及以上老年人… got no place: a text speaking of its 全州 names its
    prefecture in full or short (黔东南州), outside the county's workspace."""
    ff = distil(tmp_path, libo, PREFECTURE, "qiandongnan.txt")
    assert ff.source.jurisdiction == "黔东南州"
    assert {f.jurisdiction for f in ff.facts} == {"黔东南州"} and all(f.external for f in ff.facts)


def test_the_numbered_list_after_a_lead_of_this_years_work_is_of_plans(tmp_path, libo):
    """报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。 / （一）促进群众就业增收，开展职业技能培训2.5万人次… were context: the
    numbered list after a lead saying what is to be done this year is that year's targets, plans."""
    ff = distil(tmp_path, libo, PREFECTURE, "qiandongnan.txt")
    kinds = {f.text[:4]: f.kind for f in ff.facts}
    assert kinds["促进群众"] == kinds["办好人民"] == kinds["提高卫生"] == kinds["完善养老"] == "plan"
    assert kinds["1月31"] == "context"
