"""What drafter makes of pages on its city's districts, found on held-out round hd37b (连云港市住房和城乡建设局, 江苏): a blog
post quoting the bureau's 2025 plan and, under a heading of 赣榆, 赣榆区's own government work report; a district bureau's news
(来源：区住建局) headed with its district's name. Their figures were filed as the city's and drafted as the bureau's own.

Each test reads lines of the real pages (as the sites print them) in a workspace of the bureau.
"""

from __future__ import annotations

from helpers import distil_by_cli, unit_workspace

AREAS = "海州区, 连云区, 赣榆区, 东海县, 灌云县, 灌南县"

# The blog post of 2025 (as found, its commas ASCII): the city bureau's plan, then 赣榆区's report under a heading of 赣榆.
PLAN_POST = """近日,连云港计划实施城中村改造项目18个3493户,其中赣榆9个,具体文中探讨。

连云港计划实施城中村改造项目18个3493户

着力推进城中村改造,计划实施改造项目18个、改造居民户数3493户,筹集安置房4999套,总投资约55亿元,助推海州区、连云区、赣榆区形成一批示范项目。加快推进老旧小区加装电梯工程,改善老旧小区环境品质。

赣榆计划开展城中村改造9个

以系统思维加快城市更新。因地制宜编制中心城区三年建设规划,分片联动开展城市更新行动,启动城市微更新地块7处,开展城中村改造9个。
"""


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "连云港市住房和城乡建设局", "市住建局", "连云港市", AREAS)


def test_a_statement_under_a_districts_heading_is_the_districts(tmp_path):
    """The paragraph under 赣榆计划开展城中村改造9个 (赣榆, the district's name without its level) is 赣榆区's plan, not the
    city's; the city's plan above it, under a heading opening on 连云港 (a longer name opening as 连云区's does), stays the city's."""
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), PLAN_POST, "2025_连云港市住建局2025年工作计划.txt")
    places = {f.text[:8]: f.jurisdiction for f in facts}
    assert places["以系统思维加快城"] == "赣榆区"
    assert places["计划实施改造项目"] == places["加快推进老旧小区"] == "连云港市"

