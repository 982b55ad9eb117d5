"""Draft one reply: select facts, compose the blocks, write the .docx (never over a clerk's edits)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .compose.reply import check_suggestion, chinese_date, compose_reply
from .compose.suggestion import Suggestion, draft_file_name
from .docx.write import render_reply
from .errors import FORCE, DrafterError, os_reason
from .fileio import atomic_write
from .textutil import digit_date
from .reply import Reply
from .workspace import Workspace


@dataclass
class DraftResult:
    path: Path
    reply: Reply
    sha256: str  # of the bytes written to ``path``: the drafts records' hash, without reading it again

    def report(self) -> dict:
        """What ``--json`` prints: the file, the facts used with their sources, gaps, warnings."""
        sources: dict[str, dict] = {}
        for block in self.reply.blocks:
            for c in block.citations:
                sources.setdefault(c.fact_id, {
                    "id": c.fact_id, "source": c.source, "date": c.date, "section": c.section,
                    "paragraph": c.paragraph, "period": c.period,
                })
        return {
            "path": str(self.path),
            "number": self.reply.number,
            "role": self.reply.role,
            "class": self.reply.reply_class,
            "facts_used": [sources[i] for i in self.reply.facts_used],
            "placeholders": self.reply.placeholders,
            "warnings": self.reply.warnings,
        }


def make_draft(
    ws: Workspace,
    suggestion: Suggestion,
    out: str | Path | None = None,
    force: bool = False,
    index=None,
    today: dt.date | None = None,
) -> DraftResult:
    """Compose the reply to ``suggestion`` and write it to ``out`` (default drafts/<number>.docx,
    drafts/提案-<number>.docx for a proposal: :func:`~drafter.compose.suggestion.draft_file_name`).

    An existing file is left alone unless ``force``; the check comes before any work. ``index``
    is the workspace's FactIndex (loaded once here when not given, so a batch can share one);
    ``today`` sets the freshness window (default: the reply's date, else today).
    """
    check_suggestion(ws, suggestion)
    path = Path(out) if out is not None else ws.drafts_dir / draft_file_name(suggestion)
    refuse_overwrite(path, force)  # before any work
    if index is None:
        from .facts.index import FactIndex

        index = FactIndex.load(ws)
    today = today or suggestion.date or dt.date.today()
    reply = compose_reply(ws, suggestion, index, today)
    back = dt.date.today().year - suggestion.date.year if suggestion.date else 0
    if back > DATE_YEARS_QUIET:  # taken (a past reply drafted again), but said: a mistyped year is not
        reply.warnings.insert(0, EARLY_DATE_WARNING.format(date=chinese_date(suggestion.date), n=back))
    return write_draft(ws, reply, path, force)  # refuses again: a file may have appeared while composing


def write_draft(ws: Workspace, reply: Reply, out: str | Path, force: bool = False) -> DraftResult:
    """Write the composed ``reply`` to ``out`` atomically, in the layout of ``ws.reference_docx``.

    An existing ``out`` is kept unless ``force`` (the clerk may have edited it); an unreadable
    reference or an unwritable folder is a one-line DrafterError and leaves nothing behind.
    """
    path = Path(out)
    refuse_overwrite(path, force)
    data = render_reply(reply, ws.reference_docx)
    return DraftResult(atomic_write(path, data, overwrite=force), reply, hashlib.sha256(data).hexdigest())


def refuse_overwrite(out: Path, force: bool) -> None:
    """An existing draft is kept unless ``force``: the clerk may have edited it."""
    try:
        exists = out.exists()
    except OSError as exc:  # a name the system refuses (文件名过长): said before any work
        raise DrafterError(f"无法使用这个文件名：{os_reason(exc)}", out) from None
    if exists and not force:
        raise DrafterError("答复稿已存在，未覆盖（可能已有人工修改）", out, fix=FORCE)


DATE_EXAMPLE = "如 2026-05-20 或 2026年5月20日"
# A reply's date (成文日期) within this many years before or after today's year: a year typed in the
# wrong order (6520) or mistyped (2062) is refused; past replies drafted again keep theirs.
DATE_YEARS_BACK, DATE_YEARS_AHEAD = 10, 1
# A date more than this many years before today's is drafted with a warning: the facts chosen and the
# years written follow it.
DATE_YEARS_QUIET = 2
EARLY_DATE_WARNING = "成文日期为{date}，是{n}年前的日期：所选事实和所写年份都以该日期为准；如是笔误，请改正后重新起草"


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """A reply's date (成文日期) as a clerk types it — ``2026-05-20``, ``2026/5/20``, ``2026.5.20``,
    ``2026年5月20日`` (:func:`~drafter.textutil.digit_date`) — in a plausible range of years around
    ``today`` (default: today); anything else is a one-line error saying which forms are taken."""
    text = str(text).strip()
    day, fault = digit_date(text)
    if day is None:
        if fault:
            raise DrafterError(f"成文日期“{text}”有误：{fault}，{DATE_EXAMPLE}")
        raise DrafterError(f"成文日期“{text}”无法识别，应为年月日，{DATE_EXAMPLE}")
    year = (today or dt.date.today()).year
    low, high = year - DATE_YEARS_BACK, year + DATE_YEARS_AHEAD
    if not low <= day.year <= high:
        raise DrafterError(f"成文日期“{text}”不在合理范围内（应在{low}年至{high}年之间），"
                           f"请核对年份，{DATE_EXAMPLE}")
    return day
