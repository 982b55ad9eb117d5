"""h308: findings of the held-out test hd56a (巴中市卫生健康委员会), each on its seed's real lines: a page's place from its issuer
and city, never from a phrase of running text.

a. 巴中日报's 健康巴中 series names 巴中 short (健康巴中, 入巴即检), never 巴中市: its place was read off 牢守省门市门 (the province's
   and the city's gates), a stem holding a level word inside. Such a stem is no name; an outlet named by a known city's stem is that
   city's (in any workspace).
b. A district's news titled 【区卫健局】… was completed with the 区 its text names most, 新院区 of 华龙医院新院区 (a hospital's
   campus, no place): the page's field 信息来源:巴州区卫生健康局 names the unit in full.
c. A source's place the clerk corrected by hand is no statement's either: one reading the rejected place in its own words
   (牢守省门市门。…; 香格里拉县总面积… of a page read 香格里拉县 in 香格里拉市's base) follows the correction, as a curated fact does.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from helpers import distil, first_saying, unit_workspace

from drafter.cli import cli
from drafter.distill.places import is_place
from drafter.yamlio import load_yaml
from helpers import BAZHONG

# seeds/2023-01-03_健康巴中2022年度盘点.txt of hd56a: its head, its first heading and the two paragraphs under it.
HEALTH_BAZHONG = (
    "健康巴中\n\n——2022年度盘点\n\n发布日期:2023-01-03 09:52信息来源:巴中日报 【字体:  \n\n编者按\n"
    "  外防输入 守护净土\n"
    "  2022年12月以前,全市上下严格落实“外防输入、内防反弹”总策略和“动态清零”总方针,疫情防控成效显著,最大限度减少了疫情对经济社会"
    "发展的影响。\n"
    "  牢守省门市门。率先在全省启用健康服务站,在省际交界乡镇和市域交通枢纽设置卡口35个,组织卫健、交通、公安及属地乡镇(街道)人员轮班"
    "值守、昼夜查验、全程服务,严格“入巴即检”、不漏一车一人,查验车辆428.67万辆次、人员948.8万人次,闭环拦截管控感染者49例,有效防止了"
    "疫情扩散传播。\n")
HEALTH_NAME = "2023-01-03_健康巴中2022年度盘点.txt"
# seeds/2023-05-24_巴州区卫健局夯实医疗卫生基础.txt of hd56a: its head and first paragraph.
DISTRICT_NEWS = (
    "【区卫健局】不断夯实医疗卫生基础\n\n发布日期:2023-05-24 10:39信息来源:巴州区卫生健康局 作者:杨希祥 【字体:  \n\n"
    "加强基础设施项目建设。近3年来,全区累计投入6.13亿元,实施了区人民医院、区第二人民医院老年病医院、区妇幼保健院等改扩建、迁建项目,"
    "建成了方舱医院、亚(准)定点医院、方舱隔离点、华龙医院新院区、康达医院江湾城新院区。目前,全区医疗机构床位数达到7218张,较去年增加"
    "500张,医院基础条件明显改善。\n")


@pytest.mark.parametrize("name", ["牢守省门市", "省门市", "县市区", "省军区", "新院区", "东院区", "南院区"])
def test_a_stem_holding_a_level_word_or_a_hospitals_campus_is_no_place(name):
    assert not is_place(name)


@pytest.mark.parametrize("name", [
    "市中区", "市北区", "沙市区", "新市区",  # (a level word at a name's ends)
    "石家庄市", "呼和浩特市", "乌兰浩特市", "鄂尔多斯市",  # (four characters before the level word)
    "巴州区", "恩阳区", "通江县", "巴中市",
    "泉州市鲤城区",  # (a chain: the place before the inner level word is a name)
])
def test_real_places_still_pass(name):
    assert is_place(name)


def test_a_city_papers_page_is_the_citys_never_a_phrase_of_its_text(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *BAZHONG), HEALTH_BAZHONG, HEALTH_NAME)
    assert (ff.source.issuer, ff.source.jurisdiction) == ("巴中日报", "巴中市")  # (was 牢守省门市)
    gates = first_saying(ff.facts, "牢守省门市门")
    assert gates.jurisdiction == "巴中市" and not gates.external
    assert {f.jurisdiction for f in ff.facts} == {"巴中市"}
    # another city's base: the paper's city, never none (its facts the workspace's) nor the phrase
    other = distil(tmp_path, unit_workspace(tmp_path / "ws2", "达州市卫生健康委员会", "市卫生健康委", "达州市", "通川区"),
                   HEALTH_BAZHONG, HEALTH_NAME)
    assert other.source.jurisdiction == "巴中市" and all(f.external for f in other.facts)


def test_a_districts_short_unit_takes_its_source_fields_full_name(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *BAZHONG), DISTRICT_NEWS, "2023-05-24_巴州区卫健局夯实医疗卫生基础.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("巴州区卫生健康局", "巴州区")  # (was 新院区卫健局, 新院区)
    assert {f.jurisdiction for f in ff.facts} == {"巴州区"} and not any(f.external for f in ff.facts)


# hd51a's page (helpers.XIANGGELILA_RENAMED): its sentence on the county's size, on a page that does not say the county became
# the city.
COUNTY_SIZE = "  据了解,香格里拉县总面积11613平方公里,辖4个镇、7个乡,共有6个居委会、58个行政村。\n"


def test_a_statement_reading_the_place_the_clerk_rejected_follows_the_correction(tmp_path):
    """The page is read 香格里拉县's, another place's in 香格里拉市's base; the clerk corrects the source's place as the reminder asks:
    its statement, which reads 香格里拉县 in its own words, is 香格里拉市's too (was still 香格里拉县, another place's, and the
    reminder then called 香格里拉市 not the bureau's place)."""
    ws = unit_workspace(tmp_path / "ws", "香格里拉市民政局", "市民政局", "香格里拉市")
    (ws.root / "seeds").mkdir()
    (ws.root / "seeds" / "2014-12-20_香格里拉县概况.txt").write_text(COUNTY_SIZE, "utf-8")
    runner = CliRunner()
    first = runner.invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert first.exit_code == 0 and "地区记为“香格里拉县”" in first.output.replace("\n", ""), first.output
    path = next((ws.root / "facts").glob("*.yaml"))
    path.write_text(path.read_text("utf-8").replace("  jurisdiction: 香格里拉县\n", "  jurisdiction: 香格里拉市\n", 1), "utf-8")
    again = runner.invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert again.exit_code == 0, again.output
    data = load_yaml(path)
    assert data["source"]["jurisdiction"] == "香格里拉市"
    assert [(f["jurisdiction"], f.get("external")) for f in data["facts"]] == [("香格里拉市", None)]
    assert "地区记为" not in again.output.replace("\n", "")
