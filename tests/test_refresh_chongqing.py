"""refresh on 重庆市科学技术局's corpus replies: a year-end report's figures supersede the older
figures of the same measures, figure by figure, and a draft then states the newer only."""

from __future__ import annotations

import json
import shutil

import docx
from click.testing import CliRunner
from helpers import CORPUS, left_out

from drafter.cli import cli

# An excerpt of the bureau's 2025 year-end report (undated, as such a report is): the newer values
# of figures its 2024 replies and its 2025-05 proposal reply (0883) state.
REPORT = """重庆市科学技术局2025年工作总结

一、科技成果转化
2025年，全市技术合同成交额达到1120.5亿元，同比增长29.5%。建设重庆市技术转移研究院，全年汇交科技成果1500余项，挖掘企业技术创新和成果转移需求260余项，推介科技成果1500余项，落地120余项。

二、创新平台建设
截至2025年底，建设全国重点实验室13个，布局建设川渝共建重点实验室14个，市级重点实验室220个，市级以上科技平台基地1400家。
"""


def _refresh(root, *extra):
    result = CliRunner().invoke(cli, ["-w", str(root), "refresh", str(root.parent / "2025年工作总结.txt"), *extra])
    assert result.exit_code == 0, result.output
    return result


def test_a_year_end_report_supersedes_each_older_figure_of_its_measures(chongqing, tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(chongqing, root)
    (tmp_path / "2025年工作总结.txt").write_text(REPORT, "utf-8")
    preview = json.loads(_refresh(root, "--dry-run", "--json").output)
    pairs = {(h["raw"], h["new"]["raw"]) for h in preview["superseded_figures"]}
    # the 0883 reply of 2025-05 is older than the report of the whole year 2025; 实现 and 达到 say one thing
    assert {("11个", "13个"), ("11个", "14个"), ("206个", "220个"), ("1292家", "1400家"),
            ("865.1亿元", "1120.5亿元")} <= pairs
    # B003's 汇交了科技成果1200余项 and the report's 汇交科技成果1500余项: 了 splits no name
    assert ("汇交了科技成果", "汇交科技成果") in {(h["counts"], h["new"]["counts"]) for h in preview["superseded_figures"]}
    # two measures of one unit stay apart
    assert not {("206个", "13个"), ("11个", "220个")} & pairs
    # a clause worded otherwise (签约落地 / 落地) is asked about, not passed over nor superseded
    asked = {(m["new"]["raw"], c["raw"]) for m in preview["ambiguous"] for c in m["candidates"]}
    assert ("120余项", "80余项") in asked and not any(old == "80余项" for old, _ in pairs)
    assert "请人工确认" in _refresh(root, "--dry-run").output
    _refresh(root)
    out = tmp_path / "r0456.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "0456", "关于加强重点实验室建设的提案", "--deputy", "刘某", "--session",
        "市政协六届三次会议", "--proposal", "--type", "B", "--date", "2026-05-10", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "全国重点实验室13个" in text and "市级重点实验室220个" in text
    assert "重点实验室11个" not in text and "206个" not in text and "1292家" not in text


def test_a_report_applied_again_after_a_harvest_says_what_is_newer(chongqing, tmp_path):
    root = left_out(chongqing, tmp_path, "02")  # B003's reply (技术合同成交额865.1亿元), filed later
    (tmp_path / "2025年工作总结.txt").write_text(REPORT, "utf-8")
    _refresh(root)
    assert "此前已" in _refresh(root).output.splitlines()[0]
    harvested = CliRunner().invoke(cli, ["-w", str(root), "harvest", "--force",
                                         str(CORPUS / "02_chongqing_reply_2024.txt")])
    assert harvested.exit_code == 0, harvested.output
    again = _refresh(root, "--dry-run")
    head = "".join(again.output.split("事实更新")[0].split())
    assert "此前已用重庆市科学技术局2025年工作总结更新过事实库" in head and "B003号" in head, again.output
    assert "865.1亿元（2023） → 1120.5亿元（2025）" in again.output
    assert json.loads(_refresh(root, "--dry-run", "--json").output)["applied_before"] is True


# A year-end report counting the city's key laboratories of every level (constructed, as REPORT): 全国重点实验室 is a class of its
# own, not the city's 重点实验室.
ALL_LABS = """重庆市科学技术局2025年工作总结

二、创新平台建设
截至2025年底，建设重点实验室240个，市级重点实验室220个。
"""


def test_a_count_of_key_laboratories_is_no_new_value_of_the_national_ones(chongqing, tmp_path):
    """建设重点实验室240个 superseded 0883's 建设全国重点实验室11个: the measure's name dropped 全国 as the nation whole, a scope
    (as 全市 is), where opening a counted name it names the class (国家, 省级 and 市级 ones are others). 全国 stays in the name."""
    root = tmp_path / "ws"
    shutil.copytree(chongqing, root)
    (tmp_path / "2025年工作总结.txt").write_text(ALL_LABS, "utf-8")
    preview = json.loads(_refresh(root, "--dry-run", "--json").output)
    pairs = {(h["raw"], h["new"]["raw"]) for h in preview["superseded_figures"]}
    assert ("206个", "220个") in pairs and not any(old == "11个" for old, _ in pairs), pairs
    assert not [m for m in preview["ambiguous"] for c in m["candidates"] if c["raw"] == "11个"], preview["ambiguous"]
