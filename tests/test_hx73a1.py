"""hx73a1: a gap placeholder names every point its ask makes (held-out hd72a, 蓬溪县交通运输局, fault 5; hd72b, 旺苍县文化旅游和
体育局, fault 2).

P1. A measure closing an ask's list before the clause saying what it is all for is a point, no closing aim: hd72a's
    提升客运、物流和水运服务能力，为我县融入成渝地区双城经济圈提供交通支撑 — the 为… clause is the aim; the placeholder named
    2 of its 3 points.
P2. A point too long is said by its list's first member and kind (打造星级农家乐、乡村酒店、乡村民宿等乡村旅游精品产品 →
    打造星级农家乐等乡村旅游精品产品), not dropped; a means with the deed done by it (借助电子商务平台推广农村产品) is a point,
    no mere means. hd72b's (二) named 2 of its 4 points, (三) 2 of its 3; none repeats its heading sentence.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import sections, unit_workspace

from drafter.cli import cli
from drafter.compose.asks import parse_asks

# hd72a's suggestion.txt (the 01号建议 as the bureau's reply restates it).
CHENGYU_TITLE = "关于加快推进成渝双城经济圈建设的建议"
CHENGYU = ("关于加快推进成渝双城经济圈建设的建议\n\n成渝地区双城经济圈建设是国家战略，我县地处成渝之间，应抓住机遇，主动融入成渝地区"
           "双城经济圈建设。为此建议：\n\n一、抓好交通基础设施建设。加快对外交通通道建设，完善高速公路、国省干线和县乡村公路网络，"
           "提升客运、物流和水运服务能力，为我县融入成渝地区双城经济圈提供交通支撑。\n")
# hd72b's suggestion.txt (the 32号提案, its commas ASCII as the page gives them).
NONGLV_TITLE = "创新农旅深度融合 推动乡村振兴发展"
NONGLV = ("关于创新农旅深度融合 推动乡村振兴发展的建议\n\n"
          "一、农旅融合与乡村振兴要注重强化规划引领。建议编制完善全县旅游、乡村旅游等规划,为农旅项目和休闲旅游项目落地提供上位依据,"
          "在农旅融合点上结合城镇建设规划,体现农业生产、农村居住、生态环境保护和农耕文明传承等功能。\n"
          "二、农旅融合与乡村振兴要注重全面提档升级。建议打造提升红色旅游景区,完善景区道路、停车场、旅游厕所等配套设施,改善通往景区景点的"
          "交通条件,打造星级农家乐、乡村酒店、乡村民宿等乡村旅游精品产品。\n"
          "三、农旅融合与乡村振兴要注重凝聚乡村人气。建议借助电子商务平台推广农村产品,培育旅游产品,实施园区变景区,让农业园区带动群众在旅游"
          "发展中受益。\n")


def _draft(tmp_path, ws, number: str, title: str, text: str, *options: str):
    """``title`` drafted from an empty base with ``text`` as ``drafter draft --proposal`` does: the draft."""
    (tmp_path / "suggestion.txt").write_text(text, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, title, "--text", str(tmp_path / "suggestion.txt"),
                                      "-o", str(out), "--proposal", *options])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def test_p1_a_measure_before_the_aim_clause_is_a_point_its_placeholder_names():
    (ask,) = parse_asks(CHENGYU, CHENGYU_TITLE)
    assert ask.points_asked == ["加快对外交通通道建设", "完善高速公路、国省干线和县乡村公路网络", "提升客运、物流和水运服务能力"]


def test_p1_the_placeholder_names_all_three_points(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "蓬溪县交通运输局", "县交通运输局", "蓬溪县")
    document = _draft(tmp_path, ws, "1", CHENGYU_TITLE, CHENGYU, "--deputy", "邓文莉", "--date", "2024-01-02")
    text = "\n".join(p.text for p in document.paragraphs)
    # (the one ask's heading, printed nowhere else, opens it: gap_items' headless)
    assert ("【待补充：抓好交通基础设施建设，加快对外交通通道建设，完善高速公路、国省干线和县乡村公路网络，提升客运、物流和水运服务能力"
            "方面的工作情况及数据（注明年份）】" in text), text


def test_p2_every_point_of_each_ask_is_named_and_no_heading_again(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "旺苍县文化旅游和体育局", "县文旅体局", "旺苍县", "东河镇, 木门镇")
    document = _draft(tmp_path, ws, "32", NONGLV_TITLE, NONGLV, "--deputy", "李勇", "--date", "2022-03-10")
    parts = sections(document)
    upgrade = parts["农旅融合与乡村振兴要注重全面提档升级"][0]
    for point in ("打造提升红色旅游景区", "完善景区道路、停车场、旅游厕所等配套设施", "改善通往景区景点的交通条件",
                  "打造星级农家乐等乡村旅游精品产品"):
        assert point in upgrade, upgrade
    popular = parts["农旅融合与乡村振兴要注重凝聚乡村人气"][0]
    assert popular.startswith("【待补充：借助电子商务平台推广农村产品、培育旅游产品、实施园区变景区方面的"), popular
    assert not any("农旅融合与乡村振兴要注重" in ps[0] for ps in parts.values() if ps), parts
