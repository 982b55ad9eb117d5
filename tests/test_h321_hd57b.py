"""h321: a description of a thing (where it lies and runs, how long it is, what it is made of, what it is) is no work done,
whoever's place it is; the problem its paragraph states (造成…存在…) is a unit of its own, never work done — on the real lines of
榆林市文化和旅游局's 67号 reply (hd57b), whose two paragraphs of description were 已做 and quoted by a placeholder's comment as the
bureau's work near the ask (test_h314_hd57b) instead of its 2019 work on 长城.
"""

from __future__ import annotations

from helpers import YULIN_REPLY_67, distil, first_saying, unit_workspace

from drafter.compose.sentences import finished_sentences
from drafter.distill.facts import DEED_VERB, DESCRIBED, OURS_ACTING
from drafter.distill.structure import SHORTFALL_SENTENCE

PROBLEM = "由于历史时期文物保护意识不强，在长城公布为省级文物保护单位前并未划定保护范围和建设控制地带，造成目前长城本体和保护范围、建控范围内存在大量早期修建的民房、墓地、道路等"


def _facts(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "榆林市文化和旅游局", "市文旅局", "榆林市",
                        "榆阳区, 横山区, 神木市, 府谷县, 靖边县, 定边县, 绥德县, 米脂县, 佳县, 吴堡县, 清涧县, 子洲县")
    return distil(tmp_path, ws, YULIN_REPLY_67, "2022-12-13_对市五届人大一次会议第1号建议的答复函.txt").facts


def test_1_where_a_thing_runs_how_long_and_what_it_is_made_of_is_background(tmp_path):
    facts = _facts(tmp_path)
    wall = first_saying(facts, "战国秦长城在榆林境内途经")
    assert wall.kind == "context" and wall.jurisdiction == "榆林市", (wall.kind, wall.jurisdiction)  # (was done)
    assert {f.raw for f in wall.figures} == {"350多公里", "18公里", "约1100多公里"}  # (its measures kept, as background)
    assert wall.text.endswith("是榆林境内保存最为完整的长城。")  # (the problem after it a unit of its own)


def test_2_the_problem_its_paragraph_states_is_a_unit_of_its_own_never_done(tmp_path):
    problem = first_saying(_facts(tmp_path), "造成目前长城本体")
    assert problem.text == PROBLEM + "，……" and problem.kind == "context", (problem.text, problem.kind)  # (marked cut: hx68c)
    assert finished_sentences(problem.text) == [PROBLEM + "。"]  # (a draft says it closed: h292)
    # (a consequence leaving a thing standing, its sentence ended by the page's cut; not 存在的… naming a thing)
    assert SHORTFALL_SENTENCE.search(PROBLEM + "，加之沿")
    assert not SHORTFALL_SENTENCE.search("对长城本体进行了保护，造成长城存在的价值更加凸显。")


def test_3_our_place_described_is_background_too(tmp_path):
    facts = _facts(tmp_path)
    ours = first_saying(facts, "我市的长城资源丰富")
    assert ours.kind == "context" and ours.jurisdiction == "榆林市", (ours.kind, ours.jurisdiction)  # (was done)
    assert {f.raw for f in ours.figures} == {"约1500多公里", "1734座", "41座"}
    assert not [f.text for f in facts if f.kind == "done"]  # (the page tells no deed of anyone)


def test_4_what_opens_a_description_and_whose_deed_keeps_it_work():
    for first in ("战国秦长城在榆林境内途经神木、榆阳、横山、靖边四县区，全长350多公里；隋长城分布在神木、靖边、定边三县市区，全长18公里。",
                  "我市的长城资源丰富，时代延续较长、遗存体量较大、文化内涵丰富。",
                  "明长城在榆林境内东起府谷县墙头村，经神木市、榆阳区、横山区、靖边县境，西出定边县马圈梁与宁夏境长城连接。",
                  "明长城由“大边”和“二边”两道基本并行的防线组成。", "镇北台是榆林境内保存最为完整的长城遗址。"):
        assert DESCRIBED.match(first), first
    # (work, not a thing as it is: the bureau's deed on the wall, its place's)
    for first in ("市文旅局安排400余万元，完成了200块长城遗址重点段落和重点营堡保护标志碑的项目设计。",
                  "为此，我市逐步建立完备的长城保护管理制度，不断完善长城保护工作。"):
        assert not DESCRIBED.match(first), first
    # (nor a first sentence saying what was carried out: 实施, 开展, 完成, 投入…)
    assert DEED_VERB.search("明长城在榆林境内东起府谷县墙头村，实施明长城龙洲堡、靖边县五台村段抢救性保护工程。")
    assert not DEED_VERB.search("明长城由“大边”和“二边”两道基本并行的防线组成，是榆林境内保存最为完整的长城。")
    # (the place as the doer keeps a description's statement work; a thing of the place does not)
    assert OURS_ACTING.search("为此，我市逐步建立完备的长城保护管理制度")
    assert not OURS_ACTING.search("我市的长城资源丰富，…分布于我市的府谷、神木、榆阳、横山、靖边、定边六县市区")
