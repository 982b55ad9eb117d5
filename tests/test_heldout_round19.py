"""General reading rules found on held-out round 19 (units the earlier rounds did not hold — 湖北 武汉's 农业农村局 (its
replies of 2021 and 2025, its 会办意见 of 2018, its 工作要点 of 2024 and 2025 and a news item of 2023); and 重庆市科学技术局's
pages, the shared corpus's 03 and 04 and a news item of 2024).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import REPO, distil


def test_a_pages_own_address_dates_it(tmp_path, workspace):
    """武汉市农业农村局's answer to 李运玲委员 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202507/t20250728_2625695.html), saved
    with its address on the first line and no date in its text, was read undated, its facts of no year: the address of a
    public site's page carries the day it was published (…/202507/t20250728_…)."""
    text = ("https://nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202507/t20250728_2625695.html\n李运玲委员:\n"
            "您提出的《关于打造武汉现代农业对外展示窗口方面的建议》收悉,现答复如下:\n"
            "一是优化农业发展空间布局。聘请专业团队,开展“十五五”农业农村发展规划战略研究。\n")
    ff = distil(tmp_path, workspace, text, "address.txt")
    assert (ff.source.date, ff.source.deputy) == ("2025-07-28", "李运玲")
    assert [f.period.year for f in ff.facts] == [2025]


def test_an_address_without_a_day_dates_nothing(tmp_path, workspace):
    """重庆市科学技术局's answer on 第1160号建议 (cqrd.gov.cn/site/article/1217490220506697728/web/content_1217490220506697728.html,
    the corpus's 03) prints no date, and its address carries none: it stays undated (its session's year is no date)."""
    text = ("https://cqrd.gov.cn/site/article/1217490220506697728/web/content_1217490220506697728.html\n重庆市科学技术局\n"
            "关于市六届人大一次会议第1160号建议\n办理情况的答复函\n一、促进科技成果转移转化情况\n"
            "获批国家科技成果转移转化示范区,积极打造成渝地区双城经济圈高质量发展的重要支撑区。\n")
    assert distil(tmp_path, workspace, text, "undated.txt").source.date is None


def test_a_news_lede_naming_its_meeting_first_dates_it(tmp_path, workspace):
    """重庆市科学技术局's news of its yearly meeting (w.kjtx.org.cn/show-39549.html) opens 3月1日,2024年全市科技工作会议召开 and
    was read undated: a lede's day and the year of the meeting it names before 召开 are its date."""
    text = ("3月1日,2024年全市科技工作会议召开。重庆市政府副市长商奎出席会议并讲话。会议回顾总结了2023年全市科技工作,"
            "系统谋划了2024年重点工作任务。\n会议强调,要加快战略科技力量建设,提速建设科创核心承载区。\n(来源:重庆市科技局)\n")
    assert distil(tmp_path, workspace, text, "meeting.txt").source.date == "2024-03-01"


def test_a_plan_without_a_title_gives_plans(tmp_path, workspace):
    """武汉市农业农村局's 2025年工作要点 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/ghxx/ndjh/202507/t20250703_2604732.html), saved without
    its title, opens 2025年全市农业农村工作的总体思路是: and its targets (确保生猪出栏200万头) were done work: a text opening on its
    own year's approach or aims is a plan."""
    text = ("2025年全市农业农村工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导,学习运用“千万工程”经验,"
            "锚定打造超大城市农业农村现代化重要样板目标。\n一、抓好粮食和重要农产品稳产保供\n"
            "(一)抓好粮食和重要农产品生产。坚持粮食安全党政同责,开展新一轮粮食产能提升行动,粮食播种面积和产量分别稳定在218万亩、"
            "18亿斤以上。\n(二)推进畜牧业稳定发展。落实省“牧十条”等政策措施,优化生猪产能调控机制,确保生猪出栏200万头。"
            "加强屠宰企业规范生产日常监管,启动蔡甸区150万头生猪定点屠宰项目建设。\n")
    assert {f.kind for f in distil(tmp_path, workspace, text, "plan.txt").facts} == {"plan"}


def test_tasks_tagged_with_who_answers_for_them_are_plans(tmp_path, workspace):
    """武汉市农业农村局's 2024年工作要点 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/ghxx/ndjh/202407/t20240723_2432126.html) tags each
    task (责任单位:局种植业管理处,…): read without its title, its targets (确保…稳定在218万亩、18.2亿斤以上) were done work."""
    text = ("(一)毫不放松抓好粮食生产。压实属地责任,层层分解省下达的粮食生产目标任务,确保粮食播种面积和产量稳定在218万亩、"
            "18.2亿斤以上。开展大豆玉米带状复合种植试点、油菜产能提升示范,大豆、油料面积分别达到15.6万亩、98.8万亩以上。"
            "(责任单位:局种植业管理处,市农业技术推广中心)\n")
    assert [f.kind for f in distil(tmp_path, workspace, text, "tagged.txt").facts] == ["plan"]


def test_an_article_with_its_author_is_news_and_its_bureaus_work_done(tmp_path, workspace):
    """武汉市农业农村局's news (nmdy.org/show-241549.html, of nyncj.wuhan.gov.cn/zhlm/gzdt/202306/t20230626_2221950.html) heads its
    text 发布时间:2023-07-10 作者:佚名 来源:武汉市农业农村局 and opens on 6月26日,…: it was typed a work report. As news, what
    it says of the bureau's own work (今年以来,市农业农村局…积极推动出台…) is still done; what it heard (据了解,…该局…) is not."""
    text = ("政协提案聚焦全面推进乡村产业振兴 武汉市农业农村局交“期中答卷”\n\n发布时间:2023-07-10 作者:佚名 来源:武汉市农业农村局\n\n"
            "  6月26日,武汉市政协提案委一行来市农业农村局开展提案督办协商工作。\n\n"
            "  据了解,2023年,市农业农村局共承办省、市政协提案61件,其中,省政协提案4件,市政协提案57件。截至目前,该局会办意见已全部"
            "函告主办单位,办复率100%;主办件正在按时间节点有序推进。\n\n"
            "  今年以来,市农业农村局以提案办理为契机,积极推动出台《武汉市现代都市农业高质量发展实施方案(2023-2027)》等政策文件,"
            "促进重点项目落地见效,有力支撑我市现代都市农业高质量发展。\n")
    ff = distil(tmp_path, workspace, text, "news.txt")
    assert (ff.source.kind, ff.source.date) == ("news", "2023-07-10")
    assert [f.kind for f in ff.facts] == ["context", "done"]


def test_the_item_a_co_opinion_answers_is_no_co_handler(tmp_path, workspace):
    """武汉市农业委员会's 会办意见 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202001/t20200103_514650.html) is titled 市农委关于对
    市政协十三届二次会议第20180388号提案会办工作的意见: its co-handler was read as 市农委关于对…第20180388号提案, a piece of
    its title; the item handled (…提案, …建议) is no unit."""
    text = ("市农委关于对市政协十三届二次会议第20180388号提案会办工作的意见\n\n发布日期: 2018-04-23 00:00 来源: 发布单位: 武汉市农业农村局\n\n"
            "武农函〔2018〕16号\n\nA\n\n黄陂区人民政府:\n\n  现将市政协十三届二次会议第20180388号提案提出的关于打造罗汉寺街农业旅游"
            "休闲小镇的建议落实情况函告如下,请综合后一并答复提案者。\n\n  大力发展新型生态农业,拓展农业功能。依托罗汉寺街的区位、"
            "地理和历史优势,培育罗汉寺街农业特色产业。\n\n                                     武汉市农业委员会  \n"
            "                                      2018年4月23日\n")
    m = distil(tmp_path, workspace, text, "co_opinion.txt").source
    assert (m.co_handlers, m.number, m.suggestion_number, m.date) == ([], "武农函〔2018〕16号", "20180388", "2018-04-23")


def test_a_comparisons_base_value_is_its_years(tmp_path, workspace):
    """武汉市农业农村局's reply to 袁惠文代表 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202108/t20210816_1759547.html) says
    2020年农林牧渔业总产值695.53亿元,比2019年同期(653.17亿元)增长6.48%: 653.17亿元 was dated 2020, and 6.48% counted ）增长."""
    text = ("袁惠文代表:\n\n你们提出的关于大力发展现代都市农业全面推进乡村振兴的建议收悉,现答复如下:\n\n"
            "全市农业农村经济率先复苏并表现出稳中有进、稳中向好的态势,2020年农林牧渔业总产值695.53亿元,比2019年同期(653.17亿元)"
            "增长6.48%(现价),农村常住居民人均可支配收入与全市经济增长同步。\n\n武汉市农业农村局\n2021年7月12日\n")
    figures = {g.raw: g for f in distil(tmp_path, workspace, text, "base.txt").facts for g in f.figures}
    assert [(figures[raw].year, figures[raw].counts) for raw in ("695.53亿元", "653.17亿元", "6.48%")] == [
        (2020, "农林牧渔业总产值"), (2019, "农林牧渔业总产值"), (2020, "农林牧渔业总产值增长")]


# 重庆市科学技术局's reply to 胡大章代表 (kjj.cq.gov.cn/zwgk_176/zwxxgkml/rddbjyblqkgk/202207/t20220712_10910664.html, the corpus's 04).
WANSHENG = ("胡大章代表:\n\n《关于支持万盛经开区创建市级高新技术产业开发区的建议》(第0197号)收悉,经我局与市规划和自然资源局、"
            "市生态环境局共同研究办理,现答复如下:\n\n"
            "一、万盛经开区科技创新工作开展情况\n\n万盛经开区作为全市首期批准成立的16个市级特色工业园区之一,有丰厚的园区文化,"
            "产业底蕴,特别是近年来深入实施创新驱动发展战略,培育创新主体,2021年全社会研发投入同比增长30%,科技型企业累计达到357家,"
            "创建市级高新区的基础越发夯实。\n\n重庆市科学技术局\n2022年7月12日\n")


def test_a_change_counts_what_its_clause_names_before_the_comparison(tmp_path, workspace):
    """The corpus's 04 says …16个市级特色工业园区之一,…,2021年全社会研发投入同比增长30%: 30% counted 市级特色工业园区之一增长,
    the change of the figure before it, though its clause names what changed."""
    figures = {g.raw: g for f in distil(tmp_path, workspace, WANSHENG, "wansheng.txt").facts for g in f.figures}
    assert figures["30%"].counts == "全社会研发投入增长"


def test_a_statement_of_a_zone_is_the_zones(tmp_path, workspace):
    """The corpus's 04 says 万盛经开区作为全市…16个…之一,…2021年全社会研发投入同比增长30%,科技型企业累计达到357家: the
    statement stayed 重庆市's, only its figures the zone's; its 16个 (全市's) stay the city's."""
    fact = distil(tmp_path, workspace, WANSHENG, "wansheng.txt").facts[0]
    assert fact.jurisdiction == "万盛经开区"
    assert [g.place for g in fact.figures] == ["重庆市", "万盛经开区", "万盛经开区"]


def test_a_targets_clauses_after_its_semicolon_are_targets_too(tmp_path, workspace):
    """万盛经开区科技局's answer on its plan (ws.cq.gov.cn/…/wskjj/202306/t20230616_12072892.html, the corpus's 25) says 到2027年,
    …分别超过90家和870家;全区专精特新“小巨人”企业突破8家,…: the clause after ; was read as no target, and the paragraph as
    context."""
    text = ("http://ws.cq.gov.cn/cqws_zwxxgkml/zcwjjjdkcs/zczxwdkcs/zcwdbm/wskjj/202306/t20230616_12072892.html\n"
            "【科技局】高新技术企业和科技型企业 “双倍增”行动计划工作方案(2023—2027年)的工作目标是什么?\n【科技局】答:\n"
            "到2025年,全区高新技术企业突破75家、科技型企业超过690家。到2027年,全区高新技术企业和科技型企业在2022年的基础上实现"
            "“双倍增”,分别超过90家和870家;全区专精特新“小巨人”企业突破8家,高技术制造业增加值占规模以上工业增加值的比重超25%。\n")
    facts = distil(tmp_path, workspace, text, "targets.txt").facts
    assert [f.kind for f in facts if f.figures] == ["plan"]


def test_a_statement_ending_on_an_aim_for_this_year_is_a_plan(tmp_path, workspace):
    """泌阳县人民政府's reply (biyang.gov.cn/web/front/news/detail.php?newsid=12551, the corpus's 13) says …泌阳县科协负责人已向
    分管领导汇报,争取今年将全民科学素质建设列入年度工作计划,并纳入政府目标管理考核: it was read as work done."""
    text = ("泌阳县人民政府对市政协四届八次会议第114号提案的答复\n高其良、陈海珍、侯杰委员:\n"
            "您提出的关于“强化全民科学素质工作保障”的提案收悉。现答复如下:\n"
            "根据国务院《全民科学素质行动规划纲要(2021—2035年)》要求,泌阳县科协负责人已向分管领导汇报,争取今年将全民科学素质建设"
            "列入年度工作计划,并纳入政府目标管理考核。\n2022年6月20日\n")
    assert [f.kind for f in distil(tmp_path, workspace, text, "aim.txt").facts] == ["plan"]


def test_the_units_the_bureau_worked_with_are_co_handlers(tmp_path, workspace):
    """The corpus's 04 (重庆市科学技术局) says 《…的建议》(第0197号)收悉,经我局与市规划和自然资源局、市生态环境局共同研究办理: no
    co-handler was read."""
    m = distil(tmp_path, workspace, WANSHENG, "worked_with.txt").source
    assert m.co_handlers == ["市规划和自然资源局", "市生态环境局"]


def test_levels_listed_before_their_noun_count_with_it(tmp_path, workspace):
    """武汉市农业农村局's news (nmdy.org/show-241549.html) says 2023年,市农业农村局共承办省、市政协提案61件,其中,省政协提案4件,
    市政协提案57件: 61件 counted 市政协提案, as 57件 does, the list of levels cut at its 、."""
    text = ("政协提案聚焦全面推进乡村产业振兴 武汉市农业农村局交“期中答卷”\n\n发布时间:2023-07-10 作者:佚名 来源:武汉市农业农村局\n\n"
            "  据了解,2023年,市农业农村局共承办省、市政协提案61件,其中,省政协提案4件,市政协提案57件。\n")
    figures = {g.raw: g.counts for f in distil(tmp_path, workspace, text, "levels.txt").facts for g in f.figures}
    assert figures == {"61件": "省、市政协提案", "4件": "省政协提案", "57件": "市政协提案"}


def test_a_co_opinion_names_its_items_title_where_it_passes_it_on(tmp_path, workspace):
    """武汉市农业委员会's 会办意见 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202001/t20200103_514650.html) says 现将市政协十三届
    二次会议第20180388号提案提出的关于打造罗汉寺街农业旅游休闲小镇的建议落实情况函告如下: no title was read."""
    text = ("市农委关于对市政协十三届二次会议第20180388号提案会办工作的意见\n\n武农函〔2018〕16号\n\n黄陂区人民政府:\n\n"
            "  现将市政协十三届二次会议第20180388号提案提出的关于打造罗汉寺街农业旅游休闲小镇的建议落实情况函告如下,请综合后一并"
            "答复提案者。\n\n  大力发展新型生态农业,拓展农业功能。依托罗汉寺街的区位、地理和历史优势,培育罗汉寺街农业特色产业。\n\n"
            "武汉市农业委员会\n2018年4月23日\n")
    assert distil(tmp_path, workspace, text, "co_title.txt").source.suggestion_title == "关于打造罗汉寺街农业旅游休闲小镇的建议"


def test_an_address_below_the_text_dates_nothing(tmp_path, workspace):
    """The answer to 李运玲委员 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202507/t20250728_2625695.html) with an address under its
    text, as a page links another: that address may be another page's, and dates nothing."""
    text = ("李运玲委员:\n您提出的《关于打造武汉现代农业对外展示窗口方面的建议》收悉,现答复如下:\n"
            "一是优化农业发展空间布局。聘请专业团队,开展“十五五”农业农村发展规划战略研究。\n"
            "https://nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202507/t20250728_2625695.html\n")
    assert distil(tmp_path, workspace, text, "below.txt").source.date is None


def test_a_news_sites_own_lede_is_no_work_of_a_bureau(tmp_path, workspace):
    """Seed 002, 厦门网's news (科技创新引领 闯出“厦门路径”), opens 厦门网讯（记者 王东城 通讯员 曾广明）提升…: its issuer is
    the news site, no government unit, and the lede became done work once a news item's statement opening on
    its issuer counted as the issuer's own work."""
    seed = next((REPO / "seeds").glob("002_*.txt")).read_text("utf-8")
    facts = distil(tmp_path, workspace, seed, "002.txt").facts
    # (its credit, 厦门网讯（记者…通讯员…）, is no part of the fact: the lede's fact opens on what it tells)
    lede = next(f for f in facts if f.text.startswith("提升科技与产业协同创新平台功能"))
    assert lede.kind != "done" and "记者" not in lede.text
