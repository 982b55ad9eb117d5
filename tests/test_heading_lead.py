"""A section of one item does not say its heading twice: under （三）加强高质量科技成果供给 the item's
lead phrase 强化高质量科技成果供给。 goes (the 112 draft of the demo list, by its title alone), while
an item whose lead says something of its own keeps it."""

import re

from helpers import draft_title

from drafter.compose.sentences import heads_lead, lead_object

ITEM = ["强化高质量科技成果供给。", "聚焦院所、企业所需，在全省率先出台支持科技成果转化中试验证发展“12条措施”。"]


def test_a_heading_that_says_the_lead_phrase_again_heads_it():
    assert heads_lead("加强高质量科技成果供给", ITEM)
    assert not heads_lead("推进高效率成果转化", ITEM)  # a heading of its own
    assert not heads_lead("加强高质量科技成果供给", ITEM[1:])  # no lead phrase
    assert not heads_lead(None, ITEM)


def test_the_112_draft_says_its_heading_once(seeded_root, tmp_path):
    document = draft_title(seeded_root, tmp_path / "112.docx", "112", "关于推动科技成果在泉转化落地的提案", "--proposal")
    paras = [p.text for p in document.paragraphs]
    at = paras.index("（三）加强高质量科技成果供给")
    item = paras[at + 1]
    # (the period it states opens the sentence, never after its quoted “12条措施”: hd28a)
    assert item.removeprefix("【待更新：统计期】，").startswith("聚焦院所、企业所需，在全省率先出台"), item
    assert "强化高质量科技成果供给" not in item
    # the other sections' single items keep leads of their own (none says its heading)
    for k, text in enumerate(paras[:-1]):
        heading = re.match(r"^（[一二三四五六]）(.+)$", text)
        if heading and not paras[k + 1].startswith("一是"):
            assert lead_object(paras[k + 1].split("。")[0]) != lead_object(heading.group(1)), paras[k + 1]


def test_an_item_among_several_does_not_open_with_its_heading_again(seeded_root, tmp_path):
    # 1142 (by its title): （一）加强高质量科技成果供给 over 一是强化高质量科技成果供给。聚焦…
    document = draft_title(seeded_root, tmp_path / "1142.docx", "1142", "关于加快科技成果转化和产业化的建议")
    paras = [p.text for p in document.paragraphs]
    at = paras.index("（一）加强高质量科技成果供给")
    assert paras[at + 1].replace("【待更新：统计期】，", "").startswith("一是聚焦院所、企业所需"), paras[at + 1]
    assert paras[at + 2].startswith("二是"), paras[at + 2]
