"""General reading rules found on the leftovers of earlier reading rounds (pages of 安宁市水务局, 广德市水利局, 襄垣县民政局, a
民政局's summary on a document-sharing site, 攀枝花市退役军人事务局's news, and 郑州市生态环境局's report and news).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts, unit_workspace

from drafter.distill.figures import find_figures


def _figures(ff) -> list:
    return [g for f in ff.facts for g in f.figures]


# www.kman.gov.cn/c/2025-06-09/7081432.shtml: 安宁市水务局's reply to suggestion 74227.
ANNING = ("安宁市水务局关于对安宁市七届人大四次会议第74227号建议的答复\n付红梅代表:\n"
          "您提出的《关于解决前山崀小河口河堤塌陷问题的建议》(第74227号)交我们办理,现答复如下:\n"
          "一、办理工作开展情况\n"
          "按照安宁市水务局关于印发《2025年人大代表建议和政协提案办理工作方案》的通知,根据您提的建议,我单位高度重视,"
          "第一时间组织相关部门对建议进行会商研究,结合我部门实际工作情况,认真起草答复意见。\n"
          "二、关于建议中反映的问题\n"
          "建议对位于金色螳川,棋台小河入口一段约150米的河道,两岸是多年来被河水冲击而成的松软泥沙河堤,在每年雨季到来时,"
          "都出现河岸被洪水冲击发生坍塌,经村委会实地测量,对此150米的河道两岸要用混凝土浇灌2.5—3米高的河堤,投入资金大约100万元。"
          "建议上级相关部门帮助解决此问题。\n"
          "三、关于对建议内容的逐条答复\n"
          "一是关于建议河岸坍塌,为保障小河两岸汛期行洪安全,按照属地管理原则,街道及时组织村组采取措施完成河堤修复;"
          "二是关于项目建设及资金问题,我部门前期已组织设计单位初步编制完成该段河堤修复方案,下步将该项目积极申报列入相关规划。\n"
          "安宁市水务局\n2025年6月9日\n")


def test_the_deputys_report_under_a_heading_of_the_suggestions_problems_is_no_work(tmp_path):
    """Under 二、关于建议中反映的问题 the deputy's own account (建议对位于…的河道，…投入资金大约100万元。) was work done with its
    150米 and 100万元: a heading announcing the suggestion's problems may stand over the bureau's work too, so the text under it
    decides — one opening on the suggestion's or its author's words is context."""
    ws = unit_workspace(tmp_path / "ws", "安宁市水务局", "市水务局", "安宁市", "连然街道, 金方街道")
    ff = distil(tmp_path, ws, ANNING, "anning.txt")
    told = [f for f in ff.facts if f.text.startswith("建议对位于")]
    assert told and all(f.kind == "context" for f in told)
    assert not [f for f in ff.facts if f.kind == "done" and any(g.raw.endswith("100万元") for g in f.figures)]
    assert any(f.kind == "done" and "完成河堤修复" in f.text for f in ff.facts)


def test_a_date_that_lost_its_separators_is_its_year_and_no_figure(tmp_path):
    """www.guangde.gov.cn/OpennessContent/show/2982878.html prints 于2023420日赴牛头山社区实地考察 (2023年4月20日): its digits
    are no figure and no count, and the year dates the statement (here in a reply of the year after)."""
    ws = unit_workspace(tmp_path / "ws", "广德市水利局", "市水利局", "广德市", "桃州镇, 新杭镇")
    text = ("关于对市一届人大三次会议第73号建议的答复函\n发布时间:2024-11-03\n"
            "柯其武等代表:\n你们提出的关于建饮用水水库的建议收悉。现答复如下:\n"
            "市水利局、新杭镇政府邀请省水院专家于2023420日赴牛头山社区实地考察,完成废弃矿坑改造水库论证3处。\n"
            "广德市水利局\n2024年11月3日\n")
    ff = distil(tmp_path, ws, text, "guangde.txt")
    fact = next(f for f in ff.facts if "实地考察" in f.text)
    assert [g.raw for g in fact.figures] == ["3处"]
    assert fact.period.year == 2023 and fact.period.basis == "text"


def test_a_meetings_session_number_is_no_figure_and_a_city_bureaus_visit_is_the_citys():
    """www.xiangyuan.gov.cn (襄垣县民政局's half-year summary, 2025-08-05): 会议时间：3月19日政府常务会(75次) gave the figure 75次,
    and 调研内容：长治市民政局党组书记、局长调研… was the county's own work: a form's field label before a statement is not its
    subject."""
    assert not find_figures("会议时间：3月19日政府常务会（75次）")
    assert not find_figures("会议时间：3月19日政府常务会(75次)")
    assert [g.raw for g in find_figures("召开专题会议3次，政府常务会（75次）研究")] == ["3次"]


def test_a_field_label_is_not_the_subject_of_a_statement(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "襄垣县民政局", "县民政局", "襄垣县", "古韩镇, 王桥镇")
    text = ("民政局2025年上半年工作总结和下半年工作计划\n发布日期:2025-08-05\n"
            "一、主要工作情况\n(一)主要情况\n2.上半年市级以上领导调研情况:\n(1)调研时间:2025年3月21日\n"
            "调研内容:长治市民政局党组书记、局长调研养老服务体系建设工作。\n"
            "4.上半年县委常委会、县政府常务会专题研究涉及到的事项:\n会议时间:3月19日政府常务会(75次)\n"
            "主要内容:研究关于古韩镇成立社区居民委员会事宜。\n")
    ff = distil(tmp_path, ws, text, "xiangyuan.txt")
    visit = next(f for f in ff.facts if "长治市民政局" in f.text)
    assert visit.jurisdiction == "长治市" and visit.external
    assert not [g for g in _figures(ff) if g.raw == "75次"]


def test_an_age_classing_the_people_counted_is_read_with_them():
    """www.wenkuhub.com/57827.html (市民政局2024年工作总结, its words spaced): 为 258 名分散供养特困人员和 174 名 80 岁以上的
    经济困难老人开展上门… counted 174 as 分散供养特困人员; 80 岁以上 classes the old people, no figure; 提高 到 1350 元 (a space
    inside the verb) counted 提高 到."""
    got = {g.raw: g.counts for g in find_figures(
        "通过购买社会救助服务，为258名分散供养特困人员和174名80岁以上的经济困难老人开展上门服务。")}
    assert got["258名"] == "分散供养特困人员" and got["174名"].endswith("经济困难老人")
    assert not [raw for raw in got if raw.startswith("80")]
    got = {g.raw: g.counts for g in find_figures("分散养育标准由1340元 / 人 / 月提高 到1350元 / 人 / 月。")}
    assert got["1350元 / 人 / 月"] == "分散养育标准"


def test_a_sentence_the_page_cut_off_at_its_end_is_no_fact(tmp_path):
    """tyjrj.panzhihua.gov.cn/zwgk/gzdt/4356872.shtml (2022-12-20) ends mid-sentence (…按照“三园”“四化”理念，全面提升烈士), which
    was kept as a fact; a last sentence cut off keeps its figures only when they are read whole (www.wenkuhub.com/57827.html
    ends …为 258 名…和 174 名 80 岁以上的经济困难老人开展上门)."""
    ws = unit_workspace(tmp_path / "ws", "攀枝花市退役军人事务局", "市退役军人事务局", "攀枝花市", "东区, 西区, 仁和区, 米易县, 盐边县")
    text = ("省退役军人事务厅来攀调研\n2022-12-20\n"
            "胡勇一行先后上门走访慰问残疾退役军人庞益祥、罗阳春等6名退役军人、烈属，为他们亲手送上慰问金。\n\n"
            "胡勇对攀枝花市退役军人事务工作给予充分肯定，认为攀枝花市烈士褒扬纪念设施建设与传承“三线精神”高度契合，他强调，"
            "要进一步提高政治站位，加强红色资源的保护利用，按照“三园”“四化”理念，全面提升烈士\n")
    ff = distil(tmp_path, ws, text, "pzh.txt")
    assert "全面提升烈士" not in fact_texts(ff) and "6名退役军人" in fact_texts(ff)
    ws2 = unit_workspace(tmp_path / "ws2", "某市民政局", "市民政局", "某市", "")
    text = ("市民政局2024年工作总结和2025年工作计划\n\n"
            "一、2024年工作总结\n"
            "三是 自 2023 年 7 月至 2024 年 6 月开展“物质 + 服务”改革创新试点(省级),通过购买社会救助服务,为 258 名分散供养"
            "特困人员和 174 名 80 岁以上的经济困难老人开展上门\n")
    got = {g.raw: g.counts for g in _figures(distil(tmp_path, ws2, text, "wenku.txt"))}
    assert got.get("174名", "").endswith("经济困难老人")


def test_a_rank_listed_after_another_ranks_its_measure_and_a_band_is_no_figure():
    """www.zhengzhou.gov.cn's 2023 report (下降率在国家中心城市中正排第3位、省会城市正排第5) read the second rank as 省会城市正排,
    its measure lost; 郑州日报 (2019) and 王淑英's 2022 article (稳定退出后20位) read 后20位 as a figure of 后: a band of a
    ranking is no rank nor count."""
    got = {g.raw: g.counts for g in find_figures(
        "下降率在国家中心城市中正排第3位、省会城市正排第5；年排名在全国168个重点城市倒排第34位")}
    assert got["第5"] == "下降率在省会城市正排" and got["第3位"] == "下降率在国家中心城市中正排"
    assert not find_figures("在全国168个重点城市空气质量排名中稳定退出后20位，取得了最好的成绩。")[1:]
    assert [g.raw for g in find_figures("随后20位专家到场")] == ["20位"]


def test_a_cited_documents_number_dates_an_item_nothing_else_dates(tmp_path):
    """www.pzhsxq.gov.cn/zwgk/zzjg/zfbm/qtyjrswj/gzqk/1706378.shtml gives no date, its day none (10月15日下午): its facts were of
    no year, though it acts on a document of 2020 (攀西人大〔2020〕18号). An item nothing else dates is of the latest year of a
    document its opening cites by number."""
    ws = unit_workspace(tmp_path / "ws", "攀枝花市西区退役军人事务局", "区退役军人事务局", "西区", "清香坪街道, 玉泉街道")
    text = ("西区退役军人事务局召开接受区人大评议工作自查评议会议\n\n"
            "为认真贯彻落实攀枝花市西区人大常委会办公室《关于西区退役军人事务局工作的评议调查方案》（攀西人大〔2020〕18号）文件精神，"
            "10月15日下午，区退役军人事务局召开接受区人大评议工作自查评议会议，参评的区人大代表、群众代表等28人参加会议。\n\n"
            "会议由区退役军人局党组书记、局长王振主持。\n")
    ff = distil(tmp_path, ws, text, "xiqu.txt")
    assert ff.source.period == 2020
    assert {f.period.year for f in ff.facts} == {2020}


def test_a_pages_article_without_title_issuer_or_first_person_is_news(tmp_path):
    """www.chaxiaohao.com/read-1751104429l4096877.html (a site's date, then a piece on 衢州: 衢州粮食局通过实施…, 这一成效源于衢州
    系统性推进…) was typed a work report, its figures the workspace county's work done: a page with no title, no issuer, no
    number and no first person (我市, 我局) is a third party's article, news, whatever years it names."""
    ws = unit_workspace(tmp_path / "ws", "龙游县农业农村局", "县农业农村局", "龙游县", "龙游镇, 湖镇镇")
    text = ("2025-06-28\n"
            "衢州粮食局通过实施\"藏粮于地、藏粮于技\"战略，2023年实现粮食播种面积135.22万亩、总产量11.32亿斤的\"四连增\"，"
            "粮食安全基本盘持续稳固。\n"
            "这一成效源于衢州系统性推进粮食全产业链提升。从生产端看，2024年全市农林牧渔业总产值达161.13亿元，粮食产量56.99万吨。\n")
    ff = distil(tmp_path, ws, text, "quzhou.txt")
    assert ff.source.kind == "news"
    assert not [f for f in ff.facts if f.kind == "done"]


def test_a_plan_said_in_a_past_years_summary_is_of_its_documents_year(tmp_path):
    """The demo's seed 泉科〔2017〕28号 (泉州市科技局2016年科技创新工作总结及2017年工作安排, 2017-02-15) says under 一、2016年工作总结
    …出台…政策文件4份，下一步拟再出台14份配套政策。: the plan split out of the result was of 2016, the summary's year, where the
    report's other plans are of 2017. A plan dated only by a section or report year before its document's takes the document's
    year, as a reply's plan does."""
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市", "鲤城区, 丰泽区")
    text = ("泉州市科技局2016年科技创新工作总结及2017年工作安排\n泉科〔2017〕28号\n"
            "一、2016年工作总结\n"
            "1.谋划建设自主创新示范区。围绕泉州片区战略定位,出台“1+X”政策文件4份,下一步拟再出台14份配套政策。\n"
            "二、2017年工作安排\n"
            "1.推进示范区建设。出台示范区配套政策。\n"
            "泉州市科学技术局\n2017年2月15日\n")
    ff = distil(tmp_path, ws, text, "quanzhou.txt")
    plan = next(f for f in ff.facts if f.text.startswith("下一步拟再出台"))
    assert plan.kind == "plan" and plan.period.year == 2017
    assert any(f.kind == "done" and f.period.year == 2016 for f in ff.facts)


def test_a_plans_figure_is_named_by_its_work_not_its_plan_word():
    """riulidt.cn/news/2022/2022-09-22/510119.html: 今年我市还计划改造近视防控教室照明3561间 named 3561间 还计划改造…: the
    plan's word (还计划, 也拟, 同时将) opens no name."""
    got = {g.raw: g.counts for g in find_figures("2021年全市儿童青少年总体近视率同比下降2.41%，今年我市还计划改造近视防控教室照明3561间。")}
    assert got["3561间"] == "改造近视防控教室照明"


def test_work_before_a_paragraph_turning_to_the_plan_is_no_lead_of_it(tmp_path):
    """www.guangde.gov.cn/OpennessContent/show/2982878.html: the reply's paragraph of work (市水利局、新杭镇政府邀请省水院专家于
    2023420日赴牛头山社区实地考察,对废弃矿坑改造水库进行论证,…) was read as the lead of the next paragraph, which opens on its
    own turn (下一步,我市将加速推进…), and so context: a paragraph heading itself with 下一步 is introduced by none."""
    ws = unit_workspace(tmp_path / "ws", "广德市水利局", "市水利局", "广德市", "桃州镇, 新杭镇")
    text = ("关于对市一届人大三次会议第73号建议的答复函\n发布日期: 2023-11-03\n"
            "柯其武、林宏胜等代表\n提出的关于在牛头山社区、青岭村、阳湾村、独山社区等片区内建饮用水水库的建议收悉。现答复如下:\n"
            "针对建议提出修建水库位置和现状,市水利局、新杭镇政府邀请省水院专家于2023420日赴牛头山社区实地考察,对废弃矿坑改造水库"
            "进行论证,由于矿坑所处位置来水面积较小,缺乏建设小(一)型水库的条件,需重新寻找水库建设位置。\n"
            "下一步,我市将加速推进城乡供水一体化工程,加强区域用水调度与水质管控;加快砖桥水库建设进度,推进水厂改造及管网延伸。\n")
    ff = distil(tmp_path, ws, text, "guangde73.txt")
    kinds = {f.text[:6]: f.kind for f in ff.facts}
    assert kinds["针对建议提出"] == "done" and kinds["下一步，我市"] == "plan"
