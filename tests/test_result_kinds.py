"""What distill classes as a reported result (issue 8/11): real documents of other places.

A reply may report only ``done`` facts, so a cover letter's transmittal line, a view of what
something is and a present obstacle must not be ``done``. Each rule is shown on a document of
``../shared/corpus/`` read in place (skipped, saying why, when the folder is absent), with the
same document's results still ``done``.
"""

from __future__ import annotations

from pathlib import Path

from helpers import CORPUS, REPO, needs_corpus

from drafter.distill import distill_document
from drafter.model import CONTEXT, DONE, PLAN, PROBLEM
from drafter.read import read_document
from drafter.workspace import load_workspace


def facts_of(path: Path):
    return distill_document(read_document(path), load_workspace(REPO)).facts


def kind_of(facts, opening: str) -> str | None:
    """The kind of the fact whose text opens with ``opening`` (None: no such fact)."""
    found = [f.kind for f in facts if f.text.replace(",", "，").startswith(opening)]
    assert len(found) <= 1, found
    return found[0] if found else None


@needs_corpus
def test_cover_letter_transmittal_is_no_fact():
    # 现将…情况函告如下，请综合后…: the letter sends the document on; it reports nothing
    xianning = facts_of(CORPUS / "10_xianning_coreply_2021.txt")
    assert not [f.text for f in xianning if f.text.startswith("现将")]
    # the results after it stay results
    assert kind_of(xianning, "4月15日，市政府出台了") == DONE
    # 现将《…工作总结》印发给你们，请你们…: the notice before a report is not the report
    minhang = facts_of(CORPUS / "20_minhang_report_2023.txt")
    assert not [f.text for f in minhang if f.text.startswith("现将")]
    assert DONE in [f.kind for f in minhang if "304.45亿元" in f.text]


@needs_corpus
def test_a_view_of_what_something_is_is_context():
    # 科技创新是…的关键抓手，也是…的核心动力: an opinion opening the reply
    shangjie = facts_of(CORPUS / "18_shangjie_reply_nd.txt")
    assert kind_of(shangjie, "科技创新是科技型中小企业") == CONTEXT
    assert kind_of(shangjie, "二是拓宽融资渠道") == DONE
    # 2023年是…的开局之年，…，在区委、区政府的正确领导下，区科委带领…全力推进…建设: the view
    # opens a sentence that goes on to the bureau's work, which a reply may report
    minhang = facts_of(CORPUS / "20_minhang_report_2023.txt")
    assert kind_of(minhang, "2023年是全面贯彻落实") == DONE


@needs_corpus
def test_a_present_obstacle_is_a_problem():
    # 目前…奖补资金无法将咸安区纳入奖补范围: what cannot be done yet, not a result
    xianning = facts_of(CORPUS / "10_xianning_coreply_2021.txt")
    assert kind_of(xianning, "根据现行财政体制") == PROBLEM


@needs_corpus
def test_courtesy_after_a_sequence_word_and_a_closing_wish_are_no_facts():
    # 首先，感谢您对…的关心和支持！ … 希望您一如既往关心和支持科技工作。: courtesy to the reader
    yueyang = facts_of(CORPUS / "16_yueyang_proposal_2019.txt")
    assert not [f.text for f in yueyang if "感谢" in f.text or f.text.startswith("希望")]
    # the numbered results between them stay results (其次，科技人才数量逐年增加…近1000…)
    assert kind_of(yueyang, "其次，科技人才数量逐年增加") == DONE


@needs_corpus
def test_a_statement_about_the_document_itself_is_context():
    # 本报告由…编制, 本报告内容包括…: what the report is, not what was done
    liangshan = facts_of(CORPUS / "28_liangshan_report_2025.txt")
    about = [f for f in liangshan if f.text.startswith("本报告")]
    assert about and {f.kind for f in about} == {CONTEXT}
    assert DONE in {f.kind for f in liangshan}


@needs_corpus
def test_what_the_subject_will_do_is_a_plan():
    # 我们将进一步配合组织部、人社局加大…力度: what will be done, after the results
    yueyang = facts_of(CORPUS / "16_yueyang_proposal_2019.txt")
    assert kind_of(yueyang, "我们将进一步配合") == PLAN
    assert kind_of(yueyang, "其次，科技人才数量逐年增加") == DONE


@needs_corpus
def test_a_promise_answering_the_suggestion_is_a_plan():
    # 您提出的…的建议，市财政将统筹涉农资金…支持…: what the bureau will do about the ask
    yueyang = facts_of(CORPUS / "17_yueyang_proposal_2022.txt")
    assert kind_of(yueyang, "您提出的将乡村振兴等项目资金切块") == PLAN


@needs_corpus
def test_what_is_heard_of_a_situation_is_context_though_it_has_figures():
    # 据了解，…比较薄弱，全市仅华容县有1家…合作社: the state of things, not the bureau's result
    yueyang = facts_of(CORPUS / "17_yueyang_proposal_2022.txt")
    heard = next(f for f in yueyang if f.text.startswith("据了解"))
    assert heard.figures and heard.kind == CONTEXT


@needs_corpus
def test_what_is_intended_after_a_sequence_word_is_a_plan():
    # 最后，拟建设一批科技人才培养基地。市科技局计划今年拟建立人才基地2个…: a plan, its figure a target
    yueyang = facts_of(CORPUS / "16_yueyang_proposal_2019.txt")
    assert kind_of(yueyang, "最后，拟建设一批") == PLAN
    # the results before it stay results: 其次，…提供了近1000名…; 再次，…目前我市共有省级院士工作站4个
    assert kind_of(yueyang, "其次，科技人才数量逐年增加") == DONE
    assert kind_of(yueyang, "再次，共同做好省级院士工作站") == DONE


def test_the_new_rules_hold_only_for_what_they_name():
    """A view is any 是…的<short noun> closing the first clause, not 是 after an adverb (特别是…);
    计划 is intent only before a verb or a time to come (科技计划项目 is a name, 原计划… a past
    intent); 据统计 gives figures, often the bureau's results, so it is no hearsay."""
    from drafter.distill.facts import HEARSAY, WILL, is_view

    assert is_view("知识产权保护是激励创新的基本手段") and is_view("2024年是极不平凡的一年")
    assert not is_view("特别是针对中小企业融资难的问题，推出了科技贷产品")
    assert WILL.match("一是计划2025年建成中试平台3个") and WILL.match("针对您提出的问题，我局将会同市人社局研究")
    assert not WILL.match("科技计划项目立项120项") and not WILL.match("原计划2025年建成的平台已提前建成")
    assert not WILL.match("关于您提出的建议，我局已会同市财政局出台了办法")
    assert HEARSAY.match("经调研，全市企业普遍反映融资难") and not HEARSAY.match("据统计，2025年全市高新技术企业达3000家")


def test_a_unit_that_will_act_is_named_as_replies_name_units():
    """Any unit's name or a level and a department's short name (市财政, 县人社) opens what it will do,
    not 财政 alone, as 岳阳's 市财政将统筹… did; coordinating others (统筹, 牵头, 协同) is work to do."""
    from drafter.distill.facts import WILL

    for text in ("县财政将统筹安排专项资金", "市人社将会同各区开展培训", "市发展和改革委员会将牵头编制规划",
                 "市科技创新中心将协同高校开展攻关", "您提出的建议，市商务将积极对接"):
        assert WILL.match(text), text
    assert not WILL.match("市财政已统筹安排专项资金") and not WILL.match("市财政局将3000万元纳入预算")


def test_the_rules_hold_only_for_what_they_name():
    """将 before an object marks work done; a view that claims a rank, and an obstacle the clause
    says was overcome, are results (the final read's counter-examples)."""
    from drafter.distill.facts import WILL, is_obstacle, is_view

    assert WILL.match("我们将进一步配合组织部、人社局做好人才服务") and WILL.match("市科技局将继续支持企业研发")
    assert not WILL.match("我局将科技成果转化纳入部门绩效考核")
    assert not WILL.match("市科技局将3家企业认定为市级新型研发机构")
    assert is_view("科技创新是推动高质量发展的关键抓手，也是核心动力")
    assert not is_view("该平台是全国首个服务科技成果转化的重要平台")
    assert is_obstacle("根据现行财政体制，目前奖补资金无法将咸安区纳入")
    assert not is_obstacle("搭建银企对接平台，帮助企业解决了目前难以融资的问题")


@needs_corpus
def test_a_years_proposal_after_the_results_is_a_plan_and_its_figure_a_target():
    # …成功培育…示范基地2家（…）。2022年拟培育认定市级农业科技示范基地30家。: 拟 proposes, nothing is done yet
    xianning = facts_of(CORPUS / "09_xianning_coreply_2022.txt")
    assert kind_of(xianning, "2022年拟培育认定市级农业科技示范基地30家") == PLAN
    assert kind_of(xianning, "2021年，共认定") == DONE
    assert [g.raw for f in xianning if f.kind == DONE for g in f.figures if g.raw == "30家"] == []


def test_a_clause_aiming_at_or_expecting_a_figure_is_no_result(tmp_path):
    # after a result's comma, 力争/预计 open a target: its figure is never reported as reached
    path = tmp_path / "2025年工作总结.txt"
    path.write_text("泉州市科学技术局2025年工作总结\n\n一、科技成果转化\n2025年，全市技术合同成交额达到85.6亿元，"
                    "比上年增长18%，力争2026年突破100亿元。全市高新技术企业达到486家，预计全年新增60家。\n"
                    # (计划生育 is a noun: its sentence reports what was paid)
                    "二、其他工作\n全年发放科技特派员补贴300万元。计划生育家庭科技帮扶资金发放120万元。\n", "utf-8")
    facts = facts_of(path)
    done = [g.raw for f in facts if f.kind == DONE for g in f.figures]
    planned = [g.raw for f in facts if f.kind == PLAN for g in f.figures]
    assert {"85.6亿元", "18%", "486家", "120万元"} <= set(done) and not {"100亿元", "60家"} & set(done)
    assert {"100亿元", "60家"} <= set(planned)
