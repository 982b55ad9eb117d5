"""h276: two findings of the rs7 blind re-scores.

hd50a (保山市文化和旅游局, 政协 第05040061号提案 of 驻隆阳委员活动组): the bureau's one earlier reply to a proposal (陈兴's, 2020)
opens 你提出的《…》(第0035号提案)已交我们研究办理,现答复如下: and heads its sections 一、关于…的建议。, and its real reply of 2024
does the same (您们提出的《…》(第05040061号),已交我们研究办理,现答复如下; …的建议); the draft said 贵单位提出的《…》（第05040061号）
已收悉，感谢贵单位… and 一、关于…的提案.

hd51a (香格里拉市民政局): distil warned that 民政部批复香格里拉撤县设市 was 香格里拉县's, "不是本单位的地区" — the city's own place
before 撤县设市 (2014).
"""

from __future__ import annotations

import docx
import pytest
from helpers import XIANGGELILA_RENAMED as SHANGRILA
from helpers import distil, seeds_draft, unit_workspace

from drafter.compose.form import section_head
from drafter.compose.suggestion import you_word
from drafter.distill.places import predecessor
from drafter.distill.run import elsewhere_of
from drafter.model import PER_ASK, REPLY, SourceMeta
from drafter.workspace import load_workspace
from helpers import BAOSHAN

TITLE = "关于利用“徐霞客游保”资源推进文旅融合发展的建议"
ASK = "加大对徐霞客及其游记的学习、宣传、普及"
SUGGESTION = (f"{TITLE}\n\n提案人：驻隆阳委员活动组\n\n建议：\n一、{ASK}。摘编出版《徐霞客保山游记》（详注、全译），通过各种媒体的"
              "宣传，召开高层次学术会议，举办学术讲座，举行知识竞赛、演讲比赛，编印相关手册，编写乡土教材等途径和形式，强化对徐霞客及其"
              "游记的宣传和普及。\n")
# The bureau's reply to 陈兴's proposal (hd50a seeds/), its head, opening and first section's head and sentence.
CHEN = "2020-08-28_陈兴提案答复_大师部落.txt"
CHEN_PAGE = ("• 发布机构\n  • 保山市文化和旅游局\n  • 发布日期\n  • 2020-08-28\n"
             "保山市文化和旅游局关于政协保山市四届五次会议第0035号提案答复的函\n\n陈兴委员:\n\n"
             "你提出的《关于在保山市创建“大师部落”的建议》(第0035号提案)已交我们研究办理,现答复如下:\n\n"
             "首先感谢你对我市文化艺术工作的关注和支持,你提出的在保山市创建大师部落的建议,我们认为非常有必要,也具备实施条件。\n\n"
             "一、关于抓住机遇,顺势而行,在保山市腾冲荷花湾景区创建“大师部落”的建议。\n\n"
             "你的建议非常好。腾冲市目前正在实施“大和顺”旅游区建设项目,项目位于腾冲市和顺镇、荷花镇,总规划面积22.8平方公里。\n")
OPENED = f"提出的《{TITLE}》（第05040061号提案）已交我们研究办理，现答复如下："


def _baoshan(tmp_path, deputy: str, you_many: str = ""):
    ws = unit_workspace(tmp_path / "ws", *BAOSHAN)
    if you_many:
        text = (ws.root / "drafter.yaml").read_text("utf-8").replace("  areas:", f"  you_many: {you_many}\n  areas:")
        (ws.root / "drafter.yaml").write_text(text, "utf-8")
        ws = load_workspace(ws.root)
    _, out = seeds_draft(tmp_path, ws, {CHEN: CHEN_PAGE}, "05040061", TITLE, SUGGESTION, "--deputy", deputy,
                         "--session", "政协保山市五届四次会议", "--type", "B", "--proposal", "--date", "2024-07-31")
    return [p.text for p in docx.Document(str(out)).paragraphs]


def test_a_group_of_members_is_answered_in_the_bureaus_own_opening_and_heads(tmp_path):
    """hd50a: the group is several persons (您们 as drafter.yaml's you_many says; the real reply's word), the opening the
    bureau's one reply to a proposal opens with, the section headed 关于…的建议 as that reply's are."""
    texts = _baoshan(tmp_path, "驻隆阳委员活动组", "您们")
    assert "驻隆阳委员活动组：" in texts
    assert f"您们{OPENED}" in texts, texts
    assert f"一、关于{ASK}的建议" in texts, texts
    assert not any("贵单位" in t or ("的提案" in t and t.startswith("一、")) for t in texts), texts


def test_a_group_is_answered_in_the_plural_the_bureau_writes(tmp_path):
    """Without you_many, and no reply of the bureau's to several: 你们 (:func:`~drafter.compose.form.you_many`'s default)."""
    texts = _baoshan(tmp_path, "驻隆阳委员活动组")
    assert f"你们{OPENED}" in texts, texts
    assert any("感谢你们" in t for t in texts) and not any("贵单位" in t for t in texts), texts


def test_one_proposer_is_answered_as_the_bureau_answered_chen(tmp_path):
    """A single member: addressed 委员, 你 as the bureau's reply to 陈兴 says, in the same opening and heads."""
    texts = _baoshan(tmp_path, "李明")
    assert "李明委员：" in texts
    assert f"你{OPENED}" in texts, texts
    assert f"一、关于{ASK}的建议" in texts, texts


@pytest.mark.parametrize("proposer, you", [
    ("驻隆阳委员活动组", "您们"), ("经济界别", "您们"), ("市政协农业和农村委员会", "贵会"), ("民进保山市委员会", "贵会"),
    ("九三学社泉州市委", "贵会"), ("市委党组", "贵单位"), ("陈兴", "您"), ("高潮、罗新坤", "您们"),
])
def test_a_group_of_members_is_persons_a_party_committee_a_unit(proposer, you):
    assert you_word(proposer) == you


def _per_ask(head: str, proposal: bool) -> SourceMeta:
    return SourceMeta(id="r", path="seeds/r.txt", sha256="0" * 64, kind=REPLY, form=PER_ASK, head=head, proposal=proposal)


def test_a_head_keeps_its_item_word_from_a_reply_of_the_drafts_kind():
    """The bureau's reply to a proposal heads 关于…的建议: a proposal's draft says 的建议 too; a suggestion's reply's head says
    a proposal's 的提案, and no head learned names the item as the draft's kind does."""
    assert section_head([_per_ask("关于…的建议", True)], ASK, True) == f"关于{ASK}的建议"
    assert section_head([_per_ask("关于“…”的建议", False)], ASK, True) == f"关于“{ASK}”的提案"
    assert section_head([_per_ask("关于“…”的建议", False)], ASK, False) == f"关于“{ASK}”的建议"
    assert section_head([], f"关于“{ASK}”的建议", True) == ASK


# hd51a seeds/2015-01-06_撤县设市.txt (康巴作家群), the news item whole.


def test_the_county_a_city_was_is_its_own_place(tmp_path):
    """hd51a: 香格里拉县's facts are 香格里拉市民政局's own place's, dated when they were: none foreign, no warning."""
    ws = unit_workspace(tmp_path / "ws", "香格里拉市民政局", "市民政局", "香格里拉市")
    ff = distil(tmp_path, ws, SHANGRILA, "2015-01-06_撤县设市.txt")
    assert ff.source.jurisdiction == "香格里拉县"
    assert ff.facts and not any(f.external for f in ff.facts if f.jurisdiction == "香格里拉县"), ff.facts
    assert elsewhere_of(ff) == ""
    assert ws.is_own("香格里拉县", SHANGRILA) and not ws.is_own("迪庆州", SHANGRILA) and not ws.is_own("德钦县", SHANGRILA)


@pytest.mark.parametrize("place, own, same", [
    ("香格里拉县", "香格里拉市", True),  # 撤县设市 (2014)
    ("萧山市", "萧山区", True), ("长安县", "长安区", True),  # 撤市设区, 撤县设区
    ("保山地区", "保山市", True), ("巴彦淖尔盟", "巴彦淖尔市", True),  # a prefecture or league made a city
    ("迪庆州", "香格里拉市", False), ("迪庆藏族自治州", "香格里拉市", False),  # the city's prefecture
    ("吉林省", "吉林市", False), ("北京市", "北京区", False),  # a level above of the same name
    ("遵义县", "遵义市", False),  # a county under the prefecture-level city of its name (播州区 since 2016)
    ("淮安市", "淮安区", False),  # the district's parent city of its name
    ("香格里拉市", "香格里拉县", False), ("德钦县", "香格里拉市", False),
])
def test_a_place_renamed_with_its_level_is_the_same_place(place, own, same):
    assert predecessor(place, own, f"撤销{place}，设立{own}。") is same  # (the rename said: rv17, test_h289_places)
