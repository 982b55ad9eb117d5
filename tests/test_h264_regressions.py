"""A present word read across two words' edge (hd14): the 目前 of 项目前期 (项目|前期) is no time word. 仙居县民政局's 2023
summary, …专项债项目通过审批，争取项目经费1000万元，目前正在开展项目前期工作, was drafted …截至2023年底，正在开展项截至2023年底，
期工作: its one real 目前 rewritten right, 项目前期's rewritten too."""

from __future__ import annotations

from drafter.compose.sentences import absolute_time
from drafter.distill.periods import DOCUMENT_DATE, time_mentions
from drafter.model import SourceMeta

# The tester's 仙居 summary (helpers.XIANJU_SUMMARY's page), its last line, as the base holds it.
XIANJU_LINE = "仙居县乡镇养老服务中心二期专项债项目通过审批，争取项目经费1000万元，目前正在开展项目前期工作。"
# A news page of 2022-03-09 (avyp8.net/infoList.aspx?cid=2799&t=58, 市政府副秘书长龙佳林督导教育园区次支路网三期项目前期工作开展情况).
CHENGDU_LINE = ("教投集团总经理廖昭宏汇报了该项目3条支路的前期工作开展情况、工作措施、存在问题等，重点请求协调因四川幼专集中办学和研究生院"
                "项目方案会调整该项目部分道路而导致该项目前期工作停滞的问题。")


def _source(kind: str, date: str) -> SourceMeta:
    return SourceMeta(id="s", path="s.txt", sha256="0", kind=kind, date=date)


def test_the_present_word_is_made_absolute_and_the_projects_preparation_kept():
    """The summary's one 目前 becomes its source's month; 项目前期工作 stays as written, no second mark."""
    dated = absolute_time(XIANJU_LINE, _source("work_report", "2024-01-11"), 2023)
    assert dated.text.endswith("争取项目经费1000万元，截至2024年1月，正在开展项目前期工作。"), dated.text
    assert [m.text for m in dated.marks] == ["截至2024年1月，"]


def test_a_project_s_preparation_is_no_present():
    """A sentence saying no present but 项目前期 twice is left as written, and dated by no document date."""
    news = _source("news", "2022-03-09")
    assert absolute_time(CHENGDU_LINE, news, 2022).text == CHENGDU_LINE
    assert not [m for m in time_mentions(CHENGDU_LINE, 2022, 3) if m[3] == DOCUMENT_DATE]
    # (its real 目前 still dates: the summary's line is as of its document's date, once)
    assert [m[3] for m in time_mentions(XIANJU_LINE, 2024, 1)] == [DOCUMENT_DATE]
