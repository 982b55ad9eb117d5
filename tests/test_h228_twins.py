"""h228: a twin left standing where deriving it would change what it reads."""

from drafter.compose.asks import _DONE_BEFORE

# 龙陵县交通运输局's reply of 2025 (longling.gov.cn/info/24374/4289679.htm; tests/test_heldout_round13.py): a shortfall stated.
SHORT_OF_FUNDS = "近几年因县级财力困难,普遍存在农村公路养护资金拨付不到位问题。"


def test_funds_not_paid_in_full_are_no_work_recounted():
    """_DONE_BEFORE keeps its own words of work done (了, 已, 先后, 相继): grammar.WORK_FINISHED's 到位 would read
    资金拨付不到位 as the work of recent years told before an ask."""
    assert _DONE_BEFORE.match(SHORT_OF_FUNDS) is None
