"""Clutter and kinds of statement in news items and reports, found on held-out round hd23 (维西傈僳族自治县文化和旅游局,
郑州市科学技术局, 广元市利州区财政局): a mirror's toneless pinyin notes, a newspaper's byline and headline run into its lede,
a browser notice, a report's procedural opening and its list of attachments.

Each test distils a short excerpt of the real page (its words as the page prints them, clutter kept; the page is named in
the test) through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import WEIXI_ZIRAN_78, distil, fact_texts, unit_workspace

WEIXI_AREAS = "保和镇, 叶枝镇, 塔城镇, 永春乡, 攀天阁乡, 白济汛乡, 康普乡, 巴迪乡, 中路乡, 维登乡"


def _weixi(tmp_path):
    return unit_workspace(tmp_path / "ws", "维西傈僳族自治县文化和旅游局", "县文化和旅游局", "维西县", WEIXI_AREAS)


def _figure(ff, raw_number: str):
    return next(g for f in ff.facts for g in f.figures if raw_number in g.raw)


# A mirror's copy (traditional characters, a toneless pinyin note and a space after some) of a 2023-11-24 press article on
# 维西's 文旅, its first lines as the page prints them.
WEIXI_NEWS = """推進文旅深度融合發展 共繪“詩和遠方”美好畫卷
近年來,維西縣以新發展理念為(wei) 引領,以資源稟賦為(wei) 支撐,積極探索文旅融合路徑,並把全域旅遊與(yu) 鄉(xiang) 村振興(xing) 同謀劃、同布局、同落實,全力推動文化旅遊業(ye) 高質量發展。截至2023年9月,全縣直接或間接旅遊從(cong) 業(ye) 人員1600餘(yu) 人,已建酒店、民宿308家,2023年以來接待國內(nei) 外遊客209.61萬(wan) 人次,實現旅遊社會(hui) 總收入239745.82萬(wan) 元。
"""


WEIXI_NAME = "2023-11-24_维西县推进文旅深度融合发展_新闻.txt"
WEIXI_MORE = """傈僳族舞蹈阿尺目刮。
多路徑激發文旅新動能
近年來,維西縣堅持以習(xi) 近平新時代中國特色社會(hui) 主義(yi) 思想為(wei) 指導,深入學習(xi) 貫徹黨(dang) 的二十大精神和習(xi) 近平總書(shu) 記係列重要講話精神,深刻領悟“兩(liang) 個(ge) 確立”的決(jue) 定性意義(yi) ,增強“四個(ge) 意識”、堅定“四個(ge) 自信”、做到“兩(liang) 個(ge) 維護”,嚴(yan) 格落實各項工作責任製,創新管理手段,提高管理質量和服務能力,在文化旅遊深度融合發展上尋求新突破。
藏族熱巴舞。
依托資源優(you) 勢 發展文旅產(chan) 業(ye)
地處滇西北的維西縣,環抱於(yu) 三州(市)六縣之間,具備一縣連三州六縣的中心區位優(you) 勢,是滇西旅遊大環線節點之一,是香格裏拉冬季旅遊的互補點和一日遊“三江”的樞紐地。
維西縣旅遊資源豐(feng) 富,滇金絲(si) 猴景區是研學、休閑、康養(yang) 勝地。還有旅遊名鎮2個(ge) (塔城鎮、葉枝鎮)、全國鄉(xiang) 村旅遊重點村1個(ge) (啟別村)。
維西縣氣候溫潤,全縣最高海拔4880米,
"""


def _weixi_fact(ff, words: str):
    return next(f for f in ff.facts if words in f.text)


def test_a_news_items_headline_creed_and_geography_are_no_results(tmp_path):
    """The article's headline ran into its first paragraph (…美好画卷近年来，维西县…: 近年來 in traditional characters was not
    read as a paragraph's opening), its creed (坚持以习近平新时代…思想为指导…做到“两个维护”) and the county's altitude
    (全县最高海拔4880米) were results, done."""
    ff = distil(tmp_path, _weixi(tmp_path), WEIXI_NEWS + WEIXI_MORE, WEIXI_NAME)
    assert ff.source.title == "推进文旅深度融合发展 共绘“诗和远方”美好画卷"
    first = _weixi_fact(ff, "209.61")
    assert first.text.startswith("近年来，维西县以新发展理念为引领") and first.kind == "done"
    assert _weixi_fact(ff, "两个维护").kind == "context"
    assert _weixi_fact(ff, "海拔4880米").kind == "context"
    assert _weixi_fact(ff, "地处滇西北").section == ["依托资源优势 发展文旅产业"]
    # (what the county is rich in, titles held among them — 旅游资源丰富，…还有旅游名镇2个…: its resources as they stand, background
    # since h321, never a result of the year's work)
    assert _weixi_fact(ff, "旅游名镇2个").kind == "context"


def test_a_mirrors_toneless_pinyin_notes_are_no_text(tmp_path):
    """國內(nei) 外遊客209.61萬(wan) 人次: the note without a tone mark, and the space after it, stayed in the text (为（wei） 引领),
    and the figures lost their units (209.61万 of 接待国内（nei） 外游客, unit ''). A run of notes of pinyin's shape after
    characters is clutter; a single one when a character goes on after its space."""
    ff = distil(tmp_path, _weixi(tmp_path), WEIXI_NEWS, WEIXI_NAME)
    assert "wei" not in fact_texts(ff) and "以新发展理念为引领" in fact_texts(ff)
    visitors, income = _figure(ff, "209.61"), _figure(ff, "239745.82")
    assert (visitors.unit, visitors.counts) == ("人次", "接待国内外游客")
    assert (income.unit, income.counts) == ("元", "旅游社会总收入")
    from drafter.read.clean import normalize_text

    for line in ("是（a）类项目", "林地面积（ha） 100公顷", "限值（value）须", "物（VOCs）治理"):  # no pinyin notes: they stay
        assert normalize_text(line) == line
    assert normalize_text("习(xi) 近平") == "习近平"


def _zhengzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "郑州市科学技术局", "市科技局", "郑州市", "中原区, 二七区, 管城回族区, 金水区, 惠济区")


# 郑州日报's e-paper page of 2021-11-11 on the city's new research centres, as the page prints it: its edition line, the
# headline, the lede with its credit, the reporter's attribution, and the page's chart data and browser notice under it.
ZHENGZHOU_NEWS = """第01版:封面 PDF版阅读

加大研发投入激发创新活力 加速推进国家创新高地建设 郑州再添工程技术研究中心和重点实验室132家

本报讯(记者 李娜 通讯员 李登科)11月10日,记者从郑州市科技局获悉,郑州市新增市级工程技术研究中心和重点实验室132家。

据介绍,为进一步完善科创生态体系,鼓励各类创新主体以研发平台为载体,加大研发投入,激发创新活力与动能,同时为积极培育建设国家级、省级等高能级创新平台蓄力,市科技局组织开展2021年度市级工程技术研究中心和重点实验室相关工作。经形式审查、专家评审及现场考察情况,组建97个工程技术研究中心和35个重点实验室。

据悉,近年来我市不断完善研发平台建设培育体系,逐步形成了“以企业为主体、市场为导向、产学研深度融合”的多层次研发平台。截至目前,郑州市共有市级工程技术研究中心1076个,重点实验室420个。

下一步,市科技局将推荐市级工程技术研究中心和重点实验室积极参与省级平台申报,同时做好相关平台管理工作,充分发挥科技创新平台引领作用,在建设国家创新高地中起高峰、出重彩。

2025-12-26,12687| 2025-12-25,12675| 2025-12-24,12667| 2025-12-23,12659| 2025-12-22,12651|
您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。
"""


def test_a_newspapers_headline_credit_attribution_and_page_clutter_are_no_facts(tmp_path):
    """The headline ran into the lede (…重点实验室132家本报讯（记者 李娜…）…记者从郑州市科技局获悉，…: 132 counted twice, once
    as 本报讯), the paragraphs opening 据介绍/据悉 were context though they told the bureau's results (组建97个…35个; 1076个…420个),
    and the chart's data with the browser notice was a fact, a plan of section 下一步. The headline is the title, the credit and
    the reporter's attribution go, what the bureau told the paper is its work, and the page's clutter is none."""
    ff = distil(tmp_path, _zhengzhou(tmp_path), ZHENGZHOU_NEWS, "2021-11-11_郑州日报_郑州再添工程技术研究中心和重点实验室132家.txt")
    assert ff.source.title.startswith("加大研发投入激发创新活力") and ff.source.title.endswith("132家")
    texts = fact_texts(ff)
    assert "本报讯" not in texts and "记者" not in texts and "据介绍" not in texts and "据悉" not in texts
    assert "IE" not in texts and "12687" not in texts
    assert [g.counts for f in ff.facts for g in f.figures if g.raw == "132家"] == ["新增市级工程技术研究中心和重点实验室"]  # (the year's additions: h307)
    assert next(f for f in ff.facts if "组建97个" in f.text).kind == "done"
    assert next(f for f in ff.facts if "1076个" in f.text).kind == "done"
    assert next(f for f in ff.facts if f.text.startswith("下一步")).kind == "plan"


# 郑州市科学技术局's reply to 第220200897号提案 (2020-08-19), its heads and a part's paragraph as the page prints them.
ZHENGZHOU_REPLY = """关于市政协十四届三次会议第220200897号提案的答复

尊敬的刘勇志委员:

您提出的“关于进一步加大力度支持千亿级—高性能碳纤维项目发展的提案”收悉。结合我局工作实际,现答复如下:

二、培育创新引领型企业

构建以企业为主体的自主创新体系,建立创新引领型企业培育库,大力培育高新技术企业,促进企业技术创新与管理创新、商业模式创新互动发展。

三、支持企业加大研发投入

进一步落实支持企业技术创新的研发费用加计扣除、科技型企业研发费用后补助等政策,引导企业加大科技创新投入,提升企业科技创新能力。
"""


def test_a_statement_of_what_is_to_go_further_is_a_commitment(tmp_path):
    """进一步落实…研发费用加计扣除…等政策，引导企业加大科技创新投入 was work done: a statement opening on 进一步, with no subject,
    no time and nothing said done, is what the bureau commits to."""
    ff = distil(tmp_path, _zhengzhou(tmp_path), ZHENGZHOU_REPLY, "郑州市科技局_2020_第220200897号提案答复_刘勇志.txt")
    assert next(f for f in ff.facts if "加计扣除" in f.text).kind == "plan"


# 广元市利州区财政局's budget report to 区九届人大五次会议 (2025-02-16), as its page prints it: the page's list of its attachments
# first, the report's title wrapped over two lines.
LIZHOU_REPORT = """1.利州区2024年预算执行情况和2025年预算草案的报告
2.利州区2024年预算执行情况和2025年预算草案的报告附表
3.利州区2025年“三公”经费预算表
12.利州区2025年拟申报中央预算内基建投资项目清单
13.利州区2025年重点项目清单
区九届人大五次会议
全体会议文件(五)
关于广元市利州区2024年预算执行情况和
2025年预算草案的报告(书面)
2025年2月16日
在广元市利州区第九届人民代表大会第五次会议上
广元市利州区财政局
各位代表:
受区人民政府委托,现将广元市利州区2024年预算执行情况和2025年预算草案提请区九届人大五次会议审议,并请区政协委员提出意见。
2024年预算执行情况
一年来,全区财政工作在区委的坚强领导下,较好完成全年各项财政目标任务。全区一般公共预算收入完成10.2亿元,增长5.1%。
"""


def test_a_reports_list_of_attachments_wrapped_title_and_procedural_opening_are_no_facts(tmp_path):
    """Every fact of the report had the attachment list's last line as its heading (section 13.利州区2025年重点项目清单), its title
    was empty (关于…执行情况和 / 2025年预算草案的报告 read as two lines), and 受区人民政府委托，现将…提请…审议 was work done."""
    ws = unit_workspace(tmp_path / "ws", "广元市利州区财政局", "区财政局", "利州区")
    ff = distil(tmp_path, ws, LIZHOU_REPORT, "lzq_2025_budget_report.txt")
    assert ff.source.title == "关于广元市利州区2024年预算执行情况和2025年预算草案的报告（书面）"
    assert all(not any("清单" in h for h in f.section) for f in ff.facts), [f.section for f in ff.facts]
    assert not any(f.text.startswith("受区人民政府委托") for f in ff.facts)  # (how it is presented: no fact, hd44a)
    income = next(f for f in ff.facts if "10.2亿元" in f.text)
    assert income.section == ["2024年预算执行情况"]


def test_a_press_article_on_the_place_is_news_not_the_bureaus_report(tmp_path):
    """The article on 维西's 文旅 (a headline naming no report, no issuer, no number, no 我局/我县) was filed as the bureau's work
    report, titled 2023年工作报告 with no issuer: it is a third party's article on the place, news — its results stay done."""
    ff = distil(tmp_path, _weixi(tmp_path), WEIXI_NEWS + WEIXI_MORE, WEIXI_NAME)
    assert ff.source.kind == "news" and not ff.source.issuer
    assert _weixi_fact(ff, "209.61").kind == "done"


def test_a_pages_index_number_field_name_and_unit_label_are_no_part_of_the_title(tmp_path):
    """The title was 0152885889/202200316文号维西…78号建议的答复: the page's index number (no dash after its year), the name of
    an empty field and the unit's label in brackets were read as its first words."""
    ff = distil(tmp_path, _weixi(tmp_path), WEIXI_ZIRAN_78, "2022-10-25_县自然资源和规划局_78号建议答复_塔城景区.txt")
    assert ff.source.title == "维西傈僳族自治县第十八届人民代表大会第一次会议78号建议的答复"
    from drafter.read.clean import is_chrome

    assert is_chrome("0152885889/202200316") and not is_chrome("2022年完成投资202200316元")


# 郑州晚报's item of 2023-01-05 on the city's high-tech firms (on 河南热线), its lede and the paragraph ending on it again.
ZHENGZHOU_FIRMS = """焦点日报:郑州市高新技术企业将突破5200家,同比增长25%
2023-01-05 17:07:07 来源: 郑州晚报 郑州客户端官方网站

1月5日,记者从市科技局获悉,预计2022年全市新增高企1100家左右,全市高企将突破5200家,同比增长25%,全省占比48%。

根据高新技术企业申报认定工作相关要求,经企业申报,各开发区、区县(市)科技主管部门审核推荐,全市三批共申报高企2764家,截至12月中旬,通过专家评审及综合审查企业2196家,名单已于12月初在科技部火炬中心网上公示,通过专家评审及综合审查的企业需经国家科技部抽查复核后最终确认。预计2022年新增高企1100家左右,全市高企将突破5200家,同比增长25%,全省占比48%。
"""


def test_a_ledes_figures_told_again_at_the_end_are_one_statement(tmp_path):
    """The lede (预计2022年全市新增高企1100家左右，…全省占比48%) said again, 全市 left out, at the end of a later paragraph was a second
    fact of the same forecast: figures told again, of the same kind and period, are the statement made before."""
    ff = distil(tmp_path, _zhengzhou(tmp_path), ZHENGZHOU_FIRMS, "郑州晚报_2023-01-05_郑州市高新技术企业将突破5200家.txt")
    assert len([f for f in ff.facts if "1100家" in f.text]) == 1, [f.text for f in ff.facts]
    assert any("2764家" in f.text for f in ff.facts)


# 南通市应急管理局's summary of 2024 (untitled as copied), its first paragraph's opening.
NANTONG_SUMMARY = """2024年,南通市应急管理局深入学习贯彻习近平总书记关于安全生产、应急管理、防灾减灾救灾重要论述和重要指示批示精神,坚持以推进安全生产治本攻坚三年行动为主线,紧盯重点行业领域,狠抓安全生产责任落实,全市安全生产形势总体平稳。2024年,全市各类生产安全事故起数、死亡人数同比分别下降9.2%、14.3%。
"""


def test_a_report_opening_on_its_year_and_its_unit_is_that_units(tmp_path):
    """2024年，南通市应急管理局深入学习贯彻…: the report named its unit in its first words, yet its issuer was empty and its title
    a bare 2024年工作报告. A report's year, then a unit's full name, names who reports."""
    ws = unit_workspace(tmp_path / "ws", "南通市应急管理局", "市应急管理局", "南通市", "崇川区, 通州区, 海门区, 如东县, 启东市, 如皋市, 海安市")
    ff = distil(tmp_path, ws, NANTONG_SUMMARY, "seed2_南通市应急管理局_2024年工作总结.txt")
    assert ff.source.issuer == "南通市应急管理局" and ff.source.kind == "work_report"
