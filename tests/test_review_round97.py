"""Reading and selection rules merged in rounds 84–96 as a review found them too wide (h97): each case is a sentence or a page
the rule misread, run through the function or the distill path a user's command takes."""

from __future__ import annotations

import pytest

from drafter.compose.select import on_matter
from drafter.distill.facts import without_enacting
from drafter.distill.figures import find_figures

# 农村集体经济's words as a title's matter weighs them (each bigram one).
COLLECTIVE = [("农村集体经济", {g: 1.0 for g in ("农村", "村集", "集体", "体经", "经济")})]


def test_an_aim_clause_is_only_one_after_another_clause():
    """促进…发展 after another clause names the aim the work serves (no matter of the paragraph); opening a sentence it is what
    the paragraph is on."""
    assert on_matter("促进农村集体经济发展。2024年，我市新增村级合作社20家。", COLLECTIVE)
    assert not on_matter("我市积极引育农事龙头企业，促进农村集体经济发展。新增龙头企业20家。", COLLECTIVE)


@pytest.mark.parametrize("text", ["年初，我局制定本年度工作计划。", "3月，我局制定本单位公文处理办法。"])
def test_work_done_making_a_plan_is_no_enacting_sentence(text):
    assert without_enacting(text) == text


@pytest.mark.parametrize("text", ["为规范公文处理，结合我局实际，制定本办法。", "为规范公文处理，制定本办法。",
                                  "为全面推进乡村振兴，特制定本方案。", "…三年行动计划为全面贯彻落实…，现制定如下行动计划。"])
def test_a_documents_own_enacting_sentence_goes(text):
    assert without_enacting("前文。" + text) == "前文。"


def test_a_time_word_inside_a_word_ends_no_counted_name():
    def counts(text: str) -> dict[str, str | None]:
        return {g.raw: g.counts for g in find_figures(text)}

    assert counts("培育30名青年内训师。")["30名"] == "青年内训师"
    assert counts("举办3场线上年货节。")["3场"] == "线上年货节"
    assert counts("5个文旅项目今年5月签约。")["5个"] == "文旅项目"
    assert counts("3个项目年内完成。")["3个"] == "项目"


def test_a_place_described_then_its_work_with_figures_is_a_result(tmp_path):
    """A place's description or profile was background (hd20a, hd20b) whatever followed it in the statement: the work done
    there, told with its figures after it (新建堤防5公里), was lost with it (review of rounds 92–95). Only a statement that
    describes the place and no more is background."""
    from helpers import distil, unit_workspace

    ws = unit_workspace(tmp_path / "ws", "岳阳县水利局", "县水利局", "岳阳县", "新开镇, 荣家湾镇")
    page = ("岳阳县水利局2023年工作总结\n\n新开镇七星垸位于新墙河流域中游，属于单退垸。2023年全镇新建堤防5公里，投入资金800万元。\n\n"
            "全县面积2000平方公里，人口70万，2023年全县新建堤防12公里，投入资金1800万元。\n\n"
            "七星垸位于新墙河流域中游，属于单退垸，防洪大堤全长3.45千米，大堤分别于1983年、1998年经历3次险情。\n\n"
            "面积548平方公里，人口62.7万，地处成都平原北部，区位优势突出。\n")
    ff = distil(tmp_path, ws, page, "2024-01-10_岳阳县水利局2023年工作总结.txt")
    kinds = {f.text[:6]: f.kind for f in ff.facts}
    assert (kinds["新开镇七星垸"], kinds["全县面积20"], kinds["七星垸位于新"], kinds["面积548平"]) == (
        "done", "done", "context", "context"), kinds
