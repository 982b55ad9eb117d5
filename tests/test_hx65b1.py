"""hx65b1: findings of the held-out test hd65b (海阳市住房和城乡建设管理局, 提案 关于生活污水管网企业全覆盖的提案), each on its
real lines.

1. An example list joined by 和/及/与 before 等 (海阳核电厂区和施工生活区等园区企业) is left out of a long ask's heading as a
   、-joined one is, so the ask heads its own section (was headed by the title, 核电厂区 lost); a 和 after no first item
   (与高等院校) or after the kind an earlier list names (…等重点湖泊和罗家桥港等小流域, hd9: two things) stays. The title's core
   heads no ask where a clause of another ask restates it (ask 1 asked 推动生活污水管网对企业全覆盖), and an ask of no heading
   names its own first clause in its placeholder.
2. A sum said over before a noun whose count follows (其中过10亿元项目44个) is a threshold classing the noun, no figure: the
   count is of 过10亿元项目.
3. A count's label ends before what is to become of the things (7处老旧小区将旧貌换新颜 counts 老旧小区).
"""

from __future__ import annotations

import docx
from helpers import sections, seeds_draft, unit_workspace

from drafter.compose.asks import Ask, _headed_by_title, _unlisted, parse_asks, with_examples
from drafter.distill.figures import find_figures

TITLE = "关于生活污水管网企业全覆盖的提案"
# hd65b's suggestion.txt (its asks restated from the reply).
ASKS = """关于生活污水管网企业全覆盖的提案

我市部分企业及园区的生活污水尚未纳入市政污水管网收集处理，存在遗漏区域。为此建议：
一、加快改造遗漏区域的生活污水收集及管网建设，推动生活污水管网对企业全覆盖。
二、推动海阳核电厂区和施工生活区等园区企业的生活污水接入市政污水管网。
三、推动工业企业生活污水接入市政污水管网，助力碧水保卫战。
"""
FIRST, SECOND = "加快改造遗漏区域的生活污水收集及管网建设，推动生活污水管网对企业全覆盖。", "推动海阳核电厂区和施工生活区等园区企业的生活污水接入市政污水管网。"
# hd65b's seeds/undated_海阳市老旧小区改造7处小区.txt: its first sentences.
OLD_ESTATES = ("老旧小区改造关乎百姓居住和生活质量,是一项持续性的民生工程。记者从相关部门获悉,今年,我市将继续推进老旧小区改造工作,"
               "7处老旧小区将旧貌换新颜。改造工程包括实施道路硬化、铺设道板砖、挖排水沟、铺设雨水管道、清理污水井、化粪池及污水管道等改造工程,"
               "改造工程预计12月底完成。\n")
# hd65b's seeds/2021-01-05_海阳市政府工作报告.txt: a sentence of its review of “十三五”.
INVESTMENT = ("始终把招商引资作为各项工作重中之重,积极开展“中介招商、驻点招商、园区招商、产业招商、基金招商”,五年来举办大型招商推介活动22次,"
              "引进投资过亿元项目198个,其中过10亿元项目44个;引进外资项目33个,实际使用外资4亿美元。")


def test_1_an_ask_names_its_example_list_joined_by_he_in_its_placeholder_not_its_heading():
    asks = parse_asks(ASKS, TITLE)
    assert [a.phrase for a in asks] == ["加快改造遗漏区域的生活污水收集及管网建设", "推动园区企业的生活污水接入市政污水管网",
                                        "推动工业企业生活污水接入市政污水管网"]  # (ask 2 was 生活污水管网企业全覆盖, the title's)
    assert with_examples(asks[1]) == "推动海阳核电厂区和施工生活区等园区企业的生活污水接入市政污水管网"
    # (a 和 joining two things stays: after the kind a list before names, hd9; after no first item — a corpus reply's words)
    assert _unlisted("推进大冶湖、网湖等重点湖泊和罗家桥港等小流域综合治理") == "推进重点湖泊和罗家桥港等小流域综合治理"
    assert _unlisted("鼓励企业与高等院校") == "鼓励企业与高等院校"


def test_1_the_titles_core_restated_by_another_ask_heads_none():
    assert _headed_by_title(SECOND, TITLE, []) == "生活污水管网企业全覆盖"  # (no other ask says it: the title's core may)
    assert _headed_by_title(SECOND, TITLE, [FIRST]) == "推动园区企业的生活污水接入市政污水管网"
    # an ask of no heading names its own first clause where its placeholder says what is asked (was empty: 【待补充：方面的…】)
    assert with_examples(Ask("", SECOND)) == SECOND.rstrip("。")


def test_1_the_draft_heads_ask_two_by_its_own_matter(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "海阳市住房和城乡建设管理局", "市住建局", "海阳市", "东村街道, 方圆街道, 凤城街道")
    _, out = seeds_draft(tmp_path, ws, {"undated_海阳市老旧小区改造7处小区.txt": OLD_ESTATES}, "1", TITLE, ASKS,
                         "--deputy", "郑正", "--date", "2022-06-09", "--proposal")
    parts = sections(docx.Document(out))
    assert "生活污水管网企业全覆盖" not in parts  # (the title's matter, said by ask 1 already)
    assert any("海阳核电厂区和施工生活区等园区企业" in p for p in parts["推动园区企业的生活污水接入市政污水管网"])


def test_2_a_sum_said_over_before_the_noun_counted_is_no_figure():
    figures = {f.raw: f.counts for f in find_figures(INVESTMENT)}
    assert "10亿元" not in figures  # (was a figure of 项目)
    assert figures["44个"] == "过10亿元项目"  # (was 投资过亿元项目, the 198's)
    assert figures["198个"] == "引进投资过亿元项目"
    assert figures["4亿美元"] == "实际使用外资"
    # (a sum reached, then a count of another thing, stays a figure)
    assert [f.raw for f in find_figures("2020年,实现一般公共预算收入30.2亿元,五年来年均增长7%。")] == ["30.2亿元", "7%"]


def test_3_a_counts_label_ends_before_what_is_to_become_of_the_things():
    assert [(f.raw, f.counts) for f in find_figures(OLD_ESTATES.split("。")[1])] == [("7处", "老旧小区")]  # (was 老旧小区将旧貌换新颜)
