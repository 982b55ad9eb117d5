"""Another unit's work goes to its part when it co-handles the item, and a unit is one unit by any
of its names (issue 8, item 7 "Places and owners").

Clerks reading title-only drafts blind found proposal 45 (科技金融, 会同市金融局) reporting the
funds' work (产业基金体系, 基金业协会, 投向初创型科技企业30.61亿元) under the bureau's own heading
while the co-handler's section was an empty placeholder; and the co-handler typed 市金融局 was not
recognised as the 市金融监管局 of drafter.yaml's ``other_units``, so the letter named it two ways
(会同市金融局 … 据市金融监管局统计). Drafted here from the five real seeds, title only, as the
demo list's rows are."""
from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.grammar import names_unit, same_unit
from helpers import TITLE_45, TITLE_1167, part_one, sections


def draft(root, out, number: str, title: str, *options: str):
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--session", "市十七届人大五次会议",
                                      "--date", "2026-05-20", "--type", "B", "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def text_of(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def comments_of(document) -> list[str]:
    return [c.text for c in document.comments]


@pytest.fixture(scope="module")
def proposal_45(seeded_root, tmp_path_factory):
    out = tmp_path_factory.mktemp("p45") / "45.docx"
    return draft(seeded_root, out, "45", TITLE_45, "--proposal", "--deputy", "民建泉州市委会", "--with", "市金融局")


def test_the_co_handlers_work_is_in_its_part_not_under_the_bureaus_heading(proposal_45):
    parts = sections(proposal_45)
    (first, ours), *rest = parts.items()
    assert not any(word in p for p in ours for word in ("产业基金", "母基金", "基金业协会", "30.61亿元")), ours
    assert any("科技贷" in p for p in ours)  # the bureau's own finance work stays its own
    theirs = [(h, ps) for h, ps in rest if any("30.61亿元" in p for p in ps)]
    assert len(theirs) == 1, rest
    heading, paragraphs = theirs[0]
    assert "【" not in heading  # headed by what it reports, not left to ask for
    assert paragraphs[0].startswith("市金融局")  # attributed: its unit named
    assert any("基金业协会" in p for p in paragraphs)  # the fund work that goes on after it, its own too


def test_the_co_handlers_part_says_its_heading_once(proposal_45):
    """Its heading is the opening clause of its first item (完善产业基金体系建设): the item goes on
    from there (市金融局推动…), not saying it again under it (市金融局完善产业基金体系建设，推动…)."""
    heading, paragraphs = next((h, ps) for h, ps in sections(proposal_45).items() if any("30.61亿元" in p for p in ps))
    opening = paragraphs[0].split("，")[0]
    assert heading not in opening, (heading, opening)
    assert opening.startswith("市金融局") and len(opening) > len("市金融局") + 4, opening  # still a sentence of its work


def test_the_co_handlers_placeholder_stays_only_for_what_the_base_lacks(proposal_45):
    text = text_of(proposal_45)
    assert "【待市金融局提供：市金融局承办部分的工作情况" not in text  # its part holds its work
    assert "市金融局承办部分的下一步举措" not in text  # the base holds no plan of its: part two asks none
    assert "【待补充：完善产业基金" not in text  # its next steps are its own to give, not the bureau's gap
    assert any("市金融局承办的部分" in c and "核实" in c for c in comments_of(proposal_45))


def test_the_overview_says_work_done_with_the_co_handler_only_where_its_part_holds_some(proposal_45):
    """Part one's overview names the joint work by the section the co-handler's part fills from the base
    (产业基金体系建设, 30.61亿元 under it); the leave-one-out 1288's 市市场监管局, whose section is only its
    placeholders, is named in the opening alone (test_reply_1288)."""
    overview = next(p.text for p in proposal_45.paragraphs if p.text.startswith("近年来"))
    assert "并会同市金融局在产业基金体系建设方面协同推进" in overview, overview


def test_the_letter_names_the_co_handler_as_the_clerk_typed_it(proposal_45):
    text = text_of(proposal_45)
    assert "会同市金融局" in text
    assert "金融监管局" not in text


def test_an_attribution_to_a_co_handler_uses_the_clerks_name(seeded_root, tmp_path):
    document = draft(seeded_root, tmp_path / "1167.docx", "1167", TITLE_1167, "--deputy", "郑国平",
                     "--with", "市金融局", "--with", "人行泉州市分行")
    text = text_of(document)
    assert "30.61亿元" in text and "金融监管局" not in text
    parts = list(sections(document).items())
    assert not any("30.61亿元" in p for p in parts[0][1])
    assert any("30.61亿元" in p and p.startswith("市金融局") for _, ps in parts[1:] for p in ps)  # (its one item: no 一是)
    # a co-handler the base holds nothing of, no ask naming it, is asked once, for its part, in a section after the others
    # (h316: asked under each section for its part in it, it was asked as many times)
    bank = [p for _, ps in parts for p in ps if "【待人行泉州市分行提供：" in p]
    assert bank == ["【待人行泉州市分行提供：人行泉州市分行承办部分的工作情况及数据（注明年份）】"], parts
    assert parts[-1][0] == "【待人行泉州市分行提供：小标题】", parts
    assert "承办部分的下一步举措" not in text  # part two asks neither for next steps the base does not hold


def test_a_unit_not_co_handling_is_attributed_where_its_figure_stands(seeded_root, tmp_path):
    document = draft(seeded_root, tmp_path / "1167.docx", "1167", TITLE_1167, "--deputy", "郑国平")
    ours = part_one(document)  # (the part's only section: no heading, hd17 D7)
    assert any("据市金融监管局统计，投向初创型科技企业金额达30.61亿元" in p for p in ours), ours


def test_a_co_handler_by_its_former_long_name_is_the_same_unit(seeded_root, tmp_path):
    document = draft(seeded_root, tmp_path / "45.docx", "45", TITLE_45, "--proposal", "--deputy", "民建泉州市委会",
                     "--with", "市地方金融监督管理局")
    text = text_of(document)
    assert "金融监管局" not in text.replace("市地方金融监督管理局", "")
    assert any(p.startswith("市地方金融监督管理局") and "30.61亿元" in p
               for _, ps in list(sections(document).items())[1:] for p in ps)


def test_a_co_handler_by_its_long_name_is_the_unit_of_other_fields(loo, tmp_path):
    """drafter.yaml lists 市市场监管局's fields; the clerk types 市市场监督管理局: one unit, named one way."""
    from helpers import run_1288

    run_1288(loo, tmp_path / "1288.docx", "--type", "A", with_=("市市场监督管理局",))
    text = text_of(docx.Document(tmp_path / "1288.docx"))
    assert "一是【待市市场监督管理局提供：加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况" in text  # its section's
    assert "市市场监管局" not in text
    assert "【待市市场监督管理局提供：市市场监督管理局承办部分" not in text  # asked once, in its field's section


@pytest.mark.parametrize("a, b", [
    ("市工信局", "市工业和信息化局"), ("市市场监管局", "市市场监督管理局"), ("市人社局", "市人力资源和社会保障局"),
    ("市金融局", "市金融监管局"), ("市金融局", "市地方金融监督管理局"), ("市科技局", "泉州市科学技术局"),
    ("市发改委", "市发展和改革委员会"), ("人社局", "市人社局"), ("市场监管局", "市市场监管局"), ("市经信委", "市工业和信息化局"),
])
def test_names_of_one_unit(a, b):
    assert same_unit(a, b) and same_unit(b, a)


@pytest.mark.parametrize("a, b", [
    ("区科技局", "市科技局"), ("厦门市科技局", "泉州市科学技术局"), ("市委", "市发改委"), ("市监局", "市金融监管局"),
    ("区市场监管局", "市市场监管局"), ("国家知识产权局", "市市场监管局"), ("市工信局", "市工商局"), ("市教育局", "市体育局"),
])
def test_names_of_two_units(a, b):
    assert not same_unit(a, b) and not same_unit(b, a)


def test_a_text_names_a_unit_by_any_of_its_names():
    assert names_unit("由我单位会同市财政局、人社局、金融局办理", "市金融监管局")
    assert names_unit("据市地方金融监督管理局统计", "市金融局")
    assert not names_unit("区市场监管局开展质量提升行动", "市市场监管局")


def test_a_co_handlers_work_said_in_the_source_under_another_name_takes_the_clerks_name(seeded_root, tmp_path):
    """The real reply to 1288 (seed 003) says 市市场监管局推出…; the clerk types 市市场监督管理局: the
    letter says the unit's work in its field's section, by the name the clerk gave it."""
    from helpers import run_1288

    run_1288(seeded_root, tmp_path / "1288.docx", "--type", "A", with_=("市市场监督管理局",))
    document = docx.Document(tmp_path / "1288.docx")
    assert "市市场监管局" not in text_of(document)
    ip = next(ps for heading, ps in sections(document).items() if "知识产权" in heading)
    assert any("市市场监督管理局推出" in p and "1119份" in p for p in ip), ip


def test_with_the_suggestions_text_the_co_handlers_work_answers_its_ask_in_its_part(seeded_root, tmp_path):
    """The README's 1350 (中试验证, 技术转移, 科技金融) with 市金融局 co-handling: the funds' work leaves the
    科技金融 ask's section for the unit's part, and that ask no longer asks the bureau for 产业基金."""
    from helpers import draft_1350

    document = draft_1350(seeded_root, tmp_path / "1350.docx", "B", "--with", "市金融局")
    parts = list(sections(document).items())
    finance = next(ps for heading, ps in parts if "金融" in heading)
    assert any("科技贷" in p for p in finance)
    assert not any("30.61亿元" in p or "产业基金" in p for p in finance), finance
    heading, theirs = parts[-1]
    assert theirs[0].startswith("市金融局") and "30.61亿元" in theirs[0], parts[-1]
    assert "金融监管局" not in text_of(document)



def test_a_co_handler_named_only_among_those_taking_part_has_no_work_in_the_draft():
    """hd11 (番禺区卫生健康局, its 爱国卫生月 news on sybnx.com/info_87.aspx?itemid=21528&lcid=8): drafted from the title
    with --with 区城市管理和综合执法局, the opening said 经会同…研究 but no part or placeholder asked that unit for
    anything — the news item used lists it among the units whose staff took part, which is no work of its own."""
    from drafter.compose.select import _names_apart

    took_part = ("区文明办、市生态环境局番禺分局，、区住房城乡建设局，、区农业农村局、区城市管理和综合执法局，、区总工会、团区委，、"
                 "区妇联等单位领导及工作人员参加了本次活动，。")
    assert not _names_apart(took_part, "区城市管理和综合执法局")
    assert _names_apart("区城市管理和综合执法局开展“随地吐痰”专项整治，查处违法行为120宗。", "区城市管理和综合执法局")
    assert _names_apart("会同区城市管理和综合执法局开展联合执法。", "区城市管理和综合执法局")
