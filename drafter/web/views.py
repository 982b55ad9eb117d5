"""What the pages show, as plain data for the templates: the draft preview, check findings by
paragraph, a measure's values across the years (inline SVG). No request handling here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from .. import reply as R


def mark_items(text: str) -> Markup:
    """Escaped ``text`` with its 一是/二是 markers (the grammar's ITEM) in bold."""
    from ..grammar import ITEM

    return Markup(ITEM.sub(lambda m: f"<b class=\"item\">{m.group()}</b>", str(escape(text))))


# ---------------------------------------------------------------- draft preview

def _kind(mark: str) -> str:
    """A mark's kind: its words between 【 and the colon (【待更新：截至2025年5月】 → 待更新)."""
    return str(mark).lstrip("【").split("：", 1)[0].rstrip("】")


# What a clerk does with a mark, by its kind as :mod:`drafter.reply` writes it (【待更新：…】,
# 【待核实：…】, 【待补充：…】); a gap another unit fills (:data:`~drafter.reply.PROVIDED`) asks that unit
MARK_HINTS = ((_kind(R.UPDATE_OPEN), "数据待更新：换成最新数据后删去标记"), (_kind(R.to_verify("")), "待核实：核实后删去标记"),
              (_kind(R.PLACEHOLDER_OPEN), "待补充：补全后删去标记"))


def mark_hint(text: str) -> str:
    """The tooltip of a placeholder: what to do with it (【待市财政局提供：…】: ask that unit)."""
    kind = _kind(text)
    for word, hint in MARK_HINTS:
        if kind.startswith(word):
            return hint
    asked = R.PROVIDED.match(str(text))
    if asked:
        return f"待{asked.group(1)}提供：收到材料后补入并删去标记"
    return f"{kind}：补全后删去标记"


@dataclass
class PreviewBlock:
    kind: str
    spans: list[dict]  # {"kind", "text", "note", "asks": the placeholder a note opens on, or None}
    sources: list[dict] = field(default_factory=list)  # one per cited fact


def preview(reply, facts: dict[str, dict]) -> list[PreviewBlock]:
    """The blocks of a composed reply (a :class:`~drafter.reply.Reply`) with each citation's fact
    looked up in ``facts`` (fact records by id: text, period, place, source). Built where the
    draft was made, from the reply itself (no ``to_dict`` copy of all of it first)."""
    blocks = []
    for block in reply.blocks:
        sources = []
        for c in block.citations:
            record = facts.get(c.fact_id, {})
            sources.append({
                "id": c.fact_id,
                "text": record.get("text"),
                "period": c.period or (record.get("period") or {}).get("year"),
                "place": record.get("jurisdiction"),
                "superseded_by": record.get("superseded_by"),
                "source": c.source,
                "date": c.date,
                "section": c.section,
                "paragraph": c.paragraph,
                "item": c.item,
            })
        # a note opening on a placeholder (a section's points owed, on its heading) is shown beside its words
        spans = [{"kind": s.kind, "text": s.text, "note": s.note,
                  "asks": R.owed_mark(s.note)}
                 for s in block.spans if s.text]
        blocks.append(PreviewBlock(block.kind, spans, sources))
    return blocks


def link_marks(blocks: list[PreviewBlock], placeholders: list[str]) -> list[dict]:
    """The draft's placeholders as the result page lists them ({"text", "anchor"}), each tied to
    its mark in the preview (a placeholder, or the one a span's comment opens on): the marks are matched in the order of the page, and each matched
    span gets ``anchor`` (the id its list entry jumps to); a placeholder the preview does not
    show (none is expected) keeps ``anchor`` None and is listed without a link."""
    marks = [s for b in blocks for s in b.spans if s["kind"] == "placeholder" or s["asks"]]
    listed = []
    at = 0
    for text in placeholders:
        found = next((i for i in range(at, len(marks)) if text in (marks[i]["text"], marks[i]["asks"])), None)
        anchor = None
        if found is not None:
            anchor = marks[found]["anchor"] = f"mark-{len(listed) + 1}"
            at = found + 1
        listed.append({"text": text, "anchor": anchor})
    return listed


# ---------------------------------------------------------------- check


def findings_by_paragraph(findings: list[dict], paragraphs: dict[int, str]) -> list[dict]:
    """Findings grouped under their paragraph (in order), document-wide ones last, each with
    what to do about it (its rule's, :data:`drafter.check.ADVICE`)."""
    from ..check import ADVICE

    groups: dict[Any, dict] = {}
    for f in findings:
        key = f.get("paragraph")
        group = groups.setdefault(key, {"paragraph": key, "text": paragraphs.get(key, "") if key else "",
                                        "findings": []})
        group["findings"].append({**f, "advice": ADVICE[f["code"]]})
    return sorted(groups.values(), key=lambda g: (g["paragraph"] is None, g["paragraph"] or 0))


# ---------------------------------------------------------------- a measure over the years


def measure_series(ws, index, fact_id: str, figure: int) -> tuple[dict, list[dict]] | None:
    """The values of the measure of figure ``figure`` of fact ``fact_id`` across the fact base:
    (the figure, points sorted by year), one point per year (the newest source's), or None."""
    from ..facts.history import figure_superseded_by
    from ..facts.measure import measure_fact

    fact = index.facts.get(fact_id)
    if fact is None or not 0 <= figure < len(fact.figures):
        return None
    target = measure_fact(fact, index.sources.get(fact.source_id), ws)[figure]
    by_year: dict[int, Any] = {}
    for other in index.facts.values():
        for m in measure_fact(other, index.sources.get(other.source_id), ws):
            if m.year is None or (m is not target and target.measure.similarity(m.measure) == 0):
                continue
            best = by_year.get(m.year)
            if best is None or m.recency() > best.recency() or (
                    m.recency() == best.recency() and not figure_superseded_by(m.fact, m.figure)
                    and figure_superseded_by(best.fact, best.figure)):
                by_year[m.year] = m
    points = [{"year": y, "value": m.value, "raw": m.figure.raw, "fact": m.fact.id, "source": m.label(),
               "superseded": bool(figure_superseded_by(m.fact, m.figure))} for y, m in sorted(by_year.items())]
    return {"counts": target.figure.counts or target.name, "unit": target.measure.unit,
            "place": target.place, "raw": target.figure.raw}, points


def svg_chart(points: list[dict], width: int = 420, height: int = 170) -> Markup:
    """A small line chart of ``points`` ({"year", "value", "raw"}): years along, values up."""
    if not points:
        return Markup("")
    left, right, top, bottom = 16, 16, 26, 30
    values = [p["value"] for p in points]
    low, high = min(0.0, min(values)), max(values)
    span = (high - low) or 1.0
    n = len(points)

    def x(i: int) -> float:
        return left + (width - left - right) * (i / (n - 1) if n > 1 else 0.5)

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - (v - low) / span)

    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{left}" y1="{y(low):.1f}" x2="{width - right}" y2="{y(low):.1f}" class="axis"/>']
    if n > 1:
        line = " ".join(f"{x(i):.1f},{y(p['value']):.1f}" for i, p in enumerate(points))
        parts.append(f'<polyline points="{line}" class="line"/>')
    for i, p in enumerate(points):
        cls = "dot old" if p.get("superseded") else "dot"
        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(p["value"]):.1f}" r="4" class="{cls}">'
                     f'<title>{escape(p["year"])}年：{escape(p["raw"])}（{escape(p.get("source") or "")}）</title></circle>')
        parts.append(f'<text x="{x(i):.1f}" y="{y(p["value"]) - 9:.1f}" class="val">{escape(p["raw"])}</text>')
        parts.append(f'<text x="{x(i):.1f}" y="{height - 10}" class="year">{escape(p["year"])}年</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
