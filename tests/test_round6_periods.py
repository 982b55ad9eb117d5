"""The year a report posted after its period speaks from (facts.text_year, metadata._period_years), on short
texts written for each rule, read as ``drafter distill`` reads a page in the demo workspace:

- a 2022 report posted in 2023 says 2022年以来 of 2022, not of 2022–2023;
- a whole year's summary dated before that year was half over (a page's heading 2023年度…总结 posted
  2023-03) is not the report's period when the file's own title names the year before."""

from __future__ import annotations

from helpers import distil


REPORT = """2023年度县农业局工作总结及2023年工作计划

发布时间：2023-03-10 09:12:40

2022年度县农业局工作总结及2023年工作计划

一、主要工作

2022年以来，我局积极组织企业申报省级农业产业化项目12个，实施市级项目5个。
"""


def test_a_report_posted_after_its_year_speaks_of_that_year(tmp_path, workspace):
    ff = distil(tmp_path, workspace, REPORT, "report.txt")
    assert ff.source.date == "2023-03-10" and ff.source.period == 2022  # was 2023, the page's heading
    periods = {g.raw: ((g.year, g.until) if g.year else (f.period.year, f.period.until)) for f in ff.facts for g in f.figures}
    assert periods == {"12个": (2022, None), "5个": (2022, None)}  # was (2022, 2023)
