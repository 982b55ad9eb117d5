"""h257: findings of held-out round hd48d (临汾市城市管理局, 山西): a CPPCC party committee's proposal pasted with its form's
header (提案单位：民进临汾委员会), and four seeds — a 2010 news page under a spam site's header, a 2019 results report
(靓城提质“三大行动”), a 2022 reply under its portal's footer labels (承办：临汾市城市管理局), a 2023 inspection notice.
"""

from __future__ import annotations

import docx
import pytest
from helpers import distil_by_cli, first_saying, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.gaps import WORK_GAP_NOTE

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


# seeds/2019-11-23_靓城提质三大行动分指挥部.txt as the tester saved it (a big5 page read as GBK: its 區(qū) glosses and a quote
# mark's bytes garbled, 處?!叭隆狈种笓]部).
RESULTS_2019 = '臨汾市區(qū)靚城提質(zhì)“三大行動”分指揮部:主動擔當 快速推進\n\n2019-11-23 09:32:39 來源:臨汾新聞網(wǎng)\n\n  臨汾新聞網(wǎng)訊(記者 韓曉芳) 市區(qū)靚城提質(zhì)“三大行動”開展以來,在市委、市政府強有力的領導下,三個分指揮部主動擔當、積極作為,在各市直部門和廣大群眾的支持配合下,各項行動全面鋪開、快速推進,城市環(huán)境明顯改善、品質(zhì)顯著提升。\n\n  截至11月21日,“三拆”分指揮部共拆除違章建筑16處、4328平方米,拆除有礙觀瞻的臨街建筑1處?!叭隆狈种笓]部共拆除廣告牌匾447塊、2.2萬平方米,拆除落地式廣告17塊、893平方米,拆除附著物87處,管線下地共啟動改造10條街道,拆除報廢光纜52根、6800米;拆除報廢架線桿15根、交接箱兩個;整治跨街線路3處;鋪設管道10485.5米,制作檢查井102座;鋪設光纜2200米。“三進”分指揮部共劃設路內(nèi)停車泊位1524個,在建停車場(庫)4座,停車泊位402個,規(guī)范整治路邊洗車場1處。\n\n  通過整治,市區(qū)市容市貌明顯改觀,交通秩序大有好轉,私搭亂建勢頭得到了有效遏制。很多市民由衷感慨:“看著城市一天天變得更美,環(huán)境靚麗、交通有序,更增加了我們對家鄉(xiāng)的熱愛,對美好明天的向往!”\n\n\n     \n\n責任編輯: 吉政\n\n版權聲明:凡臨汾日報、臨汾日報晚報版、臨汾新聞網(wǎng)刊載及發(fā)布的各類稿件,未經(jīng)書面授權,任何媒體、網(wǎng)站或自媒不得轉載發(fā)布。若有違者將依法追究侵權責任。\n'
RESULTS_NAME = "2019-11-23_靓城提质三大行动分指挥部.txt"


def _linfen(tmp_path):
    return unit_workspace(tmp_path / "ws", "临汾市城市管理局", "市城市管理局", "临汾市")


def test_results_counted_to_a_day_of_the_year_are_work_done(tmp_path):
    """hd48d F2: 「截至11月21日，“三拆”分指挥部共拆除违章建筑16处、4328平方米，…划设路内停车泊位1524个」 in the city's own news was
    kind context, a deed read as background. A statement opening on a day (or month) of the year counted to is the place's
    results so far that year, as one opening on 1-11月 is."""
    facts = distil_by_cli(tmp_path, _linfen(tmp_path), RESULTS_2019, RESULTS_NAME)[1]
    results = first_saying(facts, "拆除违章建筑16处")
    assert results.kind == "done", (results.kind, results.text)
    assert results.period.year == 2019, results.period


def test_a_gap_with_old_background_on_its_matter_names_it_as_too_old(tmp_path):
    """hd48d F2: the placeholder's comment said 已收集的材料中没有本单位此方面的工作情况 though the base held the 2019 page on
    靓城提质“三大行动” (its lead paragraph on the matter; its results' paragraph says no 靓城提质 of its own). Background on the
    heading's matter, too old to use, is named as such, as old work is."""
    _, out = seeds_draft(tmp_path, _linfen(tmp_path), {RESULTS_NAME: RESULTS_2019}, "001", TITLE, SUGGESTION,
                         "--deputy", "民进临汾委员会", "--session", "市政协五届二次会议", "--type", "B", "--proposal",
                         "--date", "2023-11-21")
    notes = [c.text for c in docx.Document(str(out)).comments]
    assert not any(n.startswith(WORK_GAP_NOTE[:20]) for n in notes), notes
    [note] = [n for n in notes if n.startswith("“靓城提质行动向城乡结合部延伸”方面")]
    assert "2019年" in note and "靓城提质“三大行动”分指挥部" in note and "早于成文年份3年以上" in note, note
