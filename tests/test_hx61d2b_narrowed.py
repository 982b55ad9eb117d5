"""hx61d2b: hx61d2's rules narrowed to what its findings (hd61a, hd61b) showed, so that the earlier findings they broke hold
again, each on its real line.

- A first person in a quotation is someone's own account only where someone speaks it (张建波说：“我作为…), not in a name
  quoted (持续开展“我为群众办实事”实践活动 of 沈阳市农业农村局's press conference, hd19a: its work, read as background).
- A quotation's close no kept sentence opened is a cut only where the fact's text opens it: 1288's reply misprints
  探索“异地研发、本地转化”机制”，… (a close of nothing), and that sentence was dropped from the draft.
- Only a target named as such (努力实现到2022年…的目标) leaves a statement's figures; a forecast among results
  (预测两区上半年外贸进出口总额15.6亿元) stays, named a forecast (tests/test_heldout_round7.py, test_heldout_round24.py).
"""

from __future__ import annotations

from drafter.compose.sentences import split_sentences, without_cut_quotations
from drafter.distill.facts import fact_kind, figure_positions, named_targets
from drafter.distill.figures import find_figures, normalise
from drafter.distill.structure import Unit
from drafter.model import Block

# 盛京's page of 2023-10-12 on 沈阳市农业农村局's press conference (tests/test_hd19_kinds.py's SHENGJING): its fourth line.
PRESS = ("主题教育开展以来,市农业农村局坚持以习近平新时代中国特色社会主义思想为指导,自觉践行以人民为中心的发展思想,将“三美”建设作为"
         "践行“千万工程”经验的重要载体,持续开展“我为群众办实事”实践活动,聚焦人民群众最关心的垃圾、污水、厕所等问题,深入推进美丽宜居村建设,"
         "切实提升农村基础设施和公共服务水平,持续改善农村生产生活条件。2023年推动105个行政村创建省级美丽宜居村,截至目前,80个村已达到创建标准。")
# seeds/003_d554f6e29ba293ca.txt (泉州市科技局's 2026 reply to 1288): its 三是 item, the misprinted ” as printed.
MISPRINT = ("三是探索“异地研发、本地转化”机制”，出台《泉州市促进异地研发孵化若干措施》。高效嫁接先进地区创新资源，新认定火炬电子成都科创中心、"
            "三六一度北京研发创新中心等6家企业异地研发中心，新增异地研发技术成果在泉转化落地40项。推进西安交通大学-泉州联合创新孵化中心建设，"
            "已引进“固态级电容器”等4项西安交大技术成果在泉落地转化，并与泉州联兴发共同设立“功能纺织材料创新联合体”、与福建立信共同设立"
            "“立信换热创新联合体”。")
# tests/test_hx61d2_kinds.py's TEA_TARGET (hd61b) and test_heldout_round7.py's HALF_YEAR: a target named, and a forecast.
TEA = "2017年全县茶园面积10.5万亩，完成毛茶产量8206吨，产值4.6亿元，努力实现到2022年茶产业产值超8亿元的目标。"
FORECAST = "1-5月，规上工业总产值上报数为97.74亿元，预测增长17.6%。预测两区上半年外贸进出口总额15.6亿元，同比增长4.5%。"


def test_a_name_quoted_in_the_first_person_is_no_ones_words():
    norm = normalise(PRESS)
    assert fact_kind(Unit(norm, Block(norm, PRESS, 1), "para", [], "done"), norm, [], "done") == "done"
    spoken = normalise("张建波说:“我作为大理州援鄂医疗的副队长出征武汉,积累了丰富的防控经验。”")
    assert fact_kind(Unit(spoken, Block(spoken, spoken, 1), "para", [], "done"), spoken, [], "done") == "context"


def test_a_misprinted_close_is_no_cut_quotation():
    sentences = split_sentences(MISPRINT)
    kept = [sentences[0], sentences[2]]  # (what the 1288 draft keeps of it)
    assert without_cut_quotations(kept, MISPRINT) == kept


def test_only_a_target_named_as_such_is_marked():
    def marks(text):
        return dict(zip((g.raw for g in find_figures(text, text)), named_targets(text, figure_positions(text, find_figures(text, text)))))

    tea = marks(TEA)
    assert not tea["4.6亿元"] and not tea["10.5万亩"] and any(v for k, v in tea.items() if "8亿元" in k and "4.6" not in k)
    assert not any(marks(FORECAST).values())
