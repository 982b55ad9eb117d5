"""General reading rules found on held-out round 7 (county and district bureaus' replies to 建议/提案 and
work reports of places neither the shared corpus nor the earlier rounds hold: 农业农村局, 教育局,
科工局 pages, a 工信局 half-year summary, an essay site's preview).

Each test distils a short text written for it, in the shape such a page has, through the public path
a user's ``drafter distill`` takes (read_document → distill_document, in the demo workspace), and
asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import REPO, distil

from drafter.workspace import load_workspace


@pytest.fixture(scope="module")
def workspace():
    return load_workspace(REPO)


def fact_texts(ff) -> str:
    return "\n".join(f.text for f in ff.facts)


COURTESY_FIRST = """关于对县政协第十五届五次会议第64号提案的答复

李明委员：

你在县政协第十五届五次会议上提出的《关于进一步发展农村基础教育的提案》，已由县政府转来我局，现将办理情况答复如下：

感谢李明委员对于农村基础教育事业的关心和热爱。近几年来，县委县政府加大对农村基础教育设施建设力度，2020年全县共有各级各类幼儿园54所，小学35所，全县村级幼儿园覆盖率达100%。下一步教育局将继续加大城镇小学“大班额”问题整治力度。

某县教育局
2021年4月6日
"""


def test_a_paragraph_opening_with_thanks_keeps_the_work_it_goes_on_to(tmp_path, workspace):
    """A reply whose one paragraph opens with thanks (感谢…委员…的关心。) and goes on to the bureau's
    work: the thanks go, the work stays (it was dropped whole as the closing formula)."""
    ff = distil(tmp_path, workspace, COURTESY_FIRST, "reply.txt")
    text = fact_texts(ff)
    assert "幼儿园54所" in text and "大班额" in text
    assert "感谢" not in text
    assert {g.raw for f in ff.facts for g in f.figures} >= {"54所", "35所", "100%"}


def test_thanks_said_with_great_warmth_are_still_a_closing(tmp_path, workspace):
    """十分感谢您…，欢迎多提宝贵意见建议。 closes a reply as 再次感谢… does: no fact."""
    text = COURTESY_FIRST.replace("某县教育局", "十分感谢您对农业农村工作的关心支持，欢迎多提宝贵意见建议。\n\n某县教育局")
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert "十分感谢" not in fact_texts(ff)
