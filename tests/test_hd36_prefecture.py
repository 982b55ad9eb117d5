"""Held-out round hd36c (塔城地区商务局, 新疆): a prefecture named 地区 (governed by a 行署, cities and counties under it).

Each test distils a few real lines of the pages the tester saved (as the pages print them, commas in ASCII) in a workspace
of the bureau, through the path ``drafter distill`` takes, or reads what the bureau's own commands write.
"""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner
from helpers import distil, page_draft, unit_workspace

from drafter.cli import cli

from drafter.compose.select import named_areas
from drafter.compose.suggestion import Suggestion
from drafter.distill.figures import find_figures
from drafter.distill.places import is_place, places_in

TACHENG_AREAS = "塔城市, 乌苏市, 沙湾市, 额敏县, 托里县, 裕民县, 和布克赛尔蒙古自治县"

# 塔城地区2025年政府工作报告 (its review of 2024), cut where the page's excerpt was cut.
WORK_REPORT = """一、2024年工作回顾
2024年,在地委的坚强领导下,在地区人大工委的监督指导下,我们坚持以习近平新时代中国特色社会主义思想为指导,全力抓经济、稳增长、促发展,地区经济发展水平稳步提升,社会大局持续稳定,民生事业蓬勃发展。全年完成地区生产总值998.72亿元,同比增长6.6%;社会消费品零售总额94.01亿元,增长11.6%。
(二)对外开放水平不断提升。推动巴克图—巴克特口岸恢复人员流动,实现中哈两国跨境游。边民互市持续转型升级,“落地加工”“整进整出”模式不断优化。持续优化口岸通关布局。
"""

# A 2025 feature on 塔城地区's 十四五 results (10100.com), its first lines.
FIVE_YEARS = """油画塔城,风光无限;百年口岸,活力迸发。
综合实力显著跃升,社会大局和谐安定,人民生活安居乐业,高质量发展迈出坚实步伐……站在“十四五”收官与“十五五”启航的历史交汇点,塔城地区以新视野谋篇布局,以大气场勇毅前行,交出了一份高质量发展的时代答卷。
“十四五”以来,塔城发展交出亮眼答卷:地区生产总值年均增速达6.2%,从2021年的5.7%提升至2024年的6.6%;城镇居民人均可支配收入增速提升至6.6%,农村居民人均可支配收入年均增长8.6%,各族群众的获得感、幸福感、安全感如塔额盆地的麦穗般饱满。
2025年,围绕地委扩大会议部署,全区各级党政、全体党员干部实干争先、踔厉奋发,经济社会发展势头强劲。前三季度实现地区生产总值823.15亿元,同比增长5.2%;固定资产投资343.24亿元,同比增长26%。
"""

# 回眸2024 | 塔城市的经济繁荣与民生发展 (xjmty.com, 2024-12-31): a city's news, its lines as the page prints them.
CITY_NEWS = """回眸2024 | 塔城市的经济繁荣与民生发展
2024-12-31 13:30:46 塔城市融媒体中心

  {months},塔城市限额以上社会消费品零售总额实现5.93亿元,同比增长22.5%。

  全年固定资产投资预计完成34.56亿元,同比增长5.28%,这一连串跳动的数字背后,是塔城市经济蓬勃有力的发展脉搏。
"""


def _tacheng(tmp_path):
    return unit_workspace(tmp_path / "ws", "塔城地区商务局", "地区商务局", "塔城地区", TACHENG_AREAS)


def test_a_trade_is_no_place():
    """边民互市 (border trade) and a market's acts (开市, 休市, 退市) end in 市 but name no city: a place's name never ends so."""
    assert not is_place("边民互市")
    assert [name for _, _, name in places_in("边民互市持续转型升级,开市、休市、退市均有序。")] == []


def test_prefectures_named_diqu_and_leagues_are_places():
    """塔城地区, 阿克苏地区, 锡林郭勒盟 are places (prefecture-level), read whole, never cut to a city (塔城 + 市) nor missed;
    a noun's 地区 (贫困地区, 沿海地区) and 盟 (产业联盟) name none."""
    assert is_place("塔城地区") and is_place("阿克苏地区") and is_place("锡林郭勒盟")
    assert not is_place("贫困地区") and not is_place("产业联盟")
    named = [name for _, _, name in places_in("塔城地区以新视野谋篇布局,贫困地区、产业联盟和锡林郭勒盟。")]
    assert named == ["塔城地区", "锡林郭勒盟"]


def test_the_prefectures_work_report_is_its_own(tmp_path):
    """The 地区's own work report, which names 边民互市 but no place in its body, is the 地区's (its title names it): not filed
    under a trade (hd36c: every fact was given the place 边民互市 and kept out of the bureau's work)."""
    ff = distil(tmp_path, _tacheng(tmp_path), WORK_REPORT, "塔城地区2025年政府工作报告_2024年工作回顾.txt")
    assert ff.source.jurisdiction == "塔城地区"
    assert {f.jurisdiction for f in ff.facts} == {"塔城地区"}


def test_an_article_on_the_prefecture_is_not_its_citys(tmp_path):
    """A feature on 塔城地区 as a whole is the 地区's, not 塔城市's (a city under it, which shares its stem: hd36c filed it
    under 塔城市 silently)."""
    ff = distil(tmp_path, _tacheng(tmp_path), FIVE_YEARS, "塔城地区_十四五答卷_2025.txt")
    assert ff.source.jurisdiction == "塔城地区"
    assert "塔城市" not in {f.jurisdiction for f in ff.facts}


def test_the_prefectures_name_names_no_city_under_it(tmp_path):
    """An item naming 塔城地区 does not name its city 塔城市 (their facts are not what it is about); one naming 塔城市 does."""
    ws = _tacheng(tmp_path)
    whole = Suggestion(number="189", title="关于进一步规划建设塔城地区农牧民集市的提案")
    city = Suggestion(number="190", title="关于在塔城市建设农牧民集市的提案")
    assert named_areas(whole, ws) == frozenset()
    assert named_areas(city, ws) == {"塔城市"}


def _saying(ff, words: str):
    return next(f for f in ff.facts if words in f.text)


def test_a_yearly_average_change_is_its_own_measure_over_the_span(tmp_path):
    """农村居民人均可支配收入年均增长8.6% after 城镇居民人均可支配收入增速提升至6.6%: the rural income's yearly average growth, not a
    bare 增长 lent the urban measure (hd36c: 城镇居民人均可支配收入增速增长), and of the span its statement opens on (“十四五”以来: 2021 to
    2025 in a text of no date), not of the year 2024 the clause before names."""
    ff = distil(tmp_path, _tacheng(tmp_path), FIVE_YEARS, "塔城地区_十四五答卷_2025.txt")
    rural = next(g for g in _saying(ff, "年均增长8.6%").figures if g.raw == "8.6%")
    assert rural.counts == "农村居民人均可支配收入年均增长"
    assert (rural.year, rural.until) == (2021, 2025)


def test_a_forecast_keeps_its_measure():
    """全年固定资产投资预计完成34.56亿元: 预计 and 完成 together stand after the measure, which the figure counts (a forecast's: 预计…),
    never nothing (hd36c: counts null)."""
    figures = find_figures("全年固定资产投资预计完成34.56亿元，同比增长5.28%。")
    assert [f.counts for f in figures] == ["预计固定资产投资", "预计固定资产投资增长"]


@pytest.mark.parametrize("months", ["1-11月", "1—11月", "1至11月"])
def test_months_from_january_are_a_part_of_the_year(tmp_path, months):
    """A statement opening on the months so far (1-11月, written with a hyphen, a dash or 至) is of that part of the year, not of the
    full year (hd36c: stored as 2024 whole, no part), as 上半年 is; the full year's forecast beside it is of the whole year."""
    ff = distil(tmp_path, _tacheng(tmp_path), CITY_NEWS.format(months=months), "回眸2024_塔城市的经济繁荣与民生发展.txt")
    part = _saying(ff, "5.93亿元").period
    assert (part.year, part.part) == (2024, months)
    assert _saying(ff, "34.56亿元").period.part is None


def test_init_names_a_prefectures_bodies(tmp_path):
    """``drafter init`` for a 地区's bureau names it as its letters do (地区商务局, not a district's 区商务局), its areas as counties
    and cities, and copies to the 地区's bodies (地区人大工委, 行署督查室), never a district's 区人大常委会 or 区政府 (hd36c)."""
    root = tmp_path / "ws"
    result = CliRunner().invoke(cli, ["init", str(root), "--name", "塔城地区商务局", "--area", "塔城市", "--area", "额敏县"])
    assert result.exit_code == 0, result.output
    text = (root / "drafter.yaml").read_text("utf-8")
    config = yaml.safe_load(text)
    assert config["organisation"]["short_name"] == "地区商务局"
    assert config["organisation"]["jurisdiction"] == "塔城地区"
    assert "下辖的县（市）" in text
    copied = [unit for group in (*config["cc"]["suggestion"], *config["cc"]["proposal"]) for unit in group]
    assert "地区人大工委" in copied and "行署督查室" in copied
    assert not any(unit.startswith("区") for unit in copied)


def test_the_reminder_asks_only_for_what_a_source_lacks(tmp_path):
    """A draft using the 地区's undated work report, its place read (塔城地区), asks for its date alone: not for a jurisdiction
    already set (hd36c: 补填 date、jurisdiction)."""
    ws = _tacheng(tmp_path)
    result, _ = page_draft(tmp_path, ws, WORK_REPORT, "建议推动边民互市落地加工，扩大社会消费品零售。", "7",
                           "关于推动边民互市贸易转型升级促进口岸经济发展的建议", "--date", "2025-06-27",
                           name="塔城地区2025年政府工作报告_2024年工作回顾.txt")
    reminder = next(line for line in result.output.splitlines() if "在事实库中没有写明" in line)
    assert "成文日期" in reminder and "补填 date 后" in reminder
    assert "所属地区" not in reminder and "jurisdiction" not in reminder


def test_a_countys_session_is_below_its_prefecture(tmp_path):
    """塔城地区 ended in 区, so it ranked as a county and 政协额敏县…, a county's session, was not below it: a 地区 is a
    prefecture (review of h184's session_below)."""
    from drafter.sessions import session_below

    ws = unit_workspace(tmp_path / "ws", "塔城地区商务局", "地区商务局", "塔城地区")
    assert session_below("政协额敏县十届四次会议", ws) == "额敏县"
    assert session_below("塔城地区人大工委", ws) is None
