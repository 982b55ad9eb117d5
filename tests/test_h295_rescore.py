"""h295: rs10's re-score and hd55c's findings. A C-class closing's comment says the closing written (the bureau's thanks alone);
an older plan of the bureau's on the ask is quoted under part two's placeholder (hd54c); of two wordings of one matter the
one naming the road (县道紫南线) stays, and 由我局主办 only where a reply of the bureau says it (hd54b: test_h290); a January news page's
2018年以来 runs to 2018, and an old page on the ask is said as too old with a figure of it and the max_age hint (hd54a); a
bulletin's ● headlines are a fact each, under its issue's name, the bureau's deed where they name it; the newer source a
reminder names is one on the asks; a count named again (玉溪4条…线路) is one figure (hd55c).

The pages are the testers' real seeds, as their clerks saved them (tests/fixtures/rescore).
"""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner
from helpers import REPO, XSBN_96, XSBN_96_TITLE, XSBN_SEEDS, seeds_draft, unit_workspace

from drafter.cli import cli
from drafter.facts.index import FactIndex

PAGES = REPO / "tests" / "fixtures" / "rescore"


def page(name: str) -> str:
    return (PAGES / name).read_text("utf-8")


def comments(path: Path) -> list[str]:
    """The texts of the draft's Word comments, in order."""
    return [c.text for c in docx.Document(str(path)).comments]


def xsbn_96(tmp_path: Path):
    ws = unit_workspace(tmp_path / "ws", "西双版纳傣族自治州交通运输局", "州交通运输局", "西双版纳州", "景洪市, 勐海县, 勐腊县")
    return seeds_draft(tmp_path, ws, XSBN_SEEDS, "96", XSBN_96_TITLE, XSBN_96, "--deputy", "岩香", "--session",
                       "州十四届人大四次会议", "--type", "C", "--date", "2024-09-06")


def test_a_c_class_closing_that_only_thanks_is_said_so_and_the_older_plan_is_offered(tmp_path):
    """hd54c: the closing read 感谢您对我局工作的理解和支持…, the bureau's habit, but its comment said 结束语按本单位继续推进写作
    “待条件成熟后推进解决”; and part two's placeholder said the base held no plan while the bureau's 2021 reply planned
    继续向上级部门申报，争取有关资金、项目支持."""
    result, out = xsbn_96(tmp_path)
    paragraphs = [p.text for p in docx.Document(out).paragraphs]
    closing = next(p for p in paragraphs if p.startswith("感谢您对我局工作的理解和支持"))
    assert "待条件成熟" not in closing
    notes = comments(out)
    closing_note = next(c for c in notes if c.startswith("C类的含义为"))
    assert "结束语按本单位以往答复的写法只致谢" in closing_note and "按本单位继续推进写作" not in closing_note
    plan_note = next(c for c in notes if "工作计划" in c and "2021年" in c)
    assert "继续向上级部门申报，争取有关资金、项目支持" in plan_note and "没有该方面的工作计划：" not in plan_note


SANMING = "2019-01-02_三明市打造乡村振兴产业精品工程.txt"


def test_a_january_pages_since_runs_to_the_year_it_reviews_and_the_old_page_is_said_too_old(tmp_path):
    """hd54a: 特别是2018年以来，…。…48个年度计划项目全部开工实施 of a page of 2019-01-02 reviewing 2018 was stamped 2019; and the
    placeholder's comment quoted an aim of no figure as background (记为背景材料), its age and the max_age setting unsaid."""
    ws = unit_workspace(tmp_path / "ws", "三明市农业农村局", "市农业农村局", "三明市")
    result, out = seeds_draft(
        tmp_path, ws, {SANMING: page(SANMING)}, "20241080", "关于做好我市“土特产”这篇大文章 推动农业优势特色产业全链条升级的几点建议",
        page("hd54a_suggestion.txt"), "--deputy", "林建忠", "--session", "市政协十一届三次会议", "--type", "B", "--proposal",
        "--with", "市人社局", "--with", "市科技局", "--with", "市文旅局", "--with", "市商务局", "--date", "2024-05-22")
    index = FactIndex.load(ws)
    projects = next(f for f in index.facts.values() if "48个年度计划项目" in f.text)
    assert projects.period.year == 2018
    assert [g.year for g in projects.figures if g.value == 48] != [2019]
    note = next(c for c in comments(out) if "2018年的相关情况" in c)
    # (its age said as it is, what to do with it, never drafter's max_age setting: cm57)
    assert "距成文年份已6年，未写入：如需参考，请查阅原件" in note and "放宽" not in note and "记为背景材料" not in note
    assert "48个年度计划项目全部开工实施" in note  # (a sentence of its figures, not the aim 各园区始终以…为目标)


BULLETIN = "2024-06-01_玉溪市文旅局5月要闻.txt"


def test_a_bulletins_headlines_are_a_fact_each_under_its_issues_name(tmp_path):
    """hd55c: 5月要闻's 18 ● headlines lost all but the last five, glued into one background fact, and the first headline was
    taken for its title; the bureau's own deed (●向上争取 玉溪市文旅局到省文旅厅汇报争取项目和资金支持) was background."""
    ws = unit_workspace(tmp_path / "ws", "玉溪市文化和旅游局", "市文旅局", "玉溪市")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / BULLETIN).write_text(page(BULLETIN), "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "seeds")]).exit_code == 0
    index = FactIndex.load(ws)
    assert [s.title for s in index.sources.values()] == ["5月要闻"]
    facts = list(index.facts.values())
    # (17 of 18: ●群众文化's line lost characters to the mirror, 評審?fù)平闀?huì), and is dropped as garbled, as before)
    assert len(facts) == 17 and not any("热点聚焦之一" in f.text and "热点聚焦之二" in f.text for f in facts)
    assert facts[0].text == "主要指标 各项旅游经济指标实现较快增速"
    sought = next(f for f in facts if "省文旅厅汇报" in f.text)
    assert sought.text == "向上争取 玉溪市文旅局到省文旅厅汇报争取项目和资金支持" and sought.kind == "done"


def test_a_count_named_again_is_one_figure(tmp_path):
    """hd55c: 玉溪市形成4条党史学习教育体验省级示范线路。截至2021年底，玉溪4条红色学习体验线路各示范点，累计接待… stored the same 4条
    twice, of 2022 and of 2021."""
    ws = unit_workspace(tmp_path / "ws", "玉溪市文化和旅游局", "市文旅局", "玉溪市")
    name = "2022-05-26_擦亮红色之城名片.txt"
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / name).write_text(page(name), "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "seeds")]).exit_code == 0
    routes = next(f for f in FactIndex.load(ws).facts.values() if "玉溪4条红色学习体验线路" in f.text)
    assert [(g.value, g.unit) for g in routes.figures].count((4, "条")) == 1
    assert {g.value for g in routes.figures} >= {13.35, 99.86}  # (the counts it goes on to tell stay)


def test_the_newer_source_a_reminder_names_is_one_on_the_asks(tmp_path):
    """hd55c: 另：已收集的材料中已有较新的从双节成绩单看…（2025年10月），未写入第一部分 — a page of 双节 figures that says nothing of
    孙兰英纪念馆 or its 配套设施, the one ask; nor is a page listing 国家工业遗产1个(易门铜矿) on it for naming its county."""
    ws = unit_workspace(tmp_path / "ws", "玉溪市文化和旅游局", "市文旅局", "玉溪市")
    seeds = {n: page(n) for n in ("2023-11-22_玉溪大力推动文旅产业融合发展.txt", "2024-04-23_玉溪休闲度假旅游目的地.txt",
                                  "2025-10-10_双节成绩单看玉溪文体旅融合.txt")}
    result, out = seeds_draft(tmp_path, ws, seeds, "0191", "关于完善易门县小街乡孙兰英纪念馆配套设施的建议",
                              page("hd55c_suggestion.txt"), "--deputy", "周晓华", "--session", "玉溪市六届人大四次会议", "--type", "B",
                              "--date", "2025-10-31")
    # (since h293 the 2023 page's 易门铜矿 result no longer answers the memorial's ask: part one is its placeholder, and no newer
    # page is named beside it)
    assert "孙兰英纪念馆配套设施方面的工作情况" in "".join(p.text for p in docx.Document(out).paragraphs)
    assert "较新的" not in result.output and not any("较新的" in c for c in comments(out))
