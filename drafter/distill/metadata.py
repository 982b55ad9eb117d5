"""Metadata of a source document (:class:`~drafter.model.SourceMeta`) from its front and back matter.

- ``kind``: reply (an addressee ``…代表：``/``…委员：``, an opening ``…收悉``, a title ``…建议的答复``),
  news (``…网讯（记者…）``, a dateline ``厦门网 2025-02-17``), work_report (工作总结 / 工作计划 /
  工作完成情况 / 汇报如下…), policy (措施 / 办法 / 意见 … in the title); a work report otherwise.
- ``issuer``: the ``发布机构`` line, else the letterhead, the signature unit, the news site, else
  the full name of the unit the text calls itself by its short form (``区科技局`` → 鲤城区科技局).
- ``jurisdiction``: the innermost place (…省/市/区/县) the issuer's name starts with
  (深圳市南山区科技创新局 → 南山区); a name without one (``厦门网``) is completed from the text (厦门市); else the place named in the title; else the place the text
  names most among those of the level it speaks of itself (我区 / 全区 → a …区).
- ``number``, ``date``, ``period`` (the year a report covers) and, for replies, the deputy,
  suggestion number, session, title (in 《》 or bare: 你提出的关于…的建议收悉), co-handlers (会同…,
  or …协办), class (答复类型/答复类别/办理结果, or a mark such as （A类） on its own line or after
  the document number), signatory, contact,
  phone (also from a bracketed line （联系人：…，联系电话：…）), 抄送, disclosure.
- ``id``: ``<year>-<reply|proposal>-<suggestion no.>``, else ``<year>-<kind>-<document number>``,
  else ``<year>-<kind>-<hash of the text>`` — readable and stable for the same content.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter

from ..model import NEWS, POLICY, REPLY, WORK_REPORT, Document, SourceMeta
from ..textutil import CJK, cn_digits, cn_number
from ..workspace import Workspace
from .figures import normalise
from .structure import (
    ADDRESSEE, CLASS_LINE, META_KEYS, NEWS_LEDE, OPENING, ORG_LINE, Outline, is_meta_line,
)

KEY_VALUE = re.compile(rf"(?:^|(?<=[\s\-*•·，；（【]))({META_KEYS})\s*：\s*")
# A line wrapped whole in brackets: （联系人：…，联系电话：…）
_WRAPPED = re.compile(r"^[（【\[](.*)[）】\]]$")
DOC_NUMBER = re.compile(
    rf"([{CJK}]{{1,10}}?)\s*[〔\[［（【]\s*((?:19|20)\d{{2}})\s*[〕\]］）】]\s*(\d{{1,5}})\s*号"
)
ISO_DATE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
DATELINE = re.compile(rf"^([{CJK}A-Za-z]{{2,12}}?(?:网|报|新闻|电视台|客户端))\s+(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}")
LEDE_SOURCE = re.compile(rf"^(?!本[报台网刊])([{CJK}]{{2,10}}?)讯（")  # 本报讯 names no one
REPLY_TITLE = re.compile(r"(?:建议|提案|议案)的?(?:答复|会办意见)|答复$|复函$")
REPORT_WORDS = re.compile(r"工作总结|工作报告|工作计划|工作完成情况|工作要点|工作安排|工作情况|汇报如下|报告如下")
POLICY_WORDS = re.compile(r"措施|办法|意见|规定|方案|通知|细则|规划|条例")
PERIOD = re.compile(r"((?:19|20)\d{2})\s?年度?[^，。；]{0,12}?(?:工作总结|总结|完成情况|工作报告|工作情况)")
# A place starts after punctuation or a function word: 记者从成都市科技局 → 成都市, not 者从成都市.
PLACE_ANCHORED = re.compile(
    rf"(?:(?<![{CJK}])|(?<=[从在向对于和与及到为是的据经由将把被]))([{CJK}]{{2,4}}?(?:自治州|省|市|区|县))(?=委|政府|人民政府|人大|政协|[{CJK}]{{0,5}}?(?:局|厅|委员会))"
)
PLACE_IN_NAME = re.compile(rf"([{CJK}]{{2,4}}?(?:自治州|省|市|区|县))")
ORG_NAME = re.compile(rf"([{CJK}]{{2,4}}?(?:省|市|区|县))(科学技术局|科技局|人民政府|[{CJK}]{{1,6}}?局)")
LEADING_FUNCTION = re.compile(r"^(?:关于|会同|联合|根据|经|在|与|和|及|由|对|向|将|为|是|据)+")
# Endings of words that look like place names but are not (高新区, 示范区, 超市, 全市…).
NOT_A_PLACE = re.compile(r"(?:高新|开发|示范|园|片|核心|集聚|先行|创新|实验|试验|保税|自创|功能|街|社|辖|景|全|我|本|该|各|超|上|每)$")
SELF_LEVEL = {"市": r"我市|全市|市委|市政府|本市", "区": r"我区|全区|区委|区政府|本区",
              "县": r"我县|全县|县委|县政府|本县", "省": r"我省|全省|省委|省政府|本省"}
SESSION = re.compile(
    rf"(?:政协)?(?:全国|[{CJK}]{{0,4}}[省市区县])(?:人大|政协)?第?[一二三四五六七八九十]+届(?:人大|人民代表大会|政协)?"
    r"(?:常委会)?第?[一二三四五六七八九十]+次(?:全体)?会议"
)
SUGGESTION_NO = re.compile(r"第\s*(\d{1,10})\s*号")  # 第1071号, 第20240123号
# The units named after 会同, up to the verb or the end of the clause: 经会同市发展改革委、市财政局认真研究
CO_HANDLERS = re.compile(r"会同([^，。；：]+?)(?:等(?:单位|部门))?(?:共同|一起|认真|进行|研究|办理|答复|商|[，。；：])"
                         r"|([^，。；：]+?)(?:等(?:单位|部门))?(?:协办|配合办理|会办)")
# 你提出的关于…的建议收悉: the title without 《》.
BARE_SUGGESTION_TITLE = re.compile(r"提出的(关于[^。；《》]{2,80}?(?:建议|提案|议案))(?:（[^）]*）)?(?:已|均)?收悉")
DISCLOSURE = re.compile(r"此件\s*(主动公开|依申请公开|不予公开)|公开方式\s*：\s*(主动公开|依申请公开|不予公开)")
# A class mark after the document number on its line: 莆科函〔2024〕22号　　C类
NUMBER_CLASS = re.compile(r"^.+〕\s*\d{1,5}\s*号\s*[（【\[]?([A-Da-d]|[甲乙丙丁])\s*类[）】\]]?$")
CLASS_CODE = re.compile(r"^([A-Za-z]|[甲乙丙丁])\s*类?")
PHONE = re.compile(r"[\d\-－—()（） ]{7,}")
LIST_SPLIT = re.compile(r"[、，,；;]")


def _key(name: str) -> str:
    return re.sub(r"\s", "", name)


def key_values(texts: list[str]) -> dict[str, str]:
    """``key：value`` pairs of metadata lines (several may share a line); the first of a key wins."""
    found: dict[str, str] = {}
    for text in texts:
        wrapped = _WRAPPED.match(text)
        text = wrapped.group(1) if wrapped else text
        marks = list(KEY_VALUE.finditer(text))
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            found.setdefault(_key(m.group(1)), text[m.end():end].strip(" -\u3000"))
    return found


def parse_date(text: str) -> str | None:
    """``2025-05-20`` / ``2025年5月20日`` / ``二〇二五年五月二十日`` → ISO ``2025-05-20``."""
    m = ISO_DATE.search(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = CN_DATE.search(text)
        if not m:
            return None
        y, mo, d = cn_digits(m.group(1)), cn_number(m.group(2)), cn_number(m.group(3))
        if y is None or mo is None or d is None:
            return None
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _doc_number(texts: list[str], kv: dict[str, str]) -> str | None:
    for text in [kv.get("备注/文号", ""), kv.get("文号", "")] + texts:
        m = DOC_NUMBER.match(text.strip())
        if m:
            return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    return None


def is_place(name: str) -> bool:
    """True for ``鲤城区``, false for ``高新区`` / ``全市`` (a name ending in 省/市/区/县)."""
    return len(name) >= 3 and not NOT_A_PLACE.search(name[:-1])


def _place(name: str | None) -> str | None:
    """The innermost place an organisation name starts with: 泉州市科技局 → 泉州市,
    深圳市南山区科技创新局 → 南山区, 浙江省杭州市科学技术局 → 杭州市."""
    if not name:
        return None
    rest, place = LEADING_FUNCTION.sub("", name), None
    while (m := PLACE_IN_NAME.match(rest)) and is_place(m.group(1)):
        place, rest = m.group(1), rest[m.end():]
    return place


def _issuer_from_text(norm: str) -> str | None:
    """The full name of the unit a text calls itself by its short form (区科技局 → 鲤城区科技局)."""
    for m in ORG_NAME.finditer(norm):
        place, org = m.group(1), m.group(2)
        place = _place(place)
        if place and re.search(rf"(?<![{CJK}]){place[-1]}{org}|[，。、：]{place[-1]}{org}", norm):
            return place + org
    return None


def _dominant_place(norm: str) -> str | None:
    """The place the text names most, among those of the level it speaks of itself."""
    levels = Counter({lvl: len(re.findall(words, norm)) for lvl, words in SELF_LEVEL.items()})
    level, hits = levels.most_common(1)[0]
    if not hits:
        return None
    places = {p for p in (_place(m.group(1)) for m in PLACE_ANCHORED.finditer(norm)) if p and p.endswith(level)}
    if not places:
        return None
    return max(sorted(places), key=lambda p: norm.count(p[:-1]))


def _jurisdiction(issuer: str | None, title: str | None, norm: str) -> str | None:
    place = _place(issuer)
    if place:
        return place
    if issuer:  # 厦门网 → 厦门市 when the text says so
        for stem_len in (3, 2):
            m = re.search(rf"{re.escape(issuer[:stem_len])}(?:市|区|县|省)", norm)
            if m:
                return m.group()
    for m in PLACE_ANCHORED.finditer(title or ""):
        if _place(m.group(1)):
            return _place(m.group(1))
    return _dominant_place(norm)


def _title(doc: Document, front: list[str]) -> str | None:
    if doc.title:
        return doc.title.strip()
    for t in front:
        if REPLY_TITLE.search(t) and t.startswith("关于"):
            return t
    for t in front:
        if (
            len(t) >= 6 and "：" not in t and not is_meta_line(t) and not ADDRESSEE.match(t)
            and not DOC_NUMBER.match(t) and not DATELINE.match(t) and not OPENING.search(t)
        ):
            return t
    return None


def _kind(title: str | None, front: list[str], body_head: str, headings: list[str]) -> str:
    head = "\n".join(front)
    if any(ADDRESSEE.match(t) for t in front) or OPENING.search(head) or REPLY_TITLE.search(title or ""):
        return REPLY
    if NEWS_LEDE.search(head + body_head) or any(DATELINE.match(t) for t in front):
        return NEWS
    if REPORT_WORDS.search(" ".join([title or "", *headings, body_head])):
        return WORK_REPORT
    if POLICY_WORDS.search(title or ""):
        return POLICY
    return WORK_REPORT


def _split_list(text: str) -> list[str]:
    return [p.strip().rstrip("。.") for p in LIST_SPLIT.split(text) if p.strip().rstrip("。.")]


def _cc(back: list[str]) -> list[str]:
    for k, t in enumerate(back):
        m = re.match(r"^[-*•·\s]*抄\s*送\s*：(.*)$", t)
        if m:
            text = m.group(1)
            for nxt in back[k + 1:]:  # a 抄送 list wrapped onto the next line
                if text.rstrip().endswith("。") or is_meta_line(nxt):
                    break
                text += nxt
            return _split_list(text)
    return []


def source_id(meta: SourceMeta, text: str) -> str:
    """``2025-reply-1071``, ``2017-work_report-泉科2017-28`` or ``2025-news-<hash>``."""
    year = meta.document_year() or "undated"
    if meta.kind == REPLY and meta.suggestion_number:
        return f"{year}-{'proposal' if meta.proposal else 'reply'}-{meta.suggestion_number}"
    if meta.number:
        key = re.sub(r"[〔〕]", "", re.sub(r"〕", "-", meta.number, count=1)).removesuffix("号")
        return f"{year}-{meta.kind}-{key}"
    digest = hashlib.sha1(re.sub(r"\s", "", unicodedata.normalize("NFKC", text)).encode()).hexdigest()
    return f"{year}-{meta.kind}-{digest[:8]}"


def read_metadata(doc: Document, out: Outline, ws: Workspace) -> SourceMeta:
    """The :class:`SourceMeta` of ``doc`` from its outline (see the module docstring)."""
    front = [normalise(b.text.strip()) for b in out.front]
    back = [normalise(b.text.strip()) for b in out.back]
    norm = normalise(doc.text)
    kv = key_values(front + back)
    body_head = out.units[0].text[:60] if out.units else ""
    title = _title(doc, front)
    kind = _kind(title, front, normalise(body_head), out.headings)

    issuer = kv.get("发布机构") or kv.get("来源")
    if not issuer:
        orgs = [t for t in front + back if ORG_LINE.match(t)]
        source = next((m.group(1) for t in front for m in [DATELINE.match(t) or LEDE_SOURCE.match(t)] if m), None)
        issuer = (orgs[0] if orgs else None) or source or _issuer_from_text(norm)
        if not issuer and out.units:
            m = LEDE_SOURCE.match(normalise(out.units[0].text))
            issuer = m.group(1) if m else None

    date = None
    for key in ("公文生成日期", "生成日期", "成文日期", "发文日期", "发布日期"):
        date = date or parse_date(kv.get(key, ""))
    for t in reversed(back):
        date = date or (parse_date(t) if len(t) <= 20 else None)
    for t in front:
        date = date or (parse_date(t) if len(t) <= 40 else None)

    years = [y for label in [title or "", *out.headings] for m in [PERIOD.search(label)] if m for y in [int(m.group(1))]]
    meta = SourceMeta(
        id="", path=ws.relpath(doc.path), sha256=doc.sha256, kind=kind, title=title, issuer=issuer,
        jurisdiction=_jurisdiction(issuer, title, norm), number=_doc_number(front + back, kv), date=date,
        period=years[0] if years else None,
    )
    m = DISCLOSURE.search("\n".join(front + back))
    meta.disclosure = (m.group(1) or m.group(2)) if m else None
    if kind == REPLY:
        _reply_fields(meta, front, back, kv)
    if not meta.title and kind == REPLY and meta.suggestion_number:
        what = "提案" if meta.proposal else "建议"
        meta.title = f"关于{meta.session or ''}第{meta.suggestion_number}号{what}的答复"
    meta.id = source_id(meta, doc.text)
    return meta


def _reply_fields(meta: SourceMeta, front: list[str], back: list[str], kv: dict[str, str]) -> None:
    head = "\n".join(front)
    addressee = next((t for t in front if ADDRESSEE.match(t)), None)
    if addressee:
        name = re.sub(r"^尊敬的|(?:代表|委员|同志|先生|女士)们?：$", "", addressee)
        meta.deputy = re.sub(r"等$", "", name).strip() or None
    meta.proposal = bool((addressee and "委员" in addressee) or re.search(r"提案", meta.title or head))
    m = SUGGESTION_NO.search(meta.title or "") or SUGGESTION_NO.search(head)
    meta.suggestion_number = m.group(1) if m else None
    m = SESSION.search(re.sub(r"\s", "", meta.title or "")) or SESSION.search(re.sub(r"\s", "", head))
    meta.session = re.sub(r"^(?:关于|对)", "", m.group()) if m else None
    titles = [t.strip() for t in re.findall(r"《([^》]+)》", head)]
    meta.suggestion_title = next((t for t in titles if re.search(r"建议|提案|议案$", t)), None)
    if meta.suggestion_title is None:
        m = BARE_SUGGESTION_TITLE.search(head)
        meta.suggestion_title = m.group(1) if m else None
    m = CO_HANDLERS.search(head)
    handlers = (m.group(1) or re.sub(r"^.*(?:主办|牵头)", "", m.group(2))) if m else ""
    meta.co_handlers = _split_list(handlers)
    code = kv.get("答复类型") or kv.get("答复类别") or kv.get("办理类型") or kv.get("办理结果")
    m = CLASS_CODE.match(code or "")
    line = next((c.group(1) for t in front + back for c in [CLASS_LINE.match(t) or NUMBER_CLASS.match(t)] if c), None)
    meta.reply_class = m.group(1).upper() if m else (code or (line.upper() if line else None))
    signatory = (kv.get("领导署名") or kv.get("签发人") or kv.get("签发") or "").split()
    meta.signatory = signatory[0] if signatory else None
    contact = re.split(r"[\s，；]", kv.get("联系人", "").strip(), maxsplit=1)[0]
    meta.contact = contact or None
    m = PHONE.search(kv.get("联系电话") or kv.get("电话") or "")
    meta.phone = m.group().strip() if m else None
    meta.cc = _cc(back)
