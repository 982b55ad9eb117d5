"""Asks and headings found on held-out round hd26 (临沧市文化和旅游局, 宿迁市人力资源和社会保障局, 攀枝花市退役军人事务局):
every numbered point of a proposal is answered under a heading saying what it asks, and each placeholder asks for
what its heading says.

The suggestions are the testers' (each restates the asks the real reply answers); the base, where one is needed, is a
few real lines of a page the tester distilled (named in the test), distilled through the public path of ``drafter distill``.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner

from drafter.cli import cli
from drafter.compose.asks import concern, parse_asks, short_topic
from helpers import sections, unit_workspace

# hd26b: 临沧市政协五届四次会议第05040117号提案, its seven points as the real reply restates them.
LINCANG_TITLE = "关于推动临沧文旅产业高质量发展的几点建议"
LINCANG_ASKS = """关于推动临沧文旅产业高质量发展的几点建议

提案人：市政协委员联络委员会

为推动临沧文旅产业高质量发展，建议：
一是从市级层面加强全市旅游资源的整体打造，树牢全域旅游发展理念，舞好规划龙头，激活文旅融合发展动力源。
二是积极争取国家、省级层面规划建设澜沧江流域“世界茶树发源地中心”。
三是加快度假区创建，策划包装特色鲜明的网红夜市。
四是打造集文化创意、体育竞训、休闲养生于一体的候鸟式“创、训、养”基地。
五是突出南佤（沧源）北茶（凤庆），在康旅上作文章。
六是设立文旅人才发展专项资金，建立完善文旅人才培养、引进奖励机制。
七是做好“周周有活动、月月有节庆”，增强临沧辨识度、美誉度。
"""
# The news of 临沧's 2025 局长会议 summing up 2024 (the tester's seed 临沧文旅_2025_局长会议_2024年总结.txt), its opening
# and its paragraph on tourism, as the page prints them.
LINCANG_NEWS = """日前,临沧市召开全市文化和旅游局长会议,全面总结2024年文旅工作成效,部署2025年重点任务。会议指出,过去一年,临沧市以“文化强市、旅游强市”为目标,在公共文化服务、旅游产业转型、文化遗产保护、城市品牌塑造等方面取得显著突破,为“十四五”收官之年奠定了坚实基础。
2024年:文旅融合纵深推进,发展动能持续增强
旅游产业加速转型升级
临沧市以项目驱动旅游高质量发展,全年谋划文旅项目137个,总投资64亿元,旅游固定资产投资同比增长37%。镇康赐福彝寨成功创建4A级景区,7个村获评省级金牌旅游村,37个村跻身国家A级景区。通过“创训养”示范基地建设,打造文创体验基地5个、艺术家第二居所3个,推动康养旅游、体育旅游等新业态发展。数据显示,2024年临沧接待游客4180.7万人次,旅游总收入达391.2亿元,同比分别增长15.47%和15.24%。
"""

# hd26a: the proposal 《关于激发乡土人才创业活力的建议》 (宿迁, co-handled by 市农业农村局、市行政审批局、市地方金融监督管理局).
SUQIAN_TITLE = "关于激发乡土人才创业活力的建议"
SUQIAN_ASKS = """关于激发乡土人才创业活力的建议

提案人：xxx委员

乡土人才是推动乡村振兴的重要力量。近年来我市返乡创业人员不断增加，但乡土人才创业仍面临引导机制不健全、创业氛围不浓、政策扶持和金融支持不足、融资难融资贵等问题。为此建议：

一、突出组织推动，健全创业引导机制。加强部门协同，高位推动乡土人才创业工作；常态化开展创业指导、专题培训、政策宣讲、创业经验分享等活动，举办创业创新大赛，选树返乡创业典型，营造鼓励支持返乡创业的浓厚氛围。

二、突出政策扶持，优化创业环境。组建创业指导专家团，依托公共就业服务机构、创业孵化基地为返乡创业者提供全方位创业指导服务；加强金融支持，推动银行机构加大乡村振兴贷款投放，针对创业群体创新开展创业贷款、信用贷款等产品，降低创业融资成本。
"""

# hd26d: 市政协十届三次会议第189号提案 (攀枝花).
PANZHIHUA_TITLE = "关于拓展优待证使用场景的建议"
PANZHIHUA_ASKS = """关于拓展优待证使用场景的建议

提案人：XXX委员

2022年3月我市启动退役军人优待证申请工作以来，已有不少退役军人及“三属”申领了优待证，但优待证在我市可以使用的场所和项目还不多，持证人在餐饮、住宿、文旅等日常生活中享受优待的机会有限，优待证“好看不好用”。为此建议：

一、拓宽优待证使用场景，推动更多餐饮、酒店住宿、民宿、景区等商家和单位推出面向持证人的优待项目，扩大优待项目清单。

二、落实并完善持证人免费乘坐城区内公共汽车等交通出行优待。
"""


def _draft(tmp_path, ws, number: str, title: str, text: str, *options: str, pages: dict[str, str] | None = None):
    """``pages`` distilled in ``ws``, then ``title`` drafted with ``text`` as ``drafter draft`` does: its output and draft."""
    runner = CliRunner()
    for name, page in (pages or {}).items():
        (tmp_path / name).write_text(page, "utf-8")
        assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / name)]).exit_code == 0
    (tmp_path / "suggestion.txt").write_text(text, "utf-8")
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", number, title, "--text", str(tmp_path / "suggestion.txt"),
                                 "-o", str(out), "--proposal", *options])
    assert result.exit_code == 0, result.output
    return result.output, docx.Document(out)


def _lincang(tmp_path):
    return unit_workspace(tmp_path / "ws", "临沧市文化和旅游局", "市文旅局", "临沧市", "临翔区, 凤庆县, 云县, 沧源佤族自治县")


def test_a_titles_count_of_its_points_is_no_part_of_its_matter():
    """…的几点建议 names how many points the proposal makes: its matter is what comes before (hd26b: 围绕我市文旅产业高质量
    发展的几点积极开展工作; 下一步我局将继续推动…的几点)."""
    assert concern(LINCANG_TITLE) == "推动临沧文旅产业高质量发展"
    assert short_topic("关于促进返乡农民工创业的若干建议") == "促进返乡农民工创业"


def test_seven_points_are_six_sections_each_headed_by_its_own_ask_and_the_seventh_said_left(tmp_path):
    """hd26b: the seven points came out as six sections, one headed by the title's core (推动临沧文旅产业高质量发展的几点, over
    the 创训养 ask whose clause was too long to head it), the seventh cut without a word. The first six are a section each
    (six at most, issue 8), the long one headed without what it names by example (集…于一体的), and the base's 创训养
    result (written 创训养, the ask spells it “创、训、养”) answers it; the seventh (节庆) is named by the command and on
    part one's heading, to merge or write in."""
    output, document = _draft(tmp_path, _lincang(tmp_path), "05040117", LINCANG_TITLE, LINCANG_ASKS,
                              "--deputy", "市政协委员联络委员会", "--date", "2025-09-19", pages={"news.txt": LINCANG_NEWS})
    parts = sections(document)
    assert len(parts) == 6, list(parts)
    assert "打造候鸟式“创、训、养”基地" in parts, list(parts)
    assert not any("节庆" in heading for heading in parts), list(parts)
    assert "周周有活动、月月有节庆" in output, output
    assert any("周周有活动、月月有节庆" in c.text and "未单列一节" in c.text for c in document.comments)
    assert any("创训养" in p for p in parts["打造候鸟式“创、训、养”基地"]), parts["打造候鸟式“创、训、养”基地"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "几点" not in text.replace(f"《{LINCANG_TITLE}》", ""), text
    assert "几点" not in output.replace(f"《{LINCANG_TITLE}》", ""), output


def test_asks_beyond_the_most_a_reply_answers_one_by_one_are_said_left(tmp_path):
    """More points than a reply gives sections (here twelve: hd26b's seven, hd26a's two, hd26d's two and one more) are
    not dropped in silence: the first six are sections, the command and part one's comment name the six left."""
    points = [a.text for a in parse_asks(LINCANG_ASKS, LINCANG_TITLE) + parse_asks(SUQIAN_ASKS, SUQIAN_TITLE)
              + parse_asks(PANZHIHUA_ASKS, PANZHIHUA_TITLE)] + ["加强文旅市场监管，规范旅游市场秩序。"]
    text = "为推动临沧文旅产业高质量发展，建议：\n" + "\n".join(
        f"{n}、{p}" for n, p in zip("一二三四五六七八九十", points[:10])) + f"\n十一、{points[10]}\n十二、{points[11]}\n"
    left = [a.phrase for a in parse_asks(text, LINCANG_TITLE)][6:]
    assert len(left) == 6 and left[-2:] == ["完善持证人免费乘坐城区内公共汽车等交通出行优待", "加强文旅市场监管"], left
    output, document = _draft(tmp_path, _lincang(tmp_path), "12", LINCANG_TITLE, text, "--date", "2025-09-19")
    assert len(sections(document)) == 6, list(sections(document))
    assert all(phrase in output for phrase in left), output
    assert any(all(phrase in c.text for phrase in left) for c in document.comments), [c.text for c in document.comments]


def test_a_stressed_heading_keeps_what_it_does(tmp_path):
    """hd26a: 突出组织推动，健全创业引导机制 was headed （一）突出组织推动, the half saying what is done lost; the real reply
    keeps both halves."""
    ws = unit_workspace(tmp_path / "ws", "宿迁市人力资源和社会保障局", "市人社局", "宿迁市", "沭阳县, 泗阳县, 泗洪县")
    _, document = _draft(tmp_path, ws, "101", SUQIAN_TITLE, SUQIAN_ASKS, "--deputy", "xxx", "--date", "2022-09-01")
    assert list(sections(document))[:2] == ["突出组织推动，健全创业引导机制", "突出政策扶持，优化创业环境"], list(sections(document))


def test_a_co_handler_an_ask_names_by_its_field_is_asked_inside_that_ask(tmp_path):
    """hd26a: 市地方金融监督管理局 had a section of its own (（五）【待…提供：小标题】) though ask 二 asks 加强金融支持: a
    local financial regulator's field is 金融, and the lead unit merges its view into the point it answers (reference/
    reply-anatomy.md), so its placeholder stands in that ask's section and asks for that point. A co-handler no ask
    names is asked once, for its part, after the asks' sections, its comment saying to write what belongs to an ask with
    it (h316, hd57c: asked in each ask's section for its part in it, it was asked as many times as there are asks)."""
    ws = unit_workspace(tmp_path / "ws", "宿迁市人力资源和社会保障局", "市人社局", "宿迁市", "沭阳县, 泗阳县, 泗洪县")
    _, document = _draft(tmp_path, ws, "101", SUQIAN_TITLE, SUQIAN_ASKS, "--deputy", "xxx", "--date", "2022-09-01",
                         "--with", "市农业农村局", "--with", "市地方金融监督管理局")
    parts = sections(document)
    finance = "【待市地方金融监督管理局提供：加强金融支持方面的工作情况"
    assert any(finance in p for p in parts["突出政策扶持，优化创业环境"]), parts
    assert not any("市地方金融监督管理局" in heading for heading in parts), list(parts)
    assert list(parts) == ["突出组织推动，健全创业引导机制", "突出政策扶持，优化创业环境", "【待市农业农村局提供：小标题】"], list(parts)
    farm = [p for ps in parts.values() for p in ps if "【待市农业农村局提供：" in p]
    assert farm == ["【待市农业农村局提供：市农业农村局承办部分的工作情况及数据（注明年份）】"], parts
    assert any(c.text.startswith("建议所提各项中未分出由市农业农村局承办的事项") and "并入该项" in c.text for c in document.comments)


def test_a_gap_asks_for_what_its_heading_says(tmp_path):
    """hd26d: under （一）拓宽优待证使用场景 the placeholder asked only for 扩大优待项目清单, the ask's last clause: a point
    saying less than half its heading's words is asked for with the heading."""
    ws = unit_workspace(tmp_path / "ws", "攀枝花市退役军人事务局", "市退役军人事务局", "攀枝花市", "东区, 西区, 仁和区")
    _, document = _draft(tmp_path, ws, "189", PANZHIHUA_TITLE, PANZHIHUA_ASKS, "--deputy", "XXX", "--date", "2024-08-30")
    (gap,) = sections(document)["拓宽优待证使用场景"]
    # (the clause between them, too long, said by its list's first member and kind, not dropped: hx73a1)
    assert "【待补充：拓宽优待证使用场景，推动更多餐饮等商家和单位推出面向持证人的优待项目、扩大优待项目清单方面的工作情况" in gap, gap


def test_a_co_handlers_part_after_six_points_is_a_section_of_its_own(tmp_path):
    """Seven points took every section MAX_SECTIONS allows: a co-handler no point names (市商务局, hd26b's 节庆 proposal
    was co-handled by it) still has its part after them, not a paragraph under the sixth point's heading."""
    _, document = _draft(tmp_path, _lincang(tmp_path), "05040117", LINCANG_TITLE, LINCANG_ASKS,
                         "--deputy", "市政协委员联络委员会", "--date", "2025-09-19", "--with", "市商务局")
    parts = sections(document)
    assert len(parts) == 7, list(parts)
    *asks, (theirs, under) = parts.items()
    assert "市商务局" in theirs and all("市商务局" not in p for _, ps in asks for p in ps), parts
    assert any("待市商务局提供" in p for p in under), under
