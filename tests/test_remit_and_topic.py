"""Issue 8, the clerk's reading of the leave-one-out 1288 draft: a point that is another unit's
work asks that unit for its material in a highlighted placeholder (a higher authority's power: what
is done locally), or — where the workspace's remit.j2 says so — is said in one sentence marked
【待核实：职责分工】; the co-handler's section in the overview and in part two, and a short topic
instead of the whole title said again.

Read on the written drafts (their text, highlights and Word comments): the leave-one-out 1288
draft, drafts of the demo workspace with other --with units, and a 重庆 corpus draft from a
workspace that lists its own other units.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace

import docx
import pytest
from click.testing import CliRunner
from helpers import (ADOPTED, CORPUS, HAS_CORPUS, REPO, TEXT_1288, TITLE_1288, TITLE_1350, corpus_titles,
                     draft_1288, needs_corpus, owed_by_section, part_one, part_two_items, run_1288, seed_titles)

from drafter.cli import cli
from drafter.compose.asks import MIN_TOPIC, PURPOSE_CLAUSE, concern, short_topic, topic_purpose
from drafter.compose.remit import remit_of
from drafter.compose.reply import same_area
from drafter.workspace import load_workspace
from drafter.docx.read import read_draft

# a remit sentence (remit.j2 written in the sentence form), whoever it says acts
REMIT = re.compile(r"关于([^，。]+)事项，属([^，。]+?)(职责|事权)，[^。]*?配合做好相关工作。(【待核实：职责分工】)?")
# the default: another unit's field asks that unit; a higher authority's power asks what is done locally
ASKED = re.compile(r"【待([^】：]+)提供：([^】]+?)方面的工作情况及数据（注明年份）】")
# a point in the field of a unit not co-handling: the bureau's own gap, naming that unit as the one to consult
CONSULT = re.compile(r"【待补充：([^】]+?)方面的工作情况及数据（注明年份；可商请([^】（）]+)提供）】")
POWER = re.compile(r"【待(补充|[^】：]+提供)：([^】（]+)（([^】]+)事权）方面本地开展的工作】")
# remit.j2 in the one-sentence form a bureau may prefer (as its own comment gives it)
SENTENCE_FORM = (
    '关于{{ matters | join("、") }}事项，属{{ unit }}{% if higher %}事权，{{ part_of or self_name }}将积极向上反映，'
    '{{ self_name }}将配合做好相关工作。{% else %}职责，{{ self_name }}将积极配合做好相关工作。{% endif %}\n')


# --- the short topic ------------------------------------------------------------------------

def test_a_long_title_is_cut_before_its_purpose_clause():
    assert short_topic(TITLE_1288) == "推动科技创新与产业创新深度融合"
    assert short_topic(TITLE_1350) == "加快中试验证平台建设"
    assert short_topic("关于建设淄博市科技大市场助推我市高质量发展的建议") == "建设淄博市科技大市场"
    assert short_topic("关于加快建设创新平台为我市产业发展提供支撑的建议") == "加快建设创新平台"
    # 以…为…: a means, no purpose; a short title stays whole; too little before the purpose: whole
    assert short_topic("关于以科技创新驱动为核心推进我市传统产业转型升级的建议") == "以科技创新驱动为核心推进我市传统产业转型升级"
    assert short_topic("关于强化重庆企业科技创新的建议") == "强化重庆企业科技创新"
    assert short_topic("关于科技赋能乡村振兴促进山区农民持续增收致富的建议") == "科技赋能乡村振兴"  # 科技 is too little
    assert short_topic("关于科技赋能乡村振兴促进农民增收致富的建议") == "科技赋能乡村振兴促进农民增收致富"  # not long


def test_the_purpose_a_long_title_was_cut_before_is_what_the_overview_says_the_work_serves():
    """Part one's overview says the purpose clause short_topic cut off (h85: the overview read thin beside seed 003's,
    …赋能智能制造产业发展…助推我市智能制造产业高质量发展), a clause opening on a verb of purpose, in the title's words."""
    assert topic_purpose(TITLE_1288) == "赋能泉州制造产业高质量发展"
    assert topic_purpose(TITLE_1350) == "促进科技成果就地转化"
    assert topic_purpose("关于建设淄博市科技大市场助推我市高质量发展的建议") == "助推我市高质量发展"
    # no purpose verb (为…提供: said by none), a short title, a title cut at its first clause, a purpose with a figure
    assert topic_purpose("关于加快建设创新平台为我市产业发展提供支撑的建议") == ""
    assert topic_purpose("关于强化重庆企业科技创新的建议") == ""
    assert topic_purpose("关于加快建设区域科技创新中心和创新平台体系，推进科技成果就地转化和产业化的建议") == ""
    assert topic_purpose("关于加快建设科技创新平台体系赋能全市12条重点产业链发展的建议") == ""
    assert topic_purpose("关于加快建设科技创新平台体系赋能全市十大产业集群协同发展的建议") != ""


def test_every_seed_and_corpus_title_gives_a_topic_that_begins_it():
    titles = seed_titles() + (corpus_titles() if HAS_CORPUS else [])  # the corpus lies beside the clone
    assert len(titles) >= (8 if HAS_CORPUS else 2), titles
    for title in titles:
        topic, core = short_topic(title), concern(title)
        assert core.startswith(topic) and len(topic) >= min(MIN_TOPIC, len(core)), (title, topic)
        assert not re.search(r"^关于|的建议$|的提案$|[，、,]$", topic), topic
        if topic != core:  # cut only before a purpose clause
            assert PURPOSE_CLAUSE.match(core[len(topic):].lstrip("，,")), (title, topic)


# --- the leave-one-out 1288 draft -------------------------------------------------------------

def test_the_lead_ins_say_the_short_topic_and_the_overview_claims_no_joint_work_it_lacks(loo_draft):
    document = docx.Document(loo_draft)
    overview = part_one(document)[0]
    assert overview == ("近年来，我局立足工作职责，围绕科技创新与产业创新深度融合积极开展工作，赋能我市制造产业高质量发展，"
                        "主要做法和成效如下："), overview
    lead = next(p.text for p in document.paragraphs if p.text.startswith("根据您的建议"))
    assert lead == "根据您的建议，下一步我局将继续推动科技创新与产业创新深度融合，重点做好以下工作："
    body = "\n".join(p.text for p in document.paragraphs)
    assert body.count("赋能泉州制造产业高质量发展") == 1  # in the quoted title 《…》 only


def test_part_two_has_no_item_for_the_co_handlers_section(loo_draft):
    """Part one asks 市市场监管局 for its 知识产权 part; part two asks it for no next steps the base does
    not hold (the real reply's part two has no 知识产权 item): the bureau's four items alone."""
    document = docx.Document(loo_draft)
    items = part_two_items(document.paragraphs)
    assert len(items) == 4 and not any("知识产权" in p.text or "提供" in p.text for p in items), [p.text for p in items]


def test_a_point_in_another_units_field_names_that_unit_to_consult(loo_draft):
    """The default remit.j2: 企业技术中心 (ask 二, 市工业和信息化局's field, a unit not co-handling the item) is
    the bureau's own gap naming that unit as the one to consult — a reply asks no unit that does not co-handle
    for material; 专利审查和确权 (ask 五, a national power) inside the co-handler's part asks the co-handler
    what is done locally, naming whose power it is. Highlighted, commented with the list they come
    from; no sentence declines them, no 【待核实：职责分工】."""
    paras = read_draft(loo_draft)
    cut = next(k for k, p in enumerate(paras) if p.text.startswith("二、"))
    one = paras[:cut]
    # (the co-handler's own points are its section's items: no remit, asked as its part)
    ip = one.index(next(p for p in one if p.text.endswith("强化知识产权保护和运用")))
    assert not [m.group() for p in one[:ip] for m in ASKED.finditer(p.text)]
    asked = [(p, m) for p in one[:ip] for m in CONSULT.finditer(p.text)]
    assert [m.group(2, 1) for _, m in asked] == [("市工业和信息化局", "企业技术中心")], [m.group() for _, m in asked]
    platforms = asked[0][0]
    assert re.match("[一二三四]是", platforms.text)  # after the bureau's own item, in its run of text
    powers = [(p, m) for p in one for m in POWER.finditer(p.text)]
    assert [m.group(1, 2, 3) for _, m in powers] == [("市市场监管局提供", "专利审查和确权", "国家知识产权局")]
    patent = powers[0][0]
    assert patent.text.startswith("二是【待市市场监管局提供：专利审查和确权")  # after the unit's own points
    for p, m in [*asked, *powers]:
        runs = [r for r in p.runs if r.text == m.group()]
        assert runs and all(r.highlight for r in runs), p.runs
    assert "建议所提“企业技术中心”属市工业和信息化局职责，该单位不是本件的会办单位" in " ".join(platforms.comments)
    # an ask left unanswered is a defect: the co-handler whose part it stands in is asked first, never "delete it"
    assert "待补充本地开展的工作：请商请市市场监管局提供（或自行写明）" in " ".join(patent.comments)
    assert "一并确认" not in " ".join(patent.comments)  # (cm57: whom to ask said once)
    assert "可删去" not in " ".join(patent.comments) and "不宜删去此项" in " ".join(patent.comments)
    assert "建议所提“加快专利审查和确权”属国家知识产权局事权" in " ".join(patent.comments)
    text = "\n".join(p.text for p in paras)
    assert not REMIT.search(text) and "职责分工" not in text and "积极向上反映" not in text
    # the points leave the bureau's own placeholders; the co-handler's lists its others
    holes = [h for p in paras for h in re.findall(r"【待补充：[^】]*】", p.text) if not CONSULT.fullmatch(h)]
    assert not [h for h in holes if "企业技术中心" in h or "专利审查" in h], holes
    assert [p.text for p in one[ip + 1:ip + 2]] == [
        "一是【待市市场监管局提供：加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份）】"]
    # the bureau's own point is asked for once, in part one, on its section's heading (the clerk adds its next step there too)
    asks = [(n, h) for n, p in enumerate(paras) for h in re.findall(r"【待[^】]*】", p.text + "".join(n.text for n in p.notes))
            if "推动平台与产业集群精准对接" in h]
    assert len(asks) == 1 and asks[0][0] < cut and "工作情况" in asks[0][1], asks
    # asked once in the whole draft
    assert text.count("企业技术中心方面") == 1 and text.count("（国家知识产权局事权）") == 1


def test_a_workspace_remit_template_in_the_sentence_form_says_whose_work_it_is(loo_copy, tmp_path):
    """A bureau that prefers one sentence writes it in its remit.j2: each point is then said to be the
    unit's work, ending in a highlighted 【待核实：职责分工】 sharing the sentence's comment, and the
    warning says so; no placeholder asks the unit."""
    (loo_copy / "templates" / "wording" / "remit.j2").write_text(SENTENCE_FORM, "utf-8")
    config = loo_copy / "drafter.yaml"  # the class's closing (draft.closing: status), not the bureau's thanks alone
    config.write_text(config.read_text("utf-8").replace("closing: auto", "closing: status"), "utf-8")
    out = tmp_path / "sentence.docx"
    result = run_1288(loo_copy, out, "--type", "A")
    assert "建议所提企业技术中心属市工业和信息化局职责（按本局设置的名单），答复中已用一句话写明，请核实" in result.output
    paras = read_draft(out)
    found = [(p, m) for p in paras for m in REMIT.finditer(p.text)]
    said = {m.group(1): (m.group(2), m.group(3)) for _, m in found}
    assert said == {"企业技术中心": ("市工业和信息化局", "职责"), "专利审查和确权": ("国家知识产权局", "事权")}, said
    for p, m in found:
        assert not re.search(r"\d", m.group()), m.group()
        assert m.group(4) == "【待核实：职责分工】", m.group()
        notes = [c for c in p.comments if "此句写明建议所提" in c]
        assert notes and "请核实职责分工" in notes[0]
        marks = [r for r in p.runs if r.text == "【待核实：职责分工】"]
        assert marks and all(r.highlight for r in marks), p.runs
    patent = next(p for p, m in found if m.group(1) == "专利审查和确权")
    assert "市市场监管局将积极向上反映，我局将配合做好相关工作。" in patent.text  # the co-handler's part
    text = "\n".join(p.text for p in paras)
    # the co-handler's own points stay asked for, as its section's items (gap_item.j2, not remit.j2)
    assert [m.group(1, 2) for m in ASKED.finditer(text)] == [
        ("市市场监管局", "加大知识产权维权援助力度、推动专利转化运用和质押融资")] and not POWER.search(text)
    # a remit left in the body: the A-class closing claims no problem solved
    assert "所提问题已基本解决" not in text and ADOPTED.search(text)


def test_a_co_handler_whose_field_it_is_is_asked_not_declined(loo, tmp_path):
    """--with 市工业和信息化局 as well: 企业技术中心 is that co-handler's field, asked for its part —
    it stays among the points owed (named on its section's heading), no sentence hands it over; the national
    power is still said."""
    out = tmp_path / "co.docx"
    draft_1288(loo, out, "--with", "市工业和信息化局")
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "待市工业和信息化局提供：企业技术中心" not in text and "属市工业和信息化局职责" not in text
    assert any("企业技术中心" in o for o in owed_by_section(out).values()), owed_by_section(out)
    assert [m.group(2, 3) for m in POWER.finditer(text)] == [("专利审查和确权", "国家知识产权局")]


def test_without_the_lists_nothing_is_handed_over(loo, tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(loo, root, ignore=shutil.ignore_patterns(".drafter"))
    config = (root / "drafter.yaml").read_text("utf-8")
    (root / "drafter.yaml").write_text(re.sub(r"\nhigher_powers:\n(?:  .*\n)+", "\n",
                                              config.replace("  市工业和信息化局: [企业技术中心, 技术改造, 工业互联网]\n", "")),
                                       "utf-8")
    out = tmp_path / "plain.docx"
    draft_1288(root, out)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert not REMIT.search(text) and not POWER.search(text) and "待市工业和信息化局提供" not in text
    assert any("企业技术中心" in o for o in owed_by_section(out).values())  # owed, named on its heading
    assert "加快专利审查和确权" in text  # listed in the co-handler's placeholder again


def test_a_malformed_higher_powers_list_is_a_one_line_error(loo, tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(loo, root, ignore=shutil.ignore_patterns(".drafter"))
    config = (root / "drafter.yaml").read_text("utf-8")
    (root / "drafter.yaml").write_text(config.replace("  国家知识产权局: [专利审查, 专利确权]", "  国家知识产权局: 专利审查"), "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--text", str(TEXT_1288), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code != 0
    assert "drafter.yaml" in result.output and "higher_powers" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1, result.output


# --- another bureau ---------------------------------------------------------------------------

POINTS_0219 = """关于推动科技成果转移转化、加强成渝一体化科技创新支撑作用的建议

一是共同开展重大科技攻关，推动川渝两地合作攻关与科研设施开放共享。
二是共建成渝科技成果转移转化平台，加强技术转移机构、技术经理人队伍、企业技术改造服务机构等建设。
三是完善重庆市科技成果转化政策，深化职务科技成果赋权改革，加快专利审查和确权。
"""


@needs_corpus
def test_a_chongqing_draft_says_whose_work_its_points_are(tmp_path):
    """The 重庆 bureau's workspace lists its own other units (市经济信息委: 技术改造) and a national
    power: its draft of 0219 (from the other four documents, a text this test wrote) asks the unit
    for its material and the local work on the national power, and keeps the title whole (no
    purpose clause to cut)."""
    from helpers import CHONGQING, DRAFTED_ON, labels, suggestion_title

    from drafter.distill import distill_paths
    from drafter.workspace import load_workspace

    root = tmp_path / "cq"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        CHONGQING + "other_fields:\n  市经济信息委: [企业技术中心, 技术改造]\n"
        "higher_powers:\n  国家知识产权局: [专利审查, 专利确权]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    rows = labels()
    assert distill_paths(load_workspace(root), [CORPUS / r["file"] for n, r in rows.items() if n != "01"]).ok
    text = tmp_path / "0219.txt"
    text.write_text(POINTS_0219, "utf-8")
    row, out = rows["01"], tmp_path / "0219.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", row["item_number"], suggestion_title(CORPUS / row["file"]),
        "--deputy", row["deputy"], "--session", row["session"], "--date", DRAFTED_ON["01"],
        "--text", str(text), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "属国家知识产权局事权（按本局设置的名单），答复中已留待补充本地开展的工作\n" in result.output
    assert "属市经济信息委职责（按本局设置的名单），答复中已留作待补充项，可商请市经济信息委提供" in result.output
    paras = read_draft(out)
    text = "\n".join(p.text for p in paras)
    assert [m.group(2, 1) for m in CONSULT.finditer(text)] == [("市经济信息委", "企业技术改造服务机构")], text
    assert [m.group(1, 2, 3) for m in POWER.finditer(text)] == [("补充", "专利审查和确权", "国家知识产权局")], text
    holes = "".join(h for h in re.findall(r"【待补充：[^】]*】", text) if not POWER.match(h) and not CONSULT.match(h))
    assert "技术改造" not in holes and "专利审查" not in holes
    overview = part_one(docx.Document(out))[0]
    assert overview.startswith("近年来，我局立足工作职责，围绕推动科技成果转移转化、加强成渝一体化科技创新支撑作用积极开展工作")


def test_the_1350_overview_says_its_short_topic_once(quick_start_1350):
    """1350 (加快中试验证平台建设促进科技成果就地转化): the topic cut before 促进… is its first ask's
    area itself; the overview says it once and does not list the headings that follow; the purpose clause cut off
    is what the work serves (h85: the overview read thin beside the real reply's)."""
    overview = part_one(docx.Document(quick_start_1350))[0]
    assert overview == "近年来，我局立足工作职责，围绕中试验证平台建设积极开展工作，促进科技成果就地转化，主要做法和成效如下：", overview


def test_an_ask_wholly_in_another_units_field_names_that_unit_to_consult(loo, tmp_path):
    """Without --with, the 知识产权 ask (市市场监管局's field, a unit not co-handling): its section is the
    bureau's own gap naming that unit to consult (its points listed; the national power's local work the
    bureau's gap too) — a reply asks no unit that is not 会办 (h85) —, the warning tells the clerk it may ask
    that unit, and part two has no item on that ask (no unit's
    next steps the base does not hold); the bureau's overview does not say it co-handled."""
    out = tmp_path / "alone.docx"
    result = run_1288(loo, out, "--type", "A", with_=())
    assert "“强化知识产权保护和运用”属市市场监管局的职责范围（按本局设置的其他单位职责名单），已留作待补充项，可商请市市场监管局提供" \
        in result.output
    paras = read_draft(out)
    at = next(k for k, p in enumerate(paras) if p.text == "（五）强化知识产权保护和运用")
    items = paras[at + 1:at + 3]
    assert [p.text for p in items] == [
        "一是【待补充：加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份；可商请市市场监管局提供）】",
        "二是【待补充：专利审查和确权（国家知识产权局事权）方面本地开展的工作】"], [p.text for p in items]
    assert "待市市场监管局提供" not in "\n".join(p.text for p in paras)
    assert all(r.highlight for p in items for r in p.runs if r.text.strip() and not r.text.endswith("是"))
    text = "\n".join(p.text for p in paras)
    assert not REMIT.search(text) and "会同市市场监管局" not in text
    items = [p.text for p in part_two_items(docx.Document(out).paragraphs)]
    assert len(items) == 4 and not any("知识产权" in t or "提供" in t for t in items), items
    assert "所提问题已基本解决" not in text  # class A, parts still to come: no problem claimed solved


def test_a_co_handler_with_no_section_is_asked_for_its_part_in_part_one_only(loo, tmp_path):
    """--with 市财政局, whose field no ask is in: part one ends in its part's placeholder; part two asks
    neither it nor the 知识产权 ask's unit for next steps the base does not hold."""
    out = tmp_path / "fin.docx"
    run_1288(loo, out, with_=("市财政局",), session=None)
    document = docx.Document(out)
    assert part_one(document)[-1] == "【待市财政局提供：市财政局承办部分的工作情况及数据（注明年份）】"
    # its part is a section of its own after the bureau's (not a paragraph under the 知识产权 heading)
    heading = co_section_heading(document, "市财政局")
    assert heading.text.startswith("（六）") and part_one(document)[-3].startswith("二是【待补充：专利审查和确权")
    items = [p.text for p in part_two_items(document.paragraphs)]
    assert len(items) == 4 and not any("提供" in t for t in items), items


def co_section_heading(document, unit: str):
    """Part one's last section heading, checked to be ``unit``'s section with no heading of its own
    (a highlighted placeholder, in the other headings' style) right before its part's placeholder."""
    paras = [p for p in document.paragraphs]
    cut = next(k for k, p in enumerate(paras) if p.text.startswith("二、"))
    heads = [p for p in paras[:cut] if re.match(r"（[一二三四五六]）", p.text)]
    last = heads[-1]
    assert last.text.endswith(f"）【待{unit}提供：小标题】"), last.text
    assert last.style.name == heads[0].style.name and len({p.style.name for p in heads}) == 1
    assert any(r.text == f"【待{unit}提供：小标题】" and r.font.highlight_color for r in last.runs)
    assert paras[cut - 2] is last and paras[cut - 1].text == f"【待{unit}提供：{unit}承办部分的工作情况及数据（注明年份）】"
    assert [h.text[:3] for h in heads] == [f"（{'一二三四五六'[k]}）" for k in range(len(heads))]
    return last


def test_a_co_handler_s_part_the_base_lacks_is_a_section_of_its_own(whole_1288, loo_copy, tmp_path):
    """A co-handler's part the base lacks (市财政局's) is its own section after the bureau's, in the
    inline heading form too. The whole base holds 市市场监管局's own result on a point of the 知识产权
    ask (预审提速+价值评估…1119份, on 质押融资): it stands there, named, and that unit's part is asked
    for no more (issue 8: a placeholder for its part unless the base holds its facts on the topic)."""
    whole = part_one(docx.Document(whole_1288))
    assert any("市市场监管局推出" in p for p in whole) and not any("【待市市场监管局提供" in p for p in whole)
    config = (loo_copy / "drafter.yaml").read_text("utf-8")
    assert "headings: separate" in config
    (loo_copy / "drafter.yaml").write_text(config.replace("headings: separate", "headings: inline"), "utf-8")
    out = tmp_path / "inline.docx"
    run_1288(loo_copy, out, with_=("市财政局",), session=None)
    assert part_one(docx.Document(out))[-1] == ("（六）【待市财政局提供：小标题】。"
                                                "【待市财政局提供：市财政局承办部分的工作情况及数据（注明年份）】")


@pytest.mark.parametrize("count", ["1000件以上", "一千件"])
def test_a_remit_states_no_figure_the_deputy_wrote(loo, tmp_path, count):
    """A point that names a count (每年完成专利确权1000件以上, or in Chinese numerals 一千件) in a higher
    authority's power: the placeholder names the power by its field word (专利确权), never the
    deputy's figure; inside the co-handler's part it asks that unit."""
    text = ("一、加强科技人才引育。引进高层次人才团队。\n"
            f"二、强化知识产权保护和运用。每年完成专利确权{count}，推动专利转化运用和质押融资。\n")
    path = tmp_path / "t.txt"
    path.write_text(text, "utf-8")
    out = tmp_path / "fig.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "77", "关于加强科技人才和知识产权工作的建议", "--deputy", "某某",
                                      "--with", "市市场监管局", "--date", "2026-05-20", "--text", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    said = [m.group() for p in read_draft(out) for m in POWER.finditer(p.text)]
    assert said == ["【待市市场监管局提供：专利确权（国家知识产权局事权）方面本地开展的工作】"], said
    assert f"建议所提每年完成专利确权{count}属国家知识产权局事权（按本局设置的名单），答复中已留待补充本地开展的工作，" \
        "请市市场监管局在承办部分中一并提供" in result.output


def test_a_short_field_word_hands_over_only_the_points_own_matter(loo):
    """A two-character field word (确权, 专利, 就业) names a point only as its own matter: 推进职务科技成果确权
    is the bureau's (成果's 确权), 加快专利审查和确权 and 推动专利转化运用 are the listed units'."""
    ws = load_workspace(loo)
    ws = replace(ws, higher_powers={"国家知识产权局": ["专利审查", "确权"]},
                 other_fields={"市市场监管局": ["专利", "商标"], "市人力资源和社会保障局": ["就业"]})
    assert remit_of("推进职务科技成果确权", ws, []) is None
    assert remit_of("稳定高校毕业生就业", ws, []) is None
    assert remit_of("加快专利审查和确权", ws, [])[:2] == ("国家知识产权局", True)
    assert remit_of("完善商标和确权", ws, [])[:2] == ("国家知识产权局", True)  # after 和: a matter of its own
    assert remit_of("推动专利转化运用", ws, []) == ("市市场监管局", False, "专利")
    assert remit_of("推动专利转化运用", ws, ["市场监管局"]) is None  # a co-handler's field: asked for its part
    assert remit_of("促进就业", ws, []) == ("市人力资源和社会保障局", False, "就业")


def test_the_overview_leaves_out_only_the_topics_own_area():
    """The overview does not list again the topic's own area (中试验证平台建设 of 加快中试验证平台建设),
    but an area merely inside the topic's words names another matter and stays."""
    assert same_area("中试验证平台建设", "加快中试验证平台建设") and same_area("加快中试验证平台建设", "加快中试验证平台建设")
    assert not same_area("平台建设", "加快中试验证平台建设") and not same_area("中试验证", "加快中试验证平台建设")


def test_an_ask_handed_to_another_unit_gets_no_plan_of_the_bureaus(seeded_root, tmp_path):
    """An ask in 市工业和信息化局's field the base holds no results on (企业技术改造和工业互联网应用):
    part one leaves it the bureau's gap naming that unit to consult; part two neither asks it for next steps the base does not
    hold nor promises a plan of the bureau's own on it (the base's plans naming 工业互联网 talent stay
    out); class A claims no problem solved while that part is still to come."""
    text = tmp_path / "t.txt"
    text.write_text("一、加快中试验证平台建设。建议加大中试验证平台支持力度。\n"
                    "二、推进企业技术改造和工业互联网应用。建议支持企业开展技术改造。\n", "utf-8")
    out = tmp_path / "ti.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(seeded_root), "draft", "99", "关于加快中试验证平台建设的建议", "--deputy", "某某", "--type", "A",
        "--date", "2026-05-20", "--text", str(text), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    one = part_one(document)
    assert one[-2:] == ["（二）推进企业技术改造和工业互联网应用",  # its one point: one item, unnumbered
                        "【待补充：支持企业开展技术改造方面的工作情况及数据（注明年份；可商请市工业和信息化局提供）】"], one
    items = [p.text for p in part_two_items(document.paragraphs)]
    assert len(items) == 1 and items[0].startswith("持续加快中试验证平台建设。"), items  # (one item: no （一）)
    assert not any("工业互联网" in t or "提供" in t for t in items), items
    body = "\n".join(p.text for p in document.paragraphs)
    assert "所提问题已基本解决" not in body


def test_part_two_asks_no_unit_part_one_did_not_ask_for_the_ask(whole_base_alone):
    """The whole base, no --with: the 知识产权 section holds the base's results (市市场监管局's among
    them, named), so part one asks no unit for that ask as a whole; part two, with no plan on it,
    asks nothing of 市市场监管局, which nobody asked for its steps — but the ask is in that unit's field
    (drafter.yaml), so its item is the bureau's mark naming it to consult, never the ask as the bureau's
    step (hx71b2: the real reply 泉科函〔2026〕102号's part two has no 知识产权 item)."""
    items = [p.text for p in part_two_items(docx.Document(whole_base_alone).paragraphs)]
    ip = [t for t in items if "知识产权保护和运用" in t]
    assert ip == ["（五）【待补充：强化知识产权保护和运用方面的下一步举措（可商请市市场监管局提供）】"], items
    assert not any("待市市场监管局提供" in t for t in items)


@pytest.fixture
def whole_base_alone(seeded_root, tmp_path):
    out = tmp_path / "alone.docx"
    run_1288(seeded_root, out, "--type", "A", with_=())
    return out
