"""rv14's review of 4561b77d..bf72c510 (items 1, 2, 4, 5, 7, 14): each finding on the reviewer's inputs, failing before its fix."""

from __future__ import annotations

import pytest

from helpers import distil, unit_workspace

_CITY_MANAGEMENT = ("邢台县城市管理局", "县城管局", "邢台县")
_REPORT = ("邢台县城市管理局2023年工作总结\n\n2023年，在县委、县政府的正确领导下，我局紧紧围绕年度目标任务，扎实推进各项工作，现将"
           "有关情况总结如下。\n\n一、园林绿化\n\n全年新建公园2个，改造游园3个，完成1个片区停车改造。\n\n二、{heading}\n\n{later}\n")


def _facts(tmp_path, unit, text: str, name: str):
    return distil(tmp_path, unit_workspace(tmp_path / "ws", *unit), text, name).facts


@pytest.mark.parametrize("heading, later", [
    # (rv14 1: 1个, 3个, 2个 again, of other things: no recap of 新建公园2个，改造游园3个，完成1个片区停车改造)
    ("其他工作", "在数字城管方面，新建监控平台1个；在环卫方面，改造垃圾中转站3个；在执法方面，开展联合执法行动12次；在公厕方面，"
                 "新建公厕2个。"),
    # (the older rule, a statement of the same figures of its kind and period is that one: as blind to what is counted)
    ("数字城管", "新建智慧停车平台1个，接入停车泊位2个片区，覆盖道路3个街区。"),
])
def test_small_counts_of_other_things_are_no_figures_told_again(tmp_path, heading, later):
    """rv14 1: a later statement of a report saying 1个, 2个, 3个 of other things than an earlier one was cut to its one new clause
    (在执法方面，开展联合执法行动12次。) or dropped as a retelling. A figure is told again when its value, unit and what it counts are."""
    facts = _facts(tmp_path, _CITY_MANAGEMENT, _REPORT.format(heading=heading, later=later), "2023-12-20_总结.txt")
    assert any(f.text == later for f in facts), [f.text for f in facts]
