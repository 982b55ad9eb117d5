"""h219 (rv4 F18): the words of the next step (下一步, 下步, 下阶段, 接下来; 今后 with them) are one vocabulary,
grammar.NEXT_STEP_WORDS: every pattern that reads a plan's opening reads all of them, so 下步 and 下阶段, as replies write
them, are read as 下一步 is."""
from __future__ import annotations

import datetime as dt
import re

from helpers import distil, unit_workspace

from drafter.compose.select import Item, borrowed_plan, fact_sentences
from drafter.grammar import NEXT_OR_LATER, NEXT_STEP, NEXT_STEP_WORDS
from drafter.model import PLAN, Fact, Period

# 宁波市农业农村局's reply to 市政协第138号提案 (nyncj.ningbo.gov.cn/art/2020/9/9/art_1229058290_56898563.html), its head and the
# paragraph after its account, as printed (tests/test_heldout_round69.py).
NINGBO_138 = """甬农函〔2020〕73号
市民革:
贵单位在市政协十五届四次会议上提出的《关于推动农产品品牌建设 助力宁波农业高质量发展的建议》(第138号提案)收悉。现答复如下:
尽管我市近年我市农业品牌建设发展较快,但总体上品牌创建仍然较散、经营主体规模偏小、品牌影响力较弱、推介手段还比较少,缺乏在全国有知名度的强势品牌。下步我市将围绕《高质量推进乡村振兴战略》,加快农业品牌建设。
"""


def test_the_vocabulary_is_whole_in_its_patterns():
    """Each word of the next step is read by NEXT_STEP and, with 今后, by NEXT_OR_LATER; nothing else is."""
    for word in NEXT_STEP_WORDS:
        assert re.fullmatch(NEXT_STEP, word) and re.fullmatch(NEXT_OR_LATER, word)
    assert re.fullmatch(NEXT_OR_LATER, "今后") and not re.fullmatch(NEXT_STEP, "今后")
    assert not re.search(NEXT_OR_LATER, "下一阶段的工作已部署")  # (not a word of it: 下阶段 is, 下一阶段 not yet)


def test_a_plan_the_city_wills_after_a_short_next_step_is_not_the_bureaus(tmp_path):
    """宁波's 下步我市将围绕…，加快农业品牌建设。 is the city's will, as 下一步，我市将继续加大… was (hd23c): offered in a later year's
    draft as the bureau's own earlier plan to confirm it was not (_PLACE_WILL read 下一步, 今后 and 接下来, not 下步)."""
    ws = unit_workspace(tmp_path / "nb", "宁波市农业农村局", "市农业农村局", "宁波市")
    ff = distil(tmp_path, ws, NINGBO_138, "nb_2020_138_tian.txt")
    plan = next(f for f in ff.facts if f.text.startswith("下步我市将"))
    assert plan.kind == PLAN, (plan.kind, plan.text)
    assert borrowed_plan(Item(plan, ff.source, 1.0, 2020), ws, dt.date(2022, 6, 1))


def test_a_plans_short_next_step_is_dropped_under_the_plan_heading():
    """Part two's heading says 下一步 for every item, so a plan's own 下一步， is dropped; 余姚市住房和城乡建设局's 协办 reply's
    下步,市物安中心将实时跟踪… kept its 下步， (tests/test_heldout_round36.py)."""
    fact = Fact(id="f1", text="下步，市物安中心将实时跟踪关注每部电梯的动向，积极做好政策解释和协调工作。", kind=PLAN,
                period=Period(2023, "text"), jurisdiction="余姚市", source_id="yy")
    assert fact_sentences(fact)[0].startswith("市物安中心将"), fact_sentences(fact)


def test_a_short_next_steps_heading_is_no_lead_of_its_plans():
    """登封市文化广电和旅游局's 二、下步工作： (hd43b) names the plan part, as 二、下一步工作计划 does: no lead phrase of the plan under
    it, which was written 下步工作。我局将结合实际…."""
    fact = Fact(id="f1", text="我局将结合实际联合石道乡政府争取资金推进项目实施。", kind=PLAN, period=Period(2022, "text"),
                jurisdiction="登封市", source_id="df", section=["二、下步工作："])
    assert fact_sentences(fact) == ["我局将结合实际联合石道乡政府争取资金推进项目实施。"]
