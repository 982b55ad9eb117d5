"""Metadata of a source document (:class:`~drafter.model.SourceMeta`) from its front and back matter.

- ``kind``: reply (an addressee ``…代表：``/``…委员：``, an opening ``…收悉``, a title ``…建议的答复``),
  news (``…网讯（记者…）``, a dateline ``厦门网 2025-02-17``, a byline ``…报记者 罗某``, a source field naming a
  news outlet ``来源:新华网`` / ``来源:福州晚报``, a photo's credit ``记者 叶诚 摄``, a text opening
  on the day of an event ``8月2日，市科技局召开…`` / ``昨日，我市召开…``, an author field ``作者：佚名`` under a title
  naming no report), work_report (工作总结 / 工作计划 /
  工作完成情况 / 办理情况 / 汇报如下…), policy (措施 / 办法 / 意见 … in the title); a work report otherwise.
- ``issuer``: the ``发布机构`` line, else the letterhead, the signature unit, the news site, else
  the full name of the unit the text calls itself by its short form (``区科技局`` → 鲤城区科技局); a unit named by its level alone
  takes the full name its page's source field gives it (【区卫健局】 under 信息来源:巴州区卫生健康局).
- ``jurisdiction``: the innermost place (…省/市/区/县) the issuer's name starts with
  (深圳市南山区科技创新局 → 南山区); a name without one (``厦门网``) is completed from the text (厦门市); else the place named in the title; else, for an outlet named by a
  known city (巴中日报), that city — or the province the text speaks of as its own (全省, 合肥晚报's 安徽省); else the place the text
  names most among those of the level of its issuer (县科技局 → a …县) or else of the level it
  speaks of itself (我区 / 全区 → a …区).
- ``number``, ``date`` (last, from the page's own address heading the text: ``…/202507/t20250728_…``), ``period`` (the year a report covers: its title's or a heading's, its
  statistics period, else the year its text opens with, ``2024年，…``) and, for replies, the deputy,
  suggestion number, session, title (in 《》 or bare: 你提出的关于…的建议收悉), co-handlers (会同…,
  …协办, or 我局与…共同研究), class (答复类型/答复类别/办理结果, or a mark such as （A类） on its own line or after
  the document number), signatory, contact,
  phone (also from a bracketed line （联系人：…，联系电话：…）), 抄送, disclosure.
- ``id``: ``<year>-<reply|proposal>-<suggestion no.>``, else ``<year>-<kind>-<document number>``,
  else ``<year>-<kind>-<hash of the text>`` — readable and stable for the same content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from ..grammar import DATED_ADDRESS as DATED_ADDRESS_PATTERN
from ..read.clean import CONTENT_ADDRESS as CONTENT_ADDRESS_PATTERN
from ..read.clean import AUTHOR_BYLINE, BRAND_END_WORDS, DATED_BYLINE, SITE_DATELINE, VIEW_FIELDS
from ..grammar import PROVINCES as PROVINCE_NAMES
from ..grammar import AUTONOMOUS_REGION_NAMES, BODY_HEADED, CLOSING_CREDIT, CONTACT_LABELS, LEVEL_ANAPHOR, CLOSING_NAME, COURTESY, MEDIA_NAME, NEWS_COLUMN_WORDS, NOT_ORGAN, OUTLET_IN_TEXT, PHOTO_CREDIT, ISSUING, QUESTIONS_ON_IT, REPORTER_HEARD, REPORTER_PRESENT, REPORTER_ROLES, RULE_FOLLOWED, SLOGAN_PHRASES, SPEAKER_LINE, SUGGESTION_FIELD, SUGGESTION_TITLE, TRANSMITTAL, announces_asks, place_and_short_name, PROVINCE_SHORT_NAMES
from ..grammar import (
    ANNOUNCING_VERBS, AREA_LEVELS, DEPUTY_KEYS, LEVEL_CHARS, ASSEMBLY_WORDS, AWARD_WORDS, CN_DATE, CN_DIGITS, DASHED_DATE, DAY_TIME,
    DEMOCRATIC_PARTIES, DEPARTMENT_FULL_NAMES, DEPARTMENT_ORGAN_WORDS, DEPARTMENT_SHORT_NAMES, DIGIT_DAY, DIGIT_MONTH,
    GOVERNMENT_WORD, HOLDING, HOLIDAY_DAYS, HONOUR_VERBS, LEVEL_NOUN_AFTER, LIFE_EVENT_WORDS, LOCAL_SCOPES,
    NATION, REGION, ORGAN_CHARS, ORGAN_PART, ORGAN_WORDS, PEOPLES, PEOPLES_SHORT_NAMES, PLACE_LEVELS, PRESENT_WORDS, MAX_RECENT_YEARS, RECENT_YEARS_WORDS,
    REPLY_LETTER_ENDS, SCOPE_WORDS, SELF_UNIT, SITE_FOOTER, TIME_WORDS, TITLE_EPITHETS, TITLE_SPAN, TO_COME, UNIT_NAME, cn_date, names_unit,
    same_unit, short_place, unit_matters, unit_mentions, words,
)
from ..lazyre import lazy
from ..model import NEWS, POLICY, POSTED_EARLY_BY, REPLY, WORK_REPORT, Document, SourceMeta
from ..textutil import CJK, CLOCK, doc_number_year, is_cjk, nfkc, simplified
from ..workspace import Workspace, place_names
from .figures import LOCAL_SCOPE, find_figures, normalise
from .periods import SUMMED_UP_YEAR, TEXT, time_mentions
from .places import (LEVEL_AS_AUTHORITY, MEASURED_AGAINST_WORDS, place_rank, NOT_A_NAME_START, CITIES, PARTY_NAMES, POST, PROVINCES, SITE_LABEL, areas_named, complete, expand, innermost, is_place, leading_places, opens_with_function, org_names, own_urban_area, visitors,
                     places_in, ranked_in, short_forms)
from .topics import GENERIC
from .structure import (
    ADDRESSED_HEAD, ADDRESSEE, CLASS_LINE, CREDIT_LINE, DATE_LINE, META_KEYS, MONTH_DAY_LINE, NEWS_LEDE, OPENING, ORG_LINE, PRESENTING, REPRINTED, SIGNATURE_KEYS, SPACED_CJK, TIMESTAMP_LINE, Outline,
    is_meta_line, address_said, closing_said, opened_said, opening_said, reply_form, salutation_said, signed_date, thanks_said,
)

# A page's own field, which no word of a value ends in (信息来源, 发布机构, 浏览次数).
PAGE_FIELDS = r"(?:信息来源|文章来源|发布机构|发布单位|发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|浏览次数)\s*："
# (：: after a field left empty, 发文字号：成文时间：…; a page's field right after the time of the one before, its widget
# between them dropped: 发布日期：2021- 10- 08 10: 45信息来源：市住房和城乡建设局; or right after the value before it, a name:
# 作者：刘皓 汪祥声信息来源：霍山县融媒体中心, hd49a; and a bare 来源 right after the time, 日期:2022-08-16 14:48来源:霍邱县农业机械化
# 发展中心, hd57a — after a word, 来源 may end its value: 资金来源)
KEY_VALUE = re.compile(rf"(?:^|(?<=[\s\-*•·，；（【：])|(?<=[\d{CJK}])(?={PAGE_FIELDS})|(?<=\d)(?=来源\s*：))({META_KEYS})\s*：\s*")
# A page's own field after a web address on its line (门户网站 www.yuanling.gov.cn 发布时间：2026-02-11 15:14).
SITE_FIELDS = re.compile(rf"(?:www\.|https?[:：]//)\S+\s+{PAGE_FIELDS}")
# A page's timestamp opening a line of fields (2023-05-16 11:48:06 文章来源：某局).
STAMP = re.compile(rf"^{DASHED_DATE}\s+{CLOCK}\s+")
# A line wrapped whole in brackets: （联系人：…，联系电话：…）
_WRAPPED = re.compile(r"^[（【\[](.*)[）】\]]$")
# (a serial with a sub-number, 兰政字〔2012〕30-17号; a code of a letter, B〔2017〕062号)
DOC_NUMBER = re.compile(
    rf"([{CJK}]{{1,10}}?|[A-Za-z]{{1,3}})\s*[〔\[［（【(]\s*((?:19|20)\d{{2}})\s*[〕\]］）】)]\s*第?\s*(\d{{1,5}}(?:-\d{{1,5}})?)\s*号"
)
# A number's field name run into it without a colon (- 文号弥民函〔2017〕14号): no part of it.
NUMBER_KEY = re.compile(r"^[-*•·\s]*(?:文\s*号|发文字号|发文文号)(?=[^\s：:〔\[［（【(]{1,10}?\s*[〔\[［（【(])")
# A number in a table's cell after its field's (…主动公开文号 | 安文旅广函〔2023〕116号 | 成文日期：…, the table's rows run
# into one line, hd35c).
NUMBER_CELL = re.compile(rf"(?:文\s*号|发文字号|发文文号)\s*[|｜]\s*(?={DOC_NUMBER.pattern})")
# A number's code printed as a field's name (建议字：〔2023〕8号): the code, no field.
CODE_AS_KEY = re.compile(rf"^([{CJK}]{{1,8}}字)\s*：\s*(?=[〔\[［])")
# A number whose closing bracket and 号 a web page stripped: 闵科委〔202414
STRIPPED_NUMBER = re.compile(rf"^([{CJK}]{{1,10}}?)\s*[〔\[［]\s*((?:19|20)\d{{2}})(\d{{1,4}})$")
# A compact date (a page stripped 年月日): 20211228
COMPACT_DATE = re.compile(r"^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
# …and one whose month or day has one digit (2023717: 2023-07-17), read only where one reading is a date
SHORT_COMPACT_DATE = re.compile(r"^((?:19|20)\d{2})(\d{3})$")
ISO_DATE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
# A date whose year has two digits (发布日期:21/09/24 15:59:22): which part is the year only the document's other dates say.
SHORT_YEAR_DATE = re.compile(r"(?<![\d.])(\d{2})([./-])(\d{1,2})\2(\d{2})(?![\d.])")
# A date written day first (19.06.2015, 24/09/2021): dotted, it is day.month.year; with slashes, only a day past 12 says so.
DAY_FIRST_DATE = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d.])")
DATED_ADDRESS = re.compile(DATED_ADDRESS_PATTERN)
ADDRESS = re.compile(r"^https?[:：]//\S+$")
DATELINE = re.compile(rf"^([{CJK}A-Za-z]{{2,12}}?(?:网|报|新闻|电视台|客户端|融媒|传媒|频道))\s+(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}")
LEDE_SOURCE = re.compile(rf"^(?!本[报台网刊])([{CJK}]{{2,10}}?)讯（")  # 本报讯 names no one
LEDE_REPRINTED = re.compile(rf"^{REPRINTED}")  # (据《吴忠日报》消息 8月10日，…: the paper's story)
# A news lede naming the unit the reporter had it from (记者从香格里拉县民政局了解到，…, hd51a): the story is that unit's, never
# its site's owner's (a Sichuan magazine's footer) nor a higher level's it mentions (2013年省民政厅批复之后).
LEDE_INFORMANT = re.compile(rf"^[^，。；]{{0,20}}?{REPORTER_HEARD}")
# (a numbered item's letter: …关于办理县十八届人大五次会议第155号建议的函)
# (not a meeting to answer them: 政协…提案第一次公开答复会召开)
REPLY_TITLE = re.compile(r"(?:建议|提案|议案)[^，。；]{0,10}?(?:答复(?!会)|复函|会办|协办|办理意见)|答复(?:函|的函)?$|复函$"
                         r"|第[^，。；]{1,12}号(?:代表|委员)?(?:建议|提案|议案)[^，。；]{0,6}?的函$")
REPORT_WORDS = re.compile(r"工作总结|工作报告|工作计划|工作完成情况|工作进展情况|工作要点|工作安排|工作情况|办理情况|汇报如下|报告如下|年度报告|本报告")
# (a warning a title issues, 森林草原火险橙色预警 / …预警信号: a notice, no report of work done, hd63a)
POLICY_WORDS = re.compile(r"措施|办法|意见|规定|方案|通知|公示|细则|规划|条例|行动计划|目标|预警(?:信号|信息|公告)?$")
# A public notice (公示): its period, and objections invited (对公示内容持有异议的，请…; 可以向…提出书面异议) — a notice like a
# policy's, not a report of results (我局拟提名…项目共10项，现予以公示); never a report saying a 公示 passed (公示期满无异议).
NOTICE_PERIOD = re.compile(r"公示(?:期|时间)")
OBJECTION_INVITED = re.compile(r"(?:持有?|有|提出)(?:书面)?异议的|(?:可以?|请|须|应当?)[^。；]{0,30}?提出(?:书面)?异议")
# A title telling a year's situation (六安市2019年旱情与农村供水保障情况): the year it is of.
TITLE_SITUATION = re.compile(r"((?:19|20)\d{2})\s?年(?!以来|至|[-—~－])[^，。；（）]{0,20}?情况")
# (a chronicle of a year, its year before or after: 2023年大事记, 济宁市民政局大事记2023年 — its entries, dated by day and month only,
# are of that year, not of the day it was posted, hd38a)
PERIOD = re.compile(r"((?:19|20)\d{2})\s?年度?[^，。；]{0,16}?(?:工作总结|总结|完成情况|执行情况|报告|工作情况|决算|考核|考评|大事记)"
                    r"|大事记[（(]?((?:19|20)\d{2})\s?年?[）)]?$")
# The span a report's figures cover: 本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止
STATISTICS_PERIOD = re.compile(r"统计(?:期限|时限|区间|时段)[^。；]{0,6}?((?:19|20)\d{2})\s?年")
# A reporter's byline in the front matter: 深圳特区报记者 罗某 通讯员 李某/图
# A line naming who delivers a report, a post and a name (汕头市潮阳区审计局局长 郑某, 甘肃省商务厅厅长 张某): no title.
SPEAKER = re.compile(rf"(?:局长|主任|厅长|部长|书记|区长|县长|市长|旗长|主席|院长|委员)\s+[{CJK}]{{2,3}}$")
# A unit's head quoted by name (州农业农村局局长赵珖菻表示，…, 刘长宏说，…): the words a reporter writes of them, no report's.
OFFICIAL_SAID = re.compile(rf"(?:局长|主任|厅长|部长|书记|区长|县长|州长|市长|旗长|主席|院长)[{CJK}]{{2,3}}(?:表示|指出|介绍|说)[，：]")
# Anyone's words quoted whole, then who said them (…再也不用为水发愁了。”王长江说。, …预计今年11月份竣工验收。”…工作人员汪俭军介绍，,
# hd70a): a reporter's page, no unit's report.
WORDS_QUOTED = re.compile(rf"[。！？]”[^“”。；！？]{{0,30}}?[{CJK}](?:说|介绍|表示|告诉记者)[。，：]")
# What a page heard (据了解，…; 据悉，…), of a place it speaks of from outside (grammar.LEVEL_ANAPHOR: 该县): a reporter's words.
HEARD_OF = re.compile(r"据(?:了解|悉)[，,]")
# A news item's credit to its correspondent (（来源：马山县退役军人事务局 通讯员：黄某）, 通讯员 谈某).
CORRESPONDENT = re.compile(rf"通讯员\s*：?\s*[{CJK}]{{2,4}}(?:[\s）)、，]|$)")
# A text speaking as a unit or of its own place (我局, 我区, 我们, 本局): one of its own, not a third party's.
FIRST_PERSON = re.compile(f"我(?:们|[省市区县州旗镇乡村{ORGAN_CHARS}院校所部])|本(?:[{ORGAN_CHARS}]|部门|单位)")
ANY_YEAR = re.compile(r"(?:19|20)\d{2}\s?年")
AUTHOR = re.compile(r"(?:^|\s)作者：\s*[^\s：]")
# A journal article's fields: its journal's issue (珠江水运 2019年8期; not a unit's own bulletin, 科技工作简报2023年第5期) or
# its keywords (关键词：梧州市西江梧州).
# (or a paper's page field, its number and column: 第00020版:又好又快在浙江 of a 浙江日报 page, hd44a)
JOURNAL_FIELD = re.compile(r"^(?:关键[词字]\s*：|[^，。；：\s]{2,12}(?<!简报)(?<!快报)(?<!专报)(?<!动态)(?<!信息)\s?"
                           r"(?:19|20)\d{2}\s?年\s?第?\d{1,2}\s?期$|第\s?\d{1,5}\s?版\s?[:：])")
BYLINE = re.compile(rf"[报网台社端闻](?:\s*[|｜]\s*)?记者\s?[{CJK}]{{2,4}}(?:\s|$)")  # (…|浙江新闻客户端 |记者 肖淙文 王逸群, h258)
# A line of the credits alone (□大河报·大河客户端记者郭兵通讯员蔡豪): no title.
_NAME = rf"\s?[{CJK}]{{2,4}}"
CREDITS_LINE = re.compile(rf"^[^，。；：]{{0,16}}?(?:[报网端台社心]记者{_NAME}|记者{_NAME}(?=\s?通讯员))(?:\s?通讯员{_NAME})*$"
                          # (or names and an outlet's reporters by their role, under its source field and with the day or not:
                          # 来源：张敏 封面新闻采访人员 刘彦谷 2021-06-29, hd64b)
                          rf"|^(?:来源\s*[：:]\s*)?(?:[{CJK}]{{2,4}}\s+)*[{CJK}]{{0,12}}?(?:{words(REPORTER_ROLES)})(?:\s+[{CJK}]{{2,4}})+"
                          rf"(?:\s*{DASHED_DATE})?$")
# A site's menu, four or more short words apart (本地 天下 发现自贡 文化 健康 教育 商圈): no title.
# A newspaper's edition line: its date and page (九江日报/2024 年/5 月/14 日/第 001 版), never the article's headline.
EDITION_LINE = re.compile(r"(?:19|20)\d{2}\s*年.*第\s*[A-Z]?\d+\s*版")
NAV_BAR = re.compile(rf"[{CJK}]{{1,4}}(?:\s+[{CJK}]{{1,4}}){{3,}}")
# A news item's headline as its mirror quotes it (原標題:臨沂:文旅輝映 蝶變向新, hd14: the page's byline was taken instead).
ORIGINAL_TITLE = re.compile(r"^原(?:标题|题)\s*[：:]\s*(\S.{3,60})$")
# A text that opens on the day something happened (8月2日，市科技局召开…; 4月9日上午，…): a news
# report, whose year is its date's.
# (or days: 10月15日-16日，市政协召开…; or after its purpose: 为了全方位多层次推动爱国卫生运动，…，4月26日上午，…; or a feast's day
# and its hour: 大年三十上午，市委书记阎立专程走访慰问…, hd39a; or a word's day, its comma lost: 近日生态环境部西南督察局…一行对我县…, hd73c)
_DAY_WORDS = "昨日|昨天|日前|近日"  # (a day the text does not name)
EVENT_DAY = re.compile(r"^(?:摘要：|导读：)?(?:为了?[^。；！？]{2,80}?，+)?(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:\s?[-—至]\s?(?:\d{1,2}月)?\d{1,2}日)?"
                       rf"|{_DAY_WORDS}|(?:大年三十|除夕|(?:大年|正月|年)初[一二三四五六七八九十]|(?:{words(tuple(HOLIDAY_DAYS))})节?)(?={DAY_TIME}))"
                       rf"{DAY_TIME}?(?:，|(?<={_DAY_WORDS})(?=[{CJK}]))")
# A reply's title line opening on the day it was posted, its year's words after it (7月28日,2022年度滕州市住建局关于…的答复, a
# mirror's): the day of that year — a year's replies are answered within it.
DAY_THEN_YEAR = re.compile(r"^(\d{1,2})月(\d{1,2})日\s*[，,]\s*((?:19|20)\d{2})\s?年")
# A report whose text opens with the year it speaks of: 2023年，全局干部职工齐心协力，…
# (or the year's work of the whole place: 2020年全市教育工作的总体要求是：…, a plan of 2020)
# An opening sentence telling of a person's life (…高中在读的王竹康应征入伍。): a story's back-story, not the year it reviews — not
# the people a place's work served, named by the event (2021年，全县接收退役军人230名，扶持返乡创业人员…).
# (a person's: not a place's count, its scope before the event or a figure after it in its clause — 2021年，全市出生人口1.2万人;
# 全县新增返乡入乡创业人员320人; 出生缺陷发生率降至3‰, rv4)
BACK_STORY = re.compile(rf"(?:(?!{words(SCOPE_WORDS)})[^。！？])*?(?:{words(LIFE_EVENT_WORDS)})"
                        r"(?!军人|人员|士兵|生|创业|农民工|青年|大学生|干部)(?![^，。；！？]*\d)")
OPENING_YEAR = re.compile(rf"^((?:19|20)\d{{2}})\s?年度?(?:，|(?={words(LOCAL_SCOPES)}))")
# A time a news item's lede tells of (近日，…, 日前，…, 7月27日…, 今年…): the news is of its present, a year named after it its past.
_TIME_TOLD = re.compile(rf"\d|日前|{words(TIME_WORDS, RECENT_YEARS_WORDS)}")


def _dated_opening(text: str) -> re.Match | None:
    """:data:`OPENING_YEAR` opening the first sentence of ``text`` that names a year, if it opens on it and the sentences
    before it tell of no time (:data:`_TIME_TOLD`: words of a place, 衡水，伴水而生，因水而兴。…)."""
    sentence = next((m for m in re.finditer(r"[^。！？]+[。！？]?", text) if ANY_YEAR.search(m.group())), None)
    if sentence is None or _TIME_TOLD.search(text, 0, sentence.start()):
        return None
    return OPENING_YEAR.match(sentence.group().lstrip())
# A place starts after punctuation or a function word: 记者从成都市科技局 → 成都市, not 者从成都市.
PLACE_ANCHORED = re.compile(
    rf"(?:(?<![{CJK}])|(?<=[从在向对于和与及到为是的据经由将把被]))([{CJK}]{{2,4}}?(?:自治州|省|市|区|县))"
    rf"(?=委|{GOVERNMENT_WORD}|人民{GOVERNMENT_WORD}|{words(ASSEMBLY_WORDS)}"
    rf"|(?:(?!的)[{CJK}]){{0,5}}?(?:{words(tuple(w for w in DEPARTMENT_ORGAN_WORDS if w != '委'))}))"
)  # (no 的 between: 查看市场的整体布局 names no unit)
# What opens a span before a unit's place and is no part of it: a function word, a verb of working
# with others, a party's name (中共泉州市委组织部 → 泉州市; places.PARTY_NAMES).
LEADING_FUNCTION = re.compile(rf"^(?:关于|会同|联合|征求|征询|商请|会商|函请|根据|经|在|与|和|及|由|对|向|将|为|是|据|{words(PARTY_NAMES)})+")
# How a text speaks of its level as its own: its scope words (我市, 全市, 本市), its party committee,
# government and assemblies (市委, 市政府, 市人大, 市政协).
SELF_LEVEL = {level: "|".join((*(w for w in SCOPE_WORDS if w.endswith(level)),
                               *(level + w for w in ("委", GOVERNMENT_WORD, *ASSEMBLY_WORDS))))
              for level in "市区县省"}
# …and a prefecture's (自治州): 全州, 我州, 州委, 州人民政府 — a text of a prefecture names its 州 or none, never
# one of its cities (博乐市、精河县分别被纳入…).
SELF_LEVEL["州"] = "全州|我州|本州|州委|州人民政府|州政府|州人大|州政协|自治州"
SESSION = re.compile(  # (a place or a city and its district: 政协广元市朝天区六届六次会议; a prefecture: 文山州十五届人大一次会议;
    # an autonomous county, its name of two characters before its peoples: 维西傈僳族自治县十七届人大第六次会议, hd23d)
    rf"(?:政协)?(?:全国|(?:[{CJK}]{{0,4}}(?:自治)?[省市区县州]|[{CJK}]{{2}}(?:(?:{words(PEOPLES)})族?)+自治[县州]){{1,2}})(?:人大|政协)?第?[一二三四五六七八九十]+届(?:人大|人民代表大会|政协)?"
    r"(?:常委会|委员会)?第?[一二三四五六七八九十]+次(?:全体)?会议"  # (政协某市第十二届委员会第三次会议: its formal name)
    # (or with no level, its assembly named: 第十六届政协第一次会议; a town's or a banner's: 兰亭镇第十六届人民代表大会…)
    rf"|(?<![\d一二三四五六七八九十])(?:[{CJK}]{{0,4}}[镇乡旗])?(?:政协第[一二三四五六七八九十]+届(?:委员会)?|第[一二三四五六七八九十]+届(?:人大|人民代表大会|政协)(?:委员会)?)"
    r"第[一二三四五六七八九十]+次(?:全体)?会议"
    # (or with neither a level nor 第 before its term, 人大 or 政协 after it: 关于三届人大三次会议第41号建议的答复)
    r"|(?<![\d一二三四五六七八九十第])[一二三四五六七八九十]+届(?:人大|政协)[一二三四五六七八九十]+次(?:全体)?会议"
    # (or its assembly named before its term, no level nor 第: 关于对政协十届三次会议第52号提案的答复)
    r"|(?:人大|政协)[一二三四五六七八九十]+届[一二三四五六七八九十]+次(?:全体)?会议"
)
# The level of a session that names no place (市六届人大…, 六届市人大… → 市).
SESSION_LEVEL = re.compile(rf"^(?:第?[一二三四五六七八九十]+届)?([{LEVEL_CHARS}])")
SUGGESTION_NO = re.compile(r"第\s*([A-Za-z]?\d{1,10})\s*号")  # 第1071号, 第20240123号, 第B003号
# the number of the item itself: 第0219号建议, （72号）, (第281号)
# (a year, a letter and a serial: 第2025D048号集体提案)
_ASCII_BRACKETS = str.maketrans("（）", "()")  # a number as a clerk types it: B(2019)331
ITEM_NO = re.compile(
    # (two numbers, the session's and the committee's: 第162-410号提案; a class, its year in brackets and a serial:
    # 第B(2019)331号 建议)
    r"第\s*([A-Za-z]{0,3}(?:[（(](?:19|20)\d{2}[）)])?\d{1,14}(?:[A-Za-z]\d{1,6}|-\d{1,6})?)\s*号(?=[^，。；〔〕]{0,6}(?:建议|提案|议案))"
    r"|[（(]第?\s*([A-Za-z]?\d{1,10}(?:[A-Za-z]\d{1,6}|-\d{1,6})?)\s*号[）)]"
    # a session's item without its 第: …五次会议49号提案的答复函, …第一次会议17号代表建议的答复
    rf"|(?<=[{CJK}])(?<![〕\]］）)])([A-Za-z]{{0,3}}\d{{1,14}})号(?=(?:代表|委员)?(?:建议|提案|议案))"
)
# The units named after 会同, up to the verb or the end of the clause: 经会同市发展改革委、市财政局认真研究
CO_HANDLERS = re.compile(r"会同([^，。；：]+?)(?:等(?:单位|部门))?(?:共同|一起|认真|进行|研究|办理|答复|商|[，。；：])"
                         # (not the item itself: 市农委关于对…第20180388号提案会办工作的意见 is the issuer's own part)
                         # (nor the kind of unit: 与协办单位共同商讨 names none)
                         # (nor the bureau itself, whose reply this is: 您提出的第098号建议由我局协办, 现提出如下会办意见; nor a line over it)
                         rf"|([^，。；：\n]+?)(?<!提案)(?<!建议)(?<!议案)(?<!的)(?<!如下)(?<![我本][{ORGAN_CHARS}])(?<!我们)"
                         # (nor a committee's office: 人民代表大会常务委员会办公室《…通知》, 委员会 and 办公室 no 会办)
                         r"(?:等(?:单位|部门))?(?:协办|配合办理|会办(?!公))(?!单位)"
                         # (or the units the bureau worked with: 经我局与市规划和自然资源局、市生态环境局共同研究办理)
                         rf"|我(?:[{ORGAN_CHARS}]|们)与([^，。；：]+?)(?:等(?:单位|部门))?(?:共同|一起|联合)(?:研究|办理)")
# How a document cited by its title ends, a notice's or a plan's, never a suggestion's (…“回头看”活动的通知).
# (its trial or interim mark after: 《政协安康市委员会提案公开办理办法(试行)》, hd35c)
CITED_DOCUMENT_END = re.compile(r"(?:通知|办法|方案|决定|规定|条例|规划|纲要|细则|通报|批复|函)(?:[（(](?:试行|暂行|修订)[）)])?$")
# An item's label, its session and number, no title (钦州市政协六届四次会议第2024067号提案).
ITEM_LABEL = re.compile(r"第[\d〇一二三四五六七八九十]+号(?:建议|提案|议案)$")
# A field naming them, its units apart by spaces (主办单位：区体育中心 协办单位：区文旅体局 区教科局).
CO_HANDLER_FIELD = re.compile(rf"(?:协办|会办)单位[ \t]*：[ \t]*([^：\n]+?)(?=[ \t\u3000]+[{CJK}]{{2,6}}：|$)", re.M)
# 你提出的关于…的建议收悉: the title without 《》.
# (or handed to the bureau, or answered: 你们提出的关于加快潞江镇农村水利基础建设 助推…的建议，已交我们研究办理; …的议案，交由我单位办理;
# 您提出的关于…的建议，现答复如下)
BARE_SUGGESTION_TITLE = re.compile(r"(?:提出|所提)的(关于[^。；《》]{2,80}?(?:建议|提案|议案))(?:（[^）]*）)?"
                                   r"(?:(?:已|均)?收悉|，?(?:已|现已|已经)?(?:交|转|转交|交由|转由)(?:给)?(?:我|本)|，现答复如下"
                                   # (a co-opinion's: 现将…提案提出的关于…的建议落实情况函告如下)
                                   r"|的?(?:落实|办理)情况(?:函告|函复|答复|报告)如下)")
# …or in quotes, whatever follows (您提出的“关于创新打造公共法律服务体系的建议”提案，我单位已经办理; 您所提的“…”已收悉), also one
# not opening on 关于 (你提出的“建议帮助列项并实施马游河河堤加固项目工程的建议案”).
QUOTED_SUGGESTION_TITLE = re.compile(r"(?:提出|所提)的?(?:关于)?[“\"]((?:关于[^“”\"。]{2,80}?|[^“”\"。，]{6,80}?的)(?:建议案|建议|提案|议案))[”\"]")  # (您们提出“关于…的提案”，…)
# (and quoted after 关于: 您提出的关于“关于规范设立县城街道垃圾点的建议”收悉)
# …or a matter in 《》 the item is of (您提出的《生活垃圾影响市容市貌和居民健康》的提案已收悉): the matter its title names.
NAMED_MATTER_ITEM = re.compile(r"(?:提出|所提)的?《([^》]{4,60})》的(?:建议|提案|议案)(?:已|均)?收悉")
# …or quoted, its opening mark lost with what stood before it (a mirror's ad in the place's name: 就二位代表提出的要求全覆盖垦复
# 油茶林的建议”，现再次答复如下).
HALF_QUOTED_TITLE = re.compile(r"(?:提出|所提)的([^“”\"。，；：]{6,60}?的(?:建议|提案|议案))[”\"]")
# …or its title alone in 《》, no kind after it (人大代表戚建平提出的《规范社区服务事项，聚焦社区服务主责》，按照我局职能职责…).
PROPOSED_TITLE = re.compile(r"(?:提出|所提)的《([^》]{4,60})》(?![的之]?(?:建议|提案|议案))")
# A title quoted inside the page's own 关于…的建议 (您提出的关于“关于合理规划停车场的建议”的建议收悉): the quoted one.
# (the quoted one may be a matter only, 关于“关于老邢峰线（群英路）进行改造”的建议: then it takes the outer one's kind)
TITLE_IN_TITLE = re.compile(r"^关于[“\"](关于[^“”\"]{2,80}?)[”\"]的?(建议|提案|议案)$")
DISCLOSURE = re.compile(r"此件\s*(主动公开|依申请公开|不予公开)|(?:公开方式|信息公开选项)\s*：\s*(主动公开|依申请公开|不予公开)")
# A class mark after the document number on its line: 莆科函〔2024〕22号　　C类
# (the number's own digits may be lost or words: 清政建复〔2022〕号（B类）, 湘教提复字〔2019〕来信号B类; a class's subclass,
# 岳县教体字〔2024〕1号 B1类, is of its class)
NUMBER_CLASS = re.compile(r"[〕\]］][^，。；：\s〔]{0,6}?号\s*[（【\[]?([A-Da-d]|[甲乙丙丁])[1-9]?\s*类")
# The reply's own word of who signed it (此复函已经由蔡某局长审签。, 本答复已经王某主任签发): its signatory.
SIGNED_BY = re.compile(rf"(?:此|本)(?:复函|答复函?|函|件)已?经由?([{CJK}]{{2,3}}?)(?:同志)?"
                       r"副?(?:局长|主任|厅长|部长|区长|县长|市长|旗长|院长|处长|主席|书记|社长|校长|队长|秘书长)?(?:审签|签发|审定)")
# A class in brackets closing the title: …第028号提案办理情况（A）的函
TITLE_CLASS = re.compile(r"[（(]([A-Da-d]|[甲乙丙丁])类?[）)]的?(?:答复|复函|函)$")
CLASS_CODE = re.compile(r"^[（【\[(]?\s*([A-Za-z]|[甲乙丙丁])\s*[）】\])]?\s*类?")
PHONE = re.compile(r"[\d\-－—()（） ]{7,}")
# The fields naming a reply's contact, the number with them or not: its 联系人, else the clerk who handled it.
CONTACT_KEYS = ("联系人姓名及电话", "联系人及电话", "联系人/电话", "联系人及联系电话", "联系人", "承办人及联系电话", "承办人", "具体经办人姓名", "具体经办人",
                "经办人姓名", "经办人")
# A name spaced out to its field's width (赵 霜, 王 石罗): one name.
SPACED_NAME = re.compile(rf"^([{CJK}])\s+([{CJK}]{{1,2}})(?=[\s，,；;（(\d]|$)")  # (刘 毅（小） 187…, 刘 磊，186…)
LIST_SPLIT = re.compile(r"[、，,；;]")
# A reply's title and the item's own title in 《》 run on after it (…第77号提案的答复函《关于…的建议》).
TITLE_THEN_ITEM = re.compile(r"((?:答复函|复函|答复|的函))《[^《》]+(?:建议|提案|议案)》$")
# A reply's note of whether it may be published, on a line of its own (B类 / 同意对外公开 / 剑交函〔2022〕52号): no title.
PUBLIC_NOTE = re.compile(r"(?:是否)?(?:不?同意)?(?:对外|向社会)?公开(?:发布)?|(?:主动|依申请|不予)公开")
# A democratic party's committee alone on a line over a reply (致公党广州市委员会, its colon lost; 农工党内蒙古区委：, its
# 委员会 said short): the collective proposer the reply answers, never the unit writing it.
PARTY_COMMITTEE_LINE = re.compile(rf"^(?:{words(DEMOCRATIC_PARTIES)})[{CJK}]{{0,20}}?(?:委员会|支委|总支|支部|小组|[省市区县州]委)：?$")


# A page's credit to itself (来源：本站原创, 本网讯, 原创, 转载): the site's words, never a unit.
SITE_CREDIT = re.compile(r"^(?:本站|本网)|(?:原创|转载|本站|本网)$")


# A field's value saying it has none (来源：未知, 作者：不详), run into the next field's key on some pages.
NO_VALUE = ("未知", "不详", "暂无")
UNKNOWN_VALUE = re.compile(rf"({'|'.join(NO_VALUE)})(?=(?:{META_KEYS})\s*：)")


def _key(name: str) -> str:
    return re.sub(r"\s", "", name)


def key_values(texts: list[str]) -> dict[str, str]:
    """``key：value`` pairs of metadata lines (several may share a line); the first of a key wins."""
    found: dict[str, str] = {}
    for text in texts:
        wrapped = _WRAPPED.match(text)
        text = wrapped.group(1) if wrapped else text
        text = UNKNOWN_VALUE.sub(r"\1 ", text)  # (来源：未知发布时间：2001年11月26日: a value saying none, then a key)
        marks = list(KEY_VALUE.finditer(text))
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            value = text[m.end():end].strip(" -\u3000|｜")  # (a table row's cell marks too)
            if value not in NO_VALUE:
                found.setdefault(_key(m.group(1)), value)
    return found


# A page's fields dating the document when it prints no date of its own: those saying when the site posted it (or last
# updated it, 更新时间:2020-12-30 12:00:23 under a news item's headline), then a bare 日期/时间 (a page's too).
PAGE_DATE_KEYS = ("发布日期", "发表日期", "发布时间", "发表时间", "公开日期", "更新时间", "更新日期", "日期", "时间")


def parse_date(text: str) -> str | None:
    """``2025-05-20`` / ``2025年5月20日`` / ``二〇二五年五月二十日`` → ISO ``2025-05-20``; a day before its month and year
    (``19.06.2015``; ``19/06/2015`` only where the day is past 12) too."""
    m = ISO_DATE.search(text)
    day_first = DAY_FIRST_DATE.search(text) if not m else None
    if m:
        y, mo, d = (int(g) for g in m.groups())
    elif day_first and (day_first.group(2) == "." or int(day_first.group(1)) > 12):
        d, mo, y = (int(day_first.group(k)) for k in (1, 3, 4))
    else:
        found = cn_date(text)
        if not found:
            return None
        y, mo, d = found
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def short_year_date(text: str, years: set[int | None]) -> str | None:
    """A date of ``text`` whose year has two digits (21/09/24, 24.09.21), read the one way that gives a year of ``years``
    (year, month, day or day, month, year, or month, day, year); None where no reading or more than one does."""
    m = SHORT_YEAR_DATE.search(text)
    if not m:
        return None
    a, b, c = (int(m.group(k)) for k in (1, 3, 4))
    readings = {f"{y:04d}-{mo:02d}-{d:02d}" for y, mo, d in ((2000 + a, b, c), (2000 + c, b, a), (2000 + c, a, b))
                if y in years and 1 <= mo <= 12 and 1 <= d <= 31}
    return readings.pop() if len(readings) == 1 else None


def _address_date(text: str) -> str | None:
    """The day a page's own address says it was published (:data:`~drafter.grammar.DATED_ADDRESS`), as YYYY-MM-DD."""
    m = DATED_ADDRESS.match(text) or CONTENT_ADDRESS.match(text)
    return parse_date("-".join(g for g in m.groups() if g)) if m else None


# A news site's article address dated by a month folder and a day folder without an e-paper's html/ before
# them (hb.china.com.cn/2020-09/30/content_41315967.htm): groups year, month, day.
CONTENT_ADDRESS = re.compile(CONTENT_ADDRESS_PATTERN)


def _doc_number(texts: list[str], kv: dict[str, str], title: str | None) -> str | None:
    """The document number: a metadata field, a line of its own, a title's (…（岳财字〔2022〕47号A类）),
    or a line whose brackets and 号 a page stripped (闵科委〔202414 → 闵科委〔2024〕14号)."""
    fields = [kv.get(k, "") for k in ("备注/文号", "文号", "发文字号", "发文文号", "文件编号")]
    for text in fields + texts:
        m = DOC_NUMBER.match(CODE_AS_KEY.sub(r"\1", NUMBER_KEY.sub("", text.strip())))
        if m:
            return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    for text in texts:
        cell = NUMBER_CELL.search(text)
        m = DOC_NUMBER.match(text, cell.end()) if cell else None
        if m:
            return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    for text in texts:
        m = STRIPPED_NUMBER.match(text.strip())
        if m:
            return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    # …答复的函（编号：B〔2017〕062号）: the brackets closing a title's line, not a policy a sentence cites
    # (根据…指导意见（国办发〔2020〕23号）、…)
    for text in [title or "", *texts]:
        closing = re.search(r"[（(]([^（）()]*)[）)]$", text.strip())
        m = DOC_NUMBER.match(re.sub(r"^(?:编号|文号|发文字号)\s*：", "", closing.group(1).strip())) if closing else None
        if m:
            return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    return None


def _place(name: str | None) -> str | None:
    """The innermost place an organisation name starts with: 泉州市科技局 → 泉州市,
    深圳市南山区科技创新局 → 南山区, 浙江省杭州市科学技术局 → 杭州市."""
    if not name:
        return None
    chain = leading_places(name)  # 和平区科学技术局: a name that opens with 和 before a unit word
    return chain[-1] if chain and opens_with_function(chain[0]) else innermost(LEADING_FUNCTION.sub("", name))


# The unit's own plan or rules, which it says it made (我局制定印发了《大冶市自然资源和规划局2025年…方案》): named
# in full in the document's title.
OWN_PLAN = re.compile(rf"[我本]([局委厅])[^。《]{{0,12}}?(?:制定|印发|出台|编制|起草)[^。《]{{0,6}}?"
                      rf"《([{CJK}]{{2,24}}?\1)(?=(?:19|20)\d{{2}}年|关于)")


ITEMS_PLAN = re.compile(rf"《([{CJK}]{{2,24}}?([局委厅]))(?:19|20)\d{{2}}年度?[^》]{{0,30}}?(?:建议|提案)[^》]{{0,20}}?"
                        r"(?:方案|办法|计划|要点|制度|细则)》")


# The words ending a unit's name (局, 委员会…, a people's organisation's 联合会 and 总工会; not 办, which ends many a word), a people's
# organisation's short name, whole after its place (县妇联, 县残联), and what opens a placed unit's name: its level word alone
# (县发改局) or its place's whole name (兰山区…, 济阳区…).
_ORGAN = words((*(w for w in ORGAN_WORDS if w != "办"), "联合会", "总工会"))
_BODY_SHORT = words(PEOPLES_SHORT_NAMES)
_UNIT_PLACE = rf"(?:[{LEVEL_CHARS}]|[{CJK}]{{2,6}}?[{LEVEL_CHARS}旗])"
# (a name of up to ten characters before its organ's word: 政务服务和数据管理局, 人力资源和社会保障局)
_PLACED_UNIT = rf"{_UNIT_PLACE}(?:[{CJK}]{{1,10}}?(?:{_ORGAN})|{_BODY_SHORT})"
# A unit's station, office or section, named without its place (森防站): the news it posts is its unit's.
_SUB_UNIT = re.compile(r"(?:站|所|中心|科|股|室|队)$")
# The unit a reply says the item was handed to (…（第101号），交由曲靖市人民政府办理，经认真研究，现答复如下), or to lead (交由我们市文化和
# 旅游局主办，市商务局协办: hd26b): the one answering, never its co-handler.
HANDED_TO = re.compile(rf"(?:交由|转由|交给|由(?=(?:我们)?{_PLACED_UNIT}(?:牵头)?主办))(?:我们)?({_PLACED_UNIT})(?:研究|牵头)?(?:办理|主办)")
# A speaker reporting for a unit (现在，我代表县发改局，就…进行总结汇报): the unit reports.
SPEAKING_FOR = re.compile(rf"我代表({_UNIT_PLACE}[{CJK}]{{1,10}}?(?:{_ORGAN}))(?![{CJK}])")


def _publisher(kv: dict[str, str]) -> set[str]:
    """The units a page's source field names as its publisher (来源：衡阳市城管执法局, 信息来源：市住建局，…)."""
    values = [(kv.get(k) or "").strip() for k in ("来源", "信息来源", "文章来源")]
    return {name for v in values for name in (_field_org(v), re.split(r"[，,；;\s]", v, maxsplit=1)[0]) if name}


def _named_in_full(unit: str | None, kv: dict[str, str]) -> str | None:
    """A ``unit`` named by its level alone (区卫健局 of a title's 【区卫健局】) by the full name a page's source field gives it
    (信息来源：巴州区卫生健康局, hd56a): its place the field's, never the one of that level the text names most (华龙医院新院区)."""
    if not unit or not _LEVEL.match(unit):
        return unit
    return next((name for name in sorted(_publisher(kv)) if leading_places(name) and same_unit(unit, name)), unit)


@lru_cache(maxsize=1)  # (asked by _subject_unit, then by _subject_place of the same page)
def _title_subject(title: str | None, lede: str, issuer: str) -> str | None:
    """The place a news item's title opens on, in full or short, where its publisher is another place's unit (None where it is
    of that place, or of none: a paper's own item, 来源：成都日报)."""
    head = LEADING_FUNCTION.sub("", title or "")
    chain = leading_places(head)
    subject = chain[-1] if chain and head.startswith(chain[0]) else _short_place_in_title(head, lede)
    return None if not subject or _place(issuer) in (None, subject) else subject


def _subject_unit(title: str | None, lede: str, issuer: str) -> str | None:
    """The unit a news item is about when its publisher is another place's (来源：衡阳市城管执法局 over 衡南城管开展“春季攻势”…
    / …近日，衡南县城管执法局积极行动…, hd38b): the unit of the place its title opens on (:func:`_title_subject`) that its lede
    names; the subject decides the item's place, not the site that published it."""
    subject = _title_subject(title, lede, issuer)
    m = re.search(rf"{re.escape(subject)}[{CJK}]{{1,10}}?(?:{_ORGAN})", lede) if subject else None
    return m.group() if m else None


def _subject_place(title: str | None, lede: str, issuer: str) -> str | None:
    """The place a news item is about when its publisher is another place's unit and the item names no unit of it: the place its
    title opens on (:func:`_title_subject`) that its lede opens on as its subject, after a clause of its time at most (来源：遂宁市
    民政局 over 射洪市：“四个抓手”推动… / 射洪市立足交通“先行官”定位…, hd68a: 射洪市's work, not the reposting city's)."""
    subject = _title_subject(title, lede, issuer)
    return subject if subject and re.match(rf"{re.escape(subject)}(?![、和与及])", _opening(lede)) else None


def _opening(text: str) -> str:
    """Where the first sentence of ``text`` opens past a clause of its time, if it has one (初冬时节，近年来，…)."""
    first, _, rest = re.split(r"[。；！？]", text, maxsplit=1)[0].partition("，")
    return rest if rest and _TIME_TOLD.search(first) and len(first) <= 12 else first


def _spoken_of_throughout(statements: list[str], place: str) -> bool:
    """Whether every statement of a page names ``place`` — in full, by its stem (婺源 of 婺源县) or as 该 and its level (该县) — and
    a sentence of one opens on its name, past a clause of its time at most (初冬时节，走进婺源县… / 近年来，婺源县依托… / 婺源是著名的
    茶叶之乡… / 该县选择… / 此外，该县还引进…, hd69b): the page's subject is that place. A province named where it lies (婺源，位于
    江西省东北部…) is none."""
    names, level = "|".join(re.escape(n) for n in place_names(place)), re.escape(place[-1])
    named = re.compile(rf"{names}|该{level}")
    opens = re.compile(rf"(?:{re.escape(place)}|(?:{names})(?=[，是]|全{level}|$))(?![、和与及])")
    return bool(statements) and all(named.search(s) for s in statements) and any(
        opens.match(_opening(sentence)) for s in statements for sentence in re.split(r"(?<=[。；！？])", s) if sentence)


def _issuer_from_text(norm: str) -> str | None:
    """The unit a speaker says they report for (:data:`SPEAKING_FOR`), else the one visitors heard report its work
    (:data:`_HEARD_REPORT`), else the full name of the unit a text calls
    itself by its short form (区科技局 → 鲤城区科技局; not a visiting unit's, :func:`visitors`), else a full name the text gives as the one writing
    (本报告由…科学技术局编制)."""
    m = SPEAKING_FOR.search(norm[:600])
    if m:
        return m.group(1)
    m = _HEARD_REPORT.search(norm) if _VISIT.search(norm) else None
    if m:
        return m.group(1)
    m = OWN_PLAN.search(norm)  # 我局制定印发了《大冶市自然资源和规划局2025年人大建议办理工作方案》
    if m and leading_places(m.group(2)):
        return m.group(2)
    # a plan for handling the year's items titled with a unit of the organ the text speaks as (我厅 …审定《广东省司法厅
    # 2018年度“一把手”领办建议提案工作方案》): its own
    own = {m.group(1) for m in ITEMS_PLAN.finditer(norm) if f"我{m.group(2)}" in norm and leading_places(m.group(1))}
    if len(own) == 1:
        return own.pop()
    names = org_names(norm)
    for name in names:  # 本报告由梁山县科学技术局按照…编制
        if re.search(rf"由{re.escape(name)}[^。]{{0,80}}?(?:编制|制定|起草|发布|印发)", norm):
            return name
    guests = visitors(norm)
    for name in names:
        place = innermost(name)
        if not place or place in guests:
            continue  # (市商务局党委书记… of a 萍乡 page hosting 景德镇市商务局's visitors: the host's bureau, hd53a)
        org = name[len("".join(leading_places(name))):]
        if re.search(rf"(?<![{CJK}]){place[-1]}{org}|[，。、：]{place[-1]}{org}", norm):
            return name
    selves = set(re.findall(r"[我本](局|厅|委|单位)", norm))
    if selves:  # a text speaking as 我单位 whose statement opens on its unit (近年来，乐山市司法局始终坚持…)
        found = {m.group(1) for m in SUBJECT_UNIT.finditer(norm)
                 if leading_places(m.group(1)) and ("单位" in selves or m.group(1)[-1] in selves)}
        if len(found) == 1:
            return found.pop()
    return None


# A unit opening a sentence as the one that has long done the work (近年来，乐山市司法局始终坚持…).
SUBJECT_UNIT = re.compile(rf"(?:^|[。；\n])(?:(?:近年来|长期以来|多年来|一直以来|目前)，)?([{CJK}]{{2,16}}?[局厅])"
                          r"(?:始终|一直|坚持|高度重视|认真|积极|紧紧|全力|不断)")


def _self_levels(norm: str) -> list[str]:
    """The levels (市/区/县/省) the text speaks of as its own (我市, 全区, 市政协…), most spoken of first; not a level it ranks or
    measures its place in (保持全省第一, 高出全省1个百分点, 占全省的40%, 走在全国全省前列: a city's text, of no province), nor one
    whose body it follows, named by its place (:func:`_followed`)."""
    levels = Counter()
    for lvl, said_as in SELF_LEVEL.items():
        said = [m for m in re.finditer(said_as, norm) if not (_measured_in(norm, m) or _visiting(norm, m))]
        followed = [m for m in said if _followed(norm, m)]
        if any(_place_named_before(norm, m, lvl) for m in followed):
            said = [m for m in said if m not in followed]
        levels[lvl] = len(said)
    return [level for level, hits in levels.most_common() if hits]


# A place's level word (grammar.LEVEL_CHARS): a unit's name opening on one is of its own place (市科技局).
_LEVEL = lazy(rf"[{LEVEL_CHARS}]")
# A rule followed before a level's body in its clause (按照河南省委“…”重要部署, 不折不扣落实省委…要求): once the text names that body by
# its place (河南省委), the body above whose word the text's place carries out (hd43b: 登封's news of its own greening filed as
# 河南省's); unnamed alone (…深入贯彻落实县委、县政府各项决策部署 of a 县民政局), it may be the text's own.
_FOLLOWED_BEFORE = lazy(rf"(?:{RULE_FOLLOWED})[^，。；：！？]{{0,6}}$")


def _followed(norm: str, m: re.Match) -> bool:
    """Whether the level's word ``m`` names a body whose rule the text follows (:data:`_FOLLOWED_BEFORE`), not a scope word."""
    return not m.group().startswith(("全", "我", "本")) and bool(_FOLLOWED_BEFORE.search(norm, max(0, m.start() - 8), m.start()))


def _place_named_before(norm: str, m: re.Match, level: str) -> bool:
    """Whether the level's body ``m`` (省委) is named by its place right before it (河南省委)."""
    return m.group().startswith(level) and any(is_place(norm[m.start() - k:m.start()] + level) for k in (2, 3, 4) if m.start() >= k)


# A body of a level come to see the place's work (省人大常委会调研组, …带领调研组来到郑州，调研指导…): a visitor, not the level the text
# speaks as (hd23c: 郑州's news of its own figures filed as 河南省's).
_VISIT = lazy(r"(?:调研组|检查组|督导组|督查组|视察组|考察组|评估组|来到|莅临|前来|到访)")


# The unit whose work a visiting group (:data:`_VISIT`) heard it report (检查组…听取了薛城区市场监管局关于食品安全抽检…等方面的工作
# 汇报): the one visited, its work the page's — not the visitors, nor a unit come along with them (hd43a).
_HEARD_REPORT = lazy(rf"听取了?({_PLACED_UNIT})(?:关于[^。；]{{2,80}}?)?的?(?:工作)?汇报")


def _visiting(norm: str, m: re.Match) -> bool:
    """Whether the level's word ``m`` names a body that visits the place (:data:`_VISIT`), in its clause."""
    end = min((i for i in (norm.find(c, m.end()) for c in "，。；\n") if i >= 0), default=len(norm))
    return not m.group().startswith(("全", "我", "本")) and bool(_VISIT.search(norm, m.end(), end))


# What ranks or measures a place in a whole level it is part of, before the level's scope word (高出全省, 占全省的…).
# (those measuring it against the whole, :data:`~.places.MEASURED_AGAINST_WORDS`, and more: 超出全省, 保持全省第一, 领跑全省,
# 全国、全省第一)
_MEASURED_BEFORE = re.compile(rf"(?:{words(MEASURED_AGAINST_WORDS, ('超出', '保持', '领跑'))}|全国、?)$")


_SHARE_AFTER = lazy(r"(?:的|一半|平均|占比)")  # (全省的, 全省一半, 全省平均, 全省占比49.3%: hd23c)


# An honour a whole level confers, before its scope word (被评为全省…, 荣获第七届全省…, 记全省“…”) or after it in its clause (全省
# 文物工作先进集体, 全省“人民满意的公务员集体”称号): the level the place was honoured in, not the one the text speaks as.
_HONOURED_BEFORE = lazy(r"(?:评为|评选为|获评|荣获|获得|授予|入选|列入|记)(?:第[一二三四五六七八九十\d]+届|首批|第[一二三四五六七八九十\d]+批)?$")
_HONOUR_AFTER = lazy(r"[^，。；：！？]{0,16}?(?:先进(?:集体|单位|个人|工作者)|称号|标兵|模范|荣誉)")
# …or a title right after it (创建全省文明城市, 全国卫生县城, 全国文明单位: grammar.TITLE_EPITHETS), the level that confers it.
_TITLE_AFTER = lazy(rf"(?:{words(TITLE_EPITHETS)})(?:城市|县城|单位|村镇|乡镇|城|[{PLACE_LEVELS}])")


def _measured_in(norm: str, m: re.Match) -> bool:
    """Whether the scope word ``m`` of ``norm`` is a whole level a place is ranked, measured or honoured in
    (:data:`_MEASURED_BEFORE`, :data:`RANKED_IN`, a share of it: 全省一半; an honour of it: 被评为全省文物工作先进集体; a title it
    confers: 创建全省文明城市)."""
    return m.group().startswith("全") and bool(
        RANKED_IN.match(norm, m.end()) or _MEASURED_BEFORE.search(norm, max(0, m.start() - 3), m.start())
        or _SHARE_AFTER.match(norm, m.end()) or _HONOURED_BEFORE.search(norm, max(0, m.start() - 8), m.start())
        or _HONOUR_AFTER.match(norm, m.end()) or _TITLE_AFTER.match(norm, m.end()))


def _self_level(norm: str) -> str | None:
    """The level the text speaks of most as its own, if any."""
    levels = _self_levels(norm)
    return levels[0] if levels else None


# A level word that is part of a word (市场, 区内, 区域: grammar.LEVEL_WORD_AFTER) ends no name.
_NOT_IN_A_WORD = rf"(?![{LEVEL_NOUN_AFTER}])"
CLAUSE_HEAD_PLACE = re.compile(rf"(?:^|(?<=[，。；：\n]))(?:(?:{words(PRESENT_WORDS)})，)?(?P<place>[{CJK}]{{2,4}}?[区县市省])"
                               rf"(?=[{CJK}]){_NOT_IN_A_WORD}")  # 技术市场交易额 names no 技术市


# A rank a place's figure holds in its whole level (位列全市第三名, 居全省前列, 排全区首位).
RANKED_IN = re.compile(r"第[一二三四五六七八九十\d]|前列|前[一二三四五六七八九十\d]|首位|首|排名|位次")


def _repeated_places(norm: str) -> list[str]:
    """Places of a two-character name the text repeats (推进淄博市… 淄博科技大市场 → 淄博市): a name
    read off a level word whose left edge is not marked is trusted when the text says it again. Not two characters
    before 全 and a level (协调指挥全市…, 按照管理权限管理全区…, (一)拟订全区…, 力争全市…: a verb's end, hd23a, hd23b): a place
    named so (巴南全区) is known only to a workspace of that place (:func:`_own_by_stem`)."""
    out = []
    for m in re.finditer(rf"([{CJK}]{{2}})([市区县省]){_NOT_IN_A_WORD}", norm):
        name = m.group(1) + m.group(2)
        if is_place(name) and norm.count(m.group(1)) >= 2 and not _tail_of_a_name(m.group(1), norm):
            out.append(name)
    return out


def _tail_of_a_name(stem: str, norm: str) -> bool:
    """Whether the same character stands before every time the text says ``stem``: it is the end of a
    longer name (里拉 of 香格里拉市, 香格里拉分局), not a name of its own."""
    before = {norm[i - 1] if i else "" for i in (m.start() for m in re.finditer(re.escape(stem), norm))}
    return len(before) == 1 and is_cjk(next(iter(before)) or "a")


def _only_a_title(place: str, norm: str) -> bool:
    """A "place" the text names only before 长 (孟晓斌县长, …市长: a person's title), 委 (紧扣区委工作部署,
    职责和议事规则市委…: the level's party committee after a verb or a noun, 区委 and 市委 being the usual short
    forms) or 上 as the level's authorities (采取县上定期调度: :data:`~.places.LEVEL_AS_AUTHORITY`), not a place: a place a
    text speaks of is named elsewhere too (二七区科技局, 组建泰兴市…)."""
    named = list(re.finditer(re.escape(place), norm))  # none where the text says its whole only (巴南全区)
    return bool(named) and all(norm[m.end(): m.end() + 1] == "长" or (norm[m.end(): m.end() + 1] == "委" and norm[m.end() + 1: m.end() + 2] not in ("员", "托"))
                               or LEVEL_AS_AUTHORITY.match(norm, m.end())
                               for m in named)  # 民建南通市委员会 names 南通市, 泉州市委托… too


# The places a text's own (我市) deals with, listed after it (我市与荆门市、汉川市签订了…协议): its counterparts.
COUNTERPART_BEFORE = re.compile(rf"我[省市区县州](?:分别)?[与同和](?:[{CJK}]{{2,12}}?[、和及与])*$")
# …or dealing with it, named before it (南通市向我市捐赠一批图书, 荆门市与我市签订…).
COUNTERPART_AFTER = re.compile(r"(?:分别)?[向与同和给为]我[省市区县州]")


def _not_spoken_for(place: str, norm: str) -> bool:
    """A place the text names only as a site's label (:data:`SITE_LABEL`: 天门河拖市断面), as its own place's counterpart
    (:data:`COUNTERPART_BEFORE`: 我市与荆门市、汉川市…; :data:`COUNTERPART_AFTER`: 南通市向我市捐赠…), at the head of a body of no
    government whose head it names (:data:`~drafter.grammar.BODY_HEADED`: 上海市南通商会会长王文其向略阳县捐赠… of 汉中's page
    hosting guests, hd68c) or as the level that ranked a thing (:func:`~.places.ranked_in`: 郑州市第二批文物保护单位 in 登封's own
    reply, hd43b): not the place it speaks for (hd18b: a 天门 news item on 系统化治水 was filed as 天门河拖市's, its facts kept out
    of 天门市's reply)."""
    named = list(re.finditer(re.escape(place), norm))
    return bool(named) and all(SITE_LABEL.match(norm, m.end()) or COUNTERPART_BEFORE.search(norm, 0, m.start())
                               or COUNTERPART_AFTER.match(norm, m.end()) or BODY_HEADED.match(norm, m.end())
                               or ranked_in(norm, m.start(), m.end()) for m in named)


# The cities under the state itself, which a text of theirs names short (北京水务, 上海夜间经济).
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# A prefecture's short name, its first character and 州 (博州 of 博尔塔拉蒙古自治州, 巴州, 克州), not a word of
# scope or number (全州, 我州, 自治州, 九州, 神州), nor a counter's or a function word's 州 (12件州人大建议, 在州…),
# nor a city's (…州市).
_NOT_PREFECTURE = "全我本该各治此其每神九中一二两三四五六七八九十个外件项名位次家所批条篇份套户座支辆间张部天年头栋处的了在是和与及对把被将从向为于以等或并由"
PREFECTURE_SHORT = re.compile(rf"[{CJK}](?<![{_NOT_PREFECTURE}])州(?![市区县])")


# The authorities a unit works under (在市委、市政府的坚强领导和黄石市应急管理部门的有力指导下): their places are above the text's.
GUIDED_BY = re.compile(r"在[^，。；]{0,40}?的[^，。；]{0,6}?(?:领导|指导)下")


def _chain_head(place: str, named: list[str], plain: str) -> bool:
    """Whether ``plain`` names ``place`` only at the head of another place it names more (福建省福州市：加快建设… in 福州's
    news of 在全省推广: that city's, its province only its address)."""
    inner = [q for q in set(named) if q != place and plain.count(place + q) and plain.count(q[:-1]) > plain.count(place[:-1])]
    return bool(inner) and sum(plain.count(place + q) for q in inner) >= plain.count(place)


# The place a meeting is held in (全市工业经济运行现场推进会在溧阳市召开, hd39a): the venue, not the place the meeting is of; so
# are the places its sub-venues are set up in (论坛在宁波市政协、嘉兴市政协设分会场 of 省政协's forum, hd63b).
VENUE = re.compile(rf"(?<=在)(?:[{CJK}]{{2,8}}?[{LEVEL_CHARS}](?=[^，。；！？]{{0,12}}?(?:{HOLDING}))"
                   rf"|[{CJK}、]{{2,40}}?(?=(?:设立?|开设)[主分]?会场))")


def _dominant_place(norm: str, level: str | None = None) -> str | None:
    """The place the text names most (as a unit's place, 成都市科技局, at the head of a clause,
    目前，上街区已有…, or a repeated name; not inside 《》 unless nothing else names one), among
    those of the level given, else of a level the text speaks of as its own (我市 → …市; the one it
    speaks of most first: a city's text ranking itself 全省第一 under 省委、省政府 names no 省 of its
    own, but its 全市 names its city); of two named as often, the one named first (a county-level city's news opening
    on 溧阳市…动员大会 and later citing 常州市“1028”产业体系); a province's text (全省) that names none may name its
    province short (贵州 → 贵州省). A place in brackets naming a suggestion's proposer (（州人大第73号建议，
    龙山县电视台王某兵）) is the proposer's, not the text's, and one whose authorities guide the unit (:data:`GUIDED_BY`) is
    theirs. A meeting's venue (:data:`VENUE`) is no place the text names. A province's text naming it nowhere short names it by
    its outlet (浙江日报 over 省政协举行民生协商论坛…, hd63b)."""
    norm = VENUE.sub("", re.sub(r"（[^（）]*(?:代表|委员|建议|提案)[^（）]*）", "", norm))
    outlets = "、".join(m.group() for m in OUTLET_IN_TEXT.finditer(norm))
    norm = OUTLET_IN_TEXT.sub("", GUIDED_BY.sub("", norm))
    plain = TITLE_SPAN.sub("", norm)
    levels = [level] if level else _self_levels(norm)
    titles: dict[str, bool] = {}  # a place named only as a person's title, worked out once per place

    def a_title(place: str) -> bool:
        if place not in titles:
            titles[place] = _only_a_title(place, norm) or _not_spoken_for(place, norm)
        return titles[place]

    peers = _county_peers(plain) | (guests := visitors(norm))
    for text in (plain,) if plain == norm else (plain, norm):  # with no 《》 the text is read once
        named = [p for p in _places_named(text) if not a_title(p) and p not in peers]
        for lvl in levels or [None]:
            found = [p for p in named if (lvl is None or p.endswith(lvl)) and not _chain_head(p, named, plain)]
            if lvl == "州" and not found:  # (a prefecture's text names it in full or short: 黔东南苗族侗族自治州…, 黔东南州…)
                found = [short_place(name) for _, _, name in places_in(text) if name.endswith("州") and len(name) >= 3]
            if found:
                return max(sorted(set(found)), key=lambda p: (plain.count(p[:-1]), found.count(p), -_first_at(p, plain)))
            if lvl == "州" and lvl == levels[0]:  # a prefecture's text naming no 州 of its own names its cities
                break
        if text is plain and levels and levels[0] == "省":  # a text of a province naming it short: 为贵州发挥…
            # not in a list of provinces (长江流经的上海、江苏、安徽…等省: others, not its own)
            short = Counter({name: n for name in PROVINCES
                             if (n := len(re.findall(rf"(?<!、){name}(?!、|等省)", plain)))})
            short = short or Counter(name for name in PROVINCES if re.search(rf"(?:^|、){name}", outlets))
            if short:
                return short.most_common(1)[0][0] + "省"
        if text is plain and levels and levels[0] == "市":  # a municipality's text naming it short: 对北京水务高质量发展的关注
            # (or a city's hosting guests from another: 来我市考察… 萍乡经开区… 萍乡润达国际购物中心, hd53a)
            # (not one it names in full only where it speaks not for it: 上海市南通商会会长…, 上海中医药大学, hd68c)
            hosts = CITIES - {g[:-1] for g in guests} if guests else MUNICIPALITIES
            short = Counter({name: n for name in hosts if (n := plain.count(name)) >= 2 and not a_title(name + "市")})
            if len(short) == 1:
                return next(iter(short)) + "市"
        if text is plain and levels and levels[0] == "州":  # a prefecture's text naming it short: 具有博州特色
            short_names = {m.group() for m in PREFECTURE_SHORT.finditer(plain)}
            if len(short_names) == 1:
                return short_names.pop()
    if levels and levels[0] in "市县":  # a city's text naming it short by its parts: 大冶南部主要包括… → 大冶市
        # or as what it is (黑山作为农业大县 → 黑山县)
        named = [m.group(1) + levels[0] for m in AS_A_PLACE.finditer(norm)
                 if m.group(2) == levels[0] and is_place(m.group(1) + levels[0])]
        if len(set(named)) == 1:
            return named[0]
        # or as its units' (衢州粮食局通过… / 这一成效源于衢州系统性推进… → 衢州市): a name opening a clause on a unit, said again
        # (not a department's words opening its name, 农业农村局联合…, 教育体育局…: the name must also stand as a clause's
        # subject, no unit's: …，衢州建立…)
        named = [m.group(1) + levels[0] for m in UNIT_OF_SHORT.finditer(norm)
                 if not any(d.startswith(m.group(1)) for d in (*DEPARTMENT_SHORT_NAMES, *DEPARTMENT_FULL_NAMES))
                 and re.search(rf"(?:^|[，。；：\n]|源于|得益于){m.group(1)}(?![{CJK}]{{0,6}}?(?:{words(ORGAN_WORDS)}))", norm)
                 and not _tail_of_a_name(m.group(1), norm) and is_place(m.group(1) + levels[0])
                 and not re.search(rf"(?:{POST.pattern}){m.group(1)}", norm)]  # (副市长张良华: a person's name)
        if len(set(named)) == 1:
            return named[0]
        parts = Counter(m.group(1) for m in CITY_PART.finditer(norm))
        named = [name + levels[0] for name, n in parts.most_common()
                 if n >= 2 and name[-1] not in "域国部区省市县州地方面" and not REGION.fullmatch(name)
                 and is_place(name + levels[0])]  # not 区域东部, 中国西部, 成渝西部
        if named:
            return named[0]
    return None


def _first_at(place: str, text: str) -> int:
    """Where ``text`` first names ``place`` (its length where it does not)."""
    at = text.find(place)
    return at if at >= 0 else len(text)


# What may part two places of a list: its 、 and names between them no reader takes for a place (、经开区、).
_LISTED_BETWEEN = re.compile(r"、(?:[^，。；：、\n]{1,6}、)*")


def _county_peers(norm: str) -> set[str]:
    """Cities the text lists beside a county or a district (在南县、沅江市试点; 市生态环境局、巩义市、经开区、二七区分别…):
    cities of a county's rank, the parts of the city the text may speak of as 我市 (益阳's 全市…市、县（市区）), never
    that city itself."""
    found = places_in(norm)
    out = set()
    for (_, end, a), (start, _, b) in zip(found, found[1:]):
        if _LISTED_BETWEEN.fullmatch(norm, end, start) and "市" in (a[-1], b[-1]) and {a[-1], b[-1]} & {"县", "区"}:
            out.add(a if a[-1] == "市" else b)
    return out


# A place named short before one of its parts (大冶南部, 大冶境内): said twice, the text's own place.
CITY_PART = re.compile(rf"([{CJK}]{{2}})(?:南部|北部|东部|西部|中部|境内)")
# A place's short name opening a clause as its unit's (衢州粮食局通过…): (name), the unit's name a field's word and an organ's — not
# a head's title (张良华向吴政平局长…: 局长, no unit).
UNIT_OF_SHORT = re.compile(rf"(?:^|(?<=[，。；：\n]))((?![省市区县州全我本])[{CJK}]{{2}})(?:[{CJK}]{{2,6}}?)(?:局|委员会|厅)(?=[{CJK}])(?!长)")
# A place's short name said to be a kind of its level (黑山作为农业大县, 大冶作为资源枯竭型城市): (name, level).
AS_A_PLACE = re.compile(rf"(?:^|(?<=[，。；：]))([{CJK}]{{2}})作为[^，。；]{{0,10}}?(县|市)(?![{CJK}])")


def _places_named(text: str) -> list[str]:
    """Every place of a level word the text names, once per mention by each reader (a unit's place,
    a clause's head, a name in running text, a repeated name)."""
    found = [p for p in (_anchored_place(m.group(1)) for m in PLACE_ANCHORED.finditer(text)) if p]
    found += [m.group("place") for m in CLAUSE_HEAD_PLACE.finditer(text) if is_place(m.group("place"))]
    found += [name for _, _, name in places_in(text) if name[-1] in LEVEL_CHARS]
    # a document of a place opens with its name (《淮南市“十四五”交通运输发展规划》)
    found += [m.group(1) for m in TITLE_PLACE.finditer(text) if is_place(m.group(1))]
    return found + _repeated_places(text)


TITLE_PLACE = re.compile(rf"《([{CJK}]{{2,10}}?[{LEVEL_CHARS}]){_NOT_IN_A_WORD}")


def _anchored_place(span: str) -> str | None:
    """The place of a span standing before a unit word: the name it starts with, else the name left once
    a verb, time or count opening it is cut off (组建泰兴市科技创新委员会 → 泰兴市: the unit founded is
    of the text's place; before a prize, 获得包头市科技进步奖, no unit word follows and no place is read)."""
    place = _place(span)
    if place:
        return place
    m = NOT_A_NAME_START.match(span)
    rest = span[m.end():] if m else ""
    return rest if is_place(rest) else None


def _session_place(session: str | None, norm: str) -> str | None:
    """The place of a session: named in it (岳阳市政协…), else the text's place of its level (市六届人大 → 重庆市)."""
    if not session:
        return None
    chain = leading_places(session)
    if chain:
        return chain[-1]
    level = _session_level(session)
    return _dominant_place(norm, level) if level else None


# The levels below a session's (a province's: its cities', prefectures', districts', counties'; a city's: its districts', counties').
_BELOW = {"省": "市州区县", "市": "区县"}


def _lower_self_level(session: str | None, norm: str, own: str | None = None) -> str | None:
    """The level below its session's a reply speaks as, by its issuer's level word (``own``: 市农业农村局 answering a 省 deputy)
    or its own words (我区将协调… of a city deputy's item a district answers; 我市重点开展以下工作 of a provincial deputy's a city
    bureau answers): the place answering is its place, not the session's."""
    below = _BELOW.get(_session_level(session) or "", "")
    if not below:
        return None
    if own and own in below:
        return own
    m = re.search(rf"我([{below}])(?![域内场])", norm)
    return m.group(1) if m else None


def _dominant_below(norm: str, level: str) -> str | None:
    """The place the text names most of a level below ``level`` (:data:`_BELOW`; of two named as often, the first named)."""
    found = [p for lvl in _BELOW.get(level, "") if (p := _dominant_place(norm, lvl))]
    return max(found, key=lambda p: (norm.count(p[:-1]), -_first_at(p, norm)), default=None)


def _session_level(session: str | None) -> str | None:
    """The level (省/市/区/县) of a session that names no place (:data:`SESSION_LEVEL`), else None."""
    m = SESSION_LEVEL.match(session or "")
    return m.group(1) if m else None


def _collective_place(deputy: str | None, level: str | None) -> str | None:
    """The place a collective proposer's name holds: 九三学社许昌支委 of a 市 session → 许昌市; its place's name stands after its
    party's name or opens it, never a word of a level's own body (县政协社会和法制委员会: a committee of the county's 政协, no 法制县)."""
    m = re.fullmatch(rf"(?:{words(PARTY_NAMES)})?([{CJK}]{{2}})(?:支委|总支|支部|委员会|小组)", deputy or "")
    if not m or not level:
        return None
    name = m.group(1) + level
    return name if is_place(name) else None


def _area_unit(issuer: str | None, title: str | None, place: str | None, areas: list[str], own: str = "") -> str | None:
    """The workspace's area (``areas``) a unit is of: the issuer's name, after its place (``place``, if any), or the
    title (when the issuer names no place) opening on the area's name and a unit's word (西区退役军人事务局…) — or on the
    workspace's place and then the area's name, the chain's last link whatever follows (汕尾市城区2023年政府工作报告: 城区's,
    not the city's, though the place reader cannot take 城区 alone, au58) where the area is of a level the chain takes
    (:data:`~.grammar.AREA_LEVELS`), never a town (罗平县旧屋基彝族乡 民族团结进步示范创建: the county's news of its township,
    hd31a); or, an issuer named by a lower level than the workspace's place (``own``) alone, of no place read or of that place
    (来源：区住建局), the one area of its level the title names, whole or without its level (開局放大招!連云住建項目全速開干!: 连云区,
    hd37b)."""
    for name in (issuer, title if not (issuer and leading_places(issuer)) else None):
        rest = name or ""
        chained = bool(place) and place == own and rest.startswith(place)
        if place and rest.startswith(place):
            rest = rest[len(place):]
        for area in sorted(areas, key=len, reverse=True):
            if rest.startswith(area) and ((chained and area[-1] in AREA_LEVELS) or re.match(UNIT_NAME, rest[len(area):])):
                return area
    if issuer and title and issuer[0] in AREA_LEVELS and issuer[0] != own[-1:] and place in (None, own):
        named = {area for _, area in areas_named(simplified(title), areas, own) if area.endswith(issuer[0])}
        return named.pop() if len(named) == 1 else None
    return None


# The levels a title's short name may stand for: a county or above (no town's, 石门镇, over the issuing county).
_SHORT_NAME_LEVELS = (*PLACE_LEVELS, "盟")
SHORT_NAME_LEN = 4  # characters of a place's name without its level word at most (台州, 齐齐哈尔)


def _short_place_in_title(title: str, norm: str) -> str | None:
    """The one place a title names short that the text names in full (台州天台投入4500万元… with 天台县交通运输局: 天台县, not the
    湖州市 of an item a page ran on after it): only in a title naming no place in full, a county or above, its short name at the
    title's start or right after another place's short name (台州天台; not words before it, 闽东茶产业宁德霞浦…: hd61b), never in a
    word (平安建设 is no 平安区)."""
    if not title or places_in(title):
        return None
    found = set()
    for _, _, name in places_in(norm):
        if len(name) < 3 or not name.endswith(_SHORT_NAME_LEVELS) or not is_place(name):
            continue
        at = title.find(name[:-1])
        before = title[:max(at, 0)]
        if at == 0 or (0 < at <= SHORT_NAME_LEN and any(is_place(before + level) for level in _SHORT_NAME_LEVELS)):
            found.add(name)
    if found:
        return found.pop() if len(found) == 1 else None
    # (or a city the text names only short, opening a part of the title, and again in the text: 农民丰收节丨唐山农民的“丰收乐”,
    # a page on 曹妃甸区, 芦台, 迁西 and 滦州市 — the city's, not the area it names first or most, hd41a; not the head of a longer
    # name the same character always follows, 西安闸 of 西安闸提案答复)
    cities = {c for c in _title_cities(title, norm) if norm.count(c) >= CITY_SAID
              and len({norm[m.end():m.end() + 1] for m in re.finditer(c, norm)}) > 1}
    if cities:
        return f"{cities.pop()}市" if len(cities) == 1 else None
    # (or, likewise, a province or autonomous region the title opens on by its short name, its text speaking of its whole (全省,
    # 全区, 全疆): 新疆已建成体育场地6.77万个 — the region's, not a page of no place whose figures a 霍尔果斯市 draft took as its own,
    # hd75a; not a page on a county of it saying no such whole)
    provinces = {p for p in _title_cities(title, norm, PROVINCE_SHORT_NAMES) if norm.count(p) >= CITY_SAID
                 and re.search(rf"全(?:省|区|[{p}])", norm)}
    return _province_named(provinces.pop()) if len(provinces) == 1 else None


def _province_named(short: str) -> str:
    """A province's or autonomous region's full name from its short one (江苏 → 江苏省, 新疆 → 新疆维吾尔自治区)."""
    if short in PROVINCE_NAMES:
        return f"{short}省"
    return next(f"{n}自治区" for n in AUTONOMOUS_REGION_NAMES if n.startswith(short))


def _title_cities(title: str, norm: str, names=CITIES) -> set[str]:
    """The known cities (:data:`~.places.CITIES`, or other short ``names``) opening a part of ``title`` by their short names
    (上海推进…), not as the head of a longer word (:data:`_ANOTHER_WORD`), that the text ``norm`` names too."""
    return {c for part in TITLE_PARTS.split(title) for c in names if part.startswith(c) and c in norm
            and not _ANOTHER_WORD.match(part, len(c))}


TITLE_PARTS = re.compile(r"[丨|｜：:！!？?\s]+")  # a title's parts: its column (农民丰收节丨…) and its headline's halves (省级名单公布！威海27个村庄入选)
CITY_SAID = 3  # the times a text says a city's short name, its title's among them, to be that city's
# What makes a city's short name another word (中山路 of 中山路 (厦门), a page on 厦门市思明区's road; 中山路改造…; 安康杯, 普洱茶,
# 中山大道, 杭州湾, 中山公园): a road, a street, a bay, a park, a bridge, a cup, a tea — no city; not where that character opens a
# word of the city's own (宜昌道路运输…, 昆明路灯亮化, 路网, 路政, …桥梁: the city's roads, lamps and bridges, rv4; 宜昌道德模范…,
# 昆明街区改造…, 街道, rv5).
_ANOTHER_WORD = re.compile(r"大道|道(?![路德])|路(?![灯网面况政桥])|街(?![区道头])|巷|桥(?!梁)|杯|茶|湾|公园")


# What joins the places a title lists (武胜县、邻水县柑子镇等上榜).
_PLACE_JOIN = re.compile(r"[、和与及]")


def _places_listed(head: str, chain: list[str]) -> bool:
    """Whether the places a title opens on (``chain``, :func:`~.places.leading_places` of ``head``) are a list of several — two of
    one level (武胜县邻水县柑子镇等上榜 of a 广安市 page: who 上榜, no one place's page) or the first joined to another (武胜县、邻水县…) —
    not one place named within another (广安市邻水县…)."""
    levels = [p[-1] for p in chain]
    joined = _PLACE_JOIN.match(head, len("".join(chain)))
    return len(set(levels)) < len(levels) or bool(joined and leading_places(head[joined.end():]))


# A headline's later part, after a space or a comma, opening on a place that won something (山西省公布2025年林长制省级激励名单
# 平顺县获200万元资金激励, hd52d): the winner's news where its place is below the first part's, who announced it (:data:`_ANNOUNCED`)
# — an honour (获评, 荣获, 入选…) or a sum or a title won (获200万元资金激励, 获得…称号), not any 获 (获悉, 获取), nor a part after
# another story (泉州市一季度经济稳中向好 鲤城区获评…, rv17).
_WON = rf"(?:{'|'.join(HONOUR_VERBS)}|获得?(?=[^，。；！？\s]{{0,16}}?(?:{words(AWARD_WORDS)})))"
_WON_PART = re.compile(rf"[\s，,]+(?=[{CJK}]{{2,}}?[{PLACE_LEVELS}]{_WON})")
_ANNOUNCED = re.compile(rf"{words(ANNOUNCING_VERBS)}|名单")


def _headline_winner(title: str) -> str | None:
    """The one place a later part of ``title`` opens on as the winner (:data:`_WON_PART`) of what the first part announced, None
    where none does or it lists several (平顺县、壶关县获…)."""
    first, *parts = _WON_PART.split(title)
    for part in parts if _ANNOUNCED.search(first) else ():
        chain = leading_places(part)
        if chain and not _places_listed(part, chain) and re.match(_WON, part[len("".join(chain)):]):
            return chain[-1]
    return None


# A title naming its matter as the whole of a level (2022年全省应急管理工作会议精神, 全市…推进会): the event of that level's place.
WHOLE_LEVEL_TITLE = re.compile(rf"^(?:(?:19|20)\d{{2}}年度?)?全([{LEVEL_CHARS}])")


def _wider_own_event(title: str | None, place: str | None, own: str | None) -> bool:
    """Whether a page of no issuer read as ``place``'s is the workspace's (``own``) event: its title names the whole of the
    workspace's level (:data:`WHOLE_LEVEL_TITLE`), one above ``place``, and no place of its own (the province's work meeting on
    新乡's site, 我市应急局…作为6个发言省辖市 its only words of the city: 河南省's, rs8 — the city's own deeds its facts' place).
    A level ``place`` shares is ``place``'s own whole (全市 of 晋江市, a county-level city, on 泉州市's: rv18 5)."""
    m = WHOLE_LEVEL_TITLE.match(simplified(title or ""))
    return bool(m and place and own and own != place and own.endswith(m.group(1)) and not place.endswith(m.group(1))
                and not leading_places(title[m.end():])
                and place_rank(own) < place_rank(place))


# Whom a report's presenting formula (structure.PRESENTING) presents it for: 现在，我代表交城县人民政府向大会报告…, 受交城县人民政府委托…
_PRESENTED_FOR = re.compile(r"(?:代表|受)([^，。；]{2,16})")


def presented_for(norm: str) -> str | None:
    """The place a line of ``norm`` opening on a report's presenting formula names its government by (我代表交城县人民政府向大会报告
    政府工作 → 交城县: the report is that place's), None where none does (我代表县人民政府…)."""
    for line in norm.split("\n"):
        chain = leading_places(m.group(1)) if PRESENTING.match(line) and (m := _PRESENTED_FOR.search(line)) else []
        if chain:
            return chain[-1]
    return None


def _jurisdiction(issuer: str | None, title: str | None, norm: str, session: str | None = None,
                  deputy: str | None = None) -> str | None:
    m = re.match(rf"([{CJK}]{{2,6}}?(?:[镇乡](?=人民{GOVERNMENT_WORD}$)|街道(?=办事处$|办$)))", issuer or "")
    if m and not leading_places(issuer):  # a town's government (兰亭镇人民政府) governs its town, a subdistrict's office
        return m.group(1)  # (鹿阜街道办事处) its subdistrict
    m = re.search(rf"局([{CJK}]{{2,5}}?)分局$", issuer or "")
    if m:  # a city bureau's branch is of the place it is named after (…生态环境局寻甸分局: 寻甸回族彝族自治县)
        found = [p for p in _places_named(norm) if p.startswith(m.group(1))]
        found = found or [p.group() for p in re.finditer(rf"{m.group(1)}(?:市|区|县|自治县)", norm)]  # (受理香格里拉市…)
        if found:
            return min(found, key=len)
    place = _place(issuer)
    if place:
        return place
    if issuer and not _LEVEL.match(issuer):  # 厦门网 → 厦门市 when the text says so
        for stem_len in (3, 2):
            m = re.search(rf"{re.escape(issuer[:stem_len])}(?:市|区|县|省)", norm)
            if m and is_place(m.group()):
                return m.group()
    head = LEADING_FUNCTION.sub("", re.sub(r"^(?:\d+年度?|[\d第期])+", "", title or ""))  # 2022年度县科技局: no 度县
    chain = leading_places(head)
    if chain and not _places_listed(head, chain):
        return chain[-1]
    for m in PLACE_ANCHORED.finditer(title or ""):
        if _place(m.group(1)):
            return _place(m.group(1))
    short = _short_place_in_title(title or "", norm)
    if short:
        return short
    presented = presented_for(norm)
    if presented:
        return presented
    own = issuer[0] if issuer and issuer[0] in LEVEL_CHARS else None  # 县科技局 speaks of its 县, not of 全市 rankings
    lower = _lower_self_level(session, norm, own)
    if lower:  # (a district's reply naming no district of its own is of no place it names: not the session's city)
        return _dominant_place(norm, lower)
    # (an outlet named by a known city's stem, its title naming no place, is of the place below the city's level its text names
    # most — 巴中日报 on 平昌县's tea, rv20 — unless it speaks of the city as its own (全市新增…, 任泽区新增…: the city's); else of
    # that city, its text naming the city short or not at all: 巴中日报's 健康巴中, hd56a — not a place its running text seems to
    # name most, 牢守省门市门); nor of that city where it speaks of its province as its own (来源: 合肥晚报 over 全省已经提前超额完成…,
    # 11月9日，记者从省住建厅获悉…: 安徽省's, hd74a)
    city = next((issuer[:n] for n in (4, 3, 2) if issuer and issuer[:n] in CITIES and issuer[:n] not in PROVINCES), None)
    if city and MEDIA_NAME.match(issuer):
        level = _self_level(norm)
        return ((level == "省" and _dominant_place(norm, level)) or (level != "市" and _dominant_below(norm, "市"))
                or city + "市")
    place = _session_place(session, norm) or _dominant_place(norm, own)
    # (no unknown name the text says no more often than a known city the title names: 上海推进… over a scrambled page's
    # 个上市民政局、海出市财政局, hd70c)
    titled = _title_cities(title or "", norm) if place and place.endswith("市") and place[:-1] not in CITIES else set()
    titled = {c for c in titled if norm.count(c) >= norm.count(place)}
    if len(titled) == 1:
        return f"{titled.pop()}市"
    return place or _collective_place(deputy, _session_level(session) or _self_level(norm))


# A title that names the issuing unit before it: 重庆市科学技术局 关于…  泌阳县人民政府对…  【科技局】…
# The name ends in an organ's word (not 办 alone: 关于办理…) and what after it is still its name
# (ORGAN_PART: 市委组织部, 省人民政府办公厅), never cut at 市委 or 政府, nor a 委员会 at its 委 (上海市科学技术委 of a
# report titled 上海市科学技术委员会2025年工作总结: qa18).
# A bureau's branch is named after it (昆明市生态环境局寻甸分局): the branch wrote the reply.
BRANCH_PART = rf"(?<=局)(?:(?![和与及各、])[{CJK}]){{2,5}}?分局"
# A bureau's squad (杨凌示范区公安局交巡警支队新区大队: a traffic police squad's reply) is named after it too.
SQUAD_PART = rf"(?<=局)(?:(?![和与及各、])[{CJK}]){{1,8}}?[支大中]队(?:[{CJK}]{{1,4}}?[大中]队)?"
LETTERHEAD_UNIT = (rf"[{CJK}（）]{{2,30}}?(?:常委会|{words(tuple(w for w in ORGAN_WORDS if w != '办'))})(?!员会)"
                   rf"(?:{BRANCH_PART}|{SQUAD_PART}|{ORGAN_PART})?")
LETTERHEAD = re.compile(rf"^[【\[]?({LETTERHEAD_UNIT})[】\]]?\s*(?=关于|对|[{CJK}])")
# A reply's letterhead line: its unit, then who signed it (宝鸡市生态环境局 签发人：赵永怀).
SIGNED_LETTERHEAD = re.compile(rf"^({LETTERHEAD_UNIT})\s*签发人[：:]?\s*[{CJK}]{{2,4}}$")
TITLE_HEAD = re.compile(r"^(?:关于|对)")
# A title's last words: a reply's (:data:`~drafter.grammar.REPLY_LETTER_ENDS`; its opinions are 意见s) or another
# document's kind (…的通知, …工作总结, …规划, …称号的通报: hd45b).
DOCUMENT_KINDS = ('意见', '通知', '通报', '报告', '总结', '规划', '计划', '方案', '说明', '要点')
TITLE_KINDS = (*REPLY_LETTER_ENDS, *DOCUMENT_KINDS)
TITLE_END = re.compile(rf"(?:{words(TITLE_KINDS)})$")
# A site's brand after a title's last dash, underscore or bar (全市文化广电和旅游工作会议召开-凯发k8国际: a betting mirror's, hd53b):
# ending on what a site or a gambling brand calls itself (BRAND_END_WORDS) or of letters run into digits (k8, bet365) — not a
# road's code, one capital and its number (京哈高速公路改扩建-G1, …改建工程—G318: rv18 14) — and no word of a title — a meeting,
# work, a document's kind (:func:`without_site_tail`).
_LETTERS_DIGITS = r"(?:[A-Za-z]{2,}|[a-z])\d+"  # (k8, bet365)
SITE_TAIL = re.compile(rf"\s*[-_|｜—–]+\s*(?P<tail>[^-_|｜—–\s]{{2,16}}?(?:{words(BRAND_END_WORDS)})|[^-_|｜—–\s]{{0,12}}?"
                       rf"{_LETTERS_DIGITS}[^-_|｜—–\s]{{0,12}})$")
_TITLE_WORD = re.compile(rf"会议?|工作|{words(TITLE_KINDS)}")
# A site's address or a betting brand a mirror put into a page's words (市www.28365-365.com_365bet手机在线网页_365bet官网体育局 for
# 市统计局, hd66c): an address's www., http or domain, or letters run into digits as SITE_TAIL reads them (k8, bet365, 365bet) —
# no unit's name holds one.
SITE_CLUTTER = re.compile(rf"www\.|https?[:：]|[A-Za-z0-9-]\.(?:com|cn|net|org)\b|{_LETTERS_DIGITS}|\d+[a-z]{{2,}}")


# A site's channel (建议提案办理答复, 人大代表建议答复): words of the business alone, no item, session or unit.
CHANNEL_NAME = re.compile(r"(?:人大|政协|代表|委员|建议|提案|议案|办理|答复|复函|结果|情况|公开|和|及|、)+")
# A page's list of categories (提案，建议提案，提案答复函): short words and commas, no title.
WORD_LIST = re.compile(r"[^，。；]{1,6}(?:，[^，。；]{1,6})+")
# A line of three or more phrases parted by commas and no stop (国产一在线精品…，免费…，三年片…，…: a mirror's spam over the page, hd34c;
# a page's keywords), or of four or more parted by underscores (国产一区二区黄网_国产成人99在线播放_…_国产亚洲av无码专区a∨麻豆, hd38c;
# a page's own title has three at most: 标题_栏目_站点): clutter, neither a title nor a part of one.
PHRASE_LIST = re.compile(r"[^，。；：_]+(?:，[^，。；：_]+){2,}|[^，。；：_]+(?:_[^，。；：_]+){3,}")
SPACED_WORD_LINE = re.compile(rf"[{CJK}](?:\s+[{CJK}]){{1,3}}")


# A site's column label before a title (【人大建议】关于对…第11号建议的答复: hd34c).
COLUMN_LABEL = re.compile(r"^[【\[][^】\]]{1,10}[】\]]\s*")


# …or a news column's name before a colon (当前关注：…, 今日要闻：…: :data:`_COLUMN_LABEL`'s words).
COLUMN_COLON = re.compile(rf"^[{CJK}]{{0,6}}(?:{words(NEWS_COLUMN_WORDS)})[：:]\s*")


def without_site_tail(title: str) -> str:
    """``title`` without a site's brand after its last dash, underscore or bar (:data:`SITE_TAIL`): no place nor a title's word
    in it, and a title of six characters or more before it (全市文化广电和旅游工作会议召开-凯发k8国际 → 全市文化广电和旅游工作会议召开)."""
    m = SITE_TAIL.search(title)
    if not m or m.start() < 6 or _TITLE_WORD.search(m.group("tail")) or places_in(m.group("tail")):
        return title
    return title[:m.start()]


def _opens_title(line: str) -> bool:
    """A line opening on a title's head, 关于 or 对, on a unit's name and then 关于 or 对 (元谋县自然资源局对…的答复), or on a
    site's column label and then 关于 or 对 (【人大建议】关于对…的答复)."""
    return bool(TITLE_HEAD.match(line) or (LETTERHEAD.match(line) and LETTERHEAD.sub("", line).startswith(("关于", "对")))
                or TITLE_HEAD.match(COLUMN_LABEL.sub("", line)))


# A news headline opening on its place and a colon (岳阳县：大灾之后大干水利): a title, no field.
PLACE_HEADLINE = re.compile(rf"^([{CJK}]{{2,8}}?[{LEVEL_CHARS}])：[{CJK}“]{{4,}}")


def _place_headline(line: str) -> bool:
    """Whether ``line`` is a headline opening on a place's name and a colon (:data:`PLACE_HEADLINE`), or one under its column
    and a bar opening on a name and a colon (:data:`BAR_HEADLINE`), or under a column named with a colon (:data:`COLUMN_BAR_HEADLINE`)."""
    m = PLACE_HEADLINE.match(line)
    return (bool(m) and is_place(m.group(1))) or bool(BAR_HEADLINE.match(line) or COLUMN_BAR_HEADLINE.match(line))


# A news headline after its column and a bar, opening on a name (its place's, short) and a colon (辉煌十三五 奋进新德州 | 宁津：累计
# 投入26.8亿元，新建改建中小学、幼儿园校舍51.9万平方米, hd48e): a title, no field.
BAR_HEADLINE = re.compile(rf"^[^|｜：:。；]{{2,16}}?\s*[|｜]\s*[{CJK}]{{2,8}}：[{CJK}“][^|｜：:。；]{{4,}}$")
# …or under its column and its kind, a colon between them, and a bar (解读：在线访谈 | 宜春市“十四五”文化和旅游发展规划，打造…城市, hd67b).
COLUMN_BAR_HEADLINE = re.compile(rf"^[{CJK}]{{1,6}}：[{CJK}]{{2,10}}\s*[|｜]\s*[{CJK}“][^|｜：:。；]{{6,}}$")


# A table's row, its cells between bars: of short cells (its fields: 文号 | 浏览量), or of three or more, whatever their length
# (公开目录 | 人大建议办理结果 | 发布日期 | 2020-08-24): a page's metadata, never a title (a headline may hold one bar: 央媒看四川|…).
_TABLE_ROW = re.compile(r"[^|｜]{1,8}(?:[|｜][^|｜]{1,8})+|[^|｜]+(?:[|｜][^|｜]+){2,}")


# A site's column over its items (实时滚动新闻, 工作动态; its section, 资讯中心, hd42b): a label of a few words, no headline.
_COLUMN_LABEL = re.compile(rf"^[{CJK}]{{0,6}}(?:{words(NEWS_COLUMN_WORDS)})(?:中心)?$")


# One name said again and again (住朋网住朋网住朋网住朋网, a site's logo alts run together, hd36a).
_REPEATED_NAME = re.compile(r"(\S{2,10}?)\1+")


# A bureau's section alone, the column its site files the page under (安全生产综合协调科 over 2022年全省应急管理工作会议精神, rs8; not an
# office that may issue, 街道办事处, nor a room or a desk the page is about, 老兵调解工作室, 便民服务处: rv18 8).
SECTION_ENDS = "科股处"  # (and an office's 室, 办公室, 法规室, where a unit is named: SECTION_OF_A_BUREAU, _issuer)
_SECTION_LABEL = re.compile(rf"[{CJK}]{{2,12}}(?<!办事)(?<!服务)[{SECTION_ENDS}]")


# A bulletin's issue named by its period and column (5月要闻, 2024年5月工作动态, 第12期快报): its title, over its ● headlines (hd55c:
# the first headline, 主要指标 各项旅游经济指标实现较快增速, was taken for it).
BULLETIN_ISSUE = re.compile(rf"(?:(?:19|20)\d{{2}}年)?(?:\d{{1,2}}月份?|第\d{{1,3}}期)(?:工作)?(?:{words(NEWS_COLUMN_WORDS)})")


def _site_label(line: str) -> bool:
    """Whether ``line`` names the page's site (中国质量新闻网, 中国消费者报: :data:`MEDIA_NAME`) or its column
    (:data:`_COLUMN_LABEL`, :data:`_SECTION_LABEL`) alone, or repeats one name (:data:`_REPEATED_NAME`): the page's, never its title."""
    return bool(MEDIA_NAME.match(line) or _COLUMN_LABEL.match(line) or _SECTION_LABEL.fullmatch(line) or _REPEATED_NAME.fullmatch(line))


def _title(doc: Document, front: list[str], kv: dict[str, str]) -> str | None:
    """The document's title: the format's, a reply title (joined when the page broke it over lines),
    the 名称/标题 field, else the first line that is not metadata."""
    if doc.title:
        return doc.title.strip()
    # a page's field name before the title without its colon (信息名称 关于…的答复, 标题 对…的复函) is no part of it
    # (nor before a unit's title: 信息名称 某州人民政府关于…的会办意见)
    lines = [re.sub(r"^(?:信息名称|标\s?题|名\s?称)\s+(?=\S{0,30}?(?:关于|对))", "", t) for t in front
             if not is_meta_line(t) and not _site_label(t)]
    # a title the page broke after its 关于 (铜川市人民政府办公室关于 / 落实…的意见) is one line
    lines = [t + lines[i + 1] if t.endswith("关于") and i + 1 < len(lines) else t
             for i, t in enumerate(lines) if not (i and lines[i - 1].endswith("关于"))]
    for i in range(len(lines)):
        for k in (1, 2, 3):
            if any(DOC_NUMBER.match(t) for t in lines[i + 1: i + k]):
                break  # a document number's line parts a title from what stands over it (主题分类's value)
            if any(re.fullmatch(r"(?:19|20)\d{2}\s?年?", t) for t in lines[i: i + k - 1]):
                break  # nor does a year alone (a site's channel of the year's items: 2022年 / 2022年区…会议《…》（73号）的答复)
                # join a title to what stands over it
            if k > 1 and PHRASE_LIST.fullmatch(lines[i]):
                break  # nor is a list of phrases (a mirror's spam over the title: 国产一在线精品…，免费…，…)
            if k > 1 and re.fullmatch(r"[（(][^（）()]*[）)]", lines[i]):
                break  # nor is a line in brackets, a page's label of the unit (（县自然资源和规划局） / 维西…78号建议的答复)
            if k > 1 and any(re.search(DASHED_DATE, t) for t in lines[i + k - 2: i + k - 1]):
                break  # nor is a line dated (公开目录 人大建议办理结果 发布日期 2025-06-30) a title's first part
            if k > 1 and any(_opens_title(t) for t in lines[i + 1: i + k]):
                break  # a line opening a title of its own (关于…, 弥勒市民政局关于…) is where it starts: what stands
                # over it is the page's (有效性有效; 所属分类 建议提案办理 效力状态 有效; • 人大建议办理)
            # a title's last word spaced out on its own line: …建议的 / 答 复
            joined = "".join(SPACED_CJK.sub("", t) if SPACED_WORD_LINE.fullmatch(t) else t for t in lines[i: i + k])
            body = LETTERHEAD.sub("", joined).strip() if LETTERHEAD.match(joined) and not TITLE_HEAD.match(joined) else joined
            if CHANNEL_NAME.fullmatch(joined):
                break  # a site's channel over the title (• 建议提案办理答复): it names no item
            if (REPLY_TITLE.search(joined) and (TITLE_HEAD.match(body) or TITLE_END.search(body))
                    and "：" not in re.sub(r"（[^（）]*）$", "", joined)  # (…的函（编号：B〔2017〕062号）)
                    and "收悉" not in joined and not WORD_LIST.fullmatch(joined)):
                if (re.fullmatch(rf"[{CJK}]{{1,12}}", lines[i]) and not ORG_LINE.match(lines[i])
                        and any(TITLE_HEAD.match(t) for t in lines[i + 1: i + k])):
                    continue  # a page's label before the title's first line (回复 / 对…会议 / 第247号建议的复函; 政协委员提案办理)
                return joined
    for key in ("名称", "标题", "信息名称"):
        if kv.get(key):
            return kv[key]
    original = next((m.group(1).strip() for t in front for m in [ORIGINAL_TITLE.match(t)] if m), None)
    if original:
        return original
    if lines and BULLETIN_ISSUE.fullmatch(lines[0]):
        return lines[0]
    headline = next((t for t in lines if COLUMN_HEADLINE.match(t) and len(t) <= HEADLINE_MAX), None)
    if headline:
        return headline
    if lines and UNIT_HEADLINE.match(lines[0]) and len(lines) > 1 and not UNIT_HEADLINE.match(lines[1]):
        return lines[0]
    # a news page's headline over its byline (央媒看四川|四川广汉：西部小城的突围之路 / 2024-12-24来源：新华社作者：…), not the
    # site's clutter over it (互联网违法举报, hd20b)
    headline = _headline(front, lines)
    if headline:
        return headline
    candidates = [
        t for t in lines
        if 6 <= len(t) <= HEADLINE_MAX and ("：" not in t or _place_headline(t)) and "。" not in t and not ADDRESSEE.match(t)
        and not WORD_LIST.fullmatch(t) and not PHRASE_LIST.fullmatch(t)
        and not SLOGAN_PHRASES.search(t)  # (a host site's slogan over the headline: 立足四川、面向行业、辐射全国、放眼世界！…, hd70b)
        and not DOC_NUMBER.match(t) and not DATELINE.match(t) and not OPENING.search(t) and not _unit_dated(t)
        and not _delivery_date(t)  # (a report's dateline under its title: ——2021年1月17日在池州市第四届人民代表大会…上, hd65d)
        and not re.fullmatch(r"[【\[][^】\]]{1,10}[】\]]", t)  # (a bulletin's column label alone: 【要情聚焦】)
        and not re.fullmatch(r"[（(][^（）()]*[）)]", t)  # (nor a note in brackets: a photo's caption, （相关资料图）, hd50b)
        # (the publisher and the time it posted: 某县人民政府 2023-09-12 08:49:00; a reposting site's name, the time and its column:
        # 公文搜 2021-07-27 17:49:24 政府报告 over a county's 政府工作报告, hd61b)
        and not re.search(rf"{DASHED_DATE}\s+{CLOCK}", t)
        and not CAPTION_LINE.search(t) and not PHOTO_CREDIT.search(t)  # (a photo's caption: △寿宁青葱满眼高山茶 卓仕尉 摄, hd61b)
        and not SPEAKER.search(t)  # (who delivers a report: 汕头市潮阳区审计局局长 郑某)
        and not CREDITS_LINE.match(t) and not CORRESPONDENT.match(t)  # (通讯员付宏才 徐学波 under 极目新闻记者 吕锐, hd71b)
        and not EDITION_LINE.search(t)
        and not NAV_BAR.fullmatch(t)  # (a site's menu: 本地 天下 发现自贡 文化 健康 教育 商圈, rv46)
        and not t.endswith(("，", "；", "、"))  # (a paragraph's broken line: …居民健康素养水平达到39.06%，)
        and not SPEAKER_LINE.match(t)  # (a deputy whose remarks follow: 陈建钦(闽侯团代表))
        and not COURTESY.match(t)  # (a reply's thanks over its body: 首先感谢您对我县城市管理…的关心和支持！)
        and not t.endswith("正文")  # (a site's section over its article: 中新网福建新闻正文)
        and not PUBLIC_NOTE.fullmatch(t)  # (whether it may be published: 同意对外公开, 不予公开)
        and not _TABLE_ROW.fullmatch(t)
        and not re.match(r"^(?:https?://|www\.)", t) and not re.fullmatch(r"[\d年月日期第号\s\-./]+", t)
        and not re.match(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．])", t)
    ]
    # an e-paper's headline, listed among the page's others and said again over its lede (市人大常委会调研…工作 / 本报讯…)
    repeated = next((t for t in candidates if lines.count(t) > 1 and (lines[-1] == t or "。" in _line_after(lines, t))), None)
    if repeated:
        return repeated
    # a line that reads as a title (关于…, …的通知/规划/总结) before any other line
    # (else the first line, when it stands over the text: a line after a paragraph of prose is its own, a news item's
    # last sentence cut short — 张利表示，济南、滕州两地因…，开 — no headline)
    prose = next((i for i, t in enumerate(lines) if "。" in t), len(lines))
    first = next((t for t in candidates if lines.index(t) < prose), None)
    title = next((t for t in candidates if TITLE_HEAD.match(LETTERHEAD.sub("", t)) or TITLE_END.search(TITLE_NOTE.sub("", t))),
                 None if first and _in_stanza(lines, lines.index(first)) else first)
    k = lines.index(title) if title else 0
    # (a column's short label over the headline right above the text: 高质量发展看河南 / 革命老区信阳：走好…新路 / 老区不老，…。, hd59c)
    under = lines[k + 1] if title and title == first and k + 2 == prose and len(title) <= COLUMN_LABEL_LEN else ""
    if len(under) > len(title or "") and (under in candidates or COLON_HEADLINE.fullmatch(under)):
        return under
    if (title and TITLE_HEAD.match(title) and not TITLE_END.search(title) and k + 1 < len(lines)
            and lines[k + 1] in candidates and TITLE_END.search(lines[k + 1]) and not _opens_title(lines[k + 1])):
        return title + lines[k + 1]  # broken after its head (关于全国政协十四届二次会议 / 委员提案办理工作总结)
    if title and len(title) <= 8 and not TITLE_HEAD.match(title) and k and lines[k - 1] in candidates:
        return lines[k - 1] + title  # its last words on a line of their own (…提案办理工作 / 完成情况说明)
    return title


# A photo's caption: opening on its mark (△寿宁青葱满眼高山茶), or its photographer named after a space, then 摄 (… 卓仕尉 摄).
CAPTION_LINE = re.compile(rf"^[△▲]|\s[{CJK}]{{2,4}}(?:[、\s][{CJK}]{{2,4}})*\s*摄$")
# A title's note in brackets after its kind (（福建省）2020年霞浦县人民政府工作报告（全文）, …报告（摘要）, …规划（草案）, hd61b).
TITLE_NOTE = re.compile(r"[（(][^（）()]{1,4}[）)]$")


# A news column's label over its headline: as short as this at most (高质量发展看河南); a headline's line: as long as this at most.
COLUMN_LABEL_LEN, HEADLINE_MAX = 8, 80
# A headline naming its subject before a colon (革命老区信阳：走好高质量发展现代化新路).
COLON_HEADLINE = re.compile(rf"[{CJK}]{{2,12}}：[{CJK}“][^。；：]{{4,60}}")


def _label_over(lines: list[str], title: str | None) -> str | None:
    """The short line of no mark right over the headline ``title`` (:data:`COLUMN_LABEL_LEN`: its column's label or kicker)."""
    k = lines.index(title) if title in lines else 0
    return lines[k - 1] if k and len(lines[k - 1]) <= COLUMN_LABEL_LEN and is_cjk(lines[k - 1]) else None


# A line of verse: a few words, no mark between or after them (总有一些地方, 承载着人们成长的记忆); or of a site's menu, its letters
# too (ab体育下载官网 / AB体育app官网 / …, hd48a).
_VERSE_LINE = re.compile(rf"[{CJK}“”A-Za-z\d]{{1,19}}")
STANZA = 4  # verse lines in a row: a poem (three, a headline's 引题 / 主题 / 副题, unless all are short)
SHORT_VERSE = 8  # the characters of a short line: three such are a poem too


def _in_stanza(lines: list[str], k: int) -> bool:
    """Whether line ``k`` of ``lines`` is a line of verse among at least :data:`STANZA` in a row (or three of at most
    :data:`SHORT_VERSE` characters): a site's menu, a feature opening on a poem (每个城市 / 总有一些地方 / 承载着人们成长的记忆 / 在薛城, hd43a) or
    on its pictures' captions (锦绣山川 / 大熊山七彩旱滑 / …开幕式 / 嵩山风洞, hd43b), none of them a headline — the page is named as
    its file is (:func:`_named_title`); not a headline of three lines (全力以赴抓落实 / 登封市加快推进国土绿化 / 确保完成年度造林任务, rv4),
    nor three short ones over a byline or the text (奋进新征程 / 登封绿化见成效 / 完成造林五万亩 / 本报讯 …。, rv5)."""
    if not _VERSE_LINE.fullmatch(lines[k]):
        return False
    start, end = k, k + 1
    while start and _VERSE_LINE.fullmatch(lines[start - 1]):
        start -= 1
    while end < len(lines) and _VERSE_LINE.fullmatch(lines[end]):
        end += 1
    return end - start >= STANZA or (end - start == STANZA - 1 and all(len(t) <= SHORT_VERSE for t in lines[start:end])
                                      and not (end == len(lines) or _byline(lines[end]) or "。" in lines[end]))


# A news page's line of fields under its headline, its day posted and its outlet (类别:社会 发布时间:2025-02-27 10:21:00 来源:大众网),
# or its outlet first and the day after (来源:南国今报作者:admin2014-06-09 09:12反馈/举报, hd36a), or the time it was posted alone
# (时间：2025-05-13 22:42:58 under 辽宁鞍山：开展春季学校食堂食品安全专项检查, hd66a), or with its count of views (发布时间：2021/01/05 新闻
# 浏览：639, hd70c).
_POSTED_FIELDS = re.compile(rf"(?:发布时间|发布日期|时间)\s*[：:]\s*{DASHED_DATE}(?:.*(?:来源|{VIEW_FIELDS})[^：:\s]{{0,2}}\s*[：:]|\s*{CLOCK}$)"
                            rf"|^来源\s*[：:].*{DASHED_DATE}")


def _headline(front: list[str], lines: list[str]) -> str | None:
    """A news page's headline over its byline (:data:`DATED_BYLINE`, :data:`_POSTED_FIELDS`) or its outlet's dateline
    (:data:`DATELINE`: 临报融媒 2022-11-11 阅读次数 under 创建全国文明城市丨临沂市体育局：助推“未来之星”健康成长, hd28c), one of ``lines``;
    the line over it where that is its deck (:func:`_deck`)."""
    for k, (t, under) in enumerate(zip(front, front[1:])):
        if _byline(under) and t in lines and 6 <= len(t) <= HEADLINE_MAX and "。" not in t and not DATELINE.match(t):
            over = front[k - 1] if k else ""
            return over if over in lines and _deck(t, over) else t
    return None


# A deck's opening: the whole of a level (全省, 全市), the place its headline names.
WHOLE_LEVEL_DECK = re.compile(r"^全([省市区县州])")
# A site's column or its path, no headline, over a headline opening on 全市 (承德市新闻头条新闻, 承德新闻>>承德时政要闻).
_COLUMN_OVER = re.compile(rf"(?:{words(NEWS_COLUMN_WORDS)})$|[>＞»›]")


def _deck(line: str, over: str) -> bool:
    """Whether ``line`` is the deck (副题) under the headline ``over``: a figure it reports of the whole of a level
    (:data:`WHOLE_LEVEL_DECK`) whose place ``over`` names, by its name or its short one (全省已建成23.47万个公共停车泊位 under
    安徽城市停车场建设三年行动提前“收官”, hd74a); ``over`` a headline's line, longer than a column's label (:data:`COLUMN_LABEL_LEN`)
    and no column's name nor path (:data:`_COLUMN_OVER`)."""
    m = WHOLE_LEVEL_DECK.match(line)
    if not (m and find_figures(line) and COLUMN_LABEL_LEN < len(over) <= HEADLINE_MAX and "。" not in over and not _COLUMN_OVER.search(over)):
        return False
    level, shorts = m.group(1), {"省": PROVINCES, "市": CITIES}.get(m.group(1), ())
    return (any(name.endswith(level) for *_, name in places_in(over))
            or any(part.startswith(s) for part in TITLE_PARTS.split(over) for s in shorts))


# A headline in brackets opening a line of the text, a picture's caption after it (【月饼|年产值超2亿元 四川朝天“中子月饼”成功注册国家
# 地理标志证明商标】月饼烘培。钟卫东摄, hd64b): a headline's words, longer than a column's label (【要情聚焦】) and no field (【责任编辑：X】).
BRACKETED_HEADLINE = re.compile(r"^【([^【】：:。；，]{12,80})】")


def _bracketed_headline(lines: list[str]) -> str | None:
    """The first headline in brackets (:data:`BRACKETED_HEADLINE`) opening one of ``lines``: a page's title where none stood over
    its text."""
    return next((m.group(1).strip() for t in lines for m in [BRACKETED_HEADLINE.match(t)] if m), None)


# How far into a notice's units its sentence issuing a document stands (after its addressees: 现将《…》印发给你们).
ISSUING_UNITS = 3


def _issued_title(out: Outline) -> str | None:
    """The name of the document a notice issues (:data:`~drafter.grammar.ISSUING`: 经…研究同意，现将《关于推进旅游业高质量发展的实施
    意见（2022—2025年）》印发给你们，…, hd67b), where it prints no title of its own: the page is that document, and its kind the
    document's (意见: a policy)."""
    return next((m.group("title")[1:-1] for u in out.units[:ISSUING_UNITS]
                 for m in [ISSUING.match(simplified(normalise(u.text)).strip())] if m), None)


def _byline(line: str) -> bool:
    """Whether ``line`` is what a news page prints under its headline: its byline, its fields, its outlet's dateline or its site's
    address and day (:data:`~drafter.read.clean.SITE_DATELINE`)."""
    return bool(DATED_BYLINE.match(line) or _POSTED_FIELDS.search(line) or DATELINE.match(line) or SITE_DATELINE.match(line))


def _line_after(lines: list[str], line: str) -> str:
    """The line after the last of ``line`` in ``lines`` ("" after the last line)."""
    k = len(lines) - lines[::-1].index(line)
    return lines[k] if k < len(lines) else ""


OWN_TEXT_HEAD = 12  # lines: where a suggestion's title or its form's fields stand


def own_text_of(text: str) -> str | None:
    """建议, 提案 or 议案 when ``text`` is the suggestion (proposal…) itself, not a reply to it nor a
    report: its title (关于…的建议) or its form's fields (案由：…, 建议人：…) near its head, a line
    announcing its asks (为此建议：, 现提出如下建议：), and nothing of a reply (an addressee line, 收悉,
    答复如下…: a page printing the text over its reply is the reply). None otherwise."""
    head = [t.strip() for t in islice((t for t in text.splitlines() if t.strip()), OWN_TEXT_HEAD)]
    titled = next((m.group(1) for t in head for m in [SUGGESTION_TITLE.search(t)] if m), None)
    fields = [t for t in head if SUGGESTION_FIELD.match(t)]
    if not (titled or fields):  # (what most sources are: told by their head alone)
        return None
    lines = [t.strip() for t in text.splitlines() if t.strip()]
    if not any(announces_asks(t) for t in lines):
        return None
    if OPENING.search(text) or any(ADDRESSEE.match(t) for t in lines):
        return None
    return titled or ("提案" if any("提案" in t for t in fields) else "建议")


def _reported(kv: dict[str, str], units: list[str]) -> bool:
    """Whether a page is a news outlet's: its source field names one (来源：新华网, 来源:福州晚报; :data:`MEDIA_NAME`), or a
    photo's credit closes a paragraph or a caption of it (记者 叶诚 摄; …白水苹果 摄影 董张曼, a caption read as a heading: hd51b;
    :data:`PHOTO_CREDIT`), or its words tell of its reporter at the scene (告诉记者, 记者在…看到: :data:`REPORTER_PRESENT`)."""
    sources = [(kv.get(k) or "").strip() for k in ("来源", "信息来源", "文章来源")]
    return (any(MEDIA_NAME.match(re.split(r"[，,；;\s|]", v, maxsplit=1)[0]) for v in sources if v)
            or any(PHOTO_CREDIT.search(t) or REPORTER_PRESENT.search(t) for t in units))


# A headline under the news column a site files it in (【甘肃新闻】甘肃：聚焦民生实事 做优水利文章, 【工作动态】…): a news item,
# its headline the page's title (a colon and all).
COLUMN_HEADLINE = re.compile(rf"^【[{CJK}]{{0,8}}(?:{words(NEWS_COLUMN_WORDS)})】\s*[{CJK}“]")
# A news headline naming its unit before a colon, over the text (市卫生健康局：重视人大建议和政协提案办理, 阳春市卫生健康局's
# news of 2023-05-16): no field, the page's title.
UNIT_HEADLINE = re.compile(rf"^{UNIT_NAME}[：:][{CJK}“][^：:。；]{{3,60}}$")


# A letter's addressee who is a member of the public (网友为“七零八落”的网友：, 尊敬的市民朋友：), greeted in its first words (您好！).
PUBLIC_ADDRESSEE = re.compile(r"^((?:尊敬的)?[^：，。]{0,20}?(?:网友|市民|群众|居民|来信人|留言人)[^：，。]{0,4})[：:]$")
GREETING = re.compile(r"^(?:您好|你好)[！!，,]")
# What a reply's opening says it answers (您提出的《关于…的建议》收悉, …的提案收悉): a deputy's suggestion or a member's proposal —
# never any answer (对…市民反映的部分问题，相关单位回复如下： of a radio phone-in's page, hd56c).
ITEM_ANSWERED = re.compile(r"建议|提案|议案|代表|委员")


def _opens_reply(head: str) -> bool:
    """Whether a sentence of ``head`` holding a reply's opening (:data:`OPENING`) names what it answers (:data:`ITEM_ANSWERED`)."""
    return any(ITEM_ANSWERED.search(head[max(head.rfind(c, 0, m.start()) for c in "。！？\n") + 1:m.end()])
               for m in OPENING.finditer(head))


def _kind(title: str | None, front: list[str], body_head: str, headings: list[str], back: list[str] = (),
          body_tail: str = "", reported: bool = False, anonymous: bool = False) -> str:
    """The document's kind; ``reported``: its page is a news outlet's (:func:`_reported`); ``anonymous``: it names no
    issuer, number, date nor any year and speaks of a place by its name (or, dated, has no title), never as a unit or its
    place (我局, 我区, 我们):
    a text that is none of the other kinds is then a third party's article on the place (news), no work report of its own."""
    head = "\n".join(front)
    if any(ADDRESSEE.match(t) for t in front) or _opens_reply(head) or ADDRESSEE_THEN_OPENING.match(body_head):
        return REPLY  # (or its addressee run into its first sentence: 李某、杨某 委员：你们提出的《…》…)
    if PRESENTING.match(body_head):
        return WORK_REPORT  # (a report presented to an assembly, whoever reprinted it: 现在，我代表市人民政府，向大会报告工作…, hd56c)
    if (reported or COLUMN_HEADLINE.match(title or "") or any(BYLINE.search(t) for t in front) or any(CORRESPONDENT.search(t) for t in [*front, *back])
            or CLOSING_CREDIT.search(body_tail) or CLOSING_NAME.search(body_tail)
            or any(ORIGINAL_TITLE.match(simplified(t)) for t in front)):
        return NEWS  # a reporter's or a correspondent's (its headline may end in 答复), or one a mirror ran (原標題:…, hd54a)
    if REPLY_TITLE.search(title or ""):
        return REPLY
    # (a lede short enough to stay in the front matter: 6月26日，武汉市政协提案委一行来…开展…工作。)
    if NEWS_LEDE.search(head + "\n" + body_head) or any(DATELINE.match(t) or EVENT_DAY.match(t) for t in front) or EVENT_DAY.match(body_head):
        return NEWS
    # …落实《政府工作报告》…的意见 is no report; 关于印发《…工作总结》的通知 carries one
    own = re.sub(r"(?<!印发)(?<!转发)《[^》]*》", "", title or "")
    if REPORT_WORDS.search(own):
        return WORK_REPORT
    if POLICY_WORDS.search(own):
        return POLICY
    if REPORT_WORDS.search(" ".join([*headings, body_head])):
        return WORK_REPORT
    if any(AUTHOR.search(t) or JOURNAL_FIELD.match(t) for t in front):
        # an article's author field (发布时间：… 作者：佚名 来源：…), or a journal's issue and keywords (珠江水运 2019年8期 /
        # 关键词：…), where its title names no report
        return NEWS
    return NEWS if anonymous else WORK_REPORT


# The post of a unit's head, ending a byline's (临沧市文化和旅游局党组书记、局长).
HEAD_POST = re.compile(r"(?:局长|主任|厅长|党组书记|党委书记)$")


def signed_by_own_head(lines: list[str], ws: Workspace) -> bool:
    """Whether an article's byline among the first ``lines`` names the head of the workspace's bureau (文 何强宇
    临沧市文化和旅游局党组书记、局长): the bureau's own account of its work, never a third party's article on the place."""
    for line in lines[:12]:
        m = AUTHOR_BYLINE.match(line)
        unit = re.match(UNIT_NAME, m.group("post")) if m and m.group("post") else None
        if unit and HEAD_POST.search(m.group("post")) and ws.is_own_unit(unit.group()):
            return True
    return False


# The guests an interview's transcript introduces (嘉宾：珠海市斗门区市场监督管理局党组书记、局长邝英豪，…; 我们有幸邀请到了3位嘉宾，
# 市文广新旅局党组书记、局长李智勇、…), to their sentence's end, and each unit named there before its official's post.
_GUESTS = lazy(r"嘉\s*宾[^。；;！？!?]*")
_GUEST_UNIT = lazy(rf"({UNIT_NAME})(?:{POST.pattern})")


def guests_own(out: Outline, ws: Workspace) -> bool:
    """Whether the transcript ``out`` of an interview (:func:`~drafter.distill.structure.transcript`, the caller's test) has for
    its guests officials of the workspace's bureau alone, each named after the bureau and their post (市文广新旅局党组书记、局长李智勇、市文广新旅局党组成员、
    副局长易延玲, hd67b): the bureau speaking, its guests' words its account of its work. (Not a bureau of one of its areas named
    after the place too: 珠海市斗门区市场监督管理局 is no 珠海市市场监督管理局, hd56c.)"""
    texts = (*(b.text for b in out.front), *(u.text for u in out.units))
    units = [u.group(1) for t in texts for g in _GUESTS.finditer(simplified(normalise(t))) for u in _GUEST_UNIT.finditer(g.group())]
    return bool(units) and all(ws.is_own_unit(u) and _place(u) in (None, ws.jurisdiction) for u in units)


def _standalone_date(text: str) -> str | None:
    """The date of a line that is only a date (2021年6月18日, 2017.02.13, 20211228; its digits spaced, 2025 915)."""
    t = text.strip()
    if re.fullmatch(r"[\d\s]+", t):
        t = re.sub(r"\s+", "", t)
    m = COMPACT_DATE.match(t)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = SHORT_COMPACT_DATE.match(t)
    if m:  # 2023717: 7-17 (71-7 is no date); 2023111 may be 1-11 or 11-1, so none
        year, rest = m.groups()
        readings = [(int(rest[:k]), int(rest[k:])) for k in (1, 2)]
        dates = [(mo, d) for k, (mo, d) in zip((1, 2), readings)
                 if 1 <= mo <= 12 and 1 <= d <= 31 and rest[k] != "0"]
        return f"{year}-{dates[0][0]:02d}-{dates[0][1]:02d}" if len(dates) == 1 else None
    return parse_date(t) if DATE_LINE.match(t) else None


# A news page's date widget printing the year on a line of its own, then the day (MONTH_DAY_LINE): 2023 / 05-18 / 10:30
_YEAR_ALONE = re.compile(r"^((?:19|20)\d{2})$")


# The date of a step of the item before its reply: when it was made, registered or assigned.
ITEM_STEP_DATE = re.compile(r"(?:提交|提出|立案|交办|转办|受理)(?:时间|日期)：")


def _split_date(front: list[str]) -> str | None:
    """The date of a page whose front matter prints the year and the month-day on two lines."""
    for year, day in zip(front, front[1:]):
        y, md = _YEAR_ALONE.match(year), MONTH_DAY_LINE.match(day)
        if y and md:
            return f"{y.group(1)}-{int(md.group(1)):02d}-{int(md.group(2)):02d}"
    return None


# A report's dateline under its title: when and where it was delivered (——2023年11月24日在县人大常委会第十四次
# 会议上; a page may have run the date's digits together: ——20231124日在…; its dashes horizontal bars: ――2019年12月29日在…, hd61b).
DELIVERY = re.compile(r"^[—\-－―]{1,2}\s*(?:(?P<compact>(?:19|20)\d{6})日|(?P<date>(?:19|20)\d{2}\s*年[^在，。]{2,12}?日))"
                      r"\s*在[^，。]{2,40}?会议?上")


# (or its date and meeting without the dash: 2024年11月27日县十八届人大常委会第二十三次会议, under 关于新邵县2023年财政决算草案的报告)
DELIVERY_BARE = re.compile(r"^(?P<date>(?:19|20)\d{2}\s*年\d{1,2}\s*月\d{1,2}\s*日)\s*在?[^，。]{2,40}?(?:人大|人民代表大会|常委会|政协)"
                           r"[^，。]{0,20}?会议上?$")


# (or its date alone in brackets, under its speaker's name: 大理市人民政府市长 严启红 / （2022年1月23日）, hd61a)
DELIVERY_NOTE = re.compile(r"^[（(]\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[）)]$")


def _delivery_date(text: str) -> str | None:
    """The day a report's dateline under its title (:data:`DELIVERY`, :data:`DELIVERY_BARE`, :data:`DELIVERY_NOTE`) says it was
    delivered: its own, over any day a page reposting it was posted on."""
    m = DELIVERY.match(text) or DELIVERY_BARE.match(text) or DELIVERY_NOTE.match(text)
    if not m:
        return None
    if m.re is DELIVERY and m.group("compact"):
        c = COMPACT_DATE.match(m.group("compact"))
        return f"{c.group(1)}-{c.group(2)}-{c.group(3)}" if c else None
    return parse_date(m.group("date"))


# A unit's name and a date on one line (a bulletin's masthead, 宁波市农业农村局 2025年1月22日; a signature run together).
_UNIT_AND_DATE = re.compile(r"^(.{2,30}?)\s?((?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)$")


# A signature's date closing a line of its fields (in digits or Chinese numerals): 承办单位：清原满族自治县住房和城乡建设局
# 单位负责人：二〇二二年八月三十日 (hd55b); group the date.
_FIELDS_DATE = lazy(rf"[：\s]({DIGIT_MONTH}{DIGIT_DAY}|{CN_DATE})$")


def _unit_dated(line: str) -> tuple[str | None, str] | None:
    """(unit, date) of a line that is only a unit's name and a date (:data:`_UNIT_AND_DATE`), or (None, date) of a line of
    a signature's fields its date closes (:data:`_FIELDS_DATE`), else None."""
    m = _UNIT_AND_DATE.match(line.strip())
    d = _standalone_date(m.group(2)) if m and ORG_LINE.match(m.group(1)) and not PARTY_COMMITTEE_LINE.match(m.group(1)) else None
    if d:
        return m.group(1), d
    m = _FIELDS_DATE.search(line.strip()) if SIGNATURE_KEYS.match(line) else None
    d = parse_date(m.group(1)) if m else None
    return (None, d) if d else None


# A note under a signature naming the unit whose seal stands for the signer's ((瓯海区人民政府办公室代章), hd66d): no signer.
_SEAL_NOTE = re.compile(r"^[（(][^（）()]{2,30}代章[）)]$")


# A line of prose: a paragraph this long at least, its sentences stopped.
PROSE_LINE = 40


def _prose(line: str) -> bool:
    """Whether ``line`` is a paragraph of prose (:data:`PROSE_LINE`), no field nor note (联系人：…。, （…）) under a signature."""
    return len(line) >= PROSE_LINE and "。" in line and "：" not in line and not line.startswith(("（", "("))


# A signature's date whose 年 and 月 the page lost, its digits run into its 日 (2021716日 under a reply signed 2021年7月16日).
_DIGITS_DAY = re.compile(r"^((?:19|20)\d{5,6})日$")


def _digits_day(text: str, latest: str | None) -> str | None:
    """The date of a line :data:`_DIGITS_DAY`: its digits read the one way that is a date (:func:`_standalone_date`), not
    after ``latest`` (the day the page was posted), else None."""
    m = _DIGITS_DAY.match(text.strip())
    d = _standalone_date(m.group(1)) if m else None
    return d if d and (latest is None or d <= latest) else None


def _signature(lines: list[str], latest: str | None = None) -> tuple[str | None, str | None]:
    """(unit, date) of the signature: the last unit line followed by a date line (a date may
    also stand alone after a seal; a note of the seal standing for the unit's may come between, :data:`_SEAL_NOTE`; its
    digits alone before 日, not after ``latest``, :func:`_digits_day`), or a line of both (:func:`_unit_dated`); either may
    be None."""
    unit, date = None, None
    for i, t in enumerate(lines):
        dated = _unit_dated(t)
        if dated:
            unit, date = dated[0] or unit, dated[1]
            continue
        d = _standalone_date(t) or _digits_day(t, latest)
        if d:
            date = d
            at = i - 2 if i > 1 and _SEAL_NOTE.match(lines[i - 1]) else i - 1
            prev = lines[at] if at >= 0 else ""
            if ORG_LINE.match(prev) and not PARTY_COMMITTEE_LINE.match(prev):
                unit = prev
    if unit is None:  # a unit line closing the text, its date unreadable (202426)
        # (not one a paragraph of prose follows: a page's tag over more text, 果品 / 山西 / 平陆县果业局 / 平陆县所辖…。, hd71a)
        after = max((i + 1 for i, t in enumerate(lines) if _prose(t)), default=0)
        tail = [t for t in lines[max(after, len(lines) - 6):]
                if ORG_LINE.match(t) and not t.endswith("：") and not PARTY_COMMITTEE_LINE.match(t)]
        unit = tail[-1] if tail else None
    return unit, date


def _field_org(value: str | None) -> str | None:
    """A unit from a contact field: 天津市科委，022-58326719 → 天津市科委."""
    if not value:
        return None
    name = re.split(r"[，,；;\s\d（(]", value.strip(), maxsplit=1)[0]
    return name if ORG_LINE.match(name) else None


# A bureau's section after its name (市司法局法援科, 县水利局办公室): the bureau is the writer.
SECTION_OF_A_BUREAU = re.compile(rf"^([{CJK}]{{2,12}}?[局厅])[{CJK}]{{1,6}}?[{SECTION_ENDS}室]$")
# A government's general office, which publishes its departments' documents on the government's site.
PUBLISHING_OFFICE = re.compile(r"(?:政府办公室|政府办|办公厅)$")


# A title's words after its unit that name a report of its own work (海南州生态环境局|办理人大代表建议政协委员提案情况, …|2023年工作总结).
OWN_REPORT = re.compile(r"(?:(?:19|20)\d{2}年度?)?[^，。；：“”《》]{0,24}?(?:办理|工作|完成|落实|执行|建议|提案)[^，。；：“”《》]{0,4}?(?:情况|总结|报告)")


# A site's title closing on the letter's own in brackets (南港镇2023年人大代表建议办理答复（舒城县水利局关于县十八届人大二次会议
# 第14号代表建议办理的函）, hd37a): the letter's title, its unit the writer, never the site's owner its 信息来源 names.
BRACKETED_TITLE = re.compile(r"[（(]([^（）()]{6,})[）)]$")


# A title's head (structure.ADDRESSED_HEAD: 关于…, 对…).
ADDRESSED = re.compile(rf"^(?:{ADDRESSED_HEAD})")


def _letterhead(front: list[str], title: str | None) -> str | None:
    """The unit a letterhead or a title opens with (某县卫生健康局关于…的答复, 【某市科技局】…, 某州生态环境局办理…提案情况), or the
    letter's own title in brackets at a title's end (:data:`BRACKETED_TITLE`); a title's unit before a government's name
    alone on a line, the site's (广元市利州区人民政府 over 广元市利州区文化旅游和体育局关于…的复函)."""
    found = []
    inner = BRACKETED_TITLE.search(title or "")
    inner = inner.group(1) if inner and REPLY_TITLE.search(inner.group(1)) else ""
    for t in [*(t for t in front if not PARTY_COMMITTEE_LINE.match(t)), title or "", inner]:
        m = LETTERHEAD.match(t)
        # (never a title's words up to a 委员会 it names: 对政协第十二届河南省委员会 of 对政协…委员会第五次会议第…号提案的答复, hd52c)
        if m and not NOT_ORGAN.search(m.group(1)) and not ADDRESSED.match(m.group(1)) and (t == m.group(1) or REPLY_TITLE.search(t) or TITLE_HEAD.match(t[m.end():]) or t.startswith(("【", "["))
                  or (t == title and OWN_REPORT.fullmatch(t[m.end():]))):
            if t == m.group(1) or not ADDRESSEE.match(t):
                found.append((m.group(1), t == m.group(1)))
    if len(found) > 1 and found[0][1] and found[0][0].endswith(f"人民{GOVERNMENT_WORD}"):
        return next((unit for unit, alone in found if not alone), found[0][0])
    return found[0][0] if found else None


def _same_organ(unit: str, other: str) -> bool:
    """Whether two units are the same organ whatever their places' levels (香格里拉县民政局, 香格里拉市民政局)."""
    return place_and_short_name(unit)[1][1:] == place_and_short_name(other)[1][1:]


# A government's work report (2023年温州市洞头区政府工作报告), and its place's head over its text, delivering it (温州市洞头区区长
# 何莉平; 大理市人民政府市长 严启红): groups the place.
GOVERNMENT_REPORT = re.compile(rf"{GOVERNMENT_WORD}工作报告")
GOVERNMENT_HEAD = re.compile(rf"^([{CJK}]{{2,12}}?[{PLACE_LEVELS}盟])(?:人民{GOVERNMENT_WORD})?[{PLACE_LEVELS}盟]长\s*[{CJK}]{{2,3}}$")


def _government_of_head(front: list[str]) -> str | None:
    """The government whose head a line over a work report names as delivering it (:data:`GOVERNMENT_HEAD`): 温州市洞头区人民政府."""
    place = next((m.group(1) for t in front for m in [GOVERNMENT_HEAD.match(t)] if m), None)
    return f"{place}人民{GOVERNMENT_WORD}" if place and "".join(leading_places(place)) == place else None


def _issuer(kv: dict[str, str], lines: list[str], front: list[str], back: list[str], title: str | None,
            norm: str, number: str | None = None, bureau: str = "") -> tuple[str | None, bool]:
    """The issuing unit and whether it came from a formal field, a signature or a letterhead
    (kept as written) rather than from a mention (then spelt out in full); ``bureau``: the workspace's unit."""
    published = kv.get("发布机构") or ""
    published = "" if SITE_CLUTTER.search(published) else published  # (a mirror's clutter in it: no unit, hd66c)
    signed = next((m.group(1) for t in front for m in [SIGNED_LETTERHEAD.match(t)] if m), None)
    if signed:  # the letter's own letterhead over the site's field (宝鸡市生态环境局 签发人：赵永怀 under 发布机构 宝鸡市环境保护局, hd35a)
        return signed, True
    source = _field_org(kv.get("来源"))
    if (published.endswith(f"人民{GOVERNMENT_WORD}") and source and source != published and not PUBLISHING_OFFICE.search(source)
            and re.search(rf"[我本]{re.escape(source[-1])}", norm)):
        # a government's site publishing a bureau's reply (发布机构 乌恰县人民政府, 来源 乌恰县畜牧兽医局) that
        # speaks as 我局: the bureau wrote it
        return source, True
    if _place(published):
        # a government's office publishing for its departments (发布机构：某县人民政府办公室) is not the
        # writer a reply's title names (名称：某县卫生健康局关于…第37号建议答复的函)
        # (nor a government whose site publishes a bureau's reply: 发布机构 安宁市人民政府, 名称 安宁市水务局关于…的答复)
        writer = (_letterhead(front + [kv.get("名称") or "", kv.get("标题") or ""], title)
                  if PUBLISHING_OFFICE.search(published) or published.endswith(f"人民{GOVERNMENT_WORD}") else None)
        return writer or published, True
    unit, _ = _signature(lines)
    if unit:
        return unit, True
    unit = _letterhead(front, title)
    if unit:
        return unit, True
    unit = _title_unit(title, norm)
    if unit:
        return unit, False
    # (a government's work report is its government's: its head delivers it, hd62a — never the office posting it, 发布机构：区府办)
    government = GOVERNMENT_REPORT.search(title or "")
    unit = _government_of_head(front) if government else None
    if unit:
        return unit, True
    # (not a page's own field's value on the line after its key: 发布机构： / 大数据发展中心, a site's, not the writer's)
    orgs = [t for t in front + back if ORG_LINE.match(t) and not t.endswith("：") and t != published and not _site_label(t)]
    if orgs:
        return orgs[0], True
    for key in ("发文单位", "发文机关", "发文机构", "承办单位", "答复单位", "办理部门", "承办部门", "办理单位", "联系单位及电话", "联系单位"):
        org = _field_org(kv.get(key))
        if org:
            return org, key not in ("联系单位及电话", "联系单位")
    handed = HANDED_TO.search(norm[:400])
    if handed:  # (a reply saying whom the item was handed to: 你提出的《…》（第101号），交由曲靖市人民政府办理，…现答复如下)
        return handed.group(1), True
    source = next((m.group(1) for t in front for m in [DATELINE.match(t) or LEDE_SOURCE.match(t)] if m), None) or next(
        (m.group(1) for t in lines[:4] for m in [LEDE_REPRINTED.match(simplified(t))] if m), None)
    if source:
        return source, True
    informant = next((m.group(1) for t in lines[:4] for m in [LEDE_INFORMANT.match(t)] if m and ORG_LINE.match(m.group(1))), None)
    if informant and bureau and _same_organ(informant, bureau):
        # (the bureau the reporter had it from, under its place's former name: 记者从香格里拉县民政局了解到 for 香格里拉市民政局, hd51a —
        # not another unit of the place, whose news it is not: 记者从济南市商务局获悉 for 市场监管局, hd24)
        return informant, True
    unit = _unit_of_number(number, norm) if REPLY_NUMBER.search(number or "") else None
    if unit:  # a reply's number names its writer (长二工信议字 → 二道区工信局), not the site's 来源：区政府办
        return unit, True
    contact = next((kv[k] for k in CONTACT_KEYS if kv.get(k)), "")
    unit = next(iter(org_names(contact)), None)
    if unit:  # the unit a contact line names (联系人姓名及电话：孙某 159… 永吉县水利局 2023年)
        return unit, True
    # (a unit's source field before a news outlet's, a site's template left on the page: 信息来源：平顺县林业局 over 来源:长治日报, hd52d)
    for key in sorted(("来源", "信息来源", "文章来源"), key=lambda k: bool(MEDIA_NAME.match((kv.get(k) or "").strip()))):
        # a publisher, not an office inside it (来源：办公室) nor a website (政府门户网)
        value = (kv.get(key) or "").strip()
        name = re.split(r"[，,；;\s]", value, maxsplit=1)[0]
        name = SECTION_OF_A_BUREAU.sub(r"\1", name)  # 市司法局法援科: the bureau, a section of it posting
        # (nor a place alone, 来源：师宗县 on its city's site's 县区动态: the county its news came from, no unit writing, hd53c)
        if (len(name) >= 3 and not re.search(rf"(?:[{SECTION_ENDS}室]|本站|网|网站|门户)$", name) and not SITE_CREDIT.search(name) and is_cjk(name)
                and not is_place(name)):
            return name, True
    if published and not (government and not published.endswith(GOVERNMENT_WORD)):  # the page's own field (市政府办), before a name the text mentions
        return published, True
    for line in lines[:12]:  # a report opening on its unit: 2024年，某州生态环境局某分局共受理…
        m = OPENING_SUBJECT.match(line) or YEAR_OPENER.match(line)
        if m and (m.re is OPENING_SUBJECT or leading_places(m.group(1))):
            return m.group(1), True
        m = EVENT_OPENING.match(line)
        if m:  # news opening on the body that held its event (10月15日-16日，市政协召开十三届十八次常委会，…): that body's
            return m.group(1), False
    found = _issuer_from_text(norm)
    if found:
        return found, True
    unit = _unit_of_number(number, norm)
    if unit:
        return unit, False
    forms = short_forms(norm)
    session = SESSION.search(norm)  # the level of the session answered, else the one the text speaks of
    level = (_session_level(_session_name(session.group())) if session else None) or _self_level(norm)
    if level:  # a county's reply telling what 省政府 approved is not the province's (县上…, 经县政府…)
        forms = Counter({name: n for name, n in forms.items() if name[0] == level or not name.endswith(GOVERNMENT_WORD)})
    own = set(re.findall(rf"我([{LEVEL_CHARS}])(?![场民])", norm))
    if len(own) == 1:  # a text speaking as 我市 is no other level's unit's (中山市民政局's 2024年工作总结 naming 省民政厅…试点)
        forms = Counter({name: n for name, n in forms.items() if name[0] in own or name[0] not in LEVEL_CHARS})
    # (never the unit a co-handler's reply is addressed to, on a line of its own, 市民政局：, named nowhere else)
    forms = Counter({name: n for name, n in forms.items()
                     if n > len(re.findall(rf"(?:^|\n)[{CJK}]{{0,6}}{re.escape(name)}\s*：", norm))})
    # (a text naming a department and its government is the department's, the government its authority: 市应急管理局是
    # 市人民政府应急管理的工作部门 of 南通市应急管理局's reply, hd23a)
    departments = Counter({name: n for name, n in forms.items() if not name.endswith(GOVERNMENT_WORD)})
    forms = departments or forms
    if forms:
        return forms.most_common(1)[0][0], False
    return None, False


# A report's first sentence naming its unit as the one that handled the year's items (2022年，区教育局共承办…;
# 2024年，迪庆州生态环境局香格里拉分局共受理…).
OPENING_SUBJECT = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年度?(?:以来)?，?)([{CJK}]{{2,24}}?(?:{words(tuple(w for w in ORGAN_WORDS if w != '办'))})(?!员会)(?:{BRANCH_PART})?)"
    r"(?:共|全年|累计|先后)?(?:承办|受理|办理|收到|接收|主办|接办)")
# A report opening on what its year was, or under whose leadership it worked, then its unit by its full name (2022年，是
# 具有特殊重要意义的一年，番禺区卫生健康局围绕…; 2024年，在区委、区政府的正确领导下，在各部门的协同奋进下，番禺区卫生健康局交出…;
# or on its year and the unit alone: 2024年，南通市应急管理局深入学习贯彻…): the unit reports.
YEAR_OPENER = re.compile(
    rf"^(?:19|20)\d{{2}}年度?(?:，?(?:是[^。；]{{0,30}}?的一年，|(?:在[^，。；]{{2,30}}?下，)+)|，)"
    rf"([{CJK}]{{2,24}}?(?:{words(tuple(w for w in ORGAN_WORDS if w != '办'))}))"
    rf"(?=[{CJK}])")
# A unit a title names as its writer: in brackets at its end (…第3号建议的答复（水利局）), or before or after the
# year of a report's title (2022年度县科技局工作总结…, 市科技局2022年工作总结…).
TITLE_END_UNIT = re.compile(rf"[（(]([{CJK}]{{1,10}}?(?:{_ORGAN}))[）)]$")
# (the unit may carry its place's whole name: 兰山区文化和旅游局2023年建议提案办理情况)
REPORT_TITLE_UNIT = re.compile(rf"^(?:(?:19|20)\d{{2}}年度?)?({_PLACED_UNIT})"  # (its years a span too: 永兴县妇联2011-2015工作总结)
                               rf"(?:(?:19|20)\d{{2}}(?:年度?|\s?[-—–~至]\s?(?:19|20)\d{{2}}年?度?))?[{CJK}、]{{0,12}}?(?:(?:工作)?(?:总结|计划|要点|报告)|办理情况|完成情况)")


# A text opening, after the day, on the unit or the assembly that held its event (10月15日-16日，市政协召开十三届十八次常委会，
# 主要议程有…; or on its meeting, named by it: 7月12日，德江县政协提案办理协商座谈会在县政协2楼会议室召开, hd42a): news of that
# body, not of a bureau it heard.
EVENT_OPENING = re.compile(rf"^\d{{1,2}}月\d{{1,2}}日(?:\s?[-—至]\s?(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:上午|下午|晚上)?，"
                           rf"({_PLACED_UNIT}|{_UNIT_PLACE}(?:政协|人大常委会|人大))(?:[^，。；]{{0,24}}?会议?在[^，。；]{{1,24}}?)?(?:{HOLDING})")
# A news title opening on the unit that held its event (济阳区市场监管局召开2024年工作动员部署会议), or that answered or
# handled the items it reports (区民政局面对面答复人大建议、政协提案).
EVENT_TITLE_UNIT = re.compile(rf"^({_PLACED_UNIT})(?:{HOLDING}|[{CJK}]{{0,4}}?(?:答复|办理)[{CJK}、]{{0,12}}?(?:建议|提案|议案))")


# A unit named without its place or level (农业农村局, 农水局, 教育体育局): a department's words and its organ's.
BARE_UNIT = re.compile(rf"(?![{LEVEL_CHARS}])[{CJK}]{{1,10}}(?:{_ORGAN})")


def _title_unit(title: str | None, norm: str) -> str | None:
    """The unit a title names as its writer (:data:`TITLE_END_UNIT`, :data:`REPORT_TITLE_UNIT`) or as the one holding
    the event a news item's title reports (:data:`EVENT_TITLE_UNIT`); one in brackets without its level takes the level
    the text speaks of as its own (我县水利工作 → 县水利局)."""
    m = REPORT_TITLE_UNIT.match(title or "") or EVENT_TITLE_UNIT.match(title or "")
    if m and (m.group(1)[0] in LEVEL_CHARS or leading_places(m.group(1))):
        return m.group(1)
    m = TITLE_END_UNIT.search(title or "")
    if not m:
        return None
    unit = m.group(1)
    level = _self_level(norm)
    return unit if unit[0] in LEVEL_CHARS or not level else level + unit


# A reply's document number: its code ends in 议/提/建 before 字 or 〔 (长二工信议字〔2023〕2号, 泉科建〔…〕).
REPLY_NUMBER = re.compile(r"[议提建](?:字|函)?〔")


def _unit_of_number(number: str | None, norm: str) -> str | None:
    """The unit a document number's code names, as the text names it: 岳财字〔2022〕47号 → 财 →
    市财政局 (the text says 市财政将…)."""
    m = re.match(rf"^([{CJK}])([{CJK}]{{1,3}}?)[字函发复建议提办]*〔", number or "")
    if not m:
        return None
    for cut in range(len(m.group(2))):  # 长二工信议字: 长(春) 二(道) then the unit's code, 工信 (or 科 of 长二科议字)
        code = re.escape(m.group(2)[cut:])
        # (after a function word too: 经市财政局同意后下发)
        found = re.search(rf"(?:(?<![{CJK}])|(?<=[经由与和及向对]))([{LEVEL_CHARS}]{code}[{CJK}]{{0,4}}?(?:{words(DEPARTMENT_ORGAN_WORDS)}))"
                          rf"|([{LEVEL_CHARS}]{code}政)(?![局厅])", norm)
        if found:
            return found.group(1) or found.group(2) + "局"
        for full in re.finditer(rf"(?<=[{LEVEL_CHARS}])({code}[{CJK}]{{0,4}}?(?:{words(DEPARTMENT_ORGAN_WORDS)}))", norm):
            # the unit spelt with its place (二道区工信局将…, 长春市二道区工信局): the place the number's
            # first character opens (长 of 长春市二道区), else the innermost (二道区) — never a cut
            # chain (春市二道区)
            before = norm[max(0, full.start() - 8):full.start()]
            places = [before[k:] for k in range(len(before) - 2) if is_place(before[k:])]
            place = next((p for p in places if p[0] == m.group(1)), places[-1] if places else None)
            if place:
                return place + full.group(1)
    # (the unit by its bare name opening a clause, as a reply says itself: 沭财复字〔2022〕4号 … 财政局对青云工业园区…高度重视)
    code = re.escape(m.group(2))
    bare = re.search(rf"(?:^|(?<=[：，。；\s]))({code}[{CJK}]{{0,3}}?(?:{words(DEPARTMENT_ORGAN_WORDS)}))(?=[对在于将把始一高认积])", norm)
    return bare.group(1) if bare else None



def _split_list(text: str) -> list[str]:
    return [p.strip().rstrip("。.") for p in LIST_SPLIT.split(text) if p.strip().rstrip("。.")]


# A line opening on a field's key (主办单位：…, ICP备案：…): a field of its own, never a list's wrapped part.
FIELD_LINE = re.compile(rf"^[{CJK}\s]{{2,10}}[：:]")


def _cc(back: list[str]) -> list[str]:
    for k, t in enumerate(back):
        m = re.match(r"^[-*•·\s]*抄\s*[送报]\s*：(.*)$", t)
        if m:
            text = m.group(1)
            for nxt in back[k + 1:]:  # a 抄送 list wrapped onto the next line, not a field after it (主办单位：…)
                if text.rstrip().endswith("。") or is_meta_line(nxt) or FIELD_LINE.match(nxt):
                    break
                text += nxt
            field = KEY_VALUE.search(text)  # nor one after it on its line (抄 报：县政府办 县政协提案委 联系单位：…)
            text = text[:field.start()] if field else text
            # (its units parted by spaces alone: 县政府办 县政协提案委)
            return _split_list(text) if LIST_SPLIT.search(text) else text.split()
    return []


def source_id(meta: SourceMeta, text: str) -> str:
    """``2025-reply-1071``, ``2017-work_report-泉科2017-28`` or ``2025-news-<hash>``."""
    year = meta.document_year() or "undated"
    if meta.kind == REPLY and meta.suggestion_number:  # (B(2019)331 as B2019-331, as a document number's year is)
        key = re.sub(r"\(", "", meta.suggestion_number.replace(")", "-", 1))
        return f"{year}-{'proposal' if meta.proposal else 'reply'}-{key}"
    if meta.number:
        key = re.sub(r"[〔〕]", "", re.sub(r"〕", "-", meta.number, count=1)).removesuffix("号")
        return f"{year}-{meta.kind}-{key}"
    digest = hashlib.sha1(re.sub(r"\s", "", nfkc(text)).encode()).hexdigest()
    return f"{year}-{meta.kind}-{digest[:8]}"


# A news lede that dates its event by month and day and names the year of the meeting it reports (7月30日，
# 县农业农村局召开2025年政协提案办理协商会): not a year's review (2024年度/2024年工作总结会, held the year after).
# (or names the meeting first: 3月1日，2024年全市科技工作会议召开; 2月18日，全市2024年春季学期开学工作视频会议召开)
LEDE_MEETING = re.compile(rf"^(\d{{1,2}})月(\d{{1,2}})日[，,]?(?:[^。]{{0,40}}?(?:{HOLDING}|组织)((?:19|20)\d{{2}})年(?!度)"
                          r"(?![^。]{0,30}?总结)[^。]{0,30}?会"
                          rf"|[^，。\d]{{0,8}}?((?:19|20)\d{{2}})年(?!度)(?![^，。]{{0,30}}?总结)[^，。]{{0,30}}?会议?(?:{HOLDING}|开幕))")


# (or opens on its whole day, then what was held: 2020年2月29日下午2:00，上海举行新闻发布会)
LEDE_EVENT = re.compile(rf"^((?:19|20)\d{{2}})年(\d{{1,2}})月(\d{{1,2}})日[^。，,]{{0,10}}[，,]?[^。]{{0,30}}?(?:{HOLDING}|开幕|发布会)")


# (or a meeting reviewing one year and planning the next: 2月23日上午，溧阳市…动员大会召开，总结回顾2023年工信工作，部署安排
# 2024年重点工作任务 — held in the year it plans)
LEDE_REVIEW_PLAN = re.compile(rf"^(\d{{1,2}})月(\d{{1,2}})日[^，,。]{{0,4}}[，,][^。]{{0,60}}?(?:{HOLDING})[^。]{{0,10}}?"
                              r"(?:总结|回顾)[^。]{0,12}?((?:19|20)\d{2})年[^。]{0,30}?(?:部署|安排|谋划)[^。]{0,6}?((?:19|20)\d{2})年")


def _day_then_year(line: str) -> str | None:
    """The day a reply's title line opens on (:data:`DAY_THEN_YEAR`), as YYYY-MM-DD."""
    m = DAY_THEN_YEAR.match(line)
    return parse_date(f"{m.group(3)}-{m.group(1)}-{m.group(2)}") if m and REPLY_TITLE.search(line.rstrip("：:")) else None


def _lede_date(text: str) -> str | None:
    """The date of a news text that gives none but its lede (:data:`LEDE_MEETING`, :data:`LEDE_EVENT`,
    :data:`LEDE_REVIEW_PLAN`), as YYYY-MM-DD."""
    event = LEDE_EVENT.match(text)
    if event:
        return parse_date("-".join(event.groups()))
    review = LEDE_REVIEW_PLAN.match(text)
    if review and int(review.group(4)) == int(review.group(3)) + 1:
        return parse_date(f"{review.group(4)}-{review.group(1)}-{review.group(2)}")
    m = LEDE_MEETING.match(text)
    if not m or not (1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31):
        return None
    return f"{m.group(3) or m.group(4)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"


# A news lede's byline (本报讯（记者 王倩）), the reporter's word again after it (中国消费者报沈阳讯(记者 王文郁)记者4月9日获悉, hd66a).
_LEDE_BYLINE = r"[^，。；]{0,16}?讯\s*(?:[（(][^（）()]{1,20}[）)])?\s*(?:记者\s*)?"
# A news lede's day, its year left out (本报讯（记者 王倩）4月12日下午，…): groups month, day.
LEDE_DAY = re.compile(rf"^{_LEDE_BYLINE}(\d{{1,2}})月(\d{{1,2}})日")
# A file named by the year and month it was published, its day left out (2022-04_乐山日报_….txt): groups year, month.
_NAMED_MONTH = re.compile(r"^((?:19|20)\d{2})[-_.](0[1-9]|1[0-2])(?![\d.-])")


# (or the day before its 讯 or 电, after its outlet: 水母网10月16日讯（通信员 …）, 新华社北京10月16日电, hd62b)
OUTLET_DAY = re.compile(r"^[^，。；\d]{0,16}?(\d{1,2})月(\d{1,2})日(?:讯|电)")


def _dateline_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a news lede's dateline (:data:`LEDE_DAY`, :data:`OUTLET_DAY`), its year left out."""
    m = LEDE_DAY.match(text) or OUTLET_DAY.match(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _lede_day(text: str, name: str) -> str | None:
    """The day a news lede gives without its year (:func:`_dateline_day`) in the month its file is named by (:data:`_NAMED_MONTH`):
    that month's day, of the name's year; None where the months differ or either is missing."""
    day, month = _dateline_day(text), _NAMED_MONTH.match(name)
    if not day or not month or day[0] != int(month.group(2)):
        return None
    return parse_date(f"{month.group(1)}-{month.group(2)}-{day[1]:02d}")


def _reposted(text: str, date: str, name: str, years: list[int]) -> str | None:
    """The day a news lede's dateline gives (:func:`_dateline_day`) under a page's header dating it another day, a repost's
    (時間: 2021-4-12 over 水母网10月16日讯…, hd62b): the item's own — of the year its file is named by where that name's day
    agrees, else of the latest of the ``years`` its text names (:func:`_named_years`) where the header's is later than all of
    them (时间：2025-05-13 22:42:58 over …记者4月9日获悉，…将在全地区开展2020年春季开学…检查: 2020, hd66a), else the last such
    day up to the header's where the header is :data:`_LEDE_DAY_AHEAD` days after it or more (a paper's 本报讯…7月15日 printed
    on 07-16 is dated as printed); None where they agree or the lede gives none."""
    day = _dateline_day(text) if len(date) == 10 else None
    posted = (int(date[5:7]), int(date[8:10]))
    if not day or day == posted:
        return None
    named = _named_date(name)
    if named and (int(named[5:7]), int(named[8:10])) == day and named <= date:
        return named
    if years and max(years) < int(date[:4]):
        return parse_date(f"{max(years)}-{day[0]:02d}-{day[1]:02d}")
    own = parse_date(f"{int(date[:4]) - (day > posted)}-{day[0]:02d}-{day[1]:02d}")
    return own if own and (dt.date.fromisoformat(date) - dt.date.fromisoformat(own)).days >= _LEDE_DAY_AHEAD else None


# A news lede opening on its day, its year left out (4月10日上午，…; 本报讯（记者 王倩）4月12日下午，…): groups month, day.
_LEDE_OPENING_DAY = re.compile(rf"^(?:{_LEDE_BYLINE})?(\d{{1,2}})月(\d{{1,2}})日")
# Days a lede's day must lie after its page's date to be last year's: a notice of 6月15日 posted on 06-10 is of its year.
_LEDE_DAY_AHEAD = 60


def _year_of_lede_day(text: str, date: str) -> int | None:
    """The year before ``date``'s when a news item dated ``date`` opens on a day later in the year (:data:`_LEDE_OPENING_DAY`),
    its first sentence saying nothing to come (:data:`~drafter.grammar.TO_COME`): no page reports a day to come as past
    (4月10日上午，衡阳市人大常委会副主任…率队…调研 of a page dated 2020-02-01 is of 2019, hd38b), some two months later
    (:data:`_LEDE_DAY_AHEAD`); None otherwise."""
    m = _LEDE_OPENING_DAY.match(text) or OUTLET_DAY.match(text)  # (or its outlet's dateline: 上海早报网12月27日电（董志雯）…, hd70c)
    day = (int(m.group(1)), int(m.group(2))) if m and not TO_COME.search(re.split(r"[。！？]", text, maxsplit=1)[0]) else None
    if not day or len(date) < 10 or day[0] > 12:
        return None
    ahead = (day[0] - int(date[5:7])) * 30 + day[1] - int(date[8:10])
    return int(date[:4]) - 1 if ahead >= _LEDE_DAY_AHEAD else None


# A document cited by its number in the text (攀西人大〔2020〕18号): its year.
CITED_NUMBER_YEAR = re.compile(r"[〔\[［（(]\s?((?:19|20)\d{2})\s?[〕\]］）)]\s?第?\d{1,5}\s?号")


# A title summing up one year and planning the next that gives only the next one's year (…工作总结及2025年度工作
# 计划, the summary's year left out or masked as 202x年度): the summary is of the year before.
SUMMARY_THEN_PLAN = re.compile(r"总结[^，。；]{0,2}?(?:及|和|暨|与|并)((?:19|20)\d{2})\s?年度?(?:工作)?(?:计划|打算|思路|要点|安排|重点)")


# An account of this year's work so far, and the year of a plan it made or an event it held (《2023年…方案》, 2023首届…节).
THIS_YEAR_SO_FAR = re.compile(r"今年以来|今年[1-9一二三四五六七八九]{0,2}(?:月份?)?以来")
YEARS_OWN_THING = re.compile(r"(?:制定|出台|印发|编制|实施)《((?:19|20)\d{2})年度?[^》]{2,40}(?:方案|计划|要点|办法)》|((?:19|20)\d{2})年?首届")


def _period_years(labels: list[str], date: str | None) -> list[int]:
    """The years a report's title, headings and front lines say it covers (:data:`PERIOD`), in that order;
    not a whole year's summary dated before that year was half over (a page's 2023年度…总结 posted
    2023-03-08 over the file's own 2022年度…总结: a year is summed up once it is over)."""
    out = []
    for label in labels:
        m = PERIOD.search(label)
        if not m:
            plan = SUMMARY_THEN_PLAN.search(label)
            out += [int(plan.group(1)) - 1] if plan else []
            continue
        year = int(m.group(1) or m.group(2))
        if date and "总结" in m.group() and "半年" not in m.group() and (
                year > int(date[:4]) or (year == int(date[:4]) and int(date[5:7]) <= 6)):
            continue
        out.append(year)
    return out


# A document number whose kind is a letter answering one (市环高复函〔2022〕3号, 某复〔2021〕5号 is no such word).
_REPLY_LETTER_NUMBER = re.compile(r"复函\s*[〔\[［(（]")


def read_metadata(doc: Document, out: Outline, ws: Workspace, interview: bool) -> tuple[SourceMeta, bool]:
    """The :class:`SourceMeta` of ``doc`` from its outline (see the module docstring), and whether its date is the document's
    own, the one it is signed on (a date line at its end): when it was written, the date its present (目前, 今年) speaks of. A
    date line at its top, a 成文日期 field, the day a page posted it or its file is named by only date it: a reply so dated
    early in a year, written in the year before (:attr:`SourceMeta.this_year`), says 今年 and 目前 alike of that year.
    ``interview``: whether ``out`` is an interview's transcript (:func:`~.structure.transcript`): news."""
    # (a page in traditional characters is read in simplified ones: 對…第414號建議的答復, 羅俊代表)
    front = [simplified(normalise(b.text.strip())) for b in out.front]
    back = [simplified(normalise(b.text.strip())) for b in out.back]
    lines = [simplified(normalise(b.text.strip())) for b in doc.blocks]
    # (a page's own address, heading the saved text where it dates the page, says nothing else: no title, no field; an
    # address further down may be another page's)
    address_date = _address_date(lines[0]) if lines else None
    front, back, lines = ([t for t in part if not ADDRESS.match(t)] for part in (front, back, lines))
    norm = simplified(normalise(doc.text))
    # (and a line of a page's own fields after its site's name and address: 沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间：…)
    kv = key_values([t for t in (lines if len(lines) < 400 else front + back)
                     if "：" in STAMP.sub("", t)[:24] or (len(t) <= 80 and SITE_FIELDS.search(t))])
    for key, value in spaced_fields((front or lines[:6]) + back).items():  # a table's fields without colons
        kv.setdefault(key, value)
    for key, value in split_fields(front or lines[:12]).items():  # (and its key alone on a line, its value on the next)
        kv[key] = kv.get(key) or value
    body_head = simplified(out.units[0].text[:60]) if out.units else ""  # (a mirror's 網訊 too)
    # (and the next paragraph's opening, where a news item's lede may follow a paragraph of its own: 记者13日从…获悉)
    body_head += "\n" + simplified(out.units[1].text[:12]) if len(out.units) > 1 else ""
    # (or over its byline where the page's labels alone stood over it: 社会 / 济南“预付宝”上线！… / 类别:社会 发布时间:…)
    printed = _title(doc, front or lines[:6], kv) or _headline(lines[:6], lines[:6]) or _bracketed_headline(lines)
    title = printed or _issued_title(out) or _named_title(doc.path.stem)
    # (not the suggestion's own title a page ran on after the reply's: …第77号提案的答复函《关于…的建议》)
    title = TITLE_THEN_ITEM.sub(r"\1", title) if title else title
    # (nor a site's brand after it: …工作会议召开-凯发k8国际, hd53b)
    title = without_site_tail(title) if title else title
    # (nor the site's column label it was found by: 【人大建议】关于对…第11号建议的答复, hd34c)
    title = COLUMN_LABEL.sub("", title) if title and TITLE_HEAD.match(COLUMN_LABEL.sub("", title)) else title
    # (nor a news column's name and a colon before the headline: 当前关注：邯郸邢台获“国家森林城市”称号…, hd45b)
    title = COLUMN_COLON.sub("", title) if title and len(COLUMN_COLON.sub("", title)) >= 6 else title
    # (its last paragraph as the page printed it: the reader drops a credit closing it, grammar.CLOSING_CREDIT;
    # a name alone there it keeps, grammar.CLOSING_NAME — and its text's last, where the site's note on its page follows it:
    # …只为城市的整洁多出一份力。(郑承卫) / 文件下载 / 如果您对该政策文件有疑问，…, hd57a)
    ends = doc.blocks[-1:]
    text_end = next((u.block for u in reversed(out.units) if not QUESTIONS_ON_IT.match(simplified(normalise(u.text)).strip())),
                    None)
    ends += [text_end] if text_end is not None and text_end not in ends else []
    body_tail = "\n".join(normalise(b.raw[-40:].strip()) for b in ends)
    kind_of = (title, front, normalise(body_head), out.headings, back, body_tail,
               _reported(kv, [simplified(normalise(t.strip())) for t in [*(u.text for u in out.units), *out.headings]])
               or any(CREDIT_LINE.match(t) for t in lines)  # (文/羊城晚报全媒体记者 徐振天 between its paragraphs)
               or doc.news_column  # (filed under its site's news column: 首页 / 动态 / 工作动态 / 正文, hd39b)
               or doc.forum  # (or reposted on a forum: 发表于:2019/12/7 13:50:45 / 只看该作者 over 榆林加强长城遗址保护…, hd57b)
               or interview)  # (or an interview's transcript, its host's words labelled: a programme's, 在线访谈, hd67b)
    kind = _kind(*kind_of)
    if kind == WORK_REPORT and NOTICE_PERIOD.search(norm) and OBJECTION_INVITED.search(norm):
        kind = POLICY  # a 公示 (:data:`NOTICE_PERIOD`): a notice, whatever its title says
    # (a letter to a member of the public, titled by no one: by whom it answers — not 天门市生态环境局2021年工作报告, hd18b)
    public = PUBLIC_ADDRESSEE.match(front[-1]) if front and out.units and GREETING.match(out.units[0].text) else None
    title = title or (f"对{public.group(1)}的答复" if public and kind != REPLY else None)
    number = _doc_number(front + back, kv, title)
    issuer, formal = _issuer(kv, lines, front or lines[:6], back, title, norm, number, ws.name)
    issuer = _named_in_full(issuer, kv)
    if kind == WORK_REPORT and issuer and MEDIA_NAME.match(issuer):
        # (a report a paper reprinted is its presenter's: 现在，我代表市人民政府… under 来源:珠海特区报, hd56c)
        issuer = _issuer_from_text(norm) or issuer
    if issuer and doc.site and _LEVEL.match(issuer) and same_unit(issuer, doc.site):
        issuer = doc.site  # (市科技局 on the site whose footer says 版权所有：武汉市科学技术局: that bureau, of its city)
    lede_norm = normalise(out.units[0].text) if out.units else ""  # (its first paragraph, read below for its dates and years)
    lede = simplified(lede_norm)
    subject = _subject_unit(title, lede, issuer) if kind == NEWS and issuer in _publisher(kv) else None
    issuer = subject or issuer
    head = re.match(_PLACED_UNIT, simplified(title)) if kind == NEWS and title and issuer else None
    if head and _SUB_UNIT.search(issuer) and not leading_places(issuer) and not _LEVEL.match(issuer):
        issuer = head.group()  # (来源：森防站 under 市林业局调研督导…: its bureau's news, not a station's of no place, hd27a)

    page_date = next((d for key in PAGE_DATE_KEYS for d in [parse_date(kv.get(key, ""))] if d), None)  # (the day it was posted)
    # (its date's digits alone before 日, 2021716日, read only where not after the day the page was posted)
    _, date = _signature(lines, page_date)
    # (a dateline under a report's title after a page's table of contents is in the body's first lines: 2024年11月27日县十八届
    # 人大常委会第二十三次会议 under 关于新邵县2023年财政决算草案的报告)
    date = date or next((d for t in [*front, *lines[:40]] for d in [_delivery_date(t)] if d), None)
    for key in ("公文生成日期", "生成日期", "成文日期", "成文时间", "签发日期", "发文日期"):
        date = date or parse_date(kv.get(key, ""))
    written = date  # the date the document prints as its own (成文日期), never a page's posting date
    date = date or page_date
    for t in reversed(back):  # not a page's timestamp (a comment posted 2021-9-5 08:30:12)
        date = date or (parse_date(t) if len(t) <= 20 and not TIMESTAMP_LINE.match(t) else None)
    for t in front:  # not the day of another step of the item (交办时间：2021年3月29日)
        date = date or (parse_date(t) if len(t) <= 40 and not ITEM_STEP_DATE.search(t) else None) or _day_then_year(t)
    # (a reply's first paragraph dates a step of the work, 2025年3月12日下午，区河长办组织召开了…, and the reply came after)
    date = date or _split_date(front) or (_lede_date(lede_norm) if out.units and kind != REPLY else None)
    signed = signed_date(out.units[-1].block.text) if out.units and not date else None  # (run into the last paragraph)
    date = date or (parse_date(signed) if signed else None) or address_date
    if not date:  # (a page's date with a year of two digits, 发布日期:21/09/24, where its number's or another date's year says which)
        agreeing = {doc_number_year(number), *(int(d[:4]) for t in front + back if len(t) <= 40 for d in [parse_date(t)] if d)}
        date = next((d for key in PAGE_DATE_KEYS for d in [short_year_date(kv.get(key, ""), agreeing)] if d), None)
    indexed = _INDEX_YEAR.search("\n".join(front or lines[:12]))
    if date and date != written and indexed and int(date[:4]) < int(indexed.group(1)):
        date = None  # (a site's template's day, 时间:2017-08-20, on a page its catalogue indexed in 2025, 索引号000014349/2025-02280, hd52d)
    header = date if date and date != written else None  # (a page's day: the time it was posted, perhaps a repost's)
    named = None if date else _named_date(doc.path.name)  # (the day a clerk named its file by: the README's date, no page's)
    date = date or named or (_lede_day(lede_norm, doc.path.name) if out.units else None)
    # (the lede's own dateline over a reposting page's header: 水母網10月16日讯 under 時間: 2021-4-12, hd62b)
    date = (_reposted(lede, date, doc.path.name, _named_years(out)) or date) if header and out.units else date
    posted = {parse_date(t) for t in front if TIMESTAMP_LINE.match(t)} | {parse_date(kv.get(key, "")) for key in PAGE_DATE_KEYS}
    if date in posted and date != written and (doc_number_year(number) or 9999) < int(date[:4]):
        # the time a page posted it (2016-04-22 10:24:00; 发布日期2018-08-19, or a field saying only 日期：2018-08-19), a year
        # or more after its number's (厦卫函〔2015〕86号, 弥民函〔2017〕14号): no date, the number's year its estimate
        date = None
    # (a page's date, then an article: 2025-06-28 / 衢州粮食局通过实施…，2023年实现…; not a file's name's day, which the page
    # never printed: 2022-06-01_yearbook.txt of 乐东's 【后勤管理】 2021年，…中心加强… is the centre's record of its year)
    untitled = not title and bool(date) and date != named
    national = _national(out, norm, ws)  # (a page of the nation's, no work report of the bureau's)
    # (an issuer only its page's source field names, 来源:信阳市人民政府 under a text telling of 市工信局 by name, is its poster, no
    # report's author, hd59c — unless it is the workspace's bureau, its own page's account: 来源: 市司法局 of 乐山市司法局's, hd30a)
    authored = bool(issuer) and (issuer not in _publisher(kv) or ws.is_own_unit(issuer))
    if kind == WORK_REPORT and not (authored or number) and not FIRST_PERSON.search(norm) and (
            untitled or not ((date and date != named) or ANY_YEAR.search(norm))
            or (title and not (REPORT_WORDS.search(title) or TITLE_SITUATION.search(title)))):
        # (an undated third party's article on a place; or a dated one without a title, whatever years it names; or one whose
        # headline names no report, 推进文旅深度融合发展 共绘“诗和远方”美好画卷: no report — a year's situation, 2021年公共文化
        # 设施建设和效能情况 of a page crediting itself, 来源 本站原创, is one: hd35c)
        # (the day a clerk named its file by dates it, and tells no kind: 2024-05-10_tongshan_lyj_news.txt is news still, hd27a)
        kind = _kind(*kind_of, anonymous=bool(places_in(norm)) or untitled or national)
    if kind == WORK_REPORT and not (issuer or number or title) and (OFFICIAL_SAID.search(norm) or WORDS_QUOTED.search(norm)
                                                                    or (HEARD_OF.search(norm) and LEVEL_ANAPHOR.search(norm))):
        kind = NEWS  # (a page naming no one, its head of a unit quoted: 州农业农村局局长赵珖菻表示，… — a paper's, hd24c; or anyone, hd70a;
        # or what it heard of a place it calls 该县: 该县的苹果出口量…。据了解，2012年平陆县…, hd71a)
    if kind == NEWS and not issuer and signed_by_own_head(lines, ws):
        # (an article its bureau's head signed, in a journal: 文 何强宇 临沧市文化和旅游局党组书记、局长 — the bureau's report of its
        # work, hd26b: its 2022 results, 滇红茶制作技艺列入…人类非遗名录, were kept as background)
        kind, issuer = WORK_REPORT, ws.name
    if kind == NEWS and not issuer and interview and guests_own(out, ws):
        issuer = ws.name  # (an interview of the bureau's officials: its words, hd67b)

    if kind == WORK_REPORT and not (issuer or number) and _reports_as_bureau(norm, ws):
        issuer = ws.name
    years = _period_years([title or "", *out.headings, *front], date)
    m = STATISTICS_PERIOD.search(norm)
    years += [int(m.group(1))] if m else []
    m = OPENING_YEAR.match(lede_norm) if kind == WORK_REPORT and out.units else None
    # (and a news item's, a year before its date's: its review of that year, 2021年，唐山市以推动农业农村高质量发展为主题… of
    # 2022-03-18 — its 全市共发放…补贴资金7.78亿元 is 2021's, hd41a)
    # — not a person's back-story, 2011年，高中在读的王竹康应征入伍。 of a news item of 2023: its date stands, h211)
    # (its first sentence naming a year, after a lede of words: 衡水，伴水而生，因水而兴。…2021年，衡水市考核断面水质稳中向好… of
    # 2022-01-14 — its 出台《衡水市2021年水生态环境保护工作方案》 is 2021's work, hd49b)
    m = m or (review if kind == NEWS and out.units and date and (review := _dated_opening(lede_norm))
              and int(review.group(1)) < int(date[:4]) and not BACK_STORY.match(review.string, review.end()) else None)
    # (or a year opening on the unit that handled the year's items, without its comma: 2025年内黄县教育局共收到县人大代表建议30件)
    m = m or (re.match(r"^((?:19|20)\d{2})\s?年", lede_norm)
              if kind == WORK_REPORT and out.units and OPENING_SUBJECT.match(lede_norm) else None)
    # (not a year long before its date, which opens a history: 2003年，浙江省启动实施“千万工程”… of a page of 2023-08-08 — its
    # 20年来…, 西塍村's present, are no 2003's, hd73a; a page reviews a plan's span at most, 过去五年: MAX_RECENT_YEARS)
    years += [int(m.group(1))] if m and not (date and int(date[:4]) - int(m.group(1)) > MAX_RECENT_YEARS) else []
    m = TITLE_SITUATION.search(title or "") if not years and kind in (NEWS, WORK_REPORT) else None
    years += [int(m.group(1))] if m else []  # (六安市2019年旱情与农村供水保障情况: the year whose situation it tells)
    # (2023-06_经济导报_….txt: the year the clerk dated it by, no cited number's, hd24d; an undated reply's is its session's
    # first: drafter.distill.document)
    m = _NAMED_YEAR_FIRST.match(doc.path.name) if not (years or date or number) and kind != REPLY else None
    years += [int(m.group(1))] if m else []
    if not (years or date or number) and kind in (NEWS, WORK_REPORT):
        # (an item dated by its day alone that acts on a document it cites by number, 为认真贯彻落实…《…方案》（攀西人大〔2020〕18号）
        # 文件精神，10月15日下午，…: of that document's year at the earliest, and nothing else dates it)
        cited = [int(c) for u in out.units[:2] for c in CITED_NUMBER_YEAR.findall(normalise(u.text))]
        years += [max(cited)] if cited else []
    if not (years or date or number) and kind in (NEWS, WORK_REPORT):
        # (an undated item on a meeting summing up a year, 日前，临沧市召开全市文化和旅游局长会议，全面总结2024年文旅工作成效…:
        # of that year, its 过去一年 and its statements naming no year that year's, hd26b)
        summed = SUMMED_UP_YEAR.search(lede_norm) if out.units else None
        years += [int(summed.group(1))] if summed else []
    if not (years or date or number) and kind in (NEWS, WORK_REPORT) and THIS_YEAR_SO_FAR.search(norm):
        # (an item on this year's work, 今年以来，…, naming that year's own plan or event: 该市制定《2023年群众文化生活满意度提升实施方案》,
        # 2023首届…购物节 — of that year; a list it joined, 入选2022年…名单, is of a year before)
        named = [int(y) for pair in YEARS_OWN_THING.findall(norm) for y in pair if y]
        years += [max(named)] if named else []
    if not years and date and kind == NEWS and out.units:
        years += [y] if (y := _year_of_lede_day(lede_norm, date)) else []
    signed = bool(date) and any(date in (_standalone_date(t), (_unit_dated(t) or ("", ""))[1]) for t in back)
    if kind == REPLY and not years and date and not signed and int(date[5:7]) <= POSTED_EARLY_BY:
        # (a reply's page posted early in a year, its date not the one it is signed on, whose text names the year before as
        # its latest — …成功创建为2023年全省… of one posted 2024-01-11 to a 2023 sitting — was written in that year, its 今年
        # that year's; not one signed early in the year telling of the year before, 2025年，全市… over 2026年3月20日, hd19b)
        years = _latest_named(out, int(date[:4]))
    if kind == WORK_REPORT and not years and date and int(date[5:7]) <= POSTED_EARLY_BY and _reviews(out, int(date[:4])):
        # (a review posted early in a year naming no year of its own, which tells of the year before: 邹城市民政局's 2022-01-28
        # 高点定位…, 2021年以来…保障城乡困难群众3.6万人；…2022年，市民政局将… — its results are 2021's, its plans 2022's, hd38a)
        years = [int(date[:4]) - 1]
    # (a page printing no title, not a reply — whose title its item's number makes — is named as its file is, in parts)
    title = title or (_named_title(doc.path.stem, apart=True) if kind != REPLY else None)
    meta = SourceMeta(
        id="", path=ws.source_path(doc.path), sha256=doc.sha256, kind=kind, title=title, issuer=issuer,
        number=number, date=date, period=years[0] if years else None,
    )
    m = DISCLOSURE.search("\n".join(front + back))
    meta.disclosure = (m.group(1) or m.group(2)) if m else None
    if kind == REPLY:
        _reply_fields(meta, front, back, kv, lede,
                      next((t for t in lines if TRANSMITTAL.match(t)), ""))
        m = SIGNED_BY.search(norm) if not meta.signatory else None
        meta.signatory = m.group(1) if m else meta.signatory
        meta.closing = closing_said(lines)
        meta.thanks = thanks_said(lines)
        meta.opening = opening_said(lines)
        meta.opened = opened_said(lines, meta.session)
        # (whole when its opening and its end are on the page: a closing, or its signature's date, as 维西县文化和旅游局's
        # …现答复如下 … 以上答复若有不妥，请批评指正。 over 2022年8月18日 — no 感谢, no 收悉: hd23d)
        meta.form, meta.head = reply_form(out, meta.suggestion_title, bool(meta.opening and (meta.closing or signed)))
        # (as many as its addressee names: 闹交、尕让草、沙木九代表, 邱威高等11位代表)
        several = bool(meta.deputy) and (bool(re.search(r"[、，,等]", meta.deputy)) or f"{meta.deputy}等" in "\n".join(front) + norm[:300])
        meta.address = address_said(lines, several if meta.deputy else None)
        meta.salutation = salutation_said(lines)
    # (a unit under the bureau is of its place, whatever area it is named after: …交巡警支队杨陵大队 of 杨凌示范区, hd39b)
    # (not a place only the column's label over the headline names: 高质量发展看河南 over 革命老区信阳：…, hd59c)
    label = _label_over(lines, title)
    meta.jurisdiction = ws.jurisdiction if ws.under(issuer) else _jurisdiction(
        issuer, title, norm.replace(label, "", 1) if label else norm, meta.session, meta.deputy)
    # (nor the place of a unit only its source field names that reposted another place's news, the item naming no unit of its own)
    reposted = _subject_place(title, lede, issuer) if kind == NEWS and not subject and issuer in _publisher(kv) else None
    meta.jurisdiction = reposted or meta.jurisdiction
    # (nor the place of a poster only its source field names, or of none, where every statement speaks of the workspace's place:
    # 来源:江西省人民政府 over 婺源县's 皇菊, 茶叶 and 油茶, hd69b — the poster its publisher)
    if (kind == NEWS and ws.jurisdiction and meta.jurisdiction not in (ws.jurisdiction, *ws.areas) and (not issuer or issuer in _publisher(kv))
            and _spoken_of_throughout([simplified(normalise(u.text)) for u in out.units], ws.jurisdiction)):
        meta.jurisdiction = ws.jurisdiction
    if (not issuer and meta.jurisdiction and meta.jurisdiction[:-1] not in (title or "") and norm.count(meta.jurisdiction[:-1]) == 1
            and national):
        # (the nation's page naming a place once in passing, …在中南区域以广州市妇女儿童医疗中心为主体… of 国家卫健委决定在东北、华东、
        # 中南、西南和西北设置5个国家儿童区域医疗中心, hd48a: 全国's, not that place's)
        meta.jurisdiction = "全国"
    # (a wider place's unit's news headlined on a place under it, 来源：宿州市局办公室 over 宿州市砀山县强化“四大行动”…: the news
    # of that place's work, hd42b)
    chain = leading_places(simplified(title)) if kind == NEWS and title else []
    if len(chain) > 1 and meta.jurisdiction in chain[:-1]:
        meta.jurisdiction = chain[-1]
    winner = _headline_winner(simplified(title)) if kind == NEWS and title and meta.jurisdiction else None
    meta.jurisdiction = winner if winner and place_rank(winner) > place_rank(meta.jurisdiction) else meta.jurisdiction
    if not issuer and _wider_own_event(title, meta.jurisdiction, ws.jurisdiction):
        meta.jurisdiction = ws.jurisdiction
    # (a page of no unit on a unit's own site is that unit's place's; a unit's page there may be another's)
    site = _place(doc.site) if doc.site and (doc.site.endswith(f"人民{GOVERNMENT_WORD}") or not issuer) else None
    if not meta.jurisdiction and site and site[-1] == (issuer[0] if issuer else _self_level(norm)):
        # (a page of a unit named by its level, or of none speaking of its level as its own, on the site of that level's
        # government, as its footer says: 我区将协调… on 天津市北辰区人民政府's, 北辰区's; or of none on a unit's site, as its
        # header says: 全市卫生健康工作会议 on 欢迎访问晋城市卫生健康委员会网站's, 晋城市's, saved by a bureau of 高平市 under it: hd21a)
        meta.jurisdiction = site
    # (an issuer named after the workspace's own place, a name the place reader cannot take alone: 会同县…局, 会同 a verb too; the
    # place's own paper or site, its level left out: 仙桃日报's page on 市住建局's work, the text naming no 仙桃市, hd52b)
    own = next((p for p in ws.jurisdiction_names() if issuer and (issuer.startswith(p) or (
        len(p) > 2 and issuer.startswith(p[:-1]) and MEDIA_NAME.match(issuer)))), None) if not meta.jurisdiction else None
    meta.jurisdiction = own or meta.jurisdiction
    # (a district named with its city's short name before it, no level between: 延安宝塔区 of a 宝塔区 news item, 延安寶塔區召開…)
    own = next((p for p in (*ws.jurisdiction_names(), *ws.areas) if meta.jurisdiction and len(p) >= 3 and meta.jurisdiction.endswith(p)
                and len(meta.jurisdiction) - len(p) == 2), None)
    meta.jurisdiction = own or meta.jurisdiction
    # (the urban area of the workspace's place or of one of its areas, 射洪城区 of 射洪市 in a title on its bus line, hd68a: that place's)
    meta.jurisdiction = own_urban_area(meta.jurisdiction, ws.jurisdiction, ws.areas)
    if not meta.jurisdiction and issuer and ws.is_own_unit(issuer) and (any(
            p in norm or (len(p) > 2 and p[-1] in "市县" and (re.search(rf"{re.escape(p[:-1])}(?![{CJK}])", norm) or len(
                re.findall(rf"{re.escape(p[:-1])}(?![省市区县州盟旗镇乡])", norm)) >= 2))
            for p in ws.jurisdiction_names()) or (
            ws.own_place_word() and ws.own_place_word() in norm and any(a in norm for a in ws.areas)) or (
            ws.jurisdiction and (not _LEVEL.match(issuer) or (
                issuer[0] == ws.jurisdiction[-1] and any(len(p) > 2 and p[:-1] in norm for p in ws.jurisdiction_names())))
            and _self_level(norm) == ws.jurisdiction[-1] and all(name in ws.areas for _, _, name in places_in(norm))
            and all(p in ws.areas for name in org_names(norm) for p in leading_places(name)))):
        # (an issuer the workspace's bureau goes by, naming no place, in a text naming the workspace's place: （县水利局） of a
        # reply on 舒城县张山河清淤…, is 舒城县水利局; so is 信息来源：市住房和城乡建设局 of a page signed 余姚, its city's
        # name without its level, a word of its own, or that name twice before other words (为九江打造…，加快推动九江教育…
        # of a 市教育局's interview: hd25b); or one speaking of it as its own and naming one of its areas: 来源：海渔局
        # of a reply saying 我市 and 连江县…, 福州市海洋与渔业局's; or a bare name, of no level, in a text naming no place but
        # the workspace's areas and speaking of the workspace's level as its own: 发布机构：林业局 of a mirror whose ad took the
        # county's name, saying 全县 and 县委县政府; 财政局, its number 沭财复字, of a reply saying 县政府 and 青云镇; so is one named
        # by that level, 来源：区妇联 of a reply saying 区政协, its place's name 婺城 only in the title it quotes)
        meta.jurisdiction = ws.jurisdiction
    if not issuer and _above_own_voice(meta.jurisdiction, norm):
        meta.jurisdiction = _own_by_stem(norm, ws) or meta.jurisdiction
    meta.jurisdiction = meta.jurisdiction or _own_by_areas(norm, ws) or _own_by_stem(norm, ws) or (
        _only_elsewhere(norm, ws) if kind == NEWS else _own_reply(norm, ws) if kind == REPLY and not issuer else None) or (
        _city_above(norm, ws) if not issuer else None) or ("全国" if national else None)
    # (an issuer, or a title opening on a unit, of one of the workspace's areas, a name the place reader cannot take alone:
    # 攀枝花市西区退役军人事务局, 西区退役军人事务局召开… of 攀枝花市's 西区 — the district's own, not the city's)
    area = _area_unit(issuer, title, meta.jurisdiction, ws.areas, ws.jurisdiction)
    meta.jurisdiction = area or meta.jurisdiction
    if kind == NEWS and not ws.is_own(meta.jurisdiction, norm):
        meta.jurisdiction = _visited_area(norm, ws) or meta.jurisdiction
    if (issuer and meta.jurisdiction == ws.jurisdiction and not _LEVEL.match(issuer) and not leading_places(issuer)
            and ws.is_own_unit(issuer) and not ws.under(issuer)):
        meta.issuer = ws.name  # (the workspace's bureau by a short name of no place, 来源：海渔局: 福州市海洋与渔业局)
    elif issuer and _LEVEL.match(issuer):  # 市科技局 → 重庆市科学技术局
        meta.issuer = complete(issuer, meta.jurisdiction, norm)
    elif (issuer and formal and meta.jurisdiction and not leading_places(issuer) and BARE_UNIT.fullmatch(issuer)
          and not issuer.startswith(meta.jurisdiction)  # (a town's own: 安乐乡人民政府 of 安乐乡, saying 我乡)
          and (meta.jurisdiction[-1] + issuer in norm or f"我{meta.jurisdiction[-1]}" in norm)):
        # 发布机构：农业农村局 of a text on its 区农业农村局 in 柯城区; 办理部门 农水局 of a text saying 我县 of 宁陕县
        meta.issuer = meta.jurisdiction + issuer
    elif (issuer and formal and not meta.jurisdiction and BARE_UNIT.fullmatch(issuer)
          and (level := re.search(rf"(?<![{CJK}])([{LEVEL_CHARS}]){re.escape(issuer)}", norm))):
        meta.issuer = level.group(1) + issuer  # 发文机关：民政局 of a text on its 县民政局, naming no place
    elif issuer and not formal:
        meta.issuer = expand(issuer)
    elif not (issuer or number) and kind == REPLY and _speaks_as_bureau(norm, meta.jurisdiction, ws):
        # (交由我单位办理 … 县水务局已委托…, signed by no one: 牟定县水务局's, hd26c; a numbered one is told by its number's code,
        # drafter.distill.run: 岳县水务字 of a neighbour's names no issuer)
        meta.issuer = ws.name
    # (a reply that prints no title is named by the item it answers, not by its file's name: 张福星代表建议答复 of one opening on
    # 您提出的《关于清除牛皮藓进一步美化县城的建议》已收悉, hd48d)
    named = kind == REPLY and not printed
    if (named or not meta.title) and kind == REPLY and meta.suggestion_number:
        what = "提案" if meta.proposal else "建议"
        # (a letter numbered as a 复函, 市环高复函〔2022〕3号, is one: its title says so, as the bureau's titled ones do)
        reply = "复函" if _REPLY_LETTER_NUMBER.search(meta.number or "") else "答复"
        meta.title = f"关于{meta.session or ''}第{meta.suggestion_number}号{what}的{reply}"
    elif (named or not meta.title) and kind == REPLY and meta.suggestion_title:
        # (a page with no title and no item number, opening on its addressee: 楊 強代表：你在…期间提出“关于帮助修复…的建议”… —
        # its sources were told apart by nothing, 镇康县农业农村局2020年答复 twice)
        meta.title = f"对《{meta.suggestion_title}》的答复"
    meta.id = source_id(meta, "\n".join(b.text for b in doc.blocks if not ADDRESS.match(b.text)))
    return meta, signed


# An area's level (永靖镇, 青山苗族乡, 府山街道): its name without it is the stem a text may name it by with another level
# (鹿窝乡 of 鹿窝镇).
_AREA_LEVEL = re.compile(rf"(?:[{CJK}]{{1,4}}族)*(?:镇|乡|街道|苏木|办事处)$")


# A file named by the day it was published, as a clerk saves a page (2013-10-12_台州频道_….txt, 20240111_总结.docx).
_NAMED_DATE = re.compile(r"^((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


# …or a year it opens on, its day left out (2023-06_经济导报_….txt, 2022_总结.docx).
_NAMED_YEAR_FIRST = re.compile(r"^((?:19|20)\d{2})(?!\d)")


# …or ends on, before its suffix (晋城市卫健委_春节慰问一线_2023-01-28.txt: hd21a).
_NAMED_DATE_END = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:\.[A-Za-z0-9]{1,5})?$")


# …or holds between other words, its parts set apart (郑州晚报_2022-09-08_郑州多项科技创新指标….txt: hd23c).
_NAMED_DATE_WITHIN = re.compile(r"(?<![\d.])((?:19|20)\d{2})([-_.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])")
# …or its eight digits run together, set apart as a word of their own (jiangning_hdjl_20250214_ylws.txt: hd24b) — not a number's
# digits after other words (编号20230512_文件).
_NAMED_COMPACT_DATE_WITHIN = re.compile(r"(?<![^_ ])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\dA-Za-z])")


def _named_date(name: str) -> str | None:
    """The date a file's name opens on (``2013-10-12_…``, ``20240111…``) or ends on (``…_2023-01-28.txt``), else the one
    date it holds between other words (``郑州晚报_2022-09-08_….txt``), for a page that states none; else None (a name of
    two dates says no one)."""
    found = _NAMED_DATE.match(name) or _NAMED_DATE_END.search(name)
    if found:
        return "-".join(found.groups())
    within = dates_in_name(name)
    return within.pop() if len(within) == 1 else None


def dates_in_name(name: str) -> set[str]:
    """The dates a file's name holds between other words (:data:`_NAMED_DATE_WITHIN`, :data:`_NAMED_COMPACT_DATE_WITHIN`), as
    ``YYYY-MM-DD``; days that are none (20230231) left out."""
    found = ({(y, m, d) for y, _, m, d in _NAMED_DATE_WITHIN.findall(name)} | set(_NAMED_COMPACT_DATE_WITHIN.findall(name)))
    return {f"{y}-{m.zfill(2)}-{d.zfill(2)}" for y, m, d in found if _is_day(int(y), int(m), int(d))}


def _is_day(year: int, month: int, day: int) -> bool:
    """Whether ``year``-``month``-``day`` is a day of the calendar (not 2023-02-31)."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# A file's name that is a title, after the day it opens on (2021-12-15_鄂尔多斯市民政局2021年重点工作进展情况): words, no slug.
_NAMED_TITLE = re.compile(rf"^[{CJK}“”《》（）()、，\d]*[{CJK}][{CJK}“”《》（）()、，\d]*$")


# The name a program gives a new file (新建文本文档, 新建 Microsoft Word 文档 (2), 文档1, 未命名, Document3): no title.
_PROGRAM_NAMED = re.compile(r"^(?:新建.{0,24}?文档|(?:未命名|无标题)?文档|未命名|无标题|Document|Untitled)[\s\d()（）_-]*$", re.I)


def _named_title(stem: str, apart: bool = False) -> str | None:
    """The title a clerk named a page's file by (its date and separators before it dropped), for a page that prints none of
    its own (its first line a section's head, 一、重点工作进展情况): words (高新技术企业培育情况); None for a name that is no
    title (a slug, a number, the name a program gives a new file: :data:`_PROGRAM_NAMED`). ``apart``: words in parts apart
    by ``_`` too (2025-02-27_大众网_济南预付宝上线: 大众网 济南预付宝上线, not a made-up 2025年新闻报道 no clerk finds), a part
    of letters or digits alone dropped (a site's slug, a number: 315online, seed2)."""
    name = re.sub(r"^[-_.\s]+", "", _NAMED_DATE.sub("", stem, count=1))
    parts = [p for p in re.split(r"_+", name) if p and not re.fullmatch(r"[A-Za-z\d\-.]+", p)] if apart else [name]
    name = " ".join(parts)
    return (name if len(name) >= 6 and all(_NAMED_TITLE.match(p) for p in parts) and not _PROGRAM_NAMED.match(name)
            else None)


# A year a file's name holds apart from other digits (03_chongqing_reply_2023.txt, 2023年答复.docx).
_NAMED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def named_year(stem: str) -> int | None:
    """The one year a file's name (without its suffix) holds (``…_2023``), for a reply whose text states no date; None
    for none or two."""
    years = set(_NAMED_YEAR.findall(stem))
    return int(years.pop()) if len(years) == 1 else None


def _only_elsewhere(norm: str, ws: Workspace) -> str | None:
    """The place a news item of no issuer names most when it speaks of another level than the workspace's as its own (我市 in a
    county's workspace) and every place it names is another's (none the workspace's nor one of its areas): 台州频道's news of 路桥区螺洋街道二友村居家养老服务中心, …这也是我市首家…, saved by a 仙居县
    bureau, was of no place and drafted as the county's own (hd14); else None."""
    level = _self_level(norm)
    if not level or not ws.jurisdiction or ws.jurisdiction.endswith(level):
        return None  # (it speaks of no level as its own, or of the workspace's: not another place's voice)
    named = _places_named(norm)
    if not named or any(ws.is_own(p, norm) for p in named):
        return None
    return max(dict.fromkeys(named), key=named.count)


def _city_above(norm: str, ws: Workspace) -> str | None:
    """The city over a district's or a county's workspace (the place its bureau's name opens with before its own: 盘锦市 of
    盘锦市双台子区…局) for a text of no place that speaks of the city as its own (我市, 全市, 市委) and never of the workspace's
    level: a city's page saved by a district's bureau (…被列为我市2023年十件重点民生实事之一…市文旅广电局还向省里争取…, hd38c),
    never the district's work; else None."""
    levels = _self_levels(norm)
    own = (ws.jurisdiction or "")[-1:]
    if own not in ("区", "县") or "市" not in levels or own in levels:
        return None
    chain = leading_places(ws.name)
    above = chain[chain.index(ws.jurisdiction) - 1] if ws.jurisdiction in chain[1:] else None
    return above if above and above.endswith("市") else None


def _above_own_voice(place: str | None, norm: str) -> bool:
    """Whether ``place`` is a province a text speaking of a lower level as its own in the first person (我市, 本县) names: the
    province its city's honours or rules come from, never its voice (邢台日报's 我市成功创建“河北省森林城市” … 我市…完成营造林80.21万亩,
    filed as 河北省's, hd45b)."""
    level = _self_level(norm)
    return bool(place) and place.endswith("省") and level in ("市", "区", "县", "州") and bool(re.search(rf"[我本]{level}", norm))


def _national(out, norm: str, ws: Workspace) -> bool:
    """Whether a text names the nation (grammar.NATION: 全国, 我国, 国家卫生健康委) in most of its paragraphs
    telling something (a sentence's 。) and names none of the workspace's place (济南市, 济南), its areas, a local scope (全市,
    我区), the bureau by its level (县林业局) nor a unit as itself (我局): the nation's page, 全国's, its facts never the bureau's
    (全国有8000多所综合医院… of a page of 国家卫生健康委's figures, hd48a; not 县林业局传达学习全国两会精神…我局完成营造林…)."""
    stem = [ws.jurisdiction[:-1]] if len(ws.jurisdiction or "") > 2 else []  # (济南“预付宝”正式上线运行: 济南市's)
    if LOCAL_SCOPE.search(norm) or any(n and n in norm for n in (*ws.jurisdiction_names(), *stem, *ws.areas)):
        return False
    if SELF_UNIT.search(norm) or _names_bureau(norm, ws):
        return False
    told = [simplified(normalise(u.text)) for u in out.units if "。" in u.text]
    return 2 * sum(bool(NATION.search(t)) for t in told) > len(told) > 0


def _names_bureau(norm: str, ws: Workspace) -> bool:
    """Whether ``norm`` names the bureau from its level word (县林业局, 涉县林业局 of 涉县林业局): its own unit — a name without the
    level (国家卫健委, 国家林业局) is another's."""
    level = (ws.jurisdiction or "")[-1:]
    return bool(level) and any(norm[start] == level for name in {ws.name, ws.short_name} if name
                               for start, _ in unit_mentions(norm, name))


def _own_by_areas(norm: str, ws: Workspace) -> str | None:
    """The workspace's place for a text that names no place of its own but speaks of its level as its own (我县) and names two or
    more of the workspace's areas (…鹿窝乡教师公租房、…温泉镇教师周转房…: a county's reply with no letterhead, the county's
    name only in the site's footer): that county's, which a careful reader in it can tell; else None."""
    level = _self_level(norm)
    place = ws.jurisdiction or ""
    if not level or not place.endswith(level) or len(ws.areas) < 2:
        return None
    named = {a for a in ws.areas
             if a in norm or ((stem := _AREA_LEVEL.sub("", a)) and len(stem) >= 2 and re.search(rf"{re.escape(stem)}[镇乡]", norm))}
    return place if len(named) >= 2 else None


# A visit to a place to see its work (赴石台县调研指导…, 到…视察): the verb before the place, the purpose after it.
_VISIT_TO = r"(?:赴|到|来到|深入)"
_VISIT_FOR = r"(?:调研|视察|考察|检查|督导|督查|指导|慰问)"


def _visited_area(norm: str, ws: Workspace) -> str | None:
    """The one area of the workspace, by its name or stem, that a text naming the workspace's place tells a visit to
    (:data:`_VISIT_TO`: 张西明赴石台调研 / 6月2日，省委常委…张西明赴石台县调研指导…对池州市…给予充分肯定 of a province's page, hd65d):
    the work seen is that area's, not the visitor's level's; else None."""
    if not any(name in norm for name in ws.jurisdiction_names()):
        return None
    visited = {area for area in ws.areas for name in place_names(area)
               if re.search(rf"{_VISIT_TO}{re.escape(name)}[^，。；！？\n]{{0,6}}?{_VISIT_FOR}", norm)}
    return visited.pop() if len(visited) == 1 else None


def _own_reply(norm: str, ws: Workspace) -> str | None:
    """The workspace's place for a reply of no issuer naming no place but the workspace's areas, that speaks of the
    workspace's level as its own (我市, 全市) and names the bureau by its short name (感谢您对市民政局殡葬改革工作的关注), the
    workspace's place by its name or one of its areas (已列入牟定县城乡供水一体化…新桥片区 … 新桥镇; 江坡镇福龙村西安闸 … 我县水利事业):
    the bureau's own reply, its letterhead cut off (hd25c: 益阳市民政局's, filed of no place; hd26c: 牟定县水务局's); else None."""
    place = ws.jurisdiction or ""
    if not place or _self_level(norm) != place[-1] or not any(
            name and name in norm for name in (ws.short_name, *ws.jurisdiction_names(), *ws.areas)):
        return None
    named = [name for _, _, name in places_in(norm) if not LEVELS_ONLY.fullmatch(name)]  # (以县市区为单位 names none)
    return None if any(name not in ws.areas for name in named) else place


# The closing thanks for the writer's own work (感谢您们对我县水务工作的关心与支持): the words between 对 and 工作/事业 name its field.
THANKED_WORK = re.compile(r"感谢[^。！；]{0,8}?对([^。！；，]{1,14}?)(?:工作|事业)")


# The field a workspace's ``work:`` setting names (我县水务工作 → 水务); none in the default, 我局工作.
WORK_FIELD = re.compile(r"[我本全][省市区县州旗]?(.+?)(?:工作|事业)")


def bureau_fields(ws: Workspace) -> list[str]:
    """The bureau's fields of work: those its name says (:func:`~drafter.grammar.unit_matters`: 水务 of 牟定县水务局; each side of
    its 和 too, 教育, 体育 of 宁津县教育和体育局 — not of a field named whole with its 和, DEPARTMENT_FULL_NAMES' 发展和改革,
    工业和信息化, nor a side too general to say a field, topics.GENERIC's 发展, 建设, 管理), the one its ``work:`` setting names, and
    their equivalents (the built-in ones, 水务/水利, and drafter.yaml's ``synonyms:``)."""
    from ..compose.synonyms import synonyms_of

    work = WORK_FIELD.fullmatch(ws.work or "")
    own = [*unit_matters(ws.name), *([work.group(1)] if work and not SELF_UNIT.match(ws.work) else [])]
    own = [w for m in own for w in (m, *_field_sides(m)) if len(w) >= 2]
    return list(dict.fromkeys([*own, *synonyms_of(" ".join(own), ws)]))


def _field_sides(field: str) -> list[str]:
    """The fields ``field`` joins by its 和 or 与 (教育, 体育 of 教育和体育), none where a department's name holds the 和 whole
    (发展和改革), only the sides that say a field (自然资源和规划: 自然资源, 规划; not 发展, 建设, 管理: topics.GENERIC)."""
    if any("和" in name and name in field for name in DEPARTMENT_FULL_NAMES):
        return []
    sides = field.replace("与", "和").split("和")
    return [side for side in sides if side not in GENERIC] if len(sides) > 1 else []


def _speaks_as_bureau(norm: str, place: str | None, ws: Workspace) -> bool:
    """Whether a reply signed by no one, of the workspace's own place, is the bureau's: it speaks as a unit of the bureau's
    organ (我局, 我单位: :data:`~drafter.grammar.SELF_UNIT`) and names the bureau (县水务局已委托…) or its field in its closing
    thanks (对我县水务工作的关心, 对我县水利事业的关心 of a 水务局: :data:`THANKED_WORK`, :func:`bureau_fields`)."""
    if not ws.name or not place or place not in ws.jurisdiction_names():
        return False
    fields = bureau_fields(ws)
    return _self_of_bureau(norm, ws) and (
        names_unit(norm, ws.name) or any(f in m.group(1) for m in THANKED_WORK.finditer(norm) for f in fields))


def _self_of_bureau(norm: str, ws: Workspace) -> bool:
    """Whether ``norm`` speaks as a unit (:data:`~drafter.grammar.SELF_UNIT`), every time of the bureau's organ (我局 of a
    局, 我单位)."""
    selves = set(SELF_UNIT.findall(norm))
    return bool(ws.name) and bool(selves) and all(s == "单位" or ws.name.endswith(s) for s in selves)


def _reports_as_bureau(norm: str, ws: Workspace) -> bool:
    """Whether a report of no issuer is the bureau's: it speaks as a unit of its organ (我局), names the bureau (市城管执法局用定了就干…
    of 达州市城市管理行政执法局's 2020 summary, hd28b) and no place of the bureau's level but its own (a neighbour's 我局 names its
    city): its issuer is the bureau, its place the bureau's, not a word taken for a place (市容市貌)."""
    level = (ws.jurisdiction or "")[-1:]
    return bool(level) and _self_of_bureau(norm, ws) and names_unit(norm, ws.name) and not any(
        name[-1] == level and not ws.is_own(name, norm) for _, _, name in places_in(norm))


# Level words alone (县市区, 市县): the levels of the places meant, no place's name.
LEVELS_ONLY = re.compile(r"[省市区县州乡镇]+")


STEM_NAMED = 3  # times: a text naming the workspace's place so often by its name without its level speaks of it


def _own_by_stem(norm: str, ws: Workspace) -> str | None:
    """The workspace's place for a text that names no place of its level but the workspace's own by its name without its level
    (孝昌特色, 孝昌“11111”战略 of 孝昌县) and speaks of that level as its own (全县交通运输…工作会议, 县交通运输局将…): a news item of
    the county's own, its place; else None. A place named only in a person's title (温岭市委书记, 台州市委常委) is not named:
    温岭撤县设市, 温岭人 and 我市 of a 温岭 news item is 温岭市's (hd44a); a text naming it so STEM_NAMED times or more speaks of it
    whatever it calls its own (杭州公布…, 杭州之夜…, h258)."""
    place = ws.jurisdiction or ""
    stem = place[:-1]
    said = re.sub(r"“[^“”]*”|《[^《》]*》", "", norm)  # (not in a title it quotes: …“关于进一步改善上海夜间经济运营的建议”…)
    # (not a road, a bay, a park of its name: 中山路 of a 揭阳 page, 杭州湾, rv15 9)
    named = sum(1 for m in re.finditer(rf"{re.escape(stem)}(?![{CJK}]?[省市区县州])", said)
                if not _ANOTHER_WORD.match(said, m.end())) if len(stem) >= 2 else 0
    # (or, speaking of no level as its own, naming it so again and again: 杭州公布首批十大夜地标…杭州之夜…杭州的文脉, h258)
    level = _self_level(norm) or (place[-1:] if named >= STEM_NAMED else None)
    if not level or not place.endswith(level) or len(stem) < 2 or (place in norm and not _only_a_title(place, norm)):
        return None
    if not named:
        return None
    others = {name for _, _, name in places_in(norm) if name[-1:] == level and name != place and not _not_spoken_for(name, norm)
              and not _only_a_title(name, norm)}
    return None if others else place


def _named_years(out: Outline) -> list[int]:
    """The years the body of ``out`` names (not in a title it quotes), a span's last (2018—2020年); none of a span running on to
    the present (2020年以来, 2018年至今)."""
    return [b for u in out.units for _, _, b, basis in time_mentions(normalise(u.text)) if basis == TEXT]


def _latest_named(out: Outline, year: int) -> list[int]:
    """[the year before ``year``] when it is the latest year the body of ``out`` names (:func:`_named_years`), else []."""
    named = _named_years(out)
    return [year - 1] if named and max(named) == year - 1 else []


def _reviews(out: Outline, year: int) -> bool:
    """Whether the body of ``out``, a report of ``year``, tells of the year before: a time it names for its work reaches it
    (2021年以来 in one of 2022), none of them a later year's but a plan's (2022年，…将…)."""
    named = [(a, b) for u in out.units if not TO_COME.search(normalise(u.text))
             for _, a, b, basis in time_mentions(normalise(u.text), year) if basis == TEXT]
    return any(a <= year - 1 <= b for a, b in named) and all(a < year for a, _ in named)


def _session_name(text: str) -> str:
    """A session as written, without words the match took in front of it (…局关于市六届人大…)."""
    text = re.sub(r"^.*(?:关于|答复|对|局|委(?!员会)|府|厅|办理|办|在)(?=[^关对局委府厅办在]*(?:届|次))", "", text, count=1)
    m = _LEVEL.search(text)
    chain = leading_places(re.sub(r"^政协", "", text))  # (政协内蒙古自治区第十二届委员会…: the place after 政协)
    # (an autonomous region's, prefecture's or county's level word whole: 自治区政协十三届二次会议, not 区政协…)
    if chain or not m or re.match(r"自治[区州县]", text):
        return text
    if m.start() <= 1:
        return text[m.start():]
    if is_place(text[: m.end()]) or opens_with_function(text[: m.end()]):
        return text  # (个旧市十八届…: a name opening with a count's word, before the ordinal as before a unit word)
    # words before the place (你在建水县第十五届…): the place they end in, else its level alone
    k = next((k for k in range(1, m.start()) if is_place(text[k: m.end()]) and not opens_with_function(text[k: m.end()])), m.start())
    return text[k:]


def _session_of_issuer(session: str, issuer: str | None) -> str:
    """A session naming a place of its issuer's level other than the issuer's own (买足彩市政协五届二次会议 in 运城市卫生健康委员会's
    reply, a mirror's junk run into 市政协…, hd34b): its level word on — a unit answers its own place's sessions or a higher one's,
    never another of its level's."""
    named, own = leading_places(session), leading_places(issuer or "")
    if named and own and named[0][-1] == own[-1][-1] and named[0] != own[-1]:
        return session[len(named[0]) - 1:]
    return session


# Words before 代表/委员 that speak of deputies in general (人大代表, 各位代表, 全体委员), never a name.
IN_GENERAL = "人大|政协|各位|全体|广大"
# A list of names (two to four characters each) and the 等 after it (（等10位）): who a letter names.
NAMES = rf"[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}})*"
AND_OTHERS = r"(?:[（(]?等[^）)]{0,4}[）)]?)?"
# 等 and the count after a list of names (杨文强等3名代表, 姜欣（等10位）代表): a bare 等 is dropped, the names standing alone; a
# count is kept with them, unbracketed (苏燕、苏绍剑、尤国琴等十七位代表 → …尤国琴等十七位, hd32a: how many proposed is what a
# follow-up reply's salutation says).
AND_OTHERS_COUNTED = re.compile(rf"[（(]?(等(?:[\d{CN_DIGITS}十]+[名位人])?)[）)]?$")


def proposers(names: str) -> str | None:
    """``names`` of an addressee or a field (:data:`AND_OTHERS_COUNTED`): a bare 等 dropped, a count kept; None for none."""
    return AND_OTHERS_COUNTED.sub(lambda m: m.group(1) if m.group(1) != "等" else "", names).strip() or None
# An addressee a page wrote without its colon: 尊敬的王某代表, 贺某、佟某委员 — names only, never deputies in
# general (nor 党派, 有关/相关 代表).
BARE_ADDRESSEE = re.compile(rf"^(?:尊敬的)?(?!.*(?:{IN_GENERAL}|党派|有关|相关))({NAMES}){AND_OTHERS}(?:代表|委员)们?$")
# Who made the suggestion, named where it is acknowledged (张某委员提出的《…》收悉, 李某、王某等代表提出的…):
# names only, never deputies in general (市人大代表, 各位委员, 部分代表).
PROPOSED_BY = re.compile(rf"(?:^|[，。：\n])(?![{CJK}]{{0,3}}(?:{IN_GENERAL}|有关|相关|部分))"
                         rf"({NAMES})(?:等[\d{CN_DIGITS}十]*[名位]?)?(?:代表|委员)"
                         rf"(?:在[^，。：]{{0,30}}?)?(?:所)?提出?的")
# An addressee a page ran into the reply's first sentence: 陆某忠代表：您在市九届人大四次会议上提出的… (a space before the
# title too: 李某、杨某 委员：你们提出的…), the reply's title too before it (对县八届政协一次会议 第134号提案的答复 张阳委员：您提出的…, hd55b)
ADDRESSEE_THEN_OPENING = re.compile(rf"^(?:[^：，。]{{0,60}}?(?:答复函|答复|复函)\s)?((?:尊敬的)?(?![{CJK}]{{0,3}}(?:{IN_GENERAL})){NAMES}"
                                    rf"{AND_OTHERS}\s?(?:代表|委员)们?：)(?=您|你|贵)")
# The year a government's disclosure catalogue indexed a page in (索引号000014349/2025-02280, 索引号：11440300…/2024-00412): no day it
# posted the page falls before it.
_INDEX_YEAR = re.compile(r"索\s*引\s*号[：:\s]*[\w-]*?/((?:19|20)\d{2})-\d+")
# Fields a page's table writes without their colons (签发人 张某 签发日期 2023-09-07 17:16 类别 B, 编号 247 办理部门
# 农水局; 发文机关平顺县林业局 发布日期2025-01-17 of a government's disclosure page, hd52d): a date, a unit, a class or the
# signatory's name (签发人 张某, 签发人张某), each read only in its own form.
SPACED_FIELD = re.compile(
    rf"(?<![{CJK}])(签发日期|成文日期|发文日期|发布日期|公开日期)\s*((?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})(?!\d)"
    rf"|(?<![{CJK}])(办理部门|承办部门|办理单位|承办单位|发文机关|发文单位|发布机构)\s*([{CJK}]{{2,20}}?[{ORGAN_CHARS}府])(?=\s|$)"
    rf"|(?<![{CJK}])(类别|答复类型|答复类别|办理类型|办复类别|办理类别|分类标识)\s*[【\[（(]?\s*([A-Da-d])\s*[】\]）)]?类?"
    rf"(?![A-Za-z{CJK}])"
    rf"|(?<![{CJK}])(签发人)\s*([{CJK}]{{2,4}}?)(?=\s|$|签发日期)"
)


# A field's key alone on its line, its value on the next (• 发布机构: / 大数据发展中心).
FIELD_ALONE = re.compile(rf"[-*•·\s]*({META_KEYS})\s*：")


def split_fields(lines: list[str]) -> dict[str, str]:
    """Fields whose key stands alone on a line and whose value is the next line (:data:`FIELD_ALONE`); the first of a key wins."""
    found: dict[str, str] = {}
    for line, value in zip(lines, lines[1:]):
        m = FIELD_ALONE.fullmatch(line)
        if m and value and "：" not in value:
            found.setdefault(_key(m.group(1)), value)
    return found


def spaced_fields(lines: list[str]) -> dict[str, str]:
    """``key value`` fields of :data:`SPACED_FIELD` in ``lines``; the first of a key wins."""
    found: dict[str, str] = {}
    for line in lines:
        for m in SPACED_FIELD.finditer(line):
            key, value = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5, 7) if m.group(k))
            found.setdefault(key, value)
    return found
# What an addressee line holds besides the names and their title: a courtesy (尊敬的, 尊敬, 您好) and the
# assembly they sit in (市政协王某委员, 县人大李某代表).
ADDRESSEE_COURTESY = re.compile(rf"^尊敬的?|^[省市县区州旗]?(?:人大|政协)(?={NAMES}(?:代表|委员)(?:您好|你好)?$)|(?:您好|你好)$")
# A reply's title and its addressee that a page put on one line (…建议的答复函杨文强等3名代表：).
TITLE_THEN_ADDRESSEE = re.compile(r"(?:答复函|答复|复函|的函)([^：，。\s]{2,24}?(?:代表|委员)们?：)$")


# What a co-handler's letter to the lead unit calls itself (…第241号提案协办意见的函, …第20232152号提案的会办意见, …第085号建议会办工作的
# 意见), or asks of it (…函告如下，请综合后一并答复代表).
CO_OPINION = re.compile(r"(?:会办|协办|配合办理|协助办理)(?:工作)?的?意见|一并答复")
# A letter's addressee that is a unit, or several (市生态环境局：, 市公安局：): no deputy.
UNIT_ADDRESSEE = re.compile(rf"({UNIT_NAME}(?:、{UNIT_NAME})*)[：:]")


def _lead_unit(front: list[str], title: str | None, transmittal: str) -> str | None:
    """The lead unit a 会办/协办意见 goes to: the unit its addressee line names, in a letter calling itself one (:data:`CO_OPINION`)
    in its title or the paragraph passing it on — whatever its page files it as (hd28a: 广州市应急管理局's 会办意见 to 市公安局,
    filed as a reply to a deputy); None for a reply to a deputy."""
    if not CO_OPINION.search(f"{title or ''}\n{transmittal}"):
        return None
    return next((m.group(1) for t in front for m in [UNIT_ADDRESSEE.fullmatch(t)] if m), None)


# The title after an addressee's name (代表, 委员, 同志, 先生, 女士).
MEMBER_TITLE = "(?:代表|委员|同志|先生|女士)"


def _reply_fields(meta: SourceMeta, front: list[str], back: list[str], kv: dict[str, str], lede: str = "",
                  transmittal: str = "") -> None:
    """``lede``: the body's first paragraph, where a page may have run the addressee into the text
    (杨某、俞某代表：你们提出的…收悉，现答复如下：…); ``transmittal``: the paragraph passing the answer on (现将…函告如下),
    where a co-opinion names the item's title."""
    head = "\n".join(front)
    # (the last: a cover letter's 桑等委员： over the reply's own 尊敬的张桑等委员： names the reader as the reply does)
    addressee = next((t for t in reversed(front) if ADDRESSEE.match(t)), None)
    addressee = addressee or next((m.group(1) for t in front for m in [TITLE_THEN_ADDRESSEE.search(t)]
                                   if m and ADDRESSEE.match(m.group(1))), None)
    addressee = addressee or next((t for t in front if BARE_ADDRESSEE.match(t)), None)
    addressee = addressee or next((m.group(1) for t in [*front, lede] for m in [ADDRESSEE_THEN_OPENING.match(t)] if m), None)
    addressee = addressee or next((t for t in front if PARTY_COMMITTEE_LINE.match(t)), None)
    if addressee:
        name = re.sub(r"（[^（）]*）$", "", addressee.rstrip("：:"))  # the unit they work in
        # (a number is never part of a name: 虞交建[2019]18号 陈江芬代表：, the number a flattened page ran into the line, hd46a)
        name = re.sub(rf"^\s*{DOC_NUMBER.pattern}\s*", "", name)
        # (and the assembly they sit in after 等: 张德康、邓洪钧等人大代表)
        name = re.sub(rf"(?:(?<=等)(?:人大|政协))?{MEMBER_TITLE}们?$", "", ADDRESSEE_COURTESY.sub("", name))
        # (a two-character name spaced out: 张 斌; each name's own title: 吴双有委员、熊裕民委员, hd35c)
        name = "、".join(SPACED_NAME.sub(r"\1\2", re.sub(f"{MEMBER_TITLE}$", "", n.strip())) for n in name.split("、"))
        meta.deputy = proposers(name)
    named = next(((k, kv[k]) for k in DEPUTY_KEYS if kv.get(k)), None)
    if meta.deputy is None and named:  # a head of fields: 代表姓名：陈某、佟某 / 建议内容：… / 办理结果：…
        meta.deputy = proposers(named[1].strip(" 。"))
    if meta.deputy is None:  # a co-handler's letter to the lead unit names the deputy: 张某委员提出的《…》收悉, or in the paragraph
        # passing it on (现将任欣玥委员在…上提出的《…》（第241号提案）协办意见函告如下, hd28b)
        m = PROPOSED_BY.search(head) or PROPOSED_BY.match(re.sub(r"^现[将把]", "", transmittal))
        meta.deputy = re.sub(r"等$", "", m.group(1)) if m else None
    # (a deputy addressed answers a 建议 whatever its title calls it: …第52037号提案的答复 to 戚建平代表：)
    deputy = bool(addressee and "代表" in addressee and "委员" not in addressee)
    meta.proposal = bool((addressee and "委员" in addressee) or (named and named[0] == "委员姓名")
                         or (re.search(r"提案", meta.title or head) and not deputy))
    # the item's own number: in the title, else the head (not a document number's 〔2021〕第6号)
    plain = [t for t in [meta.title or "", *front] if not DOC_NUMBER.match(t)]
    m = next((m for t in plain for m in [ITEM_NO.search(t)] if m), None)
    m = m or next((m for t in plain for m in [SUGGESTION_NO.search(t)] if m), None)
    meta.suggestion_number = next(g for g in m.groups() if g).translate(_ASCII_BRACKETS) if m else None
    m = SESSION.search(re.sub(r"\s", "", meta.title or "")) or SESSION.search(re.sub(r"\s", "", head))
    meta.session = _session_of_issuer(_session_name(m.group()), meta.issuer) if m else None
    # (not the short name the letter gives it, wherever it says it: “关于…的建议”（以下简称《建议》）… 收到您的《建议》后)
    short = set(re.findall(r"简称[为：]?《([^》]+)》", head))
    titles = [t.strip() for t in re.findall(r"《([^》]+)》", f"{head}\n{transmittal}") if t not in short]
    # (not a document cited on the way, the standing committee's 《…开展县十六届人大代表建议办理工作“回头看”活动的通知》)
    # (nor the item's own number in its stead, 《钦州市政协六届四次会议第2024067号提案》2024521日协调会会议精神)
    meta.suggestion_title = next((t for t in titles if re.search(r"建议|提案|议案$", t) and not CITED_DOCUMENT_END.search(t)
                                  and not ITEM_LABEL.search(t)), None)
    if meta.suggestion_title is None:
        m = (BARE_SUGGESTION_TITLE.search(head) or QUOTED_SUGGESTION_TITLE.search(head) or BARE_SUGGESTION_TITLE.search(transmittal)
             or NAMED_MATTER_ITEM.search(head) or HALF_QUOTED_TITLE.search(head) or PROPOSED_TITLE.search(head))
        meta.suggestion_title = m.group(1) if m else None
    if meta.suggestion_title is None and ADDRESSEE_THEN_OPENING.match(lede):  # (its title in the first sentence too)
        m = re.match(r"[^《。]*《([^》]+(?:建议|提案|议案))》", lede)
        meta.suggestion_title = m.group(1) if m else None
    m = TITLE_IN_TITLE.match(meta.suggestion_title or "")
    if m:
        meta.suggestion_title = m.group(1) if re.search(r"(?:建议|提案|议案)$", m.group(1)) else f"{m.group(1)}的{m.group(2)}"
    meta.lead = _lead_unit(front, meta.title, transmittal)
    field = CO_HANDLER_FIELD.search(head)
    m = CO_HANDLERS.search(head)
    handlers = (m.group(1) or m.group(3) or re.sub(r"^.*(?:主办|牵头)", "", m.group(2))) if m else ""
    meta.co_handlers = _split_list(re.sub(r"\s+", "、", field.group(1).strip())) if field else _split_list(handlers)
    # (a bare 类别 may be the site's category, 类别：提案: a class there only as a code)
    code = next((kv[k] for k in ("答复类型", "答复类别", "办复类别", "办理类别", "办理类型", "办理结果", "分类标识", "类别")
                 if kv.get(k) and (k != "类别" or CLASS_CODE.match(kv[k]))), None)
    m = CLASS_CODE.match(code or "")
    line = next((c.group(1) or c.group(2) for t in front + back for c in [CLASS_LINE.match(t)] if c), None)
    line = line or next((c.group(1) for t in [meta.title or "", *front] for c in [NUMBER_CLASS.search(t)] if c), None)
    line = line or next((c.group(1) for c in [TITLE_CLASS.search(meta.title or "")] if c), None)
    meta.reply_class = m.group(1).upper() if m else (code or (line.upper() if line else None))
    # (a name spaced to its field's width is one name: 签发人:崔  渊, hd57b)
    signatory = SPACED_NAME.sub(r"\1\2", next((kv[k] for k in ("领导署名", "领导签发", "签发人", "签发") if kv.get(k)), "").strip()).split()
    meta.signatory = signatory[0] if signatory else None
    # a contact's line may hold the number too (联系人及电话：胡某 8189213): the reply's own, before a
    # 联系电话 the site's footer may print under it
    key = next((k for k in CONTACT_KEYS if kv.get(k)), None)
    line = kv[key] if key else ""
    meta.contact = re.split(r"[\s，；\d（(]", SPACED_NAME.sub(r"\1\2", line.strip()), maxsplit=1)[0] or None
    # (the word its line names the clerk with, the bureau's: 承办人:谢以凡, hd46a)
    meta.contact_label = next((w for w in CONTACT_LABELS if w in key), None) if key and meta.contact else None
    # (the number on the contact's own line, not a leader's on the line over it: 主管领导人姓名：杨某 联系电话：… /
    # 具体经办人姓名：赵某 联系电话：84835851)
    unwrapped = [w.group(1) if w else t for t in front + back for w in [_WRAPPED.match(t)]]  # (（联系人：…，联系电话：…）)
    own = next((t[m.end():] for t in unwrapped for m in KEY_VALUE.finditer(t) if key and _key(m.group(1)) == key), "")
    # (not a number under the site's footer: 主办单位：…县人民政府 版权所有：… / 联系电话：0427-…)
    site = next((i for i, t in enumerate(back) if SITE_FOOTER.search(t)), None)
    fields = kv if site is None else key_values(front + back[:site])
    m = PHONE.search(line) or PHONE.search(own) or PHONE.search(
        fields.get("联系电话") or fields.get("电话") or fields.get("联系方式") or fields.get("联系单位及电话") or "")  # (…执法局5972877)
    phone = re.sub(r"^[）)\s]+", "", m.group()).strip() if m else ""  # (not the bracket of a note before it: 刘 毅（小） 187…)
    # (not the bracket closing the line it is in: （联系人及电话：朱某 0877-7013863）)
    meta.phone = (phone.rstrip("）) ") if not re.search(r"[（(]", phone) else phone) or None
    meta.cc = _cc(back)
