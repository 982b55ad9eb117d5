"""hx70a1: the asks start where the deputy asks; who is to act is no ask; a concern named in the closing aim is kept (held-out
hd70a, 安顺市水务局, 杨星代表's 建议 on 宋旗镇's 一户一表, faults 1-3).

F1. The problem stated in two sentences before 建议… was read as asks (张坪村采取机井提水供水, 受旱情影响供水能力不足, …), and
    MAX_POINTS then dropped 纳入城市供水统一管理: the points start at the sentence opening on 建议, as parse_asks reads it.
F2. 市水务部门会同经开区、市供水总公司 names who is to act, not what is done: no point.
F3. The closing 解决三个村群众饮水保障和水价偏高问题 is no measure, but the deputy's concern, which the real reply explains in its
    基本情况: the comment on part one's placeholder names it. A generic aim (提升服务质量, 解决实际问题) is named nowhere, as before.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from helpers import unit_workspace

from drafter.cli import cli
from drafter.compose.asks import WHO_ACTS, asking_sentence, parse_asks
from drafter.compose.gaps import concerns_note

TITLE = "关于落实宋旗镇白果、石板、张坪三个村群众饮水一户一表的建议"
# hd70a's suggestion.txt (the 建议 as the bureau's reply restates it; its own commas and semicolons).
PROBLEM = ("宋旗镇白果村、石板村由城市管网集中供水,但村内一户一表未进行全面改造,供水管护为村内自管,管护能力薄弱,村民水价高于普通"
           "城区居民水价;张坪村采取机井提水供水,为村内自管,受旱情影响供水能力不足,时常发生供水投诉。")
ASKED = ("建议市水务部门会同经开区、市供水总公司,对宋旗镇白果、石板、张坪三个村实施供水管网改造,落实群众饮水一户一表,纳入城市供水"
         "统一管理,解决三个村群众饮水保障和水价偏高问题。")
SUGGESTION = f"{TITLE}\n\n{PROBLEM}{ASKED}\n"
WORKS = ["对宋旗镇白果、石板、张坪三个村实施供水管网改造", "落实群众饮水一户一表", "纳入城市供水统一管理"]
WHO = "市水务部门会同经开区、市供水总公司"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """hd70a's draft, its base holding nothing on the matter (as hd70a's did not): its paragraphs and comments."""
    tmp_path = tmp_path_factory.mktemp("hd70a")
    ws = unit_workspace(tmp_path / "ws", "安顺市水务局", "市水务局", "安顺市", "西秀区, 平坝区, 普定县, 镇宁布依族苗族自治县")
    (tmp_path / "suggestion.txt").write_text(SUGGESTION, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "52", TITLE, "--deputy", "杨星", "--session", "市五届人大二次会议",
                                      "--date", "2023-06-16", "--text", str(tmp_path / "suggestion.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    return [p.text for p in document.paragraphs], [c.text for c in document.comments]


def test_f1_the_points_start_at_the_sentence_asking():
    ask, = parse_asks(SUGGESTION, TITLE)
    assert ask.points_asked == WORKS  # (was 张坪村采取机井提水供水, 受旱情影响供水能力不足, 时常发生供水投诉, …, no 纳入…)
    # (one rule with parse_asks: the sentence opening on 建议, past the problem's two sentences)
    assert asking_sentence(PROBLEM + ASKED).group() == ASKED


def test_f1_the_problem_one_sentence_long_gives_the_same_points():
    """The control of the report: the problem cut to one sentence (its second) gave these points already."""
    ask, = parse_asks(f"{TITLE}\n\n{PROBLEM.split(';')[1]}{ASKED}\n", TITLE)
    assert ask.points_asked == WORKS


def test_f1_f2_the_draft_asks_for_the_works_not_the_problem_nor_who(drafted):
    body, _ = drafted
    asked = next(p for p in body if p.startswith("【待补充：") and p.endswith("方面的工作情况及数据（注明年份）】"))
    assert asked == f"【待补充：{'，'.join(WORKS)}方面的工作情况及数据（注明年份）】"
    assert not any(w in p for p in body for w in ("机井提水", "供水投诉", WHO)), body


@pytest.mark.parametrize(("clause", "who"), [
    (WHO, True),  # hd70a (建议 dropped)
    ("对宋旗镇白果、石板、张坪三个村实施供水管网改造", False),
    ("纳入城市供水统一管理", False),
    # hd70c's first ask (…统筹… what is done, the layout: its heading), and 布局 no organ
    ("由区级层面统筹各街镇社区食堂和助餐点的规划布局", False),
])
def test_f2_a_clause_naming_only_who_acts(clause, who):
    assert bool(WHO_ACTS.match(clause)) is who


def test_f2_the_ask_leading_with_who_keeps_its_heading():
    """hd70c's first ask, 由区级层面统筹…的规划布局, is still headed by it."""
    text = ("为此建议:\n一、由区级层面统筹各街镇社区食堂和助餐点的规划布局,按照就近、均衡的原则增设助餐场所,织密助餐服务网络。\n"
            "二、打通各街镇之间的结算壁垒,实现老年人持一张卡(敬老卡、社保卡或银行卡)在全区各社区食堂通用就餐,并统一享受助餐优惠。\n")
    first, _ = parse_asks(text, "关于优化统筹各街镇社区食堂方便老年人就餐的建议")
    assert first.phrase == "由区级层面统筹各街镇社区食堂和助餐点的规划布局"


CONCERN = "三个村群众饮水保障和水价偏高问题"


def test_f3_the_problem_the_closing_aim_names_is_a_concern():
    ask, = parse_asks(SUGGESTION, TITLE)
    assert ask.concerns == [CONCERN] and all(CONCERN not in p for p in ask.points_asked)


def test_f3_part_one_s_placeholder_comment_names_the_concern(drafted):
    body, said = drafted
    # (the comment of 【待补充：…纳入城市供水统一管理方面的工作情况…】, part one's one paragraph, says the deputy raised it)
    assert any(p.startswith("【待补充：对宋旗镇") for p in body[body.index("一、基本情况"):body.index("二、下一步工作计划")]), body
    assert sum(CONCERN in c for c in said) == 1 and concerns_note(parse_asks(SUGGESTION, TITLE)[0]) in said[0], said
    assert not any(CONCERN in p for p in body), body  # (no section nor point of its own)


@pytest.mark.parametrize(("text", "title"), [
    # hd70c's third ask: 提升服务质量 closes it, a generic aim
    ("为此建议:\n一、打通各街镇之间的结算壁垒,实现老年人持一张卡在全区各社区食堂通用就餐。\n"
     "二、建立全区统一的助餐服务信息平台和监管机制,加强对社区食堂餐饮质量、优惠补贴和运营情况的监管,提升服务质量。\n",
     "关于优化统筹各街镇社区食堂方便老年人就餐的建议"),
    # hd70a's ask closing on a problem named by no word of its own
    (f"{PROBLEM}{ASKED.replace('三个村群众饮水保障和水价偏高问题', '实际问题')}", TITLE),
])
def test_f3_a_generic_aim_is_no_concern(text, title):
    last = parse_asks(text, title)[-1]
    assert last.points != last.points_asked and last.concerns == [] and concerns_note(last) == ""
