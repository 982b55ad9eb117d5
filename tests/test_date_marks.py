"""Every doubt about a figure's date is on the page, beside what it is about (rv13's blind reading).

A reader of the printout never sees a Word comment. The reading found:

- figures whose year the draft cannot state (重庆 0883: 研发基地1400余个、众创空间312个…, their source
  undated and giving no period) were cyan, the doubt only in a comment: now their clause is followed
  by a yellow 【待核实：年份】;
- a date of the draft's own year that only a source's number gave (1350: 截至2026年，推动41个…) read
  as a finished date: then the missing month was a yellow 【待补充：月份】 right after the year; since
  rv22 no such date is written at all (its figures may be 2025's full year as well), the period is a
  yellow 【待更新：统计期】;
- an update tag ended a sentence whose last clause has no figure (1350: …有力地推进了我市产业转型升级
  【待更新：2025年全年数据】; 1103: …给予奖励【待更新：…】): now it stands right after the clause
  holding the last figure it is about;
- a plan item's mark (now 【待核实：2025年计划，是否仍列入2026年】) split its numeral from its words: now it
  ends the item;
- the placeholder for what an ask names and the draft does not report strung things and a measure on
  one 、 (纺织鞋服、机械装备、新材料、对平台建设和运营给予补助): now the things come under their kind,
  then the measure (…新材料等产业，以及对平台建设和运营给予补助).

Read on the written .docx of real drafts: the README quick start (1350), a title-only 1103 and the
leave-one-out 1288 from the demo seeds, and 重庆's 05 (0883) from the corpus workspace.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from helpers import needs_corpus, part_one_of, redraft, undated_1160

from drafter.cli import cli
from drafter.docx.read import read_draft
from drafter.frame import without_marks
from drafter.read import read_document

UPDATE = re.compile(r"【待更新：\d{4}年全年数据】")
YEAR_UNKNOWN = "【待核实：年份】"  # after a figure whose year the draft cannot state
MONTH_UNKNOWN = "【待补充：月份】"  # after a year of the draft's own that a 目前 of an undated source gave
PERIOD = "【待更新：统计期】"  # where figures stand whose period their source does not state
CLAUSE_BREAK = "，；。：,;:"
FIGURE = re.compile(r"\d")


def part_one(path: Path) -> list:
    return part_one_of(read_draft(path))


def lit(p, color: str) -> list[tuple[int, int]]:
    """Where the paragraph's highlights of ``color`` stand in its text."""
    out, cursor = [], 0
    for h in p.highlights:
        at = p.text.find(h.text, cursor)
        if at < 0:
            continue
        cursor = at + len(h.text)
        if h.color == color:
            out.append((at, cursor))
    return out


def check_update_tags(path: Path) -> int:
    """Each 【待更新：YYYY年全年数据】 of part one stands right after the clause holding a cyan figure:
    the text from the clause's start (after the last ，；。： before the tag) to the tag holds one.
    How many tags there are."""
    count = 0
    for p in part_one(path):
        cyan = [(a, b) for a, b in lit(p, "cyan") if FIGURE.search(p.text[a:b])]
        for m in UPDATE.finditer(p.text):
            count += 1
            start = max(p.text.rfind(c, 0, m.start()) for c in CLAUSE_BREAK) + 1
            assert any(start <= a and b <= m.start() for a, b in cyan), (p.text[start:m.end()], p.text)
            assert m.end() == len(p.text) or p.text[m.end()] in CLAUSE_BREAK + "【用", p.text[m.start():]
    return count


def check_year_marks(path: Path) -> int:
    """Every 【待核实：年份】 (yellow) of a figure follows a clause holding a cyan figure; the paragraph's
    comment says why on a line naming the mark and its figures (未能确定该数据的年份), each figure named
    highlighted cyan. One ending an item no figure of which is of unknown year marks the item: its
    comment says the item states no time (此项所述情况未写明时间). How many marks of figures."""
    marks = 0
    for p in part_one(path):
        lines = [line for c in p.comments for line in c.splitlines() if "未能确定该数据的年份" in line]
        yellow = lit(p, "yellow")
        cyan = [p.text[a:b] for a, b in lit(p, "cyan")]
        of_item = p.text.endswith(YEAR_UNKNOWN) and any("此项所述情况未写明时间" in c for c in p.comments)
        for m in re.finditer(re.escape(YEAR_UNKNOWN), p.text):
            assert (m.start(), m.end()) in yellow
            if of_item and m.end() == len(p.text):
                continue
            clause = p.text[max(p.text.rfind(c, 0, m.start()) for c in "。；，") + 1:m.start()]
            assert any(f in clause for f in cyan if FIGURE.search(f)), (clause, p.text)
        for line in lines:
            head = line.split("：未能确定该数据的年份")[0]
            assert YEAR_UNKNOWN in head and all(f in cyan for f in re.findall(r"“([^”]+)”", head)), (line, cyan)
        assert bool(lines) == (p.text.count(YEAR_UNKNOWN) > of_item), p.text
        marks += p.text.count(YEAR_UNKNOWN) - of_item
    return marks


def check_months(path: Path, year: int) -> int:
    """No date of the draft's own ``year`` stands without its month unless the yellow 【待补充：月份】
    follows it; how many such marks."""
    text = "\n".join(p.text for p in part_one(path))
    assert not re.search(rf"截至{year}年(?!\d{{1,2}}月|{re.escape(MONTH_UNKNOWN)})", text), text
    return text.count(MONTH_UNKNOWN)


def test_quick_start_1350_shows_its_date_doubts_beside_the_figures(quick_start_1350):
    paras = part_one(quick_start_1350)
    pilot = next(p for p in paras if "41个中试验证平台" in p.text)
    assert f"专项行动，{PERIOD}，推动41个中试验证平台" in pilot.text
    # its figures, of a period the source never stated, highlighted as any figure to update
    assert [(h.text, h.color) for h in pilot.highlights] == [(PERIOD, "yellow"), ("41个", "cyan"), ("5个", "cyan"),
                                                             ("4个", "cyan")]
    at = pilot.text.index(PERIOD)
    assert any("2025年全年或2026年" in n.text and n.start <= at and (n.end or len(pilot.text)) >= at + len(PERIOD)
               for n in pilot.notes), pilot.notes
    assert check_months(quick_start_1350, 2026) == 0


def test_an_amounts_flag_stands_after_its_clause_not_after_what_it_was_for(platforms_draft):
    paras = part_one(platforms_draft)
    funds = next(p for p in paras if "8485.55万元" in p.text)
    # after the amount's clause, which ends where what it was for begins (用于…)
    assert "重点平台建设资金8485.55万元【待更新：2025年全年数据】用于支持" in funds.text
    assert funds.text.endswith("有力地推进了我市产业转型升级。") or "产业转型升级。【" in funds.text
    assert check_update_tags(platforms_draft) >= 1


def test_the_1350_draft_lists_what_it_owes_as_things_then_measures(loo_1350):
    # from the base without the 2026 reply, whose 强化成果转化激励 answers the measure (test_owed_kin)
    paras = read_draft(loo_1350)
    owed = "纺织鞋服、机械装备、新材料等产业，以及对平台建设和运营给予补助"
    text = "\n".join(p.text for p in paras)
    notes = "\n".join(n.text for p in paras for n in p.notes)  # (on its section's heading)
    assert f"【待补充：建议所提{owed}方面的工作情况】" in notes
    assert f"建议所提{owed}方面的下一步举措" not in text  # asked for once, in part one
    assert "新材料、对平台" not in text


def test_an_earlier_plan_is_marked_at_the_end_of_its_item(quick_start_1350):
    paras = read_draft(quick_start_1350)
    item = next(p for p in paras if "技术经理人队伍" in p.text and p.text.startswith("（"))
    assert item.text.startswith("（二）持续完善技术转移服务体系。")
    # (its sentence's clauses on 成果转化, 开展科技成果转化“搭桥”行动…, are that ask's: test_qa16_drafts; 促进技术供需…对接 is this one's)
    assert item.text.endswith("技术转移机构作用，促进技术供需高效精准对接。【待核实：2025年计划，是否仍列入2026年】"), item.text
    # harvested with its marks, the item is an earlier plan flagged as a whole: none of it becomes a fact
    kept = without_marks(read_document(quick_start_1350)).text
    assert "技术经理人队伍" not in kept and "中试验证" in kept
    # so is the item carrying on part one's 方案: its 深入实施… is no plan anyone made
    assert "深入实施" not in kept


def test_a_tag_never_ends_a_clause_without_a_figure(seeded_root, tmp_path, loo_draft):
    """1103 from its title (会同市税务局): its 2024 policy's sentence ends in a clause of no figure
    (…给予奖励), and its one figure to date counts the policy's measures (3条措施: history, no tag at
    all, test_policy_counts); the tags it has stand after the clause of their figure. The same rule on
    the 1288 draft."""
    out = tmp_path / "1103.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(seeded_root), "draft", "1103", "关于支持高新技术企业扩量提质的建议", "--deputy", "某某某",
        "--session", "市十七届人大五次会议", "--date", "2026-05-20", "--type", "B", "--with", "市税务局", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in part_one(out))
    assert "给予奖励【待更新" not in text and "3条措施，聚焦" in text
    assert check_update_tags(out) >= 1
    assert check_update_tags(loo_draft) >= 1
    check_year_marks(loo_draft)
    check_months(loo_draft, 2026)


@needs_corpus
def test_chongqing_figures_of_no_known_year_are_marked_on_the_page(chongqing, tmp_path):
    """重庆's 01 from the other four: the 1160 reply (03), saved under a name of no year, is undated and gives no
    period, so its 4家国家高新区、12家市级高新区 and 研发基地1400余个、众创空间312个、科技企业孵化器99家 carry
    【待核实：年份】 after their clause (rv13 read them in 0883's draft as current), an item of it with no
    figure after the item, and `drafter check` counts each mark among the placeholders to fill."""
    redraft(undated_1160(chongqing, tmp_path), tmp_path, "01")
    path = tmp_path / "01.docx"
    text = "\n".join(p.text for p in part_one(path))
    assert f"12家市级高新区{YEAR_UNKNOWN}，构建" in text, text
    assert f"科技企业孵化器99家{YEAR_UNKNOWN}。" in text, text
    assert check_year_marks(path) == 2
    check_update_tags(path)
    result = CliRunner().invoke(cli, ["-w", str(tmp_path / "cq-01"), "check", str(path), "--json"])
    report = json.loads(result.output)
    said = [f["message"] for f in report["findings"] if f["code"] == "placeholder"]
    # (and the undated list of policies issued (修订了…，印发《…》…), of no known time, marked as a whole)
    items = [p.text for p in part_one(path) if p.text.endswith(YEAR_UNKNOWN) and "此项所述情况未写明时间" in "".join(p.comments)]
    assert len(items) == 1 and "修订了《重庆市科技创新促进条例》" in items[0], items
    assert said.count(f"占位符未补全：{YEAR_UNKNOWN}") == 3


def test_check_reports_the_period_mark_as_a_placeholder_to_fill(quick_start_1350, quick_start_1350_comment, seeded_root):
    """… and last year's plan: its mark, the highlighted sentence before it named in the same finding
    (not a second one for the highlight) where last year's plans are in the text (the default); in the
    comment form its item's 【待补充：具体举措】."""
    def findings(path):
        result = CliRunner().invoke(cli, ["-w", str(seeded_root), "check", str(path), "--json"])
        return json.loads(result.output)["findings"]

    said = [f["message"] for f in findings(quick_start_1350) if f["code"] == "placeholder"]
    assert any(m.startswith(f"占位符未补全：{PERIOD}；句中高亮的数字“41个”") for m in said), said
    plan = [m for m in said if m.startswith("占位符未补全：【待核实：2025年计划，是否仍列入2026年】")]
    assert len(plan) == 1 and "其前高亮的“培育壮大技术转移机构和技术经理人队伍，发…”随之核实" in plan[0], said
    carried = [m for m in said if m.startswith("占位符未补全：【待核实：是否列入2026年计划】")]
    assert len(carried) == 1 and "其前高亮的“深入实施《泉州市科技金融服务能力提升三年…”" in carried[0], said
    assert not any(f["code"] == "highlight" and ("技术经理人" in f["message"] or "深入实施" in f["message"])
                   for f in findings(quick_start_1350))
    stubbed = [f["message"] for f in findings(quick_start_1350_comment) if f["code"] == "placeholder"]
    assert "占位符未补全：【待补充：具体举措】" in stubbed and not any("2025年计划" in m for m in stubbed)


# A district 工信局's summary of 2023's first half (laobiganzi.top/255679.html): its title and its 工业投资 item.
HALF_YEAR = ("区工信局2023年上半年工作总结和下半年工作打算\n一、主要经济指标运行情况\n(一)工业方面\n"
             "4.工业投资方面:1-5月全区纳统在库项目127个,完成工业投资29.3亿元,增速45.7%,该批项目预测上半年将完成投资"
             "34.32亿元。1-5月已申报新入库项目3个,预计上半年完成投资0.48亿元。\n")


def test_figures_before_a_later_year_of_their_sentence_get_their_own(tmp_path):
    """In a 2024 reply the summary's 1-5月…127个…29.3亿元 was written without a year: the sentence's later
    上半年, made 2023年上半年, was taken to date the whole sentence. A year only after the figures dates what
    follows it; the figures get theirs before their months (2023年1-5月, no 2023年，1-5月)."""
    from helpers import unit_workspace

    ws = unit_workspace(tmp_path / "ws", "某某区工业和信息化局", "区工信局", "某某区", "城关街道")
    page = tmp_path / "half.txt"
    page.write_text(HALF_YEAR, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(page)]).exit_code == 0
    out = tmp_path / "d.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "5", "关于加大工业投资力度的建议", "--deputy", "张某",
                                 "--date", "2024-05-20", "--type", "B", "-o", str(out)])
    assert result.exit_code == 0, result.output
    said = "".join(p.text for p in read_draft(out))
    assert "工业投资方面：2023年1-5月全区纳统在库项目127个，完成工业投资29.3亿元" in said, said


@needs_corpus
def test_months_a_source_names_without_their_year_are_of_its_year(tmp_path):
    """山东省能源局's reply of June 2024 (corpus 15) says 截至5月底，全省累计推广氢燃料电池汽车2041辆: in a 2025 draft the
    bare 5月底 read as May 2025 and the figures' comment guessed 截至2024年6月 from the source's date. Now the
    months are of the source's year, said so in a comment, and the figures' note names the months stated."""
    from helpers import CORPUS, unit_workspace

    unit_workspace(tmp_path / "ws", "山东省能源局", "省能源局", "山东省", "济南市, 德州市")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(tmp_path / "ws"), "distill", str(CORPUS / "15_shandong_reply_2024.txt")]).exit_code == 0
    (tmp_path / "s.txt").write_text("建议：\n一、加大氢燃料电池汽车推广力度，合理布局建设加氢站。\n二、支持氢能企业集聚发展。\n", "utf-8")
    out = tmp_path / "d.docx"
    result = runner.invoke(cli, ["-w", str(tmp_path / "ws"), "draft", "7", "关于加快氢能产业发展的建议", "--deputy", "张某",
                                 "--date", "2025-05-20", "--text", str(tmp_path / "s.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    p = next(p for p in part_one(out) if "2041辆" in p.text)
    assert "截至2024年5月底，全省累计推广氢燃料电池汽车2041辆" in p.text, p.text
    notes = "\n".join(p.comments)
    assert "原文为“5月”" in notes and "该数据为截至2024年5月底的情况，不是2024年全年数值" in notes, notes


def test_months_past_the_sources_own_are_of_the_year_before():
    """A report of January (its 1—12月) speaks of the year before; a time of the draft's own year stays as written."""
    import datetime as dt

    from drafter.compose.sentences import dated_days
    from drafter.model import SourceMeta

    january = SourceMeta(id="x", path="x.txt", sha256="", kind="work_report", date="2025-01-15")
    said, _ = dated_days("1—12月，全市技术合同登记成交额达85.3亿元。", january, 2025, dt.date(2026, 5, 20))
    assert said.text == "2024年1—12月，全市技术合同登记成交额达85.3亿元。"
    november = SourceMeta(id="y", path="y.txt", sha256="", kind="work_report", date="2024-11-08")
    said, _ = dated_days("1—10月，全市技术合同登记成交额达85.3亿元。截至10月底，全市中试验证平台达41个。", november, 2024,
                         dt.date(2025, 5, 20))
    assert said.text == "2024年1—10月，全市技术合同登记成交额达85.3亿元。截至2024年10月底，全市中试验证平台达41个。"
    same, _ = dated_days("截至10月底，全市中试验证平台达41个。", november, 2024, dt.date(2024, 12, 1))
    assert same.text == "截至10月底，全市中试验证平台达41个。"
    assert dated_days("近3个月，新增12家。", november, 2024, dt.date(2025, 5, 20))[0].text == "近3个月，新增12家。"
