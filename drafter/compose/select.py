"""Choose the facts a reply reports, and group them into headed sections.

Ranking is the fact index's BM25 over character bigrams (no word segmenter on the draft path:
bigrams need no dictionary, cope with new terms such as 具身智能 and load instantly) for the
topic — the suggestion's title without its framing words (关于…的建议, 推动, 加快…) and without
the bureau's own place names, which every fact shares. The score is scaled by how far a source
can speak for the bureau (replies and work reports 1, policy 0.8, news 0.5) and halved for a
stale fact. A fact is relevant when it reaches RELATIVE_THRESHOLD of the best score and shares
MIN_SHARED topic bigrams (so 党建 or 安全生产 paragraphs stay out), the words of the bureau's
field that nearly every fact says counted as one (:func:`field_bigrams`: 科技创新). Then the rules
of a reply:

* only this organisation's jurisdiction and the areas under it (another city's fact is left out);
* superseded facts, problem facts and lead-ins announcing a list (``…如下：``) are skipped, and
  so is anything not yet known on the reply's date (a later period or source);
* the newest value of each figure measure wins (the refresh's notion of the same measure,
  :mod:`drafter.facts.measure`): an older fact adding nothing else is dropped, an older figure
  kept inside a fact that adds something is flagged;
* facts older than the freshness window are used only to fill the frame when fresh facts cannot
  (fewer than :data:`MIN_SECTIONS` sections) and are then flagged stale; facts older than the
  workspace's ``max_age`` never (the part keeps its placeholder, its comment naming them);
* done/context facts make the sections of part one; the newest plan facts of the bureau's own
  jurisdiction make the next-step part (without text, sentence by sentence, one item per section of
  part one: :func:`_plans_for_sections`);
* without it, an item is on the title's matter (:func:`title_matter`, :func:`on_matter`: its words
  the base does not say everywhere, by weight, not a word shared in passing), and a one-item
  section under a source heading that fits neither gets its item's facet as heading
  (:func:`facet_headings`);
* with the suggestion's text, one section per ask holds the items reporting a result on that
  ask's own matter (:func:`answering`: a figure beside one of its specific words — fewer, better
  items, one if need be, rather than the budget filled with facts merely near the topic), each
  keeping its sentences that say those words; part two gives each ask one plan, its lead a verb
  phrase like every other lead of the draft (:func:`heading_phrase`).

Everything is deterministic: ties are broken by fact id.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..facts.history import sentence_key, successor_id
from ..facts.measure import MIN_THING, Measured, fact_as_of, fact_year, measure_fact, newest_successors, standing_year
from ..grammar import (
    ADDING_WORDS, ADDRESS, CREED, AGREED_WORDS, AREAS_BELOW, BARE_DAY, CANNOT_WORDS, HALTED, PLACE_PROFILE, ASK_VERBS, BODY_WORDS, CARRYING_ON, CENTRAL_ACT, DEADLINE, FOUNDING_VERBS, FUNCTION_CHARS, GOVERNMENT,
    ISSUE_YEAR, ISSUER_SELF, ISSUING, ITEM_AS_MEANS, JOINT_VERBS, ITEM_HANDLED, ITEM_START, JURISDICTION_LEVELS, LEAD_VERBS, LEADER_BRIEFING, LOCAL_SCOPES, MADE_KINDS,
    MADE_THINGS, MANNER_ADVERBS, NAMED_UNIT_WORDS, NEXT_OR_LATER, NEXT_STEP, OBJECT_VERBS, ONGOING_STEP_VERBS, OCCASION, ORDINAL, PEOPLE_GROUPS, PLACE_LEVELS, PLAN_OR_YEARS_SPAN,
    PROBLEM_PHRASE, PUSHING_VERBS, READERS_SUGGESTION, RECENT_YEARS_WORDS, RESIDENT_WORDS, REFERS_BACK, REGION, ROAD, RULE_FOLLOWED, SCOPE_OPENERS, SEIZING_VERBS, SELF_UNIT, SHAPING_VERBS,
    SPEECH_VERB, STEP_VERBS, STOCK_HELD, STRIVING, THROUGH_VERBS, TIME_WORDS, TITLE_KIND, TITLE_SPAN, UNIT_NAME, VIEWPOINT, WHERE_WORDS, WILL_JIANG,
    WORK_EFFECT, WORK_VERBS, WORKS_VERBS, WORK_FINISHED, ZONE_WORDS, TOWNSHIP_LEVELS, concern, find_figure, route_codes, same_unit, settlement, strip_ordinal, target_years, unit_in,
    unit_mentions,
)
from ..grammar import words as alternation
from ..lazyre import cached, lazy
from ..model import CONTEXT, DONE, NEWS, PLAN, POLICY, REPLY, WORK_REPORT, Fact, Figure, SourceMeta
from ..reply import OWED_STEPS, placeholder_text, provided_by
from ..sessions import session_parts
from ..textutil import CJK, CLAUSE_BREAK, CLAUSE_OR_SENTENCE_END, NOT_WORD, cn_number, is_cjk
from ..workspace import Workspace, others_place_words, place_names
from .sentences import (
    DIGIT, LEAD_VERB, NAME, RESULT, announces, bigrams, clauses, figure_unit, figures_in, finished_sentences, has_lead, has_year, is_lead, is_term,
    on_topic_clauses, on_topic_members, others_figures, without_frames, purposes, paragraph_unit, repeats, restates_figures, split_sentences, within_matter, without_field_lists,
    without_named_frame, without_creed, without_slogans, doer_deeds, deed_said, heads_results, own_opening, outside_names, reports, sentence_parts,
)
from .asks import ASK_VERB, ENLARGE_TO, FOR, HEADED, HUA, JOIN, KEY_SPAN, MANNER, MEANS_FOR, OPENING_VERB, PURPOSE_VERBS, RANKS, closing_aim, dependant, field_asked, framed_matter, key_words, kind_head, past_places, put_in, restates_title, without_place_names, without_town
from .remit import CONSULT_SAID, gap_owner, gap_remits, lead_owns, named_doer, says_bureau
from .suggestion import Suggestion
from .synonyms import equivalents, equivalents_said, field_works, governing_fields, longer_names, phrase_synonyms, synonyms_of, with_synonyms

MIN_SECTIONS, MAX_SECTIONS = 3, 6
# (the asks past MAX_SECTIONS have no section of their own, but are never dropped unsaid — hd26b's seventh point was:
# the command and part one's heading name them, to merge or write in, :data:`LEFT_ASKS_WARNING`)
LEFT_ASKS_WARNING = "建议所列事项超过{most}项，以下各项未单列一节，请并入相关一节或补写："


def co_room(sections: int) -> int:
    """The most sections there are, ``sections`` of the asks' and the co-handlers' after them: MAX_SECTIONS, or one more
    than the asks' where their points took them all (six points and a co-handler's part: its work is not dropped, nor its
    placeholder put under the sixth point's heading)."""
    return MAX_SECTIONS if sections < MAX_SECTIONS else sections + 1
MAX_ITEMS = 4  # 一是…四是 per section
MAX_SENTENCES = 3  # an item's sentences after its lead phrase
MAX_PLANS = 5
MAX_HEADING = 25  # characters: a longer source heading is cut to its first clause
SEARCH_LIMIT = 200
# A fact is relevant when its score reaches this share of the best score and it shares at
# least MIN_SHARED distinct topic bigrams with the topic.
RELATIVE_THRESHOLD = 0.05
MIN_SHARED = 3
# Two headings name the same section when this share of the shorter one's bigrams recurs.
HEADING_OVERLAP = 0.5
# How far a source kind can speak for the bureau.
KIND_WEIGHT = {NEWS: 0.5, POLICY: 0.8}
STALE_WEIGHT = 0.5
TOP_WEIGHT = max(1.0, *KIND_WEIGHT.values())  # what a hit's score may be multiplied by, at most

# Words that frame a suggestion's title without saying what it is about.
FRAMING = lazy(
    rf"^关于|{TITLE_KIND.pattern}|进一步|推动|推进|加快|加强|促进|关于|有关|的"
)
TRAILING_PUNCT = "。；;，,：: "


def topic_query(title: str, ws: Workspace) -> str:
    """The topic of a suggestion title (:func:`_topic`), the equivalents of its words added
    (:func:`~.synonyms.with_synonyms`)."""
    return with_synonyms(_topic(title, ws), ws)


def _topic(title: str, ws: Workspace) -> str:
    """A suggestion title less its framing words and the bureau's own place names."""
    return FRAMING.sub(" ", without_own_places(title.strip().strip("《》"), ws)).strip()


def without_own_places(text: str, ws: Workspace) -> str:
    """``text`` less the names of the bureau's own places (淮南市, 淮南): they tell no matter of its work apart."""
    for name in ws.own_place_names:
        text = text.replace(name, " ")
    return text


def _whole_place(query: str, ws: Workspace) -> frozenset[str]:
    """The bigrams of how facts name the bureau's own place as a whole (维西县, 维西, 全县, 我县, 本县) where ``query`` names it
    so (推动我县旅游发展: the county's results on 旅游 meet that clause, hd23d); none else, nor for a place of no level word."""
    whole = _whole_place_words(ws)
    if not any(w in query for w in whole):
        return frozenset()
    names = [n for place in ws.jurisdiction_names() for n in place_names(place)]
    return frozenset().union(*(bigrams(n) for n in [*names, *whole]))


def _whole_place_words(ws: Workspace) -> tuple[str, ...]:
    """The words naming the bureau's own place as a whole (我县, 全县, 本县); none for a place of no level word."""
    word = ws.own_place_word()
    return tuple(f"{w}{word[1:]}" for w in "我全本") if word else ()


def named_areas(suggestion: Suggestion, ws: Workspace) -> frozenset[str]:
    """The areas under the jurisdiction that ``suggestion`` names, in its title or its text, by
    name or stem (晋江市, 晋江): their facts are what the suggestion is about (with asks or without,
    in choosing the items and in trimming them). The jurisdiction's own name names none of them (塔城地区 holds 塔城 of
    塔城市)."""
    text = f"{suggestion.title}\n{suggestion.text or ''}"
    for name in ws.jurisdiction_names():
        text = text.replace(name, " ")
    return frozenset(a for a in ws.areas if any(n in text for n in place_names(a)))


@dataclass
class Item:
    """A fact chosen for the reply, with its score and what to flag about it."""

    fact: Fact
    source: SourceMeta | None
    score: float
    year: int | None  # the period the fact speaks of
    stale: bool = False  # older than the freshness window
    outdated: dict[str, str] = field(default_factory=dict)  # figure raw → note (newer value)
    sentences: list[str] | None = None  # the sentences the draft keeps (None: the whole text)
    verify: bool = False  # a last year's plan offered as done: 【待核实：是否已完成】
    running: bool = False  # in part two: an older plan's target not yet reached, beside its ask's newest plan (:func:`running_target`)
    claims: list = field(default_factory=list)  # such plans on this item's matter, said after it (Items)
    ask: int | None = None  # in part two: the ask (its index) this plan answers; in a co-handler's part, the one it came from
    part: str | None = None  # the co-handler (--with, as written) whose work it reports, in its part
    section: int | None = None  # in part two of a draft without text: the part-one section (its index) it answers
    place: bool = False  # of a page of the place's leader briefing on its work (:func:`leader_briefed`): the place's, not the bureau's

    def as_of(self) -> int | None:
        """The year the fact stands as of, its age counted from (:func:`~drafter.facts.measure.standing_year`: a span's end)."""
        return fact_as_of(self.fact, self.source)


@dataclass
class Section:
    """A heading (from the sources, ordinal stripped; None when no source gave one) and items."""

    heading: str | None
    items: list[Item]
    gap: bool = False  # the base holds none of its items: placeholders stand for them (:func:`~.gaps.gap_items`)
    gap_note: str | None = None  # its comment (e.g. the stale facts left out)
    ask: int | None = None  # the ask (its index) the section answers
    # the unit whose field (other_fields) the ask is in, by the name to ask it by (the co-handler that is
    # it): set for every section, items or not (:func:`~.remit.gap_owner`); None when no other unit's
    owner: str | None = None
    co_handles: bool = False  # the owner co-handles the item (--with): asked for its part already
    at_site: bool = False  # the owner is the co-handler whose site the ask names: the bureau's next step there its own
    # the owner is the unit the base names doing the ask's matter (:func:`~.remit.named_doer`), not one drafter.yaml names
    inferred: bool = False
    # a placeholder section's remits: its ask's points in yet another unit's (:func:`~.remit.gap_remits`)
    remits: list = field(default_factory=list)
    part: str | None = None  # the co-handler (--with) whose part it is: its work the base holds (:func:`co_parts`)
    city_gap: bool = False  # its one item an area's result: the city's own is asked for before it (:func:`_matter_results`)

    @property
    def score(self) -> float:
        return max((i.score for i in self.items), default=0.0)

    @property
    def consulted(self) -> str | None:
        """The unit whose field its ask is in when that does not co-handle: a reply asks it nothing, the bureau's own
        placeholder names it to consult (可商请…提供); None otherwise."""
        return self.owner if self.owner and not self.co_handles else None

    @property
    def asked(self) -> str | None:
        """The co-handler its ask is put to (the owner when it co-handles): its part asked of it; None otherwise."""
        return self.owner if self.co_handles else None

    @property
    def consulted_on_work(self) -> bool:
        """True when its ask is in the field of a unit that does not co-handle (:attr:`consulted`, drafter.yaml's word, not
        :attr:`inferred`) though part one reports facts on it (the base's, which may stay): its next step is that unit's (hd71b)."""
        return bool(self.consulted and self.items and not self.inferred and not self.at_site)

    @property
    def theirs(self) -> bool:
        """True when its ask is another unit's (an owner, not a co-handler whose site it names, where the bureau
        works with it)."""
        return bool(self.owner) and not self.at_site


@dataclass
class Selection:
    """What part one and part two of a reply will say."""

    sections: list[Section]
    plans: list[Item]
    warnings: list[str] = field(default_factory=list)
    overview: Item | None = None  # a source's own overview of the work (近年来，…), opening part one
    asks: list = field(default_factory=list)  # the suggestion's asks (compose.asks.Ask)
    words: list = field(default_factory=list)  # each ask's own words, as facts were weighed on it (:func:`ask_words`)
    co_gaps: list[str] = field(default_factory=list)  # co-handlers whose part the base lacks
    co_parts: list[str] = field(default_factory=list)  # co-handlers whose part holds their work from the base
    plan_gaps: dict[int, str] = field(default_factory=dict)  # ask index → placeholder in part two
    co_plan_gaps: dict[int, str] = field(default_factory=dict)  # …a co-handler's, asked in a comment (:func:`_co_plan_gaps`)
    # ask index of a placeholder in part two → an older plan of the bureau's on it and its sentence saying most (:func:`_old_plan`)
    old_plans: dict[int, tuple[Item, str]] = field(default_factory=dict)
    gap_note: str | None = None  # the comment of part one's placeholder (the facts too old to use)
    areas: frozenset[str] = frozenset()  # the areas the suggestion is about (:func:`named_areas`)
    lead_asks: list[str] = field(default_factory=list)  # a 会办意见's asks in the lead unit's field, left to it
    left_asks: list[str] = field(default_factory=list)  # the asks after the first MAX_SECTIONS: no section of their own

    def steps(self) -> list:
        """Part two of a draft from the suggestion's text, in the asks' order: each ask's plan (an
        Item) or its placeholder (a str), then the bureau's plans answering no particular ask (a
        co-handler's is its own item). A draft from the title alone: :func:`~.reply.facet_steps`."""
        out: list = []
        for k in range(len(self.asks)):
            mine = [p for p in self.plans if p.ask == k]
            out += mine or ([self.plan_gaps[k]] if k in self.plan_gaps else [])
        return out + [p for p in self.plans if p.ask is None and not p.part]  # a co-handler's: its own item

    @property
    def complete(self) -> bool:
        """True when every section of part one holds the bureau's facts (no section is only a
        placeholder, no co-handler's part is still to come): what a closing may claim as solved."""
        return bool(self.sections) and not any(s.gap for s in self.sections) and not self.co_gaps

    def on_asks(self, fact: Fact) -> bool:
        """True when ``fact`` is on one of the asks' matter as the selection weighs it (:func:`on_ask`), or when there are no
        asks to be on."""
        return not self.asks or any(on_ask(fact, a, w) for a, w in zip(self.asks, self.words))

    def ask_of(self, section: Section | Item):
        """The ask ``section`` (or an item) answers, or None."""
        return self.asks[section.ask] if section.ask is not None else None


def select_facts(index, suggestion: Suggestion, ws: Workspace, today: dt.date) -> Selection:
    """Rank, filter and group the facts of ``index`` for ``suggestion`` (see the module doc):
    one section per ask when the suggestion's text gives asks, else by the topic's facets."""
    from .asks import parse_asks

    asks = parse_asks(suggestion.text, suggestion.title)
    named = named_areas(suggestion, ws)
    theirs = [a for a in asks if lead_owns(a, suggestion.lead, ws)] if suggestion.role != "主办" and suggestion.lead else []
    if len(theirs) < len(asks):  # a 会办意见 answers what is its own; the lead, its own asks (all the lead's: all answered)
        asks = [a for a in asks if a not in theirs]
    else:
        theirs = []
    if asks:
        selection = _select_for_asks(index, suggestion, asks[:MAX_SECTIONS], ws, today, named)
        selection.lead_asks = [a.phrase for a in theirs]
        selection.left_asks = [a.phrase for a in asks[MAX_SECTIONS:]]
        if selection.left_asks:
            selection.warnings.append(LEFT_ASKS_WARNING.format(most=MAX_SECTIONS) + "、".join(selection.left_asks))
        return selection
    query = topic_query(suggestion.title, ws)
    warnings: list[str] = []
    found = relevant_items(index, query, ws, today, (DONE, CONTEXT), ws.own_places(), works=asked_works(suggestion))
    asked = title_matter(suggestion.title, ws, index)
    matter = said_matter(asked, found, ws)
    done = related = [i for i in found if on_matter(i.fact.text, matter)]
    old = [i for i in done if older_than(i.as_of(), ws.max_age, today)]  # never fill the frame (its placeholder)
    done = _newest_per_measure([i for i in done if not older_than(i.as_of(), ws.max_age, today)], ws)  # not `not in old`:
    # comparing an item with each old one compared their facts field by field (16,000 times for a 10,000-fact base)
    overview = _overview(done, index, ws, query)
    # (a paragraph of slogans of no known date, 近年来，临沂市践行…著力打造…先行区, is no section's item: hd14)
    sections = _sections([i for i in done if i is not overview and not _says_nothing(i)], index, bigrams(query))
    for section in sections:
        section.items = city_first(section.items, ws, named) if any(
            not own_jurisdiction(i, ws) for i in section.items) else section.items
    sections = [s for s in sections if s.items]
    words = bigrams(query)
    titled = frozenset().union(*(w for _, w in matter)) if matter else frozenset()
    for section in sections:
        section.heading = short_heading(section.heading)
        for item in section.items:
            item.sentences = on_topic(item, words | bigrams(section.heading or ""), titled=titled)
    _drop_repeats(sections)
    _drop_older_counts(sections, ws)
    parts = co_parts(sections, suggestion.co_handlers, ws, index, lambda s: words | bigrams(s.heading or ""),
                     in_place=False)
    sections = [s for s in sections if s.items]
    # the co-handlers' parts, those the base holds and those it lacks, are sections too
    room = MAX_SECTIONS - len(_missing_co_handlers(suggestion, sections + parts)) - len(parts)
    strays = rehome_strays(sections, room) if matter else []
    facet_headings(sections, matter)  # heads the strays too: none it cannot head is formed
    sections = [s for s in sections if s.items and not (s.heading is None and any(s is t for t in strays))]
    _one_framing(sections)
    if parts:
        sections = sections[:MAX_SECTIONS - len(parts)] + parts
    if any(i.stale for s in sections for i in s.items):
        warnings.append(f"部分事实早于时效（{ws.freshness_years}年），已标出，请核实是否有更新数据")
    # "下一步我局将…": only the bureau's own plans, not those of the areas under it
    programmes = named_programmes(suggestion, [])
    plans = [p for p in _bureau_plans(index, query, ws, today, programmes) if not others_plan(p, ws, suggestion.co_handlers)]
    planned = said_matter(asked, plans, ws)  # the matter as the plans found say it
    plans = _newest_plans([p for p in plans if on_matter(p.fact.text, planned)])
    said = set().union(*(w for _, w in planned)) if planned else words  # the title's matter words, as said
    # (the bureau's plan on the programme the suggestion names: offered whole, never cut to its sentences naming the title's
    # words, hd68b)
    wholes = [p for p in plans if programme_work(p, programmes, ws, index)]
    plans = [p for p in plans if p not in wholes]
    for plan in plans:  # on the matter, and no past year's target (:func:`still_ahead`)
        kept = on_topic(plan, said)
        lead = kept[:1] if has_lead(fact_sentences(plan.fact)) else []
        offered = [t for t in (standing(s, plan, today) for s in kept[len(lead):]) if t]
        body = [t for t in (still_ahead(s, plan, today) for s in offered) if t]
        if earlier_year(plan, today):  # last year's: one sentence to confirm, the densest in the matter, led on
            best = sorted(body, key=lambda t: -len(said & bigrams(t)) / len(t))[:EARLIER_PLAN_SENTENCES]
            body, lead = [t for t in body if t in best], [carried_lead(t) for t in lead]
        plan.sentences = lead + body if body else []
    plans = _newest_year_first([p for p in plans if p.sentences])
    plans = _plans_for_sections(index, query, sections, suggestion.co_handlers, ws, today, plans, asked)
    answered = {p.section for p in plans}  # (a programme's plan: the plan of the first section no other answers)
    plans += [replace(p, sentences=steps, section=next((j for j, s in enumerate(sections) if s.heading and j not in answered), None))
              for p in wholes if (steps := programme_steps(p, today))]
    _drop_restated(sections, plans)
    gap_note = None
    # (said as what there is, not as nothing: hd7 read the two as contradicting; qa18 the base's own
    # reply of 2023 on the very subject, older than the window, read 没有与标题相关的内容)
    older = old or ([] if related else [i for i in found if i.stale])
    if not sections and (gap_note := found_note(found, older, ws, today)):
        warnings.append(gap_note + "，第一部分留有待补充项")
        if older and older_than(max(i.as_of() for i in older), ws.max_age, today):
            warnings.append(MAX_AGE_WARNING.format(years=ws.max_age))
    elif not sections:
        warnings.append("事实库中没有与该主题相关的本地区工作事实，第一部分留有待补充项")
    if not plans:
        warnings.append("事实库中没有与该主题相关的工作计划，下一步部分留有待补充项")
    return Selection(sections=sections, plans=plans, warnings=warnings,
                     overview=overview if sections else None,
                     co_gaps=_missing_co_handlers(suggestion, sections), gap_note=gap_note, areas=named,
                     co_parts=[s.part for s in sections if s.part])


# --- a title's matter (a draft without text) -------------------------------------------------------

# Where what a title asks for ends and whom it is to help begins (加大科技金融｜支持科创企业): a verb of
# help given to others after the matter's words. The end a title's work serves (…深度融合｜赋能泉州制造产业
# 高质量发展, asks' PURPOSE_VERBS) is no such cut: a reply reports on it, a clause of the matter of its own.
MATTER_END = lazy(r"支持|扶持|帮扶|带动")
MATTER_CLAUSE = lazy(rf"[、，,；;]|(?={alternation(PURPOSE_VERBS)})")
MIN_MATTER = 6  # characters a title's matter keeps at least before whom it helps
# Words of official prose naming the aim every bureau's work serves, no matter of a title's own (推动
# 科技创新与产业创新深度融合, 赋能…高质量发展, 塑造…新优势), or its work on a thing as a whole (电动车综合治理: any work
# on 电动车 answers it, hd31b): their bigrams.
AIMS = frozenset().union(*(bigrams(w) for w in "深度融合 高质量发展 新优势 新动能 赋能 塑造 助推 助力 综合治理".split()))
ON_MATTER = 0.4  # the share of a title's matter clause (its words by weight) an item must say


def matter_phrase(title: str) -> str:
    """What a title asks for: its core (关于 and 的建议 dropped) cut before whom it is to help
    (:data:`MATTER_END`) where that leaves at least MIN_MATTER characters — ``加大科技金融`` of
    ``关于加大科技金融支持科创企业的提案``: the 科创企业 the finance is for are no matter of it (a
    paragraph on 科创企业 with no finance does not answer it); a title opening with the verb
    (``支持专精特新企业创新发展``) asks for that help itself."""
    core = concern(title)
    for match in MATTER_END.finditer(core):
        if match.start() >= MIN_MATTER:
            return core[:match.start()].rstrip("，,、；; ")
    return core


def matter_clauses(phrase: str) -> list[str]:
    """``phrase`` cut at each :data:`MATTER_CLAUSE` outside a name or a title (:func:`~.sentences.outside_names`): the 、 of
    “人人持证、技能河南” splits no programme's name in two (hd68b: 大力实施“人人持证 | 技能河南”建设)."""
    out, at = [], 0
    for match in outside_names(MATTER_CLAUSE, phrase):
        out.append(phrase[at:match.start()])
        at = match.end()
    return [*out, phrase[at:]]


def title_matter(title: str, ws: Workspace, index) -> list[tuple[str, dict[str, float]]]:
    """What a title asks for (:func:`matter_phrase`, framing and the bureau's own places dropped),
    clause by clause (``推动科技成果转移转化、加强成渝一体化…支撑作用`` asks two things; the end its
    work serves, ``赋能泉州制造产业高质量发展``, is a clause too), each clause with its words that
    tell its facts from the others, weighed by how rare each is in the base (−log of its share of
    the facts): its bigrams less official prose (GENERIC) and the aims it names (AIMS: 深度融合,
    高质量发展 — a title asking only for these asks for the bureau's work as a whole), the bureau's
    field and its seams (:func:`field_bigrams`), those in more than COMMON_SHARE of the facts and
    those straddling two words (:func:`_straddles`). A word the base never says weighs nothing (a
    clause saying only such words, 临邑县发展氢能产业, has none); a clause of official prose and aims
    alone (助推我市高质量发展) is no matter. [] when a clause says nothing but what the base says
    everywhere, its field among it (强化企业科技创新, or 完善科技创新成果转化机制 in a base all on
    成果转化): every fact is on that clause, so the title's whole topic is its matter."""
    share = getattr(index, "share", None)
    if share is None:
        return []
    out = []
    whole = "|".join(_whole_place_words(ws))
    for clause in matter_clauses(matter_phrase(title)):
        # (its own place as a whole, 推动我县旅游发展, is no matter: the clause asks for 旅游发展 of the whole county, hd23d)
        text = cached(whole).sub(" ", _topic(clause, ws)).strip() if whole else _topic(clause, ws)
        text = without_town(text)
        if len(text) < 2:
            continue
        # (a word the base never says stands for its equivalents: 老年照护 for 养老服务 and the settings of its work, 敬老院, hd38a —
        # not one it says, whose clause they would only dilute: 养老服务体系 of 关于完善养老服务体系的建议)
        text = " ".join([text, *dict.fromkeys(o for w, others in equivalents(text, ws).items() if not _said_in(w, index)
                                              for o in others if o not in text)])
        field, seams = field_bigrams(text, index)
        grams = [text[k:k + 2] for k in range(len(text) - 1)]
        shares = [share(g) for g in grams]
        words = {g: shares[k] for k, g in enumerate(grams)
                 if is_cjk(g) and g not in GENERIC and g not in AIMS and g not in field and g not in seams
                 and not FUNCTION_CHARS & set(g) and shares[k] <= COMMON_SHARE
                 and not _straddles(k, grams, shares, field)}
        if not words:  # what the base says everywhere: every fact is on it; else prose and aims, no matter
            if field or any(g not in GENERIC and g not in AIMS and share(g) > COMMON_SHARE for g in bigrams(text)):
                return []
            continue
        # the clause as the title writes it (a heading may say it), its words
        out.append((clause.strip(), {g: (-math.log(s) if s else 0.0) for g, s in words.items()}))
    return out


def _said_in(word: str, index) -> bool:
    """True when a fact of ``index`` says ``word`` as written."""
    return any(word in fact.text for fact in getattr(index, "facts", {}).values())


def _straddles(k: int, grams: list[str], shares: list[float], field: frozenset[str]) -> bool:
    """True when bigram k of a title's ``grams`` (with their ``shares`` of the base's facts) straddles
    two words: half of one the base says everywhere, of official prose, an aim or the field (融支 of
    金融支持, 造产 of 制造产业, 新深 of 创新深度), or of one it never says (量提 of 扩量提质), the other
    half of the next — a bigram the base says being rarer than those on both its sides (one it never
    says counting as not rarer). A bigram the base never says between two such (临邑 of 临邑县) is a word
    of its own that the base lacks."""
    sides = (k - 1, k + 1)
    if not (0 < k < len(grams) - 1 and all(is_cjk(grams[j]) for j in sides)):
        return False

    def common(j: int) -> bool:
        return shares[j] > COMMON_SHARE or grams[j] in GENERIC or grams[j] in AIMS or grams[j] in field

    if not shares[k] or all(common(j) for j in sides):  # (才队 of 人才|队伍: between two such words, a seam)
        return any(common(j) for j in sides)
    return all(shares[j] > shares[k] or not shares[j] for j in sides) and any(not shares[j] or common(j) for j in sides)


def said_matter(matter: list[tuple[str, dict[str, float]]], items: list[Item], ws: Workspace) -> list | None:
    """A title's matter (:func:`title_matter`) as far as one of ``items`` (the facts found for
    the title) says it: each clause's words some item says (共性 of 共性技术中试平台, nowhere said,
    weighs nothing against 中试). [] when the title has no matter words of its own (every item is on
    its topic); None when it has some and no item says any: the base holds nothing on the matter."""
    if not matter:
        return []
    said = set().union(*(bigrams(i.fact.text) for i in items)) if items else set()
    texts = "\n".join(i.fact.text for i in items)
    kept = [(text, {g: w for g, w in words.items() if g in said and w > 0}) for text, words in matter]
    # a clause whose words the items mostly do not say is not said: what they share with it is then the field's
    # common words or whom it is for (科技型企业 of 支持科技型企业知识产权质押融资, none saying 知识产权质押融资, qa16)
    kept = [(text, words) for (text, words), (_, asked) in zip(kept, matter)
            if words and not _mostly_unsaid(text, asked, said, equivalents_said(text, texts, ws))]
    return kept or None


def _mostly_unsaid(clause: str, words, said: set[str], named: list[str] = ()) -> bool:
    """True when more characters of ``clause`` are of its matter ``words`` that no item says (知识产权质押融资) than
    of words the items say beyond official prose (科技型企业; 交通 of 城区交通堵点治理 too, a word the base says
    everywhere), or by another name (``named``: 老年照护 where an item says 敬老院): a run of words counted by its characters,
    not bigram by bigram."""
    told = _covered(clause, lambda g: g in said and g not in GENERIC and is_cjk(g)) | {
        k for word in named for m in re.finditer(re.escape(word), clause) for k in range(m.start(), m.end())}
    return len(_covered(clause, lambda g: g in words and g not in said) - told) > len(told)


def _covered(text: str, test: Callable[[str], bool]) -> set[int]:
    """The places of ``text``'s characters standing in a bigram of it that passes ``test``."""
    return {k + j for k in range(len(text) - 1) if test(text[k:k + 2]) for j in (0, 1)}


FITS = 0.5  # the share of a heading's own words its item must say for the heading to fit it


def fits(heading: str, text: str) -> bool:
    """True when ``text`` (what a section's items say) says at least FITS of its ``heading``'s own
    words, official prose aside: ``科技成果转化政策环境持续优化`` fits a paragraph on the 科技成果转化
    条例, ``推进科研体制机制改革`` does not fit one on 科技金融."""
    own = {g for g in bigrams(heading) - GENERIC if is_cjk(g) and not FUNCTION_CHARS & set(g)}
    return bool(own) and len(own & bigrams(text)) >= FITS * len(own)


def facet_headings(sections: list[Section], matter: list | None) -> None:
    """A section of a draft without text holding one item under a source heading that says none of
    the title's matter words (:func:`said_matter`) nor fits the item (:func:`fits`: ``推进科研体制机制
    改革`` over a paragraph on 科技金融, ``加强智能制造创新人才引育`` over a training on 知识产权) is
    headed by the facet its item reports instead: the item's own lead phrase, what it says it is
    about (at most MAX_HEADING characters, ``完善金融支持科技创新的政策和机制``, then said once, as
    the heading), else the title's first clause of the matter when what the item says weighs enough
    of its words (:func:`weighs`: ``强化知识产权保护和运用``; an item naming the title's thing in a
    list only is not said to be about it) — and
    such an item whose clause heads another section so made joins that section instead (two items
    on the title's matter as such are one section's). A source heading over several items names
    what they share: it stays. A title with no matter words of its own (``[]``: 关于加快氢能产业发展的建议,
    every item on its topic) heads by its lead phrase only a section its source left without heading
    (山东省能源局's 二是产业规模持续壮大。… stood under 【待补充：小标题】). A section left without heading joins the
    headed section before it where that has room for its items, else is headed by the title's first clause of the
    matter where no section is."""
    if matter is None:
        return
    words = set().union(*(w for _, w in matter))
    used = {s.heading for s in sections}
    made: dict[str, Section] = {}  # the sections headed by the title's clause here
    for section in list(sections):
        if len(section.items) != 1 or (section.heading and (not matter or words & bigrams(section.heading)
                                                             or fits(section.heading, said_by(section.items)))):
            continue
        item = section.items[0]
        sentences = item.sentences or []
        lead = heading_phrase(sentences[0]).rstrip("。") if has_lead(sentences) and len(sentences) > 1 else ""
        clause, own = matter[0] if matter else ("", {})
        if lead and len(lead) <= MAX_HEADING and lead not in used:
            used.add(lead)
            section.heading = lead
            item.sentences = sentences[1:]
        elif matter and weighs(bigrams(said_by([item])), own) and len(clause) <= MAX_HEADING:
            if clause in made and len(made[clause].items) < MAX_ITEMS:
                made[clause].items.append(item)
                sections.remove(section)
            elif clause not in used:
                used.add(clause)
                section.heading = clause
                made[clause] = section
    for section in list(sections):  # one still without heading, its source's own, joins the headed one before it
        at = sections.index(section)
        before = next((s for s in reversed(sections[:at])
                       if s.heading and len(s.items) + len(section.items) <= MAX_ITEMS), None)
        if section.heading is None and at and before is not None:
            before.items += section.items  # (hd9: （二）【待补充：小标题】 over 为打好大气污染防治攻坚战，…)
            sections.remove(section)
        elif section.heading is None and matter and matter[0][0] not in used and len(matter[0][0]) <= MAX_HEADING:
            used.add(matter[0][0])  # none before it: the title's matter heads it (（一）【待补充：小标题】, hd9)
            section.heading = matter[0][0]


def rehome_strays(sections: list[Section], room: int = MAX_SECTIONS) -> list[Section]:
    """A draft without text: an item of a several-item section whose source heading it does not
    fit (:func:`fits`: ``加强高质量科技成果供给`` over 强化人才链对创新链的支撑作用 and 强化重大技术攻关
    支持) joins another section whose heading it fits while that has room (MAX_ITEMS), else is put in
    ``sections`` as a section of its own without heading, after the one it left, while they are
    fewer than ``room`` (MAX_SECTIONS less the co-handlers' sections; else it is left out):
    :func:`facet_headings` heads it by its lead phrase or the title's matter. Returns those new
    sections (one it cannot head is not formed); a section left with no item is removed."""
    made: list[Section] = []
    for section in list(sections):
        if len(section.items) < 2 or not section.heading:
            continue
        strays = [i for i in section.items if not fits(section.heading, said_by([i]))]
        section.items = [i for i in section.items if i not in strays]
        place = sections.index(section) + 1
        for item in strays:
            home = next((s for s in sections if s is not section and s.heading and len(s.items) < MAX_ITEMS
                         and fits(s.heading, said_by([item]))), None)
            if home is not None:
                home.items.append(item)
            elif len([s for s in sections if s.items]) < room:
                made.append(Section(None, [item]))
                sections.insert(place, made[-1])
                place += 1
    sections[:] = [s for s in sections if s.items]
    return made


NAMED_RUN = 4  # characters of a title's clause an item says as written: it names the clause's thing
# the share of a 支持… clause's words (by weight) such a run must hold to name its thing, not whom the help is for
NAMED_SHARE = ON_MATTER / 2


def weighs(grams: set[str] | frozenset[str], words: dict[str, float], share: float = ON_MATTER) -> bool:
    """True when a text's bigrams ``grams`` say words of a title's matter clause (``words`` and their
    weights) weighing at least ``share`` of all."""
    return sum(w for g, w in words.items() if g in grams) >= share * sum(words.values()) - 1e-9


def on_matter(text: str, matter: list | None) -> bool:
    """True when ``text`` is about one clause of a title's ``matter`` (:func:`said_matter`): what it
    opens with (its lead phrase and first sentence: what a paragraph is about) says words of the
    clause weighing at least ON_MATTER of all (:func:`weighs`; a clause naming the aim its work serves aside: 促进区域经济
    高质量发展 of a paragraph on 龙头企业 is nothing on 农村集体经济, hd19a), or it names the clause's thing as the
    title writes it (NAMED_RUN characters in a row holding one of its words: 高新技术企业 of 支持高新
    技术企业扩量提质; in a clause asking for help, :data:`MATTER_END`, words of NAMED_SHARE of its weight — not
    高新技术企业 of 支持高新技术企业知识产权质押融资, whose thing is the financing those firms are to get) in its opening or in a clause reporting a result (新认定市级新型研发机构27家, late in
    a paragraph on platforms) — said later in a list, or a word of it in passing (平台 of a paragraph on
    科技金融 under a title on 平台服务能力), it is no more than a mention; nor is a word shared with the
    title in passing (支持, 企业, 科创 of a paragraph on 科创企业 under a title on 科技金融). Any text
    is, when the title has no matter words of its own; none is, when the base says none of them."""
    if matter is None:
        return False
    if not matter:
        return True
    opening = "".join(c for s in split_sentences(strip_ordinal(text))[:2]  # its lead phrase and first sentence
                      for k, c in enumerate(clauses(s)) if not (k and AIM_CLAUSE.match(c)))
    grams = bigrams(opening)
    results = [c for c in _LISTED_CLAUSE.split(text) if reports_result(c)]
    for clause, words in matter:
        if weighs(grams, words):
            return True
        runs = [clause[k:k + NAMED_RUN] for k in range(len(clause) - NAMED_RUN + 1)]
        helped = MATTER_END.match(clause)  # (whom the help is for may be named: not the thing asked)
        for run in (r for r in runs if any(r[j:j + 2] in words for j in range(NAMED_RUN - 1))
                    and not (helped and not weighs(bigrams(r), words, NAMED_SHARE))):
            # (in a result said later, a run of NAMED_SHARE: 21所中小学校有效落实 ending a paragraph on 党建 names whose
            # work it is, not 新改扩建 or 学位 of 加快中小学校新改扩建扩大学位供给, hd25b)
            if run in opening or (weighs(bigrams(run), words, NAMED_SHARE) and any(run in c for c in results)):
                return True
    return False


# A clause naming the aim the work serves after another clause of its sentence (…，促进区域经济高质量发展。): no matter
# the paragraph reports on (a sentence's first clause is never one: 促进农村集体经济发展。 is the paragraph's matter).
AIM_CLAUSE = lazy(rf"^(?:{alternation(PURPOSE_VERBS)})[^，,；;。！？]*发展[。；;！？]?$")


def on_heading(text: str, heading: str | None, ws: Workspace, matter: frozenset[str] = frozenset()) -> bool:
    """True when ``text`` says MIN_ASK_SHARED words of ``heading``'s own matter (beyond GENERIC and the bureau's own place,
    :func:`_topic`: 淮南市 and 发展 of 以寿毛快速通道建设助推淮南市文化和旅游融合发展 in a reply on 四好农村路, hd25d): what an
    old fact must say to be named as the material a placeholder's part lacks — not words its ask's text
    shares with everything (农业, 产业, 发展布局: a comment naming an unrelated old document misleads), nor one word
    alone (:func:`shared_words`: 中小学校 of a paragraph on 党建 under 将公办中小学教室安装空调纳入…, hd25b; a longer run,
    农村公路提质改造, is a phrase of several). Given the suggestion's ``matter`` (its title's words), one of them beyond it
    where the heading says a word of its own beyond it (:func:`says_beyond`): 心理健康教育 of every fact on 加强中小学心理健康教育
    is on no one ask (hd70e: the staffing rule was material on 加大中小学心理健康教育经费投入, which none of the base's facts is).
    Words the asks share beyond the title are each one's matter: 电动车交通违法 of 严查… and …查处力度 (hd31b), 天文台科普 of
    提升天文台科普服务水平 (hd30c), whose own beyond the title is official prose (服务水平)."""
    topic = _topic(heading or "", ws)
    shared = (bigrams(topic) - GENERIC) & bigrams(text)
    said = shared_words(text, shared)
    return len(shared) >= MIN_ASK_SHARED and (len(said) > 1 or any(len(w) > WORD_MAX for w in said)) \
        and (not says_beyond(topic, matter) or bool(shared - matter))


def says_beyond(text: str, matter: frozenset[str]) -> bool:
    """True when two Chinese characters in a row of ``text`` stand in no bigram of it that official prose (GENERIC) or
    ``matter`` says: a word of its own beyond them (经费投入 of 加大中小学心理健康教育经费投入), not a pair astride two of
    theirs (务水 of 天文台科普服务水平, where 天文台科普 is the matter)."""
    covered = _covered(text, lambda pair: pair in matter or pair in GENERIC)
    return any(is_cjk(text[k:k + 2]) and not {k, k + 1} & covered for k in range(len(text) - 1))


WORD_MAX = 4  # characters: a longer run of shared bigrams (农村公路提质改造) says more than one word


def point_words(point: str, ws: Workspace) -> frozenset[str]:
    """The words (bigrams) of an ask's ``point`` that :func:`says_point` looks for: beyond the generic, and none run on from
    the bureau's own place (:func:`without_own_places`: 景德镇陶瓷 of 促进景德镇陶瓷市场…发展 in 近年来景德镇陶瓷产业发展保持良好态势,
    only 陶瓷 of it the point's, hd53a). Worked out once an ask, not for each text weighed."""
    return bigrams(without_own_places(point, ws)) - GENERIC


def says_point(text: str, words: frozenset[str], own: frozenset[str] | None = None) -> bool:
    """True when ``text`` says a run of an ask's point's ``words`` (:func:`point_words`) longer than WORD_MAX (信息化项目 of
    从源头上规范信息化项目审批、建设和管理) — not words each common alone (学校, 全覆盖 of 现有学校逐步实现全覆盖 in 526所学校实现…
    全覆盖, hd25b); given the ask's ``own`` words, a run saying one of them."""
    return any(len(w) > WORD_MAX and (own is None or own & bigrams(w)) for w in shared_words(text, words & bigrams(text)))


def shared_words(text: str, grams: set[str] | frozenset[str]) -> set[str]:
    """The words ``text`` says of ``grams`` (bigrams it shares with another text): its runs of them, each bigram
    overlapping the next (中小学校 is one word of 中小, 小学, 学校), a run said inside a longer one (学校) the same word.
    Each bigram's places found by ``str.find`` (a loop over the text's characters took longer, for a few bigrams)."""
    at: set[int] = set()
    for g in grams:
        k = text.find(g) if len(g) == 2 else -1
        while k >= 0:
            at.add(k)
            k = text.find(g, k + 1)
    runs, start, end = set(), -1, -2
    for k in sorted(at):
        if k != end + 1:
            if start >= 0:
                runs.add(text[start:end + 2])
            start = k
        end = k
    if start >= 0:
        runs.add(text[start:end + 2])
    words = sorted(runs, key=len, reverse=True)  # (a run said inside another is inside a longer one)
    return {r for k, r in enumerate(words) if not any(r in longer for longer in words[:k])}


# What the clerk may do with material too old to write in (hd31b: a base of one 2019 reply, every fact dropped): its comment
# says its real age and what to do with it, never drafter's settings (the command's warning names max_age).
OLD_ADVICE = "如需参考，请查阅原件、核实现状后据实补写"
OLD_USE = "距成文年份已{age}年，未写入：" + OLD_ADVICE
# What old material naming the part's thing (:func:`names_thing`) in no sentence reporting a result is said as, in place of
# its quote: no 相关情况…其中没有此项的具体内容, which says it is on the part and not (hd61b, hd57b); material naming nothing of it is
# not named at all.
OLD_OFF = "，其中提到此项，但没有此项的工作成效和数据"
# What old material naming the part's thing in no one sentence is said as (its words scattered over a page on another matter: a
# village's 无公害桃果生产基地 and 农民收入稳步提升 under 加快推进…农产品深加工基地, hd71a): nothing on the part, the page named as
# background only, never 相关情况 nor a quote of it.
OLD_ASIDE = "没有此项的内容，只有{years}年的背景材料（{sources}），"
OLD_ASIDE_ALSO = "另有{years}年的背景材料（{sources}），"
MAX_AGE_WARNING = ("部分建议事项只有早于成文年份{years}年以上的材料，未采用（见各待补充项的批注）：如需采用，"
                   "可在 drafter.yaml 的 draft 中设 max_age（现为{years}）后重新起草")


def old_note(items: list[Item], ws: Workspace, today: dt.date, about: str | None = None, also: bool = False,
             words: frozenset[str] = frozenset(), passed: frozenset[str] = frozenset()) -> str:
    """What the base holds on a part left as a placeholder (on the matter ``about``, the section's
    heading, when it has one, as the draft words it: :meth:`~drafter.workspace.Workspace.in_own_words`): only facts too old to use — the newest older than ``max_age`` (:func:`older_than`) for the draft of ``today``, or,
    within ``max_age``, older than the freshness window (said as they are: hd2 read 早于成文年份6年以上
    of a fact 3 years old), each by the year it stands as of (a span's end: 2017年…以来 in a reply of 2020 is 2020's;
    every one has a year: it is too old or stale); ``also``: said after other material, as what the base holds besides.
    Given the ask's ``words`` (those naming its thing: :func:`comment_thing`; the items name it, :func:`names_thing`), it quotes
    the sentence reporting a result (figures, something finished: never an aim, hd54a) that says most of them and names the thing
    itself (:data:`THING_LEAST` of its words: not a village's peach acreage for its 生产基地 alone under 农产品深加工基地, hd71a), one stating figures first while it says nearly as many (:func:`nearest_sentence`), none where no such sentence says any — never one for its figures alone
    (hd58a quoted 已完成国省干线公路养护工程41项 under 免高速费, the paragraph's 承德至下板城…高速客运班线正式开通 unquoted), nor for the
    field every fact shares (hd61b E2: 2017年全县茶园面积10.5万亩… under 恢复县茶产业发展中心的机构规格): then it says the material
    names the part but reports nothing done on it (:data:`OLD_OFF`); where no one sentence names it, that the base holds
    nothing on it but background (:data:`OLD_ASIDE`). Material within max_age is left out for what it is, not
    for its age: background (hd61b E3), and work whose age the selection let pass (``passed``, fact ids) and that it left out
    for another reason (hd69b: 2019's 一是做龙头…农民增收 on 带动农民增收, in a draft of 2022, max_age 3, was not 距成文年份已3年)."""
    years = sorted({y for i in items if (y := i.as_of())})
    labels = sorted({i.source.label() for i in items if i.source})
    background = [i for i in items if (i.fact.kind == CONTEXT or i.fact.id in passed)
                  and not older_than(i.as_of(), ws.max_age, today)]
    rest = [i for i in items if i not in background]
    aged = OLD_USE.format(age=today.year - max((y for i in rest if (y := i.as_of())), default=years[-1])) if rest else ""
    unused = "其中的背景材料未直接写入" if all(i.fact.kind == CONTEXT for i in background) else _unused_kinds(background, {})
    why = aged if not background else f"{unused}，其余{aged}" if rest else f"{_unused_kinds(background, {})}：{OLD_ADVICE}"
    head = f"{f'“{ws.in_own_words(about)}”方面，' if about else ''}已收集的材料中"
    if words and not any(_naming_statements(i, words) for i in items):
        aside = OLD_ASIDE_ALSO if also else OLD_ASIDE
        return f"{head}{aside.format(years='、'.join(map(str, years)), sources='、'.join(labels))}{why}"
    quoted, source = nearest_sentence(items, words, results=True)
    quoted = quoted if quoted and (not words or _result_on_thing(quoted, source, words)) else None
    return (f"{head}{'另有' if also else '只有'}{'、'.join(map(str, years))}年的相关情况（"
            f"{'、'.join(labels)}{f'，如“{quoted}”' if quoted else OLD_OFF if words else ''}），"
            f"{why}")


HIGHER_SHOWN = 2  # facts: a higher government's material on an ask a placeholder's comment quotes at most


def higher_items(index, ask, words: frozenset[str], points: list, ws: Workspace, today: dt.date) -> list[Item]:
    """A government's above the bureau's place (a city's over a county's, a province's over a city's) on ``ask`` (:func:`on_ask`
    with its ``words``, or one of its ``points``' words: :func:`says_point`; and :func:`says_thing`), known on ``today`` and within max_age, that speaks to the places below it, the
    bureau's among them (:data:`~drafter.grammar.AREAS_BELOW` naming its level: 已下达各旗县区 of 巴彦淖尔市 in 乌拉特前旗's base),
    names the bureau's place, or states figures on the ask's very thing (:func:`says_point`, a run of its thing's words or of a
    point's, the subject every ask says among them, that says one of the ask's own ``words``: 公共停车泊位 of 特别是公共停车泊位
    under 增加主城区停车泊位供给, its 停车 the title's and both asks', hd74a; 推广绿色防控 of 宁德市's 推广绿色防控茶园占总面积的50%
    under 推广绿色防控技术, hd61b; 老龄低效果园 of 烟台市's plan to 规模化改造120万亩老龄低效果园, hd62b; not the field every fact says, 茶产业发展 of 积极扶持茶产业发展的决心 under 设立茶产业发展专项
    资金, nor a forum on it, 省政协举行民生协商论坛，围绕“健全长期护理保险制度”协商议政, hd63b): material for the clerk to check
    the place's own part of, never the place's (hd59b: the city's
    自治区供水保障专项资金5022万元，已下达各旗县区 while the comment said the base held only 2009's and 2014's). At most HIGHER_SHOWN."""
    from ..distill.places import place_rank  # (the place reader's levels; only a placeholder's comment asks)

    level = ws.jurisdiction[-1:]
    if not level:
        return []
    found, thing = [], thing_said(ask, words)
    for fact, score in index.search(ask.query, limit=SEARCH_LIMIT, kinds=(DONE, CONTEXT, PLAN)):
        if not (fact.external and fact.jurisdiction and place_rank(fact.jurisdiction) < place_rank(ws.jurisdiction)):
            continue
        if not (any(level in m.group() for m in AREAS_BELOW.finditer(fact.text))
                or any(n in fact.text for n in ws.own_place_names)
                or (fact.figures and any(says_point(fact.text, w, words) for w in (thing, *points)))):
            continue
        source = index.source_of(fact)
        if older_than(fact_as_of(fact, source), ws.max_age, today) or not _known(fact, index, today):
            continue
        if (on_ask(fact, ask, words) or any(says_point(fact.text, p) for p in points)) \
                and says_thing(fact.text + unsaid_topics(fact), ask):
            found.append(Item(fact, source, score, fact_year(fact, source)))
            if len(found) == HIGHER_SHOWN:
                break
    return found


def higher_note(items: list[Item], ws: Workspace, words: frozenset[str]) -> str:
    """What a placeholder's comment says of a higher government's material on its ask (:func:`higher_items`): by that
    government's name, each source with its sentence speaking to the places below it that says most of the ask's ``words``
    (else the one saying most of them), as that government's work, not the place's — for the clerk to check the place's part."""
    own = ws.own_place_word() or ws.jurisdiction
    said = []
    for item in items:
        sentences = fact_sentences(item.fact) or [item.fact.text]
        reaching = [t for t in sentences if AREAS_BELOW.search(t)] or sentences
        said.append(_quoted(item, max(reaching, key=lambda t: len(words & bigrams(t)))))
    places = "、".join(dict.fromkeys(i.fact.jurisdiction for i in items))
    return (f"已收集的材料中有{places}在此方面的情况（{'；'.join(said)}），是{places}的工作，不是{own}的，未写入正文："
            f"请核实{own}承担的部分（所得资金、任务及实施进展）后据实补写")


LATER_NOTE = "已收集的材料中有该方面的材料，但日期晚于成文日期"


def later_note(items: list[Item], today: dt.date) -> str:
    """What the base holds on a part left as a placeholder when all of it is dated after the reply (``today``): its
    sources by date, left out as not yet known then — never "nothing" (hd29a: a report of 2026-01 under a reply of 2025-07)."""
    sources = sorted({i.source.label(): issued(i.source) for i in items if i.source}.items(), key=lambda kv: kv[1])
    named = "、".join(_dated_label(label, date) for label, date in sources)
    return (f"{LATER_NOTE}（{today.year}年{today.month}月{today.day}日）：{named}，未采用；"
            f"如成文日期有误，请改正后重新起草")


def answered_before(index, suggestion: Suggestion, year: int) -> SourceMeta | None:
    """A reply in the base to this very item: the same number of the same kind (建议, 提案), of the same
    session (届, 次) where both name one, else issued in the draft's ``year`` (numbers start again each
    session). A clerk drafting it again is told (hd3: the base held the reply to 第124号, and the batch drafted
    it from nothing); None when there is none."""
    def ordinals(session: str | None):
        parts = session_parts(session)
        return parts[2:] if parts else None

    asked = ordinals(suggestion.session)
    for meta in getattr(index, "sources", {}).values():
        if meta.kind != REPLY or meta.suggestion_number != suggestion.number or meta.proposal != suggestion.proposal:
            continue
        theirs = ordinals(meta.session)
        if (theirs == asked) if (asked and theirs) else meta.document_year() == year:
            return meta
    return None


def _naming_statements(item: Item, words: frozenset[str]) -> list[str]:
    """The statements of ``item``'s fact naming the thing of ``words`` (:data:`THING_LEAST` of them, :func:`_thing_words`): its
    sentences, one opening on the state the one before it left (:data:`_AFTER_IT`) joined to that one — 荒佃庄正式撤乡设镇。
    调整后，昌黎县辖11个镇、5个乡。 names 设镇 and 调整 of 推动乡级行政区划调整 as one statement (hd60a)."""
    statements: list[str] = []
    for sentence in fact_sentences(item.fact):
        if statements and _AFTER_IT.match(sentence):
            statements[-1] += sentence
        else:
            statements.append(sentence)
    return [t for t in statements if _thing_words(t, words) >= THING_LEAST]


def _result_on_thing(sentence: str, item: Item, words: frozenset[str]) -> bool:
    """True when the result ``sentence`` of ``item``'s fact is one on the thing of ``words``: it says a word of it that a
    statement of its fact naming it says too (:func:`_naming_statements`; its own, where it names it) — 现代农业示范区…的48个年度
    计划项目全部开工实施 in the paragraph whose aim says 提升特色产业优势水平…农业优势品牌 (hd54a), never a village's peach 生产基地
    beside a sentence naming 深加工 (no 基地) under 农产品深加工基地 (hd71a)."""
    said = words & bigrams(sentence)
    return any(said & bigrams(t) for t in _naming_statements(item, words))


def found_note(found: list[Item], older: list[Item], ws: Workspace, today: dt.date, about: str | None = None,
               words: frozenset[str] = frozenset(), thing: frozenset[str] | None = None) -> str | None:
    """The comment of a placeholder over what the search ``found`` none of which was drafted: its ``older`` facts (:func:`old_note`)
    and what else it holds, in sources of its own, set aside (:func:`unused_note`: background, no result of the bureau's on the
    matter — hd34b: 中医药 facts of 2023 and 2020 found, none saying 传承创新, read 没有与标题相关的内容); None where it found
    nothing to name. Never "nothing" beside material (hd60a A2: the 2007 撤乡设镇 fact found under an ask keyed on the title).
    The older facts' quote says the ask's ``thing`` where given (:func:`comment_thing`)."""
    olds = {o.source.id for o in older if o.source}
    aside = material([i for i in found if not (i.source and i.source.id in olds)])
    notes = [*([unused_note(aside, ws, words=words)] if aside else []),
             *([old_note(older, ws, today, about, also=bool(aside), words=words if thing is None else thing)] if older else [])]
    return "；".join(notes) or None


def material(items: list[Item]) -> list[Item]:
    """Of ``items``, what a placeholder's comment may send the clerk to: work (done, planned), background with figures
    (hd36b: 全市37个山洪灾害监测站点, news of the ask) or telling work (hd11: 精心谋划了…旅游线路), not a view of no figure
    (:data:`~drafter.grammar.VIEWPOINT`) — a document's preamble (应急管理是国家治理体系和治理能力的重要组成部分…), a year's
    slogan (2021年，是“十四五”的开局之年…): hd45a's comment named two sources for those alone, and the clerk found nothing there."""
    return [i for i in items if i.fact.kind != CONTEXT or i.fact.figures or not VIEWPOINT.match(i.fact.text)]


def unused_note(items: list[Item], ws: Workspace, shown: int = 3, words: frozenset[str] = frozenset(),
                drafted: dict[str, str] | None = None) -> str:
    """What the base holds on a part left as a placeholder where none of it could be drafted (background,
    a district's news, a quote: no result of the bureau's on the matter): its sources, the newest first,
    for the clerk to look through — never "nothing" (hd3: the base held a 2022 news item on the matter), nor "no data"
    where that material states figures (hd19b: 344场次、14万人次 in a news item read as background). Given the ask's
    ``words``, it quotes the sentence with figures saying most of them, unless it is off the ask (:func:`nearest_sentence`): one note per ask, not
    the same on each (hd24b: 23家社区卫生服务中心急诊全覆盖 under 急诊, 2家慢病筛防中心 under 慢病), under the name of its own
    source (it may be one past the ``shown`` newest). An area's
    material names its place, whose it is and how it may be written (hd25c: 沅江市's 低保标准740元/月 under a source
    titled 2025年工作报告 would be pasted as the city's). Material is said as what it is: background (context) as
    背景材料, work done as work not drafted, with why where ``drafted`` (fact id → the heading of the item it went to)
    says (hd24c: 开远's park, work done drafted under 联农带农, was called background under 新品种)."""
    sources = sorted({i.source.label(): issued(i.source) for i in items if i.source}.items(), key=lambda kv: kv[1], reverse=True)
    named = "、".join(_dated_label(label, date) for label, date in sources[:shown])
    more = f"等{len(sources)}份" if len(sources) > shown else ""
    quoted, of = nearest_sentence(items, words)
    # (background of the bureau's own place on the ask, with or without figures, is quoted: hd72b's 旺苍有…国家4A级旅游景区…
    # 中国红军城、木门景区 under 打造提升红色旅游景区 was said to hold 没有可直接写入的本单位工作情况和数据)
    own_background = bool(quoted) and of.fact.kind == CONTEXT and own_jurisdiction(of, ws)
    # (never a sentence saying only the stance work is done in, which tells the clerk nothing: hd67b's 聚焦“作示范、勇争先”目标要求，
    # 坚持以高质量发展为主题…贡献力量 under 加强对文旅大会项目会后运营情况的跟踪指导)
    stance = bool(quoted) and stance_only(quoted)
    quoted = None if stance else quoted
    if any(i.fact.figures for i in items) or (quoted and own_background):
        # (the one source named just before is said once: 如“…”, not its name again, hd48e)
        source = f"{_dated_label(of.source.label(), issued(of.source))}中的" if of and of.source and len(sources) > 1 else ""
        place = of.fact.jurisdiction if of else None
        place = place if place not in (None, *ws.jurisdiction_names()) else None
        others = sorted({i.fact.jurisdiction for i in items if i.fact.jurisdiction not in (None, *ws.jurisdiction_names())})
        areas = (f"{'、'.join(others)}的情况和数据是{'该地' if len(others) == 1 else '各地'}的，不是{ws.jurisdiction or '本地区'}的，"
                 f"只能写明地名、在全{ws.jurisdiction[-1:] if ws.jurisdiction else '市'}的情况之后作为例子；") if others else ""
        whose = f"{place}的" if place else ""
        return (f"已收集的材料中，{named}{more}涉及该主题，{f'如{source}{whose}“{quoted}”，' if quoted else ''}"
                f"{_unused_kinds(items, drafted or {})}；{areas}属于本单位工作的，请核实后补写")
    if stance and own_background:  # (what it says of the place is no work of the bureau's to deny: no 没有…)
        return f"已收集的材料中，{named}{more}涉及该主题，但多为总体表述，未直接写入：请查阅后据实补写"
    if any(i.fact.id in (drafted or {}) for i in items):  # (its work drafted under another item: hd31b, never "none to draft")
        return f"已收集的材料中，{named}{more}涉及该主题，{_unused_kinds(items, drafted)}：请核实后在此补写本项的工作情况"
    # (the bureau's own work of no year, none drafted for that: hd29b, distill said such facts are drafted with 【待核实：年份】)
    if all(i.year is None and i.fact.kind != CONTEXT and own_jurisdiction(i, ws) for i in items):
        return (f"已收集的材料中，{named}{more}涉及该主题，但其事实没有年份（来源未写明成文日期）、也没有数字，未写入正文："
                f"请按成文日期命名来源文件后重新提炼，或查阅后补写")
    return f"已收集的材料中，{named}{more}涉及该主题，但没有可直接写入的本单位工作情况和数据，请查阅后补写"


NO_OWN_WORK = "已收集的材料中没有本单位此方面的工作情况"
WORK_GAP_NOTE = NO_OWN_WORK + "：请写明近年的工作举措和成效，数据注明年份；没有开展相关工作的，写明现状和打算，或连同标题一起删去"
NEAR_SHOWN = 2  # facts: the near work a comment quotes at most


def near_work(index, ask, ws: Workspace, today: dt.date,
              drafted: dict[str, list[str]] | None = None) -> tuple[list[Item], frozenset[str]]:
    """The bureau's own recent work done (:func:`bureau_said`: no newspaper's account of the place's trade) on the thing an
    ask names, by the word it opens on or another name of that word (:func:`thing_words`: 苹果 of 建立苹果无病毒采穗圃, the
    crop; 防火 of 贯通自新村与涉县消防通道): with figures where any states them, of those saying most of the thing's words,
    the newest year's, the densest in figures first, at most NEAR_SHOWN. Material near the ask, never its answer (hd51b:
    已完成苹果新优品种推广1.2万亩 under 建立苹果无病毒采穗圃; hd52d: 持续开展森林防火检查工作 under a forest county's 消防通道; not a
    word of its kind alone: 种植面积42.61万亩 of 夏粮 is nothing near 推广竹林林下种植模式). Work older than the freshness window
    but within max_age counts, the thing's words it says before its year: 2020's 发展以…电商为核心的陶瓷产业…经济 near
    规范景德镇陶瓷电商平台利润分配 before 2021's 陶瓷工业总产值, which says 陶瓷 alone (hd53a). The things are the ask's key objects:
    its phrase's and each point's (政务服务 of 推动政务服务跨区通办 under 推进公共服务共建共享; a point's by its first KEY_SPAN
    characters, 配备 of 配备必要的专业设备 no thing, hd70e), work on a point's thing before work
    sharing a word of the heading's alone (hd60b B3: 238个事项在武汉和黄冈间可跨城通办 before a 强县 paragraph saying 公共服务城乡一体化);
    never an aim closing them (:attr:`~.asks.Ask.points_asked`: 促进景德镇陶瓷市场长期稳定健康发展 after 规范景德镇陶瓷电商平台利润分配,
    whose 发展 and 稳定 ranked 2021's 陶瓷产业发展保持良好态势…保持稳定增长 before the 电商 work, hd53a); never a national body's act
    (:func:`central_deed`: 《武汉都市圈发展规划》获得国家发改委批复同意); never what another section drafts (``drafted``: the
    sentences drafted of each fact, by its id — hd66a quoted …计划抽检150批次 under 宣传, the sentence drafted under 抽检): each
    item's :attr:`~Item.sentences` are those of its fact left (:func:`_undrafted`). With the things' words, for the comment
    quoting it (:func:`near_quotes`)."""
    things = [thing_words(p, ws) for p in (ask.phrase, *ask.points_asked)]
    # (a point's manner of working together is no thing: 统筹 of 统筹推进三地一体化发展 found 城乡统筹发展 of a 强县 paragraph)
    heading, searched = things[0][0], [w for opening, _ in things[1:] for w in opening if w not in JOINT_VERBS]
    # (a point's thing said by its first KEY_SPAN characters, not its first word alone: 配备 of 配备必要的专业设备, a verb of
    # equipping, found the staffing rule …至少配备1名专职心理健康教育教师 near 加大…经费投入, hd70e)
    pointed = [w for p in ask.points_asked for w in thing_words(p, ws, KEY_SPAN)[0] if w[:2] not in JOINT_VERBS]
    grams = frozenset().union(*(g for opening, g in things if opening))
    opening = list(dict.fromkeys([*heading, *pointed]))
    if not opening:
        return [], things[0][1]
    found = [i for i in relevant_items(index, " ".join(dict.fromkeys([*heading, *searched])), ws, today, (DONE,), ws.own_places(),
                                       works=ask.works)
             if not older_than(i.as_of(), ws.max_age, today) and own_jurisdiction(i, ws) and bureau_said(i, ws)
             and any(w in i.fact.text for w in opening) and not central_deed(i.fact.text, ws)]
    found = [replace(i, sentences=left) for i in found if (left := _undrafted(i.fact, drafted or {}))]
    found = [i for i in found if i.fact.figures] or found
    ranked = sorted(found, key=lambda i: (not any(w in i.fact.text for w in pointed), -len(grams & bigrams(i.fact.text)),
                                          -(i.as_of() or 0), -len(i.fact.figures), i.fact.id))
    return [i for i in ranked if i.as_of() == ranked[0].as_of()][:NEAR_SHOWN], grams


def subject_material(index, ask, subject: frozenset[str], ws: Workspace, today: dt.date) -> list[Item]:
    """The bureau's own place's material older than max_age saying the suggestion's ``subject`` as the ask says it
    (:func:`asked_subject`), known on ``today``: what a gap's comment names, with its year, where the base holds nothing within
    max_age on the ask (hd73c: 2019's …天坑地缝自然保护区李美坤和谢先兰养殖场拆除并清理等3个问题已经完成整改 under 督促养殖大户配套
    完善粪污水处理设备 in a draft of 2023, whose comment said the base held nothing) — the newest year's, at most NEAR_SHOWN; each
    with the sentence its comment quotes (:func:`_subject_sentence`) as its ``sentences``."""
    found = []
    for fact, score in index.search(" ".join(shared_words(ask.phrase, subject)), limit=SEARCH_LIMIT, kinds=(DONE, CONTEXT)):
        if fact.external or fact.jurisdiction not in (None, *ws.jurisdiction_names()):
            continue
        source = index.source_of(fact)
        item = Item(fact, source, score, fact_year(fact, source), stale=True)
        if older_than(item.as_of(), ws.max_age, today) and _known(fact, index, today) and not central_deed(fact.text, ws) \
                and not (fact.jurisdiction is None and of_another_level(fact.text, ws)) and (said := _subject_sentence(fact, subject)):
            found.append(replace(item, sentences=[said]))

    def rank(item: Item) -> tuple[int, int]:  # (the most of the subject's words, then the newest)
        return len(subject & bigrams(item.fact.text)), item.as_of() or 0

    found = sorted(material(found), key=lambda i: (*(-r for r in rank(i)), -i.score, i.fact.id))
    best = rank(found[0]) if found else None
    return [i for i in found if rank(i) == best][:NEAR_SHOWN]


def _subject_sentence(fact: Fact, subject: frozenset[str]) -> str | None:
    """The sentence of ``fact`` a comment quotes as saying the ``subject``: the one saying most of its words (then a result), of
    those saying something done or named — not the stance work follows (:func:`stance_only`) nor, with no figure nor result word, the
    creed it follows (:data:`~drafter.grammar.CREED`: hd60b's 以习近平新时代…思想为指导，深入贯彻…精神…深化交通一体、产业协作…，为实现
    黄冈高质量发展提供有力支撑。 under 建立黄团浠一体化发展工作机制); None when none does."""
    said = [t for t in fact_sentences(fact) or [fact.text] if subject & bigrams(t) and not stance_only(t)
            and not (CREED.search(t) and not DIGIT.search(t) and not RESULT_WORDS.search(t))]
    return max(said, key=lambda t: (len(subject & bigrams(t)), reports_result(t))) if said else None


def subject_note(items: list[Item], subject: frozenset[str], ask, today: dt.date) -> str:
    """The comment of a placeholder the base holds nothing for but older material on the suggestion's ``subject``
    (:func:`subject_material`, each with its sentence): that there is no recent work, the material by year, the subject's
    words it says (林下 of 林下养殖), its source and its sentence saying most of them, its age, and what to write."""
    said = "、".join(shared_words(ask.phrase, subject & frozenset().union(*(bigrams(i.fact.text) for i in items))))
    quotes = "；".join(_quoted(i, i.sentences[0]) for i in items)
    age = OLD_USE.format(age=today.year - max(i.as_of() for i in items))
    return WORK_GAP_NOTE.replace("：", f"，只有{items[0].as_of()}年涉及“{said}”的材料（{quotes}），{age}；", 1)


def on_key(fact: Fact, ask, words: frozenset[str], points: list[frozenset[str]], ws: Workspace,
           matter: frozenset[str] = frozenset(), heads: bool = False) -> bool:
    """True when ``fact`` is material on the ask's key object that a placeholder's comment may name: on the ask as the body
    weighs it (:func:`on_ask`), saying WORD_MAX characters of one of its key words in a row (:func:`ask_keys`: 撤乡设镇 of
    乡撤乡设镇, hd60a) beyond the suggestion's ``matter`` (its title's words: 心理健康 of 中小学心理健康教育经费投入 is
    every fact's, hd70e) or one of its ``points``' words at length (:func:`says_point`) or a work of the field it asks on
    (:func:`~.synonyms.field_works`: 黄黄高铁建成通车…燕矶长江大桥 under 加快交通基础设施互联互通) — and no national body's act
    (:func:`central_deed`). Not material its search found sharing a word of the heading alone (hd60b B3: a 强县 paragraph under
    建立黄团浠一体化发展工作机制, named where hx60a's comment named all the search found). With ``heads``, a key word's run counts
    only as the key's head, the run closing it (旅游景区 of 红色旅游景区, hd72b): not 营商环境 of 营商环境立法, what the law is on, in a
    page on 民营企业 saying 良好的营商环境 (hd56c)."""
    return not central_deed(fact.text, ws) and (on_ask(fact, ask, words) or any(
        (run := k[j:j + WORD_MAX]) in fact.text and not bigrams(run) <= matter
        for k in ask_keys(ask) for j in range(max(len(k) - WORD_MAX, 0) if heads else 0, len(k) - WORD_MAX + 1))
                                                 or any(says_point(fact.text, p) for p in points)
                                                 or any(w in fact.text for w in field_works(ask.text)))


def central_deed(text: str, ws: Workspace) -> bool:
    """True when a clause of ``text``'s first sentence tells a national body's act (:data:`~drafter.grammar.CENTRAL_ACT`:
    《武汉都市圈发展规划》获得国家发改委批复同意) naming nothing of the bureau's own place (我市…项目获国家发改委批复 is the place's
    result): that body's deed, no work of the place's to offer as near it (hd60b B3)."""
    first = (split_sentences(text) or [text])[0]
    return any(CENTRAL_ACT.search(c) and not any(n in c for n in (*ws.own_place_names, *LOCAL_SCOPES))
               for c in CLAUSE_OR_SENTENCE_END.split(first))


def thing_named(phrase: str) -> str:
    """What an ask's ``phrase`` names past the manners, verbs and places opening it (建立苹果无病毒采穗圃 → 苹果无病毒采穗圃,
    积极推广竹林林下种植模式 → 竹林林下种植模式, 贯通自新村与涉县消防通道 → 消防通道: :func:`~.asks.past_places`; 加快推进县城老旧小区
    改造 → 老旧小区改造: :data:`~drafter.grammar.WHERE_WORDS`): the thing, its kind or crop first. A rank before a verb is its
    manner (重点扶持茶叶龙头企业 → 茶叶龙头企业, :data:`~.asks.RANKS`; 高度重视茶叶质量安全 → 茶叶质量安全), and what a thing is
    helped by before 对 no thing (加大财政对茶产业的扶持力度 → 茶产业的扶持力度, :data:`~.asks.MEANS_FOR`; hd61b E1: 财政 found the
    county's 公共财政总收入)."""
    thing = MANNER.sub("", phrase)
    verbs = (*LEAD_VERBS, *FOUNDING_VERBS, *WORKS_VERBS, *THROUGH_VERBS, *SEIZING_VERBS, *OBJECT_VERBS)
    while verb := max((r + v for r in ("", *RANKS) if thing.startswith(r) for v in verbs
                       if len(v) > 1 and thing.startswith(v, len(r)) and len(thing) > len(r) + len(v) + 1), key=len, default=None):
        thing = MANNER.sub("", thing[len(verb):])
    thing = past_places(MEANS_FOR.sub("", thing))
    where = WHERE_WORDS.match(thing)
    return thing[where.end():] if where and len(thing) - where.end() >= 2 else thing


# Whom a thing serves or the unit it stands in, opening its name (学生 of 学生心理问题筛查…机制, 学校 of 学校心理咨询室): whose, no
# kind of thing — work saying it is on the people or the unit, nothing near the thing (hd70e: 培训教师480余人次，现场覆盖学生3600人 of a
# 宣讲 was quoted as near the screening).
_WHOSE = (*RESIDENT_WORDS, *(w for w in NAMED_UNIT_WORDS if len(w) > 1))


def thing_words(phrase: str, ws: Workspace, span: int = 2) -> tuple[list[str], frozenset[str]]:
    """The word (its first ``span`` characters) the thing an ask's ``phrase`` names opens on (:func:`thing_named`) past the
    bureau's own place (长城 of 打造榆林长城边塞文化旅游品牌 in 榆林's base, hd57b) and its own field, as past a place (:attr:`.Workspace.own_fields`: 执法 of
    强化市场监管执法 in a 市场监管局's base, whose every fact says 市场, hd56c), and its other names (:mod:`.synonyms`: 防火 of
    消防), none where that is a word of official prose or says whose the thing is (:data:`_WHOSE`); and all the thing's words,
    those names' too."""
    thing = thing_named(phrase)
    for opening in (ws.own_place_names, sorted(ws.own_fields, key=len, reverse=True)):
        word = next((w for w in opening if thing.startswith(w)), "")
        thing = thing[len(word):] if len(thing) >= len(word) + 2 else thing
    if thing.startswith(_WHOSE):
        return [], frozenset()
    if thing[:2] not in phrase_key(thing):
        return [], frozenset()
    opening = [thing[:span], *(o for m, others in equivalents(thing, ws).items() if thing.startswith(m) for o in others)]
    return opening, phrase_key(thing) | frozenset().union(*(bigrams(w) for w in opening))


def near_note(items: list[Item], words: frozenset[str]) -> str:
    """The comment of a placeholder the base holds nothing for but work near its ask (:func:`near_work`): each by its source
    and its sentence stating most figures, led by the one saying most of the thing's ``words`` (:func:`thing_words`) where
    that says more (发展以直播、网红带货、电商为核心的陶瓷产业“非接触性”经济。 before 2020年陶瓷快递量…4876.38万件 near 陶瓷电商平台…:
    the figures alone said only 陶瓷, hd53a), to compare, and what to write."""
    return WORK_GAP_NOTE.replace("：", f"，有相近的情况（{near_quotes(items, words)}），可参考：", 1)


NEAR_ALSO = "；本单位相近的工作有（{quotes}），可参考"


def near_quotes(items: list[Item], words: frozenset[str]) -> str:
    """:func:`near_note`'s quotes of the near work ``items`` (:func:`near_work`'s): each by its source and its sentence stating
    most figures, led by the one saying most of the thing's ``words`` where that says more — of the sentences it left them."""
    said = []
    for item in items:
        sentences = item.sentences
        figured = [t for t in sentences if _figures_beyond_dates(t)]
        nearest = max(sentences, key=lambda t: len(words & bigrams(t)))
        densest = max(figured, key=_figures_beyond_dates) if figured else nearest
        quoted = (nearest + densest if sentences.index(nearest) < sentences.index(densest) else densest + nearest) if (
            len(words & bigrams(nearest)) > len(words & bigrams(densest))) else densest
        said.append(_quoted(item, quoted.rstrip("；;")))
    return "；".join(said)


def _undrafted(fact: Fact, drafted: dict[str, list[str]]) -> list[str]:
    """``fact``'s sentences by their parts (a long sentence's: 238个事项…可跨城通办 of a sentence on 高铁, 科创 and 签约 too, hd60b),
    but those ``drafted`` says a section drafts of it (its sentences there, by the fact's id: a part inside one, or holding one)."""
    said = drafted.get(fact.id, [])
    return [p for t in fact_sentences(fact) or [fact.text] for p in sentence_parts(t)
            if p.strip() and not any(p.strip() in d or d in p for d in said)]


def _quoted(item: Item, sentence: str) -> str:
    """``sentence`` of ``item``'s fact as a comment quotes it: after its source's label and date (:func:`_dated_label`)."""
    source = f"{_dated_label(item.source.label(), issued(item.source))}：" if item.source else ""
    return f"{source}“{sentence}”"


def drafted_elsewhere(sections: list[Section], section: Section, ask, specific: frozenset[str]) -> str | None:
    """The comment of ``section``'s placeholder when a sentence drafted under another section states a result on its
    ``ask`` — a clause with a figure (or 建成…) saying the ask's matter as it says it (:func:`matter_words`), in words
    the other section's heading does not say: a sentence answering two asks is said once, under the ask it answers best, and
    the other's comment says where, never that the base holds nothing on it (hd27a: 已完成油茶新造1.6万亩、低产低效林改造
    2.8万亩 under 加快低产低效油茶林改造, and 扩大油茶新造面积 told 已收集的材料中没有本单位此方面的工作情况). None when
    no such sentence was drafted."""
    for other in sections:
        if other is section or not other.heading:
            continue
        for item in other.items:
            for sentence in item.sentences or []:
                said = next((c for c in framed_clauses(sentence) if reports_result(c)
                             and matter_words(c, ask.text, specific, ask.equivalents) - bigrams(other.heading)), None)
                if said:
                    return (f"已收集的材料中，“{said.strip()}”一句同时涉及此项，已写入“{other.heading}”项下，此处未重复："
                            "请核实后在此补写本项的工作情况，或删去本项、在该项中一并表述")
    return None


def _unused_kinds(items: list[Item], drafted: dict[str, str]) -> str:
    """What :func:`unused_note`'s material is and why it was not drafted: background (context) is 背景材料; work
    done is work not drafted here, said under which other item it was drafted (``drafted``) where it was."""
    done = [i for i in items if i.fact.kind != CONTEXT]
    if not done:  # (no data said where none states a figure: hd72b's 4A级旅游景区 list)
        return f"其中的情况{'和数据' if any(i.fact.figures for i in items) else ''}记为背景材料，未直接写入"
    what = "其中既有背景材料，也有工作情况；工作情况和数据" if len(done) < len(items) else "其中的工作情况和数据"
    elsewhere = list(dict.fromkeys(drafted[i.fact.id] for i in done if i.fact.id in drafted))
    where = f"已在“{'”“'.join(elsewhere)}”项下部分采用，与此项有关的内容" if elsewhere else ""
    return f"{what}{where}未写入正文"


def _dated_label(label: str, date: str) -> str:
    """A source as a note names it: its label and the day it was issued, when known."""
    return f"{label}（{date[:10]}）" if date else label


FIGURES_NEAR = 0.5  # the share of the nearest sentence's words of the ask a sentence stating a figure says to be quoted first


def nearest_sentence(items: list[Item], words: frozenset[str], results: bool = False) -> tuple[str | None, Item | None]:
    """The sentence of ``items``' facts stating a figure that says most of ``words`` (an ask's), while it says FIGURES_NEAR
    of those the nearest sentence says, else that nearest sentence, and the item saying it; Nones when none says any — of
    the sentences reporting a result only (:func:`reports_result`), with ``results``. A
    figure's sentence saying fewer is off the ask (hd49b: 上半年开展了河湖水系连通整治，共清理整治河渠801.5公里… quoted under
    农村人居环境整治 for its 整治 alone, while the same fact's 推进饮用水水源环境安全隐患排查整治 went unnamed); one near it
    tells the clerk there are data (hd33b: 全年共审核市级政务信息化项目15个 beside the rules set before it)."""
    said = [(len(words & bigrams(t)), bool(_figures_beyond_dates(t)), t, i)
            for i in items for t in fact_sentences(i.fact) if not results or reports_result(t)]
    top = max((n for n, *_ in said), default=0)
    if not top:
        return None, None
    figured = [s for s in said if s[1] and s[0] >= FIGURES_NEAR * top]
    _, _, sentence, item = max(figured or said, key=lambda s: s[:2])
    return sentence, item


# --- asks ---------------------------------------------------------------------------------------

# A fact answers an ask when its score reaches this share of the ask's best and it shares
# MIN_ASK_SHARED of the ask's own words (bigrams not in the title, in other asks or in GENERIC).
ASK_THRESHOLD = 0.5
MIN_ASK_SHARED = 3
COMMON_SHARE = 0.4  # a word in more of the base's facts than this tells no ask apart
# Words of official prose that say nothing about what is asked (their bigrams; also any with 的), the verbs of building
# up a whole among them (:data:`~drafter.grammar.SHAPING_VERBS`: 发展, 构筑…). No
# place: a place most facts name is a word of the base's (COMMON_SHARE), and one an ask names says
# where (重庆市 of 完善重庆市科技成果转化政策: its phrase's words find the facts on that policy).
GENERIC_WORDS = tuple(
    "加强 推动 推进 提升 进一步 积极 大力 持续 围绕 重点 加大 完善 支持 开展 工作 建设 服务 不断 着力 全面 深入"
    " 强化 一批 领域 方面 有关 相关 实现 增强 促进 我市 全市 政策 体系 机制 能力 管理 水平 组织 需求 队伍"
    " 对接 精准 聚焦 联合 力度 作用 发挥 进行 不足 问题 存在 有待 以及 为此 加快 加速 切实 高度 重视".split())
GENERIC = frozenset().union(*(bigrams(w) for w in GENERIC_WORDS), SHAPING_VERBS)
# Nouns and qualifiers of official prose that name no thing alone, whatever they qualify (项目 of 集中攻坚项目建设 and of
# 争取项目资金; 质量 of 质量兴茶 and of 茶叶质量安全; 产业, 发展, 绿色, 历史): with GENERIC_WORDS and the manner adverbs
# (高度重视), what :func:`names_thing` never counts as the thing an ask names.
THINGLESS_NOUNS = ("项目", "发展", "产业", "质量", "历史", "绿色")
THINGLESS = lazy(alternation(GENERIC_WORDS, MANNER_ADVERBS, THINGLESS_NOUNS))
TARGET = lazy(rf"{STRIVING}|确保|目标")  # (争取 of a sum won no target: 全力争取到上级资金5亿元)


MIN_BASE = 100  # facts: how common a word is, counted over fewer, is counted as over this many


def word_share(index):
    """How common a word is in the base (the share of its facts holding it), or None when the
    index cannot say. A small base (the few replies a bureau starts with, all on one subject)
    counts as MIN_BASE facts: in ten facts on 科技成果转化 every one says 成果 and 转化, which
    tells no ask apart there but names the matter of an ask all the same."""
    share = getattr(index, "share", None)
    if share is None:
        return None
    size = len(getattr(index, "facts", ()) or ())
    scale = size / MIN_BASE if 0 < size < MIN_BASE else 1.0
    return lambda term: share(term) * scale


def ask_words(asks: list, ws: Workspace, index=None) -> list[frozenset[str]]:
    """Each ask's own words: its bigrams, less the generic ones, the bureau's own place names (淮南市 of 以寿毛快速通道建设助推
    淮南市文化和旅游融合发展: a reply on 四好农村路 in 淮南市 is no answer to it, hd25d), those in more than COMMON_SHARE of the
    base's facts (科技, 创新) and those another ask shares (智能制造 in two asks tells neither apart) — those of its phrase and
    the title set as its :attr:`~.asks.Ask.shared` words (:func:`on_ask` counts them said, hd52c), the base's common ones not
    (科技创新 of two asks in a science bureau's base is no matter of either, rv17). The words of the bureau's own field it says
    (:attr:`.Workspace.own_fields`) are set as its :attr:`~.asks.Ask.own_field`: one word however long (:func:`_one_word`), never
    all a fact says of the ask; they stay among its words, as its place does not, for they may say what is asked (教育投入
    of 加强教育基础设施建设投入 in a 教育局's draft: 教育投入逐年加大，近四年县累计投入教育经费…, hd42a). The words every ask
    says and the title does not (:func:`shared_matter`, beyond its place, its field and the base's common words: 长城 of 榆林's
    asks under 关于建设榆林边塞文化旅游走廊的议案, hd57b) are the suggestion's subject all the same: among each ask's shared
    words, and with the title's words the asks say beyond the bureau's field, what a fact on any of them says (:attr:`~.asks.
    Ask.subject`: a reply on 陕北民歌 saying 打造, 品牌, 文化, 旅游 is none on 打造榆林长城边塞文化旅游品牌). A word of the title one
    ask's text says beyond its phrase is the suggestion's matter, no word of that ask's own: among its shared words (新质生产力 of
    把科技创新作为发展新质生产力的核心要素 pulled 新质生产力加快培育…产业不断壮大 under 加强科技创新和人才支撑, hd59c)."""
    # (常态化管理 as 常态管理 too: its 态管 is said by 建立常态管理制度, hd28b)
    # (nor the town it is asked for: 大新庄 of 对大新庄镇农田管灌设施进行更新 no matter of it, hd41a)
    grams = [bigrams(without_place_names(without_own_places(a.query, ws), a.phrase))
             | bigrams(HUA.sub("", without_place_names(without_own_places(a.text, ws), a.phrase))) for a in asks]
    share = word_share(index)
    fields = ws.own_fields

    def telling(g: str) -> bool:  # (a word of one ask's or of several, as the base's facts tell them apart)
        return "的" not in g and not (share and share(g) > COMMON_SHARE)

    # the matter every ask's phrase says, its title not (长城 of 榆林's asks on 边塞文化旅游走廊, hd57b): the suggestion's subject all
    # the same — not words each says somewhere (搭建…平台 of one's body and another's phrase: the form of the work, hd68c)
    theme = frozenset(g for g in shared_matter(asks, phrases=True) if all(g in own for own in grams) and telling(g) and g not in fields
                      and not any(g in a.titled for a in asks))
    # (or, where the phrases share none, the programme every ask's text names in quotes as the title does: its name is the
    # subject — hd68b's “人人持证、技能河南” of 提高思想认识 and 加大宣传力度; 西平县's 第一议题… of 思想 is on neither)
    named = frozenset.intersection(*(frozenset(_programmes(a.text)) for a in asks)) if len(asks) > 1 else frozenset()
    programme = frozenset(g for p in named if (said := bigrams(p) - GENERIC) <= asks[0].titled for g in said
                          if all(g in own for own in grams) and g not in fields and telling(g))
    subject = theme | frozenset(g for a in asks for g in a.titled if any(g in own for own in grams) and g not in fields
                                and telling(g)) if theme else programme
    out = []
    for k, own in enumerate(grams):
        others = set().union(*(g for j, g in enumerate(grams) if j != k)) if len(grams) > 1 else set()
        # (the title's words its text says beyond its phrase: the suggestion's matter, no more this ask's than another's —
        # unless its text says half the title or more: a title restating this ask is its matter, 化解大班额 of ningjin's)
        titled = asks[k].titled - bigrams(asks[k].phrase) if len(grams) > 1 and not restates_title(own, asks[k].titled) \
            else frozenset()
        out.append(frozenset(filter(telling, own - GENERIC - others - titled)))
        asks[k].shared = frozenset(filter(telling, (own & others & bigrams(asks[k].phrase) & asks[k].titled | (own - others) & titled)
                                          - GENERIC - _seams(asks[k].phrase))) | theme
        asks[k].own_field = tuple(w for w in fields if w in asks[k].text)
        asks[k].subject = subject
    return out


def _by_ask(index, asks: list, words: list, ws: Workspace, today: dt.date, kinds,
            places) -> tuple[list[list[Item]], list[list[Item]]]:
    """The fresh facts of ``kinds`` answering each ask: sharing MIN_ASK_SHARED of its words, one
    of them from its phrase (what the ask is about); a fact answering several goes to the ask it
    answers best (its score relative to that ask's best), the earlier ask on a tie. Also each
    ask's relevant facts as searched, stale ones included."""
    groups, relevant, _ = _asks_answered(index, asks, words, ws, today, kinds, places)
    return groups, relevant


def _asks_answered(index, asks: list, words: list, ws: Workspace, today: dt.date, kinds,
                   places, areas: frozenset[str] = frozenset()) -> tuple[list[list[Item]], list[list[Item]], dict[str, list[tuple[int, Item]]]]:
    """:func:`_by_ask`'s groups and relevant facts, and for each fact the other asks it is on (:func:`on_ask`),
    best first (by its score relative to each ask's best), each with its item there. A fact goes to an ask whose
    phrase it names (:func:`names_phrase`) before one whose it does not: a work summary's paragraph saying 隐患排查治理
    and 大数据 in passing and 智慧应急 as a result is 打造智慧应急创新场景's, not 加强数据治理能力's (hd23a).
    A result of the bureau's own place (:func:`reports_result`) is measured against the best such result: a
    quote or a district's paragraph scoring higher pushed out the city's 国考断面水质优良率100%, the only result on
    改善生态环境质量, and left a slogan in its place (hd24a); a dated fresh one against its like only (:func:`_ask_bars`). None is on an ask naming one of the suggestion's ``areas`` that is no
    answer there (:func:`placed_elsewhere`)."""
    owner: dict[str, tuple[float, int, Item]] = {}
    named_by: dict[str, bool] = {}  # whether the fact names what its owner's phrase asks (:func:`names_phrase`)
    saying: dict[str, int] = {}  # how many of its owner's own words the fact says, past the phrase's seams
    on: dict[str, list[tuple[float, int, Item]]] = {}
    relevant = [[i for i in relevant_items(index, ask.query, ws, today, kinds, places, ask.matter_keys, ask.works, ask.members)
                 if not (areas and placed_elsewhere(i, ask.text, own, areas, ws))] for ask, own in zip(asks, words)]
    for k, (ask, own) in enumerate(zip(asks, words)):
        # older than the freshness window: used, flagged, where nothing fresher answers the ask as well (scores as high,
        # its age aside), up to max_age (hd28c: 2022's 中小学生体育联赛 on 丰富青少年体育赛事活动, beside 2024's 景区 events
        # naming 少年 in passing; both news, so halving its score for age too left it out) — weighed on the ask only then
        fresh = [i for i in relevant[k] if not i.stale and on_ask(i.fact, ask, own)]
        best_fresh = max((i.score for i in fresh), default=0.0)
        items = fresh + [i for i in relevant[k] if i.stale and i.score / STALE_WEIGHT > best_fresh
                         and not older_than(i.as_of(), ws.max_age, today) and on_ask(i.fact, ask, own)]
        if not items:
            continue
        # (whether each item is such a result, not whether its score is one's: a district's item tying a result is no result)
        result = [result_of_own(i, ws) for i in items]
        bars = _ask_bars(items, result)
        for item, is_result in zip(items, result):
            best, top = bars[dated_fresh(item)]
            rel = item.score / (top if is_result else best)
            on.setdefault(item.fact.id, []).append((rel, k, item))
            named = names_phrase(item.fact.text, ask.phrase, own)
            says = len(own & bigrams(item.fact.text) - _seams(ask.phrase))
            held = item.fact.id in owner
            # (a result on a tie, the ask it says more words of: 开展生态环境宣教活动…发放生态环保宣传资料…增强生态环保意识 is 提升公众
            # 环保意识's, the words of its field and publicity, not 加强生态环境监管's for 生态环境, hd42b; a plan stays with the
            # earlier ask, where part two offers an earlier year's series, hd30a)
            tied = held and DONE in kinds and (named, abs(rel - owner[item.fact.id][0]) <= 1e-9) == (named_by[item.fact.id], True)
            if rel >= ASK_THRESHOLD and (not held or (named, rel) > (named_by[item.fact.id], owner[item.fact.id][0] + 1e-9)
                                         or (tied and says > saying[item.fact.id])):
                owner[item.fact.id], named_by[item.fact.id], saying[item.fact.id] = (rel, k, item), named, says
    groups: list[list[Item]] = [[] for _ in asks]
    for _rel, k, item in owner.values():
        groups[k].append(item)
    groups = [answer_order(group, ws) for group in groups]
    others = {fid: [(k, item) for rel, k, item in sorted(found, key=lambda f: (-f[0], f[1])) if k != owner[fid][1]]
              for fid, found in on.items() if fid in owner}
    return groups, relevant, others


def result_of_own(item: Item, ws: Workspace) -> bool:
    """True when ``item`` is a result (:func:`reports_result`) of the bureau's own place (:func:`own_jurisdiction`)."""
    return own_jurisdiction(item, ws) and reports_result(item.fact.text)


def dated_fresh(item: Item) -> bool:
    """True when ``item`` is within the freshness window and its source states its year (its date's or its number's: 泉科函〔2026〕
    102号 of no date is 2026's): a result known to be current."""
    return not item.stale and bool(item.source and item.source.stated_year())


def _ask_bars(items: list[Item], result: list[bool]) -> dict[bool, tuple[float, float]]:
    """The scores an ask's items are measured against (:func:`_asks_answered`), by whether an item is :func:`dated_fresh`:
    the best item's and the best result's. A dated fresh item is measured against its like only: a stale or undated item
    scoring higher — a journal abstract saying the ask's words as written, of no date, its period 2022 — raises no bar for
    it (hd66d: 2024's 托位总数达4496个，普惠性托位占比达94.8%, news and so halved, fell under the abstract's half); the others
    against all."""
    def bar(kept: list[int]) -> tuple[float, float]:
        best = max(items[k].score for k in kept)
        return best, max((items[k].score for k in kept if result[k]), default=best)

    every = bar(list(range(len(items))))
    dated = [k for k, i in enumerate(items) if dated_fresh(i)]
    return {False: every, True: bar(dated) if dated else every}


def answer_order(group: list[Item], ws: Workspace) -> list[Item]:
    """An ask's items best first; where one is a result of the bureau's own place known to be current (:func:`dated_fresh`),
    the stale and undated ones after all that are: the newest dated results on the matter come before an older or undated
    item, however much more of the ask's words it says (hd66d: 2024's 托位总数达4496个 before an undated abstract's 自2022年10月
    入选…试点区县以来…织密15分钟的托育服务圈)."""
    current = any(dated_fresh(i) and result_of_own(i, ws) for i in group)
    return sorted(group, key=lambda i: (current and not dated_fresh(i), -i.score, i.fact.id))


def _answers(groups: list[list[Item]], others: dict, asks: list, words: list, specifics: list,
             ws: Workspace) -> list[list[Item]]:
    """Each ask's items worth reporting (:func:`answering`), its group's; an item its best ask leaves out
    goes to the next ask it is on that reports it (福州's 创新专属金融产品 was best of 全产业链's group, which
    reported no such thing, and answered nothing though it is on 政策和金融支持, hd13) on its words, not its heading (泉科函〔2025〕81号's
    建设泉州技术转移转化数字化平台, left out of 畅通科技成果转化渠道, is not 建设高能级创新平台's for standing under 加强高能级科创平台建设)."""
    def answer(k: int, group: list[Item], headed: bool = True) -> list[Item]:
        return answering(group, words[k], specifics[k], asks[k].text, ws, asks[k], headed)

    answers = [answer(k, group) for k, group in enumerate(groups)]
    for k, group in enumerate(groups):
        for item in group:
            if item in answers[k]:
                continue
            for j, there in others.get(item.fact.id, ()):
                tried = answer(j, answer_order([*groups[j], there], ws), headed=False)
                if there in tried and all(i in tried for i in answers[j]):  # (never at the cost of one it reported)
                    groups[j].append(there)
                    answers[j] = tried
                    break
    return answers


def on_ask(fact: Fact, ask, own: frozenset[str]) -> bool:
    """True when ``fact`` is on the ask's matter: it says MIN_ASK_SHARED of the ask's ``own`` words,
    one of them of its phrase (what the ask is about) when the phrase has any — in its lead phrase
    for a plan (:func:`_topic_of`). A phrase saying all but one of its words with the other asks
    (加大高标准农田建设力度 beside 提高高标准农田建设标准: its own 大高 straddles two words) is about the
    matter they share: any word of it, beyond the generic, will do (hd12: no fact could answer it). A word equivalent to
    one of the phrase's (:attr:`~.asks.Ask.phrase_synonyms`) says it too (敬老院 of 居家及社区老年照护体系, hd38a); the field
    governing its facility (:func:`~.synonyms.governing_fields`), said whole, is the matter itself. The title's matter the
    phrase shares with the other asks (:attr:`~.asks.Ask.shared`: 应急预案 of 推动建立…应急预案体系 beside 加强应急预案演练,
    which left the first its qualifiers, 覆盖全行业, 全过程, no reply says, hd52c) counts towards the words, and a fact saying the thing the
    phrase ends on (its key word's head, its own word) needs one word fewer. Those words are not the bigrams of one word
    alone (:func:`_one_word`: 市场监管, said by every fact of a 市场监管局, is no answer to 强化市场监管执法, hd56c). Its sentences
    scoped to the other settlement than the ask's are no part of it there (:func:`in_settlement`). It says a word of the thing
    the ask names (:func:`says_thing`), not only where and what work (县城, 改造 of 加快推进县城老旧小区改造 in a paragraph on 公厕).
    A generic phrase is keyed by the things its body names (:func:`body_keys`: 茶叶, 品牌 of 做强特色产业。围绕茶叶…，提升农产品品牌
    和附加值), one of which said, as the thing the phrase ends on, needs one word fewer.
    Where every ask says a subject the title does not, it says a word of the suggestion's subject (:attr:`~.asks.Ask.subject`:
    长城 or the title's 边塞, 走廊…; 陕北民歌…成为榆林文化节庆品牌 is on none of 榆林's asks on a 长城 边塞文化旅游走廊, hd57b)."""
    scoped = in_settlement(fact.text, ask.text)
    if not scoped:
        return False
    if scoped != fact.text:  # (its topics said only in the sentences left out go with them)
        fact = replace(fact, text=scoped, topics=[t for t in fact.topics if t in scoped or t not in fact.text])
    body = body_keys(ask, own)
    key = _phrase_key(ask.phrase, ask.phrase_synonyms, own) | body
    about = unsaid_topics(fact) + unsaid_heading(fact, own, MIN_ASK_SHARED, ask.matter_keys)
    topic = _topic_of(fact)
    if fact.kind != PLAN and own & bigrams(topic):  # the work of the ask's matter: what it is for is too
        about += purposes(fact.text)
    told = bigrams(fact.text + about)
    if ask.subject and not ask.subject & told:
        return False  # (off the suggestion's subject, hd57b)
    # (the route the phrase names, said by the fact by its code or its name, carries the match however few words they share:
    # 遂德高速、省道101线射洪段、盐射路开工建设 is on S101线“断头路”修建, hd68a — a code names one road, 道路 any)
    if route_codes(ask.phrase) & route_codes(fact.text):
        return serves_asked(fact.text, ask.phrase) and names_object(fact.text + about, ask)
    # (a bigram straddling a generic word's edge names nothing, in the fact as in the ask: 务人 of 医务人员 is no 服务人才, hd61a C2)
    said = (told & own | told & ask.shared | phrase_terms(fact.text, ask.phrase, own)) - _seams(ask.phrase)
    # (the thing the phrase ends on, its key word's head its own, said: one word fewer — 演练 of 预案演练, said by …经常性开展桌面推演和
    # 实战演练, its other words the asks' shared matter, hd52c)
    last = _end_key(ask)
    head = last[-2:] if last else None
    need = MIN_ASK_SHARED - ((head in own and head in said) or bool(body & said))
    # (the field governing the phrase's facility said whole says its matter, however short: 《…殡葬管理办法》 of 完善…集体公墓,
    # hd51a; not any equivalent: 宣传 of …意识, 检查 of …监管, 公路 of …道路 share the ask's words as any fact must, rv15 7)
    equivalent = any(w in fact.text for w in governing_fields(ask.phrase))
    if len(said) < need and not equivalent:
        return False
    # (one word's bigrams are no words enough: the costliest test, last)
    return (_on_phrase(fact, key, ask, about, topic) and serves_asked(fact.text, ask.phrase)
            and names_object(fact.text + about, ask) and says_thing(fact.text + about, ask)
            and (equivalent or not _one_word(fact.text + about, said, ask)))


@lru_cache(maxsize=4096)
def _phrase_key(phrase: str, synonyms: str, own: frozenset[str]) -> frozenset[str]:
    """:func:`on_ask`'s key words of an ask's ``phrase``: its ``own`` words the phrase or its ``synonyms`` say, past its
    seams, and the listed generic word beside them (政策 of 加大…政策和金融支持: the other half of what it asks); with none, the
    phrase's words beyond the generic. Of a frame round a matter (:func:`~.asks.framed_matter`), the matter's own words
    (:func:`_own_run`): 交通 of 加大金明西街交通治理力度, never its frame's 治理 nor 通治, 街交 across its words (hd67a: a paragraph
    on 机动车停车管理…保障道路交通畅通 was none of it). Remembered: every fact weighed against the ask asks again."""
    seams = _seams(phrase)
    inner = framed_matter(phrase)
    key = own & (bigrams(_own_run(inner, own)) | bigrams(synonyms)) - seams if inner else frozenset()
    key = key or own & (bigrams(phrase) | bigrams(synonyms)) - seams
    if not key:
        return frozenset(g for g in bigrams(phrase) - seams if g not in GENERIC and not FUNCTION_CHARS & set(g))
    return key | listed_generic(phrase)


def body_keys(ask, own: frozenset[str]) -> frozenset[str]:
    """Where the thing the ask's phrase names says none of its ``own`` words past those naming no thing (:data:`THINGLESS`: 特色产业
    of 做强特色产业, its 特色 another ask's, its 产业 no thing), the things its body names key it: the heads (last two characters, a
    Chinese noun's head being last) of its :attr:`~.asks.Ask.subjects` (茶叶, 皇菊, 油茶 of 围绕茶叶、皇菊、油茶等特色产业) and of its
    points' key words (品牌, 加值 of 提升农产品品牌和附加值), each one of its own words naming a thing — never 产业 of 发展优势产业
    (hd69b). None otherwise — but the heads of the things it lists of the broad class its phrase names (:attr:`~.asks.Ask.members`:
    客运 of 抓好交通基础设施建设。…提升客运、物流和水运服务能力, hd72a)."""
    return (_body_keys(ask.phrase, (*ask.subjects, *(k for keys in ask.point_keys.values() for k in keys)), own)
            | frozenset(h for h in (m[-2:] for m in ask.members) if h in own))


@lru_cache(maxsize=1024)
def _body_keys(phrase: str, things: tuple[str, ...], own: frozenset[str]) -> frozenset[str]:
    """:func:`body_keys` of an ask's ``phrase`` and the ``things`` its body names, remembered: every fact weighed against the
    ask asks again."""
    if _thing_own(thing_named(phrase)) & own:
        return frozenset()
    return frozenset(h for h in (t[-2:] for t in things) if h in own and _thing_own(h))


def _thing_own(text: str) -> frozenset[str]:
    """The bigrams of ``text`` inside its runs past the words naming no thing (:data:`THINGLESS`)."""
    return frozenset().union(*(bigrams(run) for run in THINGLESS.sub(" ", text).split()))


def _own_run(matter: str, own: frozenset[str]) -> str:
    """``matter`` past the words it opens on that are none of the ask's ``own`` (金明西街 of 金明西街交通, the street each ask
    is on: where, not what), and so past the bigram across their end (街交)."""
    at = next((k for k in range(len(matter) - 1) if matter[k:k + 2] in own), 0)
    return matter[at + 1:] if at else matter


def _one_word(text: str, said: frozenset[str], ask) -> bool:
    """True when the ask's words ``said`` in ``text`` all lie in one run of characters ``text`` shares with the ask
    (:func:`shared_words`) of WORD_MAX characters at most, or inside a word of the bureau's own field however long
    (:attr:`~.asks.Ask.own_field`: 市场监督管理): one word, not the several its overlapping bigrams are — a qualifier of what
    the phrase asks (营商, 商环, 环境 of 营商环境: 民营企业…需要良好的营商环境 is no answer to 加强营商环境立法工作; 市场监管 of
    强化市场监管执法, said by every fact of a 市场监管局: 局长石学斌总结了…全市市场监管部门聚焦消费领域痛点难点卡点, hd56c) —
    unless the word is the thing the phrase asks on: the head of one of its key words (:attr:`~.asks.Ask.matter_keys`, a
    noun's head last: 环境质量 of 改善生态环境质量, hd24a) or another name of one of its words (:attr:`~.asks.Ask.
    phrase_synonyms`: 科技创新 of 科创带, hd44a). 科技成果转化 is more than one word. A bigram of a function character
    (:data:`~drafter.grammar.FUNCTION_CHARS`: 的营 of 的营商环境) lengthens none."""
    grams = frozenset(g for g in bigrams(text) & (bigrams(ask.text) | said) if not FUNCTION_CHARS & set(g))
    runs = [r for r in shared_words(text, grams) if said & bigrams(r)]
    return len(runs) == 1 and (len(runs[0]) <= WORD_MAX or any(runs[0] in w for w in ask.own_field)) and not any(
        w in runs[0] for w in (*(k[-2:] for k in ask.matter_keys), *ask.phrase_synonyms.split()))


def in_settlement(text: str, asked: str) -> str:
    """``text`` without its sentences scoped to the other settlement than the ask ``asked`` (:func:`~drafter.grammar.
    settlement`: 建成区黑臭水体…100% of a news page under 深入开展农村黑臭水体排查整治, hd49b): what of it may answer the ask."""
    theirs = settlement(asked)
    if theirs is None:  # (an ask scoped to neither leaves every sentence)
        return text
    sentences = split_sentences(text)
    kept = [s for s in sentences if settlement(s) in (None, theirs)]
    return text if len(kept) == len(sentences) else "".join(kept)


def _end_key(ask, fits: Callable[[str], bool] = lambda k: True) -> str | None:
    """The first of the ask's key words (:attr:`~.asks.Ask.matter_keys`) that its phrase ends on and that ``fits``: the thing
    the work is asked on, named last with its qualifiers (市区部分路段宽幅绿化带 of 改造提升市区部分路段宽幅绿化带); None when none."""
    return next((k for k in ask.matter_keys if ask.phrase.endswith(k) and fits(k)), None)


THING_KEY = 2 * HEADED  # characters: a key word this long names a thing with its qualifiers (市区部分路段宽幅绿化带)


def names_object(text: str, ask) -> bool:
    """False when the ask's phrase ends on a key word of its matter (:attr:`~.asks.Ask.matter_keys`) of THING_KEY
    characters or more — the thing the work is asked on, named last with its qualifiers (市区部分路段宽幅绿化带 of
    改造提升市区部分路段宽幅绿化带) — and ``text`` says neither its head (its last two characters, a Chinese noun's head
    being last: 化带 of 绿化带; 平台 of 应急指挥信息平台), nor KEY_SPAN characters of it in a row, nor a word the phrase's
    synonyms give: sharing with the phrase its verb and a word or two of its qualifiers (改造, 市区, the 绿化 of 绿化覆盖率: a
    paragraph of city-wide park figures) is no work on that thing (hd44b). A shorter key is a word or two whose halves
    a fact says apart (引进人才 of 人才引育, 创业 of 优化创业环境, 设施 of 养老服务设施布局规划): no test — but where ``text``
    names a route or site the ask does not (:func:`_names_other_site`): the work there is on its own road, and one of the
    asked thing's kind says its head (公路 of 农村公路), while a named one (北大路) is said by name (hd52a: 完成崇信至白水、罗汉洞至
    长庆桥三级公路改造46公里 drafted under 改造提升北大路 for 改造 and the 长庆桥 its route ends at). First of all, the
    text says what the key asks of its site or thing (:func:`says_asked_of`)."""
    if not says_asked_of(text, ask):
        return False
    last = _end_key(ask, lambda k: len(k) >= THING_KEY or _names_other_site(text, ask.text))
    if last is None or last[-2:] in text or any(w in text for w in ask.phrase_synonyms.split()):
        return True
    return any(last[k:k + KEY_SPAN] in text for k in range(len(last) - KEY_SPAN + 1))


def says_asked_of(text: str, ask) -> bool:
    """False when the key word the ask's phrase ends on (:attr:`~.asks.Ask.matter_keys`) names a site (:func:`_key_sites`)
    ``text`` says neither by its name nor by its kind — the work on another site's facilities is not on the asked one's
    (国家工业遗产易门铜矿…所在地绿汁镇配套设施不断完善 under 完善易门县小街乡孙兰英纪念馆配套设施, sharing only 配套设施 and 易门,
    hd55c) — or is what the phrase asks of a thing (after 的: 安葬范围 of 明确农村公益性公墓的安葬范围) and ``text`` does not say
    its head (its last word beyond the generic: 范围; 养护 of 日常养护, 养护水平), whatever it says of the thing: the thing alone
    (农村公益性公墓建设补助资金, 殡葬改革 — the thing's synonyms) is another ask's matter (hd55a)."""
    last = _end_key(ask)
    if last is None:
        return True
    if any(not (site[:-len(kind)] in text or kind in text) for site, kind in _key_sites(last)):
        return False
    if not ask.phrase[:-len(last)].endswith("的"):
        return True
    head = next((w for w in (last[k - 2:k] for k in range(len(last), 1, -2)) if w not in GENERIC), None)
    return head is None or head in text


# What of an ask's key word names no thing (:func:`thing_grams`): where the work is (WHERE_WORDS) and the work done (改造, 建设).
_NOT_THING = lazy(rf"{WHERE_WORDS.pattern}|{alternation(WORKS_VERBS, FOUNDING_VERBS)}")


@lru_cache(maxsize=4096)
def thing_grams(key: str) -> frozenset[str]:
    """The words (bigrams) of what an ask's key word names: its runs past the places it opens on (:func:`~.asks.past_places`:
    景德镇 of 景德镇陶瓷), the words saying where (:data:`~drafter.grammar.WHERE_WORDS`: 县城, 城区, 农村), the verbs of the work
    done (改造, 建设, 新建) and official prose (GENERIC), none across them — 老旧, 旧小, 小区 of 县城老旧小区改造, not its 县城,
    城老 or 改造."""
    key = past_places(key)
    kept = [True] * len(key)
    cut = [m.span() for m in _NOT_THING.finditer(key)] + [(k, k + 2) for k in range(len(key) - 1) if key[k:k + 2] in GENERIC]
    for start, end in cut:
        kept[start:end] = [False] * (end - start)
    return frozenset(key[k:k + 2] for k in range(len(key) - 1) if kept[k] and kept[k + 1] and is_cjk(key[k:k + 2]))


def says_thing(text: str, ask) -> bool:
    """True when ``text`` says a word of a thing the ask names (:func:`thing_grams`): of the thing its phrase names
    (:func:`thing_named`: 平台 of 建设高能级创新平台, whose key word is 高能级 alone) or of one of its key words (:func:`ask_keys`: of its
    points too, 技术 of 技术交易), beyond the words the base says all over (:attr:`~.asks.Ask.broad_words`) — or the ask names none.
    The words it shares with the ask's phrase beyond those are where the work is and what work it is: 加快推进县城公厕建设，
    新建改造县城公厕8座 shares with 加快推进县城老旧小区改造 its 加快推进, 县城 and 改造, and is on 公厕, not on 小区. A word the
    phrase's synonyms give says it too (检查 of 监管: :attr:`~.asks.Ask.phrase_synonyms`). What an ask to make a plan or mechanism
    names is the plan (:attr:`~.asks.Ask.made`, :func:`says_made`): a text not saying it is on its matter only (背街小巷 of 制定老城区
    背街小巷年度改造计划, hd57a)."""
    if ask.made and not says_made(text, ask.made):
        return False
    things = _things(ask.phrase, tuple(ask_keys(ask))) - ask.broad_words
    return not things or any(g in text for g in things) or any(w in text for w in ask.phrase_synonyms.split())


def says_made(text: str, things: tuple[str, ...]) -> bool:
    """True when a clause of ``text`` says one of the plans or mechanisms ``things`` an ask asks made (:attr:`~.asks.Ask.made`):
    a word of its kind (:data:`~drafter.grammar.MADE_KINDS`: 计划, 方案 of 年度改造计划) beside a word of what it is of
    (:func:`thing_grams` of the rest: 背街小巷 — 计划对45条背街小巷开展路面及下水道维修), not a plan or mechanism of anything (健全工作
    机制, 充电设施布局规划编制, hd57a)."""
    made = _made_words(things)
    return any(any(w in clause for w in kind) and grams & bigrams(clause) for clause in CLAUSE_OR_SENTENCE_END.split(text)
               for kind, grams in made)


@lru_cache(maxsize=256)
def _made_words(things: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """:func:`says_made`'s words of each thing an ask asks made: those of its kind (:data:`~drafter.grammar.MADE_KINDS`) and
    those of what it is of (:func:`thing_grams`); remembered, as every fact weighed against the ask asks again."""
    out = []
    for thing in things:
        word = next(w for w in MADE_THINGS if thing.endswith(w))
        out.append((next(k for k in MADE_KINDS if word in k), thing_grams(thing[:-len(word)])))
    return tuple(out)


@lru_cache(maxsize=1024)
def _things(phrase: str, keys: tuple[str, ...]) -> frozenset[str]:
    """:func:`says_thing`'s words of the things an ask's ``phrase`` and its key words name, remembered: every fact weighed
    against the ask asks again."""
    return frozenset().union(thing_grams(thing_named(phrase)), *(thing_grams(k) for k in keys))


def phrase_terms(text: str, phrase: str, own: frozenset[str]) -> frozenset[str]:
    """The words (bigrams, beyond the generic) of each term ``text`` says as the ask's ``phrase`` writes it, of
    MIN_ASK_SHARED words at least, all but one of them the ask's ``own``: another ask's word in it tells this ask apart there
    (就业 of 转移就业, said by 农村劳动力转移就业289.77万人 under 促进农村低收入群体多渠道多形式转移就业, though the other asks say
    就业增收 and 就业能力: hd35b). Not a seam of two words the base says everywhere (企业技术 of 企业技术中心, its one own word
    业技, under 推进企业技术改造…)."""
    shared = bigrams(phrase) & bigrams(text)
    if len(own & shared) < MIN_ASK_SHARED - 1:
        return frozenset()  # (no term can hold that many own words: each is among the shared)
    runs = shared_words(text, shared)
    return frozenset().union(*(bigrams(r) - GENERIC for r in runs if len(r) > MIN_ASK_SHARED and r in phrase
                               and len(own & bigrams(r)) >= MIN_ASK_SHARED - 1))


def unsaid_topics(fact: Fact) -> str:
    """The topics ``fact`` holds but its text does not say — its reply's matter (关于合理拨付文物保护专项经费的提案 of
    2017-2021年安排上级专项资金共计454万元, hd29b), or a clerk's own — set off after a ；: what it is about besides its words."""
    return _unsaid_topics(fact.text, tuple(fact.topics))


@lru_cache(maxsize=16384)
def _unsaid_topics(text: str, topics: tuple[str, ...]) -> str:
    """:func:`unsaid_topics` of a fact of ``text`` and ``topics``; remembered, as a draft asks it of the same facts in every
    search and for every ask."""
    return "".join(f"；{t}" for t in topics if t not in text)


def unsaid_heading(fact: Fact, words: frozenset[str], need: int, keys) -> str:
    """The heading ``fact``'s source set it under, set off after a ；, when it says one of an ask's ``keys`` (its matter's key
    words, :attr:`~.asks.Ask.matter_keys`) and the fact's text says fewer than ``need`` of the ask's ``words``: what the fact
    is about for that ask (三、公共文化服务效能持续提升 over 高质量推动“三馆一站”免费开放…夜间开放, whose text shares only 活动 with
    提升公共文化场馆服务效能，面向青少年开展…活动, hd35c), else "" — a fact saying the ask's words is judged on them."""
    if len(words & bigrams(fact.text)) >= need:  # (before the heading: most facts a search finds say the words)
        return ""
    return heading_on(fact, keys)


def heading_on(fact: Fact, keys) -> str:
    """The heading ``fact``'s source set it under, set off after a ；, when it says one of ``keys``; else "" (:func:`unsaid_heading`
    past its test of the fact's words)."""
    heading = strip_ordinal(fact.section[-1]).strip() if fact.section else ""
    return f"；{heading}" if any(k in heading for k in keys) else ""


def serves_asked(text: str, phrase: str) -> bool:
    """True unless ``phrase`` names a group of people (:data:`~drafter.grammar.PEOPLE_GROUPS`) and ``text`` names none
    of that group: 国际排联男排挑战者杯 and 2921场次群众性赛事 are events, but none of 丰富青少年体育赛事活动's; 中小学生体育联赛
    is (hd28c)."""
    asked = _groups_named(phrase)
    return not asked or any(w in text for group in asked for w in group)


@lru_cache(maxsize=4096)
def _groups_named(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The groups of people (:data:`~drafter.grammar.PEOPLE_GROUPS`) ``phrase`` names; remembered: an ask's phrase is asked
    again for every fact weighed against it."""
    return tuple(group for group in PEOPLE_GROUPS if any(w in phrase for w in group))


# A two-character word beside a word of listing (政策 of …养殖政策和金融支持, 金融 after it).
_LISTED_BEFORE = lazy(r"[\u4e00-\u9fff]{2}(?=[和与及、][\u4e00-\u9fff]{2})")
_LISTED_AFTER = lazy(r"(?<=[和与及、])[\u4e00-\u9fff]{2}")


@lru_cache(maxsize=4096)
def listed_generic(phrase: str) -> frozenset[str]:
    """The generic words (:data:`GENERIC`) ``phrase`` names as one of the things it lists: 政策 of 加大深远海养殖政策和
    金融支持 is half of what it asks, as 金融 is — a past reply's 配套奖励政策 answers it though it says no 金融 (hd13:
    福州's 1365 reply, under 关于“加大政策奖补力度”的建议, answered no ask). Remembered, as :func:`_seams` is: asked
    again for every fact found on the ask."""
    return frozenset(m.group() for rx in (_LISTED_BEFORE, _LISTED_AFTER) for m in rx.finditer(phrase)) & GENERIC


@lru_cache(maxsize=4096)
def _seams(phrase: str) -> frozenset[str]:
    """The bigrams of ``phrase`` straddling the edge of a generic word in it (大高 and 设力 of 加大|高标准农田|建设|力度):
    half of a word of official prose, half of the next, they name nothing. Remembered: asked again for every fact found
    on the ask."""
    out = set()
    for k in range(len(phrase) - 1):
        if phrase[k:k + 2] in GENERIC:
            out.update(g for g in (phrase[k - 1:k + 1] if k else "", phrase[k + 1:k + 3]) if len(g) == 2)
    return frozenset(out - GENERIC)


def _on_phrase(fact: Fact, key: frozenset[str], ask, about: str, topic: str | None = None) -> bool:
    """The phrase half of :func:`on_ask`: ``fact`` (its lead phrase for a plan, with ``about``, what it is about besides
    its words) says one of ``key``,
    the ask's own words of its phrase, when there are any — not only as the leading part of a run of them the title says
    too (:attr:`~.asks.Ask.titled`), a word of the run after it: the 中小学 of 公办中小学教室 names whose classrooms,
    not what is asked for them, and a paragraph on 中小学党建 is none of 将公办中小学教室安装空调纳入… (hd25b), as one
    saying 中小学教室, 中试验证 (of 中试验证平台, 平台 common in the base) or 水环境质量 is of its ask. Nor does a word said
    only as the last two characters of a longer run of key words (:func:`_kind_tail`): the 中心 of 国门文化交流中心 is not
    the 世界茶树发源地中心 asked for (hd26b). Nor a word the phrase says only after a noun naming no thing alone, unless a clause
    says the two (:func:`_bare_tail`). ``topic``: its :func:`_topic_of`, where the caller has it."""
    if not key:
        return True
    topic = (_topic_of(fact) if topic is None else topic) + about
    runs, whole = _phrase_runs(ask.phrase, key, ask.titled)
    return any(not any(len(run.partition(word)[2]) >= 2 for run in runs if word in run) and not _kind_tail(word, whole)
               and not _bare_tail(word, ask.phrase, topic) for word in shared_words(topic, key & bigrams(topic)))


def _bare_tail(word: str, phrase: str, topic: str) -> bool:
    """True when the thing the ``phrase`` names opens on a noun naming no thing alone (:data:`THINGLESS_NOUNS`: 产业 of 加快产业
    转型 — the compound is the thing), ``word`` right after it, and no clause of ``topic`` says that noun with it: 转型 of 加快
    国有企业市场化转型 is another thing's (hd66c), 推动石化产业绿色转型 the same one."""
    led = _thingless_led(phrase)
    return bool(led) and led[0].startswith(led[1] + word) and not any(
        word in c and led[1] in c for c in CLAUSE_OR_SENTENCE_END.split(topic))


@lru_cache(maxsize=1024)
def _thingless_led(phrase: str) -> tuple[str, str] | None:
    """The thing ``phrase`` names (:func:`thing_named`) and the noun naming no thing alone it opens on (:data:`THINGLESS_NOUNS`),
    where it opens on one; remembered, as every fact weighed against the ask asks again."""
    thing = thing_named(phrase)
    lead = next((n for n in THINGLESS_NOUNS if thing.startswith(n)), None)
    return (thing, lead) if lead else None


@lru_cache(maxsize=4096)
def _phrase_runs(phrase: str, key: frozenset[str], titled: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_on_phrase`'s runs of ``key`` words in ``phrase``: the parts of those the title says too (``titled``), and
    all of them (:func:`shared_words`); remembered, as :func:`_phrase_key` is."""
    runs = frozenset(part for run in shared_words(phrase, key & titled) for part in JOIN.split(run))
    return runs, frozenset(shared_words(phrase, key))


def _kind_tail(word: str, runs: set[str]) -> bool:
    """True when ``word``, one bigram naming a kind of thing set up (:data:`ONE_OFF_THING`: 中心, 平台, 基地), ends a
    longer run of ``runs`` and is said nowhere else in them: the characters before it say which (not a measure: the
    面积 of 种植面积 is the 播种面积 of 稳定粮食播种面积)."""
    return (len(word) == 2 and bool(ONE_OFF_THING.fullmatch(word)) and any(word in run for run in runs)
            and all(run.endswith(word) and len(run) > 3 and run.count(word) == 1 for run in runs if word in run))


SPECIFIC_SHARE = 0.1  # an ask's word in at most this share of the base's facts names what it asks


def specific_words(own: frozenset[str], index) -> frozenset[str]:
    """An ask's own words that name its particular matter (新型研发机构, 揭榜挂帅, 中试验证): those in
    at most SPECIFIC_SHARE of the base's facts, not 平台, 研发, 成果 that half the base says."""
    share = word_share(index)
    return frozenset(g for g in own if not FUNCTION_CHARS & set(g) and (not share or share(g) <= SPECIFIC_SHARE))


def specific_bigram(index):
    """The test of a bigram of Chinese characters naming a particular matter in this base
    (:func:`specific_words`)."""
    return lambda g: is_cjk(g) and bool(specific_words(frozenset([g]), index))


def point_key_words(point: str, specific, ws: Workspace | None = None) -> list[str]:
    """A point's key words (:func:`~.asks.key_words`): its ``specific`` runs, official prose
    (GENERIC) at their seams, and so the verbs it opens on after its manner words (:data:`~.asks.MANNER`, :data:`~.asks.OPENING_VERB`):
    the 实施 of 深入实施乡村绿化美化 asks, it names nothing — its keys are 乡村绿化 and 绿化美化, not 实施乡村, which any
    实施乡村振兴战略 says (hd45b); nor does the 抓住 of 抓住长城国家文化公园建设机遇 (a verb of seizing, :data:`~drafter.grammar.
    SEIZING_VERBS`), nor, given the workspace ``ws``, the bureau's own place (:func:`without_own_places`): 榆林长城 of
    打造榆林长城边塞文化旅游品牌 is 长城's, which every fact of 榆林 would say with 榆林 (hd57b). Each key is a run of ``point``."""
    if ws is not None:
        point = without_own_places(point, ws)
    manner = MANNER.match(point)
    at = manner.end() if manner else 0
    verbs = OPENING_VERB.match(point[at:])
    opening = frozenset(bigrams(point[:at + verbs.end()])) if verbs else frozenset()
    return key_words(point, specific, lambda g: g in GENERIC or g in opening)


def asked_deed(point: str, specific) -> str | None:
    """The deed ``point`` asks done to things (:data:`~.asks.ENLARGE_TO`: 培训 of 加强对班主任和心理教师的培训) when each two
    characters in a row of it name a particular matter (``specific``) beyond official prose: what the point asks, the things
    whom for — a key word however short (key_words keeps none under KEY_SPAN characters, so the point was said by its
    things alone, 心理教育教师专业能力提升, and 组织628人次参加…专项培训 said none of it, hd70e). None otherwise."""
    done = ENLARGE_TO.match(MANNER.sub("", point))
    grams = [done[3][k:k + 2] for k in range(len(done[3]) - 1)] if done else []
    return done[3] if grams and all(is_cjk(g) and specific(g) and g not in GENERIC for g in grams) else None


def prime_asks(asks: list, index, ws: Workspace | None = None) -> None:
    """What of each point (and thing) the reply must say to answer its ask (``Ask.owed``), in the
    base's vocabulary: each ask's ``point_keys``, the deeds its points ask done to things (:func:`asked_deed`) and the
    ``heads`` of its subjects (key words past the bureau's own place, given the workspace ``ws``: :func:`point_key_words`)."""
    specific = specific_bigram(index)
    for ask in asks:
        ask.point_keys = {p: point_key_words(p, specific, ws) for p in ask.points}
        ask.deeds = {p: deed for p in ask.points if (deed := asked_deed(p, specific))}
        ask.heads = {t: h for t in ask.subjects if (h := kind_head(t, specific))}
        ask.matter_keys = point_key_words(ask.phrase, specific, ws)
        ask.broad_words = broad_words(ask.matter_keys, index)


BROAD_SHARE = 0.2  # a key word each of whose bigrams is in more than this share of the base's facts…
BROAD_FACTS = 5  # …and in at least this many of them is its field's (in a base of a few facts any word is in a good share)


def broad_words(keys: list[str], index) -> frozenset[str]:
    """The bigrams of those of a phrase's key words ``keys`` that the base says all over — each bigram of the key
    in more than BROAD_SHARE of its facts, counted over the base as it is, and in BROAD_FACTS of them: 污染防治 in a
    quarter of an environment bureau's facts —, when another key is not so broad: 工业水污染防治 is about 工业水, and a
    fact saying only 污染防治 (the province's assessment of the city's 污染防治攻坚战) is not on it. Empty when every
    key or none is so broad."""
    share, size = getattr(index, "share", None), len(getattr(index, "facts", ()) or ())

    def said_all_over(gram: str) -> bool:
        return share(gram) > BROAD_SHARE and share(gram) * size >= BROAD_FACTS

    broad = [k for k in keys if share and all(said_all_over(k[i:i + 2]) for i in range(len(k) - 1))]
    if not broad or len(broad) == len(keys):
        return frozenset()
    return frozenset(k[i:i + 2] for k in broad for i in range(len(k) - 1))


def broad_only(fact: Fact, ask, own: frozenset[str]) -> bool:
    """True when ``fact`` shares the ask's own words ``own`` only in the words its phrase shares with the base's
    field (:attr:`~.asks.Ask.broad_words`): fewer than MIN_ASK_SHARED of the others — it names the field, not the
    ask's matter."""
    said = bigrams(fact.text)
    return bool(ask.broad_words & said) and len((own - ask.broad_words) & said) < MIN_ASK_SHARED


def matter_words(text: str, ask_text: str, specific: frozenset[str], equivalents: tuple[str, ...] = ()) -> frozenset[str]:
    """The ask's specific words ``text`` says as the ask says them: inside three characters the
    two texts share (``新型研发机构`` says 型研 and 发机; ``创新链与产业链`` does not say the 与产 of
    ``平台与产业集群``), or one of the ask's ``equivalents`` (:attr:`~.asks.Ask.equivalents`) said whole:
    the 检查 of 共检查建筑工地55处 for 加强生态环境监管 (hd42b) — never a piece of its text a space or line break parts."""
    if not specific:
        return frozenset()
    common = _trigrams(text) & _trigrams(ask_text)
    whole = (g for w in equivalents if w in text for g in bigrams(w))
    return frozenset((*(t[i:i + 2] for t in common for i in (0, 1)), *whole)) & specific


@lru_cache(maxsize=65536)
def _trigrams(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 3] for i in range(len(text) - 2))


# A year or a date (2024年, 2025年5月) is no result; a count, an amount or a rank is.
_DATE = lazy(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?")


def _figures_beyond_dates(sentence: str) -> int:
    """How many digit runs ``sentence`` states beyond its dates (:data:`_DATE`): 0 for one that only dates its work."""
    return len(DIGIT.findall(_DATE.sub("", sentence)))


def reports_result(text: str) -> bool:
    """True when ``text`` reports a result: a figure (:func:`states_figure`) or something finished or granted (建成, 获批,
    入选…)."""
    return states_figure(text) or bool(RESULT.search(text))


def states_figure(text: str) -> bool:
    """True when ``text`` states a figure outside names, titles and dates (not the 12 of “12条措施”; nor a day without its year, 6月17日下午，…
    会议召开, hd68b) that is no measure's term (:func:`~.sentences.is_term`: 按照不超过整体新增投入的30%对…补助)."""
    bare = BARE_DAY.sub("", _DATE.sub("", NAME.sub("", text)))
    return any(not is_term(bare, m.group()) for m in _FIGURE_RUN.finditer(bare))


_FIGURE_RUN = lazy(r"\d+(?:\.\d+)?(?:%|％|[万亿千百]?[\u4e00-\u9fff]?)")


_LISTED_CLAUSE = lazy(r"[，,；;。！？、]")


def result_on(item: Item, ask_text: str, specific: frozenset[str], equivalents: tuple[str, ...] = ()) -> bool:
    """True when one clause of the item reports a result on the ask's matter: a figure (or 建成…)
    and one of the ask's specific words said as the ask says it (:func:`matter_words`) side by
    side — ``推动建设中试验证平台（基地）28个``, not a 中试验证 in a list of measures (、) whose
    figure stands in another part; or the matter the fact's topics hold and its text does not say
    (:func:`unsaid_topics`)."""
    sentences = fact_sentences(item.fact)
    body = sentences[1:] if has_lead(sentences) else sentences
    about = unsaid_topics(item.fact)  # (a reply's result is on its matter: 2017-2021年安排上级专项资金共计454万元, hd29b)
    return any(reports_result(c) and matter_words(c + about, ask_text, specific, equivalents)
               for s in body for c in framed_clauses(s))


# A clause naming the field the next one reports on (在水环境质量方面，2021年…优良率100%): the two are one.
_FRAME_CLAUSE = lazy(r"方面[，,]")
# A list closed by 等 and counted after it in the same clause (钟楼烟火美食街开街、商圈年货节等各类美食展…30余场): the count
# counts its examples too, so the list is one clause.
_COUNTED_EXAMPLES = lazy(r"[^，,；;。！？]*、[^，,；;。！？]*等[^，,；;。！？]*\d[^，,；;。！？]*")


def framed_clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence`` (split at :data:`_LISTED_CLAUSE`), a clause framing the field of the next
    (…方面，) kept with it: 在水环境质量方面 says the matter of the 100% after it (hd24a); a list whose examples a
    count after its 等 counts (:data:`_COUNTED_EXAMPLES`) is one clause. In the sentence's order, none empty (rv7: the lists
    first put a later list clause before an earlier result)."""
    framed = _FRAME_CLAUSE.sub("方面", sentence)
    out, at = [], 0
    for m in _COUNTED_EXAMPLES.finditer(framed):
        out += [*_LISTED_CLAUSE.split(framed[at:m.start()]), m.group()]
        at = m.end()
    return [c for c in out + _LISTED_CLAUSE.split(framed[at:]) if c]


def _share_results(sections: list[Section], asks: list, words: list, specifics: list[frozenset[str]],
                   relevant: list[list[Item]], ws: Workspace, matter: frozenset[str]) -> None:
    """An ask left with no item gets the sentences of a fact another ask holds that report a result
    on its matter (:func:`result_on`), naming one of its key words (:func:`ask_keys`) as written, and that the
    other ask's item does not say: a fact goes whole to the ask it answers best, and its sentence on the other ask
    (众创空间312个、科技企业孵化器99家 in a paragraph on 高新区) was dropped there, leaving that ask a placeholder. A
    result sharing with the ask only a seam of its words (村级综合性文化服务中心2491个 and 群众性文化活动品牌 share
    性文化) is on another matter (hd19b)."""
    held = {i.fact.id: i for s in sections for i in s.items}
    for k, (ask, own, specific, section) in enumerate(zip(asks, words, specifics, sections)):
        if section.items:
            continue
        keys = ask_keys(ask)
        for item in relevant[k]:
            other = held.get(item.fact.id)
            if other is None or item.stale or not own_jurisdiction(item, ws) or not result_on(item, ask.text, specific, ask.equivalents):
                continue
            kept = [s for s in on_topic(item, own, clauses_too=True, specific=specific, ask_text=ask.text,
                                        equivalents=ask.equivalents, matter=matter) if s not in (other.sentences or [])]
            if any(reports_result(s) and matter_words(s, ask.text, specific, ask.equivalents) and any(w in s for w in keys)
                   for s in kept):
                item.sentences = kept
                section.items = [item]
                break


def answering(group: list[Item], own: frozenset[str], specific: frozenset[str], ask_text: str,
              ws: Workspace, ask=None, headed: bool = True) -> list[Item]:
    """The items of an ask's group worth reporting, best first: fewer, better ones rather than the
    budget filled, none that states neither its year nor any result (:func:`_says_nothing`). Those
    reporting a result on the ask's matter (:func:`result_on`); when none does, only the best one (and
    an area's example) whose own lead phrase says one of the ask's words (``一是持续推进体制机制的创新。``
    is about another matter) and that says one of its specific words in a clause of its own
    (:func:`_says_specific`: not 组建市委科技委… whose 成果转化 is one of the matters its meetings took up, qa16).
    Results of areas (districts)
    alone are no answer for the city: the best city item on the matter comes first, an area's
    result after it as its example.

    Given the ``ask`` whose phrase has key words (``matter_keys``, :func:`prime_asks`: 中试验证 of
    加快中试验证平台建设), the items saying its own matter answer it first when the city's are among
    them: the city's items saying a key word of its phrase in a clause of their own (:func:`says_matter`:
    ``支持中试验证平台建设`` late in a paragraph led by another matter, a figure or not; an area's
    stands only as a result's example) or, their text saying too few of its words, in the heading their source set them
    under (:func:`unsaid_heading`: 三、公共文化服务效能持续提升 over 高质量推动“三馆一站”免费开放…, hd35c; when ``headed``) and the results
    naming a key word of its phrase, its points
    or its things (the things of the broad class its phrase names that its body lists too: :attr:`~.asks.Ask.members`); a result sharing only a broad word of the ask (the 平台建设 of ``重点平台建设资金``)
    comes after them, and only when fewer than two of the city's items say the ask's own matter. An item naming only
    the field's broad key word of the phrase (:func:`broad_only`: 污染防治 of 工业水污染防治) is none of the ask's."""
    group = [i for i in group if not _says_nothing(i) and not (ask is not None and broad_only(i.fact, ask, own))]
    strong = [i for i in group if result_on(i, ask_text, specific, ask.equivalents if ask is not None else ())]
    routes = route_codes(ask.phrase) if ask is not None else set()
    if ask is not None and (ask.matter_keys or routes):  # the items saying the ask's own matter
        # (or naming the route its phrase names, by code or name: 遂德高速、省道101线射洪段、盐射路开工建设 of S101线“断头路”修建, hd68a;
        # or a thing of the broad class it names that its body lists: 客运站, 大桥 of 交通基础设施, hd72a)
        said = [i for i in group
                if (own_jurisdiction(i, ws) and (routes & route_codes(i.fact.text) or says_matter(
                    [s for s in (*fact_sentences(i.fact), unsaid_heading(i.fact, own, MIN_ASK_SHARED, ask.matter_keys if headed else ()))
                     if serves_asked(s, ask.phrase)], [*ask.matter_keys, *ask.members])))
                or (i in strong and any(k in i.fact.text for k in ask_keys(ask)))]
        if sum(own_jurisdiction(i, ws) for i in said) >= 2:  # enough on its own matter: no broad-word filler
            strong = said
        elif any(own_jurisdiction(i, ws) for i in said):
            strong = said + [i for i in strong if i not in said]
    if any(own_jurisdiction(i, ws) for i in strong):
        return strong
    on_matter = [i for i in group if not _lead_elsewhere(i, own, ask.phrase if ask is not None else "")
                and _says_specific(i, specific)]
    # (a result of the city's first, before a paragraph reporting none or other departments' work: hd26a's 2023
    # 全年发放贷款30.3亿元 under 加强金融支持, not only 宿迁相关部门联合出台…市本级发放规模占一定比例)
    city = sorted((i for i in on_matter if own_jurisdiction(i, ws)),
                  key=lambda i: (bool(OTHERS_LEAD.match(i.fact.text)), not reports_result(i.fact.text)))
    # (and a second of the city's as near the ask as the best, both said where neither reports a result: 福州's
    # 市政府出台《养殖水域滩涂规划》… beside its 补助政策 item under one ask, hd10/hd13)
    close = city[1:2] if len(city) > 1 and city[1].score >= CLOSE_SECOND * city[0].score else []
    return city[:1] + (close or (strong or [i for i in on_matter if i not in city])[:1])


CLOSE_SECOND = 0.9  # a second item of the city's scoring this share of the best is as near the ask


def names_phrase(text: str, phrase: str, own: frozenset[str]) -> bool:
    """True when ``text`` says three characters in a row of an ask's ``phrase`` each two of which are its ``own`` words
    (no seam of a word of official prose: :func:`_seams`), or the phrase has none: 智慧应 of 打造智慧应急创新场景, 水污染 of
    深入开展工业水污染防治. A paragraph sharing with the ask only words of its field in passing (隐患排查治理, 大数据 under
    加强数据治理能力) names nothing it asks."""
    runs = _own_trigrams(phrase, own)
    return not runs or any(t in text for t in runs)


def _own_trigrams(phrase: str, own: frozenset[str]) -> list[str]:
    """The three characters in a row of an ask's ``phrase`` each two of which are its ``own`` words, past its seams."""
    key = own - _seams(phrase)
    return [t for t in _trigrams(phrase) if t[:2] in key and t[1:] in key]


def _says_specific(item: Item, specific: frozenset[str]) -> bool:
    """True when a clause of the item, not a member of a list (、), says one of an ask's ``specific`` words
    (:func:`specific_words`), or the ask has none: an item sharing with it only the field's common words (科技,
    创新), or its matter only in a list of what was worked on, is no more than near it."""
    return not specific or any(specific & bigrams(c) for s in fact_sentences(item.fact)
                               for c in CLAUSE_OR_SENTENCE_END.split(s) if "、" not in c)


def _says_nothing(item: Item) -> bool:
    """True when the item states neither its year, nor a figure, nor something finished (:data:`RESULT`): a
    paragraph of aims and slogans of no known date (今年以来，我市坚持以文塑旅…实施…“七大行动”; 为了全面落实…
    战略，我局早安排、早部署: hd13) that a clerk can neither send nor date — the ask's placeholder asks for what
    was done. A project's size (开工新建供水规模4千吨的…水厂) is something said. A paragraph of no figure opening on the
    directives it carries out (:data:`PREAMBLE`) says nothing, whatever its year, unless it goes on to something finished
    (认真贯彻…要求，我局完成了三处改造). Background of the matter's hold on deputies (:data:`HEEDED`) says nothing either."""
    text = "".join(fact_sentences(item.fact))
    if item.fact.kind == CONTEXT and HEEDED.search(text):
        return True
    if reports(text):
        return False
    return bool(PREAMBLE.match(text)) or item.year is None


# Background telling how deputies or members heeded the matter, or how much it matters (…建设问题，得到双柏县的州人大代表和政协委员
# 的高度关注，并连续提了相关的建议和提案，足见此项工作…重要性和紧迫性。, hd32a): the reader's own concern or a judgement, no work of
# any ask's, never a section's paragraph.
HEEDED = lazy(r"(?:代表|委员(?!会))[^。；;！？]{0,12}?(?:高度|广泛|普遍|持续|十分|一直|密切)(?:关注|关心|重视)"
              r"|(?:连续|多次|先后|反复|屡次)(?:提出?了?|提交了?)[^。；;！？]{0,12}?(?:建议|提案|议案)"
              r"|(?:足见|可见)[^。；;！？]{0,40}?(?:重要性|紧迫性|必要性)")


# A paragraph opening on the directives its work carries out (红河州各级各部门始终坚定不移贯彻落实习近平总书记关于…的
# 重要指示批示精神，…): with no figure, the source's preamble of stance and slogans, no work of any one ask (hd24c). (Not grammar.CREED:
# the formulas anywhere in a statement; this is the paragraph's opening pledge, its subject before the verb.)
PREAMBLE = lazy(r"^[^。；;，,]{0,30}?(?:贯彻落实|深入贯彻|认真贯彻|全面贯彻)[^。；;]{0,60}?(?:精神|思想|部署|指示|要求)")


def ask_keys(ask) -> list[str]:
    """All the key words of an ask: of its phrase, of its points, and the things it names."""
    return [*ask.matter_keys, *(k for keys in ask.point_keys.values() for k in keys), *ask.subjects]


def thing_said(ask, words: frozenset[str]) -> frozenset[str]:
    """The ask's own ``words`` (:func:`ask_words`) of a thing it names (:func:`says_thing`'s: 机构, 规格 of 恢复县茶产业发展中心的机构
    规格 — not 县茶, its place run on into the field every ask and fact says, hd61b E2) and of a route its phrase names (s101 of
    S101线“断头路”修建: :func:`~drafter.grammar.route_codes`), or all of them where none is."""
    return words & (_things(ask.phrase, tuple(ask_keys(ask))) | route_codes(ask.phrase)) or words


def comment_thing(ask, words: frozenset[str]) -> frozenset[str]:
    """The words of the thing ``ask`` names that a gap's comment weighs material by (:func:`names_thing`, :func:`old_note`'s quote):
    :func:`thing_said` of its own ``words`` and its :attr:`~.asks.Ask.shared` ones (天文台, 科普 of 提升天文台科普服务水平 beside another
    ask on 天文台, hd30c) — not the subject every ask says and the title not (:attr:`~.asks.Ask.subject`: 长城 of 打造榆林长城边塞文化
    旅游品牌, hd57b), nor the bureau's own field (:attr:`~.asks.Ask.own_field`: 文化, 旅游 in a 文化和旅游局's base), nor words it says
    only naming the units who are to act (:func:`_units_listed`: 交通运输 of 住建、城管…交通运输、公安等部门, hd57c)."""
    theme = ask.subject - ask.titled
    return thing_said(ask, words | (ask.shared - theme)) - _field_words(ask) - _units_listed(ask.text)


def asked_subject(ask, asks: list, thing: frozenset[str]) -> frozenset[str]:
    """The suggestion's subject as ``ask``, one of several ``asks``, says it: the words of the things its phrase names
    (:func:`thing_grams`: past where, the verbs of the work done and official prose — not 改造 of 改造提升北大路) that the title's
    matter says (:attr:`~.asks.Ask.titled`: 养殖 of 督促养殖大户配套完善粪污水处理设备 under 关于强化农村养殖户排污管理利用的建议), among
    the words of the ``thing`` it names (:func:`comment_thing`) and no other ask's phrase says: what tells its object apart — none where
    it says none, not a title word its text says of what the work is for (创新 of 强化知识产权保护和运用。…以知识产权保护激励企业创新
    under 推动科技创新与产业创新深度融合…), nor the title's field several asks' phrases say (茶产业 of 恢复县茶产业发展中心的机构规格 and
    加大财政对茶产业的扶持力度, hd61b E2; 农旅融合与乡村振兴 framing every heading, hd72b), nor a lone ask's, whose text says what it
    asks (hd60a)."""
    if len(asks) < 2:
        return frozenset()
    others = frozenset().union(*(thing_grams(a.phrase) for a in asks if a is not ask))
    return thing_grams(ask.phrase) & ask.titled & thing - others


def on_subject(items: list[Item], subject: frozenset[str]) -> list[Item]:
    """Of ``items``, those a gap's comment may name as on its ask: saying a word of the suggestion's ``subject`` the ask says
    (:func:`asked_subject`), where it says one — not a process word of its thing alone (hd73c: 督察组调研了…石料厂、生态工业园区污水
    处理厂、金盆货运码头…13个点位 under 督促养殖大户配套完善粪污水处理设备, its 污水处理 no 养殖)."""
    return [i for i in items if not subject or subject & bigrams(i.fact.text + unsaid_topics(i.fact))]


# A list of the units who are to act (明确住建、城管、水务、应急管理、气象、交通运输、公安等部门职责分工, hd57c): its first entry may
# carry the verb before it (明确住建).
_UNITS_LISTED = lazy(r"(?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}?等?(?:有关|相关)?(?:部门|单位)")


def _units_listed(text: str) -> frozenset[str]:
    """The words ``text`` says only in a list of the units who are to act (:data:`_UNITS_LISTED`): who acts, no thing —
    交通运输 of 住建、城管…交通运输、公安等部门 names no 交通运输 work (hd57c: the 2024 plan's 加快工业、城乡建设、交通运输等领域
    绿色低碳转型 was quoted as one on 统筹做好排水防涝)."""
    rest = _UNITS_LISTED.sub("，", text)
    return frozenset().union(*(bigrams(text[max(m.start() - 1, 0):m.end()]) for m in _UNITS_LISTED.finditer(text))) - bigrams(rest)


def _field_words(ask) -> frozenset[str]:
    """The bigrams of the bureau's own field ``ask`` says (:attr:`~.asks.Ask.own_field`): no thing of any ask's."""
    return frozenset().union(*map(bigrams, ask.own_field))


def thing_beside(ask, words: frozenset[str]) -> frozenset[str]:
    """The ask's own ``words`` beyond its phrase: what its text and their equivalents say of the thing it names besides its
    words (:func:`comment_thing`) — 通违, 法行, 行为 of 严查…严重交通违法行为 under 明确整治重点 (hd31b), 田间 of 农耕道路's 田间道路 under
    实施…农田改造项目 (hd53c) —, never its phrase's verb, manner or place (打造 of 打造榆林长城边塞文化旅游品牌, hd57b) nor the bureau's
    own field: words :func:`names_thing` counts beside a word of the thing."""
    return words - bigrams(ask.phrase) - _field_words(ask)


THING_LEAST = 2  # words of an ask's thing (:func:`_thing_words`) a fact or sentence says to name it


def names_thing(items: list[Item], thing: frozenset[str], least: int = THING_LEAST, beside: frozenset[str] = frozenset()) -> list[Item]:
    """Of ``items``, those whose fact says a word of an ask's ``thing`` (:func:`comment_thing`) and ``least`` words in all of it
    and of its ``beside`` ones (:func:`thing_beside`) — a run of three characters or more counting as two (质量安全, 公路养护,
    交通违法行为) — outside the words naming no thing (:data:`THINGLESS`: not 质量 of
    质量兴茶 nor 绿色 of 绿色发展 under 高度重视茶叶质量安全, nor the 度重 of its 高度重视, hd61b; not 项目 of 集中攻坚项目建设 under
    争取项目资金, hd56b; not 产业 of 苹果产业 nor 质量 of 品种质量 under 强化政策支持，推动苹果产业高质量发展, hd62b): what a gap's
    comment may call material on the ask (two: 设镇 and 调整 of 荒佃庄正式撤乡设镇。调整后，… under 推动乡级行政区划调整, hd60a; 生产
    and 田间 of 全国新增1000亿斤粮食生产能力规划田间工程建设项目…正式开工建设 under 实施…高稳产农田改造项目，修建片区农耕道路和沟渠管网,
    hd53c; one alone, 茶园 of 2017年全县茶园面积10.5万亩 under 禁止茶园使用禁限用农药, is where the thing is, no more), or a plan
    offered on it (one: 道路 of 继续向上级部门申报，争取有关资金、项目支持，有效提高…乡村道路通行率 under a road's 道路硬化项目, hd54c)."""
    whole = thing | beside
    return [i for i in items if (said := _thing_words(i.fact.text, thing))
            and (said >= least or _thing_words(i.fact.text, whole) >= least)]


def _thing_words(text: str, thing: frozenset[str]) -> int:
    """How many of the ``thing`` words :func:`names_thing` counts ``text`` says: its runs of them, less the words naming no
    thing in them (:data:`THINGLESS`, and what straddles one's edge), each different one a word if of two characters, else two;
    a route's code ``text`` names by code or name (s101 of 省道101线) two, a name as a long run is."""
    blank = THINGLESS.sub(lambda m: " " * len(m.group()), text)
    said = set()
    for run in shared_words(text, thing & bigrams(text)):
        at = text.find(run)
        said.update(part for part in blank[at:at + len(run)].split() if len(part) > 1)
    return sum(1 if len(part) == 2 else 2 for part in said) + 2 * len(thing & route_codes(text))


def says_matter(sentences: list[str], keys: list[str]) -> bool:
    """True when a clause of ``sentences`` says one of ``keys`` (an ask phrase's key words) on its
    own: ``支持中试验证平台建设``, not one member of a list of measures (``、支持科技成果中试验证发展、``); a list
    qualifying it (构建统分结合、协调联动的安全风险监测预警体系) leaves it on its own (hd28a)."""
    return bool(keys) and any(k in c and not _listed_in(c, k) for s in sentences
                              for c in CLAUSE_OR_SENTENCE_END.split(s) for k in keys)


def _listed_in(clause: str, key: str) -> bool:
    """True when ``key`` stands in ``clause`` as a member of a list (、): one follows it, or one goes before it with no
    的 between (the list qualifying it, 统分结合、协调联动的…监测预警体系, is no list it is in)."""
    at = clause.find(key)
    before, after = clause[:at], clause[at + len(key):]
    return "、" in after or ("、" in before and "的" not in before[before.rfind("、"):])


def _heads_left_out(item: Item, keys: list[str]) -> bool:
    """True when the item's kept sentences after its lead open on a sentence its paragraph says later, the first ones
    left out, and open on the ask's matter (:func:`says_matter`) or share no word with the lead: its lead heads those
    left out — 大力推进平台服务提质增效 over the platforms' service, not 制定出台…，支持中试验证平台建设; 绿色农业稳步发展
    over 畜禽粪污…, not the 农村环境净化 sentence kept for 农村改厕和生活污水治理 (hd19a) —, not a kept sentence of its
    matter (强化高质量科技成果供给 over its 科技成果对接会)."""
    kept = item.sentences or []
    if len(kept) < 2 or (_source_of(kept[1], fact_sentences(item.fact)) or 0) < 2:
        return False
    return says_matter(kept[1:2], keys) or not bigrams(kept[0]) & bigrams("".join(kept[1:])) - GENERIC


def others_work(item: Item, ws: Workspace) -> bool:
    """True when what the item reports is mostly another unit's: more than half of the measured
    figures of its kept sentences are that unit's (据市委人才办统计…, a measure of ``other_units``)."""
    counts = [others_figures(s, item.fact, ws) for s in (item.sentences or fact_sentences(item.fact))]
    theirs, total = sum(c[0] for c in counts), sum(c[1] for c in counts)
    return total > 0 and 2 * theirs > total


def bureau_first(items: list[Item], ws: Workspace) -> list[Item]:
    """An ask's items without those reporting another unit's work (:func:`others_work`) when the
    bureau's own answer it: a reply reports what the bureau did; another unit's results stand
    (attributed) only where the bureau has none of its own — an area's (a district's) result is
    none for the city, so an ask whose only own item is a district's keeps the city items too."""
    own = [i for i in items if not others_work(i, ws)]
    return own if any(own_jurisdiction(i, ws) for i in own) else items


def _lead_elsewhere(item: Item, own: frozenset[str], phrase: str = "") -> bool:
    """True when the item's lead phrase says none of its ask's ``own`` words and its body does not say the thing the ask's
    ``phrase`` ends on (its last three characters, each two of them its own words: :func:`_own_trigrams`): 做龙头。…推动了
    农业增效和农民增收 says the 民增收 of 带动农民增收 (hd69b); a body saying the suggestion's subject in passing (深远海养殖 of
    加大深远海养殖政策和金融支持, hd13) says no more than its lead."""
    sentences = fact_sentences(item.fact)
    end = phrase[-3:]
    return has_lead(sentences) and not own & bigrams(sentences[0]) \
        and not (end in _own_trigrams(phrase, own) and any(end in s for s in sentences[1:]))


def _topic_of(fact: Fact) -> str:
    """What a fact is about: a plan's lead phrase when it has one (``在引建科创平台上下功夫``; its
    list of means may touch anything), else the whole text less the clauses framing another (其中针对“闽投1号”
    渔旅融合的特点，协会就装备、人员提供综合保险方案 is about insurance, not 渔旅融合: hd13)."""
    if fact.kind == PLAN:
        sentences = fact_sentences(fact)
        if has_lead(sentences):
            return sentences[0]
    return without_frames(fact.text)


NEXT_STEP_OPENING = lazy(rf"^{NEXT_STEP}[，,：:]\s*")  # 下一步，市政府… (a plan's own opening word)
_ISSUER_SELF = lazy(ISSUER_SELF)  # (我局高度重视…, 本单位, 我们: :data:`~drafter.grammar.ISSUER_SELF`)
# A plan's source's present before the unit speaking (现在我们正在争取…, 目前，我局…): not the present of a draft, whose part two
# puts 下一步 before the plan (hd25a 4: 下一步，现在我们正在争取…) — the unit speaking stays.
NOW_OPENING = lazy(rf"^(?:现在|目前)[，,]?(?={ISSUER_SELF})")


def fact_sentences(fact: Fact) -> list[str]:
    """A fact's sentences, its leading ordinal and a lead-in naming its reader's suggestion as the
    occasion (:func:`without_occasion`) dropped, and of work done its clauses of resolve
    (:func:`~.sentences.without_slogans`: 在…上不断发力, whole sentences of them unless all are) and the creed opening its work
    (:func:`~.sentences.without_creed`: 坚持以…思想为指导，深入贯彻…精神，) and a first sentence saying
    what a thing is (:func:`is_definition`), and so is a later sentence of work done speaking to that
    reader (:data:`~drafter.grammar.ADDRESS`: 我局已将你所提的路段纳入…, of the reader's own item); a last
    sentence its source cut off ended at its last whole clause (:func:`~.sentences.finished_sentences`). A plan whose source set its lead phrase
    as a heading of its own (``（一）支持企业研发创新`` over the paragraph) gets it back as its
    first sentence: a next step reads ``（一）支持企业研发创新。支持企业加大研发投入…``."""
    counts = fact.figures[0].counts if fact.figures else None
    return list(_fact_sentences(fact.text, fact.kind, tuple(fact.section or ()), counts))


def _numbered_label(text: str, lead: str) -> bool:
    """True when ``lead``, the lead phrase of a fact's ``text``, is a label its source numbered in running text (一是种出特色。,
    :data:`~drafter.grammar.ITEM_START`) no longer than a word (WORD_MAX): past its 一是 it is a fragment naming the source's
    list item, not the work (hd69b); a longer lead says what is done (三是强化创新体系培育。) and heads the item."""
    return bool(ITEM_START.match(text)) and len(lead.strip().rstrip("。；;：:")) <= WORD_MAX


# A sentence saying what a thing is (城市公园是市民游览…的公共场所，是城市文明的窗口和名片), opening a paragraph of work done:
# the source's preamble, no deed of anyone's, never said after 主要做法和成效如下 as the bureau's (hd44b). Its subject a noun,
# not the bureau or its place (我市是全省首个…的城市 is a result), no figure; its predicate of no time, nothing done (已, 了) nor
# finished (:data:`~.sentences.RESULT`): 翠湖公园是今年我局新建成的城市综合公园 is a result (rv5).
DEFINITION = lazy(r"^(?!我|该|本|全[市县区省])[\u4e00-\u9fff]{2,10}是[^。；;\d]{2,80}?的[^。；;\d，,的]{2,8}"
                  r"(?:[，,]是[^。；;\d]{2,60}?的[^。；;\d，,的]{2,8})*。$")
_WORK_TOLD = lazy(rf"{alternation(TIME_WORDS)}|{WORK_FINISHED}|{RESULT.pattern}")


def is_definition(sentence: str) -> bool:
    """True when ``sentence`` says what a thing is (:data:`DEFINITION`), no work of a time (:data:`_WORK_TOLD`)."""
    return bool(DEFINITION.match(sentence)) and not _WORK_TOLD.search(sentence, sentence.index("是"))


@lru_cache(maxsize=16384)
def _fact_sentences(text: str, kind: str, section: tuple[str, ...], counts: str | None) -> tuple[str, ...]:
    """:func:`fact_sentences` of a fact of ``text``, ``kind``, ``section`` and first figure counting ``counts``;
    remembered, as a draft's selection asks again for the same facts' sentences."""
    sentences = [ITEM_AS_MEANS.sub("", s) for s in finished_sentences(without_occasion(strip_ordinal(text)))]
    sentences = sentences[1:] if len(sentences) > 1 and _numbered_label(text, sentences[0]) else sentences
    if kind != PLAN:  # 我局已将你所提的路段纳入…: said to that reply's deputy of their own item
        sentences = with_subject(section, counts, sentences[:1] + [s for s in sentences[1:] if not ADDRESS.search(s)])
        # what was done, not the resolve said with it (在推进融合教育发展上不断发力: hd16)
        sentences = [t for t in (without_slogans(without_creed(s)) for s in sentences) if t] or sentences
        sentences = sentences[1:] if len(sentences) > 1 and is_definition(sentences[0]) else sentences
    if kind == PLAN and sentences:  # (part two's heading says 下一步 for every item, in the draft's present)
        sentences[0] = NOW_OPENING.sub("", NEXT_STEP_OPENING.sub("", sentences[0])) or sentences[0]
    if kind == PLAN and sentences and not has_lead(sentences) and section:
        raw = section[-1]
        heading = strip_ordinal(raw).strip().rstrip("。；;：: ")
        if raw != heading and is_lead(heading + "。") and not PLAN_PART.search(heading):
            return (heading + "。", *sentences)
    return tuple(sentences)


def with_subject(section: tuple[str, ...], counts: str | None, sentences: list[str]) -> list[str]:
    """A fact's ``sentences`` whose first opens on what its first figure counts (种植面积42.61万亩…), no subject
    before it, said after the sentence its numbered paragraph opened on, which the source's item set as its
    heading (2.全市夏粮再获丰收，面积、单产、总产实现“三增”。种植面积…): without it the figures read as all the
    grain's (hd17), so it opens the sentence again, 全市夏粮再获丰收，…“三增”，种植面积42.61万亩…. A heading that is
    a lead phrase (（一）粮食生产) is no such sentence."""
    if not sentences or not section or not counts:
        return sentences
    raw = section[-1]
    heading = strip_ordinal(raw).strip().rstrip("。；;：:，, ")
    if raw.strip() == heading or not heading or is_lead(heading + "。") or _FIGURE_RUN.search(heading) \
            or not sentences[0].startswith(counts):  # (a lead phrase heads its item: no sentence of it)
        return sentences
    return [f"{heading}，{sentences[0]}", *sentences[1:]]


# A heading naming the plan part itself (二、下一步工作计划, （三）2025年工作打算), no plan's lead.
PLAN_PART = lazy(rf"{NEXT_STEP}|计划|打算|安排|思路|重点工作|目标任务|工作要点|展望")


def class_members(ask) -> tuple[str, ...]:
    """The things the ask's body lists where its phrase names a broad class of works (:func:`~.synonyms.field_works`: 交通基础设施
    of 抓好交通基础设施建设) and its body spells out which (:attr:`~.asks.Ask.subjects`: 高速公路, 客运, 物流和水运服务 — each item
    past the words naming no thing, :data:`THINGLESS`), and the works the field is known by (大桥, 高速公路…): each says what the
    ask is about as its phrase does (hd72a: 目前，我县有乡镇客运站3个… and 红江渡改桥…大桥合龙 were on no ask). None otherwise."""
    works = field_works(thing_named(ask.phrase))
    if not works or not ask.subjects:
        return ()
    listed = (run for s in ask.subjects for item in JOIN.split(s) for run in THINGLESS.sub(" ", item).split())
    return tuple(dict.fromkeys(w for w in (*listed, *works) if len(w) >= 2))


def base_names(index, text: str) -> list[str]:
    """The names the facts found for ``text`` give (their topics, what their figures count), the SEARCH_LIMIT best: the base's
    names of the things ``text`` speaks of, among them its longer ones (:func:`~.synonyms.longer_names`)."""
    return list(dict.fromkeys(n for fact, _ in index.search(text, limit=SEARCH_LIMIT)
                              for n in (*fact.topics, *(g.counts for g in fact.figures if g.counts))))


def _select_for_asks(index, suggestion: Suggestion, asks: list, ws: Workspace, today: dt.date,
                     areas: frozenset[str]) -> Selection:
    titled = frozenset(bigrams(matter_phrase(suggestion.title)) - GENERIC)  # (said, however common in the base)
    works = asked_works(suggestion)
    programmes = named_programmes(suggestion, asks)
    said = f"{suggestion.title}\n{suggestion.text or ''}"
    for ask in asks:
        longer = longer_names(ask.text, base_names(index, ask.text), said)
        ask.members = class_members(ask)
        ask.synonyms = " ".join([*synonyms_of(ask.text, ws), *longer, *(w for w in ask.members if w not in ask.text)])
        ask.phrase_synonyms = " ".join([*phrase_synonyms(ask.phrase, ask.text, ws), *(n for n, t in longer.items() if t in ask.phrase),
                                        *ask.members])
        ask.titled = titled
        ask.works = works
    words = ask_words(asks, ws, index)
    prime_asks(asks, index, ws)
    matter = bigrams(f"{suggestion.title}\n{suggestion.text or ''}")  # what the deputy writes about
    warnings: list[str] = []
    groups, relevant, others = _asks_answered(index, asks, words, ws, today, (DONE,), ws.own_places(), areas)
    for group in groups:
        group += recounts(group, index, ws, today)
    kept = {i.fact.id for i in _newest_per_measure(sorted(
        (i for g in groups for i in g), key=lambda i: (-i.score, i.fact.id)), ws)}
    sections: list[Section] = []
    examples: list[list[Item]] = []  # per ask, an area's result it found alone (:func:`_areas_alone`)
    specifics = [specific_words(own, index) for own in words]
    pool = [[i for i in group if i.fact.id in kept and not is_lead_in(i.fact.text)] for group in groups]
    answers = _answers(pool, others, asks, words, specifics, ws)
    for k, (ask, own, specific) in enumerate(zip(asks, words, specifics)):
        chosen = city_first(answers[k], ws, areas)
        # (an area's result the ask found alone: kept aside for the section nothing else fills, :func:`_areas_alone`)
        alone = [] if chosen else [i for i in answers[k] if i in city_first([i], ws, frozenset({i.fact.jurisdiction}))][:1]
        for item in chosen + alone:
            item.sentences = on_topic(item, own, clauses_too=True, specific=specific, ask_text=ask.text,
                                      equivalents=ask.equivalents, matter=matter, titled=titled)
        sections.append(Section(ask.phrase, chosen, ask=k))
        examples.append(alone)
    _split_answers(sections, asks, words, ws)
    _give_left_out(sections, asks, words)
    co = suggestion.co_handlers
    fields = []  # per ask, the unit whose field it is in
    for ask, section in zip(asks, sections):
        section.owner, field_unit, section.co_handles, section.at_site = gap_owner(ask, co, ws)
        fields.append(field_unit)

    def home(section: Section) -> str | None:  # the co-handler whose field the section's ask is in
        return sections[section.ask].asked

    parts = co_parts(sections, co, ws, index, lambda s: words[s.ask], home=home)  # its work, its part
    for section in sections:
        section.items = section.items if section.part else bureau_first(section.items, ws)
    _share_results(sections, asks, words, specifics, relevant, ws, matter)
    plan_groups, plan_relevant = _by_ask(index, asks, words, ws, today, (PLAN,), ws.jurisdiction_names())
    reported = [s for g in groups for i in g for s in split_sentences(i.fact.text)]
    used = _offer_claims(sections, asks, words, plan_groups, reported, ws, today)
    filled = _fill_owed(index, sections, asks, words, relevant, ws, today, matter)
    filled += _matter_results(sections, asks, relevant, ws, matter)
    filled += _programme_starts(sections, relevant, ws, asks)
    filled += _areas_alone(sections, asks, examples)
    filled += _field_state(index, sections, asks, ws, today)
    # the items found or filled since: a co-handler's work in them to its part too
    parts += co_parts(sections + parts, co, ws, index, lambda s: words[s.ask], in_place=False, home=home)
    for section in sections:  # a section is a co-handler's part only while all its work is that unit's
        section.part = section.part if all(i.part == section.part for i in section.items) else None
    done = [i for g in groups for i in g] + filled
    plans = _plans_for_asks(index, suggestion, asks, words, plan_groups, used, done, ws, today, plan_relevant)
    if programmes:  # the bureau's plan on the programme the suggestion names, whole, after the asks' (hd68b: on neither ask)
        offered = {p.fact.id for p in plans}
        whole = [p for p in _bureau_plans(index, topic_query(suggestion.title, ws), ws, today, programmes)
                 if p.fact.id not in offered and programme_work(p, programmes, ws, index)]
        plans += [replace(p, sentences=steps, ask=None, verify=False, outdated={})
                  for p in whole[:1] if (steps := programme_steps(p, today))]
    if suggestion.co_handlers:  # a co-handler's plan on the asks' matter: that unit's item
        for plan in _plans_for_sections(index, topic_query(suggestion.title, ws), sections + parts, suggestion.co_handlers,
                                        ws, today, [], title_matter(suggestion.title, ws, index), parts_only=True):
            if plan.part:  # it answers the ask of its section (or whose words it says) when the bureau has no plan for it, else last
                k = (sections + parts)[plan.section].ask if plan.section is not None else min(
                    served("".join(plan.sentences or []), tuple(words)), default=None)
                plan.ask = k if k is not None and not any(p.ask == k for p in plans) else None
                plans.append(plan)
    _drop_repeats(sections + parts, plans)
    _drop_older_counts(sections + parts, ws)
    _drop_older_programmes(sections)
    _drop_older_modes(sections)
    parts = [p for p in parts if p.items][:max(0, co_room(len(sections)) - len(sections))]
    _drop_restated(sections, plans)
    _merge_claims(sections, ws)
    _lead_claims(sections)
    overview = None if any(s.items for s in sections + parts) else _matter_result(index, suggestion, ws, today, works)
    # the matter's result on an ask is that ask's item, no overview over its placeholder (hd21a: 阜外医院…分院项目场地
    # 平整已完成 opened part one, 【待补充：…建设方面的工作情况】 under it, and the warning said the base had none)
    # (nor on an ask naming an area it is no answer in: :func:`placed_elsewhere`, hd71b)
    k = next((k for k, s in enumerate(sections) if overview and on_ask(overview.fact, asks[k], words[k])
              and not (areas and placed_elsewhere(overview, asks[k].text, words[k], areas, ws))), None)
    if k is not None:
        sections[k].items, overview = [overview], None
    elif overview and asks and not (bureau_said(overview, ws) or programme_work(overview, programmes, ws, index)):
        # (another's account on no ask: no work of the bureau's — but the bureau's account of the programme the suggestion
        # names is, as the title's own draft takes it: hd68b's 今年以来，我市…“人人持证、技能河南”…14.58万人次)
        overview = None
    if overview is None:
        overview = _shared_overview(relevant, asks, {i.fact.id for s in sections + parts for i in s.items}, ws)
    if overview and asks and not any(says_asked_of(overview.fact.text, a) for a in asks):
        overview = None  # (the title's matter, not what the asks ask of it: 公墓's 补助40万元 over two asks on 安葬范围, rs11 hd55a)
    drafted = {i.fact.id: s.heading for s in sections + parts for i in s.items if s.heading}
    told = {*drafted, *([overview.fact.id] if overview else [])}  # the facts part one drafts
    drafts: dict[str, list[str]] = {}  # the sentences drafted of each fact (:func:`near_work` quotes none)
    for i in (i for s in sections + parts for i in s.items):
        drafts.setdefault(i.fact.id, []).extend(i.sentences or [i.fact.text])
    pointed: list[str] = []  # the headings of placeholders whose ask a sentence drafted under another answers
    postdated: list[Section] = []  # placeholders whose only material is dated after the reply (:func:`later_note`)
    aged = False  # whether a placeholder's comment names material older than max_age
    undrafted: list[Section] = []  # placeholders whose comment quotes recent work of the bureau's not drafted
    noted: list[Section] = []  # placeholders whose comment names older work, background or plans the base holds on the ask
    for k, section in enumerate(sections):
        if not section.items:
            for plan in plans:  # part one reports no work on the ask: its lead says none goes on (持续…)
                if plan.ask == k and plan.sentences and plan.sentences[0] == ahead(asks[k].phrase, ws):
                    plan.sentences[0] = ahead(asks[k].phrase, ws, reported=False)
            # (the heading's matter, though other asks share its words: 深圳市天文台's 2020 天文科普 event under 提升天文台科普服务水平
            # beside 推动市天文台和周边整体品质提升, hd30c — none of the ask's own words, and the comment said the base had nothing)
            # (or on the ask as a fresh fact must be to answer it: 2019's 严查严处车辆乱停乱放交通违法行为 under 明确整治重点,
            # beyond max_age, was named under no ask but 宣传教育's, hd31b)
            stale = [i for i in relevant[k] if i.stale and (on_heading(i.fact.text, section.heading, ws, titled)
                                                           or on_ask(i.fact, asks[k], words[k]))]
            # background the base holds on the ask (精心谋划了…3条旅游线路 in a news item: hd11), and its fresh work not
            # drafted, for the clerk to read: with these, the old facts are not all it holds (hd24a: 只有2019年的相关情况
            # beside a source of 2022 on the 2021 results)
            # (on the ask's own matter, as old facts must be: 526所学校实现党组织领导的校长负责制全覆盖 shares 中小学 and
            # 全覆盖 with an ask on 中小学教室安装空调 and is no material on it, hd25b)
            # (or on a point the placeholder names, its phrase the title's: 2023's 全年共审核市级政务信息化项目15个 under
            # 加快推进信息化共建共治共享，…从源头上规范信息化项目审批、建设和管理, the comment saying only 2020's was held, hd33b;
            # or its fresh work on the ask drafted under another item, as old facts are on it: hd31b's 2024 上路严查电动车…
            # 违法载人 under 宣传教育, while 查处's comment said the base held only 2019's)
            # (or fresh background on the ask, for the clerk to follow up though no work of the bureau's: hd36b's 2025 news of
            # 全市37个山洪灾害监测站点 under 搭建应急指挥信息平台, whose comment said nothing of it)
            background = relevant_items(index, asks[k].query, ws, today, (CONTEXT,), ws.own_places(), works=asks[k].works)
            points = [point_words(p, ws) for p in asks[k].points]
            # (material named on the ask says the suggestion's subject the ask says, where it says one: on_subject, hd73c)
            asked_thing, beside = comment_thing(asks[k], words[k]), thing_beside(asks[k], words[k])
            subject = asked_subject(asks[k], asks, asked_thing)
            known = on_subject(material([i for i in background + relevant[k]
                     if ((on_ask(i.fact, asks[k], words[k]) and on_heading(i.fact.text, section.heading, ws, titled))
                         or (not i.stale and any(says_point(i.fact.text, p) for p in points))
                         or (not i.stale and i.fact.kind == CONTEXT and (on_ask(i.fact, asks[k], words[k])
                                                                           or on_key(i.fact, asks[k], words[k], points, ws, titled,
                                                                                     heads=True)))
                         or (not i.stale and drafted.get(i.fact.id, section.heading) != section.heading
                             and (on_ask(i.fact, asks[k], words[k]) or on_heading(i.fact.text, section.heading, ws, titled))))
                     and not (stale and i.stale) and says_thing(i.fact.text + unsaid_topics(i.fact), asks[k])]), subject)
            elsewhere = drafted_elsewhere(sections + parts, section, asks[k], specifics[k])
            if known and all(older_than(i.as_of(), ws.max_age, today) for i in known):  # (material beyond max_age
                # alone, though on the ask: said as too old, with the max_age hint — hd54a's 2018 page of 三明 on 产业精品工程 was
                # quoted as background, its age unsaid)
                stale, known = known, []
            if not (stale or known or elsewhere):  # (old background on the heading's matter: said as too old, never "nothing" —
                # hd48d's 2019 page on 靓城提质“三大行动”, its results' paragraph naming no 靓城提质 of its own)
                stale = [i for i in material(background) if i.stale and on_heading(i.fact.text, section.heading, ws, titled)]
            # (old material that names no thing of the ask's is none on it, never 相关情况 of no content: hd61b's 2017 茶产业 paper
            # under 恢复县茶产业发展中心的机构规格, and under 高度重视茶叶质量安全 for its 高度重视茶产业工作…质量兴茶)
            stale = on_subject(names_thing(stale, asked_thing, beside=beside), subject)
            later = [] if stale or known or elsewhere else [  # (hd29a: a report of 2026-01 on the ask, a reply of 2025-07: not "nothing")
                i for i in relevant_items(index, asks[k].query, ws, dt.date.max, (DONE, CONTEXT), ws.own_places(), works=asks[k].works)
                if not _known(i.fact, index, today) and on_ask(i.fact, asks[k], words[k])
                and on_heading(i.fact.text, section.heading, ws, titled)]
            # (and a higher government's on it, reaching the place: hd59b's city funds 已下达各旗县区 beside its own 2014 facts)
            higher = [] if elsewhere or later else higher_items(index, asks[k], words[k], points, ws, today)
            above = [higher_note(higher, ws, words[k])] if higher else []
            if elsewhere:
                section.gap_note = elsewhere
                pointed.append(section.heading)
            elif stale and not known:
                # (those the ask's selection took past their age were left out for another reason: hd69b)
                passed = frozenset({i.fact.id for i in groups[k]} | {f for f, on in others.items() if any(j == k for j, _ in on)})
                section.gap_note = "；".join([*above, old_note(stale, ws, today, section.heading, also=bool(higher),
                                                              words=asked_thing, passed=passed)])
                aged = aged or older_than(max(i.as_of() for i in stale), ws.max_age, today)
                noted.append(section)
            elif later:
                section.gap_note = later_note(later, today)
                postdated.append(section)
            else:
                # (nothing on the ask's whole matter: the bureau's recent work on its thing, for the clerk to compare —
                # hd51b's 1.2万亩 of 苹果新优品种 under 建立苹果无病毒采穗圃, whose comment said the base held nothing)
                # (and where it holds only background on the ask, as hd57b's 长城沿线 审议意见 under 抓住长城国家文化公园建设机遇: the
                # bureau's 2019 work on 长城 is near it)
                near, thing = (([], frozenset()) if any(i.fact.kind != CONTEXT for i in known)
                               else near_work(index, asks[k], ws, today, drafts))
                section.gap_note = "；".join([*above, *([unused_note(known, ws, words=words[k], drafted=drafted) + (
                    NEAR_ALSO.format(quotes=near_quotes(near, thing)) if near else "")] if known
                                    else [near_note(near, thing)] if near else [])]) or None
                # (what the ask's search found, none on it: said as the title path says it, never "nothing", hd60a A2 — but only
                # what is on the ask's key object, hd60b B3: a 强县 paragraph under 建立…工作机制 is no material on it)
                found = None
                if not section.gap_note:
                    # (the source literally on the programme the suggestion names before what shares a common word with the
                    # ask: hd68b's 人人持证 news, not 西平县's 超额完成年度目标任务 of 明确目标任务, nor 我局主要负责… of 主要负责同志)
                    keyed = on_subject([i for i in relevant[k] if i.fact.id not in told and names_programme(i.fact.text, programmes)] or [
                        i for i in relevant[k] if on_key(i.fact, asks[k], words[k], points, ws, titled)], subject)
                    old = names_thing([i for i in keyed if i.stale], asked_thing, beside=beside)
                    found = section.gap_note = found_note([i for i in keyed if not i.stale or i in old], old, ws, today,
                                                          section.heading, words[k], asked_thing)
                # (older material on the suggestion's subject the ask says, where the base holds nothing within max_age: hd73c)
                if not section.gap_note and subject and (olds := subject_material(index, asks[k], subject, ws, today)):
                    found = section.gap_note = subject_note(olds, subject, asks[k], today)
                    aged = True
                if any(i.fact.kind == DONE and not i.stale for i in known):
                    undrafted.append(section)
                elif known or higher or found:
                    noted.append(section)
    co_gaps = _missing_co_handlers(suggestion, sections + parts)
    named: set[str] = set()
    for k, (ask, section, field_unit) in enumerate(zip(asks, sections, fields)):
        if section.items:
            continue
        if not section.owner and not any(p.ask == k for p in plans):
            # (no unit's field by drafter.yaml, nor work or plan of the bureau's: the unit the base names doing it, hd67a)
            doer = named_doer(ask, _searched(index, ask.text, ws, today), ws, suggestion.co_handlers)
            if doer:
                section.owner, section.inferred, field_unit = doer[0], True, doer[0]
                section.gap_note = _doer_note(*doer, section.gap_note, index)
        who = section.owner
        # its points not in another unit's remit are its items (gaps.gap_items); this says the ask whole
        section.remits = gap_remits(ask, field_unit, suggestion.co_handlers, ws)
        section.gap = True  # worded by gaps.gap_items
        if who and not section.consulted:
            named.add(who)
        if section.consulted:  # a unit nobody asked: the clerk may ask it
            whose = DOER_SAID.format(unit=who) if section.inferred else FIELD_SAID.format(unit=who)
            warnings.append(f"“{ws.in_own_words(section.heading)}”{whose}，" + CONSULT_SAID.format(unit=who))
    def listed(headings: list[str]) -> str:
        """The asks' ``headings`` as the warnings list them: as the draft says each (:func:`named_matter`)."""
        return "、".join(named_matter(h, suggestion.title, ws) for h in headings)

    unknown = [s for s in sections if s.gap and s.heading not in pointed and s not in postdated + undrafted + noted]
    if unknown:
        warnings.append(WORK_GAP_WARNING + listed([s.heading for s in unknown]))
    if noted := [s for s in noted if s.gap and s.heading not in pointed]:
        warnings.append(NOTED_GAP_WARNING + listed([s.heading for s in noted]))
    if undrafted := [s.heading for s in undrafted if s.gap]:
        warnings.append(UNDRAFTED_WARNING + listed(undrafted))
    if pointed:
        warnings.append(ELSEWHERE_WARNING + listed(pointed))
    if aged:
        warnings.append(MAX_AGE_WARNING.format(years=ws.max_age))
    warnings += [f"“{listed([s.heading])}”：{s.gap_note}" for s in postdated if s.gap]
    co_gaps = [u for u in co_gaps if u not in named]  # a co-handler named in a section's placeholder
    plans = [p for p in plans if p.ask is None or not sections[p.ask].theirs
             or sections[p.ask].items]  # another unit's part: its plans too (not a site's: the bureau works there)
    plan_gaps = _plan_gaps(asks, plans, sections, suggestion.title, ws)
    offered = {p.fact.id for p in plans}
    old_plans = {}
    for k in plan_gaps:  # (a plan of now quoted under the first ask naming its thing alone: no measure of the others')
        if said := _old_plan(plan_relevant[k], asks[k], words[k], ws, suggestion.co_handlers, today, offered):
            old_plans[k] = said
            if not said[0].stale:
                offered.add(said[0].fact.id)
    if owned := [asks[k].phrase for k in plan_gaps if not sections[k].theirs]:  # (another unit's mark: said apart)
        warnings.append(PLAN_GAP_WARNING + listed(owned))
    # (an ask in another unit's field part one found facts on: its next step that unit's, hd71b)
    warnings += [f"“{listed([asks[k].phrase])}”{FIELD_SAID.format(unit=sections[k].owner)}，"
                 + FIELD_PLAN_SAID.format(unit=sections[k].owner) for k in plan_gaps if sections[k].consulted_on_work]
    unplanned = [s.heading for k, s in enumerate(sections) if k not in plan_gaps and s.gap and not asks[k].informing
                 and not any(p.ask == k for p in plans)]
    if unplanned:  # another unit's asks (_plan_gaps): part two leaves them out, saying so (hd24a: 双碳 just missing)
        warnings.append(OTHERS_PLAN_WARNING + listed(unplanned))
    if any(i.verify for s in sections for i in s.items):
        warnings.append("上年计划中尚无完成情况的事项已列为待核实项，请确认是否已完成")
    sections += parts
    return Selection(sections=sections, plans=plans, warnings=warnings, asks=asks, words=words, co_gaps=co_gaps,
                     plan_gaps=plan_gaps, co_plan_gaps=_co_plan_gaps(asks, plans, sections, suggestion.title, ws),
                     old_plans=old_plans, areas=areas, overview=overview,
                     co_parts=list(dict.fromkeys(s.part for s in sections if s.part and s.items)))


def _split_answers(sections: list[Section], asks: list, words: list, ws: Workspace) -> None:
    """An item whose kept sentence holds parts answering other asks (闵行's 推动各类主体加强研发创新，全社会研发投入…；
    推动科技成果转移转化，全年技术合同成交额达到320亿元…；…新增10家院士 under 研发投入 alone, the 技术合同 and 院士 asks
    left placeholders) keeps its section's parts only (:func:`serving_parts`, the clause split part two uses), and each
    other ask its parts answer takes a copy of the item with them — its lead, year and place kept —, after its items
    (before its place's older ones) while it has room (MAX_ITEMS) and holds nothing of the fact yet. A part (a clause)
    answers the ask whose words it says most, MIN_ASK_SHARED of them or SPLIT_SHARED with one of its phrase's
    (新认定市级科普基地30家 answers 加大科普基地和科普项目支持力度); each is said once, and a part given away reports a
    result of its own, not only the count of those taking part in what the clause before it did (线上线下参与群众达14万人次,
    the people at 344 reading activities, stays with them: under 推进公共文化数字化建设 for its 线上线下 it read as digital
    services' and its activities were lost, hd19b). Nor does a part answer an ask saying no piece of its key words beyond the
    title's (:func:`beyond_title`), whole or SPLIT_SHARED words of it: 十三五以来我县农村饮水工程累计完成投资5.58亿元 says only the
    工程 of 加强农村饮水工程运行管护和水质检测's 工程运行管护, and stays with the 供水管网 it built (hd37a). A sentence whose first measure names its doer (市科委面向…，…) is not cut: the parts after it would lose
    their subject."""
    keys = tuple(own & bigrams(ask.phrase) for ask, own in zip(asks, words))
    beyond = [beyond_title(ask) for ask in asks]

    def place(item: Item) -> str | None:  # the area whose work it is; None: the bureau's own
        return None if own_jurisdiction(item, ws) else item.fact.jurisdiction

    every = tuple(words)

    def answers(clause: str) -> frozenset[int]:
        grams = bigrams(clause)
        return frozenset(j for j in served(clause, every) | served(clause, every, SPLIT_SHARED, keys)
                         if not beyond[j] or any(p in clause or len(bigrams(p) & grams) >= SPLIT_SHARED for p in beyond[j]))

    for k, section in enumerate(sections):
        for item in list(section.items):
            full = fact_sentences(item.fact)
            kept = item.sentences if item.sentences is not None else full
            lead = lead_of(full) if kept[:1] == full[:1] else []
            own: list[str] = []
            given: dict[int, list[str]] = {}
            # (whole sentences, unless its lead names the ask's matter: they then detail it; else parts of them, as below)
            shared = None if lead and answers(lead[0]) == {k} else _shared_by_sentence(kept[len(lead):], full, k, answers)
            for sentence in kept[len(lead):] if shared is None else ():
                deeds = doer_deeds(sentence)
                # (a deed answers as it says, not as the law it cites is titled: 依据《…道路交通安全法》 is no 安全宣传)
                to = [next(iter(a)) if len(a) == 1 else k for d in deeds for a in [answers(TITLE_SPAN.sub("", d.text))]]
                if k in to and set(to) - {k}:  # (its doer's deeds for other asks go to them, each a sentence of its own)
                    own += _deeds_kept(sentence, [d for d, j in zip(deeds, to) if j == k])
                    for d, j in zip(deeds, to):
                        if j != k:
                            given.setdefault(j, []).append(d.text)
                    continue
                whole = next((f for f in full if f.startswith(sentence.rstrip("。；; "))), sentence)
                if _head_asks(whole, answers) == {k} and not _PART_END.search(whole):  # (its clauses detail its head's)
                    own.append(sentence)
                    continue
                mine = serving_parts(whole, k, words, SPLIT_SHARED, answers=answers)
                if not mine or mine == whole or not _subjectless(whole):  # (the other asks' parts only past this)
                    own.append(sentence)
                    continue
                cuts = [mine if j == k else serving_parts(whole, j, words, SPLIT_SHARED, answers=answers)
                        for j in range(len(asks))]
                placed, away = set(clauses(cuts[k].rstrip("。"))), False
                for j, cut in enumerate(cuts):
                    said = set(clauses(cut.rstrip("。")))
                    if j != k and cut and reports_result(cut) and not placed & said - set(clauses(whole)[:1]) \
                            and not all(TAKING_PART.search(c) for c in clauses(cut.rstrip("。")) if reports_result(c)):
                        given.setdefault(j, []).append(cut)
                        placed, away = placed | said, True
                own.append(cuts[k] if away else sentence)
            if shared is not None:
                own, given = shared
            said_of = "".join(t for s in sections for i in s.items if i.fact.id == item.fact.id for t in i.sentences or ())
            for j, left in _left_to_others(full, kept, k, words[k], answers, said_of).items():
                given[j] = sorted([*given.get(j, []), *left], key=lambda t: _source_of(t, full) or 0)
            if not given:
                continue
            if not own:  # (every part of it another ask's, or on none)
                section.items.remove(item)
            item.sentences = lead + own
            for j, said in given.items():
                there = sections[j]
                if len(there.items) < MAX_ITEMS and all(i.fact.id != item.fact.id for i in there.items):
                    at = next((n for n, i in enumerate(there.items) if place(i) == place(item)
                               and (i.year or 0) < (item.year or 0)), len(there.items))  # before its place's older work
                    there.items.insert(at, replace(item, sentences=lead_of(full) + said))
    for k, section in enumerate(sections):  # (each item's lead, as it stands now its sentences are shared)
        for item in section.items:
            led(item, words[k], asks[k].matter_keys)


def _left_to_others(full: list[str], kept: list[str], k: int, own: frozenset[str], answers, said: str) -> dict[int, list[str]]:
    """The sentences of an item's fact (``full``, past its lead) its ask k's selection left out (:func:`on_topic`: no
    sentence of ``kept`` comes from them) as off the ask (none of its ``own`` words) that report a result answering one
    other ask alone (``answers``) and that no item of the fact says yet (``said``), by the ask they answer: a fact whose
    sentences answer two asks is not one ask's whole (hd59c: 信阳市系统梳理全市产业链群…六大产业集群…62.8%、66.6% dropped
    from 加强科技创新和人才支撑's item, the 推动产业链式集群发展 it answers left a placeholder). One saying words of ask k was
    left out as saying less of it than those kept (6家高水平科技创新平台…绩效评价 under 建设高能级创新平台), no answer to another
    ask for the names it lists (…特种机器人研发中心). A sentence referring back (其中…) stays with the one before it."""
    from_kept = {_source_of(t, full) for t in kept}
    out: dict[int, list[str]] = {}
    start = len(lead_of(full))
    for n, sentence in enumerate(full[start:], start):
        if (n in from_kept or own & bigrams(sentence) or REFERS_BACK.match(sentence)
                or not reports_result(sentence)):
            continue
        to = answers(sentence)
        if len(to) == 1 and k not in to and max(_clause_texts(sentence) or [sentence], key=len) not in said:
            out.setdefault(next(iter(to)), []).append(sentence)
    return out


def lead_of(sentences: list[str]) -> list[str]:
    """A fact's lead phrase (:func:`~.sentences.has_lead`) as a list of it, or []."""
    return sentences[:1] if has_lead(sentences) else []


def led(item: Item, own: frozenset[str], keys) -> None:
    """The item's lead phrase dropped when it says none of its ask's ``own`` words (:func:`_lead_elsewhere`) and heads the
    sentences the item left out, not those it keeps (:func:`_heads_left_out`, the ask's key words ``keys``): the item then
    opens on its first kept sentence. 聚焦产业绿色崛起。 over 科创动能不断增强，建成14家…, the sentences it headed gone to
    another ask, said what the item no longer does (hd59c); a copy of an item given to another ask is led as that ask's."""
    kept = item.sentences or []
    if len(kept) > 1 and kept[:1] == lead_of(fact_sentences(item.fact)) and _lead_elsewhere(item, own) \
            and _heads_left_out(item, keys):
        item.sentences = kept[1:]


def _shared_by_sentence(kept: list[str], full: list[str], k: int, answers) -> tuple[list[str], dict[int, list[str]]] | None:
    """An item's ``kept`` sentences (past its lead) shared whole between the asks they answer (its head clause's,
    :func:`_head_asks`, else its own), each unit of them (:func:`_told_apart`) to its ask as the fact says it
    (``full``): what stays with the item's ask ``k`` and what
    each other ask takes — a unit reporting a result whose head clause answers one other ask goes there (hd47b: 积极推进
    河流防洪综合治理…共治理河流69.85公里。 and 完成149座小型水库除险加固… were one fact under 病险水库除险加固, 河道防洪治理 left
    a placeholder); one answering other asks but not k is then off the item's matter and goes nowhere, one answering none
    stays with k as the item keeps it (its clauses on k, :func:`on_topic`: hd14's 横溪养老服务中心…结顶 beside the 专项债项目
    the 专项债 ask took). None when no unit goes to another ask: the sentences are then shared by their clauses
    (:func:`_split_answers`)."""
    own: list[str] = []
    given: dict[int, list[str]] = {}
    for sentence in kept:
        whole = next((f for f in full if f.startswith(sentence.rstrip("。；; "))), sentence)
        units = _told_apart(whole)
        heads = [_head_asks(u, answers) for u in units]
        away = [next(iter(h)) if len(h) == 1 and k not in h and reports_result(u) else None for u, h in zip(units, heads)]
        # (a unit's asks: the one its head clause answers alone, else those the unit answers — 积极推进河流防洪综合治理，实施五河
        # 治理工程5个、…共治理河流69.85公里 is on 河道防洪治理, not on 病险水库除险加固 for one listed project's name, hd47b)
        mine = [kept_of for u, j, h in zip(units, away, heads)
                if j is None and (k in (asked := h if len(h) == 1 else answers(u)) or not asked)
                for kept_of in [_kept_of(u, sentence)] if kept_of]
        own += [sentence if len(mine) == len(units) else _as_sentence(mine)] * bool(mine)
        for j in dict.fromkeys(j for j in away if j is not None):
            given.setdefault(j, []).append(_as_sentence([u for u, i in zip(units, away) if i == j]))
    return (own, given) if given else None


_PART_END = lazy(r"[；;]")


def _kept_of(unit: str, sentence: str) -> str:
    """What the kept ``sentence`` (the clauses on its ask, :func:`on_topic`) says of ``unit``, a unit of the fact's sentence
    (:func:`_told_apart`): its clauses there, ending as a unit does (``；``); "" when it keeps none."""
    said = [c for p in sentence_parts(sentence) for c in clauses(p) if (bare := c.strip("，,；;。 ")) and bare in unit]
    return "".join(said).rstrip("，,；;。 ") + "；" if said else ""


def _as_sentence(units: list[str]) -> str:
    """``units`` of a sentence (:func:`_told_apart`) said as one sentence."""
    return "".join(units).rstrip("；;。，, ") + "。"


def beyond_title(ask) -> frozenset[str]:
    """What the ask's key words (:func:`ask_keys`) say beyond the title's words (:attr:`~.asks.Ask.titled`): their pieces
    between runs of them (工程运行管护 of 农村饮水工程运行管护 under 关于提升…农村饮水保障水平的建议; 基地 of 科普基地 under
    关于提升…科普场馆服务能级的建议)."""
    out = set()
    for key in ask_keys(ask):
        runs = sorted(shared_words(key, ask.titled), key=len, reverse=True)
        out.update(p for p in (re.split("|".join(map(re.escape, runs)), key) if runs else [key]) if len(p) >= 2)
    return frozenset(out)


def _deeds_kept(sentence: str, deeds: list) -> list[str]:
    """What of ``sentence`` its ``deeds`` (:func:`~.sentences.doer_deeds`) left with it say: each run of them side by side as
    the sentence wrote it, one apart on its own (its doer before it)."""
    runs: list[list] = []
    for deed in deeds:
        if runs and runs[-1][-1].end == deed.start:
            runs[-1].append(deed)
        else:
            runs.append([deed])
    return [deed_said(sentence, run[0].start, run[-1].end) for run in runs]


def _give_left_out(sections: list[Section], asks: list, words: list) -> None:
    """A ``；``-part of an item's fact left out of its section (off its ask's words, :func:`on_topic`) that serves an ask
    still holding no item — more of that ask's words than any other's, one of its phrase's (:func:`served`), naming
    where one of its key words begins (:func:`_names_key`) — is that ask's item, its year and place kept (its lead when
    on that ask): hd27b's 54号 reply put 对环境脏乱问题，…；…；关于消防隐患问题，责令…空出消防通道… under 开展农贸市场
    专项整治 without its 消防 part, and 督促市场管理方落实保洁和消防责任 was left a placeholder saying the base held
    nothing. Only a part that reads alone goes: one of a sentence whose first clause names no doer the parts after it
    would lose (:func:`_subjectless`, or a sentence opening on the problem it deals with, 对…问题，)."""
    keys = tuple(own & bigrams(ask.phrase) for ask, own in zip(asks, words))
    held = [(k, item) for k, section in enumerate(sections) for item in section.items]
    said: dict[str, str] = {}  # fact id → what its items say, in any section (a part is said once)
    for _, item in held:
        said[item.fact.id] = said.get(item.fact.id, "") + "".join(item.sentences or fact_sentences(item.fact))
    for k, item in held:
        full = fact_sentences(item.fact)
        kept = item.sentences if item.sentences is not None else full
        lead = kept[:1] if has_lead(full) and kept[:1] == full[:1] else []
        given: dict[int, list[str]] = {}
        for whole in full[1 if has_lead(full) else 0:]:
            if not (_subjectless(whole) or _ON_PROBLEM.match(whole)):
                continue
            for part in (p for p in sentence_parts(whole) if p.strip("；;。 ")):
                if any(c.rstrip("，,；;。 ") in said[item.fact.id] for c in clauses(part) if len(c) > SHORT_PART):
                    continue  # (said under an ask already, whole or in part)
                to = served(part, tuple(words), 1, keys)
                j = next(iter(to)) if len(to) == 1 else k
                if j != k and not sections[j].items and _names_key(part, asks[j], words[j]):
                    given.setdefault(j, []).append(part.rstrip("；;。，, ") + "。")
        for j, parts in given.items():  # (its lead only when on that ask: 持续开展专项整治 is no 消防 measure)
            sections[j].items.append(replace(item, sentences=[s for s in lead if words[j] & bigrams(s)] + parts))


def _names_key(text: str, ask, own: frozenset[str]) -> bool:
    """True when ``text`` says where one of the ask's key words (:func:`ask_keys`) begins, its first two characters, one
    of the ask's ``own`` words and no verb of asking: 消防 of 消防责任, not the 性文 of 综合性文化 that 群众性文化活动品牌 holds
    half of two words, nor the 服务 of its 服务品牌 (hd19b)."""
    return any(key[:2] in own and (key[:2] in text or _said_apart(key[:2], text)) and not ASK_VERB.match(key[:2])
               for key in ask_keys(ask))


def _said_apart(word: str, text: str) -> bool:
    """True when ``text`` lists the two one-character things ``word`` joins (镇村 of 对139个镇、2204个村（社区）…: hd35c),
    each at the end of its list item."""
    return bool(re.search(rf"{word[0]}[、和与及][^，,；;。、]{{0,8}}?{word[1]}(?![\u4e00-\u9fff])", text))


# A sentence opening on the problem its measures deal with (对环境脏乱问题，…; 关于消防隐患问题，…): its doer is the writer.
_ON_PROBLEM = lazy(r"^(?:对|针对|关于|对于)[^，,。；;]{1,20}问题[，,]")
SHORT_PART = 4  # characters: a clause this short (做到日产日清) says too little to tell whether a part was said


SPLIT_SHARED = 2  # words of an ask a clause says, one of its phrase's, to answer it in a fact cut between asks
# A count of those taking part in (or reached by) what the clause before it did: 线上线下参与群众达14万人次, 惠及…1.51万人次.
TAKING_PART = lazy(r"(?:参与|参加|受益|惠及|观看|覆盖)[\u4e00-\u9fff“”]{0,8}?\d")


# A clause naming the rule the work follows (对标中省要求，, 按照…部署，): no doer, and no work of its own.
_RULE_CLAUSE = lazy(rf"^(?:{RULE_FOLLOWED})[^，,；;。]*[，,]$")


def _head_clause(parts: list[str]) -> str:
    """The first of a sentence's clauses (``parts``) stating more than a time or the rule followed (:data:`_RULE_CLAUSE`:
    hd35c's 对标中省要求，对139个镇…排查治理，…); "" when none does."""
    return next((c for c in parts if (not has_year(c) or len(c) > 12) and not _RULE_CLAUSE.match(c)), "")


def _subjectless(sentence: str) -> bool:
    """True when the head clause (:func:`_head_clause`) opens on a verb (:data:`LEAD_VERB`) or reports a result: no doer
    named before it, whom parts cut from after it would lose."""
    return _bare(_head_clause(clauses(sentence)))


def _bare(head: str) -> bool:
    """True when a head clause opens on a verb (:data:`LEAD_VERB`) or reports a result (:func:`_subjectless`)."""
    return bool(LEAD_VERB.match(head)) or reports_result(head)


def _told_apart(sentence: str) -> list[str]:
    """The units a fact's sentence is shared between asks in: its ``；``-parts when each reports a result of its own on a
    measure of its own (:func:`_subjectless`: …共治理河流69.85公里；完成149座小型水库除险加固…), else the sentence whole."""
    parts = [p for p in sentence_parts(sentence) if p.strip("；;。 ")]
    return parts if len(parts) > 1 and all(reports_result(p) and _subjectless(p) for p in parts) else [sentence]


def _head_asks(sentence: str, answers) -> frozenset[int]:
    """The asks the head clause of ``sentence`` answers when it opens on the measure or result its other clauses detail
    (:func:`_subjectless`, :func:`_heads`); none otherwise. The sentence is cut into clauses once, for all three."""
    parts = clauses(sentence)
    head = _head_clause(parts)
    return answers(head) if _bare(head) and _heads(parts, head) else frozenset()


def _heads(parts: list[str], head: str) -> bool:
    """True when the head clause (:func:`_head_clause`) of a sentence's clauses ``parts`` heads the clauses after it: it
    states no figure (积极推进河流防洪综合治理，实施…项目2个，共治理河流69.85公里), or they state none, or only of its part (其中…,
    :data:`~drafter.grammar.REFERS_BACK`). A head stating a figure before clauses stating their own is one result of a list,
    no heading of them: 2025年，新认定市级科普基地30家，“五个新城”新建科普场馆7座，… is on 科普基地 and 科普场馆 alike."""
    rest = parts[parts.index(head) + 1:] if head else []
    return not states_figure(head) or not any(states_figure(c) and not REFERS_BACK.match(c) for c in rest)


def _matter_result(index, suggestion: Suggestion, ws: Workspace, today: dt.date, works: dict[str, str]) -> Item | None:
    """Where no ask found a result of the bureau's: its newest fresh result on the title's matter (:func:`on_matter`:
    余姚's 市物安中心已建立…项目库，目前已有11台… under 关于加快推进既有住宅加装电梯工作的建议, whose asks — 审批, 补助, 宣传 —
    none of its facts said), to open part one as its overview instead of 关于…，有关情况如下； None when the base holds none —
    none done for another of the suggestion's named ``works``' kind (:func:`aimed_elsewhere`). Where it holds no such work, background stating the place's figures on the matter, as the title's own draft takes it
    (:func:`_sections`): the text sharpens the selection, never empties part one the title fills (hd65c: 在规划上，西充坚持…编制
    完成《西充县乡村旅游发展总体规划》…年均接待游客300万人次以上, drafted without the text, left out with it)."""
    query = topic_query(suggestion.title, ws)
    found = [i for i in relevant_items(index, query, ws, today, (DONE, CONTEXT), ws.own_places(), works=works)
             if not i.stale and own_jurisdiction(i, ws) and not _says_nothing(i) and not is_item(i.fact.text)]
    matter = said_matter(title_matter(suggestion.title, ws, index), found, ws)
    on = [i for i in found if on_matter(i.fact.text, matter)]
    results = ([i for i in on if i.fact.kind == DONE and (i.fact.figures or reports_result(i.fact.text))]
               or [i for i in on if i.fact.kind == CONTEXT and i.fact.figures])
    best = max(results, key=lambda i: (i.year or 0, i.score), default=None)  # the newest, the best of its year
    if best is not None:
        best.sentences = on_topic(best, bigrams(query))
    return best


def _shared_overview(relevant: list[list[Item]], asks: list, used: set[str], ws: Workspace) -> Item | None:
    """A past reply's own overview of the work on the matter every ask shares (:func:`shared_matter`): the best ranked
    fresh done fact of the jurisdiction itself, on some ask's search, saying all that matter and opening on some recent
    years (近年来，市人社局深入推进“才聚荆楚”工程…高校毕业生… under three asks on 高校毕业生), that no ask took — saying the
    shared matter, no ask's own words, it answers none: it opens part one in place of the template's 近年来，我局立足
    工作职责… (hd22a: the base's main fact on graduate employment was left out of the draft). A shared matter of one
    two-character word (就业 of 强化就业优先导向's three asks) is the bureau's field, no overview's."""
    common = shared_matter(asks)
    if len(common) < 2:
        return None
    found = {i.fact.id: i for group in relevant for i in group}
    return next((i for i in sorted(found.values(), key=lambda i: (-i.score, i.fact.id))
                 if i.fact.id not in used and not i.stale and i.fact.kind == DONE and own_jurisdiction(i, ws)
                 and common <= bigrams(i.fact.text) and strip_ordinal(i.fact.text).startswith(RECENT_YEARS_WORDS)), None)


def serving(text: str, k: int, words: list, minimum: int = 1, key: frozenset[str] = frozenset(),
            exclusive: bool = True) -> bool:
    """True when ``text`` says at least ``minimum`` of ask k's own words, no other ask's more
    (unless not ``exclusive``: a plan already found to answer this ask best), and one of ``key``
    (the own words of the ask's phrase: what it is about) when there are any."""
    grams = bigrams(text)
    return ((k in served(text, tuple(words), minimum) if exclusive else len(words[k] & grams) >= minimum)
            and (not key or bool(key & grams)))


@lru_cache(maxsize=16384)
def served(text: str, words: tuple[frozenset[str], ...], minimum: int = MIN_ASK_SHARED,
           keys: tuple[frozenset[str], ...] | None = None) -> frozenset[int]:
    """The asks ``text`` serves (:func:`serving`, ask j's key words ``keys[j]``, none without ``keys``): each ask's
    count of ``words`` worked out once, not once per ask weighed, and remembered, since a plan's clause is weighed
    for every ask in turn."""
    grams = bigrams(text)
    counts = [len(w & grams) for w in words]
    most = max(counts, default=0)
    return frozenset(j for j, n in enumerate(counts)
                     if n >= minimum and n == most and (not keys or bool(keys[j] & grams)))


def serving_parts(sentence: str, k: int, words: list, minimum: int = 1, key: frozenset[str] = frozenset(),
                  exclusive: bool = True, answers=None) -> str:
    """The ``；``-parts of a sentence that serve ask k (:func:`serving`), rejoined (a plan sentence
    listing several measures keeps only those on the ask); "" when none does. A sentence of one part
    some of whose ，-clauses answer an ask (``answers``: a clause → the asks it answers; by default those
    it serves sharing MIN_ASK_SHARED words, :func:`served`) is cut at its clauses (:func:`measures_on`): ``2026年，我局将持续深化…
    赋权改革，加快建设中试熟化平台，推动川渝科技创新合作…`` gives the 中试 ask ``2026年，我局将持续加快建设中试熟化平台。``."""
    parts = [p for p in sentence_parts(sentence) if p.strip("；;。 ")]
    if len(parts) < 2:
        answers = answers or (lambda c: served(c, tuple(words)))
        cut = measures_on(sentence, k, answers,
                          lambda c: serving(c, k, words, minimum, key, exclusive), lambda c: bool(words[k] & bigrams(c)))
        return sentence if cut is None and serving(sentence, k, words, minimum, key, exclusive) else cut or ""
    kept = [p for p in parts if serving(p, k, words, minimum, key, exclusive)]
    return "".join(kept).rstrip("；;。，, ") + "。" if kept else ""


def measures_on(sentence: str, k, answers, serves, near=None) -> str | None:
    """A plan sentence cut at its ，-clauses to its measures on matter ``k`` (an ask, a section). A measure is a clause
    answering a matter (``answers``: a clause → the matters it answers) or opening on a verb after its subject's will,
    never one of scope (面向…需求，, :data:`MEASURE_FRAME`). Kept: the clauses before the first measure (2026年，), then
    each measure answering a matter that ``serves`` (a clause → bool) takes for k or that answers k alone in a sentence
    serving k; a clause of no measure goes on with the one before it, as a measure answering nothing does after one
    answering a matter when ``near`` k (says some of its words) — before any, ``serves`` says. A measure of another
    matter, or of none and not near, is left out; the subject willing them all
    (我局将持续) opens the first kept when the measure it opened is not. "" when none is k's; None when the clauses
    answer no matter but one other than k, or open no measure: the sentence is not told apart by its clauses."""
    parts = clauses(sentence.rstrip("。；; "))
    answering = [answers(c) for c in parts]
    answered = set().union(*answering)
    if k not in answered and len(answered) < 2:
        return None
    wills = [PLAN_WILL.match(c) for c in parts]
    measures = [(bool(a) or bool(LEAD_VERB.match(c[w.end() if w else 0:]))) and not MEASURE_FRAME.match(c.rstrip("，, ") + "，")
                for c, a, w in zip(parts, answering, wills)]
    if not any(measures):
        return None
    opening = measures.index(True)
    whole = serves(sentence)
    asked: list[bool] = []
    for n, (part, answer, measure) in enumerate(zip(parts[opening:], answering[opening:], measures[opening:])):
        goes_on = bool(asked) and asked[-1]
        if not measure:
            asked.append(goes_on)
        elif answer:
            asked.append((whole and answer == {k}) or serves(part))
        elif any(answering[opening:opening + n]):  # after a matter's measure: only going on from k's, near it
            asked.append(goes_on and near is not None and near(part))
        else:
            asked.append(serves(part))
    kept = [p for p, a in zip(parts[opening:], asked) if a]
    if not kept:
        return ""
    if wills[opening] and not asked[0]:  # (the first measure, left out, willed them all)
        kept[0] = wills[opening].group() + kept[0]
    return "".join(parts[:opening] + kept).rstrip("；;。，, ") + "。"


# A plan clause's subject and what it wills (市科委将继续, 我局将): said again before a later measure of the clause's
# sentence when the drafted part leaves out the one it opens.
PLAN_WILL = lazy(rf"^[^，,；;。“”]{{1,12}}?将(?:{alternation(('继续', '持续'))})?")


def place_will(sentence: str, ws: Workspace) -> re.Match | None:
    """Where ``sentence`` says its plan is the bureau's place's as a whole: its subject, the place (瓯海区, 我区, 全区), and its
    will opening it, after 下一步 or a time (group ``when``) at most (下一步，瓯海区将…, 今年，我市将继续…; group ``who``); None for
    another. Under part two's lead-in (下一步，我局将…) the place's plan goes on as the bureau's step
    (:func:`~.reply.one_voice`)."""
    names = (*ws.jurisdiction_names(), *_whole_place_words(ws))
    return cached(rf"^(?:{NEXT_OR_LATER}[，,]\s*|(?P<when>[^，,。；;将]{{1,8}}?[，,])\s*)?(?P<who>{alternation(names)})(?:还|也)?"
                  rf"{WILL_JIANG}").match(sentence)


# The month from which a reply plans for the next year: a reply of November writes next year's work (hd5: one
# dated 2024-11-05 was told to write 2024's).
NEXT_YEAR_FROM_MONTH = 11


def plan_year(today: dt.date) -> int:
    """The year a reply of ``today`` plans for (its part two): ``today``'s, the next in its last months."""
    return today.year + (today.month >= NEXT_YEAR_FROM_MONTH)


def earlier_year(plan: Item, today: dt.date) -> bool:
    """True when ``plan`` was made for a year before the reply's plan year (last year's plan in a reply of
    this year, this year's in one of November)."""
    return plan.year is not None and plan.year < plan_year(today)


# A clause whose 把 leaves its object for a verb in the next (…把唐庄郭庄村、王河村等10个美丽乡村，), and that verb, a verb of what the
# object is made, its result after 成/为 (打造成…, 打造成为…, 建设成…, 列为…, 确定为…) or where it is put (纳入…, 列入…) — not a noun
# opening on 成 (成立, 成效, 成果…).
_BA_OPEN = lazy(r"把[^，,；;。]{2,30}[，,]$")
_BA_VERB = lazy(r"^(?:[\u4e00-\u9fff]{1,2}?(?:成为?|为)(?![立功效果绩本员熟])|纳入|列入)")
# A clause that is only the time or frame of the clause after it, a time word after a preposition or none (在两年内，, 近年来，,
# 在“十四五”期间，, 今年，, 年内，) or a word going on (同时，, 其中，, 此外，): no end of a sentence.
_FRAME_ALONE = lazy(rf"(?:{DEADLINE}|(?:在|到|于)?(?:{alternation(TIME_WORDS, RECENT_YEARS_WORDS)}|{PLAN_OR_YEARS_SPAN})"
                    rf"|{alternation(ADDING_WORDS)}|其中)[，,]")


_DEADLINE = lazy(DEADLINE)
_UNIT_DAYS = {"个月": 31, "年": 366, "周": 7}  # the days at most of a deadline's unit


def deadline_ahead(sentence: str, source: SourceMeta | None, today: dt.date) -> bool:
    """Whether the deadline ``sentence`` sets (:data:`~drafter.grammar.DEADLINE`), counted from its document's date, is not
    past on ``today``: 在两年内，争取…10个美丽乡村… of a reply of 2022-08-22 still aims at its 10个 in June 2023 (hd43b). A
    date of a month or a year alone (2022-08, 2022) counts from its last day. A year it aims at (:data:`~drafter.grammar.
    TARGET_YEAR`) is not past before its end: 力争到2025年底…村庄绿化率达到35%以上 of a page of 2022 in May 2024 (hd45b)."""
    return _deadline_ahead(sentence, source.document_year() if source else None, source.date if source else None, today)


@lru_cache(maxsize=4096)
def _deadline_ahead(sentence: str, doc_year: int | None, date: str | None, today: dt.date) -> bool:
    """:func:`deadline_ahead` of a document of ``doc_year`` dated ``date``; remembered, as a draft asks it of the same plans
    in each ask's search."""
    return _target_ahead(sentence, doc_year, today) is not None or _span_ahead(sentence, date, today)


def _target_ahead(sentence: str, doc_year: int | None, today: dt.date) -> str | None:
    """The first year ``sentence`` aims at (:func:`~drafter.grammar.target_years`, read by its document's year ``doc_year``:
    2021年至2023年，全市新建公园32个 of a reply of 2024 aims at none) not past on ``today``, as it says it (到2025年); None when it
    aims at none."""
    return next((said for said, year in target_years(sentence, doc_year) if year >= today.year), None)


def _span_ahead(sentence: str, date: str | None, today: dt.date) -> bool:
    """Whether the span from now ``sentence`` sets (:data:`~drafter.grammar.DEADLINE`), counted from its document's ``date``,
    is not past on ``today`` (see :func:`deadline_ahead`)."""
    m = _DEADLINE.search(sentence)
    if not m or not date:
        return False
    count = int(m["count"]) if m["count"].isdigit() else cn_number(m["count"])
    issued = _last_day(date)
    if not count or issued is None:
        return False
    return issued + dt.timedelta(days=_UNIT_DAYS[m["unit"]] * count) >= today


_DATE_PARTS = lazy(r"((?:19|20)\d{2})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _last_day(date: str) -> dt.date | None:
    """The last day ``date`` (2022-08-22, 2022-08, 2022) may be; None for no such date."""
    m = _DATE_PARTS.fullmatch(date[:10])
    if not m:
        return None
    year, month = int(m[1]), int(m[2] or 12)
    if not 1 <= month <= 12:
        return None  # (2022-13, 2022-00)
    if not m[3]:
        import calendar  # (a month's last day only: not with every draft)
    try:
        return dt.date(year, month, int(m[3]) if m[3] else calendar.monthrange(year, month)[1])
    except ValueError:
        return None  # (2022-02-30: no such day)


def _aims_before(clause: str, aim: str) -> bool:
    """Whether the year ``clause`` aims at (``aim``) dates the work of the clause before it: a clause of no doer or object of its
    own (确保于2026年前投入使用), or one of a deadline after its work (2025年底前全部完工) stating no figure of its own — not one that
    opens on the year (到2025年，…) nor sets its own target (2024年底前完成改造小区80个) (rv8 6)."""
    return dependant(clause) or (aim.endswith("前") and not DIGIT.search(NAME.sub("", clause.replace(aim, ""))))


def _target_past(sentence: str, doc_year: int | None, today: dt.date) -> str | None:
    """The first year ``sentence`` aims at (:func:`~drafter.grammar.target_years`) already past on ``today``, as it says it
    (到2023年 in a reply of 2025); None when it aims at none such."""
    return next((said for said, year in target_years(sentence, doc_year) if year < today.year), None)


# A clause stating a state to reach, its subject before it: 基础设施联通水平显著提升, 交通基础设施同城化初步构建, “1小时通勤圈”全面形成
# — a plan's target, no measure the bureau takes (hd60b).
TARGET_STATE = lazy(r"[\u4e00-\u9fff”》）]{2,}(?:显著|明显|大幅|全面|初步|基本|进一步|持续)(?:提升|提高|增强|形成|构建|建成|改善)"
                    r"[，,；;。]?$")


def lapsed(plan: Item, today: dt.date) -> bool:
    """True when ``plan`` is a target of a year past on ``today`` as a whole: its text opens on that year (到2023年，…: an
    action plan's 发展目标 of 2021 in a reply of 2025, every sentence of its paragraph that year's target, hd60b) — never a
    next step, with its year or without."""
    first = clauses(strip_ordinal(plan.fact.text).strip())[:1]
    aim = _target_past(first[0], plan.source.document_year() if plan.source else None, today) if first else None
    return aim is not None and len(NOT_WORD.sub("", first[0].replace(aim, ""))) <= LAPSED_FRAME_MOST


LAPSED_FRAME_MOST = 2  # characters beside the year a clause framing a paragraph's targets holds at most (力争到2023年，)


def still_ahead(sentence: str, plan: Item, today: dt.date) -> str:
    """A plan sentence as a plan of ``today``'s year: one whose span from its date is not past keeps all (:func:`_span_ahead`);
    else a plan made for an earlier year loses its
    clauses stating a figure (that year's targets: 力争…达22亿元, 开展30场以上 — the year has
    passed; a number inside a name, “12条措施”, is no target), with the verb its 把 left open (:data:`_BA_VERB`) and a frame left
    at the end (:data:`_FRAME_ALONE`); "" when nothing is left, nor when only what the work follows or
    is for is (:data:`MEASURE_FRAME`: 按照市委、市政府工作安排，2022年计划设施柳屯路…等道路桥梁新建 keeps no work in
    按照市委、市政府工作安排 — hd21b). The clauses from a year it aims at not yet past (:func:`_target_ahead`) on are that
    year's targets, kept: 全年新增高新技术企业50家，到2025年…总数达到800家 of a plan of 2023 in 2024 keeps 到2025年… alone (rv7 8);
    so is the clause before one whose year dates its work (:func:`_aims_before`: 改造老旧小区120个，2025年底前全部完工)."""
    source = plan.source
    if not earlier_year(plan, today) or _span_ahead(sentence, source.date if source else None, today):
        return sentence
    doc_year = source.document_year() if source else None
    aim = _target_ahead(sentence, doc_year, today)  # (a year aimed at still ahead: its clause and those after it are its targets, kept)
    parts = _clause_parts(sentence)
    first = _aimed_from(parts, aim)
    past = _aimed_from(parts, _target_past(sentence, doc_year, today))  # (…and from a year past on, that year's, lapsed)
    kept, dropped, before = [], False, ""
    for i, part in enumerate(parts):
        aimed = i >= first
        if past <= i < first or (not aimed and TARGET_STATE.search(part.strip())):
            dropped = True  # (a lapsed target, or a state to reach: no measure, and nor is what goes with it)
            before = part
            continue
        # a clause of no doer of its own (为…搭建舞台, 通过…助力…, 实现…) goes with the clause before it (hd22a: 推进“才聚荆楚”
        # 工程，为大学生到农村就业创业搭建舞台 once 继续开展2024年“三大行业”创业补贴工作 between them went), and so does the verb
        # of the 把 it left open (把…等10个美丽乡村，打造成… : hd43b)
        dropped = not aimed and (bool(DIGIT.search(NAME.sub("", part))) or (dropped and (
            dependant(part) or (bool(_BA_OPEN.search(before)) and bool(_BA_VERB.match(part))))))
        if not dropped:
            kept.append(part)
        before = part
    if len(kept) == len(parts):
        return sentence
    while kept and _FRAME_ALONE.fullmatch(kept[-1].strip()):  # (nor the frame of what went: …，在两年内，[争取…10个…])
        kept.pop()
    if all(MEASURE_FRAME.match(p) for p in kept):
        return ""
    text = "".join(kept).rstrip("，,；;。 ")
    return text + "。" if len(NOT_WORD.sub("", text)) >= 8 else ""


def _aimed_from(parts: list[str], aim: str | None) -> int:
    """The index of the first of a sentence's ``parts`` its year ``aim`` dates (the one saying it, or the one before whose work
    it dates, :func:`_aims_before`); ``len(parts)`` when none."""
    first = next((i for i, part in enumerate(parts) if aim is not None and aim in part), len(parts))
    return first - 1 if 0 < first < len(parts) and _aims_before(parts[first], aim) else first


def _offer_claims(sections: list[Section], asks: list, words: list, plan_groups: list[list[Item]],
                  reported: list[str], ws: Workspace, today: dt.date) -> set[tuple[str, str]]:
    """Last year's plans offered as done in part one (each to verify, :func:`_claim`): of each
    ask's plans the first of last year that no done fact reports, under one ask whose section has
    room (fewer than three items). A claim goes under an ask its head clause — what it does or
    builds — names most (:func:`_claim`: ``推动建设具身智能服务机器人创新平台`` is the 平台 ask's, whatever its
    later clauses name: h81, the real reply reports it there); among those, filling a gap beats
    repeating a matter already reported: the ask whose points its claim says that the ask's section
    leaves unsaid (:meth:`~.asks.Ask.owed`) — most of them first —, else its own ask (the one it
    answers best); the earlier ask on a tie.
    Each ask takes one such plan; a plan under another ask than its own keeps its lead phrase only
    when that says the ask's own words (``引建科创平台`` over a claim on robots under 智能制造 does
    not). The (plan fact id, source sentence) pairs offered, which part two does not offer again."""
    said = [said_by(section.items) for section in sections]
    owed = [ask.owed(text) for ask, text in zip(asks, said)]
    options = []  # (rank, plan's ask, target ask, plan, claim)
    for k, group in enumerate(plan_groups):
        plan = next((p for p in group if not is_lead_in(p.fact.text) and p.year == plan_year(today) - 1
                     and not _reported(p, reported)), None)
        if plan is None:
            continue
        for j, section in enumerate(sections):
            claim = _claim(plan, j, asks, words, today, reported) if len(section.items) < 3 else None
            if claim is None:
                continue
            filled = len(set(owed[j]) - set(asks[j].owed(said[j] + claim[1])))  # the ask's unsaid points it says
            if filled > 0 or j == k:
                options.append(((-filled, j != k, k, j), k, j, plan, claim))
    options.sort(key=lambda o: o[0])
    used: set[tuple[str, str]] = set()
    placed: set[int] = set()  # plans' asks whose plan is offered
    for _rank, k, j, plan, (source_sentence, offered) in options:
        section = sections[j]
        if k in placed or any(i.verify for i in section.items):
            continue
        sentences = fact_sentences(plan.fact)
        lead = has_lead(sentences) and (j == k or bool(words[j] & bigrams(sentences[0])))
        plan.verify = True
        plan.sentences = ([plan_lead(sentences[0])] if lead else []) + [offered]
        _insert_in_place(section, plan, ws)
        used.add((plan.fact.id, source_sentence))
        placed.add(k)
    return used


def _fill_owed(index, sections: list[Section], asks: list, words: list, relevant: list[list[Item]],
               ws: Workspace, today: dt.date, matter: frozenset[str]) -> list[Item]:
    """Each section's points still owed (:meth:`~.asks.Ask.owed`: what its placeholder would list)
    looked for in the whole base, as a clerk does point by point. First a sentence of the
    section's own items that says an owed point and was left out (its item kept the three saying
    most of the ask's words: 推动科技企业享受“科技贷”政策性贷款… of a paragraph on 科技金融) is put
    back in its place. Then a fresh done fact not yet used, sharing MIN_ASK_SHARED of the ask's own
    words, that says an owed point wholly (:meth:`~.asks.Ask.says_wholly`: 推进技术合同认定登记; a
    field said in a list of fields is no report on it) becomes an item of the section, while it
    has fewer than MAX_ITEMS — its lead phrase and its sentences saying the points
    (:func:`_saying`), the city's first, an area's (a district's) fact only as the one example
    after a city item, as :func:`city_first` has it. A fact saying only a thing the ask names, or
    going into a section with no item yet, must be on the ask's matter as well (:func:`on_ask`: a
    talent exchange naming 纺织鞋服 is nothing on a 中试验证 ask naming that field; a fact on one
    point of an ask nothing else answers must say what the ask is about). The ask's own search
    is looked in, and one for what the section owes. When nothing is owed any more (or nothing says
    what is), a point the section says only in passing — no item's lead phrase says it
    (人才自主评价试点单位 inside an item on 人才引育) — is owed an item led by it (``深化科技人才评价
    改革。``, its first sentence after the lead). The items added."""
    used = {i.fact.id for s in sections for i in s.items}
    added: list[Item] = []
    for k, (ask, section) in enumerate(zip(asks, sections)):
        _say_again(section, ask, matter)
        owes = _owes(section, ask)  # worked out again only after an item is added
        # what the section owes, outright or in passing: searched once (a search per point costs a draft
        # too much), its facts beside those of the ask's own search
        owing = list(dict.fromkeys(owes[0][1] + owes[1][1]))
        pool = {i.fact.id: i for i in relevant[k]}
        if owing and len(section.items) < MAX_ITEMS:
            pool.update((i.fact.id, i) for i in relevant_items(index, "；".join(owing), ws, today, (DONE,), ws.own_places(),
                                                               works=ask.works) if i.fact.id not in pool)
        while len(section.items) < MAX_ITEMS:
            found = None
            for said, owed, led in owes:
                if not owed:
                    continue
                found = _filler(pool.values(), section, ask, words[k], said, owed, used, led, ws, today)
                if found is not None:
                    break
            if found is None:
                break
            item = replace(found[0], sentences=[within_matter(s, matter) or s for s in found[1]])
            _insert_in_place(section, item, ws)
            used.add(item.fact.id)
            added.append(item)
            owes = _owes(section, ask)
    return added


def _matter_results(sections: list[Section], asks: list, relevant: list[list[Item]], ws: Workspace,
                    matter: frozenset[str]) -> list[Item]:
    """An ask still with no item takes a fresh result on its phrase's own matter: where every ask says
    the suggestion's matter (助餐 in each of 老年助餐's four asks), it is no ask's own word (:func:`ask_words`)
    and a result on it (新投用助餐点9个) answered none (hd13, 自贡). The parts of a done fact's sentences
    (between ；) that report a result (:func:`reports_result`), say a word of the ask's phrase beyond
    official prose (提升助餐服务水平: 助餐) and one every ask says (not 兜底保障 of 低保金 for 完善资金保障) — and, where the
    ask's key words (:func:`ask_keys`) say more than that shared matter (农业科技 of 提升农业科技水平 where every ask says
    农业), one of those whole (科普讲解员 of 培育专兼职科普讲解员…): a meeting's 召开了农业产业项目落实推进专题会议 or a
    都市圈's 农业发展专项规划 is on 农业 and nothing of the ask's own (hd19a) —, the city's fact before an area's, then
    the best ranked; an area's
    result stands after a placeholder for the city's own (:attr:`Section.city_gap`), never as the city's.
    A fact answers one ask. The items added."""
    common = shared_matter(asks)
    used = {i.fact.id for s in sections for i in s.items}
    added: list[Item] = []
    for k, (ask, section) in enumerate(zip(asks, sections)):
        if section.items or section.part or not common:
            continue
        key = phrase_key(ask.phrase)
        beyond = [m for m in ask_keys(ask) if bigrams(m) - common]
        found = []
        for item in relevant[k] if key else ():
            area = not own_jurisdiction(item, ws)
            if item.fact.id in used or item.stale or item.fact.kind != DONE or is_lead_in(item.fact.text) \
                    or (area and names_bureau(item, ws)):
                continue
            sentences = fact_sentences(item.fact)
            body = sentences[1:] if has_lead(sentences) else sentences
            kept = [part for part in (_result_parts(s, key, common, beyond) for s in body)
                    if part and serves_asked(part, ask.phrase)]
            if kept:
                found.append((area, -item.score, item.fact.id, item, kept))
        if found:
            area, _, _, item, kept = min(found, key=lambda f: f[:3])
            section.items = [replace(item, sentences=[within_matter(s, matter) or s for s in kept])]
            section.city_gap = area
            used.add(item.fact.id)
            added.append(section.items[0])
    return added


def phrase_key(phrase: str) -> frozenset[str]:
    """The words (bigrams) of an ask's ``phrase`` its matter is, beyond official prose and the seams between its words."""
    return frozenset(g for g in bigrams(phrase) - GENERIC - _seams(phrase) if is_cjk(g) and not FUNCTION_CHARS & set(g))


FIELD_STATE_LEAST = 2  # figures: the counts of a field's things a fact states to tell the field's state


def _field_state(index, sections: list[Section], asks: list, ws: Workspace, today: dt.date) -> list[Item]:
    """An ask naming a field itself as its thing (:func:`~.asks.field_asked`: 蒙医药 of 支持蒙医药事业发展纳入…规划) opens on the
    field's own state: the own place's fresh fact holding a stock (:data:`~drafter.grammar.STOCK_HELD`) of FIELD_STATE_LEAST
    figures counting the field's things (their names say a word of it: 截至2018年底，全区共有蒙医中医医院202所，蒙医中医床位
    26013张…), the newest, first among the section's items (hd70b: left out, the ask sharing only the field's words with it).
    An ask on one document or work names no field and takes none. The items added."""
    used = {i.fact.id for s in sections for i in s.items}
    added: list[Item] = []
    for ask, section in zip(asks, sections):
        field = field_asked(ask.phrase)
        if not field or section.part:
            continue
        grams = bigrams(field) - GENERIC
        found = [i for i in relevant_items(index, field, ws, today, (DONE, CONTEXT), ws.own_places())
                 if i.fact.id not in used and not i.stale and own_jurisdiction(i, ws) and STOCK_HELD.search(i.fact.text)
                 and sum(bool(grams & bigrams(g.counts or "")) for g in i.fact.figures) >= FIELD_STATE_LEAST]
        if found:
            state = max(found, key=lambda i: (i.as_of(), i.score))
            state = replace(state, sentences=fact_sentences(state.fact))
            section.items.insert(0, state)
            used.add(state.fact.id)
            added.append(state)
    return added


def _areas_alone(sections: list[Section], asks: list, examples: list[list[Item]]) -> list[Item]:
    """A section still with no item takes the area's (a district's) result its ask's own search found (``examples``, by ask:
    :func:`city_first` drops one alone), saying a word of the ask's phrase (:func:`phrase_key`: 夜间 of 发展夜间经济; not 荣县's
    养老服务政策保障文件 for 加强规划和政策引领), not used elsewhere: it stands after a placeholder for the city's own
    (:attr:`Section.city_gap`), never as the city's (此外，余杭商务部门还创新布局消费新场景… under 发展夜间经济, h258). The items added."""
    used = {i.fact.id for s in sections for i in s.items}
    added: list[Item] = []
    for section in sections:
        found = examples[section.ask] if section.ask is not None else []
        item = next((i for i in found if i.fact.id not in used and phrase_key(asks[section.ask].phrase)
                     & bigrams("".join(i.sentences or [i.fact.text]))), None)
        if item is None or section.items or section.part:
            continue
        section.items, section.city_gap = [item], True
        used.add(item.fact.id)
        added.append(item)
    return added


def _programme_starts(sections: list[Section], relevant: list[list[Item]], ws: Workspace, asks: list = ()) -> list[Item]:
    """A section whose item opens on a programme named in quotes (2月26日，济南“预付宝”正式上线运行…) takes the
    bureau's fresh done fact opening on it too that no ask took, from a source no older (:func:`_drop_older_programmes`;
    a kind named in passing, 由“专精特新”企业提出, ties no two facts):
    2024年8月起，…在全国首创开发“预付宝”消费平台 says the programme and the suggestion's matter, no word of one ask
    its own, and was left out (hd24d). It stands first when of an earlier year. The items added."""
    used = {i.fact.id for s in sections for i in s.items}
    pool = sorted({i.fact.id: i for group in relevant for i in group}.values(), key=lambda i: (-i.score, i.fact.id))
    added: list[Item] = []
    for section in sections:
        if section.part or not section.items or len(section.items) >= MAX_ITEMS:
            continue
        first = section.items[0]
        # (its paragraph's opening, kept or cut: 长期以来…以深化“体教融合”为总抓手，大力实施“未来之星”… kept to its first clause)
        names = set().union(*(_programmes(next(iter(i.sentences or fact_sentences(i.fact)), ""))
                              | _programmes(next(iter(fact_sentences(i.fact)), "")) for i in section.items))
        # (an older one too, after an older frame reporting nothing: 长期以来…以深化“体教融合”为总抓手，大力实施“未来之星”… is
        # the lead of the paragraphs on 未来之星 after it, 10余个体育项目走进校园 among them, hd28c)
        framing = first.stale and not reports_result(first.fact.text)
        starts = [i for i in pool if names and i.fact.id not in used and (framing or not i.stale) and i.fact.kind == DONE
                  and own_jurisdiction(i, ws) and not _says_nothing(i) and not is_lead_in(i.fact.text)
                  and source_date(i)[:4] >= source_date(first)[:4]
                  and names & _programmes(next(iter(fact_sentences(i.fact)), ""))]
        if not starts:
            continue
        # the one saying most of its ask's own words, then the best ranked (与6所学校合作建立校足球队 of 支持学校建立特色体育队伍,
        # before 爱心公益助学)
        asked = bigrams(asks[section.ask].text) - GENERIC - asks[section.ask].titled if section.ask is not None and asks else set()
        start = min(starts, key=lambda i: -len(asked & bigrams(i.fact.text)))
        start = replace(start, sentences=fact_sentences(start.fact))
        earlier = start.year is not None and first.year is not None and start.year < first.year
        section.items = [start, *section.items] if earlier else [*section.items, start]
        used.add(start.fact.id)
        added.append(start)
    return added


def shared_matter(asks: list, phrases: bool = False) -> frozenset[str]:
    """The words (bigrams beyond official prose) every one of two or more ``asks`` says (with ``phrases``, in its
    phrase, its heading): the suggestion's own matter (助餐 of 老年助餐's four asks, 深远海养殖 of 福州's three
    headings); empty for one ask or none shared."""
    if len(asks) < 2:
        return frozenset()
    common = frozenset.intersection(*(frozenset(bigrams(a.phrase if phrases else a.text)) for a in asks)) - GENERIC
    return frozenset(g for g in common if is_cjk(g) and not FUNCTION_CHARS & set(g))


def _result_parts(sentence: str, key: frozenset[str], common: frozenset[str], whole: list[str]) -> str | None:
    """The ；-parts of ``sentence`` reporting a result that say one of ``key``, one of ``common`` and one of the
    key words ``whole`` as written (when there are any), as a sentence; None when none."""
    parts = [p.rstrip("；;。 ") for p in sentence_parts(sentence)]
    kept = [p for p in parts if p and key & bigrams(p) and common & bigrams(p) and reports_result(p)
            and (not whole or any(w in p for w in whole))]
    return "；".join(kept) + "。" if kept else None


def _owes(section: Section, ask) -> list[tuple[str, list[str], bool]]:
    """What ``section`` says outright (its sentences telling something done: :func:`said_by`), then in its lead phrases
    (:func:`_section_leads`), each with what it owes of ``ask`` (:meth:`~.asks.Ask.owed`) and whether it is the lead phrases'."""
    said, leads = said_by(section.items, done=True), _section_leads(section)
    return [(said, ask.owed(said), False), (leads, ask.owed(leads), True)]


def _insert_in_place(section: Section, item: Item, ws: Workspace) -> None:
    """``item`` into ``section``: the jurisdiction's own after the city's items, an area's (the
    one example) last."""
    at = sum(own_jurisdiction(i, ws) for i in section.items)
    section.items.insert(at if own_jurisdiction(item, ws) else len(section.items), item)


def _say_again(section: Section, ask, matter: frozenset[str]) -> None:
    """Each owed point of ``ask`` that a left-out sentence of one of the section's items (not a
    claim to verify) says gets that sentence back, in its place among the item's sentences. What
    the section says and owes, and where an item's kept sentences come from, change only when a
    sentence is put back: worked out when first needed after it."""
    owing: tuple[str, list[str]] | None = None  # what the section says, and what it owes
    for item in section.items:
        if item.verify or not item.sentences:
            continue
        order = fact_sentences(item.fact)
        lead = has_lead(order)
        where = [_source_of(t, order) for t in item.sentences]
        for at, sentence in enumerate(order):
            if at in where or (lead and at == 0):
                continue
            if owing is None:
                said = said_by(section.items, done=True)
                owing = said, ask.owed(said)
            said, owed = owing
            if not owed:
                return
            if not tells_nothing_done(sentence) and _fills(ask, said, owed, sentence):
                before = sum(1 for w in where if w is not None and w < at)
                item.sentences.insert(before, within_matter(sentence, matter) or sentence)
                where = [_source_of(t, order) for t in item.sentences]
                owing = None


def _source_of(kept: str, order: list[str]) -> int | None:
    """Which of a fact's sentences ``order`` a kept sentence (perhaps cut to its first clauses, or
    its frame dropped) comes from: the first holding its longest clause."""
    parts = _clause_texts(kept) or [kept]
    longest = max(parts, key=len)
    return next((k for k, t in enumerate(order) if longest in t), None)


def _filler(pool, section: Section, ask, own: frozenset[str], said: str, owed: list[str], used: set[str],
            led: bool, ws: Workspace, today: dt.date) -> tuple[Item, list[str]] | None:
    """The fact of ``pool`` best filling ``owed`` (what a section saying ``said`` owes of ``ask``)
    and the sentences it keeps (:func:`_saying`): the city's before an area's, the one filling most,
    then the newest source's (a clerk answers with this year's reply before last year's), then the
    best ranked; with ``led``, only a fact whose own lead phrase fills one. An older fact (beyond the freshness window,
    within ``max_age``) fills a point only after the fresh ones: older work kept, marked for its latest progress, not
    dropped for a placeholder (B003's 深化职务科技成果赋权改革… of 2023 under 1021's 赋权改革, qa16). None when none."""
    city = any(own_jurisdiction(i, ws) for i in section.items)
    example = any(not own_jurisdiction(i, ws) for i in section.items)
    found = []  # (area, points filled, item, sentences)
    # what the ask names in a list (fields among them): said in its matter only — but for a thing whose own work
    # it asks for (市博物馆新馆 of 加快推进…新馆建设: 市博物馆新馆项目累计完成投资1.9亿元 in a paragraph on 文旅项目, hd19b)
    things = set(ask.subjects) - ask.built
    owed_words = bigrams("；".join(owed)) - GENERIC  # a fact saying none of these says nothing owed
    key = own & bigrams(ask.phrase)  # on_ask's phrase words (its share test is passed below)
    for item in pool:
        grams = bigrams(item.fact.text)
        if item.fact.id in used or older_than(item.as_of(), ws.max_age, today) or item.fact.kind != DONE \
                or is_lead_in(item.fact.text) or len(own & grams) < MIN_ASK_SHARED or not owed_words & grams \
                or _says_nothing(item) or broad_only(item.fact, ask, own):
            continue
        area = not own_jurisdiction(item, ws)
        if area and (not city or example or names_bureau(item, ws)):
            continue  # an area's result only as the one example after a city item, in its own voice
        sentences = _saying(item, ask, said, owed, led)
        if not sentences or not serves_asked("".join(sentences), ask.phrase):  # (排球 of 男排挑战者杯: not 青少年's)
            continue
        filled = _filled(ask, said, owed, without_frames("".join(sentences)))  # (not in a frame: 针对…渔旅融合的特点)
        if (not filled - things or not section.items) and not _on_phrase(item.fact, key, ask, unsaid_topics(item.fact)):
            continue  # a thing the ask names (纺织鞋服 of 围绕纺织鞋服…等产业) said off its matter
        found.append((area, len(filled), item, sentences))
    found.sort(key=lambda f: f[2].fact.id)
    found.sort(key=lambda f: (source_date(f[2]), f[2].score), reverse=True)
    found.sort(key=lambda f: (f[0], f[2].stale, -f[1]))
    return found[0][2:] if found else None


def _filled(ask, said: str, owed: list[str], text: str) -> set[str]:
    """Those of ``owed`` (what ask's section saying ``said`` owes) that ``text`` says wholly
    (:meth:`~.asks.Ask.says_wholly`: all the key words of a part of the point; a field named in a
    list of fields says nothing of it)."""
    text = without_field_lists(text)
    wholly = [o for o in dict.fromkeys(owed) if ask.says_wholly(o, text)]  # (before the costlier test: most say none)
    if not wholly:
        return set()
    unsaid = set(ask.owed(said + text))
    return {o for o in wholly if o not in unsaid}


def _fills(ask, said: str, owed: list[str], text: str) -> bool:
    """True when ``text`` says one of ``owed`` wholly (:func:`_filled`)."""
    return bool(_filled(ask, said, owed, text))


def _section_leads(section: Section) -> str:
    """What a section's items say in their lead phrases (an item without one: all it says)."""
    return "".join(i.sentences[0] if has_lead(i.sentences or []) else "".join(i.sentences or [i.fact.text])
                   for i in section.items)


def said_by(items: list[Item], done: bool = False) -> str:
    """What ``items`` say in the draft: each one's kept sentences (its whole text when none were
    chosen, ``None``, as :func:`~.reply._fact_spans` writes it; nothing when none are kept, ``[]``),
    then those of the plans said after it (its claims). With ``done``, what they tell done: an item's
    sentences after its lead phrase telling nothing done (:func:`tells_nothing_done`) left out."""
    def told(sentences: list[str]) -> list[str]:
        lead = has_lead(sentences)
        return [t for k, t in enumerate(sentences) if (lead and not k) or not tells_nothing_done(t)] if done else sentences

    return "".join(t for i in items for t in [*told(i.sentences if i.sentences is not None else [i.fact.text]),
                                              *(t for c in i.claims for t in c.sentences or [])])


def _saying(item: Item, ask, said: str, owed: list[str], led: bool = False) -> list[str]:
    """The sentences of ``item`` that say one of ``owed`` (what ask's section, saying ``said``,
    still owes): its lead phrase first when it has one, then its sentences that fill a point (at
    most MAX_SENTENCES) — when only the lead says one, or (``led``) the lead must say it, the first
    sentence after it, which says what the lead names. [] when none does."""
    sentences = fact_sentences(item.fact)
    lead = has_lead(sentences)
    body = sentences[1:] if lead else sentences
    kept = [] if led else _first_results(s for s in body if not tells_nothing_done(s) and _fills(ask, said, owed, s))
    if not kept and lead and _fills(ask, said, owed, sentences[0]):
        kept = body[:1]
    if not kept:
        return []
    kept = [s for k, s in enumerate(body)
            if s in kept or (k and body[k - 1] in kept and _tells_result(s, body[k - 1]))][:MAX_SENTENCES]
    return ([sentences[0]] if lead else []) + with_antecedents(body, kept)


def _first_results(filling) -> list[str]:
    """At most MAX_SENTENCES of the sentences ``filling`` points, those reporting a result (:func:`reports_result`) first, in
    their order: a dated figure on a point (2024年组织628人次参加…专项培训) before a way of working that says it too (构建…培训
    体系, hd70e). Read only until MAX_SENTENCES results are found."""
    found: list[tuple[str, bool]] = []  # (each sentence, whether it reports a result: weighed once)
    results = 0
    for sentence in filling:
        found.append((sentence, reports_result(sentence)))
        results += found[-1][1]
        if results >= MAX_SENTENCES:
            break
    best = sorted(found, key=lambda f: not f[1])[:MAX_SENTENCES]
    return [s for s, result in found if (s, result) in best]


RESULT_SHARED = 2  # words (beyond the generic) a figure sentence shares with the kept one before it


# A sentence opening on the state the act before it left (调整后，昌黎县辖11个镇、5个乡。 after …荒佃庄正式撤乡设镇。; 至此，…).
_AFTER_IT = lazy(r"^(?:[\u4e00-\u9fff]{2}后|此后|至此|由此)[，,]")


def _states_after(sentence: str) -> bool:
    """True when ``sentence`` states in figures the state the kept sentence before it left (:data:`_AFTER_IT`): what the act
    made, the part of it that still holds (hd60a A4: the count of 镇 and 乡 was dropped, the 2007 event kept)."""
    return bool(_AFTER_IT.match(sentence)) and bool(DIGIT.search(sentence))


# The outcome a sentence states after grounds (:func:`_concludes`): the work halted, or the parties' agreement.
_OUTCOME = lazy(rf"{HALTED.pattern}|{alternation(AGREED_WORDS)}")
_GROUNDS = lazy(alternation(CANNOT_WORDS))


def _concludes(sentence: str, before: str) -> bool:
    """True when ``sentence`` states the outcome (:data:`_OUTCOME`: …达成一致，六街中学项目建设不再实施。) of the grounds the kept
    sentence ``before`` gives (:data:`~drafter.grammar.CANNOT_WORDS`: 根据…不符，无法调整规划用地性质…): without it the grounds
    conclude nothing, their 项目用地 naming no project (hd65a)."""
    return bool(_GROUNDS.search(before)) and bool(_OUTCOME.search(sentence))


def _tells_result(sentence: str, before: str) -> bool:
    """True when ``sentence``, right after the kept sentence ``before``, states its result: a
    figure, and RESULT_SHARED of its particular words (…扩大科技创新券支持范围…中试服务平台。 then
    2025年兑现…科技创新券补助共计1257.96万元。: what the measure paid is part of the answer)."""
    return bool(DIGIT.search(sentence)) and len((bigrams(sentence) & bigrams(before)) - GENERIC) >= RESULT_SHARED


CLAIM_CLAUSES = 4  # a sentence offered as done (to verify) says one thing: at most this many clauses


def _claim(plan: Item, k: int, asks: list, words: list, today: dt.date,
           reported: list[str]) -> tuple[str, str] | None:
    """What a last year's plan offered as done claims: one sentence (a claim to verify is one
    thing), the one serving ask k whose head clause (:func:`head_clause`) names no other ask's phrase
    more than k's (:func:`_phrases_named`: words further in it decide only between asks it names alike)
    that says most of the ask's phrase (then densest in its words),
    no target in it, none a done fact already reports (``reported``: then it is no question);
    (its source sentence, its text as offered: said as the work of that year's plan,
    ``按照2025年工作计划，推动建设…``, which the clerk confirms or deletes — not a bare date, which
    stands only before figures). None when no sentence serves."""
    sentences = fact_sentences(plan.fact)
    body = sentences[1:] if has_lead(sentences) else sentences
    phrase = bigrams(asks[k].phrase)
    best = None
    for sentence in body:
        said = still_ahead(sentence, plan, today)
        if not said or TARGET.search(said) or WORK_EFFECT.search(said) or not serving(said, k, words, MIN_ASK_SHARED, words[k] & phrase):
            continue
        if len(clauses(said)) > CLAIM_CLAUSES:
            continue  # a list of measures, not one thing a clerk can confirm done
        if repeats(sentence, reported, DONE_SINCE):
            continue
        about = _phrases_named(head_clause(said), asks, words)  # what it does or builds names another ask: that ask's
        if about[k] < max(about):
            continue
        rank = (len(phrase & bigrams(said)), len(words[k] & bigrams(said)) / len(said))
        if best is None or rank > best[0]:
            best = (rank, sentence, said)
    if best is None:
        return None
    said = best[2]  # (after the frame, no word adding it to a sentence before: 按照2021年工作计划，红江渡改桥…, not …，同时，…, hd72a)
    return best[1], (plan_frame(plan.year) + own_opening([said])[0] if plan.year and not has_year(said) else said)


def plan_frame(year: int) -> str:
    """How a claim of a year's plan offered as done opens: ``按照2025年工作计划，``."""
    return f"按照{year}年工作计划，"


SAME_MATTER = 0.4  # two lead phrases sharing this share of the shorter's own words name one matter


def _merge_claims(sections: list[Section], ws: Workspace) -> None:
    """A last year's plan offered as done (:func:`_claim`) whose lead phrase names the matter of an
    item the section already reports (``引建科创平台`` beside ``大力引建一批高能级平台``: their own
    words, beyond GENERIC, shared at SAME_MATTER and at least two) is no item of its own: its
    claim is said after that item's sentences, still marked 【待核实：是否已完成】 — where the result
    would stand once confirmed (a real reply reports the platform built inside its item on 引建
    platforms), without a second lead on the same matter, nor a plan standing as a result of its
    own. A claim on a matter no item reports stays an item (the ask's only word on it)."""
    for section in sections:
        offers = [i for i in section.items if i.verify and has_lead(i.sentences or [])]
        if not offers:
            continue
        # the hosts and their own words, once: merging removes only offered (verify) items
        hosts = [(i, bigrams(i.sentences[0]) - GENERIC) for i in section.items
                 if not i.verify and own_jurisdiction(i, ws) and has_lead(i.sentences or [])]
        for offered in offers:
            lead = bigrams(offered.sentences[0]) - GENERIC
            host = max(((len(lead & own), i) for i, own in hosts
                        if len(lead & own) >= 2 and _overlap(lead, own) >= SAME_MATTER),
                       key=lambda m: m[0], default=None)
            if host is None:
                continue
            host[1].claims.append(replace(offered, sentences=offered.sentences[1:]))
            section.items.remove(offered)


def _lead_claims(sections: list[Section]) -> None:
    """A claim standing as an item of its own with no lead phrase (its plan's lead named another
    matter) gets one from what it names, when its siblings have theirs: the head clause of the
    plan's sentence (``推动建设具身智能服务机器人创新平台。``, at most LEAD_CLAIM characters), the
    claim going on with the rest after its frame (``按照2025年工作计划，引进…，开展…。``) — an item
    reads ``二是…。…`` as its ``一是`` does. A claim of one or two clauses keeps its one sentence."""
    for section in sections:
        siblings = [i for i in section.items if not i.verify]
        if not siblings or not all(has_lead(i.sentences or []) for i in siblings):
            continue
        for item in section.items:
            sentences = item.sentences or []
            if not item.verify or has_lead(sentences) or len(sentences) != 1 or not item.year:
                continue
            frame = plan_frame(item.year)
            said = sentences[0][len(frame):] if sentences[0].startswith(frame) else sentences[0]
            parts = clauses(said)
            lead_clause = parts[0].rstrip("，, ")
            if len(parts) < 3 or len(lead_clause) > LEAD_CLAIM or not is_lead(lead_clause + "。"):
                continue
            rest = "".join(parts[1:])
            item.sentences = [lead_clause + "。", (frame if sentences[0].startswith(frame) else "") + rest]


LEAD_CLAIM = 20  # characters: a claim's head clause this long at most makes its lead phrase


MAX_PLAN_SENTENCES = 2  # a part-two item: its lead phrase and at most this many sentences
# …of an earlier year's plan, the one saying most of the ask (or section): a sentence the clerk confirms
# for this year or deletes, never last year's plan copied whole
EARLIER_PLAN_SENTENCES = 1

# How a plan sentence stating a standing measure opens (支持企业…, 推广…模式, 充分发挥…作用): help
# given to others, a policy carried on — what a plan made for an earlier year may still promise.
STANDING_HEAD = lazy(
    rf"^(?:{alternation(MANNER_ADVERBS, ('加快',))})*"
    r"(?:支持|鼓励|引导|推广|推行|落实|完善|健全|深化|优化|发挥|强化|加大|培育|提升|提高|促进|扶持|激励|用好)"
)
# What a standing measure names (a mode, a mechanism, a policy…), wherever its head clause says it.
STANDING_WORDS = lazy(r"模式|机制|制度|政策|体系|办法|方式|路径|生态|常态")
OWN_VERBS = ("进行", "开展", "实施", "给予", "予以", "督促", "加强", "实行", "作出", "做出")
# A clause saying what the measures are for, by or on whom (聚焦…环节，, 面向…需求，, 通过…措施，, 对意向落地…的
# 人才，): the head is the clause after it; one naming whom the measure before it treats how (…推行高层次人才“预认定”，
# 对…人才，直接纳入…) says how that measure works, no measure of its own (对 as a verb, 对接 or 对口, excepted).
MEASURE_FRAME = lazy(
    rf"^(?:{alternation(SCOPE_OPENERS, ('立足', '瞄准', '按照', '根据', '坚持', '紧扣', '对标', '通过', '依托', '借助'))}"
    rf"|对(?:于)?(?![接口外话比冲应照])(?![^，,]*(?:{alternation(OWN_VERBS)})))[^，,]*[，,]$")
# (what a clause opening on 对 does to it itself: 对平台开展绩效考评 is a measure)
# A single undertaking: building, starting or holding one thing (建设…平台, 启动…, 举办…大会)…
ONE_OFF_VERB = lazy(alternation(FOUNDING_VERBS))
# …named (“产业大脑”, 《…方案》) or a thing of its own (…中心, …平台, …大会, …行动).
ONE_OFF_THING = lazy(r"中心|平台|研究院|研究所|实验室|基地|园区|大会|论坛|大赛|行动|活动|工程|数据库|清单|方案")
# Many of a kind after the verb (一批, 一系列, 各类; 开展宪法进乡村、宪法进企业…等系列活动): no single undertaking.
MANY = lazy(r"一批|一?系列|各类|多个|若干")


def one_off(sentence: str) -> bool:
    """True when a plan sentence is about a single undertaking, not a standing measure: its head
    clause (the first, which the others elaborate) builds, starts or holds one thing — named
    (``探索建设“产业大脑”科技服务平台``) or a thing of its own (``推动建设具身智能服务机器人创新平台``,
    ``举办…大会``) — and opens with no help given to others (``鼓励企业建设中试、验证平台``) nor
    names a mode, mechanism or policy (``积极探索科创平台引建新模式``). Such a plan of an earlier year
    was that year's project: done, or under way as the clerk knows, never next year's plan as it
    was written. A clause saying what it is for (``聚焦我市产业创新链缺失环节，``) is no head."""
    head = head_clause(sentence)
    if STANDING_HEAD.match(head) or STANDING_WORDS.search(head):
        return False
    verb = ONE_OFF_VERB.search(head)
    if verb and MANY.search(head, verb.end()):  # 引建一批高能级平台: things of a kind, built on and on
        return False
    return bool(verb and (NAME.search(head, verb.start()) or ONE_OFF_THING.search(head, verb.end())))


def head_clause(sentence: str) -> str:
    """A plan sentence's head clause: its first not saying what the measures are for or by
    (:data:`MEASURE_FRAME`) — what it does or builds, which the clauses after it elaborate."""
    parts = clauses(sentence) or [""]
    return next((c for c in parts if not MEASURE_FRAME.match(c)), parts[0])


# The marks of a slogan: the stance the work is done in (以务实笃行的姿态、创新驱动的理念), the picture it paints (丰富“瓯有善育”画卷,
# 谱写…新篇章) — and the ends it serves beside them, no measure either: a field's growth (全力推动托育行业更为优质均衡发展), the
# vigour it brings (为行业持续发展注入强劲动力与活力).
_STANCE = r"^以[^，,。；;]{2,30}?的?(?:姿态|理念|精神|态度|作风|干劲|劲头|状态|决心|担当|韧劲|拼劲)"
_PICTURE = r"(?:丰富|绘就|描绘|书写|谱写|续写|共绘|擘画|奏响)[^，,。；;]{0,20}?(?:画卷|篇章|新篇|答卷|乐章)"
_SLOGAN_MARK = lazy(rf"{_STANCE}|{_PICTURE}")
_SLOGAN_END = lazy(rf"^为[^，,。；;]{{2,24}}?(?:注入|增添|激发)[^，,。；;]{{0,10}}?(?:动力|活力|动能)"
                   rf"|^(?:{alternation(MANNER_ADVERBS)})*(?:推动|促进|助推|带动|引领)[^，,。；;]{{0,24}}?"
                   r"(?:高质量|优质|均衡|健康|可持续|持续|快速|协调|融合|跨越式|长足)发展$")


def slogan(sentence: str) -> bool:
    """True when a plan's ``sentence`` is a slogan, no measure: no figure, and after its subject's will (瓯海区将) each clause a
    frame (:data:`MEASURE_FRAME`), an aim (:func:`~.asks.closing_aim`, :data:`_SLOGAN_END`) or a slogan's mark (:data:`_SLOGAN_MARK`),
    one of them such a mark — hd66d's 下一步，瓯海区将以务实笃行的姿态、创新驱动的理念，全力推动托育行业更为优质均衡发展，为行业持续发展
    注入强劲动力与活力，丰富“瓯有善育”画卷。, no item of part two."""
    if DIGIT.search(sentence):
        return False
    text = PLAN_WILL.sub("", NEXT_STEP_OPENING.sub("", sentence.strip()), count=1)
    parts = [c for c in (c.strip("，,；; ") for c in _clause_parts(text.rstrip("。！!"))) if c]
    return any(_SLOGAN_MARK.search(c) for c in parts) and all(
        MEASURE_FRAME.match(c + "，") or closing_aim(c) or _SLOGAN_MARK.search(c) or _SLOGAN_END.search(c) for c in parts)


# A clause only pushing a matter's building or rise on (持续不断加强心理健康教育教师队伍建设和心理教育教师专业能力提升): in a
# report, no deed done — a plan may promise it, a report of the year's work says nothing by it.
_PUSHED_ON = lazy(rf"^(?:{alternation(MANNER_ADVERBS)})*(?:{alternation(PUSHING_VERBS)})+[^，,。；;]{{2,40}}?(?:建设|提升|水平|能力)$")


def tells_nothing_done(sentence: str) -> bool:
    """True when a report's ``sentence`` tells no deed nor result: a slogan (:func:`slogan`), or, with no figure nor result word
    (:data:`RESULT_WORDS`), each clause an aim (:func:`~.asks.closing_aim`) or only pushing a matter on (:data:`_PUSHED_ON`), one
    of them so: 持续不断加强…队伍建设和…专业能力提升 says no point of an ask (hd70e: it said 加强对班主任和心理教师的培训, and the
    dated 2024年组织628人次参加…专项培训 beside it was left out)."""
    if slogan(sentence):
        return True
    if DIGIT.search(sentence) or RESULT_WORDS.search(sentence):
        return False
    parts = [c for c in (c.strip("，,；; ") for c in _clause_parts(sentence.strip().rstrip("。！!"))) if c]
    return any(_PUSHED_ON.match(c) for c in parts) and all(_PUSHED_ON.match(c) or closing_aim(c) for c in parts)


# A clause pushing a matter on, whatever it names (加快推动双“一号工程”…实施, 深化推进…改革): in a report, no deed done. (加快 is one of
# PUSHING_VERBS: 加快推动 opens on it.)
_PUSHING = lazy(rf"^(?:{alternation(MANNER_ADVERBS, ('深化',))})*(?:{alternation(PUSHING_VERBS)})")


def stance_only(sentence: str) -> bool:
    """True when ``sentence`` says the stance work is done in, nothing done nor named as it is: telling nothing done
    (:func:`tells_nothing_done`), or, with no figure nor result word (:data:`RESULT_WORDS`), each clause a frame
    (:data:`MEASURE_FRAME`), what it is for (为…, :func:`~.asks.closing_aim`), a slogan's mark or a push on a matter
    (:data:`STANDING_HEAD`, :data:`_PUSHING`), one a frame or an aim — hd67b's 聚焦“作示范、勇争先”目标要求，坚持以高质量发展为主题，
    加快推动双“一号工程”、乡村振兴战略实施，深化推进…改革，为建设文化旅游强市，助推社会经济高质量发展贡献力量。"""
    if tells_nothing_done(sentence):
        return True
    if DIGIT.search(sentence) or RESULT_WORDS.search(sentence):
        return False
    parts = [c for c in (c.strip("，,；; ") for c in _clause_parts(sentence.strip().rstrip("。！!"))) if c]
    framed = [bool(MEASURE_FRAME.match(c + "，") or c.startswith(FOR) or closing_aim(c) or _SLOGAN_MARK.search(c)) for c in parts]
    return any(framed) and all(f or STANDING_HEAD.match(c) or _PUSHING.match(c) for f, c in zip(framed, parts))


def standing(sentence: str, plan: Item, today: dt.date, said: str | None = None) -> str:
    """What of a plan's ``sentence`` (offered as ``said``, by default the sentence itself) the plan
    may offer as a next step: none of a slogan (:func:`slogan`); all of this year's plan; of an earlier year's only its standing
    measures, never that year's single undertakings (:func:`one_off`; part one may ask whether one
    was done) — of a sentence of such undertakings that also lists measures, those
    (:func:`standing_clauses`); "" when nothing."""
    said = sentence if said is None else said
    if slogan(said):
        return ""
    if not earlier_year(plan, today) or not one_off(sentence):
        return said
    rest = standing_clauses(said)
    return rest if rest != said else ""


def standing_clauses(sentence: str) -> str:
    """A sentence listing undertakings and measures without the undertakings (:func:`one_off`, clause
    by clause) when what is left opens with a standing measure (``加快建设…分中心…，培育壮大技术转移
    机构和技术经理人队伍，…促进技术供需高效精准对接。`` → ``培育壮大…，…促进…。``); else unchanged."""
    parts = clauses(sentence)
    kept = [c for c in parts if not one_off(c)]
    if len(kept) == len(parts) or not kept or not STANDING_HEAD.match(kept[0]):
        return sentence
    return "".join(kept).rstrip("，,；;。 ") + "。"


# What marks a clause of a report as that year's result, not the way of working it goes on with: a
# time or a count of it (截至…, 全年, 累计, 新增…), a thing done once (签约, 揭牌, 出台…), or done already (已, 成功).
RESULT_WORDS = lazy(r"已|成功|率先|首次|先后|截至|目前|累计|新增|新认定|全年|今年|去年|上半年|获批|揭牌|签约|签署|落地|印发|发布|颁布")
# A clause naming a way of working by its quoted name (实施科技重大专项“揭榜挂帅”机制, 推进“…”模式).
NAMED_PRACTICE = lazy(r"[”》](?:[\u4e00-\u9fff]{0,4})(?:模式|机制|制|办法|政策|体系)")


def practice_clauses(sentence: str) -> list[str]:
    """The way of working a part-one ``sentence`` reports, without what it achieved: its clauses from
    the start up to the first holding a figure or a result (:data:`RESULT_WORDS`, a single undertaking,
    :func:`one_off`), and after that those naming a practice by its quoted name (:data:`NAMED_PRACTICE`);
    a clause saying what the work is for (``聚焦…需求，``) only right before a kept one. ``聚焦院所、企业所需，
    在全省率先出台…“12条措施”，…；推进“异地研发、本地转化”模式，成功推动…签约落地，新增…13家`` →
    ``[推进“异地研发、本地转化”模式]``; [] when nothing."""
    parts = [c for part in sentence_parts(sentence.rstrip("。！？!? ")) for c in clauses(part) if c.strip()]
    keep, open_ = [], True
    for part in parts:
        result = bool(DIGIT.search(part) or RESULT_WORDS.search(part) or one_off(part))
        open_ = open_ and not result
        keep.append(not result and (open_ or bool(NAMED_PRACTICE.search(part))))
    for n in range(len(parts) - 1, -1, -1):  # a frame stays with the clause it frames
        if keep[n] and MEASURE_FRAME.match(parts[n].rstrip("，,；; ") + "，") and not (n + 1 < len(parts) and keep[n + 1]):
            keep[n] = False
    return [p.rstrip("，,；; ") for p, k in zip(parts, keep) if k]


def _plans_for_asks(index, suggestion: Suggestion, asks: list, words: list, plan_groups: list,
                    used: set[tuple[str, str]], done: list[Item], ws: Workspace, today: dt.date,
                    searched: list[list[Item]]) -> list[Item]:
    """Part two: the asks in their order, at most one plan each (of the newest plan year, the newest source's best plan
    found for the ask, else one of the topic's newest plans with sentences serving it), as an item answering
    that ask. It keeps only its sentences — and their ``；``-parts — serving the ask, none
    offered in part one already, none of a past year's targets (:func:`still_ahead`), none a
    later source reports done (DONE_SINCE, against the done facts answering the asks), of an
    earlier year's plan only its standing measures when it has any (:func:`standing`) — at most
    MAX_PLAN_SENTENCES, of an earlier year's plan EARLIER_PLAN_SENTENCES, those densest in the ask's
    words; its lead phrase when that says what the kept sentences do, else
    the ask's own phrase. A plan whose lead phrase is about another ask is that ask's first: only
    once every ask has had its own may it serve this one, and only strictly (MIN_ASK_SHARED of its
    words, no other ask's more: then the ask's phrase leads, never that other lead). An ask the
    base has no plan for gets none (its placeholder): a plan that serves no ask is not offered."""
    offered: dict[str, tuple[Fact, bool]] = {}  # a plan found for several asks weighed once (its fact: a successor's is another)

    def offerable(plan: Item) -> bool:
        held = offered.get(plan.fact.id)
        if held is None or held[0] is not plan.fact:
            held = offered[plan.fact.id] = (plan.fact, _offerable(plan, ws, suggestion.co_handlers, today))
        return held[1]

    topic = [p for p in _newest_plans(relevant_items(index, topic_query(suggestion.title, ws), ws, today, (PLAN,),
                                                ws.jurisdiction_names()), limit=None) if offerable(p)]
    # those each ask's own search found beyond the topic's (a measure on the ask under a plan led by
    # another matter, 在做优科技政策上下功夫…推行高层次人才“预认定”), strictly serving it
    topic_ids = {p.fact.id for p in topic}
    extra = [_newest_plans([p for p in hits if p.fact.id not in topic_ids and offerable(p)], limit=None) for hits in searched]
    taken = set(used)
    matter = shared_matter(asks, phrases=True)  # a plan on 鱼丸、佛跳墙 serves no ask headed 深远海养殖 (rv46, 福州)
    reported = [(issued(i.source), s) for i in {i.fact.id: i for i in done}.values()
                for s in split_sentences(i.fact.text)]
    later: dict[str, list[str]] = {}  # a plan's issue date → what sources issued after it report

    def since(plan: Item) -> list[str]:
        when = source_date(plan)
        if when not in later:
            later[when] = [s for date, s in reported if date > when]
        return later[when]

    owned: dict[str, list] = {}

    def theirs(plan: Item, sentences: list[str]) -> list:
        """Per sentence of the plan, the co-handler whose plan it is (:func:`handlers`), or None."""
        if plan.fact.id not in owned:
            owned[plan.fact.id] = (handlers(plan.fact, sentences, suggestion.co_handlers, ws, index)
                                   if suggestion.co_handlers else [None] * len(sentences))
        return owned[plan.fact.id]

    def offer(k: int, leads_elsewhere: bool) -> Item | None:
        """Ask k's plan, or None. Without ``leads_elsewhere``: the ask's own plans, then the topic's
        strictly serving it, none led by another ask's matter (that ask's while it may take it);
        with it (once every ask has had its own), only the topic's plans led by another ask's
        matter, strictly: the others were tried already, and fewer sentences are left to them now."""
        ask, own, group = asks[k], words[k], plan_groups[k]
        key = own & bigrams(ask.phrase)
        candidates = [(p, MIN_ASK_SHARED, True) for p in topic + extra[k]]  # the topic's, then the ask's search's
        if not leads_elsewhere:
            mine = [p for p in group if offerable(p)]
            mine_ids = {p.fact.id for p in mine}
            mine += [p for p in topic if p.fact.id not in mine_ids and _led_by(p, k, asks, words)]  # its lead names this ask
            own_plans = sorted(mine, key=plan_order, reverse=True)  # this year's first, each by rank
            candidates = [(p, 1, False) for p in own_plans] + candidates
        candidates.sort(key=lambda c: c[0].year or 0, reverse=True)  # a plan for this year first: last year's is at most to verify
        for plan, minimum, exclusive in candidates:
            sentences = fact_sentences(plan.fact)
            lead = has_lead(sentences)
            about = [len(w & bigrams(sentences[0])) for w in words] if lead else []
            elsewhere = lead and about[k] < max(about)  # its lead phrase names another ask's matter
            if elsewhere != leads_elsewhere:
                continue
            body: list[tuple[str, str]] = []
            owners = theirs(plan, sentences)
            for n, sentence in enumerate(sentences[1:] if lead else sentences, 1 if lead else 0):
                if (plan.fact.id, sentence) in taken or repeats(sentence, since(plan), DONE_SINCE) or owners[n]:
                    continue  # a co-handler's plan is never the bureau's (its own item: _plans_for_sections)
                part = serving_parts(sentence, k, words, minimum, key, exclusive)
                if (plan.fact.id, part) in taken:
                    continue  # another ask's part of the sentence is left to that ask
                said = still_ahead(part, plan, today)
                said = said and standing(sentence, plan, today, said)
                said = said if not matter or matter & bigrams(said) else ""  # (off the matter every ask says)
                if said:
                    body.append((part, said))
            text = "".join(s for _, s in body)
            if not body or (earlier_year(plan, today) and not names_matter(text, key, ws)):
                continue  # last year's plan to confirm says what the ask is about, not the bureau's field only
            if not says_asked_of(text, ask):
                continue  # (公墓建设资金 under 明确农村公益性公墓的安葬范围: the thing's, not what is asked of it, hd55a)
            if not says_thing(text, ask):
                continue  # (县城公厕建设 under 加快推进县城老旧小区改造: its place and verbs, not its thing)
            most = EARLIER_PLAN_SENTENCES if earlier_year(plan, today) else MAX_PLAN_SENTENCES
            if len(body) > most:  # the ones densest in the ask's words, in their order
                best = sorted(body, key=lambda b: -len(own & bigrams(b[1])) / len(b[1]))[:most]
                body = [b for b in body if b in best]
            said = [s for _, s in body]
            offered = plan.fact.id in {fid for fid, _ in used}  # its lead already heads a part-one item
            # (the lone ask, to put its matter into a plan, is no step of the bureau's to lead the plan with, the lead-in saying its
            # matter: its own lead or none, hd70b; among several asks its words tell which the item answers, hd6)
            head = (own_lead(plan, today)(sentences[0]) if lead and not offered and not elsewhere
                    and _says(sentences[0], said, own) else None if len(asks) == 1 and put_in(ask.phrase) else ahead(ask.phrase, ws))
            taken.update((plan.fact.id, s) for s, _ in body)
            return replace(plan, sentences=[head, *said] if head else said, ask=k, verify=False, outdated={})
        return None

    chosen: dict[int, Item] = {}
    for leads_elsewhere in (False, True):  # first every ask its own plans, then what is left
        for k in range(len(asks)):
            if k not in chosen:
                found = offer(k, leads_elsewhere)
                if found is not None:
                    chosen[k] = found
    plans = []
    for k in sorted(chosen):
        older = [p for p in plan_groups[k] if offerable(p)] + topic + extra[k]
        target = running_target(chosen[k], older, k, words, ws, today,
                                lambda p, t: (p.fact.id, t) in taken or repeats(t, since(p), DONE_SINCE))
        if target is not None:
            taken.add((target.fact.id, target.sentences[0]))
        plans += [chosen[k], *[target] * (target is not None)]
    return plans


def running_target(newest: Item, plans: list[Item], k: int, words: list, ws: Workspace, today: dt.date,
                   said) -> Item | None:
    """Beside ask k's ``newest`` plan naming no target figure, an older plan's target on the ask not yet reached (its year
    aimed at not before ``today``'s, :func:`_target_ahead`) — one multi-year plan's figures the year's plan leaves unsaid: hd45b's
    2024 plan (以…村庄绿化…为重点，科学开展植树造林) alone, while a page of 2022 set 力争到2025年底…村庄绿化率达到35%以上. Of
    ``plans`` made before the newest (:func:`made_year`), its sentence part serving the ask (:func:`serving_parts`) stating a
    figure and densest in the ask's words, not ``said`` (a plan and a sentence → whether part one or another item says
    it), as a plan item of the year it was made, dated with its plan (按照…，): part two offers it to confirm. None when
    the newest names a target figure or no older plan holds one."""
    if any(states_figure(s) for s in newest.sentences[1:]):
        return None
    key = words[k] & bigrams(newest.sentences[0])
    found = []
    for plan in {p.fact.id: p for p in plans}.values():
        made = made_year(plan.fact, plan.source)
        if made is None or newest.year is None or made >= newest.year:
            continue
        doc_year = plan.source.document_year() if plan.source else None
        for sentence in fact_sentences(plan.fact):
            part = "".join(own_opening([serving_parts(sentence, k, words)]))
            if part and states_figure(part) and _target_ahead(part, doc_year, today) and names_matter(part, key, ws) \
                    and not said(plan, part):
                found.append((plan, made, part))
    if not found:
        return None
    plan, made, part = max(found, key=lambda f: len(words[k] & bigrams(f[2])) / len(f[2]))  # (densest in the ask's words)
    return replace(plan, sentences=[f"按照{plan_named(plan.source, made)}，{part}"], ask=k, year=made, verify=False,
                   outdated={}, running=True)


def plan_named(source: SourceMeta | None, made: int) -> str:
    """How an older plan's target is dated in part two: the plan document by its title (《…规划》), else the year it was set
    (2022年确定的目标: a news page's headline names no plan, nor a reply's title its 会办意见, rv14 11)."""
    title = (source.title or "") if source else ""
    return f"《{title}》" if title and PLAN_DOCUMENT_TITLE.search(title) and source.kind not in (NEWS, REPLY) else f"{made}年确定的目标"


# A plan document's title: what it names itself (…规划, …实施方案, …行动计划, …工作要点, …意见) — not structure.PLAN_TITLE, a report
# of work to come.
PLAN_DOCUMENT_TITLE = lazy(r"(?:规划|方案|计划|纲要|要点|意见)$")


def _led_by(plan: Item, k: int, asks: list, words: list) -> bool:
    """True when the plan's lead phrase names ask k's matter — the own words of the ask's phrase,
    what it is about — more than any other ask's (``支持建设高能级创新平台``: the 建设高能级创新平台
    ask's): the plan is that ask's whatever else it mentions."""
    sentences = fact_sentences(plan.fact)
    if not has_lead(sentences):
        return False
    about = _phrases_named(sentences[0], asks, words)
    return about[k] > 0 and all(a < about[k] for j, a in enumerate(about) if j != k)


def _phrases_named(text: str, asks: list, words: list) -> list[int]:
    """Per ask, how many own words of its phrase (what it is about) ``text`` says."""
    grams = bigrams(text)
    return [len(w & bigrams(a.phrase) & grams) for a, w in zip(asks, words)]


# --- part two of a draft without text: each section's next steps ---------------------------------------

SECTION_HEAD_SHARE = 0.25  # the share (by weight) of a section heading's words a plan sentence must say…
SECTION_ITEM_WEIGHT = 5.0  # …and the weight of its items' own words (−log of their share of the facts),
SECTION_ONE_WORD = 20.0  # this much of them when it says one word of the heading only
SECTION_HEAD_MOST = 0.5  # none of them when it says this share of the heading's words, two at least


def _plans_for_sections(index, query: str, sections: list[Section], co_handlers: list[str], ws: Workspace,
                        today: dt.date, topic_plans: list[Item], matter: list | None = None,
                        parts_only: bool = False) -> list[Item]:
    """Part two of a draft without text: an item for each section of part one, made of the base's
    plan sentences on that section's matter (:func:`_on_section`), sentence by sentence (a ``；``-part
    of a sentence listing several measures is one): never a whole plan paragraph listing unrelated
    things. A sentence goes to the one section whose matter it says best; the section takes them
    from the newest plan holding any (that plan alone: one source, one earlier-plan mark), at most
    MAX_PLAN_SENTENCES (its first; of an earlier year's plan EARLIER_PLAN_SENTENCES, the one saying most
    of the matter), led by its heading said as a next step (:func:`next_step`; the plan's own lead
    when the heading is no verb phrase). As in a draft with text, an earlier year's plan offers only
    its standing measures without that year's targets (:func:`standing`, :func:`still_ahead`), and
    none a later source reports done. A plan sentence that is a co-handler's work (:func:`handlers`:
    credited to it, or with the unit as its subject) on the matter of a section, or of the title
    (``matter``, :func:`title_matter`), goes to that unit's item instead (:attr:`Item.part`), never
    the bureau's. ``topic_plans`` (the topic's plans as a whole, :func:`select_facts`) none of whose
    facts an item took stay after them, as before. ``parts_only``: the co-handlers' items alone (a draft with text offers
    the bureau's plans ask by ask): the bureau's sentences are not placed, and the sections' matters are worked out only
    for a co-handler's sentence."""
    own = [(j, s) for j, s in enumerate(sections) if s.heading and s.items and not s.gap]
    if not own:
        return topic_plans
    share = word_share(index)
    if share is None:
        return topic_plans
    candidates: dict[str, Item] = {}
    for text in [query, *(s.heading for _, s in own)]:
        for plan in _bureau_plans(index, topic_query(text, ws), ws, today):
            if not plan.stale and not is_lead_in(plan.fact.text) and not answers_reader(plan.fact.text):
                candidates.setdefault(plan.fact.id, plan)
    matters: dict[int, tuple[str, dict[str, float], dict[str, float]]] = {}  # (:func:`_section_matter`) when first needed

    def known_matters() -> dict[int, tuple[str, dict[str, float], dict[str, float]]]:
        if not matters:
            matters.update((j, _section_matter(s, ws, index, share)) for j, s in own)
        return matters

    done = [(issued(i.source), t) for s in sections for i in s.items for t in split_sentences(i.fact.text)]
    offers: dict[tuple[int | None, str | None], list[tuple[tuple[str, float], Item, list[str]]]] = {}
    homes: dict[tuple[None, str], int | None] = {}
    for plan in _newest_plans(list(candidates.values()), limit=None):
        sentences = fact_sentences(plan.fact)
        lead = has_lead(sentences)
        owners = handlers(plan.fact, sentences, co_handlers, ws, index) if co_handlers else [None] * len(sentences)
        later = [t for when, t in done if when > source_date(plan)]
        found: dict[tuple[int | None, str | None], list[tuple[float, str]]] = {}
        for n, sentence in enumerate(sentences[1:] if lead else sentences, 1 if lead else 0):
            if (parts_only and not owners[n]) or repeats(sentence, later, DONE_SINCE):
                continue
            for part in (p for p in sentence_parts(sentence) if p.strip("；;。 ")):
                home, score = _on_section(part, known_matters())
                unit = owners[n]
                if home is None and not (unit and matter and on_matter(part, matter)):
                    continue
                if home is not None and not unit:  # of a part listing several measures, none of another matter or far from its own
                    part = measures_on(part, home, lambda c: {_on_section(c, matters)[0]} - {None},
                                       lambda c, home=home: _on_section(c, matters)[0] in (home, None)
                                       and _heading_share(c, matters[home]) > 0) or part
                said = still_ahead(part.rstrip("；;。，, ") + "。", plan, today)
                said = said and standing(sentence, plan, today, said)
                if said and home is not None and not unit and _on_section(said, matters)[0] != home:
                    continue  # what is left once last year's one-offs go no longer says the section's matter
                if said:
                    found.setdefault((None if unit else home, unit), []).append((score, said))
                    homes.setdefault((None, unit), home)  # where a unit's plan answers, when on a section
        for key, said in found.items():  # newest plan first; of one date's, the one saying most of the matter
            offers.setdefault(key, []).append(((plan_order(plan), sum(sc for sc, _ in said)), plan, said))
    taken: dict[tuple[int | None, str | None], Item] = {}
    for key, options in offers.items():
        _rank, plan, said = max(options, key=lambda o: o[0])
        j, unit = key
        sentences = fact_sentences(plan.fact)
        head = next_step(sections[j].heading) if j is not None else None
        if head is None and unit is None and has_lead(sentences):  # a unit's plan opens with the unit
            head = own_lead(plan, today)(sentences[0])
        # this year's plan its first sentences, an earlier year's the one saying most of the matter
        kept = sorted(said, key=lambda b: -b[0])[:EARLIER_PLAN_SENTENCES] if earlier_year(plan, today) else said
        body = without_head([t for b in said if b in kept for t in [b[1]]][:MAX_PLAN_SENTENCES], head)
        if j is not None and head:  # (the heading in the bureau's own words, as part one says it: one ask, one wording, hd59a)
            head = ws.in_own_words(head)
        taken[key] = replace(plan, sentences=[head, *body] if head else body, part=unit, ask=None, verify=False,
                             section=homes.get(key) if unit else j, outdated={})
    chosen = [taken[k] for k in sorted((k for k in taken if k[0] is not None), key=lambda k: k[0])]
    chosen += [taken[k] for k in taken if k[0] is None]
    used = {p.fact.id for p in chosen}
    bare = [j for j, _ in own if all(p.section != j for p in chosen)]  # the sections no plan answers yet
    return chosen + [_joined(p, sections, bare, known_matters(), ws) for p in topic_plans if p.fact.id not in used]


def _joined(plan: Item, sections: list[Section], bare: list[int], matters: dict, ws: Workspace) -> Item:
    """A topic plan no section took (:func:`_plans_for_sections`), made the plan of the first section of ``bare``
    (those no plan answers) whose heading its measures say (SECTION_HEAD_SHARE of its words, by weight): cut to
    those measures (:func:`measures_on`; a sentence not told apart by its clauses, whole when it says it), led by the heading said as a next step; else the plan as it is (after
    the sections' items). Never the section's placeholder beside the plan on its very matter."""
    lead = has_lead(plan.sentences or [])
    body = (plan.sentences or [])[1 if lead else 0:]
    for j in bare:
        def says(text: str, j: int = j) -> bool:
            return _heading_share(text, matters[j]) >= SECTION_HEAD_SHARE
        cuts = [(s, measures_on(s, j, lambda c: {i for i in bare if _heading_share(c, matters[i]) >= SECTION_HEAD_SHARE}, says))
                for s in body]
        said = [s if cut is None and says(s) else cut for s, cut in cuts]  # (a sentence not told apart by its clauses: whole)
        said = [t for t in said if t]
        if said:
            step = next_step(sections[j].heading)
            head = step or (plan.sentences[0] if lead else None)
            said = without_head(said, head)
            head = ws.in_own_words(step) if step else head  # (in the bureau's own words, as part one's heading)
            return replace(plan, sentences=[head, *said] if head else said, section=j)
    return plan


CARRYING_ON_OPENING = lazy(rf"^(?:{alternation(CARRYING_ON)})")


def without_head(body: list[str], head: str | None) -> list[str]:
    """A plan's sentences under the lead ``head`` (持续强化人才链对创新链的支撑作用。), the lead said once: a clause of the
    first that says its phrase again dropped (强化人才链对创新链的支撑作用，推行… → 推行…; 2026年，我委将继续完善技术转移服务体系，
    培育技术经理人队伍。 → 2026年，我委将继续培育技术经理人队伍。, the subject's will going on to the next clause), the
    sentence itself when that leaves it no measure (2026年，我委将继续加强科普人才队伍建设。 under 加强科普人才队伍建设。)."""
    if not head or not body:
        return body
    phrase = CARRYING_ON_OPENING.sub("", head.rstrip("。"))
    parts = clauses(body[0].rstrip("。；; "))
    for n, part in enumerate(parts):
        will = PLAN_WILL.match(part)
        if not part[will.end() if will else 0:].rstrip("，, ").endswith(phrase):
            continue
        rest = parts[n + 1:]
        if not rest:
            return body[1:]
        if will and not PLAN_WILL.match(rest[0]):
            rest[0] = will.group() + rest[0]
        return ["".join(parts[:n] + rest) + "。", *body[1:]]
    return body


def _section_matter(section: Section, ws: Workspace, index, share) -> tuple[str, dict[str, float], dict[str, float]]:
    """What a section of part one is about: its heading, its words (those of a title's matter,
    :func:`title_matter`, else its bigrams the base does not say everywhere) and its items' own
    words, each weighed by how rare it is in the base."""
    def weighed(text: str) -> dict[str, float]:
        return {g: -math.log(held) for g in bigrams(text) - GENERIC
                if is_cjk(g) and not FUNCTION_CHARS & set(g) and 0 < (held := share(g)) <= COMMON_SHARE}

    heading = {}
    for _clause, words in title_matter(section.heading or "", ws, index):
        heading.update(words)
    heading = {g: w for g, w in heading.items() if w > 0} or weighed(section.heading or "")
    items = {g: w for g, w in weighed(said_by(section.items)).items() if g not in heading}
    return section.heading or "", heading, items


def _on_section(text: str, matters: dict[int, tuple[str, dict[str, float], dict[str, float]]]) -> tuple[int | None, float]:
    """The section (its index) whose matter ``text`` (a plan sentence) says, and how well (the share
    of its heading's words by weight, times one more than the weight of its items' own words it says),
    or (None, 0) when it says no section's. It says a section's matter when it says SECTION_HEAD_SHARE
    of its heading's words by weight, backed by its items' own words: SECTION_ONE_WORD of them when it
    says one word of the heading (a run of its bigrams, 成果转化 one word: 整合 of 加快整合提升科技平台
    in 增强科技创新资源整合能力 is no platform), SECTION_ITEM_WEIGHT when two, none when three or
    SECTION_HEAD_MOST of the heading (中试、验证平台 under 加快中试验证发展). Of several sections, the one
    whose heading's own words — those no other heading says (人才 of 加强智能制造创新人才引育 beside
    推进智能制造创新平台建设) — it says most, then the better said."""
    grams = bigrams(text)
    counts: dict[str, int] = {}
    for _title, heading, _items in matters.values():
        for g in heading:
            counts[g] = counts.get(g, 0) + 1
    best: tuple[float, float] = (0.0, 0.0)
    home = None
    for j, (title, heading, items) in matters.items():
        said = _heading_share(text, matters[j])
        if said < SECTION_HEAD_SHARE:
            continue  # (before its items' words are weighed: most sections' headings a sentence does not say)
        backed = sum(w for g, w in items.items() if g in grams)
        n = _runs(title, {g for g in heading if g in grams})
        needed = (SECTION_ONE_WORD if n < 2 else 0.0 if n >= 3 or said >= SECTION_HEAD_MOST
                  else SECTION_ITEM_WEIGHT)
        if backed < needed:
            continue
        rank = (sum(w for g, w in heading.items() if g in grams and counts[g] == 1), said * (1 + backed))
        if rank > best:
            best, home = rank, j
    return home, best[1]


def _heading_share(text: str, matter: tuple[str, dict[str, float], dict[str, float]]) -> float:
    """The share (by weight) of a section heading's words (its ``matter``: :func:`_section_matter`) ``text`` says."""
    _title, heading, _items = matter
    total = sum(heading.values())
    grams = bigrams(text)
    return sum(w for g, w in heading.items() if g in grams) / total if total else 0.0


def _runs(text: str, said: set[str]) -> int:
    """How many words of ``text`` the bigrams ``said`` make: runs of them in a row."""
    found = [text[k:k + 2] in said for k in range(len(text) - 1)]
    return sum(1 for k, here in enumerate(found) if here and (k == 0 or not found[k - 1]))


# The verbs of making better, whose next step goes further (进一步完善…); the others' goes on (持续推进…).
FURTHER_VERBS = ("完善", "优化", "健全", "深化", "提升", "提高", "加大", "扩大", "增强")


def next_step(heading: str | None) -> str | None:
    """A part-one heading said as a next step, the lead of its part-two item: a verb phrase as it goes
    on (``大力培育科技创新主体`` → ``持续培育科技创新主体。``, ``完善…机制`` → ``进一步完善…机制。``; one
    saying so already as it is); a heading stating a thing made better says what is done to it
    (``科技成果转化服务体系日益完善`` → ``进一步完善科技成果转化服务体系。``); None for another heading
    that is no verb phrase (``科技金融成效显著``)."""
    if not heading:
        return None
    phrase, bare = _step_phrase(heading)
    if phrase.startswith(CARRYING_ON):
        return f"{phrase}。"
    if not bare.startswith((*ASK_VERBS, *ONGOING_STEP_VERBS)):
        # a result said of a thing: what is done to it goes on (its verb, last, looked for first)
        result = phrase.rstrip("\n").endswith(FURTHER_VERBS) and RESULT_HEADING.match(phrase)
        if not result or _RESULT_WORDS.search(result.group("thing")):
            return None  # two verbs of making better (不断优化提升): no one thing to carry on
        bare = result.group("verb") + result.group("thing")
    return f"{improved(bare) or ('进一步' if bare.startswith(FURTHER_VERBS) else '持续') + bare}。"


# A verb phrase whose verb follows what it acts on or towards (将…纳入…计划, 把…列入…, 向上级部门争取…).
DISPOSING = lazy(r"^(?:[将把][^，。；]{2,30}?(?:纳入|列入|作为|建成|改造为)|向[^，。；]{2,12}?(?:争取|申请|汇报|反映))")
# Where or for what a step is taken, said before its verb (在各乡镇、行政村规划建设…: hd7; 为古树名木统一设立铭牌…:
# hd9): the step is the verb's.
_WHERE_FIRST = lazy(rf"^[在为][^，。；]{{1,15}}?(?:统一)?(?={alternation((*ASK_VERBS, *STEP_VERBS, '设立'))})")


def first_step(heading: str | None) -> str | None:
    """A part-one heading the bureau reports nothing under said as a next step of its own, as it is
    (``建立健全学生视力筛查和建档制度。``, ``将…卫生室纳入…计划。``, ``向上级部门争取…``: no 持续 of work not reported); None for a heading
    that is no verb phrase."""
    phrase, bare = _step_phrase(heading or "")
    bare = _WHERE_FIRST.sub("", bare)
    return f"{phrase}。" if phrase and (bare.startswith((*ASK_VERBS, *STEP_VERBS)) or DISPOSING.match(bare)) else None


SOLVING = ("解决", "破解", "化解", "缓解", "着力解决")
# A phrase opening on a verb of solving after its manner words (:data:`MANNER`) and up to one more verb (加快解决…, 协调解决…,
# 帮助化解…): a step of its own, no 着力解决 before it (着力解决下大力气解决市容秩序突出问题, hd38b).
_SOLVING_OPENS = lazy(rf"^(?:[\u4e00-\u9fff]{{2}})?(?:{alternation(SOLVING)})")


def solving_step(heading: str | None) -> str | None:
    """A heading naming a problem said as the step of solving it (``内垸外排能力不足、垸内水系不畅等问题`` →
    ``着力解决内垸外排能力不足、垸内水系不畅等问题。``), or as it is when it opens on solving it (:data:`_SOLVING_OPENS`:
    ``下大力气解决市容秩序突出问题。``); None for another heading."""
    phrase, bare = _step_phrase(heading or "")
    said = (heading or "").strip().rstrip(TRAILING_PUNCT)
    said = said[said.find(phrase):] if phrase and phrase in said else ""  # (its frame aside, its 问题 kept: unframed_topic cuts it)
    if not PROBLEM_PHRASE.search(said):
        return None
    return f"{said}。" if _SOLVING_OPENS.match(bare) else f"着力解决{said}。"


# The verbs a phrase may be alone (深入实施, 持续推进: its manner words aside, no object).
_ALONE_VERBS = frozenset((*WORK_VERBS, *STEP_VERBS, *ASK_VERBS))


def bare_verb(phrase: str) -> bool:
    """True when ``phrase`` is a verb of work alone, its manner words aside (``深入实施``, ``持续推进``): what it acts on unsaid, no
    heading nor step of its own — a news subhead's first clause cut from the result it leads to (深入实施，重点项目建设取得新成效, hd65c)."""
    return MANNER.sub("", phrase.strip().rstrip(TRAILING_PUNCT)) in _ALONE_VERBS


def _step_phrase(heading: str) -> tuple[str, str]:
    """A heading as a step's phrase (its frame and closing stop dropped), and that phrase without its manner
    words (大力…, 积极…), which opens on its verb when it is a verb phrase; both empty for a verb alone (:func:`bare_verb`:
    no 持续实施。 of 深入实施, hd65c)."""
    phrase = unframed_topic(heading.strip().rstrip(TRAILING_PUNCT))
    return ("", "") if bare_verb(phrase) else (phrase, MANNER.sub("", phrase))


# A heading stating a result of a thing (科技成果转化服务体系日益完善, …政策环境持续优化): the thing, how
# it went on, the verb of making it better.
_HOW_IT_WENT = "日益|日趋|持续|不断|逐步|稳步|进一步|显著|明显|全面|逐年|大幅|有效|快速"
_RESULT_WORDS = lazy(rf"{_HOW_IT_WENT}|{alternation(FURTHER_VERBS)}")
RESULT_HEADING = lazy(rf"^(?P<thing>[\u4e00-\u9fff“”]{{2,}}?)(?:{_HOW_IT_WENT})?"
                      rf"(?P<verb>{alternation(FURTHER_VERBS)})$")
# Verbs of a result that grew or went on (科技人才数量逐年增加, 产业规模持续壮大): with FURTHER_VERBS, what a heading
# stating a result ends on after how it went (RESULT_STATED: the part a next step is not about), or what it reached (重点项目建设
# 取得新成效, 乡村旅游发展呈现新格局: a news subhead's, hd65c).
GROWTH_VERBS = ("增加", "增长", "壮大", "推进", "加强", "改善", "落实", "见效", "突破", "发展")
_REACHED = r"(?:取得|呈现|实现|迈上|展现)了?(?:新|明显|显著|积极|重大|良好)?的?(?:成效|进展|成果|格局|突破|台阶|面貌)"
RESULT_STATED = lazy(rf"(?<=[\u4e00-\u9fff]{{2}})(?:(?:{_HOW_IT_WENT})(?:{alternation((*FURTHER_VERBS, *GROWTH_VERBS))})|{_REACHED})$")


# What a selection says of the asks the base has no work or no plan on (before the asks' list).
WORK_GAP_WARNING = "事实库中没有以下建议事项的近年工作事实，已留待补充项："
# A placeholder's ask on which the base holds recent work not drafted (its comment quotes it): no "nothing" (hd33b).
UNDRAFTED_WARNING = "以下建议事项在事实库中有近年的相关工作材料，未能直接写入，已留待补充项（材料见批注）："
# A placeholder whose comment names what the base holds on its ask — older work, background, plans — but no recent result: not
# "nothing" beside a comment naming a source on it (hd45b: 没有…近年工作事实 beside 已收集的材料中，…（2022-06-06）涉及该主题).
NOTED_GAP_WARNING = "以下建议事项在事实库中只有较早年份、背景或计划方面的材料，没有近年的工作成效，已留待补充项（材料见批注）："
ELSEWHERE_WARNING = "以下建议事项的有关情况已写在其他事项下（见批注），本项留待补充："
PLAN_GAP_WARNING = "事实库中没有以下建议事项的工作计划，下一步部分的相应各项只写了标题或续行第一部分所述，请补写或核实："
OTHERS_PLAN_WARNING = "下一步工作计划未列以下建议事项（属其他单位职责，第一部分已留待补充项），本单位有相关举措的请补写："


def _offerable(plan: Item, ws: Workspace, co: list[str], today: dt.date) -> bool:
    """A plan of one matter (no lead-in), the bureau's own or a co-handler's (``co``), a next step it may offer (:func:`_may_offer`)."""
    return not is_lead_in(plan.fact.text) and not others_plan(plan, ws, co) and _may_offer(plan, ws, today)


def _old_plan(found: list[Item], ask, words: frozenset[str], ws: Workspace, co: list[str],
              today: dt.date, offered: set[str] | frozenset[str] = frozenset()) -> tuple[Item, str] | None:
    """The newest plan among an ``ask``'s ``found`` facts not offered as its next step — too old to (stale), or of the reply's
    year or the year before yet serving none of the ask's measures, none ``offered`` for another ask —, the bureau's own and of
    its place, none borrowed or a lead-in, naming the ask's thing (:func:`names_thing`: not 集中攻坚项目建设 under 争取项目资金 for
    its 项目, hd56b), and its ``；``-part naming most of the thing, then saying most of the ask's ``words``, its list's members
    off the thing left out (:func:`~.sentences.on_topic_members`: 新增2家社区长者食堂 of 改建…床位280张，新增2个社区综合为老服务中心、
    2家社区长者食堂…): for the clerk to confirm in the placeholder's comment, never "no plan" (hd54c: the bureau's 2021 reply's
    继续向上级部门申报，争取有关资金、项目支持 under a C-class road ask, its comment saying the base held no plan; hd70c: the 区民政局's own 2025年工作要点 naming
    新增…2家社区长者食堂 under an ask on the 社区食堂's 规划布局)."""
    thing = comment_thing(ask, words)
    plans = [p for p in found if p.year and p.fact.kind == PLAN and p.fact.id not in offered and own_jurisdiction(p, ws)
             and bureau_said(p, ws) and _offerable(p, ws, co, today)]
    # (one of now naming two of the thing's words: one alone, 社区 of …推进老年认知障碍友好社区试点, is where, not what)
    old = names_thing([p for p in plans if p.stale], thing, least=1) + names_thing(
        [p for p in plans if not p.stale and p.year >= today.year - 1], thing)
    if not old:
        return None
    plan = max(old, key=source_date)
    parts = [p.strip().rstrip("；;，, ") for t in fact_sentences(plan.fact) for p in sentence_parts(t)
             if p.strip("；;。 ") and not WORK_EFFECT.search(p)]  # (a work's effect is no plan, hd72a)
    if not parts:
        return None
    said = on_topic_members(max(parts, key=lambda t: (_thing_words(t, thing), len(words & bigrams(t)))),
                            _on_ask(ask.text, thing, ask.equivalents))
    return plan, said if said.endswith(("。", "！", "？")) else said + "。"


def _plan_gaps(asks: list, plans: list[Item], sections: list[Section], title: str, ws: Workspace) -> dict[int, str]:
    """Part two's placeholder for each ask the base holds no plan for (ask index → text): part two
    has an item for each of part one's sections the bureau answers, as its closing (按上述举措抓好落实)
    says. An ask another unit answers in part one — a co-handler whose field it is in, the unit part
    one's placeholder asks for the whole ask (:attr:`Section.owner`), or the co-handler whose work answers
    it (:attr:`Section.part`) — gets none: part two writes no unit's next steps the base does not hold
    (a clerk found such an item dropped from the real reply; the unit's plan from the base is its own
    item) — but an ask naming a co-handler's site (:attr:`Section.at_site`), which the bureau works on with it, and one the base
    names another unit doing (:attr:`Section.inferred`: a guess, not the workspace's word), and one in the field of a unit that does
    not co-handle that part one found facts on (:attr:`Section.consulted_on_work`: 尽快将刘升镇东西河道治理纳入市河道治理
    项目库, 市水利局's 河道治理, hd71b), whose item is a mark naming that unit (【待补充：…方面的下一步举措（可商请市公交总公司提供）】,
    hd67a), never the ask as the bureau's step. Nor does an ask only for information (:attr:`~.asks.Ask.informing`: 摸清…现状):
    part one answers it (hd62a)."""
    gaps = {}
    for k, (ask, section) in enumerate(zip(asks, sections)):
        if ask.informing or any(p.ask == k for p in plans):
            continue
        if section.part or (section.theirs and not section.inferred and (not section.items or section.co_handles)):
            continue
        # (a unit the base names doing it, or whose field it is: a mark naming it, never the bureau's step, hd67a, hd71b)
        gaps[k] = placeholder_text(_steps_owed(ask, title, ws) + (f"（可商请{section.owner}提供）" if section.theirs else ""))
    return gaps


# What the command says of an ask in the field of a unit drafter.yaml lists (other_fields), and of its next step where part one
# found facts on it (:attr:`Section.consulted_on_work`).
FIELD_SAID = "属{unit}的职责范围（按本局设置的其他单位职责名单）"
FIELD_PLAN_SAID = "下一步部分未写本单位的举措，" + CONSULT_SAID + "其下一步安排"
# What the command, a placeholder's comment and part two's mark say of an ask the base names another unit doing
# (:func:`~.remit.named_doer`).
NOT_OWN = "可能不属本单位职责"
DOER_SAID = "在已收集的材料中由{unit}承担，" + NOT_OWN
DOER_NOTE = "{source}写明此事由{unit}承担（“{said}”），" + NOT_OWN + "：可商请{unit}提供情况后改写；本单位配合开展了工作的，写明配合情况"


def _searched(index, query: str, ws: Workspace, today: dt.date) -> list[Fact]:
    """The facts of the bureau's own place known on ``today`` that the index finds for ``query``, whatever their age: who does
    a matter is told by old material too."""
    return [f for f, _ in index.search(query, limit=SEARCH_LIMIT, kinds=(DONE, PLAN, CONTEXT))
            if not f.external and f.jurisdiction in (None, *ws.jurisdiction_names()) and _known(f, index, today)]


def _doer_note(unit: str, facts: list[Fact], note: str | None, index) -> str:
    """A placeholder's comment (``note``, else :data:`NO_OWN_WORK`) with what the base says of ``unit`` doing its matter
    (:data:`DOER_NOTE`): the first of ``facts``' sentence naming it, and its source."""
    fact = facts[0]
    source = index.source_of(fact)
    said = next((s for s in split_sentences(fact.text) if unit[1:] in s), fact.text).rstrip("。")
    named = _dated_label(source.label(), issued(source)) if source else "已收集的材料"
    return f"{note or NO_OWN_WORK}；{DOER_NOTE.format(source=named, unit=unit, said=said)}"


def _co_plan_gaps(asks: list, plans: list[Item], sections: list[Section], title: str, ws: Workspace) -> dict[int, str]:
    """What part two asks of each co-handler answering an ask in part one (:attr:`Section.part`, :attr:`Section.asked`)
    the base holds no plan on (ask index → 【待市市场监管局提供：…方面的下一步举措】): no item (:func:`_plan_gaps`: the real
    reply's part two has none), but no silent gap either — a comment on part two's lead-in opens on it; none on an ask only for
    information (:attr:`~.asks.Ask.informing`), which part one answers."""
    gaps = {}
    for k, (ask, section) in enumerate(zip(asks, sections)):
        unit = section.part or section.asked
        if unit and not ask.informing and not section.at_site and not any(p.ask == k for p in plans):
            gaps[k] = provided_by(unit, _steps_owed(ask, title, ws))
    return gaps


def _steps_owed(ask, title: str, ws: Workspace) -> str:
    """What part two asks for on an ``ask`` it has no plan for (the bureau's placeholder, a co-handler's mark): the next steps
    on its matter (:func:`named_matter`, as an aspect: …方面的下一步举措)."""
    return f"{aspect(named_matter(ask.phrase, title, ws))}的{OWED_STEPS}"


def named_matter(phrase: str, title: str, ws: Workspace) -> str:
    """What an ask is about as a placeholder or a warning names it: its ``phrase``, else (no clause of it short enough
    to head a section) the ``title``'s matter — never nothing (hd39b: 【待补充：方面的下一步举措】, 提醒：…待补充项：) — its
    place in the bureau's own words, as the draft's heading on it says it (加强我市的…, not 加强珠海市的…, hd56c)."""
    return ws.in_own_words(phrase or matter_phrase(title))


def ahead(phrase: str, ws: Workspace, reported: bool = True) -> str:
    """An ask's phrase as the lead of its next step, not its part-one heading said again:
    ``加强科技创新人才引育`` → ``持续加强科技创新人才引育。``, without 持续 where part one reports no work on it
    (not ``reported``); a phrase framed as a topic (``关于建立…长效机制方面``) loses the frame first; its place in the
    bureau's own words, as part one's heading says it (:meth:`~drafter.workspace.Workspace.in_own_words`, hd59a)."""
    phrase = ws.in_own_words(unframed_topic(phrase))
    if phrase.startswith(CARRYING_ON) or not reported:
        return f"{phrase}。"
    return f"{improved(phrase) or '持续' + phrase}。"


# The verbs of setting a thing up once (建立…台账, 制定…办法): no work goes on doing them again.
SET_UP_VERBS = ("建立健全", "建立", "设立", "成立", "组建", "搭建", "创建", "制定", "出台", "编制")


def improved(phrase: str) -> str | None:
    """A verb phrase setting a thing up once (:data:`SET_UP_VERBS`) as the work going on once it is set up: 建立洗车场巡查台账
    → 持续完善洗车场巡查台账, not 持续建立… of a ledger already built (hd28b); None for another phrase."""
    founded = next((v for v in SET_UP_VERBS if phrase.startswith(v) and len(phrase) > len(v) + 1), None)
    return f"持续完善{phrase[len(founded):]}" if founded else None


ASPECT_FRAME = lazy(r"^关于|(?:的)?(?:方面|问题)$")


def unframed_topic(phrase: str) -> str:
    """An ask's phrase without the frame of a topic (``关于建立…长效机制方面`` → ``建立…长效机制``), the 问题 a
    verb takes kept: one of solving (:data:`SOLVING`: 协调解决…周边土地问题, not …周边土地。 of hd22c), or the verb a phrase
    opens on (:data:`~.asks.ASK_VERB`: 加强关注人民群众心理健康问题, as its heading says it, not …心理健康。 of hd56a); the
    phrase itself when nothing else is left."""
    unframed = phrase.removeprefix("关于")
    if unframed.endswith("问题") and (any(w in unframed for w in SOLVING) or ASK_VERB.match(unframed)):
        return unframed
    return ASPECT_FRAME.sub("", phrase) or phrase


def aspect(phrase: str) -> str:
    """``X方面`` for a placeholder, 方面 said once: a phrase saying it already is as it is (…等方面; an ask's clause
    …在创业门槛、资金支持、重点领域等方面给予扶持, no 给予扶持方面 after it: hd59a); a phrase stating a
    result (:data:`RESULT_STATED`: 科技人才数量逐年增加) by what it is about (科技人才数量方面)."""
    phrase = RESULT_STATED.sub("", phrase) or phrase
    return phrase if "方面" in phrase else f"{phrase}方面"


DONE_SINCE = 0.4  # a plan sentence this much said again by a later source's result was done


def issued(source: SourceMeta | None) -> str:
    """When a source was issued, sortable: its date, else its number's year (泉科函〔2026〕102号 →
    ``2026``), else ""."""
    if source is None:
        return ""
    if source.date:
        return source.date
    found = ISSUE_YEAR.search(source.number or "")
    return found.group(1) if found else ""


def _says(lead: str, body: list[str], own: frozenset[str]) -> bool:
    """True when a lead phrase names what its sentences do and what the ask is about (shares a
    word with them and one of the ask's own words, beyond the generic ones and a 在…上下功夫
    frame): ``在做优科技政策上下功夫`` over a talent sentence does not."""
    words = bigrams(_unframed(lead)) - GENERIC
    return bool(words & bigrams("".join(body))) and bool(words & own)


# A plan's lead framed as 在…上下功夫 / 在…上发力 / 以…为重点 (the source may have cut the 在).
PLAN_FRAME = lazy(r"^在?(?P<a>.+?)上(?:下功夫|发力|用力|求突破|见实效)$|^以?(?P<b>.+?)为重点$")


def heading_phrase(text: str) -> str:
    """An item's lead phrase in the one form every lead of a draft takes, a verb phrase: its
    在…上下功夫 frame dropped (``在提升成果转化服务能力上下功夫`` → ``提升成果转化服务能力。``), so
    it reads as the leads made from an ask's phrase (``持续加强科技创新人才引育。``) beside it."""
    return plan_lead(text)


def carried_lead(text: str) -> str:
    """The lead phrase of an earlier year's plan (:func:`heading_phrase`) said as this year's next step, as the
    leads beside it are (持续加强…。): as it goes on (:func:`next_step`: 进一步提升…。), else 继续 before a phrase
    framed where the work is done (继续在强主体上下功夫。), 持续 before another (持续引建科创平台。); one saying so
    already as it is."""
    phrase = heading_phrase(text)
    if phrase.startswith(CARRYING_ON):
        return phrase
    return next_step(phrase) or f"{'继续' if phrase.startswith(('在', '以')) else '持续'}{phrase}"


def own_lead(plan: Item, today: dt.date):
    """How a part-two item says its plan's own lead: :func:`carried_lead` for an earlier year's plan, else
    :func:`heading_phrase`."""
    return carried_lead if earlier_year(plan, today) else heading_phrase


def own_jurisdiction(item: Item, ws: Workspace) -> bool:
    """True when the item is of the bureau's own jurisdiction (a fact naming none is), not an
    area's under it (a district's)."""
    return item.fact.jurisdiction in (None, *ws.jurisdiction_names())


def placed_elsewhere(item: Item, ask_text: str, own: frozenset[str], areas: frozenset[str], ws: Workspace) -> bool:
    """True when the ask names one of the ``areas`` (梅州高新区 of 支持梅州高新区升级为国家高新区) and ``item``, neither of it nor
    naming it, is no answer there: its source's section scopes it to a region (（一）粤港澳大湾区国际科技创新中心建设…), it counts
    the bureau's whole place (:func:`counts_whole`: a summary's 2019年全省研发经费支出约3000亿元…), or it says no word of the ask
    (``own``) beyond the kind of the zones the ask names by the area (高新区 of 布局建设一批高新区, hd68d), or the ask names a town
    (:data:`~drafter.grammar.TOWNSHIP_LEVELS`: 刘升镇) and ``item`` is scoped to the city's built-up area (:func:`~drafter.grammar.settlement`:
    沙河流域城市水环境综合治理PPP项目…围绕城区沙河、护城河… is no work on 刘升镇's rivers, hd71b)."""
    asked, zones, town = _areas_asked(ask_text, areas)
    if not asked or item.fact.jurisdiction in areas or any(n in item.fact.text for n in asked):
        return False
    if any(REGION.search(heading) for heading in item.fact.section) or counts_whole(item.fact, ws):
        return True
    if town and settlement(item.fact.text) == "urban":
        return True
    return bool(zones) and not (own & bigrams(item.fact.text)) - zones - GENERIC


@lru_cache(maxsize=1024)
def _areas_asked(ask_text: str, areas: frozenset[str]) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """:func:`placed_elsewhere`'s names of the ``areas`` the ask says, the words of the kinds of zone it names by them
    (高新区 of 梅州高新区) and whether one of those areas is a town; remembered, as every fact found for the ask asks again."""
    said = [a for a in areas if any(n in ask_text for n in place_names(a))]
    asked = tuple(n for a in said for n in place_names(a) if n in ask_text)
    zones = frozenset().union(*(bigrams(m.group(1)) for n in asked for m in cached(rf"{re.escape(n)}({alternation(ZONE_WORDS)})").finditer(ask_text)))
    return asked, zones, any(a.endswith(TOWNSHIP_LEVELS) for a in said)


def names_bureau(item: Item, ws: Workspace) -> bool:
    """True when the item's fact names the bureau (:func:`~.remit.says_bureau`)."""
    return says_bureau(item.fact.text, ws)


def city_first(items: list[Item], ws: Workspace, named: frozenset[str] = frozenset()) -> list[Item]:
    """At most MAX_ITEMS items, the jurisdiction's own: an area's (a district's) result is not
    the city's, so it stands only as one example after a single city item (a section the city's
    own results fill has no room for it), never alone; the length budget drops it first. An area's
    fact that names this bureau (与市科技局联合引进…) is the district's account of joint work, in
    the district's voice: the bureau does not quote it of itself. The results of an area the
    suggestion is about (``named``: 关于强化綦江区食品园区…) are its subject: they come first,
    the city's after them (the draft names the area in each, :func:`~.reply._area_named`), its background and the bureau's own
    work there among them (省科技厅副厅长杨军率队来梅调研… for an ask on 梅州高新区, hd68d)."""
    city = [i for i in items if own_jurisdiction(i, ws)]
    subject = [i for i in items if not own_jurisdiction(i, ws) and i.fact.jurisdiction in named]
    areas = [i for i in items if not own_jurisdiction(i, ws) and i.fact.kind != CONTEXT
             and not names_bureau(i, ws)]
    if subject:
        return (subject + city)[:MAX_ITEMS]
    if not city:
        return []
    return city[:1] + areas[:1] if areas and len(city) == 1 else city[:MAX_ITEMS]


def _reported(plan: Item, reported: list[str]) -> bool:
    """True when a done fact already says what the plan's sentences say."""
    sentences = fact_sentences(plan.fact)
    body = sentences[1:] if has_lead(sentences) else sentences
    return any(repeats(s, reported, 0.5) for s in body)


def plan_lead(text: str) -> str:
    """A plan's lead phrase without its frame: ``在引建科创平台上下功夫。`` → ``引建科创平台。``."""
    return _unframed(text) + "。"


MIN_UNFRAMED = 4  # characters: a shorter phrase inside a frame (强主体 of 在强主体上下功夫) is a slogan's word


def _unframed(text: str) -> str:
    """A lead without its 在…上下功夫 frame when what is inside says what is done (starts with a
    verb: 提升成果转化服务能力…); a noun inside (在科技金融上发力), or a slogan's terse word
    (在强主体上下功夫: out of its frame 强主体 reads as a fragment, no phrase), keeps the frame, whole
    (its 在 put back)."""
    body = text.strip().rstrip("。；;：:，, ")
    framed = PLAN_FRAME.match(body)
    if not framed or body.startswith(CARRYING_ON):  # (继续在强主体上下功夫: said as going on, its frame whole)
        return body
    bare = framed.group("a") or framed.group("b")
    if LEAD_VERB.match(bare) and len(bare) >= MIN_UNFRAMED:
        return bare
    return body if body.startswith(("在", "以")) else ("在" if framed.group("a") else "以") + body



def on_topic(item: Item, words: frozenset[str] | set[str], clauses_too: bool = False,
             shared: int = 1, specific: frozenset[str] = frozenset(), ask_text: str = "", equivalents: tuple[str, ...] = (),
             matter: frozenset[str] | None = None, titled: frozenset[str] = frozenset()) -> list[str]:
    """The item's sentences the draft keeps: its lead phrase and those sharing a word with
    ``words`` (at most MAX_SENTENCES, at least the first after the lead), each with the result stated right
    after it, opening on its year (:func:`_tells_result`: …统一…行政处罚标准。 then 2024年，累计办理包容审慎案件412起…) — only those saying one
    of the ask's ``specific`` words as ``ask_text`` (and its ``equivalents``) says it (:func:`matter_words`) when some do (a
    sentence on 6 platforms' evaluation says 平台 but no 新型研发机构), with those stating a figure counting one
    (:func:`counts_specific`: 铺设管网7000多公里 beside 全县农村人口自来水普及率97.4% under 加快山区供水管网延伸…，提高自来水普及率,
    hd37a); with ``clauses_too``
    a long sentence also loses its later clauses off the topic (an ask's own words are precise
    enough for that; a title's are not); ``shared`` words at least make a sentence on the topic. Of too
    many, those telling something done (:func:`tells_nothing_done`: no slogan) and saying most words of the title's matter
    (``titled``: :func:`title_matter`) are kept first (2023年，全市技术合同成交额实现865.1亿元 under 推进技术合同登记服务, before
    the 赋权改革 sentences beside it).

    With the suggestion's words (``matter``: an ask's item), what lies outside them goes first
    (:func:`~.sentences.within_matter`: a list's fields the suggestion never names, 生物医药 in a
    reply on manufacturing; a sentence counting such a field goes whole), and a kept sentence
    loses a leading frame naming a programme that says none of the ask's ``specific`` words
    (:func:`~.sentences.without_named_frame`). A sentence scoped to the other settlement than ``ask_text`` goes
    (:func:`in_settlement`)."""
    sentences = fact_sentences(item.fact)
    if not sentences:
        return []
    slogan = heads_results(sentences)  # (a dashed slogan line heads its results: kept with them, its dash dropped)
    lead = has_lead(sentences) or slogan
    keep: list[str] = []
    if slogan:
        keep.append(sentences[0].strip().lstrip("—"))
    elif lead:
        keep.append(plan_lead(sentences[0]) if item.verify else sentences[0])
    body = sentences[1:] if lead else sentences
    if theirs := settlement(ask_text):  # (建成区… under a 农村 ask: :func:`in_settlement`)
        body = [s for s in body if settlement(s) in (None, theirs)] or body
    if matter is not None:  # a sentence counting a foreign field goes only when another reports a result
        within = [t for t in (within_matter(s, matter) for s in body) if t]
        body = within if any(reports_result(t) for t in within) else body
    chosen = [s for s in body if len(words & bigrams(s)) >= shared] or body[:1]
    said = [s for s in chosen if matter_words(s, ask_text, specific, equivalents)]
    if said:  # (a principle said as the ask says it: its results too; beside results, figures counting two of its words)
        need = SPLIT_SHARED if any(figures_in(s, item.fact) for s in said) else 1
        said = [s for s in chosen if s in said or counts_specific(s, item.fact, specific, need)]
    chosen = said or chosen
    chosen += [s for s in body if s not in chosen and counts_titled(s, item.fact, titled)]
    if len(chosen) > MAX_SENTENCES:  # the ones saying most of the words, in their order
        best = sorted(chosen, key=lambda s: (tells_nothing_done(s), -len(titled & bigrams(s)), -len(words & bigrams(s))))[:MAX_SENTENCES]
        chosen = [s for s in chosen if s in best and not _in_passing(s, best, words, titled)]
    followed: list[str] = []  # (and what it achieved, dated, each such sentence's next too: 2019年，我省出台了…。2021年，我省印发了
    for k, s in enumerate(body):  # 《…总体应急预案…》。2022年，我省…修订完善了《…防汛专项应急预案》, hd52c)
        if s in chosen or (k and body[k - 1] in followed and ((_DATE.match(s) and _tells_result(s, body[k - 1])) or _states_after(s)
                                                              or _concludes(s, body[k - 1]))):
            followed.append(s)
    chosen = with_antecedents(body, followed)
    if chosen and body[0] not in chosen and (OTHERS_LEAD.match(body[0]) or LEADING_ORGAN.match(body[0])):
        chosen = [body[0], *chosen]  # (whose work the rest is: hd26a; 市委…, hd60b)
    chosen = with_scopes(body, chosen)
    kept = [on_topic_members(on_topic_clauses(s, words), _on_ask(ask_text, words, equivalents)) if clauses_too else s
            for s in body if s in chosen]
    return keep + ([without_named_frame(s, specific) for s in kept] if matter is not None else kept)


def _on_ask(ask_text: str, words: frozenset[str], equivalents: tuple[str, ...] = ()) -> Callable[[str], bool]:
    """The test of a list's member on an ask (:func:`~.sentences.on_topic_members`): it says one of ``words`` as ``ask_text`` says
    it or in one of its ``equivalents`` said whole (:func:`matter_words`: 助餐服务点 of 社区老年人助餐服务点96个, 社区长者食堂 of 2家社区长者食堂,
    not 乐龄家园助老服务站73个, under 统筹各街镇社区食堂和助餐点的规划布局, hd70c)."""
    return lambda member: bool(matter_words(member, ask_text, frozenset(words), equivalents))


def _in_passing(sentence: str, best: list[str], words, titled: frozenset[str]) -> bool:
    """True when ``sentence``, kept only to fill the room left among ``best``, says one of the ask's ``words`` and none of
    the title's while another says MIN_ASK_SHARED of them: the word in passing (书馆 of 市县两级公共图书馆文化馆上等级率100%
    under 推动图书馆分馆…建设, beside 建成…图书馆分馆134个, hd35c), the sentence off the ask."""
    return (len(words & bigrams(sentence)) < 2 and not titled & bigrams(sentence)
            and any(len(words & bigrams(s)) >= MIN_ASK_SHARED for s in best))


def counts_specific(sentence: str, fact: Fact, specific: frozenset[str], need: int = 1) -> bool:
    """True when the figures ``sentence`` states count ``need`` of the ask's ``specific`` words, however the sentence words
    them: the result on the ask's matter of a principle said as the ask says it (局党组提拔正科级干部2人 after 大力选拔…优秀干部到
    重要岗位任职 under 选拔优秀干部到重要岗位任职, hd33b); beside a result said so, more on the matter (小型集中供水工程162处，铺设
    管网7000多公里 under 加快山区供水管网延伸, hd37a), not a count of 项目 in general (谋划重大专项债项目10项 under …康养中心项目…)."""
    return len(specific & frozenset().union(*(bigrams(f.counts or "") for f in figures_in(sentence, fact)))) >= need


def counts_titled(sentence: str, fact: Fact, titled: frozenset[str]) -> bool:
    """True when a figure ``sentence`` states counts the title's matter (``titled``: MIN_ASK_SHARED and TITLED_SHARE of
    its words): the figure a clerk looks for first, kept whatever the ask under which it stands (hd25c: 全市已建有农村公益性
    公墓88个 in a reply on 加强农村公益性公墓管理, dropped as no word of 提高火化率's) — not one sharing a few words of a long
    title (6家高水平科技创新平台…绩效评价 of 推动科技创新与产业创新深度融合)."""
    def said(figure) -> int:
        return len(titled & bigrams(figure.counts or ""))

    return any(said(f) >= max(MIN_ASK_SHARED, TITLED_SHARE * len(titled)) for f in figures_in(sentence, fact))


TITLED_SHARE = 0.5


# A paragraph opening on other departments as its doers (宿迁相关部门联合出台…。在创业融资方面，积极与金融机构合作…): the
# sentences after it, with no doer of their own, are their work too, never the bureau's alone — kept with it.
OTHERS_LEAD = lazy(r"^[^，,。；;]{0,12}?(?:相关|有关|各|多)部门(?:联合|共同|协同|齐心)?")


# A paragraph opening on a place's party committee or government as its doer (市委系统谋划强县工程…。在县城，…。建设专业园区…):
# the sentences after it are its work, never the bureau's alone — kept with it as OTHERS_LEAD's.
LEADING_ORGAN = lazy(rf"^[\u4e00-\u9fff]{{0,6}}?[{PLACE_LEVELS}](?:委|{alternation(GOVERNMENT)})(?![办员会])")
# A sentence setting the scope of the series after it (在县城，积极推进…。…。建设专业园区…。在县域，…), to its next such sentence.
SCOPE_LEAD = lazy(r"^在[\u4e00-\u9fff]{1,6}[，,]")


def with_scopes(body: list[str], chosen: list[str]) -> list[str]:
    """``chosen`` of ``body``'s sentences with the scope each one after a scope lead (:data:`SCOPE_LEAD`) continues: 建设专业园区、
    出台专项政策… of 在县城，积极推进…。优化…。建设专业园区… is the county towns' work, never said bare (hd60b)."""
    out, scope = set(chosen), None
    for sentence in body:
        scope = sentence if SCOPE_LEAD.match(sentence) else scope
        if sentence in out and scope is not None:
            out.add(scope)
    return [s for s in body if s in out]


def with_antecedents(body: list[str], chosen: list[str]) -> list[str]:
    """``chosen`` of ``body``'s sentences with the sentence each one opening on what the one before said
    (:data:`~drafter.grammar.REFERS_BACK`) refers to, in ``body``'s order (hd10: 二是其中包括了海上游乐观光…
    stood alone, the 13 bases it counted the kinds of left out)."""
    out = set(chosen)
    for n in range(len(body) - 1, 0, -1):  # from the end: an antecedent itself referring back gets its own
        if body[n] in out and REFERS_BACK.match(body[n]):
            out.add(body[n - 1])
    return [s for s in body if s in out]


def _drop_repeats(sections: list[Section], plans: list[Item] | None = None) -> None:
    """A sentence said in two items (or its figures, :func:`restates_figures`) is kept once, in the newer source (then the
    better-ranked item); an item left with its lead phrase alone, or nothing, is dropped."""
    plans = plans if plans is not None else []

    def newest(item: Item):
        return (source_date(item), item.score)

    kept: list[str] = []

    def once(item: Item, sentence: str) -> str | None:
        if repeats(sentence, kept) or restates_figures(sentence, kept):
            return None
        kept.append(sentence)
        return sentence

    items = sorted([i for s in sections for i in s.items] + plans, key=newest, reverse=True)
    _rewrite_items(sections, items, once, plans)


RESTATED = 0.8  # a plan clause this much said by one clause of part one says it again
MIN_LEFT = 8  # characters: a plan sentence left shorter than this by dropped clauses says nothing


def _drop_restated(sections: list[Section], plans: list[Item]) -> None:
    """Part two does not say again what part one says: a clause of a plan's sentence after its
    lead phrase that restates a clause of part one's items (their lead phrases too: ``强化人才链对
    创新链的支撑作用，推行…`` under a part-one item led by ``强化人才链对创新链的支撑作用。``) is
    dropped and the plan keeps its own measures (``推行…``); a sentence left with too little goes,
    and a plan left with its lead phrase alone goes (:func:`_rewrite_items`). A plan's lead phrase
    is its own heading, compared with nothing."""
    said = [c for s in sections for i in s.items for t in i.sentences or [] for c in _clause_texts(t)]
    if not said or not plans:
        return

    def own_part(_item: Item, sentence: str) -> str | None:
        parts = _clause_parts(sentence)
        kept = [c for c in parts if not repeats(c.rstrip("，,；;。 "), said, RESTATED)]
        if len(kept) == len(parts):
            return sentence
        text = "".join(kept).rstrip("，,；;。 ")
        return text + "。" if len(NOT_WORD.sub("", text)) >= MIN_LEFT else None

    _rewrite_items([], list(plans), own_part, plans)


def _clause_parts(sentence: str) -> list[str]:
    """A sentence's clauses, its ``；``-parts' clauses too, each with its punctuation."""
    return [c for part in sentence_parts(sentence) for c in clauses(part)]


def _clause_texts(sentence: str) -> list[str]:
    """:func:`_clause_parts`, punctuation at their ends dropped (none left empty)."""
    return [c.rstrip("，,；;。 ") for c in _clause_parts(sentence) if c.strip("，,；;。 ")]


def _drop_older_counts(sections: list[Section], ws: Workspace) -> None:
    """In part one, the clauses of a figure counting the same thing as a newer item's kept figure
    (:meth:`~drafter.facts.measure.Measured.counts_same_thing`: 41个中试验证平台 in a 2026 source,
    中试验证平台（基地）28个 in a 2025 one) are dropped: two counts of one thing from different
    dates read as a contradiction, and the newer one is what stands. What is left of the sentence
    stays when it still reports a result (:func:`reports_result`: 176项, not a 12 in “12条措施”),
    else the sentence goes; an item left with its lead phrase alone, or nothing, goes.
    Two figures of one measure are not this rule's (:func:`_newest_per_measure` flags the older
    with the newer value). A count of part of a year is counted again by a newer one of that year (:func:`part_recounted`)."""
    items = [i for s in sections for i in s.items if not i.verify]
    measured = {id(item): measure_fact(item.fact, item.source, ws) for item in items}
    shown = [(item, n) for item in items for n in measured[id(item)]  # the figures the items say
             if any(find_figure(s, n.figure.raw) >= 0 for s in item.sentences or [])]
    older = {id(item): [m for m in measured[id(item)] if any(  # an item's figures another's newer count covers
        other is not item and (m.counts_same_thing(n) or part_recounted(m, n)) and m.is_older_than(n)
        and not m.measure.similarity(n.measure) for other, n in shown)] for item in items}

    def uncounted(item: Item, sentence: str) -> str | None:
        def recounted(text: str) -> bool:
            return any(find_figure(text, m.figure.raw) >= 0 for m in older[id(item)])

        if not recounted(sentence):
            return sentence
        rest = "".join(c for c in clauses(sentence) if not recounted(c)).rstrip("，,；;。 ")
        return rest + "。" if reports_result(rest) else None

    _rewrite_items(sections, items, uncounted)


def recounts(items: list[Item], index, ws: Workspace, today: dt.date) -> list[Item]:
    """The facts of the base, done in the bureau's place and known by ``today``, counting again later in a year what one of
    ``items`` counts of part of it (:func:`part_recounted`), each standing beside that item (its score): hd35a's
    1-11月，…优良天数259天 shares too few words with 持续改善环境质量 to be found for it, and the ask was answered by 今年一季度，…
    我市环境质量优良天数55天 alone, flagged for the year's figure the base held. :func:`_drop_older_counts` then drops the older
    count."""
    parts = [(item, m) for item in items if item.fact.period.part and not item.stale
             for m in measure_fact(item.fact, item.source, ws) if len(m.thing) >= MIN_THING]
    held = {i.fact.id for i in items}
    out: dict[str, Item] = {}
    for fact in index.facts.values() if parts else ():
        if (fact.kind != DONE or fact.id in held or fact.superseded_by or fact.jurisdiction not in (None, *ws.own_places())
                or not any(m.thing[-MIN_THING:] in fact.text for _, m in parts) or not _known(fact, index, today)):
            continue
        source = index.source_of(fact)
        for item, m in parts:
            if fact.id not in out and any(part_recounted(m, n) and m.is_older_than(n) for n in measure_fact(fact, source, ws)):
                out[fact.id] = Item(fact, source, item.score, fact_year(fact, source))
    return list(out.values())


def part_recounted(m: Measured, n: Measured) -> bool:
    """True when ``m`` counts a part of a year (its fact's period's ``part``: 一季度) and ``n`` the same thing in that year, in
    the same unit and place, one's thing named as the end of the other's (hd35a: 今年一季度…环境质量优良天数55天 and 1-11月，…
    优良天数259天): a count kept from January on, which the newer one, if it is, takes further."""
    short, long = sorted((m.thing, n.thing), key=len)
    return (bool(m.fact.period.part) and m.year is not None and m.year == n.year and len(short) >= MIN_THING
            and long.endswith(short) and (m.measure.unit, m.place, m.measure.plan) == (n.measure.unit, n.place, n.measure.plan))


# A programme's name as written in quotes (“揭榜挂帅”); one in a list (骨干企业、“专精特新”企业、…;
# “出题人”“答题人”…) names none.
QUOTED_NAME = lazy(r"(?<![、”])“([^“”]{2,12})”(?!“|[^，。；：、“”]{0,4}、)")


def _programmes(sentence: str) -> set[str]:
    """The quoted names ``sentence`` says as its own matter (:data:`QUOTED_NAME`)."""
    return {m.group(1) for m in QUOTED_NAME.finditer(sentence)}


def named_programmes(suggestion: Suggestion, asks: list) -> frozenset[str]:
    """The programmes ``suggestion`` names in quotes (:func:`_programmes`) in its title or in its text before its first ask
    (“人人持证、技能河南”建设是推动…重大举措。为高质量推进我市…, hd68b): its matter as the bureau's work names it."""
    text = suggestion.text or ""
    first = text.find(asks[0].phrase) if asks else -1
    return frozenset(_programmes(suggestion.title) | _programmes(text[:max(first, 0)]))


def names_programme(text: str, programmes: frozenset[str]) -> bool:
    """True when ``text`` says one of ``programmes`` as its own matter (:func:`_programmes`); never searched for none."""
    return bool(programmes) and not programmes.isdisjoint(_programmes(text))


def programme_work(item: Item, programmes: frozenset[str], ws: Workspace, index) -> bool:
    """True when ``item`` is the work of the bureau's place on one of ``programmes`` (:func:`named_programmes`) as the
    bureau tells it: its fact names the programme, of the jurisdiction itself, from a source that names the bureau (hd68b: a
    news item of 市人社局's account at a meeting, 会上，市人社局以《…高质量推进“人人持证、技能河南”建设》为题…, its next paragraph
    今年以来，我市…“人人持证、技能河南”…14.58万人次) — not a newspaper's account of the place's other work (:func:`bureau_said`)."""
    source = item.source
    return (names_programme(item.fact.text, programmes) and own_jurisdiction(item, ws) and source is not None
            and any(says_bureau(f.text, ws) for f in index.facts_of(source.id)))


def programme_steps(plan: Item, today: dt.date) -> list[str]:
    """What part two offers of the bureau's plan on a programme the suggestion names (:func:`programme_work`): each of its
    sentences, the programme its opening names being their matter (聚焦质量，… of 下一步，我市将进一步推进“人人持证、技能河南”建设
    工作落实落细, hd68b, naming no word of the title), less a past year's targets (:func:`still_ahead`: 聚焦总量，确保8月底提前
    超额完成2022年培训23.5万人次…), and of what it may offer at all (:func:`standing`: no slogan, hd66d)."""
    return [t for t in (still_ahead(s, plan, today) for s in fact_sentences(plan.fact)) if t and standing(t, plan, today)]


def _drop_older_programmes(sections: list[Section]) -> None:
    """In a section of part one, an item from an earlier year's source on the programme a newer
    item leads with goes: the newer source reports that programme now, and the bureau counts it
    its own way each year (〔2026〕102号's 组织实施科技重大专项“揭榜挂帅”。…新立项实施13个… over 81号's
    强化重大技术攻关支持。…实施科技重大专项“揭榜挂帅”机制…2024年…12项…榜单: one programme, two
    years, not two measures). The programme is a quoted name the newer item's lead phrase says
    and the older item's lead phrase or first sentence says, neither in a list of kinds."""
    for section in sections:
        leads = [(item, _programmes(item.sentences[0])) for item in section.items
                 if not item.verify and has_lead(item.sentences or [])]
        gone = set()
        for item in section.items:
            said = set().union(*map(_programmes, (item.sentences or [])[:2]))
            year = source_date(item)[:4]  # an item of no known date is not known to be older
            if year and not item.verify and said and any(
                    other is not item and names & said and source_date(other)[:4] > year for other, names in leads):
                gone.add(id(item))
        section.items = [i for i in section.items if id(i) not in gone]


# A mode or mechanism named in quotes (推进“异地研发、本地转化”模式, 探索“…”机制): one programme, whatever word
# names its kind; a quoted name of a kind of firm (“专精特新”企业) is none.
MODE_NAME = lazy(rf"“([^“”]{{2,12}})”(?:{STANDING_WORDS.pattern})")


def _modes(text: str) -> set[str]:
    """The modes and mechanisms ``text`` names (:data:`MODE_NAME`)."""
    return {m.group(1) for m in MODE_NAME.finditer(text)}


def _drop_older_modes(sections: list[Section]) -> None:
    """In part one, the ``；``-part of an item from an earlier year's source that names a mode or
    mechanism (:data:`MODE_NAME`) another item from a later year's source names too goes (81号's
    …；推进“异地研发、本地转化”模式，…新增异地研发孵化机构13家 beside 〔2026〕102号's 探索“异地研发、本地转化”机制，
    出台…): one programme reported twice, the older figures read beside the newer. What the older
    item says of other matters stays; a sentence left empty goes, an item left with its lead phrase
    alone, or nothing, goes (:func:`_rewrite_items`)."""
    items = [i for s in sections for i in s.items if not i.verify]
    named = [(item, source_date(item)[:4], _modes("".join(item.sentences or []))) for item in items]
    # (an item of no known date is not known to be older)
    later = {id(item): set().union(*(m for other, y, m in named if other is not item and year and y > year))
             for item, year, _ in named}

    def unrepeated(item: Item, sentence: str) -> str | None:
        if not later[id(item)] & _modes(sentence):
            return sentence
        kept = [p for p in sentence_parts(sentence) if not later[id(item)] & _modes(p)]
        text = "".join(kept).rstrip("，,；;。 ")
        return text + "。" if text else None

    _rewrite_items(sections, items, unrepeated)


def _rewrite_items(sections: list[Section], items: list[Item], rewrite, plans: list[Item] | None = None) -> None:
    """Each of ``items`` in turn (each carrying its sentences by now) with every sentence after its
    lead phrase as ``rewrite(item, sentence)`` says (the text kept, or None: the sentence goes);
    an item left with its lead phrase alone, or nothing, is dropped from ``sections`` (and ``plans``), and so
    is an item of work done that is only a lead phrase (the rest of its sentence cut off the topic)."""
    empty: set[int] = set()
    plan_ids = {id(p) for p in plans or []}
    for item in items:
        sentences = item.sentences or []
        lead = has_lead(sentences)
        out = sentences[:1] if lead else []
        gone = False  # the sentence before went: one referring back to it (其中…) goes with it
        for sentence in sentences[1:] if lead else sentences:
            text = None if gone and REFERS_BACK.match(sentence) else rewrite(item, sentence)
            gone = text is None
            if text is not None:
                out.append(text)
        item.sentences = out
        if len(out) <= (1 if lead else 0) or (len(out) == 1 and id(item) not in plan_ids and is_lead(out[0])):
            empty.add(id(item))  # (a lead phrase alone, its clauses after it cut off the topic: 加大农村公路建设维修。)
    for section in sections:
        section.items = [i for i in section.items if id(i) not in empty]
    if plans is not None:
        plans[:] = [p for p in plans if id(p) not in empty]


def _missing_co_handlers(suggestion: Suggestion, sections: list[Section]) -> list[str]:
    """The co-handling units (``--with``) none of whose facts on the topic is in the draft: no part of
    theirs (:func:`co_parts`) and no item naming them (by any of their names) other than in a list of
    those taking part (…区住房城乡建设局、区城市管理和综合执法局、区总工会…等单位参加: hd11, no work of theirs)."""
    texts = [s for sec in sections for i in sec.items for s in (i.sentences or [i.fact.text])]
    parts = {sec.part for sec in sections if sec.part and sec.items}
    return [u for u in suggestion.co_handlers if u not in parts and not any(_names_apart(t, u) for t in texts)]


def _names_apart(text: str, unit: str) -> bool:
    """True when ``text`` names ``unit`` (:func:`~drafter.grammar.unit_mentions`) other than as one member
    of a list (a 、 right before or after the name)."""
    return any(text[max(start - 1, 0):start] != "、" and not text[end:end + 2].lstrip("，,").startswith("、")
               for start, end in unit_mentions(text, unit))


# --- a co-handler's part: its work the base holds ---------------------------------------------------


def co_parts(sections: list[Section], co_handlers: list[str], ws: Workspace, index, words_of,
             in_place: bool = True, home=lambda section: None) -> list[Section]:
    """Each co-handler's (``--with``) work the base holds goes to that unit's part, not under the
    bureau's headings: the sentences of the sections' items that are its work (:func:`handlers`)
    leave their item (an item left with its lead phrase alone goes) for an item of the co-handler's
    — with its other sentences of the same fact on the section's words (``words_of(section)``):
    the budget of the bureau's item cut them, not their matter. Such an item stays in a section
    whose matter is that unit's field (``home(section)``: the co-handler an ask in its field names);
    a section all of whose work is then one co-handler's becomes that unit's part where it stands
    (``in_place``: an ask's section, which answers that ask); the others' work makes a section of
    the unit's own after the bureau's (returned, headed by its first item's lead phrase when it
    opens with one). Items taken are marked with the unit (:attr:`Item.part`): the draft names it;
    a co-handler's items stay as they are."""
    if not co_handlers:
        return []
    split = [(section, [(i, []) if i.part else _split_work(i, co_handlers, ws, index, words_of(section))
                        for i in section.items])
             for section in sections if section.items and not all(i.part for i in section.items)]
    added: dict[str, Section] = {}
    for section, works in split:
        if not any(ts for _, ts in works):
            continue
        field_of = home(section)
        items: list[Item] = []
        away: list[Item] = []
        for mine, theirs in works:
            items += [mine] if mine is not None else []
            for item in theirs:
                (items if field_of and same_unit(item.part, field_of) else away).append(item)
        units = list(dict.fromkeys(t.part for t in away))
        if in_place and not items and len(units) == 1 and not any(s.part == units[0] for s in sections):
            items, away = away, []
        section.items = items
        if items and all(i.part for i in items) and len({i.part for i in items}) == 1:
            section.part = items[0].part
        for item in away:
            item.ask = section.ask  # what it answers, said in the unit's part
            part = next((s for s in sections if s.part == item.part), None) or added.setdefault(
                item.part, Section(None, [], part=item.part))
            if len(part.items) < MAX_ITEMS:
                part.items.append(item)
    for part in added.values():
        part.heading = part_heading(part.items[0])
        if part.heading:
            _without_heading_clause(part.items[0], part.heading)
    return list(added.values())


def _without_heading_clause(item: Item, heading: str) -> None:
    """An item whose opening clause became its section's heading (:func:`part_heading`) says it
    once, as the heading: （二）完善产业基金体系建设 / 市金融局推动市县两级…, not 市金融局完善产业基金
    体系建设，推动…"""
    sentences = list(item.sentences if item.sentences is not None else fact_sentences(item.fact))
    first, comma, rest = sentences[0].partition("，") if sentences else ("", "", "")
    if comma and rest and heading_phrase(first + "。").rstrip("。") == heading:
        item.sentences = [rest, *sentences[1:]]


def _split_work(item: Item, co_handlers: list[str], ws: Workspace, index, words) -> tuple[Item | None, list[Item]]:
    """(the item with the bureau's own sentences, None when none is left but its lead phrase; the
    co-handlers' items: their sentences of its fact, those it kept as it kept them, the others on
    ``words``)."""
    sentences = fact_sentences(item.fact)
    owners = handlers(item.fact, sentences, co_handlers, ws, index)
    if not any(owners):
        return item, []
    kept = item.sentences if item.sentences is not None else sentences
    origin = {k: _origin(k, sentences) for k in kept}
    theirs: dict[str, list[str]] = {}
    for n, (sentence, who) in enumerate(zip(sentences, owners)):
        shown = next((k for k in kept if origin[k] == n), None)
        if who and (shown is not None or words & bigrams(sentence)):
            theirs.setdefault(who, []).append(shown or sentence)
    rest = [k for k in kept if origin[k] is None or not owners[origin[k]]]
    lead = 1 if rest and origin[rest[0]] == 0 and has_lead(sentences) else 0
    mine = replace(item, sentences=rest) if len(rest) > lead else None
    out = [replace(item, sentences=ss, part=who, claims=[], verify=False) for who, ss in theirs.items()]
    if mine is None and out:
        out[0].claims = item.claims
    return mine, out


def _origin(kept: str, sentences: list[str]) -> int | None:
    """Which of a fact's ``sentences`` a kept sentence is (itself, or a part of it: its clauses
    off the topic or a frame dropped)."""
    core = kept.strip("。；;，, ")
    return next((n for n, s in enumerate(sentences) if kept == s or (core and core in s)), None)


def handlers(fact: Fact, sentences: list[str], co_handlers: list[str], ws: Workspace, index) -> list[str | None]:
    """Per sentence of ``fact``, the co-handler (as the clerk wrote it) whose work it reports: every
    sentence when the source names that unit for the paragraph (据市金融监管局统计…, ``市财政局：…``);
    else one most of whose measured figures count that unit's listed measures (``other_units``) or
    that opens with that unit as its subject (:func:`said_by_unit`), and
    the sentences right after it that go on with its matter — a word of what it counts or its field
    said by both, one the base does not say everywhere (完善产业基金体系建设…30.61亿元。…搭建基金与
    科创项目…对接平台). None: the bureau's own, or a unit not co-handling (attributed where it stands)."""
    unit = paragraph_unit(fact, ws)
    if unit:
        return [unit_in(co_handlers, unit)] * len(sentences)
    out: list[str | None] = []
    lead = has_lead(sentences)
    for n, sentence in enumerate(sentences):
        if n == 0 and lead:
            out.append(None)
            continue
        figures = [f for f in figures_in(sentence, fact) if not is_term(sentence, f.raw)]
        units = [figure_unit(f, ws) for f in figures]
        who = next((c for c in co_handlers if 2 * sum(1 for u in units if u and same_unit(u, c)) > len(figures)
                    or said_by_unit(sentence, c)), None)
        before = out[-1] if out else None
        if who is None and before and not any(units) and _goes_on(sentence, sentences[n - 1], before, ws, index):
            who = before
        out.append(who)
    return out


# What may stand before the unit a sentence's work is said of: a date or a linking word and its comma
# (2025年，市市场监管局推出…; 同时，…), not a verb (会同市市场监管局…: the bureau's joint work).
_BEFORE_SUBJECT = lazy(r"^(?:[^，。；,;]{0,12}[，,])?$")


# A unit opening a sentence as its subject, a date or linking word before it at most (2023年1月，市政府办公室印发…): who did it.
_UNIT_SUBJECT = lazy(rf"^(?:[^，。；,;]{{0,12}}[，,])?({UNIT_NAME})")


def another_units_deed(item: Item, ws: Workspace) -> bool:
    """True when ``item`` tells another unit's deed: its first sentence opens on a unit not the bureau as its subject
    (2023年1月，市政府办公室印发《…殡葬管理办法》, hd51a) — a result told with no doer (2021年西安市6个国考断面水质…) is none."""
    said = item.sentences[0] if item.sentences else item.fact.text
    subject = _UNIT_SUBJECT.match(said)
    return bool(subject) and not ws.is_own_unit(subject.group(1))


def said_by_unit(sentence: str, unit: str) -> bool:
    """True when ``sentence`` says its work is ``unit``'s: it opens with that unit's name (any of its
    names) as its subject (市市场监管局推出…组合服务), a date or linking word before it at most."""
    return any(_BEFORE_SUBJECT.match(sentence[:start]) for start, _ in unit_mentions(sentence, unit))


def _goes_on(sentence: str, before: str, unit: str, ws: Workspace, index) -> bool:
    """True when ``sentence`` goes on with the matter of ``before``, the work of ``unit``: both say a
    word of what that unit counts or its field (drafter.yaml), one naming a particular matter in this
    base (:func:`specific_words`)."""
    own = frozenset().union(*(bigrams(w) for name, listed in (*ws.other_units.items(), *ws.other_fields.items())
                              if same_unit(name, unit) for w in listed))
    return bool(specific_words(own & bigrams(sentence) & bigrams(before), index))


_FIRST_CLAUSE_END = lazy(r"[，,；;：:。]")


def part_heading(item: Item) -> str | None:
    """A co-handler's part's heading: its first item's lead phrase, the verb phrase its first sentence
    opens with (完善产业基金体系建设); None when it opens with none (the part's heading is then asked for)."""
    first = _FIRST_CLAUSE_END.split((item.sentences or fact_sentences(item.fact) or [""])[0])[0]
    phrase = heading_phrase(first + "。").rstrip("。")
    return phrase if 4 <= len(phrase) <= MAX_HEADING and phrase.startswith(LEAD_VERBS) else None


_HEADING_CLAUSE_END = lazy(r"[，,；;：:]")


def short_heading(heading: str | None) -> str | None:
    """A source heading as a section heading: its first clause (``加快整合提升科技平台，加强…``
    → ``加快整合提升科技平台``), one that is a verb alone (:func:`bare_verb`) left out for the clauses after it
    (``深入实施，重点项目建设取得新成效`` → ``重点项目建设取得新成效``, hd65c); None when even that is longer than
    MAX_HEADING characters (a sentence, not a heading), or nothing but such a verb is left."""
    if not heading:
        return None
    heading = heading.strip().rstrip(TRAILING_PUNCT)
    parts = _HEADING_CLAUSE_END.split(heading)
    while parts and bare_verb(parts[0]):  # (its verb alone: what follows says what was done)
        heading = heading[len(parts[0]) + 1:].strip()
        parts = parts[1:]
    first = parts[0] if parts else ""
    if len(first) >= 4 or len(heading) > MAX_HEADING:  # one phrase: a heading, not a sentence
        heading = first
    return heading if 0 < len(heading) <= MAX_HEADING and "。" not in heading else None


# A paragraph stating a year's whole approach (2024年全市农业农村工作的总体思路是：坚持以…为指导…): no
# measure of any one matter, though it names them all.
OVERALL = lazy(r"^[^，。；：:]{0,30}?(?:总体思路|总体要求|指导思想|总体目标|基本思路)(?:是|为)?[：:]")


@lru_cache(maxsize=16384)
def is_lead_in(text: str) -> bool:
    """A paragraph ending on a sentence announcing a list (``…主要做法如下：``), nothing but framing before it (a stance, an
    aim: no figure, nothing finished, :func:`~.sentences.reports`), or one stating a year's whole approach (:data:`OVERALL`)
    says nothing on its own: no item, no plan of one ask (hd: 武汉市农业农村局's 2024年工作要点 opening 2024年全市农业农村工作
    的总体思路是：… was quoted as last year's plan on 灌区 funding; 1071's 近年来，我市深入贯彻…塑造我市产业发展新优势。主要
    做法如下： opened part one in place of the bureau's own overview). A paragraph reporting something before its announcing
    sentence (…开展250余家企业碳账户建设管理工作。详情如下：) is no lead-in: its other sentences are drafted, the announcing
    one never (:func:`~.sentences.without_announcement`; hd66c). Remembered: every ask's search finds the same facts again."""
    sentences = split_sentences(text)
    return (bool(sentences) and announces(sentences[-1]) and not reports("".join(sentences[:-1]))) \
        or bool(OVERALL.match(text.strip()))


def framing(item: Item) -> bool:
    """True for a section's framing paragraph: a context fact that was no enumerated item in its
    source (着力打通科研成果与产业化之间的“堵点”…, a part's lead-in), printed unnumbered over the items."""
    return item.fact.kind == CONTEXT and not is_item(item.fact.text)


def _one_framing(sections: list[Section]) -> None:
    """Each section says one framing paragraph (:func:`framing`), the newest source's (1142's （二）:
    81号's 围绕推动…实施“加速科技成果转化应用”专项… and under it 〔2026〕102号's 着力打通…“堵点”…, two
    lead-ins one after the other). A section of framing alone stays: its heading is the title's
    matter, which part two's plans answer."""
    for section in sections:
        frames = [i for i in section.items if framing(i)]
        if len(frames) > 1:
            kept = max(frames, key=source_date)
            section.items = [i for i in section.items if not framing(i) or i is kept]


@lru_cache(maxsize=16384)
def is_question(text: str) -> bool:
    """A question (a page's ``【问】…的工作目标是什么？`` over its answer) reports nothing. Remembered, as :func:`is_lead_in` is."""
    return text.rstrip().endswith(("？", "?"))


@lru_cache(maxsize=16384)
def _first_sentence(text: str) -> str | None:
    """A fact's first sentence, None when it has none; remembered, since every search of a draft
    asks again for the same facts' texts."""
    first = split_sentences(text)[:1]
    return first[0] if first else None


@lru_cache(maxsize=16384)
def addresses_reader(text: str) -> bool:
    """True when a fact's first sentence speaks to the deputy its reply answered (``您提出的将…
    资金切块…的建议，市财政将…``, ``首先，感谢您…``): what it reports is said to that deputy about
    that suggestion, no result another reply can state. Remembered, as :func:`_first_sentence` is."""
    first = _first_sentence(without_occasion(text))
    # (a notice's 印发给你们 speaks to its addressees, no deputy: hd51a)
    return bool(first and ADDRESS.search(first)) and not ISSUING.match(first)


def without_occasion(text: str) -> str:
    """``text`` without a lead-in naming its reader's suggestion only as the occasion of the work
    (:data:`~drafter.grammar.OCCASION`: 就您提及的建议我局… → 我局…)."""
    return OCCASION.sub("", text, count=1)


def answers_reader(text: str) -> bool:
    """True when a fact's first sentence answers its reader on what that reader proposed (``您提出
    的将乡村振兴等项目资金切块…的建议，市财政将统筹…``): a promise made to that member about that
    suggestion, no plan another reply can offer its own. A general lead naming no matter (``根据您的
    建议，下一步…``, ``您提出的建议…``) is no such answer: the plans after it are the bureau's."""
    first = _first_sentence(text)
    if not first:
        return False
    found = READERS_SUGGESTION.search(first)
    return bool(found and len(found.group("what").strip("的“”《》 ")) >= 2)


def is_item(text: str) -> bool:
    """True when the source text is an enumerated item (``一是…``, ``（二）…``, ``3.…``)."""
    return bool(ORDINAL.match(text))


def figure_year(figure: Figure, item: Item) -> int | None:
    """The year a figure stands as of: its own, else its item's — a span's last (自2017年至今 in a 2019 reply:
    2019, the total then, not 2017's), no later than its source's (:func:`~drafter.facts.measure.standing_year`)."""
    if figure.year is not None:
        return standing_year(figure.year, figure.until, item.source)
    return standing_year(item.year, item.fact.period.until, item.source)


def older_than(year: int | None, years: int, today: dt.date) -> bool:
    """True when ``year`` lies more than ``years`` years before ``today``'s: beyond the workspace's ``max_age`` a fact never
    fills a draft, not even flagged stale (its part keeps the placeholder); beyond its ``freshness_years`` it is stale; beyond
    :data:`~drafter.grammar.MAX_RECENT_YEARS` it is no year of 近年来."""
    return year is not None and today.year - year > years


# 全州, 全县… as what a sentence speaks of (2022年全州新建…, ，全县共…), not a comparison (在全省率先, 全省第一)
WHOLE_OF = lazy(rf"(?:^|[，。；：、\s]|年|月|目前|截至)全([{JURISDICTION_LEVELS}])(?!第|平均|首|前列|唯一|率先)")


def _own_level(ws: Workspace) -> str | None:
    """The level word of the bureau's own place (省 of 广东省), None for a place of none."""
    return ws.jurisdiction[-1] if ws.jurisdiction and ws.jurisdiction[-1] in JURISDICTION_LEVELS else None


def counts_whole(fact: Fact, ws: Workspace) -> bool:
    """True when ``fact`` counts the whole of the bureau's own place (:data:`WHOLE_OF` of its level, with figures: a summary's
    headline totals, 2019年全省研发经费支出约3000亿元…中国专利金奖9项)."""
    return bool(fact.figures) and _own_level(ws) in _found(WHOLE_OF, fact.text, 1)


def effects_only(fact: Fact) -> bool:
    """True when every sentence of ``fact`` says what a work will bring once done (:data:`~drafter.grammar.WORK_EFFECT`:
    红江渡改桥建成后，将优化…; …相接，将有效提升…): a news page's effects, no plan of the bureau's (hd72a)."""
    return all(WORK_EFFECT.search(s) for s in fact_sentences(fact))


def of_another_level(text: str, ws: Workspace) -> bool:
    """True when ``text`` speaks of the whole of a place of another level than the workspace's
    own (2022年全州新建农村户厕1447座 in a 博乐市 workspace), or names one as its own (:func:`~drafter.workspace.
    others_place_words`: 红江渡改桥与我市境内茂遂高速…相接 in a 蓬溪县 workspace, hd72a): a fact of no place saying so is
    that place's, never ours (a prefecture's reply naming its cities is of none of them)."""
    own = _own_level(ws)
    return own is not None and (any(level != own for level in _found(WHOLE_OF, text, 1))
                                or any(w in text for w in others_place_words(ws.own_place_word())))


@lru_cache(maxsize=32768)
def _found(pattern: lazy, text: str, group: int = 0) -> tuple[str, ...]:
    """What ``pattern`` finds in ``text`` (its ``group``), in order; remembered, as a draft's searches
    test the same facts' texts again for each query."""
    return tuple(m.group(group) for m in pattern.finditer(text))


# A named road, street or area a reply's promise is about (成纪大道, 解放路, 恒顺锦润悦府小区, 三阳川片区): its deputy's
# site, no plan of another suggestion's.
# Said by its last two characters and its kind (纪大道, 悦府小区); a kind of place is no name (老旧小区, 周边片区), nor a
# share or sort of a road's stretches (该公路部分路段, 事故多发路段: hd34c left out the reply on the asked road for 部分路).
NAMED_SITE = lazy(r"(?!老旧|居民|住宅|周边|城乡|农村|新建|安置|城市|城区|重点|部分|个别|少数|多数|全部|其余|其他|相关|主要|沿线"
                  r"|多发|拥堵|危险|破损|狭窄)[\u4e00-\u9fff]{2}(?:大道|大街|小区|片区|路(?=[段口沿两]))")


# A road a clause names by the ends of its route (崇信至白水、罗汉洞至长庆桥三级公路, 平凉西至界石铺段): two characters of a name
# each side of 至 (not 截至, 直至, 甚至, 乃至, 以至; 至今, 至少, 至多, 至于, 至此), a road's word after in its clause. Its ends are places or
# road points, never days or levels (每周一至周五开通12345服务热线, 从省级至县级全面压实防汛责任防线, rv17).
NAMED_ROUTE = lazy(rf"(?P<ends>(?!周|星期)[{CJK}]{{2}}(?<![截直甚乃以级月日年])至(?![今少多于此]|周|星期)[{CJK}]{{2}}(?<![级月日年]))"
                   rf"[^，,。；;]*?(?:{ROAD}|段)")


# A named landmark an ask's thing may belong to (孙兰英纪念馆 of 完善…孙兰英纪念馆配套设施): two characters of its name and
# its kind; a kind of landmark is no name (革命旧址, 考古遗址).
NAMED_LANDMARK = lazy(r"(?!革命|红色|文物|考古|历史|工业|古代|各类|各级|现有|新建|重点|县级|市级|省级|国家|全国|全省|全市)"
                      r"[\u4e00-\u9fff]{2}(?P<kind>纪念馆|纪念碑|纪念园|陈列馆|博物馆|故居|旧址|遗址|陵园)")


@lru_cache(maxsize=1024)
def _key_sites(key: str) -> tuple[tuple[str, str], ...]:
    """The named sites (:data:`NAMED_SITE`) and landmarks (:data:`NAMED_LANDMARK`) an ask's key word names, each with its
    kind (小区 of 悦府小区, 纪念馆 of 兰英纪念馆); remembered, since :func:`says_asked_of` asks again for every fact found on
    the ask."""
    sites = [(site, site[2:]) for site, _ in _sites_named(key)]
    return tuple(sites + [(m.group(), m.group("kind")) for m in NAMED_LANDMARK.finditer(key)])


def _names_other_site(text: str, asked: str) -> bool:
    """True when ``text`` names a route (:data:`NAMED_ROUTE`, by its ends) or a site (:data:`NAMED_SITE`) that the ask's
    text ``asked`` does not name."""
    return any(site not in asked for site in [*_found(NAMED_ROUTE, text, "ends"), *(site for site, _ in _sites_named(text))])


@lru_cache(maxsize=16384)
def _sites_named(text: str) -> tuple[tuple[str, int], ...]:
    """The sites ``text`` names (:data:`NAMED_SITE`), each with where it starts; remembered, since every ask's search
    finds the same facts again."""
    return tuple((m.group(), m.start()) for m in NAMED_SITE.finditer(text))


def _site_elsewhere(text: str, query: str, ws: Workspace) -> bool:
    """True when ``text`` names a site (:data:`NAMED_SITE`) that ``query`` (what is asked) does not, other than the zone
    of one of the workspace's areas (新桥片区 of 新桥镇: the place's own programme in that area, 城乡供水一体化项目新桥片区
    工程 of a county-wide project, hd26c), or, when ``query`` names no site, one where the work was placed (我局在…谢屋
    路段、G535罗坝路段分别设置了不停车治超点 answers 治理运输车辆超载抛洒问题: hd34c left it out)."""
    sites = _sites_named(text)
    placed = bool(sites) and not _sites_named(query)
    return any(site not in query and not (site.endswith("片区") and any(a.startswith(site[:2]) for a in ws.areas))
               and not (placed and _placed_at(text, start)) for site, start in sites)


# Where a clause places its work (在…, 位于…; not 正在, 现在, 存在): the sites after it are where the work was done,
# not whom it was for.
PLACED_AT = lazy(r"(?:(?<![正现存所实])在|位于)[^，,。；;：:]*$")


def _placed_at(text: str, start: int) -> bool:
    """True when the site at ``start`` of ``text`` follows 在 or 位于 in its clause."""
    return bool(PLACED_AT.search(text[:start]))


# A named works of one site (西安闸, 青龙闸, 新民水库, 水塘铺小学, 晋城第二小学): its two characters of name, a school's ordinal,
# and its kind; or a school said short (六街一小, 晋宁七中: its name, ordinal and 小 or 中, not 一小时, 三中全会, 一中心). A kind of
# works is no name (小型水库, 病险水库, 节制闸, 一所小学, 寄宿制小学).
NAMED_WORKS = lazy(r"(?!小型|中型|大型|病险|节制|分洪|排洪|该座|这座|上述|各类|农村|城区|中心|乡镇|公办|民办|新建|现有|全县|全市"
                   r"|[\u4e00-\u9fff][所座个处制])(?P<name>[\u4e00-\u9fff]{2})"
                   r"(?:(?P<nth>[一二三四五六七八九十]{1,2})(?P<short>[小中])(?![学心全央队组型时部块])"
                   r"|(?:第(?P<ord>[一二三四五六七八九十]{1,2}))?(?P<kind>水库|闸|泵站|水厂|卫生院|卫生室|医院|小学|中学|幼儿园))")
# The kinds of works one of which stands for another (a school named short, 六街一小, is a 小学; any school is another's peer).
WORKS_KINDS = {"小": "学校", "中": "学校", "小学": "学校", "中学": "学校", "幼儿园": "学校"}


def _works_elsewhere(text: str, query: str) -> bool:
    """True when ``query`` asks works on a named site (:data:`NAMED_WORKS`: 对米村青龙闸（小二型）水库进行除险加固) and ``text``
    names none of its sites but another of the same kind: a plan of that site (把西安闸水库注册为小（二）型, the reply to the
    西安闸 proposal) is no plan for this one (hd26c); its results stay, older material a site's placeholder names (hd16)."""
    asked = works_named(query)
    if not asked:
        return False
    said = works_named(text)
    return not said.keys() & asked.keys() and any(kind in asked.values() for site, kind in said.items() if site not in query)


def aimed_elsewhere(text: str, works: dict[str, str]) -> bool:
    """True when ``text`` names none of the suggestion's named ``works`` (:func:`works_named`) and is done for another of their
    kind, named in its purpose (:func:`~.sentences.purposes`: 为切实解决晋城第二小学场地狭窄问题，…争取省、市及上级部门的资金支持, the
    reply to the 晋城二小 suggestion): that school's work, none on the asked one (hd65a: drafted under 争取上级资金支持 for
    六街一小、二小)."""
    aimed = works_named(purposes(text))
    return (bool(aimed) and any(kind in works.values() for kind in aimed.values())
            and not works_named(text).keys() & works.keys())


def asked_works(suggestion: Suggestion) -> dict[str, str]:
    """The named works the suggestion names, in its title or text (:func:`works_named`: 六街一小, 晋宁七中)."""
    return works_named(f"{suggestion.title}\n{suggestion.text or ''}")


@lru_cache(maxsize=16384)
def works_named(text: str) -> dict[str, str]:
    """The named works ``text`` says (:data:`NAMED_WORKS`), each by its short name (晋城二小 of 晋城第二小学, as 晋城二小 is
    said) with its kind (:data:`WORKS_KINDS`); remembered (its query is asked again for every fact its search finds): shared,
    never to be changed."""
    named = {}
    for m in NAMED_WORKS.finditer(text):
        nth = m.group("nth") or m.group("ord")
        kind = m.group("short") or m.group("kind")
        named[m.group("name") + nth + kind[0] if nth else m.group()] = WORKS_KINDS.get(kind, kind)
    return named



def of_another_unit(fact: Fact, source: SourceMeta | None, ws: Workspace) -> bool:
    """True when ``fact`` is another unit's word of its work or plans, never the bureau's result or plan: of a reply another
    unit of the bureau's place issued (:meth:`~drafter.workspace.Workspace.other_issuer`: 市发展和改革局's 会办意见 sent to
    it, 魏县水利局's reply in 魏县农业农村局's base: 2016—2017年…修建了几座蓄水坑塘 is the 水利局's), or of one of its areas
    speaking of itself (:data:`~drafter.grammar.ISSUER_SELF`: 我们…; the area's other facts are its examples, the place named)."""
    return bool(ws.other_issuer(source)) and (source.jurisdiction in (None, *ws.jurisdiction_names())
                                              or bool(_ISSUER_SELF.search(fact.text)))


def relevant_items(index, query: str, ws: Workspace, today: dt.date, kinds, places, keys=(),
                   works: dict[str, str] | None = None, members: tuple[str, ...] = ()) -> list[Item]:
    """Facts of the given kinds and places (None counts as own) relevant to ``query``, best first; a fact's heading counts
    when it says one of an ask's ``keys`` (:func:`unsaid_heading`); none done for another of the suggestion's named ``works``'
    kind (:func:`aimed_elsewhere`); one naming a thing of the class the ask names that its body lists (``members``:
    :attr:`~.asks.Ask.members`) is on it however few words it shares.

    A relevant fact superseded by a newer one (``refresh``) stands for its newest successor known
    on the reply's date: the newer figure is used even when its own wording ranks lower; before
    the successor's date the older fact is still the one to use."""
    if not query:
        return []
    wanted = bigrams(query)
    field, seams = field_bigrams(query, index)
    telling = wanted - field - seams  # what tells a fact on the topic from the others
    # a topic of two words (道路硬化) is said by a fact saying both apart (通村硬化路…道路通行条件), not only by one
    # holding the phrase as written: its bigram straddling them (路硬) counts as none
    need = min(MIN_SHARED, len(wanted) - 1) if len(wanted) > 1 else 1
    whole = _whole_place(query, ws)  # the own place as a whole (我县 of a title): one word shared, never the topic alone
    wanted, telling = wanted - whole, telling - whole
    named = named_terms(query, telling)  # (a fact sharing too few of its bigrams is on it when it names one of these)
    routes = route_codes(query)  # (or the route the query names, by its code or its name: S101线 of 省道101线, hd68a)
    outcomes = tuple(k[-2:] for k in keys)  # (or a figure counting the thing a key ends on: 户均年增收 of 带动农民增收, hd69b)
    beyond: set[str] = set()  # the facts sharing MIN_SHARED with the topic, its field counted once
    hits = index.search(query, limit=SEARCH_LIMIT, kinds=kinds, include_superseded=True)
    found: dict[str, Item] = {}
    formulas = closing_formulas(index) if PLAN in kinds else frozenset()
    floor = 0.0  # (the hits come best first: under RELATIVE_THRESHOLD of a fact on the topic found, a hit is left out below)
    for fact, score in hits:
        if score * TOP_WEIGHT < floor and fact.id not in found and not successor_id(fact):
            continue  # (its item, its fact's alone, would be: not weighed at all)
        if fact.external or fact.kind not in kinds or is_lead_in(fact.text) or is_question(fact.text) or fact.id in formulas:
            continue
        if fact.jurisdiction is not None and fact.jurisdiction not in places:
            continue
        if fact.jurisdiction is None and of_another_level(fact.text, ws):
            continue
        # (its words counted once: the topics and heading it does not say, :func:`unsaid_heading`, add to them)
        grams = bigrams(fact.text)
        shared = wanted & grams
        if about := unsaid_topics(fact) + ("" if len(shared) >= need else heading_on(fact, keys)):
            grams = bigrams(fact.text + about)
            shared = wanted & grams
        in_whole = not whole.isdisjoint(grams)
        counted = any((f.counts or "").endswith(outcomes) for f in fact.figures) or any(map(fact.text.__contains__, members))
        if (len(shared) + in_whole < need and not any(map(fact.text.__contains__, named)) and not routes & route_codes(fact.text)
                and not counted):
            continue
        if addresses_reader(fact.text) and (fact.kind != PLAN or answers_reader(fact.text)):
            continue  # after the cheap tests, which leave out most hits
        if fact.kind == PLAN and effects_only(fact):
            continue
        told = counted or len(telling & shared) + (not field.isdisjoint(grams)) + in_whole >= need  # (telling: of the wanted)
        if not _known(fact, index, today):
            continue  # not yet known on the reply's date
        hit = fact
        newer = _successor(hit, index, today) if successor_id(hit) else hit
        # the newer values, and what the fact still says of its own work beside the figures they supersede
        for fact in [newer] if newer is hit else [newer, _unsuperseded(hit)]:
            if fact is None or fact.kind not in kinds or (fact.jurisdiction is not None and fact.jurisdiction not in places):
                continue
            source = index.source_of(fact)
            if of_another_unit(fact, source, ws):
                continue  # (我局高度重视城乡义务教育… of 市发展和改革局's 会办意见 to 市教育局: that unit's, hd16)
            if source and source.kind == REPLY and _site_elsewhere(fact.text, query, ws):
                continue  # said or promised to another deputy of their road or area (保障好成纪大道沿线居民出行: hd8)
            if fact.kind == PLAN and _works_elsewhere(fact.text, query):
                continue  # another reservoir's plan under an ask on this one (西安闸 under 青龙闸: hd26c)
            if works and aimed_elsewhere(fact.text, works):
                continue  # another school's funds sought under an ask on this one (晋城二小 under 六街一小: hd65a)
            year = made_year(fact, source) if fact.kind == PLAN else fact_year(fact, source)
            stale = older_than(fact_as_of(fact, source), ws.freshness_years, today)
            weight = KIND_WEIGHT.get(source.kind, 1.0) if source else 1.0
            if stale:
                weight *= STALE_WEIGHT
            if fact.id not in found or found[fact.id].score < score * weight:
                found[fact.id] = Item(fact, source, score * weight, year, stale, place=leader_briefed(index, source))
            if told:
                beyond.add(fact.id)
                floor = max(floor, RELATIVE_THRESHOLD * found[fact.id].score)
    # a fact saying only the field (科技创新) and a seam is off the topic, unless no fact says more:
    # then the base is on the topic alone (a few replies on one subject) and its field is the topic
    items = [i for i in found.values() if i.fact.id in beyond] if beyond else list(found.values())
    if not items:
        return []
    best = max(i.score for i in items)
    items = [i for i in items if i.score >= RELATIVE_THRESHOLD * best]
    items.sort(key=lambda i: (-i.score, i.fact.id))
    return items


_BRIEFED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # index → {source id: leader_briefed}


def leader_briefed(index, source: SourceMeta | None) -> bool:
    """True when ``source`` is a news page of the place's leader briefing on its work (:data:`~drafter.grammar.LEADER_BRIEFING`
    in one of its facts: 发布会上，信阳市委书记蔡松涛介绍，…): its results are the place's as a whole, said as the place's
    (我市…), never the bureau's under 我局…主要做法和成效如下 (hd59c: 豫东南高新区…骨架路网建成通车, 建成14家国家级科技创新平台载体
    under a 工信局's lead). Read once a source for an index."""
    facts_of = getattr(index, "facts_of", None)
    if source is None or source.kind != NEWS or facts_of is None:
        return False
    known = _BRIEFED.setdefault(index, {})
    if source.id not in known:
        known[source.id] = any(LEADER_BRIEFING.search(f.text) for f in facts_of(source.id))
    return known[source.id]


_FORMULAS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # index → its closing_formulas


def closing_formulas(index) -> frozenset[str]:
    """The ids of the facts closing two or more of the bureau's replies to different items alike — the same first and last
    clause, a clause more or less between (hd34c's three replies: 我局继续加大对我市农村公路建设改造力度，…为我市打造赣深高铁沿线
    “强、旺、美、福”明珠市提供坚强的交通运输保障。): a formula said whatever the item, no next step on a new reply's matter.
    Not :func:`~.form.closings`' test, clause by clause, which takes closings naming each its own committee last (…向人大选举
    联络工作委员会反馈 and …向政协提案工作委员会反馈) alike, and a formula with a clause fewer for another.
    Found once an index (read-only: :meth:`~drafter.facts.index.FactIndex.load`), not once a search for plans."""
    known = _FORMULAS.get(index)
    if known is not None:
        return known
    by_ends: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for fact in index.last_facts():
        source = index.source_of(fact)
        parts = [sentence_key(c) for c in clauses(fact.text)]
        if fact.kind == PLAN and source and source.kind == REPLY and len(parts) > 1:
            by_ends.setdefault((parts[0], parts[-1]), []).append((fact.id, source.suggestion_title or source.id))
    found = _FORMULAS[index] = frozenset(i for alike in by_ends.values() if len({item for _, item in alike}) > 1
                                         for i, _ in alike)
    return found


NAMED_TERM = 3  # characters of a topic's word a fact names as written: 电动车 of 电动车综合治理


def named_terms(query: str, telling: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The words of the ``query`` a fact may name as written to be on its topic: NAMED_TERM characters whose bigrams
    all tell its topic (``telling``: beyond the field and its seams): a clause on 电动车 is on a title on 电动车综合治理
    though it says none of 综合治理 (乱停乱放摩托车、电动车加大拖移处罚力度, hd31b). Found once a query, not once a fact."""
    runs = (query[k:k + NAMED_TERM] for k in range(len(query) - NAMED_TERM + 1))
    return tuple(dict.fromkeys(r for r in runs if all(r[j:j + 2] in telling for j in range(NAMED_TERM - 1))))


FIELD_SHARE = 0.75  # a word in more of the base's facts than this is the bureau's field (科技, 创新)


def field_bigrams(text: str, index) -> tuple[frozenset[str], frozenset[str]]:
    """The bigrams of ``text`` that say the bureau's field, which nearly every fact of its base
    says — those in more than FIELD_SHARE of the facts (the raw share: a small base on one subject
    says its field in every fact all the same) and one joining two such (技创 of 科技创新) — and
    its seams, the bigrams straddling a field word's edge (新成 of 科技创新成果, 善科 of 完善科技):
    half of a word of the field, half of the next, they name nothing. A fact sharing with a title
    only its field and a seam or two (成渝科技创新合作…一批创新成果 beside 完善科技创新成果转化机制) is
    not on its topic: the field counts as one word shared, a seam as none."""
    share = getattr(index, "share", None)
    if share is None:
        return frozenset(), frozenset()
    grams = [text[k:k + 2] for k in range(len(text) - 1)]
    said = [share(g) > FIELD_SHARE for g in grams]
    common = [c or (0 < k < len(grams) - 1 and said[k - 1] and said[k + 1]) for k, c in enumerate(said)]
    field = {g for g, c in zip(grams, common) if c}
    seams = {g for k, g in enumerate(grams) if not common[k]
             and ((k > 0 and common[k - 1]) or (k + 1 < len(grams) and common[k + 1]))}
    own = bigrams(text)
    return frozenset(field) & own, frozenset(seams - field) & own


def made_year(plan: Fact, source: SourceMeta | None) -> int | None:
    """The year ``plan`` is of: its period's, or its dated source's when the period lies beyond the year after it — the year a
    target aims at (力争到2025年底… of a page of 2022: a plan of 2022 to confirm in 2024, hd45b), not next year's plan a
    year-end summary sets out (2026年工作思路 of a summary of 2025-12, that year's plan)."""
    year = fact_year(plan, source)
    issued = int(source.date[:4]) if source and source.date else None
    return issued if year is not None and issued is not None and year > issued + 1 else year


def _known(fact: Fact, index, today: dt.date) -> bool:
    """True when the fact was known on ``today``: its period and its source's date not later — a plan's period is the year
    it aims at, known since its dated source was issued (力争到2025年底…村庄绿化率达到35%以上 of a page of 2022-06, in a reply
    of 2024-05: hd45b)."""
    source = index.source_of(fact)
    year = fact_year(fact, source)
    if source and not source.date:  # an undated source is known no earlier than its number's year
        issued = ISSUE_YEAR.search(source.number or "")
        if issued and int(issued.group(1)) > today.year:
            return False
    ahead = year is not None and year > today.year and not (fact.kind == PLAN and source and source.date)
    return not (ahead or (source and (source.date or "") > today.isoformat()))




def _unsuperseded(fact: Fact) -> Fact | None:
    """What ``fact`` still says of its own work when a refresh superseded some of its figures: its sentences
    holding none of them (深化职务科技成果赋权改革，促成… beside 2023年，全市技术合同成交额实现865.1亿元, qa16) and
    the clauses of the others that still report a result (:func:`_without_figures`: 2024年，支持科普项目150项，全市开放
    实验室达到60家 of a sentence whose 新认定市级科普基地28家 2025's 30家 superseded, qa18 item 10), its current
    figures with them — older work, dated as the fact is. None when nothing is left, or a person marked the fact
    superseded whole."""
    old = [g.raw for g in fact.figures if g.superseded_by]
    if not old:
        return None
    sentences = split_sentences(fact.text)
    kept = [s if not any(raw in s for raw in old) else _without_figures(s, old) for s in sentences]
    text = "".join(kept)
    if not text or kept == sentences:
        return None
    return replace(fact, text=text, figures=[g for g in fact.figures if not g.superseded_by and g.raw in text],
                   superseded_by=None)


def _without_figures(sentence: str, raws: list[str]) -> str:
    """``sentence`` without its clauses stating one of the figures ``raws`` when what is left reports a result
    (:func:`reports_result`), else ""."""
    rest = "".join(c for c in clauses(sentence) if not any(find_figure(c, raw) >= 0 for raw in raws)).rstrip("，,；;。 ")
    return rest + "。" if reports_result(rest) else ""


def _successor(fact: Fact, index, today: dt.date) -> Fact:
    """The newest fact superseding ``fact`` (following the chain) that was known on ``today``.

    A fact one of whose figures a refresh superseded stands for the fact with the newer value
    (:func:`drafter.facts.history.successor_id`): a draft states the newest value of a measure,
    never the old one beside it."""
    seen = {fact.id}
    current = fact
    while successor_id(current) and successor_id(current) not in seen:
        nxt = index.facts.get(successor_id(current))
        if nxt is None or not _known(nxt, index, today):
            break
        seen.add(nxt.id)
        current = nxt
    return current


def _newest_per_measure(items: list[Item], ws: Workspace) -> list[Item]:
    """Keep the newest value of each figure measure; drop older facts that add nothing else.

    "The same measure" and "newer" are the refresh's rule (:mod:`drafter.facts.measure`), applied
    among the candidates. A figure is covered when a newer candidate supersedes it (flagged with
    the newer value when that differs) or a better-ranked kept fact restates it (same measure,
    year and value). A fact all of whose figures are covered is dropped; a kept fact's outdated
    figures are flagged with the newer value.
    """
    measured = {id(item): measure_fact(item.fact, item.source, ws) for item in items}
    newer = newest_successors([m for item in items for m in measured[id(item)]])
    kept: list[Item] = []
    shown: list[Measured] = []  # the figures of the facts kept so far
    for item in items:
        covered: dict[str, str] = {}
        for m in measured[id(item)]:
            successor = newer.get(id(m))
            if successor is not None:
                when = f"{successor.year}年，" if successor.year else ""
                covered[m.figure.raw] = "" if successor.same_value(m) else (
                    f"有更新数值：{successor.figure.raw}（{when}见{successor.label()}）"
                )
            elif any(m.restates(other) for other in shown):
                covered[m.figure.raw] = ""
        if item.fact.figures and len(covered) == len(item.fact.figures):
            continue
        item.outdated = {raw: note for raw, note in covered.items() if note}
        shown.extend(measured[id(item)])
        kept.append(item)
    return kept


# A heading that only names a part of a reply or report (基本情况, 2024年工作完成情况, 主要做法及成效)
# says nothing about the topic: the draft has its own part headings.
GENERIC_HEADING = lazy(
    r"^(?:(?:19|20)\d{2}年度?)?(?:基本|主要|有关|相关|工作|完成|开展|落实|办理|情况|做法|成效|成绩|总结|进展|及|和|与|、)+$"
    # the document's own title over its text (闵行区科学技术委员会2023年工作总结): no matter of its own
    r"|^.*(?:19|20)\d{2}年度?(?:工作)?(?:总结|报告|要点)$"
)


# A news subhead's hedge (龙潭公园门口或建地下停车场, 柳州或将重新选址建设高铁站, …有望年内开工): the reporter's guess of what may
# come, no facet a bureau's reply is headed by (hd36a).
HEDGED_HEADING = lazy(r"或(?:将|建|迎|成|可|再|能|有(?!关))|有望|或许|可能(?!性)")  # (not 或有关部门, 可能性)


def section_heading(fact: Fact, parents: set[str]) -> str | None:
    """The heading a fact is filed under: its innermost source heading that is not a part
    heading (one with sub-headings of its own, e.g. ``一、基本情况``, or one that only names a
    part), nor an item label, nor a hedge (:data:`HEDGED_HEADING`)."""
    for raw in reversed(fact.section):
        if ITEM_START.match(raw):
            continue
        heading = strip_ordinal(raw).rstrip(TRAILING_PUNCT)
        if heading and raw not in parents and not GENERIC_HEADING.match(heading) and not HEDGED_HEADING.search(heading):
            return heading
    return None


# A statement opening on its day (5月10日，区人大…组织召开了…会商; 2025年4月25日，我局牵头…): an event of
# one day, never an overview of the work.
DATED_EVENT = lazy(r"^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")


# A paragraph counting its measures (…，一是我局多渠道争取各级专项资金，拟…): a list, no overview.
COUNTED_ITEM = lazy(r"[，,；;：:。]\s*[一二三四五六七八九十]是")


# A statement of what someone said (姜波指出，…; 他强调，要…; 会议要求，…; 刘长宏说，…), not a rule followed (按照…要求，) nor
# what is said of the reader's words (如您所说，) nor a connective (总的来说，可以说，也就是说，另据介绍，): a speaker's words, no overview
# of the bureau's work.
SPOKEN = lazy(rf"^(?!{RULE_FOLLOWED})[^，。；：！？“”]{{1,30}}?(?:{SPEECH_VERB}|(?<![所据听来以是就])说|(?<!据)介绍)[，：]")


def _overview(items: list[Item], index, ws: Workspace, query: str = "") -> Item | None:
    """The best fresh context fact of the jurisdiction itself (a district's is not the city's)
    filed under no topical heading (a reply's or report's own overview of the work, ``近年来，…``;
    never an event of one day, :data:`DATED_EVENT`, how its own item was handled, a paragraph counting
    its measures, :data:`COUNTED_ITEM`, someone's words, :data:`SPOKEN`, nor one stating figures, hd9's 56家…13份) that says two of the topic's distinctive bigrams (not only 科技创新, which every overview says):
    it opens part one instead of the template's overview (近年来，我局立足工作职责，围绕…)."""
    parents = index.parent_headings
    # the raw share, not word_share's: what most facts of a small base say (科技创新 in ten replies)
    # is what every overview says, which names no topic here (word_share keeps such a word for the
    # matter of an ask; here it let another reply's 科技创新 overview open a draft on 企业科技创新)
    share = getattr(index, "share", None)
    distinctive = {g for g in bigrams(query) - GENERIC if "的" not in g and not (share and share(g) > COMMON_SHARE)}
    return next((i for i in items if i.fact.kind == CONTEXT and not i.stale and not is_item(i.fact.text)
                 and not i.fact.figures and not DATED_EVENT.match(i.fact.text) and not ITEM_HANDLED.match(i.fact.text)
                 and not COUNTED_ITEM.search(i.fact.text) and not SPOKEN.match(i.fact.text)
                 and own_jurisdiction(i, ws)
                 and (not distinctive or len(distinctive & bigrams(i.fact.text)) >= min(2, len(distinctive)))
                 and section_heading(i.fact, parents.get(i.fact.source_id, set())) is None), None)


@dataclass
class _Group:
    grams: list[set[str]]  # of the headings
    items: list[tuple[Item, str | None]]  # with each item's own heading


def _sections(items: list[Item], index, topic: frozenset[str] = frozenset()) -> list[Section]:
    """Group items by similar headings; fresh sections first, stale ones only to fill the frame.
    Headings are alike by what they say beyond the ``topic``'s words, which every heading on the
    topic says (科技成果转化服务体系日益完善 and 完善科技成果转化机制 are two matters).

    An item without a heading joins the headed group whose headings share most bigrams with its
    text (at least MIN_SHARED), else a group without heading (the draft asks for one) — except a
    context fact without figures filed under no heading of its own: that is a part's overview
    (``近年来，市科技局围绕…``, :func:`_overview`), which would read as the lead of a section it
    never introduced.
    """
    parents = index.parent_headings
    groups: list[_Group] = []
    loose: list[Item] = []
    for item in items:
        heading = section_heading(item.fact, parents.get(item.fact.source_id, set()))
        if heading is None:
            loose.append(item)
            continue
        grams = bigrams(heading)
        group = next((g for g in groups if any(_overlap(grams - topic or grams, h - topic or h) >= HEADING_OVERLAP
                                               for h in g.grams)), None)
        if group is None:
            groups.append(_Group([grams], [(item, heading)]))
        else:
            group.grams.append(grams)
            group.items.append((item, heading))
    unheaded = _Group([], [])
    for item in loose:
        if item.fact.kind == CONTEXT and not item.fact.figures:
            continue  # a part's own overview (近年来，…), no section's: it may open part one only
        text = bigrams(item.fact.text)
        shared = [(max(len(text & h) for h in g.grams), -n) for n, g in enumerate(groups)]
        best = max(shared, default=(0, 0))
        target = groups[-best[1]] if best[0] >= MIN_SHARED else unheaded
        target.items.append((item, None))
    if unheaded.items:
        groups.append(unheaded)
    sections: list[Section] = []
    for group in groups:
        members = sorted(group.items, key=lambda m: (-m[0].score, m[0].fact.id))
        chosen = ([m for m in members if not m[0].stale] or members)[:MAX_ITEMS]
        # the heading of the best chosen item that has one: a dropped stale fact lends none
        heading = next((h for _, h in chosen if h), None)
        sections.append(Section(heading, [i for i, _ in chosen]))
    sections.sort(key=lambda s: (s.items[0].stale, -s.score, s.items[0].fact.id))
    result = [s for s in sections if not s.items[0].stale][:MAX_SECTIONS]
    for section in sections:
        if len(result) >= MIN_SECTIONS:
            break
        if section.items[0].stale:
            result.append(section)
    return result


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


MIN_PLANS = 3  # an older year's plans fill part two up to this many items, no further


def plan_order(plan: Item) -> tuple[int, str]:
    """What sorts the newest plan first: the year it is made for, then its source's date (a plan for 2026
    in an undated work report before a 2025 reply's plan for 2025, harvested after it)."""
    return plan.year or 0, source_date(plan)


def source_date(item: Item) -> str:
    """When ``item``'s source was written (2026-05-20; the year of its number, 2026 of 泉科函〔2026〕
    102号, when it bears no date: :func:`issued`), else the year its fact speaks of: what sorts the
    newer source first."""
    return issued(item.source) or str(item.year or "")


def _newest_year_first(plans: list[Item]) -> list[Item]:
    """The plans of the newest year the base has (this year's plans supersede last year's),
    an older year's only to reach MIN_PLANS."""
    newest = max((p.year or 0 for p in plans), default=0)
    current = [p for p in plans if (p.year or 0) >= newest]
    older = [p for p in plans if (p.year or 0) < newest]
    return current + older[:max(0, MIN_PLANS - len(current))]


# A plan naming who will do it (下一步，市政府及市政府相关部门与土发集团进一步推进…): that unit, or a body of no organ's word
# (BODY_WORDS: 县政协将持续聚焦战新产业…, hd49a).
_PLAN_SUBJECT = lazy(rf"^(?:{NEXT_STEP}[，,]?)?({UNIT_NAME}|[\u4e00-\u9fff]{{0,8}}?(?:{alternation(BODY_WORDS)})(?:常委会)?(?=[还也仍]?将))")


# A plan of another unit the bureau heard of from it, that unit named in the lead-in and pointed back to (据与市林业局对接，该局正谋划
# 推进…项目…): group 1 the unit; and the bureau's own part in it after (…，我局将密切关注该项目建设，积极提供…支持).
_HEARD_FROM = lazy(rf"^(?:据|经)(?:与|向)?({UNIT_NAME})[^，,。；]{{0,6}}?[，,](?:该|其)(?:局|委|办|单位|部门)")
_OWN_PART = lazy(rf"{CLAUSE_BREAK.pattern}(?:{SELF_UNIT.pattern})(?:还|也)?将")


def heard_plan_unit(text: str, ws: Workspace) -> str | None:
    """The other unit whose plan ``text`` tells as the bureau heard of it from that unit (:data:`_HEARD_FROM`: 据与市林业局对接，
    该局正谋划…, hd34c); None for any other statement."""
    found = _HEARD_FROM.match(strip_ordinal(text).strip())
    return found.group(1) if found and not ws.is_own_unit(found.group(1)) else None


def others_plan(plan: Item, ws: Workspace, co: list[str] = ()) -> bool:
    """True when ``plan`` opens on another unit than this bureau or a co-handler (``co``) as who will do
    it: that unit's plan, no next step of the bureau's (hd2: 滕州's 市政府…与土发集团…推进 offered as
    the bureau's plan for a road it did not build) — unless the bureau heard of it from that unit and says its own part in it
    (:func:`heard_plan_unit`, :data:`_OWN_PART`): offered whole, the unit named, its comment saying whose it is."""
    if heard_plan_unit(plan.fact.text, ws) and _OWN_PART.search(plan.fact.text):
        return False
    found = _PLAN_SUBJECT.match(strip_ordinal(plan.fact.text).strip())
    return bool(found) and not ws.is_own_unit(found.group(1)) and unit_in(co, found.group(1)) is None


# A plan the place as a whole will carry out (下一步，我市将继续加大…): the city's, not the bureau's.
_PLACE_WILL = lazy(rf"^{NEXT_OR_LATER}?[，,]?(?:{alternation(LOCAL_SCOPES)})(?:将|要)")
OWN_PLAN_KINDS = (REPLY, WORK_REPORT)  # the sources that say the bureau's own plans (its replies, its reports)


def borrowed_plan(plan: Item, ws: Workspace, today: dt.date, programmes: frozenset[str] = frozenset(), index=None) -> bool:
    """True when ``plan``, of a year before the reply's (:func:`earlier_year`), is no earlier plan of the bureau's
    to confirm: from a source not its own reply or report (a newspaper's 下一步, a policy another unit issued) or
    willed by the place as a whole (我市将…, :data:`_PLACE_WILL`) — hd23c: a 2023 news item's 我市将继续加大高新技术
    企业培育力度 offered as the bureau's plan after 下一步，我局将…. The bureau's own account of a programme the suggestion
    names (``programmes``, :func:`programme_work`) is its plan, though a news item's and the place's (hd68b: 下一步，我市将进一步
    推进“人人持证、技能河南”建设… of the item on 市人社局's account at a meeting)."""
    if not earlier_year(plan, today) or programme_work(plan, programmes, ws, index):
        return False
    kind, issuer = (plan.source.kind, plan.source.issuer) if plan.source else (None, None)
    own = kind in OWN_PLAN_KINDS or (kind == POLICY and bool(issuer) and ws.is_own_unit(issuer))
    # (a programme whose deadline is still ahead runs on, whoever reported it: 力争到2025年底…村庄绿化率达到35%以上 of a news
    # page of 2022 on the city's 村庄绿化美化, offered to confirm in May 2024, hd45b)
    running = deadline_ahead(plan.fact.text, plan.source, today)
    return not (own or running) or bool(_PLACE_WILL.match(strip_ordinal(plan.fact.text).strip()))


def _bureau_plans(index, query: str, ws: Workspace, today: dt.date, programmes: frozenset[str] = frozenset()) -> list[Item]:
    """The plans of the bureau's places relevant to ``query`` (:func:`relevant_items`), best first, less those borrowed
    or lapsed (:func:`_may_offer`): the next steps it may offer as its own."""
    return [p for p in relevant_items(index, query, ws, today, (PLAN,), ws.jurisdiction_names())
            if _may_offer(p, ws, today, programmes, index)]


def _may_offer(plan: Item, ws: Workspace, today: dt.date, programmes: frozenset[str] = frozenset(), index=None) -> bool:
    """True when ``plan`` is a next step the bureau may offer as its own on ``today``: none borrowed (:func:`borrowed_plan`,
    the suggestion naming ``programmes``) nor lapsed (:func:`lapsed`)."""
    return not borrowed_plan(plan, ws, today, programmes, index) and not lapsed(plan, today)


def names_matter(text: str, key: frozenset[str], ws: Workspace) -> bool:
    """True when ``text`` says one of an ask phrase's ``key`` words beyond the bureau's field as its work says it
    (科技, 创新 of 我市科技创新工作), or the phrase has none: a plan sharing with 建立多元化的科技创新投入机制 only
    创新 is on another matter (hd23c: 加大高新技术企业培育力度 offered under it)."""
    return not key or bool((key - bigrams(ws.work)) & bigrams(text))


def bureau_said(item: Item, ws: Workspace) -> bool:
    """True when ``item`` is the bureau's word or of its work: of its own reply or report (:data:`OWN_PLAN_KINDS`, no
    other unit's issuer), of a document it issued, naming it (:func:`names_bureau`) or its field (:func:`in_own_field`:
    a county's 文化旅游 results are its 文旅局's, hd23d) — not a newspaper's or another unit's account of the place's other
    work (hd32b: 香港商报's 我市坚持大抓产业、主攻工业… opened a statistics bureau's part one)."""
    source = item.source
    issuer = source.issuer if source else None
    own = ws.is_own_unit(issuer) if issuer else source is None or (source.kind in OWN_PLAN_KINDS and not place_issued(source, ws))
    return own or names_bureau(item, ws) or in_own_field(item.fact.text, ws)


def place_issued(source: SourceMeta | None, ws: Workspace) -> bool:
    """True when ``source`` is a report of the bureau's own place as a whole, not of the bureau: a work report its government
    issued (霍邱县人民政府), or one of no issuer titled as the place's own document (:data:`_PLACE_DOCUMENT`: 霍邱县情2022年城市建设,
    政府工作报告, 统计公报) naming no unit but the government — not 2023年工作总结 nor 霍邱县城市管理工作总结, which may be the
    bureau's own. Its sentences without a subject tell the place's work (hd57a)."""
    if source is None or source.kind != WORK_REPORT or source.jurisdiction in ws.areas \
            or not ws.is_own(source.jurisdiction, renamed=source.renamed):
        return False
    if source.issuer:
        return source.issuer.endswith(GOVERNMENT) and not ws.is_own_unit(source.issuer)
    title = source.title or ""
    return bool(_PLACE_DOCUMENT.search(title)) and not _UNIT_NAMED.search(_GOVERNMENT_NAMED.sub("", title))


# A title of a place's own document, of the place as a whole (its profile, grammar.PLACE_PROFILE: 霍邱县情…, 霍邱县概况; 政府工作报告,
# 统计公报, 年鉴); a unit it names, beside its government (人民政府, 政府: _GOVERNMENT_NAMED, taken out first).
_PLACE_DOCUMENT = lazy(rf"{PLACE_PROFILE}|政府工作报告|统计公报|年鉴")
_UNIT_NAMED = lazy(UNIT_NAME)
_GOVERNMENT_NAMED = lazy(alternation(GOVERNMENT))


def in_own_field(text: str, ws: Workspace) -> bool:
    """True when ``text`` says a word of the field the bureau's names say (:func:`~drafter.grammar.unit_matters`: 统计 of
    市统计局; 文化, 旅游 of 县文化和旅游局, each side of its 和) — not across 人民|政府 (民政 of 市民政局: 经三届市人民政府第11次常务会议研究审议通过，现将《…殡葬管理办法》
    印发给你们 is the city government's, hd51a)."""
    text = text.replace(*GOVERNMENT)
    return any(w in text for w in ws.own_fields)


def _newest_plans(items: list[Item], limit: int | None = MAX_PLANS) -> list[Item]:
    """Fresh plan facts (a stale plan is no next step, nor one of no known year: hd2 found an undated 2020
    plan for 防疫物资 offered as a 2022 reply's next step, unflagged), newest source first, each source's
    items in their own order (a plan list reads as its author wrote it)."""
    fresh = sorted((i for i in items if not i.stale and i.year is not None), key=lambda i: (i.fact.paragraph or 0, i.fact.id))
    fresh.sort(key=source_date, reverse=True)
    return fresh[:limit]
