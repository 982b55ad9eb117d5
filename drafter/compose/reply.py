"""Compose a reply (or a 会办意见): the selected facts inside the wording templates, as blocks.

The frame is always complete: where content or configuration is missing the block holds a
visible placeholder ``【待补充：…】`` instead of filler. Fact text is used verbatim — only its
leading ordinal is replaced by the draft's own numbering, and an area's 我区/全区 is named.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import errors
from ..errors import DrafterError
from ..grammar import class_status
from ..reply import (
    ADDRESSEE, BODY, CC, CLASS_MARK, CLOSING, CONTACT, DATE, DOC_NUMBER, HEADING1, HEADING2,
    ISSUER, LEAD, LETTERHEAD, NOTE, OPENING, PLACEHOLDER, SIGNATURE, STALE, TEXT, TITLE,
    Citation, Reply, ReplyBlock, Span, placeholder_text,
)
from ..textutil import cn_numeral
from ..workspace import Workspace
from .select import Item, Section, figure_year, is_item, is_old, select_facts, strip_ordinal
from .suggestion import ROLES, Suggestion
from .wording import Wording, to_spans

LONG_SECTION = 600  # characters: a longer section gets a heading of its own and one item a paragraph
MISSING_DONE = "已开展的工作及成效（近年举措与数据，注明年份）"
MISSING_PLAN = "下一步工作计划"
MISSING_HEADING = "小标题"


def check_suggestion(ws: Workspace, suggestion: Suggestion) -> None:
    """Reject what cannot make a draft: empty number or topic, unknown role or class, no lead."""
    if not suggestion.number.strip() or re.search(r"[\\/:*?\"<>|]", suggestion.number):
        raise DrafterError(f"建议编号“{suggestion.number}”无效：不能为空，也不能含 \\ / : * ? \" < > |")
    if not suggestion.title.strip():
        raise DrafterError(f"第{suggestion.number}号：建议标题（主题）不能为空")
    if suggestion.role not in ROLES:
        raise DrafterError(f"承办角色“{suggestion.role}”无效，可用：{'、'.join(ROLES)}")
    if suggestion.role != "主办" and not (suggestion.lead or "").strip():
        raise DrafterError(f"{suggestion.role}意见须指明主办单位", fix=errors.LEAD)
    code = suggestion.reply_class
    if code is not None and code not in ws.classes:
        raise DrafterError(
            f"未知的答复类型“{code}”，可用：{'、'.join(ws.classes)}（见 classes）", ws.config_path
        )


def chinese_date(day: dt.date) -> str:
    """``2026年5月20日`` (no zero padding)."""
    return f"{day.year}年{day.month}月{day.day}日"


def compose_reply(ws: Workspace, suggestion: Suggestion, index, today: dt.date) -> Reply:
    """Build the blocks of the reply to ``suggestion`` from the facts of ``index``."""
    check_suggestion(ws, suggestion)
    wording = Wording.of(ws)
    selection = select_facts(index, suggestion, ws, today)
    main = suggestion.role == "主办"
    code = suggestion.reply_class
    kind = "proposal" if suggestion.proposal else "suggestion"
    context = dict(
        number=suggestion.number, title=suggestion.title, deputy=suggestion.deputy,
        session=suggestion.session, proposal=suggestion.proposal, role=suggestion.role,
        lead=suggestion.lead, co_handlers=suggestion.co_handlers, self_name=ws.self_name,
        class_code=code, status=class_status(ws.classes[code]) if code else None,
        signatory=ws.signatory, contact=ws.contact, phone=ws.phone,
        disclosure=ws.disclosure, cc_groups=ws.cc.get(kind) or None,
    )

    def block(kind_: str, template: str) -> ReplyBlock:
        return ReplyBlock(kind_, wording.spans(template, **context))

    blocks = [
        ReplyBlock(LETTERHEAD, [Span(ws.name)]),
        ReplyBlock(DOC_NUMBER, [_value_or_gap(suggestion.doc_number, "发文字号")]),
    ]
    if main or code:
        blocks.append(block(CLASS_MARK, "class_mark"))
    blocks += [block(TITLE, "title"), block(ADDRESSEE, "addressee"), block(OPENING, "opening")]

    blocks.append(block(HEADING1, "part_done"))
    if selection.overview:
        item = selection.overview
        blocks.append(ReplyBlock(BODY, _fact_spans(item, ws, today), [_citation(item)]))
    elif selection.sections:
        blocks.append(block(BODY, "overview"))
    if selection.sections:
        for n, section in enumerate(selection.sections):
            blocks += _section_blocks(n, section, ws, today)
    else:
        blocks.append(ReplyBlock(BODY, [Span(placeholder_text(MISSING_DONE), PLACEHOLDER)]))

    blocks.append(block(HEADING1, "part_next"))
    blocks.append(block(BODY, "next_step"))
    for n, item in enumerate(selection.plans):
        lead = Span(f"（{cn_numeral(n + 1)}）")
        blocks.append(ReplyBlock(BODY, [lead, *_fact_spans(item, ws, today)], [_citation(item)]))
    if not selection.plans:
        blocks.append(ReplyBlock(BODY, [Span(placeholder_text(MISSING_PLAN), PLACEHOLDER)]))

    blocks.append(block(CLOSING, "closing"))
    blocks.append(block(SIGNATURE, "signature"))
    blocks += [ReplyBlock(CONTACT, to_spans(line)) for line in wording.lines("contact", **context)]
    blocks.append(ReplyBlock(ISSUER, [Span(ws.name)]))
    date = chinese_date(suggestion.date) if suggestion.date else None
    blocks.append(ReplyBlock(DATE, [_value_or_gap(date, "成文日期")]))
    blocks += [block(NOTE, "note"), block(CC, "cc")]

    facts_used: list[str] = []
    for b in blocks:
        for c in b.citations:
            if c.fact_id not in facts_used:
                facts_used.append(c.fact_id)
    placeholders = [s.text for b in blocks for s in b.spans if s.kind == PLACEHOLDER]
    return Reply(
        number=suggestion.number, blocks=blocks, role=suggestion.role,
        proposal=suggestion.proposal, reply_class=code, facts_used=facts_used,
        placeholders=placeholders, warnings=list(selection.warnings),
    )


def _value_or_gap(value: str | None, what: str) -> Span:
    return Span(value) if value else Span(placeholder_text(what), PLACEHOLDER)


def _section_blocks(n: int, section: Section, ws: Workspace, today: dt.date) -> list[ReplyBlock]:
    """One section: ``（一）heading。intro 一是…二是…`` in one paragraph, or a heading and a
    paragraph per item when that would be too long. The intro is the best fact that was not an
    enumerated item in its source (a section's lead paragraph); the others are numbered anew."""
    label = f"（{cn_numeral(n + 1)}）"
    name = section.heading or placeholder_text(MISSING_HEADING)
    name_kind = TEXT if section.heading else PLACEHOLDER
    intro = next((i for i in section.items if not is_item(i.fact.text)), None)
    numbered = [i for i in section.items if i is not intro]
    items = [_fact_spans(intro, ws, today)] if intro else []
    items += [[Span(f"{cn_numeral(k + 1)}是"), *_fact_spans(i, ws, today)] for k, i in enumerate(numbered)]
    citations = [_citation(i) for i in ([intro] if intro else []) + numbered]
    if sum(len(s.text) for spans in items for s in spans) <= LONG_SECTION:
        lead = [Span(label + name + "。", LEAD)] if section.heading else [
            Span(label, LEAD), Span(name, PLACEHOLDER), Span("。", LEAD)
        ]
        return [ReplyBlock(BODY, lead + [s for spans in items for s in spans], citations)]
    heading = ReplyBlock(HEADING2, [Span(label), Span(name, name_kind)])
    return [heading] + [ReplyBlock(BODY, spans, [c]) for spans, c in zip(items, citations)]


def _citation(item: Item) -> Citation:
    source = item.source
    return Citation(
        fact_id=item.fact.id,
        source=source.label() if source else item.fact.source_id,
        date=source.date if source else None,
        section=" > ".join(item.fact.section) or None,
        paragraph=item.fact.paragraph,
        period=item.year,
    )


def fact_text(item: Item, ws: Workspace) -> str:
    """The fact's sentence for the draft: leading ordinal dropped, an area named as such, and a
    full stop at the end."""
    text = strip_ordinal(item.fact.text).rstrip("；;，, ")
    place = item.fact.jurisdiction
    if place in ws.areas:
        suffix = place[-1]
        for local in (f"我{suffix}", f"全{suffix}", f"本{suffix}"):
            text = text.replace(local, place)
        if place not in re.split(r"[。！？]", text, maxsplit=1)[0]:
            text = place + text
    if text and text[-1] not in "。！？”）)":
        text += "。"
    return text


def _fact_spans(item: Item, ws: Workspace, today: dt.date) -> list[Span]:
    """The fact's text as spans; figures older than the freshness window, or with a newer value
    elsewhere, become STALE spans with a note asking the clerk to check."""
    text = fact_text(item, ws)
    ids = [item.fact.id]
    flagged: dict[str, str] = dict(item.outdated)
    for fig in item.fact.figures:
        year = figure_year(fig, item)
        if fig.raw not in flagged and is_old(year, ws, today):
            flagged[fig.raw] = (
                f"该数据为{year}年数据，已超出{ws.freshness_years}年时效，请核实是否有更新数值"
            )
    marks = _locate(text, list(flagged))
    if item.stale and not marks:
        note = f"该事实为{item.year}年情况，已超出{ws.freshness_years}年时效，请核实是否有更新情况"
        return [Span(text, STALE, ids, note)]
    spans: list[Span] = []
    pos = 0
    for start, raw in marks:
        if start > pos:
            spans.append(Span(text[pos:start], TEXT, ids))
        spans.append(Span(raw, STALE, ids, flagged[raw]))
        pos = start + len(raw)
    if pos < len(text):
        spans.append(Span(text[pos:], TEXT, ids))
    return spans


def _locate(text: str, raws: list[str]) -> list[tuple[int, str]]:
    """Where each figure stands in ``text``: every occurrence not inside a longer number
    (``3家`` is not the tail of ``13家``) nor overlapping one already placed; sorted."""
    placed: list[tuple[int, str]] = []
    for raw in raws:
        for match in re.finditer(r"(?<![\d.])" + re.escape(raw), text):
            start, end = match.span()
            if all(end <= s or start >= s + len(r) for s, r in placed):
                placed.append((start, raw))
    return sorted(placed)
