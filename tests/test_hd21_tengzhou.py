"""Held-out round hd21b (滕州市住房和城乡建设局, 山东): plans its 2022 replies state, read as results.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in the
test) through the public path a user's ``drafter distill`` takes, in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner

from drafter.cli import cli
from helpers import distil, fact_saying, page_draft, unit_workspace


def _tengzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "滕州市住房和城乡建设局", "市住建局", "滕州市", "龙泉街道, 北辛街道, 荆河街道")


# 滕州市住建局's reply to 人大十九届一次会议第50号代表建议 (tengzhou.gov.cn, 2022-07-28), as the page prints it: the section's
# heading run into its paragraph, the page cut after 对北.
REPLY_50 = """- 成文时间:2022年07月28日
2022年度滕州市住建局关于人大十九届一次会议第50号代表建议的答复(关于将单位宿舍纳入老旧小区改造范围的建议)
马军运代表: 您好,您提出的“关于将单位宿舍纳入老旧小区的改造范围的建议”的提案已收悉,感谢您提出的宝贵建议,现将提案办理情况汇报如下。
一、积极响应政策,统筹规划,科学编制“十四五”及2022年老旧小区改造计划 自2021年以来,老旧小区改造作为事关老百姓生活的人居生活环境,国家、省市各级出台了改造政策和标准。我市积极响应上级政策,充分调研,统筹规划,科学编制了2021-2025年老旧小区改造计划。“十四五”期间,拟对全市2005年12月31日前建成使用,存在失养失修失管严重、市政配套设施不完善、公共服务和社会服务设施不健全、居民改造意愿强烈等问题的184个老旧小区进行改造,改造总户数约4.82万户,改造总面积约471.10万平方米。2022年,市委、市政府对北
"""
# …its reply to 第48号 of the same day.
REPLY_48 = """- 成文时间:2022年07月28日
2022年度滕州市住建局关于人大十九届一次会议第48号代表建议的答复(关于将荆泉路南延至笃西路并提升基础设施建设的议案)
刘雪源等10位代表: 你们好!你们提出的《关于将荆泉路南延至笃西路并提升基础设施建设的议案》已收悉,现将办理情况回复如下: 荆泉路是东部城区的一条贯穿南北的城市次干道,当前已完成滕平路至腾飞路城区段道路的建设,道路建成后缓解了龙泉路的交通压力,带动了荆泉路沿线经济的发展,提升了东部城区的城市形象。2021年我市提出要着力在“工业强市、产业兴市”上攻坚突破,聚焦聚力要素保障,市政府与山东省土地发展集团洽谈,签订合作框架协议,计划实施城南6平方公里土地一级开发,着力拓展城市发展框架,完善园区基础设施建设。
"""


def test_a_five_year_plans_target_is_a_plan(tmp_path):
    """“十四五”期间，拟对…184个老旧小区进行改造 was a result (kind done, its three figures), the section's heading glued onto the
    fact's text and the page's cut tail (2022年，市委、市政府对北) kept: what is intended for a plan's span is a plan, a heading a
    space ends is the section's, and the cut is left out."""
    ff = distil(tmp_path, _tengzhou(tmp_path), REPLY_50, "2022-07-28_第50号建议的答复.txt")
    target = fact_saying(ff, "184个老旧小区")
    assert target.kind == "plan" and target.text.startswith("“十四五”期间")
    assert {g.value for g in target.figures} == {184, 4.82, 471.1}
    drawn_up = fact_saying(ff, "科学编制了2021-2025年")
    assert drawn_up.kind == "done" and drawn_up.text.startswith("自2021年以来") and not drawn_up.figures
    assert drawn_up.section == ["一、积极响应政策，统筹规划，科学编制“十四五”及2022年老旧小区改造计划"]
    assert not any("对北" in f.text for f in ff.facts)


def test_a_plan_clause_after_work_done_is_a_plan(tmp_path):
    """…签订合作框架协议，计划实施城南6平方公里土地一级开发 was a result whose figure (6平方公里) was dated 2021 from the slogan
    before it: the clause planned is a plan of its own, its figure no result."""
    ff = distil(tmp_path, _tengzhou(tmp_path), REPLY_48, "2022-07-28_第48号建议的答复.txt")
    planned = fact_saying(ff, "6平方公里")
    assert planned.kind == "plan" and planned.text.startswith("计划实施城南")
    assert not any(f.figures for f in ff.facts if f.kind == "done")


# …its reply to 第27号 (a mirror site's copy, in traditional characters, its date run into its first line), whole.
REPLY_27 = """7月28日,2022年度滕州市住建局關于人大十九屆一次會議第27號代表建議(關于進一步加強西部城區基礎設施配套的建設)的答復:
你們好!你們提出的《關于進一步加強西部城區基礎設施配套的建設》已收悉,感謝你們提出的寶貴建議,我們高度重視,立即安排專人予以落實、辦理,現將辦理情況回復如下:
近年來,市委、市政府十分重視西部城區基礎設施建設,相繼實施了振興路全線、大地路、清水灣公園等一系列基礎設施建設工程,有效改善了西部城區的交通通行情況和居民的居住環境,但與其他城區相比仍有較大的提升空間。
按照市委、市政府工作安排,2022年計劃設施柳屯路、荊河西路、程莊西街、河濱北路下游段、河陽西路、新華西路、染山路、北辛西路、柳屯路路橋、新華西路橋等道路橋梁新建,實施河陽中路、新華西路、大地路等道路升級改造,實施馮河振興公園、鐵西公園、清流公園等城市綠化建設,進一步完善西部城區基礎設施,提升西部城區城市品質,改善西部城區居住環境。
目前,各工程均已開工建設,柳屯路和柳屯橋建設工程已完成600米車行道、排水等設施建設,河濱北路(平行路至振興路)計劃待平行路荊河橋西半幅橋梁通車后開工;同時,根據荊莊居區域棚戶區改造計劃和進度,適時啟動河濱北路(振興路至荊莊街)建設。
感謝你們對我市城市建設的關心和支持,在以后的工作中,還請繼續對我們的工作予以關心和監督。
"""
# The tester's suggestion for the held-out 政协 proposal 164257 (2025-07-17), its asks as the real reply answers them.
SUGGESTION_164257 = """关于加强城区交通堵点治理的建议

提案人：任涛

近年来，随着我市机动车保有量的不断增加，城区道路面临较大的交通通行压力，部分路段、路口交通拥堵问题突出，影响群众出行。为此建议：
一、加快完善城市路网，打通断头路，新建道路桥梁，分流主干道交通压力。
二、实施城区道路提升改造，提高城区道路通行效率。
"""


def test_an_old_plan_is_never_offered_as_its_frame_alone(tmp_path):
    """Part two offered 2022's plan as （一）持续加快完善城市路网。按照市委、市政府工作安排。【待核实：2022年计划…】: its clause of work
    dropped (it names 2022), what it follows kept — no measure, bad Chinese. A plan sentence of an earlier year left with only
    what the work follows is none: the item asks for the measures."""
    _, document = page_draft(tmp_path, _tengzhou(tmp_path), REPLY_27, SUGGESTION_164257, "164257", "关于加强城区交通堵点治理的建议",
                             "--proposal", "--date", "2025-07-17", name="2022-27号-西部城区.txt")
    text = "\n".join(p.text for p in document.paragraphs)
    part_two = text[text.index("二、"):]
    item = next(line for line in part_two.splitlines() if "完善城市路网" in line)
    assert "按照市委、市政府工作安排" not in item and "【待补充：具体举措】" in item


def test_what_the_leadership_values_ending_on_a_shortfall_is_background(tmp_path):
    """近年来，市委、市政府十分重视西部城区基础设施建设，…但与其他城区相比仍有较大的提升空间。 was a result of the bureau's, printed in
    part one: what the leadership values, said before the shortfall that occasions the ask, is context."""
    ff = distil(tmp_path, _tengzhou(tmp_path), REPLY_27, "2022-27号-西部城区.txt")
    assert fact_saying(ff, "十分重视西部城区").kind == "context"
    assert fact_saying(ff, "已完成600米车行道").kind == "done"


def test_recent_years_of_old_material_are_dated_in_part_one(tmp_path):
    """The same statement, kept as a result by the clerk (its kind set to done in its fact file), stood in a 2025 reply's part
    one unmarked, its 近年来 read as the reply's recent years: of material older than last year, it is flagged like any
    undated item of such material."""
    ws = _tengzhou(tmp_path)
    (tmp_path / "2022-27号-西部城区.txt").write_text(REPLY_27, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "2022-27号-西部城区.txt")]).exit_code == 0
    path = next((ws.root / "facts").glob("*27*.yaml"))
    facts = path.read_text("utf-8")
    at = facts.index("十分重视西部城区")
    path.write_text(facts[:at] + facts[at:].replace("kind: context", "kind: done", 1), "utf-8")
    (tmp_path / "suggestion.txt").write_text(SUGGESTION_164257, "utf-8")
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "164257", "关于加强城区交通堵点治理的建议", "--deputy", "任涛",
                                 "--proposal", "--date", "2025-07-17", "--text", str(tmp_path / "suggestion.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    item = next(p.text for p in docx.Document(out).paragraphs if "十分重视西部城区" in p.text)
    assert "【待核实：最新进展】" in item


# 市融媒体中心's review of 2022's 城建 work (tengzhou.gov.cn, 2023-02-02), its section on roads as printed (the page cut after 约128万平).
REVIEW_2023 = """砥砺奋进逐梦行 一城繁华日日新——我市全力推进城建工作打造人民满意之城综述

时间:2023-02-02 来源:市融媒体中心

城市建设跑出新速度

驱车行驶在墨子大道,宽阔平坦的沥青路面、清晰醒目的标志标牌、大气宏畅的路面、绿意盎然的路边……处处让人心旷神怡。墨子大道通车,是我市城市骨干路网建设一个新的飞跃,它的建成通车极大缓解了城区交通压力,有力提升了城市道路品质,为全市经济社会高质量发展注入了新动能、释放了新活力。

去年以来,按照市委、市政府确立的“东拓、西提、南融、北延、中优”的城市发展思路,以增强城市承载力为目标,我市不断完善城市基础设施,全年实施道路、桥梁、隧道、绿化等城市基础设施项目32个,累计完成投资11亿元,全年新增道路里程约12千米,建成城市地下综合管廊约1.4千米,新建改造燃气管网约30千米,敷设热力管道约15千米,新增城市集中供热面积约128万平
"""


def test_things_listed_say_a_point_naming_them_run_together(tmp_path):
    """The ask 新建道路桥梁 was left a placeholder (【待补充：建议所提打通断头路、新建道路桥梁方面的工作情况】) though the base reported
    实施道路、桥梁、隧道、绿化等城市基础设施项目32个…新增道路里程约12千米: the list 道路、桥梁 says the point's 道路桥梁."""
    _, document = page_draft(tmp_path, _tengzhou(tmp_path), REVIEW_2023, SUGGESTION_164257, "164257", "关于加强城区交通堵点治理的建议",
                             "--proposal", "--date", "2025-07-17", name="2023-02-02_城建工作综述.txt")
    text = "\n".join(p.text for p in document.paragraphs)
    part_one = text[:text.index("二、")]
    assert "城市基础设施项目32个" in part_one and "新增道路里程约12千米" in part_one


# The same review's opening as printed, before its section on roads.
REVIEW_OPENING = """城,所以盛民也。

如今,每一个生活在滕州的居民都切身感受到了城市发生的变化:道路宽敞了,交通顺畅了,绿地增多了,市容整洁了,空气清新了,景色越来越迷人了。俯瞰滕州大地,一幢幢拔地而起的高楼、一条条宽阔整洁的大道、一个个景色秀美的口袋公园……一座富有特色、生态良好、环境优美、文明和谐的宜居魅力城市跃然而出。

回首过去一年,我市坚持以人民为中心,以建设人民满意城市为目标,聚焦新时代现代化强市建设,围绕“工业强市、产业兴市”,强力推进住房城乡建设事业高质量发展,先后获得“山东省城市更新首批试点城市”“山东省建筑业十强县”等荣誉。

"""


def test_what_residents_feel_is_no_result(tmp_path):
    """The review's opening, 如今，每一个生活在滕州的居民都切身感受到了城市发生的变化：道路宽敞了…跃然而出。, was a result (kind done):
    what residents feel is the piece's praise of the change, no statement (h277)."""
    page = REVIEW_2023.replace("城市建设跑出新速度", REVIEW_OPENING + "城市建设跑出新速度")
    ff = distil(tmp_path, _tengzhou(tmp_path), page, "2023-02-02_城建工作综述.txt")
    assert not any("切身感受到" in f.text for f in ff.facts)  # (no statement at all, h277: hd49b's re-score)
    assert fact_saying(ff, "城市基础设施项目32个").kind == "done"
