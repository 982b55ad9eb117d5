"""How the fact base is shown: JSON records and readable tables for ``facts``, ``sources`` and
``distill``. Data in, text out; nothing here reads or writes fact files."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from ..model import Fact, SourceMeta

if TYPE_CHECKING:
    from ..ingest import IngestReport
    from .index import FactIndex

FACT_KIND_NAMES = {"done": "已做", "plan": "计划", "problem": "问题", "context": "背景"}
DOC_KIND_NAMES = {"reply": "答复", "work_report": "工作总结", "news": "新闻", "policy": "政策"}


def figure_record(fig) -> dict[str, Any]:
    return {"value": fig.value, "unit": fig.unit, "scale": fig.scale, "counts": fig.counts,
            "year": fig.year, "raw": fig.raw, "same_as": fig.same_as, "superseded_by": fig.superseded_by}


def fact_record(fact: Fact, source: SourceMeta | None, score: float | None = None) -> dict[str, Any]:
    """A fact as JSON: its content plus where it came from (document, date, section, paragraph)."""
    record: dict[str, Any] = {
        "id": fact.id,
        "text": fact.text,
        "kind": fact.kind,
        "period": {"year": fact.period.year, "basis": fact.period.basis},
        "jurisdiction": fact.jurisdiction,
        "external": fact.external,
        "figures": [figure_record(g) for g in fact.figures],
        "topics": list(fact.topics),
        "reviewed": fact.reviewed,
        "superseded_by": fact.superseded_by,
        "repeats": fact.repeats,
        "source": {
            "id": fact.source_id,
            "label": source.label() if source else fact.source_id,
            "number": source.number if source else None,
            "title": source.title if source else None,
            "date": source.date if source else None,
            "kind": source.kind if source else None,
            "path": source.path if source else None,
            "section": list(fact.section),
            "paragraph": fact.paragraph,
        },
    }
    if score is not None:
        record["score"] = round(score, 4)
    return record


def source_record(meta: SourceMeta, facts: int) -> dict[str, Any]:
    """A source as JSON: every metadata field, its label and how many facts it gave."""
    return {**asdict(meta), "label": meta.label(), "facts": facts}


def _console():
    from rich.console import Console

    return Console(soft_wrap=False)


def _figure_line(g) -> str:
    line = f"{g.counts or '—'} {g.raw}"
    if g.year is not None:
        line += f"（{g.year}年）"
    if g.superseded_by:
        line += f"〔已被 {g.superseded_by} 取代〕"
    elif g.same_as:
        line += f"〔同 {g.same_as}〕"
    return line


def _figures_text(fact: Fact) -> str:
    return "\n".join(_figure_line(g) for g in fact.figures)


def print_facts(index: FactIndex, found: list[tuple[Fact, float | None]]) -> None:
    """A table of facts with their figures, period, place and source."""
    from rich.table import Table

    table = Table(show_lines=True, expand=True, title=f"共 {len(found)} 条事实")
    table.add_column("编号", style="dim", overflow="fold", max_width=24)
    for name in ("类型", "年份", "地区"):
        table.add_column(name, overflow="fold")
    table.add_column("内容", ratio=4, overflow="fold")
    table.add_column("数字", style="cyan", ratio=2, overflow="fold")
    table.add_column("来源", style="green", ratio=2, overflow="fold")
    for fact, _ in found:
        source = index.sources.get(fact.source_id)
        where = source.label() if source else fact.source_id
        if source and source.date:
            where += f"\n{source.date}"
        if fact.section:
            where += f"\n{fact.section[-1]}"
        text = fact.text if len(fact.text) <= 120 else fact.text[:119] + "…"
        if fact.superseded_by:
            text += f"\n（已被 {fact.superseded_by} 取代）"
        place = (fact.jurisdiction or "—") + ("（外地）" if fact.external else "")
        table.add_row(fact.id, FACT_KIND_NAMES.get(fact.kind, fact.kind), str(fact.period.year or "—"),
                      place, text, _figures_text(fact), where)
    _console().print(table)


def print_sources(index: FactIndex) -> None:
    """A table of source documents with their main metadata and fact counts."""
    from rich.table import Table

    counts = index.count_by_source()
    table = Table(title=f"共 {len(index.sources)} 份来源文件")
    for name in ("编号", "类型", "文号/标题", "日期", "地区", "发文单位", "事实数"):
        table.add_column(name, overflow="fold")
    for meta in index.sources.values():
        label = meta.label()
        if meta.kind == "reply" and meta.suggestion_number:
            label += f"\n第{meta.suggestion_number}号{'提案' if meta.proposal else '建议'}"
            if meta.deputy:
                label += f" {meta.deputy}"
        table.add_row(meta.id, DOC_KIND_NAMES.get(meta.kind, meta.kind), label, meta.date or "—",
                      meta.jurisdiction or "—", meta.issuer or "—", str(counts.get(meta.id, 0)))
    _console().print(table)


def print_ingest(report: IngestReport) -> None:
    """Per source: id, kind, facts, figures and what the merge did; then kept/dropped ids."""
    from rich.table import Table

    table = Table(title="提炼结果")
    for name in ("来源", "类型", "事实", "数字", "新增", "更新", "人工保留", "删除", "文件"):
        table.add_column(name, overflow="fold")
    for s in report.sources:
        c = s.merge.counts()
        kept = c["curated"] + c["orphaned"]
        table.add_row(f"{s.id}\n{s.label}", DOC_KIND_NAMES.get(s.kind, s.kind), str(s.facts), str(s.figures),
                      str(c["added"]), str(c["updated"]), str(kept), str(c["dropped"]),
                      s.merge.path + ("" if s.merge.written else "（无变化）"))
    console = _console()
    if report.sources:
        console.print(table)
    for s in report.sources:
        m = s.merge
        if m.orphaned:
            console.print(f"{m.path}：本次未再提炼出、因人工修改或已审核而保留：{'、'.join(m.orphaned)}")
        if m.dropped:
            console.print(f"{m.path}：本次未再提炼出、未经人工修改而删除：{'、'.join(m.dropped)}")
        if m.source_curated:
            console.print(f"{m.path}：source 信息经人工修改，保持不变")
    totals = report.to_dict()["totals"]
    console.print(f"共 {totals['documents']} 份文件，{totals['facts']} 条事实，{totals['figures']} 个数字；"
                  f"失败 {totals['errors']} 份，跳过 {len(report.skipped)} 个")
