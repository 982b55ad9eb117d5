"""Facts from an outline: one per enumerated item, or per paragraph without items.

- ``kind``: the section's class (done / plan / problem / context; a section no heading word
  classifies is done in replies and reports, context in news, policies and a place's profile (``霍邱县情2022年城市建设``), plan in
  a news item whose title announces
  the year's work to come, ``西安三部门发布今年重点工作``, but for its day's event or what it says done); a lead paragraph
  without figures (an overview, ``近年来…主要做法如下：``) or a judgement of the suggestion
  (``该建议具有前瞻性``) or a view of what something is (``科技创新是…的关键抓手``,
  ``2023年是…的开局之年``; not when its first sentence goes on to someone's work: ``…，区科委
  带领…推进…``) is context except under a plan; a present obstacle without figures
  (``目前…无法…``) in a done section is a problem, not a result; a statement about the document
  itself (``本报告由…编制``) is context; one opening on what is heard or found of a situation
  (``据了解，全市仅…1家``), figures or not, is context in a done section, unless it forecasts a measure's figure to come
  (``据了解，2012年平陆县苹果产量将达到3亿公斤``: a plan); one opening on a member of the public raising a matter
  (``…某读者反映，…多年来一直无人维修…，希望政府能尽快安排维修``) is context in any, of the time it was raised; one opening with what
  its subject will or intends to do (``我们将进一步…``, ``最后，拟建设…``, ``您提出的…建议，市财政将
  统筹…``) in a done section is a plan; one whose every figure is in the suggestion it restates
  (``关于你们提出“2019年支持10公里护林防火道建设”的建议，目前解决办法是…``) is context: the ask, no result; in news,
  one opening on its issuer's own work (``今年以来，市农业农村局以…积极推动出台…``), or on the workspace's bureau's in a news outlet's
  item of its place (``福州市教育局近日出台《…》``), is done, and so is a paragraph going on with such work (no subject of its own: its
  theme, its time, a verb of work — ``文化服务效能全面提升。开展…553场次``; or its aspect and a past year, with figures —
  ``在空气质量方面，2021年优良天数达到265天…``), and so is the bureau after a clause setting the scene (``春季是…时节，济南市市场监管局
  加强…``), a later sentence of the workspace's place with a past year's figures (``…会议在蒙自市召开。据会议消息，2021年，红河州…
  185.1万吨``) and a thing of the place set going on a day (``2月26日，济南“预付宝”正式上线运行``, a lead too), and, in the place's own
  news (not one announcing the year's work), one opening on its theme and going on with results won with figures (``中医药事业发展激发新动能。
  市中医医院顺利通过“三甲”评审，8家县级中医医院完成“二甲”复审``: a summary of the year's results), and, in the place's own news,
  its work told with figures of no subject, finished already or its works ended in a year before the page's (``目前，已完成国省
  干线公路养护工程41项…``; ``…2016年建成1110公里…`` of 2017), and, in the place's own
  news, one of its areas' work told with figures of a year not after the document's and nothing to come, the area its subject or its
  speaker's unit's (``殷殷嘱托，情深意长，催人奋进。开远市…主任李成伟激动地说，…2024年，产业园实现综合产值41.2亿元``: 开远市's, an
  example, never the place's own); one without figures ending on
  an aim for a time to come (``…已向分管领导汇报，争取今年将…列入年度工作计划``) is a plan, and so is anyone's word of what is to
  be done (``刘长宏说，2025年，西安市生态环境局将…``), kept without the speaker (and a theme line before them), as are a speaker's
  words kept as done — but an assembly's word of what it will do (``高毅…表示，县政协将持续聚焦…``) is context, its own pledge; a
  statement opening on a year, a subject and 将 (``2022年，红河州将着力…``; 今年, the document's own, and 将 or 计划 before its
  verb: ``今年承德市将计划完成投资76亿元``) is that year's plan where the year is not before the
  document's — of the document's own year, not where 将 is 把 (``将…纳入``, ``将…发放到户``) nor, in a reply or report, where its
  figures come with work finished (``2023年，…将养老服务补贴发放到位，惠及1.2万人`` in a summary of 2023); in news, one opening on
  another unit of the place named in full (``济南市商务局会同市市场监管局…``) is that unit's work, not the bureau's; one under a line naming a deputy
  or member (``刘炜英(仓山团代表)``: a page of their remarks) is context, what that person said; in a reply, one whose first
  sentence speaks of a thing its reader named (``我局已将你所提的路段纳入…``, ``你建议中所提的道路属于…``) is context, told to that
  reader of their own item, and so is such a sentence later in a paragraph, a fact of its own, and so are the reader's asks told
  back (``针对您提出的组建…工作组，…设立绿色通道…。``, answering nothing) and the count of their points adopted (``您提出的3条建议，
  我局采纳3条，落实了3条``); an effect expected of work (``此项目实施后可解决…59860人饮水问题``) is a plan; one without figures telling what the
  leadership values and ending on what is still short (``近年来，市委、市政府十分重视…，但与其他城区相比仍有较大的提升空间。``) is
  context, the ask's background, and so is one telling what residents feel (``如今，每一个生活在滕州的居民都切身感受到了…``); in
  news, one whose every figure stands in a clause saying what its subject will do (``为了完善城区公交网络，市区将投放新能源公交车
  200台``) is a plan, never background.
  A paragraph's sentence saying
  the work cannot be done for now (``由于县级财力有限，一时难以解决。``) is a problem of its own, one stating its shortfall
  (``…维修不到位，导致群众出行存在安全隐患。``) context of its own, and one waiting on a condition for what will be done (``…，待下级下达任务后，将及时组织
  实施。``) a plan (:mod:`.structure`); a leader's deeds with figures (``赵常务…当场安排规划费20万元``) are context, cut from the
  bureau's work around them (:func:`leaders_split`).
- ``period`` (first that applies):
  1. ``text`` — the span of years a statement opens on (``“十三五”期间，…2017年…`` → 2016–2020), else the latest year the
     statement names for itself (not in 《》, not a range, not a
     start ``…以来``, not the start of a change ``由2018年的…提升至…``, not a year after the document's
     unless the statement is a plan): ``2023年我区共投入…`` → 2023; a run back from the present (``三年来累计…``) counts
     back from the year its present is (a 2022 report's, posted 2023-03-14: to 2022), for its own sentence's figures;
  2. ``report period`` — the year in the statement's section heading (``二、2017年工作计划``),
     else the year the report covers (SourceMeta.period); not for a plan when that year is before the document's (a plan
     in a 2016 summary dated 2017, ``下一步拟再出台14份配套政策``: the document's year, as 4.);
  3. ``relative to document date`` — 去年/上年 → the document's year − 1 (not in a comparison:
     较去年同期, 比上年); 今年/本年/年内 → its year; 这一年 of a year in review (``这一年，我们…`` in a page of 2025-01-29)
     → the year just ended, and so for the statements after it naming no time;
     全年/年度 without a year → the year before when the document is dated January–June (a
     full year is reported after it ends), else the document's year;
  4. ``document date`` — the document's year (its date, else the year of its number);
  5. ``unknown``.
- ``jurisdiction``: the document's, unless the statement opens with another place as its
  subject (``鲤城区增设…``, ``南安市在全省率先…`` at the start of a fact → that place; a place
  named later in the sentence does not count, save after the first sentence's setting: ``新学期开学，鼓楼区不少师生…``,
  ``在我市…的背景下，去年3月，鼓楼区被认定为…`` → 鼓楼区), or one of the workspace's areas opening it so (a county's town,
  ``根据我们原来调查统计，回隆镇目前无引水渠道…`` → 回隆镇), or a zone opening it (``万盛经开区作为…``: a figure it does not
  place is the document's place's); a place's party committee with its government (``石屏县委、县政府印发了…``) is that place
  acting; a unit above the workspace's level as its doer (``二是省发展改革委…编制了…``, ``…，省发改委争取到…9336万元``) → that
  level's place (:func:`higher_doer`), and the central leadership opening it (``党的十八大以来，以…同志为核心的党中央高度重视…``,
  :data:`CENTRAL`) → 全国, background — up to a sentence opening on the bureau or its own place (``…意义十分深远。我市的长城资源
  丰富…单体建筑1734座``: :func:`place_split`), the place's own; a list of those attending the page's event opening on a guest's
  unit (``陕西省商务厅副厅长戴士芳，…出席活动``) is the page's (:func:`attended_own_event`). ``external`` when it is not the
  workspace's own.
- ``topics``: what the figures count, quoted short terms, then the text's own terms ranked by
  frequency in the fact and rarity among the document's facts (:mod:`.topics`), at most 8; then, under
  no heading but a part's (二、办理情况), a reply's matter: the terms of its suggestion's title the fact does not say.
- a reply's set formulas (the sentences of its wording templates: ``…已收悉…``, ``根据您的建议，下一步
  我局将…``, ``再次感谢…``) are left out of a statement, and a statement of nothing else is no fact
  (:mod:`drafter.frame`); so is a sentence holding a placeholder mark (``【待补充：…】``), and a photo's credit, alone or
  after its caption (``…认真做眼保健操。记者 叶诚 摄``), a table's or figure's caption (``表1 “十三五”时期主要指标完成情况``), a
  table's unit header (``本年收费金额（单位：万元）``) and a reply's lead-in
  naming the reader's matter unquoted (``对于您在建议中提出的…事宜，``), and its opening naming the reader's item alone (``您提出的《关于…``,
  a page cut before its 收悉); a news item's reporting is left out of its statements: its lede's
  credit (``本报讯（记者…）``), a reporter's framing (``连日来，记者采访…时了解到，``) and the questions it asks
  (``我市的近视防控工作进展如何？``); so are a notice's addressees (``各县（区）人民政府，…市政府直属各单位：``), a plan's field on a line
  of its own (``责任单位：市财政局、市税务局``) and the title of the document a notice issues printed over it. Advice, a statement opening on what its subject should do (``家庭、学校、社会应共同
  努力，…``), a wish of others (``我们希望…``), instructions (``一要提高思想认识。…二要…``) and a paragraph of no figure nor word of
  work (a place's history) are context, and so are words quoted opening a statement (``“哇！我的朋友圈…！”这是西安市民…``) and
  effects claimed without figure, time nor doer (``治理大气污染，…已取得明显成效；…``), a higher government's act
  (``6月14日，广东省人民政府…签署《…》``, :data:`HIGHER_ACT`) or a party department's (``三是博州党委宣传部全力配合…``) and advice of
  who is to act (``…，建议由其行业主管部门对…``); a year's estimate under the heading reviewing it (``预计全年…增长8%`` under
  ``一、2024年工作回顾`` of 2025) is that year's result;
  a progress report's field of tasks (``工作任务：…新增…500处以上``) is a plan, and so is what a document is said to set out
  (``…的通知，其中提出，…开工建设332万千瓦清洁火电项目``, ``《方案》提出了…``: :func:`document_proposes`); the items under a reply's heading naming the
  suggestion's problem (``一、针对提案中…的问题``) that report work (``三是开展专项整治。…立案查处…案件32件``) are done; a document's enacting sentence (``…，现制定如下行动计划。``) is left out, and so is a report's note on itself
  (``本年度报告根据…编制``, ``如对本年度报告有疑问，请联系…``; a page's on its document, ``如果您对该政策文件有疑问，可以拨打…电话咨询…``) and what a
  page's cut left unfinished at its end (:func:`finished_end`).
- a statement a document makes again (the same text, kind and period: a plan said under each heading of part two) is
  one fact; a paragraph opening on a place as its subject is cut before each sentence opening on another
  (``红河州各级各部门…打造了一批美丽乡村。石屏县坚持党建引领…``: two statements, the county's its own; :func:`place_split`), each
  part of the year the paragraph opened on;
- ``id``: ``f-<source id>-<hash of the normalised text>`` (the same text of another kind or period gets ``-2``…), stable on
  re-distill; ``digest``: the store's content hash of the machine-made fact.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache, partial
from typing import Callable

from ..grammar import (
    ADDING_WORDS, ADDRESS_FORM, ANY_YOU, ARTICLE, AT_MEETING, ASSEMBLY_WORDS, ASKED_DEED, ASKING_VERBS, ASK_VERBS, AWAITING, BARE_DAY, BASIS_WORDS, BA_VERBS, BOUND_WORDS,
    CENTRAL_BODIES, CHANGE_VERBS, CREED, FOLLOWING_MANNER, CLOSING_NAME, CORRESPONDENT_WORDS, COUNTED_DEED_VERBS, CUT_OFF_WORDS, DAY_TIME, DEADLINE, DEPARTMENT_FULL_NAMES,
    DEPARTMENT_ORGAN_WORDS, DEPARTMENT_SHORT_NAMES, EVENT_CLAUSE, EVENT_NOUNS, FIVE_YEAR_PLAN, FIVE_YEAR_PLANS, FIVE_YEAR_PLAN_NAMES,
    FIVE_YEAR_PLAN_UNQUOTED, FOUNDING_VERBS, FULL_YEAR_WORDS, YEAR_TARGET_WORDS, GARBLED, HALF_YEAR_WORDS, HEARD_VERBS, HOLDING, INCOME_GAIN_WORDS,
    HOLIDAY_MONTHS, HONOUR_WON, HOW_MANY_WORDS, IN_YEAR_WORDS, INSPECTING_VERBS, ISSUING, ITEM_HANDLED, ITEM_IS, ITEM_NUMBER, JOINT_VERBS, LAST_YEAR_SAID, LISTED_VERBS, LOCAL_SCOPES,
    LAST_YEAR_WORDS, LEAD_VERBS, LEVEL_ANAPHOR, LEVEL_CHARS, LEVEL_WORDS, MADE_THINGS, MAKING_VERBS, MANNER_ADVERBS, MEANS_WORDS, MEMBER_WORDS, MODALS, MUST_YAO, NAMED_UNIT_WORDS, NATION, ORGAN_CHARS, ORGAN_WORDS,
    NEXT_STEP, NOT_BA, OUTPUT_FIGURE, PAGE_CUT, PLAN_FIELD_WORDS, PASSING_VERB, PLACE_DEED_VERBS, PLACE_LEVELS, PLAN_OR_YEARS_SPAN,
    PLAN_SPAN_WORDS, PRESENT_WORDS, PROBLEM_WORDS, PROVINCE_NAMED, PUSHING_VERBS, QUESTIONS_ON_IT, RATIO_OF, READERS_CONCERN, READERS_REPORT,
    READERS_ASK, READERS_SUGGESTION, RECENT_RUN, RECENT_YEARS_WORDS, RESIDENT_WORDS, RUNNING_TOTAL_WORDS, RULE_FOLLOWED, SEIZING_VERBS,
    SHORT_ADDING_WORDS, SHOULD, SHOULD_YING, SLOGAN_PHRASES, SPEAKER_LABEL, STATUTE,
    SPEAKER_LINE, SPEECH_VERB, STOCK_HELD, STRIVE, STRIVING, TELLING_VERBS, THIS_REPORT, THIS_YEAR_WORDS, TO_COME, TO_COME_WORDS,
    TOWN_LEVELS, TRANSMITTAL, TREATING_VERBS, VILLAGE_LEVELS, WILL_JIANG,
    TURN_OPENERS, UNIT_END, VIEWPOINT, WON, WORD_AFTER_ANY_LEVEL, WORKS_ENDED_WORDS, WORKS_STARTED_WORDS,
    WORK_FINISHED, WORK_VERBS, YEARS_SPAN, YEAR_OPENING, YEAR_PAST_WORD, YEAR_START, YOU_WORDS, concern, mask_titles, said_years, same_unit,
    in_order, target_years, words, year_reviewed,
)
from ..frame import formula_patterns, without_formulas
from ..model import CONTEXT, DONE, NEWS, PLAN, POLICY, PROBLEM, REPLY, WORK_REPORT, Block, Fact, Figure, Period, SourceMeta
from ..read.clean import BULLET, LEDE_TIME
from ..textutil import CJK, CJK_CHAR, NOT_WORD, doc_number_year, nfkc, simplified
from ..workspace import Workspace, place_own_word
from ..facts.measure import normalise_counts
from .figures import YEAR, clause_start, find_figures, normalise, year_on_year
from .metadata import DOCUMENT_KINDS, TITLE_END, bureau_fields
from .periods import (BEFORE_OPENING, CUT_OFF_MONTH, THIS_YEAR, DOCUMENT_DATE, RELATIVE, SUMMED_UP_YEAR, TEXT, UNKNOWN,
                      change_start, cut_off, figure_periods, latest_work, present_year, recent_runs, review_heading, sets_time,
                      time_mentions)
from .places import (LIST_JOINS, named_last, under_own, village_subject, village_town, places_each, visitors, ONE_CHARACTER_COUNTIES, official_town, AUTONOMOUS_REGIONS, CITIES, DATA_SHOWN, HEAD_TITLE, ORG_WORD, PLACE_HINT, POST, PROVINCES, SCOPE, SITE_LABEL, ZONE, areas_named, complete, figure_places, is_place, leading_places, opens_an_example,
                     org_names, own_urban_area, places_in, scene_area, town_area, towns_under, units_place, whole_place)
from .structure import (DUTY_TAG_END, OTHER, is_caption, is_meta_line, PLAN_SWITCH, PLANNING_WORD, PRESENTING, UNSAID, Outline, Unit, default_class, estimates_year, heading_class, in_plan_part, latest_year, list_entry, plan_part_year,
                        reviewed_year, year_ahead)
from .topics import document_topics, matter_terms, with_matter

MIN_CHARS = 10
# A short fragment a cut page ends on, inside a quotation it never closes, no sentence said (两大主题，以建设“民族, hd31a): no statement.
CUT_FRAGMENT = re.compile(r"^[^。！？；“”\d]{0,20}“[^“”。！？；]{0,8}$")
# …and a news page's last line cut inside its first clause, no figure in it (平华一级公路蔡胡梁隧道内工人们在紧, hd52a): its sentence never
# said (not one cut after a clause, 维西县气候温润，全县最高海拔4880米，, nor an item without its stop, 已完成…等48个院落改造: what
# it said stands).
CUT_LAST = re.compile(r"^[^。！？!?；;，,\d]*[^。！？!?；;，,”’）)」』…\s\d]$")
def cut_last(text: str, before: list[str]) -> bool:
    """Whether ``text``, a news page's last paragraph, was cut: inside its first clause (:data:`CUT_LAST`), or in its one sentence,
    with no figure and no stop in it, opening on the first clause two or more longer paragraphs ``before`` it open on (这三年，景德镇
    收获了极具分量「國字號」 after 這三年,全市實現了…。…, 這三年,全市塑造了…。…: a run of parallel paragraphs, the page cut as its
    last began, hd53a). A page merely leaving off its last stop (…让更多的优质村庄成为乡村旅游的重要载体) keeps its sentence."""
    if CUT_LAST.match(text):
        return True
    head = text.split("，", 1)[0]
    return ("，" in text and not re.search(r"[。！？!?；;…\d]", text)
            and sum(b.strip().startswith(head + "，") and len(b.strip()) > len(text) for b in before) >= 2)


# A meeting's review of the year past (回顾总结去年成绩, 总结了上一年工作), and a statement opening one (回顾总结，…; 回顾过去，…).
_REVIEWING = r"(?:回顾|总结)(?:总结|回顾)?"
LAST_YEAR_REVIEWED = re.compile(rf"{_REVIEWING}了?(?:{LAST_YEAR_SAID}|过去一年|上一年)")
REVIEW_OPENING = re.compile(rf"{_REVIEWING}(?:过去)?[，：]")
# Each a pattern and the year it names from the document's year and month.
# 较去年同期 / 比上年 / 高于去年增幅 / 是去年的近一倍 compares with that year; it is not the year spoken of
LAST_YEAR_READ = (re.compile(rf"(?<![较比与])(?<!{PASSING_VERB})(?:{LAST_YEAR_SAID})(?!同期|{RATIO_OF})"), lambda year, month: year - 1)
THIS_YEAR_READ = (re.compile(f"{words(THIS_YEAR_WORDS, IN_YEAR_WORDS)}|{YEAR_OPENING}"), lambda year, month: year)
# 过去的一年 is the year just ended when said early in the next (a news item of 2024-02-23), else the year ending;
# so is 这一年 of a year in review (三亚市林业局's of 2025-01-29: 这一年，我们坚决扛起… is 2024)
YEAR_PAST_READ = (re.compile(rf"{YEAR_PAST_WORD}|(?<![\d年])这一年(?!来|以来)"), year_reviewed)
# (全年 read so too; not naming a year's target, 完成年度计划任务的102.43% of a page of May: the target, no time said, hd59a)
FULL_YEAR_READ = (re.compile(rf"(?:{words(FULL_YEAR_WORDS)})(?!{words(YEAR_TARGET_WORDS)})"), year_reviewed)
YEAR_START_READ = (re.compile(YEAR_START), lambda year, month: year)
RELATIVE_YEAR = (LAST_YEAR_READ, THIS_YEAR_READ, YEAR_PAST_READ, FULL_YEAR_READ, YEAR_START_READ)
# A place opening a statement, after its item number and its time: 一是鲤城区…, 目前，南安市…
SUBJECT_LEAD = re.compile(rf"^(?:{ITEM_NUMBER})?(?:(?:19|20)\d{{2}}年度?[，]?|(?:{words(PRESENT_WORDS)})[，]?)?")
# (its party committee with its government, 石屏县委、县政府印发了…, is the place acting: no other 委 after its name is)
# (a province alone too, 2023年，吉林省民生保障扎实推进…, a provincial bureau's place: hd35b)
# (a county named by one character too: 近日，漳县检察院联合漳县公安局…, hd52a)
# (a city after its province named short too: 近日，广东汕尾市2023年…报告发布 → 汕尾市, hd57c)
SUBJECT_PLACE = re.compile(rf"{SUBJECT_LEAD.pattern}(?:{PROVINCE_NAMED})?(?P<place>[{CJK}]{{2,4}}?(?:区|县|市|州|旗)|[{CJK}]{{2,3}}?省"
                           rf"|[{''.join(sorted(ONE_CHARACTER_COUNTIES))}]县)"
                           rf"(?![级級{''.join(sorted(WORD_AFTER_ANY_LEVEL))}])(?!{'|'.join(f'(?<={w[0]}){w[1:]}' for w in sorted(LEVEL_WORDS))})"
                           rf"(?!委(?![、和与及][区县市州旗]?(?:人民)?政府))")


# A statement speaking for a place of a level by 我 (我市应急局…作为6个发言省辖市…): rs8.
OWN_LEVEL_SAID = re.compile(r"我([市县区])(?![场])")
# A place's words at a wider place's meeting: its speech there (作为6个发言省辖市, 作典型发言, 交流经验做法).
_SPEECH_GIVEN = re.compile(r"发言|交流")


def lower_own_place(norm: str, page_place: str | None) -> str | None:
    """``page_place``, unless a statement speaks for a place below it by 我 (:data:`OWN_LEVEL_SAID`) in that place's words, quoted,
    after a speaker's frame or as its speech (:data:`_SPEECH_GIVEN`: 我市应急局…作为6个发言省辖市… in the province's work meeting,
    its news on 新乡's site, rs8): then the place of that level speaking — the last its sentence names before 我 (郑州市、洛阳市作典型
    发言，新乡市表示，我市… → 新乡市), else the first named after it (新乡市应急管理局…). 我区 in an autonomous region's page is the
    region itself (rv18 2)."""
    said = OWN_LEVEL_SAID.search(norm)
    if not said or not page_place or not page_place.endswith(("省", "自治区")) or (
            said.group(1) == "区" and page_place.endswith("自治区")):
        return page_place
    start = max(norm.rfind(stop, 0, said.start()) for stop in "。！？") + 1
    end = min((k for k in (norm.find(stop, said.end()) for stop in "。！？") if k >= 0), default=len(norm))
    quoted = norm[:said.start()].count("“") > norm[:said.start()].count("”")
    if not (quoted or SPEECH_FRAME.search(norm, start, said.start()) or _SPEECH_GIVEN.search(norm, start, end)):
        return page_place
    named = [(at, name) for at, _, name in places_in(norm) if name.endswith(said.group(1)) and name != page_place]
    return next((name for at, name in reversed(named) if start <= at < said.start()), None) or next(
        (name for at, name in named if at > said.start()), page_place)


def _document_year(meta: SourceMeta) -> tuple[int | None, int | None]:
    """(year, month) of the document: its date, else the year of its number."""
    if meta.date:
        return int(meta.date[:4]), int(meta.date[5:7])
    # (an undated reply dated by its session's other replies: its 今年 is that year)
    return doc_number_year(meta.number) or (meta.period if meta.kind == REPLY else None), None


# A half of a year said alone, no year before it (上半年全市共接待…; not 2023年上半年, 今年上半年).
_HALF_ALONE = re.compile(rf"(?<![\d年])(?:{words(HALF_YEAR_WORDS)})")


def _runs_ended(mentions: tuple, year: int, end: int) -> list[tuple[int, int, int, str]]:
    """The times a statement names (``mentions``), each span running to the document's ``year`` (2022年以来) ending at ``end``
    instead where it starts no later: the period of a report or reply dated after it, or the year before that a news page of
    early in the next tells (:func:`report_mentions`)."""
    return [(pos, a, end if basis == TEXT and a < b == year and a <= end else b, basis) for pos, a, b, basis in mentions]


def report_mentions(norm: str, meta: SourceMeta, written: bool, reviewed: int | None = None) -> tuple[tuple[int, int, int, str], ...]:
    """The times a statement names (:func:`~drafter.distill.periods.time_mentions`, counted from the
    document's year), a span running to that year (2022年以来) ending instead at a work report's own period
    where that is before its date: a 2022 report posted 2023-03-08 says 2022年以来 of 2022. An undated report's
    present (目前, 今年) is its own period's; so is that of a past year's summary whose date is not ``written`` (the one it is
    signed on: :func:`~drafter.distill.metadata.read_metadata`), only the day it was posted or filed under the next year.
    A run of recent years ends on the year its section reviews (``reviewed``: :func:`~drafter.distill.structure.reviewed_year`)
    where that is before: 过去五年 under 过去五年及2021年工作回顾 of a report of 2022-01-11 is 2017–2021 (hd57c)."""
    year, month = _document_year(meta)
    year = year or (meta.period if meta.kind == WORK_REPORT else None)
    end = meta.period if meta.kind in (WORK_REPORT, REPLY) and meta.period and year and meta.period < year else None
    # (三年来累计… counts back from the year its present is: a 2022 report's, posted 2023-03-14, to 2022)
    named = time_mentions(norm, year, month)
    run_end = min(y for y in (reviewed, end, year) if y) if year else None
    mentions = tuple(sorted(named + recent_runs(norm, run_end, named)))
    now_year = meta.this_year()  # (its date's year, or the year before where it was posted early in the next: a dated page's)
    if end is None and meta.kind == NEWS and year and meta.period == year - 1 == now_year:
        # (a news page of early in the year telling the year before: its 2018年以来 runs to 2018 — 三明's page of 2019-01-02,
        # 特别是2018年以来，…。…48个年度计划项目全部开工实施 is 2018's work, hd54a; its 今年 is still its own year's)
        return tuple(_runs_ended(mentions, year, meta.period))
    if end is None:
        return mentions
    # (and a past year's summary posted early the next year says 今年 of its own year, and so does a reply written in that
    # year, posted then: SourceMeta.this_year, hd19b — its 目前 is still the date it is signed on: 仙居's 2023年重点工作总结,
    # dated 2024-01-11, 今年我局共推进…截至三季度…, hd14; 泉州's 2016 summary signed 2017-02-15, 目前，全市有效期内高新技术企业
    # 达到311家 — but of its year's end when no date of its own is printed: 溆浦县科技局's 2024年工作总结 filed under 2025-01-15,
    # 截至目前，…)
    this_year = now_year == end
    present = end == year - 1 and not written

    def own(pos: int) -> bool:
        if norm.startswith(THIS_YEAR_WORDS, pos):
            return this_year
        return present and not CUT_OFF_MONTH.match(norm, pos)  # (截至5月底 names its month: of the date's year)

    # (its 去年 is the year before that, its 上半年 of that year: a reply posted 2024-01-11, written in 2023, says 去年 of 2022)
    counted = ((LAST_YEAR_READ[0], end - 1), (_HALF_ALONE, end)) if this_year else ()
    before = [(m.start(), y, y, "report period") for rx, y in counted for m in rx.finditer(norm)]
    return tuple(sorted([(pos, end, end, "report period") if basis == DOCUMENT_DATE and a == b == year and own(pos) else
                         (pos, a, b, basis) for pos, a, b, basis in _runs_ended(mentions, year, end)] + before))


# A verb whose object a year opens (科学编制2022年全市高分辨率温室气体清单, 印发2023年…要点, 总结2024年工作): the year is the object's,
# not when the work was done.
OBJECT_YEAR_AFTER = re.compile(r"(?:编制|印发|出台|制定|启动|部署|总结|回顾)\s?$")


# A year named as what it was (只是2022年为我县多年不遇的较大干旱年份; 2023年是…开局之年): the year described, not when the
# statement's work was done.
DESCRIBED_YEAR = re.compile(r"(?:19|20)\d{2}年(?:为|是)[^，。；！？]{0,20}?(?:年份|之年)")


# A year naming a yearly thing the work dealt with (对25个单位党组织2022年度组织生活会进行督导, 入选2022年山东省…激励名单), or when a
# thing was made (2020年新打造的龙山花谷…。今年1-4月份，华夏城接待游客30.8万人次, hd46b): the thing's year — a meeting held, a list
# drawn up for it, a site opened — not when the statement's work was done.
YEAR_OF_A_THING = re.compile(r"(?:19|20)\d{2}\s?年度?(?:[^，。；：、\d]{0,24}?(?:生活会|名单|榜单|考核|评议|述职|评选)"
                             r"|(?:新|刚刚?)?(?:打造|建成|落成|开业|开园|开放|启用|投用|投入使用|修建|新建)的)")


# A plan opening on its year (2022年，红河州将…): the plan is of that year, whatever later year an aim of it names.
PLAN_YEAR_OPENING = re.compile(r"^((?:19|20)\d{2})年度?[，,]")


_NOW = words(PRESENT_WORDS, ("现在",))
_NOW_SAID = re.compile(rf"(?:{words(CUT_OFF_WORDS)})?(?:{_NOW})|现")  # (现有, 现已…: grammar.PRESENT_HOLDING's)


def names_now(norm: str, every: tuple) -> int | None:
    """The document's year when the only time a statement names is its present (截至目前, 目前, 现有: ``every`` its
    :func:`report_mentions`), else None."""
    if every and all(basis == DOCUMENT_DATE and _NOW_SAID.match(norm, p) for p, _, _, basis in every):
        return every[0][1]
    return None


def fact_period(norm: str, section: list[str], meta: SourceMeta, every: tuple, plan: bool = False) -> Period:
    """The year (or span) a statement speaks of and how it was found (see the module docstring), ``every`` the times it
    names (its :func:`report_mentions`). A year after the document's is a plan's, not what a statement of work reports
    (…2020年以来…实施项目8个…。…将…纳入2026年项目库 speaks of 2020–2025): only a ``plan`` is of it. One naming only the
    years before one (2017年之前，…) speaks of no year known."""
    frame = SPEECH_FRAME.match(norm)  # (a year described opening the statement is what it speaks of: 陈琪指出，2025年是…收官之年…。全市教育系统…)
    opening = (0, frame.end() if frame else 0)
    mentions = [m for m in every if m[3] == "text" and not change_start(norm, m)
                and not (DESCRIBED_YEAR.match(norm, m[0]) and m[0] not in opening)
                and not YEAR_OF_A_THING.match(norm, m[0])
                and not (not plan and (OBJECT_YEAR_AFTER.search(norm, 0, m[0]) or YEAR_TO_COME.match(norm, m[0])))]
    run = _OPENING_RUN.match(norm)
    ran = next(((a, b) for p, a, b, basis in every if run and p == run.end() and basis == RELATIVE and a < b), None)
    if ran:  # (过去五年，是汕尾发展史上…的五年; ——这五年，区域协调发展呈现新格局… of a report reviewing 2021: 2017–2021, hd57c)
        return Period(ran[0], RELATIVE, until=ran[1])
    year = _document_year(meta)[0] or meta.period
    if not plan and year:
        mentions = [m for m in mentions if m[1] <= year]
    spoken = reported_speech(norm)
    present = [p for p, a, _, basis in every if basis == "document date" and a == year
               and not any(x <= p < y for x, y in spoken)] if mentions and year else []
    if present and year > max(m[2] for m in mentions) and (meta.kind == REPLY or any(
            p > max(m[0] for m in mentions) and THIS_YEAR.match(norm, p) for p in present)):
        # (a reply's 2019年，…进行了多次前期协调，目前建站用地尚未落实。…已将32路公交线路延伸至工业园内: its account runs on to its
        # own present, the year it was written; so does one whose present comes first, …目前该措施已在…予以落实。同时，…于2023年
        # 10月上报市政府 in 福州's reply of 2024, hd13; any page's account telling its years up to its present, 2011年起，…。2013年
        # 省民政厅批复之后，上报中央。今年年初，该县又加大了申报力度 of a 2015 news page, its figures the page's: hd51a — its work of
        # the year, not a stock as of now, 2016年…。目前，全市有效期内高新技术企业达到311家 of a 2016 summary)
        return Period(year, "document date")
    if mentions:
        singles = [a for _, a, b, _ in mentions if a == b]
        first = mentions[0]
        if (OPENING_SPAN.match(norm) and first[1] < first[2] and first[0] <= OPENING_SPAN.match(norm).end()
                and all(first[1] <= y <= first[2] for y in singles)):
            # (“十三五”期间，全县农村公路建设任务主要是2017年通建制村路面硬化、…: the span's account, a year inside it one of its tasks)
            return Period(first[1], "text", until=first[2])
        opened = PLAN_YEAR_OPENING.match(norm) if plan else None
        if opened:  # (2022年，红河州将着力…新建20万亩高标准农田；…力争2027年…产值达3590亿元: the year's plan, a later year its aim's)
            return Period(int(opened.group(1)), "text")
        a, b = latest_work(mentions)
        return Period(a, "text", until=b if b != a else None)
    if BEFORE_OPENING.search(norm):  # 2017年之前，…每年预算安排5-10万元: before that year, not the document's
        return Period(None, UNKNOWN)
    summed = SUMMED_UP_YEAR.search(norm) if not meta.date else None
    if summed and int(summed.group(1)) == meta.period:
        # (the meeting an undated item of a year's account tells of, 2月14日，…召开…局长会议，总结2024年工作，部署2025年…: held
        # after that year, in a year unsaid — its account, the statements after it, is of the year)
        return Period(None, UNKNOWN)
    return context_period(norm, section, meta, plan)


# A statement opening on a run of recent years (过去五年，…; ——这五年，…; 五年来，…): it speaks of the run, the years up to its
# document's present (its report's period: :func:`~drafter.distill.periods.recent_runs`), whatever year it names inside.
_OPENING_RUN = re.compile(rf"^(?:{ITEM_NUMBER}|[—－]{{1,2}})?\s?(?={RECENT_RUN}(?:[，,]|是))")


# A span of years a title names (关于推进旅游业高质量发展的实施意见（2022—2025年）): a policy's plans' (:func:`context_period`).
TITLE_YEARS = re.compile(YEARS_SPAN)


# A report's or a news item's title naming the five-year span it sums up (贵州“十四五”民政工作迈上新台阶; unquoted too, 辉煌十三五 奋进新德州 |
# 宁津：累计投入26.8亿元…, hd48e — 十五 only quoted; not its plan anywhere in the title's clause, “十五五”规划, 我县召开十四五林业发展规划
# 中期评估会, rv14 13).
SPAN_TITLE = re.compile(rf"(?:[“\"]({FIVE_YEAR_PLAN_NAMES})[”\"]|(?<![一二三四五六七八九十])({FIVE_YEAR_PLAN_UNQUOTED}))"
                        r"(?![”\"]?[^，。；！？：|\s]*?规划)")


def context_period(norm: str, section: list[str], meta: SourceMeta, plan: bool = False) -> Period:
    """The time a statement speaks of when its text names none: its section's, its report's,
    else counted from the document's date — a ``plan`` saying 今年 beside 去年 is of this year (阳春市卫生健康局's
    news of 2023-05-16: 会议总结了去年建议提案办理工作，对今年工作进行了具体部署 plans 2023)."""
    year, month = _document_year(meta)
    for label in reversed(section):
        found = [m for m in time_mentions(normalise(label), year) if m[3] == "text"]
        if found:
            _, a, b, _ = found[-1]
            return Period(a, "report period", until=b if b != a else None)
    # (a policy's plan naming no time of its own is of the span of years its title names: the 发展思路 and 工作目标 of 《关于推进旅游业
    # 高质量发展的实施意见（2022—2025年）》, hd67b)
    span = TITLE_YEARS.search(meta.title or "") if plan and meta.kind == POLICY else None
    spans = time_mentions(span.group(), year) if span else ()
    if spans:
        return Period(spans[0][1], "report period", until=spans[0][2])
    # (an undated reply's period is its year's estimate: its document's; a news item's 今年 and 去年 are its date's, whatever
    # year it reviews: 2021年，唐山市… of 2022-03-18 says 去年 of 2021; so is its 截至目前 when that is all it names, rv8)
    said = unspoken(norm)  # (a time someone is reported saying after its opening is theirs, none of the statement's)
    relative = meta.kind == NEWS and year and (any(rx.search(said) for rx, _ in RELATIVE_YEAR)
                                               or names_now(norm, time_mentions(norm, year, month)))
    if meta.period and not (meta.kind == REPLY and meta.stated_year() is None) and not relative:
        return Period(meta.period, "report period")
    # (not the day the item reports, 1月13日，我市召开“辉煌十三五…”系列新闻发布会…: the page's own date's)
    span = SPAN_TITLE.search(normalise(meta.title or "")) if meta.kind in (NEWS, WORK_REPORT) and not DAY_OPENING.match(norm) else None
    first = FIVE_YEAR_PLANS.get(span.group(1) or span.group(2)) if span else None
    if first and year and first < year <= first + 5:
        # (聚焦四大领域！贵州“十四五”民政工作迈上新台阶, of 2025-12-10: its undated statements are of the span it sums up, as its
        # first, “十四五”时期，贵州民政事业…, says)
        return Period(first, "report period", until=min(first + 4, year))  # (a mid-span summary's, to its year)
    if year is None:
        return Period(None, UNKNOWN)
    cut = CUT_OFF_MONTH.search(norm)
    if cut and present_year(cut.group(), year, month) < year:  # (截至12月底 in an item of January: the year before's)
        return Period(year - 1, RELATIVE)
    day = BARE_DAY.search(norm) if month and not plan else None
    if day and int(day.group(1)) > month and _DAY_DONE.search(norm) and not TO_COME.search(norm):
        # (…于12月16日获得民政部批复 in a page of 01-06: the year before's; not a day to come, 本办法自5月1日起施行 or
        # 游客中心将于10月1日正式开放 in a page of 03-05, rv15)
        return Period(year - 1, RELATIVE)
    # (a plan's 今年 or 年初 first: what is to come is of the page's year, its 全年 too)
    for rx, shift in ((THIS_YEAR_READ, YEAR_START_READ) if plan else ()) + RELATIVE_YEAR:
        if rx.search(said):
            return Period(shift(year, month), RELATIVE)
    holiday = HOLIDAY_OPENING.match(norm) if month and not plan else None
    first, come = HOLIDAY_MONTHS[holiday.group(1)] if holiday else (0, 0)
    if holiday and (month >= come or month <= first - 2):
        # (春节期间，全市消费市场强势回暖…拉动全市消费近82亿元 of a page of 2023-02-06: 2023's festival, the part of the year it
        # speaks of — not the figures of the page's date, hd42c; in January, or 国庆期间 of 2023-09-25, which one is not known:
        # the page's date dates it, rv7 5)
        return Period(year if month >= come else year - 1, TEXT, part=holiday.group())
    return Period(year, "document date")


# A statement opening on a holiday's span (春节期间，, “五一”假期，, 国庆长假期间，): the time it speaks of.
HOLIDAY_OPENING = re.compile(rf"^[“\"]?({words(tuple(HOLIDAY_MONTHS))})[”\"]?节?(?:长假|假期|黄金周)?(?:期间|假期)(?=[，,])")


# A report's opening saying the half of the year it reports on (现将2025年上半年工作开展情况和下半年工作初步计划汇报如下).
REPORT_HALF = re.compile(rf"现将((?:19|20)\d{{2}})年({words(HALF_YEAR_WORDS)})[^。；]*?(?:汇报|报告)如下")


def report_half(opening: str, meta: SourceMeta) -> tuple[int, str] | None:
    """(year, half) a work report's ``opening`` says it reports on, that year its own period's (hd25c: 沅江市民政局's 上半年
    summary, its results under 一、2025年工作总结 the half's, not the year's); else None."""
    m = REPORT_HALF.search(opening)
    return (int(m.group(1)), m.group(2)) if m and int(m.group(1)) == meta.period else None


# A part of a year a statement names, after its year or alone: a half (2024年上半年, 上半年全市共接待…), a quarter or the first
# three (一季度, 前三季度), or its months from January on (1-11月, 1—11月, 1至11月: hd36c).
PART_SAID = re.compile(rf"(?:(?:19|20)\d{{2}}\s?年)?({words(HALF_YEAR_WORDS)}|(?:第?[一二三四]|前三)季度"
                       r"|1\s?[-—–~至到]\s?(?:1[01]|[2-9])月)")


# What asks for or plans a part of the year to come, a few characters before it (他要求二季度要…, 力争下半年…, 计划四季度…) — not
# 按计划, work done to plan (按计划上半年完成投资12亿元).
_PART_AHEAD = re.compile(rf"(?:要求|(?<!已)将|力争|争取|(?<![按照])计划|{NEXT_STEP})[^，。；！？\d]{{0,4}}$")
_PART_AHEAD_GAP = 8
# …and what follows the part for it to be the time of what is planned: no deed done (_DONE_TENSE), nor a thing the part
# qualifies (今年将上半年积压的120件案件全部办结: 将 as 把, 上半年 of the backlog).
_PART_NOT_AHEAD = re.compile(r"^[^，。；！？的要在]{1,3}的")


def _part_ahead(said: str, m: re.Match) -> bool:
    """Whether the part of the year ``m`` finds in ``said`` is one asked for or planned (:data:`_PART_AHEAD`)."""
    after = re.split(r"[，。；！？]", said[m.end():], maxsplit=1)[0]
    return bool(_PART_AHEAD.search(said, max(0, m.start() - _PART_AHEAD_GAP), m.start())
                and not _PART_NOT_AHEAD.match(after) and not _DONE_TENSE.search(after))


def with_part(period: Period, norm: str, mentions) -> Period:
    """``period`` with the part of the year it is (``part``: :data:`PART_SAID`) where the statement names that part alone: every
    part it names is the same, and every year it names (``mentions``, the statement's :func:`report_mentions`) is followed by it
    (2024年上半年，…。据统计，上半年全市共接待游客…: 2024's first half, not the whole year's; 1-11月，塔城市限额以上社会消费品零售总额
    实现5.93亿元: eleven months', hd36c); a part of no year known too (今年上半年，… in an undated summary, hd27b: never read as a
    whole year). A part asked for or planned just before it is to come, none of the statement's (…今年一季度全市完成规上工业总产值
    2712.9亿元…。他要求二季度要在一季度的基础上…: the first quarter's, hd39a)."""
    said = mask_titles(norm)
    parts = {re.sub(r"\s", "", m.group(1)) for m in PART_SAID.finditer(said)
             if not _part_ahead(said, m)}
    if period.until is not None or len(parts) != 1:
        return period
    for pos, _, _, basis in mentions:
        year = YEAR.match(said, pos) if basis == TEXT else None
        if year and not PART_SAID.match(said, pos):
            return period  # (2023年全年…，2024年上半年…: more than the part)
    return replace(period, part=parts.pop())


def led_context(norm: str, section: list[str], meta: SourceMeta, led: Period | None, plan: bool = False) -> Period:
    """The :func:`context_period` of a statement, but the period of the lead it is an item of (``led``) where that context is only
    the document's date: 2024年，我市聚焦…。三是…共服务企业447家次 in a bulletin of 2025-01 counts 2024's."""
    own = context_period(norm, section, meta, plan)
    return led if led and own.basis in (DOCUMENT_DATE, UNKNOWN) else own


def opening_figures_period(norm: str, positions: list[int], named: list[int], period: Period, context: Period) -> Period:
    """The period of a statement (``norm``, not a plan) whose first figure (at ``positions[0]``) comes before the first year
    it names (``named``, the positions of the years its text names; ``period`` the text's): its ``context``'s time (its
    section's or document's), which that figure takes, where all its figures come before any year named and none opens a
    sentence — the years after, inside its sentences, tell history in passing: …篮球场35片…3000余万元配建健身设施，2009年建成后
    被…挂牌 is no 2009 account, but a sentence opening on its year, 。2025年围绕…引进…, is an account of that year (of a reply
    of 2026: the year a reply reports on) — or where every year named is before the year before that context, the document's
    date or its report's: a profile of now telling its story after, 六街镇…辖9个行政村，常住人口13529人…。2009年9月，…并入…。
    2014年，…就读学生共660人 of a 2019 reply, is of 2019, not its story's last year (hd65a) — unless a year named is a cut-off
    its counts stand as of (…分别较2015年增加5099张…。截至2020年底，全市共有三级医院9家 of a 2023 plan's 发展基础: 2020's)."""
    told = all(pos < named[0] for pos in positions) and not any(p == 0 or norm[p - 1] in "。！？!?" for p in named)
    history = (context.basis in (DOCUMENT_DATE, "report period") and (context.year or 0) - 1 > (period.until or period.year or 0)
               and not any(cut_off(norm, p) for p in named))
    return context if told or history else period


def figure_positions(text: str, figures: list[Figure]) -> list[int]:
    """Where each figure stands in ``text`` (figures are in text order)."""
    out, cursor = [], 0
    for fig in figures:
        at = text.find(fig.raw, cursor)
        at = at if at >= 0 else cursor
        out.append(at)
        cursor = at + len(fig.raw)
    return out


# A reply speaking to a place's deputies of their place (加大你县国土绿化资金投入, 你乡…): that place, a part of the whole.
YOUR_PLACE = re.compile(r"你([县市区乡镇旗])")


def addressed_places(text: str, ws: Workspace) -> dict[str, str]:
    """Each level word a reply (``text``, its units normalised and simplified) says 你X of (:data:`YOUR_PLACE`) → the one area
    of the workspace of that level the reply names (你县 in a reply naming 迭部县 alone of the 州's counties → 迭部县); a level
    naming none or several is left out."""
    named = {level: [a for a in ws.areas if a.endswith(level) and a in text] for level in set(YOUR_PLACE.findall(text))}
    return {level: areas[0] for level, areas in named.items() if len(areas) == 1}


def place_and_time_figures(norm: str, figures: list[Figure], positions: list[int], period: Period,
                           context: Callable[[], Period], place: str | None, doc_place: str | None,
                           mentions: tuple[tuple[int, int, int, str], ...], cities: Collection[str] = (),
                           reviewed: int | None = None, spoken: tuple = ()) -> None:
    """Set each figure's own time and place where they differ from its fact's.

    A figure takes the nearest time named before it (:func:`~drafter.distill.periods.figure_periods`): one its sentence names,
    or one setting a sentence before (:func:`~drafter.distill.periods.sets_time`), even where it is its statement's own
    (到2023年，…。…森林覆盖率达44%: every figure the year reaches, not only those of the sentence naming it, hd60b); one read
    otherwise none where it is the statement's own period; one before any time its
    statement names takes the statement's ``context()`` period (its section's or document's) with that period's basis, so ``万盛经开区作为全市…16个…，2021年…30%`` gives 16个 the document's year
    and 30% the year 2021 — but in a page of the first half of a year reviewing the year before (``reviewed``), where that context is
    only the page's date, one of a statement of that year shares it (``…争得贷款23.5亿元，开工建设干线公路296公里…。…2016年建成1110公里…``
    of 2017-02-08: all 2016's, hd58a), unless it is a stock or a total held (:data:`HELD_NOW`: ``…。全市累计认定…2800家``); one after
    its sentence's opening on the years before one
    (:data:`~drafter.distill.periods.BEFORE_OPENING`: 2017年之前，…) the last year before it. A place is no figure's measure;
    ``cities``, the workspace's areas, are cities before a level word's words too (晋江市政道路: 晋江市's, :func:`figure_places`).
    A relative time someone is reported saying (``spoken``: :func:`spoken_times`, 他表示，去年新增…5家) dates the figures after it in
    their sentence.
    """
    opens = bool(mentions) and (not positions or mentions[0][0] < positions[0])
    mentions = tuple(sorted(mentions + spoken))
    # (the word a statement's period counts from its document's date, 去年: a figure after it in its sentence is of that year,
    # not of a time named in a sentence before — 三魁村…现有人口1.23万人…。去年秋天…每天只能限制性供水5个小时 is 2014's, hd50b)
    # (not a run of recent years, 近五年来…今年上半年…，全年有望突破1000亿元: its 今年 is the page's year, no word of the run's, hd65d)
    relative = next((rx for rx, _ in RELATIVE_YEAR if rx.search(norm)), None) if (
        period.basis == RELATIVE and period.until is None) else None
    for fig, pos, span, where in zip(figures, positions, figure_periods(norm, positions, mentions, opens),
                                     figure_places(norm, positions, place, doc_place, cities)):
        fig.basis = None
        sentence = max(norm.rfind(c, 0, pos) for c in "。！？") + 1
        if relative and relative.search(norm, max([sentence, *(p for p, *_ in mentions if p < pos)]), pos):
            span = (period.year, period.year, RELATIVE, True, pos)
        if span is not None and span[2] == TEXT and ((_standing_size(fig.counts or "", norm[clause_start(norm, pos):pos]) and not any(
                clause_start(norm, pos) <= p < pos for p, *_ in mentions)
                and not cut_off(norm, span[4]) and not sets_time(norm, span[4], clause=True))
                or planned_scope(norm, pos, mentions)):
            span = None  # (…段2019年12月列入规划…，全长约11.7公里: a length is no event of the year its clause before names; but
            # 截至2017年12月，…在建面积6.41平方公里 is the area as of then, and so is 至2012年，茶园面积达10.11万亩, the time a clause alone, hd61b)
        before = BEFORE_OPENING.search(norm, max(sentence - 1, 0), pos) if span is None else None
        if before:  # (2017年之前，博乐市每年预算安排5-10万元…: before that year, at latest the year before — not the document's)
            fig.year, fig.until, fig.basis = int(before.group(1)) - 1, None, None
        elif span is not None:
            a, b, basis, in_sentence, at = span
            if year_on_year(norm, pos):
                a = b  # (“十三五”以来，…已到位资金1.34亿元，同比增长46.7%: the change of the run's last year, hd47b)
            fig.until = b if b != a else None
            own = (a, fig.until) != (period.year, period.until)
            fig.year = a if (basis == TEXT and (in_sentence or sets_time(norm, at))) or own else None
            fig.basis = basis if basis != "text" and fig.year is not None else None
        elif period.basis == "text" and run_to_cut_off(norm, sentence, pos, mentions):
            fig.year = fig.until = None  # (the run its sentence opens on, to the statement's cut-off: the fact's time)
        elif period.basis == "text":  # the statement's year is not this figure's
            own = context()
            if (reviewed is not None and period.year == reviewed and period.until is None and own.basis in (DOCUMENT_DATE, RELATIVE)
                    and not HELD_NOW.search(norm, clause_start(norm, pos, sentence), pos)):
                own = period  # (the year a page early in the next reviews: its statement's figures its)
            if (own.year, own.until) == (period.year, period.until):  # (unless it is: an item's, of its lead's year; a report's of
                fig.year = fig.until = None  # its own year, the figures of one statement dated by it sharing it, hd57a)
            else:
                fig.year, fig.until, fig.basis = own.year, own.until, own.basis if own.basis != TEXT else None
        else:
            fig.year = fig.until = None
        fig.place = where
        if where and fig.counts and where.endswith(fig.counts):  # 其中小庄村55万元: the village is where, not what
            fig.counts = None


# A stock or a total held (现有…, 拥有…, 累计认定…2800家): as of the statement's context, not the year its statement names.
HELD_NOW = re.compile(rf"{STOCK_HELD.pattern}|{words(RUNNING_TOTAL_WORDS)}")


# A sentence opening on a run since an event, no year named (试点海绵城市建设以来，…推进海绵城市建设五大工程148个子项目，总投资78.15亿元。
# 截至2017年12月，… of a 2018 page, hd45c): what it counts before the statement's cut-off after it is of the run up to that cut-off.
RUN_OPENING = re.compile(r"[^，。；！？\d]{2,30}?以来[，,]")


def run_to_cut_off(norm: str, sentence: int, pos: int, mentions) -> bool:
    """Whether the figure at ``pos``, of a sentence starting at ``sentence`` on a run since an event (:data:`RUN_OPENING`), comes
    before the statement's first time named and that time is a cut-off (:func:`~.periods.cut_off`: 截至2017年12月): the run's time,
    to then — not the document's (党的十八大以来，…120个。2023年，… says no cut-off: the run goes on to the page's day)."""
    after = [p for p, *_ in mentions if p > pos]
    return bool(RUN_OPENING.match(norm, sentence)) and len(after) == len(mentions) > 0 and cut_off(norm, after[0])


# The size of a thing (全长, 面积, 里程): it stands, no work of a year named in another clause than its own…
_STANDING_SIZE = re.compile(r"(?:全长|总长|长度|宽度|面积|里程|占地)$")  # (番茄作为省级优势特色产业，占地5万亩: its size, hd41a)
# …unless it is the size of what was built or added (改扩建面积, 新增里程, 完成治理面积) or sold (商品房销售面积, 土地出让面积, hd57a): a
# flow, of its span's work — not what a plan is to build (规划治理河道总长3.8km: a project's size).
_ADDED_SIZE = re.compile(r"^(?!.*(?:规划|计划|设计|拟)).*?(?:新建|改建|扩建|修建|新增|增加|建成|完成|改造|治理|修复|整治|复垦|造林|累计"
                         r"|销售|成交|出让|交易)")


def _standing_size(counts: str, clause: str = "") -> bool:
    """True when ``counts`` names the standing size of a thing (:data:`_STANDING_SIZE`), no size built or added, by its own
    words or by its ``clause``'s before it (2018年，该市共完成国土绿化面积5.9万亩: the area greened that year, hd43b)."""
    return bool(_STANDING_SIZE.search(counts)) and not _ADDED_SIZE.search(counts) and not _ADDED_SIZE.search(clause)


# What a plan or a design sets (规划治理河道总长3.8km，保护人口0.08万人…，主要建设内容为：新建护岸…6.08km): its scope, none of it
# done in the year the sentence opens on (2020年，县水务局已委托…编制了《…规划报告》，…), hd26c.
PLANNED_SCOPE = re.compile(r"(?:规划|设计)(?:治理|建设|新建|改造|实施|规模|总长|面积|范围|标准|能力)|(?:主要)?建设(?:内容|规模)(?:为|包括|有)")


def scope_listed(unit) -> bool:
    """Whether the item ``unit`` is one of a plan's scope its lead lists (…主要建设内容包括：一是…；二是…: :data:`PLANNED_SCOPE` in
    the sentence whose colon announces the list, no sentence ended since) — not of a work the lead says done (该项目已于2022年底竣工，
    主要建设内容包括：…, rv15; 已列入《…规划》 names a plan, no deed). Its lead is the text before the item's own place in its block."""
    at = unit.block.text.find(unit.text)
    before = normalise(unit.block.text[:at]) if at > 0 else ""
    colon = before.rfind("：")
    lead = _SENTENCE_END.split(before[:colon])[-1] if colon >= 0 and not _SENTENCE_END.search(before, colon) else ""
    return bool(PLANNED_SCOPE.search(lead)) and not any(
        DONE_WORDS.search(clause) and "《" not in clause for clause in lead.split("，"))


def planned_scope(norm: str, pos: int, mentions) -> bool:
    """Whether the figure at ``pos`` is of a plan's scope (:data:`PLANNED_SCOPE`) its sentence gives before it, with no time
    (``mentions``) nor anything done (已, 完成) said between."""
    start = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, pos)), default=0)
    scope = max(PLANNED_SCOPE.finditer(norm, start, pos), key=lambda m: m.start(), default=None)
    return bool(scope) and not DONE_WORDS.search(norm, scope.end(), pos) and not any(scope.start() <= p < pos for p, *_ in mentions)


# A judgement of the suggestion itself (该建议具有前瞻性, 很有针对性): context, not work done.
# (or the proposal named as what is judged, worth its effect or its doing: 该提案对金沙江流域生态环境修复…都具有较强促进作用 of a 会办意见
# in 楚雄州's 2019 reply, hd32a; 您的建议很有必要; 该建议切实可行)
APPRAISAL = re.compile(r"具有[^。，；]{0,8}(?:意义|针对性|前瞻性|指导性|建设性|可行性|必要性|参考价值)|很有(?:针对性|前瞻性|见地|意义|价值)"
                       rf"|(?:该|此|本|这一?|(?:{ANY_YOU})们?(?:的|所?提出?的?[^。；！？]{{0,40}}?))(?:提案|建议|议案)"
                       r"[^。；！？]{0,40}?(?:具有[^。，；]{0,10}?(?:作用|意义)|(?:很|十分|非常|确有)(?:有)?必要|切实可行)")


def is_appraisal(text: str) -> bool:
    """A statement judging the suggestion (:data:`APPRAISAL`) and after that sentence reporting nothing already done
    (…具有重要意义。针对您的建议，经交运局…实地查看，现已初步看好一路段…: the work is reported)."""
    m = APPRAISAL.search(text)
    end = re.search(r"[。；！？]", text[m.end():]) if m else None
    return bool(m) and not (end and ALREADY.search(text[m.end() + end.end():]))


# What may open a statement before its subject: an item number, a word of sequence or consequence (其次，…
# 最后，…, 为此，…), a clause naming the suggestion answered (您提出的…的建议，…) or the matter the statement is on
# (针对城市道路反复挖等现象，…, 对于城市道路不合理的路口，…, 在项目建设方面，…), or whom the bureau heard it from (据与市林业局
# 对接，该局正谋划…).
_LEAD_IN = (rf"(?:(?:{ITEM_NUMBER})|(?:首先|其次|再次|然后|最后|{words(SHORT_ADDING_WORDS)}|为此|因此|对此)，"
            rf"|(?:对于|关于|针对)?{READERS_SUGGESTION.pattern}，|{READERS_ASK.pattern}|(?:{words(SHORT_ADDING_WORDS)})?(?:对于|针对)[^，。；：]{{2,30}}，"
            r"|在[^，。；：]{2,12}?方面，|(?:据|经)与[^，。；：]{2,16}?(?:对接|沟通|协调|联系|会商)，"
            # (or who tells it, in a news item: 李绍鲜介绍，“十四五”期间，保山市将深入… — its plan whoever tells it, hd50a)
            r"|据?[^，。；：！？“”]{0,12}?介绍，)?")
# A statement about the document itself (本报告由…编制, 本报告内容包括…): context, never a result.
SELF_REFERENCE = re.compile(r"^本(?:年度)?(?:报告|方案|规划|计划|文件|通知|意见|办法)")
# A statement opening with what its subject will do (我们将进一步…, 市科技局将继续…, 最后，拟建设…,
# 您提出的…建议，市财政将统筹…, 我局将科学谋划…): a plan, not a result, wherever it stands. 将 is "will" only
# before what is to be done; before an object it marks what was done to it (我局将…纳入考核,
# 市科技局将3家企业认定为…): a result. 拟 (intends to) is always what is to be done; 计划, 准备
# and 打算 are, before a verb or a time to come (计划今年…, 计划2025年…). A founding verb after 将 is
# what is to be founded (市委组织部将新建…, 我局将举办…), not a thing founded before (将新建的平台纳入…).
_WE_LEVELS = "市州盟区县旗" + ORGAN_CHARS  # (the levels the bureau and its place name themselves by, beside 省)
_WE = rf"我们|我单位|我[省{_WE_LEVELS}]"  # the bureau and its place speaking of themselves
# A clause whose subject is the bureau or its own place speaking of itself (我市的长城资源丰富…, 我局…, 本局…, 全市…): the
# bureau's place's — not the province (我省 of a city's page).
_OWN_OPENING = re.compile(rf"(?![我全本]省)(?:{_WE}|本[{_WE_LEVELS}]|{words(LOCAL_SCOPES)}|全旗)")
# a unit (市财政局, 市财政: UNIT_END) or 有关部门, or a company (紫阳县文广旅游局's reply 24 of 2017: 我县旅游发展公司也将介入…), a part
# of it after it (同时，我局交通综合执法大队将加强公路路政执法…, hd34c: a plan left in the result before it)
_SUBJECT = rf"(?:(?:{_WE}|[^，。；：]{{1,10}}?(?:{UNIT_END}|部门|公司|集团))(?:[{CJK}]{{1,8}}?(?:大队|支队|中队|分局|科室))?)"
_TO_DO = words(MANNER_ADVERBS, ASK_VERBS, JOINT_VERBS, FOUNDING_VERBS,
               ("按照", "根据", "结合", "依托", "争取", "坚持", "重点", "科学", "在", "安排", "全力", "合理(?!化)",
                # (what the work will keep to: 2024年，县交通运输局将紧紧围绕市局“1631”工作思路… of a 孝昌县 news item)
                "紧紧", "围绕", "聚焦", "面向",
                # (where it will stand and what it will see done: 为此，我们将立足部门职责，做好项目资金争取 of a 天水 reply)
                "立足", "做好",
                # (what it will consider: 根据龙潭公园总体规划安排，将考虑充分利用…地下空间，建设地下立体停车库, hd36a)
                "考虑", "综合考虑",  # (下阶段我局将综合考虑生态环保、周边路网情况…等因素, hd46a)
                # (the principles it will keep to, the means it will take: 按照计划，邢台市将遵循科学规划…的原则，采取…等模式…, hd45b)
                "遵循", "采取",
                # (what it will take as its guide, or the spirit it will work in: 我们将以战略研究成果和《…规划》为指导, hd57b; 将以党的
                # 二十大精神为指引; 将以更加饱满的热情投入工作 — the frame whole, not 将 as 把 before a thing named with 以, 将以工代赈资金
                # 1200万元全部拨付到位, 将以奖代补资金…, 将以旧换新补贴…)
                "以[^，。；：！？]{1,40}?为(?:指导|指引|引领|抓手|重点|目标|主线|契机|核心|载体|导向|突破口)",
                "以[^，。；：！？]{1,30}?的(?:态度|热情|姿态|作风|干劲|标准|力度)"))
# 会 as "will" before what is to be done (环卫中心会积极配合各街道…; 如有需要，我局会…: an offer, no work done), not the 会 ending a
# body's name (市人大常委会积极…, 区总工会, 商会, 协会, 基金会) nor 社会.
_WILL_HUI = rf"(?<![委工商学协事金合进员议大社])会(?:{_TO_DO})(?!的)"
# A year opening a clause of what is to be done (…获得感逐步增强。2020年，郑州也将按照国家要求开展专项斗争): a plan's year,
# not the time of a statement reporting work (将 as 把 is not: 2023年，将5家企业纳入…).
YEAR_TO_COME = re.compile(rf"(?:19|20)\d{{2}}年，[^，。；]{{0,8}}?(?:也|还|仍)?将(?:{_TO_DO})")
_TO_COME = rf"今年|明年|年内|近期|下半年|于?(?:19|20)\d{{2}}年|{PLAN_OR_YEARS_SPAN}"  # (计划十四五期间…适时启动…)
# (the year planned for may open it: 2019年，兴庆区计划投入1.18亿元…; or this year's, named so: 于本年度，我局拟在…
# 新建3套…; or a plan's span: “十四五”期间，拟对…; a place may be the subject)
# (a five-year plan's span, “十四五”期间, and a span of years written out, 2021-2025年)
# (or what comes after, 后续我单位也会积极配合…)
# (2024年我市还将…: no comma; 新的一年，邹城市民政局将深入贯彻…, hd38a)
_PLANNED_YEAR = rf"(?:于?(?:(?:19|20)\d{{2}}年度?|本年度|今年|明年|年内|后续|新的?一年|{PLAN_OR_YEARS_SPAN}|{NEXT_STEP})，?)*"
_PLACE_SUBJECT = rf"[{CJK}]{{1,6}}?[省市区县州盟旗]"
# (or the place's work in a field: 全市造林工作将结合“三北”造林工程，以…为重点, hd45b)
_WORK_SUBJECT = rf"[全本我][省市区县州盟旗][{CJK}]{{0,8}}?工作"
# A news item's statement of no figure opening on a plan's span (“十三五”以来，射洪市交运局全体干部职工奋力投身…，向人民群众交上了一篇
# 满意的答卷。 of a news item of 2021, hd68a): the paragraphs after it opening on their theme (基础设施网络逐步完善。…新改建县乡村公路326公里;
# 道路客运服务能力稳步提升。…) tell of that span, naming no time of their own.
_SPAN = rf"{FIVE_YEAR_PLAN}(?:{words(PLAN_SPAN_WORDS)})|{YEARS_SPAN}"  # (a plan's span or years written out: “十三五”期间, 2016-2020年)
SPAN_LED = re.compile(rf"^(?:{_SPAN}|{FIVE_YEAR_PLAN}以来)[，,]")
# Such a statement said in the year after the plan ended sums the plan up (“十三五”以来，…向人民群众交上了一篇满意的答卷。 of 2021):
# the plan's years (2016–2020), not up to its own date — unlike one telling figures, which stand at its date (a reply of
# 2021-09's “十三五”以来，…取得了可喜成绩。农村公路实现3个“一百”，即乡镇通油路率达100%…, hd54c).
PLAN_SUMMED = re.compile(rf"^{FIVE_YEAR_PLAN}以来[，,]")
# A statement opening on a span of years (“十三五”期间，…; 2016-2020年，…): it speaks of the span, a year it names inside it
# of one step of the span's work.
# (or on a year from which what it tells holds: 自2022年起，我县明确要求…至少配备1名…。…目前已基本达标。…2024年组织628人次… of a
# reply of 2025: 2022 to now, the 2024 training one step of it, hd70e)
OPENING_SPAN = re.compile(rf"^(?:{ITEM_NUMBER})?(?:{_SPAN}"
                          rf"|[自从](?:19|20)\d{{2}}年(?:\d{{1,2}}月)?(?:起|开始))[，,]")
# (the plan or order it follows may come first: 同时根据县政府工作部署，拟在青云工业园区建设第三污水处理厂…)
_BASIS = rf"(?:(?:{words(SHORT_ADDING_WORDS)})?(?:{words(BASIS_WORDS)})[^，。；：]{{2,30}}，)?"  # (or its reason: 鉴于该公路对…具有重要的意义，下阶段我局将…, hd46a)
# (or its purpose, before its subject, after the year it opens on: 2022年，为了回应…期待，破解…问题，我省人社部门将实施…工程, hd35b —
# a purpose saying nothing done; not one opening a sentence, whose paragraph may say no work done before it)
_PURPOSE = r"(?:(?<=年，)为了?(?:(?![了已])[^。；：！？]){2,80}?，)?"
# (谋划, "is planning", before a time to come or 将/拟: 我局谋划在“十四五”期间将榆林河滨公园打造成4A级景区, hd57b — not what was
# planned and prepared, 谋划重大专项债项目10项, 精心谋划了…线路)
_PLANNING = rf"谋划(?:在|于)?(?:{_TO_COME}|将|拟)"
# (the year may follow the subject: 我局今年还将继续实施…)
WILL = re.compile(rf"^{_LEAD_IN}{_BASIS}{_PLANNED_YEAR}{_PURPOSE}(?:{_SUBJECT}|{_WORK_SUBJECT}|{_PLACE_SUBJECT})?{_PLANNED_YEAR}(?:还|也|仍)?"
                  rf"(?:拟(?![定订])|将(?:{_TO_DO})(?!的)|{_WILL_HUI}|(?:计划|准备|打算)(?:{_TO_COME}|拟|{_TO_DO}|投入|安排|实施|改造|建设|新建)|{_PLANNING}"
                  # (还将, 也将: will, whatever its verb — not as 把 before its object: 还将其纳入…, 也将3家企业认定为…)
                  rf"|(?<=[还也仍])将{NOT_BA})")
# A statement opening on a year, its subject and 将, whatever its verb (2022年，红河州将着力扛实…; 2025年，西安市生态环境局将紧密
# 围绕…): what that year is to see where the year is not past (:func:`year_will`) — of the document's own year, not 将 as 把
# (2023年，将5家企业纳入… in a report of 2023; in a summary of 2023, 2022年，鄂尔多斯市民政局将养老服务补贴足额发放到户: what was done).
# (or on the page's own year said so, 今年承德市将计划完成投资76亿元 — or its plan for it, after the matter planned:
# 今年承德市交通基础设施建设计划完成投资40.7亿元, hd58a — whatever its verb: that year's plan)
_THIS_YEAR_PLANNED = rf"[^，。；！？\d]{{0,20}}?{PLANNING_WORD}(?=完成|实施|建设|投资|投入|新建|改造|开工|{_TO_DO})"
_WILL_SUBJECT = rf"(?:{_SUBJECT}|{_PLACE_SUBJECT})?(?:还|也|仍)?"
# (or on the year, then what it must or strives to see — its plan as a work meeting sets it: 2019年，要加快蒙医中医医院基础设施
# 建设。启动…二期建设，…建成…并通过国家验收。 of a report dated 2019-01-15, hd70b; the sentences after it are the plan's items)
YEAR_WILL = re.compile(rf"^(?:{ITEM_NUMBER})?{_BASIS}(?:(?P<year>(?:19|20)\d{{2}})年度?，{_WILL_SUBJECT}(?:将(?!近)|(?P<must>{MUST_YAO}|要求|{STRIVE}))"
                       rf"|(?:{words(THIS_YEAR_WORDS)})度?(?!以来)，?{_WILL_SUBJECT}(?:将(?!近)|{_THIS_YEAR_PLANNED}))")
# A clause after the statement's first saying what its subject will do, in a sentence reporting nothing done and without
# figures (渠道清淤扫障属运行管理范围，我局将向政府积极争取，加大…投入; …无法保证全面治理，待后段资金计划下达后，将根据…进行安排):
# the first clause gives the occasion (whose remit, what stands in the way), the statement is what is to be done, a plan.
# (or what it plans for a time to come: 我市高度重视普通国省干线公路建设，计划十四五期间…适时启动部分国省干线公路建设计划)
# (not 将 as 把: …，我市近年来高度重视足球运动发展，将发展足球运动纳入经济社会发展规划，… of a 2017 reply is past work, hd28c)
WILL_LATER = re.compile(rf"^[^。；！？]*?，(?:待[^。；！？，]{{1,24}}?，)?(?:{_SUBJECT})?(?:还|也|仍)?(?:(?<!已)将{NOT_BA}(?:{_TO_DO}|向)(?!的)|{_WILL_HUI}|拟(?![定订])"
                        rf"|计划(?:{_TO_COME})|{_PLANNING})")
DONE_WORDS = re.compile(r"已|了|完成|实现|建成")
# A clause telling a deed finished with its count, a resultative verb before the figure (申请到省级体育健身器材7套; 已建成…3处;
# 完成了…12公里), no word of what is to come before it (计划建成2处, 力争获得…): a result even inside a plan's item (hd38c) — not
# 完成…工作 without 已/了, which may be what is to be done.
# (the words of what is to come: also a goal's year, 到2025年底，城市建成区绿地率达到40%以上，新建口袋公园5个 — 建成区 the
# built-up area, 获得感 a feeling, no deed)
DEED_COUNTED = re.compile(rf"^(?:(?!{TO_COME_WORDS}|确保|争取(?!到)|目标|(?<!年)到(?:19|20)\d{{2}}年)[^，。；！？])*?"
                          r"(?:(?<![将不])已(?:经)?|(?:申请|争取|筹集|筹措|落实)到|获得(?!感)|获批|建成(?!区)|完成了)[^，。；！？的]*?\d")
# What a site is like as it stands, or why it cannot be otherwise (…通往该两个自然村道路仍为砂石路面，路面宽3-4米，道路崎岖坡陡…; …实施
# 硬化施工难度较大，道路各项指标也难以满足公路技术标准, hd34c: 24号's background and reasons filed as done): no work, where nothing is said
# done and no clause opens on its doer (:data:`DOER_CLAUSE`); never inside the problem the work solves (着力解决群众出行难以保障
# 的问题: :func:`stated`).
# (or the need it closes on, affirmed: …生均占地、生均建筑面积不达标，周边是民房无法在原址上扩建，确实需要扩容新建。 of 26号's 一、基本情况,
# hd65a — what the work is wanted for, none done)
AS_IT_STANDS = re.compile(r"仍(?:为|是|属)|现状为|难度(?:较|很|极|相当)?大|难以|确实?需要?[^，。；！？的]{1,12}。?$")
DOER_CLAUSE = re.compile(rf"(?:^|[，。；：]){_LEAD_IN}(?:{_SUBJECT})")
# A statement opening on a place or a work as it is (新开镇七星垸位于新墙河流域中游，属于单退垸…; 岳阳县水域面积1190平方公里，辖…，
# 有大中小型水库213座…): where it lies, what it is or is known as, what it holds — a description, no work, when its first sentence says nothing
# done, nor the whole anything already done or the bureau's deed; or on a line's measures, its name the heading before it (2、台金城际铁路。
# 全长158.24公里，设计速度达350km/h，西起金华金义新区站…). Whoever's place it is (我市的长城资源丰富…; …分布于我市的府谷…): a thing of
# the bureau's place (我市的) is described as any other.
# (where a thing runs, what it is made of, what it is above others: 战国秦长城在榆林境内途经神木、榆阳…，全长350多公里；…明长城…东起府谷县
# 墙头村，…西出定边县马圈梁…，总长约1100多公里，由“大边”和“二边”两道…防线组成，是榆林境内保存最为完整的长城。 of 榆林's 67号, hd57b;
# what a place is rich in: 我市的长城资源丰富，时代延续较长… — its resources)
DESCRIBED = re.compile(rf"^{_LEAD_IN}(?:[^，。；！？]{{2,16}}?(?:位于|地处|坐落于|途经|分布[于在]|[东西南北]起|(?:始建|建|成立|创建)于(?:19|20)\d{{2}}年"
                       r"|由[^，。；！？]{1,30}?(?:组成|构成)|是[^，。；！？]{0,24}?最[^，。；！？]{1,12}?的|资源(?:十分|非常|较为|极为|相当|较|很)?丰富)"
                       r"|(?:线路)?(?:全长|总长|全线长)约?\d"
                       rf"|[{CJK}]{{1,8}}?[省市区县镇乡村](?:总|水域|土地|国土|辖区)面积|[{CJK}]{{1,8}}?[省市区县镇乡]辖(?:区内有)?[{CJK}\d]"
                       rf"|[{CJK}]{{1,8}}?[省市区县镇乡村]气候(?!变化)|[^，。；！？]{{0,16}}?海拔"  # (…县气候温润，全县最高海拔4880米)
                       # (or on what the place is known as: 陕西省渭南市白水县是中国最早命名的“中国苹果之乡”，…, hd51b)
                       rf"|[{CJK}]{{1,8}}?[省市区县镇乡村]是[^，。；！？]{{0,24}}?(?:之乡|之都|故乡|发源地|原产地))")
# The bureau or its place speaking of itself as the doer (我局…, 我市实施…), not of a thing of its own (我市的长城资源…).
OURS_ACTING = re.compile(rf"(?:{_WE})(?!的)")
# A deed's verb in a description's first sentence (…是全省最早开展…的县): what someone did, no thing as it is.
DEED_VERB = re.compile(words(TREATING_VERBS, COUNTED_DEED_VERBS))
# A statement opening on a time past (近年来，该公司多次…, 2020年以来，…, 去年，…): it reports what was done then.
PAST_OPENING = re.compile(rf"^{_LEAD_IN}(?:{words(RECENT_YEARS_WORDS, LAST_YEAR_WORDS)}|[^，。；！？]{{1,16}}以来|(?:19|20)\d{{2}}年(?:以来|[，,]))")
# (not 已无法, 已不能: no longer, nothing done — …整体现状已无法满足新时代褒扬纪念工作的需要，确需对其进行提质改造)
ALREADY = re.compile(r"(?<![将不])已(?:经)?(?!于?(?:今年|明年|下半年)|无法|不能|难以|不再|不足以|不适应|不符合)")
# A year's plan said as such (2022年计划实施…, 2022年计划设施…新建: the year, then 计划 whatever follows, a slip
# of the pen too; or the matter planned before its 计划 and its verb, 2015年“十个全覆盖”饮水安全工程计划实施3处, hd59b): what that
# year was to see, unless its first sentence says what came of it (…，已完成…).
YEAR_PLANNED = re.compile(rf"^{_LEAD_IN}(?:(?:按照|根据|依据)[^，。；：！？]{{1,30}}，)?(?:19|20)\d{{2}}年度?(?:计划(?![的表])|{_THIS_YEAR_PLANNED})")
YEAR_PLAN_MET = re.compile(r"已|完成|实际")


def year_planned(norm: str) -> bool:
    """Whether ``norm`` opens on a year's plan (:data:`YEAR_PLANNED`) whose first sentence says nothing of what came of it."""
    return bool(YEAR_PLANNED.match(norm)) and not YEAR_PLAN_MET.search(re.split(r"[。！？]", norm, maxsplit=1)[0])
# A statement opening on its day (4月8日，…举行…发布会) and one saying something done (已…, …介绍了…, not 为了): an event or a result.
DAY_OPENING = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日")
TOLD_DONE = re.compile(r"(?<![将不])已|(?<!为)了")
ACTOR = re.compile(rf"{_WE}|领导下|带领")
# A rank won (全国首个…平台, 全省第一, 唯一…): a result, though said as what something is.
RANK = re.compile(r"首[个家批座所台套]|第一|唯一")
# A statement opening on what is heard or found of a situation (据了解，全市仅…1家, 经调研…): the
# state of things, with or without figures, not a result of the bureau's own work (a forecast so heard is a plan: FORECAST_REACH).
HEARSAY = re.compile(rf"^{_LEAD_IN}(?:据(?:了解|悉|介绍|调查|调研|反映)|经(?:了解|调查|调研|摸底)|(?:调研|调查)发现)")
# A statement opening on a member of the public raising a matter (霍邱县临淮岗乡某读者反映，…多年来一直无人维修…，希望政府能尽快安排
# 维修 of a paper's readers' column; 有市民来电反映：…; 网友投诉称，…; 村民希望…): their complaint or request reported, a problem raised —
# context whatever its section or page, never work done; of the time it was raised, not of a time its words tell (乡政府去年曾说下半年修:
# the complainant's story, hd57a). Its subject may follow its place and a word of how many (霍邱县临淮岗乡某, 部分), not a verb (我局走访居民).
_PUBLIC = words(CORRESPONDENT_WORDS, RESIDENT_WORDS)
PUBLIC_RAISED = re.compile(rf"^{_LEAD_IN}(?:(?:近日|日前|近期|近来|最近)，?)?有?(?:[{CJK}]{{1,8}}?(?:省|市|州|县|区|旗|乡|镇|村|街道|社区|小区))*"
                           rf"(?:某|一位|一名|多位|多名|{words(HOW_MANY_WORDS)})?(?:{_PUBLIC})(?:[{CJK}]{{1,2}}?(?:先生|女士))?们?"
                           r"(?:(?:(?:来电|来信|留言|致电|写信)(?:反映|投诉|举报|求助)?|反映|投诉|举报|求助|爆料)(?:称|说|到)?[，：]"
                           r"|(?:希望|要求|呼吁|盼望|期盼|期望|请求|恳请)(?![的得]))")


def public_raised(norm: str) -> bool:
    """Whether ``norm`` is a member of the public raising a matter and no more (:data:`PUBLIC_RAISED`): their words run to its
    first sentence's end, no clause after them opening on the bureau or its own place — not 群众要求硬化道路的呼声很高，2022年我局
    投入资金50万元完成道路硬化3公里, the bureau's deed of 2022 answering it (:data:`_OWN_OPENING`)."""
    raised = PUBLIC_RAISED.match(norm)
    return bool(raised) and not any(_OWN_OPENING.match(clause, SUBJECT_LEAD.match(clause).end())
                                    for clause in _first_sentence(norm[raised.end():]).split("，"))


# A statement opening on what someone said (上海市商务委表示，…, …党组书记、主任华源指出，…): a news item's announcement or
# speech, not a result: what is to be done (将…, 拟…) a plan, the rest context.
# (not 按照…的要求，: a rule followed, wherever it stands: 额济纳旗退役军人事务局按照相关文件要求，积极落实…)
SAID = re.compile(rf"^{_LEAD_IN}(?:“[^“”]*”)?(?:(?!{RULE_FOLLOWED})[^，。；：！？“”]){{2,30}}?{SPEECH_VERB}[，：]")
# (not 模拟世界遗产大会; nor 将 as 把, 每年均将创业富民纳入…; nor a programme's name, “马兰花计划”, nor a plan as a noun's
# owner, 分别占“十三五”计划的29.6%, hd58a)
SAID_WILL = re.compile(rf"{WILL_JIANG}|(?<![模虚比])拟(?![定订稿])|计划(?![”》的])|{STRIVE}|{NEXT_STEP}")
# A member of an assembly speaking (市政协委员张建波告诉记者，…; 县人大代表李某说：“…”), after a scene's setting (在现场，): their own
# account — the proposals they bring, their views — never the bureau's work, what is to be done included (hd61a: a 政协委员's
# words drafted under 主要做法和成效).
_TO_REPORTER = r"(?:告诉|对|向)记者|接受记者采访时?"
MEMBER_SAID = re.compile(rf"^{_LEAD_IN}(?:[^，。；：！？“”]{{1,12}}，)?[^，。；：！？“”]{{0,12}}?(?:{words(ASSEMBLY_WORDS)})常?委?"
                         rf"(?:{words(MEMBER_WORDS)})(?![会证团])[^，。；：！？“”]{{1,8}}?"
                         rf"(?:(?:{_TO_REPORTER})(?:表示|说|介绍|透露)?|表示|说|介绍|谈到|认为|指出|透露)[，：]")
# Words a quotation speaks as one person (张建波说：“我作为大理州援鄂医疗的副队长…，我还提案建议…”): their own account, never a
# unit's — not 我们, 我市, 我局, 我国 (the unit or its place speaking), nor 我 inside a word (自我, 你我: 我 opens the quotation or a
# clause in it), nor a name quoted with no one speaking it (持续开展“我为群众办实事”实践活动: the campaign's name, hd19a); a
# quotation of whole sentences opening the statement is spoken (“我种植蜂糖李有12年了，…。”王长江说。, hd70a).
FIRST_PERSON_QUOTED = re.compile(rf"(?:^(?=“[^“”]*[。！？]”)|说|：)“(?:[^“”]*?[，。；：！？、])?我(?!们|国|[省{_WE_LEVELS}]|单位|部门|方)")
# A resident seen at work (在…六马镇板乐社区，村民王长江正在为家里的60亩蜂糖李进行追肥…, hd70a): a news item's scene, no work of the
# place's — after its setting at most.
RESIDENT_SEEN = re.compile(rf"^(?:[^，。；！？]{{1,30}}，)?(?:{words(RESIDENT_WORDS)})[^，。；！？]{{0,4}}?正(?:在|忙着|忙于)")
# A count of the proposals or suggestions someone brings (这次他带来了3个提案): an assembly member's own, no work of the bureau's.
PROPOSALS_BROUGHT = re.compile(r"(?:带来|提交|撰写)了?(?:\d+|[一二两三四五六七八九十]+)(?:个|件|份|条)(?:提案|建议|议案)")
# An assembly's session (市政协九届四次会议于5月27日至29日在下关召开; 委员们陆续前来向大会报到; 委员在有序领取代表证): its own
# activity told in the news, never the bureau's work.
ASSEMBLY_SESSION = re.compile(rf"(?:{words(ASSEMBLY_WORDS)})[^，。；！？]{{0,20}}?(?:会议|全会|大会)[^。；！？]{{0,20}}?(?:召开|开幕|闭幕|举行)"
                              rf"|(?:{words(MEMBER_WORDS)})们?[^，。；！？]{{0,12}}?(?:报到|领取(?:代表证|委员证|会议资料))|向大会报到")


def assembly_session(norm: str) -> bool:
    """Whether the first sentence of ``norm`` tells of an assembly's session (:data:`ASSEMBLY_SESSION`) and the statement names
    no deed of the bureau's or its place's (:data:`OURS_ACTING`: 会议期间，我局共承办提案25件 is its work)."""
    return bool(ASSEMBLY_SESSION.search(_first_sentence(norm))) and not OURS_ACTING.search(norm)


# What an assembly's group on a visit does, named after it (视察组, 督办组): a group of visitors (:data:`VISITORS`), whose work a
# statement after goes on with (:data:`EVENT_TOLD_ON`); one reviewing too (评估组, 暗访组) opens a visit.
_GROUP_VISITS = ("视察", "调研", "检查", "督查", "督导", "督办", "考察")
_GROUP_REVIEWS = ("评估", "暗访")

# A statement opening on a visiting group's doings (视察组成员围绕…进行了广泛交流…并就…提出意见建议, 视察组一行走访了…,
# 市政协副主席…带领…委员…视察): the congress's or the CPPCC's work of supervising the bureau, never the bureau's own (hd12:
# 自贡市政协's news of its inspection, filed as 市民政局's work done and drafted as its answer on funding), or its standing
# committee at work of its own.
# (its day's part of the day too, and its assembly named with its place: 5月15日上午，南昌县政协副主席黄炳锋一行20余人，赴残联调研…;
# its leader leading the group, 4月10日上午，衡阳市人大常委会副主任李艳丽率队到衡东县调研…, the bureau's deputy head only 陪同, hd38b;
# the leader's post straight after the assembly — 市政协委员、市水利局局长王某带队 is the bureau's own head leading; after the rule
# it follows, 根据…监督工作计划…要求，为深入了解…，区人大常委会副主任姚晓群带领…调研组…, hd41b; its members or committee as a
# group, 市人大代表一行到我局视察, 市政协联络工作委一行先在…调研 — not 市政协委员、市水利局局长王某一行, the bureau's head; never the
# bureau's own handling of the assembly's items, 市人大代表建议办理工作开展以来…)
VISITORS = re.compile(rf"^{_LEAD_IN}(?:(?:{RULE_FOLLOWED})[^。；]{{2,80}}?(?:要求|部署|安排)，)?(?:为[^，。；]{{2,40}}，)?(?:今年|\d{{1,2}}月\d{{1,2}}日(?:[上下]午|晚上?)?)?[，,]?"
                      rf"(?:(?:[省市县区]?(?:人大常委会|人大|政协)[^，。；]{{0,12}}?)?(?:{words(_GROUP_VISITS, _GROUP_REVIEWS)})组"
                      r"|(?:[^，。；]{0,6}?[省市县区])?(?:人大常委会|人大|政协)(?:(?:党组书记、)?(?:常务)?副?(?:主任|主席)|秘书长"
                      r"|[^，。；]{1,8}?(?:委员会|工委)副?主任)[^，。；]{0,16}?(?:带领|率领|率队|带队|一行)"
                      r"|(?:[^，。；]{0,6}?[省市县区])?(?:人大常委会|人大|政协)(?:代表|委员|[^，。；、]{1,8}?(?:委员会|工作?委))一行"
                      r"|(?:[^，。；]{0,6}?[省市县区])?(?:人大常委会|人大|政协)(?![^，。；]{0,4}?(?:建议|提案|议案)(?!委))[^，。；]{0,16}?"
                      r"(?:将|组织|开展(?!以来)|围绕)"
                      # (or the standing committee at its own work: 在人大代表联络站建设方面，登封市人大常委会认真贯彻落实…精神，深化实体代表
                      # 联络站规范化建设… — its stations and deputies, no bureau's deed, hd43b; the committee the clause's subject, not
                      # what the bureau works under: 在县人大常委会的监督指导下，我局积极推进…)
                      rf"|(?:(?!在|{RULE_FOLLOWED})[^，。；]{{0,6}}?[省市县区])?人大常委会[^，。；的]{{0,4}}?(?:{words(WORK_VERBS, MANNER_ADVERBS)}))")


# A statement opening (after its day) on a business's people at their own trade, a news picture of their work, no deed of the
# bureau's (10月13日，白水县新农田农业科技有限公司员工在苹果种植基地…收获苹果; 一大早，中通快递的员工们就开始打包苹果; …专业合作社理事长林秋芳在
# 苹果园采摘苹果, hd51b) — not a count of them (企业职工基本养老保险参保…), nor the work of whoever has them at it (我局组织…员工).
PRIVATE_HANDS = re.compile(rf"^{_LEAD_IN}(?:\d{{1,2}}月\d{{1,2}}日|一大早|清晨|近日|日前)?(?:[上下]午|晚上?)?[，,]?"
                           rf"(?:(?!{_WE}|{words(WORK_VERBS)})[^，。；]){{0,24}}?(?:公司|合作社|快递|企业|工厂|农场)的?"
                           r"(?:员工|职工|工人|理事长|社员|董事长|总经理)们?[\u4e00-\u9fff]{0,4}?(?:在|正在|就|忙着|开始)")


# A statement going on with the meeting or the visit the one before told (会议要求，…; 视察组一行对…进行实地调研): that event's,
# of the place that held it (金台区政协's inspection, in the city's news, hd35a). (or pointing back to it by its kind or by 本次,
# 此次: 推介会上，汉中市经济合作局作汉中产业招商推介…; 签约仪式上，…; 活动中，…; 本次活动，汉中市精心筛选了…, hd68c — not 社会上)
# (its event noun, group ``noun``, and the words naming that event before it, ``named``: what the event told must agree with —
# 会议总结了… goes on with a meeting told, not the 主题活动 a list item before it held, hd63a)
EVENT_TOLD_ON = re.compile(rf"^(?:(?P<meeting>会议|会上|座谈会上?)|(?:{words(_GROUP_VISITS)})组"
                           rf"|(?:本次|此次|这次)(?=(?P<this>{words(EVENT_NOUNS)})?)"
                           rf"|在?(?P<named>[^，。；！？“”]{{0,12}}?)(?<!社)(?P<noun>{words(EVENT_NOUNS)})(?:上|中|期间)，)")
# A meeting's 会 in the clause of an event told (大会, 座谈会, 推介会) — not 社会, 机会, an association (协会, 学会, 工会, 委员会), 会同.
_MEETING_HELD = re.compile(r"(?<![社机协学工员])会(?![同员计])")
# The bureau named as an event's organiser or presenter (汉中市经济合作局、勉县人民政府承办; 汉中市经济合作局作汉中产业招商推介):
# the event's lead with its outcomes is its work — not where it is a guest (参加, 出席), hd68c.
_HOSTING = r"(?:[、和与及][^，。；！？]{2,20}?)?(?:共同)?(?:承办|主办|组织|作[^，。；！？]{0,16}?推介)"
# A news outlet's line opening its lede (国际在线陕西频道消息：): no part of the event a statement keeps.
_OUTLET_SAYS = re.compile(r"^[^，。；！？：“”]{2,16}?(?:消息|讯)[：:]")
_CLAUSE_REST = re.compile(r"[^，。；！？]*")
# The longest deck under a news item's headline (签订合同项目60个 总投资757.9亿元): a line, no paragraph.
DECK_MAX = 40
# A line that is no headline nor deck: one opening on a date, a dateline (2018-11-28梅州高新区管委会), or a journal's issue
# (中国科技产业 2018年11期), hd68d.
NO_DECK = re.compile(r"^(?:19|20)\d{2}(?:[-/.年]\d{1,2})|(?:19|20)\d{2}年第?\d{1,2}期")


def event_held(text: str) -> str | None:
    """The clause of ``text`` telling an event held (:data:`EVENT_CLAUSE`), without the lede's byline, to its clause's end; None
    when it tells none."""
    lede = _without_lead(text)
    outlet = _OUTLET_SAYS.match(lede)
    held = EVENT_CLAUSE.search(lede, outlet.end() if outlet else 0)
    return lede[held.start():held.end() + len(_CLAUSE_REST.match(lede, held.end()).group())].strip() if held else None


def event_agrees(told_on: re.Match[str], event: str) -> bool:
    """Whether the ``event`` told (:func:`event_held`) is the one a statement points back to (:data:`EVENT_TOLD_ON` matched):
    a meeting (会议, 会上, 推介会上) to an event telling a 会 or named by the same words (推介会上 → …推介暨签约仪式), a ceremony or
    forum to one of that noun; an 活动 or a group's visit to any event."""
    noun = told_on.group("this") or told_on.group("noun") or ("会" if told_on.group("meeting") else None)
    if noun in (None, "活动"):
        return True
    event = simplified(event)
    named = (told_on.group("named") or "")[-2:]
    return (bool(_MEETING_HELD.search(event)) if noun == "会" else noun in event) or (len(named) == 2 and named in event)


def deck_unit(out: Outline, title: str | None, headline: str, body: str) -> Unit | None:
    """A news item's deck, the line under its headline carrying figures (汉中发展大会暨“兴业在汉中”主题招商周启动 / 签订合同项目60个
    总投资757.9亿元): a statement of the page told with its headline, dated by it — None where there is none or its body tells the
    same figures again (then once; ``headline``, ``body``: the title and its units' text, simplified and normalised), hd68c."""
    headline = headline.strip()
    at = next((k for k, b in enumerate(out.front) if headline and simplified(normalise(b.text)).strip() == headline), None)
    if at is None or at + 1 >= len(out.front):
        return None
    block = out.front[at + 1]
    norm = simplified(normalise(block.text)).strip()
    figures = find_figures(norm, norm)
    if not figures or len(norm) > DECK_MAX or _SENTENCE_END.search(norm) or is_meta_line(norm) or NO_DECK.search(norm) or NO_DECK.match(
            headline) or all(g.raw in body for g in figures):
        return None
    return Unit(f"{title.strip()}，{'，'.join(block.text.split())}。", block, "para", [], OTHER)


# A statement opening on the central authorities (党中央、国务院历来高度重视…, 习近平总书记强调…): the policy the work follows,
# context, never the bureau's work.
# (and the party congress's report, 党的二十大报告提出“增强中华文明传播力影响力”，…; not its time, 党的二十大以来，我局…, nor its being
# held, 党的十九大胜利召开，…，我市高举…旗帜, hd47a: an event setting the time, no doer)
# (after a time, the central leadership as the doer, its leader's name any words: 党的十八大以来，以…同志为核心的党中央高度重视…, hd34b)
# (the central bodies, grammar.CENTRAL_BODIES: CENTRAL adds the leader, HIGHER_ACT the bodies' offices acting)
CENTRAL = re.compile(r"^(?:[^，。；！？]{2,12}以来，)?(?:以[^，。；！？]{2,24}?为核心的)?"
                     rf"(?:{CENTRAL_BODIES}|习近平总书记|总书记|党的[一二三四五六七八九十]+大(?!以来|(?:胜利|隆重)?(?:召开|闭幕)))")
# A statement opening, after its item's theme and its time, on a higher government acting (6月14日，广东省人民政府、香港特区政府和
# 澳门特区政府在香港签署《…合作框架协议》…; 三是严打非法行为。2022年底，国务院安委会办公室通报了3起…): that government's act, not
# the bureau's work — unless its first sentence names the bureau or its place (省政府将我市列为…) — context; a province's where it
# is not the workspace's own (hd28a). So is a party committee's department's (三是博州党委宣传部全力配合…开展对博乐市创建全国文明城市测评
# 工作 in a 博乐 reply, hd29b: that department's work, whatever place it names as the work's object). (the centre's offices too:
# 2018年2月，中办、国办印发《农村人居环境整治三年行动方案》, hd35a)
HIGHER_ACT = re.compile(rf"^{_LEAD_IN}(?:[^，。；！？]{{2,16}}。)?(?:(?:19|20)\d{{2}}年)?(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?"
                        rf"(?:底|初|末|上旬|中旬|下旬)?，?(?:(?P<central>{CENTRAL_BODIES}|中办|国办)|(?P<province>[{CJK}]{{2,3}}?省)(?:委|人民政府|政府)"
                        rf"|(?P<party>[{CJK}]{{0,6}}?(?:党委|[省市州县区盟旗]委)[^，。；！？政、和及]{{1,4}}?部(?![署门])))")
OWN_NAMED = re.compile(rf"{_WE}|[全本]市|[全本]县|[全本]区")
# A sentence opening, after its time, on a government below the centre unnamed, by its level (省委、省政府认真贯彻落实中央决策部署，连续多年
# 开展…试点探索; 市政府…): that government acting, carrying out the centre's policy told before it — its work, not the nation's.
LOWER_GOVERNMENT = re.compile(rf"^[{PLACE_LEVELS}](?:委|(?:人民)?政府)")
# A statement without figures holding CREED_MARKS of the political formulas (:data:`~drafter.grammar.CREED`) is that creed, context.
CREED_MARKS = 3
# A pledge of following the higher ones' word alone, one clause naming no deed (一是坚决贯彻落实习近平总书记重要指示精神。 of the
# province's work meeting reviewing its year, rs8): a slogan, no result.
FOLLOWING_ALONE = re.compile(rf"^(?:{ITEM_NUMBER})?(?:{words(FOLLOWING_MANNER)}|坚定不移地?)*(?:贯彻落实|学习贯彻|贯彻|落实|践行)"
                             r"[^，。；！？]{0,30}?(?:精神|指示|批示|决策部署|部署|讲话)。?$")
# A slogan: the work named by a count (“五篇文章”, 一个主旨（…）, 三大工程（…）) and the end it pledges (确保…实现良好开局, 为…提供
# 生态支撑): a statement without figures saying both names no act done, context (hd27a: filed as done; not 落实“两个责任”…，
# 发放…倡议书，继续抓好“八项规定”的贯彻落实, which pledges no end).
COUNTED_WORK = re.compile(r"[一二两三四五六七八九十]+(?:大|个|项|篇|条)[^，。；、“”（）()\d]{1,4}[”（(]")
PLEDGED_END = re.compile(r"确保[^。；]{0,30}?(?:良好开局|开好局|起好步)|为[^。；]{2,40}?提供[^。；，]{0,6}?(?:支撑|保障)")
# The aims a work is set to (紧扣“…”总目标，围绕“…”主题): a one-sentence statement without figures naming two or more names no act done,
# a slogan, context (hd31a: 罗平县旧屋基彝族乡紧扣…总目标，围绕…主题，把…融合，…着力打造民族特色乡 was filed as done).
AIMS_SET = re.compile(r"(?:紧扣|围绕|聚焦|锚定|紧盯)[^。；！？]{2,40}?(?:总?目标|主题|主线)")
SLOGAN_AIMS = 2


# Words quoted opening a statement, whole sentences of someone's (“哇！我的朋友圈今天让蓝天刷屏了！”“快看，…！”这是西安市民对…的切身体会。):
# what they said, no result of the document's own.
UTTERANCE = re.compile(rf"^(?:“[^“”]{{2,200}}?[。！？…]”)+(?![^，。；：！？“”]{{2,30}}?{SPEECH_VERB}[，：])")
# Effects claimed of work named by bare verbs, without a figure, a time, a document or a doer (治理大气污染，修复水生态，倡议低碳生活，已取得
# 明显成效；天蓝树绿…已实实在在成为百姓福祉。): a page's praise, no result a reply can cite.
CLAIMED_EFFECT = re.compile(r"取得(?:了)?(?:明显|显著|积极|良好|较好|初步|阶段性)?的?(?:成效|成果|成绩|效果)|成为[^，。；！？]{0,12}福祉")


def claims_effect(norm: str) -> bool:
    """A statement of no digit nor title, of two sentences at most, claiming effects (:data:`CLAIMED_EFFECT`) of work whose doer
    it never names (:data:`_SUBJECT`, a place)."""
    sentences = [t for t in re.split(r"(?<=[。！？])", norm) if t.strip()]
    return (bool(CLAIMED_EFFECT.search(norm)) and len(sentences) <= 2 and not re.search(r"[\d《]|年", norm)
            and not re.search(rf"{_SUBJECT}|[{CJK}]{{2,6}}?[省市区县州旗](?![级场])", norm))


# How the item answered was handled (:data:`~drafter.grammar.ITEM_HANDLED`): context of its reply, never a result.
HANDLING = re.compile(rf"^{_LEAD_IN}{ITEM_HANDLED.pattern}")


# A count of the deputies' items a unit handled (2024年，我局共承办市二十届人大三次会议代表建议35件、…提案56件，内容主要涉及乡村旅游…):
# its handling of suggestions, no work on a matter (hd14: drafted as 临沂's 乡村旅游 work).
ITEMS_HANDLED = re.compile(r"(?:承办|办理|收到|接收|交办)[^。；]{0,40}?(?:建议|提案|议案)(?:共计?)?[\d一二三四五六七八九十百]+件")


def items_handled(norm: str, figures: list[Figure]) -> bool:
    """True when a statement counts the items a unit handled (:data:`ITEMS_HANDLED`) and every figure it states is such a
    count, of items or of those put on file (立案): its handling of suggestions alone (临沂's 共承办…建议35件、…提案56件，内容主要
    涉及乡村旅游…; a CPPCC's own, after its lead: 今年来，德江县政协委员积极撰写提案。截至目前，共收到委员提案75件，立案69件, hd42a);
    one reporting other work too (中山's …市政协提案69件…。…上半年共制定出台政策文件23项, round 40) is that work; a rate of their
    handling beside the counts (…共承办省、市政协提案61件…办复率100%, :data:`HANDLING_WORDS`) is that handling too."""
    return bool(ITEMS_HANDLED.search(norm)) and all(
        (g.unit == "件" and re.search(r"建议|提案|议案|立案", g.counts or "")) or HANDLING_WORDS.search(g.counts or "")
        for g in figures)


# How many of the reader's points were adopted or carried out (您提出的3条建议，我局采纳3条，落实了3条，具体情况如下：): the handling of
# the item, no work on any matter (hd26a: stored as done with its counts).
POINTS_ADOPTED = re.compile(r"(?:建议|提案|意见)[^。；！？]{0,20}?(?:采纳|吸纳|采用|落实)了?[\d一二两三四五六七八九十]+(?:条|项|点|件)")


def points_adopted(norm: str, figures: list[Figure]) -> bool:
    """True when a statement's first sentence counts the reader's points adopted (:data:`POINTS_ADOPTED`) and every figure it
    states counts such points (条, 项, 点, 件)."""
    return bool(POINTS_ADOPTED.search(_first_sentence(norm))) and all(g.unit in ("条", "项", "点", "件") for g in figures)


# A reply's account of how its own item was handled (此建议由县人民政府副县长黎旭领办…; 召开党组会议专题研究人大代表建议办理工作，提出
# 三点办理要求; 一是实学。要求…建议办理人员认真研学…; 全流程开展面商、办理、答复等工作; 该项建议由我局经建股承办): the procedure, no work on
# the matter.
# (and a letter's answer given to its writer: 市运管处公客中心工作人员…通过电话…拨打网友预留手机回复，其表示理解。 of a 市长信箱 reply)
HANDLING_WORDS = re.compile(r"(?:建议|提案|议案)的?办理|办理(?:工作|流程|要求|人员|情况|此建议|本建议|该建议)|领办|面商|答复文稿"
                            r"|(?:电话|短信|当面|上门)[^。；！？]{0,30}?(?:回复|答复)(?!函)|(?:回复|答复)(?:了)?(?:" + words(CORRESPONDENT_WORDS) + ")"
                            r"|(?:" + words(CORRESPONDENT_WORDS) + r"|对方|其)[^。；！？]{0,6}?(?:表示理解|表示满意|表示认可|表示感谢|无异议)"
                            r"|(?:此|本|该)项?(?:建议|提案|议案)由|(?:建议|提案|议案)的?答复|满意率|办结率|办复率|见面率")
_LEAD_SENTENCE = 8  # characters: an item's short lead (一是实学。) says nothing of its own


# The handling an account of work takes as its occasion (以提案办理为契机，积极推动出台…): no handling said.
_OCCASION = re.compile(rf"以[^，。；]{{0,16}}?为(?:{words(MEANS_WORDS)})，?")


def handling_only(norm: str) -> bool:
    """Whether every sentence of ``norm`` (but an item's short lead) speaks of handling the item (:data:`HANDLING_WORDS`),
    not only as the occasion of other work (:data:`_OCCASION`)."""
    said = [s for s in re.split(r"(?<=[。！？：])", _OCCASION.sub("", norm)) if len(s.strip()) >= _LEAD_SENTENCE]
    return bool(said) and all(HANDLING_WORDS.search(s) for s in said)


def handling_year(out: Outline) -> int | None:
    """The year of the last day a reply's account of handling its item names (2025年5月13日，…专题会议，对重点建议办理工作作研究…;
    2025年12月5日，…复盘): the item was answered that year; None where it names none."""
    years = [int(y) for unit in out.units for norm in [simplified(normalise(unit.text))] if handling_only(norm)
             for y in re.findall(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日", norm)]
    return max(years) if years else None


def _first_sentence(norm: str) -> str:
    """``norm`` up to its first sentence's end (。；！？)."""
    return re.split(r"[。；！？]", norm, maxsplit=1)[0]


def is_view(norm: str) -> bool:
    """A statement opening with a view and saying in its first sentence no one's work (nor, its topic set off by a comma,
    going on to work already done: 优先发展公共交通，是…的必然要求…。针对您的建议，…现已初步看好一路段…)."""
    first = _first_sentence(norm)
    m = VIEWPOINT.match(norm)
    if m and "，是" in m.group() and ALREADY.search(norm, len(first)):
        return False
    return bool(m) and not ACTOR.search(first) and not RANK.search(first)
# A statement opening on which unit a rule makes answerable for what (根据商办字〔2019〕17号文第六条规定，商河县工业和信息化局
# 负责全县食盐专营管理工作…): whose remit the matter is, no work done.
# (or on what a unit's duty is: 林业主管部门的核心职责之一是保护和发展森林资源… of 平顺县林业局's reply to 王风科)
# (the unit made answerable named with where its remit lies: 根据《山东省农村公路条例》第一章第四条规定，乡（镇）人民政府在县级人民政府
# 确定的职责范围内，负责乡道、村道的建设和养护工作)
REMIT = re.compile(r"^(?:根据|按照|依据)[^，。；]{2,40}?(?:规定|要求|职责分工)，[^，。；]{2,30}?(?:，[^，。；]{0,20}?)?(?:负责|承担)(?!人)"
                   r"[^。；]{2,40}?(?:工作|职责|职能)"
                   r"|^[^，。；]{2,20}?(?:部门|局|委|机关|单位)的?(?:核心|主要|基本|法定)?(?:职责|职能)(?:之一)?(?:是|为|包括)")
# A statement telling what a law's article provides (对于您提出的“…”的建议。《中华人民共和国家庭教育促进法》第六条规定：各级人民政府…),
# after the ask it answers: the rule, no work done.
LAW_SAYS = re.compile(rf"^(?:[^。；！？]{{0,60}}?建议。)?{STATUTE}{ARTICLE}(?:规定|明确)[：，]")
# Who attended (市水务局机关全体干部职工，各县区水务局…主要负责人参加会议。; …交警支队长徐桢以及市区相关部门负责人参加了当天的会议。,
# hd67a): a news item's list of those present, no work.
_ATTENDING, _ATTENDED_EVENT = r"(?:参加|出席|列席|参与)了?", r"(?:会议|活动|仪式|座谈|调研)"
ATTENDANCE = re.compile(rf"^[^。；！？]{{2,120}}?{_ATTENDING}(?:[^。；！？，]{{1,10}}?的)?{_ATTENDED_EVENT}。?$")
# Those attending an event the sentence names by no place of its own (…出席活动，…代表参加了对接暨签约仪式): the page's event.
ATTENDED = re.compile(rf"{_ATTENDING}(?P<event>[^。；！？，]{{0,12}}?){_ATTENDED_EVENT}(?=[，。；！？]|$)")


def attended_own_event(norm: str) -> bool:
    """Whether the first sentence of ``norm`` lists, by their units and posts, those attending an event it names by no place or
    scope of its own (:data:`ATTENDED`: 陕西省商务厅副厅长戴士芳，汉中市委常委、副市长谢京帅…出席活动 of 汉中's page on its event
    held in 勉县, hd68c): a list of the page's event, its place the page's, never the first guest's unit's (not 省委书记…出席全省…会议)."""
    first = _first_sentence(norm)
    m = ATTENDED.search(first)
    return bool(m) and not places_in(m.group("event")) and not SCOPE.search(m.group("event")) and bool(POST.search(first, 0, m.start()))


_PRESS_KINDS = "发布|通气"  # a press meeting's kind (新闻发布会, 通气会)
# A press event held (7月16日，吉林省政府召开新闻发布会，…新闻发言人崔立夫介绍了人社厅在2013年上半年的工作情况): a meeting
# announcing the work, not the work (hd35b: stored as a result).
PRESS_EVENT = re.compile(rf"^[^。；！？]{{0,40}}?(?:{HOLDING})[^。；！？，]{{0,20}}?(?:(?:新闻)?(?:{_PRESS_KINDS})会|见面会)")
# Its announcement alone, who was invited to tell of what and the reporters' questions answered, no figure (2月22日，山东省人民政府新闻办
# 举行发布会，邀请相关部门负责人介绍山东省就业和社会保障工作有关情况，并回答记者提问。 hd59a): no fact.
PRESS_ANNOUNCED = re.compile(rf"{PRESS_EVENT.pattern}[^。；！？\d]*?(?:回答|答)了?(?:记者|媒体)的?提问。?$")
# A definition: a statement opening on what a kind of work consists of or means (高标准农田建设的内容主要包括土地平整工程…,
# 高标准农田是指…, a table's note: 省定任务指的是…要求的优良天数…, hd49b): what the thing is, no work done; or by whom a measure is
# determined or reckoned (主要污染物排放减排总量由省生态环境厅认定，…只认定减排比例, a table's note too): how it is counted.
DEFINITION = re.compile(rf"^{_LEAD_IN}[^，。；：！？]{{2,20}}?(?:的(?:建设|主要)?内容(?:主要|一般)?(?:包括|有)|是指|指的是|系指"
                        r"|由[^，。；：！？]{2,20}?(?:认定|核定|核算|测算)[，。])")
# Advice: a statement opening on what its subject should do (家庭、学校、社会应共同努力，…; 视力普查…应持续开展): a view of
# what ought to be, no work done (not 响应, 适应, 供应, 回应…; not 应急, 应用, 应保尽保…: SHOULD_YING).
# (or, in a reply, the bureau's advice to its reader on what to do themselves: 建议发动群众将现有道路进行修缮… of 师宗县's reply)
ADVICE = re.compile(rf"^{_LEAD_IN}(?:[^，。；：！？]{{0,16}}?(?<![响适供对反相答效感呼顺回因照知])(?:{words(SHOULD)}|{SHOULD_YING})"  # (nor 回应)
                    # (and its advice of who is to act, after the matter it is on: 针对目前…乱象问题，建议由其行业主管部门对…依法予以
                    # 取缔。 of 达州's 协办 letter — another's work to do, no result of the bureau's, hd28b)
                    r"|建议由)"
                    r"|^建议(?:您|你们?|代表|委员)?(?:发动|组织|动员|联系|咨询|向|与|通过)")
# A wish: what the bureau hopes of others (同时，我们希望甘谷县…实施单位转变观念…因此建议园区实施单位通过招商引资…): no work done.
WISH = re.compile(rf"^{_LEAD_IN}(?:{_WE})?(?:也|还)?(?:希望|期望|期待)")
# Work a statement says is planned (我局依据…的要求，计划实施…工程; 拟新建…): its subject, a rule it follows, then 计划 or 拟
# and what is to be done; a plan still where its first sentence says what it waits for (AWAITING), whatever step is done.
PLANNED_WORK = re.compile(rf"^{_LEAD_IN}(?:{_SUBJECT})?(?:(?:依据|根据|按照)[^，。；！？]{{1,40}}，)?(?:计划|拟)(?:于[^，。；]{{1,10}})?"
                          r"(?:实施|建设|新建|新开|改造|开展|启动|安排|投资|投入|对)")
# Work a sentence says is planned by a plan's own words (根据《…布局调整规划方案》，规划在2026年撤并…; 项目规划投资505.2万元;
# 乡委、乡政府计划申请沪滇合作项目…; 计划在年底前完成建设任务): a plan whatever the document's kind and whatever step of it is done.
PLAN_WORDED = re.compile(rf"^{_LEAD_IN}{_BASIS}[^，。；！？]{{0,16}}?(?:规划(?:在|于|到)(?:19|20)\d{{2}}年|规划投资"
                         r"|计划(?:在|于|到)[^，。；！？]{1,12}?(?:前|内|底|末)?(?:完成|建成|实施|开工|投入)|计划(?:申请|争取|申报))")
# A document's targets quoted (而赣榆2025年政府工作报告也提出：启动城市微更新地块7处…; 近日，连云港市住建局2025年工作计划提出：
# 着力推进城中村改造, hd37b): what it sets to be done, a plan, not the deeds of the statement's section.
# The documents a body sets its year's work in, and how a statement quoting one goes on (也提出：, 还明确); both rules below read them.
_WORK_DOCUMENTS = "工作报告|工作计划|工作要点"


def _quoting(*more: str) -> str:
    """A document's quoting verb (提出, 明确) or one of ``more``, after 也 or 还 at most."""
    return rf"[也还]?(?:{words(('提出', '明确'), more)})"


DOCUMENT_PROPOSES = re.compile(rf"^{_LEAD_IN}(?:(?:近日|日前|近期|而)，?)?[^，。；！？：]{{0,24}}?(?:{_WORK_DOCUMENTS}|规划|计划|方案|纲要)"
                               rf"》?{_quoting('部署')}[：:]")
# …or said of any document, what follows its quoting verb being what it sets out, the document that verb's subject (5月5日，舟山市
# 人民政府发布关于印发…责任分解的通知，其中提出，完善双碳考核评估机制…开工建设332万千瓦清洁火电项目, hd66c; 《方案》提出了…; 通知明确，…) —
# not a body's deed of making one (制定了…方案，明确了…: its subject the body).
# (a statement quotes any document: the kinds a title is read by, metadata.DOCUMENT_KINDS, and rules, outlines, 文件 itself)
_SAYING_DOCUMENTS = words(DOCUMENT_KINDS, ('纲要', '办法', '决定', '细则', '文件'))
DOCUMENT_SAYS = re.compile(rf"^{_LEAD_IN}[^。；！？]{{0,80}}?(?:{_SAYING_DOCUMENTS}|》)(?:，其中|中)?{_quoting()}(?:了|[，：:])")
# …unless the statement says them met after it (…提出：实施城中村改造9个，截至目前已全部完成; …明确：当年完成改造120公里，实际完成135公里):
# a result — not 完成 alone, a target's own verb there.
TARGETS_MET = re.compile(rf"(?:{ALREADY.pattern}|实际)(?:全部|全面|基本|超额|累计)?(?:完成|建成|实现|达到)")


def document_proposes(norm: str) -> bool:
    """Whether ``norm`` opens quoting a document's targets (:data:`DOCUMENT_PROPOSES`, :data:`DOCUMENT_SAYS`) it does not say
    met: a plan."""
    m = DOCUMENT_PROPOSES.match(norm) or DOCUMENT_SAYS.match(norm)
    return bool(m) and not TARGETS_MET.search(norm, m.end())


# Work a statement opens on as still sought (现在我们正在争取武定县农村人居环境治理项目，力争在2022年启动项目建设。项目包括…新建垃圾热解厂10个…;
# 目前正在积极申报…): not had yet, what it holds is what is planned — not 已争取, nor 正在推进 (work under way).
SEEKING = re.compile(rf"^{_LEAD_IN}(?:(?:{_NOW})，?)?(?:{_SUBJECT}|{_PLACE_SUBJECT})?(?:正在|正)(?:积极|全力|努力)?"
                     r"(?:争取|申报|申请|谋划)")
# …or, after a present word, a sentence of nothing but what is sought (目前，积极争取项目资金支持。; 目前，我局正积极向上争取…): an aim,
# nothing had yet — not one saying what was submitted for it (目前，项目上报国家水利部，争取项目资金支持。 of 牟定县水务局's reply 74:
# the submission is work under way), nor 争取到 (won).
SOUGHT_NOW = re.compile(rf"^{_LEAD_IN}(?:{_NOW})，?(?:{_SUBJECT}|{_PLACE_SUBJECT})?(?:正在|正)?(?:积极|全力|努力|主动)?"
                        r"(?:向上级?|向[^，。；！？]{1,12}?)?(?:争取|申报|申请)(?!到)[^，。；！？]*[。！？]?$")
# The next step after a clause telling what is under way, once a step is done (…，该泵站工地就复工开建，待完成打桩后将着手开挖工程…,
# hd52b): what the work goes on to, no plan of the statement's.
AWAITED_NEXT = re.compile(r"(?<=[^，,])[，,]\s*待[^。；！？，]{1,24}?(?:后|之后)[^。；！？]*")
# A statement opening on what is to go further or go on (进一步落实…加计扣除…等政策，引导企业加大…; 我局继续加大对我市农村公路建设
# 改造力度，…; 以上三条公路我局…将进一步督促养护单位…): a commitment, when nothing in it is said done (hd34c: a reply's stock closing
# 我局继续加大…力度 was filed as done and drafted as a result).
FURTHER = re.compile(rf"^{_LEAD_IN}(?:[^，。；！？]{{0,30}}?(?<![已未])将|(?:{_SUBJECT})?(?:要|将)?)(?:继续|进一步)")
# The reader's suggestion praised, opening a statement (你提出的关于…的建议很好。): words to the reader, no work.
PRAISED = re.compile(r"^(?:[你您]|[你您]们|代表|委员)[^。！？]{0,60}?(?:建议|提案|议案|意见)(?:很好|非常好|很有道理|很中肯|中肯|切实可行|务实可行)[。！，]")
# The acclaim a thing's results won from others (…等方面的建设成效，已得到国家多部委和社会各界的高度认可，多次在中央媒体上推介, hd45c): praise
# received, no work done — the results themselves are told elsewhere.
ACCLAIMED = re.compile(r"(?:的|等)[^，。；！？]{0,6}?(?:成效|成绩|成果|经验|做法)，?(?:已经?|均|也|都)?(?:得到|获得|受到|赢得)[^。；！？]{0,30}?"
                       r"(?:认可|肯定|好评|赞誉|赞扬|称赞|表扬|点赞)")
# What the leadership values, its statement ending on what is still short (近年来，市委、市政府十分重视西部城区基础设施建设，相继实施了…，
# 但与其他城区相比仍有较大的提升空间。 of 滕州市住建局's 2022 reply 27): the background of an ask, no result of the bureau's.
LEADERS_VALUE = re.compile(rf"^{_LEAD_IN}(?:(?:{words(RECENT_YEARS_WORDS)})，?)?(?:[^，。；]{{0,6}}?(?:[省市县区州旗]委|党委|政府)[、和]?)+"
                           r"[^，。；]{0,6}?重视")
SHORTFALL_END = re.compile(rf"(?:{words(TURN_OPENERS)})[^。；！？]{{0,30}}?(?:仍|还|尚)[^。；！？]{{0,12}}?(?:差距|提升空间|不足|短板|欠缺|薄弱)"
                           r"[^。；！？]{0,6}[。！]?$")
# What residents feel (如今，每一个生活在滕州的居民都切身感受到了城市发生的变化：道路宽敞了… of 滕州's 2023 review): a piece's praise
# of the change, no work said; or the changes felt, listed (天空更蓝了、大地更绿了、河流更清了……一个天蓝水秀的美丽衡水向我们走来。 of
# 衡水's 2022 review, hd49b) — of no figure, no statement at all (hd49b's re-score: still filed as background).
FELT = re.compile(rf"^{_LEAD_IN}(?:如今|现在|今天|当下)?，?[^，。；：]{{0,20}}?(?:{words(RESIDENT_WORDS)})[^，。；：]{{0,6}}?"
                  r"(?:切身|真切|深切|真正|实实在在地)?(?:感受到|感受|体会到|感觉到)"
                  r"|^(?:[^，。；：、]{1,6}?(?:更|越来越|愈发)[^，。；：、]{1,3}了[、，…]+){2,}")
# A speaker telling the occasion of their speech (今天，我们在这里举行新闻发布会，主要目的是向广大媒体记者朋友们通报…。下面，我简要介绍
# 一下…, hd70b): why it is given, no work — of no figure, no statement.
OCCASION_TOLD = re.compile(rf"^(?:今天|今日)(?:上午|下午)?，?我们(?:在这里)?(?:隆重)?(?:{HOLDING})")
# Figures measured against a normal year (较常年同期偏少3成, 比常年偏多4天, 均比常年同期少4成): rain, water stored, a season's
# conditions, not what anyone did.
BESIDE_NORMAL = re.compile(r"[较比]常年(?:同期)?(?:偏|[少多低高])")
# A place's profile, its area and then its population (面积548平方公里，人口62.7万，地处…): what the place is, no one's result.
PLACE_PROFILE = re.compile(r"(?:总|国土|辖区|全市|全县|全区)?面积(?:约|达)?\d[\d.]*万?平方(?:公里|千米)[，,、；;]\s*"
                           r"(?:[^。，,]{0,10}?[，,])?(?:总|常住|户籍)?人口(?:约|达)?\d")
# Work told with its figure after it in its clause (2023年全县新建堤防5公里，投入资金800万元): after a place's description or
# profile, what was done there — the statement reports work, not only the place.
WORK_FIGURE = re.compile(rf"(?:{words(WORK_VERBS, FOUNDING_VERBS)})[^，。；！？]{{0,16}}?\d")
ANY_WORK = re.compile(words(WORK_VERBS, FOUNDING_VERBS))  # (…，济南市市场监管局加强游乐设施安全监管，对该市159台…: work told)
# A look back without figures (瞻来路，…我们回望这一年的收获，…): a review's framing, no work of its own.
LOOK_BACK = re.compile(r"回望|回首|回眸")
# A present obstacle (目前…无法…, 现行…难以…) in a report of work done: a problem, not a result.
OBSTACLE = re.compile(r"(?:目前|当前|现行|现阶段|仍|尚)[^。；]{0,30}?(?:无法|难以|不能|未能)")
# …unless the clause says it was overcome (帮助企业解决了目前难以融资的问题): a solving verb not itself denied (因征地问题尚未解决
# 导致…难度较大, 资金缺口无法解决难以实施…: the obstacle) opening the problem the clause names after it.
OVERCOME = re.compile(r"(?<!未)(?<!未能)(?<!无法)(?<!不能)(?<!难以)(?<!没有)(?:解决|破解|化解|缓解|克服|打破|突破|破除|补齐|补足|打通|疏通|摆脱)")
PROBLEM_NAMED = re.compile(PROBLEM_WORDS)
_CLAUSE_END = re.compile(r"[，,。；：]")


def stated(rx: re.Pattern, norm: str) -> bool:
    """Whether ``rx`` finds in ``norm`` what stands as stated, not inside a problem its clause reports overcome (帮助企业解决了
    目前难以融资的问题; 着力解决群众出行难以保障的问题: the work, no obstacle nor state of things)."""
    return any(not (OVERCOME.search(_CLAUSE_END.split(norm[:m.start()])[-1])
                    and PROBLEM_NAMED.search(_CLAUSE_END.split(norm[m.end():], maxsplit=1)[0])) for m in rx.finditer(norm))


def is_obstacle(norm: str) -> bool:
    """A present obstacle stated, not one the clause reports overcome."""
    return stated(OBSTACLE, norm)


def all_in_suggestion(norm: str, figures: list[Figure]) -> bool:
    """Whether every figure stands in the suggestion the statement restates to its reader (关于你们提出
    “2019年支持10公里护林防火道建设”的建议，目前解决办法是…): what was asked, not what was done."""
    spans = [m.span("what") for rx in (READERS_SUGGESTION, READERS_CONCERN) for m in rx.finditer(norm)]
    return bool(spans) and all(any(a <= pos < b for a, b in spans) for pos in figure_positions(norm, figures))


# A quotation that is no one's work of the statement's: a suggestion's or proposal's title (杜贤伟代表提出的《关于支持台江修建一所
# 容纳4000人的九年一贯制学校的建议》, 代表提出的“关于…的建议”), a deputy's or member's words (代表提出的“…”, 建议“…”) or a rule's
# (该文规定：“小学、初中规模不超过2000人…”): its figures are what was asked or ruled, never the bureau's.
QUOTATION = re.compile(r"“([^“”]{1,200})”|《([^《》]{1,200})》")
_ASKED_TITLE = re.compile(r"(?:建议|提案|议案)(?:书)?$")
_QUOTING = re.compile(r"(?:(?:代表|委员|提案人|建议人|(?:" + ANY_YOU + r")们?)所?(?:提出|提|建议|反映|要求|认为)的?"
                      r"|(?:规定|要求|明确|指出)[：:，]?)$")


def quoted_not_own(norm: str, figures: list[Figure], positions: list[int]) -> list[Figure]:
    """``figures`` (at ``positions`` in ``norm``) without those in a quotation of a suggestion's title, its author's words or a
    rule (:data:`QUOTATION`)."""
    spans = [m.span() for m in QUOTATION.finditer(norm)
             if _ASKED_TITLE.search(m.group(1) or m.group(2)) or (m.group(1) and _QUOTING.search(norm, 0, m.start()))]
    return [g for g, at in zip(figures, positions) if not any(a <= at < b for a, b in spans)]


# A size's bound (路面宽度不低于4.5米, 路面宽度5米以上, 身高1.2米以下): a standard the work met or a class of things, no count of work.
SIZE_BOUND = re.compile(rf"^(?:{BOUND_WORDS})?[\d.]+\s?(?:米|厘米|毫米|m|cm|mm)(?:以上|以下|及以上|及以下)?$")
_BOUND = re.compile(rf"{BOUND_WORDS}|以上$|以下$")
# One of a thing for each of a kind, in a sentence saying so before it (实现全市每个乡镇建成1条连接国省干线…的三级及以上公路，1条连同…):
# a standard every place met, no total.
EACH = re.compile(rf"每(?:个|一个|所|家|座|户|名|位)?[{CJK}]{{0,4}}?(?:乡镇|镇|乡|村|街道|社区|学校|单位|企业|县|区|户|人)")


# A design standard's return period (治理标准为10年一遇, 50年一遇洪水): how rare a flood the work withstands, no time.
RETURN_PERIOD = re.compile(r"\s?一遇")


def without_standards(norm: str, figures: list[Figure], positions: list[int]) -> list[Figure]:
    """``figures`` (at ``positions`` in ``norm``) without those stating a size's bound (:data:`SIZE_BOUND`), one for each
    of a kind (:data:`EACH`) or a return period (:data:`RETURN_PERIOD`)."""
    def each(at: int) -> bool:
        start = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, at)), default=0)
        return bool(EACH.search(norm, start, at))
    return [g for g, at in zip(figures, positions)
            if not (_BOUND.search(g.raw) and SIZE_BOUND.match(g.raw)) and not (g.value == 1 and at >= 0 and each(at))
            and not (g.unit == "年" and at >= 0 and RETURN_PERIOD.match(norm, at + len(g.raw)))]


# What stands after the field a rank is among (总量在30个民族自治州和全省均居第5位): the rank.
RANK_AFTER_FIELD = re.compile(r"[^，。；！？\d]{1,16}?(?:均|都)?(?:居|位居|位列|排名|名列|排)(?:第|前)")


def without_repeated_fields(norm: str, figures: list[Figure], positions: list[int]) -> list[Figure]:
    """``figures`` (at ``positions`` in ``norm``) without a count named again as the field a rank is among (…是全国30个民族自治州
    中的两个彝族自治州之一。…总量在30个民族自治州和全省均居第5位, hd32a: the same count, not a second one of the place's)."""
    kept: list[Figure] = []
    for g, at in zip(figures, positions):
        if not (at > 0 and norm[at - 1] == "在" and RANK_AFTER_FIELD.match(norm, at + len(g.raw))
                and any((k.value, k.unit, k.counts) == (g.value, g.unit, g.counts) for k in kept)):
            kept.append(g)
    return kept


# What names a count again as the things counted before (这4条线路, 该3个项目): the determiner before it.
_AGAIN_WORDS = ("这", "该", "上述", "此", "其")
# …or a clause of what was done to them, closed by 的, opening its clause (涉及改造的7处小区分别是：… after 7处老旧小区将旧貌换新颜, hd65b).
_DEFINED_AGAIN = re.compile(r"^[^，。；！？、]{1,12}的$")


def without_named_again(norm: str, figures: list[Figure], positions: list[int]) -> list[Figure]:
    """``figures`` (at ``positions`` in ``norm``) without a count naming again one told before in the statement — the same value
    and unit, of things its own counts name by the earlier's noun (线路), after a determiner (:data:`_AGAIN_WORDS`), a clause
    telling what they are (:data:`_DEFINED_AGAIN`) or the
    place's name said before alone opening its clause (玉溪市形成4条党史学习教育体验省级示范线路。截至2021年底，玉溪4条红色学习体验线路
    各示范点，累计接待…: the same 4条, not a second count of 2021's, hd55c)."""
    kept: list[Figure] = []
    for g, at in zip(figures, positions):
        start = max(norm.rfind(c, 0, at) for c in "。；，！？") + 1
        before = norm[start:at].strip()
        opener = before in _AGAIN_WORDS or _DEFINED_AGAIN.match(before) or (2 <= len(before) <= 4 and re.search(re.escape(before) + "[市县区州]", norm[:start]))
        if not (opener and any((k.value, k.unit) == (g.value, g.unit) and k.counts and g.counts and k.counts[-2:] in g.counts
                               for k in kept)):
            kept.append(g)
    return kept


def fact_kind(unit: Unit, norm: str, figures: list[Figure], default: str) -> str:
    """The class of a unit's fact (``norm``: its text normalised): its section's (see the module
    docstring); a member of the public raising a matter (:func:`public_raised`) is context in any section; in a done section
    what is heard of a situation or whose remit a rule makes the matter (:data:`REMIT`, without
    figures) or what tells no one's work (:data:`WORK_SAID`, without figures) is context and what will be done a
    plan, and how the item answered was handled (:data:`HANDLING`) context, what someone said (:data:`SAID`) context or a
    plan; without figures, outside a
    plan, a lead (unless it says what will be done: 2、我局将科学按照…, read as a lead of the heading 3、… after it), an
    appraisal, a view or instructions (:data:`MUST_ITEMS`) is context and an obstacle a problem."""
    cls = unit.section_class if unit.section_class != OTHER else default
    if ISSUING.match(norm):  # (a notice issuing its document: its issuer's deed, of its date)
        return DONE
    if cls in (DONE, CONTEXT) and TASK_FIELD.match(norm):
        return PLAN
    if any(SPEAKER_LINE.match(normalise(h)) for h in unit.section):
        return CONTEXT  # what a deputy said under the line naming them (刘炜英(仓山团代表) / 活到老学到老。…建议加大…)
    if cls == DONE and figures and all_in_suggestion(norm, figures):
        return CONTEXT
    if cls == CONTEXT or SELF_REFERENCE.match(norm) or CENTRAL.match(norm) or PRESENTING.match(norm) or public_raised(norm) or (
            cls == DONE and (
            (HEARSAY.match(norm) and not FORECAST_REACH.match(norm)) or HANDLING.match(norm) or VISITORS.match(norm) or PRIVATE_HANDS.match(norm)
            or items_handled(norm, figures) or points_adopted(norm, figures) or MEMBER_SAID.match(norm)
            or FIRST_PERSON_QUOTED.search(norm) or RESIDENT_SEEN.match(norm) or PROPOSALS_BROUGHT.search(norm) or assembly_session(norm))) or (
            cls == DONE and not figures and (REMIT.match(norm) or LAW_SAYS.match(norm)
                                                      or (unit.role != "item" and not WORK_SAID.search(norm)))) or (
            not figures and cls != PLAN and ((unit.role == "lead" and not WILL.match(norm) and not SET_GOING_DAY.search(norm)
                                              and not NAMED_HELD.search(norm))
                                             or (is_appraisal(unit.text) and not WILL.match(norm))  # (鉴于…具有重要的意义，下阶段我局将…)
                                             or is_view(norm) or ADVICE.match(norm) or WISH.match(norm) or DEFINITION.match(norm)
                                             or ATTENDANCE.search(norm) or PRESS_EVENT.match(norm) or MUST_ITEMS.search(norm)
                                             or len(set(CREED.findall(norm))) >= CREED_MARKS or FOLLOWING_ALONE.match(norm)
                                             or (COUNTED_WORK.search(norm) and PLEDGED_END.search(norm))
                                             or (len(AIMS_SET.findall(norm)) >= SLOGAN_AIMS and norm.rstrip("。").count("。") == 0)
                                             or LOOK_BACK.search(norm) or PRAISED.match(norm) or UTTERANCE.match(norm)
                                             or (ACCLAIMED.search(norm) and norm.rstrip("。").count("。") == 0)
                                             or claims_effect(norm)
                                             or (LEADERS_VALUE.match(norm) and SHORTFALL_END.search(norm)))):
        return CONTEXT
    if cls == DONE and unit.role == "item" and not DONE_WORDS.search(norm) and scope_listed(unit):
        return PLAN  # (…主要建设内容包括：一是实施和顺古镇5A旅游景区创建；二是…: what a project is to build, hd50a)
    if cls == DONE and (said := SAID.match(norm)):
        return PLAN if SAID_WILL.search(re.split(r"[。！？]", norm[said.end():], maxsplit=1)[0]) else CONTEXT
    first = re.split(r"[。！？]", norm, maxsplit=1)[0]
    # (not where a later sentence reports what is already done: …环卫中心将积极采纳。目前，在城东地区已经陆续建立围挡…)
    if cls == DONE and not figures and WILL_LATER.match(first) and not DONE_WORDS.search(first) and not ALREADY.search(
            norm[len(first):]):
        return PLAN
    # (nor a statement that reports nothing done, its last sentence what will be done after a rule and a judgement: 根据…，该文规定：
    # “…”。因此，…不符合…，政策上得不到项目的支持。为…，我州将合理优化教育资源，重新布局规划…。)
    said = [s for s in re.split(r"(?<=[。！？])", norm) if s.strip()]
    if cls == DONE and not figures and len(said) > 1 and not DONE_WORDS.search(norm) and not (
            PAST_OPENING.match(norm)) and (
            WILL_LATER.match(said[-1]) or WILL.match(said[-1])):
        return PLAN
    if cls == DONE and (WILL.match(norm) or year_planned(norm)):
        return PLAN
    if cls == DONE and (PLAN_WORDED.match(first) or document_proposes(norm) or SEEKING.match(first) or SOUGHT_NOW.match(first)
                        or FORECAST_CLAUSE.match(norm.strip()) or FORECAST_REACH.match(norm)):
        return PLAN
    if cls == DONE and not figures and EFFECT_EXPECTED.match(norm) and not ALREADY.search(first):
        return PLAN  # (项目建成后将极大改善…: what the work is to bring)
    if cls == DONE and not figures and FURTHER.match(norm) and not DONE_WORDS.search(norm):
        return PLAN  # (进一步落实支持企业技术创新的研发费用加计扣除…等政策，引导企业加大科技创新投入，…)
    if cls == DONE and PLANNED_WORK.match(first) and (AWAITING.search(first) or not ALREADY.search(first)):
        return PLAN  # (我局依据…的要求，计划实施…太平排涝站建设工程，目前已完成项目设计工作，待上级资金下达，将进行工程招投标。)
    if cls == DONE and DESCRIBED.match(first) and not DONE_WORDS.search(first) and not DEED_VERB.search(first) and not ALREADY.search(
            norm) and not OURS_ACTING.search(norm) and not WORK_FIGURE.search(norm, len(first)):
        return CONTEXT  # (岳阳县水域面积1190平方公里，辖…，有大中小型水库213座…; 七星垸位于新墙河流域中游，属于单退垸…: a place as it is)
    if cls == DONE and stated(AS_IT_STANDS, norm) and not DONE_WORDS.search(norm) and not (
            DOER_CLAUSE.search(norm)):
        return CONTEXT  # (…道路仍为砂石路面，路面宽3-4米，…出行较为困难…。…实施硬化施工难度较大…: a site as it stands, and why, hd34c)
    if cls == DONE and figures and is_view(first) and not DONE_WORDS.search(norm) and not re.search(
            rf"{_WE}|(?:19|20)\d{{2}}年|今年|去年|以来", norm) and not ANY_WORK.search(norm):
        return CONTEXT  # (…住宿区是县城的老居民区，…。该地块内部道路现状为一条宽仅2至3米左右的村间道路…: a site as it is, its measures)
    if cls == DONE and figures and BESIDE_NORMAL.search(norm):
        return CONTEXT  # (累计降雨802mm…，较常年同期偏少3成: the weather's figures, measured against a normal year, are no work)
    profile = PLACE_PROFILE.search(first) if cls == DONE else None
    if profile and not WORK_FIGURE.search(norm, profile.end()):
        return CONTEXT  # (面积548平方公里，人口62.7万，地处成都平原北部…: the place's profile, background)
    if cls == DONE and not figures and is_obstacle(norm):
        return PROBLEM
    if cls == DONE and aimed_sizes(norm, figures):
        return PLAN  # (着力打造“221”（建设20万亩…基地、…）特色产业基地；…建设10万亩水果种植基地: bases to build, none built)
    return cls


# What a place sets out to build, its size given (着力打造“221”（建设20万亩高标准蔬菜基地、20万亩中药材种植基地）特色产业基地 of
# 师宗县's 2017 news, hd53c): an aim — its object, to the clause's end past its brackets; or a base, a park or a belt of a size to
# build besides (…，建设10万亩水果种植基地). Not work done in the aim's name (着力打造高标准农田，新建高标准农田1.2万亩: the next
# clause's own deed).
AIMED_BUILD = re.compile(r"(?:着力|全力|倾力|努力|致力于?)(?:打造|建设|构建)")
_AIM_OBJECT_END = re.compile(r"[，；。！？]")
BASE_TO_BUILD = re.compile(r"(?:建设|打造)$")
BASE_WORDS = ("基地", "园区", "产业带", "示范区", "示范园")


def aimed_sizes(norm: str, figures: list[Figure]) -> bool:
    """Whether ``figures`` are all sizes of what the statement sets out to build (:data:`AIMED_BUILD`), it saying nothing done."""
    spans = []
    for m in AIMED_BUILD.finditer(norm):
        depth, end = 0, len(norm)
        for k in range(m.end(), len(norm)):
            depth += (norm[k] in "（(“") - (norm[k] in "）)”")
            if depth <= 0 and _AIM_OBJECT_END.match(norm, k):
                end = k
                break
        spans.append((m.end(), end))
    return bool(spans) and bool(figures) and not (DONE_WORDS.search(norm) or _WORKS_ENDED.search(norm)) and all(
        any(a <= pos < b for a, b in spans) or (BASE_TO_BUILD.search(norm, 0, pos) and (fig.counts or "").endswith(BASE_WORDS))
        for fig, pos in zip(figures, figure_positions(norm, figures)))


# A progress report's field of what was set to be done (工作任务：…新增全民健身场地500处以上… of 临沂市体育局's 2023年市政府工作报告推进
# 落实情况, its 本月进展：… the results): a plan's targets, never work done (hd28c).
TASK_FIELD = re.compile(r"^(?:(?:工作|目标|年度|重点|主要)任务|任务目标|(?:工作|年度)目标)[：:]")


# A target: a sentence opening on the year by which something is to be reached (到2025年，…农村自来水普及率
# 达到92%), saying nothing reached (已…). Of a year after the document's (or of a document without one) it
# is to come; of the document's own year only where it says it is aimed at (力争, 确保, 预计): a year-end
# report says 到2024年底，…达到… of what it reached.
BY_YEAR = re.compile(r"^(?:到|至)(?P<year>(?:19|20)\d{2})年(?P<end>底|末)?[，,]")
# Or a body setting one (邢台市明确到2025年底前，…加快推进村庄绿化美化进程 of a 2022 news item, hd45b; 要求到2025年，…): its subject, a
# verb of setting, the year by which — a plan whether or not it has figures.
SETS_TARGET = re.compile(rf"^{_LEAD_IN}[^，。；！？]{{0,16}}?(?:明确|提出|要求)(?:到|至)(?P<year>(?:19|20)\d{{2}})年(?P<end>年?底|末)?前?[，,]")
AIMED = re.compile(rf"{STRIVING}|确保|预计")
# A forecast: a sentence opening (after its matter's heading, 外贸方面：, and its time) on what is forecast (预测两区上半年外贸进出口总额15.6亿元…), reaching nothing yet.
FORECAST_VERBS = r"预测|预计|估计|预估"
FORECAST_OPENING = re.compile(r"^(?:[^。；：]{1,20}方面：)?(?:(?:19|20)\d{2}年|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|底|末)?|[上下]半年|今年|全年|[，、\s])*"
                              rf"(?:{FORECAST_VERBS})")
# A measure said to reach a figure to come (据了解，2012年平陆县苹果产量将达到3亿公斤，预计实现产值4.5亿元 of a page dated 2012-01-01,
# hd71a): after a hearsay lead at most, its year, then the measure, 将 and a verb of reaching before the figure — a forecast, nothing
# reached (not 将 as 把: its object is the measure, which reaches nothing).
FORECAST_REACH = re.compile(r"^(?:据(?:了解|悉|测算|估算|预测)，)?(?:(?:19|20)\d{2}年度?，?)?(?![^。；！？]*已)[^，。；！？\d]{2,20}?将"
                            r"(?:达到?|突破|超过|实现)\d")
# An effect expected of work to be done (此项目实施后可解决4乡镇59860人饮水问题，…将会得到全面解决。; 项目建成后将…): a sentence opening on
# the work's completion to come and what it can or will bring, no result reached (hd26c: stored as done with its 59860人).
EFFECT_EXPECTED = re.compile(r"^[^。；！？，]{0,20}?(?:实施|建成|完工|竣工|投用|投入使用|运行|投产|完成)后，?(?:[^。；！？，]{0,8}?)"
                             r"(?:可以?|将|能够?|预计|有望)")
_SENTENCES = re.compile(r"[^。；！？]*[。；！？]?")
_SENTENCE_END = re.compile(r"[。！？]")


# A sentence setting out targets (2025年全市经济社会发展主要预期目标建议为：地区生产总值增长5%左右，…一般公共预算收入增长2.1%，… of
# a 政府工作报告, hd32b): each figure after it a goal, none reached.
TARGETS_SET = re.compile(r"预期目标|(?:主要|发展|年度|奋斗)目标(?:建议)?(?:为|是)[：:]")
# A lead listing the targets set out after it (遂宁市交通运输局提出了“五大目标”的具体任务，分别是： / 综合投资保持高位运行。…
# / 路网密度保持全省前列。…新（改）建和美乡村共富路542公里 of a news item, hd68a): its section's paragraphs are those targets, no
# results — not targets met (完成目标如下：).
TARGETS_LEAD = re.compile(r"(?<!完成|实现|达成)目标[^。；！？]{0,16}?[：:]\s*$")
# A sentence announcing a target (今年，杏花村文化旅游区自我加压，定下了更高的目标。全年固定资产投资达到22亿元，… of a news item,
# hd65d; 今年的目标是：…): the figures it introduces, after it in its sentence and in the sentences after it, are that target's,
# none reached — up to a sentence opening on a year or saying one reached (已).
# (the verb's target closing its sentence: not 围绕市委提出的目标，全市完成造林5万亩 — a result)
TARGET_ANNOUNCED = re.compile(r"(?:(?:定下|提出|确定|制定|设定|立下|确立|明确)了?[^，。；！？]{0,20}?目标(?=[：:]?[。；！？]?$)"
                              r"|目标(?:是|为)(?!否))[：:]?(?P<end>[。；！？]?$)?")


def is_target(sentence: str, doc_year: int | None, doc_month: int | None = None) -> bool:
    """True for a sentence setting a target (:data:`BY_YEAR`, :data:`TARGETS_SET`; opening on a span of years ahead of its
    document that it aims at, :func:`span_ahead`) or forecasting (:data:`FORECAST_OPENING`) rather than reporting what was
    reached: by a year after the document's, or by its own year's end in a document of a month before December
    (``doc_month``: 到2025年底，推动2000家医疗机构达到…要求 of 2025-06, hd48a)."""
    if (FORECAST_OPENING.match(sentence.strip()) or EFFECT_EXPECTED.match(sentence.strip())
            or TARGETS_SET.search(sentence) or span_ahead(sentence.strip(), doc_year)) and "已" not in sentence:
        return True
    m = BY_YEAR.match(sentence.strip()) or SETS_TARGET.match(sentence.strip())
    if not m or "已" in sentence:
        return False
    year = int(m.group("year"))
    return doc_year is None or year > doc_year or (year == doc_year and (bool(AIMED.search(sentence)) or (
        m.group("end") is not None and doc_month is not None and doc_month < 12)))


def span_ahead(sentence: str, doc_year: int | None) -> bool:
    """Whether ``sentence`` opens on a span of years from ``doc_year`` on that it aims at (:func:`~drafter.grammar.target_years`):
    2025年至2027年，全市完成造林20万亩 in a reply of 2024 or 2025 is work planned, its figures no result."""
    return bool(doc_year) and any(sentence.startswith(said) and int(said[:4]) >= doc_year
                                  for said, _ in target_years(sentence, doc_year) if said[:4].isdigit())


# An aim a deadline sets (在两年内，争取…; pattern text).
DEADLINE_AIM = rf"{DEADLINE}，?\s*(?:{STRIVING})"
# What a sentence aims at from here on (力争城市优良天数达到215天以上，比2018年增加47天): not reached (争取 also wins what it
# asks for: 争取资金3000万元).
# (or 争取 after a deadline: …，在两年内，争取按照A级旅游景区标准把…10个美丽乡村，打造成… — a target, hd43b; not funds won,
# 两年内，争取中央预算内资金5000万元)
AIMING = re.compile(rf"{STRIVE}|{DEADLINE_AIM}")
# A clause opening on what is intended (…已完成了招标，拟对田大路、湖滨路等15条路段的公交站亭进行新改建，…): its figures are not reached.
INTENDED_CLAUSE = re.compile(r"(?<=[，；：])拟(?![定订稿])[^，。；！？]*")
# …or a clause saying, after its subject, what it will do (为了完善城区公交网络，市区将投放新能源公交车200台。 of a news item, hd58a):
# (将 as will: grammar.WILL_JIANG, never 把 nor the 将 of a name, 六道河至将军关)
WILLED_CLAUSE = re.compile(rf"(?:^|(?<=[，；：。]))[^，。；！？]{{0,12}}?{WILL_JIANG}[^，。；！？]*")


def intended_only(text: str, clause: re.Pattern = INTENDED_CLAUSE) -> bool:
    """Whether ``text`` has figures and every one stands in a ``clause`` (opening on 拟, :data:`INTENDED_CLAUSE`)."""
    norm = normalise(text)
    positions = figure_positions(norm, find_figures(norm, norm))
    spans = [m.span() for m in clause.finditer(norm)]
    return bool(positions) and all(any(a <= at < b for a, b in spans) for at in positions)


def sets_target(text: str, doc_year: int | None) -> bool:
    """True when a statement opens on a body setting a target of a year after ``doc_year`` (:data:`SETS_TARGET`) and says
    nothing reached (已): a plan, figures or none."""
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    return bool(SETS_TARGET.match(first.strip())) and "已" not in text and is_target(first, doc_year)


# A target named as such in a clause (努力实现到2022年茶产业产值超8亿元的目标, 确保到2025年…的目标): its figures aimed at, never reached.
TARGET_NAMED = re.compile(r"(?:努力|力争|争取|确保|奋力|全力)(?:实现|达到|完成)?(?:到|至)(?:19|20)\d{2}年[^。；！？]{0,40}?的?目标")


def named_targets(text: str, positions: list[int]) -> list[bool]:
    """For each figure of a statement (at ``positions`` in ``text``), whether it stands in a target named as such
    (:data:`TARGET_NAMED`)."""
    spans = [m.span() for m in TARGET_NAMED.finditer(text)]
    return [any(a <= at < b for a, b in spans) for at in positions]


def only_targets(text: str, positions: list[int], doc_year: int | None, reviewed: int | None = None,
                 doc_month: int | None = None) -> bool:
    """True when every figure of a statement (at ``positions`` in ``text``) stands in a target's sentence
    (:func:`is_target`), or in a clause after its ； that names no year nor anything reached (到2027年，…分别超过90家和870家；
    全区专精特新“小巨人”企业突破8家), or after 力争 (or a deadline's 争取) in its sentence (:data:`AIMING`), or in a target named as
    such (:func:`named_targets`), or in a sentence saying what someone said is to be done (:data:`SAID`, :data:`SAID_WILL`), or
    after a target announced (:data:`TARGET_ANNOUNCED`), in its sentence and those after it: a plan's figures, which no draft
    may report as reached. (Not the estimate of the year ``reviewed``, :func:`~.structure.estimates_year`: 预计全年… under
    2024年工作回顾, its result.)"""
    if not positions:
        return False
    spans, target, announced = [], False, False
    for m in _SENTENCES.finditer(text):
        if m.group():
            told_on = not re.match(r"\s*(?:19|20)\d{2}年", m.group()) and "已" not in m.group()
            announced = announced and told_on
            target = (is_target(m.group(), doc_year, doc_month) and not estimates_year(m.group().lstrip(), 0, reviewed)) or (
                target and told_on) or announced
            spans.append((m.start(), m.end(), target))
            aim = TARGET_ANNOUNCED.search(m.group()) if "已" not in m.group() else None
            if aim:
                spans.append((m.start() + aim.end(), m.end(), True))
                announced = aim.group("end") is not None
            aim = AIMING.search(m.group())
            if aim and "已" not in m.group()[aim.end():]:
                spans.append((m.start() + aim.start(), m.end(), True))
            said = SAID.match(m.group().lstrip())
            if said and SAID_WILL.search(m.group(), said.end()):  # 姚冠华表示，厦门将…争取将中药饮片加成恢复到25%
                spans.append((m.start(), m.end(), True))
            spans += [(m.start() + a, m.start() + b, True) for a, b in (c.span() for c in INTENDED_CLAUSE.finditer(m.group()))]
            target = target and m.group().endswith("；")
    return all(named or any(a <= at < b and aimed for a, b, aimed in spans)
               for at, named in zip(positions, named_targets(text, positions)))


# A statement ending on what is aimed at for a time to come (…负责人已向分管领导汇报，争取今年将全民科学素质建设列入年度工作计划，
# 并纳入…。): its work is that aim, a plan.
# (or its deadline first, a span from now: …，在两年内，争取…打造成…康养旅游示范村。)
AIM_AHEAD = re.compile(rf"[，；](?:并)?(?:(?:争取|力争)(?:于)?(今年|明年|年内|下半年|(?:19|20)\d{{2}}年)(?:底|内)?|{DEADLINE_AIM})"
                       r"将?[^。；！？]*[。；！？]?$")


_FINISHED = re.compile(WORK_FINISHED)


def year_will(norm: str, doc_year: int | None, reported: bool = False) -> bool:
    """Whether the statement ``norm`` opens on what its year (今年: ``doc_year``) is to see (:data:`YEAR_WILL`) in a document of
    ``doc_year``, as :func:`year_ahead` decides (a year after it, whatever its 将; its own year, or any undated, where 将 is no 把), and, of its
    own year and ``reported`` (a reply's or a report's statement with figures), it says no work finished
    (2023年，市民政局将养老服务补贴发放到位，惠及1.2万人。 in a summary dated 2023, or undated and of 2023, reports that work) — unless
    what follows the year is a must (要, 要求, 力争: 2019年，要…全面完成55个…建设任务 sets work to finish, reports none)."""
    m = YEAR_WILL.match(norm)
    said = int(m.group("year")) if m and m.group("year") else doc_year
    return bool(m) and year_ahead(said, doc_year, norm, m.end()) and not (
        reported and said == doc_year and not m.group("must") and _FINISHED.search(norm))


# A sentence opening on a month, no year, after its document's own (10月中旬启动城乡供水一体化项目新桥片区工程的实施，年内完成林地及土地
# 审批。 in a reply of June 2023, hd26c): that year's month when the sentence says what is to come (TO_COME) and nothing done
# (已, 了) — a plan, not the year before's work (12月，全市完成了…; 12月，…启动… in a report of January keeps no word to come).
LATER_MONTH = re.compile(rf"^\s?(?:{words(SHORT_ADDING_WORDS)})?，?(\d{{1,2}})月(?!\d)")
_DONE_TENSE = re.compile(r"已|(?<!为)了(?!解)|累计")
_DAY_DONE = re.compile(rf"{_DONE_TENSE.pattern}|{HONOUR_WON}")  # a day's deed told done (获得民政部批复, 已建成)


def month_ahead(sentence: str, doc_month: int | None) -> bool:
    """Whether ``sentence`` opens on a month after ``doc_month`` (:data:`LATER_MONTH`) and says what is to come in it."""
    m = LATER_MONTH.match(sentence)
    return bool(m and doc_month and int(m.group(1)) > doc_month and TO_COME.search(sentence)
                and not _DONE_TENSE.search(sentence))


def aims_ahead(norm: str, doc_year: int | None) -> bool:
    """Whether the statement ``norm`` ends on an aim for a time to come (:data:`AIM_AHEAD`; a year no earlier than ``doc_year``)."""
    m = AIM_AHEAD.search(norm)
    year = m.group(1)[:4] if m and m.group(1)[:4].isdigit() else None
    return bool(m) and (year is None or doc_year is None or int(year) >= doc_year)


# A statement opening on what the reader's suggestion said (建议中提到的…村因…导致约108亩耕地存在抛荒现象，并要求…。, 您在建议中
# 指出…。, 二是建议在运营内容上…；): its first sentence is their words, a fact of context; the bureau's answer after it is a
# fact of its own.
RESTATED = re.compile(rf"^(?:{ITEM_NUMBER})?(?:(?:{words(YOU_WORDS)})们?)?在?(?:所提的?)?(?:建议|提案)中(?:所?(?:提到|指出|反映|提及|谈到|所述|列举))"
                      # …一是建议加强…；二是建议在运营内容上…: the reader's asks listed, each its own item
                      r"|^[一二三四五六七八九十]+是建议(?!人|书|案|权)")


# A heading announcing the suggestion's own problems or points (二、关于建议中反映的问题, 关于您提出的…问题): what stands under it may
# be the deputy's words restated or the bureau's work on them, so the text under it decides (:data:`READERS_WORDS`).
# (or the matter it names in it, no verb: 一、针对提案中洗车场占用人行道、盲道、公共场地进行作业的问题 of 达州's 协办 letter, hd28b)
ASKS_HEADING = re.compile(rf"^(?:关于|对|针对)?(?:(?:{words(YOU_WORDS)})们?|代表|委员)?在?(?:所提的?)?(?:(?:建议|提案)?中?所?"
                          r"(?:反映|提出|提到|提及|所提|指出)|(?:建议|提案)中)的?[^。；！？]{0,30}?(?:问题|情况|事项|内容)$")
# Under such a heading, a statement opening on the suggestion or its author saying, asking or reporting (建议对位于…的河道，…;
# 代表反映…; 您提出…; 该建议指出…): the deputy's words told back, no fact of the bureau.
READERS_WORDS = re.compile(rf"^(?:{ITEM_NUMBER})?(?:(?:(?:{words(YOU_WORDS)})们?|代表|委员)(?:在?(?:建议|提案)中)?所?"
                           r"(?:反映|提出|提到|提及|建议|指出|认为|要求|希望)"
                           r"|(?:该|此|这一?|本)?(?:建议|提案)(?:中|人)?(?:所?(?:反映|提出|提到|提及|指出|认为|要求|希望))?)")


# A sentence naming only the reader's ask (对于您提出的“着力解决‘谁来领导’问题”的建议。, hd32c): no fact, not even of context.
ASK_NAMED = re.compile(rf"^(?:{ITEM_NUMBER})?(?:针对|关于|对于?|就)?(?:{ANY_YOU})们?(?:在?(?:建议|提案)中)?所?(?:提出|提到|提及|建议)的?"
                       r"“[^“”]+”的?(?:建议|提案|意见|问题|事项)[。；：，]?$")


# A sentence opening on what the reader proposed as its matter (针对您提出的组建农民工欠薪问题专项处置工作组，专门调查…，设立绿色通道或意见箱，
# …并列入企业失信名单。) and answering nothing in it: no doer of the bureau's, nothing done, planned or found, no figure
# (:data:`ANSWERED`) — the reader's asks told back, never the bureau's result (hd26a: stored as work done); and so is each
# sentence after it in its paragraph answering nothing either (在工程招标环节设立预防机制，中标企业必须签订…承诺书…。: the asks go on).
ASKS_TOLD_BACK = re.compile(rf"^(?:{ITEM_NUMBER})?(?:针对|关于|对于?|就)(?:{ANY_YOU})们?(?:在?(?:建议|提案)中)?所?(?:提出|提到|提及|建议|要求)的?"
                            r"(?!(?:建议|提案|意见|问题)[，,：:])")
ANSWERED = re.compile(rf"{_WE}|已|了|完成|实现|建成|将|拟|计划|目前|现在|正在|经|积极|主动|认真|重视|及时|多次|\d")


def _asks_told_back(sentences: list[str]) -> list[bool]:
    """For each of ``sentences``, whether it restates the reader's asks (:data:`ASKS_TOLD_BACK`), or goes on with them."""
    told, going = [], False
    for sentence in sentences:
        norm = normalise(sentence).lstrip()
        going = not ANSWERED.search(norm) and (going or bool(ASKS_TOLD_BACK.match(norm)))
        told.append(going)
    return told


def readers_report_split(text: str) -> list[tuple[str, bool]]:
    """``text`` as its runs of sentences, each with whether it is a sentence of the reader's report (:data:`READERS_REPORT`)
    or one on a thing the reader named (:data:`READERS_OWN_THING`: 你建议中提及的…道路，属于乡级管护道路，…我局暂时解决不了。,
    after the principle the reply states; told to that reader of their own case, never another reply's result) or their asks
    told back (:func:`_asks_told_back`), or the paragraph's opening sentence on how their item was handled, more following it
    (:data:`HANDLING`: 收悉你的建议后，我局也是相当重视。乡道石厦线…我局已组织实施…, hd46a). A later sentence opening on their quoted
    words (:data:`QUOTED_READER`: …。关于您提出的“…”，石厦线属于乡道等级，…暂不符合…标准。) opens a run of its own: the answer
    on their ask, no part of the work before it."""
    sentences = [s for s in _WHOLE_SENTENCE.split(text) if s.strip()]
    tells = [_told_of_reader(s) or back for s, back in zip(sentences, _asks_told_back(sentences))]
    if len(sentences) > 1 and HANDLING.match(normalise(sentences[0]).lstrip()):
        tells[0] = True
    opens = [k > 0 and bool(QUOTED_READER.match(normalise(s).lstrip())) for k, s in enumerate(sentences)]
    if not any(tells) and not any(opens):
        return [(text, False)]
    runs: list[tuple[str, bool]] = []
    for sentence, told, own in zip(sentences, tells, opens):
        if runs and not told and not runs[-1][1] and not own:
            runs[-1] = (runs[-1][0] + sentence, False)
        else:
            runs.append((sentence.strip() if told else sentence, told))
    return [(t.strip(), told) for t, told in runs]


# A reply's advice to its reader on what they may or should do themselves (你们可以向属地乡镇南屏乡人民政府提出申请，…由南屏乡人民政府申报
# 至我局。; 建议您…; 请你们…; 可由…申报): that reader's way forward, never the bureau's result. (Not 要求, 需求: 你们要求拓宽的道路已于
# 2023年完工 is done.)
_MAY_OR_MUST = ("可以", "可", "需", "须", "务必")  # (what the reader may or must do, beside what they should: MODALS)
ADVISED = re.compile(rf"^(?:{ITEM_NUMBER})?(?:(?:建议|请)?(?:{words(YOU_WORDS)})们?(?:也)?(?:{words(MODALS, _MAY_OR_MUST)})(?!求)"
                     rf"|(?:建议|请)(?:{words(YOU_WORDS)})们?|(?:可|应|须)由[^，。；！？]{{2,20}}?(?:申报|申请|提出|报送))")


def _told_of_reader(sentence: str) -> bool:
    """Whether ``sentence`` tells back the reader's report, speaks of a thing they named or advises them
    (:func:`readers_report_split`)."""
    norm = normalise(sentence).lstrip()
    return bool(READERS_REPORT.match(norm) or READERS_OWN_THING.search(norm) or ADVISED.match(norm))


# A statement opening on the reader's words, quoted or named as the matter (针对建议中“…目前，急需解决九甸峡库区生态植被恢复…。”，经我局
# 积极协调沟通，…; 您提出的“…”的问题，我局…; 关于您提到的…问题，经调查…; 建议中提出“加强农村物流基础设施建设…”。大力建设农村道路…):
# that clause or sentence is theirs, context; what follows it is the
# bureau's answer.
QUOTED_READER = re.compile(rf"^(?:{ITEM_NUMBER})?(?:(?:针对|关于|对于?|就)?(?:(?:{words(YOU_WORDS)})们?|代表|委员)在?(?:所提的?)?(?:建议|提案)?中?"
                           r"所?(?:提到|提出|反映|提及|指出|谈到)的?|(?:针对|关于|对于?|就)?(?:建议|提案)中所?(?:提到|提出|反映|提及|指出|谈到)?的?)"
                           r"“[^“”]{4,400}”(?:[^，。；：！？“”]{0,8}[，：]|。)"
                           rf"|^(?:{ITEM_NUMBER})?(?:针对|关于|对于|就)(?:{words(YOU_WORDS)})们?(?:在?(?:建议|提案)中)?所?(?:提到|提出|反映|提及|指出)的"
                           r"[^，。；！？“”]{2,40}[，：]")

# A reply's opening naming the reader's item and nothing after it (您提出的《关于加强对我市秦岭古道、巴山盐道抢救, a page cut
# before its 收悉, hd35c): the item restated, never a statement.
ITEM_NAMED_ALONE = re.compile(rf"^(?:{words(YOU_WORDS)})们?(?:所)?提出的《[^》]*(?:》[^，。；！？]{{0,12}})?$")


def restated_split(text: str) -> tuple[str, str]:
    """``text`` cut after the clause quoting the reader (:data:`QUOTED_READER`) or the sentence restating their suggestion
    (:data:`RESTATED`), or ("", text). A clause naming their matter unquoted (对于您在建议中提出的钟马路项目建设资金事宜，经…核实，…
    of 西乡县财政局's reply 78, hd29b) is only the lead-in of the answer after it: no statement, ("", the answer)."""
    quoted = QUOTED_READER.match(normalise(text))
    if quoted:
        return text[:quoted.end() - 1] if "“" in quoted.group() else "", text[quoted.end():].lstrip()
    if not RESTATED.match(normalise(text)):
        return "", text
    end = _SENTENCE_END.search(text)
    return (text[:end.end()], text[end.end():].lstrip()) if end else (text, "")


_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*")


def _bare_heading(label: str) -> str:
    """A section heading without its number and closing mark (二、关于建议中反映的问题 → 关于建议中反映的问题)."""
    return _HEADING_NUMBER.sub("", normalise(label)).rstrip("：:。 ")


def names_matter(label: str) -> bool:
    """Whether a heading names a matter, its 问题 the only word of a problem in it (2、沟渠清淤疏浚问题, 1、骨干渠系节水配套改造
    问题: a reply's heading per ask, what stands under it the bureau's answer on it) — not 存在的问题, 资金不足问题."""
    bare = _bare_heading(label)
    matter = bare.removesuffix("问题")
    return (matter != bare and len(matter) >= 4 and not re.search(r"存在|面临|遇到|突出|主要|困难|的$", matter)
            and heading_class(matter) == OTHER)


# A city bureau's branch named after its own place, after the city's name (郑州市生态环境局上街分局…): the branch's stem.
_BRANCH_STEM = re.compile(rf"[{CJK}]{{1,10}}?局([{CJK}]{{2,5}}?)分局")
# A department named by its place's stem alone, its level left out (余杭商务部门, 余杭商务局 of 余杭区商务局), opening a clause as
# its subject: that place's unit (see stem_place).
STEM_DEPARTMENT = re.compile(rf"^(?P<stem>[{CJK}]{{2,3}}?)(?:{words(DEPARTMENT_SHORT_NAMES, DEPARTMENT_FULL_NAMES)})"
                             rf"(?:部门|{words(DEPARTMENT_ORGAN_WORDS)})")
# A place's whole named by its stem, counting a figure in its clause (余杭全区实现社会消费品零售总额318亿元), opening a clause as its
# subject: that place — not a duty over the whole (拟订全区财税发展战略…: no 拟订区, test_heldout_round_hd23).
STEM_WHOLE = re.compile(rf"^([{CJK}]{{2,3}}?)全([{LEVEL_CHARS}])(?=[^，。；！？]*\d)")
_QUOTED = re.compile(r"^“[^“”]*”")  # (a quotation opening a sentence, before who said it)
# A clause of a sentence's setting, before its subject: short (新学期开学, 去年3月), a date (2020年6月28日) or a frame of time, cause or
# circumstance (在我市积极支持…建设的背景下, 为落实…, 随着…).
SETTING = re.compile(r"^(?:[^，]{1,8}|(?:在|为了?|随着|根据|按照|依据|对照|围绕)[^，]*|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)$")


# A reply's sentence on a thing its reader named, other than their suggestion itself (我局已将你所提的路段纳入…, 你建议中所提的道路
# 属于…, 你所提的该段路我局已纳入项目库…): what that reply told its deputy of their own road or project — context, not work or a
# plan of the bureau's that another reply may state.
READERS_OWN_THING = re.compile(rf"(?:{words(YOU_WORDS)})们?(?:在?(?:建议|提案)中)?所?提(?:出|及|到)?的(?:该|此|这)?"
                               # (not the suggestion described: 您提出的将乡村振兴等项目资金切块…的建议，市财政将…; nor named by what it asks
                               # done, READERS_ASK: 您提出的建设“陕北民歌公园”，我局谋划…, hd57b)
                               rf"(?![^。；！？]*?(?:建议|提案|意见|议案|问题)|{ASKED_DEED})[{CJK}]")


# A plea for support (…现已经开始新建，恳请县人大给予支持缺口资金6万元…): in a reply, the ask of its deputy or of those they speak
# for, told back with the account of their place before it (一、基本情况 of 鹿阜街道's reply) — the suggestion, never the
# bureau's work; and a statement ending on the suggestion it names (…，预计投入资金20万元的建议。): its figures are the ask's.
PLEA = re.compile(r"(?:恳请|恳求)[^。；！？]{0,16}?(?:给予|支持|解决|帮助|拨付|安排|补助)|^[^。；！？]*的(?:建议|提案)。$")


# The works a suggestion asks for, named so (已将建议工程建设纳入我局农田建设补短板项目计划): that deputy's own site, as above.
SUGGESTED_WORKS = re.compile(r"建议(?:中|所提)?的?(?:工程|路段|道路|沟渠|水渠|桥梁)")


# A form's field label opening a statement (调研内容：长治市民政局…调研…; 主要内容：…): the field, not the statement's subject.
_FIELD_LABEL = re.compile(rf"^[{CJK}]{{2,6}}：")


# A statement's first clause naming its matter, a place's (关于溪湖区彩屯、彩北地区居民使用燃气问题，…): the place is the statement's
# unless a clause after it opens on a place of its own.
TOPIC_PLACE = re.compile(rf"^(?:关于|对于|针对|就)(?P<place>[{CJK}]{{2,4}}?(?:区|县|市))(?![级场委])[^，]*(?:问题|事宜|情况|事项|建议|提案)$")


# A paragraph's opening theme: one short sentence of no clauses nor figures (农村供水设施承载着民生期待。), its matter's
# place told by the sentence after it (not the bureau speaking of itself: 我局高度重视。…); or a line of set four-character
# phrases (殷殷嘱托，情深意长，催人奋进。开远市…主任李成伟激动地说，…: the speaker's place is the statement's). A saying's 之本, 根本
# or 基本 is no 本市 (创业是发展之基、富民之本、活力之源。宿迁市深入贯彻…, hd26a).
_THEME_SENTENCE = re.compile(rf"^(?:[{CJK}“”、]{{6,24}}|(?:[{CJK}]{{4}}，){{1,3}}[{CJK}]{{4}})。(?=[{CJK}\d])")


def theme_end(norm: str) -> int:
    """Where a paragraph's opening theme (:data:`_THEME_SENTENCE`) naming no place, scope nor the bureau itself ends, 0 where
    it opens on none."""
    theme = _THEME_SENTENCE.match(norm)
    if theme and not PLACE_HINT.search(theme.group()) and not SCOPE.search(theme.group()) and not re.search(r"我|(?<![之根基])本|该", theme.group()):
        return theme.end()
    return 0


def quoted_town(norm: str) -> str | None:
    """The town whose official (:func:`~.places.official_town`) said the quotation opening ``norm``: its words are the town's
    (“我们目前共种植…树木3000余棵…”平顺县石城镇党委书记马跃一介绍 → 石城镇, its 我们 no county's, hd52d); None where none."""
    said = _QUOTED.match(norm)
    return official_town(norm[said.end():]) if said else None


def won_by_own(norm: str, place: str | None, figures: list[Figure], ws: Workspace) -> str | None:
    """The bureau's own place where a statement opening on another place's deed goes on to the own place's result, its figures
    the own place's or the wider place's scope's (山西省林长制办公室公布…激励名单。作为全省5个…县之一，长治市平顺县获200万元资金激励。
    → 平顺县, the subject of a clause after the first sentence: the province's award to the county is the county's result, rs8
    hd52d); None otherwise."""
    if ws.is_own(place) or not any(g.place and ws.is_own(g.place) for g in figures) or any(
            g.place and not ws.is_own(g.place) and not g.place.startswith("全") for g in figures):
        return None
    later = [c for s in norm.split("。")[1:] for c in s.split("，") if c.strip()]
    return next((p for c in later if (p := subject_place(c)) and ws.is_own(p)), None)


# A clause telling a place among those a list named (…名单（55个县（市、区）入选），其中旺苍县成功入选; 其中我县被评为…): that place's
# result — its name (or 我县) right after 其中, then a word of how at most, and its being listed or its honour won.
AMONG_LISTED = re.compile(rf"(?:^|[，；。])其中，?(?P<place>我[{_WE_LEVELS}]|[{CJK}]{{2,6}}?[省市区县州盟旗镇乡])(?:也|均|还|已|再次|首次)?"
                          rf"(?:成功|顺利)?被?(?:{words(LISTED_VERBS)}|{HONOUR_WON})")


def listed_own(norm: str, place: str | None, ws: Workspace) -> tuple[int, str] | None:
    """Where in ``norm`` a statement of another place's list (``place``: 四川省文化和旅游厅发布了第三批天府旅游名县候选县名单（55个
    县（市、区）入选）) goes on to the bureau's own place, or one of its areas, among those listed (:data:`AMONG_LISTED`: 其中旺苍县
    成功入选), and that place: its result from there on, the counts before it the list's (hd72b); None otherwise."""
    if not place or ws.is_own(place):
        return None
    return next(((m.start("place"), ws.jurisdiction if name.startswith("我") else name) for m in AMONG_LISTED.finditer(norm)
                 if (name := m.group("place")).startswith("我") or ws.is_own(name)), None)


def subject_place(norm: str, text: str = "") -> str | None:
    """A place that opens the statement as its subject: ``鲤城区增设…`` → 鲤城区; or opens its first sentence's
    first clause after its setting (:data:`SETTING`), the innermost of a chain (``杭州市余杭区人民政府办公室…`` → 余杭区):
    ``新学期开学，鼓楼区不少师生都发现…``, ``在我市积极支持…的背景下，
    去年3月，鼓楼区被认定为…`` → 鼓楼区; after a form's field label (``调研内容：长治市民政局…`` → 长治市). A bureau's branch opening it is of the branch's place (``郑州市生态环境局上街分局
    严格…`` → 上街区 where the text names it, else none: not the city's); so is a department named by its place's stem (``此外，余杭商务部门
    还创新…`` → 余杭区 where ``text``, else ``norm``, names it: :data:`STEM_DEPARTMENT`). A quotation opening it is of who said it
    (``“…”余杭区商务局相关负责人介绍，…`` → 余杭区; a town's official's, the town: :func:`quoted_town`); said by no place, the quoted words' own subject is its (``“衡水市立足市域市情，…上半年
    开展了河湖水系连通整治…！”霍纪东表示`` → 衡水市, hd49b)."""
    labelled = _FIELD_LABEL.sub("", norm, count=1)
    said = _QUOTED.match(labelled)
    if said:
        speaker = labelled[said.end():]
        return official_town(speaker) or subject_place(speaker, text) or subject_place(said.group()[1:-1], text)
    body = labelled.removeprefix("“")  # (a quotation going on past the statement: its words)
    first = _first_sentence(body)
    theme = theme_end(body)
    if theme:  # (a news paragraph's theme, 农村供水设施承载着民生期待。张掖市甘州区加快推动…: the next sentence's subject is the place)
        return subject_place(body[theme:])
    clauses = first.split("，")
    # (what the data a unit published show, 杭州市商务局公布…情况，数据显示，今年1-6月，余杭全区实现…: the place they are of, hd48c)
    shown = next((k for k, c in enumerate(clauses) if DATA_SHOWN.search(c)), None)
    if shown is not None and (of := subject_place("，".join(clauses[shown + 1:]), text)):
        return of
    topic = TOPIC_PLACE.match(clauses[0])
    if topic and is_place(topic.group("place")):  # (关于溪湖区彩屯、彩北地区居民使用燃气问题，长期以来该公司一直关注…)
        chain = leading_places(clauses[0][topic.start("place"):])
        topic_place = chain[-1] if chain and chain[0] == topic.group("place") else topic.group("place")
        return subject_place("，".join(clauses[1:])) or topic_place if len(clauses) > 1 else topic_place
    for clause in _subject_clauses(clauses):
        m = SUBJECT_PLACE.match(clause)  # 联合市财政局…, 在鲤城区…: a verb or a function word, then no name
        # (not 天门河拖市断面综合整治…, nor the name of a count's first example: 秦州区益农…合作社等16家合作社被评为…, nor a
        # person before a title: 黎旭副县长组织召开专题会议, hd34a)
        if (m and is_place(m.group("place")) and not SITE_LABEL.match(clause, m.end("place"))
                and not HEAD_TITLE.match(clause, m.end("place"))
                and not opens_an_example(clause, m.end("place"))):
            branch = _BRANCH_STEM.match(clause, m.end("place"))
            if branch:
                return stem_place(branch.group(1), text or norm)
            # (a chain of places opening it is of the innermost: 杭州市余杭区人民政府办公室…为贯彻落实… → 余杭区; of the one holding
            # them where the innermost opens a list: 焦作市解放区、山阳区…等城区开放所有乡道 → 焦作市, hd54b)
            chain = leading_places(clause[m.start("place"):])
            if not (chain and chain[0] == m.group("place")):
                return m.group("place")
            listed = clause[clause.find(chain[-1], m.start("place")) + len(chain[-1]):].startswith(("、", "和", "及", "与"))
            return chain[-2] if listed and len(chain) > 1 else chain[-1]
        department = STEM_DEPARTMENT.match(clause)
        if department:
            return stem_place(department.group("stem"), text or norm)
        whole = STEM_WHOLE.match(clause)
        if whole and is_place(whole.group(1) + whole.group(2)):
            return whole.group(1) + whole.group(2)
    return None


# The deed a place is the subject of (:data:`~drafter.grammar.PLACE_DEED_VERBS`), right after its name or its own count of the
# things that did it (全市有8条步行街入选…) — not the verb as a noun's modifier (杭州发布的数据显示…), nor in a sentence of statistics
# (…显示，一季度…增长5%; …同比下降12%, rv15).
_PLACE_DEED = re.compile(rf"(?:有\d+[{CJK}]{{0,12}}?)?(?:{words(PLACE_DEED_VERBS)})(?!的)")
_STATISTICS = re.compile(rf"同比|显示|{words(CHANGE_VERBS)}")


def place_deed(norm: str, names: Collection[str]) -> bool:
    """Whether the first sentence of ``norm`` (its reporter's attribution left out: 从杭州市商务局获悉，) opens, after its setting,
    on one of ``names`` (the workspace's place: 杭州市, 杭州, 全市, 我市) as the subject of its deed (:data:`_PLACE_DEED`), saying
    nothing to come: 近日，杭州公布首批十大夜间经济集聚的夜地标 (h258)."""
    first = _first_sentence(_SOURCE_SAID.sub("", norm))
    return not SAID_WILL.search(first) and not _STATISTICS.search(first) and any(
        clause.startswith(name) and _PLACE_DEED.match(clause, len(name))
        for clause in _subject_clauses(first.split("，")) for name in names)


def area_unit_deed(norm: str, text: str = "") -> bool:
    """Whether the first sentence of ``norm`` opens (after its setting) on a department named by its place's stem
    (:data:`STEM_DEPARTMENT`, a place ``text``, else ``norm``, names in full: :func:`stem_place` — not 各区/全市商务部门, rv15) and
    tells its deed done (:data:`TOLD_DONE`), saying nothing to come."""
    first = _first_sentence(norm)
    return (any((m := STEM_DEPARTMENT.match(clause)) and stem_place(m.group("stem"), text or norm)
                for clause in _subject_clauses(first.split("，")))
            and bool(TOLD_DONE.search(first)) and not SAID_WILL.search(first))


def stem_place(stem: str, text: str) -> str | None:
    """The place ``text`` names in full by ``stem`` and its level (余杭 → 余杭区), None where it names none."""
    named = re.search(rf"{re.escape(stem)}(?:自治县|[市区县])", text)
    return named.group() if named and is_place(named.group()) else None


# A place's government leading the work a statement tells (明确了属地监管工作责任，由曾都区人民政府牵头，各相关职能部门组成整治
# 专班…, in 随州市商务局's reply, hd27b): that place's work, not the bureau's.
_LED_BY_PLACE = re.compile(rf"(?:^|，)由(?P<place>[{CJK}]{{2,4}}?(?:区|县|市|州|旗))(?:人民)?政府(?:牵头|负责|主导|组织)")


def leading_place(norm: str) -> str | None:
    """The place whose government the statement's first sentence (after its theme, :func:`theme_end`) says leads its work
    (:data:`_LED_BY_PLACE`), None where it names none."""
    led = _LED_BY_PLACE.search(_first_sentence(norm[theme_end(norm):]))
    return led.group("place") if led and is_place(led.group("place")) else None


# A thing the first clause says is a county's or district's own (花生产业是滦州市传统的优势产业, in 唐山市's page; …由滦州市…;
# …在滦州市…): that place's statement, the thing never the bureau's (我局…在…), nor the whole's held there (see owner_place).
_OWNED_BY = re.compile(rf"^{SUBJECT_LEAD.pattern[1:]}(?:(?!{_WE}|本)[^，。；！？“”]){{2,12}}?(?:是|在|由)")


def owner_place(norm: str) -> str | None:
    """The county or district (no province nor prefecture, :data:`~drafter.distill.places.CITIES`) its subject belongs to
    after 是/在/由 in its first clause (:data:`_OWNED_BY`), None where it names none, or a list of places (昆明在五华区、盘龙区、
    官渡区…所有街道中选取30%个街道: the places together, a scope the city acts on, never the first one's, hd70d)."""
    owned = _OWNED_BY.match(norm)
    found = places_in(norm[owned.end():owned.end() + 12]) if owned else []
    name = found[0][2] if found and found[0][0] == 0 else None
    if not name or not is_place(name) or name.endswith(("省", "自治区")) or name[:-1] in CITIES or name[:-2] in CITIES:
        return None
    if len(found) > 1 and found[1][0] == len(name) + 1 and norm[owned.end() + len(name)] in LIST_JOINS:
        return None
    # (not where a thing of the whole is held, 全市工业经济运行现场推进会在溧阳市召开: the whole's meeting, the county its venue)
    rest = norm[owned.end() + len(name):]
    if SCOPE.search(norm, 0, owned.end()) or re.match(rf"[^，。；！？]*?(?:{HOLDING})", rest):
        return None
    return name


# The nation opening a clause as its subject (grammar.NATION: 全国有8000多所…, 我国婴儿死亡率…, 国家卫生健康委…介绍); not a time it
# sets (全国两会期间).
_NATION_SUBJECT = re.compile(rf"^(?:{ITEM_NUMBER})?(?:据[^，。；！？]{{1,6}}，)?(?:{NATION.pattern})(?![^，。；！？]*(?:期间|以来|之际|前夕)$)")


def nation_subject(norm: str, ws: Workspace) -> bool:
    """Whether the first sentence of ``norm`` opens (after its setting, :func:`_subject_clauses`) on the nation as its subject
    (:data:`_NATION_SUBJECT`), naming neither the bureau nor its place: the nation's deed or state, never the bureau's, whatever
    the page's place (目前，全国有8000多所综合医院开展儿科门诊…, hd48a)."""
    first = _first_sentence(norm)
    if re.search(_WE, first) or OWN_NAMED.search(first) or any(n in first for n in (*ws.jurisdiction_names(), ws.name) if n):
        return False
    return any(_NATION_SUBJECT.match(clause) for clause in _subject_clauses(first.split("，")))


def _subject_clauses(clauses: list[str]):
    """The clauses of a sentence its subject may open: the first, and each after a setting (:data:`SETTING`), four at most."""
    for clause in clauses[:4]:
        yield clause
        if not SETTING.match(clause):
            return


# A news item's scene its reporter opens on, a place visited (走进将乐县小王村，水清岸绿，…跃然而出。): no subject of the work told after.
SCENE_OPENING = re.compile(r"^(?:走进|走入|步入|踏入|来到|漫步|行走在|走在|驱车|沿着)")


def area_subject(norm: str, areas_longest_first, within: str = "") -> str | None:
    """One of the workspace's areas (a county's towns and streets, names the place reader does not take alone; given longest
    first) opening the statement's first sentence as its subject, after its setting at most (鹿阜街道新建…, 圭山镇卫生院完成改造…,
    2021年，石林街道办事处投入…), after the name of the place it lies ``within`` where given (罗平县旧屋基彝族乡紧扣…): the area's
    work, an example, never the bureau's own; not one of a list (鹿阜街道、…). After a scene (:data:`SCENE_OPENING`), the
    sentence after it (走进将乐县小王村，…。为改善农村人居环境，近年来，将乐县投入上亿元资金…, hd54a)."""
    first = _first_sentence(norm)
    if SCENE_OPENING.match(first):
        first = _first_sentence(norm[len(first) + 1:])
    for clause in _subject_clauses(first.split("，")):
        name = next((a for a in areas_longest_first if clause.startswith(within + a)), None)
        clause = clause[len(within):]
        if name:
            return name if clause[len(name):len(name) + 1] not in ("、", "和", "与", "及") else None
    return None


def heading_area(section: list[str], areas, own: str = "") -> str | None:
    """One of the workspace's ``areas`` the innermost heading naming one opens on, whole or by its name without its level
    (:func:`~drafter.distill.places.areas_named`; 赣榆计划开展城中村改造9个 over 以系统思维加快城市更新。…启动城市微更新地块7处 in a
    page on 连云港市's (``own``) plans: 赣榆区's plan, hd37b), never a heading opening on another place (连云港市…)."""
    for head in reversed(section):
        head = simplified(normalise(head))
        opening = next((name for at, _, name in places_in(head) if at == 0), None)
        area = next((area for at, area in areas_named(head, areas, own) if at == 0), None)
        if area and opening in (None, area):
            return area
    return None


# A statement quoting an area's own document (而赣榆2025年政府工作报告也提出：启动城市微更新地块7处…): after a connective at most,
# the area's name, a year at most and the document's kind, then the verb that quotes it.
AREA_DOCUMENT = re.compile(rf"^(?:而|{words(SHORT_ADDING_WORDS)}|其中)?，?(?P<rest>.{{0,12}}?)(?:(?:19|20)\d{{2}}年度?)?"
                           rf"(?:政府工作报告|{_WORK_DOCUMENTS}){_quoting('指出', '要求', '显示')}")


def area_document(norm: str, areas, own: str = "") -> str | None:
    """One of the workspace's ``areas`` whose own document the statement quotes (:data:`AREA_DOCUMENT`), named whole or by its
    name without its level (:func:`~drafter.distill.places.areas_named`; 而赣榆2025年政府工作报告也提出：…开展城中村改造9个 in a page
    on 连云港市's (``own``) plans: 赣榆区's, hd37b); else None."""
    m = AREA_DOCUMENT.match(norm)
    if not m:
        return None
    rest = m.group("rest")
    return next((area for at, area in areas_named(rest, areas, own) if at == 0 and rest[len(area) - (
        not rest.startswith(area)):] in ("", "人民")), None)


def referred_place(norm: str, before: list[str], areas, own: str | None = None) -> str | None:
    """The place the statement's first sentence opens on by its level, after its setting at most (该镇完善基础设施…, 同时，该镇强力
    推进…: :data:`~drafter.grammar.LEVEL_ANAPHOR`), its own sentence's setting read first (笔者从贵州省德江县第一中学…获悉，该县四年来…
    is 德江县's, hd42a). A town's or a village's (该村, 该社区) is the last of that level the texts ``before`` it name (the page's title
    and statements before, normalised and simplified as ``norm``, the nearest read first: :func:`~.places.named_last`), never a
    wider place (hd57a); a county's or a city's the nearest of
    that level a statement before opens on as its subject, else the page's own place (``own``), else the last named — not a
    partner the page's place met (汕尾市工信局赴深圳市…，与深圳市工信局签订…。该市今年以来新建5G基站3000个 is 汕尾市's).
    None where it opens on none or none is found."""
    first = _first_sentence(norm)
    for clause in _subject_clauses(first.split("，")):
        if level := LEVEL_ANAPHOR.match(clause, SUBJECT_LEAD.match(clause).end()):
            level = level.group(1)
            said = first[:first.find(clause)]
            told = [said, *reversed(before)]
            named = (place for text in told if (place := named_last(text, level, areas)))
            if level in (*TOWN_LEVELS, *VILLAGE_LEVELS):
                return next(named, None)
            opened = (place for text in told[1:] if (place := _opened_on(text, level)))
            return named_last(said, level, areas) or next(opened, None) or (
                own if own and own.endswith(level) else None) or next(named, None)
    return None


def _opened_on(text: str, level: str) -> str | None:
    """The place of ``level`` the first sentence of ``text`` opens on as its subject, after its setting (近日，汕尾市工业和信息化局赴…
    → 汕尾市; 霍邱县孟集镇… → 霍邱县 for 县); None where it opens on none."""
    for clause in _subject_clauses(_first_sentence(text).split("，")):
        if chain := leading_places(clause[SUBJECT_LEAD.match(clause).end():]):
            return next((place for place in reversed(chain) if place.endswith(level)), None)
    return None


def located_area(norm: str, areas) -> str | None:
    """One of the workspace's ``areas`` its subject is said to lie in by the statement's first sentence, in its first clause or
    the one after it (同德烈士陵园始建于1956年，位于攀枝花市仁和区同德镇同德街79号，… in 攀枝花市's reply: a facility of 仁和区), the
    last named when the address names two (a district, then its town): the area's statement, as one opening on the area is
    (:func:`area_subject`); never a venue the work is done at (在位于仁和区的…召开); else None."""
    for clause in _first_sentence(norm).split("，")[:2]:
        at = clause.find("位于")
        if at >= 0:
            where = clause[at + 2:]
            named = [a for a in areas if a in where] if clause[at - 1:at] not in ("在", "于") else []
            return max(named, key=where.rfind) if named else None
    return None


def subject_zone(norm: str) -> str | None:
    """A zone that opens the statement as its subject (``万盛经开区作为…，…2021年全社会研发投入同比增长30%`` → 万盛经开区), not
    one of a list (两江新区、…)."""
    at = SUBJECT_LEAD.match(norm).end()
    zone = next((name for a, _, name in places_in(norm[at:at + 16]) if a == 0 and ZONE.fullmatch(name)), None)
    return zone if zone and norm[at + len(zone):at + len(zone) + 1] not in ("、", "和", "与", "及") else None


# A news item's statement of its own bureau's work: after its time, the bureau that issued it (its name, its short form,
# 该局) as subject, not a post nor a thing of it (今年以来，市农业农村局以提案办理为契机，积极推动出台…; not 局长…, …承办的提案).
# (or the guidance it works under: 在市政协提案委和市政府办公室的指导下，市发展改革局今年以来共办理…)
# (or a setting of its work: 近年来，事务局用心用情服务退役军人…; 工作中，事务局坚持以…四大工程…)
_NEWS_LEAD = (rf"(?:在[^，。；]{{2,30}}?(?:指导|领导|支持|帮助)下，)?"
              # (or the purpose it works for: 为进一步完善科创生态体系，…，市科技局组织开展…)
              rf"(?:为[^。；！？“”]{{2,100}}?，)?"
              rf"(?:(?:(?:19|20)\d{{2}}年|今年|近年来?|{words(PRESENT_WORDS)})(?:以来)?，?|(?:工作|实践)中，"
              # (or since an event: 主题教育开展以来，市农业农村局坚持…; or a plan's span: “十四五”以来，市教育局聚焦…)
              rf"|[^，。；！？“”]{{2,12}}?以来，|{FIVE_YEAR_PLAN}(?:{words(PLAN_SPAN_WORDS)})?以来，)?")


# A news paragraph going on with the work the one before told, no subject of its own: after its theme (one short sentence of no
# figure: 文化服务效能全面提升。, 高标准“建”，完善农村基础设施。) and its time (3月以来，), a verb of work or its manner (开展…, 坚持
# 规划先行，印发…, 持续推进…).
_NEWS_THEME = r"[^。！？；：\d]{4,24}。"
NEWS_THEMED = re.compile(rf"^{_NEWS_THEME}")
_WORK_TIME = rf"(?:[^，。；！？]{{1,12}}?以来|(?:19|20)\d{{2}}年|{words(HALF_YEAR_WORDS, THIS_YEAR_WORDS, PRESENT_WORDS)})，"
WORK_TOLD_VERBS = ("坚持", "先后", "累计", "聘请", "升级", "改善", "多措并举")
# (or what is done every year, 将 as 把: 每年均将创业富民纳入市委市政府为民办实事项目，建立… of 宿迁's 十三五 summary, hd26a)
# (or after the belief or idea it holds to: 坚定“…，一家人都要过上好日子”的信念，推进…示范村建设)
_HELD_IDEA = r"(?:坚定|秉持|秉承|牢固树立|树立|践行)[^。；！？]{2,40}?的(?:信念|理念|思路|原则|宗旨)，"
_WORK_OPENING = rf"{words(WORK_VERBS, ASKING_VERBS, MANNER_ADVERBS, WORK_TOLD_VERBS)}|将(?=[^，。；！？]{{1,30}}?{BA_VERBS})"
WORK_TOLD_ON = re.compile(rf"^(?:{_NEWS_THEME})?(?:{_WORK_TIME})*(?:{_HELD_IDEA})?(?:每年度?(?:均|都)?)?(?:{_WORK_OPENING})")
# …or opening on the project or the works it told of by a word pointing back (该项目建设地点在…，建设规模12500亩。该项目总投资1875万元。…
# after …田间工程建设项目…于2016年1月22日正式开工建设。, hd53c): that work's site, scale, investment and works.
WORK_POINTED_BACK = re.compile(r"^(?:该|此|这一?|本|上述)(?:项目|工程)")
_WORKS_STARTED = re.compile(words(WORKS_STARTED_WORDS))
_WORKS_ENDED = re.compile(words(WORKS_ENDED_WORDS))


def under_way(said: str) -> bool:
    """Whether ``said`` (a news item's headline and the statement before) tells of a work started and not of it finished
    (:data:`~drafter.grammar.WORKS_STARTED_WORDS`): what a statement pointing back to it (:data:`WORK_POINTED_BACK`) says it
    builds is its scope, no deed done — 该项目…新建排灌渠10条… under 雄壁千亿斤粮食田间工程开工 (hd53c)."""
    return bool(_WORKS_STARTED.search(said)) and not _WORKS_ENDED.search(said)


# …or, with figures, after the aspect of the work it tells (在空气质量方面，) on the past year they are of (2021年优良天数达到265天…)
RESULT_TOLD_ON = re.compile(r"^(?:在?[^，。；！？“”]{2,12}方面，)?((?:19|20)\d{2})年")


# What follows the bureau's place's name without its level (西充 of 西充县) where it opens a clause as its subject: a verb of work,
# its manner, or what it works by (西充坚持…, 西充以农业为基础…, 泉州大力…, 泉州把…纳入…), or the total of what it did, its figure in
# the clause (鞍山共检查农村地区小餐饮单位5981家次, hd66a) — never the next word of a name the bare name opens (西充中学, 泉州湾, 泉州港,
# 共青团), none of these, nor a verb closed by a body's word (泉州发展集团, 西充服务中心: a body so named).
_BODY_WORDS = words(tuple(w for w in (*ORGAN_WORDS, *NAMED_UNIT_WORDS) if len(w) > 1) + ("集团",))
_STEM_SUBJECT = re.compile(rf"(?:{_WORK_OPENING}|{words(SEIZING_VERBS, PLACE_DEED_VERBS)}|以(?=[^，。；！？]{{1,30}}?为)"
                           rf"|把(?=[^，。；！？]{{1,30}}?{BA_VERBS})|共计?(?!青)(?=[^，。；！？]{{1,16}}?\d))(?!{_BODY_WORDS})")


def stem_subject(norm: str, stem: str) -> bool:
    """Whether the first sentence of ``norm`` (after its theme: :func:`theme_end`) opens, after its setting and its item number
    or time (:func:`_subject_clauses`, :data:`SUBJECT_LEAD`), on ``stem`` — the bureau's place named without its level, 西充 of
    西充县 — as its subject (:data:`_STEM_SUBJECT`): 近年来，西充以农业为基础…; 在规划上，西充坚持…编制完成《…》 (hd65c) — the place as its
    full name would be. Never a stem of one character (魏 of 魏县: no place alone)."""
    if len(stem) < 2:
        return False
    clauses = _first_sentence(norm[theme_end(norm):]).split("，")
    return any(clause.startswith(stem, at) and bool(_STEM_SUBJECT.match(clause, at + len(stem)))
               for clause in _subject_clauses(clauses) for at in [SUBJECT_LEAD.match(clause).end()])


def own_place_result(norm: str, figures: list[Figure], place: str | None, doc_year: int | None) -> bool:
    """Whether a news statement with figures has a sentence, not only its first, opening (after its setting: 据会议消息，2021年，) on
    ``place`` as its subject with figures of a year no later than ``doc_year`` (3月21日，…会议在蒙自市召开。据会议消息，2021年，红河州
    特色农业竞争力不断增强，…粮食产量达185.1万吨…): that place's results, whatever page reports them."""
    if not (figures and place and doc_year):
        return False
    return any(subject_place(s) == place and re.search(r"\d", s) and years and max(years) <= doc_year
               for s in re.split(r"(?<=[。！？])", norm)
               for years in [said_years(s)])


# A statement opening on a part of the year it tells the results of (1-11月，, 今年一季度，, 2024年上半年，, 前三季度，), or on a
# day or month of it counted to (截至11月21日，“三拆”分指挥部共拆除违章建筑16处…, hd48d; 截至2019年10月底，).
PART_YEAR_OPENING = re.compile(rf"^(?:(?P<cut_off>{words(CUT_OFF_WORDS)})(?:(?P<cut>(?:19|20)\d{{2}})年)?\d{{1,2}}月(?:\d{{1,2}}日|底|末|份)?"
                               rf"|(?:(?P<year>(?:19|20)\d{{2}})年|{words(THIS_YEAR_WORDS)})?"
                               rf"(?:\d{{1,2}}\s?[-—–~至到]\s?\d{{1,2}}月份?|(?:第?[一二三四]|前三)季度|{words(HALF_YEAR_WORDS)})(?:以来)?)，")


def part_year_result(norm: str, figures: list[Figure], doc_year: int | None) -> bool:
    """Whether a news statement with ``figures`` opens on a part of a year no later than ``doc_year`` (:data:`PART_YEAR_OPENING`:
    1-11月，市区空气质量综合指数3.99…优良天数259天) and tells nothing to come: the place's results so far in that year. Not a
    stock counted to a day, its words before its first figure holding it (:data:`~drafter.grammar.STOCK_HELD`: 截至11月底，
    全县登记注册市场主体3.2万户…, rv14 5)."""
    m = PART_YEAR_OPENING.match(norm)
    return bool(m and figures and doc_year) and int(m.group("year") or m.group("cut") or doc_year) <= doc_year and not (
        SAID_WILL.search(norm)) and not (m.group("cut_off") and STOCK_HELD.search(re.match(r"[^\d，。；]*", norm[m.end():]).group()))


def area_result(norm: str, figures: list[Figure], doc_year: int | None, areas: Collection[str] = ()) -> bool:
    """Whether a statement ``norm`` of one of the workspace's areas, in its place's news (the area its subject or its speaker's
    unit's: 开远市…主任李成伟激动地说，产业园区…研发花卉新品种64个…2024年，产业园实现综合产值41.2亿元), tells that area's work
    done: ``figures``, a year named and none after ``doc_year`` or, none named, a result said won already (将乐县投入上亿元资金用于农村
    污水治理，全县61个村污水处理设施已全部建设完成, hd54a: :data:`ALREADY`, :data:`RESULT_WON`), nothing to come (:data:`SAID_WILL`)."""
    years = said_years(norm)
    for name in sorted({*areas, *(n for *_, n in places_in(norm, areas))}, key=len, reverse=True):
        norm = norm.replace(name, "□" * len(name))  # (a place's name is no word of the work: 将台乡 says no 将, where WILL_JIANG knows 将乐 only)
    won = not years and won_already(norm)
    return bool(figures and doc_year) and (won or bool(years)) and _nothing_after(norm, years, doc_year)


def _nothing_after(norm: str, years: list[int], doc_year: int) -> bool:
    """The guard of a result told: none of the ``years`` ``norm`` names after ``doc_year``, nothing to come (:data:`SAID_WILL`)."""
    return (not years or max(years) <= doc_year) and not SAID_WILL.search(norm)


def won_already(norm: str) -> bool:
    """Whether ``norm`` says a result won already (:data:`ALREADY`, then :data:`RESULT_WON` within a few characters: 已全部建设完成)."""
    return any(RESULT_WON.search(norm, m.end(), m.end() + 12) for m in ALREADY.finditer(norm))


def own_result(norm: str, figures: list[Figure], doc_year: int | None) -> bool:
    """Whether a statement with ``figures`` of its place's own news, no subject of its own, tells work finished: a result won
    already (:func:`won_already`: 目前，已完成国省干线公路养护工程41项，完成投资5亿元…) or works ended in a year it names before
    ``doc_year`` (…争得贷款23.5亿元，开工建设干线公路296公里…2016年建成1110公里… of a page of 2017-02: :data:`_WORKS_ENDED`, not
    a year's statistics, 2023年，…民营规上工业企业实现工业总产值…, nor a run since a year, 2008年以来，全市…建成生产性泊位81个 of a
    journal's article), nothing to come (:data:`SAID_WILL`): the place's work, whoever the page leaves unnamed (hd58a: background
    before)."""
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年(?!以来|起|开始|至今)", norm)]
    past = bool(years) and max(years) < (doc_year or 0) and bool(_WORKS_ENDED.search(norm))
    return bool(figures) and (past or (not years and won_already(norm))) and _nothing_after(norm, years, doc_year)


_INCOME_GAIN = re.compile(words(INCOME_GAIN_WORDS))


def income_gained(norm: str, figures: list[Figure], doc_year: int | None) -> bool:
    """Whether a statement has a figure counting a gain of income (:data:`~drafter.grammar.INCOME_GAIN_WORDS`: 户均年增收 of
    …50余家从事农家乐经营的农户，户均年增收5万元), names no year after ``doc_year`` and tells nothing to come nor foreseen
    (:data:`FORECAST_VERBS`: 预计户均增收…): what the people won, a result (hd69b: background before)."""
    years = said_years(norm)
    return (bool(doc_year) and any(_INCOME_GAIN.search(g.counts or "") for g in figures) and _nothing_after(norm, years, doc_year)
            and not re.search(FORECAST_VERBS, norm))


# A result won (完成, 通过…评审, 建成, 如期完工, 获批, 实现全覆盖…): work finished, not under way.
# (or funds, projects or policies won, 共争取中央、省级公共财政资金9.53亿元: WON, hd47b)
# (a works put to trial, 11座新建污水处理厂全部进入试运行, 进入通水调试阶段: built, hd52b)
RESULT_WON = re.compile(rf"完成|通过|建成|完工|竣工|实现|获批|获评|荣获|纳入|投入使用|全覆盖|(?:进入|投入)试运行|通水|{WON}")


# A plan or rules made, named by its title (高端编制《西充县2018—2025年全域旅游规划》, 制定《…实施方案》): a result won — not one being
# made or to be (正在编制, 启动编制, 拟制定).
MADE_NAMED = re.compile(rf"(?<!正在)(?<!启动)(?<!开始)(?<!着手)(?<![正将拟])(?:{words(MAKING_VERBS)})(?:完成)?了?"
                        rf"《[^《》]{{2,60}}?(?:{words(MADE_THINGS)})》")


def themed_results(norm: str, figures: list[Figure], heading: str = "") -> bool:
    """Whether a news statement opens on its theme (:data:`NEWS_THEMED`: 中医药事业发展激发新动能。), or stands under a ``heading``
    that is one (a subhead of the page, 科学谋划，乡村旅游发展呈现新格局: the caller's where the statement names no subject), and goes
    on with results won (:data:`RESULT_WON`) with ``figures``, or a plan made (:data:`MADE_NAMED`), nothing to come
    (市中医医院顺利通过“三甲”评审，8家县级中医医院完成“二甲”复审。; 编报全省文化和旅游重点项目36个，其中…9个工程项目纳入全省文化和旅游重点
    项目库, hd65c): a summary's result, the place's work done."""
    themed = NEWS_THEMED.match(norm)
    rest = norm[themed.end():] if themed else norm if heading and NEWS_THEMED.fullmatch(f"{heading}。") else ""
    return bool((figures and RESULT_WON.search(rest)) or MADE_NAMED.search(rest)) and not SAID_WILL.search(rest)


# A day, then a thing set going that day (2月26日，济南“预付宝”正式上线运行，…): work done, no overview even as a lead.
_SET_GOING = r"(?:正式)?(?:上线|运行|开通|启用|投用|投入使用|投入运营|揭牌|挂牌|成立|落成|通车|开馆|开园)"
SET_GOING_DAY = re.compile(rf"(?<![\d年月])\d{{1,2}}月\d{{1,2}}日(?:[上下]午)?，(?P<what>[^，。；！？]{{2,24}}?){_SET_GOING}")
# Programmes named in quotes, then held (“仲夏夜嘉年华”暑期促消费、“金秋消费节”等活动全面展开): work done, no overview even as a lead (h258)
# — not a word holding 展 or 会 (推动“十四五”时期经济社会高质量发展建设, rv15), nor a verb of building.
NAMED_HELD = re.compile(rf"”[^，。；！？“”]{{0,8}}?(?:活动|行动|工程|节|赛|(?<![社机])会|(?<!发)展)[^，。；！？“”]{{0,6}}?(?:展开|开展|启动|{HOLDING})")


def higher_act(norm: str, ws: Workspace) -> bool:
    """Whether ``norm`` opens on a higher government acting (:data:`HIGHER_ACT`: the centre's, a province not the
    workspace's own), its first sentence naming neither the bureau nor its place, or on a party committee's department acting,
    its first sentence naming not the bureau."""
    m = HIGHER_ACT.match(norm)
    first = re.split(r"[。！？]", norm, maxsplit=1)[0]
    if m and m.group("party"):
        return not re.search(_WE, first)
    return bool(m) and (bool(m.group("central")) or not ws.is_own(m.group("province"))) and not OWN_NAMED.search(first) and not any(
        name in first for name in ws.jurisdiction_names())


# A unit of a level above the workspace's, named by its level alone, opening a clause as its doer (二是省发展改革委高度重视…于2016年
# 编制了《…规划》; …，“十三五”以来，省发改委争取到中央预算内资金9336万元… in a 州政府 reply, hd32a): that level's work, never the
# place's; ``level`` its level (国家, 省, 自治区; 市/州 above a county's), a unit's word after it (:data:`~.places.ORG_WORD`; not
# 国家技术转移东部中心) — never a word opening on a level's character (市场, 省内).
_HIGHER_UNIT = re.compile(rf"(?:^|[，。；！？])(?:{ITEM_NUMBER})?(?P<level>国家|省|自治区|市(?![场民县区级内外直属])|州(?![市县级内外直属]))"
                          rf"(?:{ORG_WORD})(?=[^的、和及与{CJK}]|[{CJK}]{{2}})(?!的)")
_LEVEL_RANK = {"国家": 0, "省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2}


def higher_doer(norm: str, ws: Workspace) -> str | None:
    """The level (:data:`_HIGHER_UNIT`) of a unit above the workspace's place doing what ``norm`` tells, the bureau and its place not
    speaking in it (:data:`_WE`); None where none does."""
    if not ws.jurisdiction or re.search(_WE, norm) or any(n in norm for n in (ws.name, ws.short_name) if n):
        return None
    own = 1 if ws.jurisdiction.endswith(("省", "自治区")) else _LEVEL_RANK.get(ws.jurisdiction[-1], 3)
    return next((m["level"] for m in _HIGHER_UNIT.finditer(norm) if _LEVEL_RANK[m["level"]] < own), None)


def level_place(level: str, named: str) -> str:
    """The place of a ``level`` a document names (``named``: its title, session and text): 国家 → 全国; the first place of that level
    it names (云南省 of 政协云南省十二届二次会议), else the level's whole (全省)."""
    if level == "国家":
        return "全国"
    if level in ("省", "自治区"):
        found = re.search(f"(?:{words(tuple(PROVINCES if level == '省' else AUTONOMOUS_REGIONS))}){level}", named)
        return found.group() if found else "全" + level[-1]
    return next((p for _, _, p in places_in(named) if p.endswith(level) and is_place(p)), "全" + level[-1])


def own_thing_set_going(norm: str, names: list[str]) -> bool:
    """Whether a sentence of ``norm`` opens on a day and a thing of the place (named first by one of ``names``: 济南市, 济南, 我市,
    全市) set going that day (:data:`SET_GOING_DAY`), saying nothing to come."""
    return any(m.group("what").startswith(tuple(n for n in names if n)) and not SAID_WILL.search(m.group())
               for m in SET_GOING_DAY.finditer(norm))


# Words of work (a verb of doing, 了, 已…): a paragraph of none, nor of a figure, tells no one's work — a place's history, a
# thing described (天水，史有“羲皇故里”…之称，…诸葛亮六出祁山…等…故事，都发生在天水); an item of a list of work is work.
WORK_SAID = re.compile(words(WORK_VERBS, ASKING_VERBS, FOUNDING_VERBS, MANNER_ADVERBS, WORK_TOLD_VERBS,
                             ("了", "已", "完成", "投入", "获", "做好", "进行", "整治", "治理", "管理", "保障", "确保")))
# Instructions: a statement whose items say what must be done (会议强调…提出了以下几点要求。一要提高思想认识。…二要坚持问题导向。):
# what a meeting or a leader required of others, neither work done nor the bureau's own plan.
MUST_ITEMS = re.compile(rf"(?:^|[。；：])[一二三四五六七八九十]{MUST_YAO}")
_THAT_PLACE = re.compile(rf"^{_NEWS_LEAD}[该我](?:市|区|县)(?![委政人])")  # (该市制定…; the outlet's own: 近年来我市不断完善…)


# What a meeting found or stressed, opening a statement (会议指出，…; 会议强调，…).
OWN_MEETING_SAID = re.compile(r"^会议(?:指出|强调|认为|提出|明确)，")
# What a meeting says must be done, its time to come or its subject first (2025年，全市退役军人事务系统要站在新起点…): a plan.
MEETING_MUST = re.compile(r"^(?:(?:19|20)\d{2}年|今年|" + NEXT_STEP + r"|下半年)?，?[^。；！？]{0,24}?(?:(?<![主重需只想摘纲概必])要|必须|务必)(?![求点素闻害紧])")


# A news item's first statement saying its place (我县, 我市…) held a meeting.
PLACE_MEETING = re.compile(r"^(?:(?:近日|日前|\d{1,2}月\d{1,2}日(?:[上下]午)?)，)?我[省市区县](?:在[^，。；]{1,20})?(?:召开|举行)[^。；]{0,30}?会议?")


# A news item's first statement naming a meeting of its place's whole field of work held (2月25日上午，全市文化广电和旅游工作会议召开；
# 3月1日，我市召开2024年全市科技工作会议): the bureau's own meeting where the field is the bureau's (:func:`held_field_meeting`).
FIELD_MEETING = re.compile(r"^(?:(?:近日|日前|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午)?)，)?(?:[^，。；]{0,12}?(?:召开|举行)了?)?"
                           r"(?:(?:19|20)\d{2}年度?)?全(?P<level>[省市区县州旗])(?:(?:19|20)\d{2}年度?)?(?P<field>[^，。；“”]{2,16}?)工作(?:视频)?(?:会议|大会)")


def held_field_meeting(norm: str, ws: Workspace) -> bool:
    """Whether a news item's first statement ``norm`` says a meeting of the workspace's place's whole field of work was held
    (:data:`FIELD_MEETING`, of its place's level), the field one of the bureau's (:func:`~.metadata.bureau_fields`:
    全市文化广电和旅游工作会议 of 平顶山市文化广电和旅游局, hd53b; not 全市经济工作会议, nor 全省…工作会议 in a city's)."""
    m = FIELD_MEETING.match(norm)
    return bool(m) and ws.jurisdiction.endswith(m.group("level")) and any(f in m.group("field") for f in bureau_fields(ws))


def held_own_meeting(norm: str, issuer: str | None, place: str | None) -> bool:
    """Whether a news item's first statement ``norm`` says its issuer held a meeting (1月31日，市水务局召开2023年度工作总结会议…; 12月2日，
    泰顺县水利局组织召开农村供水工作会议, hd50b)."""
    if not issuer or not re.search(rf"(?:{UNIT_END})$", issuer):
        return False
    names = [issuer] + ([place[-1] + issuer[len(place):]] if place and issuer.startswith(place) else [])
    subject = "|".join(re.escape(n) for n in names)
    return bool(re.match(rf"^(?:\d{{1,2}}月\d{{1,2}}日(?:[上下]午)?，)?(?:{subject})(?:在[^，。；]{{1,20}})?(?:组织|牵头)?(?:召开|举行)[^。；]{{0,30}}?会议?", norm))


_SETTING_CLAUSES = 3  # clauses of a news statement's first sentence that may set the scene before its bureau
# (its year may come first, 2024年8月2日; it may be a span of days, 8月2日至3日, 8月30日至9月1日)
_EVENT_DAY = re.compile(r"(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[至到—－~～-](?:\d{1,2}月)?\d{1,2}日)?|近日|日前|昨天|昨日|今天|今日)"
                        r"(?:[上下]午|晚上?)?，")
# A news item's first sentence telling only that its event was held on its day (12月12日，“辉煌‘十四五’ 九江勇争先”系列新闻发布会市教育局专场举行。).
EVENT_HELD = re.compile(rf"^(?:\d{{1,2}}月\d{{1,2}}日|近日|日前)(?:[上下]午|晚上?)?，[^。；！？]{{2,60}}?(?:{HOLDING})。")
_ITS_PEOPLE = re.compile(r"[^，。；]{0,6}?(?:局长|主任|书记|专员|负责人|领导|干部|职工|同志)")
# The work a meeting does by its kind or by what it then does (专家评审会, 论证会; …会议，研究审查《规划》成果, 验收…).
_WORKING_MEETING = "评审|论证|审查|验收|评估|鉴定"
# What a meeting does that tells others (…，通报上半年全市…, 部署…), and what it hears or studies (听取…, 研究…).
_MEETING_TELLS = "|".join(TELLING_VERBS)
_MEETING_HEARS = "听取|汇报|分析|研究"
# A meeting held to tell what was done or is to be (市科技局召开…推进会，通报上半年全市…; 市政府新闻办召开…新闻发布会; 召开年度考核评估会议，
# 通报全市考核结果): what it reported, no deed of the bureau's own — decided by what the meeting then does: telling, whatever its
# kind; hearing or studying, where it is no working meeting (召开局党组会议，研究部署…; not 召开专家评审会，研究…, 专家论证会议，听取编制
# 单位汇报: its study the review) and studies no work (研究审查); by its telling kind only where it goes on to no work (not 召开项目评审
# 工作会议，研究审查《规划》成果; nor 该局…组织召开专家评审会，邀请…专家…对《规划》成果进行审查, hd36a).
_MEETING_TOLD = re.compile(rf"(?:{HOLDING})[^，。；]{{0,30}}?(?:会议?[，并上]?(?:{_MEETING_TELLS})"
                           rf"|(?<!{_WORKING_MEETING})会议?[，并上]?(?:{_MEETING_HEARS})(?!{_WORKING_MEETING})"
                           rf"|(?:{_PRESS_KINDS}|通报|推进|总结|部署|汇报|座谈|动员|调度|工作)会议?(?!议|[，并上]?(?:研究)?(?:{_WORKING_MEETING})))")


# A bulletin's headline opening on its column's label and a space (向上争取 玉溪市文旅局到省文旅厅汇报…, “交通+旅游” 玉溪市文旅局和…):
# the label no part of the statement.
BULLETIN_LABEL = re.compile(r"^[“\"]?[^\s，。；：“”\"]{2,8}[”\"]?\s+(?=\S)")


def news_of_own_work(norm: str, issuer: str | None, place: str | None, aliases: tuple[str, ...] = ()) -> bool:
    """Whether a news item's statement ``norm`` reports the work of its issuer (see :data:`_NEWS_LEAD`), a
    government unit (a news site, 厦门网, is none: 厦门网讯（记者…）… is its report, no work of its own)."""
    if not issuer or not re.search(rf"(?:{UNIT_END})$", issuer):
        return False
    names = [issuer, "该局", *aliases] + ([place[-1] + issuer[len(place):]] if place and issuer.startswith(place) else [])
    subject = "|".join(re.escape(n) for n in names)
    if place and issuer.startswith(place):  # or its short form (溧阳市工业和信息化局 said 市工信局, 济南市市场监管局)
        subject += rf"|(?:{re.escape(place[:-1])})?{place[-1]}[{CJK}]{{1,6}}?(?:{UNIT_END})"
    # (its place after its province's name: 辽宁省鞍山市市场监管局工作人员走进…, hd66a)
    province = rf"(?:{PROVINCE_NAMED})(?={re.escape(place)})" if place else "(?!)"
    own = re.compile(rf"{_NEWS_LEAD}(?:{province})?({subject})(?![^，。；]{{0,4}}的|局长|党组)")
    # (its first sentence's, after a clause setting the scene: 春季是适合外出赏景游玩的时节，济南市市场监管局加强游乐设施安全监管…)
    first = _first_sentence(norm)
    held = EVENT_HELD.match(norm)
    if held and len(norm) > held.end():  # (or the one after the event it reports its work at: 12月12日，…发布会市教育局专场举行。“十四五”以来，市教育局…)
        return news_of_own_work(norm[held.end():], issuer, place, aliases)
    labelled = BULLETIN_LABEL.match(norm)
    if labelled:  # (or a bulletin's headline after its column's label: 向上争取 玉溪市文旅局到省文旅厅汇报…, hd55c)
        return news_of_own_work(norm[labelled.end():], issuer, place, aliases)
    themed = NEWS_THEMED.match(norm)
    if themed and len(norm) > themed.end() and "，" not in themed.group():
        # (or the one after its theme: 持续开展全域国土绿化。该局抢抓春季造林的黄金季节，…现已完成油茶新造1.6万亩, hd27a)
        return news_of_own_work(norm[themed.end():], issuer, place, aliases)
    starts = [0] + [m.end() for m in re.finditer("，", first)][:_SETTING_CLAUSES]
    for before, at in zip([0, *starts], starts):
        if at and _EVENT_DAY.fullmatch(norm, before, at) and _MEETING_TOLD.search(first, at):
            continue  # (not after the day of an event: 8月2日，市科技局召开…推进会，通报上半年全市… — what a meeting reported)
        m = own.match(norm, at)
        name = m.group(1)[len(place) - 1:] if m and place and m.group(1).startswith(place) else m.group(1) if m else ""
        # (after a setting, the unit itself as the subject — not one of its people: …，市农业农村局副局长田淑军作新闻发布)
        # (its short name too, itself the subject — not one of its people: 玉溪市文旅局 of 玉溪市文化和旅游局, hd55c; not 市城管执法局副局长…陪同)
        named = m and (m.group(1) in names or complete(name, place) == issuer)
        if m and (named or same_unit(m.group(1), issuer)) and not ((at or not named) and _ITS_PEOPLE.match(norm, m.end())):
            return True
    return False


def other_unit_opens(norm: str, ws: Workspace) -> bool:
    """Whether a unit named in full other than the workspace's bureau opens the statement ``norm`` after its time
    (:data:`_NEWS_LEAD`) as its subject: 济南市商务局会同市市场监管局… is 市商务局's work, the bureau only joining it."""
    rest = norm[re.match(_NEWS_LEAD, norm).end():]
    unit = next(iter(org_names(rest[:40])), None)
    return bool(unit) and rest.startswith(unit) and not ws.is_own_unit(unit)


def text_key(text: str) -> str:
    """A short hash of the text with width and spacing differences folded away."""
    folded = re.sub(r"\s", "", nfkc(text))
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:10]


# A reporter's framing of what follows (连日来，记者采访相关学校和教育部门时了解到，…; 记者在延安中学看到，…; 本报讯（记者龙超凡）
# 记者近日从…获悉，…; 央广网济南5月13日消息（记者李舜）, hd59a): how the news was gathered, no part of the fact; a short setting
# clause before it goes with it.
# The time a news lede opens on, right after its byline (近日，…; 11月5日上午，…), and a reporter named in a byline (记者黄梦, 见习记者 李桦).
_LEDE_TIME = rf"(?:{LEDE_TIME}|昨日|昨天|今天|今日|本月)"  # (only looked ahead to: a time of day after the day is no matter)
_REPORTER_NAMED = r"(?:实习|见习)?记者\s?[\u4e00-\u9fff]{2,3}"
# (and those named after the first, by their names or roles: 记者罗鑫、曾志翔、实习生杜欣玥报道：, hd67b — the byline ending on its
# 报道 or before the lede's time)
_REPORTERS_NAMED = (rf"{_REPORTER_NAMED}(?:、(?:实习生|(?:实习|见习)?记者|通讯员)?\s?[\u4e00-\u9fff]{{2,3}})*"
                    rf"(?:\s?通讯员\s?[\u4e00-\u9fff]{{2,3}})*(?:\s?报道[：:]|(?=\s|{_LEDE_TIME}))")
_REPORTERS_LEAD = re.compile(r"^[^，。；！？“”]{0,12}(?:[讯电]|\d{1,2}日消息)\s*[（(][^（）()，。]{0,4}?(?:记者|通讯员)[^（）()]{0,30}[）)]\s*"
                             # (or an outlet's credit of its reporter by name alone, or as 记者…, before what it tells: 中国食品安全网讯（黄梦）
                             # 11月5日上午，…, hd52b; 仙桃网讯 记者黄梦 近日，…; 本报讯 （乔燕强）日前，…, hd66a)
                             r"|^(?:本[报台网刊]|[^，。；！？“”\s]{2,12}(?:[网报台社]|客户端|融媒|传媒|频道))讯\s*(?:[（(][\u4e00-\u9fff]{2,4}"
                             rf"(?:[\s、，,][\u4e00-\u9fff]{{2,4}}){{0,3}}[）)]|[：:]?\s*{_REPORTERS_NAMED})\s*"
                             r"|^[^，。；！？“”\s]{2,12}(?:[网报台]|客户端|融媒|传媒|频道)讯(?:\s*[：:]|\s)\s*"
                             # (or its byline run into the lede, the reporter's name before the time it opens on: 南国今报记者廖艳明近日，
                             # 柳州市规划局公布…, hd36a)
                             rf"|^[^，。；！？“”\s]{{2,10}}?[报网台社]{_REPORTER_NAMED}\s?(?={_LEDE_TIME})"
                             # (or a bare byline, its space before the lede: 记者胡锐报道 昨日，我市又有两条公交线路开通…, hd67a)
                             rf"|^{_REPORTER_NAMED}报道\s+"
                             # (or a byline whose bracket the page never closed, the lede's time right after the last name: 驻马店网讯（记者 姚 晶
                             # 通讯员 陈兵6月17日下午，…, hd68b)
                             rf"|^[^，。；！？“”]{{0,12}}讯\s*[（(](?:(?:实习|见习)?记者|通讯员)[^（）()，。；]{{0,30}}?(?={_LEDE_TIME})")
# (枣庄新闻网讯 今年以来…, 鲁南传媒网讯：近日…, 在临沂客户端讯 长期以来…; 本报讯（见习记者 李桦）3月11日…: hd28b, hd28c)
_REPORTERS_FRAME = re.compile(r"(?:^|(?<=[。；！？]))(?:[^，。；！？“”]{1,8}，)?[^，。；！？“”]{0,30}?记者[^。；！？“”]{0,40}?"
                              rf"(?:{words(HEARD_VERBS)}|看到|注意到|发现|采访到)[，：]")
# Whom a reporter's frame says they heard it from (记者1月10日从柳州市自然资源和规划局获悉，: the unit) — unlike grammar.REPORTER_HEARD
# also with no reporter (从邢台市绿委办获悉), by its site (从…官网上获悉), never across a quotation: the unit whose word a fact is.
_HEARD_FROM = re.compile(rf"从([^，。；！？“”]{{2,30}}?)(?:官方?网站)?[上处]?(?:{words(HEARD_VERBS)})")


def _without_lead(text: str) -> str:
    """``text`` stripped, without the byline its lede opens on (:data:`_REPORTERS_LEAD`), read in simplified characters
    (記者胡銳報道 昨日，… of a page in traditional ones)."""
    text = text.strip()
    lead = _REPORTERS_LEAD.match(simplified(text))
    return text[lead.end():] if lead else text


def heard_from_own(unit_text: str, norm: str, ws: Workspace) -> bool:
    """Whether the statement ``norm`` follows, in its paragraph ``unit_text``, a reporter's frame naming the workspace's bureau as
    whom they heard it from (记者1月10日从柳州市自然资源和规划局获悉，…《规划》已通过专家评审, hd36a), or its field's 部门 (记者3月24日
    从连云港市住房和城乡建设部门获悉 of 连云港市住房和城乡建设局, hd37b): the bureau's account of its work."""
    whole = simplified(normalise(_without_lead(unit_text)))
    frame = _REPORTERS_FRAME.search(whole)
    source = _HEARD_FROM.search(frame.group()) if frame and whole[frame.end():].startswith(norm[:12]) else None
    # (the bureau of the workspace's place: 成都市科技局 is no 市科技局 of 泉州's)
    unit = source.group(1) if source else ""
    named = [unit[:-2] + organ for organ in DEPARTMENT_ORGAN_WORDS] if unit.endswith("部门") else [unit]
    return bool(unit) and any(map(ws.is_own_unit, named)) and all(ws.is_own(place) for a, _, place in places_in(unit) if a == 0)


# A question the text asks (我市的近视防控工作进展如何？“小眼镜”的数量有无减少？): the reporter's or a speaker's, no fact.
# (its quoted words inside it; not a question inside quotes, someone's words: 他问“…？”; nor a ? a garbled page leaves inside a
# word: 醫(yī)?;鹭)
_QUESTION = re.compile(r"(?:^|(?<=[。；！？]))[^。；！？“”]*(?:“[^“”]*”[^。；！？“”]*)*[？?](?![A-Za-z;；,，、)）])")


# A photo's caption and credit a page ran into the paragraph after it (图为开幕式现场。沙见龙摄棗庄市委常委…): what the picture
# showed, no part of the statement.
_CAPTION_LEAD = re.compile(rf"^图为[^。！？]{{0,60}}[。！]\s*(?:[{CJK}]{{2,4}}\s?摄(?:[）)]|\s|(?=[{CJK}“]))?)?\s*")
# A sentence of a meeting's news telling who reported what (会上，尹明局长汇报了发展改革工作情况、…以及下一步工作计划。).
_AT_MEETING = rf"(?:{words(AT_MEETING)}|座谈会上)，"
REPORT_FRAME = re.compile(rf"^{_AT_MEETING}[^，。；：！？“”]{{2,16}}?(?:汇报|介绍|通报)了[^。！？“”]{{2,80}}?。")
# The same told of the issuing bureau's own head by post alone, no unit named (许程伟副局长汇报了今年“智改数转”整体情况和《…》
# 立法调研工作进度。目前阶段成果主要有：…, in 常州市工信局's news, hd39a): what follows is the bureau's account. (group 1: the post's
# organ word; group 3 or 4: the name before or after the post — a person's, or a unit that must be the issuer: 会上，市财政局
# 副局长汇报了… is another bureau's report)
OWN_HEAD_REPORT = re.compile(rf"^(?:{_AT_MEETING})?(?:([{CJK}]{{2,4}}?)副?([局厅])长|副?([局厅])长([{CJK}]{{2,4}}?))"
                             r"(?:汇报|介绍|通报)了[^。！？]{2,80}?。")
# A unit's word in the name before a head's post (市财政局副局长): no person's name.
_UNIT_IN_NAME = re.compile(f"[{ORGAN_CHARS}市县区]")


def own_head_report(text: str, issuer: str) -> re.Match | None:
    """:data:`OWN_HEAD_REPORT` opening ``text`` told of ``issuer``'s own head: the post its organ word, the name before or
    after it a person's or the issuer's own (not 市财政局副局长 in 市工信局's news)."""
    m = OWN_HEAD_REPORT.match(text)
    if not m or not issuer.endswith(m.group(2) or m.group(3)):
        return None
    name = m.group(1) or m.group(4)
    if not _UNIT_IN_NAME.search(name):
        return m
    unit = name if name.endswith(m.group(2) or m.group(3)) else name + (m.group(2) or m.group(3))  # (市工信局 of 市工信局副局长)
    return m if same_unit(unit, issuer) or unit in issuer else None
# Someone's words introduced (王广部在致辞中表示，…; 张利在致辞中说，…): the frame of a statement, what follows what they said
# (matched where :func:`speech_frame` says) — not a connective (总的来说，对企业来说，可以说，也就是说，如您所说，另据介绍，).
_SPEAKING = r"(?:表示|指出|强调|(?<!据)介绍|(?<![来以是就所据])说)[，：]"
SPEECH_FRAME = re.compile(rf"(?:“[^“”]*”)?[^，。；：！？“”]{{2,40}}?{_SPEAKING}")


def quote_tells(frame: str, year: int | None, month: int | None) -> bool:
    """Whether the quotation opening a speaker's ``frame`` (:data:`SPEECH_FRAME`) names a time (read in a document of ``year``
    and ``month``) or a figure: a statement of its own (“…预计今年11月份竣工验收。”), not a remark on the work."""
    quoted = re.match(r"“([^“”]*)”", frame)
    said = normalise(quoted.group(1)) if quoted else ""
    return bool(said) and bool(time_mentions(said, year, month) or find_figures(said, said))


def speech_frame(text: str) -> re.Match | None:
    """Someone's words introduced (:data:`SPEECH_FRAME`) opening ``text`` or after its theme (:func:`theme_end`: 殷殷嘱托，情深意长，
    催人奋进。开远市…主任李成伟激动地说，…): the speaker's frame, its end where their words begin."""
    return SPEECH_FRAME.match(text, theme_end(text))


# Someone's words reported after a statement's opening, a clause's or a sentence's (…3200家。据市科技局相关负责人介绍，今年以来，…;
# …260个。他表示，去年新增…): their own time, to their sentence's end.
# (a speaker of one character too, after its break: 他说，…)
_REPORTED = re.compile(rf"(?<=[。！？；，])(?:(?:另|又)?据[^，。；：！？“”]{{0,30}}?(?:介绍|了解|透露)[，：]|(?:“[^“”]*”)?[^，。；：！？“”]{{1,40}}?{_SPEAKING})")
_SPOKEN_MASK = "＿"  # (no word of time or anything else)


@lru_cache(maxsize=1024)
def reported_speech(norm: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each stretch of someone's words ``norm`` reports after its opening (:data:`_REPORTED`): a relative time
    there (今年以来, 去年) dates that stretch's figures only, never the statement (hd57 rule: the speaker's year, read against the
    page's date)."""
    return tuple((m.end(), min((k + 1 for k in (norm.find(c, m.end()) for c in "。！？") if k >= 0), default=len(norm)))
                 for m in _REPORTED.finditer(norm))


def unspoken(norm: str) -> str:
    """``norm`` with its :func:`reported_speech` masked, its positions kept."""
    for a, b in reported_speech(norm):
        norm = norm[:a] + _SPOKEN_MASK * (b - a) + norm[b:]
    return norm


def spoken_times(norm: str, year: int | None, month: int | None, named: tuple) -> tuple[tuple[int, int, int, str], ...]:
    """(position, year, year, basis) of each relative time (:data:`RELATIVE_YEAR`: 去年, 全年, 年初) inside :func:`reported_speech`
    that the statement's times (``named``, its :func:`report_mentions`) do not hold, counted from the document's ``year``."""
    if not year:
        return ()
    held = {p for p, *_ in named}
    out = {m.start(): shift(year, month) for a, b in reported_speech(norm) for rx, shift in RELATIVE_YEAR
           for m in rx.finditer(norm, a, b) if m.start() not in held}
    return tuple((p, y, y, RELATIVE) for p, y in sorted(out.items()))
# A thing said to lie in a place (位于济南市的天下第一泉风景区，是国家5A级景区…): the statement is of that place.
LOCATED_IN = re.compile(rf"(?:^|[，。！？”])位于(?P<place>[{CJK}]{{2,4}}?(?:区|县|市))的[^，。；]{{2,24}}[，,]?(?:是|为|系)")
# A statement opening on a thing and where it lies (开元街道深田社区养老服务照料中心位于思明区白鹤山路3号，总面积达1455平方米, hd47a):
# of that place too.
LOCATED_AT = re.compile(rf"^[^，。；！？]{{2,30}}?位于(?P<place>[{CJK}]{{2,4}}?(?:区|县|市))")


def without_reporting(text: str) -> str:
    """``text`` without a news item's reporting: its lede's credit (本报讯（记者…）), a photo's caption run into it
    (:data:`_CAPTION_LEAD`), a reporter's framing clause
    (:data:`_REPORTERS_FRAME`) and the questions it asks (:data:`_QUESTION`), not a speaker's (:data:`SPEECH_FRAME`); the facts it
    tells stay."""
    out = _CAPTION_LEAD.sub("", _without_lead(text))
    out = _REPORTERS_FRAME.sub("", out)
    # (not a speaker's question, which their answer goes on from: 在会上，陈健指出，…人才来自于哪里？人才来自于教育，…, hd42a)
    out = _QUESTION.sub(lambda q: q.group() if SPEECH_FRAME.search(q.group()) else "", out)
    return out.strip()


# A document's last sentence cut off where its page ends (…按照“三园”“四化”理念，全面提升烈士): no mark closes it, in a document
# whose other paragraphs end on theirs.
_CUT_CLAUSE = re.compile(r"[，：、]")
# A clause saying only from when what follows it holds (从2020年开始, 自今年起, 2021年以来), or by what means it came about
# (通过第一阶段摸排, 经过排查 — …，通过第一阶段摸排，全市提出了92个整 of 临沧's 2024 reply, hd26b), or on what grounds (三是根据2021年度
# 防灾减灾救灾工作考核情况 — …，进一步整合…议事协, rs8), or as of when (截至目前, 截至5月底 — …，截至目前，25个试点城中村, hd47a): a lead
# into the clause after it.
_LEADING_CLAUSE = re.compile(rf"(?:(?:从|自从?)[^，。；]{{1,12}}(?:开始|起)|[^，。；]{{1,12}}以来|(?:通过|经过)[^，。；]{{1,16}}"
                             rf"|(?:{ITEM_NUMBER})?(?:{words(BASIS_WORDS)})[^，。；]{{1,30}}"
                             rf"|(?:{words(CUT_OFF_WORDS)})[^，。；]{{1,12}}|{words(PRESENT_WORDS)})$")
# A clause naming only who tells what follows it (据…主任赵建信介绍, 另据了解, …负责人说, …表示): no statement without it.
_TELLER = re.compile(rf"(?:(?:另|又)?据[^，。；：]{{0,30}}?(?:介绍|了解|反映|透露)|[^，。；：]{{1,30}}?(?:{SPEECH_VERB}|说|介绍|透露))")
_PAIRED_MARKS = ("“”", "《》", "（）")
# A list of titles cut inside its next one (出台《…通知》《…考评办法》《舒城, hd37a): the titles closed before it are whole.
_TITLES_LISTED = re.compile(r"》[、和及与]?《$")
# What a cut may leave of a statement and be no fact: one short sentence of no figure, its heading (四是品牌优势持续提高。 of
# …四是品牌优势持续提高。开展).
_LEFT_HEADING = 20  # characters


def _read_whole(clause: str) -> bool:
    """Whether a cut clause holds figures read whole: not one ending on a number, nor on a year's first words (…对25个单位党组织
    2022年度组, cut in 2022年度组织生活会), which may be cut too; nor one ending on what its last figure counts: the subject of a
    statement the cut took, nothing said of it (…，截至目前，25个试点城中村, hd47a), or a name the cut may have taken part of
    (…，完成全省40万个公益 of 公益性岗位, hd59a)."""
    figures = find_figures(clause)
    told = bool(figures) and not (figures[-1].counts and clause.endswith(figures[-1].counts))
    return told and not re.search(r"\d\s?[^\d\s]{0,2}$|(?:19|20)\d{2}\s?年度?[^\d\s]{0,2}$", clause)


def _before_cut(body: str) -> str:
    """``body`` (its last sentence cut off, dropped) as a statement: nothing where all it keeps is a short sentence of no
    figure — its heading, what it headed cut away."""
    body = body.rstrip()
    single = len(re.findall(r"[。！？；]", body)) <= 1
    return "" if single and len(body) <= _LEFT_HEADING and not find_figures(body) else body


def finished_end(text: str) -> str:
    """``text``, a document's last statement cut off where its page ends, without the clause the cut left unfinished (its
    words may say what it never said: …，全面提升烈士; …，多渠道筹集资金启动该; …对机制落实“, a quotation opened), kept to its
    last whole clause; a sentence with only its setting left (:data:`SETTING`: 在我市…的背景下，去年3月，鼓楼区被认定为…近视防),
    or only part of its first clause and no figure (“相聚天水”合唱艺术活动市委、市政), is left out whole, and so is a piece
    of no clause after the last whole sentence (…稳定在100万吨以上。强; …研究部署安全生产工作。市政府主要领导和分管领导定期组织召开
    全市安全生产工作会, hd45a: a deed read whole where its page cut it); a statement it leaves only a heading of
    (四是品牌优势持续提高。开展) is none, and so is a short clause of no figure, all it keeps of its only sentence (坚持人民至上、
    生命至上 of …，广州市贯彻落实全国). A last clause holding figures read whole stays for them (…为 258 名…和 174 名 80 岁以上的
    经济困难老人开展上门: its counts are all there), marked as cut (:data:`~drafter.grammar.PAGE_CUT`: …，选派1名干部驻……). A list
    of titles cut in its next title keeps those it closed (:data:`_TITLES_LISTED`); a list cut in its last member (、) is its
    clause's, cut or kept whole with it, never cut short of its members (…读书班，通过专家辅导、现场教学、学习研讨 → …读书班: not
    通过专家辅导、现场教学, the means read whole), and so is one cut after a member's 、 (…；完成汪洲河路、沙嘴路、 → …800平方米。, hd52b).
    What it keeps of a sentence it marks cut after its last whole clause (…还得到收入并学会技术，还解 → …还得到收入并学会技术，……,
    hd53c; …同比增长36.4%, → …36.4%，……, hd53a; …文旅消费业态不断丰富，国 → …不断丰富，……, hd67b): the sentence went on, and
    no fact says it as whole."""
    kept = _finished_end(text)
    if kept == text or kept.endswith(PAGE_CUT):
        return kept
    kept = kept.rstrip("；;，,、：: ")
    return kept + "，" + PAGE_CUT if kept and not re.search(r"[。！？][”’）)」』]*$", kept) else kept


def _finished_end(text: str) -> str:
    """:func:`finished_end`'s cut, before its end is marked."""
    body = text.rstrip()
    if body.endswith(("，", ",")):  # (not a lead's colon: …主要做法如下：, whose items the cut took)
        return body.rstrip("，,")  # (cut after a whole clause: …推动城市间农业生产要素自由流动与分工协作，)
    body = body.rstrip("、")  # (cut after a member of a list: the list's clause cut, its last member maybe too)
    opening = max(body.rfind(c) for c in "。！？；") + 1
    # (cut inside a quotation: 你们反映的“关于进一步落实细化产业发展‘县有配套; …，对机制落实“ — the clauses before it stay; also
    # after a quote closed inside it: …负责人说：“我们新建的‘三瑞’, hd51b)
    unclosed = [body.rfind(a) for a, b in _PAIRED_MARKS if body.count(a, opening) > body.count(b, opening)]
    # (…坚持“党建+: a word joined on, cut; …在全省90个区、县（市）: a bracket closed inside a clause, cut after it, h258 — not a
    # bracket alone after the last stop, a credit: …持续改善。（陕西日报）)
    if not body or not (re.match(rf"[{CJK}\d“《（+＋]", body[-1]) or (body[-1] == "）" and body[opening:opening + 1] != "（")
                        or (body[-1] in "’”" and unclosed)):
        return text
    quoted = min(unclosed) if unclosed else None
    if quoted is not None and (listed := _TITLES_LISTED.search(body[:quoted + 1])):
        return body[:listed.start() + 1]  # (cut in the next title of a list: 出台《…通知》《…办法》《舒城 keeps the titles closed)
    breaks = list(_CUT_CLAUSE.finditer(body, opening, quoted if quoted is not None else len(body)))
    if not breaks:
        # (a line of no clauses, a credit or a date: 《中国教育报》2024年09月19日 第03版, no sentence run on; a piece after the last
        # sentence, of any length, is one cut: its figures kept marked, else it goes)
        if quoted is None and opening and _read_whole(body[opening:]) and not SETTING.match(body[opening:]):
            return body + PAGE_CUT  # (not a setting alone: 。在全省90个区县（市）, what it was to compare cut off)
        if quoted is None and opening == 0:
            return text
        return _before_cut(body[:opening])
    if breaks[-1].group() == "、" and (clauses := [b for b in breaks if b.group() != "、"]):
        breaks = clauses  # (a list cut in its last member goes whole: …，通过专家辅导、现场教学、学习研讨, hd45a)
    if quoted is None and _read_whole(body[breaks[-1].end():]):
        return body + PAGE_CUT
    kept = body[opening:breaks[-1].start()]
    # (…的背景下，去年3月，|鼓楼区被认定为…近视防: only its setting left; 三是根据…考核情况，|进一步整合…议事协: only its grounds)
    if (not kept or all(SETTING.match(c) or _LEADING_CLAUSE.fullmatch(c) for c in kept.split("，"))
            or (breaks[-1].group() != "，" and "，" not in kept and not find_figures(kept))):
        return _before_cut(body[:opening])
    # (the clause before the cut one only setting its time or its means: …开展美丽乡村创建工作，从2020年开始，力 — cut with it)
    # (what it keeps of a statement's only sentence may be a clause too short to say anything, no figure in it: 坚持人民至上、生命
    # 至上 of …，广州市贯彻落实全国; 强化全国全省全市“一盘棋”响应机制 of …，深刻吸取省内外有关 — a slogan, a fragment: none, hd28a)
    if len(breaks) > 1 and breaks[-2].group() == "，" and _LEADING_CLAUSE.match(body, breaks[-2].end(), breaks[-1].start()):
        return _before_cut(body[:breaks[-2].start()])
    # (or naming who tells what the cut clause said: …由此可见一斑。据…主任赵建信介绍，白水县苹果核心区目前 — the teller alone
    # is no statement, hd51b)
    if _TELLER.fullmatch(body, breaks[-2].end() if len(breaks) > 1 else opening, breaks[-1].start()):
        return _before_cut(body[:breaks[-2].start() if len(breaks) > 1 else opening])
    return _before_cut(body[:breaks[-1].start()])


# A document's sentence enacting it (…专项行动计划为全面贯彻落实…，现制定如下行动计划。; 为…，结合我市实际，特制定本方案。; 为…，制定
# 本办法。): its purpose and its making, no work done nor planned — never a fact. Its making is said as its own (现/特 制定…), or
# right after the purpose the sentence opens on (为…，[结合…实际，]制定本…): 年初，我局制定本年度工作计划。 reports work done.
ENACTING = re.compile(r"(?:现|特|特此|(?:^|\s)为[^。；！？]*[，,](?:[^。；！？，,]*实际[，,])?)(?:制定|制订|印发)(?:如下|本|以下)"
                      r"[^。；！？，]{0,12}?(?:方案|计划|意见|办法|措施|规划|要点|细则)[。！]?$")


# A report's note on itself as a document (本年度报告根据《…条例》…编制。全文包括概述、…。本年度报告的电子版可在…网站上下载。
# 如对本年度报告有疑问，请联系…办公室：佘剑球 电话：0736-7717061。 of a 政府信息公开年度报告, hd45c; 根据《…条例》规定编制本报告。
# 由杭州市上城区科学技术局编制。): how it was made, what
# it holds, where to get it, whom to ask about the report (or the page's document) itself — no work, and a person's telephone no fact. Not the report's
# period (本报告期内，全市共受理…) nor a bureau's service to whoever has a question (对林木采伐审批有疑问的群众，可联系…, rv9 2).
# (or the page's own document, its site's help line under it: 如果您对该政策文件有疑问，可以拨打标题上方的电话咨询相关部门, hd49a:
# grammar.QUESTIONS_ON_IT)
DOCUMENT_NOTE = re.compile(rf"^(?:{THIS_REPORT}[^。；！？]*?(?:编制|编写|包括|包含|分为|下载|查阅|获取)"
                           rf"|[^。；！？]*编制本(?:年度)?报告[。]?$|由[^。；！？，]{{2,30}}编制[。]?$|全文(?:共|包括|包含|分为)"
                           rf"|{QUESTIONS_ON_IT.pattern})")


def without_enacting(text: str) -> str:
    """``text`` without its sentences enacting its document (:data:`ENACTING`), sending it on (a reply's transmittal closing
    its opening paragraph, …具有重要意义。现根据我厅工作职能，将提案答复内容如下：, :data:`~drafter.grammar.TRANSMITTAL`, rs8) or
    noting what it is as one (:data:`DOCUMENT_NOTE`, never one holding a figure). A transmittal goes up to its colon only: what
    follows it in its sentence is the statement it announces (现将有关情况答复如下：一是2023年我局投入资金500万元…, rv18 4)."""
    sentences = _WHOLE_SENTENCE.split(text)
    kept = [_after_transmittal(s) for s in sentences if not ENACTING.search(s.strip())
            and not (DOCUMENT_NOTE.match(normalise(s).strip()) and not find_figures(s))]
    return text if kept == sentences else "".join(kept).strip()


def _after_transmittal(sentence: str) -> str:
    """``sentence`` without a transmittal opening it (:data:`~drafter.grammar.TRANSMITTAL`, not a notice issuing a document,
    :data:`~drafter.grammar.ISSUING`): what follows its colon, nothing if none does."""
    norm = normalise(sentence)
    lead = len(norm) - len(norm.lstrip())
    sent = TRANSMITTAL.match(norm[lead:])
    if not sent or ISSUING.match(norm[lead:].strip()):
        return sentence
    colon = norm.find("：", lead + sent.end())
    return sentence[colon + 1:] if colon >= 0 else ""


# A lede's day that lost its 月 and 日 (111下午2022年全省应急管理工作会议…召开 for 1月11日下午, rs8): digits and the part of the day,
# opening the text — no words of it.
LOST_DAY = re.compile(rf"^\d{{2,4}}{DAY_TIME}，?")


# A garbled run a mirror left where it lost characters (:data:`~drafter.grammar.GARBLED`). Its sentence says
# what the page no longer does: no fact is read from it — unless it reports a figure, whose sentence a reader still reads
# (由醫(yī)?;鹭?fù)擔(dān)，財(cái)政按照實(shí)際費(fèi)用的30%予以補(bǔ)助) up to its last clause of a figure or of no garble: garbled clauses
# after its figures go (…3條旅遊線路，…優選目的地，連續7年蟬聯全國縣域旅遊綜合實力百?gòu)?qiáng)縣: the last one, hd13).
# A sentence ends after its stop and the closing mark of a quotation it ends (…一饱眼福！” / 张澜故居管理所所长李晓松介绍，…, hd65c).
_WHOLE_SENTENCE = re.compile(r"(?<=[。！][”’])|(?<=[。！])(?![”’])|(?<=？[”’])|(?<=？)(?![?？,，A-Za-z\u00c0-\u024f”’])")
_QUOTE_ENDS = re.compile(r"[。！？][”’]\s*$")


def _quote_ended(sentence: str) -> bool:
    """Whether ``sentence`` (a piece of :data:`_WHOLE_SENTENCE`) ends a quotation, who said it to follow (“…引领。” / 余杭区商务局相关
    负责人介绍，…): where a reader keeps a quotation with its speaker, the two are one sentence."""
    return bool(_QUOTE_ENDS.search(sentence))


def without_garbled(text: str) -> str:
    """``text`` without its sentences that hold a garbled run and no figure (:data:`~drafter.grammar.GARBLED`), and a sentence with a figure
    without the garbled clauses after its last clause of a figure or of no garble; a ? the garbling left ends none."""
    if not GARBLED.search(text):
        return text
    return "".join(_garble_cut(s) for s in _WHOLE_SENTENCE.split(text)
                   if not GARBLED.search(s) or find_figures(s, normalise(s))).strip()


def _garble_cut(sentence: str) -> str:
    """``sentence`` (a figure in it) up to its last clause holding a figure or no garbled run, ended as a sentence."""
    if not GARBLED.search(sentence):
        return sentence
    clauses = re.split(r"(?<=[，；;])|(?<=,)(?!\d)", sentence)  # (not inside 1,000)
    last = max((k for k, c in enumerate(clauses) if not GARBLED.search(c) or find_figures(c, normalise(c))), default=-1)
    if last in (-1, len(clauses) - 1):
        return sentence
    return "".join(clauses[:last + 1]).rstrip("，,；; ") + "。"


# A news item's paragraph opening on whom its reporter heard it from (据介绍，…组建97个…; 据悉，近年来我市…; 从邢台市绿委办获悉，
# 邢台市明确…, hd45b: :data:`_HEARD_FROM`): the reporter's attribution, no part of the fact — what the bureau told them is its
# work, no hearsay (:data:`HEARSAY`) of a reply's; the day they heard it with it (2月27日，从市交通运输局了解到，今年…, hd58a).
_SOURCE_SAID = re.compile(rf"^(?:(?:\d{{1,2}}月\d{{1,2}}日|近日|日前)，)?(?:(?:另|又)?据(?:介绍|悉|了解)|(?:记者)?{_HEARD_FROM.pattern})[，,]\s*")


# A visiting group's headcount (“美丽中国·寻找福建最美茶乡”摄影采风团成员三十多人, 视察组一行12人): who came, no work figure (hd61b).
VISITING_GROUP = re.compile(rf"(?:{words(INSPECTING_VERBS, _GROUP_VISITS, _GROUP_REVIEWS, ('采风', '观摩', '访问', '代表'))})(?:团|组)"
                            r"(?:成员|团员|组员)?$|一行$")


TOLD_AGAIN = 3  # figures: a statement telling this many of an earlier one's again, of its kind and period, is that one (this many
# told before, each once — not 100% said of three things — one of no year is a recap)


def statement_figures(text: str, norm: str) -> list[Figure]:
    """The figures a statement ``text`` (``norm`` its normalised form) tells as its own: not those of a name quoted, a standard,
    a rank's field or a visiting group's headcount (:data:`VISITING_GROUP`)."""
    figures = find_figures(text, norm)
    figures = quoted_not_own(norm, figures, figure_positions(text, figures))
    figures = without_standards(norm, figures, figure_positions(norm, figures))
    figures = without_repeated_fields(norm, figures, figure_positions(norm, figures))
    figures = [g for g in figures if not (g.unit == "人" and VISITING_GROUP.search(g.counts or ""))]
    return without_named_again(norm, figures, figure_positions(norm, figures))


def told_key(figure: Figure) -> tuple:
    """What a figure tells, wherever it is said: its value, unit and scale, and the thing it counts (:func:`normalise_counts`:
    累计投入 and 投入 one; 新建公园2个 and 新建公厕2个 two)."""
    return figure.value, figure.unit, figure.scale, normalise_counts(figure.counts)


def told_by(figures: list[Figure], told: list[set[tuple]]) -> set[tuple]:
    """The keys (:func:`told_key`) of ``figures`` one earlier statement of ``told`` (each's keys) all tells."""
    keys = {told_key(g) for g in figures}
    return max((keys & earlier for earlier in told), key=len, default=set())


def untold(text: str, told: list[set[tuple]]) -> str:
    """``text`` without its clauses (parted by ；) every figure of which one earlier statement of ``told`` (:func:`told_by`)
    tells: what a recap tells anew, a stop closing it; "" when it tells nothing new."""
    clauses = [(c, statement_figures(c, simplified(normalise(c)))) for c in re.split(r"(?<=；)|(?<=。)", text.strip()) if c.strip()]
    kept = [(c, figures) for c, figures in clauses if len(told_by(figures, told)) < len({told_key(g) for g in figures})]
    return "".join(c for c, _ in kept).rstrip("；，。 ") + "。" if any(figures for _, figures in kept) else ""


def _statements(out: Outline, formulas, reported: bool, doc_month: int | None = None) -> list[tuple[Unit, str, bool]]:
    """Each body unit of ``out`` with its text less the set formulas (and, in a ``reported`` page, no reply, the reporter's
    attribution: :data:`_SOURCE_SAID`), and whether it restates the reader's suggestion: a unit opening on a restatement gives two
    (:func:`restated_split`); its plan cut off where it begins (:func:`plan_split`, in a document of ``doc_month``)."""
    found = []
    # (a page that keeps its stops: the unit before the last ends on one; a text that lost them all, or a list whose items
    # go without them, is no cut page; not one cut from the last one's paragraph at a comma, …等突出问题 before ，针对存在问题，…)
    def ends_stopped(unit: Unit) -> bool:  # (or a lead's colon: 下一步，我们将重点做好以下几项工作：, hd45b; …水平。〔牵头科室：…〕)
        return bool(re.search(r"[。！？；：:][”’）)]*$", DUTY_TAG_END.sub("", unit.text.rstrip())))
    before = next((u for u in reversed(out.units[:-1]) if ends_stopped(u) or u.block is not out.units[-1].block), None)
    # (or, the page one paragraph, whose sentences before its last keep their stops: …做好家庭教育工作。此机制属于协调指挥机制，
    # 根据省委办公厅…《关于进一步加强和完善机构编, hd32c)
    stopped = ends_stopped(before) if before is not None else bool(out.units) and bool(
        re.search(r"[。！？]", out.units[-1].text.rstrip()[:-1]))
    for unit in out.units:
        said, text = restated_split(without_reporting(without_enacting(without_garbled(without_formulas(unit.text, formulas)))))
        text = LOST_DAY.sub("", text)
        text = _SOURCE_SAID.sub("", text) if reported else text
        if ITEM_NAMED_ALONE.match(normalise(text.strip())):
            continue
        if unit is out.units[-1] and not out.back and stopped:
            text = finished_end(text)
        found += [(unit, said, True)] if said else []
        honours = HONOURS_AFTER_LEAD.search(text) if unit.role == "lead" else None
        if honours and honours.start() >= MIN_CHARS:  # (the honours a lead goes on to are results, no introduction)
            found += _runs(unit, text[:honours.start()], doc_month)
            found += [(replace(unit, role="para"), text[honours.start():], False)]
            continue
        found += _runs(unit, text, doc_month)
    return found


def _runs(unit: Unit, text: str, doc_month: int | None = None) -> list[tuple[Unit, str, bool]]:
    """:func:`readers_report_split` of ``text``, outside a plan's section a run of the bureau's own cut where its plan begins
    (:func:`plan_split`), inside one its deeds done cut out (:func:`deeds_split`, of a done section), and a leader's deeds with
    figures cut out of it (:func:`leaders_split`, context)."""
    def planned(run: str) -> list[tuple[Unit, str]]:
        if unit.section_class != PLAN:
            return [(unit, part) for part in plan_split(run, doc_month)]
        return [(replace(unit, section_class=DONE) if done else unit, part) for part, done in deeds_split(run, doc_month)]
    return [(own, led, told or by_leader) for run, told in readers_report_split(text)
            for own, planned_run in ([(unit, run)] if told else planned(run)) for part in place_split(planned_run)
            for led, by_leader in leaders_split(part)]


# A sentence whose doer is a leader, by title and name (2017年7月30日，州委常委、州人民政府常务副州长赵克义同志围绕…召开…) or by surname and
# title (赵常务对…十分重视，当场安排规划费20万元): that leader's act, not the bureau's (hd32a); the sentences after it naming no doer of
# their own go on with it, up to one the bureau or its place speaks in (我委接受任务后，…再增加30万元).
LEADER_OPENS = re.compile(rf"^(?:(?:19|20)\d{{2}}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?[，,]?)?(?:[^，。；！？]{{0,30}}?"
                          rf"(?:书记|常委|[省市州县区]长|主任)[{CJK}]{{2,3}}同志|[{CJK}](?:常务|书记|[省市州县区]长))(?![效期远久])(?=[{CJK}，])")


def leaders_split(text: str) -> list[tuple[str, bool]]:
    """``text`` as its runs, each with whether it tells a leader's deeds (:data:`LEADER_OPENS`) with figures (:func:`find_figures`:
    a sum they granted is never the bureau's result); ``[(text, False)]`` where it tells none."""
    sentences = [x for x in _WHOLE_SENTENCE.split(text) if x.strip()]
    runs: list[tuple[str, bool]] = []
    led = False
    for sentence in sentences:
        norm = normalise(sentence).strip()
        led = bool(LEADER_OPENS.match(norm)) or (led and not re.match(rf"^[^，。；！？]{{0,12}}?(?:{_WE})", norm))
        if runs and runs[-1][1] == led:
            runs[-1] = (runs[-1][0] + sentence, led)
        else:
            runs.append((sentence, led))
    runs = [(run.strip(), led and bool(find_figures(run))) for run, led in runs]
    if not any(led for _, led in runs):
        return [(text, False)]
    merged: list[tuple[str, bool]] = []
    for run, led in runs:  # (a leader's run of no figure stays with the text around it)
        if merged and not led and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + run, False)
        else:
            merged.append((run, led))
    return merged


def plan_split(text: str, doc_month: int | None = None) -> list[str]:
    """``text`` cut before its first sentence opening on what is to be done (:data:`WILL`, :data:`PLAN_WORDED`; someone's words
    saying it, :func:`announces`), only sought
    (:data:`SOUGHT_NOW`) or a document's targets (:func:`document_proposes`), on what the work
    is to bring (:data:`EFFECT_EXPECTED`) or on a month to come of a document of ``doc_month`` (:func:`month_ahead`), or whose
    figures are all intended (:func:`intended_only`) where it opens on none: …完善区域路网结构。 / 后续我局将根据建设条件及研究进度，科学安排项目
    实施时序。 — a plan, not part of the result before it."""
    sentences = [part for s in _quoted_sentences(text) for q in _said_turn(s) for d in _deadline_turn(q) for w in _will_turn(d)
                 for part in _forecast_turn(w)]
    planned = [_planned(n, doc_month) or bool(_DEADLINE_AIM.match(n)) or bool(FORECAST_CLAUSE.match(n)) or announces(said)
               for said in (normalise(s).lstrip() for s in sentences) for n in [_without_speaker(said)]]
    at = next((k for k, p in enumerate(planned) if p), None)  # (a plan from its first sentence on is one plan)
    if not at:
        return [text]
    rest = "".join(sentences[at + 1:]).strip()
    if FORECAST_CLAUSE.match(normalise(sentences[at]).lstrip()) and ALREADY.match(normalise(rest)):
        # (…剩余1个内涝点…预计…可全部完工。已完成…48个院落改造: a forecast among results, a plan of its own)
        return ["".join(sentences[:at]).strip(), sentences[at].strip(), *plan_split(rest, doc_month)]
    return ["".join(sentences[:at]).strip(), "".join(sentences[at:]).strip()]


# …or a year named as an aim's (…实施“五百工程”，即：力争到2022年全市培育百个…龙头企业, hd54a).
_YEAR_AIM = rf"(?:{STRIVE})(?:于|到|至)?(?:19|20)\d{{2}}年"
_DEADLINE_AIM = re.compile(rf"{DEADLINE_AIM}|{_YEAR_AIM}")
_DEADLINE_TURN = re.compile(rf"(?:[，；]|[，；]?即?：)\s*(?={_DEADLINE_AIM.pattern})")


def _deadline_turn(sentence: str) -> list[str]:
    """``sentence`` cut, its comma dropped, before the aim a deadline sets after work told (…积极贯彻落实…出台《郑州市乡村旅游民宿
    高质量发展实施意见》，在两年内，争取按照A级旅游景区标准把…等10个美丽乡村，打造成…康养旅游示范村。, hd43b: what was done, then the
    target, two facts); whole where what stands before it is no clause of work (同时，在两年内，争取…)."""
    m = _DEADLINE_TURN.search(normalise(sentence))
    if not m or len(CJK_CHAR.findall(sentence, 0, m.start())) < MIN_CHARS:
        return [sentence]
    return [sentence[:m.start()], sentence[m.end():]]


# A clause opening on the bureau or its place saying what it will do (:data:`WILL`), after clauses telling work done
# (:data:`_DEED_TOLD`, past their setting: not 为了进一步加强…，我们将…, 在已有基础上，我们将…): …2020年3月以市政府办文件批准印发，
# …战略定位进一步明确，我们将以…为指导，…进一步指导各县市区编制… (hd57b) — the plan, cut from the deeds before it.
_WILL_TURN = re.compile(rf"[，；](?=(?:{_WE})(?:还|也|仍)?(?:将|拟|计划|{_PLANNING}))")
_DEED_TOLD = re.compile(rf"{TOLD_DONE.pattern}|完成|实现|建成")


def _will_turn(sentence: str) -> list[str]:
    """``sentence`` cut, its comma made a stop, before its first clause of what the bureau or its place will do
    (:data:`_WILL_TURN`) after clauses of work done; whole otherwise."""
    norm = normalise(sentence)
    for m in _WILL_TURN.finditer(norm):
        clauses = norm[:m.start()].split("，")
        told = "，".join(clauses[next((k for k, c in enumerate(clauses) if not SETTING.match(c)), len(clauses)):])
        if _DEED_TOLD.search(told) and WILL.match(norm[m.end():]):
            return [sentence[:m.start()].rstrip() + "。", sentence[m.end():]]
    return [sentence]


# A forecast of works to be finished (剩余1个内涝点及3条黑臭水体预计海绵总验收前可全部完工, hd45c): its clause, the last of its sentence,
# said after results (…占示范区面积的96.9%，), is no result — nor one saying it done (已). Not the year's estimate
# (预计全年完成造林面积5.2万亩 under 2024年工作回顾: its result, :func:`~.structure.estimates_year`, rv9 4) nor an output's, an
# output's figure after its 完成 (OUTPUT_FIGURE: 预计完成投资5亿元, 预计到年底全部完成投资5亿元, rv12; 预计年底前完成造林3000亩, 预计完成
# 接待游客300万人次, rv13): what is forecast is works finishing (剩余3个预计年内完成, rv10 1; 预计年底前全部完成剩余12个小区改造, rv11).
# With it, the clauses after it telling what the works will bring (一期工程预计于2016年完成，将解决当地群众5万人的饮用水问题, hd50b:
# its 5万人 a target, no result of 2016).
FORECAST_CLAUSE = re.compile(rf"^(?!.*已)[^，。；！？]{{0,24}}?(?:{FORECAST_VERBS}|有望)(?!全年)[^，。；！？]*?"
                             rf"(?:完工|完成(?![^，。；！？]*?{OUTPUT_FIGURE})|建成|竣工|投用|投入使用|投产|通车)[^，。；！？]*"
                             r"(?:[，；](?:并|从而|届时)?(?:可|将|能够?)(?!近)[^，。；！？]*)*[。！？]?$")


def _forecast_turn(sentence: str) -> list[str]:
    """``sentence`` cut, its comma dropped (its stop kept on the results before it), before its last clauses when they are a
    forecast (:data:`FORECAST_CLAUSE`, with what it will bring) after clauses of work told; whole otherwise."""
    norm = normalise(sentence)
    for at in reversed([m.start() for m in re.finditer(r"[，；]", norm)]):
        last = sentence[at + 1:]
        if at >= MIN_CHARS and last.count("）") <= last.count("（") and FORECAST_CLAUSE.match(norm[at + 1:].strip()):
            return [sentence[:at].rstrip() + "。", last]
    return [sentence]


def _planned(norm: str, doc_month: int | None) -> bool:
    """Whether the sentence ``norm`` opens a plan (:func:`plan_split`)."""
    return bool(WILL.match(norm) or PLAN_WORDED.match(norm) or intended_only(norm) or FORECAST_REACH.match(norm)
                or (EFFECT_EXPECTED.match(norm) and not ALREADY.search(norm))
                or (FURTHER.match(norm) and not DONE_WORDS.search(norm)) or SEEKING.match(norm)
                or SOUGHT_NOW.match(norm) or document_proposes(norm) or month_ahead(norm, doc_month) or PLAN_SWITCH.match(norm))


_NEXT_STEP_TURN = re.compile(rf"，(?={NEXT_STEP})")


# A body founded or a document made, said done (我市成立了…领导小组, 印发了…方案; revised, its verb doubled: 2022年，我省…修订完善了
# 《河南省防汛专项应急预案》, hd52c): past, even under a plan's heading (hd45b) — not what is to be (将成立…) nor a deed denied.
FOUNDED = re.compile(rf"^(?:(?!{TO_COME_WORDS}|确保|争取|目标)[^，。；！？])*?(?<![将不未没])"
                     rf"(?:{words(FOUNDING_VERBS, ('印发', '修订', '修编', '制订'))})(?:完善)?了")


def deeds_split(text: str, doc_month: int | None = None) -> list[tuple[str, bool]]:
    """``text``, a plan's item, as its runs, each with whether it tells a deed finished with its count (:data:`DEED_COUNTED`) or a
    body founded (:data:`FOUNDED`), in a sentence not itself a plan's (:func:`plan_split`): …规划建设…全民健身中心。积极向上级争取体育健身器材，申请到省级体育健身器材7套，…。
    重点安装在… — the equipment won is a result of the item's time, the sentences around it the plan; ``[(text, False)]`` where
    none tells one. A sentence turning to the next step after its comma (…方案已于2021年6月评审通过，下一步我局将…争取资金推进项目
    实施, hd43b) is two, its comma dropped."""
    runs: list[tuple[str, bool]] = []
    for sentence in (part for s in _quoted_sentences(text) for part in _NEXT_STEP_TURN.split(s)):
        said = normalise(sentence).lstrip()
        norm = _without_speaker(said)
        done = not _planned(norm, doc_month) and not announces(said) and any(
            DEED_COUNTED.search(clause) or FOUNDED.search(clause) for clause in re.split(r"(?<=[，；])", norm))
        if runs and runs[-1][1] == done:
            runs[-1] = (runs[-1][0] + sentence, done)
        else:
            runs.append((sentence, done))
    return [(run.strip(), done) for run, done in runs] if any(done for _, done in runs) else [(text, False)]


def _quoted_sentences(text: str) -> list[str]:
    """The sentences of ``text``, a quotation's with who said it after its closing mark (“本次活动旨在…。”市司法局相关负责人表示，
    下一步，…): one sentence."""
    found: list[str] = []
    for s in (s for s in _WHOLE_SENTENCE.split(text) if s.strip()):
        if found and (s.lstrip()[:1] in "”’" or _quote_ended(found[-1])):
            found[-1] += s
        else:
            found.append(s)
    return found


# The first clause of someone's words saying what will be done (SAID_WILL: 霍纪东表示，衡水市将饮用水水源环境保护工作重点向农村转移，…):
# whatever its verb, 将 said of a place's work to come (将 as 把 of a deed done, 已将…, 将3家企业…, 将…提高到…, is not).
_WILL_SAID = re.compile(rf"[^，。；：！？]*?(?:{SAID_WILL.pattern})")


def announces(norm: str) -> bool:
    """Whether the sentence ``norm`` opens on someone's words (:func:`speech_frame`) whose first clause says what will be done
    (:data:`_WILL_SAID`): what they announce, a plan, and the sentences after it, no subject of their own, go on with it
    (…累计输水7.6217亿立方米！霍纪东表示，衡水市将…向农村转移，建立乡镇级水源地清单…。推进饮用水水源环境安全隐患排查整治。, hd49b)."""
    frame = speech_frame(norm)
    return bool(frame) and bool(_WILL_SAID.match(norm, frame.end()))


# The closing mark of a quotation's last sentence (…累计输水7.6217亿立方米。”霍纪东表示，…).
_QUOTE_CLOSED = re.compile(r"(?<=[。！？])”")


def _said_turn(sentence: str) -> list[str]:
    """``sentence`` cut after the closing mark of a quotation opened in a sentence before it (“…。上半年开展了…累计输水7.6217亿
    立方米。”霍纪东表示，衡水市将…) when who said it goes on to what will be done (:func:`announces`): the quotation's last sentence,
    then the plan; whole otherwise (a quotation of its own sentence, “本次活动旨在…。”市司法局相关负责人表示，下一步，…, is said
    with who said it)."""
    m = _QUOTE_CLOSED.search(sentence)
    if not m or "“" in sentence[:m.start()] or not announces(normalise(sentence[m.end():]).lstrip()):
        return [sentence]
    return [sentence[:m.end()], sentence[m.end():]]


def _without_speaker(norm: str) -> str:
    """``norm`` after the frame of someone's words opening it (:func:`speech_frame`): what they said."""
    frame = speech_frame(norm)
    return norm[frame.end():] if frame else norm


# A sentence telling on the deed of the sentence before, no doer of its own: an addition (同时, 此外), the doer's pronoun (该局, 其) or
# an adverb of the same doer (并, 还, 也), or the count so far (目前, 截至…, 累计).
_TELLS_ON = re.compile(rf"^(?:{words(ADDING_WORDS)}|该[局委办]|其|并|还|也|又|目前|截至|截止|累计)")


def own_split(text: str, opens_own: Callable[[str], bool]) -> list[str]:
    """``text``, a news paragraph, cut around the sentences telling its bureau's own deed (``opens_own``: its bureau named as
    the doer) where it opens on another's: 活动现场，台州学院温岭研究院和温峤镇…达成合作…。 / 温岭市科技局发布了…中榜名单，…并向中榜单位
    发放任务书。 / 锦超特种装备与江苏大学…现场签订合作协议… — the bureau's deed, done, between others' (hd44a); the sentences after it
    telling on it (:data:`_TELLS_ON`) stay with it."""
    sentences = [x for x in _WHOLE_SENTENCE.split(text) if x.strip()]
    norms = [simplified(normalise(x)).strip() for x in sentences]
    at = next((k for k in range(1, len(sentences)) if opens_own(norms[k])), None) if norms and not opens_own(norms[0]) else None
    if at is None:
        return [text]
    end = next((k for k in range(at + 1, len(sentences)) if not _TELLS_ON.match(norms[k]) and not opens_own(norms[k])),
               len(sentences))
    return ["".join(sentences[:at]).strip(), "".join(sentences[at:end]).strip(),
            *(own_split("".join(sentences[end:]).strip(), opens_own) if end < len(sentences) else [])]


# A place's development as a whole (经济社会发展, 国民经济和社会发展): what a briefing on the place's years tells, every field's.
PLACE_OVERVIEW = re.compile(r"经济(?:和)?社会(?:事业)?发展")


def field_split(text: str, in_field: Callable[[str], bool]) -> list[str]:
    """``text`` cut where its sentences pass into or out of the bureau's field (``in_field``): 坚持优先发展教育，…“大班额”问题全部解决。
    深化实施学校党建品牌创建工程…提档升级。 / 持续加大产业扶贫…全县85个省定扶贫工作重点村全部摘帽… — the place's schools, then its
    poverty relief, no work of the bureau's (hd48e)."""
    runs: list[list] = []
    for sentence in (x for x in _WHOLE_SENTENCE.split(text) if x.strip()):
        said = in_field(simplified(normalise(sentence)))
        if runs and runs[-1][1] == said:
            runs[-1][0] += sentence
        else:
            runs.append([sentence, said])
    return [run.strip() for run, _ in runs] or [text]


# Places listed together opening a clause as its subject (荣成市、环翠区已先后入选首批、第二批省级全域旅游示范区): (the list).
JOINT_SUBJECT = re.compile(rf"(?:^|(?<=[，“]))(?P<places>(?:[{CJK}]{{2,6}}?[区县市州旗][、和与及])+[{CJK}]{{2,6}}?[区县市州旗])(?=[{CJK}])(?![、和与及])")


def joint_subject(norm: str) -> list[str]:
    """The places of the first sentence's clauses listed together as their subject (:data:`JOINT_SUBJECT`), each a place; none
    where it holds a figure (荣成市、环翠区分别完成投资5亿元、3亿元: each place's own, or theirs together, never one's)."""
    first = _first_sentence(norm)
    found = []
    for m in JOINT_SUBJECT.finditer(first):
        names = re.split(r"[、和与及]", m.group("places"))
        if all(is_place(n) for n in names):
            found += names
    return found if found and not find_figures(first) else []  # (the cheap search first: a figure's parse only for its places)


def joint_split(text: str, named: Callable[[str], bool]) -> list[str]:
    """``text`` cut around the sentences whose subject lists a place among others (``named``: of its :func:`joint_subject`):
    「“在文登区上榜…前，荣成市、环翠区已先后入选首批、第二批省级全域旅游示范区。目前，我市总体获评数量占比全省第一。”市文化和旅游局
    工作人员说，…」 of a 威海 page — the first sentence is 环翠区's too, the rest the city's (hd46b). A quotation cut is closed
    on each side: the sentence cut from its opening quote mark is stated without it, the words after it open on one."""
    sentences = [x for x in _WHOLE_SENTENCE.split(text) if x.strip()]
    marks = [named(simplified(normalise(x)).strip()) for x in sentences]
    if len(sentences) < 2 or not any(marks):
        return [text]
    parts: list[str] = []
    for k, sentence in enumerate(sentences):
        if k and marks[k] == marks[k - 1]:
            parts[-1] += sentence
        else:
            parts.append(sentence.strip())
    for k, part in enumerate(parts):
        if part.count("“") > part.count("”") and part.startswith("“"):
            parts[k] = part[1:]
        elif part.count("”") > part.count("“"):
            parts[k] = "“" + part
    return parts


# A sentence opening on a place as its subject, after a word adding it to the one before at most (此外，余杭商务部门还创新…): the
# place's, or the department of the place its stem names (STEM_DEPARTMENT).
_PLACE_OPENING = re.compile(rf"^(?:{words(SHORT_ADDING_WORDS)})?，?(?:{SUBJECT_PLACE.pattern[1:]}|{STEM_DEPARTMENT.pattern[1:]})")


def opens_on_own(norm: str) -> bool:
    """Whether the first sentence of ``norm`` opens, after its item number, time and setting, on the bureau or its own place
    (:data:`_OWN_OPENING`)."""
    first = SUBJECT_LEAD.sub("", _first_sentence(norm), count=1)
    return any(_OWN_OPENING.match(clause) for clause in _subject_clauses(first.split("，")))


def speaks_as_own(norm: str, place: str | None) -> bool:
    """Whether a clause of the first sentence of ``norm`` opens, after its item number and time, on ``place`` as its own pages name
    it (:func:`~drafter.workspace.place_own_word`: 全省4市做典型发言，我市是其中之一… in 驻马店市's news — 全省 the province's scope,
    我市 the subject)."""
    word = place_own_word(place) if place else None
    return bool(word) and any(clause.startswith(word, SUBJECT_LEAD.match(clause).end())
                              for clause in _first_sentence(norm).split("，"))


def place_split(text: str) -> list[str]:
    """``text`` cut before each sentence opening on a place as its subject other than the place its part opens on (红河州各级各部门
    始终…打造了一批美丽乡村。石屏县坚持党建引领…: the county's work, not the 州's; 2020年，任泽区…完成造林面积3.5万亩…。南和区…
    完成造林面积1.71万亩…。临西县…: three districts' results, each its own, hd45b; 此外，余杭商务部门还创新布局… after 杭州市商务局公布…:
    the district's, h258), where the text opens on one. A quotation is no sentence of its own: it opens the one naming who said it,
    whose place is the speaker's unit's (“…引领。”余杭区商务局相关负责人介绍，…), the speaker's words ending at a sentence naming a place
    as its subject (此外，余杭商务部门还创新…), the same or another. A clause after ； is cut as a sentence is, its ； made a stop
    (武陟县开放…7条县乡道；孟州市开放…5条县乡道路；…: each county's deed its own, hd54b), and so is one opening on a name doing what
    the places listed before it did (:func:`_place_pieces`: …；修武开放…9条道路). Where it opens on the central authorities
    (:data:`CENTRAL`), it is cut too before a sentence opening on the bureau or its own place (:func:`opens_on_own`): 党中央、国务院历来
    高度重视长城保护。…我市的长城资源丰富…总长度约1500多公里 — the policy, then the place's own state with its figures (hd57b)."""
    return [piece for piece, _ in _place_pieces(text)]


def stem_listed(text: str, norm: str) -> bool:
    """Whether the statement ``norm`` is a clause of ``text`` (from one of its sentences on: the words before may have gone, 记者从…
    获悉，) opening on a name doing what the places listed before it did (:func:`_place_pieces`: 修武开放…9条道路 after 温县开放…；):
    a place by its stem, none of the place's before it, hd54b."""
    text = normalise(text)
    return any(by_stem and norm.startswith(piece.lstrip()[:6]) for start in (0, *(m.end() for m in re.finditer("[。！？]", text)))
               for piece, by_stem in _place_pieces(text[start:])[1:])


@lru_cache(maxsize=1024)
def _place_pieces(text: str, verb: str = "") -> tuple[tuple[str, bool], ...]:
    """:func:`place_split`'s pieces, each with whether it was cut as a clause after ； opening on a name doing by the same
    ``verb`` what the place before it did, ``verb`` given where the text goes on with a list of places doing it (:func:`_parallel_stem`);
    never a clause after the first place's (鲤城区共有小学30所；初中共有12所；…: one place's figures, rv18 1). Cached: :func:`stem_listed`
    reads a paragraph's pieces from each of its sentences on, those after the first cut the ones place_split read (武陟县开放…；…)."""
    sentences: list[str] = []
    for piece in (s for s in _CLAUSE_OR_SENTENCE.split(text) if s.strip()):
        quoted = sentences and (sentences[-1].count("“") > sentences[-1].count("”") or _quote_ended(sentences[-1]))
        sentences[-1:] = [sentences[-1] + piece] if quoted else [*sentences[-1:], piece]
    opening = normalise(sentences[0]).lstrip() if sentences else ""
    first = subject_place(opening) if len(sentences) > 1 else None
    central = len(sentences) > 1 and bool(CENTRAL.match(opening))
    if not first and not (verb and len(sentences) > 1) and not central:
        return ((text, False),)
    whole = normalise(text)
    # (a speaker's words end where a sentence names its own subject; so do published data's, …数据显示，余杭全区实现…, hd48c)
    spoken = bool(_QUOTED.match(opening) or SAID.match(opening) or DATA_SHOWN.search(opening))
    listing = verb
    verb = verb or (opening[len(first):len(first) + 2] if first and opening.startswith(first) else "")

    def cut(k: int) -> bool | None:
        """True where sentence ``k`` opens on another place, False where it is a listed name's clause, None if neither."""
        n = normalise(sentences[k]).lstrip()
        if central and (opens_on_own(n) or LOWER_GOVERNMENT.match(SUBJECT_LEAD.sub("", n, count=1))):
            return True
        if _PLACE_OPENING.match(_QUOTED.sub("", n)) and subject_place(n, whole) not in (None, *(() if spoken else (first,))):
            return True
        return False if listing and sentences[k - 1].endswith("；") and _parallel_stem(n, verb, first) else None

    at = next(((k, by) for k in range(1, len(sentences)) if (by := cut(k)) is not None), None)
    if not at:
        return ((text, False),)
    rest = _place_pieces("".join(sentences[at[0]:]).strip(), verb)
    return ((re.sub(r"；$", "。", "".join(sentences[:at[0]]).strip()), False), (rest[0][0], not at[1]), *rest[1:])


_CLAUSE_OR_SENTENCE = re.compile(rf"{_WHOLE_SENTENCE.pattern}|(?<=；)")


def _parallel_stem(clause: str, verb: str, place: str | None) -> bool:
    """Whether ``clause``, after a ；, opens on a name other than ``place`` doing by ``verb`` (two characters) what the place
    before it did (温县开放马武路等4条道路；修武开放金云路…等9条道路: 修武, a county by its stem, hd54b), a name that may be a place's
    (not 其中, 全年)."""
    m = re.match(rf"([{CJK}]{{2,3}}?){verb}", clause) if len(verb) == 2 and re.fullmatch(f"[{CJK}]+", verb) else None
    return bool(m) and not (place or "").startswith(m.group(1)) and any(is_place(m.group(1) + level) for level in "县市区")


# A sentence after a report's opening telling what the place or bureau was honoured with (…各项工作取得了新进展新成效。三门县被省委
# 省政府评为全省人民调解工作先进县，…。县司法局被评为全省“八五”普法中期成绩突出单位。): from there on results, not the lead.
HONOURS_AFTER_LEAD = re.compile(r"(?<=[。！？])[^。；！？]{0,24}?(?:被[^。；！？，]{0,20}?(?:评为|授予|命名为|列为)|荣获|获评)")


# The assembly a report is read to, greeted (主任、各位副主任、各位委员：, 各位代表：), or a press conference's guests (各位来宾，各位媒体记者
# 朋友们：, hd70b): no statement.
_GREETING = rf"(?:[^：，。、]{{1,8}}[、，])*{ADDRESS_FORM}[：:]"
ASSEMBLY_SALUTATION = re.compile(rf"^{_GREETING}$")
# …and greeted after the report's heading run on one line with it (2020年开封市政府工作报告 1月16日，市长高建军在…会议上作《政府工作报告》
# 各位代表：, hd67a): the title, date and speaker no statement either.
_HEADED_GREETING = re.compile(rf"^[^。；！？：]{{0,120}}?{_GREETING}\s*")


def presenting(bare: str) -> bool:
    """Whether ``bare`` is a report's one sentence presenting it (现在，我代表市人民政府向大会报告政府工作，请予审议…), with the
    heading and the greeting before it when a page ran them on one line (:data:`_HEADED_GREETING`)."""
    greeted = _HEADED_GREETING.match(bare)
    return bool(PRESENTING.match(bare[greeted.end():] if greeted else bare)) and bare.rstrip("。").count("。") == 0
# Whom a notice is sent to, on a line of its own (区公共服务“七优享”工程工作专班各成员单位：, hd66d; 各县（区）人民政府，巴中经开区、
# 文旅新区管委会，市政府各部门、直属事业单位，有关单位：, hd56a): no statement.
NOTICE_ADDRESSEE = re.compile(r"^[^。；！？：\d]{0,60}(?:各|有关)[^。；！？：，、\d]{0,8}?(?:单位|部门|机构|人民政府|政府|委员会|办事处)[：:]$")
# An editor's note over a news item or a column (编者按：感受发展蓬勃生机，…推出原创深度报道栏目“锐观察”…, hd66d): what the editors
# say of the page, no statement.
EDITORS_NOTE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编后语|编后记)[】\]）)]?[：:]?")
# A field a plan prints under each task, on a line of its own (责任单位：市财政局、市税务局, 完成时限：2024年12月底前): who answers
# for the task or by when, no statement (hd66c).
PLAN_FIELD_LINE = re.compile(rf"^(?:{words(PLAN_FIELD_WORDS)})[：:][^。；！？]*[。；]?$")
# A table's column header giving its unit (本年收费金额（单位：万元）, of a 政府信息公开年度报告's table): no statement.
UNIT_HEADER = re.compile(r"^[^。；！？\d]{2,30}[（(]单位[：:][^（）()\d]{1,8}[）)]$")


# A unit's short name, as a text defines it (桂林市退役军人事务局（以下简称“事务局”）).
DEFINED_SHORT = re.compile(rf"([{CJK}]{{2,30}}?(?:{UNIT_END}))[（(]以下简称[“\"]([{CJK}]{{2,8}})[”\"][）)]")


# A page's blurb closing on its call to read on (…提出主要目标。详情如下：, …一起来看！, 一图读懂): the lede summing up the text after
# it (衡水市生态环境保护“十四五”规划印发！日前，…详情如下：, hd49b), no statement of its own where it states no figure.
TEASER_END = re.compile(r"(?:详情如下|一起来看看?|快来看看?|一图读懂|戳图了解)[^。！？]{0,4}[：:！!。…]*$")
# A sentence announcing the items under it and saying nothing else (下一步，我们将重点做好以下几项工作：, hd45b; 主要做法如下：): its
# items are the statements; not one naming a time of its own (至2030年年底，力争达成以下目标：, :data:`TARGET_LEAD`) nor one saying
# more before it (近年来，我局高度重视…，主要做法如下：).
ITEMS_ANNOUNCED = re.compile(r"^(?:[^，。；！？：\d]{1,4}，)*[^，。；！？：\d]{0,10}?(?:以下|如下)[^，。；！？：\d]{0,8}[：:]$")
# A resident's words quoted, and nothing else (“大家的绿色环保意识普遍提高了…。”陈庄村“美丽庭院”示范户陈书军说。, hd45b): a news
# item's colour, no fact; not an official's (…党支部书记陈秀文说，陈庄村致力…), nor words with a figure.
RESIDENT_QUOTED = re.compile(rf"^(?:“[^“”\d]+”[，。]?)+(?:[^，。；！？“”\d]|“[^“”\d]{{1,10}}”){{0,24}}?(?:{words(RESIDENT_WORDS)})"
                             rf"[^，。；！？“”\d]{{0,8}}?(?:说|感慨道|介绍|{SPEECH_VERB})[。！]?$")
# A list of names under a place and a colon (信都区：滨江社区、德贤社区、太行社区…, a notice's list of those honoured, hd45b): no
# statement — its every entry closes on a named unit's word (NAMED_UNIT_WORDS; not 局 of 布局/格局/结局/大局), not a place's tasks,
# closing on a verb of work or on the works' noun (襄都区：加快推进七里河生态修复、达活泉公园提升改造、环城水系建设。, rv8 10;
# 襄都区：七里河生态修复工程、达活泉公园提升改造工程、环城水系建设工程。, rv9 6) or opening on one (建设美丽乡村、打造特色小镇;
# 创建文明单位、文明家庭; 优化产业布局, rv10 5) — but for a name a road's or a village's holds (建设路社区, 建设村).
_NAME_ENTRY = (rf"(?!(?:{words(WORK_VERBS, PUSHING_VERBS)})(?![路街巷道村]))"
               rf"[^，。；！？：、\d]+?(?:{words(NAMED_UNIT_WORDS)}|(?<![布格结大]){UNIT_END})(?=[、。；]|$)")
NAMES_LISTED = re.compile(rf"^[{CJK}]{{2,10}}?[省市区县州旗]：{_NAME_ENTRY}(?:、{_NAME_ENTRY})+[。；]?$")
# A lead announcing the targets listed under it for a year to come (至2030年年底，力争达成以下目标：): the items after it, each
# opening on its number ((1)累计开发优质就业岗位25万个以上…), are that year's targets, not the document's year's.
TARGET_LEAD = re.compile(r"^(?:到|至)((?:19|20)\d{2})年(?:年?底|末)?[，,][^。；！？]*[：:]$")
# An item's heading said as a sentence of its own, its text the paragraph right after it (● 实施科技重大支持项目。 / 近几年来，温岭市
# 做到科技经费与科技资源的综合集成…, hd44a; 一是强化环境整治行动。 / 完成5家重点企业…, hd42b): marked as an item (一是, a bullet,
# a number: ITEM_MARK), its work's name opening on its verb, no subject, no figure, no clause — a heading, no fact. An unmarked
# one-sentence paragraph is a result (建成全省首个零碳智慧港口。, rv7 6).
_HEADING_SENTENCE = re.compile(rf"^(?:{'|'.join(sorted(set(LEAD_VERBS), key=len, reverse=True))})[{CJK}“”]{{2,20}}。$")


def item_headings(blocks: dict[int, Block]) -> set[int]:
    """The blocks (by index) that are an item's heading sentence (:data:`_HEADING_SENTENCE`, after its mark), the block right
    after it at least twice as long."""
    out = set()
    for i, block in blocks.items():
        text = normalise(block.text).strip()
        numbered, after = ITEM_MARK.match(text), blocks.get(i + 1)
        if (numbered or BULLET.match(block.raw.strip())) and after and len(after.text) >= 2 * len(block.text) \
                and _HEADING_SENTENCE.match(text[numbered.end():].lstrip() if numbered else text):
            out.add(i)
    return out


def without_heading(text: str) -> str:
    """``text`` without the item's heading sentence opening it (marked as an item, :data:`_HEADING_SENTENCE` after the mark:
    二是抓项目推进。率先启动并完成…, a news page's, hd47b) when at least twice as much follows: the heading of :func:`item_headings`,
    its paragraph run on after it."""
    first = re.match(r"\s*[^。！？]*。", text)
    said = normalise(first.group()).strip() if first else ""
    numbered, rest = ITEM_MARK.match(said), text[first.end():].lstrip() if first else ""
    return rest if numbered and _HEADING_SENTENCE.match(said[numbered.end():].lstrip()) and len(rest) >= 2 * len(
        first.group().strip()) else text


ITEM_OPENING = re.compile(r"^\s*(?:[（(][\d一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[①-⑳])")
ITEM_MARK = re.compile(rf"{ITEM_OPENING.pattern}|^\s*{ITEM_IS}")  # …or its 一是


# What stops a clause: a title holds none.
_CLAUSE_STOP = re.compile(r"[，。；：！？,;:!?]")
# A document's title by its kind after 的 (…计划草案的报告, 关于…的通知): a thing named, no statement.
_TITLE_OF = re.compile(rf"的(?:{TITLE_END.pattern})")


# The document a notice's title issues (舟山市人民政府关于印发舟山市推进…行动计划（2021—2025年）的通知, hd66c): group 1, its title.
ISSUED_IN_TITLE = re.compile(r"关于(?:印发|转发|下发)《?(.+?)》?的通知$")


@lru_cache(maxsize=64)
def _issued_words(title: str | None) -> str | None:
    """The words (:data:`~drafter.textutil.NOT_WORD` dropped) of the document ``title`` issues (:data:`ISSUED_IN_TITLE`), None
    where it issues none: read once per title, not once per statement (:func:`title_again`)."""
    issued = ISSUED_IN_TITLE.search(title or "")
    return NOT_WORD.sub("", issued.group(1)) if issued else None


def title_again(norm: str, title: str | None, place: str | None = None) -> bool:
    """Whether ``norm`` is a title printed in the body: the document's ``title``, or that of the document its notice issues
    (:data:`ISSUED_IN_TITLE`, printed over the text it issues, its marks as they may be lost: its span's dash, 方案（20232027年）
    for 方案（2023-2027年）, hd66d); or a title (no clause stopped, ending on a
    document's kind: :data:`~drafter.distill.metadata.TITLE_END`) holding the title's characters in order — the report's full
    title where its page names it short — or naming its kind after 的 and opening on the document's ``place``, as its issuer's
    title does (汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告 under 全文如下： of a news item on it, hd57c) — not a
    deed told without a stop (召开全县安全生产工作会议并传达省委的意见)."""
    issued = _issued_words(title)
    if norm == title or (issued is not None and NOT_WORD.sub("", norm) == issued):
        return True
    if _CLAUSE_STOP.search(norm) or not TITLE_END.search(norm):
        return False
    return (bool(title) and in_order(title, norm)) or (
        bool(_TITLE_OF.search(norm)) and bool(place) and place in leading_places(norm)[:1])


def text_year(meta: SourceMeta) -> int | None:
    """The year the text of the document of ``meta`` is written in, what its years are read against: its date's, else the
    period it covers."""
    return int(meta.date[:4]) if meta.date else meta.period


def build_facts(out: Outline, meta: SourceMeta, ws: Workspace, written: bool, rejected: str | None = None) -> list[Fact]:
    """One :class:`Fact` per body unit of ``out`` worth keeping (see the module docstring), its
    ``digest`` unset: the store stamps every fact it writes (after the history may have dated it
    anew). ``written``: whether the document's date is one it prints as its own (:func:`report_mentions`). ``rejected``: the
    place read for the document that the clerk corrected to ``meta``'s: no statement's nor figure's place (it is misread
    wherever it is read, 牢守省门市 of 牢守省门市门。…: hd56a), the document's instead."""
    def unrejected(place: str | None) -> str | None:
        return meta.jurisdiction if rejected and place == rejected else place
    doc_year = text_year(meta)
    default = (default_class(meta.kind, meta.title, out, doc_year) if meta.kind in (WORK_REPORT, NEWS)
               else default_class(meta.kind, meta.title if meta.kind == POLICY else None))
    formulas = formula_patterns(ws) if meta.kind == REPLY else ()  # a reply's set wording is no fact
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    said: set[tuple] = set()  # (text, kind, period) of the facts made: a repeat of one is none
    told_before: list[set[tuple]] = []  # (the figures of each fact made, :func:`told_key`)
    told_keys: set[tuple] = set()  # (all of them)
    headed: dict[int, str] = {}  # (the item heading cut from a fact's text, by the fact's place: its words still its topics)
    target: tuple[int, object] | None = None  # (the year of a lead's targets, the lead's paragraph)
    meeting_plan = None  # (the paragraph of a plan the bureau's own meeting stressed, its items the plan's)
    targets_led = None  # (the section whose lead lists the targets after it: :data:`TARGETS_LEAD`)
    plan_lead: tuple[Period, object] | None = None  # (the period a plan's lead states, the lead's paragraph)
    # (the period a statement before items states, its paragraph, and its section where it leads the items of the paragraphs after)
    year_lead: tuple[Period, object, list[str] | None] | None = None
    span_lead: Period | None = None  # (the plan's span a statement of no figure opens on, the themed paragraphs after it its: SPAN_LED)
    reviewed: Period | None = None  # (the year in review a statement said by a word, 这一年, the ones after it naming none)
    reviewing: int | None = None  # (the year a review headed in the running text is of: periods.review_heading)
    own_lead = None  # (the paragraph of a news item's statement, before its items, telling of its own bureau's work)
    own_told = None  # (the paragraph of a news item's last statement telling of its own bureau's or place's work)
    item_told = None  # (that paragraph where a bare item heading telling on it: 一是强化环境整治行动。)
    headline_told = False  # (whether the headline tells its bureau's deed, the first statement telling on from it)
    # (the fact of a list's entries kept, the words of its statement before and after them, the entries: one statement of them all)
    listed: tuple[Fact, str, str, list[str]] | None = None
    area_told = None  # (that paragraph and the area it tells of, where one of the place's areas)
    place_told = None  # (that paragraph and the place it tells of, where another than the news item's)
    own_themed, told_block = False, None  # (whether that paragraph opens on its theme; the paragraph of the last statement)
    # (the short name a news item gives the workspace's bureau: 广西桂林市退役军人事务局（以下简称“事务局”）… 事务局获全国通报表扬…)
    whole = simplified(normalise("\n".join(u.text for u in out.units)))
    # (a place it writes right after the bureau's own, 平顺县石城镇: under it, its facts the place's own examples, not another's, rs8 hd52d)
    under = frozenset(under_own(whole, ws.jurisdiction_names()))
    def own_or_under(place: str | None) -> bool:
        """Whether ``place`` is the workspace's own or under it (:func:`under_own`); a village (:func:`village_town`) so where the
        place it is written under is (孟集镇双岗村 of 孟集镇), one named alone where the page's place is."""
        town = village_town(place)
        if town is not None:
            return any(p and town.endswith(p) for p in (*under, *ws.own_places())) if town else own_or_under(meta.jurisdiction)
        return ws.is_own(place, page_told) or place in under

    own_aliases = tuple(alias for unit, alias in DEFINED_SHORT.findall(whole)
                        if ws.is_own_unit(unit) or any(unit.endswith(n) for n in (ws.name, ws.short_name) if n))
    headline = simplified(normalise(meta.title or ""))
    page_told = f"{headline}。{whole}"  # (what the page says, the rename of a place among it: Workspace.is_own)
    def bureau_told(norm: str) -> bool:
        """Whether the workspace's bureau (its name, short name or leader) is the subject of a statement of the page, the page
        the place's or one of its areas' (省科技厅副厅长杨军率队来梅调研… in 梅州日报's: the bureau's work there, hd68d)."""
        return (meta.jurisdiction == ws.jurisdiction or meta.jurisdiction in ws.areas) and news_of_own_work(
            norm, ws.name, ws.jurisdiction, own_aliases)
    if meta.kind == NEWS and (news_of_own_work(headline, meta.issuer, meta.jurisdiction) or bureau_told(headline)):
        # (or its headline, telling its bureau's deed, that the first paragraph tells on: 西安市生态环境局连续3年获评考核优秀单位 /
        # 在空气质量方面，2021年优良天数达到265天… — as when a page ran the two together, hd38b)
        headline_told = True
    # (the workspace's place as a news item names it: 济南市, 济南 — not a one-character stem, 魏 of 魏县 — 我市, 全市)
    stem = ws.jurisdiction[:-1] if len(ws.jurisdiction) > 2 else ""
    own_names = [*ws.jurisdiction_names(), *([stem] if stem else []),
                 *([ws.own_place_word(), "全" + ws.own_place_word()[1:]] if ws.own_place_word() else [])]
    areas = sorted(ws.areas, key=len, reverse=True)  # (the longest first: one that opens a statement is matched whole)
    own_areas, own_spelled = tuple(ws.areas), tuple(ws.jurisdiction_names())
    towns: dict[str, str] = {}  # (each town the page said lies in one of the areas, to that area: places.towns_under)
    first = simplified(normalise(out.units[0].text)) if out.units else ""
    lede = simplified(normalise(without_reporting(out.units[0].text))) if out.units else ""  # (文成新闻网讯（记者…）近日，我县召开…)
    # (or a meeting the workspace's own place held, in its news: 近日，我县召开2025年半年度退役军人事务系统工作会议, or one of the
    # place's whole field of the bureau's: 全市文化广电和旅游工作会议召开 — what it found is the place's work, what it says must be done
    # its plan)
    own_meeting = meta.kind == NEWS and bool(out.units) and (
        held_own_meeting(first, meta.issuer, meta.jurisdiction)
        or (meta.jurisdiction == ws.jurisdiction and (bool(PLACE_MEETING.match(lede)) or held_field_meeting(lede, ws))))
    your_place = addressed_places(whole, ws) if meta.kind == REPLY else {}
    half = report_half(first, meta) if meta.kind == WORK_REPORT else None
    # (the year of the plan part of the two-part report the document is, or a news item's lede says is published)
    plan_year = plan_part_year(meta.title) or (plan_part_year(first) if meta.kind == NEWS else None)
    doc_month = int(meta.date[5:7]) if meta.date and len(meta.date) >= 7 else None
    # (the year a page of the first half of a year reviews, the one before: :func:`place_and_time_figures`)
    review_year = year_reviewed(doc_year, doc_month) if doc_year else None
    review_year = review_year if review_year != doc_year else None
    title_reviewed = reviewed_year([meta.title or ""], doc_year)  # (the year the document's title reviews, if any)
    # (the year before the document's, where it says its meeting reviewed it: 回顾总结去年成绩, rs8)
    last_reviewed = Period(doc_year - 1, RELATIVE) if doc_year and LAST_YEAR_REVIEWED.search(whole) else None
    def opens_own(norm: str) -> bool:  # (a sentence naming the news item's bureau, or the workspace's, as its doer; or its place)
        return news_of_own_work(norm, meta.issuer, meta.jurisdiction) or bureau_told(norm) or (
            meta.jurisdiction == ws.jurisdiction and place_deed(norm, own_names))
    def names_own(norm: str) -> bool:  # (the workspace's place listed with others as a sentence's subject)
        return ws.jurisdiction in joint_subject(norm)
    # (the place's own news told by no unit, its lede (under its headline) telling of the place's development as a whole: 辉煌十三五…|
    # 宁津：… of 德州日报, …宣传部部长范淑香介绍宁津县近几年的经济社会发展情况 — its results in the bureau's field are the place's work
    # there, the rest the place's, none of the bureau's, hd48e)
    fields = bureau_fields(ws) if (meta.kind == NEWS and not meta.issuer and meta.jurisdiction == ws.jurisdiction
                                   and any(PLACE_OVERVIEW.search(u.text) for u in out.units[:2])) else ()
    def in_field(norm: str) -> bool:
        return any(f in norm for f in fields)
    statements = [(unit, piece, restated) for unit, text, restated in _statements(out, formulas, meta.kind != REPLY, doc_month)
                  for field_part in (field_split(text, in_field) if fields and not restated else [text])
                  for part in (own_split(field_part, opens_own) if meta.kind == NEWS and not restated else [field_part])
                  for piece in (joint_split(part, names_own) if not restated else [part])]
    deck = deck_unit(out, meta.title, headline, whole) if meta.kind == NEWS else None
    statements = [(deck, deck.text, False), *statements] if deck else statements
    # (the bureau named as an event's organiser or presenter in the page: :data:`_HOSTING`)
    bureau = "|".join(re.escape(n) for n in (ws.name, ws.short_name, *own_aliases) if n)
    hosting = meta.kind == NEWS and bool(bureau) and bool(re.search(f"(?:{bureau}){_HOSTING}", whole))
    events_told: list[str] = []  # (the clauses of the statements telling an event held, in order: :func:`event_held`)
    headings = item_headings({unit.block.index: unit.block for unit, _, _ in statements})
    last = statements[-1][0] if statements and meta.kind == NEWS else None
    # (the page's title and statements so far, normalised once: where a place referred back to by its level is named, 该镇…)
    read = [simplified(normalise(headline))]
    for unit, text, restated in statements:
        if unit.role == UNSAID:
            continue  # (an interview's host's turn, its guests' greetings: structure.guests_words)
        normal = normalise(text)
        read.append(simplified(normal))
        if unit.role == "listed" and not any(n in unit.block.text for n in (*own_names, *areas)):
            continue  # (an entry of a list of names, another place's: 武汉市楚河汉街 in a 黄石市 workspace)
        if target and unit.block is not target[1] and not ITEM_OPENING.match(unit.block.text):
            target = None
        bare, plain = normal.strip(), read[-1].strip()  # (its simplified form: addressee lines and editors' notes are matched on it)
        if len(text.rstrip("：:")) < MIN_CHARS or is_caption(text) or ASSEMBLY_SALUTATION.match(text.strip()) or NOTICE_ADDRESSEE.match(
                plain) or EDITORS_NOTE.match(plain) or UNIT_HEADER.search(
                normal) or CUT_FRAGMENT.match(normal) or (unit is last and cut_last(bare, [normalise(u.text) for u in out.units if u is not unit])) or ASK_NAMED.match(bare) or presenting(bare) or PLAN_FIELD_LINE.match(bare) or (
                ITEMS_ANNOUNCED.match(bare) or NAMES_LISTED.match(bare) or RESIDENT_QUOTED.match(bare) or PRESS_ANNOUNCED.match(bare)):
            continue  # (nor a report's one sentence presenting it: 现在，我代表市人民政府向大会报告政府工作，请予审议…)
        norm = read[-1]  # (a page in traditional characters read in simplified ones: 2020年至2022年我縣…)
        if title_again(norm.strip(), meta.title, meta.jurisdiction):
            continue  # (the page's headline printed again in its body, under a picture; the report's own title: no statement)
        # (a speaker's words are of the place they open on: 王广部在致辞中表示，近年来，滕州市立足…精心谋划了…)
        spoken = speech_frame(norm) if meta.kind == NEWS else None
        said_of = subject_place(norm[spoken.end():]) if spoken else None
        said_by = subject_place(spoken.group()) if spoken else None
        # (the workspace's place's own leader telling what it has done, in its place's news, tells its work, and one of its
        # areas' speaker its results, 开远市…主任李成伟激动地说，…2024年，产业园实现综合产值41.2亿元: the work is kept, not who said it)
        their_words = norm[spoken.end():] if spoken else ""
        own_said = bool(spoken) and meta.jurisdiction == ws.jurisdiction and not SAID_WILL.search(their_words) and (
            said_of == ws.jurisdiction
            or ((said_of or said_by) in ws.areas and area_result(their_words, find_figures(their_words, their_words), doc_year, ws.areas)))
        # (anyone's words of what is to be done, 刘长宏说，2025年，西安市生态环境局将…: a plan, kept without who said it; the
        # place the speaker's unit names, 开远市…管理委员会主任李成伟说，…, is the plan's where its words name none)
        # (not an assembly's word of what it will do, 高毅…表示，县政协将持续聚焦战新产业…: its own pledge, :data:`VISITORS`, hd49a)
        planned_said = bool(spoken) and not own_said and not (own_meeting and OWN_MEETING_SAID.match(norm)) and not VISITORS.match(
            norm[spoken.end():]) and bool(WILL.match(norm[spoken.end():]) or year_will(norm[spoken.end():], doc_year)
            or SAID_WILL.search(AWAITED_NEXT.sub("", re.split(r"[。！？]", norm[spoken.end():], maxsplit=1)[0])))
        framed = speech_frame(text) if own_said or planned_said else None
        if framed and len(text) - framed.end() >= MIN_CHARS:
            text = text[framed.end():]
            norm, spoken = simplified(normalise(text)), None
        else:
            planned_said = False
        # (a sentence telling that the bureau's head reported, before the report's own account with the bureau as its subject:
        # 会上，尹明局长汇报了发展改革工作情况…。在…指导下，市发展改革局今年以来共办理…提案69件… — the account is the bureau's
        # work, the sentence before it a frame)
        reported = REPORT_FRAME.match(text) if meta.kind == NEWS and not spoken else None
        head = own_head_report(text, meta.issuer) if meta.kind == NEWS and not spoken and meta.issuer else None
        head_told = bool(head) and len(text) - head.end() >= MIN_CHARS
        if head_told:
            text = text[head.end():]
            norm = simplified(normalise(text))
        elif (reported and len(text) - reported.end() >= MIN_CHARS
                and news_of_own_work(simplified(normalise(text[reported.end():])), meta.issuer, meta.jurisdiction)):
            text = text[reported.end():]
            norm = simplified(normalise(text))
        figures = statement_figures(text, norm)
        if not figures and (TEASER_END.search(norm) or FELT.match(norm) or OCCASION_TOLD.match(norm)
                            or (SLOGAN_PHRASES.search(norm) and "。" not in norm)):
            continue  # (a page's blurb calling to read on, 详情如下：; the changes felt, 天空更蓝了…; a speech's occasion; a slogan)
        if not YEAR.search(norm) and len({told_key(g) for g in figures} & told_keys) >= TOLD_AGAIN:
            # (a recap of no year of its own closing the page, 村（社区）新时代文明实践站实现全覆盖，开展志愿服务38000多次；新建改建中小学、
            # 幼儿园校舍51.9万平方米，持续累计投入26.8亿元；全县85个…全部摘帽…: the clauses it tells anew alone, hd48e; one naming its year
            # dates the figures it retells, dated_by_retelling)
            text = untold(text, told_before)
            if not text:
                continue
            norm = simplified(normalise(text))
            figures = statement_figures(text, norm)
        # (or refers back to by its level: 同时，该镇强力推进… after 今年以来，霍邱县孟集镇…, 孟集镇's, hd57a)
        referred = referred_place(norm, read[:-1], ws.areas, meta.jurisdiction)
        # (the place the statement opens on by name, asked below up to six times; the bureau's own by its bare name too, 西充坚持…)
        opened = subject_place(norm) or (ws.jurisdiction if stem_subject(norm, stem) else None)
        subject = opened or referred
        located = LOCATED_IN.search(norm) or LOCATED_AT.match(norm)
        # (an area named after its county opens it, 罗平县旧屋基彝族乡紧扣…: the area's, not the county's)
        # (a village opening it, 张店村是张店镇政府所在地，…862户…: the village's, under the town it names, hd71a)
        place = (area_subject(norm, areas, ws.jurisdiction) if ws.jurisdiction else None) or area_document(
            norm, areas, ws.jurisdiction) or village_subject(SUBJECT_LEAD.sub("", _first_sentence(norm)), areas) or (
            own_urban_area(subject or said_of or said_by, meta.jurisdiction, ws.areas) or area_subject(norm, areas)
            or located_area(norm, areas) or leading_place(norm) or owner_place(norm) or meta.jurisdiction)
        if meta.jurisdiction == ws.jurisdiction:  # (a scene set in one of its areas, a thing of a town the page placed in one: hd70a)
            if place == meta.jurisdiction and not subject:
                place = scene_area(norm, own_areas, own_spelled) or town_area(norm, towns, own_names) or place
            towns.update(towns_under(norm, own_areas, own_spelled))
        guest = place if place == subject and attended_own_event(norm) else None  # (the first guest's place: not the list's)
        place = meta.jurisdiction if guest else place
        place = unrejected(place)
        # (a paragraph of no subject of its own after one opening on one of the place's areas in the place's news, going on with its
        # work, 结合乡情实际，…; 坚定…的信念，推进…示范村建设: that area's work, its example, hd31a)
        area_told_on = area_told is not None and place == meta.jurisdiction and not subject and (
            unit.block is area_told[0] or bool(WORK_TOLD_ON.match(norm) or NEWS_THEMED.match(norm) or EVENT_TOLD_ON.match(norm)))
        place = area_told[1] if area_told_on else place
        joint = names_own(norm)  # (荣成市、环翠区已先后入选…: 环翠区's too, hd46b; no one place's the sentences after it tell on)
        place = ws.jurisdiction if joint else place
        if place == meta.jurisdiction and not subject:  # (under a heading on one of its areas: that area's)
            place = heading_area(unit.section, areas, ws.jurisdiction) or place
        area_told = (unit.block, place) if meta.kind == NEWS and meta.jurisdiction == ws.jurisdiction and place in ws.areas else None
        if place == meta.jurisdiction and not subject and place_told and unit.block is place_told[0] and not (
                stem_listed(unit.text, norm) or opens_own(norm) or speaks_as_own(norm, meta.jurisdiction)):
            # (the rest of a paragraph on another place, 预计全区总产量将达16万吨 after 曹妃甸区…: hd41a; not another name doing what
            # it did, 温县开放马武路等4条道路。/ 修武开放…9条道路, hd54b; nor a sentence of the bureau's or the page's place's own
            # deed, 全省4市做典型发言，我市是其中之一，市人社局代表我市… after 河南省人社系统…会议召开。, md59e)
            place = place_told[1]
        # (and in any document the items after a lead on another place: 腾冲市目前正在实施“大和顺”旅游区建设项目…主要建设内容包括：
        # 一是实施和顺古镇5A旅游景区创建；… in a 保山市 reply, 腾冲市's, hd50a)
        place_told = (unit.block, place) if (
            meta.kind == NEWS or unit.role == "lead") and place != meta.jurisdiction and not joint else (
            place_told if unit.role == "item" and place_told and unit.block is place_told[0] else None)
        if place == meta.jurisdiction and located and is_place(located.group("place")) and not ws.is_own(located.group("place"), page_told):
            place = located.group("place")  # (位于济南市的天下第一泉风景区，是…, said in 滕州's news: 济南's)
        positions = figure_positions(text, figures)
        if place == meta.jurisdiction and positions:  # (…，卓尼县自然资源局在…项目中，安排中央资金总计2110万元: 卓尼县's work)
            place = units_place(norm, positions) or place
        counted = whole_place(norm, positions, meta.jurisdiction) if place != meta.jurisdiction and place in ws.areas else None
        if counted:  # (…潢川县鹏升畜产品有限公司…成功入选。2022年，全市新增…: the whole's figures, no area its subject, hd59c)
            place, subject = counted, None
        higher = higher_doer(norm, ws) if place == meta.jurisdiction and ws.is_own(place, page_told) else None
        # (the central leadership opening it as its doer: the nation's policy, hd34b; after its time too, 2018年2月，中办、国办印发
        # 《…三年行动方案》, hd35a)
        acting = HIGHER_ACT.match(norm)
        higher = higher or ("国家" if place == meta.jurisdiction and (CENTRAL.match(norm) or nation_subject(norm, ws) or (
            acting and acting.group("central") and higher_act(norm, ws))) else None)
        place = level_place(higher, "\n".join((meta.title or "", meta.session or "", whole))) if higher else place
        # (a breakdown of the page's whole by its places, 昌江区完成零售额45.04亿元，…，珠山区…: the whole's statement, each figure its
        # place's, hd53a)
        place = meta.jurisdiction if place != meta.jurisdiction and any(place == each for _, each in places_each(norm)) else place
        # (guests come to the page's own place, 景德镇市商务局副局长程新裕一行9人来我市考察…: the host's news, its 我市, hd53a)
        place = meta.jurisdiction if place != meta.jurisdiction and place in visitors(norm) else place
        place = lower_own_place(norm, meta.jurisdiction) if place == meta.jurisdiction else place
        addressed = meta.kind == REPLY and place == meta.jurisdiction and (
            YOUR_PLACE.search(norm) or (unit.role == "item" and YOUR_PLACE.search(unit.block.text)))
        if addressed:  # (为切实加大你县国土绿化资金投入，…：一是争取落实新一轮退耕还林1600亩…: the county's, not the whole's)
            place = your_place.get(addressed.group(1)) or place
        # (a news outlet's report of the workspace's bureau, 福州市教育局近日出台…, tells its work as its own page would)
        own_work = meta.kind == NEWS and (news_of_own_work(norm, meta.issuer, meta.jurisdiction) or bureau_told(norm)
            # (a wider place's news telling of the workspace's own place as the subject of a statement, 甘肃省水利厅's
            # 张掖市甘州区加快推动农村供水…, in 甘州区's: that place's work)
            or (place == ws.jurisdiction != meta.jurisdiction and not ws.is_own(meta.jurisdiction, page_told))
            # (the place's own news telling of it as the subject, 今年以来，滕州市坚持…, 该市制定《…》…: the place's work)
            # (not one of its units other than the bureau, 济南市商务局会同市市场监管局…开展…专项整治: that unit's work)
            # (referred back to, only where the statement opens on it: not 在教育经费的有力保障下，该县中小学校面貌焕然一新…, hd42a)
            or (meta.jurisdiction == ws.jurisdiction and ((opened == ws.jurisdiction and not other_unit_opens(norm, ws))
                                                          or (_THAT_PLACE.match(norm) and ws.is_own(referred)))))
        # (what the bureau's own meeting found or stressed, in a news item of the meeting it held: 市水务局召开2023年度工作总结会议… /
        # 会议指出，2023年以来，…市水务局坚持…2023年全市完成水利建设投资26.56亿元… — its work told at its meeting, no one's speech)
        heard = OWN_MEETING_SAID.match(norm) if meta.kind == NEWS and own_meeting else None
        # (and the items after a statement telling of it: 2021年，…中心加强司机和车辆管理。…抓好综合管理。一是加强对集中办公区管理…)
        own_work = own_work or bool(heard) or head_told or (unit.role == "item" and unit.block is own_lead) or (
            meta.kind == NEWS and heard_from_own(unit.text, norm, ws))
        # (or, at that meeting, the place's results with figures of no year after the document's, nothing to come nor to be done
        # and no other unit their doer: 这一年，…4个文化馆晋升为国家一级馆；…16座城市书房…建成运行 reported at 全市文化广电和旅游
        # 工作会议, hd53b)
        own_work = own_work or (own_meeting and meta.jurisdiction == ws.jurisdiction and place == ws.jurisdiction and bool(figures)
                                and not spoken and not SAID_WILL.search(norm) and not MEETING_MUST.match(norm)
                                and not other_unit_opens(norm, ws) and (latest_year(norm) or 0) <= (doc_year or 0))
        # (a paragraph of no subject of its own after one telling of that work, opening on its theme and a verb of work and saying
        # nothing to come, tells on: …天水市紧抓…推动了全市文旅产业的蓬勃发展。/ 文化服务效能全面提升。开展…活动553场次…)
        # (or, that one opening on its theme, opening on the next theme: 治教办学达到新高度。全面从严治党纵深推进… / 五育并举开创新局面。…)
        told_on = RESULT_TOLD_ON.match(norm) if figures else None
        own_work = own_work or ((own_told is not None or headline_told) and place == meta.jurisdiction and (
            bool(WORK_TOLD_ON.match(norm)) or bool(WORK_POINTED_BACK.match(norm)) or (
            bool(told_on) and int(told_on.group(1)) <= (doc_year or 0)) or (own_themed and bool(NEWS_THEMED.match(norm))))
            and not SAID_WILL.search(norm))
        # (a later sentence of a news statement telling, with its year and figures, of the workspace's place: 据会议消息，2021年，红河州…)
        # (or of a thing of the place set going on a day: 2月26日，济南“预付宝”正式上线运行 — the page naming no place of its own too)
        own_work = own_work or (meta.kind == NEWS and place in (ws.jurisdiction, None) and (
            own_place_result(norm, figures, place, doc_year) or own_thing_set_going(norm, own_names)
            or (meta.jurisdiction == ws.jurisdiction and place == ws.jurisdiction and part_year_result(norm, figures, doc_year))))
        # (or, in the place's own news told by no unit, its results in the bureau's field: 坚持优先发展教育，持续累计投入26.8亿元…)
        own_work = own_work or (bool(fields) and place == ws.jurisdiction and bool(figures) and in_field(norm)
                                and not SAID_WILL.search(norm))
        # (or, in the place's own news, its results told of no subject, finished already or in a year before the page's:
        # 目前，已完成国省干线公路养护工程41项…; …2016年建成1110公里…建成通车, hd58a)
        # (or its people's income gained: 篁岭景区周边的…村庄有50余家从事农家乐经营的农户，户均年增收5万元, hd69b)
        own_work = own_work or (meta.kind == NEWS and meta.jurisdiction == ws.jurisdiction == place and not subject
                                and not other_unit_opens(norm, ws)
                                and (own_result(norm, figures, doc_year) or income_gained(norm, figures, doc_year)))
        # (or, in the place's own news, one of its areas as the subject of its results: 2024年，开远市实现花卉综合产值41.2亿元)
        own_work = own_work or area_told_on or (meta.kind == NEWS and meta.jurisdiction == ws.jurisdiction and place in ws.areas
                                                and area_result(norm, figures, doc_year, ws.areas))
        # (or, in the place's own news, a town's official telling with figures what the town has done: “我们目前共种植…树木3000余棵…”
        # 平顺县石城镇党委书记马跃一介绍 — the town's work, an example of the place's, hd52d)
        own_work = own_work or (meta.kind == NEWS and meta.jurisdiction == ws.jurisdiction and bool(figures) and place == quoted_town(norm)
                                and not SAID_WILL.search(norm))
        # (or, in the place's own news, the place's deed told of it as the subject: 近日，杭州公布首批十大夜间经济集聚的夜地标…, h258)
        own_work = own_work or (meta.kind == NEWS and meta.jurisdiction == ws.jurisdiction and place_deed(norm, own_names))
        # (or one of its areas' department, named as its subject by the area's stem, telling its deed done: 此外，余杭商务部门还创新
        # 布局消费新场景，在…指导打造了“6号大街”… in a city's page, h258 — the district's work, its example)
        own_work = own_work or (meta.kind == NEWS and place in ws.areas and area_unit_deed(norm, whole))
        # (or, in the place's own news, its theme and its results won with figures: 中医药事业发展激发新动能。市中医医院顺利通过…评审，
        # 8家县级中医医院完成…复审 — a summary of the year's results, hd34b; not in an item announcing the year's work to come)
        # (a page of no place read counts as the workspace's: 乡镇水环境治理工程同步推进。11座新建污水处理厂全部进入试运行… of a page of
        # 市住建局 naming no city, hd52b)
        # (or under the page's subhead of its theme, naming no subject of its own: 科学谋划，乡村旅游发展呈现新格局 / 编报全省文化和旅游
        # 重点项目36个，其中…9个工程项目纳入…, hd65c)
        subhead = simplified(normalise(unit.section[-1])) if (
            meta.kind == NEWS and unit.section and not subject and not other_unit_opens(norm, ws)) else ""
        own_work = own_work or (meta.kind == NEWS and meta.jurisdiction in (ws.jurisdiction, None) and place in (ws.jurisdiction, None)
                                and default != PLAN and themed_results(norm, figures, subhead))
        # (a paragraph under a bare item heading that tells on that work, with no subject of its own: 一是强化环境整治行动。 /
        # 完成5家重点企业污水处理设施升级改造…; 三是强化环保宣教行动。 / 在县广播电台开设《环保视窗》栏目… — the item's deeds, hd42b)
        own_work = own_work or (own_told is not None and own_told is item_told and place == meta.jurisdiction
                                and not subject and not SAID_WILL.search(norm))
        # (none of the place's work beyond the bureau's field there, told on or not: 持续加大产业扶贫…全部摘帽, hd48e; nor a member of
        # the public raising a matter, 霍邱县临淮岗乡某读者反映，… — the place its subject's, no deed of it, hd57a)
        raised = public_raised(norm)
        own_work = own_work and (not fields or in_field(norm) or opens_own(norm)) and not raised
        # (the heading itself, one short theme of no figure after the bureau's or place's work, carries it to that paragraph)
        bare_item = meta.kind == NEWS and unit.role == "item" and not figures and bool(NEWS_THEMED.fullmatch(norm.strip()))
        item_told = unit.block if bare_item and own_told is not None and not own_work else None
        # (the scope of a work the statement before told started, pointing back to it: a plan of the work under way)
        scope_told = (meta.kind == NEWS and own_told is not None and own_told is not unit.block and bool(WORK_POINTED_BACK.match(norm))
                      and under_way(f"{meta.title or ''}\n{own_told.text}") and not _WORKS_ENDED.search(norm)
                      and not DONE_WORDS.search(norm))
        own_told = unit.block if meta.kind == NEWS and (own_work or item_told) else own_told if unit.block is own_told else None
        headline_told = False
        own_themed = unit.block is own_told and (own_themed if unit.block is told_block else bool(NEWS_THEMED.match(norm)))
        told_block = unit.block
        own_lead = unit.block if own_work and unit.role != "item" else own_lead if unit.block is own_lead else None
        # (the item's own unit's official telling its results, 该局执法大队相关负责人表示，截至目前，县城管执法部门已经铲除…菜地面积
        # 3700余平方…: the unit's work, told as its words are, hd38b)
        own_spoken = bool(spoken) and own_work and news_of_own_work(spoken.group(), meta.issuer, meta.jurisdiction)
        told = norm[heard.end():] if heard else norm[spoken.end():] if (own_said or own_spoken) and spoken else norm
        # (a news item's lede telling its bureau's deed done, 近日，柳州市自然资源和规划局网站发布了多个片区《控制性详细规划》…, is
        # no lead-in to the subheads after it, hd36a)
        deed = replace(unit, role="para") if (meta.kind == NEWS and own_work and unit.role == "lead"
                                              and TOLD_DONE.search(_first_sentence(told))) else unit
        under_review = reviewed_year(unit.section, doc_year)
        # (its year's end still ahead in a document before December, not where the document or its section reviews that whole
        # year: 到2025年底，全市森林覆盖率达到35.2%… of 邢台市林业局2025年工作总结 dated 2025-11-25 is reached, rv14 2)
        year_end_ahead = None if doc_year in (under_review, title_reviewed) else doc_month
        # (the plan part of a report on a year's execution and the next year's plan, or of a news item on one: that year's plans, hd57c)
        plan_part = bool(plan_year) and in_plan_part(unit.section, told, figures, plan_year)
        kind = PLAN if only_targets(text, positions, doc_year, under_review, year_end_ahead) or sets_target(
            told, doc_year) else fact_kind(
            deed, told, figures, PLAN if plan_part else DONE if own_work or own_said else default)
        # (a news item's statement opening on what will be done, 另外，根据…安排，将考虑充分利用…地下空间，建设地下立体停车库, hd36a: a
        # plan, never background a draft might tell as done; nor a year's plan, 2015年…饮水安全工程计划实施3处, hd59b; nor a forecast
        # of works, 一期工程预计于2016年完成，将解决…5万人的饮用水问题, hd50b;
        # nor an aim by a deadline, 力争到2022年全市培育百个…龙头企业, hd54a)
        kind = PLAN if planned_said or scope_told or (meta.kind == NEWS and kind == CONTEXT and bool(
            WILL.match(told) or year_planned(told) or FORECAST_CLAUSE.match(told.strip()) or _DEADLINE_AIM.match(told.strip())
            or (figures and intended_only(told, WILLED_CLAUSE)))) or (
            kind in (DONE, CONTEXT) and year_will(
            told, doc_year, reported=meta.kind in (REPLY, WORK_REPORT) and bool(figures))) or (
            kind == DONE and not figures and aims_ahead(norm, doc_year)) or (
            kind == DONE and month_ahead(re.split(r"(?<=[。！？])", told, maxsplit=1)[0], doc_month)) else kind
        if meta.kind == NEWS and default == PLAN and kind == PLAN and not planned_said and (
                PAST_OPENING.match(norm) or DAY_OPENING.match(norm) or TOLD_DONE.search(re.split(r"[。！？]", norm, maxsplit=1)[0])):
            # (what a news item of the year's plans tells of the year past, 去年，全区已建成…, or of the day it reports, 4月8日，
            # …举行…新闻发布会，…介绍了有关情况)
            kind = CONTEXT
        # (what the meeting set as what must be done: 会议明确，2025年，全市退役军人事务系统要站在新起点…，要广泛开展…)
        kind = PLAN if heard and kind == DONE and MEETING_MUST.match(told) else kind
        # (and the items of the plan it stressed: …市水务局将…重点抓好六方面工作：一是加快…水网建设规划…。二是…)
        if heard and unit.role == "lead":
            meeting_plan = unit.block if kind == PLAN else None
        elif unit.role == "item" and meeting_plan is not None and unit.block is meeting_plan and kind in (CONTEXT, DONE):
            kind = PLAN
        if unit.role == "lead":  # (the targets a lead lists after it in its section: plans, each paragraph of them, hd68a)
            targets_led = unit.section if TARGETS_LEAD.search(norm) else None
        elif targets_led is not None and unit.section == targets_led and kind in (CONTEXT, DONE) and not (
                PAST_OPENING.match(norm) or ALREADY.search(norm)):
            kind = PLAN
        if hosting and kind == CONTEXT and figures and ws.is_own(place, page_told) and EVENT_CLAUSE.match(without_reporting(norm)):
            kind = DONE  # (the lead, with its outcomes, of an event the bureau organised or presented at: its work, hd68c)
        if meta.kind == REPLY and kind == PROBLEM and unit.section and (
                (names_matter(unit.section[-1]) and ALREADY.search(norm)) or (
                ASKS_HEADING.match(_bare_heading(unit.section[-1])) and unit.role == "item" and (
                    TOLD_DONE.search(norm) or (figures and ANY_WORK.search(norm))))):
            # (2、沟渠清淤疏浚问题。我局已组织实施了…: the reply's answer on the ask's matter, what it reports done; and the items
            # under a heading naming the suggestion's problem reporting work, 一、针对提案中…的问题 / …三是开展专项整治。…立案查处…
            # 案件32件: the bureau's results on it, its problem the reader's, hd28b)
            kind = DONE
        if meta.kind == REPLY and unit.section and ASKS_HEADING.match(_bare_heading(unit.section[-1])) and READERS_WORDS.match(norm):
            kind = CONTEXT  # (二、关于建议中反映的问题 / 建议对位于…的河道，…投入资金大约100万元。: the deputy's report, told back)
        if meta.kind == REPLY and (READERS_OWN_THING.search(re.split(r"[。！？]", norm, maxsplit=1)[0])
                                   or SUGGESTED_WORKS.search(norm) or PLEA.search(norm)):
            kind = CONTEXT  # (我局已将你所提的路段纳入2023年大中修项目…: of that deputy's own road, no work for another reply)
        if kind == DONE and higher_act(norm, ws):
            kind = CONTEXT  # (广东省人民政府…在香港签署《…》 in 广州市应急管理局's reply: the province's act, hd28a)
        if addressed and place == meta.jurisdiction and kind == DONE:
            kind = CONTEXT  # (你县's work, the county not named: never the whole's result)
        if handling_only(norm) and all(HANDLING_WORDS.search(g.counts or "") or re.search(r"建议|提案|议案", g.counts or "")
                                       for g in figures):
            kind = CONTEXT  # (and a report's or news item's: 内黄县教育局's …成立了办理工作领导小组…; …答复满意率100%, round 44)
        if kind == DONE and not figures and is_appraisal(text):
            kind = CONTEXT  # (a paragraph's opening judgement cut from the deputy's report after it: 实施沟渠修建，…具有重要意义。)
        # (…产值4.6亿元，…努力实现到2022年茶产业产值超8亿元的目标: a target named as such is no figure of a result — other aims
        # among results stay, each named by what its sentence says of it: 预测两区上半年外贸进出口总额15.6亿元, held-out rounds 7 and 24)
        named = named_targets(text, positions) if kind != PLAN else []
        if any(named):
            figures = [g for g, n in zip(figures, named) if not n]
            positions = [p for p, n in zip(positions, named) if not n]
        mentions = report_mentions(norm, meta, written, under_review)
        # (a complaint raised is of the time it was raised, its section's or its document's — never a time its words tell,
        # 乡政府去年曾说下半年修: their story, hd57a)
        period = context_period("", unit.section, meta) if raised else with_part(
            fact_period(norm, unit.section, meta, mentions, kind == PLAN), norm, mentions)
        named = [p for p, _, _, basis in mentions if basis == TEXT]
        if kind != PLAN and period.basis == TEXT and figures and named and positions[0] < named[0]:
            period = opening_figures_period(norm, positions, named, period, led_context(norm, unit.section, meta, None))
        if plan_part and kind == PLAN and period.basis != TEXT:
            period = Period(plan_year, "report period")  # (内容提到，加强大气污染防治… of a news item on the 2024 plan: 2024's)
        if half and kind != PLAN and period.basis == "report period" and (period.year, period.until, period.part) == (half[0], None, None):
            period = replace(period, part=half[1])  # (a half-year summary's work of its year, its section 一、2025年工作总结: the half's)
        if kind == PLAN and period.basis == "report period" and doc_year and (period.until or period.year or doc_year) < doc_year:
            # (a plan said in a past year's summary, 一、2016年工作总结 / …下一步拟再出台14份配套政策, of a report dated 2017: it is
            # for the time after, dated as a reply's plan is, by its document)
            period = Period(doc_year, "document date")
        if target and unit.block is not target[1] and kind == PLAN and period.basis != "text" and target[0] > (doc_year or 0):
            period = Period(target[0], "report period")
        # (a plan's items under a lead stating its year, 2022年将深入学习贯彻…。一是…二是…, are that year's, not the report's)
        if unit.role == "item" and kind == PLAN and plan_lead and unit.block is plan_lead[1] and period.basis != "text":
            period = plan_lead[0]
        # (and the items of work under a lead stating its year, 2021年，…中心加强司机和车辆管理。…抓好综合管理。一是…四是…, are that
        # year's, not the year of a news item or yearbook printing them)
        # (so are those of the paragraphs after a lead of its own, 2023年，宿迁市委…成果大量涌现。 / 一是发展带动就业。… / 二是…,
        # hd26a: in a document undated or posted the year after, its year)
        # (and a statement cut from the paragraph of one stating its year, 2020年，任泽区…。 / 南和区…完成造林面积1.71万亩…: the
        # year the paragraph uncut would have held, hd45b)
        # (not one stating its own present, 截至目前，南和区已累计建成国家森林乡村6个 after 2020年，任泽区…: the page's date, rv8)
        led = year_lead[0] if kind != PLAN and year_lead and not names_now(norm, mentions) and (unit.block is year_lead[1] or (
            unit.role == "item" and unit.section == year_lead[2])) else None
        themed = meta.kind == NEWS and unit.role != "item" and bool(NEWS_THEMED.match(norm))
        led = led or (span_lead if kind != PLAN and themed else None)
        if led and period.basis in (DOCUMENT_DATE, UNKNOWN):
            period = led
        # (a year in review a statement tells of by a word, 这一年，我省…优良天数250天 in a page of 2021-03-12, holds for the statements
        # after it naming no time of their own: 全省河流总体水质优…新建、提标改造污水处理厂35座 is 2020's too, hd24a)
        # (not one saying, after who said it, what must be done: 刘文华强调，要坚持铸魂育人… after 刘文华指出，过去一年，… — the review is over)
        frame = SPEECH_FRAME.match(norm)
        demand = bool(MEETING_MUST.match(norm[frame.end() if frame else 0:]))
        # (so does a statement opening the review, 会议指出，回顾总结，全省应急管理工作取得新成效…, of a page whose meeting reviewed the
        # year past, 回顾总结去年成绩: …调派11.8万人… after it is 2021's in the page of 2022-01-14, rs8)
        if last_reviewed and REVIEW_OPENING.match(norm, frame.end() if frame else 0) and period.basis == DOCUMENT_DATE:
            period = reviewed = last_reviewed
        if reviewed and kind != PLAN and period.basis == "document date" and not demand:
            period = reviewed
        # (a report's review of the year before, headed in its running text, 2023年工作回顾2023年是… of a 政府工作报告 of 2024-01-08:
        # its statements of no time of their own, and the one opening it, dated by the day it was delivered, are of that year, hd73b)
        # (nor past a heading set apart of the work to come, 2024年主要任务, 今年工作的总体要求)
        reviewing, opened = review_heading(norm, doc_year, reviewing)
        if reviewing and any(heading_class(label) == PLAN or "今年" in label for label in unit.section):
            reviewing = None
        if reviewing and kind != PLAN and (period.basis == DOCUMENT_DATE or (opened and period.year == doc_year)):
            period = Period(reviewing, "report period")
        if period.basis == TEXT or kind == PLAN or demand:
            reviewed = None
        elif period.basis == RELATIVE and doc_year and period.year == doc_year - 1 and YEAR_PAST_READ[0].search(norm):
            reviewed = period
        if unit.role != "item" and meta.kind == NEWS and not figures and PLAN_SUMMED.match(norm) and period.basis == TEXT \
                and period.until == doc_year == period.year + 5:
            period = replace(period, until=period.year + 4)  # (:data:`PLAN_SUMMED`)
        if unit.role == "lead":
            plan_lead = (period, unit.block) if kind == PLAN and period.basis == "text" else None
        if unit.role != "item":  # (the year its paragraph's statement before the lead states holds too)
            same = year_lead if year_lead and unit.block is year_lead[1] else None
            year_lead = (period, unit.block, unit.section if unit.role == "lead" else None) if (
                kind != PLAN and period.basis == "text") else same
        if unit.role != "item":
            span_lead = period if SPAN_LED.match(norm) and not figures and period.until else span_lead if themed else None
        lead = TARGET_LEAD.match(norm.strip())
        target = (int(lead.group(1)), unit.block) if lead else target
        # (not a year naming a yearly thing, 2023年度平安揭阳建设考核, whose year no later figure takes: nor does the statement)
        # (a figure of such an item before any year it names, or in one naming none, is of the lead's year too: 2024年，我市聚焦…。
        # 一是…统一区域内13项…。2024年，累计办理…; 三是…共服务企业447家次)
        place_and_time_figures(norm, figures, positions, period,
                               partial(led_context, norm, unit.section, meta, led, kind == PLAN), place, meta.jurisdiction,
                               tuple(m for m in mentions if not YEAR_OF_A_THING.match(norm, m[0])), ws.areas, review_year,
                               spoken_times(norm, *_document_year(meta), mentions))
        for g in figures if rejected else ():
            if g.place == rejected:
                g.place = None if place == meta.jurisdiction else meta.jurisdiction
        for g in figures if guest else ():  # (nor its figures': 各县区的200多位代表参加了…仪式 of those the page's event had)
            g.place = None if g.place == guest else g.place
        place = won_by_own(norm, place, figures, ws) or place
        among = listed_own(norm, place, ws)
        if among:  # (…名单（55个县（市、区）入选），其中旺苍县成功入选: the county's result, the 55 the province's list's)
            for g, pos in zip(figures, positions):
                g.place = g.place or (place if pos < among[0] else None)
            place, kind = among[1], DONE if kind == CONTEXT else kind
        zone = subject_zone(norm) if place == meta.jurisdiction else None
        if zone:  # the zone's statement: a figure it does not place stays the document's place's (全市…16个…园区)
            for g in figures:
                g.place = g.place or place
            place = zone
        # (a speaker's words kept as work done or planned are kept without their speaker, 李成伟激动地说，产业园区…研发花卉新品种
        # 64个: no draft prints a reporter's frame; words kept as background keep it, for whose they are; so in any page are
        # the words after a quotation and who said it, “…。”市司法局相关负责人表示，下一步，…, hd30a — unless the quotation tells
        # a time or a figure itself: its words are the statement, “…预计今年11月份竣工验收。”…汪俭军介绍，…, hd70a)
        frame = speech_frame(text) if (meta.kind == NEWS or text.lstrip().startswith("“")) and kind in (DONE, PLAN) else None
        frame = None if frame and quote_tells(frame.group(), doc_year, doc_month) else frame
        text = text[frame.end():] if frame and len(text) - frame.end() >= MIN_CHARS else text
        if unit.block.index in headings:
            continue  # (an item's heading, its bookkeeping above done: the paragraph after it is its work's)
        place = unrejected(place)  # (nor read again after the statement's own reading: a zone's, a unit's subject)
        # (a reply's or report's item headings are the bureau's own, a draft's headings: 一是大力推进平台服务提质增效。…)
        told = without_heading(text) if meta.kind == NEWS else text
        head, text = text[:len(text) - len(told)], told
        label = SPEAKER_LABEL.match(text)
        if label and label.group(1) in (meta.title or "") and len(text) - label.end() >= MIN_CHARS:
            text = text[label.end():]  # (高康：保山有世界级的气候生态… of an interview titled with 高康: grammar.SPEAKER_LABEL)
        if meta.kind == NEWS and unit.block is out.units[-1].block:
            text = CLOSING_NAME.sub("", text).rstrip()  # (…不断增强。（钟文肄）: the name crediting the page, grammar.CLOSING_NAME, hd47b)
        entry = list_entry(unit.block) if unit.role == "listed" else None
        before, _, after = text.partition(entry) if entry else ("", "", "")
        if entry and listed and facts[-1] is listed[0] and listed[0].jurisdiction == place and (before, after) == listed[1:3]:
            listed[3].append(entry)  # (a list's lines naming the place, 环翠区孙家疃街道伴海社区 / 环翠区张村镇福德庄村: one statement)
            listed[0].text = before + "、".join(listed[3]) + after
            continue
        # (pointing back to the event a statement before told, 推介会上，汉中市经济合作局作…推介: that event kept in its text, named and
        # dated — alone it would tell of no event, hd68c)
        held = event_held(text) if meta.kind == NEWS else None
        told_on = None if held or not events_told else EVENT_TOLD_ON.match(simplified(normalise(text)).strip())
        event = next((e for e in reversed(events_told) if event_agrees(told_on, e)), None) if told_on else None
        if event:
            text = f"{event}。{text}"
        events_told += [held] if held else []
        key = text_key(text)
        kind = CONTEXT if restated else kind
        statement = (key, kind, period.year, period.until)
        # (or its figures told again, this many or more, in other words: a news item's lede repeated at its end, 预计2022年全市新增
        # 高企1100家左右，…突破5200家，同比增长25%，全省占比48%。 / …预计2022年新增高企1100家左右，…)
        told = (tuple(sorted(str(told_key(g)) for g in figures)), kind, period.year, period.until)
        if statement in said or (len(figures) >= TOLD_AGAIN and told in said):
            continue  # (a sentence said again under each heading, 2025年，继续推进…。 in all four of part two's: one statement)
        said.update((statement, told) if len(figures) >= TOLD_AGAIN else (statement,))
        seen[key] = seen.get(key, 0) + 1
        fact = Fact(
            id=f"f-{meta.id}-{key}" + (f"-{seen[key]}" if seen[key] > 1 else ""),
            text=text,
            kind=kind,
            period=period,
            jurisdiction=place,
            source_id=meta.id,
            section=list(unit.section),
            paragraph=unit.block.index,
            figures=figures,
            external=not own_or_under(place),
        )
        headed[len(facts)] = head
        facts.append(fact)
        told_before.append({told_key(g) for g in figures})
        told_keys |= told_before[-1]
        listed = (fact, before, after, [entry]) if entry else None
    dated_by_retelling(facts)
    # (a reply's matter, its suggestion's, is what a fact under none but part headings is about: 二.建议办理情况 1.2017-2021年
    # 安排上级专项资金共计454万元 of 关于合理拨付文物保护专项经费的提案, hd29b; a heading of its own, 一、大力培育科技创新主体, says its)
    matter = matter_terms(concern(meta.suggestion_title)) if meta.kind == REPLY and meta.suggestion_title else []
    for fact, topics in zip(facts, document_topics([(headed.get(k, "") + f.text, f.figures) for k, f in enumerate(facts)])):
        own_heading = any(heading_class(h) == OTHER for h in fact.section)
        fact.topics = topics if own_heading else with_matter(fact.text, topics, matter)
    if not meta.date and meta.kind != REPLY:
        undated_basis(facts)
    # (the own place by its name before its level was renamed, as the page tells: recorded on the source, so every reader of the
    # base, without the page's text, takes it as own — under_of lists no 香格里拉县 to add, compose learns from its replies, rv18 7)
    meta.renamed = next((p for p in (meta.jurisdiction, *(f.jurisdiction for f in facts))
                         if p and not ws.is_own(p) and ws.is_own(p, page_told)), None)
    return facts


def dated_by_retelling(facts: list[Fact]) -> None:
    """A statement dated only by its document whose figures, TOLD_AGAIN or more, another statement of it tells again under
    the year that one names takes that year: a news item's lede quoting a report (“城镇新增就业25.79万人，农村劳动力转移就业
    294.43万人”…… on 2024-01-24) is of the year the report's words it quotes are (政府工作报告指出，2023年，…), hd35b."""
    def told(fact: Fact) -> set[tuple]:  # (the figures of the statement's own time, none of their own or its year: hd60b)
        return {told_key(g) for g in fact.figures if g.year is None or (g.year, g.until) == (fact.period.year, fact.period.until)}

    for fact in facts:
        if fact.kind == PLAN or fact.period.basis != DOCUMENT_DATE or len(told(fact)) < TOLD_AGAIN:
            continue
        again = next((f for f in facts if f is not fact and f.kind != PLAN and f.period.basis == TEXT
                      and told(fact) <= told(f)), None)
        if again:
            fact.period = again.period


def undated_basis(facts: list[Fact]) -> None:
    """A report's or a news item's ``facts`` (and their figures) dated by no date of its own, its 今年, 目前 read against the
    period its title names (市数据局2024年工作总结…: 今年5月机构改革以来, hd33b): of that report period, never a document
    date it lacks."""
    for fact in facts:
        if fact.period.basis == DOCUMENT_DATE:
            fact.period = replace(fact.period, basis="report period")
        for figure in fact.figures:
            if figure.basis == DOCUMENT_DATE:  # (its time then the fact's own: none of its own)
                same = (figure.year, figure.until) == (fact.period.year, fact.period.until)
                figure.year, figure.until, figure.basis = (None, None, None) if same else (figure.year, figure.until, "report period")

