"""h325: three wording faults left by the day's fixes.

1. A city's name before 区域 lost the city: 汕尾市区域发展 read 市区域发展, its 市区 (the city's own part, workspace.OWN_PART) taken
   before 区域 (grammar.LEVEL_WORDS) was read as a word. The level character before 区域 is the place's: 我市区域发展.
"""

from __future__ import annotations

import pytest
from helpers import unit_workspace

SHANWEI = ("汕尾市住房和城乡建设局", "市住房城乡建设局", "汕尾市", "城区, 海丰县, 陆丰市, 陆河县")


@pytest.mark.parametrize("said, own", [
    ("促进汕尾市区域协调发展", "促进我市区域协调发展"),
    ("推进汕尾区域协调发展", "推进我市区域协调发展"),
    # the city's own part still says itself alone
    ("汕尾市区每逢强降雨", "市区每逢强降雨"), ("汕尾中心城区内涝", "中心城区内涝"), ("汕尾市域统筹", "市域统筹"),
])
def test_the_citys_name_before_a_region_is_the_city(tmp_path, said, own):
    assert unit_workspace(tmp_path / "ws", *SHANWEI).in_own_words(said) == own


@pytest.mark.parametrize("said, own", [
    ("发展霍邱县域经济", "发展县域经济"),  # (县域 the county's own ground, its name first: grammar.LEVEL_OPENED's note)
    ("推进霍邱县区域协调发展", "推进我县区域协调发展"),
])
def test_a_countys_name_before_its_ground_or_a_region(tmp_path, said, own):
    assert unit_workspace(tmp_path / "ws", "霍邱县交通运输局", "县交通运输局", "霍邱县").in_own_words(said) == own
