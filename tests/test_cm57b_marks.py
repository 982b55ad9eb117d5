"""cm57b: comments and placeholders that read as a clerk would write them, on written drafts (the leave-one-out 1288, its
``earlier_plans: comment`` form, the README quick start's 1350).

2. The advice that a newer value may be of this year's indicator (（指标可按今年的统计口径换用）) is said once a draft, in its
   first comment asking for a newer value, not in every period or old-figure comment.
3. No stop doubled in any comment: a quote ending on its own stop takes none after it (the stub brief's
   ……此项写的是：“…能力。”。建议该条…), nor 。。 or ，。.
4. The owed placeholder says 方面 once (【待补充：建议所提…等方面的工作情况】, never …等方面方面…), and the point a brief comment names
   is read back from it by the same vocabulary (gaps.owed_ask, gaps.OWED_POINTS).
5. A paragraph of one source, its comment naming it first, has no note naming it again in brackets
   (原文为“目前”（泉科函〔2025〕81号，2025-05-20）…, 原文（泉科函〔2025〕81号）写的是当时的进展…).
"""

from __future__ import annotations

import re

from drafter.compose.gaps import OWED_POINTS, owed_ask
from drafter.compose.marks import full_note
from drafter.docx.read import read_draft
from drafter.docx.review import said_notes
from drafter.reply import OWED_STEPS, OWED_WORK

INDICATOR = "（指标可按今年的统计口径换用）"
SOURCE = "泉科函〔2025〕81号"  # the one source of the leave-one-out 1288's part one paragraphs below


def _comments(path) -> list[str]:
    """drafter's comments of the draft at ``path``, in its order."""
    return [n.text for p in read_draft(path) for n in p.notes if n.author == "drafter"]


def _notes(path) -> list[str]:
    """What drafter's comments of the draft at ``path`` say, note by note (a paragraph's comment line by line)."""
    return [n for c in _comments(path) for n in said_notes(c)]


def test_the_indicator_advice_is_said_once_a_draft(loo_draft, loo_1350):
    for path in (loo_draft, loo_1350):
        said = _notes(path)
        asking = [c for c in said if "最新数值" in c or "更新的数值" in c]
        assert len(asking) >= 2, said  # (the period, old-figure and 目前 comments of paragraphs asking for newer values)
        assert sum(c.count(INDICATOR) for c in said) == 1, [c for c in said if INDICATOR in c]
        assert INDICATOR in asking[0], asking[0]


def test_a_comment_said_without_the_advice_is_still_read_as_said_in_full(loo_draft):
    """check and requests read a brief comment (同前注…) back to the full one it refers to (:func:`full_note`): a full
    comment after the first, the advice left out, is still found."""
    notes = _notes(loo_draft)
    briefs = [n for n in notes if n.startswith("同前注")]
    assert len(briefs) >= 3, notes
    assert all(full_note(b, notes) for b in briefs), [b for b in briefs if not full_note(b, notes)]


DOUBLED = re.compile(r"[。！？]”。|。。|，。")


def test_no_comment_doubles_a_stop(loo_draft, loo_draft_comment, quick_start_1350):
    quoted = 0
    for path in (loo_draft, loo_draft_comment, quick_start_1350):
        said = _comments(path)
        assert not [c for c in said if DOUBLED.search(c)], [DOUBLED.findall(c) for c in said if DOUBLED.search(c)]
        quoted += sum(bool(re.search(r"[。！？]”建议该条", c)) for c in said)
    assert quoted  # (a quote ending on its stop, right before the ask's words: the stub brief's, as before, its 。 once)


def test_the_owed_placeholder_says_fangmian_once_and_reads_back():
    # (hd59a's ask's clause, and a list of aspects closed by 等方面)
    clause = "实施人才回归工程，在创业门槛、资金支持、重点领域等方面给予扶持"
    listed = "创业门槛、资金支持、重点领域等方面"
    assert owed_ask(listed, OWED_WORK) == "建议所提创业门槛、资金支持、重点领域等方面的工作情况"
    assert owed_ask("智能装备、工业机器人、工业软件", OWED_STEPS) == "建议所提智能装备、工业机器人、工业软件方面的下一步举措"
    assert owed_ask(clause, OWED_WORK) == f"建议所提{clause}的工作情况"
    for points, what in ((listed, OWED_WORK), ("智能装备、工业机器人、工业软件", OWED_STEPS)):
        assert OWED_POINTS.search(f"【待补充：{owed_ask(points, what)}】").group(1) == points.removesuffix("方面")


def test_the_owed_placeholders_of_a_draft_say_fangmian_once(loo_draft, quick_start_1350):
    for path in (loo_draft, quick_start_1350):
        owed = [m for c in _comments(path) for m in re.findall(r"【待补充：建议所提[^】]*】", c)]
        owed += [m for p in read_draft(path) for m in re.findall(r"【待补充：建议所提[^】]*】", p.text)]
        assert owed and not [m for m in owed if "方面方面" in m], owed


def test_a_paragraph_of_one_source_names_it_once(loo_draft):
    paragraphs = {p.text: [n.text for n in p.notes if n.author == "drafter"] for p in read_draft(loo_draft)}
    progress = next(c for t, cs in paragraphs.items() if "启动建设该平台【待核实：最新进展】" in t for c in cs)
    assert progress.startswith(SOURCE) and progress.count(SOURCE) == 1, progress
    assert "【待核实：最新进展】：原文写的是当时的进展（“启动建设”）" in progress, progress
    now = next(c for t, cs in paragraphs.items() if "截至2025年5月，已确定16名" in t for c in cs)
    assert now.startswith(SOURCE) and now.count(SOURCE) == 1, now
    assert "原文为“目前”，已按来源日期改为“截至2025年5月”" in now, now
