"""Part two's items where the base holds no plan of the draft's year, said by the practice part one
reports (``draft: {standing_measures: text}``): 继续 and the lead and way of working of the bureau's
own items on the ask, without a figure, a result or a single undertaking.

rv38 asked for part two written from the bureau's standing measures, each part-one theme carried on;
rv40 read it blind as part one said again with 继续 in front, "worse than a placeholder, because it
looks finished" — so it is a bureau's choice, not the default (``comment``: a lead and
【待补充：具体举措】).
"""

from __future__ import annotations

import re

import docx
import pytest
from docx.oxml.ns import qn

from drafter.compose.select import practice_clauses
from drafter.compose.sentences import split_sentences
from helpers import REPO, draft_title, part_one, part_two_items, run_1288, with_setting

MARK = "【待核实：是否列入2026年计划】"
SEED_1071 = next((REPO / "seeds").glob("000_*.txt"))  # the 2025 reply part one's 1288 items come from


@pytest.fixture(scope="module")
def standing(loo_comment, tmp_path_factory):
    """The leave-one-out workspace with ``standing_measures: text`` and its 1288 draft: (draft, command output).
    Its four items have last year's plans only, kept in comments (``earlier_plans: comment``): part one's
    practice stands in the text in their place."""
    root = with_setting(loo_comment, tmp_path_factory.mktemp("standing") / "ws", "standing_measures", "text")
    out = root / "1288.docx"
    return out, run_1288(root, out).output


def _item_of(opening: str) -> str:
    """The 2025 reply's item (seed 000) opening with ``opening`` (一是…), up to the next one, its commas
    full-width as distill writes them."""
    text = SEED_1071.read_text("utf-8").replace(",", "，").replace(";", "；")
    found = re.search(re.escape(opening) + r".+?(?=[二三四五六]是|$)", text, re.M)
    assert found, opening
    return found.group()


def test_a_reports_practice_is_its_clauses_before_the_results_and_its_named_models():
    """Seed 000's 成果供给 item: 聚焦…所需 frames the 12条措施 issued (a count, 率先出台) and goes, with the
    活动 held and the 176项 presented; 积极搭建对接交流平台 before the 36场次 held stays, as does the model named
    in quotes, not the 签约落地 and the counts after it. Its 揭榜挂帅 item: the clauses before the first
    year are the practice."""
    supply = split_sentences(_item_of("一是强化高质量科技成果供给"))
    assert [c for s in supply[1:] for c in practice_clauses(s)] == ["积极搭建对接交流平台", "推进“异地研发、本地转化”模式"]
    challenge = split_sentences(_item_of("二是强化重大技术攻关支持"))
    said = [c for s in challenge[1:] for c in practice_clauses(s)]
    assert said[:2] == ["聚焦我市行业龙头、骨干企业、“专精特新”企业、高新技术企业等重大关键技术需求", "实施科技重大专项“揭榜挂帅”机制"]
    assert not any(re.search(r"\d|遴选|揭榜", c.replace("“揭榜挂帅”", "")) for c in said), said


def test_a_lead_naming_one_undertaking_is_no_practice_but_a_batch_of_them_is():
    assert practice_clauses("建设泉州技术转移转化数字化平台") == []
    assert practice_clauses("大力引建一批高能级平台") == ["大力引建一批高能级平台"]


def test_each_item_carries_on_part_ones_own_words_with_no_figure(standing):
    """Four items (the 知识产权 ask is 市市场监管局's part): each its lead, 继续 and clauses part one says
    word for word (nothing the draft makes up), the mark after them; no figure, no result of 2024–2025
    (签约, 12条措施, the 数字化平台 started), and nothing of 鲤城区's."""
    document = docx.Document(standing[0])
    said = "".join(part_one(document))
    items = [p.text for p in part_two_items(document.paragraphs)]
    assert len(items) == 4, items
    for item in items:
        found = re.fullmatch(rf"（[一二三四]）([^。]+)。继续([^。]+)。{re.escape(MARK)}", item)
        assert found, item
        for clause in re.split(r"[，；]", found.group(2)):
            assert clause in said, (clause, item)
        assert not re.search(r"\d", found.group(2))
    text = "".join(items)
    assert "“揭榜挂帅”机制" in items[0] and "“异地研发、本地转化”模式" in items[2] and "“人才+团队+项目”" in items[3]
    assert not any(w in text for w in ("签约", "12条措施", "数字化平台", "鲤城"))


def test_the_practice_is_highlighted_under_one_comment_with_its_mark(standing):
    """In the .docx: the practice one cyan run, the mark a yellow run right after it, one comment over
    both; the first comment says where the words come from and quotes last year's plan there, the later
    ones refer back to it (同前注) with their own plan."""
    document = docx.Document(standing[0])
    comments = {c.comment_id: c.text for c in document.comments}
    notes = []
    for p in part_two_items(document.paragraphs):
        mark = next(r for r in p.runs if r.text == MARK)
        said = mark._r.getprevious()
        assert said.find(qn("w:rPr")).find(qn("w:highlight")).get(qn("w:val")) == "cyan"
        assert mark._r.find(qn("w:rPr")).find(qn("w:highlight")).get(qn("w:val")) == "yellow"
        opened = said.getprevious()
        assert opened.tag == qn("w:commentRangeStart")
        notes.append(comments[int(opened.get(qn("w:id")))])
    assert "按第一部分相应一节所述本单位的现行做法续写" in notes[0] and "不是已定的计划" in notes[0]
    assert all(n.startswith("同前注（按第一部分所述现行做法续写") for n in notes[1:]), notes
    assert all(re.search(r"2025年的计划（泉科函〔2025〕81号.*?）此项写的是：“", n) for n in notes), notes


def test_the_command_says_how_many_items_carry_on_part_one(standing):
    said = standing[1]
    assert "下一步工作计划中4项在事实库中没有2026年的计划，已按第一部分所述的现行做法续写" in said, said
    assert "只写了标题和【待补充：具体举措】" not in said


def test_a_practice_reported_before_last_year_is_not_carried_on(loo_comment, tmp_path):
    """Drafted in 2027, part one's items are of 2024–2025 (older than last year): each item is its
    lead and 【待补充：具体举措】 again, as without ``standing_measures: text``."""
    root = with_setting(loo_comment, tmp_path / "ws", "standing_measures", "text")
    out = tmp_path / "1288.docx"
    run_1288(root, out, "--date", "2027-05-20")
    items = [p.text for p in part_two_items(docx.Document(out).paragraphs)]
    assert items and not any("继续" in t or MARK.replace("2026", "2027") in t for t in items), items


def test_a_practice_on_another_matter_is_not_carried_on(seeded_root, tmp_path):
    """1288 from its list title alone, in the whole base: the 科研体制机制改革 section holds an item on
    科技金融 (完善金融支持科技创新的政策和机制, sharing only 机制 with the heading): its practice is no next
    step of that reform, wherever else the draft's wide topic says 科技."""
    root = with_setting(seeded_root, tmp_path / "ws", "standing_measures", "text")
    document = draft_title(root, tmp_path / "1288.docx", "1288", "关于推动科技创新与产业创新深度融合的建议")
    assert "完善金融支持科技创新的政策和机制" in "".join(part_one(document))
    items = [p.text for p in part_two_items(document.paragraphs)]
    reform = next(t for t in items if "科研体制机制改革" in t)
    assert "金融" not in reform and "科技贷" not in reform, reform
