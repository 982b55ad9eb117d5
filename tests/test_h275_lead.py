"""h275: part one's lead (近年来，我局立足工作职责，围绕…积极开展工作，主要做法和成效如下：) claims no more than the items under it
show (hd51a, 香格里拉市民政局): not the bureau's work over another unit's deed alone, not the ask's object no item names."""

from __future__ import annotations

import docx
import pytest

from helpers import XIANGGELILA_NOTICE as NOTICE_2023, XIANGGELILA_NOTICE_NAME as NOTICE_NAME
from helpers import seeds_draft
from helpers import xianggelila_workspace as _xianggelila

TITLE = "关于完善仓觉村村民小组集体公墓的建议"
TEXT = f"{TITLE}\n\n领衔代表：和玉龙\n\n建议完善五境乡仓觉村村民小组集体公墓。\n"
LEAD = "近年来，我局立足工作职责，"


def _part_one(tmp_path, seeds: dict[str, str]) -> list[str]:
    _, out = seeds_draft(tmp_path, _xianggelila(tmp_path), seeds, "1", TITLE, TEXT,
                         "--deputy", "和玉龙", "--type", "B", "--date", "2023-06-17", "--force")
    body = [p.text for p in docx.Document(out).paragraphs]
    return body[body.index("一、基本情况") + 1:body.index("二、下一步工作计划")]


def test_no_lead_claims_the_bureaus_work_over_another_units_deed(tmp_path):
    """hd51a: «近年来，我局立足工作职责，围绕完善仓觉村村民小组集体公墓积极开展工作，主要做法和成效如下：» stood over the one item
    «2023年1月，市政府办公室印发《香格里拉市殡葬管理办法》…», the city government's rule (民政 of the 民政局 was read in 人民政府):
    the item stands alone, no lead claiming the bureau's work on 仓觉村, of which the base holds nothing."""
    part = _part_one(tmp_path, {NOTICE_NAME: NOTICE_2023})
    assert part[0] == "2023年1月，市政府办公室印发《香格里拉市殡葬管理办法》（香政规〔2023〕1号）。", part
    assert not any(LEAD in p or "仓觉村" in p for p in part), part


# The bureau's own account (a 民政局's work summary, in the words of its reply on the matter, hd51a's held-out reply).
OWN_REPORT = (
    "香格里拉市民政局2021年工作总结\n\n"
    "  一、工作开展情况\n\n"
    "  我局根据推进殡葬改革的相关政策，结合实际积极争取项目，2021年财政支持五境乡仓觉村骨灰堂60万元，并筹集资金90万元，"
    "完成了五境乡仓觉村骨灰堂（公益性公墓）项目建设，目前骨灰堂（公益性公墓）已投入使用。\n")


def test_the_bureaus_own_work_on_the_asked_thing_keeps_its_lead(tmp_path):
    """The bureau's own work on the cemetery asked for: the lead names it, as before."""
    part = _part_one(tmp_path, {"2022-01-10_工作总结.txt": OWN_REPORT})
    assert part[0] == f"{LEAD}围绕完善仓觉村村民小组集体公墓积极开展工作，主要做法和成效如下：", part
    assert "仓觉村骨灰堂" in part[1], part


@pytest.mark.parametrize(("told", "reported"), [
    ("2021年，改造提升7处敬老院、运营兴办30处社区幸福食堂。", True),  # a setting of its field names it (hd38a)
    ("2023年，我局完成了五境乡仓觉村骨灰堂（公益性公墓）项目建设。", True),  # its head
    ("2023年，我局开展婚姻登记窗口标准化建设，办理结婚登记1200对。", False),  # nothing of it by any name
])
def test_a_concern_no_item_says_is_not_claimed(told, reported):
    from types import SimpleNamespace

    from drafter.compose.reply import concern_reported

    ws = SimpleNamespace(synonyms=[])
    item = SimpleNamespace(sentences=[told], fact=SimpleNamespace(text=told))
    selection = SimpleNamespace(sections=[SimpleNamespace(items=[item])])
    concern = "完善居家及社区老年照护体系" if "敬老院" in told else "完善仓觉村村民小组集体公墓"
    assert concern_reported(concern, selection, ws) is reported


def test_the_governments_name_says_no_field_of_a_civil_affairs_bureau(tmp_path):
    from helpers import unit_workspace

    from drafter.compose.select import in_own_field

    ws = unit_workspace(tmp_path / "ws", "香格里拉市民政局", "市民政局", "香格里拉市")
    assert not in_own_field("经三届市人民政府第11次常务会议研究审议通过，现将《香格里拉市殡葬管理办法》印发给你们。", ws)
    assert in_own_field("全市民政系统开展殡葬领域专项整治。", ws)


def test_a_field_is_the_lead_of_the_work_in_it_though_no_item_says_its_words():
    """A concern that is a field, no one place's thing (生态环境保护 of a 生态环境局; 加强城市商业活力 of a 商务局): the lead names it
    over results in it told in other words (hd24's 国考断面水质优良率100%) — only a thing of one named place (仓觉村) must be said."""
    from types import SimpleNamespace

    from drafter.compose.reply import concern_reported

    told = "2021年西安市6个国考断面水质连续两年实现国考断面水质优良率100%。"
    item = SimpleNamespace(sentences=[told], fact=SimpleNamespace(text=told))
    selection = SimpleNamespace(sections=[SimpleNamespace(items=[item])])
    assert concern_reported("生态环境保护", selection, SimpleNamespace(synonyms=[]))
    assert not concern_reported("完善仓觉村村民小组集体公墓", selection, SimpleNamespace(synonyms=[]))
