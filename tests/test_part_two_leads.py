"""Part two's items open with their heading run in (GB/T 9704: a （一） heading is 楷体): the label and
lead phrase of （一）持续加强智能制造关键核心技术攻关。充分发挥企业… are a 段首标题 run, what follows is
body text; an item opening on a whole sentence has its label alone in that style."""

import docx

from drafter.compose.reply import run_in
from drafter.docx.styles import LEAD_STYLE
from drafter.reply import LEAD, PLACEHOLDER, TEXT, Span


def part_two_items(path):
    paras, inside = [], False
    for p in docx.Document(path).paragraphs:
        if p.text.startswith("二、"):
            inside = True
        elif inside and p.style.name == "结束语":
            break
        elif inside and p.text.startswith("（"):
            paras.append(p)
    return paras


def test_each_part_two_item_of_the_1288_draft_opens_with_a_run_in_heading(loo_draft):
    items = part_two_items(loo_draft)
    assert len(items) >= 3
    for p in items:
        first = p.runs[0]
        assert first.style.name == LEAD_STYLE, (p.text, first.style.name)
        assert first.text.startswith("（") and first.text.endswith("。") and len(first.text) <= 30, first.text
        assert all(r.style.name != LEAD_STYLE for r in p.runs[1:] if r.text), p.text  # the rest is body text
    assert part_two_items(loo_draft)[0].runs[0].text == "（一）持续加强智能制造关键核心技术攻关。"


def test_the_lead_in_and_part_one_have_no_run_in_heading(loo_draft):
    document = docx.Document(loo_draft)
    at = next(k for k, p in enumerate(document.paragraphs) if p.text.startswith("二、"))
    for p in document.paragraphs[:at + 2]:  # part one (headings on lines of their own) and 根据您的建议…
        assert not any(r.style.name == LEAD_STYLE for r in p.runs), p.text


def test_a_label_before_a_sentence_or_a_placeholder_is_run_in_alone():
    sentence = Span("鼓励企业建设中试、验证平台，在异地设立研发机构，加快推动外地高校成果到泉州转化落地。", TEXT, ["f1"])
    assert run_in([Span("（一）"), sentence]) == [Span("（一）", LEAD), sentence]
    gap = Span("【待补充：知识产权方面的下一步举措】", PLACEHOLDER)
    assert run_in([Span("（五）"), gap]) == [Span("（五）", LEAD), gap]
    # a lead phrase with its comment and nothing after it keeps the comment
    lone = Span("持续完善技术转移服务体系。", TEXT, ["f2"], note="出处")
    out = run_in([Span("（二）"), lone, Span("【待补充：具体举措】", PLACEHOLDER)])
    assert out[0] == Span("（二）持续完善技术转移服务体系。", LEAD, ["f2"], "出处") and out[1].kind == PLACEHOLDER
    assert run_in([Span("根据您的建议，下一步我局将：")]) == [Span("根据您的建议，下一步我局将：")]
