"""hd35a (宝鸡市生态环境局): a one-sentence suggestion text listing several things to do is several asks."""

from __future__ import annotations

import docx

from drafter.compose.asks import parse_asks
from helpers import seeds_draft, unit_workspace

TITLE = "关于倡导绿色低碳环保生活方式的建议"
# The proposal's text as the held-out test gave it (hd35a suggestion.txt): the title and one sentence.
TEXT = (f"{TITLE}\n提案人：都小英\n"
        "建议倡导绿色低碳环保生活方式，加强生态环境保护宣传教育，提升公众绿色低碳意识，推动碳达峰碳中和，持续改善环境质量。")
# 宝鸡市生态环境局's page of 2024-12-09 (市生态环境保护委员会召开全体会议), its first lines as found (but its second).
MEETING = """市生态环境保护委员会召开全体会议
发布时间：2024-12-09
12月6日下午,市生态环境保护委员会召开全体会议,深入学习贯彻习近平生态文明思想和习近平总书记来宝考察重要讲话重要指示精神,听取全市生态环境保护工作情况汇报,研究部署下一步工作。市委书记杨广亭主持会议并讲话,市长王勇作工作部署。
1-11月,市区空气质量综合指数3.99、同比改善4.3%,优良天数259天、同比增加17天,六项主要污染物呈现“五降一平”的良好趋势。建设用地和受污染耕地安全利用率100%,土壤环境质量总体稳定。1-10月,全市地表水国控断面水质优良率92.9%,市级饮用水源地水质达标率100%,水环境质量位居关中5市第一位。
杨广亭强调,全市上下要持之以恒学习贯彻习近平生态文明思想,深刻领悟蕴含其中的价值取向、核心理念、科学方法和目标要求,全力打造生态之城、美丽宝鸡。要坚持全力守山、科学护水、严格治气、源头净土、聚力补短,扎实推进生态环境质量持续向好。要实行最严格的生态保护制度,探索绿色低碳转型机制,全面深化生态文明体制改革。要坚定不移推进绿色发展,推动产业企业向绿色升级、能源能耗向绿色调整、生产生活向绿色集约,为加快建设副中心、全力打造先行区提供有力生态支撑。
"""

def test_a_suggestion_sentence_of_several_deeds_is_several_asks():
    """Its clauses opening on a verb of asking are asks of their own, each with the aim after it (提升…意识 of 加强…宣传教育);
    the clause saying the title's matter names the whole proposal, no ask (it had been the one ask's heading)."""
    asks = parse_asks(TEXT, TITLE)
    assert [a.phrase for a in asks] == ["加强生态环境保护宣传教育", "推动碳达峰碳中和", "改善环境质量"]
    assert "提升公众绿色低碳意识" in asks[0].text


def test_a_numbered_or_two_clause_ask_stays_one():
    """A lone numbered ask is one the deputy numbered as one; a sentence of two deeds is an ask and its point."""
    assert len(parse_asks("为此建议：\n一、加强生态环境保护宣传教育，推动碳达峰碳中和，持续改善环境质量。", TITLE)) == 1
    assert len(parse_asks("建议加大科技金融支持，设立科技成果转化引导基金。", "关于加快科技成果转化的建议")) == 1


def _drafted(tmp_path, pages: dict[str, str]) -> list[str]:
    """``pages`` (file name → text) distilled in the bureau's workspace, then :data:`TEXT` drafted as of 2025-09-02: the
    draft's paragraphs."""
    ws = unit_workspace(tmp_path / "ws", "宝鸡市生态环境局", "市生态环境局", "宝鸡市", "渭滨区, 金台区, 太白县", "我市生态环境保护工作")
    _, out = seeds_draft(tmp_path, ws, pages, "65", TITLE, TEXT, "--deputy", "都小英", "--proposal", "--date", "2025-09-02")
    return [p.text for p in docx.Document(out).paragraphs]


def test_the_several_asks_of_one_sentence_are_answered_from_the_base(tmp_path):
    """The draft of that text answers 改善环境质量 with the bureau's figures (it had been one empty section)."""
    paragraphs = _drafted(tmp_path, {"2024-12-09_市生态环境保护委员会召开全体会议.txt": MEETING})
    assert "（三）改善环境质量" in paragraphs, paragraphs
    section = paragraphs[paragraphs.index("（三）改善环境质量") + 1]
    assert "92.9%" in section, section
    assert "倡导绿色低碳环保生活方式。" not in "".join(paragraphs)  # the title is no plan of the bureau's


# 宝鸡市生态环境局's press release of 2024-06-06 (sthjj.baoji.gov.cn), its lines as the page prints them up to where the stored
# page stops: 2023's results, then the first quarter's.
RELEASE = """宝鸡市召开环境质量状况新闻发布会
来源:宝鸡市生态环境局 发布时间:2024-06-06 08:56 浏览次数:
6月5日,我市召开2023年及2024年一季度宝鸡市环境质量状况新闻发布会。市生态环境局党组成员、副局长、新闻发言人闫涛对宝鸡市2023全年及今年一季度环境质量状况进行介绍并回答记者提问。发布会由市委宣传部副部长、市政府新闻办主任李刚主持。
2023年,我市坚持精准治污、科学治污、依法治污,深入打好污染防治攻坚战,市区环境空气质量优良天数274天,位居关中城市第二位,优良达标率75.1%,较2022年增加11天,年平均降尘量较2022年下降17.3%,全年未出现酸雨;对渭河、嘉陵江等16条河流31个国、省、市控地表水断面进行月监测,Ⅰ-Ⅲ类水质占比96.8%,整体水质状况为优,水环境质量指数3.84,位居关中5市第一位,3个城市集中式饮用水水源地达标率100%;宝鸡市功能区声环境持续稳定达标;土壤、辐射环境总体安全稳定。
今年一季度,我市持续推进大气污染治理专项行动,狠抓企业绩效升级,推进产业结构升级,聚焦夏季臭氧治理,坚持常态督导考核,努力推动空气质量持续改善,我市环境质量优良天数55天,比去年同期增加11天;以支流污染综合治理和入河排污口排查整治、城市黑臭水体和集中式饮用水水源保护、地下水污染
"""


def test_a_count_of_part_of_a_year_gives_way_to_a_newer_one_of_that_year(tmp_path):
    """hd35a: beside 2024年1-11月，…优良天数259天、同比增加17天 the draft said 2024年一季度，…我市环境质量优良天数55天，比2023年同期
    增加11天, flagged 【待更新】 for the year's figure it held: a count from January on is taken further by a newer count of
    the same thing that year (环境质量优良天数 / 优良天数), and the older goes."""
    paragraphs = _drafted(tmp_path, {"2024-12-09_市生态环境保护委员会召开全体会议.txt": MEETING,
                                     "宝鸡市召开环境质量状况新闻发布会_2024-06-06.txt": RELEASE})
    at = paragraphs.index("（三）改善环境质量")
    section = "".join(paragraphs[at + 1:next(n for n, p in enumerate(paragraphs) if p.startswith("二、"))])
    assert "优良天数259天" in section, section
    assert "55天" not in section, section
