"""What the pages show, as plain data for the templates: the draft preview, check findings by
paragraph, a measure's values across the years (inline SVG). No request handling here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

# An item marker at the start of a sentence: 一是 / 二是 … 十二是.
_ITEM = re.compile(r"(^|[。；：;:\s])([一二三四五六七八九十]{1,3}是)")
# What a clerk does about a finding, by the start of its code (drafter check's RULES name the rule).
ADVICE = (
    ("placeholder", "补全占位符内容，或删去整句"),
    ("highlight", "核实后在 Word 中清除高亮"),
    ("number-untraced", "核对数字出处；确有依据请先补入事实库，否则改写或删去"),
    ("number-superseded", "改用事实库中的最新数值"),
    ("number-stale", "改用近年的数值，或注明年份"),
    ("class-", "改正答复类型，或按类型补足内容"),
    ("numbering-", "调整编号，使其连续不重复"),
    ("missing-", "按公文格式补上这一部分"),
    ("layout-", "在 Word 中清除直接设置的格式，套用参考模板的样式"),
)


def advice(code: str) -> str:
    return next((text for prefix, text in ADVICE if code.startswith(prefix)), "按提示修改")


def mark_items(text: str) -> Markup:
    """Escaped ``text`` with its 一是/二是 markers in bold."""
    return Markup(_ITEM.sub(lambda m: f"{m.group(1)}<b class=\"item\">{m.group(2)}</b>", str(escape(text))))


# ---------------------------------------------------------------- draft preview


@dataclass
class PreviewBlock:
    kind: str
    spans: list[dict]  # {"kind", "text", "note"}
    sources: list[dict] = field(default_factory=list)  # one per cited fact


def preview(reply_dict: dict, facts: dict[str, dict]) -> list[PreviewBlock]:
    """The blocks of a composed reply (``Reply.to_dict()``) with each citation's fact looked up
    in ``facts`` (fact records by id: text, period, place, source)."""
    blocks = []
    for block in reply_dict["blocks"]:
        sources = []
        for c in block.get("citations", []):
            record = facts.get(c["fact_id"], {})
            sources.append({
                "id": c["fact_id"],
                "text": record.get("text"),
                "period": c.get("period") or (record.get("period") or {}).get("year"),
                "place": record.get("jurisdiction"),
                "superseded_by": record.get("superseded_by"),
                "source": c.get("source"),
                "date": c.get("date"),
                "section": c.get("section"),
                "paragraph": c.get("paragraph"),
            })
        spans = [{"kind": s["kind"], "text": s["text"], "note": s.get("note")} for s in block["spans"] if s["text"]]
        blocks.append(PreviewBlock(block["kind"], spans, sources))
    return blocks


# ---------------------------------------------------------------- check


def findings_by_paragraph(findings: list[dict], paragraphs: dict[int, str]) -> list[dict]:
    """Findings grouped under their paragraph (in order), document-wide ones last."""
    groups: dict[Any, dict] = {}
    for f in findings:
        key = f.get("paragraph")
        group = groups.setdefault(key, {"paragraph": key, "text": paragraphs.get(key, "") if key else "",
                                        "findings": []})
        group["findings"].append({**f, "advice": advice(f["code"])})
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
