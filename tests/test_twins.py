"""Vocabularies declared once and read alike by every module that uses them (reply-title endings, the unit itself, the
age of material)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from helpers import REPO

from drafter.check import Para, check_is_reply
from drafter.compose.form import title_end, title_head
from drafter.compose.select import _ISSUER_SELF, Item, old_note, older_than
from drafter.distill.metadata import _self_of_bureau
from drafter.grammar import SELF_UNIT
from drafter.model import Fact, Period, SourceMeta
from drafter.workspace import load_workspace

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


def test_the_age_a_fact_is_left_out_at_is_the_age_its_note_says_it_is_too_old_at():
    """A fact of max_age years before the draft is used (stale) and one a year older is left out (select.older_than, max_age); the note
    on either gives its age."""
    ws = load_workspace(REPO)
    source = SourceMeta(id="tz", kind="reply", path="seeds/48.txt", sha256="0" * 64,
                        title="关于人大十九届一次会议第48号代表建议的答复", date="2018-07-28")
    item = Item(Fact(id="f1", text="荆泉路是东部城区的一条贯穿南北的城市次干道。", kind="done", period=Period(2018, "text"),
                     jurisdiction="滕州市", source_id="tz"), source, 1.0, 2018, stale=True)
    for age in (ws.max_age, ws.max_age + 1):
        today = dt.date(2018 + age, 7, 1)
        left_out = older_than(item.as_of(), ws.max_age, today)
        assert left_out == (age > ws.max_age)
        # (one wording for both since cm57: the age it is of, and that it is not written in — no setting named)
        assert f"距成文年份已{age}年，未写入" in old_note([item], ws, today)
