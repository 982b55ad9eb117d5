"""hx66c1: a list's announcing sentence drops alone; verbs of building up are no ask's words; a 发改委's 发展 is no field
(held-out hd66c, 舟山市发展和改革委员会, 市政协八届一次会议第81012号提案, faults 1, 3, 5).

F1. A paragraph is a lead-in (no item, no plan) only when it is nothing but its announcement (or framing before it, no figure
    nor anything finished: test_md58c): 发展过程分为两个阶段： is; the news item's …开展250余家企业碳账户建设管理工作。推进节能
    减碳技术改造，开工建设332万千瓦清洁火电项目。详情如下： is not (was dropped whole). Its announcing sentence is never drafted, however long its clause before the colon (…为切实做好城市排水防涝
    防御工作，现就有关事项通知如下： left 为切实做好城市排水防涝防御工作。).
F3. 构筑, 发展 and the other verbs of building up a whole (:data:`~drafter.grammar.SHAPING_VERBS`) are no ask's own words:
    under 加快产业转型，构筑绿色产业体系 the statistics page's 绿色石化 sentence (转型, 企业) is drafted, not its bridges
    (…构筑起本岛半小时交通圈, sharing 构筑 alone).
F5. A 发展和改革委员会's own field is 发展和改革, 发改 — not 发展 nor 改革, which any text says: a city's statistic of
    高质量发展 is no text of its field; 州发改委牵头 is.
"""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from click.testing import CliRunner
from helpers import TITLE_1288, part_one_of, seeds_draft, unit_workspace

from drafter.cli import cli
from drafter.compose.asks import parse_asks
from drafter.compose.reply import _fact_spans
from drafter.compose.select import CONTEXT, DONE, PLAN, Item, ask_words, fact_sentences, in_own_field, is_lead_in
from drafter.compose.sentences import finished_sentences, without_announcement
from drafter.docx.read import read_draft
from drafter.model import Fact, Period
from helpers import ZHOUSHAN

TITLE = "关于高质量发展我市海洋经济的若干建议"
# hd66c's suggestion.txt (民革舟山市委会's 81012号提案).
SUGGESTION = (f"{TITLE}\n\n提案人：民革舟山市委会\n\n近年来，我市海洋经济发展取得积极成效，但产业结构偏重、能耗水平偏高，绿色低碳转型任务较重，"
              "清洁能源资源优势尚未充分转化为产业优势。为推动我市海洋经济高质量发展，建议：\n\n"
              "一、加快产业转型，构筑绿色产业体系。进一步优化体制机制，抓好能耗“双控”，严把高耗能项目准入关；推进“腾笼换鸟”，"
              "整治高耗低效企业；系统推进碳达峰碳中和工作，开展低碳试点；提升企业服务水平。\n\n"
              "二、大力发展海洋清洁能源。加快LNG接收站、海上风电、光伏、潮流能、氢能等清洁能源项目建设，提高清洁能源发电装机规模。\n\n"
              "三、培育壮大绿色能源产业链。围绕风电、光伏、储能、制氢装备制造、碳汇交易等谋划产业链，招引落地一批重大绿色产业项目。\n")
# The fact of hd66c's seeds/2022-04-29_政府工作报告2022年重点工作任务责任分解.txt, its second line (a news item's lead).
TASKS_NEWS = ("5月5日，舟山市人民政府发布关于印发政府工作报告2022年重点工作任务责任分解的通知，其中提出，完善双碳考核评估机制，"
              "扎实推进六大领域绿色低碳变革。严格落实能耗“双控”，坚决遏制“两高”项目盲目发展。健全碳达峰碳中和市场机制，"
              "开展250余家企业碳账户建设管理工作。推进节能减碳技术改造，开工建设332万千瓦清洁火电项目。详情如下：")
# The fact of hd57c's seeds/2021-06-01_广东省住建厅关于切实做好汛期城市排水防涝工作的紧急通知.txt, its opening paragraph.
FLOOD_NOTICE = ("据气象部门预报，5月30日至6月1日我省粤北、珠江三角洲、粤东市县有暴雨局部大暴雨或特大暴雨，未来5天雷雨时伴有短时强降水，"
                "局地8级左右短时大风等强对流天气。鉴于当前防汛形势，我省于5月31日08时30分启动防汛Ⅳ级应急响应。"
                "为切实做好城市排水防涝防御工作，现就有关事项通知如下：")
# hd66c's seeds/2022-10-14_党的十八大以来舟山经济社会发展成就.txt (市统计局's page; its site's spam stands for 统计), to its (二).
STATISTICS = (
    "|\n索引号 | 001008009005125/2022-189153 | ||\n"
    "组配分类 | www.28365-365.com_365bet手机在线网页_365bet官网体育报告 | 发布机构 | 市www.28365-365.com_365bet手机在线网页_365bet官网体育局 |\n"
    "生成日期 | 2022-10-14 | 公开方式 | 主动公开 |\n一、经济运行稳中有进\n"
    "(二)固定资产投资建设卓有成效。随着“四个舟山”、“五大会战”、高质量发展建设共同富裕示范区先行市等行动的大力推进,"
    "近年来舟山市固定资产投资较快增长,2013-2021年,年均增速达9.8%。2000亿级规模绿色石化基地投资项目建成投产,首次成功实践了以"
    "民营企业为主体建设开发大型石化项目的发展模式,为促进浙江石化产业结构调整、转型升级、高质量发展提供了范例、积累了经验。"
    "2013-2021年,全市制造业投资、民间投资年均分别增长16.0%和12.0%。基础设施投资年均增长8.7%,相继建成东西快速路、鱼山大桥、"
    "富翅门大桥、秀山大桥、新城大桥和江南大桥“一路五桥”,构筑起本岛半小时交通圈,舟山交通建\n")
PETROCHEMICAL = "2000亿级规模绿色石化基地投资项目建成投产，首次成功实践了以民营企业为主体建设开发大型石化项目的发展模式，" \
                "为促进浙江石化产业结构调整、转型升级、高质量发展提供了范例、积累了经验。"


def test_f1_only_a_paragraph_of_nothing_but_its_announcement_is_a_lead_in():
    assert not is_lead_in(TASKS_NEWS)  # (was: the news item dropped whole, the top hit of the asks' search)
    assert not is_lead_in(FLOOD_NOTICE)
    assert is_lead_in("发展过程分为两个阶段：")  # (hd62b's 烟台苹果产业高质量发展规划: its two stages follow)


@pytest.mark.parametrize("kind", [DONE, PLAN])
def test_f1_the_announcing_sentence_is_never_drafted(kind):
    kept = fact_sentences(Fact(id="f-tasks", text=TASKS_NEWS, kind=kind, period=Period(2022, "text"), jurisdiction="舟山市", source_id="s"))
    assert kept[-1] == "推进节能减碳技术改造，开工建设332万千瓦清洁火电项目。" and not any("如下" in s for s in kept), kept
    notice = fact_sentences(Fact(id="f-flood", text=FLOOD_NOTICE, kind=kind, period=Period(2021, "text"), jurisdiction="广东省", source_id="s"))
    assert notice[-1] == "鉴于当前防汛形势，我省于5月31日08时30分启动防汛Ⅳ级应急响应。", notice  # (was …防御工作。 of its announcement)
    assert finished_sentences(FLOOD_NOTICE)[-1].startswith("鉴于当前防汛形势")


def test_f3_verbs_of_building_up_are_no_asks_words(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *ZHOUSHAN)
    transition, energy, _ = asks = parse_asks(SUGGESTION, TITLE)
    words = ask_words(asks, ws)
    assert "构筑" not in words[0] and {"转型", "企业"} <= words[0], sorted(words[0])
    assert "发展" not in words[1] and {"清洁", "海洋"} <= words[1], sorted(words[1])
    assert (transition.phrase, energy.phrase) == ("加快产业转型", "发展海洋清洁能源")


def test_f3_the_transition_is_answered_by_the_petrochemical_base_not_the_bridges(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *ZHOUSHAN)
    _, out = seeds_draft(tmp_path, ws, {"2022-10-14_党的十八大以来舟山经济社会发展成就.txt": STATISTICS}, "81012", TITLE, SUGGESTION,
                         "--deputy", "民革舟山市委会", "--session", "市政协八届一次会议", "--proposal", "--date", "2022-10-25")
    body = [p.text for p in docx.Document(str(out)).paragraphs]
    heading = body.index("（一）加快产业转型")
    assert body[heading + 1] == PETROCHEMICAL, body[heading:heading + 3]
    assert not any("构筑起本岛半小时交通圈" in t for t in body)  # (was (一)'s one item)


def test_f5_a_development_commissions_field_is_not_every_texts(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *ZHOUSHAN)
    assert ws.own_fields == {"发展和改革", "发改"}  # (was 发展, 改革 too)
    assert not in_own_field(PETROCHEMICAL, ws)  # (…高质量发展提供了范例: a city's statistic)
    # (楚发改办〔2018〕301号 of hd32, a 发改委's reply)
    assert in_own_field("同时由州发改委牵头，抽调州河长办工作人员和双柏、禄丰县分管的副县长、发改委局分管副局长、交通局副局长以及"
                        "规划方组成调研组", ws)


# md58c: md58c: a paragraph of framing ending on its announcement is a lead-in however many sentences it has; an announcing
# sentence is never drafted, not even from a fact's whole text.
#
# Since hx66c1 only a one-sentence announcement was a lead-in: 1071's (seed 000) 近年来，我市深入贯彻…塑造我市产业发展新优势。
# 主要做法如下：, a stance and an aim before its announcement (no figure, nothing finished), opened the title-only 1288 draft's
# part one in place of the bureau's overview, printed whole with a full stop after its colon (…主要做法如下：。), and its length
# cost the draft the 人才评价 item and 科研院所改制's last sentence (trimmed to the target length).

# The fact of seeds/000_60a5176dfe2077e9.txt (泉科函〔2025〕81号, the reply to 1071) after its 现答复如下: (facts/2025-reply-1071.yaml).
FRAMING_1071 = ("近年来，我市深入贯彻党的二十届三中全会精神和习近平总书记在福建考察时的重要讲话精神，传承弘扬、创新发展“晋江经验”，"
                "全面推进科技创新“四个倍增”计划和“抓创新促应用”专项行动，坚持以科技创新引领产业创新，加快实施创新驱动发展战略，"
                "积极推动科技创新和产业创新深度融合，塑造我市产业发展新优势。主要做法如下：")


def test_framing_ending_on_its_announcement_is_a_lead_in():
    assert is_lead_in(FRAMING_1071)  # (was not: two sentences)
    assert not is_lead_in(TASKS_NEWS) and not is_lead_in(FLOOD_NOTICE)  # (figures before their announcements: hx66c1)
    assert without_announcement(FRAMING_1071).endswith("塑造我市产业发展新优势。")
    assert without_announcement("发展过程分为两个阶段：") == "发展过程分为两个阶段："  # (nothing else: the lead-in is whole)


def test_an_announcement_is_never_drafted_from_a_facts_whole_text(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *ZHOUSHAN)
    item = Item(fact=Fact(id="f-tasks", text=TASKS_NEWS, kind=CONTEXT, period=Period(2022, "text"), jurisdiction="舟山市",
                          source_id="s"), source=None, score=1.0, year=2022)  # (an overview's: no sentences kept, its text whole)
    text = "".join(s.text for s in _fact_spans(item, ws, dt.date(2022, 10, 25)))
    assert text.endswith("开工建设332万千瓦清洁火电项目。") and "如下" not in text, text  # (was …详情如下：。)


def test_the_title_only_draft_opens_on_the_bureaus_overview_and_keeps_its_items(loo, tmp_path):
    out = tmp_path / "t.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    part_one = [p.text for p in part_one_of(read_draft(out))]
    assert part_one[0].startswith("近年来，我局立足工作职责，") and part_one[0].endswith("主要做法和成效如下："), part_one[0]
    assert not any("如下：。" in t or "二十届三中全会" in t for t in part_one)
    text = "".join(part_one)  # (both were trimmed away to make room for 1071's framing)
    assert "三是深化科技人才评价改革。" in text
    assert "在全省率先试点实施事业单位性质的科研院所运营管理机制改革，" in text
