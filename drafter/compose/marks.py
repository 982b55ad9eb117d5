"""Marks a composed reply gets as a whole, after its blocks are built: a placeholder name (陈某某,
XX局) highlighted wherever it is written, and a comment that explains a kind of mark said in full
at its first use only (:func:`refer_back`)."""

from __future__ import annotations

from dataclasses import replace

from ..reply import PLACEHOLDER, PLACEHOLDER_NAME, TEXT, Reply, Span, placeholder_name_note


def mark_placeholder_names(reply: Reply) -> Reply:
    """``reply`` with every placeholder name in its text (:data:`~drafter.reply.PLACEHOLDER_NAME`:
    the addressee 陈某某代表： typed by the operator, 联系人：某某, a source's ××公司) a highlighted
    span of its own, commented: a tool that highlights every gap highlights these too. A name inside
    a commented span joins that span's comment (its group), the comment kept whole."""
    for block in reply.blocks:
        spans: list[Span] = []
        for n, span in enumerate(block.spans):
            found = list(PLACEHOLDER_NAME.finditer(span.text)) if span.kind == TEXT else []
            if not found:
                spans.append(span)
                continue
            group = span.group or (f"name:{id(block)}:{n}" if span.note else None)
            at = 0
            for m in found:
                if m.start() > at:
                    spans.append(replace(span, text=span.text[at:m.start()], group=group))
                note = span.note or placeholder_name_note(m.group())
                spans.append(replace(span, text=m.group(), kind=PLACEHOLDER, note=note,
                                     group=group if span.note else None))
                at = m.end()
            if at < len(span.text):
                spans.append(replace(span, text=span.text[at:], group=group))
        block.spans = spans
    reply.placeholders = [s.text for b in reply.blocks for s in b.spans if s.kind == PLACEHOLDER]
    return reply


def finish(reply: Reply) -> Reply:
    """The marks a composed reply gets as a whole (module doc)."""
    return mark_placeholder_names(reply)
