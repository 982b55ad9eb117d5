"""Held-out round hd42b (砀山县生态环境分局, 安徽; a CPPCC proposal on 加强生态环境保护完善制度建设): a city bureau's news of the
county's four campaigns, its items bare headings over their paragraphs under a site's 资讯中心 line; the county's news of its
air work with figures; the drafting from them.

Each test distils (or drafts from) real lines of the pages the tester saved (as the pages print them) in a workspace of the
bureau, through the path ``drafter`` takes.
"""

from __future__ import annotations

import docx
from helpers import distil, fact_saying, part_one, part_two_texts, sections, seeds_draft, unit_workspace

from drafter.compose.asks import carried_on, concern_matter, short_topic
from drafter.model import DONE

# 宿州市砀山县强化“四大行动”持续推进生态环境治理提质增效 (2022-06-23), its first two campaigns and the third's start.
FOUR_CAMPAIGNS = """资讯中心

宿州市砀山县强化“四大行动”持续推进生态环境治理提质增效

2022/6/23 9:06:36
18226
来源:宿州市局办公室
关键词:环境整治环保督察环境监测
导读:近日,安徽省宿州市砀山县从强化环境整治、强化督导帮扶、强化环保宣教、强化秸秆禁烧等方面持续推进生态环境治理,助力砀山县环境治理提质增效。
  一是强化环境整治行动。

  完成5家重点企业污水处理设施升级改造;对全县37家重点涉水企业安装远程监控设备,实时掌握企业排污情况;源头控制新污染源产生,城市空气环境质量明显改善。到目前,共检查重点涉水企业33家、建筑工地69家,下达整改通知书21份、已落实整改企业17家。

  二是强化督导帮扶行动。

  帮助规范企业排污口的设置,定期对排污口进行清理,保持排污口的清洁。帮助27家水果加工企业做更新改造污水处理设施设备,确保水果加工旺季污染物稳定达标排放。为重点涉水企业建立健全档案,对发现的问题及时提出整改意见。截至目前,共采集水样137个,出具环境监测报告62余份,分析报告13份,完成水质监测数据312个。

  三是强化环保宣教行动。

  在县广播电台开设《环保视窗》栏目,每周更新并逐条解读新环保法的具体知识。在中小学校开设环保知识讲座,举办“争当百佳校园环保小卫士”知识竞赛。开展环保法律法规进机关、学校、企业、乡村、社区“五进”活动,增强生态环保意识的渗透。今年以来,共开展生态环境宣教活动11场次、生态环境法律法规培训5场次,发放生态环保宣传资料2200余份,悬挂宣传条幅100余幅,更新《环保视窗》12期。

  四是强化秸秆禁烧行动。
"""


def _dangshan(tmp_path):
    return unit_workspace(tmp_path / "ws", "砀山县生态环境分局", "县生态环境分局", "砀山县")


def test_the_sites_section_line_is_no_issuer_and_the_county_headlined_is_the_pages_place(tmp_path):
    """The site's section over the page (资讯中心) is no unit; the city bureau's office posting it (来源:宿州市局办公室) posts
    news of the county its headline names under the city (宿州市砀山县…): the page is of 砀山县."""
    ff = distil(tmp_path, _dangshan(tmp_path), FOUR_CAMPAIGNS, "2022-06-23_砀山四大行动.txt")
    assert ff.source.issuer != "资讯中心"
    assert ff.source.jurisdiction == "砀山县"


def test_a_paragraph_under_a_bare_item_heading_of_the_countys_work_is_done(tmp_path):
    """Each campaign's paragraph under its bare heading (三是强化环保宣教行动。 / 在县广播电台开设…) tells the deeds of the
    county's work the lede named: done, the headings themselves no deed (nor a fact: h230, an item's heading sentence)."""
    ff = distil(tmp_path, _dangshan(tmp_path), FOUR_CAMPAIGNS, "2022-06-23_砀山四大行动.txt")
    for words in ("完成5家重点企业污水处理设施升级改造", "帮助27家水果加工企业", "共开展生态环境宣教活动11场次"):
        fact = fact_saying(ff, words)
        assert (fact.kind, fact.jurisdiction) == (DONE, "砀山县"), words
    assert not any("三是强化环保宣教行动" in f.text for f in ff.facts)


# 砀山县多措并举打好水污染防治攻坚战 (拂晓新闻网, 2024-04-26): its lede and the paragraph on the industry's supervision.
WATER = """砀山县多措并举打好水污染防治攻坚战

2024-04-26 10:32来源:拂晓新闻网--拂晓报作者:路杨

拂晓新闻网--拂晓报讯   今年以来,砀山县聚焦保护和改善水源,坚持多措并举,严密防控环境风险,坚决打好水污染防治攻坚战。

加大工业企业环境监管力度。对水果加工企业全部完成在线监测,对不具备纳管条件的企业严格监管,禁止涉水工业企业污水不达标外排。开展涉水企业雨水口汛前全面监测,并定期检查监测。
"""

# 宿州市砀山县坚持“统源管面”推进环境空气质量持续改善 (2024-09-29), its lede and its dust item.
AIR = """宿州市砀山县坚持“统源管面”推进环境空气质量持续改善

发布时间:2024-09-29来源: 安徽省生态环境厅作者:佚名

  今年入秋以来,砀山县认真分析空气质量下降形势,坚持“统源管面”,溯源解析,精准把脉,协同发力,持续推进全县环境空气质量稳中向好。

  二是强化扬尘治理。成立专项检查执法组,对辖区所有建筑施工工地“六个百分百”控尘措施和环评措施落实情况进行执法检查。督促施工企业落实各项扬尘防控措施,强化渣土车运输监管,严格落实建筑工地、裸露地块、沙场堆料覆网、洒水、喷淋等抑尘措施,最大限度降低对环境空气的影响。协调住建、城管等部门加大重点管控区域道路保洁和洒水频次,有效落实建筑工地和道路抑尘措施。今年以来,共检查建筑工地55处、量子雷达推送热点62处、扬尘源38个,责令落实管控措施。检查企业排污许可174家次、检查复查大气帮扶企业62家。开展大气污染治理大排查大整治行动,共发现大气污染突出问题74个,已全部落实整改。
"""

TITLE = "关于加强生态环境保护完善制度建设的建议"
ASKS = "关于加强生态环境保护完善制度建设的建议\n\n建议：\n一、加强生态环境监管与保护。\n二、推动绿色发展与转型升级。\n三、提升公众环保意识与参与度。\n"


def _draft(tmp_path, seeds: dict[str, str]):
    return seeds_draft(tmp_path, _dangshan(tmp_path), seeds, "177", TITLE, ASKS, "--deputy", "张某", "--proposal",
                       "--type", "B", "--date", "2025-06-30")


def test_the_newer_inspections_with_figures_answer_the_ask_on_supervision(tmp_path):
    """加强生态环境监管 is answered by the 2024-09 dust item's inspections with their figures (成立专项检查执法组…共检查建筑工地
    55处…检查企业排污许可174家次), work of supervision though it never says 生态环境监管, not only by the April paragraph on
    the industry's supervision that counts nothing; the warning names the September page as the newest used."""
    result, out = _draft(tmp_path, {"2024-04-26_砀山水污染防治.txt": WATER, "2024-09-29_砀山统源管面.txt": AIR})
    said = "".join(sections(docx.Document(out))["加强生态环境监管与保护"])
    assert "共检查建筑工地" in said and "174家次" in said, said
    assert "最新的是2024年9月" in result.output, result.output


def test_publicity_raising_awareness_answers_the_ask_on_awareness_in_its_years_months(tmp_path):
    """The campaign paragraph on 宣教 (增强生态环保意识…共开展生态环境宣教活动11场次…发放生态环保宣传资料2200余份) answers
    提升公众环保意识, not 加强生态环境监管 for its 生态环境; its 今年以来 of a page of 2022-06-23 is 2022年1—6月 in a reply of
    2025, never 2022年以来 (a count that reads as running to 2025)."""
    _, out = _draft(tmp_path, {"2022-06-23_砀山四大行动.txt": FOUR_CAMPAIGNS})
    by_ask = sections(docx.Document(out))
    assert "宣教活动" in "".join(by_ask["提升公众环保意识与参与度"]), by_ask
    assert "宣教活动" not in "".join(by_ask["加强生态环境监管与保护"]), by_ask
    text = "".join(part_one(docx.Document(out)))
    assert "2022年1—6月，共开展生态环境宣教活动" in text and "2022年以来" not in text, text


def test_a_title_of_two_verb_phrases_run_together_is_said_as_two(tmp_path):
    """加强生态环境保护完善制度建设 is said as the clerk writes it, 围绕加强生态环境保护、完善制度建设 and 继续加强生态环境保护、完善
    制度建设 — not 围绕生态环境保护完善制度建设 (the first verb dropped, the second left run on); a noun's end is no verb
    (加大科技金融支持科创企业 stays one phrase), nor an adjective's stem (规范化)."""
    assert concern_matter(short_topic(TITLE)) == "加强生态环境保护、完善制度建设"
    assert carried_on(short_topic(TITLE)) == "继续加强生态环境保护、完善制度建设"
    assert concern_matter(short_topic("关于加大科技金融支持科创企业的提案")) == "科技金融支持科创企业"
    assert concern_matter(short_topic("关于加强安全管理规范化建设的建议")) == "安全管理规范化建设"  # (规范化: no verb)
    _, out = _draft(tmp_path, {"2022-06-23_砀山四大行动.txt": FOUR_CAMPAIGNS})
    text = "".join(part_one(docx.Document(out))) + "".join(part_two_texts(docx.Document(out)))
    assert "围绕加强生态环境保护、完善制度建设" in text, text
