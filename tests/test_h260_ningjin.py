"""Findings of held-out round hd48e (宁津县教育和体育局, 山东): a 县政协 proposal numbered 202302B46 (year, sitting, class
letter, serial), and the bureau's one seed a 德州日报 report of the county propaganda chief's 十三五 press briefing —
the county's five-year results (教育 and others), a headline run into the dateline, a closing box repeating the figures.

The page is the tester's seed, seeds/2021-01-13_宁津十三五教育发布会.txt, as it was saved, distilled through the public path
of ``drafter distill``.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from helpers import unit_workspace

TOPIC = "关于强化全民健身公共服务体系的提案"


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "宁津县教育和体育局", "县教体局", "宁津县")


def _draft(ws, out, number: str, *extra: str):
    return CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, TOPIC, "--deputy", "陈绪敬", "--session",
                                    "县政协十一届二次会议", "--type", "A", "--proposal", "--date", "2023-06-05",
                                    "-o", str(out), *extra])


@pytest.mark.parametrize("number", ["202302B46", "2023B046", "20232B46"])
def test_a_number_of_year_sitting_class_letter_and_serial_is_taken_as_given(tmp_path, number):
    """hd48e F1: 202302B46, the real proposal's number (2023, the second sitting, class B, the 46th), was refused (建议（提案）号
    应为数字…). A number of the year (and the sitting) before the class letters and the serial is taken; the title and the
    opening print it as given, the file is named by it."""
    ws = _workspace(tmp_path)
    out = tmp_path / f"提案-{number}.docx"
    result = _draft(ws, out, number)
    assert result.exit_code == 0, result.output
    text = [p.text for p in docx.Document(out).paragraphs]
    assert f"关于县政协十一届二次会议第{number}号提案的答复" in "".join(text[:8]), text[:8]
    assert any(f"《{TOPIC}》（第{number}号）" in t for t in text), text


@pytest.mark.parametrize("junk", ["B46B", "2023B", "202302B0", "ABCD46", "2023年B46", "B46-2023x", "1" * 11])
def test_junk_is_still_no_number(tmp_path, junk):
    """hd48e F1's other side: what is no item's number (letters after the serial, no serial, a serial of zeros, four letters,
    a year's word, eleven digits) is still refused, nothing written."""
    ws = _workspace(tmp_path)
    result = _draft(ws, tmp_path / "x.docx", junk)
    assert result.exit_code != 0 and "应为数字" in result.output, result.output
    assert not (tmp_path / "x.docx").exists()


def test_a_title_of_such_a_number_is_read_for_its_number():
    """hd48e F1: the title's number is read by the one rule (a draft's 征求材料清单 names its item by it; a past reply's title
    ending …第202201B12号提案的答复函 tells the bureau's ending)."""
    from drafter.compose.form import TITLE_END
    from drafter.requests import _NUMBER

    assert _NUMBER.search("关于县政协十一届二次会议第202302B46号提案的答复").group(1) == "202302B46"
    assert TITLE_END.search("关于县政协十一届一次会议第202201B12号提案的答复函").group(1) == "提案的答复函"


# The tester's seed as it was saved (its ASCII commas and colon the reader turns full-width), a blank line after each line.
PAGE = ("辉煌十三五 奋进新德州 | 宁津:累计投入26.8亿元,新建改建中小学、幼儿园校舍51.9万平方米\n\n"
        "1月13日,我市召开“辉煌十三五 奋进新德州”系列新闻发布会第九场,发布会上,宁津县委常委、宣传部部长范淑香介绍宁津县近几年的经济社会发展"
        "情况。\n\n"
        "坚持优先发展教育,持续累计投入26.8亿元,新建改建中小学、幼儿园校舍51.9万平方米,“大班额”问题全部解决。深化实施学校党建品牌创建工程、"
        "特色学校示范引领工程、学前教育优质均衡工程、青年教师成长成才工程,学校教育内涵管理实现提档升级。持续加大产业扶贫、健康扶贫、消费扶贫和"
        "保障性扶贫等方面力度,如期完成了脱贫攻坚目标任务,全县85个省定扶贫工作重点村全部摘帽,现行标准下农村贫困人口全部脱贫。\n\n"
        "村(社区)新时代文明实践站实现全覆盖,开展志愿服务38000多次;新建改建中小学、幼儿园校舍51.9万平方米,持续累计投入26.8亿元;全县85个"
        "省定扶贫工作重点村全部摘帽,现行标准下农村贫困人口全部脱贫。\n\n"
        "德州日报新媒体出品\n记者|董建新 董天力 姜伟\n编辑|李榕\n")
NAME = "2021-01-13_宁津十三五教育发布会.txt"


def _distilled(tmp_path):
    from helpers import distil_by_cli

    return distil_by_cli(tmp_path, _workspace(tmp_path), PAGE, NAME)


def _drafted(tmp_path, number: str, title: str, asks: str) -> list[str]:
    """The page distilled in 宁津县教育和体育局's workspace and ``title`` drafted from it (``asks`` its text) on 2023-06-05: the
    draft's paragraphs."""
    from helpers import seeds_draft

    here = tmp_path / "draft"
    here.mkdir()
    ws = _workspace(here)
    _, out = seeds_draft(here, ws, {NAME: PAGE}, number, title, asks, "--deputy", "王某某", "--session",
                         "县十八届人大二次会议", "--date", "2023-06-05")
    return [p.text for p in docx.Document(out).paragraphs]


def test_the_headline_is_no_part_of_the_lede_under_it(tmp_path):
    """hd48e F4: the headline, stopping on no stop (…校舍51.9万平方米), ran into the dateline under it (1月13日，我市召开…) as one
    fact of figures, done. A line with no stop inside over a lede opening on its day is the page's headline: the page's title,
    no statement; the day's briefing (召开…新闻发布会) is background, no deed."""
    _, facts, source = _distilled(tmp_path)
    assert source.title == "辉煌十三五 奋进新德州 | 宁津：累计投入26.8亿元，新建改建中小学、幼儿园校舍51.9万平方米", source.title
    assert not any("1月13日" in f.text and "平方米" in f.text for f in facts), [f.text for f in facts]
    briefing = next(f for f in facts if f.text.startswith("1月13日"))
    assert briefing.kind == "context" and not briefing.figures, briefing


def test_a_lede_under_a_headline_of_commas_opens_its_own_paragraph():
    """hd48e F4, the reader's side: a headline of commas and a column's bar is its own paragraph over the day's lede, in the
    reader's lines and in the distiller's rejoining of blocks (a sentence broken before a day, a stop inside it, still goes on)."""
    from drafter.distill.structure import rejoin
    from drafter.model import Block
    from drafter.read.clean import clean_blocks
    from drafter.read.text import text_pieces

    lines = PAGE.split("\n\n")[:2]
    blocks, _ = clean_blocks(text_pieces("\n\n".join(lines), markdown=False))
    assert [b.text[:6] for b in blocks] == ["辉煌十三五 ", "1月13日，"], [b.text for b in blocks]
    assert len(rejoin(blocks)) == 2
    broken = [Block("近日，全县教育系统召开会议，研究部署化解大班额工作。会议要求各学校抓好落实，全县将于", "", 1, None),
              Block("1月13日，开展专项检查。", "", 2, None)]
    assert len(rejoin(broken)) == 1
    dated = [Block("全县教育系统工作会议暨新建改建中小学校舍和化解大班额工作推进会经县教体局研究确定定于2021年", "", 1, None),
             Block("1月13日，在县会议中心召开。", "", 2, None)]
    assert len(rejoin(dated)) == 1  # (a date broken after its year goes on)


def test_the_counties_results_beyond_the_bureaus_field_are_not_its_deeds(tmp_path):
    """hd48e F2: a 德州日报 report of the county's propaganda chief's briefing, filed as the bureau's work report (no issuer), had
    the county's results drafted under 近年来，我局…: 开展志愿服务38000多次, 全县85个省定扶贫工作重点村全部摘帽. A news report (its
    reporters credited, 记者|…) of the bureau's own place told by no unit is the place's: its results in the bureau's field
    (教育: 校舍, 大班额) are its work there, the rest background, never the bureau's deed."""
    _, facts, source = _distilled(tmp_path)
    assert source.kind == "news", source.kind
    assert next(f for f in facts if "优先发展教育" in f.text).kind == "done"
    relief = next(f for f in facts if "扶贫" in f.text and "38000" not in f.text)
    assert relief.kind == "context" and "教育" not in relief.text, relief
    volunteers = next(f for f in facts if "38000多次" in f.text)
    assert volunteers.kind == "context", volunteers
    text = _drafted(tmp_path, "13", "关于组织中小学生参与志愿服务的建议",
                    "建议：\n一、组织中小学生参加志愿服务活动。\n二、依托新时代文明实践站开展校外实践。\n")
    assert not any("38000" in t or "摘帽" in t for t in text), text


def test_a_five_year_sum_is_of_the_span_the_headline_names(tmp_path):
    """hd48e F3: 坚持优先发展教育，持续累计投入26.8亿元… under the headline 辉煌十三五 奋进新德州 | 宁津：累计投入… was dated 2021 (the
    page's date) and drafted asking for 2022's values. The span a title names unquoted (辉煌十三五) dates the page's undated
    statements, its briefing's day aside; the draft says the span as the plan's: “十三五”期间（2016—2020年）, and flags the
    problem claimed solved then (“大班额”问题全部解决) with its figures."""
    _, facts, _ = _distilled(tmp_path)
    schools = next(f for f in facts if "优先发展教育" in f.text)
    assert (schools.period.year, schools.period.until) == (2016, 2020), schools.period
    assert next(f for f in facts if f.text.startswith("1月13日")).period.year == 2021
    text = _drafted(tmp_path, "12", "关于加快学校建设化解大班额的建议",
                    "建议：\n一、加快城区中小学校建设，增加学位供给，化解大班额。\n二、改善农村学校办学条件。\n")
    said = next(t for t in text if "26.8亿元" in t)
    assert "“十三五”期间（2016—2020年），持续累计投入26.8亿元" in said, said
    assert "2021年" not in said and "统计期" not in said, said
    assert "“大班额”问题全部解决【待更新：2022年全年数据】" in said, said  # (the claim then, as old as its figures)


def test_a_recap_closing_the_page_keeps_only_what_it_tells_anew(tmp_path):
    """hd48e F5: the closing box (…志愿服务38000多次；新建改建…51.9万平方米，持续累计投入26.8亿元；全县85个…摘帽…) was a fact of its
    own retelling the body's figures. A statement of no year of its own retelling three or more figures told before keeps the
    clauses it tells anew."""
    _, facts, _ = _distilled(tmp_path)
    recap = next(f for f in facts if "38000多次" in f.text)
    assert recap.text == "村（社区）新时代文明实践站实现全覆盖，开展志愿服务38000多次。", recap.text
    assert [g.raw for g in recap.figures] == ["38000多次"]
    assert sum("51.9万平方米" in f.text for f in facts) == 1, [f.text for f in facts]


def test_figures_said_alike_of_other_things_are_no_recap(tmp_path):
    """hd48e F5's other side: three rates of 100% of three things after one of 100% told before are one figure told again,
    not three: the statement is kept whole (the rule counts the figures told before each once)."""
    from helpers import distil

    text = ("宁津县教育和体育局2021年工作总结\n\n一、工作成效\n\n2021年，全县义务教育入学率达到100%，新建改建校舍5.2万平方米。\n\n"
            "全县九年义务教育巩固率100%；学校标准化建设达标率100%；营养改善计划覆盖率100%；实施校舍改造工程12个。\n")
    facts = distil(tmp_path, _workspace(tmp_path), text, "2022-01-10_宁津县教育和体育局2021年工作总结.txt").facts
    rates = next(f for f in facts if "巩固率" in f.text)
    assert "达标率100%" in rates.text and "覆盖率100%" in rates.text, rates.text
