"""A figure that repeats an older source's value is a copy (``same_as``, the older year) only when its sentence says
nothing new: hd35b (吉林省人力资源和社会保障厅) stored 2017's 援助率达到100% as 2011's, the 2011 援助率 being 100% too,
though 2017's sentence gave new counts beside it (720户/720人 against 2011's 804户/817人).

Each test distils real lines of the pages the tester saved (2011-10 and 2017-07 news of the 厅), oldest first, through
``drafter distill`` in a workspace of the bureau.
"""

from __future__ import annotations

from click.testing import CliRunner

from drafter.cli import cli
from drafter.facts.store import load_fact_files
from helpers import unit_workspace

# 前三季度吉林省就业社保 (2011-10), a paragraph as the page prints it.
JILIN_2011 = (
    "吉林省就业困难人员实现就业6.1万人,完成年计划110.9%,同比增长7.0%。援助城镇零就业家庭804户,援助就业817人,"
    "援助率100%。公益性岗位在岗11.5万人。\n")
# 吉林省重要民生指标完成过半 (2017-07): its title, date line and a paragraph as the page prints them.
HEAD_2017 = "吉林省重要民生指标完成过半\n\n2017-07-22 08:59 来源: 吉林日报\n\n"
JILIN_2017 = HEAD_2017 + (
    "就业形势稳中向好。上半年,全省城镇登记失业率3.49%,低于年计划1.01个百分点,同比下降0.03个百分点,继续保持较低水平。"
    "城镇零就业家庭实现动态清零。全省共援助城镇零就业家庭720户,实现就业720人,援助率达到100%。\n")


def _distilled(tmp_path, later: str):
    """The 2011 page and ``later`` (a page of 2017-07) distilled in the 厅's workspace: the 2017 page's figures by raw."""
    ws = unit_workspace(tmp_path / "ws", "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", "长春市, 吉林市, 四平市")
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "2011-10_前三季度吉林省就业社保.txt").write_text(JILIN_2011, "utf-8")
    (folder / "2017-07_吉林省重要民生指标完成过半.txt").write_text(later, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(folder)])
    assert result.exit_code == 0 and "失败 0 份" in result.output, result.output
    (new,) = [ff for ff in load_fact_files(ws) if ff.source.document_year() == 2017]
    return {g.raw: (g, f) for f in new.facts for g in f.figures}


def test_a_new_result_equal_to_an_old_one_is_no_copy(tmp_path):
    figures = _distilled(tmp_path, JILIN_2017)
    rate, fact = figures["100%"]
    assert rate.same_as is None and rate.basis != "earlier fact"
    assert (rate.year or fact.period.year) == 2017


def test_a_pasted_sentence_of_old_counts_stays_a_copy(tmp_path):
    """The same counts pasted into a 2017 sentence are 2011's: linked to it, of 2011."""
    pasted = HEAD_2017 + "城镇零就业家庭实现动态清零,此前援助城镇零就业家庭804户,援助就业817人,援助率100%。\n"
    figures = _distilled(tmp_path, pasted)
    rate, fact = figures["100%"]
    assert rate.same_as is not None and (rate.year or fact.period.year) == 2011


def test_a_pasted_sentence_stating_a_measure_twice_stays_a_copy(tmp_path):
    """A 2018 page pasting 2017's 补助标准由420元提高到450元…援助率达到100% with a clause of its own: its 420元 is 2017's 420元,
    not a new value beside 2017's 450元, so the 100% is 2017's too."""
    ws = unit_workspace(tmp_path / "ws", "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", "长春市, 吉林市, 四平市")
    folder = tmp_path / "seeds"
    folder.mkdir()
    said = "城镇居民医保政府人均补助标准由420元提高到450元,援助率达到100%"
    (folder / "2017-07_吉林省重要民生指标完成过半.txt").write_text(f"{HEAD_2017}社保水平稳步提高。{said}。\n", "utf-8")
    (folder / "2018-07_吉林省民生指标.txt").write_text(
        f"吉林省民生指标\n\n2018-07-20 08:59 来源: 吉林日报\n\n社保水平继续提高。{said},惠及群众120万人。\n", "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(folder)]).exit_code == 0
    (new,) = [ff for ff in load_fact_files(ws) if ff.source.document_year() == 2018]
    figures = {g.raw: (g, f) for f in new.facts for g in f.figures}
    for raw in ("420元", "450元", "100%"):
        assert figures[raw][0].same_as is not None and figures[raw][0].year == 2017, figures[raw]
    assert figures["120万人"][0].same_as is None
