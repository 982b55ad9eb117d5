"""Drafts for another bureau, second round: 重庆市巴南区水利局, a district's water bureau (issue 8:
the rules must hold for places and kinds of bureau the team never tuned on).

Four of its published documents were gathered (replies to 区政协十五届二次会议第147号提案, to
区十九届人大四次会议第315号 and 区十九届人大六次会议第311号、第124号建议, and an excerpt of the
district's water plan to 2025); a workspace for the bureau distilled all but the 124 reply and drafted
124 (关于对石滩镇梯子口水库进行维修整治的建议, 李强) from its number, title, deputy and session, dated
a few days after the real reply, as a clerk does who has only the title. What a clerk found there:

- the draft worked 围绕对石滩镇梯子口水库进行维修整治 (the title's 对…进行… kept with its preposition)
  where a clerk writes 围绕石滩镇梯子口水库维修整治;
- the 315 reply's sign-off (此答复函已经蒋文局长审签，对以上答复您有什么意见，请填写…回执…) was distilled
  as a fact of work done, a sentence a draft could quote as the bureau's result;
- the district's water plan, which names its place only short (实施巴南城市供水…, 巴南全区), was of no
  place: its facts were not the bureau's own, and no draft on its matters used them;
- read as the bureau's, that plan's target (到2025年，新增日供水能力5万立方米，农村自来水普及率达到92%)
  stood in part one of a June 2025 draft as work done, a figure not yet reached reported as reached;

The fixtures (tests/fixtures/other/banan_*) are the pages' texts as published, cut to what a test needs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import yaml
from click.testing import CliRunner
from helpers import REPO, base_facts

from drafter.cli import cli

OTHER = REPO / "tests" / "fixtures" / "other"
REPLY_315 = OTHER / "banan_slj_reply_315_2024.txt"
PLAN = OTHER / "banan_water_plan_excerpt.txt"

BANAN = """\
organisation:
  name: 重庆市巴南区水利局
  short_name: 区水利局
  jurisdiction: 巴南区
signatory: 某某某
contact: 某某
phone: 023-00000000
cc:
  suggestion:
    - [区人大常委会人代工委]
    - [区政府督查室]
"""


def banan(root: Path, *sources: Path) -> Path:
    """A workspace of 重庆市巴南区水利局 at ``root`` (its drafter.yaml, the repository's templates)
    with ``sources`` distilled."""
    root.mkdir()
    (root / "drafter.yaml").write_text(BANAN, "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    if sources:
        result = CliRunner().invoke(cli, ["-w", str(root), "distill", *map(str, sources)])
        assert result.exit_code == 0, result.output
    return root


def draft_124(root: Path, tmp_path: Path, *extra: str) -> list[str]:
    """Suggestion 124 drafted in ``root`` from its title alone, dated four days after the real reply;
    the draft's paragraphs."""
    out = tmp_path / "124.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "124", "关于对石滩镇梯子口水库进行维修整治的建议", "--deputy", "李强",
        "--session", "区十九届人大六次会议", "--date", "2025-05-13", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(str(out)).paragraphs]


def test_a_title_saying_what_is_done_to_a_thing_is_worked_on_as_that_thing_and_that_work(tmp_path):
    """关于对石滩镇梯子口水库进行维修整治的建议: the work is 围绕石滩镇梯子口水库维修整治, in part one's
    overview, part two's lead-in and its placeholder — never 围绕对…进行…."""
    text = "\n".join(draft_124(banan(tmp_path / "ws"), tmp_path))
    assert "围绕石滩镇梯子口水库维修整治" in text, text
    assert "石滩镇梯子口水库维修整治方面的下一步举措" in text, text
    assert "对石滩镇梯子口水库进行" not in text.split("答复如下", 1)[1], text


def test_a_replys_sign_off_is_no_fact(tmp_path):
    """此答复函已经蒋文局长审签，对以上答复您有什么意见，请填写《…回执》… closes the letter: who signed it and
    how the deputy answers; the facts of the 315 reply are its work on 丰盛镇's water supply only."""
    root = banan(tmp_path / "ws", REPLY_315)
    texts = [f["text"] for f in base_facts(root)]
    assert texts and any("丰盛供水站扩网连通工程" in t for t in texts), texts
    assert not [t for t in texts if "审签" in t or "回执" in t], texts


def test_a_text_naming_its_place_short_and_whole_is_of_that_place(tmp_path):
    """The plan excerpt says 巴南 three times and 巴南全区 once, never 巴南区: it is of 巴南区, and its
    facts are the bureau's own."""
    root = banan(tmp_path / "ws", PLAN)
    source = yaml.safe_load(next((root / "facts").glob("*.yaml")).read_text("utf-8"))
    assert source["source"]["jurisdiction"] == "巴南区", source["source"]
    assert all(f["jurisdiction"] == "巴南区" and not f.get("external") for f in source["facts"]), source["facts"]


def test_a_target_to_reach_is_a_plan_never_a_result(tmp_path):
    """到2025年，…农村自来水普及率达到92% is what the plan aims at: a draft of June 2025 on rural water
    supply reports it nowhere in part one; where it stands, it is a next step."""
    root = banan(tmp_path / "ws", PLAN)
    kinds = {f["text"]: f["kind"] for f in base_facts(root)}
    aimed = [t for t in kinds if "普及率达到92%" in t]
    assert aimed and all(kinds[t] == "plan" for t in aimed), kinds
    out = tmp_path / "201.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "201", "关于加快推进农村供水保障工程建设的建议", "--deputy", "张某",
        "--session", "区十九届人大六次会议", "--date", "2025-06-10", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    part_one = text.split("一、基本情况", 1)[1].split("二、下一步工作计划", 1)[0]
    assert "92%" not in part_one, part_one
