"""What a figure counts is the head noun phrase of the thing: not the verb that made it (共认定…, 拟培育认定…, 创建…),
so that the same thing in two years' wordings is one measure and refresh supersedes the older value."""

from __future__ import annotations

from helpers import CORPUS, REPO, needs_corpus

from drafter.distill.document import distill_document
from drafter.read import read_document
from drafter.workspace import load_workspace


def counts(path, raw: str) -> list[str]:
    """What each figure written ``raw`` in the document at ``path`` counts, as distill reads it."""
    facts = distill_document(read_document(path), load_workspace(REPO)).facts
    return [g.counts for f in facts for g in f.figures if g.raw == raw]


@needs_corpus
def test_a_count_is_named_by_its_thing_not_the_verb_that_made_it():
    # 咸宁 (09): 2021年，共认定…市级农业科技示范基地40家 and the plan 2022年拟培育认定市级农业科技示范基地30家
    assert counts(CORPUS / "09_xianning_coreply_2022.txt", "30家") == ["市级农业科技示范基地"]
    # 昆都仑 (24): 创建国家级科普示范社区2家
    assert counts(CORPUS / "24_kunlun_plan_nd.txt", "2家")[:1] == ["国家级科普示范社区"]
    # 鲤城 (seed 004): 认定登记 is a noun (技术合同认定登记), no verb before the thing
    assert counts(REPO / "seeds" / "004_97aa86ca4c7a70e1.txt", "12025.77万元") == ["认定登记技术总金额"]
