"""A paragraph of a work summary goes under the ask whose phrase it names, not one it shares only words of the field
with in passing (hd23a, 南通市应急管理局, 市政协第0396号提案): its 智慧应急“星火计划” result was left out and 打造智慧应急创新场景
kept a placeholder, while 加强数据治理能力 got its general lead (深入学习贯彻…形势总体平稳) and accident figures, for it says
隐患排查治理 and 大数据."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import sections, unit_workspace

from drafter.cli import cli

# The opening paragraph of the bureau's 2024 work summary (yjgl.nantong.gov.cn 计划总结), as the page has it.
SUMMARY = """南通市应急管理局2024年工作总结
2025年1月20日

2024年,南通市应急管理局深入学习贯彻习近平总书记关于安全生产、应急管理、防灾减灾救灾重要论述和重要指示批示精神,坚持以推进安全生产治本攻坚三年行动为主线,紧盯重点行业领域,狠抓安全生产责任落实,强化风险辨识管控和隐患排查治理,持续提升应急减灾能力,全市安全生产形势总体平稳。2024年,全市各类生产安全事故起数、死亡人数同比分别下降9.2%、14.3%。被国家防灾减灾救灾委员会确定为“灾害救助+金融保险”市级试点单位,被应急管理部确定为全国生产安全事故统计工作试点城市。被表彰为全国应急管理、防灾减灾新闻宣传和舆论阵地建设先进单位。应急广播体系建设经验做法为全省唯一获国家普查办通报表扬案例。“电力气象联合大数据创新运用”“非现场执法”被列入应急管理部2024年智慧应急“星火计划”重点培育创新应用试点。“厂中厂”安全治理、“监管人员+行业专家”检查、安全生产协作组、救灾物资储备体系建设等经验做法被应急管理部全国推广。代表江苏省参加全国第五届应急管理普法知识竞赛总决赛荣获第二名并获评优秀组织单位。被省人社厅、应急管理厅表彰为全省应急管理先进集体,市局青工委被命名为全省青年文明号。危险化学品综合监管和粉尘涉爆专项整治工作分别被省政府办公厅《每日要情》录用。参加首届江苏省危化品应急救援技能大赛荣获总分团体第二名、斩获5个单项奖。治本攻坚三年行动、基层灾害性天气防范应对工作试点、危险化学品老旧装置改造、粉尘涉爆专项整治、安全生产协作组等经验做法被全省推广。
"""
TITLE = "以新质生产力引领应急管理现代化水平不断提升的建议"
# The proposal's two asks, as the bureau's reply heads them (the held-out 第0396号提案答复).
PROPOSAL = f"""{TITLE}
提案人：九三学社南通市委员会

建议：
一、加强数据治理能力，稳步推进安全生产智能化管理与数字化转型。搭建应急监管数字化底座，整合重点危化品企业、重点工贸企业信息，实现对各类危险源的实时精准监测与预警。
二、打造智慧应急创新场景，运用现代化技术手段提升公众安全素质和防护意识。
"""


def test_the_smart_emergency_result_answers_its_ask_and_the_summary_lead_none(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "南通市应急管理局", "市应急管理局", "南通市", "崇川区, 通州区, 海门区")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "summary.txt").write_text(SUMMARY, "utf-8")
    (tmp_path / "0396.txt").write_text(PROPOSAL, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)]).exit_code == 0
    out = tmp_path / "0396.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "0396", TITLE, "--deputy", "九三学社南通市委员会",
                                 "--proposal", "--date", "2025-10-15", "--text", str(tmp_path / "0396.txt"),
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    drafted = sections(docx.Document(out))
    smart, data = "".join(drafted["打造智慧应急创新场景"]), "".join(drafted["加强数据治理能力"])
    assert "智慧应急“星火计划”重点培育创新应用试点" in smart, smart
    assert "【待补充：" not in smart
    assert not any(w in data for w in ("深入学习贯彻", "形势总体平稳", "9.2%", "厂中厂")), data
    assert "【待补充：" in data
