"""A 将 that is 把 before its verb (将…纳入…) says no plan: a lead whose year and 将 read as announcing what will be done
(distill.structure.FUTURE_LEAD) is one only where its 将 is "will" (structure._WILL_NOT_BA)."""

from __future__ import annotations

from drafter.distill.figures import normalise
from drafter.distill.structure import FUTURE_LEAD

# 连平县档案局's reply to proposal 09 of 2019 (tests/test_hd33a_asks.py): an item of this year's work done, its 将 as 把.
DONE_WITH_BA = "五是今年已按3元/卷的标准将档案保管和保护费纳入财政预算中,有效保障了档案工作的顺利进行。"
# 黔东南州's government report (qdnwm.gov.cn/jujiaoqdn/4742.html, tests/test_heldout_round33.py): the lead of its list of plans.
PLANS_LEAD = "报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。"


def test_a_years_work_done_with_jiang_as_ba_announces_no_plans():
    assert FUTURE_LEAD.search(normalise(DONE_WITH_BA)) is None
    assert FUTURE_LEAD.search(normalise(PLANS_LEAD))  # (its year and a 将 of will: the list after it is plans)
