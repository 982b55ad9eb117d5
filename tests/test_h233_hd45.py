"""Findings of held-out round hd45 (南昌市应急管理局, 常德市住房和城乡建设局): a table's caption and sentences a page cut stored
as work done, a 政府信息公开年度报告's boilerplate and its items run into one fact, a gap's comment naming sources of boilerplate
only, a class C closing that shelves work the bureau pursues, and placeholders without a comment.

Each distilling test reads an excerpt of the real page (its words as the page prints them) through the path ``drafter distill``
takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

import re

import docx

from drafter.compose.sentences import finished_sentences
from drafter.docx.ooxml import paragraph_comment_spans
from helpers import comments_on, distil, fact_texts, page_draft, seeds_draft, unit_workspace

NANCHANG_AREAS = "东湖区, 西湖区, 青云谱区, 青山湖区, 新建区, 红谷滩区, 南昌县, 进贤县, 安义县"


def _nanchang(tmp_path):
    return unit_workspace(tmp_path / "ws", "南昌市应急管理局", "市应急管理局", "南昌市", NANCHANG_AREAS)


# 南昌市人民政府关于印发南昌市“十四五”应急体系规划的通知 (2022-07-01), the page cut after its first table's caption.
PLAN_2022 = """南昌市“十四五”应急体系规划

应急管理是国家治理体系和治理能力的重要组成部分,承担防范化解重大安全风险、及时应对处置各类灾害事故的重要职责,担负保护人民群众生命财产安全和维护社会稳定的重要使命。科学编制并有效实施应急管理“十四五”规划,对提升公共安全保障能力,实现高质量跨越式发展具有重要意义。为贯彻党中央、国务院、省委、省政府关于应急管理工作的一系列重大决策部署,统筹推进全市应急管理工作高质量发展,维护公共安全和社会稳定,根据《江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》《江西省“十四五”应急体系规划》《南昌市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》等有关文件,结合本市实际,制定本规划。

一、现状与形势

(一)十三五期间取得的发展成效

“十三五”期间是应急管理事业改革发展的重要时期。面对艰巨繁重的安全生产和自然灾害防治任务,全市上下坚持以习近平新时代中国特色社会主义思想为指导,全面落实习近平总书记关于应急管理重要论述和重要讲话精神,坚持人民至上、生命至上,积极探索、主动作为,取得了积极进展和明显成效。过去五年,全市应急管理机构改革顺利完成,安全生产、综合防灾减灾工作平稳有序,生产安全事故总量进一步下降,较大事故得到有效遏制,有效防范重大事故,杜绝特别重大事故,抗灾救灾能力稳步提升,全市应急管理形势持续向好,圆满完成“十三五”规划目标任务。

表1 “十三五”时期主要指标完成情况

“
"""

# 南昌市应急管理局2022年工作总结和2023年工作要点 (2023-04-01), cut after 学习研讨.
SUMMARY_2022 = """南昌市应急管理局2022年工作总结和2023年工作要点

一、2022年工作总结

(一)始终牢记初心使命,绷紧“安全弦”

1.坚守岗位职责,永葆政治忠诚。始终牢记应急管理部门首先是政治机关,准军事化队伍,自觉深入贯彻习近平总书记关于应急管理重要论述,牢固树立“四个意识”,坚决做到“两个维护”落实省应急厅和市委、市政府关于应急管理重要决策部署,不断提高政治判断力、政治领悟力、政治执行力,确保在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。

2.砥砺党性修养,坚定政治定力。扎实开展政治理论学习,局党委领导班子成员坚持以上率下,强化大局意识、忧患意识、责任意识,以学习习近平总书记系列讲话为重点,举办学习贯彻党的二十大精神读书班,通过专家辅导、现场教学、学习研讨
"""

# 南昌市应急管理局2021年工作总结和2022年工作打算 (2022-05-01), cut after 工作会.
SUMMARY_2021 = """南昌市应急管理局2021年工作总结和2022年工作打算

2021年,是“十四五”的开局之年,是南昌市在全省率先“做示范、勇争先”,提升首位度、更好彰显省会担当的重要之年。南昌市应急管理局在市委市政府的坚强领导下,深入学习贯彻习近平总书记关于应急管理系列论述和市委市政府领导关于安全生产指示批示精神,按照“对党忠诚、纪律严明、赴汤蹈火、竭诚为民”的要求,坚持“人民至上、生命至上”的安全发展理念,严格贯彻党管意识形态工作责任制,紧扣安全生产责任落实,扎实推进安全生产专项整治三年行动及“十大攻坚战”,大力推进安全生产法治建设,全面构建安全生产风险防控体系,加强安全基础保障能力建设,全市安全生产形势实现了总体稳定。

一、2021年工作总结

(一)牢固树立安全生产“红线”意识,切实担负“保一方平安”的政治责任。2021年,全市共发生安全事故148起、死亡129人。与2020年同期比,事故起数减少13起、死亡人数增加15人;起数同比下降8.01%、死亡人数上升13.2%。一是按照“党政同责、一岗双责”的要求,强化党委、政府领导责任。在市委常委会和政府常务会上多次组织学习党中央国务院主要领导关于安全生产重要指示批示精神、听取安全生产汇报、研究部署安全生产工作。市政府主要领导和分管领导定期组织召开全市安全生产工作会
"""


def test_a_tables_caption_is_no_fact(tmp_path):
    """表1 “十三五”时期主要指标完成情况 was a done fact of 2016–2020: the caption of a table the page lost, no statement."""
    ff = distil(tmp_path, _nanchang(tmp_path), PLAN_2022, "2022-07-01_南昌市十四五应急体系规划.txt")
    assert "圆满完成“十三五”规划目标任务" in fact_texts(ff)
    assert "主要指标完成情况" not in fact_texts(ff)


def test_a_list_the_page_cut_is_not_cut_short_of_its_members(tmp_path):
    """…读书班,通过专家辅导、现场教学、学习研讨 (the page's end) was kept as …读书班，通过专家辅导、现场教学: the means read as
    whole. The cut clause goes whole with its list; the deed before it stays."""
    ff = distil(tmp_path, _nanchang(tmp_path), SUMMARY_2022, "2023-04-01_2022年工作总结和2023年工作要点.txt")
    fact = next(f for f in ff.facts if "读书班" in f.text)
    assert fact.text.endswith("举办学习贯彻党的二十大精神读书班，……")  # (marked cut, the sentence went on: hx68c)
    assert finished_sentences(fact.text)[-1].endswith("读书班。")  # (a draft says it closed: h292)
    assert "现场教学" not in fact_texts(ff)


def test_a_sentence_the_page_cut_after_a_whole_one_is_left_out(tmp_path):
    """…研究部署安全生产工作。市政府主要领导和分管领导定期组织召开全市安全生产工作会 (no stop: the page's end) was kept, a meeting
    read as held; the sentences before it are whole."""
    ff = distil(tmp_path, _nanchang(tmp_path), SUMMARY_2021, "2022-05-01_2021年工作总结和2022年工作打算.txt")
    assert "研究部署安全生产工作。" in fact_texts(ff)
    assert "定期组织召开" not in fact_texts(ff)


def test_a_gaps_comment_names_no_source_of_boilerplate_alone(tmp_path):
    """hd45a's 基本情况 gap sent the clerk to the plan and the 2021 summary, whose sentences on the ask were a preamble
    (应急管理是国家治理体系和治理能力的重要组成部分…) and a year's slogan (2021年，是“十四五”的开局之年…): no work of the bureau's
    on it. The comment says plainly the base holds none."""
    seeds = {"2022-07-01_南昌市十四五应急体系规划.txt": PLAN_2022,
             "2023-04-01_2022年工作总结和2023年工作要点.txt": SUMMARY_2022,
             "2022-05-01_2021年工作总结和2022年工作打算.txt": SUMMARY_2021}
    _, out = seeds_draft(tmp_path, _nanchang(tmp_path), seeds, "0181", "关于构建大应急管理体系的提案",
                         "关于构建大应急管理体系的提案\n\n提案人：聂玉华\n\n建议：构建大应急管理体系。\n", "--deputy", "聂玉华",
                         "--session", "市政协十五届三次会议", "--type", "B", "--proposal", "--date", "2023-10-01")
    notes = comments_on(out, "【待补充：构建大应急管理体系方面的工作情况")
    assert notes and not any("涉及该主题" in n or "应急体系规划" in n for n in notes), notes
    assert any("没有本单位此方面的工作情况" in n for n in notes), notes


# 常德市住房和城乡建设局's 2018年度政府信息公开工作年度报告 (2019-03-20), the page as saved: the report in one table cell, cut
# after 从事政务公开.
REPORT_2018 = """2018年度常德市住房和城乡建设局政府信息公开工作年度报告 |
|||
|
|||
本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和政务公开工作要求,由常德市住房和城乡建设局编制。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开咨询处理情况、政府信息公开行政复议和行政诉讼情况、政府信息公开支出情况,其他相关工作情况以及存在的主要问题和改进措施等。本年度报告的电子版可在常德市政府网站和常德市住房和城乡建设局网站上下载。如对本年度报告有疑问,请联系常德市住房和城乡建设局办公室:佘剑球 电话:0736-7717061。 一、概述 2018年度,市住建局在市委、市政府的正确领导下,政府信息公开工作运行正常,政府信息公开咨询、申请和答复工作顺利开展。 1、工作机构和人员情况 根据《条例》要求,配备1名全职工作人员,设立了政务公开工作办公室。 2、制度规范建设及落实情况; 我局坚持把门户网站作为政府信息公开的第一平台,为保证“常德市住房城乡建设网”全年不间断安全运行,为市民提供全天候服务,及时发现网站出现的异常情况、及时处理问题并恢复正常,特制定了《网站信息审核发布制度》、《网站运行维护管理制度》、《网站链接审批制度》、《网站密码安全保密制度》、《值班读网制度》、《市住建局网络舆情应急响应制度》等相关制度。 3、基础性工作开展情况 单位主要领导听取政务公开工作情况汇报5次,研究通过了《市住建局2018年政务公开工作要点》,对政务公开工作中存在重点领域公开范围、内容以及公开的实效性等问题进行了研究。由局政务公开领导小组办公室组织对本行业系统直属单位和企事业单位从事政务公开
"""

CHANGDE_TITLE = "关于林荫北路修建尽快复工的建议"
CHANGDE_SUGGESTION = """关于林荫北路修建尽快复工的建议

领衔代表：吴光清

林荫北路（常德大道—筑基路）项目已停工，道路迟迟未能建成，周边排水不畅，雨污管网不完善，污水问题突出，影响周边群众出行和生活。为此建议：

一、尽快恢复林荫北路（常德大道—筑基路）建设，早日建成通车。

二、解决林荫北路周边管网和污水问题，完善雨污管网，改善周边排水状况。
"""


def _changde(tmp_path):
    return unit_workspace(tmp_path / "ws", "常德市住房和城乡建设局", "市住建局", "常德市", "武陵区, 鼎城区, 津市市")


def test_a_reports_note_on_itself_is_dropped_and_its_items_run_together_are_facts_each(tmp_path):
    """The report's note on itself (本年度报告根据…编制, …可在…下载, 如对本年度报告有疑问，请联系…佘剑球 电话：0736-7717061) and its
    items 1、2、3、 run together on the line were one fact, to the page's cut end."""
    ff = distil(tmp_path, _changde(tmp_path), REPORT_2018, "2019-03-20_2018年度政府信息公开年报.txt")
    texts = fact_texts(ff)
    assert "本年度报告" not in texts and "0736-7717061" not in texts and "佘剑球" not in texts
    item1 = next(f for f in ff.facts if "配备1名全职工作人员" in f.text)
    assert item1.text == "根据《条例》要求，配备1名全职工作人员，设立了政务公开工作办公室。"
    item2 = next(f for f in ff.facts if "网站信息审核发布制度" in f.text)
    assert item2.text.startswith("我局坚持把门户网站") and "配备" not in item2.text and "单位主要领导" not in item2.text
    item3 = next(f for f in ff.facts if "听取政务公开工作情况汇报5次" in f.text)
    assert item3.text.startswith("单位主要领导") and item3.text.endswith("进行了研究。")  # (the cut sentence after it goes)


def _changde_draft(tmp_path):
    return page_draft(tmp_path, _changde(tmp_path), REPORT_2018, CHANGDE_SUGGESTION, "076", CHANGDE_TITLE,
                      "--session", "市八届人大三次会议", "--type", "C", "--date", "2024-05-15",
                      name="2019-03-20_2018年度政府信息公开年报.txt")


def test_a_class_c_closing_on_the_bureaus_own_works_does_not_shelve_them(tmp_path):
    """林荫北路's works are the bureau's: the C closing said 留作参考 (shelved), where the class means solving later too
    (因目前条件限制或其他原因需以后解决、或留作参考) and the real reply pursued them (争取…早日恢复建设)."""
    _, document = _changde_draft(tmp_path)
    closing = next(p.text for p in document.paragraphs if "感谢您" in p.text and "暂难" in p.text)
    assert "留作参考" not in closing and "待条件成熟后推进解决" in closing, closing


def test_a_class_c_closing_keeps_for_reference_what_another_unit_does(tmp_path):
    """An ask in another unit's field (drafter.yaml other_fields) is not the bureau's to solve: 留作参考 stays."""
    ws = _changde(tmp_path)
    with (ws.root / "drafter.yaml").open("a", encoding="utf-8") as f:
        f.write("other_fields:\n  市城管局: [污水, 雨污管网, 排水]\n")
    _, document = page_draft(tmp_path, ws, REPORT_2018, CHANGDE_SUGGESTION, "076", CHANGDE_TITLE, "--type", "C", "--date", "2024-05-15")
    closing = next(p.text for p in document.paragraphs if "感谢您" in p.text and "暂难" in p.text)
    assert "留作参考" in closing, closing


def test_every_placeholder_of_the_body_carries_its_comment(tmp_path):
    """hd45c's C draft: the reason (【待补充：您所提建议暂难落实的具体原因…】) and both next steps (【待补充：…方面的下一步举措】)
    had no comment, though each gap keeps one saying what to write (README)."""
    _, document = _changde_draft(tmp_path)
    paragraphs = document.paragraphs
    opening = next(k for k, p in enumerate(paragraphs) if "已收悉" in p.text)
    closing = next(k for k, p in enumerate(paragraphs) if "感谢您" in p.text and k > opening)
    marks = 0
    for p in paragraphs[opening + 1:closing]:
        spans = paragraph_comment_spans(p._p).values()
        for m in re.finditer(r"【待[^】]*】", p.text):
            marks += 1
            assert any(start <= m.start() and (end is None or m.end() <= end) for start, end in spans), p.text
    assert marks >= 3
    reason = next(p for p in paragraphs if "暂难落实的具体原因" in p.text)
    assert any("具体原因" in c.text for c in document.comments
               if c.comment_id in paragraph_comment_spans(reason._p)), "no comment on the reason"


def test_a_class_c_closing_that_pursues_the_work_notes_the_shelving_the_class_also_means(tmp_path):
    """The class means solving later or keeping for reference: the closing says the work goes on, and its comment gives the
    clerk the other wording (铁岭's 妇婴医院, hd48a: the real reply does not build it, the closing promised it)."""
    _changde_draft(tmp_path)
    notes = _closing_notes(tmp_path / "draft.docx")
    assert any("以后解决、或留作参考" in n and "将留作参考，在今后工作中积极研究推进" in n for n in notes), notes


def test_a_class_c_meaning_only_solving_later_has_no_note_of_shelving(tmp_path):
    """A workspace whose class C means only solving later (no 留作参考) leaves the closing without that choice."""
    ws = _changde(tmp_path)
    path = ws.root / "drafter.yaml"
    assert "classes:" not in path.read_text("utf-8")
    with path.open("a", encoding="utf-8") as f:
        f.write("classes:\n  A: 所提问题已经解决或基本解决\n  B: 正在解决或已列入计划逐步解决\n  C: 因目前条件限制需以后解决\n")
    _, document = page_draft(tmp_path, ws, REPORT_2018, CHANGDE_SUGGESTION, "076", CHANGDE_TITLE, "--type", "C", "--date", "2024-05-15")
    closing = next(p.text for p in document.paragraphs if "感谢您" in p.text and "暂难" in p.text)
    assert "待条件成熟后推进解决" in closing
    assert not any("留作参考" in n for n in _closing_notes(tmp_path / "draft.docx"))


def _closing_notes(path) -> list[str]:
    """The Word comments on the draft's closing (the paragraph saying 暂难…落实)."""
    document = docx.Document(str(path))
    closing = next(p for p in document.paragraphs if "暂难" in p.text and "感谢" in p.text)
    return comments_on(path, closing.text)
