"""hx66d2: findings of the held-out tests hd66d (温州市瓯海区卫生健康局, fault 7) and hd65c (西充县文广旅局, fault 5), each on its
seeds' real lines, in drafts from the title alone.

1. hd65c: a news subhead whose first clause is a verb alone (深入实施，重点项目建设取得新成效) heads its section by the clauses after it
   (was “（三）深入实施”), and no heading's bare verb is a next step (was “持续实施。【待补充：具体举措】”): part two asks for the
   steps on what the result was about (重点项目建设方面).
2. hd66d: a plan sentence of a stance, aims and a picture and no measure (以务实笃行的姿态…丰富“瓯有善育”画卷) is no item of part two
   (was offered under 下一步我局将…).
3. hd66d: a plan whose subject is the place (我区将…, 我市将…) opens no item under part two's lead-in 下一步我局将… in the place's
   words: it goes on as the bureau's step, its comment saying whose the source said it was.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import comments_on, distil_pages, part_two_texts, sections, unit_workspace

from drafter.cli import cli
from drafter.compose.select import aspect, bare_verb, next_step, place_will, short_heading, slogan

# hd65c's seeds (西充县文化广播电视和旅游局): of 2020-04-04_西充县狠抓以乡村旅游为特色的文旅品牌建设.txt its head, its date line, its
# first paragraph and its third subhead with the two lines under it; of 2022-04-07_张澜故里文旅兴业旅游富民.txt its head, its date line
# and its paragraph on 张澜故里; of 2022-12-23_西充县上榜2022年四川省休闲农业重点县.txt its head, its date line and its first line.
XICHONG_2020 = (
    "西充县狠抓以乡村旅游为特色的文旅品牌建设\n来源:中国网 时间:2020-04-04 09:25:22 编辑:杨仁昌\n"
    "2019年以来,西充县紧扣 “三大定位”战略目标、“533战略规划”路径、“10+2”大事战略支撑,以打造立足成渝、面向西部的“乡村旅游目的地”"
    "为抓手,深入贯彻省委、市委、县委文化旅游发展大会精神,狠抓以乡村旅游为特色的文旅品牌建设,文旅融合发展迅速,经济效益明显。1—12月,"
    "全县旅游接待人数560万人次,实现旅游综合收入52.01亿元。\n"
    "深入实施,重点项目建设取得新成效\n"
    "重点抓好“10+2”大事之“农业公园和乡村旅游目的地建设工程”,加快完善和推进重点文旅项目建设。\n"
    "投资2500万元建成了集培训中心、民宿乡舍、创客工坊、有机文化博览馆、乡村湿地公园、有机农产品基地等为一体的亚洲有机村,"
    "打造了西充农旅融合发展样板,\n")
XICHONG_2022_04 = (
    "张澜故里:文旅兴业旅游富民\n风来时狂放 发表于:2022-4-7 19:54:38 复制链接 发表新帖\n"
    "位于西充莲池镇的张澜故里景区,拥有厚重的人文历史、良好的自然生态、浓郁的乡村风情、秀丽的田园风光。近年来,西充县把张澜故居保护开发"
    "纳入全县经济社会发展总体规划,不断推动张澜故里景区提档升级,并立足当地人文生态优势,将文化、旅游融合发展,走出了一条文旅兴业、旅游富民的"
    "特色发展之路。\n")
XICHONG_2022_12 = (
    "西充县上榜2022年四川省休闲农业重点县\n2022-12-23 08:28:23来源:南充日报编辑:王青山\n"
    "12月20日,记者从市农业农村局获悉,日前省农业农村厅正式对外公示2022年四川省休闲农业重点县名单,全省共15个县(市、区)入围名单,"
    "西充县榜上有名。\n")
XICHONG_TITLE = "关于推进美丽乡村景区化建设促进乡村旅游可持续发展的建议"

# hd66d's seeds (温州市瓯海区卫生健康局): of 2025-03-17_瓯海区召开2025年托育机构负责人会议.txt its head, date line, first paragraph and
# its last (下一步…); undated_瓯海区普惠托育服务供给模式.txt whole.
OUHAI_MEETING = (
    "瓯海区召开2025年托育机构负责人会议\n发布日期:2025-03-17 12:12 访问次数: 来源:瓯海区妇幼保健中心\n"
    "3月14日,瓯海区卫生健康局、瓯海区妇幼保健中心召开了2025年瓯海区托育机构负责人会议,辖区所有托育机构共20余位负责人参会。\n"
    "下一步,瓯海区将以务实笃行的姿态、创新驱动的理念,全力推动托育行业更为优质均衡发展,为行业持续发展注入强劲动力与活力,"
    "丰富“瓯有善育”画卷。\n")
OUHAI_ABSTRACT = (
    "https://scholarmate.com/S/HK6ZSx\n摘要\n"
    "<正>自2022年10月入选浙江省普惠托育基本公共服务试点区县以来,温州市瓯海区积极探索建立普惠托育服务供给模式,并相继出台"
    "《瓯海区普惠托育基本公共服务先行试点方案》《瓯海区推广3岁以下婴幼儿家庭养育照护小组活动实施方案》,全面建立普惠托育服务指导网络,"
    "以区妇幼保健中心为主阵地,以社区卫生服务中心、婴幼儿成长驿站、托育机构等为点位,以“养育照护”为主要内容,以“医育结合”为重要方式,"
    "织密15分钟的托育服务圈,扩大普惠托育服务供给,加快打造托育事业发展的生动范例,发挥瓯海托育示范引领、辐射推广的作用。\n")
OUHAI_TITLE = "关于做大“瓯有善育”品牌，加快瓯海生育友好型城区建设的建议案"
OUHAI_SLOGAN = OUHAI_MEETING.splitlines()[3].replace(",", "，")

# hd65b's seeds/undated_海阳市老旧小区改造7处小区.txt: its first two sentences and its sentence on the works (the file named here with a
# day of 2022, as a clerk dates an undated page, so that its plan has a year).
HAIYANG_ESTATES = (
    "老旧小区改造关乎百姓居住和生活质量,是一项持续性的民生工程。记者从相关部门获悉,今年,我市将继续推进老旧小区改造工作,"
    "7处老旧小区将旧貌换新颜。改造工程包括实施道路硬化、铺设道板砖、挖排水沟、铺设雨水管道、清理污水井、化粪池及污水管道等改造工程,"
    "改造工程预计12月底完成。\n")


def _title_draft(ws, number: str, title: str, date: str, tmp_path) -> docx.document.Document:
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, title, "--deputy", "某某", "--proposal", "--type", "B",
                                      "--date", date, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def test_1_a_subheads_bare_verb_heads_nothing():
    assert bare_verb("深入实施") and bare_verb("持续推进")
    assert not bare_verb("加强管理") and not bare_verb("科技创新引领")
    assert short_heading("深入实施，重点项目建设取得新成效") == "重点项目建设取得新成效"  # (was 深入实施)
    assert short_heading("深入实施") is None  # (nothing but the verb: the section's heading is asked for)
    assert short_heading("加快整合提升科技平台，加强企业研发机构建设") == "加快整合提升科技平台"  # (a first clause with its object stays)
    assert next_step("深入实施") is None  # (was 持续实施。)
    assert next_step("大力培育科技创新主体") == "持续培育科技创新主体。"
    assert aspect("重点项目建设取得新成效") == "重点项目建设方面"  # (a result reached: what it was about)


def test_1_the_no_text_draft_heads_by_the_result_and_asks_no_bare_verb(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "西充县文化广播电视和旅游局", "县文广旅局", "西充县", "晋城街道, 仙林街道, 莲池镇")
    distil_pages(ws, {"2020-04-04_西充县狠抓以乡村旅游为特色的文旅品牌建设.txt": XICHONG_2020,
                      "2022-04-07_张澜故里文旅兴业旅游富民.txt": XICHONG_2022_04,
                      "2022-12-23_西充县上榜2022年四川省休闲农业重点县.txt": XICHONG_2022_12})
    document = _title_draft(ws, "174", XICHONG_TITLE, "2023-08-21", tmp_path)
    parts = sections(document)
    assert "深入实施" not in parts, parts
    assert parts["重点项目建设取得新成效"][0].startswith("重点抓好“10+2”大事之“农业公园和乡村旅游目的地建设工程”"), parts
    texts = [p.text for p in document.paragraphs]
    assert not any(t.startswith("持续实施") for t in texts), texts
    assert "【待补充：重点项目建设方面的下一步举措】" in texts, texts


def test_2_a_slogan_is_no_plan():
    assert slogan(OUHAI_SLOGAN)
    # (a figure, or a clause of a measure among them, is a plan's substance)
    assert not slogan(OUHAI_SLOGAN.replace("丰富“瓯有善育”画卷", "新增托位200个"))
    assert not slogan("以务实笃行的姿态，加快建设区托育综合服务中心，丰富“瓯有善育”画卷。")
    assert not slogan("进一步提升托育服务质量。")  # (an aim alone, no slogan's mark: a plan as plans are written)


def test_2_the_title_draft_offers_no_slogan_as_a_next_step(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "温州市瓯海区卫生健康局", "区卫生健康局", "瓯海区", "景山街道, 新桥街道, 娄桥街道")
    distil_pages(ws, {"2025-03-17_瓯海区召开2025年托育机构负责人会议.txt": OUHAI_MEETING,
                      "undated_瓯海区普惠托育服务供给模式.txt": OUHAI_ABSTRACT})
    document = _title_draft(ws, "001", OUHAI_TITLE, "2025-06-24", tmp_path)
    texts = [p.text for p in document.paragraphs]
    assert not any("务实笃行" in t or "画卷" in t for t in texts), texts  # (was 我区将以务实笃行的姿态…丰富“瓯有善育”画卷。)
    assert part_two_texts(document)[0].startswith("【待补充："), part_two_texts(document)


def test_3_a_places_plan_goes_on_as_the_bureaus_step_saying_whose_it_was(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "海阳市住房和城乡建设管理局", "市住建局", "海阳市", "东村街道, 方圆街道, 凤城街道")
    said = place_will("今年，我市将继续推进老旧小区改造工作，7处老旧小区将旧貌换新颜。", ws)
    assert (said["when"], said["who"]) == ("今年，", "我市")
    assert place_will("下一步，海阳市将继续推进老旧小区改造工作。", ws)["when"] is None  # (part two's lead-in says 下一步)
    assert place_will("我市将3处小区纳入改造计划。", ws) is None  # (将 bringing its object forward: no will)
    assert place_will("今年，我局将继续推进老旧小区改造工作。", ws) is None  # (the bureau's own, one_voice's)
    distil_pages(ws, {"2022-05-10_海阳市老旧小区改造7处小区.txt": HAIYANG_ESTATES})
    document = _title_draft(ws, "9", "关于加快推进老旧小区改造的建议", "2022-06-09", tmp_path)
    item = next(t for t in part_two_texts(document) if "老旧小区改造工作" in t)
    assert item.startswith("2022年，继续推进老旧小区改造工作，7处老旧小区将旧貌换新颜。"), item  # (was 2022年，我市将继续推进…)
    assert "我市将" not in item
    notes = comments_on(tmp_path / "draft.docx", item[:10])
    assert any("原文为“我市将…”，是全市的安排，此项写作本单位的下一步" in n for n in notes), notes
