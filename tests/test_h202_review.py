"""h202: what the review of h195–h197's merge found in distill/facts — a denied solving verb taken for the work overcoming
the obstacle, a quoted document's targets taken for a plan when the sentence says they were met, a document's plan after a
result split from it, a working meeting told or not by its name. Each test distils real-shaped lines through the path a
clerk's ``drafter distill`` takes."""

from __future__ import annotations

from drafter.distill.facts import plan_split
from drafter.model import CONTEXT, DONE, PLAN
from helpers import distil, fact_saying, lyg_workspace, unit_workspace

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


def test_a_documents_targets_said_met_are_done(tmp_path):
    """A quoted document's targets are a plan (…工作计划提出：启动城市微更新地块7处…), unless the statement says them met after
    the quotation (已全部完成, 实际完成): a result."""
    page = ("连云港市住建局2023年工作总结\n\n一、城市更新\n\n"
            "市住建局2023年工作计划提出：实施城中村改造9个，截至目前已全部完成。\n\n"
            "《连云港市农村公路提档升级实施方案》明确：当年完成改造120公里，实际完成135公里。\n\n"
            "市住建局2024年工作计划提出：启动城市微更新地块7处，开展城中村改造12个。\n")
    ff = distil(tmp_path, lyg_workspace(tmp_path), page, "2024-01-10_连云港住建_2023年工作总结.txt")
    assert fact_saying(ff, "城中村改造9个").kind == DONE
    assert fact_saying(ff, "实际完成135公里").kind == DONE
    assert fact_saying(ff, "城中村改造12个").kind == PLAN


def test_a_documents_targets_after_a_result_are_cut_from_it():
    """plan_split cuts where a quoted document's targets begin, as fact_kind reads them (one predicate): the result before
    them is done, the targets a plan."""
    text = "今年以来全市已完成城中村改造5个。市住建局2025年工作计划提出：启动城市微更新地块7处，开展城中村改造9个。"
    assert plan_split(text) == ["今年以来全市已完成城中村改造5个。", "市住建局2025年工作计划提出：启动城市微更新地块7处，开展城中村改造9个。"]
    met = "今年以来全市已完成城中村改造5个。2023年工作计划提出：实施城中村改造9个，截至目前已全部完成。"
    assert plan_split(met) == [met]


def test_a_meeting_is_told_by_what_it_then_does():
    """A meeting's report or the bureau's deed by what the meeting then does, not by its name: a 评估会议 telling the results
    (通报全市考核结果) reports; a 工作会议 reviewing a named plan (研究审查《规划》成果) is the work."""
    from drafter.distill.facts import news_of_own_work

    bureau, place = "柳州市自然资源和规划局", "柳州市"
    assert not news_of_own_work("8月2日，柳州市自然资源和规划局召开年度考核评估会议，通报全市考核结果。", bureau, place)
    assert news_of_own_work("8月2日，柳州市自然资源和规划局召开项目评审工作会议，研究审查《规划》成果。", bureau, place)
    assert not news_of_own_work("8月2日，柳州市自然资源和规划局召开局党组会议，研究部署下半年规划编制工作。", bureau, place)
    assert news_of_own_work("9月29日，柳州市自然资源和规划局召开专家论证会议，听取编制单位汇报。", bureau, place)
