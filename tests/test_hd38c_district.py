"""What drafter makes of the pages a district bureau saved, found on held-out round hd38c (盘锦市双台子区文化旅游和广播电视局,
辽宁): mirrors in traditional characters, a mirror's pinyin notes after some (衛(wèi)), spam over others. A reply's plan
under 下一步我们将从以下方面…, its items paragraphs of their own, was filed as work done; the city's news (我市, 市文旅广电局)
as the district's own.

Each test reads lines of the real pages (as the mirrors print them) in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from helpers import distil_by_cli, page_draft, part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import named_things, parse_asks
from drafter.model import PLAN

# The bureau's reply of 2024-08-29 (its items as the page prints them, in paragraphs of their own).
REPLY = """張英才代表:
您提出的《關於加強全民健身場地建設的建議》已收悉,現答復如下:
加快建設體育強國,就要堅持以人民為中心的思想,把人民作為發展體育事業的主體,落實全民健身國家戰略,不斷提高人民健康水平。為使人民群眾體育健身更加便利,激發群眾健身熱情,下一步我們將從以下方面加強全民健身場地建設。
一是推進全民健身設施建設,規劃建設貼近社區、方便可達的全民健身中心。健身場地設施融入公園、綠地、廣場等公共設施中。積極向上級爭取體育健身器材,申請到省級體育健身器材7套,包括含籃球架的農民健身工程2套,智能器材4套,籠式足球1套。
二是向上爭取對公共體育設施運轉維護工作支持,對域內體育器材損壞和需維修情況進行摸底調查,完成域內器材維修維護工作,進一步推進全民健身戰略有效實施。
感謝您一直以來對我們工作的關心和支持,希望您能繼續關注我們的工作,并提出寶貴意見。
盤錦市雙臺子區文化旅游和廣播電視局
2024年8月29日
"""

# The city's news of 2024-01-02 on a mirror, its site's welcome over it with the mirror's pinyin notes.
SITE_LINE = "歡迎訪問盤錦市衛(wèi)生健康委員會網(wǎng)站\n"
CITY_NEWS = """100套全民健身設(shè)施完成建設(shè)

“建設(shè)全民健身設(shè)施100套”,被列為我市2023年十件重點(diǎn)民生實(shí)事之一。從2023年年初開始,各項(xiàng)工作穩(wěn)步推進(jìn),11月初順利完成建設(shè)任務(wù),這100套健身設(shè)施全部投入使用,讓市民贊不絕口。同時(shí),市文旅廣電局還向省里爭取,建成了14個(gè)智慧體育公園。

我市積極響應(yīng)“國球進(jìn)社區(qū)”“國球進(jìn)公園”的號召,為興隆臺區(qū)率先配置了60套室內(nèi)外乒乓球臺,首先實(shí)現(xiàn)了興隆臺區(qū)全部街道都建有乒乓球運(yùn)動(dòng)設(shè)施。
"""

SUGGESTION = """关于加强全民健身场地建设的建议

随着人民生活水平不断提高，运动健身已成为人民群众日常生活必不可少的一部分。盘锦市城市人口每年都呈递增态势，尽管这几年兴建了一批大型全民健身中心和场地设施，但受地域性、便利性等影响，还是不能很好满足全民快乐健身的需求。

建议：加强全民健身场地建设，补齐城市健身场地短板，满足广大人民群众的快乐健身需求。
"""


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "盘锦市双台子区文化旅游和广播电视局", "区文广局", "双台子区")


def test_items_of_a_lead_announcing_the_next_steps_are_plans(tmp_path):
    """下一步我们将从以下方面加强全民健身场地建设。 / 一是… / 二是…: both items are the reply's plans, not work done (the
    draft offered them as results and said it had no plan)."""
    _, facts, _ = distil_by_cli(tmp_path, _workspace(tmp_path), REPLY, "2024-08-29_张英才全民健身场地建议答复.txt")
    assert next(f for f in facts if f.text.startswith("一是推进全民健身设施建设")).kind == PLAN
    assert next(f for f in facts if f.text.startswith("二是向上争取")).kind == PLAN


def test_a_reply_s_plan_is_offered_as_last_year_s_plan(tmp_path):
    """The draft writes no item of that plan as a result in part one; part two quotes it, marked as the 2024 plan to check."""
    _, document = page_draft(tmp_path, _workspace(tmp_path), REPLY, SUGGESTION, "35", "关于加强全民健身场地建设的建议",
                             "--date", "2025-11-14", name="2024-08-29_张英才全民健身场地建议答复.txt")
    assert not any("全民健身设施建设" in p or "摸底调查" in p for p in part_one(document))
    assert any("【待核实：2024年计划" in p for p in part_two_texts(document))


def test_a_city_page_on_a_mirror_is_the_city_s(tmp_path):
    """The mirror's welcome line names the city's commission through its pinyin notes: the page is 盘锦市's, its facts
    external to the district's bureau, the 60 tables 兴隆台区's."""
    result, facts, source = distil_by_cli(tmp_path, _workspace(tmp_path), SITE_LINE + CITY_NEWS,
                                          "2024-01-02_全市100套全民健身设施.txt")
    assert source.jurisdiction == "盘锦市"
    assert all(f.jurisdiction == "盘锦市" and f.external for f in facts)
    tables = next(f for f in facts if "乒乓球台" in f.text)
    assert [g.place for g in tables.figures if g.value == 60] == ["兴隆台区"]
    assert "未能读出所属地区" not in result.output


def test_a_page_speaking_as_the_city_is_the_city_above_the_district(tmp_path):
    """Without its site's line the page still speaks of 我市 and never of 我区: the city over the district (盘锦市, as the
    bureau's name says), not the district's own work."""
    _, facts, source = distil_by_cli(tmp_path, _workspace(tmp_path), CITY_NEWS, "2024-01-02_全市100套全民健身设施.txt")
    assert source.jurisdiction == "盘锦市"
    assert all(f.external for f in facts)


def test_the_city_s_work_is_no_result_of_the_district_s_bureau(tmp_path):
    """Drafted from both pages, the draft writes neither the city's 100 sets and 14 parks nor 兴隆台区's 60 tables as 我局's
    work."""
    _, out = seeds_draft(tmp_path, _workspace(tmp_path), {"2024-08-29_张英才全民健身场地建议答复.txt": REPLY,
                                                          "2024-01-02_全市100套全民健身设施.txt": CITY_NEWS},
                         "35", "关于加强全民健身场地建设的建议", SUGGESTION, "--deputy", "张某", "--date", "2025-11-14")
    text = "".join(part_one(docx.Document(out)))
    assert "智慧体育公园" not in text and "兴隆台区" not in text and "100套" not in text


def test_the_causes_of_the_problem_are_no_things_asked():
    """但受地域性、便利性等影响，还是不能很好满足… states the problem: the draft asked for 建议所提但受地域性、便利性方面的工作情况,
    cut mid-clause, and listed it as a request. The ask owes nothing of it; a list of things asked still is (a list closed by
    等 and its kind)."""
    ask = parse_asks(SUGGESTION, "关于加强全民健身场地建设的建议")[0]
    assert not any("地域性" in s or "便利性" in s for s in ask.subjects)
    assert not any("地域性" in o for o in ask.owed(""))
    assert named_things("由于资金、用地等原因，项目推进缓慢") == []
    assert named_things("聚焦智能装备、工业机器人、工业软件等领域") == ["智能装备", "工业机器人", "工业软件"]
