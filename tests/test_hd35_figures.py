"""What distill makes of a bureau's news with its year's figures, found on held-out round hd35a (宝鸡市生态环境局): the
2024-12-09 summary's January–November results (优良天数259天, 水质优良率92.9%) kept as background, so a draft sent the clerk
off to collect the year's figures it had.

Each test reads lines of the real pages in a workspace of its own bureau.
"""

from __future__ import annotations

from helpers import distil_by_cli, first_saying, unit_workspace


# 宝鸡市生态环境保护委员会's meeting news (2024-12-09), its lines as the page prints them.
BAOJI_MEETING = """12月6日下午,市生态环境保护委员会召开全体会议,深入学习贯彻习近平生态文明思想,听取全市生态环境保护工作情况汇报,研究部署下一步工作。市委书记杨广亭主持会议并讲话,市长王勇作工作部署。
1-11月,市区空气质量综合指数3.99、同比改善4.3%,优良天数259天、同比增加17天,六项主要污染物呈现“五降一平”的良好趋势。建设用地和受污染耕地安全利用率100%,土壤环境质量总体稳定。1-10月,全市地表水国控断面水质优良率92.9%,市级饮用水源地水质达标率100%,水环境质量位居关中5市第一位。
杨广亭强调,全市上下要持之以恒学习贯彻习近平生态文明思想,全力打造生态之城、美丽宝鸡。
"""
BAOJI_NAME = "市生态环境保护委员会召开全体会议_2024-12-09.txt"


def _baoji(tmp_path, page: str = BAOJI_MEETING, name: str = BAOJI_NAME):
    tmp_path.mkdir(parents=True, exist_ok=True)
    ws = unit_workspace(tmp_path / "ws", "宝鸡市生态环境局", "市生态环境局", "宝鸡市", "渭滨区, 金台区, 陈仓区, 凤翔区, 太白县",
                        "我市生态环境保护工作")
    return distil_by_cli(tmp_path, ws, page, name)


def test_the_places_results_of_part_of_the_year_are_done(tmp_path):
    """hd35a F1: 1-11月，市区空气质量综合指数3.99…优良天数259天… in the place's news was background: a statement opening on the
    part of the year it reports, with figures and nothing to come, tells the place's results so far that year."""
    _, facts, source = _baoji(tmp_path)
    assert source.kind == "news", source.kind
    results = first_saying(facts, "优良天数259天")
    assert results.kind == "done", results.kind
    assert results.period.year == 2024, results.period
    assert first_saying(facts, "杨广亭强调").kind != "done"


def test_a_part_of_a_year_after_the_page_is_no_result(tmp_path):
    """The same opening naming a year after the page's (2025年1-11月，… on a 2024 page) tells no result won."""
    page = BAOJI_MEETING.replace("1-11月,", "2025年1-11月,")
    _, facts, _ = _baoji(tmp_path, page)
    assert first_saying(facts, "优良天数259天").kind != "done"


# 宝鸡市生态环境局's press release (2024-06-06), its 2023 results as the page prints them.
BAOJI_RELEASE = """6月5日,我市召开2023年及2024年一季度宝鸡市环境质量状况新闻发布会。
2023年,我市坚持精准治污、科学治污、依法治污,深入打好污染防治攻坚战,市区环境空气质量优良天数274天,位居关中城市第二位,优良达标率75.1%,较2022年增加11天,年平均降尘量较2022年下降17.3%,全年未出现酸雨;对渭河、嘉陵江等16条河流31个国、省、市控地表水断面进行月监测,Ⅰ-Ⅲ类水质占比96.8%,整体水质状况为优,水环境质量指数3.84,位居关中5市第一位。
"""


def test_a_change_is_of_the_figure_before_in_its_unit_and_keeps_its_verb(tmp_path):
    """hd35a F5: 较2022年增加11天 after 优良天数274天，…，优良达标率75.1% was labelled 优良达标率增加 (a rate rises by no days) and
    年平均降尘量较2022年下降17.3% read 年平均降尘量, its level: a change is of the last figure before it in its own unit, and the
    thing named before a comparison keeps the change's verb."""
    _, facts, _ = _baoji(tmp_path, BAOJI_RELEASE, "宝鸡市召开环境质量状况新闻发布会_2024-06-06.txt")
    figures = {f.raw: f for f in first_saying(facts, "优良天数274天").figures}
    assert figures["11天"].counts.endswith("优良天数增加"), figures["11天"].counts
    assert figures["17.3%"].counts == "年平均降尘量下降", figures["17.3%"].counts


def test_an_index_value_is_a_figure(tmp_path):
    """hd35a F5: 综合指数3.99 and 水环境质量指数3.84 were no figures (no unit after the number): an index's value right after its
    name is one, and the change after it (同比改善4.3%) is that index's."""
    _, facts, _ = _baoji(tmp_path)
    figures = {f.raw: f for f in first_saying(facts, "优良天数259天").figures}
    assert figures["3.99"].value == 3.99 and figures["3.99"].counts.endswith("综合指数"), figures.get("3.99")
    assert figures["4.3%"].counts.endswith("综合指数改善"), figures["4.3%"].counts
    _, facts, _ = _baoji(tmp_path / "release", BAOJI_RELEASE, "宝鸡市召开环境质量状况新闻发布会_2024-06-06.txt")
    assert any(f.raw == "3.84" and f.counts == "水环境质量指数" for f in first_saying(facts, "优良天数274天").figures)


def test_a_sum_since_a_year_runs_to_the_documents_year(tmp_path):
    """hd35a F6: 据统计，2012年来累计投入约6亿元 (a 2019 reply) was stored as 2012's spending: X年来 is X年以来, the sum of the
    years from X to the document's."""
    page = "近年来,市委、市政府高度重视农村环境保护工作。据统计,2012年来累计投入约6亿元,对农村生活垃圾、生活污水等方面进行了有效治理,实现了村庄整治全域覆盖阶段性目标。\n"
    _, facts, _ = _baoji(tmp_path, page, "2019-05-09_宝鸡市农村环境综合整治情况.txt")
    spent = next(f for f in first_saying(facts, "累计投入").figures if f.raw == "约6亿元")
    assert (spent.year, spent.until) == (2012, 2019), (spent.year, spent.until)


# 宝鸡新闻网's page (2024-08), its article's last lines and the other news it lists under it, as the page prints them.
BAOJI_PAPER = """记者从宝鸡市生态环境局获悉:上半年,宝鸡市空气质量优良天数124天,综合指数4.42,同比增加8天,空气质量优良天数居关中首位。
宝鸡市以支流污染综合治理和入河排污口排查整治为重点,推进水环境质量改善。同时,宝鸡市在全市范围深入开展大气污染治理政策业务宣讲培训活动,提升水平、凝聚合力,努力推动空气质量持续改善。(陕西日报)
宝鸡市“网格化+信息化”服务管理工作现场会召开
凝心聚力优环境 同心同向解难题 宝鸡市餐饮酒店行业亲清直通车·政企恳谈会召开
宝鸡金台区新增一批爱国主义教育基地
宝鸡市首个“税惠到坊”服务驿站揭牌成立
"""


def test_the_headlines_listed_under_an_article_are_page_clutter(tmp_path):
    """hd35a F4: the other news a paper's page lists under its article (宝鸡市首个“税惠到坊”服务驿站揭牌成立, …) became a done fact
    under a heading made of another headline, and two were glued onto the article's last paragraph: a run of short lines with no
    stop closing the page after the article's sentences is the site's list of links."""
    _, facts, _ = _baoji(tmp_path, BAOJI_PAPER, "2024-08-14_上半年宝鸡空气质量优良天数居关中首位.txt")
    # (the paper's credit closing it is no words of it, h284)
    assert first_saying(facts, "宣讲培训活动").text.endswith("持续改善。"), first_saying(facts, "宣讲培训活动").text
    for fact in facts:
        assert not any(w in fact.text or w in "".join(fact.section) for w in ("税惠到坊", "现场会召开", "爱国主义教育基地")), fact
    figures = {f.raw: f for f in first_saying(facts, "优良天数124天").figures}
    assert figures["8天"].counts.endswith("优良天数增加"), figures["8天"].counts


def test_the_centres_offices_acting_after_a_time_are_the_nations(tmp_path):
    """hd35a F7: 2018年2月，中办、国办印发《农村人居环境整治三年行动方案》 (a 2019 reply) was the city's work done: the central
    party's and state council's offices acting, after a time, are the nation's act, background."""
    page = ("2018年2月,中办、国办印发《农村人居环境整治三年行动方案》,明确了农村人居环境整治的目标任务。\n"
            "据统计,2012年来累计投入约6亿元,对农村生活垃圾、生活污水等方面进行了有效治理。\n")
    _, facts, _ = _baoji(tmp_path, page, "2019-05-09_宝鸡市农村环境综合整治情况.txt")
    central = first_saying(facts, "中办、国办印发")
    assert (central.kind, central.jurisdiction) == ("context", "全国"), (central.kind, central.jurisdiction)
    assert first_saying(facts, "累计投入").jurisdiction == "宝鸡市"


# The city bureau's page of 金台区政协's inspection (2024-10-25), some of its lines as the page prints them.
JINTAI_VISIT = """谈感受、讲变化 为推动大气污染治理赋能添力

来源:宝鸡市生态环境局 发布时间:2024-10-25 09:30

10月23日,金台区政协主席王启带领部分政协委员调研视察全区大气污染防治情况。金台区委常委、常务副区长闫启东、区政协副主席丁宝平、王博参加视察。

视察组一行对宝鸡中能电力车辆有限公司、盛世广场民族饭庄、国网宝鸡供电局项目工地落实大气污染防治措施情况进行实地调研。

座谈会上,金台区大气专项办汇报了全区大气污染治理总体情况,区工信、住建等部门汇报了行业大气污染防治监管责任落实情况。

会议要求,要强化宣传、提高认识,努力形成环境空气质量改善政企互动、全民共治良好共识。要凝聚合力、齐抓共管,坚持规划先行、治理为基。
"""


def test_a_districts_meeting_told_on_is_that_districts(tmp_path):
    """hd35a F7: 视察组一行对…进行实地调研 and 会议要求，要强化宣传… of 金台区政协's inspection, posted by the city's bureau, were
    the city's: a paragraph going on with the meeting or the visit the one before told, naming no place, is the holder's."""
    _, facts, source = _baoji(tmp_path, JINTAI_VISIT, "谈感受讲变化_金台区政协视察大气污染防治_2024-10-25.txt")
    assert source.jurisdiction == "宝鸡市", source.jurisdiction
    for words in ("视察组一行", "会议要求"):
        assert first_saying(facts, words).jurisdiction == "金台区", (words, first_saying(facts, words).jurisdiction)
