"""hx68a1: held-out hd68a (射洪市交通运输局, 《关于S101线“断头路”修建的建议》), compose faults 1–3 on its seed's real lines.

1. A route's code and its spelled-out name are one road (S101线 = 省道101线, G247 = 国道247线, X/Y/C = 县道/乡道/村道): the
   tokeniser says both as the code.
2. An ask naming a route finds a fact naming the same route, though they share fewer than MIN_ASK_SHARED words: the route
   carries the match (道路, any road's word, does not).
3. The bureau's own material on that road too old to draft from (2020) is named in the placeholder's comment as old
   material, never "已收集的材料中没有本单位此方面的工作情况".
4. (hx68b2) With draft.max_age 6, the 2020 fact naming S101线 by its name (省道101线) is drafted on the S101 ask, with its year and the
   stale mark (was 距成文年份已5年，未写入 though within max_age).
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import comments_on, distil_pages, seeds_draft, unit_workspace

from drafter.cli import cli

from drafter.grammar import bigrams, route_codes

# seeds/2021-05-28_射洪市交运局获评全省交通运输系统先进集体.txt of hd68a: its first three lines.
HONOURED = ('本网讯 (唐洋 全媒体记者 艾君)5月26日,四川省交通运输系统先进集体和先进个人表彰大会在成都隆重举行,射洪市交运局被表彰为'
            '“四川省交通运输系统先进集体”。\n“十三五”以来,射洪市交运局全体干部职工奋力投身射洪交通运输事业,积极争取项目,大力提升交通'
            '条件,不断提高交通基础设施保障能力,为全市经济平稳增长、保障和改善民生、打赢脱贫攻坚战、全面建成小康社会提供了坚强交通运输保障,'
            '向人民群众交上了一篇满意的答卷。\n基础设施网络逐步完善。绵遂内城际铁路前期工作取得新进展。S205线射洪段改造完成,升级为G247线。'
            '遂德高速、省道101线射洪段、盐射路开工建设。建成王家渡涪江大桥、金华黑水浩大桥、香山涪江大桥等项目,瞿河涪江大桥加快建设。'
            '新改建县乡村公路326公里,2020年被评为四川省第四批“四好农村路”省级示范县。截至2020年,全市公路总里程2706公里,基本形成了'
            '以高速公路、国省干线为主骨架,县乡村道为脉络的公路网体系。\n')
TITLE = "关于S101线“断头路”修建的建议"
# suggestion.txt of hd68a.
SUGGESTION = "S101线射洪段存在“断头路”,影响沿线群众出行。建议加快推进S101线“断头路”修建,尽快打通该路段。"
FACT = "遂德高速、省道101线射洪段、盐射路开工建设。"


def test_1_a_routes_code_and_its_name_are_one_word():
    assert "s101" in set(bigrams(SUGGESTION)) & set(bigrams(FACT))
    assert route_codes("S205线射洪段改造完成,升级为G247线。") == {"s205", "g247"}
    assert route_codes("国道247线") == route_codes("G247") == {"g247"}
    assert route_codes("X603天培线、乡道12线、村道5线") == {"x603", "y12", "c5"}
    # (a count of roads is no route, an aircraft's code no 村道, 5G no route)
    assert not route_codes("改造县道12公里") and "村道" not in bigrams("C919大飞机") and not route_codes("5G基站")


def test_2_3_old_material_on_the_asked_route_is_named_not_nothing(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "射洪市交通运输局", "市交通运输局", "射洪市")
    _, out = seeds_draft(tmp_path, ws, {"2021-05-28_射洪市交运局获评全省交通运输系统先进集体.txt": HONOURED}, "2", TITLE,
                         SUGGESTION, "--deputy", "陶桃、任桥心", "--proposal", "--type", "B", "--date", "2025-08-12")
    comments = " ".join(comments_on(out, "【待补充：加快推进S101线"))
    assert "没有本单位此方面的工作情况" not in comments
    assert "2020年" in comments and "遂德高速、省道101线射洪段、盐射路开工建设" in comments
    assert "射洪市交运局获评全省交通运输系统先进集体" in comments  # (its source named)


def test_2_a_title_alone_on_a_route_finds_the_old_material_on_it(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "射洪市交通运输局", "市交通运输局", "射洪市")
    root = distil_pages(ws, {"2021-05-28_射洪市交运局获评全省交通运输系统先进集体.txt": HONOURED})
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "2", TITLE, "--deputy", "陶桃、任桥心", "--proposal",
                                      "--date", "2025-08-12", "-o", str(tmp_path / "draft.docx")])
    assert result.exit_code == 0, result.output
    assert "只有2020年的相关情况（射洪市交运局获评全省交通运输系统先进集体）" in result.output  # (was: 也没有与标题相关的内容)


def test_3_an_old_fact_within_max_age_is_drafted_on_the_route_ask(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "射洪市交通运输局", "市交通运输局", "射洪市")
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as f:
        f.write("draft:\n  max_age: 6\n")
    result, out = seeds_draft(tmp_path, ws, {"2021-05-28_射洪市交运局获评全省交通运输系统先进集体.txt": HONOURED}, "2", TITLE,
                              SUGGESTION, "--deputy", "陶桃、任桥心", "--proposal", "--type", "B", "--date", "2025-08-12")
    assert "引用事实 1 条" in result.output
    starts = "2020年，遂德高速、省道101线射洪段、盐射路开工建设。【待核实：最新进展】"
    comments = " ".join(comments_on(out, starts))
    assert "按所在段落写作“2020年”" in comments and "该事实为2020年情况，已超出2年时效" in comments
    assert "此项未写明时间" not in comments
