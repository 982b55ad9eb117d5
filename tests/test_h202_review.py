"""h202: what the review of h195–h197's merge found in distill/facts — a denied solving verb taken for the work overcoming
the obstacle, a quoted document's targets taken for a plan when the sentence says they were met, a document's plan after a
result split from it, a working meeting told or not by its name. Each test distils real-shaped lines through the path a
clerk's ``drafter distill`` takes."""

from __future__ import annotations

from drafter.model import CONTEXT, DONE
from helpers import distil, fact_saying, unit_workspace

LONGNAN_AREAS = "龙南镇, 东江乡, 程龙镇, 汶龙镇, 渡江镇, 桃江乡, 杨村镇, 里仁镇, 关西镇, 临塘乡, 南亨乡, 夹湖乡, 九连山镇"


def _longnan(tmp_path):
    return unit_workspace(tmp_path / "ws", "龙南市交通运输局", "市交通运输局", "龙南市", LONGNAN_AREAS, "我市交通运输工作")


def _reply(body: str) -> str:
    return (f"钟红燕代表：\n\n您提出的《关于硬化程龙镇林中村中坪自然村道路的建议》收悉。现答复如下：\n\n{body}\n\n"
            "下一步，我局将结合实际，积极争取上级资金支持。\n\n龙南市交通运输局\n2024年9月10日\n")


def test_a_problem_not_solved_is_how_things_stand(tmp_path):
    """尚未解决, 无法解决: the solving verb denied, the difficulty after it stands (background), unlike 着力解决…难以保障的问题."""
    body = ("该路段因征地问题尚未解决导致施工难度较大。\n\n由于资金缺口无法解决难以实施硬化。\n\n"
            "积极推进农村公路提质改造，着力解决群众出行难以保障的问题。")
    ff = distil(tmp_path, _longnan(tmp_path), _reply(body), "2024-09-10_龙南交通_第26号建议答复.txt")
    assert fact_saying(ff, "尚未解决导致施工难度较大").kind == CONTEXT
    assert fact_saying(ff, "无法解决难以实施硬化").kind == CONTEXT
    assert fact_saying(ff, "着力解决群众出行难以保障的问题").kind == DONE
