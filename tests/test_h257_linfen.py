"""h257: findings of held-out round hd48d (临汾市城市管理局, 山西): a CPPCC party committee's proposal pasted with its form's
header (提案单位：民进临汾委员会), and four seeds — a 2010 news page under a spam site's header, a 2019 results report
(靓城提质“三大行动”), a 2022 reply under its portal's footer labels (承办：临汾市城市管理局), a 2023 inspection notice.
"""

from __future__ import annotations

import pytest

from drafter.compose.asks import parse_asks

# /work/wt/hd48d/suggestion.txt, as the clerk saved it.
SUGGESTION = ("关于靓城提质行动向城乡结合部延伸的建议\n\n提案单位：民进临汾委员会\n\n"
              "建议将我市靓城提质行动向城乡结合部延伸，把城乡结合部的基础设施建设和市容市貌整治纳入靓城提质范围，"
              "推动城乡结合部环境提质改造。\n")
TITLE = "关于靓城提质行动向城乡结合部延伸的建议"
ASK = SUGGESTION.split("\n\n")[2].strip()


@pytest.mark.parametrize("label", ["提案单位", "提案者", "领衔代表", "领衔委员", "建议人", "建议单位", "附议人", "联名委员", "联名代表",
                                   "案由", "类别"])
def test_a_proposals_header_labels_are_no_part_of_its_ask(label):
    """hd48d F1: 提案单位：民进临汾委员会 was read as part of the ask — the gap placeholder asked for «民进临汾委员会、将我市靓城提质
    行动向城乡结合部延伸…方面的工作情况» (提案人： was known). Every label of who proposes or seconds, and the form's 案由/类别,
    heads a line of the form, no ask."""
    [ask] = parse_asks(SUGGESTION.replace("提案单位", label), TITLE)
    assert ask.text == ASK, ask.text
    assert ask.phrase == "靓城提质行动向城乡结合部延伸", ask.phrase
    assert not any("民进" in p or p.startswith("将我市") for p in ask.points), ask.points


def test_the_own_place_taken_by_jiang_opens_no_matter():
    """hd48d F1: a numbered ask opening on 将我市 (把/将 and the own place as the object's opener) headed its section
    «将我市靓城提质行动向城乡结合部延伸»: the matter is the action; 把我县… of a point the same."""
    asks = parse_asks("为此建议：\n一、将我市靓城提质行动向城乡结合部延伸，推动城乡结合部环境提质改造。\n"
                      "二、把全县城乡结合部的基础设施建设纳入靓城提质范围，把我县市容市貌整治纳入考核。\n", TITLE)
    assert [a.phrase for a in asks] == ["靓城提质行动向城乡结合部延伸", "城乡结合部的基础设施建设纳入靓城提质范围"]
    assert asks[1].points == ["市容市貌整治纳入考核"], asks[1].points
