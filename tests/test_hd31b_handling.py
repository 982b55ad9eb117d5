"""hd31b: 大姚县公安局's replies, real lines of their pages — how they tell the item's handling (a part 一、提案落实办理情况,
or a paragraph under no heading naming the item first), and a sentence of two deeds of one doer answering two asks."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import DAYAO_177, DAYAO_10030043, distil_pages, unit_workspace

from drafter.cli import cli
from drafter.compose.sentences import doer_deeds
from drafter.docx.read import read_draft

# The held-out round's proposal (hd31b suggestion.txt, written from the real reply's title and headings).
EBIKE_ASKS = """关于加强电动车综合治理的提案
近年来，我县电动摩托车、电动自行车数量快速增长，电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等交通违法行为较为突出，非法及不符合技术标准的电动车流入市场，给道路交通安全带来隐患。为此建议：
一、强化源头管理。严把电动摩托车、电动自行车登记准入关，对电动车销售商、销售点开展检查，杜绝非法及不符合相关技术标准的电动车流入市场。
二、明确整治重点，加大违法查处力度。严查电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等严重交通违法行为。
三、加强交通安全劝导和宣传教育，发挥交通安全劝导站作用，提高电动车驾驶人的交通安全意识。
"""
# The round's second probe: a suggestion on e-bike parking, to the base holding both replies.
PARKING_ASKS = """关于规范县城电动车停放秩序的建议
近年来县城电动车乱停乱放、违法载人现象突出。建议：一、加强县城区电动车停放秩序整治；二、加大电动车交通违法查处力度；三、加强电动车驾驶人交通安全宣传教育。
"""


def _dayao(tmp_path, pages: dict[str, str]):
    ws = unit_workspace(tmp_path / "ws", "大姚县公安局", "县公安局", "大姚县", "金碧镇")
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as f:
        f.write("draft:\n  max_age: 6\n")  # (as the round set it: the default drops every 2019 fact)
    return distil_pages(ws, pages)


def _draft(root, number: str, title: str, *options: str, text: str | None = None):
    out = root / "drafts" / f"{number}.docx"
    if text:
        (root / "suggestion.txt").write_text(text, "utf-8")
        options = (*options, "--text", str(root / "suggestion.txt"))
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--type", "B", "-o", str(out), "--force",
                                      *options])
    assert result.exit_code == 0, result.output
    return out, result.output


def _proposal(root, text: str | None = EBIKE_ASKS):
    return _draft(root, "10030043", "关于加强电动车综合治理的提案", "--deputy", "杨陈新", "--proposal", "--session",
                  "政协大姚县十届第三次会议", "--date", "2024-08-05", text=text)


def _paragraphs(path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def test_a_handling_paragraph_naming_the_item_first_is_offered(tmp_path):
    """The 2019 reply opens its body on 对你们提出的建议，县公安局高度重视，局领导组织召开专题会议…明确了主办部门和承办人 — the
    item named before the bureau takes it seriously; the draft offered nothing of it (hd31b F3). It is offered after the
    opening in the bureau's words, said of this proposal to its reader, 我局 for 县公安局, highlighted under a comment
    naming the reply."""
    out, _ = _proposal(_dayao(tmp_path, {"2019-11_177.txt": DAYAO_177}))
    paragraphs = _paragraphs(out)
    at = next(n for n, (style, _) in enumerate(paragraphs) if style == "开头语")
    said = paragraphs[at + 1][1]
    assert said == "对您提出的提案，我局高度重视，局领导组织召开专题会议进行认真研究，并明确了主办部门和承办人，将办理工作落细落小。", said
    assert paragraphs[at + 2][1] == "一、基本情况", paragraphs[at + 2]
    read = next(p for p in read_draft(out) if p.text == said)
    assert "".join(h.text for h in read.highlights) == said, read.highlights
    assert any("大公复字〔2019〕2号" in n and "办理过程" in n for n in read.comments), read.comments


def test_a_newest_reply_opening_on_its_handling_part_gives_that_part_first(tmp_path):
    """The 2024 reply opens on 一、提案落实办理情况 (收到您提出的提案后，我局领导高度重视，及时召开了专题会议…): the part's
    heading was not known as one (落实), so the draft opened on 一、基本情况. Now a suggestion's draft opens on that part,
    said of a suggestion, the bureau's sentence under it as it wrote it (its own 我局领导 kept), the parts after numbered on."""
    root = _dayao(tmp_path, {"2019-11_177.txt": DAYAO_177, "2024-08_10030043.txt": DAYAO_10030043})
    out, _ = _draft(root, "25", "关于规范县城电动车停放秩序的建议", "--deputy", "李某", "--session",
                    "大姚县第十八届人民代表大会第五次会议", "--date", "2025-06-20", text=PARKING_ASKS)
    paragraphs = [t for _, t in _paragraphs(out)]
    at = paragraphs.index("一、建议落实办理情况")
    assert paragraphs[at + 1] == "收到您提出的建议后，我局领导高度重视，及时召开了专题会议进行了认真研究，明确了主办人和承办人，负责建议办理及落实。", \
        paragraphs[at + 1]
    assert paragraphs[at + 2] == "二、基本情况" and "三、下一步工作计划" in paragraphs, paragraphs


def _section(paragraphs: list[str], heading: str) -> list[str]:
    at = paragraphs.index(heading)
    return paragraphs[at + 1: next(n for n in range(at + 1, len(paragraphs)) if paragraphs[n].startswith(("（", "三、")))]


def test_a_doers_two_deeds_answer_two_asks(tmp_path):
    """我局交警大队…上路严查电动车…违法载人、闯红灯、醉酒驾驶等严重交通违法，同时…充分调动各辖区交通安全劝导站，对电动车驾驶人
    进行交通安全劝导及宣传教育。 stood whole under 宣传教育 and 查处 was left a placeholder (hd31b F2): the sentence names its
    doer first, so it was never cut. Each deed is a sentence of its own, the doer before it, and serves its own ask."""
    root = _dayao(tmp_path, {"2019-11_177.txt": DAYAO_177, "2024-08_10030043.txt": DAYAO_10030043})
    out, said = _draft(root, "25", "关于规范县城电动车停放秩序的建议", "--deputy", "李某", "--session",
                       "大姚县第十八届人民代表大会第五次会议", "--date", "2025-06-20", text=PARKING_ASKS)
    paragraphs = [t for _, t in _paragraphs(out)]
    assert _section(paragraphs, "（二）加大电动车交通违法查处力度") == [
        "我局交警大队依据《中华人民共和国道路交通安全法》等法律法规，上路严查电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等严重交通违法。"]
    assert _section(paragraphs, "（三）加强电动车驾驶人交通安全宣传教育") == [
        "我局交警大队利用多种渠道，充分调动各辖区交通安全劝导站，对电动车驾驶人进行交通安全劝导及宣传教育。"]
    assert "近年工作事实" not in said, said


def test_deeds_are_cut_only_after_a_named_doer():
    """A sentence opening on what was done (明确了主办部门…，并…) names no doer the cut deeds could keep: it stays whole, and
    so does a short deed after 并 (，并明确专人)."""
    assert doer_deeds("明确了主办部门和承办人，并将办理工作落细落小，确保按时办结。") == []
    assert doer_deeds("县公安局交警大队开展电动车专项整治行动，并明确专人。") == []


def test_a_placeholders_comment_names_its_fresh_work_drafted_elsewhere(tmp_path):
    """Where a deputy's first ask takes the whole 2024 sentence (严查电动车交通违法，加强…劝导和宣传教育), the 查处 ask's
    placeholder said the base held only 2019's material, too old (hd31b F2): its 2024 work on it stands under the first
    ask. The comment says so, never that only older material exists."""
    root = _dayao(tmp_path, {"2019-11_177.txt": DAYAO_177, "2024-08_10030043.txt": DAYAO_10030043})
    out, _ = _draft(root, "27", "关于加强电动车管理的建议", "--deputy", "李某", "--session", "大姚县第十八届人民代表大会第五次会议",
                    "--date", "2025-06-20",
                    text="关于加强电动车管理的建议\n建议：一、严查电动车交通违法，加强交通安全劝导和宣传教育；二、加大电动车交通违法查处力度。\n")
    gap = next(p for p in read_draft(out) if p.text.startswith("【待补充：加大电动车交通违法查处力度"))
    assert not any("只有2019年" in n for n in gap.comments), gap.comments
    assert any("大公复字〔2024〕9号" in n and "已在“严查电动车交通违法”项下部分采用" in n for n in gap.comments), gap.comments


def test_a_deed_quoted_from_a_doers_sentence_says_what_the_quoting_left_out(tmp_path):
    """hd31b via h162: 我局交警大队利用多种渠道，…宣传教育 is quoted out of 我局交警大队依据…上路严查…，同时利用多种渠道…; its
    comment said 引用时略去了原句中的部分列举内容, untrue: it left out another deed, no list's members. The note says what the
    quoting did."""
    root = _dayao(tmp_path, {"2019-11_177.txt": DAYAO_177, "2024-08_10030043.txt": DAYAO_10030043})
    out, _ = _draft(root, "25", "关于规范县城电动车停放秩序的建议", "--deputy", "李某", "--session",
                    "大姚县第十八届人民代表大会第五次会议", "--date", "2025-06-20", text=PARKING_ASKS)
    deed = next(p for p in read_draft(out) if p.text.startswith("我局交警大队利用多种渠道"))
    assert any("大公复字〔2024〕9号" in n and "（引用时只取原句中与本项有关的部分）" in n for n in deed.comments), deed.comments
    assert not any("列举" in n for n in deed.comments), deed.comments
