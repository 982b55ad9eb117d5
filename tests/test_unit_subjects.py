"""Who a statement is about: a place of four characters before its level opening a statement is its
subject (鄂尔多斯市新增…, 呼和浩特市…), as 石家庄市… is; a unit that will found something (市委组织部将新建…,
我局将举办…) states a plan, not a result; a party committee's department (市委组织部, 市委宣传部) in an
ask's list is a unit, not a thing the reply owes; a proposer named by a party (中共…, 民建…) is a body,
from the one list of the parties' names. Documents are distilled as ``drafter distill`` does, in the
demo workspace (泉州市)."""

from __future__ import annotations

import pytest
from helpers import REPO, distil

from drafter.compose.asks import named_things
from drafter.compose.suggestion import is_collective
from drafter.distill.facts import WILL, subject_place
from drafter.model import DONE, PLAN
from drafter.workspace import load_workspace


@pytest.mark.parametrize("text, place", [
    ("鄂尔多斯市新增科技型中小企业120家", "鄂尔多斯市"),
    ("2024年，乌鲁木齐市认定高新技术企业85家", "乌鲁木齐市"),
    ("一是呼和浩特市建成中试基地3个", "呼和浩特市"),
    ("石家庄市科技局新增企业10家", "石家庄市"),
    ("和顺县新增科技型中小企业12家", "和顺县"),
    ("三明市沙县区新增企业8家", "三明市"),
    ("联合市财政局下达资金", None), ("在鲤城区设立", None), ("全市新增企业", None),
])
def test_a_place_opening_a_statement_is_its_subject(text, place):
    assert subject_place(text) == place


REPORT = """泉州市科学技术局2024年工作总结

一、主要工作成效
2024年，鄂尔多斯市新增科技型中小企业120家，我市新增高新技术企业300家。
市委组织部将新建人才驿站10个，服务引进人才。
我局将认定的12家新型研发机构纳入绩效考核。

泉州市科学技术局
2025年1月10日
"""


def test_such_statements_distilled(tmp_path):
    facts = distil(tmp_path, load_workspace(REPO), REPORT, "report.txt").facts
    other = next(f for f in facts if f.text.startswith("2024年，鄂尔多斯市"))
    assert other.jurisdiction == "鄂尔多斯市" and other.external  # was 泉州市's, and the workspace's own
    plan = next(f for f in facts if f.text.startswith("市委组织部将新建"))
    assert plan.kind == PLAN  # was done
    done = next(f for f in facts if f.text.startswith("我局将认定的"))
    assert done.kind == DONE  # 将 before what was founded: its object


def test_a_unit_that_will_found_something_plans():
    assert WILL.match("市委组织部将新建人才驿站10个") and WILL.match("我局将举办科技成果对接会")
    assert WILL.match("市委宣传部将组织开展科普宣传")
    assert not WILL.match("市科技局将3家企业认定为市级新型研发机构")
    assert not WILL.match("我局将新建的3个平台纳入考核")


def test_a_party_committees_department_in_an_ask_is_a_unit():
    assert named_things("推动市委组织部、市委宣传部和市科协形成合力") == []  # was [市委组织部]
    assert named_things("加强大院大所、新型研发机构、企业技术中心等创新平台建设") == [
        "大院大所", "新型研发机构", "企业技术中心"]


def test_a_proposer_named_by_a_party_is_a_body():
    assert is_collective("民建泉州市委会") and is_collective("九三学社许昌支委") and is_collective("农工党")
    assert is_collective("中共泉州市委")
    assert not is_collective("陈某某")
