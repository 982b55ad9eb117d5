"""General reading rules found on held-out round 29 (bureaus of places the earlier rounds did not read: 三亚市林业局's
year in review, 博乐市住建局's and 息烽县教育局's replies to deputies, a reply of 内蒙古's on a mirror, 黔东南州人民政府's
co-handler's opinion, 海口's forestry year and 长春市二道区卫计局's news item).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations


import pytest
from helpers import distil, unit_workspace, fact_texts



@pytest.fixture
def sanya(tmp_path):
    """A workspace of 三亚市林业局 (its city and a district of it)."""
    return unit_workspace(tmp_path / "ws_三亚市", "三亚市林业局", "市林业局", "三亚市", "海棠区, 吉阳区, 天涯区, 崖州区")


@pytest.fixture
def bole(tmp_path):
    """A workspace of 博乐市住房和城乡建设局."""
    return unit_workspace(tmp_path / "ws_博乐市", "博乐市住房和城乡建设局", "市住建局", "博乐市")


@pytest.fixture
def xifeng(tmp_path):
    """A workspace of 息烽县教育局."""
    return unit_workspace(tmp_path / "ws_息烽县", "息烽县教育局", "县教育局", "息烽县")


@pytest.fixture
def nmg(tmp_path):
    """A workspace of a bureau of 内蒙古自治区 (the region's 农牧厅)."""
    return unit_workspace(tmp_path / "ws_内蒙古自治区", "内蒙古自治区农牧厅", "自治区农牧厅", "内蒙古自治区")


@pytest.fixture
def qdn(tmp_path):
    """A workspace of 黔东南州人民政府 (its prefecture and two of its counties)."""
    return unit_workspace(tmp_path / "ws_黔东南州", "黔东南州人民政府", "州政府", "黔东南州", "凯里市, 台江县")


@pytest.fixture
def erdao(tmp_path):
    """A workspace of 长春市二道区卫生健康局."""
    return unit_workspace(tmp_path / "ws_二道区", "长春市二道区卫生健康局", "区卫健局", "二道区")


def test_trees_are_counted_in_zhu_and_livestock_in_touzhi(tmp_path, sanya, nmg):
    """三亚市林业局's year in review (lyj.sanya.gov.cn/lyjsite/ttxw/202502/2ea30ebd899f455fb67594d04f1b5f03.shtml) says
    义务植树25.51万株 and …11株一级古树: 株 was no unit (25.51万, a bare number; 11株 no figure at all). A reply of
    内蒙古's (aomen-bet.com mirror, …/202411/t20241112_2605416.html) says 全区1.4亿头只牲畜: 头只 is one unit."""
    text = ("新岁新程 华章再启——2024，林业人这样走过！\n\n2025-01-29 19:39 三亚市林业局\n\n"
            "以生态优先、绿色发展为导向，全面推进生态修复建设，取得显著成效。2024年，编制十年植树规划，开展20次义务植树活动，"
            "完成造林绿化6795.29亩，义务植树25.51万株，尽责率达108.3%，为城市增添了一片片新绿。"
            "申请资金支持并完成500年以上的11株一级古树抢救性复壮工作，为城市留下了珍贵的自然遗产。\n")
    figures = {f.raw: f for fact in distil(tmp_path, sanya, text, "trees.txt").facts for f in fact.figures}
    assert (figures["25.51万株"].unit, figures["25.51万株"].scale, figures["25.51万株"].counts) == ("株", "万", "义务植树")
    assert figures["11株"].unit == "株"
    text = ("对自治区十四届人大二次会议\n第98号建议的答复\n孙旭东代表：\n"
            "一是推进草产业发展。2023年全区饲草料供给能力达7886万吨，总产值802.1亿元，均居全国第一位。"
            "基本保障了全区1.4亿头只牲畜的“吃饭”问题。\n")
    figures = {f.raw: f for fact in distil(tmp_path, nmg, text, "herds.txt").facts for f in fact.figures}
    assert figures["1.4亿头只"].unit == "头只" and not figures["1.4亿头只"].counts.startswith("只")


def test_funds_won_are_counted_without_the_verbs_result(tmp_path, nmg):
    """The same reply says 2022年起，争取到自治区财政草产业发展资金每年3000万元: the funds were read as
    到自治区财政草产业发展资金, the 到 of 争取到 kept."""
    text = ("对自治区十四届人大二次会议\n第98号建议的答复\n孙旭东代表：\n"
            "二是积极争取草产业专项资金。2022年起，争取到自治区财政草产业发展资金每年3000万元，用于退化草原柠条种植改良。\n")
    figure = distil(tmp_path, nmg, text, "funds.txt").facts[0].figures[0]
    assert figure.counts == "自治区财政草产业发展资金"


def test_a_housing_estate_is_no_district(tmp_path, bole):
    """博乐市住建局's reply to 金景芳 (xjbl.gov.cn/info/1290/87539.htm) says …2020年-2022年对计划内小区需改造供排水管网27.89公里
    进行了改造 and …8个小区纳入今年老旧小区改造范筹: 老旧小区 was the reply's place (and every fact after it another place's),
    计划内小区 the figure's, and the figure counted -2022年对计划内小区…, a span's second year left at its head."""
    text = ("签发人：倪春健 （A类）\n金景芳代表：\n您提出的“关于老旧小区更换楼内外下水管道的建议”收悉。经研究办理，现答复如下：\n"
            "按照要求，博乐市在老旧小区改造实施前，由各街道牵头完成对辖区老旧小区需改造内容调查摸底，根据改造需求，"
            "2020年-2022年对计划内小区需改造供排水管网27.89公里进行了改造，居民户内部分不在改造范围内。\n"
            "2023年已由各街道牵头对计划改造老旧小区需改造内容基本情况进行了调查摸底，商业局家属院、锦绣一区、二区等8个小区"
            "纳入今年老旧小区改造范筹，截至目前已完成改造。\n")
    ff = distil(tmp_path, bole, text, "estates.txt")
    assert ff.source.jurisdiction != "老旧小区"
    assert all(f.jurisdiction in (None, "博乐市") and not f.external for f in ff.facts)
    figure = ff.facts[0].figures[0]
    assert (figure.counts, figure.place, figure.year, figure.until) == ("计划内小区需改造供排水管网", None, 2020, 2022)


def test_a_total_is_no_thing_counted(tmp_path, xifeng):
    """息烽县教育局's reply to 曹国霞 (xifeng.gov.cn/…/201810/t20181028_62998410.html) says …小寨坝小学教师周转房，总共220套: the
    figure counted 总."""
    text = ("曹国霞代表：\n感谢您对教育工作的关心和支持，您提出的《关于完善基层学校设施建设的建议》已收悉，现答复如下：\n"
            "近几年来，我局针对乡镇教师宿舍紧缺问题先后修建了鹿窝乡教师公租房、温泉镇教师周转房、小寨坝小学教师周转房，"
            "总共220套，很好地解决了老师留宿问题。\n2017年7月24日\n")
    figure = distil(tmp_path, xifeng, text, "total.txt").facts[0].figures[0]
    assert figure.raw == "220套" and figure.counts != "总"


def test_the_bureau_handling_with_others_is_no_co_handler(tmp_path, nmg):
    """The reply of 内蒙古's says 您提出的第098号建议由我局协办: 您提出的第098号建议由我局 was read as its co-handler."""
    text = ("对自治区十四届人大二次会议\n第98号建议的答复\n孙旭东代表：\n"
            "自治区第十四届人大第二次会议期间，您提出的第098号建议由我局协办。经认真研究，现答复如下：\n"
            "二是积极争取草产业专项资金。2022年起，争取到自治区财政草产业发展资金每年3000万元。\n")
    assert distil(tmp_path, nmg, text, "cohandled.txt").source.co_handlers == []


def test_a_co_handlers_opinion_under_a_pages_fields(tmp_path, qdn):
    """黔东南州人民政府's co-handler's opinion on 省人大 suggestion 560 (qdn.gov.cn/…/202110/t20211008_70790207.html) prints
    信息名称 黔东南州人民政府关于…第560号建议的会办意见 and says 现提出如下会办意见: the title kept the field's name and the
    channel over it, the fields' line (是否有效 / 信息名称 …的) and 现提出如下 were read as co-handlers, and the site's
    footer (主 办:…| 联系地址:…) was a fact."""
    text = ("州直部门频道\n\n索引号 000014349/2021-3225216 信息分类 人大代表建议答复\n发布机构 发布日期\n文号 是否有效\n"
            "信息名称 黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见\n\n"
            "黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见\n\n发布时间: 2021-05-24 16:47\n\n省教育厅:\n\n"
            "杜贤伟代表提出的《关于支持台江修建一所容纳4000人的九年一贯制学校的建议》收悉。现提出如下会办意见:\n\n"
            "二、关于“各职能部门在立项、资金等方面给予倾斜和支持”的建议\n\n"
            "台江县规划建设的小学和初中，属于城镇义务教育学校，可通过申请中央和省级的城镇义务教育专项资金支持项目建设，"
            "我州将全力配合支持该项目推进。\n\n2021年5月21日\n\n"
            "主 办:黔东南州人民政府办公室 | 联系地址:贵州省凯里市北京东路21号 | 联系方式:0855-8235320\n")
    ff = distil(tmp_path, qdn, text, "huiban.txt")
    assert ff.source.title == "黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见"
    assert ff.source.co_handlers == []
    assert "联系地址" not in fact_texts(ff) and "主 办" not in fact_texts(ff)


def test_a_news_items_maker_is_no_fact(tmp_path, erdao):
    """长春's bulletin on 二道区卫计局's meeting (yaozui.com/p/256847) ends 信息来源:二道区卫生计生局 / 制 作:长春市卫生计生委宣传处:
    the maker's line was a fact."""
    text = ("简报|二道区卫计局组织召开 区人大代表建议、政协委员提案面复会\n\n长春卫生计生信息\n\n"
            "4月25日，二道区卫计局在局12楼小会议室组织召开了区人大代表建议、政协委员提案面复会。对涉及卫计系统工作的"
            "二道区十八届人大一次会议第100号建议进行了当面答复，与会的人大代表和政协委员对答复表示满意。\n\n"
            "信息来源:二道区卫生计生局\n\n制        作:长春市卫生计生委宣传处\n\n联系电话: 0431-84692117\n")
    assert "宣传处" not in fact_texts(distil(tmp_path, erdao, text, "maker.txt"))


def test_a_cut_off_at_a_later_month_is_the_year_before(tmp_path, sanya):
    """三亚市林业局's year in review, posted 2025-01-29, says 截至12月底，第三轮中央生态环保督察反馈的6个问题中，已完成整改4个: the
    statement and its figures were read as 2025's, the item's year; a cut-off at a month after the item's is the year before's."""
    text = ("新岁新程 华章再启——2024，林业人这样走过！\n\n2025-01-29 19:39 三亚市林业局\n\n"
            "高效落实、全力以赴推动问题整改工作，取得阶段性成果，获得肯定。截至12月底，第三轮中央生态环保督察反馈的6个问题中，"
            "已完成整改4个。国家林草局专项检查反馈问题阶段性整改按时完成，整改方案中的20项立行立改措施已全部落实。\n")
    fact = distil(tmp_path, sanya, text, "cutoff.txt").facts[0]
    assert fact.period.year == 2024
    assert {f.year or fact.period.year for f in fact.figures} == {2024}


def test_a_seasons_greetings_are_no_fact(tmp_path, sanya):
    """The same item says 今天是大年初一，值此新春佳节之际，三亚市林业局向所有关心、支持林业事业发展的各级领导…致以诚挚的问候和
    新春的祝福，祝您…: the greeting was a result of the bureau's."""
    text = ("新岁新程 华章再启——2024，林业人这样走过！\n\n2025-01-29 19:39 三亚市林业局\n\n"
            "瞻来路，千里迢递皆为序章；近瞰眼前，万木葱茏尽展新象。今天是大年初一，值此新春佳节之际，三亚市林业局向所有关心、"
            "支持林业事业发展的各级领导、社会各界朋友、林业系统广大干部职工和家属致以诚挚的问候和新春的祝福，"
            "祝您在新的一年里万事随心、巳巳如意、福运相拥、蛇年大吉！\n\n"
            "2024年，完成造林绿化6795.29亩，义务植树25.51万株，尽责率达108.3%。\n")
    assert "祝福" not in fact_texts(distil(tmp_path, sanya, text, "greeting.txt"))


def test_estates_a_plan_holds_are_no_plan_of_the_work(tmp_path, bole):
    """博乐市住建局's reply says …27.89公里进行了改造…。2023年已由各街道牵头对计划改造老旧小区需改造内容基本情况进行了调查摸底，…
    截至目前已完成改造。: 对计划改造老旧小区 (the estates the plan holds) turned the paragraph to a plan, the survey done a plan."""
    text = ("金景芳代表：\n您提出的“关于老旧小区更换楼内外下水管道的建议”收悉。经研究办理，现答复如下：\n"
            "根据改造需求，2020年-2022年对计划内小区需改造供排水管网27.89公里进行了改造，居民户内部分不在改造范围内。"
            "2023年已由各街道牵头对计划改造老旧小区需改造内容基本情况进行了调查摸底，充分了解群众需求、改造内容、方式等，"
            "目前正按计划实施，截至目前已完成改造。\n")
    facts = distil(tmp_path, bole, text, "surveyed.txt").facts
    assert [f.kind for f in facts if "调查摸底" in f.text] == ["done"]


@pytest.fixture
def shuncheng(tmp_path):
    """A workspace of 抚顺市顺城区's city administration (its 环卫中心 answers)."""
    return unit_workspace(tmp_path / "ws_顺城区", "抚顺市顺城区城市管理综合行政执法局", "区城管局", "顺城区")


@pytest.fixture
def haicheng(tmp_path):
    """A workspace of 海城市住房和城乡建设局."""
    return unit_workspace(tmp_path / "ws_海城市", "海城市住房和城乡建设局", "市住建局", "海城市")


SHUNCHENG_73 = (
    "抚顺市顺城区人民政府官方网站 2024年10月28日 星期一 网站首页 | 政务公开 | 政务服务 | 设为首页 | 加入收藏\n2022年\n"
    "2022年区十一届人大一次会议《关于规划垃圾桶设置地点改善道路通行环境的建议》(73号)的答复\n"
    "来源:区人大常委会浏览:1300次'时间:2022年5月10日\n\n田军代表:\n\n"
    "您提出的关于规划垃圾桶设置地点改善道路通行环境的建议收悉,现答复如下:\n\n"
    "代表提出的利用绿化带遮挡垃圾桶提高城市美观的建议,环卫中心将积极采纳。目前,在城东地区已经陆续建立围挡遮盖垃圾滚简,"
    "提高城市美观度。\n\n感谢您对环卫工作的重视和关心。\n\n"
    "Copyright 2008-2010 www.fssc.gov.cn All Rights Reserved\n顺城区人民政府主办 顺城区政府办公室承办 电话:(024)57503685\n"
    "政府网站标识码:21041\n")


def test_a_sites_bar_and_a_years_channel_are_no_part_of_the_title(tmp_path, shuncheng):
    """顺城区's reply to 田军 (fssc.gov.cn/ins.asp?i=7650&s=11607) opens under the site's bar (某区人民政府官方网站 2024年10月28日
    星期一 网站首页 | … | 设为首页 | 加入收藏) and its channel's year (2022年): both were read into the title (the bar still names
    the reply's place)."""
    source = distil(tmp_path, shuncheng, SHUNCHENG_73, "bar.txt").source
    assert source.title == "2022年区十一届人大一次会议《关于规划垃圾桶设置地点改善道路通行环境的建议》（73号）的答复"
    assert (source.jurisdiction, source.suggestion_number) == ("顺城区", "73")


def test_a_footer_naming_who_runs_the_site_is_no_fact(tmp_path, shuncheng):
    """The same page ends 顺城区人民政府主办 顺城区政府办公室承办 电话:(024)57503685: the footer was a fact."""
    assert "承办" not in fact_texts(distil(tmp_path, shuncheng, SHUNCHENG_73, "footer.txt"))


def test_a_counted_noun_ends_before_an_adverb_or_a_share(tmp_path, haicheng):
    """海城's reply to 杨忠堂 and others (whentby.com mirror, …/202410/0173008204175834.html) says 我市农村397个行政村基本建立起了…,
    海城住建局计划建设城乡垃圾中转站3座 and …26个镇街约有三分之一实现第三方保洁: the figures counted 行政村基本,
    海城住建局计划建设城乡垃圾中转站 and 镇街约有三分之一."""
    text = ("杨忠堂、于静、段楠委员:\n你提出的《提升农村环境净化水平的建议提案》收悉,现答复如下:\n"
            "通过对标自查发现农村垃圾收运体系目前短板已补齐,我市农村397个行政村基本建立起了“村收集、镇转运、市处理”的"
            "农村生活垃圾运营体系。\n"
            "四、海城住建局计划建设城乡垃圾中转站3座。可以辐射48个行政村和涉农社区。\n"
            "五、全市26个镇街约有三分之一实现第三方保洁。\n")
    counts = {f.raw: f.counts for fact in distil(tmp_path, haicheng, text, "adverb.txt").facts for f in fact.figures}
    assert (counts["397个"], counts["3座"], counts["26个"]) == ("行政村", "城乡垃圾中转站", "镇街")


@pytest.fixture
def wuyuan(tmp_path):
    """A workspace of 五原县's farming bureau (内蒙古巴彦淖尔市)."""
    return unit_workspace(tmp_path / "ws_五原县", "五原县农牧和科技局", "县农牧局", "五原县")


WUYUAN_2024 = (
    "2024年,上級下達我縣糧食任務73萬畝,其中小麥9.5萬畝,大豆1.2萬畝(大豆玉米帶狀復合種植0.7萬畝)。\n"
    "3.灘區種植結構調整:截至5月27日,灘區播種面積4.96萬畝,其中低灘區播種0.28萬畝(大豆0.14萬畝、玉米0.14萬畝),"
    "農作物仍在陸續播種中。\n"
    "4、有效實施各類項目:綠色高產高效行動:實施小麥和玉米已各落實2個萬畝片、10個千畝片。"
    "6月份開展2次小麥“一噴三防”噴防作業(任務9.5萬畝次)。\n"
    "(二)高標準農田建設、鹽堿地改良同步推進\n"
    "一是積極組織相關部門、專家完成2023年建設項目縣市兩級初步驗收,并積極配合相關部門整改問題十余件。\n")


def test_a_projects_county_and_a_rivers_flats_are_no_places(tmp_path, wuyuan):
    """五原县's half-year account of 2024 (gorunav.com.cn/nmy/47553.html, a mirror in traditional characters) says
    完成2023年建設項目縣市兩級初步驗收 and 低灘區播種0.28萬畝: 项目县 was the account's place (every fact another place's) and
    低滩区 a figure's."""
    ff = distil(tmp_path, wuyuan, WUYUAN_2024, "project.txt")
    assert ff.source.jurisdiction != "项目县" and not any(f.external for f in ff.facts)
    assert all(g.place != "低滩区" for f in ff.facts for g in f.figures)


def test_sown_area_times_is_one_unit(tmp_path, wuyuan):
    """The same account says 開展2次小麥“一噴三防”噴防作業(任務9.5萬畝次): 9.5万亩 lost its 次, read as the count of 次）."""
    figures = {g.raw: g for f in distil(tmp_path, wuyuan, WUYUAN_2024, "times.txt").facts for g in f.figures}
    assert figures["9.5万亩次"].unit == "亩次"


@pytest.fixture
def taibai(tmp_path):
    """A workspace of 宝鸡市生态环境局太白分局."""
    return unit_workspace(tmp_path / "ws_太白县", "宝鸡市生态环境局太白分局", "太白分局", "太白县")


def test_a_bare_level_listed_before_a_figure_shares_its_noun(tmp_path, taibai):
    """太白分局's reply to proposal 65 (taibai.gov.cn/…/202509/t20250930_1216528.html) says 对县域2个河流出境断面、2个县级及4个
    乡镇水源地水质累计开展检测26次: the 2 县级 were read as 县级河流出境断面, the noun of the figure before, not of the
    水源地 they share with the 4 乡镇 ones."""
    text = ("对政协太白县九届四次会议第65号提案的复函\n\n发布日期:2025-09-02 信息来源: 市生态环境局太白分局\n\n"
            "宝环太函〔2025〕6号\n\n都小英委员:\n\n您提出的《关于倡导绿色低碳环保生活方式的建议》收悉。现答复如下:\n\n"
            "三、突出重点，推动环境质量改善\n\n二是水生态综合治理稳步推进。对县域2个河流出境断面、2个县级及4个乡镇水源地水质"
            "累计开展检测26次，均达到地表水Ⅱ类标准。\n")
    counts = [g.counts for f in distil(tmp_path, taibai, text, "levels.txt").facts for g in f.figures]
    assert counts[:3] == ["河流出境断面", "县级水源地水质", "乡镇水源地水质"]


def test_a_quoted_name_joined_by_plus_is_counted_whole(tmp_path, sanya):
    """三亚市林业局's year in review says 认定7个“互联网+全民义务植树”基地: the figure counted “互联网, the name cut at its +."""
    text = ("新岁新程 华章再启——2024，林业人这样走过！\n\n2025-01-29 19:39 三亚市林业局\n\n"
            "2024年，编制十年植树规划，认定7个“互联网+全民义务植树”基地，开展20次义务植树活动，完成造林绿化6795.29亩。\n")
    counts = {g.raw: g.counts for f in distil(tmp_path, sanya, text, "plus.txt").facts for g in f.figures}
    assert counts["7个"] == "“互联网+全民义务植树”基地"


def test_what_the_city_still_will_do_is_a_plan(tmp_path, haicheng):
    """海城's reply lists 二、2023年我市通过农村人居环境奖补资金购置垃圾收运设施1400余万元； 三、2024年我市还将通过上级奖补资金再购置
    605万元垃圾收运设施；: the purchase to come was read as done (2024年 without its comma, 将 before 通过)."""
    text = ("杨忠堂、于静、段楠委员:\n你提出的《提升农村环境净化水平的建议提案》收悉,现答复如下:\n"
            "近年来,为进一步完善农村生活垃圾运营体系建设主要完成了以下工作:\n"
            "二、2023年我市通过农村人居环境奖补资金购置垃圾收运设施1400余万元;\n"
            "三、2024年我市还将通过上级奖补资金再购置605万元垃圾收运设施;\n")
    kinds = {f.figures[0].raw: f.kind for f in distil(tmp_path, haicheng, text, "still.txt").facts if f.figures}
    assert kinds == {"1400余万元": "done", "605万元": "plan"}
