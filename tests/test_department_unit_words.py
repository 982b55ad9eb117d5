"""The unit words the place reader finds organisation names with (distill.places.ORG_WORDS) are the
grammar's departments and organ words, declared once there: every department the grammar knows by
its short name (市卫健委, 区住建局) is a unit to the place reader too, so a text that calls itself by
it names its issuer; the seeds, the corpus and the held-out pages read as before."""

from __future__ import annotations


from helpers import distil

from drafter.distill.places import org_names, short_forms


def test_every_department_the_grammar_names_is_a_unit_word():
    assert org_names("鲤城区住建局、鲤城区卫健委、泉州市文旅局联合开展调研") == ["鲤城区住建局", "鲤城区卫健委", "泉州市文旅局"]
    assert org_names("泉州市科学技术局、泉州市人民政府、綦江区新城建设管理委员会") == [
        "泉州市科学技术局", "泉州市人民政府", "綦江区新城建设管理委员会"]
    assert short_forms("市卫健委高度重视。市卫健委将继续推进。") == {"市卫健委": 2}


REPLY = """关于市十七届人大五次会议第2345号建议的答复

李某代表：
您提出的《关于加强基层医疗卫生人才队伍建设的建议》收悉，现答复如下：
近年来，市卫健委高度重视基层医疗卫生人才队伍建设。2024年，全市招聘基层医疗卫生人员320名，培训乡村医生1500人次。
下一步，市卫健委将进一步完善基层人才激励机制。
感谢您对我市卫生健康工作的关心和支持。

2025年5月20日
"""


def test_a_reply_that_names_itself_by_a_departments_short_name_has_that_issuer(tmp_path, workspace):
    assert distil(tmp_path, workspace, REPLY, "reply.txt").source.issuer == "市卫健委"  # was none


REPORT = """上海市科学技术委员会2025年工作总结
沪科〔2026〕5号
2026年1月20日

2025年，市科委深入贯彻落实市委、市政府决策部署，加快建设具有全球影响力的科技创新中心，各项工作取得新进展。
一、科普工作
（一）提升公民科学素质。2025年，上海具备科学素质的公民比例达到30.15%，继续保持全国前列。
"""


def test_a_committee_heading_its_report_is_named_whole(tmp_path):
    """qa18: a report titled 上海市科学技术委员会2025年工作总结 was filed as 发文单位 上海市科学技术委 — its letterhead cut at
    the 委 of 委员会; so was a 委员会 alone on its letterhead line."""
    from drafter.workspace import load_workspace

    assert run_init(tmp_path / "ws").exit_code == 0
    ws = load_workspace(tmp_path / "ws")
    assert distil(tmp_path, ws, REPORT, "report.txt").source.issuer == "上海市科学技术委员会"
    alone = "闵行区科学技术委员会\n" + REPORT.replace("上海市科学技术委员会2025年", "闵行区科学技术委员会2025年", 1).replace(
        "市科委", "区科委").replace("沪科", "闵科委")
    assert distil(tmp_path, ws, alone, "minhang.txt").source.issuer == "闵行区科学技术委员会"


def run_init(root):
    from click.testing import CliRunner

    from drafter.cli import cli

    return CliRunner().invoke(cli, ["init", str(root), "--name", "上海市科学技术委员会", "--area", "闵行区"])
