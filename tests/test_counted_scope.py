"""A figure that a whole scope of another level counts (全国共13家, 在全省9个省级园区中, 当选全省60家,
位列全国72个城市) is that scope's, never the text's place's: its place is the scope. A scope of the
text's own level (全省累计… in a province's text), a scope that qualifies a thing (全国重点实验室11个),
what a comparison measures against (低于全省…) and a rank (全国第6位) stay the text's place's."""

from __future__ import annotations

from helpers import REPO, needs_corpus, CORPUS

from drafter.distill import distill_document
from drafter.distill.places import figure_places
from drafter.grammar import find_figure
from drafter.read import read_document
from drafter.workspace import load_workspace


def place_of(text: str, raw: str, doc_place: str) -> str | None:
    return figure_places(text, [find_figure(text, raw)], doc_place, doc_place)[0]


def test_a_whole_scope_right_before_a_figure_counts_it():
    assert place_of("在全国106家园区创新能力评价中列入创新引领区之一", "106家", "泉州市") == "全国"
    assert place_of("列入创新引领区之一（全国共13家）", "13家", "泉州市") == "全国"
    assert place_of("在全省9个省级园区验收评估中得分排名第一", "9个", "泉州市") == "全省"
    assert place_of("全市共有高新技术企业2100家", "2100家", "鲤城区") == "全市"


def test_its_own_level_a_thing_a_comparison_and_a_rank_stay_the_texts():
    assert place_of("全省累计推广氢燃料电池汽车2041辆", "2041辆", "山东省") is None
    assert place_of("建设全国重点实验室11个", "11个", "重庆市") is None
    assert place_of("研发投入强度低于全省1.5个百分点", "1.5个百分点", "泉州市") is None
    assert place_of("创新驱动力居全国第6位", "第6位", "湖州市") is None
    assert place_of("全市新增高新技术企业420家", "420家", "泉州市") is None


def test_the_seeds_national_and_provincial_counts_are_not_the_citys():
    """Seed 001 (泉州市's 2016 report): 106家 and 13家 are the nation's parks, 9个 the province's;
    they were the city's figures."""
    seed = next((REPO / "seeds").glob("001_*"))
    ff = distill_document(read_document(seed), load_workspace(REPO))
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures if "全国共13家" in f.text}
    assert (places["106家"], places["13家"], places["9个"], places["100家"]) == ("全国", "全国", "全省", "泉州市")


@needs_corpus
def test_a_rank_among_the_nations_cities_counts_them():
    """湖州 (23): 湖州创新能力位列全国72个城市第29位 — 72个 are the nation's cities, 第29位 湖州's rank."""
    ff = distill_document(read_document(CORPUS / "23_huzhou_plan_2021.txt"), load_workspace(REPO))
    fact = next(f for f in ff.facts if "位列全国72个城市" in f.text)
    places = {g.raw: g.place or fact.jurisdiction for g in fact.figures}
    assert (places["72个"], places["第29位"], places["第6位"]) == ("全国", "湖州市", "湖州市")
