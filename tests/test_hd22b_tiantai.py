"""Held-out round hd22b (天台县交通运输局): a title on 通村道路 found nothing of the bureau's reply on 农村公路.

Each test distils an excerpt of the tester's real seed (its lines as the page prints them) in a workspace of the bureau.
"""

from __future__ import annotations

import datetime as dt

import docx

from click.testing import CliRunner
from helpers import REPLY_2024159, unit_workspace

from drafter.cli import cli
from drafter.compose.asks import parse_asks
from drafter.compose.select import relevant_items, synonyms_of, topic_query
from drafter.facts.index import FactIndex
from drafter.model import CONTEXT, PLAN
from drafter.workspace import load_workspace

# The held-out suggestion (第197号建议): its title and asks as the tester wrote them.
TITLE = "关于要求实施王阿良事迹展览馆通村道路拓宽重建的建议"
ASKS = """王阿良事迹展览馆所在区域的通村道路（村道C142）路面破坏、损毁严重。为此建议：
一、尽快对王阿良事迹展览馆通村道路损毁路段进行修复。
二、实施王阿良事迹展览馆通村道路拓宽重建，打通传教自然村至下堆自然村的断头桥路段。
"""
DAY = dt.date(2025, 6, 26)


def _tiantai(tmp_path, config: str = ""):
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县", "南屏乡, 街头镇, 赤城街道")
    if config:
        with open(ws.config_path, "a", encoding="utf-8") as f:
            f.write(config)
    (tmp_path / "2024159.txt").write_text(REPLY_2024159, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "2024159.txt")]).exit_code == 0
    ws = load_workspace(ws.root)
    return ws, FactIndex.load(ws)


def _found(index, query: str, ws, kind) -> list[str]:
    return [i.fact.text for i in relevant_items(index, query, ws, DAY, (kind,), ws.own_places())]


def _score(index, query: str, said: str) -> float:
    """The search score of the fact saying ``said`` (0.0: not found)."""
    return max((score for f, score in index.search(query) if said in f.text), default=0.0)


def test_a_title_on_tongcun_roads_finds_the_reply_on_rural_roads(tmp_path):
    """通村道路 shares no bigram with 农村公路: the title's topic searches its equivalents too, and finds the bureau's
    plan for a rural road (列入农村公路建设计划)."""
    ws, index = _tiantai(tmp_path)
    query = topic_query(TITLE, ws)
    assert "农村公路" in query and query.startswith("要求实施王阿良事迹展览馆通村道路拓宽重建")
    assert any("列入农村公路建设计划" in t for t in _found(index, query, ws, PLAN))


def test_each_ask_searches_the_equivalents_of_its_words(tmp_path):
    """An ask on 通村道路拓宽重建 finds the reply on widening a 农村公路 (its judgement of the need and its plan; the
    advice to that proposer is context, no result), the ask's own text unchanged (what the draft heads and quotes)."""
    ws, index = _tiantai(tmp_path)
    ask = parse_asks(ASKS, TITLE)[1]
    ask.synonyms = " ".join(synonyms_of(ask.text, ws))
    assert "农村公路" not in ask.text
    assert any(t.startswith("拓宽敏坑至下辽段农村公路") for t in _found(index, ask.query, ws, CONTEXT))
    assert any("列入农村公路建设计划" in t for t in _found(index, ask.query, ws, PLAN))


def test_a_bureau_adds_its_own_equivalents_in_drafter_yaml(tmp_path):
    """``synonyms:`` of drafter.yaml adds a bureau's groups to the built-in ones: 地方配套 finds 配套资金."""
    ws, index = _tiantai(tmp_path)
    before = _score(index, topic_query("关于落实地方配套的建议", ws), "配套资金")
    (tmp_path / "ws").rename(tmp_path / "old")
    ws, index = _tiantai(tmp_path, "synonyms:\n  - [地方配套, 配套资金]\n")
    assert topic_query("关于落实地方配套的建议", ws).endswith("配套资金")
    assert _score(index, topic_query("关于落实地方配套的建议", ws), "配套资金") > before


def test_a_bad_synonyms_entry_is_named_in_one_line(tmp_path):
    """A group of one word (or not a list) is refused with a one-line message naming the file and the key."""
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县")
    with open(ws.config_path, "a", encoding="utf-8") as f:
        f.write("synonyms:\n  - 农村公路\n")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "facts"])
    assert result.exit_code != 0
    line = result.output.strip()
    assert "\n" not in line and "drafter.yaml" in line and "synonyms" in line, line


def test_a_past_replys_case_on_another_site_is_not_sent_as_this_one(tmp_path):
    """A request for a road of 街头镇 with the bureau's past reply on 南屏乡's road in the base: nothing of that case
    (敏坑至下辽段, 南屏乡) stands in the draft unhighlighted — the reply's judgement and its advice to that proposer are
    context, no result of the bureau's."""
    ws, _ = _tiantai(tmp_path)
    out = tmp_path / "999.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "999", "关于拓宽街头镇某村农村公路的建议", "--deputy",
                                      "邱威高", "--type", "B", "--date", "2025-06-26", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    plain = "".join(r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color is None)
    assert "敏坑" not in plain and "南屏乡" not in plain
