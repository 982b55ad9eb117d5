"""A party committee's department named as a figure's source (据市委组织部统计…) is that unit, whole:
部 closes its name after the committee's 委, though 部 alone is no organ's word (全部, 内部, 部署); and
what the work follows (根据市委决策部署…) names no source of its figures."""
from __future__ import annotations

import re

import pytest

from drafter.compose.sentences import attribution, paragraph_unit
from drafter.grammar import UNIT_NAME
from drafter.model import Fact, Period
from drafter.workspace import load_workspace
from helpers import CORPUS, REPO, needs_corpus


@pytest.fixture(scope="module")
def ws():
    return load_workspace(REPO)


def fact(text: str) -> Fact:  # a paragraph of the city's, of 2024
    return Fact(id="p", text=text, kind="result", period=Period(2024, "stated"), jurisdiction="泉州市", source_id="s")


@pytest.mark.parametrize("text, unit", [
    ("据市委组织部统计，2024年全市新引进高层次人才1200人。", "市委组织部"),
    ("据省委宣传部统计，全省建成新时代文明实践中心120个。", "省委宣传部"),
    ("据市委统战部统计，全市新的社会阶层人士联谊组织达36个。", "市委统战部"),
    ("据市委社会工作部统计，全市新兴领域党组织覆盖率达95%。", "市委社会工作部"),
    ("据市委人才办统计，2025年全市新认定市级高层次人才860人。", "市委人才办"),  # an other_units unit of the demo
    ("市委组织部：2024年全市新引进高层次人才1200人。", "市委组织部"),
])
def test_a_committees_department_is_the_unit_its_figures_are_credited_to(ws, text, unit):
    assert paragraph_unit(fact(text), ws) == unit
    sentence = re.split("[，：]", text, maxsplit=1)[1]
    named, note, at = attribution(sentence, fact(text), ws)
    assert (named, at) == (unit, 0) and unit in note


@pytest.mark.parametrize("text, unit", [
    ("据市委统计，全市新增市场主体1.2万户。", "市委"),  # the committee itself
    ("据市委统战部门统计，全市共有联谊组织36个。", "市委"),  # 部门: no department's name
    ("据市委机关内部统计，全年督办事项86项。", "市委"),  # 内部 is no department
    ("据市委交办事项统计，全年办结86项。", "市委"),  # 交办 is a verb, no office
])
def test_what_ends_in_bu_or_ban_without_naming_a_department_stays_outside_the_name(ws, text, unit):
    assert paragraph_unit(fact(text), ws) == unit


def test_what_the_work_follows_is_no_source_of_its_figures(ws):
    assert paragraph_unit(fact("根据市委决策部署，2024年全市新增高新技术企业120家。"), ws) is None
    assert paragraph_unit(fact("依据市政府办公室印发的方案，全年认定科技型中小企业860家。"), ws) is None
    assert attribution("2024年全市新增高新技术企业120家。", fact("根据市委、市政府部署，2024年全市新增高新技术企业120家。"),
                       ws) is None


@needs_corpus
def test_each_member_unit_of_a_corpus_list_is_one_whole_name():
    line = next(ln for ln in (CORPUS / "12_shanghai_reply_2023.txt").read_text("utf-8").splitlines() if "市委组织部" in ln)
    members = line[line.index("市委组织部"):].split("等")[0].split("、")  # 市委组织部、市委宣传部、市科委…
    assert members[:2] == ["市委组织部", "市委宣传部"]
    assert [m for m in members if not re.fullmatch(UNIT_NAME, m)] == []
    assert re.findall(UNIT_NAME, "、".join(members)) == members
