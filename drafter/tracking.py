"""What a batch leaves in its drafts folder besides the drafts: the manifest of the files
drafter wrote (``.drafter-batch.json``), the tracking workbook (``跟踪表.xlsx``), and the lock
(``.drafter-batch.lock``) that lets one batch at a time write the folder.

Why the lock: two runs of one list at once (two tabs, two colleagues, two ``drafter batch``
processes) would each write a draft and record its hash, and whichever saved the manifest last
left the other's drafts recorded with a hash they no longer have: taken for a clerk's edit and
never rewritten again. Holding :func:`folder_lock` from the moment a batch looks at the folder to
its last write, the second run waits for the first and then finds the first's drafts recorded as
drafter's own.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import json
import os
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

try:
    import fcntl
except ImportError:  # Windows: msvcrt's byte-range lock instead
    fcntl = None

from .fileio import atomic_write, sha256_file
from .textutil import display_width

MANIFEST_NAME = ".drafter-batch.json"
LOCK_NAME = ".drafter-batch.lock"
WORKBOOK_NAME = "跟踪表.xlsx"
LOCK_POLL_SECONDS = 0.2  # where the lock cannot be waited for (Windows), how often it is tried


@contextmanager
def folder_lock(folder: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold ``folder``'s batch lock for the block: one batch at a time writes the folder, whether
    the others run in threads of this process or in other processes. When another holds it,
    ``waiting()`` is called once and the block waits for it.

    Two locks: one for this process's threads, and a record lock (``lockf``) on ``.drafter-batch.lock``
    for other processes. A record lock belongs to the process: the system releases it when the
    process dies, and a drafting process forked from it does not hold it (a lock on the open file,
    ``flock``, would stay held by a forked worker orphaned by a killed batch). Where the file
    system has no locks the folder is written unlocked, as before."""
    told: list[bool] = []

    def wait() -> None:
        if waiting is not None and not told:
            told.append(True)
            waiting()

    with _THREADS_LOCK:
        threads = _THREADS.setdefault(str(Path(folder).resolve()), threading.Lock())
    if not threads.acquire(blocking=False):
        wait()
        threads.acquire()
    try:
        fd = _open_lock_file(folder)
        try:
            if fd is not None and _lock(fd, wait=False) is False:
                wait()
                _lock(fd, wait=True)
            yield
        finally:
            if fd is not None:
                os.close(fd)  # releases the lock
    finally:
        threads.release()


_THREADS: dict[str, threading.Lock] = {}  # folder → the lock of this process's threads
_THREADS_LOCK = threading.Lock()


def _open_lock_file(folder: Path) -> int | None:
    try:
        return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:  # a read-only folder: the writes will say so, one line naming the file
        return None


def _lock(fd: int, wait: bool) -> bool | None:
    """Lock ``fd``: True when locked, False when another holds it (``wait`` False), None when
    the file system has no locks."""
    busy = (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK)
    while True:
        try:
            if fcntl is not None:
                fcntl.lockf(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            else:
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError as error:
            if error.errno not in busy or (wait and fcntl is not None):
                return None
            if not wait:
                return False
            time.sleep(LOCK_POLL_SECONDS)


class Manifest:
    """``out_dir/.drafter-batch.json``: the sha256 of every file drafter wrote there (and, of a
    draft, its suggestion's number, the list's row and the reply's due date, which ``drafter
    requests`` reads).

    A file whose content still has the recorded hash is drafter's own and may be rewritten; a file
    that changed (a clerk edited it) or that drafter never wrote is the user's.
    """

    def __init__(self, folder: Path, shown: str | None = None):
        """``shown``: how messages name the folder (relative to the workspace); its path by default."""
        self.path = folder / MANIFEST_NAME
        self.files: dict[str, dict] = {}
        self.recorded: set[str] = set()  # names recorded since the file was read
        self.warnings: list[str] = []
        if self.path.is_file():
            self.files = self._read()
            if self.files is None:
                self.files = {}
                where = f"{shown}/{MANIFEST_NAME}" if shown is not None else str(self.path)
                self.warnings.append(f"{where}: 清单记录损坏，已有文件一律视为人工文件，不覆盖")

    def _read(self) -> dict | None:
        """The records in the file (empty when there is none), None when it cannot be read."""
        try:
            return dict(json.loads(self.path.read_text("utf-8"))["files"])
        except FileNotFoundError:
            return {}
        except (ValueError, KeyError, TypeError, OSError):
            return None

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
        entry = self.files[path.name]
        digest = sha256 or sha256_file(path)
        return "ours" if digest in (entry.get("sha256"), entry.get("replacing")) else "edited"

    def kept(self, path: Path, sha256: str | None = None, found: str | None = None) -> str | None:
        """Why ``path`` is not rewritten (unless forced): it was edited since drafter wrote it, or
        drafter did not write it; None when it is absent or drafter's own, unchanged (``sha256``
        and ``found`` as :meth:`state` takes them)."""
        return KEPT.get(self.state(path, sha256, found))

    def record(self, path: Path, sha256: str | None = None, **info) -> None:
        """``path`` is drafter's as it is now (``sha256``: its hash, when already worked out)."""
        self.files[path.name] = {"sha256": sha256 or sha256_file(path), **info}
        self.recorded.add(path.name)

    def replacing(self, path: Path, sha256: str, state: str | None = None, **info) -> None:
        """Record ``path`` as drafter's with the content of hash ``sha256`` that is about to
        replace it: until it does, the file as it is (drafter's own, or absent) is still drafter's,
        so that a run killed between saving this record and replacing the file leaves no draft
        taken for a clerk's edit. :meth:`replaced` once it is replaced. ``state``: the path's
        :meth:`state`, when the caller has just worked it out."""
        now = self.files.get(path.name, {}).get("sha256") if (state or self.state(path)) == "ours" else None
        self.record(path, sha256, **info, **({"replacing": now} if now else {}))

    def replaced(self, path: Path) -> None:
        """``path`` now has the content :meth:`replacing` recorded."""
        self.files.get(path.name, {}).pop("replacing", None)

    def save(self) -> None:
        """Write the records, those made here over what the file holds now: a draft another
        writer recorded since this was read (a single draft the web app saved into the folder)
        stays recorded."""
        if self.recorded:
            now = self._read()
            if now:
                self.files = {**now, **{name: self.files[name] for name in self.recorded}}
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

# The sheet's columns after the first (the list's 序号, or its row number when it has none); the
# list's other columns follow them, headed as the list heads them.
TRACKING_COLUMNS = ("建议号", "类别", "标题", "领衔代表", "届次", "承办方式", "主办单位", "会办单位", "交办日期",
                    "是否延期", "办理期限", "剩余天数", "答复类型", "引用事实数", "待补充数", "草稿文件", "状态")
# Columns only drafter's tracking workbook has: a list whose header has them all is one (read back by mistake).
TRACKING_ONLY = ("剩余天数", "草稿文件", "引用事实数")
DAYS_LEFT = "{due}{row}-TODAY()"  # 剩余天数: computed by the spreadsheet on the day it is opened


def _row(record, serial_column: bool, *handling) -> list:
    """One row of the sheet: what the list says of the item (a :class:`drafter.batch.BatchItem` or
    :class:`drafter.batch.ListProblem`), as written — the 建议号 as text (0512) — then ``handling``
    (承办 … 状态) and the list's other columns."""
    first = _number_value(record.serial) if serial_column else record.row
    return [first, record.number or None, "提案" if record.proposal else "建议", record.title or None,
            record.deputy or None, record.session or None, *handling, *record.extra]


def _tracking_row(item, serial_column: bool) -> list:
    """A drafted (or skipped, failed) item's row, 剩余天数 left for the formula."""
    return _row(item, serial_column, item.role, item.lead, item.co_handlers, item.assigned,
                "是" if item.extended else "否", item.due, None, item.reply_class, item.facts_used,
                item.placeholders, item.file, item.status_text)


def _problem_row(problem, serial_column: bool) -> list:
    """A row of the list not drafted: why, in 状态."""
    return _row(problem, serial_column, None, None, None, problem.assigned or None, *[None] * 7,
                f"未起草（清单第{problem.row}行有误）：{problem.message}")


def _number_value(text: str | None):
    """A 序号 the list wrote as digits as a number (so it sorts as one), unless that loses a leading 0;
    anything else as is."""
    return int(text) if text and text.isdigit() and not text.startswith("0") else (text or None)


def _display_width(value) -> int:
    if isinstance(value, dt.date):
        return 10
    return display_width("" if value is None else str(value))


def fill_sheet(sheet, header: Iterable[str], rows: list[list], wrap: Iterable[str] = ()) -> None:
    """The header row (bold, shaded, frozen, filtered) and the rows; dates shown as dates; each
    column as wide as its widest cell (within limits); the cells of the columns headed ``wrap``
    wrap their text at that width."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header = list(header)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    wrapped = {header.index(name) for name in wrap}
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            if cell.column - 1 in wrapped:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, title in enumerate(header):
        width = max([_display_width(title)] + [_display_width(r[col]) for r in rows])
        sheet.column_dimensions[get_column_letter(col + 1)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"


def write_tracking_workbook(report, manifest: Manifest, today: dt.date,
                            force: bool = False) -> Path:
    """Write ``跟踪表.xlsx`` into the folder of ``report`` (a :class:`drafter.batch.BatchReport`)
    and return its path.

    Sheet 跟踪表: one row per item in report order (by due date): the list's 序号 (or its row
    number), what the list says of the item (届次, 主办单位 and 会办单位 as written, 是否延期) and
    the list's other columns, the deadline, the draft and its state, then each row not drafted, what it
    says of its item and why (an item assigned is never left off); frozen header, auto filter,
    real dates. 剩余天数 is a formula (办理期限 − TODAY()), so the sheet is right on the day it is
    opened, overdue in red; the 说明 sheet says the day it was made and what was overdue then, for
    a reader that does not compute formulas. Sheet 问题行: the rows that could not be drafted and
    why. A tracking workbook the clerk edited is kept (unless ``force``): the new one goes to
    ``跟踪表(2).xlsx`` (or the next free number).
    """
    import openpyxl
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.properties import CalcProperties

    book = openpyxl.Workbook()
    book.calculation = CalcProperties(fullCalcOnLoad=True)  # Excel and WPS compute it on opening
    sheet = book.active
    sheet.title = "跟踪表"
    header = ["序号" if report.serial_column else "行号", *TRACKING_COLUMNS, *report.extra_columns]
    fill_sheet(sheet, header, [_tracking_row(i, report.serial_column) for i in report.items]
               + [_problem_row(p, report.serial_column) for p in report.problems])
    due, days = (get_column_letter(header.index(name) + 1) for name in ("办理期限", "剩余天数"))
    last = len(report.items) + 1
    for row in range(2, last + 1):
        cell = sheet[f"{days}{row}"]
        cell.value, cell.number_format = "=" + DAYS_LEFT.format(due=due, row=row), "0"
    if report.items:
        sheet.conditional_formatting.add(f"{days}2:{days}{last}", CellIsRule(
            operator="lessThan", formula=["0"], font=Font(color="C00000", bold=True)))
    sheet.column_dimensions[days].width = 10
    issues = book.create_sheet("问题行")
    fill_sheet(issues, ("行号", "原因"), [[p.row, p.message] for p in report.problems])
    overdue = sum(1 for item in report.items if item.days_left < 0)
    notes = book.create_sheet("说明")
    notes.append([f"交办清单：{report.list_path.name}"])
    made = dt.date.today()  # today: the base date of 剩余天数 (batch --today), which may be another day
    counted = "当日" if today == made else f"按基准日 {today.isoformat()} 计"
    notes.append([f"本表生成于 {made.isoformat()}，{counted}已超期 {overdue} 项。剩余天数是公式（办理期限减去当天日期），"
                  f"在 Excel、WPS 中打开时按当天自动计算，负数（红色）为已超期；不计算公式的软件中该列为空，"
                  f"请按办理期限推算"])
    notes.append([f"跟踪表按办理期限排列，期限早的在前（会办、协办件期限短，多排在最前）；"
                  f"要按{header[0]}或建议号排列，点表头的筛选按钮选“升序”"])
    notes.append(["期限：主办3个月、会办/协办1个月、延期最长6个月，遇法定节假日和周末顺延至下一个工作日"])
    for warning in report.warnings:
        notes.append([warning])
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()

    stem, suffix = WORKBOOK_NAME.rsplit(".", 1)
    n = 1
    while True:
        path = report.out_dir / (WORKBOOK_NAME if n == 1 else f"{stem}({n}).{suffix}")
        state = None if force else manifest.state(path)
        if force or state in ("absent", "ours"):
            break
        n += 1
    if n > 1:
        report.warnings.append(f"{report.shown(report.out_dir / WORKBOOK_NAME)}: 跟踪表已被修改，未覆盖；"
                               f"新表另存为 {path.name}")
    manifest.replacing(path, hashlib.sha256(data).hexdigest(), state)
    manifest.save()
    atomic_write(path, data)
    manifest.replaced(path)
    return path
