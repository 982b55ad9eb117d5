"""h223: a deadline's aim after work told (…出台《…实施意见》，在两年内，争取…把…等10个美丽乡村，打造成…) is two facts, the work done and
the target a plan; and a target whose deadline, counted from its reply's date, is not past keeps its figures in part two
(hd43b: part two offered the work done as the plan and dropped the target of 10个 as a past year's)."""
from __future__ import annotations

import datetime as dt

import docx
from helpers import part_two_texts, seeds_draft
from test_hd43b_dengfeng import RURAL_REPLY, _distilled, _workspace

from drafter.compose.select import Item, still_ahead
from drafter.distill.facts import plan_split
from drafter.model import DONE, PLAN

SEED = "2022-08-22_答复张跃国等委员发展乡村旅游提案.txt"
WORK = ("引进高端民宿企业,做大做强登封高品质民宿产业,叫响“嵩山民宿”品牌,积极贯彻落实郑州市文化广电和旅游局、郑州市委宣传部等十三部门联合"
        "出台《郑州市乡村旅游民宿高质量发展实施意见》")
TARGET = "在两年内,争取按照A级旅游景区标准把唐庄郭庄村、王河村等10个美丽乡村,打造成A级旅游景区、A级旅游景区村庄、康养旅游示范村。"


def test_work_then_a_deadlines_aim_are_two_facts(tmp_path):
    """The reply's 2.加快推进乡村旅游 item: one plan fact joined the work told and the target; cut at the comma before 在两年内，争取,
    the work is done and the target (its 10个) a plan."""
    ff = _distilled(tmp_path, _workspace(tmp_path), SEED, RURAL_REPLY)
    work = next(f for f in ff.facts if "引进高端民宿企业" in f.text)
    target = next(f for f in ff.facts if "10个美丽乡村" in f.text)
    assert work is not target
    assert work.kind == DONE and "两年内" not in work.text and work.text.endswith("实施意见》")
    assert target.kind == PLAN and target.text.startswith("在两年内，争取按照A级旅游景区标准")


def test_a_deadlines_aim_after_no_clause_of_work_stays_whole():
    """同时，在两年内，争取…: 同时 is no work of its own, the sentence one plan."""
    text = "同时，在两年内，争取把10个美丽乡村打造成康养旅游示范村。"
    assert plan_split(text) == [text]
    assert plan_split(WORK + "," + TARGET) == [WORK, TARGET]


def test_a_target_whose_deadline_is_not_past_keeps_its_figures(tmp_path):
    """A reply of 2022-08-22 aims 在两年内 at 10个美丽乡村: in June 2023 the target is still ahead, whole; in 2025 it is past and
    its clause of the figure goes with the verb its 把 left open and the deadline framing it."""
    ff = _distilled(tmp_path, _workspace(tmp_path), SEED, RURAL_REPLY)
    target = next(f for f in ff.facts if "10个美丽乡村" in f.text)
    plan = Item(target, ff.source, 1.0, 2022)
    assert still_ahead(target.text, plan, dt.date(2023, 6, 21)) == target.text
    joined = WORK.replace(",", "，") + "，" + target.text  # (the sentence as one fact held it)
    assert still_ahead(joined, plan, dt.date(2025, 6, 21)) == WORK.replace(",", "，") + "。"


def test_part_two_offers_the_target_to_verify(tmp_path):
    """The draft's part two under 发展非遗乡村康养游 offered the work done (引进高端民宿企业…《…实施意见》。) as last year's plan and
    dropped the target; it offers the target with its 10个, to verify."""
    ws = _workspace(tmp_path)
    _, out = seeds_draft(tmp_path, ws, {SEED: RURAL_REPLY}, "23", "关于发展非遗乡村康养游的提案",
                         "一、发展非遗乡村康养游，开展非遗乡村果园采摘、农耕体验，打造八段锦功夫康养游。\n"
                         "二、推动少林游向世界遗产游转变，由景区游向全域游转变。\n",
                         "--deputy", "焦宏敏", "--session", "市政协六届二次会议", "--type", "B", "--proposal",
                         "--date", "2023-06-21")
    items = part_two_texts(docx.Document(out))
    offered = next(t for t in items if t.startswith("（一）"))
    assert "10个美丽乡村" in offered and "康养旅游示范村。" in offered and "【待核实" in offered
    assert "引进高端民宿企业" not in offered
