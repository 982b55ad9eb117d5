"""fx57c: three small faults helpers found.

1. A date said once for an item is taken out of the sentences sharing it whole, never out of a longer time it heads: in a draft of
   2016, 超额完成了2014年度“十个全覆盖”…任务 (乌拉特前旗's news of 2015-05-27, hd59b) came out 超额完成了度“十个全覆盖”…: the item's
   2014年 was cut out of 2014年度 (so would it be out of 2014年底, 2014年初, 2014年以来).
2. The bureau's fields drop the level its name opens on, whatever the level: 水利 of 乌拉特前旗水利局 and 旗水利局 (was 旗水利), 卫健 of
   盟卫健委, 民政 of 州民政局 — not the first character of a word (市场监管局, 乡村振兴局).
3. Where the title's core named the ask, its text's first point alone may run to twice MAX_PHRASE: the clauses after it are points as
   any other ask's are (a whole 对…加以排查、更新 of 39 characters went on to the next clause of the first sentence).
"""

from __future__ import annotations

import docx
import pytest
from helpers import part_one, seeds_draft, unit_workspace

from drafter.compose.asks import MAX_PHRASE, parse_asks
from drafter.compose.reply import _unstated
from drafter.distill.metadata import bureau_fields
from drafter.grammar import date_at, unit_matters

URAD = ("乌拉特前旗水利局", "旗水利局", "乌拉特前旗", "乌拉山镇, 西小召镇, 先锋镇, 明安镇")
# seeds/2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt of hd59b: its head and its third paragraph.
NEWS_NAME = "2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt"
NEWS = ("乌拉特前旗扎实推进安全饮水工程建设\n\n2015-05-27\n\n"
        "  2014年,乌拉特前旗实施的自治区“十个全覆盖”饮水安全工程共完成25处,受益人口5151人,共1566户,涉及11个乡镇、农场。工程主要以更新改造"
        "为主,总投资362.64万元,包括国家投资51.5万元,苏木镇投资237.64万元,群众自筹73.5万元。其中,涉及更新改造20处,投资251.44万元;新建3处,"
        "总投资57.2万元,目前,工程均已投入运行,超额完成了2014年度“十个全覆盖”饮水安全工程建设任务。\n")
# A numbered suggestion to 乌拉特前旗水利局 (hx59k's shape of hd59b's asks).
TITLE = "关于加强农村供水工程运行管护的建议"
TEXT = (f"{TITLE}\n\n我镇部分农村供水工程运行多年，设施老化，群众用水得不到保障。为此建议：\n"
        "一、加强农村供水工程运行管护。对全镇运行年限较长、设备老化的小型集中供水工程和水源井进行维修更换，建立农村供水工程长效管护机制。\n"
        "二、加大农村供水工程建设投入。积极争取上级项目资金，实施农村供水巩固提升工程。\n")
DONE = "超额完成了2014年度“十个全覆盖”饮水安全工程建设任务"


def test_a_year_said_once_never_leaves_a_longer_time_it_heads(tmp_path):
    """1, end to end: the sentence sharing the item's 2014年 keeps its 2014年度 (was 超额完成了度“十个全覆盖”…)."""
    ws = unit_workspace(tmp_path / "ws", *URAD)
    _, out = seeds_draft(tmp_path, ws, {NEWS_NAME: NEWS}, "46", TITLE, TEXT, "--deputy", "吴先锁", "--date", "2016-06-30")
    one = "".join(part_one(docx.Document(str(out))))
    assert "2014年，总投资362.64万元" in one, one  # (the item's date, said once: the sentence below shares it)
    assert DONE in one, one
    assert "完成了度" not in one


@pytest.mark.parametrize("time", ["2014年度", "2014年底", "2014年初", "2014年以来", "2013—2014年", "截至2014年", "2014年5月"])
def test_a_date_is_taken_out_whole_or_not_at_all(time):
    """1, on the function: a sentence sharing 2014年 loses it where it stands alone, never out of a longer time or a span."""
    shared = f"新建3处，总投资57.2万元，截至2015年5月，工程均已投入运行，{time}完成建设任务。"
    assert date_at(shared, "2014年") == -1
    assert _unstated(shared, "2014年，", [], []) == (shared, [])
    said = f"2014年，新建3处，{time}完成建设任务。"
    assert _unstated(said, "2014年，", [], [])[0] == f"新建3处，{time}完成建设任务。"
    assert _unstated("截至2015年5月底，工程均已投入运行。", "截至2015年5月，", [], [])[0] == "截至2015年5月底，工程均已投入运行。"


@pytest.mark.parametrize(("name", "short", "place", "field"), [
    ("乌拉特前旗水利局", "旗水利局", "乌拉特前旗", "水利"),
    ("阿拉善盟卫生健康委员会", "盟卫健委", "阿拉善盟", "卫健"),
    ("楚雄彝族自治州民政局", "州民政局", "楚雄彝族自治州", "民政"),
    ("鲤城区人力资源和社会保障局", "区人社局", "鲤城区", "人社"),
])
def test_a_bureaus_fields_drop_the_level_of_any_level(tmp_path, name, short, place, field):
    """2: the field words of the bureau's names, its short name's too, without their level (旗水利 was 乌拉特前旗水利局's)."""
    ws = unit_workspace(tmp_path / "ws", name, short, place)
    assert field in ws.own_fields and field in bureau_fields(ws)
    assert not any(w[0] in "旗盟州区" for w in ws.own_fields), ws.own_fields
    assert unit_matters(short)[0] == field


def test_a_level_character_opening_a_word_stays():
    """2: a unit's field opening on a word a level character opens keeps it (市场监管局 was 场监管)."""
    assert unit_matters("市场监管局")[0] == "市场监管"
    assert unit_matters("市政公用局") == ("市政公用",)
    assert unit_matters("乡村振兴局") == ("乡村振兴",)
    assert unit_matters("旗乡村振兴局") == ("乡村振兴",)


# An ask under 建议： whose first clause names it and whose second is a measure on things said with their qualities (hx59k's shape).
SCREENED_TITLE = "关于加快城区老旧供水管网改造的建议"
SCREENED = (f"{SCREENED_TITLE}\n\n我区城区部分老旧小区供水管网建成年代早，跑冒滴漏严重，水压不足。建议：加快实施城区老旧供水管网改造工程，"
            "对建成年代早、管材老化、漏损严重的老旧小区供水管网和二次供水设施加以排查、更新，推进智慧水务建设。\n")
# hd24c's ask: its first clause, 30 characters, is what it asks in its own words.
GREEN_TITLE = "关于进一步加大对“绿色食品牌”示范区建设扶持力度的建议"
GREEN = f"{GREEN_TITLE}\n\n领衔代表：龙瑜菡等\n\n建议：\n一、加大对认定的省州县“绿色食品牌”产业基地给予政策资金扶持，进一步提升基地的示范带动效应。\n"


def test_only_the_first_point_may_run_long():
    """3: the second clause (39 characters) is said by its things and measures as any point too long (was kept whole under the
    first's doubled limit); the first clause of hd24c's ask (30 characters) still is its point."""
    ask, = parse_asks(SCREENED, SCREENED_TITLE)
    assert ask.points == ["加快实施城区老旧供水管网改造工程", "对老旧小区供水管网和二次供水设施加以排查、更新", "推进智慧水务建设"]
    assert all(len(p) <= MAX_PHRASE for p in ask.points)
    green, = parse_asks(GREEN, GREEN_TITLE)
    assert green.points[0] == "加大对认定的省州县“绿色食品牌”产业基地给予政策资金扶持"
