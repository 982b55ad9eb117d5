"""What a batch leaves in its drafts folder besides the drafts: the manifest of the files
drafter wrote (``.drafter-batch.json``) and the tracking workbook (``跟踪表.xlsx``).
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import stat
from collections.abc import Iterable
from pathlib import Path

from .fileio import atomic_write, sha256_file
from .textutil import display_width

MANIFEST_NAME = ".drafter-batch.json"
WORKBOOK_NAME = "跟踪表.xlsx"


class Manifest:
    """``out_dir/.drafter-batch.json``: the sha256 of every file drafter wrote there.

    A file whose content still has the recorded hash is drafter's own and may be rewritten; a file
    that changed (a clerk edited it) or that drafter never wrote is the user's.
    """

    def __init__(self, folder: Path):
        self.path = folder / MANIFEST_NAME
        self.files: dict[str, dict] = {}
        self.warnings: list[str] = []
        if self.path.is_file():
            try:
                data = json.loads(self.path.read_text("utf-8"))
                self.files = dict(data["files"])
            except (ValueError, KeyError, TypeError, OSError):
                self.warnings.append(f"{self.path}: 清单记录损坏，已有文件一律视为人工文件，不覆盖")

    def needs_hash(self, path: Path, found: str | None = None) -> bool:
        """Whether :meth:`state` tells ``path``'s state by its hash: a file that is listed (an
        absent or unlisted one needs none). ``found``: what :func:`on_disk` found at ``path``,
        when the caller has looked."""
        return path.name in self.files and (found or on_disk(path)) == FILE

    def state(self, path: Path, sha256: str | None = None, found: str | None = None) -> str:
        """``absent``, ``ours`` (unchanged since drafter wrote it), ``edited`` or ``foreign``
        (``sha256``: the file's, when already worked out; ``found``: what :func:`on_disk` found
        at ``path``, when the caller has looked). The path is looked at once."""
        found = found or on_disk(path)
        if not self.needs_hash(path, found):
            return "absent" if found == ABSENT else "foreign"
        return "ours" if self.files[path.name].get("sha256") == (sha256 or sha256_file(path)) else "edited"

    def kept(self, path: Path, sha256: str | None = None, found: str | None = None) -> str | None:
        """Why ``path`` is not rewritten (unless forced): it was edited since drafter wrote it, or
        drafter did not write it; None when it is absent or drafter's own, unchanged (``sha256``
        and ``found`` as :meth:`state` takes them)."""
        return KEPT.get(self.state(path, sha256, found))

    def record(self, path: Path, sha256: str | None = None, **info) -> None:
        """``path`` is drafter's as it is now (``sha256``: its hash, when already worked out)."""
        self.files[path.name] = {"sha256": sha256 or sha256_file(path), **info}

    def save(self) -> None:
        atomic_write(self.path, self.text())

    def text(self) -> str:
        """What :meth:`save` writes: compact JSON (the C encoder; an indented file is encoded in
        pure Python, several times slower at a few hundred drafts)."""
        data = {"version": 1, "note": "drafter batch 生成文件的校验值；改动过的文件不会被覆盖",
                "files": self.files}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


# What is at a path (:func:`on_disk`): a regular file, something else (a folder), or nothing.
FILE, OTHER, ABSENT = "file", "other", "absent"
# The errors of looking at a path that mean nothing is there (as Path.exists and Path.is_file have them).
_NOTHING_THERE = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def on_disk(path: Path) -> str:
    """What is at ``path`` (FILE, OTHER or ABSENT), from one look at it (what Path.is_file and
    Path.exists would each look at again)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno not in _NOTHING_THERE:
            raise
        return ABSENT
    except ValueError:  # a path the system cannot name (a NUL in it)
        return ABSENT
    return FILE if stat.S_ISREG(mode) else OTHER


# Why a draft is kept rather than rewritten, by its state (Manifest.state).
KEPT = {"edited": "已被修改", "foreign": "不是本工具生成的（可能已有人工修改）"}

TRACKING_COLUMNS = ("建议号", "类别", "标题", "领衔代表", "承办方式", "交办日期", "办理期限", "剩余天数",
                    "答复类型", "引用事实数", "待补充数", "草稿文件", "状态")


def _tracking_row(item) -> list:
    """One row of the sheet for a :class:`drafter.batch.BatchItem`."""
    return [int(item.number) if item.number.isdigit() else item.number,
            "提案" if item.proposal else "建议", item.title, item.deputy, item.role,
            item.assigned, item.due, item.days_left, item.reply_class, item.facts_used,
            item.placeholders, item.file, item.status_text]


def _display_width(value) -> int:
    if isinstance(value, dt.date):
        return 10
    return display_width("" if value is None else str(value))


def _fill_sheet(sheet, header: Iterable[str], rows: list[list], date_columns: set[int]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    header = list(header)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    for col in date_columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
            cell.number_format = "yyyy-mm-dd"
    for col, title in enumerate(header):
        width = max([_display_width(title)] + [_display_width(r[col]) for r in rows])
        sheet.column_dimensions[get_column_letter(col + 1)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"


def write_tracking_workbook(report, manifest: Manifest, today: dt.date,
                            force: bool = False) -> Path:
    """Write ``跟踪表.xlsx`` into the folder of ``report`` (a :class:`drafter.batch.BatchReport`)
    and return its path.

    Sheet 跟踪表: one row per item in report order (by due date), frozen header, auto filter, real
    dates; overdue days in red. Sheet 问题行: the rows that could not be drafted and why. A
    tracking workbook the clerk edited is kept (unless ``force``): the new one goes to
    ``跟踪表(2).xlsx`` (or the next free number).
    """
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "跟踪表"
    _fill_sheet(sheet, TRACKING_COLUMNS, [_tracking_row(i) for i in report.items],
                {TRACKING_COLUMNS.index("交办日期"), TRACKING_COLUMNS.index("办理期限")})
    days_col = TRACKING_COLUMNS.index("剩余天数") + 1
    red = Font(color="C00000", bold=True)
    for (cell,) in sheet.iter_rows(min_row=2, min_col=days_col, max_col=days_col):
        if isinstance(cell.value, int) and cell.value < 0:
            cell.font = red
    issues = book.create_sheet("问题行")
    _fill_sheet(issues, ("行号", "原因"), [[p.row, p.message] for p in report.problems], set())
    notes = book.create_sheet("说明")
    notes.append([f"交办清单：{report.list_path.name}"])
    notes.append([f"剩余天数按 {today.isoformat()} 计算；期限：主办3个月、会办/协办1个月、延期最长6个月，"
                  f"遇法定节假日和周末顺延至下一个工作日"])
    for warning in report.warnings:
        notes.append([warning])
    buffer = io.BytesIO()
    book.save(buffer)

    stem, suffix = WORKBOOK_NAME.rsplit(".", 1)
    n = 1
    while True:
        path = report.out_dir / (WORKBOOK_NAME if n == 1 else f"{stem}({n}).{suffix}")
        if force or manifest.state(path) in ("absent", "ours"):
            break
        if n == 1:
            report.warnings.append(f"{path}: 跟踪表已被修改，未覆盖；新表另存")
        n += 1
    atomic_write(path, buffer.getvalue())
    manifest.record(path)
    return path
