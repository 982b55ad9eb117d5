"""A party committee's department or an organ's office is a unit's whole name wherever a unit's end
is read (grammar.UNIT_END, ORGAN_PART), never cut at 市委 or 政府: a statement whose subject is
市委组织部 and that says what it will do is a plan; a reply whose letterhead is 泉州市委组织部 is
that unit's; 中共 before a committee's place is the party's name, no part of the place."""

from __future__ import annotations

import re

import pytest
from helpers import distil

from drafter.grammar import UNIT_END


@pytest.mark.parametrize("name", ["市委组织部", "省委宣传部", "市委人才办", "市人民政府办公厅", "市政府办公室", "市科技局",
                                  "市财政局", "市财政"])
def test_a_unit_ends_where_its_name_does(name):
    m = re.match(rf"[\u4e00-\u9fff]{{1,12}}?{UNIT_END}", name + "将进一步加强")
    assert m and m.group() == name


REPORT = """某某市2024年人才工作情况报告

一、工作成效
2024年，全市引进高层次人才1200名，新增省级人才平台15个，人才总量达到85万人，较上年增长6.2%。
市委组织部将进一步完善人才服务保障体系，新建人才驿站5个，推动人才政策落地见效。
省委宣传部拟在全省组织科普活动30场，进一步提升公民科学素质，营造尊重人才的社会氛围。
"""


def test_what_a_committees_department_will_do_is_a_plan(tmp_path, workspace):
    kinds = {f.text[:5]: f.kind for f in distil(tmp_path, workspace, REPORT).facts}
    assert kinds == {"2024年": "done", "市委组织部": "plan", "省委宣传部": "plan"}  # both were done


REPLY = """泉州市委组织部关于市十七届人大五次会议第1234号建议的答复

张某代表：
您提出的《关于加强人才引进的建议》收悉，现答复如下：
2024年，全市引进高层次人才1200名，新增省级人才平台15个。
感谢您对人才工作的关心和支持。

2025年5月20日
"""


def test_a_letterhead_names_the_committees_department_whole(tmp_path, workspace):
    meta = distil(tmp_path, workspace, REPLY).source
    assert (meta.issuer, meta.jurisdiction) == ("泉州市委组织部", "泉州市")  # was 泉州市委


def test_the_partys_name_is_no_part_of_the_place(tmp_path, workspace):
    text = REPLY.replace("泉州市委组织部关于", "中共三明市委组织部关于").replace("2025年5月20日", "中共三明市委组织部\n2025年5月20日")
    meta = distil(tmp_path, workspace, text).source
    assert (meta.issuer, meta.jurisdiction) == ("中共三明市委组织部", "三明市")  # was 中共三明市


SELF_NAMED = """关于市十七届人大五次会议第3456号建议的答复

王某代表：
您提出的《关于加强泉州市青年人才引进的建议》收悉，现答复如下：
近年来，市委组织部高度重视青年人才引进工作。2024年，泉州市新引进青年人才1.2万名，建设青年人才驿站12个。
下一步，市委组织部将进一步完善青年人才服务体系。
感谢您对我市人才工作的关心和支持。

2025年5月20日
"""


def test_a_reply_that_calls_itself_a_committees_department_is_its_issuers(tmp_path, workspace):
    """市委组织部, the only unit it names itself by, is a unit word to the place reader too (places.ORG_WORD)."""
    meta = distil(tmp_path, workspace, SELF_NAMED).source
    assert (meta.issuer, meta.jurisdiction) == ("泉州市委组织部", "泉州市")  # the issuer was none
