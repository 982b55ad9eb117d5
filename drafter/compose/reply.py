"""Compose a reply (or a 会办意见): the selected facts inside the wording templates, as blocks.

The frame is always complete: where content or configuration is missing the block holds a
visible placeholder ``【待补充：…】`` instead of filler. Fact text is used verbatim — only its
leading ordinal is replaced by the draft's own numbering, and an area's 我区/全区 is named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import fields, replace
from itertools import compress

from .. import errors
from ..errors import DrafterError
from ..grammar import (
    ASSEMBLY_WORDS, BARE_DAY, BLANK, FULL_YEAR_WORDS, HALTED, ISSUER_SELF, LEAD_VERBS, LEVEL_ANAPHOR, MANNER_ADVERBS, NEXT_OR_LATER, ORGAN_CHARS, PARTNER_NAMED,
    PLAN_STATES, PROVINCE_ORGAN_WORDS, READER_SAID, MAX_RECENT_YEARS, RECENT_YEARS_WORDS, REFERENCE, REFERS_BACK, SHELVED, SOLVED, SOLVED_LATER, UNIT_ORGAN_WORDS, WORKS_VERBS,
    WILL_JIANG, WORK_VERBS, YEAR_WORD, blank_figure, class_status, date_at, figure_matches, named_as, names_unit, ordinal_of, said_date,
    unit_in, unit_words, words,
)
from ..lazyre import cached, lazy
from ..reply import (
    ADDRESSEE, BODY, CC, CLASS_MARK, CLOSING, CONTACT, DATE, DOC_NUMBER, HEADING1, HEADING2,
    ISSUER, LEAD, LETTERHEAD, NOTE, OPENING, PLACEHOLDER, SIGNATURE, STALE, TEXT, TITLE,
    MISSING_HEADING, MONTH_UNKNOWN, OWED_STEPS, OWED_WORK, PERIOD_UNSTATED, PROGRESS_UNKNOWN, UPDATE_OPEN, YEAR_UNKNOWN, Citation, Reply, ReplyBlock, Span, PLACEHOLDER_CLOSE, PLACEHOLDER_RE, PROVIDED, noted, owed_mark,
    PLACEHOLDER_OPEN, LATEST_UPDATE, RUNNING_UPDATE, asked_mark, carry_on_mark, placeholder_text, plan_mark, provided_by, running_mark, to_verify, update_text,
)
from ..model import CONTEXT, NEWS, PARTS, PER_ASK, PLAIN, PLAN, THANKS, WORK_REPORT, SourceMeta
from ..textutil import SPACE, cn_numeral, is_cjk, nested_quotes
from ..workspace import AUTO, Workspace
from .asks import (
    ACTOR, ASK_VERB, MAX_PHRASE, OWN_WHOLE, QUALITY, Ask, carried_on, concern_matter, names_a_place, put_in, short_topic, site_of, topic_purpose, town_named, unreached,
    without_town,
)
from .gaps import asked_part, gap_items, owed_ask, owed_phrase
from .marks import finish
from .remit import CONSULT_SAID, Remit, asks_grant, in_passing, own_measures, said_of_its_own, split_remits
from ..sessions import session_above, session_below, session_year
from .select import (
    CARRYING_ON_OPENING, FIELD_SAID, GENERIC, LEFT_ASKS_WARNING, another_units_deed, bureau_said, co_room, MAX_ITEMS, ask_keys, MAX_SECTIONS, ONE_OFF_THING, PLAN_GAP_WARNING, WORK_GAP_WARNING, NOTED_GAP_WARNING, UNDRAFTED_WARNING, ELSEWHERE_WARNING, Item, Section, Selection, answered_before, aspect, earlier_year, plan_year, figure_year, first_step, solving_step, framing, heading_phrase, issued, next_step, own_jurisdiction,
    heard_plan_unit, NOT_OWN, older_than, place_issued, place_will, plan_frame, practice_clauses, said_by, select_facts, strip_ordinal, unframed_topic, without_head,
)
from .sentences import (
    ANY_INDICATOR, BARE_MONTHS, DAY_YEAR_UNKNOWN_NOTE, DIGIT, NAME, SAME_SOURCE, UNDATED, YEAR_UNKNOWN_NOTE, Dated, absolute_time, dated_days, as_of_note, attribution, bigrams, figures_in, find_figure,
    as_done, issued_as_done, clauses, dated_after_state, dated_first, done_cuts, is_decided, has_lead, has_year, heads_lead, is_lead, is_one_act, is_policy_count, is_project_total, is_term, month_missing, named_models, paragraph_unit, past_as_of, provisional, restates_lead, said_once,
    counted_since, own_opening, unreported, without_event_attended, with_event_told, with_given_subject, with_place_subject, running_policies, running_totals, self_named, own_place_named,
    quoting_note, sentence_date, sentence_parts, source_dated, source_month, split_sentences, without_exclaiming, under_way_at, outside_names,
    span_said, with_mark, with_update_marker, without_announcement, without_cut_quotations, without_dangling_references, year_position, year_prefix, WANTS_DOER,
)
from .form import THREE_PARTS, Habits, cc_guessed, cc_kind, cc_of_level, number_prefix, head_ask, in_form, opening_said, section_head
from .usual import Usual, usual_answer
from .handling import closing_spans, handling_spans, item_said
from .synonyms import equivalents_said
from .suggestion import Suggestion, addressed_name, check_fields, class_code, is_collective, item_name, item_word, other_proposer, signed_with
from .wording import LABELS, Wording, to_spans


# A title's matter led by who should act (政府相关部门协调联动持续发力…, hd4's B222): no matter to say back
ACTOR_LED = lazy(rf"^(?:{OWN_WHOLE})?(?:{ACTOR})")
LONG_SECTION = 600  # characters: a longer section gets a heading of its own and one item a paragraph
MISSING_DONE = "已开展的工作及成效（近年举措与数据，注明年份）"
MISSING_PLAN = "下一步工作计划"
MISSING_PLAN_NOTE = "已收集的材料中没有本单位此方面的工作计划：请写明下一步的具体举措"
# A class C reply's reason (reason.j2), the clerk's to write: what it is and where it is found.
LIMITS = "政策规定、资金、职责分工或客观条件的限制（可查阅项目审批、规划和资金安排等材料）"
REASON_NOTE = "C类答复须写明所提事项暂难落实的具体原因：请据实写明受哪些" + LIMITS
# …and where the bureau said before, in a text the draft quotes, that the same work was halted (:func:`halted_before`)
HALTED_NOTE = ("；稿中所引{where}曾写明该事项当时的结果及原因：“{said}”：其原因仍适用的，可据此写明，并说明此后的变化；"
               "情况已不同的，据实写明现在的原因")
SITE_ASKS_NOTE = "建议所提：{asks}。请择要答复该处的权属和建设、管护责任，能否实施及原因、如何安排，不必逐项展开"  # (rv41, rv42)
SITE_WARNING = ("建议针对一处具体地点（{site}），稿中未按所提各点分节：该处的现状、办理意见和下一步安排已留待补充，"
                "请向实地或乡镇（街道）核实后填写")
READER = lazy(r"你们|你")  # a past reply's reader, said to this draft's (您, 您们, 贵会)
# A past site reply's reason (:mod:`.usual`), offered for this site: what its mark asks and says.
USUAL_REASON = "以往答复的原因是否适用于该处"
USUAL_REASON_NOTE = ("此段照录本局以往对类似建议的答复（{where}）所述的原因：适用于该处的，核实后删去此标记；"
                     "不适用的，改写为该处暂难落实的具体原因")
USUAL_PLAN = "以往答复的安排是否适用于该处"
USUAL_PLAN_NOTE = ("此句照录本局以往对类似建议的答复（{where}）所作的安排：适用于该处的，核实后删去此标记；"
                   "不适用的，改写为对该处的具体安排")
OTHER_SITE_NOTE = "另一件建议所涉（{site}）：请核实是否适用于该处，适用的按该处改写后清除高亮，不适用的删去"
OTHER_SITE_GROUP = "elsewhere:"  # the comment group of those marks: what to rewrite for the site, nothing to update
USUAL_DONE_NOTE = ("此段照录本局以往对类似建议的答复（{where}）{theirs}：其中本局通行的做法和原则，核实仍适用于本件的可保留；"
                   "只关乎该件所涉地点或事项的内容请删去或改写")
USUAL_THEIRS = "，该件所涉为{site}"
USUAL_SAME_NOTE = "此段照录本局以往对该处的答复（{where}）：所述做法和原则仍适用的可保留，请核实"
# A project the bureau is still preparing (…二期专项债项目通过审批; 纳入…项目计划): where a site's works may be put.
PROJECT_STAGE = lazy(r"项目[^。；，]{0,12}?(?:通过审批|获批|批复|立项|前期工作|谋划|包装|储备|申报)"
                     r"|(?:谋划|包装|储备|申报|列入|纳入)[^。；，]{0,16}?项目")
SITE_WORKS_END = lazy(r"(?:项目|工程|建设)+$")  # 白塔镇康养中心项目 → 白塔镇康养中心: the works' own noun
AREA_LEVEL_END = lazy(r"(?:街道|镇|乡|县|区|市)$")  # 横溪镇 → 横溪, as a sentence may name it
CHANNEL = "该处是否列入上述项目"
CHANNEL_NOTE = ("本局{year}谋划或已获批的同类项目（{where}）：该处的工程或可列入。已列入的，删去此标记并写明该处的建设内容"
                "和时间安排；未列入的，删去此句")


def check_suggestion(ws: Workspace, suggestion: Suggestion) -> None:
    """Reject what cannot make a draft: the suggestion's own faults (:func:`check_fields`) and a
    class the workspace does not have; a class written as a list writes it (b, B类) is taken as its
    code, as drafter batch takes it."""
    check_fields(suggestion)
    lead = (suggestion.lead or "").strip()
    if suggestion.role != "主办" and ws.is_own_unit(lead):  # a 会办意见 addressed to the bureau itself
        raise DrafterError(f"{suggestion.role}意见的主办单位“{lead}”是本单位：请写主办单位的名称，"
                           "本单位主办时承办角色选主办", fix=errors.LEAD)
    code = suggestion.reply_class
    if code is not None and code not in ws.classes:
        suggestion.reply_class = class_code(code, ws.classes)
    if code is not None and suggestion.reply_class is None:
        raise DrafterError(
            f"未知的答复类型“{code}”，可用：{'、'.join(ws.classes)}（见 classes）", ws.config_path
        )


def chinese_date(day: dt.date) -> str:
    """``2026年5月20日`` (no zero padding)."""
    return f"{day.year}年{day.month}月{day.day}日"


# The sources of a draft's facts whose date or place distill could not read (hd33b: 市数据局2024年工作总结, — — in sources): each
# field lacking (as the warning names it) → its key in the source and how the draft took it meanwhile; the warning names only
# those lacking (hd36c: a source whose jurisdiction was set was asked for it).
UNREAD_FIELDS = {"成文日期": ("date", "年份暂按所述期间"), "所属地区": ("jurisdiction", "地区暂按本地区")}
UNREAD_WARNING = ("稿中所用材料{sources}在事实库中没有写明，其{taken}写入：请核实，"
                  "并在其事实文件的 source 中补填 {keys} 后重新提炼、起草")


def unread_warning(facts_used: list[str], index) -> str | None:
    """The warning naming the sources of ``facts_used`` (ids) without a date or a place, each as ``label的成文日期、所属地区``,
    and only the fields they lack; None when none lacks either."""
    out: dict[str, str] = {}
    lacking: set[str] = set()
    for fid in facts_used:
        source = index.source_of(index.facts[fid]) if index is not None and fid in index.facts else None
        missing = [what for what, value in (("成文日期", source.date), ("所属地区", source.jurisdiction)) if not value] if source else []
        if missing:
            out[source.id] = f"{source.label()}的{'、'.join(missing)}"
            lacking.update(missing)
    if not out:
        return None
    fields = [UNREAD_FIELDS[what] for what in UNREAD_FIELDS if what in lacking]
    return UNREAD_WARNING.format(sources="、".join(out.values()), taken="、".join(t for _, t in fields),
                                 keys="、".join(k for k, _ in fields))


# The spans each item was written as by the composing under way (:func:`compose_reply`: its composings, before and after a
# trim, write again the items it left as they were): its fact (by id) and the arguments → [(the item's state, its spans)].
_WRITTEN: ContextVar[dict | None] = ContextVar("written_items", default=None)


def compose_reply(ws: Workspace, suggestion: Suggestion, index, today: dt.date) -> Reply:
    """Build the blocks of the reply to ``suggestion`` from the facts of ``index``, trimmed to
    the workspace's length budget (:func:`trim`, step by step, measuring the composed text). An item
    no trim changed is written once (:func:`_fact_spans`), however often the reply is composed."""
    written = _WRITTEN.set({})
    try:
        return _trimmed_reply(ws, suggestion, index, today)
    finally:
        _WRITTEN.reset(written)


def _trimmed_reply(ws: Workspace, suggestion: Suggestion, index, today: dt.date) -> Reply:
    """:func:`compose_reply`'s work: select, compose, trim and compose again while too long."""
    check_suggestion(ws, suggestion)
    selection = select_facts(index, suggestion, ws, today)
    habits = Habits.of(ws, index)
    reply = _compose(ws, suggestion, selection, today, index, habits)
    length, stale = body_length(reply), False
    examples = [a for a in ws.areas if a not in selection.areas]  # an area the suggestion is about is no example to drop first
    while length > ws.target_length:
        quoted = [p for p in selection.plans if stubbed(p, ws, today)]  # their sentences are in a comment
        cut = trim(selection, over_max=length > ws.max_length, areas=examples, quoted=quoted)
        if not cut:
            break
        length, stale = length - cut, True
        if length <= ws.target_length:  # measured again on the composed text (dates added…)
            reply = _compose(ws, suggestion, selection, today, index, habits)
            length, stale = body_length(reply), False
    if stale:
        reply = _compose(ws, suggestion, selection, today, index, habits)
    length = body_length(reply)
    if length > ws.max_length:
        reply.warnings.append(f"正文约{length}字，超过上限{ws.max_length}字，请压缩")
    return finish(reply)


def own_work_reported(selection: Selection, ws: Workspace, today: dt.date) -> bool:
    """Whether part one reports some work that may be the bureau's: its own (:func:`~.select.bureau_said`), a co-handler's
    part, or a result told with no other unit as its doer — only then may its lead say 我局…积极开展工作，主要做法和成效如下
    (hd51a: over the one item 市政府办公室印发《…殡葬管理办法》, a city government's rule, it claimed the bureau's work; the item
    stands without it; the city's water quality under a 生态环境局's lead is its work's result, hd24) — and is of recent years, no
    more than :data:`~drafter.grammar.MAX_RECENT_YEARS` before ``today`` (hd60a A4: 2007's 撤乡设镇 in 2021, drafted under a max_age of
    30; 2021's 敬老院 in 2024, older than the freshness window, is recent work all the same, h205)."""
    return any(not older_than(item.as_of(), MAX_RECENT_YEARS, today) and (section.part or bureau_said(item, ws) or not another_units_deed(item, ws))
               for section in selection.sections for item in section.items)


def halted_before(selection: Selection, ws: Workspace) -> str:
    """The reason comment's word (:data:`HALTED_NOTE`) on the bureau's own earlier statement, quoted in the draft, that the
    asked work was halted (:data:`~drafter.grammar.HALTED`: 六街镇政府与区教体局达成一致，六街中学项目建设不再实施, hd65a): the
    reason it gave then, which the clerk may say again or say what changed — named, not written a second time into the
    body, where it stands already as the section's account of the matter and is of its year. "" when none."""
    for item in (i for s in selection.sections for i in s.items if bureau_said(i, ws)):
        said = next((t for t in item.sentences or split_sentences(item.fact.text) if HALTED.search(t)), None)
        if said:
            return HALTED_NOTE.format(where=_citation(item).document(), said=said)
    return ""


def concern_reported(concern: str, selection: Selection, ws: Workspace) -> bool:
    """Whether the lead may name the ``concern`` (围绕…积极开展工作): a field (生态环境保护, 加强城市商业活力: the bureau's work in it
    is what part one reports), or a thing of one place (:func:`~.asks.names_a_place`: 完善仓觉村村民小组集体公墓) that the items say
    — its head (its last two characters, a Chinese noun's), half its words beyond the generic, or a thing of it by another name
    (:func:`~.synonyms.equivalents_said`: 敬老院 of 老年照护, hd38a); else the lead says the work without it (hd51a)."""
    if not names_a_place(concern):
        return True
    words = bigrams(concern) - GENERIC
    said = "".join(s for section in selection.sections for item in section.items for s in (item.sentences or [item.fact.text]))
    return (not words or concern[-2:] in said or 2 * len(words & bigrams(said)) >= len(words)
            or bool(equivalents_said(concern, said, ws)))


BODY_KINDS = (OPENING, HEADING1, HEADING2, BODY, CLOSING)


def body_length(reply: Reply) -> int:
    """Characters of the body, opening to closing, blanks not counted (how a reply is measured)."""
    return sum(len(SPACE.sub("", b.text)) for b in reply.blocks if b.kind in BODY_KINDS)


def trim(selection: Selection, over_max: bool = False, areas: list[str] = (), quoted: list[Item] = ()) -> int:
    """Shorten the selection by one step: the characters it took away (about), 0 when nothing
    more can go. In order: an area's (a district's) example, a plan's second sentence (what was
    done weighs more than what is planned), a third or later sentence of the longest item, an item of a section with more than two, a plan beyond the third (a draft
    without asks: with asks part two keeps one item per ask), a second sentence, then (only
    above the maximum) a plan beyond the first or a section's second item. The ``quoted`` plans'
    sentences are in a comment, not the text: cutting them shortens nothing."""
    items = [i for s in selection.sections for i in s.items]
    said = [p for p in selection.plans if all(p is not q for q in quoted)]  # plans whose sentences are in the text

    def size(item: Item) -> int:  # what dropping it takes away: what it says, its claims with it
        return len(said_by([item])) + 2

    for section in selection.sections:
        example = next((i for i in section.items if i.fact.jurisdiction in areas), None)
        if example is not None:
            section.items.remove(example)
            return size(example)

    def body(item: Item) -> list[str]:
        sentences = item.sentences or []
        return sentences[1:] if has_lead(sentences) else sentences

    def drop_sentence(minimum: int, among: list[Item] | None = None) -> int:
        long = [i for i in (items + said if among is None else among) if len(body(i)) > minimum]
        if not long:
            return 0
        item = max(long, key=lambda i: (sum(len(s) for s in body(i)), i.fact.id))
        # the last sentence stating no figure (results are what a reply reports), else the last
        rest = body(item)[minimum:]
        plain = [s for s in rest if not DIGIT.search(NAME.sub("", s))]
        last = plain[-1] if plain else body(item)[-1]
        item.sentences.remove(last)
        return len(last)

    def drop_item(minimum: int) -> int:
        crowded = [s for s in selection.sections if len(s.items) > minimum]
        if not crowded:
            return 0
        section = max(crowded, key=lambda s: len(s.items))
        weakest = min(section.items, key=lambda i: (i.score, i.fact.id))
        section.items.remove(weakest)
        return size(weakest)

    def drop_plan(minimum: int) -> int:
        """The last plan whose ask, section or co-handler keeps another (or that answers none of
        them): the only plan of one would leave a placeholder saying the base holds no plan there."""
        if len(selection.plans) <= minimum or (selection.asks and not over_max):
            return 0
        served = Counter((p.ask, p.section, p.part) for p in selection.plans)
        spare = [p for p in selection.plans
                 if p.ask is p.section is p.part is None or served[p.ask, p.section, p.part] > 1]
        if not spare:
            return 0
        selection.plans.remove(spare[-1])
        return size(spare[-1])

    cut = drop_sentence(1, said) or drop_sentence(2) or drop_item(2) or drop_plan(3) or drop_sentence(1)
    if cut or not over_max:
        return cut
    return drop_plan(1) or drop_item(1)


def copied_to(ws: Workspace, suggestion: Suggestion, copied: bool, given: list[list[str]] | None = None) -> list[list[str]] | None:
    """The 抄送 groups of the lead unit's reply (a 会办/协办意见 has none: it goes to the lead unit, which
    merges it into the one reply): ``given`` (a higher level's, :func:`~.form.cc_of_level`), else drafter.yaml's for its kind (``cc``), then, when ``cc_co_handlers``
    is on, its co-handlers as a group of their own, named as the clerk typed them, each once (one
    already copied under another of its names is not added again). None when there is nothing to copy
    (the template's placeholder); no configured groups but co-handlers: the placeholder first, then theirs.
    Not ``copied`` (the bureau's replies copy to none, :attr:`~.form.SignOff.copied`): its co-handlers alone."""
    groups = [list(g) for g in given or ws.cc.get(cc_kind(suggestion.proposal)) or [] if copied]
    if ws.cc_co_handlers:
        added: list[str] = []
        for unit in (u.strip() for u in suggestion.co_handlers):
            if unit and not unit_in([*(u for g in groups for u in g), *added], unit):
                added.append(unit)
        if added:
            groups = (groups or [[placeholder_text(LABELS["cc_groups"])]] * copied) + [added]
    return groups or None


# The 抄送 drafter init wrote into drafter.yaml, no reply of the bureau's in the base to tell them by.
CC_GUESS_NOTE = ("抄送单位是 drafter init 预填的常见写法（drafter.yaml 的 cc），事实库中没有本单位以往的答复可作对照：请按本地实际核实，"
                 "在 drafter.yaml 中改正后重新起草，或直接在稿中修改")
HANDLING_GAP = "办理工作开展情况（领办领导，研究部署的会议及时间，与代表沟通、面商的时间和方式）"
HANDLING_NOTE = "本单位以往的答复（{reply}）以“{heading}”开头，写明办理过程：请据实填写本件的办理情况；不写的，连同标题删去"


def _compose(ws: Workspace, suggestion: Suggestion, selection: Selection, today: dt.date, index, habits: Habits) -> Reply:
    wording = Wording.of(ws)
    main = suggestion.role == "主办"
    code = suggestion.reply_class
    co = suggestion.co_handlers
    owed, remits = zip(*(_section_owed(s, selection, ws, suggestion) for s in selection.sections)) if selection.sections else ((), ())
    # said inside a sentence: what the work is about (围绕…，在…方面) and what goes on (将继续…，重点…)
    # (or the one ask's, where the text asks what the title does not say: :attr:`~.asks.Ask.untitled`, hd60a)
    topic = ws.in_own_words(selection.asks[0].phrase if len(selection.asks) == 1 and selection.asks[0].untitled
                            else short_topic(suggestion.title))
    # (a town the title's matter names, 完善唐村镇居家及社区老年照护体系, that no fact told names: the work told is the place's in
    # the field, not the town's — 围绕完善居家及社区老年照护体系; the title quoted and the asks keep the town, hd38a; not a site's
    # works, 维修坡脚镇桐子林至上弯腰树道路, which the town places)
    town = town_named(topic)
    if town and not ws.is_own(town) and not site_of(suggestion.title, suggestion.text) and not any(town in "".join(i.sentences or [i.fact.text]) for i in (
            *(i for s in selection.sections for i in s.items), *([selection.overview] if selection.overview else []))):
        topic = without_town(topic)
    about = concern_matter(topic)
    # who should act is no matter worked on, nor is one a clause of which is longer than a heading may be (围绕解决八寨镇
    # 夹马石村委会…公路硬化积极开展工作, hd17 D7): said as 您所提建议, or not at all
    told = not ACTOR_LED.match(about) and all(len(c) <= MAX_PHRASE for c in about.split("、"))
    reported = any(s.items for s in selection.sections)  # part one holds some work of the base's
    # …and some of the freshness window: else its lead claims no 成效, over old material to update and placeholders (hd65a)
    results = any(not i.stale for s in selection.sections for i in s.items)
    # part two holds some plan of the bureau's (not another unit's project it supports: 据与市林业局对接，该局正谋划…, hd34c)
    planned = any(p.part is None and not heard_plan_unit(p.fact.text, ws) for p in selection.plans)
    signs = habits.sign_offs[suggestion.proposal]
    above = session_above(suggestion.session, ws) if main else None
    # (an item of a session above: the 抄送 drafter init would guess at its level, put for drafter.yaml's where that is the guess)
    above_cc = cc_of_level(ws, suggestion.proposal, above.removesuffix("级")) if above else None  # (市级: 市)
    raised = above_cc if above and cc_guessed(ws, suggestion.proposal) else None
    context = dict(
        number=suggestion.number, title=nested_quotes(f"《{suggestion.title}》", "《》〈〉")[1:-1],  # (put in 《》)
        deputy=addressed_name(suggestion.deputy),
        session=suggestion.session, proposal=suggestion.proposal, role=suggestion.role,
        lead=suggestion.lead, co_handlers=suggestion.co_handlers, self_name=ws.self_name, work=ws.work,
        class_code=code, status=class_status(ws.classes[code]) if code else None,
        closing=habits.closing,  # the status as the class has it, or only thanks (:func:`~.form.reply_closing`)
        title_head=habits.title_head,  # 对 or 关于, as the bureau's titles open (:func:`~.form.title_head`)
        title_end=habits.title_ends[suggestion.proposal],  # …建议案答复的函, as they end (:func:`~.form.title_end`), or None
        opening_thanks=habits.opening == THANKS,  # whether the opening thanks, as the bureau's own replies' do
        in_session=habits.in_session, hosted=habits.hosted,  # …names the session, says 由我局主办, as theirs do
        honoured=habits.honoured,  # whether the addressee line opens on 尊敬的, as theirs do (:func:`~.form.salutation_habit`)
        signatory=ws.signatory, contact=ws.contact, phone=ws.phone,
        contact_label=signs.label,  # 联系人, or 承办人/经办人 as the bureau's replies name their clerk (:func:`~.form.sign_off`)
        disclosure=ws.disclosure, cc_groups=copied_to(ws, suggestion, signs.copied, raised) if main else None,
        collective=is_collective(suggestion.deputy), you=habits.you(suggestion.deputy),
        signed_with=signed_with(suggestion.deputy, suggestion.text),  # 您和刘磊等10位委员提出的 (:func:`~.suggestion.signed_with`)
        concern=about if told else "", carry_on=carried_on(topic, going=reported or planned) if told else None,
        purpose=ws.in_own_words(topic_purpose(suggestion.title)) if told else "",  # what the work serves (赋能我市…)
        asks=[a for a in areas_of(selection) if not same_area(a, about)],  # the topic's own area is not listed again
        shared=shared_areas(selection),
        # nothing left to another unit or to the clerk: a remit (asked for or said) is no solved matter
        complete=selection.complete and not any(owed) and not any(remits),
        # (C) the class means solving later too and every ask is the bureau's own, none in another unit's field or remit: the
        # closing says the work goes on until it is solved, not that the item is kept for reference (hd45c: 林荫北路's works)
        later=bool(code) and bool(SOLVED_LATER.search(ws.classes[code])) and not any(remits)
        and not any(s.owner for s in selection.sections),
        reported=reported, results=results, planned=planned,
        partnered=partnered(selection, co, remits),  # another unit works on it: the closing may say 会同有关部门
        measures_said=planned,  # …saying a measure of it (both narrowed below)
        unpledged_goal=False,  # the title a goal alone the bureau pledged nothing on: part two's lead-in the neutral one
    )
    # the opening in the words the bureau's replies open alike with (a co-handled item's names its co-handlers: the template's)
    opened = habits.opened[suggestion.proposal]
    context["opened"] = opening_said(opened, context["you"], suggestion.session, context["title"],
                                     suggestion.number, context["signed_with"]) if opened and not co else None
    if context["opened"]:  # the closing thanks 再次 only after an opening that thanked (…收悉，经研究，现将办理情况答复如下 did not)
        context["opening_thanks"] = "感谢" in context["opened"]

    def block(kind_: str, template: str) -> ReplyBlock:
        return ReplyBlock(kind_, wording.spans(template, **context))

    blocks = [
        ReplyBlock(LETTERHEAD, [Span(ws.name)]),
        ReplyBlock(DOC_NUMBER, doc_number(suggestion, habits.numbered[suggestion.proposal], habits.replies)),
    ]
    if main or code:  # a 会办/协办意见 bears a class only when given one (咸宁市科技局's 会办意见 is marked B)
        blocks.append(block(CLASS_MARK, "class_mark"))
    blocks += [block(TITLE, "title"), block(ADDRESSEE, "addressee"), block(OPENING, "opening")]

    site = site_of(suggestion.title, suggestion.text) if main else None  # works asked on one site: no section per ask
    handling = habits.handling if main else None  # the bureau's replies open on how the item was handled
    handling_heading = item_said(handling.heading, suggestion.proposal) if handling and handling.heading else ""
    if handling_heading:
        blocks.append(ReplyBlock(HEADING1, wording.spans("part_handling", **context, heading=handling_heading)))
    if handling:  # …as they tell it (their words, this year's particulars to fill), else a placeholder under their heading
        blocks.append(ReplyBlock(BODY, handling_spans(handling.said, ws.self_name, context["you"], suggestion.proposal,
                                                      handling.reply.label(), handling_heading) if handling.said else
                                 [Span(placeholder_text(HANDLING_GAP), PLACEHOLDER,
                                       note=HANDLING_NOTE.format(heading=handling.heading, reply=handling.reply.label()))]))
    # a site's reply of the class that explains why not (C): a few paragraphs under no heading, as such replies are;
    # any site's so where the bureau writes plain (draft.form, or its replies: hd25a, a clerk's plain was ignored) — but
    # not after a handling part: the answer is a part of its own, numbered on (镇康's 一、办理工作开展情况 had no 二、, hd34a)
    parted = bool(handling and handling.heading)
    bare = bool(site) and not parted and ((code is not None and class_status(ws.classes[code]) == REFERENCE)
                                          or habits.form == PLAIN)
    context["handled"] = bool(site) and not bare  # a site's reply in parts: 二、建议办理情况 between them (rv41, rv42)
    # a plain reply (:mod:`.form`) is paragraphs under no heading: each section's a paragraph 一是…, the plans one of their own
    plain = main and not site and not parted and habits.form == PLAIN
    # a 会办/协办意见 is no reply in parts either: numbered points (1.…2.…), then its next steps, as 咸宁市科技局's are
    headed = main and not bare and not plain
    # one section per ask, its plan inside, where the bureau writes so (:mod:`.form`): parts composed, then regrouped
    per_ask = main and not site and bool(selection.sections) and habits.form == PER_ASK
    runs: list[tuple[int, Section, int, int]] = []  # part one's sections: (index, section, first block, end)
    if headed:
        blocks.append(block(HEADING1, "part_done"))
    done_at = len(blocks) - (1 if headed else 0)  # what part one's notes are on: its heading, or its first paragraph
    item_kind = item_word(suggestion.proposal)  # how the notes and warnings name the item: 提案 or 建议
    title_only = not suggestion.text
    title_note = (TITLE_ONLY_NOTE if selection.sections else TITLE_ONLY_UNUSED_NOTE if selection.gap_note
                  else TITLE_ONLY_EMPTY_NOTE).format(kind=item_kind)  # (the text gives each ask its place)
    newest = newest_source(selection)
    newer = (newest, said_in(index, newest))  # what an older item's flag says of the newest source
    earlier = answered_before(index, suggestion, today.year) if index is not None else None
    again = ANSWERED_NOTE.format(item=item_name(suggestion.number, suggestion.proposal),
                                 reply=earlier.label(), date=f"，{earlier.date}" if earlier.date else "") if earlier else ""
    left = LEAD_ASKS_NOTE.format(asks="、".join(f"“{a}”" for a in selection.lead_asks), lead=suggestion.lead) if selection.lead_asks else ""
    more = (LEFT_ASKS_WARNING.format(most=MAX_SECTIONS) + "、".join(f"“{a}”" for a in selection.left_asks)
            if selection.left_asks else "")
    notes = [again] * bool(again) + [title_note] * title_only + [left] * bool(left) + [more] * bool(more)
    dated_at = len(notes) - bool(left) - bool(more)  # (the note on old material, once part one is written: dated below)
    # (unit, point) a remit has said or asked for → (higher, asked: a placeholder, the unit asked or None), in order
    stated: dict[tuple[str, str], tuple[bool, bool, str | None]] = {}
    usual = usual_answer(index, suggestion, ws, today, site) if site and index is not None else None
    if site:
        blocks += _site_blocks(site, selection, remits, ws, today, wording, context, stated, usual)
    else:
        if selection.overview:  # a source's own overview of the work on the topic (近年来，…)
            item = selection.overview
            blocks.append(ReplyBlock(BODY, _fact_spans(item, ws, today, co=co), [_citation(item)]))
        elif main and not per_ask and (context["reported"] or (plain and bool(selection.sections))):
            # 近年来，我局立足工作职责，围绕<the concern>…; none over gaps alone, but where no heading stands between the
            # opening and the first placeholder (a plain reply went from 现答复如下： to 一是【待补充…】, hd25a): there the
            # matter's present state to write, no claim of work no paragraph reports (积极开展工作 unverifiable, hd32c, hd46a)
            if context["reported"]:
                if own_work_reported(selection, ws, today):
                    told_about = context["concern"] if concern_reported(context["concern"], selection, ws) else ""
                    blocks.append(ReplyBlock(BODY, wording.spans("concern", **{**context, "concern": told_about})))
            else:
                matter = PRESENT_STATE.format(matter=context["concern"] or "所提事项")
                blocks.append(ReplyBlock(BODY, [Span(placeholder_text(matter), PLACEHOLDER)]))
                notes.append(PRESENT_STATE_NOTE)
        if selection.sections:
            ahead = []  # each section's slots: whose work the points not ours are, a remit each…
            for n, section in enumerate(selection.sections):
                part_of = section.asked if section.gap else None  # (a co-handler's part only)
                slots = [said for remit in remits[n] for said in [remit_spans([remit], wording, context, stated, part_of)] if said]
                if section.gap:  # a placeholder itself: an item per point it asks for, before the remits
                    headless = main and not per_ask and len(selection.sections) == 1 and not selection.co_gaps  # (its part's alone)
                    slots = [*gap_items(section, selection.ask_of(section), wording, context, ws, headless), *slots]
                ahead.append(slots)
            asked_of = {m.group(1) for slots in ahead for slot in slots for s in slot if (m := PROVIDED.match(s.text))}
            placed = co_handlers_placed(selection, asked_of, ws)
            for n, section in enumerate(selection.sections):
                theirs = [asked_part(unit, aspect(unit_point(unit, section, selection)), wording, context, note)
                          for unit, note in placed.get(n, [])]
                also = owed_phrase(owed[n], selection.ask_of(section)) if owed[n] else ""
                start = len(blocks)
                made = dict(co=co, slots=ahead[n], theirs=theirs, newer=newer, also=also, point=not main, plain=plain)
                blocks += _section_blocks(n, section, ws, today, **made, bare=per_ask)
                runs.append((n, section, start, len(blocks)))
        else:
            blocks.append(ReplyBlock(BODY, [Span(placeholder_text(MISSING_DONE), PLACEHOLDER, note=selection.gap_note)]))
        # a co-handler a section's point asks already (支持高校学生创新创业 of 市教育局) has its part there (hd5)
        co_gaps = [u for u in selection.co_gaps if not any(
            (m := PROVIDED.match(s.text)) and m.group(1) == u for b in blocks for s in b.spans if s.kind == PLACEHOLDER)]
        room = co_room(len(selection.sections))
        if len(co_gaps) == 1 and selection.sections and len(selection.sections) + 1 <= room:
            # a co-handler's part the base lacks, no ask's section taking it, is a section of its own, not a paragraph under
            # the last heading; several share one (hd42c: not an empty section each)
            unit, n = co_gaps[0], len(selection.sections)
            theirs_part = Section(None, [], gap=True, part=unit, gap_note=CO_PART_NOTE.format(units=unit, heading=HEADED))
            start = len(blocks)
            theirs = [co_part(unit, wording, context, theirs_part.gap_note)]
            blocks += _section_blocks(n, theirs_part, ws, today, slots=theirs, point=not main, bare=per_ask, plain=plain)
            runs.append((n, theirs_part, start, len(blocks)))
        elif selection.sections and len(co_gaps) > 1 and len(selection.sections) < room:
            # no room for one each: one section of theirs, an item per unit (hd5: four stood under 劳动者权益)
            theirs = [co_part(unit, wording, context, CO_PART_NOTE.format(units="、".join(co_gaps), heading=HEADED) if not k else None)
                      for k, unit in enumerate(co_gaps)]
            theirs_part, start = Section(None, [], gap=True), len(blocks)
            blocks += _section_blocks(len(selection.sections), theirs_part, ws, today, slots=theirs, point=not main, bare=per_ask,
                                      plain=plain, apart=True)
            runs.append((len(selection.sections), theirs_part, start, len(blocks)))
        else:  # no room for their sections (or no section at all): a paragraph each, every unit asked on its own
            blocks += [ReplyBlock(BODY, co_part(unit, wording, context, CO_PART_NOTE.format(units=unit, heading="")))
                       for unit in co_gaps]
        if len(runs) == 1 and main and not per_ask:  # a part of one section: its items follow the part's lead-in, no （一）
            n, section, start, end = runs[0]  # heading over them (as a section of one item has no 一是)
            blocks[start:end] = _section_blocks(n, section, ws, today, **made, alone=True)
    points = [k for k, b in enumerate(blocks) if not main and b.spans and b.spans[0].kind == LEAD
              and POINT_NUMBER.match(b.spans[0].text)]
    if len(points) == 1:  # a 会办意见 of one point is not numbered (one 1. with no 2. reads as a list cut short)
        first, *rest = blocks[points[0]].spans
        named = POINT_NUMBER.sub("", first.text)  # (its heading a placeholder: the number was all of it)
        if named and rest and rest[0].kind == PLACEHOLDER:
            # (the ask's own words over no material, 更改…商业铺面出入口。, said bare read as the bureau's position: said as
            # the deputy's, hd36a)
            named = ASKED_POINT.format(item=item_kind, ask=named.rstrip("。"))
        blocks[points[0]] = replace(blocks[points[0]], spans=[replace(first, text=named)] * bool(named) + rest)

    flagged = marked_to_update(blocks[done_at:])  # (part one's)
    dated = None if year_reported(selection, today) else old_material(newest, today, ws.old_figures == "frame", flagged,
                                                                     newest_held(index, newest, today, _on_asks(selection, ws)))
    notes[dated_at:dated_at] = [dated] * bool(dated)
    if notes:  # said in the draft too, on its part one (its heading, or its first paragraph), not only by the command
        first = blocks[done_at].spans[0]
        blocks[done_at].spans[0] = noted(first, *notes, first.note)
    asked = {point for points in owed for point in points}  # the points part one asks the clerk for
    # a C-class reply's reason it cannot be done yet: the clerk's to write, its comment saying what
    reason = ReplyBlock(BODY, [replace(s, note=s.note or REASON_NOTE + halted_before(selection, ws)) if s.kind == PLACEHOLDER else s
                               for s in wording.spans("reason", **context)])
    reason_at = len(blocks) if any(s.text.strip() for s in reason.spans) else None
    if reason_at is not None:
        blocks.append(_usual_reason(usual, ws, today, context) if usual and usual.reasons else reason)
    if headed:
        blocks.append(block(HEADING1, "part_next"))
    next_at = len(blocks)  # part two's paragraphs from here
    plan = plan_year(today)  # the year part two plans for
    # (a matter not said in the lead-in is not asked for by name either: 【待补充：下一步工作计划】)
    steps = [] if site else selection.steps() if selection.asks else facet_steps(selection, about if told else "", wording, ws, plan)
    own_gaps = _own_plan_gaps(selection)
    # part two's lead-in says the title's matter as the bureau's step, but a goal it sets (实现…全覆盖, 达到…, 建成…) only over a
    # plan of the bureau's on the asks or a class saying them solved (A): else it promised what the bureau has not decided
    # (下一步我局将实现偏远村居港湾式公交车站点全覆盖, its real reply promising no such coverage, hd62a) — the work the title asks
    # said alone, or, the title a goal alone, the neutral lead-in (``unpledged_goal``)
    aimed = topic if planned or context["status"] == SOLVED else unreached(topic)
    led = context if aimed == topic else {**context, "unpledged_goal": not aimed,
                                          "carry_on": carried_on(aimed, going=reported or planned) if told else None,
                                          "concern": concern_matter(aimed) if told else ""}
    # (a title asking a grant, 免高速费, over no work nor plan of the bureau's: no work it promises around it, as a C class's
    # lead-in names none, hd58a)
    granted = not (reported or planned) and asks_grant(topic, ws)
    unsaid = {**led, "carry_on": None, "concern": ""}  # (the lead-in said over no matter)
    lead_in = wording.spans("next_step", **(unsaid if granted else led))
    if not (reported or planned):  # the title's ask said as the bureau's step: a promise to confirm
        lead_in = asked_lead(lead_in, led["carry_on"], plan, item_kind)
    if selection.co_plan_gaps and not site:
        lead_in = [*lead_in[:-1], _co_plans_noted(lead_in[-1], selection)]
    blocks.append(_site_next(site, selection, ws, today, wording, context, usual) if site else ReplyBlock(BODY, lead_in))
    # how part two's items without this year's plan are said: "asked" (the suggestion's measures, asked_plan),
    # "standing" (part one's practice, standing_item), "stub" (last year's plan by its lead alone, plan_stub),
    # "earlier" (last year's plan's sentence, earlier_plan)
    said_how: Counter = Counter()
    plan_years: dict[str, set[int]] = {}  # the years of the earlier plans said so ("stub", "earlier")
    measures = 0  # part two's items saying a measure of the bureau's
    current = 0  # …of its plan of the year planned for, as it stands (no mark asks whether it still is)
    in_text = ws.asked_measures == "text"
    answering = {s.ask: s for s in selection.sections if s.ask is not None and s.items and not s.gap}  # part one's, by ask
    declining = context["status"] == REFERENCE  # (C) an ask's own words are no next step: they would promise it
    works = [0] * len(steps)  # the items after each step for the works its ask names (:func:`_work_items`)
    worked: set[int] = set()  # the asks whose works have their items
    told: dict[int | None, str] = {}  # what each ask's steps say: a work any of them says is no item of its own
    placed_asks: set[int] = set()  # the asks to put a matter into a plan whose plan's state is seen to: said, or asked (:func:`plan_state_gap`)
    restated = False  # whether part two's lone item, on the lead-in's matter, is its placeholder alone (:func:`restated_gap`)
    for step in steps:
        if isinstance(step, Item):
            told[step.ask] = told.get(step.ask, "") + "".join(step.sentences or [step.fact.text])

    def add_works(n: int, ask, key: int | None, said: list[Span]) -> None:
        """The items after step ``n`` for the works its ``ask`` names (once an ask, not when declining)."""
        if ask is not None and not declining and key not in worked:
            worked.add(key)
            works[n] = len(added := _work_items(ask, "".join(s.text for s in said) + told.get(key, ""), plan))
            blocks.extend(ReplyBlock(BODY, [lead, *item]) for item in added)

    for n, step in enumerate(steps):
        lead = Span(f"（{cn_numeral(n + 1)}）")
        if isinstance(step, str):  # an ask the base holds no plan for: its heading as a next step, or the gap alone
            section = own_gaps.get(step)
            ask = selection.ask_of(section) if section else None
            older = selection.old_plans.get(section.ask) if section else None  # the bureau's older plan there, quoted
            # (the mark of an ask the base names another unit doing, or in its field: its note says whose, hd67a, hd71b)
            doer = next((s for s in selection.sections if s.theirs and selection.plan_gaps.get(s.ask) == step), None)
            gap = [Span(step, PLACEHOLDER, note=(DOER_PLAN_NOTE if doer.inferred else FIELD_PLAN_NOTE).format(unit=doer.owner),
                        group=DOER_GROUP) if doer
                   else Span(step, PLACEHOLDER, note=older_noted(PLAN_GAP_NOTE, older, plan))]
            if declining:  # (C) no lead of the ask's words; a practice running on commits to nothing new
                carried = running_practice(section, plan, ask.phrase) if section else None
                worded = (practice_item(carried, None, wording, plan, older) if carried else None) or gap
            elif section and len(selection.asks) == 1 and (placed := put_in(ask.phrase)):  # (the plan's state to settle, hd70b)
                worded = plan_state_gap(placed, ws, plan, proposed(ask, ws), older)
            else:
                worded = (worded_plan_gap(section, wording, ws, plan, ask.phrase, proposed(ask, ws), in_text, ask_keys(ask),
                                          older) if section else gap)
                if section and len(steps) == 1 and not ask.named_works and _restates_the_lead_in(worded, context, ws):
                    worded, restated = restated_gap(section.heading, wording, ws, plan, proposed(ask, ws), older), True
            how = _how_said(worded, plan)
            said_how[how] += how in ("asked", "standing")  # no plan at all: no last year's to speak of
            blocks.append(ReplyBlock(BODY, [lead, *worded]))
            add_works(n, ask, section.ask if section else None, worded)
            continue
        if isinstance(step, list):  # a section the base holds no plan for, worded (plan_gap)
            blocks.append(ReplyBlock(BODY, [lead, *step]))
            continue
        asks = proposed(selection.ask_of(step), ws)  # what its ask proposes: material in its comment
        stub = (plan_stub(step, wording, ws, today, answering.get(step.ask), asks, in_text)
                if stubbed(step, ws, today) and not step.running
                else None)
        # (a stub is the plan's lead and 【待补充：具体举措】, no measure said; unless it carries part one's practice on as text)
        measures += step.part is None and not (stub and any(s.kind == PLACEHOLDER for s in stub))
        current += step.part is None and not stub and step.year is not None and not earlier_year(step, today)
        spans = [lead, *(running_plan(step, _plan_spans(step, ws, today, co), today) if step.running
                         else stub or earlier_plan(step, _plan_spans(step, ws, today, co), today, asks))]
        if not step.running and (stub or earlier_year(step, today)):
            how = _how_said(stub, plan) if stub else "earlier"
            said_how[how] += 1
            plan_years.setdefault(how, set()).add(step.year)
        owes, elsewhere = split_remits(_owed_plan(step, selection), ws, co)
        owes = [o for o in owes if o not in asked]  # a point part one asks for is asked once
        spans += remit_spans(elsewhere, wording, context, stated)  # said once in the draft
        owed = owed_ask(owed_phrase(owes, selection.ask_of(step)), OWED_STEPS) if owes else None
        if owed and spans[-1].kind == PLACEHOLDER:  # the item is a gap already: one mark, its comment naming the points
            spans[-1] = noted(spans[-1], spans[-1].note, OWED_IN_GAP_NOTE.format(owed=owed))
        elif owed:  # after the item's last sentence, in its run of text, as part one's
            spans.append(Span(placeholder_text(owed), PLACEHOLDER, note=OWED_PLAN_NOTE))
        placed = put_in(selection.ask_of(step).phrase) if step.ask is not None and step.ask not in placed_asks else None
        if placed:  # (its plan's state, once an ask, after its plan: hd70b)
            placed_asks.add(step.ask)
            if not plan_state_said(placed, selection):
                spans += plan_state_gap(placed, ws, plan, planned=True)
        blocks.append(ReplyBlock(BODY, spans, [_citation(step)]))
        add_works(n, selection.ask_of(step), step.ask, spans)
    if not steps and not site:
        blocks.append(ReplyBlock(BODY, [Span(placeholder_text(MISSING_PLAN), PLACEHOLDER, note=MISSING_PLAN_NOTE)]))
    # the co-handlers' part, asked for in part one or holding their work from the base: their next steps
    # too (the base holds none of theirs), as the last item (unless asked already)
    theirs = [p for p in selection.plans if p.part and p.ask is None]  # a co-handler's plans: its item
    for step in theirs:
        spans = [Span("（一）"), *earlier_plan(step, _plan_spans(step, ws, today, co), today)]
        blocks.append(ReplyBlock(BODY, spans, [_citation(step)]))
    labelled = [k for k in range(next_at + 1, len(blocks)) if blocks[k].spans and ITEM_LABEL.match(blocks[k].spans[0].text)]
    for n, k in enumerate(labelled, 1):  # numbered in turn, the works' items among them
        blocks[k] = replace(blocks[k], spans=[Span(f"（{cn_numeral(n)}）"), *blocks[k].spans[1:]])

    if per_ask:  # each ask's plan into its section, the parts' headings and lead-ins gone
        plans_of = [(n, None) for n, k in zip(_step_sections(steps, selection, own_gaps), works) for _ in range(1 + k)] + [
            (next((n for n, s, *_ in runs if s.part == p.part), None), p.part) for p in theirs]
        blocks, done_at = _per_ask_blocks(blocks, runs, dict(zip(labelled, plans_of)), {done_at, next_at - 1, next_at},
                                          wording, context, habits.replies, suggestion.proposal, ws, reason_at)
        next_at = len(blocks)
    listed = ["".join(s.text for s in b.spans[1:]) for b in blocks[next_at + 1:] if b.spans and ITEM_LABEL.match(b.spans[0].text)]
    if listed and not site and (restated or _says_the_lead_in(listed, led, ws)):
        # (…将进一步加大对X扶持力度，重点做好以下工作： / 进一步加大对X扶持力度。: the title said twice, hd24c; …将继续发展非遗乡村康养游，
        # 重点做好以下工作： / （一）发展非遗乡村康养游。 / （二）推动少林游…: the first ask said twice, and as if the whole, hd43b;
        # …将加强A、增设B，重点做好以下工作： / （一）加强A。（二）增设B。: the asks the items list said before them, hd56a)
        blocks[next_at] = ReplyBlock(BODY, wording.spans("next_step", **unsaid))
    if not per_ask and _grant_alone(blocks[next_at + 1:]):  # (no 重点做好以下工作： over one view to write: 下一步，【待补充：…】)
        blocks[next_at:] = [ReplyBlock(BODY, wording.spans("ask_next", **context, view=True) + blocks[next_at + 1].spans[1:])]
    if main and not plain:
        items = [k for k in range(next_at + 1, len(blocks)) if blocks[k].spans and ITEM_LABEL.match(blocks[k].spans[0].text)]
        if len(items) == 1:  # one item alone is not numbered (a （一） with no （二） reads as a list cut short)
            blocks[items[0]] = replace(blocks[items[0]], spans=blocks[items[0]].spans[1:])
        blocks[next_at:] = [replace(b, spans=run_in(b.spans)) if b.kind == BODY else b for b in blocks[next_at:]]
    else:  # the lead-in, then its items 一是…二是…: a paragraph each (one alone runs on after it), all one in a plain reply
        lead_in, *items = blocks[next_at:]
        said = [([Span(f"{cn_numeral(k + 1)}是")] * (len(items) > 1) + b.spans[bool(ITEM_LABEL.match(b.spans[0].text)):],
                 b.citations) for k, b in enumerate(items)]
        blocks[next_at:] = ([ReplyBlock(BODY, lead_in.spans + [s for spans, _ in said for s in spans],
                                        [c for _, cites in said for c in cites])] if len(said) == 1 or plain
                            else [lead_in] + [ReplyBlock(BODY, spans, cites) for spans, cites in said])
    # 上述举措 are measures part two says: not its items' leads over 【待补充：具体举措】 (the leave-one-out 1288's, rv48);
    # 已列入工作计划 is this year's plan: not last year's said to confirm (…【待核实：2025年计划，是否仍列入2026年】)
    context["measures_said"] = context["measures_said"] and (bool(measures) or bool(site))
    context["planned"] = context["planned"] and (bool(current) or bool(site))
    thanks = habits.thanks[suggestion.proposal] if main and context["closing"] == THANKS and ws.reply_closing == AUTO else None
    other_kind = bool(thanks.proposal) if thanks and bool(thanks.proposal) != suggestion.proposal else None
    closing = (ReplyBlock(CLOSING, closing_spans(thanks.thanks, context["you"], thanks.label(), other_kind))
               if thanks else block(CLOSING, "closing"))  # the bureau's own closing words, where its replies share them
    if not thanks and context["later"] and context["status"] == REFERENCE and SHELVED.search(ws.classes[code]):
        # (C) the class means either: the closing says the work goes on, or only thanks as the bureau's replies do (hd54c);
        # the clerk chooses (hd48a: 铁岭's 妇婴医院 not built)
        note = LATER_OR_SHELVED_NOTE[context["closing"] == THANKS]
        closing = ReplyBlock(CLOSING, [replace(closing.spans[0], note=note.format(
            code=code, meaning=ws.classes[code], self_name=context["self_name"]))] + closing.spans[1:])
    blocks.append(closing)
    if signs.signed:  # (no leader's line where none of the bureau's replies has one)
        blocks.append(block(SIGNATURE, "signature"))
    blocks += [ReplyBlock(CONTACT, _hinted(to_spans(line), signs)) for line in wording.lines("contact", **context)]
    blocks.append(ReplyBlock(ISSUER, [Span(ws.name)]))
    date = chinese_date(suggestion.date) if suggestion.date else None
    sits = session_year(index.sources.values(), suggestion.session, ws) if index is not None else None
    said = sits.said(today.year, suggestion.session) if sits else ""
    cannot = bool(said) and sits.misdated(today.year)  # (else a question: the session sits in another year at one a year)
    misdated = said and said + (SESSION_YEAR_NOTE if cannot else SESSION_YEAR_QUESTION).format(
        year=today.year, last=today.year - 1)
    dated_span = _value_or_gap(date, "成文日期")
    blocks.append(ReplyBlock(DATE, [replace(dated_span, note=misdated or dated_span.note)]))
    if main:  # a 会办/协办意见 goes to the lead unit alone: no 附注 on publishing, no 抄送 (咸宁市科技局's have none)
        cc = block(CC, "cc")
        if not habits.replies and cc_guessed(ws, suggestion.proposal) and not raised:  # (hd50b: printed as if the bureau's own)
            cc = ReplyBlock(CC, [replace(cc.spans[0], note=CC_GUESS_NOTE)] + cc.spans[1:])
        blocks += [block(NOTE, "note")] + [cc] * bool(signs.copied or context["cc_groups"])
    below = session_below(suggestion.session, ws) if main else None
    own_word = ws.own_place_word() or ws.jurisdiction
    if below:  # another place's item: its 抄送 and its own place's name are that place's, not as the bureau's are written
        note = SESSION_BELOW_NOTE.format(place=below, session=suggestion.session, own=ws.jurisdiction, word=own_word)
        blocks = [_of_session(b, note, own_word) if b.kind in (OPENING, CLOSING, CC) else b for b in blocks]
    elif above:  # a higher level's item: its 抄送 that level's, the bureau's place (我区) still its own
        note = _above_note(suggestion, above, above_cc, bool(raised), ws)
        blocks = [_of_session(b, note) if b.kind == CC else b for b in blocks]
    blocks = _parts_numbered(blocks)
    asked = asked_of_units(blocks)
    if asked:  # on part one's heading too, after what is said there already
        heading = blocks[done_at].spans[0]
        blocks[done_at].spans[0] = noted(heading, heading.note, asked)

    facts_used: list[str] = []
    for b in blocks:
        for c in b.citations:
            if c.fact_id not in facts_used:
                facts_used.append(c.fact_id)
    warnings = list(selection.warnings)
    if unread := unread_warning(facts_used, index):
        warnings.append(unread)
    if site:  # no section nor item per ask: the site's own placeholders say what the clerk writes
        warnings = [w for w in warnings if not w.startswith((WORK_GAP_WARNING, NOTED_GAP_WARNING, UNDRAFTED_WARNING, ELSEWHERE_WARNING, PLAN_GAP_WARNING))]
        warnings.append(SITE_WARNING.format(site=site))
    for how, warning in (("asked", ASKED_PLAN_WARNING), ("standing", STANDING_WARNING), ("stub", NO_PLAN_WARNING),
                         ("earlier", EARLIER_PLAN_WARNING)):
        if said_how[how]:
            warnings.append(warning.format(year=plan, n=said_how[how], last=years_said(plan_years.get(how, ()), today)))
    if title_only:
        warnings.append(title_note)
    if main and not code:
        warnings.append(NO_CLASS_WARNING.format(classes="、".join(ws.classes)))
    elif (code and class_status(ws.classes[code]) == SOLVED and not any(s.items for s in selection.sections)
          and selection.overview is None):
        warnings.append(UNSUPPORTED_CLASS_WARNING.format(code=code, meaning=ws.classes[code]))
    if dated:
        warnings.append(dated)
    if below:
        warnings.append(SESSION_BELOW_WARNING.format(session=suggestion.session, place=below, own=ws.jurisdiction))
    if other := other_proposer(suggestion.deputy, suggestion.text):
        warnings.append(OTHER_PROPOSER_WARNING.format(kind=item_kind, label=other[0],
                                                      named=other[1], given=suggestion.deputy))
    if left:
        warnings.append(left)
    if again:
        warnings.insert(0, again)
    if misdated:  # (first where the date cannot be; a question last)
        warnings.insert(0 if cannot else len(warnings), misdated)
    said: dict[tuple, list[str]] = {}
    for (u, p), h in stated.items():
        said.setdefault((u, h), []).append(p)
    for (unit, how), points in said.items():
        higher, asked, who = how
        power = "事权" if higher else "职责"
        ask = _ask_unit(who, co) if who else ""
        done = "答复中已用一句话写明，请核实" if not asked else (
            f"答复中已留待补充本地开展的工作{ask}" if higher else f"答复中已留待其提供的内容{ask}" if who
            else f"答复中{CONSULT_SAID.format(unit=unit)}")  # (the bureau's own: remit.j2's consult, the field's unit)
        warnings.append(f"建议所提{'、'.join(points)}属{unit}{power}（按本局设置的名单），{done}")
    # (a site's reply in parts has 二、建议办理情况 between: its plans are part three)
    form = PER_ASK if per_ask else PLAIN if plain or bare else THREE_PARTS if context["handled"] else PARTS
    if form != PARTS:  # (said of the parts: of the sections or paragraphs), and why the draft has no parts
        warnings = [in_form(w, form) for w in warnings]
        learned = [s.label() for s in habits.replies if s.form == form][:2]
        if learned and ws.reply_form == AUTO and not site:  # (a site's paragraphs have no 一是…二是…)
            warnings.append(FORM_WARNINGS[form].format(kind=item_kind, replies="、".join(learned)))
    if main and code and context["closing"] == THANKS and ws.reply_closing == AUTO:
        learned = [s.label() for s in habits.replies if s.closing == THANKS and s is not thanks]
        learned = ([thanks.label()] if thanks else []) + learned[:2 - bool(thanks)]
        warnings.append(THANKS_CLOSING_WARNING.format(replies="、".join(learned), words="和措辞" if thanks else ""))
    if signs.by:
        left = [(w, k) for w, k, gone in (("领导署名", "signatory", not signs.signed), ("抄送", "cc", not signs.copied)) if gone]
        prefilled = not signs.copied and cc_guessed(ws, suggestion.proposal)  # (the 抄送 left out is init's guess, not set)
        warnings.append(SIGN_OFF_WARNING.format(
            replies="、".join(s.label() for s in signs.by[:2]), label=signs.label,
            left=left and f"，不写{'、'.join(w for w, _ in left)}：要写的，在 drafter.yaml 中填写 {'、'.join(k for _, k in left)}"
            + ("（其中现有的抄送单位是新建工作区时预填的，未采用）" if prefilled else "")))
    return Reply(
        number=suggestion.number, blocks=blocks, role=suggestion.role,
        proposal=suggestion.proposal, reply_class=code, facts_used=facts_used,
        warnings=warnings,
        answered=(earlier.label() + (f"（{earlier.date}）" if earlier.date else "")) if earlier else None,
        as_of=today, form=form,
    )


PART_NUMERAL = lazy(r"^[一二三四五六七八九十]+、")
POINT_NUMBER = lazy(r"^\d+\.")  # a 会办意见's point (:func:`_section_blocks`): 1.加快中试验证平台建设。
ASKED_POINT = "针对{item}提出的“{ask}”，"  # a 会办意见's one point that is the ask's words


def _parts_numbered(blocks: list[ReplyBlock]) -> list[ReplyBlock]:
    """The part headings (一、基本情况…) numbered in their order, whatever numeral their templates wrote: a
    workspace's own part_next.j2 of before 二、建议办理情况 existed still follows it as 三、."""
    out, n = [], 0
    for b in blocks:
        if b.kind == HEADING1 and b.spans and PART_NUMERAL.match(b.spans[0].text):
            n += 1
            first = b.spans[0]
            b = replace(b, spans=[replace(first, text=PART_NUMERAL.sub(f"{cn_numeral(n)}、", first.text)), *b.spans[1:]])
        out.append(b)
    return out


# A draft one section per ask, or plain, because the bureau's own replies are so written (draft.form auto): which ones.
FORM_WARNINGS = {PER_ASK: "按本单位以往答复（{replies}等）的写法，{kind}所提每条单列一节，该条的下一步举措写在节内",
                 PLAIN: "按本单位以往答复（{replies}等）的写法，不分部分、不设小标题，以段落答复：所做工作以“一是…二是…”分段，"
                        "下一步举措另起一段"}
# A class C closing saying the work goes on (False), or only thanking as the bureau's replies do (True), where the class
# also means keeping for reference: the wordings to choose from.
LATER_OR_SHELVED_NOTE = {
    False: "{code}类的含义为“{meaning}”：结束语按本单位继续推进写作“待条件成熟后推进解决”；"
           "不拟推进的，请改为“{self_name}将留作参考，在今后工作中积极研究推进。”，并与正文所写的原因一致",
    True: "{code}类的含义为“{meaning}”：结束语按本单位以往答复的写法只致谢，不写办理状态；需写明的，继续推进的可写"
          "“{self_name}将积极争取，待条件成熟后推进解决”，不拟推进的可写“{self_name}将留作参考，在今后工作中积极研究推进。”，"
          "并与正文所写的原因一致"}
# A class given, the closing only thanks because the bureau's own replies close so (draft.closing auto): which ones.
THANKS_CLOSING_WARNING = "按本单位以往答复（{replies}等）的写法{words}，结束语只致谢，不写建议的办理状态（类型见文首）"
# The sign-off follows the bureau's own replies (:func:`~.form.sign_off`): which ones, and what it leaves out.
SIGN_OFF_WARNING = "按本单位以往答复（{replies}等）的写法，落款写“{label}”{left}"
# The clerk an earlier reply named, a hint on the contact's placeholder: people move, so it is never written as current.
CONTACT_HINT = "本单位以往的答复（{reply}，{date}）写的{what}是{value}：人员、电话可能已有变动，请核实后填写（常用的可写入 drafter.yaml 的 {key}）"


def _hinted(spans: list[Span], signs) -> list[Span]:
    """A contact line's ``spans`` (承办人：【待补充：承办人】), its placeholders noted with the clerk or phone the newest of the
    bureau's replies naming one named (:attr:`~.form.SignOff.hint`: 谢以凡, 82218902 of 2019-05-09, hd46a)."""
    hint = signs.hint
    if hint is None:
        return spans
    said = {placeholder_text(signs.label): (signs.label, hint.contact, "contact"),
            placeholder_text(LABELS["contact"]): (LABELS["contact"], hint.contact, "contact"),
            placeholder_text(LABELS["phone"]): (LABELS["phone"], hint.phone, "phone")}
    out = []
    for span in spans:
        what, value, key = said.get(span.text, (None, None, None)) if span.kind == PLACEHOLDER else (None, None, None)
        out.append(replace(span, note=CONTACT_HINT.format(reply=hint.label(), date=hint.date or hint.document_year(), what=what,
                                                          value=value, key=key)) if value else span)
    return out


# A next step that says already when or who (2026年，我委将…; 下一步，…): no lead-in of its own in a per-ask section.
NEXT_SAID = lazy(rf"^(?:{NEXT_OR_LATER}|今年|明年|年内|(?:19|20)\d{2}年|我们|我[{ORGAN_CHARS}市区县])")


def _step_sections(steps: list, selection: Selection, own_gaps: dict[str, Section]) -> list[int | None]:
    """The part-one section (its index) each of part two's ``steps`` answers: an ask's plan or placeholder, the section
    of that ask; a plan of a draft from the title alone, the section it was chosen for (:attr:`~.select.Item.section`),
    a worded placeholder (:func:`facet_steps`), the next such section with no plan; None for a plan of no ask."""
    sections = selection.sections
    planned = {s.section for s in steps if isinstance(s, Item)}
    pending = [j for j, s in enumerate(sections) if faceted(s) and j not in planned]
    out: list[int | None] = []
    for step in steps:
        if isinstance(step, Item):
            asked = next((j for j, s in enumerate(sections) if step.ask is not None and s.ask == step.ask), None)
            out.append(asked if asked is not None else step.section)
        elif isinstance(step, str):
            out.append(next((j for j, s in enumerate(sections) if s is own_gaps.get(step)), None))
        else:
            out.append(pending.pop(0) if pending else None)
    return out


def _per_ask_blocks(blocks: list[ReplyBlock], runs: list[tuple[int, Section, int, int]], plans: dict[int, tuple],
                    dropped: set[int], wording: Wording, context: dict, replies,
                    proposal: bool, ws: Workspace, reason_at: int | None = None) -> tuple[list[ReplyBlock], int]:
    """A reply in parts regrouped one section per ask (``draft.form``, :mod:`.form`): each part-one section (``runs``:
    its index, the section, its blocks' span) under a first-level head in the wording of the bureau's own ``replies``
    (一、关于“…”的建议, :func:`~.form.section_head`; the ask alone, the bureau's own head, in its own words as its placeholder and plan
    say it: 统一规划建设我市…, ``ws``), its items, then its plans (``plans``: a part-two block's index → the section it
    answers and the co-handler whose plan it is, or None) in one paragraph (:func:`_plan_paragraph`); the parts'
    headings and lead-ins (``dropped``) gone, their comments on the first head; what answers no section (a plan of no
    ask) after the last; a C reply's reason (``reason_at``) before the first, where such a reply says why, as the parts
    form says it before its plans. Its comments say the sections once the reply is finished (:func:`~.marks.finish`).
    The blocks, and the index of the first head (where part one's notes are)."""
    notes = [b.spans[0].note for k, b in enumerate(blocks) if k in dropped and b.kind == HEADING1 and b.spans[0].note]
    first = runs[0][2]
    ahead = {reason_at} - {None}
    out = [b for k, b in enumerate(blocks[:first]) if k not in dropped] + [blocks[k] for k in ahead]
    head_at = len(out)
    taken = {k for *_, start, end in runs for k in range(start, end)} | set(plans) | dropped | ahead
    for n, section, start, end in runs:
        name = section.heading and section_head(replies, section.heading, proposal)
        name = ws.in_own_words(name) if name and name == section.heading else name  # (关于…的建议 restates the deputy's words)
        head = ([Span("一、" + name)] if name else
                [Span("一、"), Span(provided_by(section.part, MISSING_HEADING), PLACEHOLDER)])
        out += [ReplyBlock(HEADING1, head), *blocks[start:end]]
        for unit in dict.fromkeys(u for j, u in plans.values() if j == n):  # the bureau's, then a co-handler's
            out.append(_plan_paragraph([blocks[k] for k, (j, u) in plans.items() if (j, u) == (n, unit)], wording, context, unit))
    out += [b for k, b in enumerate(blocks) if k >= first and k not in taken]
    for unit in dict.fromkeys(u for j, u in plans.values() if j is None):
        out.append(_plan_paragraph([blocks[k] for k, (j, u) in plans.items() if (j, u) == (None, unit)], wording, context, unit))
    if notes:
        said = out[head_at].spans[0]
        out[head_at].spans[0] = noted(said, *notes, said.note)
    return out, head_at


def _grant_alone(items: list[ReplyBlock]) -> bool:
    """True when part two's ``items`` are one, the bureau's view on a grant to write (:data:`GRANT_GAP`) and nothing else."""
    return len(items) == 1 and [s.group for s in items[0].spans[1:]] == [GRANT_GROUP]


def _plan_paragraph(steps: list[ReplyBlock], wording: Wording, context: dict, unit: str | None = None) -> ReplyBlock:
    """Part two's items for one ask (their labels （一） dropped), the bureau's or a co-handler's (``unit``), as one
    paragraph of its section: 下一步，我局将 — or, a co-handler's or before the bureau's view on a grant to write (:data:`GRANT_GAP`,
    no act of its own, or the mark of an ask another unit does, :data:`DOER_GROUP`), 下一步， — (``ask_next.j2``) before the first
    unless it says when or who already (:data:`NEXT_SAID`)."""
    spans = [s for b in steps for s in b.spans[1:]]
    said = "".join(s.text for s in spans)
    lead = [] if NEXT_SAID.match(said) else wording.spans("ask_next", **context, unit=unit,
                                                          view=spans[0].group in (GRANT_GROUP, DOER_GROUP))
    return ReplyBlock(BODY, [*lead, *spans], [c for b in steps for c in b.citations])


def _site_blocks(site: str, selection: Selection, remits, ws: Workspace, today: dt.date, wording: Wording,
                 context: dict, stated: dict, usual: Usual | None = None) -> list[ReplyBlock]:
    """Part one of a reply on works at one site (:func:`~.asks.site_of`), as such replies are written: the
    base's work on its field (a source's overview, then the items part one found, at most MAX_ITEMS), each a
    paragraph with no heading nor 一是, after the work a past reply to a like request said (``usual``,
    :mod:`.usual`: whole, noted as such), or a placeholder asking for it (``site_field.j2``); the site's own
    paragraph for the clerk (``site.j2``: its state, whose it is, what can be done) — the placeholder for the work
    naming the older material the base holds on the asks (:attr:`Section.gap_note`) — in a reply in parts under
    二、建议办理情况 of its own (``part_handled.j2``), as such replies are written; then what a co-handler or
    another unit is asked for. No section per ask."""
    co = context["co_handlers"]
    items = [selection.overview] if selection.overview else []
    for item in (i for section in selection.sections if not section.gap for i in section.items):
        at = next((n for n, i in enumerate(items) if i.fact.id == item.fact.id), None)
        if at is None:
            items.append(item)
        else:  # (a fact shared between asks, :func:`~.select._split_answers`: one paragraph saying each ask's part)
            items[at] = _with_parts(items[at], item)
    blocks = []
    for item in usual.done[:MAX_ITEMS] if usual else ():  # whole, as the past reply said it, first
        spans = _usual_spans(_addressed(item, context["you"]), f"{context['title']}{site}", ws, today, co)
        spans[0] = noted(spans[0], _usual_note(item, site), spans[0].note)
        blocks.append(ReplyBlock(BODY, spans, _citations(item)))
    items = [i for i in items if not usual or all(i.fact.id != u.fact.id for u in usual.done)]
    items, channels = site_channels(items, site, ws)
    blocks += [ReplyBlock(BODY, _fact_spans(i, ws, today, co=co), _citations(i)) for i in items[:MAX_ITEMS - len(blocks)]]
    field = [] if blocks else wording.spans("site_field", **context)  # no work said: asked for
    old = next((s.gap_note for s in selection.sections if s.gap_note), None)  # the older material the base holds (hd16)
    field = [replace(s, note=old) if old and s.kind == PLACEHOLDER and not s.note else s for s in field]
    titled = site_of(context["title"]) or site  # (the title's 新建村卫生室 is the text's 水塘铺村卫生室)
    concern = context["concern"].replace(titled, site)
    said = _noted_asks(wording.spans("site", **{**context, "concern": concern}, site=site), selection)
    if channels:  # the project the site's works may go into, before what the clerk writes of the site (rv49)
        said = _with_channel(said, channels[0], ws, today, co)
    if context["handled"]:  # in parts: the work under 一、, the site under 二、建议办理情况
        blocks += [ReplyBlock(BODY, field)] if field else []
        blocks += [ReplyBlock(HEADING1, wording.spans("part_handled", **context)), ReplyBlock(BODY, said)]
    else:
        blocks.append(ReplyBlock(BODY, field + said))
    for n, section in enumerate(selection.sections):
        # an ask in another unit's field: a co-handler's view and part asked for, not data (rv41), or the bureau's own
        # naming the unit to consult (gap_item.j2's 可商请…提供) — an item of its own either way
        if section.gap and section.owner:
            blocks += [ReplyBlock(BODY, spans) for spans in
                       gap_items(section, selection.ask_of(section), wording, {**context, "site": site}, ws)]
        said = remit_spans(remits[n], wording, context, stated)
        if said:
            blocks.append(ReplyBlock(BODY, said))
    return blocks + [ReplyBlock(BODY, co_part(unit, wording, context, site=site)) for unit in selection.co_gaps]


_PART_END = lazy("；$")


def _with_parts(item: Item, other: Item) -> Item:
    """``item`` also saying the sentences ``other``, an item of its fact under another ask, keeps that it does not (hd14:
    横溪养老服务中心…结顶 under 纳入…布局规划, 仙居县乡镇养老服务中心二期专项债项目… under 专项债资金支持 — the project the site's
    works may go into — in one site reply's part one, which dropped the second)."""
    if item.sentences is None or other.sentences is None:
        return item
    said = "".join(item.sentences)
    return replace(item, sentences=[*item.sentences, *(s for s in other.sentences if s.rstrip("。；; ") not in said)])


def site_channels(items: list[Item], site: str, ws: Workspace) -> tuple[list[Item], list[Item]]:
    """``items`` without the clauses (；-parts) saying a project of the site's kind the bureau is still
    preparing (:data:`PROJECT_STAGE`; the works' noun of the site, 康养中心 → 中心, in it), and those
    clauses as items of their own: where the site's works may be put, for the clerk to verify (rv49: 仙居's
    乡镇养老服务中心二期专项债项目通过审批 is the project 白塔镇's 康养中心 went into, and the draft said it
    beside other towns' centres). A clause naming another of the workspace's areas (横溪养老服务中心…)
    is that area's project, never the site's."""
    noun = SITE_WORKS_END.sub("", site)[-2:]
    others = [AREA_LEVEL_END.sub("", a) for a in ws.areas if AREA_LEVEL_END.sub("", a) not in site]
    if len(noun) < 2:
        return items, []

    def channel(clause: str) -> bool:
        return (noun in clause and bool(PROJECT_STAGE.search(clause))
                and not any(len(o) >= 2 and o in clause for o in others))

    kept, channels = [], []
    for item in items:
        sentences = _drafted(item)
        rest, found = [], []
        for sentence in sentences:
            parts = sentence_parts(sentence)
            found += [p.rstrip("；。") + "。" for p in parts if channel(p)]
            left = "".join(p for p in parts if not channel(p))
            if left:
                rest.append(_PART_END.sub("。", left))
        channels += [replace(item, sentences=[f]) for f in found]
        if rest and found:
            kept.append(replace(item, sentences=rest))
        elif not found:
            kept.append(item)
    return kept, channels


def _usual_spans(item: Item, asked: str, ws: Workspace, today: dt.date, co) -> list[Span]:
    """A past site reply's work (``item``) as spans, each sentence naming the site that reply answered where this
    suggestion (``asked``: its title and site) does not — another township's road, 拓宽敏坑至下辽段农村公路…,
    由南屏乡人民政府申报至我局 under a request for 街头镇's — highlighted under a comment naming that site: its
    procedure is what the clerk adapts (the bureau's real replies say it again of their own site), not sent as this
    one's case (hd22b). The others, its general procedure and principle, as they are."""
    theirs = _answered_site(item.source)
    elsewhere = _elsewhere(theirs, asked)
    sentences = _drafted(item)
    if not any(elsewhere & bigrams(t) for t in sentences):
        return _fact_spans(item, ws, today, co=co)
    note = OTHER_SITE_NOTE.format(site=theirs)
    out: list[Span] = []
    for k, sentence in enumerate(split_sentences("".join(sentences))):
        spans = _fact_spans(replace(item, sentences=[sentence]), ws, today, co=co)
        if elsewhere & bigrams(sentence):
            spans = [replace(sp, kind=STALE, note=note, group=f"{OTHER_SITE_GROUP}{item.fact.id}:{k}")
                     if sp.kind == TEXT and not sp.note else sp for sp in spans]
        out += spans
    return out


def _usual_note(item: Item, site: str) -> str:
    """The comment on a past site reply's work said again (``item``): to keep what still holds where that reply answered
    this very ``site``; else only the bureau's general practice and principle, that reply's own site named (hd25a: 「所述
    做法和原则仍适用的可保留」 on another place's matter invited keeping it)."""
    where, theirs = _citation(item).line(), _answered_site(item.source)
    if theirs == site:
        return USUAL_SAME_NOTE.format(where=where)
    return USUAL_DONE_NOTE.format(where=where, theirs=USUAL_THEIRS.format(site=theirs) if theirs else "")


def _elsewhere(theirs: str | None, asked: str) -> set[str]:
    """The words (bigrams) naming ``theirs`` — the site a past reply answered (:func:`_answered_site`) — that
    ``asked`` (this suggestion's title and site) has not: a sentence with one of them speaks of that site."""
    return {g for g in bigrams(theirs) - bigrams(asked) - GENERIC if is_cjk(g)} if theirs else set()


def _answered_site(source: SourceMeta | None) -> str | None:
    """The site a past reply answered a request for (:func:`~.asks.site_of` of its suggestion's title)."""
    title = source and (source.suggestion_title or source.title)
    return site_of(title) if title else None


def _with_channel(spans: list[Span], channel: Item, ws: Workspace, today: dt.date, co) -> list[Span]:
    """The site's paragraph (``spans``: its opening words, then the clerk's placeholder) with the
    project it may go into (:func:`site_channels`) said after its opening, marked to verify."""
    said = _fact_spans(channel, ws, today, co=co)
    last = said[-1]
    said[-1] = replace(last, text=last.text.rstrip("。")) if last.kind == TEXT else last
    year = f"{channel.year}年" if channel.year else ""
    mark = Span(to_verify(CHANNEL), PLACEHOLDER, note=CHANNEL_NOTE.format(year=year, where=_citation(channel).line()))
    at = next((k for k, sp in enumerate(spans) if sp.kind == PLACEHOLDER), len(spans))
    return [*spans[:at], *said, mark, Span("。", TEXT), *spans[at:]]


def _usual_reason(usual: Usual, ws: Workspace, today: dt.date, context: dict) -> ReplyBlock:
    """A class-C site reply's reason, as a past reply to a like request gave it (``usual.reasons``), then a
    mark asking whether it holds for this site, the past reply named in its comment."""
    spans = [s for item in usual.reasons for s in _fact_spans(_addressed(item, context["you"]), ws, today,
                                                              co=context["co_handlers"])]
    where = _citation(usual.reasons[0]).line()
    spans.append(Span(to_verify(USUAL_REASON), PLACEHOLDER, note=USUAL_REASON_NOTE.format(where=where)))
    return ReplyBlock(BODY, spans, [c for item in usual.reasons for c in _citations(item)])


def _addressed(item: Item, you: str) -> Item:
    """``item`` speaking to this draft's reader (你所提的建议 of a past reply → 您所提的建议), without what
    its own reader told it of their site (:data:`~drafter.grammar.READER_SAID`: 据您们提出，…)."""
    text = strip_ordinal(item.fact.text)
    kept = "".join(s for s in split_sentences(text) if not READER_SAID.match(s)) or text
    said = READER.sub(you, kept)
    return item if said == text else replace(item, sentences=[said])


def _noted_asks(spans: list[Span], selection: Selection) -> list[Span]:
    """``spans`` with the bureau's own asks (those no other unit is asked for) named on their last
    placeholder (the site's), each with its points but the aims it serves (县财政给予配套补助, not 保障村民看病
    就医): what the paragraph answers, for the clerk writing it."""
    own = ["，".join([a.phrase, *a.points_asked]) for k, a in enumerate(selection.asks)
           if not any(s.ask == k and s.gap and s.owner for s in selection.sections)]  # (those with an item of their own: rv41)
    at = next((k for k in reversed(range(len(spans))) if spans[k].kind == PLACEHOLDER), None)
    if not own or at is None:
        return spans
    listed = "；".join(f"{cn_numeral(k + 1)}是{phrase}" for k, phrase in enumerate(own))
    return [*spans[:at], replace(spans[at], note=SITE_ASKS_NOTE.format(asks=listed)), *spans[at + 1:]]


def _site_next(site: str, selection: Selection, ws: Workspace, today: dt.date, wording: Wording,
               context: dict, usual: Usual | None = None) -> ReplyBlock:
    """Part two of a reply on works at one site: one paragraph, the site's arrangement for the clerk to
    write (``site_next.j2``) — or the arrangement a past reply to a like request made (``usual.plans``,
    :mod:`.usual`), marked to verify for this site, never both (rv41) — then the bureau's other plans the base
    holds for the asks, as their sources say them, but those a reply made for the other site it answered."""
    asked = f"{context['title']}{site}"  # (a plan its reply made for the site that reply answered is not this site's: hd25a)
    plans = [p for p in selection.steps() if isinstance(p, Item) and not _elsewhere(_answered_site(p.source), asked)
             & bigrams(p.fact.text)] if selection.asks else []
    theirs = usual.plans if usual else []
    spans = wording.spans("site_next", **context, site=site, usual=bool(theirs))
    if theirs:
        said = [s for plan in theirs for s in _plan_spans(_addressed(plan, context["you"]), ws, today, context["co_handlers"])]
        mark = Span(to_verify(USUAL_PLAN), PLACEHOLDER)
        spans += _flagged_whole(said, mark.text, USUAL_PLAN_NOTE.format(where=_citation(theirs[0]).line()),
                                [p.fact.id for p in theirs], f"usual:{theirs[0].fact.id}")
        plans = [p for p in plans if all(p.fact.id != t.fact.id for t in theirs)]
    for plan in plans:  # its sentences without the ask's heading put before them (…争取项目和资金支持。同时…多方争取…)
        if plan.sentences and len(plan.sentences) > 1 and has_lead(plan.sentences):
            plan = replace(plan, sentences=plan.sentences[1:])
        spans += earlier_plan(plan, _plan_spans(plan, ws, today, context["co_handlers"]), today)
    return ReplyBlock(BODY, spans, [_citation(p) for p in [*theirs, *plans]])


# The verbs an ask's phrase opens with (加强…, 建设…): what part one reports on is the thing itself.
NOMINAL_VERBS = ("建设", "培育", "引进", "建立")  # said after the thing: 高能级创新平台建设


AREA_MAX = 16  # characters: longer areas (a sentence of the suggestion) are not listed in the overview


def areas_of(selection: Selection) -> list[str]:
    """The areas part one reports on, for its overview (:func:`area_of`), in the asks' order: the
    sections answering an ask with the bureau's items; none when the sections follow no asks,
    or when one would be longer than AREA_MAX (a list of sentences is no overview)."""
    if not selection.asks:
        return []
    areas = [area_of(s.heading) for s in selection.sections if s.heading and s.items and not s.gap]
    return areas if all(len(a) <= AREA_MAX for a in areas) else []


def area_of(phrase: str) -> str:
    """An ask's phrase as the area of work part one's overview names: its opening verbs dropped
    (``加强科技创新人才引育`` → ``科技创新人才引育``), one that reads as a noun after the thing
    moved there (``建设高能级创新平台`` → ``高能级创新平台建设``); the phrase itself when that
    leaves too little, or a quality that needs its verb (:data:`~.asks.QUALITY`: 发挥…专业作用)."""
    phrase = unframed_topic(phrase)  # 关于建立…长效机制方面
    verbs = ASK_VERB.match(phrase)
    rest = phrase[verbs.end():] if verbs else phrase
    if len(rest) < 2 or rest.endswith(QUALITY):  # a quality keeps its verb (在发挥医疗卫生机构专业作用方面)
        return phrase
    last = verbs.group()[-2:] if verbs else ""
    return rest + last if last in NOMINAL_VERBS else rest


def earlier_plan(step: Item, spans: list[Span], today: dt.date, measures: str = "") -> list[Span]:
    """A part-two item's ``spans`` (its lead phrase, its sentences) as they stand in the text: of a
    plan of a year before the reply's, flagged as a whole — the sentence after the lead highlighted
    (cyan, as any text from an older source) and the mark right after it, ``（一）持续加强….充分发挥
    …。【待核实：2025年计划，是否仍列入2026年】`` (yellow), both under one comment naming the plan's source
    and what to do; a plan of no known year so too (``【待核实：是否列入2026年计划】``); this year's plan as it is. A clerk found last year's plans left in a comment
    retyped or lost, and a highlighted sentence is cheaper to delete than a comment to copy; highlighted
    as a whole, a plan whose mark alone was deleted still shows (``drafter check``: 残留高亮). A mark
    per item stays true when items are reordered or deleted; the lead phrase, the ask said as a next
    step, is the bureau's own and stays plain. Last year's plan's comment gives what its ask proposes
    (``measures``, :func:`proposed`) as material, as the comment form's does (:func:`plan_stub`), never in the text."""
    where, year = _citation(step).line(), plan_year(today)
    if step.year is None and not step.part:  # a plan of no known year (an undated news item's 将继续…: hd9)
        note = UNDATED_PLAN_NOTE.format(where=where, year=year)
        return _flagged_whole(spans, carry_on_mark(year), note, [step.fact.id], f"plan:{step.fact.id}")
    if not earlier_year(step, today):
        return spans
    note = with_asked(EARLIER_PLAN_NOTE.format(last=step.year, where=where, year=year), measures, year)
    return _flagged_whole(spans, plan_mark(step.year, year), note, [step.fact.id], f"plan:{step.fact.id}")


def running_plan(step: Item, spans: list[Span], today: dt.date) -> list[Span]:
    """A part-two item of an older plan's target not yet reached (:func:`~.select.running_target`), flagged as a whole as
    :func:`earlier_plan` flags last year's: ``按照2022年确定的目标，…到2025年底，全市计划建成50个省级森林乡村…。【待核实：2022年
    确定的目标，是否仍执行】``, its comment naming the plan's source."""
    note = RUNNING_PLAN_NOTE.format(made=step.year, where=_citation(step).line(), year=plan_year(today))
    return _flagged_whole(spans, running_mark(step.year), note, [step.fact.id], f"plan:{step.fact.id}")


RUNNING_PLAN_NOTE = ("此项为{made}年确定、目标年份未到的目标（{where}），{year}年的计划未写明此方面的目标数：请核实是否仍执行、"
                     "目标是否调整。仍执行的，删去标记并清除高亮；已调整的，按新目标改写；不再执行的，连同编号一起删去")


ASKED_LEAD_NOTE = ("已收集的材料中没有本单位此方面的工作情况和计划，此处按{kind}标题写成本单位的下一步，不是已定的计划："
                   "请核实是否列入{year}年计划：列入的清除高亮；不拟开展的，删去高亮的文字及其后的逗号")


def asked_lead(spans: list[Span], phrase: str | None, year: int, kind: str) -> list[Span]:
    """Part two's lead-in ``spans`` over no work nor plan of the bureau's: the title's ask it says as the bureau's next
    step (``phrase``, :func:`~.asks.carried_on`: 下一步我会将组织“农村家庭教育大篷车”…) highlighted (:data:`~drafter.reply.STALE`)
    and commented, a promise the clerk confirms (hd32c: it went out plain, as a commitment); the spans as they are when
    they do not say it (a clerk's template, a lead-in of none)."""
    out: list[Span] = []
    for span in spans:
        at = span.text.find(phrase) if phrase and span.kind == TEXT else -1
        if at < 0:
            out.append(span)
            continue
        end = at + len(phrase)
        out += [Span(span.text[:at])] * bool(at) + [Span(phrase, STALE, note=ASKED_LEAD_NOTE.format(year=year, kind=kind))]
        out += [Span(span.text[end:])] * (end < len(span.text))
        phrase = None
    return out


def _flagged_whole(spans: list[Span], mark: str, note: str, ids: list[str], group: str) -> list[Span]:
    """``spans`` of a part-two item to confirm as a whole: what follows its lead phrase highlighted
    (:data:`~drafter.reply.STALE`), ``mark`` after it, one comment (``note``) over both; a span with
    a comment of its own (a date made absolute) keeps it."""
    text = "".join(s.text for s in spans)
    parts = split_sentences(text)
    cut = len(parts[0]) if has_lead(parts) and text.startswith(parts[0]) else 0
    out: list[Span] = []
    at = 0
    for span in spans:
        end = at + len(span.text)
        if span.kind == TEXT and at < cut < end:  # the lead and the sentence after it in one span: its comment on the lead,
            out.append(replace(span, text=span.text[:cut - at]))  # once (hd68b: 原文为“我市将…” twice)
            span = replace(span, text=span.text[cut - at:], note=None, group=None)
        if span.kind == TEXT and end > cut:
            span = replace(span, kind=STALE) if span.note else replace(span, kind=STALE, note=note, group=group)
        out.append(span)
        at = end
    return [*out, Span(mark, PLACEHOLDER, ids, note, group)]


EARLIER_PLAN_NOTE = ("此项取自{last}年的工作计划（{where}），第二部分应写{year}年的工作计划：请核实是否已完成、"
                     "是否仍列入{year}年计划。仍列入的，按{year}年计划改写后删去标记并清除高亮；"
                     "已完成或不再开展的，连同编号一起删去")
UNDATED_PLAN_NOTE = ("此项取自未写明年份的工作计划（{where}），来源也未注明日期：请核实是否列入{year}年计划。"
                     "列入的，按{year}年计划改写后删去标记并清除高亮；已完成或不再开展的，连同编号一起删去")
EARLIER_PLAN_WARNING = ("下一步工作计划中{n}项在事实库中只有{last}的计划，已照录其中最切题的一句，标【待核实】并高亮："
                        "请按{year}年的工作要点逐项核实改写或删去")
NO_PLAN_WARNING = ("下一步工作计划中{n}项在事实库中只有{last}的计划，只写了标题和【待补充：具体举措】，"
                   "其计划的原文在批注中，请按{year}年的工作要点补写")
STUB_PLAN = "{last}年的计划（{where}）此项写的是：“{said}”"
STUB_AS_MATERIAL = "，可参照"
STUB_NOTE = ("已收集的材料中没有{year}年此方面的工作计划，此项只写了标题：请写明{year}年的具体举措。" + STUB_PLAN
             + "仍列入{year}年计划的，可参照改写；已完成或不再开展的，不写")


def years_said(years, today: dt.date) -> str:
    """How a warning names the years of earlier plans: 上年 when they are all the year before ``today``'s, else each year
    (2023年, 2022年、2023年): a plan two years old is no 上年计划 (h211)."""
    years = sorted(y for y in years if y is not None)
    return "上年" if set(years) == {today.year - 1} else "、".join(f"{y}年" for y in years)


def _how_said(spans: list[Span], year: int) -> str | None:
    """How a part-two item without a plan of ``year`` says it (the kinds of ``said_how`` in
    :func:`compose_reply`): "asked", "standing", else "stub" for its lead and a placeholder, None for
    anything else (a policy carried on)."""
    if any(s.text == asked_mark(year) for s in spans):
        return "asked"
    if any(s.group and s.group.startswith("standing:") for s in spans):
        return "standing"
    return "stub" if any(s.kind == PLACEHOLDER and s.text.startswith(PLACEHOLDER_OPEN) for s in spans) else None


def stubbed(step: Item, ws: Workspace, today: dt.date) -> bool:
    """True when part two says the bureau's plan ``step`` by its lead alone (:func:`plan_stub`): a
    plan of a year before the reply's, with a lead, in a workspace whose ``earlier_plans`` is
    ``comment``; not this year's plan, a co-handler's (its unit confirms it) or one without a lead
    (those keep their text, :func:`earlier_plan`)."""
    return (ws.earlier_plans == "comment" and not step.part and earlier_year(step, today)
            and has_lead(step.sentences or []))


def plan_stub(step: Item, wording: Wording, ws: Workspace, today: dt.date, section: Section | None = None,
              measures: str = "", in_text: bool = False) -> list[Span]:
    """The bureau's part-two item for an ask whose newest plan is of a year before the reply's
    (:func:`stubbed`): its lead and what part one's ``section`` reports the bureau doing there carried
    on (:func:`standing_item`, the workspace's ``standing_measures`` being ``text``), else what to write
    there (``plan_gap``: 持续加强…。【待补充：具体举措】); that plan's sentences quoted in the comment,
    never in the text (a clerk found every one of them rewritten or deleted: last year's measures are
    done, dropped or reworded in this year's plan), and what the suggestion proposes there
    (``measures``, :func:`proposed`) beside them — or, ``in_text``, its lead and those measures
    (:func:`asked_plan`)."""
    sentences = step.sentences
    lead = heading_phrase(sentences[0])
    said = "".join(sentences[1:])
    where = _citation(step).line()
    earlier = STUB_PLAN.format(last=step.year, where=where, said=said)
    year = plan_year(today)
    asked = asked_plan(lead, measures, wording, year, [step.fact.id], earlier) if in_text else None
    if asked:
        return asked
    carried = standing_item(lead, section, wording, ws, year, earlier + STUB_AS_MATERIAL) if ws.standing_measures == "text" else None
    if carried:
        return carried
    note = with_asked(STUB_NOTE.format(year=year, last=step.year, where=where, said=said), measures, year)
    spans = wording.spans("plan_gap", step=lead, matter="", policy=None)
    return [replace(s, fact_ids=[step.fact.id], note=note) if s.kind == PLACEHOLDER else s for s in spans]


def asked_plan(step: str | None, measures: str, wording: Wording, year: int, ids: list[str] = (),
               also: str = "") -> list[Span] | None:
    """A part-two item the base holds no plan of ``year`` for, said by what the suggestion proposes
    under its ask (``asked_plan``: the lead ``step``, then the ask's ``measures`` (:func:`proposed`), the
    deputy's own words), highlighted as a whole and flagged 【待核实：按建议所提拟写，是否列入2026年计划】
    (:func:`_flagged_whole`), ``also`` (last year's plan there, of fact ``ids``) in its comment: a reply says next steps
    answering the asks, and a clerk confirms or cuts a measure faster than writing one. None when the
    ask proposes nothing such."""
    if not measures:
        return None
    spans = wording.spans("asked_plan", step=step, measures=measures)
    if measures not in "".join(s.text for s in spans):  # a workspace's own template may not say it
        return None
    return _flagged_whole(spans, asked_mark(year), ASKED_PLAN_NOTE.format(year=year) + also, list(ids), f"asked:{measures}")


def proposed(ask: Ask | None, ws: Workspace) -> str:
    """What ``ask`` proposes that the bureau's own next step may say (:attr:`~.asks.Ask.measures`:
    no figure; :func:`~.remit.own_measures`: nothing in another unit's remit); "" without an ask."""
    return own_measures(ask.measures, ws) if ask is not None else ""


def with_asked(note: str, measures: str, year: int) -> str:
    """A part-two item's comment ``note`` and, after it, the ``measures`` its ask proposes
    (:func:`proposed`): material to write this year's from, not the bureau's words (rv36: 把代表的
    原话加上“持续”当作本局计划，是办文中最忌讳的写法); ``note`` alone when none."""
    if not measures:
        return note
    # (the deputy's words quoted, their own quotes single inside: “完成‘十四五’规划目标任务。”, hd21a)
    return f"{note}{'' if note.endswith('。') else '。'}{nested_quotes(ASKED_MATERIAL.format(measures=measures, year=year))}"


# (the quote, then how to use it: a comment referring back to the first says the quote alone, :func:`~.marks.refer_back`)
ASKED_QUOTE = "建议该条所提的做法为：“{measures}”"
ASKED_MATERIAL = ASKED_QUOTE + "可作参照，请按本单位{year}年的工作安排写明举措，不宜照录建议原话。"


ASKED_PLAN_NOTE = ("已收集的材料中没有{year}年此方面的工作计划，此项举措按建议所提拟写（建议原话），不是本单位已定的计划："
              "请按{year}年的工作安排核实改写，列入的删去标记并清除高亮；不拟开展的，连同编号一起删去，需要时在答复中说明原因。")
ASKED_PLAN_WARNING = ("下一步工作计划中{n}项在事实库中没有{year}年的计划，已按建议所提拟写举措，标【待核实】并高亮："
                 "请按{year}年的工作安排逐项核实改写或删去")


ITEM_LABEL = lazy(r"^（[一二三四五六七八九十]+）$")


def run_in(spans: list[Span]) -> list[Span]:
    """A part-two item's label and lead phrase as its run-in heading (LEAD: the 段首标题 style, 楷体
    as a （一） heading is, GB/T 9704): ``（一）持续加强智能制造关键核心技术攻关。`` before what it
    says, when the item opens with a lead phrase (:func:`is_lead`) and says more after it; the
    label alone otherwise (``（一）`` before a sentence, or a placeholder)."""
    if len(spans) < 2 or spans[0].kind != TEXT or not ITEM_LABEL.match(spans[0].text):
        return spans
    label, first, *rest = spans
    head, dot, tail = first.text.partition("。")
    if first.kind != TEXT or not dot or not is_lead(head + dot) or not (tail.strip() or rest):
        return [replace(label, kind=LEAD), first, *rest]
    lead = Span(label.text + head + dot, LEAD, first.fact_ids, None if tail else first.note, first.group)
    return [lead, *([replace(first, text=tail)] if tail else []), *rest]


NUMBERED_NOTE = ("发文字号按已收集的{kind}答复（{number}）的格式写出，年份为成文年份：请向办公室或文书取号后填写序号，"
                 "核实字号是否仍这样写，再删去标记{unnumbered}")
# …where a newer reply of the bureau's to an item of the kind printed no number (上虞区交通运输局's of 2021, after its
# 虞交建〔2019〕12号, hd46a): the clerk checks the draft is numbered still.
UNNUMBERED = "。较新的{reply}（{date}）没有发文字号：请核实本件是否编号"


def doc_number(suggestion: Suggestion, numbered: SourceMeta | None, replies=()) -> list[Span]:
    """The draft's 发文字号: the one given, else as the bureau numbers its replies of the item's kind (``numbered``,
    :func:`~.form.numbered_reply`: 邢林提案字〔2024〕【待补充：序号】号, the serial a placeholder) in the year of its 成文日期
    when given (a draft of no date has no year to number it by: ``check`` reads a number's year as the draft's), its comment
    naming the newest of its own ``replies`` (newest first) to the kind newer than it printing none (:data:`UNNUMBERED`);
    else a placeholder."""
    if suggestion.doc_number or numbered is None or suggestion.date is None:
        return [_value_or_gap(suggestion.doc_number, "发文字号")]
    prefix = number_prefix(numbered)
    newer = replies[:replies.index(numbered)] if numbered in replies else ()
    bare = next((s for s in newer if s.proposal == suggestion.proposal and not s.number), None)
    unnumbered = UNNUMBERED.format(reply=bare.label(), date=bare.date or bare.document_year()) if bare else ""
    note = NUMBERED_NOTE.format(kind=item_word(suggestion.proposal), number=numbered.number, unnumbered=unnumbered)
    return [Span(f"{prefix}〔{suggestion.date.year}〕"), Span(placeholder_text("序号"), PLACEHOLDER, note=note), Span("号")]


def _value_or_gap(value: str | None, what: str) -> Span:
    return Span(value) if value else Span(placeholder_text(what), PLACEHOLDER)


CITY_GAP_NOTE = ("已收集的材料中，此方面只有{area}的情况（见下一项，写明了地名），没有{whole}的情况：请补写{whole}（本单位）"
                 "的工作情况和数据并写明年份；该地的情况可作为例子保留")
OWED_NOTE = ("建议在本项下提到了这些事项，本稿所用材料未涉及：请补充本单位的工作情况，或在答复中说明，"
             "需要时在下一步工作计划的相应一项中写明举措；不涉及的请删去")
# The same points under a section that answers its ask with some work: no item of their own (a reply need not
# answer each noun, rv51), one comment on the section's heading, opening on what a placeholder would have asked.
OWED_HEADING_NOTE = ("本节各项未涉及建议在本项下提到的这些事项：有相关工作的，写入相应一项（不必逐项单列），"
                     "需要时在下一步工作计划中写明举措；不涉及的不必回应，删去本批注")


def _owed(ask, selection: Selection, steps: list[Item] = (), kin: bool = True) -> list[str]:
    """What the suggestion names under ``ask`` that neither part one's items on it (those of the
    section answering it, with their claims, and a co-handler's work taken from it to its part) nor
    ``steps`` say
    (:meth:`~drafter.compose.asks.Ask.owed`): the reply answers the deputy's own points
    (智能装备、工业机器人、工业软件), in what was done or in what is next — a point part one
    reports on is not asked for again; none for an ask of no phrase. Without ``kin`` a point
    part one says only in a word of its kind is asked for (对平台建设和运营给予补助 beside an
    item on 创新券 for 中试服务平台: readers took that for no answer on the platforms' subsidy)."""
    if ask is None or not ask.phrase:
        return []
    done = [i for s in selection.sections for i in s.items if selection.ask_of(s) is ask
            or (s.part and selection.ask_of(i) is ask)]  # said in a co-handler's part
    return ask.owed(said_by([*steps, *done]), kin)


def _section_owed(section: Section, selection: Selection, ws: Workspace,
                  suggestion: Suggestion) -> tuple[list[str], list[Remit]]:
    """What part one still owes after ``section`` as (the points left to the bureau, those another
    unit's remit: :func:`~.remit.split_remits`); for a section that is a placeholder itself, the
    remits among its ask's points (:func:`~.remit.gap_remits`: the others are its items)."""
    ask = selection.ask_of(section)
    if ask is None:
        return [], []
    if section.gap:
        return [], section.remits
    if not section.items:
        return [], []
    return split_remits(_owed(ask, selection, kin=False), ws, suggestion.co_handlers)


# What the clerk does where the bureau's list (other_fields, higher_powers) is not the whole story:
# said in the comment of a remit asked for and of a remit said in a sentence alike (the list itself
# is the operator's, in drafter.yaml: a comment names no setting a clerk never sees)
OWN_WORK = "本单位另有相关工作的，改写为本单位的工作；"
WRONG_LIST = "分工不同的，按实际分工改写"
# The base holding a reply to this very item (:func:`~.select.answered_before`): said first, on part one's heading.
# A session below the bureau's own place (:func:`~drafter.sessions.session_below`): the draft's 抄送 (drafter.yaml's, the
# bureau's own level's) and the own place's name in its thanks (我市…工作), highlighted for the clerk to say as that place's
# (hd35a: 宝鸡市生态环境局's reply to 政协太白县九届四次会议 thanked for 太白县生态环境保护工作, its cc the county's).
SESSION_BELOW_NOTE = ("本件是{place}的会议（{session}）交办的，不是{own}本级的：抄送按 drafter.yaml 写的是本级单位，请改为{place}"
                      "相应的单位；文中的“{word}”请按该地核实改写。核实后清除高亮")
# The suggestion's text names a proposer other than the one given (--deputy): the address may be the wrong one's.
OTHER_PROPOSER_WARNING = "{kind}原文写明{label}为“{named}”，与所填的“{given}”不同：稿中按所填的称呼和致谢，请核实后改正或重新起草"
SESSION_BELOW_WARNING = "“{session}”是{place}的会议，不是{own}本级的：抄送和文中的本地称呼已高亮，请按该地核实改写"
# A session above the bureau's own place (:func:`~drafter.sessions.session_above`): the item answered to that level, its
# 抄送 that level's committee (hd73b: 沙依巴克区教育局's reply to 市政协十四届三次会议, its cc 区政协提案委) — drafter init's guess
# put as that level's (True), the clerk's own kept (False); highlighted either way. The bureau's 我区 stays its own.
SESSION_ABOVE_NOTE = {
    True: "本件是{place}的会议（{session}）交办的：抄送按{place}单位的常见写法写出（drafter.yaml 预填的是{own}本级单位），"
          "请按本地实际核实。核实后清除高亮",
    False: "本件是{place}的会议（{session}）交办的，不是{own}本级的：抄送按 drafter.yaml 写出，请核实是否应抄送{place}相应的单位"
           "{such}。核实后清除高亮"}


def _above_note(suggestion: Suggestion, above: str, theirs: list[list[str]] | None, raised: bool, ws: Workspace) -> str:
    """The comment on the 抄送 of an item of a session ``above`` the bureau's level (市级, 乌鲁木齐市), whose units at that level are
    ``theirs`` (:func:`~.form.cc_of_level`), ``raised`` where they are put for drafter.yaml's (:data:`SESSION_ABOVE_NOTE`)."""
    such = f"（如{theirs[0][0]}）" if theirs else ""
    return SESSION_ABOVE_NOTE[raised].format(place=above, session=suggestion.session, own=ws.jurisdiction, such=such)


def _of_session(block: ReplyBlock, note: str, word: str = "") -> ReplyBlock:
    """``block`` (an opening, a closing or the 抄送) of a reply to another level's session: the 抄送's units, and the own
    place's name ``word`` (我市) elsewhere, highlighted under ``note`` (:data:`SESSION_BELOW_NOTE`, :data:`SESSION_ABOVE_NOTE`)."""
    said = re.compile(r"(?<=^抄送：).+" if block.kind == CC else re.escape(word))
    spans: list[Span] = []
    for span in block.spans:
        at = 0
        for m in said.finditer(span.text) if span.kind != PLACEHOLDER else ():
            spans += [replace(span, text=span.text[at:m.start()])] * (m.start() > at)
            spans.append(replace(span, text=m.group(), kind=STALE, note="\n".join(filter(None, [span.note, note])), group=None))
            at = m.end()
        spans += [replace(span, text=span.text[at:])] * (at < len(span.text))
    return replace(block, spans=spans)


# The draft's year not the year its session sits, as the base's replies tell it (:meth:`~drafter.sessions.Sitting.said`):
# said on the date and by the command, first — what to do where it cannot be, a question where it is only unlikely.
SESSION_YEAR_NOTE = "：请核实成文日期（--date）和会议届次（--session）；各处“{year}年”“{last}年全年”等按成文日期写出"
SESSION_YEAR_QUESTION = "：会议届次（--session）或成文日期（--date）是否有误？该次会议确在{year}年召开的（有的年份召开两次会议），不必修改"
ANSWERED_NOTE = "事实库中已有本件（{item}）的答复：{reply}{date}。请核实是否重复起草；如需改写或续办，可参照该答复"
# A 会办/协办意见's asks in the lead unit's field (:func:`~.remit.lead_owns`), not answered: said on part one's heading.
LEAD_ASKS_NOTE = ("建议所提{asks}属主办单位{lead}的职责范围，由其在答复中办理，本意见未作答复："
                  "本单位在此方面另有工作的，请补写；分工不同的，按实际分工补写")
# Part one's material all older than the reply's year: said once, on its heading.
OLD_MATERIAL_NOTE = ("第一部分所用的材料最新的是{when}的{source}，不含{last}年全年的工作情况和数据：各项所述都是当时的"
                     "情况和数值，请收集{last}年全年及{year}年以来的情况后逐项更新")
# The same, where old figures were left out and their sentences state last year (``old_figures: frame``).
OLD_MATERIAL_FRAMED = ("第一部分所用的材料最新的是{when}的{source}，不含{last}年全年的工作情况和数据：其中的数字已空出（X），"
                       "所在句子按{last}年全年写出，原数值见各句批注，请收集{last}年全年及{year}年以来的情况后逐项填写")
# Said after either where part one marks what to update (a highlighted figure or text under its comment): only then —
# with leave to drop, not update, what the bureau no longer does (rv21: half the marked items were cut, not refreshed).
OLD_MATERIAL_FLAGGED = {False: "（需更新之处已标出；其中今年已不再开展或不再突出的做法，可连同数字删去，不必更新）",
                        True: "（需填写之处已标出；其中今年已不再开展或不再突出的做法，可连同该句删去，不必填写）"}
# Said after either where the base holds newer material part one did not use (:func:`newest_held`): looked at before collecting.
OLD_MATERIAL_HELD = "。另：已收集的材料中已有较新的{source}（{when}），未写入第一部分：收集前请先查阅其中与各项有关的情况"


def newest_source(selection: Selection):
    """The most recently issued source (:func:`~.select.issued`) part one's items and its opening overview come from, or None."""
    items = [*(i for s in selection.sections for i in s.items), *[selection.overview] * bool(selection.overview)]
    sources = [i.source for i in items if i.source and issued(i.source)]
    return max(sources, key=issued) if sources else None


def said_in(index, source) -> str:
    """All that ``source``'s facts in ``index`` say, one text ("" for none)."""
    if index is None or source is None:
        return ""
    return "\n".join(f.text for f in index.facts_of(source.id))


# An item flagged for newer figures, from an older source than another part one uses: where the
# clerk need not look again (1350's 技术转移 item of 2025 beside 〔2026〕102号's items) — and, by the
# names the item states, whether that source speaks of it at all (rv26, rv30: "if it does not, the
# comment should say so").
NEWER_NOTE = "已收集的材料中有较新的{source}（{year}年），此项未取自该文：请查阅其中有无此项的新情况"
NEWER_SAYS = "已收集的材料中较新的{source}（{year}年）也提到{names}，此项未取自该文：请查阅其中有无此项的新情况"
NEWER_SILENT = "已收集的材料中较新的{source}（{year}年）没有提到{names}，此项仍取自{own}：请另行收集此项的新情况"
# What names an item's matter: a quoted name or title (“科技贷”, 《…》), said in a note; a body,
# platform or programme the text names (…国家技术转移东部中心…), looked for only: its start is not known
_THING = lazy(rf"[\u4e00-\u9fff]{{3,6}}(?:{ONE_OFF_THING.pattern})")
_QUOTES = "“”「」《》\""
_QUOTE_MARK = lazy(f"[{_QUOTES}]")


def _names(spans: list[Span]) -> tuple[list[str], list[str]]:
    """The quoted names and the named things (:data:`_THING`) the item's text states, each once, in order."""
    text = "".join(s.text for s in spans if s.kind != PLACEHOLDER)
    quoted = [m.group().strip(_QUOTES) for m in NAME.finditer(text)]
    return list(dict.fromkeys(n for n in quoted if len(n) >= 2)), list(dict.fromkeys(_THING.findall(NAME.sub("", text))))


def _newer_noted(spans: list[Span], item: Item, newest, newer_text: str = "") -> list[Span]:
    """``spans`` of ``item`` with a note on the newest source added to its first flag's note (a
    figure or status wanting a newer value: …删去本标记。另：已收集的材料中较新的…) when ``newest``
    (:func:`newest_source`, whose facts say ``newer_text``) was issued in a later year than the
    item's source: the quoted names of the item that source also states (:data:`NEWER_SAYS`), or
    that it states none of the item's names (:data:`NEWER_SILENT`); else :data:`NEWER_NOTE`."""
    year = issued(newest)[:4] if newest is not None else ""
    if not year or item.verify or issued(item.source)[:4] >= year:
        return spans  # (a plan offered as done has its own note: no result of it found)
    at = next((n for n, s in enumerate(spans) if s.note and s.kind in (STALE, PLACEHOLDER)), None)
    if at is None:
        return spans
    quoted, things = _names(spans)
    plain = _QUOTE_MARK.sub("", newer_text)
    found = [n for n in quoted if n in plain]
    said = NEWER_NOTE.format(source=newest.label(), year=year)
    if found:
        said = NEWER_SAYS.format(source=newest.label(), year=year, names="".join(f"“{n}”" for n in found[:3]))
    elif newer_text and (quoted or things) and not any(t[-5:] in plain for t in things):  # (its name's end)
        names = "".join(f"“{n}”" for n in quoted[:3]) or "此项所述的平台、机构或活动"
        said = NEWER_SILENT.format(source=newest.label(), year=year, names=names,
                                   own=item.source.label() if item.source else "较早的材料")
    return [replace(s, note=f"{s.note.rstrip('。')}。另：{said}") if n == at else s for n, s in enumerate(spans)]


def year_reported(selection: Selection, today: dt.date) -> bool:
    """True when part one holds an item of a report on last year's work, or a later year's, that states no date
    (重庆市科学技术局2025年工作总结 in a reply of 2026), or an item of such an undated source stating last year's whole
    year (news of a meeting summing up 2024: 2024年全年开展…577场, hd26b): last year's whole year is there, whatever the
    dated sources are (:func:`old_material` would say the newest is a reply of 2024-09)."""
    return any(i.source and not issued(i.source) and (
        (i.source.kind == WORK_REPORT and (i.source.period or 0) >= today.year - 1)
        or ((i.year or 0) >= today.year - 1 and _FULL_YEAR.search("".join(i.sentences or ()))))
        for s in selection.sections for i in s.items)


_FULL_YEAR = lazy(words(FULL_YEAR_WORDS))


def marked_to_update(blocks: list[ReplyBlock]) -> bool:
    """True when ``blocks`` highlight something to update under a comment (an old figure, an old item): not another site's
    work marked to rewrite for this one (:data:`OTHER_SITE_GROUP`), which old material's 需更新之处已标出 does not mean (rv5)."""
    return any(s.kind == STALE and s.note and not (s.group or "").startswith(OTHER_SITE_GROUP) for b in blocks for s in b.spans)


# A county's, a township's or a town's name in an ask (易门县小街乡孙兰英纪念馆): where the work is asked, no word of its matter.
_LOCAL_NAME = lazy(r"[\u4e00-\u9fff]{2,3}?[县乡镇]")


def _on_asks(selection: Selection, ws: Workspace):
    """Whether a fact is on the suggestion's asks, for :func:`newest_held`: on one as the selection weighs facts on it
    (:meth:`~.select.Selection.on_asks`), or opening (its first sentence: what it is about) on a word of what one asks done —
    its phrase or a point asked, beyond official prose (:data:`~.select.GENERIC`), the place's names, a county's or town's the
    ask names (:data:`_LOCAL_NAME`: 易门 of a page listing 易门铜矿, hd55c) and the things it lists one by one (企业 of
    深入学校、社区、村屯、企业和商超: a government work report's 帮扶企业 is nothing on food safety's publicity, hd66a)."""
    places = frozenset().union(*(bigrams(n) for n in ws.jurisdiction_names()))
    asked = frozenset().union(*(bigrams(_LOCAL_NAME.sub(" ", p)) - frozenset().union(*map(bigrams, a.subjects))
                                for a in selection.asks for p in (a.phrase, *a.points_asked))) - GENERIC - places
    return lambda fact: bool(asked & bigrams((split_sentences(fact.text) or [fact.text])[0])) or selection.on_asks(fact)  # (the cheaper first)


def newest_held(index, newest, today: dt.date, on_asks):
    """The base's most recent source issued after ``newest`` (part one's newest source) and by ``today``, holding a fact of the
    workspace's place or its areas, not background (work, a plan, a problem), on the suggestion's asks (``on_asks``:
    :func:`_on_asks`): material part one did not use on them (三季度消费市场运行分析 of 2022-11 beside part one's news of 2020-08
    on 夜间消费, h258; not a page of 双节 figures naming nothing of 孙兰英纪念馆's 配套设施, hd55c, nor 67号's description of the
    长城 the asks are on, hd57b, nor a government work report whose work for 企业 shares one word with the asks, hd66a); None
    where there is none."""
    if index is None or newest is None:
        return None
    after = sorted((s for s in index.sources.values() if issued(newest) < issued(s) <= today.isoformat()), key=issued, reverse=True)
    return next((s for s in after if any(not f.external and f.kind != CONTEXT and on_asks(f) for f in index.facts_of(s.id))), None)


def _month(when: str) -> str:
    """A source's issue date as a comment says it: 2022年11月, or its year alone."""
    return f"{int(when[:4])}年{int(when[5:7])}月" if len(when) >= 7 else f"{when[:4]}年"


def old_material(newest, today: dt.date, framed: bool = False, flagged: bool = True, held=None) -> str | None:
    """What part one's comment says once when every source its items come from is older than
    ``today``'s year (泉科函〔2025〕81号 of May 2025 for a reply of May 2026: no source holds last
    year's whole year): the newest of them (``newest``: :func:`newest_source`), and what to gather
    (``framed``: its old figures were left out, their sentences stating last year), that the places
    to update are marked only where part one marks some (``flagged``: hd42c's one item of no figure
    marked none, yet the comment said 需更新之处已标出), and the newer material the base holds that part one did not use
    (``held``: :func:`newest_held`), to look at before collecting. None when one is of this year, or part one uses no source."""
    if newest is None:
        return None
    when = issued(newest)
    if when >= str(today.year):
        return None
    return (OLD_MATERIAL_FRAMED if framed else OLD_MATERIAL_NOTE).format(
        when=_month(when), source=newest.label(), last=today.year - 1, year=today.year) + OLD_MATERIAL_FLAGGED[framed] * flagged + (
        OLD_MATERIAL_HELD.format(source=held.label(), when=_month(issued(held))) if held is not None else "")


# What the draft asks other units for, said once on part one's heading: a reader of the .docx alone
# sees whom to write to (rv26, rv27), as `drafter requests` lists it in full.
ASKED_NOTE = "需向有关单位征求的材料：{units}（各项要求见相应标记及批注）"
# What a unit's placeholder (PROVIDED) asks it for: 加大…力度 of 【待市市场监管局提供：加大…力度方面的工作情况…】
ASKED_WHAT = lazy(r"(.+?)(?:方面|的工作情况|】)")


def asked_of_units(blocks: list[ReplyBlock]) -> str | None:
    """:data:`ASKED_NOTE` of the units the draft's placeholders ask for material
    (:func:`~drafter.reply.provided_by`), each with what it is asked for in the draft's order, one
    item from the next by ；when an item lists several points (市市场监管局2项（加大知识产权维权援助力度、
    推动专利转化运用和质押融资；专利审查和确权…）: 2项 over three names read as a miscount) —; None when it asks none."""
    by_unit: dict[str, list[str]] = {}
    for b in blocks:
        for s in b.spans:
            # (a mark a comment opens on too: a co-handler's next steps asked on part two's lead-in, _co_plans_noted)
            mark = s.text if s.kind == PLACEHOLDER else owed_mark(s.note) or ""
            unit = PROVIDED.match(mark)
            what = ASKED_WHAT.match(mark, unit.end()) if unit else None
            what = mark[unit.end():-1] if what and mark.endswith(f"的{OWED_STEPS}{PLACEHOLDER_CLOSE}") else what and what.group(1)
            if what and what != MISSING_HEADING and what not in by_unit.setdefault(unit.group(1), []):
                by_unit[unit.group(1)].append(what)
    said = [f"{unit}{len(what)}项（{('；' if any('、' in w for w in what) else '、').join(what)}）"
            for unit, what in by_unit.items() if what]
    return ASKED_NOTE.format(units="；".join(said)) if said else None


# A draft made from the title alone cannot know what the deputy asks point by point.
# A class promising the matter solved (A) while part one holds no work done (hd12: 已采纳 over 18 gaps, said by check alone).
UNSUPPORTED_CLASS_WARNING = ("答复类型为{code}类（{meaning}），但第一部分没有可写入的已办成效，都是待补充项："
                             "请补写已办成效，或核实答复类型")
# No class given (--type, a list's 答复类型): its mark is a gap and the closing is neutral (hd10: said nowhere).
NO_CLASS_WARNING = "未指定答复类型：答复类型留作【待补充】，结束语按不分类型的中性写法；确定类型（{classes}）后可指定类型重新起草"
# Part one holding no work of the base's, its lead (a plain reply's, :func:`_compose`): the matter's present state to write.
PRESENT_STATE = "{matter}方面的现状（基本情况、存在的问题）"
PRESENT_STATE_NOTE = ("下列工作情况各段尚待补充，本段不写“近年来，我局…积极开展工作”之类的概述（已收集的材料中无从核实）：请写明所提事项的"
                      "现状；下列各段补写后，可在此概述所做工作")
TITLE_ONLY_NOTE = "未提供{kind}原文，第一部分按标题从已收集的材料中选材：请对照原文核对是否逐条回应所提事项，或提供原文重新起草"
TITLE_ONLY_EMPTY_NOTE = "未提供{kind}原文，已收集的材料中也没有与标题相关的内容：提供原文重新起草，稿中即按所提各项逐一留出待补充处"
# …and when what touches the title holds nothing to write in (the next note names it): no "nothing" said (hd7)
TITLE_ONLY_UNUSED_NOTE = "未提供{kind}原文，按标题未找到可直接写入的内容：提供原文重新起草，稿中即按所提各项逐一留出待补充处"

REMIT_ASK_NOTE = "建议所提“{points}”属{unit}{power}，{asked}：{what_to_do}" + OWN_WORK + WRONG_LIST
# Another unit's field: that unit does not co-handle the item (a co-handler's field is no remit), so the draft
# asks it nothing formally; the clerk may ask it. A higher authority's power: what is done locally, the deputy's
# point answered whatever it is (an ask left unanswered is a defect of the reply, hd-h85: "没有的可删去此项" lost one).
ASK_FIELD = ("该单位不是本件的会办单位", "可商请其提供情况后改写；")
ASK_LOCAL = ("待补充本地开展的工作", "请商请{consult}提供（或自行写明）；确无本地工作的，改写为说明事权归属及本单位的配合工作，"
             "不宜删去此项（删去则此项没有回应）；")
# A remit sentence is the list's claim, not a fact: marked until the clerk confirms the division of work.
REMIT_VERIFY = to_verify("职责分工")
REMIT_NOTE = ("此句写明建议所提“{points}”属{unit}{power}，代替待补充项。"
              "请核实职责分工：" + OWN_WORK + "可商请该单位提供情况的，改写为其提供的情况；" + WRONG_LIST
              + "。核实后删去" + REMIT_VERIFY)
PART_OF_NOTE = "。此项在{unit}提供的部分中：请{unit}在提供该部分时一并确认"


def remit_spans(remits: list[Remit], wording: Wording, context: dict, stated: dict,
                part_of: str | None = None) -> list[Span]:
    """Per unit, what ``remit.j2`` says of the points of ``remits``: by default a highlighted
    placeholder of the bureau's own naming that unit as the one to consult (a higher authority's power: what is
    done locally, asked of the unit whose part it stands in); a sentence saying whose work they are where the workspace's template says so, then a
    highlighted 【待核实：职责分工】 sharing its comment. The comment names the drafter.yaml list the
    unit comes from. Points already said by an earlier one (in ``stated``, updated with (unit,
    point) → (higher, asked, the unit asked)) are not said again. Inside the part another unit provides
    (``part_of``: the unit a section's placeholder asks) that unit speaks or is asked of a higher power."""
    spans: list[Span] = []
    for remit in remits:
        pairs = [(p, t) for p, t in remit.pairs if (remit.unit, p) not in stated]
        if not pairs:
            continue
        power = "事权" if remit.higher else "职责"
        # a figure never (每年完成专利确权一千件…): such a point is said by its field word
        areas = [(area_of(p), term) for p, term in pairs]
        matters = [term if term and figure_matches(area) else area for area, term in areas]
        # the unit a placeholder asks: for a higher authority's power the unit whose part this is, else the bureau's own
        # gap — another unit's field is no co-handler's, and a reply asks no unit that does not co-handle (the gap
        # names it as the one to consult); what the template wrote says whether it asks (a placeholder) and whom
        consult = None if remit.higher else remit.unit
        text = wording.render("remit", **{**context, "unit": remit.unit, "higher": remit.higher, "part_of": part_of,
                                           "asked": part_of if remit.higher else None, "consult": consult,
                                           "matters": list(dict.fromkeys(matters))}).strip()
        asked = bool(PLACEHOLDER_RE.search(text))
        named = PROVIDED.search(text)
        who = named.group(1) if named else None
        stated.update(dict.fromkeys(((remit.unit, p) for p, _ in pairs), (remit.higher, asked, who)))
        fields = dict(unit=remit.unit, points="、".join(p for p, _ in pairs), power=power)
        asked_what, what_to_do = ASK_LOCAL if remit.higher else ASK_FIELD
        what_to_do = what_to_do.format(consult=part_of or "有关单位")  # (the co-handler whose part it stands in first)
        note = (REMIT_ASK_NOTE if asked else REMIT_NOTE).format(**fields, asked=asked_what, what_to_do=what_to_do)
        if part_of and not (asked and remit.higher):  # (a higher power's point is asked of that unit already)
            note += PART_OF_NOTE.format(unit=part_of)
        if asked:
            spans.append(Span(text, PLACEHOLDER, note=note))
            continue
        group = f"remit:{remit.unit}:{fields['points']}"  # the sentence and its mark share the comment
        spans += [Span(text, TEXT, note=note, group=group), Span(REMIT_VERIFY, PLACEHOLDER, note=note, group=group)]
    return spans


def _ask_unit(unit: str, co_handlers: list[str]) -> str:
    """What a warning tells the clerk to do about a unit a placeholder asks: a co-handler provides it
    with its part; another unit is to be asked."""
    return f"，请{unit}在承办部分中一并提供" if unit_in(co_handlers, unit) else f"，请商请{unit}提供"


# What a co-handler's part asked for as a whole tells the clerk (hd7: 【待市国资委提供：小标题】 said nothing of it).
CO_PART_NOTE = ("建议所提各项中未分出由{units}承办的事项，此处留待其会办意见：请按其提供的内容{heading}写明工作情况，"
                "所述属建议某一项的，并入该项；"
                "其会办意见没有需写入答复的内容的，连同编号一起删去")
HEADED = "拟定小标题、"  # (a section of theirs; a paragraph has no heading)


CO_ASK_NOTE = ("此项留待{unit}的会办意见：建议在本项下提到了其承办的事项，请按其提供的内容写明工作情况，与本项合写；"
               "其会办意见没有需写入答复的内容的，连同编号一起删去")
CO_LISTED_NOTE = ("此项留待{unit}的会办意见：建议在本项下将其列为有关部门之一，请按其提供的内容写明其在本项的工作情况，与本项合写；"
                  "其会办意见没有需写入答复的内容的，连同编号一起删去")
CO_SHARE_NOTE = ("此项留待{unit}的会办意见：建议所提各项中未分出其承办的事项，请按其提供的内容写明其在本项的工作情况，"
                 "与本项合写；其会办意见没有需写入答复的内容的，连同编号一起删去")


def co_handlers_placed(selection: Selection, asked: set[str], ws: Workspace) -> dict[int, list[tuple[str, str]]]:
    """Section index → (co-handler, its note) for the co-handlers whose part the base lacks (``selection.co_gaps``):
    their part is asked for under the point, as replies merge a co-handler's view into the point it answers — once: a
    clerk asks a co-handler once (hd57c: 市自然资源局, named by no ask, was asked in each of four sections). One an ask says
    the field of (:func:`unit_fields`: 文旅 of 市文旅局 in 推动深远海养殖与文旅融合发展, 连江 of 连江县政府 in …向连江规模集聚发展)
    is in the section saying them most, nearest its field (of a tie, the one saying them in a clause of its own, then the
    first; rv46: 福州's draft gave 市文旅局 and 连江县政府 sections of their own beside the asks naming them). An ask naming it
    only as an entry of a list of departments (:func:`~.remit.said_of_its_own`: 住建、城管、水务、应急管理…等部门职责分工) is no
    ask of its: its placeholder stands there, nearest its field (hd32c: 教育、共青团 among the units pooling resources), its
    note saying it is listed, not that the ask names its work. One no ask names is in the one ask's section where there is one (hd42c: 大力发展我市夜经济 and three
    co-handlers had （二）…（四）【待市发改委提供：小标题】, a section each, empty), else asked for its part after the asks'
    sections. A co-handler already ``asked`` for a point of its field is not here; no section put to another co-handler
    (:attr:`~.select.Section.asked`) takes one — a section naming a unit to consult is the bureau's own, and takes it."""
    placed: dict[int, list[tuple[str, str]]] = {}
    homes = [n for n, s in enumerate(selection.sections) if not (s.gap and s.asked)]
    said = [f"{s.heading or ''}。{getattr(selection.ask_of(s), 'text', '')}" for s in selection.sections]
    for unit in (u for u in selection.co_gaps if u not in asked):
        terms = unit_fields(unit, ws)
        counts = [(sum(text.count(t) for t in terms), sum(said_of_its_own(text, t) for t in terms)) if n in homes else (0, 0)
                  for n, text in enumerate(said)]
        best = max(counts, default=(0, 0))
        if best[0]:
            note = CO_ASK_NOTE if best[1] else CO_LISTED_NOTE
            placed.setdefault(counts.index(best), []).append((unit, note.format(unit=unit)))
        elif len(selection.sections) == 1 and homes:
            placed.setdefault(homes[0], []).append((unit, CO_SHARE_NOTE.format(unit=unit)))
    return placed


def unit_fields(unit: str, ws: Workspace) -> list[str]:
    """The words a text names co-handler ``unit``'s part by: its name's (:func:`~drafter.grammar.unit_words`), then its
    field's words in drafter.yaml (``other_fields``)."""
    listed = unit_in(ws.other_fields, unit)
    return [*unit_words(unit), *(ws.other_fields[listed] if listed else ())]


def unit_point(unit: str, section: Section, selection: Selection) -> str:
    """What co-handler ``unit``, placed under ``section`` (:func:`co_handlers_placed`), is asked for: the section's
    heading where it names the unit's field, else the first point of its ask naming it, not in passing in a list
    (:func:`~.remit.in_passing`: 生态环境、公安、城管…等部门 is every unit's) — 加强金融支持 of 市地方金融监督管理局 under
    突出政策扶持，优化创业环境 (hd26a: it was asked for the whole heading) —, else the heading (a source's head by its
    ask: 加大政策奖补力度 of 关于“加大政策奖补力度”的建议)."""
    heading, ask, terms = head_ask(section.heading or ""), selection.ask_of(section), unit_words(unit)
    if ask is None or any(t in heading for t in terms):
        return heading
    return next((p for p in ask.points for t in terms if t in p and not in_passing(p, t)), heading)


def co_part(unit: str, wording: Wording, context: dict, note: str | None = None, site: str | None = None) -> list[Span]:
    """The placeholder asking a co-handler for its part as a whole (:func:`~.gaps.asked_part`): on works at one
    ``site``, its view and part in it (办理意见及配合事项), as site replies say it, not data."""
    return asked_part(unit, f"{unit}承办部分", wording, context, note, site)


def partnered(selection: Selection, co_handlers: list[str], remits) -> bool:
    """True when another unit works on the item as the draft tells it: a co-handler (--with), a unit whose field an ask is or
    a remit's (:func:`~.remit.gap_owner`, :func:`~.remit.split_remits`), or one a fact drafted names as the bureau's partner
    (:data:`~drafter.grammar.PARTNER_NAMED`: 会同市交通运输局…) — else a closing's 会同有关部门 names a partner no one gave (hd66b)."""
    told = (*(i for s in selection.sections for i in s.items), *selection.plans)
    return (bool(co_handlers) or any(remits) or any(s.owner for s in selection.sections)
            or any(PARTNER_NAMED.search("".join(i.sentences or [i.fact.text])) for i in told))


def shared_areas(selection: Selection) -> list[dict]:
    """The co-handlers' areas for part one's overview (并会同市市场监管局在知识产权保护和运用方面…): the
    sections holding a co-handler's work from the base, as ``{"unit": …, "areas": […]}`` in the asks'
    order, one per unit. A section left for the co-handler to fill says no joint work (rv40, rv44: 协同推进
    with nothing under it but 【待市市场监管局提供】 claimed work the base does not hold); the opening's
    经会同…研究 names the unit."""
    areas: dict[str, list[str]] = {}
    for section in selection.sections:
        if section.part and section.heading:  # its part holding its work from the base
            areas.setdefault(section.part, []).append(area_of(section.heading))
    return [{"unit": u, "areas": a} for u, a in areas.items()]


def same_area(area: str, topic: str) -> bool:
    """True when an overview's ``area`` is the topic itself (its verbs dropped: 中试验证平台建设 of
    加快中试验证平台建设), not merely a part of its words."""
    return area in (topic, area_of(topic))


OWED_PLAN_NOTE = "建议在本项下提到了这些事项，本稿所用的计划未涉及：请写明本单位下一步的举措，或在答复中说明；不涉及的请删去"
# (an item that is its lead over 【待补充：具体举措】 already: no second mark right after the first, hd16)
OWED_IN_GAP_NOTE = "写明具体举措时，请一并写明{owed}（不涉及的不必写）"


COLLECTED_NONE = "已收集的材料中没有"  # how a comment opens on what the base does not hold
NO_PLAN = COLLECTED_NONE + "该方面的工作计划"  # how a part-two item's comment opens where the base holds no plan for its ask
# …where it holds an older plan of the bureau's there (:attr:`~.select.Selection.old_plans`): that plan, to confirm (older_noted)
NO_RECENT_PLAN = "已收集的材料中没有该方面近期的工作计划，只有{last}年的（{where}）：“{said}”"
# …where the one it holds is of the reply's year or the year before, yet serves none of the ask's measures (hd70c): named as such
RECENT_PLAN = "已收集的材料中没有专门针对该事项的工作计划，{last}年的计划（{where}）涉及该事项：“{said}”"
OLDER_RUNS_ON = "请核实其中的举措是否延续到{plan}年。"
OLDER_AS_MATERIAL = "可作参照。"  # …said instead where the note asks already whether the item goes on (one 请核实 a comment)
PLAN_GAP_NOTE = NO_PLAN + "：请写明本单位下一步的具体举措；不需要的，连同编号一起删去"
# …where the base names another unit doing the ask's matter (:attr:`~.select.Section.inferred`): a mark naming that unit.
THEIR_PLAN = "，此处不写本单位的下一步：可商请{unit}提供其下一步安排后改写；本单位有配合举措的，写明配合举措；都没有的，连同编号一起删去"
DOER_PLAN_NOTE = "已收集的材料中此事项由{unit}承担（见该项工作情况的批注），" + NOT_OWN + THEIR_PLAN
# …where it is in the field of a unit drafter.yaml lists, though part one reports facts on it
# (:attr:`~.select.Section.consulted_on_work`, hd71b): a mark naming that unit too.
FIELD_PLAN_NOTE = "此事项" + FIELD_SAID + THEIR_PLAN
# A co-handler's ask part two has no item for (:attr:`~.select.Selection.co_plan_gaps`), said on its lead-in after the mark.
CO_PLAN_NOTE = "第一部分“{heading}”一节由{unit}提供：其会办意见写有下一步举措的，在本部分增列一项写明；没有的，删去本批注"
# Part two's lone item on the lead-in's own matter (the one ask's, the title's) over no work of the bureau's there (hd52b).
RESTATED_GAP_NOTE = ("所提事项即本件的主题，已收集的材料中没有本单位此方面的工作计划，不宜照录原话作为本单位的下一步：请先核实此事由谁负责"
                     "（本单位、乡镇（街道）或其他部门）；属本单位的，写明{year}年的具体举措（做什么、何时完成）；由其他单位负责或"
                     "本单位配合的，写明责任单位及各自的安排")
# Part two's item for an ask to put a matter into a plan or a list (:func:`~.asks.put_in`) over no plan of the bureau's: the plan's
# state, the point to settle, and what the bureau will do — never the ask's words as its step (持续支持…纳入…规划。, hd70b).
PLAN_STATE_GAP = "{plan}的{state}、{matter}纳入情况及下一步安排"
# (what it lacks: after COLLECTED_NONE, or after NO_PLAN's 也没有 where the base holds no plan of the bureau's there either)
PLAN_STATE_NOTE = ("{plan}{state}的情况：所提是将{matter}纳入{plan}，答复要说明{plan}的{state}（是否启动、由谁牵头、"
                   "进度安排）和{matter}是否纳入、如何体现{steps}：请据实写明")
PLAN_STATE_STEPS = "，以及本单位{year}年的具体举措"  # (…where the base holds no plan of the bureau's there either)
CARRY_ON_NOTE = (NO_PLAN + "；此项续行第一部分所述{practice}（出处：{source}）{why}：请核实是否列入{year}年计划。"
                 "列入的，补充具体举措后删去标记并清除高亮；不需要的，连同编号一起删去")
RUNS_IN = "，其实施期含{year}年"
# Part two's item for an ask of a grant (:func:`~.remit.asks_grant`) the base holds no plan for: the bureau's view on it to write,
# never the deputy's words as its step (hd58a: 承德高速口到鞍匠、下板城高速口免高速费, which the real reply left to the county government).
GRANT_GAP = "对“{ask}”的研究意见及下一步举措"
GRANT_GROUP = "grant"  # (its span's group: it is led 下一步， alone, not 我局将 — a view, maybe a no; :func:`_grant_alone`)
DOER_GROUP = "doer"  # (the mark of an ask the base names another unit doing: led 下一步， alone, not 我局将, as a view is)
GRANT_NOTE = (NO_PLAN + "。所提减免收费、给予补贴或资金一类事项须由政府研究决定、财政安排资金，不是本单位可以自行承诺的下一步，此项未照录"
              "建议原话：请写明对该事项的研究意见——能否实施，由哪一级政府或哪个部门研究决定、安排资金和实施，本单位如何配合（如测算、"
              "技术指导）；已列入计划的，写明具体举措；暂难实施的，写明受哪些" + LIMITS)
ASKED_STEP_NOTE = (NO_PLAN + "，此项按建议所提写成本单位的下一步，不是已定的计划：请核实是否列入{year}年计划，"
                   "列入的写明具体举措，删去标记并清除高亮；不拟开展的，连同编号一起删去，需要时在答复中说明原因")
PLAN_PART_NOTE = ("此项为{unit}的下一步举措，已列入{unit}承办的部分并注明单位："
                  "请{unit}确认并按今年的计划更新")
PLACE_PLAN_NOTE = ("原文为“{said}将…”，是全{level}的安排，此项写作本单位的下一步：请核实其中由本单位承担的工作，据实改写；"
                   "不由本单位承担的，删去或写明牵头单位")
HEARD_PLAN_NOTE = ("此项所述项目是{unit}的计划（本单位与其对接得知），本单位的安排只是其中写明由本单位做的部分："
                   "请向{unit}核实项目进展后保留或改写，不要写成本单位的项目")


# The bureau speaking of itself and what it wills, opening a sentence (我们将以…为指导, 我局还将…: its 还/也 kept).
_SELF_WILL = lazy(rf"^(?:{ISSUER_SELF})(?:(?=[还也]将)|{WILL_JIANG})")


def one_voice(sentences: list[str]) -> list[str]:
    """A part-two item's ``sentences`` with who plans said once: by its first (its lead, after part two's lead-in 下一步，我局将…),
    a later one opening on the bureau's subject and will (:data:`_SELF_WILL`) going on without them — 下一步，我局将持续统一规划
    建设我市边塞文化旅游走廊。以战略研究成果…为指导…, not …。我们将以战略研究成果…为指导… (hd57b: the bureau's 2020 plan pasted in
    its own voice). A sentence stating its own time first (2026年，我局将持续加快建设中试熟化平台。) is a dated statement of
    its own and keeps its subject."""
    return sentences[:1] + [_SELF_WILL.sub("", s, count=1) for s in sentences[1:]]


def _plan_spans(step: Item, ws: Workspace, today: dt.date, co: list[str]) -> list[Span]:
    """A part-two item's sentences (:func:`_fact_spans`), who plans said once (:func:`one_voice`) — the place's plan
    opening the item (瓯海区将…, :func:`~.select.place_will`) going on as the bureau's step under part two's lead-in (下一步，我局将…),
    its comment saying whose it was (hd66d); a co-handler's plan
    with the comment asking the unit to confirm it, also where its source names the unit already (市税务局将…)."""
    placed = None
    if step.sentences:
        step = replace(step, sentences=one_voice(step.sentences))
        placed = None if step.part else place_will(step.sentences[0], ws)
        if placed:
            first = (placed["when"] or "") + step.sentences[0][placed.end():]
            step = replace(step, sentences=[first, *step.sentences[1:]])
    said = _fact_spans(step, ws, today, part_one=False, co=co, part_note=PLAN_PART_NOTE)
    owner = heard_plan_unit(step.fact.text, ws)  # (another unit's project the bureau supports: whose it is said)
    note = (PLAN_PART_NOTE.format(unit=step.part) if step.part else HEARD_PLAN_NOTE.format(unit=owner) if owner
            else PLACE_PLAN_NOTE.format(said=placed["who"], level=ws.jurisdiction[-1]) if placed else None)
    if note and said and not any(s.note and note in s.note for s in said):
        first = said[0]  # its own comment (a date to update…) kept after the unit's
        said[0] = replace(first, note=f"{note}；{first.note}" if first.note else note)
    return said


def faceted(section: Section) -> bool:
    """Whether part two of a draft from the title alone has an item for ``section`` (:func:`facet_steps`): a section of
    the bureau's own work under a heading (no placeholder, no co-handler's part)."""
    return bool(section.heading and section.items and not section.gap and not section.part)


def facet_steps(selection: Selection, about: str, wording: Wording, ws: Workspace, year: int) -> list:
    """Part two of a draft from the title alone: an item for each section of part one the bureau
    answers (not a co-handler's part: part two asks no unit for next steps the base does not hold), in
    their order — its plan (:attr:`~.select.Item.section`), else its heading said as a next step and
    what part one reports still running there carried on, or what to write there (:func:`worded_plan_gap`:
    持续培育科技创新主体。【待补充：具体举措】; a heading that is no verb phrase, the old
    【待补充：X方面的下一步举措】) — nothing invented; then the topic's plans answering no section, up to
    MAX_SECTIONS items.
    Where part one has no such section: the plans, else one placeholder on what the work is ``about``
    (the concern of part one's overview). A co-handler's plans are not among these (its own item)."""
    plans = [p for p in selection.plans if not p.part]
    own = [(j, s) for j, s in enumerate(selection.sections) if faceted(s)]
    if not own:
        return plans or [placeholder_text(f"{aspect(about)}的下一步举措")] if about or plans else []
    out: list = []
    for j, section in own:
        mine = [p for p in plans if p.section == j]
        out += mine or [worded_plan_gap(section, wording, ws, year, about)]
    listed = {j for j, _ in own}  # a plan of a section not listed here (no heading…) answers none
    return out + [p for p in plans if p.section not in listed][:max(0, MAX_SECTIONS - len(out))]


KEY_RUN = 4  # characters of an ask's key word part one's items say for its work to be reported (all of a shorter one)


# A work the ask names by example, with no plan of it in the base (hd42a: 对共和初级中学运动场进行翻新硬化).
WORK_STEP_NOTE = ("建议点名的这项工作，已收集的材料中没有其计划，此项按建议所提写出：已完成的，在第一部分写明完成情况后删去此项；"
                  "列入{year}年计划的，写明具体安排（何时实施、投入多少）后删去标记并清除高亮；不拟实施的，连同编号一起删去，需要时在答复中说明原因")


def _work_items(ask, said: str, year: int) -> list[list[Span]]:
    """Part two's items after ``ask``'s own (which says ``said``) for each work it names by example that the item does
    not say (:attr:`~.asks.Ask.named_works`): the work as the bureau's step, highlighted, flagged (:data:`WORK_STEP_NOTE`),
    then 【待补充：具体举措】 — as part one asks for each in turn; a reply answers each named work (德江县教育局's reply
    to the hd42a suggestion: 运动场重新硬化项目已完工；…教学楼…无需撤除重建；…已对办公楼屋面瓦进行了更换). A work said in other
    words is said (:func:`_work_said`: 完成共和初级中学运动场翻新硬化 says 对共和初级中学运动场进行翻新硬化, rv7)."""
    note = WORK_STEP_NOTE.format(year=year)
    return [[Span(f"{work}。", STALE, note=note, group=f"asked-step:{work}"), Span(placeholder_text("具体举措"), PLACEHOLDER)]
            for work in ask.named_works if not _work_said(work, said)]


# What frames a named work's thing: the 对/将/把 taking it, 进行, and the verbs of works (对…运动场进行翻新硬化: 共和初级中学运动场, 翻新).
_WORK_FRAME = lazy(rf"^(?:对|将|把)|进行|{words(WORKS_VERBS)}")


def _work_said(work: str, said: str) -> bool:
    """Whether ``said`` says the named ``work``: its verbs of works (:data:`~drafter.grammar.WORKS_VERBS`) and every run of its
    thing between them, whole — not another site's (维修教学楼屋面 by 对…办公楼屋面进行维修) nor another work on it (硬化村内道路
    by 对村内道路进行亮化), which a share of bigrams took as said (rv8 11)."""
    return all(part in said for part in _WORK_FRAME.split(work) if len(part) > 1) and all(
        m.group() in said for m in _WORK_FRAME.finditer(work) if m.group() in WORKS_VERBS)


def older_noted(note: str, older: tuple[Item, str] | None, year: int) -> str:
    """``note``, the comment of part two's item for an ask the base holds no plan of ``year`` for, naming the bureau's
    ``older`` plan there (:attr:`~.select.Selection.old_plans`: its item and what it said) and asking whether it goes on in
    ``year`` (:data:`OLDER_RUNS_ON`; where the note asks that already or the plan is of ``year`` or later, as material:
    :data:`OLDER_AS_MATERIAL`) — whatever the reply's class and however the item is said: in place of the note's "no plan"
    (:data:`NO_PLAN`: :data:`NO_RECENT_PLAN` of a stale plan, :data:`RECENT_PLAN` of a recent one), else after it
    (:data:`STUB_PLAN`); ``note`` without one. hd54c's
    2021 reply planned 继续向上级部门申报，争取有关资金、项目支持 on the ask: its C draft's comment said no plan, then its A and
    B drafts' (the ask's words as the step) still did."""
    if older is None:
        return note
    item, said = older
    where = item.source.label() if item.source else ""
    runs_on = OLDER_AS_MATERIAL if "请核实" in note or item.year >= year else OLDER_RUNS_ON.format(plan=year)
    if note.startswith(NO_PLAN):
        opening = NO_RECENT_PLAN if item.stale else RECENT_PLAN
        return opening.format(last=item.year, where=where, said=said) + runs_on + note.removeprefix(NO_PLAN).lstrip("，；：")
    sep = "" if not note or note.endswith("。") else "。"  # (an empty note: the clause alone, to go after another's)
    return f"{note}{sep}{STUB_PLAN.format(last=item.year, where=where, said=said)}{runs_on}"


def worded_plan_gap(section: Section, wording: Wording, ws: Workspace, year: int, about: str = "", measures: str = "",
                    in_text: bool = False, keys: list[str] | None = None, older: tuple[Item, str] | None = None) -> list[Span]:
    """Part two's item for a part-one section the base holds no plan for: its heading said as a
    next step, then a policy part one reports still in force carried on (``carry_on``,
    :func:`running_practice`: 进一步加大科技金融支持。深入实施《…三年行动方案（2024-2026年）》。, the practice
    highlighted and flagged 【待核实：是否列入2026年计划】, its source in the comment), else the section's
    ways of working (:func:`standing_item`, when the workspace's ``standing_measures`` is ``text``), else
    a model of work it names (``carry_on`` again) — nothing of the draft's own; else what to write there (``plan_gap``:
    持续培育科技创新主体。【待补充：具体举措】), its step highlighted as no plan (:data:`ASKED_STEP_NOTE`), commented (with the ``measures`` the section's ask
    proposes, :func:`with_asked`), or, ``in_text``, those measures (:func:`asked_plan`); a heading that
    is no verb phrase nor the ask's own phrase (``about``), 【待补充：X方面的下一步举措】 (:data:`PLAN_GAP_NOTE`). Each way's
    comment quotes the bureau's ``older`` plan there to confirm (:func:`older_noted`). A heading asking a grant
    (:func:`~.remit.asks_grant`: 承德高速口到鞍匠、下板城高速口免高速费) part one reports no work on leads no item: a practice
    carried on alone, else the bureau's view on it to write (:data:`GRANT_GAP`, :data:`GRANT_NOTE`).
    ``about``: what the section answers (its ask, the draft's topic); ``keys``: its ask's key words (:func:`~.select.ask_keys`),
    KEY_RUN characters of one of which part one's items must say for the heading to be carried on (持续建设…“世界茶树发源地中心” of a centre
    the member asks the city to seek planning for, its items on other centres: hd26b)."""
    heading = section.heading
    # (part one reports nothing there: the heading as it is, no 持续 of work not reported); the ask's own phrase heading
    # it is what is asked done, whatever its verb (推广竹林林下种植模式: one form in one list, hd17 D11)
    # (an ask phrased as the problem it raises, the step of solving it: 着力解决内垸外排能力不足、垸内水系不畅等问题。, hd20a)
    said = "".join(t for i in section.items for t in (i.sentences or [i.fact.text]))
    reported = section.items and (not keys or any(k[j:j + KEY_RUN] in said for k in keys
                                                  for j in range(max(1, len(k) - KEY_RUN + 1))))
    step = ((next_step(heading) if reported else first_step(heading)) or solving_step(heading)
            or (f"{heading}。" if section.ask is not None and heading == about else None))
    # (a grant part one reports the bureau making, 兑现…奖补, is its practice to carry on)
    grant = not reported and asks_grant(heading, ws)
    step = None if grant else step and ws.in_own_words(step)  # (the bureau's step names its place as its lead-in does: 维修我县…, hd54b)
    carried = running_practice(section, year, about)
    if ws.standing_measures == "text" and not (carried and carried[0].startswith("《")):
        standing = standing_item(step, section, wording, ws, year, older_noted("", older, year))
        if standing:
            return standing
    said = practice_item(carried, step, wording, year, older) if carried else None
    if said:
        return said
    if grant:
        return [Span(placeholder_text(GRANT_GAP.format(ask=about or heading)), PLACEHOLDER, note=older_noted(GRANT_NOTE, older, year),
                     group=GRANT_GROUP)]
    asked = asked_plan(step, measures, wording, year, also=older_noted("", older, year)) if in_text else None
    if asked:
        return asked
    spans = wording.spans("plan_gap", step=step, matter=aspect(ws.in_own_words(unframed_topic(heading))))
    if step:  # the ask's words as the bureau's step, no plan behind it: no promise left plain, its work reported or not
        # (hd30b; 下一步，我厅将持续推动建立覆盖全行业、全过程的应急预案体系。 over part one's 预案 work, rs8 hd52c)
        note = with_asked(older_noted(ASKED_STEP_NOTE.format(year=year), older, year), measures, year)
        return [replace(s, kind=STALE if s.kind == TEXT else s.kind, note=note, group=f"asked-step:{step}") for s in spans]
    return [replace(s, note=with_asked(older_noted(PLAN_GAP_NOTE, older, year), measures, year)) if s.kind == PLACEHOLDER else s
            for s in spans]


def plan_state_gap(placed: tuple[str, str], ws: Workspace, year: int, measures: str = "",
                   older: tuple[Item, str] | None = None, planned: bool = False) -> list[Span]:
    """Part two's placeholder for an ask ``placed`` (:func:`~.asks.put_in`: the matter, the plan or list it is to enter): the plan's
    state (:data:`~drafter.grammar.PLAN_STATES`: 编制进展 of a 规划) with the matter's place in it and the next steps
    (:data:`PLAN_STATE_GAP`), commented (:data:`PLAN_STATE_NOTE`) — the item itself where the base holds no plan of the bureau's
    there (its comment saying so, with the ``measures`` the ask proposes and the bureau's ``older`` plan there), after the
    ``planned`` item's sentences where it holds one."""
    matter, plan = ws.in_own_words(concern_matter(placed[0])), ws.in_own_words(placed[1])
    state = PLAN_STATES[_plan_kind(plan)]
    note = PLAN_STATE_NOTE.format(plan=plan, state=state, matter=matter, steps="" if planned else PLAN_STATE_STEPS.format(year=year))
    note = COLLECTED_NONE + note if planned else with_asked(older_noted(f"{NO_PLAN}，也没有{note}", older, year), measures, year)
    return [Span(placeholder_text(PLAN_STATE_GAP.format(plan=plan, state=state, matter=matter)), PLACEHOLDER, note=note)]


def _plan_kind(plan: str) -> str:
    """The word a ``plan``'s or list's name ends on, of :data:`~drafter.grammar.PLAN_STATES` (规划, 目录…)."""
    return next(w for w in PLAN_STATES if plan.endswith(w))


def plan_state_said(placed: tuple[str, str], selection: Selection) -> bool:
    """Whether a sentence the draft takes from the base (part one's items, part two's plans) tells the state of the plan an ask
    ``placed`` (:func:`~.asks.put_in`) names: the word the plan's name ends on and the verb of its state (规划…编制)."""
    kind = _plan_kind(placed[1])
    verb = PLAN_STATES[kind][:2]
    return any(kind in t and verb in t for i in (*(i for s in selection.sections for i in s.items), *selection.plans)
               for t in i.sentences or [i.fact.text])


def restated_gap(heading: str, wording: Wording, ws: Workspace, year: int, measures: str = "",
                 older: tuple[Item, str] | None = None) -> list[Span]:
    """Part two's lone item on the lead-in's matter (``heading``, the one ask's, the title's) over no work of the bureau's
    there: what it will do, one placeholder (``plan_gap``: 【待补充：…方面的下一步举措】), its comment asking who is responsible
    (:data:`RESTATED_GAP_NOTE`, with the ``measures`` its ask proposes) — not the deputy's words as the bureau's step after
    a lead-in saying them too (根据您的建议，下一步我局将加快实施镇区雨污分流管网建设，… / 加快实施毛嘴镇镇区雨污分流管网建设。
    【待补充：具体举措】, hd52b). Among several asks each item keeps its ask's words, which tell the clerk what it answers
    (hd17 D11, hd43b). The bureau's ``older`` plan there is quoted to confirm (:func:`older_noted`)."""
    note = with_asked(older_noted(RESTATED_GAP_NOTE.format(year=year), older, year), measures, year)
    return [replace(s, note=note) if s.kind == PLACEHOLDER else s
            for s in wording.spans("plan_gap", matter=aspect(ws.in_own_words(unframed_topic(heading))))]


def practice_item(carried: tuple[str, Item], step: str | None, wording: Wording, year: int,
                  older: tuple[Item, str] | None = None) -> list[Span] | None:
    """Part two's item carrying on the practice part one reports still running (``carried``,
    :func:`running_practice`) after the lead ``step`` (``carry_on``: 深入实施《…方案》。), highlighted and flagged
    【待核实：是否列入2026年计划】, its source in the comment (and the bureau's ``older`` plan there, :func:`older_noted`);
    None when a workspace's template says none of it."""
    practice, item = carried
    policy = practice if practice.startswith("《") else None
    spans = wording.spans("carry_on", step=step, policy=policy, model=None if policy else practice)
    if practice not in "".join(s.text for s in spans):
        return None
    note = older_noted(CARRY_ON_NOTE.format(practice=practice, year=year, source=item.source.label() if item.source else "第一部分",
                                            why=RUNS_IN.format(year=year) if policy else ""), older, year)
    return _flagged_whole(spans, carry_on_mark(year), note, [item.fact.id], f"carry:{item.fact.id}")


def running_practice(section: Section, year: int, about: str = "") -> tuple[str, Item] | None:
    """What a part-one section's items report still running in ``year``, and the item saying it: a
    policy whose own span of years holds it (:func:`running_policies`: 《…三年行动方案（2024-2026年）》 in
    2026) on the heading's matter (a word of it beyond :data:`~.select.GENERIC`: a finance plan a
    reform item lists is no next step of that reform), else a model of work an item of that year or the
    last reports (:func:`named_models`: “异地研发、本地转化”模式) on the heading's matter or on what the
    section answers (``about``: its ask, the draft's topic — the model is how the work asked for is
    done); None when nothing."""
    matter = bigrams(section.heading) - GENERIC
    policies = [(p, i) for i in section.items for p in running_policies(said_by([i]), year) if bigrams(p) & matter]
    asked = matter | (bigrams(about) - GENERIC)
    models = [(m, i) for i in section.items if i.year is not None and i.year >= year - 1
              for m in named_models(said_by([i])) if bigrams(m) & asked]
    return next(iter(policies + models), None)


STANDING_MAX = 120  # characters: the practice a part-two item carries on, at most (its clauses whole)
STANDING_SHARED = 2  # words (bigrams) of its matter a practice says at least: one (机制, 平台) is said in passing
STANDING_NOTE = ("已收集的材料中没有{year}年此方面的工作计划，此项按第一部分相应一节所述本单位的现行做法续写，"
                 "不是已定的计划：请按{year}年的工作安排核实改写、补充新举措，列入的删去标记并清除高亮；不再开展的，连同编号一起删去")
STANDING_WARNING = ("下一步工作计划中{n}项在事实库中没有{year}年的计划，已按第一部分所述的现行做法续写，标【待核实】并高亮："
                    "请按{year}年的工作要点核实改写")


def standing_measures(section: Section | None, ws: Workspace, year: int) -> tuple[list[str], list[Item]]:
    """The ways of working part one's ``section`` reports, said as part two carries them on: of each of
    the bureau's own items there (not a co-handler's, another unit's, an area's, a plan offered as done,
    one a source of a year before the last reports: no longer known to run) that has a lead phrase, the lead and the
    practice its sentences describe (:func:`~.select.practice_clauses`: no figure, no result, no single
    undertaking) when they say STANDING_SHARED words of the heading's matter (a draft's topic is too wide), as
    ``强化重大技术攻关支持，…实施科技重大专项“揭榜挂帅”机制`` — up to STANDING_MAX characters, the first
    item's lead at least; the items said. rv38 asked for part two written from the bureau's standing
    measures; rv40 read it as part one said again (hence ``standing_measures: comment`` by default)."""
    measures: list[str] = []
    items: list[Item] = []
    size = 0
    matter = bigrams(section.heading or "") - GENERIC if section is not None else frozenset()
    for item in section.items if section is not None and not section.part else []:
        sentences = item.sentences if item.sentences is not None else split_sentences(item.fact.text)
        if (item.part or item.verify or issued(item.source)[:4] < str(year - 1) or not has_lead(sentences)
                or not own_jurisdiction(item, ws) or paragraph_unit(item.fact, ws)):
            continue
        lead = CARRYING_ON_OPENING.sub("", heading_phrase(sentences[0]).rstrip("。"))
        practice = [c for s in sentences[1:] for c in practice_clauses(s)]
        # a lead naming one undertaking (建设…平台) or a result is no practice; nor is one on another matter
        if not practice_clauses(lead) or len(bigrams(lead + "".join(practice)) & matter) < STANDING_SHARED:
            continue
        said = [lead]
        for clause in practice:
            if size + len(lead) + len(clause) + 1 > STANDING_MAX:
                break
            said.append(clause)
            size += len(clause) + 1
        if measures and size + len(lead) > STANDING_MAX:
            break
        size += len(lead) + 1
        measures.append("，".join(said))
        items.append(item)
    return measures, items


def standing_item(step: str | None, section: Section | None, wording: Wording, ws: Workspace, year: int,
                  also: str = "") -> list[Span] | None:
    """Part two's item where the base holds no plan of ``year``: ``step`` (its lead), then part one's
    practice carried on (``standing``: 继续强化重大技术攻关支持，…机制；…。, :func:`standing_measures`),
    highlighted as a whole and flagged 【待核实：是否列入2026年计划】 (:func:`_flagged_whole`), with
    ``also`` (last year's plan there) in the comment; None when part one reports no such practice or a
    workspace's template says none of it."""
    measures, items = standing_measures(section, ws, year)
    if not measures:
        return None
    spans = wording.spans("standing", step=step, measures=measures)
    if measures[0] not in "".join(s.text for s in spans):
        return None
    note = STANDING_NOTE.format(year=year) + (f"。{also}" if also else "")
    ids = [i.fact.id for i in items]
    return _flagged_whole(spans, carry_on_mark(year), note, ids, f"standing:{ids[0]}")


_LEADS_JOINED = lazy(r"^[、，,；;\s]+")  # what joins the matters a lead-in lists (…心理健康问题、增设…)
_LEAD_END = lazy(r"[，。；,;]")  # where an item's first clause ends


def _says_the_lead_in(items: list[str], context: dict, ws: Workspace) -> bool:
    """Whether part two's first ``items`` open on the matter its lead-in names (``carry_on``, ``concern``), 继续 aside, as
    their first clauses: the first's alone (not 城市更新决策广泛征求群众意见 after …将深入推进城市更新，: another matter, hd37), or
    the first few's joined as the lead-in lists them (…将加强关注人民群众心理健康问题、增设线上、线下心理工作室， / （一）加强关注
    人民群众心理健康问题。（二）增设线上、线下心理工作室。: the asks said twice, hd56a); each the town it names aside (加快实施毛嘴镇
    镇区… says 加快实施镇区…, the title's matter less a town no fact names, :func:`~.asks.without_town`: hd52b) and the own place
    said either way (规范景德镇陶瓷… says 规范我市陶瓷…, the lead-in's own words, :meth:`~drafter.workspace.Workspace.in_own_words`:
    hd53a)."""
    leads = [_LEAD_END.split(item.removeprefix("继续"), maxsplit=1)[0] for item in items]
    for rest in (p.removeprefix("继续") for p in (context.get("carry_on"), context.get("concern")) if p):
        for lead in leads:
            said = next((f for f in (lead, without_town(lead), ws.in_own_words(lead), ws.in_own_words(without_town(lead)))
                         if f and rest.startswith(f)), None)
            if said is None:
                break
            rest = _LEADS_JOINED.sub("", rest[len(said):])
            if not rest:
                return True
    return False


def _restates_the_lead_in(item: list[Span], context: dict, ws: Workspace) -> bool:
    """Whether a part-two ``item`` is its ask's words as the bureau's step over no work of it (:func:`worded_plan_gap`'s
    asked step) saying the matter the lead-in names (:func:`_says_the_lead_in`)."""
    return any(s.group and s.group.startswith("asked-step:") for s in item) and _says_the_lead_in(
        ["".join(s.text for s in item)], context, ws)


def _co_plans_noted(span: Span, selection: Selection) -> Span:
    """``span`` (the end of part two's lead-in) commented with what part two asks of the co-handlers answering asks it has
    no item for (:attr:`~.select.Selection.co_plan_gaps`): their marks first, as a section's owed points are asked."""
    gaps = [(k, mark) for k, mark in selection.co_plan_gaps.items() if k < len(selection.sections)]
    if not gaps:
        return span
    heads = "、".join(selection.sections[k].heading or selection.asks[k].phrase for k, _ in gaps)
    units = "、".join(dict.fromkeys(PROVIDED.match(mark).group(1) for _, mark in gaps))
    return noted(span, "".join(m for _, m in gaps) + CO_PLAN_NOTE.format(heading=heads, unit=units), span.note)


def _own_plan_gaps(selection: Selection) -> dict[str, Section]:
    """The bureau's own part-two placeholder of each ask whose part-one section has a heading
    (:attr:`~.select.Selection.plan_gaps`) → that section: worded as a next step, as a draft from
    the title words a section without a plan (（三）持续加大科技金融支持。【待补充：具体举措】); a section
    itself the bureau's placeholder too (（一）建立健全学生视力筛查和建档制度。【待补充：具体举措】), not
    another unit's — but one of a co-handler's site, where the bureau works with it (:attr:`~.select.Section.at_site`)."""
    out = {}
    for section in selection.sections:
        gap = selection.plan_gaps.get(section.ask) if section.ask is not None else None
        if gap and section.heading and not section.part and not section.theirs:
            out[gap] = section
    return out


def _owed_plan(step: Item, selection: Selection) -> list[str]:
    """:func:`_owed` after a part-two item: the ask it answers, said by it or by part one."""
    return _owed(selection.ask_of(step), selection, [step])


def _section_blocks(n: int, section: Section, ws: Workspace, today: dt.date, co: list[str] = (),
                    slots: list[list[Span]] = (), newer: tuple = (None, ""), also: str = "",
                    point: bool = False, bare: bool = False, alone: bool = False, plain: bool = False,
                    apart: bool = False, theirs: list[list[Span]] = ()) -> list[ReplyBlock]:
    """One section in the workspace's heading form: ``（一）heading`` on a line of its own
    (separate) or run into the first paragraph (inline); then its items, ``一是…二是…`` only when
    there are two or more. A section's lead paragraph (a fact that was no enumerated item in its
    source) comes first, unnumbered; a section the base cannot fill holds its placeholder. A section
    with no heading asks for one: its unit's placeholder for a co-handler's part (:attr:`Section.part`),
    the bureau's own otherwise.
    ``slots``: what is still to come under the section's ask (another unit's material, the points the
    base has nothing on), each an item of its own after the section's items (三是【待补充：企业技术中心…（…可商请市工业和信息化局提供）】),
    numbered as they are, a ready place for what the unit or section asked sends back; in a section
    that is a placeholder itself, its items (:func:`~.gaps.gap_items`: one per point it asks for).
    ``co``: the co-handlers as the clerk wrote them, the names the draft gives them; ``newest``:
    part one's newest source (:func:`_newer_noted`); ``also``: the points still owed under the ask (:func:`owed_phrase`),
    asked for inside the city's placeholder before an area's result (one paragraph for the city's work, rv46/rv47),
    else named in one comment on the heading of a section reporting some work (on its first item when ``bare``),
    opening on the placeholder it would have been (:data:`OWED_HEADING_NOTE`: no 三是【待补充：…】 slot per clause,
    rv51), an item of its own only in a section holding none;
    ``point``: a 会办/协办意见's numbered point, ``1.`` and its heading run in whatever the heading form; ``bare``: its items
    alone, run together as an inline section's are (a per-ask reply heads the section apart: :func:`_per_ask_blocks`);
    ``alone``: the part's only section, its items under no heading, in the workspace's form (as one item has no 一是);
    ``plain``: a plain reply's section (:mod:`.form`), ``一是`` and its heading run in, its items run on unnumbered;
    ``apart``: each slot an item of its own however many (the co-handlers' parts, one unit each: 五是…八是 in one form, not
    四是 holding five units' placeholders run together, hd28a); ``theirs``: co-handlers' parts asked under the ask
    (:func:`co_handlers_placed`), each an item of its own after the others however many."""
    label = f"{n + 1}." if point else f"{cn_numeral(n + 1)}是" if plain and not alone else f"（{cn_numeral(n + 1)}）"
    # (its place said as part two's item on the ask says it, ws.in_own_words: one ask, one wording in both parts, hd59a)
    name = ws.in_own_words(section.heading) if section.heading else provided_by(section.part, MISSING_HEADING)
    name_kind = TEXT if section.heading else PLACEHOLDER
    owing = placeholder_text(owed_ask(also, OWED_WORK)) if also and not section.city_gap else ""
    reported = bool(section.items) and not section.gap
    if owing and not reported:
        slots = [*slots, [Span(owing, PLACEHOLDER, note=OWED_NOTE)]]
    heading_note = owing + OWED_HEADING_NOTE if owing and reported else None
    intro = next((i for i in section.items if framing(i)), None)
    items = [replace(i, sentences=i.sentences[1:]) if not alone and heads_lead(section.heading, i.sentences) else i
             for i in section.items if i is not intro]  # the heading says the item's lead phrase (none is written alone)
    leads = [has_lead(i.sentences or []) for i in items]  # an item among others led by a lead phrase keeps its own
    numbered = [(_newer_noted(_fact_spans(i, ws, today, co=co, led=any(leads[:k] + leads[k + 1:])), i, *newer),
                 _citations(i)) for k, i in enumerate(items)]
    if section.city_gap:  # an area's result alone: the city's own asked for before it
        whole = "全" + (ws.own_place_word() or "我市")[1:]
        owing = f"（含建议所提{also}）" if also else ""
        numbered.insert(0, ([Span(placeholder_text(f"{whole}{aspect(name if section.heading else '')}{owing}的工作情况及数据（注明年份）"),
                                  PLACEHOLDER, note=CITY_GAP_NOTE.format(area=ws.area_said(items[0].fact.jurisdiction), whole=whole))], []))
    room = MAX_ITEMS - len(numbered)  # a section holds at most MAX_ITEMS items: the last slot takes the rest
    if 0 < room < len(slots) and not apart:  # two asks in one place, said apart: 四是【待…提供：…】；【待补充：…】
        rest = slots[room - 1:]
        slots = [*slots[:room - 1], [s for k, slot in enumerate(rest) for s in ([Span("；")] if k else []) + list(slot)]]
    if room > 0 or apart:
        numbered += [(list(slot), []) for slot in slots]
    else:  # no room: said after the last item, in its run of text
        numbered[-1][0].extend(s for slot in slots for s in slot)
    numbered += [(list(slot), []) for slot in theirs]
    paragraphs = [(_fact_spans(intro, ws, today, co=co), _citations(intro))] if intro else []
    several = len(numbered) > 1 and not (plain and not alone)
    for k, (spans, cites) in enumerate(numbered):
        paragraphs.append((([Span(f"{cn_numeral(k + 1)}是")] if several else []) + spans, cites))
    if (bare or alone) and heading_note:  # no head written here: the points owed are said on the first item
        first_spans = paragraphs[0][0]
        first_spans[0] = noted(first_spans[0], heading_note, first_spans[0].note)
    if ws.heading_form == "separate" and not point and not bare and not plain:
        heading = [] if alone else [ReplyBlock(HEADING2, [Span(label), Span(name, name_kind, note=heading_note)])]
        return heading + [ReplyBlock(BODY, spans, cites) for spans, cites in paragraphs]
    lead = [] if bare or alone else [Span(label + name + "。", LEAD, note=heading_note)] if section.heading else [
        Span(label, LEAD), Span(name, PLACEHOLDER, note=heading_note), Span("。", LEAD)]
    total = sum(len(s.text) for spans, _ in paragraphs for s in spans)
    if total <= LONG_SECTION:
        return [ReplyBlock(BODY, lead + [s for spans, _ in paragraphs for s in spans],
                           [c for _, cites in paragraphs for c in cites])]
    first, *rest = paragraphs
    return [ReplyBlock(BODY, lead + first[0], first[1])] + [ReplyBlock(BODY, spans, cites) for spans, cites in rest]


def _citation(item: Item) -> Citation:
    source = item.source
    return Citation(
        fact_id=item.fact.id,
        source=source.label() if source else item.fact.source_id,
        date=source.date if source else None,
        section=" > ".join(item.fact.section) or None,
        paragraph=item.fact.paragraph,
        period=item.year,
        item=ordinal_of(item.fact.text),
        # a result quoted with words left out inside a sentence (a plan's lead is the ask's, its own words not quoted)
        cut=quoting_note(item.fact.text, item.sentences or []) if item.fact.kind != PLAN and not item.verify else "",
        unplaced=bool(source) and not (source.jurisdiction or item.fact.jurisdiction),
    )


def fact_text(item: Item, ws: Workspace) -> str:
    """The fact's sentence for the draft: leading ordinal dropped, an area named as such, and a
    full stop at the end."""
    return _area_named(strip_ordinal(item.fact.text).rstrip("；;，, "), item, ws)


# A district's own unit after its level (科技局, 委, 政府, 人大…): an organ's word of a unit only
# (UNIT_ORGAN_WORDS: no 中心, a thing too), no province's organ (PROVINCE_ORGAN_WORDS).
LOCAL_UNIT = (rf"[\u4e00-\u9fff]{{0,5}}?(?:{words(ASSEMBLY_WORDS, (w for w in UNIT_ORGAN_WORDS if w not in PROVINCE_ORGAN_WORDS))})")
NOT_LEVEL = "[域间块位分别场城]"  # 区域, 县城, 市场…: the level character opening another word


_SENTENCE_END = lazy("[。！？]")
STATED_WHEN = lazy(r"(?:19|20)\d{2}年[^，,。；;]{0,8}[，,]")  # a sentence's opening date (2025年，2024年1-5月，)


# The city an area's source calls 本市 (本 not closing another word: 资本市场, 日本市).
CITY_OF_AREA = "(?<![资日成基根版文样账课剧原标脚书])本{level}(?!场)"


def _area_named(text: str, item: Item, ws: Workspace) -> str:
    """An area's fact's text with its place named as the reply names it (:meth:`~drafter.workspace.Workspace.area_said`: 汕尾市城区,
    not 城区): its 我区/本区/全区 as the area, and a reporter's 该镇 (its level's 该:
    :data:`~drafter.grammar.LEVEL_ANAPHOR`, 该镇完善基础设施… of 孟集镇, hd57a), the city its source calls 本市 as
    the city's reply says all of it (全市: 青浦区's 本市唯一的…平台 under the area's name, not 青浦区本市唯一的…), its
    own units' short forms named once in full, its name in front where its first sentence lacks it (after a
    stated date; not before the bureau's own name, its work there: 我厅副厅长…来梅调研, hd68d); and a full stop at the end."""
    place = item.fact.jurisdiction
    if place in ws.areas:
        suffix, level, said = place[-1], ws.jurisdiction[-1:], ws.area_said(place)
        for local in (f"我{suffix}", f"全{suffix}", f"本{suffix}"):
            text = text.replace(local, said)
        text = LEVEL_ANAPHOR.sub(lambda m: said if place.endswith(m.group(1)) else m.group(), text)
        if level and level != suffix:
            text = cached(CITY_OF_AREA.format(level=level)).sub(f"全{level}", text)
        # its own units by their short form (区科技局制定了…, 由区发改委…): the first is named in full, a list of them
        # at its first (紧紧围绕县委、县政府… → 勐海县委、县政府, not 县委、勐海县政府: hd54c)
        # (not where the area's level is the jurisdiction's: a county-level city's 市科技局 may be the city's)
        if suffix != ws.jurisdiction[-1:]:
            unit = rf"{suffix}(?!{NOT_LEVEL}){LOCAL_UNIT}"
            text = cached(rf"(?:^|(?<=[，。；：、（“由与和及经同向对在据])|(?<!{re.escape(place[:-1])})(?={unit}、))(?={unit})").sub(
                place[:-1], text, count=1)
        at = when.end() if (when := STATED_WHEN.match(text)) else 0  # 2025年，荣县建成…, not 荣县2025年，建成…
        # (nor where it opens on the area's name without its level: 余杭商务部门…, h258; nor on the bureau's own, its work there:
        # 我厅副厅长杨军率队来梅调研…, not 梅州市我厅…, hd68d)
        if place not in _SENTENCE_END.split(text, maxsplit=1)[0] and not (len(stem := AREA_LEVEL_END.sub("", place)) > 1 and text.startswith(stem, at)) \
                and not (ws.self_name and text.startswith(ws.self_name, at)):
            text = text[:at] + said + text[at:]
    if text and text[-1] not in "。！？”）)":
        text += "。"
    return text


def _drafted(item: Item) -> list[str]:
    """The item's kept sentences, else its fact's text whole, its ordinal dropped and a last sentence announcing what follows
    (:func:`~.sentences.without_announcement`: …塑造我市产业发展新优势。主要做法如下：): never drafted, nor ended ：。."""
    return item.sentences if item.sentences is not None else [strip_ordinal(without_announcement(item.fact.text))]


def _fact_spans(item: Item, ws: Workspace, today: dt.date, part_one: bool = True, co: list[str] = (),
                part_note: str | None = None, led: bool = False) -> list[Span]:
    """:func:`_item_spans`, written once per composing reply (:data:`_WRITTEN`) while the item stays as it was."""
    written = _WRITTEN.get()
    if written is None:
        return _item_spans(item, ws, today, part_one, co, part_note, led)
    state = _state(item)  # (a copy of an item, made anew by each composing, is written as the item)
    held = written.setdefault((id(item.fact), part_one, tuple(co), part_note, led), [])
    spans = next((spans for was, spans in held if was == state), None)
    if spans is None:
        spans = _item_spans(item, ws, today, part_one, co, part_note, led)
        held.append((state, spans))
    return list(spans)  # (a caller may add to its list, or replace a span: never the spans themselves)


def _state(value):
    """``value`` as it stands: an item's fields, its lists and dicts (its sentences, claims, outdated figures) by value."""
    if isinstance(value, Item):
        return tuple(_state(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, list):
        return tuple(_state(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _state(v)) for k, v in value.items())
    return value


def _item_spans(item: Item, ws: Workspace, today: dt.date, part_one: bool = True, co: list[str] = (),
                part_note: str | None = None, led: bool = False) -> list[Span]:
    """The item's kept sentences as spans (:mod:`.sentences`): relative time words made
    absolute and noted; another unit's figures attributed (据…统计, a co-handler by the name the
    clerk gave it, ``co``), and a co-handler's work in its part opening with its name
    (:func:`part_lead`); in part one, a sentence with figures but no year gets its year in front, and a
    lead phrase its sentence says again is dropped unless ``led`` (the section's other items open on theirs:
    :func:`~.sentences.said_once`);
    a figure older than last year, of no known year, or with a newer value elsewhere is
    highlighted with a note; a last year's plan offered as done ends in 【待核实：是否已完成】."""
    source = item.source
    covered_year = source.period if source else None  # (the year a summary sums up: its 2019年以来 is that year)
    ids = [item.fact.id]
    # (another's meeting it spoke at: its account alone; the event told back where its scene has no subject, 会上，观看了…)
    sentences = without_event_attended(with_event_told(_drafted(item), item.fact.text), ws.name, ws.self_name)
    sentences = without_exclaiming(own_opening(unreported(sentences)))  # (同时，我们积极向上级反映…: to a sentence the draft does not have; no ！)
    sentences = with_given_subject(sentences, item.fact.text, ws.self_name)  # (与…单位…: 我厅 of the sentence before put back)
    sentences = [issued_as_done(s, source, ws) for s in sentences]  # (a notice's issuing told as its issuer's deed)
    sentences = without_dangling_references(sentences, item.fact.text)  # (以上三个项目… of a sentence not kept)
    sentences = without_cut_quotations(sentences, item.fact.text)  # (…十二条措施。” of a quotation whose opening is not kept)
    if part_one and restates_lead(sentences) and item.fact.jurisdiction not in ws.areas:
        # 建设X。落地…，启动建设X，…: the lead says nothing the sentence does not (rv19), unless the section's other items
        # open on theirs (rv51: an item without one among them) — then the sentence refers back to it (启动建设该平台)
        sentences = (said_once(sentences) if led else None) or sentences[1:]
        # (an area's item keeps it: the area's name opens it there, 鲤城区推进…, before whose work it is)
    if not part_one and has_lead(split_sentences(sentences[0]) + sentences[1:]):
        first = split_sentences(sentences[0])  # a next step opens on its lead, said once (qa18 item 8)
        lead = heading_phrase(first[0])
        # (…纳入上级规划。同时我们积极向上级反映…: a lead is no sentence to add to)
        sentences = [lead, *own_opening(without_head([*first[1:], *sentences[1:]], lead))]
    if part_one and item.verify and has_lead(sentences):  # a plan is no result: its lead, the plan in the comment
        return [_claim_mark(item, sentences, today)]
    marks: list[tuple] = []  # (text, span kind, note[, group: the Span.group of a flag and its figures])
    out: list[str] = []
    base = year_prefix(item.fact, source, item.year) if part_one and not item.verify else None
    prefix = base  # the date the sentences state, until one's figures have a date of their own
    scope: int | None = None  # the sentence stating the item's date, which the next ones share
    marker = update_text(today.year - 1)
    flag: tuple[int, str, str] | None = None  # the year of the item's date (its scope's), its comment and group when that is a flag
    blank = ws.old_figures in ("blank", "frame")  # (part one's results only: where figures are flagged)
    blanks: list[int] = []  # the sentence's marks of figures not current, their numbers to leave out (blank)
    olds: dict[object, list[str]] = {}  # a comment's group → the values left out under it, in order
    framed: dict[object, str] = {}  # a comment's group → the date its sentence said before it was framed
    # (a news item or report of the bureau's own place by no other unit, nor of the place as a whole: its 该局 is the bureau)
    place_report = (place_issued(source, ws) or item.place) and own_jurisdiction(item, ws)
    own_report = bool(source) and source.kind in (NEWS, WORK_REPORT) and own_jurisdiction(item, ws) and (
        not source.issuer or ws.is_own_unit(source.issuer)) and not place_report
    # (the place's report: its work said as the place's, 我县…, not under 我局's name — in part one, where it is the bureau's)
    subject = ws.own_place_word() if part_one and place_report else None
    sentences, given = with_place_subject(sentences, subject, item.place) if subject else (sentences, {})
    for n, sentence in enumerate(sentences):
        for unit in co:  # a co-handler is named as the clerk wrote it, whatever the source called it
            sentence = named_as(sentence, unit)
        sentence = self_named(sentence, ws, own_report)  # and the bureau as it calls itself (我局)
        if own_jurisdiction(item, ws):  # its own place as its letters call it (我市), not a reporter's 该市
            sentence = own_place_named(sentence, ws)
        first_mark = len(marks)
        if n in given:
            marks.append(_place_subject_mark(subject, ws, f"原文为“{given[n]}”（报告者自称）" if given[n] else NO_SUBJECT))
        dated = absolute_time(sentence, source, item.year, item.fact, today.year)
        day_unknown = False
        if part_one and not item.verify:  # a result's day without its year (6月9日，…): its year, or the doubt
            days, day_unknown = dated_days(dated.text, source, item.year, today)
            dated = Dated(days.text, dated.marks + days.marks)
        text = dated.text
        changed = [(m.text, TEXT, m.note) for m in dated.marks]
        figures = figures_in(text, item.fact)
        if item.part and not out and not names_unit(text, item.part):  # a co-handler's work, in its part
            said = part_lead(text, item.part, figures)
            text = said + text
            marks.append((said.rstrip("，"), TEXT, (part_note or PART_NOTE).format(unit=item.part)))
        owner = attribution(text, item.fact, ws, "".join(out)) if figures else None
        if owner:
            unit, note, at = owner
            unit = unit_name(unit, co, ws)
            text = f"{text[:at]}据{unit}统计，{text[at:]}"
            marks.append((f"据{unit}统计", TEXT, note))
        wanted = sentence_date(text, figures, item.fact, source, item.year) if base and figures else prefix
        if wanted != prefix:  # this sentence's figures are of another date than the last one's
            prefix, scope, flag = wanted, None, None
        shared = False
        # this sentence's own 目前 made the item's date — unless that date only guesses the period
        # (a 统计期 flag): a 目前 says when, and keeps its own
        made = bool(prefix) and not prefix[1].startswith(UNDATED) and any(
            piece.rstrip("，") == prefix[0].rstrip("，") for piece, _, _ in changed)
        # a part of the whole before it (其中用于…4531.61万元) is of the whole's date: none of its own in front
        undated = not dated_first(text, figures) and not REFERS_BACK.match(text)
        if prefix and figures and scope is not None and (undated or (made and _restates(text, prefix[0]))):
            # the item's date is stated once: this sentence shares it, joined to it by ；
            text, changed = _unstated(text, prefix[0], changed, figures)
            for k in range(scope, len(out)):
                if out[k].endswith("。"):
                    out[k] = out[k][:-1] + "；"
            shared = True
        elif prefix and figures and undated and not dated_after_state(text, prefix[0].rstrip("，")):
            # (its subject given back dates it whole in front of it: 2022年，我县强力推进…，…11项专项整治收到实效; a state said
            # before that date dated by it: 我旗农村牧区人口25.26万人，截至2014年底，…, no 2014年 before it, hd59b)
            at = 0 if n in given else year_position(text, [f for f in figures if not is_term(text, f.raw)] or figures,
                                                    results=not prefix[1].startswith(UNDATED))  # (a term has no date; an as-of date is its figure's)
            said = prefix[0].rstrip("，") if BARE_MONTHS.match(text, at) else prefix[0]  # 2023年1-5月, no 2023年，1-5月
            part = item.fact.period.part
            own = text.find(part, 0, at) if part and said.endswith(f"{part}，") else -1
            if own >= 0:  # the part said by the sentence itself takes the year alone (2023年春节期间，我局…, rv7 4)
                at, said = own, said[:-len(part) - 1]
            if at == 0 and n not in given and WANTS_DOER.match(text):  # (2019年，将全县…: its doer after the date)
                text, doer = _with_doer(text, item, ws)
                marks += doer
            text = text[:at] + said + text[at:]
            marks.append((prefix[0].rstrip("，"), TEXT, prefix[1] + SAME_SOURCE))
            scope = len(out)
        elif has_year(text):
            scope = len(out) if prefix and _restates(text, prefix[0]) else None
        if scope is None:
            flag = None
        marks += changed
        if part_one and not item.verify and scope == len(out):
            # the as-of date the draft inferred for this sentence (and those sharing it), unless
            # current, is the one visible flag asking for this year's value: never prose
            text, flag = _flag_as_of(text, marks, first_mark, today, f"{item.fact.id}#{len(out)}", source,
                                     bool(figures))
        covered = flag is not None and (scope == len(out) or shared)
        if part_one and not item.verify:
            old, unknown = [], []  # the figures wanting a newer value, those of no known year
            for fig in figures:
                note = item.outdated.get(fig.raw)
                year = figure_year(fig, item)
                # (上半年全市共接待游客…: the half's, not the year's — every year its statement names is that half's)
                part = item.fact.period.part if fig.year in (None, item.fact.period.year) else None
                if is_term(text, fig.raw) and not note:
                    continue  # a measure's term (规模超1亿元) has no date
                if is_policy_count(text, fig.raw):
                    continue  # a policy's count of measures (新出台…3条措施) is history, no result to update
                if not note and covered and year in (None, flag[0]):
                    if flag[0] < today.year or flag[3]:
                        # not current, or of a period the source never stated (推动41个… of 〔2026〕 in a
                        # reply of 2026: last year's or this year's): highlighted like any such figure,
                        # the flag's comment over it
                        marks.append((fig.raw, STALE, flag[1], flag[2]))
                        if blank and flag[0] < today.year:
                            blanks.append(len(marks) - 1)
                        if not flag[3]:  # its date stated (截至2025年5月，): the flag after its clause
                            old.append(fig)
                    continue
                if not note and year is None and not (has_year(text) or shared):
                    note = YEAR_UNKNOWN_NOTE
                    unknown.append(fig)
                elif not note and year is not None and today.year - year > 1:
                    note = OLD_FIGURE_NOTE.format(when=_span_of(fig, item, year), last=today.year - 1)
                elif not note and in_year_only(year, source, today, part):
                    stated = _said_date(text, year)  # the months the text states (截至2024年10月底, 2024年1—10月)
                    stated = stated if stated and "月" in stated else None
                    stated = f"截至{stated}" if stated and f"至{stated}" in text and not stated.startswith("截") else stated
                    when = stated or (f"{year}年{part}" if part else f"截至{year}年{source_month(source)[1]}月")
                    note = (f"该数据为{when}的情况{'' if stated or part else '（按来源日期）'}，"
                            + ("是累计数，请核实并更新为最新的累计数值（写明截至时间）" if counted_since(text, fig, covered_year) else
                               f"不是{year}年全年数值，请核实并更新为{year}年全年或{today.year}年的最新数值{ANY_INDICATOR}"))
                if note:  # a sentence's figures with the same note share its comment
                    group = f"{item.fact.id}#{len(out)}:{note}"
                    stale = not_current(year, source, today, part)
                    said = _said_date(text, year) if stale else None
                    if said and not any(m[0] == said and m[1] == STALE for m in marks[first_mark:]):
                        marks.append((said, STALE, note, group))  # the old date stated (2024年，…) is marked as its figures
                    marks.append((fig.raw, STALE, note, group))
                    if stale:
                        old.append(fig)
                        if blank:
                            blanks.append(len(marks) - 1)
            if old:  # one visible marker per sentence, after the clause of its last figure wanting this year's value
                if shared:  # a sentence joined to this one by ；: its marker moves here
                    for k in range(scope, len(out)):
                        if marker in out[k]:
                            out[k] = out[k].replace(marker, "", 1)
                            marks.remove((marker, PLACEHOLDER, None))
                # a sum of one act, or a project's cost: whether more came since, no year's value
                if all(is_one_act(text, f.raw) for f in old) or any(is_project_total(text, f.raw) for f in old):
                    text = with_mark(text, LATEST_UPDATE, old)
                    marks.append((LATEST_UPDATE, PLACEHOLDER, ONE_ACT_NOTE))
                elif all(counted_since(text, f, covered_year) for f in old):  # a count since a date (自2019年8月以来…32件): its newest total
                    text = with_mark(text, RUNNING_UPDATE, old)
                    marks.append((RUNNING_UPDATE, PLACEHOLDER, None))
                else:
                    text = with_update_marker(text, today.year - 1, old)
                    marks.append((marker, PLACEHOLDER, None))
            if unknown and not day_unknown:  # beside the clause of its last figure of no known year: the year to check, on the page
                text = with_mark(text, YEAR_UNKNOWN, unknown)
                marks.append((YEAR_UNKNOWN, PLACEHOLDER, YEAR_UNKNOWN_NOTE, f"{item.fact.id}#{len(out)}:{YEAR_UNKNOWN_NOTE}"))
            if day_unknown:  # right after the first day of no known year: one doubt a sentence, on the page
                day = BARE_DAY.search(text)
                text = text[:day.end()] + YEAR_UNKNOWN + text[day.end():]
                marks.append((YEAR_UNKNOWN, PLACEHOLDER, DAY_YEAR_UNKNOWN_NOTE, f"{item.fact.id}#{len(out)}:{DAY_YEAR_UNKNOWN_NOTE}"))
            progress = under_way_at(text) if written_before(source, item.year, today) else None
            if progress and not any(PROGRESS_UNKNOWN in t for t in out):  # once an item: the clerk rewrites it
                at, word = progress
                text = text[:at] + PROGRESS_UNKNOWN + text[at:]
                note = PROGRESS_NOTE.format(word=word, source=_source_name(item))
                marks.append((PROGRESS_UNKNOWN, PLACEHOLDER, note, f"{item.fact.id}#{len(out)}:{note}"))
        if blanks:
            if ws.old_figures == "frame" and _all_left_out(text, figures, blanks):
                left_out = {marks[b][0] for b in blanks}
                counted = [f for f in figures if f.raw in left_out]  # the figures left out
                text = _framed(text, counted, marks, first_mark, marks[blanks[0]][3], today, framed)
                held = next((k for k in range(scope, len(out)) if marker in out[k]), None) if shared else None
                if held is not None:  # a framed sentence's flag, after the last of those sharing its date
                    out[held] = out[held].replace(marker, "", 1)
                    text = with_mark(text, marker, counted)
            text = _blanked(text, marks, blanks, olds)
            blanks = []
        out.append(text)
    for k, (piece, kind, note, *grouped) in enumerate(marks):  # each comment says the values left out under it
        if grouped and grouped[0] in framed:
            said, values = framed[grouped[0]], olds[grouped[0]]
            values = ("依次为" if len(values) > 1 else "为") + "、".join(values)
            marks[k] = (piece, kind, FRAMED_NOTE.format(year=today.year - 1, said=said, values=values, source=_source_name(item)),
                        grouped[0])
        elif grouped and grouped[0] in olds and note:
            marks[k] = (piece, kind, OLD_VALUES_NOTE.format(note=note.rstrip("。"), values="、".join(olds[grouped[0]])),
                        grouped[0])
    text = "".join(out).rstrip("；;，, ")
    stated = bool(base) and not source_dated(item.fact) and not has_year(text) and not text.startswith(RECENT_YEARS_WORDS)
    # (an old item of no figure to flag, of the year its paragraph states: said with it, flagged old — 2020年，遂德高速…开工建设
    # 【待核实：最新进展】, hd68a, not 此项未写明时间 of material its paragraph dates)
    aged = stated and item.stale and not figures_in(text, item.fact)
    if stated and (item.fact.jurisdiction in ws.areas or aged):  # an area's work of its stated year, said with its name: 2016年，青浦区…
        text = base[0] + text
        marks.append((base[0].rstrip("，"), TEXT, base[1]))
    text = _area_named(text, item, ws)
    in_text = figures_in(text, item.fact)
    decided = "决定" in text and any(is_decided(text, f.raw) for f in in_text)  # (a notice's decision, told as done)
    spans = _told_done(_marked_spans(text, marks, ids), done_cuts(text, decided))
    if aged and not any(s.kind in (PLACEHOLDER, STALE) for s in spans):  # (highlighted whole, as an old item of no year is)
        spans = [Span(text, STALE, ids, f"{base[1]}；{_stale_note(item, ws)}"), Span(PROGRESS_UNKNOWN, PLACEHOLDER, ids)]
    # (a fact of figures that all are terms, 总额不超过8万元的创业补贴, is a policy's standard, no count that a newer one replaces)
    elif item.stale and dated_figures(text, in_text) and not any(s.kind == STALE or s.text.startswith(UPDATE_OPEN) for s in spans):
        spans = [Span(as_done(text, decided), STALE, ids, _stale_note(item, ws)), Span(update_text(today.year - 1), PLACEHOLDER, ids)]
    elif part_one and not item.verify and not any(s.kind in (PLACEHOLDER, STALE) for s in spans) and not has_year(text) and not (
            text.startswith(RECENT_YEARS_WORDS) and (item.year is None or today.year - _written(item) <= 1)):
        # (近年来，我局持续…: the years up to the source's, a standing account — of last year's material or this year's; one of
        # 2022 in a 2025 reply speaks of 2022's recent years: hd21b's 近年来，市委、市政府十分重视…, unmarked)
        # a result no figure of which is flagged (an older fact's work with no figure among them), of no known time or
        # from material of a year before last: once, after it
        source_name = item.source.label() if item.source else "不详"
        written = _written(item)
        if item.year is None:
            relative = outside_names(RELATIVE_YEAR, text)  # (今年以来, 去年: said, but of no year the source tells)
            note = (UNDATED_RELATIVE_NOTE.format(word=relative[0].group(), source=source_name) if relative
                    else UNDATED_ITEM_NOTE.format(source=source_name))
            spans.append(Span(YEAR_UNKNOWN, PLACEHOLDER, ids, note))
        elif today.year - written > 1:
            note = OLD_ITEM_NOTE.format(year=written, source=source_name, last=today.year - 1)
            spans = [Span(text, STALE, ids, note), Span(PROGRESS_UNKNOWN, PLACEHOLDER, ids)]
    if item.verify:
        spans.append(_verify_span(item, ids, "此项"))
    for claim in item.claims:  # a last year's plan on the item's matter, to confirm: after its results, its mark alone
        spans.append(_claim_mark(claim, claim.sentences or [], today, after=True))
    return spans


def _stale_note(item: Item, ws: Workspace) -> str:
    """The comment on a part-one item older than the freshness window (:attr:`~.select.Item.stale`)."""
    return f"该事实为{item.as_of()}年情况，已超出{ws.freshness_years}年时效，请核实是否有更新情况"


def _written(item: Item) -> int:
    """The year of an item's material (its source's date, else its fact's year; 0 when neither): a 2025 reply's practice is
    current."""
    return int(issued(item.source)[:4] or item.year or 0)


def _claim_mark(plan: Item, sentences: list[str], today: dt.date, after: bool = False) -> Span:
    """A last year's plan offered as done (its lead and the claim, or the claim alone) as one mark,
    【待核实：2025年计划“推动建设…平台”的落实情况】, the plan quoted in its comment: a plan is no result, and
    deleting the mark cannot leave one reading as done (rv26, rv27). ``after`` an item's results (a
    claim on its matter, :attr:`~.select.Item.claims`) the comment speaks of the mark, not of an item."""
    led = has_lead(sentences)
    said = "".join(sentences[1:] if led else sentences)
    said = said.removeprefix(plan_frame(plan.year)) if plan.year else said
    head = sentences[0].rstrip("。") + "，" if led else ""  # a lead cut from the plan's own sentence is quoted with it
    cut = led and head + said.rstrip("。") in plan.fact.text
    said = head + said if cut else said  # (rv32: mark and comment alike)
    note = CLAIM_NOTE.format(where=_citation(plan).line(), said=said, what="此处" if after else "此项",
                             drop="此标记" if after else "此项")
    # the plan's own first clause inside the mark, not a heading over it (持续加强技术转移机构建设 of 118号's
    # 培育技术经理人队伍，…, qa16)
    lead = sentences[0] if cut or not said else clauses(said)[0]
    return Span(to_verify(CLAIMED.format(year=plan.year or today.year - 1, lead=lead.rstrip("，。；"))),
                PLACEHOLDER, [plan.fact.id], note)


# The comment on an item of part one that neither its text nor its source dates (hd2: 墨子大道通车… of 2022, in a
# 2025 reply, unmarked).
UNDATED_ITEM_NOTE = "此项所述情况未写明时间，来源（{source}）也未注明日期：请核实是何年的情况，写明年份；已不是近况的，请更新或删去"
# The same where it says 今年以来, 去年… of an undated source (hd11: 一是今年以来，我市坚持… was said to state no time).
UNDATED_RELATIVE_NOTE = ("此项只写了“{word}”，来源（{source}）未注明日期，读不出是哪一年：请核实是何年的情况，改写为具体年份；"
                         "已不是近况的，请更新或删去")
RELATIVE_YEAR = lazy(rf"{YEAR_WORD}(?:以来)?")


# The comment on an item of part one of a year before last that states no time and no figure to flag (hd2: 墨子大道
# 通车…, a 2023 news item's, in a 2025 reply).
OLD_ITEM_NOTE = ("此项未写明时间，所据材料（{source}）是{year}年的，早于上年（{last}年）：请核实是否仍宜写入，"
                 "有新进展的据实更新并写明时间，再删去标记")


# A comment over figures whose numbers the draft left out (``old_figures: blank``): what they were.
OLD_VALUES_NOTE = "{note}。原文数值依次为：{values}（文中以" + BLANK + "代替，请填入新的数值）"


def _blanked(text: str, marks: list[tuple], blanks: list[int], olds: dict) -> str:
    """``text`` (a sentence) with the number of each figure marked at ``blanks`` (indices into
    ``marks``) left out, in order (27家 → X家); each such mark now names the blank, and ``olds``
    gathers the values by the mark's comment group."""
    at = 0
    for k in blanks:
        raw, kind, note, *grouped = marks[k]
        start = find_figure(text, raw, at)
        if start < 0:
            continue
        said = blank_figure(raw)
        text = text[:start] + said + text[start + len(raw):]
        at = start + len(said)
        marks[k] = (said, kind, note, *grouped)
        olds.setdefault(grouped[0], []).append(raw)  # (a figure's mark always names its group)
    return text


# A comment over a framed sentence (``old_figures: frame``): what it said, and how to fill it.
ONE_ACT_NOTE = ("此数字是一次安排的总数，不是逐年统计的数值，不必换成某年的全年数据：请核实此后是否有新的安排或进展，"
                "有则补写并写明时间，没有则删去本标记")
FRAMED_NOTE = ("本句按{year}年全年写出，数字空出（X）：原文（{source}）{said}，数值{values}。"
               "请填入{year}年全年的数值（指标可按今年的统计口径换用）后清除高亮；没有{year}年数值的，"
               "改回原文的数值并如实写明时间")


def _all_left_out(text: str, figures: list, blanks: list[int]) -> bool:
    """True when the marks at ``blanks`` (indices into a sentence's marks) leave out every figure of ``text`` that has a date (not a
    measure's term, :func:`is_term`, nor a policy's count of measures, :func:`is_policy_count`)."""
    return len(blanks) >= len(dated_figures(text, figures))


def dated_figures(text: str, figures: list) -> list:
    """The ``figures`` of ``text`` that have a date: not a measure's term (:func:`is_term`: 总额不超过8万元的创业补贴) nor a policy's
    count of measures (:func:`is_policy_count`)."""
    return [f for f in figures if not is_term(text, f.raw) and not is_policy_count(text, f.raw)]


_ANY_SAID_DATE = lazy(said_date())  # a date a sentence states for its figures, of any year


def _framed(text: str, counted: list, marks: list[tuple], first: int, group: str, today: dt.date, framed: dict) -> str:
    """``text`` (a sentence all of whose figures, ``counted``, are left out) stating last year, the frame
    the clerk fills in: its date of an older year or of part of last year (2024年 → 2025年,
    截至2025年5月 → 截至2025年底) and the flag of a period never stated (【待更新：统计期】 → 2025年,
    with 【待更新：2025年全年数据】 after the clause of its last figure). A date since a year
    (2024年以来) stays; a sentence of running totals only (累计达X家) states 截至2025年底.
    ``marks[first:]`` are the sentence's; ``framed`` gathers, by the comment ``group`` of its figures,
    what the sentence said before (the comment says it)."""
    year = today.year - 1
    totals = running_totals(text, counted)  # 累计达X家 stands at the year's end
    for k in range(first, len(marks)):
        piece, kind, note, *grouped = marks[k]
        if piece == PERIOD_UNSTATED:
            said, new = "未注明统计期", f"截至{year}年底" if totals else f"{year}年"
        elif kind == STALE and _ANY_SAID_DATE.fullmatch(piece) and not piece.endswith("以来"):
            said, new = f"为“{piece}”的数据", f"截至{year}年底" if piece.startswith("截") or totals else f"{year}年"
        else:
            continue
        at = _outside_titles(text, piece)
        if at < 0:
            continue
        text = text[:at] + new + text[at + len(piece):]
        marks[k] = (new, STALE, note, *grouped)
        framed[group] = said
        if piece == PERIOD_UNSTATED:  # the flag's ask moves after the figures: this year's values
            marker = update_text(year)
            text = with_mark(text, marker, counted)
            marks.append((marker, PLACEHOLDER, None))
        return text
    return text


def _outside_titles(text: str, piece: str) -> int:
    """Where the date ``piece`` first stands whole (:func:`~drafter.grammar.date_at`) in ``text`` outside a title (《…》), or -1."""
    at = date_at(text, piece)
    while at >= 0 and text.count("《", 0, at) != text.count("》", 0, at):
        at = date_at(text, piece, at + 1)
    return at


def _span_of(fig, item: Item, year: int) -> str:
    """How a note names the time a figure stands as of (``year``): a span it totals that ended then by the span (累计投入26.8亿元 of
    a page summing up 辉煌十三五: “十三五”期间（2016—2020年）, not 2020年, hd48e), else the year."""
    start, until = (fig.year, fig.until) if fig.year is not None else (item.fact.period.year, item.fact.period.until)
    named = item.fact.text + ((item.source.title or "") if item.source else "")
    return span_said(start, until, named) if start is not None and until == year and start < until else f"{year}年"


def _source_name(item: Item) -> str:
    """How a comment names the item's source: its label (泉科函〔2025〕81号（2025-05-20）), else its year."""
    return item.source.label() if item.source else f"{item.year}年的材料"


def unit_name(unit: str, co: list[str], ws: Workspace) -> str:
    """The one name a letter gives ``unit`` (:func:`~drafter.grammar.same_unit`): a co-handler's as the
    clerk wrote it, else drafter.yaml's (``other_units``, ``other_fields``), else as found."""
    return unit_in(co, unit) or unit_in((*ws.other_units, *ws.other_fields), unit) or unit


# A sentence of the place's report given the place as its subject (with_place_subject): why, and what the clerk may make of it.
PLACE_SUBJECT_NOTE = ("{said}。所在材料是全{level}的情况（不是本单位的工作总结），此句按全{level}的工作写作“{word}”；"
                      "其中本单位承担的工作，请核实后改写为本单位的做法")
NO_SUBJECT = "原文未写主语"  # (its {said} where the source's sentence named no doer)
PART_NOTE = ("此项为{unit}的工作，已列入{unit}承办的部分并注明单位："
             "请{unit}核实并更新为最新情况")


def _place_subject_mark(word: str, ws: Workspace, said: str = NO_SUBJECT) -> tuple:
    """The mark of the place's own ``word`` (我县) given a sentence as its subject, where its source ``said`` another or none
    (:data:`PLACE_SUBJECT_NOTE`)."""
    return word, TEXT, PLACE_SUBJECT_NOTE.format(said=said, level=ws.jurisdiction[-1], word=word)


# A figure older than last year: its comment (said in full once a draft, :func:`~.marks.refer_back`).
OLD_FIGURE_NOTE = "该数据为{when}数据，早于上年（{last}年），请核实是否已有{last}年全年或更新的数值" + ANY_INDICATOR


def part_lead(sentence: str, unit: str, figures: list) -> str:
    """How a co-handler's work in its part opens, naming it: as the subject before a verb of work
    (市金融局完善产业基金体系建设…), else 据…统计 before figures, else its name as the topic (…方面，)."""
    if sentence.startswith((*LEAD_VERBS, *WORK_VERBS, *MANNER_ADVERBS)):
        return unit
    return f"据{unit}统计，" if figures else f"{unit}方面，"


def _verify_span(plan: Item, ids: list[str], what: str) -> Span:
    """【待核实：是否已完成】 after a last year's plan offered as done, its comment naming the plan's source."""
    return Span(VERIFY, PLACEHOLDER, ids, f"{what}为上年工作计划（{_citation(plan).line()}），已收集的材料中尚无完成情况，请核实")


def _citations(item: Item) -> list[Citation]:
    """The sources of an item's paragraph: its fact's, then those of the plans it says after its
    results (:attr:`~.select.Item.claims`)."""
    return [_citation(item)] + [_citation(c) for c in item.claims]


VERIFY = to_verify("是否已完成")
# A last year's plan offered as done with a lead of its own: the lead in the text, the plan here
# (two clerks in a row marked 按照2025年工作计划，引进… in part one as the draft's worst fault: a plan
# read as a result, signed if the mark alone is deleted).
CLAIM_NOTE = ("{what}为上年工作计划（{where}），已收集的材料中尚无完成情况。计划写的是：“{said}”"
              "已完成的，请核实后据实写明完成情况（时间、做法、成效和数据），替换此标记；未完成的，删去{drop}或移至下一步工作计划")
# A last year's plan offered as done: what its mark says.
CLAIMED = "{year}年计划“{lead}”的落实情况"


def not_current(year: int | None, source, today: dt.date, part: str | None = None) -> bool:
    """True when a figure of ``year`` from ``source`` is not current in a reply of ``today``'s
    year Y (:func:`~.sentences.past_as_of`): older than Y−1, or of Y−1 only as of a date inside it
    (:func:`in_year_only`), or of a ``part`` of it (上半年). Such a figure's sentence carries 【待更新：…】 (``drafter check``
    reports one that lost it). A figure of no known year is none of these."""
    ym = source_month(source)
    month = HALF_MONTH if part else ym[1] if ym is not None and ym[0] == year else None
    return year is not None and past_as_of(year, month, today)


HALF_MONTH = 6  # (a part of a year, 上半年, 前三季度, 1-11月, stands as a month inside it: not the full year's value)


def in_year_only(year: int | None, source, today: dt.date, part: str | None = None) -> bool:
    """True when a figure of last year (``year`` = Y−1 in a draft of year Y) comes from a source
    dated before that year was over, or is of a ``part`` of it (2024年上半年 in a source of 2025): it is what stood by the
    source's date (截至2025年5月) or in that half, not the full year's value a reply of year Y reports."""
    return year == today.year - 1 and not_current(year, source, today, part)


PROGRESS_NOTE = "原文（{source}）写的是当时的进展（“{word}”）：请核实最新进展（是否已建成、已实施），据实改写后删去本标记"


def written_before(source, year: int | None, today: dt.date) -> bool:
    """True when what a source says of work under way was written before ``today``'s year (its
    date's year, else the fact's): its progress then is no progress now."""
    ym = source_month(source)
    written = ym[0] if ym else year
    return written is not None and written < today.year


def _flag_as_of(text: str, marks: list, first: int, today: dt.date, group: str,
                source: SourceMeta | None, counted: bool = True) -> tuple[str, tuple[int, str, str, bool] | None]:
    """``text`` with the as-of date the draft wrote into it (a mark: a date put in front, or a
    目前 made absolute) marked when that date is not current (:func:`provisional`), its comment
    saying how it was inferred and what to put instead: a date the source said (目前 in a reply of
    2025-05: 截至2025年5月) stays as written, highlighted as its figures are (rv29: an old figure is
    read with its date); a date only the source's date gave becomes the flag ``【待更新：统计期】``:
    a May reply's 服务企业2089家 is most likely the year before's count, and 截至…新认定27家 says no
    period at all — the guessed date never stands in the text. ``marks[first:]`` are the
    sentence's (``counted``: it states figures). (text, the marked date's year, its comment, ``group`` (the comment's key its
    figures share) and whether the flag says the period is not stated, or None)."""
    for k in range(len(marks) - 1, first - 1, -1):
        piece, kind, note = marks[k][:3]
        year = provisional(piece, today, note or "") if kind == TEXT else None
        if year is None and kind == TEXT and month_missing(piece, today):
            # current, but the month it stood at is not known: that gap is on the page, right after the year
            date = piece.rstrip("，")
            at = date_at(text, date)
            if at >= 0:
                marks[k] = (date, TEXT, note, group)
                marks.append((MONTH_UNKNOWN, PLACEHOLDER, note, group))
                return text[:at + len(date)] + MONTH_UNKNOWN + text[at + len(date):], None
        if year is None:
            continue
        piece = piece.rstrip("，")  # the date itself: the comma after it stays in the text
        at = date_at(text, piece)
        if at < 0:
            continue
        why = as_of_note(note or "", year, today, piece, source, counted)
        if not (note or "").startswith(UNDATED):
            marks[k] = (piece, STALE, why, group)
            return text, (year, why, group, False)
        marks[k] = (PERIOD_UNSTATED, PLACEHOLDER, why, group)
        return text[:at] + PERIOD_UNSTATED + text[at + len(piece):], (year, why, group, True)
    return text, None


def _with_doer(text: str, item: Item, ws: Workspace) -> tuple[str, list[tuple]]:
    """``text``, opening on a disposal with no doer (:data:`~.sentences.WANTS_DOER`: 将全县原有…整合为…), given one, and its
    mark: the bureau (我局) in a source it issued; its place as its letters call it (我县) in another's account of its place
    (a news item, a paper: the place's work, hd69b), noted (:data:`PLACE_SUBJECT_NOTE`); else none (another place's work is
    not said as ours)."""
    issuer = item.source.issuer if item.source else None
    if issuer and ws.is_own_unit(issuer):
        return ws.self_name + text, []
    word = ws.own_place_word() if own_jurisdiction(item, ws) else None
    if not word:
        return text, []
    return word + text, [_place_subject_mark(word, ws)]


def _said_date(text: str, year: int | None) -> str | None:
    """The first date of ``year`` ``text`` states outside a title (2024年, 截至2024年底), or None."""
    if year is None:
        return None
    for found in cached(said_date(year)).finditer(text):  # (a year's pattern: the same from run to run)
        if text.count("《", 0, found.start()) == text.count("》", 0, found.start()):
            return found.group()
    return None


def _restates(text: str, prefix: str) -> bool:
    """True when ``text`` states the item's date ``prefix`` (``截至2025年5月``) and no other year."""
    date = prefix.rstrip("，")
    return date in text and not has_year(text.replace(date, ""))


def _unstated(text: str, prefix: str, changed: list, figures: list) -> tuple[str, list]:
    """``text`` without the item's date ``prefix`` that a 目前 made absolute put in it (the date is
    said once for the item; a year the source wrote stays, and so does a longer time it heads: 2014年度,
    :func:`~drafter.grammar.date_at`); the note on that change goes to the sentence's first figure."""
    date = prefix.rstrip("，")
    at = date_at(text, date)
    if at < 0:
        return text, changed
    text = text[:at] + text[at + len(date) + (text[at + len(date):].startswith("，")):]
    moved = [(figures[0].raw if piece.rstrip("，") == date else piece, kind, note) for piece, kind, note in changed]
    return text, moved


def _told_done(spans: list[Span], cuts: list[tuple[int, int]]) -> list[Span]:
    """``spans`` without the characters at ``cuts`` (positions in their joined text, :func:`~.sentences.done_cuts`): told
    as a reply tells it once each mark was placed on the text as read (rv9 8: a mark across 决定 or （见附件） was lost)."""
    total = sum(len(span.text) for span in spans)
    kept_at = bytearray(b"\x01") * total  # (whether each character of the joined text stays)
    for start, end in cuts:
        start, end = max(start, 0), min(end, total)
        if start < end:
            kept_at[start:end] = bytes(end - start)
    out, pos = [], 0
    for span in spans:
        kept = "".join(compress(span.text, kept_at[pos:pos + len(span.text)])) if cuts else span.text
        out += [replace(span, text=kept)] if kept else []
        pos += len(span.text)
    return out


def _marked_spans(text: str, marks: list[tuple], ids: list[str]) -> list[Span]:
    """``text`` as spans, each mark's first free occurrence its own span with the mark's kind,
    note and group (a figure is never found inside a longer number: ``3家`` is not the tail of ``13家``)."""
    placed: list[tuple[int, int, str, str | None, str | None]] = []
    for piece, kind, note, *grouped in marks:
        group = grouped[0] if grouped else None
        start = find_figure(text, piece) if piece else -1
        first = start
        while start >= 0:
            end = start + len(piece)
            if all(end <= s or start >= e for s, e, *_ in placed):
                placed.append((start, end, kind, note, group))
                break
            start = find_figure(text, piece, start + 1)
        else:  # no free occurrence: a second mark on the same piece joins the first (a stale flag wins)
            same = next((k for k, (s, e, *_) in enumerate(placed) if first >= 0 and (s, e) == (first, first + len(piece))), None)
            if same is not None:
                s, e, had, said, was = placed[same]
                if any(n == note for *_, n, _ in placed):  # a comment already there (the flag's) is not repeated
                    note = None
                # a note added makes the span's comment its own (not its group's)
                placed[same] = (s, e, STALE if STALE in (had, kind) else had,
                                "；".join(n for n in (said, note) if n) or None, None if note else was)
    placed.sort()
    spans: list[Span] = []
    pos = 0
    for start, end, kind, note, group in placed:
        if start > pos:
            spans.append(Span(text[pos:start], TEXT, ids))
        spans.append(Span(text[start:end], kind, ids, note, group))
        pos = end
    if pos < len(text):
        spans.append(Span(text[pos:], TEXT, ids))
    return spans
