"""撤回 a source: its fact file and its copy under seeds/ leave the fact base, after a look at
what goes (how many facts, how many of them a person reviewed or edited, whether other sources'
facts refer to them).

Nothing is deleted: both files move to ``withdrawn/<time>-<source id>/`` (each move
one atomic rename), so a clerk who withdrew the wrong source can put them back by hand. The
seeds/ copy moves first: a write killed between the two moves leaves the facts in the base and
no file in seeds/ that would be distilled again. Facts a person reviewed or edited go only when
the caller says it knows (``edited``); a source linked to other sources' facts by a mark is never
withdrawn: one whose facts newer ones supersede (the ``superseded_by`` refresh writes on its own
facts: the newer value would lose what it updated) or repeat (their ``repeats``/``same_as``), and
one whose facts supersede older ones (their ``superseded_by``: those marks would then point at
nothing).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from .errors import EDITED, DrafterError, os_reason
from .workspace import Workspace, relative_path


@dataclass
class WithdrawReport:
    """What withdrawing a source removes (or removed: ``withdrawn``)."""

    source: str  # the source's id
    label: str  # its document number or title, as the sources list shows it
    fact_file: str  # facts/<id>.yaml, relative to the workspace
    seed: str | None  # its copy under seeds/, None when there is none
    facts: int
    curated: int  # facts a person reviewed or edited
    cited_by: int  # facts of other sources that refer to this one's facts
    withdrawn: bool = False
    kept: str | None = None  # where the two files went

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _linked(facts, own: list) -> int:
    """How many facts of other sources are linked to ``own`` (one source's facts) by a mark, in
    either direction: a newer value superseding one of them or a copy repeating one (the mark on
    the other fact, naming ours), or the newer value one of them is superseded by (the mark refresh
    writes on ours, naming it)."""
    ids = {f.id for f in own}
    named = set().union(*(f.marks() for f in own)) - ids
    return sum(1 for f in facts if f.source_id != own[0].source_id and (f.id in named or f.marks() & ids)) if own else 0


def _source_id(ws: Workspace, sources: dict, name: str) -> str:
    """The id of the source ``name`` names: an id as ``drafter sources`` lists it, else the path
    (absolute or from the current folder) of a source's file in the workspace."""
    if name in sources:
        return name
    try:
        path = os.path.realpath(name)
    except (OSError, ValueError):
        return name
    for sid, meta in sources.items():
        if meta.path and os.path.realpath(ws.root / meta.path) == path:
            return sid
    return name


def withdraw_source(ws: Workspace, source_id: str, *, dry_run: bool = False, edited: bool = False) -> WithdrawReport:
    """Withdraw source ``source_id`` (its id, or the path of its file under seeds/) from ``ws``'s
    fact base (``dry_run``: only say what would go)."""
    from .facts import journal
    from .facts.index import FactIndex
    from .facts.store import fact_file_path, is_curated

    index = FactIndex.load(ws)
    source_id = _source_id(ws, index.sources, source_id)
    meta = index.sources.get(source_id)
    fact_file = fact_file_path(ws, source_id)
    if meta is None or not fact_file.is_file():
        raise DrafterError(f"事实库中没有这个来源：{source_id}（可能已撤回）")
    own = [f for f in index.facts.values() if f.source_id == source_id]
    seed = (ws.root / meta.path).resolve() if meta.path else None
    seeds = ws.seeds_dir.resolve()
    if seed is not None and (not seed.is_file() or seeds not in seed.parents):
        seed = None
    report = WithdrawReport(
        source=source_id, label=meta.label(), fact_file=ws.relpath(fact_file),
        seed=relative_path(seed, ws.root) if seed else None, facts=len(own),
        curated=sum(1 for f in own if is_curated(f)),
        cited_by=_linked(index.facts.values(), own))
    if dry_run:
        return report
    if report.cited_by:
        raise DrafterError(f"其他来源的 {report.cited_by} 条事实引用了本来源的事实（新数值取代、重复引用），"
                           "撤回会使这些标记失效，未撤回", fact_file)
    if report.curated and not edited:
        raise DrafterError(f"其中 {report.curated} 条事实经人工核实或修改，撤回会一并移走；确要撤回请确认", fact_file,
                           fix=EDITED)
    kept = ws.withdrawn_folder(source_id)
    try:
        kept.mkdir(parents=True, exist_ok=True)
        if seed is not None:
            os.replace(seed, kept / seed.name)
    except OSError as exc:
        raise DrafterError(f"无法撤回，未改动：{os_reason(exc)}", exc.filename or kept) from None
    try:
        journal.remove(fact_file, kept / fact_file.name)
    except BaseException:
        if seed is not None:
            os.replace(kept / seed.name, seed)  # back as it was
        raise
    report.withdrawn, report.kept = True, ws.relpath(kept)
    return report


def withdrawn_source(ws: Workspace, folder: str) -> tuple[str, int, str] | None:
    """What the withdrawal kept in ``withdrawn/<folder>`` says it removed: the source's label, its
    number of facts and the folder (relative to the workspace); None when ``folder`` is no such
    folder (a name with a path in it, a folder without a fact file, one that cannot be read)."""
    from .facts.store import load_fact_file

    if not folder or folder != os.path.basename(folder) or folder in (".", ".."):
        return None
    kept = ws.withdrawn_dir / folder
    fact_file = next(iter(sorted(kept.glob("*.yaml"))), None) if kept.is_dir() else None
    if fact_file is None:
        return None
    try:
        ff = load_fact_file(fact_file)
    except DrafterError:
        return None
    return ff.source.label(), len(ff.facts), ws.relpath(kept)
