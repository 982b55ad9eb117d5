"""Where part one's items go, what makes a fact relevant to a title, and how an ask is headed
(issue 8, read by a blind clerk in the leave-one-out 1288 draft and in 重庆's drafts):

- last year's plan on robots (推动建设具身智能服务机器人创新平台…人形机器人创新中心…), offered as
  done to verify, stood under the 平台 ask, which had reported its platforms already, while the
  智能制造 ask's own placeholder said its 工业机器人 was missing: filling a gap beats repeating a
  matter already reported;

Drafts are read back from the written .docx.
"""

from __future__ import annotations


import docx
from helpers import OWED
from test_other_bureau_drafts import sections

from drafter.compose.asks import head, parse_asks
from drafter.compose.select import specific_words
from drafter.facts.index import FactIndex
from drafter.workspace import load_workspace

VERIFY = "【待核实：是否已完成】"


def test_a_plan_offered_as_done_goes_under_the_ask_whose_unsaid_thing_it_names(loo_draft):
    found = sections(docx.Document(loo_draft))
    claims = [(h, p) for h, ps in found.items() for p in ps if VERIFY in p]
    robots = [(h, p) for h, p in claims if "机器人" in p.split(VERIFY)[0]]
    assert robots, claims
    for heading, _ in robots:  # under the ask naming 工业机器人, not the 平台 ask that reported its platforms
        assert "智能制造" in heading, heading
    manufacturing = "".join(next(ps for h, ps in found.items() if "智能制造" in h))
    owed = OWED.findall(manufacturing)
    # the thing it fills is no longer owed; the things it does not name still are
    assert owed and "工业机器人" not in owed[-1] and "智能装备" in owed[-1] and "工业软件" in owed[-1], owed
    said = sum(p.count("人形机器人") for ps in found.values() for p in ps)
    assert said == 1  # offered once


def test_a_things_head_names_it_only_when_the_base_says_it_seldom(loo):
    index = FactIndex.load(load_workspace(loo))

    def specific(g: str) -> bool:
        return bool(specific_words(frozenset([g]), index))

    assert head("工业机器人", specific) == "机器人"
    assert head("引入新技术", specific) is None  # 新技术: every 高新技术企业 says it
    assert head("智能装备", specific) is None  # four characters: its halves name it (Ask.owed)
    ask = parse_asks("一、加强攻关。聚焦智能装备、工业机器人等领域。\n二、建设平台。", "关于X的建议")[0]
    ask.heads = {t: h for t in ask.subjects if (h := head(t, specific))}
    assert ask.owed("引进人形机器人创新中心") == ["智能装备"]
    assert ask.owed("引进一批高新技术企业") == ["智能装备", "工业机器人"]
