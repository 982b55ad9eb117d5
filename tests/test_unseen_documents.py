"""General reading rules found on documents of places the shared corpus does not hold (a held-out
set outside the repository, scored the way test_corpus.py scores the corpus).

Each test distils a short text written for it, in the shape such a page has, through the public
path a user's ``drafter distill`` takes (read_document → distill_document, in the demo workspace),
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations


import pytest
from helpers import distil

from drafter.model import FactFile


def fact_texts(ff: FactFile) -> str:
    return "\n".join(f.text for f in ff.facts)


NEWS_PAGE = """\
某市召开科技创新工作推进会

8月2日，市科技局召开科技创新工作推进会，通报上半年全市科技创新工作情况。上半年，全市新增高新技术企业46家，技术合同成交额达12.5亿元。

f3a9c1d27e6b4d0a9c8e5b7a1d2c3e4f

会议要求，各县（市、区）要对标全年目标任务，加快推进重点项目建设。

![]() ![]() |

免责声明：本站部分稿件来自合作媒体，不代表本网站观点，仅供读者参考。
本站原创稿件，未经许可不得转载。
不良信息举报电话：0000-12345678 邮箱：news@example.cn
发行热线：12345678 广告热线：23456789
联系地址：某省某市人民路1号
"""


def test_page_residue_disclaimers_and_hotlines_become_no_fact(tmp_path, workspace):
    """A news page's image hash, empty image marks, disclaimer (even ending in 。), reprint notice,
    hotlines and address are page furniture; the article's own sentences stay facts."""
    ff = distil(tmp_path, workspace, NEWS_PAGE)
    text = fact_texts(ff)
    for residue in ("f3a9c1d27e6b", "![]()", "免责声明", "不得转载", "举报电话", "热线", "人民路1号"):
        assert residue not in text, residue
    assert "全市新增高新技术企业46家" in text and "各县（市、区）要对标全年目标任务" in text
    assert {g.raw for f in ff.facts for g in f.figures} >= {"46家", "12.5亿元"}


@pytest.mark.parametrize("written", ["二OO五年八月三日", "二ＯＯ五年八月三日", "二〇〇五年八月三日[1]"])
def test_signature_date_in_chinese_numerals_typed_with_letter_o(tmp_path, workspace, written):
    """A reply signed 二OO五年八月三日 (a Latin O for 〇, or a wiki's footnote mark after it) is dated
    by its signature, not by the date a mirror site posted it."""
    page = f"""\
关于对某县政协2005第012号提案的答复

某某百科·作者佚名  2011-03-18

县科协：

你们提出的《关于加强基层科普工作的提案》已收悉，现答复如下：

2004年，全县建成科普示范村12个，举办科普讲座36场次，为基层科普工作打下了基础。

感谢你们对科技工作的关心和支持。

{written}
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.date == "2005-08-03"
    assert ff.source.suggestion_number == "012"


REPORT_WITHOUT_PLACE = """\
科技局上年度述职报告
2022年，在市委、市政府的领导下，市科技局深入实施创新驱动发展战略，全社会研发投入120.5亿元，同比增长12.1%。高新技术企业达1560家。
本市在创新型城市评价中位次前移，被评为宜居的中国城市之一，并列入智慧城市建设试点。
"""


def test_a_noun_city_is_no_place_and_the_leading_government_no_issuer(tmp_path, workspace):
    """中国城市/智慧城市/创新型城市 are the noun 城市, not a place; 市委、市政府 is who leads, so the unit
    the text's clause names as its subject (，市科技局坚持…) is the issuer; a figure of a text that
    names no place has none."""
    ff = distil(tmp_path, workspace, REPORT_WITHOUT_PLACE)
    assert ff.source.jurisdiction is None and ff.source.issuer == "市科技局"
    fig = next(g for f in ff.facts for g in f.figures if g.raw == "1560家")
    fact = next(f for f in ff.facts if fig in f.figures)
    assert (getattr(fig, "place", None) or fact.jurisdiction) is None


def test_a_unit_of_another_kind_than_the_text_calls_itself_is_not_the_issuer(tmp_path, workspace):
    """A reply that speaks as 我厅 and names 省发改委 as its partner twice was not written by 省发改委."""
    page = """\
张某某代表：

您提出的《关于支持某市创建创新型城市的建议》（第35号建议）收悉，现答复如下：

我厅与省发改委共同研究，已将该市列入创新型城市培育名单。下一步，我厅将与省发改委一道论证其建设方案。

感谢您对我省科技工作的关心和支持。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.kind == "reply" and ff.source.deputy == "张某某"
    assert ff.source.issuer != "省发改委" and "发展和改革" not in (ff.source.issuer or "")


def test_a_unit_after_the_year_that_opens_the_text_is_its_issuer(tmp_path, workspace):
    """2025年市科技局共承办…: the short form after the opening year is the text's subject."""
    page = "2024年市科技局共承办代表建议和政协提案48件，比上年增加6件，均已按期办结。\n"
    ff = distil(tmp_path, workspace, page)
    assert ff.source.issuer == "市科技局"


def figure_year(ff: FactFile, raw: str) -> int | None:
    """The year a figure speaks of: its own, else its fact's (as test_corpus reads it)."""
    fact, fig = next((f, g) for f in ff.facts for g in f.figures if g.raw == raw)
    return fig.year if fig.year is not None or getattr(fig, "basis", None) else fact.period.year


def test_the_start_of_a_change_is_not_the_year_of_its_end(tmp_path, workspace):
    """由2019年的600小时提升至900小时 in a 2024 report: 600小时 is 2019's, 900小时 (and the statement)
    the report's year, as are the other figures of the paragraph."""
    page = """\
某区科技局2024年工作总结

一、主要工作情况

（一）平台建设有新进展。新建区级重点实验室5家，总数达31家。大型仪器平台的年均开放机时由2019年的600小时提升至900小时。
"""
    ff = distil(tmp_path, workspace, page)
    assert figure_year(ff, "600小时") == 2019
    assert figure_year(ff, "900小时") == figure_year(ff, "31家") == 2024
    assert next(f for f in ff.facts if "900小时" in f.text).period.year == 2024


def test_a_report_that_opens_with_its_year_speaks_of_that_year(tmp_path, workspace):
    """A report whose title names no year but whose text opens 2023年，…: its paragraphs that name
    no time of their own speak of 2023 (the report's period), not of an unknown time."""
    page = """\
县科技局长现实表现材料

2023年，全局干部职工齐心协力，围绕年初确定的目标任务狠抓落实，各项科技工作取得新进展，多项指标位居全市前列。

一是健全政策。制定研发补助等8条措施，兑付科技奖励资金1800万元，较上年增长30%。

二是争取资金。为企业争取上级科技项目资金4200万元。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.period == 2023
    assert figure_year(ff, "1800万元") == figure_year(ff, "4200万元") == 2023


def test_a_text_opening_on_the_day_of_an_event_is_news(tmp_path, workspace):
    """8月2日，市科技局召开…: a report of an event (news), so its figures are what was reported
    there (context), not the bureau's own results; a work report opening on its year is not news."""
    ff = distil(tmp_path, workspace, NEWS_PAGE)
    assert ff.source.kind == "news"
    assert {f.kind for f in ff.facts if f.figures} == {"context"}
    report = distil(tmp_path, workspace, REPORT_WITHOUT_PLACE, "report.txt")
    assert report.source.kind == "work_report"


def test_a_date_printed_as_year_then_day_dates_the_page(tmp_path, workspace):
    """A news page printing 2023 / 05-18 / 10:30 on lines of their own is dated 2023-05-18, so
    今年 there is 2023."""
    page = """\
2023
05-18
10:30
来源
某某网
本网讯 （记者王某）昨天，市政协有关负责同志到市科技局了解提案办理进度。
今年，市科技局承办委员提案45件，其中主办18件，办理工作正在推进。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.date == "2023-05-18"
    assert figure_year(ff, "45件") == figure_year(ff, "18件") == 2023


@pytest.mark.parametrize("proposer", ["县科协", "市工商联", "区妇联"])
def test_a_people_s_organisation_addressed_is_the_proposer(tmp_path, workspace, proposer):
    """A proposal reply addressed to a people's organisation (县科协：) answers it as the proposer."""
    page = f"""\
{proposer}：

你们提出的《关于加强基层科普工作的提案》已收悉，现答复如下：

2024年，全县建成科普示范村12个，举办科普讲座36场次。

感谢你们对科技工作的关心和支持。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.kind == "reply" and ff.source.proposal
    assert ff.source.deputy == proposer
    assert not any(proposer in f.text for f in ff.facts)


def test_one_character_a_wrap_left_on_its_own_line_joins_its_sentence(tmp_path, workspace):
    """A hard-wrapped text that left one character alone on a line (…园区 / 预 / 计实现…) reads as
    one sentence: one fact holding 预计实现, its figures with it."""
    page = """\
科技局年度述职报告
2022年，市科技局坚持创新驱动发展战略，全社会研发投入120.5亿元，同比增长12.1%，高新技术企业达1560家。
一是重点平台建设提速。省级高新区扩区工作进展顺利，园区
预
计实现营业收入2300亿元，同比增长9.4%。
"""
    ff = distil(tmp_path, workspace, page)
    fact = next(f for f in ff.facts if "2300亿元" in f.text)
    assert "园区预计实现营业收入" in fact.text and fact.text.startswith("一是重点平台建设提速")
    assert not any(f.text in ("预", "预计实现") for f in ff.facts)


def test_figures_listed_after_as_many_things_count_them_in_order(tmp_path, workspace):
    """高新技术企业、科技型中小企业达4210家、5375家，分别增长18.2%、25.6%: each figure counts its own
    thing (and each change is its thing's), not both the last one named."""
    page = """\
某市科技局2022年工作总结
2022年，全市高新技术企业、科技型中小企业达4210家、5375家，分别增长18.2%、25.6%；新增国家级、省级研发平台3个、5个。
"""
    ff = distil(tmp_path, workspace, page)
    counts = {g.raw: g.counts for f in ff.facts for g in f.figures}
    assert counts["4210家"] == "高新技术企业" and counts["5375家"] == "科技型中小企业"
    assert counts["18.2%"] == "高新技术企业增长" and counts["25.6%"] == "科技型中小企业增长"
    assert counts["3个"] == "新增国家级研发平台" and counts["5个"] == "新增省级研发平台"  # (the verb of adding each item's: h307)


def test_what_a_figure_counts_stops_at_a_verb_of_winning_or_of_change(tmp_path, workspace):
    """7项科技成果荣获…: 科技成果, not 科技成果荣; …比重提升至3.1%: the share, not 比重提升至; 由2019年的
    600小时提升至900小时: both count the machine hours, not 提升至."""
    page = """\
某区科技局2024年工作总结
2024年，7项科技成果荣获省科学技术奖。规上工业企业研发经费支出占营业收入比重提升至3.1%。大型仪器年均开放机时由2019年的600小时提升至900小时。
"""
    ff = distil(tmp_path, workspace, page)
    counts = {g.raw: g.counts for f in ff.facts for g in f.figures}
    assert counts["7项"] == "科技成果" and counts["3.1%"] == "规上工业企业研发经费支出占营业收入比重"  # (the share with its part: dx60)
    assert counts["600小时"] == counts["900小时"] and "开放机时" in counts["900小时"]
    assert not any("提升至" in (c or "") or c.endswith("荣") for c in counts.values() if c)


def test_a_numbered_first_sentence_that_reports_figures_is_no_heading(tmp_path, workspace):
    """（一）今年承办人大代表建议共58件，其中已公开42件。一季度…: that sentence is what the item
    reports (its figures are facts), not the heading of the rest; a short numbered topic before
    its text (（二）加强宣传。…) still is one."""
    page = """\
某市城市管理局关于建议提案办理结果的公告

（一）今年承办人大代表建议共58件，其中已公开42件。一季度公开办理结果19件，二季度公开23件。

（二）加强宣传引导。通过政府网站和新闻发布会公开办理结果，接受群众监督。

特此通告。
"""
    ff = distil(tmp_path, workspace, page)
    fact = next(f for f in ff.facts if "19件" in f.text)
    assert "今年承办人大代表建议共58件" in fact.text and {"58件", "42件", "19件"} <= {g.raw for g in fact.figures}
    assert not any("58件" in label for f in ff.facts for label in f.section)
    assert any(f.section and f.section[-1] == "（二）加强宣传引导" for f in ff.facts)


def test_a_handling_summary_names_no_place_by_its_verb(tmp_path, workspace):
    """关于市九届人大二次会议代表建议、批评和意见的办理情况: a report (办理情况), not a policy (its 意见
    is the deputies'); 共办理市九届人大… names no place 办理市; 本年度政协提案 counts 政协提案."""
    page = """\
关于市九届人大二次会议代表建议、批评和意见的办理情况

2024年，市政府共办理市九届人大二次会议代表建议64件，已解决或基本解决的50件，占78.1%。本年度政协提案共有38件，均已办结。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.kind == "work_report" and ff.source.jurisdiction is None
    assert all((g.place or f.jurisdiction) is None for f in ff.facts for g in f.figures)
    assert {g.raw: g.counts for f in ff.facts for g in f.figures}["38件"] == "政协提案"


def test_a_province_paper_s_news_item(tmp_path, workspace):
    """本报讯 （…） is a news lede even with a space; a headline ending in 座谈会 is no unit's name
    (so not the issuer); a province's text (全省, 省科技厅) naming its province short (为贵州…) is of
    that province."""
    page = """\
正文 发布时间:2022-07-15

省科技厅赴民盟省委召开重点提案办理协商座谈会

  本报讯 （民盟省委） 近日，省科技厅赴民盟省委，就提案《关于加快全省科技成果转化的建议》召开办理协商座谈会。

  双方表示将加强沟通，合力推动贵州科技成果就地转化。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.kind == "news" and ff.source.date == "2022-07-15"
    assert ff.source.jurisdiction == "贵州省"
    assert "座谈会" not in (ff.source.issuer or "")


def test_a_metadata_table_flattened_into_cells(tmp_path, workspace):
    """发布机构 | 市政府办 | 发文日期 | 2019-03-01 |: the page's fields read as fields (the issuer
    is the field's unit, spelt out, not a government the text mentions; the date is the field's),
    and no cell becomes a fact."""
    page = """\
索 引 号 | 000111222/2019-01234 | 分 类 | 政府信息公开年报 |
发布机构 | 市政府办 | 发文日期 | 2019-03-01 |
文 号 | 有 效 性 |
现公布扬州市人民政府2018年政府信息公开工作年度报告，所列数据的统计期限为2018年全年。对报告有疑问的，可与扬州市人民政府办公室联系。
一、总体情况
全年通过政府网站、政务新媒体等渠道，市政府主要领导带头解读重要政策，回应公众关切215次。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.issuer == "扬州市人民政府办公室" and ff.source.date == "2019-03-01"
    assert not any("|" in f.text or "000111222" in f.text for f in ff.facts)


def test_a_change_against_last_year_is_the_change_of_the_figure_before(tmp_path, workspace):
    """全年兑现科技奖励资金1500万元，较上年增长20%: 20% is the funds' growth, not a figure of nothing."""
    page = "某县科技局2024年工作总结\n2024年，全年兑现科技奖励资金1500万元，较上年增长20%；企业研发经费支出占营业收入比重提升至2.6%，较上年提高0.3个百分点。\n"
    ff = distil(tmp_path, workspace, page)
    counts = {g.raw: g.counts for f in ff.facts for g in f.figures}
    assert counts["20%"] == "科技奖励资金增长" and counts["0.3个百分点"] == "企业研发经费支出占营业收入比重提高"


ESSAY_SITE_PAGE = """\
会员登录  新用户注册 退出
某某公文网

2023-03-08 10:15:02 范文参考
县科技局2022年工作总结和2023年工作思路 2022年，县科技局围绕创新驱动发展，着力培育创新主体。一、2022年工作总结（一）全力完成年度目
县科技局2022年工作总结和2023年工作思路
2022年，县科技局围绕创新驱动发展，着力培育创新主体。相关做法获台州市委书记批示肯定，调研报告获王某斌县长批示肯定。
一、2022年工作总结
全年全县规上工业企业研发费用16.5亿元，全市排名第2；技术市场交易额20.3亿元，全市排名第3；新增高新技术企业45家，全市排名第1。
本文版权归原作者所有，仅供学习交流。
2 条评论
暂无评论
个人中心
购物车
2021-9-5 08:30:12
"""


def test_an_essay_site_s_page_of_a_county_report(tmp_path, workspace):
    """A county bureau's report on an essay site: the timestamp line (2023-03-08 10:15:02 …) dates the
    page and joins nothing, a title after a cut-off preview starts anew, the site's notices, comment
    counter, menu and a comment's timestamp are no facts and no date; the county's own text names no
    county — not 台州市 (whose 市委 it cites, in 全市 rankings), nor 王某斌县 (a 县长), nor 技术市 (技术市场)."""
    ff = distil(tmp_path, workspace, ESSAY_SITE_PAGE)
    m = ff.source
    assert (m.kind, m.issuer, m.date, m.jurisdiction) == ("work_report", "县科技局", "2023-03-08", None)
    text = fact_texts(ff)
    for residue in ("范文参考", "版权归原作者", "条评论", "暂无评论", "个人中心", "购物车", "08:30:12", "新用户注册"):
        assert residue not in text, residue
    assert "全力完成年度目县科技局" not in text
    assert all((g.place or f.jurisdiction) is None for f in ff.facts for g in f.figures)
    assert figure_year(ff, "16.5亿元") == figure_year(ff, "45家") == 2022


def test_a_report_page_with_its_fields_and_a_clause_of_its_own_time(tmp_path, workspace):
    """2023年科技进步报告 under the page's fields: its opening paragraph is text, not joined onto the
    发布时间：… 信息来源：… line; the report covers 2023 (a title's 报告); and in 2022年全区…3.1%；全年…
    the clause that names its own time (全年) takes the report's year, not 2022."""
    page = """\
索引号 001234567/2024-000123
主题分类 科技 发布机构 区科技局
2023年科技进步报告
发布时间: 2024-06-20 15:05 信息来源: 区科技局 信息来源: 区科技局
2023年，某区科技局围绕科技强区建设目标，聚焦企业创新主体培育和创新平台提升，扎实推进各项科技工作。
核心指标：2022年全区研发经费投入强度3.1%；全年高新技术产业增加值250.3亿元，增长9.8%；技术交易额88.6亿元。
【打印本页】 【关闭窗口】
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.period == 2023 and ff.source.date == "2024-06-20"
    assert any(f.text.startswith("2023年，某区科技局围绕") for f in ff.facts)
    assert figure_year(ff, "3.1%") == 2022
    assert figure_year(ff, "250.3亿元") == figure_year(ff, "88.6亿元") == 2023


def test_a_news_item_with_a_byline_and_credits(tmp_path, workspace):
    """A byline (…特区报记者 张某某 …) makes a news item even without a lede; the timestamp under it
    dates it; the credits closing it (…文/图, 编辑：…校对：…审核：…) are no facts."""
    page = """\
委员建言获部门当天答复
某某特区报记者 张某某 通讯员 李某/图
2021-03-15 18:40

区政协全会期间，委员王某某提出的建议当天即得到区科技局的书面回应，并获及时反馈。

据了解，有关部门已与委员逐一沟通，并将建议纳入年度工作安排。

王某某 李某 文/图

编辑:张某   校对:李某某   审核:王某
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.kind == "news" and ff.source.date == "2021-03-15"
    text = fact_texts(ff)
    assert "文/图" not in text and "校对" not in text and "及时反馈" in text


@pytest.mark.parametrize("lede", ["某某网讯 4月9日，市科协召开年度工作会议。", "昨日，我市召开全市科技工作会议，总结去年科技工作，部署今年重点任务。"])
def test_a_news_lede_by_date_or_by_yesterday(tmp_path, workspace, lede):
    """某某网讯 4月9日，… and 昨日，我市召开… open news items; a leader who 勉励/听取 a 市 unit names no
    place (勉励市…, 听取市…)."""
    page = f"""\
{lede}副市长王某某出席会议并讲话。
2024年，全市新认定高新技术企业320家，技术合同成交额达85亿元。
王某某在听取市科协工作汇报后，勉励市科协当好科技工作者之家，希望市科协进一步发挥桥梁纽带作用。
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.kind == "news" and ff.source.jurisdiction is None
    assert all((g.place or f.jurisdiction) is None for f in ff.facts for g in f.figures)


@pytest.mark.parametrize("day", ["8月2日", "2024年8月2日", "8月2日至3日", "8月30日至9月1日"])
def test_the_bureau_after_the_day_of_an_event_reports_no_work_of_its_own(day):
    """…，市科技局召开…推进会，通报上半年全市…: after the day of an event, its year before the day or the days a span
    (2024年8月2日，8月2日至3日), what the meeting reported, not the bureau's own work — after a clause setting the scene it is."""
    from drafter.distill.facts import news_of_own_work

    said = NEWS_PAGE.splitlines()[2].replace("8月2日", day)
    assert not news_of_own_work(said, "泉州市科学技术局", "泉州市"), said
    assert news_of_own_work(said.replace(day, "为推进科技创新"), "泉州市科学技术局", "泉州市")
