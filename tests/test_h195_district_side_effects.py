"""Side effects of hd37b's rules for a city's districts (h194), checked on real pages in a workspace of 连云港市住房和城乡建设局:
a district's name without its level read inside longer nouns (东海舰队, 海州湾), quoted documents' targets read as deeds, and the
bureau's news of 2021 whose lede says the reporter heard it from the bureau read as background.
"""

from __future__ import annotations

import pytest

from helpers import LYG_PLAN_COMMENT, LYG_PLAN_POST, distil_by_cli
from helpers import lyg_workspace as _workspace

# The post's heading of 赣榆 (a district's name without its level, then 计划), or in its place a longer noun that only opens as a
# district's name does: a fleet's song (a 2018 post: 东海舰队最强战歌, its title before its colon) and a hall on the bay (连云新城…评审会在海州湾
# 会议中心成功召开).


@pytest.mark.parametrize("heading, place", [
    ("赣榆计划开展城中村改造9个", "赣榆区"),
    ("东海舰队最强战歌", "连云港市"),
    ("海州湾会议中心", "连云港市"),
])
def test_a_districts_bare_name_heads_no_longer_noun(tmp_path, heading, place):
    """赣榆 followed by 计划 stands as the place (赣榆区's plan); 东海 of 东海舰队 and 海州 of 海州湾 head longer nouns, no
    东海县 or 海州区: the plan under them stays the city's (review of h194's bare-name rule)."""
    page = LYG_PLAN_POST.replace("赣榆计划开展城中村改造9个", heading)
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), page, "2025_连云港市住建局2025年工作计划.txt")
    assert {f.jurisdiction for f in facts if f.text.startswith("以系统思维")} == {place}


def test_a_documents_targets_quoted_are_a_plan(tmp_path):
    """…工作计划提出：着力推进城中村改造 and 而赣榆2025年政府工作报告也提出：启动城市微更新地块7处，开展城中村改造9个 quote
    what the documents set to be done: plans (of the city and of 赣榆区), never done work a draft would tell as results."""
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), LYG_PLAN_COMMENT, "2025_连云港市住建局2025年工作计划.txt")
    quoted = {f.text[:5]: (f.kind, f.jurisdiction) for f in facts}
    assert quoted["而赣榆20"] == ("plan", "赣榆区")
    assert quoted["近日，连云"] == ("plan", "连云港市")


# 连云港's news of 2021-03-25 (a mirror of the city's news site, traditional characters with a reading aid after a character):
# the column's slogan and the headline on one line, the reporter's lede naming the bureau by its field and 部门.
OLD_TOWN_NEWS = """logo

      【踐行囑托開(kāi)新局】從“安居”到“宜居” 連云港19項(xiàng)舊城改造再惠民生

      記者3月24日從連云港市住房和城鄉(xiāng)建設(shè)部門(mén)獲悉,結(jié)合當(dāng)前正在開(kāi)展黨史學(xué)習(xí)教育這一契機(jī),今年連云港將做好19項(xiàng)舊城改造工程,其中包含新建工程11項(xiàng)、續(xù)建工程8項(xiàng)。改造項(xiàng)目涉及海州區(qū)、贛榆和連云三區(qū)及相關(guān)功能板塊。其間將重點(diǎn)實(shí)施11個(gè)棚戶(hù)區(qū)改造地塊,完成棚戶(hù)區(qū)改造2800戶(hù)。此舉將進(jìn)一步改善市民居住環(huán)境,促進(jìn)連云港住房由“安居”向“宜居”轉(zhuǎn)變,以抓好民生工程的實(shí)際成效,向慶祝建黨100周年獻(xiàn)上一份厚禮。
"""


def test_news_the_reporter_heard_from_the_bureaus_field_is_the_bureaus_work(tmp_path):
    """记者3月24日从连云港市住房和城乡建设部门获悉，… opens the lede on its own line after the headline (never one fact of
    both), and 住房和城乡建设部门 of 连云港市 is the bureau: its 19项/2800户 are the bureau's work, not background."""
    _, facts, source = distil_by_cli(tmp_path, _workspace(tmp_path), OLD_TOWN_NEWS, "2021-03-25_连云港19项旧城改造.txt")
    lede = next(f for f in facts if "19项" in f.text)
    assert "再惠民生" not in lede.text and "获悉" not in lede.text
    assert lede.kind != "context" and lede.jurisdiction == "连云港市" and "2800户" in lede.text


def test_news_the_reporter_heard_from_another_field_stays_background(tmp_path):
    """The same lede heard from 连云港市教育部门 (another bureau's field) tells no work of the 住建 bureau's."""
    page = OLD_TOWN_NEWS.replace("住房和城鄉(xiāng)建設(shè)部門(mén)", "教育部門")
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), page, "2021-03-25_连云港19项旧城改造.txt")
    assert next(f for f in facts if "19项" in f.text).kind == "context"


def test_a_citys_name_before_its_municipal_works_is_the_city(tmp_path):
    """福州市政道路改造 (the brief's phrase: 福州's 市政道路, no stored page found) names 福州市, a known city, so its figure is
    福州's, never the bureau's; 新改建市政管网389公里 (连云港's 2023 government report, as quoted 2024-01-17) still names no
    新改建市: the city's own."""
    page = ("2024-01-17 来源：连云港市住房和城乡建设局\n\n2023年，改造老旧小区162个、棚户区1445套，新改建市政管网389公里。"
            "福州市政道路改造完成126条。\n")
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), page, "2024-01-17_城市建设.txt")
    places = {g.raw: g.place or f.jurisdiction for f in facts for g in f.figures}
    assert places["126条"] == "福州市"
    assert places["389公里"] == "连云港市"
