"""h196: the yearly average before a figure, spelled twice at two widths, declared once (figures.YEARLY_AVERAGE)."""

from __future__ import annotations

from drafter.distill.figures import find_figures


def test_yearly_average_change_named_through_a_longer_verb():
    # 年均增长达到了 (five characters between 年均 and the figure) was read as a bare 增长 by figures' narrower 年均 pattern,
    # while periods' wider one read the span; the one YEARLY_AVERAGE reads both alike
    for text, counts in (("“十四五”以来，全市农村居民人均可支配收入年均增长达到了8.6%。", "农村居民人均可支配收入年均增长"),
                         ("五年来，全市研发投入年均增长超过了15%。", "研发投入年均增长")):
        assert [f.counts for f in find_figures(text)] == [counts]
