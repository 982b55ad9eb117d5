"""How the draft says the suggestion's concern in its own sentences: part one's overview (近年来，
我局立足工作职责，围绕X…) names the matter the work is about, part two's lead-in (下一步我局将继续Y，
重点做好以下工作) what the bureau carries on doing — both read as Chinese, never the title's core
pasted where its verb lacks its object (围绕加大科技金融支持科创企业, 继续加大科技金融支持科创企业)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers import (HAS_CORPUS, TITLE_1288, TITLE_1350, corpus_titles, demo_list_items, draft_1350, part_one,
                     part_two_texts, sections, seed_titles)

from drafter.cli import cli
from drafter.compose.asks import carried_on, concern_matter, short_topic

OVERVIEW = "近年来，我局立足工作职责，围绕"
LEAD_IN = re.compile(r"下一步我局将(.+?)，重点做好以下工作")


def draft(root: Path, out: Path, title: str, *extra: str):
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "45", title, "--deputy", "某某",
                                      "--session", "市政协十三届五次会议", "--date", "2026-05-20",
                                      "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


@pytest.mark.parametrize("title, about, carry_on", [
    # 加大 without what it makes greater: 围绕 its matter, 继续 with 力度 given
    ("关于加大科技金融支持科创企业的提案", "科技金融支持科创企业", "继续加大科技金融支持科创企业力度"),
    # 加大…力度: the matter without 加大 and 力度 after 围绕; whole after 继续
    ("关于加大科技型中小企业培育力度的建议", "科技型中小企业培育", "继续加大科技型中小企业培育力度"),
    # a verb of a goal (提升…能力) keeps its verb after 围绕 too
    ("关于提升科技创新平台服务能力的建议", "提升科技创新平台服务能力", "继续提升科技创新平台服务能力"),
    # a preposition before the verb (对…给予): after 围绕 what it gives (围绕对…的资金支持, never 围绕对…给予…),
    # a verb phrase to carry on in part two
    ("关于对国家级高新技术企业复审合格给予资金支持的建议", "对国家级高新技术企业复审合格的资金支持",
     "继续对国家级高新技术企业复审合格给予资金支持"),
    # …的 before 给予 already: one 的 (never 复审合格的的资金支持)
    ("关于对复审合格的高新技术企业给予资金支持的建议", "对复审合格的高新技术企业的资金支持",
     "继续对复审合格的高新技术企业给予资金支持"),
    ("关于对国家级高新技术企业复审合格的给予资金支持的建议", "对国家级高新技术企业复审合格的资金支持",
     "继续对国家级高新技术企业复审合格的给予资金支持"),
])
def test_the_drafts_lead_ins_say_the_matter_and_what_goes_on(loo, tmp_path, title, about, carry_on):
    texts = [p.text for p in draft(loo, tmp_path / "lead.docx", title).paragraphs]
    overview = next(t for t in texts if t.startswith(OVERVIEW))
    assert overview.startswith(f"{OVERVIEW}{about}"), overview
    assert overview[len(OVERVIEW) + len(about)] in "，积", overview  # the matter whole: 围绕X，在… / 围绕X积极…
    lead = next(LEAD_IN.search(t) for t in texts if LEAD_IN.search(t))
    assert lead.group(1) == carry_on, lead.group(0)


def titles() -> list[str]:
    """The titles a clerk drafts: the demo list's, the README's two, the seeds' and the corpus
    replies' quoted suggestions (《关于…》)."""
    found = [t for _, t in demo_list_items()] + [TITLE_1288, TITLE_1350] + seed_titles()
    return sorted(set(found + (corpus_titles() if HAS_CORPUS else [])))


def test_no_lead_in_leaves_a_verb_without_its_object():
    """Over every title a clerk meets: after 围绕 no 加大 (it needs what it makes greater), the
    matter made of the title's own words; after 继续 a 加大 always has its 力度 (投入…)."""
    every = titles()
    assert len(every) >= (30 if HAS_CORPUS else 22), every
    for title in every:
        topic = short_topic(title)
        about, going = concern_matter(topic), carried_on(topic)
        assert not re.search(r"(?:^|、)加大", about), (title, about)
        assert all(part in title for part in about.split("、")), (title, about)
        if going and "加大" in going:
            for clause in going.split("、"):
                assert not clause.lstrip("继续").startswith("加大") or clause.endswith(("力度", "投入", "支持")), going
    assert concern_matter(short_topic("关于加快推进大零号湾科技创新策源功能区建设的建议")) == "大零号湾科技创新策源功能区建设"
    assert concern_matter(short_topic("关于加强和改进科技特派员工作的建议")) == "加强和改进科技特派员工作"
    assert concern_matter(short_topic("关于进一步加大研发投入的建议")) == "研发投入"
    assert carried_on(short_topic("关于进一步加大研发投入的建议")) == "进一步加大研发投入"


# --- part two where the base holds no plan --------------------------------------------------------

ITEM_LEAD = re.compile(r"^(?:（[一二三四五六七八九十]+）)?(持续|进一步)([^。，【]+)。(.*)$")
GAP = "【待补充：具体举措】"
# the gap, or what part one reports still running carried on and flagged (深入实施《…》。【待核实：…】)
GAP_ITEM = re.compile(r"【待补充：具体举措】|深入(?:实施《[^》]+》|推行“[^。]+模式)。【待核实：是否列入\d{4}年计划】")
ADVERBS = re.compile(r"^(?:大力|积极|着力|切实|全面|深入|充分|努力)+")


@pytest.mark.parametrize("title", ["关于加快引进培育科技创新人才的建议", "关于支持高新技术企业扩量提质的建议",
                                   "关于加大科技金融支持科创企业的提案"])
def test_part_two_without_text_has_an_item_per_facet_of_part_one_led_by_its_next_step(loo, tmp_path, title):
    """A draft from the title alone: part two is not one bare 【待补充：下一步工作计划】 but one numbered
    item per section part one answers, in its order, led by that section's heading said as a next
    step (持续…/进一步…, its manner adverb 大力… dropped), then the base's plan on it or, where the base
    holds none, the highlighted 【待补充：具体举措】 (or what part one reports still running, carried on
    and flagged) — never a bare placeholder standing for the whole item."""
    document = draft(loo, tmp_path / "plan.docx", title)
    # (a part of one section has no heading over it, nor part two's one item a （一）: hd17 D7)
    headings, items = list(sections(document)) or [None], part_two_texts(document)
    assert headings and not [p for p in document.paragraphs if "【待补充：下一步工作计划】" in p.text]
    assert len(items) == len(headings), items
    for heading, item in zip(headings, items):
        found = ITEM_LEAD.match(item)
        assert found and (heading is None or found.group(2) == ADVERBS.sub("", heading)), (heading, item)
        assert GAP_ITEM.fullmatch(found.group(3)) or (found.group(3) and not found.group(3).startswith("【")), item
    assert any(GAP_ITEM.fullmatch(ITEM_LEAD.match(t).group(3)) for t in items)  # the loo base holds no plan on some facet


def test_part_two_of_a_draft_with_nothing_in_part_one_asks_for_the_concerns_plan(loo, tmp_path):
    document = draft(loo, tmp_path / "empty.docx", "关于加强科普基础设施建设的建议")
    assert not sections(document)
    assert part_two_texts(document) == ["【待补充：科普基础设施建设方面的下一步举措】"]  # (one item: no （一）)


def test_a_bureau_names_its_own_city_as_its_letters_do(loo, tmp_path):
    """A title naming the bureau's own city (强化泉州企业科技创新) is said in the reply's own
    sentences as 我市 (围绕我市企业科技创新, 继续强化我市企业科技创新), as real replies do; the
    title quoted in 《》 keeps its words."""
    title = "关于强化泉州企业科技创新的建议"
    text = "\n".join(p.text for p in draft(loo, tmp_path / "45.docx", title).paragraphs)
    assert f"《{title}》" in text
    assert f"{OVERVIEW}我市企业科技创新" in text, text[:400]
    assert LEAD_IN.search(text).group(1) == "继续强化我市企业科技创新"
    assert text.count("泉州企业") == 1  # the quoted title alone



def test_a_proper_name_holding_the_citys_name_keeps_it(loo, tmp_path):
    """A title on 黄河郑州段 (郑州市生态环境局's 2024 list, hd4) was said 黄河我市段: the city's bare name inside
    a proper name (黄河泉州段, 泉州都市圈) stays, and the city's own work is still 我市's."""
    title = "关于加强黄河泉州段和泉州都市圈生态保护修复的建议"
    text = "\n".join(p.text for p in draft(loo, tmp_path / "46.docx", title).paragraphs)
    assert "我市段" not in text and "我市都市圈" not in text
    assert "黄河泉州段" in text.replace(f"《{title}》", "")

@pytest.mark.parametrize("sentences, restated", [
    (["建设泉州技术转移转化数字化平台。", "落地国家技术转移东部中心泉州分中心，启动建设泉州技术转移转化数字化平台，着力提升服务能力。"], True),
    (["强化重大技术攻关支持。", "聚焦行业龙头企业重大关键技术需求，实施科技重大专项。"], False),
    (["加快中试验证发展。", "推动41个中试验证平台申报入库培育。"], False),  # 中试验证发展 is not said again
])
def test_a_lead_phrase_the_next_sentence_says_again(sentences, restated):
    from drafter.compose.sentences import restates_lead

    assert restates_lead(sentences) is restated


def test_an_items_lead_said_again_by_its_sentence_is_dropped(seeded_root, tmp_path):
    """1350's 技术转移 item: its source reads 建设泉州技术转移转化数字化平台。落地…，启动建设泉州技术转移转化
    数字化平台，… — the draft says the platform once, its sentence without the lead before it."""
    document = draft_1350(seeded_root, tmp_path / "1350.docx")
    item = next(p for p in part_one(document) if "国家技术转移东部中心泉州分中心" in p)
    assert re.sub(r"^[一二三四]是", "", item).startswith("落地国家技术转移东部中心泉州分中心，启动建设泉州技术转移转化数字化平台"), item
    assert "".join(part_one(document)).count("泉州技术转移转化数字化平台") == 1


def test_an_item_among_items_led_by_lead_phrases_keeps_its_lead_and_says_its_thing_once(loo_draft):
    """The leave-one-out 1288's 成果转化 section: 一是强化高质量科技成果供给。… and the same source's item whose
    sentence says its lead again (建设泉州技术转移转化数字化平台。落地…，启动建设泉州技术转移转化数字化平台，…) — without
    its lead it read 二是落地国家技术转移东部中心泉州分中心… beside a led item (rv51 fault 9). It keeps its lead, its
    sentence referring back to the platform (启动建设该平台), still flagged for its progress."""
    transfer = next(ps for h, ps in sections(docx.Document(loo_draft)).items() if "成果转化" in h)
    assert all(re.match(r"[一二三四]是[^，。【]{4,20}。", p) for p in transfer), transfer
    item = next(p for p in transfer if "东部中心" in p)
    assert item.startswith("二是建设泉州技术转移转化数字化平台。落地国家技术转移东部中心泉州分中心，启动建设该平台【待核实：最新进展】"), item
    assert item.count("泉州技术转移转化数字化平台") == 1, item


def test_a_comment_names_the_item_of_a_paragraph_holding_several(platforms_draft):
    """Seed 000 (泉科函〔2025〕81号, a web page) writes each section as one paragraph of items 一是…四是:
    its comment named 第11段“一是” after the heading; a clerk reads the locator once, so it is the document, its date and the
    heading's first clause that finds the section (the item's own words find it there), no paragraph number (cm57)."""
    import docx as python_docx

    document = python_docx.Document(platforms_draft)
    item = next(p for p in document.paragraphs if "中科华清" in p.text)
    ids = {e.get(python_docx.oxml.ns.qn("w:id")) for e in item._p.iter(python_docx.oxml.ns.qn("w:commentRangeStart"))}
    notes = [c.text for c in document.comments if str(c.comment_id) in ids]
    # (cm57: the locator read once is the document, its date and the heading's first clause, which finds the section;
    # a paragraph's number and item only where no heading is known)
    assert any(n.startswith("泉科函〔2025〕81号（2025-05-20） · 二、加快整合提升科技平台\n") for n in notes), notes
    assert not any("第11段" in n for n in notes), notes


def test_a_county_of_one_character_names_itself_as_its_letters_do(tmp_path):
    """hd12 (魏县农业农村局): 关于发展魏县鸭梨深加工产业的建议 was said 下一步我局将继续加快发展魏县鸭梨深加工产业 — a county
    whose name is one character and 县 was never 我县; its character alone (魏 of 曹魏) is no place."""
    from helpers import unit_workspace

    ws = unit_workspace(tmp_path / "ws", "魏县农业农村局", "县农业农村局", "魏县")
    assert ws.own_place_word() == "我县"
    assert ws.in_own_words("发展魏县鸭梨深加工产业") == "发展我县鸭梨深加工产业"
    assert ws.in_own_words("弘扬曹魏文化") == "弘扬曹魏文化"
