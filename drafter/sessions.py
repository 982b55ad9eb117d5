"""Sessions of people's congresses and CPPCC committees (届, 次) as replies name them.

:func:`session_parts` reads a session's name (市十七届人大五次会议, 石家庄市第十四届人民代表大会第六次会议); :func:`session_year`
tells the year a session sits from the base's dated replies to another sitting of the same term — one sitting a year — so
a draft or a checked reply dated in another year is told (rv50: 福州's 市十六届人大四次会议 reply dated 2026, though the base's
reply to 三次会议 was of 2024).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .grammar import PREFECTURE_WORD
from .lazyre import lazy
from .model import REPLY, SourceMeta
from .textutil import cn_number
from .workspace import Workspace

__all__ = ["Sitting", "level_word", "session_above", "session_below", "session_parts", "session_year"]

# A session's name (市十七届人大五次会议, 石家庄市第十四届人民代表大会第六次会议, 市政协七届三次会议): what comes
# before its term, the term (届), what comes between, its sitting (次).
_SESSION = lazy(r"^(.*?)第?([一二三四五六七八九十\d]+)届(.*?)第?([一二三四五六七八九十\d]+)次")
_BODY_NAME = lazy("人大|政协|人民代表大会")  # the assembly named before the term: no part of the place


def session_parts(session: str | None) -> tuple[str, str, int, int] | None:
    """``(place, body, term, sitting)`` of a session's name: its place as written (市, 石家庄市, "" for none),
    人大 or 政协, and the 届 and 次 as numbers; None when it names no term and sitting."""
    found = _SESSION.search(session or "")
    if not found:
        return None
    before, term, between, sitting = found.groups()
    body = "政协" if "政协" in before + between or "委员会" in between else "人大"
    place = _BODY_NAME.sub("", before)
    return place, body, cn_number(term) or 0, cn_number(sitting) or 0


def _same_place(one: str, other: str) -> bool:
    """Two sessions' places as written are one place: equal, or one its level word alone (市) and the
    other a name of that level (泉州市), or either not written."""
    return not one or not other or one == other or (min(len(one), len(other)) == 1 and one[-1] == other[-1])


# The rank of a place by its level word (省 above 市 and 州 above 县 and 区 above 乡 and 镇); 自治区 is a province's, 地区 a
# prefecture's (塔城地区 above 额敏县). A word ending another stands before it (自治区, 地区 before 区).
_RANKS = {"自治区": 0, "省": 0, PREFECTURE_WORD: 1, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "镇": 3, "乡": 3}


def _rank(place: str) -> int | None:
    return _RANKS.get(level_word(place))


def level_word(place: str) -> str | None:
    """The level word ``place`` ends with, the longest (自治区 of 新疆维吾尔自治区, not 区; 市 of 市 alone), or None."""
    return next((word for word in _RANKS if place.endswith(word)), None)


def _other_session(session: str | None, ws: Workspace) -> tuple[str, int] | None:
    """The place ``session`` names when it is not the bureau's own jurisdiction, and how many levels it is below it (above
    it: negative; 0 where either level is unknown); None for its own place's session, or one naming none."""
    parts = session_parts(session)
    place = parts[0] if parts else ""
    if not place or any(_same_place(place, own) for own in ws.jurisdiction_names()):
        return None
    rank, own = _rank(place), _rank(ws.jurisdiction)
    return place, rank - own if rank is not None and own is not None else 0


def _said(place: str) -> str:
    """A session's place as a reply names it: its name, or its level word alone as that level (县: 县级)."""
    return place if len(place) > 1 else f"{place}级"


def session_below(session: str | None, ws: Workspace) -> str | None:
    """The place ``session`` names when it is below the bureau's own jurisdiction — one of its areas, or of a lower level
    (政协太白县九届四次会议 for 宝鸡市生态环境局: 太白县; 县十届人大三次会议, its level word alone: 县级) — whose item the bureau's
    letter answers as that place's, not its own (its 抄送, its 我市); None for its own place's session, or one naming none."""
    other = _other_session(session, ws)
    if other is None or not (other[1] > 0 or (len(other[0]) > 1 and ws.is_own(other[0]))):
        return None
    return _said(other[0])


def session_above(session: str | None, ws: Workspace) -> str | None:
    """The place ``session`` names when it is above the bureau's own jurisdiction, of a higher level (市政协十四届三次会议 for
    沙依巴克区教育局: 市级; 乌鲁木齐市第十六届人民代表大会第三次会议: 乌鲁木齐市) — whose item the bureau's letter answers to
    that level (its 抄送 that level's committee), though its place (我区) stays its own; None for any other session."""
    other = _other_session(session, ws)
    return _said(other[0]) if other and other[1] < 0 and not ws.is_own(other[0]) else None


@dataclass(frozen=True)
class Sitting:
    """When a session sits, as the base's ``reply`` to a sitting of its term tells it: in ``year`` at one sitting a year,
    and surely between ``earliest`` and ``latest`` — sittings in order, at least one a year (地方组织法, 政协章程), a reply
    to one issued in its year or the next (some terms sit twice a year, and a page is often published late in the year
    or the next: 天水's 八届五次 sat in 2025, its reply to 八届三次 dated 2024-11-19, hd19b)."""

    year: int
    earliest: int
    latest: int
    reply: SourceMeta

    def misdated(self, dated: int) -> bool:
        """A reply to this session dated in year ``dated`` contradicts the base for sure: before the session's
        earliest year, or more than a year after its latest."""
        return not self.earliest <= dated <= self.latest + 1

    def said(self, dated: int, session: str) -> str:
        """What the base tells of a reply to ``session`` dated in year ``dated``: that it cannot be so (:meth:`misdated`),
        else that at one sitting a year the session sits in another year, a question; '' when it sits in that year."""
        reply = self.reply.label() + (f"（{self.reply.date}）" if self.reply.date else "")
        if self.misdated(dated):
            span = f"{self.earliest}年" if self.earliest == self.latest else f"{self.earliest}—{self.latest}年间"
            return f"成文日期为{dated}年，但据事实库中{reply}，{session}应在{span}召开"
        return "" if dated == self.year else (
            f"据事实库中{reply}按每年一次会议推算，{session}约在{self.year}年召开，与成文日期{dated}年不一致")


def session_year(sources: Iterable[SourceMeta], session: str | None, ws: Workspace) -> Sitting | None:
    """When ``session`` sits (:class:`Sitting`), as ``sources``' dated replies of the bureau's own jurisdiction to an
    earlier or later sitting of the same term (届) of the same body and place tell it (by their date, else their number's
    year: 泉科函〔2026〕102号) — at one sitting a year (a reply of 2024 to 市十六届人大三次会议: 四次会议 sits in 2025) — with
    the newest such reply; None when no reply tells it, or replies disagree."""
    asked = session_parts(session)
    if asked is None:
        return None
    place, body, term, sitting = asked
    found: dict[int, Sitting] = {}
    for meta in sources:
        own = meta.jurisdiction in (None, *ws.jurisdiction_names())
        issued_in = meta.stated_year() if meta.kind == REPLY and own else None
        theirs = session_parts(meta.session) if issued_in else None
        if theirs and theirs[1:3] == (body, term) and _same_place(place, theirs[0]):
            later = sitting - theirs[3]  # sittings after the reply's (before it: negative)
            year = issued_in + later
            if year not in found or (meta.date or "") > (found[year].reply.date or ""):
                found[year] = Sitting(year, issued_in - 1 + min(later, 0), issued_in + max(later, 0), meta)
    return next(iter(found.values())) if len(found) == 1 else None
