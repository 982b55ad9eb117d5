"""Relative time words taken from a source never read as the reply's own (issue 8, point 5).

Drafting makes a source's 目前, 今年, 近日… absolute by the source's date. A news item's 现在，学生们可以… and
日前，… are such words too (a tester found 现在 copied into a 2024 reply from a 2022 news item). ``check``
reports a relative word a body paragraph took from the fact it cites (one a clerk pasted back, or one
drafting could not date) as ``time-relative``; a clerk's own 今年以来 is left alone. The check runs on the
leave-one-out 1288 draft, edited with python-docx as a clerk would.
"""

from __future__ import annotations

import shutil

import docx
from click.testing import CliRunner
from helpers import draft_platforms

from drafter.check import ADVICE, RULES, check_draft, read_paragraphs
from drafter.cli import cli
from drafter.compose.sentences import absolute_time
from drafter.model import SourceMeta
from drafter.workspace import load_workspace

NEWS = SourceMeta(id="s", path="news.txt", sha256="", kind="news", title="为“心灵之窗”护航", date="2022-09-22")


def test_a_clause_opening_on_now_is_the_sources_month():
    """福州 news (2022-09-22): 现在，学生们可以在更健康的用眼环境中学习了 → 截至2022年9月."""
    dated = absolute_time("现在，学生们可以在更健康的用眼环境中学习了。", NEWS, 2022)
    assert dated.text == "截至2022年9月，学生们可以在更健康的用眼环境中学习了。"
    assert "原文为“现在”" in dated.marks[0].note
    assert absolute_time("日前，市教育局印发《实施方案》。", NEWS, 2022).text.startswith("2022年9月，市教育局印发")


def test_a_clause_opening_on_that_day_is_the_news_month():
    """台州频道's news of 2013-10-12 (hanfengnongye.com/07tztk/system/2013/10/12/017128653.shtml): 当天，路桥区…二友村居家养老
    服务中心正式成立 stood in a 2024 draft with 当天 of no date (hd14). A clause opening on 当天/当日/同日 is the news's month."""
    news = SourceMeta(id="t", path="t.txt", sha256="", kind="news", title="二友村居家养老服务中心", date="2013-10-12")
    dated = absolute_time("当天，路桥区螺洋街道二友村居家养老服务中心正式成立。", news, 2013)
    assert dated.text == "2013年10月，路桥区螺洋街道二友村居家养老服务中心正式成立。" and "原文为“当天”" in dated.marks[0].note
    assert absolute_time("每周二当天下午开放。", news, 2013).text == "每周二当天下午开放。"


def test_now_inside_a_word_is_no_time():
    for sentence in ("实现在线办理率100%。", "主要体现在三个方面。", "事项于6月30日前完成。"):
        assert absolute_time(sentence, NEWS, 2022).text == sentence


def _paste_back(src, dst, old: str, new: str) -> None:
    """``src`` with ``old`` retyped as ``new`` in the runs holding it, saved to ``dst``."""
    document = docx.Document(str(src))
    for p in document.paragraphs:
        for run in p.runs:
            if old in run.text:
                run.text = run.text.replace(old, new)
    document.save(str(dst))


def test_check_reports_a_relative_word_pasted_back_from_the_source(loo, loo_draft, tmp_path):
    """The LOO draft's 截至2025年5月…16名 stands for its source's 目前 (泉科函〔2025〕81号): put back, it is
    reported on its paragraph, naming the fact; the draft as written has no such finding."""
    ws = load_workspace(loo)
    assert not [f for f in check_draft(ws, loo_draft).findings if f.code == "time-relative"]
    edited = tmp_path / "edited.docx"
    _paste_back(loo_draft, edited, "截至2025年5月", "目前")
    found = [f for f in check_draft(ws, edited).findings if f.code == "time-relative"]
    assert len(found) == 1
    para = next(p for p in read_paragraphs(edited) if p.number == found[0].paragraph)
    assert "目前" in para.text and "16名" in para.text
    assert "“目前”" in found[0].message and "2026年的答复" in found[0].message and "事实 f-" in found[0].message
    # counted as a time to update, not only as a number (hd8: a lone 今年 was summed up as 数字待更新 1 处)
    assert "数字或时间待更新" in check_draft(ws, edited).summary_text
    assert RULES["time-relative"] and "具体时间" in ADVICE["time-relative"]


def test_a_clerks_own_relative_word_is_left_alone(loo, loo_draft, tmp_path):
    """今年以来 typed by the clerk into a cited paragraph is in none of its facts: no finding."""
    ws = load_workspace(loo)
    edited = tmp_path / "edited.docx"
    _paste_back(loo_draft, edited, "截至2025年5月", "今年以来")
    assert not [f for f in check_draft(ws, edited).findings if f.code == "time-relative"]


# A year-end report whose 全年 follows the year its sentence states (qa18 F13: 上海's 2025年，…全年接待观众150万人次).
REPORT_2025 = """泉州市科学技术局2025年工作总结

2025年，我局坚持以科技创新引领产业创新，各项工作取得新成效。现将有关情况总结如下：
一、主要工作成效
（一）科创平台建设提质增效。2025年，全市新引建高能级创新平台5家，全年累计服务企业3100家次。
二、2026年工作计划
一是持续壮大创新主体。二是加快引建高能级创新平台。

泉州市科学技术局
2026年1月10日
"""


def test_a_full_year_after_the_year_its_sentence_states_is_absolute(seeded_root, tmp_path):
    """The draft keeps 2025年，…全年累计服务企业3100家次 as drafting leaves it (全年 of the year said): check
    reported “全年”是来源原文按其发布时间说的. Now only a 全年 of no year said before it in its sentence is."""
    root = tmp_path / "ws"
    shutil.copytree(seeded_root, root)
    report = root / "2025年工作总结.txt"
    report.write_text(REPORT_2025, encoding="utf-8")
    assert CliRunner().invoke(cli, ["-w", str(root), "refresh", str(report)]).exit_code == 0
    path = tmp_path / "1401.docx"
    draft_platforms(root, path)
    ws = load_workspace(root)
    said = next(p for p in read_paragraphs(path) if "全年累计服务企业3100家次" in p.text)
    assert "2025年，全市新引建高能级创新平台5家" in said.text
    assert not [f for f in check_draft(ws, path).findings if f.code == "time-relative"]
    edited = tmp_path / "edited.docx"
    _paste_back(path, edited, "2025年，全市新引建", "全市新引建")  # the year gone: 全年 is the source's again
    found = [f for f in check_draft(ws, edited).findings if f.code == "time-relative"]
    assert [f.paragraph for f in found] == [said.number] and "“全年”" in found[0].message
