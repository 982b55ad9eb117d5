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
