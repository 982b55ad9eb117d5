"""h311: findings of the held-out test hd57a (霍邱县城市管理行政执法局, 霍邱县, its towns as areas), each on its seed's real lines.

a. 孟集镇's news opens 今年以来,霍邱县孟集镇… and goes on 该镇完善基础设施… / 同时,该镇强力推进…: those two paragraphs were the county's
   (or, 蓄洪区 read as a place, 蓄洪区（外地）'s). A level's 该 is the place of that level named before it, never the wider one; a
   draft names the town where the page said 该镇.
b. 蓄洪区, 行蓄洪区, 滞洪区… are kinds of area, no places.
c. 县农机中心's page heads 日期:2022-08-16 14:48来源:霍邱县农业机械化发展中心: the source field right after the time names its issuer
   (its work is no work of the bureau's), and 创建全省文明城市 is a title the county works for, no scope of the page's.
"""

from __future__ import annotations

import pytest
from helpers import distil, page_draft, unit_workspace

from drafter.distill.metadata import _self_levels
from drafter.distill.places import is_place
from drafter.grammar import LEVEL_ANAPHOR
from helpers import HUOQIU

TOWNS = "孟集镇, 城关镇, 临淮岗乡"
# seeds/2021-12-28_孟集镇打造乡村振兴靓丽环境.txt of hd57a: its head and its three paragraphs.
MENGJI_HEAD = "孟集镇打造乡村振兴靓丽环境\n来源:\n孙庆刚\n2021-12-28 15:37:01\n责编:\n代明俊 胡明兵 夏朝阳\n"
MENGJI_OPENING = ("今年以来,霍邱县孟集镇强化宣传引导,规范镇区街道秩序,签订城市卫生“门前三包”协议1200份;制止占道经营200余起,拆除违建乱建"
                  "60余处;投入380万元对工业园区道路进行硬化绿化亮化提升;陆续实施中心店、双岗、南汪、胡郢、徐郢等5个美丽乡村中心村建设。")
MENGJI_WORKS = ("该镇完善基础设施,硬化农村道路211.35公里;完成S244土地征收和地面附属物补偿工作,涉迁房屋全部拆除;投入205万元实施5.95公里"
                "街道管网提升工程。投入8200万元实施高标准农田整治项目;投入1590万元实施农田水利“最后一公里”、农田水利“灾后重建”等项目,完成"
                "15座水库除险加固工程和小水库维修,改善水利灌溉条件;")
FLOOD_ZONES = ("重点针对行蓄洪区和水灾区域,投入1646万元实施农村电网改造;启动15个村村庄国土空间规划。2019年度,蓄洪区居民迁建316户1045人"
               "喜分新居,共建设移民迁建房屋3.5万平方米。")
PLAIN_WORKS = "投入1646万元实施农村电网改造;启动15个村村庄国土空间规划。"  # (the same clauses, no flood zone named)
MENGJI_LIVING = ("同时,该镇强力推进人居环境整治。狠抓“五清一改”工作,投入资金1850万元,用于全镇人居环境整治,环境卫生明显改观,群众生活质量明显"
                 "改善。全力推进“小厕所、大革命”工作,完成农村改厕2386户,被县列为户改厕长效机制试点乡镇。(孙庆刚)\n")
MENGJI_NAME = "2021-12-28_孟集镇打造乡村振兴靓丽环境.txt"


def mengji(zones: str) -> str:
    return f"{MENGJI_HEAD}{MENGJI_OPENING}\n{MENGJI_WORKS}{zones}\n{MENGJI_LIVING}"


@pytest.mark.parametrize("name", ["蓄洪区", "行蓄洪区", "滞洪区", "蓄滞洪区", "行洪区", "泄洪区", "分洪区", "洪泛区", "淹没区"])
def test_flood_zones_are_kinds_of_area_no_places(name):
    assert not is_place(name)


@pytest.mark.parametrize("name", ["泗洪县", "洪泽区", "洪山区", "洪洞县", "洪湖市", "霍邱县"])
def test_places_named_with_a_flood_still_pass(name):
    assert is_place(name)


@pytest.mark.parametrize("zones", [FLOOD_ZONES, PLAIN_WORKS], ids=["with 蓄洪区", "without"])
def test_a_towns_paragraphs_referred_to_as_that_town_stay_the_towns(tmp_path, zones):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU[:3], TOWNS), mengji(zones), MENGJI_NAME)
    assert ff.source.jurisdiction == "霍邱县"  # (was 蓄洪区 with the flood zones named)
    assert len(ff.facts) == 3
    # (该镇完善基础设施… and 同时，该镇强力推进… were 霍邱县's, or 蓄洪区（外地）'s: 孟集镇's, as the paragraph naming it)
    assert [(f.jurisdiction, f.external) for f in ff.facts] == [("孟集镇", False)] * 3
    assert not [g for f in ff.facts for g in f.figures if g.place not in (None, "孟集镇")]


def test_a_sentence_on_that_town_after_the_one_naming_it_counts_the_towns_figures(tmp_path):
    # (a base of no areas, the page's first two paragraphs run together: the county opens it, the town named after it)
    ws = unit_workspace(tmp_path / "ws", *HUOQIU[:3])
    ff = distil(tmp_path, ws, f"{MENGJI_HEAD}{MENGJI_OPENING}{MENGJI_WORKS}{PLAIN_WORKS}\n", MENGJI_NAME)
    places = {g.raw: g.place for f in ff.facts for g in f.figures}
    assert places["211.35公里"] == places["205万元"] == places["5.95公里"] == "孟集镇"  # (was the county's)
    assert not any(f.external for f in ff.facts)  # (the town written after the county: its own, no other place)


@pytest.mark.parametrize("text, level", [("该镇完善基础设施", "镇"), ("该街道投入", "街道"), ("该县积极争取", "县"), ("该市制定", "市")])
def test_a_level_referred_back_to(text, level):
    assert LEVEL_ANAPHOR.match(text).group(1) == level


@pytest.mark.parametrize("text", ["该市场主体", "该区域内", "该村民", "该县级平台"])
def test_a_word_a_level_word_opens_refers_to_no_place(text):
    assert not LEVEL_ANAPHOR.match(text)


def test_a_draft_names_the_town_its_page_called_that_town(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HUOQIU[:3], TOWNS)
    asks = "一、完善农村道路和街道管网等基础设施。\n二、推进农村改厕。\n"
    _, document = page_draft(tmp_path, ws, mengji(FLOOD_ZONES), asks, "24", "关于加强农村人居环境整治的建议", "--date", "2022-03-01",
                             "--type", "B", name=MENGJI_NAME)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "孟集镇完善基础设施" in text and "该镇" not in text  # (was 孟集镇该镇完善基础设施)


# seeds/2022-08-16_县农机中心检查包保片区省级文明城市创建工作.txt of hd57a: its head and first two paragraphs.
FARM_MACHINERY = (
    "首页 > 政务资讯 > 工作动态\n\n县农机中心检查包保片区省级文明城市创建工作\n\n"
    "日期:2022-08-16 14:48来源:霍邱县农业机械化发展中心 供稿:马林 浏览量: 字体:【  \n\n"
    "2022年8月15日上午,县农机中心主任张中阳、副主任裴国宏及办公室人员一行对包保路段省级文明城市创建工作进行检查。\n\n"
    "农机中心严格落实霍邱县创建全省文明城市工作部署要求,多措并举,扎实开展,已取得初步成效。一是健全工作机制。成立农机中心创城工作领导组"
    "和五个工作组,每天分别三个时段对包保路段进行宣传和环境卫生整治,领导组每周督查不少于2次。\n")


def test_a_units_page_is_its_unit_s_by_the_source_field_after_the_time(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU[:3], TOWNS), FARM_MACHINERY,
                "2022-08-16_县农机中心检查包保片区省级文明城市创建工作.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("霍邱县农业机械化发展中心", "霍邱县")  # (was none and none)
    assert {(f.jurisdiction, f.external) for f in ff.facts} == {("霍邱县", False)}
    assert not any(f.kind == "done" for f in ff.facts)  # (another unit's work, never the bureau's)


def test_a_title_the_place_works_for_is_no_scope_of_its_own():
    said = "农机中心严格落实霍邱县创建全省文明城市工作部署要求,多措并举,扎实开展,已取得初步成效。"
    assert _self_levels(said) == []  # (was 省)
    assert _self_levels("全省累计推广新能源汽车2041辆。") == ["省"]
