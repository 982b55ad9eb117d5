"""The place a text with no issuer speaks of as its own (metadata._dominant_place): among the places
of the levels it speaks of as its own, the one it speaks of most first — a city's text that ranks
itself 全省第三 under 省委、省政府 names no 省 of its own, but its 全市 names its city; and a level word
that is part of a word (区域, 市场) ends no name, even of a word the text repeats (国家区域 … 国家高新
is no 国家区). Read as ``drafter distill`` reads a page, in the demo workspace."""

from __future__ import annotations

from helpers import distil


CITY_NEWS = """我市科技创新工作再获佳绩

日前，省委、省政府召开全省科技创新大会，全市科技创新工作连续三年被评为全省优秀。2024年，湖州市新增国家高新技术企业320家，研发投入强度列全省第三，全市技术合同成交额达85亿元，在全省率先建成科技成果转化平台，省级重点实验室新增5家，湖州市入选全省首批创新型城市。
"""


def test_a_citys_text_that_ranks_itself_in_its_province_is_the_citys(tmp_path, workspace):
    ff = distil(tmp_path, workspace, CITY_NEWS, "news.txt")
    assert ff.source.jurisdiction == "湖州市"  # was none: 省 words outnumber 市 ones, and no 省 is named
    assert {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {
        "320家": "湖州市", "85亿元": "湖州市", "5家": "湖州市"}  # 85亿元 was nobody's


DISTRICT_NEWS = """科技创新工作推进会召开

日前，全区科技创新工作推进会召开。会议提出，全力争创国家区域科技创新中心，全区新增国家高新技术企业45家，技术合同成交额达12亿元。
"""


def test_a_level_word_inside_a_word_ends_no_name(tmp_path, workspace):
    ff = distil(tmp_path, workspace, DISTRICT_NEWS, "news.txt")
    assert ff.source.jurisdiction is None and {f.jurisdiction for f in ff.facts} == {None}  # was 国家区
