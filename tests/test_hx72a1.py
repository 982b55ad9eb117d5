"""hx72a1: findings of the held-out test hd72a (蓬溪县交通运输局, 县政协第01号 关于加快推进成渝双城经济圈建设的建议), on its
seeds' real lines.

1. An ask whose heading names a broad class of works (抓好交通基础设施建设) and whose body lists the things it covers (高速公路, 客运,
   物流和水运服务) is on a fact on one of them or on a work the field is known by (the 46号 reply's 目前，我县有乡镇客运站3个…; 红江渡改桥
   项目已完成总投资的90%…): both were found by no search and weighed on no ask. They land in part one, marked old in a 2024 reply
   (a quote closing on a sentence's end is speech, its figures measured; 力争在7月1日前 of a June page is that year's, not the one
   before). A heading of no broad class, or a broad one listing nothing, keys nothing more.
2. A fact of no place saying another level's own word (红江渡改桥与我市境内茂遂高速…相接 in a 蓬溪县 workspace) is that place's: never
   drafted as the bureau's 我市.
3. What a work will bring once done (红江渡改桥建成后，将优化…; …相接，将有效提升…) is no plan: not part two's step, nor a claim of a
   year's plan; and a claim opening on a word adding it to a sentence before reads 按照2021年工作计划，我市将…, not …，同时，….
"""

from __future__ import annotations

import re

import docx
import pytest
from helpers import part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose import select
from drafter.compose.select import class_members

PENGXI = ("蓬溪县交通运输局", "县交通运输局", "蓬溪县", "赤城镇, 任隆镇, 文井镇, 蓬南镇, 红江镇, 宝梵镇, 明月镇, 常乐镇, 大石镇, 天福镇, 高升乡")
SUINING = ("遂宁市交通运输局", "市交通运输局", "遂宁市")
CHENGDE = ("承德市交通运输局", "市交通运输局", "承德市")
# hd72a's seeds/2021-07-16_蓬溪县交通运输局政协46号提案答复农村客运站.txt, its blank lines dropped.
REPLY_46 = "政府信息公开\n关于县政协十届六次会议第46号提案答复的函\n来源:蓬溪县交通运输局 发布时间:2021-08-30 17:23 浏览次数: 字体: [ ] 打印\n蓬溪县交通运输局\n关于县政协十届六次会议第46\n提案答复的函\n邓碧蓉、蒲文常、杜林等县政协委员:\n你们在县政协十届六次会议上提出的《关于加强农村客运站建设的建议》(第46号提案)已转交我们办理,现将办理情况复函如下:\n 目前,我县有乡镇客运站3个,分别是任隆、高升、文井3个乡镇,多数乡镇无客运站,存在部分农村客运车辆乱停乱放问题,存在一定安全隐患。针对你们提出的加强农村客运站建设问题,我局从以下几个方面开展工作。\n一、与有条件建客运站的乡镇联系对接,研究建站事宜,科学规划、科学决策。\n二、积极向省、市争取项目资金,按轻重缓急原则,逐步实施。\n三、与交警、综合执法局等部门开展联合执法,规范场镇秩序,加大处罚力度。\n四、与乡镇、交警等部划定农村客运车辆临时停靠点,使规范秩序。\n五、加大对从业人员培训、教育力度,规范其行为,提高其素质。\n感谢你们对我县交通运输工作的关注和支持,同时也真诚欢迎对交通运输工作提出宝贵意见和建议。\n此复\n谢谢!\n     蓬溪县交通运输局        \n2021716日    \n扫一扫在手机打开当前页\n"
# hd72a's seeds/2021-06-07_红江渡改桥主桥合龙.txt, whole.
HONGJIANG = "“历时两年多时间,红江渡改桥项目已完成总投资的90%,总工程量已完成93%。”在该项目主桥合龙现场,蓬溪县交通运输局相关负责人介绍,大桥合龙后将进行桥面铺装、栏杆、人行道、照明等附属工程施工,力争在7月1日前具备通车条件。\n\n  红江渡改桥建成后,将优化我市涪江过江通道布局,成为大英县回马镇、蓬溪县红江镇、天福镇、常乐镇乃至蓬溪县城的主要交通纽带。同时,红江渡改桥与我市境内茂遂高速及在建项目遂德高速相接,将有效提升区域综合交通功能,促进沿线地方经济社会发展。\n\n  (全媒体记者 何飞)\n"
# hd72a's seeds/2020-08-20_遂宁加速建设联动成渝的重要门户枢纽.txt, whole: the city's page beside them (in a base of the two alone, 客运
# is in most facts, the base's field, no word of the ask's own).
CITY_PAGE = "热线: 028-86630890\n\n今日西南\n\n遂宁:加速建设联动成渝的重要门户枢纽\n\n2020-8-20  13:34:19         稿件来源: 四川经济网\n\n  8月18日早上7点整,由重庆市潼南区城区江北汽车站始发的遂潼城际公交在国道246线上一路飞驰。45分钟后,这趟为推动遂潼一体化发展、遂潼两地群众交流加开的跨省公交车稳稳停靠在遂宁市安居区磨溪镇客运站   向东,观大势——打通向东出川大通道,今年7月21日,遂渝高速公路扩容建设项目启动招商;遂德高速公路加速建设,2022年建成通车;南遂潼高速、成南高速扩容工程、涪江复航等项目工程有序推进。国家战略红利带动遂宁前行,建设联动成渝的重要门户枢纽。\n\n 在传承与革新中,遂宁交通如何跳出遂宁,置身于川渝大局,放眼全国,在更大时空维度中当好交通先行为推动遂宁高质量发展寻找新动能,贯彻落实市委七届十次全会精神,遂宁交通人的目标更加清晰——到2025年搭建起“铁、公、水、航”综合立体交通网络和物流枢纽,初步形成遂宁“313”出行交通圈和经济圈,实现市域交通30分钟通勤,成渝双核及周边主要城市1小时通达,全国主要城市3小时覆盖,形成联动成渝、陆海通达、互济南北的全面开放格局。\n\nFZ1004440477_A214784.jpg\n\n通港大道B、C段建设现场\n\n        谋变\n\n        好机遇点燃新动能\n\n遂宁,既是联动成渝的发展轴心、毗邻地区先行区,也是互济南翼、北翼的中枢纽带,全面融入成渝地区双城经济圈建设、推进遂潼一体化发展,这对交通提出了更高要求。\n\n地处成渝节点,遂宁独特的发展区位给四川省交科院专家康子庄留下深刻印象。早在2018年,实地踏勘遂宁交通,短时间内给出了遂宁城际环线概念性规划成果,长期从事交通研究的他给出四个字:潜力巨大。\n\n收获信心的同时,\n"
TITLE = "关于加快推进成渝双城经济圈建设的建议"
# hd72a's suggestion.txt, whole.
TEXT = (f"{TITLE}\n\n成渝地区双城经济圈建设是国家战略，我县地处成渝之间，应抓住机遇，主动融入成渝地区双城经济圈建设。为此建议：\n\n"
        "一、抓好交通基础设施建设。加快对外交通通道建设，完善高速公路、国省干线和县乡村公路网络，提升客运、物流和水运服务能力，"
        "为我县融入成渝地区双城经济圈提供交通支撑。\n")
# hd58a's seeds/2021-03-16_今年承德市将投资76亿元完善路网建设.txt: its head and its paragraphs on this year's roads.
CHENGDE_ROADS = "http://m.hebnews.cn/cd/2021-03/16/content_8419135.htm\n河北新闻网手机版\n    据市交通运输局工作人员介绍,今年承德市将加快承平高速建设,新建续建普通干线公路16条段424公里,建成通车4条段95公里;完成普通干线公路养护工程47项。新改建农村公路1660公里。今年承德市将抢抓有效施工期,挂图作战,承克高速也将在年内争取完成投资人招标,明年开工建设。国道G233姜家店至棋盘山段、省道S504狮子园至双峰寺段、元雹线拓宽改造等城市绕城路10条段256公里有序推进前期,形成“竣工一批、开工一批、储备一批、谋划一批”的梯次滚动发展格局。\n    同时,承德市还将巩固脱贫攻坚、“四好农村路”交通发展成果,大力实施农村公路“油返砂”整治和升级改造工程。以隆化、滦平为试点,结合沿线旅游、产业、文化等优质资源,先行先试打造融合发展的美丽公路经济带,助力乡村振兴。双滦客运枢纽站一期主体完工;谋划开通县际定制客运班线,继续推进承德至隆化、滦平公交线路开通工作,尽快实现通车。\n"
ROADS_TITLE = "关于加快农村公路建设的建议"
ROADS = f"{ROADS_TITLE}\n\n为此建议：\n一、推进农村公路油返砂整治。巩固“四好农村路”建设成果，实施农村公路“油返砂”整治和升级改造。\n"
SEEDS = {"2021-07-16_蓬溪县交通运输局政协46号提案答复农村客运站.txt": REPLY_46, "2021-06-07_红江渡改桥主桥合龙.txt": HONGJIANG,
         "2020-08-20_遂宁加速建设联动成渝的重要门户枢纽.txt": CITY_PAGE}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("01")
    _, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *PENGXI), SEEDS, "1", TITLE, TEXT, "--proposal",
                         "--deputy", "邓文莉", "--session", "县政协十一届三次会议", "--date", "2024-01-02")
    return docx.Document(str(out))


def test_1_a_broad_headings_listed_things_find_their_facts_marked_old(drafted):
    one = part_one(drafted)
    stations = next(p for p in one if "我县有乡镇客运站3个" in p)
    bridge = next(p for p in one if "红江渡改桥项目已完成总投资的90%" in p)
    assert "截至2021年7月" in stations and "【待更新" in stations  # (signed 2021716日: July, not its posting in August, dx61)
    assert "【待更新" in bridge.split("90%")[0]  # (its figures dated, flagged old: before the quote)
    assert "2021年7月1日" in bridge and "2020年" not in bridge


def test_1_a_heading_of_no_broad_class_or_listing_nothing_keys_nothing_more():
    broad = parse_asks(TEXT, TITLE)[0]
    assert {"客运", "高速公路", "大桥", "渡改桥"} <= set(class_members(broad))
    assert class_members(parse_asks(f"{TITLE}\n\n二、完善客运服务设施。加强乡镇客运站建设，规范农村客运车辆停靠。\n", TITLE)[0]) == ()
    assert class_members(parse_asks(f"{TITLE}\n\n一、加快交通基础设施互联互通。\n", TITLE)[0]) == ()


def test_2_another_levels_own_word_is_never_the_bureaus(drafted, tmp_path, monkeypatch):
    assert not any("我市" in p.text for p in drafted.paragraphs)
    # (even were its effects read as plans, as they were: the city's 我市 is never the bureau's)
    monkeypatch.setattr(select, "WORK_EFFECT", re.compile("(?!)"))
    _, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *PENGXI), SEEDS, "1", TITLE, TEXT, "--proposal",
                         "--deputy", "邓文莉", "--session", "县政协十一届三次会议", "--date", "2024-01-02")
    assert not any("我市" in p.text for p in docx.Document(str(out)).paragraphs)


@pytest.mark.parametrize("date", ["2022-01-02", "2024-01-02"])
def test_3_a_works_effect_is_no_plan(tmp_path, date):
    _, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *SUINING), {"2021-06-07_红江渡改桥主桥合龙.txt": HONGJIANG},
                         "1", TITLE, TEXT, "--proposal", "--deputy", "邓文莉", "--session", "市政协三次会议", "--date", date)
    document = docx.Document(str(out))
    said = "".join(part_one(document) + part_two_texts(document))
    assert "将有效提升" not in said and "建成后" not in said


def test_3_a_claim_opens_on_no_adding_word_after_its_frame(tmp_path):
    _, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *CHENGDE), {"2021-03-16_今年承德市将投资76亿元完善路网建设.txt": CHENGDE_ROADS},
                         "5", ROADS_TITLE, ROADS, "--deputy", "张某", "--date", "2022-03-01")
    claim = next(p for p in part_one(docx.Document(str(out))) if p.startswith("按照2021年工作计划，"))
    assert claim.startswith("按照2021年工作计划，我市将巩固脱贫攻坚")
