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
from drafter.distill.places import is_place
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


# A mirror's page of 2017-09-29: spam over it, its image's name, its headline and its first paragraph.
SPAM_PAGE = """国产一区二区黄网_国产成人99在线播放_久久免费视频播放中文_国产亚洲av无码专区a∨麻豆

38-top_img.png

我區(qū)有序推進公共文化服務體系建設

發(fā)布時間:2017-09-29 瀏覽次數(shù):555

 我區(qū)以創(chuàng)建國家公共文化服務體系示範區(qū)為目標,按照《雙臺子區(qū)公共文化服務標準化建設實施方案》全面推進公共文化服務標準化建設,群眾滿意度日漸提高。

積極推進基層綜合性文化服務中心建設。目前,9個社區(qū)和6個村建設了綜合性文化服務中心,面積分別達到200平方米以上建設標準。
"""

# A mirror's page of 2020-12-03: its headline names the district's cultural industries.
LAYOUT_PAGE = """不卡中文字幕_欧美日韩一区二区三区在线看 _欧美日韩国产成人在线_中文字幕亚洲欧美日韩高清

雙臺子區文化產業布局
發布時間:2020-12-03 瀏覽次數:314


近年來,雙臺子區委區政府始終堅持挖底蘊、創品牌,高度重視文化工作,提出了“文化興區”戰略,堅定不移繁榮文化事業,不斷完善了全區公共文化設施網絡,全面提高了公共文化服務水平。全區共有6個街道、2個鄉鎮,32個社區、18個行政村。
"""


def test_spam_over_a_page_is_neither_its_title_nor_its_place(tmp_path):
    """The spam line (…_国产亚洲av无码专区a∨麻豆) was the title and 无码专区 the place, all the page's facts external though
    it says 我区 and names 《双台子区…实施方案》: the headline is the title, the page the district's."""
    _, facts, source = distil_by_cli(tmp_path, _workspace(tmp_path), SPAM_PAGE, "2017-09-29_公共文化服务体系建设.txt")
    assert source.title == "我区有序推进公共文化服务体系建设"
    assert source.jurisdiction == "双台子区"
    assert facts and not any(f.external for f in facts)


def test_a_section_of_a_site_is_no_place():
    """专区 names a site's section (无码专区, 学习专区), no district; real districts still read."""
    assert not is_place("无码专区") and not is_place("学习专区")
    assert is_place("双台子区") and is_place("兴隆台区")


def test_a_headline_ending_in_a_word_of_ju_is_no_issuer(tmp_path):
    """双台子区文化产业布局 (布局, a layout) was the page's issuer: it is its title, the page of no issuer."""
    _, _, source = distil_by_cli(tmp_path, _workspace(tmp_path), LAYOUT_PAGE, "2020-12-03_文化产业布局.txt")
    assert source.title == "双台子区文化产业布局"
    assert not source.issuer
    assert source.jurisdiction == "双台子区"
