"""The vocabulary of a reply, declared once: figures, numbering, letter parts, time words, tokens.

The distiller, the measure of a figure, the composer and ``check`` all read text with these
declarations, so what one finds the others find too (``办理贷款9999笔``, ``300万欧元``,
``９９９９笔``, ``ＡＩ`` = ``AI``).

- **Text**: :func:`fold_width` folds full-width digits, letters, ``％`` and ``．`` to ASCII keeping
  the length (spans stay valid); :func:`normal` is NFKC + lower case; :func:`tokens` is the one
  tokeniser (CJK runs and Latin/digit words of the NFKC-folded text).
- **Figures**: :data:`UNITS` (measure words, counters, currencies), :data:`SCALES` (万/亿…),
  qualifiers (余/超/近/约/逾/不少于…, …以上/左右), ranges (``1-2个``); :data:`FIGURE` (Arabic) and
  :data:`CN_FIGURE` (Chinese numerals); :func:`figure_matches` finds the figures of a text and
  :func:`figure_key` gives the amount two figures share when they state the same thing.
- **Numbering**: :data:`HEADING_NUMBERS` (``一、`` ``（一）`` ``1.`` ``（1）``; anchored: :data:`LEVELS`),
  the deeper :data:`SUBSECTION_NUMBER` (``1.1``), :data:`CIRCLED_NUMBER` (``①``) and
  :data:`CHAPTER_NUMBER` (``第三章``), :data:`ITEM_NUMBER` (``一是``, ``第一，``; :data:`ITEM` in
  running text), :data:`ASK_NUMBER` (a suggestion's ``建议一：``), :data:`ORDINAL` (any of them at
  the start of a text).
- **Letter parts**: opening, closing, class mark, signature, contact, 附注, 抄送 (:data:`PARTS`),
  a title's last words (:data:`REPLY_LETTER_ENDS`, :data:`REPLY_OPINION_ENDS`), the reader addressed
  (:data:`ADDRESS`), the writer naming itself (:data:`SELF_UNIT`) and what the reader proposed (:data:`READERS_SUGGESTION`),
  and what a reply class promises (:data:`CLASS_STATUSES`), read from a class's meaning in
  ``drafter.yaml`` or from a closing's words.
- **Time words**: :data:`TIME_WORDS` (目前, 截至目前, 今年, 去年, 全年, 上半年, 近期…), grouped by what
  they name (:data:`PRESENT_WORDS`, :data:`THIS_YEAR_WORDS`, :data:`LAST_YEAR_WORDS`…); :func:`words`
  makes a regex of them; :data:`NEXT_STEP` and :data:`NEXT_OR_LATER`, a plan's opening words (下一步, 今后);
  :data:`RELATIVE_TIME`, those a draft makes absolute and what each becomes;
  :data:`DIGIT_MONTH`/:data:`DIGIT_DAY`/:data:`DASHED_DATE`, a date in digits, and :data:`CN_DATE`,
  one in Chinese numerals (``二〇二五年五月二十日``).
- **Scope words**: :data:`SCOPE_WORDS` (全市, 我区, 本县…); a unit's name (:data:`UNIT_NAME`: 市科技局,
  市财政).
- **Verbs of the work**: :data:`WORK_VERBS` (a clause of a result opens with one), :data:`ASK_VERBS`
  (an ask's list of things), :data:`LEAD_VERBS` (a lead phrase), from named parts declared once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import add

from . import reply as R
from .lazyre import lazy
from .textutil import CJK, CLAUSE_BREAK, CN_DIGIT_VALUES, SPACE, TO_ASCII, cn_digits, cn_number, is_cjk, nfkc

# ---------------------------------------------------------------------------------------------
# text: width folding, normal form and the tokeniser
# ---------------------------------------------------------------------------------------------

# The full-width digits, Latin letters, ％ and ． of the characters NFKC makes ASCII.
_WIDTH = {wide: ascii_ for wide, ascii_ in TO_ASCII.items() if ascii_.isalnum() or ascii_ in ("%", ".")}
_WIDE = lazy(f"[{''.join(_WIDTH)}]")


def fold_width(text: str) -> str:
    """Full-width digits, Latin letters, ``％`` and ``．`` as ASCII; same length, so spans hold
    (Chinese punctuation is left as it is)."""
    for char in set(_WIDE.findall(text)):  # str.translate looks up every character: 5× slower
        text = text.replace(char, _WIDTH[char])
    return text


def normal(text: str) -> str:
    """The text as compared and indexed: NFKC (``ＡＩ`` → ``AI``) and lower case."""
    return nfkc(text).lower()


def words(*groups: tuple[str, ...]) -> str:
    """The alternation of the words of ``groups`` as a regex, longer words first (截至目前 before 目前)."""
    return "|".join(sorted({w for group in groups for w in group}, key=lambda w: (-len(w), w)))


_TOKEN = lazy(rf"[{CJK}]+|[a-z0-9]+(?:\.[0-9]+)?")

# A numbered route's class by its word and by the letter of its code (国道247线 is G247, 省道101线 S101线, 县道 X, 乡道 Y, 村道 C).
ROUTE_CLASSES = {"国道": "g", "省道": "s", "县道": "x", "乡道": "y", "村道": "c"}
# A numbered route, of the normal form: its class word, the number and 线 (省道101线; 县道12公里 counts roads), or its letter code, 线
# or not (s101线, g247), no letter or digit before it (not the 4g of 4g101).
ROUTE = lazy(rf"({'|'.join(ROUTE_CLASSES)})(\d{{1,4}})线|(?<![a-z0-9])([{''.join(ROUTE_CLASSES.values())}]\d{{1,4}})(?![\d.])线?")


# Where a route can stand at all (a class word's 道 or a code's letter before a digit): most texts have none, and
# :func:`tokens` runs on every text drafted and searched.
_ROUTE_HINT = lazy(rf"[道{''.join(ROUTE_CLASSES.values())}]\d")


def _route_code(m: re.Match) -> str:
    """The code of the route :data:`ROUTE` found (s101 of 省道101线 and of s101线)."""
    return f"{ROUTE_CLASSES[m[1]]}{m[2]}" if m[1] else m[3]


def _route_words(m: re.Match) -> str:
    """A route said either way as its code, apart (s101), after its class word where said (省道 s101): the code is the word
    both spellings share; a letter code is no class word said (c919 of an aircraft is no 村道)."""
    return f" {m[1]} {_route_code(m)} " if m[1] else f" {m[3]} "


@lru_cache(maxsize=16384)
def route_codes(text: str) -> frozenset[str]:
    """The codes of the numbered routes ``text`` names (:data:`ROUTE`: s101 of S101线 and of 省道101线); remembered, as
    every ask weighs the same facts again."""
    return frozenset(_route_code(m) for m in ROUTE.finditer(normal(text)))


def tokens(text: str) -> list[str]:
    """The words of ``text``: runs of Chinese characters and Latin/digit words, of its normal form; a numbered route
    (:data:`ROUTE`) as its code whichever way it is said (S101线: s101; 省道101线: 省道, s101)."""
    norm = normal(text)
    return _TOKEN.findall(ROUTE.sub(_route_words, norm) if _ROUTE_HINT.search(norm) else norm)


def bigrams(text: str) -> list[str]:
    """Character bigrams of each Chinese run (a lone character as itself) and each Latin/digit
    word whole, in order."""
    out: list[str] = []
    for run in tokens(text):
        out.extend(run_grams(run))
    return out


def run_grams(run: str):
    """The terms of one of :func:`tokens`' runs: a Latin/digit word or a lone character as itself, a Chinese run's pairs
    of characters in order."""
    return (run,) if run[0].isascii() or len(run) == 1 else map(add, run, run[1:])  # run[i] + run[i + 1]


# Verbs whose object a 将 before them brings forward (我局将3家企业纳入…, 将…作为…): 将 as 把, no plan of what will be done.
BA_OBJECT_VERBS = "纳入|列入|认定|作为|列为"
# Verbs by which a 将 before them brings its object to a level, place or holder (将补贴发放到户, 将标准提高到…, 将…调整为…):
# 将 as 把 too, with 到/至/为/给 after the verb.
BA_MEASURE_VERBS = "发放|提高|调整|下达|拨付"
BA_VERBS = rf"(?:{BA_OBJECT_VERBS}|(?:{BA_MEASURE_VERBS})[到至为给])"
# What follows a 将 that is "will", not 把 before its object (an empty match): no number or pronoun as its object (也将3家企业认定为…,
# 还将其纳入…), no :data:`BA_VERBS` ahead in its clause (将养老服务补贴足额发放到户, 将标准提高到…, 将…调整为…).
NOT_BA = rf"(?![\d一二两三四五六七八九十其该这此它]|[^，。；！？]{{0,16}}?{BA_VERBS})"
# 将 as "will" (pattern text): not 已将, nor 将 as 把 (:data:`NOT_BA`), nor 将近 (nearly), nor the 将 of a name or a word it opens
# (将乐县, 六道河至将军关, 将士, 将领, 将帅; not 将领导…, will lead).
WILL_JIANG = rf"(?<!已)将(?!近|乐|军|士|帅|领(?!导)){NOT_BA}"

# Characters that join words (的, 与, 和, 及, 等, 对…): a bigram holding one names no word.
FUNCTION_CHARS = frozenset("的与和及等对在为了并或之以")
# Words relating the things a phrase names without naming one (自新村与涉县之间的消防通道, 有关…的): a phrase said with or
# without them names the same matter.
RELATING_WORDS = ("之间", "之中", "有关", "相关")


# ---------------------------------------------------------------------------------------------
# figures
# ---------------------------------------------------------------------------------------------

# The units of an area, and 平方公里 and 平方米 as the press says them (总共10.58平公里, hd36a).
AREA_UNITS = ("平方公里", "平公里", "平方米", "平米")
# Measure words, counters and currencies a figure ends in (alternation: longer ones first where
# one starts another).
UNITS = (
    "/10万|/100万|/十万|/万|/千|"  # a rate per so many (孕产妇死亡率为3.85/10万)
    "微克/立方米|毫克/立方米|毫克/升|微克每立方米|毫克每立方米|毫克每升|"  # a concentration (PM2.5年均浓度43微克/立方米, 41微克每立方米), not a bare 立方米
    f"个百分点|百分点|人次|场次|件次|天次|台次|辆次|车次|艘次|架次|批次|班次|家/次|家次|项次|户次|亩次|{'|'.join(AREA_UNITS)}|平方(?![公千米])|立方米|千瓦小时|千瓦时|千瓦|兆瓦|公里|千米|米|公斤|千克|斤|个小时|小时|分钟|个月|"
    "美元|欧元|港元|日元|英镑|"
    "元|家(?!庭)|个|项|件|卷(?![烟宗轴帘])|人口|人(?!制)|名|位|场|期|次|笔|份|台|套|所|批|条段|条|篇|种|款|亩|吨|倍|(?:农|贫困|脱贫)?户|座|支|辆|艘|间|张|部(?!门)|天|年|头只|头|只|栋|处|块|片(?!区|长)|株|棵|棒|袋|尾(?![矿气款号数声部])|羽(?![毛绒])|盏|箱|根(?![据本治源除系基])|车(?![道位间库站型辆次程牌身厢队主\\d])|"
    # (家 not of 家庭, a noun it opens: 覆盖2万余家庭, hd70e)
    # (条段: of roads' sections, 新建续建普通干线公路16条段424公里, hd58a — one counter, its 段 no thing counted)
    # (平公里, 平米: 平方公里 and 平方米 as the press says them, 总共10.58平公里, hd36a; 平方 too, 铲除…菜地面积3700余平方, and 车 of
    # loads, 清理乱堆杂物260余车, hd38b — not 4车道, 车位, 车辆)
    # (棒, 袋: of mushrooms' logs and bags, 食用菌110万棒, hd56b; 尾: of fish fry, 放流鱼苗300万尾 — not 尾矿, 尾款; 羽: of poultry,
    # 出栏肉鸡120万羽 — not 羽毛球)
    # (盏: of lamps, 路灯252盏; 根: of cables and poles, 拆除报废光缆52根 — not 根据, 根本, hd48d; 箱: of hives and goods, 养殖1600余箱; 农户, 贫困户 after a count, 400余农户: of households;
    # 片: of courts and fields, 篮球场35片 — not a 片区, 片长; 头只: of livestock; 5人制足球赛: a game's format, no count of
    # people; 30万人口以下的: a population, a size; 8部门联合出台:
    # the departments' name, no count of 部)
    "起|宗(?!旨|教|族|亲|祠|师|室)|"  # (of events and cases: 事故17起, 案件3起, 执法检查83宗, 违法案件12宗 — not 宗旨, 宗教)
    "首(?![次家批届创发例轮])|"  # (of songs and poems: 收集整理了各类陕北民歌3000余首, hd57b — not 首次, 首家, 首批, 首届 after a count)
    "口(?=[井塘堰山水机大中小型新老，。；、）)]|$)|"  # (of wells and ponds: 17口大中型塘坝, 打井5口 — not 3口之家, 口岸)
    "对(?=[，,。；;、）)]|$)|"  # (of couples at a stop: 共办理结婚登记2211对， — not 1对1帮扶, 3对接…, hd38a)
    "组(?![织建成合装长员别团队])|"  # (of families and sets: 年均惠及5000组家庭, hd66d — not 3组织, 5组成, 4组团, 组长, 组员)
    "公顷|%|％|‰|"
    # (the same in symbols: 新增供水量620.1万m3, 建筑面积3.5万m², 治理面积10.47hm2, 新建护岸38.84km; not a bare m,
    # 蓄水位2308.02m, nor a speed, 350km/h)
    "hm²|hm2|km²|km2|km(?![A-Za-z/])|m³|m3|m²|m2|kg(?![A-Za-z/])|"  # (粮食综合生产能力487031万kg: a weight, hd59b)
    "[kK][wW]·?[hH](?![A-Za-z])|[kK][wW](?![A-Za-z])|MW(?![A-Za-z])"  # (power in symbols, in either case: 总装机功率396kw, 2000KW)
)
# Scales and their factors, longest first.
SCALES: dict[str, int] = {"万亿": 10 ** 12, "千万": 10 ** 7, "百万": 10 ** 6, "亿": 10 ** 8,
                          "万": 10 ** 4, "千": 10 ** 3}
# The same scales in traditional characters (a mirror's 1300萬元), read as 万/亿.
TRADITIONAL_SCALES = {"萬": "万", "億": "亿"}
# 千 is no scale where a unit opens with it (2000千瓦, 12千米, 500千克: the longest unit wins).
_KILO_UNITS = "|".join(sorted({u[1] for u in UNITS.split("|") if u.startswith("千") and len(u) > 1}))
_SCALE_RE = f"万亿|千万|百万|亿|万|千(?!{_KILO_UNITS})|萬|億"
# 约 is "about" where it is no word's second half: 签约8万余名 counts the 签约 (签约 a word), 节约1200万元 what was saved.
# Whole words only, and none whose first character often ends another word before a figure (损失约, 折合约, 持续约, 供应约,
# 筹集约, 成立约, 精简约, 办公约: "about" there, so no 失约, 合约, 续约, 应约, 集约, 立约, 简约, 公约).
YUE_WORDS = ("签约", "节约", "预约", "条约", "制约", "违约", "履约", "契约", "婚约", "邀约", "特约", "相约", "践约", "如约",
             "赴约", "租约", "毁约", "解约", "守约", "爽约", "订约", "缔约", "誓约", "盟约", "隐约", "俭约", "纽约")
YUE_ABOUT = f"约(?<!{'|'.join(YUE_WORDS)})"
# 中 is "among", "in" or "under way" (在…评价中, 企业中, 整改中, 其中) where it is no word's second half: 初中17112人, 示范性高中2所
# count schools (初中, 高中 words). Whole words only, as for 约.
ZHONG_WORDS = ("初中", "高中", "完中", "集中", "空中", "华中", "居中", "适中", "折中", "命中", "选中", "看中", "期中", "正中")
ZHONG_AMONG = f"中(?<!{'|'.join(ZHONG_WORDS)})"
# (近 not of a word it ends: 临近1小时, 最近3年, 附近2公里 — a time or place, no figure's 近)
QUALIFIER_BEFORE = f"不少于|不低于|不高于|不超过|不足|不到|超过|超|(?<![临最附邻])近|大约|{YUE_ABOUT}|逾"
QUALIFIER_AFTER = "以上|以下|左右|以内"
APPROX = "余|多"  # 1800余人, 2万多元
RANGE_DASH = "-~～—－至到"
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"  # a figure's number as written: 2089, 1,200, 13.2
# A year a text states (2024年, 截至2024年底, 一、2024年工作回顾): group 1 the year.
SAID_YEAR = lazy(r"((?:19|20)\d{2})年")


def said_years(text: str) -> list[int]:
    """The years ``text`` states (:data:`SAID_YEAR`), in order."""
    return [int(y) for y in SAID_YEAR.findall(text)]


# A day said without its year (6月9日，经…核实; 于12月16日获得民政部批复), its month the group: dated by the fact's
# year in a draft (compose), or by the page's when it reads as the year before's (distil, hd51a).
DAY = r"(\d{1,2})\s*月\s*\d{1,2}\s*日"  # (pattern text; a caption's day, after its year or none: CAPTION_OPENING)
BARE_DAY = lazy(rf"(?<![年\d]){DAY}")
# A document number's year: 泉科函〔2026〕102号 → 2026.
ISSUE_YEAR = lazy(r"[〔［\[（(]((?:19|20)\d{2})[〕］\]）)]")

# What a rate is per, after a unit and a slash (735元 / 人 / 月, 3元/卷, 2800元/平方米): the rate's unit with it, 元/卷; a
# density's or a speed's too (路网密度2公里/平方公里, 80公里/小时: never 2公里, hd60b).
PER_UNITS = "平方公里|平方千米|平方米|立方米|公斤|千克|公里|千米|公顷|小时|[人户亩月年天日次吨卷件册本份套台辆个家]"
FIGURE = lazy(
    rf"(?P<pre>{QUALIFIER_BEFORE})?"
    rf"(?P<num>{NUMBER})"
    rf"(?:(?P<scale1>{_SCALE_RE})?\s?[{RANGE_DASH}]\s?(?P<num2>\d+(?:\.\d+)?))?"  # (2万-3万元: the scale on both ends)
    rf"\s?(?P<a1>{APPROX})?(?(scale1)(?=(?P=scale1)))(?P<scale>{_SCALE_RE})?(?P<a2>{APPROX})?"
    rf"\s?(?P<unit>{UNITS})?(?(unit)(?P<per>(?:\s?/\s?(?:{PER_UNITS})){{0,2}}))(?P<post>{QUALIFIER_AFTER})?"  # (735元 / 人 / 月: a rate)
)
# A figure's number left out for the clerk to write (``draft: {old_figures: blank}``): 新认定…X家,
# X亿元 — an X before a scale and a unit, no letter or digit before it.
BLANK = "X"
BLANK_FIGURE = lazy(rf"(?<![A-Za-z0-9.]){BLANK}(?=(?:{_SCALE_RE})?(?:{UNITS}))")
_NUMBER = lazy(NUMBER)


def blank_figure(raw: str) -> str:
    """``raw`` (a figure as written: 27家, 13.2亿元, 超500亿元) with its number as :data:`BLANK`."""
    return _NUMBER.sub(BLANK, raw, count=1)


# A figure in Chinese numerals: 三千万元, 近千家, 两百余人, 超过六成. Only with a magnitude (十百千,
# 万/亿) and a unit, opening with a digit or qualified (近/超过…, …余): 千人计划, 十大行动, 一是,
# 三年行动 are no figures. 成 (tenths) only after a qualifier or 占/的.
CN_DIGITS = "一二两三四五六七八九"
CN_FIGURE = lazy(
    rf"(?P<pre>{QUALIFIER_BEFORE})?"
    rf"(?P<cn>[{CN_DIGITS}十百千零]+)(?P<a1>{APPROX})?(?P<scale>万亿|亿|万|萬|億)?(?P<a2>{APPROX})?"
    rf"(?P<unit>成|{UNITS})(?P<post>{QUALIFIER_AFTER})?"
)
_CN_VAGUE_BEFORE = lazy(r"[数几上成第每各一二两三四五六七八九十百千]$")
# A rank (位列全国…第29位), a vague count (几百吨, 上千人, 十几个, 几万人: a figure of no value, its words no number,
# :func:`match_value`; 数十家 stays none, tests/test_distill.py) and a count whose unit a page stripped but whose breakdown gives it
# (建议20（主办6件… → 20件). Every pattern has the groups of FIGURE, some empty. A vague span of years (几十年, 上百年) is no
# figure; 上 ends words too (线上, 以上, 马上: :data:`ENDS_IN_SHANG`): no such word opens a vague count.
RANK_FIGURE = lazy(r"(?P<pre>)第(?P<num>\d{1,4})(?P<num2>)(?P<a1>)(?P<scale>)(?P<a2>)(?P<unit>位)(?P<post>)")
# Ranks listed before their 位 (全省排名第2、第5位): each a rank; and a rank right after its ranking word without 位 (下降率在国家
# 中心城市正排第2、省会城市正排第4): its unit is 位 all the same (:func:`match_unit`).
RANK_LISTED = lazy(r"(?P<pre>)第(?P<num>\d{1,4})(?P<num2>)(?P<a1>)(?P<scale>)(?P<a2>)(?=(?:、第\d{1,4})+(?P<unit>位))(?P<post>)")
RANK_BARE = lazy(r"(?<=排名|倒排|正排|位列|位居)(?P<pre>)第(?P<num>\d{1,4})(?P<num2>)(?P<a1>)(?P<scale>)(?P<a2>)(?P<unit>)(?P<post>)"
                 rf"(?![\d.]|\s?位|[{CJK}A-Za-z])")
# An index's value, a bare number right after its name (市区空气质量综合指数3.99, 水环境质量指数为3.84): a figure of no unit.
INDEX_BARE = lazy(r"(?:(?<=指数)|(?<=指数为)|(?<=指数是))(?P<pre>)(?P<num>\d{1,3}\.\d{1,3}|\d{1,3})(?P<num2>)(?P<a1>)(?P<scale>)(?P<a2>)"
                  r"(?P<unit>)(?P<post>)(?![\d.%％‰]|\s?[A-Za-z(（])")
# What 上 ends a word after (线上, 网上, 以上, 马上, 晚上…): such a 上 opens neither a vague count nor 上年 (网上年货节, hd42c).
ENDS_IN_SHANG = "线网以之向马会晚早身路加再至往北南山台楼手基面"
_VAGUE = rf"(?:几|(?<![{ENDS_IN_SHANG}])上)"
VAGUE_FIGURE = lazy(
    rf"(?P<pre>)(?P<cn>{_VAGUE}(?:[十百千](?=[{APPROX}万亿]|(?!年)(?:{UNITS}))|(?=[万亿]))|十几)"
    rf"(?P<a1>{APPROX})?(?P<scale>万|亿)?(?P<a2>)(?P<unit>(?!年)(?:{UNITS}))(?P<post>)"
)
# (It opens with a digit, not the look-behind, so that the regex engine skips to the digits.)
BREAKDOWN_FIGURE = lazy(
    r"(?P<num>\d(?<![\d.A-Za-z]\d)\d{0,5})(?P<pre>)(?P<num2>)(?P<a1>)(?P<scale>)(?P<a2>)"
    rf"(?=[（(](?:主办|其中|含|包括|分别|为)[^（）()]{{0,8}}?\d+(?P<unit>{UNITS}))(?P<post>)"
)
# A bare number listed before a figure whose unit it shares (年均浓度分别为106、63微克/立方米 → 106微克/立方米).
LISTED_FIGURE = lazy(
    rf"(?P<pre>)(?P<num>{NUMBER})(?P<num2>)(?P<a1>)(?P<a2>)"
    rf"(?=(?:、{NUMBER})+(?P<scale>{_SCALE_RE})?(?P<unit>{UNITS}))(?P<post>)"
)
_NOT_FIGURE_BEFORE = lazy(r"(?:[A-Za-z0-9._/\-－]|第\s?)$")  # codes, ordinals
# A run of time after 连续 (连续3年将…列入…, 连续6个月达到…): how long something lasted, no count of the thing after it; nor
# a time ahead (提前8年实现了…目标值): how early, no count.
_RUN_BEFORE = lazy(r"(?:连续|提前)\s?$")
_RUN_UNITS = frozenset(("年", "个月", "天", "届"))
# (nor a term a rule sets, 全面贯彻5年过渡期要求, nor how long a thing has lain idle, 撂荒2年以上耕地已整治3.12万亩: what it is,
# no count of work, hd54a)
_TERM_AFTER = lazy(r"(?:的)?(?:过渡期|缓冲期|有效期|保修期|质保期|服务期|合同期|期限|任期|周期)")
_IDLE_BEFORE = lazy(r"(?:撂荒|抛荒|荒芜|闲置|空置|废弃|停产|停工|停用|拖欠|逾期|超期)(?:达|满|了)?\s?$")
# (nor the span a forecast or a plan looks ahead over, or an account back over: 未来5天雷雨时伴有短时强降水, 未来24小时, 今后3年, 过去5年
# — when, no count, hd57c)
_LOOKING_BEFORE = lazy(r"(?:未来|今后|过去)\s?$")
# (nor a span of recent time: 近十年首次突破…, 5年来累计…; 近10年的变化趋势, 近10年间, after 近: hd48a)
# (nor a time ago, 在20年前就播下了…的种子: when, hd73a)
_SPAN_AFTER = lazy(r"(?:以来|来|首次|前(?!期))")
# (nor how long a work took, 经过13年的选育, 历时3年建成: a span, no count of the thing before it, hd73a — not a length a
# thing has, 长达, 为期, nor a time a service takes, 办理用时3天)
TOOK_WORDS = ("历时", "历经", "经过", "用了", "花了", "花费")
_TOOK_BEFORE = lazy(rf"(?:{words(TOOK_WORDS)})[近约]?\s?$")
# How a speech or a report addresses its assembly or guests (各位代表, 请各位政协委员, 全体委员, 各位来宾) (pattern text).
ADDRESS_FORM = r"(?:各位|全体|诸位)[^：，。、\s]{0,6}?(?:代表|委员|同志|来宾|嘉宾|朋友)们?"
# A year of a reign, a dynasty and its era's name before it (金大定二十九年, 清光绪三十年) or the Republic's (民国二十五年), or the
# Western year in brackets after it (大定二十九年（1189年）): a date, no span of years.
_REIGN_BEFORE = lazy(rf"(?:(?<![{CJK}])|(?<=[于在至自到从]))(?:[秦汉晋隋唐宋辽金元明清][{CJK}]{{2}}|民国)\s?$")
_WESTERN_YEAR_AFTER = lazy(r"\s?[（(]\s?(?:公元前?)?\d{3,4}\s?年\s?[）)]")
# The seats classing a vehicle (9座以下客车, 7座及以上的小型客车): its class, no count.
_SEAT_CLASS_AFTER = lazy(rf"及?以[上下]的?[{CJK}]{{0,4}}?(?:车|车辆)")
_RECENT_SPAN = lazy(r"(?<=近)\s?(?:\d{1,2}|[两二三四五六七八九十]{1,3})\s?年(?=的|间|中|内|，|累计|共|先后)")
# A time a journey took (专程驱车3个小时赴…, 车程约2小时): how far away, no count of anything done.
_JOURNEY_BEFORE = lazy(r"(?:驱车|驾车|开车|乘车|坐车|车程|步行|徒步|骑行|行车|航程|飞行|辗转)(?:约|近|了|达)?\s?$")
_JOURNEY_UNITS = frozenset(("个小时", "小时", "天"))
# A phase of a named estate or works (新城壹号5期附近片区, 万达广场2期, 3期工程): which part of it, no count (hd52b) — not sessions
# held (举办3期…, rv17: 全年举办4期项目申报培训会) nor a course's (3期工程技术人员培训班: N期 counting the courses its words end on).
_PHASE_BEFORE = lazy(r"(?:号|城|苑|园|府|湾|庭|郡|邸|墅|小区|广场|大厦|新村)$")
_PHASE_AFTER = lazy(r"(?:工程|项目|安置房|小区)(?![^，。；！？]*?(?:培训|讲座|(?:班|会)(?:[，。；！？、等和及]|$)))")
# A day's hours a service keeps, said before it (24小时举报电话, 24小时值班值守; not 24小时内办结, 24小时以上, nor a time
# something takes, 3个小时办结).
_HOURS = frozenset(("小时", "个小时"))
_LOOKING_UNITS = _RUN_UNITS | _HOURS  # (the spans :data:`_LOOKING_BEFORE` opens)
_SERVICE_AFTER = lazy(rf"(?![内以左之的前后])[{CJK}]")
# A band of a ranking (退出后20位, 进入全国前10名): where a place stands among others, no count and no rank of its own.
# (not a time before or after: 随后20位专家, 目前3名, 此前…)
_BAND_BEFORE = lazy(r"(?<![随之然此其先以今目当提眼年月日面落])[前后]\s?$")  # (nor a gap: 落后20位)
# The verbs of holding a meeting or an event (召开…会议, 举行新闻发布会, 举办…活动), as a regex's alternation.
HOLDING = "召开|举行|举办"
# …or courses, said right before their count (举办4期…, 开展了2期…): sessions held, no works' phase (_PHASE_AFTER).
_SESSIONS_HELD = lazy(rf"(?:{HOLDING}|开展|组织|开办)了?\s?$")
# A meeting's session number in brackets after it (政府常务会（75次）, 党组会议(第3次)): which meeting, no count of work.
_SESSION_BEFORE = lazy(r"(?:会|会议)\s?[（(]\s?(?:第\s?)?$")
_SESSION_AFTER = lazy(r"\s?[）)]")
# How far a circle of services reaches, in time or way, before its name (织密15分钟的托育服务圈, 15分钟健身圈, 服务半径2公里的…服务圈,
# hd66d): the circle's name, a term, no result measured (as in quotes, 打造“15分钟健身圈”: :data:`_QUOTED_NAME`).
# (a circle of a service or of daily life, _CIRCLE_WORDS: not any 圈 a clause may close on after a length)
_CIRCLE_REACH_UNITS = frozenset(("分钟", "小时", "个小时", "公里", "千米", "米"))
_CIRCLE_WORDS = ("生活", "服务", "健身", "文化", "阅读", "就医", "医疗", "养老", "托育", "教育", "就业", "便民", "商业", "消费", "交通",
                "通勤", "经济", "旅游")
_CIRCLE_AFTER = lazy(rf"的?[{CJK}“”]{{0,6}}?(?:{words(_CIRCLE_WORDS)})圈")
# The title of a document (《关于印发2025年…的通知》): its words, years and places are the title's, not the text's.
TITLE_SPAN = lazy(r"《[^》]*》")
# Spans that hold digits but no figure to trace: document numbers, phones, dates, years,
# ordinals (第1288号, 第2批), placeholders and the titles of documents (《…2025年…》).
NOT_FIGURES = lazy(
    "|".join((
        r"[〔\[［（(]\s*\d{4}\s*[〕\]］）)]\s*\d+\s*号",
        r"(?<!\d)(?:0\d{2,3}\s*[-－—]\s*)?\d{7,8}(?!\d)",
        r"(?<!\d)1[3-9]\d{9}(?!\d)",
        r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}",
        r"(?:19|20)\d{2}\s*(?:[-—–~～至到]\s*(?:19|20)?\d{2}\s*)?年(?:度|初|底|末)?"
        r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?",
        r"(?<!个)(?<![\d.])\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?",
        r"(?<![\d.])\d{1,2}\s*日",
        r"第\s*\d+(?!\d|\s?位)",  # an ordinal; a rank (第29位) is a figure
        r"(?<=会|议)[（(]\s*(?:第\s*)?\d+\s*次\s*[）)]",  # a meeting's session number (政府常务会（75次）)
        R.PLACEHOLDER_RE.pattern,
        TITLE_SPAN.pattern,
    ))
)


def cn_value(numeral: str) -> int:
    """一千二百 → 1200, 三千 → 3000, 十二 → 12, 百 → 100, 两 → 2."""
    total, digit = 0, 0
    for c in numeral:
        if c in CN_DIGITS:
            digit = CN_DIGIT_VALUES[c]
        elif c in "十百千":
            total += (digit or 1) * {"十": 10, "百": 100, "千": 1000}[c]
            digit = 0
    return total + digit


def _cn_figure(m: re.Match, norm: str) -> bool:
    """Whether a CN_FIGURE match is a figure (see CN_FIGURE)."""
    cn, qualified = m.group("cn"), bool(m.group("pre") or m.group("a1") or m.group("a2"))
    if _CN_VAGUE_BEFORE.search(norm, 0, m.start()) and not m.group("pre"):
        return False  # 数十家, 上百人, 第三千…
    if m.group("unit") == "成":
        return len(cn) == 1 and cn[0] in CN_DIGITS and (qualified or norm[m.start() - 1: m.start()] in ("占", "的"))
    if m.group("unit") == "倍" and len(cn) == 1 and cn in CN_DIGITS:
        return True  # 提高了五倍
    if not any(c in "十百千" for c in cn) and not m.group("scale"):
        return False
    return (cn[0] in CN_DIGITS or qualified) and "零" not in cn[:1]


# A threshold: a size (not a counter of the thing: 户, 万元, 亩, 人) and 以上/以下/以内 classing the noun after it — with
# 的 (500万元以上的项目, 30户以上未硬化的自然村), or right after a scope or a place (全县50户以上自然村, 边境乡镇20户以上自然村);
# not a count reached (惠及农户500户以上，…, 带动500人以上就业).
COUNTERS = frozenset("家 个 项 件 名 位 所 批 组 条 条段 篇 种 款 座 口 支 辆 艘 只 间 张 部 台 套 场 期 次 笔 份 处 块 片 栋 头 起 宗 盏 箱 根 场次 人次 件次 天次 台次 辆次 车次 艘次 "
                     "架次 批次 班次 家次 项次 户次 家/次".split())
# A figure of what work yields, its unit no counter of works (造林3000亩, 120公顷, 粮食产量5.2万吨, 税收收入3.2亿, 投资5亿元, 接待游客
# 300万人次: counted acts, 次, are what work yields; not 剩余12个小区, 3项工程, nor a year, 2024年度) (pattern text).
_WORKS_COUNTERS = words(tuple(u for u in COUNTERS if not u.endswith("次")))
OUTPUT_FIGURE = (rf"(?<![\d.])\d[\d.]*\s?(?:{APPROX})?(?!(?:{_SCALE_RE})?(?:{APPROX})?(?:{_WORKS_COUNTERS}))"
                 rf"(?:{_SCALE_RE}|(?!年)(?:{UNITS}))")
_THRESHOLD_AFTER = lazy(rf"(?:及?(?:以上|以下|以内))(?=的[{CJK}])")
_CLASSING_AFTER = lazy(rf"(?:及?(?:以上|以下|以内))(?=[{CJK}])")
_SCOPE_OR_PLACE_BEFORE = lazy(r"[省市区县州镇乡]$")
# (or the noun it classes counted right after: 完成2亿以上重点招商项目包装2个, 5000万元以上项目5个)
_COUNTED_AFTER = rf"[{CJK}]{{2,16}}?\d+(?:{words(COUNTERS)})"
_CLASSED_COUNT_AFTER = lazy(rf"及?(?:以上|以下|以内){_COUNTED_AFTER}")
# A sum said over before it, the noun it classes counted right after (其中过10亿元项目44个, 超千万元企业15家: hd65b).
_OVER = ("超过", "超")
_OVER_BEFORE = lazy(r"(?<![通经越穿])过$")
_COUNTED_RIGHT_AFTER = lazy(_COUNTED_AFTER)


# (or a settlement or a place it classes, whatever stands before: 全县51个贫困村委会50户以上自然村, 30万人口以上县（区）)
_CLASSED_PLACE_AFTER = lazy(r"及?(?:以上|以下)(?:自然村|行政村|建制村|村民小组|村组|村|社区|乡镇|城镇|县|区|市)")


# A share a subject holds of a whole, by its verb (民营企业贡献了全市近50%的地区生产总值、60%以上税收; 集聚了全省30%的高新技术企业):
# the share is of the thing named after it, no threshold classing it (60%以上的税收: more than 60% of the tax, hd56c).
SHARE_VERBS = ("贡献", "占据", "占有", "创造", "吸纳", "集聚", "聚集", "汇聚", "承担", "拥有")
_SHARE_HELD = lazy(rf"(?:{words(SHARE_VERBS)})(?![率度值])了?[^，。；：！？]*$")


def share_held(text: str, at: int) -> bool:
    """Whether the clause of ``text`` up to ``at`` holds a share's verb (:data:`SHARE_VERBS`): a percentage there is a share of
    the thing named after it."""
    return bool(_SHARE_HELD.search(text, max(text.rfind(c, 0, at) for c in "，。；：！？") + 1, at))


def is_threshold(m: re.Match, text: str) -> bool:
    """Whether the figure ``m`` of ``text`` is a threshold classing a noun, no figure of what was done: a size (its unit no
    counter, :data:`COUNTERS`; no share held, :func:`share_held`) with 以上/以下/以内 before the noun — with 的 (500万元以上的项目),
    that noun counted right after (5000万元以上项目5个), a settlement or place (50户以上自然村), or after a scope or place
    (全县50户以上自然村) — or said over before it (超, 超过, or 过 not of 通过/经过: 其中过10亿元项目44个, 超5000万元企业15家) with the
    noun counted right after."""
    if not (m.group("unit") or m.group("scale")) or m.group("unit") in COUNTERS:  # (a sum may go without its 元: 2亿以上)
        return False
    if m.group("unit") in ("%", "％") and share_held(text, m.start()):
        return False
    at = m.start("post") if m.group("post") else m.end()
    over = m.group("pre") in _OVER or (not m.group("pre") and _OVER_BEFORE.search(text, max(0, m.start() - 2), m.start()))
    return bool(_THRESHOLD_AFTER.match(text, at) or _CLASSED_COUNT_AFTER.match(text, at) or _CLASSED_PLACE_AFTER.match(text, at) or (
        _CLASSING_AFTER.match(text, at) and _SCOPE_OR_PLACE_BEFORE.search(text, 0, m.start())) or (
        over and _COUNTED_RIGHT_AFTER.match(text, at)))


# What one should do, said before it (市政府应当…, 家庭、学校、社会应该…): advice, no deed; and the modals a suggestion asks by,
# with 应 alone (ends and opens other words: 供应, 应用 — a pattern keeps them apart), 要 and 需要 (有关部门要…, 需要加强…).
SHOULD = ("应当", "应该")
MODALS = (*SHOULD, "应", "要", "需要")
# What a thing is needed by (杭州需要…, 我市亟需…, 必须…): a need, said of a place or of the work.
NEEDING = ("需要", "亟需", "急需", "亟待", "必须")
# What someone said (…华源指出，; 他强调，; 会议要求，): the verb; and the words of a rule followed (按照…要求，), which are no
# one's words, nor a rule carried out (落实政务信息化项目建设新范式要求，…: the 要求 the bureau implemented, hd33b).
SPEECH_VERB = "(?:表示|指出|强调|(?<!的)要求)"
# The people a place's work is for, as a news item quotes or describes them (村民董晓丽说, 居民切身感受到) or an ask keeps them safe
# (保障学生上学安全), those a school or a hospital serves too (学生, 师生, 患者): no unit, no doer.
RESIDENT_WORDS = ("居民", "市民", "群众", "百姓", "人们", "游客", "村民", "农户", "示范户", "家长", "学生", "师生", "幼儿", "儿童", "患者")
# Words of how many, before the people or things counted (不少市民, 部分区人大代表, 广大群众): no name of a place.
HOW_MANY_WORDS = ("部分", "不少", "许多", "很多", "众多", "诸多", "大批", "少数", "多数", "广大")
# Those who write, call or post to a paper, a site or a hotline (网友, 来信人, 某读者反映…): members of the public, no unit.
CORRESPONDENT_WORDS = ("读者", "网友", "网民", "听众", "来信人", "来电人", "留言人", "投诉人")
RULE_FOLLOWED = "根据|按照|依据|遵照|依照|落实|贯彻|遵循|对照|对标"
# Passing or missing a standard (入学率远高于省定指标90%): the verb, and the standard after it.
PASSING_VERB = "(?:高于|低于|超过|超出|优于|好于|高出)"
# A multiple or a share of a year named before it (栗价是去年的近一倍, 为上年的1.5倍): that year is compared with, not spoken of.
RATIO_OF = r"的(?:近|约|将近|接近)?[\d.一二两三四五六七八九十半]+(?:倍|成)"
STANDARD_NAME = "(?:指标|目标|标准)值?"
# A standard a result is said to pass or miss (入学率远高于省定指标90%，达到98.49%): the standard's value, no result.
_BENCHMARK_BEFORE = lazy(rf"{PASSING_VERB}[^，。；\d]{{0,8}}{STANDARD_NAME}\s?$")
# A minimum a rule requires, said in its sentence before it (明确要求在校学生1200人及以上的…学校，至少配备1名专职心理健康教育教师,
# hd70e): the rule's standard, no count of what is or was done.
_AT_LEAST_BEFORE = lazy(r"(?:至少|最少)[^，。；！？\d]{0,4}$")
_REQUIRED_BEFORE = lazy(r"要求|规定|应当|必须|标准")
# A bound a target sets, the target named after it (完成优良天数不少于250天、PM2.5浓度低于51微克/立方米…的三项省考指标任务):
# the target's values, no result — whatever the statement says of meeting it.
# (the words that bound a value: no less, no more than — distill's sizes kept to them too)
BOUND_WORDS = "不少于|不低于|不高于|不超过|不大于|不小于"
_BOUND_BEFORE = lazy(rf"(?:{BOUND_WORDS}|低于|少于|高于|多于)\s?$")
# (a target's, 指标 or 目标: a standard kept to, 人均科普专项经费不少于2元的标准, is what the bureau spends by it)
_TARGET_AFTER = lazy(r"[^，。；！？]{0,60}?的[^，。；！？\d]{0,10}?(?:指标|目标)")


def _number_start(m: re.Match) -> int:
    """Where the number of the figure ``m`` begins, after any bound its match holds (不少于250天)."""
    return m.start("num") if "num" in m.re.groupindex and m.group("num") else m.start()


# A short name in quotes, no clause of its own (“15分钟健身圈”, “群众最不满意的10件事”), or a title (《支持企业发展10条措施》).
_QUOTED_NAME = lazy(r"“[^“”，。；！？,;]{2,24}”|《[^《》，。；！？,;]{2,40}》")
# A law's or a regulation's name (《昆明市河道管理条例》, 《中华人民共和国水污染防治法》) and an article of it (第六条, 第十条第二款).
STATUTE = r"《[^《》]{2,40}?(?:法|条例|规定|办法)》"
ARTICLE = r"第[一二三四五六七八九十百零〇\d]+条(?:第[一二三四五六七八九十\d]+款)?"
# The words of an article quoted, after the law's name or opening on the article's number (《昆明市河道管理条例》中“第六条 河道沟渠
# 50米两侧区域内禁止…”, 《…法》第十条规定：“…”): what the law provides, its distances and quantities terms, no figure measured (hd65a).
_QUOTED_ARTICLE = lazy(rf"(?:{STATUTE}[中的]?(?:{ARTICLE})?(?:的?规定|明确)?[：:，,]?\s?“|“\s?{ARTICLE})[^“”]*”")


def required_minimum(text: str, at: int) -> bool:
    """Whether the figure at ``at`` of ``text`` is a minimum its sentence says a rule requires (:data:`_AT_LEAST_BEFORE`, after
    :data:`_REQUIRED_BEFORE` in its sentence): a standard, never a count."""
    near = _AT_LEAST_BEFORE.search(text, max(0, at - 6), at)
    if not near:
        return False
    opening = max(text.rfind(c, 0, at) for c in "。；！？") + 1
    return bool(_REQUIRED_BEFORE.search(text, opening, near.start()))


def figure_matches(text: str) -> list[re.Match]:
    """The figures of ``text`` in order, as matches of :data:`FIGURE` or :data:`CN_FIGURE`: a
    number with a unit or scale, not part of a code or an ordinal (``A1``, ``第3``), not a year
    (``2025年``), not part of a quoted name (:data:`_QUOTED_NAME`) nor of a law's article quoted (:data:`_QUOTED_ARTICLE`), not a threshold (:func:`is_threshold`) nor a standard passed or a target's bound (:data:`_BENCHMARK_BEFORE`,
    :data:`_BOUND_BEFORE`), not a run of time (``连续3年``) nor a reign's year (``金大定二十九年``), not a vehicle's class (``9座以下客车``). Full-width digits count as digits (the text is
    width-folded first; the match's ``string`` is the folded text, of the same length as ``text``)."""
    norm = fold_width(text)
    matches = [m for m in FIGURE.finditer(norm) if m.group("unit") or m.group("scale")]
    matches += [m for m in CN_FIGURE.finditer(norm) if _cn_figure(m, norm)]
    matches += [*RANK_FIGURE.finditer(norm), *RANK_LISTED.finditer(norm), *RANK_BARE.finditer(norm), *INDEX_BARE.finditer(norm),
                *VAGUE_FIGURE.finditer(norm), *BREAKDOWN_FIGURE.finditer(norm),
                *LISTED_FIGURE.finditer(norm)]
    digits = (FIGURE.compiled(), LISTED_FIGURE.compiled())  # (what a bare number with its digits may be part of)
    names = [(q.start(), q.end() - 1) for q in _QUOTED_NAME.finditer(norm)] if "“" in norm or "《" in norm else []
    articles = [(q.start(), q.end()) for q in _QUOTED_ARTICLE.finditer(norm)] if "“" in norm else []
    out = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        start = m.start()
        if start < last_end:  # inside a longer figure already taken (第29位 holds 29位)
            continue
        if m.re in digits and _NOT_FIGURE_BEFORE.search(norm, max(0, start - 2), start):
            continue
        if is_threshold(m, norm) or _BENCHMARK_BEFORE.search(norm, max(0, start - 14), start) or required_minimum(norm, start) or (
                _BOUND_BEFORE.search(norm, max(0, _number_start(m) - 4), _number_start(m)) and _TARGET_AFTER.match(norm, m.end())):
            continue
        if any(a < start and (m.end() < b or (m.end() == b and a + 1 < start)) and not (a + 1 == start and m.group("unit") in COUNTERS)
               for a, b in names):
            # a number in a name it is part of counts nothing done (打造“15分钟健身圈”, “群众最不满意的10件事”), nor one closing a
            # policy's name after its words (“就业优先10条”, “稳经济24条”, hd59a) — unless the name is the count of what it names
            # (出台…“11条措施”)
            continue
        if any(a < start < b for a, b in articles):
            continue  # a term of a law's article quoted (“第六条 河道沟渠50米两侧区域内禁止…”), nothing measured
        if m.group("unit") not in COUNTERS and norm.startswith("级", m.end()):
            continue  # a grade of what follows, no amount (3000吨级泊位6个, 百亿级产业集群)
        if m.group("unit") in _RUN_UNITS and (_RUN_BEFORE.search(norm, max(0, start - 3), start) or _SPAN_AFTER.match(norm, m.end())
                                              or _TERM_AFTER.match(norm, m.end()) or _IDLE_BEFORE.search(norm, max(0, start - 4), start)
                                              or _RECENT_SPAN.match(norm, _number_start(m))
                                              or _TOOK_BEFORE.search(norm, max(0, start - 4), start)
                                              or (m.re in digits and _BAND_BEFORE.search(norm, max(0, start - 2), start))):
            continue  # (nor a time before or after an event: 开学前14天身体健康状况)
        if m.group("unit") == "期" and (_PHASE_BEFORE.search(norm, max(0, start - 2), start) or (
                _PHASE_AFTER.match(norm, m.end()) and not _SESSIONS_HELD.search(norm, max(0, start - 4), start))):
            continue
        if m.group("unit") in _JOURNEY_UNITS and _JOURNEY_BEFORE.search(norm, max(0, start - 5), start):
            continue
        if m.group("unit") in _LOOKING_UNITS and _LOOKING_BEFORE.search(norm, max(0, start - 3), start):
            continue
        if m.group("unit") in _HOURS and m.re in digits and m.group("num") == "24" and _SERVICE_AFTER.match(norm, m.end()):
            continue  # the round-the-clock hours of a service (24小时举报电话, 24小时值班): when it is open, no result
        if m.group("unit") in ("位", "名") and m.re in digits and _BAND_BEFORE.search(norm, max(0, start - 2), start):
            continue
        if m.group("unit") == "次" and _SESSION_BEFORE.search(norm, max(0, start - 6), start) and _SESSION_AFTER.match(norm, m.end()):
            continue
        if m.group("unit") == "年" and m.re in digits and (
                float(m.group("num").replace(",", "")) >= 1000 or float(m.group("num2") or 0) >= 1000):
            continue  # a year, not a duration (nor an old one: 清乾隆十二年（1747年）)
        if m.group("unit") == "年" and norm.startswith("代", m.end()):
            continue  # a decade, no figure (上世纪80年代, 八十年代)
        if m.group("unit") == "年" and (_REIGN_BEFORE.search(norm, max(0, start - 4), start) or _WESTERN_YEAR_AFTER.match(norm, m.end())):
            continue  # a reign's year, a date (金大定二十九年（1189年）, 清光绪三十年, 民国二十五年), no duration (hd60a)
        if m.group("unit") in _CIRCLE_REACH_UNITS and _CIRCLE_AFTER.match(norm, m.end()):
            continue  # how far a circle of services reaches, in its name (织密15分钟的托育服务圈): a term, nothing measured
        if m.group("unit") == "座" and _SEAT_CLASS_AFTER.match(norm, m.start("post") if m.group("post") else m.end()):
            continue  # a vehicle's class by its seats (9座以下客车), no count of anything (hd60b)
        out.append(m)
        last_end = m.end()
    return out


def match_unit(m: re.Match) -> str:
    """The unit of a figure match: its own, what a rate is per with it (元/卷 of 3元/卷, 元/人/月 of 735元 / 人 / 月), else 位
    for a rank (正排第2), else ""."""
    per = m.groupdict().get("per") or ""
    return (m.group("unit") or "") + SPACE.sub("", per) or ("位" if m.group().startswith("第") else "")


# Two digits in a row in a numeral's place (一百七八十, 三四百, 十五六, 两三): a guess between them, no number stated; not a year
# spelt digit by digit (一九八九).
APPROX_RANGE = lazy(r"(?:^|(?<=[十百千万]))(?:一二|两三|二三|三四|四五|五六|六七|七八|八九)(?=$|[十百千万])")


def _ten_odd(m: re.Match) -> bool:
    """Whether a figure match is ten and odd (10多名, 十余个, 10余万元): 十几, a vague count like it (hd52b)."""
    return bool(m.group("a1")) and (m.groupdict().get("num") == "10" or m.groupdict().get("cn") == "十")


def match_value(m: re.Match) -> float | None:
    """The number of a figure match, before its scale (``1.17亿元`` → 1.17, ``三千万元`` → 3000); None for a vague count
    (几十米, 上百人, 10多名: no number is stated, and none is made up from its magnitude, hd44b) and an approximate range
    (:data:`APPROX_RANGE`: 一百七八十个年头, hd45b)."""
    if m.re is CN_FIGURE.compiled():
        return None if APPROX_RANGE.search(m.group("cn")) or _ten_odd(m) else float(cn_value(m.group("cn")))
    if m.re is VAGUE_FIGURE.compiled() or _ten_odd(m):
        return None
    return float(m.group("num").replace(",", ""))


def split_scale(unit: str | None, scale: str | None = None) -> tuple[str | None, str]:
    """A scale written into the unit taken out: (``万元``, None) → (万, 元); otherwise unchanged."""
    unit = fold_width(nfkc(unit or "")).strip()
    if not scale:
        for s in SCALES:
            if unit.startswith(s) and len(unit) > len(s):
                return s, unit[len(s):]
    return scale or None, unit


def figure_key(value: float | str, scale: str | None, unit: str | None) -> tuple[str, str] | None:
    """The key two figures share when they state the same amount: (value × scale as text, unit):
    ``1.17亿元`` and ``11700万元`` → ("117000000", "元"). None for a value that is no number."""
    from decimal import Decimal, InvalidOperation  # (here: a draft compares no amounts, and decimal costs its start)

    scale, unit = split_scale(unit, scale)
    try:
        amount = Decimal(str(value)) * SCALES.get(scale or "", 1)
    except InvalidOperation:
        return None
    return format(amount.normalize(), "f"), unit


def base_amount(value: float, scale: str | None, unit: str | None) -> tuple[float, str]:
    """The value in base units and the base unit: (1.17, 亿, 元) → (117000000.0, "元")."""
    scale, unit = split_scale(unit, scale)
    return float(value) * SCALES.get(scale or "", 1), unit


def mask_not_figures(text: str) -> str:
    """``text`` with :data:`NOT_FIGURES` spans blanked (``\\0``), same length."""
    return NOT_FIGURES.sub(lambda m: "\0" * len(m.group()), text)


def mask_titles(text: str) -> str:
    """``text`` with the titles of documents (:data:`TITLE_SPAN`) blanked (``\\0``), same length."""
    return TITLE_SPAN.sub(lambda m: "\0" * len(m.group()), text) if "《" in text else text


def find_figure(text: str, raw: str, start: int = 0) -> int:
    """Where the figure written ``raw`` first stands in ``text`` from ``start``, not as the tail
    of a longer number (``3家`` is not in ``13家`` nor in ``1.3家``); -1 when nowhere. A piece
    not opening with a digit (``近10%``) is found as it is."""
    at = text.find(raw, start)
    while at > 0 and raw[:1].isdigit() and (text[at - 1].isdigit() or text[at - 1] == "."):
        at = text.find(raw, at + 1)
    return at


# ---------------------------------------------------------------------------------------------
# numbering
# ---------------------------------------------------------------------------------------------

CN_ORDINAL = "一二三四五六七八九十"  # the characters of a Chinese ordinal, 一 to 九十九
CN_NUMERAL = f"[{CN_ORDINAL}]{{1,3}}"
# After a heading's number: 、 or a full stop that is no decimal point (1.5万家 is a figure).
_NUMBER_STOP = r"\s*(?:[、．]|\.(?!\d))"
# Heading numbers, outermost first: (label, pattern; group 1 is the number). Unanchored: the
# readers, the distiller and check anchor and extend them as they need.
HEADING_NUMBERS: tuple[tuple[str, str], ...] = (
    ("一、", rf"({CN_NUMERAL}){_NUMBER_STOP}"),
    ("（一）", rf"[（(]\s*({CN_NUMERAL})\s*[）)]"),
    ("1.", rf"(\d{{1,2}}){_NUMBER_STOP}"),
    ("（1）", r"[（(]\s*(\d{1,2})\s*[）)]"),
)
# The words a numbered heading's text closes on (3、基础性工作开展情况, （二）重点工作推进情况, 一、主要做法, 1、概述, 6、其他需要报告的
# 事项): what tells a heading run into its body over a space from a spaced mirror's name (3、全市高新 技术企业…).
HEADING_END_WORDS = ("情况", "工作", "做法", "成效", "进展", "进度", "措施", "举措", "问题", "建设", "管理", "机制", "体系",
                     "任务", "目标", "要点", "计划", "安排", "总结", "概况", "概述", "事项", "经验", "成绩", "亮点", "不足", "打算")
# What a speaker says of the work done (局长总结了…的主要做法和取得成效; 通报了…的情况): its object an account a 的-phrase closes.
ACCOUNT_VERBS = ("通报", "总结", "传达", "回顾", "介绍")
# What a meeting or a speaker tells others of the work (会议通报上半年全市…; 会议部署…): an account, or the work set (部署, 安排 —
# also nouns, 工作安排, and no account's verbs).
TELLING_VERBS = (*ACCOUNT_VERBS, "部署", "安排")
# A county of a one-character name (魏县, 沛县, 涉县), never a word of scope or reference (本县, 该县, 全县, 各县…) nor a level's
# (市县) (pattern text).
_ONE_CHARACTER_COUNTY = r"(?![本该我全各两此邻外原每他贵其某省市区县州乡镇])[\u4e00-\u9fff]县"
# What follows a level word that makes it part of a word (县级, 县域, 市场, 区内, 市直, 市民…): no name's end, no place's level nor
# an organ's (declared once).
LEVEL_WORD_AFTER = frozenset("级场民值面内外直域貌級場內")  # (and in traditional characters: 醫保市級統籌; 市容市貌, 县容县貌: hd28b)
# …of which those saying within or outside it (区内, 市外), which close a place's name in a frame of where (注册地在广汉市内).
WITHIN = frozenset("内外內")
# …of which those that make a word of a level word after any name (市场: 农贸市场, never a place 农贸市).
WORD_AFTER_ANY_LEVEL = frozenset("场場")
# …and the words of one level word that name no place after any name (区域: 国家儿童区域医疗中心, never a place 国家儿童区, hd48a;
# 省份); not 县域, 市域, the place's own ground (铁岭县域经济: 铁岭县's).
LEVEL_WORDS = frozenset(("区域", "區域", "省份"))
LEVEL_NOUN_AFTER = "".join(sorted(LEVEL_WORD_AFTER))  # (LEVEL_WORD_AFTER as a character class's text)
# The words a level character opens that name a thing of the place (市民, 市政, 市场, 市容, 市貌, 市级, 市直, 区域): after a
# place's bare name the two share the level character (汕尾|市政, 汕尾|市民, 汕尾|市场监管), so the place said as its own letters
# say it keeps the word whole (我市市政内涝治理, hd57c: not 我市政…). Not a level's organ or body (市政府, 市政协, 市政务…, 市民政局,
# 市民族宗教…: 汕尾市|政府), nor within it (汕尾市内涝: :data:`WITHIN`), nor 面积, 值班 (汕尾市|面积), 直播 (汕尾市|直播电商).
# (县域, 市域 after a longer name are its part, whose name goes first: 霍邱县域 → 县域, workspace.OWN_PART; 域 reaches only a name of
# one character, whose part is never stripped: 魏县域经济 → 我县县域经济.) Pattern text, after the level character.
LEVEL_OPENED = r"(?:政(?![府协务法策治])|民(?![政族宗营生间主俗兵航办防警宿])|直(?![接播达通])|[场容貌级域])"
# A place or a level's organ opening a numbered text (南和区, 邢台市, 涉县, 县科技局; not a scope, 全市, 该县, nor the nouns 城市, 市场,
# 社区, 园区, 棚户区, 辖区, 乡村, 城镇, 市级, 上市, 省委巡视…, 区域布局, 区域发展全局, rv13 6, nor a county's nouns, 县城, 县域, 县级, 县内,
# wherever they stand: 发展县域经济工作, 加快县城建设情况, rv13 — a name holds two characters before its level, a county's one, rv11,
# rv12; a place before 城区, 城乡, 城市 still names it: 邢台市城区绿化工作, rv13): an item's subject or a document's title, never a
# report's section, which names no place.
PLACE_OPEN = (rf"(?:(?:{_ONE_CHARACTER_COUNTY}|[{CJK}]{{2,4}}?(?<![全我本各])县)(?![{LEVEL_NOUN_AFTER}城])"
               rf"|[{CJK}]{{2,4}}?(?<![全我本各])(?:[省旗]|(?<!城)[镇乡](?!村)|(?<![城都])市(?![政容])"
               rf"|(?<![社园小景校城片街户辖])区)(?![{LEVEL_NOUN_AFTER}])"
               rf"|[省市县区](?![{LEVEL_NOUN_AFTER}])[{CJK}]{{0,4}}?(?:(?<![布格结大])局|委员会|办公室|政府))")
# A numbered heading run into its body over a space, a line's break the page lost (3、基础性工作开展情况 单位主要领导听取…,
# 2、制度规范建设及落实情况; 我局坚持…, 1、概述 2018年度，…, 3、2023年度重点工作完成情况 全年…, hd45c, rv10 2): its text closes on a
# heading's word, not a spaced mirror's name (3、全市高新 技术企业…, rv8 14), and opens on no place (PLACE_OPEN): not a numbered
# item's subject (1、南和区 完成造林面积1.71万亩…, 1、南和区造林工作 完成…, rv9 1) nor a title in a preview's chunk
# (1、县科技局2023年工作总结及2024年工作打算 今年以来…, goes on in the chunk 2、 after it).
HEADED_BREAK = (rf"(?:{'|'.join(rx for _, rx in HEADING_NUMBERS)})(?!{PLACE_OPEN})[^，。；：！？,;:\s]{{0,28}}"
                rf"(?:{words(HEADING_END_WORDS)})[;；]?[ \u3000]+")
# Deeper numbers of reports and news: 1.1 / 1.2.3 (never a decimal figure: 1.2万家, 3.5%, nor an item's number and a
# date's month: 1.10月18日…), ①,
# and the parts of a long document (第三章, 第二节, 第十条).
SUBSECTION_NUMBER = rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}(?![\d.])(?!\s?(?:[万亿千百余多倍%％年月日]|{UNITS}))"
CIRCLED_NUMBER = "[①-⑳]"
CHAPTER_NUMBER = rf"第[{CN_ORDINAL}百零〇\d]+[章节条部分篇编]"
# An enumerated item in running text: 一是… (ITEM_IS) or 第一，… (group 1, resp. 2, is the number).
NTH_STOP = "[，,、：]"
ITEM_IS = rf"({CN_NUMERAL})是"
ITEM_NUMBER = rf"{ITEM_IS}|第({CN_NUMERAL}){NTH_STOP}"
# A view opening the statement: its first clause says what something is, ending on what it is
# to something (科技创新是…的关键抓手, 2023年是…的开局之年, …是极不平凡的一年: a copula, then a
# short noun after 的 ending the clause, its topic set off by a comma too: 建设高标准农田，是保障国家粮食安全的重要基础;
# not 是 after an adverb: 特别是…, 但是…, 还是…), not what was done: distill reads it as context, unless its first sentence
# goes on to someone's work (…，在区委领导下，区科委带领…推进…; 我们…) or claims a rank; a draft's gap sends no clerk to it.
# (or what anniversary it is: 2024年是中华人民共和国成立75周年，也是…, a report's review opening as on 开局之年, hd56c)
VIEWPOINT = lazy(
    rf"^(?!{ITEM_NUMBER})[^，。；：]{{2,24}}(?<![特别尤其但还就而正更总于都即只凡或若要])，?是"
    rf"[^。；！？]{{0,60}}?(?:的[^，。；：！？的]{{1,6}}|[\d{CN_DIGITS}]+周年)(?=[，。；！？]|$)"
)
# A suggestion's own numbering of its asks: 建议一： 对策二、 措施三 (group 1 is the number).
ASK_NUMBER = rf"(?:建议|对策|措施)\s*({CN_NUMERAL})\s*[：:、，,．.]?"

LEVELS: tuple[tuple[str, re.Pattern], ...] = tuple((label, lazy(f"^{rx}")) for label, rx in HEADING_NUMBERS)
# 一是…二是… in running text (group 1 is the number), and at the start of a text (or after a placeholder ending the item
# before it: …路段进行修复。【待补充：具体举措】二是…, a plain reply's plan paragraph).
ITEM = lazy(rf"(?:^|(?<=[。；;：:！!？?，,\s】])){ITEM_IS}")
ITEM_START = lazy(rf"^\s*{ITEM_IS}")
# Any ordinal at the start of a text: （一） 一、 一是 2. 第一，
ORDINAL_NUMBER = rf"(?:{'|'.join(rx for _, rx in HEADING_NUMBERS)}|{ITEM_NUMBER})"
ORDINAL = lazy(rf"^\s*{ORDINAL_NUMBER}\s*")


def ordinal_of(text: str) -> str | None:
    """The ordinal ``text`` opens with, as written (``三是``, ``（一）``, ``2.``); None when none."""
    found = ORDINAL.match(text)
    return found.group().strip() or None if found else None


# Words of sequence that number a reply's paragraphs as 一是… does (岳阳's 首先，感谢…其次，科技人才数量逐年增加…最后，拟建设…).
SEQUENCE = lazy(r"^\s*(?:首先|其次|再次|最后)[，,]\s*")
# A sentence opening on what the one before it said (其中包括了…, 这些基地…, 上述措施…; or adding to what it counted: …3所在建；另有3所
# 自治区级蒙医中医医院纳入…, hd70b): no sense without it.
REFERS_BACK_WORDS = ("其中", "其余", "这些", "这一", "上述", "以上", "此类", "该类", "另有", "还有")
REFERS_BACK = lazy(rf"^\s*(?:{'|'.join(REFERS_BACK_WORDS)})")
# Words joining a sentence to the one before: adding to it (同时，…) or following from it (为此，…).
ADDING_WORDS = ("与此同时", "同时", "此外", "另外", "另一方面")
# What a work will bring once done or joined up, said by the news of it (红江渡改桥建成后，将优化…; …与…茂遂高速…相接，将有效提升区域综合
# 交通功能, hd72a): its effect, no step of anyone's plan.
WORK_EFFECT = lazy(r"(?:建成|完工|竣工|投用|投运|通车|合龙|相接|贯通|连通|衔接)(?:后|以后)?[，,]?将")
# Words singling out what follows (特别是陶瓷规上企业…, 尤其是…): no part of the thing named after them.
SINGLING_OUT_WORDS = ("特别是", "尤其是", "特别", "尤其")
SHORT_ADDING_WORDS = tuple(w for w in ADDING_WORDS if len(w) == 2)  # 同时, 此外, 另外: a connective before a clause's lead-in
HENCE_WORDS = ("为此", "对此", "因此", "据此")
# Words opening what a step follows or is for (根据县政府工作部署，拟…; 鉴于该公路对…具有重要的意义，下阶段我局将…, hd46a).
BASIS_WORDS = ("根据", "按照", "依据", "鉴于")
# Words turning a sentence against what it said (…，但仍存在…; 然而…; 不过…): those opening a clause — the first three the turn
# official writing pairs with a concession (虽然…，但…; 尽管…，然而…) — and 却, which follows its clause's subject (…，资金却不足).
CONCEDED_TURN_WORDS = ("但是", "但", "然而")
TURN_OPENERS = (*CONCEDED_TURN_WORDS, "不过")
TURN_WORDS = (*TURN_OPENERS, "却")
# The events of a person's life a story tells of (2011年，高中在读的王竹康应征入伍。): a person's past, no year of work reviewed.
LIFE_EVENT_WORDS = ("入伍", "参军", "退伍", "退役", "转业", "毕业", "考入", "出生", "结婚", "返乡", "回乡", "辞职", "下岗", "外出务工",
                    "外出打工", "去世")


@lru_cache(maxsize=16384)
def strip_ordinal(text: str) -> str:
    """``三是强化创新体系培育`` → ``强化创新体系培育``; ``（一）…``, ``一、…``, ``2.…``, ``其次，…`` likewise. Remembered: a
    draft asks again for the same facts' headings (some 2,000 times)."""
    previous = None
    while previous != text:
        previous, text = text, SEQUENCE.sub("", ORDINAL.sub("", text, count=1), count=1)
    return text.strip()


# ---------------------------------------------------------------------------------------------
# letter parts
# ---------------------------------------------------------------------------------------------

# The part of a day a news lede names after its date (4月12日下午，…).
DAY_TIME = "(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨)"
OPENING = lazy(r"收悉|答复如下|函复如下|复函如下|意见如下|回复如下|作如下(?:答复|回复)[：:]")
# A suggestion's or proposal's own text: who proposes it in its form's fields (建议人：…, 领衔…), its
# title (关于…的建议), and the line announcing its asks (为此建议：/ 现提出如下建议：/ 二、对策建议).
# Its form's fields name who leads it (LEAD_FIELD: 领衔代表：, 领衔人：, 提案人：, 第一提案人：, 提案单位：, 建议人：, 提出人：,
# 提出者：, 提出代表：; LEAD_LABEL: those and the lead's title alone or with 姓名, 代表：, 代表姓名：, 委员姓名：, which a reply's
# head of fields says too) and who signs with the lead (COSIGNER_FIELD: 附议人：, 联名代表：); 案由： gives its title.
MEMBER_WORDS = ("代表", "委员")  # a deputy's title, a CPPCC member's
LEAD_FIELD = rf"(?:第一)?(?:领衔(?:{words(MEMBER_WORDS)}|人)?|(?:领衔)?(?:提案|建议|提出)(?:人|者|单位)|提出(?:{words(MEMBER_WORDS)}))"
LEAD_LABEL = rf"(?:{LEAD_FIELD}|{words(MEMBER_WORDS)})(?:姓名)?"
# The fields of a reply's head that name who proposed the item, in the order they are read (代表姓名：陈某、佟某、王某): a member's
# name (LEAD_LABEL's 代表姓名, 委员姓名), else the lead's (领衔代表).
DEPUTY_KEYS = (*(f"{w}姓名" for w in MEMBER_WORDS), "领衔代表")
COSIGNER_FIELD = rf"(?:附议|联名)(?:{words(MEMBER_WORDS)}|人|单位)?"
# Members counted after one of them (刘磊等10位, 王芳等五名): co-signers, or an addressee's list (pattern text).
MEMBERS_COUNTED = r"等\s*(?:\d+|[一二两三四五六七八九十]+)\s*[位名]"
SUGGESTION_FIELD = lazy(rf"^(?:案由|{LEAD_FIELD}|{COSIGNER_FIELD})\s*[:：]")
SUGGESTION_TITLE = lazy(r"(?:^|[:：>\s])关于[^，。；：]{2,60}的(建议|提案|议案)\s*$")
ASK_PART = lazy(r"(?:几点|具体|对策|意见|相关|如下|以下|为此|因此|特提出如下|特此)?建议[如下]*[：:]?\s*$|对策建议|意见建议")
ASK_PART_TAIL = 20  # characters: a line's last sentence this short at most may announce the asks
_SENTENCE_STOP = lazy("[。；;]")


def announces_asks(line: str) -> bool:
    """True when ``line``'s last sentence announces the asks that follow (为此建议：, 二、对策建议)."""
    tail = _SENTENCE_STOP.split(line)[-1]
    return len(tail) <= ASK_PART_TAIL and bool(ASK_PART.search(tail))
_THANKS_LEAD = r"(?:(?:衷心|再一次|再次|最后|同时|诚挚|真诚|非常|十分|特别|在此)[，、]?)*"  # (同时，衷心感谢你们…: 桓台县's reply 16)
# What may lead a wish for the reader, the sentence going on from thanks (…！并真诚希望您一如既往的关心…; 在今后的工作中，
# 希望您一如既往地…).
WISH_LEAD = r"(?:(?:在)?今后(?:的工作中)?，?)?(?:并|也|还|同时，?)?(?:(?:真诚|诚挚|衷心|诚恳|热忱)地?)?"
# How a letter sends itself after 特此 (特此答复, 特此函复, 特此复函; a report's 特此报告 aside), and its opinion's last words
# (以上意见，供参考。, 以上答复意见).
LETTER_SENT = "答复|函复|复函"
LETTER_OPINION = "以上(?:答复)?意见"
# A closing formula at the start of a paragraph: 再次感谢…, 特此函复, 以上意见… or 以上答复…, 此复, and the sign-off
# saying who signed the letter and how to answer it (此答复函已经蒋文局长审签，对以上答复您有什么意见，请填写…回执…).
CLOSING = lazy(
    rf"^{_THANKS_LEAD}(?:感谢|谢谢)|^特此(?:{LETTER_SENT}|报告)|^此答?复|^专此|^以上(?:意见|答复)"
)
# A paragraph that closes a reply wherever its thanks stand (…，再次感谢您的关心).
CLOSING_ANYWHERE = lazy(rf"感谢|谢谢|{CLOSING.pattern}")
# How a reply addresses its reader, declared once: one person (YOU_WORDS: 您, the polite word, or 你)
# or a collective (贵会, 贵单位).
POLITE_YOU, PLAIN_YOU = "您", "你"
POLITE_YOU_MANY = "您们"  # to several proposers named together (高潮、罗新坤…委员, 高潮等7名委员)
PLAIN_YOU_MANY = "你们"  # the same, as some bureaus write it (镇康县农业农村局: 你们在…期间提出…)
YOU_MANY_WORDS = (POLITE_YOU_MANY, PLAIN_YOU_MANY)
YOU_WORDS = (POLITE_YOU, PLAIN_YOU)
COUNCIL_YOU, BODY_YOU = "贵会", "贵单位"  # a 会 (委员会, 工商联); another collective (界别, 小组)
# a 委 (市政协民宗委: 您委提出的《…》收悉, hd35c) — not 您委托…
COMMITTEE_YOU_WORDS = ("贵委", "您委")
# A committee of the CPPCC by its short name (市政协民宗委, 政协提案委), not a member's title (市政协常委)
CPPCC_COMMITTEE = r"政协[\u4e00-\u9fff]{1,10}?(?<!常)委"
COLLECTIVE_YOU_WORDS = (COUNCIL_YOU, BODY_YOU, *COMMITTEE_YOU_WORDS)
_YOU = "|".join(YOU_WORDS)
ANY_YOU = "|".join(YOU_WORDS + COLLECTIVE_YOU_WORDS)  # any word for the reader, a person or a collective, as an alternation
# A police (fire) unit's rank closing its name (…公安局交巡警支队, …杨陵大队): it speaks of itself by it (我支队, 我大队).
TEAM_WORDS = ("支队", "大队", "中队")
# A unit's organ in one character (市科技局, 市发改委, 区政府办, 省科技厅), as a character class's text: what a unit names
# itself by after 我/本 (我局, 本委) and what closes a unit's short name (the single characters of :data:`ORGAN_WORDS`).
ORGAN_CHARS = "局委办厅"
# How the unit writing speaks of itself, declared once: 我/本 and its organ's word or 单位 (我局高度重视…, 交由我单位办理, 本委,
# 本办 — not 本办法, a measure's own word, nor 我委托…, the writer entrusting), group 1 the organ (distill compares it with the bureau's name).
SELF_UNIT = lazy(rf"[我本](局|委(?!托)|厅|办(?!法)|单位|{'|'.join(TEAM_WORDS)})")
# A unit speaking of itself (:data:`SELF_UNIT`) or as its staff (下步，我们将积极配合…): in a reply, the unit that issued it
# (pattern text).
ISSUER_SELF = rf"我们|{SELF_UNIT.pattern}"
# Thanks to the reader (感谢您对…的关心, 首先，感谢您…) or a wish for them (希望您一如既往…):
# courtesy wherever it stands, never a fact.
# (and praise of the suggestion: 你们的提案提得很好！, 您的这一建议提的很好, 您这一提案提得很好)
COURTESY = lazy(rf"^(?:首先，?)?{_THANKS_LEAD}感谢(?:{_YOU}|各位|代表|委员)|^{WISH_LEAD}(?:希望|欢迎)(?:{_YOU})"
                # (or named by its title, 您提出的《关于贯通…的建议》对于提升…具有重要意义; or worth much to the bureau, 您的建议对我们
                # 改进工作具有重要价值; and a greeting alone, 您好！)
                rf"|^(?:{_YOU})们?(?:提出|所提)?的?(?:这一|这个|该|此)?(?:条|项|件)?(?:建议|提案|《[^》]{{1,80}}》|“[^”]{{1,80}}”)"
                rf"(?:(?:提得|提的|提)?(?:很好|非常好)|对[^。；]{{0,40}}?(?:具有|很有)[^。；]{{0,6}}?(?:作用|意义|针对性|价值))"
                rf"|^(?:{_YOU})们?好[！!。，,]?$"
                # (or the bureau valuing it, a sentence alone: 对于您的建议我局高度重视。, 我局对你们的提案非常重视。)
                rf"|^(?:(?:对于?|关于)(?:{_YOU})们?(?:提出|所提)?的(?:这一|这个|该|此)?(?:建议|提案)[，,]?(?:我们|我[省市州区县{ORGAN_CHARS}])?"
                rf"|(?:我们|我[省市州区县{ORGAN_CHARS}])?对(?:{_YOU})们?(?:提出|所提)?的(?:这一|这个|该|此)?(?:建议|提案))"
                rf"(?:高度|非常|十分|极为)重视(?:[。！!]|$)"
                # (or what becomes of it, the reply's class said to the reader: 您提出的建议已采纳，我们将按上述举措抓好落实, the
                # clerk's wording of closing.j2's; 你们的提案已列入我局工作计划, 该建议我局将留作参考 — its handling, no work)
                rf"|^(?:(?:{_YOU})们?(?:提出|所提)?的?(?:这一|这个|该|此)?|该|此|本)(?:条|项|件)?"
                rf"(?:建议|提案|《[^》]{{1,80}}》|“[^”]{{1,80}}”)[^。；]{{0,12}}?"
                rf"(?:已(?:被|经)?(?:采纳|吸纳|基本解决)|(?:予以|全部|部分)采纳|正在(?:研究)?解决|已?列入[^。；]{{0,12}}?计划"
                rf"|留作参考|暂难)"
                rf"|^(?:借此机会，?)?[^。；]{{0,40}}?(?:表示|致以)(?:衷心|诚挚|真诚)?的?(?:感谢|谢意)"
                # (a season's greetings: 值此新春佳节之际，某局向…各界朋友…致以诚挚的问候和新春的祝福)
                rf"|^[^。；]{{0,100}}?致以[^。；]{{0,6}}?(?:问候|祝福|敬意)"
                # (a wish for the reader's health: 祝身体健康，万事如意！, 祝您身体健康、工作顺利！)
                rf"|^(?:顺|敬|最后，?)?祝(?:{_YOU}|各位)?[^。；]{{0,6}}?(?:身体健康|工作顺利|万事如意|阖家幸福|生活愉快)")
# A pledge to heed the deputies' suggestions (…是我局职责所在，我们一定会诚心接受…代表和社会各界提出的良好建议，尽职尽责…): a closing
# formula wherever it stands in its sentence, no work done nor planned.
# (or to study the reader's suggestion: 我局将以对人民负责…的态度，认真研究处理您的建议，全力配合做好相关工作…)
PLEDGE = lazy(r"(?:一定|必将|定将|定会|将|会)[^。；！？]{0,6}?(?:接受|采纳|听取|吸纳)[^。；！？]{0,30}?(?:代表|委员|社会各界)"
              r"[^。；！？]{0,20}?(?:建议|意见)|(?:将|会)[^。；！？]{0,40}?认真研究(?:处理|办理|吸纳)?(?:您|你)们?的(?:建议|提案)")
# A reply speaking to its reader: 您提出的…建议, 感谢您…, 你提出的, 你建议中提及的, 贵会. 您 anywhere; 你 only as an
# address (你提出, 你们: not 迷你).
_PLAIN_YOU_ADDRESSES = r"提出|所提|的建议|的提案|在?(?:建议|提案)中"  # what follows 你 said to the reader (not 迷你)
ADDRESS = lazy(rf"{POLITE_YOU}|{PLAIN_YOU}(?:{_PLAIN_YOU_ADDRESSES}|们)|{'|'.join(COLLECTIVE_YOU_WORDS)}")
# The word itself (您们, not its 您): what distill learns of how a reply addresses its reader (SourceMeta.address).
READER_WORDS = YOU_MANY_WORDS + COLLECTIVE_YOU_WORDS + YOU_WORDS
# Any of them said whole, the longest first, never the 您委 of 您委托 (entrusting)
READER_WORD_WHOLE = rf"(?:{'|'.join(READER_WORDS)})(?!托)"
# (and 你 as the reader proposing, thanked: 你在…会议上提的《…》, 感谢你对教育事业的关心)
READER_WORD = lazy(rf"(?:{'|'.join(YOU_MANY_WORDS + COLLECTIVE_YOU_WORDS)})(?!托)|{POLITE_YOU}|{PLAIN_YOU}(?={_PLAIN_YOU_ADDRESSES})"
                   rf"|{PLAIN_YOU}(?=在[^。，；]{{2,30}}?(?:会议|期间))|(?<=感谢){PLAIN_YOU}(?!们)")
# A sentence telling back what the reader reported of the matter (据您建议，…村有橡胶1200亩…需要建设…2公里沟渠; 据你们提出，…;
# 您在建议中提到，…): their description of their place and what they ask for, wherever it stands in the paragraph — context, its
# figures none of the bureau's results; the sentences around it are the bureau's own.
_READERS_REPORT = (rf"^(?:{ITEM_NUMBER})?(?:据(?:(?:{_YOU})们?|代表|委员)所?(?:建议|提出|反映|介绍|所述|所说)"
                   rf"|(?:{_YOU})们?(?:在?(?:建议|提案)中)?所?(?:反映|介绍|提到|提及|所述|指出)[，：])")
READERS_REPORT = lazy(_READERS_REPORT)
# What a past reply's reader told it of their own site, its report or what they reported (您反映的…): theirs alone, never
# said to another reader (hd10: pasted into another deputies' reply as 据您们提出，道水村丙亩坝…).
# How a fact's text ends where its source's page stopped mid-clause (…晋升职级3人，选派1名干部驻……): distill keeps the clause
# for its figures and marks it, no sentence split off by distill itself (…提供了近1000名…企业科技人员, its 。 taken); a draft
# never says it.
PAGE_CUT = "……"
# A garbled run a mirror left where it lost characters (項目?jī)A斜, 當?shù)匕l(fā)展, 沿??h(市)區, 請?zhí)钊搿罢髟…): a pinyin
# syllable's tone mark outside its note, a ? doubled or run into Latin letters, a replacement character.
GARBLED = lazy(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ\ufffd]|[?？]{2}|[?？][,，]?[A-Za-z]{1,6}[（()）]")
# A reply's part telling how the item was handled (一、办理工作开展情况: who led it, the meetings, the talks with the
# deputy), as some bureaus open every reply (镇康县农业农村局's of 2025), before what was done on the matter.
# (or 一.承办具体过程, 博乐市财政局's, hd29b: its 二.建议办理情况 after it tells what was done; 一、提案落实办理情况,
# 大姚县公安局's, hd31b)
HANDLING_PART = lazy(r"^(?:[一二三四五六七八九十]+[、.．]\s*)?((?:建议|提案)?(?:落实)?办理(?:落实)?(?:工作)?(?:开展)?情况"
                     r"|(?:承办|办理)(?:具体)?过程|办理工作)$")
# A sentence of a reply telling how the item was handled: its unit, on receiving it (or taking it seriously), held a meeting,
# named who leads and who handles it (我局收到提案后，高度重视，召开专题会议…并责成分管领导负责，指定智慧旅游规划科具体办理:
# 临沧市文化和旅游局's, hd26b; 我局高度重视，立即组织分管负责同志及相关科室人员对建议进行研究: 米易县水利局's), the item
# named before it as well (对你们提出的建议，县公安局高度重视，局领导组织召开专题会议进行认真研究: 大姚县公安局's, hd31b).
# From a sentence's start only (where search would find it first anyway): tried from every character, a long paragraph
# cost its length squared (a 10,000-fact base's 136 replies: 140 ms).
HANDLED = lazy(r"(?:^|(?<=[。！!；;]))[^。！!；;]*(?:(?:收到|接到|收悉)[^。，,]{0,6}(?:建议|提案|议案)后[^。！!]*?(?:研究|办理|负责|重视)"
               r"|高度重视[，,][^。！!]*?(?:召开|组织|责成|指定|成立)[^。！!]*?(?:建议|提案|议案)[^。！!]*?(?:研究|办理)"
               r"|(?:建议|提案|议案)[^。！!]{0,12}?高度重视[，,][^。！!]*?(?:召开|组织|责成|指定|成立)[^。！!]*?(?:研究|办理))"
               r"[^。！!]*[。！!]?")
READER_SAID = lazy(rf"{_READERS_REPORT}|^(?:{_YOU})们?(?:所?反映|所说)的")
# The reader's suggestion named only as the occasion of the work after it (就您提及的建议我局…踏勘摸底,
# 针对您提出的建议，我局…): no matter of its own, said to that reader alone; the work after it stands.
# Or a lead-in turning to the reader before the matter (需要向您说明的是：目前…项目场地平整已完成, 需要说明的是，…: hd21a):
# it tells that reader what follows, the bureau's own work, which stands without it.
# Or one naming the topic the reader raised (关于您提到的神农分院建设进度问题，目前…): the answer after it stands alone too.
OCCASION = lazy(rf"^(?:就|针对|对于?|根据|按照)(?:{ANY_YOU})们?(?:所?提(?:出|及)?的?|的)(?:建议|提案|意见)[，,]?"
                rf"|^关于(?:{ANY_YOU})们?(?:在?(?:建议|提案)中)?所?(?:提到|提出|提及|反映|关心|关注)的"
                r"[^。；，,！？]{0,40}?(?:问题|事项|情况|建议)[，,：:]"
                rf"|^(?:{words(SHORT_ADDING_WORDS)}|这里|在此)?[，,]?(?:需要|要|应当|特别|也)*(?:向|给|跟)?(?:(?:{ANY_YOU})们?)?"
                rf"(?:说明|解释|报告|汇报|强调|介绍)(?:一下)?的是[：:，,]?")
# What the reader proposed, named to them (您提出的将…资金切块…的建议, 贵会所提…提案, 您提出的…问题):
# ``what``, said between the address and the word for the suggestion (根据您的建议 names nothing).
READERS_SUGGESTION = lazy(
    rf"(?:{ANY_YOU})(?:们)?所?提(?:出)?的?(?P<what>[^。；;！？!?]{{0,80}}?)(?:建议|提案|意见|问题)")
# The situation the reader described before what they proposed (您针对…造成…达标率不到30%等问题，提出…的建议): what
# they said, not what the bureau found or did.
READERS_CONCERN = lazy(rf"(?:{ANY_YOU})(?:们)?针对(?P<what>[^。；;！？!?]{{0,160}}?)等?(?:问题|情况)")
# A statement opening on the item answered reaching the bureau (接到《关于…的建议》（第147号）后，我局高度
# 重视，及时与提案委员…沟通…): how that one item was handled, in its own reply.
ITEM_HANDLED = lazy(r"(?:在|自)?(?:接到|收到|收悉|接收到)[^。；]{0,80}?(?:建议|提案|议案)[^。；，]{0,12}?(?:后|以来)，")
# The verb between what a figure measures and its value (行政村道路硬化率达100%, 通车率为98%).
REACHING_WORDS = ("达到", "达", "为", "是")
# What a clause 以…为 sets as the means of the work the next clause says (以脱贫攻坚为契机，紧紧围绕…; 以《建议》办理为抓手，…),
# and as its aim or guide (以“构建综合交通网…”为总体目标，切实加快…): a frame, the work said after it.
MEANS_WORDS = ("抓手", "契机", "载体", "突破口", "切入点")
AIM_WORDS = ("目标", "导向", "指导", "引领", "主线")
# The past item a reply answered named as the means of the work (以《建议》办理为抓手，积极推动…): that reply's suggestion,
# which in another reply reads as this one's (hd26d); the work after it stands without it. Named as that one (《建议》, 该建议),
# not proposals in general (以提案办理为契机, news of the bureau's year).
ITEM_AS_MEANS = lazy(r"以(?:《(?:建议|提案|议案)》|(?:该|此|这一?|本)(?:件|项)?(?:建议|提案|议案))(?:的)?(?:办理(?:工作)?)?"
                     rf"为(?:{words(MEANS_WORDS)})[，,]")
# A cover letter's transmittal (现将…情况函告如下，请…; 现将《…总结》印发给你们), or a reply's on what it answers by (现根据我厅工作
# 职能，将提案答复内容如下：, rs8): it sends the document on, it reports nothing; never a fact.
TRANSMITTAL = lazy(r"^现(?:(?:根据|按照|结合|依据)[^。，；]{2,20}，)?[将把][^。]{2,100}?(?:如下|印发给|转发给|报送|呈报|函告|发给|送给|通报)")
# A notice issuing a document (经三届市人民政府第11次常务会议研究审议通过，现将《香格里拉市殡葬管理办法》印发给你们，请认真抓好贯彻
# 落实。; 经第27次市政府常务会研究同意，现将《…实施意见（2022—2025年）》印发给你们，…, hd67b; its title first, 《舟山市…行动计划（2021—2025年）》
# 已经市人民政府第66次常务会议审议通过，现印发给你们，请认真贯彻执行。, hd66c):
# unlike a letter's transmittal, a dated deed of its issuer (hd51a) — its addressees (你们) and instruction (请…) no part of
# it; not a report sent on (现将《闵行区科学技术委员会2023年工作总结》印发给你们: the report is the page). Group ``title``: the
# document's title; group ``verb``: the notice's verb (转发 a higher body's document: forwarded, not made, rv15).
ISSUING = lazy(r"^(?:经[^。；]{2,40}?(?:通过|同意|批准)[，,])?(?P<sent>现[将把])?(?P<title>《[^》]{2,60}(?<!总结)(?<!报告)》)"
               r"(?(sent)|(?:已经?|业经)[^。；]{2,40}?通过[，,]现)(?P<verb>印发|转发)给?(?:你们|你单位|各[^，。；]{1,16}?)?[，,]?(?:请[^。]*)?。?$")
CLASS_MARK = lazy(r"答复类型：([^\s【】]+?)类")  # a placeholder (【待补充：答复类型】) is no class
# A reply's title's last words, declared once (form, metadata and check derive theirs): the letter it names (…建议的答复,
# …的答复函, …的复函, …第74号建议的函) and a unit's opinion on an item another leads — a helping unit's to the lead one
# (会办意见, 协办意见: :data:`CO_OPINION_ENDS`) or the lead's own (办理意见).
REPLY_LETTER_ENDS = ("答复", "答复函", "复函", "的函")
CO_OPINION_ENDS = ("会办意见", "协办意见")
REPLY_OPINION_ENDS = (*CO_OPINION_ENDS, "办理意见")
# The words a reply's contact line names its clerk with (联系人：谢惠阳, 承办人:谢以凡, 具体经办人：赵某), the template's first: the
# bureau's word is learned (:attr:`~drafter.model.SourceMeta.contact_label`) and its drafts say it.
CONTACT_LABELS = ("联系人", "承办人", "经办人")
# The parts of a reply recognised by their text (whitespace removed, half-width ：（） folded).
PARTS: tuple[tuple[str, re.Pattern], ...] = (
    (R.CLASS_MARK, lazy(r"^答复类型：")),
    (R.DOC_NUMBER, lazy(r"^\S{0,12}〔(?:\d{4}|【[^】]*】)〕(?:\d+|【[^】]*】)号$")),
    (R.TITLE, lazy(rf"^关于.{{0,60}}(?:建议|提案)的(?:答复|{words(CO_OPINION_ENDS)})$")),
    (R.ADDRESSEE, lazy(r"^.{1,30}(?:代表|委员|同志|单位|局|委|办)：$")),
    (R.SIGNATURE, lazy(r"^(?:领导署名|签发人|签发)：")),
    (R.CONTACT, lazy(rf"^(?:{words(CONTACT_LABELS)}|联系电话)：")),
    (R.DATE, lazy(r"^(?:\d{4}|【[^】]*】)年.{0,12}日$|^【待补充：[^】]*日期[^】]*】$")),
    (R.NOTE, lazy(r"^（此件.*公开）$")),
    (R.CC, lazy(r"^抄送：")),
    (R.OPENING, OPENING),
)
# What a reply class promises, read from its meaning in drafter.yaml (``classes``) and from a
# closing's words: solved (A 已采纳/已基本解决), planned (B 正在解决/已列入计划), reference (C 留作参考).
SOLVED, PLANNED, REFERENCE = "solved", "planned", "reference"
CLASS_STATUSES: tuple[tuple[str, re.Pattern], ...] = (
    (PLANNED, lazy(r"正在|[列纳]入.{0,8}(?:计划|规划)|逐步解决")),
    (SOLVED, lazy(r"已经?解决|基本解决|已落实|已采纳|已办结|已经落实")),
    (REFERENCE, lazy(r"条件限制|条件所限|以后解决|留作参考|暂不|暂难|难以解决|无法解决|不予|其他原因")),
)
# A reference class's meaning that holds solving later too (C 因目前条件限制或其他原因需以后解决、或留作参考, not an older
# D's 留作参考 alone): its closing may say the bureau's own work is to be solved when conditions allow, no shelving.
SOLVED_LATER = lazy(r"以后解决|条件成熟|条件具备")
# …and that holds keeping the suggestion for reference, a shelving the clerk may choose instead (the closing notes the choice).
SHELVED = lazy(r"留作参考|作为参考|参考借鉴")
# A solved-class closing may say only that the work goes on as before (一如既往抓好…落实).
_CLOSING_SOLVED = lazy(r"一如既往")


def class_statuses(meaning: str) -> list[str]:
    """What a class's meaning promises (solved, planned and/or reference), in that order of
    precedence: ``正在解决或已列入计划逐步解决`` → [planned]."""
    return [status for status, rx in CLASS_STATUSES if rx.search(meaning)]


def class_status(meaning: str) -> str:
    """The one status a class stands for (the first of :func:`class_statuses`), reference when
    its meaning names none."""
    found = class_statuses(meaning)
    return found[0] if found else REFERENCE


def closing_status(text: str) -> str | None:
    """The status a closing's words state (planned, reference, solved), None when it only thanks."""
    found = class_statuses(text)
    if found:
        return found[0]
    return SOLVED if _CLOSING_SOLVED.search(text) else None


# ---------------------------------------------------------------------------------------------
# time words
# ---------------------------------------------------------------------------------------------

# Words that place a statement in time relative to its document's date, by what they name.
PRESENT_WORDS = ("截至目前", "目前", "当前", "现阶段")  # the document's date
# Where 目前 is read across two words' edge it is no present: 项目前期 is 项目|前期 (hd14's 正在开展项目前期工作 was rewritten
# 正在开展项截至2023年底，期工作).
NOT_ACROSS_WORDS = r"(?!(?<=项)目前|目前期)"
PRESENT_WORD = rf"{NOT_ACROSS_WORDS}(?:{words(PRESENT_WORDS)})"
CUT_OFF_WORDS = ("截至", "截止", "截止到", "截至到")  # a stock as of a date (截至2017年12月，…; 截至5月底)
# A count held now (…。现有省级现代农业园区2个, 我区现有规上企业12家, 现已建成3座): the document's date, whatever year a sentence
# before it names — opening its clause or after its place or scope (全市现有), not what exists spoken of (巩固现有…工作).
PRESENT_HOLDING = r"(?:^|(?<=[，。；：\n])|(?<=[省市区县旗州镇乡村]))现(?:有|已有|共有|拥有|已)"
# A total run up to a time (累计认定高新技术企业2800家, 高新技术企业总数达2800家): the document's date, never the year a sentence
# before it opens on (2019年，我市获批…。), unless that is a cut-off (截至2017年12月，…。累计…), for the rest of its sentence
# (…总数达2800家，省级新型研发机构45家); a total's noun only where it reaches a figure (总数达, 总量突破; not 盘活存量资产,
# 能源消费总量下降3%, rv8).
RUNNING_TOTAL_WORDS = ("累计",)
STOCK_NOUNS = ("总数", "总量", "保有量", "存量")  # (a stock's measure, no addition to it)
TOTAL_REACHED = rf"(?:{words(STOCK_NOUNS)})(?:已经?)?(?:达到?|为|突破|超过)"
# A stock held (坐拥3.5万余家工业企业, 拥有11家上市企业; 现有…: PRESENT_HOLDING) under a span of years (此后30年间, 2010年以来): of the
# span's end, what is held at its close; not a holding verb of a modifier (新培育拥有自主知识产权的高新技术企业350家, rv8).
STOCK_VERBS = ("坐拥", "拥有")
# What a count as of a date holds, no work done by then (截至11月底，全县登记注册市场主体3.2万户; 全县户籍人口52.3万人; 共有规上企业
# 120家; 现有…, 拥有…, 总数达…): a stock — not what was newly registered (新登记, 新注册), a flow.
STOCK_HELD = lazy(rf"{PRESENT_HOLDING}|{words(STOCK_VERBS)}|{TOTAL_REACHED}|[共实]有|(?<!新)(?:登记|注册|在册)|户籍|常住")
# Words praising or describing a thing, said with 的 before its name (十余个精彩的文艺节目, 30家优质的龙头企业): no thing of their
# own, never what a figure counts (hd51b: 十余个精彩的文艺节目 counted 精彩).
EPITHETS = ("精彩", "优秀", "优质", "优良", "优美", "精美", "丰富", "独特", "知名", "著名", "典型", "先进", "鲜明", "良好", "顶尖",
            "一流", "崭新", "全新", "美丽", "新鲜", "传统", "不同", "多样", "特色", "重要", "高端", "相应", "相关", "对应", "必要")
THIS_YEAR_WORDS = ("今年", "本年")  # the document's year
LAST_YEAR_WORDS = ("去年", "上年", "上一年")  # the year before it
# …as a pattern, a 上 ending a word before 年 none (网上年货节: ENDS_IN_SHANG, defined above with the figures; but 截至上年底
# is the year before: 至 ends 至上 only).
LAST_YEAR_SAID = "|".join(rf"(?<![{ENDS_IN_SHANG.replace('至', '')}]){w}" if w.startswith("上") else w for w in LAST_YEAR_WORDS)
# The year before as a base, at its time of year (去年同期, 上年底, 去年末: 从去年同期的116家, 较上年底) (pattern text).
LAST_YEAR_BASE = rf"(?:{'|'.join(LAST_YEAR_WORDS)})(?:同期|底|末)?"
FULL_YEAR_WORDS = ("全年", "年度")  # a whole year: the one just ended when reported early in the next
YEAR_TARGET_WORDS = ("计划", "目标", "任务")  # what a year is set (年度计划任务, 全年目标): its target, no time said
# The year a review speaks of (过去的一年，我们…): the one just ended when said early in the next, else the year ending — not
# 过去一年来 nor 过去一年以来, a span (pattern text). (这一年 too, in a year's review: distill's reading only, as a draft's sentence may
# follow one naming its year.)
YEAR_PAST_WORD = r"过去的?一年(?!来|以来)"


def year_reviewed(year: int, month: int | None) -> int:
    """The year a review of a document of ``year`` and ``month`` speaks of (:data:`YEAR_PAST_WORD`, 全年): the one before in a
    document of January–June, else its own."""
    return year - 1 if month and month <= 6 else year


# The opening of a new year (新年伊始，…部署…早开工，为全年工作开好局; 在正月初八…全面开工 of a page of 2022-02-14, hd52b): the page's
# own year, its 全年 the year ahead (pattern text).
YEAR_OPENING = r"(?:新年|新春|开年)伊始|开春以来|正月"
# …and the opening of the year a text speaks of (年初以来): the page's own, but a year's review told early in the next (年初以来，
# …全年共完成… of a page of January, rv17) is of the year before (pattern text; not another year's: 去年年初, 2021年初, 上年初, 次年初,
# 当年初), nor a festival's day (大年初一, rv18 16).
YEAR_START = r"(?<![去上前明次当翌同该年大\d])年初"
# The words turning to the next step (下一步，…; …，下步我局将…; 下阶段，县城管执法部门将…; 接下来，市商务委将…), and the time to
# come a bureau promises in, no end to it (今后，我局将…): a plan's opening words, in a heading or a paragraph (NEXT_STEP,
# NEXT_OR_LATER: pattern texts).
# 要 saying what must be done (一要提高…, 一是要保供水), not a noun's first character (要求, 要素, 要点, 要件, 要闻, 要务, 要害; rv15:
# 一是要素保障更加有力 is no must) (pattern text; 要紧 left to each use: 一要紧盯… is a must).
MUST_YAO = r"要(?![求素点件闻务害])"
# 应 said as a modal (应加强…, 市政府应…), not a word's first character (应急, 应用, 应对, 应届, 应聘, 应收, 应征, 应邀, 应变, 应答,
# 应运, 应验, 应付, 应援, 应知应会, 应试; 应保尽保) (pattern text).
SHOULD_YING = rf"应(?![用急对聘届收征邀变答运验付援知试]|[{CJK}]尽)"
# A modal said as one (MODALS: 应当, 需要, 应加强, 要加大), never the first character of a word (应急, 应用, 要素, 要求: SHOULD_YING,
# MUST_YAO) (pattern text).
MODAL = rf"(?:{words(SHOULD)}|需要|{SHOULD_YING}|{MUST_YAO})"
NEXT_STEP_WORDS = ("下一步", "下阶段", "下步", "接下来")
FROM_NOW_WORDS = ("今后",)
NEXT_STEP = rf"(?:{words(NEXT_STEP_WORDS)})"
NEXT_OR_LATER = rf"(?:{words(NEXT_STEP_WORDS, FROM_NOW_WORDS)})"
# The units a plan's task is tagged with (（责任单位：局种植业管理处，…）), and the fields a plan prints under each task
# (责任单位：市住房和城乡建设局, 完成时限：2024年12月底前).
DUTY_WORDS = ("责任单位", "责任处室", "责任部门", "责任科室", "牵头单位", "牵头部门", "牵头科室")
PLAN_FIELD_WORDS = (*DUTY_WORDS, "配合单位", "配合部门", "完成时限", "完成时间", "时间节点", "责任人")
# A word of work finished (发放到位, 已…, …了, 完成; not 了解, 除了, 为了), and of work done so far, whatever is planned (已…, …了)
# (pattern texts).
DONE_SO_FAR = r"已|(?<![为除])了(?!解)"
WORK_FINISHED = rf"到位|{DONE_SO_FAR}|完成"
# The five-year plans and their first years; their names (pattern texts: all, and those that name a plan unquoted — not 十五, a
# number too, 十五年, 第十五届); a five-year plan as a text names it (“十四五”, 十三五, “十五”) (pattern text).
FIVE_YEAR_PLANS = {"十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
FIVE_YEAR_PLAN_NAMES = words(tuple(FIVE_YEAR_PLANS))
FIVE_YEAR_PLAN_UNQUOTED = words(tuple(p for p in FIVE_YEAR_PLANS if len(p) > 2))
FIVE_YEAR_PLAN = rf"(?:“?(?:{FIVE_YEAR_PLAN_UNQUOTED})”?|“十五”)"
# The Party's national congresses and the years they met: a time since one (党的十八大以来) runs from its year to now.
PARTY_CONGRESSES = {"十六大": 2002, "十七大": 2007, "十八大": 2012, "十九大": 2017, "二十大": 2022}
# A public holiday's day and the months it falls in, the earliest and the one from which it has surely come (春节: January 21
# to February 20; 端午 May 28 to June 25; 元宵 into March, 2026-03-03; 中秋 into October, 2025-10-06): a document's span of it
# (春节期间，) is that year's from the second, the year before's when dated two months or more before the first; between them
# either year's (a span of it: 暑假, HOLIDAY_MONTHS).
HOLIDAY_DAYS = {"元旦": (1, 1), "春节": (1, 2), "元宵": (2, 3), "清明": (4, 4), "五一": (5, 5), "劳动节": (5, 5), "端午": (5, 6),
                "中秋": (9, 10), "国庆": (10, 10)}
HOLIDAY_MONTHS = {**HOLIDAY_DAYS, "暑假": (7, 7)}
# A time a 争取 reaches to (到2025年底, 到年底, 到明年6月底前, 到本月底, 到十月底前, 到三季度末, 到春节前, 到“十四五”末): the time of its
# aim (pattern text).
_TIME_REACHED = (rf"(?:(?:19|20)\d{{2}}|[今明本]|下半)?年(?!度)|(?:\d{{1,2}}|[{CN_DIGITS}十]{{1,3}}|[本下元])?月|(?:第?[一二三四]|[本下])季度"
                 rf"|[本下]周|{words(tuple(HOLIDAY_MONTHS))}|{FIVE_YEAR_PLAN}")
# The verbs of a figure's change (同比增长12.5%, 分别增长18.2%、25.6%; a time limit's or a count's cut too: 同比压缩46.6%,
# 分别压减30%、40%; with 至 or 到, 提高到, the new value of the same thing; periods' change from one year's value to another takes
# more), and the words of a level aimed at besides them (突破10亿元, 超过, 增至, 每年投入…500万元, 年均).
CHANGE_VERBS = ("增长", "增加", "提高", "提升", "下降", "减少", "降低", "缩短", "缩减", "压缩", "压减")
# The verbs of things entering a list (16个项目进入…项目库, 纳入, 列入, 入选) and the words a list's name ends on.
ENTERING_VERBS = ("进入", "纳入", "列入", "入选")
ROSTER_WORDS = ("项目库", "名单", "名录", "目录", "规划", "清单", "库")
# An ask to put a matter into a plan or a list (将支持蒙医药事业发展纳入自治区“十四五”规划, 将农村公路养护纳入年度工作计划, 将单位宿舍纳入
# 老旧小区改造范围): the verbs, and the word the plan's or list's name ends on → what a reply tells of its state, the point to settle.
PUTTING_IN_VERBS = ("纳入", "列入")
PLAN_STATES = {"规划": "编制进展", "计划": "编制进展", "目录": "调整情况", "名录": "调整情况", "清单": "调整情况", "范围": "确定情况"}
# A change said by one character (同比增15%, 年均增10%以上, 同比降3%), and the verb it is read as in a figure's name.
SHORT_CHANGES = {"增": "增长", "降": "下降", "减": "减少"}
LEVEL_AIMED_WORDS = ("突破", "超过", "上升", "增至", "降至", "每年", "年均")
# The words of a work's start (于2016年1月22日正式开工建设, 动工) and of its end (竣工, 建成, 投入使用): a work started is under way, what
# it is to build its scope, until a text says it was finished (hd53c).
WORKS_STARTED_WORDS = ("开工", "动工", "开建", "破土")
WORKS_ENDED_WORDS = ("竣工", "完工", "建成", "投用", "投入使用", "交付使用", "验收")
# The words of a gain of income (户均年增收5万元, 带动农户增加收入): what people won by the work, a result (hd69b).
INCOME_GAIN_WORDS = ("增收", "增加收入")
# The words a programme's name closes on (环京津冀生态安全屏障建设, 长治市太行山重点区域生态修复与保护, 中央财政造林补助): the work
# done under it is named after them (…建设封山育林1万亩, hd52d).
PROGRAMME_END_WORDS = ("建设", "工程", "项目", "补助", "补贴", "计划", "行动", "专项", "试点", "保护", "修复", "治理")
# Words of money a bureau wins, from above or as a fund (上级补助, 中央预算内投资, 专项债券, 科技经费): a sum after one is funds won.
FUNDS_WON_WORDS = ("上级", "上三级", "中央", "省级", "国家", "资金", "经费", "补助", "补贴", "奖补", "资助", "债券", "国债", "专项债",
                   "拨款", "贷款")
# What 争取 won, not sought (pattern texts): 到 anything but a time (争取到上级资金5亿元, not 争取到2025年底全部建成, rv12, 全力争取到
# 年底全部建成, rv13), funds, projects or policies with a count or 到位 (争取项目12个, 争取…资金…到位), or a sum of money (争取上三级科技
# 经费6138万元, 争取资金3亿: after FUNDS_WON_WORDS; not a count of 万 or 亿 of a unit's, 新增造林10万亩, 接待游客500万人次, rv13, nor
# a sum of no funds, 争取全县一般公共预算收入10亿元, rv14 6) — not a work or level aimed at whose object they are (争取完成项目主体工程
# 建设, 争取…覆盖率达到90%, 争取2025年完成投资5亿元: rv6; 争取全县一般公共预算收入突破10亿元, 争取每年投入财政资金500万元, 争取社会消费品
# 零售总额增长到120亿元: rv14 6; but 争取…建设资金…, 争取2000年底前建成的老旧小区改造资金3亿元). WON is such a 争取; SOUGHT one of what is to come, its sentence counting nothing won after it (大力争取
# 上级资金支持，2023年共争取资金9.53亿元 is funds won, hd47b).
_NO_WORK_AIMED = rf"(?:(?!完成|实现|达到|建成(?!的)|建设(?!资金|的)|{words(CHANGE_VERBS, LEVEL_AIMED_WORDS)})[^，。；！？]){{0,20}}?"
_SUM = rf"\d[\d.]*\s?(?:{APPROX})?(?:[万亿千百]?(?:{APPROX})?元|[万亿](?!(?:{APPROX})?(?:{UNITS})))"
_WON_OBJECT = (rf"到(?!{_TIME_REACHED})|" + _NO_WORK_AIMED
               + rf"(?:(?:资金|项目|政策(?!性))[^，。；！？]*?(?:\d|到位)|(?:{words(FUNDS_WON_WORDS)})[^，。；！？]*?{_SUM})")
WON = rf"争取(?={_WON_OBJECT})"
SOUGHT = rf"争取(?!{_WON_OBJECT})(?![^。；！？]*?{WON})"
# 力争 striving for what is to come (全力争创…, 努力争先, 全力争取早日建成, 全力争取2025年底前建成投用, 力争取得3项…试点), not …力争取
# of funds won (全力争取到上级资金5亿元, rv11; 全力/大力争取上级政策支持，…共争取…资金9.53亿元: SOUGHT decides, not the adverb, rv10 7,
# nor 取得 after it: 全力争取得到上级政策支持，全年共争取资金9.53亿元, rv13); STRIVING either 力争 or a 争取 sought (the words of an
# aim) (pattern texts).
STRIVE = rf"力争(?!取)|力{SOUGHT}"
STRIVING = rf"{STRIVE}|{SOUGHT}"
TO_COME_WORDS = rf"年内|年底前|{WILL_JIANG}|计划|拟(?![定订])|预计|{STRIVE}|届时"  # (not 将 as 把: 共将35名…纳入低保, rv15)
TO_COME = lazy(TO_COME_WORDS)  # (what a sentence says is still to come)
IN_YEAR_WORDS = ("年内",)  # within the year: the document's own, whenever in it (确保年内完成… of June 2022 is 2022)
# A deadline a span from now sets (在两年内, 三年内, 6个月内): the time an aim after it is for (pattern text) — not a span
# counted back (近三年内, 过去两年内, 前三年内, 这两年内: a result's) nor a year's digits (2023年内); its count and unit named
# (count, unit).
DEADLINE = r"(?<![\d近去前这])(?:在|于)?(?P<count>[一二两三四五六七八九十]{1,3}|\d{1,2})(?P<unit>个月|年|周)之?内"
# A year by which an aim is to be reached (到2025年底, 至2027年, 2025年底前), not a date counted to (截至2024年底, 截止到2024年底:
# CUT_OFF_WORDS) nor a value's year (由2019年的600小时提升到2024年的900小时): the year its plan runs to (pattern text; group year
# or by; a span's end, 2024年至2026年, with its start in group span — see :func:`target_years`).
_NOT_CUT_OFF = "".join(f"(?<!{w})" for w in sorted({*CUT_OFF_WORDS, *(w[:-1] for w in CUT_OFF_WORDS if w[-1] in "到至")}))
TARGET_YEAR = (rf"(?:(?P<span>(?:19|20)\d{{2}})年|(?<!\d年)){_NOT_CUT_OFF}[到至](?P<year>(?:19|20)\d{{2}})年(?!(?:底|末)?的\d)(?:底|末)?"
               r"|(?P<by>(?:19|20)\d{2})年(?:底|末)?之?前")
_TARGET_YEAR = lazy(TARGET_YEAR)
# A span's clause planning it (2024年至2026年，全市计划每年新建…; 力争, 目标, 确保, a plan's 规划/方案, a 争取 sought), and a sentence
# reporting the span's work done: 累计 in it where the span's clause plans nothing, or 已, 了, 完成…, funds won (共争取资金9.53亿元) in
# the span's clause (past its comma) not after a word of what is to come (计划完成造林30万亩, 每年完成造林10万亩); of a span ahead
# of its document, only work done so far (已…, …了).
_SPAN_PLANNED = lazy(rf"{TO_COME_WORDS}|确保|目标|每年|{SOUGHT}|规划|方案")
_SPAN_TOTALLED = lazy("累计")
_NOT_TO_COME = rf"^(?:(?!{TO_COME_WORDS}|确保|目标|每年)[^。；！？])*?"
_SPAN_FINISHED = lazy(rf"{_NOT_TO_COME}(?:{WORK_FINISHED}|{WON})")
_SPAN_DONE_SO_FAR = lazy(rf"{_NOT_TO_COME}(?:{DONE_SO_FAR})")
# The clause a span opens or stands in: up to the span, and after it (past 期间, 以来…, its comma) to the next clause's break.
_SPAN_CLAUSE_BEFORE = lazy(r"[^，,。；！？]*$")
_SPAN_CLAUSE_AFTER = lazy(r"(?:(?:期|年)?间|期?内|以来)?[，,\s]*[^，,。；！？]*")


def target_years(text: str, doc_year: int | None = None) -> list[tuple[str, int]]:
    """The years ``text``, of a document of ``doc_year``, aims at (:data:`TARGET_YEAR`), each as it says it (到2025年底) and its
    year. A span's end, by the document's year where it has one (never the clock's): of a span ahead of it (2025年至2027年，全市
    完成造林20万亩 in a plan of 2025) unless its clause tells work done so far (已, 了); of a span past before it (2021年至2023年，
    全市新建公园32个 in a reply of 2024) only where its clause plans it (2021年至2023年，全市计划新建…). Else (a document of the
    span's last year, of none) where its clause plans it (2024年至2026年，全市计划完成造林30万亩; an action plan's bare 2024年至2026年，
    全市新建城市公园15个, a title's …三年行动, rv11) unless the sentence looks back on it (2022年至2024年，累计建成5G基站1200个, rv8 8;
    2021年至2023年期间，全市累计建成公园32个; 2021年至2023年，全市新建公园32个，累计投资5亿元, rv10 4; 2021年至2023年，全市共争取资金9.53亿元):
    a later clause's progress (…，目前已完成32个) leaves a running plan's end its aim (rv9 7)."""
    def planned(m: re.Match) -> bool:
        clause = _SPAN_CLAUSE_BEFORE.search(text, 0, m.start()).group() + m.group() + _SPAN_CLAUSE_AFTER.match(text, m.end()).group()
        first, last = int(m["span"]), int(m["year"])
        if doc_year and first >= doc_year and last > doc_year:
            return not _SPAN_DONE_SO_FAR.search(clause)
        plans = bool(_SPAN_PLANNED.search(clause)) or (not _SPAN_TOTALLED.search(text) and not (doc_year and last < doc_year))
        return plans and not _SPAN_FINISHED.search(clause)
    return [(m.group(), int(m["year"] or m["by"])) for m in _TARGET_YEAR.finditer(text) if not m["span"] or planned(m)]


HALF_YEAR_WORDS = ("上半年", "下半年")
# A span of years written out (2021-2025年); either span, a five-year plan's (FIVE_YEAR_PLAN) as its 期间 (pattern texts, to
# build patterns with).
PLAN_SPAN_WORDS = ("期间", "时期")  # a plan's span named after it: “十三五”期间, 十四五时期
# Words of a time a clause opens on, ending a word before them (活动期间, 改革时期, 明清年间, 城乡之间, 会议前后): what follows
# is the clause's subject, never a place named by them (活动期间市电视台…: no 期间市).
TIME_SPAN_WORDS = (*PLAN_SPAN_WORDS, "年间", "之间", "中间", "其间", "期内", "以来", "之后", "以后", "之前", "以前", "前后", "之际",
                   "当时", "时候")
PLAN_PERIOD_WORDS = (*PLAN_SPAN_WORDS, "末")  # …or its time, its end too: “十三五”末
PLAN_PERIOD_ENDS = (*PLAN_PERIOD_WORDS, "期末")  # …its end said of its period too, where its year is read: 十二五期末 (2015)
YEARS_SPAN = r"(?:19|20)\d{2}[-—–至到](?:19|20)?\d{2}年"
PLAN_OR_YEARS_SPAN = rf"{FIVE_YEAR_PLAN}(?:{words(PLAN_PERIOD_WORDS)})|{YEARS_SPAN}"
RECENT_YEARS_WORDS = ("近年来", "近年", "近几年", "近些年", "多年来")  # some recent years, none named
# years those words reach back at most (a plan period's): older work is none of 近年来, however far back a bureau's
# draft.max_age lets its facts fill a draft (hd60a A4: 2007's 撤乡设镇 in a reply of 2021)
MAX_RECENT_YEARS = 5
# Words saying how long a thing took (历时近两年建设, 经过近三年的努力, 花费近三年时间, 用时近两年): a run of years after them, or one
# that is the length of an effort (近三年的努力, 三年时间), is a duration, no span up to the present.
DURATION_WORDS = (*TOOK_WORDS, "耗时", "用时", "长达", "为期")
DURATION_OF = ("努力", "时间", "奋斗", "艰苦")  # (what a length of time is of: 近三年的努力)
# A run of recent years counted back from the document's present (三年来累计…, 近5年来, 两年间; 近四年 with no 来 after it; a
# report's 这五年 of the years it reviews, hd57c):
# the years up to the present (pattern text; its group the count; :func:`recent_run_years` its years) — no duration.
RECENT_RUN = (rf"(?<![\d年])(?<!{'|'.join(DURATION_WORDS)})"  # (all two characters: a lookbehind's width is fixed)
              r"(?=近|过去|这|(?:[两二三四五六七八九十]{1,3}|\d{1,2})\s?年(?:来|以来|间))"
              rf"(?:近|过去|这)?([两二三四五六七八九十]{{1,3}}|\d{{1,2}})\s?年(?!的?(?:{words(DURATION_OF)}))(?:来|以来|间)?")
RECENT_RUN_MAX = 30  # years a run counts at most (a larger count is no run of recent years)


def recent_run_years(count: str, last: int | None) -> tuple[int, int] | None:
    """The first and last year of a run of ``count`` recent years (:data:`RECENT_RUN`'s group: 四, 3) up to ``last``, two
    years at least: (2011, 2014) of 近四年 in 2014; None without ``last`` or a count."""
    n = int(count) if count.isdigit() else cn_number(count)
    return (last - n + 1, last) if last and n and 2 <= n <= RECENT_RUN_MAX else None
TIME_WORDS = (
    *PRESENT_WORDS, "近期", "近日", "近年来", "近年", *THIS_YEAR_WORDS, *LAST_YEAR_WORDS, "当年", "全年", "年内",
    *HALF_YEAR_WORDS, "年初", "年底", "年末", "同期",
)


TIME_WORD = lazy(words(TIME_WORDS))
# A year named from the document's (今年, 去年度, 当年…).
YEAR_WORD = rf"(?:{words(THIS_YEAR_WORDS, LAST_YEAR_WORDS, ('当年',))})度?"

# The relative time words a draft makes absolute, tried in order: (pattern, what it becomes) —
# AS_OF the source's month (截至2025年5月; its year when it has no date), SINCE_THIS_YEAR,
# THIS_YEAR and LAST_YEAR counted from the source's year, FULL_YEAR the fact's year and YEAR_PAST that year alone (过去的一年 of
# a report of April 2023 reviewing 2022: 2022年),
# FIRST_HALF the source's year's, RECENT the source's month, THAT_DAY the day its text named before (今年12月4日…。当日上午…),
# else the source's month, UNTIL_NOW up to the source's month (至2019年6月), RECENT_YEARS the years a run counts back from the
# source's year (近四年 of a 2014 page: 2011—2014年, hd42a).
AS_OF, SINCE_THIS_YEAR, THIS_YEAR, LAST_YEAR, FULL_YEAR, YEAR_PAST, FIRST_HALF, RECENT, THAT_DAY, UNTIL_NOW, RECENT_YEARS = (
    "as of", "since this year", "this year", "last year", "full year", "year past", "first half", "recent", "that day",
    "until now", "recent years")
RELATIVE_TIME: tuple[tuple[str, str], ...] = (
    # (the preposition before it goes with it: 至目前 is no 至截至2022年6月, hd68b)
    (r"(?:截[至止]到?|直?[到至])目前(?:为止)?", AS_OF),
    # (not 目前的政策, nor the present a decision weighed, 基于目前财政状况: what stood then, no date of figures, hd65a)
    (rf"{NOT_ACROSS_WORDS}(?<![截止])(?<!基于|鉴于|根据|结合|针对)目前(?!的)", AS_OF),
    (r"今年以来", SINCE_THIS_YEAR),
    (r"今年|本年度", THIS_YEAR),
    (r"去年|上年度", LAST_YEAR),
    (r"(?<![年度])全年", FULL_YEAR),
    (YEAR_PAST_WORD, YEAR_PAST),
    (r"(?<![年度])上半年", FIRST_HALF),
    # (昨日 of a news item: its page's day before, hd67a; 不久前 of 2023-01-15's news item in a reply of May, hd71b)
    (r"近期|近日|昨日|昨天|不久前|前不久|(?:^|(?<=[，。；：]))日前", RECENT),
    (r"(?:^|(?<=[，。；：]))(?:当天|当日|同日)", THAT_DAY),  # (当天，…正式成立: the news's day, hd14)
    (r"(?:^|(?<=[，。；：]))现在(?!的)", AS_OF),  # clause-initial only: 实现在线, 体现在 are no time
    (r"(?<=[年来])(?:至今|迄今)", UNTIL_NOW),  # 自2017年至今, 2019年以来至今: up to the source's month
    (RECENT_RUN, RECENT_YEARS),
)

def said_date(year: int | None = None) -> str:
    """The pattern of a date a sentence states for its figures, of ``year`` (any year when None):
    a year with its month, months or part of the year (2024年, 截至2025年5月, 2024年1—10月, 2024年底, 2025年上半年)."""
    said = r"(?:19|20)\d{2}" if year is None else str(year)
    return (rf"(?:截至|截止到?)?{said}年(?:\d{{1,2}}(?:[-—–~～至到]\d{{1,2}})?月(?:底|末|份)?|全年|上半年|下半年|底|末|以来|度)?")


# What goes on from a year or a month into a longer time, or into another date (2014年度, 2014年底, 2014年初, 2014年以来, 2014年内,
# 2014年上半年, 2014年5月, 2015年5月底, 2015年5月份); and what runs into one before it (2013—2014年, 截至2014年, 截止2014年).
_DATE_GOES_ON = lazy(r"(?<=年)\s*(?:度|初|底|末|内(?!蒙)|间|以来|前|后|起|全年|上半年|下半年|[-—–~～至到]?\s*\d)"
                     r"|(?<=月)\s*(?:底|末|初|中|份|上旬|中旬|下旬|前|后|起|以来|[-—–~～至到]?\s*\d)")
_DATE_RUNS_ON = frozenset("0123456789-—–~～至到止")


def date_at(text: str, date: str, start: int = 0) -> int:
    """Where ``text`` says ``date`` (2014年, 截至2025年5月) whole from ``start``, -1 when nowhere: never the head of a longer
    time nor the tail of a span or an as-of date (2014年 is not said in 2014年度, 2014年底, 2014年以来, 2013—2014年 nor
    截至2014年: a date cut out of one leaves 超额完成了度…任务)."""
    at = text.find(date, start)
    while at >= 0 and (_DATE_GOES_ON.match(text, at + len(date)) or (at > 0 and text[at - 1] in _DATE_RUNS_ON)):
        at = text.find(date, at + 1)
    return at


# A date in digits: DIGIT_MONTH (2025年5月, spaces allowed) and DIGIT_DAY (20日) after it, or
# DASHED_DATE (2025-05-20, 2025/5/20, 2025.5.20; a one-digit month or day padded with a space, as a typist aligns it:
# 2015- 7-20).
DIGIT_MONTH = r"\d{4}\s*年\s*\d{1,2}\s*月"
DIGIT_DAY = r"\s*\d{1,2}\s*日"
DASHED_DATE = r"\d{4}[-./](?: (?=\d(?!\d)))?\d{1,2}[-./](?: (?=\d(?!\d)))?\d{1,2}"
# A date in Chinese numerals (二〇二五年五月二十日; ○ and Ｏ are often typed for 〇): CN_MONTH
# (groups year and month) and CN_DAY (group day); CN_DATE is the whole date.
CN_YEAR_DIGITS = "〇○Ｏ零一二三四五六七八九"
CN_MONTH = rf"([{CN_YEAR_DIGITS}]{{4}})年([{CN_ORDINAL}]{{1,2}})月"
CN_DAY = rf"([{CN_ORDINAL}]{{1,3}})日"
CN_DATE = CN_MONTH + CN_DAY
_CN_DATE = lazy(CN_DATE)


def cn_date(text: str) -> tuple[int, int, int] | None:
    """The first date in Chinese numerals in ``text`` (二〇二五年五月二十日 → (2025, 5, 20)); None if there
    is none or its month or day is no numeral (its range is the caller's to judge)."""
    m = _CN_DATE.search(text)
    if not m:
        return None
    year, month, day = cn_digits(m.group(1)), cn_number(m.group(2)), cn_number(m.group(3))
    return None if year is None or month is None or day is None else (year, month, day)
# A page's own address carrying the day it was published, as public sites' publishing systems print it
# (…/202507/t20250728_2625695.html, …/art/2025/6/20/art_57709_5617347.html; a newspaper's e-paper, …/html/2019-11/17/
# content_1125209.htm, and a news site's, …/2020/01-16/579732.html): groups year, month, day.
DATED_ADDRESS = (r"^https?[:：]//\S+?/(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"
                 r"|art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/art_[\d_]+"
                 r"|html/((?:19|20)\d{2})-(0[1-9]|1[0-2])/([0-3]\d)/content_\d+"
                 r"|((?:19|20)\d{2})/(0[1-9]|1[0-2])-([0-3]\d)/\d+)\.\w+$")

# The jurisdiction whole or as the writer's own (全市, 我区, 本县, 全国…): a scope, never a
# place's name nor what a figure counts.
SCOPE_WORDS = (*(f"{whose}{level}" for whose in "全我本" for level in "市区县省"), "全州", "全国")
# The epithets of a title a place or a unit is honoured with or works for (工程试点县, 先进县, 全省文明城市, 国家卫生县城, 园林城市, 双拥
# 模范县, 全国文明单位): before a level word, 城市 or 单位 they make a title, no place's name (places.NOT_A_PLACE), and a scope word before
# them is the level conferring it, not the text's own (metadata: 落实霍邱县创建全省文明城市工作部署 of a county's page, hd57a).
TITLE_EPITHETS = ("试点", "优秀", "先进", "文明", "达标", "标杆", "样板", "模范", "公交", "卫生", "园林", "生态", "双拥", "健康", "书香",
                  "体育", "节水型", "节水", "绿色", "数字", "森林")
# The scope words that open a counted noun phrase as the place's whole (3场全区企业…动员会, 全市重点实验室): not 全国, which names a
# class then (建设全国重点实验室11个, 13家全国重点实验室: no 重点实验室 of the place's, as 国家, 省级 and 市级 ones are others).
LOCAL_SCOPES = tuple(w for w in SCOPE_WORDS if w != "全国")
# The political formulas a news item or a report opens its work with (坚持以习近平新时代…思想为指导，深入学习贯彻党的二十大精神…，
# 增强“四个意识”、坚定“四个自信”、做到“两个维护”), and the pledges of following them (坚定不移贯彻落实…的决策部署，主动扛牢政治责任，
# 强化担当作为 of 红河州农业农村局's reply 221).
CREED = lazy(r"思想为指导|学习贯彻|讲话精神|指示批示精神|[二十][十九]大精神|两个确立|四个意识|四个自信|两个维护|初心使命|全面从严治党"
             r"|贯彻落实|决策部署|坚定不移|政治责任|担当作为|重要论述")
# How the creed is followed, before the verb of following it (坚决贯彻落实…, 认真学习…, 始终坚持…).
FOLLOWING_MANNER = ("始终", "深入", "认真", "全面", "坚决", "切实", "扎实")
# The central bodies (党中央、国务院历来高度重视…); and the nation as a text names it: its whole (全国), itself (我国), its bodies
# (国家卫生健康委, 国家卫健委, 国家医保局, 国家林业和草原局; not a class of the nation's, 国家级, 国家重点实验室, nor its work's 部署
# (按照国家部署), nor a local unit after a national thing, 国家级自然保护区管理局, 国家湿地公园由县林业局…: no function character but 和, no local
# level, in the name) — not a place's rank or class in it (全国首创, 全国领先, 全国文明城市), nor the nation's assemblies and
# meetings a place attends or studies (全国两会, 全国人大代表, 传达学习全国生态环境保护大会精神).
CENTRAL_BODIES = "党中央|中共中央|国务院"
_NATIONAL_BODY_FILLER = rf"[^{''.join(sorted(FUNCTION_CHARS - {'和'}))}由从级省县区乡镇，。；：！？、\s]"
NATIONAL_BODY = rf"国家(?!级){_NATIONAL_BODY_FILLER}{{0,8}}?(?:委(?![员会])|部(?![署门分])|局|(?<!部)署)|{CENTRAL_BODIES}"
NATION = lazy(rf"全国(?!首|第一|领先|前列|率先|文明|重点|示范|先进|优秀|两会|人大|政协)(?![^，。；！？]{{0,12}}?(?:大会|会议)精神)|我国"
                    rf"|{NATIONAL_BODY}")
# A national body's act told in a clause: its approval or its issuing (《武汉都市圈发展规划》获得国家发改委批复同意, 国务院印发…) — that
# body's deed, no work of a place's (hd60b), unless the clause says it as the grounds of the place's work (按照国务院印发的…).
CENTRAL_ACT = lazy(rf"^(?!.*(?:{'|'.join(BASIS_WORDS)}))[^，。；！？]*?(?:{NATIONAL_BODY})[^，。；！？]{{0,4}}?(?:批复|批准|印发|发布|出台)")

# The two settlements a measure is scoped to: the city's built-up area (建成区黑臭水体, 城区排水管网, 城市集中式饮用水水源) and the
# countryside (农村黑臭水体, 乡村, 村庄, 乡镇级水源地). A sentence of one answers no ask of the other (hd49b: 建成区黑臭水体“长制久清”比例
# 达到100% is no work on 深入开展农村黑臭水体排查整治); 城乡, or both said, is of neither. 城市 is a scope only as the first word of its
# noun phrase (城市建成区, 城市集中式…), not the end of a title (省级森林城市, 全国文明城市创建); 市区 not of the levels listed (各县市区,
# 市区两级财政, 市区镇三级) nor of the city's whole (全市区域内, rv15 4).
URBAN_SCOPE = lazy(rf"建成区|(?<![{CJK}])城市|(?<=[全在对将的和与及把为从向])城市|城区|(?<![县全各省])市区(?![县镇乡两三级域])")
RURAL_SCOPE = lazy(r"农村|乡村|村庄|行政村|自然村|村级|村民|乡镇")
# Words saying where a measure is, no thing it is on: the settlements (URBAN_SCOPE, RURAL_SCOPE; 城乡, both), a county's or a
# city's own ground (县城, 县域, 市域) and the place's scope (全县, 我市: LOCAL_SCOPES).
WHERE_WORDS = lazy(rf"{URBAN_SCOPE.pattern}|{RURAL_SCOPE.pattern}|城乡|县城|县域|市域|{words(LOCAL_SCOPES)}")


@lru_cache(maxsize=16384)
def settlement(text: str) -> str | None:
    """The settlement ``text`` is scoped to, "urban" or "rural" (:data:`URBAN_SCOPE`, :data:`RURAL_SCOPE`); None when it
    names neither or both. Remembered: a draft asks it of each ask's text again for every fact it weighs."""
    urban, rural = bool(URBAN_SCOPE.search(text)), bool(RURAL_SCOPE.search(text))
    return None if urban == rural else ("urban" if urban else "rural")


# How a unit's name ends in running text (UNIT_END): an organ's word (市科技局, 区科委, 市发展和改革
# 委员会, 市政府), with an organ's office after it (市政府办公室, 市委办, 市人民政府办公厅: OFFICE_WORDS;
# 办 not as a verb, 办理) or a party committee's department or office after its 委 (COMMITTEE_PART:
# 市委组织部, 省委宣传部, 市委统战部, 市委社会工作部, 市委人才办) part of the end, never cut at 市委 —
# 部 is no organ's word alone (全部, 内部), nor in 部署, 部门, 部分; an office's name has two
# characters before its 办 (交办, 督办 are verbs); or, right after its level and before no organ's
# word, a department's short name (市财政, 县财政, 市发改, 省人社: 市财政将统筹…; 市财政局 ends at
# 局). UNIT_NAME: such a name, its place or department before the end.
# The unit vocabulary, declared once: the organs' words (ORGAN_WORDS), and the bodies that are units
# without one (BODY_WORDS: the assemblies, 市人大 and 市政协 (ASSEMBLY_WORDS), and 市科协). Two
# subsets are named where a reader of units leaves them out: THING_ORGAN_WORDS also close things
# that are no unit (企业技术中心, 研发中心, 共享办公室), so UNIT_ORGAN_WORDS, the rest, close only units;
# PROVINCE_ORGAN_WORDS only a province's units (省科技厅, 省政府办公厅), never a district's.
ORGAN_WORDS = ("局", "委员会", "委", "办公室", "办公厅", "办", "厅", "中心", "政府")
THING_ORGAN_WORDS = ("中心", "办公室")
UNIT_ORGAN_WORDS = tuple(w for w in ORGAN_WORDS if w not in THING_ORGAN_WORDS)
PROVINCE_ORGAN_WORDS = ("厅", "办公厅")
ASSEMBLY_WORDS = ("人大", "政协")
BODY_WORDS = (*ASSEMBLY_WORDS, "科协")
OFFICE_WORDS = ("办公室", "办公厅", "办")
DEPARTMENT_SHORT_NAMES = (
    "财政", "发改", "工信", "经信", "人社", "教育", "科技", "商务", "住建", "交通", "水利", "民政", "审计",
    "卫健", "文旅", "应急", "国资", "税务", "市场监管", "自然资源", "生态环境", "农业农村",
)
# Halves of a department's field so common that any text says them (发展, 改革 of 发展和改革委员会): no mark of that
# field — a 发改委's base says 高质量发展 on every page, a city's statistics too (hd66c).
UNMARKED_FIELDS = frozenset({"发展", "改革"})
# A committee's field as its short name says it, whatever the field's length: 科学技术委员会 → 科委, 教育委员会 → 教委,
# 卫生健康委员会 → 卫健委 (its name cut at 委 is no name it goes by: 市科学技术委, qa18); the first whose characters
# the field holds in order (科创 of 科技创新 before 科).
COMMITTEE_SHORT_NAMES = ("发改", "经信", "工信", "科创", "科", "教", "卫健", "卫计", "国资", "住建", "民宗")
# A department's full name (市科学技术局, 市发展和改革委员会: the short ones above are full names too
# where they have no other, 市生态环境局), and the organ's words a department's name takes (科技局,
# 科技厅, 发改委, 发展和改革委员会): a department's unit word is a name of either list and one of
# these (distill.places.ORG_WORDS).
DEPARTMENT_FULL_NAMES = (
    "科学技术", "科技创新", "发展和改革", "发展改革", "工业和信息化", "经济和信息化", "人力资源和社会保障",
    "市场监督管理", "能源", "统计", "应急管理",
)
GOVERNMENT_WORD = "政府"
DEPARTMENT_ORGAN_WORDS = tuple(w for w in UNIT_ORGAN_WORDS if w not in (*OFFICE_WORDS, GOVERNMENT_WORD))
_ORGAN = rf"(?:{words(ORGAN_WORDS)})(?!(?<=办)学)"  # (not the 办 of 办学, a school run: 晋城几所小学办学规模…, hd65a)
_SHORT_NAME = rf"(?<=[省市区县])(?:{words(DEPARTMENT_SHORT_NAMES)})(?!{_ORGAN})"
_OFFICE = rf"(?:(?:{words(OFFICE_WORDS)})(?![理结件好]))"
# (not the 会 of 常委会 and a verb after it: 市人大常委会督办市医疗保障局…, 督办 no office of it)
COMMITTEE_PART = rf"(?<=委)(?![会员])(?:[{CJK}]{{2,4}}?(?<![全内外局大])部(?![署门分])|[{CJK}]{{2}}办(?![理结件好公]))"
ORGAN_PART = rf"(?:{_OFFICE}|{COMMITTEE_PART})"  # what after an organ's word is still its name
UNIT_END = rf"(?:{_ORGAN}{ORGAN_PART}?|{_SHORT_NAME})"
UNIT_NAME = rf"(?:[{CJK}]{{1,12}}?{UNIT_END})"
# The words a named unit below a place closes on, an organ's aside (UNIT_END): a notice's list of those honoured (信都区：滨江社区、
# 胜利小区、国有苏村苗圃…, hd45b), not a place's list of works (襄都区：七里河生态修复工程、达活泉公园提升改造工程…, rv9 6).
NAMED_UNIT_WORDS = ("社区", "小区", "村", "镇", "乡", "街道", "林场", "苗圃", "农场", "公司", "合作社", "学校", "学院", "小学", "中学", "幼儿园",
                    "医院", "卫生院", "单位", "家庭", "人家", "协会")
# The words an enterprise's name closes on (市公交总公司, 市城投集团), and what a private one's says before them (…科技有限公司,
# …股份公司): a public enterprise of a place, named by its level, runs a service a government unit may not (公交线路、站点设置).
ENTERPRISE_WORDS = ("总公司", "公司", "集团")
PRIVATE_ENTERPRISE = ("有限", "股份")

# When two names name one unit (:func:`same_unit`), declared once: a unit is commonly written short
# (市工信局 = 市工业和信息化局, 市人社局 = 市人力资源和社会保障局, 市发改委 = 市发展和改革委员会): the short
# form keeps characters of the long one in order, its first and its organ's (局/委/办/厅…), of the
# same place (泉州市… = 市…, never 区… or 厦门市…). RENAMED_UNITS: bodies a reorganisation renamed or
# merged into one unit (市金融局 = 市金融监管局 = 市地方金融监督管理局), each group one unit.
GOVERNMENT = ("人民政府", "政府")  # the formal name and the usual one (民政 is no word of the first: 人民|政府)
RENAMED_UNITS: tuple[tuple[str, ...], ...] = (
    ("金融监管局", "地方金融监督管理局", "金融工作办公室"),
    ("工业和信息化局", "经济和信息化局", "经济和信息化委员会"),
    ("市场监督管理局", "工商行政管理局", "质量技术监督局", "食品药品监督管理局"),
    GOVERNMENT,
)
# People's organisations (群团组织) and the short names they go by (婺城区妇女联合会 writes itself 区妇联, 县总工会 is
# also 县工会): a workspace is named by the short one, and either names the unit (:func:`same_unit`).
PEOPLES_ORGANISATIONS: tuple[tuple[str, str], ...] = (
    ("妇女联合会", "妇联"), ("残疾人联合会", "残联"), ("总工会", "工会"), ("科学技术协会", "科协"),
    ("归国华侨联合会", "侨联"), ("文学艺术界联合会", "文联"), ("工商业联合会", "工商联"),
)
# The short names a long name goes by whole after its place (县妇联; not 工会: 县总工会 writes itself so).
PEOPLES_SHORT_NAMES = tuple(short for full, short in PEOPLES_ORGANISATIONS if len(full) > len(short) + 1)
# Town and country, the two halves of a place's people and services (城镇和农村居民…, 城区、农村学校).
TOWN_WORDS, COUNTRY_WORDS = ("城镇", "城市", "城区"), ("农村", "乡村")
# Qualifiers naming the two halves of one whole, either of them before the thing they share (线上/线下心理工作室, 城区/农村
# 学校): an ask on each half is one matter asked whole (增设线上、线下心理工作室), not two things.
PAIRED_QUALIFIERS: tuple[tuple[str, str], ...] = (
    *((town, country) for town in TOWN_WORDS for country in COUNTRY_WORDS),
    ("线上", "线下"), ("校内", "校外"), ("室内", "室外"), ("公办", "民办"), ("境内", "境外"), ("国内", "国外"),
    ("省内", "省外"), ("市内", "市外"), ("县内", "县外"),
)
LEVEL_CHARS = "省市区县"
# The level word of a place's name, one character each (鲤城区, 重庆市, 准格尔旗, 博尔塔拉州), which
# distill.places reads places by; a jurisdiction's level may also be a league's or a town's (盟, 镇, 乡).
PLACE_LEVELS = "省市区县旗州"
JURISDICTION_LEVELS = PLACE_LEVELS + "盟镇乡"
# The areas under a government, all of them at once (下达各旗县区, 指导各县市区, 各县（市、区）, 各区县): two level words or more
# after 各 — what a higher government gives or asks of the places below it, the bureau's own among them where its level is one.
AREAS_BELOW = lazy(rf"各[{PLACE_LEVELS}盟（）、]{{2,8}}")
# A place's leader briefing on its work (发布会上，信阳市委书记蔡松涛介绍，近年来…; 市长…介绍): what the page tells after it is the
# place's results as a whole, in its leader's words, never one bureau's (hd59c).
LEADER_BRIEFING = lazy(rf"[{PLACE_LEVELS}](?:委副?书记|长)[{CJK}]{{0,4}}介绍")
# A town's level word (孟集镇, 东旺乡, 鹿阜街道): TOWN_LEVELS, and as a pattern TOWN_LEVEL.
# Towns and townships (镇, 乡), settlements of their own outside the city's built-up area (URBAN_SCOPE), and streets (街道), in it.
TOWNSHIP_LEVELS = ("镇", "乡")
TOWN_LEVELS = (*TOWNSHIP_LEVELS, "街道")
TOWN_LEVEL = rf"(?:{words(TOWN_LEVELS)})"
# Districts named by a generic word (汕尾市城区, 阳泉市郊区, 阳泉市矿区): said with their city's name, never as the city's urban area.
GENERIC_DISTRICTS = ("城区", "郊区", "矿区")
# A village's or a community's level word (中心店村, 东湖社区), the places under a town.
VILLAGE_LEVELS = ("村", "社区")
# A title profiling a place (霍邱县情2022年城市建设, 楚雄州州情概况, 某区简介, 孟集镇概况): the place as it is and its year as a
# whole, no unit's account of its work — not 县情况 (a county's situation, 情况), nor 乡情 alone (a home's feeling: 浓浓乡情; a
# township's profile says its level twice, 白莲乡乡情) (pattern text).
PLACE_PROFILE = rf"[{JURISDICTION_LEVELS}](?:概况|简介)|(?:[{JURISDICTION_LEVELS.replace('乡', '')}]|乡乡)情(?!况)"
# A place referred back to by its level (该镇完善基础设施…, 同时，该镇强力推进…, 该县, 该街道, 该村, 该社区): the last place of that level
# named before it, never a wider one the text names too (今年以来，霍邱县孟集镇…。该镇… is 孟集镇's, hd57a; …中心店村…。该村… the village's);
# not a word the level word opens (该市场, 该区域, 该村民).
LEVEL_ANAPHOR = lazy(rf"该({words(TOWN_LEVELS, VILLAGE_LEVELS)}|[{PLACE_LEVELS}])(?![{LEVEL_NOUN_AFTER}])")
# Ways a route is said: a road of a class or kind (国家一级公路, 福银高速, 国道312线, 平凉至华亭铁路), a bridge — a 线 of a road, not of a
# phone or a front (热线, 防线, 一线, 底线, 红线, rv17). (ROUTE_CLASSES' 乡道 and 村道 are not among them: no real line has needed them.)
ROAD = r"(?:公路|高速|国道|省道|县道|道路|大道|铁路|[路桥]|(?<![热防一二战底红界主干生])线)"
# A road's or a line's sites a place names (承德收费站, 承德服务区, 承德互通, 承德高速口, 承德东站, 承德港): the thing itself,
# never the place's (a reply writes 承德收费站, not 我市收费站); an exit or entrance only of a road or a side (承德高速出口,
# 承德东出口: 承德出口 is the place's exports).
ROAD_SITES = ("收费站", "服务区", "停车区", "互通", "枢纽", "高速口", "高速路口", "高速出口", "高速入口", "火车站", "汽车站", "客运站",
              "高铁站", "站", "港", "机场", "码头")
SIDE_EXITS = ("出口", "入口", "出入口")
# The level word of a county-level area (鲤城区, 惠安县, 石狮市, 准格尔旗), as a workspace's areas end.
AREA_LEVELS = "区县市旗"
# A prefecture's level word for one named 地区 (塔城地区, 大兴安岭地区, governed by a 行署): its units say 地区商务局, not 区….
PREFECTURE_WORD = "地区"
# A place named before a unit's level word (泉州市…, 鲤城区…, 福建省…, 准格尔旗…, 阿拉善盟…, 黔东南州…: hd52b) or 国家 (国家知识产权局);
# a name holds Chinese characters only, and a 州 before 市 is a city's name (人行泉州市分行).
_NAMED_PLACE = lazy(rf"^(?:国家|.{{2,4}}?{PREFECTURE_WORD}|.{{2,4}}?(?:[{LEVEL_CHARS}旗盟]|州(?!市)))")
# Long organ endings and the one character a short form keeps of them (市发改委, 市政府办, 市科协).
_ORGAN_ENDINGS = (("委员会", "委"), ("办公室", "办"), ("协会", "协"))


@lru_cache(maxsize=16384)
def _unit_form(name: str) -> tuple[str, str]:
    """(the named place or "", the name from its level word on, its organ's ending as one character):
    泉州市发展和改革委员会 → (泉州市, 市发展和改革委); 甘南藏族自治州林业和草原局 → (甘南藏族自治州, 州林业和草原局)."""
    name = SPACE.sub("", name)
    place = _autonomous(name) or _NAMED_PLACE.match(name)
    named = place.group() if place and len(name) > place.end() + 1 else ""
    rest = name[len(named):]
    if named and named[-1] in PLACE_LEVELS + "盟":
        rest = (PREFECTURE_WORD if named.endswith(PREFECTURE_WORD) else named[-1]) + rest
    return named, _short_organ(rest)


def _short_organ(form: str) -> str:
    """``form`` with its organ's ending said short (市发展和改革委员会 → 市发展和改革委, 县人民政府办公室 → 县人民政府办)."""
    for long, short in _ORGAN_ENDINGS:
        if form.endswith(long) and len(form) > len(long):
            return form[: -len(long)] + short
    return form


# The peoples an autonomous place is named after, all of them, each written with 族 or without (巴音郭楞蒙古自治州): what stands
# between an autonomous county's own name and its 自治县 (维西傈僳族自治县, 元江哈尼族彝族傣族自治县).
PEOPLES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 "
           "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 "
           "赫哲 门巴 珞巴 基诺").split()
# An autonomous place's name (石林彝族自治县, 长阳土家族自治县, 延边朝鲜族自治州, 西双版纳傣族自治州, 塔什库尔干塔吉克自治县):
# its own name (no province's or city's before it: 湖北省长阳…), the peoples', its level (a region, 新疆维吾尔自治区, is one name).
AUTONOMOUS_PLACE = lazy(rf"^((?:(?![省市])[\u4e00-\u9fff]){{2,5}}?)(?:(?:{words(PEOPLES)})族?)+自治([县州旗])")
# …also written without its peoples (耿马自治县 of 耿马傣族佤族自治县), a region aside (新疆维吾尔自治区 is one name).
_AUTONOMOUS_SHORT = lazy(r"^([\u4e00-\u9fff]{2,4}?)自治([县州旗])")


# The five autonomous regions by their names before 自治区 (宁夏回族自治区银川市教育局 names its city within, h289).
AUTONOMOUS_REGION_NAMES = ("内蒙古", "广西壮族", "西藏", "宁夏回族", "新疆维吾尔")
_AUTONOMOUS_REGION = lazy(rf"^({words(AUTONOMOUS_REGION_NAMES)})自治(区)")
# The provinces and autonomous regions, all of them: 省 and 自治区 follow one of these names.
PROVINCES = frozenset("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
                      "云南 陕西 甘肃 青海 台湾".split())
AUTONOMOUS_REGIONS = frozenset((*AUTONOMOUS_REGION_NAMES, "广西", "宁夏", "新疆"))  # (and by their short names)
# The provinces and autonomous regions by their short names (广东, 江苏, 广西, 内蒙古), as a city is named after its province's.
PROVINCE_SHORT_NAMES = PROVINCES | {name for name in AUTONOMOUS_REGIONS if len(name) <= 3}
# A province or an autonomous region named before a place of it (辽宁省鞍山市, 辽宁鞍山市, 广西壮族自治区桂林市): pattern text.
PROVINCE_NAMED = (rf"(?:{words(tuple(PROVINCES))})省|(?:{words(AUTONOMOUS_REGION_NAMES)})自治区"
                  rf"|{words(tuple(PROVINCE_SHORT_NAMES))}")
# Two provinces' short names, as regions are named: 川渝 成渝 京津冀 长三角 粤港澳 …
REGION = lazy(
    r"(?:京津冀|长三角|珠三角|粤港澳大湾区|粤港澳|成渝地区双城经济圈|成渝地区|成渝|川渝|长株潭|闽西南|闽东北|黄河流域|长江经济带)"
)
# Zones named by a place word: 宝鸡高新区, 万盛经开区, 两江新区, 西部科学城, 芦台经济开发区 (not 国家高新区, 市级高新区).
ZONE_WORDS = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区", "新区", "科学城", "园区", "自贸区",
              "试验区")


def _autonomous(name: str) -> re.Match | None:
    """The autonomous prefecture, county or banner ``name`` opens with (甘南藏族自治州…, 耿马自治县…), by any of its names."""
    return AUTONOMOUS_PLACE.match(name) or _AUTONOMOUS_SHORT.match(name)


@lru_cache(maxsize=256)
def short_place(place: str) -> str:
    """How a place is also called: an autonomous one by its own name and level, the peoples' left out
    (石林彝族自治县 → 石林县, 延边朝鲜族自治州 → 延边州, 耿马自治县 → 耿马县); any other as it is."""
    found = AUTONOMOUS_PLACE.fullmatch(place or "") or _AUTONOMOUS_SHORT.fullmatch(place or "")
    return found.group(1) + found.group(2) if found else place


# A county of a one-character name opening a unit's name (魏县水利局, 沛县教育局).
ONE_CHARACTER_COUNTY = lazy(rf"^{_ONE_CHARACTER_COUNTY}(?=[\u4e00-\u9fff]{{2}})")


def place_and_short_name(name: str) -> tuple[str, str]:
    """The place a unit's name opens with and its name from the level word on, said as a unit says itself
    (:func:`_usual_form`: 福州市教育局 → 福州市, 市教育局; 上海市商务委员会 → 上海市, 市商务委; 本溪市住房和城乡建设局 →
    本溪市, 市住建局; 石林彝族自治县卫生健康局 → 石林彝族自治县, 县卫生健康局); a district's or county's named with
    its city or province or autonomous region by the innermost place (张掖市甘州区水务局 → 甘州区, 区水务局; 福建省泉州市鲤城区教育局 →
    鲤城区, 区教育局; 宁夏回族自治区银川市教育局 → 银川市, 市教育局),
    a place as the place reader reads one (:func:`drafter.distill.places.place_chain`), never a level word inside a word
    (仙桃市住房和城市更新局 → 仙桃市, 市住房和城市更新局: 住房和城市 names no place, hd52b); ("", name) when it opens with no place."""
    autonomous = _autonomous(name) or _AUTONOMOUS_REGION.match(name)
    if autonomous:  # (a region's or a prefecture's by the place named within it: 宁夏回族自治区银川市教育局 → 银川市, 市教育局)
        within = place_and_short_name(name[autonomous.end():]) if autonomous.group(2) in "区州" else ("", "")
        return within if within[0] else (
            autonomous.group(), _usual_form(_short_organ(autonomous.group(2) + name[autonomous.end():])))
    place, form = _unit_form(name)
    # (a county named by one character: 魏县水利局 → 魏县, 县水利局; 泗县市场监督管理局 → 泗县, 县市场监管局, no 泗县市 of its 市场)
    one = ONE_CHARACTER_COUNTY.match(name) if not place or place[1:2] == "县" else None
    if one:
        return one.group(), _usual_form(_short_organ(name[one.end() - 1:]))
    from .distill.places import CITIES, place_chain  # (the place reader, which reads by this module's words)

    def a_place(named: str) -> bool:
        return bool(place_chain(named, True)) or named[:-1] in CITIES or named[-1] not in PLACE_LEVELS  # (本溪市; 国家)

    if not place or not a_place(place):
        return "", name
    named = place
    while place[-1] in "省市州":  # a district's or county's unit named with its city or province (张掖市甘州区水务局)
        within = _unit_form(name[len(named):])
        if not (within[0] and within[0][-1] in AREA_LEVELS + "州" and a_place(within[0])):
            break
        (place, form), named = within, named + within[0]
    return place, _usual_form(form)


def _usual_form(form: str) -> str:
    """A department's name from its level word on with a long field said by the short name it usually goes by
    (市住房和城乡建设局 → 市住建局, 市发展和改革委 → 市发改委, 市市场监督管理局 → 市市场监管局); a field of four
    characters (科学技术, 卫生健康: 石林's 县卫生健康局 writes itself so) or whose short name only cuts its end
    (交通运输, 应急管理, 自然资源和规划) is kept whole, as such units mostly write it; a committee's (委) field goes by
    its committee's short name whatever its length (:data:`COMMITTEE_SHORT_NAMES`: 市科学技术委 → 市科委); a people's
    organisation by its short name (:data:`PEOPLES_SHORT_NAMES`: 区妇女联合会 → 区妇联)."""
    level = PREFECTURE_WORD if form.startswith(PREFECTURE_WORD) else form[:1] if form[:1] in PLACE_LEVELS else ""
    short = next((s for full, s in PEOPLES_ORGANISATIONS if s in PEOPLES_SHORT_NAMES and _short_organ(level + full) == form), None)
    if short:
        return level + short
    organ = next((w for w in DEPARTMENT_ORGAN_WORDS if form.endswith(w)), "")
    body = form[len(level): len(form) - len(organ)]
    if organ == "委":
        short = next((s for s in COMMITTEE_SHORT_NAMES if s[0] == body[0] and len(s) < len(body) and in_order(s, body)), None)
        if short:
            return level + short + organ
    if not organ or len(body) < 5:
        return form
    short = next((s for s in DEPARTMENT_SHORT_NAMES
                  if s[0] == body[0] and not body.startswith(s) and in_order(s, body)), None)
    first, _, joined = body.partition("和")
    # (a field joined to one its short name says, or to one a short name of two characters is whole, is said too: 卫生健康和体育局
    # → 卫体局 (hd21a), 教育和体育局 → 教体局)
    if joined and ((short and in_order(short, first)) or (len(first) == 2 and first in DEPARTMENT_SHORT_NAMES)):
        short = first[0] + joined[0]
    return level + short + organ if short else form


def _short_of(short: str, long: str) -> bool:
    """``short`` keeps ``long``'s first character, its last (the organ's) and, in order, characters of it
    between, with at least one besides the organ's (市委 is no 市发改委); two characters ending ``long`` are its
    organ's word, no name of it (公司 of 公交公司, 中心 of 服务中心: hd8's 督促公交公司 became 督促公交市公交公司)."""
    if len(short) > len(long) or len(short) < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    if (len(short) == 2 and long.endswith(short)) or (long.endswith("联合会") and not short.endswith("联合会")):
        return False  # (nor is a 联合会 written short on its 会: 工会 is no 工商业联合会, whose short name is 工商联)
    rest = iter(long[1:-1])
    return all(ch in rest for ch in short[1:-1])


def _same_form(a: str, b: str) -> bool:
    """Two names from their level word on (:func:`_unit_form`) name one unit: one is the other's short
    form, both of one level or one of none (人社局 = 市人社局); a level word may also open the body
    (市场监管局 of 市市场监管局)."""
    if a == b:
        return True
    la, lb = a[:1] if a[:1] in LEVEL_CHARS else "", b[:1] if b[:1] in LEVEL_CHARS else ""
    if la and lb and la != lb:
        return False
    if la and lb:
        pairs = ((a[1:], b[1:]), (a, b[1:]), (a[1:], b))
    elif la or lb:
        pairs = ((a[1:], b) if la else (a, b[1:]), (a, b))
    else:
        pairs = ((a, b),)
    return any(_short_of(s, t) or _short_of(t, s) for s, t in pairs if s and t)


@lru_cache(maxsize=4096)
def _renamed_forms(form: str) -> tuple[str, ...]:
    """``form`` and, when it names a unit of :data:`RENAMED_UNITS`, that unit's other names at its level."""
    level = form[:1] if form[:1] in LEVEL_CHARS else ""
    out = [form]
    for group in (*RENAMED_UNITS, *PEOPLES_ORGANISATIONS):
        bodies = [_unit_form(g)[1] for g in group]
        if any(_same_form(form, level + g) for g in bodies):
            out += [level + g for g in bodies if level + g != form]
    return tuple(out)


# Words naming a problem that work solves (解决…的问题, 破解了…难以收集处理的瓶颈, 补齐…短板, 打通…堵点), the first two
# plainly: a phrase ending on one names the problems, not the work on them (内垸外排能力不足、垸内水系不畅等问题).
PLAIN_PROBLEM_WORDS = ("问题", "难题")
PROBLEM_WORDS = "|".join((*PLAIN_PROBLEM_WORDS, "困难", "瓶颈", "短板", "难点", "痛点", "堵点", "困境", "制约"))
PROBLEM_PHRASE = lazy(rf"(?:{words(PLAIN_PROBLEM_WORDS)})$")


# Words of work that cannot go ahead as asked (无法调整规划用地性质, 用地不能保障…标准, 难以实施, 与总体规划…不符): the grounds a
# decision not to do it gives.
CANNOT_WORDS = ("无法", "不能", "难以", "不符", "不具备")
# The work halted (六街中学项目建设不再实施, 暂缓实施, 已停止建设, 项目取消): the outcome such grounds lead to, as the bureau
# decided it (hd65a) — not a reform's 取消…审批项目.
HALTED = lazy(r"(?:不再|暂缓|暂停|停止|终止|中止)(?:实施|建设|推进|执行|修建|[，。；]|$)|(?:项目|工程|建设|计划)(?:被|已|予以)?取消")
# The parties' agreement on what follows from such grounds (六街镇政府与区教体局达成一致，…): the outcome too.
AGREED_WORDS = ("达成一致", "达成共识", "一致同意", "研究决定")


# Words ending in an organ's 局 that name no unit (教育布局不断优化 is no 教育局's doing: hd25b's 我局不断优化; a column's slogan
# 【践行嘱托开新局】 over a news item is no 开新局's letterhead: hd37b).
# (not 全局, 政局: 安全局, 财政局; nor 创新局: 深圳市南山区科技创新局 — but the slogan 开创新局 is none)
NOT_ORGAN_WORD = r"(?:布|格|大|结|当|开|变|僵|时|残|棋|骗|破|(?:(?<!创)|(?<=开创))新)局"
NOT_ORGAN = lazy(NOT_ORGAN_WORD + "$")


@lru_cache(maxsize=65536)
def same_unit(a: str, b: str) -> bool:
    """True when the unit names ``a`` and ``b`` name one unit (see :data:`RENAMED_UNITS`): 市工信局 and
    泉州市工业和信息化局, 市金融局 and 市地方金融监督管理局, 市场监管局 and 市市场监督管理局; not 区科技局 and
    市科技局, 厦门市科技局 and 泉州市科技局, 市委 and 市发改委, 教育布局 and 市教育局 (:data:`NOT_ORGAN`)."""
    if NOT_ORGAN.search(a) or NOT_ORGAN.search(b):
        return False
    (pa, fa), (pb, fb) = _unit_form(a), _unit_form(b)
    if pa and pb and short_place(pa) != short_place(pb):  # (甘南州… and 甘南藏族自治州… are one place's)
        return False
    if (pa and pa[-1] not in LEVEL_CHARS and fb[:1] in LEVEL_CHARS) or (
            pb and pb[-1] not in LEVEL_CHARS and fa[:1] in LEVEL_CHARS):
        return False  # 国家… is no 市…
    return any(_same_form(x, y) for x in _renamed_forms(fa) for y in _renamed_forms(fb))


_NAME_STOPS = frozenset("局室厅、，,。；;：:（）()“”《》 \n")


def unit_mentions(text: str, unit: str) -> list[tuple[int, int]]:
    """Where ``text`` names ``unit`` by any of its names (:func:`same_unit`), as (start, end) spans in
    order, each from its level word (会同市金融监管局 → 市金融监管局 for 市金融局; 区市场监管局 names no
    市市场监管局: the level word before a name belongs to it), the longest such name ending there (市农业农村局,
    whose 农村局 names the unit too)."""
    ends, firsts = _name_edges(unit)
    if not any(e in text for e in ends):
        return []
    out: list[tuple[int, int]] = []
    for end in range(len(text)):
        if text[end] not in ends:
            continue
        found = None  # the longest name ending here (市农业农村局, not its 农村局)
        for start in range(end - 1, max(-1, end - 16), -1):
            if text[start] in _NAME_STOPS:
                break  # no name runs over punctuation or another's end (…办公室和市政府办公室)
            if start and text[start - 1] in LEVEL_CHARS:
                continue  # the name opens at its level word
            if text[start] not in firsts and not any(c in LEVEL_CHARS for c in text[start + 2:start + 4]):
                continue  # opens neither as one of its names nor with a place's name
            if (found is None or text[start] in LEVEL_CHARS) and same_unit(text[start:end + 1], unit):
                found = start  # the shortest, then one opening at its level word (市农业…), never a verb (会同…)
        if found is not None:
            if out and found < out[-1][1]:
                out.pop()  # a longer ending of the same name (…改革委 → …改革委员会)
            out.append((found, end + 1))
    return out


@lru_cache(maxsize=1024)
def _name_edges(unit: str) -> tuple[frozenset[str], frozenset[str]]:
    """The characters a name of ``unit`` may end and open with (its organ's; its level's, its body's
    first or 国 of 国家)."""
    forms = (unit, *_renamed_forms(_unit_form(unit)[1]))
    ends = {n[-1] for n in forms if n}
    ends |= {long[-1] for long, short in _ORGAN_ENDINGS if short in ends}
    firsts = {c for n in forms for c in n[:2]} | set(LEVEL_CHARS) | {"国"}
    return frozenset(ends), frozenset(firsts)


def names_unit(text: str, unit: str) -> bool:
    """True when ``text`` names ``unit`` by any of its names (:func:`unit_mentions`): 人社局、金融局
    names 市金融监管局, 据市地方金融监督管理局统计 names 市金融局."""
    return bool(unit_mentions(text, unit))


def named_as(text: str, unit: str) -> str:
    """``text`` with every other name of ``unit`` (:func:`unit_mentions`) written as ``unit``: a letter
    names a unit one way."""
    for start, end in reversed(unit_mentions(text, unit)):
        text = text[:start] + unit + text[end:]
    return text


# The level word opening a unit's name (市, 旗 of 旗水利局, 盟 of 盟卫健委, 镇 of 镇农业服务中心), not a word's first character (市场监管局,
# 市政公用局: :data:`LEVEL_OPENED`; 乡村振兴局, 乡镇企业局).
_UNIT_LEVEL = lazy(rf"[{JURISDICTION_LEVELS}](?!{LEVEL_OPENED})(?!(?<=乡)[村镇])")


@lru_cache(maxsize=4096)
def unit_matters(unit: str) -> tuple[str, ...]:
    """The field of work a unit's name says: its name from the level word on without the level (of any level: 水利 of
    乌拉特前旗水利局, 卫健 of 盟卫健委) and the
    organ (市国资委 → 国资, 滕州市公安局 → 公安, 市交通运输局 → 交通运输), then the department short names it
    abbreviates (发改 of 市发展和改革委员会, 人社 of 人力资源和社会保障局); a party committee's department's without its 委
    (宣传 of 市委宣传部); none for a government (市政府) or its office (市政府办). Remembered: a draft asks it of the
    bureau's name for every point it weighs."""
    body = _unit_form(unit)[1]
    body = body[1:] if _UNIT_LEVEL.match(body) else body
    organ = next((w for w in ("中心", *ORGAN_CHARS, "部") if body.endswith(w)), None)
    if organ is None or GOVERNMENT_WORD in body:
        return ()
    body = body[: -len(organ)]
    body = body[1:] if organ == "部" and body.startswith("委") else body  # a party committee's (市委宣传部)
    if not 2 <= len(body) <= 10 or not is_cjk(body):
        return ()
    short = [s for s in DEPARTMENT_SHORT_NAMES if s != body and s[0] == body[0] and in_order(s, body)]
    scoped = _LOCAL_FIELD.match(body)  # (地方金融监督管理局: its field is 金融, which an ask names — hd26a)
    return (body, *short, *([scoped.group(1)] if scoped else []))


# What a field's own work does, whatever matter it is done for (拨付文物保护专项经费, 安排…资金): an ask of these acts is the
# unit of that field's to answer, though it names another unit's field (hd29b: 财政局 and 文物保护's 文体广旅局).
FIELD_ACTS = {"财政": ("拨付", "经费", "资金", "预算", "财力")}


def field_acts(unit: str) -> tuple[str, ...]:
    """The acts of the fields ``unit``'s name says (:data:`FIELD_ACTS` of :func:`unit_matters`)."""
    return tuple(a for m in unit_matters(unit) for a in FIELD_ACTS.get(m, ()))


# A unit's name saying its scope (地方) and its work over the field (监督管理, 管理, 工作) around the field itself.
_LOCAL_FIELD = lazy(r"^地方([\u4e00-\u9fff]{2,4}?)(?:监督管理|监管|管理|工作)$")


# A body managing a site or zone (三星堆博物馆景区管委会, 某某风景名胜区管理局): its organ's words, and the kinds of site its
# name gives before them (博物馆, 景区, 开发区…), none of which tells one such body from another.
SITE_ORGANS = ("管理委员会", "管委会", "管理局", "管理处", "管理中心")
SITE_KINDS = ("博物馆", "纪念馆", "风景名胜区", "风景区", "景区", "旅游区", "度假区", "经济技术开发区", "高新技术产业开发区", "开发区",
              "高新区", "经开区", "工业园区", "产业园区", "园区", "新区", "自然保护区", "保护区", "公园", "遗址", "保税区", "示范区")


def site_name(unit: str, places=()) -> str:
    """The name proper of a body managing a site or zone, what tells it from others: its name without its organ's words
    (:data:`SITE_ORGANS`), the kinds of site before them (:data:`SITE_KINDS`, one at least) and a place it opens with
    (one of ``places``, bare too: 广汉 of 广汉市) — 三星堆 of 三星堆博物馆景区管委会 and of 广汉三星堆博物馆景区管理委员会;
    "" for any other unit (a department's name says its field, :func:`unit_matters`: 市城市管理局 names no site) or
    where less than two characters are left."""
    name = SPACE.sub("", unit)
    organ = next((o for o in SITE_ORGANS if name.endswith(o)), "")
    body = name[:len(name) - len(organ)]
    while kind := next((k for k in SITE_KINDS if body.endswith(k) and len(body) > len(k)), None):
        body = body[:-len(kind)]
    if not organ or len(body) == len(name) - len(organ):
        return ""
    for place in places:
        for form in (place, place[:-1] if len(place) > 2 and place[-1] in LEVEL_CHARS else place):
            if body.startswith(form) and len(body) - len(form) >= 2:
                body = body[len(form):]
    return body if len(body) >= 2 and is_cjk(body) else ""


def names_site(text: str, name: str) -> bool:
    """True when ``text`` says ``name``, a site's name proper (:func:`site_name`), not as a place's opening its level
    (德阳 of 德阳市 names no 德阳经济技术开发区)."""
    return bool(name) and any(text[m.end():m.end() + 1] not in PLACE_LEVELS for m in re.finditer(re.escape(name), text))


# A youth league committee (团县委, 团市委, 共青团XX市委): a text names its part by its organisation, 共青团.
_LEAGUE_COMMITTEE = r"(?:共青)?团.{0,6}委"
_YOUTH_LEAGUE = lazy(rf"^{_LEAGUE_COMMITTEE}$")
YOUTH_LEAGUE_WORD = "共青团"


def unit_words(unit: str) -> list[str]:
    """The words a text names ``unit``'s part by: its field (:func:`unit_matters`: 文旅 of 市文旅局; the first field a short
    name joining two stands for, as the full name's is: 教育 of 县教体局, of 教育和体育局), 共青团 for a youth league
    committee (团县委, hd32c), then the place it opens with, in full and bare (连江县, 连江 of 连江县政府: a county's
    government's part is the county's)."""
    place = place_and_short_name(unit)[0]
    bare = short_place(place)
    bare = bare[:-1] if len(bare) > 2 and bare[-1] in LEVEL_CHARS else bare
    fields = unit_matters(unit)
    joined = [s for m in fields if len(m) == 2 and m not in DEPARTMENT_SHORT_NAMES
              for s in DEPARTMENT_SHORT_NAMES if len(s) == 2 and s[0] == m[0]]
    league = [YOUTH_LEAGUE_WORD] if _YOUTH_LEAGUE.match(unit) else []
    return [*fields, *joined, *league, *dict.fromkeys(w for w in (place, bare) if w)]


def in_order(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long``, in order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def unit_in(units, unit: str) -> str | None:
    """The first of ``units`` that is ``unit`` (:func:`same_unit`), as written there; None when none is."""
    return next((u for u in units if same_unit(u, unit)), None)

# ---------------------------------------------------------------------------------------------
# verbs of the work
# ---------------------------------------------------------------------------------------------

# Verbs of doing that open a result's clause and an ask's list of things alike (加强…, 聚焦…).
_DOING_VERBS = (
    "强化", "围绕", "落实", "推动", "推进", "加强", "加快", "组织", "支持", "引导", "促进", "提升", "建设", "发展",
    "打造", "培育", "实施", "开展", "面向", "鼓励", "构建", "优化", "完善", "深化", "聚焦", "设立", "引进", "实现",
    "发挥",
)
# Verbs of developing or building up a whole (发展…, 构建…体系, 构筑…交通圈, 营造…氛围, 塑造…优势, 形成…格局): they name
# no matter, what they build does — a fact sharing one with an ask says nothing of what it asks (hd66c: 构筑起本岛半小时交通圈
# under 构筑绿色产业体系, 高质量发展 under 发展海洋清洁能源). Not 打造, said with the thing made as its own word: hd43b's plan
# 把…10个美丽乡村，打造成…康养旅游示范村 answers 打造八段锦功夫康养游 by it, 乡村 and 康养.
SHAPING_VERBS = ("发展", "构建", "构筑", "营造", "塑造", "形成")
# Verbs of founding, starting or holding one thing that a result's clause opens with (筹建…, 举办…).
_FOUNDING = ("筹建", "新建", "共建", "建成", "组建", "成立", "启动", "召开", "举办", "承办", "制定", "出台")
# Verbs of working with other units (会同…, 配合…), or over them (统筹…): the work of one unit among others.
PARTNER_VERBS = ("会同", "联合", "配合", "协同")
JOINT_VERBS = (*PARTNER_VERBS, "协调", "牵头", "统筹")
# Words a clause opens on naming whom its subject works with (与各指挥部成员单位…, 会同有关部门…): no subject of their own.
PARTNERING_WORDS = ("与", "同", *PARTNER_VERBS)
# Another unit named as one the work is done with (会同市交通运输局…, 联合有关部门…, 配合相关单位…): the bureau's work is not its alone.
PARTNER_NAMED = lazy(rf"(?:{words(PARTNER_VERBS)})(?:{UNIT_NAME}|(?:有关|相关)(?:部门|单位))")
# Verbs a clause of a reply opens with (建设…, 获得…, 协同…): where one stands before a level word
# (协同市…, 获得包头市…) it is no part of a place's name.
WORK_VERBS = (
    *_DOING_VERBS, *_FOUNDING, *JOINT_VERBS,
    "印发", "结合", "整合", "融合", "综合", "现将", "指导", "服务",
    "带动", "覆盖", "通过", "根据", "按照", "依托", "争取", "要求",
    "协助", "同意", "提请", "报请", "贯彻", "对接", "申报", "认定", "评为", "获批", "获评", "获得", "荣获", "入选",
    "兑现", "拨付", "下达", "安排", "创建", "布局", "完成", "形成",
    "督促", "参与", "参加", "吸纳", "涉及", "包括", "承担", "联系", "走访", "邀请", "配套", "奖励", "补助",
)
# Words a suggestion asks by and a reply reports by in other words, one kind a tuple: money given
# (对平台建设和运营给予补助 is answered by 兑现…补助, 奖补, 补贴, 资助). A point's key word holding one
# is said by a text saying any word of its kind. Not money raised: loans to 科技企业 (贷款) do not
# say 支持成果转化项目融资 (a clerk's reading of the 1350 draft).
KIN_WORDS = (("补助", "补贴", "奖补", "资助", "奖励"),)
# A grant asked for, which a government decides and its finance pays, no bureau's step to promise (hd58a: 承德高速口到鞍匠…免高速费,
# the real reply leaving it to the county government to study and fund): an exemption from a charge (免收高速通行费, 减免停车费,
# 免高速费; not 免费 alone, 免费开放, nor 避免…浪费), a service made free (纳入环城高速免费（退费）范围, 实行免费通行), money given to others (给予…补助,
# 提供…资金支持; not 提高资金使用效率: the money is what is given, its clause or its support ending there; not the money the works asked
# cost, 安排专项资金，对破损道路…进行改造: hd57a's ask of works) or a subsidy raised (提高…补贴标准).
EXEMPTING_VERBS = ("减免", "免收", "免征", "免除", "退还", "返还")
GIVING_VERBS = ("给予", "发放", "提供")
GRANTED_MONEY = ("补助", "补贴", "奖补", "资助", "资金", "经费")
GRANT = lazy(rf"(?:{words(EXEMPTING_VERBS)}|(?<![避以难未不幸赦罢任])免(?!费))[^，,。；;]{{0,10}}?(?:费|租金)"
             rf"|(?:实行|实施|纳入)[^，,。；;]{{0,12}}?(?:免费|减免)"
             rf"|(?:{words(GIVING_VERBS)})[^，,。；;]{{0,16}}?(?:{words(GRANTED_MONEY)})(?=支持|扶持|保障|[，,。；;）)]|$)"
             rf"|(?:提高|增加)[^，,。；;]{{0,8}}?(?:补贴|补助|奖补)(?:标准|额度)?(?=[，,。；;）)]|$)")
# The parties: the Communist Party's names and the eight democratic parties'. A proposer named by one
# is a body (民建泉州市委会, 九三学社许昌支委); before a committee's place it is no part of the place
# (中共泉州市委, 九三学社许昌市委).
DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
PARTY_NAMES = ("中共", "中国共产党", *DEMOCRATIC_PARTIES)
# A party's or the youth league's committee of a place said short by its level's 委 (民革平凉市委 of 民革平凉市委员会, 九三学社
# 许昌市委, 民盟甘肃省委, 团市委, 共青团平凉市委): a 委员会 all the same (hd52a).
PARTY_COMMITTEE = lazy(rf"^(?:(?:{words(PARTY_NAMES)}).{{0,8}}?[{PLACE_LEVELS}]委|{_LEAGUE_COMMITTEE})$")
# Verbs of checking things over (专项排查市本级…招投标情况, 核查县…台账, 检查…): before a level word they open no name (hd66c).
_ON_SITE_CHECKS = ("检查", "督查")  # (checks made by going to see: inspecting too)
CHECKING_VERBS = (*_ON_SITE_CHECKS, "排查", "核查", "清查", "巡查", "抽查", "普查", "复查", "审查", "稽查", "筛查", "盘查", "摸排")
# Verbs of going to see a thing (认真查看市场的整体布局, 考察县…): before a level word they open no name.
INSPECTING_VERBS = ("查看", "察看", "视察", "考察", "调研", "参观", *_ON_SITE_CHECKS, "督导")
# Verbs whose object is often a level's units or a zone (考核县（市、区）…, 推行园区…制, 破除市区…障碍,
# 推荐市…项目): before a level or zone word they open no name, as the work verbs do (places).
OBJECT_VERBS = ("考核", "考评", "评价", "表彰", "推荐", "推行", "破除", "帮助")
# A single undertaking's verbs: building, starting or holding one thing (建设…平台, 启动…, 举办…大会),
# in a clause of a result or a plan (编制…方案, 开工…).
FOUNDING_VERBS = (*_FOUNDING, "建设", "引建", "建立", "设立", "开展", "开工", "编制")
# Verbs a report's sentence of results counted opens on, its doer unsaid (完成粮食播种11.34万亩…, 投入380万元对工业园区道路进行
# 硬化…, 新增…, 累计获评…): work done — not a measure reached (实现, 增长, 达到), which a market's figures are.
COUNTED_DEED_VERBS = ("完成", "投入", "新增", *RUNNING_TOTAL_WORDS)
# What an ask to make a plan or a mechanism makes (制定…年度改造计划, 建立长效管护机制): the word closing its name, each of a kind
# whose other words say it too (a 方案 made answers an ask for a 计划), and the verbs making it — what a reply tells of it is that
# it was made, not work and figures (hd57a).
MADE_KINDS = (("计划", "规划", "方案", "办法", "细则"), ("机制", "制度"))
MADE_THINGS = tuple(w for kind in MADE_KINDS for w in kind)
MAKING_VERBS = ("建立健全", "制定", "编制", "出台", "建立", "健全")
# A place's own deed told of it as its subject (杭州公布首批十大…夜地标; 全市有8条步行街入选“…”并获得授牌): announcing one thing, or
# an honour its things won — never a measure reached (实现, 增长, 达到: a market's statistics), nor a founding verb, so often a
# noun's first word (全市建设用地供应总量…, 我市编制工作人员总数…, rv15).
# An honour or approval won (入选“…”, 获批…, 荣获…, 获得…称号; not 获得感, a feeling): a deed told done.
HONOUR_VERBS = ("入选", "获评", "荣获", "获批", "评为", "授牌")
HONOUR_WON = rf"{'|'.join(HONOUR_VERBS)}|获得(?!感)"
# Being put on a list or given a title by one (入选, 列入, 被评为, 认定为…): what a thing or a place is that a level's list names.
LISTED_VERBS = ("列入", "列为", "入选", "入围", "评为", "获评", "认定为", "确定为", "公布为", "命名为")
# 正 saying the work is in hand now (正对接…, 正在加紧谋划…), not a word it ends (真正, 反正, 端正, 修正, 公正, 纠正; rv17: 公正谋划,
# 真正谋划 are no plan being made) (pattern text).
NOW_ZHENG = r"(?<![真反端修公纠])正"
# A step the work waits on (待上级资金下达; 修订了《…职责》…，待省减灾委全体会议通过后印发实施, hd52c): still to come when written — 待
# and what must happen, closing on 后 or its clause (待上级下达资金后…) or turning to what is done then (待项目资金下达我们会…);
# no word 待 is part of (待遇, 待业, 待岗, 待就业, 待产, 待售, 接待, 对待, 期待, 优待, 有待, 亟待, 招待, 以待, 相待, rv17: 确保各项待遇
# 落实到位, 全年接待游客通过景区验票系统统计…, rv18 9: 为300名待岗职工落实再就业岗位 are done).
AWAITING = lazy(r"(?<![接对期优款看亟有招虐以相])待(?![遇业岗就产售])[^，。；！？]{1,16}(?:下达|到位|批复|批准|落实|审批|审定|通过)"
                r"(?=[^，。；！？]{0,6}?(?:之?后|[，。；！？]|$)|我|将|再|即|立即|方可)")
# What a list or an award is made known by (山西省公布2025年林长制省级激励名单), and what is won by one: a sum, a title.
ANNOUNCING_VERBS = ("公布", "发布", "印发", "推出")
AWARD_WORDS = ("奖励", "激励", "称号", "表彰", "奖", "资金", "荣誉")
PLACE_DEED_VERBS = (*ANNOUNCING_VERBS, *HONOUR_VERBS)
# What a deputy asks the bureau to do, seldom how a result's clause opens (加大…, 用好…, 健全…).
ASKING_VERBS = ("健全", "加大", "培养", "增强", "建立", "扩大", "提高", "搭建", "用好", "突破", "给予", "针对", "保障", "规范", "优化", "配齐",
                "推出", "推广", "重视", "扶持")
# The verbs an ask's list of things opens with, and a thing's name ends at (聚焦智能装备、… →
# 智能装备): not the other WORK_VERBS, which end names too early (科技服务业集聚区 at 服务).
ASK_VERBS = (*_DOING_VERBS, *ASKING_VERBS)
# Verbs of a step an ask proposes that no list of things opens (so not ASK_VERBS, which end names):
# 全面摸清…底数, 督促供暖单位建立…, 制定…年度改造计划 are next steps as 加大资金投入 is (hd7).
# Some go on as work reported goes on (持续运用公交大数据分析…, 持续督促…: ONGOING_STEP_VERBS); the others are done once.
ONGOING_STEP_VERBS = ("督促", "协调", "指导", "增加", "减少", "降低", "简化", "缩短", "增开", "调整", "运用", "利用",
                      "争取", "治理", "整治")  # (治理…问题: no 着力解决 before it, hd34c)
STEP_VERBS = (*ONGOING_STEP_VERBS, "摸清", "制定", "编制", "明确", "出台", "创造", "规划", "谋划", "开通", "延伸", "设置", "恢复")
# The reader's suggestion named by what it asks done, its word for it unsaid (您提出的建设“陕北民歌公园”，我局谋划…, hd57b): a verb of
# doing or founding and its object, up to a comma — not the verb as a noun's modifier (你提出的建设项目). ASKED_DEED is what
# follows 的 (pattern text).
ASKED_DEED = rf"(?:{words(ASK_VERBS, FOUNDING_VERBS)})(?!项目|工程)[^。；;！？!?，]{{1,40}}?，"
READERS_ASK = lazy(rf"(?:{ANY_YOU})(?:们)?所?提(?:出)?的{ASKED_DEED}")
# A lead phrase's terse and adverbial openings (强主体, 做优…, 抓好…, 持续…, 着力…): too short or
# too general to open anything but a lead.
_LEAD_OPENINGS = (
    "做优", "做强", "做大", "做实", "引建", "引育", "推广", "激发", "营造", "抓好", "深入", "持续", "全面", "着力",
    "大力", "积极", "强", "抓", "育", "引", "建", "扩", "优", "稳", "促",
)
# Manner adverbs before a verb of work (大力推广…, 切实加强…); CARRYING_ON, those that say the work
# goes on (持续…, 进一步…: a next step so begun needs no 持续 before it).
CARRYING_ON = ("持续", "进一步", "继续", "不断")
# (下大力气 and 全力 too: 下大力气解决…问题, hd38b)
MANNER_ADVERBS = (*CARRYING_ON, "积极", "大力", "充分", "切实", "全面", "深入", "着力", "努力", "尽快", "下大力气", "全力", "高度")
# Adverbs of the way work is done (科学编制…方案, 科学谋划, 有序推进): an ask's manner words before a verb of work (:data:`METHOD_MANNER`)
# — each opens a noun too (科学技术, 科学普及), so not MANNER_ADVERBS, which distil finds anywhere. Not a standard the work is asked
# to meet (合理拨付文物保护专项经费, hd29b; 依法…): what the ask asks.
METHOD_ADVERBS = ("科学", "有序")
# A word of :data:`METHOD_ADVERBS` as a manner word: before a verb of work or of a step (科学谋划, 科学编制…; not 科学普及) (pattern text).
METHOD_MANNER = rf"(?:{words(METHOD_ADVERBS)})(?={words(WORK_VERBS, STEP_VERBS, ASK_VERBS, FOUNDING_VERBS)})"
# What opens a clause saying what the work is for or about (聚焦…, 围绕…需求, 以…为): no thing done or asked.
SCOPE_OPENERS = ("聚焦", "围绕", "面向", "针对", "结合", "以")
# Verbs of seizing a chance or using a means (抓住…机遇, 借助…, 利用…, 依托…): an ask opening on one asks the work on the thing
# it names (抓住长城国家文化公园建设机遇 names 长城国家文化公园, not 抓住长城), as one opening on a verb of asking does.
SEIZING_VERBS = ("抓住", "抢抓", "紧抓", "把握", "借助", "利用", "依托")
# How a lead phrase that says what is done begins (加强…, 引建…, 强主体, 服务…): an ask's verbs and
# the lead openings, not every WORK_VERB (通过…, 根据…, 现将… lead no phrase of work).
LEAD_VERBS = (*ASK_VERBS, "服务", *_LEAD_OPENINGS)


# A document's name for itself in a note on it (本报告, 本年度报告; not 本报告期内, its period) and a page's for the document it carries
# (该政策文件, 本页面) (pattern text); and the help line of such a note (如对本年度报告有疑问，请联系…; 如果您对该政策文件有疑问，可以拨打
# 标题上方的电话咨询相关部门, hd49a): words on the document itself or its site's, none of its matter.
THIS_REPORT = r"本(?:年度)?(?:报告|年报)(?!期)"
THIS_PAGE = r"[该本此](?:政策)?(?:文件|政策|信息|页面)"
QUESTIONS_ON_IT = lazy(rf"(?:如果?|若)?(?:您|你)?对(?:{THIS_REPORT}|{THIS_PAGE})[^。；！？，,]{{0,8}}有(?:任何)?(?:疑问|疑义)"
                       r"[^。；！？]*?(?:联系|咨询)")
# A line of a site's footer (版权所有：…, 网站标识码：…, 京ICP备…, 网站地图): under it, a number alone (联系电话：0427-…) is the
# site's, not the document's.
SITE_FOOTER = lazy(r"版权所有|Copyright|网站标识码|网站识别码|网站地图|ICP\s*[备证]|公网安备|技术支持", re.I)
# The keys naming who runs a site or a paper and the body over it (主办单位, 主管主办单位, 主管单位, 主办): a field's name.
OWNER_KEYS = r"(?:主管[、/]?)?主办(?:单位)?|主管单位"
# Who reports a news item, and photographs it (a photo's credit names no editor: 编辑 X 摄 is none).
REPORTER_ROLES = ("记者", "通讯员", "采访人员")  # (采访人员: 封面新闻's word for its reporters, hd64b)
# What names an event a news item tells of: a meeting, a ceremony, a campaign (推介会, 签约仪式, 主题招商周).
EVENT_NOUNS = ("会", "仪式", "活动", "论坛", "典礼", "招商周", "博览会", "洽谈会")
# The clause of a statement telling an event held (5月11日，…汉中市在西安举行了重点项目推介暨签约仪式; 3月18日下午，…集中对接暨签约
# 仪式在勉县举行): what a statement pointing back to it keeps, the event named and dated, hd68c.
EVENT_CLAUSE = lazy(rf"[^。；！？]*?(?:(?:{HOLDING})了?[^，。；！？]{{0,30}}?(?:{words(EVENT_NOUNS)})"
                    rf"|(?:{words(EVENT_NOUNS)})[^，。；！？]{{0,10}}?(?:{HOLDING}|开幕|启动))")
# A news item's scene word opening a sentence (会上，市人社局以《…》为题…): the page's telling of an event the draft does not
# name, no bureau's (hd68b: 一是会上，我局以…); distill's report frames open on AT_MEETING too, with 座谈会上 (活动中 is no meeting).
AT_MEETING = ("会上", "会议上")
SCENE_SAID = lazy(rf"^(?:{words(AT_MEETING)}|活动中)[，,]\s*")
# How a reporter says whom they had a story from (记者从柳州市自然资源和规划局获悉，…, 记者从香格里拉县民政局了解到).
HEARD_VERBS = ("了解到", "获悉", "得知", "获知")
# What published figures are (数据显示，…; 统计显示，…): a frame of data, whoever published them (distill's DATA_SHOWN).
SHOWN_BY = ("数据", "统计", "监测结果", "调查结果")
# A reporting frame opening a sentence, naming no teller (据悉，至目前，全市已累计…; 数据显示，截至2018年底，全区共有…; 据统计，…;
# 记者获悉，…): the page's voice, no bureau's — a reply states its own figures (hd68b, hd70b). (据市工信局统计，… names whose.)
HEARD_SAID = lazy(rf"^(?:另|又)?(?:据(?:悉|统计|介绍|了解)|(?:{words(SHOWN_BY)})显示|记者(?:{words(HEARD_VERBS)}))[，,]\s*")
# …the reporter, then whom they heard it from (group 1) within a clause (pattern text).
REPORTER_HEARD = rf"记者[^，。；！？]{{0,6}}?从([^，。；！？]{{2,24}}?)(?:{words(HEARD_VERBS)})"
# A reporter at the scene in a page's own words (市政协委员张建波告诉记者，…; 记者在报到现场看到，…; …接受记者采访时表示), or told by
# whom they had it from (近日，记者从瓯海区卫健局获悉，…, hd66d): a news item's, never a unit's report (hd61a: a paper's news of 委员报到
# read as a work report).
REPORTER_PRESENT = lazy(r"(?:告诉|对|向)记者|接受(?:本报)?记者(?:的)?采访|记者在[^，。；！？]{1,16}?(?:看到|了解到|采访)"
                        rf"|{REPORTER_HEARD}")
# Who made a page's pictures, credited by their role beside their name (文/图 张三, 李四 摄, 王五 供图), and its charts (制图 田兰芳, h258).
PICTURE_ROLES = ("文/图", "图/文", "文图", "摄影", "摄", "供图")
CHART_ROLES = ("制图", "绘图", "设计")
# The commonest surnames' characters (a hundred of them, simplified and traditional): the first of a person's name.
SURNAMES = ("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣"
            "蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶"
            "黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯")
# A person's name: a surname and a given name of one or two characters none of which is a place's, a unit's, a sum's or a
# note's (高新区, 黄石港, 万元, 方案略 are no names, rv5).
_NOT_GIVEN_NAME = "省市县縣区區镇鎮乡鄉村街路港湾灣州略元件表号號附注註详詳见見办辦结結局厅廳委处處科"
_PERSON_NAME = rf"[{SURNAMES}](?:(?![{_NOT_GIVEN_NAME}])[{CJK}]){{1,2}}"  # a surname and one or two given characters
# The head of a body of no government named by title and name (上海市南通商会会长王文其, …大学校长徐建光), after the body's name: a
# guest's or a partner's body, its place no place a page speaks for.
BODY_HEAD_TITLES = ("会长", "校长", "董事长", "总经理", "理事长")
BODY_HEADED = lazy(rf"[{CJK}]{{1,12}}?(?<![局委办厅府])副?(?:{words(BODY_HEAD_TITLES)}){_PERSON_NAME}")
# A photo's credit closing a caption (新华社记者 宋为伟 摄, …认真做眼保健操。记者 叶诚 摄, （通讯员 李某 摄）): a news page's, about
# its picture, no work of anyone's.
PHOTO_CREDIT = lazy(rf"(?:^|[。！\s（(])(?:[{CJK}]{{0,8}}?(?:{'|'.join(REPORTER_ROLES)})|摄影)\s*[：:]?\s*[{CJK}]{{2,4}}(?:[\s、][{CJK}]{{2,4}})*\s*摄[）)]?\s*$"
                    # (or a caption's photographer named alone after it, a space before 摄: …擦拭宣传栏。丁宝萍 摄, hd44b)
                    rf"|(?<=[。！])[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}})*\s+摄\s*$"
                    # (or a person's name run into 摄 or 摄影 after it: 中子月饼文化节。钟卫东摄, hd64b; not a ban, 严禁拍摄)
                    rf"|[。！]\s*{_PERSON_NAME}(?:、{_PERSON_NAME})*\s*(?<![拍禁])摄影?\s*$"
                    # (or after it on 摄影, a space before: 色泽艳丽的白水苹果 摄影 董张曼, 国际在线's captions, hd51b)
                    rf"|(?<=[{CJK}])\s+摄影\s*[：:]?\s*[{CJK}]{{2,4}}(?:[\s、][{CJK}]{{2,4}})*\s*$")
# Seeing from above or afar (鸟瞰衡水市区, 航拍…, 远眺…): how a photo's caption tells the scene it shows.
SEEING_VERBS = ("鸟瞰", "俯瞰", "航拍", "远眺", "眺望", "遥望", "俯视", "远望", "仰望")
# Going into a place (走进婺源县的大小农村, 深入重点项目建设现场): the place is their object, no part of its name.
GOING_INTO_VERBS = ("深入", "来到", "走进", "走访")
# Going to a place to see the work there (市委书记李明深入重点项目建设现场, 县长带队督导检查安全生产现场): someone's deed, no caption.
VISITING_VERBS = (*INSPECTING_VERBS, *GOING_INTO_VERBS, "带队", "慰问", "指导")
# A caption opening on its mark (图：上浦镇“石井-象田-巴弄”美丽公路, 图为…, 图1：…, 摄影：…, hd46a), or on the day it was taken and
# the scene seen (2022年8月24日，鸟瞰衡水市区，绿树绕城…, hd49b; 这是2022年8月24日拍摄的衡水湖): what a picture shows, alone on its
# line, no statement of anyone's work — but one saying a figure states a fact (3月12日，航拍新建成的滨江公园，总面积12万平方米。, rv17).
CAPTION_OPENING = lazy(r"^[（(]?(?:图片?\s*[\d一二三四五六七八九十]{0,3}\s*[：:]|图为|摄影?\s*[：:])"
                       rf"|^(?:(?:19|20)\d{{2}}年)?{DAY}[，,]?\s*(?:{'|'.join(SEEING_VERBS)})(?!\D*\d)"
                       r"|^这是[^，。；！？]{0,30}?拍摄的")
# The names of county level and above that hold a conjunction, all of them (和 alone, 和县, aside):
# where one is written its 和 is no conjunction (晋中市和顺县 names 和顺县, not 晋中市 and a 顺县; 呼和浩特市,
# not 浩特市; 平和县 and 政和县 of 福建; 南和区 of 邢台, hd45b); the stems after their 和 (顺, 政, 静…) name no county.
NAMES_WITH_A_CONJUNCTION = frozenset(
    "和平 和顺 和政 和静 和硕 和田 和龙 和林格尔 和布克赛尔 呼和浩特 平和 政和 太和 永和 新和 仁和 南和 兴和".split())
# A reporter's or editor's credit in brackets closing a paragraph's last sentence (…处理厨余垃圾。（记者 蔡樱柳）, …“快车道”。
# (编辑:胡勇), hd42a; 【责任编辑：X】), a mirror's lost character after it (？); read before a mirror's traditional characters
# are made simplified (記者): the page is a news item, and the credit no words of it.
CREDIT_ROLES = "|".join((*REPORTER_ROLES, "記者", "通訊員", "(?:责任)?编辑", "(?:責任)?編輯", "责编", "責編"))
# What the name of a news outlet or a site ends in (云南农业信息网, 曲靖日报, 师宗新闻, 师宗县融媒体中心, 曲靖电视台), not a network
# of pipes or lines (排水管网, 国家电网, 互联网); in traditional characters too, as a mirror prints them (雲南農業信息網). A site's
# 网 after a short name (人民网, 中国江西网) or a media word (云南农业信息网), not a service's network (（城乡供水一张网）,
# （应急广播村村响网）: rv18 13).
_SITE = rf"[{CJK}·・]{{1,4}}(?<![管电電路水光林渠河气氣联聯天法张張])[网網]|[{CJK}·・]{{0,12}}?(?:新闻|新聞|信息|资讯|資訊|门户|門戶|政务|政務|在线|在線|日报|日報)[网網]"
PAPER_ENDS = ("日报", "晚报", "早报", "都市报", "商报")  # (a newspaper's name ends)
OUTLET_ENDS = (*PAPER_ENDS, "时报", "新闻", "电视台", "广播电台", "融媒体中心", "融媒", "客户端", "通讯社",
               "日報", "晚報", "早報", "都市報", "商報", "時報", "新聞", "電視台", "廣播電台", "融媒體中心", "客戶端", "通訊社")
_OUTLET = rf"(?:{_SITE}|[{CJK}·・]{{1,14}}?(?:{words(OUTLET_ENDS)}))"
CLOSING_CREDIT = lazy(rf"(?<=[。！？”])\s*[（(【\[](?:[^（）()【】\[\]，。]{{0,16}}?(?:{CREDIT_ROLES})\s*[:：]?\s*[^（）()【】\[\]，。:：]{{2,12}}"
                      # (or the outlet or site it came from alone, its source's key or not: …促进农业可持续发展。（云南农业信息网）, hd53c)
                      rf"|\s*(?:(?:信息|稿件|文章)?来源\s*[:：]\s*)?{_OUTLET}\s*)[）)】\]]\s*[?？]?$", re.M)
# A news item's end mark closing its last paragraph (…保障广大民众的饮水安全。(完), hd49b; 【完】, （全文完）): no words of it.
END_MARK = lazy(r"(?<=[。！？”])\s*[（(【\[]\s*(?:全文)?完\s*[）)】\]]\s*$", re.M)
# Who supplied a page's picture or words, after the stop of the caption or paragraph it closes (…乐享生活节。胜利河美食街管委会供图;
# …承载着财富和时尚。下城区融媒体中心 供稿, h258): a credit, no words of the page (nor its place: 下城区 is no page's).
SUPPLIED_CREDIT = lazy(r"(?<=[。！？”])\s*[^。！？，、；：“”（）()\s]{2,16}\s?(?:供图|供稿)\s*$", re.M)
# A person's name alone in brackets closing the last sentence (…促消费情况。(胡靖), hd42c; :data:`_PERSON_NAME`). It credits a news item as CLOSING_CREDIT does, but the text is not cut by it (a note's words are kept).
CLOSING_NAME = lazy(rf"(?<=[。！？”])\s*[（(]\s*{_PERSON_NAME}\s*[）)]\s*[?？]?$", re.M)
# A person's name labelling what they say in an interview (高康：保山有世界级的气候生态。…, hd50a), a name as CLOSING_NAME's: no words of
# theirs, where the page's title names them too (保山文旅十八大以来 高康) — a field's label (金额：, 方式：) is no one named there.
SPEAKER_LABEL = lazy(rf"^\s*({_PERSON_NAME})\s*[：:]\s*")
# The host of an interview's transcript (在线访谈, 民生热线), labelled on a line of their own (主持人) or opening their words (主持人：…,
# 【主持人】…): the mark of a transcript, and what the host says — greetings, the guests introduced, questions — no fact (hd67b).
HOST_LABEL = lazy(r"^\s*(?:[【\[]\s*主持人\s*[】\]]|主持人\s*(?:[：:]|$))\s*")
# The words of a programme a transcript's page names (在线访谈, 民生热线, 嘉宾, 各位网友, 听众朋友): with a host's label, an interview's —
# a meeting's minutes name their chair so too (主持人：张某) and none of these.
INTERVIEW_WORDS = ("访谈", "热线", "嘉宾", "网友", "听众", "观众", "节目", "栏目", "直播")
# …and the programme's fields over it (嘉宾：县文广新旅局局长周贵民, 简介：…, 访谈时间：…): no fact either.
PROGRAMME_FIELD = lazy(r"^\s*(?:嘉\s*宾|简\s*介|主\s*题|访谈(?:时间|主题|嘉宾))\s*[：:]")
# Whom a speaker in an interview greets (各位网友, 主持人, 听众朋友, 大家).
_GREETED = r"(?:各位|亲爱的)?(?:网友|网民|观众|听众|市民|朋友|主持人|嘉宾|大家)(?:朋友)?们?"
# A courtesy opening a speaker's words in an interview, a whole sentence (hd67b): a greeting (大家好，欢迎收看…；各位网友大家好！;
# 主持人好，各位网友大家好！; 各位网友，下午好！), a welcome, who the speaker is (我是市文广新旅局李智勇，很高兴参加这次访谈。), their pleasure
# at taking part (很高兴通过《在线访谈》这个平台和大家沟通交流。) or an answer's assent (好的，主持人。) — no fact.
INTERVIEW_COURTESY = lazy(rf"^\s*(?:{_GREETED}(?:[，、,]{_GREETED})*[，,]?(?:大家|你|您)?(?:早上|上午|中午|下午|晚上)?好"
                          r"|欢迎(?:收看|收听|观看|做客|来到)|我是|很高兴(?:参加|通过|来到|做客|能|有机会|和|与|同|跟)|好的(?=[，,。！!]))"
                          r"[^。！？!?]*[。！？!?]")
# What follows a unit that only came along on another's visit, in its clause (市市场监管局党组和法规科有关人员陪同, 在区政府
# 有关负责同志陪同下): it neither wrote the page nor did the work (hd43a) — 陪同 closing its clause or going along (陪同下, 陪同调研),
# not a service of that name (区民政局推出老年人就医陪同服务: the bureau's own work, rv4).
ACCOMPANYING = lazy(r"[^，。；！？]{0,16}?陪同(?=下|参加|调研|视察|考察|检查|[，。；！？、]|$)")
# A slogan: three or more phrases of four characters in a row, joined by 、 and standing apart from other words (立足四川、面向行业、
# 辐射全国、放眼世界！…, a host site's notice over the headline, hd70b): no headline, and where no sentence is stopped, no statement —
# not one a sentence quotes (…印发了《…方案》，目标要求：围绕“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”总要求，…, hd24).
SLOGAN_PHRASES = lazy(rf"(?<![{CJK}“‘「『、])[{CJK}]{{4}}(?:、[{CJK}]{{4}}){{2,}}(?![{CJK}”’」』、])")
# The words closing the name of a site's news column (工作动态, 要闻, 【甘肃新闻】, 当前关注, 热点, 信息发布): what is filed there is a
# news item.
NEWS_COLUMN_WORDS = ("新闻", "要闻", "动态", "资讯", "快讯", "快报", "播报", "关注", "热点", "焦点", "头条", "发布")
# The adverbs a verb of publishing takes in a sentence (市政府正式发布 《…》, 首次发布): before a column's word, no column's label.
PUBLISHING_ADVERBS = ("正式", "首次", "联合", "集中", "公开", "再次", "重磅", "同步")
# A page's source field naming a news outlet (来源：新华网, 来源:福州晚报, 来源：中国教育报), not a government's site (来源：某县人民
# 政府网, 中国政府网) nor a unit's: the page is its news.
# (not the page's own site, 来源：本网 of 东莞市水务局's 2023年工作总结和2024年工作计划: no outlet reporting it)
MEDIA_NAME = lazy(rf"^(?![{CJK}]*(?:政府|人大|政协|门户|官网|[{ORGAN_CHARS}]))(?!本网$)[{CJK}]{{1,10}}(?:网|日报|晚报|报|数字报纸|通讯社|社|电视台|广播电台|客户端)$")
# A news outlet named in running text (新甘肃·甘肃日报记者 安东, 据天水日报报道, 国际在线消息, 中国新闻网讯): the publisher, not a place the
# text speaks of (甘肃日报's article on 天水市文化和旅游局 is 天水市's, not 甘肃省's); not a daily report sent (每日报送).
OUTLET_IN_TEXT = lazy(rf"(?:[{CJK}]{{1,6}}[·・])?[{CJK}]{{2,4}}?(?:(?:{words(PAPER_ENDS)})(?![送告表])|(?:新闻网|在线|电视台|客户端)(?=记者|报道|讯|消息|[^{CJK}]|$))")
# A line naming a deputy or member by name and delegation (刘炜英(仓山团代表), 李某（市政协委员）): on a page of their remarks, it
# heads what that person said, no one's work; no title.
SPEAKER_LINE = lazy(rf"^[{CJK}]{{2,4}}\s*[（(][^（）()]{{0,14}}(?:代表|委员)[）)]$")
# The groups of people a measure serves, each with its kin words (an ask on 青少年体育赛事 is answered by 中小学生体育联赛):
# an ask naming one is about that group's share of the field, not the field at large.
PEOPLE_GROUPS = (
    ("青少年", "少年", "儿童", "未成年人", "中小学生", "小学生", "中学生", "学生", "少儿", "幼儿", "孩子", "中小学", "校园"),
    ("老年人", "老人", "长者", "高龄", "老龄", "养老", "敬老"),  # (敬老院 serves them: 改造提升7处敬老院, hd38a)
    ("残疾人", "残障", "残疾"),
    ("妇女", "女性"),
    ("农民工", "务工人员", "职工", "劳动者"),
    ("退役军人",),
    ("高校毕业生", "大学生", "毕业生", "青年"),
)


# ---- A suggestion's title and the concern it voices (compose reads asks by them; distill gives a reply's facts its matter)

# What a title ends in, the kind of item it names (…的建议, …的提案, …的议案).
# (…的问题与建议; …的几点建议: the count of its points, 几点, 若干, 三条, is no part of its matter — hd26b: 围绕…发展的几点积极开展工作)
TITLE_KIND = lazy(r"(?:(?:存在)?的?问题(?:与|和|及))?(?:的)?(?:几点|几条|若干|一些|[两二三四五六七八九十]+[点条])?"
                  r"(?:建议案|建议|提案|议案|意见)$")
# The verbs of works on a site (维修…道路, 新建…卫生室): a title opening on one asks for one site's works (compose.asks).
WORKS_VERBS = ("维修", "修缮", "修复", "修建", "新建", "重建", "扩建", "改建", "改造", "硬化", "拓宽", "加宽",
               "铺设", "安装", "增设", "建设", "搬迁", "疏浚", "整治")
# The verbs of opening a way through (贯通…消防通道, 打通断头路): works too, though a title opening on one may ask for a field.
THROUGH_VERBS = ("贯通", "打通", "连通", "畅通", "疏通")

# The verbs of pushing a matter on (推动…, 加强…, 加大…力度): what the work is about is their object,
# said after 围绕 as a noun (围绕科技创新与产业创新深度融合 of 推动科技创新与产业创新深度融合).
PUSHING_VERBS = ("推动", "推进", "促进", "加强", "强化", "加快", "加大", "支持")
# The verbs of reaching an end (实现…全覆盖, 达到…标准, 建成…, 确保…): a clause opening on one states a goal, not the work
# toward it — no step a bureau promises with no plan of its own (hd62a).
REACHING_VERBS = ("实现", "达到", "达成", "建成", "确保", "做到")
# Words of the pace a goal is reached at, before its verb (逐步实现…, 力争早日建成…).
REACHING_PACE = ("逐步", "力争", "争取", "早日", "尽早", "基本", "全部")

_TITLE_ABOUT = lazy(r"^关于")


def concern(title: str) -> str:
    """The concern a suggestion voices, from its title: ``关于X的建议`` → X."""
    text = (title or "").strip().strip("《》")
    text = _TITLE_ABOUT.sub("", _TITLE_SPACE.sub("，", text))
    once = TITLE_KIND.sub("", text)
    text = TITLE_KIND.sub("", once) or once  # (a kind said twice: …的问题与建议的建议)
    text = _without_genre(text)
    # 将荆泉路南延至笃西路…: 将 takes its object before the verb, no phrase of its own (推进荆泉路南延…)
    text = _TITLE_WILL.sub("", _ASKED_FOR.sub("", text.strip())).strip()
    return text[1:] if text.startswith("对") and not _TREATED.search(text) else text


# The proposal's genre closing its matter (…的思考, …对策研究; 应对强降水，守护出行安全研究, hd36b): no part of the matter,
# which a reply says it works on (围绕…研究 is no work), as said after 的, after 对策/问题, or closing a title of several
# clauses; 加强中医药基础研究 asks for research itself.
_GENRE = lazy(r"(?P<of>的(?:几点)?|(?:[及与和]?对策)|(?<=问题))?(?:研究|思考|探讨)$")
_GENRE_MIN = 4  # characters a matter keeps at least


def _without_genre(core: str) -> str:
    """A title's ``core`` less the genre word closing it (:data:`_GENRE`)."""
    found = _GENRE.search(core)
    if not found or found.start() < _GENRE_MIN or (found["of"] is None and not CLAUSE_BREAK.search(core)):
        return core
    return core[:found.start()]


_TITLE_WILL = lazy(r"^将(?=[\u4e00-\u9fff])")
# The deputy's own verb of asking before what is asked (要求实施…道路拓宽重建, 请求…): no part of the matter
# (hd22b: 关于要求实施…，有关情况如下).
_ASKED_FOR = lazy(r"^(?:要求|请求|恳请|呼吁|建议)(?![人书案权])(?=[\u4e00-\u9fff]{2})")
# The verbs whose object is only a deed, done to the thing 对 takes (对X进行维修, 对X加以整治): what follows them is the measure,
# no thing (维修养护、更新改造 of 对…机电井进行维修养护、更新改造 names two acts).
DEED_TAKING_VERBS = ("进行", "加以")
# The verb of doing a work to the thing 对 takes (对X进行维修: 维修X said with the thing first).
TREATING_VERBS = (*DEED_TAKING_VERBS, "开展", "实施")
# What a title's leading 对 is the object of (对X进行维修, 对X给予补贴, 对X加强管理, 对X道路硬化): without one the
# 对 only says what the suggestion is on (关于对玛曲县湿地…碳汇开发试点的建议, hd22d) and goes.
_TREATED = lazy(rf"{words(TREATING_VERBS)}|给予|予以|作出|做出|实行|{words(PUSHING_VERBS)}|(?:{words(WORKS_VERBS)})$")
# A title's space between two phrases (加快推进美丽宜居村建设 改善农村人居环境): a pause a title sets by a space, a
# sentence or heading by ，(hd19a: 下一步，我局将持续加快推进美丽宜居村建设 改善农村人居环境。).
_TITLE_SPACE = lazy(r"(?<=[\u4e00-\u9fff”’》）])\s+(?=[\u4e00-\u9fff“‘《（])")
