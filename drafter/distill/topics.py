"""Topic keywords of facts, without a dictionary: what a statement is about, in its own words.

Rule (deterministic; no segmenter, whose dictionary would cost ~175 MB and a second to load):

1. what the figures count (``counts``, 3–10 characters), as the figures name them;
2. short terms (2–10 characters) the text sets off in quotes or title marks: ``“科技贷”`` →
   科技贷, ``"双倍增"``, ``《…》``;
3. candidate terms: the text is cut at everything that is not a CJK character (punctuation,
   digits, Latin) and at function words (的 和 与 及 等 是 了 将 被 并 其中 以及 通过 …),
   the verbs and adverbs that start a phrase (进一步 加快 加大 推动 加强 持续 开展 组织 从事 及时 …) and the words of
   time (今年 上半年 目前 …);
   what a piece still starts with (全市 我区 各 该 从 向 一批 …) or ends with (中 方面 工作 …)
   is stripped; pieces of 2–8 characters are candidates, generic words alone (创新 科技 工作 企业
   力度 …) are not. Acronyms (AI, STS, R&D) are candidates too. Candidates are ranked by
   tf × idf: how often the fact says them, times how rare they are among the document's facts
   (ln((1 + N) / (1 + df)) + 1), longer first on a tie, then in order of appearance.

At most :data:`MAX_TOPICS`; a term inside one already taken is skipped. A reply's facts are about
its matter (:func:`matter_terms` of the suggestion's title): those terms a fact neither says nor has
are added after, so a later suggestion on that matter finds a fact that names only a figure
(``2017-2021年安排上级专项资金共计454万元`` of 关于合理拨付文物保护专项经费的提案).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ..grammar import (
    ADDRESS_FORM, HALF_YEAR_WORDS, NAMES_WITH_A_CONJUNCTION, PRESENT_WORDS, PUSHING_VERBS, SCOPE_WORDS, THIS_YEAR_WORDS, UNITS, words,
)
from ..lazyre import lazy
from ..model import Figure
from ..textutil import CJK, nfkc

MAX_TOPICS = 8
MIN_LEN, MAX_LEN = 2, 8
MAX_QUOTED = 10

# A number with what it counts (1614家, 1-2个, 3.5亿元): cut out whole, so no piece starts with 家.
# (or a day's or month's number: 1月24日上午 leaves no 日上午)
_NUMBER = lazy(rf"[0-9][0-9.,]*(?:[-~至][0-9.]+)?[余多]?[万亿千百]*[余多]?(?:{UNITS}|月|日|号)?")
_CJK_RUN = lazy(rf"[{CJK}]+|[A-Z][A-Za-z]*(?:&[A-Z])?[A-Za-z]*")
_QUOTED = lazy(r'“([^“”]{2,%d})”|《([^《》]{2,%d})》|「([^「」]{2,%d})」|"([^"]{2,%d})"' % ((MAX_QUOTED,) * 4))  # noqa: UP031 (regex braces)
_ACRONYM = lazy(r"[A-Z][A-Za-z&]*[A-Z]")

# Function words, and verbs/adverbs that open a phrase: a topic never spans one.
_CUT_WORDS = (
    "一是 二是 三是 四是 五是 六是 七是 八是 九是 十是 第一 第二 第三 第四 第五 "
    "其中 以及 通过 围绕 按照 根据 依托 结合 对于 关于 由于 针对 面向 作为 成为 认定为 列为 列入 以来 以后 之后 之前 "
    "同时 并且 而且 还是 但是 已经 目前 截至 截止 进一步 不断 积极 大力 着力 着重 深入 全面 持续 切实 扎实 认真 "
    "努力 力争 争取 确保 加快 推动 推进 加强 强化 提升 提高 促进 支持 鼓励 引导 指导 帮助 开展 组织 实施 完成 "
    "举办 召开 出台 制定 印发 落实 贯彻 深化 完善 优化 健全 建立 构建 打造 培育 壮大 发挥 做好 抓好 推广 实现 "
    "取得 获得 获批 获评 新增 新建 新认定 累计 共计 共有 合计 达到 超过 主要 相关 有关 进行 继续 相结合 结合 "
    "上下功夫 下功夫 以下 近年来 经过 给予 予以 提供 采取 采用 利用 探索 推行 聚焦 瞄准 坚持 吸收 释放 奋力 "
    "充分 率先 设立 下一步 我们 上午 下午 中午 晚上 凌晨 从事 及时 存在 现就 现将 听取 "
    "的 和 与 及 等 是 了 将 把 被 并 或 也 还 又 于 在 为 之"
)
# …and the words of time opening a statement (今年, 上半年, 目前: 今年已按3元/卷… gave 今年已按; not 年初, inside 大年初一) and of
# pushing work on (加大…力度 gave 加大 to every fact of a reply to 关于加大支持力度…的提案): no topic spans one either.
_CUT_GROUPS = (PRESENT_WORDS, THIS_YEAR_WORDS, HALF_YEAR_WORDS, ("去年", "近期", "近日"), PUSHING_VERBS)
# Nor does one span a speech's frame: how it addresses its assembly (沙比提各位代表, 请各位政协委员) and the guidance its work was
# done under (在市委、市政府的坚强领导下, 在区人大、区政协的监督支持下), its presenting (请予审议, 现汇报如下) — words of the occasion, not of the work.
_FRAME = rf"请?{ADDRESS_FORM}|请予审议|现?(?:汇报|报告|答复|说明|通报)如下|(?:坚强|正确|有力)?(?:领导|指导|监督支持|关心支持|支持)下(?![岗降乡沉游属拨达])"
# Every alternative opens with a literal character, so the regex engine skips at once the
# positions no cut word starts at (a look-behind in front of 达 would defeat that: 3× slower).
_CUT = lazy(
    "|".join(sorted(set(_CUT_WORDS.split()).union(*_CUT_GROUPS), key=len, reverse=True))
    + rf"|对(?![接外口标比])|以(?![上下])|达(?<![发到表]达)(?![标成])|{_FRAME}"
)
# What a piece may still start or end with that is not part of the topic.
# (a scope's whole body too: 全区上下坚定信心 → 坚定信心)
_LEAD_WORDS = [*(f"{w}上下" for w in SCOPE_WORDS), *SCOPE_WORDS, *"我局 各级 各类 各地 建设 他们 她们".split()]
_LEAD_NUMERALS, _LEAD_SINGLE = "一二三四五六七八九十两几", "各每该此这其已由从向"
# (and the verbs opening what is studied or relayed — 传达学习邓志蓉副市长…批示 → 邓志蓉副市长 — where that is a person's title or
# what was said: 学习教育, 学习型社会, 学习强国平台 are terms)
_STUDY_WORDS = ("传达", "学习")
_STUDIED = "长|书记|主任|主席|总理|精神|会议|讲话|指示|批示|论述|思想"
_LEAD = lazy(
    rf"^(?:(?:{'|'.join(_STUDY_WORDS)})(?=[{CJK}]{{1,}}(?:{_STUDIED}))|{'|'.join(_LEAD_WORDS)}"
    rf"|[{_LEAD_NUMERALS}]+[个家项批类条种名位次场支件]|[{_LEAD_SINGLE}])+"
)
_TAIL_WORDS = "方面 工作 领域 情况 问题 水平 能力 体系 机制 建设 基础上 过程 中 内 里 时 后 前".split()
_TAIL = lazy(f"(?:{'|'.join(_TAIL_WORDS)})+$")
# The characters a lead can start with and a tail end with: other pieces are kept as they are.
_LEAD_FIRST = frozenset(w[0] for w in (*_LEAD_WORDS, *_STUDY_WORDS)) | frozenset(_LEAD_NUMERALS + _LEAD_SINGLE)
_TAIL_LAST = frozenset(w[-1] for w in _TAIL_WORDS)
# Too general to say what a fact is about on their own.
GENERIC = frozenset(
    "创新 科技 工作 发展 建设 企业 项目 服务 平台 产业 技术 管理 政策 体系 机制 能力 水平 作用 方面 领域 "
    "情况 问题 成效 成果 活动 会议 部署 决策 要求 措施 任务 目标 资金 经费 单位 部门 全市 全区 全省 全国 "
    "我市 我区 我局 自治区 市委 市政府 区委 区政府 政府 社会 经济 质量 效益 规模 数量 总量 模式 环境 "
    "同比 增长 分别 其他 一批 各类 一系列 首批 年度 全年 重点 示范 工程 行动 计划 专项 举措 方案 文件 精神 意见 "
    "通知 办法 习近平总书记 重要讲话精神 党中央 国务院 学习 传达 力度 幅度 程度".split()
)


# A place's name holding 和 before more of it (和顺古镇, 呼和浩特市: :data:`~drafter.grammar.NAMES_WITH_A_CONJUNCTION`), before its level or
# 古镇: no cut at its 和 (hd50a's 实施和顺古镇5A旅游景区创建 gave 顺古镇); not one ending in 和 (平和县), whose 和 joins words as often
# (提升专业化管理水平和市场化运营效率).
_NAMED_AND = lazy(rf"(?:{words(tuple(n for n in NAMES_WITH_A_CONJUNCTION if not n.endswith('和')))})(?=古镇|古城|[镇乡村县市区州])")
_KEPT_AND = "\0"  # (a 和 kept while the run is cut)
_NAME_DOTS, _NAME_HALF = frozenset("·•・"), 4  # (the interpunct between a transliterated name's halves, 海赛尔·沙比提, and their length)


def _pieces(run: str) -> list[str]:
    """``run`` cut at its function words (:data:`_CUT`), a place's name holding 和 whole (:data:`_NAMED_AND`)."""
    kept = _NAMED_AND.sub(lambda m: m.group().replace("和", _KEPT_AND), run) if "和" in run else run
    return [piece.replace(_KEPT_AND, "和") for piece in _CUT.split(kept)]


def candidate_terms(text: str) -> list[str]:
    """Candidate topic terms of ``text`` in order of appearance (repeats kept)."""
    out: list[str] = []
    plain = _NUMBER.sub(" ", nfkc(text))
    for m in _CJK_RUN.finditer(plain):
        run = m.group()
        if run.isascii():
            if _ACRONYM.fullmatch(run) and MIN_LEN <= len(run) <= MAX_LEN:
                out.append(run)
            continue
        pieces = _pieces(run)
        # (nor a name's half by its interpunct, 海赛尔·沙比提各位代表 → 沙比提: a person's, no topic — not a longer piece, an event's
        # name after its country's, 中国·烟台国际苹果节)
        first = plain[m.start() - 1:m.start()] in _NAME_DOTS and len(pieces[0]) <= _NAME_HALF
        last = plain[m.end():m.end() + 1] in _NAME_DOTS and len(pieces[-1]) <= _NAME_HALF
        for piece in pieces[first:len(pieces) - last]:
            term = _trim(piece)
            if MIN_LEN <= len(term) <= MAX_LEN and term not in GENERIC:
                out.append(term)
    return out


def matter_terms(core: str) -> list[str]:
    """The terms of a suggestion's matter (``core``: its title without 关于 and 的建议), cut as
    :func:`candidate_terms` cuts but of any length: 合理拨付文物保护专项经费 stays whole."""
    pieces = (_trim(p) for run in _CJK_RUN.findall(_NUMBER.sub(" ", nfkc(core))) for p in _pieces(run))
    return list(dict.fromkeys(p for p in pieces if len(p) >= MIN_LEN and p not in GENERIC))


def with_matter(text: str, topics: list[str], matter: Sequence[str]) -> list[str]:
    """``topics`` and each term of ``matter`` the fact's ``text`` and topics do not already hold."""
    return topics + [m for m in matter if m not in text and not any(m in t for t in topics)]


def _trim(piece: str) -> str:
    """``piece`` without the scope, measure and filler words at its ends (repeatedly)."""
    if piece[:1] not in _LEAD_FIRST and piece[-1:] not in _TAIL_LAST:
        return piece
    while True:
        trimmed = _TAIL.sub("", _LEAD.sub("", piece))
        if trimmed == piece:
            return piece
        piece = trimmed


def quoted_terms(text: str) -> list[str]:
    """Short terms set off in “…”, 《…》, 「…」 or "…" (quotes dropped)."""
    return [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]


def counted_terms(figures: Iterable[Figure]) -> list[str]:
    """What the figures count, 3–10 characters, quotes dropped."""
    return [name for name in (re.sub(r"[“”‘’\"']", "", f.counts or "") for f in figures) if 3 <= len(name) <= 10]


def document_topics(facts: Sequence[tuple[str, Sequence[Figure]]]) -> list[list[str]]:
    """Topics of each (text, figures) of one document; rarity is counted across them."""
    candidates = [candidate_terms(text) for text, _ in facts]
    df = Counter(term for terms in candidates for term in set(terms))
    return [
        _pick(text, figures, terms, df, len(facts))
        for (text, figures), terms in zip(facts, candidates)
    ]


def _pick(text: str, figures: Sequence[Figure], terms: list[str], df: Counter, n: int) -> list[str]:
    """Counted, then quoted, then candidate terms by tf × idf (``df`` of ``n`` facts)."""
    topics: list[str] = []

    def take(term: str) -> None:
        if len(topics) < MAX_TOPICS and term not in GENERIC and not any(term in t for t in topics):
            topics.append(term)

    for term in counted_terms(figures):
        take(term)
    for term in quoted_terms(text):
        take(term)
    tf = Counter(terms)  # in order of first appearance: the stable sort keeps it among ties
    ranked = sorted(tf, key=lambda t: (-tf[t] * (math.log((1 + n) / (1 + df[t])) + 1), -len(t)))
    for term in ranked:
        if len(topics) == MAX_TOPICS:
            break
        take(term)
    return topics
