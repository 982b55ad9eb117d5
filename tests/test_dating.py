"""How a draft dates the figures it takes from sources, and flags the old ones (issue 8, review).

A total standing at the source's date (累计, 现有, 已…) is stated 截至<the source's month>; what
was done (新认定, 举办…) is stated with its year; a sentence whose only numbers are a measure's
terms (设立规模超1亿元…资金) gets no date the source does not give; a sentence whose figures are
older than the last full year ends with a visible 【待更新：2025年数据】. Tested on the real fact
base (seeds without 003) and on the written leave-one-out 1288 draft.
"""

from __future__ import annotations

import re

import pytest
from test_reply_1288 import draft, loo, whole_base  # noqa: F401  (the leave-one-out workspace fixture)

from drafter.compose.sentences import figures_in, is_term, sentence_date, split_sentences
from drafter.facts.index import FactIndex
from drafter.workspace import load_workspace

STOCK = re.compile(r"累计|现有|总量|总数|共有|已有|已|拥有|达到")
DONE = re.compile(r"新增|新认定|新引|举办|开展|组织|遴选|立项|下达|兑现")
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:家|个|项|亿元|万元|元|人次|人|名|场次|场|件|份|笔|%|期|次|条)")


@pytest.fixture(scope="module")
def index(loo):  # noqa: F811
    return FactIndex.load(load_workspace(loo))


@pytest.fixture(scope="module")
def written(loo, tmp_path_factory):  # noqa: F811
    from drafter.docx.read import read_draft

    out = tmp_path_factory.mktemp("dating") / "1288.docx"
    draft(loo, out)
    paras = read_draft(out)
    start = next(i for i, p in enumerate(paras) if p.text == "一、基本情况")
    end = next(i for i, p in enumerate(paras) if p.text.startswith("二、"))
    return paras[start + 1:end]


def dated(index, words: str):
    """(sentence, what sentence_date puts in front of it) for the base's sentence holding ``words``."""
    fact = next(f for f in index.facts.values() if words in f.text)
    source = index.sources.get(fact.source_id)
    sentence = next(s for s in split_sentences(fact.text) if words in s)
    figures = figures_in(sentence, fact)
    said = sentence_date(sentence, figures, fact, source, fact.period.year)
    return sentence, said[0] if said else None


def test_a_stock_is_stated_as_of_the_sources_date_and_what_was_done_with_its_year(index):
    # 1071's reply (2025-05-20) says neither when 27 were newly recognised nor when 30 stood
    assert dated(index, "新认定市级新型研发机构27家")[1] == "2025年，"
    assert dated(index, "组织举办6场大院大所")[1] == "2025年，"
    assert dated(index, "新引人才团队20个")[1] == "2025年，"  # its first figure is what was done
    assert dated(index, "高能级创新平台累计达30家")[1] == "截至2025年5月，"
    # a year the source states stays the year it states
    assert dated(index, "2024年全市共遴选凝练12项")[1] == "2024年，"


def test_a_measures_terms_get_no_date(index):
    assert dated(index, "规模超1亿元企业研发投入奖补资金")[1] is None
    fact = next(f for f in index.facts.values() if "分别给予50万元、100万元一次性奖励" in f.text)
    sentence = next(s for s in split_sentences(fact.text) if "一次性奖励" in s)
    terms = [g.raw for g in figures_in(sentence, fact) if is_term(sentence, g.raw)]
    assert terms == ["超过20亿元", "50亿元", "50万元", "100万元", "5万元"]  # not 3条措施 (what was issued)
    # a sum paid out is a result of its year, not a term
    assert dated(index, "全年兑现下达高企认定奖补资金")[1] is not None


def test_the_written_draft_says_as_of_only_before_a_stock_and_a_year_only_before_what_was_done(written):
    """Every date the draft adds from the source's date (its comment says so) fits the clause it
    opens: 截至…月 before a total, a year before what was done — never 截至 before 开展/新认定/举办."""
    checked = 0
    for p in written:
        notes = "\n".join(p.comments)
        for said in re.findall(r"按来源日期（[\d-]+）写作“([^”]+)”", notes):
            at = p.text.find(said + "，")
            assert at >= 0, (said, p.text)
            clause = re.split(r"[，；。]", p.text[at + len(said) + 1:])[0]
            if said.startswith("截至"):
                assert STOCK.search(clause) or not DONE.search(clause), (said, clause)
            else:
                assert not STOCK.search(clause), (said, clause)
            checked += 1
    assert checked >= 2


def test_no_date_stands_before_a_sentence_without_a_measured_figure(written):
    for p in written:
        for s in split_sentences(p.text):
            if re.match(r"^(?:[一二三四五六七八九十]是)?(?:截至)?(?:19|20)\d{2}年(?:\d{1,2}月)?，", s.strip()):
                assert FIGURE.search(re.sub(r"“[^”]*”|《[^》]*》|规模超?\d+(?:\.\d+)?[万亿]?元", "", s)), s


def test_a_sentence_with_old_figures_ends_in_one_visible_update_marker(written):
    """A figure older than 2025 (the last full year before 2026-05-20) stays highlighted with its
    comment, and its sentence carries one highlighted 【待更新：2025年数据】 (one per sentence)."""
    marked = 0
    for p in written:
        lit = [h.text for h in p.highlights]
        old = [c for c in p.comments if "早于上年" in c]
        markers = p.text.count("【待更新：2025年数据】")
        assert markers == sum("【待更新：2025年数据】" in h for h in lit)
        for s in split_sentences(p.text):
            assert s.count("【待更新：") <= 1, s
        if old:
            assert markers >= 1, p.text
            marked += markers
        else:
            assert markers == 0, p.text
    assert marked >= 1


def test_a_source_without_a_date_is_dated_by_its_numbers_year_and_says_so(tmp_path):
    """The 2026 reply (泉科函〔2026〕102号) has no date: what it says is dated by its number's year,
    and the note says that, not a source date it does not have."""
    index = FactIndex.load(load_workspace(whole_base(tmp_path)))
    fact = next(f for f in index.facts.values() if "中试验证平台申报入库培育" in f.text)
    source = index.sources.get(fact.source_id)
    assert source.date is None and "〔2026〕" in source.number
    sentence = next(s for s in split_sentences(fact.text) if "申报入库培育" in s)
    said, note = sentence_date(sentence, figures_in(sentence, fact), fact, source, fact.period.year)
    assert said == "截至2026年，" and "来源文号的年份" in note and "来源日期" not in note
