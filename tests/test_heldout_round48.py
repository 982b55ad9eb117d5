"""General reading rules found on held-out round 48 (pages of bureaus the earlier rounds did not hold: 弥勒市民政局's reply
to 市人大代表建议第200号, 章丘区民政局's news; each named in its test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

# 弥勒市民政局's reply to 市人大代表建议第200号 (www.hhml.gov.cn/info/3141/129051.htm), its head and second item as printed.
MILE_200 = """弥勒市民政局关于市人大代表建议第200号答复的函
李文章代表:
你在人代会上提出的《关于瓦草冲建老年活动室的建议》第200号建议,已转交市民政局办理,现将办理情况答复如下:
二、调研摸底,掌握实情。市民政局先后通过熟悉建议,深入村子查看,与人大代表电话、面对面沟通交流方式,了解相关情况。瓦草冲村民小组多年前建的集篮球场、厨房、会议室在内的活动场所已不能满足村民活动需要,建设一个基本能满足村民需要的活动场所是75户320名(60岁以上老年人65人)的夙愿,活动场所的建成有利于能歌善舞撒尼人继承和弘扬民族优秀传统文化,共享改革发展成果,促进各民族共同繁荣发展。
发布日期2018-08-19
"""


def test_figures_after_shi_closing_on_de_count_the_unnamed_owners_not_the_subject(tmp_path):
    """…建设一个基本能满足村民需要的活动场所是75户320名（60岁以上老年人65人）的夙愿 counted 一个基本能满足村民需要的活动场所
    (75户, 320名): figures after 是 that close on 的 and a noun count the owners of that noun, who go unnamed — not the
    subject before 是; the bracket's own figure keeps its noun."""
    ws = unit_workspace(tmp_path / "ws", "弥勒市民政局", "市民政局", "弥勒市")
    facts = distil(tmp_path, ws, MILE_200, "r200.txt")
    counts = {g.raw: g.counts for f in facts.facts for g in f.figures}
    assert (counts["75户"], counts["320名"]) == (None, None), counts
    assert counts["65人"] == "60岁以上老年人", counts


# The same page's head as printed above its title: the site's fields, its 文号 of 2017 and the day it posted the reply.
MILE_200_HEAD = """索引号000014348/2020-02432
发布机构弥勒市政府办公室
文号弥民函〔2017〕14号
发布日期2018-08-19
有效性有效
"""


def test_a_page_posting_a_reply_a_year_after_its_number_does_not_date_it(tmp_path):
    """弥勒's reply numbered 弥民函〔2017〕14号 (it plans on 2017年全市建设村民小组活动场所) was dated 2018-08-19, the day the site
    posted it: a posting date a year or more after the number's year is not the document's; with no 成文日期 printed, the
    number's year dates it (an estimate) and its facts."""
    ws = unit_workspace(tmp_path / "ws", "弥勒市民政局", "市民政局", "弥勒市")
    facts = distil(tmp_path, ws, MILE_200_HEAD + MILE_200.replace("发布日期2018-08-19\n", ""), "r200.txt")
    assert (facts.source.number, facts.source.date) == ("弥民函〔2017〕14号", None)
    assert facts.source.id == "2017-reply-200"
    assert {f.period.year for f in facts.facts} == {2017}
    # a date the document prints as its own stays, whatever the page says
    signed = distil(tmp_path, ws, MILE_200_HEAD + MILE_200.replace("发布日期2018-08-19", "弥勒市民政局\n2018年1月5日"), "r200s.txt")
    assert signed.source.date == "2018-01-05"


# 章丘区民政局's news in 齐鲁晚报 (sjb.qlwb.com.cn/qlwb/content/20190705/ArticelE06004FM.htm), its head, a paragraph and the
# page's footer as printed.
ZHANGQIU = """区民政局面对面答复人大建议、政协提案
2019年07月05日  来源:齐鲁晚报
  2019年,区民政局共承办人大建议7件、政协提案7件,主要涉及城乡社区治理与村民自治、殡葬改革、养老服务发展以及区划地名等方面。参加会议的建议提案承办人员分别对建议提案办理情况作出答复。

本稿件所含文字、图片和音视频资料,版权均属齐鲁晚报所有,任何媒体、网站或个人未经授权不得转载,违者将依法追究责任。
网友为此稿件打分的平均分是:
齐鲁晚报多媒体数字版
按日期查阅
© 版权所有 齐鲁晚报
华光照排公司 提供技术服务
"""


def test_a_sites_rating_box_and_its_builder_in_the_footer_are_no_facts(tmp_path):
    """章丘区民政局's news kept 网友为此稿件打分的平均分是： and 华光照排公司 提供技术服务 as facts: a readers' rating box (打分的平均分)
    and the site's builder named in its footer (…提供技术服务, as 技术支持：…) are the site's chrome."""
    ws = unit_workspace(tmp_path / "ws", "济南市章丘区民政局", "区民政局", "章丘区")
    facts = distil(tmp_path, ws, ZHANGQIU, "zq.txt")
    texts = [f.text for f in facts.facts]
    assert not [t for t in texts if "平均分" in t or "技术服务" in t], texts
    assert any("共承办人大建议7件" in t for t in texts), texts


def test_a_newspapers_item_on_the_bureau_is_issued_by_the_bureau_not_the_newspaper(tmp_path):
    """章丘区民政局's news in 齐鲁晚报 (来源:齐鲁晚报) was issued by 齐鲁晚报: the unit its headline says answered the items
    (区民政局面对面答复人大建议、政协提案) is the issuer, before the outlet that reports it."""
    ws = unit_workspace(tmp_path / "ws", "济南市章丘区民政局", "区民政局", "章丘区")
    facts = distil(tmp_path, ws, ZHANGQIU, "zq.txt")
    assert facts.source.issuer == "区民政局", facts.source
