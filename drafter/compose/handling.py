"""The paragraph telling how the item was handled, as the bureau's own replies tell it (:class:`~.form.Handling`):
their sentences said of this item (its word, its reader, the bureau's own name), and what was that year's (the office
named to handle it, the days, any figure) left for the clerk to fill — offered highlighted, for checking."""

from __future__ import annotations

from ..grammar import READER_WORD_WHOLE, SINGLING_OUT_WORDS, words
from ..lazyre import lazy
from ..reply import PLACEHOLDER, STALE, Span, placeholder_text
from .suggestion import item_word

# What the reply of another year said of its own handling: the office it named (指定智慧旅游规划科具体办理, ，县农业项目管理
# 服务中心负责办理), the persons (由刘权牵头，杨天恩具体负责), a day (2024年3月12日, 3月12日) or a figure (召开会议2次): this
# item's are the clerk's to write.
_SLOT = lazy(r"(?P<office>(?:(?<=指定|交由|安排|确定|明确)|(?<=[由，,])(?!指定|交由|安排|确定|明确|由))[^，。、；：]{2,15}?(?:科|股|处|室|中心|站|队|办)"
             r"(?=具体|负责|承办|牵头|办理))"
             r"|(?P<person>(?<=由)[^，。、；：]{2,16}?(?=(?:同志)?(?:牵头|领办|具体负责|负责|配合))"
             r"|(?<=[，,、])[\u4e00-\u9fff]{2,3}(?=(?:同志)?(?:具体负责|配合|牵头)))"
             r"|(?P<day>(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)|(?P<figure>\d+(?:\.\d+)?)")
SLOT_GAPS = {"office": "承办科室", "person": "牵头或负责人员", "day": "时间", "figure": "数字", "body": "反馈意见的委员会"}
# The unit receiving the item, at the head of the sentence (市文化旅游局收到建议后, 镇康县农业农村局高度重视), or of the clause
# after one naming the item (对你们提出的建议，县公安局高度重视; 收到您提出的提案后，我局领导高度重视): the bureau, as the draft
# names itself.
_RECEIVER = lazy(r"^(?:对|收到|接到)[^，。]*?(?:建议|提案|议案)[^，。]{0,3}[，,](?P<after>[^，。]{1,15}?)(?=(?:领导|党组)?高度重视)"
                 r"|^(?P<head>[^，。]{0,15}?)(?=收到|接到|收悉|高度重视)")
_ITEM = lazy(r"(?<!意见)(?:建议|提案|议案)")
_READER = lazy(READER_WORD_WHOLE)  # (您委 whole, hd35c)
# Where the reply told it: before its answer, or in a part of its own (一、办理工作开展情况, hd34a).
NOTE = ("本单位以往的答复（{reply}）{where}写明办理过程，此段照其写法拟出：请据实改写本件的办理情况（研究部署的会议及时间、"
        "领办领导、承办科室，与提出人沟通、面商的时间和方式），补全待补充之处；未这样办理的，删去")
NOTE_BEFORE = "在答复正文之前"
NOTE_PART = "在“{heading}”一节"


def item_said(text: str, proposal: bool) -> str:
    """``text`` of another item (its handling, its part's heading: 提案落实办理情况) said of this one, a proposal or not."""
    return _ITEM.sub(item_word(proposal), text)


def said_to(text: str, you: str) -> str:
    """``text`` of another item's reply said to this item's reader ``you``."""
    return _READER.sub(you, text)


THANKS_NOTE = ("本单位以往的答复（{reply}）以这样的结束语收尾，此段照其措辞拟出：请核对其中的单位名称（如反馈意见的委员会）"
               "等是否适用于本件")
# A figure in a closing (that item's), and the committee of the other kind of item's (a 提案's 政协提案工作委员会, a 建议's
# 人大选举联络工作委员会): neither is this item's.
_FIGURE_SLOT = r"(?P<figure>\d+(?:\.\d+)?)"
_FIGURE = lazy(_FIGURE_SLOT)
_BODY = {False: lazy(_FIGURE_SLOT + r"|(?P<body>(?:市|县|区|州)?人大[^，。、；]{0,12}?委员会|人大[^，。、；]{0,4}委)"),
         True: lazy(_FIGURE_SLOT + r"|(?P<body>(?:市|县|区|州)?政协[^，。、；]{0,12}?委员会|提案委)")}


# A closing's thanks singling out that item's matter (感谢你们对民政工作，特别是对殡葬改革工作的关心与支持, hd55a): the bureau's
# work thanked for stands alone (感谢你们对民政工作的关心与支持).
_SINGLED_OUT = lazy(rf"[，,](?:{words(SINGLING_OUT_WORDS)})[^，,。；;！!]*?(?=的(?:关心|关注|支持|理解|重视))")


def closing_spans(thanks: str, you: str, reply: str, other_kind: bool | None = None) -> list[Span]:
    """The bureau's own closing words ``thanks`` (learned of ``reply``) as the draft's closing: said to ``you``,
    highlighted to check under one comment naming the reply; a figure in them that item's, and, learned of a reply to the
    other kind of item (``other_kind``: True when that reply answered a proposal and the draft a suggestion, False the
    reverse), the committee its kind reports to (政协提案工作委员会 in a 建议's draft), left to fill."""
    text = said_to(_SINGLED_OUT.sub("", thanks), you)
    note = THANKS_NOTE.format(reply=reply)
    spans, at = [], 0
    for m in (_FIGURE if other_kind is None else _BODY[other_kind]).finditer(text):
        spans += [Span(text[at:m.start()], STALE, note=note, group="thanks")] if m.start() > at else []
        spans.append(Span(placeholder_text(SLOT_GAPS[m.lastgroup]), PLACEHOLDER, note=note, group="thanks"))
        at = m.end()
    return spans + ([Span(text[at:], STALE, note=note, group="thanks")] if at < len(text) else [])


def handling_spans(said: str, self_name: str, you: str, proposal: bool, reply: str, heading: str = "") -> list[Span]:
    """``said`` (a past reply's handling sentences) as the draft's paragraph: the receiving unit ``self_name``, the
    item a proposal's or a suggestion's, the reader ``you``; its office, days and figures placeholders, the rest
    highlighted as to check, under one comment naming ``reply`` (and the part ``heading`` it told them in, if any)."""
    unit = _RECEIVER.search(said)
    if unit:
        slot = unit.lastgroup
        said = said[:unit.start(slot)] + self_name + said[unit.end(slot):]
    text = said_to(item_said(said, proposal), you)
    note = NOTE.format(reply=reply, where=NOTE_PART.format(heading=heading) if heading else NOTE_BEFORE)
    spans, at = [], 0
    for slot in _SLOT.finditer(text):
        if slot.start() > at:
            spans.append(Span(text[at:slot.start()], STALE, note=note, group="handling"))
        spans.append(Span(placeholder_text(SLOT_GAPS[slot.lastgroup]), PLACEHOLDER, note=note, group="handling"))
        at = slot.end()
    if at < len(text):
        spans.append(Span(text[at:], STALE, note=note, group="handling"))
    return spans
