"""Drafts from a title alone (no --text) stay on the title's matter: an item (and so a section)
is about what the title asks for, not merely sharing a word such as 支持, 企业 or 科创 with it; a
short draft is fine when the base holds little on the matter; a section's heading says the facet
its item reports when the source heading does not fit it. On the whole demo base (every seed)."""

from __future__ import annotations

import re

import docx
import pytest
from click.testing import CliRunner
from helpers import TITLE_45, TITLE_1167, TITLE_1288, demo_list_items, part_one, part_two_texts, sections

from drafter.cli import cli


def title_only(root, tmp_path, number: str, title: str, *extra: str):
    out = tmp_path / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--deputy", "某某",
                                      "--date", "2026-05-20", "--type", "B", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


@pytest.fixture(scope="module")
def finance(seeded_root, tmp_path_factory):
    """Proposal 45 (科技金融 for 科创企业) and suggestion 1167 (科技金融服务体系) drafted by their titles
    alone, 市金融局 co-handling both as the demo list assigns them (its work in its part)."""
    tmp = tmp_path_factory.mktemp("finance")
    return (title_only(seeded_root, tmp, "45", TITLE_45, "--proposal", "--with", "市金融局"),
            title_only(seeded_root, tmp, "1167", TITLE_1167, "--with", "市金融局"))


def test_a_title_on_finance_gets_finance_only(finance):
    """The 45 draft was 6 sections and 7,800 characters: a 科创企业 paragraph with no finance (the 科创
    of the title's beneficiary), platforms (8485.55万元), 国潮 products (176项) — each sharing 支持, 企业 or
    科创 with the title. Now every item of part one says 金融, and the draft is short rather than filled."""
    for document in finance:
        found = sections(document)
        assert found, "no section"
        for heading, paragraphs in found.items():
            if heading.startswith("【待"):  # the co-handler's part (市金融局)
                continue
            assert paragraphs and all("金融" in p for p in paragraphs if not p.startswith("【待")), (heading, paragraphs)
        text = "\n".join(p.text for p in document.paragraphs)
        for off_topic in ("国潮", "8485.55", "培育壮大科创企业群体", "揭榜挂帅", "知识产权"):
            assert off_topic not in text, off_topic
        for item in part_two_texts(document):  # next steps: on finance, or the placeholder
            assert "金融" in item or item[3:].startswith("【待"), item


def test_near_identical_titles_report_the_same_facts(finance):
    """科技金融支持科创企业 and 科技金融服务体系: one matter, one answer (the 科创企业 the finance is for
    are no matter of 45's own)."""
    first, second = ({p[:40] for ps in sections(d).values() for p in ps if not p.startswith("【待")} for d in finance)
    assert first == second  # what each keeps of a fact follows its own title's words


def test_a_heading_says_the_facet_its_item_reports(finance):
    """The finance paragraph stood under its source's heading 推进科研体制机制改革; its own lead phrase
    (完善金融支持科技创新的政策和机制) heads it now, said once."""
    for document in finance:
        found = sections(document)
        assert "推进科研体制机制改革" not in found
        heading = next(h for h in found if "金融" in h)
        assert len(heading) <= 25 and not heading.endswith("。")
        assert not any(p.startswith(heading) for p in found[heading])


def test_other_narrow_titles_keep_to_their_matter(seeded_root, tmp_path):
    """The rule is the title's, whatever it is: on 知识产权 every item says 知识产权 (a training on it
    was under a heading on 智能制造 talents); on 专精特新 every item says 专精特新 (the 体制机制 and
    知识产权 sections, which said 企业 and 创新 only, are gone)."""
    for number, title, word in (("1203", "关于强化知识产权保护和运用的建议", "知识产权"),
                                ("1227", "关于支持专精特新企业创新发展的建议", "专精特新")):
        found = sections(title_only(seeded_root, tmp_path, number, title))
        assert found and "加强智能制造创新人才引育" not in found
        assert all(word in p for ps in found.values() for p in ps), (title, found)
        assert all(len(h) <= 25 and not h.endswith("。") for h in found)


def test_a_matter_the_base_does_not_hold_leaves_the_placeholder(seeded_root, tmp_path):
    """A title on a place and an industry the base never names (临邑县, 氢能): part one is its
    placeholder, not five sections of the bureau's other work."""
    document = title_only(seeded_root, tmp_path, "9001", "关于支持临邑县发展氢能产业的建议")
    assert sections(document) == {}
    assert any("【待补充：已开展的工作及成效" in p.text for p in document.paragraphs)


def test_a_broad_title_keeps_the_bureaus_work(seeded_root, tmp_path):
    """A title asking for the bureau's aim itself (科技创新与产业创新深度融合, 赋能…高质量发展) names no
    matter of its own: its draft keeps the work on it (the sections it had), not only what says 深度融合."""
    document = title_only(seeded_root, tmp_path, "1288", TITLE_1288)
    found = sections(document)
    assert len(found) >= 4 and sum(len(ps) >= 2 for ps in found.values()) >= 2
    assert any("智能制造" in h for h in found)


def test_every_batch_title_has_whole_headings_and_leads(seeded_root, tmp_path):
    """The 20 titles of examples/交办清单.xlsx drafted by their titles alone: every heading of part one
    is a phrase of at most 25 characters not ending in 。, and every next step opens with a whole lead
    phrase (at least four characters): never a slogan's fragment out of its frame (（二）【待更新：取自
    2025年计划】强主体。 of a source's 一是在强主体上下功夫)."""
    titles = demo_list_items()
    assert len(titles) == 20
    leads = []
    for number, title in titles:
        document = title_only(seeded_root, tmp_path, number, title)
        for heading in sections(document):
            assert 0 < len(heading) <= 25 and not heading.endswith("。"), (title, heading)
        for item in part_two_texts(document):
            text = re.sub(r"^（[一二三四五六]）|【待更新：[^】]*】", "", item)
            if text.startswith("【待"):
                continue
            lead = text.split("。")[0]
            leads.append(lead)
            assert 4 <= len(lead) <= 25 or "，" in lead, (title, item)
    assert leads


def test_a_slogans_word_keeps_its_frame_as_a_lead(loo, tmp_path):
    """The 2025 reply's next step 一是在强主体上下功夫。加强企业科技创新能力建设… (the 1288 title, broad,
    drafts it from the base without 003): its lead was cut to the fragment 强主体。; it keeps its frame,
    a whole phrase — said as going on, as last year's plan is this year (继续…: h81)."""
    document = title_only(loo, tmp_path, "1288", TITLE_1288)
    item = next(t for t in part_two_texts(document) if "强主体" in t)
    lead = re.sub(r"^（[一二三四五六]）|【待更新：[^】]*】", "", item).split("。")[0]
    assert lead == "继续在强主体上下功夫", item


def test_a_passing_mention_is_no_item_but_a_result_on_the_matter_is(seeded_root, tmp_path):
    """What a paragraph is about is what it opens with: under a title on 平台服务能力 the finance
    paragraph (its 对接整合平台 said in passing) and the patent-protection one are no items; a paragraph
    on platforms whose later clause reports 新认定市级新型研发机构27家 answers a title on 新型研发机构."""
    platforms = "\n".join(p.text for p in title_only(seeded_root, tmp_path, "1258", "关于提升科技创新平台服务能力的建议").paragraphs)
    assert "科技金融服务能力提升三年行动方案" not in platforms and "专利预审" not in platforms
    assert "技术转移转化数字化平台" in platforms  # what is on platforms stays
    institutes = part_one(title_only(seeded_root, tmp_path, "1189", "关于加强新型研发机构建设的建议"))
    assert any("新型研发机构27家" in p for p in institutes), institutes


def test_a_several_item_sections_heading_fits_each_of_its_items(seeded_root, tmp_path):
    """A title-only draft's section of several items keeps its source heading only over items it
    fits (:func:`~drafter.compose.select.fits`): 1103's （二）加强高质量科技成果供给 stood over a 人才
    item and a 揭榜挂帅 item, neither about 成果供给; each now heads its own section by its lead
    phrase. Over the 20 titles of examples/交办清单.xlsx, every section of two items or more has a
    heading each item fits (1288's broad title, no matter of its own, keeps its source sections)."""
    import openpyxl

    from helpers import REPO

    from drafter.compose.select import fits

    rows = list(openpyxl.load_workbook(REPO / "examples" / "交办清单.xlsx").active.iter_rows(values_only=True))
    titles = [(str(r[1]), r[2]) for r in rows if isinstance(r[1], int) and "深度融合" not in r[2]]
    assert len(titles) == 19
    several = 0
    for number, title in titles:
        extra = ("--with", "市税务局") if number == "1103" else ()
        found = sections(title_only(seeded_root, tmp_path, number, title, *extra))
        for heading, paragraphs in found.items():
            items = [re.sub(r"【待[^】]*】", "", p) for p in paragraphs]
            items = [p for p in items if p.strip("。；，")]
            if len(items) >= 2:
                several += 1
                assert all(fits(heading, p) for p in items), (title, heading, items)
        if number == "1103":
            assert "加强高质量科技成果供给" not in found or not any(
                "人才链" in p or "揭榜" in p for p in found["加强高质量科技成果供给"]), found
            assert "强化人才链对创新链的支撑作用" in found and "强化重大技术攻关支持" in found, found
    assert several >= 4
