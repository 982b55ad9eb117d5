"""Held-out round hd23d (维西傈僳族自治县文化和旅游局): the title 关于着力打造达摩祖师洞旅游品牌，推动我县旅游发展的建议 found
none of the county's 2023 tourism results, as its 我县 was no word of the search and a fact must share three. 我县 (全县,
本县) of a title is the bureau's own place as a whole, searched as the facts on it say it (维西县, 全县): one word with the
topic's, never enough alone (全县最高海拔4880米 says the place and nothing of 旅游发展)."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import unit_workspace

from drafter.cli import cli

# hd23d's seed 2023-11-24_维西县推进文旅深度融合发展_新闻.txt (a news page in traditional characters, its clutter kept): its
# title, its first paragraph and its last line.
ARTICLE = """推進文旅深度融合發展 共繪“詩和遠方”美好畫卷
近年來,維西縣以新發展理念為(wei) 引領,以資源稟賦為(wei) 支撐,積極探索文旅融合路徑,並把全域旅遊與(yu) 鄉(xiang) 村振興(xing) 同謀劃、同布局、同落實,全力推動文化旅遊業(ye) 高質量發展。截至2023年9月,全縣直接或間接旅遊從(cong) 業(ye) 人員1600餘(yu) 人,已建酒店、民宿308家,2023年以來接待國內(nei) 外遊客209.61萬(wan) 人次,實現旅遊社會(hui) 總收入239745.82萬(wan) 元。
維西縣氣候溫潤,全縣最高海拔4880米,
"""
TITLE = "关于着力打造达摩祖师洞旅游品牌，推动我县旅游发展的建议"
# hd23d's suggestion.txt: the title and the three asks the real reply repeats.
SUGGESTION = """关于着力打造达摩祖师洞旅游品牌，推动我县旅游发展的建议

达摩祖师洞是我县重要的宗教文化圣地与历史遗存，兼具深厚的宗教文化底蕴和独特的自然人文景观。为着力打造达摩祖师洞旅游品牌，推动我县旅游发展，建议：
一、深入挖掘宗教、非遗、民族文化资源。
二、完善达摩祖师洞基础设施。
三、强化宣传推广。
"""


def _draft(tmp_path, *options: str) -> str:
    """The article distilled in a workspace of 维西县's bureau and suggestion 79 drafted from it (``options``): its text."""
    root = tmp_path / "ws"
    unit_workspace(root, "维西傈僳族自治县文化和旅游局", "县文化和旅游局", "维西县", "保和镇, 叶枝镇, 塔城镇")
    (tmp_path / "2023-11-24_article.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "suggestion.txt").write_text(SUGGESTION, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(root), "distill", str(tmp_path / "2023-11-24_article.txt")]).exit_code == 0
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(root), "draft", "79", TITLE, "--deputy", "李顺才", "--type", "B",
                                 "--date", "2025-09-26", "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return "\n".join(p.text for p in docx.Document(out).paragraphs)


def test_a_title_on_our_county_finds_the_countys_results_on_its_matter(tmp_path):
    said = _draft(tmp_path)
    assert "209.61万人次" in said and "308家" in said, said
    assert "4880米" not in said, said  # the place alone is no topic


def test_the_asks_of_a_suggestion_on_our_county_are_opened_by_the_countys_results(tmp_path):
    said = _draft(tmp_path, "--text", str(tmp_path / "suggestion.txt"))
    assert "209.61万人次" in said and "4880米" not in said, said
