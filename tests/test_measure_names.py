"""What a figure counts is the head noun phrase of the thing: not the verb that made it (共认定…, 拟培育认定…, 创建…) nor
the modifier of a list of qualities its name was cut at (…、具有良好成长性市级…基地, 1000名具有优秀科技素质、…的企业科技人员),
so that the same thing in two years' wordings is one measure and refresh supersedes the older value; a thing named with a
word less inside (市级农业示范基地 / 市级农业科技示范基地) may be another kind, and is asked about."""

from __future__ import annotations

import re

from helpers import CORPUS, REPO, needs_corpus, xianning_refreshed

from drafter.distill.document import distill_document
from drafter.distill.figures import find_figures
from drafter.read import read_document
from drafter.workspace import load_workspace


def figures_of(path) -> list:
    """The figures of the document at ``path``, as distill reads them."""
    return [g for f in distill_document(read_document(path), load_workspace(REPO)).facts for g in f.figures]


def counts(path, raw: str) -> list[str]:
    """What each figure written ``raw`` in the document at ``path`` counts."""
    return [g.counts for g in figures_of(path) if g.raw == raw]


@needs_corpus
def test_a_count_is_named_by_its_thing_not_the_verb_that_made_it():
    # 咸宁 (09): 2021年，共认定…市级农业科技示范基地40家 and the plan 2022年拟培育认定市级农业科技示范基地30家
    assert counts(CORPUS / "09_xianning_coreply_2022.txt", "30家") == ["市级农业科技示范基地"]
    # 昆都仑 (24): 创建国家级科普示范社区2家
    assert counts(CORPUS / "24_kunlun_plan_nd.txt", "2家")[:1] == ["国家级科普示范社区"]
    # 鲤城 (seed 004): 认定登记 is a noun (技术合同认定登记), no verb before the thing
    assert counts(REPO / "seeds" / "004_97aa86ca4c7a70e1.txt", "12025.77万元") == ["认定登记技术总金额"]
    # 临沂's reply (hd14): 命名红色堡垒村（镇）171处，创建省级红色文化特色村19个
    linyi = find_figures("守好红色根脉，命名红色堡垒村（镇）171处，创建省级红色文化特色村19个，全市9个县均被列入国家革命文物保护利用片区。")
    assert [g.counts for g in linyi] == ["红色堡垒村（镇）", "省级红色文化特色村", "县"]
    # 滕州's news (test_drafts_for_other_bureaus): the first of two verbs says what is counted (built or renovated)
    tengzhou = find_figures("全年新增道路里程约12千米,建成城市地下综合管廊约1.4千米,新建改造燃气管网约30千米,敷设热力管道约15千米")
    assert [g.counts for g in tengzhou if g.raw == "约30千米"] == ["新建改造燃气管网"]
    # a word of two characters after such a verb is a noun with it (创建单位: the units of a 创建 campaign)
    assert [g.counts for g in find_figures("2021年确定创建单位3个。")] == ["创建单位"]


@needs_corpus
def test_a_list_of_qualities_is_no_part_of_the_thing_counted():
    # 咸宁 (09): 共认定政府重点支持、代表区域农业特色、具有良好成长性市级农业科技示范基地40家
    assert counts(CORPUS / "09_xianning_coreply_2022.txt", "40家") == ["市级农业科技示范基地"]
    # 岳阳 (16): 近1000名具有优秀科技素质、较强研究开发和技术创新能力及科技组织管理能力的企业科技人员
    assert counts(CORPUS / "16_yueyang_proposal_2019.txt", "近1000名") == ["企业科技人员"]
    # 代表 is also the deputies counted, no quality
    assert [g.counts for g in find_figures("共收到12名代表委员和群众的意见建议。")] == ["代表委员"]
    # a single modifier, not cut off at a list, says which things are counted (seed 001)
    assert counts(REPO / "seeds" / "001_fa2a5beafb4408f4.txt", "150家左右") == ["拥有关键或核心技术的创新企业数量"]


@needs_corpus
def test_no_name_of_the_corpus_or_seeds_opens_on_a_making_verb_or_a_quality():
    pages = [*sorted(CORPUS.glob("[0-9]*.txt")), *sorted((REPO / "seeds").glob("*.txt"))]
    names = {g.counts for page in pages for g in figures_of(page) if g.counts}
    assert len(pages) == 33 and len(names) > 300
    assert not [n for n in names if re.match(r"(?:认定(?!登记)|命名|创建|新建(?!改造)|组建|筹建)[^单项]|具有|具备|富有|符合", n)]


# qa17's clerk's 2025 year-end report of 咸宁市科学技术局, and a count of another level (省级) of the same kind of base.
REPORT = """咸宁市科学技术局2025年工作总结
（2026年1月10日）
2025年，我局认真贯彻落实市委、市政府决策部署，科技创新工作取得新成效。
一、农业科技示范基地建设。2025年，全市共认定市级农业科技示范基地52家，新培育湖北省乡村振兴科技创新示范基地4家。
二、省级基地。2025年，全市共认定省级农业科技示范基地6家。
"""


def superseded(report: dict) -> set[tuple[str, str]]:
    return {(h["raw"], h["new"]["raw"]) for h in report["superseded_figures"]}


def asked(report: dict) -> set[tuple[str, str]]:
    return {(m["new"]["raw"], c["raw"]) for m in report["ambiguous"] for c in m["candidates"]}


@needs_corpus
def test_a_new_years_count_of_the_thing_supersedes_the_old_one_worded_otherwise(tmp_path):
    _, report = xianning_refreshed(tmp_path, REPORT)
    # 认定…具有良好成长性市级农业科技示范基地40家 of 2021 and 认定市级农业科技示范基地52家 of 2025: one measure
    assert ("40家", "52家") in superseded(report)
    # 省级 is another thing than 市级, and a plan (拟培育认定…30家) is no result
    assert not {("40家", "6家"), ("30家", "52家"), ("30家", "6家")} & superseded(report)
    assert ("6家", "40家") not in asked(report)


@needs_corpus
def test_a_count_of_the_thing_with_a_word_less_inside_is_asked_about(tmp_path):
    # 市级农业示范基地 may be 市级农业科技示范基地 or a wider kind: asked, not superseding
    _, report = xianning_refreshed(tmp_path, REPORT.replace("市级农业科技示范基地52家", "市级农业示范基地52家"))
    assert ("52家", "40家") in asked(report)
    assert not any(new == "52家" for _, new in superseded(report))
