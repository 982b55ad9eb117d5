"""refresh on 上海市科学技术委员会's base (qa18): a city report's figure named after one of the workspace's areas
(闵行区全社会研发投入) is that area's, and supersedes the area's own older report's value."""

from __future__ import annotations

import json

from click.testing import CliRunner
from helpers import CORPUS, distil, needs_corpus, unit_workspace

from drafter.cli import cli

# The city's 2025 year-end report as qa18's clerk uploaded it (its opening and two sections).
REPORT = """上海市科学技术委员会2025年工作总结
沪科〔2026〕5号
2026年1月20日

2025年，市科委深入贯彻落实市委、市政府决策部署，加快建设具有全球影响力的科技创新中心，各项工作取得新进展。
一、科普工作
（一）完善科普工作格局。截至2025年底，市科普工作联席会议成员单位达到40家，16个区均建立区级科普工作联席会议制度。
（三）加强科普基础设施建设。2025年，新认定市级科普基地30家，“五个新城”新建科普场馆7座，全年接待观众150万人次。

二、科技成果转化
2025年，全市技术合同成交额达到5200亿元，同比增长12%。闵行区全社会研发投入达到330亿元，闵行区技术合同成交额达到400亿元。
"""


def _refreshed(tmp_path, *seeds: str) -> dict:
    """``seeds`` (corpus files) distilled in a workspace of the city's bureau (areas 闵行区, 青浦区), then :data:`REPORT`
    applied as ``drafter refresh --dry-run --json`` does: its report."""
    ws = unit_workspace(tmp_path / "ws", "上海市科学技术委员会", "市科委", "上海市", "闵行区, 青浦区")
    runner = CliRunner()
    for name in seeds:
        assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(CORPUS / name)]).exit_code == 0
    (tmp_path / "2026-01-20_上海市科学技术委员会2025年工作总结.txt").write_text(REPORT, "utf-8")
    result = runner.invoke(cli, ["-w", str(ws.root), "refresh", "--dry-run", "--json",
                                 str(tmp_path / "2026-01-20_上海市科学技术委员会2025年工作总结.txt")])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@needs_corpus
def test_a_city_figure_named_after_an_area_supersedes_the_areas_own(tmp_path):
    report = _refreshed(tmp_path, "20_minhang_report_2023.txt")
    pairs = {(h["raw"], h["new"]["raw"]) for h in report["superseded_figures"]}
    assert ("304.45亿元", "330亿元") in pairs and ("320亿元", "400亿元") in pairs
    # the city's own 5200亿元 is no new value of 闵行区's 320亿元
    assert not any(new == "5200亿元" for _, new in pairs)


# The bureau's signed 2024 reply to suggestion 0023 as qa18's clerk harvested it (its section on 科普场馆).
REPLY_2024 = """关于提升远郊新城科普场馆服务能级的建议的答复
沪科建复〔2025〕23号
2025年5月20日

王某某代表：
您提出的《关于提升远郊新城科普场馆服务能级的建议》收悉，现答复如下：
（二）完善科普工作联席会议机制。一是上海市于1995年成立了“上海市科普工作联席会议”，统筹全市科普工作。截至2024年底，市科普工作联席会议已吸纳16个区和39家成员单位。
（一）加强“五个新城”科普场馆规划布局。2024年，我委支持嘉定、青浦、松江、奉贤、南汇五个新城新建科普场馆5座，全年接待观众120万人次。
感谢您对我市科技创新和科普工作的关心和支持。
上海市科学技术委员会
2025年5月20日
"""


@needs_corpus
def test_a_list_of_places_summed_up_is_no_part_of_what_is_counted(tmp_path):
    (tmp_path / "reply.txt").write_text(REPLY_2024, "utf-8")
    report = _refreshed(tmp_path, "20_minhang_report_2023.txt", str(tmp_path / "reply.txt"))
    # 南汇 is the last of the five new towns listed, not part of the name: 5座 (2024) → 7座 (2025)
    assert ("5座", "7座") in {(h["raw"], h["new"]["raw"]) for h in report["superseded_figures"]}


@needs_corpus
def test_a_count_named_with_what_it_belongs_to_supersedes_one_whose_sentence_names_that(tmp_path):
    (tmp_path / "reply.txt").write_text(REPLY_2024, "utf-8")
    report = _refreshed(tmp_path, "12_shanghai_reply_2023.txt", str(tmp_path / "reply.txt"))
    pairs = {(h["raw"], h["new"]["raw"]) for h in report["superseded_figures"]}
    # 市科普工作联席会议成员单位40家 (2025): the 成员单位 its 2023 and 2024 replies say 市科普工作联席会议 已吸纳
    assert ("37家", "40家") in pairs and ("39家", "40家") in pairs


def test_a_one_character_noun_before_the_next_count_is_what_is_counted(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "上海市科学技术委员会", "市科委", "上海市", "闵行区, 青浦区")
    reply = distil(tmp_path, ws, REPLY_2024, "reply.txt")
    figures = {g.raw: g.counts for fact in reply.facts for g in fact.figures}
    # 已吸纳16个区和39家成员单位: 16 districts and 39 member units, not 16 of 吸纳
    assert figures["16个"] == "区" and figures["39家"] == "成员单位"
