"""Distilling documents into facts: the real seeds (through read_document) and other cities' texts."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import CHONGQING, CORPUS, REPO, base_facts, needs_corpus

from drafter.cli import cli
from drafter.compose.asks import concern

from drafter.distill import distill_document
from drafter.distill.figures import find_figures
from drafter.distill.topics import document_topics, matter_terms
from drafter.facts.store import fact_file_data, is_curated, parse_fact_file
from drafter.model import CONTEXT, DONE, PLAN, PROBLEM, Block, Document, content_digest
from drafter.read import read_document
from drafter.workspace import load_workspace

SEEDS = REPO / "seeds"


@pytest.fixture(scope="module")
def ws():
    return load_workspace(REPO)


def figure(ff, counts: str, raw: str):
    """The (fact, figure) whose figure has this raw span and counts something containing ``counts``."""
    found = [(f, g) for f in ff.facts for g in f.figures if g.raw == raw and counts in (g.counts or "")]
    assert found, f"no figure {raw} counting {counts}: " + str(
        [(g.raw, g.counts) for f in ff.facts for g in f.figures if g.raw == raw])
    return found[0]


def doc_from_lines(text: str, name: str = "synthetic.txt", headings: dict[int, int] | None = None) -> Document:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    blocks = [Block(t, t, i + 1, (headings or {}).get(i + 1)) for i, t in enumerate(lines)]
    return Document(path=Path(name), format="txt", blocks=blocks, sha256="0" * 64)


# --- seed 000: reply 1071 -------------------------------------------------------------------


def test_seed000_figures_periods_and_source(distilled_seeds):
    ff = distilled_seeds["000"]
    fact, g = figure(ff, "科技型中小企业", "1614家")
    assert (g.value, g.unit, g.scale) == (1614, "家", None)
    assert fact.period.year == 2025 and fact.period.basis == "document date"  # 截至目前, reply of 2025
    fact, g = figure(ff, "国家级高新技术企", "3122家")
    assert fact.period.year == 2025
    fact, g = figure(ff, "高企认定奖补资金", "1.17亿元")
    assert (g.value, g.scale, g.unit) == (1.17, "亿", "元")
    # 全年 in a reply dated May 2025 speaks of the full year 2024.
    assert (fact.period.year, fact.period.basis) == (2024, "relative to document date")
    fact, g = figure(ff, "科技企业", "183家")
    _, loan = figure(ff, "“科技贷”放款", "13.2亿元")
    assert loan in fact.figures and fact.period.year == 2025
    fact, g = figure(ff, "重点平台建设资金", "8485.55万元")
    assert (g.value, g.scale, g.year, fact.period.year) == (8485.55, "万", 2024, 2024)
    _, g = figure(ff, "市级高层次人才", "2.9万人")
    assert (g.value, g.scale, g.unit) == (2.9, "万", "人")
    figure(ff, "省级高层次人才", "1800余人")
    figure(ff, "企业", "超800家/次")
    assert ff.source.number == "泉科函〔2025〕81号" and ff.source.label() == "泉科函〔2025〕81号"
    assert all(f.source_id == ff.source.id for f in ff.facts)


def test_seed000_metadata(distilled_seeds):
    m = distilled_seeds["000"].source
    assert m.kind == "reply" and not m.proposal
    assert m.suggestion_number == "1071" and m.deputy == "庄天怀"
    assert m.co_handlers == ["市财政局", "人社局", "金融局"]
    assert m.date == "2025-05-20"
    assert (m.signatory, m.contact, m.phone) == ("史思泉", "陈坚议", "0595-22579329")
    assert m.issuer == "泉州市科技局" and m.jurisdiction == "泉州市"
    assert m.suggestion_title.startswith("关于推动科技创新和产业创新深度融合") and m.suggestion_title.endswith("的建议")
    assert m.id == "2025-reply-1071"


# --- seed 003: reply 1288, PDF-extracted ------------------------------------------------------


def test_seed003_figures(distilled_seeds):
    ff = distilled_seeds["003"]
    fact, total = figure(ff, "企业技术中心", "227家")
    levels = {g.counts: g.value for g in fact.figures if g.counts and g.counts.endswith("企业技术中心")}
    assert levels["国家级企业技术中心"] == 14
    assert levels["省级企业技术中心"] == 138
    assert levels["市级企业技术中心"] == 75
    fact, g = figure(ff, "专利预审申请", "11217件")
    assert g.year == 2025 and fact.period.year == 2025 and fact.period.basis == "text"
    # The paragraph broken by a page after 智能制造产品 is one fact, with the figures after the break.
    broken = [f for f in ff.facts if "智能制造产品及系统" in f.text]
    assert len(broken) == 1
    assert "揭榜挂帅" in broken[0].text and {"13个", "4个"} <= {g.raw for g in broken[0].figures}
    assert broken[0].section == ["一、基本情况", "（一）加强智能制造产业科技研发"]


def test_seed003_metadata(distilled_seeds):
    m = distilled_seeds["003"].source
    assert m.kind == "reply" and m.suggestion_number == "1288" and m.deputy == "林永红"
    assert m.session == "市十七届人大五次会议" and m.reply_class == "A"
    assert m.contact == "谢惠阳" and m.signatory == "史思泉" and m.phone == "0595-22579329"
    assert m.cc == ["市人大常委会代表工委", "市人大常委会教科文卫工委", "市政府督查室"]
    assert m.disclosure == "主动公开"
    assert m.number == "泉科函〔2026〕102号" and m.issuer == "泉州市科学技术局"
    assert m.id == "2026-reply-1288"


def test_seed003_next_steps_are_plans(distilled_seeds):
    ff = distilled_seeds["003"]
    plans = [f for f in ff.facts if f.section and f.section[0] == "二、下一步工作计划"]
    assert len(plans) == 6  # the lead and (一)…(五)
    assert all(f.kind == PLAN for f in plans)
    done = [f for f in ff.facts if f.section and f.section[0] == "一、基本情况"]
    assert done and {f.kind for f in done} <= {DONE, CONTEXT}
    assert [f.kind for f in done].count(CONTEXT) == 2  # 近年来… overview and the (三) lead


# --- seed 001: 2016 summary and 2017 plan ----------------------------------------------------


def test_seed001_periods_and_kinds(distilled_seeds):
    ff = distilled_seeds["001"]
    assert ff.source.kind == "work_report" and ff.source.period == 2016
    assert ff.source.number == "泉科〔2017〕28号" and ff.source.date == "2017-02-15"
    fact, g = figure(ff, "专利申请", "54010件")
    assert g.year == 2016 and fact.period.year == 2016
    # a figure of the summary without a year of its own carries the summary's year
    fact, g = figure(ff, "有效期内高新技术企业", "311家")
    assert fact.period.year == 2016
    plans = [f for f in ff.facts if f.section and f.section[0] == "二、2017年工作计划"]
    assert len(plans) > 20 and all(f.kind == PLAN and f.period.year == 2017 for f in plans)
    problems = [f for f in ff.facts if f.kind == PROBLEM]
    assert [f.text[:2] for f in problems] == ["一是", "二是", "三是", "四是"]
    assert problems[0].text.startswith("一是高新区大而不强")
    fact, g = figure(ff, "R&D经费投入", "67.88亿元")
    assert fact.kind == PROBLEM and g.year == 2015


# --- seed 004: 鲤城区 report -----------------------------------------------------------------


def test_seed004_district_and_text_year(distilled_seeds):
    ff = distilled_seeds["004"]
    assert ff.source.jurisdiction == "鲤城区" and ff.source.issuer == "鲤城区科技局"
    assert ff.source.period == 2024
    assert ff.facts and all(f.jurisdiction == "鲤城区" and not f.external for f in ff.facts)
    fact, g = figure(ff, "经费", "5.34亿元")
    assert "R&D" in g.counts and g.year == 2023
    assert (fact.period.year, fact.period.basis) == (2023, "text")
    plans = [f for f in ff.facts if f.section and f.section[0] == "二、2025年工作计划"]
    assert plans and all(f.kind == PLAN and f.period.year == 2025 for f in plans)


# --- seed 002: Xiamen news --------------------------------------------------------------------


def test_seed002_is_another_city(distilled_seeds):
    ff = distilled_seeds["002"]
    assert ff.source.kind == "news" and ff.source.jurisdiction == "厦门市"
    assert ff.source.date == "2025-02-17" and ff.source.issuer == "厦门网"
    assert ff.facts and all(f.jurisdiction == "厦门市" and f.external for f in ff.facts)
    assert not any(f.jurisdiction == "泉州市" for f in ff.facts)
    figure(ff, "R&D经费投入强度", "3.4%")


# --- what is not a fact; stability ------------------------------------------------------------


@pytest.mark.parametrize("seed", ["000", "003"])
def test_formulas_and_signature_are_not_facts(distilled_seeds, seed):
    texts = [f.text for f in distilled_seeds[seed].facts]
    for marker in ("收悉", "答复如下", "感谢", "领导署名", "联系人", "联系电话", "抄送", "此件主动公开"):
        assert not any(marker in t for t in texts), marker
    assert not any(t in ("泉州市科学技术局", "2025年5月20日") for t in texts)
    assert "下一步" in distilled_seeds[seed].facts[-1].text or distilled_seeds[seed].facts[-1].kind == PLAN


def test_ids_are_stable_and_unique(ws, distilled_seeds):
    for name, ff in distilled_seeds.items():
        again = distill_document(read_document(next(SEEDS.glob(f"{name}_*.txt"))), ws)
        assert again.source.id == ff.source.id
        assert [(f.id, content_digest(f)) for f in again.facts] == [(f.id, content_digest(f)) for f in ff.facts]
        assert len({f.id for f in ff.facts}) == len(ff.facts)
        assert all(f.id.startswith(f"f-{ff.source.id}-") for f in ff.facts)
        stored = parse_fact_file(fact_file_data(ff), name, ff.source.id)  # the store stamps what it writes
        assert not any(is_curated(f) for f in stored.facts)
        # (at most 8 of its own words, then its reply's matter where it says none: topics.with_matter)
        matter = matter_terms(concern(ff.source.suggestion_title)) if ff.source.suggestion_title else []
        assert all(0 < len(f.topics) <= 8 + len(matter) for f in ff.facts)
    assert len({ff.source.id for ff in distilled_seeds.values()}) == len(distilled_seeds)


# --- other cities, other layouts ---------------------------------------------------------------

HANGZHOU_PROPOSAL = """
杭州市科学技术局
杭科函[2024]15号
答复类型:B类
关于市政协十二届三次会议第208号提案的答复
尊敬的王某某委员:
您提出的《关于加快培育科技型企业的提案》收悉,感谢您的关注。现答复如下:
一、主要做法
(一)加大企业培育力度
第一,实施科技企业"双倍增"行动,2023年新认定国家高新技术企业2,105家,累计达1.5万家。第二,落实研发费用加计扣除政策,全年为企业减免税额86.3亿元。
(二)存在的问题
部分企业研发投入强度仍然偏低,规上企业研发机构覆盖率为42.5%。
二、下一步工作打算
(一)强化政策供给。第一,力争2025年高新技术企业达到1.8万家;第二,设立规模10亿元的科创基金。
感谢您对科技工作的关心和支持。
领导署名:李某
联系人:张某 联系电话:0571-87654321
2024年6月3日
(此件依申请公开)
抄送:市政协提案委,市政府督查室。
"""


def test_other_city_proposal_half_width(ws):
    ff = distill_document(doc_from_lines(HANGZHOU_PROPOSAL), ws)
    m = ff.source
    assert m.kind == "reply" and m.proposal and m.deputy == "王某某"
    assert m.number == "杭科函〔2024〕15号" and m.reply_class == "B" and m.suggestion_number == "208"
    assert m.session == "市政协十二届三次会议" and m.suggestion_title == "关于加快培育科技型企业的提案"
    assert m.jurisdiction == "杭州市" and m.issuer == "杭州市科学技术局"
    assert (m.date, m.signatory, m.contact, m.phone) == ("2024-06-03", "李某", "张某", "0571-87654321")
    assert m.cc == ["市政协提案委", "市政府督查室"] and m.disclosure == "依申请公开"
    assert m.id == "2024-proposal-208"
    assert ff.facts and all(f.jurisdiction == "杭州市" and f.external for f in ff.facts)
    by_start = {f.text[:2]: f for f in ff.facts if f.section[-1] == "(一)加大企业培育力度"}
    assert set(by_start) == {"第一", "第二"}
    first = by_start["第一"]
    assert first.kind == DONE and first.period.year == 2023
    # (the year's additions by their verb, 新认定, the stock they were added to without it: h307)
    assert [(g.raw, g.value, g.counts) for g in first.figures] == [
        ("2,105家", 2105, "新认定国家高新技术企业"), ("1.5万家", 1.5, "国家高新技术企业")]
    # 全年 in a reply dated June: the previous full year.
    assert by_start["第二"].period.year == 2023 and by_start["第二"].period.basis == "relative to document date"
    problem = next(f for f in ff.facts if "覆盖率" in f.text)
    assert problem.kind == PROBLEM and problem.figures[0].raw == "42.5%"
    plans = [f for f in ff.facts if f.section[0] == "二、下一步工作打算"]
    assert [f.kind for f in plans] == [PLAN, PLAN] and plans[0].period.year == 2025
    assert not any("感谢" in f.text or "联系人" in f.text for f in ff.facts)


DISTRICT_REPORT = """
# 西湖区科技局2023年工作总结和2024年工作思路
2023年,区科技局在区委、区政府领导下,扎实推进各项工作。现将有关情况报告如下:
## 一、2023年工作完成情况
1、企业培育。全区新增科技型中小企业350家,同比增长12%。
2、平台建设。新建省级重点实验室3个。
## 二、存在问题
（1）研发投入不足,2022年全区R&D投入强度2.1%。
## 三、2024年工作思路
1、继续培育企业,力争新增科技型中小企业400家。
"""


def test_other_district_markdown_report(ws):
    doc = doc_from_lines(DISTRICT_REPORT, "report.md", headings={1: 1, 3: 2, 6: 2, 8: 2})
    doc.blocks = [Block(b.text.lstrip("# "), b.raw, b.index, b.heading) for b in doc.blocks]
    ff = distill_document(doc, ws)
    m = ff.source
    assert m.kind == "work_report" and m.period == 2023
    assert m.jurisdiction == "西湖区" and m.title.startswith("西湖区科技局")
    kinds = {f.text[:4]: (f.kind, f.period.year, f.section) for f in ff.facts}
    assert kinds["全区新增"] == (DONE, 2023, ["一、2023年工作完成情况", "1、企业培育"])
    assert kinds["新建省级"][0] == DONE
    assert kinds["研发投入"][:2] == (PROBLEM, 2022)
    assert kinds["继续培育"][:2] == (PLAN, 2024)
    assert all(f.external and f.jurisdiction == "西湖区" for f in ff.facts)


# --- figures ------------------------------------------------------------------------------------


def test_not_figures():
    text = ("索引号：QZ00105-3000-2025-00087，第1288号建议，泉科函〔2025〕81号，联系电话：0595-22579329，"
            "2025年5月20日，2025-02-17 16:07，1.谋划，第二批，（1）推进，2024-2026年，市政府1号文。")
    assert find_figures(text) == []


def test_figure_forms():
    raws = [(g.raw, g.value, g.scale, g.unit) for g in find_figures(
        "共13 个项目、1,200余人、超800家/次、3亿多元、1-2个平台、同比增长16.1%，给予100~300万元经费。")]
    assert raws == [
        ("13 个", 13, None, "个"), ("1,200余人", 1200, None, "人"), ("超800家/次", 800, None, "家/次"),
        ("3亿多元", 3, "亿", "元"), ("1-2个", 1, None, "个"), ("16.1%", 16.1, None, "%"),
        ("100~300万元", 100, "万", "元"),
    ]
    growth = find_figures("同比增长16.1%")[0]
    assert growth.counts == "增长"


# --- topics ---------------------------------------------------------------------------------------

GENERIC_ALONE = {"创新", "科技", "工作", "发展", "企业", "技术", "项目", "平台"}
FUNCTION_CHARS = "的和与及等是了将把被"


def test_seed000_topics_name_what_the_fact_says(distilled_seeds):
    fact, _ = figure(distilled_seeds["000"], "科技型中小企业", "1614家")
    assert "科技型中小企业" in fact.topics
    assert "创新" not in fact.topics


def test_seed_topics_are_the_facts_own_specific_words(distilled_seeds):
    """A fact's topics are its own words, 2–10 characters — then, after them, its reply's matter (the suggestion title's
    terms, any length: topics.with_matter), where its text says none of it."""
    for ff in distilled_seeds.values():
        matter = matter_terms(concern(ff.source.suggestion_title)) if ff.source.suggestion_title else []
        for f in ff.facts:
            topics = [t for t in f.topics if t not in matter]
            own = f.text + "|" + "|".join(g.counts or "" for g in f.figures)
            forms = [form for text in (own, own.replace("“", "").replace("”", ""))
                     for form in (text, unicodedata.normalize("NFKC", text))]
            assert all(any(t in form for form in forms) for t in topics), (f.text[:30], f.topics)
            assert not GENERIC_ALONE & set(f.topics), (f.text[:30], f.topics)
            assert all(2 <= len(t) <= 10 for t in topics), f.topics
            assert not any(t[0] in FUNCTION_CHARS or t[-1] in FUNCTION_CHARS for t in f.topics), f.topics
            assert len(set(f.topics)) == len(f.topics)


def test_topics_strip_phrase_openers_and_keep_quoted_terms():
    text = "进一步加快推动科技型中小企业和“专精特新”企业发展，持续加强《泉州市专利奖评奖规定》宣传工作。"
    (topics,) = document_topics([(text, [])])
    assert {"科技型中小企业", "专精特新", "泉州市专利奖评奖规定"} <= set(topics)
    for opener in ("进一步", "加快", "推动", "持续", "加强"):
        assert not any(opener in t for t in topics), topics


def test_other_city_half_width_quotes_give_topics(ws):
    ff = distill_document(doc_from_lines(HANGZHOU_PROPOSAL), ws)
    first = next(f for f in ff.facts if f.text.startswith("第一"))
    assert "双倍增" in first.topics and "国家高新技术企业" in first.topics


def test_topic_rarity_across_the_document_ranks_a_facts_own_term_first():
    # The shared term is longer and comes first: only its rarity can rank it below.
    texts = ["孵化器运营良好，人才公寓。", "孵化器运营良好，中试基地。", "孵化器运营良好，科创飞地。"]
    for topics in document_topics([(t, []) for t in texts]):
        shared = topics.index("孵化器运营良好")
        assert shared > 0, topics  # the term every fact shares comes after the fact's own term


def test_topics_never_exceed_the_limit():
    text = "、".join(f"“{a}{b}计划”" for a in "甲乙丙丁戊己庚辛壬癸" for b in "子丑")
    (topics,) = document_topics([(text, [])])
    assert len(topics) == 8


# --- other places: what a reply's front and back matter look like elsewhere ---------------------

JIANGSU_REPLY = """
某某市科学技术局
某科建[2024]9号 签发人：周某某
（C类）
关于市十五届人大三次会议第0045号建议的答复
张某某代表：
你提出的关于支持企业建设研发机构的建议收悉。经会同市财政局、市税务局认真研究，现答复如下：
感谢你对我市科技工作的关注。
一、工作情况
深圳市南山区科技创新局来我市交流，联合市财政局开展研发机构绩效评价，全市新增企业研发机构120家。
感谢你对科技工作的关心和支持。
某某市科学技术局
2024年5月28日
（联系人：陈某某；联系电话：0519-85681234）
公开方式：依申请公开
"""


def test_reply_front_and_back_matter_of_other_places(ws):
    ff = distill_document(doc_from_lines(JIANGSU_REPLY), ws)
    m = ff.source
    assert (m.number, m.signatory, m.reply_class) == ("某科建〔2024〕9号", "周某某", "C")
    assert m.suggestion_title == "关于支持企业建设研发机构的建议"  # no 《》 around it
    assert m.co_handlers == ["市财政局", "市税务局"]
    assert (m.contact, m.phone, m.disclosure) == ("陈某某", "0519-85681234", "依申请公开")
    # a 感谢… paragraph right after the opening is courtesy, not the end of the body
    assert [f.text[:6] for f in ff.facts] == ["深圳市南山区"]
    assert ff.facts[0].figures[0].raw == "120家"


def test_issuer_place_is_the_innermost():
    text = "深圳市南山区科技创新局\n2023年，全区新增国家高新技术企业300家，同比增长5%。我区研发投入占比居全市前列。"
    for issuer, place in (("深圳市南山区科技创新局", "南山区"), ("浙江省杭州市科学技术局", "杭州市"),
                          ("泉州市科技局", "泉州市")):
        doc = doc_from_lines(text.replace("深圳市南山区科技创新局", issuer))
        assert distill_document(doc, load_workspace(REPO)).source.jurisdiction == place


@pytest.mark.parametrize("mark, code", [("办理结果：B", "B"), ("答复类别：乙类", "乙"), ("【甲类】", "甲"),
                                        ("(D类)", "D")])
def test_class_marks_of_other_schemes(ws, mark, code):
    text = JIANGSU_REPLY.replace("（C类）", mark)
    assert distill_document(doc_from_lines(text), ws).source.reply_class == code


@pytest.mark.parametrize("text, raws", [
    ("累计放款三千万元，入库企业近千家，两百余人参加，占比超过六成。", ["三千万元", "近千家", "两百余人", "超过六成"]),
    ("实施千人计划，开展十大行动，一是加强，三年行动计划，数十家企业，第三千家，成功举办三场活动。", []),
])
def test_chinese_numeral_figures(text, raws):
    assert [g.raw for g in find_figures(text)] == raws


def test_decimal_headings_are_not_decimal_figures():
    doc = doc_from_lines("""
    1、主要指标
    1.1 研发投入。全县研发费用支出8.6亿元。
    1.2创新主体。全县高新技术企业达412家。
    """)
    ws = load_workspace(REPO)
    facts = distill_document(doc, ws).facts
    assert [f.section for f in facts] == [["1、主要指标", "1.1 研发投入"], ["1、主要指标", "1.2创新主体"]]
    assert [g.raw for f in facts for g in f.figures] == ["8.6亿元", "412家"]


def test_distilling_pauses_the_cycle_collector_only_for_the_run(empty_root):
    """distill_paths runs with Python's cycle collector paused (a speed-up) and gives it back as it
    was, also when the base is malformed and the run stops with an error."""
    import gc

    from helpers import REPO
    from drafter.distill import distill_paths
    from drafter.errors import FactFileError
    from drafter.workspace import load_workspace

    ws = load_workspace(empty_root)
    seen = []
    report = distill_paths(ws, [REPO / "seeds"], progress=lambda *_: seen.append(gc.isenabled()))
    assert report.ok and len(report.sources) == 5 and seen == [False] * 5
    assert gc.isenabled()
    (empty_root / "facts" / "broken.yaml").write_text("source: [unclosed\n", encoding="utf-8")
    with pytest.raises(FactFileError):
        distill_paths(ws, [REPO / "seeds"])
    assert gc.isenabled()
    (empty_root / "facts" / "broken.yaml").unlink()
    gc.disable()
    try:
        distill_paths(ws, [REPO / "seeds" / "nothing.txt"])
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


@needs_corpus
@pytest.mark.parametrize("name, year", [("03_chongqing_reply_2023.txt", 2023), ("1160答复.txt", None)])
def test_an_undated_reply_is_named_and_dated_by_its_files_year(tmp_path, name, year):
    """重庆's reply to 市六届人大一次会议's 1160 states no date (qa16): distill names it in its summary, asking for a
    file named by its date; saved as …_2023.txt its facts are of that year, an estimate (the base's reading: its id
    stays undated-…); saved under a name of no year they have none — not a year its text names (2021—2025年, 2023—2025年)."""
    root = tmp_path / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(CHONGQING, "utf-8")
    shutil.copy(CORPUS / "03_chongqing_reply_2023.txt", root / name)
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / name)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    said = next(line for line in result.output.splitlines() if "未写明成文日期" in line)
    assert name in said and "第1160号建议" in said
    assert (f"暂按{year}年估计" in said) if year else ("没有年份" in said)
    facts = base_facts(root)
    assert facts and {f["period"]["year"] for f in facts} == {year}
    assert {f["period"]["basis"] for f in facts} == {"document date" if year else "unknown"}  # no year the text claims
    assert list((root / "facts").glob("undated-reply-1160.yaml"))
