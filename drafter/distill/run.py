"""``drafter distill``: read → distill → merge into ``facts/<id>.yaml``, for files and folders.

``distill_paths`` takes files and folders (searched recursively), reads each source
(:mod:`drafter.read`), distills it (:func:`drafter.distill.document.distill_document`) and stores
its facts (:mod:`drafter.facts.store`). A bad item — unreadable,
empty, of an unknown type, or colliding with another source's fact ids — becomes a one-line
error and the batch goes on. A malformed fact file already in ``facts/`` stops everything before
anything is written, since merging into it could lose a person's work.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DrafterError, FactFileError, SourceError, os_reason
from ..facts.history import document_when
from ..facts.index import FactIndex
from ..facts.renamed import Renamed, follow_rename, renamed_source
from ..facts.store import MergeReport, corrected_place, plan_save, write_updates
from ..grammar import AREA_LEVELS, PREFECTURE_WORD
from ..model import REPLY, FactFile, SourceMeta
from ..reply import GARBLED_RUN
from ..textutil import doc_number_year
from ..workspace import Workspace

Progress = Callable[[int, int, Path], None]


@dataclass
class SourceResult:
    """One source distilled and stored."""

    id: str
    path: str
    kind: str
    label: str  # how comments and lists name it (SourceMeta.label)
    kind_name: str  # what it is, as lists name it (SourceMeta.kind_name): 会办意见 for a reply to its lead unit
    facts: int  # facts the distiller produced
    figures: int  # figures in those facts
    merge: MergeReport
    repeats: int = 0  # sentences and figures repeating an older fact: they keep its period
    elsewhere: str = ""  # the source's place when it is not the workspace's (all its facts are another place's)
    area: bool = False  # that place may be one of the workspace's own areas, which it lists none of (:func:`unlisted_area`)
    issued_by: str = ""  # the unit of the workspace's place that issued it, a reply, when not the bureau (Workspace.other_issuer)
    undated: bool = False  # its text states no date (nor its number a year): a clerk names its file by its date
    estimated: int | None = None  # the year its facts take all the same (an undated reply's: its session's, its file name's)
    named_dates: int = 0  # the dates its file's name holds when it is undated (more than one: none read as its date)
    yearless: int = 0  # its facts of no year (an undated one's text may date some: 2023年，全市… and the items under it)
    garbled: list[str] = field(default_factory=list)  # the garbled runs its facts keep (reply.GARBLED_RUN), to restore by hand
    renamed: Renamed | None = None  # the source its document was before a rename, whose fact file it took over
    # its date, when its number names another year (2020-10-20 of 天文旅函字〔2019〕54号): one of them may be wrong, said to the clerk
    dated_apart: str = ""
    number_year: int | None = None  # the year its number names
    lead: str = ""  # the lead unit it goes to, a 会办/协办意见 (SourceMeta.lead)
    # what of its date and place was not read (成文日期 of a dated report's period only, 所属地区): the clerk fills them (hd33b)
    unread: list[str] = field(default_factory=list)
    # the places its facts are of that it writes under the workspace's own (平顺县石城镇) though areas lists none: areas found (rs8)
    under: list[str] = field(default_factory=list)
    bodyless: bool = False  # its document has text but no body was read in it (no paragraph of prose): no facts, said to the clerk

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "path": self.path, "kind": self.kind, "label": self.label, "kind_name": self.kind_name, "lead": self.lead,
            "facts": self.facts, "figures": self.figures, "repeats": self.repeats,
            "elsewhere": self.elsewhere, "area": self.area, "issued_by": self.issued_by, "undated": self.undated, "estimated_year": self.estimated,
            "named_dates": self.named_dates, "yearless": self.yearless, "garbled": self.garbled,
            "renamed_from": asdict(self.renamed) if self.renamed else None,
            "dated_apart": self.dated_apart, "number_year": self.number_year, "unread": self.unread, "under": self.under,
            "bodyless": self.bodyless,
            "merge": self.merge.to_dict(),
        }


@dataclass
class DistillIssue:
    """A file that could not be distilled (or was skipped), with the one-line reason."""

    path: str
    message: str  # the whole line, "path[:line]: reason"
    empty: bool = False  # a folder holding no source file: no file failed (hd30b)

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}


@dataclass
class DistillReport:
    """What ``distill_paths`` did: per-source results, errors, and files skipped in folders."""

    sources: list[SourceResult] = field(default_factory=list)
    errors: list[DistillIssue] = field(default_factory=list)
    skipped: list[DistillIssue] = field(default_factory=list)  # unknown types found in folders

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": [s.to_dict() for s in self.sources],
            "errors": [e.to_dict() for e in self.errors],
            "skipped": [s.to_dict() for s in self.skipped],
            "totals": {
                "documents": len(self.sources),
                "facts": sum(s.facts for s in self.sources),
                "figures": sum(s.figures for s in self.sources),
                "errors": sum(not e.empty for e in self.errors),  # files that failed
            },
        }


def collect_sources(ws: Workspace, paths: Iterable[str | Path]) -> tuple[list[Path], DistillReport]:
    """Expand ``paths`` into source files (folders recursively, sorted, each file once).

    In folders, hidden entries and the workspace's own facts/, templates/, drafts/ and cache
    folders are passed over, and files of an unknown type are reported as skipped. A file named
    explicitly is always returned (the reader reports an unknown type as an error).
    """
    from ..read import SUFFIXES

    report = DistillReport()
    own = {p.resolve() for p in (ws.facts_dir, ws.templates_dir, ws.drafts_dir, ws.cache_dir)}
    files: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    def walk(folder: Path) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError as exc:
            report.errors.append(DistillIssue(str(folder), str(SourceError(f"无法读取目录：{os_reason(exc)}", folder))))
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.resolve() in own:
                continue
            if entry.is_dir():
                walk(entry)
            elif entry.suffix.lower() in SUFFIXES:
                add(entry)
            elif entry.is_file():
                report.skipped.append(DistillIssue(str(entry), f"{entry}: 不支持的文件类型"))

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            before = (len(files), len(report.errors))
            walk(path)
            if (len(files), len(report.errors)) == before:  # said, not a silent "0 份文件" and exit 0
                known = " ".join(sorted(set(SUFFIXES)))
                report.errors.append(DistillIssue(str(path), str(SourceError(
                    f"文件夹中没有可读取的来源文件（支持 {known}）", path)), empty=True))
        elif path.exists():
            add(path)
        else:
            report.errors.append(DistillIssue(str(path), str(SourceError("文件或目录不存在", path))))
    return files, report


def distill_paths(ws: Workspace, paths: Iterable[str | Path], progress: Progress | None = None) -> DistillReport:
    """Read, distill and store every source under ``paths``; bad items are reported, not fatal.

    Raises :class:`FactFileError` (before writing anything) when an existing fact file is
    malformed. ``progress(done, total, path)`` is called after each file.
    """
    with cycle_collection_paused():
        return _distill_paths(ws, paths, progress)


@contextmanager
def cycle_collection_paused():
    """Python's cycle collector paused for a run that distills and stores sources (distill,
    harvest, refresh; as it was before, afterwards).

    A run builds hundreds of thousands of objects that live to its end (facts, their history
    and index) and almost no reference cycles, so each full collection walks them all for
    nothing: a sixth of the CPU time of a 500-document archive. What little cyclic garbage
    there is (a few thousand objects for 500 documents) is collected after the run.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _not_a_draft(doc):
    """``doc``, unless it still holds a draft's placeholder marks (【待补充：…】, 【待更新：…】): a
    draft picked up with the sources (a copy in seeds/) would put the base's own sentences back
    into it as a new source. A signed reply is filed by harvest, which refuses such a file too."""
    from ..frame import count_marks

    marks = count_marks(doc.text)
    if marks:
        raise SourceError(f"仍有 {marks} 处【待…】标记，是起草中的答复稿，不是来源文件（签发后请归档定稿）", doc.path)
    return doc


def not_a_suggestion(doc):
    """``doc``, unless it is a suggestion's or proposal's own text (:func:`~.metadata.own_text_of`):
    what a deputy asks for is not the bureau's work, and distilled it would read as done."""
    from .metadata import own_text_of

    kind = own_text_of(doc.text)
    if kind:
        raise SourceError(f"是{kind}原文，不是答复或工作材料：所提事项不是本单位已做的工作，未提炼（起草时请作为{kind}原文提供）",
                          doc.path)
    return doc


def _in_chinese(doc):
    """``doc``, unless its text is not Chinese (:func:`~drafter.textutil.foreign_language`): its figures would be read by
    Chinese words it does not have (hd41b: a Japanese page's 598万人 as 业务収入はそれぞれ延べ)."""
    from ..textutil import foreign_language

    language = foreign_language(doc.text)
    if language:
        raise SourceError(f"不是中文资料（正文为{language}），未提炼：请改用中文原文", doc.path)
    return doc


def read_source(path: Path):
    """The document at ``path`` read as a source to distill, refused (:class:`SourceError`, the
    line distill reports) when it is not Chinese, a draft or a suggestion's own text: the one rule of what is
    no source, for distill and refresh alike."""
    from ..read import read_document

    return not_a_suggestion(_not_a_draft(_in_chinese(read_document(path))))


def elsewhere_of(ff: FactFile) -> str:
    """The source's place when all its facts are another place's (its facts are then not the
    bureau's work: said to the clerk), else ''."""
    return (ff.source.jurisdiction or "") if ff.facts and all(f.external for f in ff.facts) else ""


def unlisted_area(place: str, ws: Workspace) -> bool:
    """Whether ``place``, a source's read as another's (:func:`elsewhere_of`), may be one of the workspace's own areas: a
    county's or a district's (:data:`~..grammar.AREA_LEVELS`; no prefecture, 地区 nor 自治区) while the workspace is a
    prefecture's listing no areas (易门县 of 玉溪市, hd55c) — the clerk lists it under areas, never corrects the source's place."""
    from .places import place_rank  # (the place reader's patterns: compiled only where a source's place is another's)

    return bool(place) and not ws.areas and place_rank(ws.jurisdiction) == 2 and place_rank(place) == 3 \
        and place[-1] in AREA_LEVELS and not place.endswith(PREFECTURE_WORD)


def under_of(ff: FactFile, ws: Workspace) -> list[str]:
    """The places of the source's facts that are the workspace's own though not its place nor one of its areas (written under
    its place, 平顺县石城镇: :func:`~.places.under_own`; not the own place by its name before a rename the source tells,
    香格里拉县: rv18 7), in order, once each."""
    return list(dict.fromkeys(f.jurisdiction for f in ff.facts if f.jurisdiction and not f.external
                              and not ws.is_own(f.jurisdiction, renamed=ff.source.renamed)))


def _distill_paths(ws: Workspace, paths: Iterable[str | Path], progress: Progress | None) -> DistillReport:
    from . import distill_document
    from ..read import read_document
    from .document import number_code, own_codes, session_key
    from .structure import outline

    files, report = collect_sources(ws, paths)
    distilled: list[tuple[int, Path, FactFile]] = []
    places: dict[Path, str] = {}  # the place the clerk corrected in a source's fact file, by the path read
    misread: dict[Path, str | None] = {}  # the place distill read for such a source, by the path read
    texts: dict[Path, str | None] = {}  # the fact files' texts read for it, by their paths: the merge's too
    found = FactIndex.load(ws)  # (the base as found: a source whose file was renamed follows it)
    known = dict(found.sources)
    renames: dict[Path, Renamed] = {}
    moved: dict[str, str] = {}  # (a source renamed in this run: its new id, its fact file's)
    bodyless: set[Path] = set()  # the files of text in which no body was read (hd69a: a page of one phrase a line)
    for done, path in enumerate(files, 1):
        try:
            doc = read_source(path)
            ff = distill_document(doc, ws)
            old = renamed_source(ws, ff.source, known.values(), "\n".join(b.text for b in doc.blocks), found.facts_of)
            if old is not None:  # (its fact file, the clerk's corrections in it, is the renamed document's)
                marking = {moved.get(sid, sid) for sid in found.marking(f"f-{old.id}-")}
                renames[path] = follow_rename(ws, known.pop(old.id), ff.source, marking)
                moved[old.id] = ff.source.id
                texts.clear()  # (other fact files' marks renamed with it: read afresh)
            place = corrected_place(ws, ff.source, texts)
            if place:  # (the source's place misread, corrected by hand as distill's reminder asks: its facts read again as of it)
                places[path], misread[path] = place, ff.source.jurisdiction
                ff = distill_document(doc, ws, place=place)
            if not ff.facts and any(b.text.strip() for b in doc.blocks) and not outline(doc).units:
                bodyless.add(path)
            distilled.append((done, path, ff))
        except DrafterError as exc:
            report.errors.append(DistillIssue(str(path), str(exc) if exc.path else f"{path}: {exc}"))
        if progress is not None:
            progress(done, len(files), path)
    # An undated reply to a session whose other replies (here or in the base) are dated is of their year, and a document
    # naming no issuer whose number has the code of the bureau's own numbers (here or in the base) is the bureau's:
    # distilled again
    base = FactIndex.load(ws).sources.values()
    years = session_years([ff.source for _, _, ff in distilled], base)
    codes = own_codes(ws, [ff.source for _, _, ff in distilled], base)
    for k, (position, path, ff) in enumerate(distilled):
        if ((ff.source.kind == "reply" and ff.source.document_year() is None and session_key(ff.source, ws) in years)
                or (ff.source.issuer is None and number_code(ff.source.number) in codes)):
            try:
                distilled[k] = (position, path, distill_document(read_document(path), ws, years, codes, places.get(path)))
            except DrafterError:
                pass  # (read once already: kept as first distilled)
    # Oldest first, so that a sentence or figure repeating an older source keeps its period
    # (drafter.facts.history) whatever the order of the files.
    distilled.sort(key=lambda item: document_when(item[2].source))
    distilled.reverse()  # popped from the end: oldest first, equal dates in file order
    results: list[tuple[int, SourceResult]] = []
    with FactSink(ws, texts) as sink:
        while distilled:  # each distilled file is let go once stored (the sink keeps what it wrote)
            position, path, ff = distilled.pop()
            try:
                results.append((position, sink.store(ff, path, misread.get(path))))
            except DrafterError as exc:
                report.errors.append(DistillIssue(str(path), str(exc) if exc.path else f"{path}: {exc}"))
    for position, result in results:
        result.renamed = renames.get(files[position - 1])
        result.bodyless = files[position - 1] in bodyless
    report.sources = [result for _, result in sorted(results, key=lambda r: r[0])]
    return report


def session_years(*groups: Iterable[SourceMeta]) -> dict[tuple[str, str], int]:
    """The year of each (session, place) that dated replies of ``groups`` answer: one year only (县十六届人大一次会议 of
    舒城县, answered 2012-06-18 → 2012); a session whose replies are of two years dates none."""
    found: dict[tuple[str, str], set[int]] = {}
    for group in groups:
        for meta in group:
            year = int(meta.date[:4]) if meta.date else None
            if meta.kind == "reply" and meta.session and meta.jurisdiction and year:
                found.setdefault((meta.session, meta.jurisdiction), set()).add(year)
    return {key: next(iter(years)) for key, years in found.items() if len(years) == 1}


class FactSink:
    """Stores distilled fact files in ``facts/`` one by one, and refreshes the index cache once
    when closed (use it as a context manager).

    Opening validates the whole existing base (:class:`FactFileError` when a fact file is
    malformed); :meth:`store` refuses a fact id that belongs to another source's file, and gives
    a sentence or figure that repeats an older source's fact that fact's period
    (:class:`drafter.facts.history.History`).
    """

    def __init__(self, ws: Workspace, texts: dict[Path, str | None] | None = None):
        from ..facts.history import History

        self.ws = ws
        self.texts = texts if texts is not None else {}  # fact files' texts read before, none written since
        self.index = index = FactIndex.load(ws)  # the base as opened
        self.owner = {fid: fact.source_id for fid, fact in index.facts.items()}
        self.history = History.from_index(index, ws)
        self.written: dict[Path, FactFile] = {}

    def store(self, ff: FactFile, path: Path, misread: str | None = None) -> SourceResult:
        """Merge ``ff`` (distilled from ``path``) into its fact file; DrafterError when it cannot. ``misread``: the place
        distill read for the source where the clerk corrected it (:func:`~drafter.facts.store.plan_save`)."""
        from .metadata import dates_in_name  # (metadata's patterns compile on use: not on importing a command)

        _check_ids(ff, self.owner, path)
        repeated = self.history.date_repeats(ff)
        update = plan_save(ff, self.ws, self.texts, misread)
        source = update.fact_file.source  # as saved: the date or place a clerk filled in asks for no more (hd36b)
        # (a report is of the year its title names; a reply's year without a date is an estimate)
        undated = source.stated_year() is None and (source.kind == REPLY or not source.period)
        number_year = doc_number_year(source.number)
        write_updates([update])
        self.texts.pop(update.path, None)  # (written: read afresh for another source of the same id)
        self.written[update.path] = update.fact_file
        self.history.add(update.fact_file)
        for fact in update.fact_file.facts:
            self.owner[fact.id] = ff.source.id
        return SourceResult(
            id=ff.source.id, path=ff.source.path or self.ws.relpath(path), kind=ff.source.kind,
            label=ff.source.label(), kind_name=ff.source.kind_name(), lead=ff.source.lead or "", facts=len(ff.facts),
            figures=sum(len(f.figures) for f in ff.facts), merge=update.report,
            repeats=len(repeated.facts) + len(repeated.figures),
            # (the values as saved, a clerk's corrections kept: never a reminder of a value corrected, hd23a)
            elsewhere=(place := elsewhere_of(update.fact_file)), area=unlisted_area(place, self.ws), under=under_of(update.fact_file, self.ws), issued_by=self.ws.other_issuer(update.fact_file.source) or "",
            undated=undated, estimated=source.period if undated and source.kind == REPLY else None,
            named_dates=len(dates_in_name(path.name)) if undated else 0,
            yearless=sum(f.period.year is None for f in ff.facts),
            garbled=[m.group() for f in update.fact_file.facts for m in GARBLED_RUN.finditer(f.text)],
            dated_apart=source.date if source.date and number_year not in (None, int(source.date[:4])) else "",
            number_year=number_year,
            unread=[what for what, lacking in (("成文日期", not source.date and not undated), ("所属地区", not source.jurisdiction))
                    if lacking],
        )

    def __enter__(self) -> FactSink:
        return self

    def __exit__(self, *exc) -> None:
        if self.written:
            FactIndex.load(self.ws, known=self.written)  # refresh the cache so the next query is instant


def _check_ids(ff: FactFile, owner: dict[str, str], path: Path) -> None:
    """A fact id must not already belong to another source's file."""
    for fact in ff.facts:
        other = owner.get(fact.id)
        if other is not None and other != ff.source.id:
            raise FactFileError(f"事实 id {fact.id} 已属于 facts/{other}.yaml，未写入", path)
