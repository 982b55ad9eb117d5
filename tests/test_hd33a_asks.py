"""What a draft makes of asks and of a reply's figures and topics, found on held-out round hd33a (连平县档案局, its one 2019
reply as the base, a 2022 proposal on 数字档案馆 drafted from it): an ask opening on a clause of four characters saying how
(全面筹划，稳步推进数字档案馆建设…) was headed and matched by that clause alone — （二）全面筹划, the base's 数字档案馆 fact
left out and its comment saying the bureau had no material.

Each test reads lines of the real reply (lianping.gov.cn, as the page prints them) in a workspace of its own bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import part_two_texts, sections, unit_workspace

import docx

from drafter.cli import cli

# 连平县档案局's reply to 县政协十届四次会议第09号提案 (lianping.gov.cn post_314526, 2019-08-05), some of its lines.
LIANPING_09 = """对连平县政协十届四次会议委员提案(第09号)的答复
卢东宁委员:
您提出的《关于加大支持力度,促进档案事业发展的提案》收悉,现将有关情况答复如下:
我县一直致力于档案事业的发展,现已取得了一定的成绩。
一是档案馆舍建设完成了项目选址、建设方案设计等前期工作,并成功举行了动工奠基仪式,目前已完成了大楼基坑的开挖工作。
二是我县两次组织全县机关单位档案员和有志于从事档案工作的人员参加了省档案局举办的档案知识培训班,加强了档案工作者的知识武装。
七是我县已完成了数字档案馆建设项目的招投标和合同的签订,正计划腾出场地开展档案全文扫描事宜。
连平县档案局
2019年8月5日
"""
LIANPING_09_NAME = "连平县档案局_2019_县政协十届四次会议第09号提案答复.txt"

# hd33a's proposal, its asks as 赤壁市档案馆's real reply heads them (the proposal's two points).
DIGITAL_ASKS = """关于加快数字档案馆建设的提案
建议：
一、部门联合，多方发力，完善智慧档案、档案信息化规划建设。
二、全面筹划，稳步推进数字档案馆建设，完善档案馆新馆功能建设。
"""


def _lianping(tmp_path, page: str = LIANPING_09):
    ws = unit_workspace(tmp_path / "ws", "连平县档案局", "县档案局", "连平县", "元善镇, 忠信镇, 隆街镇, 上坪镇", "我县档案工作")
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / LIANPING_09_NAME).write_text(page, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(folder)]).exit_code == 0
    return ws


def _digital_draft(tmp_path, ws, text: str = DIGITAL_ASKS):
    (tmp_path / "suggestion.txt").write_text(text, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "47", "关于加快数字档案馆建设的提案", "--proposal",
                                      "--deputy", "陈国华", "--date", "2020-11-17", "--text", str(tmp_path / "suggestion.txt"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result, docx.Document(out)


def test_a_lead_in_clause_heads_with_the_matter_it_frames(tmp_path):
    """hd33a F1, F2: 部门联合，多方发力，… and 全面筹划，… are headed by the clause saying what is done, with the lead-ins that
    fit (部门联合 dropped: all three clauses are too long for a heading); the 数字档案馆 fact answers the second ask."""
    result, document = _digital_draft(tmp_path, _lianping(tmp_path))
    headings = list(sections(document))
    assert headings[:2] == ["多方发力，完善智慧档案、档案信息化规划建设", "全面筹划，稳步推进数字档案馆建设"], headings
    assert "数字档案馆建设项目的招投标" in "".join(sections(document)[headings[1]])
    items = part_two_texts(document)
    assert items[1].startswith("（二）全面筹划，稳步推进数字档案馆建设。"), items
    assert "部门联合、全面筹划" not in result.output.replace("\n", "")




def test_archive_volumes_and_a_rate_per_volume_are_figures_of_their_own_unit(tmp_path):
    """hd33a F4: 资料636卷（件） was no figure, and 按3元/卷的标准 was 3元 counting 按 — a rate per volume is one unit, 元/卷,
    and a preposition names nothing counted."""
    page = LIANPING_09.replace("七是", "五是今年已按3元/卷的标准将档案保管和保护费纳入财政预算中,有效保障了档案工作的顺利进行。\n"
                               "六是今年上半年,县档案馆共接待查档人士233人次,提供档案、现行文件等资料636卷(件),为我县社会各界人士调解纠纷、"
                               "落实政策、编史修志等方面提供了大量资料,发挥了档案工作的应有价值。\n七是")
    from drafter.facts.index import FactIndex

    figures = {g.raw: g for f in FactIndex.load(_lianping(tmp_path, page)).facts.values() for g in f.figures}
    assert figures["636卷"].unit == "卷" and figures["636卷"].counts == "资料", figures
    assert figures["3元/卷"].unit == "元/卷" and figures["3元/卷"].counts is None, figures


def test_topics_are_cut_at_verbs_time_words_and_words_of_degree(tmp_path):
    """hd33a F5: 从事档案工作 gave 事档案, 及时反馈检查 时反馈检查, 今年已按 stood as a topic, and the title 加大支持力度，促进档案
    事业发展 gave 加大 and 力度 to every fact of the reply."""
    page = LIANPING_09.replace("七是", "四是今年以来,我县常态性开展了档案指导和档案安全检查工作,并及时反馈检查情况和存在问题,"
                               "进一步推动我县各单位档案室的规范化管理。\n五是今年已按3元/卷的标准将档案保管和保护费纳入财政预算中,"
                               "有效保障了档案工作的顺利进行。\n七是")
    from drafter.facts.index import FactIndex

    topics = [t for f in FactIndex.load(_lianping(tmp_path, page)).facts.values() for t in f.topics]
    assert "反馈检查" in topics and "档案事业发展" in topics, topics
    assert not {"事档案", "时反馈检查", "今年已按", "加大", "力度"} & set(topics), topics
    assert not [t for t in topics if t.startswith(("今年", "加大"))], topics
