"""The form a reply takes, as the bureau's own replies in the base are written (:attr:`~drafter.model.SourceMeta.form`):
in parts (一、基本情况 … 二、下一步工作计划) or one section per ask, its plan inside (一、关于“…”的建议), how such a
section's head says the ask (:attr:`~drafter.model.SourceMeta.head`), whether its closing states the suggestion's
status or only thanks (:attr:`~drafter.model.SourceMeta.closing`), whether it opens on how the item was handled, the word its
titles open on (对 or 关于) and how they end (…建议案答复的函), whether its opening thanks (:attr:`~drafter.model.SourceMeta.opening`), and how it addresses its readers (您 or 你, 您们 or 你们, 贵会 or 贵单位: :attr:`~drafter.model.SourceMeta.address`), how it signs off (承办人：…, no 抄送: :class:`SignOff`): the bureau's :class:`Habits`, read once a draft."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..grammar import (COLLECTIVE_YOU_WORDS, CONTACT_LABELS, GARBLED, HANDLED, HANDLING_PART, JOINT_VERBS, PLAIN_YOU, PLAIN_YOU_MANY, POLITE_YOU, POLITE_YOU_MANY, REPLY_LETTER_ENDS,
                       PREFECTURE_WORD, YOU_MANY_WORDS, YOU_WORDS, same_unit, unit_matters, words)
from ..lazyre import lazy
from ..model import ASK_SLOT, HONOURED, OPENING_SLOTS, PARTS, SESSION_SLOT, PER_ASK, PLAIN, REPLY, STATUS, THANKS, YOU_SLOT, SourceMeta
from ..reply import placeholder_text
from ..sessions import level_word
from ..textutil import CLAUSE_STOPS
from ..workspace import AUTO, Workspace, prefilled_cc
from .suggestion import SUGGESTION_NUMBER, is_collective, item_word, you_word
from .wording import LABELS

ITEM_WORD = lazy(r"的(?:建议|提案)$")  # the item a head names (关于“…”的建议): said as the draft's
# A phrase that is a head already (a source's section, 关于“加大政策奖补力度”的建议, heading a draft from the title): its ask.
HEADED = lazy(r"^关于[“\"](.+)[”\"]的(?:建议|提案|意见)$|^关于(.+?)方面$")
# A pair of straight double quotes (关于"…"的建议 of a mirror's page, a typed head): Chinese text quotes in “…” (GB/T 9704).
STRAIGHT_QUOTED = lazy(r'"([^"]*)"')


def own_replies(ws: Workspace, index) -> list:
    """The bureau's own replies in ``index``, newest first (by their date, else the year of their number or the year they
    speak of: 泉科函〔2026〕102号, undated, is newer than a reply of 2025-05-20): another unit's reply never tells how this
    bureau writes."""
    return _replies(index, lambda s: same_unit(s.issuer or "", ws.name))


def unsigned_replies(ws: Workspace, index) -> list:
    """The replies of the bureau's place in ``index`` naming no unit (a page cut before it: 民革沈阳市委员会：贵单位提出的…,
    沈阳市农业农村局's, hd19a), newest first: its own or another unit's, so they tell only what its own replies do not."""
    return _replies(index, lambda s: not s.issuer and ws.is_own(s.jurisdiction, renamed=s.renamed))


def _replies(index, keep) -> list:
    """The replies in ``index`` that ``keep`` keeps, newest first (:func:`own_replies`); never a 会办/协办意见 to a lead unit
    (:attr:`~drafter.model.SourceMeta.lead`: 市城管执法局's letter to 市生态环境局 tells nothing of how it answers a deputy, hd28b)."""
    replies = [s for s in (index.sources.values() if index is not None else ()) if s.kind == REPLY and not s.lead and keep(s)]
    return sorted(replies, key=lambda s: s.date or str(s.document_year() or ""), reverse=True)


# How many of the bureau's own replies saying one thing make a habit of it where one reply written otherwise (泉州's 1071
# opening without thanks, a single title on 对) is none: its titles' head (:func:`title_head`), its opening (:func:`opening_habit`),
# its addressee line (:func:`salutation_habit`), its plain form (:func:`reply_form`).
HABIT_REPLIES = 2


def most_said(values: list, default: str | None, least: int = 1) -> str | None:
    """What most of ``values`` (said by replies newest first) are, the newest of them on a tie; ``default`` when fewer than
    ``least`` say one."""
    if len(values) < least:
        return default
    counts = Counter(values)
    return max(counts, key=lambda value: (counts[value], value == values[0]))


def habit(replies, said: str, default: str | None, least: int = 1) -> str | None:
    """What most of the bureau's own ``replies`` that say ``said`` (a learned field) say of it — a bureau's habit, not one
    reply written otherwise (a short one, a co-handled one) — the newest of them on a tie; ``default`` when fewer than
    ``least`` say (:func:`most_said`)."""
    return most_said([getattr(s, said) for s in replies if getattr(s, said)], default, least)


def reply_form(ws: Workspace, replies) -> str:
    """The draft's form: drafter.yaml's ``draft.form``, or (``auto``) the form most of the bureau's own ``replies`` use
    (:func:`habit`); PARTS when none says, or when the habit is PLAIN (a few paragraphs, no head: 天台县交通运输局's, hd22b)
    but fewer than :data:`HABIT_REPLIES` replies say it (one short reply is no habit)."""
    if ws.reply_form != AUTO:
        return ws.reply_form
    form = habit(replies, "form", PARTS)
    return PARTS if form == PLAIN and sum(s.form == PLAIN for s in replies) < HABIT_REPLIES else form


def reply_closing(ws: Workspace, replies) -> str:
    """What the draft's closing says: drafter.yaml's ``draft.closing``, or (``auto``) what most of the bureau's own
    ``replies``' closings say (:func:`habit`) — the suggestion's status as its class has it (您提出的建议已采纳…), or only
    thanks (再次感谢…，我局将一如既往…: 泉州市科学技术局's, its class said in the 答复类型 line alone); STATUS when none says."""
    return ws.reply_closing if ws.reply_closing != AUTO else habit(replies, "closing", STATUS)


# A reply's title opening on 对 (对县十八届人大三次会议第86号建议的答复), 关于, 关于对 (镇康县农业农村局's 关于对…第0038号建议的
# 答复函) or 关于答复 (牟定县水务局's 关于答复县十八届人大一次会议第74号建议的函), after the bureau's name where it names
# itself: the words the bureau's titles open on (longest first).
TITLE_HEADS = ("关于答复", "关于对", "对", "关于")
# The replies to an item whose titles show the head (…建议的答复, …提案的答复函, …建议的函): a reply's last words
# (:data:`~drafter.grammar.REPLY_LETTER_ENDS`) after 建议的 or 提案的, but …的复函 (the titles this habit was read from say
# 答复, hd20a).
REPLY_TITLE_END = lazy(rf"(?:建议|提案)的(?:{words(tuple(w.removeprefix('的') for w in REPLY_LETTER_ENDS if w != '复函'))})$")


def unnamed_title(reply: SourceMeta) -> str:
    """``reply``'s title without the spaces a page put in it and its unit's name at its head (镇康县农业农村局关于对… →
    关于对…): what the bureau's titles open on after it."""
    title = (reply.title or "").replace(" ", "")
    return title[len(reply.issuer):] if reply.issuer and title.startswith(reply.issuer) else title


def title_head(replies) -> str:
    """The words the draft's title opens on: what most of the bureau's own ``replies`` titled …建议的答复 (…的答复函,
    …的函) open theirs on after its name (:data:`TITLE_HEADS`: 对县十八届人大三次会议第86号建议的答复 of 岳阳县水利局's,
    hd20a), the newest on a tie, where :data:`HABIT_REPLIES` of them at least say; 关于 else."""
    titles = [unnamed_title(s) for s in replies]
    heads = [next(h for h in TITLE_HEADS if t.startswith(h)) for t in titles if t.startswith(TITLE_HEADS) and REPLY_TITLE_END.search(t)]
    return most_said(heads, "关于", HABIT_REPLIES)


# A reply's title's end after its item's number (…第350号建议案答复的函, …第2024159号提案的答复, …第74号建议的函): how it
# names the item and the reply, a habit of the bureau's (:func:`title_end`).
# (after the item: 的 and a reply's last words, :data:`~drafter.grammar.REPLY_LETTER_ENDS`, or 答复的函)
TITLE_END = lazy(rf"第\s*{SUGGESTION_NUMBER.pattern}\s*号((建议案?|提案)"
                 rf"({words(tuple('的' + w.removeprefix('的') for w in REPLY_LETTER_ENDS), ('答复的函',))}))$")


def title_end(replies, proposal: bool) -> str | None:
    """How the draft's title ends after the item's number: as most of the bureau's own ``replies`` to an item of its kind
    (a proposal, ``proposal``, or a suggestion) end theirs (建议案答复的函 of 天台县交通运输局's, hd22b), else the word for
    the reply most of all its replies end on, to either kind (…提案的复函 and …建议的复函 of 西安市生态环境局's: 复函, hd24a),
    where :data:`HABIT_REPLIES` of them at least say; None else (the template's own: 建议的答复)."""
    kind = item_word(proposal)
    found = [(s.proposal, m) for s in replies if s.title for m in [TITLE_END.search(s.title.replace(" ", ""))] if m]
    own = most_said([m.group(1) for p, m in found if p == proposal and m.group(2).startswith(kind)], None, HABIT_REPLIES)
    said = most_said([m.group(3) for _, m in found], None, HABIT_REPLIES)
    return own or (f"{kind}{said}" if said else None)


def opening_habit(replies) -> str:
    """Whether the draft's opening thanks (THANKS) or not (PLAIN): as most of the bureau's own ``replies`` open (:func:`habit`;
    岳阳县水利局's …收悉。现答复如下, thanking at the end alone), where :data:`HABIT_REPLIES` of them at least say; THANKS
    else."""
    return habit(replies, "opening", THANKS, HABIT_REPLIES)


# An opening's words that still say an item's particulars outside its slots (a session the reply printed otherwise than its
# header: 区人大一届三次会议, a number, a date) or the units it was handled with (经与市教委共同研究办理, 经会同市财政局研究):
# another item's, never the draft's.
_PARTICULARS = lazy(rf"\d|届|次会|经与|共同研究|{words(JOINT_VERBS)}")
# An opening's clause telling how its own item was handled (我局针对此件, 召开专题会议研究落实) or thanking its reader for that
# item's matter (首先感谢{you}对清原县城美化、优化的一些建议, hd55b): that item's, never the draft's; the opening is said without it.
_ITEMS_OWN_CLAUSE = lazy(r"[，,](?:[^，,：:。]*?(?:此件|该件|召开|专题|研究落实|调研|座谈|面商|走访)[^，,：:。]*"
                         rf"|[^，,：:。]*?感谢{re.escape(YOU_SLOT)}对[^，,：:。]*建议)(?=[，,])")
_KIND_WORDS = lazy("建议|提案|议案|代表|委员")  # (an opening naming the kind of its item or proposer: said of that kind alone)


def _opening_frame(reply) -> str:
    """A reply's opening words without its clauses on its own item's handling or matter (:data:`_ITEMS_OWN_CLAUSE`)."""
    return _ITEMS_OWN_CLAUSE.sub("", reply.opened or "")


def opening_words(replies, proposal: bool) -> str | None:
    """The words the draft opens with (:attr:`~drafter.model.SourceMeta.opened`, its particulars slots): those most of the
    bureau's own ``replies`` to an item of its kind (a proposal, ``proposal``, or a suggestion) open with, else most of all
    its replies where they name neither kind's item nor proposer (岳阳县水利局's …收悉。现答复如下： to both), where
    :data:`HABIT_REPLIES` of them at least open alike (上虞区交通运输局's 您在区人大一届三次会议上提出的《…》收悉。经研究，
    现答复如下：, hd46a), or the one reply to an item of its kind whose words are known (保山市文化和旅游局's 你提出的《…》（第0035号
    提案）已交我们研究办理，现答复如下：, as its real reply of 2024 opens, hd50a), and they say no other item's particulars
    (:data:`_PARTICULARS`), their clauses on that item's own handling or matter left out (:data:`_ITEMS_OWN_CLAUSE`); None
    else (the template's own: 您提出的《…》（第N号）已收悉。该建议由我局主办。…)."""
    kind = [_opening_frame(s) for s in replies if s.opened and s.proposal == proposal]
    own = _alike_words(kind, min(len(kind), HABIT_REPLIES))
    said = own or _alike_words([_opening_frame(s) for s in replies if s.opened])
    return said if own or not (said and _KIND_WORDS.search(_bare(said))) else None


def _alike_words(said: list[str], least: int = HABIT_REPLIES) -> str | None:
    """The words most of ``said`` are, where ``least`` of them at least are and they name no particulars."""
    words = most_said(said, None)
    return None if words is None or said.count(words) < least or _PARTICULARS.search(_bare(words)) else words


def _bare(words: str) -> str:
    """An opening's words without their slots."""
    for slot in OPENING_SLOTS:
        words = words.replace(slot, "")
    return words


def opening_says(replies, said: str, default: bool) -> bool:
    """Whether the draft's opening says ``said`` (the session's slot: 您在…会议上提出的; 主办: 该建议由我局主办): as most of the
    bureau's own ``replies`` whose opening's words are known (:attr:`~drafter.model.SourceMeta.opened`) do, where
    :data:`HABIT_REPLIES` of them at least are (openings alike in no more, :func:`opening_words`); ``default`` else."""
    said_by = [said in s.opened for s in replies if s.opened]
    return most_said(said_by, default, HABIT_REPLIES)


def opening_told(replies, unsigned) -> list:
    """The replies that tell how the bureau's opening goes (:func:`opening_says`): its own ``replies``, with those of its place
    naming no unit (``unsigned()``, a page cut before it) where fewer than :data:`HABIT_REPLIES` of its own open on words
    known (保山市文化和旅游局's one reply saying …已交我们研究办理 and an unsigned one …已交市文化和旅游局办理: no 由我局主办, hd50a)."""
    own = [s for s in replies if s.opened]
    return own if len(own) >= HABIT_REPLIES else [*own, *(s for s in unsigned() if s.opened and s not in own)]


def opening_said(words: str, you: str, session: str | None, title: str, number: str, signed_with: str | None = None) -> str:
    """The bureau's opening ``words`` (:func:`opening_words`) said of the draft's item: its reader, session (a placeholder
    where none is given), title and number in their slots; its first reader with those who signed with them
    (``signed_with``: 您和刘磊等10位委员在…上提出的)."""
    if signed_with:
        words = words.replace(YOU_SLOT, f"{you}和{signed_with}", 1)
    for slot, value in zip(OPENING_SLOTS, (you, session or placeholder_text(LABELS["session"]), title, number)):
        words = words.replace(slot, value)
    return words


def salutation_habit(replies) -> str:
    """Whether the draft's addressee line honours its reader (HONOURED: 尊敬的任涛委员：, as 滕州市's replies do, hd21b) or
    names them alone (PLAIN): as most of the bureau's own ``replies`` do (:func:`habit`), where :data:`HABIT_REPLIES` of them
    at least say; PLAIN else."""
    return habit(replies, "salutation", PLAIN, HABIT_REPLIES)


# A reply's number as the bureau numbers its replies (邢林提案字〔2017〕6号): its prefix (the bureau's and the kind's words)
# before the year in brackets, its serial after.
NUMBERED = lazy(r"^(?P<prefix>[^〔［\[（(]+)[〔［\[（(](?:19|20)\d{2}[〕］\]）)]\s*\d{1,5}\s*号$")


def numbered_reply(replies, proposal: bool) -> SourceMeta | None:
    """The newest of ``replies`` to an item of the draft's kind (a proposal, ``proposal``, or a suggestion) whose number
    reads as a prefix, a year and a serial (:data:`NUMBERED`): the draft's number is written as it, its year the draft's and
    its serial to fill (邢林提案字〔2024〕【待补充：序号】号 of 邢林提案字〔2017〕6号, hd45b). The other kind's replies are numbered
    apart (建议 and 提案 replies each their own 字); None when no reply of the kind says."""
    return next((s for s in replies if s.proposal == proposal and number_prefix(s)), None)


def number_prefix(reply: SourceMeta) -> str | None:
    """The prefix of ``reply``'s number (:data:`NUMBERED`: 邢林提案字 of 邢林提案字〔2017〕6号); None when it reads as none."""
    m = NUMBERED.match(reply.number.replace(" ", "")) if reply.number else None
    return m["prefix"] if m else None


def _numbered_as_own(reply: SourceMeta, ws: Workspace, own) -> bool:
    """Whether ``reply``, of the bureau's place but naming no unit, is numbered as the bureau numbers (another unit's, 邢教提字…,
    is none to follow, rv7 10): its number's prefix opens as those of the bureau's ``own`` replies do (泉科函, 泉科提字: the
    place's character and the unit's), or, none of them numbered, says after its first character the first of the bureau's
    field or one of a two-character field (林 of 邢林提案字 for 邢台市林业局, hd45b; 建 of 泉建字 for 住建)."""
    prefix = number_prefix(reply)
    opened = {p[:2] for p in map(number_prefix, own) if p}
    if not prefix or opened:
        return bool(prefix) and prefix[:2] in opened
    fields = unit_matters(ws.name)
    return any(ch in prefix[1:] for ch in {f[0] for f in fields} | {ch for f in fields if len(f) == 2 for ch in f})


@dataclass(frozen=True)
class Handling:
    """How the bureau's own replies tell how the item was handled, before what was done on the matter: under a part's
    heading (``heading``: 办理工作开展情况) or in their first paragraph (None), and in which words (``said``: 我局收到提案后，
    高度重视，召开专题会议…指定智慧旅游规划科具体办理。, None when they say none the draft can follow)."""

    heading: str | None
    reply: SourceMeta  # the reply it is learned from
    said: str | None


def handling_part(replies, index) -> Handling | None:
    """How the item's handling is told (:class:`Handling`): the part (:data:`~drafter.grammar.HANDLING_PART`:
    办理工作开展情况) the newest of the bureau's own ``replies`` opens on, with the handling sentences
    (:data:`~drafter.grammar.HANDLED`) of its first paragraph there; else the handling sentences with which the newest
    reply saying them opens its body (临沧市文化和旅游局's, under no heading, hd26b); None when no reply opens so (as most
    do: 一、基本情况). What they say is the part's first paragraph saying them (镇康县农业农村局's third, after who led it
    and the county head's meeting, hd34a), from its first handling sentence on (its thanks before it left: 首先，衷心地感谢
    你们…; the meetings with the deputy after it kept: 2025年5月21日，我局组织…与代表进行见面沟通)."""
    for n, reply in enumerate(replies):
        ids = index.fact_ids_of(reply.id)  # (its first fact read, the others only when it opens on the handling)
        first = index.facts[ids[0]] if ids else None
        head = HANDLING_PART.match(first.section[0].strip()) if first and first.section else None
        said = ""
        # (each paragraph whole: distill cut 提出三点办理要求：一是实学。…三是实效。…会议明确由…牵头 at its items, 镇康's)
        for text in _paragraphs([index.facts[i] for i in ids], first) if head or (first and not first.section) else ():
            found = HANDLED.search(text)
            if found:
                said = text[found.start():]
                break
        if head and not n:
            return Handling(head.group(1), reply, said or None)
        if said:
            return Handling(None, reply, said)
    return None


def _paragraphs(facts, first) -> list[str]:
    """The texts of the paragraphs of ``facts`` in ``first``'s part (its paragraph alone where it has no number), in order."""
    if not first.paragraph:
        return [first.text]
    said: dict[int, str] = {}
    for f in facts:
        if f.section == first.section and f.paragraph:
            said[f.paragraph] = said.get(f.paragraph, "") + f.text
    return [said[n] for n in sorted(said)]


_CLAUSE = lazy(f"[^{CLAUSE_STOPS}]+")
_READER_OR_FIGURE = lazy(r"您们|你们|您|你|\d+(?:\.\d+)?")


def _clauses(thanks: str) -> list[str]:
    """The clauses of a closing, its reader and figures said alike (感谢您… and 感谢你们… one clause)."""
    return [_READER_OR_FIGURE.sub("·", c) for c in _CLAUSE.findall(thanks)]


def _alike(a: list[str], b: list[str]) -> bool:
    """Two closings' clauses (:func:`_clauses`) one closing's, up to its names: the same thanks first, and at most one clause
    in three of the shorter differing (…向人大选举联络工作委员会反馈 and …向政协提案工作委员会反馈)."""
    n = min(len(a), len(b))
    return bool(n) and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) <= n // 3


def closings(replies) -> tuple[SourceMeta | None, SourceMeta | None]:
    """The replies whose closing's words (:attr:`~drafter.model.SourceMeta.thanks`) are the bureau's for a suggestion's draft
    and for a proposal's: the fullest of those another of its own ``replies`` closes alike (:func:`_alike`: 镇康县农业农村局's
    感谢您/你们对农业农村工作的支持，对以上办理有何意见，请填入“征询意见表”向…委员会反馈。, hd34a), then a reply to the same kind
    of item, the newest on a tie; else the closing of the bureau's one reply whose opening says no other item's particulars
    (:data:`_PARTICULARS`); None when no two close alike (another bureau's words never count). The replies closing alike
    are found once for both."""
    said = [(s, _clauses(s.thanks)) for s in replies if s.thanks]
    opening_on: dict[str, list] = {}  # (closings alike open on the same thanks: each compared with those alone)
    for s, c in said:
        if c:
            opening_on.setdefault(c[0], []).append((s, c))
    # (a closing a mirror garbled, 请?zhí)钊搿…, bears witness to the habit but gives no words)
    shared = [(s, c) for s, c in said
              if c and not GARBLED.search(s.thanks) and any(t is not s and _alike(c, d) for t, d in opening_on[c[0]])]
    # (or the closing of the bureau's one reply whose opening says no other item's particulars, a frame fit to follow:
    # 清原县住建局's 衷心感谢您对城市建设工作的关心和支持，并欢迎今后提出更多宝贵意见。, hd55b — not 泉州's 1071, opening
    # 由我单位会同市财政局…办理; of two replies, one closing is no habit, hd34a)
    shared = shared or [(s, c) for s, c in said if len(replies) == 1 and c and not GARBLED.search(s.thanks)
                        and _alike_words([_opening_frame(s)], 1)]
    return tuple(max(shared, key=lambda sc: (len(sc[1]), bool(sc[0].proposal) == proposal), default=(None,))[0]
                 for proposal in (False, True))


def address_habit(replies, words: tuple[str, ...]) -> str | None:
    """Which of ``words`` the bureau's own ``replies`` address their readers with (:attr:`~drafter.model.SourceMeta.address`,
    learned of each reply's whole text: 你们提出的…已收悉, 感谢你们…), as most of those saying one do (:func:`habit`); None
    when none says one."""
    return habit([s for s in replies if s.address in words], "address", None)


def you_many(ws: Workspace, replies) -> str:
    """How the bureau addresses several proposers: as its drafter.yaml says (``you_many``), else as its own ``replies`` to
    several do (:func:`address_habit`), else 你们: 您 has no plural in written Chinese, and replies to several say 你们 far
    more often than 您们 (红河州农业农村局's to 龙瑜菡等代表, 西安市生态环境局's to 市农工党), whether they say 您 or 你 to one."""
    if ws.you_many:
        return ws.you_many
    return address_habit(replies, YOU_MANY_WORDS) or PLAIN_YOU_MANY


def you_one(ws: Workspace, replies) -> str:
    """How the bureau addresses one proposer: 你 where drafter.yaml's ``you_many`` is 你们, else as its own ``replies`` to
    one do (hd17: a letter opening 你提出的…), else 您. Its 你们 to several tells nothing of it (您 has no written plural:
    随州市商务局's 你们 to 杨俊等代表, hd27b)."""
    if ws.you_many:
        return PLAIN_YOU if ws.you_many == PLAIN_YOU_MANY else POLITE_YOU
    return address_habit(replies, YOU_WORDS) or POLITE_YOU


def to_bodies(replies) -> list[str]:
    """The words ``replies`` address a collective proposer with: 贵会 or 贵单位 (said to no person), or 您们/你们 where the
    reply is to a collective (你们在政协临沧市委员会五届三次会议上提出的… to 市政协人口资源环境委员会第二学习小组, hd26b)."""
    return [s.address for s in replies if s.address in COLLECTIVE_YOU_WORDS
            or (s.address in YOU_MANY_WORDS and is_collective(s.deputy))]


def you_body(replies) -> str | None:
    """The one word the bureau's own ``replies`` address a collective proposer with (:func:`to_bodies`: 贵单位 to 民革沈阳市委
    and to 九三学社沈阳市委员会 alike, hd19a; 你们 to 临沧's 学习小组 and 界别 alike, hd26b), None when they use none or
    several (the name then tells: :func:`~.suggestion.you_word`)."""
    words = set(to_bodies(replies))
    return words.pop() if len(words) == 1 else None


@dataclass(frozen=True)
class SignOff:
    """How the draft signs off after its closing, as the bureau's own replies do (:func:`sign_off`)."""

    label: str  # the word its contact line names the clerk with (:data:`~drafter.grammar.CONTACT_LABELS`: 联系人, 承办人…)
    signed: bool  # whether it has a leader's line (领导署名：…)
    copied: bool  # whether it has a 抄送 line
    by: tuple  # the replies whose sign-off it follows (none: the template's, in full)
    hint: SourceMeta | None  # the newest reply naming its clerk: who it was, a hint for the contact's placeholders


def cc_set(ws: Workspace, proposal: bool) -> bool:
    """Whether drafter.yaml sets the 抄送 of an item of the kind (a proposal, ``proposal``, or a suggestion): groups given
    that are not those ``drafter init`` wrote into it as a guess (:func:`cc_guessed`)."""
    return bool(ws.cc.get(cc_kind(proposal))) and not cc_guessed(ws, proposal)


def cc_guessed(ws: Workspace, proposal: bool) -> bool:
    """Whether drafter.yaml's 抄送 of an item of the kind are those ``drafter init`` wrote into it as a guess
    (:func:`~drafter.workspace.prefilled_cc`: 区人大常委会代表工委；区政府督查室, which the clerk is asked to correct and cannot
    be told from a kept guess)."""
    kind = cc_kind(proposal)
    return bool(ws.cc.get(kind)) and ws.cc[kind] == prefilled_cc(ws.name, ws.jurisdiction)[kind]


def cc_of_level(ws: Workspace, proposal: bool, place: str) -> list[list[str]] | None:
    """``drafter init``'s guess of the 抄送 of an item of the kind (:func:`~drafter.workspace.prefilled_cc`) at the level of
    ``place`` (市, 乌鲁木齐市: 市政协提案委；市政府督查室); None where the guess names the bureau's own level's units, or
    cannot name the place's (自治区: its last character alone is read, 区)."""
    if level_word(place) not in (place[-1:], PREFECTURE_WORD):
        return None
    kind = cc_kind(proposal)
    theirs = prefilled_cc(ws.name, place)[kind]
    return theirs if theirs != prefilled_cc(ws.name, ws.jurisdiction)[kind] else None


def cc_kind(proposal: bool) -> str:
    """drafter.yaml's key of the 抄送 of an item of the kind."""
    return "proposal" if proposal else "suggestion"


def sign_off(ws: Workspace, replies, proposal: bool) -> SignOff:
    """How the draft signs off: as :data:`HABIT_REPLIES` of the bureau's own ``replies`` whose sign-off is on the page (their
    contact's line read, :attr:`~drafter.model.SourceMeta.contact_label`) at least do — those to an item of its kind (a
    proposal, ``proposal``, or a suggestion) where enough are, else all: the contact named by the word most of them say
    (承办人:谢以凡, 上虞区交通运输局's four replies, hd46a), no leader's line where none has one and drafter.yaml names no
    ``signatory``, no 抄送 where none has one and it sets none (:func:`cc_set`); the template's (联系人, 领导署名, 抄送)
    where fewer say, or they differ."""
    read = [s for s in replies if s.contact_label]
    kind = [s for s in read if s.proposal == proposal]
    said = kind if len(kind) >= HABIT_REPLIES else read
    labels = [s.contact_label for s in said]
    label = most_said(labels, CONTACT_LABELS[0], HABIT_REPLIES)
    label = label if labels.count(label) * 2 > len(labels) else CONTACT_LABELS[0]  # (two replies each way: no habit)
    enough = len(said) >= HABIT_REPLIES
    signed = bool(ws.signatory) or not enough or any(s.signatory for s in said)
    copied = cc_set(ws, proposal) or not enough or any(s.cc for s in said)
    followed = label != CONTACT_LABELS[0] or not signed or not copied
    return SignOff(label, signed, copied, tuple(said) if followed else (), next((s for s in replies if s.contact or s.phone), None))


@dataclass(frozen=True)
class Habits:
    """How the bureau writes its replies, read once a draft: as drafter.yaml says, else as its own replies in the base do."""

    replies: tuple  # the bureau's own replies in the base, newest first (:func:`own_replies`)
    form: str  # PARTS, PER_ASK or PLAIN (:func:`reply_form`)
    closing: str  # STATUS or THANKS (:func:`reply_closing`)
    thanks: tuple[SourceMeta | None, SourceMeta | None]  # whose closing's words are the bureau's, a suggestion's and a proposal's (:func:`closings`)
    handling: Handling | None  # how its replies tell the item's handling before the work (:func:`handling_part`)
    you_one: str  # 您 or 你 (:func:`you_one`)
    you_many: str  # 您们 or 你们 (:func:`you_many`)
    you_body: str | None  # 贵会, 贵单位 or 你们 for any collective, or None: as its name says (:func:`you_body`)
    title_head: str  # 对, 关于, 关于对 or 关于答复 (:func:`title_head`)
    title_ends: tuple[str | None, str | None]  # a suggestion's title's end and a proposal's (:func:`title_end`)
    opening: str  # THANKS or PLAIN: whether the opening thanks (its replies' habit, THANKS when none says)
    opened: tuple[str | None, str | None]  # the words its replies to a suggestion and to a proposal open with (:func:`opening_words`)
    in_session: bool  # whether the opening names the item's session (您在…会议上提出的: :func:`opening_says`)
    hosted: bool  # whether it says the bureau hosts the item (该建议由我局主办): not unless one of its replies says so (hd54b)
    salutation: str  # HONOURED or PLAIN: whether the addressee line opens on 尊敬的 (:func:`salutation_habit`)
    # the reply numbered as a suggestion's and a proposal's are to be (:func:`numbered_reply`): its own, else one of its
    # place naming no unit (the base's 2017 reply of 邢台市林业局 lost its name to the page)
    numbered: tuple[SourceMeta | None, SourceMeta | None]
    sign_offs: tuple[SignOff, SignOff]  # how a suggestion's draft and a proposal's sign off (:func:`sign_off`)

    @classmethod
    def of(cls, ws: Workspace, index) -> Habits:
        """The habits of ``ws``'s bureau, from ``index`` (None: none learned, drafter.yaml's or the defaults)."""
        replies = tuple(own_replies(ws, index))
        unsigned = cache(lambda: unsigned_replies(ws, index))  # (looked up once, when first needed)

        def told(words: tuple[str, ...]):  # (how they address readers: its own replies, else its unsigned ones, word by word)
            return replies if any(s.address in words for s in replies) else unsigned()

        persons = told(YOU_WORDS + YOU_MANY_WORDS)
        bodies = replies if to_bodies(replies) else unsigned()  # (…and collectives: its own replies to them, else unsigned ones)
        opening = opening_told(replies, unsigned)
        return cls(replies, reply_form(ws, replies), reply_closing(ws, replies), closings(replies),
                   handling_part(replies, index),
                   you_one(ws, persons), you_many(ws, persons), you_body(bodies), title_head(replies),
                   (title_end(replies, False), title_end(replies, True)), opening_habit(replies), (opening_words(replies, False), opening_words(replies, True)),
                   opening_says(opening, SESSION_SLOT, False), opening_says(opening, "主办", any("主办" in s.opened for s in opening if s.opened)),
                   salutation_habit(replies),
                   tuple(numbered_reply(replies, kind) or numbered_reply([s for s in unsigned() if _numbered_as_own(s, ws, replies)], kind)
                         for kind in (False, True)),
                   (sign_off(ws, replies, False), sign_off(ws, replies, True)))

    @property
    def honoured(self) -> bool:
        """Whether the draft's addressee line opens on 尊敬的."""
        return self.salutation == HONOURED

    def you(self, proposer: str | None) -> str:
        """How the draft addresses ``proposer`` (:func:`~.suggestion.you_word`), in the bureau's words: a collective (a group of
        members too) as its replies to collectives do, else as its name says (a group as several persons)."""
        word = you_word(proposer)
        persons = {POLITE_YOU: self.you_one, POLITE_YOU_MANY: self.you_many}
        return (self.you_body or persons.get(word) or word) if is_collective(proposer) else persons[word]


def head_ask(phrase: str) -> str:
    """A head's own ask (加大政策奖补力度 of 关于“加大政策奖补力度”的建议, 人才引进 of 关于人才引进方面), else ``phrase``."""
    headed = HEADED.match(phrase)
    return (headed.group(1) or headed.group(2)) if headed else phrase


def section_head(replies, phrase: str, proposal: bool) -> str:
    """A per-ask section's head: ``phrase`` (the ask's; a head's own ask, 加大政策奖补力度 of 关于“加大政策奖补力度”的建议) in the
    wording of the newest of the bureau's own ``replies`` in sections per ask (关于“推动…发展”的建议), else the phrase alone; the
    item it names the draft's kind (的提案 for a proposal) unless that reply is to an item of the draft's kind (保山市文化和旅游局's
    reply to a proposal heads 关于…的建议, as its real reply of 2024 does, hd50a); its straight quotes (关于"…"的建议 as a
    mirror printed it) in full-width ones (:data:`STRAIGHT_QUOTED`)."""
    by = next((s for s in replies if s.form == PER_ASK and s.head and ASK_SLOT in s.head), None)
    head = (by.head if by else ASK_SLOT).replace(ASK_SLOT, head_ask(phrase), 1)
    if not by or bool(by.proposal) != proposal:
        head = ITEM_WORD.sub(f"的{item_word(proposal)}", head)
    return STRAIGHT_QUOTED.sub(r"“\1”", head)


# How a comment or warning written for a reply in parts names what a per-ask draft has in each section instead: its
# items (part one's) and its plan paragraph (part two's item), which has no numeral to delete with it.
IN_SECTIONS = (("连同编号一起删去", "删去"), ("下一步工作计划的相应一项中写明举措", "本节的下一步举措中写明"),
               ("移至下一步工作计划", "移至本节的下一步举措"), ("在下一步工作计划中写明举措", "在本节的下一步举措中写明"),
               ("下一步工作计划中", "各节的下一步举措中"),
               ("下一步部分的相应各项", "各节的下一步举措"), ("或续行第一部分所述", "或续行各节所述"), ("第一部分相应一节", "本节"), ("第一部分所述", "本节所述"),
               ("第二部分", "下一步举措"), ("第一部分", "各节"))
# …and what a plain draft has instead: the paragraphs of its work (part one's), then its paragraph of 下一步… (part two's).
NEXT_PARAGRAPH = "“下一步”一段"
IN_PARAGRAPHS = (("下一步工作计划", NEXT_PARAGRAPH), ("下一步部分", NEXT_PARAGRAPH), ("第一部分相应一节", "工作情况的相应一段"),
                 ("第一部分", "工作情况各段"), ("第二部分", NEXT_PARAGRAPH))
# …and what a reply on one site in three parts has (二、建议办理情况 between, :func:`~.reply.compose_reply`): its plans are part three.
THREE_PARTS = "three_parts"  # (a draft's parts, not a form learned from replies: :data:`~drafter.model.REPLY_FORMS`)
IN_FORM = {PER_ASK: IN_SECTIONS, PLAIN: IN_PARAGRAPHS, THREE_PARTS: (("第二部分", "第三部分"), ("连同编号一起删去", "删去"))}


def in_form(text: str | None, form: str) -> str | None:
    """``text`` (a comment, a warning) as a draft of ``form`` says it (:data:`IN_FORM`; a reply in parts, as written):
    per ask, 第二部分应写2026年的工作计划 → 下一步举措应写…, 此项续行第一部分所述… → 此项续行本节所述…, 不需要的，连同编号一起删去 →
    不需要的，删去; plain, 第二部分应写… → “下一步”一段应写…, 第一部分所用的材料… → 工作情况各段所用的材料…."""
    for said, meant in IN_FORM.get(form, ()) if text else ():
        text = text.replace(said, meant)
    return text
