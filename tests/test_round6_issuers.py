"""Issuers the held-out round 6 missed (metadata._issuer), on short texts written for each rule, read as
``drafter distill`` reads a page in the demo workspace:

- a reply's number names its writer (朝三科技议字 → the text's 朝阳区科技局), before the site's 来源 field;
- a title names its writer in brackets at its end (…建议的答复（交通局）), with the level the text speaks
  of as its own (我县), or before or after the year of a report's title (2023年度县商务局工作总结…)."""

from __future__ import annotations

import pytest
from helpers import distil


NUMBERED_REPLY = """对区第五届人民代表大会第三次会议第7号代表建议的答复
时间：2024-06-20 来源：区政府办
朝三科技议字〔2024〕5号
李明代表：

您提出的《关于加快科技企业孵化的建议》收悉，现答复如下：
朝阳区科技局将会同相关部门加大孵化载体建设力度，今年新增孵化器3家。
"""


def test_a_replys_number_names_its_writer_before_the_sites_source(tmp_path, workspace):
    ff = distil(tmp_path, workspace, NUMBERED_REPLY, "reply.txt")
    assert ff.source.issuer == "朝阳区科技局"  # was 朝阳区人民政府办公室, the page's 来源


@pytest.mark.parametrize("number, unit, issuer", [
    # the place the number's first character opens: 哈(尔滨市南岗区), not 尔滨市南岗区 (a cut chain)
    ("哈南科技议字〔2024〕5号", "哈尔滨市南岗区科技局", "哈尔滨市南岗区科技局"),
    ("朝三科技议字〔2024〕5号", "北京市朝阳区科技局", "朝阳区科技局"),  # 朝(阳区), not 京市朝阳区科技局
    ("朝三科议字〔2024〕5号", "北京市朝阳区科技局", "朝阳区科技局"),  # a one-character unit code (科)
])
def test_a_replys_number_names_its_writer_with_its_whole_place(tmp_path, workspace, number, unit, issuer):
    text = NUMBERED_REPLY.replace("朝三科技议字〔2024〕5号", number).replace("朝阳区科技局将", unit + "将")
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.issuer == issuer


BRACKETED_REPLY = """对县十五届人大二次会议第9号建议的答复（交通局）

张强代表：

你提出的关于改造乡村道路的建议收悉。现答复如下：我县今年已改造乡村道路15公里。感谢你对我县交通工作的关心和支持。
"""


def test_a_unit_in_brackets_after_a_replys_title_is_its_writer(tmp_path, workspace):
    ff = distil(tmp_path, workspace, BRACKETED_REPLY, "reply.txt")
    assert ff.source.issuer == "县交通局"  # was none; no county is named, so the short form stays


REPORT = """2023年度县商务局工作总结及2024年工作计划

2023年，我局围绕全县中心工作，新增限上商贸企业12家。
"""


def test_a_unit_before_a_reports_title_is_its_writer(tmp_path, workspace):
    ff = distil(tmp_path, workspace, REPORT, "report.txt")
    assert ff.source.issuer == "县商务局"  # was none


NEWS_OF_A_MEETING = """6月18日，县科技局召开2024年人大代表建议办理座谈会，与代表共同商讨建议的办理情况。
今年，县科技局共承办人大代表建议21件，其中主办14件、会办7件。
"""


def test_a_news_lede_dates_its_meeting_when_nothing_else_dates_the_page(tmp_path, workspace):
    ff = distil(tmp_path, workspace, NEWS_OF_A_MEETING, "news.txt")
    assert ff.source.date == "2024-06-18"  # was none: 今年's 21件 had no year
    assert {g.raw: f.period.year for f in ff.facts for g in f.figures} == {"21件": 2024, "14件": 2024, "7件": 2024}
