"""Batch drafting from an assignment list (交办清单): one draft per row and a tracking workbook.

Three parts: reading the list (here: ``read_assignment_list`` reads the office's spreadsheet,
.xlsx or .csv in UTF-8/GB18030, finds the header row by its usual Chinese headers and turns each
good row into an :class:`AssignedItem`; each bad row becomes a :class:`ListProblem` with the row
number the spreadsheet shows), drafting (:class:`drafter.pool.DraftingPool`: one fact index for
all rows, worker processes, no shared state) and the files that track it
(:mod:`drafter.tracking`: the manifest of the files drafter wrote and ``跟踪表.xlsx`` with the
deadlines). ``run_batch`` ties them together and never overwrites a draft a clerk edited; it holds
the folder's lock (:func:`drafter.tracking.folder_lock`) from its first look at the folder to its
last write, so two runs into one folder at once (the same list sent twice) run one after the
other, and the second finds the first's drafts recorded as drafter's own. A list holding a number
whose draft in the folder was made for another title (another list of the same file name) is
drafted into a folder of its own, ``<folder>-2`` (-3…), never over the other list's drafts.

Draft file names: ``<number>.docx`` for a suggestion, ``提案-<number>.docx`` for a proposal (the two
number series are separate and may collide). A draft drafter wrote and nobody changed since is
regenerated on a re-run (so it picks up new facts); an edited draft, or a file drafter did not
write, is kept and reported as skipped unless ``force``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .compose.suggestion import (
    NUMBER_FORM, ROLES, SUGGESTION_NUMBER, Suggestion, class_code, draft_file_name, plain_number, split_units,
)
from .deadlines import WorkCalendar, days_left, due_date
from .errors import DrafterError, os_reason
from .fileio import resave_advice
from .lazyre import lazy
from .pool import DraftingPool, Outcome, Task
from .textutil import digit_date
from .tracking import (  # noqa: F401 (MANIFEST_NAME)
    KEPT, MANIFEST_NAME, TRACKING_COLUMNS, TRACKING_ONLY, Manifest, folder_lock, write_tracking_workbook,
)
from .workspace import DEFAULT_CLASSES, Workspace, relative_path

HEADER_SEARCH_ROWS = 20
MAX_LIST_UNPACKED = 64 * 1024 * 1024  # a 交办清单 (.xlsx: a zip) of thousands of rows unpacks to a few MB

# Header → field, matched in full against each normalised alternative of a header cell
# ("建议号/提案号" has two alternatives). The first column that matches a field wins.
HEADER_PATTERNS: dict[str, str] = {
    "serial": r"序号|顺序号|序",
    "number": r"(代表|委员)?(建议|提案|议案|建议提案)?(编号|号码|号|案号)",
    "title": r"(建议|提案|议案)?(标题|题目|名称|案由|主题)",
    "text": r"(建议|提案|议案)?(主要)?(内容|正文|原文|全文)",
    "deputy": r"(领衔)?(代表|委员)(姓名)?|(领衔|提出|提案|建议)(人|者)(姓名)?",
    "session": r"(会议)?(届次|届别)|会议(名称)?",
    "role": r"(承办|办理)(方式|类型|类别|性质|分工)",
    # one column of every unit, each with its role (县农业农村局（主办）；县水利局（会办）), or the bureau's role alone
    "units": r"(主办|牵头)[/、和及]?(会办|协办|配合)(单位|部门)|承办(单位|部门)",
    "lead": r"(主办|牵头)(单位|部门)",
    "co_handlers": r"(会办|协办|配合)(单位|部门)",
    "assigned": r"交办(日期|时间|日)?",
    "kind": r"(建议|提案)?(类别|种类|类型)",
    "reply_class": r"答复(类型|类别|分类|等级)",
    "extended": r"(是否)?延期(办理)?",
}
_NO = ("否", "不", "无", "N", "F", "0")
_NUMBER_LIKE = lazy(r"[A-Za-z0-9\-]{1,20}")
_SERIALS = (32874, 73051)  # Excel day numbers of 1990-01-01 and 2100-01-01: plausible 交办日期


@dataclass
class ListProblem:
    """A row of the list that cannot be drafted: its row number as the spreadsheet shows it, why, and
    what the row says of the item, as written (the tracking workbook still lists it)."""

    row: int
    message: str
    serial: str = ""
    number: str = ""
    proposal: bool = False
    title: str = ""
    deputy: str = ""
    session: str = ""
    assigned: str = ""
    extra: list = field(default_factory=list)

    def line(self, list_path: str | Path) -> str:
        """``交办清单.xlsx:第7行: 日期无法识别：…``."""
        return f"{list_path}:第{self.row}行: {self.message}"


@dataclass
class AssignedItem:
    """A good row of the list: what to answer, when it was assigned, whether it was extended,
    and what else the list says of it (carried over to the tracking workbook)."""

    row: int
    suggestion: Suggestion
    assigned: dt.date
    extended: bool = False
    serial: str = ""  # the list's 序号, as written
    lead: str = ""  # the list's 主办单位 and 会办单位, as written (from one 主办/会办单位 column: by their tags)
    co_handlers: str = ""
    extra: list = field(default_factory=list)  # the list's other columns (_Header.extra), in order
    note: str = ""  # what to verify in the row, though it is drafted (units of which none is the bureau)


@dataclass
class _Header:
    row: int  # sheet row number of the header
    columns: dict[str, int]  # field → 0-based column
    labels: dict[str, str]  # field → header text as written
    extra: list[tuple[int, str]] = field(default_factory=list)  # the other headed columns

    def is_tracking_workbook(self) -> bool:
        """Whether this is the header of drafter's own 跟踪表 (columns no 交办清单 has)."""
        written = {re.sub(r"\s+", "", label) for _, label in self.extra}
        return all(name in written for name in TRACKING_ONLY)


# ---------------------------------------------------------------------------------------------
# Reading the list


def read_assignment_list(path: str | Path, ws: Workspace | None = None
                         ) -> tuple[list[AssignedItem], list[ListProblem]]:
    """Read an assignment list (.xlsx or .csv) into good items and problem rows.

    ``ws`` supplies the class scheme (答复类型 must be one of its codes) and the bureau's own name
    (a 主办单位 naming this bureau implies 主办 when 承办方式 is blank); without it the default
    A/B/C scheme is used. A file that cannot be read at all raises :class:`DrafterError`, and
    so does drafter's own tracking workbook (uploaded by mistake for the list).
    """
    items, problems, _ = _read_list(Path(path), ws)
    return items, problems


def _read_list(path: Path, ws: Workspace | None) -> tuple[list[AssignedItem], list[ListProblem], _Header]:
    """:func:`read_assignment_list`, and the header it read the list by."""
    if path.is_dir():
        raise DrafterError("是文件夹，不是交办清单文件（请给出其中的 .xlsx 或 .csv 文件）", path)
    if not path.is_file():
        raise DrafterError("找不到交办清单文件", path)
    if path.stat().st_size == 0:
        raise DrafterError("文件为空", path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        sheets = _xlsx_sheets(path)
    elif suffix == ".csv":
        sheets = [_csv_rows(path)]
    elif suffix == ".xls":
        raise DrafterError(f"不支持旧版 .xls 格式，{resave_advice(suffix)} 或 .csv", path)
    else:
        raise DrafterError("交办清单应为 .xlsx 或 .csv 文件", path)
    for rows in sheets:
        header = _find_header(rows)
        if header is not None:
            if header.is_tracking_workbook():
                raise DrafterError("这是起草生成的跟踪表，不是交办清单（请上传交办的清单原表）", path)
            if "assigned" not in header.columns:  # one error for the list, not one per row
                raise DrafterError(f"第{header.row}行表头缺少“交办日期”列，无法计算办理期限", path)
            return (*_parse_rows(rows, header, ws, path.parent), header)
    raise DrafterError(
        f"找不到表头：前{HEADER_SEARCH_ROWS}行中没有同时含“建议号（或提案号、编号）”和“标题（或案由）”的行",
        path,
    )


def _xlsx_sheets(path: Path) -> Iterator[list[tuple]]:
    """The rows of each sheet in turn (read only when the caller asks for the sheet)."""
    from zipfile import BadZipFile

    import openpyxl

    from .read.archive import refuse_zip_bomb

    refuse_zip_bomb(path, MAX_LIST_UNPACKED)
    from .read.docx import OLE_MAGIC

    with open(path, "rb") as fh:
        if fh.read(len(OLE_MAGIC)) == OLE_MAGIC:  # Office's own container: a password, or an .xls renamed
            raise DrafterError("无法读取 Excel 文件：工作簿设有密码，或是改了扩展名的旧版 .xls；"
                               "请在 Excel/WPS 中取消密码或另存为 .xlsx", path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError):  # openpyxl's English (File is not a zip file)
        raise DrafterError("无法读取 Excel 文件：不是有效的 .xlsx（不是 zip 文件、缺少工作簿的组成部分，或已损坏）",
                           path) from None
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # some writers record a wrong size; read what is there
            yield list(sheet.iter_rows(min_row=1, values_only=True))
    finally:
        book.close()


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DrafterError(f"无法读取：{os_reason(exc)}", path) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DrafterError("无法识别文件编码（应为 UTF-8 或 GB18030）", path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    try:  # strict: an unpaired quote is said, not left to swallow the rows after it into one cell
        for row in csv.reader(io.StringIO(text, newline=""), dialect, strict=True):
            rows.append(row)
    except csv.Error as exc:
        why = next((said for words, said in CSV_PROBLEMS if words in str(exc)), "格式不对，无法读取")
        raise DrafterError(f"第{len(rows) + 1}行：{why}", path) from None
    return rows


# What the csv module's complaints mean (its English words → what to fix), for a list's one line.
CSV_PROBLEMS = (
    ("unexpected end of data", "引号没有配对：从这一行的 \" 起直到文件末尾都没有结束的引号"),
    ("expected after", "引号后面应是分隔符（单元格中的引号请写成两个 \"\"）"),
    ("field larger than field limit", f"单元格内容过长（超过 {csv.field_size_limit()} 个字符）"),
    ("NUL", "含空字符（NUL），文件可能已损坏"),
)


def _header_alternatives(cell) -> list[str]:
    """A header cell's names: itself (主办/会办单位 names one column), then each of its alternatives (建议号/提案号)."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(cell))).strip("*:：")
    bare = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", text) or text
    parts = [a for a in re.split(r"[/、|]", bare) if a]
    return [bare, *parts] if len(parts) > 1 else parts


def _find_header(rows: list) -> _Header | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        labels: dict[str, str] = {}
        extra: list[tuple[int, str]] = []
        for col, cell in enumerate(row or ()):
            if cell is None or str(cell).strip() == "":
                continue
            for alt in _header_alternatives(cell):
                name = next((f for f, p in HEADER_PATTERNS.items() if re.fullmatch(p, alt)), None)
                if name and name not in columns:
                    columns[name] = col
                    labels[name] = str(cell).strip()
                    break
            else:
                extra.append((col, str(cell).strip()))
        if "number" in columns and "title" in columns:
            return _Header(index + 1, columns, labels, extra)
    return None


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    return str(value).replace("\u3000", " ").strip()


def _parse_rows(rows: list, header: _Header, ws: Workspace | None, folder: Path | None = None
                ) -> tuple[list[AssignedItem], list[ListProblem]]:
    items: list[AssignedItem] = []
    problems: list[ListProblem] = []
    seen: dict[tuple[bool, str], int] = {}
    classes = ws.classes if ws else DEFAULT_CLASSES

    def own(unit: str) -> bool:
        return ws is not None and ws.is_own_unit(unit)

    for index in range(header.row, len(rows)):
        row_number = index + 1
        raw = rows[index] or ()

        def get(name: str, raw=raw):
            col = header.columns.get(name)
            return raw[col] if col is not None and col < len(raw) else None

        filled = [c for c in raw if _cell_text(c)]
        if not filled:
            continue
        number, title = _number(get("number")), _cell_text(get("title"))
        if len(filled) == 1 and not title and not _NUMBER_LIKE.fullmatch(number):
            continue  # a note under the table (注：…, 合计…), not an item
        reasons: list[str] = []
        proposal = _is_proposal(get("kind"), header, _cell_text(get("session")))
        number_word = "提案号" if proposal else "建议号"
        if not number:
            reasons.append(f"缺少{number_word}")
        elif not SUGGESTION_NUMBER.fullmatch(number):  # as drafter draft says: no file named ../x or 三
            reasons.append(f"{number_word}应为{NUMBER_FORM}，而不是“{_cell_text(get('number'))}”")
        elif (proposal, number) in seen:
            reasons.append(f"{number_word} {number} 与第{seen[(proposal, number)]}行重复")
        if not title:
            reasons.append("缺少标题")
        lead_units, co_units, own_role = _roles_of(_cell_text(get("units")))
        lead_units += _units(get("lead"))
        co_units += _units(get("co_handlers"))
        role = _role(_cell_text(get("role")) or own_role, lead_units, co_units, header, ws, reasons)
        lead = next((u for u in lead_units if not own(u)), None)
        if role in ("会办", "协办") and lead is None:
            reasons.append(f"{role}事项缺少主办单位（{role}意见须报送主办单位）")
        assigned = _date(get("assigned"), reasons)
        units = lead_units + co_units  # the bureau's part said by none of them, nor by a role of its own (会办)
        note = (f"清单所列承办单位（{'、'.join(units)}）中没有{ws.own_word}，请核对单位名称是否有误"
                if ws and units and not (_cell_text(get("role")) or own_role) and not any(own(u) for u in units) else "")
        reply_class = _reply_class(_cell_text(get("reply_class")), classes, reasons)
        text = suggestion_text(_cell_text(get("text")), folder or Path.cwd(), reasons)
        if not _cell_text(get("text")) and folder is not None and SUGGESTION_NUMBER.fullmatch(number):  # (a file of its number)
            text, beside = text_beside(folder, number, reasons)
            note = "；".join(filter(None, (note, beside)))
        extra = [_carried(raw[col] if col < len(raw) else None) for col, _ in header.extra]  # the list's other columns, in order
        if reasons:
            problems.append(ListProblem(
                row_number, "；".join(reasons + [note] if note else reasons), _number(get("serial")), number, proposal, title,
                _cell_text(get("deputy")), _cell_text(get("session")), _cell_text(get("assigned")), extra))
            continue
        seen[(proposal, number)] = row_number
        suggestion = Suggestion(
            number=number,
            title=title,
            deputy=_cell_text(get("deputy")) or None,
            session=_cell_text(get("session")) or None,
            reply_class=reply_class,
            role=role,
            lead=lead if role != "主办" else None,
            co_handlers=[u for u in co_units if not own(u)],
            proposal=proposal,
            text=text,
        )
        items.append(AssignedItem(
            row_number, suggestion, assigned, _extended(get("extended")), _number(get("serial")),
            _cell_text(get("lead")) or "、".join(lead_units), _cell_text(get("co_handlers")) or "、".join(co_units),
            extra, note))
    return items, problems


_TEXT_FILE = lazy(r"[^\n]{1,240}\.(?:txt|md|docx|pdf)", re.IGNORECASE)
# A row's text beside the list by its number alone: never a .docx (0023.docx is how drafter names the row's draft:
# examples/1288.docx beside the demo list is one).
BESIDE_SUFFIXES = (".txt", ".pdf", ".md")
TEXT_FILE_UNREADABLE = "建议内容文件无法读取"


def suggestion_text(value: str, folder: Path, reasons: list[str]) -> str | None:
    """The 建议内容 cell: the suggestion's text itself, or the name of a .txt/.docx/.pdf file
    holding it (relative to the list's folder); a file that cannot be read is a row problem."""
    if not value:
        return None
    if not _TEXT_FILE.fullmatch(value.strip()):
        return value
    from .compose.asks import read_suggestion_text

    path = folder / value.strip()
    try:
        return read_suggestion_text(path)
    except DrafterError as exc:  # the file named as the cell names it, not by the list's folder
        reasons.append(f"{TEXT_FILE_UNREADABLE}：{value.strip()}：{exc.message}")
        return None


def text_beside(folder: Path, number: str, reasons: list[str]) -> tuple[str | None, str]:
    """A row with no 建议内容: the text of the file beside the list named by its number (0023.txt, .pdf or .md) and
    the note saying it was taken; (None, "") when there is none."""
    name = next((f"{number}{suffix}" for suffix in BESIDE_SUFFIXES if (folder / f"{number}{suffix}").is_file()), None)
    text = suggestion_text(name, folder, reasons) if name else None
    return text, f"建议原文取自清单旁的 {name}" if text else ""


def _carried_label(label: str) -> str:
    """A column of the list the tracking workbook carries over, headed as the list heads it, or
    清单·<header> where drafter's own columns have that name (the list's own 办理期限, 状态)."""
    return f"清单·{label}" if label in (*TRACKING_COLUMNS, "序号", "行号") else label


def _carried(value):
    """A cell of a column drafter does not read, as the tracking workbook carries it over."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    if isinstance(value, (int, float, dt.date, dt.datetime)) and not isinstance(value, bool):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    return _cell_text(value) or None


def _number(value) -> str:
    return plain_number(_cell_text(value))


def _is_proposal(kind_value, header: _Header, session: str) -> bool:
    kind = _cell_text(kind_value)
    if "提案" in kind:
        return True
    if "建议" in kind or "议案" in kind:
        return False
    number_label = header.labels["number"]
    if "提案" in number_label and "建议" not in number_label:
        return True
    return "政协" in session


def _units(value) -> list[str]:
    return split_units(_cell_text(value))


_ROLE_TAG = lazy(r"[(（](主办|牵头|会办|协办|配合)[)）]$")


def _roles_of(cell: str) -> tuple[list[str], list[str], str]:
    """A 主办/会办单位 cell as (lead units, other units, the bureau's role when the cell is that alone): each
    unit by its tag (县农业农村局（主办）；县水利局（会办）), untagged ones the first the lead and the rest
    co-handlers; a cell of a role word alone (主办, 会办) is the bureau's role."""
    text = unicodedata.normalize("NFKC", cell).strip()
    if re.fullmatch(r"主办|牵头|会办|协办|配合", text):
        return [], [], text
    lead, co = [], []
    for unit in split_units(text):
        tag = _ROLE_TAG.search(unit)
        name = unit[:tag.start()].strip() if tag else unit
        if tag:
            (lead if tag.group(1) in ("主办", "牵头") else co).append(name)
        else:
            (co if lead or co else lead).append(name)
    return lead, co, ""


def _role(value: str, lead_units: list[str], co_units: list[str], header: _Header,
          ws: Workspace | None, reasons: list[str]) -> str | None:
    if value:
        text = unicodedata.normalize("NFKC", value)
        found = {role for role, pattern in (("主办", "主办|牵头"), ("会办", "会办"), ("协办", "协办|配合"))
                 if re.search(pattern, text)}
        if len(found) == 1:
            return found.pop()
        reasons.append(f"承办方式无法识别：「{value}」（应为{'、'.join(ROLES[:-1])}或{ROLES[-1]}）")
        return None
    if ws and any(ws.is_own_unit(u) for u in co_units) and not any(
            ws.is_own_unit(u) for u in lead_units):
        label = header.labels.get("co_handlers", "")
        return "协办" if "协办" in label and "会办" not in label else "会办"
    return "主办"


def _date(value, reasons: list[str]) -> dt.date | None:
    """The 交办日期 cell as a date: a date cell, an Excel serial, or text a clerk writes
    (2026-03-01, 2026年3月1日); a year far from today's, as a reply's date is refused (a mistyped
    2099 would make a deadline no one meets, its 剩余天数 in the tens of thousands), is a row problem."""
    from .draft import DATE_YEARS_AHEAD, DATE_YEARS_BACK

    text = unicodedata.normalize("NFKC", _cell_text(value))
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and _SERIALS[0] <= value < _SERIALS[1]:
        from openpyxl.utils.datetime import from_excel  # an Excel serial not formatted as a date

        day = from_excel(value).date()
    elif not text:
        reasons.append("缺少交办日期")
        return None
    else:
        day, fault = digit_date(text)
        if day is None:
            reasons.append(f"交办日期「{text}」有误：{fault}" if fault
                           else f"交办日期无法识别：「{text}」（应为年月日，如 2026-03-01 或 2026年3月1日）")
            return None
    year = dt.date.today().year
    low, high = year - DATE_YEARS_BACK, year + DATE_YEARS_AHEAD
    if not low <= day.year <= high:
        reasons.append(f"交办日期「{day.isoformat()}」不在合理范围内（应在{low}年至{high}年之间），请核对年份")
        return None
    return day


def _reply_class(value: str, classes: dict[str, str], reasons: list[str]) -> str | None:
    if not value:
        return None
    code = class_code(value, classes)
    if code is not None:
        return code
    reasons.append(f"答复类型无法识别：「{value}」（工作区分类为{'、'.join(classes)}）")
    return None


def _extended(value) -> bool:
    if isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", _cell_text(value)).upper()
    return bool(text) and not text.startswith(_NO)


# ---------------------------------------------------------------------------------------------
# Running the batch


DRAFTED, SKIPPED, FAILED = "drafted", "skipped", "failed"


@dataclass
class BatchItem:
    """The outcome for one item of the list: its deadline and what happened to its draft."""

    row: int
    number: str
    proposal: bool
    title: str
    deputy: str | None
    role: str
    assigned: dt.date
    due: dt.date
    days_left: int
    reply_class: str | None
    file: str
    status: str  # drafted | skipped | failed
    message: str = ""
    facts_used: int | None = None
    placeholders: int | None = None
    warnings: list[str] = field(default_factory=list)
    answered: str | None = None  # the base's reply to this very item: drafting it again may be a mistake
    serial: str = ""  # the list's 序号 (AssignedItem's, as the other fields below)
    session: str | None = None
    lead: str = ""
    co_handlers: str = ""
    extended: bool = False
    extra: list = field(default_factory=list)
    note: str = ""  # AssignedItem's

    @property
    def status_word(self) -> str:
        return {DRAFTED: "已起草", SKIPPED: "未覆盖", FAILED: "失败"}[self.status]

    @property
    def status_text(self) -> str:
        return "；".join(filter(None, (self.status_word + (f"：{self.message}" if self.message else ""), self.note)))

    @property
    def place(self) -> str:
        """Where the item is in the list, as the clerk finds it: its 序号, else its row number."""
        return f"序号{self.serial}" if self.serial else f"第{self.row}行"


@dataclass
class BatchReport:
    """What ``run_batch`` did: items (sorted by due date), problem rows, files written."""

    list_path: Path
    out_dir: Path
    items: list[BatchItem]
    problems: list[ListProblem]
    workbook: Path | None = None
    warnings: list[str] = field(default_factory=list)
    serial_column: bool = False  # the list has a 序号 column
    extra_columns: list[str] = field(default_factory=list)  # its columns drafter does not read
    root: Path | None = None  # the workspace: messages name files relative to it

    def shown(self, path: Path) -> str:
        """``path`` as messages name it: relative to the workspace, else as given."""
        return relative_path(path, self.root)

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def complete(self) -> bool:
        """True when every row of the list has a draft (edited drafts kept count as drafted)."""
        return not self.problems and not self.count(FAILED)

    def to_dict(self) -> dict:
        return {
            "list": str(self.list_path),
            "out_dir": str(self.out_dir),
            "workbook": str(self.workbook) if self.workbook else None,
            "drafted": self.count(DRAFTED),
            "skipped": self.count(SKIPPED),
            "failed": self.count(FAILED),
            "items": [asdict(item) for item in self.items],
            "problems": [{"row": p.row, "message": p.message} for p in self.problems],
            "warnings": self.warnings,
            "serial_column": self.serial_column,
            "extra_columns": self.extra_columns,
        }


LISTED_SHOWN = 3  # drafts a warning names before it says 等
APART = "：两份清单请用不同的文件名，或分别指定草稿目录"


def run_batch(ws: Workspace, list_path: str | Path, out_dir: str | Path | None = None,
              force: bool = False, today: dt.date | None = None,
              progress: Callable[[int, int, AssignedItem], None] | None = None,
              jobs: int | None = None, waiting: Callable[[str], None] | None = None,
              date: dt.date | None = None) -> BatchReport:
    """Draft every good row of ``list_path`` into ``out_dir`` and write the tracking workbook.

    ``out_dir`` defaults to ``ws.drafts_dir / <list stem>`` (``<folder>-2``… when it holds another list's drafts of other titles). The fact index and the templates
    are loaded once for all rows. Edited drafts (and files drafter did not write) are kept unless
    ``force``; an item whose drafting fails is reported and the batch goes on.
    ``progress(done, total, item)`` is called after each item. ``jobs`` drafting processes work
    in parallel (default: one per CPU core, where the system can fork; 1 drafts in this process);
    the drafts do not depend on it. One batch at a time writes a folder: while another is writing
    ``out_dir`` (in this process or another), ``waiting(folder)`` is called once (the folder named
    relative to the workspace) and this one waits.
    ``today`` is the base date of 剩余天数 alone (default: today). ``date`` is every draft's 成文日期, as
    draft's, the facts chosen as of it; without it each item is drafted as of today, or of its deadline
    once that is past (a list of a past year).
    """
    list_path = Path(list_path)
    today = today or dt.date.today()
    items, problems, header = _read_list(list_path, ws)
    out = Path(out_dir) if out_dir is not None else ws.drafts_dir / list_path.stem
    if not out.parent.is_dir() and out.parent.resolve() != ws.drafts_dir.resolve():
        # as drafter draft -o: a typo must not create a chain of folders (/nonexistent/a/b was made)
        raise DrafterError("草稿目录的上级目录不存在", out.parent)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DrafterError(f"无法创建草稿目录：{os_reason(exc)}", out) from None
    report = BatchReport(list_path, out, [], problems, root=ws.root,
                         serial_column="serial" in header.columns,
                         extra_columns=[_carried_label(label) for _, label in header.extra])
    first = out
    while True:  # a folder holding another list's drafts of this list's numbers: the next one, out-2, out-3…
        with folder_lock(out, waiting and (lambda out=out: waiting(report.shown(out)))):
            manifest = Manifest(out, report.shown(out))  # read once for the folder, under its lock
            clash = _other_titles(manifest, out, items)
            if not clash:
                report.out_dir = out
                _run_locked(ws, items, report, manifest, force, today, date, progress, jobs)
                break
        out = first.with_name(f"{first.name}-{_folder_number(out) + 1}")
        out.mkdir(exist_ok=True)
        report.warnings.append(f"{report.shown(first)} 中的{_names(clash)}是另一标题的草稿（另一份同名清单），"
                               f"未覆盖；本清单的草稿写入 {report.shown(out)}{APART}")
    return report


def _folder_number(out: Path) -> int:
    """1 for drafts/交办清单, n for drafts/交办清单-n (the folders :func:`run_batch` goes on to)."""
    return int(out.name.rsplit("-", 1)[1]) if re.search(r"-\d+$", out.name) else 1


def _other_titles(manifest: Manifest, out: Path, items: list[AssignedItem]) -> list[str]:
    """The drafts in ``out`` of this list's file names that were made for another title: another
    list's (two lists of one file name share drafts/<name>/ by default), never to be replaced."""
    def bare(title) -> str:
        return re.sub(r"\s+", "", str(title))

    titles = {draft_file_name(item.suggestion): bare(item.suggestion.title) for item in items}
    return sorted(f for f, entry in manifest.files.items()
                  if f in titles and "title" in entry and bare(entry["title"]) != titles[f] and (out / f).is_file())


def _names(files: list[str]) -> str:
    """Files a warning names: the first few, then 等."""
    return "、".join(files[:LISTED_SHOWN]) + ("等" if len(files) > LISTED_SHOWN else "")


PLACE_EVERY_SECONDS = 1.0  # how often the drafts made meanwhile are recorded and put in place
STAGED = ".{}.drafting"  # a draft made, not yet in place (hidden: not zipped, not downloadable)


def _run_locked(ws: Workspace, items: list[AssignedItem], report: BatchReport, manifest: Manifest, force: bool,
                today: dt.date, date: dt.date | None, progress, jobs: int | None) -> None:
    """:func:`run_batch` once it holds the folder's lock and has read its ``manifest``: fills ``report``.

    Each draft is written beside its place, under a hidden name, and put in place (renamed over
    the old one) only once the record of it is saved, the old one's hash kept in the record
    until then (:meth:`Manifest.replacing`): a run killed at any moment leaves every draft it
    wrote recorded as drafter's. Drafts are put in place together, every second or so (one save
    of the record for all of them), and each only when the file in its place is still drafter's
    own or absent (a clerk who saved a draft during the run keeps it)."""
    import time

    from .facts.index import FactIndex

    out = report.out_dir
    for left in out.glob(STAGED.format("*")):  # by a killed run: never put in place
        left.unlink(missing_ok=True)
    work_calendar = WorkCalendar()
    now = dt.date.today()
    todo: dict[Task, tuple[AssignedItem, BatchItem]] = {}
    for item in items:
        s = item.suggestion
        if date:
            s.date = date
        due = due_date(item.assigned, s.role, item.extended, work_calendar)
        result = BatchItem(
            row=item.row, number=s.number, proposal=s.proposal, title=s.title,
            deputy=s.deputy, role=s.role, assigned=item.assigned, due=due,
            days_left=days_left(due, today), reply_class=s.reply_class,
            file=draft_file_name(s), status=DRAFTED, serial=item.serial, session=s.session,
            lead=item.lead, co_handlers=item.co_handlers, extended=item.extended, extra=item.extra,
            note="；".join(filter(None, (item.note, early_date(date, item.assigned)))))
        report.items.append(result)
        target = out / result.file
        why = manifest.kept(target)
        if why and not force:
            result.status, result.message = SKIPPED, f"同名文件{why}，未覆盖"
        else:
            # a list of a past year (its deadline gone by) is drafted as of each item's deadline: the facts then known
            todo[Task(s, out / STAGED.format(result.file), True, today=date or min(due, now))] = item, result
    others = _other_lists(manifest, out, report.items)
    staged: list[tuple[BatchItem, AssignedItem, Outcome]] = []
    try:
        done = len(report.items) - len(todo)
        if todo:
            pool = DraftingPool(ws, FactIndex.load(ws), now, jobs)
            placed = time.monotonic()
            for task, outcome in pool.run(todo):
                item, result = todo[task]
                if _outcome(result, outcome, report):
                    staged.append((result, item, outcome))
                done += 1
                if time.monotonic() - placed > PLACE_EVERY_SECONDS:
                    _place(staged, manifest, force)
                    placed = time.monotonic()
                if progress:
                    progress(done, len(items), item)
        _place(staged, manifest, force)
        report.items.sort(key=lambda r: (r.due, r.proposal, _number_key(r.number)))
        report.warnings += manifest.warnings + others + work_calendar.warnings
        report.workbook = write_tracking_workbook(report, manifest, today, force)
    finally:
        for _, _, outcome in staged:  # not put in place (an error above)
            Path(outcome.path).unlink(missing_ok=True)
        if manifest.recorded:
            manifest.save()


def early_date(date: dt.date | None, assigned: dt.date) -> str:
    """What to say of a reply dated (成文日期) before its item was assigned (交办): a date mistyped,
    or a list of another year; "" when it is not."""
    if date is None or date >= assigned:
        return ""
    return f"成文日期{date.isoformat()}早于交办日期{assigned.isoformat()}，请核对成文日期"


def _other_lists(manifest: Manifest, out: Path, items: list) -> list[str]:
    """Drafts of numbers this list does not hold in its folder (another list's, or rows since
    taken out), which its 跟踪表 will not show."""
    ours = {i.file for i in items}
    absent = sorted(f for f, entry in manifest.files.items()
                    if "number" in entry and f not in ours and (out / f).is_file())
    return [f"草稿目录中另有{len(absent)}份草稿不在本清单中（{_names(absent)}），跟踪表未列出{APART}"] if absent else []


def _place(staged: list, manifest: Manifest, force: bool) -> None:
    """Put the drafts made (``staged``: emptied) in place: recorded, the record saved, renamed."""
    ready = []
    for result, item, outcome in staged:
        target = Path(outcome.path).parent / result.file
        state = manifest.state(target)
        why = KEPT.get(state)
        if why and not force:  # saved by a clerk while this run drafted it
            Path(outcome.path).unlink(missing_ok=True)
            result.status, result.message = SKIPPED, f"同名文件{why}，未覆盖"
            continue
        manifest.replacing(target, outcome.sha256, state, number=item.suggestion.number, row=item.row,
                           title=item.suggestion.title,  # to tell another list's draft of that number
                           due=result.due.isoformat())  # the reply's deadline, for drafter requests
        ready.append((result, Path(outcome.path), target))
    staged.clear()
    if not ready:
        return
    manifest.save()
    for result, made, target in ready:
        try:
            os.replace(made, target)
        except OSError as exc:  # a folder of that name, a file held open on Windows
            made.unlink(missing_ok=True)
            result.status, result.message = FAILED, f"{result.file}: 无法写入：{os_reason(exc)}"
            continue
        manifest.replaced(target)


def _outcome(result: BatchItem, outcome: Outcome, report: BatchReport) -> bool:
    """Fill ``result`` from drafting's ``outcome``; whether a draft was made."""
    if outcome.error is not None:
        result.status, result.message = FAILED, outcome.error
        if report.root is not None:  # a file of the workspace (a draft, a template) by its place in it
            for root in {str(report.root), str(Path(report.root).resolve())}:
                result.message = result.message.replace(root + os.sep, "")
        return False
    result.reply_class = outcome.reply_class or result.reply_class
    result.facts_used = outcome.facts_used
    result.placeholders = outcome.placeholders
    result.warnings = outcome.warnings
    result.answered = outcome.answered
    return True


def _number_key(number: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", number))


