"""h310: the bureau's older plan on an ask the base holds no plan of this year for is quoted in part two's comment on that
item whatever the reply's class — its year, source and sentence, and whether it goes on this year — never in the body.
hd54c's suggestion 96 drafted as type A and B said only that no plan was held (the ask's words as the bureau's step),
while the bureau's 2021 reply planned 继续向上级部门申报，争取有关资金、项目支持 on the road; its C draft quoted it (h295)."""

from __future__ import annotations

import docx
import pytest
from helpers import XSBN_96, XSBN_96_TITLE, XSBN_SEEDS, comments_on, seeds_draft, unit_workspace

from drafter.workspace import load_workspace

OLDER = "继续向上级部门申报，争取有关资金、项目支持"  # the 2021 reply's plan (XSBN_2021's last paragraph)
SOURCE = "对州十三届人大六次会议第20号建议的答复"


def part_two_item(tmp_path, kind: str, text: str = XSBN_96, draft: str = "") -> tuple[str, str, list[str]]:
    """hd54c's suggestion 96 drafted as ``kind`` from its two seeds (the workspace's ``draft:`` settings ``draft``): part
    two's one item, its comment quoting the 2021 plan, and the draft's paragraphs."""
    ws = unit_workspace(tmp_path / "ws", "西双版纳傣族自治州交通运输局", "州交通运输局", "西双版纳州", "景洪市, 勐海县, 勐腊县")
    if draft:
        (ws.root / "drafter.yaml").write_text((ws.root / "drafter.yaml").read_text("utf-8") + f"draft:\n  {draft}\n", "utf-8")
        ws = load_workspace(ws.root)
    _, out = seeds_draft(tmp_path, ws, XSBN_SEEDS, "96", XSBN_96_TITLE, text, "--deputy", "岩香", "--session",
                         "州十四届人大四次会议", "--type", kind, "--date", "2024-09-06")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    item = paragraphs[paragraphs.index("二、下一步工作计划") + 2]  # (after the lead-in: the ask's one item)
    assert "道路硬化项目" in item
    return item, next(c for c in comments_on(out, item) if OLDER in c), paragraphs


@pytest.mark.parametrize("kind", ["A", "B", "C"])
def test_the_older_plan_is_quoted_in_part_twos_comment_whatever_the_class(tmp_path, kind):
    _, note, paragraphs = part_two_item(tmp_path, kind)
    assert f"只有2021年的（{SOURCE}）" in note
    # asked whether it goes on, once: by the plan's own question, or as material where the note asks that already (cm57)
    assert ("是否延续到2024年" in note) != ("”可作参照。" in note) and note.count("请核实") == 1, note
    assert "没有该方面的工作计划" not in note  # (no "no plan" beside the plan it quotes)
    assert not any(OLDER in p for p in paragraphs)  # (in the comment only: the body holds none of its words)


def test_the_older_plan_follows_the_comment_of_an_item_written_from_the_asks_measures(tmp_path):
    """A workspace writing what the ask proposes into the item (``asked_measures: text``; the suggestion probed with a
    measure of its own): the comment says no plan of 2024, then the 2021 plan to confirm."""
    text = XSBN_96.replace("开展该道路硬化项目工程建设。", "开展该道路硬化项目工程建设，完善路面排水设施。")
    item, note, paragraphs = part_two_item(tmp_path, "B", text, "asked_measures: text")
    assert "完善路面排水设施" in item and note.startswith("已收集的材料中没有2024年此方面的工作计划")
    assert f"2021年的计划（{SOURCE}）此项写的是" in note and note.endswith("是否延续到2024年。")
    assert not any(OLDER in p for p in paragraphs)
