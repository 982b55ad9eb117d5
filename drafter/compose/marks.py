"""Marks a composed reply gets as a whole, after its blocks are built: a placeholder name (陈某某,
XX局) highlighted wherever it is written, and a comment that explains a kind of mark said in full
at its first use only (:func:`refer_back`); its comments' wording tidied as a draft's whole (:func:`finish`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..lazyre import cached, lazy
from ..model import PARTS
from ..reply import (GARBLED_RUN, PLACEHOLDER, PLACEHOLDER_NAME, STALE, TEXT, Reply, ReplyBlock, Span, garbled_note, owed_mark,
                     placeholder_name_note)
from .form import IN_FORM, in_form
from .gaps import OWED_POINTS
from .sentences import ANY_INDICATOR


def mark_placeholder_names(reply: Reply) -> Reply:
    """``reply`` with every placeholder name in its text (:data:`~drafter.reply.PLACEHOLDER_NAME`:
    the addressee 陈某某代表： typed by the operator, 联系人：某某, a source's ××公司) a highlighted
    span of its own, commented: a tool that highlights every gap highlights these too. A name inside
    a commented span joins that span's comment (its group), the comment kept whole. So does text a source's page garbled
    (:data:`~drafter.reply.GARBLED_RUN`), to be restored from the original."""
    for block in reply.blocks:
        spans: list[Span] = []
        for n, span in enumerate(block.spans):
            found = sorted((m for rx in (PLACEHOLDER_NAME, GARBLED_RUN) for m in rx.finditer(span.text)),
                           key=lambda m: m.start()) if span.kind in (TEXT, STALE) else []
            if not found:
                spans.append(span)
                continue
            group = span.group or (f"name:{id(block)}:{n}" if span.note else None)
            at = 0
            for m in found:
                if m.start() < at:
                    continue  # (a name inside garbled text: one mark)
                if m.start() > at:
                    spans.append(replace(span, text=span.text[at:m.start()], group=group))
                # (in an old paragraph, cyan, its note says its age: the mark says its own, hd36a: 柳州市**部门 of 2014)
                joins = bool(span.note) and span.kind == TEXT
                note = span.note if joins else (garbled_note if m.re is GARBLED_RUN.compiled() else placeholder_name_note)(
                    m.group())
                spans.append(replace(span, text=m.group(), kind=PLACEHOLDER, note=note, group=group if joins else None))
                at = m.end()
            if at < len(span.text):
                spans.append(replace(span, text=span.text[at:], group=group))
        block.spans = spans
    # …and those a comment opens on (a section's points owed, named on its heading): the clerk has them to do too
    reply.placeholders = [s.text if s.kind == PLACEHOLDER else owed for b in reply.blocks for s in b.spans
                          for owed in [None if s.kind == PLACEHOLDER else owed_mark(s.note)] if s.kind == PLACEHOLDER or owed]
    return reply


@dataclass(frozen=True)
class Repeated:
    """A kind of comment whose explanation a draft says once: ``pattern`` matches its full text (its
    named groups the specific parts); two comments whose ``same`` groups are equal explain the same
    thing (same source, same explanation), and the later one says ``brief`` instead, formatted
    with the groups and ``what`` (the point its placeholder asks for). What a note is about (its
    figures) and its paragraph's sources are said by the paragraph's comment
    (:func:`drafter.docx.write._add_block`), not again in the brief."""

    name: str
    pattern: re.Pattern
    same: tuple[str, ...]
    brief: str

    def full(self, note: str) -> re.Match | None:
        """``note`` read as this kind said in full: as written, or as a per-ask or plain draft words it (:func:`~.form.in_form`)."""
        return self.pattern.match(note) or next(
            (m for form in IN_FORM for m in [cached(in_form(self.pattern.pattern, form)).match(note)] if m), None)


_FIELD = lazy(r"\{(\w+)\}")  # a note template's field (…{year}年…)


def _template(text: str, **groups: str) -> str:
    """A note template of compose (``…{year}年的计划（{where}）…``) as a pattern: each ``{field}``
    a group (``groups`` giving its pattern, else any text), the rest as written."""
    out, named, at = [], set(), 0
    for m in _FIELD.finditer(text):
        name = m.group(1)
        out += [re.escape(text[at:m.start()]), f"(?P={name})" if name in named else f"(?P<{name}>{groups.get(name, '.+?')})"]
        named.add(name)
        at = m.end()
    # (the advice on indicators is said in a draft's first such comment only: indicator_said_once)
    return ("".join(out) + re.escape(text[at:])).replace(re.escape(ANY_INDICATOR), f"(?:{re.escape(ANY_INDICATOR)})?")


BACK = "同前注"  # how a comment refers back to the one explaining its kind in full


@functools.cache
def repeated_kinds() -> tuple[Repeated, ...]:
    """The kinds of comment said in full once a draft (:class:`Repeated`), from compose's own notes."""
    from .reply import (ASKED_MATERIAL, ASKED_QUOTE, ASKED_STEP_NOTE, EARLIER_PLAN_NOTE, FRAMED_NOTE, OLD_FIGURE_NOTE, OWED_HEADING_NOTE, OWED_NOTE, OWED_PLAN_NOTE,
                        PLAN_GAP_NOTE, SESSION_BELOW_NOTE, STANDING_NOTE, STUB_NOTE, WORK_STEP_NOTE)
    from .gaps import MADE_GAP_NOTE, WORK_GAP_NOTE

    # what an ask proposes, after a part-two item's note: the quote (said again in a brief) and how to use it (said once)
    use = ASKED_MATERIAL.removeprefix(ASKED_QUOTE).replace("{year}", "{then}")
    asked = r"(?P<asked>(?P<quote>。?" + _template(ASKED_QUOTE, measures=r".*") + ")" + _template(use, then=r"\d{4}") + ")?$"

    return (
        # a flag on figures whose source states no period (as_of_note, by_source_date's UNDATED)
        Repeated("period", cached(r"原文未注明统计期，(?P<when>来源(?:日期|文号)为[^：]+|来源未写明日期和文号，[^：]+)：所述数据可能是(?P<may>.+?)的情况"
                                      r"(?P<rest>.*)$"),
                 ("when", "may", "rest"), BACK + "（原文未注明统计期，{when}）"),
        # a figure older than last year (its span's, its year's)
        Repeated("old-figure", cached(_template(OLD_FIGURE_NOTE, when=r"[^，]+", last=r"\d{4}") + "$"), ("last",),
                 BACK + "（该数据为{when}数据）"),
        # a 目前 made absolute, its figures not current (as_of_note)
        Repeated("as-of", cached(r"(?P<said>原文为“[^”]+”(?:（[^）]*）)?，已按来源日期改为“[^”]+”)，(?P<rest>所述数据.*)$"),
                 ("rest",), BACK + "（{said}）"),
        # a sentence stating last year, its old figures left out (old_figures: frame): what it said is its own
        Repeated("framed", cached(_template(FRAMED_NOTE, year=r"\d{4}", source=r"[^）]+", said=r"[^，]+", values=r"[^。]+")
                                      + r"(?P<more>。另：.*)?$"),
                 ("year",), BACK + "（本句按{year}年全年写出）：原文（{source}）{said}，数值{values}{more}"),
        # what an ask names that the draft does not report: the placeholder names it
        Repeated("owed", cached(re.escape(OWED_NOTE) + "$"), (),
                 BACK + "：请补充建议所提“{what}”方面本单位的工作情况；不涉及的请删去"),
        # …and named on the heading of a section reporting some work, the placeholder first
        Repeated("owed-heading", cached(r"(?P<mark>【待补充：[^】]*】)" + re.escape(OWED_HEADING_NOTE) + "$"), (),
                 "{mark}" + BACK + "：有相关工作的，写入相应一项；不涉及的不必回应，删去本批注"),
        Repeated("owed-plan", cached(re.escape(OWED_PLAN_NOTE) + "$"), (),
                 BACK + "：请写明建议所提“{what}”方面本单位下一步的举措；不涉及的请删去"),
        # a part-two item said by its lead alone, last year's plan quoted (and what its ask proposes)
        Repeated("stub", cached(_template(STUB_NOTE, year=r"\d{4}", last=r"\d{4}", where=r".+?", said=r".*")
                                    + asked),
                 ("year",), BACK + "（已收集的材料中没有{year}年此方面的工作计划）：请写明{year}年的具体举措。"
                                   "{last}年的计划（{where}）此项写的是：“{said}”{quote}"),
        # a part-one item the base holds no work for (hd23d)
        Repeated("work-gap", cached(re.escape(WORK_GAP_NOTE) + "$"), (), BACK + "：请写明本单位此方面的工作情况"),
        # …asking for plans or mechanisms made (h312)
        Repeated("made-gap", cached(re.escape(MADE_GAP_NOTE) + "$"), (), BACK + "：请写明本单位此方面计划或机制的制定情况"),
        # a part-two item the base holds no plan for, its lead over 【待补充：具体举措】 (and what its ask proposes, hd23b)
        Repeated("plan-gap", cached(re.escape(PLAN_GAP_NOTE) + asked), (), BACK + "：请写明本单位下一步的具体举措{quote}"),
        # …its lead the ask's own words, highlighted to confirm (hd30b)
        Repeated("asked-step", cached(_template(ASKED_STEP_NOTE, year=r"\d{4}") + asked), ("year",),
                 BACK + "（按建议所提写成，请核实是否列入{year}年计划）：请写明本单位下一步的具体举措{quote}"),
        # …a work the ask names, its own item (hd42a)
        Repeated("work-step", cached(_template(WORK_STEP_NOTE, year=r"\d{4}") + "$"), ("year",),
                 BACK + "（建议点名的工作）：已完成的写入第一部分，列入{year}年计划的写明具体安排，不拟实施的删去此项"),
        # a part-two item carrying on part one's practice (and last year's plan there, quoted)
        Repeated("standing", cached(_template(STANDING_NOTE, year=r"\d{4}") + r"(?:。(?P<more>.*))?$"),
                 ("year",), BACK + "（按第一部分所述现行做法续写，请核实是否列入{year}年计划）。{more}"),
        # the 抄送 and own place's name of an item of a session below the bureau's own place (hd35a)
        Repeated("session-below", cached(_template(SESSION_BELOW_NOTE, place=r"[^的（]+", session=r"[^）]+", own=r"[^本]+",
                                                   word=r"[^”]+") + "$"),
                 ("place",), BACK + "（本件是{place}的会议交办的）：请按该地核实改写"),
        # a part-two item of last year's plan, its sentence in the text, flagged
        # (and what its ask proposes)
        Repeated("earlier-plan", cached(_template(EARLIER_PLAN_NOTE, last=r"\d{4}", where=r".+?", year=r"\d{4}") + asked),
                 ("last", "year"), BACK + "：此项取自{last}年的工作计划（{where}），请核实是否仍列入{year}年计划{quote}"),
    )


def refer_back(reply: Reply) -> Reply:
    """``reply`` with each comment of a kind its draft explains once (:func:`repeated_kinds`) said in
    full at its first use, in the draft's order, and briefly at later uses of the same kind (same
    source, same explanation): ``同前注（原文未注明统计期，来源日期为2025年5月）`` — what is
    specific there (the source's date, the point asked) is kept, the explanation is not said again. A comment is a span's note, or its group's (one comment per group of a block:
    :func:`drafter.docx.write._add_block`). 同前注 points to the comment before it of its family (:func:`_family`): a use
    whose comment before of that family says another thing (hd72b: (二)'s placeholder's names material found, between two
    sections' the base holds nothing for) is said in full again."""
    kinds = repeated_kinds()
    last: dict[tuple, tuple | None] = {}  # per family, what its comment before says (kind and key; None: no such kind)
    for block in reply.blocks:
        units: dict[object, list[int]] = {}
        for n, span in enumerate(block.spans):
            if span.note or span.kind == STALE:
                units.setdefault(span.group or id(span), []).append(n)
        for members in units.values():
            note = block.spans[members[0]].note
            if not note:
                continue
            family = _family(block, block.spans[members[0]])
            before, last[family] = last.get(family), None
            for kind in kinds:
                found = kind.pattern.match(note)
                if found is None:
                    continue
                key = last[family] = (kind.name, *(found.group(g) or "" for g in kind.same))
                if key != before:  # (its first, or its family's comment before says another thing: 同前注 would point to it)
                    break
                try:
                    brief = kind.brief.format(**_specifics(block, members, found))
                except (KeyError, IndexError):  # a note's template changed its fields: said in full
                    break
                for n in members:
                    if block.spans[n].note == note:
                        block.spans[n] = replace(block.spans[n], note=brief)
                break
    return reply


def _family(block: ReplyBlock, span: Span) -> tuple[str, str, str]:
    """The family of the comment on ``span`` of ``block``, those a clerk reads one after another: its paragraph's kind, its
    span's kind and the mark that span opens on (【待补充, 【待更新: a section's placeholder, a figure's period flag)."""
    mark = span.text.partition("：")[0] if span.text.startswith("【") else ""
    return block.kind, span.kind, mark


def full_note(note: str, notes: list[str]) -> str | None:
    """The comment a brief one (:func:`refer_back`: 同前注…) refers back to: the first of ``notes``
    (a draft's comments, in its order) explaining that kind in full, of the same source and year
    where the brief says them; None for a comment said in full, or when none is found (a clerk
    deleted it)."""
    if not note.startswith(BACK):
        return None
    for kind in repeated_kinds():
        fields = set(_FIELD.findall(kind.brief))
        brief = cached(_template(kind.brief, **dict.fromkeys(fields, ".*?")), re.S).fullmatch(note)
        if brief is None:
            continue
        same = fields & set(kind.same)  # what the brief says of its kind's key: the source's date, the year
        return next((text for text in notes for full in [kind.full(text)]
                     if full and all(full.group(g) == brief.group(g) for g in same)), None)
    return None


def _specifics(block, members: list[int], found: re.Match) -> dict[str, str]:
    """What a brief comment names (:class:`Repeated`): the pattern's groups and the point its
    placeholder asks for."""
    asked = next((m.group(1) for n in members for m in [OWED_POINTS.search(block.spans[n].text)] if m), "")
    return {**{k: v or "" for k, v in found.groupdict().items()}, "what": asked}


def source_said_once(reply: Reply) -> Reply:
    """``reply`` with a note of a paragraph of one source (its comment naming it first, :func:`drafter.docx.write.
    _add_block`) no longer naming it again in brackets after the words it quotes: ``原文为“目前”，已按来源日期改为…``,
    ``原文写的是当时的进展…`` — not ``原文为“目前”（泉科函〔2025〕81号，2025-05-20）…`` under a comment opening on
    ``泉科函〔2025〕81号（2025-05-20） · …``."""
    for block in reply.blocks:
        sources = {(c.source, c.date) for c in block.citations}
        if len(sources) != 1:
            continue
        source, date = next(iter(sources))
        named = cached(rf"^(原文(?:为“[^”]*”)?)（{re.escape(source)}(?:，{re.escape(date or '')})?）")
        _renoted(block, functools.partial(named.sub, r"\1", count=1))
    return reply


def indicator_said_once(reply: Reply) -> Reply:
    """``reply`` saying :data:`~.sentences.ANY_INDICATOR` (a newer value may be of this year's indicator) in its first comment
    asking for a newer value only: advice for every such figure, said once a draft as a clerk reads it once."""
    first = None
    for block in reply.blocks:
        for n, span in enumerate(block.spans):
            if not span.note or ANY_INDICATOR not in span.note:
                continue
            first = first or (id(block), span.note)
            if first != (id(block), span.note):
                block.spans[n] = replace(span, note=span.note.replace(ANY_INDICATOR, ""))
    return reply


# A stop said twice in a comment, or a comma before one: a quote ending on its own stop takes none after it (“…能力。”。),
# nor a stop or a comma a second (。。, ，。). (The second mark goes.)
_DOUBLED_STOP = lazy(r"(?<=[。！？]”)。|(?<=。)。|，(?=。)")


def single_stops(reply: Reply) -> Reply:
    """``reply`` with no stop doubled in its comments (:data:`_DOUBLED_STOP`), however their pieces were joined."""
    for block in reply.blocks:
        _renoted(block, lambda note: _DOUBLED_STOP.sub("", note))
    return reply


def _renoted(block, say) -> None:
    """``block`` with each of its comments (a span's note) as ``say`` puts it."""
    block.spans = [replace(s, note=say(s.note)) if s.note else s for s in block.spans]


def finish(reply: Reply) -> Reply:
    """The marks a composed reply gets as a whole (module doc); a reply one section per ask, or plain, has its comments
    say what the parts said of its sections or paragraphs (:func:`~.form.in_form`), once each kind is said in full or
    referred back; a paragraph's one source named once in its comment (:func:`source_said_once`), the advice on
    indicators once a draft (:func:`indicator_said_once`), and no stop doubled (:func:`single_stops`)."""
    reply = indicator_said_once(refer_back(mark_placeholder_names(source_said_once(reply))))
    if reply.form != PARTS:
        for block in reply.blocks:
            _renoted(block, lambda note: in_form(note, reply.form))
    return single_stops(reply)
