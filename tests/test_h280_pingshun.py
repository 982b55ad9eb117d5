"""h280: findings of the held-out test hd52d (平顺县林业局, 山西长治; news pages).

a. A county's 2024 results under programmes named after other places (环京津冀生态安全屏障建设封山育林1万亩, 长治市太行山重点区域生态修复与
   保护封山育林6000亩) were 山西省's, external, their figures placed in 京津冀 and 长治市: a place opening a programme's name is not where
   the work was done; a headline of a province's list, then the county that won by it (山西省公布…名单 平顺县获200万元资金激励), is the
   county's news; a figure's label cut to its last 20 characters lost a place's first character (治市太行山…).
b. A town's official's quoted words (“我们目前共种植…”平顺县石城镇党委书记马跃一介绍) were the county's: its 我们 is the town.
c. A site's template line (时间:2017-08-20 … 来源:长治日报) gave the page its issuer over the page's own field 发文机关平顺县林业局, written
   without its colon; a template's day years before the year the page's catalogue indexed it in is no date of the page.
"""

from __future__ import annotations

import pytest
from helpers import distil, distil_by_cli, first_saying, unit_workspace

from drafter.distill.facts import figure_positions, statement_figures
from drafter.distill.figures import find_figures
from drafter.distill.places import figure_places

# seeds/2025-06-01_平顺县获林长制省级激励.txt of hd52d (a mirror in traditional characters), its headline, lede and results.
INCENTIVE = """山西省公布2025年林長制省級激勵名單 平順縣獲200萬元資金激勵
山西省公布2025年林長制省級激勵名單 平順縣獲200萬元資金激勵
近日,山西省林長制辦公室公布2025年林長制省級激勵名單。作為全省5個林長制工作成效明顯的縣(市、區)之一,長治市平順縣獲200萬元資金激勵。
統籌荒山綠化、退化林修復、通道生態修復、封山育林、灌木林提質增效等項目,平順縣按照“宜喬則喬、宜灌則灌、宜草則草”原則,大力發展混交造林,有力推進“生態產業化、產業生態化”進程。2024年,完成中央財政造林補助退化林修復6300畝,環京津冀生態安全屏障建設封山育林1萬畝,長治市太行山重點區域生態修復與保護封山育林6000畝,植被恢復造林757畝,縣級投資“山體疤痕、旅游公路沿線裸體修復”7處195公裡,完成森林鄉村建設
"""
# seeds/2023-06-05_平顺县三项行动扮靓乡村.txt of hd52d, its head and the town's paragraphs.
VILLAGES = """山西平顺县“三项行动”扮靓乡村

时间:2023-06-05 08:22:03 来源:网络 责任编辑:sx262
  绿色是平顺最大的底色,生态是平顺最大的财富。今年,平顺县全面推进通道绿化、美化、净化“三项行动”,持续提升通道沿线及村庄环境卫生水平,全面规划,分步实施,做到适地适树、林相美观,将通道沿线逐步打造成为优良的生态线、亮丽的风景线和增收的致富线,为改善人居环境、扮靓乡村颜值,丰富旅游业态、创优发展环境打下坚实基础。

  “三项行动”开展以来,石城镇以优化道路布局、改善人居环境、提升村庄品位、彰显石城特色为目标,推动通道绿化、美化、净化“三项行动”取得实效。

  “我们目前共种植白皮松、金丝柳、红叶枫、法国梧桐等树木3000余棵,风车菊、月季、女贞、石楠等各类花卉3万余株、绿化6000余平方米,通道路域两侧颜值焕然一新。”平顺县石城镇党委书记马跃一介绍。
"""
# seeds/2025-01-17_林业局持续开展森林防火检查工作.txt of hd52d: the county's disclosure page, its table's fields without colons, then a
# template's line of the site it was copied from.
FIRE_CHECKS = """当前位置:首页>长治市平顺县人民政府>部门信息公开目录>平顺县政府工作部门>平顺县林业局>公开内容>工作动态

字体大小:【大】 【中】 【小】

保存为word 打印 关闭
索引号000014349/2025-02280 成文日期2025-01-17
发文机关平顺县林业局 发布日期2025-01-17
发文字号 主题词

林业局持续开展森林防火检查工作

 时间:2017-08-20       大    中    小      来源:长治日报

进入冬季以来,森林火灾隐患不断加大,平顺县林业局持续开展森林防火检查工作,全面筑牢森林防火安全线。林业局组织工作队伍,每日对各乡镇防火工作进行排查,同时,加强防火宣传,通过设置宣传牌、乡村广播等多种形式,广泛普及森林防火知识,提高群众的防火意识。林区入口处严格检查,禁止携带火种进入林区。此外,林业局还加强对防火物资的储备和维护,确保一旦发生火情,能够迅速有效应对,全力保障森林资源和人民群众的生命财产安全。
"""


def _pingshun(tmp_path, areas: str = ""):
    return unit_workspace(tmp_path / "ws", "平顺县林业局", "县林业局", "平顺县", areas)


def test_programmes_named_after_other_places_are_the_countys_results(tmp_path):
    ff = distil(tmp_path, _pingshun(tmp_path), INCENTIVE, "2025-06-01_平顺县获林长制省级激励.txt")
    assert ff.source.jurisdiction == "平顺县"  # (the county that won by the province's list: its news)
    results = first_saying(ff.facts, "退化林修复6300亩")
    assert (results.jurisdiction, results.external) == ("平顺县", False)
    figures = {g.raw: g for g in results.figures}
    assert figures["1万亩"].place is None and figures["6000亩"].place is None  # (not 京津冀, 长治市: the programmes' names)
    assert figures["6000亩"].counts == "太行山重点区域生态修复与保护封山育林"  # (not 治市太行山…)
    lede = first_saying(ff.facts, "省级激励名单")
    # (the province's list going on to the county's award, 长治市平顺县获200万元资金激励: the county's result, not 山西省（外地）, rs8 hd52d)
    assert (lede.jurisdiction, lede.external) == ("平顺县", False), lede
    # (going on to another county's, it stays the province's)
    other = INCENTIVE.replace("之一,長治市平順縣獲200萬元", "之一,長治市壺關縣獲200萬元")
    (tmp_path / "other").mkdir()
    act = first_saying(distil(tmp_path / "other", _pingshun(tmp_path / "other"), other, "2025-06-01_激励名单.txt").facts, "省级激励名单")
    assert (act.jurisdiction, act.external) == ("山西省", True), act


@pytest.mark.parametrize("sentence, place", [
    ("2024年，环京津冀生态安全屏障建设封山育林1万亩", None),
    ("2024年，长治市太行山重点区域生态修复与保护封山育林6000亩", None),
    ("2024年，郑州市城市更新项目完成投资42亿元", "郑州市"),  # (the place's own project doing: its place)
    ("2024年，郑州市新建城市公园12个", "郑州市"),
    ("2024年，实施成渝科技创新合作计划项目161个", "成渝"),  # (the programme's own items: the region's projects)
])
def test_a_place_opening_a_programmes_name_is_no_figures_place(sentence, place):
    figures = statement_figures(sentence, sentence)
    assert figure_places(sentence, figure_positions(sentence, figures), "河南省", "河南省") == [place]


def test_a_label_is_not_cut_inside_a_places_name():
    text = "长治市太行山重点区域生态修复与保护封山育林6000亩"
    assert [g.counts for g in find_figures(text)] == ["太行山重点区域生态修复与保护封山育林"]


def test_a_headline_listing_several_winners_is_no_ones(tmp_path):
    page = INCENTIVE.replace("平順縣獲200萬元資金激勵", "平順縣、壺關縣獲資金激勵")
    ff = distil(tmp_path, _pingshun(tmp_path), page, "2025-06-01_激励.txt")
    assert ff.source.jurisdiction == "山西省"


def test_a_town_officials_words_are_the_towns(tmp_path):
    ff = distil(tmp_path, _pingshun(tmp_path), VILLAGES, "2023-06-05_平顺县三项行动扮靓乡村.txt")
    quoted = first_saying(ff.facts, "树木3000余棵")
    assert quoted.jurisdiction == "石城镇"  # (its 我们 the town's, never the county's total)
    # (written right after the county's name, 平顺县石城镇, the town is the county's own though areas is empty: no 石城镇（外地）, rs8 hd52d)
    assert not quoted.external, quoted
    # distil names it among the areas it found, for the clerk to list
    (tmp_path / "cli").mkdir()
    result, facts, _ = distil_by_cli(tmp_path / "cli", _pingshun(tmp_path / "cli"), VILLAGES, "2023-06-05_平顺县三项行动扮靓乡村.txt")
    assert "本地地名之后的石城镇" in result.output.replace("\n", ""), result.output
    # (a town written after another county, 涉县偏城镇, stays another place's)
    (tmp_path / "other").mkdir()
    ff = distil(tmp_path / "other", _pingshun(tmp_path / "other"), VILLAGES.replace("平顺县石城镇党委书记", "涉县偏城镇党委书记"),
                "2023-06-05_平顺县三项行动扮靓乡村.txt")
    quoted = first_saying(ff.facts, "树木3000余棵")
    assert quoted.jurisdiction.endswith("偏城镇") and quoted.external, quoted
    (tmp_path / "listed").mkdir()
    ff = distil(tmp_path / "listed", _pingshun(tmp_path / "listed", "石城镇"), VILLAGES, "2023-06-05_平顺县三项行动扮靓乡村.txt")
    quoted = first_saying(ff.facts, "树木3000余棵")
    assert (quoted.jurisdiction, quoted.external, quoted.kind) == ("石城镇", False, "done")  # (an area's result: an example)


def test_the_pages_issuing_organ_wins_over_a_templates_source(tmp_path):
    ff = distil(tmp_path, _pingshun(tmp_path), FIRE_CHECKS, "2025-01-17_林业局持续开展森林防火检查工作.txt")
    assert (ff.source.issuer, ff.source.date) == ("平顺县林业局", "2025-01-17")


def test_a_units_source_field_wins_over_an_outlets(tmp_path):
    page = FIRE_CHECKS.replace("发文机关平顺县林业局 发布日期2025-01-17", "信息来源：平顺县林业局 发布日期：2025-01-17")
    ff = distil(tmp_path, _pingshun(tmp_path), page, "page.txt")
    assert ff.source.issuer == "平顺县林业局"


def test_a_templates_day_before_the_pages_index_year_is_no_date(tmp_path):
    page = FIRE_CHECKS.replace(" 成文日期2025-01-17", "").replace(" 发布日期2025-01-17", "")
    ff = distil(tmp_path, _pingshun(tmp_path), page, "2025-01-17_林业局持续开展森林防火检查工作.txt")
    assert ff.source.date == "2025-01-17"  # (the day the clerk named it by, not 时间:2017-08-20)
