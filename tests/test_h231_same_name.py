"""rv6: a page printing no title takes its file's name as title, so a second untitled page saved under the same name was
taken for the first one corrected: the first's facts went to withdrawn/ and the second took over its fact file. A title the
file's name spells tells nothing; the old facts' words still in the new text do."""

from __future__ import annotations

from click.testing import CliRunner

from drafter.cli import cli
from drafter.facts.index import FactIndex
from drafter.model import content_digest

from helpers import unit_workspace

NAME = "2018-01-31_常德海绵城市建设.txt"
# hd45c's seed (常德市住房和城乡建设局): a page cut from a report, no title of its own (its first line an item, (三)…)
CHANGDE = '(三)积极建设海绵城市。常德市在积极创建海绵城市范例,有效应对强降雨天气,确保城市水安全等方面的建设成效,已得到国家多部委和社会各界的高度认可,多次在中央媒体上推介,并在喜庆党的“十九大”全国“砥砺奋进的五年”大型成就展亮相。\n1.建设背景。上世纪80年代以来,随着城市化进程加快,开发强度高、硬质铺装多、雨水调蓄渗滞能力减弱,内涝灾害时有发生;工业废水、生活污水直排进入河道,河水浑浊发臭,水面蓝藻泛滥。内涝问题成为市民的“心头之患”,水体黑臭成为常德市的“城市之殇”。2013年12月,习近平总书记在中央城镇化工作会议上提出了“建设自然积存、自然渗透、自然净化的海绵城市”。2014年12月,住建部、财政部、水利部三部联合启动全国首批海绵城市建设试点城市申报工作。2015年4月,常德市以优异成绩从135个申报城市中脱颖而出,跻身全国首批16个试点城市之一。\n2.建设进度。试点海绵城市建设以来,在市委、市政府的的指导下,常德市海绵城市建设积极探索,因地制宜,开创性地推进海绵城市建设工作,系统谋划和统筹推进海绵城市建设五大工程148个子项目,总投资78.15亿元。截至2017年12月,已完成工程项目113个,在建项目35个,已建成面积52.98平方公里(试点区域内27.58平方公里,试点区域外25.4平方公里),在建项目35个,在建面积6.41平方公里,已完成投资64.22亿元,投资完成比达82.2%。水质及内涝方面,已整治完成内涝点15个、黑臭水体4条,建成区不积水面积达34.97平方公里,占示范区面积的96.9%,剩余1个内涝点及3条黑臭水体预计海绵总验收前可全部完工。已完成市人大机关、市检察院机关、市环保局机关、芷兰居小区、金色晓岛小区等48个院落改造,建成面积3.83平方公里(试点区域内2.72平方\n'
# hd44b's seed (吴忠市城市管理局), its lede line left out: another page with no title, saved under the same name
WUZHONG = (
    "据了解,市政府承诺为民办理的10件实事目前正在稳步推进,部分实事已发挥惠民效益。10件实事共涉及30个子项,其中向全市1891名特困群众和1206名残疾人发放生活救助金、为全市依法登记宗教场所全部免费订阅一份《吴忠日报》、购买公益性岗位252个、对吴忠餐饮店免费制作发放统一标识标牌4个子项已提前完成;市区第二、三自来水厂水质提标改造等22个子项实现了时间过半、进度过半;市区10个老旧小区基础设施维修改造、小学生口腔卫生计划、电动车综合管理整治、建设市区城市绿道4个子项也在稳步推进当中。\n"
)


def _distil(ws) -> None:
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert result.exit_code == 0, result.output


def _first_page(tmp_path):
    """A 常德 workspace with hd45c's untitled page distilled: the workspace, the seed's path and its source."""
    ws = unit_workspace(tmp_path / "ws", "常德市住房和城乡建设局", "市住房和城乡建设局", "常德市")
    (ws.root / "seeds").mkdir()
    seed = ws.root / "seeds" / NAME
    seed.write_text(CHANGDE, "utf-8")
    _distil(ws)
    (first,) = FactIndex.load(ws).sources.values()
    return ws, seed, first


def test_another_untitled_page_under_the_same_name_is_a_new_source(tmp_path):
    ws, seed, first = _first_page(tmp_path)
    assert first.title == "常德海绵城市建设"  # (its file's name: the page prints none)
    seed.write_text(CHANGDE.replace("的的指导下", "的指导下", 1), "utf-8")  # (the clerk corrects a typo: the same page)
    _distil(ws)
    (corrected,) = FactIndex.load(ws).sources.values()
    assert corrected.id != first.id and list((ws.root / "withdrawn").glob(f"*{first.id}/{first.id}.yaml"))
    seed.write_text(WUZHONG, "utf-8")  # (the next page downloaded, saved under the same name)
    _distil(ws)
    index = FactIndex.load(ws)
    assert corrected.id in index.sources and len(index.sources) == 2
    assert (ws.root / "facts" / f"{corrected.id}.yaml").is_file()
    assert not list((ws.root / "withdrawn").glob(f"*{corrected.id}*"))
    assert any("海绵城市" in f.text for f in index.facts_of(corrected.id))
    (new,) = set(index.sources) - {corrected.id}
    assert any("10件实事" in f.text for f in index.facts_of(new))


def test_a_corrected_page_whose_facts_the_clerk_rewrote_is_still_followed(tmp_path):
    """rv7: the old facts' texts are compared as distilled only: facts the clerk rewrote are no longer the page's words, and
    a page whose facts were all rewritten is still the same document corrected (its clerk's work followed, not left
    beside a second copy of the page's facts)."""
    ws, seed, first = _first_page(tmp_path)
    facts = ws.root / "facts" / f"{first.id}.yaml"
    text = facts.read_text("utf-8")
    for fact in FactIndex.load(ws).facts_of(first.id):  # (the clerk rewrites each fact in their own words)
        text = text.replace(fact.text, "经核实：" + "".join(g.raw + "；" for g in fact.figures), 1)
    facts.write_text(text, "utf-8")
    assert all(f.digest != content_digest(f) for f in FactIndex.load(ws).facts_of(first.id))
    seed.write_text(CHANGDE.replace("的的指导下", "的指导下", 1), "utf-8")
    _distil(ws)
    index = FactIndex.load(ws)
    assert len(index.sources) == 1 and first.id not in index.sources
    assert list((ws.root / "withdrawn").glob(f"*{first.id}/{first.id}.yaml"))


def test_another_page_saved_over_one_whose_facts_were_reviewed_is_a_new_source(tmp_path):
    """rv8 1: a fact the clerk only approved (reviewed: true) keeps the page's words: it still tells the first page from
    another one saved under its name, so the second does not take over the first's reviewed facts."""
    ws, seed, first = _first_page(tmp_path)
    facts = ws.root / "facts" / f"{first.id}.yaml"
    facts.write_text(facts.read_text("utf-8").replace("reviewed: false", "reviewed: true"), "utf-8")
    assert all(f.reviewed for f in FactIndex.load(ws).facts_of(first.id))
    seed.write_text(WUZHONG, "utf-8")
    _distil(ws)
    index = FactIndex.load(ws)
    assert first.id in index.sources and len(index.sources) == 2
    assert not list((ws.root / "withdrawn").glob(f"*{first.id}*"))
