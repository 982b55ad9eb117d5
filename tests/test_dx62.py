"""dx62: figure labels and a speech's frame, on the real lines of the held-out tests hd73a (乐清市农业农村局), hd73b (沙依巴克区
教育局) and hd73c.

1. 中 ends a figure's label as a word (初中17112人, 示范性高中2所: schools), cut only as "among" or "in" (企业中); a scope's 有
   opening what it has is no part of it (辖区有幼儿园80所 → 幼儿园).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

# The bureau of hd73b: name, short name, place.
SHAYIBAKE = ("乌鲁木齐市沙依巴克区教育局", "区教育局", "沙依巴克区")
# seeds/2023-11-24_沙依巴克区2022年履行教育职责工作报告.txt of hd73b: its head and line 10, its line 12 to 示范性高中2所.
DUTY_REPORT = (
    "沙依巴克区人民政府2022年履行教育职责工作报告\n2023-11-24 11:54   沙区政府教育督导室\n\n一、基本情况\n\n"
    "2023年辖区共有学校46所,其中区属中小学40所,民办学校1所,市属学校3所,自治区属学校1所,厂矿子校1所。辖区内在校中小学生68428人"
    "(小学40979人,初中17112人,高中10337人)。义务教育段少数民族学生22632人,义务教育段随迁子女24409人。区属中小学教职工3211人,"
    "中小学专任教师2994人。九年义务教育户籍人口巩固率为100%,中小学适龄儿童少年入学率为100%。初等教育和初级中等教育完成率达到国家规定要求。"
    "辖区有幼儿园80所,其中公办园26所,民办园54所,在园幼儿14519人,教职工2252人。\n\n"
    "全区现有全国级文明校园1所、消防安全示范校1所、篮球特色学校10所、足球特色学校3所、防震减灾科普示范学校1所;自治区级中小学党建工作示范校2所、"
    "示范性高中2所。\n")


def _labels(ff, words: str) -> dict[str, str | None]:
    return {f.raw: f.counts for f in first_saying(ff.facts, words).figures}


def test_1_zhong_ending_a_word_is_kept_and_a_scopes_you_is_cut(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SHAYIBAKE), DUTY_REPORT, "2023-11-24_履行教育职责工作报告.txt")
    pupils = _labels(ff, "辖区内在校中小学生")
    assert (pupils["17112人"], pupils["10337人"]) == ("初中", "高中")  # (were 初, 高)
    assert pupils["80所"] == "幼儿园"  # (was 辖区有幼儿园)
    assert _labels(ff, "示范性高中")["2所"] == "示范性高中"  # (was 示范性高)
