"""h289: findings of the review rv17 on the places side.

#4 A place given funds (省财政厅向泉州市下达乡村振兴补助资金3000万元) opened no programme's name: the funds are 泉州市's.
#6 A place of the workspace's name and another level (和平县 of 广东, 和平区 of 天津) is its predecessor only where the text says the
   rename (撤县设市…, hd51a's 香格里拉县): most such pairs are two places of today.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace

from drafter.distill.facts import figure_positions, statement_figures
from drafter.distill.places import figure_places, predecessor


@pytest.mark.parametrize("sentence, place", [
    ("2024年，省财政厅向泉州市下达乡村振兴补助资金3000万元。", "泉州市"),  # (rv17: was None, the province's)
    ("2024年，省林业局向平顺县拨付中央财政造林补助资金200万元。", "平顺县"),
    ("2024年，长治市太行山重点区域生态修复与保护封山育林6000亩", None),  # (hd52d: the programme's name still)
])
def test_a_place_given_funds_opens_no_programmes_name(sentence, place):
    figures = statement_figures(sentence, sentence)
    assert figure_places(sentence, figure_positions(sentence, figures), "福建省", "福建省") == [place]


@pytest.mark.parametrize("place, own", [
    ("和平县", "和平区"), ("开平市", "开平区"), ("通州市", "通州区"), ("金川县", "金川区"), ("清河县", "清河区"),
    ("新兴县", "新兴区"), ("海城市", "海城区"), ("江城县", "江城区"), ("永定县", "永定区"),
])
def test_a_place_of_the_same_name_is_no_predecessor_unless_the_rename_is_said(place, own):
    assert not predecessor(place, own, f"2024年，{place}新建农村公路120公里。")
    assert predecessor(place, own, f"经国务院批准，撤销{place}，设立{own}。")


def test_another_provinces_county_of_the_districts_name_is_another_place(tmp_path):
    """rv17: a news item of 广东's 和平县 in the base of 天津市和平区's bureau was the district's own work."""
    ws = unit_workspace(tmp_path / "ws", "天津市和平区教育局", "区教育局", "和平区")
    page = ("和平县推进义务教育优质均衡发展\n\n"
            "  2024年，河源市和平县新建改扩建中小学校8所，新增学位3600个。全县义务教育巩固率达到99.5%。\n")
    ff = distil(tmp_path, ws, page, "2024-12-01_和平县教育.txt")
    facts = [f for f in ff.facts if "3600个" in f.text]
    assert facts and all(f.external for f in facts), ff.facts


@pytest.mark.parametrize("sentence, places", [
    ("在向阳镇、杜康镇划定建设2000亩核心区", ["向阳镇、杜康镇"]),  # (rv17: was 杜康镇 alone, 向阳镇 cut to 阳镇)
    ("在雷牙镇、杜康镇划定建设2000亩核心区", ["雷牙镇、杜康镇"]),  # (hd51b's)
    ("对向阳镇、青牛乡、红岩镇分别追加8万元、7万元、5万元。", ["向阳镇", "青牛乡", "红岩镇"]),
    ("对虎跳镇、青牛乡、红岩镇分别追加8万元、7万元、5万元。", ["虎跳镇", "青牛乡", "红岩镇"]),  # (hd23b's)
])
def test_a_towns_own_preposition_character_stays_in_its_name(sentence, places):
    figures = statement_figures(sentence, sentence)
    assert figure_places(sentence, figure_positions(sentence, figures), "白水县", "白水县") == places


# hd52d's headline (test_h280_pingshun), and others of the same shape.
WON = "近日，{first}。{second}。\n"


@pytest.mark.parametrize("headline, place", [
    ("山西省公布2025年林长制省级激励名单 平顺县获200万元资金激励", "平顺县"),  # (hd52d: the winner's news)
    ("泉州市一季度经济稳中向好 鲤城区获评省级示范区", "泉州市"),  # (rv17: two stories, the first no announcement)
    ("山西省公布2025年林长制省级激励名单 平顺县获悉后部署落实", "山西省"),  # (获悉: nothing won)
])
def test_a_headlines_winner_is_the_pages_place_only_after_an_announcement(tmp_path, headline, place):
    first, second = headline.split(" ")
    ws = unit_workspace(tmp_path / "ws", "平顺县林业局", "县林业局", "平顺县")
    ff = distil(tmp_path, ws, f"{headline}\n\n" + WON.format(first=first, second=second), "2025-06-01_news.txt")
    assert ff.source.jurisdiction == place


def test_a_reviewed_fact_of_the_renamed_county_stays_the_citys_own(tmp_path):
    """hd51a's page, distilled, a fact reviewed by the clerk, distilled again: the merge weighs the curated fact's place by what its
    source says (撤县设市), so 香格里拉县's fact stays 香格里拉市's own."""
    from click.testing import CliRunner
    from helpers import XIANGGELILA_RENAMED as SHANGRILA

    from drafter.cli import cli
    from drafter.yamlio import load_yaml

    ws = unit_workspace(tmp_path / "ws", "香格里拉市民政局", "市民政局", "香格里拉市")
    (ws.root / "seeds").mkdir()
    (ws.root / "seeds" / "2015-01-06_撤县设市.txt").write_text(SHANGRILA, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")]).exit_code == 0
    path = next((ws.root / "facts").glob("*.yaml"))
    path.write_text(path.read_text("utf-8").replace("reviewed: false", "reviewed: true", 1), "utf-8")
    result = runner.invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert result.exit_code == 0, result.output
    facts = load_yaml(path)["facts"]
    assert facts[0]["reviewed"] is True and facts[0]["jurisdiction"] == "香格里拉县" and "external" not in facts[0], facts[0]
