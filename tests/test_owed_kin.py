"""A point asked in one word and reported in another of its kind (对平台建设和运营给予补助 answered by
a 2026 reply's 加大技术交易奖补力度…支持对象增加…中试服务平台（基地）…兑现…补助), and the newest
source's item taken first.

A clerk's reading of the quick start's 1350 draft (rv24) found its 【待补充：…对平台建设和运营给予补助…】
left empty while the 2026 reply in the base (泉科函〔2026〕102号, its 一、基本情况 （三）二是) answers
it: the deputy asks for 补助, the reply reports 奖补 and 补助 of platforms.
"""

from helpers import owed_by_section, part_one_of

from drafter.compose.asks import parse_asks
from drafter.compose.select import Item, Section, _drop_repeats, fact_sentences, source_date
from drafter.docx.read import read_draft
from drafter.model import Fact, Period, SourceMeta

ASK = "一、加快中试验证平台建设。支持龙头企业建设中试验证平台，对平台建设和运营给予补助。\n二、完善技术转移。"
POINT = "对平台建设和运营给予补助"


def ask_with_keys():
    ask = parse_asks(ASK, "关于加快中试验证平台建设的建议")[0]
    ask.point_keys = {POINT: ["运营给予补助"]}  # as the base's vocabulary gives it (test_owed_fill)
    return ask


def test_a_subsidy_asked_for_is_said_by_a_word_of_its_kind_beside_the_points_matter():
    ask = ask_with_keys()
    assert POINT in ask.owed("推动41个中试验证平台申报入库培育。")
    # 奖补 and 中试服务平台: the point's kind of money for its matter
    said = "加大技术交易奖补力度；扩大科技创新券支持范围，支持对象增加工业设计中心、中试服务平台（基地）等机构。"
    assert POINT not in ask.owed(said)
    assert POINT in [o.point for o in ask.owed(said, kin=False)]  # as the placeholder reads it: still asked for
    assert ask.says_wholly(next(o for o in ask.owed("") if o.point == POINT), said)
    # a subsidy of something else (a technology project's 立项补助) says nothing of platforms
    assert POINT in ask.owed("2024年全市共遴选凝练12项重大技术需求榜单，立项补助金额达1600万元。")
    # 资金补助 in a list of aspects of a policy reports no subsidy
    assert POINT in ask.owed("推动平台改制，从成果转化、人才待遇、资金补助等方面提出5条扶持措施。")


def first_section(path) -> str:
    """The text of a draft's part one from its first sub-heading up to the second."""
    return "\n".join(p.text for p in part_one_of(read_draft(path))).split("\n（")[1]


def test_the_quick_start_answers_the_subsidy_ask_from_the_2026_reply(quick_start_1350):
    paras = read_draft(quick_start_1350)
    section = first_section(quick_start_1350)
    assert section.startswith("一）加快中试验证平台建设"), section
    item = next(p for p in paras if "强化成果转化激励" in p.text)
    assert "中试服务平台（基地）" in item.text and "奖补" in item.text, item.text
    # what the measure paid, the figure sentence right after it (rv26: cut before), comes with it
    assert item.text.endswith("2025年兑现省、市两级科技成果转化补助及科技创新券补助共计1257.96万元。"), item.text
    assert any("泉科函〔2026〕102号" in n.text for n in item.notes), item.notes
    # the item says the subsidy only in a word of its kind (奖补, and 补助 of 创新券): the placeholder
    # still asks for it beside the fields the ask names (rv26–rv28, rv32, rv33 read the item as no
    # answer on a subsidy for building and running the platforms)
    gap = next(o for h, o in owed_by_section(quick_start_1350).items() if "中试验证" in h)  # on the section's heading
    assert "纺织鞋服、机械装备、新材料" in gap and POINT in gap, gap
    assert POINT not in section, section


def test_without_the_2026_reply_no_other_subsidy_stands_in_for_it(loo_1350):
    section = first_section(loo_1350)
    assert POINT in next(o for h, o in owed_by_section(loo_1350).items() if "中试验证" in h)  # still owed
    assert "1600万元" not in section and "资金补助" not in section, section


def source(date, number):
    return SourceMeta(id=number, path="x", sha256="0", kind="reply", number=number, date=date)


def test_an_undated_source_is_as_new_as_its_numbers_year():
    # a signed reply filed without its date line (the real 102号 has none) is 2026's, newer than May 2025
    said = "以“领军人才+创新团队+创新项目”模式，引进数字化、智能化领域高端人才团队来泉发展。"

    def item(fact_id, meta, score, year):
        fact = Fact(id=fact_id, text=f"一是强化人才引育（{fact_id}）。{said}", kind="done", period=Period(year, "stated"), jurisdiction=None,
                    source_id=meta.id)
        return Item(fact=fact, source=meta, score=score, year=year, sentences=fact_sentences(fact))

    new = item("f", source(None, "泉科函〔2026〕102号"), 1.0, 2025)
    old = item("g", source("2025-05-20", "泉科函〔2025〕81号"), 9.0, 2024)
    assert source_date(new) > source_date(old)
    sections = [Section("人才", [old]), Section("人才引育", [new])]
    _drop_repeats(sections)  # the sentence said in both is kept once, in the newer source
    assert [i.fact.id for s in sections for i in s.items] == ["f"]
    assert said in sections[1].items[0].sentences
