"""Which facts answer which ask (hd28, bureaus drafter never saw): an ask naming whom its work is for (丰富青少年体育赛事活动)
is answered by the work for them (中小学生体育联赛), not by the field's other work (国际排联男排挑战者杯, 群众性赛事活动);
an older paragraph framing a programme (以深化“体教融合”为总抓手，大力实施“未来之星”…) brings the paragraph on that programme
saying the ask's own words (10余个体育项目走进校园…与6所学校合作建立校足球队) with its figures."""

from __future__ import annotations

import docx
from helpers import DAZHOU_241, dazhou_workspace, seeds_draft, sections, unit_workspace

# 临沂市体育局: the 2022 news item on youth sport (its opening paragraphs, as the search store keeps them) and the 2024-07-29
# press conference on the first half year (its opening lines, in traditional characters as published).
LINYI_NEWS = """创建全国文明城市丨临沂市体育局:助推“未来之星”健康成长

临报融媒 2022-11-11 阅读次数: 5825

在临沂客户端讯 长期以来,市体育局以深化“体教融合”为总抓手,大力实施“未来之星”青少年体质提升工程,按照《临沂市竞技体育八年提升计划(2019-2026年)》,培育未成年人健康向上的良好精神风貌。

构建“四位一体”赛事体系,塑造“未来之星”健康体魄。与教育部门共同举办田径、游泳、足球等项目中小学生体育联赛、全市中小学生运动会,策划举办射击、举重、轮滑、网球等市级锦标赛,鼓励支持中小学校开展校园竞赛活动,形成了市县中小学生体育联赛、中小学生运动会、锦标赛、校园比赛“四位一体”的赛事体系。在山东省第25届运动会上,王艺洁、孙晓蕾等一批小选手为我市争金夺银,取得优异成绩。

组织实施体育项目进校园,夯实“未来之星”体育根基。积极发挥社会组织作用,推动武术、长拳、足球、篮球、排球、游泳等10余个体育项目走进校园,激发了广大青少年对传统体育、新兴体育项目的热爱。其中,临沂武术俱乐部面向1至6年级学生开展非遗武术课程进校园;临沂足球俱乐部从2015年开始推进足球进校园,并与6所学校合作建立校足球队,累计7万余名学生接触和练习足球;临沂网球俱乐部与13所中小学、2所幼儿园合作开设校园网球课程,全市2万余名中小学生接触和学习网球。

广泛开展爱心公益助学,温暖“未来之星”成长之路。依托公益体彩、体育社会组织,面向青少年开展爱心公益助学等活动。第三十二次全国助残日期间,开展“关爱特殊儿童温暖童心世界”志愿服务活动,为特殊儿童送去体育健身器材等爱心物品;
"""
LINYI_PRESS = """7月29日,臨沂市人民政府新聞辦公室召開新聞發佈會,市體育局有關負責同志介紹我市上半年體育工作情況,並回答記者提問。
今年以來,我市堅持以“辦人民滿意體育”為宗旨,圍繞體育大市建設和籌備第26屆省運會兩條主線,聚焦基礎設施完善、賽事活動豐富、體旅融合深入、競技實力提升、産業品牌塑造、省運會籌備工作推進六項重點任務,全力推動我市體育事業實現高品質發展。
體育場地設施更加完善。推進第26屆省運會場館建設,啟動新建、改擴建比賽場館12處;主城區4個小地塊全民健身設施項目建設加快推進;新建改造提升燈光籃球場、基層健身路徑313處。指導臨沭縣、平邑縣5處場館申報中央、省級公共體育場館免費、低收費向社會開放補助資金205萬元,與教育系統配合,推進全市876所中小學校體育場地對外免費開放。
賽事活動更加豐富。上半年,舉辦了2024國際排聯男排挑戰者杯比賽、中國男子排球超級聯賽、中國排球超級聯賽全明星賽、全國乒乓球俱樂部甲D聯賽、中國圍棋甲級聯賽等國際級、國家級、省級賽事活動40余項次。舉辦各級各類群眾性賽事活動2921場次,全民健身賽事平臺更加豐富。
"""
LINYI_SEEDS = {"临沂市体育局_2022_助推未来之星健康成长.txt": LINYI_NEWS,
               "2024-07-29_临沂市体育局_2024上半年体育工作新闻发布会.txt": LINYI_PRESS}
LINYI_TITLE = "关于增强临沂青少年体育运动兴趣的建议"
# the proposal's asks (16040303, 殷慧敏), as the tester gave them
LINYI_TEXT = """关于增强临沂青少年体育运动兴趣的建议

当前，我市青少年课业负担较重，参与体育运动的时间和兴趣不足，体质健康水平有待提升。为增强我市青少年体育运动兴趣，建议：
一、丰富青少年体育赛事活动，多举办中小学生体育联赛和足球、篮球、排球等“三大球”比赛，让更多青少年参与比赛、站上领奖台。
二、深化体教融合，支持学校建立特色体育队伍和体育社团，满足青少年多样化的体育锻炼需求。
三、推动公共体育场馆免费或低收费开放，推动学校体育场地设施向社会开放，方便青少年就近锻炼。
"""
LINYI_OPTIONS = ("--deputy", "殷慧敏", "--session", "市政协十六届四次会议", "--type", "B", "--proposal", "--date", "2025-07-29")


def _linyi(tmp_path) -> dict[str, str]:
    """The 临沂 proposal drafted from the two pages: part one's sections, each as one text."""
    ws = unit_workspace(tmp_path / "ws", "临沂市体育局", "市体育局", "临沂市", "兰山区, 罗庄区, 河东区, 临沭县, 平邑县")
    _, out = seeds_draft(tmp_path, ws, LINYI_SEEDS, "16040303", LINYI_TITLE, LINYI_TEXT, *LINYI_OPTIONS)
    return {heading: "".join(texts) for heading, texts in sections(docx.Document(out)).items()}


def test_an_ask_naming_whom_it_is_for_takes_their_work_not_the_fields(tmp_path):
    """丰富青少年体育赛事活动 asks for events for the young: the 2022 paragraph on 中小学生体育联赛 (older, marked for its
    latest progress) answers it, not 2024's international and mass events, which name no young person (hd28c F1)."""
    events = _linyi(tmp_path)["丰富青少年体育赛事活动"]
    assert "中小学生体育联赛" in events
    assert "男排挑战者杯" not in events and "2921" not in events and "40余项次" not in events


# …the press conference's paragraph on sport with culture and tourism, after those above: its 景区 events name 少年 in passing.
LINYI_TOURISM = "體文旅融合更加深入。一方面,印發了《關於進一步加強體育與文旅商深度融合的實施意見》和《關於發揮體育賽事活動溢出效應助力經濟增長的實施方案》,持續放大體育賽事活動溢出效應。另一方面,深入推進“跟著賽事去旅行”活動。在壓油溝景區和蒙山景區開展了泛東部地區氣排球精英賽、“奔跑吧·少年”兒童青少年主題健身活動、“岱崮50”蒙陰越野挑戰賽等賽事進景區活動20余場次,直接參與群眾6萬餘人,賽事“流量”越來越多轉化為景區“留量”和消費“增量”。\n"


def test_an_older_paragraph_on_the_asked_group_stands_beside_fresh_news_naming_it_in_passing(tmp_path):
    """Both pages are news items (the 2022 one by its headline over 临报融媒's dateline): the 2022 paragraph on
    中小学生体育联赛 answers 丰富青少年体育赛事活动 better than 2024's 景区 events, which name 少年 in passing, and stands beside
    them, marked for its latest progress; both pages' news weight is no reason to leave it out (hd28c F1 after h150)."""
    ws = unit_workspace(tmp_path / "ws", "临沂市体育局", "市体育局", "临沂市", "兰山区, 罗庄区, 河东区, 临沭县, 平邑县")
    seeds = {**LINYI_SEEDS, "2024-07-29_临沂市体育局_2024上半年体育工作新闻发布会.txt": LINYI_PRESS + LINYI_TOURISM}
    _, out = seeds_draft(tmp_path, ws, seeds, "16040303", LINYI_TITLE, LINYI_TEXT, *LINYI_OPTIONS)
    document = docx.Document(out)
    events = "".join(sections(document)["丰富青少年体育赛事活动"])
    assert "中小学生体育联赛" in events and "景区" in events and "【待核实：最新进展】" in events
    # (the page named by its headline past the column's bar, h277: 创建全国文明城市丨 is the site's column)
    assert any(c.text.startswith("临沂市体育局") and "助推“未来之星”健康成长" in c.text[:30] and "中小学生体育联赛" in c.text
               for c in document.comments)


def test_a_framing_paragraph_brings_the_paragraph_on_its_programme_with_its_figures(tmp_path):
    """深化体教融合 is answered by the paragraph framing the work (以深化“体教融合”为总抓手，大力实施“未来之星”…), which reports
    nothing; the paragraph on 未来之星 after it saying the ask's own words (学校…建立…足球队) comes with its figures, not the
    one on 爱心公益助学 (hd28c F2)."""
    sport = _linyi(tmp_path)["深化体教融合"]
    assert "10余个体育项目走进校园" in sport and "7万余名学生" in sport
    assert "爱心公益助学" not in sport


# 广州市应急管理局's 2024 reply to 第5041号提案 (its opening and first section, as the search store keeps it).
GUANGZHOU_5041 = """广州市应急管理局关于市政协十四届三次会议第5041号提案答复的函
邓淑明委员:
《关于建设粤港澳大湾区联防联控、优势互补的联合应急机制的提案》(第5041号)收悉。市政府高度重视,积极组织市应急管理局、市气象局、市政务服务数据管理局、市人力资源社会保障局、市科技局等单位进行认真研究办理,现将办理有关情况答复如下:
一、加强区域协调联动,推进粤港澳应急管理合作
(一)粤港澳三地签署合作框架协议。6月14日,广东省人民政府、香港特区政府和澳门特区政府在香港签署《粤港澳应急管理合作暨大湾区应急救援行动合作框架协议》,加强粤港澳在应急管理救援的合作和交流。合作框架协议旨在构建一个政府主导、专业应急救援队伍为主体、以行动为核心的应急救援合作体系,加强粤港澳应急救援能力,以应对影响粤港澳区域的事故灾难及自然灾害等突发事件。
"""
# …its section (二) on the 监测预警 platform, and the 2023-02-14 会办意见 on fireworks to 市公安局 (its head and second point).
GUANGZHOU_5041_MONITORING = GUANGZHOU_5041 + """(二)创新推进综合监测预警平台。一是加大与大湾区城市学习交流,前往广东省应急管理厅学习调研“应急一键通”运营中心、省厅值班室和省厅联勤指挥中心;率队赴佛山市、深圳市等地调研城市安全风险综合监测预警平台。二是联合市政务服务和数据管理局依托“穗智管”和“应急管理综合应用平台”,以及上级应急管理部门开发建设的“一网统管”等系统,构建统分结合、协调联动的安全风险监测预警体系,进一步加大安全生产、自然灾害领域风险隐患的监测能力建设,不断提高监测预警和指挥调度能力。
"""
GUANGZHOU_20232152 = """广州市应急管理局关于广州市第十六届人民代表大会第20232152号提案的会办意见

信息来源:本网 时间:2023-02-14 字体: [大] [中] [小]

市公安局:

  二是强化源头防范。严格按照《烟花爆竹经营许可证管理办法》《烟花爆竹零售店(点)安全技术规范》(AQ4128-2019)规定的选址、安全距离、面积、储存限量、建筑结构和电器防爆等要求,严格资料审查、现场安全条件核查和人员资质审查“三关”,坚决杜绝“前店后宅”“下店上宅”,切实从源头管控120家烟花爆竹零售店安全风险。
"""
GUANGZHOU_CO = ("市发展改革委", "市工业和信息化局", "市交通运输局", "市水务局", "市商务局", "市城市管理综合执法局",
                "市消防救援支队", "广州供电局")


def test_every_co_handler_without_material_has_an_item_of_its_own(tmp_path):
    """Eight co-handlers the base has nothing of, the one ask's section holding them (hd42c: not a section of their own):
    each unit's placeholder is an item of its own, 二是 to 九是 after the bureau's, not 一是…三是 one unit each and 四是 five
    units' placeholders run together by ； (hd28a F5)."""
    import re

    ws = unit_workspace(tmp_path / "ws", "广州市应急管理局", "市应急管理局", "广州市", "越秀区, 海珠区, 天河区")
    text = ("关于统筹国家、地市以及行业应急管理体系建设的提案\n\n为此建议：\n\n"
            "一、健全应急预案体系，统筹国家、地市以及行业应急预案的编制和衔接，规范应急预案管理。\n")
    _, out = seeds_draft(tmp_path, ws, {"gz_yjj_5041_proposal_2024.txt": GUANGZHOU_5041}, "3052",
                         "关于统筹国家、地市以及行业应急管理体系建设的提案", text, "--deputy", "陈刚", "--type", "B", "--proposal",
                         "--date", "2024-08-13", *(w for unit in GUANGZHOU_CO for w in ("--with", unit)))
    asked = [p.text for p in docx.Document(out).paragraphs if "提供：" in p.text]
    assert [len(re.findall(r"【待[^】]*?提供：", p)) for p in asked] == [1] * len(GUANGZHOU_CO)
    assert [p[:2] for p in asked] == ["二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是"]


# 达州市城市管理行政执法局's 2020 协办意见 on 第241号提案 (as published, its page's index lines dropped).
LETTER_241 = "".join(DAZHOU_241.splitlines(keepends=True)[4:])
DAZHOU_FIELDS = "other_fields:\n  市教育局: [学校教育, 中小学]\n  团市委: [青少年志愿活动]\n  市妇联: [家庭主题活动]\n"


def test_an_ask_listing_matters_of_several_units_asks_each_unit(tmp_path):
    """深入抓好学校教育、青少年志愿活动、家庭主题活动 lists the fields of three units drafter.yaml names (市教育局, 团市委, 市妇联):
    each matter is asked of its unit, not the whole ask of 市教育局 alone, and ``requests`` lists all three (hd28b F4)."""
    from click.testing import CliRunner

    from drafter.cli import cli

    ws = dazhou_workspace(tmp_path)
    with (ws.root / "drafter.yaml").open("a", encoding="utf-8") as yaml:
        yaml.write(DAZHOU_FIELDS)
    text = ("关于推动形成生活垃圾分类新风尚的建议\n\n建议：\n一、要大力开展宣传发动。\n"
            "二、深入抓好学校教育、青少年志愿活动、家庭主题活动。\n")
    _, out = seeds_draft(tmp_path, ws, {"dazhou_cgj_241.txt": LETTER_241}, "060", "关于推动形成生活垃圾分类新风尚的建议", text,
                         "--deputy", "肖朝萍", "--type", "B", "--date", "2020-08-10")
    listed = sections(docx.Document(out))["深入抓好学校教育、青少年志愿活动、家庭主题活动"]
    assert [unit for unit in ("市教育局", "团市委", "市妇联") if any(f"可商请{unit}提供" in p for p in listed)] == [
        "市教育局", "团市委", "市妇联"]
    assert not any("青少年志愿活动" in p and "市教育局" in p for p in listed)
    asked = CliRunner().invoke(cli, ["-w", str(ws.root), "requests", str(out)]).output
    assert all(f"{unit}（商请）" in asked for unit in ("市教育局", "团市委", "市妇联"))


def test_a_list_qualifying_the_asks_matter_leaves_it_said_on_its_own(tmp_path):
    """构建统分结合、协调联动的安全风险监测预警体系 says 风险监测预警 on its own (the list before 的 qualifies it; it is no member
    of a list): the 穗智管 paragraph answers 加强安全风险监测预警 first, before the fireworks shops' 120家 which says only 安全风险
    (hd28a F2/F3: it was left out, and the fireworks item stood alone under the ask)."""
    ws = unit_workspace(tmp_path / "ws", "广州市应急管理局", "市应急管理局", "广州市", "越秀区, 海珠区, 天河区")
    text = ("关于统筹国家、地市以及行业应急管理体系建设的提案\n\n为此建议：\n\n"
            "一、健全应急预案体系，统筹国家、地市以及行业应急预案的编制和衔接，规范应急预案管理。\n\n"
            "二、加强安全风险监测预警，推动行业监测数据共享。\n")
    seeds = {"gz_yjj_5041_proposal_2024.txt": GUANGZHOU_5041_MONITORING, "gz_yjj_20232152_coreply_2023.txt": GUANGZHOU_20232152}
    _, out = seeds_draft(tmp_path, ws, seeds, "3052", "关于统筹国家、地市以及行业应急管理体系建设的提案", text,
                         "--deputy", "陈刚", "--type", "B", "--proposal", "--date", "2024-08-13")
    monitoring = sections(docx.Document(out))["加强安全风险监测预警"]
    assert "穗智管" in monitoring[0]


def _carwash_draft(tmp_path):
    """hd28b's probe 88 (three asks on 占道洗车卖车) drafted from the 241 letter, its results set done by hand as the tester did."""
    def done(path):
        path.write_text(path.read_text("utf-8").replace("kind: problem", "kind: done"), "utf-8")

    text = ("关于整治中心城区占道洗车卖车乱象的建议\n一、加强对占道洗车、占道卖车的执法查处。\n"
            "二、建立洗车场巡查台账，实行常态化管理。\n三、推动洗车场入室经营。\n")
    _, out = seeds_draft(tmp_path, dazhou_workspace(tmp_path), {"dazhou_cgj_241.txt": LETTER_241}, "88",
                         "关于整治中心城区占道洗车卖车乱象的建议", text, "--deputy", "张某", "--type", "B", "--date", "2021-06-20",
                         edit=done)
    return docx.Document(out)


def test_a_ledger_reported_set_up_is_improved_next_not_set_up_again(tmp_path):
    """建立洗车场巡查台账, reported done (建立了巡查台账…摸排洗车场130家), goes on in part two as 持续完善洗车场巡查台账, not
    持续建立… of a ledger already built (hd28b F7); a step of ongoing work keeps 持续 (持续加强…执法查处)."""
    from helpers import part_two_texts

    document = _carwash_draft(tmp_path)
    steps = "".join(part_two_texts(document))
    assert "持续完善洗车场巡查台账" in steps and "持续建立" not in steps
    assert "持续加强对占道洗车、占道卖车的执法查处" in steps


def test_a_manner_made_by_hua_is_said_without_it(tmp_path):
    """实行常态化管理 is said by 建立常态管理制度 (常态化管理 is 常态管理): the paragraph comes under 建立洗车场巡查台账, and no
    comment says the section left 实行常态化管理 unanswered (hd28b F6)."""
    document = _carwash_draft(tmp_path)
    assert "常态管理制度" in "".join(sections(document)["建立洗车场巡查台账"])
    assert not any("实行常态化管理方面" in c.text for c in document.comments)
