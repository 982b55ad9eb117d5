"""hd41b (广州市花都区卫生健康局): a district congress's inspection told after the rule it follows is background."""
from __future__ import annotations

from helpers import distil, unit_workspace

from drafter.model import CONTEXT

# The district congress's news the tester saved as 2022-08-22_区人大调研医疗项目.txt (whole, as the store gave it).
CONGRESS_SURVEY = """区人大常委会教科文卫工委组织开展专题调研
根据2022年区人大常委会监督工作计划以及《区人大常委会关于开展<广州市优化营商环境条例>执法检查的通知》要求,为深入了解我区医疗基础设施重点建设项目进展情况,区人大常委会副主任姚晓群带领优化营商环境(人文环境)专题调研组,于8月19日上午对中山大学附属仁济医院、市妇儿医疗中心花都院区建设情况开展专题调研、视察活动。调研组实地查看了工程进展情况,详细了解了工程建设存在的问题和解决方案,对下一步工作推进提出了建设性意见。区卫健局、区住建局分管领导陪同调研、视察活动。
"""


def test_an_inspection_told_after_the_rule_it_follows_is_the_congresss(tmp_path):
    """根据…监督工作计划…要求，为深入了解…，区人大常委会副主任姚晓群带领…调研组…开展专题调研: the congress's inspection, which the
    bureau's heads only accompanied (陪同), is no deed of the bureau's, though the sentence opens on the rule and the aim."""
    ws = unit_workspace(tmp_path / "ws", "广州市花都区卫生健康局", "区卫生健康局", "花都区")
    ff = distil(tmp_path, ws, CONGRESS_SURVEY, "2022-08-22_区人大调研医疗项目.txt")
    visit = next(f for f in ff.facts if "姚晓群带领" in f.text)
    assert visit.kind == CONTEXT
