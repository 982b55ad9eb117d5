"""Places the held-out round 6 read wrong (metadata._jurisdiction and places.is_place), on short texts
written for each rule, read as ``drafter distill`` reads a page in the demo workspace:

- a stem of numerals alone is a count only where it reads as a number (三区, 十三县, 两三县); 二七区 is a name;
- a place the text names only before 委 (紧扣区委部署, 议事规则市委…) is the level's party committee after
  a verb or a noun, not the text's place;
- a place after a verb before a unit word (组建泰兴市科技创新委员会) is the text's place;
- a title's year (2022年度县科技局…) leaves no 度县."""

from __future__ import annotations

from helpers import distil

from drafter.distill.places import is_place


def test_a_name_of_numerals_is_a_place_a_count_is_not():
    assert is_place("二七区") and is_place("三明市") and is_place("十堰市")
    assert not any(is_place(n) for n in ("三区", "十三县", "两三县", "五六个市"))


DISTRICT_REPORT = """二七区科学技术局2024年工作总结

2024年以来，二七区科技局在区委、区政府的坚强领导下，紧扣区委工作部署，大力实施创新驱动发展战略。全年新增省级研发平台12家，入库科技型中小企业210家。
"""


def test_a_verb_before_the_party_committee_names_no_place(tmp_path, workspace):
    ff = distil(tmp_path, workspace, DISTRICT_REPORT, "report.txt")
    assert ff.source.jurisdiction == "二七区"  # was 紧扣区
    assert {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {
        "12家": "二七区", "210家": "二七区"}


CITY_REPORT = """我局在市委、市政府的坚强领导下，组建泰兴市科技创新委员会，印发市委科创委职责和议事规则市委科创委工作方案，建立覆盖6个大类的考核体系。全市新增高新技术企业45家。
"""


def test_a_noun_before_the_party_committee_names_no_place(tmp_path, workspace):
    ff = distil(tmp_path, workspace, CITY_REPORT, "report.txt")
    assert ff.source.jurisdiction == "泰兴市"  # was 议事规则市


COUNTY_REPORT = """2022年度县科技局工作总结

2022年，县科技局深入实施创新驱动发展战略，推荐34家企业申报高新技术企业，全县新增科技型中小企业20家。
"""


def test_a_titles_year_leaves_no_county(tmp_path, workspace):
    ff = distil(tmp_path, workspace, COUNTY_REPORT, "report.txt")
    assert ff.source.jurisdiction is None  # was 度县
    assert all(not (g.place or f.jurisdiction) for f in ff.facts for g in f.figures)


NEWS_OF_A_PARTY = """会议重点督办了民建南通市委员会提出的提案，全市新增科技型企业15家。
"""


def test_a_committee_spelt_in_full_still_names_its_place(tmp_path, workspace):
    ff = distil(tmp_path, workspace, NEWS_OF_A_PARTY, "news.txt")
    assert ff.source.jurisdiction == "南通市"  # 委员会 is a full name, not the short 市委


ENTRUSTING = """滨州市委托第三方机构开展科技创新政策评估，全市新增高新技术企业32家。
"""


def test_a_place_entrusting_a_body_is_its_place(tmp_path, workspace):
    ff = distil(tmp_path, workspace, ENTRUSTING, "news.txt")
    assert ff.source.jurisdiction == "滨州市"  # 市委托 is no 市委 (read8's finding)


PLATFORMS = """2024年，二七区科技局持续推动创新平台建设。新增洛阳市精密轴承工程技术研究中心、洛阳市新材料重点实验室等6家市级工程技术研究中心、重点实验室。
"""


def test_a_place_opening_an_institutions_name_is_not_its_counts(tmp_path, workspace):
    ff = distil(tmp_path, workspace, PLATFORMS, "report.txt")
    assert {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {"6家": "二七区"}  # was 洛阳市


REPLY_ON_ONE_LINE = """某县农业农村局关于对县第十八届人民代表大会第四次会议第0012号建议的答复函张建华等5名代表：

你们提出的《关于硬化村组道路的建议》收悉，现答复如下：今年已完成道路硬化12公里。
"""


def test_an_addressee_of_several_deputies_after_the_title(tmp_path, workspace):
    ff = distil(tmp_path, workspace, REPLY_ON_ONE_LINE, "reply.txt")
    assert ff.source.deputy == "张建华等5名"  # was none: 等5名代表 after the title on one line (its count kept, hd32a)
