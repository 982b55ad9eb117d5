"""hx59k: an ask's several concrete points all reach the draft, each a whole phrase (held-out hd59b W4, W5: 乌拉特前旗水利局).

W4. 建议旗政府继续完善农村牧区人畜饮水工程：对…集中供水工程和机电井进行维修养护、更新改造，继续实施…: the clause before the colon
    heads the points after it, which are what is asked (its first point, on 维修养护 and 更新改造, was lost in the heading clause, and
    the placeholder asked for 继续实施… alone). A point too long for one (对X进行Y with X's qualities before its 的) is said by its
    thing and measure (对X'进行Y), not dropped.
W5. 对X进行Y: X is the thing, Y the measures done to it; a list never runs across 进行 (我旗各镇村组老化 and 更新改造 were named as
    two things of one list), and what a section still owes of such a point is a whole phrase, 对X'进行Y' (机电井进行维修养护 was cut
    across its verb).
"""

from __future__ import annotations

import docx
import pytest
from helpers import part_one, seeds_draft, unit_workspace

from drafter.compose.asks import Ask, parse_asks
from drafter.compose.gaps import owed_phrase

URAD = ("乌拉特前旗水利局", "旗水利局", "乌拉特前旗", "乌拉山镇, 西小召镇, 先锋镇, 明安镇")
# hd59b's suggestion.txt.
TITLE = "关于继续完善人畜饮水工程的建议"
TEXT = (f"{TITLE}\n\n保障人畜饮水安全，是对群众最基本的生产生活保障。建议旗政府继续完善农村牧区人畜饮水工程：对我旗各镇村组老化、水量不足"
        "的集中供水工程和机电井进行维修养护、更新改造，继续实施农村牧区供水保障工程，切实保障农牧民群众人畜饮水安全。\n")
UPKEEP = "对我旗各镇村组老化、水量不足的集中供水工程和机电井进行维修养护、更新改造"
# seeds/2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt of hd59b: its head and its second and third paragraphs.
NEWS_NAME = "2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt"
NEWS = ("乌拉特前旗扎实推进安全饮水工程建设\n\n2015-05-27\n\n"
        "  乌拉特前旗农村牧区人口25.26万人,截至2014年底,已建成农村自来水工程205处,其中:大中型集中供水工程11处,小型集中供水工程(单村)"
        "194处;建成农村学校饮水安全工程16处。\n\n"
        "  2014年,乌拉特前旗实施的自治区“十个全覆盖”饮水安全工程共完成25处,受益人口5151人,共1566户,涉及11个乡镇、农场。工程主要以更新改造"
        "为主,总投资362.64万元,包括国家投资51.5万元,苏木镇投资237.64万元,群众自筹73.5万元。其中,涉及更新改造20处,投资251.44万元;新建3处,"
        "总投资57.2万元,目前,工程均已投入运行,超额完成了2014年度“十个全覆盖”饮水安全工程建设任务。\n")
# Two more shapes: numbered asks, one a sentence of measures whose 对X进行Y clause is too long for a point…
NUMBERED_TITLE = "关于加强农村供水工程运行管护的建议"
NUMBERED = (f"{NUMBERED_TITLE}\n\n我镇部分农村供水工程运行多年，设施老化，群众用水得不到保障。为此建议：\n"
            "一、加强农村供水工程运行管护。对全镇运行年限较长、设备老化的小型集中供水工程和水源井进行维修更换，建立农村供水工程长效管护机制。\n"
            "二、加大农村供水工程建设投入。积极争取上级项目资金，实施农村供水巩固提升工程。\n")
# …and one ask after 建议：, its measures taken by 加以 after a thing said with three qualities.
LABELLED_TITLE = "关于加快城区老旧供水管网改造的建议"
LABELLED = (f"{LABELLED_TITLE}\n\n我区城区部分老旧小区供水管网建成年代早，跑冒滴漏严重，水压不足。建议：加快实施城区老旧供水管网改造工程，"
            "对建成年代早、管材老化、漏损严重的老旧小区供水管网和二次供水设施加以排查、更新，推进智慧水务建设。\n")
# (its point of 对建成年代早、管材老化、漏损严重的…加以排查、更新: a clause after the ask's first, too long for a point, said by its
# things and measures, as the numbered ask's are — fx57c)
SCREENED_POINT = "对老旧小区供水管网和二次供水设施加以排查、更新"


def test_a_heading_before_a_colon_leaves_every_concrete_point_asked():
    """W4: the points are the clauses after 建议…：, the first one whole (was 继续实施… and 切实保障… only); W5: no list runs across
    进行 (its subjects were 我旗各镇村组老化 and 更新改造)."""
    ask, = parse_asks(TEXT, TITLE)
    assert ask.points == [UPKEEP, "继续实施农村牧区供水保障工程", "切实保障农牧民群众人畜饮水安全"]
    assert ask.subjects == []


def test_a_too_long_deed_on_a_thing_is_said_by_its_thing_and_measure():
    """A numbered ask's 对X进行Y clause beyond MAX_PHRASE: said by the thing after its qualities and the measure (was dropped)."""
    upkeep, funds = parse_asks(NUMBERED, NUMBERED_TITLE)
    assert upkeep.points == ["对小型集中供水工程和水源井进行维修更换", "建立农村供水工程长效管护机制"]
    assert funds.points == ["积极争取上级项目资金", "实施农村供水巩固提升工程"]


def test_measures_taken_by_jiayi_name_no_things():
    """W5 in another shape: the qualities before 的 and the measures after 加以 are no things (were 建成年代早, 管材老化, 更新)."""
    ask, = parse_asks(LABELLED, LABELLED_TITLE)
    assert ask.points == ["加快实施城区老旧供水管网改造工程", SCREENED_POINT, "推进智慧水务建设"]
    assert ask.subjects == []


def test_what_is_owed_of_a_deed_on_things_is_a_whole_phrase():
    """W5: a section saying 集中供水工程 and 更新改造 owes the 机电井 and the 维修养护: 对机电井进行维修养护 (was 机电井进行维修养护,
    cut across 进行); one saying nothing of it owes it whole; owed points with lists of their own are joined on ，."""
    ask, = parse_asks(TEXT, TITLE)
    ask.point_keys = {UPKEEP: ["集中供水工程", "机电井", "维修养护", "更新改造"],  # (the selection's keys of the point: hd59b's base)
                      "继续实施农村牧区供水保障工程": ["农村牧区供水保障工程"]}
    said = "工程主要以更新改造为主，其中，大中型集中供水工程11处。"
    assert ask.owed(said) == ["对机电井进行维修养护", "继续实施农村牧区供水保障工程"]
    assert ask.owed("农村牧区供水保障工程。") == [UPKEEP]
    assert owed_phrase(ask.owed(said), ask) == "对机电井进行维修养护、继续实施农村牧区供水保障工程"
    labelled, = parse_asks(LABELLED, LABELLED_TITLE)
    labelled.point_keys = {SCREENED_POINT: ["老旧小区供水管网", "二次供水设施"], "推进智慧水务建设": ["智慧水务"]}
    assert owed_phrase(labelled.owed("二次供水设施改造"), labelled) == "对老旧小区供水管网加以排查、更新，推进智慧水务建设"
    # (a short point of one thing owes it as before; a text saying every key owes nothing)
    assert Ask("改造", "对破损道路进行改造。", point_keys={"对破损道路进行改造": ["破损道路"]}).owed("破损道路") == []


def _draft(tmp_path, text: str, title: str, date: str):
    ws = unit_workspace(tmp_path / "ws", *URAD)
    _, out = seeds_draft(tmp_path, ws, {NEWS_NAME: NEWS}, "46", title, text, "--deputy", "吴先锁", "--date", date)
    document = docx.Document(str(out))
    return part_one(document), [c.text for c in document.comments]


@pytest.mark.parametrize(("text", "title", "asked"), [
    # (its closing aim, 切实保障农牧民群众人畜饮水安全, no point owed: hx66a2)
    (TEXT, TITLE, f"【待补充：{UPKEEP}，继续实施农村牧区供水保障工程方面的工作情况及数据（注明年份）】"),
    (NUMBERED, NUMBERED_TITLE, "【待补充：对小型集中供水工程和水源井进行维修更换、建立农村供水工程长效管护机制方面的工作情况及数据（注明年份）】"),
], ids=["hd59b", "numbered"])
def test_a_placeholder_names_each_point_whole(tmp_path, text, title, asked):
    """W4 in a draft whose base holds only old material (2015, drafted in 2023): the placeholder names every point, the one
    on 维修养护、更新改造 first (was 继续实施农村牧区供水保障工程、切实保障…方面 only; the numbered ask's 维修更换 was lost)."""
    one, _ = _draft(tmp_path, text, title, "2023-08-31")
    assert asked in one, one


@pytest.mark.parametrize(("text", "title", "owed"), [
    (TEXT, TITLE, "【待补充：建议所提对机电井进行维修养护方面的工作情况】"),
    (NUMBERED, NUMBERED_TITLE, "【待补充：建议所提对水源井进行维修更换方面的工作情况】"),
    (LABELLED, LABELLED_TITLE, f"【待补充：建议所提加快实施城区老旧供水管网改造工程，{SCREENED_POINT}，推进智慧水务建设方面的工作情况】"),
], ids=["hd59b", "numbered", "labelled"])
def test_what_a_section_still_owes_is_named_whole(tmp_path, text, title, owed):
    """W5 in a draft whose base holds the 2014 更新改造 of 集中供水工程 (drafted in 2016): the comment asks for what the section
    does not say as whole phrases (was 建议所提我旗各镇村组老化、更新改造方面…; …建成年代早、管材老化、更新…)."""
    one, notes = _draft(tmp_path, text, title, "2016-06-30")
    assert any(owed in n for n in notes), notes
    assert not any("老化、更新" in n or "我旗各镇村组老化、" in n for n in notes), notes
