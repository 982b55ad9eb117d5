"""Small wording faults held-out testers found on real bureaus' pages (hd24a, hd25b, hd25c): a word ending in 局 read as the
bureau, a built area dated as a standing size, a count of persons listed by 、 cut at its first kind, a rate's name eating the
things counted, an ASCII semicolon between figures. Each test distils (or drafts from) the real line as the bureau's clerk
would."""

from __future__ import annotations

from helpers import JIUJIANG_PRESS, distil, fact_saying, page_draft, part_one, unit_workspace

JIUJIANG = ("九江市教育局", "市教育局", "九江市",
            "浔阳区, 濂溪区, 柴桑区, 瑞昌市, 共青城市, 庐山市, 武宁县, 修水县, 永修县, 德安县, 都昌县, 湖口县, 彭泽县")
SCHOOL_PLACES = "关于加快中小学校新改扩建扩大学位供给的建议\n领衔代表：王某\n\n建议：加快中小学校新改扩建，扩大学位供给。\n"


def test_a_word_ending_in_ju_is_no_bureau_and_a_built_area_is_its_spans(tmp_path):
    """A 2026 draft on school places from 九江's press conference read 我局不断优化，截至2025年12月，新改扩建教育项目400个，改扩建
    面积220万平方米…: 教育布局 was taken for the bureau (教育 + …局), and 改扩建面积 for a standing size, dated by the page. 布局
    names no unit; the area built in “十四五”期间 is the span's, like the 400 projects beside it, and the sentence says so."""
    ws = unit_workspace(tmp_path / "ws", *JIUJIANG)
    _, document = page_draft(tmp_path, ws, JIUJIANG_PRESS, SCHOOL_PLACES, "9001", "关于加快中小学校新改扩建扩大学位供给的建议",
                             "--date", "2026-01-20", "--type", "B", name="2025-12-12_十四五新闻发布会市教育局专场.txt")
    one = "".join(part_one(document))
    # (the page names the plan, “十四五”期间: the span is said as the page says it, its years beside it, h260)
    assert "教育布局不断优化，“十四五”期间（2021—2025年），新改扩建教育项目400个，改扩建面积220万平方米，新增学位4.8万个。" in one, one
    assert "我局不断优化" not in one and "截至2025年12月" not in one, one


def test_a_built_area_of_a_span_is_dated_by_the_span(tmp_path):
    """改扩建面积220万平方米 was filed as of the page's date (year 2025, basis document date) while 新改扩建教育项目400个 of the same
    clause run stood with the “十四五” span: an area built or added is a flow of its period, no standing size."""
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JIUJIANG), JIUJIANG_PRESS, "2025-12-12_十四五新闻发布会市教育局专场.txt")
    fact = fact_saying(ff, "220万平方米")
    area = next(g for g in fact.figures if g.raw == "220万平方米")
    projects = next(g for g in fact.figures if g.raw == "400个")
    assert (area.year, area.until, area.basis) == (projects.year, projects.until, projects.basis) == (None, 2025, None), area
    assert (fact.period.year, fact.period.until) == (2021, 2025), fact.period


# 牟定县水务局's reply to 第74号建议 of 2022 (held-out round hd26c, seeds/mdx_37806_74号建议答复_2022.txt), its page as saved.
MUDING_74 = """牟定县人民政府
首页 >> 政府信息公开 >> 人大代表建议 >> 正文

牟定县水务局关于答复县十八届人大一次会议第74号建议的函

日期:2022年09月24日   作者:   来源:    点击:[]

李宗玉代表:

你在县十八届人大一次会议上提出的关于立项建设铁厂河河道治理的建议,交由我单位办理,现答复如下:

2020年,县水务局已委托楚雄欣源水利电力勘察设计有限责任公司编制了《牟定县“十四五”水安全保障规划报告》,铁厂河河道治理工程已列入牟定县“十四五”水安全保障规划中的山洪沟治理工程项目,规划治理河道总长3.8km,保护人口0.08万人,保护农田0.11万亩,治理标准为10年一遇,主要建设内容为:新建护岸及堤防长度6.08km,排洪渠长度0.2km,河道道疏浚量2.85万m³。目前,项目上报国家水利部,争取项目资金支持。待项目资金下达我们会及时开展铁厂河河道治理工程建设。

感谢您对我县水务工作的关心与支持!

上一条:牟定县水务局关于答复县十八届人大一次会议第53号建议的函
下一条:牟定县水务局关于答复县十八届人大一次会议第72号建议的函

关闭
"""


def test_a_planned_size_is_no_work_of_the_year_before(tmp_path):
    """The length a plan is to treat (规划治理河道总长3.8km) is the project's size, no flow of 2020, the year of the clause before
    (the plan was commissioned then): it stands as other sizes do, of the reply's date."""
    ws = unit_workspace(tmp_path / "ws", "牟定县水务局", "县水务局", "牟定县")
    ff = distil(tmp_path, ws, MUDING_74, "mdx_37806_74号建议答复_2022.txt")
    length = next(g for g in fact_saying(ff, "3.8km").figures if g.raw == "3.8km")
    assert (length.counts, length.year, fact_saying(ff, "3.8km").period.year) == ("规划治理河道总长", None, 2022), length


# 益阳's 民盟 item on its 视察 of 市民政局 (held-out round hd25c, seeds/01_民盟益阳市委视察市民政局.txt), its first paragraph.
YIYANG_VISIT = ("6月10日上午,民盟益阳市委联合九三学社益阳市委组织盟内、社内的10位人大代表、政协委员在市政协副主席、民盟市委主委吴宏斌、"
                "市政协常委、九三学社市委主委曾水平的率领下就全市低保、殡葬等民生工作对市民政局进行专题视察。\n")


def test_a_count_of_persons_listed_by_dun_counts_them_all(tmp_path):
    """10位人大代表、政协委员 was filed as 10 counting 人大代表: the persons a count names are all those its 、 list names."""
    ws = unit_workspace(tmp_path / "ws", "益阳市民政局", "市民政局", "益阳市", "资阳区, 赫山区")
    ff = distil(tmp_path, ws, YIYANG_VISIT, "01_民盟益阳市委视察市民政局.txt")
    assert [(g.raw, g.counts) for g in fact_saying(ff, "10位").figures] == [("10位", "人大代表、政协委员")], ff.facts


def test_a_count_before_a_rate_counts_its_things_whole(tmp_path):
    """100个行政村通车率 kept 行政村通车率 as what the 100 count: the rate's name was read as the four characters before 率,
    leaving 行 alone, too short to be the thing. A rate is named by two characters (通车率) or four (水质达标率) that leave the
    things counted whole."""
    ws = unit_workspace(tmp_path / "ws", "天门市交通运输局", "市交通运输局", "天门市")
    ff = distil(tmp_path, ws, "2023年，我局加快推进“四好农村路”建设，新改建农村公路320公里，全市100个行政村通车率达到100%，农村客运"
                "班线覆盖所有乡镇。\n", "roads.txt")
    counts = [(g.raw, g.counts) for g in fact_saying(ff, "100个").figures]
    assert ("100个", "行政村") in counts and ("100%", "行政村通车率") in counts, counts


# 西安市生态环境局's news item of 2022-02-15 (held-out round hd24a), its line on air quality as the page prints it.
XIAN_AIR = ("在空气质量方面,2021年优良天数达到265天,同比增加15天;PM2.5浓度为41微克每立方米,同比改善19.6%;6项指标“五降一平”;"
            "年度优级天数62天,同比增加6天,连续优良天数54天,连续优级天数13天,创有监测记录以来的最好成绩。\n")


def test_an_ascii_semicolon_between_figures_reads_full_width(tmp_path):
    """同比改善19.6%;6项指标 kept its ASCII semicolon in the fact (the others, next to Chinese, became ；): between two figures
    it is the same mark."""
    ws = unit_workspace(tmp_path / "ws", "西安市生态环境局", "市生态环境局", "西安市")
    ff = distil(tmp_path, ws, XIAN_AIR, "2022-02-15_西安市生态环境局连续3年考核优秀.txt")
    text = fact_saying(ff, "19.6%").text
    assert "同比改善19.6%；6项指标" in text and ";" not in text, text
