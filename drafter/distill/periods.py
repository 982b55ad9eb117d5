"""The time a statement and each of its figures speak of: years, spans and the document's date.

Time mentions in a text (:func:`time_mentions`), each a (position, first year, last year):

- a year, ``2023年`` (not inside 《》, not a start ``自2024年7月…以来``, not a comparison's base:
  ``在2022年的基础上``, ``比2015年``, ``较2020年``, nor a cut-off: ``2000年以前建成的老旧小区``, nor a document's number:
  ``商务部令2012年第9号``, nor a batch of funds: ``2026年度提前批超长期特别国债``, nor a founding: ``始建于1956年``,
  nor a record's start: ``2008年以来最多的暴雨日数``, nor a meeting where it was heard: ``从2024年全省…工作会议上传来消息``);
- a span: ``2011—2015年`` before 期间/间/时期, a clause's end, the work done in it (``2021-2022年完成``) or
  a yearly figure of it (``2016—2017年每年68名``);
  a five-year plan's period,
  ``“十二五”期间`` → 2011–2015 (a name such as ``“十四五”国家重大科技基础设施`` is no period);
  ``自2017年至今`` / ``2017年以来`` / ``2017年之后`` / ``从2017年开始`` → 2017 until the document's year, as a founding's year
  is with the clause after it (``于2018年11月29日…挂牌成立后，`` → 2018 until then; a count
  running since then stands as of the document's date; ``2017年之前，`` names no
  year: a statement opening on it speaks of no time it names, nor of the document's); ``党的十八大以来`` → the congress's year
  (2012, :data:`~drafter.grammar.PARTY_CONGRESSES`) until the document's;
- the present of a dated document: ``目前``, ``截至目前``, ``截至5月底``, ``1—11月``, ``今年``/``本年`` → the
  document's year, found by the document's date (basis ``document date``), not by the text
  (``2020年，…50万。今年2月，…9个``: 9个 is the reply's year, not 2020's) — the year before for a month after the document's
  (``截至12月底``, ``1—12月`` in a page of April).

A figure's period (:func:`figure_periods`) is the nearest mention before it — in its own
sentence, or anywhere before it when the statement opens with its time (``2023年，全市…``), or, in a sentence naming none, the
time the last sentence naming one opens on (``截至2017年12月，…。水质及内涝方面，已整治完成内涝点15个``: 15个 is 2017's) — but
not the start of a change it ends (``由2019年的600小时提升至900小时``: 900小时 is not 2019's), nor
a year before a clause naming its own time (``2022年…3.1%；全年…250.3亿元``: 250.3亿元 takes the
report's year).
An earlier item's year (①…2024年…。②…187场次) is not a later item's, a year before the first item is all the items'.
A figure in brackets right after a comparison's base year, or after its 的, is that year's value (``比2019年同期（653.17亿元）``,
``较2020年的16.2%``).
A sentence opening with 其中 breaks down the total of the sentence before it and takes that
sentence's time (``2021年我局承办…共15件。其中：州人大代表建议2件…``: 2件 is 2021's), and so does one going on with 同时
(``从2023年年初开始，…。同时，…建成了14个智慧体育公园``: 14个 is 2023's).
A statement whose first figure comes before any time it names speaks, as a whole, of the time
its section or document gives where its years tell history in passing: all its figures before them and none
opening a sentence, or all of them before the year before the document's (see :func:`drafter.distill.facts.opening_figures_period`).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..grammar import (LAST_YEAR_BASE, FIVE_YEAR_PLAN_NAMES, FIVE_YEAR_PLANS, PARTY_CONGRESSES, ADDING_WORDS, CIRCLED_NUMBER, CUT_OFF_WORDS, ITEM, ORGAN_CHARS, PLAN_PERIOD_ENDS, PRESENT_HOLDING, PRESENT_WORD, PRESENT_WORDS, RECENT_RUN,
                       RECENT_YEARS_WORDS, RUNNING_TOTAL_WORDS, STOCK_VERBS, STRIVING, THIS_YEAR_WORDS, TITLE_SPAN, TOTAL_REACHED, recent_run_years,
                       words)
from ..lazyre import lazy
from ..textutil import cn_number
from .figures import CHANGED_TO, YEAR, YEARLY_AVERAGE, changed_from

# A five-year plan's period, the plan named (group 1): “十三五”期间, 十四五时期, “十四五”以来, 十五期间 (not grammar.FIVE_YEAR_PLAN:
# this one captures the plan, takes ASCII quotes and an unquoted 十五 before its span's word); or its end, its last year
# (“十一五”末, 十二五期末: 2010, 2015, hd52a).
FIVE_YEAR_PLAN_PERIOD = lazy(rf"[“\"]?({FIVE_YEAR_PLAN_NAMES})[”\"]?(?:规划)?(?:{words(PLAN_PERIOD_ENDS, ('以来', '间'))})")
# A time since a Party congress (党的十八大以来, 十九大召开以来): from the year it met (group 1: the congress) to now.
SINCE_CONGRESS = lazy(rf"({words(tuple(PARTY_CONGRESSES))})(?:召开)?以来")
# (2002年实施退耕还林工程和长防林工程至今; 2020年之后，新建桥梁8座: since then too; 2012年来累计投入约6亿元, 2012年来，…: 来 as
# 以来, before a pause or the sum since — not 2019年来我市视察, a visit that year)
SINCE = lazy(r"^(?:[^，。；]{0,20}?)(?:至今|以来)|^\s?(?:之后|以后)|^来(?=，|[^，。；]{0,8}?累计)")
# A record a figure is compared with (记录到2008年以来最多的暴雨日数，全市性暴雨19天: 19天 is the document's year's, the most
# since 2008; 有气象记录以来最高): no time the statement speaks of; nor is a run of recent years a record is counted over
# (工业投资实现近十五年来首次超过房地产投资 of a report reviewing 2023: the first time in fifteen years, no span of its figures, hd56c).
_RECORD = r"(?:最[多高大少低强长早晚重严快好优]|之最|首次|罕见|新高|新低)"
RECORD_SINCE = lazy(rf"^[^，。；]{{0,8}}?以来[^，。；\d]{{0,3}}?{_RECORD}")
_RECORD_AFTER_RUN = lazy(rf"[^，。；\d]{{0,3}}?{_RECORD}")
FROM_ON = lazy(r"^(?:起|开始)")  # 自2003年起，…, 从2015年开始推进…: from then on
BASE_AFTER = lazy(r"^\s?(?:度)?(?:的?基础上|基础上|同期|相比|水平)|^\s?(?:以前|之前)")  # …2000年以前建成的: a cut-off
_COMPARING = "较|比|与|相比|同比|对比"  # the words a comparison's base follows
BASE_BEFORE = lazy(rf"(?:{_COMPARING})\s?$")
# A year numbering a document (商务部令2012年第9号, 公告2023年第5号): the document's name, not the time a statement speaks of.
NUMBERED_AFTER = lazy(r"^\s?第\s?\d{1,5}\s?号")
# The age of what is counted, by when it was built (对2000年底前建成的小区, 全市2005年12月31日前建成使用的…): a
# cut-off, unless a deadline's word stands before it (力争2025年底前建成).
BUILT_BY = lazy(r"^\s?(?:\d{1,2}月\d{1,2}日|底|末)(?:以前|之前|前)建成")
# A year naming an honour conferred (获评2024年全省粮油千亩高产先进县, 荣获2023年度…奖, 入选2024年…名单): the honour's, not the
# time of the work the statement reports.
AWARD_BEFORE = lazy(r"(?:获评|荣获|获得|获|评为|入选|授予|命名为)\s?$")
# A year naming the meeting where a statement was heard (从2024年全省卫生健康工作会议上传来消息，运城市获评全省2023年度…): where it
# was said, not the time of what it says (hd34b).
MET_AFTER = lazy(r"^\s?度?[^，。；\d]{0,20}?会议?上")
# A year naming a batch of funds (申报…2026年度提前批超长期特别国债, 2025年第二批专项债券): the batch's name, no time of the work.
BATCH_AFTER = lazy(r"^\s?度?(?:提前批|第[一二三四五六七八九十\d]{1,2}批|[^，。；]{0,8}?(?:国债|专项债|债券))")
# The year a thing was founded (同德烈士陵园始建于1956年，…园内安葬有115名烈士, 成立于2015年的…): the founding's, not the time
# the statement or its other figures speak of.
FOUNDED_BEFORE = lazy(r"(?:建|成立|创建|创办|始|落成|建成|设立|组建)于\s?$")
# …or said before its founding, a clause of its own (池州，…，2000年撤地建市，…人口161.6万人: 2000 no year of its population, hd65d;
# 该协会2010年成立，现有会员…) — not a count of those founded (2023年成立了12个工作专班), nor a level's work (建市级…中心).
FOUNDED_AFTER = lazy(r"^\s?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:撤[地县市区盟乡镇]{1,2})?(?:[设建改升][市区县州盟镇乡]|成立|设立|组建)"
                     r"(?=[，。；、])")
# The year a body was founded, the clause going on after its founding (省应急厅于2018年11月29日整合9个部门…职责挂牌成立后，积极做好
# …各项工作 of a reply of 2022-12, hd52c; 组建以来, 成立之后): the start of a run to now, as 以来 is — never the year of the work told.
FOUNDED_SINCE = lazy(r"(?:\d{1,2}月(?:\d{1,2}日)?)?[^，。；]{0,40}?(?:成立|组建|挂牌|设立)(?:以来|之后|后)(?=[，,])")
# A meeting or an item summing up a year's work (全面总结2024年文旅工作成效，部署2025年重点任务): the year it is an account of.
SUMMED_UP_YEAR = lazy(r"总结(?:了)?((?:19|20)\d{2})\s?年度?[^，。；]{0,12}?(?:工作|成效|成绩|成果|情况)")
# A deadline's word right before a year (于, 计划, 力争2025年底前建成; 力争/争取 of an aim, STRIVING: not 共争取2000年底前建成的老旧小区
# 改造资金3亿元, funds won): found where the year is, the text after it in view.
DEADLINE_BEFORE = lazy(rf"(?:于|在|到|计划|确保|预计|要求|{STRIVING})\s?(?=(?:19|20)\d{{2}})")


def deadline_before(norm: str, at: int) -> bool:
    """Whether a deadline's word (:data:`DEADLINE_BEFORE`) ends at ``at`` in ``norm``, the year after it."""
    return any(m.end() == at for m in (DEADLINE_BEFORE.match(norm, i) for i in range(max(0, at - 4), at)) if m)
# a span's end: a pause, or the work done in it (2021-2022年完成…283公里, 2019—2021年累计…)
SPAN_END = lazy(rf"^\s?(?:度)?(?:(?:期间|间|时期|内)?(?:[，。；：]|$)|(?:期间|间|内)?(?:共|累计|全[省市县区]|我[省市县区{ORGAN_CHARS}]|本[局委厅级]|完成|实施|建成"
                r"|新建|改造|投入|下达|安排|拨付|争取|新增|每年|对|分[别別]"
                # (or the plan the span's work followed, or done one after another: 2016—2017年按照…的思路，…修建了几座蓄水坑塘)
                r"|按照|根据|依据|先后|陆续|修建)"
                # (or the work of those years it names: 我局已组织实施了2016年-2017年沟渠清淤工程，争取…800多万元 — not a plan for them,
                # 2021-2025年水利工程规划)
                r"|[^，。；：《》]{1,12}?(?:工程|项目)(?![^，。；：]{0,4}(?:规划|计划|方案|库)))")  # 2016—2017年每年68名: a yearly figure of the span
# (2017年—2018年对病害严重的路段组织改建完成了173.826公里: the work of the span on its object; 2024年至2025年我局累计投入…:
# the unit that did it; 2017-2021年安排上级专项资金共计454万元, 2020-2021年本级财力安排…: money given in it)
SENTENCE_END = lazy(r"[。！？!?]")
# A clause opening on the years before one (3.2017年之前，博乐市每年预算安排5-10万元…): its time is none the text names.
BEFORE_OPENING = lazy(r"(?:^|[，。；：])\s?((?:19|20)\d{2})\s?年(?:底|末)?(?:之前|以前)[，,]")  # (group 1: the year)
BREAKDOWN = lazy(r"\s?其中[，：:]?")  # a sentence breaking down the total the one before it gives
# A sentence going on at the same time as the one before it (…从2023年年初开始，…11月初顺利完成建设任务…。同时，市文旅广电局还向省里
# 争取，建成了14个智慧体育公园: 2023's, hd38c) — not one merely adding a matter (此外，…), which may be of any time.
SAME_TIME = lazy(rf"\s?(?:{words(tuple(w for w in ADDING_WORDS if w.endswith('同时')))})[，,]")
# The start of a run of months from January (1—12月, 1-11月份, 1至9月), no year nor word of one before it (2019年1—12月, 今年1-6月,
# 每年1至3月: the year's own): the months so far of the year the document's present is in (pattern text).
MONTHS_FROM_JANUARY = r"(?<![年\d])1\s?[-—–~至到]\s?"
NOW = lazy(rf"(?:{words(CUT_OFF_WORDS)})(?:目前|当前|现在|\d{{1,2}}月(?:底|末|份)?)|{PRESENT_WORD}|至今|{PRESENT_HOLDING}"
           rf"|{MONTHS_FROM_JANUARY}\d{{1,2}}月")
THIS_YEAR = lazy(rf"(?<![较比与])(?:{words(THIS_YEAR_WORDS)})")
# A cut-off at a month after the document's own (截至12月底 in an item of January), or a run of months to it (1—12月 in a page of
# April, hd65c): the year before's.
CUT_OFF_MONTH = lazy(rf"(?:{words(CUT_OFF_WORDS)}|{MONTHS_FROM_JANUARY})(\d{{1,2}})月")


# A review of a year's work headed in a report's running text, its heading not set apart (2023年工作回顾2023年是… of a
# 政府工作报告 delivered 2024-01-08, hd73b), and the heading of a later year's work that ends it (2024年工作安排, 2024年主要任务…).
_REVIEW_HEAD = lazy(r"((?:19|20)\d{2})\s?年(?:政府)?工作回顾")
_YEAR_WORK_HEAD = lazy(r"((?:19|20)\d{2})\s?年(?:政府工作|工作安排|工作任务|主要任务|重点工作|主要目标|总体要求|工作建议)")


def review_heading(norm: str, year: int | None, reviewing: int | None) -> tuple[int | None, bool]:
    """The year under review after the statement ``norm`` of a document of ``year`` — the year before it whose review a heading in
    the running text opens (:data:`_REVIEW_HEAD`), else ``reviewing`` (the one before it), until a heading of a later year's work
    (:data:`_YEAR_WORK_HEAD`) ends it — and whether ``norm`` opens that review: the statements of no time of their own are of the
    year reviewed, not of the year the report was delivered in."""
    head = _REVIEW_HEAD.search(norm) if year else None
    opened = bool(head) and int(head.group(1)) < year
    if opened:
        reviewing = int(head.group(1))
    ahead = reviewing and any(int(m.group(1)) > reviewing for m in _YEAR_WORK_HEAD.finditer(norm, head.end() if opened else 0))
    return (None if ahead else reviewing), opened


def present_year(said: str, year: int, month: int | None) -> int:
    """The year a present word (``said``: 目前, 截至5月底, 1—11月) of a document of ``year`` and ``month`` speaks of: that
    year, but the one before for a cut-off at a later month or a run of months to it (:data:`CUT_OFF_MONTH`)."""
    m = CUT_OFF_MONTH.match(said)
    return year - 1 if m and month and int(m.group(1)) > month else year
TEXT, DOCUMENT_DATE, RELATIVE, UNKNOWN = "text", "document date", "relative to document date", "unknown"


def latest_work(mentions) -> tuple[int, int]:
    """The (first, last) year of the latest work ``mentions`` name, the time a statement reports: the one starting last, a year
    before a span starting with it (石林县2005-2006年期间对全县村卫生室进行了建设…2017年健康扶贫工作开展以来…整治、重建: 2017 to now,
    not the years first named in passing)."""
    _, a, b, _ = max(mentions, key=lambda m: (m[1], m[1] == m[2]))
    return a, b


_MONTH = lazy(r"^\s?\d{1,2}月")


# The years a run since a year lasted, said right after it (这是自2019年以来连续3年该局获此殊荣: 2019 to 2021, hd24a).
RUN_OF_YEARS = lazy(r"^，?[^，。；]{0,6}?连续\s?([两二三四五六七八九十]{1,3}|\d{1,2})\s?年")


def _run_end(after: str, first: int, now: int) -> int:
    """The last year of a span since ``first``: the run of years said ``after`` it ends (:data:`RUN_OF_YEARS`), else ``now``."""
    m = RUN_OF_YEARS.match(after)
    n = (int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1))) if m else None
    return min(first + n - 1, now) if n else now


@lru_cache(maxsize=4096)
def time_mentions(norm: str, doc_year: int | None = None, doc_month: int | None = None) -> tuple[tuple[int, int, int, str], ...]:
    """(position, first year, last year, basis) of each time the text names (see the module
    docstring); basis is ``text``, or ``document date`` for 目前/截至….月 (:func:`present_year`: of the
    document's ``doc_month``)."""
    titles = [(m.start(), m.end()) for m in TITLE_SPAN.finditer(norm)] if "《" in norm else []

    def in_title(i: int) -> bool:
        return any(a <= i < b for a, b in titles)

    out = []
    since_ends = []  # where a span's 至今/以来 ends (2002年实施…工程至今): no present of its own
    for m in YEAR.finditer(norm):
        if in_title(m.start()):
            continue
        after = norm[m.end(): m.end() + 30]
        first = int(m.group(1))
        if m.group(2):
            if SPAN_END.match(after):
                out.append((m.start(), first, int(m.group(2)), TEXT))
            continue
        before = norm[max(0, m.start() - 3): m.start()]
        if (BASE_AFTER.match(after) or BASE_BEFORE.search(before) or AWARD_BEFORE.search(before) or NUMBERED_AFTER.match(after)
                or BATCH_AFTER.match(after) or FOUNDED_BEFORE.search(before) or FOUNDED_AFTER.match(after) or RECORD_SINCE.match(after)
                or MET_AFTER.match(after)):
            continue
        if BUILT_BY.match(after) and not deadline_before(norm, m.start()):
            continue
        founded = FOUNDED_SINCE.match(norm, m.end())
        if founded and doc_year and doc_year > first:
            out.append((m.start(), first, doc_year, TEXT))
            since_ends.append((m.start(), founded.end()))
            continue
        since = SINCE.match(after) or (FROM_ON.match(after) if norm[m.start() - 1: m.start()] in ("自", "从") else None)
        if since:
            if doc_year and doc_year > first and not _MONTH.match(after):
                out.append((m.start(), first, _run_end(after[since.end():], first, doc_year), TEXT))
                since_ends.append((m.start(), m.end() + since.end()))
            continue
        out.append((m.start(), first, first, TEXT))
    for m in FIVE_YEAR_PLAN_PERIOD.finditer(norm):
        if in_title(m.start()):
            continue
        first = FIVE_YEAR_PLANS.get(m.group(1))
        if first is None:
            continue
        if m.group().endswith("以来"):
            if doc_year is None or doc_year > first:  # (in a text of no known year, at most the plan's span: hd36c)
                out.append((m.start(), first, doc_year or first + 4, TEXT))
            continue
        if m.group().endswith("末"):
            if not BASE_BEFORE.search(norm, max(0, m.start() - 3), m.start()):  # (比“十三五”末增长18.4%: the change's base)
                out.append((m.start(), first + 4, first + 4, TEXT))
            continue
        out.append((m.start(), first, first + 4, TEXT))
    for m in SINCE_CONGRESS.finditer(norm) if doc_year else ():  # (党的十八大以来 of 2023: 2012–2023, hd70a)
        if not in_title(m.start()) and doc_year > PARTY_CONGRESSES[m.group(1)]:
            out.append((m.start(), PARTY_CONGRESSES[m.group(1)], doc_year, TEXT))
    if doc_year:
        taken = [(p, p + 12) for p, *_ in out] + since_ends
        for rx in (NOW, THIS_YEAR):
            for m in rx.finditer(norm):
                if not in_title(m.start()) and not any(a <= m.start() < b for a, b in taken):
                    year = present_year(m.group(), doc_year, doc_month)
                    out.append((m.start(), year, year, DOCUMENT_DATE))
    return tuple(sorted(out))


_RECENT_RUN = lazy(RECENT_RUN)  # (:data:`~drafter.grammar.RECENT_RUN`)


def recent_runs(norm: str, last: int | None, named: tuple = ()) -> tuple[tuple[int, int, int, str], ...]:
    """(position, first year, last year, basis) of each run of recent years the text counts (:data:`_RECENT_RUN`, two years
    at least) ending at ``last``, the year the document's present is (basis ``relative to document date``); none without it.
    A run counting the years since the last year ``named`` before it (its :func:`time_mentions`) starts there: 2008年，吴忠市提出
    …的计划。…两年来，该市区绿地面积从3658.5亩增加到2.43万亩 on a page of 2010 runs from 2008 (hd44b)."""
    out = []
    for m in _RECENT_RUN.finditer(norm) if last else ():
        if (years := recent_run_years(m.group(1), last)) and not _RECORD_AFTER_RUN.match(norm, m.end()):
            year = max(((p, a) for p, a, b, basis in named if p < m.start() and a == b and basis == TEXT), default=None)
            out.append((m.start(), year[1] if year and year[1] == years[0] - 1 else years[0], years[1], RELATIVE))
    return tuple(out)


def _run_of_a_noun(norm: str, p: int, pos: int) -> bool:
    """Whether the mention at ``p`` is a run of recent years modifying a noun (近10年的变化趋势) in a clause before the figure at
    ``pos``: the time of that noun, not of the figure (从全球近10年的变化趋势看，…在全球53个中高收入国家中… — 53个 no count of a run, hd48a)."""
    m = _RECENT_RUN.match(norm, p)
    return bool(m) and norm.startswith("的", m.end()) and "，" in norm[m.end():pos]


# A clause that names its own time with a word (…；全年区本级…, …；今年…): an earlier clause's year
# does not reach past it (2022年全区…3.1%；全年…250.3亿元: 250.3亿元 is the report's year).
_OWN_TIME = lazy(r"[；;]\s?(?:全年|今年|本年度?)")
# A sentence opening on some recent years it does not name (…2019年…完成创建。近年来，…争取资金40万元): no year
# named before it reaches into it.
_RECENT_YEARS = lazy(rf"(?:^|[。！？])\s?(?:{words(RECENT_YEARS_WORDS)})")
# A sentence opening on the time gone by since (短短的两年时间，…拔地而起 after 2008年12月…换届之后, hd71a), or on now (如今, 目前): a year
# named before it reaches no further (its own word, 目前, the time of what follows).
_TIME_MOVED_ON = lazy(rf"(?:^|(?<=[。！？]))\s?(?:短短的?)?(?:(?:[两几一二三四五六七八九十]+|\d{{1,2}})个?年(?:时间|来|间|里|后)|如今|现在"
                      rf"|{words(PRESENT_WORDS)})")


# A change from the past's value (从过去每年300亿元左右提升至近两年每年600亿元左右, hd56c): 过去 names no years of its own, no span
# a time named before it gives; its value is of before the time the change reaches, at latest the year before it (as a
# figure after 2017年之前 is, :data:`BEFORE_OPENING`).
_FROM_PAST = lazy(r"[由从]\s?(?:过去|以往|往年)")


def _past_value(norm: str, pos: int, end: int, mentions) -> tuple | None:
    """The (year, year, basis, in its sentence, where) of a figure at ``pos`` that a change starts from the past's value
    (:data:`_FROM_PAST`, no time named between) to a time named before ``end`` (its sentence's end): the year before that
    time's first; None otherwise."""
    past = max(_FROM_PAST.finditer(norm, max(norm.rfind(c, 0, pos) for c in "。！？；") + 1, pos), key=lambda m: m.start(),
               default=None)
    if not past or any(past.start() <= p < pos for p, *_ in mentions):
        return None
    reached = next((m for m in mentions if pos < m[0] < end and CHANGED_TO.search(norm, pos, m[0])), None)
    return (reached[1] - 1, reached[1] - 1, TEXT, True, past.start()) if reached else None


def _changed_since(norm: str, year_at: int, pos: int | None = None) -> bool:
    """Whether the year at ``year_at`` is the start of a change (由2018年的…提升至…) that ends before
    ``pos`` (a figure there is not of that year), or in its sentence when ``pos`` is None (the
    statement does not speak of that year)."""
    if not changed_from(norm, year_at):
        return False
    if pos is None:
        m = SENTENCE_END.search(norm, year_at)
        pos = m.start() if m else len(norm)
    return bool(CHANGED_TO.search(norm, year_at, pos))


def change_start(norm: str, mention: tuple[int, int, int, str]) -> bool:
    """A time mention that only starts a change its sentence states (由2018年的…提升至…)."""
    return _changed_since(norm, mention[0])


# A comparison's base year and its value in brackets right after it (比2019年同期（653.17亿元）增长6.48%), or after its 的
# (较2020年的16.2%实现翻番, hd32b): the figure is that year's.
_VALUE_TAIL = r"(?:的?\s?[（(]|的)\s?$"  # a base's value after it, in brackets or after its 的
_BASE_VALUE = lazy(rf"(?:{_COMPARING})\s?((?:19|20)\d{{2}})\s?年(?:同期|底|末)?{_VALUE_TAIL}")
# …or the year before's, its base named by the year before (陶瓷规上企业从去年同期的116家，增至128家, hd53a): the year before the
# figure's time.
_LAST_YEAR_VALUE = lazy(rf"(?:{_COMPARING}|从|由)\s?{LAST_YEAR_BASE}{_VALUE_TAIL}")


# (:data:`~drafter.grammar.STOCK_VERBS`, or 现有 where :data:`~drafter.grammar.PRESENT_HOLDING` reads it) governing the figure:
# the last one before it, no 的 after it making it a modifier
_HELD = lazy(rf"(?:{words(STOCK_VERBS)}|{PRESENT_HOLDING})[^的]*$")
_CIRCLED = lazy(CIRCLED_NUMBER)  # an item of a list in running text, ①…, as 一是… (grammar.ITEM) is


def _founding_counts(norm: str, year_at: int, pos: int) -> bool:
    """Whether the figure at ``pos`` stands inside the founding clause after the year at ``year_at`` (:data:`FOUNDED_SINCE`)."""
    year = YEAR.match(norm, year_at)
    founded = FOUNDED_SINCE.match(norm, year.end()) if year else None
    return bool(founded) and pos < founded.end()


def figure_periods(norm: str, positions: list[int], mentions: tuple[tuple[int, int, int, str], ...],
                   opens: bool) -> list[tuple[int, int, str, bool, int] | None]:
    """The (first, last) year, basis, whether it is named in the figure's own sentence and where, of each
    figure at ``positions``: the nearest mention before it in
    its sentence, or anywhere before it when the statement ``opens`` with its time, or the time a sentence before opens on
    (:func:`_opening_time`); None when no mention applies."""
    stops = [m.end() for m in SENTENCE_END.finditer(norm)]
    out: list[tuple[int, int, str, bool, int] | None] = []
    for pos in positions:
        base = _BASE_VALUE.search(norm, max(0, pos - 16), pos)
        if base:
            out.append((int(base.group(1)), int(base.group(1)), TEXT, True, base.start(1)))
            continue
        k = bisect_right(stops, pos)
        sentence = stops[k - 1] if k else 0
        past = _past_value(norm, pos, stops[k] if k < len(stops) else len(norm), mentions)
        if past:
            out.append(past)
            continue
        if k and (BREAKDOWN.match(norm, sentence) or SAME_TIME.match(norm, sentence)):
            # (…共15件。其中：…2件: the total's time is the breakdown's; …2023年…。同时，…14个: the one before's)
            sentence = stops[k - 2] if k > 1 else 0
        floor = 0 if opens else sentence
        restart = max([*(m.end() for rx in (_OWN_TIME, _RECENT_YEARS) for m in rx.finditer(norm, 0, pos)),
                       *(m.start() for m in _TIME_MOVED_ON.finditer(norm, 0, pos))], default=-1)
        items = sorted(m.start() for rx in (_CIRCLED, ITEM) for m in rx.finditer(norm, 0, pos))
        # (an earlier item's year is not this item's: ①…明确了2024年工作任务。②…争取了2000万元 is the report's, hd28c)
        skipped = (items[0], items[-1]) if items else (0, 0)
        # (a run of recent years reaches no further than its sentence: 三年来累计消杀货物23.5万余吨。…查处食品案件1595件 is the year's)
        before = [(a, b, basis, p >= sentence, p) for p, a, b, basis in mentions
                  if floor <= p < pos and not _changed_since(norm, p, pos) and p >= restart
                  and not skipped[0] <= p < skipped[1]
                  and (p >= sentence or not _RECENT_RUN.match(norm, p)) and not _clause_year_end(norm, p, pos)
                  and not _run_of_a_noun(norm, p, pos)]
        spans = [b for b in before if b[0] < b[1]]
        if spans and YEARLY_AVERAGE.search(norm, max(0, pos - 12), pos):
            # (a yearly average's figure is of the span its statement names, 五年来, “十四五”以来, never a single year named
            # between: …提升至2024年的6.6%，…年均增长8.6%, hd36c)
            before = spans
        m = before[-1] if before else _opening_time(norm, stops, pos, mentions, max(restart, skipped[1]))
        if m and _LAST_YEAR_VALUE.search(norm, max(0, pos - 16), pos):
            m = (m[0] - 1, m[1] - 1, *m[2:])
        if m and m[0] < m[1] and _founding_counts(norm, m[4], pos):
            m = (m[0], m[0], *m[2:])  # (整合9个部门…挂牌成立后: the founding's own figures, of its year)
        if m and m[0] < m[1] and ((not m[3] and _since(norm, m[4])) or _HELD.search(norm[_pause_before(norm, pos):pos])):
            # a statement opening on what went on since a year (自2003年起，…。经过多年的建设，…总里程达到3543公里):
            # a later sentence's figure is of the span's end, now; so is a stock held under a span (此后30年间，…成为坐拥3.5万余家
            # 工业企业…的制造强市: held at its close, hd44a)
            m = (m[1], m[1], *m[2:])
        out.append(m)
    return _from_to(norm, positions, _respectively(norm, positions, out, mentions))


# A sentence adding a matter (此外，…), which may be of any time (not 同时, :data:`SAME_TIME`).
_ADDED_MATTER = lazy(rf"\s?(?:{words(tuple(w for w in ADDING_WORDS if not w.endswith('同时')))})")
# What may stand before the time a sentence opens on (截至2017年12月，…; 2021年，…), and a year's statistics it opens on as its
# source (根据2008年全旗国民经济统计资料，…: the figures it introduces are that year's, the sentences after it too, hd59b).
_BEFORE_OPENING_TIME = lazy(rf"\s?(?:{words(CUT_OFF_WORDS)})?\s?")
_BEFORE_STATISTICS = lazy(r"\s?(?:根据|依据|据|按照?)\s?")
_STATISTICS_OF_YEAR = lazy(r"(?:19|20)\d{2}\s?年[^，。；：！？]{0,20}?(?:统计|普查|年鉴|公报)")
_RUNNING_TOTAL = lazy(rf"{words(RUNNING_TOTAL_WORDS)}|{TOTAL_REACHED}")


def _opening_time(norm: str, stops: list[int], pos: int, mentions, floor: int) -> tuple | None:
    """The time of the sentences before ``pos`` that a sentence opens on, the last time named before ``pos`` and after
    ``floor``, where ``pos``'s own sentence names none (截至2017年12月，已完成工程项目113个…。水质及内涝方面，已整治完成内涝点15个…: 15个
    goes on with the count as of 2017年12月, hd45c); None where the last time named does not open its sentence, or ``pos``'s
    sentence adds a matter (:data:`_ADDED_MATTER`)."""
    k = bisect_right(stops, pos)
    sentence = stops[k - 1] if k else 0
    named = [mention for mention in mentions if floor <= mention[0] < pos]
    if not named or named[-1][0] >= sentence or _ADDED_MATTER.match(norm, sentence):
        return None  # (a time of its own sentence left out is no time of it: 由2019年的600小时提升至900小时)
    at, a, b, basis = named[-1]
    k = bisect_right(stops, at)
    opening = stops[k - 1] if k else 0
    if not (_BEFORE_OPENING_TIME.fullmatch(norm, opening, at)
            or (_BEFORE_STATISTICS.fullmatch(norm, opening, at) and _STATISTICS_OF_YEAR.match(norm, at))) \
            or (not cut_off(norm, at) and _RUNNING_TOTAL.search(norm, sentence, pos)):
        return None  # (2019年，我市获批…。全市累计认定高新技术企业2800家: the total now, no 2019's)
    return a, b, basis, False, at


_CUT_OFF_BEFORE = lazy(rf"(?:{words(CUT_OFF_WORDS)})\s?$")
# A year set at a sentence's opening, a comma after it and its month or day (2002年，…; 到2023年，…; 2007年4月30日，…; 截至2017年
# 12月，…): the time of its sentence, and of those after it naming none of their own.
_BEFORE_SETTING = lazy(rf"\s?(?:{words(CUT_OFF_WORDS)}|到|至)?\s?")
_SETTING_AFTER = lazy(r"(?:度|底|末|初)?(?:\d{1,2}月(?:\d{1,2}日|底|末|份)?)?[，,]")


def sets_time(norm: str, at: int, clause: bool = False) -> bool:
    """Whether the year named at ``at`` opens its sentence as its setting (:data:`_SETTING_AFTER`): the year the sentences after it
    speak of (2002年，…人口约54.85万人。辖10个镇…: 10个 is 2002's, hd60a), not a year some clause names in passing (规划在2026年撤并…);
    with ``clause``, a clause of its own inside its sentence too (据统计，2020年，…: the time of the clauses after it, hd61b)."""
    year = YEAR.match(norm, at)
    if not year or year.group(2):
        return False
    sentence = max(norm.rfind(c, 0, at) for c in "。！？\n" + ("，；：" if clause else "")) + 1
    return bool(_BEFORE_SETTING.fullmatch(norm, sentence, at) and _SETTING_AFTER.match(norm, year.end()))


def cut_off(norm: str, at: int) -> bool:
    """Whether the time named at ``at`` is a cut-off (截至2017年12月): what is counted stands as of it, sizes too."""
    return bool(_CUT_OFF_BEFORE.search(norm, max(0, at - 4), at))


def _pause_before(norm: str, pos: int) -> int:
    """Where the stretch of text up to ``pos`` since its last pause starts (a list's 、 no pause: 坐拥…、涵盖20多个…)."""
    return max(norm.rfind(c, 0, pos) for c in "，。；：！？") + 1


# A year's end a clause inside its sentence is of (…国土面积2.84万平方公里，2023年末全州常住人口为234.2万人，拥有…4张世界级名片, hd32a):
# the time of that clause's stock, none of the clauses after it; not a setting with its comma (截至2023年底，…).
_YEAR_END_OF_CLAUSE = lazy(r"(?:19|20)\d{2}\s?年(?:末|底)(?![，,])")


def _clause_year_end(norm: str, at: int, pos: int) -> bool:
    """Whether the mention at ``at`` is a year's end of a clause after the first of its sentence (:data:`_YEAR_END_OF_CLAUSE`)
    that ends before ``pos``."""
    if not _YEAR_END_OF_CLAUSE.match(norm, at):
        return False
    start = max(norm.rfind(c, 0, at) for c in "。！？；") + 1
    return "，" in norm[start:at] and "，" in norm[at:pos]


def _since(norm: str, at: int) -> bool:
    """Whether the year at ``at`` starts a span running to now (2002年…至今, 2018年以来, 自2003年起)."""
    m = YEAR.match(norm, at)
    if not m or m.group(2):
        return False
    after = norm[m.end(): m.end() + 30]
    return bool(SINCE.match(after) or (FROM_ON.match(after) and norm[at - 1: at] in ("自", "从")))


_LIST_BREAK = lazy(r"[，。；：,;:]")
_RESPECTIVELY = lazy(r"分[别別]")
# The join of two years listed (2017年、2018年分别…).
_YEARS_JOINED = lazy(r"\s?[、和与及]\s?")


def _listed_years(norm: str, at: int, mentions) -> list[int]:
    """The year of the mention at ``at`` and those listed right before it, in order (2017年、2018年 → 2017, 2018)."""
    years = [next(a for p, a, _, _ in mentions if p == at)]
    for p, a, b, _ in reversed([m for m in mentions if m[0] < at]):
        year = YEAR.match(norm, p)
        if a != b or not year or not _YEARS_JOINED.fullmatch(norm, year.end(), at):
            break
        years.insert(0, a)
        at = p
    return years


def _respectively(norm: str, positions: list[int], found: list, mentions) -> list:
    """``found`` with each figure of a list after 分别 that has one figure for each year of its span or of the years listed
    before it given that year (2018-2021年分别为每人每年490元、520元、550元、580元: 490元 is 2018's, 580元 2021's;
    2017年、2018年分别预算30万元、50万元: 30万元 is 2017's)."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i, (pos, m) in enumerate(zip(positions, found)):
        if not m:
            continue
        anchor = max((a.start() for a in _RESPECTIVELY.finditer(norm, m[4], pos)), default=-1)
        if anchor >= 0 and not _LIST_BREAK.search(norm, anchor, pos):
            groups.setdefault((m[4], anchor), []).append(i)
    out = list(found)
    for (at, _), members in groups.items():
        a, b = found[members[0]][:2]
        years = list(range(a, b + 1)) if a < b else _listed_years(norm, at, mentions)
        if len(members) == len(years) > 1:
            for year, i in zip(years, members):
                out[i] = (year, year, *found[i][2:])
    return out


# What lies between a change's start value and its end (由1.74%增长至2.45%, 由82.3亿元，增长到306.5亿元).
_FROM_TO_GAP = 16


def _from_to(norm: str, positions: list[int], found: list) -> list:
    """``found`` with a change from one value to another over a span (2018年至2021年，…由1.74%增长至2.45%) dated: the value it
    starts from is the span's first year's — a five-year plan's, the year before it, its start the last plan's end — the one it
    reaches its last year's (a change it makes, 增长2.1倍, stays the span's); and so for as many values listed on each side
    (“十三五”以来，…城乡居民收入分别从44845元、25903元提高到63702元、39096元: the first two 2015's, the last two 2020's, hd66c)."""
    out = list(found)
    for i in range(len(positions) - 1):
        m, pos = found[i], positions[i]
        if not (m and m[0] < m[1] and changed_from(norm, pos)):
            continue
        k = next((k for k in range(1, (len(positions) - i) // 2 + 1)
                  if CHANGED_TO.search(norm, positions[i + k - 1], positions[i + k])), None)
        run = positions[i:i + 2 * k] if k else []
        if k and all(found[j] == m for j in range(i, i + 2 * k)) and all(
                b - a <= _FROM_TO_GAP and not SENTENCE_END.search(norm, a, b) and "；" not in norm[a:b]
                and (j == k - 1 or not CHANGED_TO.search(norm, a, b)) for j, (a, b) in enumerate(zip(run, run[1:]))):
            start = m[0] - 1 if FIVE_YEAR_PLAN_PERIOD.match(norm, m[4]) else m[0]
            for j in range(i, i + k):
                out[j], out[j + k] = (start, start, *m[2:]), (m[1], m[1], *m[2:])
    return out
