"""Vocabularies declared once and read alike by every module that uses them (reply-title endings, the unit itself, the
age of material)."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.check import Para, check_is_reply
from drafter.compose.form import title_end, title_head
from drafter.compose.select import _ISSUER_SELF
from drafter.distill.metadata import _self_of_bureau
from drafter.grammar import SELF_UNIT
from drafter.model import SourceMeta

# 牟定县水务局's title (hd26c), its last words varied.
MOUDING = "牟定县水务局关于答复县十八届人大一次会议第74号建议"


def _replies(end: str) -> list[SourceMeta]:
    return [SourceMeta(id=f"r{k}", path="", sha256="", kind="reply", title=MOUDING + end, issuer="牟定县水务局")
            for k in range(2)]


def test_a_reply_titles_last_words_are_read_alike_by_the_title_habit_and_by_check():
    """The draft's title keeps the bureau's head and end for every reply ending form reads; …的复函 makes its end but not
    its head (REPLY_TITLE_END leaves it out); check takes a first line ending so as a reply's title, but …的函."""
    for end in ("的答复", "的答复函", "的函", "的复函"):
        assert title_end(_replies(end), False) == "建议" + end
        assert title_head(_replies(end)) == ("关于" if end == "的复函" else "关于答复"), end
        found = check_is_reply([Para(0, MOUDING + end), Para(1, "领导署名")], {0: None, 1: None})
        assert [f.code for f in found] == (["not-a-reply"] if end == "的函" else []), end
    assert title_end(_replies("答复的函"), False) == "建议答复的函"  # (天台县交通运输局's 建议案答复的函)


def test_this_measure_is_not_the_unit_speaking_of_itself():
    """本办法 (a measure's own word) is no 本办: a reply of no signature saying 我局 and quoting 本办法 speaks as a 局 every time
    it speaks as a unit (distill), and a fact quoting 本办法 is not a unit speaking of itself (compose)."""
    ws = SimpleNamespace(name="泉州市科学技术局")
    norm = "根据《泉州市科技计划项目管理办法》，本办法自印发之日起施行。我局将按照本办法组织项目申报。"
    assert _self_of_bureau(norm, ws)
    assert not _self_of_bureau(norm.replace("我局", "本办"), ws)  # (本办: an office's own word, no 局's)
    assert not _ISSUER_SELF.search("本办法自印发之日起施行。") and _ISSUER_SELF.search("本办将会同有关部门…")
    assert [m.group(1) for m in SELF_UNIT.finditer("交由我单位办理，我委、本厅、我们")] == ["单位", "委", "厅"]
