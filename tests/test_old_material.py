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


NEWER = "已收集的材料中较新的泉科函〔2026〕102号（2026年）"


def test_an_older_item_beside_a_newer_source_points_the_clerk_to_it(quick_start_1350, loo_draft):
    # rv26 on 1350: the 技术转移 item is May 2025's although a 2026 reply is in the base — "if it does
    # not hold newer figures, the comment should say so"; rv30 took the 科技贷 item's pointer for a
    # newer source it ignored: the flag's comment says whether 102号 speaks of the item at all
    paragraphs = read_draft(quick_start_1350)
    flagged = {p.text[:20]: "\n".join(n.text for n in p.notes) for p in paragraphs if any(NEWER in n.text for n in p.notes)}
    for text, lines in flagged.items():
        assert "泉科函〔2025〕81号" in lines and "泉科函〔2026〕102号 ·" not in lines, (text, lines)
        assert lines.count(NEWER) == 1 and "。另：" + NEWER in lines, (text, lines)  # a sentence of its own
    # 102号 never names the 技术转移东部中心 (nor its 数字化平台): said, not left for the clerk to look up
    transfer = next(lines for text, lines in flagged.items() if text.startswith("落地国家技术转移东部中心"))  # its section's one item
    assert NEWER + "没有提到此项所述的平台、机构或活动，此项仍取自泉科函〔2025〕81号：请另行收集此项的新情况" in transfer
    # the 基金 sentence of the 科技金融 item names the “1+X” fund system, which 102号 reports anew
    finance = next(lines for text, lines in flagged.items() if text.startswith("完善金融支持科技创新"))  # its section's one item
    assert NEWER + "也提到“1+X”" in finance and "请查阅其中有无此项的新情况" in finance
    from_2026 = [p for p in paragraphs if any(n.text.startswith("泉科函〔2026〕102号 ·") for n in p.notes)]
    assert from_2026 and not any(NEWER in n.text for p in from_2026 for n in p.notes)
    # all of the leave-one-out draft is one year's: nothing newer to point to
    assert not any("较新的" in c.text for c in docx.Document(str(loo_draft)).comments)


def test_the_old_material_note_lets_the_clerk_drop_what_is_no_longer_done(loo_draft):
    # rv21: of the marked stale items about half were cut from the sent reply, not refreshed (新型研发机构, 8485.55万,
    # 自主评价, 举荐专家, 数字化平台), and "the draft gives no hint that these are optional": the note says they may go
    note = next(n for n in heading_notes(loo_draft) if n.startswith(NOTE))
    assert "（需更新之处已标出；其中今年已不再开展或不再突出的做法，可连同数字删去，不必更新）" in note, note
