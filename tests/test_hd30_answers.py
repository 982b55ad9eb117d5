"""What a draft says for each ask, found on held-out round hd30 (乐山市司法局, 深圳市气象局): a bureau's own news paragraph
telling its results and then, after a quotation and who said it, its 下一步 was one background fact (a draft left the figures
out and said the base had no plan); an earlier year's plan of a series of activities (等系列活动) was taken for a single
undertaking and never offered; old material on an ask's matter, in words the other asks share, was not named in its
placeholder's comment; part two's lead said 我市天文台 for 深圳市天文台 and ran the title on into what it is for.

Each test reads a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in
the test), in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import comments_on, distil, fact_saying, part_two_texts, seeds_draft, unit_workspace

import docx

from drafter.model import DONE, PLAN

LESHAN_AREAS = "市中区, 沙湾区, 五通桥区, 金口河区, 犍为县, 井研县, 夹江县, 沐川县, 峨边彝族自治县, 马边彝族自治县, 峨眉山市"


def _leshan(tmp_path):
    return unit_workspace(tmp_path / "ws", "乐山市司法局", "市司法局", "乐山市", LESHAN_AREAS, "我市司法行政工作")


# 乐山市司法局's news of its 2024 宪法宣传周 (hlrsf, 2024-12-05), as the search store cut it.
LESHAN_WEEK = """发布时间: 2024-12-05 10:16 来源: 市司法局 |
保护视力色: |
今年12月4日是第十一个国家宪法日,12月1日至7日是第七个“宪法宣传周”。当日上午,由市委全面依法治市委员会办公室、市委宣传部、市司法局主办,市中区委全面依法治区委员会办公室、市中区委宣传部、市中区司法局承办的2024年宪法宣传周“12·4”国家宪法日宣传活动在乐山广场举行。副市长邓华出席活动。
据悉,本次活动共向群众发放各类宣传资料1.8万余份,现场开展法律咨询服务350余人次。“本次集中法治宣传活动旨在进一步提高群众的法治素养,维护宪法权威和尊严,弘扬法治精神,增强公民的法治意识。”市司法局相关负责人表示,下一步,市司法局还将联合各相关部门开展宪法进乡村、宪法进企业、宪法进社区等系列活动,把宪法宣传周集中宣传活动与经常性宪法宣传有机结合,推进宪法宣传教
"""
LESHAN_WEEK_NAME = "2024-12_乐山市司法局_宪法宣传周活动_hlrsf.txt"


def test_own_news_results_are_done_and_its_next_step_a_plan(tmp_path):
    """hd30a 1: 据悉，…1.8万余份…350余人次。“…。”市司法局相关负责人表示，下一步，市司法局还将…宪法进乡村… was one context fact;
    the results are done, and what the bureau will do next a plan of its own, kept without the quotation and who said it."""
    ff = distil(tmp_path, _leshan(tmp_path), LESHAN_WEEK, LESHAN_WEEK_NAME)
    done = fact_saying(ff, "1.8万余份")
    assert done.kind == DONE and "下一步" not in done.text and "350余人次" in done.text
    plan = fact_saying(ff, "宪法进乡村")
    assert plan.kind == PLAN and plan.text.startswith("下一步，市司法局还将联合")


PUFA = "关于加强宪法宣传和普法工作的建议\n建议：一、办好宪法宣传周活动，扩大群众参与面；二、推动宪法进乡村、进企业、进社区。\n"


def test_last_years_series_of_activities_is_offered_to_verify(tmp_path):
    """hd30a 1: a reply of 2025 said the base had no plan on 推动宪法进乡村…, though the bureau's 2024 news says it will hold
    宪法进乡村、宪法进企业、宪法进社区等系列活动 — a series, no single undertaking of that year: offered, marked to verify."""
    _, out = seeds_draft(tmp_path, _leshan(tmp_path), {LESHAN_WEEK_NAME: LESHAN_WEEK}, "2",
                              "关于加强宪法宣传和普法工作的建议", PUFA, "--deputy", "李某某", "--date", "2025-06-30")
    plans = "".join(part_two_texts(docx.Document(out)))
    assert "宪法进乡村、宪法进企业、宪法进社区等系列活动" in plans and "待核实" in plans


def _shenzhen(tmp_path, setting: str = ""):
    ws = unit_workspace(tmp_path / "ws", "深圳市气象局", "市气象局", "深圳市", "福田区, 罗湖区, 南山区, 大鹏新区")
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as config:
        config.write(setting)
    return ws


# 深圳市气象局's news of a 天文科普 party day at 深圳市天文台 (2020-12-30), as the search store cut it.
STARS = """深圳市气象服务中心党支部开展“一对一”挂点联系街道推进党员干部联系服务群众党日活动
更新时间:2020-12-30 12:00:23
来源: 深圳市气象局
为贯彻落实新时代党的组织路线,落实市委组织部“一对一”挂点联系工作总体要求和深圳市气象局党组工作安排,2020年12月24日,深圳市气象服务中心党支部在深圳市天文台举行“仰望星空”——关爱青少年天文科普党日活动,对南澳中心小学的气象天文科普社团进行授牌。市气象局党组书记、局长王延青,南澳办事处二级调研员曾祥麟,西涌社区党委书记王少清、南澳中心小学副校长眭满阳出席,南澳中心小学30名学生参加了科普活动。
"""
STARS_NAME = "深圳市气象服务中心党支部天文台科普党日活动.txt"
OBSERVATORY_TITLE = "关于提升深圳市天文台品质满足市民天文科普需求助推科技和工业旅游高质量发展的建议"
OBSERVATORY = f"""{OBSERVATORY_TITLE}
建议：
一、推动市天文台和周边整体品质提升，新建科普设施，改造园区道路，增加观测装备，增加科普服务能力。
二、提升天文台科普服务水平，把天文台打造成科技和工业旅游的目的地。
"""


def _observatory(tmp_path, setting: str = ""):
    tmp_path.mkdir(exist_ok=True)
    _, out = seeds_draft(tmp_path, _shenzhen(tmp_path, setting), {STARS_NAME: STARS}, "20240553", OBSERVATORY_TITLE,
                         OBSERVATORY, "--deputy", "陈某某等代表", "--date", "2024-09-18")
    return out


def _observatory_note(tmp_path, setting: str = "") -> str:
    return "".join(comments_on(_observatory(tmp_path, setting), "【待补充：提升天文台科普服务水平"))


def test_old_material_on_an_asks_shared_matter_is_named(tmp_path):
    """hd30c 6: the 2020 天文科普 event at 深圳市天文台 says 天文台 and 科普, words the two asks share, so none of the 科普 ask's
    own: its placeholder's comment said the base had nothing on it. The README names old material there: it does, too old
    by default, and too old to write in directly where ``max_age`` admits it."""
    note = _observatory_note(tmp_path / "a")
    assert "2020年" in note and "未写入" in note and "没有本单位此方面" not in note
    note = _observatory_note(tmp_path / "b", "draft:\n  max_age: 5\n")
    assert "2020年" in note and "没有本单位此方面" not in note


def test_next_steps_lead_names_the_citys_institution_and_stops_before_the_needs_it_meets(tmp_path):
    """hd30c 5: part two opened 下一步我局将继续提升我市天文台品质满足市民天文科普需求: the title ran on into what it is for, and
    深圳市天文台, the city's one observatory, became 我市天文台 (the city's observatories)."""
    lead = next(p.text for p in docx.Document(_observatory(tmp_path)).paragraphs if "下一步我局将" in p.text)
    # (no 继续: the base reports no work of the bureau's on it, hd32c)
    assert "将提升市天文台品质，" in lead and "我市天文台" not in lead and "满足" not in lead

