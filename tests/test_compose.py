"""Selection rules, wording templates and reply blocks, on hand-made facts (no Word, no disk index)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil

import pytest

from helpers import REPO, TITLE_1288

from drafter.compose.reply import check_suggestion, class_status, compose_reply, fact_text
from drafter.compose.select import Item, bigrams, section_heading, select_facts, strip_ordinal, topic_query
from drafter.compose.suggestion import Suggestion
from drafter.compose.wording import Wording
from drafter.errors import DrafterError
from drafter.grammar import closing_status
from drafter.model import Fact, Figure, Period, SourceMeta
from drafter.reply import BODY, CC, CLASS_MARK, HEADING2, LEAD, OPENING, PLACEHOLDER, STALE, TITLE
from drafter.workspace import load_workspace

TODAY = dt.date(2026, 5, 20)
TOPIC = TITLE_1288


class BigramIndex:
    """FactIndex's interface with a transparent score (shared bigrams), so each rule is tested alone."""

    def __init__(self, sources, facts):
        self.sources = {s.id: s for s in sources}
        self.facts = {f.id: f for f in facts}
        self.parent_headings = {}
        for f in facts:
            self.parent_headings.setdefault(f.source_id, set()).update(f.section[:-1])

    def source_of(self, fact):
        return self.sources.get(fact.source_id)

    def facts_of(self, source_id):
        return [f for f in self.facts.values() if f.source_id == source_id]

    def last_facts(self):
        return list({f.source_id: f for f in self.facts.values()}.values())

    def search(self, query, limit=10, kinds=None, include_superseded=False):
        wanted = bigrams(query)
        hits = [(f, float(len(wanted & bigrams(f.text)))) for f in self.facts.values()
                if (kinds is None or f.kind in kinds) and (include_superseded or not f.superseded_by)]
        hits = [h for h in hits if h[1] > 0]
        hits.sort(key=lambda h: (-h[1], h[0].id))
        return hits[:limit]


def src(id_, kind="reply", place="泉州市", date="2025-05-20", **kw):
    return SourceMeta(id=id_, path=f"seeds/{id_}.txt", sha256=id_, kind=kind, jurisdiction=place,
                      date=date, **kw)


def fact(id_, text, *, kind="done", year=2025, place="泉州市", source="city", section=(),
         figures=(), **kw):
    return Fact(id=id_, text=text, kind=kind, period=Period(year, "text"), jurisdiction=place,
                source_id=source, section=list(section), paragraph=7, figures=list(figures), **kw)


SOURCES = [
    src("city", number="泉科函〔2025〕81号"),
    src("area", kind="work_report", place="鲤城区", date="2025-01-10", title="鲤城区科技局工作总结"),
    src("old", kind="work_report", date="2017-02-15", number="泉科〔2017〕28号"),
    src("xm", kind="news", place="厦门市", date="2025-02-17", title="科技创新引领 闯出“厦门路径”"),
]
H_SUBJECT = "一、大力培育科技创新主体，推动创新主体“提能”“扩面”"
H_PLATFORM = "二、加快整合提升科技平台，加强高能级科创平台建设"
H_TRANSFER = "三、加强高质量科技成果供给，推动科技创新与产业创新深度融合"
FACTS = [
    fact("c-sme", "三是强化创新体系培育。推动科技创新与产业创新深度融合，全市培育科技型中小企业1614家。",
         section=[H_SUBJECT], figures=[Figure(1614, "家", "1614家", "科技型中小企业")]),
    fact("c-hte", "一是强化专项扶持政策引领。支持科技型企业创新，推动产业创新，兑现高企认定奖补资金1.17亿元。",
         section=[H_SUBJECT], figures=[Figure(1.17, "元", "1.17亿元", "高企认定奖补资金", "亿")]),
    fact("c-plat", "一是大力引建高能级平台。推动科技创新平台赋能制造产业，高能级创新平台累计达30家。",
         section=[H_PLATFORM], figures=[Figure(30, "家", "30家", "高能级创新平台")]),
    fact("c-plat-old", "高能级创新平台累计达25家，推动科技创新平台赋能制造产业。", year=2024,
         section=[H_PLATFORM], figures=[Figure(25, "家", "25家", "高能级创新平台")]),
    fact("c-trans", "二是强化重大技术攻关，推动科技创新与产业创新深度融合，立项补助金额达1600万元。",
         section=[H_TRANSFER], figures=[Figure(1600, "元", "1600万元", "立项补助金额", "万")]),
    fact("c-problem", "科技创新与产业创新深度融合仍存在短板，制造产业研发投入不足。", kind="problem",
         section=[H_TRANSFER]),
    fact("c-superseded", "推动科技创新与产业创新深度融合，制造产业高质量发展取得新成效。",
         section=[H_TRANSFER], superseded_by="c-trans"),
    fact("c-party", "落实党建工作，扎实开展党纪学习教育。", section=["五、其他工作"]),
    fact("a-rd", "一是提升研发投入水平。经核定，2023年我区科技创新研发经费5.34亿元，全区制造产业创新加快。",
         place="鲤城区", source="area", year=2024,
         section=["一、2024年工作完成情况", "（一）聚焦创新企业主体，激发科技创新发展内生力"],
         figures=[Figure(5.34, "元", "5.34亿元", "研发经费", "亿", 2023)]),
    fact("a-intro", "区科技局聚焦科技创新与产业创新，全面实施专项行动。", place="鲤城区", source="area",
         year=2024, kind="context", section=["一、2024年工作完成情况"]),
    fact("o-2016", "2016年全市科技创新与产业创新融合发展，新增高新技术企业120家。", year=2016,
         source="old", section=["(二)科技引领产业转型升级成效明显"],
         figures=[Figure(120, "家", "120家", "新增高新技术企业")]),
    fact("x-news", "厦门推动科技创新和产业创新深度融合，出台12条举措赋能制造产业。", place="厦门市",
         source="xm", section=["背景"], figures=[Figure(12, "条", "12条", "举措")], external=True),
    fact("p-city", "一是在强主体上下功夫。推动科技创新和产业创新深度融合，强化企业科技创新主体地位。",
         kind="plan", section=["下一步"]),
    fact("p-area", "二是推动我区科技创新和产业创新深度融合，编制科技创新专项规划。", kind="plan",
         place="鲤城区", source="area", section=["二、2025年工作计划"]),
    fact("p-old", "2017年推动科技创新和产业创新深度融合，建设自主创新示范区。", kind="plan", year=2017,
         source="old", section=["二、2017年工作安排"]),
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    root = tmp_path_factory.mktemp("ws")
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates" / "wording", root / "templates" / "wording")
    return load_workspace(root)


def suggestion(**kw):
    base = dict(number="1288", title=TOPIC, deputy="林永红", session="市十七届人大五次会议",
                reply_class="A")
    base.update(kw)
    return Suggestion(**base)


def chosen_ids(selection):
    return [i.fact.id for s in selection.sections for i in s.items]


# --- selection -------------------------------------------------------------------------------

def test_topic_query_drops_framing_and_own_place_names(ws):
    query = topic_query(TOPIC, ws)
    assert "关于" not in query and "建议" not in query and "泉州" not in query
    assert "科技创新" in query and "制造产业高质量发展" in query


def test_strip_ordinal_keeps_leading_figures():
    assert strip_ordinal("三是强化创新体系培育") == "强化创新体系培育"
    assert strip_ordinal("（一）加强研发") == "加强研发"
    assert strip_ordinal("(二)科技引领") == "科技引领"
    assert strip_ordinal("2.持续推进") == "持续推进"
    assert strip_ordinal("1.17亿元奖补") == "1.17亿元奖补"


def test_selection_keeps_own_fresh_relevant_done_facts(ws):
    sel = select_facts(BigramIndex(SOURCES, FACTS), suggestion(), ws, TODAY)
    ids = chosen_ids(sel)
    assert {"c-sme", "c-hte", "c-plat", "c-trans"} <= set(ids)
    assert "a-rd" not in ids  # a district's result alone never makes a section of the city's
    assert "x-news" not in ids  # another city's fact is never ours
    assert "c-problem" not in ids and "c-superseded" not in ids
    assert "c-party" not in ids  # unrelated topic
    assert "o-2016" not in ids  # fresh facts fill the frame: the 2016 fact stays out
    assert "c-plat-old" not in ids  # the newer value of the same measure wins


def test_sections_are_grouped_by_source_heading_without_ordinal(ws):
    sel = select_facts(BigramIndex(SOURCES, FACTS), suggestion(), ws, TODAY)
    headings = [s.heading for s in sel.sections]
    assert "大力培育科技创新主体" in headings  # the source heading's first phrase, no ordinal
    assert all(len(h) <= 25 and not re.search("[，。]", h) for h in headings if h)
    # a part heading with sub-headings (一、2024年工作完成情况) is never a section heading
    assert not any("2024年工作完成情况" in (h or "") for h in headings)
    subject = next(s for s in sel.sections if s.heading.startswith("大力培育"))
    assert {i.fact.id for i in subject.items} == {"c-sme", "c-hte"}
    assert 3 <= len(sel.sections) <= 6


@pytest.mark.parametrize("section,expected", [
    (["一、基本情况"], None),
    (["基本情况", "（三）推进高效率成果转化"], "推进高效率成果转化"),
    (["（二）2024年工作完成情况"], None),
    (["三、主要做法及成效"], None),
    (["一、加强科技平台建设，推动成果转化"], "加强科技平台建设，推动成果转化"),
    (["（一）工作成效显著的高企培育"], "工作成效显著的高企培育"),
])
def test_a_heading_that_only_names_a_part_is_not_a_section_heading(section, expected):
    assert section_heading(fact("h", "某事实。", section=section), set()) == expected


def test_an_overview_fact_opens_part_one(ws):
    city = fact("c-intro", "近年来，我市推动科技创新与产业创新深度融合，赋能制造产业高质量发展。", kind="context")
    sel = select_facts(BigramIndex(SOURCES, [*FACTS, city]), suggestion(), ws, TODAY)
    assert sel.overview is not None and sel.overview.fact.id == "c-intro"  # context, no topical heading
    assert "c-intro" not in {i.fact.id for s in sel.sections for i in s.items}
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [*FACTS, city]), TODAY)
    kinds = [b.kind for b in reply.blocks]
    first = reply.blocks[kinds.index("heading1") + 1]
    assert [c.fact_id for c in first.citations] == ["c-intro"]
    assert first.text == "近年来，我市推动科技创新与产业创新深度融合，赋能制造产业高质量发展。"
    # a district's overview (鲤城区 a-intro) never opens the city's reply: the template's lead-in does
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, FACTS), TODAY)
    first = reply.blocks[[b.kind for b in reply.blocks].index("heading1") + 1]
    assert not first.citations and first.text.endswith("如下：")
    assert first.text.startswith("近年来，我局立足工作职责，围绕科技创新与产业创新深度融合积极开展工作")  # the title before its purpose clause (赋能…)
    assert "a-intro" not in reply.facts_used


def test_a_district_fact_is_an_example_after_the_citys_items_naming_the_district(ws):
    city = fact("c1", "一是提升研发投入水平。推动科技创新与产业创新深度融合，全市研发经费增长较快。",
                section=["（一）聚焦创新企业主体，激发科技创新发展内生力"])
    area = FACTS[[f.id for f in FACTS].index("a-rd")]
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [area, city]), TODAY)
    items = [b for b in reply.blocks if b.citations and b.kind == BODY]
    assert [b.citations[0].fact_id for b in items] == ["c1", "a-rd"]
    assert items[1].text.startswith("二是鲤城区提升研发投入水平。") and "我区" not in items[1].text


def test_plans_come_from_own_jurisdiction_and_fresh_sources(ws):
    sel = select_facts(BigramIndex(SOURCES, FACTS), suggestion(), ws, TODAY)
    assert [p.fact.id for p in sel.plans] == ["p-city"]


def test_old_fact_fills_an_empty_frame_and_is_flagged_stale(ws):
    """A fact past the freshness window fills an empty frame flagged; one more than max_age
    years old (2016 in a 2026 reply) never does: part one keeps its placeholder, noted."""
    facts = [f for f in FACTS if f.id in ("o-2016", "c-party")]
    then = dt.date(2016 + ws.max_age, 5, 20)
    sel = select_facts(BigramIndex(SOURCES, facts), suggestion(), ws, then)
    items = [i for s in sel.sections for i in s.items]
    assert [i.fact.id for i in items] == ["o-2016"] and items[0].stale
    assert sel.warnings
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, facts), then)
    stale = [s for b in reply.blocks for s in b.spans if s.kind == STALE]
    assert [s.text for s in stale] == ["2016年", "120家"]  # its year stated, highlighted as its figure
    assert "2016" in stale[1].note and "请核实" in stale[1].note and stale[0].note == stale[1].note

    later = dt.date(2016 + ws.max_age + 1, 5, 20)
    assert select_facts(BigramIndex(SOURCES, facts), suggestion(), ws, later).sections == []
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, facts), later)
    # (part two's lead-in over no work is a promise to confirm, highlighted: no old fact's)
    assert "o-2016" not in reply.facts_used and not any(s.kind == STALE and "2016" in (s.text + (s.note or ""))
                                                        for b in reply.blocks for s in b.spans)
    gap = next(s for b in reply.blocks for s in b.spans if s.kind == PLACEHOLDER and "已开展的工作" in s.text)
    assert "只有2016年的相关情况" in gap.note and "泉科〔2017〕28号" in gap.note


def test_older_figure_kept_in_a_fact_adding_more_is_flagged(ws):
    newer = fact("n", "推动科技创新平台赋能制造产业，高能级创新平台累计达30家。",
                 figures=[Figure(30, "家", "30家", "高能级创新平台")])
    older = fact("o", "推动科技创新平台赋能制造产业，高能级创新平台累计达25家，服务企业2089家。", year=2024,
                 figures=[Figure(25, "家", "25家", "高能级创新平台"), Figure(2089, "家", "2089家", "服务企业")])
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [newer, older]), TODAY)
    stale = {s.text: s.note for b in reply.blocks for s in b.spans if s.kind == STALE}
    # each figure, and the date the draft states for it, highlighted with why
    assert set(stale) == {"30家", "25家", "2089家", "2024年", "2025年"} and "30家" in stale["25家"]
    assert "请核实" in stale["2024年"] and "有更新数值" in stale["2024年"]
    assert "2024年" in stale["2089家"]  # older than last year: ask for a newer value
    # the newest value stands only as of its source's date (2025-05-20): not the year 2025's whole
    assert "截至2025年5月" in stale["30家"] and "不是2025年全年数值" in stale["30家"]
    assert set(reply.facts_used) == {"n", "o"}


def test_area_fact_names_the_area_and_city_fact_keeps_its_words(ws):
    area = FACTS[[f.id for f in FACTS].index("a-rd")]
    text = fact_text(Item(area, SOURCES[1], 1.0, 2024), ws)
    assert "我区" not in text and "全区" not in text
    assert text.startswith("鲤城区提升研发投入水平") and "2023年鲤城区科技创新研发经费5.34亿元" in text
    city = fact("c", "二是我市新增企业5家")
    assert fact_text(Item(city, SOURCES[0], 1.0, 2025), ws) == "我市新增企业5家。"


def test_selection_is_deterministic_with_ties(ws):
    twins = [fact(f"t{n}", f"推动科技创新与产业创新深度融合，{w}。", section=[f"{n}、推动科技创新"])
             for n, w in zip("321", ("新建省级以上研发平台十余个", "引进高层次人才团队多个", "转化一批科技成果项目"))]
    first = select_facts(BigramIndex(SOURCES, twins), suggestion(), ws, TODAY)
    second = select_facts(BigramIndex(SOURCES, list(reversed(twins))), suggestion(), ws, TODAY)
    assert chosen_ids(first) == chosen_ids(second) == ["t1", "t2", "t3"]


# --- wording ---------------------------------------------------------------------------------

FULL_CONTEXT = dict(
    number="1288", title=TOPIC, deputy="林永红", session="市十七届人大五次会议", proposal=False,
    role="主办", lead="市工信局", co_handlers=[], self_name="我局", work="我局工作", class_code="A", status="solved", unpledged_goal=False, closing="status",
    title_head="关于", opening_thanks=True, in_session=False, hosted=True, honoured=False,
    signatory="史思泉", contact="谢惠阳", contact_label="联系人", phone="0595-22579329", disclosure="主动公开",
    cc_groups=[["市人大常委会代表工委", "市人大常委会教科文卫工委"], ["市政府督查室"]],
    collective=False, you="您", concern="推动科技创新与产业创新深度融合", asks=["建设创新平台", "引育人才"], complete=True, reported=True, results=True,
    planned=True, measures_said=True, later=True, partnered=True,
    carry_on="继续推动科技创新与产业创新深度融合", purpose="赋能我市制造产业高质量发展",
    shared=[{"unit": "市市场监管局", "areas": ["知识产权保护和运用"]}],
    unit="市工业和信息化局", higher=False, matters=["企业技术中心"], part_of="市市场监管局",  # remit.j2's own
    asked="市工业和信息化局", consult="市工业和信息化局",  # remit.j2's and gap_item.j2's
    step="持续建设创新平台。", matter="建设创新平台方面",  # plan_gap.j2's own
    policy="《某市创新平台建设行动方案》", model="“平台+项目”模式",  # carry_on.j2's own
    measures="加大创新平台的引进和培育力度。",  # asked_plan.j2's own
    site="坡脚镇桐子林至上弯腰树道路", usual=False, handled=False,  # site.j2's, site_next.j2's and part_next.j2's own
    heading="办理工作开展情况",  # part_handling.j2's own
)
TEMPLATES = sorted(p.stem for p in (REPO / "templates" / "wording").glob("*.j2"))


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_render_strictly_and_hold_no_figures(ws, name):
    assert not re.search(r"[0-9０-９]", (REPO / "templates" / "wording" / f"{name}.j2").read_text("utf-8"))
    for role in ("主办", "会办"):
        for proposal in (False, True):
            Wording(ws, strict=True).render(name, **{**FULL_CONTEXT, "role": role, "proposal": proposal})


def test_strict_wording_rejects_a_missing_variable_and_drafts_show_a_gap(ws):
    context = {k: v for k, v in FULL_CONTEXT.items() if k != "deputy"}
    with pytest.raises(Exception, match="deputy"):
        Wording(ws, strict=True).render("addressee", **context)
    assert Wording(ws).render("addressee", **context) == "【待补充：代表姓名】代表："


def test_opening_variants(ws):
    w = Wording(ws, strict=True)
    plain = w.render("opening", **FULL_CONTEXT)
    assert plain.startswith(f"您提出的《{TOPIC}》（第1288号）已收悉") and "该建议由我局主办。" in plain
    assert plain.endswith("现将有关情况答复如下：")
    co = w.render("opening", **{**FULL_CONTEXT, "co_handlers": ["市财政局", "市人社局"]})
    assert "由我局主办，经会同市财政局、市人社局研究，现将有关情况答复如下：" in co
    assert "该提案由我局主办" in w.render("opening", **{**FULL_CONTEXT, "proposal": True})
    hb = w.render("opening", **{**FULL_CONTEXT, "role": "会办"})
    assert hb.startswith("林永红代表提出的") and "会办意见如下：" in hb
    # (as a bureau's replies open naming the session, never saying 主办: 上虞区交通运输局's, hd46a)
    assert w.render("opening", **{**FULL_CONTEXT, "in_session": True, "hosted": False}) == (
        f"您在市十七届人大五次会议上提出的《{TOPIC}》（第1288号）已收悉，感谢您对我局工作的关心和支持。现将有关情况答复如下：")


def test_a_title_led_by_who_should_act_is_not_said_as_the_concern(ws):
    """郑州's B222 (hd4): the matter of 关于政府相关部门协调联动持续发力确保严重噪音扰民现象不再发生的建议 is the whole
    title; said back it read 关于政府相关部门…不再发生，有关情况如下 and 下一步我局将围绕政府相关部门…不再发生. Cut
    before its aim (确保…) it is still led by who should act (政府相关部门), no matter worked on: it is said as
    您所提建议, or not at all; 1288's matter is still said."""
    long = compose_reply(ws, suggestion(title="关于政府相关部门协调联动持续发力确保严重噪音扰民现象不再发生的建议"),
                         BigramIndex(SOURCES, []), TODAY)
    texts = [b.text for b in long.blocks]
    assert not any("有关情况如下" in t for t in texts)  # (part one holds gaps alone: no overview, hd24)
    assert "根据您的建议，下一步我局将重点做好以下工作：" in texts
    assert not any("围绕政府相关部门" in t or "关于政府相关部门协调联动持续发力确保严重噪音扰民现象不再发生，" in t
                   for t in texts)
    w = Wording(ws, strict=True)
    said = w.render("concern", **{**FULL_CONTEXT, "concern": ""})
    assert said.startswith("近年来，我局立足工作职责，积极开展工作") and "围绕" not in said
    short = compose_reply(ws, suggestion(), BigramIndex(SOURCES, FACTS), TODAY)
    assert any("围绕科技创新与产业创新深度融合" in b.text for b in short.blocks)


def test_titles_addressees_and_cc(ws):
    w = Wording(ws, strict=True)
    assert w.render("title", **FULL_CONTEXT) == "关于市十七届人大五次会议第1288号建议的答复"
    assert w.render("title", **{**FULL_CONTEXT, "proposal": True}).endswith("第1288号提案的答复")
    assert w.render("title", **{**FULL_CONTEXT, "role": "会办"}).endswith("第1288号建议的会办意见")
    assert w.render("title", **{**FULL_CONTEXT, "role": "协办"}).endswith("第1288号建议的协办意见")
    group = {**FULL_CONTEXT, "deputy": "民建泉州市委会", "collective": True, "you": "贵会", "proposal": True}
    assert w.render("addressee", **group) == "民建泉州市委会："
    assert w.render("opening", **group).startswith("贵会提出的《") and "感谢贵会" in w.render("opening", **group)
    assert "贵会" in w.render("closing", **group) and "您" not in w.render("closing", **group)
    assert w.render("addressee", **{**FULL_CONTEXT, "proposal": True}) == "林永红委员："
    assert w.render("addressee", **{**FULL_CONTEXT, "role": "协办"}) == "市工信局："
    assert w.render("cc", **FULL_CONTEXT) == "抄送：市人大常委会代表工委、市人大常委会教科文卫工委；市政府督查室。"


def test_closing_follows_the_meaning_of_the_class(ws):
    assert [class_status(ws.classes[c]) for c in "ABC"] == ["solved", "planned", "reference"]
    assert class_status("留作参考") == "reference"
    closings = {c: compose_reply(ws, suggestion(reply_class=c), BigramIndex(SOURCES, []), TODAY)
                for c in "ABC"}
    texts = {c: next(b.text for b in r.blocks if b.kind == "closing") for c, r in closings.items()}
    # (C: the class means solving later too and the asks are the bureau's own: pursued until solved, not shelved, hd45c)
    assert len(set(texts.values())) == 3 and "待条件成熟后推进解决" in texts["C"] and "留作参考" not in texts["C"]
    assert closing_status(texts["C"]) == "reference"
    # (a class of 留作参考 alone, an older scheme's D: kept for reference)
    kept = compose_reply(dataclasses.replace(ws, classes={**ws.classes, "C": "留作参考"}), suggestion(reply_class="C"), BigramIndex(SOURCES, []), TODAY)
    assert "留作参考" in next(b.text for b in kept.blocks if b.kind == "closing")
    # an empty base: part one is only a placeholder, so A says 已采纳 but claims nothing solved; part
    # two holds no plan of the bureau's, so B says the matter is being worked on, not 已列入工作计划 (rv41)
    assert "已采纳" in texts["A"] and "已基本解决" not in texts["A"]
    assert "正在积极研究推进" in texts["B"] and "列入" not in texts["B"]
    assert closing_status(texts["B"]) == "planned"
    # a base holding the bureau's plan of the reply's year on the matter: B says it is in the plan
    held = compose_reply(ws, suggestion(reply_class="B"), BigramIndex(SOURCES, FACTS), dt.date(2025, 6, 1))
    assert "已列入我局工作计划" in next(b.text for b in held.blocks if b.kind == "closing")
    # only last year's: said by its lead over 【待补充：具体举措】 (earlier_plans: comment), no plan of the bureau's is
    # said; in the text, flagged 【待核实：2025年计划，是否仍列入2026年】, it is not yet this year's — none claimed
    for form in ("comment", "text"):
        earlier = compose_reply(dataclasses.replace(ws, earlier_plans=form), suggestion(reply_class="B"),
                                BigramIndex(SOURCES, FACTS), TODAY)
        said = next(b.text for b in earlier.blocks if b.kind == "closing")
        assert "正在积极研究推进" in said and "列入" not in said, (form, said)
    assert "是否仍列入2026年" in "".join(b.text for b in earlier.blocks)
    assert not re.search("留作参考|暂难|列入|正在解决", texts["A"])
    # no class: a placeholder mark and a closing that promises nothing of any class
    plain = compose_reply(ws, suggestion(reply_class=None), BigramIndex(SOURCES, []), TODAY)
    assert next(b.text for b in plain.blocks if b.kind == CLASS_MARK) == "答复类型：【待补充：答复类型】类"
    neutral = next(b.text for b in plain.blocks if b.kind == "closing")
    assert neutral.startswith("再次感谢") and not re.search("留作参考|暂难|已采纳|基本解决|列入|正在解决", neutral)


# --- reply blocks ----------------------------------------------------------------------------

def body_digits(reply):
    return [b for b in reply.blocks if b.kind in (BODY, HEADING2) and re.search(r"\d", b.text)]


DATE_WORDS = re.compile(r"^(?:截至)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:全年|上半年|以来)?，?$")


def undated_text(block):
    """A block's text without the time words the draft wrote itself (each a noted span saying
    where the date came from; highlighted as its figures are when not current): what is left must
    come from the cited facts."""
    for span in block.spans:
        if span.note and span.kind == "text":
            assert DATE_WORDS.match(span.text), span.text
    return "".join(s.text for s in block.spans if not (s.note and (s.kind == "text" or DATE_WORDS.match(s.text)))
                   and s.kind != PLACEHOLDER)


def test_reply_frame_and_citations(ws):
    reply = compose_reply(ws, suggestion(co_handlers=["市财政局"]), BigramIndex(SOURCES, FACTS), TODAY)
    kinds = [b.kind for b in reply.blocks]
    assert kinds[:6] == ["letterhead", "doc_number", "class_mark", "title", "addressee", "opening"]
    assert kinds[-7:] == ["signature", "contact", "contact", "issuer", "date", "note", "cc"]
    assert reply.blocks[2].text == "答复类型：A类"
    heads = [b.text for b in reply.blocks if b.kind == HEADING2]  # the default form: own lines
    assert heads[0].startswith("（一）") and heads[1].startswith("（二）")
    part_two = max(k for k, b in enumerate(reply.blocks) if b.kind == "heading1")
    assert not any(s.kind == LEAD for b in reply.blocks[:part_two] for s in b.spans)  # part two's items run in
    for block in body_digits(reply):  # every figure is in a fact cited by the same block
        cited = " ".join(f.text for f in FACTS if f.id in {c.fact_id for c in block.citations})
        for number in re.findall(r"\d+(?:\.\d+)?", undated_text(block)):
            assert number in cited, (number, block.text)
    sme = next(b for b in reply.blocks if "1614家" in b.text)
    c = next(c for c in sme.citations if c.fact_id == "c-sme")
    assert c.source == "泉科函〔2025〕81号" and c.date == "2025-05-20" and c.period == 2025
    # the source's ordinal is replaced by the draft's own numbering
    assert any(re.match("[一二]是强化专项扶持政策引领", b.text) for b in reply.blocks)
    assert "三是强化创新体系" not in sme.text
    assert set(reply.facts_used) >= {"c-sme", "c-plat", "p-city"}
    assert "【待补充：发文字号】" in reply.placeholders and "【待补充：成文日期】" in reply.placeholders


def test_empty_fact_base_gives_the_whole_frame_with_placeholders_and_no_figures(ws):
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, []), TODAY)
    assert body_digits(reply) == []
    gaps = [b.text for b in reply.blocks if b.kind == BODY and b.spans[-1].kind == PLACEHOLDER]
    # part two asks for the next steps on the concern part one's overview names (no section to name)
    assert len(gaps) == 2 and gaps[1] == "【待补充：科技创新与产业创新深度融合方面的下一步举措】", gaps  # (one item: no （一）)
    assert [b.kind for b in reply.blocks].count("heading1") == 2
    assert len(reply.warnings) == 4 and reply.warnings[2].startswith("未提供建议原文，已收集的材料中也没有")  # (hd6)
    assert reply.warnings[3].startswith("答复类型为A类")  # its class A promises results part one has none of (hd12)


def test_huiban_and_proposal_variants(ws):
    hb = compose_reply(ws, suggestion(role="会办", lead="市工信局", reply_class=None),
                       BigramIndex(SOURCES, FACTS), TODAY)
    assert CLASS_MARK not in [b.kind for b in hb.blocks]
    assert next(b.text for b in hb.blocks if b.kind == TITLE).endswith("会办意见")
    assert next(b.text for b in hb.blocks if b.kind == "addressee") == "市工信局："
    pr = compose_reply(ws, suggestion(proposal=True, deputy=None), BigramIndex(SOURCES, []), TODAY)
    assert next(b.text for b in pr.blocks if b.kind == "addressee") == "【待补充：委员姓名】委员："  # (a proposal names its member, hx70b1)
    assert next(b.text for b in pr.blocks if b.kind == CC).startswith("抄送：市政协提案委；")
    # (no reply of the bureau's says 由我局主办 and no unit handles it with the bureau: none said, hd54b; with co-handlers, said)
    assert "主办" not in next(b.text for b in pr.blocks if b.kind == OPENING)
    co = compose_reply(ws, suggestion(proposal=True, deputy=None, co_handlers=["市财政局"]), BigramIndex(SOURCES, []), TODAY)
    assert "该提案由我局主办，经会同市财政局研究" in next(b.text for b in co.blocks if b.kind == OPENING)


def test_bad_suggestions_are_one_line_errors(ws):
    with pytest.raises(DrafterError, match="A、B、C"):
        check_suggestion(ws, suggestion(reply_class="D"))
    with pytest.raises(DrafterError, match="标题"):
        check_suggestion(ws, suggestion(title="  "))
    with pytest.raises(DrafterError, match="主办单位") as err:
        check_suggestion(ws, suggestion(role="会办"))
    assert err.value.fix == "lead" and "--" not in str(err.value)  # the CLI names its option
    with pytest.raises(DrafterError, match="编号"):
        check_suggestion(ws, suggestion(number="../x"))


def test_long_section_gets_its_own_heading(ws):
    long = [fact(f"l{n}", "一是推动科技创新与产业创新深度融合。" + w * 60 + "。", section=["一、科技创新"])
            for n, w in enumerate(("加强研发", "引进人才", "建设平台"))]
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, long), TODAY)
    heads = [b for b in reply.blocks if b.kind == HEADING2]
    assert heads == []  # (the part's only section: no heading, hd17 D7) its items a paragraph each
    items = [b.text[:2] for b in reply.blocks if b.kind == BODY and b.citations and b.text[1] == "是"]
    assert items == ["一是", "二是", "三是"]


def test_item_without_heading_joins_the_matching_section_or_asks_for_one(ws):
    headed = fact("h", "推动科技创新与产业创新深度融合，新认定市级新型研发机构27家。", section=["一、建设新型研发机构"],
                  figures=[Figure(27, "家", "27家", "市级新型研发机构")])
    joins = fact("j", "推动科技创新与产业创新深度融合，新型研发机构现有总量128家。",
                 figures=[Figure(128, "家", "128家", "新型研发机构总量")])
    alone = fact("k", "推动科技创新与产业创新深度融合，制造产业高质量发展。")
    sel = select_facts(BigramIndex(SOURCES, [headed, joins, alone]), suggestion(), ws, TODAY)
    assert {s.heading: [i.fact.id for i in s.items] for s in sel.sections} == {
        "建设新型研发机构": ["h", "j"], None: ["k"]}
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [headed, joins, alone]), TODAY)
    lead = next(b for b in reply.blocks if b.citations and b.citations[0].fact_id == "k")
    heading = reply.blocks[reply.blocks.index(lead) - 1]
    assert heading.kind == HEADING2 and re.match("（[一二]）【待补充：小标题】$", heading.text)
    assert heading.spans[1].kind == PLACEHOLDER and lead.text.startswith("推动")


def test_rules_hold_with_the_real_bm25_index(ws):
    from drafter.facts.index import FactIndex
    from drafter.model import FactFile

    files = [FactFile(s, [f for f in FACTS if f.source_id == s.id]) for s in SOURCES]
    sel = select_facts(FactIndex(files), suggestion(), ws, TODAY)
    ids = chosen_ids(sel)
    assert {"c-sme", "c-plat", "c-trans"} <= set(ids)
    assert not {"x-news", "c-party", "c-problem", "c-superseded", "o-2016", "c-plat-old"} & set(ids)
    assert [p.fact.id for p in sel.plans] == ["p-city"]


def test_a_sections_lead_paragraph_comes_first_unnumbered_in_either_heading_form(ws):
    lead = fact("lead", "坚持科技创新和制度创新双轮驱动，推动科技创新与产业创新深度融合。", kind="context",
                section=["三、推进科研体制机制改革"])
    items = [fact(f"i{n}", f"{o}是推动科技创新与产业创新深度融合，{w}。", section=["三、推进科研体制机制改革"])
             for n, (o, w) in enumerate(zip("三一", ("出台科研院所改革实施意见", "设立企业研发投入奖补资金")))]
    intro = fact("intro", "推动科技创新与产业创新深度融合的工作情况报告如下：", kind="context",
                 section=["三、推进科研体制机制改革"])
    index = BigramIndex(SOURCES, [lead, *items, intro])
    reply = compose_reply(ws, suggestion(), index, TODAY)
    # (part one's only section: under no （一） heading, hd17 D7)
    assert not [b for b in reply.blocks if b.kind == HEADING2]
    at = next(k for k, b in enumerate(reply.blocks) if b.citations and b.kind == BODY)
    assert [b.text[:4] for b in reply.blocks[at: at + 3]] == ["坚持科技", "一是推动", "二是推动"]
    assert "三是" not in reply.text() and "报告如下" not in reply.text()  # a lead-in is no fact
    inline = compose_reply(dataclasses.replace(ws, heading_form="inline"), suggestion(), index, TODAY)
    assert not [b for b in inline.blocks if b.kind == HEADING2]
    body = next(b for b in inline.blocks if b.citations and b.kind == BODY)
    assert body.text.startswith("坚持科技创新和制度创新双轮驱动，")
    assert "。一是推动" in body.text and "。二是推动" in body.text


def test_a_stale_figure_is_not_found_inside_a_longer_number(ws):
    old = fact("o", "2016年推动科技创新与产业创新深度融合，新建平台13家，其中国家级3家。", year=2016, source="old",
               figures=[Figure(13, "家", "13家", "新建平台"), Figure(3, "家", "3家", "国家级平台")])
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [old]), dt.date(2019, 5, 20))
    body = next(b for b in reply.blocks if b.citations)
    assert [s.text for s in body.spans if s.kind == STALE] == ["2016年", "13家", "3家"]
    assert body.spans[[s.text for s in body.spans].index("3家") - 1].text.endswith("其中国家级")


def test_facts_after_the_replys_year_are_not_used(ws):
    later = fact("later", "推动科技创新与产业创新深度融合，新增平台5家。", year=2027, section=["一、平台建设"])
    sel = select_facts(BigramIndex(SOURCES, [later]), suggestion(), ws, TODAY)
    assert sel.sections == []


def test_a_dropped_stale_fact_lends_no_heading(ws):
    old = fact("o", "一是推动科技创新与产业创新深度融合，制造产业高质量发展取得新成效。", year=2016,
               section=["(二)科技引领产业转型升级成效明显"])
    loose = fact("n", "推动科技创新与产业创新深度融合，科技引领制造产业转型升级。")
    sel = select_facts(BigramIndex(SOURCES, [old, loose]), suggestion(), ws, TODAY)
    assert [(s.heading, [i.fact.id for i in s.items]) for s in sel.sections] == [(None, ["n"])]


def test_facts_from_a_source_dated_after_the_reply_are_not_used(ws):
    sources = [*SOURCES, src("future", date="2026-06-01", number="泉科函〔2026〕102号")]
    later = fact("later", "推动科技创新与产业创新深度融合，新增平台5家。", source="future", section=["一、平台"])
    assert select_facts(BigramIndex(sources, [later]), suggestion(), ws, TODAY).sections == []
    assert select_facts(BigramIndex(sources, [later]), suggestion(), ws, dt.date(2026, 6, 1)).sections


def test_real_seeds_flag_no_figure_as_updated_by_another_measure(ws):
    """Reply 1288 drafted from all five seeds: 储备23个投资项目 (the angel fund's pipeline, reply 1071)
    is not "updated" by 累计投资项目287个 (the 1+X fund matrix, reply 1288) — they share only a noun."""
    from drafter.distill import distill_document
    from drafter.facts.index import FactIndex
    from drafter.read import read_document

    files = [distill_document(read_document(p), ws) for p in sorted((REPO / "seeds").glob("*.txt"))]
    fund = next(f for ff in files for f in ff.facts if "储备23个投资项目" in f.text)
    sel = select_facts(FactIndex(files), suggestion(), ws, TODAY)
    items = {i.fact.id: i for s in sel.sections for i in s.items}
    assert fund.id in items and "23个" not in items[fund.id].outdated
    assert not any("有更新数值" in note for i in items.values() for note in i.outdated.values())
    reply = compose_reply(ws, suggestion(), FactIndex(files), TODAY)
    assert not any("有更新数值" in (s.note or "") for b in reply.blocks for s in b.spans)


def test_a_fact_restating_a_kept_figure_is_dropped_and_a_differing_one_kept_unflagged(ws):
    kept = fact("a", "推动科技创新平台赋能制造产业高质量发展，高能级创新平台累计达30家。",
                figures=[Figure(30, "家", "30家", "高能级创新平台")])
    again = fact("b", "高能级创新平台累计达30家，推动科技创新。", figures=[Figure(30, "家", "30家", "高能级创新平台")])
    other = fact("c", "高能级创新平台累计达31家，推动科技创新。", figures=[Figure(31, "家", "31家", "高能级创新平台")])
    sel = select_facts(BigramIndex(SOURCES, [kept, again, other]), suggestion(), ws, TODAY)
    items = {i.fact.id: i for s in sel.sections for i in s.items}
    assert set(items) == {"a", "c"}  # same year, no order between them: neither is the newer value
    assert items["c"].outdated == {} and items["a"].outdated == {}


def test_the_bureaus_own_names_and_abbreviations_are_its_own_and_a_districts_bureau_is_not(ws):
    # one test for a list's 主办单位, a source's 据…统计 and an other_fields unit
    assert ws.name == "泉州市科学技术局" and ws.self_name == "我局"
    assert all(ws.is_own_unit(u) for u in ("泉州市科学技术局", "市科技局", "科技局", "泉州市科技局", "我局"))
    assert not any(ws.is_own_unit(u) for u in ("区科技局", "鲤城区科技局", "市工信局", "市市场监管局", "局"))


def test_another_units_figures_are_attributed_to_it(ws):
    sme = fact("sme", "推动科技创新与产业创新深度融合，全市培育科技型中小企业1614家，省级以上专精特新企业781家。",
               figures=[Figure(1614, "家", "1614家", "科技型中小企业"), Figure(781, "家", "781家", "省级以上专精特新企业")],
               section=["一、培育科技创新主体"])
    fund = fact("fund", "据市财政局统计，全年财政收支平稳。产业创新基金投向科技创新企业金额达30.61亿元。",
                figures=[Figure(30.61, "元", "30.61亿元", "投向企业金额", "亿")], section=["一、培育科技创新主体"])
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [sme, fund]), TODAY)
    text = reply.text()
    # the unit's own figure (by what it counts, drafter.yaml other_units) in its own clause
    assert "1614家，据市工业和信息化局统计，省级以上专精特新企业781家" in text
    # a source that names the unit for its paragraph: a kept sentence without it says so
    assert re.search("据市财政局统计，(?:2025年，)?产业创新基金", text) and "收支" not in text
    notes = [s.note for b in reply.blocks for s in b.spans if s.text.startswith("据市")]
    assert len(notes) == 2 and all(n and "请核实" in n for n in notes)
    # this bureau's own figures are never attributed to another unit
    own = fact("own", "推动科技创新与产业创新深度融合，市科技局兑现奖补资金1.17亿元。",
               figures=[Figure(1.17, "元", "1.17亿元", "奖补资金", "亿")])
    assert "据市" not in compose_reply(ws, suggestion(), BigramIndex(SOURCES, [own]), TODAY).text()
    # a district's bureau is another unit, though its name abbreviates like this bureau's (科技局):
    # its 据…统计 is said for the kept sentence; this bureau's own 据市科技局统计 is not
    for said, attributed in (("区科技局", True), ("市科技局", False)):
        district = fact("d", f"据{said}统计，全年财政收支平稳。产业创新基金投向科技创新企业金额达30.61亿元。",
                        figures=[Figure(30.61, "元", "30.61亿元", "投向企业金额", "亿")], section=["一、培育科技创新主体"])
        text = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [district]), TODAY).text()
        assert "30.61亿元" in text
        line = next(line for line in text.splitlines() if "30.61亿元" in line)
        if attributed:  # said once, before the figure, in its paragraph (the kept 收支 sentence's or its own)
            assert text.count(f"据{said}统计") == 1 and 0 <= line.find(f"据{said}统计，") < line.index("30.61亿元"), text
        else:
            assert f"据{said}统计，产业创新基金" not in text, text
    # an attribution is stated once per item: the source's own 据…统计 before a kept sentence's
    # figures covers the next sentence's too, however the sentences are joined
    both = fact("both", "据区科技局统计，全年产业创新基金新增投资项目52个。产业创新基金投向科技创新企业金额达30.61亿元。",
                figures=[Figure(52, "个", "52个", "投资项目"), Figure(30.61, "元", "30.61亿元", "投向企业金额", "亿")],
                section=["一、培育科技创新主体"])
    text = compose_reply(ws, suggestion(), BigramIndex(SOURCES, [both]), TODAY).text()
    assert "52个" in text and "30.61亿元" in text, text
    assert text.count("据区科技局统计") == 1, text


def test_a_two_part_concern_is_one_phrase_in_both_lead_ins(ws):
    """A title of two clauses (…深度融合，塑造…新优势) is one thing worked on: 围绕A、B in part one's
    overview and 继续A、B in part two's lead-in, never a comma that leaves 围绕A (继续A) hanging; the
    headings that follow are not said back (rv37, rv39: the overview repeated them word for word)."""
    title = "关于推动科技创新和产业创新深度融合，塑造我市产业发展新优势的建议"
    texts = [b.text for b in compose_reply(ws, suggestion(title=title), BigramIndex(SOURCES, []), TODAY).blocks]
    # (a base holding nothing on it: part one opens on its gaps, no overview said again after the opening — hd3, hd24)
    assert not any(t.startswith("关于") and "有关情况如下" in t for t in texts)
    # (…and no work of the bureau's on it: no 继续, hd32c)
    assert "根据您的建议，下一步我局将推动科技创新和产业创新深度融合、塑造我市产业发展新优势，重点做好以下工作：" in texts
    w = Wording(ws, strict=True)
    text = w.render("concern", **FULL_CONTEXT)
    assert text.startswith("近年来，我局立足工作职责，围绕推动科技创新与产业创新深度融合积极开展工作") and "建设创新平台" not in text


def test_an_unfinished_text_is_cut_only_where_its_source_stopped_mid_clause():
    """A list row or a cell has no 。 and is whole; so is a last clause ending on its count (a result split from the
    plan after its comma: …已研究出台4份政策文件，下一步拟再…), ended with 。 as the draft's sentence; a last
    clause without one after finished sentences is where a stored page stopped."""
    from drafter.compose.sentences import finished_sentences

    assert finished_sentences("2023年，全市新增高新技术企业500家") == ["2023年，全市新增高新技术企业500家。"]
    assert finished_sentences("支持企业研发创新") == ["支持企业研发创新"]
    assert finished_sentences("全市已认定孵化器。建成众创空间312个，科技企业孵化器99家")[-1] == "建成众创空间312个，科技企业孵化器99家。"
    assert finished_sentences("全市已认定孵化器。建成众创空间312个，科技企业孵化器99家，探索")[-1] == "建成众创空间312个，科技企业孵化器99家。"


def test_a_capacity_that_grows_is_a_result_a_rating_a_term():
    from drafter.compose.sentences import is_term

    assert not is_term("新增光伏装机容量100万千瓦", "100万千瓦")
    assert not is_term("总功率达50万千瓦", "50万千瓦")
    assert is_term("研制时速400公里高速列车", "400公里")


def test_a_districts_own_unit_is_named_but_not_a_word_opening_with_its_level():
    from types import SimpleNamespace

    from drafter.compose.reply import _area_named

    item = SimpleNamespace(fact=SimpleNamespace(jurisdiction="闵行区"))
    ws = SimpleNamespace(areas={"闵行区"}, jurisdiction="上海市", area_said=lambda area: area, self_name="我局")
    assert _area_named("由区科技局牵头制定了若干措施", item, ws) == "由闵行区科技局牵头制定了若干措施。"
    assert "闵行区域" not in _area_named("在区域科技创新办公室指导下，闵行区建成平台3个", item, ws)


def test_a_plan_of_a_section_part_two_does_not_list_still_gets_an_item(ws):
    """Part two of a draft from the title alone lists the sections part one answers under a heading;
    a plan tied to a section without one (a lead paragraph's) is among the plans answering none, never
    silently dropped."""
    from drafter.compose.reply import facet_steps
    from drafter.compose.select import Section, Selection

    done = Item(fact("d1", "2025年全市新认定高新技术企业612家。"), SOURCES[0], 1.0, 2025)
    lead = Item(fact("d2", "近年来，我市持续推进科技创新。"), SOURCES[0], 1.0, 2025)
    tied = Item(fact("p1", "下一步，将加大科技型中小企业培育力度。", kind="plan"), SOURCES[0], 1.0, 2025, section=1)
    own = Item(fact("p2", "下一步，将持续培育高新技术企业。", kind="plan"), SOURCES[0], 1.0, 2025, section=0)
    selection = Selection(sections=[Section("培育科技创新主体", [done]), Section(None, [lead])], plans=[own, tied])
    steps = facet_steps(selection, "高新技术企业扩量提质", Wording(ws), ws, 2026)
    assert steps == [own, tied]


def test_an_item_never_opens_on_a_word_adding_it_to_a_sentence_not_there(ws):
    """岳阳县水利局's 2024 reply (hd6) had an item 二是同时我们积极向上级反映情况…: 同时 adds to a sentence the
    draft does not hold. The item opens on its own words."""
    facts = [fact("t1", "同时我们积极向上级反映情况，争取更多项目，推动科技创新与产业创新深度融合。",
                  section=[H_SUBJECT])]
    reply = compose_reply(ws, suggestion(), BigramIndex(SOURCES, facts), TODAY)
    said = "".join(b.text for b in reply.blocks)
    assert "我们积极向上级反映情况，争取更多项目" in said and "同时我们积极" not in said, said


def test_an_ask_the_base_holds_only_background_on_names_where_to_look(ws):
    """hd11 (滕州 164158): the base held 精心谋划了南部考古研学游、中部科技寻根游、北部山水生态游3条旅游线路 as background
    of a news item, and the draft's gap for 推动“文化IP+旅游” said nothing of it — the real reply opened on those
    lines. A section left a gap names the material on its ask that was not written in, for the clerk to read."""
    text = ("关于推动科技创新与产业创新深度融合的建议\n为此建议：\n一、打造文化旅游精品线路，推动文化IP与旅游融合发展。\n"
            "二、强化企业研发投入，支持企业建设研发机构。\n")
    facts = [fact("c1", "精心谋划了南部考古研学游、中部科技寻根游、北部山水生态游3条旅游线路，打造文化旅游精品线路。",
                  kind="context"),
             fact("d1", "2025年全市企业研发投入增长15%，新建企业研发机构120家。", section=[H_SUBJECT])]
    reply = compose_reply(ws, suggestion(text=text), BigramIndex(SOURCES, facts), TODAY)
    gap = next(b for b in reply.blocks if "旅游" in b.text and "【待补充" in b.text)
    notes = [s.note for s in gap.spans if s.note]
    assert any("泉科函〔2025〕81号" in n and "涉及该主题" in n for n in notes), notes


def test_an_undated_items_relative_year_is_named_in_its_comment(ws):
    """hd11 (滕州, 鲁南传媒网's news of no date): 一是今年以来，我市坚持以文塑旅… was marked 【待核实：年份】 with a comment
    that the item stated no time; it says 今年以来, of a year the source does not tell, and the comment says so."""
    undated = src("nd", kind="news", date=None, title="滕州文旅融合发展")
    facts = [Fact(id="u1", text="今年以来，我市坚持以文塑旅、以旅彰文，推动科技创新与产业创新深度融合，实施文旅融合发展行动，"
                                "新建文旅融合项目12个。",  # (a figure: an item of no year saying nothing is none)
                  kind="done", period=Period(None, "unknown"), jurisdiction="泉州市", source_id="nd",
                  section=[H_SUBJECT], paragraph=2)]
    reply = compose_reply(ws, suggestion(), BigramIndex([*SOURCES, undated], facts), TODAY)
    item = next(b for b in reply.blocks if "以文塑旅" in b.text)
    notes = [s.note for s in item.spans if s.note and "年份" in s.text]
    assert notes and "此项只写了“今年以来”" in notes[0] and "滕州文旅融合发展" in notes[0], notes


def test_a_measures_term_reports_no_result():
    """hd13 (福州 20251061): a subsidy policy's 30% cap made its item a result, so the 规划 fact beside it under the
    same ask was left out as no result; a term is none, a count reached is."""
    from drafter.compose.select import reports_result

    assert not reports_result("推动省级新出台补助政策，按照不超过整体新增投入的30%对深远海养殖渔场进行补助。")
    assert reports_result("2025年新投用深远海养殖平台3台，带动养殖产量增长12%。")



def test_two_items_of_the_city_as_near_the_ask_are_both_said_where_neither_reports_a_result(ws):
    """hd10/hd13 (福州 1292, ask 一): the city's 规划 fact and its 补助政策 fact, neither with a result, scored alike on the
    ask (26.5 and 25.9); one was kept and the other's matter asked for as a gap. Both are said; a far weaker second is not."""
    from drafter.compose.select import answering

    plan = fact("g1", "市政府出台《福州市养殖水域滩涂规划（2018-2030年）》，科学划定养殖区、限养区及禁养区。")
    policy = fact("g2", "积极沟通省海洋与渔业局，推动省级新出台补助政策，按照不超过整体新增投入的30%对深远海养殖渔场进行补助。")
    own = frozenset({"养殖", "规划", "布局"})

    def chosen(second: float) -> list[str]:
        group = [Item(plan, SOURCES[0], 26.5, 2025), Item(policy, SOURCES[0], second, 2025)]
        return [i.fact.id for i in answering(group, own, frozenset(), "统筹养殖空间布局", ws)]

    assert chosen(25.9) == ["g1", "g2"]
    assert chosen(12.0) == ["g1"]


def test_the_terms_a_fact_may_name_are_found_once_a_query():
    """named_terms: the three-character words of a title whose bigrams all tell its topic, each once, in the title's
    order (a fact naming 电动车 is on 关于加强电动车综合治理的提案, hd31b); none of the field's or where a seam cuts in."""
    from drafter.compose.select import named_terms

    title = "关于加强电动车综合治理的提案"
    telling = bigrams("电动车综合治理") | bigrams("电动车")
    named = named_terms(title + "，" + title, telling)
    assert named[:2] == ("电动车", "动车综") and "综合治" in named and len(named) == len(set(named))
    assert named_terms(title, bigrams("电动车")) == ("电动车",)
    assert named_terms(title, frozenset()) == ()
