"""The outline of a document: front matter, body, headings, enumerated items, section classes.

:func:`outline` cuts a :class:`~drafter.model.Document` into

- front matter (letterhead, number, title, addressee, opening formula, site metadata lines),
- the body, as :class:`Unit` s — a paragraph, the lead text of a paragraph before its items,
  or one enumerated item (``一是…`` / ``第一，…``) — each with its heading path and section class,
- back matter (closing formula, signature, contact, 附注, 抄送).

Heading levels, outermost first: markdown ``#`` (a hint on the block) without numbering,
``一、``, ``（一）``/``(一)``, ``1.``/``1、``/``1．``, ``1.1``, ``（1）``/``(1)``, ``①``; a short line
without sentence punctuation is a heading below all numbered ones. A heading may be a line of
its own or lead a paragraph (``（一）加强…研发。一是…``: the heading is the text up to the
first 。, unless that sentence reports, in clauses with figures: ``（一）今年承办建议共58件，其中…42件。``). Sections are classified by their heading words (done / plan / problem / context,
inherited by subsections; a heading whose numbering starts again after a sibling of its rank, ``（三）…`` then ``（一）…``,
ends the numbered parts above it: the page lost the heading between); a paragraph opening with ``下一步…`` or a sentence ``但也存在…问题``
opens a plan / problem section of its own at the current level; a clause after a result's comma opening on what is
planned for a time to come (``…同比下降2.41%，今年我市还计划改造…3561间。``) is a plan unit of its own, its sentence alone;
so is, to the paragraph's end, a sentence opening on what is proposed, planned, aimed at or expected (拟, 计划, 力争, 预计),
its year first or not (``…成功培育…2家。2022年拟培育认定…30家。``): a target, never a result — but a year's estimate
under a heading reviewing that past year (``预计全年…`` under ``一、2024年工作回顾`` of 2025) is its result. A table read one
cell a line whose header sets a task column beside one of progress (``序号 / 工作内容 / 牵头单位 / 三季度进展情况``) has its task
cells planned (:func:`table_tasks`), its progress cells as their section says.

Matching works on :func:`normalise`, a same-length copy of the text with half-width
punctuation made full-width, so spans found there are spans of the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..grammar import (
    ASK_VERBS, MANNER_ADVERBS, PLACE_PROFILE, TO_COME, CHANGE_VERBS, OWNER_KEYS, MUST_YAO, DONE_SO_FAR, COUNTERS, REPORTER_ROLES, BA_OBJECT_VERBS, BASIS_WORDS, CPPCC_COMMITTEE, DUTY_WORDS, CIRCLED_NUMBER, CLOSING, CLOSING_ANYWHERE, CN_DATE, COURTESY, DASHED_DATE, DIGIT_DAY, DIGIT_MONTH, HEADING_NUMBERS, HOLDING,
    ITEM_IS, ITEM_NUMBER, HANDLING_PART, NOW_ZHENG, LOCAL_SCOPES, NOT_ORGAN_WORD, NTH_STOP, OPENING, ORGAN_CHARS, PLAN_OR_YEARS_SPAN, PLEDGE, READER_WORD, RECENT_YEARS_WORDS, SUBSECTION_NUMBER, TIME_WORDS,
    ISSUING, NEXT_OR_LATER, NEXT_STEP, NOT_BA, PHOTO_CREDIT, PICTURE_ROLES, PROVINCE_SHORT_NAMES, VISITING_VERBS, CAPTION_OPENING, SAID_YEAR, TRANSMITTAL, UNIT_END, WISH_LEAD, COLLECTIVE_YOU_WORDS, YOU_MANY_WORDS, YOU_WORDS,
    CONCEDED_TURN_WORDS, HOST_LABEL, INTERVIEW_COURTESY, INTERVIEW_WORDS, IN_YEAR_WORDS, PROGRAMME_FIELD, SHORT_ADDING_WORDS, SPEAKER_LABEL, SPEECH_VERB, STRIVE, THIS_YEAR_WORDS, TO_COME_WORDS, TURN_OPENERS, class_statuses, said_date, said_years, target_years, words,
)
from ..lazyre import lazy
from ..model import (ASK_SLOT, CONTEXT, DONE, HONOURED, NEWS, NUMBER_SLOT, PARTS, PER_ASK, PLAIN, PLAN, POLICY, PROBLEM, SESSION_SLOT, STATUS, THANKS,
                     TITLE_SLOT, YOU_SLOT, Block, Document)
from ..read.clean import (AUTHOR_BYLINE, BULLET, CLOSING_THANKS, DAY_ENTRY, day_entry, FIELD_NAME, lede_under_headline, NEWS_CREDIT, REPLY_TITLE_LINE, SITE_DATELINE,
                          TIME_OPENER, doer_after_paragraph)
from ..textutil import CJK, CJK_CHAR, CLOCK, cn_number, cn_numeral, simplified
from .figures import find_figures, normalise, year_on_year
from .periods import TEXT, time_mentions

# What follows a 将 that is 把 before its object (我局将3家企业纳入…): no plan of what will be done.
_BA_AHEAD = r"[^。；！？，]{0,16}?(?:" + BA_OBJECT_VERBS + r")"
# 将 as will in a plan's turn (pattern text), never 将近 (nearly): _WILL whatever follows; _WILL_NOT_BA nor 将 as 把 before its
# verb (:data:`_BA_AHEAD`); _WILL_AHEAD nor before a counted object (我局将3家企业…). (Not grammar.WILL_JIANG: it also rules
# out a name's 将 (将乐), a pronoun object and 把 before 发放到…, which would change what these turns read.)
_WILL = r"将(?!近)"
_WILL_NOT_BA = r"将(?!近|" + _BA_AHEAD + r")"
_WILL_AHEAD = r"将(?!近|[\d一二两三四五六七八九十]|" + _BA_AHEAD + r")"

OTHER = "other"


# --- lines that are not body text -----------------------------------------------------------

META_KEYS = (
    r"索\s*引\s*号|发布机构|发文机关|发文机构|发文单位|发布单位|公文生成日期|生成日期|成文日期|成文时间|发布日期|发文日期|发表日期|发表时间|生效日期|失效日期|废止日期|"
    r"备注/文号|发文字号|发文文号|文件编号|文\s*号|信息名称|名\s*称|标\s*题|存放位置|公开日期|点击数|有效性|体裁分类|组配分类|分\s*类|公开方式|公开范围|是否同意公开|"
    r"信息类别|主题分类|责任部门|主\s*题\s*词|领导署名|领导签发|签\s*发\s*人|签发日期|签\s*发|承办负责人|承办人(?:及联系电话)?|"
    r"(?:主管|分管|责任)领导(?:人)?(?:姓名)?|(?:部门|单位)负责人|(?:具体)?经\s*办\s*人(?:姓名)?|邮\s*政\s*编\s*码|邮\s*编|"
    r"联系单位(?:及电话)?|承办单位|" + OWNER_KEYS + r"|承办|协办|(?:建议|提案)?承办(?:责任)?(?:科室|处室)|责任(?:科室|处室)|答复单位|办理部门|办理单位|处理状态|联\s*系\s*人(?:姓名)?(?:及电话|/电话|及联系电话)?|联系电话|联系方式|"
    r"电\s*话|传\s*真|抄\s*[送报]|附\s*件|答复类型|答复类别|办理类型|办理结果|办复类别|办理类别|分类标识|类\s*别|文章来源|图片来源|来\s*源|作\s*者|制\s*作|责任编辑|编\s*辑|责\s*编|投\s*稿|"
    r"发布时间|更新时间|更新日期|信息来源|浏览次数|信息公开选项|代表姓名|委员姓名|领衔代表|建议内容|日\s*期|时\s*间|"
    r"文件下载|政策原文|政策解读|意见征集"  # (a policy page's links to the file, its reading and a call for views: 文件下载：pdf下载>, hd66d)
)
META_LINE = lazy(rf"^[-*•·\s（【]*(?:{META_KEYS})\s*：")
SIGNATURE_KEYS = lazy(
    r"^[-*•·\s（【(]*(?:领导署名|领导签发|签\s*发\s*人|承办负责人|(?:部门|单位)负责人|承办人|承办单位|联系单位|联系科室|联系部门|联\s*系\s*人|联系电话|抄\s*[送报]"
    r"|(?:主管|分管|责任)领导|(?:具体)?经\s*办\s*人)"
    r"[^：:]{0,6}[：:]"
)
# A class mark on a line of its own near the title: （A类） 【乙类】 B类
CLASS_LINE = lazy(
    r"^[（【\[(]?\s*([A-Da-d]|[甲乙丙丁])\s*(?:类\s*[）】\])]?|[）】\])]\s*类)$|^[（【\[(]?\s*([A-D])\s*[）】\])]?$"
)
# A class field a page writes without its colon: 分类标识【D】, 类别 B
CLASS_FIELD_LINE = lazy(r"^(?:答复类型|答复类别|办复类别|办理类别|办理类型|分类标识|类\s*别)\s*[【\[（(]?\s*[A-Da-d]\s*[】\]）)]?\s*类?$")
DISCLOSURE_LINE = lazy(r"^（?此件.{0,8}公开）?$")
# A letter's salute, whole or broken over two lines as a page prints it (此致 / 敬礼, 致 / 礼): no heading, no text.
SALUTE_LINE = lazy(r"^(?:此?致|敬?礼)[！!。]?$")
# (a signature's date a page printed with a character lost, 2019年6月13 of 2019年6月13日, or its 年, 月 and 日 lost,
# 2025 915: a date line still, never a paragraph of the body)
DATE_LINE = lazy(rf"^{DIGIT_MONTH}(?:{DIGIT_DAY}|\s*\d{{1,2}})$|^{DASHED_DATE}$|^(?:19|20)\d{{2}}(?:\s?\d){{1,4}}$|^{CN_DATE}$")
# A page's date widget printing the month and day on a line of their own, under the year (2024 / 07/01, hd66d): groups month, day —
# a date's part, never a heading.
MONTH_DAY_LINE = lazy(r"^(0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])$")
# A title's head (关于…, 对…; not 对外, a unit's word: 对外友好协会) (pattern text).
ADDRESSED_HEAD = r"关于|对(?!外)"
# A unit's name on a line of its own (a signature, a letterhead); not a headline of an event that
# ends in 会 (…召开提案办理协商座谈会) or of a unit's founding (甘肃省合作市成立林业和草原局): a name holds no verb of
# meeting or founding.
# (a line opening with 对/关于 is a title's first line: 对丰南区第七届人民代表大会 / 第三次会议第20号建议的答复)
# (a squad is a unit too: a bureau's, 某县公安局交警大队, or one of its own, 罗甸县消防救援大队)
# (not a headline ending in a 局 that names no unit: 双台子区文化产业布局, hd38c)
# (nor a sentence telling where a place lies, ending on a part of it: 中华新路位于上海市市区北部, hd70c)
ORG_LINE = lazy(rf"^(?!.*(?:{HOLDING}|走访|出席|座谈|调研|会议|成立|挂牌|揭牌|组建|位于|地处|坐落))(?!{ADDRESSED_HEAD})(?!.*{NOT_ORGAN_WORD}$)"
                      rf"[{CJK}（）]{{2,30}}(?:局|委员会|委|厅|办公室|政府|中心|院|会|(?<![东西南北])部|处|[支大中]队)$")
# (and a mirror's credit naming its site by its domain: 都市文化界 Dswhj.com 整理发布)
# (not the words quoted in a text telling of them: “扫一扫”，充值的钱全部进入监管账户… of a news item's lede)
CHROME_LINE = lazy(r"版权所有|公网安备|(?<![“\"])扫一扫(?![”\"])|ICP备|当前位置|首页\s*>|^https?[:：]//\S+$"
                   r"|^[^。；，]{0,20}\b[A-Za-z0-9-]+\.(?:com|cn|net|org)\b[^。；，]{0,8}$")
# Whom a reply answers: a deputy or member, a collective proposer (九三学社许昌支委, a people's
# organisation: 县科协, 市工商联, 市妇联).
# (not an assembly a report is read to: 各位代表：, 各位委员：, 主任、各位副主任、各位委员：)
# (and the unit they work in after them: 苏某委员（区应急管理局）：)
# (a list of names may run long: 杨某、杨某、…、张 斌、赵某代表：)
ADDRESSEE = lazy(r"^(?:尊敬的)?(?![^：，。]*(?:各位|全体|诸位))(?:[^：，。、]{1,5}、)*[^：，。]{1,24}?(?:代表团|代表|委员|同志|先生|女士|支委|总支|支部|委员会|界别|小组"
                       r"|科协|工商联|侨联|妇联|台联|文联|青联|社科联|总工会|" + CPPCC_COMMITTEE + r")们?(?:您好|你好)?(?:（[^（）：]{2,24}）)?：$")
OPENING_END = lazy(r"(?:答复|函复|意见|回复)如下(?:：|(?=[对关目经根按我近为在]))|作如下(?:答复|回复)：")  # (or its colon lost: …现将办理情况答复如下对于提案…)
# Who a report is presented for, and to whom (受县人民政府委托，现在我向各位报告2023年财政决算…; 受区人民政府委托，我向大会报告…;
# 受区人民政府委托，现将…预算草案提请区九届人大五次会议审议…): how it is delivered, no work.
# (or for whom alone, no one's trust named: 现在，我代表市人民政府向大会报告政府工作，请予审议…, hd44a; a comma before 向 too:
# 现在，我代表市人民政府，向大会报告工作，请予审议…, hd56c; whatever it opens on: 我代表市人民政府向大会作工作报告，请予审议…,
# 我受市政府委托，向大会报告全市2023年…，请予审议。, hd57c — never a pledge made, 向大会作出承诺)
_PRESENTED = r"向[^，。；]{1,12}(?:报告|汇报|作(?!出))"
PRESENTING = lazy(rf"^(?:现在，?)?我?(?:受[^，。；]{{2,16}}委托，?(?:(?:现在，?)?我(?:代表[^，。；]{{2,16}}，?)?)?{_PRESENTED}"
                  r"|受[^，。；]{2,16}委托，现将[^。；]{2,80}?(?:提请|提交|报请)[^。；]{0,30}?(?:审议|审查|审阅))"
                  rf"|^(?:现在，?)?我代表[^，。；]{{2,16}}，?{_PRESENTED}")
# How far into a long paragraph its opening formula may end (the addressee, greeting, item and thanks before it).
MAX_OPENING = 300
# A paragraph that lost its full stops (a reposted news item's) is still prose when it is this long and has clauses.
MIN_UNSTOPPED = 100
# (and a reporter's day: 记者13日从西藏人大会议上获悉; an outlet's dated message, 央广网济南5月13日消息(记者李舜), hd59a)
# A paper's story reprinted, its lede naming the paper (据《吴忠日报》消息 8月10日，…, hd44b): news, the paper its publisher (group).
REPRINTED = rf"据《?([{CJK}]{{1,10}}?(?:报|网|社|台|在线|客户端))》?(?:消息|报道)"
NEWS_LEDE = lazy(r"讯\s*（|讯\s*[（(]?记者|记者\s*\S+\s*报道|电（记者|\d{1,2}日(?:电|消息)\s*[（(]|网讯\s*(?:\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年)|(?:^|\n)[^，。\n]{2,12}[网报台]讯\s*[：:\s]"
                 r"|(?:^|\n)记者(?:\d{1,2}月)?\d{1,2}日(?:从|在|获悉)"
                 rf"|(?:^|\n){REPRINTED}")


# A page's timestamp alone on a line (2021-9-5 08:30:12): when something was posted, not a date
# the document is signed.
TIMESTAMP_LINE = lazy(rf"^{DASHED_DATE}\s+{CLOCK}$")


# A news item's credit line (文/羊城晚报全媒体记者 徐振天, 图/羊城晚报全媒体记者 曾育文, 图／新华社; a photo report's, 摄影报道 | 河北日报
# 记者 田明, hd49b): who wrote it or took its picture — no heading, no fact; the page is a news outlet's.
CREDIT_LINE = lazy(rf"^(?:[文图]|图文|摄影(?:报道)?)\s?[/／|｜]\s?[^，。；：/／]{{0,20}}?(?:记者|通讯员|摄影|[报网台社])\s?(?:[{CJK}]{{2,4}}(?:[\s、][{CJK}]{{2,4}})*)?$"
                   rf"|^文\s?[/／]\s?[{CJK}]{{2,4}}\s+(?:摄影|图)\s?[/／]\s?[{CJK}]{{2,4}}$"  # (文/王鲲鹏 摄影/亓怀斌)
                   # (the reporters under their role and a bar, closing the page: 记者|董建新 董天力 姜伟, hd48e)
                   rf"|^(?:{'|'.join(REPORTER_ROLES)})\s?[|｜]\s?[{CJK}]{{2,4}}(?:[\s、][{CJK}]{{2,4}})*$")


def is_meta_line(text: str) -> bool:
    """A key: value line (or a key alone), 附注, signature unit or date, a timestamp, a byline, or web chrome: never a fact (a mirror's
    in traditional characters too: 聯系人姓名及電話：…)."""
    t = simplified(text.strip())
    return bool(
        META_LINE.match(t) or DISCLOSURE_LINE.match(t) or DATE_LINE.match(t) or MONTH_DAY_LINE.match(t) or CLASS_LINE.match(t) or SALUTE_LINE.match(t)
        or CLASS_FIELD_LINE.match(t)
        or ORG_LINE.match(t) or CHROME_LINE.search(t) or TIMESTAMP_LINE.match(t) or CREDIT_LINE.match(t) or FIELD_NAME.match(t)
        or AUTHOR_BYLINE.match(t) or SITE_DATELINE.match(t)
    )


# --- headings -------------------------------------------------------------------------------


def _reports(head: str) -> bool:
    """A numbered first sentence of clauses with figures (今年承办人大代表建议共58件，其中已公开
    42件), or with a figure after its topic and colon (“主导+特色”产业方面：…产值目标201亿元), reports; a
    heading names a topic (（一）加强研发投入。)."""
    norm = normalise(head)
    after = norm.split("：", 1)[1] if "：" in norm else ""
    figures = find_figures(head)
    # (a first clause ending in its figure reports too: 一、2017年—2018年对病害严重的路段组织改建完成了173.826公里；…)
    # (and a sentence saying what was done to its figure's things: 1. 今年我局优化了2条公交线路。258路…; a heading names a
    # topic, never work done)
    return (("，" in norm or norm.rstrip().endswith(figures[-1].raw) or bool(DONE_TO_A_FIGURE.search(norm))) if figures
            else False) or bool(after and find_figures(after))


# A first sentence of clauses opening on the whole place, what it achieved (2.全市夏粮再获丰收，面积、单产、总产实现“三增”。种植面积…):
# a statement, whose subject its next sentence's figures are of, no heading (a heading names the work: 优化…，推动…).
SCOPE_STATEMENT = lazy(rf"^(?:{words(LOCAL_SCOPES)})[^，。；：！？]+，[^。；：！？]+。")
# A verb's perfective 了 or 已 before a figure: what was done, said as a sentence (优化了2条, 已建成5个).
DONE_TO_A_FIGURE = lazy(r"(?:(?<![为除])了(?![解]))|已(?!经?[有是])")


# (rank, pattern) — a smaller rank is an outer level: the grammar's heading numbers (一、 （一） 1.
# （1）, a redundant stop after a bracket taken with it), 1.1 between 1. and （1）, and ①.
_RANKS = {"一、": 1, "（一）": 2, "1.": 3, "（1）": 4}
MARKERS = tuple(sorted(
    [(_RANKS[label], lazy(f"^{rx}" + ("[、．.]?" if label.startswith("（") else ""))) for label, rx in HEADING_NUMBERS]
    + [(3.5, lazy(rf"^{SUBSECTION_NUMBER}\s?")), (5, lazy(f"^{CIRCLED_NUMBER}"))],
    key=lambda marker: marker[0],
))
# News sub-heads numbered without a stop (1提升科技…); a digit before a counter counts things, a figure opening its line
# (5个县（市）创建成为省级森林城市, 13个国省考地表水断面…, hd49b), never an item's number.
BARE_DIGIT = lazy(rf"^\d{{1,2}}(?=[{CJK}])(?!{words(COUNTERS)})")
UNMARKED_RANK = 9
# A label in square brackets opening a paragraph, a yearbook's entry or a column's (【后勤管理】 2021年，…): a heading (never a
# placeholder's mark, 【待补充：…】, which holds a colon).
ENTRY_LABEL = lazy(r"【([^【】：:\s]{2,12})】\s*(?=\S)")
# A lead giving what a leader or a meeting directed (李萍副区长作出以下主要指示：一是加快推进…；二是…): its
# items are the directions, context of the work, never work done.
INSTRUCTED = lazy(r"(?:长|书记|主任|主席|领导|会议|会上)[^。；]{0,12}?(?:指示|要求|强调|指出|部署)[^。；，]{0,8}?[：:]$")
# A lead ending on who stressed or required what its items say (服务组强调，一是要保供水，…, hd50b; 会议要求：): its items saying what
# must be done (:data:`MUST_ITEM`) are what the meeting set, plans.
STRESSED_LEAD = lazy(rf"{SPEECH_VERB}[^。；，：]{{0,8}}?[，：]$")
MUST_ITEM = lazy(rf"(?:{ITEM_NUMBER})(?:{MUST_YAO}|必须|务必)")
# A lead announcing the features of what is described (今年的人大建议和政协提案有以下几个特点：一是代表关注点较为广泛…): its
# items say what the thing is like (what deputies asked about), never work done.
FEATURES_LEAD = lazy(r"(?:以下|如下|下列|[一二三四五六七八九十几两]个|几点|主要)(?:方面的?)?(?:特点|特征)[：:]$")
# A lead whose last sentence names the causes of what happened (但是由于多方面原因导致了该项计划没有继续推进。一是因为…遇到了阻碍；
# 二是…资金补助压力较大。, hd46a; 原因主要有以下几点：): its items are the reasons, context, never work done — not a lead
# answering them (针对上述原因，我局采取了以下措施：) nor one whose causes only set the scene (由于疫情原因，我局开展了以下工作：).
CAUSES_LEAD = lazy(r"(?:^|[。；！？])(?![^。；！？]*(?:针对|为此|措施|解决))[^。；！？]*?(?:(?:由于|因为|因(?![此而]))[^。；！？]{0,16}?原因"
                   r"[^。；！？]{0,30}?(?:导致|造成|致使|未能|没有|无法|难以|尚未|暂未)|原因(?:主要)?(?:有|是|在于|如下))[^。；！？]{0,30}[。：:]$")
SENTENCE_END = "。！？；"
HEAD_MAX = 40  # a heading leading a paragraph is at most this long
# A numbered line naming the suggestion it answers (一、“增加生态护林员指标，在原有的基础上增加30名”的建议):
# a heading, its figures the ask's.
RESTATED_ASK = lazy(r"(?:关于)?[“\"][^”\"]+[”\"]的(?:建议|提案|意见)[。：]?")
ASIDE = lazy(r"[（(][^（）()。]*[）)]")  # a bracketed note after a sentence (who is responsible)
# A numbered item opening on the ask it answers, quoted (一、针对您提出的“建议…基地。联合…活动”。团区委…): a heading however
# long, the quote's sentences the deputy's.
ASK_HEAD = lazy(r"(?:针对|关于|对)(?:您|你们?|代表|委员)?(?:提出|所提|提)的?[“\"][^”\"]+[”\"]")


# What a numbered line's first sentence was done for, said after it (…对陵园进行改扩建。以满足烈士亲属将烈士迁葬于烈士陵园的意愿。):
# that sentence is the statement it completes, no heading over it.
PURPOSE_TAIL = lazy(r"(?:以便?|从而|借以|用以)(?:满足|保障|确保|利于|方便|便于|促进|实现|达到|解决|提高|提升)")
# A numbered line saying which of the asks its section answers, however long the asks it quotes (一、对第2“筹备举行…讲座。、
# 第3“开展慰问活动。…”的答复意见): a heading, the deputy's words no statement of the bureau's.
ANSWER_HEAD = lazy(r"(?:对|关于|针对)[^。；！？]{0,12}?[“\"].*[”\"]的?(?:答复|办理|回复|落实)(?:意见|情况)[：:]?")


# A heading a page's flattening ran into its paragraph, a space its only end (一、积极响应政策,统筹规划,科学编制“十四五”及2022年
# 老旧小区改造计划 自2021年以来,…。 of 滕州市住建局's 2022 reply 50): the heading up to the space, no sentence stop before it.
SPACED_HEAD = lazy(rf"([^\s。；！？：]{{4,{HEAD_MAX}}}?[{CJK}”）])\s+(?=[{CJK}\d“])")


def _head_cut(norm: str, pos: int) -> tuple[int | None, int]:
    """Where a numbered paragraph's heading ends (its first sentence's end, not one inside quotes: a 。 closing the
    quote, 。”, ends it after the quote) and where the text after it starts; (None, len) when no sentence ends."""
    depth, first = 0, None
    for k in range(pos, len(norm)):
        c = norm[k]
        if c == "“":
            depth += 1
        elif c == "”":
            depth = max(0, depth - 1)
        elif c in SENTENCE_END:
            first = k if first is None else first
            if depth == 0:
                return k, k + 1
            if depth == 1 and norm.startswith("”", k + 1):
                return k + 2, k + 2
    return (first, first + 1) if first is not None else (None, len(norm))  # (quotes left open: the first end)

CLASS_WORDS = (
    (PLAN, NEXT_OR_LATER + r"|工作计划|工作安排|工作打算|工作思路|工作要点|工作设想"
           r"|^[^和及与]*?拟(?:采取|开展|实施)"  # (二)拟采取的办理落实措施情况, not …共识和拟采取的…情况 (a part of both)
           # (not a plan drawn up, the work a heading names: 科学编制“十四五”及2022年老旧小区改造计划)
           r"|^(?![^。；]*(?:编制|制定|制订|印发|出台)[^，。；]*计划$).*(?:计划|打算|安排|思路|展望)$|.(?:目标|目标任务|重点工作|重点任务|主要任务)$"),
    (PROBLEM, r"存在的?问题|主要问题|困难和问题|问题[和与及]不足|瓶颈|(?<![补齐])短板|不足|薄弱环节|差距|挑战|(?<![映出提到]的)问题$|面临的?困难|存在的?困难"),
    (DONE, r"基本情况|主要做法|完成情况|工作总结|总结|成效|做法|进展|开展情况|推进情况|工作情况|落实情况|办理情况|回顾|成绩|亮点"
           # (a heading on the progress made, 2.建设进度, hd45c; not a plan's schedule: 进度安排, 二、时间进度, （四）实施进度, 进度计划)
           r"|(?<!时间)(?<!实施)(?<!计划)进度$|进度情况$"
           # (a head opening on the handling of problems names that work: (二)及时处理回复农村养殖污染信访问题)
           r"|^[^，。；]{0,8}?(?:处理|解决|整改|化解|查处)[^，。；]*问题$"
           # (a plan's account of the base it starts from, what was built: （一）发展基础 of a 实施方案's 一、实施背景, hd70c —
           # not a task to lay one: （一）夯实发展基础)
           r"|(?:^|[、）)．.]\s*)(?:发展|工作|现实)?基础$"),
    # a case argued (1.实施治理的必要性) or a view agreed ((一)形成的共识情况) reports no work
    # (nor do the lessons an article draws: 三、视力普查的成果与启示)
    # (nor does how the item was handled: 一、对本提案的办理概述 / （一）与代表见面…（三）集体讨论…)
    (CONTEXT, r"背景|概况|形势|现状|必要性|可行性|重要性|^[^和及与]*共识(?:情况)?$|启示$|办理(?:概述|过程|经过)$"),
)
_CLASS_RE = [(cls, lazy(p)) for cls, p in CLASS_WORDS]

PLAN_SWITCH = lazy(rf"^(?:[^，。：]{{0,10}}，)?({NEXT_OR_LATER})")
# The same turn after a sentence inside a paragraph.
# (or a sentence saying what is planned: …。对娄宫江沿线畜禽养殖场今年计划清迁6家。 …；2020年我们…，计划完成37条…
# — not the plan a figure was measured against: 完成计划投资, 按计划完成, 年度计划, 超计划)
# (or, after a clause's comma, a clause opening on what is planned for a time to come: …同比下降2.41%，今年我市还计划改造…3561间。,
# …成功培育2家，2022年拟培育30家,
# …累计完成改造5.52万间，今年将继续改造1.5万间: the year's plan, no part of the result before it)
# (a bare 计划 is not enough: …新开工项目12个，计划总投资5亿元 is the projects' size, …，计划完成率95% a measure)
_PLAN_LEAD = rf"(?:今年|明年|年内|下半年|{NEXT_STEP})"
# A sentence opening on what is being planned now (正在加紧谋划“一纵两横”…3条新道路建设，力争3月开工。, hd52b): a plan of that sentence alone.
PLANNING_NOW = r"[^。；！？，]{0,12}?" + NOW_ZHENG + r"在?(?:加紧|积极|全力|抓紧)?(?:谋划|筹划)"
_PLANNING_NOW = lazy(PLANNING_NOW)
# A clause saying what its subject is expected to reach (全市技术合同成交额预计突破150亿元): a forecast, no result. 预计 with
# a verb of reaching or changing (its time may come between: 预计年底完工); not 预计 before a noun, a result measured against
# a forecast or a project's size (全年完成预计目标的120%, 预计总投资).
_FORECAST_TIME = r"(?:(?:(?:19|20)?\d{2}年|全年|年内|年底|今年|明年|年度|\d{1,2}月)(?:底|初|中|上半年|下半年)?)*"
FORECAST = (r"[^，。；！？]{1,20}?预计(?=" + _FORECAST_TIME + r"(?:可|将|能够?)?"
            r"(?:达到?|增长|突破|完成|实现|超过?|增加|下降|减少|提高|提升|上升|降低|新增|带动|节约|建成|完工|竣工|开工|投用"
            r"|投入使用|于|在|到|为))")
_FORECAST = lazy(FORECAST)
BARE_PLAN = r"计划(?=(?:实施|新建|建设|改造|开工|启动)[^，。；！？]*?\d)"
_BARE_PLAN = lazy(BARE_PLAN)
_PLAN_SUBJECT = r"(?:我[市区县局委办]|该[省市区县局]|全[省市区县])"
_COMMA_PLAN = (rf"(?:(?:{_PLAN_LEAD}|(?:19|20)\d{{2}}年度?){_PLAN_SUBJECT}?(?:还|也|同时)?|{_PLAN_SUBJECT}(?:还|也|同时)?|还|也|同时)"
               r"(?:计划|拟)(?!定|订|任务|目标|生育|单列|内|外|中|的|[^，。；]{0,6}(?:率|比例|比重|进度))|拟(?!定|订)"
               # (or a bare 计划 before work with its planned figure, whatever came before: …签订合作框架协议，计划实施城南6平方公里土地
               # 一级开发 of 滕州市住建局's 2022 reply 48 — not a project's size, 计划总投资5亿元)
               r"|" + BARE_PLAN +
               # (or what is aimed at or expected: …增长18%，力争2026年突破100亿元; …，预计全年完成… — not funds won, 力争取到上级资金5亿元)
               r"|(?:(?:19|20)\d{2}年度?)?(?:" + STRIVE + r"|预计)"
               # (or its subject first: …认定高新技术企业301家，全市技术合同成交额预计突破150亿元，增幅居全省首位 — a forecast, no
               # result; not a project's size, 预计总投资)
               r"|" + FORECAST +
               rf"|{_PLAN_LEAD}{_PLAN_SUBJECT}?(?:还|也)?将(?:继续|进一步|持续)"
               # (or the bureau saying what it will do, after what is lacking: …暂没有经费解决…，我们将积极向省、市业务部门上报反映…;
               # its time to come with it, 今后，我局将…: the turn before 今后, never after it)
               r"|(?:" + NEXT_OR_LATER + r"，?)?(?:我们|我[局委办])(?:还|也)?" + _WILL_AHEAD +
               # (or a year's clause whose work is a plan issued: …17口大中型塘坝进行了治理，2020年度，对…4条中型沟渠及…21座大中型塘坝
               # 下达了实施计划。 — what that year is to see, not done)
               r"|(?:19|20)\d{2}年度?，(?=[^。；！？]{0,80}?下达了?[^。；！？，]{0,4}计划(?:[。；！？]|$))"
               # (or a clause opening on the next step, after the figures done so far: 截至目前，…已经铲除…菜地面积3700余平方、…，
               # 下阶段，县城管执法部门将…, hd38b)
               r"|" + NEXT_STEP + r"(?:工作)?[，：]")
# 计划 as planning to do, not the noun of a plan kept to or done (按计划, 原计划, 年度计划, 完成计划, 超计划, 下达的计划) nor the
# object of 对, what a plan holds (2023年已由各街道牵头对计划改造老旧小区…进行了调查摸底).
PLANNING_WORD = r"(?<![按原度照成超的对])计划"
PLAN_TURN = lazy(r"(?:[。；！？]\s*|，(?=" + _COMMA_PLAN + r"))((?<=，)|" + NEXT_STEP + r"(?:工作)?[，：]?|今后[，：]"
                 # (its scope named first: 该项目计划在26个乡镇568个村范围内建设农村污水处理设施, of 天门市生态环境局's 2020 reply)
                 r"|(?=[^。；！？]{0,40}?" + PLANNING_WORD + r"(?:在[^。；！？，]{1,24}?范围内|(?:于|在|到)?[^。；！？，]{0,6}?)"
                 r"(?:完成|实施|建设|投资|投入|新建|改造|开工|启动|清迁|建成|开展))"
                 # (or one waiting on a condition for what will be done: …，待下级下达任务后，将及时组织实施。; 只能纳入项目库，
                 # 待上级有这方面的投资，我们将优先解决。)
                 # (or one opening on what the bureau will do, or anyone this year: …目前暂时没有排渠项目。今年我们将在水利冬春修项目
                 # …争取…; …但具体施工时间暂未确定。我局将紧盯上级投资风向… — not 将 as 把: 我局将3家企业纳入…)
                 # (or the bureau or its place, then its time to come: …配套的小学和幼儿园。我县今后将进一步推进…)
                 r"|(?=(?:(?:今年|明年|年内|下半年|近期)，?(?:我们|我[市区县局委办]|我单位)?|(?:我们|我[市区县局委办]|我单位)" + NEXT_OR_LATER + r"?，?)(?:还|也)?"
                 + _WILL_AHEAD + r")"
                 # (or a sentence opening on a year, then who will act, its unit named in full: …一致好评。2023年，鄂尔多斯市民政局将
                 # 以…为指引，再实施1000户…改造 — what that year is to see as :func:`year_ahead` decides, in :func:`_plan_turn`)
                 r"|(?=(?:19|20)\d{2}年，(?:我们|我[市区县局委办]|我单位|[^。；！？，\d]{2,16}?[" + ORGAN_CHARS + r"])(?:还|也)?" + _WILL + r")"
                 # (its condition run into who will act, no comma: …。待项目资金下达我们会及时开展…工程建设。 of 牟定县水务局's reply 74)
                 r"|(?=[^。；！？]{0,40}?待[^。；！？]{1,24}?(?:[，,][^。；！？]{0,12}?|(?:后|时)?，?(?:我们|我[市区县局委办]|我单位)(?:还|也)?)"
                 r"(?<!已)(?:" + _WILL + r"|会(?=及时|积极|尽快|立即|第一时间|优先|按|组织|开展|实施|启动)))"
                 # (or what whoever it names will do to further the work, its purpose first: …未能继续发挥积极作用。为进一步加强科技工作，
                 # 县委、县政府将迅速调整充实…)
                 r"|(?=为了?进一步[^。；！？，]{1,30}，[^。；！？，]{0,12}?(?<!已)" + _WILL_AHEAD + r")"
                 # (or a sentence saying what will also be done, whatever its long subject: …。我区正在编制的《…规划》以及后续的…
                 # 管理过程中也将充分考虑闲置村委办公场所的盘活利用。) — its 将 not before a pronoun either (也将其纳入…: 把)
                 r"|(?=[^。；！？，]{0,60}?[也还]将(?![\d一二两三四五六七八九十其该这此它]|近|" + _BA_AHEAD + r")"
                 r"[^。；！？]*[。！？]?$)"
                 # (or a sentence opening on what is proposed, after the plan or order it follows: …改善了园区交通运输条件。同时根据县政府
                 # 工作部署，拟在青云工业园区建设第三污水处理厂，该项目拟投资4500万元…; or after its purpose: …正在打造1个：锦疆现代农业园区。
                 # 为进一步扩大我区农业产业优势，我们计划下一步在以下几个方面加大工作力度。 of 丰南区's reply 17, hd41a; or on the year it is proposed, planned, aimed at
                 # or expected for: …成功培育…示范基地2家。2022年拟培育认定市级农业科技示范基地30家。, 2023年力争…, 预计全年…)
                 # (or on a plan's span: …科学编制了2021-2025年老旧小区改造计划。“十四五”期间，拟对全市…184个老旧小区进行改造 of
                 # 滕州市住建局's 2022 reply 50)
                 rf"|(?=(?:{words(SHORT_ADDING_WORDS)})?，?(?:(?:{words(BASIS_WORDS)}|为了?进一步)[^。；！？，]{{1,30}}，)?(?:(?:19|20)\d{{2}}年度?|今年|明年|年内|下半年|" + PLAN_OR_YEARS_SPAN + r")?，?"
                 r"(?:我们|我[局委办市区县])?(?:还|也)?(?:拟(?!定|订)|" + STRIVE + r"|预计|计划(?![的表中内外]|任务|目标|生育|单列)))"
                 # (or on what is expected of its subject: …稳产保供根基稳固。小春粮食作物产量预计增长10%，… of 广汉's 2025 half-year
                 # report — a forecast, no result; not a project's size, 预计总投资)
                 r"|(?=" + FORECAST + r")"
                 # (or on what is being planned now: …督促各项目按时间节点完成施工任务。正在加紧谋划“一纵两横”…3条新道路建设，力争3月开工。
                 # — the roads to come, hd52b)
                 r"|(?=" + PLANNING_NOW + r"))")


_SENTENCE_STOP = lazy(r"[。！？]")
# A topic phrase opening its sentence, a comma after it (普通国省干线公路项目，计划新建续建20条段530公里…; 在高速公路方面，…): the
# matter the sentence is on, no statement of its own — a plan turning after its comma takes it along (hd58a: it was a fact alone).
TOPIC_OPENING = lazy(r"[^，。；：！？\d“”]{2,16}?(?:项目|工程|方面|领域)，")


def _turn_cut(norm: str, turn: re.Match, floor: int) -> int:
    """Where the plan ``turn`` (:func:`_plan_turn`) begins, from ``floor`` on: its own cut, or, where it turns after the comma
    closing the topic phrase its sentence opens on (:data:`TOPIC_OPENING`), that sentence's start."""
    cut = turn.start(1)
    if norm[turn.start()] != "，":
        return cut
    opening = max(floor, *(norm.rfind(c, 0, turn.start()) + 1 for c in "。；！？\n"))
    opening += len(norm[opening:cut]) - len(norm[opening:cut].lstrip())
    return opening if TOPIC_OPENING.fullmatch(norm, opening, cut) else cut


# A paragraph's first sentence saying what the bureau (or its place) will do this year or next (今年我局将围绕…继续推进…).
OPENING_PLAN = lazy(r"(?:今年|明年|" + NEXT_OR_LATER + r")，?(?:我们|我[市区县局委办])?(?:还|也)?" + _WILL_NOT_BA
                    + r"[^。！？]*[。！？]")
# A later sentence opening on a time just past, what was done in it (近几个月来，…; 今年以来，…; 前期，…): the paragraph goes back to work done.
PAST_TURN = lazy(r"(?<=[。！？])\s*(?:近[几一两三四五六]个月(?:以)?来|近期以来|今年以来|年初以来|前期|此前|近年来)，")


# A year's result estimated (预计全年…增长8%, 预计2024年…; its measure first, 万元生产总值能耗预计下降3.5%, hd32b, or between, 预计地区
# 生产总值增长2%, hd66a) under a heading reviewing that year in a document of a later year (一、2024年工作回顾 of 大冶市's 2025 政府工作
# 报告) or of that year, the whole year (（一）2021年国民经济和社会发展计划目标完成情况): its figures its estimated results, no forecast.
ESTIMATED_YEAR = lazy(r"(?:(?:19|20)\d{2}年度?)?，?(?:[^，。；！？]{1,20}?)?预计(?:全年|((?:19|20)\d{2})年"
                      r"|[^，。；！？\d]{0,12}?(?=下降|增长|完成|实现|达到?|突破|超过|提高|降低|减少|增加|上涨|上升))")
# A part of a year a heading reviews (2021年上半年工作总结, 1-10月): no whole year's result yet.
_PART_OF_YEAR = lazy(r"[上下]半年|季度|\d{1,2}月")


def reviewed_year(labels: list[str], year: int | None) -> int | None:
    """The year a done heading of ``labels`` (a section's, outermost first) names when it is before the document's ``year``
    (一、2024年工作回顾 in 2025), or is that year, whole (:data:`_PART_OF_YEAR`): the year its section reviews."""
    for label in reversed(labels):
        said = SAID_YEAR.search(label) if heading_class(label) == DONE else None
        if said and year and (int(said.group(1)) < year or (int(said.group(1)) == year and not _PART_OF_YEAR.search(label))):
            return int(said.group(1))
    return None


# A word of the document's own year or the next (今年, 年内, 明年): a paragraph saying one tells of more than a year past; and an
# estimate naming its year (预计2022年新增高企1100家左右 of a page of 2023-01-05: a forecast as its lede's, hd23).
_NO_YEAR_PAST_ALONE = lazy(rf"{words(THIS_YEAR_WORDS, IN_YEAR_WORDS)}|明年|预计(?:19|20)\d{{2}}年")


def paragraph_reviewed(norm: str, year: int | None) -> int | None:
    """The year before the document's ``year`` that the paragraph ``norm`` tells of, when it names no later one, nor its own
    year by a word, nor the year of an estimate (:data:`_NO_YEAR_PAST_ALONE`): 刚刚过去的2020年，是池州发展历程中极不平凡的一年。…
    预计全年增长4%以上 of a report of 2021-01-17 reviews 2020, its 预计全年 that year's estimate (hd65d). The year is one its
    statements speak of (:func:`~.periods.time_mentions`), not an honour's, a base's or a founding's: …获评2024年全省粮油千亩
    高产先进县 in 广汉's report on 2025's first half tells of no year past, its 小春粮食作物产量预计增长10% a forecast (hd20b)."""
    said = latest_year(norm)
    return said if (year and said == year - 1 and not _NO_YEAR_PAST_ALONE.search(norm)
                    and any(a == b == said and basis == TEXT for _, a, b, basis in time_mentions(norm, year))) else None


def estimates_year(norm: str, pos: int, reviewed: int | None) -> bool:
    """Whether ``norm`` at ``pos`` estimates the result of the year ``reviewed`` (:data:`ESTIMATED_YEAR`)."""
    estimate = ESTIMATED_YEAR.match(norm, pos) if reviewed else None
    return bool(estimate) and int(estimate.group(1) or reviewed) == reviewed


# A sentence telling what an event's guests will do there, its subject those attending (出席第十七届苹果艺术节的驻华使节还将担任
# “…形象大使”, 与会嘉宾将参观…, hd62b): the event's programme, no plan of the bureau's.
GUESTS_WILL = lazy(r"(?:(?:出席|参加|应邀)[^。；！？，]{2,40}?的[^。；！？，]{0,8}?(?:使节|大使|嘉宾|来宾|客商|代表|专家|学者)"
                   r"|与会(?:嘉宾|代表|人员|专家|领导))(?:们|一行)?[也还]?将")


def _plan_turn(norm: str, pos: int, year: int | None = None, reviewed: int | None = None) -> re.Match | None:
    """The first :data:`PLAN_TURN` in ``norm`` from ``pos``: one after a comma only where its sentence has reported a
    figure before it (…同比下降2.41%，今年我市还计划…; not the year opening a plan, 2022年，我市计划…) or is a bare 计划 before work
    and its figure (:data:`BARE_PLAN`: …签订合作框架协议，计划实施城南6平方公里…); not a sentence opening on a year, then who 将,
    that the document of ``year`` reports as done (:func:`year_ahead`: 2022年，…民政局将养老服务补贴足额发放到户 of a 2023 summary,
    or 2023年，…将养老服务补贴发放到位 — 将 as 把, what was done that year); nor the estimate of the year ``reviewed``
    (:data:`ESTIMATED_YEAR`); nor what an event's guests will do there (:data:`GUESTS_WILL`)."""
    for m in PLAN_TURN.finditer(norm, pos):
        if GUESTS_WILL.match(norm, m.end()):
            continue
        said = YEAR_SUBJECT_WILL.match(norm, m.end())
        if said and not year_ahead(int(said.group(1)), year, norm, said.end()):
            continue
        if estimates_year(norm, m.end(), reviewed):
            continue
        if norm[m.start()] != "，":
            return m
        opening = max(norm.rfind(c, 0, m.start()) for c in "。；！？\n") + 1
        if (reports_figure(norm[opening:m.start()]) or LACKING.search(norm[opening:m.start()])
                or _BARE_PLAN.match(norm, m.end())):
            return m
    return None




def reports_figure(span: str) -> bool:
    """Whether a clause of ``span`` tells a figure as it stands: not one of what is to be (此次…一期工程，将涵盖…5个中心镇, hd50b:
    what the project will cover, no result a plan after it turns from)."""
    return any(not TO_COME.search(c) and find_figures(c) for c in span.split("，"))


def _forecast_end(norm: str, cut: int, end: int) -> int | None:
    """Where a forecast opening at ``cut`` (:data:`FORECAST`) ends before ``end`` when a later clause of its sentence reports a
    figure of a thing of its own (小春粮食作物产量预计增长10%，稻茬小麦万亩连片最高单产688.9公斤，…): after its comma (or after the
    ； before that figure), what follows a result again; a clause telling the forecast's change or rank (…预计突破150亿元，增长12%;
    增幅居全省首位) stays with it."""
    if not _FORECAST.match(norm, cut):
        return None
    stop = _SENTENCE_STOP.search(norm, cut)
    last = min(end, stop.end() if stop else end)
    commas = [m.end() for m in re.finditer("，", norm[:last]) if m.start() >= cut]
    for comma, after in zip(commas, [*commas[1:], last]):
        figures = find_figures(norm[comma:after])
        if figures and figures[0].counts and not _CHANGE.match(figures[0].counts):
            # (not where a pause comes first: the clause after the comma, no subject of its own, is the forecast's, to its ；
            # — 万元生产总值能耗预计下降3.5%，完成省下达任务；主要污染物…；居民消费价格总水平上涨0.2%, hd32b)
            pause = norm.find("；", comma, comma + norm[comma:after].find(figures[0].raw))
            return pause + 1 if pause >= 0 else comma
    return None


# A figure telling how another changed (增长12%, 同比下降, 较上年提高, 增幅): its clause no thing of its own.
_CHANGE = lazy("同比|环比|较|比|增幅|降幅|上升|" + "|".join(CHANGE_VERBS))


# A sentence opening on a year, then who will act (2023年，鄂尔多斯市民政局将…): a plan only for a year to come (:func:`year_ahead`).
# (not one planning first, 2023年，我局计划将…: a plan whatever its 将)
YEAR_SUBJECT_WILL = lazy(r"((?:19|20)\d{2})年度?，(?:(?!计划)[^。；！？，\d拟]){0,16}?(?:还|也)?将")
_NO_BA = lazy(NOT_BA)


def year_ahead(said: int, year: int | None, norm: str, will_end: int) -> bool:
    """Whether what a sentence of ``norm`` opening on the year ``said``, then who 将 (ending at ``will_end``), tells is what that
    year is to see, in a document of ``year``: a later year's, whatever its 将; never an earlier year's (a summary's past 将 is
    work done); the document's own year's (or any, ``year`` unknown) where 将 is no 把 (2023年，…民政局将养老服务补贴发放到位 in a
    2023 summary is done)."""
    if year is None or said == year:
        return bool(_NO_BA.match(norm, will_end))
    return said > year


# A year the document speaks of — not a target's (到2035年, 力争2027年) nor a range's end (2021—2025年).
_SPOKEN_YEAR = lazy(r"(?<![到至争—\-~－])((?:19|20)\d{2})年")


def latest_year(text: str) -> int | None:
    """The latest year ``text`` speaks of (:data:`_SPOKEN_YEAR`), if any."""
    return max((int(y) for y in _SPOKEN_YEAR.findall(text)), default=None)


# A clause saying what is lacking for the work (法召片区暂没有经费解决贵代表提出的建议，我们将积极向…上报反映…): what the plan after
# its comma answers, no result of its own.
LACKING = lazy(r"(?:暂时?|目前|尚|还)(?:没有|无)[^，。；]{0,6}?(?:经费|资金|项目|计划)")


# A sentence saying the work asked cannot be done for now (由于县级财力有限，一时难以解决。; 目前，…，你所提的建议暂不能解决。): a
# problem, a unit of its own in a paragraph that reports work (or plans it) around it.
# (or the conclusion drawn from how things stand: …该处道路狭窄，铺设排水管线有可能对周边房屋基础造成安全隐患，所以无法铺设下水管线。)
# (its plea for understanding with it: …此建议一时还不能解决，请您谅解。)
OBSTACLE_SENTENCE = lazy(r"(?:^|(?<=[。；！？]))[^。；！？]*?(?:(?:暂时?|一时|目前|尚|还)+(?:不能|难以|无法|不好)(?:解决|实施|落实|安排|满足)(?:，请(?:您|你们?)(?:谅解|理解))?"
                         r"|(?:所以|因此|故|因而)(?:暂时?|目前)?(?:不能|难以|无法)(?:铺设|建设|修建|实施|安装|开通|设置)[^。；！？，]{0,12}"
                         # (or the means the bureau now lacks: …，目前我们已无申报坑塘及田间工程项目的权限和资金来源。)
                         r"|(?:目前|现在|暂时?)(?:我们|我[局县区市])?已?(?:无|没有)[^。；！？，]{0,20}?(?:权限|资金|经费)(?:来源)?)[。；！？]")
# A sentence stating a shortfall of the work, not one it overcame (…，对一些因雨季受损公路维修不到位，导致群众出行存在安全隐患。; 尽管我市
# …发展较快，但总体上品牌创建仍然较散…，缺乏在全国有知名度的强势品牌。): how things stand, a unit of its own as an obstacle is —
# context, never a result, nor the reason an obstacle gives. (Or what the consequence leaves standing where it should not: …并未划定
# 保护范围和建设控制地带，造成目前长城本体和保护范围、建控范围内存在大量早期修建的民房、墓地、道路等。 of 榆林's 67号, hd57b: 存在
# the verb, not 存在的… naming a thing; there the page stopped, its sentence ends with the paragraph.)
SHORTFALL_SENTENCE = lazy(r"(?:^|(?<=[。；！？]))[^。；！？]*?(?:(?:导致|造成|致使)(?:[^。；！？，]{0,16}?(?:隐患|困难|不便|损失)|[^。；！？，]{0,24}?存在(?!的))"
                          rf"|(?:尽管|虽然|虽)[^。；！？]*?，(?:{words(CONCEDED_TURN_WORDS)})[^。；！？]*?(?:仍|还|依然|尚)[^。；！？]{{0,20}}?"
                          r"(?:较散|偏小|较弱|薄弱|滞后|不足|不够|不强|不高|较少|缺乏|欠缺|短板|差距))[^。；！？]*(?:[。；！？]|$)")
# A sentence stating the problems or shortfalls that remain (…虽然取得了一定成绩，但仍然存在着设施管护维护不到位，缺乏经营管理主体等突出
# 问题。; 目前仍存在资金不足等困难。), not opening on work done about them (针对…存在的问题，…), without a figure: how things stand —
# context, never a result (hd26b: drafted as the only item of its section) — up to a clause turning to what was done about them
# (…等突出问题，针对存在问题，目前已在全市组织开展了…专项整治行动: that work is a unit of its own).
PROBLEMS_STATED = lazy(r"(?:^|(?<=[。；！？]))(?!\s*(?:针对|为了?|对于?|就|关于|按照|根据))[^。；！？\d]*?存在着?(?!的)[^。；！？\d]{0,40}?"
                       r"(?:问题|短板|不足|困难|差距|薄弱环节)(?:[^。；！？\d]*?[。；！？]|(?=，(?:针对|对此|为此|为了?解决|就此)))")
# …unless the sentence says the shortfall was met or headed off (解决了…导致的…困难, 有效避免造成损失).
SHORTFALL_MET = lazy(r"解决|破解|化解|缓解|克服|避免|防止|减少|降低|消除")


def _obstacles(norm: str, start: int) -> list[tuple[int, int, str]]:
    """The spans of ``norm``'s first run of sentences from ``start`` each saying the work cannot be done for now
    (:data:`OBSTACLE_SENTENCE`: a problem) or stating its shortfall or problems (:data:`SHORTFALL_SENTENCE`,
    :data:`PROBLEMS_STATED`: context), with that
    class, each a unit of its own (…导致群众出行存在安全隐患。由于县级财力有限，一时难以解决。: a deputy's road, then the reason)."""
    spans: dict[tuple[int, int], str] = {}
    for rx, cls in ((SHORTFALL_SENTENCE, CONTEXT), (PROBLEMS_STATED, CONTEXT), (OBSTACLE_SENTENCE, PROBLEM)):  # (a sentence of both says the obstacle)
        spans.update({m.span(): cls for m in rx.finditer(norm, start) if cls == PROBLEM or not SHORTFALL_MET.search(m.group())})
    found = sorted((a, b, cls) for (a, b), cls in spans.items())
    run = found[:1]
    for a, b, cls in found[1:]:
        if a == run[-1][1]:
            run.append((a, b, cls))
        elif a > run[-1][1]:
            break
    return run


PROBLEM_SWITCH = lazy(
    rf"^(?:{words(TURN_OPENERS)}|同时|当然)?，?(?:我[市区县局])?(?:也|仍|还|仍然|依然|尚)?(?:存在|面临)"
    r"[^。]{0,20}?(?:问题|瓶颈|短板|不足|困难|挑战|差距)|^(?:存在的?|主要)问题[：。]"
)


# A numbered line's first clause that is only a day (（一）7月13日，额济纳旗…举办…): no heading.
DAY_HEAD = lazy(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:[上下]午|晚)?")


# A gap a heading says is being closed (（一）补齐民生短板，全力推进重大项目建设 over 仙居's results, hd14; 补足…短板, 破解…难题,
# 解决…问题): work done on it, no problem reported.
GAP_CLOSED = lazy(r"(?:补[齐足强]|弥补|破解|化解|解决)[^，。：；]{0,8}?(?:短板|难题|问题|瓶颈|不足)")


# A reply's heading per ask naming the deputy's matter (一、关于加快推进彝州开放南大门建设的问题, hd32a): its 问题 is the matter
# answered, no problem stated — not one naming problems (关于存在的问题, 针对…面临的困难问题) nor the suggestion's own (关于建议中
# 反映的问题, :data:`~drafter.distill.facts.ASKS_HEADING`, whose text decides).
MATTER_ASKED = lazy(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?\s*(?:关于|针对|对于|就)"
                    r"(?![^。；]*(?:存在|面临|遇到|突出|主要|困难|不足|短板|反映|提出|提到|提及|所提|建议|提案|议案|代表|委员|您|你))"
                    r"[^。；，]{4,40}?(问题)[：:。]?$")


def heading_class(label: str) -> str:
    """done / plan / problem / context by the earliest class word in a heading (a gap it says is closed,
    :data:`GAP_CLOSED`, and the matter a reply's heading answers, :data:`MATTER_ASKED`, are no problem's word), else other."""
    asked = MATTER_ASKED.match(label)
    label = GAP_CLOSED.sub("", label[:asked.start(1)] if asked else label)
    best, best_pos = OTHER, len(label) + 1
    for cls, rx in _CLASS_RE:
        m = rx.search(label)
        if m and m.start() < best_pos:
            best, best_pos = cls, m.start()
    return best


# What a reply plans, said in a section's text (…争取今年将全民科学素质建设列入年度工作计划; 近期，我局将与市园林局沟通…) —
# its 将 may come before a 把 verb (将…列入…计划 is a plan said), only not before a count.
PLAN_SAID = lazy(NEXT_OR_LATER + r"|争取(?:今年|明年|年内)|(?:我们|我[局委办县市区])(?:还|也)?将(?!近|[\d一二两三四五六七八九十])")
# A section head saying the ask it answers, the ask's words aside: 关于“…”的建议 (提案, 意见), quoted or not (一、关于抓住机遇，
# 顺势而行，在…创建“大师部落”的建议。 of 保山市文化和旅游局's reply, hd50a), 关于…方面, …方面.
ASK_WORDED = lazy(r"^(关于([“\"])?).+?((?(2)[”\"])的(?:建议|提案|意见))$|^(关于)?.+?(方面)$")


# The frame of an item's title (关于…的建议): none of its matter's words.
TITLE_FRAME = lazy(r"^关于|的?(?:建议案|建议|提案|议案)$")
HEAD_CLAUSE = lazy(r"[^，；、,;]+")


def restates(head: str, title: str) -> bool:
    """Whether a clause of ``head`` is mostly ``title``'s characters in their order, four or more (规范社区工作事项 of
    《规范社区服务事项，聚焦社区服务主责》: 规范社区…事项): the deputy's point said again, not a measure of the bureau's on
    the matter, which shares a word or two (大力培育科技创新主体 of 关于推动科技创新和产业创新深度融合…的建议: 科技创新)."""
    matter = re.sub(rf"[^{CJK}]", "", TITLE_FRAME.sub("", title))
    for clause in HEAD_CLAUSE.findall(head):
        clause = re.sub(rf"[^{CJK}]", "", clause)
        row = [0] * (len(matter) + 1)  # the longest common subsequence of clause and matter, a row at a time
        for c in clause:
            diagonal = 0
            for k, t in enumerate(matter, 1):
                diagonal, row[k] = row[k], diagonal + 1 if c == t else max(row[k], row[k - 1])
        if row[-1] >= 4 and 2 * row[-1] > len(clause):
            return True
    return False


def reply_form(out: Outline, item_title: str | None, whole: bool = False) -> tuple[str | None, str | None]:
    """A reply's form and, one section per ask, how its heads say the ask (ASK_SLOT for it). PARTS when a first-level
    head names a part (一、基本情况, 二、下一步工作计划: a class word, :func:`heading_class`) or its plans come after
    every section (…四、加强….。下一步，我们将…重点做好以下几项工作：); PER_ASK when its first-level heads say the asks
    (一、关于“加大政策奖补力度”的建议: 关于“…”的建议; 关于…方面), or, bare phrases (一、将科学素质工作纳入…: …), when
    what it plans stands inside a section another follows (…近期，我局将与市园林局沟通。二、…; :data:`PLAN_SAID`), all of them follow a
    next step's lead-in (下一步，我们将…工作：一、认真做好政策宣讲…) or two or more plan nothing and one says again the item's
    title ``item_title`` (一、规范社区工作事项，减轻社区负担 / 二、加大财政投入力度，提高薪酬待遇 of 《规范社区服务事项，…》: the points
    answered one by one, a page cut in the second; :func:`restates`); PLAIN for a reply of no head nor subhead at all, its
    opening and closing on the page (``whole``: a few paragraphs, 一是…二是… inside them, as 天台县交通运输局's, hd22b); (None,
    None) for one that may be cut (a paragraph or two seen), of a head of how the item was handled alone (一、办理工作开展情况)
    — a 办理情况 head after the reply's opening part on how it was handled (一.承办具体过程 二.建议办理情况) is its part
    of what was done — or of bare heads that show neither (a page cut after its first section, plans after its last only)."""
    if whole and out.units and not any(u.section for u in out.units):
        return PLAIN, None
    first_head = next((simplified(normalise(u.section[0])) for u in out.units if u.section), None)
    opening = first_head if first_head and HANDLING_PART.match(first_head) else None  # (a 办理情况 after it: what was done)
    tops = [(head, u.section_class == PLAN or bool(PLAN_SAID.search(simplified(normalise(u.text)))))
            for u in out.units if u.section for head in [simplified(normalise(u.section[0]))]
            if head != opening and not (opening is None and HANDLING_PART.match(head))]
    order = {h: k for k, h in enumerate(dict.fromkeys(h for h, _ in tops))}  # each head's place, the heads once each
    heads = [(h[m[1]:].strip(), True) if m and m[0] == 1 else (h, False) for h in order for m in [_marker(h)]]
    numbered = [h for h, first in heads if first]
    if not numbered:
        return None, None
    asked = [h for h in numbered if ASK_WORDED.match(h)]
    last = heads[-1][0]
    if any(heading_class(h) in (DONE, PLAN) for h in [*numbered, last] if h not in asked):
        return PARTS, None
    said = ASK_WORDED.match(asked[0]) if asked else None
    if said:
        return PER_ASK, "".join(said.group(k) or "" for k in (1, 4)) + ASK_SLOT + "".join(said.group(k) or "" for k in (3, 5))
    inside = {order[h] for h, plans in tops if plans}
    if not inside and len(numbered) > 1 and item_title and any(restates(h, item_title) for h in numbered):
        return PER_ASK, ASK_SLOT  # sections headed by its points, no part named nor planned (a page cut in its second)
    first = next(k for k, (_, numbered_head) in enumerate(heads) if numbered_head)
    return (PER_ASK, ASK_SLOT) if any(k < len(order) - 1 for k in inside) or (inside and min(inside) < first) else (None, None)


# A sentence of a closing that names the item (您提出的建议, 您所提提案): what it says of it is the item's status; a status
# word alone (正在推进…) is the work's.
ITEM_NAMED = lazy(r"建议|提案|议案")
THANKED = lazy(r"感谢|谢谢")
STATUS_LINE_MAX = 60  # a paragraph of its own before the thanks saying the status (您提出的建议已采纳。): no longer
AFTER_CLOSING_MAX = 30  # a line after a closing that is no key: value line (a unit's name, a stamp, a footer): no longer
OPENING_LINES = 40  # the first lines of a page its opening stands in (after a site's header)
CLOSING_LINES = 3  # paragraphs a closing runs to (您提出的建议已列入… / 再次感谢… / 特此答复。)


def closing_said(lines: list[str]) -> str | None:
    """What a reply's closing says (:data:`~drafter.model.CLOSINGS`), of its paragraphs (``lines``, normalised): STATUS
    when a sentence of it names the item and what became of it (您提出的建议已采纳…, …已列入工作计划, …留作参考:
    :func:`~drafter.grammar.class_statuses` — not 一如既往, which thanks and carries on), THANKS when it only thanks
    (再次感谢您对…的支持与理解，我局将一如既往…); None when no closing is found (a page cut short) or it neither thanks nor
    states a status (a 会办意见's 以上意见，供参考。 says nothing of how the bureau closes its replies). The closing is the
    last paragraphs before the signature, dates and short lines that end a page (a stamp, the unit, a footer): a closing
    formula (再次感谢…, 特此答复) and the short unnumbered paragraphs with it (您提出的建议已列入我局工作计划。)."""
    said = _closing_lines(lines)
    if not any(CLOSING_ANYWHERE.search(t) for t in said):
        return None
    if any(ITEM_NAMED.search(s) and class_statuses(s) for t in said for s in _SENTENCE.findall(t)):
        return STATUS
    return THANKS if any(THANKED.search(t) for t in said) else None


def _closing_lines(lines: list[str]) -> list[str]:
    """The paragraphs of a reply's closing (:func:`closing_said`): the last before the signature, dates and short lines — never
    its opening (…悉，经研究，现答复如下：) nor the paragraph of thanks right after it (:func:`opening_said`: 首先，感谢您对…的重视。
    收悉你的建议后，…, a short reply's body, hd46a)."""
    end = len(lines)
    while end and not CLOSING_ANYWHERE.search(lines[end - 1]) and (
            len(lines[end - 1]) <= AFTER_CLOSING_MAX or is_meta_line(lines[end - 1])):
        end -= 1
    at = next((k for k, t in enumerate(lines[:OPENING_LINES]) if OPENING.search(t)), None)
    floor = 0 if at is None else at + 1 + bool(at + 2 < end and COURTESY.match(lines[at + 1]) and THANKED.search(lines[at + 1]))
    start, floor = end, floor if floor < end else 0  # (a page of one paragraph, its opening and closing in it: that one)
    while start > floor and end - start < CLOSING_LINES and (CLOSING_ANYWHERE.search(lines[start - 1]) or (
            len(lines[start - 1]) <= STATUS_LINE_MAX and not _marker(lines[start - 1]))):
        start -= 1
    return lines[start:end]


def thanks_said(lines: list[str]) -> str | None:
    """The words of a reply's closing that only thanks (:func:`closing_said` THANKS), from its sentence of thanks to its last
    sentence (感谢你们对农业农村工作的支持，对以上办理有何意见，请填入“征询意见表”向政协提案工作委员会反馈。, 镇康县农业农村局's,
    hd34a), the signature a page ran into it left; None for any other closing."""
    if closing_said(lines) != THANKS:
        return None
    # (not the opening's thanks, where the page is one paragraph: …收悉，首先感谢您…，现将具体已办情况答复如下：… 衷心感谢…, hd55b)
    said = [t[m.end():] if (m := OPENING_END.search(t[:MAX_OPENING])) else t for t in _closing_lines(lines)]
    sentences = [s for t in said for s in _SENTENCE.findall(t) if s.strip()]
    at = next((k for k, s in enumerate(sentences) if THANKED.search(s)), None)
    if at is None:  # (its only thanks the opening's: a page cut before its closing, 滕州's 第48号)
        return None
    said = "".join(s.strip() for s in sentences[at:] if s.rstrip()[-1:] in "。！？!?")
    return said or None


def opening_said(lines: list[str]) -> str | None:
    """Whether a reply's opening, its first paragraph saying the item was received (…收悉, …答复如下), thanks its reader
    (THANKS: …收悉，感谢您对…的关心和支持; or a paragraph of thanks right after it, 首先感谢您…) or not (PLAIN: …收悉。现答复如下);
    None when no opening is found (a page cut before it)."""
    at = next((k for k, t in enumerate(lines[:OPENING_LINES]) if OPENING.search(t)), None)
    if at is None:
        return None
    after = lines[at + 1] if at + 1 < len(lines) else ""
    return THANKS if THANKED.search(lines[at]) or (COURTESY.match(after) and THANKED.search(after)) else PLAIN


# An opening's item: its title in 《》 or “”, with 关于 before it where the title leaves it out (您提出的关于《…》收悉) and the
# word for the item after it where the title ends without it (《关于扶持汤浦童装产业增开汤浦晚班公交》的建议收悉, 上虞区交通运输局's);
# a 《》 title closed by its own 》, whatever it quotes (《关于在保山市创建“大师部落”的建议》, not up to its ”: hd50a's 《{title}》》).
_OPENED_ITEM = lazy(r"(?:关于)?(?:《[^》]{2,}》|“[^”]{2,}”)(?:的?(?:建议|提案)(?:案)?)?")
_OPENED_NUMBER = lazy(r"(第?)\s*[A-Za-z]?\d{1,10}\s*号")  # (第0219号), (B003号)
_OPENED_END = lazy(r"如下[：:。]")  # where its words end: the transmittal (…现答复如下：), else at its first sentence's end
OPENED_MAX = 120  # an opening's words, no longer (a paragraph run on into the body is not the opening)
SPACED_CJK = lazy(rf"(?<=[{CJK}])\s+(?=[{CJK}])")  # a space between two characters (您 们, a mirror's)


def opened_said(lines: list[str], session: str | None) -> str | None:
    """The words of a reply's opening (:func:`opening_said`), from its sentence naming the item to its transmittal, the
    item's particulars as slots (:data:`~drafter.model.OPENING_SLOTS`: 您在区人大一届三次会议上提出的《关于…的建议》收悉。
    经研究,现答复如下: → {you}在{session}上提出的《{title}》收悉。经研究，现答复如下：, 上虞区交通运输局's, hd46a): how the
    bureau opens, its addressee (陈江芬代表：) and greeting before it left; None when none is found or it names no item."""
    line = next((t for t in lines[:OPENING_LINES] if OPENING.search(t)), None)
    item = _OPENED_ITEM.search(line) if line else None
    if not item:
        return None
    start = max(line.rfind(c, 0, item.start()) for c in SENTENCE_END + "：") + 1
    end = _OPENED_END.search(line, item.end())
    said = line[start:end.end()] if end else line[start:].split("。")[0] + "。"
    if len(said) > OPENED_MAX:
        return None
    said = _OPENED_ITEM.sub(f"《{TITLE_SLOT}》", said, 1)
    said = said.replace(session, SESSION_SLOT) if session else said
    said = _OPENED_NUMBER.sub(rf"\g<1>{NUMBER_SLOT}号", said)
    return READER_WORD.sub(YOU_SLOT, SPACED_CJK.sub("", said))  # (您 们在…: {you}在…, 牟定县水务局's, not {you} 们在…)


def salutation_said(lines: list[str]) -> str | None:
    """Whether a reply's addressee line (:data:`ADDRESSEE`), of its paragraphs (``lines``, normalised), honours its reader
    (HONOURED: 尊敬的任涛委员：) or names them alone (PLAIN: 任涛委员：); None when it has no such line (a page cut before it, an
    addressee run into the opening)."""
    line = next((t for t in lines[:OPENING_LINES] if ADDRESSEE.match(t) or ADDRESSEE.match(t[:_greeted_at(t)])), None)
    return None if line is None else HONOURED if line.startswith("尊敬的") else PLAIN


# A greeting opening a reply's first paragraph after its addressee (刘雪源等10位代表：你们好！你们提出的…已收悉: 滕州's, hd21b).
_GREETING_AFTER = lazy(r"(?<=：)\s*(?:您|你|您们|你们)好[！!，,]")


def _greeted_at(line: str) -> int:
    """Where the addressee a reply ran into its opening line ends (after its colon, a greeting next), else 0."""
    m = _GREETING_AFTER.search(line, 0, 40)
    return m.start() if m else 0


def address_said(lines: list[str], several: bool | None = None) -> str | None:
    """The word a reply addresses its reader with (:data:`~drafter.grammar.READER_WORD`), of its paragraphs (``lines``):
    the one it says most (你们 in 你们提出的…已收悉 and 感谢你们…, its courtesy no fact keeps), the first said on a tie; of
    those for as many readers as it addresses where it says one (``several``: three deputies, 您在…提出的 once and 对于你们提出的
    once more → 你们; one deputy, 你在…提的 and 感谢你…, 希望你们… → 你); None when it says none (a page cut before its opening)."""
    said = Counter(m.group() for t in lines for m in READER_WORD.finditer(t))
    if several is not None:
        fitting = YOU_MANY_WORDS if several else YOU_WORDS
        said = Counter({w: n for w, n in said.items() if w in fitting or w in COLLECTIVE_YOU_WORDS}) or said
    return max(said, key=said.__getitem__) if said else None


# --- enumerated items -----------------------------------------------------------------------

ITEM_START = lazy(rf"(?:^|(?<=[。；：！？]))(?:{ITEM_NUMBER})")
# A lead's last sentence, short and of no clause, naming the matter of the items after it (…。抓好综合管理。一是…), or the short clause
# framing them (:data:`FRAMED_FIRST_ITEM`: …进行讨论。服务组强调，一是要保供水…, hd50b — no statement ends on its comma).
ITEMS_HEAD = lazy(r"(?<=[。！？])\s*(?:[^。；：！？，、\d]{2,10}。|[^。；：！？，]{2,10}，)\s*$")
# (or a first 一是 after a short clause setting the work's frame, its 二是 to come: 结合单位实际，一是制定了…；二是…; or after a
# page's label and a space, 通知公告 一是抓政策落地。…二是…, hd47b: no lead, whose years the items after it would take)
FRAMED_FIRST_ITEM = lazy(r"(?:^|(?<=[。；：！？]))(?:[^。；：！？，]{2,10}，(?=一是[^。]*?[。；]二是)"
                         r"|[^。；：！？，\s]{2,10}\s+(?=一是.*?[。；！？]\s*二是))(一是)")


def split_items(text: str, norm: str, start: int = 0) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The lead span and the item spans of ``text[start:]``: ``一是…二是…`` or ``第一，…第二，…``.

    The first item must open a sentence; later ones are the next ordinal of the same style,
    wherever it stands (a missing 。 before ``四是`` happens).
    """
    m = ITEM_START.search(norm, start)
    framed = FRAMED_FIRST_ITEM.search(norm, start)
    if framed and (not m or framed.start(1) < m.start()):
        style_is, n, starts, pos = True, 1, [framed.start(1)], framed.end(1)
    elif not m:
        return (start, len(text)), []
    else:
        style_is = m.group(1) is not None
        n = cn_number(m.group(1) or m.group(2)) or 0
        starts = [m.start()]
        pos = m.end()
    while 0 < n < 99:  # ordinals go up to 九十九
        n += 1
        word = f"{cn_numeral(n)}是" if style_is else None
        if style_is:
            nxt = norm.find(word, pos)
        else:
            found = re.compile(f"第{cn_numeral(n)}{NTH_STOP}").search(norm, pos)
            nxt = found.start() if found else -1
        if nxt < 0:
            break
        starts.append(nxt)
        pos = nxt + 2
    bounds = starts + [len(text)]
    return (start, starts[0]), [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def series_resumes(norm: str, items: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where the next ordinal of the series ``items`` (spans of ``norm``, :func:`split_items`) opens a sentence between
    ``start`` and ``end``: the series told on after a turn inside its last item (…二是抓项目推进。…预计铺设供水管网706.81km…。
    三是抓安全保障。… — the forecast is item two's, item three a matter of its own); not where a series of the turn's own opens
    first (下一步，将…：一是…二是…三是…: its 三是 is the plan's)."""
    m = _ORDINAL_ITEM.match(norm, items[-1][0]) if items else None
    n = cn_number(m.group(1) or m.group(2)) if m else None
    if not n:
        return None
    word = f"{cn_numeral(n + 1)}是" if m.group(1) else f"第{cn_numeral(n + 1)}{NTH_STOP}"
    nxt = re.compile(rf"(?<=[。；！？])\s*{word}").search(norm, start, end)
    return nxt.start() if nxt and not ITEM_START.search(norm, start, nxt.start()) else None


_ORDINAL_ITEM = lazy(ITEM_NUMBER)


# --- the outline ----------------------------------------------------------------------------


# The role of a unit that states nothing though the page prints it (an interview's host's turn, a guest's greeting alone: :func:`
# guests_words`): kept for the page's shape (its stops: a cut last paragraph), never a fact.
UNSAID = "unsaid"


@dataclass
class Unit:
    """One candidate fact: a paragraph, a lead, or an item, with where it stands."""

    text: str  # verbatim slice of the block's text
    block: Block
    role: str  # "para" | "lead" | "item" | "listed" | UNSAID
    section: list[str]
    section_class: str  # done / plan / problem / context / other (before the document default)


@dataclass
class Outline:
    """A document cut into front matter, body units and back matter."""

    front: list[Block]
    units: list[Unit]
    back: list[Block]
    headings: list[str] = field(default_factory=list)  # every heading label, in order
    year: int | None = None  # the year it was cut in, its plans told from its years (:func:`outline`)


@dataclass
class _Level:
    rank: int
    label: str
    cls: str


def _marker(norm: str) -> tuple[int, int] | None:
    """(rank, length) of the numbering that opens the block, if any."""
    for rank, rx in MARKERS:
        m = rx.match(norm)
        if m:
            return rank, m.end()
    return None


# A list of names under its heading (项目名单（地区排名不分先后）： / 1.武汉市楚河汉街 / 2.…): entries of a few words each,
# numbered, no clause nor figure; or a heading that is the list's name (2022年度山东省乡村旅游重点村入选名单 / （威海部分） /
# 环翠区张村镇姜家疃村 / …), its entries then numbered or not; and the list as its page names it (我省2021年度繁荣夜间经济集聚示范区名单出炉):
# its scope (我省: the whole province's), year and matter.
NAME_ENTRY_MAX = 30
_LIST_WORD = r"名单|榜单|名录"
_LIST_MATTER = r"(?P<matter>[^，。；：、\d“”（）]{2,30}?)(?:入选|拟入选|获评|推荐)?(?:" + _LIST_WORD + ")"
_LIST_NAMED = lazy(r"(?:(?P<scope>[我全本])(?P<level>[省市区县州]))?(?P<year>(?:19|20)\d{2})年度?" + _LIST_MATTER)
# A heading that is a list's name, a note in brackets after it (第三批山东省景区化村庄入选名单（威海部分）), or such a note alone on
# the line after it; a name of a few characters (项目名单) names no matter.
_LIST_NAME = lazy(r"^(?:(?P<year>(?:19|20)\d{2})年度?)?" + _LIST_MATTER + r"(?:[（(][^（）()]*[）)])?$")
_LIST_NOTE = lazy(r"^[（(][^（）()，。；]{1,16}[）)]$")
_MATTER_MIN = 4


def _name_entry(block: Block, numbered: bool = True) -> str | None:
    """A list's entry (黄石市团城山万达广场 of 11.黄石市团城山万达广场; the whole line where not ``numbered``), or None for any
    other block."""
    norm = normalise(block.text.strip())
    mark = _marker(norm)
    if bool(mark) != numbered:
        return None
    entry = norm[mark[1]:].strip() if mark else norm
    if entry and len(entry) <= NAME_ENTRY_MAX and not re.search(r"[，。；：！？]", entry) and not find_figures(entry):
        return block.text.strip()[mark[1]:].strip() if mark else block.text.strip()
    return None


def list_entry(block: Block) -> str | None:
    """The entry of a list's line ``block`` (:func:`_name_entry`, numbered or not)."""
    return _name_entry(block, bool(_marker(normalise(block.text.strip()))))


def _list_head(blocks: list[Block], i: int, end: int) -> tuple[int, re.Match | None, bool] | None:
    """(index of its first entry, its own naming if it names the list, whether its entries are numbered) of a heading of a list
    at ``blocks[i]``: a short line naming a list ending on its colon (项目名单（地区排名不分先后）：, its entries numbered), or one that
    is the list's name (:data:`_LIST_NAME`, a note in brackets on the line after it skipped); None for any other block."""
    head = normalise(blocks[i].text.strip())
    if len(head) > NAME_ENTRY_MAX or not re.search(_LIST_WORD, head) or find_figures(head):
        return None
    if head.endswith("："):
        return i + 1, None, True
    named = _LIST_NAME.match(simplified(head))
    if named is None:
        return None
    first = i + 2 if i + 1 < end and _LIST_NOTE.match(normalise(blocks[i + 1].text.strip())) else i + 1
    return first, named, bool(first < end and _marker(normalise(blocks[first].text.strip())))


def name_lists(blocks: list[Block], start: int, end: int, title: str | None) -> tuple[set[int], dict[int, str | None]]:
    """The lists of names in ``blocks[start:end]``: the indices of their headings (:func:`_list_head`, no statement) and each
    entry's index → the statement it makes, that it made the list as its page names it (2021年度，黄石市团城山万达广场入选全省繁荣
    夜间经济集聚示范区: the heading's name of it, else the nearest naming before it, else ``title``), None for an entry of a list
    its page never names (hd42c: 湖北日报's page filed its lines as nothing and its heading as a fact; hd46b: 威海's page of the
    villages listed under 2022年度山东省乡村旅游重点村入选名单 filed them as headings, the last one heading the page's 我市 figures)."""
    heads: set[int] = set()
    entries: dict[int, str | None] = {}
    for i in range(start, end - 2):
        found = _list_head(blocks, i, end)
        if found is None:
            continue
        first, own, numbered = found
        run = []
        for k in range(first, end):
            entry = _name_entry(blocks[k], numbered)
            if entry is None:
                break
            run.append((k, entry))
        if len(run) < 2:
            continue
        heads.update(range(i, first))
        entries.update((k, None) for k, _ in run)
        named = own if own and len(own["matter"]) >= _MATTER_MIN else next(
            (m for t in [blocks[i].text, *(b.text for b in reversed(blocks[start:i])), title or ""]
             if (m := _LIST_NAMED.search(simplified(normalise(t))))), None)
        if named is None:
            continue
        scope = f"全{named['level']}" if named.groupdict().get("scope") and not named["matter"].startswith(
            ("全", "省级", "国家")) else ""
        when = f"{named['year']}年度，" if named["year"] else ""
        for k, entry in run:
            entries[k] = f"{when}{entry}入选{scope}{named['matter']}。"
    return heads, entries


def _numbered_first(norm: str) -> bool:
    """Whether the block opens on a first heading number (一、 （一） 1. （1）)."""
    m = next((m for _, rx in MARKERS if (m := rx.match(norm))), None)
    return bool(m and m.groups() and m.group(1) in ("一", "1"))


# A news item's sub-head opening on the year it sums up (2024年：文旅融合纵深推进，发展动能持续增强): a heading over the themes
# after it, not a statement (not one of figures: 2023年：完成投资5亿元).
YEAR_HEAD = lazy(r"^(?:19|20)\d{2}年度?[：:](?=\D+$)")


# A photo's caption, a short noun phrase naming the scene shown (关山隧道内建设场景。, 庄浪白川路硬化路建设场面。, hd52a): no statement —
# not someone going there to see it (市委书记李明深入重点项目建设现场。, a verb of visiting before the place: rv17) — a check as a
# work's name is no visit (安全生产大检查工作现场。, rv18 16).
# A view too, of a thing as a work left it (综合改造后的沙河（市区段）景观, hd71b; 整治后的老街新貌): not a heading of what follows.
_VIEW = r"[后下中里]的[^，,。；！？：:]{1,20}?(?:景观|新貌|风貌|夜景)"
_SCENE = r"(?:场景|场面|现场|一角|掠影|全景|远景|近景|" + _VIEW + r")[。！]?$"
SCENE_CAPTION = lazy(rf"^(?![^，,。；！？：:]*?(?<!大)(?:{words(VISITING_VERBS)})(?!工作)[^，,。；！？：:]{{2,}}?{_SCENE})"
                     rf"[^，,。；！？：:]{{2,24}}{_SCENE}")
# …or a thing named and its picture's note in brackets (普定靛山水库（资料图）。, 新建的幸福院（图片）, 村民在新居前合影（记者 王某 摄）。,
# hd70a): no statement — not a note sending the reader to a figure (（见附图）).
NOTED_CAPTION = lazy(rf"^[^，,。；！？：:（(]{{2,30}}[（(](?:资料图片?|资料照片|图片?|照片|[^（）()]{{0,12}}?(?:{words(PICTURE_ROLES)}))[）)][。]?$")
# A table's or figure's caption, its number first (表1 “十三五”时期主要指标完成情况, 图2-1 …, 附表3 …, 续表): what the table
# shows, no statement — set off from its number, no clause nor stop after it (表2中的数据表明… is a sentence).
TABLE_CAPTION = lazy(r"^(?:附?[表图]\s?[\d一二三四五六七八九十]{1,3}(?:[-－—.．]\d{1,2})?(?:\s+|：|(?=[“《]))|续表\s*)[^，。；！？：]{0,40}$")


def is_caption(text: str) -> bool:
    """A photo's credit (新华社记者 宋为伟 摄), alone or after its caption's one sentence (江南水都中学八年级1班学生们认真做眼保健操。
    记者 叶诚 摄), a caption of one sentence opening on its mark (:data:`~drafter.grammar.CAPTION_OPENING`: 图：岭南乡井枫线（东澄段）),
    or a table's or figure's numbered caption (:data:`TABLE_CAPTION`: 表1 "十三五"时期主要指标完成情况), or a scene's (:data:`SCENE_CAPTION`)
    or a thing's with its picture's note (:data:`NOTED_CAPTION`): what a picture or a table shows, no statement of work; read in
    simplified characters (2022年8月24日,鳥瞰衡水市區,…)."""
    text = simplified(text).strip()
    bare = normalise(text)
    if TABLE_CAPTION.match(bare) or SCENE_CAPTION.match(bare) or NOTED_CAPTION.match(bare):
        return True
    m = PHOTO_CREDIT.search(text)
    said = text[:m.start() + 1] if m else text if CAPTION_OPENING.match(bare) else None
    return said is not None and len([s for s in re.split(r"(?<=[。！？])", said) if s.strip("。！？（( ")]) <= 1


# A line opening on a count of things, the whole place's or none's (5个县（市）创建成为省级森林城市, 全市13个国省考地表水断面水质全部
# 达标, hd49b): a statement of what the count did, never a heading, which names a topic.
COUNT_OPENING = lazy(rf"^(?:{words(LOCAL_SCOPES)})?\d+(?:\.\d+)?[万亿]?(?:{words(COUNTERS)})")


# A line opening on what is to come by a year (计划到2025年规划内高速建成通车, 力争2025年之前建成, hd72a): a plan's statement, no heading.
DATED_PLAN = lazy(rf"^(?:{TO_COME_WORDS})(?:到|于|在)?(?:19|20)\d{{2}}年")


def _is_heading_line(text: str, over: str = "") -> bool:
    """A short line no sentence: no stop, no count opening it (:data:`COUNT_OPENING`); a figure in it (全长约180公里, 途经遂宁市、
    潼南区14个乡镇, hd72a: what a thing measures) or a plan by its year (:data:`DATED_PLAN`) only over a paragraph ``over`` of full
    sentences (:func:`_a_paragraph`: 赣榆计划开展城中村改造9个 over 以系统思维加快城市更新。…开展城中村改造9个。, a news page's heading)."""
    t = text.strip()
    year = YEAR_HEAD.match(t)
    body = t[year.end():] if year else t
    norm = normalise(body)
    return (
        0 < len(t) <= 30 and not any(c in body for c in SENTENCE_END + "：")
        and t[-1] not in "，、" and not is_meta_line(t) and not COUNT_OPENING.match(norm)
        and (_a_paragraph(over) or not (DATED_PLAN.match(norm) or (re.search(r"\d", norm) and find_figures(body, norm))))
    )


def _a_paragraph(text: str) -> bool:
    """True for a paragraph of full sentences longer than any heading (:data:`HEAD_MAX`), ending on a stop."""
    t = normalise(text).strip()
    return len(t) > HEAD_MAX and t[-1:] in SENTENCE_END


_MONTH_NUMBER = lazy(r"^\s*(1[0-2]|[1-9])\s*$")


def month_head(line: str, after: str) -> str | None:
    """A chronicle's month (``4月``) where ``line`` is a bare number of one and the entry ``after`` it opens on its day
    (:data:`DAY_ENTRY`: 4 / 27日，市政府出台…, hd38a); None otherwise."""
    m = _MONTH_NUMBER.match(line)
    return f"{m.group(1)}月" if m and DAY_ENTRY.match(normalise(after)) else None


# The longest clause of a heading (聚焦高端人才引培，增强科技创新向心力; 凝练学科方向、优化资源配置、深化教学改革: 19): a numbered
# first sentence short enough to head its paragraph with a longer one is a statement (1.有序指挥疏导陇海铁路三个立交桥南口上下行车辆，
# 提高道路通行能力。加大…, hd39b).
HEAD_CLAUSE_MAX = 20


def _clause_too_long(head: str) -> bool:
    """True when a clause of ``head`` (a numbered paragraph's first sentence) is longer than HEAD_CLAUSE_MAX."""
    return any(len(c.strip()) > HEAD_CLAUSE_MAX for c in re.split(r"[，,；;。！？]", head))


def _is_list_item(blocks: list[Block], i: int, end: int, rank: float) -> bool:
    """A numbered sentence (ending in 。) with nothing under it — the body ends, or the next
    block is numbered at its level or above — is an item of a list, not a heading."""
    if normalise(blocks[i].text.rstrip())[-1:] not in SENTENCE_END:
        return False
    if i + 1 >= end:
        return True
    nxt = _marker(normalise(blocks[i + 1].text.strip()))
    return blocks[i + 1].heading is None and nxt is not None and nxt[0] <= rank


# A line giving when and by whom a page was posted (杨某   发布时间：2014-01-14 11:15:00   来源：…): never a broken paragraph.
POSTED_FIELDS = lazy(r"(?:发布时间|发布日期|发表时间|更新时间|更新日期|来源于?)\s*：")
# The longest a line of such fields runs when they are not at its start (a paragraph naming a 图片来源：… inside is no such line).
POSTED_LINE_MAX = 80


def posted_line(text: str) -> bool:
    """Whether ``text`` is a line of who posted a page when (:data:`POSTED_FIELDS`): the fields at its start, or a short line."""
    norm = normalise(text.strip())
    m = POSTED_FIELDS.search(norm)
    return bool(m) and (not norm[:m.start()].strip() or len(norm) <= POSTED_LINE_MAX)


def _answer_head(text: str) -> bool:
    """Whether ``text`` is a numbered line saying which asks its section answers (:data:`ANSWER_HEAD`)."""
    norm = normalise(text.strip())
    mark = _marker(norm)
    return bool(mark and ANSWER_HEAD.fullmatch(norm[mark[1]:].strip()))


def rejoin(blocks: list[Block]) -> list[Block]:
    """Join a long block that stops mid-sentence with the following non-heading block (never a
    page's metadata line, 发布时间：… 信息来源：…, with the text after it, nor a title with the addressee
    under it: …第33号建议批评和意见答复的函 / 陈载强、陈家高、谢丕提代表：, nor a bulletin's next ● line: an item of its own, hd55c).
    A block of any length ending on a comma, no salutation, is a clause the next goes on, whatever that opens on (据杏花村文化旅游区
    负责人介绍， / 近年来，…, hd65d)."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        said = simplified(normalise(prev.text.strip())) if prev is not None else ""
        open_clause = said.endswith("，") and not ADDRESSEE.match(said[:-1] + "：")
        if (
            prev is not None and (len(prev.text) >= 40 or open_clause) and prev.heading is None and b.heading is None
            and not is_meta_line(prev.text)
            and normalise(prev.text.rstrip())[-1:] not in SENTENCE_END + "：”）》…"
            and not _marker(normalise(b.text)) and not ITEM_START.match(normalise(b.text))
            and not is_meta_line(b.text) and not _is_heading_line(b.text) and not BULLET.match(b.raw.strip())
            and not ADDRESSEE.match(simplified(normalise(b.text.strip())))
            and not CLOSING_THANKS.match(simplified(normalise(b.text.strip())))  # (…项目库中 / 最后，感谢代表们…)
            and not REPLY_TITLE_LINE.match(simplified(normalise(b.text.strip())))  # (…为乡村发展出谋划策 / 关于…建议《…》的答复)
            and not posted_line(prev.text) and not posted_line(b.text)
            and not _answer_head(prev.text)  # (一、对第2“…”的答复意见 / 采纳此两条建议。)
            and not NEWS_CREDIT.match(normalise(b.text.strip()))  # (a headline / 本报讯（记者…）)
            and not PHOTO_CREDIT.search(normalise(prev.text.rstrip()))  # (a caption's credit: …月饼烘培。钟卫东摄 / “国家…)
            # (the next opening a sentence of its own, after a block not ending on a comma)
            and (open_clause or (
                not TIME_OPENER.match(normalise(b.text.strip()))  # (…“平安春季行动”先进单位 / 今年以来，我县…)
                and not day_entry(normalise(prev.text.rstrip()), normalise(b.text))  # (…救助保护机构 / 31日，市民政局…)
                and not lede_under_headline(normalise(prev.text), normalise(b.text))  # (a headline / 1月13日，我市召开…)
                and not doer_after_paragraph(prev.raw.rsplit("\n", 1)[-1], normalise(b.text))))  # (…早日完成建设 / 我局继续加大…)
        ):
            out[-1] = Block(prev.text.rstrip() + b.text.strip(), prev.raw + "\n" + b.raw, prev.index, None)
        else:
            out.append(b)
    return out


_SENTENCE = lazy(r"[^。！？!?]*[。！？!?]?")
# The reply's date a page ran into its closing paragraph (…的关注与支持！ 2025年9月8日 （联系人及电话：…）): the signature's;
# so is one the letter's last fields follow on the same line (2022年7月1日 联系科室、人员及电话：经建科… 抄送：县政府办公室…).
SIGNED_DATE = lazy(r"^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?:[（(][^（）()]*[）)]"
                   r"|(?:联系(?:人|科室|单位|电话)|承办(?:人|科室|单位)|经办人|抄送|签发人)[^。！？]*)?$")
# A clause of a sentence of thanks opening an account of its own: a date or a time word (，2021年以来，我局…).
_WORK_AFTER_THANKS = lazy(rf"，(?=(?:{said_date()}|{words(TIME_WORDS, RECENT_YEARS_WORDS)})，?)")
# (and a request for the reader's view of the reply: 您对以上答复有什么意见，请填写在《办理情况征询意见表》上…; 对以上答复有不满意的地方，
# 请及时与我局联系…)
_CLOSING_WORDS = lazy(rf"^{WISH_LEAD}(?:希望|欢迎|请|敬请|恳请)|感谢|谢谢|批评指正|[对就](?:以上|本|此)(?:答复|办理|复函)[^。]{{0,8}}?(?:意见|建议|满意)"
                      r"|征询意见表")
# A closing that asks something of the reader: their view of the reply (不知以上答复您是否满意…, 如果您对
# 我们的办理和答复有何意见…, 您对我们的办理和答复有何意见和建议，请填写在“征询意见表”中…) or more of their suggestions (希望以后多提宝贵意见…).
ASKS_OF_THE_READER = lazy(rf"^(?:不知|如果|如[您你]|若|[您你]们?对)[^。，]{{0,12}}?(?:办理|答复)|^{WISH_LEAD}(?:希望|欢迎|恳请|敬请)")


# A page written one phrase per line, no full stops (a reposted item: 这条公路于2017年1月开工建设 / 顺接功东高速 / 止于…附近 /
# 道路全长39.47千米, hd69a): its lines at most this long, with words (a table's cells, 1 / 20, are none), and a run of this
# many at least, are phrases of sentences.
PHRASE_MAX, PHRASE_RUN = 30, 3
# A phrase going on into the next with no pause (…连接四川 / 和重庆的…; 是云南进入川渝的 / 主要通道之一), and one ending its sentence (…安利一番东川了).
RUNS_ON = lazy(r"[的、和与及]$")
RUNS_FROM = lazy(r"^[和与及的]")
ENDS_SAYING = lazy(r"[了啦]$")


def join_phrases(blocks: list[Block]) -> list[Block]:
    """A page with no prose (:func:`_body_bounds` found no body) whose lines are phrases (:data:`PHRASE_MAX`): each run of
    :data:`PHRASE_RUN` such lines joined into a sentence, its phrases by commas, a line repeating the one before dropped; a
    short line the next opens on (功东高速 / 功东高速为双向四车道…) heads it, and a caption or field line (图片来源：青柳) stays apart."""
    def phrase(k: int) -> bool:
        b = blocks[k]
        t = normalise(b.text.strip())
        return (len(t) <= PHRASE_MAX and len(CJK_CHAR.findall(t)) >= 2 and b.heading is None and t[-1] not in SENTENCE_END + "：:"
                and not is_meta_line(t) and not posted_line(t) and not _marker(t) and not BULLET.match(b.raw.strip())
                and not (k + 1 < len(blocks) and normalise(blocks[k + 1].text.strip()).startswith(t)))

    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and phrase(j):
            j += 1
        if j - i < PHRASE_RUN:
            out.extend(blocks[i:max(j, i + 1)])
            i = max(j, i + 1)
            continue
        text, raw = "", []
        for b in blocks[i:j]:
            t = b.text.strip()
            if raw and t == raw[-1].strip():
                continue
            pause = "" if not text or text.endswith("。") or RUNS_ON.search(text) or RUNS_FROM.match(t) else "，"
            text += pause + t + ("。" if ENDS_SAYING.search(t) else "")
            raw.append(b.raw)
        out.append(Block(text if text.endswith("。") else text + "。", "\n".join(raw), blocks[i].index, None))
        i = j
    return out


def courtesy_end(text: str) -> int:
    """Where the content of a paragraph opening with courtesy starts: after its sentences of thanks
    (感谢李明委员对…的关心和热爱。), or after the clause of thanks where the sentence goes on to a dated
    account (感谢代表…宝贵意见，2021年以来，我局牵头…); the paragraph's length when nothing but courtesy or a closing wish
    follows (感谢您…，欢迎多提宝贵意见建议。 is courtesy whole), 0 when it opens with none."""
    text = simplified(text)  # (a mirror's in traditional characters too: 感謝您對…的關心和支持；the same length)
    sentences = [m.group() for m in _SENTENCE.finditer(text) if m.group()]
    pos = 0
    for s in sentences:
        norm = normalise(s.strip())
        if not norm or not (COURTESY.match(norm) or CLOSING.match(norm)):
            break
        m = _WORK_AFTER_THANKS.search(normalise(s))
        if m:  # the thanks' clause alone: 感谢代表…宝贵意见，2021年以来，我局…
            return pos + m.end()
        pos += len(s)
    rest = [normalise(s.strip()) for s in _SENTENCE.findall(text[pos:]) if s.strip()]
    return len(text) if all(_CLOSING_WORDS.search(s) for s in rest) else pos


def courtesy_start(text: str) -> int:
    """Where the courtesy closing a paragraph of content starts (…评定为省级乡村旅游示范村。非常感谢您对我县旅游工作的关心
    与支持，也请您…提出宝贵的意见或建议。): at a sentence after the first opening with thanks or a closing formula, every
    sentence after it courtesy or a closing wish too; the paragraph's length when none closes it."""
    text = simplified(text)
    starts = [m for m in _SENTENCE.finditer(text) if m.group().strip()]
    cut = len(text)
    for m in reversed(starts[1:]):  # from the end, each sentence normalised only when reached
        at, norm = m.start(), normalise(m.group().strip())
        if COURTESY.match(norm) or CLOSING.match(norm):
            cut = at
        elif not (_CLOSING_WORDS.search(norm) or SIGNED_DATE.match(norm)):
            break
    return cut


def signed_date(text: str) -> str | None:
    """The date (as written) closing a paragraph after its other sentences (:data:`SIGNED_DATE`), else None."""
    pieces = [m.group().strip() for m in _SENTENCE.finditer(simplified(text)) if m.group().strip()]
    m = SIGNED_DATE.match(normalise(pieces[-1])) if len(pieces) > 1 else None
    return m.group(1) if m else None


# A page's list of its documents or contents (1.利州区2024年预算执行情况…的报告 / 2.…附表 / … / 13.利州区2025年重点项目清单): this
# many numbered lines of one rank or more, one after another, each short and no sentence — no heading, nor where the body starts.
LIST_RUN, LIST_LINE = 3, 40


def _page_lists(blocks: list[Block]) -> set[int]:
    """The indexes of ``blocks`` in such lists (:data:`LIST_RUN`)."""
    listed: set[int] = set()
    run: list[int] = []
    rank = None
    for i, b in enumerate(blocks):
        norm = normalise(b.text.strip())
        short = b.heading is None and len(norm) <= LIST_LINE and not any(c in norm for c in SENTENCE_END + "，；：")
        mark = _marker(norm) if short else None
        if mark and run and mark[0] == rank:
            run.append(i)
            continue
        listed.update(run if len(run) >= LIST_RUN else ())
        run, rank = ([i], mark[0]) if mark else ([], None)
    listed.update(run if len(run) >= LIST_RUN else ())
    return listed


OPENING_LOOKAHEAD = 12  # blocks after a numbered line in which the reply's opening formula may yet come


def _opening_after(blocks: list[Block], i: int) -> bool:
    """True when a block soon after ``blocks[i]`` opens the reply (…已收悉…现将办理结果答复如下：): the numbered lines before
    it are the suggestion's own text the page gives (建议内容：1.因为陇海铁路的存在…；… 7.… / 办理结果： / 尊敬的…代表，…收悉…, hd39b),
    no part of the reply's body."""
    for b in blocks[i + 1:i + 1 + OPENING_LOOKAHEAD]:
        norm = simplified(normalise(b.text))
        m = OPENING_END.search(norm)
        if m and m.start() < MAX_OPENING and "收悉" in norm[:m.start()]:
            return True
    return False


# The longest a field's value runs on the line under its name (发布机构： / 区府办（外事办、大数据发展管理局）).
FIELD_VALUE_LEN = 40


def field_values(blocks: list[Block]) -> set[int]:
    """The blocks right under a field's name alone on its line (  • 发布机构： /   • 区府办（外事办、大数据发展管理局）, hd62a):
    that field's value, the page's metadata as its name is, never text nor a fact — short, no sentence nor numbered line (the
    text under a name left empty) nor another field's name."""
    lines = [simplified(normalise(b.text.strip())) for b in blocks]
    return {i for i in range(1, len(lines)) if FIELD_NAME.match(lines[i - 1]) and not FIELD_NAME.match(lines[i])
            and len(lines[i]) <= FIELD_VALUE_LEN and not _marker(lines[i]) and not any(c in lines[i] for c in SENTENCE_END)}


def _body_bounds(blocks: list[Block], values: set[int]) -> tuple[int, int, int]:
    """(start, start offset in that block, end): the body is blocks[start:end]; ``values``: the blocks that are a page's fields'
    values (:func:`field_values`).

    The body starts after the opening formula (``…收悉…现答复如下：``), looked for before the first
    numbered heading however long the page's header is; without one, at the first numbered
    line, news lede or long sentence. It ends at the first signature/contact/附注 line, and
    before the closing formula and the signature unit and date that trail the text: a 感谢…
    paragraph right after the opening is courtesy, not the end.
    """
    start, offset = None, 0
    listed = _page_lists(blocks)
    for i, b in enumerate(blocks):
        norm = simplified(normalise(b.text))  # (現答復如下：)
        if _marker(norm) and b.heading is None and i not in listed and not _opening_after(blocks, i):
            break
        m = OPENING_END.search(norm)
        # (in a long paragraph too when it opens on the formula: a form's cell 刘雪源等10位代表：你们好！…已收悉，…回复如下：荆泉路是…)
        if OPENING.search(norm) and (len(norm) < 400 or (m and m.start() < MAX_OPENING and "收悉" in norm[:m.start()])):
            rest = m.end() if m else len(norm)
            if rest < len(norm.rstrip()):
                start, offset = i, rest
            else:
                start = i + 1
            break
    if start is None:
        # (a page giving the suggestion's own text before its reply — 编号：63 / 关于…的建议 / 内容：… / 建议：一是… / 关于…第63号代表建议
        # 《…》的答复 / 汪凤华代表： — its reply starts after the addressee under the reply's title; the deputy's words are none of it)
        for i in range(1, len(blocks) - 1):
            if ADDRESSEE.match(simplified(normalise(blocks[i].text.strip()))) and REPLY_TITLE_LINE.match(
                    simplified(normalise(blocks[i - 1].text.strip()))):
                return (i + 1, 0, _body_end(blocks, i + 1, 0))
        start = len(blocks)
        for i, b in enumerate(blocks):
            norm = simplified(normalise(b.text.strip()))
            if is_meta_line(norm) or ADDRESSEE.match(norm) or posted_line(norm) or i in listed or i in values:
                continue  # (nor a line of who posted the page when: 杨某 发布时间：… 来源：…)
            if (
                (_marker(norm) and b.heading is None) or NEWS_LEDE.search(norm[:40])
                or (len(norm) >= 40 and any(c in norm for c in SENTENCE_END + "："))
                or (len(norm) >= MIN_UNSTOPPED and norm.count("，") >= 3)  # (a page that lost its full stops)
                or _bulletin_item(blocks, i)  # (a bulletin's ● headlines, its first the first item: hd55c)
            ):
                start = i
                break
    end = _body_end(blocks, start, offset)
    carried = _carried_start(blocks, start, end)
    return (carried, 0, _body_end(blocks, carried, 0)) if carried else (start, offset, end)


def _bulletin_item(blocks: list[Block], i: int) -> bool:
    """Whether ``blocks[i]`` is a headline of a bulletin: a line the page marks with a bullet (●向上争取 玉溪市文旅局到省文旅厅…)
    in a run of :data:`LIST_RUN` such lines at least, all headlines (none with a full stop), each a statement of its own, never
    a heading over the next (hd55c) — not a contents list over its articles, each bulleted again with its text (宁波's 甬简:
    ●我市以规范涉企行政执法… / … / ●我市以规范涉企行政执法…。2024年，…)."""
    def bulleted(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].heading is None and bool(BULLET.match(blocks[k].raw.strip()))

    if not bulleted(i):
        return False
    first, last = i, i
    while bulleted(first - 1):
        first -= 1
    while bulleted(last + 1):
        last += 1
    return last - first + 1 >= LIST_RUN and not any("。" in blocks[k].text for k in range(first, last + 1))


# A reply's title a page prints again under its signature (…桓台县交通运输局 / 2018年5月19日 / 关于“田庄镇…拓宽”的建议的答复): no text.
TRAILING_TITLE = lazy(r"^(?:关于|对)[^。；！？]{4,100}(?:答复|复函|的函|回复)$")


def _body_end(blocks: list[Block], start: int, offset: int) -> int:
    """Where a body starting at ``blocks[start]`` ends (see :func:`_body_bounds`)."""
    end = len(blocks)
    for i in range(start, len(blocks)):
        t = simplified(normalise(blocks[i].text.strip()))
        if (i > start or not offset) and (SIGNATURE_KEYS.match(t) or DISCLOSURE_LINE.match(t)):
            end = i
            break
    while end > start + (1 if offset else 0):
        t = simplified(normalise(blocks[end - 1].text.strip()))
        if not (is_meta_line(t) or ((CLOSING.match(t) or ASKS_OF_THE_READER.match(t)) and courtesy_end(t) >= len(t))
                or TRAILING_TITLE.match(t)):
            break  # a paragraph opening with thanks that goes on to the work is body
        end -= 1
    return end


def _carried_start(blocks: list[Block], start: int, end: int) -> int | None:
    """Where the document a notice issues starts, after the notice's signature, when its body is only the sentence
    issuing it (现将《2023年广州教育工作总结和2024年工作要点》印发给你们，… / 广州市教育局 / 2024年5月23日 / （联系人：…） /
    2023年广州教育工作总结 / 2023年，…): after the line of the document's title (or its first part's), else None."""
    body = [simplified(normalise(b.text.strip())) for b in blocks[start:end]]
    if not body or not all(TRANSMITTAL.match(t) or is_meta_line(t) for t in body):
        return None
    named = [m for t in body for m in re.findall(r"《([^》]+)》", t)]
    for i in range(end, len(blocks) - 1):
        t = simplified(normalise(blocks[i].text.strip()))
        if 4 <= len(t) <= 40 and any(t in name for name in named):
            return i + 1
    return None


def outline(doc: Document, year: int | None = None) -> Outline:
    """Split ``doc`` into front matter, body units and back matter (see the module docstring). ``year``: the document's,
    which decides whether a sentence opening on a year, then who 将, turns to a plan (:func:`_plan_turn`); None for the
    latest year it speaks of (:func:`latest_year`)."""
    blocks = rejoin([b for b in doc.blocks if b.text.strip()])
    values = field_values(blocks)
    start, offset, end = _body_bounds(blocks, values)
    if start >= len(blocks):  # no prose: a page written one phrase per line
        blocks = join_phrases(blocks)
        values = field_values(blocks)
        start, offset, end = _body_bounds(blocks, values)
    year = year or latest_year("\n".join(b.text for b in blocks))
    list_heads, listed = name_lists(blocks, start, end, doc.title)
    stack: list[_Level] = []
    units: list[Unit] = []
    headings: list[str] = []

    def push(rank: int, label: str, cls: str, first: bool = False) -> None:
        """``first``: the heading opens on a first number; after a sibling of its rank (（三）工作亮点 then （一）聚焦规划统筹 under a
        page's 一、单位概况, the page having lost its 二、) its numbering starts again under another part: the numbered parts
        above end too."""
        restarted = first and any(lv.rank == rank for lv in stack)
        while stack and (stack[-1].rank >= rank or (restarted and stack[-1].rank >= 1)):
            stack.pop()
        stack.append(_Level(rank, label, cls))
        headings.append(label)

    def close(rank: int) -> None:
        """A numbered paragraph that is no heading still ends its siblings' sections (2.…调研情况： / （2）… /
        3.上半年争取的资金情况：已申报…: 3. is under none of them)."""
        while stack and stack[-1].rank >= rank:
            stack.pop()

    def emit(block: Block, a: int, b: int, role: str, cls: str | None = None) -> None:
        text = block.text[a:b].strip()
        if not text or is_meta_line(text):
            return
        norm = simplified(normalise(text))  # (感謝…, 現將有關情況答復如下 in a mirror's traditional characters)
        if COURTESY.match(norm) or CLOSING.match(norm):  # the thanks go; the work a paragraph goes on to stays
            text = text[courtesy_end(text):].strip()
            norm = simplified(normalise(text))
            if not text:
                return
        text = text[:courtesy_start(text)].rstrip()
        norm = simplified(normalise(text))  # (what is left once the closing courtesy is cut: 我局将…认真研究处理您的建议… / 欢迎…)
        if PLEDGE.search(norm) and len([s for s in _SENTENCE.findall(norm) if s.strip()]) == 1 and not find_figures(norm):
            return  # a paragraph pledging to heed the suggestions: courtesy
        if not (COURTESY.match(norm) or (TRANSMITTAL.match(norm) and not ISSUING.match(norm))):
            cls = cls or next((lv.cls for lv in reversed(stack) if lv.cls != OTHER), OTHER)
            units.append(Unit(text, block, role, [lv.label for lv in stack], cls))

    for i in range(start, end):
        block = blocks[i]
        if listed.get(i):  # (an entry of a list of names: the statement it makes, no heading)
            units.append(Unit(listed[i], block, "listed", [lv.label for lv in stack], DONE))
        if i in list_heads or i in listed or i in values:
            continue
        text = block.text.rstrip()
        norm = normalise(text)
        pos = offset if i == start else 0
        while pos < len(norm) and norm[pos].isspace():
            pos += 1
        if pos >= len(norm):
            continue
        if norm[pos] == "#":  # a markdown heading the reader left marked
            hashes = len(norm[pos:]) - len(norm[pos:].lstrip("#"))
            block = Block(block.text, block.raw, block.index, block.heading or hashes)
            pos += hashes
            while pos < len(norm) and norm[pos].isspace():
                pos += 1
        body = norm[pos:]
        entry = ENTRY_LABEL.match(body)
        if entry:  # (【后勤管理】 2021年，…中心加强司机和车辆管理。…: a yearbook's entry under its label, the label no words of it)
            push(UNMARKED_RANK, entry.group(1), heading_class(entry.group(1)))
            pos += entry.end()
            body = norm[pos:]
        mark = _marker(body)
        if mark is None and BARE_DIGIT.match(body) and _is_heading_line(body):
            mark = (3, BARE_DIGIT.match(body).end())
        rest = pos
        if mark or block.heading:
            rank = mark[0] if mark else block.heading - 10
            cut, after = _head_cut(norm, pos)
            head_end = len(norm) if cut is None else cut
            tail = norm[after:].strip() if cut is not None else ""
            if ASIDE.fullmatch(tail):  # 1. 生产总值增长6%左右。（市发展改革委负责）: one sentence and its note
                tail = ""
            head = text[pos:head_end].strip()
            if block.heading or ANSWER_HEAD.fullmatch(body[mark[1] if mark else 0:].strip()) or (
                    not tail and len(head) <= 50 + (mark[1] if mark else 0)
                    and (not find_figures(head) or RESTATED_ASK.fullmatch(body[mark[1] if mark else 0:].strip()))
                    and not _is_list_item(blocks, i, end, rank)):
                push(rank, head, heading_class(head), _numbered_first(body))
                continue
            clause = re.split(r"[，。；：]", body[mark[1] if mark else 0:], maxsplit=1)[0]
            # （一）今年承办…共58件，其中…42件。一季度…: a statement; so is one opening on its day, (一)7月13日，…共同举办…
            if tail and (_reports(head) or DAY_HEAD.fullmatch(clause.strip()) or SCOPE_STATEMENT.match(body[mark[1] if mark else 0:])
                         or (head_end - pos - mark[1] <= HEAD_MAX and _clause_too_long(head[mark[1]:]))):
                close(rank)
                rest = pos + mark[1]
            elif tail and PURPOSE_TAIL.match(tail):  # (二）…对陵园进行改扩建。以满足烈士亲属…的意愿。: one statement, no heading
                close(rank)
                rest = pos + mark[1]
            elif tail and (head_end - pos - mark[1] <= HEAD_MAX or ASK_HEAD.match(body[mark[1]:])):
                push(rank, head, heading_class(head), _numbered_first(body))
                rest = after
            elif tail and (spaced := SPACED_HEAD.match(body, mark[1] if mark else 0)):
                push(rank, text[pos:pos + spaced.end(1)].strip(), heading_class(spaced.group(1)))
                rest = pos + spaced.end()
            elif tail:  # no clear end of the heading: label it by its first clause, keep the text
                label = text[pos: pos + mark[1] + min(len(clause), 24)] + ("…" if len(clause) > 24 else "")
                push(rank, label, heading_class(clause))
                rest = pos + mark[1]
            else:  # a numbered single sentence carrying figures: content, not a heading
                close(rank)
                rest = pos + mark[1]
        # (not a photo's caption, nor a province's name alone nor the line over it: a site's tags, 果品 / 山西, hd71a)
        elif (i + 1 < end and _is_heading_line(body, blocks[i + 1].text) and not _bulletin_item(blocks, i) and not is_caption(body)
              and not {body.strip(), normalise(blocks[i + 1].text).strip()} & PROVINCE_SHORT_NAMES):
            cls = heading_class(body)
            # (one opening on its year heads the unnumbered themes after it: 2024年：… / 公共文化服务提质增效 / 2024年，临沧市…)
            push(0 if cls in (DONE, PLAN, PROBLEM) else UNMARKED_RANK - bool(YEAR_HEAD.match(body)),
                 month_head(body, blocks[i + 1].text) or text[pos:].strip(), cls)
            continue

        current = next((lv.cls for lv in reversed(stack) if lv.cls != OTHER), OTHER)
        # a paragraph opening on what the bureau will do this year that goes back to what it has done lately (今年我局将…继续推进…。
        # 近几个月来，我局物安中心…开展实地调研走访…已建立…项目库，目前已有11台…备案。下步，…): the plan first, a unit of its own
        opening = OPENING_PLAN.match(norm, rest) if current not in (PLAN, PROBLEM) and not norm.startswith("，", rest) else None
        back = PAST_TURN.search(norm, opening.end()) if opening else None
        if back:
            emit(block, rest, back.start(), "para", PLAN)
            rest = back.start()
        # a paragraph that reports and then plans (…。下一步，将…): the plan is a unit of its own
        reviewed = reviewed_year([lv.label for lv in stack], year) or paragraph_reviewed(norm[rest:], year)
        turn = _plan_turn(norm, rest + 1, year, reviewed) if current != PLAN else None
        cut = _turn_cut(norm, turn, rest) if turn else len(text)
        # (a plan clause cut after its comma: the result before it ends at its last word, not on the comma)
        said = cut - 1 if turn and cut > rest and norm[cut - 1] == "，" else cut
        (lead_a, lead_b), items = split_items(text[:said], norm[:said], rest)
        series = items
        obstacles = _obstacles(norm[:cut], rest) if not items and current not in (PLAN, PROBLEM) else []
        if obstacles:  # (…大力解决群众出行难问题。由于县级财力有限，一时难以解决。: the obstacle a unit of its own)
            lead_b = obstacles[0][0]
        lead = norm[lead_a:lead_b].strip()
        plan = PLAN_SWITCH.match(lead or norm[rest:])
        if plan and current != PLAN:
            push(stack[-1].rank if stack else 1, plan.group(1), PLAN)
        elif not plan and current != PROBLEM:
            switch = next((s for s in re.split(r"(?<=[。；])", lead) if PROBLEM_SWITCH.match(s.strip())), None)
            if switch:
                push(stack[-1].rank if stack else 1, switch.strip().rstrip("。；"), PROBLEM)
        if items:
            # (a lead's work told before its last, short sentence naming the items' matter is a statement of its own: 2021年，…中心
            # 加强司机和车辆管理。组织司机参加…培训…。抓好综合管理。一是…)
            heads = ITEMS_HEAD.search(norm, lead_a, lead_b)
            if heads and heads.start() > lead_a:
                emit(block, lead_a, heads.start(), "para")
                lead_a = heads.start()
            emit(block, lead_a, lead_b, "lead")
            told = CONTEXT if (INSTRUCTED.search(norm[lead_a:lead_b].rstrip()) or FEATURES_LEAD.search(norm[lead_a:lead_b].rstrip())
                               or CAUSES_LEAD.search(norm[lead_a:lead_b].rstrip())) else None
            stressed = bool(STRESSED_LEAD.search(norm[lead_a:lead_b].rstrip()))
            for a, b in items:
                emit(block, a, b, "item", PLAN if stressed and MUST_ITEM.match(norm, a) else told)
        else:
            emit(block, lead_a, lead_b, "para")
        for a, b, cls in obstacles:
            emit(block, a, b, "para", cls)
        if obstacles:  # (after a comma the problems end on: …等突出问题，针对存在问题，…已…开展了…)
            emit(block, obstacles[-1][1] + norm.startswith("，", obstacles[-1][1]), said, "para")
        while turn:
            # (a plan clause after a comma is its sentence alone: what the paragraph says after it is read as before it —
            # …已研究出台4份政策文件，下一步拟再出台14份配套政策。推动设立…专项资金，… is work done again)
            stop = _SENTENCE_STOP.search(norm, cut) if norm[turn.start()] == "，" or _PLANNING_NOW.match(norm, cut) else None
            plan_end = stop.end() if stop else len(text)
            # (nor is what it says after a sentence opening on a time just past: …。今年我局将…继续推进…。近几个月来，我局物安中心…
            # 开展实地调研走访… is work done again)
            first = _SENTENCE_STOP.search(norm, cut) if not stop else None
            back = PAST_TURN.search(norm, first.end() - 1) if first else None
            plan_end = back.start() if back else plan_end
            plan_end = _forecast_end(norm, cut, plan_end) or plan_end
            resumed = series_resumes(norm, series, cut, plan_end)
            plan_end = resumed or plan_end
            said = plan_end - 1 if norm[plan_end - 1] == "，" else plan_end  # (a forecast's clause ends at its last word)
            (lead_a, lead_b), items = split_items(text[:said], norm[:said], cut)
            emit(block, lead_a, lead_b, "lead" if items else "para", PLAN)
            for a, b in items:
                emit(block, a, b, "item", PLAN)
            if plan_end >= len(text):
                break
            turn = _plan_turn(norm, plan_end - 1, year, reviewed)
            cut = _turn_cut(norm, turn, plan_end) if turn else len(text)
            told_end = cut - 1 if turn and norm[cut - 1] == "，" else cut
            if resumed:  # (the series told on: its items, done work again)
                (lead_a, lead_b), series = split_items(text[:told_end], norm[:told_end], plan_end)
                emit(block, lead_a, lead_b, "para")
                for a, b in series:
                    emit(block, a, b, "item")
            else:
                emit(block, plan_end, told_end, "para")

    # A paragraph that introduces what follows (deeper sections or items) is a lead.
    # (not one before a paragraph opening on its own turn to the plan, 下一步，我市将…: that paragraph heads itself, and the
    # work before it — 市水利局…邀请省水院专家…实地考察 — is no introduction of it)
    for k, u in enumerate(units[:-1]):
        nxt = units[k + 1]
        turned = bool(nxt.section) and bool(PLAN_SWITCH.match(nxt.section[-1])) and normalise(nxt.block.text).lstrip().startswith(
            nxt.section[-1])
        if u.role == "para" and nxt.block is not u.block and not turned and (
            (len(nxt.section) > len(u.section) and nxt.section[: len(u.section)] == u.section)
            or (nxt.role == "item" and nxt.section == u.section and nxt.text[:2] in ("一是", "第一"))
            or u.text.endswith(("：", ":"))
        ):
            u.role = "lead"
    _under_bare_items(units)
    _plans_announced(units)
    tasks = table_tasks(blocks)
    for u in units:
        if u.block.index in tasks and u.section_class in (OTHER, DONE):
            u.section_class = PLAN
    return Outline(blocks[:start] + ([blocks[start]] if offset else []), units, blocks[end:], headings, year)


# A table read one cell a line (a page's, a .docx's, in reading order): its header naming the rows' number (序号), a column of
# the tasks set (工作内容, 重点任务) and one of what was achieved on them (三季度进展情况, 完成情况) — a progress report's
# 责任分解 table (hd66c). Its rows open on their bare number.
TABLE_NUMBER_COLUMN = lazy(r"^(?:序号|编号)$")
TABLE_TASK_COLUMN = lazy(r"^(?:重点|主要|目标)?(?:工作|任务)(?:内容|事项|名称|目标|任务)?$")
TABLE_PROGRESS_COLUMN = lazy(r"^[^，。；：]{0,10}?(?:进展|进度|完成|推进|落实|执行)(?:情况)?$")
ROW_NUMBER = lazy(r"^\d{1,3}$")
_HEADER_CELLS = 8  # (header cells after the number column, at most)


def table_tasks(blocks: list[Block]) -> set[int]:
    """The indexes of the blocks that are the task cells of such a table (:data:`TABLE_TASK_COLUMN`): the cell as far after
    its row's number as the task column is after the number column in the header — what was set to be done, a plan, beside
    the cells of what was achieved (1 / 一般公共预算收入增长7%。 / 市财政局 / 前三季度，全市实现…: the second is the task)."""
    tasks: set[int] = set()
    offset = None
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if TABLE_NUMBER_COLUMN.match(text):
            header = [b.text.strip() for b in blocks[i + 1:i + 1 + _HEADER_CELLS]]
            header = header[:next((k for k, cell in enumerate(header) if ROW_NUMBER.match(cell)), len(header))]
            task = next((k for k, cell in enumerate(header, 1) if TABLE_TASK_COLUMN.match(cell)), None)
            offset = task if task and any(TABLE_PROGRESS_COLUMN.match(cell) for cell in header) else None
        elif offset and ROW_NUMBER.match(text) and i + offset < len(blocks):
            cell = blocks[i + offset].text.strip()
            if not ROW_NUMBER.match(cell):
                tasks.add(blocks[i + offset].index)
    return tasks


# A first item of running text that is its paragraph whole, one short sentence of no comma nor figure (一是道路保洁不到位。): the
# heading of the paragraphs of no number after it, up to the next item.
BARE_ITEM = lazy(rf"^\s*{ITEM_IS}[^，,。；;：:\d]{{2,20}}。?$")


def transcript(out: Outline) -> bool:
    """Whether ``out`` is an interview's transcript: its host labelled (:data:`~drafter.grammar.HOST_LABEL`) on a line of their
    own, a heading, or opening their words, in its text or over it (a phone-in's host opening the page: 【主持人】听众朋友，你好！…),
    and a programme's words said (:data:`~drafter.grammar.INTERVIEW_WORDS`: no meeting's minutes, 主持人：张某)."""
    texts = (*out.headings, *(b.text for b in out.front), *(u.text for u in out.units))
    return any(HOST_LABEL.match(t) for t in texts) and any(w in t for t in texts for w in INTERVIEW_WORDS)


def guests_words(doc: Document, out: Outline) -> Outline:
    """``out`` of an interview's transcript (:func:`transcript`) with its guests' words alone to state (hd67b): the host's turns
    — a paragraph opening on the host's label (主持人：…), or after the label on a line of its own up to the next speaker's
    (李智勇：, :data:`~drafter.grammar.SPEAKER_LABEL`) — and the programme's fields (:data:`~drafter.grammar.PROGRAMME_FIELD`)
    :data:`UNSAID`, and each guest's paragraph without its label and the courtesies it opens on
    (:data:`~drafter.grammar.INTERVIEW_COURTESY`), unsaid where nothing else is left."""
    hosting: dict[int, bool] = {}  # (whether the host speaks in each paragraph)
    host = False  # (whether the host holds the floor: a label on a line of its own gives it up to the next)
    for block in doc.blocks:
        text = block.text.strip()
        hosted = HOST_LABEL.match(text)
        label = hosted or SPEAKER_LABEL.match(text)
        if label:  # (a speaker's label opening their words ends the host's turn; the host's own is theirs alone)
            host = bool(hosted) and label.end() == len(text)
        hosting[block.index] = host or bool(hosted) or bool(PROGRAMME_FIELD.match(text))
    units = []
    for unit in out.units:
        label = SPEAKER_LABEL.match(unit.text)
        text = unit.text[label.end():] if label else unit.text
        while courtesy := INTERVIEW_COURTESY.match(text):
            text = text[courtesy.end():]
        said = not hosting.get(unit.block.index) and bool(text.strip())
        units.append(replace(unit, text=text.strip()) if said else replace(unit, role=UNSAID))
    return replace(out, units=units)


def _under_bare_items(units: list[Unit]) -> None:
    """The paragraphs standing under a bare item (:data:`BARE_ITEM`) take its words as their last heading: an inspection
    notice's 一是道路保洁不到位。 / 尧都区负责的…路段； / 市城市管理局负责的…路段。 / 经调度后，全部整改完成。 — each a failing of the item's
    kind, or its outcome, never a statement cut from it (hd48d)."""
    heading: Unit | None = None
    for u in units:
        if u.role == "item":
            heading = u if BARE_ITEM.match(normalise(u.text)) and u.block.text.strip() == u.text else None
        elif heading is not None and u.role == "para" and u.block is not heading.block and u.section == heading.section:
            u.section = [*u.section, normalise(heading.text).strip().rstrip("。")]
        else:
            heading = None


# A lead announcing what will be done, in the list after it (我委…将从以下几个方面配合县区做好…工作。 / 下一步将重点做好以下工作：; 为此，要重点做好以下八个方面的工作： of a 政府工作报告, hd32b),
# or what is to be done in a time to come before a list (报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。 / （一）…): its
# items, or the sections under it, are plans, not work done. (Not a transmittal, 现将有关情况答复如下 — its matter named
# before 如下 too: 现根据我厅工作职能，将提案答复内容如下：, 1250905 of 河南省应急管理厅, hd52c — nor 将 as 把 or
# 将近; nor a lead saying what was done before, 已将…; its first 将 nor 将以下, 将下列: a list brought forward.)
FUTURE_LEAD = lazy(r"(?:(?:(?<![现已])将(?!近|以下|下列|" + _BA_AHEAD + r")|拟|计划|准备|打算|" + NEXT_OR_LATER + r"|(?<![主重需只想摘纲概必])" + MUST_YAO + r"(?!紧))"
                   r"(?![^。；！？]{0,30}?(?:答复|报告|汇报|说明|回复|函复|介绍|通报)(?:内容|意见|情况)?如下)"
                   r"[^。；！？]{0,30}?(?:以下|如下|下列|[一二三四五六七八九十几两]+个?方面)[^。；！？]{0,30}"
                   # (or a year named: 2022年将深入学习贯彻…，主动服务生态、服务民生。 / 一是…)
                   r"|(?:今年|明年|年内|" + NEXT_OR_LATER + r"|(?:19|20)\d{2}年度?(?=将))(?!以来|来)[^。；！？，]{0,12}?(?:(?<![现已])" + _WILL_NOT_BA + r"|拟|计划)"
                   r"[^。；！？]{0,60})[。：:]?$")
# A lead saying what was done (按照计划开展了以下工作：, 今年以来…已…: grammar.DONE_SO_FAR): no plan, whatever it names ahead.
DONE_IN_LEAD = lazy(DONE_SO_FAR)
# A lead's first sentence opening on its year and what the bureau (or its place) will do then (2024年，我局将深入学习贯彻…;
# 2022年，市民政局将继续践行…, hd38a: the bureau by name), and a sentence announcing an account (现将…汇报如下：), which no plan's
# lead holds. (Its 将 is 把 before 放在, 融入, 贯穿 too: 将…融入…; :data:`_WILL_AHEAD` knows the other verbs only.)
YEAR_WILL = lazy(r"^\s*(?:19|20)\d{2}年度?，?(?:我们|我[市区县局委办]|全[市区县]|[^，。；：]{1,10}?" + UNIT_END + r")?(?:还|也)?将(?!近|[\d一二两三四五六七八九十]|[^。；！？，]{0,16}?"
                 r"(?:" + BA_OBJECT_VERBS + r"|放在|融入|贯穿))")
REPORTED = lazy(r"现将|(?:总结|汇报|报告|说明)如下")
# The first of a list, numbered one (一、 （一） 1. （1） ①), or a paragraph opening on a first item of running text (一是…,
# 第一，…: 下一步我们将从以下方面加强全民健身场地建设。 / 一是推进全民健身设施建设… / 二是…, hd38c).
FIRST_NUMBERED = lazy(rf"^\s*(?:一[、.．]|[（(]一[）)]|1[、.．](?!\d)|[（(]1[）)]|①|一是|第一{NTH_STOP})")


def _plans_announced(units: list[Unit]) -> None:
    """The items of a lead announcing what will be done (:data:`FUTURE_LEAD`, its last sentence), and the sections or the
    numbered paragraphs under it (from the first, numbered one), are plans: their class is the plan's unless a heading of
    their own classifies them otherwise than the lead's section; so is a paragraph opening on such a lead, its items run on
    after its colon (2023年，省委、省政府将重点抓好十个方面、50项民生实事任务，具体意见安排如下：一、…1 .城镇新增就业23万人；… —
    the page kept no break between them, hd35b)."""
    for u in units:
        opening = re.match(r"[^。；！？：:]*[：:](?=\s*\S)", simplified(normalise(u.text)).strip())
        if u.role in ("lead", "para") and opening and FUTURE_LEAD.search(opening.group()) and not DONE_IN_LEAD.search(
                opening.group()):
            u.section_class = PLAN
    for k, u in enumerate(units[:-1]):
        if u.role not in ("lead", "para"):
            continue
        last = [s for s in re.split(r"(?<=[。；！？])", simplified(normalise(u.text)).strip()) if s.strip()]
        # (or one opening on what its year will see, the sentences after it saying how, none what was done: 2024年，我局将深入学习
        # 贯彻…。…聚焦…，推动…。 / （一）进一步深化办公用房管理…)
        year_will = bool(last) and YEAR_WILL.match(last[0]) and not any(DONE_IN_LEAD.search(s) or REPORTED.search(s) for s in last)
        if not last or not (FUTURE_LEAD.search(last[-1].strip()) or year_will) or DONE_IN_LEAD.search(last[-1]):
            continue
        depth, blocks, listed = len(u.section), set(), False
        for nxt in units[k + 1:]:
            # (its items, in its paragraph or in paragraphs of their own after it: 2022年，市民政局将继续践行…。 / 一是扎牢…, hd38a)
            inline = nxt.role == "item"
            under = len(nxt.section) > depth and nxt.section[:depth] == u.section
            numbered = nxt.section == u.section and nxt.block is not u.block and (
                nxt.block.index in blocks or bool(_marker(normalise(nxt.block.text.strip())))
                or bool(ITEM_START.match(normalise(nxt.block.text.strip()))))
            if not listed and not inline and not FIRST_NUMBERED.match(normalise(nxt.block.text)) and not (
                    under and any(FIRST_NUMBERED.match(normalise(h)) for h in nxt.section[depth:depth + 1])):
                break  # (a list opens on its first)
            if not (inline or under or numbered):
                break
            listed = True
            blocks.add(nxt.block.index)
            if nxt.section_class in (OTHER, u.section_class):
                nxt.section_class = PLAN


# A report's title that is a plan of work to come (2024年工作要点, 下半年工作计划), not an account of work done
# (工作总结, 完成情况, …汇报和下半年工作计划).
PLAN_TITLE = lazy(r"工作要点|工作计划|工作安排|工作打算|工作思路|工作设想")
# A policy that is a plan of work (关于印发《关于“三农”领域推动“四领一促”工作的实施方案》的通知, hd54a): its tasks are plans of its year,
# no rule in force — the plan the title ends on (…行动计划（2023—2025年）), not one it is about (关于做好…工作方案报送工作的通知,
# 关于…工作方案编制的意见: rv18 11).
PLAN_POLICY_TITLE = lazy(r"(?:(?:实施|工作|行动)方案|行动计划)(?:[（(][^（）()]*[）)])?》?(?:的通知)?$")
ACCOUNT_TITLE = lazy(r"总结|完成情况|执行情况|进展情况|工作情况|汇报|回顾|报告")
# A page profiling a place (:data:`~drafter.grammar.PLACE_PROFILE`): background, no unit's account of its work (hd57a).
PROFILE_TITLE = lazy(PLACE_PROFILE)


# A plan that no title calls one: a text opening on its own year's approach or aims (2025年全市农业农村工作的总体思路是：…),
# or tasks tagged with the units that answer for them (（责任单位：局种植业管理处，…）).
PLAN_OPENING = lazy(r"^((?:19|20)\d{2})年[^。；：]{0,30}?(?:总体思路|总体要求|主要目标|目标任务|工作思路)(?:是|为)?：")
DUTY_TAG = lazy(rf"[（(〔](?:{words(DUTY_WORDS)})：")
# Such a tag closing a task after its stop (…切实提升全系统理论水平。〔牵头科室：人事教育科（机关党委）〕, hd46b).
DUTY_TAG_END = lazy(rf"{DUTY_TAG.pattern}[^〔〕]*[）)〕]\s*$")


# A news item's title announcing the year's work to come (西安三部门发布今年重点工作, 江宁区今年关于医疗卫生方面的民生实事有哪些？,
# 2025年十件民生实事公布): what it lists is planned — not a look back at it (…民生实事完成情况, 重点工作成效显著).
YEAR_PLAN_NEWS = lazy(r"(?:今年|本年度?|年内|((?:19|20)\d{2})年)[^，。！？]{0,16}?(?:民生实事|重点工作|工作要点|重点任务|目标任务|工作计划)"
                      r"(?![^，。！？]{0,8}?(?:完成|成效|成绩|盘点|回顾|交出|答卷|进展|落实情况))")


# …or a target for a year after the item's (目标2025年！邢台将建50个省级森林乡村 of 2022, hd45b): what it tells is planned — a
# year named its aim or one it aims at (:func:`~drafter.grammar.target_years`: not 截至2025年…, nor 2021年至2025年我市累计建成…).
AIM_NAMED = lazy(r"(?:目标|力争)((?:19|20)\d{2})年")


# A report on a year's execution and the next year's draft (汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告, 2023年预算
# 执行情况和2024年预算草案的报告): two parts, the first year's results and the next year's plan (groups 1 and 2: their years).
# (or on a year's work and the next year's plan: 泉州市科技局2016年科技创新工作总结及2017年工作安排)
TWO_PART_REPORT = lazy(r"((?:19|20)\d{2})年[^，。；！？]{0,30}?(?:执行情况|总结)[^，。；！？]{0,4}?(?:和|与|及)((?:19|20)\d{2})年"
                       r"[^，。；！？]{0,30}?(?:计划|预算|安排|打算|思路|要点)")
# A task said bare, as a plan states it (加强…, 加快推进…, 全面推广…; 四是进一步提升开放平台能级。), after who says it (内容提到，,
# 报告提出：).
TASK_SAID = lazy(rf"^(?:{ITEM_NUMBER})?(?:[^，。；：！？“”]{{0,8}}?(?:提到|提出|指出|明确|强调)[，：])?(?:{words(MANNER_ADVERBS)})?"
                 rf"(?:{words(ASK_VERBS)})")


def plan_part_year(text: str | None) -> int | None:
    """The year of the plan part of the two-part report ``text`` names (:data:`TWO_PART_REPORT`, the year after its results'),
    None where it names none."""
    m = TWO_PART_REPORT.search(text or "")
    return int(m.group(2)) if m and int(m.group(2)) == int(m.group(1)) + 1 else None


def in_plan_part(section: list[str], norm: str, figures: list, plan_year: int) -> bool:
    """Whether a statement of a two-part report (:data:`TWO_PART_REPORT`, ``plan_year`` its plan part's year) is of its plan part:
    under a heading naming that year and no other (二、2024年国民经济和社会发展计划草案) or naming none but a plan's (二、下一步工作计划),
    or, under none naming a year, a task said bare (:data:`TASK_SAID`) naming no other year, nothing done and no figure a change on
    the year before (内容提到，加强大气污染防治…; 加强生活污水收集处理能力，加快推进陆丰市第二污水处理厂（一期）建设…; 加快推进中试验证平台
    建设，力争完成投资5亿元 — its aim, a plan's figure — of a news item on the report, hd57c) — never one of the results part, its
    heading naming their year."""
    named = {y for label in section for y in said_years(label)}
    if named or any(heading_class(label) == PLAN for label in section):
        return named <= {plan_year}
    return (bool(TASK_SAID.match(norm)) and not DONE_IN_LEAD.search(norm)
            and not any(year_on_year(norm, max(0, norm.find(g.raw))) for g in figures)
            and set(said_years(norm)) <= {plan_year})


def _aimed_year(title: str, year: int | None) -> int | None:
    """The first year news ``title`` of ``year`` aims at (:data:`AIM_NAMED`, :func:`~drafter.grammar.target_years`); None for none."""
    named = AIM_NAMED.search(title)
    aims = target_years(title, year)
    return int(named.group(1)) if named else aims[0][1] if aims else None


def default_class(kind: str, title: str | None = None, out: Outline | None = None, year: int | None = None) -> str:
    """The class of a section no heading word classifies: done in replies and reports, plan in a
    report whose title plans work to come only (某局2024年工作要点: its targets were done work) or a policy that is a plan
    (:data:`PLAN_POLICY_TITLE`), context in a place's profile (:data:`PROFILE_TITLE`), or whose
    text (``out``; ``year``, the document's) opens on its year's approach or tags tasks with who answers for them
    (:data:`PLAN_OPENING`, :data:`DUTY_TAG`), else context."""
    if kind in (NEWS, POLICY):
        announced = YEAR_PLAN_NEWS.search(simplified(title)) if kind == NEWS and title else None
        if announced and not ACCOUNT_TITLE.search(title) and not (
                announced.group(1) and year and int(announced.group(1)) < year):
            return PLAN
        aimed = _aimed_year(simplified(title), year) if kind == NEWS and title else None
        if aimed and year and aimed > year and not ACCOUNT_TITLE.search(title):
            return PLAN
        return PLAN if kind == POLICY and title and PLAN_POLICY_TITLE.search(title) else CONTEXT
    if title and PLAN_TITLE.search(title) and not ACCOUNT_TITLE.search(title):
        return PLAN
    if title and PROFILE_TITLE.search(simplified(title)):
        return CONTEXT
    if out and out.units and not (title and ACCOUNT_TITLE.search(title)):
        m = PLAN_OPENING.match(simplified(out.units[0].text))
        if (m and (year is None or int(m.group(1)) >= year)) or any(DUTY_TAG.search(simplified(u.text)) for u in out.units):
            return PLAN
    return DONE
