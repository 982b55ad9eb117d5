"""Place names and organisation names in Chinese government text, without a gazetteer.

- A *place* is a proper name and a level word (省 自治区 市 自治州 州 区 县 旗, and a prefecture's 地区 or a league's 盟):
  ``鲤城区``, ``重庆市``, ``塔城地区``; a province's or autonomous region's name is one of the few there are (``福建省``, never
  ``兑现省``), and so is a 地区's or a 盟's (``锡林郭勒盟``, never ``贫困地区`` or ``产业联盟``).
  Never ``高新区``/``全市`` (a zone or a scope), nor the noun 城市 after a word (``中国城市``,
  ``智慧城市``: a city's name before 城市 has two characters, ``晋城市``), nor a fragment cut out of a clause: a span opening
  with a time (``年度福建省``, ``年高新区``), a verb (``协同市``, ``获得包头市``, ``考核县``, ``做好市``), a function character
  (``以晋江市``) or a word that opens with one (``在线泉州``, ``对接鲤城区``: no name starts inside
  it), or a count (``个区和市``), or a stem that is words of running text (``省委省``, ``科技大市``;
  a title won, ``优秀市``, ``工程试点县``; a slogan, ``科教兴市``; a pair of level words, ``唯一旗县``;
  a flag, ``机关党旗``; a zone's epithet, ``品牌园区``, ``活力新区``; a level word inside, ``牢守省门市``; a hospital's campus,
  ``新院区``; a verb of checking, ``专项排查市``; a level word opening its own tier, ``其余市本级``: 市本级 is a fixed term).
  Such a span is cut back to the name it holds (:func:`name_in`: ``获得包头市`` → ``包头市``), or
  is none. A prefecture named short by its 州 is one of the autonomous prefectures (``恩施州``,
  ``黔东南州``, ``西双版纳州``); before a city named X州 (泉州, 温州) other characters are words, no
  name (``礼遇泉州``, ``福建泉州``, ``持泉州``).
- A *place chain* is places written one after the other (``杭州市上城区``); its innermost place
  is the last one.
- A name may itself open with a function character (``和平区``, ``将乐县``, ``从化区``, ``于洪区``). Such a
  name is taken only where a clause fragment cannot stand (:func:`opens_with_function`): right
  after another place in a chain (``天津市和平区``, ``三明市将乐县``) or in a chain directly before a
  unit word (``和平区科技局``, ``将乐县人民政府``), and only when what follows the function character
  is no name by itself: ``泉州市和鲤城区`` is 泉州市 *and* 鲤城区, ``现将市科技局``, ``和市科技局``,
  ``将全市``, ``为区…``, ``与各区科技局`` name no such place; running text too (:func:`places_in`:
  ``天津市和平区新增…`` → 和平区).
- A name's stem has at least two characters, but a county's may have one (``沛县``, ``丰县``, ``萧县``;
  every city's and district's has two or more, the nouns 城区/郊区/矿区 aside): one of the few there are
  (:data:`ONE_CHARACTER_COUNTIES`; never a scope, count, level word, verb or a word's last character: ``全县``, ``两县``,
  ``区县``, ``赴县``, ``请求县``), read where its left edge is marked (:func:`_county_edge`: the start of a
  clause, a level word, a conjunction 和/与/及, a function character that opens no name: ``在沛县``)
  and not before ``级``/``域`` (``县级``, ``县域``). So ``徐州市和沛县`` is 徐州市 *and* 沛县 as
  ``泉州市和鲤城区`` is, but the few names that hold 和 are read whole (``晋中市和顺县``: 和顺县,
  ``呼和浩特市``, ``平和县``: see :data:`~drafter.grammar.NAMES_WITH_A_CONJUNCTION`); after a
  function character that opens names (将, 从, 于) the two are one name (``三明市将乐县``, ``从江县``:
  将乐县, never 将 + 乐县), after the others the county is (``由沛县科技局``: 沛县科技局).
  ``和县``, a county named by a function character alone, is read where ``和平区`` is
  (``马鞍山市和县``, ``和县科技局``), never in ``市和县级…``.
- A *regional name* (``川渝``, ``成渝地区``, ``长三角``, ``京津冀``) is a place too where a clause
  names it: two provincial short names followed by 地区/经济圈/城市群 or alone before a work word.
- An *organisation name* is a place chain and a unit word (``杭州市上城区科学技术局``); a *short
  form* is a level word and a unit word (``市科技局``, ``区科委``), completed from the document's
  place: ``市科委`` of 上海市 → 上海市科学技术委员会 (the usual abbreviations are spelt out).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from functools import lru_cache

from ..grammar import (
    ACCOMPANYING, AREA_LEVELS, ASK_VERBS, AUTONOMOUS_REGIONS, CN_DIGITS, COMMITTEE_PART, DEPARTMENT_FULL_NAMES,
    CHECKING_VERBS, DEPARTMENT_ORGAN_WORDS, DEPARTMENT_SHORT_NAMES, FOUNDING_VERBS, GOING_INTO_VERBS, GOVERNMENT_WORD, HOW_MANY_WORDS, INSPECTING_VERBS, ITEM_NUMBER,
    LEAD_VERBS, LEVEL_ANAPHOR, LISTED_VERBS, LEVEL_WORDS, LEVEL_WORD_AFTER, MANNER_ADVERBS, NAMES_WITH_A_CONJUNCTION, NEXT_STEP, OBJECT_VERBS, ORGAN_CHARS,
    PARTY_NAMES, PLACE_LEVELS, PREFECTURE_WORD, PRESENT_WORDS, PROGRAMME_END_WORDS, PROVINCES, PROVINCE_SHORT_NAMES, RECENT_RUN, RECENT_YEARS_WORDS, REGION,
    SCOPE_WORDS, SEEING_VERBS, SHOWN_BY, TIME_SPAN_WORDS, TOWN_LEVEL, TOWN_LEVELS, VILLAGE_LEVELS, LEVEL_CHARS, TIME_WORDS, TITLE_EPITHETS, WITHIN, WORD_AFTER_ANY_LEVEL, WORK_VERBS, ZONE_WORDS,
    mask_titles,
    short_place, words,
)
from ..textutil import CJK, CJK_CHAR, is_cjk
from .figures import clause_start

LEVELS = PLACE_LEVELS
# What a zone is called, not named (“一园三区”品牌园区, 活力新区, 生态新区): no place's name.
ZONE_EPITHETS = "品牌|活力|生态|智慧|宜居|魅力"
# Endings of words that look like place names but are not (高新区, 示范区, 超市, 全市…).
NOT_A_PLACE = re.compile(
    r"(?:高新|开发|示范|园|片|核心|集聚|先行|创新|实验|试验|保税|自创|功能|社|辖|景|全|我|本|该|各|超|上|每|主城"
    r"|大|强|经开|老|城区|郊|委|地|山区|库区|会|届|自治"
    r"|校|县城|支撑|引领|承载|辐射|直管|之"  # 綦江校区, 县城区, 重要支撑区, 创新引领区, 直管区, 首善之区
    r"|责任"  # 压实责任区…: an area of responsibility
    r"|建城"  # 建城区 (the built-up area, 建成区)
    r"|密集"  # an area where something stands dense (房屋密集区, 人口密集区)
    r"|集"  # a market (城乡小集市, 农贸集市): no city's name ends in 集
    r"|夜|早|股|菜|灯|债|汇|鱼|黑|牛"  # a kind of market (新春夜市, 早市, 股市, 菜市, 黑市): no place's name ends so (房县, 鼓楼区 do)
    r"|互|开|休|罢|闭|复|退|入"  # a trade or a market's act (边民互市, 开市, 休市, 复市, 退市, 入市: hd36c), no place's name
    r"|副"  # a deputy's title (景德镇副市长张良华: no 景德镇副市)
    r"|镇"  # a town's built-up area (太平镇区, 镇区): the town's, no district
    r"|灌|牧|城镇"  # an irrigation district (潞江坝灌区), pastoral land (农牧区), towns (城镇区): no place's name
    # a kind of area, not a named one (棚户区, 自然保护区, 缓冲区, 安置区, 采煤沉陷区, 重灾区, 中心城区)
    r"|棚户|保护|缓冲|禁养|限养|安置|居住|住宅|生活|集中|沉陷|灾害?|贫困|旧城|中心城"
    r"|.老城"  # a town's old quarter (让老城区焕发…, 泉州老城区); 洛阳's 老城区 has its stem alone
    r"|[园苑庭][东西南北]"  # a housing estate's part (东园东区, 花苑西区)
    r"|小"  # a housing estate (老旧小区, 计划内小区, 居民小区): no district's name ends in 小
    r"|项目|滩"  # a project's county or area (建设项目县市两级…验收, 项目区) and a river's flats (滩区, 低滩区): no names
    r"|度假|主题|旅游|风景"  # a resort or a tourist zone (度假区管委会, 土司府文化主题区, 旅游区: hd50a's reply read as 度假区's), no place
    r"|[蓄滞行泄分]洪|洪泛|淹没"  # a flood zone (行蓄洪区, 蓄滞洪区, 分洪区, 洪泛区) or a reservoir's drowned land (淹没区): kinds of area, no names
    r"|院"  # a hospital's campus (华龙医院新院区, 东院区, 南院区): no place's name ends in 院
    r"|专"  # a site's section (无码专区 of a mirror's spam over the page, hd38c; 学习专区): a prefecture so named is no more
    # a title won (工程试点县, 考核为优秀市, 先进县) or the kind of county a title names (创建湖北省全域公交县, 国家卫生县, 生态县, 双拥模范县)
    rf"|{words(TITLE_EPITHETS)}"
    rf"|(?:{ZONE_EPITHETS})新?"  # 活力新区
    rf"|{words(TIME_SPAN_WORDS)}"  # a clause's time (活动期间市电视台…, 十三五期间我市…): the level word opens its subject
    r"|市城"  # the city's urban area (2015年市城区提质改造项目), no district's name
    r"|..[兴立])$"  # a slogan (科教兴市, 人才兴县, 生态立市, 工业立县); a name has two characters before its 兴 (嘉兴, 长兴), none ends in 立
)
# An act on a place's level, not a place (撤县设市, 温岭撤县, 撤市设区, 撤乡并镇, 县改市, 地改市): a stem holding 撤 before a level
# or at its end, or a level word with the act's verb after it; no place's name is so made.
REORGANISED = re.compile(rf"撤(?:[{LEVELS}乡镇村地]|$)|^[{LEVELS}乡镇村地][改设建并升]$")
# A stem holding one of these is words of a sentence, not a name (个区和市, 省委省, 现将市), or opening on a level word's 级 (唐山17个
# 县级行政区: no 级行政区) or on a superlative's 最 (全省最佳县城: no 最佳县, no name opens so); a name
# may open with a numeral (三明市, 十堰市, 两江新区), a count may not (三个区, 两地市), nor a span of years (“两年翻番县”:
# a county's epithet).
# A stem of numerals alone is a count only when it reads as a number (三, 十三, 两三: 三区, 十三县); 二七区 is a name.
_NUMBER_WORD = r"(?:[二两三四五六七八九]?十[一二三四五六七八九]?|[二两三四五六七八九]|两三|三四|四五|五六|六七|七八|八九)"
COUNT_START = rf"(?:[二两三四五六七八九十]+[个家项名所批类级条大地城座种省市区县年]|{_NUMBER_WORD}$)"
NOT_IN_PLACE = re.compile(rf"[和与及的了把被个委将对向从为是在等或并于以由]|^[一几各每本该全我级最]|^{COUNT_START}")
# A stem ending in a count after a word is words and a count (市下达两区, 预测两区上半年…, 辐射十区): no name
# ends in a numeral after another character (二七区 is numerals alone, 两江新区 opens with one).
COUNT_END = re.compile(r"(?<=[^一二两三四五六七八九十几数百千万])[一二两三四五六七八九十几数]+$")
# Nouns and scopes that end up in front of a level word (科技市场, 全市, 省级市).
_NOT_A_STEM_WORDS = ("科技|创新|经济|产业|同时|其中|积极|认真|全省|全市|全区|全县|本级|上级|下级|两地|各地|城乡|"
                     "省级|市级|区级|县级|办理|交办|交|主办|协办|会办|督办|领办"  # 共办理市九届人大…, 已交市文化和旅游局办理 (hd50a)
                     "|地级"  # 发展速度最快的地级市之一: a city of prefecture level, no name (hd66c)
                     "|勉励|希望|号召|感谢|表扬|率领|带领|激励|嘱托|叮嘱|看望|慰问|听取|听完|听了"
                     "|唯一|首个"  # 作为自治区唯一旗县: a rank  # 勉励市科协…: a leader's verbs
                     "|申请"  # 申请县财政45万元: a request to the county's purse
                     "|依据"  # 依据县人民政府工作安排: what the work follows
                     "|依靠|依托|依赖|借助"  # 只能依靠县财政: what the work leans on, no 依靠县
                     "|预计|预测|估计|预期"  # 预计全区…: an estimate of the whole district, no 预计区
                     "|季度|月度"  # 本季度全县…: a period's whole county, no 季度县
                     "|改造"  # 提质改造县乡公路: the roads' level, no county
                     "|分解|细化|量化"  # 分解市政府领导同志…任务清单, 细化量化市政府领导干部…职责: the tasks broken down
                     f"|{words(HOW_MANY_WORDS)}"  # 部分区人大代表, 不少市民: some districts' deputies, many citizens (hd67a)
                     "|依照|根据"  # 根据市…: what the work follows
                     "|丰富|繁荣|活跃|搞活"  # 丰富市集中的可选业态: enriching a market, no 丰富市
                     "|法治"  # 统筹推进依法治区…: governing by law, no 法治区
                     "|单位|部门|机关"  # 协办单位市卫健委…: a unit's role, then its level, no 协办单位市
                     "|管理"  # 城市管理…精细管理市政: a field's verb before 市政 (municipal works), no place's name ends in it
                     "|破解"  # 探索破解市区两级松散联动问题: the problem's levels, no 破解市
                     "|友邻|周边|兄弟|相关|邻近|相邻|毗邻"  # 来自“环杨凌”友邻市、县的…: the neighbouring ones, no name (hd39b)
                     "|主管|分管|协管|主抓|挂钩|包保|负责")  # 由主管市领导牵头, 分管县领导: the leader in charge, no 主管市
# The verbs of the work, an ask's, a founding's, a lead phrase's and those taking a level's units as
# their object (grammar), the manner adverbs before them (充分, 着力) and a verb with its result
# (做好, 抓好, 列入, 纳入, and 拆除, 撤除, 破除: no name ends in 好, 入 or 除 — 市环卫局先后撤除市区…, 破除市区一体的障碍 name no
# 撤除市, 破除市, hd48d): a span opening with one names no place
# (建立市、县…, 着力抓好高新区, 充分盘活园区, 考核县（市、区）…, 做好市级…), nor a stem ending in one.
# (and the verbs passing a paper or money to or from a level's units: 及时反馈区人大常委会, 接到惠东县十一届人大一次会议
# 《…》, 报送县政府, 已收到县财政资金)
_PASSING_VERBS = ("接到", "收到", "接受", "反馈", "报送", "上报", "呈报", "转交", "提交", "递交",
                  "派驻", "选派", "下派")  # (and sending staff: 向达州高新区派驻市城管执法直属二大队)
# (and the verbs, or nouns, of proposing or asking: …乡村旅游的建议荣昌区教委与… where a page lost the stop after 建议, 建议市政府…,
# 恳请县人大给予支持)
_PROPOSING_WORDS = ("建议", "提议", "呼吁", "恳请", "请求", "申请",
                    # (and of consulting other units: 征求市发改委、市经信局…意见 names no 征求市)
                    "征求", "征询", "商请", "会商", "函请")
# (and opening a line or a service: 开通县城公交线路11条, the county town's lines; or roads to a use: 武陟县开放王圆线、大老线等7条
# 县乡道, the county's deed, no example's name, hd54b; or a facility: 同时启用云县第二垃圾填埋场 names no 启用云县, hd70d)
_OPENING_VERBS = ("开通", "开放", "启用", "投用")
# (and writing a paper: 编写东莞市幸福河湖动员令 of 东莞市水务局's 2023 report names no 编写东莞市)
_WRITING_VERBS = ("编写", "修订", "修编", "起草", "编印", "印制", "制发", "发布", "编撰", "撰写")
# (and aiming at or reaching over a whole scope: 力争全市农林牧渔业总产值增长3.5%以上 of 宁波's 工作要点 names no 力争市, nor 确保全县…,
# 动员全区…, 遍布全市…)
_AIMING_VERBS = ("力争", "力求", "确保", "争取", "预计", "动员", "发动", "部署", "着眼", "立足", "遍布", "走遍", "覆盖", "带动")
# (and removing or closing down: 共拆除县城违规设置…的各类广告牌 names no 共拆除县, hd38b)
_REMOVING_VERBS = ("拆除", "清除", "清理", "铲除", "取缔", "关停", "查处")
# (and speaking or acting for a level's body: 我代表县人民政府向大会报告工作 of a county's 政府工作报告 names no 代表县, nor 代表市,
# 代表区; 代理县长 no 代理县, hd56b)
_ON_BEHALF_VERBS = ("代表", "代理")
# (and seeing someone somewhere: 随处可见市政协委员就…展开讨论 names no 随处可见市, hd61a)
_WITNESS_VERBS = ("可见", "看到", "看见", "见到", "遇见", "目睹")
_VERBS = (words(WORK_VERBS, ASK_VERBS, FOUNDING_VERBS, MANNER_ADVERBS, OBJECT_VERBS, _PASSING_VERBS, _PROPOSING_WORDS, _OPENING_VERBS,
                _WRITING_VERBS, _AIMING_VERBS, _REMOVING_VERBS, _ON_BEHALF_VERBS, _WITNESS_VERBS, SEEING_VERBS, INSPECTING_VERBS,  # (鸟瞰衡水市区 names no 鸟瞰衡水市, hd49b)
                CHECKING_VERBS,  # (专项排查市本级… names no 专项排查市, hd66c)
                tuple(w for w in LEAD_VERBS if len(w) > 1)) + rf"|[{CJK}][好入除]")
NOT_A_STEM = re.compile(rf"(?:{_VERBS}|{_NOT_A_STEM_WORDS})$")
# (受 as 被, its agent after it: 受交城县人民政府委托 names 交城县, no 受交城县, hd56b)
_FUNCTION_CHARS = "由在从与和及对向将为是据经被受等的了请按即以仅只有但距除至"  # (但故乡人民…, 距县城东5公里, 除拱墅区…外, 勐海县至景洪市: no 但故乡, 距县, 除拱墅区, 至景洪市)
# Words that open with a function character and are no function character before a name (对接, 按照,
# 在线): a name starts after the word, never inside it (积极对接泉州…, 在线泉州… name no 接泉州, 线泉州).
# (受理县人大代表建议 names no 理县, 受益县 no 益县)
_FUNCTION_CHAR_WORDS = frozenset("按照 对接 对于 对标 对口 由于 为了 经过 经营 在线 即将 据此 和谐 与会 等等 以及 "
                                 "受理 受益 受灾 受援".split())  # (树立经营城市理念: no 营城市)
# What a span cut out of a clause opens with before a name (2025年度福建省, 7月底沅江市, 获得包头市, 协同市…,
# 现天水市: now, 仅华容县, 3个区, 中共泉州市委, 在线泉州): a time, a verb, a clause opener, a party's name, a
# function character or a word it opens, a count.
# Verbs of going to or into a place (来广汉参观三星堆的游客, 赴成都市考察, 前往…, 走进婺源县的大小农村: grammar.GOING_INTO_VERBS): the
# place is their object. A bare 来 only before two characters and the level word — 来宾市, 来凤县, 来安县 are names.
_MOVING = rf"{words(GOING_INTO_VERBS, ('前往', '回到', '赶赴', '奔赴'))}|到|赴|去|来(?=[{CJK}]{{3}})"
NOT_A_NAME_START = re.compile(
    rf"^(?:\d[\d.]*(?:(?:年度|年|月)[底初末]?|日)?|年度|年|{RECENT_RUN}|{words(TIME_WORDS, RECENT_YEARS_WORDS)}|{_VERBS}|{_MOVING}"
    rf"|共有|拥有|现有|已有|现(?=[{CJK}]{{2}})|累计|新增|截至|其中|同时|此外|还有|{NEXT_STEP}|{words(HOW_MANY_WORDS)}|依据|依照|根据|会议|{words(PARTY_NAMES)}|{words(_FUNCTION_CHAR_WORDS)}"
    rf"|[{_FUNCTION_CHARS}]"
    rf"|[{CN_DIGITS}十几]+[个家项名所批类级条])+"
)
_VERB = re.compile(_VERBS)
_SHORT_NAME_SIZES = sorted({len(name) for name in PROVINCE_SHORT_NAMES})
# The prefectures named 地区 renamed cities since 2011, which older texts still name so: in both lists below.
_RENAMED_PREFECTURES = frozenset("吐鲁番 哈密 日喀则 昌都 林芝 山南 那曲 铜仁 毕节".split())
# The prefectures named 地区 (governed by a 行署) and the leagues (盟) of 内蒙古, all of them (and the renamed ones): 地区 and 盟
# follow one of these names, never a noun's (贫困地区, 沿海地区, 产业联盟).
PREFECTURE_REGIONS = frozenset("阿克苏 喀什 和田 塔城 阿勒泰 大兴安岭 阿里".split()) | _RENAMED_PREFECTURES
LEAGUES = frozenset("兴安 锡林郭勒 阿拉善".split())
# The municipalities and the cities of prefecture level, all of them (2023): a name known as a city's before the words a level
# word opens (福州市政道路 is 福州市's roads, :data:`LEVEL_WORD`).
CITIES = frozenset(
    "北京 天津 上海 重庆 "
    "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 "
    "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 "
    "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 吉林 四平 辽源 通化 白山 松原 白城 "
    "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 "
    "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 "
    "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 "
    "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 "
    "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 "
    "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 "
    "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 "
    "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 "
    "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 "
    "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "贵阳 六盘水 遵义 安顺 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 拉萨 "
    "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 "
    "西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依".split()) | _RENAMED_PREFECTURES


def place_rank(place: str) -> int:
    """How far down a place is: a province 1, a prefecture (a city of :data:`CITIES`, a 州 or 盟) 2, else 3."""
    if place.endswith(("省", "自治区")):
        return 1
    return 2 if place.endswith(("州", "盟")) or (place.endswith("市") and place[:-1] in CITIES) else 3


# The level words of more than one character, and of a prefecture named 地区 or a league.
_LONG_LEVELS = f"自治区|自治州|自治县|{PREFECTURE_WORD}|盟"

# Unit words: a department's name and an organ's word (grammar: 科学技术局, 科技厅, 发改委, 市场监管局,
# 住建局), the government (人民政府, 政府), a zone's committee (管理委员会, 管委会, 新城建设管理委员会)
# and the abbreviations of a committee's (科委, 教委); longest first. The usual short forms spelt out.
_OTHER_UNIT_WORDS = (f"人民{GOVERNMENT_WORD}", GOVERNMENT_WORD, "管理委员会", "管委会", "新城建设管理委员会", "科委", "教委")
ORG_WORDS = tuple(sorted(
    {name + organ for name in (*DEPARTMENT_FULL_NAMES, *DEPARTMENT_SHORT_NAMES) for organ in DEPARTMENT_ORGAN_WORDS}
    | set(_OTHER_UNIT_WORDS), key=lambda w: (-len(w), w)))
# …and a party committee's department or office (委组织部, 委人才办: grammar.COMMITTEE_PART), whole.
ORG_WORD = f"{words(ORG_WORDS)}|委{COMMITTEE_PART}"
_UNIT_AT = re.compile(ORG_WORD)
EXPANSIONS = {"科技局": "科学技术局", "科委": "科学技术委员会", "科技厅": "科学技术厅", "发改委": "发展和改革委员会",
              "发展改革委": "发展和改革委员会", "工信局": "工业和信息化局", "经信局": "经济和信息化局",
              "人社局": "人力资源和社会保障局", "市场监管局": "市场监督管理局", "教委": "教育委员会",
              "政府办": "人民政府办公室"}
# Where a name in running text may start: after these, or after anything not a character.
BOUNDARY = set(_FUNCTION_CHARS) - set("仅只有")
SHORT_FORM = re.compile(rf"(?:(?<![{CJK}])|(?<=[{''.join(sorted(BOUNDARY))}])|(?<=\d年))([省市区县])({ORG_WORD})")
_NAME_PARTS = re.compile(rf"^(.+?)({_LONG_LEVELS}|[{LEVELS}])$")
# a place of a given stem length at the start of a string (1 to 7 characters before the level word)
_PLACE_AT = {size: re.compile(rf"[{CJK}]{{{size}}}(?:{_LONG_LEVELS}|[{LEVELS}])") for size in range(1, 8)}
# What a place's name may label rather than be the place spoken of: a river's monitoring section named by the town it passes
# (天门河拖市断面, 汉江岳口断面) or a station's site.
SITE_LABEL = re.compile(r"断面|监测点|监测站|水文站|水质站|国控点|省控点")
_SENTENCE_STOP = re.compile(r"[。！？]")
SENTENCE_START = re.compile(r"(?:^|[。！？；\n]|^[一二三四五六七八九十]+是)$")


def is_place(name: str | None) -> bool:
    """True for ``鲤城区``/``重庆市``/``福建省``/``沛县``, false for ``高新区``, ``全市``, ``强化市``,
    ``年度福建省``, ``兑现省``, ``各县`` (see the module docstring)."""
    if not name or len(name) < 2:
        return False
    if REGION.fullmatch(name):
        return True
    m = _NAME_PARTS.match(name)
    if not m or (len(m.group(1)) < 2 and not _one_character_county(*m.groups())):
        return False
    stem, level = m.groups()
    if stem in NAMES_WITH_A_CONJUNCTION - _CONJUNCTION_WORDS:
        return level in "市区县"
    if level == "省":
        return stem in PROVINCES
    if level == "自治区":
        return stem in AUTONOMOUS_REGIONS
    if level in (PREFECTURE_WORD, "盟"):
        return stem in (PREFECTURE_REGIONS if level == PREFECTURE_WORD else LEAGUES)
    if level == "市" and stem in CITIES:
        return True  # a city's known name, whatever it ends in (景德镇市: no town's 镇区)
    if level in "市区县旗" and any(stem[:n] in PROVINCE_SHORT_NAMES and len(stem) > n + 1 and is_place(stem[n:] + level)
                                 for n in _SHORT_NAME_SIZES):
        return False  # a place after its province named short (广东汕尾市, 江苏南通市): two names, the second the place (hd57c)
    if level == "市" and stem.endswith("城") and (len(stem) >= 3 or stem[0] in LEVELS or stem[0] in CLASSIFIERS):
        return False  # the noun 城市 with a word before it (中国城市, 智慧城市; a level's, 区城市管理局; a count's, 21家城市书房); a
        # city's name is 晋城市
    if level == "市" and stem.endswith("都") and stem not in ("成都", "江都"):
        return False  # the noun 都市 with a word before it (现代化都市圈, 都市圈都市农业, 国际化大都市): the cities named X都 are 成都市
        # and the former 江都市
    if stem[0] in LEVELS and (len(stem) > 2 or stem[0] != "市"):
        return False  # a unit's level before its name (市绿化市容局); the names opening on a level word open on 市 and have one
        # character after it (市中区, 市北区): none on another (省军区, 县市区)
    if any(c in LEVEL_CHARS and not is_place(stem[:k + 1]) for k, c in enumerate(stem[1:-1], 1)):
        return False  # words of a clause round a level word (牢守省门市门: the province's and the city's gates), no place before it
        # as in a chain (泉州市鲤城区); no name holds one inside (沙市区, 市中区: at its ends)
    if len(stem) > 4 and level in "市县":
        return False  # words of a clause (农贸市场如何加快复市): a city's or county's name has at most four characters before 市/县
    if level == "州":
        return stem in AUTONOMOUS_PREFECTURES  # not words before a city named X州 (礼遇泉州, 持泉州)
    if stem[-1] in LEVELS and stem[-1] + level not in ("市区", "州市", "州区"):
        return False  # a pair of level words (唯一旗县, 区县, 市县); 沙市区, 泉州市 are names
    if level == "区" and stem.endswith("特"):
        return False  # a special zone (经济特区); a city's name may end so (乌兰浩特市, 锡林浩特市: hd36b)
    if level == "区" and len(stem) == 2 and stem[1] == "新":
        return False  # a new district spoken of (XX区（含新区）, 设新区), not named: a 新区's name has two characters before it (两江新区)
    if level == "旗" and _NOT_A_BANNER.search(stem):
        return False  # a flag (党旗, 国旗, 红旗), not a banner of 内蒙古
    return not (NOT_A_PLACE.search(stem) or NOT_IN_PLACE.search(stem) or REORGANISED.search(stem) or NOT_A_STEM.search(stem)
                or NOT_A_NAME_START.match(stem) or COUNT_END.search(stem) or not is_cjk(stem))


# The characters that open a clause fragment (将, 和, 为…) and may also open a name (将乐县, 和平区).
_FUNCTION_OPENERS = frozenset(_FUNCTION_CHARS + "把或并于")
# The level whose names may have a one-character stem (沛县; never a scope, count, level word or verb before it: 全县, 两县,
# 区县, 赴县, none of :data:`ONE_CHARACTER_COUNTIES`).
ONE_CHARACTER_LEVEL = "县"
# What follows a level word that makes it part of a word: grammar.LEVEL_WORD_AFTER, WITHIN, WORD_AFTER_ANY_LEVEL, LEVEL_WORDS.
WITHIN_FRAME = frozenset("在于至")  # (the frame of where a WITHIN closes a place's name: 注册地在广汉市内)
# …and the words a level word opens that name no place after any name but a city's (:data:`CITIES`, a workspace's county-level
# cities: :func:`_city_before`): 市政 works (新改建市政管网: no 新改建市; 福州市政道路: 福州市's), a level's set targets (全市棚改市定目标任务:
# no 棚改市), hd37b; never 市政府, 市政协 (泉州市政府).
LEVEL_WORD = re.compile(r"政(?:管网|道路|设施|工程|公用|基础|配套|桥梁|管线|园林|排水)|定(?:目标|任务|指标)")


# A prefecture named short by its 州 (恩施州, 黔东南州, 西双版纳州) is one of the thirty autonomous
# prefectures (自治州), named by what comes before 自治州's people words (恩施土家族苗族自治州 → 恩施); a city's
# name is one character and 州 (泉州, 温州, 湖州), so other words before 州 are words before that name
# (礼遇泉州, 福建泉州, 中国湖州, 持泉州, 简报获温州市委…), never a name. The three named short by one
# character (博州, 巴州, 克州) are left out: one character before 州 is a city's name (泉州).
AUTONOMOUS_PREFECTURES = frozenset(
    "延边 恩施 湘西 阿坝 甘孜 凉山 黔东南 黔南 黔西南 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 临夏 甘南 "
    "海北 黄南 海南 果洛 玉树 海西 昌吉 博尔塔拉 巴音郭楞 克孜勒苏 伊犁".split())
# The counties named by one character, all of them: only these are counties (a document number's code often opens on its
# place's first character and level word, 岳县水利字〔2024〕34号 of 岳阳县, no county's name; 请求县人民政府 names no 求县).
ONE_CHARACTER_COUNTIES = frozenset(
    "沛丰萧泾歙黟寿和泗滑浚淇杞息叶郏睢嵩温范新随康涉磁蔚易蠡雄献赵祁代兴盂沁隰吉绛夏岚蒲应临莘冠曹单费莒"
    "泸荣珙理茂渠忠容藤道澧攸眉陇凤勉洋富礼文成徽宁环漳岷乾宾威魏唐青景南"
    "云佳沧朗义邱古房高索"
    "郧蓟滦彬户华陕安横")  # (the last renamed since 2014: 郧县 → 郧阳区, 蓟县 → 蓟州区, 安县 → 安州区, 横县 → 横州市…)
# What before 旗 makes a flag (党旗, 国旗, 红旗, 锦旗), not a banner (准格尔旗).
_NOT_A_BANNER = re.compile(r"[党国红锦彩军队团战]$")
# The function characters that join names in a list (徐州市和沛县, 丰县与沛县): a county of one
# character may start after them. Of the others, those that open counties' names of two characters
# (将乐县, 从江县, 于都县) are read with the name before a level word one character later; after the
# rest (由沛县科技局, 现在沛县) the county is that of one character.
CONJUNCTIONS = frozenset("和与及")
LIST_JOINS = frozenset(("、", *CONJUNCTIONS))  # (and the list mark: what joins names in a list)
# 和平 is also a noun (peace): 和平区 alone is read as 将乐县 is, in a chain or before a unit word.
_CONJUNCTION_WORDS = frozenset(("和平",))
NAME_OPENING_FUNCTION_CHARS = frozenset("将从于")
# A count's word that also opens a name (个旧市; 3个区 elsewhere): such a name is read as 将乐县 is, in a
# chain or before a unit word (个旧市农业农村局, 云南省个旧市), never in running text (两个旧市场).
CLASSIFIER_OPENERS = frozenset("个")
# Measure words a count puts before a noun (21家城市书房, 5座城市): what follows them is no name.
CLASSIFIERS = frozenset("个家座所处只批名条")


def _in_a_word(text: str, end: int) -> bool:
    """Whether the level word ending at ``end`` is part of a word (县级, 县域) or of a pair of
    level words (县区, 市县): no name of one character ends there."""
    after = text[end: end + 1]
    return bool(after) and (after in LEVEL_WORD_AFTER or after in LEVELS)


def _one_character_county(stem: str, level: str) -> bool:
    """A county named by one character (沛县, 丰县): one of :data:`ONE_CHARACTER_COUNTIES`, never the last character of a word
    before 县 (请求县人民政府, 求 of 请求: hd26c)."""
    return level == ONE_CHARACTER_LEVEL and len(stem) == 1 and stem in ONE_CHARACTER_COUNTIES - _FUNCTION_OPENERS  # (和县: as 和平区)


def _county_edge(text: str, i: int) -> bool:
    """Whether a county of one character may start at ``i`` (see the module docstring): at the
    start, after anything not a character, a level word (徐州市沛县), a conjunction (和沛县) or a
    function character that opens no name (在沛县, 由沛县; not 将, 从, 于: 将乐县), not inside a
    word it opens (对口县)."""
    before = text[i - 1: i]
    return (not before or not CJK_CHAR.match(before) or before in LEVELS or before in CONJUNCTIONS
            or (before in BOUNDARY and before not in NAME_OPENING_FUNCTION_CHARS
                and text[i - 1: i + 1] not in _FUNCTION_CHAR_WORDS))


def _conjunction_name_start(text: str, start: int, end: int) -> int:
    """Where the place ``text[start:end]`` starts once the conjunction before it is taken in, with a
    character before that, where they make one name (晋中市和顺县: 和顺县, never 和 + 顺县; 呼和浩特市,
    never 浩特市; see :data:`~drafter.grammar.NAMES_WITH_A_CONJUNCTION`)."""
    if start and text[start - 1] in CONJUNCTIONS:
        for a in (start - 1, start - 2):
            parts = _NAME_PARTS.match(text[max(a, 0): end])
            if a >= 0 and parts and parts.group(1) in NAMES_WITH_A_CONJUNCTION:
                return a
    return start


def opens_with_function(name: str | None) -> bool:
    """True for a name whose only fault is the function character it opens with (``和平区``,
    ``将乐县``): the rest of its stem passes every rule of :func:`is_place` and is no name by itself
    (``和鲤城区`` is 和 + 鲤城区), nor a scope, a count, a zone or a level word (``与各区``,
    ``将全市``, ``将新区``, ``在城区``, ``和区县``).
    Whether it is a name depends on where it stands (see the module docstring): the caller
    knows that."""
    m = _NAME_PARTS.match(name or "")
    if not m or m.group(2) in ("省", "自治区", "州"):  # 由杭州市: 州 ends a name's word (杭州), not a name
        return False
    stem, level = m.groups()
    head, rest = stem[:1], stem[1:]
    if not rest:  # 和县: a county named by a conjunction alone
        return level == ONE_CHARACTER_LEVEL and head in CONJUNCTIONS
    if head not in _FUNCTION_OPENERS | CLASSIFIER_OPENERS or not is_cjk(stem):
        return False
    if is_place(rest + level) and (len(rest) > 1 or head not in NAME_OPENING_FUNCTION_CHARS):
        return False  # 和鲤城区, 和沛县, 由沛县: 和 and a name; 将乐县 is one name
    return not (NOT_A_PLACE.search(stem) or NOT_A_PLACE.search(rest + level) or NOT_IN_PLACE.search(rest)
                or NOT_A_STEM.search(stem) or NOT_A_NAME_START.match(rest) or GENERIC_STEM.search(rest)
                or rest[:1] in _FUNCTION_OPENERS)


def name_in(span: str) -> str | None:
    """The place a span cut out of a clause ends in, once the time, verb, function character or
    count it opens with is cut off: ``2024年福建省`` → 福建省, ``仅华容县`` → 华容县; None where no
    name is left (``兑现省``, ``协同市``), the stem is too long for a name (at most 4 characters,
    3 after a cut: ``累计帮助列入市`` names none) or a verb opens the span: the place after it names
    who grants what is counted (``获得包头市科技进步奖94项``, ``入选福建省…项目24个``), not where. A name holding a
    conjunction is whole (``和顺县``: :data:`~drafter.grammar.NAMES_WITH_A_CONJUNCTION`)."""
    whole = _NAME_PARTS.match(span)
    if whole and whole.group(1) in NAMES_WITH_A_CONJUNCTION and is_place(span):
        return span
    opened = _without_opening(span)
    if opened is None:
        return None
    name, cut = opened
    parts = _NAME_PARTS.match(name)
    if not parts or (len(parts.group(1)) > (3 if cut else 4) and parts.group(2) not in ("省", "自治区", "自治州", "自治县")):
        return None
    if cut and len(parts.group(1)) == 1 and span[-len(name) - 1] in NAME_OPENING_FUNCTION_CHARS:
        return None  # 现将乐县: 将 may open the name (将乐县), see NAME_OPENING_FUNCTION_CHARS
    return name if is_place(name) else None


def _without_opening(span: str) -> tuple[str, bool] | None:
    """``span`` with the time, verb, function character or count it opens with cut off
    (:data:`NOT_A_NAME_START`), and whether anything was; None when a verb opens it
    (获得包头市科技进步奖, 入选福建省…项目): the place after it names a grantor, not where."""
    m = NOT_A_NAME_START.match(span)
    if not m:
        return span, False
    return None if _VERB.search(m.group()) else (span[m.end():], True)


def place_chain(text: str, before_unit: bool = False) -> list[str]:
    """The places ``text`` is made of, outermost first (``杭州市上城区`` → [杭州市, 上城区]); [] if it
    is not wholly a chain of places. A place opening with a function character (天津市和平区) is
    one after another place, or anywhere when the chain stands right before a unit word
    (``before_unit``: 和平区科技局)."""
    out, pos = [], 0
    while pos < len(text):
        for size in range(1, 8):  # the shortest place that fits at pos, then go on
            m = _PLACE_AT[size].match(text, pos)
            if m and _chained_place(m.group(), bool(out) or before_unit) \
                    and (m.end() == len(text) or place_chain(text[m.end():], True)):
                out.append(m.group())
                pos = m.end()
                break
        else:
            return []
    return out


def _chained_place(name: str, in_chain: bool) -> bool:
    """A place, or (in a chain or before a unit word) one opening with a function character."""
    return is_place(name) or (in_chain and opens_with_function(name))


def leading_places(text: str) -> list[str]:
    """The places an organisation name starts with: ``浙江省杭州市科学技术局`` → [浙江省, 杭州市];
    ``三明市将乐县…`` → [三明市, 将乐县]; ``和平区科学技术局`` → [和平区] (a unit word follows)."""
    out, pos = [], 0
    while True:
        for size in range(1, 8):
            m = _PLACE_AT[size].match(text, pos)
            if m and ((size == 1 and _in_a_word(text, m.end())) or text[m.end(): m.end() + 1] in WORD_AFTER_ANY_LEVEL
                      or text[m.end() - 1: m.end() + 1] in LEVEL_WORDS):
                continue  # 泉州市和县级…; 农贸市场如何…; 国家儿童区域医疗中心: a word's 市, 区, no name's
            if m and _chained_place(m.group(), bool(out) or bool(_UNIT_AT.match(text, m.end()))):
                out.append(m.group())
                pos = m.end()
                break
        else:
            return out


# A place renamed with its level (its stem kept), by the level before → those after: 撤县设市 (香格里拉县 → 香格里拉市), 撤县设区
# (长安县 → 长安区), 撤市设区 (萧山市 → 萧山区), 地区 or 盟 made a city (保山地区 → 保山市, 巴彦淖尔盟 → 巴彦淖尔市). A county or
# city of a prefecture-level city's stem (:data:`CITIES`: 遵义县, later 播州区, under 遵义市; 淮安市 over 淮安区) is its part
# or its parent, never the city's predecessor; a level above (吉林省 of 吉林市) neither. Places of one name and two levels are
# many, most of them two places of today (和平县 of 广东, 和平区 of 天津; 通州市 of 江苏, 通州区 of 北京, rv17): the same place only where
# ``told`` says the rename in a sentence naming it (:data:`_RENAME_SAID`: 香格里拉县撤县设市工作…获得民政部批复, hd51a).
_RENAMED_TO = {"县": "市区", "市": "区", PREFECTURE_WORD: "市", "盟": "市"}
_RENAME_SAID = re.compile(r"撤[县市区地盟]设[市区]|撤销[^。；！？]{0,16}?设立|更名|改名|改为|改设")


def predecessor(place: str | None, own: str, told: str) -> bool:
    """Whether ``place`` is ``own`` before its level was renamed (:data:`_RENAMED_TO`), as ``told`` says: 香格里拉县 of
    香格里拉市 (2014), its facts the same place's, dated when they were."""
    before, after = _NAME_PARTS.match(short_place(place or "")), _NAME_PARTS.match(short_place(own))
    if not before or not after or before[1] != after[1] or len(before[1]) < 2:
        return False
    return (after[2] in _RENAMED_TO.get(before[2], "") and (before[2] not in "县市" or before[1] not in CITIES)
            and any(before[1] in sentence and _RENAME_SAID.search(sentence) for sentence in _SENTENCE_STOP.split(told)))


def innermost(name: str | None) -> str | None:
    """The innermost place a name starts with: 深圳市南山区科技创新局 → 南山区; None without one."""
    chain = leading_places(name or "")
    return chain[-1] if chain else None


def org_names(text: str) -> list[str]:
    """Full organisation names in running text (a place chain right before a unit word), in order."""
    out = []
    for m in re.finditer(ORG_WORD, text):
        best = None
        for size in range(2, 15):
            a = m.start() - size
            if a < 0:
                break
            if (a == 0 or text[a - 1] in BOUNDARY or not CJK_CHAR.match(text[a - 1])) \
                    and place_chain(text[a:m.start()], before_unit=True):
                best = text[a:m.end()]
        if best:
            out.append(best)
    return out


def expand(org: str) -> str:
    """A unit word's usual full form: 科技局 → 科学技术局, 科委 → 科学技术委员会."""
    for short, full in EXPANSIONS.items():
        if org.endswith(short):
            return org[: -len(short)] + full
    return org


def _same_full_name(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` expand to one full name (:func:`expand`) — narrower than
    :func:`drafter.grammar.same_unit`, which also takes short forms and renamed units."""
    return expand(a) == expand(b)


# The party committee and the government named as a pair (在市委、市政府的坚强领导下): the
# government there is who leads, never who writes.
LEADERSHIP_PAIR = re.compile(r"(?:[省市区县]委|党委)[、和与及]$")
# A time opening a clause before its subject: 2025年市科技局共承办…
_CLAUSE_TIME = re.compile(r"(?:(?:19|20)\d{2}年度?|\d{1,2}月(?:\d{1,2}日)?)，?$")
# A post in a unit, right after its name (市政府秘书长欧阳某, 市委副书记; in its party group: 市政府党组成员隆刚, hd42c): a
# person's title, no mention of the unit; a name right after one is a person's (副市长张良华: no 张良市, metadata).
POST = re.compile(r"党组成员|(?:党组)?(?:常务)?副?(?:秘书长|书记|局长|主任|市长|县长|区长|部长|厅长|主席|处长)")
SELF_NAMED = re.compile(r"(?:我|本)([局厅委])")


def short_forms(text: str) -> Counter:
    """How often the text names a unit by its short form (市科技局), counting only a mention that
    opens a sentence or a clause (after its time: 2025年市科技局…; ，市科技局坚持…) or is repeated; not the government of the
    leadership pair 市委、市政府, nor a unit only come along (:data:`~drafter.grammar.ACCOMPANYING`: 市市场监管局…有关人员陪同); where the text calls itself 我局/我厅/我委, only units of that word; never one inside a cited
    document's title (《市人民政府办公厅关于…的意见》: the unit that issued it, not the one writing); a mention opening a list of
    units (县发改委、投创中心…) or joined to another body (市卫健委和上海南通名医促进会决定…, hd68c) is one of several named, no opening."""
    found = Counter()
    opening = set()
    selves = Counter(SELF_NAMED.findall(text))
    text = mask_titles(text)
    own = selves.most_common(1)[0][0] if selves else None
    for m in SHORT_FORM.finditer(text):
        before = text[max(0, m.start() - 12): m.start()]
        if (LEADERSHIP_PAIR.search(before) or (own and not m.group().endswith(own)) or POST.match(text, m.end())
                or ACCOMPANYING.match(text, m.end())):
            continue
        found[m.group()] += 1
        head = _CLAUSE_TIME.sub("", before)
        if (SENTENCE_START.search(head[-4:]) or not head or head.endswith("，")) and not text.startswith(tuple(LIST_JOINS), m.end()):
            opening.add(m.group())  # (not one opening a list of units: 县发改委、投创中心、经开区…作了汇报发言, hd49a)
    return Counter({k: v for k, v in found.items() if v >= 2 or k in opening})


# What follows an area's name without its level where it stands as the place (赣榆计划…, 赣榆2025年政府工作报告, 连云住建…): its
# end, a stop or a figure, a verb of work, a unit's field, its government or people, a word of time or tense — never the rest
# of a longer noun the name heads (东海舰队, 海州湾: no 东海县, 海州区), nor what a common word or another place goes on with as
# well (加强东海的渔业资源养护, 东海、黄海海域, 坚持和平、发展、合作: 的, 以, 为, 全, a list's 、 or a clause's ，).
_BARE_NAME_WORDS = ("将", "已", "在", "把", "要", "拟", "获", "也", "还", "再", "又", "正", "各", "共", "首",
                    "率先", "成功", "计划", "提出", "新增", "累计", "人民", "政府")
_BARE_NAME_GOES_ON = re.compile(rf"$|[^{CJK}、，,]|{_VERBS}|{words(DEPARTMENT_SHORT_NAMES, TIME_WORDS, _BARE_NAME_WORDS)}")


def areas_named(text: str, areas, own: str = "") -> list[tuple[int, str]]:
    """(start, area) of the workspace's ``areas`` ``text`` names, whole or by its name without its level (赣榆 of 赣榆区, 连云住建
    of 连云区) where that stands as the place (:data:`_BARE_NAME_GOES_ON`: 东海舰队 is no 东海县), in order; never by a bare name
    that is a province's or city's too (河北、天津两地: no 河北区), nor where the workspace's own place (``own``) is named (连云港市,
    连云港: no 连云区), nor where the name and the next character are another place's (东海市 is no 东海县); a zone (高新区, 泉州经济技术开发区) only by its whole name, since its bare name is a common
    word (高新技术企业)."""
    own_stem = own[:-1] if len(own) > 2 else own
    found = []
    for area in areas:
        stem = area[:-1] if len(area) > 2 and area[-1] in AREA_LEVELS and not area.endswith(ZONE_WORDS) else area
        for m in re.finditer(re.escape(stem), text):
            if text.startswith(area, m.start()) or not (
                    stem in PROVINCES or stem in CITIES
                    or (own_stem and text.startswith(own_stem, m.start())) or is_place(text[m.start():m.end() + 1])
                    or not _BARE_NAME_GOES_ON.match(text, m.end())):
                found.append((m.start(), area))
    return sorted(found)


def complete(short: str, place: str | None, text: str = "") -> str:
    """``市科技局`` → the full name of the unit in ``place``: a full name the text gives for it
    (same place, same unit), else place + the unit's full form; ``short`` when no place fits."""
    if not place or place[-1] != short[0]:
        return short
    for name in org_names(text):
        if (innermost(name) == place and _same_full_name(name[-len(short) + 1:], short[1:])) or (
            innermost(name) == place and expand(name).endswith(expand(short[1:]))
        ):
            return name
    return place + expand(short[1:])


def regions(text: str) -> list[tuple[int, str]]:
    """(position, name) of regional names: 川渝, 成渝地区."""
    return [(m.start(), m.group()) for m in REGION.finditer(text)]


# --- the place of each figure ----------------------------------------------------------------

# A zone named by a place word (:data:`~drafter.grammar.ZONE_WORDS`), and the name before it.
ZONE = re.compile(rf"([{CJK}]{{2,4}}?)({words(ZONE_WORDS)})")
GENERIC_STEM = re.compile(
    r"(?:国家|省级|市级|区级|县级|特色|工业|产业|农业|科技|示范|各类|各个|首批|重点|一批|现有|所有|相关|全部|"
    rf"{ZONE_EPITHETS}|"
    rf"省|市|区|县|级|类|个|家|该|本|全|各|两|新|老|大|小)$|^(?:[一几\d]|{COUNT_START}|全|各|该|本|我|其)"
)
SCOPE = re.compile(words(SCOPE_WORDS))
LEAD = re.compile(rf"^(?:{ITEM_NUMBER}|(?:{words(PRESENT_WORDS)})，?|近年来，?|"
                  r"(?:19|20)\d{2}年(?:度|底|以来)?，?|同时，?|此外，?|其中，?)*")
_LEVEL_CHAR = re.compile(rf"{_LONG_LEVELS}|[{LEVELS}]")
# Without one of these a text names no place, zone or region (nor a scope word).
PLACE_HINT = re.compile(rf"[{LEVELS}]|盟|全国|新区|园区|科学城|" + REGION.pattern)
# A whole scope (全国, 全省, 全市…; 我省, 本市: named 全省, 全市) right before a figure, or before 共/累计/仅/有 and what they count,
# and not what a comparison measures against (低于全省…): the figure counts that scope (全国共13家,
# 在全省9个省级园区中, 当选全省60家, 位列全国72个城市…, 全市共有高新技术企业2100家, 西安市's 我省13个市…), not the text's
# place, unless the scope is the text's own level (全省累计推广…2041辆 in a province's text). A rank
# (全国第6位) is the text's place's own; a scope before a thing qualifies it (全国重点实验室11个).
_WHOLE_SCOPES = tuple(w for w in SCOPE_WORDS if w.startswith("全"))
# The nation's count of a class the text's place is one of (梧州港是国家28个内河主要港口之一, 全国首批…个…之一): no count of the
# place's own, which is only a member.
_NATIONAL_CLASS = re.compile(r"(?:国家|全国)(?:首批|第[一二三四五六七八九十]批)?$")
# …the class named national after its count (作为10个国家重点生态功能区之一, hd73c): the nation's too, unless a place above the
# subject or a scope is named before it (重庆市的东大门和10个…之一, 全市10个国家级贫困县之一: that place's count).
_NATIONAL_CLASS_AFTER = re.compile(rf"[\d.]+[{''.join(sorted(CLASSIFIERS))}](?:国家|全国)")
_ONE_OF = re.compile(r"[^，。；：]{0,24}?之一")
_COUNTED_SCOPE = re.compile(rf"(?<!低于)(?<!高于)(?<!超过)(?<!超出)(?<!相当于)(?<![占比较])"
                            rf"({words(SCOPE_WORDS)})(?:(?:共有|共|累计|仅有|仅|只有|有)[^，。；：、]{{0,20}})?$")
# A city by its bare name right before a count (芦台经济开发区在唐山17个县级行政区中…, hd41a): the city's count, not that of the place
# the clause names before it.
_CITY_COUNTED = re.compile(rf"(?:^|(?<=[在于与和及、]))({'|'.join(sorted(CITIES, key=len, reverse=True))})(?:共有|共|有)?$")
# (only a count of its areas, or a pool a thing is in: not 市领导与来宾300余人, rv8 — a city's name is also a word)
_AREAS_COUNTED = re.compile(rf"(?:\d+|[{CN_DIGITS}十]+)个(?:[{PLACE_LEVELS}]级|[县市区](?:（|\()|[^，。；：]{{0,12}}?中)")
# Places counted together as a clause's subject (两市累计完成营造林454.45万亩, 两市主城区已建成公园合计481个 of a page on 邯郸 and 邢台,
# hd45b; 两地, 三县): the figure is their sum, never one place's own. Only opening the clause, after its lead-in (not 全市新增沪深两市上市
# 企业3家, 全市共解决两地分居职工12人, rv8) and not a level's part (三县区).
_JOINT_PLACES = re.compile(r"(?:这|上述|以上)?([两三](?:市|县|地))(?![场委级民长内外直属区])")
# A wider scope's average a figure is (首次超过全国平均水平（2.44%）, 高于全省平均水平2.1个百分点): that scope's, never the place's own.
_AVERAGE_OF = re.compile(rf"({words(_WHOLE_SCOPES)})(?:[^，。；：、（(]{{0,8}}?的)?平均(?:水平|值|数)?\s?(?:[（(]|为|是|达)?$")


def _boundary(text: str, i: int) -> bool:
    """Whether a name may start at ``i``: at the start, after a function character or anything not a character,
    or after a place's level word; not after a lone one, a unit's level before its name (、市绿化市容局: no 绿化市); or after a
    province named short where a name may start (:func:`_after_province`)."""
    if i > 0 and text[i - 1: i + 1] in _FUNCTION_CHAR_WORDS:
        return False
    return i == 0 or text[i - 1] in _FUNCTION_CHARS or not CJK_CHAR.match(text[i - 1]) or (
        text[i - 1] in LEVELS and i > 1 and CJK_CHAR.match(text[i - 2]) and text[i - 2] not in _FUNCTION_CHARS) or _after_province(text, i)


def _after_province(text: str, i: int) -> bool:
    """Whether ``i`` follows a province named short, itself where a name may start (广东汕尾市, 据江苏南通市…): the place after it
    is the city named, never one place 广东汕尾市 (hd57c)."""
    return any(i >= n and text[i - n: i] in PROVINCE_SHORT_NAMES and _boundary(text, i - n) for n in _SHORT_NAME_SIZES)


# The verbs of an aim a place sets itself (打造, 建设, 创建, 争创…): a city's or county's level word ending what is aimed at
# names the place's epithet (为我市打造赣深高铁沿线“强、旺、美、福”明珠市提供坚强的…保障: hd34c), no other place; a zone
# may be built under its name (集中打造的磨憨—磨丁经济合作区).
AIM_VERBS = ("打造", "建设", "创建", "争创", "建成", "创成", "争当", "争做", "构建", "迈向")
_AIM_VERB = re.compile("|".join(AIM_VERBS))
# What follows an aim's last word: its clause's end, a quote's or bracket's, or the verb of what serves it (…明珠市提供保障,
# …而努力, …贡献力量); not more of a name (建设龙南市第二中学: the school of a place).
_AIM_AFTER = re.compile(r"[，,。；;：:！!？?”」』）)\n]|$|而|提供|作出|做出|贡献|奋斗|迈进|努力|奠定|保驾护航")


def _aimed(text: str, start: int, end: int) -> bool:
    """Whether the city or county at ``text[start:end]`` ends what a clause aims at (:data:`AIM_VERBS`, :data:`_AIM_AFTER`)."""
    return (text[end - 1] in "市县" and bool(_AIM_AFTER.match(text, end))
            and bool(_AIM_VERB.search(text, clause_start(text, start), start)))


# A level's head after a person's name, a title (黎旭副县长组织召开…, 孟晓斌县长主持…, 祁美文县长在…常务会上, hd73c): the name
# before it is no place's. Only 副 before it or a person's doing after it tells (宜昌市长江大桥, 重庆市长寿区 name places).
HEAD_TITLE = re.compile(r"(?<=副[省市区县州盟旗镇乡])长|长(?=[，、和及在等]|组织|主持|带队|带领|率|召开|调研|指出|强调|要求|一行|同志|"
                         r"亲自|听取|批示|再次|前往|莅临|出席|深入|表示|介绍|先后)")
# A level said with 上 as its authorities (县上定期调度, 市上统一安排: at that level, hd73c), what it does after it: a frequency
# or manner adverb or a verb of leading; no name ends before it (采取县上… names no 采取县). A place's 上 opens its own words
# (XX县上半年, 上下, 上榜) or the place under it (杭州市上城区), never these.
LEVEL_AS_AUTHORITY = re.compile(rf"上(?:定期|统一|专门|每[年月季周]|及时|集中|牵头|组织|成立|出台|安排|部署|{words(MANNER_ADVERBS)})")


# A list of levels going on after a level word (、乡镇（街道）、村（社区）, 、县两级): bare levels, no place's names.
_LEVELS_LISTED_AFTER = re.compile(rf"、(?:乡镇|{TOWN_LEVEL}|{words(VILLAGE_LEVELS)}|[{PLACE_LEVELS}])(?:（[^（）]{{1,8}}）)?"
                                  r"(?=[、和及与“”]|[两三四五]级)")


def places_in(text: str, cities: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, name) of the places, zones and regions ``text`` names (outside 《》), in order; a name that only ever
    ends an aim (:func:`_aimed`: 打造…明珠市) is an epithet, none, and so is a scope by level (地级及以上城市). ``cities``: names
    of cities known beside :data:`CITIES` (a workspace's areas), read before a level word's words too (:func:`_city_before`)."""
    masked = mask_titles(text)
    found = [(m.start(), m.end(), m.group()) for m in REGION.finditer(masked)]
    for m in ZONE.finditer(masked):  # a name before the zone word, once a clause's opening is cut off
        for k in range(2, 8):
            a = m.start(2) - k
            if a < 0:
                break
            stem = masked[a: m.start(2)]
            if not is_cjk(stem) or not _boundary(masked, a):
                continue
            opened = _without_opening(stem)
            if opened is None:
                continue  # 获得宝鸡高新区…奖: see name_in
            stem = opened[0]
            if 2 <= len(stem) <= 4 and not GENERIC_STEM.search(stem) and not NOT_IN_PLACE.search(stem) \
                    and not NOT_A_STEM.search(stem):
                found.append((m.start(2) - len(stem), m.end(), stem + m.group(2)))
                break
    for m in _LEVEL_CHAR.finditer(masked):
        after = masked[m.end(): m.end() + 1]
        if (after in LEVEL_WORD_AFTER and after not in WITHIN) or HEAD_TITLE.match(masked, m.end()) or (LEVEL_WORD.match(
                masked, m.end()) and not _city_before(masked, m.start(), cities)) or LEVEL_AS_AUTHORITY.match(masked, m.end()):
            continue  # 市级, 市场, 市民, 市值, 市面, 市直, 县域: the level word is part of a word; 副县长: a title; 县上: its authorities
        for k in range(1, 13):  # a span from where a name may start, cut back to the name it holds
            a = m.start() - k
            if a < 0:
                break
            if masked[a - 1: a].isdigit():
                continue  # a date's digits (2024年度福建省): the span starts before them
            if _inside_level_word(masked, a, m.start()):
                continue  # 7位市民打进市长热线: 市民 is a word, no name starts inside it
            name = name_in(masked[a: m.end()]) if (_county_edge if k == 1 else _boundary)(masked, a) else None
            if name and after in WITHIN and masked[m.end() - len(name) - 1: m.end() - len(name)] not in WITHIN_FRAME:
                break  # 区内, 市外: a word, but in a frame of where (注册地在广汉市内) a name
            if name:
                start = _conjunction_name_start(masked, m.end() - len(name), m.end())
                found.append((start, m.end(), masked[start: m.end()]))
                break
    found += _function_char_places(masked, {end for _, end, _ in found})
    found.sort()
    out: list[tuple[int, int, str]] = []
    for item in found:  # the longest of overlapping names
        if out and item[0] < out[-1][1]:
            if item[1] - item[0] > out[-1][1] - out[-1][0]:
                out[-1] = item
            continue
        out.append(item)
    # (nor a scope by level, 以上/以下 and its level word: 全省地级及以上城市空气质量… names no 上城市, hd35b; nor a level word closing
    # words before a list of levels, 稳定运行区、乡镇（街道）、村（社区）“三级林长…”责任体系 names no 稳定运行区, hd63a — a city known
    # before its levels is one, 宜昌市、县两级; nor a level word opening its own tier, 市本级, 县本级: a fixed term, the level's own
    # budget units — 其余市本级… names no 其余市, a city known before it is one, 舟山市本级, hd66c)
    out = [item for item in out if not (item[2][:1] in "上下" and masked[item[0] - 1: item[0]] == "以") and not (
        (_LEVELS_LISTED_AFTER.match(masked, item[1]) or masked.startswith("本级", item[1]))
        and item[2][:-1] not in CITIES and item[2] not in cities)]
    aimed = {name for start, end, name in out if _aimed(masked, start, end)}
    standing = {name for start, end, name in out if not _aimed(masked, start, end)}
    return [item for item in out if item[2] not in aimed - standing]


# A visit to the text's own place (…一行9人来我市考察, 莅临我县): who makes it is the text's guest, not its place.
VISITING_OWN = re.compile(r"(?:来到?|前来|莅临|到访|到)(?:我|本)[省市区县州旗]")


def visitors(norm: str) -> set[str]:
    """The places whose units or people the text says came to its own place (:data:`VISITING_OWN`, in the mention's sentence:
    景德镇市商务局副局长程新裕一行9人来我市考察… of a 萍乡 page, hd53a): the guests' places, not the host's."""
    out = set()
    if not VISITING_OWN.search(norm):  # (no visit said: no place to read)
        return out
    for _, end, name in places_in(norm):
        stop = min((i for i in (norm.find(c, end) for c in "。；！？\n") if i >= 0), default=len(norm))
        if VISITING_OWN.search(norm, end, stop):
            out.add(name)
    return out


def _place_ends(text: str, at: int) -> bool:
    """Whether a place's name ends at ``at`` (商丘市 of 商丘市民权县), read where a name may start."""
    return any(_boundary(text, a) and is_place(text[a:at]) for a in range(max(0, at - 8), at - 1))


def _inside_level_word(text: str, at: int, level_at: int) -> bool:
    """Whether ``at`` falls inside a word a level word opens (市民, 县直, 省内: 7位市民打进市长热线 names no 民打进市), no name's
    start: never at the text's start, nor after a place (商丘市民权县), a scope (我省内江市, 全省内江市) or where a city's known
    name runs to the level at ``level_at`` (向省内江市…)."""
    return at > 0 and text[at - 1] in LEVELS and text[at] in LEVEL_WORD_AFTER and not _place_ends(text, at) \
        and text[max(0, at - 2): at] not in SCOPE_WORDS and text[at: level_at] not in CITIES


def _city_before(text: str, at: int, cities: Collection[str] = ()) -> bool:
    """Whether a city's name ends at ``at``, a 市 there: one of :data:`CITIES` (福州 of 福州市政道路) or of ``cities``, whole
    (the workspace's county-level cities: 石狮 of 石狮市政道路 in 泉州市's)."""
    return text[at:at + 1] == "市" and any(text[max(0, at - size):at] in CITIES or text[max(0, at - size):at + 1] in cities
                                           for size in (2, 3, 4))


def _function_char_places(text: str, ends: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names opening with a function character (:func:`opens_with_function`)
    that stand right after a place found (``ends``: 天津市和平区新增…) or, where a name may start,
    right before a unit word (和平区科技局组织…)."""
    out = []
    for m in _LEVEL_CHAR.finditer(text):
        for k in range(1, 8):
            a = m.start() - k
            if a < 0:
                break
            name = text[a: m.end()]
            if k == 1 and _in_a_word(text, m.end()):
                continue  # 泉州市和县级…, 市和县区: 和 and a level word
            if opens_with_function(name) and (a in ends or (_boundary(text, a) and _UNIT_AT.match(text, m.end()))):
                out.append((a, m.end(), name))
                break
    return out


# What an institution's own name ends in (郑州市…工程技术研究中心, 郑州市…重点实验室): the place it opens with
# is part of its name, not where a count of such institutions is made.
INSTITUTION_END = re.compile(r"(?:中心|实验室|研究院|研究所|工作站|众创空间|孵化器|有限公司|公司)等?$")
_NAME_RUN = re.compile(rf"[{CJK}（）()]*")


_DOT_JOINED = re.compile(rf"[·•・][{CJK}]")  # (a name joined to the next by a dot: 北方瓷区·宝丰抖音电商直播基地, a brand's)


def _opens_an_institution(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens an institution's name: the words after it, up to the
    next mark or figure, end in an institution's word and hold no verb (新增郑州市智能遮阳…工程技术研究中心、…
    → yes; 郑州市科技型企业新增81家, 川渝共建重点实验室11个 → no: the place does the counted work); or the name of the
    first example of a count (:func:`opens_an_example`: 秦州区青鸾秘境原乡文旅休闲项目、麦积山大峡谷漂流项目等5个文旅项目); or a
    brand's name, joined to the next name by a dot (北方瓷区·宝丰抖音电商直播基地揭牌运营，带动…, hd53b: no place's deed)."""
    if _BRANCH_AFTER.match(text, end) or _DOT_JOINED.match(text, end):  # 迪庆州生态环境局香格里拉分局共受理…6件: the branch's, not the prefecture's
        return True
    run = _NAME_RUN.match(text, end).group()
    return bool(run) and not _VERB.search(run) and (bool(INSTITUTION_END.search(run)) or _examples_counted(text, end, run))


# A place opening a programme's name, four characters or more closing on one of PROGRAMME_END_WORDS, right before the work done
# under it, no verb in that work, and its figure (环京津冀生态安全屏障建设封山育林1万亩, 长治市太行山重点区域生态修复与保护封山育林6000亩
# among 平顺县's results, hd52d): the programme's name, not where the work was done — not 郑州市城市更新项目完成投资…, the place's doing,
# nor the programme's own items counted (实施成渝科技创新合作计划项目161个: the region's projects), nor a place given to, the run after
# it a deed done for it (省财政厅向泉州市下达乡村振兴补助资金3000万元: 泉州市's funds, rv17).
_PROGRAMME_RUN = re.compile(rf"(?P<name>[{CJK}]{{4,}}?)(?:{words(PROGRAMME_END_WORDS)})"
                            rf"(?P<work>(?!{words(PROGRAMME_END_WORDS)})[{CJK}]{{2,}})")
_GIVEN_TO = re.compile(r"[向给为对]$")


def names_a_programme(text: str, start: int, end: int, pos: int) -> bool:
    """Whether the place from ``start`` to ``end`` opens the name of a programme whose work the figure at ``pos`` counts
    (:data:`_PROGRAMME_RUN`)."""
    run = _PROGRAMME_RUN.fullmatch(text, end, pos)
    return (bool(run) and not _VERB.search(run.group("name")) and not _VERB.search(run.group("work"))
            and not _GIVEN_TO.search(text, max(0, start - 2), start))  # (the character before it, or before a line's end)


# A place named as the field a first is measured in (在济宁市率先建成625个…, 在全省范围内率先…, 济宁市首个…): where the deed
# ranks, not where it was done — 邹城市民政局's own (hd38a); or as the level whose list a thing is in, by its batch (李家门中岳行宫是
# 郑州市第二批文物保护单位, 龙泉寺是河南省第四批…: a rank that level conferred on a thing of the text's place, hd43b).
# (the batch a rank only where the thing is said to be in it — 是/列入/入选/获评…郑州市第二批…; not 2023年，郑州市第二批城市更新项目共42个,
# the place's own batch of work, rv4, nor 为 of whom work is for: 市财政局为郑州市第二批城市更新项目筹集资金, rv5)
_RANKED_BEFORE = re.compile(r"[在于]$")
_FIRST_AFTER = re.compile(r"(?:范围内|内)?率先")
_FIRST_OF = re.compile(r"首个|首家|首批|第一[个家]")
_BATCH_OF = re.compile(r"第[一二三四五六七八九十\d]+批")
_LISTED_BEFORE = re.compile(rf"(?:是|成为|{words(LISTED_VERBS)})$")
# …or the level whose title a count bears, listed after the counts of other levels' (共有国家级传统古村落5个，省级传统古村落9个，
# 郑州市自然风貌和历史文化特色村24个 on 登封市's villages, hd43b): the level that named them, as 国家级 and 省级 are.
_TITLED_COUNT = rf"(?:\d+|[{CN_DIGITS}十]+)[个家处项座所名批]"
_LEVEL_TITLES_BEFORE = re.compile(rf"(?:国家|[{PLACE_LEVELS}])级[^，。；！？、]{{1,24}}?{_TITLED_COUNT}[，、；]$")
# (the place itself the title on the count's noun, no verb nor level of its own between: not 全市新增国家级…15家，任泽区新增省级…120家,
# where the district did it, rv8)
_TITLE_ON_COUNT = re.compile(rf"[^，。；！？、\d{CN_DIGITS}十]{{1,24}}?(?={_TITLED_COUNT})")


def _titles_count(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` is the title on the noun of the count right after it (郑州市自然风貌…特色村24个):
    the words up to the count hold no verb and no level of their own."""
    run = _TITLE_ON_COUNT.match(text, end)
    return bool(run) and not (_VERB.search(run.group()) or NOT_A_NAME_START.match(run.group()) or "级" in run.group())


def ranked_in(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``–``end`` is where the deed after it ranks first (:data:`_FIRST_AFTER`, after 在;
    :data:`_FIRST_OF`) or the level whose list of a batch a thing is put in (:data:`_BATCH_OF` after :data:`_LISTED_BEFORE`)
    or whose title a count listed after other levels' bears (:data:`_LEVEL_TITLES_BEFORE`, :func:`_titles_count`), not where it
    was done."""
    return bool(_FIRST_OF.match(text, end) or (_BATCH_OF.match(text, end) and _LISTED_BEFORE.search(text, 0, start))
                or (_LEVEL_TITLES_BEFORE.search(text, 0, start) and _titles_count(text, end))
                or (_FIRST_AFTER.match(text, end) and _RANKED_BEFORE.search(text, 0, start)))


def opens_an_example(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens the name of the first example of a count (:data:`EXAMPLES_COUNTED`), the words
    up to it holding no verb: 秦州区益农种植农民专业合作社等16家合作社 counts the whole place's, not 秦州区's."""
    run = _NAME_RUN.match(text, end).group()
    return bool(run) and not _VERB.search(run) and _examples_counted(text, end, run)


def _examples_counted(text: str, end: int, run: str) -> bool:
    """Whether the count of examples (:data:`EXAMPLES_COUNTED`) follows ``run``, the name read after ``end`` (its 等 the count's)."""
    return bool(EXAMPLES_COUNTED.match(text, end + len(run) - run.endswith("等")))


# What follows the first example's name before the count of all of them: the other examples, then 等 and the count
# (…合作社等16家, …项目、麦积山大峡谷漂流项目等5个).
EXAMPLES_COUNTED = re.compile(rf"(?:、[^，。；：！？]{{1,40}}?)?等\s?(?:\d|[{CN_DIGITS}十几])")


# A bureau's branch named after its own place (…生态环境局香格里拉分局), after the place of the bureau.
_BRANCH_AFTER = re.compile(rf"[{CJK}]{{1,10}}?局[{CJK}]{{2,5}}?分局")


# A township opening the clause that counts a figure (仅大新庄镇就安排了1.0万亩, 其中蔓耗镇冲天岭片区建设…1322亩):
# the figure is the town's, not the county's. Never a word of towns in general (乡镇, 城镇, 小城镇, 重点镇,
# 特色小镇) nor of the countryside (深入乡村, 乡土): a town's name has two to four characters of its own.
# (after the present it speaks of too: 目前东旺乡54个自然村中，…)
# (a part of the total before it: …4800万元，包括筱村镇备用水源工程3700万元; not a list of towns, 包括A镇、B镇)
# (not one a count leaves out: 全县除一街乡、马街镇外的20个贫困行政村)
LEFT_OUT = r"(?:以|之)?外[的，]"
CLAUSE_LEAD = re.compile(rf"^(?:其中|仅|仅仅|在|而|{words(PRESENT_WORDS)}|包括(?=[{CJK}]{{2,4}}?(?:镇|乡|街道|村|社区)[^、和及与]))?，?")


def town_name(most: int = 4, levels: str = TOWN_LEVEL) -> str:
    """A town's name as a pattern: its own two to ``most`` characters and its level (or one of ``levels``)."""
    return rf"[{CJK}]{{2,{most}}}?{levels}"


TOWN_NAME = town_name()  # (a town's name, its own two to four characters and its level)
CLAUSE_TOWN = re.compile(rf"{CLAUSE_LEAD.pattern}({TOWN_NAME})(?![村镇土亲里下间贤情愁音]|{LEFT_OUT})")
# (a name may hold 村, 筱村镇, 马村镇: not a word of the countryside, 农村, 乡村, nor a village's own name, 村…)
# (a name may hold a numeral, 五台林场, 三河镇: not a count, 三个乡镇, 十二镇; nor a verb of going home: 宝源返乡创业园)
_NOT_A_TOWN_STEM = re.compile(r"^[一二三四五六七八九十两几第]+$|[一二三四五六七八九十两几][个家所座处]|[个各全本该每城小乡镇]|^村|农村|乡村|建制|重点|特色|中心|示范|百强|千强|名$|古$|入$|到$|赴$|下$|[返回还]$")


# A town's official (平顺县石城镇党委书记马跃一, …乡乡长, …街道党工委书记): after its county's name at most, the town, its organ and
# the post.
_TOWN_OFFICIAL = re.compile(rf"^(?:[{CJK}]{{2,6}}?[县区市旗])?({TOWN_NAME})(?:党委|党工委|人民政府|政府|办事处)?"
                            r"(?:常务)?副?(?:书记|镇长|乡长|主任)")


def official_town(speaker: str) -> str | None:
    """The town whose official ``speaker`` opens on (:data:`_TOWN_OFFICIAL`), None where it opens on none."""
    m = _TOWN_OFFICIAL.match(speaker)
    town = m.group(1) if m else None
    return None if not town or NOT_A_NAME_START.match(town) or town[0] in "各全本该每" else town


# A place written right after another's name (平顺县石城镇, 平凉市崆峒区): a town, or a county-level area, of two to four characters.
_UNDER = rf"({town_name(4, rf'(?:{words(TOWN_LEVELS)}|[{AREA_LEVELS}])')})(?![村镇土亲里下间贤情愁音级委长域城内外])"


def under_own(text: str, own: Collection[str]) -> list[str]:
    """The places ``text`` writes right after one of the bureau's ``own`` place names (平顺县石城镇党委书记… → 石城镇): places
    under the bureau's place, whose facts are its own examples (rs8 hd52d); never a word of towns in general (各乡镇, 新建乡镇)
    nor a phrase ending in a level (召开全县, 城市社区: rv18 10), nor a town written after another county (涉县偏城镇), in order,
    once each; then the zones named by one of them short of its level (:data:`ZONE_WORDS`: 宜春经济技术开发区 of 宜春市, hd67b —
    never another city's, 南昌经开区)."""
    names = sorted({n for n in own if len(n) >= 2 and is_place(n)}, key=len, reverse=True)  # (平顺县, not 平顺: 平顺县城区)
    stems = sorted({n[:-1] for n in names if len(n) >= 3 and n[-1] in LEVEL_CHARS}, key=len, reverse=True)
    found: list[str] = []
    for m in re.finditer(rf"(?:{'|'.join(map(re.escape, names))}){_UNDER}", text) if names else ():
        place = m.group(1)
        if place not in found and place not in own and _placed_under(place):
            found.append(place)
    for m in re.finditer(rf"(?:{'|'.join(map(re.escape, stems))})(?:{words(ZONE_WORDS)})", text) if stems else ():
        if m.group() not in found:
            found.append(m.group())
    return found


def _placed_under(place: str) -> bool:
    """Whether ``place``, written right after another's name (:data:`_UNDER`), is a place under it: a town's name or a county-level
    area's, no words (召开全县, 城市社区)."""
    stem = re.sub(f"{TOWN_LEVEL}$", "", place)
    return not NOT_IN_PLACE.search(place[:2]) and (
        not _NOT_A_VILLAGE_STEM.search(stem) and not NOT_A_STEM.search(stem) if stem != place else is_place(place))


# A village or community opening the clause, after its town or alone (其中温泉镇栾家店村70万元，小庄村55万元): the figure
# is the village's, named with its town where the clause names one. Never a word of villages (or towns) in general (农村,
# 行政村, 贫困村, 示范村, 城乡社区, 乡镇): a name's stem has two to four characters of its own, none a scope's or a kind's.
_VILLAGE = rf"[{CJK}]{{2,4}}?(?:村|社区)(?![民委级内庄组镇务里落容貌规集段])"  # (nor a road's stretch by it: 青云路社区段, hd54b)
_NOT_A_VILLAGE_STEM = re.compile(r"[个各全本该每农乡镇]|城市|^[一二三四五六七八九十两几第]|行政|自然|贫困|示范|重点|试点|美丽|精品|传统"
                                 r"|特色|中心|文明|和谐|智慧|先进|省级|市级|县级|[出进入到赴下驻]$")


def _village(town: str | None, village: str) -> str | None:
    stem = re.sub(r"(?:村|社区)$", "", village)
    if _NOT_A_VILLAGE_STEM.search(stem) or NOT_A_NAME_START.match(stem):
        return None
    return (town or "") + village


def village_town(place: str | None) -> str | None:
    """The town a village's or community's name (:func:`_village`) writes it under (孟集镇小王庄村 → 孟集镇; "" for 小王庄村 named
    alone), None for a place that is no village."""
    level = next((level for level in VILLAGE_LEVELS if (place or "").endswith(level)), None)
    cuts = (len(place) - len(level) - size for size in range(2, 5)) if level else ()
    return next((place[:cut] for cut in cuts if cut >= 0 and (not cut or place[:cut].endswith(TOWN_LEVELS))
                 and _village(None, place[cut:])), None)


def village_subject(first: str, areas: Collection[str]) -> str | None:
    """A village or community (:func:`_village`) opening ``first`` (a statement's first sentence, its setting cut) as its subject
    (张店村是张店镇政府所在地，位于平陆县城北14公里处): the village's statement, its figures never the county's (hd71a) — written under
    the one of the workspace's ``areas`` (a town) that sentence names (张店镇张店村); None where it names none (a village of the
    page's own town, 西纳村是鱼龙坝村委会最大的自然村 in 鹿阜街道's reply: the page's), where no village opens it, or one of a list
    does (张店村、…)."""
    m = _VILLAGE_AT.match(first)
    if not m or first[m.end():m.end() + 1] in ("", *LIST_JOINS) or not _village(None, m.group()):
        return None
    town = next((a for a in areas if a.endswith(TOWN_LEVELS) and a in first[m.end():]), None)
    return _village(town, m.group()) if town else None


# Money a clause says is spent in a town (…42万元用于攀莲镇水塘村9-15社供水点维修改造工程).
USED_FOR_TOWN = re.compile(rf"[^，。；：]{{0,8}}?用于(?:支持)?([{CJK}]{{2,4}}?(?:镇|乡))(?![村镇土亲里下间贤情愁音、和及与等])")
# (or in a village no town is named before: 投资334.6万元用于桥头村南桥梁新建工程项目)
USED_FOR_VILLAGE = re.compile(rf"[^，。；：]{{0,8}}?用于(?:支持)?({_VILLAGE})(?![、和及与等])")
# (or a county's or a district's project it carries out: 争取资金3906万元实施贵德县农村生活污水治理项目)
USED_FOR_PLACE = re.compile(r"[^，。；：]{0,8}?(?:用于|实施)(?:支持)?")


def _clause_town(segment: str) -> str | None:
    m = CLAUSE_TOWN.match(segment)
    town = m and m.group(1)
    if town and (_NOT_A_TOWN_STEM.search(re.sub(f"{TOWN_LEVEL}$", "", town)) or NOT_A_NAME_START.match(town)):
        return None
    at = m.end() if town else CLAUSE_LEAD.match(segment).end()
    village = re.match(_VILLAGE, segment[at:])
    return (village and _village(town, village.group())) or town


# A town, township, subdistrict or forest farm a sentence names before a figure of a later clause
# (改造范围为清原镇东三环小区…，共涉及103栋楼: 清原镇's; 五台林场生态护林员…每年68名，2018年增加了28名: 五台林场's),
# its left edge marked (a clause's start, 为/在/对/将/于) and not one of a list (A镇、B镇…12个乡镇: the county's; nor
# the first of several, 东华街道等4街道).
_TOWN_HINT = re.compile(r"镇|乡|街道|林场|村|社区")
_TOWN_OR_FARM = rf"(?:{words(TOWN_LEVELS)}|林场)"
SENTENCE_TOWN = re.compile(rf"(?:^|(?<=[，；：为在对将于县])|(?<=目前)|(?<=当前)|(?<=现在))({town_name(3, _TOWN_OR_FARM)})"
                           rf"(?![村镇土亲里下间贤情愁音、和及与等]|市(?!场)|{LEFT_OUT})")  # (景德镇市: a city, no town)


# A sentence opening on the thing the one before it named (…引导托云乡申报《…项目》。该项目投入资金525万元; 全市仅华容县有1家
# …的合作社。该合作社…): its figures are of the place the clause naming that thing names before it, else of that sentence's
# town; and so are those of the sentence after it that opens on its means, no subject of its own (该合作社…研发出一种新型…
# 栽培方式。通过新型栽培方式，每年可利用秸秆几百吨: 华容县's).
ANAPHOR = re.compile(r"(?:该|此|这一?|这个|这家)(项目|工程|合作社|企业|公司|基地|园区|平台|中心|学校|医院|景区|协会)")
MEANS_OPENING = re.compile(r"(?:通过|经过|依托|借助|采用|利用|凭借)")


def _sentence_towns(sentence: str) -> list[re.Match]:
    """The towns :data:`SENTENCE_TOWN` finds in ``sentence``, in order: not one of a list, a word of towns nor a clause's words."""
    return [m for m in SENTENCE_TOWN.finditer(sentence) if not (
        sentence[m.start() - 1: m.start()] == "、" or _NOT_A_TOWN_STEM.search(stem := re.sub(f"{_TOWN_OR_FARM}$", "", m.group(1)))
        or NOT_A_NAME_START.match(stem))]


def _sentence_town(sentence: str) -> str | None:
    """The last town :data:`SENTENCE_TOWN` finds in ``sentence`` with no scope (全县, 我县) after it."""
    towns = _sentence_towns(sentence)
    return (None if SCOPE.search(sentence, towns[-1].end()) else towns[-1].group(1)) if towns else None


_UNDER_AT = re.compile(_UNDER)
_VILLAGE_AT = re.compile(_VILLAGE)


def named_last(text: str, level: str, areas: Collection[str] = ()) -> str | None:
    """The last place of ``level`` (镇, 乡, 街道, 村, 社区 or a level word: 县, 市…) ``text`` names (grammar.LEVEL_ANAPHOR): one of the
    workspace's ``areas`` (whole or by its bare name: :func:`areas_named`), a town written right after a place (霍邱县孟集镇:
    :func:`_placed_under`) or where a sentence's town stands (:func:`_sentence_towns`), a village or community right after a town
    or a place or opening a clause (孟集镇中心店村, named with its town: :func:`_village`), or a place :func:`places_in` reads; None
    where it names none."""
    named = places_in(text, areas) if PLACE_HINT.search(text) else []
    if level in VILLAGE_LEVELS:
        towns = [(at + len(town), town) for at, town in _towns_named(text, named, areas)]
        edges = [*towns, *((end, None) for _, end, _ in named), *(
            (m.start() + CLAUSE_LEAD.match(m.group()).end(), None) for m in re.finditer(r"[^，。；：！？\n]+", text))]
        found = [(at, len(village), village) for at, town in edges if (m := _VILLAGE_AT.match(text, at))
                 and m.group().endswith(level) and (village := _village(town, m.group()))]
        return max(found)[2] if found else None
    if level in TOWN_LEVELS:
        found = [(at, town) for at, town in _towns_named(text, named, areas) if town.endswith(level)]
    else:
        found = [(at, area) for at, area in areas_named(text, areas) if area.endswith(level)]
        found += [(at, name) for at, _, name in named if name.endswith(level)]
    return max(found)[1] if found else None


def _towns_named(text: str, named: list[tuple[int, int, str]], areas: Collection[str]) -> list[tuple[int, str]]:
    """(start, town) of each town ``text`` names: one of the workspace's ``areas``, one written right after a place of those
    :func:`places_in` ``named`` (:func:`_placed_under`), or a sentence's town (:func:`_sentence_towns`)."""
    found = [(at, area) for at, area in areas_named(text, areas) if area.endswith(TOWN_LEVELS)]
    after = ((m.start(1), m.group(1)) for _, end, _ in named if (m := _UNDER_AT.match(text, end)))
    found += [(at, town) for at, town in after if town.endswith(TOWN_LEVELS) and _placed_under(town)]
    return found + [(s.start() + m.start(1), m.group(1)) for s in re.finditer(r"[^。！？\n]+", text)
                    for m in _sentence_towns(s.group()) if m.group(1).endswith(TOWN_LEVELS)]


def _anaphor_place(norm: str, ends: list[int], ss: int, at: int, areas: Collection[str] = ()) -> str | None:
    """The place of the thing the sentence starting at ``ss`` opens on (at ``at`` in it: 该合作社…) where the sentence before
    names it (see :data:`ANAPHOR`): the last place its clause names before it, else that sentence's town; or the place of
    the level it opens on (该镇…: grammar.LEVEL_ANAPHOR) the text before names last (:func:`named_last`, ``areas`` the
    workspace's)."""
    if ss and (level := LEVEL_ANAPHOR.match(norm, ss + at)):
        return named_last(norm[:ss], level.group(1), areas)
    m = ANAPHOR.match(norm, ss + at)
    if not m or not ss:
        return None
    before = norm[max([e for e in ends if e < ss], default=0): ss]
    named = before.rfind(m.group(1))
    if named >= 0:
        clause = before[clause_start(before, named): named]
        places = [p for p in places_in(clause) if not _opens_an_institution(clause, p[1])] if PLACE_HINT.search(clause) else []
        if places:
            return places[-1][2]
    return _sentence_town(before)


def _place_at(norm: str, at: int) -> str | None:
    """The place (no zone nor region) named right at ``at``, not one of a list (贵南、同德两县)."""
    found = places_in(norm[at: at + 12]) if PLACE_HINT.search(norm, at, at + 12) else []
    if found and found[0][0] == 0 and is_place(found[0][2]) and not REGION.fullmatch(found[0][2]) \
            and norm[at + found[0][1]: at + found[0][1] + 1] not in "、和及与":
        return found[0][2]
    return None


def own_urban_area(place: str | None, doc_place: str | None, areas=()) -> str | None:
    """The document's own place where ``place`` is its urban area (衢江城区 of 衢江区: 衢江 and 城区), or the one of
    ``areas`` (the workspace's districts) it is the urban area of (秦州城区 of 秦州区, in 天水市's replies), else
    ``place``: a place named X城区 is X's town (东城区, 鲤城区 name no 东区, 鲤区 that the document is of)."""
    if place and place.endswith("城区") and len(place) >= 4:
        for own in (doc_place, *areas):
            if own and len(own) >= 3 and place[:-2] + own[-1] == own:
                return own
    return place


# The money of the work a figure before it counts (…项目161个，资金超1亿元), not another thing (…，市级重点实验室206个).
_MONEY_OF_IT = re.compile(r"^(?:资金|经费|投资|总投资|投入|金额)[^，；。]{0,4}$")


def last_of_chain(found: list[tuple[int, int, str]]) -> str:
    """The last of the places ``found`` (:func:`places_in`) written one after the other from the first: 福建省福州市 names
    福州市, the province only saying where the city is."""
    return _chain_last(found)[2]


def _chain_last(found: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The last of the places ``found`` written one after the other from the first (see :func:`last_of_chain`)."""
    at = 0
    while at + 1 < len(found) and found[at + 1][0] == found[at][1]:
        at += 1
    return found[at]


_CLAUSE_OPEN = re.compile(r"(?:^|[，；：”])")
_SELF_OPENS = re.compile(f"我(?:们|[{ORGAN_CHARS}])|本(?:局|委|单位)")


# Where a frame of published data closes, the subject of its figures after it (杭州市商务局公布…情况，数据显示，…余杭全区实现…, hd48c:
# the unit that published them is none of theirs).
DATA_SHOWN = re.compile(rf"(?:{words(SHOWN_BY)})显示(?=[，：]|$)")


def unit_subject(sentence: str) -> str | None:
    """The place of a unit named in full opening the last clause of ``sentence`` that one opens (…，经我局积极协调沟通，卓尼县
    自然资源局在…项目中，安排中央资金总计2110万元 → 卓尼县), after any frame of published data (:data:`DATA_SHOWN`): the subject
    doing the work is that place's unit, its figures that place's; None where no clause opens on a place's unit."""
    found = None
    sentence = sentence[max((m.end() for m in DATA_SHOWN.finditer(sentence)), default=0):]
    for m in _CLAUSE_OPEN.finditer(sentence):
        start = sentence[m.end(): m.end() + 16]
        if _SELF_OPENS.match(start):
            found = None  # (…，卓尼县自然资源局申报，我局安排…: the bureau's own clause after it)
            continue
        head = places_in(start) if PLACE_HINT.search(start) else []
        end = _chain_last(head)[1] if head and head[0][0] == 0 else None
        if end and _UNIT_AT.match(start, end) and not _opens_an_institution(start, end):  # (not a branch: …局香格里拉分局)
            found = _chain_last(head)[2]
    return found


# What measures a place against a whole before its scope word (占全省的40%, 居全省第一), or before the wholes listed before it
# (分别高于全国、全省1.2个、3.7个百分点, hd32b): the place's own figure.
MEASURED_AGAINST_WORDS = ("占", "居", "位居", "位列", "高于", "低于", "高出", "超过")
_MEASURED_AGAINST = re.compile(rf"(?:{words(MEASURED_AGAINST_WORDS)})(?:(?:{words(SCOPE_WORDS)})[、和])*$")
_WHOLES_AGAINST = re.compile(rf"(?:{words(MEASURED_AGAINST_WORDS)})(?:(?:{words(SCOPE_WORDS)})[、和])+$")  # (the listed ones only)


def _scope_place(scopes: list[re.Match], at: int, norm: str, fact_place: str | None, doc_place: str | None) -> str | None:
    """The place the scope words of a figure's clause (全州, 全市, 我区; ``scopes`` matched in ``norm[at:]``) stand for: the
    last one's, or the one's before it where it measures against the whole (…占全省的40%: the subject's; the statement's
    place where each does); the document's
    place where that word is of its level or of no other, or measures against the whole, else the statement's place of that
    level, else the one place of that level the statement names (合作市's news: 甘南州…，全州林草湿总面积占全州国土面积的92.98%
    → 甘南州: a wider place's whole, never 合作市's)."""
    told = [m for m in scopes if not _MEASURED_AGAINST.search(norm, 0, at + m.start())]
    if not told:  # (一是争取落实新一轮退耕还林1600亩，…占全州退耕还林总任务的50%: the part's own share, 迭部县's)
        return fact_place or doc_place
    word, level = told[-1].group(), told[-1].group()[-1]
    if word == "全国" or not doc_place or doc_place.endswith(level):
        return doc_place
    if fact_place and fact_place.endswith(level):
        return fact_place
    # (the one place of that level its own sentence names before it first: …芦台经济开发区在唐山…，全区人口仅有4.1万人 after a sentence
    # naming 曹妃甸区、丰南区和芦台经济开发区 is the zone's, hd41a)
    sentence = max(norm.rfind(c, 0, at) for c in "。！？") + 1
    for text in (norm[sentence:at + told[-1].start()], norm):
        found = {name for _, _, name in places_in(text) if name.endswith(level)}
        if len(found) == 1:
            return found.pop()
    return doc_place


def units_place(norm: str, positions: list[int]) -> str | None:
    """The one place whose unit is the subject (:func:`unit_subject`) of the sentence of every figure at ``positions``: a
    statement telling that unit's work with its figures (卓尼县自然资源局…安排中央资金总计2110万元) is that place's."""
    found = {unit_subject(head) for head in _sentence_heads(norm, positions)}
    return found.pop() if len(found) == 1 else None


def _sentence_heads(norm: str, positions: list[int]) -> list[str]:
    """The sentence of each figure at ``positions`` up to it (its start after the last stop before it)."""
    ends = [m.end() for m in _SENTENCE_STOP.finditer(norm)]
    return [norm[max([e for e in ends if e <= pos], default=0):pos] for pos in positions]


# A sentence opening on the whole of a place by its level (全市, 全县), after a short setting at most (2022年，全市新增…).
_WHOLE_OPENING = re.compile(rf"^(?:[^，。；！？]{{1,12}}，)?全([{PLACE_LEVELS}])")


def whole_place(norm: str, positions: list[int], place: str | None) -> str | None:
    """``place`` where the sentence of every figure at ``positions`` opens on its whole by its level (:data:`_WHOLE_OPENING`:
    …潢川县鹏升畜产品有限公司…成功入选。2022年，全市新增…28家 in 信阳市's page: 信阳市's count, not the county's its company is of)."""
    levels = {(m.group(1) if m else None) for head in _sentence_heads(norm, positions) for m in [_WHOLE_OPENING.match(head)]}
    return place if place and positions and levels == {place[-1]} else None


# Towns listed before 分别 and the figures each was given, in order (对…虎跳镇、青牛乡、红岩镇分别追加8万元、7万元、5万元: hd23b).
_TOWNS_EACH = re.compile(rf"((?:{TOWN_NAME}[、和及与])+{TOWN_NAME})分别[{CJK}]{{0,6}}?(?=\d)")
_TOWN_ITEM = re.compile(rf"{town_name(3)}$")
# A word before a list's first town, up to its last preposition (县林业局在雷牙镇、…, 对虎跳镇、…): no part of it — never a town's own
# character (向阳镇, 为民镇: rv17).
_BEFORE_TOWN = re.compile(r"[的对在向给为]")


def _first_town(item: str) -> str:
    """The town a list's first ``item`` names past the words before it (:data:`_BEFORE_TOWN`: 在向阳镇 → 向阳镇), else ``item``."""
    return next((item[m.end():] for m in _BEFORE_TOWN.finditer(item) if _is_town(item[m.end():])), item)


def _is_town(item: str) -> bool:
    """Whether ``item`` is a town's name alone (:data:`_TOWN_ITEM`, a stem of a name)."""
    return bool(_TOWN_ITEM.fullmatch(item)) and not _NOT_A_TOWN_STEM.search(item[:-1])


def _town_each(norm: str, ss: int, pos: int) -> str | None:
    """The town of the figure at ``pos`` when its sentence (from ``ss``) lists towns before 分别 and as many figures after it, in
    order (:data:`_TOWNS_EACH`); else None."""
    each = _TOWNS_EACH.search(norm, ss)
    if not each or each.end() > pos or re.search(r"[，。；：]", norm[each.end():pos]):
        return None
    items = re.split(r"[、和及与]", each.group(1))
    items[0] = _first_town(items[0])
    towns = [t for t in items if _TOWN_ITEM.fullmatch(t)]
    run = re.match(r"(?:\d[\d.]*[^、和及与，。；：\d]{0,4}[、和及与])*", norm[each.end():])
    values = re.findall(r"\d[\d.]*", run.group() + norm[each.end() + run.end():][:12])[:len(items)]
    k = len(re.findall(r"\d[\d.]*", norm[each.end():pos]))
    return towns[k] if len(towns) == len(items) == len(values) and k < len(towns) else None


def _town_before(norm: str, end: int, last: str) -> str | None:
    """The town listed on 、 that ends at ``end`` (在雷牙镇、杜康镇: 雷牙镇, its clause's 在 left out; 在向阳镇、杜康镇: 向阳镇), or
    None. (``last``, the item after it, goes unread — a town is listed before any item — and is there as :func:`_listed`'s
    ``before`` readers all take it.)"""
    if norm[end] != "、":
        return None
    opened = max(norm.rfind(c, 0, end) for c in "，。；：、\n") + 1
    item = _first_town(norm[opened:end])
    return item if _is_town(item) else None


def _place_before(norm: str, end: int, last: str) -> str | None:
    """The place listed on 、 or a conjunction that ends at ``end`` (个旧市、蒙自市、建水县), or None; a conjunction lists
    places of one level only (A县和B县; 徐州市和沛县共建的…中心 is the county's)."""
    before = next((norm[end - size:end] for size in range(2, 8) if end >= size
                   and _chained_place(norm[end - size:end], True)), None)
    return before if before and (norm[end] == "、" or before[-1] == last[-1]) else None


# What closes a list of places that counts them all (…张店镇、圣人涧镇共7个乡镇121个行政村, 等5个县): a total of the list, up to a figure.
_LIST_TOTALLED = re.compile(r"等?(?:共计?|合计|总计|等)有?(?:[\d.]+[万亿]?[^\d，。；、]{1,6}?)*")


def _untotalled(listed: str, segment: str, end: int) -> str | None:
    """``listed`` (places joined by 、), or None where ``segment`` after ``end`` totals the list (:data:`_LIST_TOTALLED`): the
    whole's count, none of the listed places'."""
    return None if "、" in listed and _LIST_TOTALLED.fullmatch(segment, end) else listed


def _listed(norm: str, start: int, name: str, before=_place_before) -> str:
    """The place ``name`` starting at ``start`` in ``norm``, with the places listed right before it (``before`` finds
    each: 个旧市、蒙自市、建水县承担5%, the three's share, never 建水县's alone; 在雷牙镇、杜康镇划定建设2000亩核心区, the two
    towns', hd51b), joined by 、."""
    names = [name]
    while start > 1 and norm[start - 1] in LIST_JOINS:
        if not (item := before(norm, start - 1, names[0])):
            break
        names.insert(0, item)
        start -= 1 + len(item)
    return "、".join(names)


# A clause opening on a zone named by its kind alone (高新区完成零售额2.92亿元): in a breakdown by place, that zone's figure.
_BARE_ZONE = re.compile(rf"(?:{words(ZONE_WORDS)})(?=[{CJK}])")
# The places a breakdown lists, each opening a clause with a figure of its own, to be one (昌江区完成零售额45.04亿元，…，珠山区…).
BREAKDOWN = 3


@lru_cache(maxsize=256)
def places_each(norm: str) -> tuple[tuple[int, str], ...]:
    """(where it starts, that place) of each clause of ``norm`` opening on a place (or a zone by its kind: :data:`_BARE_ZONE`)
    and holding a figure, in order, when :data:`BREAKDOWN` or more places so open clauses: a breakdown of a whole by its places
    (昌江区完成零售额45.04亿元，同比增长4.8%，珠山区完成零售额105.38亿元，…，高新区完成零售额2.92亿元: hd53a), each figure its
    place's; else none. Cached: a statement's place (:func:`~drafter.distill.facts.build_facts`) and its figures'
    (:func:`figure_places`) both ask it, the latter only for a figure no nearer place claims."""
    out = []
    for m in re.finditer(r"[^，。；！？\n]+", norm):
        clause = m.group()
        if not re.search(r"\d", clause):
            continue
        head = [p for p in places_in(clause) if p[0] == 0]
        zone = _BARE_ZONE.match(clause)
        if head or zone:
            out.append((m.start(), last_of_chain(head) if head else zone.group()))
    return tuple(out) if len({place for _, place in out}) >= BREAKDOWN else ()


def figure_places(norm: str, positions: list[int], fact_place: str | None, doc_place: str | None,
                  cities: Collection[str] = ()) -> list[str | None]:
    """The place of each figure at ``positions`` when it is not ``fact_place``: the nation for its count of a class the
    place is one of (国家28个…港口之一), the scope it counts when one of another level stands right before it (全国共13家 →
    全国, see _COUNTED_SCOPE), else the last place its clause names before it (全市/我区 there → the document's place), else,
    for the money of the work the figure before it counts, that figure's region (a joint region's figures are never the
    city's own), else the place that opens its sentence;
    None where the fact's place holds. ``cities``: as :func:`places_in`'s."""
    if not PLACE_HINT.search(norm) and not _TOWN_HINT.search(norm):
        return [None] * len(positions)
    ends = [m.end() for m in _SENTENCE_STOP.finditer(norm)]
    out: list[str | None] = []
    region: tuple[int, str] | None = None  # (sentence, region) of the figure before
    joined: tuple[int, str] | None = None  # (sentence, places counted together: _JOINT_PLACES) of the figure before
    anaphors: dict[tuple[int, int], str | None] = {}  # (a sentence's place referred back to, 该镇…: read once for all its figures)

    def anaphor(start: int, at: int) -> str | None:
        if (start, at) not in anaphors:
            anaphors[start, at] = _anaphor_place(norm, ends, start, at, cities)
        return anaphors[start, at]

    for pos in positions:
        ss = max([e for e in ends if e <= pos], default=0)
        cs = clause_start(norm, pos)
        segment = norm[cs:pos]
        if not PLACE_HINT.search(segment):
            named, scope = [], []
        else:
            named = [p for p in places_in(segment, cities) if not _opens_an_institution(norm, cs + p[1])
                     and not ranked_in(norm, cs + p[0], cs + p[1]) and not names_a_programme(norm, cs + p[0], cs + p[1], pos)]
            scope = list(SCOPE.finditer(segment))
        place = None
        # (not a whole measured against, listed before it: 高于全国、全省1.2个…)
        counted = _COUNTED_SCOPE.search(segment) if scope and not norm.startswith("第", pos) and not _WHOLES_AGAINST.search(
            norm, 0, cs + scope[-1].start()) else None
        # (a text that names no place of its own says 全县/全市 of that unknown place: no place)
        average = _AVERAGE_OF.search(norm, max(0, pos - 16), pos)
        if town := _town_each(norm, ss, pos):
            place = town
        elif (_NATIONAL_CLASS.search(segment) or (_NATIONAL_CLASS_AFTER.match(norm, pos) and not scope and (
                not named or named[-1][2] in (fact_place, doc_place)))) and _ONE_OF.match(norm, pos):
            place = "全国"
        elif average and average.group(1)[-1] != (doc_place or "")[-1:]:
            place = average.group(1)
        elif joint := _JOINT_PLACES.match(segment, LEAD.match(segment).end()):
            place = joint.group(1)
        elif counted and counted.group(1)[-1] != (doc_place or "")[-1:] and (doc_place or counted.group(1) == "全国"):
            place = "全" + counted.group(1)[1:]  # (我省13个市: 全省's count)
        elif ((bare := _CITY_COUNTED.search(segment)) and (not named or named[-1][1] <= bare.start())
              and _AREAS_COUNTED.match(norm, pos)):
            place = bare.group(1) + "市"  # (芦台经济开发区在唐山17个县级行政区中…: 唐山市's count of its areas)
        elif scope and (not named or scope[-1].start() >= named[-1][1]):
            place = _scope_place(scope, cs, norm, fact_place, doc_place)
        elif named:
            place = _untotalled(_listed(norm, cs + named[-1][0], named[-1][2]), segment, named[-1][1])
        elif prior := [p for at, p in places_each(norm) if max(ss, norm.rfind("；", 0, pos) + 1) <= at <= cs]:
            # (…，高新区完成零售额2.92亿元，同比增长4.5%: the place of the breakdown's clause, places_each; not past a ；, where another
            # subject opens: …温县开放马武路等4条道路；修武开放…9条道路)
            place = prior[-1]
        elif town := _clause_town(segment):
            place = _untotalled(_listed(norm, cs, town, _town_before), segment, len(town)) if segment.startswith(town) else town
        elif region and region[0] == ss and _MONEY_OF_IT.search(segment):
            place = region[1]  # 实施成渝科技创新合作计划项目161个，资金超1亿元: the region's money, as its projects are
        elif joined and joined[0] == ss:
            place = joined[1]  # (两市主城区已建成公园合计481个，森林公园…合计53处: the two's still)
        else:
            sentence = norm[ss:pos]
            lead = LEAD.match(sentence)
            start = sentence[lead.end(): lead.end() + 16] if lead else ""
            at = ss + (lead.end() if lead else 0)
            head = [h for h in places_in(start) if not _opens_an_institution(norm, at + h[1])
                    and not names_a_programme(norm, at + h[0], at + h[1], pos)] if PLACE_HINT.search(start) else []
            if head and head[0][0] == 0:
                place = last_of_chain(head)
            else:
                place = unit_subject(sentence) or _sentence_town(sentence)
                if place is None:
                    place = anaphor(ss, lead.end() if lead else 0)
                if place is None and MEANS_OPENING.match(sentence, lead.end() if lead else 0) and ss:
                    before = max([e for e in ends if e < ss], default=0)
                    place = anaphor(before, LEAD.match(norm[before:ss]).end())
        used = USED_FOR_TOWN.match(norm, pos)
        if used and not (_NOT_A_TOWN_STEM.search(used.group(1)[:-1]) or NOT_A_NAME_START.match(used.group(1))):
            place = used.group(1)  # 资金42万元用于攀莲镇水塘村…: the town it is spent in
        elif (used := USED_FOR_VILLAGE.match(norm, pos)) and _village(None, used.group(1)):
            place = used.group(1)  # 投资334.6万元用于桥头村南桥梁…: the village
        elif (used := USED_FOR_PLACE.match(norm, pos)) and (spent := _place_at(norm, used.end())):
            place = spent  # 资金3906万元实施贵德县农村生活污水治理项目: the county
        place = own_urban_area(place, doc_place)
        region = (ss, place) if place and REGION.fullmatch(place) else None
        joined = (ss, place) if place and _JOINT_PLACES.fullmatch(place) else None
        out.append(place if place and place != fact_place else None)
    return out


# --- where the page says a town or a scene lies -------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _area_spellings(areas: tuple[str, ...]) -> dict[str, str]:
    """Each way a page writes one of the workspace's ``areas`` (its whole name, 镇宁县, 镇宁自治县, its bare name 镇宁), to
    that area."""
    out: dict[str, str] = {}
    for area in areas:
        short = short_place(area)
        stem = short[:-1] if len(short) > 2 and short[-1] in AREA_LEVELS and not area.endswith(ZONE_WORDS) else ""
        autonomous = stem + "自治" + short[-1] if short != area else ""
        for spelling in (area, short, autonomous, stem):
            if spelling:
                out.setdefault(spelling, area)
    return out


@lru_cache(maxsize=64)
def _area_patterns(areas: tuple[str, ...], own: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The patterns of :func:`towns_under` and :func:`scene_area` for ``areas`` and the page's own place's names ``own``."""
    spelled = "|".join(map(re.escape, sorted(_area_spellings(areas), key=len, reverse=True)))
    own_said = "|".join(map(re.escape, sorted((n for n in own if n), key=len, reverse=True)))
    under = re.compile(rf"({spelled})的?({TOWN_NAME}|{_VILLAGE})")
    scene = re.compile(rf"^(?:同样|也|还)?在(?:{own_said})?({spelled})(?=的|，|{TOWN_NAME})")
    return under, scene


def towns_under(norm: str, areas: tuple[str, ...], own: tuple[str, ...] = ()) -> dict[str, str]:
    """Each town or village ``norm`` names right after one of the workspace's ``areas`` it lies in (镇宁自治县六马镇, 镇宁的沙子乡;
    芙蓉镇西塍村, hd73a), to that area: the page has said where it is, and a later statement of it is that area's
    (:func:`town_area`)."""
    if not areas:
        return {}
    under, _ = _area_patterns(areas, own)
    spellings = _area_spellings(areas)
    return {m.group(2): spellings[m.group(1)] for m in under.finditer(norm) if not NOT_A_NAME_START.match(m.group(2))
            and (not m.group(2).endswith(VILLAGE_LEVELS) or _village(None, m.group(2)))}


def scene_area(norm: str, areas: tuple[str, ...], own: tuple[str, ...] = ()) -> str | None:
    """One of the workspace's ``areas`` a statement opens on as where it is set (在安顺市镇宁自治县六马镇板乐社区，村民…; 同样在镇宁的
    沙子乡龙井湾水库是…): the area's statement, its thing there, never the whole's; None where it opens on none."""
    m = _area_patterns(areas, own)[1].match(norm) if areas else None
    return _area_spellings(areas)[m.group(1)] if m else None


def town_area(norm: str, towns: dict[str, str], own: Collection[str] = ()) -> str | None:
    """The one area the towns ``norm`` names were said earlier in the page to lie in (``towns``: :func:`towns_under`), where it
    names no other place and not the page's own (``own``: 安顺市, 全市): a statement of a thing there (纳井田水库…有效解决了六马镇
    及周边1.13万人的… after 镇宁自治县六马镇) is that area's, never the whole's; else None."""
    found = {area for town, area in towns.items() if town in norm}
    if len(found) != 1 or any(n and n in norm for n in own):
        return None
    area = found.pop()
    others = {short_place(p) for _, _, p in places_in(norm)} - {short_place(area)}
    return None if others or SCOPE.search(norm) else area
