"""h286: findings of the blind re-score rs8 (hd52c 河南省应急管理厅, hd52d 平顺县林业局, hd52a 平凉市交通运输局) on the rules themselves:
a place written right after the bureau's own place's name is under it (平顺县石城镇, 平凉市崆峒区), and a drafted sentence opening on
whom the work was done with (与各指挥部成员单位…) gets back the bureau its source named before it (我厅). The drafts and distils
of the real pages are tested in test_h282_hd52c.py and test_h280_pingshun.py."""

from __future__ import annotations

import pytest

from drafter.compose.sentences import with_given_subject
from drafter.distill.places import under_own

# 1250537's paragraph (hd52c's seed), as the fact keeps it.
JOINT = ("2019年以来，我厅提请省政府出台了《河南省政府关于改革完善应急管理体系的通知》，指导市县建立健全应急管理指挥机构。"
         "与各指挥部成员单位在信息沟通、行动协调、指挥、授权与职责、通信等方面加强会商研判，经常性开展桌面推演和实战演练。")


@pytest.mark.parametrize("text, own, found", [
    ("“…通道路域两侧颜值焕然一新。”平顺县石城镇党委书记马跃一介绍。", ["平顺县"], ["石城镇"]),
    ("平凉市崆峒区、平凉市灵台县", ["平凉市"], ["崆峒区", "灵台县"]),
    ("平顺县龙溪镇、平顺县北社乡", ["平顺县"], ["龙溪镇", "北社乡"]),
    # another county's town; the county's own parts and organs; a word of towns in general: none
    ("涉县偏城镇党委书记介绍", ["平顺县"], []),
    ("平顺县城区、平顺县县城、平顺县林业局、平顺县人民政府、平顺县各乡镇", ["平顺县", "平顺"], []),
])
def test_a_place_written_after_the_bureaus_own_is_under_it(text, own, found):
    assert under_own(text, own) == found


def test_a_partner_opening_gets_the_bureau_its_source_named_before():
    last = JOINT.split("。")[1] + "。"
    assert with_given_subject([last], JOINT, "我厅") == ["我厅" + last]
    # the fact's own first sentence, or one whose text names no bureau speaking of itself before it: as it is
    assert with_given_subject([last], last, "我厅") == [last]
    assert with_given_subject([last], "省政府印发了通知。" + last, "我厅") == [last]
    # 同时, 同比 open no partner
    assert with_given_subject(["同时，加强会商研判。"], "我厅开展演练。同时，加强会商研判。", "我厅") == ["同时，加强会商研判。"]
