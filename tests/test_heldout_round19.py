"""General reading rules found on held-out round 19 (units the earlier rounds did not hold — 湖北 武汉's 农业农村局 (its
replies of 2021 and 2025, its 会办意见 of 2018, its 工作要点 of 2024 and 2025 and a news item of 2023); and 重庆市科学技术局's
pages, the shared corpus's 03 and 04 and a news item of 2024).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil


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
