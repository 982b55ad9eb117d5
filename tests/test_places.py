"""The place of a figure is a name, never a fragment cut out of a clause (issue 11).

The five seeds and the 28 corpus documents (``../shared/corpus``, read in place) are distilled as
``drafter distill`` would; every figure place that comes out must be a proper name and a level
word (``华容县``, ``福建省``), a zone (``万盛经开区``), a regional name (``川渝``) or a whole scope the
figure counts (``全国``, ``全省``: 全国共13家, see test_counted_scope). A *fragment* is
defined by the rule, with the grammar's vocabularies, not by listing strings seen once: it opens
with a digit, a date's 年/月/日, a time word (目前, 年度…), a verb of the work (获得, 协同, 兑现…) or
a function character (在, 与, 仅…), or nothing but a level word is left (省, 自治区, 高新区).
"""

from __future__ import annotations

import re
from pathlib import Path
import docx

from helpers import CORPUS, REPO, needs_corpus, new_workspace
from helpers import place_names as names

from drafter.distill import distill_document
from drafter.distill.places import is_place, name_in
from drafter.grammar import TIME_WORDS, WORK_VERBS, words
from drafter.read import read_document
from drafter.workspace import load_workspace


FRAGMENT_START = re.compile(rf"^(?:\d|[年月日]|{words(TIME_WORDS, WORK_VERBS)}|[在由从与和及对向将为是据经被等的了把于仅只有])")
LEVEL_OR_ZONE = re.compile(r"(?:自治区|自治州|自治县|高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|园区|"
                           r"[省市区县州旗])$")
# The whole scopes a figure may count (全国共13家), places though no name: spelled here, not taken
# from the grammar, so a scope word the grammar gains or loses is seen by this test.
WHOLE_SCOPES = ("全国", "全省", "全市", "全区", "全县", "全州")


def fragment(place: str) -> bool:
    """Whether a figure's place is a piece of a clause rather than a name (see the module docstring)."""
    if place in WHOLE_SCOPES:
        return False
    stem = LEVEL_OR_ZONE.sub("", place)
    return bool(FRAGMENT_START.match(place)) or len(stem) < 2 or bool(LEVEL_OR_ZONE.fullmatch(stem))


def figure_places(paths: list[Path]) -> dict[str, list[str]]:
    """Each figure place distilled from ``paths`` → where it came from (file: figure)."""
    ws = load_workspace(REPO)
    out: dict[str, list[str]] = {}
    for path in paths:
        for fact in distill_document(read_document(path), ws).facts:
            for fig in fact.figures:
                if fig.place:
                    out.setdefault(fig.place, []).append(f"{path.name}: {fig.raw}")
    return out


def test_the_seeds_give_no_fragment_as_a_figure_place():
    """Seed 003 says 2025年兑现省、市两级…补助 and 2024年度福建省…项目, seed 004 协同市生产力促进中心,
    seed 001 力争2017年高新区…: none of those spans is a place; the figure keeps its fact's place."""
    places = figure_places(sorted((REPO / "seeds").glob("*.txt")))
    bad = {p: where for p, where in places.items() if fragment(p)}
    assert not bad, bad


@needs_corpus
def test_the_corpus_gives_no_fragment_and_keeps_the_places_its_clauses_name():
    places = figure_places(sorted(CORPUS.glob("*.txt")))
    bad = {p: where for p, where in places.items() if fragment(p)}
    assert not bad, bad
    # the places the documents' clauses name are still found (岳阳 仅华容县有1家, 重庆 川渝共建…)
    assert {"华容县", "万盛经开区", "川渝", "成渝"} <= set(places), sorted(places)
    assert not any(p.startswith("获得") or p == "自治区" for p in places)  # 获得自治区科技进步奖42项 (昆都仑区)


def test_a_span_is_cut_back_to_its_name_or_is_none():
    # a time or a function character before a name is cut off
    assert name_in("2024年福建省") == "福建省"
    assert name_in("仅华容县") == "华容县"
    # nothing but a level word left, or a verb before it (the grantor of an award, not the place)
    assert name_in("兑现省") is None and name_in("协同市") is None and name_in("年获省") is None
    assert name_in("获得包头市") is None and name_in("获得自治区") is None
    # a province is one of the provinces; a name may open with a numeral, a count may not
    assert is_place("福建省") and is_place("内蒙古自治区") and not is_place("年度福建省") and not is_place("自治区")
    assert is_place("三明市") and is_place("十堰市") and not is_place("三个区") and not is_place("两地市")


def test_places_in_real_clauses():
    """Clauses of the seeds and the corpus, as they are written."""
    assert names("完成2024年度福建省技术创新重点攻关及产业化项目的9家企业项目验收工作") == []
    assert names("力争2017年高新区工业总产值突破1600亿元") == []
    assert names("获得自治区科技进步奖42项，占全市获奖总数的49.4%，获得包头市科技进步奖94项") == []
    assert names("全市仅华容县有1家林下种植红松菌的合作社") == ["华容县"]
    assert names("2025年，万盛经开区全社会研发投入同比增长30%") == ["万盛经开区"]
    assert names("两江新区新增5家，三个园区、两大新区共10家") == ["两江新区"]  # a numeral, not a count


def test_a_fact_of_no_place_said_of_another_level_is_never_ours(tmp_path):
    """A 州 bureau's reply (2022年全州新建农村户厕1447座), distilled in a 博乐市 workspace: its facts
    have no place (the reply is of no city of its own), and one said of 全州 is the prefecture's, never
    博乐市's — a draft on 农村改厕 there does not report 1447座 as 我市's (held-out round 10)."""
    from click.testing import CliRunner

    from drafter.cli import cli

    root = new_workspace(tmp_path / "ws", seeds=False)
    config = root / "drafter.yaml"
    text = config.read_text("utf-8")
    for old, new in (("name: 泉州市科学技术局", "name: 博乐市农业农村局"), ("short_name: 市科技局", "short_name: 市农业农村局"),
                     ("jurisdiction: 泉州市", "jurisdiction: 博乐市")):
        assert old in text
        text = text.replace(old, new)
    config.write_text(text, "utf-8")
    source = tmp_path / "prefecture.txt"
    source.write_text(
        "对自治州政协十三届二次会议第10号提案办理情况的答复\n\n帕尔哈提委员:\n\n您提出的“关于农村人居环境整治的提案”收悉。"
        "经研究办理,现答复如下:\n\n近年来,州党委、州人民政府把推进乡村振兴作为“三农”工作的重要抓手。2022年,全州12个乡村"
        "振兴重点示范村编制村庄规划。博乐市、精河县分别被纳入新疆褐牛产业集群、新疆棉花产业集群。\n"
        "一是推进农村户厕改造。2022年全州新建农村户厕1447座，农村卫生厕所普及率持续提升。\n"
        "二是推进农村生活垃圾治理。2022年全州农村生活垃圾收运处置体系覆盖行政村86个。\n", "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(root), "distill", str(source)]).exit_code == 0
    out = tmp_path / "9.docx"
    result = runner.invoke(cli, ["-w", str(root), "draft", "9", "关于加快推进农村户厕改造提升农村卫生厕所普及率的建议",
                                 "--deputy", "某代表", "--date", "2023-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "1447座" not in text and "全州" not in text, text
