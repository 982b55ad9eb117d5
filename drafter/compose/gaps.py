"""What a placeholder says a section or a plan item still owes: the ask's points as one phrase.

A reply owes two kinds of points under an ask (:meth:`~drafter.compose.asks.Ask.owed`): the
**things** the ask names in a list (纺织鞋服、机械装备、新材料 of ``围绕纺织鞋服、机械装备、新材料等产业``)
and the **acts** it asks for in a clause (对平台建设和运营给予补助). A list of one kind reads as
written (``纺织鞋服、机械装备、新材料``); things and acts together are grouped, the things first
under the kind the ask names them by, then the acts after ``，以及``:
``纺织鞋服、机械装备、新材料等产业，以及对平台建设和运营给予补助`` — never a noun and a verb phrase
strung on one 、. The placeholder around it says what is asked of the clerk
(``【待补充：建议所提…方面的工作情况】``).

A section that is itself a placeholder (the base holds nothing on its ask: a co-handler's part, the
part of the unit whose field the ask is in, or the bureau's own) is the skeleton of the items the
reply will have (:func:`gap_items`): one placeholder (``templates/wording/gap_item.j2``) naming every
point of the ask it asks for, a paragraph as replies answer a point, not a slot for each clause (three
readers of 自贡's draft, rv46/rv47/hd14: thirteen 一是…四是 slots where the real reply had four paragraphs);
points asked of another unit (a co-handler's field) are a placeholder of their own, asking that unit. It names the ask's
matter, not every clause the deputy wrote: those its heading says already (the money for it, how it goes on, its own works on
its thing's parts) and the aims closing it are left to the heading; an ask to make plans or mechanisms asks how they were made
(``【待补充：老城区背街小巷年度改造计划及长效管护机制的制定情况】``, hd57a).
"""

from __future__ import annotations

from dataclasses import replace

from collections import Counter

from ..grammar import (
    FOUNDING_VERBS, FUNCTION_CHARS, LOCAL_SCOPES, RELATING_WORDS, TREATING_VERBS, WORKS_VERBS, bigrams, unit_in, words,
)
from ..lazyre import lazy
from ..reply import OWED_STEPS, OWED_WORK, PLACEHOLDER, Span
from .asks import ASKING, MONEY_ONLY, Ask, closing_aim, paired, with_examples
from .remit import BRACKETED, gap_points, in_passing, remit_of
from .select import WORK_GAP_NOTE, aspect

# The points an owed placeholder names (:func:`owed_ask`), read back from it (by :func:`~.marks.refer_back`'s brief comment).
OWED_POINTS = lazy(rf"建议所提(.+?)(?:方面)?的(?:{OWED_WORK}|{OWED_STEPS})")


def owed_ask(points: str, what: str) -> str:
    """What an owed placeholder asks for: ``建议所提{points}方面的{what}``, 方面 said once (:func:`~.select.aspect`:
    …等方面 is not …等方面方面)."""
    return f"建议所提{aspect(points)}的{what}"


KIND_MAX = 4  # characters: a longer phrase after 等 (等重点产业需求) is no kind to name things by
# Kinds that name no kind of thing: ``等方面`` closes a list of aspects, said by the placeholder itself.
NO_KIND = ("方面",)
# After a thing: the rest of its list (、…) up to the 等 closing it, and the kind named there.
_KIND_AFTER = lazy(rf"(?:、[^、，,。；;：:\n]{{1,12}})*?等([\u4e00-\u9fff]{{1,{KIND_MAX}}}?)(?=[，,。；;：:的之\n]|$)")


def owed_phrase(owed: list[str], ask=None) -> str:
    """``owed`` (entries of :meth:`~drafter.compose.asks.Ask.owed`: a thing, or an act whose
    ``point`` is the ask's clause it comes from) as one phrase (module doc); ``ask`` (its
    ``text``) gives the kind its things are named by. Entries holding a list of their own are joined on ， (:func:`joined`: 对…
    供水管网和二次供水设施加以排查、更新，推进智慧水务建设, never 、 within 、)."""
    things = [o for o in owed if getattr(o, "point", None) is None]
    acts = [o for o in owed if getattr(o, "point", None) is not None]
    if not things or not acts:
        return joined(owed)
    text = getattr(ask, "text", "") or ""
    groups: list[tuple[str | None, list[str]]] = []
    for thing in things:
        kind = kind_of(thing, text)
        if groups and groups[-1][0] == kind:
            groups[-1][1].append(thing)
        else:
            groups.append((kind, [thing]))
    named = "，".join("、".join(members) + (f"等{kind}" if kind else "") for kind, members in groups)
    return f"{named}，以及{joined(acts)}"


def kind_of(thing: str, text: str) -> str | None:
    """The kind ``text`` names ``thing`` by: the words after the ``等`` closing the list holding it
    (产业 of ``纺织鞋服、机械装备、新材料等产业，``; 创新平台 of ``…企业技术中心等创新平台的引进``), at most
    KIND_MAX characters; None when the list has none."""
    at, found = text.find(thing), None
    while at >= 0 and not (found := _KIND_AFTER.match(text, at + len(thing))):
        at = text.find(thing, at + 1)
    kind = found.group(1) if found else None
    return None if kind in NO_KIND else kind


def gap_items(section, ask, wording, context: dict, ws, headless: bool = False) -> list[list[Span]]:
    """The items of ``section``, a placeholder itself (:attr:`~.select.Section.gap`), as spans, one
    list per item: a highlighted placeholder naming the points of ``ask`` that the section asks its unit
    (``section.owner`` when it co-handles; the bureau otherwise, naming a unit that does not as the one to consult) for,
    in the ask's order, those asked of one unit running
    together in one (``gap_item.j2``: 【待市市场监管局提供：加大知识产权维权援助力度、推动专利转化运用和质押融资方面的
    工作情况及数据（注明年份）】); the points in
    yet another unit's remit (``section.remits``) are not among them (the caller says them after), nor is
    an aim closing them (:attr:`~.asks.Ask.points_asked`: …，争取早日解决群众出行难问题), which no material reports.
    In the bureau's own section, a point in a co-handler's field (``ws``'s ``other_fields``: 支持高校学生创新创业 with
    市教育局 co-handling, 高校 its field) asks that co-handler (【待市教育局提供：…】), not the bureau.
    Points on another matter than their heading (none shares a word with it: :func:`_says_heading`) ask for the
    heading's matter with them: the points alone left the ask's core unasked; so do all points of a section whose heading
    the draft does not print (``headless``: a part of one section) and the title does not say (hd50a's 加大对徐霞客及其游记的学习、
    宣传、普及 under 关于利用“徐霞客游保”资源推进文旅融合发展的建议, said nowhere).
    An ask with no points left: one placeholder for its heading's matter, the ask as a whole (in a reply on works at
    one site, ``context``'s ``site``, a co-handler's asks its view and part, as ``gap_item.j2`` words it). The section's
    comment (``gap_note``: the base holds only old material) goes with the first item."""
    remitted = {point for remit in section.remits for point, _ in remit.pairs}
    if ask is not None and ask.phrase in remitted:
        return []  # the ask whole in a higher authority's power: its remit is its one item (hd30b)
    asked = ask.points_asked if ask is not None else []
    points = [p for p in (gap_points(ask, ws) if ask is not None else []) if p not in remitted and (p in asked or not closing_aim(p))]
    if not points and context.get("site") and section.owner and ask is not None:
        points = [ask.phrase]  # a site's co-handler is asked for its view and part in gap_item.j2's words
    works = ask.named_works if ask is not None else []  # each work named by example an item of its own, after the lead's (hd42a)
    unprinted = headless and ask is not None and ask.phrase not in context.get("title", "")  # (nor the title's, 围绕… of the lead-in)
    over = bool(points) and _heads_asking(ask)  # (a heading sentence over what is asked: said by the printed heading alone)
    if points and ask.phrase and (unprinted or works or _opens_clause(ask)
                                  or not (over or any(_says_heading(p, ask, len(points) == 1) for p in points))):
        # its clauses, not its matter: both asked
        points = [ask.phrase, *points]  # (…管涌等险情进行彻底处置、加固渍水堤等薄弱堤防; 定期组织多部门联合演练，模拟…、检验…)
    elif points and ask.phrase and not over:
        points = [*_unsaid_pair(points, ask), *points]
    points = _named_once(points, works)
    if ask is not None and len(points) > 1 and points[0] == ask.phrase:  # (those the heading says already left to it)
        points = [ask.phrase, *_beyond_heading(points[1:], ask.phrase, works)]
    # the ask whole, the things it names by example said with it (门店外摆、占道经营、城市“牛皮癣”等市容秩序突出问题, hd38b)
    whole = with_examples(ask) if ask is not None and section.heading == ask.phrase else section.heading
    runs: list[tuple[str | None, list[str]]] = [] if points else [(section.asked, [whole])]
    for k, point in enumerate(points):  # in order, a run for each unit asked (a work a run of its own: it closes its run)
        asked = section.asked or _co_handler_of(point, context, ws)
        if runs and runs[-1][0] == asked and point not in works and not (k and points[k - 1] in works):
            runs[-1][1].append(_unnamed(point, asked))
        else:
            runs.append((asked, [_unnamed(point, asked)]))
    made = _made(ask, points) if len(runs) == 1 and not works else None  # (asked all of one unit: the plans it made)
    # the unit to consult (Section.consulted) named in the bureau's own placeholder only: the template renders what it is given;
    # the matter in the bureau's own words, as the heading over it says it (加强我市的…, not 加强珠海市的…: one ask, one wording, hd56c)
    items = [wording.spans("gap_item", **{**context, "asked": asked, "consult": None if asked else section.consulted,
                                          "made": made[0] if made else None, "matter": ws.in_own_words(
                                              made[1] if made else said[0] if said[0] in works else aspect(_matter(said, ask)))})
             for asked, said in runs]  # (a work as said: 对…运动场进行翻新硬化的工作情况, no 方面)
    # (the bureau's own gap with no material to point to has its comment too: every gap says what to write, hd23d)
    note = section.gap_note or ((MADE_GAP_NOTE if made else WORK_GAP_NOTE) if runs[0][0] is None else None)
    items[0] = note_first(items[0], "；".join(n for n in (note, concerns_note(ask)) if n) or None)
    return items


# What the comment on part one's placeholder says of the problems the aims closing an ask name (:attr:`~.asks.Ask.concerns`): the
# deputy raised them, no measure the placeholder lists, and the reply explains them where it tells how things stand (hd70a: the real
# reply explained 水价偏高 in its 基本情况).
CONCERNS_NOTE = "建议还提出{concerns}：请在此一并说明其现状和原因"


def concerns_note(ask: Ask | None) -> str:
    """:data:`CONCERNS_NOTE` for ``ask``'s concerns; "" where it names none."""
    concerns = ask.concerns if ask is not None else []
    return CONCERNS_NOTE.format(concerns="、".join(concerns)) if concerns else ""


# What the bureau's own placeholder for plans or mechanisms asked made (:func:`_made`) asks of the clerk, where the base holds nothing.
MADE_GAP_NOTE = ("已收集的材料中没有本单位此方面的计划或机制：已制定的，写明名称、制定时间和主要内容；正在制定的，写明进展和打算；"
                 "尚未考虑的，连同标题一起删去，需要时在下一步工作计划中说明")
# A point saying only how the heading's work goes on (分批推进, 有序推进, 分步实施): no matter of its own.
_HOW_ONLY = lazy(r"^[\u4e00-\u9fff]{2}(?:推进|实施)$")
# The verbs of works on a thing there already (改造, 维修; not those of building one, 建设, 新建: FOUNDING_VERBS): a point doing the
# heading's own such work names where on its thing it is done.
_UPKEEP_VERBS = tuple(v for v in WORKS_VERBS if v not in FOUNDING_VERBS)


# A point doing works (对破损道路和排水设施进行改造, 维修…道路): the verb, after what it is done on.
_UPKEEP = lazy(rf"^(?:对[^，,。；;]{{2,20}}?进行)?(?P<verb>(?:{words(_UPKEEP_VERBS)})+)")


def _beyond_heading(points: list[str], heading: str, works: list[str]) -> list[str]:
    """``points`` asked after ``heading`` (their sentence's first clause), but those saying no more than it does: the money
    for it (:data:`~.asks.MONEY_ONLY`: 安排专项资金), how it goes on (:data:`_HOW_ONLY`: 分批推进), or its own works on a part of
    its thing (a verb of :data:`_UPKEEP_VERBS` the heading says: 对破损道路和排水设施进行改造 under 加大对老城区小街巷的改造维修力度,
    hd57a) — the placeholder names the ask's matter, not every clause of it. A work named by example (``works``) stays."""
    upkeep = [v for v in _UPKEEP_VERBS if v in heading]
    return [p for p in points if p in works or not (
        MONEY_ONLY.match(p) or _HOW_ONLY.match(p) or ((m := _UPKEEP.match(p)) and any(v in m["verb"] for v in upkeep)))]


def _made(ask: Ask | None, points: list[str]) -> tuple[str, str] | None:
    """Where ``ask`` asks plans or mechanisms made (:attr:`~.asks.Ask.made`) and every one of ``points`` names one: its verb and
    what they make (老城区背街小巷年度改造计划及长效管护机制) — what the placeholder asks of them is how they were made, not work and
    figures (hd57a); None otherwise."""
    things = [t for t in ask.made if any(t in p for p in points)] if ask is not None else []
    if not things or not all(any(t in p for t in things) for p in points):
        return None
    return ask.made_by, "及".join(things) if len(things) < 3 else "、".join(things[:-1]) + "及" + things[-1]


_RELATING = lazy(words(RELATING_WORDS, TREATING_VERBS, LOCAL_SCOPES))  # (and the place's own scope: 利用好我市诸葛亮文化资源, hd53b)


def _named_once(points: list[str], works: list[str]) -> list[str]:
    """``points`` naming each matter once: of two the same but for the words joining theirs (:data:`~drafter.grammar.RELATING_WORDS`,
    :data:`~drafter.grammar.FUNCTION_CHARS`, the 进行 of 对X进行维修: :data:`~drafter.grammar.TREATING_VERBS`, the place's own scope: :data:`~drafter.grammar.LOCAL_SCOPES`, 利用好我市诸葛亮文化资源 of the ask, hd53b), their order
    and a short aside in brackets (:data:`~.remit.BRACKETED`), the one with the longer aside (the road's own name, hd54b:
    对温县“四好公路”一号路（县道紫南线）进行维修 over 维修温县“四好公路”一号路), else the first (the heading, the title's), and of
    one saying the other whole, the longer (hd52d: 贯通自新村与涉县消防通道 of the title and 贯通自新村与涉县之间的消防通道 of the
    ask were named both). A work named by example (``works``) is an item of its own and stays."""
    bare = ["".join(c for c in _RELATING.sub("", BRACKETED.sub("", p)) if c.isalnum() and c not in FUNCTION_CHARS) for p in points]
    chars = [Counter(key) for key in bare]
    rank = [(len(key), sum(map(len, BRACKETED.findall(p))), -k) for k, (p, key) in enumerate(zip(points, bare))]
    return [p for k, (p, key) in enumerate(zip(points, bare))
            if p in works or not key or not any(j != k and (key in other or chars[k] == chars[j]) and rank[k] < rank[j]
                                                for j, other in enumerate(bare))]


def _opens_clause(ask) -> bool:
    """True when ``ask``'s heading (its lead phrase) is the first clause of its sentence, its points the clauses after it
    (延长博物馆等文化场馆的夜间开放时间，推动文化、旅游与商业融合，营造城市活力氛围: a point asked itself, h258), not a heading
    sentence of its own over them (加强规划和政策引领。将老年助餐服务纳入…规划，…: a label they say)."""
    return _after_heading(ask)[:1] in ("，", ",", "；", ";")


def _heads_asking(ask) -> bool:
    """True when ``ask``'s heading is a sentence of its own over what the deputy asks in the next, opening on 建议
    (:data:`~.asks.ASKING`: 农旅融合与乡村振兴要注重全面提档升级。建议打造提升红色旅游景区，…): a thesis the section's heading says,
    no point of its placeholder, which names the points asked (hd72b: only the heading sharing a word with them was left out)."""
    rest = _after_heading(ask)
    return rest.startswith("。") and bool(ASKING.match(rest[1:].lstrip()))


def _after_heading(ask) -> str:
    """What ``ask``'s text says after its heading (its lead phrase); "" where it has none or does not say it."""
    at = ask.text.find(ask.phrase) if ask is not None and ask.phrase else -1
    return ask.text[at + len(ask.phrase):] if at >= 0 else ""


def _says_heading(point: str, ask, alone: bool) -> bool:
    """True when ``point`` says a word (bigram) of ``ask``'s heading — the ask's one point (``alone``) one other than the
    title's (:attr:`~.asks.Ask.titled`), which the whole suggestion says: 扩大优待项目清单 shares only 优待 with 拓宽优待证使用场景
    under 关于拓展优待证使用场景的建议, and the gap asked for the list alone, not the uses the heading names (hd26d) —
    never a word naming who acts (:data:`ACTORS`: 气象部门…各部门快速响应 shares only 部门 with 健全多部门信息共享与协同联动机制,
    and 模拟…应急响应流程, 检验联动机制的有效性 none with 定期组织多部门联合演练: hd36b)."""
    return bool(set(bigrams(ask.phrase)) & set(bigrams(point)) - (ask.titled if alone else frozenset()) - ACTORS)


def _unsaid_pair(points: list[str], ask) -> list[str]:
    """The clauses of ``ask``'s paired heading (:func:`~.asks.paired`) before the first one of ``points`` says, which none
    says: asked before them, in the heading's order (全面排查 of 全面排查，科学布局 before 科学规划通信基站布局, hd49a)."""
    words = [set(bigrams(p)) for p in points]
    pair = paired(ask.phrase)
    said = next((k for k, c in enumerate(pair) if any(set(bigrams(c)) & w for w in words)), len(pair))
    return pair[:said]


# Words naming who acts (多部门, 各单位): no matter of a heading a point may say.
ACTORS = frozenset(("部门", "单位"))


def _matter(said: list[str], ask) -> str:
    """The points ``said`` of one run as its placeholder's matter: the ask's heading opening them heads the rest
    (定期组织多部门联合演练，模拟强降水情景下的应急响应流程、检验联动机制的有效性), not one more of a list."""
    if ask is not None and len(said) > 1 and said[0] == ask.phrase:
        return joined([said[0], joined(said[1:])])
    return joined(said)


def asked_part(unit: str, matter: str, wording, context: dict, note: str | None = None,
               site: str | None = None) -> list[Span]:
    """A placeholder asking co-handler ``unit`` for ``matter`` (its part as a whole: 市市场监管局承办部分; the matter
    of a section naming it), worded by ``gap_item.j2`` as a section's items are (on works at one ``site``: its view
    and part, not data); ``note`` its comment."""
    return note_first(wording.spans("gap_item", **{**context, "asked": unit, "consult": None, "site": site, "matter": matter}),
                 note)


def note_first(spans: list[Span], note: str | None) -> list[Span]:
    """``spans`` with ``note`` (if any) on their first placeholder (their first span when none)."""
    if not note:
        return spans
    at = next((k for k, s in enumerate(spans) if s.kind == PLACEHOLDER), 0)
    return [*spans[:at], replace(spans[at], note=note), *spans[at + 1:]]


def joined(points: list[str]) -> str:
    """``points`` as one phrase: on 、, or on ， where a point holds a list of its own (持续推出优待项目清单，引导餐饮、
    酒店住宿…等经营主体参与), never 、 within 、."""
    return ("，" if any("、" in p for p in points) else "、").join(points)


# A point naming who is to act on it (由石林街道协调解决…): the name, then the act.
_BY_WHOM = lazy(r"^由(?P<who>[^，。、由]{2,12}?)(?=协调|负责|牵头|组织|统筹|配合|解决|落实|做好)")


def _unnamed(point: str, asked: str | None) -> str:
    """``point`` without its 由… when that names ``asked``, the unit its placeholder asks (由石林街道协调解决…
    asked of 石林街道办事处: 协调解决…)."""
    found = _BY_WHOM.match(point)
    if not found or not asked or found["who"][:2] not in asked:
        return point
    return point[found.end():]


def _co_handler_of(point: str, context: dict, ws) -> str | None:
    """The co-handler (as the clerk named it) whose field ``point`` says, or None; a field word in passing in a
    list (养老服务、文化活动场所等项目资金: :func:`~.remit.in_passing`) says none."""
    if not context["co_handlers"]:
        return None
    found = remit_of(point, ws, [])
    if found is None or found[1] or in_passing(point, found[2]):
        return None
    return unit_in(context["co_handlers"], found[0])
