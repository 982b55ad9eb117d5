"""What the clerk of 重庆市科学技术局 found drafting a year's suggestions (qa16): a 2025 reply filed back into the base
took part two's place from the 2025 work report's plan for 2026."""

from __future__ import annotations

import shutil

import docx
from click.testing import CliRunner
from helpers import part_one, part_two_texts, sections, unit_workspace

from drafter.cli import cli

# The 2025 reply to 1021, as signed and filed back (its part two: the plan for 2025), and the year-end work report,
# undated, whose last part is the plan for 2026 (the tester's 2025年工作总结).
REPLY_1021 = """重庆市科学技术局
渝科局函〔2025〕118号
关于市六届人大三次会议第1021号建议的答复
王建国代表：
您提出的《关于加快科技成果就地转化的建议》（第1021号）已收悉，感谢您对我局工作的关心和支持。现将有关情况答复如下：
一、基本情况
近年来，我局立足工作职责，围绕科技成果就地转化积极开展工作，主要做法和成效如下：
（一）完善科技成果转化机制
遴选部分高校和科研院所开展科技成果“以权代股”改革试点，推动科技成果快速熟化、培育增值。深化职务科技成果赋权改革，促成“纳米位移测量技术”等一批高质量科技成果转化。
（二）加强技术转移机构建设
一是建设重庆市技术转移研究院，开展成果信息汇交与对接服务，2024年，汇交了科技成果1350项，挖掘搜集企业技术创新和成果转移需求210项。
二是2024年培训技术经理人860人次，新增持证技术经理人320名。
（三）加大中试熟化平台建设支持力度
2024年新认定市级中试熟化平台15个，累计达到48个。
二、下一步工作计划
（一）进一步完善科技成果转化机制。深化职务科技成果赋权改革，推动高校院所成果就地转化。
（二）持续加强技术转移机构建设。培育技术经理人队伍，支持技术转移机构发展。
（三）加大中试熟化平台建设支持力度。新建一批中试熟化平台，对平台运营给予补助。
重庆市科学技术局
2025年6月10日
"""
REPORT_2025 = """重庆市科学技术局2025年工作总结

一、科技成果转化
2025年，全市技术合同成交额达到1120.5亿元，同比增长29.5%。

四、2026年工作计划
2026年，我局将持续深化职务科技成果赋权改革，加快建设中试熟化平台，推动川渝科技创新合作走深走实。
"""
SUGGESTION_1021 = ("我市科技成果转化率偏低，高校成果多在外地转化。为此建议：一是完善科技成果转化机制，推进职务科技成果赋权改革；"
                   "二是加强技术转移机构建设，培养技术经理人；三是加大中试熟化平台建设支持力度。")


def _draft_1021(tmp_path, base=None) -> list[str]:
    """Part two's items of :func:`_filed_1021`."""
    return part_two_texts(_filed_1021(tmp_path, base))


def _filed_1021(tmp_path, base=None) -> docx.document.Document:
    """1021 drafted from the 2025 reply and the work report, in a workspace of 重庆 with the base ``base`` (else none)."""
    root = tmp_path / "cq"
    if base:
        shutil.copytree(base, root)
    else:
        root = unit_workspace(root, "重庆市科学技术局", "市科技局", "重庆市").root
    for name, text in (("2025年工作总结.txt", REPORT_2025), ("1021答复.txt", REPLY_1021)):
        (tmp_path / name).write_text(text, "utf-8")
        result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    return _1021_from(root, tmp_path)


def _1021_from(root, tmp_path) -> docx.document.Document:
    """1021 drafted from its text in the workspace ``root``, dated 2026-05-10."""
    (tmp_path / "1021建议.txt").write_text(SUGGESTION_1021, "utf-8")
    out = tmp_path / "1021.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1021", "关于加快科技成果就地转化的建议", "--deputy", "王建国",
        "--session", "市六届人大四次会议", "--type", "B", "--date", "2026-05-10",
        "--text", str(tmp_path / "1021建议.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def test_this_years_plan_wins_over_last_years_filed_reply(tmp_path):
    """A plan for 2026 (of an undated year-end report) is part two's, though a reply dated 2025-06 holds the plan
    for 2025 on the same asks: the plan for the draft's year first, whatever its source's date."""
    items = _draft_1021(tmp_path)
    assert any("2026年，我局将持续深化职务科技成果赋权改革" in t for t in items), items


def test_a_plan_sentence_listing_several_asks_measures_goes_to_each_by_its_clauses(tmp_path):
    """The plan for 2026 says 赋权改革 and 中试熟化平台 in one sentence of ，-clauses: 1021's item (一) got it whole and (三)
    中试 stayed 【待补充：具体举措】. Each clause goes to the ask it answers, its date and its subject's will before it; a
    measure answering no ask (推动川渝…, qa18 item 8) is left out."""
    first, _, third = _draft_1021(tmp_path)
    assert "赋权改革" in first and "中试" not in first and "川渝" not in first, first
    assert "2026年，我局将持续加快建设中试熟化平台。" in third and "川渝" not in third and "待补充" not in third, third


def test_a_clause_of_no_ask_is_said_once(chongqing, tmp_path):
    """Beside the five 重庆 pages, the 2026 plan is the 赋权改革 ask's own find, which takes a clause sharing any word of
    it: 推动川渝科技创新合作… was said under (一) and again under (三) after 中试熟化平台, the clause it went on from; a
    measure of no ask is now said under none."""
    first, _, third = _draft_1021(tmp_path, chongqing)
    assert "赋权改革" in first and "川渝" not in first, first
    assert "加快建设中试熟化平台" in third and "川渝" not in third, third


def _cq_draft(chongqing, tmp_path, number: str, *options: str):
    """``drafter draft number …options`` from a copy of the five 重庆 pages' workspace: the draft's path."""
    root = tmp_path / "cq"
    shutil.copytree(chongqing, root)
    out = tmp_path / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, *options, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_a_title_draft_keeps_the_sentence_on_the_titles_matter(chongqing, tmp_path):
    """1150 (推进技术合同登记服务, no text) drafted from the five 重庆 pages: its paragraph on 成果转化 was cut to the three
    sentences saying most of its heading's words (赋权改革, 以权代股…) and lost the one on the title's matter, 2023年，
    全市技术合同成交额实现865.1亿元. A sentence saying the title's matter is kept before those saying its heading only."""
    out = _cq_draft(chongqing, tmp_path, "1150", "关于推进技术合同登记服务的建议", "--deputy", "周某",
                    "--session", "市六届人大三次会议", "--type", "B", "--date", "2025-06-10")
    text = "\n".join(part_one(docx.Document(str(out))))
    assert "865.1亿元" in text and "【待更新：2024年全年数据】" in text, text


def test_a_title_whose_own_matter_the_base_never_says_is_left_to_write(chongqing, tmp_path):
    """0512 (支持科技型企业知识产权质押融资, a 会办意见 from its title) drafted from the five 重庆 pages, none of which says
    知识产权, 质押 or 融资: its part one was the 1160 reply's list of 科技成果转化 policies (sharing 科技型企业 only, whom
    the help is for) and part two carried on a 科技服务业 plan. With nothing on its matter, each part is its placeholder."""
    out = _cq_draft(chongqing, tmp_path, "0512", "关于支持科技型企业知识产权质押融资的提案", "--deputy", "赵某", "--proposal",
                    "--session", "市政协六届三次会议", "--role", "会办", "--lead", "市金融监管局", "--date", "2025-04-20")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "科技成果转化" not in text and "科技服务业" not in text, text
    assert "【待补充：已开展的工作及成效" in text and "【待补充：科技型企业知识产权质押融资方面的下一步举措】" in text, text


def test_an_item_saying_the_asks_matter_only_in_a_list_does_not_answer_it(chongqing, tmp_path):
    """1021's (一) 完善科技成果转化机制 took 组建市委科技委…专题研究部署科技领军企业培育、科技金融、成果转化等重大工作, which
    shares with the ask only 科技 and a 成果转化 listed among its meetings' subjects: filler near the topic."""
    root = tmp_path / "cq"
    shutil.copytree(chongqing, root)
    first = sections(_1021_from(root, tmp_path))["完善科技成果转化机制"]
    assert not any("市委科技委" in t for t in first), first


def test_an_older_facts_work_stays_when_a_refresh_supersedes_its_figure(chongqing, tmp_path):
    """After the 2025 report superseded B003's 2023年，全市技术合同成交额实现865.1亿元, its paragraph stood for the report's
    figure alone, and 1021's (一) asked for 推进职务科技成果赋权改革 though the same paragraph reports it (深化职务科技成果
    赋权改革，促成…): its sentences holding no superseded figure stay, older work marked for its latest progress."""
    root = tmp_path / "cq"
    shutil.copytree(chongqing, root)
    (tmp_path / "2025年工作总结.txt").write_text(REPORT_2025, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "refresh", str(tmp_path / "2025年工作总结.txt")])
    assert result.exit_code == 0 and "865.1" in result.output, result.output
    first = "".join(sections(_1021_from(root, tmp_path))["完善科技成果转化机制"])
    assert "深化职务科技成果赋权改革，促成“纳米位移测量技术”等一批高质量科技成果转化。【待核实：最新进展】" in first, first
    assert "865.1" not in first and "待补充：建议所提推进职务科技成果赋权改革" not in first, first


def test_last_years_plan_offered_as_done_is_named_by_its_own_words(tmp_path):
    """The 2025 reply planned （二）持续加强技术转移机构建设。培育技术经理人队伍，支持技术转移机构发展。: offered as done under
    1021's (二), its mark quoted the heading, 【待核实：2025年计划“持续加强技术转移机构建设”的落实情况】, which is the ask's
    own phrase and says nothing of what was planned. The mark names the plan's first clause."""
    second = sections(_filed_1021(tmp_path))["加强技术转移机构建设"]
    assert any("【待核实：2025年计划“培育技术经理人队伍”的落实情况】" in t for t in second), second


def test_a_year_estimated_from_a_file_name_is_said_so(chongqing, tmp_path):
    """The 1160 reply states no date and has no number: its year, 2023, is the one its file's name holds
    (03_chongqing_reply_2023.txt), an estimate. A flag on its figures said 来源文号为2023年, a number it does not have."""
    out = _cq_draft(chongqing, tmp_path, "1999", "关于完善科技企业孵化器的建议", "--deputy", "孙某",
                    "--session", "市六届人大三次会议", "--type", "B", "--date", "2025-06-10")
    notes = [c.text for c in docx.Document(str(out)).comments if "第1160号建议" in c.text]
    assert any("原文未注明统计期，来源未写明日期和文号，年份按文件名推定为2023年" in n for n in notes), notes
    assert not any("来源文号为2023年" in n for n in notes), notes


# The year-end report with its 技术转移研究院 paragraph (the tester's 2025年工作总结 says it after 技术合同成交额).
REPORT_2025_INSTITUTE = REPORT_2025.replace(
    "同比增长29.5%。", "同比增长29.5%。建设重庆市技术转移研究院，全年汇交科技成果1500余项，挖掘企业技术创新和成果转移需求260余项，"
    "推介科技成果1500余项，落地120余项。")


def test_part_one_using_last_years_report_is_not_said_to_lack_that_year(chongqing, tmp_path):
    """After refresh, 1021's (一) reports 2025年全年汇交科技成果1500余项 from the undated 2025年工作总结, yet its comment on
    一、基本情况 said 第一部分所用的材料最新的是2024年9月的…B003…，不含2025年全年的工作情况和数据: a report on last year's
    work holds that whole year, dated or not."""
    root = tmp_path / "cq"
    shutil.copytree(chongqing, root)
    (tmp_path / "2025年工作总结.txt").write_text(REPORT_2025_INSTITUTE, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "refresh", str(tmp_path / "2025年工作总结.txt")])
    assert result.exit_code == 0, result.output
    document = _1021_from(root, tmp_path)
    assert any("2025年全年汇交科技成果1500余项" in t for t in part_one(document)), part_one(document)
    assert not [c.text for c in document.comments if "第一部分所用的材料最新的是" in c.text]
