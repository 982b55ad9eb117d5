"""General rules found on held-out round 69 (hd16, hd17: pages of bureaus the earlier rounds did not hold — 马关县交通运输局's
replies, 宁波市农业农村局's, 石林县卫生健康局's and a township's, 惠州市教育局's and a 会办意见 sent to it): other people's words
are never the bureau's work.

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes, in a workspace of the bureau the tester played, and asserts on the facts
that come out and, where a draft used them, on the drafted .docx's text.
"""

from __future__ import annotations

import yaml

from helpers import distil, page_draft, unit_workspace

# 马关县交通运输局's reply to 马关县第十八届人大二次会议第64号建议 of 陈万惠 (ynmg.gov.cn/info/2400/101196.htm), its address and body
# as printed.
MAGUAN_64 = """马关县交通运输局关于马关县第十八届人大二次会议第64号建议的答复函

陈万惠代表:

你提出的“关于维修坡脚镇桐子林至上弯腰树道路的建议”,已交我局研究办理,现答复如下:

加大农村公路建设力度和改善道路通行条件是我局义不容辞的责任,近年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,大力解决群众出行难问题,目前主要是解决全县未通硬化路的进村路。你建议中提及的维修坡脚镇桐子林至上弯腰树道路,属于乡级管护道路,按照农村公路管养的原则“谁使用谁管养”,我局暂时解决不了。目前只能纳入项目库,待国家有这方面的投资计划,我局将及时申报,争取早日解决。

感谢你对交通运输工作的关心和支持,希望以后多提宝贵意见,以利于我们改进交通运输工作。

马关县交通运输局

2023年8月8日
"""
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


def test_a_sentence_stating_a_shortfall_is_a_problem_not_a_result(tmp_path):
    """A reply's sentence on what falls short (…对一些因雨季受损公路维修不到位，导致群众出行存在安全隐患。; 尽管…发展较快，但总体上品牌
    创建仍然较散…，缺乏…强势品牌。) was work done, written as 一是… of the bureau's results: a sentence stating a shortfall (its
    consequence, or what still lacks after a 尽管…但) is a problem, as one saying the work cannot be done for now is."""
    ws = _maguan(tmp_path)
    facts = distil(tmp_path, ws, MAGUAN_105, "mg_2022_105.txt")
    shortfall = next(f for f in facts.facts if "维修不到位" in f.text)
    assert shortfall.kind == "problem" and "一个村小组" not in shortfall.text, (shortfall.kind, shortfall.text)
    assert next(f for f in facts.facts if "一个村小组" in f.text).kind == "done"
    _, document = page_draft(tmp_path, ws, MAGUAN_105, MAGUAN_124, "124", TITLE_124, "--type", "C", "--date", "2024-05-20")
    assert "维修不到位" not in _body(document), _body(document)
    ningbo = unit_workspace(tmp_path / "nb", "宁波市农业农村局", "市农业农村局", "宁波市")
    facts = distil(tmp_path, ningbo, NINGBO_138, "nb_2020_138_tian.txt")
    weak = next(f for f in facts.facts if "较散" in f.text)
    assert weak.kind == "problem", (weak.kind, weak.text)
