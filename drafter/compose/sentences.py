"""A fact's text as the draft says it: its sentences, which of them to keep, and their dates.

Facts are source paragraphs; a reply keeps an item's lead phrase (``强化重大技术攻关支持。``)
and only the sentences that speak to what is being answered. This module splits a text into
sentences, tells a lead phrase, finds near-duplicate sentences across sources, and makes every
sentence say when: relative time words (目前, 截至目前, 今年, 去年, 全年, 上半年, 近期) become the
absolute period counted from the source's date — the period it reports where the fact is dated by that (a past year's summary
posted the next year: :func:`reported_present`) — and a sentence with figures but no year gets its
date in front (the period its source states, else 截至<the source's month>, never a bare year
the source does not state). Each change is a :class:`Mark` whose note (the Word comment) keeps the source's
own wording.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Callable

from .. import grammar as G
from ..grammar import run_grams, tokens
from ..grammar import strip_ordinal
from ..grammar import find_figure as find_figure  # the figure finder of the grammar, for compose
from ..lazyre import cached, lazy
from ..model import PLAN, POSTED_EARLY_BY, Fact, SourceMeta
from ..reply import LIST_CUT, PART_CUT, update_text
from ..textutil import CJK, CLAUSE_BREAK, CLAUSE_MARKS, CLAUSE_STOPS, is_cjk
from ..workspace import NAMED_AFTER, OWN_INSTITUTION

# A sentence: up to 。！？ (and any closing quotes/brackets after it), or to the end.
_SENTENCE = lazy(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
LEAD_MAX = 24  # an item's lead phrase (its own heading) is at most this long
YEAR_IN_TEXT = lazy(r"(?:19|20)\d{2}\s*(?:年|—|-|～|~|至)")


def split_sentences(text: str) -> list[str]:
    """``text`` cut after each 。！？ (closing quotes stay with their sentence); none empty."""
    return [m.group() for m in sentence_spans(text)]


# How a sentence ends: 。！？ and any closing quotes/brackets after them.
_FINISHED = lazy(r"[。！？!?；;][”’」』）)]*$")
# The last characters of a text cut off mid-clause: a demonstrative, a preposition or a conjunction waiting
# for what it governs (启动该, 纳入到, 会同…和); no sentence ends on them.
CUT_WORD_ENDS = frozenset("该其各的与和及对在为并或之以将把被从向于而")
# A text cut off on a bare number (…月均薪酬提高4690: the page broke off before its unit): the figure's unit was lost.
CUT_FIGURE = lazy(rf"[{CJK}]\d+(?:\.\d+)?$")
MIN_CUT = 10  # characters: a shorter head of an unfinished sentence (除1号建议案以外) says nothing
# A clause saying when or if, waiting for its main clause (一旦项目落地后, 如果…, 待…): no end of a sentence.
DANGLING = lazy(r"^(?:一旦|如果|假如|若|倘若|待|当|随着|只要)")


def announces(sentence: str) -> bool:
    """True when ``sentence`` announces what follows it (``主要做法如下：``, ``详情如下：``): it ends on a colon."""
    return sentence.rstrip().endswith(("：", ":"))


def without_announcement(text: str) -> str:
    """``text`` less a last sentence announcing what follows it (:func:`announces`) after others (…清洁火电项目。详情如下：
    → …清洁火电项目。): what it announces is not in the text, and a draft never ends on its colon (hd66c)."""
    spans = sentence_spans(text)
    return text[:spans[-1].start()] if len(spans) > 1 and announces(spans[-1].group()) else text


def finished_sentences(text: str) -> list[str]:
    """:func:`split_sentences` of a fact's text whose source may stop mid-sentence (a page stored
    only in part, a paragraph cut at a page's end): an unfinished last sentence — no 。！？ at
    its end — keeps its clauses up to its last clause break, ended with 。 (``…科技企业孵化器99家，
    探索`` → ``…科技企业孵化器99家。``), and goes whole when that leaves no clause of MIN_CUT
    characters (``举办首届“一带一路”科技交流``): a draft never ends a sentence on a cut word. A
    text of one sentence (a list row, a table cell) and a last clause holding a figure or ending on a closed title (《…方案》)
    are whole (ended with 。), unless
    that one sentence stops on a word waiting for more (:data:`CUT_WORD_ENDS`: …，多渠道筹集资金启动该) or on a
    number whose unit was cut (:data:`CUT_FIGURE`: …，全市专职社区工作者月均薪酬提高4690), or distill marked it cut by
    its page (:data:`~drafter.grammar.PAGE_CUT`: …晋升职级3人，选派1名干部驻…… → …晋升职级3人。; after a whole clause, its
    clauses kept: …文旅消费业态不断丰富，…… → …不断丰富。). A kept
    last clause saying when or if (:data:`DANGLING`: 一旦项目落地后) goes too: its main clause was the one cut. A last
    sentence announcing a list after others goes whole (:func:`without_announcement`)."""
    sentences = split_sentences(without_announcement(text))
    if not sentences or _FINISHED.search(sentences[-1].rstrip()):
        return sentences
    paged = sentences[-1].rstrip().endswith(G.PAGE_CUT)  # (the page stopped there: its clause unfinished, figures or not)
    kept = sentences[-1].rstrip().removesuffix(G.PAGE_CUT)
    last = kept.rstrip("，,；;、：: ")
    if paged and CLAUSE_BREAK.match(kept[-1:]):
        return sentences[:-1] + [last + "。"]  # (marked cut after a whole clause, …不断丰富，……: its clauses said whole)
    breaks = list(CLAUSE_BREAK.finditer(last))
    head = last[:breaks[-1].start()] if breaks else ""
    # its last clause ends on what it counts, or on a document's whole name (2021年，精心编制《…提质改造方案》: hd26d)
    counted = not paged and (G.figure_matches(last[breaks[-1].end():] if breaks else last) or last.endswith("》"))
    if len(sentences) < 2 and not paged:  # one sentence without its 。 is a list row, a cell, an item: whole, unless it
        # stops on a word no sentence ends on (…多渠道筹集资金启动该): then it is cut as any other
        cut = (last.endswith(tuple(CUT_WORD_ENDS)) or bool(CUT_FIGURE.search(last))) and len(head) >= MIN_CUT
        return [head + "。"] if cut else [last + "。"] if counted else sentences
    if counted:
        return sentences[:-1] + [last + "。"]  # (…孵化器99家): said whole
    while breaks and DANGLING.match(head[breaks[-2].end() if len(breaks) > 1 else 0:]):
        breaks.pop()  # …，一旦项目落地后，督导…: a condition whose main clause was cut goes with it
        head = last[:breaks[-1].start()] if breaks else ""
    return sentences[:-1] + ([head + "。"] if len(head) >= MIN_CUT else [])


# A run of a sentence left out inside it, as a list's members: no clause's mark in it, a list's 、 at or beside it.
_CLAUSE_MARK = lazy(r"[，,；;。：:！？]")


def quoting_note(text: str, sentences: list[str]) -> str:
    """What a comment says the quoting of ``text`` left out inside a kept sentence of ``sentences`` (each as said, up to its
    end mark): :data:`~drafter.reply.LIST_CUT` where all it left out were a list's members (新一代信息技术、高端装备制造等 of
    a longer list), :data:`~drafter.reply.PART_CUT` where it left out other words (another deed after 同时, a clause off the
    item); "" where each sentence is the source's words, as they stand, or with words only put before them (its doer)."""
    gaps = []
    for sentence in sentences:
        said = sentence.rstrip("。；;，, ")
        if not said or said in text:
            continue
        match = SequenceMatcher(None, text, said, autojunk=False)
        blocks = [b for b in match.get_matching_blocks() if b.size]
        if not blocks:
            continue
        # (inside the run of the source it quotes: what stands before its first word or after its last is other sentences)
        gaps += [(i1, i2) for op, i1, i2, _, _ in match.get_opcodes()
                 if op in ("delete", "replace") and blocks[0].a < i1 and i2 <= blocks[-1].a + blocks[-1].size]
    if not gaps:
        return ""
    listed = all(not _CLAUSE_MARK.search(text, i1, i2) and "、" in text[max(i1 - 1, 0):i2 + 1] for i1, i2 in gaps)
    return LIST_CUT if listed else PART_CUT


def sentence_spans(text: str) -> list[re.Match]:
    """Where each of :func:`split_sentences`'s sentences stands in ``text`` (matches); none empty."""
    return [m for m in _SENTENCE.finditer(text) if m.group().strip()]


DIGIT = lazy(r"\d")


def is_lead(sentence: str) -> bool:
    """An item's lead phrase: short, no digits, e.g. ``强化重大技术攻关支持。``."""
    body = sentence.strip().rstrip("。；;：:")
    return 0 < len(body) <= LEAD_MAX and not DIGIT.search(body) and "，" not in body


@lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[str]:
    """The character bigrams of ``text`` (:func:`drafter.grammar.bigrams`, no term of one character); remembered, since a
    batch asks again for the same facts' texts."""
    out: set[str] = set()
    for run in tokens(text):
        if len(run) > 1:  # (a lone character or digit is no bigram: skipped here, not filtered out after, ⅓ faster)
            out.update(run_grams(run))
    return frozenset(out)


def has_lead(sentences: list[str]) -> bool:
    """True when the first sentence is a lead phrase heading more sentences."""
    return len(sentences) > 1 and is_lead(sentences[0])


# A work report's dashed slogan line (——科技创新厚积薄发，强工兴市跑出新速度。): two short clauses of no figure heading the results
# said after it, never a statement alone (hd44a).
SLOGAN_LINE = lazy(r"^\s*——[^，。；！？\d]{2,16}，[^，。；！？\d]{2,16}[。；！]$")


def heads_results(sentences: list[str]) -> bool:
    """True when the first sentence is a dashed slogan line (:data:`SLOGAN_LINE`) heading more sentences."""
    return len(sentences) > 1 and bool(SLOGAN_LINE.match(sentences[0]))


RESTATED = 6  # characters of a lead's object the next sentence says again, for the lead to say nothing more
# How a lead phrase that says what is done begins (加强…, 引建…, 强主体): its verb, the longest first.
LEAD_VERB = lazy(f"(?:{G.words(G.LEAD_VERBS)})")


# A word adding a sentence to the one before it (同时，…; 此外，…) or pointing back at it (为此，我们依据…: hd8): no opening
# of an item, whose sentence before is not there.
ADDING = lazy(rf"^(?:{G.words(G.ADDING_WORDS)}|(?:{G.words(G.HENCE_WORDS)})(?=[，,]))[，,]?(?=[\u4e00-\u9fff])")


# The adverb a word adding a sentence goes with, after its subject in its first clause (此外，余杭商务部门还创新…): dropped with it.
# The subject closes on a unit's or place's word (部门, 局, 社区, 区, 我们); not the 还/也 of a paired construction (无论是城区还是农村,
# 不仅要抓建设也要抓管理, rv15 6) nor of a word (退耕还林, 还原, 归还, 还是, 也许).
_SUBJECT_END = rf"(?:部门|我们|{G.words(G.ORGAN_WORDS, G.NAMED_UNIT_WORDS, G.TEAM_WORDS)}|[{G.LEVEL_CHARS}])"
PARTNER_ADVERB = lazy(rf"^(?!无论|不论|不管|不仅|不但|既)([^，。；：“”]{{0,14}}?{_SUBJECT_END})"
                      r"(?:(?<![归偿退返送交])还(?![林草湖湿田原款贷建迁清本是])|也(?!许))(?=[\u4e00-\u9fff])")


# Who a sentence after a scene word opens on (会上，我局以…; 会上，市卫健委和…签订…): the bureau, or a unit named with no verb
# before its name — not a bare verb (会上，观看了我市宣传片…: no subject, hd68c).
_SCENE_SUBJECT = lazy(rf"^(?:{G.SELF_UNIT.pattern}|我们|(?:(?![了对向在把将])[{CJK}]){{1,12}}?{G.UNIT_END})")


def _scene_end(sentence: str) -> int | None:
    """Where the scene word opening ``sentence`` (:data:`~drafter.grammar.SCENE_SAID`) ends, 0 where a subject does not follow
    it (:data:`_SCENE_SUBJECT`: the scene its only doer); None where it opens on none."""
    scene = G.SCENE_SAID.match(sentence)
    return None if scene is None else scene.end() if _SCENE_SUBJECT.match(sentence[scene.end():]) else 0


def _unscened(sentence: str) -> str:
    """``sentence`` without the scene word opening it where a subject follows it (:func:`_scene_end`); as it is otherwise."""
    return sentence[_scene_end(sentence) or 0:]


def unreported(sentences: list[str]) -> list[str]:
    """``sentences`` without a reporter's word opening any sentence of theirs (:data:`~drafter.grammar.HEARD_SAID`: 据悉，至目前，
    全市已累计… → 至目前，全市已累计…): the bureau states its own work, it hears of none (hd68b); nor the scene of an event the
    draft does not name before a subject (:func:`_unscened`: 会上，我局以《…》为题… → 我局以《…》为题…)."""
    return ["".join(_unscened(G.HEARD_SAID.sub("", m.group(), count=1)) for m in sentence_spans(text)) for text in sentences]


def with_event_told(sentences: list[str], text: str) -> list[str]:
    """``sentences`` whose first opens on a scene word with no subject after it (:data:`_SCENE_SUBJECT`: 会上，观看了我市宣传片…)
    given back the sentence of ``text`` before it telling the event (:data:`~drafter.grammar.EVENT_CLAUSE`: 9月18日，我市举行通汉
    协作交流座谈会…), which picking cut: alone it tells of no event and no doer (hd68c); as they are otherwise."""
    if not sentences or _scene_end(sentences[0]) != 0:
        return sentences
    told = [m.group() for m in sentence_spans(text)]
    at = next((k for k, s in enumerate(told) if s.startswith(sentences[0][:12])), 0)
    return [told[at - 1], *sentences] if at and G.EVENT_CLAUSE.match(told[at - 1]) else sentences


def without_event_attended(sentences: list[str], bureau: str, self_name: str) -> list[str]:
    """``sentences`` without one telling another's event held (:data:`~drafter.grammar.EVENT_CLAUSE`, naming not the bureau) that the
    next points back to by a scene word (:data:`~drafter.grammar.SCENE_SAID`) opening on the bureau, ``bureau`` or ``self_name``
    (6月17日下午，河南省人社系统…电视电话会议召开。会上，市人社局以《…》为题，介绍了…): the item is the bureau's own account, the event
    it spoke at no work of its own (hd68b; the event put before the sentence by distillation, hx68c1)."""
    def own(sentence: str) -> bool:
        return sentence.startswith(self_name) or any(at == 0 for at, _ in G.unit_mentions(sentence, bureau)[:1])

    def attended(k: int) -> bool:
        scene = G.SCENE_SAID.match(sentences[k + 1]) if k + 1 < len(sentences) else None
        return (scene is not None and own(sentences[k + 1][scene.end():]) and bool(G.EVENT_CLAUSE.match(sentences[k]))
                and not (G.names_unit(sentences[k], bureau) or G.SELF_UNIT.search(sentences[k])))
    return [s for k, s in enumerate(sentences) if not attended(k)]


def own_opening(sentences: list[str]) -> list[str]:
    """``sentences`` opening on their own words: a word adding the first to one before it (:data:`ADDING`) dropped, and the
    adverb going with it (:data:`PARTNER_ADVERB`: 此外，余杭商务部门还创新… → 余杭商务部门创新…, h258)."""
    if sentences and ADDING.match(sentences[0]):
        return [PARTNER_ADVERB.sub(r"\1", ADDING.sub("", sentences[0], count=1), count=1), *sentences[1:]]
    return sentences


# A sentence opening on whom its work was done with, no subject: a unit or group, its verb after it (与各指挥部成员单位…加强会商研判;
# not 同时, 同比, 同年，…, 与会人员…, 与此同时: other words, rv18 6).
_PARTNER = (rf"(?:{G.words(G.PARTNERING_WORDS)})(?![时比步期样一年日月级类等会此])[^，。；：]{{1,30}}?{_SUBJECT_END}"
            r"(?=[\u4e00-\u9fff])")
_PARTNER_OPENING = lazy(rf"^{_PARTNER}")


def with_given_subject(sentences: list[str], text: str, self_name: str) -> list[str]:
    """``sentences`` whose first opens on a partner (:data:`_PARTNER_OPENING`: 与各指挥部成员单位…经常性开展桌面推演和实战演练。),
    cut from a ``text`` whose sentences before it speak of the bureau (:data:`~drafter.grammar.SELF_UNIT`: 2019年以来，我厅提请…):
    the bureau put back in front as its ``self_name`` (我厅与各指挥部成员单位…, rs8 hd52c); as they are otherwise."""
    if not sentences or not _PARTNER_OPENING.match(sentences[0]):
        return sentences
    at = text.find(sentences[0][:12])
    if at <= 0 or not G.SELF_UNIT.search(text[:at]):
        return sentences
    return [self_name + sentences[0], *sentences[1:]]


# How a report's speaker names itself (我们坚持转型引领…): a government's report speaks for the place.
_SPEAKER_WE = "我们"
# A sentence opening on its deed, no doer named before it but its date (强力推进文明城市创建，…; 2022年，实施城区…项目31个; 完成粮食
# 播种11.34万亩…; 入选…) or on whom the deed was done with (:data:`_PARTNER_OPENING`): where its subject goes, after the date.
_DEED_FIRST = lazy(rf"^(?:(?:19|20)\d{{2}}年[^，,。；;]{{0,8}}[，,])?(?=(?:{G.words(G.LEAD_VERBS, G.WORKS_VERBS, G.FOUNDING_VERBS)}"
                   rf"|{G.words(G.COUNTED_DEED_VERBS, G.PLACE_DEED_VERBS)})|{_PARTNER})")


# A first clause naming a place or a unit (豫东南高新区32.7平方公里…, 市工信局…): its doer or where, said already.
_NAMED_FIRST = lazy(rf"^[^，,。；;]*?(?:[{G.PLACE_LEVELS}](?![场民级直属])|[{G.ORGAN_CHARS}])")


def with_place_subject(sentences: list[str], word: str, briefed: bool = False) -> tuple[list[str], dict[int, str]]:
    """``sentences`` of a report of the bureau's place as a whole (:func:`~.select.place_issued`: 霍邱县情…, a government's
    report) with the place as its letters call it (``word``: 我县) put back as the subject of the first that opens on its deed
    (:data:`_DEED_FIRST`: 2022年，我县强力推进…; said once, the sentences after it go on with it) and standing for the report's
    own 我们, its government speaking (过去的一年，我们坚持转型引领… → 我县坚持…): the place's work, never passed off as the
    bureau's under 我局…主要做法和成效如下 (hd57a, h318); and each sentence so given it → what its source said there ("" where
    nothing). A page of the place's leader ``briefed`` on its work (:func:`~.select.leader_briefed`) gives it to its first
    sentence after a lead phrase, in front where that opens on what was done (新质生产力加快培育… → 我市新质生产力加快培育…,
    hd59c), unless it names a place or unit first."""
    out, given = [], {}
    first = 1 if has_lead(sentences) else 0
    for k, sentence in enumerate(sentences):
        if briefed and k == first and not _DEED_FIRST.match(sentence) and not _NAMED_FIRST.match(sentence):
            sentence, given[k] = word + sentence, ""
        elif briefed and k < first:
            pass
        elif _SPEAKER_WE in sentence:
            sentence, given[k] = sentence.replace(_SPEAKER_WE, word), _SPEAKER_WE
        elif not given and (found := _DEED_FIRST.match(sentence)) is not None:
            sentence, given[k] = sentence[:found.end()] + word + sentence[found.end():], ""
        out.append(sentence)
    return out, given


# A sentence's exclaiming end, no quotation's (…累计输水7.6217亿立方米！ of a quoted official, hd49b): a reply says what was done,
# it does not exclaim — the words a quotation's closing mark ends (“…绿水青山就是金山银山！”) are its own, and so are a title's or
# a slogan's inside it (《加油！向未来》, “奋进新时代！建功新征程”: rv16).
_EXCLAIMED = lazy(r"[！!]+(?=\s*$)")


def without_exclaiming(sentences: list[str]) -> list[str]:
    """``sentences`` ending on 。 where their source exclaimed (:data:`_EXCLAIMED`)."""
    return [_EXCLAIMED.sub("。", s) for s in sentences]


def restates_lead(sentences: list[str]) -> bool:
    """True when the lead phrase (:func:`has_lead`) is said again by the sentence after it: its
    object, its verb dropped, of RESTATED characters or more (建设泉州技术转移转化数字化平台。落地…，
    启动建设泉州技术转移转化数字化平台，…): the lead then only repeats what follows."""
    if not has_lead(sentences):
        return False
    thing = lead_object(sentences[0])
    return len(thing) >= RESTATED and thing in sentences[1]


def said_once(sentences: list[str]) -> list[str] | None:
    """``sentences`` whose lead phrase the next one says again (:func:`restates_lead`) with the lead kept and
    its thing said the second time by 该 and its head noun, its last two characters (建设泉州技术转移转化数字化平台。
    落地…，启动建设该平台，…): an item keeps its lead beside others led so, and says its thing once. None where that
    head is a verb of work (…人才队伍建设), no noun to refer back to."""
    thing = lead_object(sentences[0])
    head = thing[-2:]
    if LEAD_VERB.fullmatch(head):
        return None
    return [sentences[0], sentences[1].replace(thing, "该" + head, 1), *sentences[2:]]


def lead_object(lead: str) -> str:
    """What a lead phrase (or a heading) is about, its verb dropped: 高质量科技成果供给 of
    强化高质量科技成果供给。"""
    lead = lead.strip().rstrip("。；;：:")
    verb = LEAD_VERB.match(lead)
    return lead[verb.end():] if verb else lead


def heads_lead(heading: str | None, sentences: list[str] | None) -> bool:
    """True when ``heading`` says what the lead phrase of ``sentences`` (:func:`has_lead`) says,
    its verb aside (（三）加强高质量科技成果供给 over 强化高质量科技成果供给。聚焦…): under it, the lead
    would say the heading twice."""
    if not heading or not sentences or not has_lead(sentences):
        return False
    thing = lead_object(sentences[0])
    return len(thing) >= RESTATED and thing == lead_object(heading)


_NUMBER = lazy(r"\d+(?:\.\d+)?")


def repeats(sentence: str, kept: list[str], share: float = 0.6) -> bool:
    """True when ``share`` of the sentence's bigrams already stand in one kept sentence that
    also states all its numbers (the same sentence in two sources, or the same idea said again;
    a sentence bringing a number of its own is no repeat)."""
    own = bigrams(sentence)
    if len(own) < 4:
        return False
    numbers = set(_NUMBER.findall(sentence))
    return any(len(own & bigrams(other)) >= share * len(own) and numbers <= set(_NUMBER.findall(other))
               for other in kept)


FIGURES_SAID = 0.4  # of its bigrams a sentence stating two numbers or more shares with one stating them all, to say it again


def restates_figures(sentence: str, kept: list[str]) -> bool:
    """True when ``sentence`` states two numbers or more, all stated by one kept sentence that shares FIGURES_SAID of its
    bigrams (投入300万元为500户特殊困难老年人家庭实施适老化改造 after 2022年，…列支300万元专项资金实施500户适老化改造项目，…):
    one work reported twice, in other words by two sources."""
    return len(set(_NUMBER.findall(sentence))) > 1 and repeats(sentence, kept, FIGURES_SAID)


@dataclass
class Mark:
    """A change or a flag on a piece of a sentence: the text as the draft says it, and a note."""

    text: str
    note: str
    kind: str = "text"  # "text" (a comment only) or "stale" (highlighted too)


@dataclass
class Dated:
    """A sentence with its time words made absolute; ``marks`` are the changed pieces."""

    text: str
    marks: list[Mark]


def source_month(source: SourceMeta | None) -> tuple[int, int] | None:
    if source is None or not source.date:
        return None
    try:
        day = dt.date.fromisoformat(source.date[:10])
    except ValueError:
        return None
    return day.year, day.month


def _as_of(source: SourceMeta | None, year: int | None) -> str | None:
    """``截至2025年5月`` from the source's date, else ``截至2025年`` from the fact's year."""
    ym = source_month(source)
    if ym:
        return f"截至{ym[0]}年{ym[1]}月"
    return f"截至{year}年" if year else None


def months_span(year: int, month: int | str) -> str:
    """The months of ``year`` up to ``month``: 2024年1—10月, 2024年1月."""
    return f"{year}年1—{month}月" if str(month) != "1" else f"{year}年1月"


def _rules(source: SourceMeta | None, year: int | None, plan: bool = False,
           reply_year: int | None = None) -> list[tuple[re.Pattern, str, Callable[[re.Match], str | None], str]]:
    """Each relative time word's pattern, its meaning, what it becomes and by what (来源日期, or the year the source speaks of;
    of a source without a date, the year its fact speaks of — never a ``plan``'s, the year it aims at: 现在我们正在争取…，力争在
    2022年启动… is no 截至2022年). A past year's 今年以来, its source written in that year, is that year's months up to the
    source's (2022年1—6月 of a page of 2022-06-23): in a reply of ``reply_year`` after it, 2022年以来 reads as a count to this day."""
    ym = source_month(source)
    year = None if plan and not ym else year
    doc_year = ym[0] if ym else year
    # (the year its present speaks of — a past year's summary, or a reply written in it, posted early the next says 今年 of that
    # year: SourceMeta.this_year — and its 去年 and 上半年 count from it)
    this_year = (source.this_year() if ym and source else None) or doc_year
    said: dict[str, Callable[[re.Match], str | None]] = {
        G.AS_OF: lambda _: _as_of(source, year),
        G.SINCE_THIS_YEAR: lambda _: (months_span(*ym) if ym and this_year == ym[0] < (reply_year or 0)
                                      else f"{this_year}年以来" if this_year else None),
        G.THIS_YEAR: lambda _: f"{this_year}年" if this_year else None,
        G.LAST_YEAR: lambda _: f"{this_year - 1}年" if this_year else None,
        G.FULL_YEAR: lambda _: f"{year}年全年" if year else None,
        G.YEAR_PAST: lambda _: f"{G.year_reviewed(*ym)}年" if ym else f"{year}年" if year else None,
        G.FIRST_HALF: lambda _: f"{this_year}年上半年" if this_year else None,
        G.RECENT: lambda _: f"{ym[0]}年{ym[1]}月" if ym else None,
        G.UNTIL_NOW: lambda _: f"至{ym[0]}年{ym[1]}月" if ym else None,
        G.RECENT_YEARS: lambda m: _run_years(m.group(1), this_year),
    }
    said[G.THAT_DAY] = said[G.RECENT]  # (a day its text names before it comes first: :func:`_day_named`)
    undated = "所述年份（来源未注明日期）"  # (never 来源日期 of a source without one: 今年5月 of 市数据局2024年工作总结, hd33b)
    spoken = f"来源所述年份（{_written_after(source, this_year)}）" if this_year != doc_year else "来源日期" if ym else undated
    counted = (G.THIS_YEAR, G.SINCE_THIS_YEAR, G.LAST_YEAR, G.FIRST_HALF, G.RECENT_YEARS)
    return [(pattern, meaning, said[meaning], spoken if meaning in counted else "来源日期" if ym else undated)
            for pattern, meaning in _RELATIVE_TIME]


def _run_years(count: str, last: int | None) -> str | None:
    """The years a run of ``count`` recent years (近四年, 三年来) names, up to ``last`` (:func:`~drafter.grammar.recent_run_years`):
    ``2011—2014年``; None without ``last``."""
    years = G.recent_run_years(count, last)
    return "{}—{}年".format(*years) if years else None


def _written_after(source: SourceMeta, year: int) -> str:
    """Why a source's present words speak of ``year``, a year before its date: ``来源2024-01-11成文于次年年初，所述为2023年的情况``."""
    when = "次年年初" if int(source.date[:4]) == year + 1 and int(source.date[5:7]) <= POSTED_EARLY_BY else "所述年份之后"
    return f"来源{source.date}成文于{when}，所述为{year}年的情况"


_RELATIVE_TIME = tuple((lazy(pattern), meaning) for pattern, meaning in G.RELATIVE_TIME)
_ANY_RELATIVE_TIME = lazy("|".join(f"(?:{pattern})" for pattern, _ in G.RELATIVE_TIME))  # where one of them matches
# The words speaking from the source's present (目前, 今年, 今年以来, 上半年, 至今) as they read of a past year the source
# reports: what stood at its end, what was done in it.
OF_A_PAST_PRESENT = {G.AS_OF: "截至{}年底", G.SINCE_THIS_YEAR: "{}年以来", G.THIS_YEAR: "{}年", G.FIRST_HALF: "{}年上半年",
                     G.UNTIL_NOW: "至{}年底"}
_NEXT_TIME = lazy(rf"{YEAR_IN_TEXT.pattern}|{G.TIME_WORD.pattern}")


def reported_present(fact: Fact | None, source: SourceMeta | None, text: str, at: int) -> int | None:
    """The year distill gave what a present word ending at ``at`` in ``text`` says, where that is the period ``fact``'s source
    reports and before the source's date (溆浦县科技局's 2024年工作总结 filed 2025-01-15: 截至目前…56家 is 2024's; 仙居's 2023
    summary dated 2024-01-11: 今年我局共推进…10项 is 2023's): the first of the fact's figures after the word, before the next
    time the text names, dated by that period (its own year of that basis, else the fact's); with no figure there, the fact's
    period when the report's period dates it. None when the source's date is what dates the word (a figure of its date:
    泉州's 2016 summary, 生成日期2017-02-15, 目前…311家 is 2017's) or nothing does."""
    ym = source_month(source)
    if fact is None or ym is None:
        return None
    stop = _NEXT_TIME.search(text, at)
    found = [(spot, g) for g in fact.figures for spot in [find_figure(text, g.raw, at)]
             if 0 <= spot < (stop.start() if stop else len(text))]
    dated = min(found, key=lambda pair: pair[0])[1] if found else None
    if dated is None or dated.year is None:  # (a figure of no year of its own is of its fact's period)
        dated = fact.period
    end = dated.until or dated.year
    return end if dated.basis == "report period" and end is not None and end < ym[0] else None


# A day a text names (2024年12月4日, 今年12月4日), not a range's first (12月1日至7日是…宣传周): the one a later 当日 speaks of.
_NAMED_DAY = lazy(r"(?:((?:19|20)\d{2})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日(?!\s*[至到\-—–~～])")


def _day_named(match: re.Match, fact: Fact | None, year: int | None) -> str | None:
    """The day a 当日/当天/同日 (``match``) speaks of: the last one its sentence names before it, else its fact's text before the
    word (:data:`_NAMED_DAY`), its year said or ``year``; None where none is named."""
    before = match.string[:match.start()]
    if not _NAMED_DAY.search(before) and fact is not None and match.group() in fact.text:
        before = fact.text[:fact.text.index(match.group())]
    days = list(_NAMED_DAY.finditer(before))
    if not days:
        return None
    said, month, day = days[-1].groups()
    return f"{said or year}年{int(month)}月{int(day)}日" if said or year else None


def absolute_time(sentence: str, source: SourceMeta | None, year: int | None, fact: Fact | None = None,
                  reply_year: int | None = None) -> Dated:
    """Relative time words made absolute (module doc); each replacement noted with the source's
    own wording and date. A present word ``fact`` is dated by a past period its source reports takes that period
    (:func:`reported_present`): the fact's period is what it says, the source's date only what dates it otherwise.
    A word whose period cannot be told is left as written; ``reply_year``: the year of the reply (:func:`_rules`)."""
    marks: list[Mark] = []
    if not _ANY_RELATIVE_TIME.search(sentence):  # (most say none: their rules are not made)
        return Dated(sentence, marks)
    where = f"（{source.label()}，{source.date}）" if source and source.date else ""
    for pattern, meaning, value, by in _rules(source, year, fact is not None and fact.kind == PLAN, reply_year):
        def swap(match: re.Match, meaning=meaning, value=value, by=by) -> str:
            if any(a <= match.start() < b for a, b in quoted_spans(match.string)):
                return match.group()  # (someone's words quoted keep their own time: 针对建议中“…目前，急需解决…”)
            past = reported_present(fact, source, match.string, match.end()) if meaning in OF_A_PAST_PRESENT else None
            named = _day_named(match, fact, (source_month(source) or (year,))[0]) if meaning == G.THAT_DAY else None
            new = OF_A_PAST_PRESENT[meaning].format(past) if past else named or value(match)
            if not new or (new.endswith("年全年") and new[:-2] in match.string[:match.start()]):
                return match.group()  # (…2024年我市…，全年谋划…: the year said once, 全年 is of it)
            end = match.end()
            rest = match.string[end : end + 1]
            if new.startswith("截至") and rest and rest not in "，,。；;、":
                new += "，"
            how = (f"{_written_after(source, past)}，已按所述期间（而非来源日期）改为" if past
                   else "已按原文前面所述日期改为" if named else f"已按{by}改为")
            marks.append(Mark(new, f"原文为“{match.group()}”{where}，{how}“{new.rstrip('，')}”{VERIFY_ASK}"))
            return new
        sentence = pattern.sub(swap, sentence)
    return Dated(sentence, marks)


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans of ``sentence`` inside “…”, a quotation begun in a sentence before it (its text up to an unopened ”) or going on
    after it (from an unclosed “ to its end) included."""
    spans, depth, start = [], 0, 0
    for i, char in enumerate(sentence):
        if char == "“":
            start = i if depth == 0 else start
            depth += 1
        elif char == "”":
            if depth:
                depth -= 1
                if depth == 0:
                    spans.append((start, i + 1))
            else:
                spans = [(0, i + 1)]  # (all before it was inside a quotation)
    return spans + ([(start, len(sentence))] if depth else [])


# Months a source names without their year (1-5月, 1至5月, 5月份): what a year put before them dates.
BARE_MONTHS = lazy(r"\d{1,2}\s*(?:[-—–~～至到]\s*\d{1,2}\s*)?月(?!\d)")
_MONTHS_ALONE = lazy(r"(?<![年\d])(?<!\d[-—–~～至到])\d{1,2}\s*(?:[-—–~～至到]\s*\d{1,2}\s*)?月(?![\d个])")
DAY_YEAR_UNKNOWN_NOTE = "原文只写了月日，未写年份，来源也未注明日期：请补上年份或核实"


_DIGITS = lazy(r"\d+")


def dated_days(sentence: str, source: SourceMeta | None, year: int | None, today: dt.date) -> tuple[Dated, bool]:
    """``sentence``'s days and months without their year (:data:`grammar.BARE_DAY`, 1—10月, 10月底; outside names)
    given the year of its fact (``2024年6月9日``, ``2024年1—10月`` in a 2025 draft), or the year before when
    the month comes after its source's own (1—12月 in a report of January) — unless its clause says it is still to come
    (:data:`~drafter.grammar.TO_COME`: 力争在7月1日前具备通车条件 of a June page is that year's, hd72a); a time of the draft's own year
    stays as written. Each is noted with the source's wording; and whether one was left of no known year
    (``year`` None), for the caller to mark 【待核实：年份】 after it."""
    days = outside_names(G.BARE_DAY, sentence)
    months = [m for m in outside_names(_MONTHS_ALONE, sentence)
              if not any(d.start() <= m.start() < d.end() for d in days)]
    if not (days or months) or has_year(sentence) or year == today.year:
        return Dated(sentence, []), False
    if year is None:
        return Dated(sentence, []), True
    where = f"（{source.label()}，{source.date}）" if source and source.date else ""
    written = source_month(source)
    marks, out, at = [], [], 0
    for m in sorted(days + months, key=lambda m: m.start()):
        numbers = _DIGITS.findall(m.group())
        month = int(numbers[0] if m in days else numbers[-1])
        ahead = G.TO_COME.search(sentence, _clause_start(sentence, m.start(), CLAUSE_STOPS), m.start())
        new = f"{year - bool(written and written[0] == year and month > written[1] and not ahead)}年{m.group()}"
        out += [sentence[at:m.start()], new]
        marks.append(Mark(new, f"原文为“{m.group()}”{where}，已按来源年份写作“{new}”{VERIFY_ASK}"))
        at = m.end()
    return Dated("".join(out) + sentence[at:], marks), False


def outside_names(pattern, text: str, end: int | None = None) -> list[re.Match]:
    """The matches of ``pattern`` in ``text`` (up to ``end``) that do not start inside a name or
    a title (:data:`NAME`: “正在进行时”, 《…》): what the text itself says."""
    names = [(m.start(), m.end()) for m in NAME.finditer(text)]
    return [m for m in pattern.finditer(text, 0, len(text) if end is None else end)
            if not any(a <= m.start() < b for a, b in names)]


def has_year(sentence: str) -> bool:
    """True when ``sentence`` states a year outside names: the year in a title or a quoted name
    (《关于征集2025年…的通知》) dates the document named, not the sentence's figures."""
    return bool(YEAR_IN_TEXT.search(NAME.sub("", sentence)))


def figures_in(sentence: str, fact: Fact) -> list:
    """The fact's figures written in ``sentence`` (not inside a longer number), less those that
    are part of a name: a number inside quotes or a title (“12条措施”, 《…》) names a policy or
    an event, it measures nothing and has no date of its own — not a quote closing on a sentence's end, which is speech
    (:data:`SPEECH`: “…红江渡改桥项目已完成总投资的90%…。”, a reporter quoting the bureau, hd72a)."""
    names = [(m.start(), m.end()) for m in NAME.finditer(sentence) if not SPEECH.fullmatch(m.group())]
    out = []
    for g in fact.figures:
        at = find_figure(sentence, g.raw)
        while at >= 0 and any(a < at < b for a, b in names):
            at = find_figure(sentence, g.raw, at + 1)
        if at >= 0:
            out.append(g)
    return out


NAME = lazy(r"“[^“”]*”|《[^《》]*》|「[^「」]*」|\"[^\"]*\"")
# A quote closing on a sentence's end: what someone said, no name.
SPEECH = lazy(r"“[^“”]*[。！？]”")


def year_prefix(fact: Fact, source: SourceMeta | None, year: int | None) -> tuple[str, str] | None:
    """What to put in front of a sentence with figures but no year, and the note saying why:
    ``2024年，`` when the fact's period is stated or reported; ``截至2025年5月，`` when the period
    is only the source's date (the figures are what stood by then)."""
    basis = fact.period.basis
    if year is None:
        return None
    if source_dated(fact):
        return by_source_date(source, year)
    said = span_said(year, fact.period.until if year == fact.period.year else None,  # (“十四五”期间…: 2021—2025年, not 2021年)
                      fact.text + (source.title or "" if source else ""))
    if year == fact.period.year and fact.period.part and not fact.period.until:
        said += fact.period.part  # (the part of the year its paragraph names: 2023年春节期间, 2024年上半年)
    note = "原文未在本句注明年份，按" + ("所在段落" if basis == "text" else "来源所述期间") + f"写作“{said}”{VERIFY_ASK}"
    return f"{said}，", note


def span_said(year: int, until: int | None, named: str = "") -> str:
    """A period as a sentence states it: ``2021—2025年`` for a span, ``“十三五”期间（2016—2020年）`` for a five-year plan's where
    ``named`` (the fact's text and its source's title) names the plan (:data:`~drafter.grammar.FIVE_YEAR_PLANS`: the page summing
    up 辉煌十三五, hd48e; not a span read from 2021年以来, rv14), ``2024年`` for a year."""
    if not until or until == year:
        return f"{year}年"
    plan = next((name for name, first in G.FIVE_YEAR_PLANS.items() if (first, first + 4) == (year, until) and name in named),
                None)
    return f"“{plan}”期间（{year}—{until}年）" if plan else f"{year}—{until}年"


def source_dated(fact: Fact) -> bool:
    """True when only its source's date (or nothing) dates ``fact``: its period is not stated."""
    return fact.period.basis in ("document date", "unknown") or fact.period.year is None


def figure_prefix(figures: list, source: SourceMeta | None, year: int | None) -> tuple[str, str] | None:
    """The date to put in front of a sentence whose figures have a date of their own, other than
    the fact's ``year`` (a cumulative total as of the source's date, ``累计达30家``, in a paragraph
    on 2024's funds: ``截至2025年5月，`` — not ``2024年，``); None when they share the fact's.
    A figure dated only by the source's date is what stood by then (:func:`by_source_date`)."""
    for figure in figures:
        if figure.year is None or figure.year == year:
            continue
        if figure.basis in ("document date", "unknown"):
            return by_source_date(source, figure.year)
        said = span_said(figure.year, figure.until)  # a span's figure, the span's
        return f"{said}，", f"原文未在本句注明年份，按来源所述期间写作“{said}”{VERIFY_ASK}"
    return None


def by_source_date(source: SourceMeta | None, year: int | None) -> tuple[str, str] | None:
    """``截至2025年5月，`` for a figure whose clause states no period (its source's date is all
    that dates it: its date, else its number's year), with the note saying so. Never a bare
    year: a May reply's 新认定…27家 is what had been done by May, not that year's count."""
    when = (f"来源日期（{source.date}）" if source and source.date else "来源文号的年份" if source and source.stated_year()
            else f"推定的来源年份（{stated_year_said(source, year)}）")
    said = _as_of(source, year)
    month = "" if source_month(source) else "并补写数据截至的月份"  # a year alone: as of when is not known
    return (said + "，", f"{UNDATED}{when}写作“{said}”{VERIFY_ASK}{month}") if said else None


def stated_year_said(source: SourceMeta | None, year: int) -> str:
    """Where the year dating a source of no date comes from, as a comment says it: its number's (来源文号为2025年), or for a
    source stating neither, the year drafter estimated for it (:attr:`SourceMeta.period`): by its file's name
    (来源未写明日期和文号，年份按文件名推定为2023年, of 03_chongqing_reply_2023.txt), else by what the base holds of it (its
    session's year in other replies, the days its handling names: …年份推定为2023年) — never a number it does not have."""
    if source is not None and source.stated_year():
        return f"来源文号为{year}年"
    named = source is not None and str(year) in PurePosixPath(source.path.replace("\\", "/")).stem
    return f"来源未写明日期和文号，年份{'按文件名' if named else ''}推定为{year}年"


# How :func:`by_source_date`'s note begins: a date the draft inferred from the source's date alone,
# the period of the figures never stated (:func:`~.reply._flag_as_of` does not repeat it as theirs).
UNDATED = "原文未注明年份，按"


def sentence_date(sentence: str, figures: list, fact: Fact, source: SourceMeta | None,
                  year: int | None) -> tuple[str, str] | None:
    """The date a part-one sentence with ``figures`` (and no year of its own) states, and the note
    saying why; None when it states none. Its measured figures (not a measure's terms,
    :func:`is_term`) decide: one with a date of its own gives that (:func:`figure_prefix`); else
    the fact's period — its year when the source states it or the period it reports
    (``2024年，``); when only the source's date gives it, ``截至2025年5月，`` (:func:`by_source_date`).
    A sentence whose only figures are a measure's terms (``设立规模超1亿元…资金``,
    ``给予每家5万元奖励``) states no date: the source gives none for them. One whose other figures
    only count a policy's measures (:func:`is_policy_count`) states the year the source gives the
    fact (``2024年，…新出台…3条措施``: when it was issued), never an as-of date: an act is no standing
    figure."""
    measured = [f for f in figures if not is_term(sentence, f.raw)]
    if not measured:
        return None
    results = [f for f in measured if not is_policy_count(sentence, f.raw)]
    if not results:  # a policy's count of measures is dated by the year it was issued, when stated; a decision by its source
        return decision_prefix(sentence, year) or (None if source_dated(fact) else year_prefix(fact, source, year))
    if fact.period.basis == "relative to document date" and not _after_year_word(fact.text, results[0].raw):
        return _year_end(sentence, results, source, figure_prefix(results, source, year) or by_source_date(source, year))
    return _year_end(sentence, results, source, figure_prefix(results, source, year) or year_prefix(fact, source, year))


# The words naming a year from the document's that date a fact (distill's ``relative to document date``).
_YEAR_WORD = lazy(G.words(G.THIS_YEAR_WORDS, G.LAST_YEAR_WORDS, G.FULL_YEAR_WORDS, G.IN_YEAR_WORDS))


def _after_year_word(text: str, raw: str) -> bool:
    """True when a word naming the year in ``text`` (its fact's) dates the figure ``raw``: said before it in its
    sentence, or opening an earlier sentence (今年以来，…。新增…). Such a word dates what it opens, not a figure said
    before it nor one of another sentence — 编制了21个专项规划…。今年，将做好… (hd19a), 市博物馆新馆项目累计完成投资
    1.9亿元，争取年内完成…。伏羲庙…累计投资1亿元 (hd19b): that figure's period is unstated, only its source's date dates it."""
    sentences = split_sentences(text)
    for k, sentence in enumerate(sentences):
        at = find_figure(sentence, raw)
        if at >= 0:
            word = _YEAR_WORD.search(sentence)
            return (word is not None and word.start() < at) or any(
                _YEAR_WORD.match(strip_ordinal(s)) for s in sentences[:k])
    return False


# What a clause says before a running total (累计出具…1119份, 现有总量128家, 全市共有…): of a year that
# is over, it stood at that year's end.
RUNNING_TOTAL = lazy(r"累计|总数|总量|现有|共有|保有")


_YEAR_OPENING = lazy(r"(\d{4})年，")


def _year_end(sentence: str, figures: list, source: SourceMeta | None,
              said: tuple[str, str] | None) -> tuple[str, str] | None:
    """``said`` (a date for ``sentence`` and its note), a plain year (``2025年，``) made the end of that
    year (``截至2025年底，``) where the clause of each of the sentence's ``figures`` counts a running
    total (:data:`RUNNING_TOTAL`: 累计出具评估报告1119份 is no count of 2025's reports) and its source
    was issued after that year (its date, else its number's year); else as it is."""
    year = _YEAR_OPENING.fullmatch(said[0]) if said else None
    if year is None:
        return said
    ym = source_month(source)
    number = G.ISSUE_YEAR.search(source.number or "") if source and not ym else None
    written = ym[0] if ym else int(number.group(1)) if number else None
    if written is None or written <= int(year.group(1)) or not running_totals(sentence, figures):
        return said
    end = f"截至{year.group(1)}年底"
    return f"{end}，", said[1].replace(f"“{year.group(1)}年”", f"“{end}”（累计数）")


# A count since a time its sentence names before it (自2019年8月以来，立案查处…32件; 从2015年开始…累计7万余名).
# (a date's: not 长期以来, nor 今年以来, the year's count so far)
_COUNTED_SINCE = lazy(r"\d\s?[年月](?:份|底|末)?\s?(?:以来|至今)|(?:从|自)\s?(?:19|20)\d{2}\s?年[^，。；]{0,6}?(?:起|开始)")


# The bare year a count runs from (2019年以来), ending where :data:`_COUNTED_SINCE` found it.
_YEAR_SINCE = lazy(r"((?:19|20)\d{2})\s?年\s?(?:以来|至今)$")


def counted_since(sentence: str, figure, covers: int | None = None) -> bool:
    """True when ``figure`` of ``sentence`` counts since a time its sentence names before it (:data:`_COUNTED_SINCE`): a
    running count standing at the source's date, its newest total wanted, no year's value. Not since a bare year that its
    source sums up (``covers``: 2019年以来 opening 2019年科技工作总结) or that the sentence names again before the figure
    (2019年以来，…2019年全省研发经费支出…中国专利金奖9项): that year's count (hd68d)."""
    at = figure_start(sentence, figure)
    opening = _clause_start(sentence, at, "。！？")
    since = _COUNTED_SINCE.search(sentence, opening, at) if at >= 0 else None
    year = _YEAR_SINCE.search(sentence, opening, since.end()) if since else None
    return since is not None and not (year and (int(year.group(1)) == covers or f"{year.group(1)}年" in sentence[since.end():at]))


def running_totals(sentence: str, figures: list) -> bool:
    """True when ``sentence`` holds ``figures`` and the clause of each, up to it, counts a running
    total (:data:`RUNNING_TOTAL`: 累计达84个, 现有总量128家)."""
    starts = [at for f in figures for at in [figure_start(sentence, f)] if at >= 0]
    for at in starts:  # each figure's clause, up to it
        clause = _clause_start(sentence, at, "，；：,;:")
        if not RUNNING_TOTAL.search(sentence, clause, at):
            return False
    return bool(starts)


# A measure's terms, not a result: a size, a cap, a rate per unit (also after what each unit is: 每建一个乡镇级农村公益性公墓补助
# 40万元, a standard a document set, hd55a), a threshold, an award's amount.
TERM_BEFORE = lazy(r"(?:规模|最高|每[家个人项年次件户]?|每[^，。；\d]{0,24}?(?:补助|补贴|奖补|奖励|资助)|给予|分别给予|首次超过|不超过"
                   r"|不低于|不少于|至少|上限|标准为?"
                         r"|时速|精度|续航里程|口径"  # …, or a product's rating (not a capacity: 装机容量…, which grows)
                         r"|小于|大于|低于|高于|少于|多于)[达超约近为]?$")  # or a criterion's bound (因流域面积小于200平方公里，不在…范围)
TERM_AFTER = lazy(r"^(?:[、和及至到－—-]\s*[超近约]?\d+(?:\.\d+)?[^\d、，。；]{0,3})*"
                        r"(?:的|以上的|以下的|(?:一次性|给予[^，。；\d]{0,4})?(?:奖励|奖补|补助|资助|补贴))")
# A share of some base a measure pays or caps (按照不超过整体新增投入的30%对…进行补助, 按照省级以上补助资金的25%
# 给予配套奖励): a rate, its base named between the measure's word and the figure.
RATE_BEFORE = lazy(r"(?:按照?|依照|不超过|不高于|不低于|最高)(?:(?!完成|达到|实现|占)[^，。；\d]){0,16}?的$")  # (not 按计划完成投资的95%)
RATE_UNIT = lazy(r"(?:%|％|成)$")
# Or who took part in one act (14个国家部委联合印发《…》): no count that grows. Its word (联合, 共同) is
# looked for within reach first: few figures have it, and the pattern's character class takes a
# cold draft ~1 ms to compile.
_JOINT_REACH = 6
_JOINT_WORDS = ("联合", "共同")
JOINT_ACT = lazy(rf"^[\u4e00-\u9fff]{{0,{_JOINT_REACH}}}?(?:{'|'.join(_JOINT_WORDS)})(?:印发|发布|出台|签署|制定)")
# Or what a rule covers (统一区域内13项违法行为的行政处罚标准, 42种产品的质量清单): its scope, no count of work.
SCOPE_AFTER = lazy(r"^[^，,。；;\d、]{1,8}的[^，,。；;\d、]{0,8}?(?:标准|清单|目录|规范|细则|规程)(?!化)")
# Or how many parts a programme has (…振兴行动是健康内蒙古17个专项行动之一; 全面实施10大工程、35项任务): what it is made of, no count of
# work for a period (hd70b) — not tasks carried out or a plan's tasks issued (完成12项任务, 印发《…》明确13项重点任务: those a result or
# a document's history, :func:`is_policy_count`).
ONE_OF_AFTER = lazy(r"^[^，,。；;\d、]{0,12}?之一")
TASKS_AFTER = lazy(r"^[^，,。；;\d、]{0,4}?任务")


def _programme_part(before: str, raw: str, after: str) -> bool:
    """True when the figure ``raw``, ``before`` and ``after`` it in its sentence, counts a programme's parts: one of how many
    (:data:`ONE_OF_AFTER`), or its tasks (:data:`TASKS_AFTER`) with no verb carrying them out or issuing them in its clause."""
    if ONE_OF_AFTER.match(after):
        return True
    clause = before[_clause_start(before, len(before)):]
    return raw.endswith("项") and bool(TASKS_AFTER.match(after)) and not _CARRIED_OUT.search(clause) and not _ISSUED.search(clause)


_BOUND = lazy(r"^(?:不少于|不低于|不超过|超过|[超近约达])")
# What sums the money or things of one act (安排中央资金总计2110万元，用于…工程; 一次性下达…): no yearly statistic. A sum
# word (总计, 合计, 共计) counts only with a verb of one act in its clause and no year's scope before it (2023年全市完成造林共计
# 5万亩, 全年接待游客合计120万人次 are a year's statistics).
_SUM_WORDS = ("总计", "合计", "共计")
ONE_ACT_BEFORE = lazy(rf"(?:{G.words(_SUM_WORDS)}|一次性)[达为约近超]?$")
_ONE_ACT_VERB = lazy(r"安排|下达|下拨|拨付|争取|投入|落实|筹措|筹集|追加|获批|申请到")
_YEAR_SCOPE = lazy(r"全年|年度|年内|累计|同比|较上年|\d{2,4}年[，,]?(?:全市|全区|全县|全省|全州|全国|我市|我区|我县|我州)")


def is_one_act(sentence: str, raw: str) -> bool:
    """True when the figure ``raw`` of ``sentence`` sums one act (:data:`ONE_ACT_BEFORE`: ``安排中央资金总计2110万元``):
    a newer year's full value is nothing to ask of it, only whether more was done since (hd22d)."""
    at = find_figure(sentence, raw)
    if at < 0:
        return False
    said = ONE_ACT_BEFORE.search(sentence, 0, at)
    if not said or said.group().startswith("一次性"):
        return bool(said)
    clause = sentence[_clause_start(sentence, at):at]
    return bool(_ONE_ACT_VERB.search(clause)) and not _YEAR_SCOPE.search(sentence, 0, at)


# A project's total investment (…规模水厂改扩建、供水管网升级改造，总投资3000万元): what the undertaking costs, no year's statistic.
PROJECT_TOTAL_BEFORE = lazy(r"总投资[达为约近超]?$")


def is_project_total(sentence: str, raw: str) -> bool:
    """True when the figure ``raw`` of ``sentence`` is a project's total investment (:data:`PROJECT_TOTAL_BEFORE`) with no
    year's scope before it (:data:`_YEAR_SCOPE`: 全年…总投资 is a year's): the sentence tells one undertaking, its other
    figures its scope (共涉及12个乡镇20处), no yearly value to update (hd37a)."""
    at = find_figure(sentence, raw)
    return at >= 0 and bool(PROJECT_TOTAL_BEFORE.search(sentence, 0, at)) and not _YEAR_SCOPE.search(sentence, 0, at)


@lru_cache(maxsize=16384)
def is_term(sentence: str, raw: str) -> bool:
    """True when the figure ``raw`` of ``sentence`` is one of a measure's terms (its size, cap, rate
    or award: ``设立规模超1亿元…资金``, ``给予每家5万元奖励``, ``超过20亿元、50亿元的龙头高企``), a
    criterion's bound (``流域面积小于200平方公里``, ``户外时间一般不少于2小时``), a rate of a named base
    (``按照不超过整体新增投入的30%对…补助``), a product's rating (``时速400公里高速列车``),
    a distance (``距离闫家河东站约330米``), who took part in one act (``14个国家部委联合印发``), what
    a rule covers (``13项违法行为的行政处罚标准``) or a programme's parts (:func:`_programme_part`: ``17个专项行动之一``), which
    measure nothing done and have no date of their own. Remembered:
    a draft asks it of the same figures while it selects, dates and flags them."""
    at = find_figure(sentence, raw)
    if at < 0:
        return False
    lead = _BOUND.sub("", raw)  # (a bound's qualifier is read with its figure)
    before = sentence[:at] + raw[: len(raw) - len(lead)]
    after = sentence[at + len(raw):]
    return bool(TERM_BEFORE.search(before)) or bool(TERM_AFTER.match(after)) or bool(
        DISTANCE_BEFORE.search(before) and DISTANCE_UNIT.search(raw)) or bool(
        RATE_BEFORE.search(before) and RATE_UNIT.search(raw)) or bool(SCOPE_AFTER.match(after)) or (
        any(w in after[:_JOINT_REACH + 2] for w in _JOINT_WORDS) and bool(JOINT_ACT.match(after))) or _programme_part(before, raw, after)


# How far apart two places stand (该小区大门距离闫家河东站约330米, 站距500—800米): where things are, no count of work
# and no date to update (hd8: 【待更新：统计期】 before a measured distance).
DISTANCE_BEFORE = lazy(r"(?:距离?|相距|间距|站距)[^，。；、\d]{0,12}?[约为达近]?$")
DISTANCE_UNIT = lazy(r"(?:米|公里|千米)$")


# A policy's parts, counted, after its count (3条措施, 20条硬核举措, 10项支持措施, a plan's 13项重点任务) or before it (措施20条,
# 政策措施共12项, a named one's: 《若干措施》共20条): 项 counts measures or tasks only (5项政策 may count policies,
# a year's result).
_POLICY_PARTS = {"条": "措施|举措|意见|政策|条款|细则", "项": "措施|举措|任务"}
_PARTS_AFTER = {unit: lazy(rf"[^\d，,。；;、：:]{{0,6}}?(?:{parts})") for unit, parts in _POLICY_PARTS.items()}
_PARTS_BEFORE = {unit: lazy(rf"(?:{parts}|》)[共计达]?$") for unit, parts in _POLICY_PARTS.items()}
# What issues a policy (出台/印发/提出…) or sets a plan's tasks (明确/确定/部署…), or a named one (《…》) with at most 共/等…
# between it and its count.
_ISSUED = lazy(r"出台|印发|制定|发布|颁布|推出|提出|修订|明确|确定|部署|》[共计等含包括提出明确了]{0,4}$")
# What makes a count a result: what was carried out, paid or reached (落实…政策12项, 兑现…5条, 明确分工、完成12项任务).
_RUNNING_TOTAL = lazy(r"累计|共计|先后|历年|至今")
_CARRIED_OUT = lazy(r"落实|兑现|执行|享受|惠及|拨付|下达|减免|受益|落地|累计|完成")
_CLAUSE_MARKS = "，,。；;：:"


def _clause_start(text: str, at: int, marks: str = _CLAUSE_MARKS) -> int:
    """Where the stretch of ``text`` holding ``at`` starts: after the last of ``marks`` before ``at`` (0 with none)."""
    return max(text.rfind(p, 0, at) for p in marks) + 1


# A policy's title (《…方案（2024-2026年）》, 《…规划（2021—2025年）》): the span of years it runs.
_POLICY_TITLE = lazy(r"《[^《》]*?(?:方案|规划|计划|措施|办法|意见|政策|纲要|行动)[^《》]*》")
_SPAN = lazy(r"(20\d\d)\s*(?:年\s*)?[-－—–~～至到]\s*(20\d\d)\s*年")


def running_policies(text: str, year: int) -> list[str]:
    """The policies ``text`` names by a title whose own span of years holds ``year``
    (《泉州市科技金融服务能力提升三年行动方案（2024-2026年）》 in 2026): still in force, what the
    year's work carries on. A title without its years is not known to run."""
    out = []
    for title in _POLICY_TITLE.findall(text):
        span = _SPAN.search(title)
        if span and int(span.group(1)) <= year <= int(span.group(2)) and title not in out:
            out.append(title)
    return out


# A model of work named by its quoted name, up to 模式 a few characters on: 以“领军人才+创新团队+创新项目”模式,
# 通过“领军人才+创新团队+创新项目”引才模式, “科技淘宝”“科技经纪人派单”等线上交易模式.
_MODEL = lazy(r"(?:“[^“”]{2,30}”[、和及与]?)+等?[\u4e00-\u9fff]{0,6}?模式")


def named_models(text: str) -> list[str]:
    """The models of work ``text`` names by a quoted name (:data:`_MODEL`), in order, each once:
    what part one reports as the bureau's way of working, carried on where no plan says more."""
    return list(dict.fromkeys(_MODEL.findall(text)))


def is_policy_count(sentence: str, raw: str) -> bool:
    """True when the figure ``raw`` of ``sentence`` counts the articles or measures of a policy its
    clause issues or names, or the tasks a plan sets — ``新出台支持高企增量提质3条措施``, ``印发《…》等12条举措``,
    ``《若干措施》共20条``, ``明确13项重点任务`` (hd60b) — which is history of a document, not a result a newer value replaces: it gets no update
    mark and is no figure of unknown year. Not a count of what was carried out (``落实研发费用加计扣除等
    政策12项``, ``兑现…5条``). Nor
    is what a notice's decision names (:func:`is_decided`: 决定授予…等50个社区“…”称号)."""
    unit = raw.rstrip()[-1:]
    at = find_figure(sentence, raw)
    if at >= 0 and is_decided(sentence, raw):
        return True
    if at < 0 or unit not in _POLICY_PARTS:
        return False
    before = sentence[:at]
    if not (_PARTS_AFTER[unit].match(sentence, at + len(raw)) or _PARTS_BEFORE[unit].search(before)):
        return False
    clause = before[_clause_start(before, len(before)):]
    issued = [m.end() for m in _ISSUED.finditer(clause)]
    # a running total (累计出台政策措施30条, 先后出台…) is a standing figure, not one act of issuing
    return bool(issued) and not _CARRIED_OUT.search(clause, issued[-1]) and not _RUNNING_TOTAL.search(clause)


# A notice's decision (经…评审，决定授予…等50个社区“…森林社区”称号, 邢绿字〔2021〕4号): one act of its date, its counts the
# batch it names — no statistic a newer year's value replaces (hd45b). A reply tells it as done: the act without 决定.
DECISION = lazy(r"决定(?=授予|追授|命名|表彰|表扬|通报表扬|给予|认定|批准|公布)")
# Its pointer to the notice's attachment (（名单见附件）, （详见附件2）, （附件略）, （名单附后）): the reply has none.
ATTACHMENT_POINTER = lazy(r"[（(][^（）()。，]{0,8}?(?:见附件\d*|附件\d*略|附后)[）)]")


def is_decided(sentence: str, raw: str) -> bool:
    """True when the figure ``raw`` of ``sentence`` counts what a notice's decision (:data:`DECISION`) before it in its
    sentence part (no ；nor stop between) names."""
    at = find_figure(sentence, raw)
    found = DECISION.search(sentence, 0, at) if at >= 0 else None
    return bool(found) and not any(p in sentence[found.end():at] for p in "；;。！？")


def decision_prefix(sentence: str, year: int | None) -> tuple[str, str] | None:
    """The date in front of a sentence telling a notice's decision (:data:`DECISION`): its source's year (``2021年，``),
    the date it was made — never an as-of date nor a flag asking for a newer value (hd45b); None for any other."""
    if year is None or not DECISION.search(sentence):
        return None
    return f"{year}年，", f"原文为通知所作的决定，未写明年份，按来源日期写作“{year}年”{VERIFY_ASK}"


def done_cuts(sentence: str, decided: bool = True) -> list[tuple[int, int]]:
    """Where ``sentence`` is cut to be told as a reply tells it (:func:`as_done`), in order: each pointer to an attachment,
    and each 决定 where the sentence tells a notice's decision (``decided``: :func:`is_decided` of a figure of its fact)."""
    return sorted(m.span() for found in (DECISION, ATTACHMENT_POINTER)[not decided:] for m in found.finditer(sentence))


def as_done(sentence: str, decided: bool = True) -> str:
    """``sentence`` as a reply tells it: a notice's decision (``decided``) as the act done (决定授予 → 授予) and no pointer
    to an attachment the reply does not have (:data:`ATTACHMENT_POINTER`)."""
    cuts = done_cuts(sentence, decided)
    return "".join(sentence[start:end] for start, end in zip([0, *(e for _, e in cuts)], [*(s for s, _ in cuts), len(sentence)]))


def issued_as_done(sentence: str, source: SourceMeta | None, ws) -> str:
    """``sentence`` as a reply tells it where it is a notice issuing its document (:data:`~drafter.grammar.ISSUING`: 经…通过，现将
    《香格里拉市殡葬管理办法》印发给你们，请认真抓好贯彻落实。): its issuer's deed of its month, with its number (2023年1月，市政府办公室
    印发《香格里拉市殡葬管理办法》（香政规〔2023〕1号）。) by the notice's own verb (转发《云南省殡葬管理条例》: a higher body's
    document forwarded, never its issuer's making, rv15) — never the notice's 你们 nor its instruction (hd51a)."""
    found = G.ISSUING.match(sentence)
    month = source_month(source) if found else None
    if not (month and source.issuer):
        return sentence
    issuer = source.issuer
    place = ws.jurisdiction or ""
    if place and issuer.startswith(place):  # (the own place's organ as its letters say it: 市政府办公室)
        issuer = place[-1] + issuer[len(place):].replace(*G.GOVERNMENT)
    number = f"（{source.number}）" if source.number else ""
    return f"{month[0]}年{month[1]}月，{issuer}{found.group('verb')}{found.group('title')}{number}。"


# The comment on figures of no known year (and on :data:`~drafter.reply.YEAR_UNKNOWN` beside them).
YEAR_UNKNOWN_NOTE = "未能确定该数据的年份，请补充年份或核实"
AS_OF_DATE = lazy(r"截至((?:19|20)\d{2})年(?:(\d{1,2})月)?")
# A note on a date the draft put in front of a sentence says how it was inferred, then asks for a check
# (VERIFY_ASK); SAME_SOURCE follows when the date stands for the paragraph's later figures of that source.
# as_of_note cuts such a note at these two.
VERIFY_ASK = "，请核实"
SAME_SOURCE = "（本段其后同一来源的数据同此）"


def provisional(date: str, today: dt.date, note: str = "") -> int | None:
    """The year of ``date`` when ``date`` is an as-of date the draft infers from a source's date (``截至2025年5月``,
    :func:`by_source_date`, or a 目前 made absolute) that a reply of ``today``'s year cannot state as
    a fact: earlier than the full year before it (a May figure of last year is not that year's
    value; a figure of a year before that is older still), or a year alone before ``today``'s, which
    only a source's number gave (``截至2025年`` from 〔2025〕: as of some day of that year, not its full
    year); None when it is no such date or a current one — a year alone of ``today``'s own
    (``截至2026年`` in a draft of 2026-05) is what stands this year: dated, not stale (its comment,
    :func:`by_source_date`'s, asks for the month). A date of ``today``'s year that only the source's
    date gave (``note`` is :func:`by_source_date`'s: 截至2026年 for 推动41个… from 〔2026〕) is one too:
    its figures, stating no period, are as likely last year's full-year values as this year's to date,
    and the draft does not write a period it guessed."""
    found = AS_OF_DATE.fullmatch(date.strip().rstrip("，,"))
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2) or 0)
    if note.startswith(UNDATED) and year == today.year:
        return year
    if not month:
        return year if year < today.year else None
    return year if past_as_of(year, month, today) else None


def past_as_of(year: int, month: int | None, today: dt.date) -> bool:
    """True when what stood in ``month`` of ``year`` (None: the full year) is not current in a reply
    of ``today``'s year Y: older than Y−1, or of Y−1 only as of a month before it was over (截至2025年5月
    is not 2025's value). A figure is current only when its period is the full year Y−1 or lies in Y."""
    return today.year - year > 1 or (year == today.year - 1 and month is not None and month < 12)


# A newer value asked for need not count what the old one did (rv33: the reply sent counted 揭榜挂帅 as 13+4
# projects, not the draft's 榜单12项 — "按批注收数等于白收").
ANY_INDICATOR = "（指标可按今年的统计口径换用）"


def as_of_note(note: str, year: int, today: dt.date, date: str = "", source: SourceMeta | None = None,
               counted: bool = True) -> str:
    """The comment on an inferred as-of ``date`` not current (of ``year``, :func:`provisional`'s; its
    flag, or the date as stated, :func:`~.reply._flag_as_of`): why
    the date is what it is (``note``), or for a date only the source's gave, that the period is
    not stated and what it may be (where ``source``'s year comes from: :func:`stated_year_said`); and what
    the clerk is to put instead — of a sentence stating no figure (not ``counted``: 项目场地平整已完成，水电开始安装), the
    progress since, no values (hd21a)."""
    said, _, _ = note.partition(VERIFY_ASK)  # how the date was inferred, without its request
    # (not 本段其后同一来源的数据同此: the figures under the flag, later ones sharing it too, are highlighted
    # with it and named in the paragraph's comment)
    ask = f"请改为{today.year - 1}年全年或{today.year}年的最新数值并写明时间{ANY_INDICATOR}，再删去本标记"
    if note.startswith(UNDATED):
        found = AS_OF_DATE.fullmatch(date.strip().rstrip("，,"))
        month = found.group(2) if found else None
        when = f"来源日期为{year}年{month}月" if month else stated_year_said(source, year)
        if year >= today.year:  # current either way: the period is what is not known, not a newer value
            span = months_span(year, month) if month else f"{year}年以来（至来源成文时）"
            written = f"截至{year}年{month}月" if month else f"截至{year}年X月"
            return (f"原文未注明统计期，{when}：所述数据可能是{year - 1}年全年或{span}的情况：请核实统计期，"
                    f"写明时间（如“{year - 1}年，”或“{written}，”）后删去本标记")
        span = f"{year}年1—{month}月" if month and month != "1" else f"{year}年"
        return (f"原文未注明统计期，{when}：所述数据可能是{year - 1}年全年或{span}的情况，"
                f"不是{today.year - 1}年全年数值：{ask}")
    if not counted:
        return f"{said}，所述为当时的进展：请核实并改写为目前的最新进展，写明时间后删去本标记"
    what = (f"不是{year}年全年数值" if year == today.year - 1 else f"为{year}年的情况，早于上年（{today.year - 1}年）")
    return f"{said}，所述数据{what}：{ask}"


def with_update_marker(sentence: str, year: int, figures: list = ()) -> str:
    """``sentence`` with its :func:`~drafter.reply.update_text` right after the clause holding the
    last of ``figures`` (the figures it is about, :func:`after_clause`), never after a clause that
    has none (``…下达…资金8485.55万元【待更新：2025年全年数据】用于…运营建设，为我市企业提供科技支撑…``);
    at the sentence's end when ``figures`` are not found in it. One flag per sentence, however
    many of its figures are old."""
    return with_mark(sentence, update_text(year), figures)


def with_mark(sentence: str, mark: str, figures: list = ()) -> str:
    """``sentence`` with ``mark`` where :func:`after_clause` puts it."""
    at = after_clause(sentence, figures)
    return sentence[:at] + mark + sentence[at:]


# What an amount was for, said right after it with no comma (资金8485.55万元用于支持…): a predicate of
# its own, so the amount's clause ends before it.
_USE_AFTER = lazy(r"(?:主要|重点|专项|全部|统筹)?用(?:于|以|来)")


def _unclosed(sentence: str) -> tuple[str, int]:
    """``sentence`` without trailing spaces, and where its text ends before its closing 。！？；."""
    body = sentence.rstrip()
    end = len(body)
    while end > 0 and body[end - 1] in "。！？!?；;":
        end -= 1
    return body, end


def after_clause(sentence: str, figures: list = ()) -> int:
    """Where a mark about ``figures`` goes in ``sentence``: at the end of the clause holding the
    last of them (before the ，；。 that closes it, outside brackets and quotes, or before what the
    amount was for: ``资金8485.55万元【…】用于支持…``), so it stands beside what it is about; before
    the sentence's closing 。！？； when none of them is found."""
    body, end = _unclosed(sentence)
    starts = [(at, at + len(g.raw)) for g in figures for at in [figure_start(body, g)] if at >= 0]
    if not starts:
        return end
    last = max(starts)[1]
    if _USE_AFTER.match(body, last):
        return last
    stop = _clause_end(body, last, end, CLAUSE_STOPS)
    after = end if stop is None else _clause_end(body, stop + 1, end, CLAUSE_STOPS) or end
    if stop is not None and SOLVED_WHOLE.search(body, stop + 1, after):
        return after  # (…校舍51.9万平方米，“大班额”问题全部解决: what was claimed then, as old as the figures, hd48e)
    return end if stop is None else stop


# A problem claimed solved for good, in a clause of its own after the figures (“大班额”问题全部解决, 彻底消除…): the state then, which a
# later reply cannot claim as it stands.
SOLVED_WHOLE = lazy(r"(?:全部|彻底|全面)(?:得到)?(?:解决|消除|化解|清零)")


# Words saying how far a piece of work had got when its source was written — begun, under way or
# about to be — which a reply of a later year cannot repeat as they stand: 启动建设
# then is built or not by now.
# (or, a source's 正 before a verb of work, 正对接协调市农业农村局，争取将…纳入“十五五”…: hd13, June 2025's wording in a 2026 draft)
# (or a step it waited on, 待省减灾委全体会议通过后印发实施 of a 2022 reply: hd52c)
_UNDER_WAY = lazy(r"启动(?:建设|实施|运营|筹建)|正在|着手|筹建|筹备|即将|拟于|预计|有望"
                  r"|" + G.NOW_ZHENG + r"(?:对接|协调|推进|加快|组织|开展|实施|编制|研究|谋划|积极|抓紧|会同|申报|争取)|" + G.AWAITING.pattern)


def under_way_at(sentence: str) -> tuple[int, str] | None:
    """Where a mark on the progress ``sentence`` states goes — the end of the clause holding its
    first word of work under way (:data:`_UNDER_WAY`: 启动建设泉州技术转移转化数字化平台), outside
    names and titles — and that word; None when it states none."""
    body, end = _unclosed(sentence)
    for found in outside_names(_UNDER_WAY, body, end):
        stop = _clause_end(body, found.end(), end, CLAUSE_STOPS)
        return (end if stop is None else stop), found.group()
    return None


def month_missing(date: str, today: dt.date) -> bool:
    """True when ``date`` is an as-of date of ``today``'s year with no month (``截至2026年`` in a
    draft of 2026-05, from a source dated only by its number's year): current, but as of when is
    not known — the place for :data:`~drafter.reply.MONTH_UNKNOWN`, right after it."""
    found = AS_OF_DATE.fullmatch(date.strip().rstrip("，,"))
    return bool(found) and not found.group(2) and int(found.group(1)) == today.year


def _first_figure(sentence: str, figures: list) -> int | None:
    """Where the first of ``figures`` stands in ``sentence`` (:func:`figure_start`), None when none does."""
    return min((at for g in figures for at in [figure_start(sentence, g)] if at >= 0), default=None)


# A span of recent years (近两年, 近5年, 近年来, 多年来): the time of a figure after it, counted back from its source's.
RECENT_SPAN = lazy(rf"近(?:[两二三四五六七八九十]|\d{{1,2}})年|{G.words(G.RECENT_YEARS_WORDS)}")
# A five-year plan's period (十三五以来, “十四五”期间, 十三五时期, “十三五”末): a span the sentence names, its years known.
PLAN_SPAN = lazy(rf"{G.FIVE_YEAR_PLAN}(?:规划)?(?:{G.words(G.PLAN_PERIOD_WORDS, ('以来',))})")


def dated_first(sentence: str, figures: list) -> bool:
    """True when ``sentence`` states a year (:func:`has_year`), a span of recent years (:data:`RECENT_SPAN`: 近两年
    累计筹集资金1.8亿元, no 2022年 to put before it) or a five-year plan's (:data:`PLAN_SPAN`: 十三五以来…累计完成投资5.58亿元,
    no 2016—2023年 before it, hd37a) before its first figure: a year said only after them (1-5月…29.3亿元，…预测2023年
    上半年…) dates what follows it, not them."""
    first = _first_figure(sentence, figures)
    head = sentence if first is None else sentence[:first]
    return has_year(head) or bool(RECENT_SPAN.search(NAME.sub("", head))) or bool(PLAN_SPAN.search(head))


_DEED_SAID = lazy(G.words(G.WORK_VERBS))


def dated_after_state(sentence: str, date: str) -> bool:
    """True when ``sentence`` states ``date`` (the item's: 2014年), and no other year, after clauses telling no deed
    (:data:`RESULT`, a verb of :data:`~drafter.grammar.WORK_VERBS`): the state they count is of the date it goes on to say
    (我旗农村牧区人口25.26万人，截至2014年底，已建成… needs no 2014年 before it, hd59b); a deed said before that date
    (…项目通过审批，争取项目经费1000万元，截至2023年底，…) is of a year the as-of date does not say."""
    at = sentence.find(date)
    return at > 0 and not has_year(sentence.replace(date, "")) and not RESULT.search(sentence, 0, at) \
        and not _DEED_SAID.search(sentence, 0, at)


# What a done item reports as its result besides a figure: something finished or granted. 完成 a task
# (完成第三次全国土壤普查外业调查), not one set to be (确保完成…任务) nor a rate (完成率).
RESULT = lazy(r"建成|获批|通过审批|通过评审|获评|入选|认定为|通过验收|投入使用|投产|结顶|竣工|完工|落成|揭牌"
              r"|(?<!确保|力争|争取|努力|目标|任务|计划)(?<![将要需])完成(?!率|任务|目标)")


def reports(text: str) -> bool:
    """True when ``text`` states a figure or something finished (:data:`RESULT`): more than a stance and an aim."""
    return bool(DIGIT.search(text) or RESULT.search(text))


def year_position(sentence: str, figures: list, results: bool = True) -> int:
    """Where the clause holding the sentence's first result begins (after the last ，；： before it):
    its first figure, or something finished before it (:data:`RESULT`) — the place for its year, so
    ``加强…管理，2025年，新认定…27家`` rather than a year in front of what has no figure, and ``2025年，建成
    “1+5”示范性老年助餐网络，新投用助餐点9个`` rather than a year between two results; a clause after a colon
    closing a verb of deciding or saying (:data:`SAID_BEFORE`: 经…会议研究决定：由村委会出资3万元) is what was decided:
    the year goes before who decided it (a label's colon, 工业投资方面：, is followed by it as before). Without ``results``
    (an as-of date, a figure's: 截至2025年7月) it is the figure's clause alone (hd25c: 节地生态安葬率达到100% — not
    before 建成一批…设施 two clauses ahead of it). A clause closing on a quoted name or a title (…杜绝“前店后宅”，) is never
    split from the next: the year opens the sentence. Nor is a quote (“历时两年多时间，红江渡改桥项目已完成总投资的90%…。”, a
    reporter quoting the bureau, hd72a): the year goes before it."""
    first = _first_figure(sentence, figures)
    if first is None or DECISION.search(sentence, 0, first):  # (a decision's sentence is one act: its date opens it)
        return 0
    done = RESULT.search(sentence, 0, first) if results else None
    cut = max(sentence.rfind(p, 0, done.start() if done else first) for p in "，；：,;:")
    if cut >= 0 and sentence[cut] in "：:" and SAID_BEFORE.search(sentence, 0, cut):  # what was decided or said:
        cut = max(sentence.rfind(p, 0, cut) for p in "，；,;")  # the date goes before who did (not 研究决定：2019年，由…)
    if cut > 0 and sentence[cut - 1] in "”’》」":  # (never after a name closing a clause, 坚决杜绝“前店后宅”“下店上宅”，2022年，
        return 0                                 # 切实从源头管控120家…: the sentence opens on it, hd28a)
    quoted = sentence.rfind("“", 0, cut)
    if quoted > sentence.rfind("”", 0, cut):  # (inside a quote: before it)
        return quoted
    return cut + 1 if cut >= 0 else 0


# A clause opening on a disposal (将全县原有20余个茶叶品牌整合为…; 把…作为…): it goes on from a doer said before it — no
# sentence opens on it after a date alone (hd69b: 【待更新：统计期】，将全县… once its lead 二是做品牌。 was cut).
WANTS_DOER = lazy(r"[将把](?!来)")
# A verb of deciding or saying before a colon: what the colon opens is what was decided or said.
SAID_BEFORE = lazy(r"(?:决定|议定|商定|同意|指出|要求|明确|提出|表示|强调|规定)$")


_REACHING = lazy(rf"(?:{G.words(G.REACHING_WORDS)})$")


def figure_start(sentence: str, figure) -> int:
    """Where ``figure`` stands in ``sentence`` (-1: not there). Of two figures written alike (高新技术
    企业6家…市级企业技术中心6家) it is the one beside what it counts: the most characters of its
    ``counts`` said right before it, or before the verb giving its value (乡镇通油路率达100%，…村小组通路率达100%: hd54c), or
    right after (推动14个国家部委…); the first on a tie."""
    hits = []
    at = find_figure(sentence, figure.raw)
    while at >= 0:
        hits.append(at)
        at = find_figure(sentence, figure.raw, at + 1)
    counts = getattr(figure, "counts", None) or ""
    if len(hits) < 2 or not counts:
        return hits[0] if hits else -1

    def beside(at: int) -> int:
        said = _REACHING.sub("", sentence[:at])
        before = next((n for n in range(len(counts), 0, -1) if said.endswith(counts[-n:])), 0)
        after = sentence[at + len(figure.raw):]
        return max(before, next((n for n in range(len(counts), 0, -1) if after.startswith(counts[:n])), 0))

    return max(hits, key=lambda at: (beside(at), -at))


# A unit named as the source of what follows: 据市工信局统计 / 市财政局：… at a paragraph's start;
# not what the work follows (根据市委决策部署, 依据…).
SAID_BY = lazy(rf"(?<![根依])据({G.UNIT_NAME})(?:统计|数据|测算|提供|反馈|介绍|初步统计)?")
PART_OF = lazy(rf"^\s*({G.UNIT_NAME})[：:]")


def attribution(sentence: str, fact: Fact, ws, said: str = "") -> tuple[str, str, int] | None:
    """The other unit a sentence's figures belong to, and why: one its source names for the
    paragraph (据市工信局统计…, ``市财政局：…`` opening a co-handler's part) or one whose listed
    measures (``other_units`` in drafter.yaml) a figure counts; with where to say so (the
    sentence's start, or the clause of that figure). None when the sentence — or ``said``, what
    the item already says before it — names that unit already (an attribution is stated once per
    item), when it is this bureau, or when the figures are nobody else's."""
    unit = paragraph_unit(fact, ws)
    if unit:
        if not G.names_unit(sentence + said, unit):
            return unit, f"来源称该段数据出自{unit}，草稿注明出处，请核实", 0
        return None
    for figure in figures_in(sentence, fact):
        unit = figure_unit(figure, ws)
        if unit and not G.names_unit(sentence + said, unit):
            note = f"“{figure.raw}”（{figure.counts}）属{unit}的统计范围，已在文中注明，请核实"
            return unit, note, year_position(sentence, [figure])
    return None


def paragraph_unit(fact: Fact, ws) -> str | None:
    """The other unit the source names for the whole paragraph (据市工信局统计…, ``市财政局：…``
    opening a co-handler's part); None when none, or when it is this bureau."""
    text = fact.text  # what SAID_BY and PART_OF need looked for first: few paragraphs have it, and
    # compiling the patterns of a unit's name costs a cold draft ~4 ms each
    said = (_may_say_by(text) and SAID_BY.search(text)) or (_may_open_part(text) and PART_OF.match(text))
    return said.group(1) if said and not ws.is_own_unit(said.group(1)) else None


# A unit's name (G.UNIT_NAME) is Chinese characters only, two at the least (市局 … 市科学技术局).
def _may_say_by(text: str) -> bool:
    """False when SAID_BY cannot match: no 据 (not 根据, 依据) before two Chinese characters (the
    据 of 数据库，, 大数据等） is none)."""
    at = text.find("据")
    while at >= 0:
        if text[at - 1:at] not in ("根", "依") and len(text[at + 1:at + 3]) == 2 and is_cjk(text[at + 1:at + 3]):
            return True
        at = text.find("据", at + 1)
    return False


def _may_open_part(text: str) -> bool:
    """False when PART_OF cannot match: the paragraph's first colon (after its leading spaces) does
    not follow two Chinese characters or more, and nothing else."""
    head = text.lstrip()
    colons = [at for at in (head.find("："), head.find(":")) if at >= 0]
    return bool(colons) and min(colons) >= 2 and is_cjk(head[:min(colons)])


def figure_unit(figure, ws) -> str | None:
    """The other unit whose listed measures (``other_units`` in drafter.yaml) the figure counts."""
    return next((unit for unit, measures in ws.other_units.items()
                 if any(m in (figure.counts or "") for m in measures)), None)


def others_figures(sentence: str, fact: Fact, ws) -> tuple[int, int]:
    """(how many of the sentence's measured figures — not a measure's terms — are another unit's,
    how many it states): the paragraph's, when its source names another unit for it, else those
    counting another unit's measures."""
    figures = [f for f in figures_in(sentence, fact) if not is_term(sentence, f.raw)]
    if paragraph_unit(fact, ws):
        return len(figures), len(figures)
    return sum(1 for f in figures if figure_unit(f, ws)), len(figures)


CLAUSE_MIN = 4  # a sentence of fewer clauses is kept whole
_OPEN, _CLOSE = "（(“‘《【「", "）)”’》】」"


_MARKS: dict[str, re.Pattern] = {}  # each stops' pattern: a bracket, a quote or one of the stops (its code remembered: :func:`cached`)


def _clause_end(text: str, start: int, end: int, stops: str) -> int | None:
    """Where the first of ``stops`` stands in ``text[start:end]`` outside brackets and quotes (the
    scan opening outside them; a closing one with no opening one is passed over), or None."""
    marks = _MARKS.get(stops) or _MARKS.setdefault(stops, cached(f"[{re.escape(_OPEN + _CLOSE + stops)}]"))
    depth = 0
    for m in marks.finditer(text, start, end):
        c = m.group()
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            return m.start()
    return None


# What may stand before the bureau's own name as a clause's subject (self_named; stricter than select's
# _BEFORE_SUBJECT, whose subject may follow any short phrase): nothing, an item's ordinal (一是), a date or a linking word.
_BEFORE_OWN_NAME = lazy(r"(?:^|[，,；;。：:])\s*(?:[一二三四五六七八九十]+是|[^，,；;。]{0,10}(?:年|月|以来|期间)"
                        rf"|{G.words(G.ADDING_WORDS, G.HENCE_WORDS, ('其中',))})?$")


def self_named(sentence: str, ws, that: bool = False) -> str:
    """``sentence`` with the bureau calling itself as its replies do (``ws.self_name``, 我局) where a
    source names it as the subject of a clause (a news item's or a report's ``2023年以来，市农业农村局
    以…为契机，…``, ``一是市科技局牵头…``): a reply never speaks of its own unit in the third person. Its
    name inside a title, after 据 or as an object stays (``向市科技局申报``, ``配合市科技局开展``); the short name the source
    defines after it goes (hd24d). ``that``: the source tells of the bureau, its 该局 the bureau too (hd27a)."""
    if not ws.self_name:
        return sentence
    stem = (ws.jurisdiction or "")[:-1]  # 泉州 of 泉州市科学技术局, whose mention opens at its level word
    mentions = G.unit_mentions(sentence, ws.name) + ([m.span() for m in re.finditer("该局", sentence)] if that else [])
    for start, end in sorted(mentions, reverse=True):
        if stem and sentence[:start].endswith(stem):
            start -= len(stem)
            province = _PROVINCE_ENDS.search(sentence, 0, start)  # (辽宁省鞍山市市场监管局工作人员…, hd66a)
            start = province.start() if province else start
        if _BEFORE_OWN_NAME.search(sentence[:start]):
            rest = sentence[end:]
            defined = _DEFINED_HERE.match(rest)  # (我局（以下简称济南市市场监管局）: the short name goes with the name)
            sentence = sentence[:start] + ws.self_name + (rest[defined.end():] if defined else rest)
    return sentence


# A province's name ending where it stands (辽宁省 of 辽宁省鞍山市…: the bureau's place named after its province's).
_PROVINCE_ENDS = lazy(rf"(?:{G.PROVINCE_NAMED})$")


# The short name a text gives a unit right after naming it (济南市市场监督管理局（以下简称济南市市场监管局）).
_DEFINED_HERE = lazy(r"[（(]以下(?:简称|称)[^（()）]{1,20}[）)]")


# What follows a place standing as its clause's subject (滕州市坚持…, 该市制定…, 该市已…): an adverb or a verb of
# work, not the rest of an organ's name (滕州市人民医院, 滕州市文化馆).
_AS_SUBJECT = lazy(rf"(?:{G.words(G.WORK_VERBS, G.MANNER_ADVERBS, G.SCOPE_OPENERS, G.LEAD_VERBS)}"
                   rf"|{G.words(G.SEIZING_VERBS)}"
                   r"|坚持|始终|不断|进一步|全力|率先|首次|连续|立足|紧扣|狠抓|深化|聚力|所辖|下辖|现有|拥有"
                   r"|明确|提出"  # (邢台市明确到2025年底前，…: a target it set, hd45b)
                   # (its own town's work or honour: 环翠区张村镇姜家疃村入选…, hd46b; not an organ: 环翠区城乡建设局, 张村镇人民政府)
                   rf"|[{G.CJK}]{{1,5}}?(?:镇|(?<!城)乡|街道)(?![{G.CJK}]{{0,8}}?(?:{G.UNIT_END}|政府|中心))"
                   r"|[共已先累新获被将把在对与从又还再均都]|于(?=(?:19|20)\d{2}年|[今去上本]年|近[年日期]|日前))")  # (上海市于1995年成立…)


# The words a body named under a place closes on (医院, 中学, 公司: grammar.NAMED_UNIT_WORDS), not a settlement's nor a
# household's, which a count of the place's own names (农村牧区人口, 社区, 家庭).
_NAMED_BODIES = tuple(w for w in G.NAMED_UNIT_WORDS if w not in (*G.TOWN_LEVELS, "村", "社区", "小区", "家庭", "人家", "单位"))
# What follows a place heading a clause that counts its things (乌拉特前旗农村牧区人口25.26万人, hd59b): the things, then a figure,
# no unit nor body of the place named on the way (滕州市人民医院床位500张, 重庆市图书馆藏书…: a name, said as it is).
_COUNTED_OWN = lazy(rf"(?:(?!{G.UNIT_END}|{G.words(_NAMED_BODIES)}|{OWN_INSTITUTION})[{G.CJK}]){{1,12}}?\d")


def own_place_named(sentence: str, ws) -> str:
    """``sentence`` with the bureau's own jurisdiction, where a news item or a report names it as a
    clause's subject (``今年以来，滕州市坚持以文塑旅…``, ``该市制定《…》``) or heading a clause counting its things
    (:data:`_COUNTED_OWN`: ``乌拉特前旗农村牧区人口25.26万人``), said as its letters say it
    (:meth:`~drafter.workspace.Workspace.own_place_word`: 我市, 我旗): a reply does not speak of its own city in
    a reporter's voice (hd11); by its name without its level too, as a clause's subject (鞍山共检查…5981家次, hd66a). Inside a
    name (滕州市人民医院), after 据/向 or in someone's words quoted (“这几年瓯海在托育上推出许多优秀举措…”张哲说) it stays."""
    word = ws.own_place_word()
    if not word:
        return sentence
    names = (*ws.jurisdiction_names(), f"该{ws.jurisdiction[-1]}")
    stem = ws.jurisdiction[:-1] if len(ws.jurisdiction) > 2 else ""  # (魏 of 魏县: no place alone)
    if not any(name in sentence for name in (*names, stem) if name):
        return sentence
    quoted = quoted_spans(sentence)
    for found in reversed(list(_place_as_subject(names, stem).finditer(sentence))):
        if _BEFORE_OWN_NAME.search(sentence[:found.start()]) and not any(a <= found.start() < b for a, b in quoted):
            sentence = sentence[:found.start()] + word + sentence[found.end():]
    return sentence


@lru_cache(maxsize=8)
def _place_as_subject(names: tuple[str, ...], stem: str) -> re.Pattern:
    """A place called by one of ``names`` standing as a clause's subject (:data:`_AS_SUBJECT` after it) or heading one that
    counts its things (:data:`_COUNTED_OWN`), or by its ``stem`` as a subject, no level word after it (承德县 is an area) nor the
    rest of a name after it (:data:`~drafter.workspace.NAMED_AFTER`: 汉中发展大会…启动, an event's name, hd68c), its province's
    name before it too (辽宁省沈阳市深入实施…)."""
    alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    bare = rf"|{re.escape(stem)}(?![{G.LEVEL_CHARS}]|{NAMED_AFTER})(?={_AS_SUBJECT.pattern})" if stem else ""
    return cached(rf"(?:{G.PROVINCE_NAMED})?(?:(?:{alternation})(?={_AS_SUBJECT.pattern}|{_COUNTED_OWN.pattern}){bare})")


def clauses(sentence: str) -> list[str]:
    """The sentence cut after each ，outside brackets and quotes (the comma stays with its clause)."""
    cut = _cut(sentence, "，,")
    return list(cut if cut[-1] else cut[:-1])


def sentence_parts(sentence: str) -> list[str]:
    """The sentence cut after each ；outside brackets and quotes (the mark stays with its part; "" after a last ；): a
    quotation's ；-parts (按照“控源截污、内源治理；…”) are one part (hd71b)."""
    return list(_cut(sentence, "；;"))


@lru_cache(maxsize=32768)
def _cut(sentence: str, stops: str) -> tuple[str, ...]:
    """The sentence cut after each of ``stops`` outside brackets and quotes, what follows the last one last, remembered: a
    draft cuts the same sentences again in every pass over its items (a quarter of its cuts are new)."""
    out, start = [], 0
    while (stop := _clause_end(sentence, start, len(sentence), stops)) is not None:
        out.append(sentence[start : stop + 1])
        start = stop + 1
    return (*out, sentence[start:])


# A unit opening its sentence as the doer of what follows (我局交警大队依据…, 市科委面向…, 交警大队还…): the bureau's self
# name or a unit's named by its place's level (not the 主办 of 明确了主办部门), a part of it after it, or such a part alone.
_DOER = lazy(rf"^(?:(?:我|本)(?:局|委|厅|办|单位)|[{CJK}]{{0,6}}?[省市州县区][{CJK}]{{0,10}}?{G.UNIT_END})?"
             rf"(?:[{CJK}]{{1,6}}?(?:大队|支队|中队|部门|科室))?(?=[{CJK}《“])")
# A clause going on to another deed of the same doer (，同时利用多种渠道…; ，并对…开展检查), its linking word to drop.
_NEXT_DEED = lazy(r"^(?:同时|并且?(?![网购重列存轨入举行]))[，,]?")
DEED_MIN = 10  # characters of a deed, its doer's name not counted: a shorter one (并明确专人) is part of the deed before it


@dataclass(frozen=True)
class Deed:
    """A deed of a sentence whose doer opens it (:func:`doer_deeds`): where it stands in the sentence, and as a sentence
    of its own (its doer's name before it, the linking word gone)."""

    start: int
    end: int
    text: str


def doer_deeds(sentence: str) -> list[Deed]:
    """The deeds of ``sentence`` where a unit opening it (我局交警大队) did two or more things, joined at a clause opening on
    同时 or 并 (…上路严查电动车…违法载人…，同时利用多种渠道，充分调动各辖区交通安全劝导站，…进行交通安全劝导及宣传教育。):
    each a sentence of its own, the doer named at its head (hd31b: the whole stood under 宣传教育, 查处 left empty); a
    linked clause naming a doer of its own keeps it. [] when the sentence names no doer first or tells one deed."""
    doer = _DOER.match(sentence)
    if not doer or not doer.group():
        return []
    cuts, at = [0], 0
    for clause in clauses(sentence):
        link = _NEXT_DEED.match(clause) if at else None
        if link and at - cuts[-1] - (doer.end() if len(cuts) == 1 else 0) >= DEED_MIN and len(sentence) - at - link.end() >= DEED_MIN:
            cuts.append(at)
        at += len(clause)
    if len(cuts) < 2:
        return []
    return [Deed(start, end, deed_said(sentence, start, end)) for start, end in zip(cuts, [*cuts[1:], len(sentence)])]


def deed_said(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` from ``start`` to ``end`` (a run of its :func:`doer_deeds`) as a sentence of its own: one not
    opening the sentence without its linking word, its doer before it unless it names its own."""
    said = sentence[start:end].rstrip("，, 。；;") + "。"
    if start:
        said = _NEXT_DEED.sub("", said, count=1)
        said = said if _DOER.match(said).group() else _DOER.match(sentence).group() + said
    return said


def on_topic_clauses(sentence: str, words) -> str:
    """A long sentence (CLAUSE_MIN clauses or more) without its trailing clauses that share none
    of ``words`` (``…推动建设中试验证平台28个，修订…，落实国潮泉州系列活动方案，面向全市征集发布
    科技智能新品176项…`` on 中试验证 ends after the 28个), at the end of a ；-part. Only a tail goes, so what stays still
    reads as written; short clauses and clauses of figures right after a kept one (``累计达84个``,
    ``新增异地研发孵化机构13家``: its results) go on with it, and so does the clause closing what a kept verb of telling still
    waits for (:data:`_TOLD_OPEN`: 总结了2023年全市市场监管部门聚焦消费领域痛点难点卡点， needs its 回应关切、解决纠纷、化解矛盾的主要
    做法和取得成效 — its object — to read, hd56c). A sentence of ；-parts each on a field of its own first loses
    the parts off ``words`` (:func:`on_topic_parts`)."""
    sentence = on_topic_parts(sentence, words)
    parts = clauses(sentence)
    if len(parts) < CLAUSE_MIN:
        return sentence
    on = [n for n, p in enumerate(parts) if n == 0 or words & bigrams(p)]
    last = on[-1]
    while last + 1 < len(parts) and (len(parts[last + 1].strip("，,。！？ ")) <= SHORT_CLAUSE
                                     or DIGIT.search(parts[last + 1])
                                     or FRAME_CLAUSE.match(parts[last].strip("，, "))  # (and what it frames)
                                     or MEANS_CLAUSE.search(parts[last].strip("，, "))):
        last += 1
    if _TOLD_OPEN.search("".join(parts[: last + 1])):  # (what the kept part tells runs on to the clause closing it)
        last = _told_closed(parts, last)
    if last == len(parts) - 1:
        return sentence
    while last > on[-1] and OPENS_CLAUSE.match(parts[last].strip("，, ")):  # …的责任，近几年来，[cut]: no end
        last -= 1
    text = "".join(parts[: last + 1])
    end = sentence.find("；", len(text)) if "；" in text else -1  # (cut inside a ；-part: to its end, no clause of a pair alone:
    text = (sentence[:end] if end >= 0 else text).rstrip("，, ")  # …100%；殡葬服务更加优化，殡葬管理更加规范；…, hd25c)
    return text if text.endswith(("。", "！", "？")) else text + "。"


SHORT_CLAUSE = 8
# A verb of an account (:data:`~drafter.grammar.ACCOUNT_VERBS`: 总结了…) whose object, no 的 closing it yet, runs on past the
# clause: an account named after a 的 in the clause next (:data:`_TOLD_CLOSED`).
_TOLD_OPEN = lazy(rf"(?:{G.words(G.ACCOUNT_VERBS)})了?[^的。；;！？]*$")
# A clause closing such an object on the account's noun (…化解矛盾的主要做法和取得成效，: :data:`~drafter.grammar.HEADING_END_WORDS`),
# opening on no verb of its own (完成老旧小区的改造工作 is a deed of its own: :data:`_OWN_VERB`).
_TOLD_CLOSED = lazy(rf"的[^的，,；;。！？]{{0,8}}?(?:{G.words(G.HEADING_END_WORDS)})[，,。！？]?$")
_OWN_VERB = lazy(rf"^(?:{G.words(G.MANNER_ADVERBS)})?(?:{G.words(G.WORK_VERBS, G.FOUNDING_VERBS, G.ASK_VERBS, G.WORKS_VERBS)})")


def _told_closed(parts: list[str], last: int) -> int:
    """``last`` + 1 when the clause after ``last`` closes the object a verb of an account left open (:data:`_TOLD_CLOSED`)
    without a verb of its own; else ``last``."""
    nxt = parts[last + 1].strip("，, ") if last + 1 < len(parts) else ""
    return last + 1 if _TOLD_CLOSED.search(nxt) and not _OWN_VERB.match(nxt) else last


# Words a ；-part shares with the topic to stay, and the share of those the part most on it shares (社区 of 城乡社区治理…社区志愿服务站,
# 年人 of 未成年人 beside 敬老, 老院, 社区, 幸福, 食堂… of 改造提升7处敬老院、运营兴办30处社区幸福食堂: in passing)
PART_SHARED = 2
PART_OF_BEST = 0.5
# A clause opening a sentence on when its work was done (2021年以来市民政局按照…的要求，), no figure in it: the sentence's frame.
_WHEN_CLAUSE = lazy(r"^(?:(?:19|20)\d{2}年|今年|去年|近年|近几年)[^，,；;。\d]*[，,]$")


def on_topic_parts(sentence: str, words) -> str:
    """A sentence of ；-parts, each on a field of its own (a year's results: …保障城乡困难群众3.6万人；改造提升7处敬老院、
    运营兴办30处社区幸福食堂…；召开…社区治理…推进会…), without the parts sharing fewer of ``words`` than PART_SHARED and
    PART_OF_BEST of the part sharing most; its first clause stays when it says when (:data:`_WHEN_CLAUSE`: 2021年以来市民政局按照…的要求，, hd38a),
    and a part stays before a kept one referring back to it (:data:`~drafter.grammar.REFERS_BACK`: …3所在建；另有3所…, hd70b).
    The sentence as it is when no part is off the topic, or none on it."""
    parts = [p for p in sentence_parts(sentence) if p]
    if len(parts) < 2:
        return sentence
    shared = [len(words & bigrams(p)) for p in parts]
    on = [n >= max(PART_SHARED, PART_OF_BEST * max(shared)) for n in shared]
    for k in range(len(parts) - 1, 0, -1):
        on[k - 1] = on[k - 1] or (on[k] and bool(G.REFERS_BACK.match(parts[k])))
    if all(on) or not any(on):
        return sentence
    first = clauses(parts[0])[0]
    kept = "".join(p for p, o in zip(parts, on) if o).rstrip("；;。，, ")
    return (first if not on[0] and _WHEN_CLAUSE.match(first) else "") + kept + "。"


_MEMBER_MARKS = "、" + CLAUSE_MARKS  # what parts the members of a list of counts (a 、-list ends at a clause's mark)
_MARK_RANK = {"、": 0, "，": 1, ",": 1, "；": 2, ";": 2}
# A piece saying more of the member before it, no member of its own: its change (同比增长12%, 较上年提高3个百分点), its share
# (占全区的60%), what each counts (分别为…), a part of it (其中…, 另有…: :data:`~drafter.grammar.REFERS_BACK`), its total (现有总量128家,
# 累计达84个): cut with it, kept with it.
_OF_MEMBER_BEFORE = lazy(rf"^(?:同比|环比|较|比|占|分别|均|增幅|增速|{G.words(G.CHANGE_VERBS, tuple(G.SHORT_CHANGES))}"
                         rf"|{G.words(G.REFERS_BACK_WORDS)}|[^，,、；;]{{0,4}}?(?:{G.words(G.STOCK_NOUNS)})"
                         rf"|(?:{G.words(G.RUNNING_TOTAL_WORDS)})?(?:已经?)?(?:达到?|{G.words(G.LEVEL_AIMED_WORDS)}))")
# A piece summing the members (共计7个, 合计…, 总数…) or closing an open list (…等): the list said whole, no member cut.
_LIST_WHOLE = lazy(rf"(?:^|[，,；;、])(?:{G.words(_SUM_WORDS)}|总共|总数|共有|共)|等")
# What opens a member counting its things (现有社区老年人助餐服务点96个, 2024年全区新建…, 目前全区共有…): its time and doer (``who``),
# then its verb of holding or doing — the lead the members after it go on with.
_MEMBER_WHO = lazy(rf"^(?:(?:19|20)\d{{2}}年(?:以来|底|末)?|{G.words(G.PRESENT_WORDS)})?(?:[全我本][{G.LEVEL_CHARS}])?")
_MEMBER_VERBS = (*G.STOCK_VERBS, *G.COUNTED_DEED_VERBS, *G.FOUNDING_VERBS, *G.WORKS_VERBS, *G.PLACE_DEED_VERBS)
# What says things held (现有, 现已有, 共有, 实有): the lead of a count of a stock.
_HOLDING = r"(?:现已?|现共|[共实])有"
_MEMBER_VERB = lazy(rf"{_HOLDING}|建有|(?:已|还|共)?(?:{G.words(_MEMBER_VERBS)})")


@dataclass
class _Member:
    text: str  # the member, its mark after it stripped
    mark: str  # the mark after it ("" at the end)
    figure: bool


def _member_pieces(body: str) -> list[_Member]:
    """``body`` cut at each of :data:`_MEMBER_MARKS` outside brackets and quotes; a piece saying more of the one before it
    (:data:`_OF_MEMBER_BEFORE`) joined to it, and so is one stating a figure after a ，that opens on no lead of a count of its own
    (:func:`_lead`: 立项补助金额达1600万元 of …遴选凝练12项重大技术需求榜单, 实现产值72.6亿元 of …生物医药工业企业43家), unless it heads
    a 、-list."""
    out: list[_Member] = []
    start = 0
    while start <= len(body):
        stop = _clause_end(body, start, len(body), _MEMBER_MARKS)
        text, mark = (body[start:stop], body[stop]) if stop is not None else (body[start:], "")
        figure = bool(G.figure_matches(text))
        last = out[-1] if out else None
        if last and (_OF_MEMBER_BEFORE.match(text) or (figure and last.figure and last.mark in "，," and mark != "、"
                                                        and not _lead(text)[1])):
            out[-1] = _Member(last.text + last.mark + text, mark, True)
        else:
            out.append(_Member(text, mark, figure))
        if stop is None:
            break
        start = stop + 1
    return out


def _lead(member: str) -> tuple[str, str | None]:
    """The time and doer a member counting things opens on, and its verb before what it counts (``新增`` of 新增2个社区综合为老
    服务中心, ``现有`` of 现有社区老年人助餐服务点96个; "" for none before its figure, 2家社区长者食堂), None for a verb not known
    (:data:`_MEMBER_VERB`: 推荐3家科研院所…, 服务企业2089家)."""
    member = member[:_clause_end(member, 0, len(member), _MEMBER_MARKS) or len(member)]  # (its own piece, not one joined to it)
    who = _MEMBER_WHO.match(member).group()
    if (first := _figure_first(member, len(who))) is not None:  # (its figure first: what is before it leads)
        return who, member[len(who):first] if len(who) == first or _MEMBER_VERB.fullmatch(member, len(who), first) else None
    verb = _MEMBER_VERB.match(member, len(who))
    return who, verb.group() if verb else None


def _figure_first(member: str, at: int = 0) -> int | None:
    """Where the figure of a ``member`` naming what it counts after its figure (2家社区长者食堂, 新增2个…) stands; None for one whose
    figure ends it (社区老年人助餐服务点96个) or follows a number from ``at`` on."""
    figures = G.figure_matches(member)
    if figures and member[figures[0].end():].strip() and not DIGIT.search(member[at:figures[0].start()]):
        return figures[0].start()
    return None


# A member of a 、-list opening on a preposition (为企业解决技术难题457项, 与企业合作研发…297项): a deed of its own, no count.
_DEED_MEMBER = lazy(r"^[为与对向在把将从给由]")
# The lead of a list of things held or made, each its own (现有社区老年人助餐服务点96个、乐龄家园助老服务站73个…, 新增2个社区综合为老服务
# 中心、2家社区长者食堂…, 改建认知障碍照护床位280张): not of a work's results (推动41个中试验证平台…，获…认定5个、培育4个; 完成149座小型
# 水库除险加固…、116座病险山塘整治; 累计帮助…企业获得贷款120笔、放款8.61亿元), whose members are one work's.
_THINGS_LEAD = lazy(rf"{_HOLDING}|{G.words(G.STOCK_VERBS)}|(?:已|还)?(?:新增|{G.words((*G.FOUNDING_VERBS, *G.WORKS_VERBS))})")


def on_topic_members(sentence: str, on: Callable[[str], bool]) -> str:
    """``sentence`` whose run of members joined by 、，； each stating its own figure (现有社区老年人助餐服务点96个、乐龄家园助老服务站73个、
    标准化老年活动室225个，…; 改建…床位280张，新增2个社区综合为老服务中心、2家社区长者食堂、6个家门口养老服务站) keeps only those ``on`` the ask
    (hd70c: 现有社区老年人助餐服务点96个，…; 新增2家社区长者食堂。): what stands before and after the run stays, a kept member after the
    first of its 、-list takes that one's lead (:func:`_lead`: 新增), the first kept the run's time and doer (目前全区), and its verb
    where it has none; a piece saying more of a member (同比增长…, 其中…) goes with it. The sentence as it is where all or none of a
    run are on, where a piece sums the run or it is an open list (:data:`_LIST_WHOLE`), where a dropped lead is not known, or
    where the members off the ask are one work's results with those on it, no things of their own (:func:`_other_things`)."""
    body = sentence.rstrip("。！？!? ")
    if not any(m in body for m in _MEMBER_MARKS):
        return sentence
    pieces = _member_pieces(body)
    out: list[_Member] = []
    k = 0
    while k < len(pieces):
        end = k
        while end < len(pieces) and pieces[end].figure:
            end += 1
        run = pieces[k:max(end, k + 1)]
        after = pieces[end].text if end < len(pieces) else ""
        whole = len(run) < 2 or any(_LIST_WHOLE.search(p.text) for p in run) or _LIST_WHOLE.match(after)
        out += run if whole else _kept_members(run, on)
        k += len(run)
    if len(out) == len(pieces) and all(a is b for a, b in zip(out, pieces)):
        return sentence
    return "".join(p.text + p.mark for p in out[:-1]) + out[-1].text + sentence[len(body):]


def _firsts(run: list[_Member], ends: str) -> list[int]:
    """For each member of ``run``, the first of its stretch: a new one opens after a mark of ``ends`` (``；`` a ；-part's, ``，；`` a
    、-list's)."""
    out: list[int] = []
    for n in range(len(run)):
        out.append(n if n and run[n - 1].mark in ends else out[-1] if n else 0)
    return out


def _other_things(run: list[_Member], said: list[bool], heads: list[int]) -> bool:
    """True when each member of ``run`` not ``said`` on the ask is a thing of its own: in a ``；``-part of ``run`` none on it says
    (电子信息产业企业36户… of firms' counts), or counted (:data:`~drafter.grammar.COUNTERS`: 73个, not 1万亩) in a 、-list whose first
    member opens on holding or making things (:data:`_THINGS_LEAD`); not one work's results said together (hd70c; not the README
    quick start's 获省级制造业中试服务平台认定5个、培育4个 after 推动41个中试验证平台申报入库培育); ``heads``: the first member of each
    one's 、-list (:func:`_firsts`)."""
    parts = _firsts(run, "；;")
    for n, member in enumerate(run):
        if said[n] or not any(said[k] for k in range(len(run)) if parts[k] == parts[n]):
            continue
        figure = G.figure_matches(member.text)[0]
        lead = run[heads[n]].text
        if figure.re.groupindex.get("unit") is None or figure.group("unit") not in G.COUNTERS or \
                not _THINGS_LEAD.match(lead, _MEMBER_WHO.match(lead).end()):
            return False
    return True


def _kept_members(run: list[_Member], on: Callable[[str], bool]) -> list[_Member]:
    """The members of ``run`` ``on`` the ask (:func:`on_topic_members`), the mark before the next kept one the strongest of
    those between them, the run's last after the last; ``run`` itself where it cannot be cut."""
    said = [on(p.text) for p in run]
    heads = _firsts(run, CLAUSE_MARKS)  # (the first member of the 、-list of each)
    if all(said) or not any(said) or any(_DEED_MEMBER.match(p.text) for p in run) or not _other_things(run, said, heads):
        return run
    out: list[_Member] = []
    last = 0  # the last kept
    for n, member in enumerate(run):
        head = heads[n]
        if not said[n]:
            continue
        text = member.text
        own = _lead(text)
        if n != head and not said[head] and not own[1]:  # (its 、-list's lead dropped with its first member: said before it)
            who, verb = _lead(run[head].text)
            if verb is None or (own[1] is None and _figure_first(text) is not None):  # (推荐3家…入选… after 指导11家…: a deed
                return run  # of its own, whose predicate the members before it may share)
            text = who + verb + text
        elif not out and n:  # (the run's time and doer dropped with its first member, and its verb where it has none)
            who, verb = _lead(run[0].text)
            text = who + ((verb or "") if own[1] is None else "") + text[len(own[0]):]
        if out:
            out[-1].mark = max((p.mark for p in run[last:n]), key=lambda m: _MARK_RANK.get(m, 0))
        out.append(_Member(text, member.mark, True))
        last = n
    out[-1].mark = run[-1].mark
    return out


# A clause of resolve, no work done (“十四五”期间我市将在提高…水平上持续用力, 在推进融合教育发展上不断发力): a slogan.
SLOGAN = lazy(r"在[^，,。；;]{2,24}上(?:不断|持续|继续|进一步|全面|形成)?(?:发力|用力|下功夫|合力|求突破|见实效|做文章)")


def without_slogans(sentence: str) -> str:
    """A reported ``sentence`` up to its first clause of resolve (:data:`SLOGAN`), what it is to achieve after it
    (做到让残疾学生“有适合的学上”) going with it: ``《…行动计划》2023年3月23日由市政府出台印发。`` of 《…》…出台印发，“十四五”期间
    我市将在…上持续用力，做到… (hd16: the slogans were a section's only result). "" when it opens on one."""
    if not SLOGAN.search(sentence):  # (most are none: the clauses are cut only for one that holds a slogan)
        return sentence
    parts = clauses(sentence)
    at = next((n for n, c in enumerate(parts) if SLOGAN.search(c)), None)
    if at is None:
        return sentence
    return "".join(parts[:at]).rstrip("，, ") + "。" if at else ""


# A clause of the creed a sentence's work follows, after its subject (省科技厅坚持以习近平新时代…思想为指导，深入贯彻…指示批示精神，):
# its verb of following, then the formulas (:data:`~drafter.grammar.CREED`), no figure.
_CREED_CLAUSE = lazy(rf"^(?P<subject>(?:[^，,。；;“”\d]{{0,14}}?{_SUBJECT_END})?)(?:{G.words(G.FOLLOWING_MANNER, ('坚持', '持续', '不断'))})*"
                     r"(?:以|学习|贯彻|落实|践行|增强|坚定|做到|牢记|扛牢|强化|树牢)\D*$")
CREED_RUN_MARKS = 2  # distinct formulas a run of such clauses holds to be the creed (全面贯彻落实河长制 alone is a deed)


def _creed_clause(clause: str) -> re.Match | None:
    """The match of ``clause`` when it is a clause of the creed (:data:`_CREED_CLAUSE` holding a formula)."""
    found = _CREED_CLAUSE.match(clause)
    return found if found and G.CREED.search(clause) else None


def without_creed(sentence: str) -> str:
    """``sentence`` without the creed opening its work after its time and subject (2019年以来，省科技厅坚持以习近平新时代…为指导，深入贯彻
    …重要指示批示精神，把创新工作聚焦到… → 2019年以来，省科技厅把创新工作聚焦到…, hd68d): clauses of the creed (:func:`_creed_clause`)
    holding CREED_RUN_MARKS formulas or more, its subject kept; what remains is judged on its own. "" when it is nothing but the creed."""
    if not G.CREED.search(sentence):  # (most hold none)
        return sentence
    parts = clauses(sentence)
    at = 1 if parts and _WHEN_CLAUSE.match(parts[0]) and not G.CREED.search(parts[0]) else 0
    end = at
    while end < len(parts) and _creed_clause(parts[end]):
        end += 1
    if end == at or len(set(G.CREED.findall("".join(parts[at:end])))) < CREED_RUN_MARKS:
        return sentence
    if end == len(parts):
        return ""
    return "".join(parts[:at]) + _creed_clause(parts[at]).group("subject") + "".join(parts[end:])


# A clause pointing back at a count of things said before it (以上三个项目年内均可实现主体建筑结顶, 上述4个平台均已投用).
BACK_REFERENCE = lazy(r"^(?:以上|上述|前述|前面|这)(?:[一二三四五六七八九十两]|\d+)(?:个|项|家|所|处|座|条|批)")


_AFTER_CLAUSE = lazy(rf"(?<={CLAUSE_BREAK.pattern})")


def without_dangling_references(sentences: list[str], text: str) -> list[str]:
    """``sentences`` (kept of a fact's ``text``) without their clauses pointing back at a count of things
    (:data:`BACK_REFERENCE`) when the fact's text before the first of them is left out: 仙居's 横溪…结顶，…，以上三个项目
    年内均可实现主体建筑结顶 named two projects against 三个, the third in a sentence not kept (hd14)."""
    if not sentences or text.lstrip().startswith(sentences[0].lstrip()[:12]):
        return sentences
    out = []
    for sentence in sentences:
        parts: list[str] = []
        for part in _AFTER_CLAUSE.split(sentence):
            if not BACK_REFERENCE.match(part.strip()):
                parts.append(part)
            elif parts and part.rstrip().endswith(("；", ";")):  # (…85%以上，[以上三个项目…；]仙居县…: the ； stays)
                parts[-1] = parts[-1].rstrip("，, ") + "；"
        kept = "".join(parts)
        if kept and kept != sentence:
            kept = kept.rstrip("，,；; ") + ("" if kept.rstrip().endswith(("。", "！", "？")) else "。")
        out.append(kept or sentence)
    return out


def _quote_depth(sentences: list[str]) -> int | None:
    """How many quotations ``sentences`` leave open at their end, or None when one closes a quotation none of them opened."""
    depth = 0
    for char in "".join(sentences):
        depth += (char == "“") - (char == "”")
        if depth < 0:
            return None
    return depth


def without_cut_quotations(sentences: list[str], text: str) -> list[str]:
    """``sentences`` (kept of a fact's ``text``) without the rest of a quotation whose opening they left out — a sentence closing
    one no kept sentence before opened (…我还提案建议落实…十二条措施。” of 张建波说：“我作为…, hd61a) — nor one opened and not
    closed, from its sentence on: someone's words cut from who said them, never a paragraph's own; all of them where that
    leaves none, or where ``text`` itself closes a quotation it never opened (探索“异地研发、本地转化”机制”，出台…: a misprint,
    its marks no guide to what was cut, 1288's reply)."""
    if _quote_depth([text]) is None:
        return sentences
    out: list[str] = []
    for sentence in sentences:
        if _quote_depth([*out, sentence]) is not None:
            out.append(sentence)
    while out and _quote_depth(out):
        out.pop()
    return out or sentences


_AFTER_PAUSE = lazy(r"(?<=[，,；;。！？])")


@lru_cache(maxsize=16384)
def without_frames(text: str) -> str:
    """``text`` without its clauses that frame the next (:data:`FRAME_CLAUSE`: 针对…的特点，, 为了…，); remembered, as a draft
    asks it of the same facts for each ask."""
    return "".join(c for c in _AFTER_PAUSE.split(text) if not FRAME_CLAUSE.match(c.strip("，,；;。！？ ")))


@lru_cache(maxsize=16384)
def purposes(text: str) -> str:
    """The clauses of ``text`` naming what its work is for (为全力保障…生活用水，; 为早日实施供水按下“加速键”): the
    :data:`FRAME_CLAUSE` of a purpose that :func:`without_frames` drops; remembered, as :func:`without_frames` is."""
    return "".join(c for c in _AFTER_PAUSE.split(text)
                   if (m := FRAME_CLAUSE.match(c.strip("，,；;。！？ "))) and m.group("purpose"))
# A clause that frames what the next one does (其中针对“闽投1号”渔旅融合的特点，协会就…提供综合保险方案; 紧紧围绕…的总体思路，…; 为了全面落实…战略，
# 魏县农业农村局…加快高标准农田建设进度): kept on a word of the topic, it cannot end the sentence — the clause it frames
# stays with it (hd10: cut after 的特点。; hd12: an item that was only its purpose).
# (its purpose named: 为加大…奖补力度，[我局…], what it is for after it; not a matter framed, 针对…的特点)
FRAME_CLAUSE = lazy(r"^(?:其中|同时)?(?:(?:紧紧|紧密|始终)?(?:针对|围绕|对于|根据|按照|依据|结合|基于)[^，,。；;]*的[\u4e00-\u9fff]{1,4}"
                    r"|(?P<purpose>为(?![此期止何])[^，,。；;]*))$")
# A clause setting the means or aim of the work the clause after it says (勐海县农村公路建设以脱贫攻坚为契机，紧紧围绕…，切实加快
# 建设进度; 以“构建综合交通网，…”为总体目标，): no sentence ends on it (hd54c: …以脱贫攻坚为契机。).
MEANS_CLAUSE = lazy(rf"以.+?为(?:总体|主要|根本)?(?:{G.words(G.MEANS_WORDS, G.AIM_WORDS)})$")
# A short clause that opens what follows it (近几年来，…; 同时，…; 2023年以来，…): no sentence ends on it.
OPENS_CLAUSE = lazy(rf"^(?:(?:{G.words(G.RECENT_YEARS_WORDS)})来?|{G.words(G.PRESENT_WORDS)}|{G.words(G.ADDING_WORDS, G.HENCE_WORDS)}|其中|首先|"
                    r"今年以来|近期|近日|(?:19|20)\d{2}年(?:以来|初|底)?)$")


# An enumeration's last member, closed by 等 (open: a member may go) or by a count (三个赛道: none may).
_LIST_OPEN = lazy(r"^([\u4e00-\u9fff]{2,8}?)等")
_LIST_COUNTED = lazy(r"^([\u4e00-\u9fff]{2,8}?)(?:[一二三四五六七八九十两]|\d+)[个大类项种条]")
_MEMBER = lazy(r"[\u4e00-\u9fff]{2,8}")
# What a list of fields is a list of: a list of actors (政府、券商、中介等各方) is left as written.
_FIELDS = lazy(r"领域|产业|行业|赛道|方向|学科|板块|集群")
_PIECE = lazy(r"[^，,。；;：:（）()]+|[，,。；;：:（）()]")


def _field_list(parts: list[str], members: int = 3):
    """The match of a list's last member (``新材料等战略性新兴产业领域``: 新材料) when ``parts`` (a
    clause split at its 、) are a list of fields (:data:`_FIELDS`) of ``members`` members or more
    closed by 等 or a count; else None."""
    if len(parts) < members or not _FIELDS.search(parts[-1]):  # looked for first: the patterns of a
        return None  # list's last member, a character class each, take a cold draft ~1 ms each to compile
    last = _LIST_OPEN.match(parts[-1]) or _LIST_COUNTED.match(parts[-1])
    return last if last is not None and _FIELDS.search(parts[-1], last.end(1)) else None


def without_field_lists(sentence: str) -> str:
    """``sentence`` without its lists of fields (``新一代信息技术、高端装备制造、新材料等…领域``): a
    field named in such a list is where the work was done, nothing reported on that field."""
    return "".join(p for p in _PIECE.findall(sentence) if _field_list(p.split("、"), 2) is None)


def within_matter(sentence: str, words) -> str | None:
    """``sentence`` without the members of its lists of fields (…等…领域/产业/行业/赛道) that are
    foreign to ``words`` (the suggestion's own text), when others of the list are not (the
    suggestion names the fields it is about): in ``新一代信息技术、高端装备制造、新材料、生物医药等…领域``, drafted
    for a suggestion on manufacturing that names neither, 新材料 and 生物医药 go (the list is open,
    等); the first member always stays (where it begins is not known). None when a foreign member
    stands in a counted list (``分企业、科研院所、卫生医疗三个赛道…``): it cannot lose one without
    its count going wrong, so the sentence is off the matter."""
    out = []
    for piece in _PIECE.findall(sentence):
        parts = piece.split("、")
        last = _field_list(parts)
        if last is None:
            out.append(piece)  # no list, not closed by 等 or a count (a whole list), or no list of fields
            continue
        inner = [p for p in parts[1:-1] if _MEMBER.fullmatch(p)]
        members = inner + [last.group(1)]
        foreign = {m for m in members if not bigrams(m) & words}
        if not foreign or len(foreign) == len(set(members)):
            out.append(piece)  # all on the matter, or none: the suggestion does not say which fields
            continue
        if last.re.pattern == _LIST_COUNTED.pattern:  # a counted list (a lazy pattern: known by its text)
            return None
        kept = [parts[0]] + [p for p in parts[1:-1] if p not in foreign]
        tail = parts[-1][len(last.group(1)):] if last.group(1) in foreign else None
        out.append("、".join(kept) + tail if tail is not None else "、".join(kept + [parts[-1]]))
    return "".join(out)


# What a document does, opening a clause whose subject is the document its frame names (根据《条例》，要求…).
_DOCUMENT_SAYS = lazy(r"^(?:要求|规定|明确|提出)")


def without_named_frame(sentence: str, specific) -> str:
    """``sentence`` without its leading clauses that name a programme or a document (a quoted
    name or a title) and say none of the ask's ``specific`` words, when a later clause says one
    and another follows it: ``落实人才“港湾计划”，合力做优“海丝泉州·人才港湾”工作品牌，构建…人才培养
    体系，…`` on 人才引育 begins at 构建 — the frame of a programme (often another unit's brand)
    answers nothing. A clause stating a figure is never dropped, nor a frame whose document is the subject of
    the clause after it (``根据《…条例》有关要求，要求各区人民政府建立健全…``: no 要求 without who requires)."""
    parts = clauses(sentence)
    first = next((n for n, p in enumerate(parts) if specific & bigrams(p)), None)
    if not first or len(parts) - first < 2 or _DOCUMENT_SAYS.match(parts[first]):
        return sentence
    frame = parts[:first]
    if not all(NAME.search(p) and not DIGIT.search(NAME.sub("", p)) for p in frame):
        return sentence
    return "".join(parts[first:])
