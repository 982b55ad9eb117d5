"""A comment that explains a kind of mark is written in full once a draft; later marks of the same
kind (same source, same explanation) get a short comment naming what is specific there and referring
back (同前注…). rv22 on the leave-one-out 1288: "原文未注明统计期，来源日期为2025年5月：所述数据可能是…
（本段其后同一来源的数据同此）" stood four to five times, "建议在本项下提到了这些事项，所选材料未涉及：请补充…"
five times, each to read and delete before signing.

Read on the written .docx (its comments, their anchors and highlights): the leave-one-out 1288 and the
README quick start's 1350; and ``drafter check`` on such a draft, reading marks back by drafter's
comments alone.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections import Counter

import docx
from docx.oxml.ns import qn

from drafter.api import open_workspace
from drafter.check import read_paragraphs
from drafter.docx.read import read_draft

BACK = "同前注"
PERIOD_FULL = "所述数据可能是"  # the explanation of a flag on figures of no stated period
OWED_FULL = "建议在本项下提到了这些事项，所选材料未涉及"


def _notes(path) -> list[tuple[object, object]]:
    """(paragraph, note) of drafter's comments, in the draft's order."""
    return [(p, n) for p in read_draft(path) for n in p.notes if n.author == "drafter"]


def test_no_comment_is_written_twice(loo_draft, quick_start_1350):
    for path in (loo_draft, quick_start_1350):
        said = Counter(n.text for _, n in _notes(path))
        assert [t for t, k in said.items() if k > 1] == [], path


def test_the_period_flag_is_explained_once_then_referred_to_with_its_figures(loo_draft):
    notes = _notes(loo_draft)
    full = [k for k, (_, n) in enumerate(notes) if n.text.startswith("原文未注明统计期，来源日期为2025年5月") and PERIOD_FULL in n.text]
    briefs = [k for k, (_, n) in enumerate(notes) if n.text.startswith(BACK + "（原文未注明统计期）")]
    assert len(full) == 1 and len(briefs) >= 2 and full[0] < min(briefs)
    for k in briefs:
        p, n = notes[k]
        # what is specific there: the source, its date, and the figures under the flag, all named
        assert "泉科函〔2025〕81号" in n.text and "来源日期为2025年5月" in n.text and PERIOD_FULL not in n.text
        named = re.findall(r"“([^”]+)”", n.text)
        assert named, n.text
        anchored = p.text[n.start:n.end]
        assert anchored.startswith("【待更新：统计期】")
        lit = [h.text for h in p.highlights if h.color == "cyan"]
        assert all(f in anchored and f in lit for f in named), (named, anchored, lit)


def test_an_owed_point_is_explained_once_then_named_with_what_it_asks(loo_draft, quick_start_1350):
    for path in (loo_draft, quick_start_1350):
        notes = _notes(path)
        full = [k for k, (_, n) in enumerate(notes) if n.text.startswith(OWED_FULL)]
        briefs = [k for k, (_, n) in enumerate(notes) if n.text.startswith(BACK + "：请补充建议所提")]
        assert len(full) == 1 and briefs and full[0] < min(briefs), path
        for k in briefs:
            p, n = notes[k]
            point = re.search(r"建议所提“(.+?)”方面", n.text).group(1)
            # the comment stands on its placeholder, which asks for the same point
            assert p.text[n.start:n.end] == f"【待补充：建议所提{point}方面的工作情况】"
            assert OWED_FULL not in n.text


def _without_gap_contexts(source, path):
    """A copy of the draft ``source`` at ``path`` whose file keeps no placeholders' context (as an
    earlier drafter wrote): check reads its marks back by drafter's comments alone."""
    shutil.copy(source, path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    for name, blob in parts.items():
        if name.startswith("customXml/item") and b"<gap " in blob:
            parts[name] = re.sub(rb"<gap [^>]*>[^<]*</gap>", b"", blob)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in parts.items():
            z.writestr(name, blob)
    return path


def _deleted(path, head: str, gap: str):
    """The draft with the text ``gap`` of the paragraph starting with ``head`` emptied, as a clerk
    deletes a placeholder."""
    document = docx.Document(str(path))
    para = next(q for q in document.paragraphs if q.text.startswith(head))
    next(t for t in para._p.iter(qn("w:t")) if t.text == gap).text = ""
    document.save(str(path))
    return path


def _number(path, head: str) -> int:
    """The paragraph number check gives the paragraph starting with ``head``."""
    return next(p.number for p in read_paragraphs(path) if p.text.startswith(head))


def test_check_reads_a_deleted_gap_back_by_its_short_comment(loo_copy, tmp_path, loo_draft, loo_draft_comment):
    """A gap under a short comment, deleted with nothing written, is found by that comment, which
    still says what was asked there (请写明2026年的具体举措); an owed point's item emptied is found as
    such. Read without the placeholders' context (an earlier drafter's file): by comments alone."""
    ws = open_workspace(loo_copy)
    path = _without_gap_contexts(loo_draft_comment, tmp_path / "stub.docx")  # its plan items' gaps
    briefs = [(p, n) for p, n in _notes(path) if n.text.startswith(BACK + "（事实库中没有")]
    assert briefs
    p, n = briefs[-1]
    head, gap = p.text[:12], re.search(r"【待补充：[^】]+】", p.text).group()
    found = [f for f in ws.check(_deleted(path, head, gap)).findings if f.code == "gap-deleted"]
    assert [f.paragraph for f in found] == [_number(path, head)]
    assert "请写明2026年的具体举措" in found[0].message, found

    path = _without_gap_contexts(loo_draft, tmp_path / "owed.docx")
    p, n = next((p, n) for p, n in _notes(path) if n.text.startswith(BACK + "：请补充建议所提"))
    head = p.text[:12]
    number = _number(path, head)
    found = ws.check(_deleted(path, head, p.text[n.start:n.end])).findings
    assert [f.paragraph for f in found if f.code in ("empty-item", "gap-deleted")] == [number], found
