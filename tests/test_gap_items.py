"""A section that is itself a placeholder — the base holds nothing current on its ask: a co-handler's
part, the part of the unit whose field the ask is in, or the bureau's own — is the skeleton of the
items the reply will have: one highlighted placeholder naming every point of the deputy's ask it asks
one unit for, a paragraph as a reply answers a point (three readers of 自贡's draft, rv46/rv47/hd14, found
thirteen 一是…四是 slots, one per clause, where the real reply had four paragraphs); a point in yet another
unit's remit (a higher authority's power) is its own item after it, numbered 一是/二是 as other sections'
items (a single one unnumbered).

Read on the written drafts (drafter's reader: text, highlights, comments), ``drafter check`` and
``drafter requests`` on them.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from helpers import REPO, run_1288

from drafter.cli import cli
from drafter.docx.read import read_draft
from drafter.docx.review import open_points

IP = "强化知识产权保护和运用"
MARKET = "市市场监管局"
PATENT_POWER = f"【待{MARKET}提供：专利审查和确权（国家知识产权局事权）方面本地开展的工作】"


def section(path, heading_end: str) -> tuple[object, list]:
    """The separate heading of part one ending in ``heading_end`` and the body paragraphs under it."""
    paras = [p for p in read_draft(path) if p.text.strip()]
    at = next(k for k, p in enumerate(paras) if p.kind == "heading2" and p.text.endswith(heading_end))
    under = []
    for p in paras[at + 1:]:
        if p.kind != "body":
            break
        under.append(p)
    return paras[at], under


def asked(point: str, unit: str = MARKET) -> str:
    return f"【待{unit}提供：{point}方面的工作情况及数据（注明年份）】"


def test_the_co_handlers_section_is_one_item_naming_the_asks_points(loo_draft):
    """（五）强化知识产权保护和运用 of the leave-one-out 1288 (--with 市市场监管局, the base holding only its
    2016 work): one item asking the co-handler for the points the deputy wrote under the ask, in the ask's
    order, then the national power 专利审查和确权 (what is done locally); each item highlighted whole, in the
    body style of the other sections' items; the section's two comments one on each item."""
    heading, items = section(loo_draft, IP)
    assert heading.text == f"（五）{IP}"
    assert [p.text for p in items] == [
        "一是" + asked("加大知识产权维权援助力度、推动专利转化运用和质押融资"),
        "二是" + PATENT_POWER,
    ]
    _, platforms = section(loo_draft, "建设高能级创新平台")
    for p in items:
        assert [h.text for h in p.highlights] == [p.text[2:]], p.highlights
        assert p.style == platforms[0].style
    assert [len(p.comments) for p in items] == [1, 1]
    assert "已收集的材料中只有2016年的相关情况" in items[0].comments[0]
    # (whom to ask said once: the unit whose part it is, not again in a sentence after it, cm57)
    assert "属国家知识产权局事权" in items[1].comments[0] and "请商请市市场监管局提供" in items[1].comments[0]
    assert "此项在市市场监管局提供的部分中" not in items[1].comments[0]


def test_check_counts_each_item_of_the_section_once(loo, loo_draft):
    result = CliRunner().invoke(cli, ["-w", str(loo), "check", "--json", str(loo_draft)])
    data = json.loads(result.stdout)
    marks = [m for p in read_draft(loo_draft) for m in [*re.findall(r"【待[^】]*】", p.text), *(m for m, _ in open_points(p.notes))]]
    found = [f for f in data["findings"] if f["code"] == "placeholder"]
    assert data["summary"]["placeholders"] == len(found) == len(marks)
    _, items = section(loo_draft, IP)
    for p in items:
        assert [f["paragraph"] for f in found if p.text[2:] in f["message"]] == [p.index - sum(
            1 for q in read_draft(loo_draft)[:p.index - 1] if not q.text.strip())], p.text


def test_requests_lists_each_item_once_for_the_unit(loo, loo_draft):
    result = CliRunner().invoke(cli, ["-w", str(loo), "requests", "--json", str(loo_draft)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [market] = [u for u in data["units"] if u["unit"] == MARKET]
    assert [(a["heading"], a["item"], a["placeholder"]) for a in market["asks"]] == [
        (f"（五）{IP}", "一是", asked("加大知识产权维权援助力度、推动专利转化运用和质押融资")),
        (f"（五）{IP}", "二是", PATENT_POWER),
        # (its next steps, part two holding no item of its: asked on part two's lead-in, cm57)
        ("", "", f"【待{MARKET}提供：{IP}方面的下一步举措】"),
    ]


@pytest.mark.parametrize("ask, expected", [
    # a single point: its item, unnumbered
    ("推动专利转化运用和质押融资。", [asked("推动专利转化运用和质押融资")]),
    # no point: the ask as a whole
    ("", [asked(IP)]),
    # its only point a higher authority's power: the ask as a whole, then what is done locally
    ("加快专利审查和确权。", ["一是" + asked(IP), "二是" + PATENT_POWER]),
])
def test_a_section_of_one_point_or_none_is_one_line(loo, tmp_path, ask, expected):
    text = tmp_path / "t.txt"
    text.write_text(f"一、加强科技人才引育。引进高层次人才团队。\n二、{IP}。{ask}\n", "utf-8")
    out = tmp_path / "one.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "77", "关于加强科技人才和知识产权工作的建议", "--deputy", "某某",
                                      "--with", MARKET, "--date", "2026-05-20", "--text", str(text), "-o", str(out)])
    assert result.exit_code == 0, result.output
    heading, items = section(out, IP)
    assert [p.text for p in items] == expected
    for p in items:
        assert [h.text for h in p.highlights] == [re.sub("^[一二]是", "", p.text)]


def test_the_field_units_part_unasked_is_the_same_skeleton(loo, tmp_path):
    """Without --with the 知识产权 ask is still 市市场监管局's field: the section is the same skeleton, the points
    in one item — the bureau's own gaps naming that unit to consult, a reply asking no unit that is not 会办 (h85)."""
    out = tmp_path / "alone.docx"
    run_1288(loo, out, "--type", "A", with_=())
    _, items = section(out, IP)
    assert [p.text for p in items] == [
        "一是【待补充：加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份；可商请市市场监管局提供）】",
        "二是【待补充：专利审查和确权（国家知识产权局事权）方面本地开展的工作】"]


def test_a_sentence_form_remit_template_says_the_power_but_still_asks_the_co_handler_for_its_points(loo_copy, tmp_path):
    """A workspace whose remit.j2 says another unit's work in one sentence: 专利审查和确权 (国家知识产权局's
    power) is that sentence, but the co-handler's own points stay asked for (its part is never
    declined): the skeleton's wording is gap_item.j2, not remit.j2."""
    (loo_copy / "templates" / "wording" / "remit.j2").write_text(
        '关于{{ matters | join("、") }}事项，属{{ unit }}{% if higher %}事权，{{ part_of or self_name }}将积极向上反映，'
        '{{ self_name }}将配合做好相关工作。{% else %}职责，{{ self_name }}将积极配合做好相关工作。{% endif %}\n', "utf-8")
    out = tmp_path / "sentence.docx"
    run_1288(loo_copy, out)
    _, items = section(out, IP)
    assert [p.text for p in items] == [
        "一是" + asked("加大知识产权维权援助力度、推动专利转化运用和质押融资"),
        "二是关于专利审查和确权事项，属国家知识产权局事权，市市场监管局将积极向上反映，我局将配合做好相关工作。【待核实：职责分工】"]


def test_the_bureaus_own_section_without_a_field_mapping_is_one_item_of_its_points(loo_copy, tmp_path):
    """No other_fields nor higher_powers in drafter.yaml: the 知识产权 ask is the bureau's own gap, its
    points (专利审查 no one else's power now) its own placeholder (待补充), named in the ask's order."""
    config = (loo_copy / "drafter.yaml").read_text("utf-8")
    (loo_copy / "drafter.yaml").write_text(config.split("\nother_fields:")[0] + "\n", "utf-8")
    out = tmp_path / "own.docx"
    run_1288(loo_copy, out)
    _, items = section(out, IP)
    assert [p.text for p in items] == [
        "【待补充：加快专利审查和确权、加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份）】",
    ]


def test_a_unit_not_co_handling_is_named_to_consult_in_the_bureaus_own_gap():
    """gap_item.j2 (h85): a unit that does not co-handle is asked nothing in a reply — the bureau's own gap names it
    to consult, for data (…（注明年份；可商请…提供）) or, on works at one site, its view and part; a co-handler is asked."""
    from drafter.compose.wording import Wording
    from drafter.workspace import load_workspace

    w = Wording.of(load_workspace(REPO))
    said = {(asked, consult, site): w.render("gap_item", matter="维修某路方面", asked=asked, consult=consult, site=site)
            for asked, consult, site in [(None, "市交通运输局", None), (None, "市交通运输局", "某路"),
                                         ("市交通运输局", None, "某路"), (None, None, None)]}
    assert list(said.values()) == [
        "【待补充：维修某路方面的工作情况及数据（注明年份；可商请市交通运输局提供）】",
        "【待补充：维修某路方面的办理意见及配合事项（可商请市交通运输局提供）】",
        "【待市交通运输局提供：维修某路方面的办理意见及配合事项】",
        "【待补充：维修某路方面的工作情况及数据（注明年份）】"]


@pytest.mark.parametrize("co_handler", [None, MARKET])
def test_an_ask_of_no_points_is_worded_by_the_bureaus_gap_item_template(loo_copy, tmp_path, co_handler):
    """An ask saying its matter alone (二、强化知识产权保护和运用。, no points after it), the base holding only 2016 work
    on it: its section is one placeholder for the ask whole, worded by gap_item.j2 as the items of an ask with
    points are (h98: it was built in code, a bureau's edit of the template left it unchanged) — the bureau's own
    naming 市市场监管局 to consult, or, when that unit co-handles, asking it; the old material said in its comment."""
    template = loo_copy / "templates" / "wording" / "gap_item.j2"
    template.write_text(template.read_text("utf-8").replace("工作情况及数据", "工作开展情况和数据"), "utf-8")
    out = tmp_path / "bare.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(loo_copy), "draft", "88", "关于加强科技人才和知识产权工作的建议", "--deputy", "林永红",
        "--session", "市十七届人大五次会议", "--date", "2026-05-20", "--text", "-", "-o", str(out),
        *(("--with", co_handler) if co_handler else ())],
        input="一、加强科技人才引育。建议加大高层次人才团队引进力度。\n二、强化知识产权保护和运用。\n")
    assert result.exit_code == 0, result.output
    heading, items = section(out, IP)
    matter = f"{IP}方面的工作开展情况和数据"
    assert [p.text for p in items] == [f"【待{MARKET}提供：{matter}（注明年份）】" if co_handler
                                       else f"【待补充：{matter}（注明年份；可商请{MARKET}提供）】"]
    assert [h.text for h in items[0].highlights] == [items[0].text]
    assert len(items[0].comments) == 1 and "已收集的材料中只有2016年的相关情况" in items[0].comments[0]
    assert (f"已留作待补充项，可商请{MARKET}提供" in result.output) == (co_handler is None), result.output


def test_a_co_handlers_part_is_worded_by_the_bureaus_gap_item_template(loo_copy, tmp_path):
    """A co-handler the base holds nothing of (人行泉州市分行, no ask naming it) is asked for its part by gap_item.j2
    too (h100: it was spelt in code, a bureau's edit of the template left it unchanged), in the one ask's section (hd42c:
    not a section of its own), with the comment telling the clerk what to do with it."""
    template = loo_copy / "templates" / "wording" / "gap_item.j2"
    template.write_text(template.read_text("utf-8").replace("工作情况及数据", "工作开展情况和数据"), "utf-8")
    out = tmp_path / "part.docx"
    bank = "人行泉州市分行"
    result = CliRunner().invoke(cli, [
        "-w", str(loo_copy), "draft", "88", "关于加强科技人才工作的建议", "--deputy", "林永红", "--with", bank,
        "--session", "市十七届人大五次会议", "--date", "2026-05-20", "--text", "-", "-o", str(out)],
        input="一、加强科技人才引育。建议加大高层次人才团队引进力度。\n")
    assert result.exit_code == 0, result.output
    part = [p for p in read_draft(out) if f"【待{bank}" in p.text]
    assert [p.text for p in part] == [f"二是【待{bank}提供：加强科技人才工作方面的工作开展情况和数据（注明年份）】"]
    assert "未分出其承办的事项" in part[0].comments[0]


def test_a_co_handler_named_by_the_bureaus_own_gap_is_asked_under_it(loo_copy, tmp_path):
    """强化知识产权保护和运用 is 市市场监管局's field (other_fields), which does not co-handle: its section is the bureau's
    own placeholder naming that unit to consult, not a section put to another unit (h100: read as one, the co-handler
    市知识产权局 its ask names got a section of its own with a 小标题 to fill); the co-handler is asked under the ask."""
    out = tmp_path / "ip.docx"
    office = "市知识产权局"
    result = CliRunner().invoke(cli, [
        "-w", str(loo_copy), "draft", "1288", "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议",
        "--deputy", "林永红", "--session", "市十七届人大五次会议", "--type", "A", "--date", "2026-05-20",
        "--text", str(REPO / "examples" / "1288建议.txt"), "--with", office, "-o", str(out)])
    assert result.exit_code == 0, result.output
    heading, items = section(out, IP)
    assert [p.text for p in items][-1] == f"三是【待{office}提供：{IP}方面的工作情况及数据（注明年份）】"
    assert f"可商请{MARKET}提供" in items[0].text
    assert not any(p.text.startswith(f"（六）【待{office}") for p in read_draft(out))
