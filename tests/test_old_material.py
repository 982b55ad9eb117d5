"""A draft whose part one rests only on material older than its year says so once, on 一、基本情况:
the leave-one-out 1288 draft of May 2026 has nothing newer than 泉科函〔2025〕81号 of May 2025, so the
comment there names it and asks for 2025's whole year; the 1350 draft, with a 2026 reply among its
sources, has no such comment."""

import docx

from drafter.docx.read import read_draft

NOTE = "第一部分所用的材料最新的是2025年5月的泉科函〔2025〕81号，不含2025年全年的工作情况和数据"


def heading_notes(path) -> list[str]:
    heading = next(p for p in read_draft(path) if p.text == "一、基本情况")
    return [n.text for n in heading.notes]


def test_the_leave_one_out_draft_says_once_that_its_material_is_last_years(loo_draft):
    notes = heading_notes(loo_draft)
    assert any(n.startswith(NOTE) and "请收集2025年全年及2026年以来的情况" in n for n in notes), notes
    comments = [c.text for c in docx.Document(str(loo_draft)).comments]
    assert sum(NOTE in c for c in comments) == 1, comments


def test_a_draft_with_this_years_source_has_no_such_note(quick_start_1350):
    assert not any("全年的工作情况和数据" in n for n in heading_notes(quick_start_1350))


def test_a_figure_two_years_old_names_last_year(loo_draft):
    # rv25: 该数据为2024年数据，早于上年 read as if 2024 were last year; the year it is older than is named
    comments = "\n".join(c.text for c in docx.Document(str(loo_draft)).comments)
    assert "“1600万元”：该数据为2024年数据，早于上年（2025年），请核实是否已有2025年全年或更新的数值" in comments, comments
