"""Which of a deputy's points lie in another unit's remit, as the workspace says it, and whose
part an ask the base holds nothing on is.

Two lists of drafter.yaml say whose: ``other_fields`` (the fields of the jurisdiction's other
units, 市工业和信息化局: [企业技术中心, …]) and ``higher_powers`` (what only a higher authority
decides, 国家知识产权局: [专利审查, 专利确权]). A reply does not decline such a point: by default
(``templates/wording/remit.j2``) it leaves a highlighted placeholder of the bureau's own naming the unit to
consult — a reply asks no unit that does not co-handle for material —
(【待补充：企业技术中心方面的工作情况及数据（注明年份；可商请市工业和信息化局提供）】; a higher authority's power:
what is done locally, 【待补充：专利审查和确权（国家知识产权局事权）方面本地开展的工作】); a bureau
that prefers one sentence saying whose work it is writes that in remit.j2. A point in the field of
a unit that co-handles the item (``--with``) is no remit: that unit was asked for its part. A
higher authority's power is its own whoever co-handles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..grammar import (
    ENTERPRISE_WORDS, GRANT, PRIVATE_ENTERPRISE, SELF_UNIT, STEP_VERBS, TREATING_VERBS, UNIT_END, field_acts, names_site, names_unit,
    place_and_short_name, site_name, unit_in, unit_matters, words,
)
from ..workspace import Workspace
from ..lazyre import cached, lazy
from ..textutil import CJK, CLAUSE_BREAK
from .asks import PURPOSE, matters

# What a warning says of a point left in the bureau's own placeholder that names the unit to consult (the template's 可商请…提供).
CONSULT_SAID = "已留作待补充项，可商请{unit}提供"
SHORT_TERM = 2  # characters: a field word this short names a matter only by opening it


@dataclass
class Remit:
    """Points of one ask that are one unit's work."""

    unit: str  # 市工业和信息化局 / 国家知识产权局
    higher: bool  # a higher authority's power (higher_powers), else another local unit's field
    pairs: list[tuple[str, str]]  # (the deputy's point as written, the field word of drafter.yaml it says)


# A short description in brackets after what it describes (杨柳郡桂园小区（安置房）, 一号路（县道紫南线）).
BRACKETED = lazy(r"[（(][^（）()]{1,12}[）)]")
# What a compound noun's head has before it within a matter (:func:`heads_matter`): the verbs of a step, joined by 或 or 和
# (恢复或开通…), then a modifier of one word (客货, 水路): a longer one names a thing the head is said of (高校毕业生就业).
KIND_MODIFIER = 2  # characters at most
_KIND_MODIFIER = lazy(rf"(?:(?:{words(STEP_VERBS)})[或和]?)*[\u4e00-\u9fff]{{1,{KIND_MODIFIER}}}")


def says_field_word(text: str, term: str) -> bool:
    """True when ``text`` (a point, or an ask's text) says the field word ``term`` of drafter.yaml as
    a matter of its own: a longer word wherever it stands (企业技术中心, 专利审查); a two-character one
    (专利, 确权, 就业, 班车) only opening one of the text's matters (:func:`~.asks.matters`: a clause or a
    part of one, its verbs dropped: 推动专利转化运用, …审查和确权) or heading one (:func:`heads_matter`: 恢复或开通客货班车,
    水路班船), not inside another matter (推进职务科技成果确权, 稳定高校毕业生就业, 农副产品运输难问题): a word that short,
    listed alone, is too general to hand over a matter it only ends; a precise entry (专利确权) says that. Never in a
    frame of where (:func:`said_where`), nor only in brackets describing a thing (更改杨柳郡桂园小区（安置房）商业铺面出入口: the
    entrances are the matter, not 安置房, hd36a). A longer word is said split too (:func:`field_word_at`: 河道清淤 in
    对东西河道进行清淤, hd71b)."""
    if field_word_at(BRACKETED.sub("", text), term) is None or said_where(text, term):  # (在高标准农田项目规划中科学配置水源)
        return False
    return len(term) > SHORT_TERM or any(m.startswith(term) or heads_matter(m, term) for m in matters(text))


# What may split a field word said in an ask (河道清淤 in 对东西河道进行清淤, 河道治理 in 河道的综合治理): a verb of doing a work to a
# thing (:data:`~drafter.grammar.TREATING_VERBS`) or 的, then a modifier of the second part of at most SPLIT_MODIFIER characters.
_SPLITTING = lazy(words((*TREATING_VERBS, "的")))
SPLIT_MODIFIER = 2
SPLIT_PART = 2  # characters at least in each part of a field word said split


@cache
def _split_word(term: str):
    """The pattern of ``term`` said split (:data:`_SPLITTING`) into two parts of at least :data:`SPLIT_PART` characters each."""
    cuts = range(SPLIT_PART, len(term) - SPLIT_PART + 1)
    return cached("|".join(f"{re.escape(term[:k])}(?:{_SPLITTING.pattern})[{CJK}]{{0,{SPLIT_MODIFIER}}}?{re.escape(term[k:])}"
                               for k in cuts)) if cuts else None


def field_word_at(text: str, term: str) -> tuple[int, int] | None:
    """Where ``text`` says the field word ``term`` (start, end): whole, else — a word of two parts of two characters or more — split
    inside one clause by a verb of doing a work or 的 (:func:`_split_word`: 河道清淤 in 对东西河道进行清淤, hd71b); None if nowhere."""
    if (at := text.find(term)) >= 0:
        return at, at + len(term)
    split = _split_word(term)
    found = split.search(text) if split else None
    return found.span() if found else None


def heads_matter(matter: str, term: str) -> bool:
    """True when the field word ``term`` is the head of ``matter``, a compound noun of it and a modifier saying what kind
    (:data:`_KIND_MODIFIER`: 客货班车, 水路班船, after the verbs of a step, 恢复或开通…): a kind of that thing, the unit's —
    not a word ending a longer name of what the bureau's work is on (高校毕业生就业, 职务科技成果确权, hd66b)."""
    return matter.endswith(term) and bool(_KIND_MODIFIER.fullmatch(matter[:-len(term)]))


def remit_of(point: str, ws: Workspace, co_handlers: list[str]) -> tuple[str, bool, str] | None:
    """(unit, higher, the field word) when ``point`` lies in another unit's remit (:func:`says_field_word`):
    a higher authority's power first (专利审查 is 国家知识产权局's even where 专利 is 市市场监管局's
    field), then the other unit's field whose word it says (the longest such word: the most
    specific); None when it is the bureau's own — of its field's acts too (:func:`says_own_act`: 保障…文物保护工作经费 is a
    财政局's) — or the field of a co-handler (who provides that part)."""
    if says_own_act(point, ws):
        return None
    for higher, fields in ((True, ws.higher_powers), (False, ws.other_fields)):
        best: tuple[int, str, str] | None = None
        for unit, terms in fields.items():
            if ws.is_own_unit(unit):
                continue
            for term in terms:
                if says_field_word(point, term) and (best is None or len(term) > best[0]):
                    best = (len(term), unit, term)
        if best is None:
            continue
        _, unit, term = best
        if not higher and unit_in(co_handlers, unit):
            return None  # the co-handler's field: its part is asked for, not declined
        return unit, higher, term
    return None


def split_remits(points: list[str], ws: Workspace, co_handlers: list[str]) -> tuple[list[str], list[Remit]]:
    """``points`` as (those still the bureau's to answer, the others grouped by unit in the order
    they first come: one sentence or placeholder per unit). A field word in passing in a list (:func:`in_passing`)
    hands no point away."""
    kept: list[str] = []
    remits: list[Remit] = []
    for point in points:
        found = remit_of(point, ws, co_handlers)
        if found is None or (not found[1] and in_passing(point, found[2])):  # (…民宿、景区等经营主体: one in a list)
            kept.append(point)
            continue
        unit, higher, term = found
        remit = next((r for r in remits if r.unit == unit), None)
        if remit is None:
            remits.append(Remit(unit, higher, [(point, term)]))
        else:
            remit.pairs.append((point, term))
    return kept, remits


def lead_owns(ask, lead: str, ws: Workspace) -> bool:
    """True when ``ask`` lies in the field of ``lead``, the unit a 会办/协办意见 goes to, and not in the
    bureau's own: a word of the lead's field (drafter.yaml's ``other_fields`` for it, and what its name says,
    :func:`~drafter.grammar.unit_matters`: 国资 of 市国资委) opens a matter of the ask (:func:`says_field_word`:
    完善国资考核办法), and none of the bureau's name does. The lead answers such an ask in its own reply."""
    listed = unit_in(ws.other_fields, lead)
    theirs = [*(ws.other_fields[listed] if listed else []), *unit_matters(lead)]
    return any(says_field_word(ask.text, t) for t in theirs) and not says_own_field(ask, ws)


def says_own_field(ask, ws: Workspace) -> bool:
    """True when ``ask`` says the field the bureau's name says (:func:`~drafter.grammar.unit_matters`: 生态环境 of
    郑州市生态环境局, 科技 of 市科技局) as a matter of its own (:func:`says_field_word`), or asks its acts
    (:func:`says_own_act`)."""
    return any(says_field_word(ask.text, own) for name in (ws.name, ws.short_name) if name
               for own in unit_matters(name)) or says_own_act(ask.text, ws)


def says_own_act(text: str, ws: Workspace) -> bool:
    """True when ``text`` asks what the bureau's field does (:func:`~drafter.grammar.field_acts`: 拨付, 经费, 资金 of a
    财政局), whatever matter it is for: 合理拨付文物保护专项经费 is the 财政局's ask, not the 文物 unit's."""
    return any(act in text for name in (ws.name, ws.short_name) if name for act in field_acts(name))


def asks_grant(text: str, ws: Workspace) -> bool:
    """True when ``text`` (an ask's) asks a grant (:data:`~drafter.grammar.GRANT`: 免收高速通行费, 纳入…免费范围, 给予…补助): a
    government decides it and its finance pays, no step the bureau may promise — unless granting is the bureau's own field's
    act (:func:`says_own_act`: a 财政局's 经费, 资金)."""
    return bool(GRANT.search(text)) and not says_own_act(text, ws)


def gap_owner(ask, co_handlers: list[str], ws: Workspace) -> tuple[str | None, str | None, bool, bool]:
    """Whose part an ask the base holds no facts for is: (who the placeholder names, the unit
    whose field of work it is, whether that unit co-handles the item, whether the ask names that co-handler's site).
    A co-handler managing a site the ask names (:func:`~drafter.grammar.site_name`: 三星堆 of 三星堆博物馆景区管委会 in
    通过三星堆的购票系统来发放消费券) is asked for it, whatever ``other_fields`` says; the bureau still owes its next step
    on it (the work is done with that unit, not left to it). Else the field's unit
    (``other_fields`` in drafter.yaml: the unit whose field words (:func:`says_field_word`) the ask
    says most, its phrase first; its phrase says one, or its text two), named as the co-handler that
    is that unit when there is one; else the bureau's own gap (待补充: an ask in no other unit's
    field is not handed to a co-handler, whose part has its own placeholder) — so is an ask saying the field
    the bureau's name says (生态环境 of 郑州市生态环境局 among the units it asks to act together). An ask naming a
    co-handler to act (由石林街道协调解决…: the co-handler 石林街道办事处) is that co-handler's, first."""
    named = ACTOR_NAMED.match(ask.text.strip())
    acting = next((u for u in co_handlers if named and u.startswith(named.group(1))), None) if named else None
    if acting:
        return acting, acting, True, False  # the co-handler the ask names to act (由石林街道协调解决…, --with 石林街道办事处)
    if says_own_field(ask, ws):
        return None, None, False, False  # the bureau's own field among the units it names (生态环境、公安、城管…联合执法): its to lead
    places = ws.jurisdiction_names()
    site = next((u for u in co_handlers if names_site(ask.text, site_name(u, places))), None)
    if site:
        return site, site, True, True
    best, unit = (0, 0), None
    for name, terms in ws.other_fields.items():
        if ws.is_own_unit(name):
            continue  # this bureau's own field
        hits = (sum(says_field_word(ask.phrase, t) for t in terms), sum(says_field_word(ask.text, t) for t in terms))
        if (hits[0] or hits[1] > 1) and hits > best:  # one field word in passing (…、企业技术中心等) is no field
            best, unit = hits, name
    if unit:
        co_handler = unit_in(co_handlers, unit)
        return co_handler or unit, unit, co_handler is not None, False
    return None, None, False, False


# A unit a fact names doing the work, opening a clause (自4月份以来，开封市公交总公司通过多种方式…; 市公交总公司还将…): named by
# its place's level (开封市…, 市…), its name closing on an organ's or an enterprise's word (ENTERPRISE_WORDS); group 1 the name, group 2
# the rest of its sentence.
_CLAUSE_DOER = lazy(rf"(?:^|(?<=[，,。；;：:]))([{CJK}]{{0,6}}?[省市州县区][{CJK}]{{2,8}}?(?:{words(ENTERPRISE_WORDS)}|{UNIT_END}))"
                    rf"(?=[{CJK}])([^。；;]*)")


def doer_fields(unit: str) -> tuple[str, ...]:
    """The fields a doer's name says: an organ's (:func:`~drafter.grammar.unit_matters`: 交通运输 of 市交通运输局), or a public
    enterprise's, its name between its level word and its closing word (公交 of 开封市公交总公司); none for a private one's
    (…科技有限公司: :data:`~drafter.grammar.PRIVATE_ENTERPRISE`)."""
    if organ := unit_matters(unit):
        return organ
    short = place_and_short_name(unit)[1]
    closing = next((w for w in ENTERPRISE_WORDS if short.endswith(w)), None)
    body = short[1:-len(closing)] if closing else ""
    return (body,) if len(body) >= 2 and not any(p in body for p in PRIVATE_ENTERPRISE) else ()


def named_doer(ask, facts: list, ws: Workspace, co_handlers: list[str]) -> tuple[str, list] | None:
    """The unit ``facts`` (the base's, on the ask's words) name doing an ask's matter where none names the bureau (hd67a: 开封市公交
    总公司通过多种方式就…公交线路、站点设置等问题广泛听取民声 under 在金明西街沿线增设公交车停车点, in a 公安局's base holding no work
    of its own on it): a unit opening a clause (:data:`_CLAUSE_DOER`) of the bureau's place, whose name's field (:func:`doer_fields`:
    公交 of 市公交总公司) the ask says and the rest of the sentence says beyond the name — no field of the bureau's own (its name's,
    its ``organisation.work``), no co-handler (its part is asked already). The unit in the short form a unit says itself
    (市公交总公司), with the facts naming it so, the most named first; None where none does, or a fact saying its field names
    the bureau (我局, 市公安局…: the bureau works on it)."""
    seen: dict[str, tuple[tuple[str, ...], list]] = {}
    for fact in facts:
        for doer in _CLAUSE_DOER.finditer(fact.text):
            unit = doer.group(1)
            place, short = place_and_short_name(unit)
            if ws.is_own_unit(unit) or (place and not ws.is_own(place)) or unit_in(co_handlers, unit):
                continue
            fields = tuple(f for f in doer_fields(unit) if f in ask.text and f not in ws.work
                           and not any(f in own or own in f for own in ws.own_fields))
            if any(f in doer.group(2) for f in fields):
                held = seen.setdefault(short, (fields, []))[1]
                held += [fact] * (fact not in held)
    if not seen:
        return None
    unit, (fields, named) = max(seen.items(), key=lambda kv: len(kv[1][1]))
    if any(SELF_UNIT.search(f.text) or says_bureau(f.text, ws) for f in facts if any(w in f.text for w in fields)):
        return None
    return unit, named


def says_bureau(text: str, ws: Workspace) -> bool:
    """True when ``text`` names the bureau (与市科技局联合引进…), by any of its names (:func:`~drafter.grammar.names_unit`)."""
    return any(names_unit(text, n) for n in (ws.name, ws.short_name) if n)


def gap_remits(ask, field_unit: str | None, co_handlers: list[str], ws: Workspace) -> list[Remit]:
    """The remits (:func:`split_remits`) among the points of an ask the base holds nothing on, whose
    section is a placeholder asking the unit whose field the ask is in (``field_unit``:
    :func:`gap_owner`) or the co-handler that is it for its part: that unit counts as asked, so its
    points stay the section's items (:func:`~.gaps.gap_items`); another unit's are its own remit."""
    return split_remits(gap_points(ask, ws), ws, [*co_handlers, *([field_unit] if field_unit else [])])[1]


def gap_points(ask, ws: Workspace) -> list[str]:
    """The points a placeholder section asks for: the ask's own (:attr:`~.asks.Ask.points`); for an ask with none whose
    phrase lists matters (、) in the fields of two or more other units (:func:`remit_of`), those matters, each asked of
    its unit: 深入抓好学校教育、青少年志愿活动、家庭主题活动 is 市教育局's, 团市委's and 市妇联's, not 市教育局's alone (hd28b)."""
    if ask.points:
        return ask.points
    listed = [p for p in ask.phrase.split("、") if p]
    units = {found[0] for p in listed if (found := remit_of(p, ws, []))}
    if len(units) > 1:
        return listed
    # (an ask whose phrase says a higher authority's power, 省内异地就医全面铺开免备案流程: asked as such, hd30b)
    higher = remit_of(ask.phrase, ws, [])
    return [ask.phrase] if higher and higher[1] else []


def own_measures(measures: str, ws: Workspace) -> str:
    """An ask's ``measures`` (:attr:`~.asks.Ask.measures`) as the bureau's own next step could say
    them: each clause in another unit's remit dropped (:func:`remit_of`, whoever co-handles: 加快专利审查
    和确权, 推动专利转化运用 are not the bureau's to plan), unless its field word stands in passing in a
    list (…、企业技术中心等创新平台); a sentence left with nothing, or opening on what the dropped clause
    was for (以…激励…), goes."""
    out = []
    for sentence in SENTENCE.findall(measures):
        clauses = [c for c in CLAUSE_BREAK.split(sentence.rstrip("。")) if c]
        kept = [c for c in clauses if not _theirs(c, ws)]
        if kept and (kept == clauses or not PURPOSE.match(kept[0])):
            out.append("，".join(kept) + "。")
    return "".join(out)


def _theirs(clause: str, ws: Workspace) -> bool:
    """True when ``clause`` says a matter of another unit's remit other than in passing in a list."""
    found = remit_of(clause, ws, [])
    if found is None:
        return False
    return not in_passing(clause, found[2])


def in_passing(text: str, term: str) -> bool:
    """True when another unit's field word ``term`` stands in ``text`` only as one of a list (…、企业技术中心等创新平台;
    餐饮、酒店住宿、民宿、景区等经营主体): the matter is the list's, not that unit's; or in a frame of where the
    work is done (在高标准农田项目规划中科学配置水源: the water is the matter, hd8). Said whole or split (:func:`field_word_at`)."""
    span = field_word_at(text, term)
    if span is None:
        return False
    at, end = span
    return text[at - 1:at] == "、" or text[end:end + 1] in ("、", "等") or _framed(text, span)


def said_of_its_own(text: str, term: str) -> int:
    """How many clauses of ``text`` say a unit's field word ``term`` as a matter of their own, not in passing
    (:func:`in_passing`): 应急 of 统筹做好排水防涝和应急处置工作 is one; 明确住建、城管、水务、应急管理…等部门职责分工 names
    水务 as one entry of a list of departments, every unit's (hd57c)."""
    return sum(term in c and not in_passing(c, term) for s in SENTENCE.findall(text) for c in CLAUSE_BREAK.split(s))


def said_where(text: str, term: str) -> bool:
    """True when ``term`` stands in ``text`` (whole or split: :func:`field_word_at`) only in a frame of where the work is done
    (:data:`_WHERE_FRAME`)."""
    return _framed(text, field_word_at(text, term))


def _framed(text: str, span: tuple[int, int] | None) -> bool:
    """True when the ``span`` of ``text`` (None: nowhere) stands inside a frame of where (:data:`_WHERE_FRAME`)."""
    return span is not None and any(m.start() < span[0] and span[1] <= m.end() for m in _WHERE_FRAME.finditer(text))


# A frame of where a step is taken, opening its clause (在高标准农田项目规划中…, 在…过程中): what it names is no matter.
_WHERE_FRAME = lazy(rf"(?:^|{CLAUSE_BREAK.pattern})在[^，,；;。]{{2,20}}?[中里内时]")


SENTENCE = lazy(r"[^。]+。?")
# An ask opening on who is to act (由石林街道协调解决…, 由市财政局牵头…): that one's name.
ACTOR_NAMED = lazy(r"^由([\u4e00-\u9fff]{2,12}?)(?:负责|牵头|协调|统筹|组织|会同|研究|落实|解决)")
