"""General rules found on held-out round 69 (hd16, hd17: pages of bureaus the earlier rounds did not hold — 马关县交通运输局's
replies, 宁波市农业农村局's, 石林县卫生健康局's and a township's, 惠州市教育局's and a 会办意见 sent to it): other people's words
are never the bureau's work.

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes, in a workspace of the bureau the tester played, and asserts on the facts
that come out and, where a draft used them, on the drafted .docx's text.
"""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from drafter.cli import cli
from helpers import LUFU_25, HUIZHOU_FAGAI_HUIBAN, MAGUAN_64, distil, page_draft, unit_workspace

# The suggestion the tester drafted from it: 杨开顺's 第124号, on another road.
MAGUAN_124 = """关于解决八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组交浪健油路公路硬化的建议

八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组，连接浪健油路的道路目前仍为土路，晴通雨阻，群众出行和农产品运输十分不便。建议县交通运输局将该路段纳入农村公路建设项目，争取资金尽快实施路面硬化，改善群众出行条件。
"""
TITLE_124 = "关于解决八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组交浪健油路公路硬化的建议"


def _maguan(tmp_path):
    return unit_workspace(tmp_path / "ws", "马关县交通运输局", "县交通运输局", "马关县", "八寨镇, 坡脚镇")


def _body(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_a_replys_sentence_on_the_road_its_deputy_named_is_no_result(tmp_path):
    """The reply's sentence on 陈万惠's own road (你建议中提及的维修坡脚镇桐子林至上弯腰树道路，属于乡级管护道路，…我局暂时解决不了。)
    was distilled with the principle before it as work done, and written into 杨开顺's reply on another road as a result: a
    sentence speaking of a thing the reader named, wherever it stands in its paragraph, is told to that reader of their own
    case — context; the principle the paragraph states stays the bureau's."""
    ws = _maguan(tmp_path)
    facts = distil(tmp_path, ws, MAGUAN_64, "mg_2023_64.txt")
    case = next(f for f in facts.facts if "桐子林" in f.text)
    assert case.kind == "context" and case.text.startswith("你建议中提及的"), (case.kind, case.text)
    principle = next(f for f in facts.facts if "一个村小组至少有一条通村硬化路" in f.text)
    assert principle.kind == "done" and "桐子林" not in principle.text, (principle.kind, principle.text)
    _, document = page_draft(tmp_path, ws, MAGUAN_64, MAGUAN_124, "124", TITLE_124, "--type", "C", "--date", "2024-05-20")
    body = _body(document)
    assert "一个村小组至少有一条通村硬化路" in body and "桐子林" not in body and "你建议中" not in body, body


def test_a_kept_fact_holding_another_readers_case_gives_the_draft_only_its_principle(tmp_path):
    """A fact base distilled before (or a fact a person kept) holds the principle and the sentence on that reply's deputy's
    road in one fact of work done: the draft takes its principle, never the sentence said to that deputy (你建议中提及的…)."""
    ws = _maguan(tmp_path)
    page_draft(tmp_path, ws, MAGUAN_64, MAGUAN_124, "124", TITLE_124, "--type", "C", "--date", "2024-05-20")
    path = next((ws.root / "facts").glob("*64*.yaml"))
    data = yaml.safe_load(path.read_text("utf-8"))
    principle, case = (next(f for f in data["facts"] if w in f["text"]) for w in ("一个村小组", "桐子林"))
    principle["text"] += case["text"]
    principle["reviewed"] = True
    data["facts"].remove(case)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    _, document = page_draft(tmp_path, ws, MAGUAN_64, MAGUAN_124, "124", TITLE_124, "--type", "C", "--date", "2024-05-20",
                             "--force")
    body = _body(document)
    assert "一个村小组至少有一条通村硬化路" in body and "桐子林" not in body, body


# 马关县交通运输局's reply to 马关县第十八届人大一次会议第105号建议 (ynmg.gov.cn/info/2239/88502.htm), its body as printed.
MAGUAN_105 = """马关县交通运输局关于马关县第十八届人大一次会议第105号建议的答复函

杨开顺代表:

你提出的“关于对浪健段柏油路维修的建议”,已交我局研究办理,现答复如下:

加大农村公路建设维修,改善道路通行条件是我局义不容辞的责任,近几年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,大力解决群众出行难问题。县级自筹资金大量用于修建进村道路,对一些因雨季受损公路维修不到位,导致群众出行存在安全隐患。由于县级财力有限,一时难以解决。我局已将你所提的路段纳入2023年大中修项目上报上级业务主管部门,待下级下达任务后,将及时组织实施。

马关县交通运输局

2022年7月22日
"""

# 宁波市农业农村局's reply to 市政协第138号提案 (nyncj.ningbo.gov.cn/art/2020/9/9/art_1229058290_56898563.html), its head and the
# paragraph after its account, as printed.
NINGBO_138 = """甬农函〔2020〕73号
市民革:
贵单位在市政协十五届四次会议上提出的《关于推动农产品品牌建设 助力宁波农业高质量发展的建议》(第138号提案)收悉。现答复如下:
尽管我市近年我市农业品牌建设发展较快,但总体上品牌创建仍然较散、经营主体规模偏小、品牌影响力较弱、推介手段还比较少,缺乏在全国有知名度的强势品牌。下步我市将围绕《高质量推进乡村振兴战略》,加快农业品牌建设。
"""


def test_a_sentence_stating_a_shortfall_is_context_not_a_result(tmp_path):
    """A reply's sentence on what falls short (…对一些因雨季受损公路维修不到位，导致群众出行存在安全隐患。; 尽管…发展较快，但总体上品牌
    创建仍然较散…，缺乏…强势品牌。) was work done, written as 一是… of the bureau's results: a sentence stating a shortfall (its
    consequence, or what still lacks after a 尽管…但) is how things stand, a unit of its own as one saying the work cannot be
    done for now is (that one a problem: the reason a class C reply gives)."""
    ws = _maguan(tmp_path)
    facts = distil(tmp_path, ws, MAGUAN_105, "mg_2022_105.txt")
    shortfall = next(f for f in facts.facts if "维修不到位" in f.text)
    assert shortfall.kind == "context" and "一个村小组" not in shortfall.text, (shortfall.kind, shortfall.text)
    assert next(f for f in facts.facts if "一个村小组" in f.text).kind == "done"
    assert next(f for f in facts.facts if f.text.startswith("由于县级财力有限")).kind == "problem"
    _, document = page_draft(tmp_path, ws, MAGUAN_105, MAGUAN_124, "124", TITLE_124, "--type", "C", "--date", "2024-05-20")
    assert "维修不到位" not in _body(document), _body(document)
    ningbo = unit_workspace(tmp_path / "nb", "宁波市农业农村局", "市农业农村局", "宁波市")
    facts = distil(tmp_path, ningbo, NINGBO_138, "nb_2020_138_tian.txt")
    weak = next(f for f in facts.facts if "较散" in f.text)
    assert weak.kind == "context", (weak.kind, weak.text)


# The suggestion the tester drafted: 王红兰's 第122号 (县十八届人大一次会议), on another village's clinic.
SHILIN_122 = """关于重建新建村卫生室的建议
领衔代表：王红兰

石林街道水塘铺村委会原卫生室建盖年代久，房屋老化，面积小，地理位置不理想，群众看病就医不便，已不能满足村民的基本医疗和公共卫生服务需求。

建议：在原水塘铺小学老校址空地上新建水塘铺村卫生室，由县卫生健康局争取上级项目资金，会同石林街道和有关部门解决建设用地和配套资金，尽快启动重建工作。
"""


def test_a_street_offices_reply_is_its_streets_and_the_plea_it_restates_is_the_suggestion(tmp_path):
    """鹿阜街道办事处's reply was filed of 石林县 (鹿阜街道 one of the workspace's areas), and its 一、基本情况 — the village's account,
    its 两委 decision and its plea, 恳请县人大给予支持缺口资金6万元 — was work done, written as the county bureau's 基本情况 in
    王红兰's reply: a street office's reply is of its 街道, as a town government's is of its town (an area's facts, examples at
    most, never the bureau's own; distill says its issuer is not the bureau), and a reply's statement holding a plea for
    support (恳请…给予…) is the suggestion told back."""
    ws = unit_workspace(tmp_path / "ws", "石林彝族自治县卫生健康局", "县卫生健康局", "石林彝族自治县",
                        "鹿阜街道, 石林街道, 板桥街道, 西街口镇, 长湖镇, 圭山镇, 大可乡")
    facts = distil(tmp_path, ws, LUFU_25, "sl_2019_lufu_jiedao_jianyi25.txt")
    assert (facts.source.issuer, facts.source.jurisdiction) == ("鹿阜街道办事处", "鹿阜街道"), facts.source
    assert all(f.jurisdiction == "鹿阜街道" for f in facts.facts), [f.jurisdiction for f in facts.facts]
    plea = next(f for f in facts.facts if "恳请县人大" in f.text)
    assert plea.kind == "context", (plea.kind, plea.text)
    _, document = page_draft(tmp_path, ws, LUFU_25, SHILIN_122, "122", "关于重建新建村卫生室的建议", "--type", "B",
                             "--date", "2022-05-20")
    body = _body(document)
    assert not any(w in body for w in ("西纳村", "恳请", "街道办与县人大")), body
    said = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "page.txt")]).output.replace("\n", "")
    assert "发文单位记为“鹿阜街道办事处”，不是本单位" in said, said


# 元江县卫生健康局's reply to 元江县第十八届人民代表大会第三次会议第74号建议 (www.yjx.gov.cn/…/20240628/1539623.html), its paragraph on the
# deputy's ask as printed (the page lost a stop before 鉴于您提出).
YUANJIANG_74 = """元江县卫生健康局关于对元江县第十八届人民代表大会第三次会议第74号建议的答复

白德军代表:

提出的关于者党村民小组新建卫生室的建议74,已交由我研究处理,现答复如下:

2015年建设者党村卫生室时。县卫生健康局积极向市卫健委申请预算投资村卫生室建设改扩建项目,争取到市级配套经费4万元用于者党村卫生室建设,先后共拨付村卫生室建设资金9万元鉴于您提出:现卫生室建位于红土坡小组,不在村委会所属地,给其他小组村民就医就诊带来不便,现村委会旁有一块活动室闲置,约60平方米,建议新建卫生室在该位置,预计投入资金20万元的建议。

元江县卫生健康局
2024年6月28日
"""


def test_a_statement_ending_on_the_suggestion_it_names_is_the_ask(tmp_path):
    """…建议新建卫生室在该位置，预计投入资金20万元的建议。 gave a plan of 20万元: a reply's statement ending on the suggestion it
    names (…的建议。) says what was asked; its figures are the ask's, no plan of the bureau's."""
    ws = unit_workspace(tmp_path / "ws", "元江哈尼族彝族傣族自治县卫生健康局", "县卫生健康局", "元江哈尼族彝族傣族自治县")
    facts = distil(tmp_path, ws, YUANJIANG_74, "yj_2024_74.txt")
    asked = [f for f in facts.facts if any(g.raw == "20万元" for g in f.figures)]
    assert asked and all(f.kind == "context" for f in asked), [(f.kind, f.text) for f in facts.facts]


SMALL_SCHOOLS = """关于改善乡村小规模学校办学条件推动城乡义务教育均衡发展的建议

我市乡村小规模学校数量多、规模小，办学条件薄弱。建议：一、加大乡村小规模学校和乡镇寄宿制学校标准化建设投入；二、妥善处理乡村“麻雀学校”，优化城乡学校布局。
"""


def test_another_units_huiban_letter_is_its_word_never_the_bureaus_work_or_plan(tmp_path):
    """惠州市发展和改革局's 会办意见 to 市教育局 (its 我局 the 发改局) was filed as plain facts of 惠州市 and drafted as 市教育局's
    results (近年来，我们主动服务和支持学校建设项目…) and its plan (下步，我们将积极配合教育主管部门…); distill said nothing,
    as it does of another place's source. A reply another unit of the place issued is that unit's word: distill says so,
    and its facts speaking of that unit (我局, 我们) are never the bureau's result or plan."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市", "惠城区, 惠阳区, 惠东县, 博罗县, 龙门县")
    result, document = page_draft(tmp_path, ws, HUIZHOU_FAGAI_HUIBAN, SMALL_SCHOOLS, "31",
                                  "关于改善乡村小规模学校办学条件推动城乡义务教育均衡发展的建议", "--date", "2025-05-20")
    said = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "page.txt")]).output.replace("\n", "")
    assert "发文单位记为“惠州市发展和改革局”，不是本单位" in said, said
    text = _body(document) + "".join(c.text for c in document.comments)
    assert not any(w in text for w in ("主动服务和支持学校建设项目", "配合教育主管部门", "发改部门职能", "1.9亿元")), text


# 魏县水利局's reply to 魏县第十六届人民代表大会第三次会议第16号建议 (wei.gov.cn/xxgk/show.php?cid=21&id=17675), filed in 魏县农业农村局's
# base (hd12), its body as printed.
WEIXIAN_16 = """对魏县第十六届人民代表大会

第三次会议第16号建议的答复

刘玉东等代表:

你们提出的关于在回隆镇中心地带建造蓄水池的建议收悉,现答复如下:

首先感谢你们对水利工作的关心和支持。2016—2017年按照张庆伟省长提出的“东水西调,丰蓄枯用,冬蓄春用”的思路,在有引水渠道和废弃坑塘的村庄修建了几座蓄水坑塘。2018—2019年,由于机构改革职能划转等原因,上级将水利部门的部分农田水利建设职能已划转到了其它单位,目前我们已无申报坑塘及田间工程项目的权限和资金来源。根据我们原来调查统计,回隆镇目前无引水渠道,灌溉渠道上已修建有房屋或建筑物等事实,由于回隆镇地势较高,提水需三级扬水,灌溉费用成本太高,不符合坑塘建设的有关条件。故请你们咨询其他相关单位或项目进行申报建设。

魏县水利局

2019年9月6日
"""


def test_a_town_of_the_county_opening_a_statement_is_the_statements_place(tmp_path):
    """根据我们原来调查统计，回隆镇目前无引水渠道… was of 魏县: the place reader takes no town alone, so a town of the county
    (one of the workspace's areas) opening a statement after its setting left it the county's. An area of the workspace
    opening a statement as its subject is its place: an example at most, never the bureau's own."""
    ws = unit_workspace(tmp_path / "ws", "魏县农业农村局", "县农业农村局", "魏县", "魏城镇, 回隆镇, 沙口集乡")
    facts = distil(tmp_path, ws, WEIXIAN_16, "2019_wei_shuilij_reply_16hao.txt")
    town = next(f for f in facts.facts if "回隆镇目前无引水渠道" in f.text)
    assert town.jurisdiction == "回隆镇" and not town.external, (town.jurisdiction, town.text)


POND = """关于在沙口集乡修建蓄水坑塘的建议

沙口集乡灌溉水源不足，群众浇地困难。建议在沙口集乡有引水渠道的村庄修建蓄水坑塘，解决农田灌溉问题。
"""


def test_another_bureaus_reply_in_the_base_is_never_the_bureaus_work(tmp_path):
    """魏县水利局's reply, filed in 魏县农业农村局's base, gave a draft on ponds its 2016—2017年…修建了几座蓄水坑塘 as 我局's work
    (近年来，我局…主要做法和成效如下：), a sentence naming no one: every fact of a reply another unit of the bureau's place issued
    is that unit's, whether it says 我们 or not."""
    ws = unit_workspace(tmp_path / "ws", "魏县农业农村局", "县农业农村局", "魏县", "魏城镇, 回隆镇, 沙口集乡")
    _, document = page_draft(tmp_path, ws, WEIXIAN_16, POND, "7", "关于在沙口集乡修建蓄水坑塘的建议", "--type", "C",
                             "--date", "2019-12-01")
    body = _body(document)
    assert "蓄水坑塘" in body and "修建了几座蓄水坑塘" not in body and "我们" not in body, body
