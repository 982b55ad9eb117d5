"""General reading rules found on held-out round 52 (pages of bureaus the earlier rounds did not hold, read by the developers
this stop: 沅陵县科学技术局's year report, 溆浦县科技局's, 绥阳县科技局's reply to a 政协 proposal of 县科协, and others named in
each test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

# 沅陵县科学技术局's 2025年科技局工作总结 (www.yuanling.gov.cn/yuanling/c108923/202602/f604872148fb470d93ec79a6c5fbe413.shtml),
# its head and first paragraphs as printed.
YUANLING = """2025年科技局工作总结
沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2026-02-11 15:14
2025年,县科技局党组在县委、县政府的正确领导下,聚焦“四区三地一中心”建设,聚力打造更优科技创新平台、打通更多科技赋能通道、打牢更实科技兴县根基,为县域经济社会质量发展贡献了科技力量。现将一年来工作情况总结如下:
一、2025年工作情况:
(一)坚持党建引领,紧握科技创新“指南针”。把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务,坚决落实上级重大决策部署和工作要求,坚定拥护“两个确立”、坚决做到“两个维护”。
"""


def test_a_pages_posting_time_after_its_sites_name_and_address_dates_it(tmp_path):
    """The report stated no date: its 发布时间 followed the site's name and address on their line (沅陵县人民政府门户网站
    www.yuanling.gov.cn 发布时间:2026-02-11 15:14), and a line's fields were read only where a colon came in its first
    characters. A page's own field after a web address on its line is read as one."""
    ws = unit_workspace(tmp_path / "ws", "沅陵县科学技术局", "县科技局", "沅陵县")
    facts = distil(tmp_path, ws, YUANLING, "report.txt")
    assert facts.source.date == "2026-02-11", facts.source.date
    assert facts.source.period == 2025, facts.source.period


# 溆浦县科技局's 2024年工作总结 (www.xp.gov.cn/xp/c110126/202501/c2479485b12b480c8240a31da393075b.shtml), a paragraph of its
# first part as printed.
XUPU = """2024年,溆浦县科技局坚持以习近平新时代中国特色社会主义思想为指导,在县委、县政府的坚强领导下,积极担当作为,认真履行职责,各项工作均取得了一定成效。现汇报如下:
一、2024年工作情况
(一)加强党建引领,筑牢政治忠诚担当。筑牢意识形态防线,加强意识形态建设。先后5次召开意识形态工作专题会议,2次分析研判意识形态领域情况,全年来,科技局未发生意识形态类负面舆情。在各类新闻媒体发表新闻报道87篇。
"""


def test_times_an_event_was_held_count_the_event_not_the_adverb_before_them(tmp_path):
    """先后5次召开意识形态工作专题会议 counted 先后: the verb of holding right after the measure word of times (召开) ended the
    noun phrase before it began, and the words before the figure were taken. The events held are what is counted."""
    ws = unit_workspace(tmp_path / "ws", "溆浦县科学技术局", "县科技局", "溆浦县")
    facts = distil(tmp_path, ws, XUPU, "20250115_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "5次")
    assert figure.counts == "意识形态工作专题会议", figure.counts
