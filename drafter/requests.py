"""``drafter requests``: the 征求材料清单 — what written drafts still owe, by the unit that must supply it.

A draft keeps what it lacks as yellow placeholders: its gaps (【待补充：…】, a unit's
【待市市场监管局提供：…】) and its flags on figures and work to check (【待更新：…】, 【待核实：…】).
Read back from the .docx as ``drafter check`` reads it (:func:`drafter.docx.read.read_draft`, the
parts recognised by :func:`drafter.check.recognise_parts`), every placeholder still in the body's
text is one :class:`Ask`: a unit's 【待X提供：…】 asks X, a gap of the bureau's naming a unit to consult
(【待补充：…（注明年份；可商请市经信局提供）】) is listed under that unit, as the clerk writes it one 商请函, and every
other one is the bureau itself (its own sections). A placeholder a clerk replaced with words is gone from the text, and so from the sheet;
the letter's frame (发文字号, 联系人…) is no material to ask anyone for (``check`` lists it), nor is a
heading to word once a unit's material is in (【待市公安局提供：小标题】).

Each ask says the suggestion's number (from the draft's title), the part, heading and item it stands
under, what is needed (the placeholder's words; for a flag also drafter's comment on it, the
highlighted figures of its sentence and the paragraph's sources) and the reply's deadline where it
is known: from an assignment list (``list_path``: its 交办日期, 承办方式 and 是否延期,
:func:`drafter.deadlines.due_date`) or from the record ``drafter batch`` keeps beside its drafts
(:class:`drafter.tracking.Manifest`); never guessed. :meth:`RequestsReport.workbook` is the sheet
a clerk forwards: one worksheet per unit.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .compose.marks import full_note
from .compose.suggestion import SUGGESTION_NUMBER, item_name
from .docx.review import open_points, read_note_line, said_notes
from . import grammar as G
from . import reply as R
from .errors import DrafterError
from .lazyre import lazy
from .workspace import Workspace

PROVIDE = "待提供"  # the kind of a unit's 【待X提供：…】
FLAGS = ("待更新", "待核实")  # kinds that flag what the draft says: their comment and figures go with them
ITEM_CHARS = 24  # at most this much of an item's lead phrase names it
_KIND = lazy(r"【(待[^：:】]*)")
_NUMBER = lazy(rf"第\s*({SUGGESTION_NUMBER.pattern})\s*号")
_CONSULT = lazy(r"可商请([^；;，,（）()【】]+?)提供")  # the unit a gap of the bureau's names to consult
_WORDS = lazy(r"\w")


@dataclass
class Ask:
    """One placeholder of a draft: who supplies it (``unit``; ``own`` for the bureau itself), the
    draft and suggestion it belongs to, where it stands and what it asks for."""

    unit: str
    own: bool
    draft: str  # the draft's file, as given
    number: str | None  # the suggestion's (proposal's) number, from the draft's title
    proposal: bool
    due: str | None  # the reply's deadline (YYYY-MM-DD), only where a list or batch record says it
    paragraph: int  # counted as check counts: non-empty paragraphs from 1
    part: str  # 一、基本情况
    heading: str  # （二）建设高能级创新平台 (a separate heading, or an item's inline lead)
    item: str  # 二是大力引建一批高能级平台 (the 一是… item it stands in, its lead phrase)
    placeholder: str  # as it stands: 【待市工业和信息化局提供：企业技术中心方面的工作情况及数据（注明年份）】
    kind: str  # 待补充, 待提供, 待更新, 待核实 (or what a clerk typed: 待确认…)
    need: str  # its words after the colon
    sentence: str = ""  # a flag's sentence (none where it holds nothing but placeholders), or what a part-two item's mark confirms
    figures: list[str] = field(default_factory=list)  # a flag's highlighted figures in that sentence
    note: str = ""  # drafter's comment on a flag
    first_note: str = ""  # the comment a brief one (同前注…) refers back to, explaining its kind in full
    sources: list[str] = field(default_factory=list)  # the flag's paragraph's sources (its comment)
    twin: bool = False  # another draft read with it answers the same item: its file tells them apart
    consult: bool = False  # the bureau's gap naming ``unit`` to consult (可商请…提供): a 商请函 asks it, not the co-handling

    @property
    def suggestion(self) -> str:
        """第1288号建议, 第45号提案 (the file's name when the title names no number, and after the number
        where two drafts read together answer the same item: 第64号建议（64-title.docx）)."""
        if self.number is None:
            return Path(self.draft).name
        said = item_name(self.number, self.proposal)
        return f"{said}（{Path(self.draft).name}）" if self.twin else said

    @property
    def place(self) -> str:
        """Where it stands: 一、基本情况 （二）建设高能级创新平台 二是大力引建一批高能级平台."""
        return " ".join(x for x in (self.part, self.heading, self.item) if x)

    @property
    def asked(self) -> str:
        """What is needed in a line: the placeholder's words, with a flag's figures."""
        text = f"{self.kind}：{self.need}" if self.need else self.kind
        if self.figures:
            text += f"（涉及数字：{'、'.join(self.figures)}）"
        return text

    @property
    def explained(self) -> list[str]:
        """A flag's sentence, drafter's comment and sources, a line each (none for a gap)."""
        return [line for line in (self.sentence and f"原句：{self.sentence}",
                                  self.note and f"批注：{' '.join(self.note.split())}",
                                  self.first_note and f"前注：{' '.join(self.first_note.split())}",
                                  self.sources and f"出处：{'；'.join(self.sources)}") if line]


@dataclass
class DraftRead:
    """A draft read: its number, deadline and how many asks it holds."""

    path: str
    number: str | None
    proposal: bool
    due: str | None
    asks: int


@dataclass
class UnitAsks:
    """The asks of one unit, in the drafts' order and each draft's paragraph order."""

    unit: str
    own: bool
    asks: list[Ask] = field(default_factory=list)


@dataclass
class RequestsReport:
    """What :func:`requests` read: the drafts, the asks by unit (other units first, in the order
    they first appear; the bureau's own last), the drafts that could not be read (one line each,
    naming the file), and ``out``, the workbook written (if asked)."""

    organisation: str
    own_word: str = "本局"  # how a list names the bureau itself: 本 and its self name's word (我委 → 本委)
    drafts: list[DraftRead] = field(default_factory=list)
    units: list[UnitAsks] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    out: Path | None = None

    @property
    def total(self) -> int:
        return sum(len(u.asks) for u in self.units)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict:
        return {
            "organisation": self.organisation,
            "own_word": self.own_word,
            "total": self.total,
            "drafts": [asdict(d) for d in self.drafts],
            "units": [{"unit": u.unit, "own": u.own, "count": len(u.asks),
                       "asks": [{k: v for k, v in asdict(a).items() if k != "twin"} for a in u.asks]}  # (each has its draft)
                      for u in self.units],
            "errors": self.errors,
            "warnings": self.warnings,
            "out": str(self.out) if self.out else None,
        }

    def label(self, unit: UnitAsks) -> str:
        """A unit as the sheet and the list head it: its name, the bureau's with its own word (（本委）), one only consulted
        with （商请）."""
        if unit.own:
            return f"{unit.unit}（{self.own_word}）"
        return f"{unit.unit}（商请）" if all(a.consult for a in unit.asks) else unit.unit

    def workbook(self, today: dt.date | None = None) -> bytes:
        """The .xlsx bytes: sheet 汇总 (a row per unit), one sheet per unit (its asks: number,
        deadline, place, what is needed, comment and sources, draft and paragraph) and 说明 (the
        day it was made, the drafts read and those that could not be)."""
        import openpyxl

        from .tracking import fill_sheet

        today = today or dt.date.today()
        book = openpyxl.Workbook()
        summary = book.active
        summary.title = "汇总"
        names = _sheet_names([self.label(u) for u in self.units])
        fill_sheet(summary, ("单位", "项数", "涉及建议（提案）", "最早办理期限", "工作表"), [
            [self.label(u), len(u.asks), "、".join(dict.fromkeys(a.suggestion for a in u.asks)),
             min((_date(a.due) for a in u.asks if a.due), default=None), name]
            for u, name in zip(self.units, names)])
        for unit, name in zip(self.units, names):
            sheet = book.create_sheet(name)
            fill_sheet(sheet, SHEET_COLUMNS, [
                [n, a.suggestion, _date(a.due), a.place, a.asked, "\n".join(a.explained), a.placeholder,
                 Path(a.draft).name, a.paragraph] for n, a in enumerate(unit.asks, start=1)],
                wrap=("位置", "需提供的材料", "说明"))
        notes = book.create_sheet("说明")
        notes.append([f"征求材料清单：{self.organisation}，{today.isoformat()} 由答复稿中仍在的【待…】标记生成，"
                      f"共 {len(self.drafts)} 份答复稿、{self.total} 项"])
        notes.append([f"【待X提供：…】请X单位提供；注明“可商请X提供”的，向X单位商请提供（标为“商请”）；"
                      f"其余【待补充】【待更新】【待核实】由{self.own_word}有关处室提供或核实。"
                      "办理期限取自交办清单或批量起草的记录，没有记录的留空"])
        for d in self.drafts:
            notes.append([f"{d.path}：{d.asks} 项" + (f"，办理期限 {d.due}" if d.due else "")])
        for line in [*self.errors, *self.warnings]:
            notes.append([line])
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()


SHEET_COLUMNS = ("序号", "建议（提案）", "办理期限", "位置", "需提供的材料", "说明", "答复稿中的标记", "答复稿",
                 "段落")
_SHEET_FORBIDDEN = lazy(r"[\[\]:*?/\\：]")


def _sheet_names(labels: list[str]) -> list[str]:
    """Worksheet names for ``labels``: no character a sheet name may not hold, at most 31
    characters, none twice, none the summary's or the notes'."""
    out: list[str] = []
    for label in labels:
        name = _SHEET_FORBIDDEN.sub("", label)[:31] or "单位"
        base, n = name, 2
        while name in out or name in ("汇总", "说明"):
            name = f"{base[:28]}({n})"
            n += 1
        out.append(name)
    return out


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# ---------------------------------------------------------------------------------------------
# reading the drafts
# ---------------------------------------------------------------------------------------------

class Deadlines:
    """The deadline of a draft's reply, where something says it: the assignment list given (by
    the suggestion's number and kind), else the record of the batch that wrote the draft."""

    def __init__(self, ws: Workspace, list_path: str | Path | None = None):
        self.listed: dict[tuple[str, bool], dt.date] = {}
        self.warnings: list[str] = []
        self._records: dict[Path, dict] = {}
        if list_path is not None:
            from .batch import read_assignment_list
            from .deadlines import WorkCalendar, due_date

            items, _ = read_assignment_list(list_path, ws)
            calendar = WorkCalendar()
            for item in items:
                s = item.suggestion
                self.listed[(s.number, s.proposal)] = due_date(item.assigned, s.role, item.extended, calendar)
            self.warnings = calendar.warnings

    def recorded(self, path: Path) -> dict:
        """What the batch that wrote ``path`` recorded of it (number, row, due), {} when none did."""
        from .tracking import MANIFEST_NAME, Manifest

        folder = path.parent
        if folder not in self._records:
            self._records[folder] = Manifest(folder).files if (folder / MANIFEST_NAME).is_file() else {}
        entry = self._records[folder].get(path.name)
        return entry if isinstance(entry, dict) else {}

    def due(self, number: str | None, proposal: bool, record: dict) -> str | None:
        listed = self.listed.get((number, proposal)) if number else None
        if listed is not None:
            return listed.isoformat()
        due = record.get("due") if str(record.get("number")) == str(number) else None
        return due if isinstance(due, str) else None


def draft_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """The drafts ``paths`` name (a folder: the .docx files directly in it), each once, and a
    line for each path that names none."""
    files: list[Path] = []
    errors: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".docx" and p.is_file()
                           and not p.name.startswith((".", "~$")))
            if not found:
                errors.append(str(DrafterError("文件夹中没有 .docx 答复稿", path)))
            files += found
        else:
            files.append(path)
    seen: set[Path] = set()
    unique = []
    for path in files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, errors


_ITEM_OPENER = lazy(r"^[一二三四五六七八九十]+是")


def read_asks(ws: Workspace, path: Path, deadlines: Deadlines) -> tuple[DraftRead, list[Ask]]:
    """The asks of the draft at ``path``; :class:`DrafterError` (one line naming it) when it is
    missing, no .docx or no draft of drafter's."""
    from .check import BODY_KINDS, flagged_before, highlight_spans, lit_figures, paragraphs_of, recognise_parts
    from .compose.sentences import sentence_spans
    from .docx.read import read_draft

    if not path.exists():
        raise DrafterError("找不到答复稿", path)
    read = read_draft(path)  # (a file of another kind said as such)
    if not any(p.kind or p.fact_ids or p.gaps for p in read):
        raise DrafterError("不是本工具起草的答复稿（没有答复稿的样式和出处记录），读不出待补充项", path)
    paras, _ = paragraphs_of(read)
    kinds = recognise_parts(paras)
    record = deadlines.recorded(path)
    title = "".join(p.text for p in paras if kinds[p.number] == R.TITLE)
    found = _NUMBER.search(title)
    number = found.group(1) if found else (str(record["number"]) if record.get("number") else None)
    proposal = "提案" in title
    due = deadlines.due(number, proposal, record)
    asks: list[Ask] = []
    notes = [note for p in paras for n in _drafters(p.notes) for note in said_notes(n.text)]  # in the draft's order: a brief one's full form
    part = heading = ""
    for p in paras:
        kind = kinds[p.number]
        text = p.text.strip()
        if kind == R.HEADING1:
            part, heading = text, ""
        elif kind == R.HEADING2 or (kind == R.BODY and G.LEVELS[1][1].match(text)):
            heading = _lead(text)
        elif kind == R.BODY and not part and G.LEVELS[2][1].match(text):  # a 会办意见's point: 1.加快…平台建设。一是…
            heading = _lead(text)
        elif kind == R.BODY and not part and text.startswith("下一步"):  # …and its next steps, under no part heading
            heading = _lead(text, "，：")
        for mark, note in open_points(p.notes):  # a section's points asked in a comment on its heading (or a unit's)
            provided = R.PROVIDED.match(mark)
            asks.append(Ask(**_asked_of(ws, mark, provided and provided.group(1)), draft=str(path), number=number,
                            proposal=proposal, due=due, paragraph=p.number, part=part, heading=heading,
                            item=_item(p.text, 0), placeholder=mark, need=_need(mark), note=note[len(mark):]))
        if kind not in BODY_KINDS:
            continue
        holes = [(m.start(), m.end()) for m in R.PLACEHOLDER_RE.finditer(p.text)]
        if not holes:
            continue
        lit = highlight_spans(p)
        sentences = sentence_spans(p.text)
        cited = [n for n in _drafters(p.notes) if n.start == 0 and (n.end is None or n.end >= len(p.text.rstrip()))
                 and (n.start, n.end) not in holes]
        for start, end in holes:
            mark = p.text[start:end]
            if kind == R.HEADING2 and _need(mark) == R.MISSING_HEADING:
                continue  # a heading to word once the material is in (（五）【待市公安局提供：小标题】): no material itself
            provided = R.PROVIDED.match(mark)
            consulted = None if provided else _CONSULT.search(mark)
            said = provided.group(1) if provided else consulted.group(1) if consulted else None
            who = _asked_of(ws, mark, said)
            own = who["own"]
            ask = Ask(**who, draft=str(path), number=number, proposal=proposal, due=due, paragraph=p.number, part=part,
                      heading=heading, item=_item(p.text, start), placeholder=mark, need=_need(mark),
                      consult=bool(consulted) and not own)
            if ask.kind in FLAGS:
                sentence = next((m for m in sentences if m.start() <= start < m.end()), None)
                before = flagged_before(p.text, start, end, lit)  # (…。【待核实：2025年计划，是否仍列入2026年】)
                if before:  # a part-two item's mark after what it asks to confirm: that text
                    ask.sentence = p.text[before[0]:before[1]].strip()
                elif sentence is not None:
                    said_words = _WORDS.search(R.PLACEHOLDER_RE.sub("", sentence.group()))
                    ask.sentence = sentence.group().strip() if said_words else ""
                    ask.figures = [p.text[a:b] for a, b in lit_figures(p.text, holes, lit, sentence.start(),
                                                                        sentence.end())]
                area = _area_unit(ws, ask.sentence) if own else None
                if area:  # (二是2024年，开远市通过…，【待更新：统计期】，带动19000户…: asked of the county, whose figures they are)
                    ask.unit, ask.own = area, False
                ask.note = _note_on(p, start, end, cited, ask.figures)
                ask.first_note = full_note(ask.note, notes) or ""
                ask.sources = [line for n in cited for line in n.text.splitlines()
                               if line.strip() and not read_note_line(line)]
            asks.append(ask)
    return DraftRead(str(path), number, proposal, due, len(asks)), asks


def _area_unit(ws: Workspace, sentence: str) -> str | None:
    """The bureau's counterpart in the one of the workspace's areas (a county of the 州) whose work ``sentence`` tells as its
    subject (二是2024年，开远市通过… → 开远市农业农村局; the area alone where the bureau's name has no place to swap), else None."""
    from .distill.facts import area_subject
    from .distill.places import leading_places

    area = area_subject(_ITEM_OPENER.sub("", sentence), sorted(ws.areas, key=len, reverse=True))
    if not area:
        return None
    own = "".join(leading_places(ws.name))
    return area + ws.name[len(own):] if own else area


def _drafters(notes: list) -> list:
    from .docx.review import AUTHOR

    return [n for n in notes if n.author == AUTHOR]


def _note_on(p, start: int, end: int, cited: list, figures: list[str]) -> str:
    """drafter's note on the placeholder at ``start``–``end`` of ``p``: the narrowest of its other
    comments over it, else (a flag after the figures it flags) one ending where it starts, else
    the line of the paragraph's comment (``cited``) naming it — its ``k``-th for its ``k``-th
    occurrence there — or naming one of the ``figures`` it flags; "" when none says it."""
    others = [n for n in _drafters(p.notes) if n not in cited]

    def width(n) -> int:
        return (len(p.text) if n.end is None else n.end) - n.start

    over = [n for n in others if n.start < end and (n.end is None or n.end > start)]
    before = [n for n in others if n.end == start]
    note = min(over or before, key=width, default=None)
    if note is not None:
        return note.text
    mark = p.text[start:end]
    lines = [read for n in cited for line in n.text.splitlines() for read in [read_note_line(line)] if read]
    naming = [said for marked, said in lines if mark in marked]
    if naming:
        return naming[min(p.text.count(mark, 0, start), len(naming) - 1)]
    return next((said for marked, said in lines if any(f"“{f}”" in marked for f in figures)), "")


def _lead(text: str, stops: str = "。【") -> str:
    """A heading or an item's lead phrase: ``text`` up to the first of ``stops`` (its first full
    stop or placeholder)."""
    cut = min((i for i in map(text.find, stops) if i >= 0), default=len(text))
    return text[:cut].strip().rstrip("，；：,;:")


def _asked_of(ws: Workspace, mark: str, said: str | None) -> dict:
    """Whom a ``mark`` is asked of and its kind, as :class:`Ask`'s fields: the unit it names (``said``: its 【待X提供】's, or the one
    its gap says to consult), the bureau where it names none or names the bureau."""
    own = not said or ws.is_own_unit(said)
    return dict(unit=ws.name if own else said, own=own, kind=PROVIDE if R.PROVIDED.match(mark) else _KIND.match(mark).group(1))


def _item(text: str, at: int) -> str:
    """The 一是… item of ``text`` the position ``at`` stands in: its label and lead phrase. The last of a run of items
    runs as many sentences as the longest before it (a placeholder after its full stop one: 一是…修复。【待补充：具体举措】二是…):
    a sentence past that is the paragraph's own (…三是实效。要求…渠道。明确由【待补充】牵头, hd34a)."""
    from .compose.sentences import split_sentences

    items = []
    for m in G.ITEM.finditer(text):
        if m.start() > at:
            break
        items.append(m)
    if not items:
        return ""
    item = items[-1]
    if len(items) > 1 and not G.ITEM.search(text, at):
        longest = max(len(split_sentences(text[a.start():b.start()])) for a, b in zip(items, items[1:]))
        if len(split_sentences(text[item.start():at + 1])) > longest:  # (the mark's sentence, counted to its 【, past that)
            return ""
    lead = _lead(text[item.start():], "。，；【")
    return lead if len(lead) <= ITEM_CHARS else lead[:ITEM_CHARS - 1] + "…"


def _need(mark: str) -> str:
    """The words of a placeholder after its colon (none in a bare 【待补充】)."""
    inner = mark[1:-1]
    for colon in ("：", ":"):
        if colon in inner:
            return inner.split(colon, 1)[1].strip()
    return ""


def requests(ws: Workspace, paths: Iterable[str | Path], *, list_path: str | Path | None = None,
             progress=None) -> RequestsReport:
    """The asks of the drafts ``paths`` name (files, or folders of .docx), grouped by unit; a draft
    that cannot be read is a line of ``errors`` and the others are still read.
    ``progress(done, total, path)`` after each draft."""
    deadlines = Deadlines(ws, list_path)
    files, errors = draft_files(paths)
    report = RequestsReport(ws.name, ws.own_word, errors=errors, warnings=deadlines.warnings)
    for done, path in enumerate(files, start=1):
        try:
            read, asks = read_asks(ws, path, deadlines)
        except DrafterError as exc:
            report.errors.append(str(exc))
        else:
            report.drafts.append(read)
            for ask in asks:
                _unit(report, ask).asks.append(ask)
        if progress is not None:
            progress(done, len(files), str(path))
    report.units.sort(key=lambda u: u.own)  # stable: the others in their order, the bureau's last
    # the drafts and each unit's asks by deadline, the earliest first (as batch lists them), those of none last;
    # stable: a draft's asks in its order (hd12: a folder was listed by file name, 剩14天 after 剩75天)
    report.drafts.sort(key=lambda d: _by_due(d.due))
    for unit in report.units:
        unit.asks.sort(key=lambda a: _by_due(a.due))
    drafts_of: dict[tuple, set[str]] = {}
    for ask in (a for u in report.units for a in u.asks):
        drafts_of.setdefault((ask.number, ask.proposal), set()).add(ask.draft)
    for ask in (a for u in report.units for a in u.asks):
        ask.twin = ask.number is not None and len(drafts_of[(ask.number, ask.proposal)]) > 1
    return report


def _by_due(due: str | None) -> tuple[bool, str]:
    """A sort key putting a deadline (YYYY-MM-DD) before a later one, and none last."""
    return due is None, due or ""


def _unit(report: RequestsReport, ask: Ask) -> UnitAsks:
    """The group of ``ask``'s unit (another name of a unit already there joins it: 市工信局 and
    市工业和信息化局 are one unit, :func:`drafter.grammar.same_unit`), made when new."""
    for unit in report.units:
        if unit.own == ask.own and (ask.own or G.same_unit(unit.unit, ask.unit)):
            return unit
    report.units.append(UnitAsks(ask.unit, ask.own))
    return report.units[-1]


def check_output(out: Path, force: bool) -> None:
    """An .xlsx path in a folder that exists, not an existing file unless ``force``."""
    if out.suffix.lower() != ".xlsx":
        raise DrafterError("征求材料清单须保存为 .xlsx 文件", out)
    if not out.parent.is_dir():
        raise DrafterError("输出目录不存在", out.parent)
    if out.exists() and not force:
        from .errors import FORCE

        raise DrafterError("文件已存在，未覆盖", out, fix=FORCE)


def write_workbook(report: RequestsReport, out: Path, force: bool, today: dt.date | None = None) -> Path:
    """Write ``report``'s workbook to ``out`` atomically (an existing file only with ``force``)."""
    from .fileio import atomic_write

    check_output(out, force)
    report.out = atomic_write(out, report.workbook(today), overwrite=force)
    return report.out


__all__ = ["Ask", "DraftRead", "RequestsReport", "UnitAsks", "requests"]
