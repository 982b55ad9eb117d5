"""Results read as results, found on held-out round hd33b (宿州市数据资源管理局, and 宣城市数据资源管理局 from its work
summaries): a summary's paragraph of the year's results opening on the rule it carried out (落实…要求，) was context, and the
draft said only 2020's material was held.

Each test distils the real pages' words (the excerpts as the search store gave them, cut off) through the public path a
user's ``drafter distill`` and ``drafter draft`` take, in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from helpers import distil, fact_saying, seeds_draft, unit_workspace

from drafter.model import DONE

XUANCHENG_AREAS = "宣州区, 广德市, 宁国市, 郎溪县, 泾县, 绩溪县, 旌德县"

# 宣城市数据资源管理局 2023年工作总结, its first lines.
SUMMARY_2023 = """2023年,市数据资源管理局在市委、市政府的正确领导下,紧扣“追赶江浙、争先江淮”目标和市委五届五次全会部署,积极践行“三敢四要”,开拓创新、奋勇争先,推动数据资源和政务服务工作再上新台阶。
一、以试点工作为契机,数字宣城建设稳步提升
(二)政务信息化项目管理逐步规范。落实政务信息化项目建设新范式要求,修订印发实施《宣城市政务信息化项目建设管理办法》,制定《政务信息化项目内部审核验收工作规范(试行)》《政务信息化项目资产管理制度(暂行)》,邀请人大代表、政协委员参与项目审核,建立统一运维机制。全年共审核市级政务信息化项目15个,完成7个项目验收前置审查和项目验收工作,拨付专项债资金1.32亿元,提升政务信息化建设质效。
"""
# Its 2020年工作总结, its first lines and the line of the data gathered (the page prints 13. 47亿条, a space after the point).
SUMMARY_2020 = """2020年宣城市数据资源管理局围绕省局安排部署,聚力加快“数字宣城”“智慧宣城”建设,打造新型“皖事通办”市级平台,全面提升政务服务能力,推进数据资源和政务服务工作再上新台阶。现将有关工作情况总结如下:
一、2020年度工作开展情况和存在问题
(一)强化顶层设计,推进“智慧城市”建设
一是健全组织,启动顶层规划设计。成立加快推进“数字宣城”工作领导小组和“智慧宣城”建设工作专项推进组,建立定期调度、会商、月度通报制度,充分发挥作用,统筹推进。在“数字宣城”建设总体框架内,“智慧宣城”建设、顶层设计与重点工作同步推进,开展“数字宣城”十四五发展规划和“智慧宣城”建设三年行动计划编制工作。
二是不断夯实数据基础。完成“城市大脑”城市级数据库框架建设和管理软件国产化改造工作。完成大数据平台(资产管理平台、数据安全平台、数据治理平台、实时计算平台、数据开发平台、大数据调度平台、共享交换平台等15个子系统)建设。数据汇集工作有序开展,目前共接入36家业务单位、1327张表、13. 47亿条数据。
"""
PROPOSAL_221 = """加快推进信息化共建共治共享的建议

我市信息化建设存在多头建设、重复投入、数据不通等问题。建议：加快推进信息化共建共治共享，建章立制，从源头上规范信息化项目审批、建设和管理。
"""


def _xuancheng(root):
    return unit_workspace(root, "宣城市数据资源管理局", "市数据资源局", "宣城市", XUANCHENG_AREAS)


def test_the_years_results_after_the_rule_carried_out_are_done(tmp_path):
    """F1: 落实政务信息化项目建设新范式要求，…全年共审核市级政务信息化项目15个…拨付专项债资金1.32亿元 was context: its 要求，
    read as someone's words (会议要求，), is the rule the bureau carried out, and the paragraph its year's results."""
    ff = distil(tmp_path, _xuancheng(tmp_path / "ws"), SUMMARY_2023, "2023_宣城市数据资源管理局_2023年工作总结.txt")
    assert fact_saying(ff, "全年共审核市级政务信息化项目15个").kind == DONE


def test_a_placeholder_never_says_only_old_material_is_held_beside_recent_work(tmp_path):
    """F1: drafted in 2024, the ask's placeholder said 已收集的材料中只有2020年的相关情况 and the command 事实库中没有…近年工作事实,
    though the 2023 summary reports the year's 信息化项目 审核 on the point the placeholder names: the comment quotes it."""
    result, out = seeds_draft(tmp_path, _xuancheng(tmp_path / "ws"), {
        "2023_宣城市数据资源管理局_2023年工作总结.txt": SUMMARY_2023,
        "2020_宣城市数据资源管理局_2020年工作总结.txt": SUMMARY_2020}, "221", "加快推进信息化共建共治共享的建议",
        PROPOSAL_221, "--deputy", "孔祥斌", "--proposal", "--date", "2024-06-28")
    notes = "\n".join(c.text for c in docx.Document(out).comments)
    assert "只有2020年" not in notes
    assert "全年共审核市级政务信息化项目15个" in notes
    assert "没有以下建议事项的近年工作事实" not in result.output
    assert "有近年的相关工作材料" in result.output


def test_a_decimal_point_printed_with_a_space_after_it_is_one_number(tmp_path):
    """F2: 13. 47亿条数据 (a mirror's space after the point) became 47亿条, the draft printing 13. 47 with 47亿 alone as the
    figure: it is 13.47亿条, the fact's text without the space; a list number opening a line (1. 2023年…) stays one."""
    ff = distil(tmp_path, _xuancheng(tmp_path / "ws"), SUMMARY_2020 + "1. 2023年，完成数据归集工作。\n",
                "2020_宣城市数据资源管理局_2020年工作总结.txt")
    fact = fact_saying(ff, "1327张表")
    assert "13.47亿条数据" in fact.text
    assert [g.raw for g in fact.figures if g.scale == "亿"] == ["13.47亿条"]
    numbered = fact_saying(ff, "完成数据归集工作")
    assert numbered.text.startswith("2023年")  # (its list number dropped as a list number, not read as 1.2023)


SUZHOU_AREAS = "埇桥区, 砀山县, 萧县, 灵璧县, 泗县"
# 宿州市数据资源管理局's 市数据局2024年工作总结和2025年工作安排: its title, headings and item 5, where the stored page stops.
SUZHOU_SUMMARY = """市数据局2024年工作总结和2025年工作安排
一、2024年工作开展情况及成效
(一)突出政治引领,不断加强党的建设
5、锻造优良干部队伍。坚持党管干部,树立鲜明选人用人导向,营造风清气正选人用人环境。按照忠诚干净担当要求,严把政治标准、德才标准,大力选拔讲政治、肯实干、有实绩的优秀干部到重要岗位任职,逐步完善干部激励、关怀、帮扶机制。在干部选任过程中,严把资格关、职数关和程序关,从严从细抓好各个环节,确保选任质量。今年5月机构改革以来,局党组提拔正科级干部2人,副科级干部2人,晋升职级3人,选派1名干部驻
"""
CADRE_ASK = "关于加强数据资源领域干部队伍建设的建议\n\n建议：加强数据资源部门干部队伍建设，选拔优秀干部到重要岗位任职，完善干部激励机制。\n"


def _suzhou(root):
    return unit_workspace(root, "宿州市数据资源管理局", "市数据资源局", "宿州市", SUZHOU_AREAS)


def test_the_results_counting_what_the_ask_names_stay_beside_the_principle(tmp_path):
    """F3: under 选拔优秀干部到重要岗位任职, the draft kept only the principle (大力选拔…优秀干部到重要岗位任职…) and dropped
    局党组提拔正科级干部2人，副科级干部2人，晋升职级3人, the result counting 干部 the ask names."""
    _, out = seeds_draft(tmp_path, _suzhou(tmp_path / "ws"), {"2024_宿州市数据局_2024年工作总结和2025年工作安排.txt": SUZHOU_SUMMARY},
                         "9", "关于加强数据资源领域干部队伍建设的建议", CADRE_ASK, "--deputy", "张某某", "--date", "2025-05-30")
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "提拔正科级干部2人，副科级干部2人，晋升职级3人" in body


# 农工党宿州市委员会's proposal 0043 as the tester gave it (its asks from the real reply's five 方面).
PROPOSAL_0043 = """关于构建数字经济全产业生态体系 打造皖北地区先进算力节点城市的提案

当前，算力已成为数字经济发展的核心生产力。为此建议：
一是加强政策支持与引导，出台支持算力产业发展的政策措施。
二是加快算力基础设施建设与提升，提升通信网络质量，争取建设国家级新型互联网交换中心。
"""


def test_an_aim_a_measure_follows_is_asked_in_the_placeholder(tmp_path):
    """F5: ask 二 asks both 提升通信网络质量 and the 交换中心; its placeholder named only the 交换中心, 提升… read as an aim the
    measures serve. An aim a measure follows is a matter asked; one closing the ask stays out (see
    test_drafts_for_other_bureaus: …，争取早日解决群众出行难问题)."""
    _, out = seeds_draft(tmp_path, _suzhou(tmp_path / "ws"), {"2024_宿州市数据局_2024年工作总结和2025年工作安排.txt": SUZHOU_SUMMARY},
                         "0043", "关于构建数字经济全产业生态体系 打造皖北地区先进算力节点城市的提案", PROPOSAL_0043,
                         "--deputy", "农工党宿州市委员会", "--proposal", "--date", "2025-05-30")
    body = [p.text for p in docx.Document(out).paragraphs]
    gap = next(p for p in body if "交换中心方面" in p)
    assert "提升通信网络质量" in gap


def test_a_source_without_date_or_place_is_said_and_claims_no_document_date(tmp_path):
    """F6: 市数据局2024年工作总结和2025年工作安排 prints no date and no place: ``sources`` showed — —, distill said nothing, its
    figures of 今年5月… said ``basis: document date`` and the draft's comment 已按来源日期改为“2024年”. Now distill names the file
    and what to fill, the figures are of the report's period, and the draft asks the clerk to fill them and says by what it dated."""
    from click.testing import CliRunner

    from drafter.cli import cli

    ws = _suzhou(tmp_path / "ws")
    page = tmp_path / "2024_宿州市数据局_2024年工作总结和2025年工作安排.txt"
    page.write_text(SUZHOU_SUMMARY, "utf-8")
    said = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(page)])
    assert said.exit_code == 0, said.output
    told = said.output.replace("\n", "")  # (the output wraps its lines)
    assert "工作安排.txt）未能读出成文日期、所属地区" in told and "jurisdiction（所属地区）" in told
    ff = distil(tmp_path, ws, SUZHOU_SUMMARY, page.name)
    cadre = fact_saying(ff, "提拔正科级干部")
    assert cadre.period.basis != "document date" and all(g.basis != "document date" for g in cadre.figures)
    result, out = seeds_draft(tmp_path, ws, {page.name: SUZHOU_SUMMARY}, "9", "关于加强数据资源领域干部队伍建设的建议",
                              CADRE_ASK, "--deputy", "张某某", "--date", "2025-05-30")
    assert "市数据局2024年工作总结和2025年工作安排的成文日期、所属地区在事实库中没有写明" in result.output
    notes = "\n".join(c.text for c in docx.Document(out).comments)
    assert "原文为“今年”" in notes and "来源日期" not in notes


def test_a_clause_the_page_cut_is_marked_and_never_said_as_a_sentence(tmp_path):
    """hd33b F3: the page stops at …晋升职级3人，选派1名干部驻; the draft closed the paragraph 选派1名干部驻。, a cut clause given a
    full stop. Distill marks the clause its page cut (……), its figures kept; the draft ends the sentence on the last whole one."""
    ff = distil(tmp_path, _suzhou(tmp_path / "ws"), SUZHOU_SUMMARY, "2024_宿州市数据局_2024年工作总结和2025年工作安排.txt")
    assert fact_saying(ff, "晋升职级3人").text.endswith("选派1名干部驻……")
    _, out = seeds_draft(tmp_path, _suzhou(tmp_path / "ws2"), {"2024_宿州市数据局_2024年工作总结和2025年工作安排.txt": SUZHOU_SUMMARY}, "9",
                         "关于加强数据资源领域干部队伍建设的建议", CADRE_ASK, "--deputy", "张某某", "--date", "2025-05-30")
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "提拔正科级干部2人，副科级干部2人，晋升职级3人。" in body
    assert "干部驻" not in body
