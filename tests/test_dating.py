"""How a draft dates the figures it takes from sources, and flags those that are not current (issue 8,
review).

A figure whose clause states no period is dated by its source's date only: it is stated
截至<the source's month> (截至2025年5月), never with a bare year the source does not state (a May
reply's 新认定…27家 is not that year's count). In a draft of year Y a figure is current only when
its period is the full year Y−1 or lies in Y. A date the draft infers that way (or from a 目前) and
that is not current: where only the source's date gave it, it is no prose but the sentence's one
visible flag, 【待更新：统计期】, its comment saying the period is not stated and what to put instead;
where the source said 目前, the date made absolute (截至2025年5月) is stated, highlighted as its
figures are, and the sentence ends with one 【待更新：2025年全年数据】 (rv29: an old figure read with
its date). A figure of a year the source states, older than Y−1, is highlighted with that year and
a comment saying why, and its sentence ends with one visible 【待更新：2025年全年数据】. A sentence whose only numbers are a
measure's terms (设立规模超1亿元…资金) gets no date the source does not give. Tested on the real fact base (seeds without 003, and the
whole base) and on the written drafts.
"""

from __future__ import annotations

import re

import pytest
from helpers import FIGURE, TITLE_1288, TITLE_1350, part_one_of, undated_figures

from drafter.compose.sentences import figures_in, is_term, sentence_date, split_sentences
from drafter.facts.index import FactIndex
from drafter.workspace import load_workspace


@pytest.fixture(scope="module")
def index(loo):
    return FactIndex.load(load_workspace(loo))


@pytest.fixture(scope="module")
def written(loo_draft):
    from drafter.docx.read import read_draft

    return part_one_of(read_draft(loo_draft))


def dated(index, words: str):
    """(sentence, what sentence_date puts in front of it) for the base's sentence holding ``words``."""
    fact = next(f for f in index.facts.values() if words in f.text)
    source = index.sources.get(fact.source_id)
    sentence = next(s for s in split_sentences(fact.text) if words in s)
    figures = figures_in(sentence, fact)
    said = sentence_date(sentence, figures, fact, source, fact.period.year)
    return sentence, said[0] if said else None


def test_a_figure_dated_only_by_its_sources_date_is_stated_as_of_that_date(index):
    # 1071's reply (2025-05-20) states no period for these: what had been done (新认定, 举办, 新引)
    # or stood (累计) by its date, never "2025年" (the year's count came later, and differs)
    for words in ("新认定市级新型研发机构27家", "组织举办6场大院大所", "新引人才团队20个", "高能级创新平台累计达30家"):
        assert dated(index, words)[1] == "截至2025年5月，", words
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


def test_a_rate_of_a_named_base_is_a_term():
    """hd10 (福州市海洋与渔业局's replies 20251061 and 1365): a subsidy's rate of a base its sentence names was
    flagged 【待更新：统计期】 and asked for a 2025 value as if it were a count; a share reached is still a result."""
    policy = "推动省级新出台“深远海养殖高质量发展”补助政策，按照不超过整体新增投入的30%对深远海养殖渔场进行补助。"
    award = "对落地我市的深远海装备养殖平台按照省级（含）以上补助资金的25%给予配套奖励（每台奖励不超过100万元）。"
    assert is_term(policy, "30%") and is_term(award, "25%") and is_term(award, "100万元")
    assert not is_term("按计划完成年度投资的95%。", "95%")
    assert not is_term("研发投入占地区生产总值的比重达2.9%，同比增长8.5%。", "2.9%")
    assert not is_term("研发投入占地区生产总值的比重达2.9%，同比增长8.5%。", "8.5%")


def test_the_written_draft_never_writes_a_bare_year_from_a_sources_date(written):
    """A sentence whose figures only their source's date dates (2025-05-20, not current in 2026)
    states no date guessed from it: 【待更新：统计期】 stands before the clause it dates,
    highlighted, its comment saying that the period is not stated, what it may be and what to
    put instead; neither 截至2025年5月 nor a bare 2025年 from that date is written."""
    checked = full = 0
    for p in written:
        notes = "\n".join(p.comments)
        # said in full once a draft, then referred back to (同前注（原文未注明统计期，来源日期为2025年5月）)
        for when in re.findall(r"(?:原文未注明统计期，|同前注（原文未注明统计期，)来源日期为((?:19|20)\d{2}年\d{1,2}月)", notes):
            assert when == "2025年5月"
            assert "【待更新：统计期】，" in p.text and "【待更新：统计期】" in [h.text for h in p.highlights]
            checked += 1
        if "原文未注明统计期，来源日期为2025年5月：" in notes:  # the full note (a brief one ends there)
            assert "可能是2024年全年或2025年1—5月的情况" in notes and "删去本标记" in notes
            full += 1
        # (截至2025年5月 stands only where the source said 目前, its comment saying so)
        if "截至2025年5月" in p.text:
            assert "原文为“目前”" in notes or "原文为“截至目前”" in notes, (p.text, notes)
        # and no sentence opens a clause with the source's bare year where the comment says 按来源日期
        assert "按来源日期（2025-05-20）写作“2025年”" not in notes
    assert checked >= 3 and full == 1


def test_no_date_stands_before_a_sentence_without_a_measured_figure(written):
    for p in written:
        for s in split_sentences(p.text):
            if re.match(r"^(?:[一二三四五六七八九十]是)?(?:截至)?(?:19|20)\d{2}年(?:\d{1,2}月)?，", s.strip()):
                assert FIGURE.search(re.sub(r"“[^”]*”|《[^》]*》|规模超?\d+(?:\.\d+)?[万亿]?元", "", s)), s


MARKER = "【待更新：2025年全年数据】"
COUNT = re.compile(r"\d+(?:\.\d+)?(?:余|多)?[万亿]?(?:家|个|项|元|人次|人|名|场次|场|件|份|笔|%|期|次|条)")  # 1800余人, 2.9万人


def _not_current(comments: list[str]) -> list[str]:
    # (or a comment referring back to the one saying so: 同前注（原文未注明统计期，来源日期为2025年5月）)
    return [c for c in comments if "早于上年" in c or "不是2025年全年数值" in c or ("同前注" in c and "2025年5月" in c)]


def test_a_sentence_with_figures_not_current_carries_one_visible_mark(written):
    """A sentence whose figures stood as of May 2025 (not current in 2026) states that date as
    prose, highlighted cyan as its figures are (a clerk reads when they stood, and sees what to
    update), and ends in one 【待更新：2025年全年数据】, the date and figures under one comment. A
    sentence whose source never said when its figures stood has 【待更新：统计期】 where the date
    would be, and no second marker. A sentence whose stated year is older than 2025 keeps that year
    as prose, the year and its figures highlighted with their comment, and ends in one
    【待更新：2025年全年数据】."""
    marked = flags = dated = 0
    for p in written:
        lit = [h.text for h in p.highlights]
        cyan = [h.text for h in p.highlights if h.color == "cyan"]
        markers = p.text.count(MARKER)
        assert markers == sum(MARKER in h for h in lit)
        for s in split_sentences(p.text):
            assert s.count("【待更新：") <= 1, s
            figures = COUNT.findall(re.sub(r"“[^”]*”|《[^》]*》", "", s))
            flag = re.search(r"【待更新：统计期】", s)
            if flag:
                flags += 1
                assert flag.group() in lit and MARKER not in s, s
                # its figures are not current either: each highlighted cyan (a clerk who updates the
                # date sees the figures to update), under the flag's one comment, not one each
                assert figures, s
                for figure in figures:
                    assert any(figure.replace(" ", "") in h for h in cyan), (figure, s)
                flags_here = p.text.count("【待更新：统计期】")
                # the paragraph's comment says why on a line of its own per flag (in full, or referring back)
                said = [line for c in p.comments for line in c.splitlines() if "删去本标记" in line or "：同前注" in line]
                assert len(said) >= flags_here, (p.comments, p.text)
            as_of = re.search(r"截至2025年\d{1,2}月", s)
            if as_of and FIGURE.search(s):  # an as-of date not current: prose, highlighted, the sentence flagged
                dated += 1
                assert as_of.group() in cyan and MARKER in s, s
            if MARKER in s:  # each of its figures highlighted, one with another note on it too
                for figure in figures:
                    assert any(figure.replace(" ", "") in h for h in lit), (figure, s)
                year = re.search(r"(20\d{2})年", re.sub(r"《[^》]*》", "", s))
                if year and int(year.group(1)) < 2025:  # an older year it states: highlighted as its figures
                    assert any(h.endswith(year.group()) or h.startswith(year.group()) for h in cyan), s
        if _not_current(p.comments):
            assert "【待更新：" in p.text, p.text
            marked += p.text.count("【待更新：")
        else:
            assert "【待更新：" not in p.text, p.text
    assert marked >= 4 and flags >= 2 and dated >= 1
    whys = [c for p in written for c in _not_current(p.comments) if "不是2025年全年数值" in c]
    assert whys and all(("截至2025年5月" in c or "来源日期为2025年5月" in c) and "删去本标记" in c for c in whys)
    # the new value need not be of the old indicator (rv33: the reply sent counted 揭榜挂帅 as 13+4 projects,
    # not 榜单12项; "按批注收数等于白收"): said once a draft, in its first comment asking for a newer value (cm57b)
    asking = [c for p in written for c in p.comments if "不是2025年全年数值" in c or "早于上年" in c]
    assert [c for c in asking if "指标可按今年的统计口径换用" in c] == asking[:1], asking
    older = [c for p in written for c in p.comments if "早于上年" in c]
    assert older, whys


def test_a_draft_on_a_current_base_marks_only_what_is_not_current(quick_start_1350_a):
    """The whole base (the 2026 reply in it) drafting 1350: what a 2026 source reports is current,
    but the undated 2026 reply states no period for its figures, which may be 2025's full year or
    2026 to date: the draft writes no 截至2026年 it guessed (rv22's third point on 1350), only
    【待更新：统计期】 (yellow), its figures highlighted as any figure to update (rv24: they were
    plain beside 1288's cyan ones), its comment saying what the period may be;
    only sentences whose figures are of 2024 or as of May 2025 are marked not current, each with a
    comment saying why (the rule does not flood what the base holds current)."""
    from drafter.docx.read import read_draft

    paras = read_draft(quick_start_1350_a)
    one = part_one_of(paras)
    current = [p for p in one if any(c.startswith("泉科函〔2026〕") for c in p.comments)]
    assert current and not any("【待更新：截至2026年】" in p.text for p in paras)
    assert not any("截至2026年" in p.text or "【待补充：月份】" in p.text for p in one)
    dated = [p for p in current if "【待更新：统计期】" in p.text]
    assert dated and all((h.color == "yellow") == (h.text == "【待更新：统计期】") for p in dated for h in p.highlights)
    assert all(len(p.highlights) > 1 for p in dated)  # its figures lit
    assert all(any("来源文号为2026年" in c and "2025年全年或2026年" in c and "不是2025年全年" not in c for c in p.comments)
               for p in dated)
    markers = sum(p.text.count("【待更新：") for p in one if p not in dated)
    figured = sum(1 for p in one for s in split_sentences(p.text) if FIGURE.search(s))
    assert 1 <= markers < figured  # the 2026 source's figures are not flagged as old
    for p in one:
        if p not in dated:
            assert ("【待更新：" in p.text) == bool(_not_current(p.comments)), p.text


def test_a_year_alone_is_current_in_its_own_year_only(seeded_root, tmp_path):
    """An undated 2026 source's figure (the 41个 中试验证平台 of 泉科函〔2026〕102号, no month known) in a
    draft of 2026-05 is not flagged stale (2025's full year or 2026 to date: current either way) and
    gets no 截至2026年 the draft guessed: 【待更新：统计期】, its comment saying what the period may
    be and asking for it; the same figure in a draft of 2027-05
    is of some time of 2026, not that full year, and its period is not stated: 【待更新：统计期】, its
    comment asking for 2026's full-year or 2027's value."""
    from click.testing import CliRunner

    from drafter.cli import cli
    from drafter.docx.read import read_draft

    def draft(day: str):
        out = tmp_path / f"{day}.docx"
        result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "1156", "关于建设共性技术中试平台的建议",
                                          "--deputy", "某代表", "--date", day, "-o", str(out)])
        assert result.exit_code == 0, result.output
        return next(p for p in read_draft(out) if "中试验证平台申报入库" in p.text)

    now = draft("2026-05-20")
    assert "【待更新：统计期】，推动41个" in now.text and "截至2026年" not in now.text and "月份" not in now.text
    assert [(h.text, h.color) for h in now.highlights] == [("【待更新：统计期】", "yellow"), ("41个", "cyan"),
                                                           ("5个", "cyan"), ("4个", "cyan")]
    assert any("原文未注明统计期，来源文号为2026年" in c and "可能是2025年全年或2026年" in c and "写明时间" in c
               and "不是2025年全年数值" not in c for c in now.comments)
    later = draft("2027-05-20")
    assert "【待更新：统计期】" in later.text and "截至2026年" not in later.text and "月份" not in later.text
    assert any("原文未注明统计期，来源文号为2026年" in c and "不是2026年全年数值" in c and "删去本标记" in c
               for c in later.comments)


def test_a_source_without_a_date_is_dated_by_its_numbers_year_and_says_so(seeded_root):
    """The 2026 reply (泉科函〔2026〕102号) has no date: what it says is dated by its number's year,
    and the note says that, not a source date it does not have."""
    index = FactIndex.load(load_workspace(seeded_root))
    fact = next(f for f in index.facts.values() if "中试验证平台申报入库培育" in f.text)
    source = index.sources.get(fact.source_id)
    assert source.date is None and "〔2026〕" in source.number
    sentence = next(s for s in split_sentences(fact.text) if "申报入库培育" in s)
    said, note = sentence_date(sentence, figures_in(sentence, fact), fact, source, fact.period.year)
    assert said == "截至2026年，" and "来源文号的年份" in note and "来源日期" not in note


def test_a_running_total_of_a_year_that_is_over_stands_at_its_end(seeded_root, whole_1288):
    """The 2026 reply's 知识产权 paragraph opens 2025年出台…; its 累计出具评估报告1119份 is no count of
    2025's reports: of a year over when the source was written it reads 截至2025年底，; the next clause's
    50余场 activities, a count of that year, keep 2025年."""
    from drafter.docx.read import read_draft

    index = FactIndex.load(load_workspace(seeded_root))
    fact = next(f for f in index.facts.values() if "累计出具评估报告" in f.text)
    source = index.sources.get(fact.source_id)
    sentence = next(s for s in split_sentences(fact.text) if "评估报告" in s)
    said, note = sentence_date(sentence, figures_in(sentence, fact), fact, source, fact.period.year)
    assert said == "截至2025年底，" and "“截至2025年底”（累计数）" in note
    paragraph = next(p.text for p in read_draft(whole_1288) if "评估报告" in p.text)
    assert "截至2025年底，累计出具评估报告1119份" in paragraph and "2025年，累计" not in paragraph
    assert re.search(r"2025年，组织资深预审员[^。]*50余场", paragraph), paragraph


def test_a_year_in_a_named_document_does_not_date_the_figures_beside_it(whole_1288):
    """The whole base: the 2026 reply's 发布《关于征集2025年“揭榜挂帅”…的通知》…新立项实施13个… states
    no year of its own (the 2025 names the notice); the draft dates the 13个 itself."""
    from drafter.docx.read import read_draft

    paras = read_draft(whole_1288)
    one = part_one_of(paras)
    notice = next(p for p in one if "《关于征集2025年" in p.text)
    assert re.search(r"(?:【待更新：)?(?:(?:截至)?20\d\d年(?:\d{1,2}月|【待补充：月份】)?|统计期)】?，新立项实施13个", notice.text), notice.text
    for p in one:
        lit = "".join(h.text for h in p.highlights)
        # lit, or in a sentence whose period is flagged (current figures, their period not stated)
        assert all(f.replace(" ", "") in lit or "【待更新：统计期】" in s for f, s in undated_figures(p.text)), p.text


def test_a_measures_term_is_never_flagged_as_not_current(loo, tmp_path):
    """The title alone (the reform item in part one): 设立规模超1亿元…奖补资金 is a measure's size, no
    result of a date — neither highlighted nor followed by a 【待更新：…】."""
    from click.testing import CliRunner

    from drafter.cli import cli
    from drafter.docx.read import read_draft

    out = tmp_path / "t.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    terms = [p for p in read_draft(out) if "规模超1亿元" in p.text]
    assert terms
    for p in terms:
        sentence = next(s for s in split_sentences(p.text) if "规模超1亿元" in s)
        assert "【待更新" not in sentence and not any("1亿元" in h.text for h in p.highlights), sentence


def test_a_relative_word_made_absolute_but_not_current_is_the_flag_keeping_the_source_wording(loo, tmp_path):
    """The title alone: the 2025 reply's 目前已确定16名…举荐专家 is what stood in May 2025 — not current in
    2026: its date, 截至2025年5月, stands in the text highlighted as its figure is, the sentence
    ends in one 【待更新：2025年全年数据】, and the comment keeps the source's own word (目前)."""
    from click.testing import CliRunner

    from drafter.cli import cli
    from drafter.docx.read import read_draft

    out = tmp_path / "t.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    p = next(p for p in read_draft(out) if "已确定16名" in p.text)
    sentence = next(s for s in split_sentences(p.text) if "已确定16名" in s)
    assert "截至2025年5月，已确定16名" in sentence and sentence.count("截至2025年5月") == 1
    assert sentence.count("【待更新：") == 1 and "专家【待更新：2025年全年数据】" in sentence, sentence
    assert {"截至2025年5月", "16名", "【待更新：2025年全年数据】"} <= {h.text for h in p.highlights}
    assert any("原文为“目前”" in c and "删去本标记" in c for c in p.comments), p.comments


def test_a_date_a_comment_says_was_written_is_in_the_text(quick_start_1350):
    """A 目前 made absolute keeps its date where the sentence before it in the item states none
    (【待更新：统计期】 over 183家…): 截至2025年5月 stands before 30.61亿元, flagged, as its comment
    says — never dropped as "said once for the item" while the comment says it was written."""
    from drafter.docx.read import read_draft

    checked = 0
    for p in read_draft(quick_start_1350):
        for said in re.findall(r"已按来源日期改为“([^”]+)”", "\n".join(p.comments)):
            assert said in p.text, (said, p.text)
            checked += 1
    assert checked


def test_work_a_past_source_said_was_under_way_asks_for_its_progress(loo_draft, seeded_root, tmp_path):
    """启动建设 in last year's reply is built or not by now: right after its clause, a yellow
    【待核实：最新进展】 whose comment names the source and the word (rv19, rv22). A source of the
    draft's own year says how far the work has got: no mark (1350 drafted a few days after the
    2025 reply). Names and titles (“正在进行时”) are no progress."""
    from click.testing import CliRunner

    from drafter.cli import cli
    from drafter.compose.sentences import under_way_at
    from drafter.docx.read import read_draft

    p = next(p for p in read_draft(loo_draft) if "泉州技术转移转化数字化平台" in p.text)
    assert "启动建设该平台【待核实：最新进展】，" in p.text  # (its lead names the platform: test_lead_ins)
    assert ("【待核实：最新进展】", "yellow") in [(h.text, h.color) for h in p.highlights]
    assert any("泉科函〔2025〕81号" in c and "“启动建设”" in c and "删去本标记" in c for c in p.comments)
    assert under_way_at("开展“正在进行时”主题活动12场。") is None
    assert under_way_at("着手谋划三期工程，建成一期。")[1] == "着手"
    # a source's 正 before a verb of work (福州 20251061 of June 2025, hd13: 正对接协调…，争取将…纳入“十五五”… read as now)
    said = "正对接协调市农业农村局，争取将深远海养殖渔场配套补助政策纳入“十五五”《农业十条措施》。"
    assert under_way_at(said) == (said.index("，"), "正对接")
    assert under_way_at("坚持公正开展评审，真正实施到位，纠正开展不力的问题。") is None
    # a past source's forecast (仙居's 2023 summary, hd14: 福利中心一期…，预计年底完成装修，投入运营) is no news of now
    said = "福利中心一期签约引进绿城康养进行规范运行，预计年底完成装修，投入运营。"
    assert under_way_at(said) == (said.index("，投入"), "预计")

    out = tmp_path / "1350-2025.docx"
    result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "1350", TITLE_1350, "--deputy", "某代表",
                                      "--date", "2025-05-25", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in read_draft(out))
    assert "启动建设泉州技术转移转化数字化平台" in text and "最新进展" not in text
