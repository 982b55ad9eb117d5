"""What is being answered: a deputy's suggestion or a member's proposal, as the clerk gives it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import errors
from ..errors import DrafterError
from ..grammar import BODY_YOU, COSIGNER_FIELD, COUNCIL_YOU, MEMBERS_COUNTED, CPPCC_COMMITTEE, LEAD_LABEL, MEMBER_WORDS, PARTY_COMMITTEE, PARTY_NAMES, POLITE_YOU, POLITE_YOU_MANY, words
from ..lazyre import lazy
from ..textutil import cn_number

ROLES = ("主办", "会办", "协办")
PROPOSAL_PREFIX = "提案-"
_NUMBER_WORDS = lazy(r"(?:建议|提案|议案)?第?(.*?)号?")
# A suggestion's (proposal's) number: 1288, 0219, B003, ZX-12 — up to ten digits, not all zeros, after up to three letters
# (a hyphen only after them) — the letters after the year and the session's sitting where the items are numbered so
# (202302B46, 2023B046: 宁津县政协's, hd48e) — and the year a bureau numbers its items in, in brackets or before a hyphen
# (B(2024)182, 〔2024〕182, 2024-182: hd23c, 郑州), once plain (:func:`plain_number`: 第1288号); kept as given. The one
# rule of ``drafter draft``, of a list's 建议号 column and of the number a title says (第202302B46号提案). Its draft's file is
# named by it: three hundred digits were a name no system takes (File name too long).
SUGGESTION_NUMBER = lazy(r"(?:(?:(?:19|20)[0-9]{2}[0-9]{0,2})?[A-Za-z]{1,3}-?)?"
                         r"(?:[(〔\[](?:19|20)[0-9]{2}[)〕\]]|(?:19|20)[0-9]{2}-)?(?=[0-9]*[1-9])[0-9]{1,10}")
NUMBER_FORM = "数字（至多10位，可带字母前缀和年份，如 1288、B003、202302B46、B(2024)182、〔2024〕182、第1288号）"


def plain_number(text: str) -> str:
    """A suggestion's (proposal's) number as lists and clerks write it, plain: ``第1350号``,
    ``1350号``, ``建议第1350号``, full-width ``１３５０`` → ``1350`` (spaces dropped); whether what
    is left is a number is :data:`SUGGESTION_NUMBER`'s to say."""
    from ..textutil import SPACE, nfkc

    text = SPACE.sub("", nfkc(str(text)))
    match = _NUMBER_WORDS.fullmatch(text)
    return match.group(1) if match else text


@dataclass
class Suggestion:
    """One item to answer (a row of the 交办清单, or the options of ``drafter draft``)."""

    number: str  # 1288 (建议号 / 提案号)
    title: str  # 关于推动科技创新与产业创新深度融合…的建议 (the topic)
    deputy: str | None = None  # 领衔代表 / 提案人
    session: str | None = None  # 市十七届人大五次会议
    reply_class: str | None = None  # 答复类型 code from the workspace's class scheme
    role: str = "主办"  # 主办 | 会办 | 协办
    lead: str | None = None  # the lead unit a 会办意见 is addressed to
    co_handlers: list[str] = field(default_factory=list)  # 会同…办理
    proposal: bool = False  # 政协提案 (委员) rather than 人大建议 (代表)
    date: dt.date | None = None  # 成文日期; None leaves a placeholder
    doc_number: str | None = None  # 泉科函〔2026〕102号; None leaves a placeholder
    text: str | None = None  # the suggestion's own text (建议内容), when the clerk has it

    def __post_init__(self) -> None:
        # Control characters, which no .docx may hold (python-docx refused the whole draft: 内部错误：
        # ValueError: All strings must be XML compatible), go: Word's manual line break (\x0b) and a
        # page break (\x0c) pasted into the text are line ends, any other is dropped.
        from ..textutil import without_controls

        for name in ("number", "title", "deputy", "session", "reply_class", "role", "lead", "doc_number"):
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, without_controls(value))
        self.co_handlers = [without_controls(u) if isinstance(u, str) else u for u in self.co_handlers]
        if isinstance(self.text, str):
            self.text = without_controls(self.text, line_breaks=True)


_UNIT_SPLIT = lazy(r"[、，,;；/\s]+")


def split_units(values: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """Units as a clerk lists them, one by one, each once, in order: ``市财政局、市税务局`` (a list's
    会办单位 cell, one --with) is two; an empty one (--with "") or one given twice is no unit."""
    raw = [values] if isinstance(values, str) else list(values or [])
    units = [u for value in raw for u in _UNIT_SPLIT.split(str(value)) if u]
    return list(dict.fromkeys(units))


_CLASS_WORD = lazy("类$")


def class_code(value: str, classes: dict[str, str]) -> str | None:
    """The code of the workspace's class ``value`` names, as a clerk writes it: the code in either
    case, half- or full-width, with or without 类 (b, Ｂ, B类), or the class's meaning; None for none."""
    from ..textutil import nfkc

    text = nfkc(str(value)).strip()
    code = _CLASS_WORD.sub("", text).upper()
    return next((key for key, meaning in classes.items() if code == key.upper() or text == meaning), None)


_PATH_CHARS = lazy(r"[\\/:*?\"<>|]")  # what a number may not hold: it names the draft's file


def check_fields(suggestion: Suggestion) -> None:
    """Reject what no workspace could draft: an empty or unsafe number, an empty topic, an unknown
    role, a 会办/协办 without its lead unit, a lead unit named for 主办 (the lead is this unit)."""
    if not suggestion.number.strip() or _PATH_CHARS.search(suggestion.number):
        raise DrafterError(f"建议编号“{suggestion.number}”无效：不能为空，也不能含 \\ / : * ? \" < > |")
    if not suggestion.title.strip():
        raise DrafterError(f"第{suggestion.number}号：建议标题（主题）不能为空")
    if suggestion.role not in ROLES:
        raise DrafterError(f"承办角色“{suggestion.role}”无效，可用：{'、'.join(ROLES)}")
    lead = (suggestion.lead or "").strip()
    if suggestion.role != "主办" and not lead:
        raise DrafterError(f"{suggestion.role}意见须指明主办单位", fix=errors.LEAD)
    if suggestion.role == "主办" and lead:
        raise DrafterError(f"主办时不写主办单位（{lead}）：主办单位是本单位；会办或协办时才指明主办单位")


# A group of members proposing together, addressed as persons are (您们/你们, not 贵单位): a sector group (界别), any group
# of members (小组, 委员活动组, 委员联络组, 工作组: hd50a's 驻隆阳委员活动组 was addressed 驻隆阳委员活动组委员：…你提出的, and the
# bureau's real reply says 您们提出的; 临沧's to a 学习小组 and a 界别 say 你们, hd26b; not a person whose name ends in 组, rv15 14).
_MEMBERS = r"(?:界别|界|(?:活动|联络|课题|工作|调研|专题|协作|小)组)$"
MEMBERS = lazy(_MEMBERS)
# A proposer that is a body, not a person: a party committee, the federation of industry and commerce, a group of members
# (:data:`MEMBERS`), a members' studio (委员工作室) or any committee/association.
COLLECTIVE = lazy(
    rf"(?:{words(PARTY_NAMES)}|工商联|委员会|委会|(?:联合|商|协|学|研究|促进|联谊)会"
    rf"|代表团|党组|工作室|支社|支部|{CPPCC_COMMITTEE})$|{_MEMBERS}|^(?:{words(PARTY_NAMES)}|市工商联)"
    rf"|{PARTY_COMMITTEE.pattern}"
)


def is_collective(proposer: str | None) -> bool:
    """True for a collective proposer (民建泉州市委会, 市工商联, 经济界别, 某委员会, 市政协民宗委)."""
    return bool(proposer and COLLECTIVE.search(proposer.strip()))


# Several persons named as the proposers: a list (高潮、罗新坤), 等 (高潮等), a count (等7名).
SEVERAL = lazy(r"[、，,；;]|等|\d+\s*名|[两二三四五六七八九十]+名|多名")
# The title a person's name may carry already, which the address adds (代表：/委员：).
TITLED = lazy(r"(?:代表|委员)们?$")


def addressed_name(proposer: str | None) -> str | None:
    """The proposer as the address and the opening name them before their title (代表/委员, which
    the wording adds): a person's name without the title given with it (高潮委员 → 高潮, 高潮等7名代表
    → 高潮等7名); a collective's name as it is (农业和农村委员会)."""
    if not proposer or is_collective(proposer):
        return proposer
    return TITLED.sub("", proposer.strip()) or proposer


# The lead proposer's field in a suggestion's own text (提案人：李洁等委员, 领衔代表：王艳, 提出人：马万喜等10位代表): its value up to a space or
# a field after it, and the co-signers it lists in brackets after it (领衔代表：廖俊（廖俊、许胜力…王爱群等8位代表）,
# 领衔代表：廖俊（附议：许胜力、…）: hd34c); 附议人 and 联名人 name no lead.
_LEAD_FIELD = lazy(rf"^\s*(?:{LEAD_LABEL})\s*[:：]\s*([^\s，,；;：:（(]{{2,30}})(?:[（(]([^（()）\n]{{2,400}})[）)])?",
                   re.M)


# The co-signers' field (附议代表：丁平林、姜礼掌…, 联名委员：…): the persons signing with the lead.
_COSIGNERS_FIELD = lazy(rf"^\s*(?:{COSIGNER_FIELD})\s*[:：]\s*([^\n]{{2,400}})", re.M)
# What a list of co-signers opens with (附议：, 联名代表：) and how many it says sign in all (…王爱群等8位代表).
_COSIGNERS_LABEL = lazy(rf"^(?:{COSIGNER_FIELD})\s*[:：]?\s*")
_SIGNED_IN_ALL = lazy(r"等\s*(\d+|[一二两三四五六七八九十]+)\s*[位名人](?:代表|委员)?$")


def _signers(listed: str, lead: str, labelled: bool) -> int | None:
    """How many sign with the lead ``lead`` and the co-signers ``listed`` (a field's value or a bracket's), the lead counted:
    the number the list states (…等8位代表), else its names and the lead; None for a bracket that lists no one (李洁（民盟）):
    a list is one labelled as co-signers (``labelled``, 附议：…) or parted by 、."""
    listed = listed.strip(" 。")
    labelled = labelled or bool(_COSIGNERS_LABEL.match(listed))
    listed = _COSIGNERS_LABEL.sub("", listed)
    if not labelled and "、" not in listed:
        return None
    stated = _SIGNED_IN_ALL.search(listed)
    if stated:
        return int(stated.group(1)) if stated.group(1).isdigit() else cn_number(stated.group(1))
    names = [n for n in _NAME_BREAK.split(listed) if n and n != lead]
    return len(names) + 1 if names else None


# What parts the names of a list of proposers (李洁、王艳, 丁平林，姜礼掌).
_NAME_BREAK = lazy(r"[、，,；;\s]+")


def proposer_from_text(deputy: str | None, text: str | None) -> str | None:
    """The proposer as the reply names them: the text's lead field (:data:`_LEAD_FIELD`) when ``deputy`` is not
    given, or when it is the person the field names first and the field says others with them (李洁 given,
    提案人：李洁等委员 → 李洁等委员: the real reply addressed 李洁等委员, the draft 李洁委员, rv47); else ``deputy``. One
    person so named with the co-signers the text lists (:data:`_COSIGNERS_FIELD`, or in brackets after the lead) is named with
    their number (领衔代表：邱威高 / 附议代表：丁平林、…许春苗 → 邱威高等11位: the real reply addressed …等11位代表, the draft
    邱威高代表, hd22b; 领衔代表：廖俊（廖俊、…王爱群等8位代表） → 廖俊等8位, not cut in the list, hd34c)."""
    found = _LEAD_FIELD.search(text or "")
    field = found.group(1) if found else None
    given = deputy.strip() if deputy else None
    if field and given and field.startswith(given) and SEVERAL.search(field[len(given):]) and not SEVERAL.search(given):
        return field
    one = given or field
    if one and not SEVERAL.search(one) and not (field and given and field != given):
        cosigners = _COSIGNERS_FIELD.search(text or "")
        signers = ((_signers(found.group(2), one, False) if found and found.group(2) else None)
                   or (_signers(cosigners.group(1), one, True) if cosigners else None))
        if signers and signers > 1:
            return f"{one}等{signers}位"
    return deputy if given else field


# Co-signers the text names by one of them and their number, signing with the lead (提案人：高华（与刘磊等10位委员联名）,
# 与王芳等5名代表共同附议): the real reply opened 您和刘磊等10位委员提出的…, addressing the lead alone (hd51b).
_SIGNED_WITH = lazy(rf"(?:^|(?<=[与和同（(：:，,、\s]))(?![与和同])([\u4e00-\u9fff]{{2,4}}{MEMBERS_COUNTED}(?:委员|代表))\s*(?:共同|一起)?"
                    rf"(?:{COSIGNER_FIELD})", re.M)


def signed_with(proposer: str | None, text: str | None) -> str | None:
    """The co-signers the text names signing with one person ``proposer`` (:data:`_SIGNED_WITH`: 与刘磊等10位委员联名 →
    刘磊等10位委员), whom the opening names with them (您和刘磊等10位委员提出的); None for several proposers or a collective
    (高华等11位: the address counts them) or none named."""
    if not proposer or is_collective(proposer) or SEVERAL.search(proposer):
        return None
    found = _SIGNED_WITH.search(text or "")
    return found.group(1) if found and not found.group(1).startswith(addressed_name(proposer)) else None


def other_proposer(deputy: str | None, text: str | None) -> tuple[str, str] | None:
    """The label and value of the text's lead field (:data:`_LEAD_FIELD`) when it names none of the proposers ``deputy``
    names (--deputy hd44a, 提案人：科技界、松门镇委员联络组: the reply addresses one, the text says another); None when
    they share a name (李洁等3位 and 提案人：李洁等委员, 李洁委员 and 代表：李洁), one opening or closing the other (张三 and
    代表：市人大代表张三: a title before it; 民盟温岭市委 and 提案人：民盟温岭市委员会: its organ said in full, rv7 12), or the text
    names none."""
    found = _LEAD_FIELD.search(text or "")
    if not found or not deputy:
        return None
    field = found.group(1)
    if any(_same_name(a, b) for a in _names(field) for b in _names(deputy)):
        return None
    return re.split(r"\s*[:：]", found.group().strip(), maxsplit=1)[0], field


def _names(proposers: str) -> list[str]:
    """The names a proposer's field lists before any 等 (李洁、王艳等委员 → 李洁, 王艳), each without its title."""
    listed = _NAME_BREAK.split(proposers.split("等", 1)[0])
    return [addressed_name(n) for n in listed if n]


def _same_name(a: str, b: str) -> bool:
    """Whether two proposers' names name one: alike, or the shorter (of two characters at least) opening or closing the longer."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and (long.startswith(short) or long.endswith(short))


def you_word(proposer: str | None) -> str:
    """How the reply addresses the proposer: 您, 您们 for several persons (高潮、罗新坤, 高潮等7名) or a group of members
    (:data:`MEMBERS`: 界别, 小组, 委员活动组); 贵会 for a 会 (委员会, 工商联 = 工商业联合会), a party's committee said short too
    (:data:`PARTY_COMMITTEE`: 民革平凉市委, 九三学社泉州市委); 贵单位 for another collective (a 代表团, a party's branch)."""
    name = (proposer or "").strip()
    if MEMBERS.search(name) or (SEVERAL.search(name) and not is_collective(name)):
        return POLITE_YOU_MANY
    if not is_collective(name):
        return POLITE_YOU
    return COUNCIL_YOU if name.endswith(("会", "工商联")) or PARTY_COMMITTEE.match(name) else BODY_YOU


def item_word(proposal: bool) -> str:
    """The word for the item a reply answers: 提案 (a proposal, ``proposal``) or 建议."""
    return "提案" if proposal else "建议"


def member_word(proposal: bool) -> str:
    """The title of who raised it (:data:`~drafter.grammar.MEMBER_WORDS`): 委员 for a proposal's, 代表 for a suggestion's."""
    return MEMBER_WORDS[proposal]


def item_name(number: str, proposal: bool) -> str:
    """How a reply names the item it answers: 第1288号建议, 第45号提案."""
    return f"第{number}号{item_word(proposal)}"


_UNSAFE_IN_NAME = lazy(r'[\\/:*?"<>|\x00-\x1f]')


def draft_file_name(suggestion: Suggestion) -> str:
    """``1288.docx`` for a suggestion, ``提案-12.docx`` for a proposal (characters unsafe in a
    file name become ``-``)."""
    safe = _UNSAFE_IN_NAME.sub("-", suggestion.number)
    return f"{PROPOSAL_PREFIX if suggestion.proposal else ''}{safe}.docx"
