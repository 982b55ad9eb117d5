"""Find and load the workspace: ``drafter.yaml`` and the folders beside it.

A workspace is a folder holding ``drafter.yaml`` (the issuing organisation, its jurisdiction,
signatory, contacts, 抄送, class scheme, freshness window) with ``facts/``, ``seeds/``,
``templates/`` and ``drafts/`` beside it. Commands look for it from the current folder upward.
A template the workspace's ``templates/`` lacks is drafter's own (:data:`BUNDLED_TEMPLATES`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import WORKSPACE, WorkspaceError
from .grammar import (
    GENERIC_DISTRICTS, GOVERNMENT, HOLDING, JURISDICTION_LEVELS, LEVEL_CHARS, LEVEL_OPENED, LEVEL_WORD_AFTER, PLACE_LEVELS, PREFECTURE_WORD, ROAD_SITES, SIDE_EXITS,
    TEAM_WORDS, UNMARKED_FIELDS, WITHIN, YOU_MANY_WORDS, place_and_short_name, same_unit, short_place, unit_matters, words,
)
from .lazyre import cached, lazy
from .model import PARTS, PER_ASK, PLAIN, REPLY, STATUS, THANKS
from .yamlio import line_of, load_yaml, read_plain

CONFIG_NAME = "drafter.yaml"
SEEDS_DIR = "seeds"  # the sources a workspace distils, kept beside it (harvest and refresh file theirs here)


def _bundled_templates() -> Path:
    """drafter's own templates (wording/*.j2, reference.docx): the demo workspace's ``templates/``,
    the one copy of them. An installed wheel carries it as ``drafter/templates`` (pyproject's
    package-dir); a source checkout or an editable install reads it beside the package."""
    package = Path(__file__).resolve().parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


# A file a workspace lacks is taken from here (a workspace made before a newer drafter added a
# template keeps drafting); the workspace's own file always wins.
BUNDLED_TEMPLATES = _bundled_templates()
CACHE_DIR = ".drafter"  # derived data (the fact index, the parsed drafter.yaml)
HEADING_FORMS = ("separate", "inline")
# A reply's form: parts (一、基本情况 … 二、下一步工作计划), per_ask (one section per ask, its plan inside), or auto:
# the form most of the bureau's own replies in the base use, the newest of them on a tie (parts without any).
AUTO = "auto"
REPLY_FORM_SETTINGS = (AUTO, PARTS, PER_ASK, PLAIN)
CLOSING_SETTINGS = (AUTO, STATUS, THANKS)
EARLIER_PLAN_FORMS = ("text", "comment")
# A part-one figure that is not current (older than last year, or last year's only as of a date inside
# it): keep writes it, highlighted, for the clerk to update; blank leaves its number out (X家), the
# value in the comment, so that an old number cannot be sent by mistake; frame does so too and has the
# sentence state last year (2024年 → 2025年, 【待更新：统计期】 → 2025年), the frame the clerk fills.
OLD_FIGURE_FORMS = ("keep", "blank", "frame")
# A part-two item the base holds no plan of the draft's year for, under an ask that proposes how: comment
# writes its lead and 【待补充：具体举措】, what the ask proposes (the deputy's words) quoted in its comment
# as material; text says it in the text, highlighted and flagged 【待核实：按建议所提拟写…】.
ASKED_MEASURE_FORMS = ("comment", "text")
# Such an item where part one reports the bureau's way of working on its matter: comment writes its
# lead and 【待补充：具体举措】 as when part one reports none; text carries that practice on (继续强化…，
# 实施…机制), highlighted and flagged 【待核实：是否列入…年计划】.
STANDING_MEASURE_FORMS = ("comment", "text")
DEFAULT_CLASSES = {
    "A": "所提问题已经解决或基本解决",
    "B": "正在解决或已列入计划逐步解决",
    "C": "因目前条件限制或其他原因需以后解决、或留作参考",
}


# How a unit names itself in its own letters, by the word its name ends in (上海市科学技术委员会 →
# 我委, 泉州市人民政府办公室 → 我办): the first entry that ends the name, in this order (办公室 before
# 室, 委员会 before 会). A people's government names itself by its level (泌阳县人民政府 → 我县; one of JURISDICTION_LEVELS,
# 我省…我乡; 自治区 → 我区).
SELF_WORDS = (
    ("委员会", "委"), ("管委会", "委"), ("办公厅", "厅"), ("办公室", "办"), ("办事处", "办"), ("中心", "中心"),
    ("大学", "校"), ("学校", "校"), ("公司", "公司"), ("集团", "集团"), ("银行", "行"),
    *((word, word) for word in (*"局厅委办院部署会所站处社馆", *TEAM_WORDS)),
)
ANY_UNIT = "我单位"  # a name ending in none of these words


def self_name_of(name: str) -> str:
    """How the unit called ``name`` names itself in a reply (the workspace's ``organisation.self``
    when none is set): 我 and its organ's word (科学技术局 → 我局, 科学技术委员会 → 我委, 科学技术
    协会 → 我会, 管委会 → 我委), a people's government its level (东洲区人民政府 → 我区); a trailing
    note in brackets (…局（市知识产权局）) is no part of it; 我单位 for a name ending in none."""
    name = (name or "").strip()
    if name.endswith(("）", ")")):  # 泉州市科学技术局（市知识产权局）
        name = name[:max(name.rfind("（"), name.rfind("("), 0)] or name
    for word in GOVERNMENT:
        if name.endswith(word) and len(name) > len(word) and name[-len(word) - 1] in JURISDICTION_LEVELS:
            return f"我{name[-len(word) - 1]}"
    for word, self_word in SELF_WORDS:
        if name.endswith(word):
            return f"我{self_word}"
    return ANY_UNIT


# A draft's default body length: about six pages in the GB/T 9704 grid (22 lines of 28
# characters, the letterhead on page one, the tail kept together on the last); 3,500 characters
# lay out on 7–8 pages (the real reply to 1288, 3,552 characters, takes 8 in this layout).
DEFAULT_LENGTH = 2700


# What follows a place's bare name in a proper name of its own (黄河郑州段, 郑州都市圈, 郑州大学, a power plant: 海阳核电, 邹县电厂; a
# road's or a line's site: 郑州东站, 承德收费站, 承德高速口, 承德东出口, grammar.ROAD_SITES; a route it opens: 承德至下板城, 承德到鞍匠 —
# not 至今, 到位…): a reply names such a thing as it is, never 黄河我市段, 我市核电厂区 (hd65b), 我市高速口.
# Its produce or craft sold under its name and its landmarks (栖霞苹果, 景德镇陶瓷; 榆林长城, 屯溪老街: a brand, a place to visit) are
# such names too: 实施栖霞苹果自主品种选育计划, 打造榆林长城品牌 (hd62b's and hd57b's replies) — not the place's trade in the produce,
# the produce word before a word of trade (栖霞苹果产业, 景德镇陶瓷电商平台: 我市苹果产业, 我市陶瓷电商平台, the place's own).
BRANDED_PRODUCE = ("苹果", "鸭梨", "香梨", "脐橙", "蜜柚", "柑橘", "葡萄", "樱桃", "红枣", "板栗", "核桃", "猕猴桃", "茶叶", "大米", "小米",
                   "陶瓷", "瓷器", "丝绸", "刺绣", "白酒")
PRODUCE_TRADE = ("产业", "行业", "市场", "电商", "企业", "种植", "生产", "加工", "销售", "出口", "产量")
LANDMARKS = ("长城", "老街", "古街", "古城", "古镇")
# So are its events (汉中发展大会, 景德镇国际陶瓷博览会, 洛阳牡丹文化节: 二是汉中发展大会…启动, never 我市发展大会, hd68c): a name of
# six characters at most before the event's kind, not opening on a verb of holding one (汉中举办博览会: 我市举办博览会), nor a meeting
# of a body (汉中人大会议: 我市人大会议), nor a word 节 opens or a holiday (汉中节能, 季节性, 汉中春节).
EVENT_KINDS = ("大会", "博览会", "交易会", "洽谈会", "展销会", "论坛", "峰会", "马拉松")
NAMED_EVENT = (rf"(?!{HOLDING})[\u4e00-\u9fff]{{0,6}}?(?:{words(EVENT_KINDS)})(?![议员])"
               rf"|(?!{HOLDING})[\u4e00-\u9fff]{{2,6}}?节(?![约能水电点日目奏省余假庆俭制气性])")
NAMED_AFTER = (rf"(?:段|都市圈|城市圈|经济圈|大学|学院|日报|晚报|银行|核电|电厂|[东西南北]?(?:{words(ROAD_SITES)})|[东西南北](?:{words(SIDE_EXITS)})"
               rf"|{words(LANDMARKS)}|(?:{words(BRANDED_PRODUCE)})(?!{words(PRODUCE_TRADE)})|{NAMED_EVENT}"
               r"|[至到](?![今少于此多上关为位达期底])[\u4e00-\u9fff])")
# What follows a place's bare name naming its natives (在外峄城人, 峄城籍企业家): a reply keeps them as written, never 我区人 —
# not a word 人 opens (峄城人民, 人才, 人口, 人大, 人社局: 我区人民, 我区人才).
NATIVES = r"(?:籍|人(?![民才口大力社事防文居工气均次寿保行]))"
# The place's bare name before another level's character names that place (承德县 of 承德市, 南昌县 of 南昌市, 淮安区 of 淮安市),
# not a word the character opens (县级, 区域, 市场: grammar.LEVEL_WORD_AFTER; 区位, 区划) nor levels said together (重庆区县);
# within it (承德县内) is still that place. Pattern text, after the bare name (its own level read before it).
OTHER_LEVEL = (r"(?!区(?:位(?!于)|划))[" + PLACE_LEVELS + "](?![" + "".join(sorted(LEVEL_WORD_AFTER - WITHIN))
               + LEVEL_CHARS + "])")
# The place's own part named after its bare name (龙南县城, 龙南城区, 龙南市区): the part alone says it, no 我市 before it.
# Not the level character before the word 区域 (grammar.LEVEL_WORDS): 汕尾市区域发展 is 汕尾市's 区域发展, 我市区域发展.
OWN_PART = r"(?:县城|(?:中心|主|老)?城区|市区(?!域)|县域|市域)"
# A public institution a city's full name names as its own (深圳市天文台, 重庆市图书馆, 泉州市第一人民医院): in the reply's
# words 市天文台, the one institution — not 我市天文台, as of the city's many (我市企业).
# A document's title or a quoted name, whose place name is its own (《常州工业史》): the capture keeps it a part of the split.
_TITLED_TEXT = r"《[^》]*》|“[^”]*”"
_TITLED = lazy(rf"({_TITLED_TEXT})")
OWN_INSTITUTION = (r"(?:天文台|气象台|图书馆|博物馆|美术馆|科技馆|文化馆|档案馆|纪念馆|体育馆|体育中心|青少年宫|少年宫|大剧院"
                   r"|展览馆|会展中心|动物园|植物园|(?:第[一二三四五六七八九十]{1,2})?(?:人民|中医)医院)")


def place_names(place: str) -> list[str]:
    """A place's name and, for a longer one, its stem (泉州市 → 泉州市, 泉州); a prefecture named 地区 by its name alone (its stem
    names its seat city: 塔城地区, 塔城市)."""
    return [place, place[:-1]] if len(place) > 2 and place[-1] in "市区县" and not place.endswith(PREFECTURE_WORD) else [place]


def place_own_word(place: str) -> str | None:
    """How a place's own pages and letters name it: 我 and its level (重庆市 → 我市, 福建省 → 我省, 泌阳县 → 我县, 魏县 → 我县);
    None for a place ending in no level word."""
    level = place[-1:]
    return f"我{level}" if level and level in JURISDICTION_LEVELS and len(place) >= 2 else None


# The words a letter names a jurisdiction by as its own (我市, 我县, 我区): one that is not the bureau's level says another
# place's material (a 县局's draft saying 这也是我市首家… of a city's news, hd14). A district's letters may say 我市 of
# the city it is in; 我省 is any bureau's province.
PLACE_WORDS = ("我市", "我县", "我区")


def others_place_words(own: str | None) -> tuple[str, ...]:
    """The :data:`PLACE_WORDS` naming as its own a place of another level than the one whose own word is ``own`` (我县 of
    蓬溪县): none where ``own`` is none of them."""
    if own not in PLACE_WORDS:
        return ()
    return tuple(w for w in PLACE_WORDS if w != own and not (own == "我区" and w == "我市"))


@dataclass
class Workspace:
    """A loaded workspace. Paths are absolute."""

    root: Path
    name: str  # issuing organisation, e.g. 泉州市科学技术局
    jurisdiction: str  # e.g. 泉州市
    short_name: str | None = None
    self_name: str = ""  # how the bureau names itself (我局); none set: :func:`self_name_of` its name
    # what its formulas thank the deputy's support for (再次感谢您对我市科技创新工作的支持…); none set: 我局工作
    work: str = ""
    # how its letters address several proposers named together: 您们 or 你们; none set: as its replies in the base do
    you_many: str | None = None
    areas: list[str] = field(default_factory=list)
    signatory: str | None = None
    contact: str | None = None
    phone: str | None = None
    disclosure: str | None = None
    cc: dict[str, list[list[str]]] = field(default_factory=dict)  # "suggestion"/"proposal" → groups
    cc_co_handlers: bool = True  # a lead unit's reply copies its co-handlers (their own group, last)
    classes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CLASSES))
    freshness_years: int = 2
    heading_form: str = "separate"  # 小标题：separate（单独成行，楷体）或 inline（段首，楷体）
    # 答复的结构：parts（一、基本情况 二、下一步工作计划）、per_ask（建议每条一节，下一步举措写在节内）、plain（不分部分、不设小标题，
    # 以段落答复，段内一是…二是…）或 auto（按本单位以往答复）
    reply_form: str = AUTO
    # 结束语：status（按答复类型写明办理状态：已采纳…/正在解决…/留作参考…）、thanks（只致谢并表示继续做好工作，类型只见文首“答复类型”）或 auto（按本单位以往答复）
    reply_closing: str = AUTO
    # 上年计划（事实库中没有成文年份的计划时）：text 第二部分各项照录上年计划中最切题的一句，高亮并标【待核实：…年计划，是否仍列入…年】；comment 只写标题和【待补充：具体举措】，原文放批注
    earlier_plans: str = "text"
    # 不是最新的数字（早于上年，或只到上年某月）：keep 照写并高亮待更新；blank 数字空出写作X，原数值放批注；frame 同 blank，并将句中时间改为上年
    old_figures: str = "keep"
    # 第二部分没有成文年份计划的一项，建议该条写了做法时：comment 只写标题和【待补充：具体举措】，建议所提做法放批注供参照；text 照录建议所提做法，高亮并标【待核实：按建议所提拟写，是否列入…年计划】
    asked_measures: str = "comment"
    # 第二部分没有成文年份计划的一项，第一部分有本单位的现行做法时：comment 只写标题和【待补充：具体举措】；text 续写该做法（继续…），高亮并标【待核实：是否列入…年计划】
    standing_measures: str = "comment"
    target_length: int = DEFAULT_LENGTH  # body characters (opening to closing) a draft aims at
    max_length: int = 4500  # and never exceeds
    max_age: int = 3  # years: an older fact never fills a draft (its part keeps the placeholder)
    other_units: dict[str, list[str]] = field(default_factory=dict)  # unit → what it counts (attributed)
    other_fields: dict[str, list[str]] = field(default_factory=dict)  # unit → its fields of work
    higher_powers: dict[str, list[str]] = field(default_factory=dict)  # higher authority → its powers
    synonyms: list[list[str]] = field(default_factory=list)  # words naming one thing (compose/synonyms.py)

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def facts_dir(self) -> Path:
        return self.root / "facts"

    @property
    def seeds_dir(self) -> Path:
        return self.root / SEEDS_DIR

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def drafts_dir(self) -> Path:
        return self.root / "drafts"

    @property
    def withdrawn_dir(self) -> Path:
        """Where 撤回 moves a source's fact file and seeds/ copy (one folder each), to be put back by hand."""
        return self.root / "withdrawn"

    def withdrawn_folder(self, source_id: str) -> Path:
        """The folder of :attr:`withdrawn_dir` a source's files are moved into now (``20260520-093000-<id>``; not made)."""
        import datetime as dt  # (only when a source is withdrawn or renamed)

        return self.withdrawn_dir / f"{dt.datetime.now():%Y%m%d-%H%M%S}-{source_id}"

    @property
    def cache_dir(self) -> Path:
        """Derived data (the fact index): safe to delete, rebuilt on demand, not committed."""
        return self.root / CACHE_DIR

    @property
    def wording_dirs(self) -> list[Path]:
        """Where the wording templates are looked for: the workspace's own folder, then drafter's."""
        return [self.templates_dir / "wording", BUNDLED_TEMPLATES / "wording"]

    @property
    def reference_docx(self) -> Path:
        """The layout reference drafts take: the workspace's own, or drafter's when it has none
        (then a file of the installed package: read it, never write it)."""
        own = self.templates_dir / "reference.docx"
        bundled = BUNDLED_TEMPLATES / "reference.docx"
        return bundled if not own.exists() and bundled.is_file() else own

    def __post_init__(self) -> None:
        if not self.self_name:
            self.self_name = self_name_of(self.name)
        if not self.work:
            self.work = f"{self.self_name}工作"

    @property
    def own_word(self) -> str:
        """How a list for the bureau's own staff names it: 本 and its self name's word (我委 → 本委, 我局 → 本局)."""
        return "本" + self.self_name[1:] if self.self_name.startswith("我") else self.self_name

    def own_places(self) -> list[str]:
        """The jurisdiction (by each of its names) and the areas under it: facts of these places are the bureau's own."""
        return [*self.jurisdiction_names(), *self.areas]

    @cached_property
    def own_place_names(self) -> tuple[str, ...]:
        """The names of the bureau's own places (:func:`place_names`), the longest first (computed once: every fact asks)."""
        return tuple(sorted((n for place in self.own_places() for n in place_names(place)), key=len, reverse=True))

    @cached_property
    def own_fields(self) -> frozenset[str]:
        """The words of the field the bureau's names say (:func:`~drafter.grammar.unit_matters`: 统计 of 市统计局; 市场监督管理,
        市场监管 of 珠海市市场监督管理局; 文化, 旅游 of 县文化和旅游局, each side of its 和), none shorter than two characters
        nor one any text says (:data:`~drafter.grammar.UNMARKED_FIELDS`: 发展和改革, 发改 of a 发改委, not 发展)."""
        return frozenset(w for name in (self.name, self.short_name) if name for m in unit_matters(name)
                         for w in (m, *m.replace("与", "和").split("和")) if len(w) >= 2 and w not in UNMARKED_FIELDS)

    def jurisdiction_names(self) -> list[str]:
        """The jurisdiction as its documents name it: its name, and an autonomous place's shorter one too
        (石林彝族自治县, 石林县: the county's own replies say 石林县卫生健康局)."""
        short = short_place(self.jurisdiction)
        return [self.jurisdiction, short] if short != self.jurisdiction else [self.jurisdiction]

    def own_place_word(self) -> str | None:
        """How the bureau's letters name its own jurisdiction (:func:`place_own_word`)."""
        return place_own_word(self.jurisdiction)

    def in_own_words(self, phrase: str) -> str:
        """``phrase`` (a title's words said in the reply's own sentences) with the bureau's own
        jurisdiction named as its letters name it: 强化重庆企业科技创新 → 强化我市企业科技创新 (a
        reply of 重庆市科学技术局 does not call its city 重庆). The bare name inside a proper name
        (:data:`NAMED_AFTER`: 黄河郑州段, 郑州都市圈, 郑州大学, 栖霞苹果, 榆林长城, 汉中发展大会) and its natives (:data:`NATIVES`: 在外峄城人, 峄城籍企业家) stay as they are; the full name of the place's own institution
        (:data:`OWN_INSTITUTION`) loses the name only: 深圳市天文台 → 市天文台, and so does its part named after its bare name
        (:data:`OWN_PART`): 龙南县城 → 县城, not 区域 after the level (汕尾市区域发展 → 我市区域发展); a word its level character opens (:data:`~.grammar.LEVEL_OPENED`) stays whole
        after it: 汕尾市政内涝治理 → 我市市政内涝治理, 汕尾市民 → 我市市民. A title or a quoted name (《常州工业史》, “常州制造”)
        keeps the place's name, and so does another place the bare name opens: an area of the workspace (承德县 of 承德市,
        承德县城 its seat) or a place of another level (:data:`OTHER_LEVEL`: 南昌县 of 南昌市)."""
        word = self.own_place_word()
        if not word:
            return phrase
        parts = self._kept_names().split(phrase)
        if len(parts) > 1:  # (a quotation left open, “中国制造, is no name kept: h292)
            return "".join(part if i % 2 else self.in_own_words(part) for i, part in enumerate(parts) if part)
        stem, level = re.escape(self.jurisdiction[:-1]), re.escape(self.jurisdiction[-1])
        opened = cached(rf"{stem}(?={level}{LEVEL_OPENED})")  # (汕尾|市政 → 我市市政, hd57c)
        if len(self.jurisdiction) == 2:  # 魏县: its one character alone names no place (魏 of 曹魏)
            return opened.sub(word, phrase).replace(self.jurisdiction, word)
        phrase = cached(rf"{stem}(?={level}{OWN_INSTITUTION})").sub("", phrase)  # (深圳市天文台 → 市天文台, hd30c)
        phrase = cached(rf"{stem}(?={OWN_PART})").sub("", phrase)  # (龙南县城 → 县城, not 我市县城: hd34c)
        return cached(rf"{stem}(?:{level}|(?!{NAMED_AFTER}|{OTHER_LEVEL}|{NATIVES}))").sub(word, opened.sub(word, phrase))

    def area_said(self, area: str) -> str:
        """How a reply names one of the workspace's areas: a district named by a generic word with its city's name before it
        (:data:`~.grammar.GENERIC_DISTRICTS`: 汕尾市城区, the district — 城区 alone reads as the city's urban area), any other
        as it is (海丰县)."""
        return self.jurisdiction + area if area in GENERIC_DISTRICTS else area

    def _kept_names(self) -> re.Pattern:
        """What :meth:`in_own_words` keeps as written, captured: a title or a quoted name (:data:`_TITLED`), an area named
        with the jurisdiction's bare name (承德县 of 承德市: another place, never 我市县) and one named by a generic word after the
        jurisdiction's name (:data:`~.grammar.GENERIC_DISTRICTS`: 汕尾市城区, the district, never 我市城区, the city's urban area)."""
        stem = self.jurisdiction[:-1]
        areas = sorted({name for area in self.areas for name in (area, short_place(area))
                        if stem and name.startswith(stem) and name != self.jurisdiction}
                       | {self.area_said(area) for area in self.areas if area in GENERIC_DISTRICTS}, key=len, reverse=True)
        if not areas:
            return _TITLED
        return cached(rf"({_TITLED_TEXT}|{'|'.join(map(re.escape, areas))})")

    def is_own(self, place: str | None, told: str = "", renamed: str | None = None) -> bool:
        """True when ``place`` is this jurisdiction or one of its areas (None counts as own), an autonomous one by any of its
        names (镇沅彝族哈尼族拉祜族自治县, 维西傈僳族自治县 of a workspace of 镇沅县, 维西县; 耿马自治县 of an area 耿马傣族佤族自治县),
        or one of them before its level was renamed, as the text ``told`` says (:func:`~.distill.places.predecessor`: 香格里拉县
        of 香格里拉市, hd51a) or its source recorded at distil (``renamed``: :attr:`~.model.SourceMeta.renamed`)."""
        own = self.own_places()
        if place is None or place in own or place == renamed or short_place(place) in {short_place(p) for p in own}:
            return True
        if not told:  # (a rename is only ever read in the text told: no need of the place reader, off a draft's path)
            return False
        from .distill.places import predecessor  # the place vocabulary; not on every command's path

        return any(predecessor(place, p, told) for p in own)

    def own_spelling(self, place: str | None) -> str | None:
        """``place`` as the workspace spells it where it is the jurisdiction or one of its areas by another of its names
        (楚雄彝族自治州 of a workspace of 楚雄州, hd32a: one place, never listed as two); any other place as it is."""
        if not place:
            return place
        short = short_place(place)
        return next((own for own in (self.jurisdiction, *self.areas) if short_place(own) == short), place)

    def is_own_unit(self, unit: str) -> bool:
        """True when ``unit`` names this bureau: its name, short name or self name (我局), or another
        name of it (:func:`~.grammar.same_unit`: 市科技局, 科技局, 泉州市科技局 for 泉州市科学技术局);
        区科技局 or 市工信局 is another unit; a unit under it, its name opening on the bureau's full name (…交巡警支队杨陵大队 of
        …交巡警支队, hd39b), is the bureau's own."""
        if unit in (self.name, self.short_name, self.self_name) or self.under(unit):
            return True
        return any(same_unit(unit, own) for own in (self.name, self.short_name) if own)

    def under(self, unit: str | None) -> bool:
        """True when ``unit`` is one under this bureau: its name opens on the bureau's full name and goes on (…交巡警支队
        杨陵大队) — not to a 局 of its own, a branch bureau, the organ of the district it is named after (…生态环境局上街分局)."""
        return bool(unit and self.name and unit.startswith(self.name) and len(unit) > len(self.name)
                    and not unit.endswith("局"))

    def other_issuer(self, source) -> str | None:
        """The unit of the bureau's own place or one of its areas, not the bureau, that issued ``source`` (a SourceMeta), a
        reply: a 会办意见 sent to the bureau (惠州市发展和改革局's), another bureau's or a township's reply filed in its base
        (鹿阜街道办事处's) — its 我局, 我们 is that unit, never the bureau. None otherwise (another place's is that place's)."""
        issuer = source.issuer if source is not None and source.kind == REPLY else None
        return issuer if issuer and not self.is_own_unit(issuer) and self.is_own(source.jurisdiction, renamed=source.renamed) else None

    def relpath(self, path: Path) -> str:
        """``path`` relative to the workspace root when inside it, else as given."""
        return relative_path(path, self.root)

    def source_path(self, path: Path) -> str:
        """Where a fact file records its source: relative to the workspace root, with ``..`` when outside it (a path
        relative to where the command ran would be read as the workspace's own), absolute on another drive."""
        resolved = Path(path).resolve()
        try:
            return Path(os.path.relpath(resolved, self.root.resolve())).as_posix()
        except ValueError:
            return resolved.as_posix()


def relative_path(path: str | Path, root: str | Path | None) -> str:
    """``path`` relative to ``root`` (a workspace's) when inside it, else as given: a message never
    shows where the workspace lies on the server."""
    if root is not None:
        try:
            return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
        except (ValueError, OSError):
            pass
    return str(path)


def find_workspace(workspace: str | Path | None = None, start: str | Path | None = None) -> Workspace:
    """Load the workspace at ``workspace``, or the nearest one from ``start`` (default: cwd) upward."""
    if workspace is not None:
        root = Path(workspace).resolve()
        if not (root / CONFIG_NAME).is_file():
            raise WorkspaceError(f"这里没有工作区配置 {CONFIG_NAME}", root)
        return load_workspace(root)
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return load_workspace(folder)
    raise WorkspaceError(
        f"找不到工作区：{here} 及其上级目录中都没有 {CONFIG_NAME}", fix=WORKSPACE
    )


def load_workspace(root: str | Path) -> Workspace:
    """Read ``root/drafter.yaml`` and validate it; errors name the file and line.

    The file's data is kept in ``.drafter/config.pickle`` with the file's bytes, and used while
    the file holds the same bytes: reading drafter.yaml round-trip (ruamel.yaml, pure Python)
    costs a cold command about as much as python-docx's whole open-and-save. Otherwise the file
    is read as plain data (libyaml); whatever fails to validate is read again round-trip, so
    errors still name their line.
    """
    root = Path(root).resolve()
    path = root / CONFIG_NAME
    key = _config_key(path)  # read before parsing: a later edit makes the cache stale, never wrong
    cached = _cached_config(root / CACHE_DIR / CONFIG_CACHE, key)
    if cached is not None:
        try:
            return _workspace(root, path, cached)
        except WorkspaceError:
            pass  # said again below, from the file, with its line
    data = _read_plain_config(key)  # libyaml: fast; the round-trip read only to name a line
    try:
        ws = _workspace(root, path, data) if data is not None else None
    except WorkspaceError:
        ws = None
    if ws is None:
        data = load_yaml(path, WorkspaceError)
        ws = _workspace(root, path, data)
    if cached is None and key is not None:
        _cache_config(root / CACHE_DIR / CONFIG_CACHE, key, data)
    return ws


CONFIG_CACHE = "config.pickle"
_CONFIG_FORMAT = ("drafter-config", 1)


def _read_plain_config(key: bytes | None) -> Any | None:
    """drafter.yaml's bytes as plain data (libyaml), None when they are not UTF-8 YAML."""
    try:
        return read_plain(key.decode("utf-8")) if key is not None else None
    except UnicodeDecodeError:
        return None


def _config_key(path: Path) -> bytes | None:
    """The file's bytes (a few KB; a size and mtime could miss a same-size edit within a clock tick)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def _cached_config(cache: Path, key: bytes | None) -> Any | None:
    """drafter.yaml's plain data from ``cache`` when the file holds the cached bytes, else None."""
    import pickle

    if key is None:
        return None
    try:
        with open(cache, "rb") as fh:
            fmt, cached_key, data = pickle.load(fh)
    except Exception:  # missing, stale or corrupt: read the file
        return None
    return data if fmt == _CONFIG_FORMAT and cached_key == key else None


def _plain(node: Any) -> Any:
    """Round-trip YAML data as plain dicts, lists, str, int, float, bool and None (ruamel's
    subclasses of them made plain); ValueError for anything else (a date, say)."""
    if node is None or type(node) in (str, int, float, bool):
        return node
    if isinstance(node, dict):
        return {_plain(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    for kind in (bool, str, int, float):  # bool first: it is an int too
        if isinstance(node, kind):
            return kind(node)
    raise ValueError(type(node).__name__)


def _cache_config(cache: Path, key: bytes, data: Any) -> None:
    """Keep drafter.yaml's content for the next command (skipped silently when it cannot be)."""
    import os
    import pickle
    import tempfile

    tmp = None
    try:
        plain = _plain(data)
        cache.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{cache.name}.", suffix=".tmp", dir=cache.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((_CONFIG_FORMAT, key, plain), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except Exception:  # derived data: a read-only workspace still works, just slower
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


# The keys drafter.yaml may hold, by section (a key not here is a typo that would be silently
# ignored: freshnes_years, draft.lenght). ``serve:`` is read by the server (web/config.py).
CONFIG_KEYS = ("organisation", "signatory", "contact", "phone", "disclosure", "cc", "cc_co_handlers", "classes",
               "freshness_years", "draft", "other_units", "other_fields", "higher_powers", "synonyms", "serve")
ORGANISATION_KEYS = ("name", "short_name", "self", "work", "you_many", "jurisdiction", "areas")
DRAFT_KEYS = ("form", "closing", "headings", "earlier_plans", "old_figures", "asked_measures", "standing_measures", "length", "max_length", "max_age")


def unknown_key(node: dict, known: tuple[str, ...], section: str = "") -> tuple[str, str] | None:
    """The first key of ``node`` not in ``known``, and the message saying so (the section it
    belongs under, the key it is likely a typo of, else the keys there are); None when every key
    is known."""
    sections = {"organisation": ORGANISATION_KEYS, "draft": DRAFT_KEYS} if not section else {}
    for key in node:
        if key not in known:
            import difflib  # only for a typo: every workspace load passes here

            under = next((name for name, keys in sections.items() if key in keys), None)
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = (f"应写在 {under}: 下，缩进两格" if under else
                    f"是否要写 {close[0]}？" if close else f"可用：{'、'.join(known)}")
            return key, f"未知的配置项“{section}{key}”（{hint}）"
    return None


def _workspace(root: Path, path: Path, data: Any) -> Workspace:
    """The Workspace of drafter.yaml's ``data`` (round-trip or plain), validated."""
    if not isinstance(data, dict):
        raise WorkspaceError("工作区配置应为键值映射", path, 1)

    def fail(message: str, node: Any = data, key: Any = None) -> WorkspaceError:
        return WorkspaceError(message, path, line_of(node, key))

    def known_keys(node: dict, known: tuple[str, ...], section: str = "") -> None:
        found = unknown_key(node, known, section)
        if found:
            raise fail(found[1], node, found[0])

    known_keys(data, CONFIG_KEYS)
    org = data.get("organisation")
    if not isinstance(org, dict) or not org.get("name") or not org.get("jurisdiction"):
        raise fail("organisation 须包含 name 和 jurisdiction", data, "organisation" if org else None)
    known_keys(org, ORGANISATION_KEYS, "organisation.")
    you_many = org.get("you_many")
    if you_many is not None and you_many not in YOU_MANY_WORDS:
        raise fail(f"organisation.you_many 须为 {' 或 '.join(YOU_MANY_WORDS)}", org, "you_many")
    areas = org.get("areas") or []
    if not isinstance(areas, list) or not all(isinstance(a, str) for a in areas):
        raise fail("organisation.areas 须为地名列表", org, "areas")

    cc: dict[str, list[list[str]]] = {}
    raw_cc = data.get("cc") or {}
    if not isinstance(raw_cc, dict):
        raise fail("cc 须为映射（suggestion / proposal → 抄送单位分组）", data, "cc")
    for kind, groups in raw_cc.items():
        if not isinstance(groups, list):
            raise fail(f"cc.{kind} 须为列表", raw_cc, kind)
        for n, group in enumerate(groups):
            if not all(_is_text(x) for x in (group if isinstance(group, list) else [group])):
                raise fail(f"cc.{kind} 的每一组须为单位名称或单位名称列表，如 [市人大常委会代表工委]", groups, n)
        cc[str(kind)] = [[str(x) for x in g] if isinstance(g, list) else [str(g)] for g in groups]
    cc_co_handlers = data.get("cc_co_handlers", Workspace.cc_co_handlers)
    if not isinstance(cc_co_handlers, bool):
        raise fail("cc_co_handlers 须为 true 或 false", data, "cc_co_handlers")

    classes = data.get("classes") or DEFAULT_CLASSES
    if not isinstance(classes, dict) or not classes:
        raise fail("classes 须为“代码: 含义”映射", data, "classes")
    for code, meaning in classes.items():
        if not _is_text(code) or not _is_text(meaning):
            raise fail(f"classes 的 {code} 须为“代码: 含义”，含义为一句文字", classes, code)

    freshness = data.get("freshness_years", Workspace.freshness_years)
    if isinstance(freshness, bool) or not isinstance(freshness, int) or freshness < 0:
        raise fail("freshness_years 须为非负整数", data, "freshness_years")

    draft = data.get("draft") or {}
    if not isinstance(draft, dict):
        raise fail(f"draft 须为映射（{' / '.join(DRAFT_KEYS)}）", data, "draft")
    known_keys(draft, DRAFT_KEYS, "draft.")

    def form(key: str, forms: tuple[str, ...], default: str) -> str:
        """A ``draft.key`` naming one of ``forms`` (``default`` when not set)."""
        value = str(draft.get(key, default))
        if value not in forms:
            raise fail(f"draft.{key} 须为 {'、'.join(forms[:-1])} 或 {forms[-1]}", draft, key)
        return value

    heading_form = form("headings", HEADING_FORMS, Workspace.heading_form)
    reply_form = form("form", REPLY_FORM_SETTINGS, Workspace.reply_form)
    reply_closing = form("closing", CLOSING_SETTINGS, Workspace.reply_closing)
    earlier_plans = form("earlier_plans", EARLIER_PLAN_FORMS, Workspace.earlier_plans)
    old_figures = form("old_figures", OLD_FIGURE_FORMS, Workspace.old_figures)
    asked_measures = form("asked_measures", ASKED_MEASURE_FORMS, Workspace.asked_measures)
    standing_measures = form("standing_measures", STANDING_MEASURE_FORMS, Workspace.standing_measures)
    lengths = []
    for key, default in (("length", Workspace.target_length), ("max_length", Workspace.max_length)):
        value = draft.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 500:
            raise fail(f"draft.{key} 须为不小于 500 的整数（正文字数）", draft, key)
        lengths.append(value)
    if lengths[0] > lengths[1]:
        raise fail("draft.length 不能大于 draft.max_length", draft, "length")
    max_age = draft.get("max_age", Workspace.max_age)
    if isinstance(max_age, bool) or not isinstance(max_age, int) or max_age < freshness:
        raise fail(f"draft.max_age 须为不小于 freshness_years（{freshness}）的整数（年）", draft, "max_age")

    def unit_lists(key: str, what: str) -> dict[str, list[str]]:
        """A ``unit: [words…]`` mapping (other_units, other_fields, higher_powers)."""
        value = data.get(key) or {}
        if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in value.values()):
            raise fail(f"{key} 须为“单位: [{what}…]”映射", data, key)
        return {str(k): [str(w) for w in v] for k, v in value.items()}

    synonyms = data.get("synonyms") or []
    if not isinstance(synonyms, list) or not all(
            isinstance(g, list) and len(g) > 1 and all(isinstance(w, str) and w.strip() for w in g) for g in synonyms):
        raise fail("synonyms 须为同义词组的列表，每组至少两个词，如 [通村道路, 农村公路]", data, "synonyms")

    def text(key: str, node: dict = data) -> str | None:
        value = node.get(key)
        if value is None:
            return None
        if not _is_text(value):
            raise fail(f"{key} 须为文本", node, key)
        return str(value)

    return Workspace(
        root=root,
        name=text("name", org),
        jurisdiction=text("jurisdiction", org),
        short_name=text("short_name", org),
        self_name=text("self", org) or "",
        work=text("work", org) or "",
        you_many=you_many,
        areas=[str(a) for a in areas],
        signatory=text("signatory"),
        contact=text("contact"),
        phone=text("phone"),
        disclosure=text("disclosure"),
        cc=cc,
        cc_co_handlers=cc_co_handlers,
        classes={str(k): str(v) for k, v in classes.items()},
        freshness_years=freshness,
        heading_form=heading_form,
        reply_form=reply_form,
        reply_closing=reply_closing,
        earlier_plans=earlier_plans,
        old_figures=old_figures,
        asked_measures=asked_measures,
        standing_measures=standing_measures,
        target_length=lengths[0],
        max_length=lengths[1],
        max_age=max_age,
        other_units=unit_lists("other_units", "所统计的事项"),
        other_fields=unit_lists("other_fields", "职责领域"),
        higher_powers=unit_lists("higher_powers", "事权"),
        synonyms=[[w.strip() for w in g] for g in synonyms],
    )


def _is_text(value: Any) -> bool:
    """A value drafter.yaml may give as text: a string or a number written bare (a phone 22579329),
    never true/false, a list or a mapping."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


# The bodies of a prefecture governed by a 行署, which has no people's congress of its own: the provincial congress's
# working committee (地区人大工委, 盟人大工委) and the 行署's office, never a 区人大常委会 or a 区政府 (hd36c); a 地区 has a
# CPPCC working committee, a 盟 a CPPCC of its own (政协兴安盟委员会).
PREFECTURE_CC = {PREFECTURE_WORD: (f"{PREFECTURE_WORD}人大工委", "行署督查室", f"{PREFECTURE_WORD}政协工委"),
                 "盟": ("盟人大工委", "盟行署督查室", "盟政协提案委")}


def levels_of(name: str, jurisdiction: str) -> tuple[str, str]:
    """The bureau's level word as its letters say it (我州, 州人大常委会…: the place's, else the one its name opens with), and
    the level its place's bodies are of (地区 for a prefecture's, governed by a 行署)."""
    def level_of(word: str) -> str:
        return word if word and word in JURISDICTION_LEVELS else ""

    # (its name read only where its place says no level: reading it loads the place reader)
    level = level_of(jurisdiction[-1:]) or level_of(place_and_short_name(name)[0][-1:]) or "市"
    return level, PREFECTURE_WORD if jurisdiction.endswith(PREFECTURE_WORD) else level


def prefilled_cc(name: str, jurisdiction: str) -> dict[str, list[list[str]]]:
    """The 抄送 groups a new drafter.yaml of the bureau ``name`` of ``jurisdiction`` is written with, by kind of item: its
    level's congress committee, government office and CPPCC committee (区人大常委会代表工委, 区政府督查室, 区政协提案委) —
    drafter's guess, which the file asks the clerk to correct, so no setting of theirs."""
    level, bodies = levels_of(name, jurisdiction)
    congress, office, cppcc = PREFECTURE_CC.get(bodies) or (f"{level}人大常委会代表工委", f"{level}政府督查室", f"{level}政协提案委")
    return {"suggestion": [[congress], [office]], "proposal": [[cppcc], [office]]}
