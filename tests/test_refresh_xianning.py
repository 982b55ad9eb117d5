"""refresh on 咸宁市科学技术局's co-replies (会办意见 of 2021 and 2022, corpus 09 and 10): a year-end
report's figure supersedes an older figure counting the same thing, unit and place though its clause
is worded otherwise (成功培育 / 新培育), and a total is never taken for what a year added."""

from __future__ import annotations

import json

from click.testing import CliRunner
from helpers import needs_corpus, xianning_refreshed

from drafter.cli import cli

# The bureau's 2025 year-end report as qa17's clerk uploaded it, and a total of the same thing.
REPORT = """咸宁市科学技术局2025年工作总结
（2026年1月10日）
2025年，我局认真贯彻落实市委、市政府决策部署，科技创新工作取得新成效。
一、农业科技示范基地建设。2025年，全市共认定市级农业科技示范基地52家，新培育湖北省乡村振兴科技创新示范基地4家。
二、科技成果转化。2025年，全市技术合同成交额达到85.6亿元，比上年增长18%。
三、示范基地总量。截至2025年底，全市现有湖北省乡村振兴科技创新示范基地9家。
"""


@needs_corpus
def test_a_newer_count_of_the_same_thing_supersedes_a_co_replys_worded_otherwise(tmp_path):
    root, report = xianning_refreshed(tmp_path, REPORT)
    pairs = {(h["raw"], h["new"]["raw"]) for h in report["superseded_figures"]}
    # 成功培育…2家（…、…） of 2021 and 新培育…4家 of 2025: what a year added, both
    assert ("2家", "4家") in pairs
    # 现有…9家 is the total at the end of 2025: asked about, not taken for a new value of the 2家
    asked = {(m["new"]["raw"], c["raw"]) for m in report["ambiguous"] for c in m["candidates"]}
    assert ("9家", "2家") in asked and not any(new == "9家" for _, new in pairs)
    shown = CliRunner().invoke(cli, ["-w", str(root), "facts", "湖北省乡村振兴科技创新示范基地", "--json"])
    assert shown.exit_code == 0, shown.output
    old = [f for f in json.loads(shown.output) if "成功培育" in f["text"]]
    assert old and all(g["superseded_by"] for f in old for g in f["figures"] if g["raw"] == "2家")
