"""The suggestion's text: reading it (--text), its asks, and how the proposer is addressed."""

from __future__ import annotations


import docx
import pytest

from helpers import REPO, TITLE_1288

from drafter.compose.asks import concern, parse_asks, read_suggestion_text
from drafter.compose.suggestion import is_collective, you_word
from drafter.errors import DrafterError

TEXT_1288 = REPO / "examples" / "1288建议.txt"
TITLE = TITLE_1288


def phrases(text, title="关于加强科技创新的建议"):
    return [a.phrase for a in parse_asks(text, title)]


def test_the_1288_text_gives_its_five_asks_in_order():
    asks = parse_asks(TEXT_1288.read_text("utf-8"), TITLE)
    assert [a.phrase for a in asks] == [
        "加强智能制造关键核心技术攻关", "建设高能级创新平台", "畅通科技成果转化渠道",
        "加强科技创新人才引育", "强化知识产权保护和运用"]
    assert "揭榜挂帅" in asks[0].text and "质押融资" in asks[4].text
    assert "关键核心技术受制于人" not in asks[0].text  # the problem paragraph is no ask


@pytest.mark.parametrize("text, expected", [
    # a heading is one clause, the other a point (test_gap_placement)
    ("建议一：加大研发投入。建议二：引进高端人才，完善服务。", ["加大研发投入", "引进高端人才"]),
    ("一是加强研发投入；二是优化人才服务。", ["加强研发投入", "优化人才服务"]),
    ("（一）抓平台建设。\n（二）抓人才引进。", ["抓平台建设", "抓人才引进"]),
    ("(一)抓平台建设。\n(二)抓人才引进。", ["抓平台建设", "抓人才引进"]),
    ("1.加快成果转化\n2.支持企业研发", ["加快成果转化", "支持企业研发"]),
    # a list's 建议内容 cell on one line (hd12, 魏县): 一、 after the colon that announces the asks
    ("建议：一、扶持鸭梨深加工龙头企业；二、加强鸭梨品牌建设和直播电商销售；三、建设冷链仓储设施。",
     ["扶持鸭梨深加工龙头企业", "加强鸭梨品牌建设和直播电商销售", "建设冷链仓储设施"]),
    # the asks stand after the part announcing them, not in the problem part's numbering
    ("一、存在问题\n（一）投入不足。\n（二）人才短缺。\n二、几点建议\n（一）建议设立专项资金。\n（二）要引进领军人才。\n（三）搭建对接平台。",
     ["设立专项资金", "引进领军人才", "搭建对接平台"]),
])
def test_ask_markers(text, expected):
    assert phrases(text) == expected


def test_text_without_numbered_asks_is_one_ask_named_by_the_title():
    asks = parse_asks("我市应当加强知识产权保护，加快专利审查。", "关于加强知识产权保护的建议")
    assert [a.phrase for a in asks] == ["加强知识产权保护"] and "专利审查" in asks[0].text
    assert parse_asks(None, "关于X的建议") == [] and parse_asks("  \n", "关于X的建议") == []


def test_a_long_first_clause_is_cut_to_a_short_phrase():
    text = "一、加快推进全市制造业企业数字化智能化改造，提升传统产业竞争力。二、支持企业上云用数赋智。"
    got = phrases(text)
    assert got == ["加快推进全市制造业企业数字化智能化改造", "支持企业上云用数赋智"]
    assert all(len(p) <= 25 for p in got)


def test_concern_comes_from_the_title():
    assert concern(TITLE) == "推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展"
    assert concern("《关于加快中试平台建设的提案》") == "加快中试平台建设"
    # a title on the problems and what to do (岳阳县, hd6): the matter alone, never 围绕…的问题与建议
    assert concern("关于中洲乡排涝能力建设的问题与建议") == "中洲乡排涝能力建设"
    assert concern("关于中洲乡排涝能力建设的问题与建议的建议") == "中洲乡排涝能力建设"
    assert concern("关于农村饮水安全存在的问题及建议") == "农村饮水安全"
    assert concern("关于中洲乡排涝能力建设问题的建议") == "中洲乡排涝能力建设问题"


def test_read_text_from_txt_docx_and_stdin(tmp_path, monkeypatch):
    assert "知识产权" in read_suggestion_text(TEXT_1288)
    document = docx.Document()
    for line in TEXT_1288.read_text("utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "建议.docx"
    document.save(path)
    assert next(a.phrase for a in parse_asks(read_suggestion_text(path), TITLE)) == "加强智能制造关键核心技术攻关"

    class Stdin:
        buffer = type("B", (), {"read": staticmethod(lambda: "一是建平台；二是引人才。".encode("gb18030"))})()

    monkeypatch.setattr("sys.stdin", Stdin)
    assert phrases(read_suggestion_text("-")) == ["建平台", "引人才"]


def test_unreadable_text_files_are_one_line_errors(tmp_path):
    with pytest.raises(DrafterError, match="不存在"):
        read_suggestion_text(tmp_path / "无.txt")
    (tmp_path / "a.xls").write_text("x")
    with pytest.raises(DrafterError, match="不支持"):
        read_suggestion_text(tmp_path / "a.xls")


@pytest.mark.parametrize("proposer, you", [
    ("林永红", "您"), ("民建泉州市委会", "贵会"), ("市工商联", "贵会"), ("致公党泉州市委会", "贵会"),
    ("经济界别", "您们"), ("九三学社泉州市委", "贵会"), ("市政协教科卫体委员会", "贵会"), (None, "您"),
])
def test_collective_proposers_are_addressed_as_themselves(proposer, you):
    """A group of members (经济界别) as several persons (hd26b's 临沧 to a 界别, hd50a's 保山 to a 委员活动组), a unit by its
    name's word."""
    assert you_word(proposer) == you
    assert is_collective(proposer) == (you != "您")


def test_a_long_sentence_loses_only_its_off_topic_tail():
    from drafter.compose.sentences import bigrams, on_topic_clauses

    words = bigrams("中试验证平台") | bigrams("异地研发")
    s = ("聚焦院所、企业所需，在全省率先出台支持中试验证发展“12条措施”，推动建设中试验证平台28个（其中建成13个），"
         "修订《泉州市科技创新券管理规定》，落实国潮泉州“焕新消费，焕新智造”系列活动方案，面向全市征集发布科技智能新品176项。")
    assert on_topic_clauses(s, words).endswith("推动建设中试验证平台28个（其中建成13个）。")
    # figures and short clauses right after a kept clause are its results: they stay
    t = "推进异地研发模式，成功推动联合创新孵化中心签约落地，新增异地研发孵化机构13家，新认定市级企业异地研发中心5家。"
    assert on_topic_clauses(t, words) == t
    short = "建设中试验证平台，新增28个。"  # fewer than four clauses: kept whole
    assert on_topic_clauses(short, bigrams("人才")) == short


def test_relative_time_words_become_the_period_counted_from_the_source():
    from drafter.compose.sentences import absolute_time
    from drafter.model import SourceMeta

    source = SourceMeta(id="s", path="s.txt", sha256="0", kind="reply", number="泉科函〔2025〕81号", date="2025-05-20")
    dated = absolute_time("截至目前，全市培育科技型中小企业1614家；全年兑现奖补资金1.17亿元。", source, 2024)
    assert dated.text == "截至2025年5月，全市培育科技型中小企业1614家；2024年全年兑现奖补资金1.17亿元。"
    assert [m.text for m in dated.marks] == ["截至2025年5月", "2024年全年"]
    assert "原文为“截至目前”" in dated.marks[0].note and "泉科函〔2025〕81号" in dated.marks[0].note
    dated = absolute_time("目前投向企业金额达30.61亿元，去年新增5家，今年上半年新增3家，近期启动建设。", source, 2025)
    assert dated.text == "截至2025年5月，投向企业金额达30.61亿元，2024年新增5家，2025年上半年新增3家，2025年5月启动建设。"
    assert absolute_time("2024年全年新增5家。", source, 2024).marks == []  # already absolute


def test_recent_days_become_the_sources_month():
    """A news item of 2023-02-17 (hxcsw.com/chengshizixun/2023/0217/c_123595229.html) says 福州市教育局近日出台《…》:
    a 2024 reply said 我局近日出台…, a year after."""
    from drafter.compose.sentences import absolute_time
    from drafter.model import SourceMeta

    source = SourceMeta(id="s", path="s.txt", sha256="0", kind="news", title="福州多举措推动中小学生顺利开启新学期",
                        date="2023-02-17")
    dated = absolute_time("福州市教育局近日出台《福州市加强和改进新时代学校体育工作的十六条措施》。", source, 2023)
    assert dated.text == "福州市教育局2023年2月出台《福州市加强和改进新时代学校体育工作的十六条措施》。"
    assert "原文为“近日”" in dated.marks[0].note


def test_a_number_in_a_name_is_no_figure_to_date():
    from drafter.distill.figures import find_figures
    from drafter.compose.sentences import figures_in
    from drafter.model import Fact, Period

    text = "出台“12条措施”，推动建设中试验证平台28个，修订《2024年工作规则》。"
    fact = Fact(id="f", text=text, kind="done", period=Period(2025, "text"), jurisdiction=None, source_id="s",
                figures=find_figures(text))
    assert [g.raw for g in figures_in(text, fact)] == ["28个"]


def test_a_plan_lead_takes_the_one_form_of_a_drafts_leads():
    """Leads are verb phrases (as 持续加强… made from an ask): a 在…上下功夫 frame goes, a cut one
    too; one around a noun stays whole; a lead merely starting with 在 is no frame."""
    from drafter.compose.select import heading_phrase

    assert heading_phrase("提升成果转化服务能力上下功夫。") == "提升成果转化服务能力。"
    assert heading_phrase("在强主体上下功夫") == "在强主体上下功夫。"  # 强主体 alone is a fragment
    assert heading_phrase("支持企业研发创新。") == "支持企业研发创新。"
    assert heading_phrase("科技金融上发力") == "在科技金融上发力。"
    assert heading_phrase("在全省率先出台政策") == "在全省率先出台政策。"


def test_only_a_verb_of_work_makes_a_lead_or_a_concern_a_verb_phrase():
    """A 在…上下功夫 frame goes only around what an ask's verbs or a lead's openings begin (提升…,
    强主体, 服务…); a word that opens a clause but no work (要求, 包括, 通过, 现将) is a noun's start
    there: the frame stays, and a concern so begun is no work the bureau carries on (继续包括…)."""
    from drafter.compose.asks import carried_on
    from drafter.compose.select import heading_phrase

    assert heading_phrase("在服务企业上下功夫") == "服务企业。"
    assert heading_phrase("在要求落实上下功夫") == "在要求落实上下功夫。"
    assert carried_on("加快中试验证平台建设") == "继续加快中试验证平台建设"
    assert carried_on("包括中小企业在内的融资难问题") is None


def test_an_ask_lists_its_points_without_purpose_or_scope_clauses():
    asks = parse_asks((REPO / "examples" / "1288建议.txt").read_text("utf-8"))
    assert asks[4].points == ["加快专利审查和确权", "加大知识产权维权援助力度", "推动专利转化运用和质押融资"]
    assert asks[3].points[0] == "加大高层次人才和创新团队引进力度"  # 围绕…需求 is scope, not a point
    assert parse_asks("一是建设中试平台；二是培育技术经理人。")[0].points == []


def test_a_point_opening_on_the_deputys_word_of_asking_is_what_is_asked():
    # a deputy often writes 建议 again inside an ask: the point (and a placeholder naming it) is what follows
    asks = parse_asks("一、推进企业技术改造和工业互联网应用。建议支持企业开展技术改造。\n"
                      "二、加强人才培养。建议在高校开设相关专业，支持企业培训技能人才。")
    assert [a.points for a in asks] == [["支持企业开展技术改造"], ["在高校开设相关专业", "支持企业培训技能人才"]]
    assert parse_asks("一、完善建议办理机制，建议人反馈纳入考核；建议人才项目优先。")[0].points == ["建议人反馈纳入考核", "人才项目优先"]


def test_a_plan_gets_back_the_lead_its_source_set_as_a_heading_but_not_a_part_heading():
    from drafter.compose.select import fact_sentences
    from drafter.model import PLAN, Fact, Period

    def plan(*section: str) -> Fact:
        return Fact(id="p", text="支持企业加大研发投入，建立研发准备金。鼓励企业开展技术并购。", kind=PLAN,
                    period=Period(2026, "document date"), jurisdiction="泉州市", source_id="s", section=list(section))

    assert fact_sentences(plan("二、下一步工作计划", "（一）支持企业研发创新"))[0] == "支持企业研发创新。"
    assert fact_sentences(plan("二、下一步工作计划"))[0].startswith("支持企业加大研发投入")
    assert fact_sentences(plan("（三）2026年工作打算"))[0].startswith("支持企业加大研发投入")


@pytest.mark.parametrize("text", [
    "关于加快农村公路建设的建议\n\n我县农村公路里程长。建议：\n1.加大农村公路养护投入。\n2.完善农村客运网络。\n\n"
    "建议人：张某\n联系电话：13800000000\n",
    "领衔代表：张某\n附议人：李某、王某\n建议内容：我县农村公路里程长。建议：\n一、加大农村公路养护投入。\n二、完善农村客运网络。\n",
])
def test_a_forms_particulars_copied_with_the_text_are_no_part_of_an_ask(text):
    """A text pasted from the handling system's form brings its particulars (建议人：张某, 联系电话：…,
    附议人：…) and the label of its text (建议内容：): none is part of an ask, nor what a placeholder
    would ask the clerk for (held-out round 10: 建议人：张某 was read into the last ask)."""
    asks = parse_asks(text, "关于加快农村公路建设的建议")
    assert [a.phrase for a in asks] == ["加大农村公路养护投入", "完善农村客运网络"]
    assert not any(w in a.text for a in asks for w in ("张某", "1380", "建议人", "附议人", "内容："))


def test_a_text_of_one_ask_below_its_particulars_is_that_ask():
    [ask] = parse_asks("建议人：张某\n内容：我县农村公路里程长，养护投入不足，建议加大投入。", "关于加快农村公路建设的建议")
    assert ask.text == "我县农村公路里程长，养护投入不足，建议加大投入。"

