"""A clerk works through every comment of a draft (h85: about 20 on the five pages of the leave-one-out 1288 were
read as too many): a paragraph's figures from one source are named in one comment on the paragraph — its source,
then each figure flagged, with its own wording where it was re-dated — not a comment per figure."""

from __future__ import annotations

import re

import docx

from drafter.docx.read import read_draft
from helpers import part_one_of

FIGURE = re.compile(r"\d")
SOURCE = re.compile(r"〔20\d\d〕\d+号")


def test_the_loo_1288_has_one_comment_a_paragraph_naming_each_of_its_figures(loo_draft):
    paragraphs = read_draft(loo_draft)
    assert all(len(p.notes) <= 1 for p in paragraphs), [(p.text[:20], len(p.notes)) for p in paragraphs if len(p.notes) > 1]
    # the whole draft: the key on the title, part one's note, a comment a cited paragraph or a gap, the 发文字号's (its
    # serial to fill, numbered as the base's reply 泉科函〔2025〕81号: hd45b), part two's reminder of the co-handler's ask it
    # has no item for (知识产权, cm57) — no more
    count = len(docx.Document(loo_draft).comments)
    assert count == sum(len(p.notes) for p in paragraphs) and count <= 22, count
    cited = [p for p in part_one_of(paragraphs) if p.fact_ids]
    assert len(cited) >= 6
    for p in cited:
        [note] = p.notes
        assert SOURCE.search(note.text), (p.text[:20], note.text)  # the source, named once for all its figures
        figures = [h.text for h in p.highlights if h.color == "cyan" and FIGURE.search(h.text)]
        assert all(f"“{f}”" in note.text for f in figures), (figures, note.text)
        # a date the draft re-dated (目前 → 截至2025年5月) says the source's own word beside its figure
        for said in (f for f in figures if f.startswith("截至")):
            assert re.search(rf"“{said}”[^\n]*原文为“", note.text), note.text
    assert sum(len([h for h in p.highlights if h.color == "cyan" and FIGURE.search(h.text)]) for p in cited) >= 15
