"""Figures in a statement: ``1.17亿元`` → value 1.17, scale 亿, unit 元, and the thing it counts.

A figure is a number with a unit or a scale (``1614家``, ``8485.55万元``, ``2.9万人``, ``3.4%``,
``1800余人``, ``超800家/次``, ``1-2个``), also in Chinese numerals when a magnitude and a unit make
it unmistakable (``三千万元``, ``近千家``, ``超过六成`` — not ``千人计划``, ``三年行动``). Years (``2025年``, a reign's ``金大定二十九年``), dates, ordinals (``第1288号``),
document numbers, phone numbers, codes and list numbering are not figures, nor is a run of time (``连续3年``). A rate per so
many is one (``孕产妇死亡率为3.85/10万``: unit ``/10万``; ``按3元/卷的标准``: unit ``元/卷``), and so is a rank (``第34位``, ``全省排名第2、第5位``, ``正排第2``: unit 位),
named by its own clause: what is ranked where (``年排名在全国168个重点城市倒排第34位`` → 年排名在全国重点城市倒排), or each thing
of a list before it (``PM10、PM2.5下降率分别为10.2%、4.5%，全省排名第2、第5位`` → PM10下降率全省排名, PM2.5下降率全省排名).

``counts`` is the noun phrase the number counts, read from the text around it: the words
before the number back to the last verb or scope word (``全市培育科技型中小企业1614家`` →
科技型中小企业; a verb that made the thing opening them is no part of it: ``共认定市级…基地40家`` →
市级…基地, nor a list of qualities the name was cut at: ``…、具有良好成长性市级…基地40家`` → 市级…基地), else
the words right after a measure word (``183家科技企业获得…`` → 科技企业), else the previous figure of the same
unit in the sentence. A bare level such as
``其中国家级14家`` borrows the noun of its parent figure (→ 国家级企业技术中心). Figures listed
after as many things count them in order (``高新技术企业、科技型中小企业达4210家、5375家，分别增长
18.2%、25.6%`` → 高新技术企业, 科技型中小企业, 高新技术企业增长, 科技型中小企业增长).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..grammar import (
    AREA_UNITS, CHANGE_VERBS, COUNTERS, DURATION_OF, ENTERING_VERBS, EPITHETS, FIVE_YEAR_PLAN, FOUNDING_VERBS, HALF_YEAR_WORDS, HEADED_BREAK,
    IN_YEAR_WORDS, KIN_WORDS, LAST_YEAR_BASE, LAST_YEAR_WORDS, LEVEL_NOUN_AFTER, LOCAL_SCOPES, MANNER_ADVERBS, PASSING_VERB, PLACE_LEVELS,
    PLAN_PERIOD_ENDS, PROGRAMME_END_WORDS, PUSHING_VERBS, REACHING_WORDS, ROSTER_WORDS, RUNNING_TOTAL_WORDS, STOCK_NOUNS, SCOPE_WORDS, SHORT_CHANGES,
    SINGLING_OUT_WORDS, STANDARD_NAME, STRIVING, THIS_YEAR_WORDS, TOWN_WORDS, COUNTRY_WORDS, TRADITIONAL_SCALES, TURN_OPENERS, WORK_VERBS, WORKS_VERBS,
    YUE_ABOUT, ZHONG_AMONG, figure_matches, match_unit, match_value, share_held, words,
)
from ..lazyre import lazy
from ..model import Figure
from ..textutil import CJK, cn_number

_HALF = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
_HALF_RE = lazy(r"[,:;()!?]")


# A list number's dot run into the year its item opens with (1.2017-2021年安排…, 3.2017年之前…): no decimal point.
_NUMBERED_YEAR = lazy(r"(?<![\d.])(\d{1,2})\.(?=(?:19|20)\d{2}\s?(?:年|[-—–~～至到]\s?(?:19|20)\d{2}\s?年))")


def normalise(text: str) -> str:
    """Half-width ``,:;()!?`` made full-width — same length, so spans stay valid — except
    between two ASCII letters or digits (``1,000``, ``10:30``); a list number's dot before a year made 、
    (``1.2017-2021年`` → ``1、2017-2021年``)."""

    def swap(m: re.Match) -> str:
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            return m.group()
        return _HALF[m.group()]

    return _NUMBERED_YEAR.sub(r"\1、", _HALF_RE.sub(swap, text))


# (a span with the first year's 年 too: 2017年—2018年, 2019年至2021年; a year whose 年 a page lost, its
# month's digits run into it: 20251月 for 2025年1月; or a date that lost its 年 and 月, its digits run up to 日: 2023420日 for
# 2023年4月20日 — its year whatever month and day its digits split into; a span whose dash a page lost, its years run together
# or a space between them: 方案（20232027年）, （2023 2027年）, hd66d; a span that lost its 年 before its words:
# 超过2019-2021新增公共停车泊位17.2万个的目标, hd74a)
YEAR = lazy(r"(?<![\d.])((?:19|20)\d{2})\s?(?:(?:年?\s?[-—–~～至到]\s?|(?=(?:19|20)\d{2}\s?年))((?:19|20)\d{2})\s?)?"
            r"(?:年(?!代)|(?=(?:1[0-2]|0?[1-9])月)"
            r"|(?=(?:1[0-2]|0?[1-9])(?:[12]\d|3[01]|0?[1-9])日)|(?(2)(?=[\u4e00-\u9fff])|(?!)))")

# Verbs and scope words a counted noun phrase starts after (rightmost one wins).
_CHANGE_TO_VERBS = (*CHANGE_VERBS, "上升")  # (verbs a figure changes to the value after them by: 提高到, 上升至)
# A change from one value to another (由2019年的600小时提升至900小时; 分别从44845元、25903元提高到63702元、39096元): the word before the
# value it starts from (a pattern searched up to that value), and the verb before the one it reaches (调整至18台, 增至, 降到,
# 跃升至, 延长至).
FROM_VALUE = lazy(r"[由从]\s?$")
CHANGED_TO = lazy(rf"(?:{words(_CHANGE_TO_VERBS, ('调整', '扩大', '延长', '跃升', '攀升', '升', '增', '降', '减'))})(?:至|到)")


def changed_from(norm: str, pos: int) -> bool:
    """Whether the value at ``pos`` in ``norm`` is one a change starts from: its 由 or 从 right before it (:data:`FROM_VALUE`)."""
    return bool(FROM_VALUE.search(norm, max(0, pos - 2), pos))
# Verbs of adding things to a stock (新增上市企业5家, 全年引进各类人才7万人): they stop the noun phrase, and are part of what the
# figure counts — the year's additions, never the stock (新增上市企业, 引进人才: hd56c; facts.measure keeps them so).
_ADDING_VERBS = ("新增认定", "新增", "新认定", "新引进", "引进", "新引")
_ADDING_HEAD = lazy(rf"^(?:{words(_ADDING_VERBS)})")  # (a name opening on one: the stock's name after it, 累计达84个 of 新引人才团队20个)


def _split_added(name: str, least: int = 0) -> tuple[str, str]:
    """The verb of adding ``name`` opens on (:data:`_ADDING_HEAD`: 新增 of 新增上市企业) and the rest, the thing added; ("", ``name``)
    where it opens on none, or the rest would be shorter than ``least``."""
    added = _ADDING_HEAD.match(name)
    return (added.group(), name[added.end():]) if added and len(name) - added.end() >= least else ("", name)


# The stops themselves: the local scopes, the verbs of adding, the words below and the changes to a value (增至, 提高到).
# What 等 makes one word with, no list's 等 (优良中等路率, 同等条件, 一等奖: hd68a; 二级甲等医院, hd70b).
_GRADED_BEFORE = "中同平高初上对均次相优特一二三四五六甲乙丙"
_STOP_WORDS = (*LOCAL_SCOPES, *_ADDING_VERBS, *(
    "截至目前 截至 目前 全年 我局 其中 分别 围绕 聚焦 总共 共计 合计 总计 "
    "累计达到 累计达 累计 共有 达到 高达 多达 超过 突破 安排 已有 现有 已经 已 仅为 仅占 只有 仅 最高 同比 环比 比增 年均 新选认 选认 遴选 培育 兑现 下达 "
    "获得 获批 获评 获认定 获 认定为 入选 引建 举办 召开 开展 完成 颁发 授予 推出 "
    "推动建设 加快建设 启动建设 计划建设 布局建设 推动 推荐 实现 建成 打造 实施 出台 发布 征集 帮助 落实 支持 资助 设立 成立 建立 "
    "办理 出具 接收 受理 涉及 包括 覆盖(?![面率]) 惠及 吸引 带动 促成 达成 签约 提供 给予 筹集 举荐 确定 力争 争取到 争取 预计 有望 拟 "
    "确保 率先 首次 每家 每个 每项 每人 每年 提出 优选 择优 推送 用于 各类型 各类 "
    "立项 投入 支出 放款 授信 发放 开通 纳入 占(?!地|道) 荣获 喜获 斩获 增至 降至 稳定在 保持在 控制在 维持在"
).split(), *(verb + to for verb in _CHANGE_TO_VERBS for to in "至到"),
    f"(?<![{_GRADED_BEFORE}])等")
# What a national title opens on after 全国 (全国重点文物保护单位, 全国历史文化名城, 全国文明城市, 全国示范…, 全国先进…).
_NATIONAL_TITLE = "重点(?!城市)|历史文化|文明|示范|先进|模范|百强|卫生"
STOP = lazy(
    # (not a verb's noun: 党组织覆盖率, 占比, 数据填报完成进度, 整体办理时限, 缩短办理时间, 办理用时; nor an adjective's stem:
    # 全市性暴雨19天, 突破性进展)
    # (nor the built-up area: 建成区不积水面积, hd45c)
    "(?:" + "|".join(sorted(_STOP_WORDS, key=len, reverse=True)) + ")(?![率比性]|进度|时限|时间|时长|用时|(?<=建成)区)"
    + r"|(?:提高|提升|调整)\s?为"  # (由728元提高为735元, 提高 为 on a mirror: the new value of the same thing)
    + rf"|(?:{'|'.join(_CHANGE_TO_VERBS)})\s(?:至|到)"  # (提高 到 on a mirror that spaced its words)
    # (not a body's name: 全国人大代表建议1件; nor a national title's, the level of the thing counted: 全国重点文物保护单位25处,
    # 全国历史文化名村（镇）7处, hd53b)
    + rf"|(?:(?<![{CJK}])|(?<=[年月底来内]))全国(?!人大|人民代表大会|政协|两会|{_NATIONAL_TITLE})"
    + r"|(?<![党团])组织|组织(?![的，。；、])"  # (not a party's organisation named whole: 29个单位党组织的…)
    + r"|(?<!公)共(?![享同性产富]|建(?!设))|(?<![发到表雷])达(?![标成])|解决(?!方案)|承办(?!单位|部门|方)"
)
# Where a noun phrase read after a measure word ends (183家科技企业|获得…; 约108亩耕地|存在抛荒现象; 3家银行|增加到6家),
# or where a rank begins (168个重点城市|倒排第34位); so do 以及, an adverb of all and a time's 每 (5个百姓健身房|以及…,
# 2件提案|均按时答复…, 环卫工作人员2名|每天对路段进行巡查), and the class a thing is one of (28个内河主要港口|之一).
# Words opening on a function character, no function character there (和美乡村, 和谐社区, 与会代表, 并购项目, 在线平台).
_NO_FUNCTION_CHAR = r"(?!和美|和谐|和睦|与会|并购|在线)"
FORWARD_END = lazy(rf"之一|存在|以及|均(?!衡)|每(?=[天日周月年])|基本(?=建|实现|完成|形成|达到|覆盖)|约有|(?:增加|增长|提高|提升|下降|减少)(?:到|至|为)|{_NO_FUNCTION_CHAR}(?:[和及与等或在向到被由]|(?<![撤合兼吞归])并)|申报|列为|{words(ENTERING_VERBS)}|参加|参与|入驻|通过|进行|成为|前往|自主"
                   r"|排名|倒排|正排|位列|位居|第(?=\d)"
                   # (or one of them picked out: 8个县市中的合作市 counts 县市 — not a 高中's)
                   rf"|{ZHONG_AMONG}的"
                   r"|大关|关口|首位|前列|之首"  # (a milestone passed, 突破14亿斤大关, or a rank among the things: 35个大中城市首位)
                   # (or a clause of its own, run on where a page lost its stop: …资金9万元鉴于您提出：…)
                   r"|鉴于|由于|因为|为了|为此"
                   # (or a verb ending on 到, whole, not at its 到: 11项专项整治收到实效 counts 专项整治, not 专项整治收, hd57a)
                   r"|(?:收|得|受|见|做|办|遇|感|找|拿|看|听|接|落)到"
                   # (and one ending on 及 or 并: 4条公交线路涉及复兴大道… counts 公交线路, not 公交线路涉, hd67a; 3个乡镇合并为…)
                   r"|(?:涉|惠|波|遍|普|危|殃|触|顾)及|(?:合|兼|归|吞)并"
                   # (or what the things can reach: 289家市级以上龙头企业可实现销售收入… counts 市级以上龙头企业, hd54a)
                   r"|可(?=实现|达到|完成|带动|新增|增加)"
                   # (or a verb with its own counted object: 67个党政部门设置多个宣传咨询点位 counts 党政部门; or its object described:
                   # 3个干线公路收费站设置醒目的绿色提示牌 counts 干线公路收费站, hd54b)
                   r"|(?:设置|设立|开设|配备|组建|组织)(?=了?(?:多|[一二两三四五六七八九十百\d]+)[个家名项处支场]|[^，。；的]{1,6}的)"
                   # (or what the things are let be used for: 59条农村公路让群众打场晒粮 counts 农村公路, hd54b; not 转让, 出让)
                   r"|(?<![转出退谦礼])让(?!利|渡)|供(?=群众|市民|居民|农民|村民|游客|百姓|公众)"
                   # (or what is to become of them: 7处老旧小区将旧貌换新颜 counts 老旧小区, hd65b; 3个项目即将开工 — not a general's 将)
                   r"|即将|(?<![大名猛主武老中少上干悍即])将(?![军士领帅官])"
                   # (or how fine what is counted was done: 2个台风精细到街道的预报 counts 台风)
                   r"|(?:精细|精确|细化|具体)(?=到)"
                   # (or the state or time of the things, said after them: 25个村正在进行收尾工作, 1114个改厕村运维全覆盖,
                   # 5个文旅项目今年5月签约, 3个项目年内完工 — a time word at a word's end, not inside one: 30名青年内训师,
                   # 3场线上年货节)
                   rf"|正在|全覆盖|(?:{words(THIS_YEAR_WORDS, LAST_YEAR_WORDS)})(?=(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
                   rf"|以来|{words(HALF_YEAR_WORDS)}|[，。；、,;！？：:）)\s]|$)"
                   rf"|(?:{words(IN_YEAR_WORDS)})(?=(?:将|可|能|要|均|全部|全面|基本|力争)?"
                   rf"(?:{words(WORK_VERBS, FOUNDING_VERBS)}|竣工|完工|投用|投运|投产|开业|建成|实施))")
FUNDS = lazy(r"(?:金|费|款|奖励|补助|补贴|投资)$")  # 300万元的专项工作经费
# What a figure's money did, made a noun's attribute (投资2000万元建设的县科技馆即将…开放): no thing it counts.
_DONE_WITH = lazy(rf"(?:{words(WORK_VERBS, FOUNDING_VERBS)}|新建|改建|扩建|修建|购置|打造)的")
LOCAL_SCOPE = lazy(words(LOCAL_SCOPES))
# Aid naming the kind of what a measure word counts (11条支持政策, 5项扶持措施, 3个帮扶项目): no verb, a part of the noun.
_AID_NOUN = lazy(r"(?:支持|扶持|帮扶|奖补|资助)(?=(?:性)?(?:政策|措施|举措|办法|资金|项目|清单))")
# Stops that are also the thing counted when nothing follows them (研发投入4.83亿元).
NOUNISH = {"投入", "支出", "立项", "放款", "授信"}
# (a kind's number in brackets is of its name: 5座小（2）型水库)
# (a name in quotes joined by + or 、: 7个“互联网+全民义务植树”基地, 83宗“双随机、一公开”执法检查)
FORWARD = lazy(rf"[{CJK}“‘A-Za-z](?:[{CJK}“”‘’A-Za-z&（）]|(?<=（)\d{{1,2}}(?=）)|[+、](?=[{CJK}A-Za-z][^“”，。；]*”))*")
# Periods that open a phrase are not what is counted: 2024年, 到2025年底, 1-9月, 一季度, 上半年.
# (or the time a change starts from: 自2024年7月起)
_PERIOD_HEAD = (r"(?:到|至|截至|自|从)?(?:19|20)\d{2}年?(?:\s?[-—–~～至到]\s?(?:19|20)\d{2})?年(?:度|底|末|初)?(?:起|以来)?|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|底|末|[上中下]{1,2}旬|初|中)?(?:起|以来)?"
                rf"|(?:第?[一二三四]|前三)季度|(?:{words(HALF_YEAR_WORDS, THIS_YEAR_WORDS, LAST_YEAR_WORDS)})度?(?:以来)?|当年|同期"
                # (or a day that lost its 年 and 月, its digits run together: 2016310日拨付… of a page printing 2016年3月10日)
                r"|(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:[12]\d|3[01]|0?[1-9])日")
# (nor what more is planned, the plan's word before its work: 今年我市还计划改造近视防控教室照明3561间 → 改造近视防控教室照明)
# (nor an item's numeral word, 一是规划建设类9件 → 规划建设类, nor a verb's 了 left by a stop: 开展了“一人一技”…培训65期)
# (nor the 是 opening a list's items: 分别是王村中学5条 → 王村中学; nor the one singling out: 特别是陶瓷规上企业… → 陶瓷规上企业)
# (nor an adverb of order and the place the work was done in, before its verb: 先后在帮扶村宣讲党的二十届三中全会4次 →
# 宣讲党的二十届三中全会; nor an average alone, after a change to it: 全流程审批事项压减至平均66项 → 全流程审批事项)
# (nor a 于 before a time: 预计于10月中下旬100%…)
# (nor the state the counted ones are in for a span: 14家企业正在贷款期内贷款金额共6150万元 → 贷款金额)
# A scope and its 有, opening what it has (辖区有幼儿园80所, 全区有初中12所 → 幼儿园, 初中): no part of the thing counted — not the
# 有 opening a word (全县有效灌溉面积, 全市有关部门: the words 有效, 有关…).
_HAS_WORD_SECONDS = "效关机线色害偿限序益力形声利毒名"
_SCOPE_HAS = lazy(rf"(?:{words(SCOPE_WORDS)}|辖区)内?有(?![{_HAS_WORD_SECONDS}])(?=[{CJK}]{{2}})")
_JUNK_HEAD = lazy(rf"^(?:{_PERIOD_HEAD}|{_SCOPE_HAS.pattern}|建设|由于|{words(TURN_OPENERS, SINGLING_OUT_WORDS)}|(?:还|也|同时|并)(?:计划|拟|将|准备)(?:再|继续)?|(?:还|另)有(?=[\u4e00-\u9fff]{{2}})|[一二三四五六七八九十]+是|(?:分别)?是(?!否)"
                  r"|(?:正在|仍在|尚在|处于)[^，。；、\s]{1,6}?期[内间](?=[\u4e00-\u9fff]{2})"
                  r"|\d{1,2}\s*[.．](?!\d)"  # (a list's number: 8 .为1.6万人（次）有需求的残疾人…, hd35b)
                  rf"|(?:{words(WORKS_VERBS)})了(?=[\u4e00-\u9fff]{{2}})"  # (works done opening it: 安装了垃圾分类亭110个 → 垃圾分类亭)
                  r"|先后|相继|陆续|平均$|在(?!线)[^，。；、\s]{0,8}?(?:村|社区|镇|乡|街道|学校)(?=[\u4e00-\u9fff]{2})"
                  rf"|{_NO_FUNCTION_CHAR}[的了和及与、对向为把将再并于]|\s)+")
# Nor are periods closing it: 海洋生产总值到2025年达到300亿元 → 海洋生产总值, the year the figure's, never its name's.
_PERIOD_TAIL = lazy(rf"(?:{_PERIOD_HEAD})+$")
# A comparison ends the name of what changed: 增速较去年同期提高 → 增速; 较上年增加 → (nothing).
# (or than a baseline named: 比“十三五”末增长18.4%, 比2020年增长…)
_BASELINE = rf"{FIVE_YEAR_PLAN}(?:{words(PLAN_PERIOD_ENDS)})?|(?:19|20)\d{{2}}年(?:底|末)?"
_COMPARED = lazy(rf"较(?![为好])|同比|环比|(?:相|对)?比(?:{words(LAST_YEAR_WORDS)}|(?={_BASELINE}))")
# A yearly average's change or rate right before a figure (…年均增长8.6%, 年均增速达6.2%, 年均增长率保持在…): the change is
# of the noun before 年均, and of the span its statement names (distill.periods).
YEARLY_AVERAGE = lazy(r"年均(?=[^，。；\d]{0,6}$)")
# A clause opening on its comparison, what changed named in the clause before it (全省城乡低保平均标准，比“十三五”末分别增长…).
_COMPARISON_OPENING = lazy(rf"(?:较|比)(?:{words(LAST_YEAR_WORDS)}|{_BASELINE})")
# The comparison closing the things listed before their changes (…孤独症儿童康复救助标准较“十三五”末|分别提高25%、…).
_COMPARISON_TAIL = lazy(rf"(?:(?:较|比)(?:{words(LAST_YEAR_WORDS)}|{_BASELINE})(?:同期)?|同比|环比)$")
# (grammar.CHANGE_VERBS: the verbs of a figure's change) A name that is only a change (同比增长12.5%: matched) is the change of the
# figure before it; a
# name ending in one (较上年增长: searched) names that change.
_CHANGE_WORDS = (*_CHANGE_TO_VERBS, "回落", "改善", "收窄", "扩大", "偏少", "偏多")  # (PM2.5浓度…，同比改善19.6%: hd24a; 较多年同期偏少56%, hd70a)
# A change on the year before right before a figure (同比增长46.7%, 较上年同期分别下降…), or before the figures of its list before
# it (较上年分别增长12%、15%: 15% too, rv9 9): one year's, whatever run of years its sentence names
# (distill.facts.place_and_time_figures).
_YEAR_ON_YEAR = lazy(rf"(?:同比|(?:较|比)(?:{words(LAST_YEAR_WORDS)})(?:同期)?)(?:分别)?(?:{'|'.join(_CHANGE_WORDS)})了?\s?"
                    r"(?:[\d.]+[^、，。；！？\d]{0,5}、\s?)*$")
_CHANGE = lazy("(?:" + "|".join(_CHANGE_WORDS) + ")$")
# A change's rate alone, itself changed (降幅收窄, 增速提高): of the change the sentence told before it; and a name's change, its
# rate's too, left off for the thing changed (规模以上工业增加值降幅收窄 → 规模以上工业增加值: a change is of a thing, never of a change).
_RATE_WORDS = "降幅|增幅|涨幅|跌幅|增速"
_RATE_NAMED_AFTER = lazy(rf"的({_RATE_WORDS})")  # (保持了1.66%的增速: the rate the figure is)
_RATE_CHANGED = lazy(rf"(?:{_RATE_WORDS})(?=[^，。；]{{0,2}}$)")
_A_CHANGE = lazy(rf"(?:{_RATE_WORDS})?(?:{'|'.join(_CHANGE_WORDS)})$")
# A clause saying only that its subject rose (or fell) over the years, before the clause of its figures.
# (how fast it changed, 迅速增长到…, 大幅提升至…: no thing of its own)
_PACE = "逐年|持续|稳步|不断|逐步|迅速|快速|大幅|显著|明显"
_ROSE = lazy(rf"(?:{_PACE})(?:提高|增长|增加|提升|上升|下降|减少)$")
_GROWING = lazy(rf"(?:{_PACE})?(?:{'|'.join(_CHANGE_WORDS)})$")  # (what a thing does as it grows, no part of it: 规模持续扩大)
# A clause saying only when a figure is aimed at or reached (力争到2025年达到, 2030年): no thing of its own.
_TIME_ONLY = lazy(rf"(?:{STRIVING}|确保|预计)?(?:{_PERIOD_HEAD})+(?:{words(REACHING_WORDS)}|突破|超过)?\s?")
# A clause saying only that its subject passed (or missed) a standard, before the clause of its value (its own figure no result:
# grammar's _BENCHMARK_BEFORE).
# A clause of a mark reached (首次突破900亿元大关, 跨越…): no noun of its own.
_REACHED = lazy(r"(?:首次|首度|历史性|一举)?(?:突破|跨越|迈上|站上|跨上)\s?")
_PASSED = lazy(rf"远?{PASSING_VERB}[^，。；]{{0,8}}{STANDARD_NAME}(?:\d[\d.]*\s?[%％])?$")
# A rate's units (a count's change over a year, 较上年增加3家, is named by its verb too: 3 more of the thing, hd27b).
RATIO_UNITS = ("%", "％", "‰", "个百分点", "百分点", "倍", "/10万", "/100万", "/十万", "/万", "/千")
# A rate's units: the rate is named before its figure, never after it (死亡率为3.85/10万).
_RATE_UNITS = ("%", "％", "‰", "倍", "/10万", "/100万", "/十万", "/万", "/千")
# (径流面积在200平方公里以下: 在 is the figure's; not the 为 of 行为: 违规行为200余项)
# The value listed things share (…、优秀率均为100%).
_SHARED_VALUE = lazy(r"(?<![人户亩日月年平村])(?:均|都|全部)(?:为|达到?|是)?$")
# (nor the 约 that ends a word: 就业或签约)
# (nor an adverb of how a verb cut off after it was done: 21所中小学校有效落实 → 中小学校)
# (nor the 将 of a forecast before its verb of reaching: 苹果产量将达到3亿公斤 → 苹果产量, hd71a — not a noun's, 名将, 大将)
_JUNK_TAIL = lazy(rf"(?:[的达共已是有了由从各在也都]|{ZHONG_AMONG}|(?<![名武大老干主猛勇])将|(?<![成造迁])就|有效|全面|全部|积极|稳步|顺利|逐步|{YUE_ABOUT}|(?<!行)为|(?<![人户亩日月年平村])均|\s)+$")
# (a prefecture's too: 省级美丽乡村10个、州级82个、县级436个, hd24c)
LEVEL = lazy(r"^(?:国家级|省部级|省级|州级|市级|县级|区级|国家|省|市|县|区)(?:以上)?$")
# The levels a thing is of, said before its 级 (国家级, 省部级, 州级) or without it (省、市农业龙头企业) (pattern text).
_LEVELS = "国家|省|州|市|县|区"
_LEVEL_WORD = lazy(rf"(?:{_LEVELS}|省部)级")
_BARE_LEVEL = lazy(rf"^(?:{_LEVELS})(?!级)")  # (a level said without 级: 省、市农业龙头企业)
_LEVEL_HEAD = lazy(rf"^(?:{_LEVEL_WORD.pattern}(?:以上)?)+")
_LEVELS_OF = lazy(rf"^(?:(?:{_LEVELS}|省部|乡|镇|村)级|乡镇)")  # (a listed figure's level before its noun: 4个乡镇水源地)
MAX_COUNTS = 20
# The next item of a list after a figure, its name alone (…14家，市级中心10家; …5家、省级…30家); not a stock (总数, 累计).
_ITEM_AFTER = lazy(rf"[，、][{CJK}“”]{{2,{MAX_COUNTS}}}")
_STOCK_NAMED = lazy(rf"{words(STOCK_NOUNS, RUNNING_TOTAL_WORDS)}")


# Levels listed before the noun they share (省、市政协提案61件, 省、市级重点实验室): one phrase, not two clauses.
_LEVELS_LISTED = lazy(r"[省市县区]、[省市县区]")


_CLOSING_MARKS = {"（": "）", "《": "》", "「": "」", "【": "】", "“": "”"}
_SENTENCE_CLOSE = lazy(r"[。！？；\n]")


def clause_start(norm: str, i: int, floor: int = 0) -> int:
    """Where the clause holding position ``i`` starts (a bracketed aside counts as inside; a mark its sentence never closes
    opens none: 入库农村公路“5500公里、桥梁360座…, hd58a); a bar parts a headline's column from its words (【月饼|年产值超2亿元…】,
    hd64b), and so does a bullet run into its line (何飞摄●全程票价最高5元, hd72a)."""
    depth = 0
    for j in range(i - 1, floor - 1, -1):
        c = norm[j]
        if c in "）》」】”":
            depth += 1
        elif c in _CLOSING_MARKS:
            if depth == 0:
                end = _SENTENCE_CLOSE.search(norm, i)
                if _CLOSING_MARKS[c] not in norm[i:end.start() if end else len(norm)]:
                    continue
                return j + 1
            depth -= 1
        elif depth == 0 and c in "，。；：、！？\n|｜丨●" and not (c == "、" and _LEVELS_LISTED.match(norm, j - 1)):
            return j + 1
    return floor


def year_on_year(norm: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a change on the year before (:data:`_YEAR_ON_YEAR`), a later figure of a list after its
    change too (较上年分别增长12%、15%: the list's clauses, apart by 、, read back to the change)."""
    start = clause_start(norm, pos)
    while start > 1 and norm[start - 1] == "、":
        start = clause_start(norm, start - 1)
    return bool(_YEAR_ON_YEAR.search(norm, start, pos))


# The year or time a change starts from, closing the phrase before its figure: 开放机时由2019年的|600小时, 办理时长从原来的|1.5小时
# (or a plan's start or end: 公立蒙医医院从“十一五”初的|50多所, hd70b)
_FROM_YEAR_TAIL = lazy(rf"[由从](?:(?:19|20)\d{{2}}年(?:度|底|末)?(?:同期)?|{LAST_YEAR_BASE}|(?:原来|原先|之前|以前)(?:同期)?"
                       rf"|{FIVE_YEAR_PLAN}(?:初|{words(PLAN_PERIOD_ENDS)}))的?$")


_FIGURED_ASIDE = lazy(r"（[^（）]*\d[^（）]*）$")
# An aside opening a phrase (its opening bracket or not: a clause read from inside it), more words after it.
_LEADING_ASIDE = lazy(r"^（?[^（）]*）(?=[\u4e00-\u9fff]{2})")
# An aside saying which of the things counted are left out or in (乡镇（狮山镇除外）, 村（不含社区）): the noun ends before it.
_SCOPE_ASIDE = lazy(r"（[^（）]*(?:除外|不含|不包括|包括|含)[^（）]*）(?=[\u4e00-\u9fff]{2})")


# A place and a verb of two characters at most, all a phrase says (在特殊教育学校就读的): the place is no junk then.
_WHERE_AND_VERB = lazy(rf"^在[^，。；、\s]{{2,12}}?(?:村|社区|镇|乡|街道|学校)[{CJK}]{{1,2}}的?$")


# A break between two characters a phrase runs on after, no name runs over it: a line's, a wide space, or the one space closing a
# numbered heading that opens its sentence, a line's break the page lost (3、基础性工作开展情况 单位主要领导听取…汇报5次: the item's
# heading, then its body, hd45c: :data:`_HEADED_BREAK`, grammar's HEADED_BREAK opening a sentence). Not any space: a
# mirror page spacing its words (高新 技术企业, 3、全市高新 技术企业…: rv8 14) names one thing.
_LOST_BREAK = lazy(rf"(?<=[{CJK}])(?:\s*\n|[ \t]{{2,}}|\u3000)\s*(?=[{CJK}]{{2}})")
_HEADED_BREAK = lazy(rf"(?:^|(?<=[。；！？\n]))\s*{HEADED_BREAK}(?=[{CJK}])")


_CLOSING_ASIDE = lazy(r"[（(][^（）()]*[）)]$")
_SHARE_AMONG = lazy(rf"([{CJK}]{{2,}}?)在[^，。；]{{1,16}}?中的?(占比|比重|比例)")


def _clean(phrase: str) -> str:
    if "》" in phrase and phrase.rsplit("》", 1)[1].strip():  # (…工程设计规范》站距: what follows a title it quotes)
        phrase = phrase.rsplit("》", 1)[1]
    phrase = _LOST_BREAK.split(phrase)[-1]
    # (nor a closing mark opening it, a bracket before it closed: 比2019年同期（653.17亿元）增长6.48%; nor an aside on the thing
    # counted before it, opening it: 5个乡镇（插甸镇、…、白路镇）供水厂5座 → 供水厂)
    opened = _LEADING_ASIDE.sub("", phrase.strip()).lstrip("）)】」")
    phrase = _JUNK_TAIL.sub("", _PERIOD_TAIL.sub("", _FROM_YEAR_TAIL.sub("", _JUNK_HEAD.sub("", opened)))).lstrip("”")
    if len(phrase) <= 2 and _WHERE_AND_VERB.match(opened):  # (在特殊教育学校就读的872人: where they study is who they are)
        phrase = _JUNK_TAIL.sub("", opened[1:])
    if phrase.count("”") > phrase.count("“"):
        phrase = phrase.rstrip("”")
    if phrase.count("“") > phrase.count("”"):  # (nor the mark opening a quotation it is in: “我种植蜂糖李有12年了 → 我种植蜂糖李)
        phrase = phrase.lstrip("“")
    if phrase.count("）") > phrase.count("（"):  # (the aside it ends: 会办23件（16件建议、7件提案） → 提案)
        phrase = phrase.rstrip("）")
    # (nor an aside of figures closing it, a remark on the name: 特殊教育学校（30万人口以下的可设特教班）100%全覆盖 → 特殊教育学校)
    phrase = _FIGURED_ASIDE.sub("", phrase)
    # (nor the bracket of an aside that follows it, opened and not closed: 51条城乡二级公交线网（其中，… → 城乡二级公交线网)
    phrase = re.sub(r"[（(《“]+$", "", phrase)
    if len(phrase) > MAX_COUNTS and len(bare := _CLOSING_ASIDE.sub("", phrase)) >= 2:
        phrase = bare  # (nor an aside closing it, too long to keep: 农村垃圾堆放设施设备数量（垃圾箱、垃圾房、垃圾池） → …设备数量)
    among = _SHARE_AMONG.fullmatch(phrase) if len(phrase) > MAX_COUNTS else None
    if among:  # (nor the whole a share is among, too long to keep: 二级甲等以上蒙医中医医院在全部蒙医中医医院中的占比 → …医院占比)
        phrase = among.group(1) + among.group(2)
    return _within_counts(phrase) if len(phrase) > MAX_COUNTS else phrase


# Where a phrase too long to keep whole may be cut without cutting a word: after a preposition or 的 (…深远海装备养殖平台按照|省级
# （含）以上补助资金的25%), or the units whose work it is (市直单位|行政许可事项和公共服务事项平均压缩时间近81%).
# (or a verb with its result: 指导北仑区做好|四合村第二轮土地承包到期后再延长三十年)
_PHRASE_BREAK = lazy(r"按照|依照|根据|对于|关于|针对|给予|通过|围绕|的|(?<=[直属各])(?:单位|部门)|[做抓搞]好")


# The last characters of names of roads and works (合周高速, 保义段, 淮南港): a word ends after them.
_NAME_ENDS = frozenset("路段道速线桥港园厂站馆")
# A place's level ending its name (长治市|太行山…), no word going on after it (市场, 区域: LEVEL_WORD_AFTER).
_PLACE_END = lazy(rf"(?<=[{PLACE_LEVELS}])(?![{LEVEL_NOUN_AFTER}])")


def _within_counts(phrase: str) -> str:
    """The longest end of ``phrase`` of at most MAX_COUNTS characters that opens after a break (:data:`_PHRASE_BREAK`), else
    after a name's end (:data:`_NAME_ENDS`), else its last MAX_COUNTS characters; no closing mark cut from its opening."""
    cut = next((m.end() for m in _PHRASE_BREAK.finditer(phrase) if len(phrase) - m.end() <= MAX_COUNTS), None)
    if (cut is None or len(phrase) - cut < 2) and len(phrase) > MAX_COUNTS:
        # (else after a name's last character, not inside a word: …合周高速|寿县刘岗至保义段…; nor inside a place's name the last
        # MAX_COUNTS characters would open in: 长治市|太行山重点区域生态修复与保护封山育林, not 治市…, hd52d)
        blind = len(phrase) - MAX_COUNTS
        cut = next((k for k in range(blind, len(phrase) - 3) if phrase[k - 1] in _NAME_ENDS or (
            k < blind + 3 and _PLACE_END.match(phrase, k))), None)
    end = phrase[cut:] if cut is not None and len(phrase) - cut >= 2 else phrase[-MAX_COUNTS:]
    for opening, closing in ("“”", "《》"):  # (not from inside a name it quotes: …“粤盾-2024”省数字政府… → 省数字政府…)
        if end.count(closing) > end.count(opening) and len(end) - end.index(closing) > 2:
            end = end[end.index(closing) + 1:]
    return end.lstrip("）)》」】”’、")


def _list_within_counts(listed: str) -> str:
    """A list of things sharing one count (乱贴乱画、大型喷绘广告、…、粉刷墙面) as its name: whole within MAX_COUNTS characters, else
    its first items and 等 (乱贴乱画、大型喷绘广告、橱窗广告等: the count is the whole list's, not its last items', hd48d)."""
    if len(listed) <= MAX_COUNTS:
        return listed
    items = listed.split("、")
    k = max((k for k in range(1, len(items)) if len("、".join(items[:k])) < MAX_COUNTS), default=0)
    return "、".join(items[:k]) + "等" if k else _within_counts(listed)


def _stops(norm: str) -> list[re.Match]:
    """Stop words in ``norm``; 投入/支出… only as verbs, right after another stop (共投入…)."""
    found = list(STOP.finditer(norm))
    ends = {m.end() for m in found if m.group() not in NOUNISH}
    return [m for m in found if m.group() not in NOUNISH or m.start() in ends]


# A share of the whole place, naming nothing else (…入选国家种业阵型企业，占全省的40%).
_SHARE_OF_SCOPE = lazy(rf"占({words(SCOPE_WORDS)})的?\s?$")
# A share: …增加值占规模以上工业增加值的比重超38% (what 占 is a share of ends in one of these).
_SHARE = lazy(r"(?:比重|比例|份额)$")


def _share_stop(stops: list[re.Match]) -> str | None:
    """The scope a share's whole is named after where a clause's last stops (``stops``) are 占 (or 仅占) and scope words alone
    (仅占全省森林火灾起数的3.3% → 全省, hd45a; 占规上总产值68% → ""), else None: no share."""
    words_of = [m for m in stops if not LOCAL_SCOPE.fullmatch(m.group())]
    if not words_of or not words_of[-1].group().endswith("占"):
        return None
    return "".join(m.group() for m in stops if m.start() > words_of[-1].start())


# A target's amount in brackets after it (完成年任务（40.2亿元）的32.5%), and the share of it done.
_TARGET = r"([{CJK}\d]{{1,16}}(?:任务|目标值?|计划|指标))"  # (占省下达年度考核性指标（400公顷）的246.6%: 指标 too)
_IN_BRACKETS_TARGET = lazy(_TARGET.format(CJK=CJK) + r"（$")
_DONE_OF_TARGET = lazy(r"完成" + _TARGET.format(CJK=CJK) + r"(?:（[^（）]{1,20}）)?的$")


# A forecast: a figure in a clause, or a sentence opening (after its time), on what is forecast or estimated (预测上半年两区规模
# 以上工业总产值122亿元…；规模以上工业增加值25亿元; 该批项目预测上半年将完成投资34.32亿元).
_FORECAST = lazy(r"预测|预计|估计|预估|可实现")  # (289家…龙头企业可实现销售收入246.22亿元: what they can reach, an estimate, hd54a)
# …and the words of one expected (全市生产总值有望突破1000亿元, hd65d): 有望 never a label of its own, its figure's label said as a
# forecast's (预计生产总值), no value reached of the measure.
_EXPECTED_BEFORE = lazy(rf"{_FORECAST.pattern}|有望")
_EXPECTED_SAID = {"有望": "预计"}
_OPENING_TIME = lazy(rf"(?:\s|{_PERIOD_HEAD}|[，、])*")


# Where the work was done, a list of places counted (在临潭、卓尼、夏河和碌曲四县建设青稞良种繁育基地5.1万亩, 在3个乡镇实施…), then
# its verb: no part of what the figure counts, which is named after the verb.
_PLACE_UNITS = "县市区|县区|县市|市县|县|市|区|州|旗|乡镇|镇|乡|村"  # (places a count counts: 4个县, 12个乡镇)
_PLACES_DOING = lazy(rf"^[^，。；：]*?(?:[\d一二两三四五六七八九十]+个?|等|各)(?:{_PLACE_UNITS}|地)"
                     rf"(?:{'|'.join(sorted({*FOUNDING_VERBS, *WORK_VERBS, '种植', '推广', '发展', '完成'}, key=len, reverse=True))})"
                     rf"(?=[{CJK}]{{2}})")


# Counts of places run together, each of its level (沿黄4个县12个乡镇): the level after each, the last one's opening its words.
_PLACE_COUNTED = lazy(rf"(?:{_PLACE_UNITS}|街道|社区)")


def _places_counted(norm: str, text: str, found: list[tuple[re.Match, int]], names: list[str]) -> None:
    """A run of counts of places, each right after the level of the one before (沿黄4个县12个乡镇借力…), counts each its level,
    qualified by the words before the first in its clause, less the place they open on (沿黄县, 沿黄乡镇: not 菏泽市沿黄 and
    乡镇借力公益岗“春风”, hd59a)."""
    i = 0
    while i < len(found) - 1:
        run = [i]
        while run[-1] + 1 < len(found) and all(match_unit(found[k][0]) == "个" for k in (run[-1], run[-1] + 1)) and (
                _PLACE_COUNTED.fullmatch(norm, found[run[-1]][0].end(), found[run[-1] + 1][0].start())):
            run.append(run[-1] + 1)
        last = _PLACE_COUNTED.match(norm, found[run[-1]][0].end())
        if len(run) > 1 and last:
            start = found[i][0].start()
            clause = clause_start(norm, start, found[i][1])
            words_before = _counted_before(norm[clause:start], text[clause:start])
            # (only words run into the count qualify it: not 该项目计划在26个乡镇568个村范围内…, where they are)
            words_before = words_before if norm[clause:start].endswith(words_before) else ""
            ends = [m.end() for m in _PLACE_END.finditer(words_before)]
            qualifier = words_before[ends[-1]:] if ends else words_before
            levels = [norm[found[k][0].end():found[k + 1][0].start()] for k in run[:-1]] + [last.group()]
            for k, level in zip(run, levels):
                names[k] = qualifier + level
        i = run[-1] + 1


# The last item of a list of places or things, then their count (嘉定、青浦、松江、奉贤、南汇五个新城新建科普场馆5座).
_LIST_SUMMED = lazy(rf"^[{CJK}]{{1,6}}?(?=([\d一二两三四五六七八九十]+)个[{CJK}“])")


def _after_list_end(norm: str, sentence: int, clause: int, name: str) -> str:
    """``name``, read after the 、 at ``clause - 1``, without the list's last item it opens on where the count after that
    item is the list's length: 南汇五个新城新建科普场馆 → 五个新城新建科普场馆 (five items listed), the things counted."""
    summed = _LIST_SUMMED.match(name)
    if not summed:
        return name
    opening = max(norm.rfind(c, sentence, clause) for c in "，。；：") + 1 or sentence
    items = norm[max(opening, sentence):clause].count("、") + 1
    n = summed.group(1)
    return name[summed.end():] if (int(n) if n.isdigit() else cn_number(n)) == items else name


# A verb that brought the thing counted about, opening the phrase after the clause's last stop (共认定市级农业科技示范基地40家,
# 拟培育认定…, 创建国家级科普示范社区2家, 命名红色堡垒村（镇）171处): what is counted is the thing made, as after the stops 培育,
# 新增, 建成 — a thing of three characters at least (创建单位, 新建项目 are nouns, kept whole), not 认定登记, a noun
# (我区认定登记技术总金额), nor the first of two verbs (新建改造燃气管网: what was built or renovated, not what was renovated).
_MADE_BY = lazy(rf"^(?:认定(?!登记)|命名|创建|新建|组建|筹建)(?!改造|改建|扩建|改扩建|续建|提升)(?=[{CJK}“]{{3}})")


def _thing_of(phrase: str) -> str:
    """``phrase`` after the places it opens on and their verb (:data:`_PLACES_DOING`), and after the verb that made the
    thing (:data:`_MADE_BY`)."""
    places = _PLACES_DOING.match(phrase)
    phrase = phrase[places.end():] if places else phrase
    made = _MADE_BY.match(phrase)
    return phrase[made.end():] if made else phrase


# The adverbs a state of things counted opens on (已办结, 尚未解决, 顺利销号, 正按程序开展销号; not 未成年人, 未来).
_STATE_ADVERBS = r"已经?|均已|尚未|未(?!成年|来)|正在|正(?=按|加紧|抓紧)|顺利|全部"
# A clause that is only the state of what a list counts, its adverb and verb (已办理, 未办理, 尚未解决, 已办结).
_STATUS_DONE = lazy(rf"(?:{_STATE_ADVERBS})[{CJK}]{{2,4}}")
# A state closing the name of things counted (涉林任务|顺利销号), up to where the figure of those in it follows; after them in their
# sentence, a clause that is a state alone (，正按程序开展销号6项) is another state of the same things.
_STATE_RUN = lazy(rf"(?:{_STATE_ADVERBS})[{CJK}]{{2,7}}$")

# A state alone after a figure, its clause's rest (74个|正在整改中，…): what the figure opening that clause counts.
_STATE_CLAUSE = lazy(rf"(?:{_STATE_ADVERBS})[{CJK}]{{2,4}}?(?=中?(?:[，。；]|$))")


def _state_before_next(norm: str, found: list[tuple[re.Match, int]], k: int, end: int, after: int) -> int | None:
    """Where the state closing figure ``k``'s name (``end`` to ``after``, :data:`_STATE_RUN`) opens, that name running straight
    into the next figure, of the same unit (10项涉林任务顺利销号4项): that figure counts the things in the state, ``k`` all of
    them (涉林任务), hd63a; else None."""
    following = found[k + 1][0] if k + 1 < len(found) else None
    if not following or norm[after:following.start()].strip() or match_unit(following) != match_unit(found[k][0]):
        return None
    state = _STATE_RUN.search(norm, end + 2, after)
    return state.start() if state else None


# The words a sum is told by, run together before it (累计投入达, 已达, 共计): no thing it counts.
_SUM_WORDS = frozenset("累计 累计达 累计达到 已 共 共计 总计 合计 达 达到 高达 投入 支出".split())
# Words after which a bare word (出口, 就业) is what its subject before them did: the subject is part of what is counted
# (农副产品累计出口, 就业困难人员实现就业 — not 就业, total employment, hd59a).
_SUBJECT_DID = _SUM_WORDS | {"实现"}
_JOINED_VERB = lazy(rf"[{CJK}][或和及与]$")


# A list item's doer, its verb and the things counted (…共检查建筑工地55处、量子雷达推送热点62处): the list's verb came before
# its first item, so the item's own verb is part of the things' name (the hot spots the radar pushed), not where it opens.
# (a doer is a noun, no preposition's object: 为企业解决技术难题457项 counts 技术难题)
_DOER = lazy(rf"(?![为对向给与同在从替帮把将被由])[{CJK}]{{2,}}")


def _done_by(norm: str, text: str) -> str:
    """The whole of a list item ``norm`` (``text`` the same span) where it is a doer (no stop word), one verb among the stops
    (no sum's word) and the things counted after it; else ''."""
    stops = _stops(norm)
    if len(stops) != 1 or stops[0].group() in _SUM_WORDS or not _DOER.fullmatch(norm, 0, stops[0].start()):
        return ""
    whole = _clean(text)
    return whole if _thing_of(_clean(text[stops[0].end():])) and len(whole) <= MAX_COUNTS else ""


# The town or the country a statistic of additions is of, before its verb (城镇新增就业, 农村新增…): part of its name.
_ADDED_WHERE = frozenset((*TOWN_WORDS, *COUNTRY_WORDS))


def _added_by(text: str, stops: list[re.Match]) -> str:
    """The verb of adding (:data:`_ADDING_VERBS`) in the run of stops closing a clause (全年|引进|各类), with the town or country
    (:data:`_ADDED_WHERE`) said alone right before that run (全省城镇新增就业 → 城镇新增: never 新增就业, the whole's, hd60b); else ""."""
    k = len(stops) - 1
    while k and stops[k - 1].end() == stops[k].start():
        k -= 1
    verb = next((m.group() for m in reversed(stops[k:]) if m.group() in _ADDING_VERBS), "")
    where = _clean(text[stops[k - 1].end() if k else 0:stops[k].start()]) if verb else ""
    return (where if where in _ADDED_WHERE else "") + verb


def _counted_before(norm: str, text: str, share: bool = False) -> str:
    """The noun phrase at the end of a clause (``norm`` and ``text`` are the same span); with ``share``, a share names
    its part too (战略性新兴产业增加值占规模以上工业增加值的比重, or 战略性新兴产业增加值占比 where that is too long)."""
    status = _STATUS_DONE.fullmatch(norm.strip()) if not share else None
    if status:  # (the items in a state, its verb alone: 已办理3件，未办理0件 → 已办理, 未办理; not 未 nor the list's 政协提案)
        return status.group()
    stops = _stops(norm)
    if not stops:
        return _thing_of(_clean(text))
    last = stops[-1]
    # (a scope's 有 after it goes with it: 全区有初中12所 → 初中)
    tail = _thing_of(_clean(text[last.start() if _SCOPE_HAS.match(norm, last.start()) else last.end():]))
    # (a forecast's word right before the verb is one stop with it: 全年固定资产投资预计完成34.56亿元 → 固定资产投资, hd36c)
    k = 2 if len(stops) > 1 and stops[-2].end() == last.start() and _EXPECTED_BEFORE.fullmatch(stops[-2].group()) else 1
    opened = stops[-k].start()
    prev_end = stops[-k - 1].end() if len(stops) > k else 0
    if tail and not share and last.group() in _SUBJECT_DID and len(tail) <= 2:
        # (a bare verb after the sum's word is the noun's before it: 全市农副产品累计出口29704万美元 → 农副产品出口, hd27b; after
        # 实现 too: 就业困难人员实现就业8.9万人 → 就业困难人员就业, hd59a)
        tail = _thing_of(_clean(text[prev_end:opened])) + tail
    if tail:
        return _share(text, stops, len(stops) - 1, tail) if share else (_added_by(text, stops) + tail)[-MAX_COUNTS:]
    if norm[last.end():].strip() == "的" and not share and len(whole := _clean(text)) >= 4 and not CHANGED_TO.match(whole):
        # (the items a clause describes, ending on its verb: 已经解决或基本解决的43件 → 已经解决或基本解决, not 或基本; not a change to
        # a time's value, 增加到目前的5918个)
        return whole[-MAX_COUNTS:]
    # (a verb joined to the one before it is counted with it: 实现就业或签约8万余名 → 就业或签约, not 就业或)
    whole = last.group() in NOUNISH or _JOINED_VERB.search(norm, 0, opened)
    phrase = _clean(text[prev_end:opened] + (text[last.start():last.end()] if whole else ""))
    if (not phrase and not share and len(stops) > 1 and stops[-2].group() == "分别" and stops[-2].end() == opened
            and (last.group() in _SUM_WORDS or CHANGED_TO.fullmatch(last.group()))):
        # (the whole clause before 分别 and a verb of reaching: 每千人口公立蒙医中医医院床位数分别达到1.1张、…, 社区卫生服务中心建成
        # 蒙医馆中医馆分别达到85%、…, hd70b — not 考核评估优良的分别给予…奖励, the award's)
        phrase = _clean(text[:stops[-2].start()])
    run = len(stops) - 1
    while (not phrase and not share and run and stops[run - 1].end() == stops[run].start()
           and all(m.group() in _SUM_WORDS for m in stops[run - 1:-1])):
        run -= 1  # (a run of a sum's words: 财政性教育经费累计投入达704.97亿元 → 财政性教育经费投入, the noun before them and theirs;
        # and its verb: …饮水安全工程共完成25处 → 饮水安全工程, the things done, hd59b)
        phrase = _clean(text[stops[run - 1].end() if run else 0: stops[run].start()])
        phrase += "".join(m.group() for m in stops[run:] if m.group() in NOUNISH) if phrase else ""
    return _share(text, stops, len(stops) - 2, phrase) if share else phrase


def _part_of_share(norm: str, text: str, clause: int, start: int) -> str:
    """The part a share in ``norm[clause:start]`` is of, named before its 占 (全州林草湿总面积占全州国土面积的 → 林草湿总面积)
    where its last stops are 占 and scope words alone, or a change to the share after it (研发投入占GDP比重提高到2.61%); "" when
    there is none."""
    stops = [m for m in _stops(norm[clause:start]) if not LOCAL_SCOPE.fullmatch(m.group())]
    while len(stops) > 1 and CHANGED_TO.fullmatch(stops[-1].group()):
        stops.pop()
    if not stops or not stops[-1].group().endswith("占"):  # (占, 仅占)
        return ""
    at = clause + stops[-1].start()
    return _counted_before(norm[clause:at], text[clause:at])


def _share(text: str, stops: list[re.Match], k: int, phrase: str) -> str:
    """``phrase``, read after ``stops[k]``, with its part before it where it is a share of that (see _counted_before)."""
    if k < 0 or stops[k].group() != "占" or not _SHARE.search(phrase):
        return phrase
    part = _clean(text[stops[k - 1].end() if k else 0: stops[k].start()])
    if not part:
        return phrase
    return part + "占" + phrase if len(part) + 1 + len(phrase) <= MAX_COUNTS else part[-MAX_COUNTS + 2:] + "占比"


# A span of time of a thing named after it (1小时的体育活动时间, 2小时的户外活动时长).
_TIME_OF = lazy(r"的[^，。；：的]{1,10}?(?:时间|时长)")


# What a rank measures, before the peers it is ranked among (下降率在国家中心城市中正排): a rank listed after it with its own
# peers and no measure (、省会城市正排第5) ranks the same measure.
_RANK_MEASURE = lazy(rf"^([{CJK}A-Za-z\d.]{{2,8}}?)在")
# An age classing the noun counted (174名80岁以上的经济困难老人, 3000名60周岁及以上老人): the people's, read with their noun.
_AGE_QUALIFIER = lazy(r"\s?\d{1,3}\s?(?:周岁|岁)(?:及?(?:以上|以下)|至\d{1,3}\s?(?:周岁|岁))?")


# The words between a value and the one it was changed to (1.5小时|缩短至|10分钟左右, 64%|上升到|81%), and the 由/从 before the
# words that qualify the value changed from (办理时限由平均|缩短64%: the handling limit's average cut).
_CHANGED_TO = lazy(rf"\s?(?:[，,]\s?)?(?:{_PACE})?{CHANGED_TO.pattern}\s?(?:(?:{_PERIOD_HEAD}|目前|当前|现在)的)?")  # (增加到目前的)
_FROM_IN_NAME = lazy(r"[由从](?=[^由从]{1,6}$)")
# The words of a change alone (即由原来的|12台, 调整至|18台), or a preposition alone (今年已按|3元/卷的标准, 按照|500元/人): they
# name no thing counted.
_NO_THING = lazy(rf"(?:即|并)?(?:[由从](?:原来|原先|之前|以前)?|(?:{_PACE})(?:{CHANGED_TO.pattern})?|{CHANGED_TO.pattern})|(?:按照?|依照|依据|根据|参照|对照|比照)")


# A one-character noun counted (村, 户, 镇, 乡, 县: 全市9个县均被列入…, hd14; 班: 改扩建成42个班，可容纳…), then what is
# said of it (的饮水安全问题, 归属…, 已划入…), the next count of a list (吸纳16个区和39家成员单位) or the clause's end, a colon
# before the list of their names too (辖8个镇、8个乡：昌黎镇…: 乡, hd60a); or the scope a plan covers (计划在26个乡镇568个村范围内建设…).
_ONE_CHAR_NOUNS = "村镇乡户县区市省班"
_ONE_CHAR_NOUN = lazy(rf"[{_ONE_CHAR_NOUNS}](?=的|已|将|即将|正在|归属|被|均|都|全部|划入|列入|纳入|实现|通|范围内|[，,、。；;：:]|[和与及]\d)")


# A two-character noun counted, then 的 and what is of it (2000名学生的标准化学校, 3家企业的产品): the noun counted — not a
# class (省级的, 全国性的, 新型的).
# Whom a thing serves, said of it before its 的 (面向港澳的科技企业孵化器, 服务中小企业的平台).
_AIMED_AT = lazy(rf"(?:面向|服务于?)[^，。；、的]{{1,10}}的(?=[{CJK}]{{2}})")
# Places counted, then what they do to a thing after 的, too long to keep whole (1523个自然村正常使用的农村垃圾堆放设施…): the places.
_PLACES_SAID_OF = lazy(rf"[{CJK}]{{0,3}}?(?:{_PLACE_UNITS}|街道|社区)(?![{LEVEL_NOUN_AFTER}城级委组庄落干])(?=[^，。；：、的]{{1,8}}的)")
_TWO_CHAR_OWNER = lazy(rf"[{CJK}][{CJK}](?<![级性型类式])(?=的[{CJK}]{{2}})")
# What a multiple is of, said before it (是历史总和的6.7倍, 相当于去年的2倍): its label says it is a multiple of that.
_MULTIPLE_OF = lazy(r"(?:是|为|相当于)([^，。；：、\d]{2,12}?)的$")
# …or, counted by 家, bodies named by three or four characters and no deed (11家上市企业的制造强市: the listed companies, not the city
# they make, hd44a; not 5家具有资质的企业).
_BODIES_OWNER = lazy(rf"(?:(?!{words(WORK_VERBS, FOUNDING_VERBS, ('具有', '拥有', '具备'))})[{CJK}]){{3,4}}?(?<![级性型类式])(?=的[{CJK}]{{2}})")


# Measure words of persons, and how a noun of persons ends (专家学者, 科技人员, 农技员, 教师, 医生, 工人, 农民).
_PERSON_MEASURES = "名位人"
_PERSON_ENDS = "者家员师士生人工民匠手"
# More kinds of persons listed after those a count of persons names (10位人大代表、政协委员), none with a figure of its own nor
# a clause of what was done (培训20名教师、走访农民…).
_MORE_PERSONS = lazy(rf"(?:、(?!{words(WORK_VERBS)})[{CJK}]{{1,6}}?(?:[{_PERSON_ENDS}]|代表)(?!\s?\d|[作程业具]))+")
# A noun of persons (人大代表, 年轻干部): only one is followed by more persons listed (not 执法监督、市容环卫相关工作).
_PERSONS_NOUN = lazy(rf"(?:[{_PERSON_ENDS}部才众]|代表)$")


# Figures after 是 closing on 的 and a noun (…是75户320名（60岁以上老年人65人）的夙愿): they count the owners of that noun,
# who go unnamed — not the clause's subject before 是.
_OWNERS_OF = lazy(rf"(?:\s?\d[\d.]*\s?[{CJK}]|（[^（）]{{0,30}}）)*的[{CJK}]")


# A measure a name ends in (总蓄水量, 供水规模, 面积), right before the next figure: that figure's name, not this one's; so is a
# rate of the things counted (8个考核断面水质达标率为100%: the 8 are 考核断面, the 100% their 水质达标率), before its 为 or 达到.
# A rate's name is its word of two characters, or that and the two of what it is of (通车率, 水质达标率), leaving a thing of two
# or more (100个行政村通车率: 行政村, not 行 and 政村通车率).
_MEASURE_TAIL = lazy(rf"(?:总|的)?[{CJK}]{{0,3}}(?:量|额|面积|规模)$")
_RATE_TAIL = lazy(rf"(?<=[{CJK}]{{2}})(?:[{CJK}]{{2}}){{1,2}}率$")
_NEXT_FIGURE = lazy(r"\s?\d")
_NEXT_RATE = lazy(rf"(?:{words(REACHING_WORDS)})?\s?\d+(?:\.\d+)?\s?[%％]")
# …and the money the things counted were given, named before the verb that gave it and its sum (11个乡镇污水处理厂预算安排147万元:
# the 11 are 乡镇污水处理厂, 预算 the 147万元's: hd23b, 苍溪).
_FUNDS_TAIL = lazy(r"(?:的)?(?:专项)?(?:预算|资金|经费)$")
_NEXT_FUNDS = lazy(r"(?:预算)?(?:安排|下达|拨付|投入|落实|追加|补助)了?\s?\d[\d.]*\s?[万亿]?元")


# A verb of holding an event right after a measure word of times (先后5次召开意识形态工作专题会议): the events held are counted.
_HELD = lazy(rf"(?<=[次场期轮])(?:召开|举办|开展|组织)(?=[{CJK}]{{2}})")


# A verb of a quality opening a modifier of the thing counted (具有良好成长性, 具备…能力, 符合…条件; not 代表, which also names
# the deputies counted: 12名代表委员和群众…): a name cut at the 、 or 和 of a list of such qualities is a modifier, not the
# thing — that is the noun after them: after their 的, else from the level opening it (…、具有良好成长性市级农业科技示范基地40家
# → 市级农业科技示范基地; 近1000名具有优秀科技素质、较强…能力的企业科技人员 → 企业科技人员). A single modifier that is not cut
# off (拥有关键或核心技术的创新企业) says which things are counted.
_QUALITY = lazy(rf"(?:具有|具备|富有|符合)(?=[{CJK}])")
_LEVEL_AND_ABOVE = lazy(rf"{_LEVEL_WORD.pattern}及?以[上下](?:的)?(?=[{CJK}])")


def _after_qualities(name: str) -> str:
    """The noun ``name`` opens its qualities before (:data:`_QUALITY`): after their 的, else from its level; ``name`` when
    neither is said."""
    of = name.rfind("的")
    level = _LEVEL_WORD.search(name) if of < 0 else None
    head = name[of + 1:] if of >= 0 else name[level.start():] if level else name
    return head if len(head) >= 2 else name


# The units of a thing's size: what follows 的 after them is the thing measured (120平方米的卫生室).
_SIZE_UNITS = (*AREA_UNITS, "平方", "公顷", "亩", "公里", "千米", "米", "m²", "m2", "km²", "km2", "hm²", "hm2", "km")
# …unless the measure is named before the figure (建成面积3000平方米的科技馆: its 面积), or what follows is a standard
# (站距500—800米的要求).
_STANDARD_AFTER = lazy(r"的(?:要求|标准|规定|范围)")
_SIZE_NAMED = lazy(r"面积|规模|长度|里程|宽度|距|[东西南北]\s?(?:约|近)?\s?\d")  # (县城东北40公里的陇城镇: a distance)
# A measure named right after a figure's unit of size, volume or power, then 的 and the thing it measures (2.5万亩灌溉面积的大坳水库,
# 3000平方米建筑面积的…, 500万立方米库容的水库): the figure is that measure — not after a count (3个项目建设规模的…: the projects).
_MEASURE_OF = lazy(rf"([{CJK}]{{0,6}}?(?:面积|规模|长度|里程|宽度|库容|容量|功率|产能))的")
_MEASURED_UNITS = (*_SIZE_UNITS, "立方米", "m³", "m3", "千瓦", "兆瓦", "kw", "mw")  # (lower-case: 396kw, 2000KW)


_BRACKET_REST = lazy(r"[\u4e00-\u9fff、]{1,10}）")  # the rest of a bracket a noun phrase was cut in: 、区） of 监测县（市、区）


# The things counted, more listed after them, then the status they were given (、幼儿园被评为省红色基因传承示范校) — not an award
# they won (7项科技成果荣获省科学技术奖: the 成果 are counted).
_RATED_AS = lazy(rf"(?:[、和及][{CJK}]{{1,8}}?)*(?:均|都)?被(?:评为|认定为|命名为|确定为)([{CJK}“”]{{4,20}}?)(?=[，。；]|$)")


# A class of all kinds or levels opening the noun after a measure word (51次市各类专题会议): a scope, no part of what is counted.
_ALL_KINDS = lazy(r"[省市县区]?各(?:类型|类|级|种)")
# Meetings counted, ending their noun where what they did begins (专题会议|研究部署…; not 会议室, 会议纪要, 会议精神).
_MEETING_HEAD = lazy(rf"会议(?=[{CJK}])(?!室|纪要|精神|中心|决定|记录|材料)")
# Courses counted by their sessions (举办4期项目申报培训会): the noun runs to the course's word, whatever verb it names (申报), rv18 15.
_COURSE_HEAD = lazy(r"[^，。；！？]{0,16}?(?:培训会|培训班|研修班|讲座|培训)")
# Persons named at a phrase's opening: up to the first word of persons (年轻干部, 科技人员).
_PERSON_HEAD = lazy(rf"[{CJK}]{{1,8}}?(?:[{_PERSON_ENDS}部才众]+)(?![作程业具])")


# A thing described by what it has as its theme (以观光休憩、文化体验…为主题的…示范区), to its clause's end.
_THEMED = lazy(r"以[^，。；！？]{1,60}?为(?:主题|核心|重点|特色|主体|载体|依托)的[^，。；！？]*")


# Where the name of a thing, a work or a programme ends (…合周高速, …田间工程, …建设项目): a phrase cut there keeps whole words.
_NAME_END_RUN = lazy(rf"(?:{words(PROGRAMME_END_WORDS)}|[{''.join(_NAME_ENDS)}])(?![{CJK}]?(?:{words(PROGRAMME_END_WORDS)}))")


# Things that name no kind alone (238个事项, 120项业务, 15项指标), then where and what they can be done by or the rank they hold,
# closing their clause (在武汉和黄冈间可跨城通办, 实现“一网通办”, 位列全市前三): that names them (跨城通办事项, hd60b; 位列全市前三指标,
# hd62a).
_BARE_THINGS = ("事项", "业务", "指标")
_THINGS_DONE_BY = lazy(rf"({words(_BARE_THINGS)})(?:在[^，。；：！？]{{1,16}}?)?(?:均|都|全部)?(?:可以?|能够?|已|实现|可实现|(?=位列|位居|名列))"
                       rf"[“]?([{CJK}]{{2,8}})[”]?(?=[，。；：！？]|$)")


# A phrase closing a bracket it did not open: the phrase up to it.
_UNOPENED_CLOSE = lazy(r"([^（(）)]{2,})[）)]")


# The word closing a range (270—280万亩之间): no noun.
_RANGE_CLOSE = lazy(r"之间")
# What is to be done with the things counted or what doing it makes, after them and 的 (…72个茶叶产地初加工中心的建设任务, 规模化改造
# 120万亩老龄低效果园的先河): no thing counted — the things before its 的 are (hd61b, hd62b).
_TASK_HEAD = lazy(rf"的[{CJK}]{{0,4}}?(?:任务|目标|计划|先河|先例|局面|格局)(?=[，。；：！？]|$)")


def _as_listed_before(norm: str, text: str, before: str, gap: int, start: int, end: int, name: str, after: int) -> tuple[str, int]:
    """``name`` (read from ``end`` to ``after``) ended as the name of the item listed before it ends (``before``, read from ``gap``
    up to its 、 at ``start``): the last item of a list runs on into the predicate the items share, their head the same
    (10个生态环境突出问题的整改工作、114个固废点位的清理整治工作|明确给相关单位限期整改, hd73c) — and where its head closes no
    more than a character (3个项目工作站、5个工作站点: the 点 is its name's), it is the name read."""
    if len(before) < 4 or norm[gap:start] != before + "、":
        return name, after
    cut = norm.find(before[-2:], end + 1, after)
    if cut < 0 or after - (cut + 2) < 2:
        return name, after
    return _clean(text[end:cut + 2]), cut + 2


def _counted_after(norm: str, text: str, pos: int) -> tuple[str, int]:
    """The noun phrase right after a measure word, and where it ends."""
    if _RANGE_CLOSE.match(norm, pos):
        return "", pos
    persons = norm[pos - 1:pos] in _PERSON_MEASURES
    measured = norm[max(0, pos - 4):pos].lower().endswith(_MEASURED_UNITS)  # (a size, volume or power: :data:`_MEASURE_OF`)
    held = _HELD.match(norm, pos)
    pos = held.end() if held else pos  # (the meetings held, not the adverb before the figure, 先后)
    scope = LOCAL_SCOPE.match(norm, pos) or _ALL_KINDS.match(norm, pos)  # 3场全区企业…动员会; not 13家全国重点实验室, a class
    start = scope.end() if scope else pos
    theme = _THEMED.match(norm, start)
    if theme:  # (约100家以观光休憩、…为主题的…夜间消费集聚示范区: the thing after its last 的, not the theme, hd42c;
        # the noun phrase there, as after the measure word: 示范村 of …为主题的示范村并带动农户增收200户)
        head, end = _counted_after(norm, text, norm.rfind("的", 0, theme.end()) + 1)
        return (head, end) if len(head) >= 2 else ("", pos)
    age = _AGE_QUALIFIER.match(norm, start)  # 174名80岁以上的经济困难老人: an age classing the noun, no figure of its own
    # (and a level and those above it: 2家市级及以上基层慢病筛防中心 counts the centres, hd24b)
    age = age or _LEVEL_AND_ABOVE.match(norm, start)
    measure = _MEASURE_OF.match(norm, start) if measured else None
    if measure:  # (2.5万亩灌溉面积的大坳水库: the measure is what the figure is, of the thing after 的)
        return _clean(text[start:measure.end(1)]), measure.end(1)
    m = FORWARD.match(norm, age.end() if age else start)
    if not m:
        return "", pos
    aimed = _AIMED_AT.match(norm, m.start())
    if aimed:  # (50多个面向港澳的科技企业孵化器: the incubators counted, whom they serve says of them, hd68d)
        return _counted_after(norm, text, aimed.end())
    one = _ONE_CHAR_NOUN.match(norm, m.start())
    if one:  # (盛庄等4个村的饮水安全问题, 4个村归属春秋塘水厂供水范围: the villages counted, not what is said of them)
        return text[m.start()], m.start() + 1
    owner = _TWO_CHAR_OWNER.match(norm, m.start()) or (_BODIES_OWNER.match(norm, m.start()) if norm[pos - 1:pos] == "家" else None)
    if owner and owner.group() in EPITHETS:  # (十余个精彩的文艺节目: the programmes counted, 精彩 says of them, hd51b)
        return _counted_after(norm, text, owner.end() + 1)
    if owner and norm[pos - 1:pos] in _PERSON_MEASURES:  # (130多名顶尖的专家学者: persons after 的 are those counted, 顶尖 says of them)
        persons, _ = _counted_after(norm, text, owner.end() + 1)
        end = max((k for k, c in enumerate(persons[:8]) if k and c in _PERSON_ENDS), default=0)
        if end:  # (选派20名优秀的科技人员下乡: 科技人员, not what they did)
            return persons[:end + 1], owner.end() + 2 + end
    if owner:  # (可容纳2000名学生的标准化学校: the pupils counted, not the school they are of)
        return text[m.start():owner.end()], owner.end()
    timed = _TIME_OF.match(m.group())
    if timed:  # 校内、校外1小时的体育活动时间: the time of what it names
        phrase = _clean(text[start:start + timed.end()])[:MAX_COUNTS]
        return (phrase, start + timed.end()) if len(phrase) >= 2 else ("", pos)
    if age and m.group().startswith("的"):
        m = FORWARD.match(norm, m.start() + 1)
        if not m:  # (…174名80岁以上的, a page cut after 的: nothing counted after it)
            return "", pos
    if m.group().startswith(CHANGE_VERBS) or CHANGED_TO.match(m.group()):
        return "", pos  # 由728元 / 人 / 月提高 为735元…, 由原来的12台调整至18台: the change of what it is the figure of
    if (m.group().startswith("的") and norm.endswith(_SIZE_UNITS, 0, pos) and not _SIZE_NAMED.search(norm, max(0, pos - 16), pos)
            and not _STANDARD_AFTER.match(norm, m.start())):
        return _counted_after(norm, text, m.start() + 1)  # (新建一个120平方米的卫生室: the size of the thing after 的)
    if (m.group().startswith("的") and not FUNDS.search(m.group())) or _DONE_WITH.match(m.group()):
        return "", pos  # 50亿元的龙头高企, 投资2000万元建设的县科技馆: the number describes the noun
    attended = _COURSE_HEAD.match(norm, m.start() + 2) if (persons or norm.endswith("人次", 0, pos)) and norm.startswith(
        ("参加", "参与"), m.start()) else None
    if attended:  # (组织628人次参加国家、省、市三级专项培训: the attendances of the course, hd70e)
        return _clean(text[m.start() + 2:attended.end()])[-MAX_COUNTS:], attended.end()
    cut = m.end()
    found = FORWARD_END.search(norm, m.start(), cut)
    course = _COURSE_HEAD.match(norm, m.start(), cut) if norm[pos - 1:pos] == "期" else None
    cut = course.end() if course else found.start() if found else cut
    modifier = _AID_NOUN.match(norm, m.start(), cut)  # (11条支持政策: 支持 is the kind of policy, no verb)
    cut = next((s.start() for s in STOP.finditer(norm, modifier.end() if modifier else m.start(), cut) if s.group() not in NOUNISH), cut)
    if norm[start:cut].endswith("了") and cut - start > 4:  # (5个方面梳理了11条…: the word before 了 is a verb, no part of the noun)
        cut -= 3
    while norm[cut - 1] == "（" and cut > start:  # (an aside opened after it is the next clause's: 特殊教育学校（30万人口…）100%)
        cut -= 1
    closed = _UNOPENED_CLOSE.match(norm, start, cut)
    if closed:  # (a figure inside brackets counts its own item, the bracket's end its end: （建设20万亩…基地、20万亩中药材种植基地）
        cut = closed.end(1)  # 特色产业基地 — 中药材种植基地, not the thing the brackets list, hd53c)
    # (10个乡镇（狮山镇除外）新建垃圾热解厂10个: the 乡镇, what they built the next figure's; 10个乡镇镇区（狮山镇除外）污水处理厂:
    # the plants, the aside no part of their name)
    aside = _SCOPE_ASIDE.search(norm, start, cut)
    if aside and _NEXT_FIGURE.match(norm, cut):
        cut, aside = aside.start(), None
    opened = norm.rfind("（", start, cut)
    if opened >= 0 and "）" not in norm[opened:cut]:  # a bracket cut at its 、 (146个监测县（市、区）): whole, or not at all
        closed = _BRACKET_REST.match(norm, cut)
        cut = closed.end() if closed else opened
    meeting = _MEETING_HEAD.search(norm, start, cut)
    cut = meeting.end() if meeting else cut  # (51次市各类专题会议研究部署…: the meetings, not what they did)
    task = next((t for t in _TASK_HEAD.finditer(norm, m.start(), cut) if t.end() == cut and t.start() - m.start() >= 2), None)
    cut = task.start() if task else cut
    if cut - start > MAX_COUNTS:  # (too long to keep whole: its head, to the last end of a name in it — not a tail opening inside a word,
        # 项目2个 of …粮食生产能力规划田间工程建设项目经过公开招投标, not 产能力规划…招投标, hd53c; the places it opens on, hd70d)
        places = _PLACES_SAID_OF.match(norm, m.start())
        named = [e.end() for e in _NAME_END_RUN.finditer(norm, start, start + MAX_COUNTS) if e.end() - start >= 2]
        cut = places.end() if places else named[-1] if named else cut
    phrase = _clean(text[start:aside.start()] + text[aside.end():cut] if aside else text[start:cut])
    person = _PERSON_HEAD.match(phrase) if persons and not _PERSONS_NOUN.search(phrase) else None
    # (persons' noun run on into what they did: 2名年轻干部协助负责执法监督、市容环卫相关工作 counts 年轻干部)
    phrase = person.group() if person else phrase[:MAX_COUNTS]
    rated = _RATED_AS.match(norm, cut)
    if rated and len(phrase) >= 2:  # (26所中小学、幼儿园被评为省红色基因传承示范校: the title they won is what they are counted as)
        return _clean(text[rated.start(1):rated.end(1)]).strip("“”"), rated.end()
    more = _MORE_PERSONS.match(norm, cut) if persons and _PERSONS_NOUN.search(phrase) else None
    if more:  # (10位人大代表、政协委员: the count is of all the persons listed)
        return _clean(text[start:more.end()])[:MAX_COUNTS], more.end()
    done_by = _THINGS_DONE_BY.match(norm, m.start())
    if done_by:  # (238个事项在武汉和黄冈间可跨城通办: 跨城通办事项)
        return text[done_by.start(2):done_by.end(2)] + done_by.group(1), done_by.end(1)
    if _QUALITY.match(phrase) and norm.startswith(_LIST_JOINS, cut):  # (1000名具有优秀科技素质、…的企业科技人员)
        end = _CLAUSE_STOP.search(norm, cut)
        of = norm.find("的", cut, end.start() if end else len(norm))
        if of >= 0:
            return _counted_after(norm, text, of + 1)
    return (phrase, cut) if len(phrase) >= 2 else ("", pos)


# The verb between a list of things and the list of their figures: 高新技术企业、科技型中小企业
# 分别达4210家、5375家; 分别增长18.2%、25.6% (a change: each figure is the change of its thing).
_LIST_VERB = lazy(r"(?:分别(?:累计)?(?:完成|实现)[\u4e00-\u9fff]{1,4}|(?:分别)?(?:达到|达|为|是|突破|超过|超|实现|增至|"
                  r"(?:提高|提升|增加|增长|上升|下降|降低|调整)(?:至|到|为)|" + "|".join(CHANGE_VERBS) + ")了?)?$")
# The shares of the things listed before, in order (，分别占年度计划111.08%、…).
# (its whole quoted too: “十三五”计划; or the things listed before it in its clause: 主导产业增加值、主营业务收入分别占规上工业的…)
_LIST_SHARE = lazy(r"分别占([\u4e00-\u9fff“”]{2,10}?)(?:的)?(?:比重|比例)?$")
_TARGET_WHOLE = lazy(_TARGET.format(CJK=CJK) + "$")
# What the things listed each did, its measure after the verb (…、市重点项目分别完成投资29.97亿元、…: each one's 投资).
_LIST_MEASURE = lazy(r"^分别(?:累计)?(?:完成|实现)([\u4e00-\u9fff]{1,4})$")
_LIST_CHANGE = lazy(r"^(?:分别)?(" + "|".join(CHANGE_VERBS) + ")了?$")
# The number of the things a list names, said after it (…、实际利用外资三项指标全面高位增长): no part of its last thing.
_LIST_NUMBERED = lazy(rf"等?(?:[两二三四五六七八九十]|\d+)(?:项|个|类|大)[{CJK}]*$")
_CLAUSE_STOP = lazy(r"[，。；：！？\n]")


_LIST_JOINS = ("、", "和", "及", "与")
# Towns listed before their figures (a place each figure is of, no thing it counts), and the thing their run of figures is of, named
# after it (8万元、7万元、5万元的维稳工作经费).
_TOWN_LISTED = lazy(rf"(?:镇|乡|街道)(?:分别[{CJK}]{{0,4}})?$")
_NAMED_AFTER_RUN = lazy(rf"的([{CJK}]{{2,12}})(?=[，。；：！？]|$)")
# The rate the last of a list of things names for all (新生儿、婴儿和5岁以下儿童死亡率: 死亡率), and a digit that is no age nor a
# code's (5岁以下 names people, PM2.5 a pollutant; 2023年 is no thing).
_RATE_NAME = lazy(rf"[{CJK}]{{2}}率$")
# The name of a standard the last of things joined by 和 names for those before it (孤儿集中养育和社会散居保障标准: 保障标准).
_STANDARD_NAME = lazy(rf"[{CJK}]{{2}}标准$")
# Grades listed by their numerals before the noun they share (一、二级重度残疾人护理补贴 → 一级…, 二级…).
_GRADE = lazy(r"^([一二三四五六七八九十])级(.+)$")
# Town and country in one name, given a figure each (城乡低保平均标准…分别增长24.2%和67.3%): 城镇…, 农村….
_TOWN_AND_COUNTRY = lazy(r"^(?:全[省市区县])?城乡(.+)$")
# A thing named by a code (PM10, PM2.5, COD), and one named by a code and what of it is measured (PM2.5年均浓度).
_CODE = lazy(r"[A-Za-z][A-Za-z\d.]*")
_CODE_NAMED = lazy(rf"[A-Za-z][A-Za-z\d.]*([{CJK}]+)$")
_DIGIT_NOT_AGE = lazy(r"(?<![A-Za-z\d.])\d(?![\d.]*周?岁)")  # (nor a code's digits: PM10, PM2.5)
# Where the last of a list of things the clause before a list of figures opens on ends (全区高新技术企业和科技型企业|在2022年的
# 基础上实现“双倍增”，分别超过90家和870家).
_SUBJECT_END = lazy(r"[在对向从比较]|实现|达到|分别")


def _figure_lists(norm: str, found: list[tuple[re.Match, int]]) -> list[list[int]]:
    """The runs of two or more figures listed one after the other (4210家、5375家; 90家和870家)."""
    runs: list[list[int]] = []
    for i in range(len(found)):
        if runs and runs[-1][-1] == i - 1 and norm[found[i - 1][0].end():found[i][0].start()] in _LIST_JOINS:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 2]


# A measure of the figure before said bare in the clause after it (暴雨预警79次，时长达16175分钟；台风预警21次，时长达…): that
# thing's (group 1: the measure).
_MEASURE_OF_BEFORE = lazy(r"，(?:其|总)?(时长|次数|数量|总量|人数|金额|总额|用时)(?:达到?|为|共计?|累计|约)*")
# (59次暴雨、25次: what is between two figures listed, its thing and a 、; or a 、 and the next one's thing, 干线公路296公里、农村公路
# 1110公里)
_THING_LISTED = lazy(r"[^，。；：！？\d]*、|、[^，。；：！？\d]+")


def _listed(norm: str, found: list[tuple[re.Match, int]], figures: list[int]) -> bool:
    """Whether ``figures`` are listed one after the other, each with its thing, in one clause (59次暴雨、25次大风预警; 干线公路296公里、
    农村公路1110公里)."""
    return all(_THING_LISTED.fullmatch(norm, found[a][0].end(), found[b][0].start()) for a, b in zip(figures, figures[1:]))


def _listed_before(norm: str, found: list[tuple[re.Match, int]], names: list[str], run: list[int], clause: int) -> list[str]:
    """The things of as many figures as ``run`` holds listed each with its thing (:func:`_listed`) in the clause right before the
    run's (from ``clause``, after its comma): 开工建设干线公路296公里、农村公路1110公里，分别占…; [] where there are none."""
    prior = [j for j in range(run[0]) if found[j][1] == found[run[0]][1]][-len(run):]
    if (len(prior) == len(run) and all(names[j] for j in prior) and _listed(norm, found, prior)
            and norm[found[prior[-1]][0].end():clause] == "，"):
        return [names[j] for j in prior]
    return []


# A thing that is whole by its last character: a person, a place or a structure (教师, 码头, 泵站), no modifier of a head after it.
_WHOLE_THING_END = lazy(rf"[{_PERSON_ENDS}{''.join(_NAME_ENDS)}头场所室点村户校学院队]$")
_HEAD = 4  # characters at most of a head noun the things listed share (预警, 案件)


def _share_heads(norm: str, found: list[tuple[re.Match, int]], names: list[str]) -> None:
    """Figures listed each before its thing, in one measure, the last thing closing the clause on a head noun the others lack
    (发布59次暴雨、25次大风预警): each thing is that head's (暴雨预警, 大风预警) where every other thing is as long as the last's
    words before its head and none a whole thing of its own (persons, places, structures: 13所中小学、2所幼儿园合作… stays) — nor
    the run the rest of a list an item before it opened (近50%的地区生产总值、60%以上税收、近85%城镇就业岗位: whole things, hd56c)."""
    runs: list[list[int]] = []
    for i in range(len(found)):
        if runs and runs[-1][-1] == i - 1 and names[i - 1] and norm[found[i - 1][0].end():found[i][0].start()] == names[i - 1] + "、":
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in (r for r in runs if len(r) >= 2):
        things = [names[i] for i in run]
        last, width = things[-1], len(things[0])
        if (width < 2 or len({match_unit(found[i][0]) for i in run}) > 1 or norm[found[run[0]][0].start() - 1:found[run[0]][0].start()] == "、"
                or match_unit(found[run[0]][0])[-1:] in _PERSON_MEASURES or not width + 2 <= len(last) <= width + _HEAD
                or not norm.startswith(last, found[run[-1]][0].end())
                or not _CLAUSE_STOP.match(norm, found[run[-1]][0].end() + len(last))):
            continue
        head = last[width:]
        if all(len(t) == width and not t.endswith(head) and not _WHOLE_THING_END.search(t) and t not in WORK_VERBS
               for t in things[:-1]):
            for i, thing in zip(run, things[:-1]):
                names[i] = (thing + head)[-MAX_COUNTS:]


# What things listed each after its share are said to do, after the last one (全市92%的镇和47%的乡通达二级公路: 通达二级公路).
_SHARES_JOINED = lazy(r"[和、及与]")
_SHARED_PREDICATE = lazy(r"[^，。；：！？（）()\d、和及与]{2,12}(?=[，。；：！？（）()]|$)")


def _shares_of_things(norm: str, text: str, found: list[tuple[re.Match, int]], names: list[str]) -> None:
    """Shares listed each before its thing (its noun after it, :func:`_counted_after`), joined (和, 、), what they are said of
    after the last thing (全市92%的镇和47%的乡通达二级公路; 100%建制镇和60%乡通二级公路): each share is of its thing doing that
    (镇通达二级公路, 乡通达二级公路), not of the words before it (镇和, hd58a)."""
    shares = [match_unit(m) in ("%", "％") for m, _ in found]
    k = 0
    while k < len(found):
        if not (shares[k] and k + 1 < len(found) and shares[k + 1]):
            k += 1  # (only a run of two shares or more names its things: no noun read after one alone)
            continue
        run: list[int] = []
        things: list[str] = []
        end = 0
        while k < len(found) and shares[k]:
            thing, end = _counted_after(norm, text, found[k][0].end() + norm.startswith("的", found[k][0].end()))
            if not thing:
                break
            run.append(k)
            things.append(thing)
            k += 1
            if k == len(found) or not _SHARES_JOINED.fullmatch(norm, end, found[k][0].start()):
                break
        said = _SHARED_PREDICATE.match(norm, end) if len(run) >= 2 else None
        for i, thing in zip(run, things) if said else ():
            names[i] = (thing + text[said.start():said.end()])[-MAX_COUNTS:]
        k += not run


def _pair_lists(norm: str, text: str, found: list[tuple[re.Match, int]], names: list[str]) -> None:
    """A list of figures after a list of as many things (A、B达X、Y; A、B分别为X、Y) counts them in
    order; a list of changes right after (，分别增长P、Q) is the change of each in order."""
    last: tuple[int, list[str]] | None = None  # (sentence, the things) of the list before
    before: list[int] = []  # (the run before)
    for run in _figure_lists(norm, found):
        first = found[run[0]][0].start()
        start, before = before, run
        if (len(start) == len(run) and found[start[0]][1] == found[run[0]][1]
                and changed_from(norm, found[start[0]][0].start())
                and CHANGED_TO.fullmatch(norm, found[start[-1]][0].end(), first)):
            # (城乡居民收入分别从44845元、25903元提高到63702元、39096元: each value reached is that of the one it started from, in
            # order — 63702元 the town's, 39096元 the country's, hd66c)
            for i, j in zip(run, start):
                names[i] = names[j]
            continue
        stops = list(_CLAUSE_STOP.finditer(norm, found[run[0]][1], first))
        clause = stops[-1].end() if stops else found[run[0]][1]
        verb = _LIST_VERB.search(norm, clause, first)
        head_norm, head = norm[clause:verb.start()], text[clause:verb.start()]
        compared = _COMPARISON_TAIL.search(head_norm)
        if compared:  # (…孤独症儿童康复救助标准较“十三五”末分别提高25%、43%和52.6%: the things are before the comparison)
            head_norm, head = head_norm[:compared.start()], head[:compared.start()]
        respectively = head_norm == "分别"
        if respectively:  # (分别比去年同期增长了…: no thing before the comparison)
            head_norm, head = "", ""
        change = _LIST_CHANGE.match(norm[verb.start():first])
        measure = _LIST_MEASURE.match(norm[verb.start():first])
        measured = text[verb.start() + measure.start(1):verb.start() + measure.end(1)] if measure else ""
        opening = max(norm.rfind(c, 0, verb.start()) for c in "，。；：") + 1
        counted = [j for j in range(len(found)) if opening <= found[j][0].start() < verb.start()]
        if measured and len(counted) == len(run) and all(names[j] for j in counted):
            # (5个省重点项目、30个省大中型项目、61个市重点项目分别完成投资29.97亿元、…: each of the things counted before, its 投资)
            for i, j in zip(run, counted):
                names[i] = (names[j] + measured)[-MAX_COUNTS:]
            last = (found[run[0]][1], [names[i] for i in run])
            continue
        share = _LIST_SHARE.search(norm, clause, first)
        if share and share.start() > clause:
            # (主导产业增加值、主营业务收入分别占规上工业的62.8%、66.6%: each thing's share of the whole — no 分别 in a name, hd59c)
            listed = re.split(r"、|和|及|与", text[clause:share.start()])
            things = [_counted_before(normalise(listed[0]), listed[0])] + [_clean(p) for p in listed[1:]]
            if len(things) == len(run) and all(len(t) >= 2 for t in things):
                whole = share.group(1) + ("" if _TARGET_WHOLE.search(share.group(1)) else "比重")  # (a plan's share done: 占年度计划)
                for i, thing in zip(run, things):
                    names[i] = (thing + "占" + whole)[-MAX_COUNTS:]
                continue
            share = None
        # (…，分别占年度计划111.08%、110.78%、112.24%: each thing's share, in order, of the list before or of the figures listed
        # each with its thing before it: 开工建设干线公路296公里、农村公路1110公里，分别占“十三五”计划的29.6%、22%, hd58a)
        shared = (last[1] if last and last[0] == found[run[0]][1] else _listed_before(norm, found, names, run, clause)) if share else []
        if len(shared) == len(run):
            for i, thing in zip(run, shared):
                names[i] = (thing + "占" + share.group(1))[-MAX_COUNTS:]
            continue
        if (not head_norm and change and len(run) == 2 and names[run[1]] in ("", names[run[0]])
                and (split := _TOWN_AND_COUNTRY.match(names[run[0]] or ""))):
            # (全省城乡低保平均标准，比“十三五”末分别增长24.2%和67.3%: the town's, then the country's)
            names[run[0]], names[run[1]] = "城镇" + split.group(1), "农村" + split.group(1)
            continue
        if not head_norm and change and last and last[0] == found[run[0]][1] and len(last[1]) == len(run):
            for i, thing in zip(run, last[1]):
                names[i] = thing + change.group(1)
            continue
        prior = [j for j in range(run[0]) if found[j][1] == found[run[0]][1]][-len(run):]
        if (not head_norm and change and len(prior) == len(run)
                and (respectively or norm.startswith("分别", verb.start()) or _listed(norm, found, prior))
                and all(names[j] and match_unit(found[j][0]) not in RATIO_UNITS for j in prior)):
            # (接待游客3104.14万人次，旅游花费177.58亿元，同比分别增长42.95%和43.92%: the changes of the figures before, in order;
            # of figures listed, 发布59次暴雨、25次大风预警，同比增加321%、212%, in order too; 分别 before the comparison, 累计实际到位
            # 市外资金超2600亿元，实际利用外资19.36亿美元，分别较“十二五”增长1.4倍、1.5倍, hd66c)
            for i, j in zip(run, prior):
                names[i] = (names[j] + change.group(1))[-MAX_COUNTS:]
            continue
        if not head_norm and "分别" in norm[clause:first] and len(stops) >= 1:
            # …A和B在…基础上实现“双倍增”，分别超过90家和870家: the things the clause before opens on (or lists, what they number
            # left: 新批项目数、合同外资、实际利用外资三项指标全面高位增长，分别比去年同期增长了67%、259%和94%, hd27b)
            opening = stops[-2].end() if len(stops) > 1 else found[run[0]][1]
            end = _SUBJECT_END.search(norm, opening, stops[-1].start())
            head_norm = norm[opening:end.start() if end else stops[-1].start()]
            numbered = _LIST_NUMBERED.search(head_norm) if "、" in head_norm else None
            head_norm = head_norm[:numbered.start()] if numbered else head_norm
            head = text[opening:opening + len(head_norm)]
        if (found[run[0]][0].group().startswith("第") and last and last[0] == found[run[0]][1] and len(last[1]) == len(run)
                and all(len(t) + len(names[run[0]]) <= MAX_COUNTS for t in last[1])):
            # (PM10、PM2.5下降率分别为10.2%、4.5%，全省排名第2、第5位: each thing's rank, as the list before names them)
            ranked = names[run[0]]
            for i, thing in zip(run, last[1]):
                names[i] = thing + ranked
            continue
        parts = re.split(r"、|和|及|与", head) if "、" not in head_norm else head.split("、")
        if len(parts) != len(run) and "、" in head_norm:  # (新生儿、婴儿和5岁以下儿童死亡率分别为…: listed with 、 and 和)
            parts = re.split(r"、|和|及|与", head)
        one = _counted_before(normalise(head), head) if len(parts) == 1 else ""
        if len(run) == 2 and (split := _TOWN_AND_COUNTRY.match(one)):
            # (城乡低保标准分别提高到740元/月、485元/月: the town's, then the country's, as their change is above; their changes
            # too, 城乡居民人均可支配收入分别增长5.9%和6.2% — never the change of a figure in the clause before, hd44a)
            tail = change.group(1) if change else ""
            names[run[0]], names[run[1]] = "城镇" + split.group(1) + tail, "农村" + split.group(1) + tail
            continue
        if len(parts) != len(run) or len(parts) < 2:
            continue
        things = [_counted_before(normalise(parts[0]), parts[0])] + [_clean(p) for p in parts[1:]]
        if all(_TOWN_LISTED.search(t) for t in things):
            # (虎跳镇、青牛乡、红岩镇分别追加8万元、7万元、5万元的维稳工作经费: towns, each given the money named after the run)
            given = _NAMED_AFTER_RUN.match(norm, found[run[-1]][0].end())
            for i in run:
                names[i] = _clean(text[given.start(1):given.end(1)]) if given else ""
            continue
        verb, things[0] = _split_added(things[0], 2)  # (新增国家级、省级研发平台3个、5个: the verb of adding each item's, 新增省级研发平台 too)
        noun = _LEVEL_HEAD.sub("", things[-1])  # 国家级、省级平台 → 国家级平台, 省级平台
        if noun == things[-1] and all(_BARE_LEVEL.fullmatch(t) for t in things[:-1]):
            noun = _BARE_LEVEL.sub("", noun, count=1)  # (省、市农业龙头企业分别达到7家、27家 → 省农业龙头企业, 市农业龙头企业, hd69b)
        things = [t + noun if LEVEL.match(t) and noun else t for t in things]
        rate = _RATE_NAME.search(things[-1])  # 新生儿、婴儿和5岁以下儿童死亡率 → 新生儿死亡率, 婴儿死亡率, …
        code = _CODE_NAMED.match(things[-1])  # PM10、PM2.5年均浓度 → PM10年均浓度, PM2.5年均浓度
        if rate and not any(t.endswith("率") for t in things[:-1]):
            things = [t + rate.group() for t in things[:-1]] + things[-1:]
        elif code and all(_CODE.fullmatch(t) for t in things[:-1]):
            things = [t + code.group(1) for t in things[:-1]] + things[-1:]
        if len(things) == 2 and things[0] in TOWN_WORDS and things[1][:2] in COUNTRY_WORDS and len(things[1]) > 2:
            things[0] += things[1][2:]  # (城镇和农村居民人均可支配收入分别达49433元、26932元: 城镇居民人均可支配收入, 农村…)
        grade = _GRADE.match(things[-1])
        if grade and all(re.fullmatch(r"[一二三四五六七八九十]级?", t) for t in things[:-1]):
            things = [t.rstrip("级") + "级" + grade.group(2) for t in things[:-1]] + things[-1:]
        if "、" in head_norm:  # (孤儿集中养育和社会散居保障标准、…: the standard named once for the things joined by 和)
            joined = [re.split(r"和|及|与", p) for p in head.split("、")]
            if sum(map(len, joined)) == len(things):
                k = 0
                for group in joined:
                    standard = _STANDARD_NAME.search(things[k + len(group) - 1])
                    for j in range(k, k + len(group) - 1):
                        if standard and not _STANDARD_NAME.search(things[j]):
                            things[j] += standard.group()
                    k += len(group)
        things = [verb + t for t in things]
        if all(2 <= len(t) <= MAX_COUNTS and not _DIGIT_NOT_AGE.search(t) for t in things):
            for i, thing in zip(run, things):  # (…分别提高25%、43%和52.6%: each the change of its thing)
                names[i] = thing + change.group(1) if change else thing + measured
            last = (found[run[0]][1], things)


# A share opening its clause's subject, after only a place or 其中 (番禺区100%的社区卫生服务中心达到…): of the noun after its 的.
_SHARE_OF_SUBJECT = lazy(rf"(?:^|[，。；：])(?:其中|[{CJK}]{{1,6}}?[省市区县州镇乡])?\s?$")


# A rank's clause that is only its verb (位居, 位列, 名列…) or only a place (山东省第1位): what is ranked is said before it.
_RANK_VERBS = "位居|位列|名列|排名|排在|排|居|列"
_RANK_VERB = lazy(rf"(?:再次|继续|仍|依然|均)?(?:{_RANK_VERBS})")
# A rank's move, right before the places it moved by (比2016年前移2位, 排名上升31位, 较上年提升5个位次): no rank of its own.
_RANK_MOVED = lazy(r"(前移|后移|上移|下移|前进|后退|上升|下降|提升|提高|跃升|攀升|回升)了?\s?$")
_PLACE_ONLY = lazy(rf"[{CJK}]{{1,6}}?[省市区县州]|全[省市区县州国]")
_QUOTED_LIST = lazy(r"“([^“”]{2,30})”(?:名单|榜单|排行榜)")


# A thing listed before the one a count's name ends in: a short noun (城建、交通、公路方面18件; 低保、特困、临时救助资金2.14亿元;
# 乱贴乱画、大型喷绘广告、橱窗广告、小广告、喷号、粉刷墙面18406余处, hd48d);
# a list of kinds opens after its word for them (等各类美食展、消费展…).
_LISTED_THING = lazy(r"[\u4e00-\u9fff]{1,6}")
_KINDS_OPENING = lazy(r"(?:等)?(?:各类|各式|[各多]种(?!植(?!物)|养(?:殖|结合)))")  # (not the 种 of 种植, 种养殖: 农户多种植大豆、玉米3万亩;
# 各种养老服务 a list)


def _things_listed(norm: str, text: str, sentence: int, clause: int, start: int, found: list[tuple[re.Match, int]]) -> str | None:
    """The things listed (``城建、交通、``) before the name of the figure at ``start``, its clause (from ``clause``, right after
    its 、) a noun alone, that share its count: short nouns and no figure among them, the first read after the verb its clause
    opens on (共发放低保 → 低保); None when the clause after a comma lists no such things (nor where a verb before the name
    makes the list another thing's: 分企业、科研院所、卫生医疗三个赛道遴选支持…项目45项)."""
    said = norm[clause:start].rstrip()
    if not (clause > sentence and norm[clause - 1] == "、") or any(  # (its sum's word before the figure none: …、俄罗斯患者达3万余人)
            m.group() not in _SUM_WORDS or m.end() != len(said) for m in _stops(said)):
        return None
    opening = max(max(norm.rfind(c, sentence, clause) for c in "，。；：") + 1, sentence)
    kinds = [m.end() for m in _KINDS_OPENING.finditer(norm, opening, clause)]
    opening = kinds[-1] if kinds else opening  # (…网上年货节等各类美食展、消费展、车展、房展30余场: the kinds after 各类, hd42c)
    if any(opening <= f.start() < clause for f, _ in found):
        return None
    items = text[opening:clause - 1].split("、")
    # (what is said of them all before its 的 none of the first's name: 前来就诊的蒙古国、俄罗斯患者 → 蒙古国, hd70b)
    items[0] = _counted_before(norm[opening:opening + len(items[0])], items[0]).rsplit("的", 1)[-1]
    added, items[0] = _split_added(items[0])  # (新增高新技术企业、科技小巨人领军企业100家: the whole list added)
    return added + "、".join(items) + "、" if all(_LISTED_THING.fullmatch(i) for i in items) else None
# A thing named with its stretch in brackets (汉南河（汉江路以西段）): one of a list parted by commas whose last item opens the clause
# of a figure, the list's total (…，仙下河（西桥至秦家湾闸段），洛江河（新城大道至仙洪路段）新建截污管道4000米, hd52b).
_BRACKETED_ITEM = lazy(r"([\u4e00-\u9fff]{2,8})[（(][^（）()，。；]{1,24}[）)]")


def _bracketed_list(norm: str, text: str, sentence: int, clause: int, name: str) -> str | None:
    """The name of a figure whose clause (from ``clause``) opens on the last of things listed with their stretches in brackets
    (:data:`_BRACKETED_ITEM`), parted by commas: the things' names and what the clause says of them (汉南河、仙下河、洛江河新建截污管道);
    None where its clause opens on no such thing or no other is listed before it."""
    last = _BRACKETED_ITEM.match(norm, clause)
    if not last or not name.startswith(text[clause:last.end()].strip()):
        return None
    names, end = [last.group(1)], clause - 1
    while end > sentence and norm[end] in "，,":
        opening = max(max(norm.rfind(c, sentence, end) for c in "，,。；：") + 1, sentence)
        item = _BRACKETED_ITEM.fullmatch(norm, opening, end)
        if not item:
            break
        names.insert(0, item.group(1))
        end = opening - 1
    rest = name[len(text[clause:last.end()].strip()):]
    return _list_within_counts("、".join(names) + "、").rstrip("、") + rest if len(names) > 1 and rest else None


# A place and what was done there, read as a figure's name in a breakdown (章镇布设13条): no thing counted.
_WHERE_DONE = lazy(r"^([\u4e00-\u9fff]{1,6}?)(?:布设|设置|建设|建成|新建|完成|开通|改造|实施|安装)$")


# A rate's lead over (or lag behind) the whole place's (高出全省1个百分点, 低于全市平均水平2%): of what the figure before counts.
_ABOVE_WHOLE = lazy(rf"(高出|高于|低于|超出|超过)({words(SCOPE_WORDS)})(?:平均水平|平均)?\s?$")
# …or the whole's own value, its level named after it (低于全省1.5%的平均水平).
_WHOLES_LEVEL = lazy(r"的?(平均水平|平均值|水平)")
# Money and then the work it went to (投入1.9亿元加强乡村小规模学校…建设, 5000万元支持…): a verb, no noun it counts.
# (not a kind of money, a noun too: 3000万元奖励, 10万元补助)
# (or the things it went to with the work after them: 争取省级奖补资金800多万元对部分沟渠进行了疏浚)
_SPENT_ON = lazy(rf"\s?(?!{words(*KIN_WORDS)}|配套)(?:{words(WORK_VERBS)})|\s?对[^，。；！？]{{1,20}}?进行")
# A distance from a place, told by where or how far from it (位于秦安县城东北40公里的陇城镇, 距县城东5公里的姜家庄): the
# distance from that place (距秦安县城, 距县城), not the thing at its end.
_DIRECTION = r"[东西南北]{1,2}(?:方向|方|侧)?"
_DISTANCE_FROM = lazy(rf"(?:(?:距离?|离)(?P<from>[{CJK}]{{2,8}}?)(?:{_DIRECTION})?|位于(?P<at>[{CJK}]{{2,8}}?){_DIRECTION})(?:约|近|大约)?\s?$")
_LENGTH_UNITS = ("公里", "千米", "米", "km")
# The measure a size is of, named after a verb's 了 in the words before it (修建了占地面积近6000平方米的…): the name opens on it
# (not 建成面积, a measure of its own).
_SIZE_MEASURE = lazy(r"(?<=了)(?:占地|建筑|使用|绿化|总)?(?:面积|长度|里程)")
# Money said to be made a fund (45万元作为…项目资金, 5万元作为启动经费): the fund names it.
_AS_FUNDS = lazy(r"\s?作为([^，。；：]{2,30}?(?:资金|经费|补助|奖金))")


# A figure's clause that is a verb of work alone (…，落实了3条; 完成5条), and the length of a name that is a word, no phrase.
_VERB_ALONE = lazy(rf"\s*({words(WORK_VERBS, FOUNDING_VERBS)})了?\s*")
# The clause before such a verb pushing works on a thing (加快高标准农田建设，建成22.04万亩, hd54a): the thing is what it counts.
_WORKS_TOPIC = lazy(rf"^(?:{words(MANNER_ADVERBS)})*(?:{words(PUSHING_VERBS)})+([{CJK}“”]{{2,12}}?)(?:建设|改造|整治|治理)$")
_WORD = 2


# A figure told as the sum (…，共50万元; 累计达84个) right after its clause's start, and a name ending on what was added (在2018年前期费中
# 再增加, named 前期费增加: _ADDED_TO): the total's name is the thing's (前期费合计), not the increment's; a year and 在 opening that name are its time.
# A figure named by its time's average alone (…1.64亿人次、日均超44万人次): the average of what the figure before counts.
_PER_TIME_ALONE = lazy(r"[日周月年]均")
# A rate's per-unit base right before its figure (按每百平方米1.1-1.5个车位配建, 每千人口床位4.5张): kept in its label.
_PER_BASE = lazy(r"每(?:百|千|万|十万|百万|10万|100万)?(?:平方米|平方公里|公顷|亩|人口|人|户|名)$")
_SUMMED = lazy(r"[，、\s]*(?:共计|共|合计|总计|累计)(?:达到|达|为)?")
_PERSONS_COUNTED = lazy(r"(?:人口|人数|人员|群众)$")  # (persons a count names by their word: 受益人口; their households 受益户)
_WORKS_END = lazy(rf"(?:{words(WORKS_VERBS)})$")  # (a work named as its figure's thing: 更新改造20处)


def _told_by_verb(norm: str, found: list[tuple[re.Match, int]], figures: list[Figure], unit: str, verb: str) -> str:
    """What a figure in ``unit`` after ``figures``, its clause ``verb`` alone, counts where an earlier figure of its unit was said
    right after that verb and what it counts (涉及供水人口914人。其中，…，涉及226人: 供水人口); "" where none was."""
    return next((f.counts for (fm, _), f in zip(reversed(found[:len(figures)]), reversed(figures)) if f.counts and f.unit == unit
                 and norm.endswith(verb + f.counts, 0, fm.start())), "")
_ADDED_END = lazy(r"中?(?:再|又|另|还)?(?:增加|新增|追加|增拨|增补|增安排|加大)$")
_IN_YEAR = lazy(r"^(?:在|于)?(?:(?:19|20)\d{2}年度?)?")
# An increment named by where it was added and when (在2018年前期费中再增加30万元): the thing's increase (前期费增加), its time and 在…中
# the statement's.
_ADDED_TO = lazy(r"^(?:在|于)(?:(?:19|20)\d{2}年度?)?(?P<thing>[^，。；：\d]{2,12}?)中(?:再|又|另|还)?(?P<verb>增加|新增|追加|增拨|增补|增安排)$")


# A noun, then the figure it reaches (各类广告牌达130余块): the noun before is what the figure counts, never the words after its
# measure word (…130余块宣传横幅500余条, a list that lost its 、: no 130 banners, hd38b).
# A count of the things one was picked from or stands among (从135个申报城市中, 在全国36个试点城市中): the words before 中 are those
# things, the words before the figure no name of them. Only a 中 closing that pool, no verb of work in it, a pause or a pick or
# standing after it (脱颖, 选, 率先, 位居…; 居, 列 or 排 before a place: 居第3位): 在12个乡镇开展集中整治, 在3个村推行中药材种植 and
# 在3个乡镇推进农民集中居住 count 乡镇 and 村, no 乡镇开展集 (rv8 13). A place may stand between 在 and the figure (在浙江近4万个村庄中
# 选择近万个行政村 counts 村庄, hd73a).
_AMONG_FROM = lazy(rf"[从在](?:[{CJK}]{{2,3}})?\s?$")
_STANDING = "|".join(v if len(v) > 1 else f"{v}(?=[第前首])" for v in _RANK_VERBS.split("|"))
_AMONG = lazy(rf"((?:(?!中)[{CJK}“”])(?:(?!中|{words(WORK_VERBS)})[{CJK}“”]){{1,15}}?)中(?=[，,；;：:]|{_STANDING}|脱颖|胜出|率先|[选评遴挑抽择])")
_NOUN_REACHES = lazy(rf"([{CJK}]{{2}})(?:达到|达)$")  # (not a sum's word, 累计达到3000家企业: :data:`_SUM_WORDS`)


def _place_said_again(name: str, before: str) -> str | None:
    """``before`` (a figure's counts opening on a place, 邯郸市林木覆盖率) with ``name``, a place alone, in its place: the same
    measure of another place, said in a parallel clause (…，邢台市达到33.64%); else None."""
    from .places import is_place, leading_places  # (places reads figures' clauses)

    chain = leading_places(before)
    rest = before[len("".join(chain)):] if chain and before.startswith("".join(chain)) else ""
    return name + rest if rest and is_place(name) and name not in chain else None


# A figure inside the name of the nation's programme, after 全国 or 国家 (and the verb of its aim) and before the rest of the name
# closing on a programme's word, no break between (全国新增1000亿斤粮食生产能力规划田间工程建设项目, 国家2000万亩旱作节水农业项目,
# hd53c): the programme's name, no measure of the place — not a sum, the nation's money for the place (国家500万元农机购置补贴);
# the name closed by a break or a particle or verb of what is done with it (…项目经过公开招投标), not run on into the nation's
# task the place shares (全国新增1000万亩高标准农田建设任务中，我省承担50万亩: the nation's figure, rv18 12).
_NATION_BEFORE = lazy(r"(?:全国|国家)(?:新增|增加|新建)?$")
_PROGRAMME_NAME_REST = lazy(rf"[{CJK}]{{2,24}}?(?:{words(PROGRAMME_END_WORDS)})"
                            rf"(?:(?![{CJK}])|(?=经过|在|于|落地|已|的|通过|正式|顺利|全面|开工|实施|启动|完成))")


def _in_programme_name(norm: str, m: re.Match) -> bool:
    """Whether the figure ``m`` is inside the name of the nation's programme (:data:`_NATION_BEFORE`)."""
    return (match_unit(m) != "元" and bool(_NATION_BEFORE.search(norm, max(0, m.start() - 6), m.start()))
            and bool(_PROGRAMME_NAME_REST.match(norm, m.end())))


# A length of time and what lasted it, after its 的: a history (120多年的苹果种植历史), or an effort (6年的努力) towards what the clause
# after makes of a place (，把烟台打造成世界一流苹果生产基地): the time that takes (hd62b).
_SPAN_UNITS = ("年", "个月", "天")
_HISTORY = lazy(r"(?:历史|历程|传统)$")
_EFFORT_GOAL = lazy(rf"[，,](?:把|将)[^，。；]{{1,8}}?((?:{words(FOUNDING_VERBS)}|打造)成?[^，。；、]{{2,16}})")


def _lasted(norm: str, text: str, pos: int) -> tuple[str, int] | None:
    """What a length of time closing at ``pos`` on its 的 counts (:data:`_HISTORY`, :data:`_EFFORT_GOAL`), and where that ends;
    None where it says neither."""
    thing, after = _counted_after(norm, text, pos + 1)
    goal = _EFFORT_GOAL.match(norm, after) if thing in DURATION_OF else None
    if goal:
        return (_clean(text[goal.start(1):goal.end(1)]) + "用时")[-MAX_COUNTS:], goal.end()
    return (thing, after) if _HISTORY.search(thing) else None


# A share of a whole from a source, said after it (农民人均纯收入的80%以上来自果业): the share of the whole from that source.
_SHARE_FROM = lazy(rf"(?:来自|来源于|源自|源于)([{CJK}]{{2,10}}?)(?=[，。；！？]|$)")
# A count, then a measure of the same things before the next figure (完成了17个、面积8020亩优质农产品标准化示范基地): both are of the
# things the second names (示范基地, 示范基地面积).
_MEASURE_BETWEEN = lazy(r"、(面积|总面积|占地面积|规模|长度|里程)")
# A verb of the work, with its manner, right before a figure (、规模化改造120万亩老龄低效果园的先河): what is counted is the things that
# work is done on.
_WORK_BEFORE = lazy(rf"(?:^|(?<=[，、：；]))[{CJK}]{{0,4}}?(?:{words(WORK_VERBS, WORKS_VERBS)})$")


def find_figures(text: str, norm: str | None = None) -> list[Figure]:
    """Every figure in ``text`` with what it counts (its time and place are its statement's
    business: :func:`drafter.distill.facts.place_and_time_figures`)."""
    norm = normalise(text) if norm is None else norm
    if " " in text or "\u3000" in text:  # (a heading runs into its body over a space: none, no break to put)
        text = _HEADED_BREAK.sub(lambda m: m.group()[:-1] + "\n", text)  # (its break, in the place of its space)
    stops = [m.end() for m in re.finditer(r"[。！？]", norm)]
    found: list[tuple[re.Match, int]] = []  # (match, start of its sentence)
    for m in figure_matches(norm):
        if _in_programme_name(norm, m):
            continue
        k = bisect_right(stops, m.start())
        found.append((m, stops[k - 1] if k else 0))

    # What each figure counts: the noun after a measure word, else the words before the number.
    names: list[str] = []
    alone: dict[int, str] = {}  # the verb a figure's clause is, alone (…，落实了3条): what it counts where no noun is there to share
    before: dict[int, tuple[int, int]] = {}  # the clause a figure's name was read from, before it
    shares: set[int] = set()  # figures read after 占 (占规上总产值68%): a share of what the figure before counts
    targets_done: set[int] = set()  # the shares of a target done (完成年计划的106%): no change after them is theirs
    on_lists: set[int] = set()  # ranks on a list their sentence names (“…百强县”名单，…位居第50位)
    states: set[tuple[int, str]] = set()  # (sentence, unit) of a total whose part counts the things in a state (:func:`_state_before_next`)
    consumed = 0
    for m, sentence in found:
        start, end, unit = m.start(), m.end(), match_unit(m)
        name = ""
        funds = _AS_FUNDS.match(norm, end) if unit == "元" else None
        if funds:  # (申请县财政45万元作为全县贫困村卫生室重建、修缮项目资金: the funds it was made)
            name, after = _clean(text[funds.start(1):funds.end(1)]), funds.end()
        elif (among := _AMONG.match(norm, end)) and _AMONG_FROM.search(norm, max(0, start - 5), start):
            # (从135个申报城市中脱颖而出: the things it was picked from are counted, whatever verb opens their name, hd45c)
            name, after = _clean(text[among.start(1):among.end(1)]), among.end()
        elif unit in ("%", "％") and (rate := _RATE_NAMED_AFTER.match(norm, end)):
            # (陶瓷工业总产值（测算值）85.7亿元，…，依然保持了1.66%的增速: the rate named after it, of what the figure before it in its
            # sentence counts, not the verb before it, hd53a)
            k = len(names) - 1
            prior = names[k] if k >= 0 and found[k][1] == sentence and match_unit(found[k][0]) not in _RATE_UNITS else ""
            name, after = re.sub(r"（[^（）]*）", "", prior) + rate.group(1), rate.end()
        elif unit == "元" and _SPENT_ON.match(norm, end):  # (共投入1.9亿元加强乡村小规模学校…: what the money did, no thing)
            name, after = "", end
        elif unit in _SPAN_UNITS and norm.startswith("的", end) and (lasted := _lasted(norm, text, end)):
            name, after = lasted  # (120多年的苹果种植历史: the history's length, not the place's)
        elif unit not in _RATE_UNITS and not ((reached := _NOUN_REACHES.search(norm, max(0, start - 4), start))
                                              and reached.group(1) not in _SUM_WORDS):
            name, after = _counted_after(norm, text, end)
            if names and found[len(names) - 1][1] == sentence:
                name, after = _as_listed_before(norm, text, names[-1], found[len(names) - 1][0].end(), start, end, name, after)
            work = _WORK_BEFORE.search(norm, sentence, start) if _TASK_HEAD.match(norm, after) else None
            if work and name:  # (规模化改造120万亩老龄低效果园的先河: the orchards to be renovated, not the orchards)
                name = (text[work.start():work.end()] + name)[-MAX_COUNTS:]
            # (7690公里城镇燃气压力管道法定检验率实现…全覆盖: the pipes counted, their rate no count — a rate's value after it is read below)
            head = _RATE_TAIL.sub("", name) if not _NEXT_RATE.match(norm, after) else name
            name = head if len(head) >= 2 else name
        elif unit in ("%", "％") and norm.startswith("的", end) and _SHARE_OF_SUBJECT.search(norm, sentence, start):
            # (番禺区100%的社区卫生服务中心达到…, 其中87.5%的社区卫生服务中心…: the share of the things after it, not of the place)
            name, after = _counted_after(norm, text, end + 1)
        elif unit in ("%", "％") and norm.startswith("个", end) and len((counted := _counted_after(norm, text, end + 1))[0]) >= 2:
            # (所有街道中选取30%个街道: the share of the things its measure word counts after it, not the clause's subject, hd70d)
            name, after = counted
        elif unit in ("%", "％") and share_held(norm, start):
            # (民营企业贡献了全市近50%的地区生产总值、60%以上税收: each share of the thing after it, not the verb's subject, hd56c)
            name, after = _counted_after(norm, text, end + 1 if norm.startswith("的", end) else end)
        target = _IN_BRACKETS_TARGET.search(norm, sentence, start) if not name else None
        if m.group().startswith("第"):  # a rank: what is ranked where, its clause before it (not through a figure's words)
            clause = clause_start(norm, start, sentence)
            inside = [f for f, _ in found if clause <= f.start() and f.end() <= start]
            kept = "".join(text[a:b] for a, b in zip([clause] + [f.end() for f in inside], [f.start() for f in inside] + [start]))
            name = _clean(re.sub(r"^(?:在|于)", "", _clean(kept)))
            prev = len(names) - 1
            measure = _RANK_MEASURE.match(names[prev]) if prev >= 0 and found[prev][0].group().startswith("第") else None
            if measure and norm[found[prev][0].end():clause] == "、" and "在" not in name and measure.group(1) not in name:
                name = measure.group(1) + "在" + name  # 下降率在国家中心城市中正排第3位、省会城市正排第5: the second is 下降率's too
            listed = list(_QUOTED_LIST.finditer(norm, sentence, clause))
            if inside and inside[-1].group().startswith("第") and _CHANGED_TO.fullmatch(norm, inside[-1].end(), start):
                name = names[prev]  # (综合排名由第8位上升至第3位: the rank it moved to is the same one's, no 由…上升至 of it)
            elif _RANK_VERB.fullmatch(name) and listed:
                # (公布了“2023年全国县域旅游综合实力百强县”名单，滕州市再次荣登榜单，位居第50位: a place on the list named)
                name = re.sub(r"^(?:19|20)\d{2}年度?", "", listed[-1].group(1))
                on_lists.add(len(names))
            elif (_PLACE_ONLY.fullmatch(name) and prev in on_lists and found[prev][1] == sentence
                  and norm[found[prev][0].end():clause] == "，"):
                name = names[prev]  # (…位居第50位，山东省第1位: the same list's rank, in 山东省)
            names.append(name)
            before[len(names) - 1] = (clause, start)
            consumed = end
            continue
        if target and norm.startswith("）", end):  # 完成年任务（40.2亿元）的32.5%: the target's amount
            name = _counted_before(norm[target.start(1):target.end(1)], text[target.start(1):target.end(1)])
            consumed = end
        elif name and (state := _state_before_next(norm, found, len(names), end, after)) and name.endswith(
                stated := _clean(text[state:after])) and len(name) - len(stated) >= 2:
            name, consumed = name[:-len(stated)], state  # (the next figure's name read before it: 顺利销号)
            states.add((sentence, unit))
        elif name and (head := (_RATE_TAIL.sub("", name) if _NEXT_RATE.match(norm, after)
                                else _MEASURE_TAIL.sub("", name) if _NEXT_FIGURE.match(norm, after)
                                else _FUNDS_TAIL.sub("", name) if _NEXT_FUNDS.match(norm, after) else name)) != name and len(head) >= 2:
            # (6座大型水库总蓄水量12.93亿m3: the things counted are 大型水库, their 总蓄水量 the next figure's, read before it)
            name, consumed = head, end
        elif name:
            consumed = after
        else:
            clause = clause_start(norm, start, max(consumed, sentence))
            done_of = _DONE_OF_TARGET.search(norm, sentence, start) if unit in ("%", "％") else None
            if done_of:  # 完成年任务（40.2亿元）的32.5%: the share of the target done, no change
                targets_done.add(len(names))
                names.append("完成" + _counted_before(norm[done_of.start(1):done_of.end(1)], text[done_of.start(1):done_of.end(1)]))
                consumed = end
                continue
            name = "" if _OWNERS_OF.match(norm, end) and norm[clause:start].rstrip().endswith("是") else _counted_before(
                norm[clause:start], text[clause:start])  # (活动场所是75户320名（…）的夙愿: the owners of what follows, unnamed)
            if (sentence, unit) in states and _STATE_RUN.fullmatch(norm[clause:start].strip()):
                name = _clean(text[clause:start])  # (…顺利销号4项，正按程序开展销号6项: the state, not 销号 alone)
            source = _SHARE_FROM.match(norm, end) if unit in ("%", "％") and name and norm.endswith("的", 0, start) else None
            if source:  # (农民人均纯收入的80%以上来自果业: the share of the income from fruit, not the income)
                name = (name + "来自" + source.group(1) + "的比重")[-MAX_COUNTS:]
            multiple = _MULTIPLE_OF.search(norm, clause, start) if unit == "倍" and name else None
            base = _clean(text[multiple.start(1):multiple.end(1)]) if multiple else ""
            if len(base) >= 2:  # (…增加到2.43万亩，是历史总和的6.7倍: a multiple of the sum, not the sum, hd44b)
                name = base + "的倍数"
            verb = _VERB_ALONE.fullmatch(norm, clause, start) if name in ("", _clean(text[clause:start])) else None
            name = "" if verb else name  # (a verb is no thing counted, whether or not its name stopped at it: 推进500万吨…)
            if verb and unit not in RATIO_UNITS and norm.startswith("的", end):
                # (打造500万吨的新型肥料产业园: a figure its clause's verb alone leads to the noun after its 的 is that thing's, hd56b)
                name = described if len(described := _counted_after(norm, text, end + 1)[0]) >= 2 else name
            read = name
            if verb:
                alone[len(names)] = verb.group(1)
            if (_QUALITY.match(name) and clause > sentence and norm[clause - 1] == "、"
                    and not any(clause_start(norm, clause - 1, sentence) <= f.start() < clause for f, _ in found)):
                name = _after_qualities(name)  # (政府重点支持、…、具有良好成长性市级农业科技示范基地40家: qualities listed, no figure)
            if clause > sentence and norm[clause - 1] == "、":
                name = _after_list_end(norm, sentence, clause, name)
                if unit not in RATIO_UNITS and any(f.end() == clause - 1 for f, _ in found):
                    name = _done_by(norm[clause:start], text[clause:start]) or name
                # (the list's last item before its 等 and count is no kind of what is counted: 杨顺德、何云宏、杨贵华等3人)
                name = "" if norm[clause:start].rstrip().endswith("等") and name == _clean(text[clause:start].rstrip()[:-1]) else name
            # (a list read otherwise above, its qualities or its length named, shares nothing)
            listed = _things_listed(norm, text, sentence, clause, start, found) if name and name == read else None
            if listed and not _SHARED_VALUE.search(norm, clause, start):
                # (城建、交通、公路方面18件; 共发放低保、特困、临时救助资金2.14亿元: the things listed share the one count)
                name = _list_within_counts(listed + name)
            elif clause > sentence and norm[clause - 1] == "、" and _SHARED_VALUE.search(norm, clause, start):
                # (参考率、合格率、优秀率均为100%: the things listed share the one value)
                opening = max(norm.rfind(c, sentence, clause) for c in "，。；：") + 1 or sentence
                whole = _clean(text[max(opening, sentence):clause - 1]) + "、" + name
                name = whole if len(whole) <= MAX_COUNTS and name else name
            listed = _bracketed_list(norm, text, sentence, clause, name) if name and clause > sentence else None
            name = listed or name
            topic = clause_start(norm, clause - 1, sentence) if not name and clause > sentence and norm[clause - 1] == "，" else None
            rose = None if topic is None else next((r for rx in (_ROSE, _PASSED) if (r := rx.search(norm, topic, clause - 1))), None)
            if rose:  # 补助标准逐年提高，2018-2021年分别为每人每年490元、…: what rose is what each year's figure counts
                # (and what passed a standard: 入学率远高于省定指标90%，达到98.49%)
                name = _counted_before(norm[topic:rose.start()], text[topic:rose.start()])
            elif topic is not None and _TIME_ONLY.fullmatch(norm, clause, start) and not any(
                    topic <= f.start() < clause for f, _ in found):
                # (数字经济规模持续扩大，到2025年达到300亿元: a clause of its time alone counts what the clause before names)
                name = _GROWING.sub("", _counted_before(norm[topic:clause - 1], text[topic:clause - 1]))
            elif topic is not None and (_FROM_YEAR_TAIL.fullmatch(norm, clause, start) or FROM_VALUE.fullmatch(norm, clause, start)):
                # (…自然村正常使用的农村垃圾堆放设施设备数量（…），由2018年的2590个: a value a change starts from, its clause naming
                # nothing, is of what the clause before names after the figures there, hd70d)
                name = _counted_before(norm[max(topic, consumed):clause - 1], text[max(topic, consumed):clause - 1])
            works = _WORKS_TOPIC.match(norm[topic:clause - 1]) if verb and topic is not None else None
            if works and not any(topic <= f.start() < clause for f, _ in found):
                name = _clean(text[topic + works.start(1):topic + works.end(1)])
            prev = len(names) - 1
            if (not name and topic is not None and _REACHED.fullmatch(norm, clause, start) and prev >= 0
                    and topic <= found[prev][0].start() and names[prev]):
                # (地区生产总值增长8%，首次突破900亿元大关: what reached the mark is what changed in the clause before)
                name = _CHANGE.sub("", names[prev]) or names[prev]
            last = _stops(norm[clause:start])
            whole = _SHARE_OF_SCOPE.search(norm, clause, start) if unit in ("%", "％") and not name else None
            if whole:  # (6家企业入选…，占全省的40%: the share of the whole place, of what the figure before counts)
                name = whole.group(1)
                shares.add(len(names))
            elif unit in ("%", "％") and name and (shared := _share_stop(last)) is not None and not _part_of_share(
                    norm, text, clause, start):  # (not where its part is named before its 占: 全社会R&D投入占全市生产总值比重…)
                shares.add(len(names))
                name = shared + name if len(shared + name) <= MAX_COUNTS else name
            elif unit in ("%", "％") and name and "占" not in name and (
                    part := _part_of_share(norm, text, clause, start)):
                # (全州林草湿总面积占全州国土面积的92.98%: the share of the part its clause names before 占, not the whole)
                name = part + "占" + name if len(part) + 1 + len(name) <= MAX_COUNTS else part + "占比"
            name = SHORT_CHANGES.get(name, name)  # (年均增10%以上: 增长, a change the figure before it names the thing of, hd53c)
            compared = _COMPARED.search(norm, clause, start) if _CHANGE.match(name) else None
            opens = _COMPARISON_OPENING.match(norm, clause) if unit in RATIO_UNITS and clause > sentence else None
            if opens and norm[clause - 1] == "，" and _CHANGE.search(name):
                # (全省城乡低保平均标准，比“十三五”末分别增长24.2%和67.3%: what changed is the clause before, named with no figure)
                topic = clause_start(norm, clause - 1, sentence)
                if not any(topic <= f.start() < clause for f, _ in found):
                    named = _counted_before(norm[topic:clause - 1], text[topic:clause - 1])
                    if named and not _CHANGE.search(named):
                        name, compared = named + _CHANGE.search(name).group(), None
            if compared:  # 2021年全社会研发投入同比增长30%: the change of what its clause names before the comparison
                name = _counted_before(norm[clause:compared.start()], text[clause:compared.start()]) + name
            elif _CHANGE.match(name) and (yearly := YEARLY_AVERAGE.search(norm, clause, start)):
                # (农村居民人均可支配收入年均增长8.6%: the yearly average change of what its clause names before 年均, not a bare change
                # the clause before lends its measure to, hd36c)
                # (none named there, the yearly change of the figure before's: 农业总产值104亿元以上、年均增10%以上, below)
                name = _counted_before(norm[clause:yearly.start()], text[clause:yearly.start()]) + yearly.group() + name
            before[len(names)] = (clause, start)
            consumed = end
        head = _clean(_COMPARED.split(name, maxsplit=1)[0])
        # (较上年增长45%: the change of the figure before; a count's too, 比上年增加7家 — 7 more, not 7 of them, hd27b; and what its
        # clause names before the comparison, 年平均降尘量较2022年下降17.3% — its change, never its level, hd35a)
        change = _CHANGE.search(name) if _COMPARED.search(name) else None
        if change and not _CHANGE.search(head):
            head = head[:MAX_COUNTS - len(change.group())] + change.group()
        names.append(head)
    # 50万元、100万元一次性奖励: a figure listed before another counts the same thing.
    for i in range(len(found) - 2, -1, -1):
        gap = norm[found[i][0].end():found[i + 1][0].start()]
        if not names[i] and gap in ("、", "和", "或"):
            names[i] = names[i + 1]
        elif not names[i] and names[i + 1] and (measure := _MEASURE_BETWEEN.fullmatch(gap)):
            names[i], names[i + 1] = names[i + 1], (names[i + 1] + measure.group(1))[-MAX_COUNTS:]

    # 2个县级及4个乡镇水源地: a bare level listed before another figure shares that figure's noun, not the one before it.
    for i in range(len(found) - 2, -1, -1):
        gap = norm[found[i][0].end():found[i + 1][0].start()]
        if LEVEL.match(names[i]) and gap[:len(names[i])] == names[i] and gap[len(names[i]):] in ("及", "和", "与", "、"):
            noun = _LEVELS_OF.sub("", names[i + 1])
            names[i] += noun if noun != names[i + 1] else ""

    # 低保新增1010户1653人: a figure right after another, in another unit, counts the same thing; so does a size listed after a
    # count (共拆除违章建筑16处、4328平方米, 拆除报废光缆52根、6800米: the area, the length of the things torn down, hd48d), or
    # right after the count's own noun, read as its name (美丽乡村项目完成213个村222公里: 美丽乡村项目's, not 村, hd58a); so does
    # one alone in brackets after it (全旗国土总面积7476km2（1120.84万亩）: the same area in mu, hd59b); so does one right after the
    # noun a count before it counts, naming none of its own (30余种梅树10000余株: the trees, hd65c — not 过10亿元项目44个, the
    # projects of a sum).
    for i in range(1, len(found)):
        gap = norm[found[i - 1][0].end():found[i][0].start()]
        sized = match_unit(found[i][0]) in _MEASURED_UNITS and match_unit(found[i - 1][0]) not in _MEASURED_UNITS
        bracketed = gap in ("（", "(") and norm[found[i][0].end():found[i][0].end() + 1] in ("）", ")")
        counted = gap == names[i - 1] and match_unit(found[i - 1][0]) in COUNTERS
        if (not names[i] and (gap == "" or counted or bracketed or (gap == "、" and sized))) or (
                sized and names[i - 1] and names[i] == gap and len(gap) <= 2 and match_unit(found[i - 1][0]) in COUNTERS):
            names[i] = names[i - 1]
        elif (i - 1 in before and i not in before and len(names[i]) >= 2 and len(gap) == 1 and gap in _ONE_CHAR_NOUNS
              and match_unit(found[i - 1][0]) in COUNTERS):
            names[i - 1] = gap  # (沿线7个村5000亩耕地: the villages counted, the next figure its own noun's — not the words before, hd70a)
    # 全市7800余条7690公里城镇燃气压力管道: a figure right before another whose noun is read after it counts that noun too, where
    # the words before them in their clause name none (not the clause before's topic, 特种设备监管效能持续提升, hd24d); where they
    # name one, both count it, the words after them what they did (蓄洪区居民迁建316户1045人喜分新居: 蓄洪区居民迁建, hd57a).
    for i in range(len(found) - 2, -1, -1):
        if i in before and i + 1 not in before and names[i + 1] and found[i][0].end() == found[i + 1][0].start():
            clause, start = before[i]
            if names[i] and _counted_before(norm[clause:start], text[clause:start]):
                names[i + 1] = names[i]
            else:
                names[i] = names[i + 1]

    _places_counted(norm, text, found, names)
    # Two shares of one whole in a sentence (…增加值占规模以上工业增加值的比重超38%，高技术制造业增加值占…的比重超25%) name their parts.
    for i, j in ((i, j) for j in before for i in before if i < j and found[i][1] == found[j][1] and names[i] == names[j]):
        if _SHARE.search(names[i]):
            for k in (i, j):
                names[k] = _clean(_COMPARED.split(_counted_before(norm[slice(*before[k])], text[slice(*before[k])], True), maxsplit=1)[0])
    _shares_of_things(norm, text, found, names)
    _share_heads(norm, found, names)
    _pair_lists(norm, text, found, names)
    for i in range(1, len(found)):
        of = _MEASURE_OF_BEFORE.fullmatch(norm, found[i - 1][0].end(), found[i][0].start())
        if of and names[i - 1] and names[i] == of.group(1) and found[i][1] == found[i - 1][1]:
            names[i] = (names[i - 1] + names[i])[-MAX_COUNTS:]  # (暴雨预警79次，时长达16175分钟: 暴雨预警时长)
    _measures_listed(norm, found, names)
    _stages_listed(norm, found, names)

    # (whether each figure is said changed to the next one: 从原来的1.5小时缩短至10分钟左右)
    to_next = [bool(_CHANGED_TO.fullmatch(norm, a.end(), b.start())) for (a, _), (b, _) in zip(found, found[1:])]
    units, against = _listed_units(norm, found)
    figures: list[Figure] = []
    for i, (m, sentence) in enumerate(found):
        # (跃升至5.2万人次: no thing named, the new value of the one before — not a rank's, 上升31位，跃升至第72位: no 31位's)
        unit, name = units[i], "" if _NO_THING.fullmatch(names[i]) and not m.group().startswith("第") else names[i]
        same = [f for f, (_, s) in zip(figures, found) if s == sentence and f.unit == unit]
        # (not a share: 产值66.42亿元，占规上总产值68%，同比增长24.66% — the growth is of 产值)
        # (nor a rank: 3.09%（全省第3位），…由12.94件提升到… — what rose is no rank)
        prior = [k for k, (f, (_, s)) in enumerate(zip(figures, found)) if s == sentence and f.counts and k not in shares
                 and not found[k][0].group().startswith("第")]
        before = [figures[k] for k in prior]
        of = figures[_whole_of_parts(norm, found, prior, sentence)] if i in shares and prior else None
        if of and not _SHARE.search(name) and "占" not in name and len(of.counts) + 1 + len(name) <= MAX_COUNTS:
            name = of.counts + "占" + name  # 产值66.42亿元，占规上总产值68% → 产值占规上总产值
        above = _ABOVE_WHOLE.search(norm, max(0, m.start() - 12), m.start()) if unit in RATIO_UNITS else None
        level = _WHOLES_LEVEL.match(norm, m.end()) if above else None
        lead = [figures[k] for k in prior if k < against[i][1]] if i in against else []
        if i in against:  # 增长7%，分别高于全国、全省1.2个、3.7个百分点 → …增长高于全国, …增长高于全省
            name = (lead[-1].counts if lead and len(lead[-1].counts) + len(against[i][0]) <= MAX_COUNTS else "") + against[i][0]
        elif level and name in ("", above.group(1)):  # 占GDP比重1.11%，低于全省1.5%的平均水平: the whole's own value
            name = above.group(2) + level.group(1)
        elif above and before and name in ("", above.group(1)) and len(before[-1].counts) + len(above.group()) <= MAX_COUNTS:
            name = before[-1].counts + above.group()  # 同比增长4.2%，高出全省1个百分点 → …增长高出全省
        opening = clause_start(norm, m.start(), sentence)  # (where the figure's own clause opens, read once)
        distance = _DISTANCE_FROM.search(norm, opening, m.start()) if unit in _LENGTH_UNITS else None
        size = _SIZE_MEASURE.search(name) if unit in _SIZE_UNITS and not distance else None
        moved = _RANK_MOVED.search(norm, opening, m.start()) if (
            (unit == "位" and not m.group().startswith("第")) or name == "位次") else None
        if moved:  # (全市排名第6，比2016年前移2位: the rank's move, 全市排名前移 — never a second rank, hd56b)
            ranks = [f.counts for f, (fm, s) in zip(figures, found) if s == sentence and fm.group().startswith("第") and f.counts]
            thing = _RANK_MOVED.sub("", name) if unit == "位" else ""  # (5个位次: 位次 its measure, no thing)
            name = (thing or (ranks[-1] if ranks else "排名")) + moved.group(1)
        elif distance:
            name = "距" + (distance.group("from") or distance.group("at"))
        elif size:
            name = name[size.start():]
        elif not name and i and to_next[i - 1] and figures[-1].counts:  # 办理时长从原来的1.5小时缩短至10分钟左右: the same thing's new value
            name = figures[-1].counts
        elif _PER_TIME_ALONE.fullmatch(name) and same and same[-1].counts:
            name = (same[-1].counts + name)[-MAX_COUNTS:]  # 全年珠海口岸出入境1.64亿人次、日均超44万人次: 珠海口岸出入境日均
        elif not name and i in alone and (told := _told_by_verb(norm, found, figures, unit, alone[i])):
            name = told  # (涉及供水人口914人。其中，…新建水源井，涉及226人: the verb's noun said before, 供水人口, hd59b)
        elif not name and same and i in alone and (len(same[-1].counts or "") <= _WORD or (
                alone[i] in WORKS_VERBS and _WORKS_END.search(same[-1].counts))):
            # (我局采纳3条，落实了3条: the figure before names by a word alone, 采纳, no thing its verb 落实 counts too; nor a work
            # named alone, 更新改造20处，…；新建3处: 新建, not 更新改造, hd59b)
            name = alone[i]
        elif (not name and i and figures[-1].counts and figures[-1].unit != unit and found[i - 1][1] == sentence
              and _SUMMED.fullmatch(norm, opening, m.start())
              and clause_start(norm, found[i - 1][0].start(), sentence) == clause_start(norm, opening - 1, sentence)):
            # (受益人口5151人，共1566户: the same ones summed in another unit, their households 受益户, hd59b)
            name = _PERSONS_COUNTED.sub("户", figures[-1].counts) if unit == "户" else figures[-1].counts
        elif name and same and (other := _place_said_again(name, same[-1].counts or "")):
            name = other  # (邯郸市林木覆盖率达到33%，邢台市达到33.64%: 邢台市林木覆盖率, the same measure of the other place, hd45b)
        elif not name and (state := _STATE_CLAUSE.match(norm, m.end())) and opening == m.start():
            name = state.group()  # (…已完成40个，74个正在整改中: a figure opening its clause counts those in its state, not 已完成, hd73c)
        elif not name and same:  # 新引人才团队20个，累计达84个: 人才团队, the stock those were added to
            name = _split_added(same[-1].counts or "")[1]
            added = _ADDED_END.search(name) if _SUMMED.fullmatch(norm, opening, m.start()) else None
            if added:  # (在2018年前期费中再增加30万元，共50万元: the sum after the increment, never the increment, hd32a)
                name = _IN_YEAR.sub("", name[:added.start()]) + "合计"
        elif _CHANGE.match(name) and (expected := _EXPECTED.match(norm, opening, m.start())) and (
                measure := _counted_before(norm[expected.start(1):expected.start(2)], text[expected.start(1):expected.start(2)])):
            name = measure + name  # (万元生产总值能耗预计下降3.5%: the change of the measure its clause names before 预计)
        elif _CHANGE.match(YEARLY_AVERAGE.sub("", name)) and (changed := [figures[k] for k in prior if not _aside(norm, found[k][0], m.start())
                                                   and k not in targets_done]):
            # 研发费用支出8.6亿元，同比增长12.5%; not a figure in an aside closed before it: 优良天数225天（其中优级蓝天41个），
            # 同比2013年增加87天 is the change of 优良天数; nor a target's share done: 城镇新增就业53万人，完成年计划的106%，
            # 同比增长8.6% is the change of 城镇新增就业 (hd35b); a change in a unit of its own is of the last figure in that
            # unit, a rate never rising by days (优良天数274天，…，优良达标率75.1%，较2022年增加11天 → 优良天数增加)
            alike = [f for f in changed if f.unit == unit] if unit not in RATIO_UNITS else []
            name = (_A_CHANGE.sub("", (alike or changed)[-1].counts) or (alike or changed)[-1].counts) + name
        elif LEVEL.match(name) and not norm.startswith(name, m.end()):  # 其中国家级14家 → 国家级 + the parent's noun
            # (not the noun after its measure word: 全市9个县均被列入…, 县 is what is counted)
            parent = next((f for f in reversed(same) if f.counts and not LEVEL.match(f.counts)), None)
            if parent:  # (新增…企业10家，其中国家级3家: 新增国家级…企业, the additions' level)
                added, thing = _split_added(parent.counts)
                name = added + name + _LEVEL_HEAD.sub("", thing)
        elif _RATE_CHANGED.match(name) and (changed := [figures[k] for k in prior if _CHANGE.search(figures[k].counts)]):
            # (规模以上工业增加值同比下降1.1%，降幅较1-2月份收窄12.4个百分点: the fall of the figure before narrowed)
            whole = _A_CHANGE.sub("", changed[-1].counts) + name
            name = whole if len(whole) <= MAX_COUNTS else name
        elif (did := _WHERE_DONE.match(name)) and "其中" in norm[sentence:m.start()]:
            # (51条城乡二级公交线网（其中，章镇布设13条、丰惠布设6条）: a place's part of the total, its noun the total's)
            total = norm.rfind("其中", sentence, m.start())
            parent = next((f for f, (fm, s) in reversed(list(zip(figures, found))) if s == sentence and f.unit == unit
                           and fm.end() <= total and f.counts), None)
            if parent:
                name = (did.group(1) + parent.counts)[:MAX_COUNTS]
        previous = figures[-1] if same and same[-1] is figures[-1] else None
        adding = _split_added(previous.counts or "")[0] if previous and name and not _split_added(name)[0] else ""
        if adding and _ITEM_AFTER.fullmatch(norm, found[i - 1][0].end(), m.start()) and _clean(
                text[found[i - 1][0].end() + 1:m.start()]) == name and not _STOCK_NAMED.search(name):
            # (新增认定省级企业技术中心14家，市级中心10家: a list after one adding verb, each of its items new too)
            name = (adding + name)[:MAX_COUNTS]
        if added := _ADDED_TO.match(name):
            name = added.group("thing") + added.group("verb")
        per = _PER_BASE.search(norm, max(0, m.start() - 6), m.start())
        if per and name and per.group() not in name:  # (按每百平方米1.1-1.5个车位配建: 每百平方米车位配建, no bare count, hd74a)
            name = (per.group() + name)[:MAX_COUNTS]
        if (m.group().startswith("第") and figures and len(figures[-1].counts or "") >= 2 and opening >= 1 and norm[opening - 1] == "（"
                and found[i - 1][0].end() == opening - 1 and len(figures[-1].counts + name) <= MAX_COUNTS):
            name = figures[-1].counts + name  # 3.09%（全省第3位）: the rank of the figure it follows, in brackets
        forecast = _EXPECTED_BEFORE.search(norm, opening, m.start()) or _FORECAST.match(
            norm, sentence + len(_OPENING_TIME.match(norm, sentence).group()))
        if forecast and name and not _FORECAST.search(name):  # 预计上半年完成投资0.48亿元: a forecast's figure, not one reached
            name = (_EXPECTED_SAID.get(forecast.group(), forecast.group()) + name)[:MAX_COUNTS]
        if (i < len(to_next) and to_next[i]) or (i and to_next[i - 1] and name == names[i - 1]):  # (…and the one it is changed to)
            name = _FROM_IN_NAME.sub("", name)  # 办理时限由平均缩短64%上升到81%: 由 says the value it is changed from
        if not unit and name and name[-1] in _PERSON_ENDS and name in text[m.end():m.end() + len(name) + 2]:
            unit = "人"  # (为4.17万灵活就业人员发放社保补贴: persons, counted by the noun right after the number, no measure word, hd26a)
        if unit in _HOUSEHOLDS:
            name, unit = unit, "户"  # (带动400余农户发展蜂产业: households counted by their noun, 户 the measure)
        value, upto = match_value(m), float(m.groupdict().get("num2") or 0) or None  # (a range's high end: 3-4米)
        figures.append(Figure(
            value=int(value) if value is not None and value.is_integer() else value, unit=unit,
            upto=int(upto) if upto is not None and upto.is_integer() else upto,
            raw=text[m.start():m.end()].strip(), counts=None if not name or _NO_THING.fullmatch(name) else name,
            scale=TRADITIONAL_SCALES.get(m.group("scale"), m.group("scale")) or None,
        ))
    _name_lists_entered(norm, text, found, figures)
    for i, fig in enumerate(figures):  # (事故301起、死亡279人，同比下降14.0%、6.4%: each change is of its own thing)
        change = _CHANGE.search(fig.counts or "")
        paired = _paired_change(norm, found, i) if change else None
        if paired is not None and figures[paired].counts:
            fig.counts = _of_the_thing(figures[paired]) + change.group()
    return figures


# The list things entered after their count's name (…项目|进入河南省“十四五”规划和…名单): its name to its first end on a list's word.
_ENTERED = lazy(rf"({words(ENTERING_VERBS)})([^，。；！？]*?(?:{words(ROSTER_WORDS)}))(?=[和及与、，。；！？]|$)")
_QUOTED_END = lazy(r".*[”」]")  # (the head of a list's name to its last quoted word: 国家、省“十四五”)


def _name_lists_entered(norm: str, text: str, found: list[tuple[re.Match, int]], figures: list[Figure]) -> None:
    """Counts of one sentence of the same name and unit, each of things entering a list (16个项目进入国家、省“十四五”…项目库，53个
    项目进入河南省“十四五”规划…: 项目 twice, hd53b), named with the verb and the list, its name shortened to its head and last word
    where too long (项目进入国家、省“十四五”…项目库, 项目进入河南省“十四五”规划): which list tells them apart."""
    named = [(found[i][1], f.counts, f.unit) for i, f in enumerate(figures)]
    for i, fig in enumerate(figures):
        at = text.find(fig.counts or "\0", found[i][0].end(), found[i][0].end() + 4)
        entered = _ENTERED.match(norm, at + len(fig.counts)) if named.count(named[i]) > 1 and at >= 0 else None
        if not entered:
            continue
        verb, roster = entered.group(1), text[entered.start(2):entered.end(2)].strip()
        room = MAX_COUNTS - len(fig.counts) - len(verb)
        if len(roster) > room:
            tail = next(w for w in ROSTER_WORDS if roster.endswith(w))
            head = _QUOTED_END.match(roster[:room - len(tail) - 1])
            roster = f"{head.group()}…{tail}" if head else ""
        if roster:
            fig.counts += verb + roster


def _of_the_thing(changed: Figure) -> str:
    """What a change of the figure ``changed`` is named by: its name, but a count's change in its own measure is of the thing
    (事故起数减少45起，同比下降30.4% → 事故起数下降, hd45a; a rate's change, 增长8%，提高2个百分点, stays the rate's)."""
    thing = _CHANGE.sub("", changed.counts) if changed.unit not in RATIO_UNITS else ""
    return thing or changed.counts


# A change forecast or estimated, its measure named before it in its clause (万元生产总值能耗预计下降): group 1 the measure, group 2
# the forecast's word.
_EXPECTED = lazy(r"([^，。；：！？\d]{2,20}?)(预测|预计|估计|预估)(?:" + "|".join((*CHANGE_VERBS, "上升", "上涨")) + r")了?\s?$")


# The wholes a list of rates is measured against, listed before it (分别高于全国、全省1.2个、3.7个百分点): the verb, the wholes.
_ABOVE_LISTED = lazy(rf"(高出|高于|低于|超出|超过)((?:{words(SCOPE_WORDS)})(?:[、和](?:{words(SCOPE_WORDS)}))+)(?:平均水平|平均)?\s?$")


def _listed_units(norm: str, found: list[tuple[re.Match, int]]) -> tuple[list[str], dict[int, tuple[str, int]]]:
    """The unit of each figure, a figure listed before others taking the last one's rate where its own begins it (1.2个、3.7个
    百分点: 个百分点 both, hd32b; not 120人、350人次, persons and visits); and, for each figure of a list of rates after as many wholes measured against (:data:`_ABOVE_LISTED`),
    the comparison it tells (高于全国, 高于全省, in order) and where its list begins."""
    units = [match_unit(m) for m, _ in found]
    against: dict[int, tuple[str, int]] = {}
    for run in _figure_lists(norm, found):
        last = units[run[-1]]
        for i in run[:-1]:
            if units[i] and last in RATIO_UNITS and last != units[i] and last.startswith(units[i]):
                units[i] = last
        first = found[run[0]][0].start()
        wholes = _ABOVE_LISTED.search(norm, max(0, first - 30), first) if all(units[i] in RATIO_UNITS for i in run) else None
        listed = re.split("[、和]", wholes.group(2)) if wholes else []
        if len(listed) == len(run):
            against.update((i, (wholes.group(1) + whole, run[0])) for i, whole in zip(run, listed))
    return units, against


# Households named by their noun right after a count (400余农户, 300余贫困户): 户 with the noun as what is counted.
_HOUSEHOLDS = frozenset(("农户", "贫困户", "脱贫户"))
_LIST_BREAK_WORDS = lazy(r"[，。；：]")
# A change alone after the figures it is of, naming no thing (…、死亡279人，同比下降14.0%、6.4%).
_BARE_CHANGE = lazy(r"[，,]?\s?(?:同比|环比|(?:较|比)(?:上年|去年|上年同期|去年同期))?(?:分别)?(?:" + "|".join(CHANGE_VERBS) + r"|上升)了?\s?")


def _measures_listed(norm: str, found: list[tuple[re.Match, int]], names: list[str]) -> None:
    """Two measures of one thing listed (客运车辆共计27辆、378座; 完成14个镇、109公里撤并建制村畅通工程): the one with no
    thing of its own, or a one-character noun alone (镇), is the other's thing's (hd68a)."""
    for i in range(len(found) - 1):
        (a, sentence), (b, b_sentence) = found[i], found[i + 1]
        if b_sentence != sentence or (unit := match_unit(a)) in RATIO_UNITS or (b_unit := match_unit(b)) in RATIO_UNITS:
            continue
        gap = norm[a.end():b.start()]
        if gap == "、" and not names[i + 1] and len(names[i]) >= 2 and unit != b_unit:
            names[i + 1] = names[i]
        elif gap == names[i] + "、" and len(names[i]) == 1 and len(names[i + 1]) >= 2:
            names[i] = f"{names[i + 1]}（{names[i]}）"[-MAX_COUNTS:]


# A stage of works a count is in (在建392座和新开工10座水源工程).
_WORK_STAGE = lazy(r"(?:新|已|正在)?(?:在建|续建|新建|开工|建成|完工|竣工|投运|改扩建|扩建|改建)")
_STAGE_JOINED = lazy(rf"[和及与、]({_WORK_STAGE.pattern})")


def _stages_listed(norm: str, found: list[tuple[re.Match, int]], names: list[str]) -> None:
    """Counts of one thing in stages, joined before its noun (贵州省在建392座和新开工10座水源工程): each is that thing's in its
    stage — not its subject's and stage's alone (贵州省在建, hd70a)."""
    from .places import leading_places  # (places reads figures' clauses)

    for i in range(len(found) - 1):
        joined = _STAGE_JOINED.fullmatch(norm, found[i][0].end(), found[i + 1][0].start())
        noun = names[i + 1]
        if not joined or found[i + 1][1] != found[i][1] or len(noun) < 2 or noun.startswith(joined.group(1)):
            continue
        stage = names[i][len("".join(leading_places(names[i]))):]
        if _WORK_STAGE.fullmatch(stage):
            names[i], names[i + 1] = (stage + noun)[-MAX_COUNTS:], (joined.group(1) + noun)[-MAX_COUNTS:]


def _paired_change(norm: str, found: list[tuple[re.Match, int]], i: int) -> int | None:
    """The figure whose change figure ``i`` is, where changes are listed after as many figures right before them
    (事故301起、死亡279人，同比下降14.0%、6.4%: 14.0% is the fall in 事故, 6.4% in 死亡); None otherwise."""
    first = i
    while first and norm[found[first - 1][0].end():found[first][0].start()] in _LIST_JOINS:
        first -= 1
    last = i
    while last + 1 < len(found) and norm[found[last][0].end():found[last + 1][0].start()] in _LIST_JOINS:
        last += 1
    n = last - first + 1
    if n < 2 or first < n or any(match_unit(found[k][0]) not in RATIO_UNITS for k in range(first, last + 1)):
        return None
    counted = range(first - n, first)
    if not _BARE_CHANGE.fullmatch(norm, found[first - 1][0].end(), found[first][0].start()):
        return None  # (the changes' clause names what changed: 全省城乡低保平均标准，比“十三五”末分别增长24.2%和67.3%)
    if any(found[k][1] != found[i][1] or match_unit(found[k][0]) in RATIO_UNITS for k in counted) or any(
            _LIST_BREAK_WORDS.search(norm, found[k][0].end(), found[k + 1][0].start()) for k in counted[:-1]):
        return None
    return first - n + (i - first)


def _aside(norm: str, fig: re.Match, before: int) -> bool:
    """Whether ``fig`` stands in brackets that close before ``before`` (…225天（其中优级蓝天41个），…87天)."""
    opened, closed = norm.rfind("（", 0, fig.start()), norm.find("）", fig.end(), before)
    return opened >= 0 and closed >= 0 and "）" not in norm[opened:fig.start()]


def _whole_of_parts(norm: str, found: list[tuple[re.Match, int]], prior: list[int], sentence: int) -> int:
    """The figure a share read after ``found[prior[-1]]`` is of: that one, or the total before 其中 where it ends a list of
    that total's parts (自然保护地32个，其中国家级自然保护区4个、…、自然公园24个，占国土总面积的43.7%: the 32)."""
    at = norm.rfind("其中", sentence, found[prior[-1]][0].start())
    parts = [k for k in prior if found[k][0].start() > at]
    totals = [k for k in prior if found[k][0].end() <= at]
    listed = norm[at + 2:found[prior[-1]][0].end()].lstrip("，：")
    if at < 0 or len(parts) < 2 or not totals or re.search(r"[，；：。]", listed):
        return prior[-1]
    return totals[-1]


def refigure(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of a statement a person edited: when a figure's ``raw`` is no longer in the text
    (the text now says 1620家 where the figure still says 1614家), the figures are read again
    from the text; those whose ``raw`` the text still holds are kept as written (with the counts,
    year or place a person may have set). Unchanged when every figure is still in the text."""
    if all(g.raw in text for g in figures):
        return figures
    kept = {g.raw: g for g in figures if g.raw in text}
    return [kept.pop(g.raw, g) for g in find_figures(text)]
