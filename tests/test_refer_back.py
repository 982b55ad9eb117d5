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
OWED_FULL = "本节各项未涉及建议在本项下提到的这些事项"  # after the placeholder it opens on


def _notes(path) -> list[tuple[object, object]]:
    """(paragraph, note) of drafter's comments, in the draft's order."""
    return [(p, n) for p in read_draft(path) for n in p.notes if n.author == "drafter"]


def test_no_comment_is_written_twice(loo_draft, quick_start_1350):
    for path in (loo_draft, quick_start_1350):
        said = Counter(n.text for _, n in _notes(path))
        assert [t for t, k in said.items() if k > 1] == [], path


def _paragraph_comment(p):
    """drafter's one comment of the read_draft paragraph ``p``, over the whole of it (asserted)."""
    mine = [n for n in p.notes if n.author == "drafter"]
    assert len(mine) == 1, (p.text, [n.text for n in mine])
    n = mine[0]
    assert n.start == 0 and (n.end is None or n.end >= len(p.text.rstrip())), (p.text, n)
    return n.text


MARKED_LINE = re.compile(r"((?:【[^】]*】|“[^”]*”)+)：(.+)")


def test_the_period_flag_is_explained_once_then_referred_to_with_its_figures(loo_draft):
    """rv24 on the leave-one-out 1288: five source comments, and beside them five period comments
    saying nearly the same (同前注（原文未注明统计期）…). A paragraph so flagged has one comment: its
    source, then a line naming the flag and the figures under it (all highlighted) with why — in
    full the first time, then briefly with the source's date."""
    flagged = [p for p in read_draft(loo_draft) if "【待更新：统计期】" in p.text]
    assert len(flagged) >= 3
    said = []
    for p in flagged:
        source, *lines = _paragraph_comment(p).splitlines()
        assert source.startswith("泉科函〔2025〕81号（2025-05-20） · "), source
        line = next(MARKED_LINE.fullmatch(t) for t in lines if t.startswith("【待更新：统计期】"))
        named = re.findall(r"“([^”]+)”", line.group(1))
        lit = [h.text for h in p.highlights if h.color == "cyan"]
        assert named and all(f in p.text and f in lit for f in named), (named, lit)
        # the figures named, later ones of the flag's source among them: no “the rest of the paragraph too”
        assert "本段其后" not in line.group(2), line.group()
        said.append(line.group(2))
    full = [k for k, note in enumerate(said) if note.startswith("原文未注明统计期，来源日期为2025年5月") and PERIOD_FULL in note]
    briefs = [k for k, note in enumerate(said) if note == BACK + "（原文未注明统计期，来源日期为2025年5月）"]
    assert full == [0] and briefs == list(range(1, len(said))), said


def test_figures_of_an_unstated_period_are_highlighted_as_any_old_figure(loo_draft, quick_start_1350):
    """Every figure after a 【待更新：统计期】 in its sentence is highlighted as a figure to update, also
    where the source is of the reply's own year (1350's 推动41个…认定5个…培育4个 from 〔2026〕102号: last
    year's full year or this year's so far): rv24 found them plain beside 1288's cyan ones."""
    for path in (loo_draft, quick_start_1350):
        for p in read_draft(path):
            lit = [h.text for h in p.highlights if h.color == "cyan"]
            for sentence in re.findall(r"[^。；]*【待更新：统计期】[^。；]*", p.text):
                after = sentence.split("【待更新：统计期】", 1)[1]
                figures = re.findall(r"\d+(?:\.\d+)?(?:亿元|万元|个|家|项|名|场|笔)", after)
                assert figures and all(f in lit for f in figures), (path.name, sentence, lit)


def test_an_owed_point_is_explained_once_then_named_with_what_it_asks(loo_draft, quick_start_1350):
    for path in (loo_draft, quick_start_1350):
        notes = _notes(path)
        owed = [(k, m) for k, (_, n) in enumerate(notes) for m in [re.match(r"【待补充：建议所提(.+?)方面的工作情况】", n.text)] if m]
        full = [k for k, m in owed if notes[k][1].text[m.end():].startswith(OWED_FULL)]
        briefs = [k for k, m in owed if notes[k][1].text[m.end():].startswith(BACK + "：")]
        assert len(full) == 1 and briefs and full[0] < min(briefs) and len(full + briefs) == len(owed), path
        for k, _ in owed:
            p, n = notes[k]
            # the comment stands on its section's heading, naming what it asks for
            assert p.kind == "heading2" and p.text.endswith(p.text[n.start:n.end]) and n.end > n.start, p.text
            assert k in full or OWED_FULL not in n.text


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


def test_check_reads_a_deleted_gap_back_by_its_short_comment(loo_copy, tmp_path, loo_draft_comment):
    """A gap under a short comment, deleted with nothing written, is found by that comment, which
    still says what was asked there (请写明2026年的具体举措: last year's plans kept in comments, each item its lead
    over a gap). Read without the placeholders' context (an earlier drafter's file): by comments alone."""
    ws = open_workspace(loo_copy)
    path = _without_gap_contexts(loo_draft_comment, tmp_path / "stub.docx")  # its plan items' gaps
    briefs = [(p, n) for p, n in _notes(path) if n.text.startswith(BACK + "（已收集的材料中没有")]
    assert briefs
    p, n = briefs[-1]
    head, gap = p.text[:12], re.search(r"【待补充：[^】]+】", p.text).group()
    found = [f for f in ws.check(_deleted(path, head, gap)).findings if f.code == "gap-deleted"]
    assert [f.paragraph for f in found] == [_number(path, head)]
    assert "请写明2026年的具体举措" in found[0].message, found
