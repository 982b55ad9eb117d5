"""The composed reply: an ordered list of typed blocks, shared by the writer, ``--json`` and check.

Composing produces a :class:`Reply`; the .docx writer maps each block kind to a paragraph style
of ``templates/reference.docx``; ``drafter check`` reads a .docx back into the same kinds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace

from .lazyre import lazy
from .model import PARTS
from .textutil import CLAUSE_BREAK

# Block kinds, in the order they stand in a reply.
LETTERHEAD = "letterhead"  # 发文机关标志: 泉州市科学技术局
DOC_NUMBER = "doc_number"  # 泉科函〔2026〕102号 (or a placeholder)
CLASS_MARK = "class_mark"  # 答复类型：A类
TITLE = "title"  # 关于市十七届人大五次会议第1288号建议的答复
ADDRESSEE = "addressee"  # 林永红代表：
OPENING = "opening"  # 您提出的《…》收悉…现将有关情况答复如下：
HEADING1 = "heading1"  # 一、基本情况
HEADING2 = "heading2"  # （一）加强智能制造产业科技研发 (a heading on its own line)
BODY = "body"  # a paragraph of text, possibly with 一是…二是… items and an inline heading
CLOSING = "closing"  # 再次感谢您…
SIGNATURE = "signature"  # 领导署名：史思泉
CONTACT = "contact"  # 联系人：谢惠阳 / 联系电话：0595-22579329
ISSUER = "issuer"  # 泉州市科学技术局 (unit name above the date)
DATE = "date"  # 2026年5月20日
NOTE = "note"  # 附注: （此件主动公开）
CC = "cc"  # 抄送：市人大常委会代表工委…。

BLOCK_KINDS = (
    LETTERHEAD, DOC_NUMBER, CLASS_MARK, TITLE, ADDRESSEE, OPENING, HEADING1, HEADING2, BODY,
    CLOSING, SIGNATURE, CONTACT, ISSUER, DATE, NOTE, CC,
)

# Span kinds.
TEXT = "text"
PLACEHOLDER = "placeholder"  # 【待补充：…】, highlighted yellow
STALE = "stale"  # a figure older than the freshness window, highlighted in another colour
LEAD = "lead"  # an inline heading at the start of a body paragraph: （一）加强…。

PLACEHOLDER_OPEN, PLACEHOLDER_CLOSE = "【待补充：", "】"


# A placeholder in text: 【待补充：…】 (also a bare 【待补充】 a clerk may type).
PLACEHOLDER_RE = lazy(r"【待[^】]*】")


def noted(span: Span, *notes: str | None) -> Span:
    """``span`` commented with ``notes`` in this order (its own note among them where it goes), the empty ones left out."""
    return replace(span, note="\n".join(filter(None, notes)))


def owed_mark(note: str | None) -> str | None:
    """The placeholder a comment opens on (what a section still owes, asked in a comment on its heading rather than
    in an item of its own: 【待补充：建议所提…方面的工作情况】…), or None."""
    found = PLACEHOLDER_RE.match(note) if note else None
    return found.group() if found else None


def placeholder_text(what: str) -> str:
    """The visible text of a gap: ``【待补充：what】``."""
    return f"{PLACEHOLDER_OPEN}{what}{PLACEHOLDER_CLOSE}"


def provided_by(unit: str | None, what: str) -> str:
    """A gap another unit fills: ``【待市市场监管局提供：what】``; the bureau's own (:func:`placeholder_text`) when no unit."""
    return f"【待{unit}提供：{what}{PLACEHOLDER_CLOSE}" if unit else placeholder_text(what)


# The opening of a gap another unit fills (:func:`provided_by`, as a template may write it too),
# read back: group 1 the unit asked (【待市市场监管局提供：…】).
PROVIDED = lazy(r"【待([^：:】]+?)提供[：:]")


def is_gap(placeholder: str) -> bool:
    """A placeholder standing for words still to write (【待补充：…】, a unit's 【待…提供：…】), not a
    flag to clear once checked (【待更新：…】, 【待核实：…】)."""
    return placeholder.startswith(PLACEHOLDER_OPEN) or bool(PROVIDED.match(placeholder))


VERIFY_OPEN = "【待核实："  # a mark asking to confirm what the draft says


def to_verify(what: str) -> str:
    """A mark asking the clerk to confirm something the draft says: ``【待核实：what】``."""
    return f"{VERIFY_OPEN}{what}{PLACEHOLDER_CLOSE}"


UPDATE_OPEN = "【待更新："  # a sentence's figures want a newer value: no gap in what was done


# The flag after a one act's sum (安排中央资金总计2110万元): no yearly value to update, only whether more came since.
LATEST_UPDATE = f"{UPDATE_OPEN}是否有新的安排或进展{PLACEHOLDER_CLOSE}"
# The flag after a count since a date (自2019年8月以来…查处案件32件): its newest total, no year's value.
RUNNING_UPDATE = f"{UPDATE_OPEN}最新累计数{PLACEHOLDER_CLOSE}"


def update_text(year: int) -> str:
    """The visible flag after the clause holding a sentence's figures older than ``year`` (the
    last full year before the draft's), or only as of a date inside it: ``【待更新：2025年全年数据】``."""
    return f"{UPDATE_OPEN}{year}年全年数据{PLACEHOLDER_CLOSE}"


def plan_mark(year: int, reply_year: int) -> str:
    """The flag ending a part-two item taken from the plan of ``year``, a year before the reply's
    ``reply_year``: ``【待核实：2025年计划，是否仍列入2026年】`` (the item as a whole, to confirm for
    this year or delete)."""
    return to_verify(f"{year}年计划，是否仍列入{reply_year}年")


def running_mark(year: int) -> str:
    """The flag ending a part-two item offering an older plan's target not yet reached, made in ``year``:
    ``【待核实：2022年确定的目标，是否仍执行】``."""
    return to_verify(f"{year}年确定的目标，是否仍执行")


def carry_on_mark(reply_year: int) -> str:
    """The flag ending a part-two item that carries on what part one reports (a policy still in
    force, a model of work) where the base holds no plan: ``【待核实：是否列入2026年计划】``."""
    return to_verify(f"是否列入{reply_year}年计划")


ASKED = "按建议所提拟写"  # a part-two item's measures taken from the suggestion's own words


def asked_mark(reply_year: int) -> str:
    """The flag ending a part-two item whose measures are the suggestion's own (the base holding
    no plan of ``reply_year`` there): ``【待核实：按建议所提拟写，是否列入2026年计划】``."""
    return to_verify(f"{ASKED}，是否列入{reply_year}年计划")


# A paragraph holding a plan's mark is an earlier plan offered again (or part one's work carried on),
# flagged as a whole: :func:`plan_mark`, :func:`carry_on_mark`, :func:`asked_mark`, and the mark drafts
# written before them carry (【待更新：取自2025年计划】).
PLAN_MARK_RE = lazy(rf"【待核实：(?:\d{{4}}年计划，是否仍|(?:{ASKED}，)?是否)列入\d{{4}}年(?:计划)?】"
                    + "|" + re.escape(UPDATE_OPEN) + r"取自\d{4}年计划" + re.escape(PLACEHOLDER_CLOSE))

# The marks on a figure's date that the draft cannot state. Beside the clause holding figures of
# no known year (their source gives no period and no date): the year is to be checked and
# written. After a year of the draft's own that only a source's number gave (截至2026年): the
# month the figures stood at is to be written in its place.
YEAR_UNKNOWN = to_verify("年份")
PROGRESS_UNKNOWN = to_verify("最新进展")  # work a past source said was begun or under way
MONTH_UNKNOWN = placeholder_text("月份")
# figures whose source never said when they held, to replace by a current value with its date
PERIOD_UNSTATED = f"{UPDATE_OPEN}统计期{PLACEHOLDER_CLOSE}"
# What a section heading without words asks for (【待市财政局提供：小标题】): worded by the clerk once its material is in.
MISSING_HEADING = "小标题"
# What an owed placeholder asks for on an ask's points (【待补充：建议所提智能装备、工业软件方面的工作情况】, 【待市市场监管局提供：
# …方面的下一步举措】: part one's work, part two's next steps).
OWED_WORK, OWED_STEPS = "工作情况", "下一步举措"


# A name written as a placeholder, not yet the real one: 陈某某, 某某某, XX市, ××局, 〇〇 (a surname
# before 某某 is part of it when no other Chinese character precedes it: 陈某某代表：, 联系人：李某某), and a
# surname and one 某 standing as a name (李某代表：, 李某等委员：, 联系人：李某 — not 某企业, 对某项).
# A telephone number of zeros (0813-0000000, 00000000) is one too: a number a settings file was filled in with.
# Typed by the operator (--deputy 陈某某) or found in a source; a draft highlights it as any gap.
PLACEHOLDER_NAME = lazy(r"(?:(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?=某某))?某{2,}"
                        r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]某(?=代表|委员|同志|等|[：:，、；）)\s]|$)"
                        r"|(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[×✕]{2,}|[○〇]{2,}"
                        r"|(?<![\d-])(?:0\d{2,3}[-－—])?0{7,8}(?![\d-])")


# Text a page's encoding garbled, kept from a source as it was read: a character lost, shown □ (实施方案□月初通过了技术评审; a
# run of them one mark, 质量□□已完成), or a Latin letter run into Chinese ones (笆濉逼陂g年均开展…, a mirror's “十三五”期間),
# with its whole clause, punctuation to punctuation: what the clerk restores from the original, no word cut in half (not
# 实施方案□月初通过了技, hd26c). So is a word a site masked, asterisks in its place (柳州市**部门, 龙潭公园总体**安排: 规划, hd36a).
# From a clause's start only, where a search finds it first anyway: tried from every character, a clause cost its length
# squared (~10× slower on a fact base's texts).
GARBLED_RUN = lazy(r"(?:^|(?<=[，。；：！？“”《》\s]))[^，。；：！？“”《》\s]*(?:□+|(?<=[\u4e00-\u9fff])[a-z](?=[\u4e00-\u9fff])"
                   r"|[*＊]{2,}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[*＊]{2,})[^，。；：！？“”《》\s]*")
GARBLED_WHAT = "原文网页转码时缺失（□）、错乱或被网站屏蔽（**）的文字"  # what a garbled run (:data:`GARBLED_RUN`) is


def garbled_note(run: str) -> str:
    """The comment on garbled text (:data:`GARBLED_RUN`) a draft carries from a source."""
    return f"“{run}”一处是{GARBLED_WHAT}：请对照原文改正，再清除高亮"


def placeholder_name_note(name: str) -> str:
    """The comment on a placeholder name or number (:data:`PLACEHOLDER_NAME`) in a draft."""
    if any(c.isdigit() for c in name):
        return f"“{name}”是占位的号码，不是实际的号码：请改为实际的联系电话，再清除高亮"
    return f"“{name}”是占位的写法，不是实际的名称：请改为实际的姓名或名称，再清除高亮"


def is_figure_flag(mark: str) -> bool:
    """True when ``mark`` flags the date or freshness of figures the draft states (【待更新：…】,
    :data:`YEAR_UNKNOWN`, :data:`MONTH_UNKNOWN`): no gap in what was done."""
    return mark.startswith(UPDATE_OPEN) or mark in (YEAR_UNKNOWN, MONTH_UNKNOWN)


@dataclass
class Span:
    """A run of text in a block; ``fact_ids`` name the facts the text comes from."""

    text: str
    kind: str = TEXT
    fact_ids: list[str] = field(default_factory=list)
    note: str | None = None  # this span's comment (e.g. "check for a newer value")
    # spans of one block with the same group share one comment, from the first to the last (a
    # sentence's 【待更新：…】 flag and the figures under it); None: the span's note is its own comment
    group: str | None = None


# What a comment says the quoting left out inside a sentence, so a clerk checking the source takes it for no misquote: members
# of its list (新一代信息技术、高端装备制造等 of a longer list), or other words — another deed, a clause off the item.
LIST_CUT = "（引用时略去了原句中的部分列举内容）"
PART_CUT = "（引用时只取原句中与本项有关的部分）"
# What a comment says of a fact whose source names no place (未能读出所属地区): taken as the bureau's own only for now (hd48a).
UNPLACED = "（该材料未写明所属地区，暂按本地区的工作写入：请核实是否为本地区的工作，不是的删去）"


@dataclass
class Citation:
    """Where a fact used in a block came from: becomes a line of the block's Word comment."""

    fact_id: str
    source: str  # document number or title
    date: str | None
    section: str | None
    paragraph: int | None = None
    period: int | None = None
    item: str | None = None  # the fact's own ordinal in that paragraph (三是), where it has one
    cut: str = ""  # what the quoting left out inside a sentence, as its comment says it (LIST_CUT, PART_CUT); "" none
    unplaced: bool = False  # its source names no place: the comment says so (UNPLACED)

    def document(self) -> str:
        """The document and its date, as comments name it: ``泉科函〔2025〕81号（2025-05-20）``."""
        return self.source + (f"（{self.date}）" if self.date else "")

    def line(self) -> str:
        """One comment line, a locator the clerk reads once: ``泉科函〔2025〕81号（2025-05-20） · 二、加快整合提升科技平台``
        — the document and its date, then the heading nearest the text, its first clause (what finds it in a reply of a
        few pages); the paragraph's number (and item, 第12段“三是”) only where no heading is known, nothing else
        placing the text — then what the quoting left out (:data:`LIST_CUT`, :data:`PART_CUT`) and whether its
        source names no place (:data:`UNPLACED`)."""
        parts = [self.document()]
        if self.section:
            heading = self.section.rpartition(" > ")[2]
            parts.append(CLAUSE_BREAK.split(heading, 1)[0] or heading)
        elif self.paragraph is not None:
            parts.append(f"第{self.paragraph}段" + (f"“{self.item}”" if self.item else ""))
        return " · ".join(parts) + self.cut + (UNPLACED if self.unplaced else "")


@dataclass
class ReplyBlock:
    kind: str
    spans: list[Span]
    citations: list[Citation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass
class Reply:
    """A composed reply (or 会办意见) and the report ``--json`` prints about it."""

    number: str  # suggestion/proposal number
    blocks: list[ReplyBlock]
    role: str = "主办"  # 主办 | 会办 | 协办
    proposal: bool = False
    reply_class: str | None = None
    facts_used: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    answered: str | None = None  # the base's reply to this very item (its label and date), when it holds one
    as_of: dt.date | None = None  # the date it was composed as of (its 成文日期, else the day drafted): check's year
    form: str = PARTS  # its form (:data:`~drafter.model.REPLY_FORMS`, or a site's :data:`~.compose.form.THREE_PARTS`): how its comments name its parts

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def to_dict(self) -> dict:
        return asdict(self)
