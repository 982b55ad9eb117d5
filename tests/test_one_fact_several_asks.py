"""A fact answering several asks of a suggestion (qa18 item 10): each ask gets the parts of it that answer it,
once, with the year and place the fact states; and a fact a refresh superseded in part keeps the clauses of its
figures still current."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli

from helpers import sections

TITLE = "关于提升远郊新城科普场馆服务能级的建议"
SUGGESTION = f"""{TITLE}
为此建议：
一、加强“五个新城”科普场馆规划布局，推动每个新城至少建成一座综合性科普场馆。
二、加大科普基地和科普项目支持力度，鼓励高校、科研院所和企业向公众开放实验室。
"""
REPLY_2025 = """对市十六届人大三次会议第0023号代表建议的答复
发布日期:2025-05-20

沪科建复〔2025〕23号

张伟代表:

您提出的《关于提升远郊新城科普场馆服务能级的建议》收悉。现将有关情况答复如下：
一、基本情况
（一）加大科普基地和科普项目支持力度
2024年，新认定市级科普基地28家，支持科普项目150项，全市开放实验室达到60家。
"""
REPORT_2025 = """上海市科学技术委员会2025年工作总结
沪科〔2026〕5号
2026年1月20日

一、科普工作
（一）加强科普基础设施建设。2025年，新认定市级科普基地30家，“五个新城”新建科普场馆7座，全年接待观众150万人次。
"""
VENUES, BASES = "加强“五个新城”科普场馆规划布局", "加大科普基地和科普项目支持力度"


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """上海市科委's base — its 2025 reply on 科普基地 (2024's figures), refreshed with the 2025 report — and 0023
    drafted from it on 2026-05-20: part one's sections, heading → its paragraphs' text."""
    tmp = tmp_path_factory.mktemp("split")
    run("init", tmp / "ws", "--name", "上海市科学技术委员会")
    (tmp / "ws" / "seeds" / "reply.txt").write_text(REPLY_2025, "utf-8")
    (tmp / "report.txt").write_text(REPORT_2025, "utf-8")
    (tmp / "0023.txt").write_text(SUGGESTION, "utf-8")
    run("-w", tmp / "ws", "distill", tmp / "ws" / "seeds")
    run("-w", tmp / "ws", "refresh", tmp / "report.txt")
    run("-w", tmp / "ws", "draft", "0023", TITLE, "--deputy", "张伟", "--date", "2026-05-20",
        "--text", tmp / "0023.txt", "-o", tmp / "0023.docx")
    return {heading: "".join(texts) for heading, texts in sections(docx.Document(tmp / "0023.docx")).items()}


def test_a_report_sentence_on_two_asks_says_each_part_under_its_own_ask(drafted):
    """The report's 新认定市级科普基地30家 goes to the 科普基地 ask, its 新建科普场馆7座 (with the visitors counted) to
    the 场馆 ask, each dated 2025 and said once: not the whole sentence under 场馆布局."""
    assert "科普场馆7座" in drafted[VENUES] and "科普基地30家" not in drafted[VENUES]
    assert "2025年，新认定市级科普基地30家" in drafted[BASES] and "7座" not in drafted[BASES]


def test_a_fact_superseded_in_one_clause_keeps_its_current_figures(drafted):
    """The reply's 2024 sentence: its 科普基地28家 superseded by the report's 30家, its 科普项目150项 and 开放实验室60家 are
    not — they stand under the 科普基地 ask, dated 2024, without the 28家 (the whole sentence was left out)."""
    assert "2024年，支持科普项目150项，全市开放实验室达到60家" in drafted[BASES].replace("【待更新：2025年全年数据】", "")
    assert "28家" not in "".join(drafted.values())


def test_a_clause_is_weighed_against_all_the_asks_at_once(loo, tmp_path, monkeypatch):
    """Which asks a clause answers was worked out by weighing it for each ask against every other ask's words, in
    every ask's turn: 2,358 weighings (asks³ per clause) in the leave-one-out 1288 draft. A clause's counts of the
    asks' words are now worked out once (:func:`served`), the same asks as weighing each: over every clause of the
    base and the 1288 asks, with and without key words; the draft weighs a text for one ask only where that ask is
    the one asked about."""
    from helpers import TEXT_1288, TITLE_1288, draft_1288

    from drafter.compose import select
    from drafter.compose.asks import parse_asks
    from drafter.compose.sentences import clauses, split_sentences
    from drafter.facts.index import FactIndex
    from drafter.workspace import load_workspace

    ws = load_workspace(loo)
    index = FactIndex.load(ws)
    asks = parse_asks(TEXT_1288.read_text(encoding="utf-8"), TITLE_1288)
    words = tuple(select.ask_words(asks, ws, index))
    keys = tuple(own & select.bigrams(ask.phrase) for ask, own in zip(asks, words))
    texts = {c for f in index.facts.values() for s in split_sentences(f.text) for c in [s, *clauses(s)]}
    for text in texts:
        for minimum in (select.MIN_ASK_SHARED, select.SPLIT_SHARED):
            assert select.served(text, words, minimum) == {
                j for j in range(len(asks)) if select.serving(text, j, words, minimum)}, text
            assert select.served(text, words, minimum, keys) == {
                j for j in range(len(asks)) if select.serving(text, j, words, minimum, keys[j])}, text
    assert len(asks) == 5 and len(texts) > 500

    weighed = []
    real = select.serving
    monkeypatch.setattr(select, "serving", lambda *a, **k: weighed.append(a[1]) or real(*a, **k))
    select.served.cache_clear()
    draft_1288(loo, tmp_path / "1288.docx")
    assert 0 < len(weighed) < 30 * len(asks)  # (a clause per ask per ask, in each ask's turn: 2,358)
