"""A mode or mechanism named in quotes that a newer source reports is not reported again from an
older one.

From the whole base, 1288's part one took 〔2026〕102号's 探索“异地研发、本地转化”机制”，出台《泉州市促进异地
研发孵化若干措施》。推进西安交通大学-泉州联合创新孵化中心建设… and, two items later, 81号's (May 2025)
…；推进“异地研发、本地转化”模式，成功推动西安交大-泉州联合创新孵化中心签约落地，新增异地研发孵化机构13家…: one
programme twice, with the older figures read beside the newer (the clerk's notes of stop 26).
"""

from helpers import part_one_of

from drafter.compose.select import Item, Section, _drop_older_modes
from drafter.docx.read import read_draft
from drafter.model import Fact, Period, SourceMeta

MODE = "异地研发、本地转化"


def item(text: str, date: str, number: str) -> Item:
    source = SourceMeta(id=number, path=f"{number}.txt", sha256="", kind="reply", date=date)
    fact = Fact(id=number, text=text, kind="done", period=Period(int(date[:4]), "text"), jurisdiction="泉州市",
                source_id=number)
    return Item(fact=fact, source=source, score=1.0, year=int(date[:4]),
                sentences=[s + "。" for s in text.rstrip("。").split("。")])


def test_the_older_part_on_a_mode_the_newer_source_reports_goes():
    newer = item("探索“异地研发、本地转化”机制，出台《泉州市促进异地研发孵化若干措施》。已引进4项技术成果在泉落地转化。",
                 "2026-05-20", "102")
    older = item("强化高质量科技成果供给。聚焦院所、企业所需，出台“12条措施”，推动建设中试验证平台（基地）28个；"
                 "推进“异地研发、本地转化”模式，新增异地研发孵化机构13家。", "2025-05-20", "81")
    sections = [Section(heading="畅通科技成果转化渠道", items=[newer, older])]
    _drop_older_modes(sections)
    assert sections[0].items == [newer, older]
    assert older.sentences == ["强化高质量科技成果供给。", "聚焦院所、企业所需，出台“12条措施”，推动建设中试验证平台（基地）28个。"]
    assert newer.sentences[0].startswith("探索“异地研发、本地转化”机制")  # the newer says it still


def test_a_quoted_name_that_is_no_mode_and_a_mode_of_the_same_year_stay():
    newer = item("支持“专精特新”企业牵头攻关。新立项13个项目。", "2026-05-20", "102")
    older = item("实施“揭榜挂帅”机制。其中8项技术需求由“专精特新”企业提出；立项补助金额达1600万元。", "2025-05-20", "81")
    same = item("推进“异地研发、本地转化”模式，新增异地研发孵化机构13家。", "2026-03-01", "7")
    twin = item("探索“异地研发、本地转化”机制，引进4项成果。", "2026-05-20", "102")
    sections = [Section(heading="攻关", items=[newer, older]), Section(heading="转化", items=[twin, same])]
    before = [list(i.sentences) for i in (newer, older, twin, same)]
    _drop_older_modes(sections)
    assert [list(i.sentences) for i in (newer, older, twin, same)] == before


def test_an_older_item_left_with_nothing_goes():
    newer = item("探索“异地研发、本地转化”机制，引进4项成果。", "2026-05-20", "102")
    older = item("推进“异地研发、本地转化”模式，新增异地研发孵化机构13家。", "2025-05-20", "81")
    sections = [Section(heading="转化", items=[newer]), Section(heading="平台", items=[older])]
    _drop_older_modes(sections)
    assert sections[1].items == []


def test_the_whole_base_1288_reports_the_mode_once_from_the_2026_reply(whole_1288):
    part_one = "\n".join(p.text for p in part_one_of(read_draft(whole_1288)))
    assert part_one.count(MODE) == 1, part_one
    assert "出台《泉州市促进异地研发孵化若干措施》" in part_one
    assert "新增异地研发孵化机构" not in part_one and "签约落地" not in part_one
    # the older item keeps what the newer does not report: the 中试 measure of 2025
    assert "“12条措施”" in part_one, part_one
