"""hx59w: wording of the bureau's place and of the asks in a draft, found by the held-out tests hd59a (枣庄市峄城区人力资源和社会保障局,
区政协十届二次会议第120号提案) and hd59b (乌拉特前旗水利局, 第46号建议), each on their seeds' and suggestions' real lines.

W1. A place's bare name before 人/籍 names its natives (在外峄城人, 峄城籍企业家): kept as written, never 在外我区人; 峄城人才,
    峄城人民… are still 我区人才, 我区人民 (workspace.NATIVES).
W2. One ask, one wording: part one's heading says the ask's place in the bureau's own words as part two's item does (珠海's
    加强珠海市的营商环境立法工作 was so in part one, 我市 in part two).
W3. A placeholder built from an ask's clause says 方面 once: …等方面给予扶持的工作情况, not …给予扶持方面的工作情况 (select.aspect).
W6. The bureau's own place heading a clause that counts its things is 我旗 (乌拉特前旗农村牧区人口25.26万人 → 我旗…), and a sentence
    stating its paragraph's year after its first figure (…，截至2014年底，…) gets no 2014年， before it.
"""

from __future__ import annotations

import re

import docx
from helpers import YULIN_SEEDS, YULIN_SUGGESTION, YULIN_TITLE, part_one, part_two_texts, sections, seeds_draft, unit_workspace, yulin_workspace

from drafter.compose.select import aspect
from drafter.compose.sentences import dated_after_state, own_place_named

YICHENG = ("枣庄市峄城区人力资源和社会保障局", "区人社局", "峄城区", "坛山街道, 吴林街道, 古邵镇, 阴平镇, 底阁镇")
# hd59a's suggestion.txt.
YICHENG_TITLE = "从人力资源视角探索峄城区招商引资的新方向"
YICHENG_SUGGESTION = """关于从人力资源视角探索峄城区招商引资新方向的提案

我区外出务工、经商人员众多，不少峄城籍人员在外地创业成功，积累了资金、技术和管理经验，是我区招商引资的重要人力资源。为此建议：
一、实施人才回归工程，鼓励和引导外地创业成功的峄城籍企业家和有识之士返乡创业、投资兴业，在创业门槛、资金支持、重点领域等方面给予扶持。
二、建设返乡创业载体，依托园区建设返乡入乡创业园、孵化基地，为返乡创业人员提供工商注册、政策培训、信贷申请等一站式服务。
三、建立与在外峄城人的常态联系机制，在峄城籍人员集中的城市设立联络站点，以乡情为纽带加强沟通交流，以人引商、以商招商。
"""
# seeds/2022-02-23_山东2021年城镇新增就业.txt of hd59a: its head and first paragraphs (the province's, nothing of the asks).
SHANDONG_JOBS = """山东> 今日山东> 正文

2021年山东省城镇新增就业124.2万人

农村大众报 2022-02-23 14:15 大字

农村大众报济南讯 (记者刘晓续)2月22日,山东省人民政府新闻办举行发布会,邀请相关部门负责人介绍山东省就业和社会保障工作有关情况,并回答记者提问。
"""
# hd56c (珠海市市场监督管理局): its suggestion's first ask names the city, and a page of its seeds saying 营商环境.
ZHUHAI_TITLE = "关于进一步规范珠海市的市场竞争环境的建议"
ZHUHAI_SUGGESTION = f"{ZHUHAI_TITLE}\n\n领衔代表：蒋钢\n\n建议：\n一、进一步加强珠海市的营商环境立法工作。\n二、强化市场监管执法，防止内卷式恶性竞争。\n"
PRIVATE_FIRMS = """珠海民营经济主体已超40万户 拟设立“民营企业服务日”

  要让民营企业“唱好主角”,不仅要靠内生动力,也需要良好的营商环境。大会现场还举行了珠海市工商联“护企警务服务站”及“助企法律服务工作站”揭牌仪式。至此,珠海市工商联全面实现与“公检法司”四个机关单位联动,推动深化涉企法律服务。
"""
# hd59b: the bureau, its suggestion.txt and seeds/2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt's head and the paragraph of 2014.
WULATE = ("乌拉特前旗水利局", "旗水利局", "乌拉特前旗", "乌拉山镇, 西小召镇, 小佘太镇, 大佘太镇, 先锋镇, 新安镇, 明安镇, 白彦花镇, 额尔登布拉格苏木")
WATER_TITLE = "关于继续完善人畜饮水工程的建议"
WATER_SUGGESTION = """关于继续完善人畜饮水工程的建议

保障人畜饮水安全，是对群众最基本的生产生活保障。建议旗政府继续完善农村牧区人畜饮水工程：对我旗各镇村组老化、水量不足的集中供水工程和机电井进行维修养护、更新改造，继续实施农村牧区供水保障工程，切实保障农牧民群众人畜饮水安全。
"""
WATER_2014 = "乌拉特前旗农村牧区人口25.26万人,截至2014年底,已建成农村自来水工程205处,其中:大中型集中供水工程11处,小型集中供水工程(单村)194处;建成农村学校饮水安全工程16处。现已解决农村饮水安全人口达到25万人,自来水的普及率达99% 。"
WATER_NEWS = f"""乌拉特前旗扎实推进安全饮水工程建设

2015-05-27

  中国水利网站5月27日讯(记者 李建国 王海军 通讯员 何军 李璞)内蒙古乌拉特前旗扎实推进农村牧区饮水安全过程建设,大力实施自治区“十个全覆盖”饮水安全工程项目,在2014年解决11个乡镇的饮水安全基础上,2015年解决3个乡镇的饮水安全问题。

  {WATER_2014}
"""
# A placeholder holding 方面 twice (…方面给予扶持方面的…)
TWICE = re.compile(r"【[^】]*方面[^】]*方面[^】]*】")


def _yicheng(tmp_path):
    return unit_workspace(tmp_path / "ws", *YICHENG)


def _yicheng_draft(tmp_path):
    _, out = seeds_draft(tmp_path, _yicheng(tmp_path), {"2022-02-23_山东2021年城镇新增就业.txt": SHANDONG_JOBS}, "120",
                         YICHENG_TITLE, YICHENG_SUGGESTION, "--deputy", "张某某", "--session", "区政协十届二次会议", "--proposal",
                         "--type", "A", "--date", "2023-06-15")
    return docx.Document(str(out))


def test_w1_the_natives_of_the_place_are_kept_as_written(tmp_path):
    ws = _yicheng(tmp_path)
    assert ws.in_own_words("建立与在外峄城人的常态联系机制") == "建立与在外峄城人的常态联系机制"
    assert ws.in_own_words("鼓励和引导外地创业成功的峄城籍企业家和有识之士返乡创业") == "鼓励和引导外地创业成功的峄城籍企业家和有识之士返乡创业"
    assert ws.in_own_words("在峄城籍人员集中的城市设立联络站点") == "在峄城籍人员集中的城市设立联络站点"
    # a word 人 opens is the place's own, as before
    assert ws.in_own_words("促进峄城人才发展") == "促进我区人才发展"
    assert [ws.in_own_words(f"峄城{w}") for w in ("人民", "人口", "人大", "经济")] == ["我区人民", "我区人口", "我区人大", "我区经济"]
    assert ws.in_own_words("峄城区籍企业家") == "我区籍企业家"  # (the full name is the place itself: 我区籍)


def test_w1_w3_the_draft_keeps_the_natives_and_says_fangmian_once(tmp_path):
    document = _yicheng_draft(tmp_path)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "在外我区人" not in text and "我区籍" not in text, text
    assert "（三）建立与在外峄城人的常态联系机制" in part_one(document)
    assert part_two_texts(document)[2].startswith("（三）建立与在外峄城人的常态联系机制。"), part_two_texts(document)
    first = sections(document)["实施人才回归工程"]
    assert first == ["【待补充：实施人才回归工程，在创业门槛、资金支持、重点领域等方面给予扶持的工作情况及数据（注明年份）】"], first
    assert not TWICE.search(text), TWICE.findall(text)


def test_w3_fangmian_is_said_once():
    assert aspect("实施人才回归工程，在创业门槛、资金支持、重点领域等方面给予扶持") == "实施人才回归工程，在创业门槛、资金支持、重点领域等方面给予扶持"
    assert aspect("建设返乡创业载体") == "建设返乡创业载体方面"
    assert aspect("科技创新方面") == "科技创新方面"


def test_w2_one_ask_is_worded_alike_in_both_parts(tmp_path):
    """珠海's first ask names the city: part two's item said it 我市 (the bureau's step in its own words), part one's heading
    珠海市 — one ask, now one wording, the heading's as the item's."""
    ws = unit_workspace(tmp_path / "ws", "珠海市市场监督管理局", "市市场监管局", "珠海市", "香洲区, 斗门区, 金湾区")
    _, out = seeds_draft(tmp_path, ws, {"2024-03-04_珠海民营经济主体超40万户.txt": PRIVATE_FIRMS}, "20250079", ZHUHAI_TITLE,
                         ZHUHAI_SUGGESTION, "--deputy", "蒋钢", "--type", "B", "--date", "2025-06-10")
    document = docx.Document(str(out))
    headings = list(sections(document))
    assert headings[0] == "加强我市的营商环境立法工作", headings
    assert part_two_texts(document)[0].startswith("（一）加强我市的营商环境立法工作。"), part_two_texts(document)
    assert not any("加强珠海市的营商环境立法工作" in p for p in part_one(document) if not p.startswith("【"))


def test_w6_the_own_place_counting_its_things_is_wo_qi(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *WULATE)
    said = WATER_2014.replace(",", "，").replace(":", "：").replace(";", "；").replace("(", "（").replace(")", "）")
    assert own_place_named(said, ws).startswith("我旗农村牧区人口25.26万人，截至2014年底，")
    # a body of the place named before its figure is a name, said as it is
    for named in ("乌拉特前旗人民医院床位500张。", "乌拉特前旗第一中学有学生3000人。", "乌拉特前旗水务局投资500万元。"):
        assert own_place_named(named, ws) == named


def test_w6_a_state_said_before_its_as_of_date_takes_no_year_before_it():
    assert dated_after_state("我旗农村牧区人口25.26万人，截至2014年底，已建成农村自来水工程205处。", "2014年")
    # a deed before the as-of date is of a year that date does not say (test_hd14_reading's 仙居县 reply keeps its 2023年，)
    assert not dated_after_state("仙居县乡镇养老服务中心二期专项债项目通过审批，争取项目经费1000万元，截至2023年底，正在开展项目前期工作。",
                                 "2023年")
    assert not dated_after_state("我旗农村牧区人口25.26万人，比2010年增加1万人，截至2014年底，…", "2014年")  # (another year said)


def test_w6_the_draft_says_wo_qi_and_dates_the_sentence_once(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *WULATE)
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as config:
        config.write("draft:\n  max_age: 10\nfreshness_years: 2\n")
    _, out = seeds_draft(tmp_path, ws, {"2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt": WATER_NEWS}, "46", WATER_TITLE,
                         WATER_SUGGESTION, "--deputy", "吴先锁", "--session", "乌拉特前旗第十八届人大一次会议", "--date", "2023-08-31")
    body = "\n".join(part_one(docx.Document(str(out))))
    assert "我旗农村牧区人口25.26万人，截至2014年底，已建成农村自来水工程205处" in body, body
    assert "乌拉特前旗农村牧区人口" not in body and "2014年，我旗农村牧区人口" not in body, body


def test_w2_a_plan_under_the_ask_is_led_by_the_heading_as_part_one_says_it(tmp_path):
    """hd57b (榆林市文化和旅游局): the 2020 plan under 统一规划建设榆林边塞文化旅游走廊 was led by 持续统一规划建设榆林…, the
    others' items by 我市; now every item says the place as its part-one heading does."""
    _, out = seeds_draft(tmp_path, yulin_workspace(tmp_path), YULIN_SEEDS, "12", YULIN_TITLE, YULIN_SUGGESTION, "--deputy", "张凌云",
                         "--session", "市五届人大一次会议", "--type", "B", "--date", "2022-12-15")
    document = docx.Document(str(out))
    headings, items = list(sections(document)), part_two_texts(document)
    assert len(headings) == len(items) == 3, (headings, items)
    for heading, item in zip(headings, items):
        assert heading in item, (heading, item)
    assert items[0].startswith("（一）持续统一规划建设我市边塞文化旅游走廊（长城文化旅游带）。以战略研究成果"), items[0]  # (its 我们将 said once, au58r3)
