"""Names that open with a function character (和平区, 将乐县, 从化区, 于洪区) are read where a clause
fragment cannot stand: right after another place in a chain, or in a chain directly before a unit
word; the fragments the rules exist to refuse (现将市科技局, 和市科技局, 将全市, 为区…, 泉州市和鲤城区,
与各区科技局) still name no such place. A document of 天津市和平区科学技术局 or of 三明市将乐县 is
then filed under its own place, never 我市's (the repository's workspace is 泉州市)."""

from __future__ import annotations

from helpers import REPO
from helpers import place_names as names

from drafter.distill import distill_document
from drafter.distill.places import innermost, is_place, leading_places, opens_with_function, org_names, place_chain
from drafter.read import read_document
from drafter.workspace import load_workspace


def test_a_name_after_another_place_in_a_chain():
    assert place_chain("天津市和平区") == ["天津市", "和平区"]
    assert place_chain("三明市将乐县") == ["三明市", "将乐县"]
    assert place_chain("沈阳市于洪区") == ["沈阳市", "于洪区"]
    assert place_chain("福建省将乐县") == ["福建省", "将乐县"]
    assert innermost("天津市和平区科学技术局") == "和平区"
    assert innermost("广州市从化区科技局") == "从化区"
    assert leading_places("三明市将乐县人民政府办公室") == ["三明市", "将乐县"]


def test_a_name_right_before_a_unit_word():
    assert innermost("和平区科技局") == "和平区"
    assert innermost("将乐县人民政府") == "将乐县"
    assert org_names("市发改委、和平区科技局、将乐县人民政府联合开展调研") == ["和平区科技局", "将乐县人民政府"]
    assert org_names("本单位与和平区科技局联合举办") == ["和平区科技局"]
    assert org_names("天津市和平区科学技术局积极推进") == ["天津市和平区科学技术局"]


def test_alone_in_running_text_it_is_still_no_place():
    # without a chain or a unit word nothing tells 和平区 from a clause fragment
    assert not is_place("和平区") and not is_place("将乐县")
    assert leading_places("和平区建设") == []


def test_the_fragments_stay_refused():
    # a function character before a level word and a unit word: no name
    assert org_names("现将市科技局有关情况报告如下") == []
    assert org_names("请和市科技局联系") == [] and org_names("为区科技局提供") == []
    assert org_names("将全市科技局系统") == [] and org_names("与各区科技局对接") == []
    # 和 + a name is 和 and that name, in a chain and before a unit word
    assert place_chain("泉州市和鲤城区") == [] and leading_places("泉州市和鲤城区") == ["泉州市"]
    assert org_names("市科技局和鲤城区科技局") == ["鲤城区科技局"]
    assert org_names("泉州市和平潭县科技局") == ["平潭县科技局"]
    # a scope, a count, a zone or a level word after the function character is no name either
    for fragment in ("将全市", "为各区", "与两区", "将新区", "在城区", "和区县", "将本市", "由该区"):
        assert not opens_with_function(fragment), fragment
        assert place_chain("泉州市" + fragment) == [], fragment
    # 由杭州市上城区科学技术局: 由 opens the clause; 杭州 is one word, never 由杭 + 州
    assert org_names("由杭州市上城区科学技术局编制。") == ["杭州市上城区科学技术局"]
    assert not opens_with_function("由杭州")


REPLY = """天津市和平区科学技术局
关于区政协十五届三次会议第0123号提案的答复

王委员：
您提出的《关于推动科技企业培育的提案》收悉。现将办理情况答复如下：
一、工作开展情况
2024年，和平区新增国家高新技术企业35家，科技型中小企业入库226家。
感谢您对我区科技工作的关心和支持。

天津市和平区科学技术局
2025年5月20日
"""

REPORT = """三明市将乐县科学技术局2024年工作总结

一、主要工作成效
（一）科技创新主体持续壮大。2024年，全县新增国家高新技术企业12家，总数达到46家；科技型中小企业入库83家。
（二）科技成果转化加快。全年技术合同成交额达到1.2亿元，同比增长18.5%。
二、2025年工作打算
力争全年新增国家高新技术企业10家以上。

将乐县科学技术局
2025年1月10日
"""


def test_a_districts_document_is_filed_under_its_own_place(tmp_path):
    ws = load_workspace(REPO)  # 泉州市科学技术局
    for text, place in ((REPLY, "和平区"), (REPORT, "将乐县")):
        path = tmp_path / f"{place}.txt"
        path.write_text(text, encoding="utf-8")
        ff = distill_document(read_document(path), ws)
        assert ff.source.jurisdiction == place
        assert ff.facts and all(f.jurisdiction == place and f.external for f in ff.facts), [
            (f.text, f.jurisdiction) for f in ff.facts]


def test_running_text_names_the_district_after_its_city():
    assert names("天津市和平区新增国家高新技术企业35家") == ["天津市", "和平区"]
    assert names("据三明市将乐县统计，技术合同成交额1.2亿元") == ["三明市", "将乐县"]
    assert names("和平区科技局组织企业申报35家") == ["和平区"]
    # the fragments: 和 + a name, a scope after 为, a short form after 现将
    assert names("泉州市和鲤城区新增35家") == ["泉州市", "鲤城区"]
    assert names("泉州市为全市新增35家") == ["泉州市"]
    assert names("现将市科技局新增35家") == [] and names("全市和区县共35家") == []


CITY_REPORT = """天津市科学技术局2024年工作总结

一、主要工作成效
2024年，全市新增国家高新技术企业1200家，其中天津市和平区新增国家高新技术企业35家。

天津市科学技术局
2025年1月10日
"""


def test_a_districts_figure_in_a_citys_report_is_the_districts(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(CITY_REPORT, encoding="utf-8")
    ff = distill_document(read_document(path), load_workspace(REPO))
    assert ff.source.jurisdiction == "天津市"
    places = {g.raw: g.place for f in ff.facts for g in f.figures}
    assert places.get("35家") == "和平区", places
    assert places.get("1200家") in (None, "天津市"), places
