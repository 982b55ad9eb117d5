"""The form a reply takes, as the bureau's own replies in the base are written (:attr:`~drafter.model.SourceMeta.form`):
in parts (一、基本情况 … 二、下一步工作计划) or one section per ask, its plan inside (一、关于“…”的建议), how such a
section's head says the ask (:attr:`~drafter.model.SourceMeta.head`), and whether its closing states the suggestion's
status or only thanks (:attr:`~drafter.model.SourceMeta.closing`)."""

from __future__ import annotations

import re
from collections import Counter

from ..grammar import same_unit
from ..model import ASK_SLOT, PARTS, PER_ASK, REPLY, STATUS
from ..workspace import AUTO, Workspace

ITEM_WORD = re.compile(r"的(?:建议|提案)$")  # the item a head names (关于“…”的建议): said as the draft's
# A phrase that is a head already (a source's section, 关于“加大政策奖补力度”的建议, heading a draft from the title): its ask.
HEADED = re.compile(r"^关于[“\"](.+)[”\"]的(?:建议|提案|意见)$|^关于(.+?)方面$")
# A pair of straight double quotes (关于"…"的建议 of a mirror's page, a typed head): Chinese text quotes in “…” (GB/T 9704).
STRAIGHT_QUOTED = re.compile(r'"([^"]*)"')


def own_replies(ws: Workspace, index, said: str | None = "form") -> list:
    """The bureau's own replies in ``index`` that say their form (or another learned field, ``said``; every one for
    None), newest first (by their date, else the year of their number or the year they speak of: 泉科函〔2026〕102号,
    undated, is newer than a reply of 2025-05-20): another unit's reply never tells how this bureau writes."""
    replies = [s for s in (index.sources.values() if index is not None else ())
               if s.kind == REPLY and (said is None or getattr(s, said)) and same_unit(s.issuer or "", ws.name)]
    return sorted(replies, key=lambda s: s.date or str(s.document_year() or ""), reverse=True)


def habit(ws: Workspace, index, said: str, default: str) -> str:
    """What most of the bureau's own replies in the base say of ``said`` (a learned field) — a bureau's habit, not one
    reply written otherwise (a short one, a co-handled one) — the newest of them on a tie; ``default`` when none says."""
    replies = own_replies(ws, index, said)
    if not replies:
        return default
    counts = Counter(getattr(s, said) for s in replies)
    return max(counts, key=lambda value: (counts[value], value == getattr(replies[0], said)))


def reply_form(ws: Workspace, index) -> str:
    """The draft's form: drafter.yaml's ``draft.form``, or (``auto``) the form most of the bureau's own replies use
    (:func:`habit`); PARTS when none says."""
    return ws.reply_form if ws.reply_form != AUTO else habit(ws, index, "form", PARTS)


def reply_closing(ws: Workspace, index) -> str:
    """What the draft's closing says: drafter.yaml's ``draft.closing``, or (``auto``) what most of the bureau's own
    replies' closings say (:func:`habit`) — the suggestion's status as its class has it (您提出的建议已采纳…), or only
    thanks (再次感谢…，我局将一如既往…: 泉州市科学技术局's, its class said in the 答复类型 line alone); STATUS when none says."""
    return ws.reply_closing if ws.reply_closing != AUTO else habit(ws, index, "closing", STATUS)


def section_head(ws: Workspace, index, phrase: str, proposal: bool) -> str:
    """A per-ask section's head: ``phrase`` (the ask's; a head's own ask, 加大政策奖补力度 of 关于“加大政策奖补力度”的建议) in the wording of the bureau's newest reply in sections per
    ask (关于“推动…发展”的建议; 的提案 for a proposal), else the phrase alone; its straight quotes (关于"…"的建议 as a
    mirror printed it) in full-width ones (:data:`STRAIGHT_QUOTED`)."""
    head = next((s.head for s in own_replies(ws, index) if s.form == PER_ASK and s.head and ASK_SLOT in s.head), ASK_SLOT)
    headed = HEADED.match(phrase)
    phrase = (headed.group(1) or headed.group(2)) if headed else phrase
    return STRAIGHT_QUOTED.sub(r"“\1”", ITEM_WORD.sub("的提案" if proposal else "的建议", head.replace(ASK_SLOT, phrase, 1)))


# How a comment or warning written for a reply in parts names what a per-ask draft has in each section instead: its
# items (part one's) and its plan paragraph (part two's item), which has no numeral to delete with it.
IN_SECTIONS = (("连同编号一起删去", "删去"), ("下一步工作计划的相应一项中写明举措", "本节的下一步举措中写明"),
               ("移至下一步工作计划", "移至本节的下一步举措"), ("在下一步工作计划中写明举措", "在本节的下一步举措中写明"),
               ("下一步工作计划中", "各节的下一步举措中"),
               ("下一步部分的相应各项", "各节的下一步举措"), ("或续行第一部分所述", "或续行各节所述"), ("第一部分相应一节", "本节"), ("第一部分所述", "本节所述"),
               ("第二部分", "下一步举措"), ("第一部分", "各节"))


def in_sections(text: str | None) -> str | None:
    """``text`` (a comment, a warning) as a per-ask draft says it (:data:`IN_SECTIONS`): 第二部分应写2026年的工作计划 →
    下一步举措应写…, 此项续行第一部分所述… → 此项续行本节所述…, 不需要的，连同编号一起删去 → 不需要的，删去."""
    for said, meant in IN_SECTIONS if text else ():
        text = text.replace(said, meant)
    return text
