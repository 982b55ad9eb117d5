"""Vocabularies declared once and read alike by every module that uses them (reply-title endings, the unit itself, the
age of material)."""

from __future__ import annotations

from drafter.check import Para, check_is_reply
from drafter.compose.form import title_end, title_head
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
