"""Held-out round hd39a (常州市工业和信息化局, 提案 0041 关于抓紧修编《常州工业史》，传承弘扬常州工业精神的建议): a seed of UTF-8
read as cp1252 went into the base unnoticed; the city's name inside a title became 我市; the title of the proposal nested
《》 in 《》; a decade (上世纪80年代) was a figure; a city's meeting held in one of its counties was filed as the county's, its
今年一季度 as last year's by its 高于去年增幅; a site's footer line of its support hours was a fact; a news item of the city's
leaders' visits on feast days was a work report, their visits the bureau's deeds; the results its deputy head reported were
background."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers import distil, fact_saying, unit_workspace

from drafter import grammar as G
from drafter.cli import cli
from drafter.read import SourceError, read_document

TITLE = "关于抓紧修编《常州工业史》，传承弘扬常州工业精神的建议"
# hd39a's suggestion.txt: its title and its two asks.
SUGGESTION = f"""{TITLE}

常州是近现代民族工业的重要发祥地之一。建议：
一、抓紧修编《常州工业史》，组织相关部门做好资料征集和编纂工作；
二、传承弘扬常州工业精神，讲好常州工业发展故事。
"""
# The seed 2020-12-28_政协十四届四次会议提案第0287号答复.txt as it came: its title line and a line of its text, the bytes
# cp1252 leaves undefined (名's 0x90 0x8d) lost.
LOST = ("ä¿¡æ¯å称:关于对市政åå四届四次会议æ案第0287å·çš„ç”å¤\n"
        "工业是我市ç»æµŽå‘展的主动脉，作为è‹å—模å¼çš„å‘æºåœ°ä¹‹ä¸€ï¼Œæˆ‘市在上世纪80年代初就成为闻名全国的工业明星城市。\n")
# The seed's sentences as they were written.
SAID = ("工业是我市经济发展的主动脉，作为苏南模式的发源地之一，我市在上世纪80年代初就成为闻名全国的工业明星城市。\n"
        "《常州市工业智造明星城建设三年行动计划》中进一步强调要坚持工业立市、制造强市。\n")


def _read(tmp_path: Path, text: str):
    path = tmp_path / "2020-12-28_答复.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


def _misread(text: str, encoding: str) -> str:
    """``text``'s UTF-8 bytes read as ``encoding``, a byte it leaves undefined as its C1 control (as browsers read cp1252)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode(encoding))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_utf8_read_as_latin_text_is_decoded_again(tmp_path, encoding):
    garbled = _misread(SAID, encoding)
    assert "ç»" in garbled and "经济" not in garbled
    text = "\n".join(b.text for b in _read(tmp_path, garbled).blocks)
    assert text == SAID.strip(), text


def test_utf8_read_as_latin_text_with_bytes_lost_is_refused_naming_the_file(tmp_path):
    with pytest.raises(SourceError) as caught:
        _read(tmp_path, LOST)
    message = str(caught.value)
    assert "2020-12-28_答复.txt" in message and "乱码" in message and "\n" not in message, message


def test_latin_punctuation_of_chinese_text_is_no_mojibake(tmp_path):
    text = "强化“常州制造”品牌……——推动工业“智改数转”，引进德国·慕尼黑café项目。\n"
    assert [b.text for b in _read(tmp_path, text).blocks] == [text.strip()]


def _draft(tmp_path) -> list[str]:
    root = tmp_path / "ws"
    unit_workspace(root, "常州市工业和信息化局", "市工信局", "常州市", "溧阳市, 武进区, 新北区")
    (tmp_path / "suggestion.txt").write_text(SUGGESTION, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "0041", TITLE, "--deputy", "钱月航", "--session",
                                      "市政协十五届二次会议", "--type", "B", "--text", str(tmp_path / "suggestion.txt"),
                                      "--date", "2023-06-30", "--proposal", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(out).paragraphs]


def test_a_title_in_the_title_takes_angle_brackets_and_keeps_its_city(tmp_path):
    said = _draft(tmp_path)
    opening = next(p for p in said if p.startswith("您提出的"))
    assert opening.startswith("您提出的《关于抓紧修编〈常州工业史〉，传承弘扬常州工业精神的建议》（第0041号）"), opening
    text = "\n".join(said)
    assert "《我市工业史》" not in text and "〈我市" not in text, text
    # (part two's items say the asks, the lead-in before them none of them again: h309, hd56a)
    ahead = said[said.index(next(p for p in said if "重点做好以下工作" in p)):][:3]
    assert ahead[0] == "根据您的提案，下一步我局将重点做好以下工作：", ahead
    assert ahead[1].startswith("（一）抓紧修编《常州工业史》。"), ahead


def test_a_decade_is_no_figure():
    assert not G.figure_matches("我市在上世纪80年代初就成为闻名全国的工业明星城市")
    assert not G.figure_matches("上世纪八十年代以来")
    assert [m.group() for m in G.figure_matches("已运行80年，年代久远")] == ["80年"]


# hd39a's seed 2016-04-22_全市工业经济运行现场推进会.txt (常州市工信局's news): its headline and the paragraphs that say the
# venue and the quarter's figures.
MEETING = """我市召开工业经济运行现场推进会
发布日期:2016-04-22  来源:办公室

4月21日,全市工业经济运行现场推进会在溧阳市召开,李小平副市长出席会议,各辖市、区政府分管市长和市发改委、经信委、科技局负责人参加会议。

李小平副市长指出,今年一季度全市工业经济实现了平稳开局,总体呈现缓中趋稳、稳中有进的发展态势。全市完成规上工业总产值2712.9亿元,同比增长6.9%,高于年度目标0.9个百分点。全市工业投资达417.3亿元,同比增13%,高于去年增幅5.4个百分点。他要求二季度要在一季度的基础上,抓重点项目、抓重点企业、抓招商引资、抓新增长点、抓项目推进,千方百计提升制造业竞争优势,深入实施创新驱动,加快新业态发展。

会议针对溧阳工业经济发展情况进行了重点分析
"""
# hd39a's seed 2017-02-03_春节走访慰问重点工业企业.txt: its paragraphs (cut short) and the site's footer under them.
FOOTER = """阎立、费高云春节期间走访慰问重点工业企业
发布日期:2017-02-03  来源:经济运行处

2017年春节期间,市委书记阎立、市长费高云相继走访慰问我市部分重点工业企业。

大年三十上午,市委书记阎立专程走访慰问中天钢铁、天合光能、中简科技等重点企业,向坚守一线的企业家和广大职工表示感谢。市领导周斌、史志军,我委主任朱志洪、副主任张志强参加走访。

年初一下午,市长费高云走访龙城精锻、顺风光电、长海复合材料等重点企业,向企业家和职工致以新春祝贺和良好祝愿。副市长李小平、我委主任朱志洪、副主任张志强参加走访。

2017年是常州市“重大项目提升年”。据对我市110家重点企业抽样调查显示,春节期间有46家企业加班加点组织生产,占调查企业的42%。

主办单位:常州市工业和信息化局

地址:常州市龙城大道1280号市行政中心1号楼B座22层

电话:0519-85681183   网站地图

技术支持电话:0519-85685023(工作日9:00-17:00)
"""


def _changzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "常州市工业和信息化局", "市工信局", "常州市", "武进区, 金坛区, 溧阳市")


def test_the_venue_of_a_citys_meeting_is_not_the_place_of_its_figures(tmp_path):
    ff = distil(tmp_path, _changzhou(tmp_path), MEETING, "2016-04-22_全市工业经济运行现场推进会.txt")
    assert ff.source.jurisdiction in (None, "常州市"), ff.source
    fact = fact_saying(ff, "2712.9亿元")
    assert fact.jurisdiction in (None, "常州市"), fact


def test_this_years_quarter_beside_last_years_growth_and_the_next_quarters_task_is_this_quarter(tmp_path):
    ff = distil(tmp_path, _changzhou(tmp_path), MEETING, "2016-04-22_全市工业经济运行现场推进会.txt")
    period = fact_saying(ff, "2712.9亿元").period
    assert (period.year, period.part) == (2016, "一季度"), period


def test_the_sites_support_line_with_its_hours_is_footer(tmp_path):
    ff = distil(tmp_path, _changzhou(tmp_path), FOOTER, "2017-02-03_春节走访慰问重点工业企业.txt")
    said = "\n".join(f.text for f in ff.facts)
    assert "110家" in said and "技术支持" not in said and "主办单位" not in said, said


def test_leaders_visits_on_feast_days_are_news_not_the_bureaus_deeds(tmp_path):
    ff = distil(tmp_path, _changzhou(tmp_path), FOOTER, "2017-02-03_春节走访慰问重点工业企业.txt")
    assert ff.source.kind == "news", ff.source
    assert fact_saying(ff, "市委书记阎立专程走访慰问").kind == "context"


# hd39a's seed 2022-09-01_人大调研立法推进情况.txt (常州市工信局's news, 来源:法规处): its headline, its lede, the paragraph
# of the deputy head's report (its first item cut short) and the visitor's words.
REPORTED = """常州市人大领导调研我局立法推进情况
发布日期:2022-09-01  来源:法规处

9月1日,市人大常委会经济工委主任、二级巡视员戴文龙一行来我局调研《常州市促进智能制造发展条例》立法推进情况。

许程伟副局长汇报了今年“智改数转”整体情况和《常州市促进智能制造发展条例》立法调研工作进度。目前阶段成果主要有:(1)制定发布了《常州市促进智能制造发展条例立法调研工作方案》;(2)梳理立法调研文献研究目录50余条,主要包括与智能制造相关的上位法、国家省市政策文件、激励措施等;(3)依托工信大数据平台、诊断服务平台等,对全市企业基础数据、“智改数转”诊断结果进行数据归集,目前已形成诊断数据6万余条;统计“智改数转”项目5000余个,智能化改造项目700余个,初步具备了数据分析基础。

戴文龙主任指出,智能制造是我市“532”发展战略的重要支撑,是一项持续演进、迭代提升的系统工程,需要长期坚持。立法调研是地方立法的前提和基础,市工信局要巩固已有工作的成效,广泛征求相关部门、企业、公众意见,学习先进地区经验做法,做好分析研究工作,确保立法调研任务圆满完成。
"""


def test_the_results_the_bureaus_deputy_head_reported_are_its_work(tmp_path):
    ws = _changzhou(tmp_path)
    ff = distil(tmp_path, ws, REPORTED, "2022-09-01_人大调研立法推进情况.txt")
    assert ff.source.issuer == "常州市工业和信息化局", ff.source
    assert fact_saying(ff, "5000余个").kind == "done"
    assert fact_saying(ff, "戴文龙主任指出").kind == "context"  # (the visitor's words stay background)
