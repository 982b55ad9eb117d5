"""Leftovers of the held-out rounds hd19–hd21 (close44's list): each test reads real lines of a tester's page, or of a seed
or the corpus where they show the same thing, through the path a user's ``drafter distill`` takes."""

from __future__ import annotations

from drafter.distill.figures import find_figures


def test_a_unit_opening_with_qian_is_not_the_scale_qian():
    """建设2000千瓦装机容量的… read 2000千 (the scale 千, unit none, 瓦装机容量 its label) and 滕州's 新增道路里程约12千米 read 12米:
    where a unit opens with 千 (千瓦, 千米, 千克) the longest unit wins."""
    power = find_figures("建设2000千瓦装机容量的光伏电站")
    assert [(g.value, g.unit, g.counts) for g in power] == [(2000, "千瓦", "装机容量")]
    roads = find_figures("全年新增道路里程约12千米,建成城市地下综合管廊约1.4千米")
    assert [(g.value, g.unit) for g in roads] == [(12, "千米"), (1.4, "千米")]
    assert [g.raw for g in find_figures("投入3千万元")] == ["3千万元"]
