"""What drafter makes of pages on its city's districts, found on held-out round hd37b (连云港市住房和城乡建设局, 江苏): a blog
post quoting the bureau's 2025 plan and, under a heading of 赣榆, 赣榆区's own government work report; a district bureau's news
(来源：区住建局) headed with its district's name. Their figures were filed as the city's and drafted as the bureau's own.

Each test reads lines of the real pages (as the sites print them) in a workspace of the bureau.
"""

from __future__ import annotations

import re

from helpers import LYG_AREAS as AREAS
from helpers import LYG_PLAN_COMMENT as PLAN_COMMENT
from helpers import LYG_PLAN_POST as PLAN_POST
from helpers import distil_by_cli, page_draft, unit_workspace
from helpers import lyg_workspace as _workspace


def test_a_statement_under_a_districts_heading_is_the_districts(tmp_path):
    """The paragraph under 赣榆计划开展城中村改造9个 (赣榆, the district's name without its level) is 赣榆区's plan, not the
    city's; the city's plan above it, under a heading opening on 连云港 (a longer name opening as 连云区's does), stays the city's."""
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), PLAN_POST, "2025_连云港市住建局2025年工作计划.txt")
    places = {f.text[:8]: f.jurisdiction for f in facts}
    assert places["以系统思维加快城"] == "赣榆区"
    assert places["计划实施改造项目"] == places["加快推进老旧小区"] == "连云港市"



def test_a_zones_bare_name_is_a_common_word_not_the_zone(tmp_path):
    """A zone among the areas (高新区) is named only whole: its bare name 高新 opens 高新技术企业培育, a heading of the city's
    work, which the bare-name rule for districts (赣榆 of 赣榆区) would have filed as 高新区's (review of h194)."""
    ws = unit_workspace(tmp_path / "ws", "连云港市住房和城乡建设局", "市住建局", "连云港市", AREAS + ", 高新区")
    page = PLAN_POST.replace("赣榆计划开展城中村改造9个", "高新技术企业培育")
    _, facts, _ = distil_by_cli(tmp_path, ws, page, "2025_连云港市住建局2025年工作计划.txt")
    assert {f.jurisdiction for f in facts if f.text.startswith("以系统思维")} == {"连云港市"}


def test_a_statement_quoting_a_districts_report_is_the_districts(tmp_path):
    """而赣榆2025年政府工作报告也提出：启动城市微更新地块7处，开展城中村改造9个 quotes 赣榆区's own report: 赣榆区's plan; the city
    bureau's plan quoted before it (连云港市住建局2025年工作计划提出：…) stays the city's."""
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), PLAN_COMMENT, "2025_连云港市住建局2025年工作计划.txt")
    quoted = next(f for f in facts if f.text.startswith("而赣榆"))
    assert quoted.jurisdiction == "赣榆区" and "7处" in quoted.text
    assert {f.jurisdiction for f in facts if "3493户" in f.text} == {"连云港市"}


# 连云区住建局's news of 2025-03-31 as its site prints it (in traditional characters): its title names the district without
# its level, its source line names the unit by its level alone.
DISTRICT_NEWS = """開局放大招!連云住建項目全速開干!
- 時間:2025-03-31 09:47 來源:區住建局 閱讀次數:
近日,勝利湖體育公園、無水高層消防改造工程等項目施工現場一片繁忙的景象。區住建局吹響“集結號”“沖鋒號”,抓項目、優環境、重安全,以開滿弓、上滿弦的精神狀態助力“首季開門紅”。
以美麗宜居為追求,全力以赴惠民生
持續引導老舊小區居民加裝電梯工作,建立健全物業服務清單等機制,計劃新增物業管理小區3個,著力解決設施維護、停車秩序等難點問題。維修加固云港路燒香河大橋。新建省運會沙灘排球場。改造背街小巷5條,新建及維修路燈80盞,更換老街景觀照明設施130盞,改善居民出行環境。
"""


def test_a_district_units_news_headed_with_its_districts_name_is_the_districts(tmp_path):
    """来源：区住建局 (a unit named by the district level alone) of a title naming 连云 (连云区 without its level): the page and
    its 3个/5条 are 连云区's, its issuer 连云区住建局 — not left of no place, counted as the city's."""
    result, facts, source = distil_by_cli(tmp_path, _workspace(tmp_path), DISTRICT_NEWS, "2025-03-31_项目全速开干.txt")
    assert (source.jurisdiction, source.issuer) == ("连云区", "连云区住建局")
    assert {f.jurisdiction for f in facts} == {"连云区"} and any("物业管理小区3个" in f.text for f in facts)
    assert "未能读出所属地区" not in result.output


def test_a_city_units_news_naming_a_district_stays_the_citys(tmp_path):
    """The city's own unit (来源：市住建局) of a title naming 连云 is not taken for the district's: only a unit of the district's
    level is."""
    page = DISTRICT_NEWS.replace("來源:區住建局", "來源:市住建局").replace("區住建局吹響", "市住建局吹響")
    _, _, source = distil_by_cli(tmp_path, _workspace(tmp_path), page, "2025-03-31_项目全速开干.txt")
    assert source.jurisdiction != "连云区" and "连云区" not in (source.issuer or "")


# The proposal the bureau answered (市政协十四届四次会议第44056号), its asks listed.
PROPOSAL_TITLE = "关于深入推进城市更新进一步提升城市品质的提案"
PROPOSAL = """关于深入推进城市更新进一步提升城市品质的提案

提案人：朱书军、王世峰、李青春、霍琛

建议：
一是城市更新决策广泛征求群众意见，推进老旧小区改造要问需于民。
二是领导干部深入实地调研，了解群众诉求。
三是加强规划、建设、管理统筹协调。
"""


def test_a_title_cut_before_its_purpose_keeps_the_purposes_manner_words(tmp_path):
    """The title's matter is cut before its purpose clause 进一步提升城市品质 with the clause's 进一步: the plan opener says
    下一步我局将…深入推进城市更新， — never 深入推进城市更新进一步， (a phrase cut mid-word)."""
    result, document = page_draft(tmp_path, _workspace(tmp_path), PLAN_POST, PROPOSAL, "44056", PROPOSAL_TITLE,
                                  "--proposal", "--type", "B", "--date", "2025-06-20")
    opener = next(p.text for p in document.paragraphs if "下一步我局将" in p.text)
    assert "深入推进城市更新，" in opener and "进一步，" not in opener
    unquoted = re.sub(r"《[^》]*》", "", "\n".join(p.text for p in document.paragraphs) + result.output)
    assert "城市更新进一步" not in unquoted  # (the title itself stays whole where it is quoted)


# The head of 连云港's news of 2021-03-25 as the site prints it (traditional characters, a reading aid after a character), under
# its column's slogan.
SLOGAN_NEWS = """logo

      【踐行囑托開(kāi)新局】從“安居”到“宜居” 連云港19項(xiàng)舊城改造再惠民生

      記者3月24日從連云港市住房和城鄉(xiāng)建設(shè)部門(mén)獲悉,結(jié)合當(dāng)前正在開(kāi)展黨史學(xué)習(xí)教育這一契機(jī),今年連云港將做好19項(xiàng)舊城改造工程,其中包含新建工程11項(xiàng)、續(xù)建工程8項(xiàng)。
"""


def test_a_columns_slogan_is_no_issuer(tmp_path):
    """【践行嘱托开新局】 is the column's slogan (开新局, a new start, no 局 of the government): no issuer of the news item."""
    _, _, source = distil_by_cli(tmp_path, _workspace(tmp_path), SLOGAN_NEWS, "2021-03-25_连云港19项旧城改造.txt")
    assert source.issuer != "践行嘱托开新局" and "新局" not in (source.issuer or "")


def test_a_level_word_opening_a_word_is_no_place(tmp_path):
    """全市棚改市定目标任务 (the city's set targets) and 新改建市政管网 (municipal pipes) name no place: their figures are
    the city's, of no 棚改市 or 新改建市."""
    page = ("2021-04-23 来源：连云港市住房和城乡建设局\n\n2021年，全市棚改市定目标任务新开工7919套、基本建成7769套。"
            "2023年，改造老旧小区162个、棚户区1445套，新改建市政管网389公里。\n")
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), page, "2021-04-23_连云港老旧小区改造计划.txt")
    places = {g.raw: g.place for f in facts for g in f.figures}
    assert "7919套" in places and "389公里" in places
    assert not {places["7919套"], places["389公里"]} & {"棚改市", "新改建市"}
