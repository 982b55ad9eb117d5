"""h324: rv20's compose findings.

1. Only a verb of an account (总结了, 通报了…) keeps the clause closing its object, and only the next clause, when it opens on
   no verb of its own: 工作安排 (a noun) and 部署推进 set work and close no account; 完成老旧小区的改造工作 is a deed of its own.
2. The plans a placeholder asks made are those the ask asks (Ask.made), not read again from its points by another rule.
3. The bureau's fields and its places' names, asked of every fact, are computed once per workspace.
"""

from __future__ import annotations

import pytest
from helpers import unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.gaps import _made
from drafter.compose.sentences import on_topic_clauses
from drafter.grammar import bigrams

PILOT = frozenset(bigrams("中试验证平台"))


@pytest.mark.parametrize("sentence, kept", [
    ("按照市委工作安排，全市推进中试验证平台建设，新建平台5个，组织开展消防安全大检查，完成老旧小区的改造工作。",
     "按照市委工作安排，全市推进中试验证平台建设，新建平台5个。"),
    ("市科技局部署推进中试验证平台建设，新建平台5个，组织开展消防安全大检查，强化农村道路的日常管理。",
     "市科技局部署推进中试验证平台建设，新建平台5个。"),
    ("年初安排中试验证平台专项资金500万元，支持企业建设，同时开展安全生产大检查，加强城乡结合部的环境整治工作。",
     "年初安排中试验证平台专项资金500万元，支持企业建设。"),
])
def test_work_set_or_arranged_keeps_no_clause_after_the_topic(sentence, kept):
    """安排, 部署 (and the noun 工作安排) tell no account: the clauses off 中试验证平台 go after its figure."""
    assert on_topic_clauses(sentence, PILOT) == kept


def test_an_account_keeps_only_the_next_clause_and_not_a_deed():
    """总结了…建设 waits for its account's noun; a next clause of a deed of its own (完成…的改造工作) is no such noun."""
    told = "会上，局长总结了2023年全市中试验证平台建设，完成老旧小区的改造工作，组织开展消防安全大检查，加强日常管理。"
    assert on_topic_clauses(told, PILOT) == "会上，局长总结了2023年全市中试验证平台建设。"
    closed = "会上，局长总结了2023年全市聚焦中试验证平台建设，破解难题、优化服务的主要做法，倡议各单位协同共治，共同推动发展。"
    assert on_topic_clauses(closed, PILOT) == "会上，局长总结了2023年全市聚焦中试验证平台建设，破解难题、优化服务的主要做法。"


# hd57a's suggestion.txt (tests/test_h312_hd57a.py): its title and third ask.
PLAN_TITLE = "关于加大对老城区改造力度，提升霍邱县文明城市创建水平的建议"
PLAN_ASK = f"{PLAN_TITLE}\n\n建议：\n一、制定老城区背街小巷年度改造计划，分批推进，建立长效管护机制，持续提升霍邱县文明城市创建水平。\n"


def test_the_gap_for_plans_asked_made_is_the_asks_own():
    """2. The placeholder's plans are the ask's (Ask.made, by its verb: made_by): every point naming one asks how they were
    made; a point of other work (分批推进) asks work and figures."""
    ask = parse_asks(PLAN_ASK, PLAN_TITLE)[0]
    assert (ask.made, ask.made_by) == (("老城区背街小巷年度改造计划", "长效管护机制"), "制定")
    assert _made(ask, [ask.phrase, "建立长效管护机制"]) == ("制定", "老城区背街小巷年度改造计划及长效管护机制")
    assert _made(ask, [ask.phrase, "分批推进"]) is None
    assert _made(None, ["建立长效管护机制"]) is None


def test_the_bureaus_fields_and_place_names_are_read_once_per_workspace(tmp_path):
    """3. Asked of every fact, the bureau's fields and its places' names are the workspace's, computed once: the same object
    each time, longest name first."""
    ws = unit_workspace(tmp_path / "ws", "珠海市市场监督管理局", "市市场监管局", "珠海市", "香洲区, 斗门区, 金湾区")
    assert ws.own_fields == {"市场监督管理", "市场监管"} and ws.own_fields is ws.own_fields
    assert ws.own_place_names is ws.own_place_names
    assert ws.own_place_names[:1] == ("珠海市",) and {"珠海", "香洲", "斗门区"} <= set(ws.own_place_names)
