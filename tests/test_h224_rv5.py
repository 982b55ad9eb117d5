"""rv5's distill-side findings (a blind review of 27770a7c..0d4ee3c8): a note or place in brackets closing a sentence cut as a
reporter's name (1), funds or projects won after a span read as a deadline's aim (3), 为 (for) read as a batch's listing (6),
道德 and 街区 read as a road's name (7), a plan's field under each item dropped as clutter (8), 各种养老 read as 种养 (12), a
short three-line headline read as verse and 花费近三年时间 as a run of recent years (14), a deadline's aim after a comma and a
space never cut (15). Each case is the reviewer's line; the case each rule was written for stays (its own test file)."""
from __future__ import annotations

from helpers import distil, unit_workspace

from drafter.distill.facts import AIM_AHEAD, plan_split
from drafter.distill.figures import find_figures
from drafter.distill.periods import recent_runs
from drafter.distill.places import ranked_in
from drafter.read import read_document


def test_a_note_or_place_in_brackets_is_kept_and_no_reporters_name(tmp_path):
    """（高新区）, （方案略） closing a sentence were cut from the text as a reporter's bare name (高, 方 are surnames), and
    （黄石港） closing a reply made it news: a name has no place's, unit's or note's character."""
    path = tmp_path / "2023-06-01_x.txt"
    path.write_text("某区城市更新工作情况\n全区共完成改造项目12个。（高新区）\n具体分工见附表。（方案略）\n", "utf-8")
    text = read_document(path).text
    assert "（高新区）" in text and "（方案略）" in text, text
    ws = unit_workspace(tmp_path / "ws", "黄石市住房和城乡建设局", "市住建局", "黄石市")
    page = "关于加快老旧小区改造的建议的答复\n我局高度重视，2022年完成改造小区12个，惠及居民3000户。（黄石港）\n"
    assert distil(tmp_path, ws, page, "2023-06-01_关于加快老旧小区改造的建议的答复.txt").source.kind == "reply"


def test_funds_or_projects_won_within_a_span_are_no_aim():
    """两年内，争取中央和省级各类补助资金5000万元 (资金 nine characters on) and 前三年内，争取项目12个 (a span counted back,
    projects won) read as aims a deadline sets."""
    assert not AIM_AHEAD.search("我局积极对接，两年内，争取中央和省级各类补助资金5000万元。")
    assert not AIM_AHEAD.search("我局积极对接，前三年内，争取项目12个，已全部开工。")
    assert AIM_AHEAD.search("我局积极对接，两年内，争取建成口袋公园10个。")


def test_a_deadlines_aim_after_a_comma_and_a_space_is_cut():
    """…实施意见》， 在两年内，争取… (a space after the comma, as pages print it) stayed one fact of work done."""
    text = ("积极贯彻落实《郑州市乡村旅游民宿高质量发展实施意见》， 在两年内，争取按照A级旅游景区标准把唐庄郭庄村、王河村等10个"
            "美丽乡村，打造成A级旅游景区。")
    assert plan_split(text) == ["积极贯彻落实《郑州市乡村旅游民宿高质量发展实施意见》",
                                "在两年内，争取按照A级旅游景区标准把唐庄郭庄村、王河村等10个美丽乡村，打造成A级旅游景区。"]


def test_work_for_a_batch_is_no_rank_and_an_award_is():
    """市财政局为郑州市第二批城市更新项目筹集资金 (为: for) ranked the works in 郑州市's batch; 获评郑州市第二批文物保护单位 did not."""
    ranked = {text: ranked_in(text, text.index("郑州市"), text.index("郑州市") + 3)
              for text in ("市财政局为郑州市第二批城市更新项目筹集资金3亿元。", "李家门中岳行宫获评郑州市第二批文物保护单位。")}
    assert list(ranked.values()) == [False, True], ranked


def test_a_citys_morals_opening_the_title_are_the_citys(tmp_path):
    """宜昌道德模范…: 道 of 道德 read as a road's name (as 街 of 街区 would be a street's); the page lost its city."""
    title = "宜昌道德模范评选结果揭晓"
    text = "近日，宜昌第八届道德模范评选结果揭晓，宜昌全市共评出道德模范10名。宜昌各县市区共推荐候选人56名。"
    source = distil(tmp_path, unit_workspace(tmp_path / "ws", "荆州市文明办", "市文明办", "荆州市"), f"{title}\n{text}\n",
                    f"2023-06-01_{title}.txt").source
    assert source.jurisdiction == "宜昌市", source.jurisdiction


def test_a_field_printed_under_each_item_is_kept(tmp_path):
    """A plan printing 责任单位：市住房和城乡建设局 (no 。) or a clause ending ； under each item: all but the first print dropped."""
    path = tmp_path / "2024-03-01_工作方案.txt"
    path.write_text("某县2024年城乡环境整治工作方案\n"
                    "一、开展城区道路整治。对主次干道破损路面进行修复。\n责任单位：市住房和城乡建设局\n由县住建局牵头负责实施；\n"
                    "二、开展农贸市场整治。规范市场经营秩序。\n责任单位：市住房和城乡建设局\n由县住建局牵头负责实施；\n"
                    "三、开展背街小巷整治。清理乱堆乱放。\n责任单位：市住房和城乡建设局\n由县住建局牵头负责实施；\n", "utf-8")
    text = read_document(path).text
    assert text.count("责任单位：市住房和城乡建设局") == 3 and text.count("由县住建局牵头负责实施；") == 3, text


def test_all_kinds_of_care_for_the_old_open_a_list():
    """各种养老服务、助餐服务3万人次: 各种 opens the list (各种 + 养老), no 种养 (crops and livestock); 养老服务 was lost."""
    assert [(f.raw, f.counts) for f in find_figures("全年提供各种养老服务、助餐服务3万人次。")] == [("3万人次", "养老服务、助餐服务")]


def test_a_short_headline_of_three_lines_is_no_verse(tmp_path):
    """奋进新征程 / 登封绿化见成效 / 完成造林五万亩, three short lines over the text, read as a poem: the page had no title, not even its 主题."""
    lines = ["奋进新征程", "登封绿化见成效", "完成造林五万亩", "本报讯 今年以来，登封市围绕年度造林任务，完成造林5万亩，森林覆盖率达42.5%。"]
    source = distil(tmp_path, unit_workspace(tmp_path / "ws", "登封市林业局", "市林业局", "登封市"), "\n".join(lines) + "\n",
                    "2019-03-12_x.txt").source
    assert source.title == lines[1], source.title  # (its 主题)


def test_time_spent_is_no_run_of_recent_years():
    """花费近三年时间建成, 用时近两年 (how long it took) read as the years up to the present."""
    assert not recent_runs("该馆花费近三年时间建成，共投入资金3亿元。", 2023)
    assert not recent_runs("项目用时近两年，完成投资5亿元。", 2023)
    assert recent_runs("近三年来，共投入资金3亿元。", 2023)
