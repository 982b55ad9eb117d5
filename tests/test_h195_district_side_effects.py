"""Side effects of hd37b's rules for a city's districts (h194), checked on real pages in a workspace of 连云港市住房和城乡建设局:
a district's name without its level read inside longer nouns (东海舰队, 海州湾), quoted documents' targets read as deeds, and the
bureau's news of 2021 whose lede says the reporter heard it from the bureau read as background.
"""

from __future__ import annotations

import pytest

from helpers import LYG_PLAN_COMMENT, LYG_PLAN_POST, distil_by_cli
from helpers import lyg_workspace as _workspace

# The post's heading of 赣榆 (a district's name without its level, then 计划), or in its place a longer noun that only opens as a
# district's name does: a fleet's song (a 2018 post: 东海舰队最强战歌, its title before its colon) and a hall on the bay (连云新城…评审会在海州湾
# 会议中心成功召开).


@pytest.mark.parametrize("heading, place", [
    ("赣榆计划开展城中村改造9个", "赣榆区"),
    ("东海舰队最强战歌", "连云港市"),
    ("海州湾会议中心", "连云港市"),
])
def test_a_districts_bare_name_heads_no_longer_noun(tmp_path, heading, place):
    """赣榆 followed by 计划 stands as the place (赣榆区's plan); 东海 of 东海舰队 and 海州 of 海州湾 head longer nouns, no
    东海县 or 海州区: the plan under them stays the city's (review of h194's bare-name rule)."""
    page = LYG_PLAN_POST.replace("赣榆计划开展城中村改造9个", heading)
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), page, "2025_连云港市住建局2025年工作计划.txt")
    assert {f.jurisdiction for f in facts if f.text.startswith("以系统思维")} == {place}


def test_a_documents_targets_quoted_are_a_plan(tmp_path):
    """…工作计划提出：着力推进城中村改造 and 而赣榆2025年政府工作报告也提出：启动城市微更新地块7处，开展城中村改造9个 quote
    what the documents set to be done: plans (of the city and of 赣榆区), never done work a draft would tell as results."""
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), LYG_PLAN_COMMENT, "2025_连云港市住建局2025年工作计划.txt")
    quoted = {f.text[:5]: (f.kind, f.jurisdiction) for f in facts}
    assert quoted["而赣榆20"] == ("plan", "赣榆区")
    assert quoted["近日，连云"] == ("plan", "连云港市")
