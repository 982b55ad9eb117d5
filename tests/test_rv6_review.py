"""Findings of the blind code review rv6 on the fixes of rv5 (the reviewer's inputs): funds won vs. a work aimed at after
争取, a site's field lines printed under each item, an ask after ；/请, month-only or impossible dates,
了解 as no work done."""

from __future__ import annotations

from drafter.compose.asks import _asked_after
from drafter.compose.select import _last_day, is_definition
from drafter.distill.facts import AIMING
from drafter.read.clean import Piece, clean_blocks


def test_a_work_aimed_at_is_no_funds_won():
    """rv6 F1: 争取 counted as won whenever 资金/项目/政策/支持 came anywhere later in its clause, so these plans were done."""
    for plan in ("目前已完成前期工作，在两年内，争取完成项目主体工程建设。",
                 "已启动试点，三年内，争取全市政策性农业保险覆盖率达到90%。",
                 "两年内，争取各方支持，建成10个美丽乡村。"):
        assert AIMING.search(plan), plan
    for won in ("两年内，争取中央和省级各类补助资金5000万元。", "前三年内，争取项目12个，已全部开工。"):
        assert not AIMING.search(won), won


def test_a_sites_field_line_printed_under_each_item_is_still_clutter():
    """rv6 F2: every X：Y line was spared the rule on lines printed again and again, a site's 友情链接 too; only a plan's own
    fields (责任单位, 完成时限…) are."""
    lines = []
    for n in ("一", "二", "三"):
        lines += [f"（{n}）推进老旧小区改造，今年完成改造项目{n}个。", "友情链接：中国政府网 宁夏回族自治区人民政府",
                  "责任单位：市住房和城乡建设局"]
    blocks, _ = clean_blocks([Piece(t) for t in lines])
    text = "\n".join(b.text for b in blocks)
    assert text.count("友情链接") == 1, text
    assert text.count("责任单位：市住房和城乡建设局") == 3, text


def test_the_ask_after_past_work_starts_at_any_asking_clause():
    """rv6 F5: only a clause opening on 建议 after ， began the ask, so 请…/希望… or one after ； lost it whole."""
    told = "近年来，我市相继建成一批城市公园"
    assert _asked_after(f"{told}，请在城东新区增建口袋公园、健身步道。") == "请在城东新区增建口袋公园、健身步道。"
    assert _asked_after(f"{told}；建议在城东新区增建口袋公园。") == "建议在城东新区增建口袋公园。"
    assert _asked_after("近年来，我市先后新建、改造了一大批公园绿地。") == ""


def test_a_date_that_is_no_day_sets_no_deadline():
    """rv6 F8: 2022-13 was read as 2023-01-31, 2022-00 as 2021-12-31, 20220822 as the year 2022."""
    assert [_last_day(d) for d in ("2022-13", "2022-00", "20220822", "2022-02-30")] == [None] * 4
    assert str(_last_day("2024-02")) == "2024-02-29" and str(_last_day("2022")) == "2022-12-31"


def test_to_know_is_no_work_done():
    """rv6 F9: 了 of 了解 counted as work done, so a definition (城市公园是市民了解自然…的公共场所) stayed in the item."""
    assert is_definition("城市公园是市民了解自然、休闲游憩的公共场所。")
