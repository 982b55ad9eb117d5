"""drafter as a library: one entry point, one method per command.

>>> import drafter
>>> ws = drafter.open_workspace("path/to/workspace")      # or None: from the current folder upward
>>> ws = drafter.create_workspace("new", "福州市教育局")   # a new bureau's (drafter init)
>>> ws.distill(["seeds/"]).to_dict()["totals"]
>>> report = ws.draft(1288, "关于……的建议", deputy="林永红", type="A")
>>> ws.check(report.path).clean

Each method does what the command of the same name does (``drafter distill`` ↔
:meth:`Workspace.distill`…) and returns a report object whose ``to_dict()`` is what the command's
``--json`` prints. Every method takes an optional ``progress(done, total, what)`` callback.
Errors the caller can fix raise :class:`~drafter.errors.DrafterError` (one line naming the file);
nothing here prints, and nothing here imports click or rich.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from typing import TYPE_CHECKING

from . import workspace as _workspace
from .compose.suggestion import (
    NUMBER_FORM, SUGGESTION_NUMBER, Suggestion, check_fields, plain_number, proposer_from_text, split_units,
)
from .compose.suggestion import draft_file_name as draft_file_name
from .draft import DraftResult
from .errors import DrafterError
from .model import FACT_KINDS, Fact, SourceMeta

if TYPE_CHECKING:
    from .batch import BatchReport
    from .check import CheckReport, Finding
    from .harvest import HarvestReport
    from .distill import DistillReport
    from .refresh import RefreshReport
    from .requests import RequestsReport
    from .sources import SourcesReport
    from .withdraw import WithdrawReport

# The other commands' report classes load on first use (PEP 562): ``drafter draft`` imports
# neither check, batch, distill, refresh, harvest nor sources (and their third-party readers).
_LAZY = {"BatchReport": "batch", "CheckReport": "check", "Finding": "check", "HarvestReport": "harvest",
         "DistillReport": "distill.run", "RefreshReport": "refresh", "RequestsReport": "requests",
         "SourcesReport": "sources"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __package__)
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

Progress = Callable[[int, int, str], None]
PathLike = Union[str, Path]

class DraftReport(DraftResult):
    """The draft written: ``path``, the composed ``reply``, ``sha256`` of the bytes written; ``to_dict()`` is
    ``draft --json``."""

    def to_dict(self) -> dict:
        return self.report()


@dataclass
class FactsReport:
    """Facts found by :meth:`Workspace.facts`: ``found`` ((fact, score) pairs, score None without a
    query) of ``total`` matches; ``sources`` maps source ids to their metadata."""

    found: list[tuple[Fact, float | None]]
    total: int
    sources: dict[str, SourceMeta] = field(default_factory=dict)

    @property
    def facts(self) -> list[Fact]:
        return [fact for fact, _ in self.found]

    @property
    def more(self) -> int:
        """How many matches the limit left out."""
        return self.total - len(self.found)

    def records(self) -> list[dict[str, Any]]:
        from .facts.show import fact_record

        return [fact_record(f, self.sources.get(f.source_id), score) for f, score in self.found]

    def to_dict(self) -> list[dict[str, Any]]:
        """The fact records ``facts --json`` prints (a JSON list, one record per fact)."""
        return self.records()


def open_workspace(path: PathLike | None = None) -> Workspace:
    """The workspace at ``path`` (a folder holding drafter.yaml), or the nearest one from the
    current folder upward when ``path`` is None."""
    return Workspace.adopt(_workspace.find_workspace(path))


def create_workspace(path: PathLike, name: str, *, short_name: str | None = None, jurisdiction: str | None = None,
                     areas: Iterable[str] = ()) -> Workspace:
    """A new workspace for the bureau called ``name`` at ``path`` (``drafter init``): its drafter.yaml (the
    place and short name its name says unless given) and an empty seeds/; opened. Never over an existing
    drafter.yaml."""
    from .new_workspace import create_workspace as create

    create(path, name, short_name=short_name, jurisdiction=jurisdiction, areas=list(areas))
    return open_workspace(path)


def parse_period(value: int | str | tuple[int, int] | None) -> tuple[int, int] | None:
    """``2024``, ``"2024"``, ``"2023-2025"`` or ``(2023, 2025)`` → an inclusive year range."""
    if value is None:
        return None
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        low, high = value
    elif isinstance(value, int) and not isinstance(value, bool):
        low = high = value
    else:
        text = str(value).strip()
        parts = text.replace("~", "-").replace("～", "-").replace("—", "-").split("-")
        if not (len(parts) in (1, 2) and all(p.strip().isdigit() for p in parts)):
            raise DrafterError(f"年份应为如 2024 或 2023-2025 的形式，而不是“{value}”")
        low, high = int(parts[0]), int(parts[-1])
    if low > high:
        raise DrafterError(f"年份范围“{value}”起始年份晚于结束年份")
    from .facts.store import MAX_YEAR, MIN_YEAR  # the years a fact file may hold

    if not (MIN_YEAR <= low and high <= MAX_YEAR):  # 20255, 25: a typo, not a year no fact has
        raise DrafterError(f"年份“{value}”不在 {MIN_YEAR}–{MAX_YEAR} 之间，应为如 2024 或 2023-2025 的四位年份")
    return low, high


def _date(value: dt.date | str | None) -> dt.date | None:
    from .draft import parse_date

    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(str(value))


def _once(progress: Progress | None, what: str) -> None:
    if progress is not None:
        progress(1, 1, what)


class Workspace(_workspace.Workspace):
    """A loaded workspace (drafter.yaml's settings and folders) whose methods are the commands."""

    @classmethod
    def adopt(cls, config: _workspace.Workspace) -> Workspace:
        """This class with the settings of an already loaded workspace."""
        if isinstance(config, cls):
            return config
        return cls(**{f.name: getattr(config, f.name) for f in dataclasses.fields(config)})

    # ------------------------------------------------------------ the fact base

    def distill(self, paths: PathLike | Iterable[PathLike], progress: Progress | None = None
                ) -> DistillReport:
        """Read, distill and store every source under ``paths`` (files or folders) into facts/.

        Unreadable files are reported in the result's ``errors``, the others are still stored.
        """
        from .distill.run import distill_paths

        def each(done: int, total: int, path: Path) -> None:
            if progress is not None:
                progress(done, total, str(path))

        return distill_paths(self, _paths(paths), progress=each)

    def withdraw(self, source_id: str, *, dry_run: bool = False, edited: bool = False) -> WithdrawReport:
        """撤回 source ``source_id``: its fact file and its copy under seeds/ leave the fact base
        (moved to ``withdrawn/``); refused while other sources' facts refer to its facts,
        and while some of its facts were reviewed or edited by a person unless ``edited`` says the
        caller knows. ``dry_run``: only what it would remove (:mod:`drafter.withdraw`)."""
        from .withdraw import withdraw_source

        return withdraw_source(self, source_id, dry_run=dry_run, edited=edited)

    def facts(self, query: str | None = None, *, kind: str | Iterable[str] | None = None,
              period: int | str | tuple[int, int] | None = None, jurisdiction: str | None = None,
              current: bool = False, limit: int | None = None, progress: Progress | None = None
              ) -> FactsReport:
        """Facts matching ``query`` (ranked by relevance) or all facts in fact-base order.

        ``kind``: done / plan / problem / context (one or several); ``period``: a year or a range
        (``"2023-2025"``); ``jurisdiction``: a place (泉州 matches 泉州市); ``current`` hides facts
        superseded by newer ones; ``limit`` keeps the first N (``total`` still counts all).
        """
        from .facts.index import FactIndex

        kinds = [kind] if isinstance(kind, str) else list(kind or [])
        for k in kinds:
            if k not in FACT_KINDS:
                raise DrafterError(f"事实类型“{k}”无效，应为 {'、'.join(FACT_KINDS)} 之一")
        if limit is not None and limit < 1:
            raise DrafterError(f"条数上限应为正整数，而不是 {limit}")
        index = FactIndex.load(self)
        found = index.find(query, kinds=kinds or None, years=parse_period(period),
                           jurisdiction=jurisdiction, include_superseded=not current)
        _once(progress, "facts")
        shown = found if limit is None else found[:limit]
        return FactsReport(shown, len(found), dict(index.sources))

    def sources(self, progress: Progress | None = None) -> SourcesReport:
        """The source documents of the fact base, with their metadata and fact counts."""
        from .sources import list_sources

        report = list_sources(self)
        _once(progress, "sources")
        return report

    # ------------------------------------------------------------ drafting

    def draft(self, number: int | str | Suggestion, topic: str | None = None, *,
              deputy: str | None = None, session: str | None = None, type: str | None = None,
              role: str = "主办", lead: str | None = None,
              with_: str | Iterable[str] | None = None, proposal: bool = False,
              date: dt.date | str | None = None, doc_number: str | None = None,
              text: str | None = None, output: PathLike | None = None, force: bool = False,
              today: dt.date | None = None, progress: Progress | None = None) -> DraftReport:
        """Write the reply to suggestion (or proposal) ``number`` on ``topic`` as a .docx.

        ``number`` may instead be a :class:`Suggestion` (then ``topic`` and the options describing
        it are not given). ``type`` is the reply class code (A/B/C), ``with_`` the co-handling
        units, ``text`` the suggestion's own text; ``output`` defaults to drafts/<number>.docx
        (drafts/提案-<number>.docx for a proposal); it must be a .docx in an existing folder (drafts/
is made when missing). An existing file is kept unless ``force``.
        """
        from .draft import make_draft

        if isinstance(number, Suggestion):
            given = {"topic": topic, "deputy": deputy, "session": session, "type": type, "lead": lead,
                     "with_": with_, "date": date, "doc_number": doc_number, "text": text}
            extra = [name for name, value in given.items() if value] + (["role"] if role != "主办" else []) \
                + (["proposal"] if proposal else [])
            if extra:  # they would be silently ignored
                raise DrafterError(f"已给出建议（Suggestion），不能再给 {'、'.join(extra)}：请写在 Suggestion 中")
            suggestion = number
        else:
            suggestion = make_suggestion(
                number, topic, deputy=deputy, session=session, type=type, role=role, lead=lead,
                with_=with_, proposal=proposal, date=date, doc_number=doc_number, text=text)
        out = Path(output) if output is not None else None
        if out is not None:
            if out.suffix.lower() != ".docx":
                raise DrafterError("答复稿须保存为 .docx 文件", out)
            if not out.parent.is_dir() and out.parent.resolve() != self.drafts_dir:
                raise DrafterError("输出目录不存在", out.parent)  # a typo must not create folders
        result = make_draft(self, suggestion, out=out, force=force, today=today)
        if result.path.resolve().is_relative_to(self.drafts_dir.resolve()):  # (a file written elsewhere: no record left there)
            from .tracking import Manifest

            # recorded as drafter's in its folder, as the web page records its own: the page may then replace it unedited
            manifest = Manifest(result.path.parent)
            kept = {k: v for k, v in manifest.files.get(result.path.name, {}).items() if k not in ("sha256", "replacing")}
            manifest.record(result.path, result.sha256, **{**kept, "number": suggestion.number})  # (a batch's row, its due date)
            manifest.save()
        _once(progress, str(result.path))
        return DraftReport(result.path, result.reply, result.sha256)

    def batch(self, list_path: PathLike, out_dir: PathLike | None = None, *, jobs: int | None = None,
              force: bool = False, today: dt.date | None = None, progress: Progress | None = None,
              waiting: Callable[[str], None] | None = None, date: dt.date | str | None = None) -> BatchReport:
        """One draft per row of an assignment list (.xlsx/.csv) plus the tracking workbook.

        ``out_dir`` defaults to drafts/<list name>/; ``jobs`` drafting processes (default one per
        core). ``today`` is the base date of 剩余天数 only; ``date`` every draft's 成文日期 (as draft's;
        default: each item as of today, or of its deadline once past). Edited drafts are kept unless ``force``. One batch at a time writes a folder:
        while another writes ``out_dir``, ``waiting(folder)`` is called once and this one waits.
        """
        from .batch import run_batch

        def each(done: int, total: int, item) -> None:
            if progress is not None:
                progress(done, total, item.suggestion.number)

        return run_batch(self, list_path, out_dir, force=force, today=today, progress=each, jobs=jobs,
                         waiting=waiting, date=_date(date))

    def read_list(self, list_path: PathLike) -> tuple[list, list]:
        """(the good items, the problem rows) of an assignment list as :meth:`batch` reads it,
        nothing drafted: a file that is no list raises its DrafterError before a batch starts."""
        from .batch import read_assignment_list

        return read_assignment_list(list_path, self)

    def check(self, path: PathLike, *, type: str | None = None, today: dt.date | None = None,
              progress: Progress | None = None) -> CheckReport:
        """What in the draft at ``path`` must be fixed before signature (``type`` overrides the
        draft's own 答复类型)."""
        from .check import check_draft

        report = check_draft(self, path, today=today, reply_class=type)
        _once(progress, str(path))
        return report

    def requests(self, paths: PathLike | Iterable[PathLike], *, list_path: PathLike | None = None,
                 out: PathLike | None = None, force: bool = False, today: dt.date | None = None,
                 progress: Progress | None = None) -> RequestsReport:
        """The 征求材料清单 of the drafts at ``paths`` (files, or folders of .docx): every placeholder
        still in their text, grouped by the unit that must supply it (:mod:`drafter.requests`); a
        draft that cannot be read is a line of the report's ``errors``, the others are still read.
        ``list_path``: the assignment list giving the replies' deadlines. ``out``: the sheet is also
        written there (.xlsx, atomically; an existing file only with ``force``)."""
        from .requests import check_output, requests, write_workbook

        if out is not None:
            check_output(Path(out), force)  # before reading: a name to fix is said at once
        report = requests(self, _paths(paths), list_path=list_path, progress=progress)
        if out is not None and report.drafts:
            write_workbook(report, Path(out), force, today)
        return report

    # ------------------------------------------------------------ keeping the base current

    def refresh(self, paths: PathLike | Iterable[PathLike], *, dry_run: bool = False,
                today: dt.date | None = None, progress: Progress | None = None) -> RefreshReport:
        """Distill new reports, supersede the older values of the same measures, list what aged.

        Nothing is written with ``dry_run``; otherwise all files are written or none.
        """
        from .refresh import refresh

        report = refresh(self, _paths(paths), dry_run=dry_run, today=today)
        _once(progress, "refresh")
        return report

    def harvest(self, paths: PathLike | Iterable[PathLike], progress: Progress | None = None, *,
                force: bool = False, replies_only: bool = False) -> HarvestReport:
        """File signed replies under seeds/harvested/ and distill them into the fact base; a reply
        still holding placeholder marks or without its 发文字号 is refused unless ``force``, and with
        ``replies_only`` so is a document that is no reply (a work report: a front end asks first)."""
        from .harvest import harvest

        def each(done: int, total: int, path) -> None:
            if progress is not None:
                progress(done, total, str(path))

        return harvest(self, _paths(paths), progress=each, force=force, replies_only=replies_only)




def make_suggestion(number: int | str, topic: str, *, deputy: str | None = None,
                    session: str | None = None, type: str | None = None, role: str = "主办",
                    lead: str | None = None, with_: str | Iterable[str] | None = None,
                    proposal: bool = False, date: dt.date | str | None = None,
                    doc_number: str | None = None, text: str | None = None) -> Suggestion:
    """A :class:`Suggestion` from the options of ``drafter draft``, validated as far as no
    workspace is needed (:func:`~drafter.compose.suggestion.check_fields`; the class is checked
    against the workspace's when drafting)."""
    typed = str(number).strip()
    number = plain_number(typed)  # 第1350号, 1350号, full-width digits: 1350
    if not SUGGESTION_NUMBER.fullmatch(number):  # 1288, 0219, B003 (a letter before the digits)
        raise DrafterError(f"建议（提案）号应为{NUMBER_FORM}，而不是“{typed}”")
    co = split_units(with_)  # 市财政局、市税务局 is two units; "" none; one named twice, once
    deputy = proposer_from_text(deputy, text)  # 李洁 given, 提案人：李洁等委员 in the text: 李洁等委员
    suggestion = Suggestion(number=number, title=str(topic or "").strip(), deputy=deputy, session=session,
                            reply_class=type, role=role, lead=lead, co_handlers=co, proposal=proposal,
                            date=_date(date), doc_number=doc_number, text=text)
    check_fields(suggestion)
    return suggestion


def _paths(paths: PathLike | Iterable[PathLike]) -> list[PathLike]:
    if isinstance(paths, (str, Path)):
        return [paths]
    return list(paths)


__all__ = [
    "BatchReport", "CheckReport", "DistillReport", "DraftReport", "FactsReport", "Finding",
    "HarvestReport", "RefreshReport", "RequestsReport", "SourcesReport", "Suggestion", "Workspace",
    "make_suggestion", "open_workspace", "parse_period",
]
