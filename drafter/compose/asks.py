"""What the suggestion asks for: its text read from a file, its asks, and the concern it voices.

A deputy's suggestion states a concern (the title and usually an opening paragraph on the
problem), then numbered asks (``建议一：…``, ``一、…``, ``（一）…``, ``一是…``, ``1.…``). A reply
answers the asks in their order, so each becomes a short phrase (its first clause saying what is
asked, framing words such as 建议/要/进一步 dropped, at most :data:`MAX_PHRASE` characters) with its key terms
(the phrase's character bigrams) and its whole text (the vocabulary that tells which source
sentences speak to it). Text with no numbered asks is one ask; no text at all gives none (the
draft then follows the facets of the topic).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from ..errors import DrafterError
from ..grammar import (
    ASK_NUMBER, ASK_VERBS, TOWN_LEVEL, BODY_WORDS, SEIZING_VERBS, GOVERNMENT, JURISDICTION_LEVELS, LEVEL_NOUN_AFTER, MADE_THINGS, MAKING_VERBS, ROAD, CARRYING_ON, COMMITTEE_PART, FUNCTION_CHARS, HEADING_NUMBERS, ITEM_IS, KIN_WORDS,
    MANNER_ADVERBS, METHOD_MANNER, MODAL, NEEDING, PLAN_STATES, PUTTING_IN_VERBS, PAIRED_QUALIFIERS, PLACE_OPEN, PROBLEM_PHRASE, PUSHING_VERBS, REACHING_PACE, REACHING_VERBS, RECENT_YEARS_WORDS, RELATING_WORDS, RESIDENT_WORDS, SHOULD, STEP_VERBS, WORKS_VERBS,
    COSIGNER_FIELD, DEED_TAKING_VERBS, ENTERPRISE_WORDS, JOINT_VERBS, PARTNER_VERBS, TOWN_LEVELS, UNIT_END, ZONE_WORDS, HENCE_WORDS, LEAD_LABEL, POLITE_YOU, SCOPE_OPENERS, SCOPE_WORDS, UNIT_ORGAN_WORDS, announces_asks, bigrams, concern, figure_matches,
    TREATING_VERBS, TURN_WORDS, VIEWPOINT, strip_ordinal, words,
)
from ..lazyre import lazy
from ..textutil import CJK_CHAR, CLAUSE_BREAK, CLAUSE_OR_SENTENCE_END, SPACE, cn_number, is_cjk
from .sentences import DIGIT

MAX_PHRASE = 25
MAX_POINTS = 6
# What says what the work is for: FOR (为…), and the verbs of serving an end (…赋能泉州制造产业高质量
# 发展, …促进科技成果就地转化, 助力…), each also opening a point that names a goal (GOAL).
FOR = "为"
PURPOSE_VERBS = ("赋能", "促进", "助力", "助推")
# What opens a clause of the result sought (…，让游客能够方便领取，把游客引流到城区消费; …，从而…): the clauses after it,
# up to one opening on a verb of asking, say that result too (把游客引流到城区消费 is no ask of its own).
# (or on the needs it meets: 加快江宁老年医院建设，满足老年人医疗需求 — what the building is for, hd24b)
# (or on what it avoids or favours: …，以免因使用量少导致过期，而增加运营成本; …，更有利于分级诊疗的建设 — hd30b)
RESULT_OPENERS = ("从而", "进而", "使", "让", "以便", "便于", "方便", "满足", "更好满足", "更好地满足", "以免", "以防", "免得",
                  "有利于", "更有利于", "以利于")
# A clause saying what for (以…, 为…) or in what scope (围绕…, 聚焦…): no point of its own.
# …or by what means (基于财政专项补贴，帮助…: the means is no heading, the help is), or on what
# principle (坚持高质量发展，创造更多就业岗位: the jobs are the ask, hd5), or on what grounds (根据就医客流变化，在…增开
# 班次: the buses are the ask), or whom it serves (…候车亭等设施建设，方便老年人和病人候车: hd8), or what the thing got is to
# serve as (购买…商铺，作为区中医医院发展业务用房: the purchase is the ask, hd41b; …，用于…).
PURPOSE_OPENERS = (FOR, *RESULT_OPENERS, "确保", "基于", "通过", "依托", "借助", "坚持", "根据", "按照", "依据", "作为", "用作", "用于")
# …but 作为 before a rank in the whole (作为全市重点工程优先推进, 作为我县示范点打造) gives the thing a status, said with the deed
# that is asked: no purpose. Before a verb a rank is the manner of the deed (重点扶持茶叶龙头企业, 试点推行…).
RANKS = ("重点", "示范", "试点", "样板", "标杆", "典型", "首批")
_RANKED = rf"作为(?:{words(SCOPE_WORDS)})(?:{words(RANKS)})"
PURPOSE = lazy(rf"^(?!{_RANKED})(?:{words(SCOPE_OPENERS, PURPOSE_OPENERS)})")
RESULT = lazy(rf"^(?:{words(RESULT_OPENERS)})")  # (:data:`RESULT_OPENERS`)
# A clause after a measure saying what the measures are for (，为我县…提供交通支撑): the aim closing them — not a result's
# (改善农田生产条件，满足群众农业生产需要: an aim and the need it meets, hd53c).
_AIM_AFTER = lazy(rf"[，,]{FOR}")


_PAUSE = lazy(r"[，,；;、]")


def dependant(clause: str) -> bool:
    """True for a clause saying what the clause before it is for, by what means or to what end (为…, 通过…, 从而…,
    实现…: :data:`PURPOSE`, whose openers hold :data:`RESULT`'s, :data:`GOAL`): no measure of its own."""
    return bool(PURPOSE.match(clause) or GOAL.match(clause))


# A clause closing on an image in quotes of the thing before it (扩充就业“蓄水池”, 当好企业“店小二”): the ask said over in a
# figure of speech, no point of its own (hd22a: 一是扩充就业“蓄水池”方面…). A name in quotes (推行“一网通办”, 推进“放管服”)
# stands right after its verb, or is longer.
_IMAGE = lazy(r"“[\u4e00-\u9fff]{2,3}”$")
_IMAGED = 4  # characters at least before an image: a verb and the thing it figures


def _figure_of_speech(clause: str) -> bool:
    """True when ``clause`` closes on an image of the thing before it (:data:`_IMAGE`)."""
    image = _IMAGE.search(clause)
    return bool(image) and len(MANNER.sub("", clause[:image.start()])) >= _IMAGED


def _only_purpose(sentence: str) -> bool:
    """True when ``sentence`` is one clause saying only what for (方便老年人和病人候车。) or what harm the work averts
    (:data:`AVERTED`: 防止内卷式恶性竞争。, hd56c): no measure (聚焦…，组织… is)."""
    return bool(PURPOSE.match(sentence) or AVERTED.match(sentence)) and not _PAUSE.search(sentence)


# The verbs an ask's phrase or point opens with (加强…, 建设…, 进一步…): what a reply reports on is
# the thing itself.
_ASKING = words(ASK_VERBS, ("进一步", "持续", "大力", "畅通", "拓宽"))
ASK_VERB = lazy(rf"^(?:{_ASKING})+")
# A clause of means that says what is done by it (通过三星堆的购票系统来发放消费券: 来 joins the means to the deed; 借助电子商务平台
# 推广农村产品: a verb of asking and its object after the means, hd72b): the deed asked, no mere means (通过…来 of 未来, 带来, 以来
# excluded).
_MEANS_DEED = lazy(rf"^(?:通过|依托|借助|基于)[^，,；;]{{2,}}?"
                   rf"(?:(?<![未带以原近外从后将])来(?![源自说])(?=[\u4e00-\u9fff]{{2}})|(?:{_ASKING})[\u4e00-\u9fff]{{2}})")
# Those and the verbs of seizing a chance or a means (抓住…机遇, 借助…): the opening of a phrase whose key words are what follows.
OPENING_VERB = lazy(rf"^(?:{words(SEIZING_VERBS)}|{_ASKING})+")


def _asked(clauses: list[str]) -> list[bool]:
    """For each of a sentence's ``clauses`` (framing words dropped), whether it says what is asked done: not what for or
    where (:data:`PURPOSE`, but a means with its deed, :data:`_MEANS_DEED`; :data:`_IN_FRAME`), nor a clause of a result's
    run (:data:`RESULT`, the clauses after it up to one opening on a verb of asking, :data:`ASK_VERB`), nor one of the
    deputy's reasons (:func:`_states`, and the clauses after it up to one asking anew, :func:`_asks_anew`), nor one naming only
    who is to act (:data:`WHO_ACTS`)."""
    out, result = [], False
    for clause, stated in zip(clauses, _reasons(clauses)):
        result = bool(RESULT.match(clause)) or (result and not ASK_VERB.match(clause))
        out.append(not result and not stated and not _DEGREE.match(clause) and not _IN_FRAME.match(clause)
                   and not WHO_ACTS.match(clause) and (not PURPOSE.match(clause) or bool(_MEANS_DEED.match(clause))))
    return out


def _reasons(clauses: list[str]) -> list[bool]:
    """For each of a sentence's ``clauses``, whether it gives the deputy's reasons: it states (:func:`_states`), or goes on from
    one that does (是经过长期的历史积淀, 拥有清新的空气) up to a clause asking anew (:func:`_asks_anew`: …，要加大…)."""
    out, stated = [], False
    for clause in clauses:
        stated = _states(clause) or (stated and not _asks_anew(clause))
        out.append(stated)
    return out


# A clause stating, not asking: what a thing is to something (村庄肌理是村庄特有的标志: VIEWPOINT), what it lies in or holds,
# its subject first (乡村景观的营造首先在于…, 乡村与城市的最大区别在于：…, …蕴含着丰富的历史、文化价值 — not what is held as a
# thing's quality, 挖掘乡村蕴含的文化价值), or what the clause before is (这也是其最为吸引人的地方, 这对于…): the deputy's reasons.
_STATING = lazy(r"^[^，,；;。]{2,24}?(?:在于|蕴含|蕴藏)(?!的)|^这(?:也|就|正|才|更|还)?(?:是|对)")
# A copula before a modal or a verb of asking (关键是要…, 重点是完善…): what is to be done, said as what is key — asked.
_IS_TO = lazy(rf"是(?:{MODAL}|{words(NEEDING)}|{_ASKING})")
# A clause saying only where or in what the work stands (也因此在当前乡村景区化建设中, 在规划上): no matter of its own.
_IN_FRAME = lazy(rf"^(?:也|而|{words(HENCE_WORDS)})*在[^，,；;。]{{2,20}}?(?:之中|中|之上|上|之下|下|里|内)$")


def _states(clause: str) -> bool:
    """True when ``clause`` (framing words dropped or not) states the deputy's reasons, not what is asked done (:data:`_STATING`;
    :data:`~drafter.grammar.VIEWPOINT` but for what is key to do, :data:`_IS_TO`)."""
    return bool((VIEWPOINT.match(clause) and not _IS_TO.search(clause)) or _STATING.match(clause))


def _asks_anew(clause: str) -> bool:
    """True when ``clause`` opens on asking: a modal, 建议 or who is asked (:data:`LEADING`), or a verb of asking or seizing
    after its manner (充分利用田间资源: :data:`OPENING_VERB`) — what ends a run of reasons (:func:`_asked`)."""
    return bool(LEADING.match(clause) or OPENING_VERB.match(MANNER.sub("", clause)))


# A clause saying how far the one before should go by comparison (…医院系数，不比同级别医院的专科医院低): no matter of its own (hd30b).
_DEGREE = lazy(r"^(?:不比|不低于|不少于|不高于|不超过|不亚于)")
# A clause describing the course or the standard of the works asked (北大路改造按国家一级公路设计，在平凉西连接福银高速，沿泾河北岸至
# 长庆桥，接入福银高速, hd52a: one route, asked as one matter): where it runs, what it joins, how it is built — no matter of its own.
# (its course by where it passes, a place or a road point at its end: not 经营性收入提高到每村10万元以上, 经济总量提升到全省前列, rv17)
COURSE = lazy(rf"^(?:在[^，,]{{1,10}}?)?(?:连接|接入|接通|衔接|连通)[^，,]{{1,12}}?{ROAD}$"
              rf"|^(?:沿|经由|途经|起于|起自)[^，,]{{1,16}}?(?:至|到|止于)[^，,]{{0,11}}(?:{ROAD}|[{JURISDICTION_LEVELS}村口站港岸])$"
              rf"|按[^，,]{{1,12}}?{ROAD}(?:标准)?(?:设计|建设|修建|改造|等级)$")


# Marker families (the grammar's numbering, where it may open an ask): each matches an ask's
# opening marker and captures its number.
_LEVEL = dict(HEADING_NUMBERS)
MARKERS: dict[str, re.Pattern] = {
    "建议N": lazy(rf"(?:^|(?<=[。；;：:\n]))\s*{ASK_NUMBER}"),
    "N、": lazy(rf"(?:^|(?<=[。；;：:！!\n]))\s*{_LEVEL['一、']}"),  # (建议：一、…；二、… on one line)
    "（N）": lazy(rf"(?:^|(?<=[。；;：:\n]))\s*{_LEVEL['（一）']}"),
    "N是": lazy(rf"(?:^|(?<=[。；;：:\n，,]))\s*{ITEM_IS}(?=[^\d])"),
    "1.": lazy(rf"(?:^|(?<=[。；;：:\n]))\s*{_LEVEL['1.']}(?!\d)"),
}
# The deputy's word of asking opening a point (…应用。建议支持企业开展技术改造): no part of what is asked
# (建议人, 建议书, 建议案, 建议权 are things asked about; 建议人才… asks for 人才…).
ASKING = lazy(r"^建议(?:[：:]|(?!人(?!才)|书|案|权))(?=[\u4e00-\u9fff])")  # (建议：在原…新建…卫生室 too)
# A word joining a clause to the one before (并公开曝光…, 同时加强…): no part of what the clause asks.
JOINING = lazy(r"^(?:并且|并|同时|以及|及(?!时))(?=[\u4e00-\u9fff]{2})")
# What 如 opens a condition with (如果, 如发现…, 如遇暴雨天气, 如有需要): the clause says when the ask applies, no measure
# (nor example) of its own, as a time clause (:data:`WHEN`) says none — not a word 有 or 若 opens (如有关部门…, 若干…)
# (pattern texts).
_IF = ("果", "发现", "发生", "出现", "遇", "有(?!关)", "需", "因", "若(?!干)", "未", "不")
CONDITION = lazy(rf"^(?:假如|倘若|若(?!干)|一旦|如(?:{words(_IF)}))")
# A word opening the examples a general ask is followed by (…投入，如对共和初级中学运动场进行翻新硬化，将…): no part of
# what the example asks (如期, 如实, 如何… are words of their own).
EXAMPLE = lazy(rf"^(?:比如|例如|譬如|诸如|如(?![期实何今此同下意]|{words(_IF)})|包括|特别是|尤其是)[：:]?(?=[\u4e00-\u9fff]{{2}})")
# An example naming a work on its own object: on a thing taken by 对/将/把 (对…运动场进行翻新硬化, 将…屋顶改琉璃瓦) or by a
# verb of works (维修…道路), no kind its list closes with (等).
_OWN_WORK = lazy(rf"^(?:对|将|把)[^等]{{4,}}$|^[^等]*(?:{words(WORKS_VERBS)})[^等]*$")
# Who a suggestion asks to act, named before what it asks, at every level alike (建议市政府加大…, 由政府积极争取…, 县人民政府要…,
# 我县积极争取…, 全区…, 请有关部门…): the reply's heading says what is done, never who is asked to do it (hd56b: 由政府积极争取项目资金
# headed its section and went into the bureau's mouth, 下一步我局将…由政府…, where 我市积极争取… lost its 我市). Its parts (pattern
# texts): the place as a whole or the writer's own (OWN_WHOLE: 我县, 全区, 本州 — 我/全/本 and a level of JURISDICTION_LEVELS, not
# a word the level makes, 全市场, 本区域); the departments concerned (有关部门, 相关职能部门, 各部门); a government of a level or
# of all (县政府, 区人民政府, 各级政府, 县政府有关部门); the words asking one to act (由, 请, 恳请, 建议: _ASKED_BY). A government
# said bare (政府) is one asked after those words or before what it is to do (政府应…, 政府积极…: _DOING), not in a name
# (政府购买服务, 政府投资项目); nor is any before the lead a unit takes (县政府牵头…, 由县政府统筹…: :data:`_UNIT_LEADS` drops
# the unit with it).
_DOING = rf"(?:{MODAL})?(?:{words(MANNER_ADVERBS)}|{words(ASK_VERBS)}|{words(SCOPE_OPENERS)})"
OWN_WHOLE = rf"[我全本][{JURISDICTION_LEVELS}](?![{LEVEL_NOUN_AFTER}])"
_DEPARTMENTS = r"(?:(?:有关|相关|各)(?:职能)?|职能)部门"
_GOVERNMENT = rf"(?:{words(GOVERNMENT)})(?:{_DEPARTMENTS})?"
_LEVELLED = rf"(?:各级|[{JURISDICTION_LEVELS}]){_GOVERNMENT}"
# (who should act, bare 政府 too: ACTOR, which also opens a title's matter led by who should act, 政府相关部门协调联动…)
ACTOR = rf"{_LEVELLED}|{_GOVERNMENT}|{_DEPARTMENTS}"
_UNIT_LEAD = "牵头|负责|统筹|会同有关部门"
_ASKED_BY = rf"(?:由|请|恳请|建议)(?:{OWN_WHOLE}|{ACTOR})(?!{_UNIT_LEAD})"
_ASKED = rf"{_ASKED_BY}|(?:{OWN_WHOLE}|{_LEVELLED}|{_DEPARTMENTS}|{_GOVERNMENT}(?={_DOING}))(?!{_UNIT_LEAD})"
# A clause naming only who is to act (市水务部门会同经开区、市供水总公司, 由市住建局牵头, 县政府会同有关部门; 建议 dropped): units —
# organs (UNIT_END), departments, enterprises, zones, places — with a verb of working together or leading (JOINT_VERBS) or
# 由: who, not what is done, no point (hd70a: it took a point of the asks', and MAX_POINTS dropped 纳入城市供水统一管理). Not a
# clause opening on a manner or a verb of asking (加强部门协同, 推进部门联合: the working together is asked).
_ACTOR_END = rf"(?:{UNIT_END}|部门|单位|{words(ENTERPRISE_WORDS, ZONE_WORDS, TOWN_LEVELS)}|[{JURISDICTION_LEVELS}])"
_JOINT = rf"(?:{words(JOINT_VERBS)}|负责)"
_ACTORS = rf"(?:(?!{_JOINT}|的)[\u4e00-\u9fff、]){{1,16}}?{_ACTOR_END}"  # (no verb of working nor 的 in a name: …的规划布局)
WHO_ACTS = lazy(rf"^(?=由|[^，,]*?{_JOINT})(?!{words(MANNER_ADVERBS)}|{_ASKING}|{words(STEP_VERBS)})由?{_ACTORS}(?:(?:{words(PARTNER_VERBS)}){_ACTORS})?{_JOINT}*$")
# The own place taken by 将/把 before what is done with it (将我市靓城提质行动向城乡结合部延伸: the matter is the action, hd48d).
_OWN_PUT = rf"[将把]{OWN_WHOLE}"
_OWN_PUT_AT = lazy(rf"^{_OWN_PUT}(?=[\u4e00-\u9fff]{{2}})")
# Words that frame an ask's phrase without saying what it asks: who is asked (above), how (进一步, 积极…), 建议 and 应.
LEADING = lazy(rf"^(?:{_ASKED}|建议|{MODAL}|进一步|切实|着力|大力|积极|持续|不断|{_OWN_PUT})+")
CLAUSE_END = lazy(r"[。；;：:！？!?\n]")


# What ends a point an ask lists: a sentence's end (a result's run, :func:`_asked`, ends there too) or a clause's.
_SENTENCE_BREAK = lazy(r"[；;。！？!?\n]")
_ANY_COMMA = lazy(r"[，,]")  # (inside a quoted name too, unlike :data:`_COMMA`)


def _sentence_clauses(text: str, *dropped: lazy) -> Iterator[list[str]]:
    """Each sentence of ``text`` (to :data:`_SENTENCE_BREAK`) as its clauses (to :data:`_ANY_COMMA`), their edges' 、and ：
    stripped and what each of ``dropped`` matches at a clause's start removed in turn (:data:`ASKING`, :data:`JOINING`:
    建议支持企业… → 支持企业…, 并公开曝光… → 公开曝光…)."""
    for sentence in _SENTENCE_BREAK.split(text):
        # (a clause of no Chinese word is none: a bracket or a mark left alone, ）)
        clauses = [c.strip(" 、：:") if CJK_CHAR.search(c) else "" for c in _ANY_COMMA.split(sentence)]
        for rx in dropped:
            clauses = [rx.sub("", c) for c in clauses]
        yield clauses


_SENTENCE_RUN = lazy(r"[^。！？!?]+[。！？!?]?")


def asking_sentence(text: str) -> re.Match | None:
    """The first sentence of ``text`` (:data:`_SENTENCE_RUN`) opening on the deputy's word of asking (:data:`ASKING`: 建议…), past the
    problem stated before it however many sentences it runs to: where what is asked starts; None where no sentence opens so."""
    return next((s for s in _SENTENCE_RUN.finditer(text) if ASKING.match(s.group().strip())), None)


# A sentence recounting the work of recent years (近年来，我市…先后新建、改造了一大批公园绿地…，得到了…赞誉): the background
# of the suggestion, praise of what was done, unless it turns to the problem (…，但…) — its lists name nothing asked for (hd44b).
# (its words of work done are not grammar.WORK_FINISHED, whose 到位 would take 近几年…资金拨付不到位问题 for work recounted)
_DONE_BEFORE = lazy(rf"^\s*(?:{words(RECENT_YEARS_WORDS)})[^。！？!?]*?(?:了|已|先后|相继)")
_TURN = lazy(words(TURN_WORDS))


def _told_before(sentence: str) -> bool:
    """True when ``sentence`` of an ask's text recounts the work done (:data:`_DONE_BEFORE`) and states no problem."""
    return bool(_DONE_BEFORE.match(sentence)) and not SITUATION.search(sentence) and not _TURN.search(sentence)


# A clause opening on asking (建议…, 请…, 希望…, 恳请…), after the clauses before it.
_ASKING_CLAUSE = lazy(rf"(?:^|{CLAUSE_BREAK.pattern})\s*(?=建议|请|希望|恳请|要求)")


def _asked_after(sentence: str) -> str:
    """``sentence`` of an ask's text without the work done it recounts (:func:`_told_before`): from its first clause
    asking (建议…, 请…, 希望…, after ，or ；: 近年来，我市相继建成一批城市公园，建议在城东新区增建口袋公园、健身步道… asks for
    健身步道), else nothing (praise of the work alone asks nothing)."""
    if not _told_before(sentence):
        return sentence
    starts = [m.end() for m in _ASKING_CLAUSE.finditer(sentence)]
    return sentence[starts[0]:].lstrip("，,；; ") if starts else ""


# A clause doing a measure to a thing (对X进行Y, 对X加以Y, after manner words): X the thing, Y the measure (:data:`DEED_TAKING_VERBS`).
_DEED_ON = lazy(rf"^(?P<lead>(?:{words(MANNER_ADVERBS)})*)对(?P<thing>[^，,。；;]{{2,}}?)(?P<verb>{words(DEED_TAKING_VERBS)})"
                r"(?P<deed>[^，,。；;]{2,})$")


def _deed_on(clause: str) -> re.Match | None:
    """``clause`` as a measure done to a thing (:data:`_DEED_ON`), who is asked to do it left out (:data:`LEADING`); None for another."""
    return _DEED_ON.match(LEADING.sub("", clause))


def _deed_on_thing(clause: str) -> str:
    """A ``clause`` too long for a point (:meth:`Ask._longest`) doing a measure to a thing (:data:`_DEED_ON`) said by the thing's own
    name, what it is said to be before its last 的 (its qualities, where it stands) and who is asked left out: 对全镇运行年限较长、设备
    老化的小型集中供水工程和水源井进行维修更换 → 对小型集中供水工程和水源井进行维修更换 — the object with its measure, never
    dropped as too long (hd59b W4) nor cut on a qualifier (W5); ``clause`` as it is otherwise."""
    done = _deed_on(clause)
    if not done or "的" not in done["thing"]:
        return clause
    return _deed_said(done, _own_name(done["thing"]))


# A list's members after its first, up to the 等 closing it before the kind they are of (、乡村酒店、乡村民宿等 of 打造星级农家乐、
# 乡村酒店、乡村民宿等乡村旅游精品产品).
_LISTED_AFTER_FIRST = lazy(r"、[^，,；;。、]+(?:[、和及与][^，,；;。、]+?)*等(?=[\u4e00-\u9fff]{2})")


def _first_listed(clause: str) -> str:
    """``clause`` naming a list of things of a kind by its first and the kind (打造星级农家乐、乡村酒店、乡村民宿等乡村旅游精品产品 →
    打造星级农家乐等乡村旅游精品产品): a point too long said shorter, not dropped (hd72b); ``clause`` as it is where it lists none."""
    return _LISTED_AFTER_FIRST.sub("等", clause, count=1)


def _own_name(thing: str) -> str:
    """``thing`` by its own name, what it is said to be before its last 的 left out (运行年限较长的小型集中供水工程 → 小型集中供水工程)."""
    return thing.rsplit("的", 1)[-1]


def _deed_said(done: re.Match, thing: str = "", deed: str = "") -> str:
    """The measure ``done`` to a thing (:data:`_DEED_ON`) said again as 对X进行Y: X ``thing`` and Y ``deed`` where given, its own otherwise."""
    return f"{done['lead']}对{thing or done['thing']}{done['verb']}{deed or done['deed']}"


@dataclass
class Ask:
    """One thing the suggestion asks for."""

    phrase: str  # 加强智能制造关键核心技术攻关 (≤ MAX_PHRASE, no final punctuation)
    text: str  # the ask's whole text, marker dropped
    # each of its points' key words (set by the selection, which knows the base's vocabulary):
    # {"培育技术经理人队伍": ["术经理人队伍"]}; a point without key words is not weighed
    point_keys: dict = field(default_factory=dict)
    # the heads of its :attr:`subjects` that name their kind (set by the selection, which knows which
    # words are particular): {"工业机器人": "机器人"} — a 服务机器人 is a robot of the kind asked about
    heads: dict = field(default_factory=dict)
    # the key words of its phrase (set by the selection too): ["中试验证"] of 加快中试验证平台建设
    matter_keys: list = field(default_factory=list)
    # the deed each point doing one to things asks (set by the selection, which knows the particular words: :data:`ENLARGE_TO`):
    # {"加强对班主任和心理教师的培训": "培训"} — what the point asks, its things whom for
    deeds: dict = field(default_factory=dict)
    # the words of those keys that the base says all over (污染防治 in an environment bureau's base: its field),
    # when another key is not (工业水): they tell nothing of what the ask is about (set by the selection)
    broad_words: frozenset = frozenset()
    listed: bool = True  # one of the asks the text numbers, not the whole text read as one ask
    # the words naming what its text says by another name, which its text does not say (农村公路 beside
    # 通村道路: :mod:`.synonyms`; set by the selection, which knows the workspace)
    synonyms: str = ""
    # the things its body lists where its phrase names a broad class of them (高速公路, 客运, 物流, 水运 and the works of the
    # field: 大桥… of 抓好交通基础设施建设; :func:`~.select.class_members`, set by the selection): each says what it asks
    members: tuple = ()
    phrase_synonyms: str = ""  # those of its phrase's words: they say what it is about as the phrase does
    # the words of the suggestion's title (its matter, :func:`~.select.matter_phrase`, less the generic), where its
    # phrase names the suggestion's subject (公办中小学教室 of 将公办中小学教室安装空调纳入…; set by the selection)
    titled: frozenset = frozenset()
    # the title's words its phrase shares with another ask, beyond the generic and the bureau's own place (应急预案 of
    # 推动建立…应急预案体系 beside 加强应急预案演练: set by the selection, :func:`~.select.ask_words`)
    shared: frozenset = frozenset()
    # the words of the bureau's own field its text says (市场监管 of 强化市场监管执法 in a 市场监管局's draft: one word
    # however long, said by its every fact; set by the selection, :func:`~.select.ask_words`)
    own_field: tuple = ()
    # where every ask says a matter its title does not (长城 of 榆林's three asks under 关于建设榆林边塞文化旅游走廊的议案), the
    # words of the suggestion's subject a fact on the ask says one of: that matter's, and the title's the asks say beyond the
    # bureau's own field (边塞, 走廊; not 文化, 旅游 of a 文化和旅游局); empty otherwise (set by the selection, :func:`~.select.ask_words`)
    subject: frozenset = frozenset()
    # the named works (schools, reservoirs, clinics…) the suggestion names, its title and text (六街一小, 晋宁七中), each with its
    # kind (:func:`~.select.asked_works`; set by the selection): a fact done for another of their kind is no work on it
    works: dict = field(default_factory=dict)
    # the whole text read as one ask, keyed on what it asks where the title says none of it (:func:`parse_asks`): its phrase,
    # not the title's, is what the reply is about (推动乡级行政区划调整 under 关于进一步提升一般公共预算收入质量的建议, hd60a)
    untitled: bool = False

    @property
    def points(self) -> list[str]:
        """What the ask lists after its phrase (the rest of its first sentence too: 设立…基金 of
        ``加大科技金融支持，设立…基金``): its clauses (``加快专利审查和确权``), at most
        MAX_POINTS, none longer than MAX_PHRASE, none saying what for or where, nor the result sought (:func:`_asked`), nor the
        examples in brackets of the phrase's noun (:meth:`_past_phrase`)."""
        return list(self._points)

    @cached_property
    def _points(self) -> tuple[str, ...]:
        """:attr:`points`, read from the text the first time they are asked for (an ask's text and phrase stay as
        parsed; :meth:`owed` asks again for each text a section might say)."""
        rest = self.text.strip()
        at = self._phrase_at(rest)
        if at is not None:
            rest = self._past_phrase(rest, at)
        else:  # the title's core named the ask: what follows the deputy's 建议： (or 建议…： heading them), else from the sentence
            # opening on 建议 on (:func:`asking_sentence`, as :func:`parse_asks` reads it: the first itself where it asks, 建议加快救助
            # 管理站建设，完善社会福利设施。, hd51a; past a problem of several sentences, …，时常发生供水投诉。建议…, whose clauses were
            # asked and the asks past MAX_POINTS lost, hd70a), else past the first sentence (never the problem stated there:
            # 新能源汽车“充电难、充电慢”的问题比较突出 was asked for as work, hd32a)
            labels = list(_ASKS_HEADED.finditer(rest))
            rest = (rest[labels[-1].end():] if labels else rest[asking.start():] if (asking := asking_sentence(rest)) else
                    CLAUSE_END.split(rest, maxsplit=1)[-1] if CLAUSE_END.search(rest) else "")
        out: list[str] = []
        # 建议支持企业… asks 支持企业…; …依法从严查处，并公开曝光典型案例: asks 公开曝光典型案例 (its route or standard, none: COURSE)
        for clauses in _sentence_clauses(rest, ASKING, JOINING, EXAMPLE, _OWN_PUT_AT):
            for clause, asked in zip(clauses, _asked(clauses)):
                clause = _WHEN_THEN.sub("", clause)
                longest = self._longest(at, out)  # (each clause's: the first point's alone is doubled)
                c = clause if len(clause) <= longest else _first_listed(_deed_on_thing(clause))  # (one too long said shorter,
                # else dropped)
                # (nor when it is to be done, 禁限行期间: a time clause is no matter, hd39b F1)
                if (c and asked and len(c) <= longest and c != self.phrase and not _figure_of_speech(c) and not WHEN.search(c)
                        and not CONDITION.match(c) and not COURSE.search(c)):
                    out.append(c)
        return tuple(out[:MAX_POINTS])

    @cached_property
    def informing(self) -> bool:
        """True for an ask only for information (:func:`found_out`: 摸清…设施现状; a clause of what it is for after it aside, 为…提供
        依据): part one answers it, as it is, and part two owes no step on it (hd62a: （一）摸清…设施现状。【待补充：具体举措】)."""
        clauses = [c for c in (LEADING.sub("", c.strip()) for c in _ALL_CLAUSES.split(self.text)) if c]
        return bool(clauses) and found_out(clauses[0]) is not None and all(found_out(c) or PURPOSE.match(c) for c in clauses[1:])

    @property
    def made(self) -> tuple[str, ...]:
        """Where its phrase asks to make a plan or mechanism (:data:`MAKING`: 制定老城区背街小巷年度改造计划): what it and its points
        ask made (老城区背街小巷年度改造计划, 长效管护机制 of 建立长效管护机制) — the thing it asks for, which material on it says
        (hd57a); none otherwise."""
        return tuple(thing for _, thing in self._making)

    @property
    def made_by(self) -> str:
        """The verb its phrase asks :attr:`made` by (制定); empty where it asks nothing made."""
        return self._making[0][0] if self._making else ""

    @cached_property
    def _making(self) -> tuple[tuple[str, str], ...]:
        """The verb and thing of its phrase and of each point asking a thing made (:data:`MAKING`), none unless its phrase does."""
        if not (first := MAKING.match(self.phrase)):
            return ()
        return tuple((m["verb"], m["thing"]) for m in (first, *map(MAKING.match, self._points)) if m)

    @property
    def points_asked(self) -> list[str]:
        """Its :attr:`points` but the aims closing them (:func:`closing_aim` after the last measure: …，争取早日解决群众出行难问题,
        which no material reports); an aim a measure follows is a matter asked (提升通信网络质量 of 加快算力基础设施建设与
        提升，提升通信网络质量，争取建设国家级新型互联网交换中心, hd33b), and so is one a clause of a paired heading names
        (:func:`paired`: 提高通信网络信号质量 of 适当新建，提高质量 — the deputy's own heading asks it, hd49a), and so is one the
        clause saying what all is for follows (:meth:`_aim_after`: 提升…服务能力，为我县…提供交通支撑, hd72a)."""
        return list(self._points_asked)

    @cached_property
    def _points_asked(self) -> tuple[str, ...]:
        """:attr:`points_asked`, worked out the first time they are asked for (as :attr:`_points`: :meth:`owed` asks
        again for each text a section might say)."""
        points = self._points
        last = max((k for k, p in enumerate(points) if not closing_aim(p)), default=-1)
        headed = [set(bigrams(c)) for c in paired(self.phrase)]
        return tuple(p for k, p in enumerate(points)
                     if k < last or not closing_aim(p) or any(h & set(bigrams(GOAL.sub("", MANNER.sub("", p)))) for h in headed)
                     or self._aim_after(p))

    def _aim_after(self, point: str) -> bool:
        """True when the clause after ``point`` in the text says what it is all for (:data:`_AIM_AFTER`: 提升客运、物流和水运服务能力，
        为我县融入成渝地区双城经济圈提供交通支撑): that clause is the aim, and ``point`` one more measure asked (hd72a)."""
        at = self.text.find(point)
        return at >= 0 and bool(_AIM_AFTER.match(self.text, at + len(point)))

    @property
    def concerns(self) -> list[str]:
        """The problems named by the aims closing its points that :attr:`points_asked` leaves (:data:`_SOLVED`: 三个村群众饮水保障和水价
        偏高问题 of …，纳入城市供水统一管理，解决三个村群众饮水保障和水价偏高问题, hd70a): no measure, but what the deputy raised, which
        the reply explains where it tells how things stand — not one named by no word of its own (:data:`_ANY_PROBLEM`: 实际问题)."""
        asked = self._points_asked
        return [m["problem"] for p in self._points
                if p not in asked and (m := _SOLVED.match(p)) and not _ANY_PROBLEM.match(m["problem"])]

    @property
    def named_works(self) -> list[str]:
        """Those of its :attr:`points` from the first opening on a word of example (:data:`EXAMPLE`) to the first clause
        that is no work on its own object (:data:`_OWN_WORK`; 同时配齐配强专任教师队伍 goes on with the ask) when they are two
        or more: 对共和初级中学运动场进行翻新硬化, 将共和银丝完小办公楼屋顶改琉璃瓦 of 加强教育基础设施建设投入，如对…，将…。 — each a
        matter a reply reports in turn (hd42a); none otherwise."""
        text = self.text.strip()
        at = self._phrase_at(text)
        rest = self._past_phrase(text, at) if at is not None else text
        for clauses in _sentence_clauses(rest, JOINING):
            first = next((k for k, c in enumerate(clauses) if EXAMPLE.match(c)), None)
            if first is not None:
                points = self.points
                named = [EXAMPLE.sub("", c) for c in clauses[first:]]
                works = [w for w in named[:next((k for k, w in enumerate(named) if not _OWN_WORK.match(w)), None)] if w in points]
                return works if len(works) > 1 else []
        return []

    @staticmethod
    def _longest(at: int | None, found: list[str]) -> int:
        """How long a point may be, given those ``found`` before it: MAX_PHRASE, and twice that for the first where the title's
        core named the ask — its text's first clause says what it asks in its own words (加大对认定的省州县“绿色食品牌”产业基地给予
        政策资金扶持: dropped as too long, the placeholder asked for its aim alone, 提升基地的示范带动效应, hd24c); the clauses after
        it are points as any other ask's are (the doubled limit let a whole 对X加以Y go on to the next, fx57c)."""
        return MAX_PHRASE * 2 if at is None and not found else MAX_PHRASE

    @property
    def subjects(self) -> list[str]:
        """The things the ask names one by one outside its phrase (:func:`named_things`):
        ``智能装备``, ``工业机器人``, ``工业软件`` of ``聚焦智能装备、工业机器人、工业软件等领域``;
        those of a clause of purpose before it too (纺织鞋服 of ``围绕纺织鞋服…等产业，加快…``)."""
        return list(self._subjects)

    @cached_property
    def _subjects(self) -> tuple[str, ...]:
        """:attr:`subjects`, read from the text the first time they are asked for (as :attr:`_points`)."""
        rest = self.text.strip()
        at = self._phrase_at(rest)
        if at is not None:
            rest = rest[:at] + rest[at + len(self.phrase):]
        return tuple(_named_things("".join(_asked_after(s) for s in _SENTENCE_RUN.findall(rest))))

    @property
    def built(self) -> frozenset[str]:
        """Those of its :attr:`subjects` whose own work a point asks for: named by a point opening on a verb of
        asking and closing no list by 等 and its kind (市博物馆新馆 of 加快推进市文化馆、市图书馆、市博物馆新馆建设) —
        not the fields a point names as its scope (聚焦智能装备…等领域) nor those of a clause of purpose
        (围绕纺织鞋服…等产业)."""
        return frozenset(t for p in self.points if _ACTION.match(p) and "等" not in p for t in _named_things(p))

    @property
    def measures(self) -> str:
        """What the ask proposes doing, in its own words, as a next step could say it: the sentences
        after its phrase (``聚焦智能装备…，组织龙头企业联合高校院所开展…攻关，…。``), framing words
        (建议, 市政府应) dropped, at most :data:`MAX_MEASURES` characters; none stating a figure (a
        sum or target the deputy names is no commitment of the bureau's), the situation
        (:data:`SITUATION`) or the deputy's reasons alone (:func:`_reasons`: 村庄肌理是村庄特有的标志，…), who speaks
        (:data:`REPORT`) or only what for (:func:`_only_purpose`), nor those of aims closing them (:func:`_aims_closed`). Of the
        whole text read as one ask, only what the sentence holding its phrase goes on to name (建议：加强农村人居环境整治，加快推进农村生活污水治理和农村黑臭
        水体排查整治，… : the matters it names, hd49b), none where no sentence holds it. The scope the phrase is asked in, said
        before it (:func:`_scope_before`: 聚焦重点场所和重点环节，加大…抽检力度), leads them with the phrase, the aims closing
        the phrase's sentence left out (…，守护群众“舌尖上的安全”, hd66a), where that leaves something said."""
        rest = self.text.strip()
        if not self.listed:  # (what follows the deputy's last 建议：)
            rest = rest[labels[-1].end():].strip() if (labels := list(_ASKS_LABEL.finditer(rest))) else rest
        at = self._phrase_at(rest)
        if not self.listed and at is None:
            return ""
        if at is None:
            return self._proposed(CLAUSE_END.split(rest, maxsplit=1)[-1])
        past = self._past_phrase(rest, at)
        scope = _scope_before(rest[:at])
        return (scope and self._proposed(scope + self.phrase + _aims_cut(past))) or self._proposed(past)

    def _proposed(self, rest: str) -> str:
        """:attr:`measures` of ``rest``, the ask's text from where they start: its sentences proposing something (the first
        alone of the whole text read as one ask), their closing aims left out; "" where they run past MAX_MEASURES."""
        rest = rest if self.listed else (m.group() if (m := _SENTENCE_RUN.match(rest)) else "")
        out: list[str] = []
        for sentence in _SENTENCE_RUN.findall(rest.strip(" ，,；;。：:\n")):
            sentence = MEASURE_FRAME.sub("", JOINING.sub("", SPACE.sub("", sentence))).rstrip("，,；;。！？!?") + "。"
            if (len(sentence) < MIN_MEASURE or DIGIT.search(sentence) or figure_matches(sentence)
                    or SITUATION.search(sentence) or REPORT.search(sentence) or _only_purpose(sentence) or _DEGREE.match(sentence)
                    or all(_reasons(_ANY_COMMA.split(sentence.rstrip("。"))))):
                continue
            if out and len("".join(out)) + len(sentence) > MAX_MEASURES:
                break
            out.append(sentence)
        said = "".join(_aims_closed(out))
        return said if len(said) <= MAX_MEASURES else ""

    def _past_phrase(self, text: str, at: int) -> str:
        """``text`` past the ask's phrase, which stands at ``at``, and past the bracket right after it (:data:`_BRACKET`): what
        the phrase's noun names by example, cut to make the heading (完善城郊森林消防基础设施（消防水池、取水设施、防火隔离带等）, hd63a),
        is the noun's, no point nor measure of its own; so is a bare word closing the phrase's clause (:data:`_BARE_REST`: 建设 of
        加快推进平陆县农产品深加工基地建设，依托…, the title's core the phrase: hd71a)."""
        rest = text[at + len(self.phrase):]
        examples = _BRACKET.match(rest)
        rest = rest[examples.end():] if examples else rest
        return rest[bare.end():] if (bare := _BARE_REST.match(rest)) else rest

    def _phrase_at(self, text: str) -> int | None:
        """Where the ask's phrase stands in ``text`` (its text, stripped): 0 where the text opens
        with it, else its place after framing words or a clause of purpose in the first sentence
        (``建议加强…``, ``围绕…，加快…``); None where the first sentence does not hold it (the
        title's core named the ask; an empty phrase, none named it)."""
        if self.phrase and text.startswith(self.phrase):
            return 0
        at = text.find(self.phrase) if self.phrase else -1
        return at if at > 0 and not CLAUSE_END.search(text[:at]) else None

    def owed(self, said: str, kin: bool = True) -> list[Owed]:
        """The ask's :attr:`subjects` that ``said`` (what a section of the reply says) does not
        name — as written, for a four-character one its two halves in one clause (人才引进:
        ``一体引进“人才+团队+项目”``), or its head (:attr:`heads`: 工业机器人 in ``人形机器人``, of the
        kind asked about) — at most MAX_OWED: what the reply still owes under this ask. Without
        ``kin``, a point said only in a word of its kind (补助 asked, 奖补 reported) is still owed. A point asking a deed done
        to things (:attr:`deeds`) is said by its deed, never by its things alone (培训 of 加强对班主任和心理教师的培训)."""
        flat = SPACE.sub("", said)
        clauses = CLAUSE_OR_SENTENCE_END.split(flat)
        subjects = self._subjects
        things = [Owed(t) for t in subjects if not self._names(t, flat, clauses)]
        points = []
        asked = self.points_asked
        listed = _lists_joined(flat)
        for point, keys in self.point_keys.items():
            if keys and point in asked and not REPORT.search(point) and not any(t in point for t in subjects):
                deed = self.deeds.get(point)
                unsaid = (point if deed not in listed else "") if deed else _unsaid(point, keys, flat, listed, clauses, kin)
                if unsaid:
                    points.append(Owed(unsaid, point))
        return (things + points)[:MAX_OWED]

    def _names(self, thing: str, flat: str, clauses: list[str]) -> bool:
        """True when ``flat`` (text without spaces, cut into ``clauses``) names ``thing``, one of
        the ask's :attr:`subjects`: as written, a four-character one's halves in one clause (引进…
        人才), or its head (:attr:`heads`: 机器人 of 工业机器人 in 人形机器人)."""
        return thing in flat or (len(thing) == 4 and any(thing[:2] in c and thing[2:] in c for c in clauses)) \
            or (thing in self.heads and self.heads[thing] in flat)

    def says_wholly(self, owed: str, text: str) -> bool:
        """True when ``text`` says what ``owed`` (an entry of :meth:`owed`) stands for: a thing it
        names; of a point, the key words of one of its parts (:data:`JOIN`) covering at least half
        of that part's key characters (培育库 of 高企培育库) — not a point said by a lesser part of its
        words (科技型中小企业 of 支持科技型中小企业融资, whose 融资 is the ask). False for text
        :meth:`owed` did not give (no point it stands for)."""
        flat = SPACE.sub("", text)
        clauses = CLAUSE_OR_SENTENCE_END.split(flat)
        if owed in self.subjects:  # a thing: named as :meth:`owed` has it, whatever MAX_OWED cuts from its list
            return self._names(owed, flat, clauses)
        point = getattr(owed, "point", None)
        if point is None:
            return False
        if deed := self.deeds.get(point):  # (the deed asked is the point: 培训 of 加强对班主任和心理教师的培训)
            return deed in _lists_joined(flat)

        def span(ks: list[str]) -> set[int]:  # the point's characters its key words ``ks`` cover
            return {point.find(k) + n for k in ks for n in range(len(k))}

        listed = _lists_joined(flat)
        for _, own in _parts(point, self.point_keys.get(point, [])):
            told = [k for k in own if _key_said(k, point, flat, listed, clauses)]
            if told and 2 * len(span(told)) >= len(span(own)):
                return True
        return False

    @property
    def query(self) -> str:
        """What to search the fact base with: the ask's whole text (its phrase is drawn from it) and its
        :attr:`equivalents`."""
        return " ".join(t for t in (self.text, *self.equivalents) if t)

    @property
    def equivalents(self) -> tuple[str, ...]:
        """The words the ask says by another form, each whole: the names its text spells out character by character run
        together (:data:`_SPELT_OUT`) and the :attr:`synonyms` of its words."""
        return (*(m.group(1).replace("、", "") for m in _SPELT_OUT.finditer(self.text)), *self.synonyms.split())


# A name spelt out a character at a time in quotes (“创、训、养”基地): said run together elsewhere (“创训养”示范基地, hd26b:
# the ask's words held no 创训, and the base's 创训养 fact answered no ask).
_SPELT_OUT = lazy(r"“([\u4e00-\u9fff](?:、[\u4e00-\u9fff])+)”")


class Owed(str):
    """What a reply still owes under an ask (:meth:`Ask.owed`), as the placeholder lists it (a
    thing, 工业机器人; what of a point is unsaid, 完善服务保障), with the ``point`` it stands for
    (完善人才评价和服务保障; None for a thing). Equal to its text."""

    point: str | None

    def __new__(cls, text: str, point: str | None = None) -> Owed:
        entry = super().__new__(cls, text)
        entry.point = point
        return entry


MAX_OWED = 4
HEADED = 5  # characters: a thing this long may be named by its head (机器人 of 工业机器人: :func:`kind_head`)
# The verbs of a harm the work is to avert (防止内卷式恶性竞争, 杜绝…, 遏制…): its aim, said with the clause asking the work (the
# deputy's heading: 强化市场监管执法，防止内卷式恶性竞争, :func:`_aimed`), no measure of its own.
AVERTING_VERBS = ("防止", "避免", "杜绝", "遏制")
AVERTED = lazy(rf"^(?:{words(AVERTING_VERBS)})(?=[\u4e00-\u9fff]{{2}})")
# A point that says what for, not what to do (提升制造业智能化水平, 增强…能力, 改善学生用眼环境, 恢复正常通行,
# 争取早日解决群众出行难问题): no measure a reply owes; nor is an end the ask serves (助推我市经济发展, 赋能…: PURPOSE_VERBS) or an
# effect it builds (树立我市诸葛亮文化品牌效应, hd53b), nor the safety of people, their lives or property kept (保护人民群众生命财产
# 安全, 保障群众生命安全, 守护群众“舌尖上的安全”: what any work is for, hd63a, hd66a), nor a line of defence held (守牢安全底线,
# 筑牢食品安全防线, 织密…防护网): the aims a field's every work serves, no measure (保障资金, 维护设施 are).
_EFFECT_BUILT = r"树立[^，,。；;]{0,20}?(?:效应|形象|影响力|知名度|美誉度)"
_KEEPING_VERBS = ("保护", "保障", "维护", "守护")
_HOLDING_VERBS = ("守牢", "守住", "守好", "筑牢", "筑起", "织密", "织牢", "兜牢", "兜住")
_SAFETY_KEPT = (rf"(?:{words(_KEEPING_VERBS)})[^，,。；;]{{0,12}}?(?:生命|财产|人民|{words(RESIDENT_WORDS)})[^，,。；;]{{0,8}}?安全"
                rf"|(?:{words(_HOLDING_VERBS)})[^，,。；;]{{0,12}}?(?:防线|底线|红线|屏障|网|墙)")
GOAL = lazy(rf"^(?:{words(('提升', '增强', '提高', '实现', '推动更多', *PURPOSE_VERBS, '打响', '降低', '减少', '减轻', *AVERTING_VERBS, '缓解', '分流', '满足', '改善', '恢复', '争取早日', '早日', '倒逼'))}|{_EFFECT_BUILT}|{_SAFETY_KEPT})")
# The problem the measures before it are to solve, closing them (…，对破损道路和排水设施进行改造，解决道路破烂、排水不畅问题, hd57a).
_SOLVED = lazy(r"^(?:切实|有效|彻底)?解决好?(?P<problem>[^，,。；;]*?(?:问题|难题))$")
# A problem named by no word of its own (解决实际问题, 解决好上述问题): no concern the deputy raised (:attr:`Ask.concerns`).
_ANY_PROBLEM = lazy(r"^(?:这一|这个|这些|上述|以上|此类|该|相关|有关|实际|具体|存在的|突出|各类|各种)*(?:问题|难题)$")


# A clause saying in what scope the phrase after it is asked (聚焦重点场所和重点环节，加大…力度; 围绕…，针对…).
_SCOPE_OPEN = lazy(rf"^(?:{words(SCOPE_OPENERS)})(?=[\u4e00-\u9fff]{{2}})")


def _scope_before(before: str) -> str:
    """What of an ask's sentence stands ``before`` its phrase when, framing words dropped (建议, 要), it is clauses each saying
    in what scope the phrase is asked (:data:`_SCOPE_OPEN`: 聚焦重点场所和重点环节，); "" for anything else."""
    text = MEASURE_FRAME.sub("", ASKING.sub("", before.strip()))
    clauses = _COMMA.split(text)
    return text if len(clauses) > 1 and not clauses[-1].strip() and all(_SCOPE_OPEN.match(c.strip()) for c in clauses[:-1]) else ""


def _aims_cut(past: str) -> str:
    """``past``, an ask's text after its phrase, without the rest of the phrase's sentence where that only says aims
    (:func:`closing_aim`: …，守护群众“舌尖上的安全”。): the sentence ends on the phrase."""
    run = _SENTENCE_RUN.match(past)
    if run and _aims_only(run.group().strip(" ，,；;。！？!?\n")):
        return "。" + past[run.end():]
    return past


def _aims_closed(sentences: list[str]) -> list[str]:
    """An ask's measures (``sentences``) without those closing them that say only aims (:func:`closing_aim`, each clause; the
    rest of the phrase's sentence too, the phrase its measure: 完善…基础设施（…），提升城郊森林火灾扑救能力，保护人民群众生命财产安全,
    hd63a) — what the measures are for, nothing proposed. A sentence proposing something keeps its aim, as the deputy wrote it."""
    out = list(sentences)
    while out and _aims_only(out[-1].rstrip("。")):
        out.pop()
    return out


def _aims_only(sentence: str) -> bool:
    """True when every clause of ``sentence`` (its closing mark taken off) says an aim (:func:`closing_aim`)."""
    return all(closing_aim(c.strip()) for c in _COMMA.split(sentence))


def closing_aim(point: str) -> bool:
    """True when ``point`` says what the measures before it are for (:data:`GOAL`, after a manner word: 持续提升…文明城市创建水平)
    or the problem they solve (:data:`_SOLVED`): an aim, no measure a reply owes when it closes them."""
    return bool(GOAL.match(MANNER.sub("", point)) or _SOLVED.match(point))


# A manner word opening an ask's clause (进一步, 切实…; 科学 before a verb of work, 科学编制…) (pattern text).
_MANNER_WORD = rf"(?:{words(MANNER_ADVERBS)}|{METHOD_MANNER})"
# A clause asking to make a plan or mechanism (制定老城区背街小巷年度改造计划, 建立长效管护机制): its verb and what it makes.
MAKING = lazy(rf"^{_MANNER_WORD}?(?P<verb>{words(MAKING_VERBS)})(?P<thing>[^，,。；;]{{2,30}}?(?P<kind>{words(MADE_THINGS)}))$")


# A sentence of an ask saying how things stand, not what to do (目前我市…仍存在…问题).
SITUATION = lazy(r"存在|问题|缺乏|难以|滞后|有待|目前|当前|现状|(?:仍|尚)(?:未|不|无)")
# What frames an ask's sentence as asked of someone (建议, 市政府应, 有关部门要: _ASKED; 由政府…, 请县政府…, whatever follows: _ASKED_BY),
# before what is asked.
MEASURE_FRAME = lazy(rf"^(?:{_ASKED_BY}(?:{MODAL})?|(?:{_ASKED}|建议)?(?:{MODAL})?(?={_DOING}))")
MIN_MEASURE = 8  # characters: a shorter sentence says no measure
MAX_MEASURES = 120  # characters of an ask's measures a next step quotes
# A point that reports or addresses (先后出台了…, 我们已…, 您提出的…): a reply's wording, no ask.
REPORT = lazy(rf"\d|了|已|我们|{POLITE_YOU}|答复|委员|[:：]")
# The comma between things listed (道路、桥梁、隧道): a point naming them run together (新建道路桥梁) is said by the list.
LIST_COMMA = lazy(r"(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])")
KEY_SPAN = 3  # a point's key word is said when any KEY_SPAN characters of it are


MAX_INSERT = 3  # a key word is said with up to MAX_INSERT characters put between its halves
# Where a point joins the things it asks for (完善人才评价和服务保障): its parts.
# (not where the things joined are what a 的 after them says of one thing: 建立特殊教育学校与普通学校的融合教育交流机制 asks
# for the mechanism, not 特殊教育学校: hd16)
JOIN = lazy(r"(?:以及|(?<!参)与|(?<![普涉])及(?!时)|和(?!谐)|、)(?![^的，,；;、与和及]{1,12}的)")
MIN_OWED = 4  # an unsaid part shorter than this reads as nothing


def matters(text: str) -> list[str]:
    """The matters ``text`` asks for one by one: its clauses, and their parts where it joins things
    (:data:`JOIN`: 加快专利审查和确权 → 加快专利审查, 确权), each with its opening verbs dropped
    (:data:`ASK_VERB`: 专利审查)."""
    parts = (p.strip(" 、：:") for clause in CLAUSE_OR_SENTENCE_END.split(text) for p in JOIN.split(clause))
    return [ASK_VERB.sub("", p) for p in parts if p]


def _parts(point: str, keys: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The parts of ``point`` where it joins the things it asks for (:data:`JOIN`: 完善人才评价和服务
    保障 → 完善人才评价, 服务保障), each with the key words standing in it."""
    return _parts_of(point, tuple(keys))


@lru_cache(maxsize=4096)
def _parts_of(point: str, keys: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """:func:`_parts`, remembered: a point and its key words are fixed once the ask is read, and
    every :meth:`Ask.owed` of a draft asks again."""
    bounds = [0] + [e for m in JOIN.finditer(point) for e in (m.start(), m.end())] + [len(point)]
    at = {k: point.find(k) for k in keys}  # where each key word stands in the point
    return tuple((point[start:end], tuple(k for k in keys if at[k] < end and at[k] + len(k) > start))
                 for start, end in zip(bounds[::2], bounds[1::2]))


def _key_said(key: str, point: str, said: str, listed: str, clauses: list[str], kin: bool = True) -> bool:
    """True when ``said`` says a point's key word: any KEY_SPAN characters of it in a row (对接
    技术供需 says 术供需 of 术供需精准) in ``listed`` (``said``, its things listed with 、 said as one:
    :func:`_lists_joined`), a word of its kind beside a word of the point around it
    (with ``kin``; :func:`_kin`, :func:`_around`: 中试服务平台…奖补 says 运营给予补助 of 对平台建设和运营给予补助),
    or its two halves in one clause with at most MAX_INSERT characters between them, each half at
    least two characters, the point's own next characters lending to a short one (人才自主评价 says
    才评价 of 完善人才评价: 人才…评价)."""
    if any(key[k:k + KEY_SPAN] in listed for k in range(len(key) - KEY_SPAN + 1)):
        return True
    if (plain := _without_hua(key, point)) and any(plain[k:k + KEY_SPAN] in listed for k in range(len(plain) - KEY_SPAN + 1)):
        return True
    kinds = _kin(key) if kin else None
    if kinds is not None and kinds.search(said) and any(g in said for g in _around(key, point)):
        return True
    return any(head in said and any(head in c and _said_apart(head, tail, c) for c in clauses) for head, tail in _halves(key, point))


# A two-character word made a manner by 化 before the noun it qualifies (常态化管理, 规范化建设): 常态管理 says it.
HUA = lazy(r"(?<=[\u4e00-\u9fff]{2})化(?=[\u4e00-\u9fff]{2})")


def _without_hua(key: str, point: str) -> str | None:
    """A key word ending on a word made a manner by 化 (:data:`HUA`: 实行常态化 of 实行常态化管理) as said without it, the
    point's noun after it lent: 行常态管理, which 建立常态管理制度 says (hd28b); None for another key word."""
    at = point.find(key)
    end = at + len(key)
    if at < 0 or not key.endswith("化") or not HUA.match(point, end - 1):
        return None
    return key[:-1] + point[end:end + 2]


def _lists_joined(said: str) -> str:
    """``said`` with its things listed with 、 run together (道路、桥梁 says 道路桥梁 of 新建道路桥梁: hd21b); a key word
    said in ``said`` is said here too (no key word holds 、)."""
    return LIST_COMMA.sub("", said) if "、" in said else said


# A word of a kind (:data:`KIN_WORDS`) said as one thing done, not a member of a list of aspects
# (资金补助 of 从成果转化、人才待遇、资金补助等方面提出5条扶持措施 reports no subsidy).
_KIN = tuple((kind, lazy(rf"(?<!、)(?:{words(kind)})(?![等、])")) for kind in KIN_WORDS)


@lru_cache(maxsize=4096)
def _around(key: str, point: str) -> tuple[str, ...]:
    """The words of ``point`` around its key word (平台, 台建, 建设 of 对平台建设和运营给予补助 around
    运营给予补助): its bigrams outside the key word, none holding a function character. A word of
    the key's kind says it only beside one of these (立项补助 for a technology project says no
    subsidy for platforms)."""
    rest = point.replace(key, "、")
    return tuple(g for g in (rest[k:k + 2] for k in range(len(rest) - 1))
                 if all(is_cjk(c) for c in g) and not FUNCTION_CHARS & set(g))


@lru_cache(maxsize=4096)
def _kin(key: str) -> re.Pattern | None:
    """What says a word of ``key``'s kind (:data:`KIN_WORDS`: 补助 of 运营给予补助 is said by 补助,
    补贴, 奖补…, not in a list); None when it holds no such word."""
    return next((said for kind, said in _KIN if any(w in key for w in kind)), None)


@lru_cache(maxsize=4096)
def _halves(key: str, point: str) -> tuple[tuple[str, str], ...]:
    """The two halves of a point's key word as said apart (:func:`_key_said`), one pair per cut that
    the point's characters around the key word allow; remembered, as :func:`_parts_of` is."""
    at = point.find(key)  # where the key word stands in the point
    found = []
    for cut in range(1, len(key)):
        start, end = at + min(cut - 2, 0), at + max(cut + 2, len(key))
        if start < 0 or end > len(point):
            continue
        found.append((point[start:at + cut], point[at + cut:end]))
    return tuple(found)


def _said_apart(head: str, tail: str, text: str) -> bool:
    """True when ``text`` says ``head``, then 1 to MAX_INSERT characters of its line, then ``tail`` (a word's halves
    said apart, :func:`_halves`): found by ``str.find``, no pattern compiled for words a run reads."""
    at = text.find(head)
    while at >= 0:
        gap = at + len(head)
        found = text.find(tail, gap + 1, gap + MAX_INSERT + len(tail))
        if found >= 0 and "\n" not in text[gap:found]:
            return True
        at = text.find(head, at + 1)
    return False


def _unsaid(point: str, keys: list[str], said: str, listed: str, clauses: list[str], kin: bool = True) -> str:
    """What of ``point`` a section saying ``said`` still owes: the whole point when it says none of
    its key words; when it says some, only the point's parts (:data:`JOIN`) none of whose key words
    it says, after the point's opening verb (完善人才评价和服务保障 → 完善服务保障), or nothing when
    that is shorter than MIN_OWED or says only a generic noun (引进力度: 进力度); of a measure done to things (对X进行Y), its
    things and measures owed as one whole phrase (:func:`_deed_unsaid`). ``listed``: ``said`` as :func:`_lists_joined` gives it."""
    told = {k: _key_said(k, point, said, listed, clauses, kin) for k in keys}
    if not any(told.values()):
        return point
    if all(told.values()):
        return ""
    if done := _deed_on(point):
        return _deed_unsaid(done, told)
    unsaid = [part for part, own in _parts(point, keys) if _owed_part(own, told)]
    verb = _ACTION.match(point)
    rest = "和".join(unsaid)
    out = verb.group() + rest if unsaid and verb and not rest.startswith(verb.group()) else rest
    return out if len(rest) >= MIN_OWED else ""


def _owed_part(own: list[str] | tuple[str, ...], told: dict[str, bool]) -> bool:
    """True for a part of a point whose key words ``own`` are none of them said (``told``) and name more than a generic noun."""
    return bool(own) and not any(told[k] for k in own) and any(len(_KIND.sub("", k)) >= 2 for k in own)


def _deed_unsaid(done: re.Match, told: dict[str, bool]) -> str:
    """What a point doing measures to things (:data:`_DEED_ON`: 对集中供水工程和机电井进行维修养护、更新改造), some of whose key words
    are said (``told``), still owes, as a whole phrase again: the things (by their own names, after their qualities' 的) and the
    measures none of whose key words is said, each side whole where none of its own is owed (对机电井进行维修养护 — never
    机电井进行维修养护, cut across its verb, hd59b W5); "" where no part is owed."""
    def owed(side: str) -> str:
        return "、".join(p for p in JOIN.split(side) if _owed_part([k for k in told if k in p], told))

    things, deeds = owed(_own_name(done["thing"])), owed(done["deed"])
    return _deed_said(done, things, deeds) if things or deeds else ""


def kind_head(thing: str, specific) -> str | None:
    """The head of a thing of HEADED characters or more, what follows its first two (``工业机器人``
    → ``机器人``), when each two characters in a row of it name a particular matter
    (``specific(bigram)``): said alone (服务机器人, 人形机器人) it names a thing of the kind asked
    about. None when the head is a word much of the base says (新技术 of 引入新技术 stands in every
    高新技术企业), or the thing is shorter."""
    rest = thing[2:]
    if len(thing) < HEADED or not all(specific(rest[k:k + 2]) for k in range(len(rest) - 1)):
        return None
    return rest


def key_words(point: str, specific, generic=lambda g: False) -> list[str]:
    """A point's key words: its runs of characters every two of which in a row are a word that
    names a particular matter (``specific(bigram)``), KEY_SPAN characters or more. A run's edge
    that half overlaps a word of official prose (``generic(bigram)``: 发挥, 加大, 作用) is a seam,
    dropped (挥科 of 发挥科技, 大技 of 加大技术); an edge half in a word the base says often goes
    too (术经 of 技术经理人: ``经理人队伍``), unless too little is left: then the run takes that word
    in whole (技贷 of 发挥科技贷作用 → ``科技贷``, 术交易 → ``技术交易``, 业基金 → ``产业基金``) — not
    培育 or 技术 that much of the base says, nor the seam of two such words (新团 of 创新团队: two words
    the base says often make no particular one) unless the point has no other (引导基金 of 设立科技
    成果转化引导基金)."""
    grams = [point[k:k + 2] for k in range(len(point) - 1)]
    good = [specific(g) and not generic(g) for g in grams]

    def word(k: int) -> bool | None:  # True: a word the base says often; False: official prose; None: no word
        if not 0 <= k < len(grams) or good[k] or not is_cjk(grams[k]) or FUNCTION_CHARS & set(grams[k]):
            return None
        return not generic(grams[k])

    def runs(lone: bool) -> list[str]:
        out = []
        k = 0
        while k < len(grams):
            if not good[k]:
                k += 1
                continue
            end = k
            while end + 1 < len(grams) and good[end + 1]:
                end += 1
            if lone and k == end and word(k - 1) and word(k + 1):  # between two words the base says
                k += 1  # often: their seam (新团 of 创新团队), no word of its own
                continue
            seams = (word(k - 1) is False, word(end + 1) is False)
            start, stop = k + seams[0], end + 1 - seams[1]  # its bigrams grams[start:stop], characters to point[stop]
            # an edge half in a word the base says often (术 of 技术经理人) goes too, unless too little is
            # left: then that word is taken in whole (技贷 → 科技贷, 术交易 → 技术交易)
            common = (start == k and bool(word(k - 1)), stop == end + 1 and bool(word(end + 1)))
            first, last = start + common[0], stop - common[1]  # its characters point[first:last + 1]
            if last + 1 - first < KEY_SPAN:
                first, last = start - common[0], stop + common[1]
            if last + 1 - first < KEY_SPAN and stop - start == 1 and seams[0] and not seams[1]:
                first = k - 1  # one word after a word of prose: they name it together (服务保障), the prose word whole
            if stop > start and last + 1 - first >= KEY_SPAN:
                out.append(point[first:last + 1])
            k = end + 1
        return out

    # the seams of common words name the point when nothing more particular does (转化引导基金)
    return runs(True) or runs(False)


# A list of named things inside one clause: A、B、C (等…), or A和B / A及B; each 2–10 characters. A bracket opens and closes one
# (消防水池、取水设施、防火隔离带等 of 完善城郊森林消防基础设施（…）: examples of the noun before it, no item of theirs, hd63a).
_LIST = lazy(r"[^、，,。；;：:！？!?\n（）()]{2,}(?:、[^、，,。；;：:！？!?\n（）()]{2,})+")
# What opens a clause before the first thing it names: a verb of doing (and 一批), or a scope.
_VERBS = words(ASK_VERBS)
_OPENER_REACH = 6  # Chinese characters an opening verb of asking may stand after (全面加快…)
_OPENER = lazy(rf"^(?:[\u4e00-\u9fff]{{0,{_OPENER_REACH}}}?(?:{_VERBS})+)(?:一批|更多|各类)?")  # (加快推进 of 加快推进市文化馆)
_ACTION = lazy(_VERBS)  # a verb of asking: .match at a point, .finditer inside a clause
_PREPOSITION = lazy(r"^(?:在|对|从|把|将|与|向|通过|依托)")
# The work a list's things share, said after its last (开展竹林下食用菌、中药材种植试验示范: 食用菌 and 中药材 are the things).
_WORK_TAIL = lazy(r"(?:种植|养殖|栽培|试验|示范|推广|培训|加工|开发|利用)+$")
# What no named thing holds: a counted figure (共征集44家…: a report), an adverb or aspect word of a
# clause (双方进一步携手, 已组织…), a 的 inside it (市政府的正确领导下), a frame closing in 下 (…支持下).
_CLAUSE_MARK = lazy(r"\d|进一步|共同|双方|已|正在|曾|的|下$")
# A unit named in a list (市委、市政府, 市科技局、市科协, 管委会, 有关部门, 市委组织部: a party committee's
# department, COMMITTEE_PART): who works, not a thing the reply owes; an organ's word that also closes
# a thing (企业技术中心) is no unit here (UNIT_ORGAN_WORDS).
_UNIT_WORDS = (*UNIT_ORGAN_WORDS, *BODY_WORDS, "委会", "部门")
_UNIT = lazy(rf"委{COMMITTEE_PART}$|(?:{words(_UNIT_WORDS)})$")
# The characters a unit's name of _UNIT ends in: its words' last, and COMMITTEE_PART's (…部, …办).
_UNIT_LAST = frozenset(w[-1] for w in _UNIT_WORDS) | {"部", "办"}


def _is_unit(text: str) -> bool:
    """True when ``text`` ends in a unit's name (_UNIT); the pattern, which takes a cold draft ~2 ms
    to compile, only for a text ending in a character such a name ends in."""
    return text.rstrip("\n")[-1:] in _UNIT_LAST and bool(_UNIT.search(text))
# A generic noun closing the last thing named: 产业基金作用 → 产业基金.
_KIND = lazy(r"(?:作用|力度|水平|能力|体系|工作|领域|行业|产业|方面)$")
# What closes the last thing named: 等 and the kind they are (等领域, 等创新平台的…), or 的 + noun.
_CLOSER = lazy(r"(?:等|的|之).*$")
_THING = lazy(r"^[\u4e00-\u9fff“”A-Za-z0-9]{2,10}$")


@lru_cache(maxsize=1024)
def _named_things(text: str) -> tuple[str, ...]:
    """:func:`named_things`, remembered (an ask's subjects are asked for again and again)."""
    return tuple(named_things(text))


_THING_END = lazy(r"[，,。；;]")  # where a thing named after 的 ends
# The deed a verb taking only a deed takes (进行维修养护、更新改造 of 对…机电井进行…): acts, no things; and the list before it, the thing
# they are done to, ends there (hd59b W5: 我旗各镇村组老化 and 更新改造 were named as things of one list across 进行).
_DEED_TAKEN = lazy(rf"(?:{words(DEED_TAKING_VERBS)})[^，,。；;！？!?\n]*")
# A list of what holds the work back (但受地域性、便利性等影响, 由于资金、用地等原因): the causes of the problem the deputy
# states, no things asked for.
_CAUSES = lazy(r"^(?:但|而|又|也|还)?(?:受(?!益)到?|由于|因为)|等(?:因素|原因|影响|制约|限制|困扰)")


def named_things(text: str) -> list[str]:
    """The things ``text`` names in lists (``大院大所、新型研发机构、企业技术中心等创新平台``):
    each list's items, the clause's opening verb cut from the first and ``等…`` from the last; a
    list of qualities (``懂技术、善管理的复合型人才``) names the thing after its 的. In order, no
    repeats."""
    out: list[str] = []
    for match in _LIST.finditer(_DEED_TAKEN.sub("，", text)):  # (a list of acts its verb takes, 进行维修养护、更新改造, names none)
        items = match.group().split("、")
        tail = items[-1]
        qualities = "的" in tail and "等" not in tail.split("的")[0]
        if any(_ACTION.match(i) for i in items[1:]):  # a list of actions (…转化、实现产业化), no things
            continue
        if any(i.count("“") != i.count("”") for i in items):  # “不忘初心、牢记使命”: one name quoted
            continue
        if any(DIGIT.search(i) for i in items):  # 共征集44家科技企业、创新平台…: a report of counts
            continue
        if any(_is_unit(_CLOSER.sub("", i)) for i in items):  # 市委、市政府的…: units, not things
            continue
        if _CAUSES.search(match.group()):  # 但受地域性、便利性等影响: the problem's causes, nothing asked (hd38c)
            continue
        items[0] = _PREPOSITION.sub("", _without_opener(items[0]))
        items[-1] = _CLOSER.sub("", tail)
        cut = _verb_cut(items[-1])  # …、科技型中小企业给予奖励: the thing ends at the verb
        if cut is not None and not qualities:
            items[-1] = items[-1][:cut]
        work = _WORK_TAIL.search(items[-1])  # …食用菌、中药材种植试验示范: the work done on them all, no part of the last
        if work and work.start() >= 2 and not qualities:
            items[-1] = items[-1][:work.start()]
        if len(items[-1]) > 3:
            items[-1] = _KIND.sub("", items[-1])
        if not qualities and any(len(i.strip("“”\"' ")) < 2 for i in items):  # 建立市、县两级…: no list of things
            continue
        if qualities:  # 懂技术、善管理的复合型人才: the thing is what follows 的
            thing = _THING_END.split(tail.split("的", 1)[1])[0]
            items = [match.group().rsplit("的", 1)[0].replace(match.group().split("、")[0], items[0], 1)
                     + "的" + thing] if _THING.match(thing) and not _CLAUSE_MARK.search(thing) else []
            items = [i for i in items if len(i) <= 16]
        for item in items:
            item = item.strip("“”\"' ")
            if (_THING.match(item) or qualities) and item not in out and not _is_unit(item) \
                    and (qualities or not _CLAUSE_MARK.search(item)):
                out.append(item)
    return out


def _without_opener(item: str) -> str:
    """``item`` without its opening verb (_OPENER), or verbs joined by 和/及/与 (引进和培养文创…: hd11 asked
    for 和培养文创); the pattern, which takes a cold draft ~1 ms to compile, only where a verb of asking
    stands within its reach."""
    verb = _ACTION.search(item)
    if not verb or verb.start() > _OPENER_REACH:
        return item
    rest = _OPENER.sub("", item)
    joined = _JOINED_VERB.match(rest)
    return _without_opener(rest[joined.end():]) if joined and rest != item else rest


_JOINED_VERB = lazy(r"(?:以及|和|及|与|并)(?=[\u4e00-\u9fff]{2})")


def _verb_cut(item: str) -> int | None:
    """Where the thing named by ``item`` ends at a verb (``科技型中小企业给予奖励`` → before 给予),
    looking past its first two characters; of two verbs overlapping by a character the later one
    (``科研机构建立``: 建立, not 构建 — the first ends the noun)."""
    starts = [k for k in range(2, len(item)) if _ACTION.match(item, k)]
    if not starts:
        return None
    first = starts[0]
    return first + 1 if first + 1 in starts else first


def read_suggestion_text(path: str | Path) -> str:
    """The suggestion's text from a .txt/.docx/.pdf file (the source readers), or ``-`` for stdin."""
    if str(path) == "-":
        from ..read.text import decode_bytes

        text = decode_bytes(sys.stdin.buffer.read(), Path("标准输入"))
        if not text.strip():
            raise DrafterError("标准输入的建议内容为空")
        return text
    from ..read import read_document, read_source_bytes

    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():  # said before its type: a folder has none (adir: 类型“无扩展名”不支持 misled)
        raise DrafterError("是文件夹，不是建议内容文件", path)
    if suffix in (".txt", ".text", ".md"):  # plain text needs decoding only, not page cleaning
        from ..read.text import decode_bytes

        text = decode_bytes(read_source_bytes(path), path)
        if not text.strip():  # a byte-order mark or blanks only: no text, not a draft without one
            raise DrafterError("文件为空（没有文字）", path)
        return text
    if suffix not in (".docx", ".pdf", ".html", ".htm"):
        from ..fileio import resave_advice

        advice = resave_advice(suffix)  # an old .doc: how to make it one that is read
        raise DrafterError(f"建议内容文件类型“{path.suffix or '无扩展名'}”不支持（支持 .txt .docx .pdf）"
                           + (f"，{advice}" if advice else ""), path)
    return read_document(path).text


def parse_asks(text: str | None, title: str = "") -> list[Ask]:
    """The asks of a suggestion text, in order (module doc). None/blank text → no asks."""
    if not text or not text.strip():
        return []
    text = _normalise(text)
    body = _after_ask_part(text)
    for candidate in (body, text) if body is not text else (text,):
        found = _ends_joined(_best_family(candidate))
        if found:
            return _listed_asks(found, title, candidate)
    # (a lone numbered ask, 为此建议：一、…, is no list: its number is no word of it)
    lines = _drop_title(text, title).split("\n")
    whole = "\n".join(strip_ordinal(line) for line in lines)
    # what it asks: the text after its last 建议： (建议：修复…防火线, 建议：\n坚持…), else a sentence opening on 建议…
    labels = list(_ASKS_LABEL.finditer(whole))
    asking = whole[labels[-1].end():] if labels else found.group() if (found := asking_sentence(whole)) else whole
    core = concern(title)  # (headed by its matter, not what it is for: 加大…建设力度, not …力度提升市民幸福指数, hd27b)
    titled = _short(before_purpose(core) or core)
    said = _phrase(asking, later=True) if asking is not whole else ""
    # (a title saying what it is for, …力度提升市民幸福指数, names the suggestion's aim: the section is headed by what the
    # text asks, in one sentence, where it says the title's matter short — 打造一批标准化菜市场, not the title's
    # 加大标准化菜市场建设力度, hd27b F1; not 给予政策资金扶持, which names nothing of 加大对“绿色食品牌”示范区建设扶持力度;
    # nor the first of several things asked, 在加强科技人才数量储备方面，…；共同做好…: the title spans them)
    aimed = before_purpose(core) not in ("", core)
    one = not _SEVERAL.search(asking.strip().rstrip("。！!"))
    numbered = whole != "\n".join(lines)  # (a lone numbered ask, 一、持续推出…，引导…，推动…: one ask the deputy numbered)
    if one and not numbered and (labels or ASKING.match(asking.strip())) and len(clausal := _clause_asks(asking, core)) >= SEVERAL_CLAUSES:
        return _listed_asks(clausal, title, asking)
    said = said if aimed and one and any(core[k:k + 3] in said for k in range(len(core) - 2)) else ""
    # (what the text asks, where it says nothing of the title's matter: the part of a broad suggestion this bureau answers,
    # 推动乡级行政区划调整 under 关于进一步提升一般公共预算收入质量的建议 — keyed on the title, no fact on 撤乡设镇 answered it, hd60a A1)
    own = _phrase(asking, later=True) if not said and (labels or ASKING.match(asking.strip())) and not _says_title(asking, core) else ""
    # (a lone numbered ask whose first sentence is its head, 一、加大对徐霞客及其游记的学习、宣传、普及。摘编出版…, is headed by
    # it as one of several would be, not by the title's matter: hd50a's part two headed 利用“徐霞客游保”资源推进文旅融合发展)
    head = _phrase(asking) if numbered else ""
    said = head if head and _SEVERAL.split(asking.strip(), maxsplit=1)[0] == head else said
    return [_headed(Ask(said or own or titled or _phrase(asking, later=True), whole, listed=False, untitled=bool(own and not said)))]


def _says_title(text: str, core: str) -> bool:
    """True when ``text`` says a word (bigram) of the title's ``core`` past its verbs of asking (its 进一步提升 would be said by
    any ask), or when nothing is left of it to tell: only a text saying none of the title's matter asks what the title does not
    say (推动乡级行政区划调整 under 进一步提升一般公共预算收入质量, hd60a) — 人才 of 建议加大高层次人才团队引进力度 is the title's
    加强科技人才工作 asked (its placeholder keeps the title's heading), as 硬化 of 争取资金尽快实施路面硬化 is …公路硬化 (hd17)."""
    matter = _title_words(core)
    return not matter or bool(matter & set(bigrams(text)))


def _title_words(core: str) -> frozenset[str]:
    """The words (bigrams) of a title's ``core`` past its verbs of asking (进一步提升…)."""
    return frozenset(bigrams(ASK_VERB.sub("", core)))


def restates_title(own: frozenset, titled: frozenset) -> bool:
    """Whether words (``own``) say half a suggestion's title (its words ``titled``) or more: the title restates what says
    them (关于增加蓄水工程建设的建议 of the ask 加强供水保障，增加蓄水工程建设…, hd50b)."""
    return bool(titled) and 2 * len(own & titled) >= len(titled)


def only_ends(piece: str) -> bool:
    """True when a numbered ``piece`` is made only of ends: it opens on the result a measure serves (:data:`RESULT`: 方便…,
    从而…) and says nothing but what for after it (:func:`dependant`: 促进…发展) — 二、方便承德县群众往返市区出行，促进承德县与
    市区一体化发展 (hd58a) is what the point before it serves, no ask a reply answers in a section of its own."""
    clauses = [JOINING.sub("", c.strip()) for c in _COMMA.split(piece.strip().rstrip("。；;！!"))]
    return bool(clauses) and bool(RESULT.match(clauses[0])) and all(dependant(c) for c in clauses if c)


def _ends_joined(pieces: list[str]) -> list[str]:
    """``pieces`` with each made only of ends (:func:`only_ends`) run into the one before, as the clauses saying what it is
    for (…，免收高速通行费，方便…出行，促进…发展。); the first piece stands, and so do pieces all made of ends."""
    ends = [only_ends(p) for p in pieces]
    if all(ends):
        return list(pieces)
    out: list[str] = []
    for piece, end in zip(pieces, ends):
        if out and end:
            out[-1] = f"{out[-1].rstrip('。；;！!，, ')}，{piece}"
        else:
            out.append(piece)
    return out


MIN_SHARED = 2  # characters at least of the matter two halves share (心理工作室): no bare qualifier is one
HALVES_JOINED = ("、", "", "和", "与", "及")  # how two halves are said together (线上、线下, 线上线下, 城区和农村)


def _listed_asks(pieces: list[str], title: str, text: str) -> list[Ask]:
    """The asks of the ``pieces`` a suggestion lists, each headed by its phrase (else the title's, :func:`_headed_by_title`);
    two asking for the two halves of one whole made one (:func:`_halves_joined`: the title and ``text`` say how they join)."""
    asks = [_headed(Ask(_phrase(piece) or _headed_by_title(piece, title, pieces[:k] + pieces[k + 1:]), piece))
            for k, piece in enumerate(pieces)]
    out: list[Ask] = []
    for ask in asks:
        k, joined = next(((k, j) for k, kept in enumerate(out) if (j := _halves_joined(kept.phrase, ask.phrase, f"{title}\n{text}"))),
                         (None, None))
        if k is None:
            out.append(ask)
            continue
        kept = out[k]
        said = kept.text.replace(kept.phrase, joined, 1) if kept.phrase in kept.text else kept.text
        # (what the later says besides its half kept: its text whole, unless it only says the earlier's again)
        same = ask.phrase in ask.text and ask.text.replace(ask.phrase, kept.phrase, 1) == kept.text
        out[k] = Ask(joined, said if same else f"{said}\n{ask.text}")
    return out


def _halves_joined(first: str, second: str, said: str) -> str | None:
    """The one ask two ask phrases make when they differ only by the halves of one whole (:data:`~drafter.grammar.PAIRED_QUALIFIERS`)
    before the matter they share (增设线上心理工作室, 增设线下心理工作室): the two joined as ``said`` (the title, the text) joins
    them (增设线上、线下心理工作室, or 线上线下…), else by 、; None for asks on two things (增设图书馆, 增设体育馆: no halves) or
    on another matter each (增设线上心理工作室, 开设线下心理热线)."""
    for one, other in (*PAIRED_QUALIFIERS, *((b, a) for a, b in PAIRED_QUALIFIERS)):
        at = first.find(one)
        before, shared = first[:at], first[at + len(one):]
        if at < 0 or len(shared) < MIN_SHARED or second != before + other + shared:
            continue
        ways = [before + a + join + b + shared for a, b in ((one, other), (other, one)) for join in HALVES_JOINED]
        return next((w for w in ways if w in said), ways[0])
    return None


_SEVERAL = lazy(r"[。；;！!？?]")  # a sentence's or a point's end inside what is asked: several things asked
SEVERAL_CLAUSES = 3  # clauses at least, each opening on a verb of asking, that make one 建议 sentence several asks


def _clause_asks(sentence: str, core: str) -> list[str]:
    """The asks of one 建议 sentence (no numbers) that lists several things to do, one a clause opening on a verb of asking
    (建议…，加强…宣传教育，提升…意识，推动碳达峰碳中和，持续改善环境质量: hd35a F2, one ask gave an empty draft): each such clause
    with the clauses after it saying what for (提升…意识 of 加强…宣传教育) and those before it saying who or where (市科技局、
    市科协双方进一步携手，配合…); a clause saying the title's ``core`` names the whole suggestion, no ask of its own."""
    pieces: list[tuple[list[str], bool]] = []  # (its clauses, whether one says what to do)
    for clause in _COMMA.split(sentence.strip().rstrip("。！!")):
        clause = JOINING.sub("", ASKING.sub("", clause.strip()))
        if not clause or LEADING.sub("", clause) == core:
            continue
        deed = bool(ASK_VERB.match(clause)) and not dependant(clause)
        if not pieces or (deed and pieces[-1][1]):
            pieces.append(([clause], deed))
        else:
            pieces[-1] = (pieces[-1][0] + [clause], pieces[-1][1] or deed)
    return ["，".join(clauses) for clauses, deed in pieces if deed]


# The deputy's label of what follows as asked (建议：, 为此建议：, …维护森林安全，建议：修复…), or the label of the part a suggestion
# spanning several units leaves one of them (涉及民政部门的内容：推动乡级行政区划调整…, hd60a): what follows is what it asks of it.
MAX_PART_LABEL = 16  # characters between 涉及 and the colon of such a part's label
_ASKS_LABEL = lazy(r"(?:^|(?<=[。；;，,\n]))\s*(?:(?:为此|因此|特此|特|现)?(?:建议|提出如下建议|提出以下建议)"
                   rf"|涉及[^，,。；;：:\n]{{1,{MAX_PART_LABEL}}})[：:]\s*")
MAX_LABEL_HEAD = 30  # characters of the general ask a 建议 sentence heads its points with before a colon
# …or a 建议 sentence's first clause closed by a colon, the general ask its points then spell out (建议旗政府继续完善农村牧区人畜饮水
# 工程：对…进行维修养护、更新改造，继续实施…, hd59b W4): the points are what follows it.
_ASKS_HEADED = lazy(rf"{_ASKS_LABEL.pattern}|(?:^|(?<=[。；;\n]))\s*建议[^，,。；;：:！？!?\n]{{2,{MAX_LABEL_HEAD}}}[：:]\s*")


def _headed_by_title(piece: str, title: str, others: list[str]) -> str:
    """The heading of an ask whose first clause cannot be said short: the title's core when it is short enough
    to head a section (尽快组织对…路段进行维修 → 维修坡脚镇桐子林至上弯腰树道路) and speaks of what the ask does (a word of
    it in the ask's text), else the ask's next clause that can be (hd8: a 70-character title stood as ask 3's heading,
    恢复井河混灌 lost), else the title's core; "" where none can (no heading). A title sharing no word with the ask names
    the whole suggestion, not this point (hd26b: 推动临沧文旅产业高质量发展 headed the ask on a 创训养 base); one a clause of
    ``others`` (the suggestion's other asks) restates heads none: it is that ask's matter (hd65b: 生活污水管网企业全覆盖 headed
    ask 2 while ask 1 asked 推动生活污水管网对企业全覆盖). An ask saying the title's matter of a thing the title does not
    name (:func:`_of_own_thing`) is headed by none of the title's words, nor by a later clause: only its own first clause
    keeps the thing (hd69a: 增加和创造文化内涵 headed the ask on 金东大桥…的文化内涵)."""
    core = _short(concern(title))
    matter = _title_words(core)
    if any(restates_title(frozenset(bigrams(c)), matter) for other in others for c in _COMMA.split(CLAUSE_END.sub("，", other))):
        core = ""
    if core and _of_own_thing(piece, core):
        return _phrase(piece)
    if core and set(bigrams(core)) & set(bigrams(piece)):
        return core
    return _phrase(piece, later=True) or core


_OWNED = lazy(r"(?P<owner>[^的，,；;。]{2,})的(?P<matter>[\u4e00-\u9fff]{2,})")
MIN_OWNED_MATTER = 4  # characters of the title's clause the matter after 的 opens on (文化内涵): a word pair, no lone word


def _of_own_thing(piece: str, core: str) -> bool:
    """True when ``piece``'s first clause says the matter of a clause of the title's ``core`` (its words after the title's
    verbs) of a thing (before its 的) that clause names nothing of: 增加和创造金东大桥及金沙江沿线…旅游资源的文化内涵 under
    增加和创造文化内涵 names more than the title does; 推动园区企业的生活污水… under …生活污水管网企业全覆盖 does not (企业)."""
    first = _COMMA.split(CLAUSE_END.split(piece.strip(), maxsplit=1)[0], maxsplit=1)[0]
    for m in _OWNED.finditer(first):
        if len(m["matter"]) < MIN_OWNED_MATTER:
            continue
        for clause in _COMMA.split(core):
            at = clause.find(m["matter"][:MIN_OWNED_MATTER])
            if at < 0:
                continue
            owner = m["owner"].removeprefix(clause[:at])  # (the title's own verbs, 增加和创造, said before the thing)
            if len(owner) >= 2 and not set(bigrams(owner)) & set(bigrams(clause)):
                return True
    return False


# A suggestion on one site's works (维修坡脚镇桐子林至上弯腰树道路, 重建新建村卫生室): its title's core
# opens on a verb of works (or puts the site into a programme: 将解放西街健康社区纳入…改造项目; or says it of
# the site after 对: 对XX村至XX组道路进行硬化) and names
# a place below the county — a town, township, street, community or village of a name of its own, not a
# kind of them (乡村, 行政村, 贫困村, 城市社区) — or a route from one place to another (X至Y); no scope
# (全县, 各村) nor a system of work (机制, 体系) widens it. A real reply answers such a request in a few
# paragraphs (the standing rule, the site's state and whose it is, the reason, 纳入项目库), no section per ask.
OPENING_UP = ("开发",)  # (对…进行开发建设: a works verb only after 对…进行, not a title's first word: 开发旅游资源 is a field)
_KIND_OF_PLACE = ("行政", "自然", "贫困", "示范", "重点", "城中", "美丽", "和美", "宜居", "传统", "特色", "中心",
                  "边远", "偏远", "老旧", "城市", "农村", "少数民族", "易地搬迁", "集中安置", "城区", "小巷", "街巷", "村集",
                  "建制", "乡镇")
# (农村 and 城乡 are no village nor township: 丰富农村老年人…)
_NAMED_PLACE = lazy(r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:镇|(?<!城)乡|街道|社区|村委会|村民委员会|村小组|(?<!农)村)(?![民级庄组])")
_SITE_TITLE = lazy(rf"^(?:尽快|加快|及早|抓紧|早日)?(?:{words(WORKS_VERBS)})(?P<site>.+)$|^(?P<put>.+?)纳入"
                   rf"|^对(?P<object>.+?)(?:进行|实施)?(?:{words(WORKS_VERBS + OPENING_UP)})+$")
_SITE_WIDE = lazy(r"[全各]|我[市县区镇乡]|机制|体系|制度|政策|工作|能力|水平|服务")
ROUTE = lazy(r"[\u4e00-\u9fff]{2,}至[\u4e00-\u9fff]{2,}")
# A town, township or street a matter opens on after its verb or a 对 (完善|唐村镇|居家及社区老年照护体系, 对|大新庄镇|农田管灌设施
# 进行更新): where the work asked is done. (not a kind of them: 城镇化, 特色小镇, 乡村, 城乡; a proper name, two or three characters,
# after a verb or 对 — not 完善街道社区…, 提升集镇风貌, 推进老城区街道改造)
_TOWN_OPENING = lazy(rf"^(?P<verb>(?:{words(ASK_VERBS)})+对?|对)(?P<town>[\u4e00-\u9fff]{{2,3}}?(?:(?<![城乡小])镇(?![化村])|(?<![城农])乡(?![村镇])|街道))"
                     rf"(?=[\u4e00-\u9fff]{{2}})")


_TOWN_LEVEL = lazy(rf"{TOWN_LEVEL}$")


def _town_name(town: str) -> str:
    """A town's own name, its level word off (大新庄镇 → 大新庄, 东街街道 → 东街)."""
    return _TOWN_LEVEL.sub("", town)


def _places_named(text: str) -> list[re.Match]:
    """The particular villages, towns or communities ``text`` names (:data:`_NAMED_PLACE`), no kind of them (农村, 美丽乡村)."""
    return [m for m in _NAMED_PLACE.finditer(text) if not m.group("name").endswith(_KIND_OF_PLACE)]


def names_a_place(matter: str) -> bool:
    """True when ``matter`` names a particular village, town or community (仓觉村村民小组, 毛嘴镇镇区: :func:`_places_named`): a
    thing of one place, not a field."""
    return bool(_places_named(matter))


def town_named(matter: str) -> str | None:
    """The town ``matter`` opens on after its verb (:data:`_TOWN_OPENING`), None where none: a name of two characters or more
    that is no kind of them (农村, 乡村, 建制镇, 乡镇街道)."""
    m = _TOWN_OPENING.match(matter)
    name = _town_name(m.group("town")) if m else ""
    return None if len(name) < 2 or name.endswith(_KIND_OF_PLACE) else m.group("town")


def without_town(matter: str) -> str:
    """``matter`` less the town it opens on after its verb (:func:`town_named`): a town named narrows what is asked, while the
    bureau's work in the field, city-wide, is what a reply reports on (hd38a)."""
    m = _TOWN_OPENING.match(matter)
    return m.group("verb") + matter[m.end():] if town_named(matter) else matter


# What joins the places a thing is named after to one another and to it (自新村与涉县之间的消防通道).
_PLACES_JOINED = lazy(rf"^(?:[与和及、至到]|{words(RELATING_WORDS)}|的)+")
_PLACE_AHEAD = lazy(rf"^{PLACE_OPEN}")


def past_places(thing: str) -> str:
    """``thing`` past the places it opens on (:data:`_NAMED_PLACE`, no kind of them; a county, city or district:
    :data:`~drafter.grammar.PLACE_OPEN`) and what joins them (自新村与涉县消防通道 → 消防通道): where the thing is, no word of
    it. Two characters are left at least."""
    while True:
        village = _NAMED_PLACE.match(thing)
        found = village if village and not village.group("name").endswith(_KIND_OF_PLACE) else _PLACE_AHEAD.match(thing)
        rest = _PLACES_JOINED.sub("", thing[found.end():]) if found else ""
        if len(rest) < 2:
            return thing
        thing = rest


def without_place_names(text: str, matter: str) -> str:
    """``text`` less the town ``matter`` opens on (:func:`town_named`), by its full name and its own name (大新庄镇, 大新庄):
    a place names where the work is asked, no matter of it — a plan to build up 大新庄大佟庄设施菜 is none of 对大新庄镇农田
    管灌设施进行更新 (hd41a)."""
    town = town_named(matter)
    if not town:
        return text
    for name in (town, _town_name(town)):
        text = text.replace(name, " ")
    return text


def site_of(title: str, text: str | None = None) -> str | None:
    """The one site a suggestion asks works on (above: 坡脚镇桐子林至上弯腰树道路 of 关于维修坡脚镇…道路的建议),
    None for a suggestion on a field of work. A place named by a verb of works (新建村卫生室 of 重建新建村卫生室: a
    new village clinic, or a village 新建) is the one the suggestion's ``text`` names for that works, when it names
    one (在原水塘铺小学老校址空地上新建水塘铺村卫生室: 水塘铺村卫生室, hd16)."""
    core = concern(title)
    m = _SITE_TITLE.search(core)
    if not m or _SITE_WIDE.search(core):
        return None
    site = CLAUSE_BREAK.split(m.group("site") or m.group("put") or m.group("object"), maxsplit=1)[0]  # one thing: no clause after
    places = _places_named(site)
    if text and places and all(p.group("name") in WORKS_VERBS for p in places):
        works = site[places[-1].end():]  # (卫生室)
        for said in re.finditer(rf"(?:{words(WORKS_VERBS)})(?P<site>[\u4e00-\u9fff]{{2,12}}?{re.escape(works)})", text):
            if works and any(p.group("name") not in WORKS_VERBS for p in _places_named(said.group("site"))):
                return said.group("site")
    return site if places or ROUTE.search(site) else None


# Words after a verb of rising or bettering that make it part of a name (提升改造, 改造提升工程, 提升行动): no clause opens at it.
_NAMED_BY_VERB = ("改造", "工程", "行动", "计划", "项目", "发展")


# Where a clause that says what the work is for opens inside a title: a verb of PURPOSE_VERBS, or FOR
# only as "for" (not 作为, 成为, 以…为…), or an aim (…持续发力确保…不再发生), or a rise sought of a thing after the matter
# (加大标准化菜市场建设力度提升市民幸福指数, hd27b; not 提升改造, nor a rise ending the title, nor one more ask: …并提升…): a long
# title's topic ends before it.
PURPOSE_CLAUSE = lazy(rf"{words(PURPOSE_VERBS)}|(?<![作成认因行称视较更最极尤]){FOR}(?![主了何此止期])|确保"
                      # (or the needs it meets: 提升深圳市天文台品质满足市民天文科普需求, hd30c)
                      r"|(?:更好地?)?满足(?=[^，,；;]{1,20}?(?:需求|需要))"
                      rf"|(?<![并和及与、])(?:提升|提高)(?!{words(_NAMED_BY_VERB)})(?=[\u4e00-\u9fff]{{2}})")
SHORT_TOPIC = 16  # characters: a longer concern is cut before its purpose clause
MIN_TOPIC = 6  # characters a cut topic keeps at least
LONG_TOPIC = 40  # characters: a longer concern with no purpose clause to cut at is said by its first clause
_TOPIC_CLAUSE = lazy(r"[，,；;\s]+")  # what parts a title's clauses (…深度融合，塑造…新优势) (a space too: 打造…集聚区 推动…)


# A title's frame before its matter: a first clause of where the place stands or aims (定位世界一流的社会主义现代化国际大都市，
# 立足…，着眼…，), then who needs the matter and how much (杭州需要, 我市亟需) — the matter is what follows (加强城市商业活力, h258).
# Not a clause of whom or what the matter is for (面向农村留守儿童，加强心理健康教育; 基于…, 作为…: its object, rv15 11).
_TITLE_FRAME = lazy(r"^(?:定位|立足|着眼|站在)[^，,；;]{2,30}[，,]\s*")
_NEEDED_BY = lazy(rf"^[\u4e00-\u9fff]{{0,6}}?(?:{words(NEEDING, SHOULD)})(?=[\u4e00-\u9fff]{{2}})")


def without_frame(core: str) -> str:
    """A title's ``core`` less its frame (:data:`_TITLE_FRAME`, :data:`_NEEDED_BY`) where MIN_TOPIC characters are left."""
    framed = _TITLE_FRAME.match(core)
    if not framed:
        return core
    rest = core[framed.end():]
    rest = rest[needed.end():] if (needed := _NEEDED_BY.match(rest)) else rest
    return rest if len(rest) >= MIN_TOPIC else core


# An ask putting a matter into a plan or a list (:data:`~drafter.grammar.PLAN_STATES`): the matter, the plan.
_PUT_IN = lazy(rf"^[将把]?(?P<matter>[^，,；;]{{2,}}?)(?:{words(PUTTING_IN_VERBS)})"
               rf"(?P<plan>[^，,；;]{{2,}}?(?:{words(tuple(PLAN_STATES))}))$")


def put_in(phrase: str) -> tuple[str, str] | None:
    """(the matter, the plan) of an ask ``phrase`` to put a matter into a plan or a list (:data:`_PUT_IN`):
    (``支持蒙医药事业发展``, ``自治区“十四五”规划``) of ``支持蒙医药事业发展纳入自治区“十四五”规划`` — the work is the matter's, the point
    to settle the plan's state (hd70b); None for another phrase."""
    found = _PUT_IN.match(phrase.strip())
    return (found["matter"], found["plan"]) if found else None


# A field's development named as a thing (蒙医药事业发展, 教育事业): the field is what stands before 事业, past the verbs pushing it.
_FIELD_WORK = lazy(rf"^(?:{words(PUSHING_VERBS)})*(?P<field>[^，,；;、“”《》]{{2,8}}?)事业(?:发展|振兴)?$")


def field_asked(phrase: str) -> str | None:
    """The field an ask ``phrase`` names itself as its thing, the matter it puts into a plan (:func:`put_in`) or the phrase:
    蒙医药 of 支持蒙医药事业发展纳入自治区“十四五”规划 (hd70b) — its state is what a reply opens on; None for a phrase on a
    document or a work (将蒙医药振兴行动计划纳入…规划)."""
    placed = put_in(phrase)
    found = _FIELD_WORK.match((placed[0] if placed else phrase).strip())
    return found["field"] if found else None


def short_topic(title: str) -> str:
    """What the draft says the suggestion is about, inside its own sentences (围绕…，下一步我局将继续…):
    the title's core (:func:`concern`: 关于 and 的建议 dropped; its frame too, :func:`without_frame`), of an ask to put a matter
    into a plan its matter (:func:`put_in`: 围绕蒙医药事业发展, never 围绕蒙医药事业发展纳入自治区“十四五”规划), a long one (more than SHORT_TOPIC
    characters) cut before its purpose clause (:func:`before_purpose`): ``推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展``
    → ``推动科技创新与产业创新深度融合``; one longer than LONG_TOPIC with none, by its first clause. The title itself
    stays whole where it is quoted (《…》)."""
    core = without_frame(concern(title))
    placed = put_in(core)
    core = placed[0] if placed else core
    if len(core) <= SHORT_TOPIC:
        return core
    head = before_purpose(core)
    if head:
        return head
    first = _TOPIC_CLAUSE.split(core)[0]  # a title of several asks (…的调研，采取有效措施保护…、维持…): its first (hd8)
    return first if len(core) > LONG_TOPIC and len(first) >= MIN_TOPIC else core


# Manner words ending a title's head before its purpose clause: the clause's own (…城市更新进一步提升城市品质: 进一步提升…).
_MANNER_END = lazy(rf"(?:{words(MANNER_ADVERBS)})+$")
_HOW_WORD = 2  # characters: what opens a clause before its verb, no longer, is a word of how (精准, 有效), no matter


def before_purpose(core: str) -> str:
    """A title's ``core`` before its purpose clause (:data:`PURPOSE_CLAUSE`) and the manner words opening it
    (:data:`_MANNER_END`) where that leaves at least MIN_TOPIC characters (加大标准化菜市场建设力度提升市民幸福指数 →
    加大标准化菜市场建设力度; 深入推进城市更新进一步提升城市品质 → 深入推进城市更新, hd37b), else "". Not at a verb
    opening a clause of its own after a word of how (…积极应对“银发浪潮”，精准提升老人养老幸福感, hd47a): that
    clause asks the rise, as 并提升 does, and a cut there left its modifier dangling (围绕…、精准)."""
    for match in PURPOSE_CLAUSE.finditer(core):
        before = core[:match.start()]
        how = _TOPIC_CLAUSE.split(before)[-1]
        if how and how != before and len(_MANNER_END.sub("", how)) <= _HOW_WORD:
            continue
        head = _MANNER_END.sub("", before).rstrip("，,、；; ")
        clause = _TOPIC_CLAUSE.split(head)[-1]
        if match.group() == FOR and "以" in clause:  # 以…为…: a means, not a purpose
            continue
        if len(head) >= MIN_TOPIC:
            return head
    return ""


PURPOSE_MAX = 20  # characters: a longer purpose clause of a title is not said in part one's overview


def topic_purpose(title: str) -> str:
    """What a long title says its topic is for: the clause :func:`short_topic` cut off, when it opens on a verb of
    purpose (:data:`PURPOSE_VERBS`: 赋能泉州制造产业高质量发展 of …深度融合赋能泉州制造产业高质量发展, 促进科技成果就地转化
    of 加快中试验证平台建设促进…), in the title's words — part one's overview says what the work serves, as real replies
    do (…深度融合赋能智能制造产业发展…助推我市智能制造产业高质量发展); "" when the title has none, or a longer one
    (:data:`PURPOSE_MAX`) or one stating a figure."""
    core, topic = concern(title), short_topic(title)
    if topic == core or not core.startswith(topic):
        return ""
    clause = _TOPIC_CLAUSE.split(core[len(topic):].lstrip("，,、；; "))[0]
    if not clause.startswith(PURPOSE_VERBS) or len(clause) > PURPOSE_MAX or DIGIT.search(clause):
        return ""
    return clause


_PUSHED = lazy(rf"^(?:{words(MANNER_ADVERBS)})*((?:{words(PUSHING_VERBS)})*)")  # 加快推进…: both
# An object that is a quality of the thing, not a matter (…支撑作用, …服务能力, …创新属性): the verb
# stays with it (围绕加强…支撑作用), as 提升/完善… do, verbs of a goal rather than of pushing.
QUALITY = ("作用", "能力", "水平", "属性", "意识", "导向", "功能", "效能", "能级", "地位", "活力", "动力", "实力", "竞争力", "氛围")
# What 加大 makes greater, its object's last word (加大…力度, 加大研发投入); without one it is 力度
# (加大科技金融支持科创企业 → 加大科技金融支持科创企业力度).
GREATER = ("力度", "投入", "支持", "扶持", "力量", "规模", "比重", "比例", "强度", "范围", "覆盖面", "资助", "补贴",
           "奖励", "保障", "投资", "宣传")
ENLARGE = "加大"
_PREPOSITION_LED = lazy(r"^(?:对|为|向|以|在|把|将|从|与)")


def concern_matter(topic: str) -> str:
    """What the bureau's work is about, said after 围绕 in part one's overview (近年来，我局…围绕X，…):
    ``topic`` (:func:`short_topic`) as its matter, each clause's manner words and verb of pushing
    (:data:`PUSHING_VERBS`) dropped (推动科技创新与产业创新深度融合 → 科技创新与产业创新深度融合,
    加大对科技型中小企业研发创新扶持力度 → 科技型中小企业研发创新扶持, 加快中试验证平台建设 →
    中试验证平台建设) — only where every clause opens with one and none is left a quality
    (:data:`QUALITY`: 加强…支撑作用 keeps its verb); else the clauses as verb phrases, their manner
    words dropped and a 加大 given its 力度 (围绕完善科技金融服务体系), a 对…给予… said as what it gives
    (:func:`_given`). Clauses joined by 、. Of asks a title joins by 和 (:data:`_ASKS_JOINED`), one opening on a work
    (:data:`~drafter.grammar.WORKS_VERBS`) is its object: 加大金明西街交通治理力度和增设公交车停车点和停车次数 → 金明西街交通治理、
    公交车停车点和停车次数, never the deputy's verbs run together (hd67a)."""
    clauses = [_taken_as(c) for c in _topic_clauses(topic)]
    joined = bool(_ASKS_JOINED.search(topic))
    matters = [_matter(c) or (_worked_on(c) if joined else None) for c in clauses]
    if all(matters):
        return "、".join(matters)
    return "、".join(_given(_greater(_ADVERBS.sub("", c))) for c in clauses)


# A clause taking a matter as something (把X作为Y): a sentence, whose matter is X.
_TAKING_AS = lazy(r"^[把将](.{2,}?)(?:作为|当作|当成|列为)(.+)$")


def _taken_as(clause: str) -> str:
    """The matter ``clause`` takes as something (:data:`_TAKING_AS`: 把生态环境保护作为绿色发展首要任务 → 生态环境保护;
    围绕把…作为…任务 read as a slogan, hd24a), or the clause as it is."""
    taking = _TAKING_AS.match(clause)
    return taking.group(1) if taking else clause


# A clause giving something to someone (对X给予Y): no matter after 围绕 as a verb phrase led by its
# preposition, but what is given, 对X的Y (围绕对国家级高新技术企业复审合格的资金支持).
_GIVING = lazy(r"^对(.+?)(?:给予|予以)(.+)$")


def _given(clause: str) -> str:
    """``clause`` said as what it gives (:data:`_GIVING`), or as it is."""
    giving = _GIVING.match(clause)
    if not giving:
        return clause
    whom = giving.group(1)
    return f"对{whom}{'' if whom.endswith('的') else '的'}{giving.group(2)}"  # never 的的


# Two verb phrases a title runs together (加强生态环境保护完善制度建设): the first's object ends on a work done (保护, 治理…), the
# second opens on a verb heading a phrase, never one ending a noun (完善, 提升…; not 建设 nor 支持: 平台建设, 金融支持) nor an
# adjective's stem (安全管理规范化建设) — two clauses, as the clerk writes them apart (围绕加强生态环境保护、完善制度建设, hd42b).
# Not where the second verb takes no object of its own: one of a pair of verbs (政务服务优化提升水平) or of a name
# (:data:`_NAMED_BY_VERB`: 老旧小区改造提升工程).
_WORK_DONE = ("保护", "建设", "管理", "治理", "监管", "整治", "防治", "改革", "服务", "改造")
_PHRASE_VERBS = ("加强", "强化", "加快", "推进", "推动", "完善", "健全", "提升", "提高", "优化", "深化", "规范", "加大", "建立", "构建")
_RUN_ON = lazy(rf"(?<={words(_WORK_DONE)})(?=(?:{words(_PHRASE_VERBS)})(?!化|{words(_PHRASE_VERBS, _NAMED_BY_VERB)})[\u4e00-\u9fff]{{2}})")


# Two asks a title joins by 和 (加大金明西街交通治理力度和增设公交车停车点…): the first's object closed on 力度 or a work done, the
# second opening on a verb heading a phrase or a work (增设, 新建…), not one naming it (…工作, …工程) — two clauses, never one
# matter running on into the second's verb (金明西街交通治理力度和增设…, hd67a).
_ASKS_JOINED = lazy(rf"(?<=力度|{words(_WORK_DONE)})和(?=(?:{words(_PHRASE_VERBS, WORKS_VERBS)})"
                   rf"(?!化|工作|{words(_PHRASE_VERBS, _NAMED_BY_VERB)})[\u4e00-\u9fff]{{2}})")

# The nouns of official prose closing a frame round what an ask is on (加大…治理力度, 加强…管理工作, 推进…建设): what is done to
# its matter, no word of it where the frame holds one (:func:`framed_matter`).
FRAME_ENDS = ("力度", "工作", "管理", "治理", "建设")
_FRAMED = lazy(rf"^(?:{words(MANNER_ADVERBS)})*(?:{words(_PHRASE_VERBS)})(?P<matter>[\u4e00-\u9fff]{{2,}}?)(?:{words(FRAME_ENDS)})+$")


def framed_matter(phrase: str) -> str | None:
    """The matter an ask's ``phrase`` names inside a frame — a verb heading a phrase (加大, 加强, 完善, 推进…) and the nouns
    closing it (:data:`FRAME_ENDS`): 金明西街交通 of 加大金明西街交通治理力度, whose 治理 is no more its matter than 力度 (hd67a);
    None where the phrase is no such frame or the frame holds nothing (加强管理)."""
    framed = _FRAMED.match(phrase)
    return framed.group("matter") if framed else None


def _topic_clauses(topic: str) -> list[str]:
    """``topic``'s clauses (:data:`_TOPIC_CLAUSE`; a clause opening on a verb, at the verb of a phrase run on after it,
    :data:`_RUN_ON`, and at a 和 joining another ask, :data:`_ASKS_JOINED`), stripped, the empty ones left out."""
    return [p.strip() for c in _TOPIC_CLAUSE.split(topic)
            for r in (_RUN_ON.split(c) if _ADVERBS.sub("", c.strip()).startswith(ASK_VERBS) else [c])
            for p in _ASKS_JOINED.split(r) if p.strip()]


# Manner adverbs opening a phrase (进一步, 切实…): no part of what it asks.
MANNER = lazy(rf"^{_MANNER_WORD}+")  # (科学编制…, 切实加强…)
# The means an ask's thing is helped by, before 对 (财政 of 财政对茶产业的扶持力度: X对Y的Z is Z of Y by X): no thing of the ask's.
MEANS_FOR = lazy(r"^[\u4e00-\u9fff]{1,6}?对(?![接口标外比应称象策话])(?=[\u4e00-\u9fff]{2,}?的)")
# Manner words before a verb (进一步加强…, 大力发展…): said in part two (进一步… needs no 继续), not after 围绕.
_ADVERBS = lazy(MANNER.pattern + "(?=.)")


# A clause saying what is done to a thing (对X进行Y: 对石滩镇梯子口水库进行维修整治; without its 对 after a verb only done
# to something, 农田管灌设施进行更新 — not 实施 or 开展, which open nouns too: 制度实施细则): its matter is the thing and the
# work on it, XY (石滩镇梯子口水库维修整治), never 围绕对…进行… with its preposition nor 围绕…进行更新 (hd41a).
_DONE_TO = lazy(rf"^(?:对(.{{2,}}?)(?:{words(TREATING_VERBS)})|(?!对|{words(PUSHING_VERBS)})(.{{2,}}?)(?:{words(DEED_TAKING_VERBS)}))(.{{2,}})$")


# A clause asking a problem solved (解决象达小学运动场建设问题): its matter is the problem (hd22c: 关于解决…问题).
_SOLVING = lazy(r"^(?:协调)?解决(.{2,}问题)$")


# A clause saying by what means a thing is led to rise (以新质生产力引领应急管理现代化水平不断提升): its matter is the thing's
# rise (应急管理现代化水平提升), never 围绕以…提升 — a whole clause, no noun to work on (hd23a).
_LED_TO_RISE = lazy(rf"^以.{{2,}}?(?:引领|推动|带动|驱动|{words(PURPOSE_VERBS)})(.{{2,}}?)(?:{words(MANNER_ADVERBS)})*(提升|提高)$")


def _matter(clause: str) -> str | None:
    """A clause's matter after its verb of pushing (:func:`concern_matter`), or the thing and the work
    done to it (:data:`_DONE_TO`), or the thing a means leads to rise (:data:`_LED_TO_RISE`), or None where
    it opens with none of them, leaves a quality or too little."""
    led = _LED_TO_RISE.match(clause)
    if led:
        return led.group(1) + led.group(2)
    plain = _ADVERBS.sub("", clause)
    done_to = _DONE_TO.match(plain)
    if done_to and not done_to.group(3).endswith(QUALITY):
        return (done_to.group(1) or done_to.group(2)) + done_to.group(3)
    solving = _SOLVING.match(plain)
    if solving:
        return solving.group(1)
    pushed = _PUSHED.match(clause)
    if not pushed.group(1):
        return None
    rest = clause[pushed.end():]
    if rest.startswith("对"):  # 加大对…的支持, 加强对…的指导
        rest = rest[1:]
    if ENLARGE in pushed.group(1) and rest.endswith("力度"):
        rest = rest[:-2]
    if len(rest) < 2 or rest[0] in FUNCTION_CHARS or rest.endswith(QUALITY):
        return None
    done_to = _DONE_TO.match(rest)  # (加快农田灌溉设施进行更新改造: 农田灌溉设施更新改造)
    return (done_to.group(1) or done_to.group(2)) + done_to.group(3) if done_to else rest


# A clause opening on a work (增设公交车停车点…, 新建停车场): its object.
_WORKS_LED = lazy(rf"^(?:{words(WORKS_VERBS)})+(.{{2,}})$")


def _worked_on(clause: str) -> str | None:
    """What a clause opening on a work (:data:`_WORKS_LED`, after manner words) works on, or None."""
    led = _WORKS_LED.match(_ADVERBS.sub("", clause))
    return led.group(1) if led else None


def _greater(clause: str) -> str:
    """A clause opening with 加大 (after manner words) given what it makes greater (:data:`GREATER`), never 力度 twice."""
    if _ADVERBS.sub("", clause).startswith(ENLARGE) and not clause.endswith(GREATER) and "力度" not in clause:
        return f"{clause}力度"
    return clause


# A title's clause ending on problems (:data:`PROBLEM_PHRASE`) names them, not the work on them, unless its verb is one
# done to problems (继续解决…问题).
_DONE_TO_PROBLEMS = lazy(r"^(?:解决|破解|化解|研究|处理)")


def carried_on(topic: str, going: bool = True) -> str | None:
    """``topic`` (:func:`short_topic`) as what the bureau carries on doing, for part two's lead-in
    (下一步我局将继续…，重点做好以下工作): its clauses as verb phrases joined by 、, a 加大 given its
    力度 (继续加大科技金融支持科创企业力度), 继续 before them unless they say so (进一步优化…) or the work is not
    ``going`` (the base reports and plans none of it: 继续 would claim work under way, hd32c); None
    where it opens with no verb of work, nor with a preposition before one (对…给予资金支持 is one):
    a noun phrase (我市中小企业融资难问题), which the lead-in takes as what the work is about (围绕…) — so is one
    ending on the problems it names (提升基层医院（服务能力）相关问题: 继续提升…问题 says no work, hd30b) — and asks it joins by
    和 (:data:`_ASKS_JOINED`), going on or not: the deputy's verbs run together are no step the bureau takes (下一步我局将加大…力度和
    增设公交车停车点和停车次数, hd67a; nor 继续…、增设公交车停车点和停车次数 once part one reports work on the first, the second
    another unit's); their matter is (围绕…, :func:`concern_matter`)."""
    clauses = [_greater(c) for c in _topic_clauses(topic)]
    if not clauses or (PROBLEM_PHRASE.search(clauses[-1]) and not _DONE_TO_PROBLEMS.match(_ADVERBS.sub("", clauses[-1]))):
        return None
    if _ASKS_JOINED.search(topic):
        return None
    said = "、".join(clauses)
    first = clauses[0]
    if first.startswith(CARRYING_ON):
        return said
    if _LED_TO_RISE.match(first):  # (a rise is no work carried on: 围绕 its matter)
        return None
    opened = _ADVERBS.sub("", first)
    if opened.startswith(ASK_VERBS) or (_PREPOSITION_LED.match(first) and _ACTION.search(first, 1)):
        return f"继续{said}" if going else said
    return None


# A clause stating a goal to reach (实现…全覆盖, 逐步实现…, 力争早日建成…): its verb of reaching, after manner words and the pace.
_REACHING = lazy(rf"^(?:{words(MANNER_ADVERBS, REACHING_PACE)})*(?:{words(REACHING_VERBS)})")


def unreached(topic: str) -> str:
    """``topic`` (:func:`short_topic`) less its clauses stating a goal to reach (:data:`_REACHING`), what it asks worked on;
    "" where it states goals alone (实现偏远村居港湾式公交车站点全覆盖); ``topic`` as written where it states none (its asks
    joined by 和 stay so, :func:`carried_on`)."""
    clauses = _topic_clauses(topic)
    kept = [c for c in clauses if not _REACHING.match(c)]
    return topic if len(kept) == len(clauses) else "，".join(kept)


# A line of a form's particulars copied with the text (建议人：张某, 提案单位：民进临汾委员会, 联系电话：…, 附议人：…, 案由：…):
# no ask. A label of the text itself (内容：, 建议内容：) goes, its text stays.
FORM_LINE = lazy(rf"^(?:{LEAD_LABEL}|{COSIGNER_FIELD}|案由|案别|联系人|联系电话|电话|手机|通讯地址|地址|邮编|邮政编码|"
                 r"工作单位|单位|日期|时间|届次|年度|编号|案号|类别|分类|主办单位|协办单位|会办单位|承办单位)\s*[:：]")
TEXT_LABEL = lazy(r"^(?:建议|提案)?(?:主要)?(?:内容|正文)\s*[:：]\s*")
# A note in brackets on the text, not of it (（附件：调研报告，略）, （此件由汪英委员提出，附议人：张某、李某）, （提案原文未公开。据…答复所述，
# 提案题为《…》，请求…）, hd65d): the form's or an editor's, asking nothing — its words read as points leaked into placeholders.
EDITORIAL_ASIDE = lazy(r"[（(](?:附件|附[表图录：:]|[此本该]件|(?:提案|建议|议案)?原文|注[：:]|备注|编者[按注]|说明[：:])"
                       r"[^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]")


def _normalise(text: str) -> str:
    """The text's lines, stripped, blank ones, a form's particulars (:data:`FORM_LINE`) and its notes in brackets
    (:data:`EDITORIAL_ASIDE`) dropped, a label of the text itself (:data:`TEXT_LABEL`) taken off."""
    text = EDITORIAL_ASIDE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " "))
    lines = (TEXT_LABEL.sub("", line.strip()) for line in text.split("\n") if not FORM_LINE.match(line.strip()))
    return "\n".join(line for line in lines if line)


_LINE = lazy(r"[^\n]*\n?")


def _after_ask_part(text: str) -> str:
    """The text after the last line that announces the asks (为此建议：/ 二、对策建议), if any."""
    cut = None
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if not line:
            continue
        if announces_asks(line):
            cut = match.end()
    return text[cut:] if cut else text


def _best_family(text: str) -> list[str]:
    """The pieces of the marker family that numbers most asks 一, 二, 三… (1, 2, 3…) in order;
    among equals the one whose first marker comes first. Two asks at least, else none."""
    best: list[tuple[int, int, list[str]]] = []
    for pattern in MARKERS.values():
        starts: list[tuple[int, int]] = []  # (marker start, text start)
        expected = 1
        for match in pattern.finditer(text):
            number = _number(match.group(1))
            if number == expected:
                starts.append((match.start(), match.end()))
                expected += 1
        if len(starts) >= 2:
            pieces = []
            for k, (_, begin) in enumerate(starts):
                end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
                pieces.append(text[begin:end].strip(" \n，,：:"))
            best.append((-len(starts), starts[0][0], pieces))
    if not best:
        return []
    best.sort(key=lambda b: (b[0], b[1]))
    return [p for p in best[0][2] if p]


def _number(token: str) -> int:
    return int(token) if token.isdigit() else cn_number(token) or 0


MIN_CLAUSE = 4  # characters: a shorter clause (同时，…) says nothing asked
# A clause saying when what follows is to be done (新建卫生室建成后, 项目落地时): no heading of what is asked.
WHEN_WORDS = ("以后", "之后", "后", "之时", "时", "以前", "之前", "前", "期间", "以来")
WHEN = lazy(rf"(?:{words(WHEN_WORDS)})$")
# A clause saying when, then what is to be done then (营造乡村景观的同时要保留村庄肌理…, 建成后应配齐…): what it asks follows the modal
# (a modal said as one, MODAL: not 要求, 应急, 应用 after the time).
_WHEN_THEN = lazy(rf"^[^，,；;。]{{2,}}?(?:{words(WHEN_WORDS)})(?:{MODAL}|{words(NEEDING)})(?=[\u4e00-\u9fff]{{2}})")
# A comma between two clauses, not one inside a quoted name (推广“零门槛费，阶段性支付”模式).
_COMMA = lazy(r"[，,](?![^“《「]*[”》」])")


# An ask for information (摸清…现状, 了解…情况, 调查…底数): its verbs of finding out, then the matter and its state found — a count of
# things (底数) named as their 基本情况, as a heading names it (大门镇公交站点设施基本情况, the real reply's of hd62a).
FINDING_OUT = ("摸清", "摸清楚", "摸排", "摸底", "了解", "调查", "调研", "排查", "查清", "查明", "掌握")
_STATES_FOUND = {"现状": "现状", "情况": "情况", "底数": "基本情况", "底子": "基本情况", "家底": "基本情况"}
_FOUND_OUT = lazy(rf"^(?:{words(MANNER_ADVERBS)})*(?:{words(FINDING_OUT)})+(?P<matter>[^，,；;。]{{2,}}?)(?P<state>{words(tuple(_STATES_FOUND))})$")
_ALL_CLAUSES = lazy(r"[，,。；;：:！？!?\n]")


def found_out(clause: str) -> str | None:
    """What an ask's ``clause`` asks found out, named as a heading names it (:data:`_FOUND_OUT`: 摸清大门镇…的设施现状 →
    大门镇…的设施现状, 摸清全区农村危房底数 → 全区农村危房基本情况); None for a clause asking anything else."""
    found = _FOUND_OUT.match(LEADING.sub("", clause.strip()))
    return found["matter"] + _STATES_FOUND[found["state"]] if found else None


def _headed(ask: Ask) -> Ask:
    """``ask`` headed by the matter it asks found out where it asks only that (:attr:`Ask.informing`), not by the verb
    (（一）摸清…设施现状 → （一）…设施现状, hd62a G2); as it is otherwise."""
    return replace(ask, phrase=found_out(ask.phrase) or ask.phrase) if ask.informing else ask


def _phrase(text: str, later: bool = False) -> str:
    """An ask's short phrase, the heading of its section: the first clause of its first sentence
    that says what is asked, framing words dropped — not one saying what for or where (:func:`_asked`:
    ``围绕重点产业，支持…``; but ``通过…来发放消费券``), nor the result sought (``…，让…，把游客引流到城区消费``),
    or when (:data:`WHEN`: ``新建卫生室建成后，配齐…``), nor who is brought together
    (:data:`_CONVENING`), nor a word or two (``同时，…``) — at most MAX_PHRASE characters (a longer clause as what it
    asks done, :func:`_predicate`); ``later``: when that says none, the next clause that does. Two clauses are no heading, however
    short (``加大科技金融支持，设立科技成果转化引导基金``): the other is one of the ask's points — but for clauses framing
    the one that says what is done (:func:`_led_in`: ``全面筹划，稳步推进数字档案馆建设``) and for a pair of short ones
    (:func:`_pair`: ``全面排查，科学布局``)."""
    first = CLAUSE_END.split(text.strip(), maxsplit=1)[0].strip()
    parts = [c for c in (_UNIT_LEADS.sub("", LEADING.sub("", c.strip()).strip()) for c in _COMMA.split(first)) if c]
    asked = [c for c, is_asked in zip(parts, _asked(parts)) if is_asked and len(c) >= MIN_CLAUSE and not WHEN.search(c)
             and not _CONVENING.match(c) and not _UNIT_PUTS.match(c) and not _AT_LEVEL.match(c)] or parts[:1]
    if len(asked) > 1 and MONEY_ONLY.match(asked[0]) and not _MONEY.search(asked[1]):  # 安排资金，尽快建设…运动场
        joined = asked[0] + MANNER.sub("", asked[1])
        asked[:2] = [joined if len(joined) <= MAX_PHRASE else asked[1]]
    elif led := _led_in(parts, asked, first) or _pair(parts, asked, first) or _aimed(parts, asked, first):
        return led
    return next((said for chosen in (asked if later else asked[:1]) if (said := _short(chosen))), "")


# A clause saying what is stressed (突出组织推动, 注重…), or one of four characters — two words, a doer or a manner and its
# verb, naming no thing (部门联合, 多方发力, 全面筹划) —: how the clause after it is done, which says what is; the heading
# keeps that clause, as the real replies did (hd26a: （一）突出组织推动 lost 健全创业引导机制; hd33a: （一）部门联合 said nothing,
# and the base's 数字档案馆 fact answered no ask).
_STRESSING = lazy(r"^(?:突出|注重)(?=[\u4e00-\u9fff]{2})")
LEAD_IN = 4  # characters of a clause of manner alone


def _leads_in(clause: str) -> bool:
    """True for a clause framing the one after it (above)."""
    return bool(_STRESSING.match(clause)) or (len(clause) == LEAD_IN and is_cjk(clause))


def _led_in(parts: list[str], asked: list[str], first: str) -> str:
    """The heading of a first sentence (``first``) whose ``parts`` open on clauses framing the next (:func:`_leads_in`), all of them
    ``asked``, the next saying what is done (longer, no purpose): those clauses and it (全面筹划，稳步推进数字档案馆建设), the
    first ones left out while too long for a heading (多方发力，完善智慧档案、档案信息化规划建设), else that clause said
    short; "" for a sentence not so led."""
    k = 0
    while k < len(parts) - 1 and _leads_in(parts[k]):
        k += 1
    matter = parts[k]
    if not k or asked[:k + 1] != parts[:k + 1] or dependant(matter) or len(matter) <= LEAD_IN:
        return ""
    comma = _COMMA.search(first).group()
    return next((led for j in range(k + 1) if len(led := comma.join(parts[j:k + 1])) <= MAX_PHRASE), "") or _short(matter)


PAIRED = 6  # characters at most of each of a sentence's two clauses asked side by side (全面排查，科学布局)


def _pair(parts: list[str], asked: list[str], first: str) -> str:
    """The heading of a first sentence (``first``) of two short parallel clauses (``parts``, :func:`_side_by_side`), both
    ``asked``: the two side by side (全面排查，科学布局; 适当新建，提高质量), as the real reply heads it — the first alone
    said half the ask (hd49a: （一）全面排查); "" for any other sentence."""
    return _COMMA.search(first).group().join(parts) if asked == parts and _side_by_side(parts) else ""


def _side_by_side(parts: list[str]) -> bool:
    """True for two parallel clauses, of as many Chinese characters each, MIN_CLAUSE to PAIRED (:func:`_pair`) — not one
    clause and a point after it (引进高端人才，完善服务)."""
    return len(parts) == 2 and len(parts[0]) == len(parts[1]) and all(MIN_CLAUSE <= len(p) <= PAIRED and is_cjk(p) for p in parts)


def _aimed(parts: list[str], asked: list[str], first: str) -> str:
    """The heading of a first sentence (``first``) whose first clause, asked, is followed by the harm it is to avert
    (:data:`AVERTED`): the two as the sentence says them (强化市场监管执法，防止内卷式恶性竞争, as the real reply heads it, hd56c:
    its 强化市场监管执法 alone left the aim to be offered as the ask's measure), when they fit MAX_PHRASE; "" else."""
    if len(parts) < 2 or asked[:1] != parts[:1] or not AVERTED.match(parts[1]):
        return ""
    aimed = _COMMA.search(first).group().join(parts[:2])
    return aimed if len(aimed) <= MAX_PHRASE and aimed in first else ""


def paired(phrase: str) -> list[str]:
    """The two clauses of a heading that is a pair (:func:`_pair`: 全面排查, 科学布局); none of another."""
    parts = _COMMA.split(phrase)
    return parts if _side_by_side(parts) else []


# A clause saying only at what level or from what angle the next is done (从市级层面统筹规划，着力打造…): how, its verb
# taking no object; the clause after it says what is asked (hd27b F1).
_AT_LEVEL = lazy(r"^(?:从|在|站在)[\u4e00-\u9fff]{1,8}?(?:层面|角度|高度)[\u4e00-\u9fff]{2,4}$")


# A clause finding money and saying for nothing (安排资金, 筹措专项经费): no heading alone — the next clause says
# what the money is for, which the heading keeps (hd22c: （一）安排资金 lost the 运动场 asked for) — unless that
# says money too (加大资金投入，多渠道筹措资金: the ask is about the money).
MONEY_ONLY = lazy(r"^(?:安排|筹措|筹集|争取|落实|加大|增加)(?:专项|财政|配套)?(?:资金|经费|投入)(?:投入)?$")
_MONEY = lazy(r"资金|经费|投入|筹措|筹集")


def _short(clause: str) -> str:
    """``clause`` as a heading of at most MAX_PHRASE characters: as it is, else said shorter as what it gives
    (:func:`_giving_said`), what it asks done (:func:`_predicate`), without what it names by example
    (:func:`_unlisted`) or with its pair of verbs said by one and its object's list by its first thing
    (:func:`_object_kept`); "" where none of these fits (a 37-character title of a road is no heading, hd17 D7)."""
    if len(clause) <= MAX_PHRASE:
        return clause
    if framed := _SCOPE_FRAME.match(clause):  # (在全县规划中明确…主导产业和发展方向: what is asked, without where, hd74b)
        return _short(clause[framed.end():])
    first = _JOINED_ASK.match(clause)  # (扩大基层病种数量及借鉴广州市…提高系数: the first thing asked heads it, hd30b)
    if first and MIN_PREDICATE <= len(first.group(1)) <= MAX_PHRASE:
        return first.group(1)
    given = _giving_said(clause)
    said = given if len(given) <= MAX_PHRASE else _predicate(clause)
    bare = _unlisted(clause)
    return said or (bare if MIN_PREDICATE <= len(bare) <= MAX_PHRASE else "") or _object_kept(clause)


# A scope a long clause opens on before what it asks (在全县规划中, 在园区内): no part of the heading.
_SCOPE_FRAME = lazy(r"^在[\u4e00-\u9fff]{2,8}?[中内](?=[\u4e00-\u9fff]{4})")


# A long clause joining two asks (…及借鉴X市…, …并建立…): the first, up to the second's verb (another place's practice to
# follow among them: 借鉴, 参照, 学习).
_JOINED_ASK = lazy(rf"^(.+?)(?:以及|及|并)(?=借鉴|参照|参考|学习|{_VERBS})")


# What a long clause names by example, left out of its heading: a bracket (（VOCs）) and a list ending in 等 before
# its kind (钢铁、水泥等重点行业 → 重点行业; 大冶湖、网湖等重点湖泊 → 重点湖泊: hd9), what the thing joins in one
# (集文化创意、体育竞训、休闲养生于一体的 of …“创、训、养”基地: hd26b), and its manner words (深入推进 → 推进).
_BRACKET = lazy(r"[（(][^）)]{1,20}[）)]")
# A bare word of at most four characters, no join in it, closing the clause a phrase cut (…基地|建设，…): the heading's own.
_BARE_REST = lazy(r"^(?![^，,；;。]*?(?:和|及|与|并))[\u4e00-\u9fff]{1,4}(?=[，,；;。]|$)")
_ALL_IN_ONE = lazy(r"集[^，,；;。集]{2,40}?于一体的?")
MAX_ITEM = 8  # characters of an item named by example
# The list's later items and its 等: 、-joined, or one item joined by 和/及/与 (海阳核电厂区和施工生活区等园区企业, hd65b) — of
# two characters at least (与高等院校 is no list) and only before 等: 加强A和B names two things asked, no examples.
_LIST_TAIL = lazy(rf"(?:(?:、[^、，,；;。等]{{1,{MAX_ITEM}}})+|(?P<joined>以及|和|及|与)[^、，,；;。等和及与的]{{2,{MAX_ITEM}}})"
                  r"等(?=[\u4e00-\u9fff])")
# Three or more four-character set phrases before 的, what the thing asked for is to be (环境整洁、布局合理、设施完善、消费安全的
# 标准化菜市场 → 标准化菜市场: hd27b): its qualities, not which thing.
_QUALITIES = lazy(r"(?:[\u4e00-\u9fff]{4}、){2,}[\u4e00-\u9fff]{4}的(?=[\u4e00-\u9fff])")
_BEFORE_LIST = (*ASK_VERBS, *PUSHING_VERBS, "的", "和", "对", "在")  # what its first item follows


def _unlisted(clause: str) -> str:
    """``clause`` without what it names by example (:data:`_BRACKET`, a list ending in 等 from its first item on), the
    qualities it lists for the thing (:data:`_QUALITIES`) and its leading manner words:
    深入推进钢铁、水泥等重点行业超低排放改造和挥发性有机物（VOCs）治理 → 推进重点行业超低排放改造和挥发性有机物治理."""
    clause = said = _QUALITIES.sub("", _ALL_IN_ONE.sub("", _BRACKET.sub("", clause)))
    at = 0
    while tail := _LIST_TAIL.search(clause, at):
        head = clause[:tail.start()]
        start = max((head.rfind(w) + len(w) for w in _BEFORE_LIST if w in head), default=max(0, len(head) - 4))
        first = head[start:]
        # (a 和 after no first item, 与市财政局等部门, or after the kind an earlier list names, 大冶湖、网湖等重点湖泊和罗家桥港等
        # 小流域: it joins two things, hd9)
        if tail.group("joined") and (not 0 < len(first) <= MAX_ITEM or f"等{first}" in said):
            at = tail.end()
            continue
        clause = clause[:start] + clause[tail.end():]
        at = 0
    return MANNER.sub("", clause)


# A clause's opening pair of verbs (增加和创造…, 挖掘并利用…): the first says what is done.
_VERB_PAIR = lazy(rf"^((?:{words(ASK_VERBS, STEP_VERBS)}))(?:和|与|及|并|、)(?:{words(ASK_VERBS, STEP_VERBS)})(?=[\u4e00-\u9fff]{{2}})")
# The later things of the list a thing is named of (金东大桥及金沙江沿线…旅游资源的文化内涵): up to the 的 before the matter.
_OF_LIST_TAIL = lazy(r"(?:以及|及|和|与)[^的，,、；;。]{2,}?(?=的[\u4e00-\u9fff]{2})")


def _object_kept(clause: str) -> str:
    """A clause too long for a phrase said shorter without the thing it names: its pair of verbs said by the first
    (:data:`_VERB_PAIR`), then the later things of its object's list left out (:data:`_OF_LIST_TAIL`) —
    增加和创造金东大桥及金沙江沿线大江大湖旅游资源的文化内涵 → 增加金东大桥及金沙江沿线大江大湖旅游资源的文化内涵 (hd69a: the
    title's 增加和创造文化内涵 headed it, 金东大桥 lost); "" where neither fits MAX_PHRASE."""
    paired = _VERB_PAIR.sub(r"\1", clause)
    return next((said for said in (paired, _OF_LIST_TAIL.sub("", paired, count=1))
                 if MIN_PREDICATE <= len(said) <= MAX_PHRASE), "")


def with_examples(ask: Ask) -> str:
    """The clause of ``ask``'s first sentence its phrase was said shorter from by leaving out what it names by example
    (:func:`_unlisted`), its manner words dropped: 解决门店外摆、占道经营、城市“牛皮癣”等市容秩序突出问题 of the phrase 解决市容秩序突出问题
    — what the deputy asked about, which a placeholder names (hd38b); the phrase where it was cut from none; the first clause
    of an ask of no phrase (no clause of it heads a section: 【待补充：方面的工作情况…】 named nothing, hd65b)."""
    first = CLAUSE_END.split(ask.text.strip(), maxsplit=1)[0]
    clauses = [c for c in (MANNER.sub("", LEADING.sub("", c.strip())) for c in _COMMA.split(first)) if c]
    return next((c for c in clauses if c != ask.phrase and _unlisted(c) == ask.phrase), ask.phrase or next(iter(clauses), ""))


# Who is brought together to do what is asked (组织水务、农业农村等部门，加大…调研评估: hd8): no heading of it.
_CONVENING = lazy(r"^(?:组织|协调|会同|联合|召集)[^，,]{1,20}?等?(?:部门|单位)$")


# A unit named as who should do what is asked (市科技局牵头建立…, 市财政局负责…): the reply's heading says
# what is done, never who (the unit may be the bureau itself).
_UNIT_LEADS = lazy(rf"^[\u4e00-\u9fff]{{1,12}}?(?:{words(UNIT_ORGAN_WORDS)}|政府|部门)(?:{_UNIT_LEAD})(?=[\u4e00-\u9fff]{{2}})")
# A unit taking its object by 将 (县交通运输局将该路段纳入农村公路建设项目): who should act and what on, no heading of
# what is done (hd17 D7: 持续县交通运输局将…).
_UNIT_PUTS = lazy(rf"^[\u4e00-\u9fff]{{1,12}}?(?:{words(UNIT_ORGAN_WORDS)}|政府|部门)将")
# A clause giving something to someone (对X给予重点支持, 加大对X的资金支持): said as the giving and its
# object, 重点支持X, 加大X资金支持 — the object's leading place (新洲区, 我市) left out where still too long. Of a point, a deed
# done to things (加强对班主任和心理教师的培训): the deed (培训) is what it asks (:attr:`Ask.deeds`).
_GIVE_TO = lazy(r"^对(.{2,}?)(?:给予|予以)(.{2,})$")
ENLARGE_TO = lazy(rf"^({words(PUSHING_VERBS)})对(.{{2,}})的(.{{2,}})$")
_LISTED_ON = lazy(r"、[^、和及与]+")  # the items a list names after its first (…灌区续建配套、现代化改造)
_PLACE_FIRST = lazy(rf"^(?:{OWN_WHOLE}|[\u4e00-\u9fff]{{2,4}}?(?:新区|经开区|高新区|区|县|市))(?=[\u4e00-\u9fff]{{4}})")


def _giving_said(clause: str) -> str:
    """A clause too long for a phrase that gives to someone (:data:`_GIVE_TO`, :data:`ENLARGE_TO`)
    said shorter as the giving and its object (``对万盛、綦江等渝南区县的科技孵化载体建设给予重点支持`` →
    ``重点支持万盛、綦江等渝南区县的科技孵化载体建设``; ``加大对新洲区高标准农田建设和灌区…改造的资金支持`` →
    ``加大高标准农田建设和灌区续建配套资金支持``, its list's later items left out too where still too long);
    the clause as it is otherwise."""
    giving = _GIVE_TO.match(clause)
    if giving:
        return giving.group(2) + giving.group(1)
    enlarging = ENLARGE_TO.match(clause)
    if enlarging:
        verb, what, given = enlarging.groups()
        placeless = _PLACE_FIRST.sub("", what)
        shorter = (verb + w + given for w in (what, placeless, _LISTED_ON.sub("", placeless)))
        return next((said for said in shorter if len(said) <= MAX_PHRASE), clause)
    return clause


MIN_PREDICATE = 6  # characters: a shorter tail (发展 of …高质量发展) names no ask


_GIVEN_AFTER = lazy(r"的|给予|予以")
_IN_MEMBER = lazy(r"、[\u4e00-\u9fff]{0,4}$")  # a clause's start up to a word inside a member of a list


def _predicate(clause: str) -> str:
    """A clause too long for a phrase, without a comma to cut at, as what it asks done: its tail
    from the earliest verb of asking after its opening, outside an object opened by 对 and closed by a
    的 or 给予 after it (对…建设的支持: 建设 is no verb there), that leaves at most MAX_PHRASE characters (``支持万盛经开区按照市级
    高新区认定条件加快创建市级高新区`` → ``加快创建市级高新区``, ``支持万盛经开区建设科技企业孵化器、
    众创空间等创新载体`` → ``建设科技企业孵化器、众创空间等创新载体``); "" when there is none of
    MIN_PREDICATE characters (the title then names the ask)."""
    for verb in _ACTION.finditer(clause, 1):
        if "对" in clause[:verb.start()] and _GIVEN_AFTER.search(clause[verb.end():]):
            continue
        if _IN_MEMBER.search(clause[:verb.start()]):  # (设施完善 of 环境整洁、…、设施完善、消费安全的…: no verb of asking)
            continue
        tail = clause[verb.start():]
        if len(tail) <= MAX_PHRASE:
            return tail if len(tail) >= MIN_PREDICATE else ""
    return ""




def _drop_title(text: str, title: str) -> str:
    lines = text.split("\n")
    if title and lines and concern(lines[0]) == concern(title):
        lines = lines[1:]
    return "\n".join(lines).strip()
